//! The list of core stages missing locally, with the evidence behind each.

use leptos::prelude::*;

use super::{AppContext, Highlight};
use crate::i18n::{stage_name, Msg};

#[component]
pub fn Gaps() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let items = move || {
        let lang = ctx.lang.get();
        let gaps: Vec<_> = ctx
            .analysis
            .with(|a| a.gaps.iter().chain(&a.thin_support).cloned().collect());
        ctx.workspace.with(|w| {
            let data = &w.loaded.dataset;
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
                            on:click=move |_| ctx.highlight.set(Some(Highlight { stage: stage_index, actors: firms.clone() }))>
                            <strong>{stage_name(lang, stage).to_string()}</strong>
                            ": "
                            {lang.text(if g.thin { Msg::GapThin } else { Msg::GapNoLocalActor })}
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
            <h2 title=move || ctx.t(Msg::GapDefinition)>{move || ctx.t(Msg::GapsTitle)}</h2>
            <Show
                when=move || ctx.analysis.with(|a| !a.gaps.is_empty() || !a.thin_support.is_empty())
                fallback=move || view! { <p>{move || ctx.t(Msg::GapsNone)}</p> }
            >
                <ul>{items}</ul>
            </Show>
            <p class="definition">{move || ctx.t(Msg::GapDefinition)}</p>
        </section>
    }
}
