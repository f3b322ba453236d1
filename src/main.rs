//! Entry point of the wasm app: mounts the UI and nothing else.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(clustermap::ui::App);
}
