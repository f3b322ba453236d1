//! The list of core stages missing locally, with the evidence behind each.

use leptos::prelude::*;

use super::derived::Derived;
use super::state::Store;
use crate::i18n::{stage_name, Msg};
use crate::session::{Highlight, Part};

#[component]
pub fn Gaps() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let items = move || {
        let lang = store.lang();
        let gaps = derived.analysis.with(|a| a.gaps.clone());
        store.read(Part::Workspace, |s| {
            let data = &s.workspace.loaded.dataset;
            gaps.iter()
                .map(|g| {
                    let stage = &data.stages[g.stage];
                    let evidence = (!g.sourcing_outside.is_empty()).then(|| {
                        lang.format(
                            Msg::GapEvidence,
                            &[
                                ("firms", g.sourcing_outside.len().to_string()),
                                ("volume", lang.number(g.volume_outside, 0)),
                                ("currency", data.meta.currency.clone()),
                            ],
                        )
                    });
                    let served = (!g.outside_actors.is_empty()).then(|| {
                        let names: Vec<&str> = g
                            .outside_actors
                            .iter()
                            .map(|i| data.actors[*i].name.as_str())
                            .collect();
                        lang.format(Msg::GapServedBy, &[("names", names.join(", "))])
                    });
                    let (stage_index, firms) = (g.stage, g.sourcing_outside.clone());
                    view! {
                        <li data-gap-item=stage.id.clone() tabindex="0"
                            on:click=move |_| store.act(|s| s.highlight(Some(Highlight { stage: stage_index, actors: firms.clone() })))>
                            <strong>{stage_name(lang, stage).to_string()}</strong>
                            ": "
                            {lang.text(Msg::GapNoLocalActor)}
                            {evidence.map(|e| view! { <span class="evidence">{e}</span> })}
                            {served.map(|s| view! { <span class="served">{s}</span> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="panel gaps" data-testid="gaps">
            <h2 title=move || store.t(Msg::GapDefinition)>{move || store.t(Msg::GapsTitle)}</h2>
            <Show
                when=move || derived.analysis.with(|a| !a.gaps.is_empty())
                fallback=move || view! { <p>{move || store.t(Msg::GapsNone)}</p> }
            >
                <ul>{items}</ul>
            </Show>
            <p class="definition">{move || store.t(Msg::GapDefinition)}</p>
        </section>
    }
}
