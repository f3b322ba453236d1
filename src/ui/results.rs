//! The results panels: ranked investment opportunities, and the cluster at
//! a glance with the stage table and missing links. Choosing a finding
//! highlights its stage and firms on the map.

use leptos::prelude::*;

use super::{browser, AppContext, Highlight};
use crate::i18n::{action, origin, rationale, reason, stage_name, AnalysisMsg as M, Lang};

/// Ranked opportunities with rationale and evidence.
#[component]
pub fn Opportunities() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let items = move || {
        let lang = ctx.lang.get();
        ctx.analysis.with(|r| {
            ctx.workspace.with(|w| {
                let d = &w.loaded.dataset;
                r.opportunities
                    .iter()
                    .enumerate()
                    .map(|(rank, o)| {
                        let p = &r.stages[o.stage];
                        let stage = o.stage;
                        let firms = o.firms.clone();
                        let chosen = {
                            let firms = firms.clone();
                            move || ctx.highlight.get().is_some_and(|h| h.stage == stage && h.actors == firms)
                        };
                        let evidence = o
                            .evidence
                            .iter()
                            .map(|i| {
                                let a = &d.sourcing[*i];
                                let mut line = format!("{}: {}", d.actors[a.actor].name, origin(lang, a.origin));
                                if let Some(v) = a.volume {
                                    line.push_str(&format!(", {} {}", lang.number(v, 0), d.meta.currency));
                                }
                                if let Some(rs) = a.reason {
                                    line.push_str(&format!(", {}", reason(lang, rs)));
                                }
                                view! { <li>{line}</li> }
                            })
                            .collect_view();
                        view! {
                            <li class="opportunity" class:chosen=chosen data-opportunity-stage=d.stages[stage].id.clone()>
                                <div class="opp-head">
                                    <span class="rank">{rank + 1}</span>
                                    <strong>{stage_name(lang, &d.stages[stage]).to_string()}</strong>
                                    <span class=format!("action action-{}", o.action.token())>{action(lang, o.action)}</span>
                                    <span class="score" title=score_definition(lang, &ctx.options.get())>
                                        {lang.format(M::Score, &[("score", lang.number(o.score, 0))])}
                                    </span>
                                </div>
                                <p class="rationale">{rationale(lang, d, o, p.demand.len(), p.thin)}</p>
                                <div class="opp-actions">
                                    <button type="button" on:click=move |_| {
                                        let next = Highlight { stage, actors: firms.clone() };
                                        ctx.highlight.update(|h| *h = if h.as_ref() == Some(&next) { None } else { Some(next) });
                                    }>{lang.text(M::ShowOnMap)}</button>
                                    <details>
                                        <summary>{lang.format(M::EvidenceTitle, &[("n", o.evidence.len().to_string())])}</summary>
                                        <ul class="evidence-list">{evidence}</ul>
                                    </details>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="panel opportunities" data-testid="opportunities">
            <h2 title=move || score_definition(ctx.lang.get(), &ctx.options.get())>{move || ctx.t(M::OpportunitiesTitle)}</h2>
            <Show
                when=move || ctx.analysis.with(|r| !r.opportunities.is_empty())
                fallback=move || view! { <p>{move || ctx.t(M::OpportunitiesNone)}</p> }
            >
                <ol class="opportunity-list">{items}</ol>
            </Show>
        </section>
    }
}

/// "computing betweenness (step 1 of 4)…" while the worker reports steps.
fn computing(lang: Lang, phase: Option<crate::analysis::Phase>) -> String {
    use crate::analysis::Phase;
    let Some(phase) = phase else {
        return lang.text(M::Computing).to_string();
    };
    let name = match phase {
        Phase::Betweenness => M::PhaseBetweenness,
        Phase::Closeness => M::PhaseCloseness,
        Phase::Communities => M::PhaseCommunities,
        Phase::Layout => M::PhaseLayout,
    };
    let step = Phase::ALL.iter().position(|p| *p == phase).unwrap_or(0) + 1;
    lang.format(
        M::ComputingPhase,
        &[
            ("phase", lang.text(name).to_string()),
            ("step", step.to_string()),
            ("steps", Phase::ALL.len().to_string()),
        ],
    )
}

/// The score's definition with the weights in use, in percent.
pub fn score_definition(lang: Lang, o: &crate::analysis::AnalysisOptions) -> String {
    let total = o.weight_breadth
        + o.weight_volume
        + o.weight_availability
        + o.weight_reason
        + o.weight_centrality;
    let pct = |w: f64| {
        if total > 0.0 {
            lang.number(100.0 * w / total, 0)
        } else {
            "0".into()
        }
    };
    lang.format(
        M::DefScore,
        &[
            ("breadth", pct(o.weight_breadth)),
            ("volume", pct(o.weight_volume)),
            ("availability", pct(o.weight_availability)),
            ("reason", pct(o.weight_reason)),
            ("centrality", pct(o.weight_centrality)),
        ],
    )
}

fn percent(lang: Lang, share: f64) -> String {
    format!("{} %", lang.number(share * 100.0, 0))
}

/// Figures at a glance, the stage table, missing links and downloads.
#[component]
pub fn Results() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let figures = move || {
        let lang = ctx.lang.get();
        ctx.analysis.with(|r| {
            ctx.workspace.with(|w| {
                let d = &w.loaded.dataset;
                let t = &r.ties;
                let i = &r.internationalisation;
                let out_of = |n: usize, total: usize| {
                    let share = if total > 0 {
                        n as f64 / total as f64
                    } else {
                        0.0
                    };
                    lang.format(
                        M::OutOf,
                        &[
                            ("n", n.to_string()),
                            ("total", total.to_string()),
                            ("share", percent(lang, share)),
                        ],
                    )
                };
                let names = |ids: &[usize]| {
                    ids.iter()
                        .map(|a| d.actors[*a].name.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let gap_partners = i
                    .gap_partners
                    .iter()
                    .filter(|(_, who)| !who.is_empty())
                    .map(|(s, who)| format!("{}: {}", stage_name(lang, &d.stages[*s]), names(who)))
                    .collect::<Vec<_>>()
                    .join("; ");
                let rows: Vec<(M, Option<M>, String)> = vec![
                    (
                        M::FigureLocalTies,
                        Some(M::DefLocalTies),
                        out_of(t.local_ties, t.local_ties + t.non_local_ties),
                    ),
                    (
                        M::FigureTripleHelix,
                        Some(M::DefTripleHelix),
                        out_of(t.firms_linked_to_institutions, t.local_firms),
                    ),
                    (
                        M::FigureResearchLinks,
                        Some(M::DefResearchLinks),
                        out_of(t.firms_linked_to_research, t.local_firms),
                    ),
                    (
                        M::FigureExporters,
                        Some(M::DefExporters),
                        out_of(i.exporters, i.firms_reporting),
                    ),
                    (
                        M::FigureMeanExport,
                        Some(M::DefMeanExport),
                        format!("{} %", lang.number(i.mean_export_share, 0)),
                    ),
                    (
                        M::FigureMarkets,
                        Some(M::DefMarkets),
                        i.markets
                            .iter()
                            .take(6)
                            .map(|(m, n)| format!("{m} ({n})"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                    (
                        M::FigureCommunities,
                        Some(M::DefCommunities),
                        if r.network.ready {
                            lang.format(
                                M::CommunitiesValue,
                                &[
                                    ("n", r.network.communities.to_string()),
                                    ("q", lang.number(r.network.modularity, 2)),
                                ],
                            )
                        } else {
                            computing(lang, ctx.progress.get())
                        },
                    ),
                    (
                        M::FigureBrokers,
                        Some(M::DefBrokers),
                        if r.network.ready {
                            names(
                                &r.network
                                    .brokers
                                    .iter()
                                    .take(3)
                                    .map(|b| b.actor)
                                    .collect::<Vec<_>>(),
                            )
                        } else {
                            computing(lang, ctx.progress.get())
                        },
                    ),
                    (
                        M::FigurePartnersAbroad,
                        Some(M::DefPartnersAbroad),
                        names(&i.partners_abroad),
                    ),
                    (M::FigureGapPartners, Some(M::DefGapPartners), gap_partners),
                ];
                rows.into_iter()
                    .map(|(label, def, value)| {
                        view! {
                            <dt title=def.map(|m| lang.text(m))>{lang.text(label)}</dt>
                            <dd>{value}</dd>
                        }
                    })
                    .collect_view()
            })
        })
    };

    let stage_rows = move || {
        let lang = ctx.lang.get();
        ctx.analysis.with(|r| {
            ctx.workspace.with(|w| {
                let d = &w.loaded.dataset;
                r.stages
                    .iter()
                    .map(|p| {
                        let status = if p.missing {
                            M::StatusMissing
                        } else if p.thin {
                            M::StatusThin
                        } else {
                            M::StatusPresent
                        };
                        let stage = p.stage;
                        let firms = p.leaking_firms.clone();
                        view! {
                            <tr class:missing=p.missing class:thin=p.thin data-stage-row=d.stages[stage].id.clone()
                                on:click=move |_| ctx.highlight.set(Some(Highlight { stage, actors: firms.clone() }))>
                                <td>{stage_name(lang, &d.stages[stage]).to_string()}</td>
                                <td class="num">{p.local_actors.len()}</td>
                                <td class="num">{p.demand.len()}</td>
                                <td class="num">{p.leaking_firms.len()}</td>
                                <td class="num">{lang.number(p.leaking_volume, 0)}</td>
                                <td>{lang.text(status)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };

    let links = move || {
        let lang = ctx.lang.get();
        ctx.analysis.with(|r| {
            ctx.workspace.with(|w| {
                let d = &w.loaded.dataset;
                if r.broken_links.is_empty() {
                    return view! { <p>{lang.text(M::NoBrokenLinks)}</p> }.into_any();
                }
                r.broken_links
                    .iter()
                    .map(|b| {
                        let text = lang.format(
                            M::BrokenLink,
                            &[
                                ("from", stage_name(lang, &d.stages[b.from_stage]).to_string()),
                                ("to", stage_name(lang, &d.stages[b.to_stage]).to_string()),
                            ],
                        );
                        let demand = (!b.buying_outside.is_empty()).then(|| {
                            lang.format(M::BrokenLinkDemand, &[("firms", b.buying_outside.len().to_string())])
                        });
                        view! { <p class="broken-link">{text}{demand.map(|t| view! { <span>{format!(" ({t})")}</span> })}</p> }
                    })
                    .collect_view()
                    .into_any()
            })
        })
    };

    let pending = move || !ctx.analysis.with(|r| r.network.ready);
    let export = move |kind: &'static str| {
        let lang = ctx.lang.get();
        ctx.analysis.with(|r| {
            ctx.workspace.with(|w| {
                let d = &w.loaded.dataset;
                let base = file_stem(&d.meta.name);
                match kind {
                    "json" => browser::download(
                        &format!("{base}-analysis.json"),
                        "application/json",
                        &crate::export::report_json(d, r, lang),
                    ),
                    "stages" => browser::download(
                        &format!("{base}-stages.csv"),
                        "text/csv",
                        &crate::export::stages_csv(d, r, lang),
                    ),
                    _ => browser::download(
                        &format!("{base}-actors.csv"),
                        "text/csv",
                        &crate::export::actors_csv(d, r),
                    ),
                }
            })
        });
    };

    view! {
        <section class="panel results" data-testid="metrics">
            <h2>{move || ctx.t(M::AtAGlance)}</h2>
            <dl class="figures">{figures}</dl>
            <h3 title=move || ctx.t(M::DefBrokenLink)>{move || ctx.t(M::MissingLinksTitle)}</h3>
            <div data-testid="broken-links">{links}</div>
            <h3>{move || ctx.t(M::StageTable)}</h3>
            <div class="table-scroll">
                <table class="stage-table">
                    <thead>
                        <tr>
                            <th>{move || ctx.t(M::ColStage)}</th>
                            <th title=move || ctx.t(M::DefDemand)>{move || ctx.t(M::ColLocal)}</th>
                            <th title=move || ctx.t(M::DefDemand)>{move || ctx.t(M::ColDemand)}</th>
                            <th title=move || ctx.t(M::DefLeaking)>{move || ctx.t(M::ColLeaking)}</th>
                            <th title=move || ctx.t(M::DefLeakage)>{move || ctx.t(M::ColLeakage)}</th>
                            <th title=move || {
                                let lang = ctx.lang.get();
                                let ratio = ctx.analysis.with(|r| r.options.thin_ratio);
                                lang.format(M::DefThin, &[("ratio", lang.number(ratio, 2))])
                            }>{move || ctx.t(M::ColStatus)}</th>
                        </tr>
                    </thead>
                    <tbody>{stage_rows}</tbody>
                </table>
            </div>
            <super::settings::AnalysisSettings/>
            // The exports carry the network figures, which the page does not
            // compute: they wait for the analysis worker's answer.
            <div class="downloads">
                <button type="button" data-testid="export-json" disabled=pending on:click=move |_| export("json")>{move || ctx.t(M::ExportJson)}</button>
                <button type="button" data-testid="export-csv" disabled=pending on:click=move |_| export("actors")>{move || ctx.t(M::ExportCsv)}</button>
                <button type="button" data-testid="export-stages-csv" disabled=pending on:click=move |_| export("stages")>{move || ctx.t(M::ExportStagesCsv)}</button>
            </div>
        </section>
    }
}

/// A safe file name from the cluster name (letters, digits and dashes).
fn file_stem(name: &str) -> String {
    let stem: String = crate::model::fold_token(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-').chars().take(60).collect::<String>();
    if stem.is_empty() {
        "cluster".into()
    } else {
        stem
    }
}
