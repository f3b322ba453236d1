// Writes clustermap as one self-contained HTML file (issue 14): the app,
// its wasm, its workers, its CSS and the workspace, for a USB stick or an
// e-mail attachment. Runs in a worker fetched only when the user asks for
// the file, so no visitor downloads it otherwise.
//
// Message in: { workspace: text of a saved workspace, title, lang,
//   assets?: the pieces as base64 when the page is itself a single file }.
// Message out: { ok: true, html } or { ok: false, error }.
//
// The file opens from file:// with no server and no network: the wasm is
// instantiated from the inlined bytes, the workers start from Blob URLs,
// and its own Content-Security-Policy allows exactly its two inline
// scripts (by hash), wasm, and Blob workers; it may connect nowhere.

const PIECES = {
  css: 'main.css',
  page_js: 'page glue',
  page_wasm: 'page wasm',
  analysis_js: 'analysis_worker.js',
  analysis_wasm: 'analysis_worker_bg.wasm',
  ingest_js: 'ingest_worker.js',
  ingest_wasm: 'ingest_worker_bg.wasm',
  export_js: 'export_worker.js',
  export_wasm: 'export_worker_bg.wasm',
  builder_js: 'single_file_worker.js',
};

const toB64 = (bytes) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

async function fetched(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status} ${r.statusText}`);
  return new Uint8Array(await r.arrayBuffer());
}

/** Every piece as base64: fetched from the app's own folder, or given. */
async function pieces(given) {
  if (given) return given;
  const index = new TextDecoder().decode(await fetched('./index.html'));
  const find = (re, what) => {
    const m = index.match(re);
    if (!m) throw new Error(`index.html names no ${what}`);
    return m[1];
  };
  const urls = {
    css: find(/href="\.?\/?(main-[0-9a-f]+\.css)"/, 'stylesheet'),
    page_js: find(/from '\.?\/?(clustermap-[0-9a-f]+\.js)'/, 'page script'),
    page_wasm: find(/module_or_path: '\.?\/?(clustermap-[0-9a-f]+_bg\.wasm)'/, 'page wasm'),
    analysis_js: 'analysis_worker.js',
    analysis_wasm: 'analysis_worker_bg.wasm',
    ingest_js: 'ingest_worker.js',
    ingest_wasm: 'ingest_worker_bg.wasm',
    export_js: 'export_worker.js',
    export_wasm: 'export_worker_bg.wasm',
    builder_js: 'single_file_worker.js',
  };
  const out = {};
  for (const [k, url] of Object.entries(urls)) out[k] = toB64(await fetched(`./${url}`));
  return out;
}

const sha256 = async (text) => toB64(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
const fromB64Text = (b64) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Runs first: hands the pieces to the app (to save the file again) and
// starts each worker from a Blob made of its script and its wasm bytes.
const BOOT = `
const text = (id) => document.getElementById(id).textContent;
const names = ${JSON.stringify(Object.keys(PIECES))};
window.__clustermapAssets = Object.fromEntries(names.map((n) => [n, text('cm-' + n)]));
const bytes = (id) => Uint8Array.from(atob(text(id)), (c) => c.charCodeAt(0));
const blob = (parts) => URL.createObjectURL(new Blob(parts, { type: 'text/javascript' }));
const worker = (js, wasm) => blob([bytes(js), '\\n;wasm_bindgen({ module_or_path: Uint8Array.from(atob(' + JSON.stringify(text(wasm)) + '), (c) => c.charCodeAt(0)) })'
  + '.catch((e) => postMessage({ clustermapWorkerFailed: String((e && e.message) || e) }));\\n']);
window.__clustermapWorkers = {
  './analysis_worker_loader.js': worker('cm-analysis_js', 'cm-analysis_wasm'),
  './ingest_worker_loader.js': worker('cm-ingest_js', 'cm-ingest_wasm'),
  './export_worker_loader.js': worker('cm-export_js', 'cm-export_wasm'),
  './single_file_worker.js': blob([bytes('cm-builder_js')]),
};
`;

async function build({ workspace, title, lang, assets }) {
  const p = await pieces(assets);
  for (const k of Object.keys(PIECES)) if (typeof p[k] !== 'string') throw new Error(`missing piece ${PIECES[k]}`);
  const glue = fromB64Text(p.page_js);
  // The page glue is run inline with the app's start appended; it must
  // keep wasm-bindgen's init function (wasm-bindgen is pinned in Cargo.toml).
  if (!glue.includes('async function __wbg_init(')) throw new Error('the page glue has no __wbg_init');
  if (/<\/script/i.test(glue + BOOT)) throw new Error('a script contains </script');
  const app = `${glue}\nawait __wbg_init({ module_or_path: Uint8Array.from(atob(document.getElementById('cm-page_wasm').textContent), (c) => c.charCodeAt(0)) });\n`;
  const policy = [
    "default-src 'none'",
    `script-src 'sha256-${await sha256(BOOT)}' 'sha256-${await sha256(app)}' 'wasm-unsafe-eval'`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // Data blocks are not scripts (their type is not JavaScript), so the
  // policy does not apply to them; base64 and escaped JSON cannot close them.
  const block = (id, text) => `<script type="text/plain" id="${id}">${text}</script>\n`;
  const saved = workspace.replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${fromB64Text(p.css)}</style>
<script type="application/json" id="cm-workspace">${saved}</script>
${Object.keys(PIECES).map((k) => block(`cm-${k}`, p[k])).join('')}<script type="module">${BOOT}</script>
<script type="module">${app}</script>
</head>
<body>
<noscript>clustermap needs JavaScript and WebAssembly.</noscript>
</body>
</html>
`;
}

self.onmessage = async (event) => {
  try {
    self.postMessage({ ok: true, html: await build(event.data) });
  } catch (e) {
    self.postMessage({ ok: false, error: String(e?.message ?? e) });
  }
};
