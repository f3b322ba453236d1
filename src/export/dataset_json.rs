//! A dataset written back in the canonical `clustermap/1` JSON format, so
//! that a saved or exported workspace loads again through the same reader
//! without loss.

use serde_json::{json, Map, Value};

use crate::model::Dataset;

/// Attributes as `[name, value]` pairs: an array keeps the file's order,
/// which a JSON object need not.
fn pairs(attributes: &crate::model::Attributes) -> Value {
    if attributes.is_empty() {
        return Value::Null;
    }
    Value::Array(attributes.iter().map(|(n, v)| json!([n, v])).collect())
}

/// The dataset as a canonical JSON document; `extra` top-level entries
/// (e.g. `"workspace"`) are added alongside and ignored by the reader.
pub fn dataset_json(d: &Dataset, extra: Map<String, Value>) -> String {
    let m = &d.meta;
    let opt = |v: Option<f64>| v.map_or(Value::Null, |x| json!(x));
    let mut doc = json!({
        "format": "clustermap/1",
        "meta": {
            "name": m.name, "region": m.region, "survey_date": m.survey_date, "currency": m.currency,
            "sector": m.sector, "language": m.language, "fictional": m.fictional.to_string(), "source": m.source,
        },
        "stages": d.stages.iter().map(|s| json!({
            "id": s.id, "name": s.name, "band": s.band.token(), "name_tr": s.name_tr, "name_de": s.name_de,
        })).collect::<Vec<_>>(),
        "actors": d.actors.iter().map(|a| json!({
            "id": a.id, "name": a.name, "kind": a.kind.token(), "stages": a.stages,
            "employees": a.employees, "export_share": opt(a.export_share), "export_markets": a.export_markets,
            "district": a.district, "lat": opt(a.lat), "lon": opt(a.lon), "locality": a.locality.token(),
            "founded": a.founded, "tags": a.tags, "notes": a.notes, "attributes": pairs(&a.attributes),
        })).collect::<Vec<_>>(),
        "relations": d.relations.iter().map(|r| json!({
            "source": d.actors[r.source].id, "target": d.actors[r.target].id, "kind": r.kind_label(),
            "strength": r.strength, "volume": opt(r.volume), "note": r.note,
            "original_weight": opt(r.weight), "attributes": pairs(&r.attributes),
        })).collect::<Vec<_>>(),
        "sourcing": d.sourcing.iter().map(|s| json!({
            "actor": d.actors[s.actor].id, "input_stage": d.stages[s.input_stage].id, "origin": s.origin.token(),
            "share": opt(s.share), "volume": opt(s.volume),
            // The answer as written, so evidence reads the same after a
            // reload; a reason word the vocabulary lacks then reads as
            // "other" again, as it did the first time.
            "reason": if s.reason_text.is_empty() { s.reason.map(|r| r.token().to_string()) } else { Some(s.reason_text.clone()) },
        })).collect::<Vec<_>>(),
    });
    if let Value::Object(map) = &mut doc {
        map.extend(extra);
    }
    // Compact: a 10,000-actor study is 40 % smaller than pretty-printed,
    // which matters for the browser's local storage quota.
    serde_json::to_string(&doc).unwrap_or_default()
}
