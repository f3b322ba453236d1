// Starts the export worker's wasm (in place of Trunk's loader shim). A wasm
// that fails to load (a 404, a damaged or blocked file) rejects a promise
// nobody sees; this tells the page, which then says what did not start
// instead of waiting in silence (src/ui/worker_link.rs).
importScripts('./export_worker.js');
wasm_bindgen({ module_or_path: './export_worker_bg.wasm' }).catch((e) => {
  console.error('clustermap: the export worker did not start:', e);
  postMessage({ clustermapWorkerFailed: String((e && e.message) || e) });
});
