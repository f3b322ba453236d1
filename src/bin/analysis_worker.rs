//! Web Worker entry: computes network metrics off the main thread
//! (see `clustermap::ui::worker`).

fn main() {
    console_error_panic_hook::set_once();
    clustermap::ui::worker::serve();
}
