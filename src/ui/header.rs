//! Title bar: cluster name, fictional-data badge and language switch.

use leptos::prelude::*;

use super::AppContext;
use crate::i18n::{Lang, Msg};

#[component]
pub fn Header() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let meta = move || ctx.workspace.with(|w| w.loaded.dataset.meta.clone());
    view! {
        <header class="topbar">
            <div class="title">
                <span class="app-name">{move || ctx.t(Msg::AppTitle)}</span>
                <h1 data-testid="cluster-name">{move || meta().name}</h1>
                <Show when=move || meta().fictional>
                    <span class="badge" data-testid="fictional">{move || ctx.t(Msg::FictionalBadge)}</span>
                </Show>
            </div>
            <nav class="langs" aria-label=move || ctx.t(Msg::Language) data-testid="lang-switch">
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <button
                                type="button"
                                data-lang=l.code()
                                lang=l.code()
                                aria-pressed=move || (ctx.lang.get() == l).to_string()
                                on:click=move |_| ctx.lang.set(l)
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
