//! The thin adapter to the browser for what Leptos does not cover. Every
//! call degrades gracefully when an API is missing (old browsers, tests).

use crate::i18n::Lang;

/// The user's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let nav = window.navigator();
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// The language asked for in the URL (`?lang=tr`), if any.
pub fn url_language() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Lang::from_code)
}

/// Sets `<html lang>` so screen readers and hyphenation follow the UI.
pub fn set_document_language(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Failing to set an attribute only affects accessibility hints.
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Offers `text` to the user as a file download. Returns false when the
/// browser refused (the caller shows nothing: the button stays usable).
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    offer(file_name, mime, &parts)
}

/// Offers binary `bytes` (e.g. an XLSX workbook) as a download.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> bool {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(file_name, mime, &parts)
}

/// Wraps `parts` in a Blob and clicks a temporary download link for it.
fn offer(file_name: &str, mime: &str, parts: &js_sys::Array) -> bool {
    use wasm_bindgen::JsCast;
    let attempt = || -> Option<()> {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_blob_sequence_and_options(parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
        web_sys::Url::revoke_object_url(&url).ok()?;
        Some(())
    };
    attempt().is_some()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved workspace under `key`, if any.
pub fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Saves `value` under `key`; false when the browser refuses (private
/// mode, quota exceeded), so the caller can say so.
pub fn store(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove_stored(key: &str) {
    if let Some(s) = storage() {
        // Nothing to do if removal fails: the entry is then simply kept.
        let _ = s.remove_item(key);
    }
}

/// The page's query string (`?…`), empty when there is none.
pub fn url_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the URL's query without reloading or adding a history entry,
/// so the address bar always holds a link to the current view.
pub fn set_url_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window.history() {
        // A refused update only means the link lags behind the view.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A User Timing mark (`performance.mark`), so benchmarks and the
/// browser's performance panel can see when data arrived and when the map
/// was drawn. Marks are local to the page; nothing is sent anywhere.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A global the single-file copy of the app sets before the app starts
/// (see `static/single_file_worker.js`), if this page is such a file.
fn single_file_global(name: &str) -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    let value = js_sys::Reflect::get(&window, &wasm_bindgen::JsValue::from_str(name)).ok()?;
    value.is_object().then_some(value)
}

/// Where to start the worker whose loader is `loader`: the loader itself,
/// or in a single-file copy the Blob URL made from its inlined script.
pub fn worker_url(loader: &str) -> String {
    single_file_global("__clustermapWorkers")
        .and_then(|w| js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str(loader)).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| loader.to_string())
}

/// The pieces a single-file copy carries, to write the file again.
pub fn inlined_assets() -> Option<wasm_bindgen::JsValue> {
    single_file_global("__clustermapAssets")
}

/// The workspace inlined in a single-file copy of the app.
pub fn inlined_workspace() -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id("cm-workspace")?
        .text_content()
}

/// Calls `seen` once, the first time any part of `element` is in the
/// viewport; at once where the browser has no `IntersectionObserver`.
pub fn when_seen(element: &web_sys::Element, seen: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::Closure;
    use wasm_bindgen::JsCast;

    let seen = Rc::new(Cell::new(Some(seen)));
    let call = seen.clone();
    let callback = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let visible = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if visible {
                observer.disconnect();
                if let Some(f) = call.take() {
                    f();
                }
            }
        },
    );
    match web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(element);
            // Called until the element is seen, then disconnected: one
            // small closure for the page's lifetime.
            callback.forget();
        }
        Err(_) => {
            if let Some(f) = seen.take() {
                f();
            }
        }
    }
}
