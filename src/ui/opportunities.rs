//! Ranked investment opportunities with their rationale and the survey
//! answers behind them; "Show on the map" highlights the stage and firms.

use leptos::prelude::*;

use super::derived::Derived;
use super::state::Store;
use crate::i18n::{
    action, evidence_line, rationale_disclosed, score_definition, stage_name, AnalysisMsg as M,
};
use crate::session::{Highlight, Part};

/// One opportunity as shown: every text already in the UI language, so a
/// row is redrawn only when what it says changes.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    rank: usize,
    stage: usize,
    stage_id: String,
    stage_name: String,
    action: &'static str,
    action_text: &'static str,
    score: String,
    rationale: String,
    firms: Vec<usize>,
    evidence_title: String,
    evidence: Vec<String>,
}

fn rows(store: Store, derived: Derived) -> Vec<Row> {
    let lang = store.lang();
    let disclosure = derived.disclosure.get();
    derived.analysis.with(|r| {
        store.read(Part::Workspace, |s| {
            let d = &s.workspace.loaded.dataset;
            r.opportunities
                .iter()
                .enumerate()
                .map(|(rank, o)| {
                    let p = &r.stages[o.stage];
                    // Answers of fewer than 3 firms are not listed (nor counted).
                    let listed = disclosure.shows_figure_about(o.evidence.len());
                    let evidence = o
                        .evidence
                        .iter()
                        .filter(|_| listed)
                        .map(|i| {
                            let a = &d.sourcing[*i];
                            evidence_line(lang, &disclosure, d, a)
                        })
                        .collect();
                    Row {
                        rank: rank + 1,
                        stage: o.stage,
                        stage_id: d.stages[o.stage].id.clone(),
                        stage_name: stage_name(lang, &d.stages[o.stage]).to_string(),
                        action: o.action.token(),
                        action_text: action(lang, o.action),
                        score: lang.format(M::Score, &[("score", lang.number(o.score, 0))]),
                        rationale: rationale_disclosed(
                            lang,
                            d,
                            o,
                            p.demand.len(),
                            p.thin,
                            &disclosure,
                        ),
                        firms: o.firms.clone(),
                        evidence_title: lang.format(
                            M::EvidenceTitle,
                            &[("n", disclosure.count(lang, o.evidence.len()))],
                        ),
                        evidence,
                    }
                })
                .collect()
        })
    })
}

#[component]
pub fn Opportunities() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let definition = move || {
        store.read(Part::Options, |s| {
            score_definition(store.lang(), &s.options)
        })
    };
    let item = move |row: Row| {
        let Row { stage, firms, .. } = row.clone();
        let mine = Highlight {
            stage,
            actors: firms,
        };
        let chosen = {
            let mine = mine.clone();
            move || store.read(Part::Highlight, |s| s.highlight.as_ref() == Some(&mine))
        };
        view! {
            <li class="opportunity" class:chosen=chosen data-opportunity-stage=row.stage_id>
                <div class="opp-head">
                    <span class="rank">{row.rank}</span>
                    <strong>{row.stage_name}</strong>
                    <span class=format!("action action-{}", row.action)>{row.action_text}</span>
                    <span class="score" title=definition>{row.score}</span>
                </div>
                <p class="rationale">{row.rationale}</p>
                <div class="opp-actions">
                    <button type="button" on:click=move |_| store.act(|s| s.toggle_highlight(mine.clone()))>
                        {move || store.t(M::ShowOnMap)}
                    </button>
                    <details>
                        <summary>{row.evidence_title}</summary>
                        <ul class="evidence-list">
                            {row.evidence.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                    </details>
                </div>
            </li>
        }
    };
    view! {
        <section class="panel opportunities" data-testid="opportunities">
            <h2 title=definition>{move || store.t(M::OpportunitiesTitle)}</h2>
            <Show
                when=move || derived.analysis.with(|r| !r.opportunities.is_empty())
                fallback=move || view! { <p>{move || store.t(M::OpportunitiesNone)}</p> }
            >
                <ol class="opportunity-list">
                    <For each=move || rows(store, derived) key=|row| row.clone() children=item/>
                </ol>
            </Show>
        </section>
    }
}
