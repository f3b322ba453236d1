//! Reading the canonical format from JSON and CSV, and what happens to bad
//! input. Fixtures are in tests/fixtures.

mod common;

use clustermap::ingest::{load, Action, Expected, IngestError, Issue, Problem, SourceFile};
use clustermap::model::{ActorKind, Band, Locality, Origin, RelationKind};
use common::{fixture, sample_csv};

#[test]
fn sample_json_loads_without_problems() {
    let loaded = load(&[fixture("../../src/sample/izmir_ict.json")]).expect("sample loads");
    let d = &loaded.dataset;
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(d.actors.len(), 50);
    assert_eq!(d.relations.len(), 141);
    assert_eq!(d.stages.len(), 16);
    assert_eq!(d.sourcing.len(), 38);
    assert!(d.meta.fictional);
    assert_eq!(d.meta.region, "İzmir");
    let ege = &d.actors[d.actor_index("egeelektronik").unwrap()];
    assert_eq!(ege.name, "Ege Elektronik A.Ş.");
    assert_eq!(ege.kind, ActorKind::Firm);
    assert_eq!(ege.employees, Some(140));
    assert_eq!(ege.export_markets, vec!["DE", "FR", "IQ", "SA"]);
    assert_eq!(d.stages[0].band, Band::Core);
    assert_eq!(
        d.stages[0].name_de.as_deref(),
        Some("Leiterplattenfertigung")
    );
}

#[test]
fn sample_csv_twin_reads_to_the_same_dataset() {
    let json = load(&[fixture("../../src/sample/izmir_ict.json")]).unwrap();
    let csv = load(&sample_csv()).unwrap();
    assert!(csv.problems.is_empty(), "{:?}", csv.problems);
    assert_eq!(csv.dataset.actors, json.dataset.actors);
    assert_eq!(csv.dataset.relations, json.dataset.relations);
    assert_eq!(csv.dataset.stages, json.dataset.stages);
    assert_eq!(csv.dataset.sourcing, json.dataset.sourcing);
    assert_eq!(csv.dataset.meta, json.dataset.meta);
}

#[test]
fn csv_files_may_come_in_any_order() {
    let mut files = sample_csv();
    files.reverse();
    let loaded = load(&files).unwrap();
    assert_eq!(loaded.dataset.relations.len(), 141);
    assert!(loaded.problems.is_empty());
}

#[test]
fn small_json_reads_defaults_and_directions() {
    let d = load(&[fixture("small/cluster.json")]).unwrap().dataset;
    assert_eq!(d.actors.len(), 5);
    let gamma = &d.actors[2];
    assert_eq!(gamma.locality, Locality::International);
    assert_eq!(
        d.actors[0].locality,
        Locality::Local,
        "locality defaults to local"
    );
    // c -> b supply without strength takes the documented default 3.
    let r = &d.relations[1];
    assert_eq!(
        (r.source, r.target, r.kind, r.strength),
        (2, 1, RelationKind::Supply, 3)
    );
    assert_eq!(d.relations[0].volume, Some(100.0));
    assert_eq!(d.sourcing[1].origin, Origin::National);
    assert_eq!(d.sourcing[1].share, None);
}

#[test]
fn turkish_semicolon_csv_with_names_and_regional_numbers() {
    let loaded = load(&[
        fixture("regional/actors_tr.csv"),
        fixture("regional/stages_tr.csv"),
        fixture("regional/relations_tr.csv"),
    ])
    .unwrap();
    let d = &loaded.dataset;
    assert_eq!(d.actors.len(), 3);
    assert_eq!(d.actors[0].name, "İzmir Döküm A.Ş.");
    assert_eq!(
        d.actors[0].employees,
        Some(1250),
        "1.250 is one thousand two hundred fifty"
    );
    assert_eq!(d.actors[0].export_share, Some(12.5));
    assert_eq!(d.actors[1].kind, ActorKind::Supplier);
    // Markup in a name is data, kept exactly; the UI renders it as text.
    assert_eq!(d.actors[2].name, "Ege <b>Kalıp</b> & Co");

    // "IŞIK MAKİNA" -> "Işık Makina", "izmir döküm a.ş." -> "İzmir Döküm A.Ş."
    // The weights 1–9 are on no 1–5 scale: the file's own range maps onto
    // 1–5 (4 → 2.5 → 3) and the written value is kept.
    let first = &d.relations[0];
    assert_eq!((first.source, first.target, first.strength), (1, 0, 3));
    assert_eq!(first.weight, Some(4.0));

    let p = &loaded.problems;
    let find = |issue: Issue| {
        p.iter()
            .find(|x| x.issue == issue)
            .unwrap_or_else(|| panic!("{issue:?} in {p:?}"))
    };
    let bad_employees = find(Issue::NotANumber);
    assert_eq!(
        (
            bad_employees.file.as_str(),
            bad_employees.row,
            bad_employees.column.as_deref(),
            bad_employees.value.as_deref()
        ),
        // Line 4 of the file: the header is line 1.
        ("actors_tr.csv", Some(4), Some("employees"), Some("abc"))
    );
    let share = find(Issue::OutOfRange);
    assert_eq!(
        (share.row, share.column.as_deref()),
        (Some(4), Some("export_share"))
    );
    let unknown = find(Issue::UnknownActor);
    assert_eq!(
        (
            unknown.file.as_str(),
            unknown.row,
            unknown.column.as_deref(),
            unknown.value.as_deref(),
            &unknown.action
        ),
        (
            "relations_tr.csv",
            Some(3),
            Some("target"),
            Some("Yok Böyle Firma"),
            &Action::RowSkipped
        )
    );
    let strength: Vec<&Problem> = p
        .iter()
        .filter(|x| x.column.as_deref() == Some("strength"))
        .collect();
    assert_eq!(strength.len(), 1, "reported once per file: {strength:?}");
    assert_eq!(
        (
            strength[0].row,
            &strength[0].issue,
            &strength[0].action,
            strength[0].value.as_deref()
        ),
        (None, &Issue::WeightScale, &Action::Rescaled, Some("1–9"))
    );
    assert_eq!(find(Issue::SelfRelation).row, Some(5));
    // Line 4 (strength 9) is kept with strength 5; lines 3 and 5 are skipped.
    assert_eq!(d.relations.len(), 2);
    assert_eq!(d.relations[1].kind, RelationKind::Collaboration);
    assert_eq!(d.relations[1].strength, 5);
}

#[test]
fn duplicate_ids_and_unknown_values_are_reported() {
    let json = r#"{
      "stages": [{"id": "s", "name": "S", "band": "middle"}],
      "actors": [
        {"id": "a", "name": "A", "kind": "wizard", "stages": ["s", "nowhere"], "colour": "red"},
        {"id": "a", "name": "A again"}
      ],
      "relations": [{"source": "a", "target": "a"}]
    }"#;
    let loaded = load(&[SourceFile::new("dup.json", json)]).unwrap();
    let issues: Vec<(&str, Option<usize>, Issue)> = loaded
        .problems
        .iter()
        .map(|p| (p.file.as_str(), p.row, p.issue.clone()))
        .collect();
    assert!(issues.contains(&("dup.json#stages", Some(1), Issue::UnknownBand)));
    assert!(issues.contains(&("dup.json#actors", Some(1), Issue::UnknownKind)));
    assert!(issues.contains(&("dup.json#actors", Some(1), Issue::UnknownStage)));
    assert!(issues.contains(&("dup.json#actors", Some(2), Issue::DuplicateId)));
    assert!(issues.contains(&("dup.json#actors", None, Issue::UnknownColumn)));
    assert!(issues.contains(&("dup.json#relations", Some(1), Issue::SelfRelation)));
    assert_eq!(loaded.dataset.actors.len(), 1);
    assert_eq!(loaded.dataset.actors[0].stages, vec!["s"]);
}

#[test]
fn ambiguous_names_are_not_guessed() {
    let json = r#"{
      "stages": [{"id": "s", "name": "S"}],
      "actors": [{"id": "a", "name": "Ege Kablo"}, {"id": "b", "name": "EGE  KABLO"}, {"id": "c", "name": "C"}],
      "relations": [{"source": "ege kablo", "target": "c"}]
    }"#;
    let loaded = load(&[SourceFile::new("amb.json", json)]).unwrap();
    assert!(loaded.dataset.relations.is_empty());
    assert_eq!(loaded.problems[0].issue, Issue::AmbiguousActor);
    assert_eq!(loaded.problems[0].value.as_deref(), Some("ege kablo"));
}

#[test]
fn malformed_files_end_in_specific_errors() {
    assert_eq!(load(&[]), Err(IngestError::NoFiles));
    assert_eq!(
        load(&[fixture("bad/empty.csv")]),
        Err(IngestError::Empty {
            file: "empty.csv".into()
        })
    );
    match load(&[fixture("bad/broken.json")]) {
        Err(IngestError::Json { file, line, .. }) => {
            assert_eq!((file.as_str(), line), ("broken.json", 3))
        }
        other => panic!("{other:?}"),
    }
    // Latin-1/Windows-1252 text is decoded, not refused; the report says so.
    let latin1 = load(&[fixture("bad/latin1.csv")]).unwrap();
    assert_eq!(latin1.dataset.actors[0].name, "Café Müller");
    assert_eq!(latin1.problems[0].issue, Issue::LegacyEncoding);
    assert_eq!(
        latin1.problems[0].action,
        Action::Decoded("windows-1252".into())
    );
    assert!(matches!(
        load(&[fixture("bad/unknown_header.csv")]),
        Err(IngestError::UnknownTable { file, header }) if file == "unknown_header.csv" && header == ["foo", "bar", "baz"]
    ));
    assert_eq!(
        load(&[fixture("bad/actors_not_array.json")]),
        Err(IngestError::JsonShape {
            file: "actors_not_array.json".into(),
            path: "actors".into(),
            expected: Expected::Array
        })
    );
    // Stages alone cannot make a map.
    assert_eq!(
        load(&[fixture("sample_csv/stages.csv")]),
        Err(IngestError::NoActors)
    );
    // A stages table none of whose rows is usable is still an error.
    let broken_stages = SourceFile::new("stages.csv", "id,name,band\n,,core\n");
    let actors = SourceFile::new("actors.csv", "id,name\na,A\n");
    assert_eq!(
        load(&[broken_stages, actors]),
        Err(IngestError::NoStages {
            file: "stages.csv".into()
        })
    );
}

#[test]
fn actors_alone_take_their_stages_from_the_stage_names_they_carry() {
    let loaded = load(&[fixture("sample_csv/actors.csv")]).unwrap();
    let d = &loaded.dataset;
    assert_eq!(d.actors.len(), 50);
    assert_eq!(d.stages[0].id, "components");
    assert!(d.stages.iter().all(|s| s.band == Band::Core));
    assert!(d.actors.iter().all(|a| !a.stages.is_empty()));
    let notice = &loaded.problems[0];
    assert_eq!(
        (notice.file.as_str(), &notice.issue, &notice.action),
        (
            "actors.csv",
            &Issue::NoStagesTable,
            &Action::StagesFromActors
        )
    );
}

#[test]
fn deeply_nested_json_is_refused_without_overflow() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let doc = format!(r#"{{"actors": {deep}}}"#);
    match load(&[SourceFile::new("deep.json", doc)]) {
        Err(IngestError::Json {
            file,
            line: 1,
            message,
            ..
        }) => {
            assert_eq!(file, "deep.json");
            assert!(message.contains("recursion limit"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn oversized_files_are_refused_before_reading() {
    let big = vec![b'a'; clustermap::ingest::MAX_FILE_BYTES + 1];
    assert!(matches!(
        load(&[SourceFile::new("huge.csv", big)]),
        Err(IngestError::TooLarge { file, .. }) if file == "huge.csv"
    ));
}

#[test]
fn utf8_bom_is_accepted() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(b"id,name,band\ns1,Stage,core\n");
    let stages = SourceFile::new("stages.csv", bytes);
    let actors = SourceFile::new("actors.csv", "id,name,stages\na,A,s1\n");
    let d = load(&[stages, actors]).unwrap().dataset;
    assert_eq!(d.stages[0].id, "s1");
    assert_eq!(d.actors[0].stages, vec!["s1"]);
}

/// Headers nobody recognises (a Turkish export with its own words) are
/// refused with the file named, shown in the mapping step, and read as the
/// user maps them; the choices are plain data, so they apply again.
#[test]
fn unrecognised_headers_are_mapped_by_hand() {
    use clustermap::ingest::mapping::{ColumnMapping, Decided, ValueType};
    use clustermap::ingest::table::TableKind;
    use clustermap::ingest::{inspect, load_with, LoadOptions};

    let files = [
        fixture("formats/mapping_firms.csv"),
        fixture("formats/mapping_ties.csv"),
    ];
    match load(&files) {
        Err(IngestError::UnknownTable { file, header }) => {
            assert_eq!(file, "mapping_firms.csv");
            assert_eq!(header[0], "Şirket");
        }
        other => panic!("expected UnknownTable, got {other:?}"),
    }
    let previews = inspect(&files, &LoadOptions::default());
    assert_eq!(previews.len(), 2, "{previews:?}");
    let firms = &previews[0];
    assert_eq!((firms.kind, firms.rows, firms.header_line), (None, 3, 1));
    assert!(firms.unsure());
    assert_eq!(firms.columns[1].header, "Personel");
    assert_eq!(firms.columns[1].inferred, ValueType::Number);
    assert_eq!(firms.columns[1].samples, ["45", "1.250", "12"]);
    assert_eq!(
        previews[1].columns[0].samples,
        ["Ege Kablo Ltd.", "Bornova Yazılım"]
    );

    let mut m = ColumnMapping::default();
    m.set_kind("mapping_firms.csv", Some(TableKind::Actors));
    m.set_column("mapping_firms.csv", "Şirket", Some("name"));
    m.set_kind("mapping_ties.csv", Some(TableKind::Relations));
    m.set_column("mapping_ties.csv", "Satıcı", Some("source"));
    m.set_column("mapping_ties.csv", "Alıcı", Some("target"));
    m.set_column("mapping_ties.csv", "Yoğunluk", Some("strength"));
    let options = LoadOptions {
        columns: m.clone(),
        ..LoadOptions::default()
    };
    let loaded = load_with(&files, &options).expect("mapped files load");
    let d = &loaded.dataset;
    let names: Vec<&str> = d.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        ["Ege Kablo Ltd.", "Izmir Anten A.Ş.", "Bornova Yazılım"]
    );
    let employees: Vec<Option<u32>> = d.actors.iter().map(|a| a.employees).collect();
    assert_eq!(employees, [Some(45), Some(1250), Some(12)]);
    assert_eq!(d.relations.len(), 2);
    let strengths: Vec<u8> = d.relations.iter().map(|r| r.strength).collect();
    assert_eq!(strengths, [4, 2]);
    assert!(
        d.relations.iter().all(|r| r.target == 1),
        "both sell to the antenna maker"
    );
    // The two columns left unmapped are kept as attributes of the actors
    // and reported so.
    let kept: Vec<&str> = loaded
        .problems
        .iter()
        .filter(|p| p.action == Action::KeptAsAttribute)
        .filter_map(|p| p.column.as_deref())
        .collect();
    assert_eq!(kept, ["Faaliyet alanı", "Not defteri"]);
    assert_eq!(
        d.actors[0].attributes,
        [
            ("Faaliyet alanı".to_string(), "Kablo üretimi".to_string()),
            ("Not defteri".to_string(), "x".to_string())
        ]
    );
    assert_eq!(
        d.actors[1].attributes,
        [("Faaliyet alanı".to_string(), "Anten".to_string())],
        "an empty cell is no attribute"
    );
    let firms = &loaded.columns[0];
    assert_eq!(firms.kind, Some(TableKind::Actors));
    let decided: Vec<Decided> = firms.columns.iter().map(|c| c.decided).collect();
    assert_eq!(
        decided,
        [
            Decided::Chosen,
            Decided::Recognised,
            Decided::Unmatched,
            Decided::Unmatched
        ]
    );
    assert!(firms.unsure(), "unmatched headers still need a look");

    // Ignoring them on purpose settles the grid.
    m.set_column("mapping_firms.csv", "Faaliyet alanı", None);
    m.set_column("mapping_firms.csv", "Not defteri", None);
    let options = LoadOptions {
        columns: m,
        ..LoadOptions::default()
    };
    let loaded = load_with(&files, &options).expect("still loads");
    assert!(
        loaded.columns.iter().all(|g| !g.unsure()),
        "{:?}",
        loaded.columns
    );
}

/// A recognised grid needs no look, and a choice can re-map a recognised
/// column (here: "Personel" read as the founding year instead).
#[test]
fn recognised_headers_can_be_corrected() {
    use clustermap::ingest::mapping::ColumnMapping;
    use clustermap::ingest::{load_with, LoadOptions};

    let files = sample_csv();
    let loaded = load(&files).unwrap();
    assert_eq!(loaded.columns.len(), 5);
    assert!(
        loaded.columns.iter().all(|g| !g.unsure()),
        "{:?}",
        loaded.columns
    );

    let mut m = ColumnMapping::default();
    m.set_column("actors.csv", "employees", None);
    let options = LoadOptions {
        columns: m,
        ..LoadOptions::default()
    };
    let remapped = load_with(&files, &options).unwrap();
    assert!(remapped
        .dataset
        .actors
        .iter()
        .all(|a| a.employees.is_none()));
    assert!(remapped
        .problems
        .iter()
        .any(|p| p.action == Action::ColumnIgnored && p.column.as_deref() == Some("employees")));
}

/// The page's own JSON path (the sample, the workspace kept in the
/// browser) reads a document the same as the full reader, refuses what is
/// not JSON, and the message for a reader that could not start names the
/// file in every language.
#[test]
fn the_pages_json_path_matches_the_reader() {
    use clustermap::i18n::{describe_error, Lang};
    use clustermap::ingest::load_own_json;
    let text = clustermap::sample::JSON;
    let own = load_own_json("izmir_ict.json", text).unwrap();
    let full = load(&[SourceFile::new("izmir_ict.json", text.as_bytes())]).unwrap();
    assert_eq!(own, full);
    assert_eq!(own.dataset.actors.len(), 50);
    assert!(matches!(
        load_own_json("pasted.json", "id,name\na,A\n"),
        Err(IngestError::Json { line: 1, .. })
    ));
    let err = IngestError::NeedsReader {
        file: "tr_survey.xlsx".into(),
    };
    for lang in Lang::ALL {
        assert!(describe_error(lang, &err).starts_with("tr_survey.xlsx: "));
    }
}

/// German exports written in ASCII name "Müller Gießerei" as "MUELLER
/// GIESSEREI": the relation still finds its actor; two actors whose names
/// fold alike are reported as ambiguous, not guessed.
#[test]
fn ascii_transliterations_of_german_names_match() {
    let actors = "id,name\nm1,Müller Gießerei GmbH\ns1,Schäfer Zerspanung KG\n";
    let relations = "source,target,strength\nMUELLER GIESSEREI GMBH,Schaefer Zerspanung KG,4\n";
    let loaded = load(&[
        SourceFile::new("actors.csv", actors),
        SourceFile::new("relations.csv", relations),
    ])
    .unwrap();
    assert_eq!(loaded.dataset.relations.len(), 1, "{:?}", loaded.problems);
    let r = &loaded.dataset.relations[0];
    assert_eq!((r.source, r.target), (0, 1));

    let twins = "id,name\nm1,Müller KG\nm2,Mueller KG\n";
    let tie = "source,target\nmueller kg,m2\n";
    let loaded = load(&[
        SourceFile::new("actors.csv", twins),
        SourceFile::new("relations.csv", tie),
    ])
    .unwrap();
    assert!(loaded.dataset.relations.is_empty());
    assert!(loaded
        .problems
        .iter()
        .any(|p| p.issue == Issue::AmbiguousActor));
}
