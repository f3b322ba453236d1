//! The browser APIs a presentation needs that the crate's `web-sys`
//! features do not cover: BroadcastChannel (the presenter's window),
//! full screen, `prefers-reduced-motion`, printing. Each fails quietly:
//! without them the slides still show and the keys still work.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `BroadcastChannel`: the windows of one origin talking to each other.
    pub type BroadcastChannel;

    #[wasm_bindgen(constructor, catch)]
    fn new(name: &str) -> Result<BroadcastChannel, JsValue>;

    #[wasm_bindgen(method, js_name = postMessage, catch)]
    fn post_message(this: &BroadcastChannel, message: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, setter = onmessage)]
    fn set_onmessage(this: &BroadcastChannel, handler: Option<&js_sys::Function>);

    #[wasm_bindgen(method)]
    fn close(this: &BroadcastChannel);
}

/// The channel between the audience's and the presenter's windows.
pub struct Channel {
    inner: BroadcastChannel,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl Channel {
    /// Opens `name`; `on_message` gets every text another window posts.
    pub fn open(name: &str, mut on_message: impl FnMut(String) + 'static) -> Option<Self> {
        let inner = BroadcastChannel::new(name).ok()?;
        let handler =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                if let Some(text) = ev.data().as_string() {
                    on_message(text);
                }
            });
        inner.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        Some(Self {
            inner,
            _on_message: handler,
        })
    }

    pub fn post(&self, text: &str) {
        // A closed channel only means no other window listens.
        let _ = self.inner.post_message(&JsValue::from_str(text));
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.inner.set_onmessage(None);
        self.inner.close();
    }
}

fn call(target: &JsValue, method: &str, args: &js_sys::Array) -> Option<JsValue> {
    let f = js_sys::Reflect::get(target, &JsValue::from_str(method)).ok()?;
    let f = f.dyn_into::<js_sys::Function>().ok()?;
    f.apply(target, args).ok()
}

/// A refused promise (no permission, not from a user gesture) must not
/// surface as an unhandled rejection.
fn quiet(promise: Option<JsValue>) {
    if let Some(p) = promise.filter(|p| p.is_instance_of::<js_sys::Promise>()) {
        let ignore = Closure::once_into_js(|_: JsValue| {});
        call(&p, "catch", &js_sys::Array::of1(&ignore));
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn enter_full_screen() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        quiet(call(&root, "requestFullscreen", &js_sys::Array::new()));
    }
}

pub fn is_full_screen() -> bool {
    document()
        .and_then(|d| js_sys::Reflect::get(&d, &JsValue::from_str("fullscreenElement")).ok())
        .is_some_and(|e| !e.is_null() && !e.is_undefined())
}

pub fn leave_full_screen() {
    if is_full_screen() {
        if let Some(d) = document() {
            quiet(call(&d, "exitFullscreen", &js_sys::Array::new()));
        }
    }
}

/// The user asked the system for less motion.
pub fn reduced_motion() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let query = js_sys::Array::of1(&JsValue::from_str("(prefers-reduced-motion: reduce)"));
    call(&w, "matchMedia", &query)
        .and_then(|m| js_sys::Reflect::get(&m, &JsValue::from_str("matches")).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Opens the same page with `query` in a second, named window.
pub fn open_window(query: &str, name: &str) {
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_default();
        let args = js_sys::Array::of2(
            &JsValue::from_str(&format!("{path}?{query}")),
            &JsValue::from_str(name),
        );
        call(&w, "open", &args);
    }
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        call(&w, "print", &js_sys::Array::new());
    }
}

/// Milliseconds since the page opened.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
