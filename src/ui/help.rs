//! The keyboard shortcuts, listed in a dialog that `?` opens anywhere but
//! in a text field (issue 16).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::Store;
use crate::i18n::A11yMsg as A;

/// Each shortcut: its keys, and what it does.
const SHORTCUTS: [(A, A); 10] = [
    (A::KeyNameTab, A::KeyTab),
    (A::KeyNameLeftRight, A::KeyLeftRight),
    (A::KeyNameUpDown, A::KeyUpDown),
    (A::KeyNameEnter, A::KeyEnter),
    (A::KeyNameEscape, A::KeyEscape),
    (A::KeyNameSearchEnter, A::KeySearchEnter),
    (A::KeyNameZoom, A::KeyZoom),
    (A::KeyNameFit, A::KeyFit),
    (A::KeyNamePresent, A::KeyPresent),
    (A::KeyNameHelp, A::KeyHelp),
];

fn focused() -> Option<web_sys::HtmlElement> {
    document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

#[component]
pub fn KeyHelp() -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(false);
    // Where the keyboard was, to go back there on closing.
    let before = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let close_ref = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        open.set(false);
        if let Some(e) = before.get_value() {
            let _ = e.focus();
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        match ev.key().as_str() {
            "?" if !in_field => {
                ev.prevent_default();
                if open.get_untracked() {
                    close();
                } else {
                    before.set_value(focused());
                    open.set(true);
                }
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                close();
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    Effect::new(move |_| {
        if open.get() {
            request_animation_frame(move || {
                if let Some(b) = close_ref.get_untracked() {
                    let _ = b.focus();
                }
            });
        }
    });
    view! {
        <Show when=move || open.get()>
            <div class="key-help" role="dialog" aria-modal="true" aria-labelledby="key-help-title"
                data-testid="key-help">
                <h2 id="key-help-title">{move || store.t(A::HelpTitle)}</h2>
                <dl>
                    {SHORTCUTS
                        .into_iter()
                        .map(|(keys, what)| view! {
                            <dt><kbd>{move || store.t(keys)}</kbd></dt>
                            <dd>{move || store.t(what)}</dd>
                        })
                        .collect_view()}
                </dl>
                <button type="button" node_ref=close_ref data-testid="key-help-close" on:click=move |_| close()>
                    {move || store.t(A::HelpClose)}
                </button>
            </div>
        </Show>
    }
}
