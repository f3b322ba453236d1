//! The list of core stages missing locally, with the evidence behind each.

use leptos::prelude::*;

use super::derived::Derived;
use super::state::Store;
use crate::i18n::{stage_name, Msg};
use crate::session::{Highlight, Part};

/// One missing stage as listed, in the UI language.
#[derive(Clone, PartialEq, Eq, Hash)]
struct GapRow {
    stage: usize,
    id: String,
    name: String,
    evidence: Option<String>,
    served: Option<String>,
    firms: Vec<usize>,
    thin: bool,
}

#[component]
pub fn Gaps() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let rows = move || {
        let lang = store.lang();
        let gaps: Vec<_> = derived
            .analysis
            .with(|a| a.gaps.iter().chain(&a.thin_support).cloned().collect());
        let disclosure = derived.disclosure.get();
        store.read(Part::Workspace, |s| {
            let data = &s.workspace.loaded.dataset;
            gaps.iter()
                .map(|g| {
                    let stage = &data.stages[g.stage];
                    let firms = g.sourcing_outside.len();
                    let evidence = (firms > 0).then(|| {
                        // Too few firms for a volume: the count alone.
                        match disclosure.volume_of(lang, g.volume_outside, firms) {
                            Some(volume) => lang.format(
                                Msg::GapEvidence,
                                &[
                                    ("firms", disclosure.count(lang, firms)),
                                    ("volume", volume),
                                    ("currency", data.meta.currency.clone()),
                                ],
                            ),
                            None => lang.format(
                                Msg::GapEvidenceFirms,
                                &[("firms", disclosure.count(lang, firms))],
                            ),
                        }
                    });
                    let served = (!g.outside_actors.is_empty()).then(|| {
                        let names = disclosure.names(lang, data, &g.outside_actors);
                        lang.format(Msg::GapServedBy, &[("names", names)])
                    });
                    GapRow {
                        stage: g.stage,
                        id: stage.id.clone(),
                        name: stage_name(lang, stage).to_string(),
                        evidence,
                        served,
                        firms: g.sourcing_outside.clone(),
                        thin: g.thin,
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let item = move |row: GapRow| {
        let highlight = Highlight {
            stage: row.stage,
            actors: row.firms.clone(),
        };
        view! {
            <li data-gap-item=row.id tabindex="0"
                on:click=move |_| store.act(|s| s.highlight(Some(highlight.clone())))>
                <strong>{row.name}</strong>
                ": "
                {move || store.t(if row.thin { Msg::GapThin } else { Msg::GapNoLocalActor })}
                {row.evidence.map(|e| view! { <span class="evidence">{e}</span> })}
                {row.served.map(|s| view! { <span class="served">{s}</span> })}
            </li>
        }
    };
    view! {
        <section class="panel gaps" data-testid="gaps">
            <h2 title=move || store.t(Msg::GapDefinition)>{move || store.t(Msg::GapsTitle)}</h2>
            <Show
                when=move || derived.analysis.with(|a| !a.gaps.is_empty() || !a.thin_support.is_empty())
                fallback=move || view! { <p>{move || store.t(Msg::GapsNone)}</p> }
            >
                <ul><For each=rows key=|r| r.clone() children=item/></ul>
            </Show>
            <p class="definition">{move || store.t(Msg::GapDefinition)}</p>
        </section>
    }
}
