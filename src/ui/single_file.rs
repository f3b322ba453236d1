//! "Save as a single file": the app, its wasm, workers and CSS and the
//! current workspace in one HTML file that opens from a USB stick or an
//! e-mail attachment with no server and no network. The file is written by
//! a worker (`static/single_file_worker.js`) fetched only when the user
//! asks, so no other visitor downloads it. A page that is itself such a
//! file hands the worker its own inlined pieces.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::state::Store;
use crate::i18n::Msg;
use crate::session::Session;

const BUILDER: &str = "./single_file_worker.js";

/// The file name for a study: its name in plain letters, or "clustermap".
fn file_name(study: &str) -> String {
    let stem: String = crate::model::fold_token(study)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if stem.is_empty() {
        "clustermap.html".to_string()
    } else {
        format!("clustermap-{stem}.html")
    }
}

fn set(target: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a plain object's own property cannot fail.
    let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
}

/// Starts writing the file; the result (name and size, or why not) comes
/// back as a notice in the import panel.
pub fn save(store: Store) {
    let (text, title, lang) = store.peek(|s| {
        let meta = &s.workspace.loaded.dataset.meta;
        (Session::saved_text(s), meta.name.clone(), s.lang)
    });
    let fail = move |detail: String| {
        store.act(|s| s.notice(Msg::SingleFileFailed, detail));
    };
    let Ok(worker) = web_sys::Worker::new(&browser::worker_url(BUILDER)) else {
        fail(BUILDER.to_string());
        return;
    };
    let name = file_name(&title);
    let done = worker.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            done.terminate();
            let data = ev.data();
            let get = |k: &str| {
                js_sys::Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
            };
            match get("html").as_string() {
                Some(html) if get("ok").as_bool() == Some(true) => {
                    if browser::download(&name, "text/html", &html) {
                        let size = lang.number(html.len() as f64 / 1_000_000.0, 1);
                        store.act(|s| s.notice(Msg::SingleFileSaved, format!("{name}, {size} MB")));
                    } else {
                        fail(name.clone());
                    }
                }
                _ => fail(get("error").as_string().unwrap_or_default()),
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // One per saved file; freed with the worker's page.
    on_message.forget();
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| fail(BUILDER.to_string()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();

    let request = js_sys::Object::new();
    set(&request, "workspace", &JsValue::from_str(&text));
    set(
        &request,
        "title",
        &JsValue::from_str(if title.is_empty() {
            "clustermap"
        } else {
            &title
        }),
    );
    set(&request, "lang", &JsValue::from_str(lang.code()));
    if let Some(assets) = browser::inlined_assets() {
        set(&request, "assets", &assets);
    }
    if worker.post_message(&request).is_err() {
        fail(BUILDER.to_string());
    }
}
