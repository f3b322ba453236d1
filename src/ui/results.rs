//! The cluster at a glance: figures with their definitions, missing
//! links, the stage table, the analysis settings and the downloads.
//! Choosing a stage row highlights its stage and firms on the map.

use leptos::prelude::*;

use super::browser;
use super::derived::Derived;
use super::set_aside::{ReadsKinds, SetAsideNote};
use super::state::Store;
use crate::i18n::{stage_name, AnalysisMsg as M, Lang};
use crate::session::{Highlight, Part};

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

fn percent(lang: Lang, share: f64) -> String {
    format!("{} %", lang.number(share * 100.0, 0))
}

/// Figures at a glance, the stage table, missing links and downloads.
#[component]
pub fn Results() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <section class="panel results" data-testid="metrics">
            <h2>{move || store.t(M::AtAGlance)}</h2>
            <Figures/>
            <h3 title=move || store.t(M::DefBrokenLink)>{move || store.t(M::MissingLinksTitle)}</h3>
            <MissingLinks/>
            <SetAsideNote analysis=ReadsKinds::Links/>
            <h3>{move || store.t(M::StageTable)}</h3>
            <StageTable/>
            <SetAsideNote analysis=ReadsKinds::Demand/>
            <super::settings::AnalysisSettings/>
            <Downloads/>
        </section>
    }
}

/// Ties, triple helix, exports, sub-clusters and brokers, each with its
/// definition in the tooltip.
#[component]
fn Figures() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let figures = move || {
        let lang = store.lang();
        let disclosure = derived.disclosure.get();
        derived.analysis.with(|r| {
            store.read(Part::Workspace, |s| {
                let d = &s.workspace.loaded.dataset;
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
                // Firms: fewer than 3 are not counted, nor their share.
                let firms_of = |n: usize, total: usize| {
                    if !disclosure.shows_figure_about(n) {
                        return lang.format(
                            M::OutOfFewer,
                            &[
                                ("n", disclosure.count(lang, n)),
                                ("total", total.to_string()),
                            ],
                        );
                    }
                    out_of(n, total)
                };
                let names = |ids: &[usize]| disclosure.names(lang, d, ids);
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
                        firms_of(t.firms_linked_to_institutions, t.local_firms),
                    ),
                    (
                        M::FigureResearchLinks,
                        Some(M::DefResearchLinks),
                        firms_of(t.firms_linked_to_research, t.local_firms),
                    ),
                    (
                        M::FigureExporters,
                        Some(M::DefExporters),
                        firms_of(i.exporters, i.firms_reporting),
                    ),
                    (
                        M::FigureMeanExport,
                        Some(M::DefMeanExport),
                        disclosure
                            .share_of(lang, i.mean_export_share, i.exporters)
                            .unwrap_or_else(|| lang.text(crate::i18n::Msg::Withheld).to_string()),
                    ),
                    (
                        M::FigureMarkets,
                        Some(M::DefMarkets),
                        i.markets
                            .iter()
                            .take(6)
                            .map(|(m, n)| format!("{m} ({})", disclosure.cell(*n)))
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
                            computing(lang, derived.progress.get())
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
                            computing(lang, derived.progress.get())
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

    view! { <dl class="figures">{figures}</dl> }
}

#[component]
fn MissingLinks() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let links = move || {
        let lang = store.lang();
        let disclosure = derived.disclosure.get();
        derived.analysis.with(|r| {
            store.read(Part::Workspace, |s| {
                let d = &s.workspace.loaded.dataset;
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
                            lang.format(M::BrokenLinkDemand, &[("firms", disclosure.count(lang, b.buying_outside.len()))])
                        });
                        view! { <p class="broken-link">{text}{demand.map(|t| view! { <span>{format!(" ({t})")}</span> })}</p> }
                    })
                    .collect_view()
                    .into_any()
            })
        })
    };

    view! { <div data-testid="broken-links">{links}</div> }
}

/// One row of the stage table, in the UI language.
#[derive(Clone, PartialEq, Eq, Hash)]
struct StageRow {
    stage: usize,
    id: String,
    name: String,
    local: usize,
    demand: String,
    leaking: String,
    firms: Vec<usize>,
    volume: String,
    status: &'static str,
    missing: bool,
    thin: bool,
}

/// Per stage: local actors, firms needing it, firms and volume bought
/// outside, and whether it is present, thin or missing.
#[component]
fn StageTable() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let rows = move || {
        let lang = store.lang();
        let disclosure = derived.disclosure.get();
        derived.analysis.with(|r| {
            store.read(Part::Workspace, |s| {
                let d = &s.workspace.loaded.dataset;
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
                        StageRow {
                            stage: p.stage,
                            id: d.stages[p.stage].id.clone(),
                            name: stage_name(lang, &d.stages[p.stage]).to_string(),
                            local: p.local_actors.len(),
                            demand: disclosure.cell(p.demand.len()),
                            leaking: disclosure.cell(p.leaking_firms.len()),
                            firms: p.leaking_firms.clone(),
                            volume: disclosure
                                .volume_of(lang, p.leaking_volume, p.leaking_firms.len())
                                .unwrap_or_else(|| "–".to_string()),
                            status: lang.text(status),
                            missing: p.missing,
                            thin: p.thin,
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let row = move |row: StageRow| {
        let (stage, firms) = (row.stage, row.firms.clone());
        view! {
            <tr class:missing=row.missing class:thin=row.thin data-stage-row=row.id
                on:click=move |_| store.act(|s| s.highlight(Some(Highlight { stage, actors: firms.clone() })))>
                <td>{row.name}</td>
                <td class="num">{row.local}</td>
                <td class="num">{row.demand}</td>
                <td class="num">{row.leaking}</td>
                <td class="num">{row.volume}</td>
                <td>{row.status}</td>
            </tr>
        }
    };
    let thin_title = move || {
        let lang = store.lang();
        let ratio = derived.analysis.with(|r| r.options.thin_ratio);
        lang.format(M::DefThin, &[("ratio", lang.number(ratio, 2))])
    };
    view! {
        <div class="table-scroll">
            <table class="stage-table">
                <thead>
                    <tr>
                        <th>{move || store.t(M::ColStage)}</th>
                        <th title=move || store.t(M::DefDemand)>{move || store.t(M::ColLocal)}</th>
                        <th title=move || store.t(M::DefDemand)>{move || store.t(M::ColDemand)}</th>
                        <th title=move || store.t(M::DefLeaking)>{move || store.t(M::ColLeaking)}</th>
                        <th title=move || store.t(M::DefLeakage)>{move || store.t(M::ColLeakage)}</th>
                        <th title=thin_title>{move || store.t(M::ColStatus)}</th>
                    </tr>
                </thead>
                <tbody><For each=rows key=|r| r.clone() children=row/></tbody>
            </table>
        </div>
    }
}

/// The results as one JSON document and as CSV tables.
#[component]
fn Downloads() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let export = move |kind: &'static str| {
        let lang = store.lang();
        let disclosure = derived.disclosure.get_untracked();
        derived.analysis.with(|r| {
            store.read(Part::Workspace, |s| {
                let d = &s.workspace.loaded.dataset;
                let base = file_stem(&d.meta.name);
                match kind {
                    // The analysis document names every firm and figure.
                    "json" if disclosure.is_anonymised() => false,
                    "json" => browser::download(
                        &format!("{base}-analysis.json"),
                        "application/json",
                        &crate::export::report_json(d, r, lang),
                    ),
                    "stages" => browser::download(
                        &format!("{base}-stages.csv"),
                        "text/csv",
                        &crate::export::stages_csv_disclosed(d, r, lang, &disclosure),
                    ),
                    _ => browser::download(
                        &format!("{base}-actors.csv"),
                        "text/csv",
                        &crate::export::actors_csv_disclosed(d, r, lang, &disclosure),
                    ),
                }
            })
        });
    };

    // Exports carry the network figures, which the worker computes.
    let not_ready = move || derived.analysis.with(|r| !r.network.ready);
    let anonymised = move || derived.disclosure.with(|d| d.is_anonymised());
    let json_off = move || anonymised().then(|| store.t(crate::i18n::Msg::AnonymisedExportOff));
    view! {
        <div class="downloads">
            <button type="button" data-testid="export-json" disabled=move || not_ready() || anonymised()
                title=json_off on:click=move |_| export("json")>{move || store.t(M::ExportJson)}</button>
            <button type="button" data-testid="export-csv" disabled=not_ready on:click=move |_| export("actors")>{move || store.t(M::ExportCsv)}</button>
            <button type="button" data-testid="export-stages-csv" disabled=not_ready on:click=move |_| export("stages")>{move || store.t(M::ExportStagesCsv)}</button>
        </div>
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
