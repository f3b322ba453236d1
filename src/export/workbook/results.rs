//! The results workbook: the analysis in the user's language, one sheet
//! per table the results panel shows, numbers as numbers, and a sheet of
//! definitions. Anonymised exactly as the CSV export is
//! (`super::super::actors_csv_disclosed`, `stages_csv_disclosed`).

use super::{write, Cell, Sheet};
use crate::analysis::ClusterReport;
use crate::i18n::{
    action, actor_kind, band, evidence_line, locality, origin, rationale_disclosed, reason_label,
    relation_label, score_definition, stage_name, AnalysisMsg as A, Lang, WorkbookMsg as W,
};
use crate::model::Dataset;
use crate::privacy::Disclosure;

/// Texts, counts and figures of one export, under one privacy choice.
struct Ctx<'a> {
    lang: Lang,
    d: &'a Dataset,
    r: &'a ClusterReport,
    disc: &'a Disclosure,
}

impl Ctx<'_> {
    fn t(&self, m: W) -> String {
        self.lang.text(m).to_string()
    }

    fn a(&self, m: A) -> String {
        self.lang.text(m).to_string()
    }

    fn header(&self, titles: &[W]) -> Vec<String> {
        titles.iter().map(|m| self.t(*m)).collect()
    }

    fn yes_no(&self, b: bool) -> Cell {
        Cell::Text(self.t(if b { W::Yes } else { W::No }))
    }

    fn stage(&self, s: usize) -> Cell {
        Cell::text(stage_name(self.lang, &self.d.stages[s]))
    }

    fn name(&self, i: usize) -> Cell {
        Cell::text(self.disc.name(self.lang, self.d, i))
    }

    fn names(&self, ids: &[usize]) -> Cell {
        Cell::text(self.disc.names(self.lang, self.d, ids))
    }

    /// A count of firms: the number, or "<3" while anonymised.
    fn firms(&self, n: usize) -> Cell {
        if self.disc.shows_figure_about(n) {
            Cell::Number(n as f64)
        } else {
            Cell::Text(self.disc.cell(n))
        }
    }

    /// A volume summed over `firms` firms: the number, its band while
    /// anonymised, nothing for fewer than 3 firms.
    fn volume_of(&self, v: f64, firms: usize) -> Cell {
        if !self.disc.is_anonymised() {
            Cell::number(Some(v))
        } else {
            Cell::text(self.disc.volume_of(self.lang, v, firms).unwrap_or_default())
        }
    }

    /// A percentage (0–100) about one firm: the number, or its band.
    fn share(&self, pct: Option<f64>) -> Cell {
        match pct {
            Some(p) if self.disc.is_anonymised() => Cell::text(self.disc.share(self.lang, p)),
            other => Cell::number(other),
        }
    }
}

fn actors(c: &Ctx) -> Sheet {
    let (d, r) = (c.d, c.r);
    // Extra columns of the files may name people or firms.
    let mut extra: Vec<&str> = Vec::new();
    if c.disc.shows_free_text() {
        for a in &d.actors {
            for (name, _) in &a.attributes {
                if !extra.contains(&name.as_str()) {
                    extra.push(name);
                }
            }
        }
    }
    let mut header = c.header(&[
        W::HeadId,
        W::HeadName,
        W::HeadKind,
        W::HeadStage,
        W::HeadLocality,
        W::HeadEmployees,
        W::HeadExportShare,
        W::HeadDegree,
        W::HeadWeightedDegree,
        W::HeadSupplyIn,
        W::HeadSupplyOut,
        W::HeadBetweenness,
        W::HeadCloseness,
        W::HeadCommunity,
    ]);
    header.extend(extra.iter().map(|s| s.to_string()));
    let rows = d
        .actors
        .iter()
        .zip(&r.actors)
        .enumerate()
        .map(|(i, (a, m))| {
            let mut row = vec![
                Cell::text(c.disc.public_id(d, i)),
                c.name(i),
                Cell::text(actor_kind(c.lang, a.kind)),
                d.actor_stage(i).map_or(Cell::Empty, |s| c.stage(s)),
                Cell::text(locality(c.lang, a.locality)),
                match a.employees {
                    Some(e) if c.disc.is_anonymised() => Cell::text(c.disc.employees(c.lang, e)),
                    other => Cell::number(other.map(f64::from)),
                },
                c.share(a.export_share),
                Cell::Number(m.degree as f64),
                Cell::Number(f64::from(m.weighted_degree)),
                Cell::Number(m.supply_in as f64),
                Cell::Number(m.supply_out as f64),
                Cell::Number(m.betweenness),
                Cell::Number(m.closeness),
                Cell::Number(m.community as f64),
            ];
            row.extend(
                extra
                    .iter()
                    .map(|n| Cell::text(crate::model::attribute(&a.attributes, n).unwrap_or(""))),
            );
            row
        })
        .collect();
    Sheet {
        name: c.t(W::SheetActors),
        header,
        rows,
    }
}

fn relations(c: &Ctx) -> Sheet {
    let free = c.disc.shows_free_text();
    let mut titles = vec![W::HeadFrom, W::HeadTo, W::HeadKind, W::HeadStrength];
    titles.push(W::HeadVolume);
    if free {
        titles.push(W::HeadNote);
    }
    let rows =
        c.d.relations
            .iter()
            .map(|rel| {
                let mut row = vec![
                    c.name(rel.source),
                    c.name(rel.target),
                    Cell::text(relation_label(c.lang, rel)),
                    Cell::Number(f64::from(rel.strength)),
                    match rel.volume {
                        // A relation's volume is one firm's figure: a band.
                        Some(v) if c.disc.is_anonymised() => Cell::text(c.disc.volume(c.lang, v)),
                        other => Cell::number(other),
                    },
                ];
                if free {
                    row.push(Cell::text(rel.note.as_str()));
                }
                row
            })
            .collect();
    Sheet {
        name: c.t(W::SheetRelations),
        header: c.header(&titles),
        rows,
    }
}

fn stages(c: &Ctx) -> Sheet {
    let mut header = c.header(&[W::HeadStageId, W::HeadStage, W::HeadBand]);
    header.extend([
        c.a(A::ColLocal),
        c.a(A::ColDemand),
        c.a(A::ColLeaking),
        c.a(A::ColLeakage),
    ]);
    header.extend(c.header(&[W::HeadLeakageShare]));
    header.extend([c.a(A::StatusMissing), c.a(A::StatusThin)]);
    header.extend(c.header(&[W::HeadScore, W::HeadAction]));
    let rows =
        c.r.stages
            .iter()
            .map(|p| {
                let stage = &c.d.stages[p.stage];
                let opp = c.r.opportunities.iter().find(|o| o.stage == p.stage);
                let leaking = p.leaking_firms.len();
                let shows = c.disc.shows_figure_about(leaking);
                vec![
                    Cell::text(stage.id.as_str()),
                    c.stage(p.stage),
                    Cell::text(band(c.lang, stage.band)),
                    Cell::Number(p.local_actors.len() as f64),
                    c.firms(p.demand.len()),
                    c.firms(leaking),
                    c.volume_of(p.leaking_volume, leaking),
                    if shows {
                        Cell::Number(p.leakage_share() * 100.0)
                    } else {
                        Cell::Empty
                    },
                    c.yes_no(p.missing),
                    c.yes_no(p.thin),
                    Cell::number(opp.map(|o| o.score)),
                    opp.map_or(Cell::Empty, |o| Cell::text(action(c.lang, o.action))),
                ]
            })
            .collect();
    Sheet {
        name: c.t(W::SheetStages),
        header,
        rows,
    }
}

fn gaps(c: &Ctx) -> Sheet {
    let mut header = c.header(&[W::HeadStage, W::HeadBand]);
    header.push(c.a(A::ColStatus));
    header.extend(c.header(&[W::HeadOutsideActors]));
    header.extend([c.a(A::ColLeaking), c.a(A::ColLeakage)]);
    let gap_rows = c.r.gaps.iter().map(|g| {
        (
            g.stage,
            g.band,
            g.thin,
            &g.outside_actors[..],
            &g.sourcing_outside[..],
            g.volume_outside,
        )
    });
    let thin_rows = c.r.thin_support.iter().map(|g| {
        (
            g.stage,
            c.d.stages[g.stage].band,
            true,
            &[][..],
            &g.sourcing_outside[..],
            g.volume_outside,
        )
    });
    let rows = gap_rows
        .chain(thin_rows)
        .map(|(stage, b, thin, outside, sourcing, volume)| {
            vec![
                c.stage(stage),
                Cell::text(band(c.lang, b)),
                Cell::Text(c.a(if thin {
                    A::StatusThin
                } else {
                    A::StatusMissing
                })),
                c.names(outside),
                c.firms(sourcing.len()),
                c.volume_of(volume, sourcing.len()),
            ]
        })
        .collect();
    Sheet {
        name: c.t(W::SheetGaps),
        header,
        rows,
    }
}

fn links(c: &Ctx) -> Sheet {
    let rows =
        c.r.broken_links
            .iter()
            .map(|b| {
                let n = b.buying_outside.len();
                vec![
                    c.stage(b.from_stage),
                    c.stage(b.to_stage),
                    c.firms(n),
                    // Names of fewer than 3 firms would let them be counted.
                    if c.disc.shows_figure_about(n) {
                        c.names(&b.buying_outside)
                    } else {
                        Cell::Empty
                    },
                ]
            })
            .collect();
    Sheet {
        name: c.t(W::SheetLinks),
        header: c.header(&[
            W::HeadFromStage,
            W::HeadToStage,
            W::HeadFirmCount,
            W::HeadFirms,
        ]),
        rows,
    }
}

fn opportunities(c: &Ctx) -> (Sheet, Sheet) {
    let mut rows = Vec::new();
    let mut answers = Vec::new();
    for (rank, o) in c.r.opportunities.iter().enumerate() {
        let p = &c.r.stages[o.stage];
        let rank = (rank + 1) as f64;
        let lines: Vec<String> = o
            .evidence
            .iter()
            .filter_map(|i| c.d.sourcing.get(*i))
            .map(|s| evidence_line(c.lang, c.disc, c.d, s))
            .collect();
        rows.push(vec![
            Cell::Number(rank),
            c.stage(o.stage),
            Cell::Number(o.score),
            Cell::text(action(c.lang, o.action)),
            c.firms(o.firms.len()),
            c.volume_of(o.volume, o.firms.len()),
            Cell::text(rationale_disclosed(
                c.lang,
                c.d,
                o,
                p.demand.len(),
                p.thin,
                c.disc,
            )),
            Cell::text(lines.join("\n")),
        ]);
        for s in o.evidence.iter().filter_map(|i| c.d.sourcing.get(*i)) {
            let mut row = vec![
                Cell::Number(rank),
                c.stage(o.stage),
                c.name(s.actor),
                c.stage(s.input_stage),
                Cell::text(origin(c.lang, s.origin)),
                c.share(s.share),
                match s.volume {
                    Some(v) if c.disc.is_anonymised() => Cell::text(c.disc.volume(c.lang, v)),
                    other => Cell::number(other),
                },
                s.reason
                    .map_or(Cell::Empty, |r| Cell::text(reason_label(c.lang, r))),
            ];
            if c.disc.shows_free_text() {
                row.push(Cell::text(s.reason_text.as_str()));
            }
            answers.push(row);
        }
    }
    let mut evidence_header = c.header(&[
        W::HeadRank,
        W::HeadStage,
        W::HeadRespondent,
        W::HeadInput,
        W::HeadOrigin,
        W::HeadShare,
        W::HeadVolume,
        W::HeadReason,
    ]);
    if c.disc.shows_free_text() {
        evidence_header.push(c.t(W::HeadReasonWritten));
    }
    (
        Sheet {
            name: c.t(W::SheetOpportunities),
            header: c.header(&[
                W::HeadRank,
                W::HeadStage,
                W::HeadScore,
                W::HeadAction,
                W::HeadFirmCount,
                W::HeadVolume,
                W::HeadRationale,
                W::HeadEvidence,
            ]),
            rows,
        },
        Sheet {
            name: c.t(W::SheetEvidence),
            header: evidence_header,
            rows: answers,
        },
    )
}

fn international(c: &Ctx) -> Sheet {
    let i = &c.r.internationalisation;
    let shows = c.disc.shows_figure_about(i.exporters);
    let mut rows = vec![
        vec![
            Cell::Text(c.t(W::FirmsReporting)),
            c.firms(i.firms_reporting),
        ],
        vec![Cell::Text(c.a(A::FigureExporters)), c.firms(i.exporters)],
        vec![
            Cell::Text(c.t(W::ExporterShare)),
            if shows {
                Cell::Number(i.exporter_share * 100.0)
            } else {
                Cell::Empty
            },
        ],
        vec![
            Cell::Text(c.a(A::FigureMeanExport)),
            if !shows {
                Cell::Empty
            } else if c.disc.is_anonymised() {
                Cell::text(c.disc.share(c.lang, i.mean_export_share))
            } else {
                Cell::Number(i.mean_export_share)
            },
        ],
        vec![
            Cell::Text(c.a(A::FigurePartnersAbroad)),
            c.names(&i.partners_abroad),
        ],
    ];
    for (market, firms) in &i.markets {
        rows.push(vec![
            Cell::Text(c.lang.format(W::Market, &[("market", market.clone())])),
            c.firms(*firms),
        ]);
    }
    for (stage, who) in i.gap_partners.iter().filter(|(_, w)| !w.is_empty()) {
        let name = stage_name(c.lang, &c.d.stages[*stage]).to_string();
        rows.push(vec![
            Cell::Text(c.lang.format(W::GapPartnersOf, &[("stage", name)])),
            c.names(who),
        ]);
    }
    Sheet {
        name: c.t(W::SheetInternational),
        header: c.header(&[W::HeadFigure, W::HeadValue]),
        rows,
    }
}

fn definitions(c: &Ctx) -> Sheet {
    let pairs: Vec<(String, String)> = vec![
        (c.a(A::FigureLocalTies), c.a(A::DefLocalTies)),
        (c.a(A::FigureTripleHelix), c.a(A::DefTripleHelix)),
        (c.a(A::FigureResearchLinks), c.a(A::DefResearchLinks)),
        (c.a(A::FigureExporters), c.a(A::DefExporters)),
        (c.a(A::FigureMeanExport), c.a(A::DefMeanExport)),
        (c.a(A::FigureMarkets), c.a(A::DefMarkets)),
        (c.a(A::FigurePartnersAbroad), c.a(A::DefPartnersAbroad)),
        (c.a(A::FigureGapPartners), c.a(A::DefGapPartners)),
        (c.a(A::FigureCommunities), c.a(A::DefCommunities)),
        (c.a(A::FigureBrokers), c.a(A::DefBrokers)),
        (c.t(W::HeadDegree), c.a(A::DefDegree)),
        (c.t(W::HeadWeightedDegree), c.t(W::DefWeightedDegree)),
        (
            format!("{} / {}", c.t(W::HeadSupplyIn), c.t(W::HeadSupplyOut)),
            c.t(W::DefSupply),
        ),
        (c.t(W::HeadBetweenness), c.a(A::DefBetweenness)),
        (c.t(W::HeadCloseness), c.t(W::DefCloseness)),
        (c.a(A::ColDemand), c.a(A::DefDemand)),
        (c.a(A::ColLeaking), c.a(A::DefLeaking)),
        (c.a(A::ColLeakage), c.a(A::DefLeakage)),
        (
            c.a(A::StatusThin),
            crate::i18n::setting_definition(
                c.lang,
                crate::analysis::SettingId::ThinRatio,
                &c.r.options,
            ),
        ),
        (c.a(A::MissingLinksTitle), c.a(A::DefBrokenLink)),
        (c.t(W::HeadScore), score_definition(c.lang, &c.r.options)),
    ];
    let mut rows: Vec<Vec<Cell>> = pairs
        .into_iter()
        .map(|(term, def)| vec![Cell::text(term), Cell::text(def)])
        .collect();
    if c.disc.is_anonymised() {
        rows.push(vec![Cell::Empty, Cell::Text(c.t(W::DefAnonymised))]);
    }
    Sheet {
        name: c.t(W::SheetDefinitions),
        header: c.header(&[W::HeadTerm, W::HeadDefinition]),
        rows,
    }
}

/// The results workbook's sheets in `lang` under `disclosure`: actors with
/// their metrics, relations, the stage table, gaps, missing links,
/// opportunities, the survey answers behind them, internationalisation
/// and the definitions of every figure.
pub fn results_sheets(
    dataset: &Dataset,
    report: &ClusterReport,
    lang: Lang,
    disclosure: &Disclosure,
) -> Vec<Sheet> {
    let c = Ctx {
        lang,
        d: dataset,
        r: report,
        disc: disclosure,
    };
    let (opps, answers) = opportunities(&c);
    vec![
        actors(&c),
        relations(&c),
        stages(&c),
        gaps(&c),
        links(&c),
        opps,
        answers,
        international(&c),
        definitions(&c),
    ]
}

/// [`results_sheets`] as an XLSX package.
pub fn results_workbook(
    dataset: &Dataset,
    report: &ClusterReport,
    lang: Lang,
    disclosure: &Disclosure,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    write(&results_sheets(dataset, report, lang, disclosure))
}
