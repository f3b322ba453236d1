//! Saving and restoring a workspace loses nothing.

use clustermap::i18n::Lang;
use clustermap::ingest::IngestError;
use clustermap::workspace::Workspace;

#[test]
fn sample_round_trips_through_the_saved_file() {
    let w = Workspace::sample();
    let text = w.to_saved(Lang::Tr);
    let (back, lang) = Workspace::from_saved("clustermap-workspace.json", &text).unwrap();
    assert_eq!(lang, Some(Lang::Tr));
    assert_eq!(back.sources, w.sources);
    assert_eq!(back.loaded.dataset, w.loaded.dataset);
    assert!(
        back.loaded.problems.is_empty(),
        "{:?}",
        back.loaded.problems
    );
}

#[test]
fn every_field_survives_including_optional_ones() {
    let json = r#"{"meta": {"name": "N", "currency": "EUR", "fictional": "false"},
      "stages": [{"id": "s", "name": "S", "band": "support", "name_de": "Stufe"}],
      "actors": [{"id": "a", "name": "A <i>x</i>", "kind": "research", "stages": ["s"], "lat": 38.4, "lon": 27.1,
                  "tags": ["t1", "t2"], "notes": "n", "founded": 1999, "locality": "national", "export_share": 12.5},
                 {"id": "b", "name": "B"}],
      "relations": [{"source": "a", "target": "b", "kind": "knowledge", "strength": 5, "volume": 1.5, "note": "x"}],
      "sourcing": [{"actor": "b", "input_stage": "s", "origin": "international", "share": 50, "reason": "price"}]}"#;
    let (w, _) = Workspace::from_saved("in.json", json).unwrap();
    let (back, lang) = Workspace::from_saved("out.json", &w.to_saved(Lang::De)).unwrap();
    assert_eq!(lang, Some(Lang::De));
    assert_eq!(back.loaded.dataset, w.loaded.dataset);
}

#[test]
fn a_damaged_saved_workspace_is_an_error_not_a_panic() {
    let text = Workspace::sample().to_saved(Lang::En);
    let cut = &text[..text.len() / 2];
    assert!(matches!(
        Workspace::from_saved("saved", cut),
        Err(IngestError::Json { .. })
    ));
    assert!(Workspace::from_saved("saved", "").is_err());
}
