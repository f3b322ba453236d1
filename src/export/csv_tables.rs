//! Result tables as CSV (comma, UTF-8 with BOM so Excel shows Turkish and
//! German letters right).

use crate::analysis::ClusterReport;
use crate::i18n::{stage_name, Lang};
use crate::model::Dataset;
use crate::privacy::Disclosure;

const BOM: &str = "\u{feff}";

fn write(rows: Vec<Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail except on out-of-memory.
        let _ = w.write_record(
            row.iter()
                .map(|cell| super::neutralise(cell))
                .map(|c| c.into_owned()),
        );
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

fn num(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_default()
}

/// One row per actor: attributes and network metrics, then one column per
/// extra attribute the files carried (in first-seen order).
pub fn actors_csv(dataset: &Dataset, report: &ClusterReport) -> String {
    actors_csv_disclosed(dataset, report, Lang::En, &Disclosure::default())
}

/// [`actors_csv`] under a privacy choice: while anonymised, ids and names
/// are codes, employees and export shares bands, and the file's extra
/// columns (which may name people or firms) are left out. `lang` writes
/// the kind word of the codes and the bands' numbers.
pub fn actors_csv_disclosed(
    dataset: &Dataset,
    report: &ClusterReport,
    lang: Lang,
    disclosure: &Disclosure,
) -> String {
    let mut extra: Vec<&str> = Vec::new();
    for a in dataset
        .actors
        .iter()
        .filter(|_| disclosure.shows_free_text())
    {
        for (name, _) in &a.attributes {
            if !extra.contains(&name.as_str()) {
                extra.push(name);
            }
        }
    }
    let mut rows = vec![[
        "id",
        "name",
        "kind",
        "stage",
        "locality",
        "employees",
        "export_share",
        "degree",
        "weighted_degree",
        "supply_in",
        "supply_out",
        "betweenness",
        "closeness",
        "community",
    ]
    .iter()
    .copied()
    .chain(extra.iter().copied())
    .map(|s| s.to_string())
    .collect()];
    for (i, (a, m)) in dataset.actors.iter().zip(&report.actors).enumerate() {
        let mut row = vec![
            disclosure.public_id(dataset, i),
            disclosure.name(lang, dataset, i),
            a.kind.token().into(),
            a.primary_stage().unwrap_or_default().into(),
            a.locality.token().into(),
            a.employees
                .map(|e| disclosure.employees(lang, e))
                .unwrap_or_default(),
            match a.export_share {
                Some(x) if disclosure.is_anonymised() => disclosure.share(lang, x),
                other => num(other),
            },
            m.degree.to_string(),
            m.weighted_degree.to_string(),
            m.supply_in.to_string(),
            m.supply_out.to_string(),
            format!("{:.6}", m.betweenness),
            format!("{:.6}", m.closeness),
            m.community.to_string(),
        ];
        row.extend(extra.iter().map(|name| {
            crate::model::attribute(&a.attributes, name)
                .unwrap_or_default()
                .to_string()
        }));
        rows.push(row);
    }
    write(rows)
}

/// One row per stage: supply, demand, leakage and the opportunity score.
pub fn stages_csv(dataset: &Dataset, report: &ClusterReport, lang: Lang) -> String {
    stages_csv_disclosed(dataset, report, lang, &Disclosure::default())
}

/// [`stages_csv`] under a privacy choice: counts of fewer than 3 firms
/// are written "<3" and their volume and leakage share left empty; other
/// volumes are bands.
pub fn stages_csv_disclosed(
    dataset: &Dataset,
    report: &ClusterReport,
    lang: Lang,
    disclosure: &Disclosure,
) -> String {
    let mut rows = vec![[
        "stage_id",
        "stage",
        "band",
        "local_actors",
        "demand",
        "buying_outside",
        "volume_outside",
        "leakage_share",
        "missing",
        "thin",
        "opportunity_score",
        "action",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()];
    for p in &report.stages {
        let stage = &dataset.stages[p.stage];
        let opp = report.opportunities.iter().find(|o| o.stage == p.stage);
        let leaking = p.leaking_firms.len();
        let (volume, share) = if !disclosure.is_anonymised() {
            (
                format!("{}", p.leaking_volume),
                format!("{:.4}", p.leakage_share()),
            )
        } else if disclosure.shows_figure_about(leaking) {
            (
                disclosure.volume(lang, p.leaking_volume),
                format!("{:.1}", p.leakage_share()),
            )
        } else {
            (String::new(), String::new())
        };
        rows.push(vec![
            stage.id.clone(),
            stage_name(lang, stage).into(),
            stage.band.token().into(),
            p.local_actors.len().to_string(),
            disclosure.cell(p.demand.len()),
            disclosure.cell(leaking),
            volume,
            share,
            p.missing.to_string(),
            p.thin.to_string(),
            opp.map(|o| format!("{:.1}", o.score)).unwrap_or_default(),
            opp.map(|o| o.action.token().to_string())
                .unwrap_or_default(),
        ]);
    }
    write(rows)
}
