//! Web Worker entry: reads survey files off the main thread
//! (see `clustermap::ui::ingest_worker`).

fn main() {
    console_error_panic_hook::set_once();
    clustermap::ui::ingest_worker::serve();
}
