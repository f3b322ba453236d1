//! Two tabs share one saved workspace. When another tab saves different
//! data, this tab stops saving over it and asks: keep this tab's data in
//! the browser, or open the other tab's. Nothing is replaced unnoticed.

use leptos::prelude::*;

use super::persist::{OtherTab, SAVED_KEY};
use super::state::Store;
use crate::i18n::Msg;
use crate::workspace::Workspace;

#[component]
pub fn OtherTabNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let OtherTab(other) = expect_context::<OtherTab>();
    // What the other tab saved, in words: its study, actors and files.
    let what = move || {
        let lang = store.lang();
        other.with(|o| {
            let (w, _) = Workspace::from_saved(SAVED_KEY, o.as_deref()?).ok()?;
            let d = &w.loaded.dataset;
            // A survey without its details has no study name.
            let name = if d.meta.name.is_empty() {
                lang.text(Msg::OtherTabUnnamed).to_string()
            } else {
                d.meta.name.clone()
            };
            Some(lang.format(
                Msg::OtherTabSaved,
                &[
                    ("name", name),
                    ("actors", d.actors.len().to_string()),
                    ("files", w.sources.join(", ")),
                ],
            ))
        })
    };
    let unsaved = expect_context::<super::persist::Unsaved>();
    let keep = move |_| {
        if unsaved.save_now(store) {
            other.set(None);
        }
    };
    // The other tab's data is in storage: a fresh start of this page opens it.
    let open = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <Show when=move || other.with(Option::is_some)>
            <div class="other-tab status status-error" role="alert" data-testid="other-tab">
                <p>{what}</p>
                <button type="button" data-testid="other-tab-keep" on:click=keep>{move || store.t(Msg::OtherTabKeep)}</button>
                " "
                <button type="button" data-testid="other-tab-open" on:click=open>{move || store.t(Msg::OtherTabOpen)}</button>
            </div>
        </Show>
    }
}
