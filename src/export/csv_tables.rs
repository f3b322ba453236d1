//! Result tables as CSV (comma, UTF-8 with BOM so Excel shows Turkish and
//! German letters right).

use crate::analysis::ClusterReport;
use crate::i18n::{stage_name, Lang};
use crate::model::Dataset;

const BOM: &str = "\u{feff}";

fn write(rows: Vec<Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail except on out-of-memory.
        let _ = w.write_record(&row);
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
    let mut extra: Vec<&str> = Vec::new();
    for a in &dataset.actors {
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
    for (a, m) in dataset.actors.iter().zip(&report.actors) {
        let mut row = vec![
            a.id.clone(),
            a.name.clone(),
            a.kind.token().into(),
            a.primary_stage().unwrap_or_default().into(),
            a.locality.token().into(),
            a.employees.map(|e| e.to_string()).unwrap_or_default(),
            num(a.export_share),
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
        rows.push(vec![
            stage.id.clone(),
            stage_name(lang, stage).into(),
            stage.band.token().into(),
            p.local_actors.len().to_string(),
            p.demand.len().to_string(),
            p.leaking_firms.len().to_string(),
            format!("{}", p.leaking_volume),
            format!("{:.4}", p.leakage_share()),
            p.missing.to_string(),
            p.thin.to_string(),
            opp.map(|o| format!("{:.1}", o.score)).unwrap_or_default(),
            opp.map(|o| o.action.token().to_string())
                .unwrap_or_default(),
        ]);
    }
    write(rows)
}
