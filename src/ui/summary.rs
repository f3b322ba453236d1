//! The one-line summary of the cluster above the map.

use leptos::prelude::*;

use super::derived::Derived;
use super::state::Store;
use crate::i18n::Msg;
use crate::model::Band;

#[component]
pub fn SummaryLine() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let parts = move || {
        let lang = store.lang();
        derived.analysis.with(|a| {
            let s = &a.summary;
            let mut parts = vec![
                lang.format(
                    Msg::SummaryActors,
                    &[
                        ("actors", s.actors.to_string()),
                        ("smes", s.smes.to_string()),
                        ("institutions", s.institutions.to_string()),
                        ("outside", s.outside_actors.to_string()),
                    ],
                ),
                lang.format(
                    Msg::SummaryRelations,
                    &[("relations", s.relations.to_string())],
                ),
                lang.format(
                    Msg::SummaryDensity,
                    &[
                        ("density", lang.number(s.density, 3)),
                        ("degree", lang.number(s.average_degree, 1)),
                    ],
                ),
                lang.format(
                    Msg::SummaryComponents,
                    &[
                        ("components", s.components.to_string()),
                        ("isolated", s.isolated.to_string()),
                    ],
                ),
                lang.format(
                    Msg::SummaryMissing,
                    &[
                        ("missing", s.missing_stages.to_string()),
                        ("core", s.core_stages.to_string()),
                    ],
                ),
            ];
            // Support gaps are findings too (an input bought outside with
            // no local provider), counted beside the core ones.
            let beyond_core = a
                .gaps
                .iter()
                .filter(|g| g.band != Band::Core && !g.thin)
                .count();
            if beyond_core > 0 {
                parts.push(lang.format(
                    Msg::SummarySupportMissing,
                    &[("n", beyond_core.to_string())],
                ));
            }
            parts
        })
    };
    view! {
        <p class="summary" data-testid="summary" aria-live="polite" title=move || store.t(Msg::DensityHelp)>
            {move || {
                parts()
                    .into_iter()
                    .map(|p| view! { <span class="summary-part">{p}</span> })
                    .collect_view()
            }}
        </p>
    }
}
