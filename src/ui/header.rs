//! Title bar: cluster name, fictional-data badge and language switch.

use leptos::prelude::*;

use super::state::Store;
use crate::i18n::{Lang, Msg};
use crate::session::Part;

#[component]
pub fn Header() -> impl IntoView {
    let store = expect_context::<Store>();
    let meta = move || store.read(Part::Workspace, |s| s.workspace.loaded.dataset.meta.clone());
    view! {
        <header class="topbar">
            <div class="title">
                <span class="app-name">{move || store.t(Msg::AppTitle)}</span>
                <h1 data-testid="cluster-name">{move || meta().name}</h1>
                <Show when=move || meta().fictional>
                    <span class="badge" data-testid="fictional">{move || store.t(Msg::FictionalBadge)}</span>
                </Show>
            </div>
            <nav class="langs" aria-label=move || store.t(Msg::Language) data-testid="lang-switch">
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <button
                                type="button"
                                data-lang=l.code()
                                lang=l.code()
                                aria-pressed=move || (store.lang() == l).to_string()
                                on:click=move |_| store.act(|s| s.set_lang(l))
                            >
                                {l.native_name()}
                            </button>
                        }
                    })
                    .collect_view()}
            </nav>
        </header>
    }
}
