//! Saving and restoring a workspace loses nothing.

use clustermap::analysis::AnalysisOptions;
use clustermap::i18n::Lang;
use clustermap::ingest::mapping::ColumnMapping;
use clustermap::ingest::table::TableKind;
use clustermap::ingest::IngestError;
use clustermap::workspace::{Settings, Workspace};

fn settings(lang: Lang) -> Settings {
    Settings {
        lang: Some(lang.code().to_string()),
        ..Default::default()
    }
}

#[test]
fn sample_round_trips_through_the_saved_file() {
    let w = Workspace::sample();
    let text = w.to_saved(&settings(Lang::Tr));
    let (back, saved) = Workspace::from_saved("clustermap-workspace.json", &text).unwrap();
    assert_eq!(saved.language(), Some(Lang::Tr));
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
    let (back, saved) =
        Workspace::from_saved("out.json", &w.to_saved(&settings(Lang::De))).unwrap();
    assert_eq!(saved.language(), Some(Lang::De));
    assert_eq!(back.loaded.dataset, w.loaded.dataset);
}

#[test]
fn a_damaged_saved_workspace_is_an_error_not_a_panic() {
    let text = Workspace::sample().to_saved(&settings(Lang::En));
    let cut = &text[..text.len() / 2];
    assert!(matches!(
        Workspace::from_saved("saved", cut),
        Err(IngestError::Json { .. })
    ));
    assert!(Workspace::from_saved("saved", "").is_err());
}

#[test]
fn view_thresholds_preset_column_and_value_choices_survive_the_file() {
    let chosen = Settings {
        lang: Some("de".into()),
        view: "q=ege&view=network&pin=gediz:10.0:20.0".into(),
        options: AnalysisOptions {
            thin_ratio: 0.5,
            investor_min_firms: 8,
            weight_volume: 0.4,
            ..Default::default()
        },
        preset: Some("auto_repair".into()),
        columns: {
            let mut m = ColumnMapping::default();
            m.set_kind("firmalar.csv", Some(TableKind::Actors));
            m.set_column("firmalar.csv", "Şirket", Some("name"));
            m.set_column("firmalar.csv", "Renk", None);
            m
        },
        values: {
            let mut v = clustermap::ingest::mapping::ValueMapping::default();
            v.set(TableKind::Actors, "kind", "Zanaatkâr", Some("supplier"));
            v.set(TableKind::Relations, "kind", "test eder", None);
            v
        },
        privacy: clustermap::privacy::Privacy {
            anonymised: true,
            institution_names: true,
        },
        deck: {
            let mut d = clustermap::present::DeckEdits::default();
            d.edit("next", |e| e.points = Some(vec!["Vision: 12 May".into()]));
            d.edit("concept", |e| e.hidden = true);
            d
        },
    };
    let text = Workspace::sample().to_saved(&chosen);
    let (_, back) = Workspace::from_saved("w.json", &text).unwrap();
    assert_eq!(back, chosen);
    assert_eq!(Workspace::settings_in(text.as_bytes()), Some(chosen));
    // A plain data file has no settings; a version-1 file only a language.
    assert_eq!(Workspace::settings_in(b"{\"actors\": []}"), None);
    let v1 = r#"{"actors": [{"id": "a", "name": "A"}], "workspace": {"version": 1, "lang": "tr"}}"#;
    let (_, s) = Workspace::from_saved("v1.json", v1).unwrap();
    assert_eq!(s.language(), Some(Lang::Tr));
    assert_eq!(s.options, AnalysisOptions::default());
    // Nonsense thresholds in a hand-edited file fall back to defaults.
    let odd = r#"{"actors": [{"id": "a", "name": "A"}], "workspace": {"version": 2, "settings": {"options": {"thin_ratio": -3}}}}"#;
    let (_, s) = Workspace::from_saved("odd.json", odd).unwrap();
    assert_eq!(s.options.thin_ratio, AnalysisOptions::default().thin_ratio);
}

/// What the ingest worker sends back (dataset, report and the mapping
/// step's previews) arrives unchanged, empty fields and all.
#[test]
fn a_load_crosses_the_worker_boundary_unchanged() {
    use clustermap::ingest::{load, Loaded, SourceFile};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats/");
    let files: Vec<SourceFile> = ["de_actors_1252.csv", "de_relations_1252.csv"]
        .iter()
        .map(|f| SourceFile::new(*f, std::fs::read(format!("{dir}{f}")).unwrap()))
        .collect();
    let loaded = load(&files).unwrap();
    assert!(!loaded.problems.is_empty() && !loaded.columns.is_empty());
    for original in [loaded, Workspace::sample().loaded] {
        let wire = serde_json::to_string(&original).unwrap();
        let back: Loaded = serde_json::from_str(&wire).unwrap();
        assert_eq!(back, original);
    }
    // Empty fields are left out, so a large study crosses quickly.
    let wire = serde_json::to_string(&Workspace::sample().loaded.dataset).unwrap();
    assert!(
        !wire.contains("null") && !wire.contains("\"notes\":\"\""),
        "{}",
        &wire[..400]
    );
}
