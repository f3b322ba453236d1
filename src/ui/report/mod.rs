//! The printable report: a button that writes the report into the page
//! (hidden on screen) and opens the browser's print dialog, so "Save as
//! PDF" gives an A4 document in the UI language. Title page, method with
//! definitions, the value-chain map (the SVG picture), the cluster at a
//! glance, missing stages and links, ranked opportunities and
//! internationalisation. Every name and figure comes through the
//! disclosure, as in the panels. Page rules: `style/print.css`.

use leptos::portal::Portal;
use leptos::prelude::*;

use super::derived::Derived;
use super::gaps::{gap_rows, GapRow};
use super::opportunities::{rows as opportunity_rows, Row as OpportunityRow};
use super::picture;
use super::results::{figure_rows, stage_rows, StageRow};
use super::state::Store;
use crate::i18n::{score_definition, stage_name, AnalysisMsg as M, Lang, Msg, ReportMsg as R};
use crate::model::ActorKind;
use crate::session::Part;
use crate::view::{Filters, MapMode};

/// A figure as printed: label, value and its definition.
#[derive(Clone)]
struct Figure {
    label: &'static str,
    value: String,
    definition: String,
}

/// Everything the report prints, written once when the user asks for it.
#[derive(Clone)]
struct ReportData {
    lang: Lang,
    cluster: String,
    region: String,
    sector: String,
    date: String,
    source: Option<String>,
    fictional: bool,
    anonymised: bool,
    prepared: String,
    size: String,
    map_src: String,
    map_alt: String,
    glance: Vec<Figure>,
    international: Vec<Figure>,
    stages: Vec<StageRow>,
    stage_defs: Vec<(&'static str, String)>,
    gaps: Vec<GapRow>,
    links: Vec<String>,
    opportunities: Vec<OpportunityRow>,
    opportunities_withheld: Vec<bool>,
    score_definition: String,
    definitions: Vec<(&'static str, String)>,
}

/// The figures that describe the cluster abroad; the others are "at a glance".
const INTERNATIONAL: [M; 5] = [
    M::FigureExporters,
    M::FigureMeanExport,
    M::FigureMarkets,
    M::FigurePartnersAbroad,
    M::FigureGapPartners,
];

fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

fn collect(store: Store, derived: Derived) -> ReportData {
    let lang = store.lang();
    let disclosure = derived.disclosure.get_untracked();
    let anonymised = disclosure.is_anonymised();
    // The report shows the whole cluster on its value-chain map, whatever
    // the view and the filters on screen.
    let map = derived.masked.with_untracked(|masked| {
        store.peek(|s| {
            let real = &s.workspace.loaded.dataset;
            let data = masked.as_ref().unwrap_or(real);
            let mut layout = derived
                .analysis
                .with_untracked(|a| crate::workspace::map_layout_of(data, lang, a));
            disclosure.fit_labels(&mut layout);
            let all = Filters::default().visibility(real, None);
            picture::build(store, derived, MapMode::ValueChain, &layout, &all)
        })
    });
    let map_src = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&map.svg))
    );
    let opportunities = opportunity_rows(store, derived);
    let options = store.peek(|s| s.options.clone());
    derived.analysis.with_untracked(|r| {
        store.peek(|s| {
            let d = &s.workspace.loaded.dataset;
            let m = &d.meta;
            let firms = d
                .actors
                .iter()
                .filter(|a| a.is_local() && a.kind.is_operator())
                .count();
            let institutions = d.actors.iter().filter(|a| !a.kind.is_operator()).count();
            let size = lang.format(
                R::ReportSizeValue,
                &[
                    ("actors", d.actors.len().to_string()),
                    ("firms", firms.to_string()),
                    ("institutions", institutions.to_string()),
                    ("relations", d.relations.len().to_string()),
                    ("stages", d.stages.len().to_string()),
                    ("answers", d.sourcing.len().to_string()),
                ],
            );
            let figure = |(label, def, value): (M, Option<M>, String)| Figure {
                label: lang.text(label),
                value,
                definition: def.map(|m| lang.text(m).to_string()).unwrap_or_default(),
            };
            let (international, glance): (Vec<_>, Vec<_>) =
                figure_rows(lang, &disclosure, d, r, derived.progress.get_untracked())
                    .into_iter()
                    .partition(|(label, _, _)| INTERNATIONAL.contains(label));
            let thin = lang.format(
                M::DefThin,
                &[("ratio", lang.number(r.options.thin_ratio, 2))],
            );
            let stage_defs = vec![
                (lang.text(M::ColDemand), lang.text(M::DefDemand).to_string()),
                (
                    lang.text(M::ColLeaking),
                    lang.text(M::DefLeaking).to_string(),
                ),
                (
                    lang.text(M::ColLeakage),
                    lang.text(M::DefLeakage).to_string(),
                ),
                (lang.text(M::ColStatus), thin.clone()),
            ];
            let gaps: Vec<_> = r.gaps.iter().chain(&r.thin_support).cloned().collect();
            let links = r
                .broken_links
                .iter()
                .filter_map(|b| {
                    let (from, to) = (d.stages.get(b.from_stage)?, d.stages.get(b.to_stage)?);
                    let mut text = lang.format(
                        M::BrokenLink,
                        &[
                            ("from", stage_name(lang, from).to_string()),
                            ("to", stage_name(lang, to).to_string()),
                        ],
                    );
                    if !b.buying_outside.is_empty() {
                        let demand = lang.format(
                            M::BrokenLinkDemand,
                            &[("firms", disclosure.count(lang, b.buying_outside.len()))],
                        );
                        text.push_str(&format!(" ({demand})"));
                    }
                    Some(text)
                })
                .collect();
            let withheld = r
                .opportunities
                .iter()
                .map(|o| !disclosure.shows_figure_about(o.evidence.len()))
                .collect();
            let score = score_definition(lang, &options);
            let mut definitions: Vec<(&'static str, String)> = vec![
                (
                    lang.text(Msg::GapsTitle),
                    lang.text(Msg::GapDefinition).to_string(),
                ),
                (
                    lang.text(M::MissingLinksTitle),
                    lang.text(M::DefBrokenLink).to_string(),
                ),
                (lang.text(M::StatusThin), thin),
                (lang.text(M::OpportunitiesTitle), score.clone()),
            ];
            definitions.extend(stage_defs.iter().take(3).cloned());
            let kinds: Vec<&str> = ActorKind::ALL
                .iter()
                .filter(|k| d.actors.iter().any(|a| a.kind == **k))
                .map(|k| crate::i18n::actor_kind(lang, *k))
                .collect();
            ReportData {
                lang,
                cluster: m.name.clone(),
                region: m.region.clone(),
                sector: m.sector.clone(),
                date: m.survey_date.clone(),
                source: (disclosure.shows_free_text() && !m.source.trim().is_empty())
                    .then(|| m.source.clone()),
                fictional: m.fictional,
                anonymised,
                prepared: lang.format(R::ReportPrepared, &[("date", today())]),
                size,
                map_src,
                map_alt: format!("{} ({})", lang.text(Msg::MapLabel), kinds.join(", ")),
                glance: glance.into_iter().map(figure).collect(),
                international: international.into_iter().map(figure).collect(),
                stages: stage_rows(lang, &disclosure, d, r),
                stage_defs,
                gaps: gap_rows(lang, &disclosure, d, &gaps),
                links,
                opportunities,
                opportunities_withheld: withheld,
                score_definition: score,
                definitions,
            }
        })
    })
}

fn figure_table(lang: Lang, figures: Vec<Figure>) -> impl IntoView {
    view! {
        <table class="report-figures">
            <thead><tr>
                <th>{lang.text(R::ReportFigure)}</th>
                <th>{lang.text(R::ReportValue)}</th>
                <th>{lang.text(R::ReportDefinition)}</th>
            </tr></thead>
            <tbody>
                {figures.into_iter().map(|f| view! {
                    <tr><th scope="row">{f.label}</th><td>{f.value}</td><td class="def">{f.definition}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

fn render(data: ReportData, on_map: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    let lang = data.lang;
    let t = move |m: R| lang.text(m);
    let none = move || view! { <p>{t(R::ReportNone)}</p> };
    let contents = [
        R::ReportMethod,
        R::ReportMap,
        R::ReportGlance,
        R::ReportMissing,
        R::ReportOpportunities,
        R::ReportInternational,
    ];
    let loaded = on_map.clone();
    let failed = on_map;
    let stage_table = view! {
        <table class="report-stages">
            <thead><tr>
                <th>{lang.text(M::ColStage)}</th>
                <th>{lang.text(M::ColLocal)}</th>
                <th>{lang.text(M::ColDemand)}</th>
                <th>{lang.text(M::ColLeaking)}</th>
                <th>{lang.text(M::ColLeakage)}</th>
                <th>{lang.text(M::ColStatus)}</th>
            </tr></thead>
            <tbody>
                {data.stages.into_iter().map(|s| view! {
                    <tr class:missing=s.missing>
                        <td>{s.name}</td><td class="num">{s.local}</td><td class="num">{s.demand}</td>
                        <td class="num">{s.leaking}</td><td class="num">{s.volume}</td><td>{s.status}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    };
    let gaps = if data.gaps.is_empty() {
        none().into_any()
    } else {
        view! {
            <ul class="report-gaps">
                {data.gaps.into_iter().map(|g| view! {
                    <li>
                        <strong>{g.name}</strong>": "
                        {lang.text(if g.thin { Msg::GapThin } else { Msg::GapNoLocalActor })}
                        {g.evidence.map(|e| view! { <span class="evidence">{e}</span> })}
                        {g.served.map(|s| view! { <span class="evidence">{s}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let links = if data.links.is_empty() {
        view! { <p>{lang.text(M::NoBrokenLinks)}</p> }.into_any()
    } else {
        view! { <ul>{data.links.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
            .into_any()
    };
    let opportunities = if data.opportunities.is_empty() {
        view! { <p>{lang.text(M::OpportunitiesNone)}</p> }.into_any()
    } else {
        let withheld = data.opportunities_withheld;
        view! {
            <ol class="report-opportunities">
                {data.opportunities.into_iter().enumerate().map(|(i, o)| {
                    let hidden = withheld.get(i).copied().unwrap_or(true);
                    view! {
                        <li>
                            <h3><span class="rank">{o.rank}</span>" "{o.stage_name}
                                <span class="action">{o.action_text}</span>
                                <span class="score">{o.score}</span></h3>
                            <p><strong>{t(R::ReportRationale)}": "</strong>{o.rationale}</p>
                            <p class="evidence-title"><strong>{o.evidence_title}</strong></p>
                            {if hidden {
                                view! { <p class="def">{t(R::ReportEvidenceWithheld)}</p> }.into_any()
                            } else {
                                view! { <ul class="evidence-list">{o.evidence.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul> }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        <section class="report-page report-title" data-testid="report-title">
            <p class="report-kind">{t(R::ReportKind)}</p>
            <h1>{data.cluster.clone()}</h1>
            <p class="report-region">{data.region.clone()}</p>
            <dl class="report-facts">
                <dt>{t(R::ReportSector)}</dt><dd>{data.sector.clone()}</dd>
                <dt>{t(R::ReportSurveyDate)}</dt><dd>{data.date.clone()}</dd>
            </dl>
            {data.fictional.then(|| view! { <p class="report-badge">{t(R::ReportFictional)}</p> })}
            {data.anonymised.then(|| view! { <p class="report-badge">{t(R::ReportAnonymised)}</p> })}
            <h2>{t(R::ReportContents)}</h2>
            <ol class="report-contents">{contents.into_iter().map(|m| view! { <li>{t(m)}</li> }).collect_view()}</ol>
            <p class="report-prepared">{data.prepared}</p>
        </section>
        <section class="report-page" data-testid="report-method">
            <h2>{t(R::ReportMethod)}</h2>
            <p>{lang.format(R::ReportMethodText, &[("region", data.region)])}</p>
            <dl class="report-facts">
                <dt>{t(R::ReportSurveySize)}</dt><dd>{data.size}</dd>
                <dt>{t(R::ReportSurveyDate)}</dt><dd>{data.date}</dd>
                {data.source.map(|s| view! { <dt>{t(R::ReportSource)}</dt><dd>{s}</dd> })}
            </dl>
            <h3>{t(R::ReportDefinitions)}</h3>
            <dl class="report-definitions">
                {data.definitions.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        </section>
        <section class="report-page report-map" data-testid="report-map">
            <h2>{t(R::ReportMap)}</h2>
            <img src=data.map_src alt=data.map_alt data-testid="report-map-image"
                on:load=move |_| loaded() on:error=move |_| failed()/>
            <p class="def">{t(R::ReportMapText)}</p>
        </section>
        <section class="report-page report-flow" data-testid="report-glance">
            <h2>{t(R::ReportGlance)}</h2>
            {figure_table(lang, data.glance)}
            <h3>{t(R::ReportStages)}</h3>
            {stage_table}
            <dl class="report-definitions">
                {data.stage_defs.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        </section>
        <section class="report-page report-flow" data-testid="report-missing">
            <h2>{t(R::ReportMissing)}</h2>
            <h3>{t(R::ReportMissingStages)}</h3>
            {gaps}
            <p class="def">{lang.text(Msg::GapDefinition)}</p>
            <h3>{t(R::ReportMissingLinks)}</h3>
            {links}
            <p class="def">{lang.text(M::DefBrokenLink)}</p>
        </section>
        <section class="report-page" data-testid="report-opportunities">
            <h2>{t(R::ReportOpportunities)}</h2>
            <p class="def">{data.score_definition}</p>
            {opportunities}
        </section>
        <section class="report-page report-flow" data-testid="report-international">
            <h2>{t(R::ReportInternational)}</h2>
            {figure_table(lang, data.international)}
        </section>
    }
}

/// The "printable report" button; the report itself is written into the
/// page's body, shown only in print.
#[component]
pub fn ReportButton() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let report: RwSignal<Option<ReportData>> = RwSignal::new(None);
    // The print dialog opens once the map image is decoded, so the PDF has it.
    let pending = RwSignal::new(false);
    let print_now = move || {
        if pending.get_untracked() {
            pending.set(false);
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }
    };
    // A new dataset or language makes the written report stale.
    Effect::new(move |_| {
        store.read(Part::Workspace, |_| ());
        store.read(Part::Privacy, |_| ());
        store.lang();
        report.set(None);
    });
    let open = move |_| {
        pending.set(true);
        report.set(Some(collect(store, derived)));
    };
    view! {
        <section class="panel report-panel">
            <button type="button" data-testid="print-report" title=move || store.t(R::PrintReportHelp)
                on:click=open>{move || store.t(R::PrintReport)}</button>
            <p class="definition">{move || store.t(R::PrintReportHelp)}</p>
        </section>
        <Show when=move || report.with(Option::is_some)>
            <Portal>
                <div class="print-report" data-testid="printable-report" lang=move || store.lang().code()>
                    {move || report.get().map(|d| render(d, print_now))}
                </div>
            </Portal>
        </Show>
    }
}
