//! When the browser refuses to keep the workspace (a private window, full
//! or blocked storage, a sandboxed frame), the data lives only in this tab.
//! The user is told, before a reload loses it, and offered the file.

use leptos::prelude::*;

use super::browser;
use super::persist::Unsaved;
use super::state::Store;
use crate::i18n::Msg;
use crate::session::{Part, Session};

#[component]
pub fn UnsavedNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let Unsaved(unsaved) = expect_context::<Unsaved>();
    let save = move |_| {
        let text = store.peek(Session::saved_text);
        browser::download("clustermap-workspace.json", "application/json", &text);
    };
    // The file names every firm: not while the screen is public.
    let anonymised = move || store.read(Part::Privacy, |s| s.privacy.anonymised);
    let save_off = move || anonymised().then(|| store.t(Msg::AnonymisedExportOff));
    view! {
        <Show when=move || unsaved.get()>
            <div class="unsaved status status-error" role="alert" data-testid="not-saved">
                <p>{move || store.t(Msg::WorkspaceNotSaved)}</p>
                <button type="button" data-testid="not-saved-download" disabled=anonymised title=save_off
                    on:click=save>{move || store.t(Msg::WorkspaceExport)}</button>
            </div>
        </Show>
    }
}
