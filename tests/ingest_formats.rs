//! Survey files as field researchers really have them: workbooks, legacy
//! encodings, Kumu, Gephi, adjacency matrices, and broken files. Fixtures
//! are in tests/fixtures/formats, written by make_fixtures.py there.

mod common;

use clustermap::export::template_xlsx;
use clustermap::i18n::{describe_error, describe_problem, Lang};
use clustermap::ingest::{
    load, load_with, Action, IngestError, Issue, LoadOptions, Problem, SourceFile, PRESETS,
};
use clustermap::model::{ActorKind, Band, RelationKind};
use common::fixture;

fn formats(name: &str) -> SourceFile {
    fixture(&format!("formats/{name}"))
}

/// (file, row, column, value, issue, action) of a problem, for exact asserts.
type Key<'a> = (
    &'a str,
    Option<usize>,
    Option<&'a str>,
    Option<&'a str>,
    Issue,
    Action,
);

fn keys(problems: &[Problem]) -> Vec<Key<'_>> {
    problems
        .iter()
        .map(|p| {
            (
                p.file.as_str(),
                p.row,
                p.column.as_deref(),
                p.value.as_deref(),
                p.issue.clone(),
                p.action.clone(),
            )
        })
        .collect()
}

fn with_preset(id: &str) -> LoadOptions {
    LoadOptions {
        preset: Some(id.into()),
        ..LoadOptions::default()
    }
}

#[test]
fn turkish_workbook_with_quirks() {
    let loaded = load(&[formats("tr_survey.xlsx")]).unwrap();
    let d = &loaded.dataset;
    assert_eq!(d.meta.name, "Manisa Döküm Kümesi");
    assert_eq!(d.meta.region, "Manisa");
    assert_eq!(d.stages.len(), 4);
    assert_eq!(d.stages[3].band, Band::Support);
    assert_eq!(d.stages[1].name_tr.as_deref(), Some("Talaşlı imalat"));
    // The header sits below a title row; Turkish stage names match.
    assert_eq!(d.actors.len(), 4);
    let isik = &d.actors[0];
    assert_eq!(isik.name, "Işık Makina San. ve Tic. A.Ş.");
    assert_eq!(isik.stages, vec!["talasli", "montaj"], "multi-value cell");
    assert_eq!(isik.employees, Some(85), "a number cell, not 85.0");
    assert_eq!(isik.export_share, Some(12.5), "decimal comma");
    assert_eq!(d.actors[1].kind, ActorKind::Supplier);
    assert_eq!(d.actors[2].kind, ActorKind::University);
    // Names typed differently across sheets resolve; "3,5" rounds to 4.
    let rel: Vec<_> = d
        .relations
        .iter()
        .map(|r| (r.source, r.target, r.kind, r.strength, r.volume))
        .collect();
    assert_eq!(
        rel,
        vec![
            (1, 0, RelationKind::Supply, 4, Some(1_250_000.0)),
            (3, 0, RelationKind::Supply, 4, None),
            (2, 1, RelationKind::Knowledge, 2, None),
        ]
    );
    assert_eq!(d.sourcing.len(), 1);
    assert_eq!(
        keys(&loaded.problems),
        vec![
            (
                "tr_survey.xlsx#Notlar",
                None,
                None,
                Some("Görüşmeler Mart 2025'te yapıldı."),
                Issue::UnknownSheet,
                Action::TableIgnored
            ),
            (
                // Excel's row: two title rows and a blank row above the header.
                "tr_survey.xlsx#Aktörler",
                Some(7),
                Some("employees"),
                Some("yaklaşık 20"),
                Issue::NotANumber,
                Action::ValueIgnored
            ),
            (
                "tr_survey.xlsx#İlişkiler",
                Some(5),
                Some("target"),
                Some("Yok Böyle Firma"),
                Issue::UnknownActor,
                Action::RowSkipped
            ),
        ]
    );
}

#[test]
fn german_windows_1252_semicolon_pair_keeps_umlauts() {
    let files = [
        formats("de_actors_1252.csv"),
        formats("de_relations_1252.csv"),
    ];
    let loaded = load_with(&files, &with_preset("machinery")).unwrap();
    let d = &loaded.dataset;
    let names: Vec<&str> = d.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Müller Gießerei GmbH",
            "Schäfer Zerspanung KG",
            "Hochschule Esslingen",
            "Weiß & Söhne Maschinenbau"
        ]
    );
    // German stage names match the preset, including one with commas.
    assert_eq!(d.actors[0].stages, vec!["casting_forging"]);
    assert_eq!(d.actors[2].stages, vec!["testing"]);
    assert_eq!(d.actors[3].employees, Some(1250));
    assert_eq!(d.actors[0].export_share, Some(35.5));
    // "MÜLLER GIESSEREI GMBH" is Müller Gießerei.
    let rel: Vec<_> = d
        .relations
        .iter()
        .map(|r| (r.source, r.target, r.kind, r.strength))
        .collect();
    assert_eq!(
        rel,
        vec![
            (0, 3, RelationKind::Supply, 4),
            (1, 3, RelationKind::Supply, 3),
            (2, 0, RelationKind::Knowledge, 2)
        ]
    );
    assert_eq!(
        keys(&loaded.problems),
        vec![
            (
                "de_actors_1252.csv",
                None,
                None,
                Some("windows-1252"),
                Issue::LegacyEncoding,
                Action::Decoded("windows-1252".into())
            ),
            (
                "de_relations_1252.csv",
                None,
                None,
                Some("windows-1252"),
                Issue::LegacyEncoding,
                Action::Decoded("windows-1252".into())
            ),
            (
                "de_actors_1252.csv",
                None,
                None,
                None,
                Issue::NoStagesTable,
                Action::PresetStages("machinery".into())
            ),
            (
                "de_relations_1252.csv",
                Some(5),
                Some("target"),
                Some("Bäckerei Größ"),
                Issue::UnknownActor,
                Action::RowSkipped
            ),
        ]
    );
}

#[test]
fn every_encoding_reads_to_the_same_names() {
    for name in [
        "actors_utf8_bom.csv",
        "actors_utf16be_bom.csv",
        "actors_utf16le_nobom.csv",
    ] {
        let loaded = load(&[formats("stages_utf16le_bom.tsv"), formats(name)]).unwrap();
        let d = &loaded.dataset;
        assert_eq!(d.stages[1].name, "Talaşlı imalat", "{name}");
        assert_eq!(d.actors[0].name, "Gießerei Müller", "{name}");
        assert_eq!(d.actors[1].name, "Işık Makina", "{name}");
        assert_eq!(d.actors[1].stages, vec!["s2"], "{name}");
        assert!(loaded.problems.is_empty(), "{name}: {:?}", loaded.problems);
    }
    let turkish = load(&[formats("tr_actors_1254.csv")]).unwrap();
    assert_eq!(turkish.dataset.actors[0].name, "Işıklar Döküm");
    assert_eq!(turkish.dataset.actors[1].name, "Ağaoğlu Şirketi");
    assert_eq!(turkish.dataset.stages[1].name, "Talaşlı imalat");
    assert_eq!(
        turkish.problems[0].action,
        Action::Decoded("windows-1254".into())
    );
}

#[test]
fn ods_workbook_reads_like_csv() {
    let loaded = load(&[formats("survey.ods")]).unwrap();
    let d = &loaded.dataset;
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(d.actors[0].name, "Ödemiş Tarım");
    assert_eq!(d.actors[1].employees, Some(310), "310.0 in the cell");
    assert_eq!(d.relations.len(), 1);
}

#[test]
fn kumu_blueprint_and_json_get_stages_from_the_preset() {
    for file in ["kumu_blueprint.xlsx", "kumu.json"] {
        let loaded = load_with(&[formats(file)], &with_preset("fruit_veg")).unwrap();
        let d = &loaded.dataset;
        assert_eq!(d.stages.len(), 16, "{file}");
        assert_eq!(d.actors.len(), 3, "{file}");
        assert_eq!(d.actors[1].name, "Kırkağaç Cooperative");
        assert_eq!(d.actors[1].kind, ActorKind::Association);
        let rel: Vec<_> = d
            .relations
            .iter()
            .map(|r| (r.source, r.target, r.kind))
            .collect();
        assert_eq!(
            rel,
            vec![
                (1, 0, RelationKind::Supply),
                (2, 0, RelationKind::Collaboration)
            ],
            "{file}"
        );
        assert!(loaded
            .problems
            .iter()
            .any(|p| p.issue == Issue::NoStagesTable
                && p.action == Action::PresetStages("fruit_veg".into())));
    }
    let json = load(&[formats("kumu.json")]).unwrap();
    assert_eq!(json.dataset.actors[0].tags, vec!["export", "organic"]);
    assert_eq!(json.dataset.relations[0].strength, 4);
    // Without a preset: one generic stage holding every element.
    assert_eq!(json.dataset.stages.len(), 1);
    assert!(json
        .dataset
        .actors
        .iter()
        .all(|a| a.stages == ["value_chain"]));
    assert!(keys(&json.problems).contains(&(
        "kumu.json#elements",
        Some(3),
        Some("kind"),
        Some("Organization"),
        Issue::UnknownKind,
        Action::Defaulted("firm".into())
    )));
}

#[test]
fn gexf_and_graphml_skip_edges_to_unknown_nodes() {
    let gexf = load(&[formats("graph.gexf")]).unwrap();
    let d = &gexf.dataset;
    assert_eq!(d.actors[0].name, "Ege Döküm & Co");
    assert_eq!(d.actors[0].employees, Some(120));
    assert_eq!(d.actors[1].kind, ActorKind::Supplier);
    assert_eq!(d.actors[0].stages, vec!["casting"]);
    let rel: Vec<_> = d
        .relations
        .iter()
        .map(|r| (r.source, r.target, r.kind, r.strength))
        .collect();
    assert_eq!(
        rel,
        vec![
            (1, 0, RelationKind::Supply, 4),
            (2, 0, RelationKind::Knowledge, 2)
        ]
    );
    let unknown: Vec<_> = keys(&gexf.problems)
        .into_iter()
        .filter(|k| k.4 == Issue::UnknownActor)
        .collect();
    assert_eq!(
        unknown,
        vec![
            (
                "graph.gexf#edges",
                Some(3),
                Some("target"),
                Some("n9"),
                Issue::UnknownActor,
                Action::RowSkipped
            ),
            (
                "graph.gexf#edges",
                Some(4),
                Some("source"),
                Some("ghost"),
                Issue::UnknownActor,
                Action::RowSkipped
            ),
        ]
    );
    assert_eq!(d.actors.len(), 3, "no node invented for n9 or ghost");

    let graphml = load_with(&[formats("graph.graphml")], &with_preset("hvac_r")).unwrap();
    let d = &graphml.dataset;
    assert_eq!(d.actors[0].name, "Anadolu Klima");
    assert_eq!(d.actors[0].kind, ActorKind::Firm, "declared default");
    assert_eq!(d.actors[0].stages, vec!["units"]);
    assert_eq!(d.actors[2].kind, ActorKind::ServiceProvider);
    assert_eq!(d.relations.len(), 2);
    assert_eq!(d.relations[0].strength, 5);
    assert!(keys(&graphml.problems).contains(&(
        "graph.graphml#edges",
        Some(3),
        Some("target"),
        Some("x"),
        Issue::UnknownActor,
        Action::RowSkipped
    )));
}

#[test]
fn adjacency_matrices_from_csv_and_xlsx() {
    for file in ["matrix.csv", "matrix.xlsx"] {
        let loaded = load(&[formats(file)]).unwrap();
        let d = &loaded.dataset;
        assert_eq!(d.actors.len(), 4, "{file}");
        let rel: Vec<_> = d
            .relations
            .iter()
            .map(|r| (r.source, r.target, r.kind, r.strength))
            .collect();
        // Symmetric ties once each; 0 and empty are no tie.
        assert_eq!(
            rel,
            vec![
                (0, 1, RelationKind::Collaboration, 3),
                (0, 3, RelationKind::Collaboration, 2),
                (2, 3, RelationKind::Collaboration, 1)
            ],
            "{file}"
        );
    }
    let supply = LoadOptions {
        matrix_kind: RelationKind::Supply,
        ..LoadOptions::default()
    };
    let directed = load_with(&[formats("matrix.csv")], &supply).unwrap();
    assert_eq!(directed.dataset.relations.len(), 6, "both directions");
}

#[test]
fn template_workbook_reads_back_without_problems() {
    for lang in Lang::ALL {
        let bytes = template_xlsx(lang);
        let book: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
        assert_eq!(calamine::Reader::sheet_names(&book).len(), 5, "{lang:?}");
        let loaded = load(&[SourceFile::new("template.xlsx", bytes)]).unwrap();
        let d = &loaded.dataset;
        assert!(
            loaded.problems.is_empty(),
            "{lang:?}: {:?}",
            loaded.problems
        );
        assert_eq!(
            (
                d.stages.len(),
                d.actors.len(),
                d.relations.len(),
                d.sourcing.len()
            ),
            (3, 3, 2, 2),
            "{lang:?}"
        );
        assert_eq!(d.meta.region, "İzmir", "{lang:?}");
        assert_eq!(d.actors[0].employees, Some(120), "{lang:?}");
        assert_eq!(d.actors[0].export_markets, vec!["DE", "IT"], "{lang:?}");
        assert_eq!(d.actors[2].kind, ActorKind::University, "{lang:?}");
        assert_eq!(d.relations[1].kind, RelationKind::Knowledge, "{lang:?}");
    }
}

#[test]
fn presets_cover_the_five_sectors() {
    let ids: Vec<&str> = PRESETS.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        ["ict", "machinery", "hvac_r", "fruit_veg", "auto_repair"]
    );
}

#[test]
fn malformed_files_end_in_specific_errors() {
    let err = |name: &str| load(&[formats(name)]).unwrap_err();
    assert!(matches!(
        err("truncated.xlsx"),
        IngestError::Workbook { file, .. } if file == "truncated.xlsx"
    ));
    assert_eq!(
        err("png_renamed.csv"),
        IngestError::Binary {
            file: "png_renamed.csv".into()
        }
    );
    assert_eq!(
        err("wide_10000.csv"),
        IngestError::TooManyColumns {
            file: "wide_10000.csv".into(),
            line: 2,
            columns: 10_000,
            limit: 2_000
        }
    );
    assert_eq!(
        err("unclosed_quote.csv"),
        IngestError::UnclosedQuote {
            file: "unclosed_quote.csv".into(),
            line: 3
        }
    );
    assert!(matches!(
        err("deep.json"),
        IngestError::Json { file, line: 1, message, .. }
            if file == "deep.json" && message.contains("recursion limit")
    ));
    assert!(matches!(
        err("broken.gexf"),
        IngestError::Xml { file, line: 5, .. } if file == "broken.gexf"
    ));
    assert_eq!(
        err("not_a_graph.xml"),
        IngestError::UnknownXml {
            file: "not_a_graph.xml".into(),
            root: "html".into()
        }
    );
    assert_eq!(
        load(&[SourceFile::new("empty.xlsx", "  \n")]),
        Err(IngestError::Empty {
            file: "empty.xlsx".into()
        })
    );
    // Every error names its file in all three languages.
    for e in [
        err("truncated.xlsx"),
        err("png_renamed.csv"),
        err("wide_10000.csv"),
        err("unclosed_quote.csv"),
        err("broken.gexf"),
        err("not_a_graph.xml"),
    ] {
        for lang in Lang::ALL {
            let text = describe_error(lang, &e);
            assert!(
                text.contains(".csv")
                    || text.contains(".xlsx")
                    || text.contains(".gexf")
                    || text.contains(".xml"),
                "{text}"
            );
            assert!(!text.contains('{'), "{text}");
        }
    }
}

#[test]
fn malformed_rows_end_in_specific_problems() {
    // Header only: the table is reported and left out, the rest loads.
    let loaded = load(&[
        formats("actors_utf8_bom.csv"),
        formats("header_only_relations.csv"),
    ])
    .unwrap();
    assert!(keys(&loaded.problems).contains(&(
        "header_only_relations.csv",
        None,
        None,
        None,
        Issue::NoRows,
        Action::TableIgnored
    )));
    // Mostly UTF-8 with a broken byte: kept as UTF-8, the line is reported.
    let broken = load(&[formats("invalid_utf8.csv")]).unwrap();
    assert_eq!(broken.dataset.actors[0].name, "Çiğli Elektronik");
    assert_eq!(
        keys(&broken.problems)[0],
        (
            "invalid_utf8.csv",
            Some(2),
            None,
            None,
            Issue::InvalidUtf8,
            Action::Replaced
        )
    );
    for p in &broken.problems {
        for lang in Lang::ALL {
            let (issue, action) = describe_problem(lang, p);
            assert!(
                !issue.is_empty() && !action.contains('{'),
                "{issue} {action}"
            );
        }
    }
}

#[test]
fn fuzz_found_workbook_is_refused_not_panicking() {
    // calamine overflowed on this damaged sheet's cell reference
    // (fuzz/RESULTS.md); the sheet's checksum already says it is damaged.
    // Impossible references in intact sheets: tests/ingest_xlsx.rs.
    assert_eq!(
        load(&[formats("fuzz_crash_cell_ref.xlsx")]),
        Err(IngestError::Workbook {
            file: "fuzz_crash_cell_ref.xlsx".into(),
            message: "xl/worksheets/sheet1.xml: damaged (Invalid checksum)".into()
        })
    );
}

#[test]
fn text_named_like_a_workbook_is_read_as_text() {
    let stages = SourceFile::new("stages.xls", "id;name;band\ns;Stage;core\n");
    let actors = SourceFile::new("actors.xlsx", "id;name;stages\na;A;s\n");
    let loaded = load(&[stages, actors]).unwrap();
    assert_eq!(loaded.dataset.actors[0].stages, vec!["s"]);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
}

/// 1 KB that asks for a million copies of a row is refused before calamine
/// expands it, fast, with the row named; LibreOffice's padding of empty
/// repeated rows and cells stays harmless.
#[test]
fn ods_repeat_counts_are_capped_before_expansion() {
    let start = std::time::Instant::now();
    let e = load(&[formats("repeated_rows.ods")]).unwrap_err();
    assert_eq!(
        e,
        IngestError::RepeatedRow {
            file: "repeated_rows.ods#actors".into(),
            line: 2,
            repeats: 1_000_000,
            limit: 10_000
        }
    );
    assert!(start.elapsed().as_secs() < 2, "{:?}", start.elapsed());
    let text = describe_error(Lang::De, &e);
    assert!(
        text.contains("1.000.000") && text.contains("Zeile 2"),
        "{text}"
    );
    assert!(matches!(
        load(&[formats("repeated_columns.ods")]).unwrap_err(),
        IngestError::TooManyColumns { .. }
    ));
    let start = std::time::Instant::now();
    let padded = load(&[formats("padded.ods")]).unwrap();
    assert_eq!(padded.dataset.actors.len(), 1);
    assert_eq!(padded.dataset.actors[0].name, "Ege Gıda");
    assert!(start.elapsed().as_secs() < 2, "{:?}", start.elapsed());
}

/// A million duplicate rows (9 MB of stages) load with the first stage and
/// a report that keeps its first entries and counts the rest, so neither
/// the worker's answer nor the page's report grows with the flood.
#[test]
fn a_flood_of_duplicate_rows_gives_a_bounded_report() {
    let mut files = common::sample_csv();
    let mut stages = String::from("id,name,band\n");
    for _ in 0..1_000_000 {
        stages.push_str("s1,Yazılım geliştirme,core\n");
    }
    let at = files.iter().position(|f| f.name.starts_with("stages"));
    let at = at.unwrap_or_else(|| panic!("sample has a stages file"));
    files[at] = SourceFile::new("stages.csv", stages.into_bytes());
    let loaded = load(&files).unwrap();
    let problems = &loaded.problems;
    assert_eq!(problems.total(), 999_999 + unknown_stages(&loaded));
    assert_eq!(problems.listed().len(), clustermap::ingest::MAX_LISTED);
    let kinds = problems.by_kind();
    let dup = kinds
        .iter()
        .find(|k| k.issue == Issue::DuplicateId)
        .unwrap_or_else(|| panic!("{kinds:?}"));
    assert_eq!((dup.count, dup.rows), (999_999, Some((3, 1_000_001))));
    // The worker's answer stays small: well under a megabyte per 100k rows.
    let json = serde_json::to_vec(&loaded.problems).unwrap();
    assert!(json.len() < 2_000_000, "{} bytes", json.len());
}

/// Problems of the sample's actors whose stage the flooded stages file
/// no longer has.
fn unknown_stages(loaded: &clustermap::ingest::Loaded) -> usize {
    loaded
        .problems
        .by_kind()
        .iter()
        .filter(|k| k.issue != Issue::DuplicateId)
        .map(|k| k.count)
        .sum()
}

/// Lists the XLS candidates (make_xls_mutants.py) that crash the reader.
#[test]
#[ignore]
fn xls_mutants_scan() {
    let dir = std::env::var("XLS_CANDIDATES").unwrap_or("/tmp/xls_candidates".into());
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    let skip = std::env::var("XLS_SKIP").unwrap_or_default();
    for path in names {
        if skip
            .split(',')
            .any(|s| !s.is_empty() && path.to_string_lossy().contains(s))
        {
            continue;
        }
        eprintln!("trying {}", path.display());
        let bytes = std::fs::read(&path).unwrap();
        let file = SourceFile::new("x.xls", bytes);
        let started = std::time::Instant::now();
        let outcome = std::panic::catch_unwind(|| load(&[file]).map(|_| ()));
        let slow = started.elapsed().as_millis();
        if outcome.is_err() || slow > 1000 {
            println!("{} panicked={} ms={slow}", path.display(), outcome.is_err());
        }
    }
}

#[test]
fn legacy_xls_survey_reads() {
    let loaded = load(&[formats("survey.xls")]).unwrap();
    let d = &loaded.dataset;
    assert_eq!(d.actors.len(), 3);
    assert_eq!(d.actors[1].name, "İzmir Donanım");
    assert_eq!(d.actors[2].employees, Some(900));
    assert_eq!(d.relations.len(), 2);
}
