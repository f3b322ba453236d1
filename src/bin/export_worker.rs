//! Web Worker entry: writes XLSX workbooks off the page
//! (see `clustermap::ui::export_worker`).

fn main() {
    console_error_panic_hook::set_once();
    clustermap::ui::export_worker::serve();
}
