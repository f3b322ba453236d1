//! The analysis as one JSON document, with ids instead of indices so it can
//! be read without the dataset.

use serde_json::{json, Value};

use crate::analysis::ClusterReport;
use crate::i18n::{rationale, stage_name, Lang};
use crate::model::Dataset;

/// The whole analysis: summary figures, per-actor metrics, stages, gaps,
/// broken links, opportunities with their evidence (the survey answers
/// behind them) and internationalisation. Texts are in `lang`.
pub fn report_json(dataset: &Dataset, report: &ClusterReport, lang: Lang) -> String {
    let actor_id = |i: usize| Value::String(dataset.actors[i].id.clone());
    let ids = |v: &[usize]| Value::Array(v.iter().map(|i| actor_id(*i)).collect());
    let stage_id = |s: usize| Value::String(dataset.stages[s].id.clone());
    let core: Vec<Value> = dataset.core_stages().map(|(i, _)| stage_id(i)).collect();
    let s = &report.summary;
    let doc = json!({
        "format": "clustermap-analysis/1",
        "language": lang.code(),
        "meta": dataset.meta,
        "options": report.options,
        "summary": {
            "actors": s.actors, "local_actors": s.local_actors, "outside_actors": s.outside_actors,
            "smes": s.smes, "institutions": s.institutions, "relations": s.relations,
            "relations_by_kind": s.relations_by_kind.iter().map(|(k, n)| (k.token().to_string(), json!(n))).collect::<serde_json::Map<_, _>>(),
            "other_kinds": s.other_kinds.iter().map(|(k, n)| json!({"kind": k, "relations": n})).collect::<Vec<_>>(),
            "density": s.density, "average_degree": s.average_degree,
            "components": s.components, "isolated": s.isolated,
            "core_stages": s.core_stages, "missing_stages": s.missing_stages,
            "ties": report.ties,
        },
        "actors": dataset.actors.iter().zip(&report.actors).map(|(a, m)| json!({
            "id": a.id, "name": a.name, "kind": a.kind.token(),
            "stage": a.primary_stage(), "locality": a.locality.token(),
            "employees": a.employees, "export_share": a.export_share,
            "degree": m.degree, "weighted_degree": m.weighted_degree,
            "supply_in": m.supply_in, "supply_out": m.supply_out,
            "betweenness": m.betweenness, "closeness": m.closeness, "community": m.community,
        })).collect::<Vec<_>>(),
        "network": {
            "communities": report.network.communities, "modularity": report.network.modularity,
            "betweenness_exact": report.network.betweenness_exact,
            "betweenness_samples": report.network.betweenness_samples,
            "betweenness_error_estimate": report.network.betweenness_error,
            "closeness_exact": report.network.closeness_exact,
            "closeness_error_estimate": report.network.closeness_error,
            "brokers": report.network.brokers.iter().map(|b| json!({
                "actor": actor_id(b.actor), "communities_reached": b.communities_reached, "participation": b.participation,
            })).collect::<Vec<_>>(),
        },
        "stages": report.stages.iter().map(|p| json!({
            "id": dataset.stages[p.stage].id, "name": stage_name(lang, &dataset.stages[p.stage]),
            "band": dataset.stages[p.stage].band.token(),
            "local_actors": ids(&p.local_actors), "outside_actors": ids(&p.outside_actors),
            "demand": ids(&p.demand), "leaking_firms": ids(&p.leaking_firms),
            "leaking_volume": p.leaking_volume, "leakage_share": p.leakage_share(),
            "missing": p.missing, "thin": p.thin,
            "main_reason": p.main_reason.map(|r| r.token()),
        })).collect::<Vec<_>>(),
        "stage_density": { "stages": core, "matrix": report.stage_density },
        "gaps": report.gaps.iter().map(|g| json!({
            "stage": stage_id(g.stage), "band": g.band.token(), "thin": g.thin, "outside_actors": ids(&g.outside_actors),
            "sourcing_outside": ids(&g.sourcing_outside), "volume_outside": g.volume_outside,
        })).collect::<Vec<_>>(),
        "thin_support_stages": report.thin_support.iter().map(|g| json!({
            "stage": stage_id(g.stage), "sourcing_outside": ids(&g.sourcing_outside), "volume_outside": g.volume_outside,
        })).collect::<Vec<_>>(),
        "broken_links": report.broken_links.iter().map(|b| json!({
            "from": stage_id(b.from_stage), "to": stage_id(b.to_stage), "buying_outside": ids(&b.buying_outside),
        })).collect::<Vec<_>>(),
        "opportunities": report.opportunities.iter().enumerate().map(|(rank, o)| {
            let p = &report.stages[o.stage];
            json!({
                "rank": rank + 1, "stage": stage_id(o.stage), "score": o.score, "score_parts": o.parts,
                "action": o.action.token(), "firms": ids(&o.firms), "volume": o.volume,
                "rationale": rationale(lang, dataset, o, p.demand.len(), p.thin),
                "evidence": o.evidence.iter().map(|i| {
                    let a = &dataset.sourcing[*i];
                    json!({
                        "actor": dataset.actors[a.actor].id, "input_stage": stage_id(a.input_stage),
                        "origin": a.origin.token(), "share": a.share, "volume": a.volume,
                        "reason": a.reason.map(|r| r.token()),
                    })
                }).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
        "internationalisation": {
            "firms_reporting": report.internationalisation.firms_reporting,
            "exporters": report.internationalisation.exporters,
            "exporter_share": report.internationalisation.exporter_share,
            "mean_export_share": report.internationalisation.mean_export_share,
            "markets": report.internationalisation.markets,
            "partners_abroad": ids(&report.internationalisation.partners_abroad),
            "gap_partners": report.internationalisation.gap_partners.iter()
                .map(|(s, who)| json!({"stage": stage_id(*s), "partners": ids(who)})).collect::<Vec<_>>(),
        },
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
