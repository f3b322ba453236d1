//! Hostile files (issue 17): each asks a reader for far more than a survey
//! needs, or for something it must never do, and each ends in its own
//! error naming the file, before the work it asks for is done. Fixtures:
//! tests/fixtures/hostile, written by make_hostile.py there.

mod common;

use std::time::{Duration, Instant};

use clustermap::i18n::{describe_error, Lang};
use clustermap::ingest::{load, IngestError, SourceFile};
use common::fixture;

fn hostile(name: &str) -> SourceFile {
    fixture(&format!("hostile/{name}"))
}

fn stages() -> SourceFile {
    SourceFile::new("stages.csv", "id,name,band\ns1,Software,core\n")
}

/// The error of loading `files`, and that every language names `file`.
fn refused(files: &[SourceFile], file: &str) -> IngestError {
    let error = load(files).expect_err("a hostile file must be refused");
    for lang in Lang::ALL {
        let text = describe_error(lang, &error);
        assert!(text.contains(file), "{lang:?}: {text}");
        assert!(!text.contains('{'), "{lang:?}: {text}");
    }
    error
}

#[test]
fn a_zip_bomb_stops_at_the_part_limit() {
    // 511 KB on disk, 512 MiB of sheet XML unpacked.
    let started = Instant::now();
    let error = refused(&[hostile("bomb.xlsx")], "bomb.xlsx");
    assert_eq!(
        error,
        IngestError::PartTooLarge {
            file: "bomb.xlsx".into(),
            part: "xl/worksheets/sheet1.xml".into(),
            limit_mb: 384,
        }
    );
    assert!(describe_error(Lang::En, &error).contains("more than 384 MiB"));
    assert!(describe_error(Lang::Tr, &error).contains("384 MiB"));
    // The limit, not the bomb, bounds the work (generous for debug builds).
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn an_ods_bomb_stops_at_the_same_limit() {
    let started = Instant::now();
    assert_eq!(
        refused(&[hostile("bomb.ods")], "bomb.ods"),
        IngestError::PartTooLarge {
            file: "bomb.ods".into(),
            part: "content.xml".into(),
            limit_mb: 384,
        }
    );
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn sizes_that_lie_in_the_directory_are_caught() {
    let error = refused(&[hostile("lying_sizes.xlsx")], "lying_sizes.xlsx");
    match error {
        IngestError::Workbook { file, message } => {
            assert_eq!(file, "lying_sizes.xlsx");
            assert!(message.contains("xl/worksheets/sheet1.xml"), "{message}");
            assert!(message.contains("declared"), "{message}");
        }
        other => panic!("expected a damaged workbook, got {other:?}"),
    }
}

#[test]
fn three_hundred_sheets_are_refused_before_any_is_read() {
    let started = Instant::now();
    let error = refused(&[hostile("sheets_300.xlsx")], "sheets_300.xlsx");
    assert_eq!(
        error,
        IngestError::TooManySheets {
            file: "sheets_300.xlsx".into(),
            sheets: 300,
            limit: 100,
        }
    );
    assert!(describe_error(Lang::De, &error).contains("300 Blätter"));
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn entity_declarations_are_refused_in_gexf_and_graphml() {
    for (name, line) in [("laughs.gexf", 2), ("external_entity.graphml", 2)] {
        let error = refused(&[hostile(name)], name);
        assert_eq!(
            error,
            IngestError::XmlEntities {
                file: name.into(),
                line
            },
            "{name}"
        );
        assert!(describe_error(Lang::En, &error).contains("does not expand them"));
    }
}

#[test]
fn an_attribute_naming_an_undeclared_entity_is_an_error_not_an_empty_name() {
    let error = refused(
        &[hostile("undeclared_entity.gexf")],
        "undeclared_entity.gexf",
    );
    match error {
        IngestError::Xml {
            file,
            line,
            message,
        } => {
            assert_eq!((file.as_str(), line), ("undeclared_entity.gexf", 2));
            assert!(message.contains("<node label="), "{message}");
            assert!(message.contains("inodot"), "{message}");
        }
        other => panic!("expected an XML error, got {other:?}"),
    }
    // The entities XML defines still read.
    let fine = "<?xml version=\"1.0\"?><gexf><graph><nodes>\
        <node id=\"a\" label=\"Ege &amp; Yaz&#305;l&#x131;m\"/><node id=\"b\" label=\"B\"/>\
        </nodes><edges><edge source=\"a\" target=\"b\"/></edges></graph></gexf>";
    let loaded = load(&[SourceFile::new("fine.gexf", fine)]).expect("plain entities read");
    assert!(loaded
        .dataset
        .actors
        .iter()
        .any(|a| a.name == "Ege & Yazılım"));
}

/// A CSV whose actors file has one cell of `chars` characters.
fn actors_with_cell(chars: usize) -> SourceFile {
    let mut bytes = b"id,name,stages\na1,Ege,s1\na2,".to_vec();
    bytes.extend(std::iter::repeat_n(b'x', chars));
    bytes.extend(b",s1\n");
    SourceFile::new("actors.csv", bytes)
}

#[test]
fn a_twenty_megabyte_cell_is_refused_naming_line_and_column() {
    let error = refused(&[stages(), actors_with_cell(20 << 20)], "actors.csv");
    assert_eq!(
        error,
        IngestError::CellTooLong {
            file: "actors.csv".into(),
            line: 3,
            column: 2,
            chars: 20 << 20,
            limit: 32_767,
        }
    );
    assert!(describe_error(Lang::En, &error).contains("20,971,520 characters"));
    assert!(describe_error(Lang::Tr, &error).contains("20.971.520 karakter"));
    // What Excel itself can hold still reads, whole.
    let loaded = load(&[stages(), actors_with_cell(32_767)]).expect("an Excel-sized cell");
    assert_eq!(loaded.dataset.actors[1].name.chars().count(), 32_767);
}

#[test]
fn a_long_cell_in_a_workbook_names_its_sheet() {
    // Characters, not bytes: 20,000 two-byte letters are within the limit.
    let wide = clustermap::ingest::grid::GridRow {
        line: 3,
        cells: vec!["ı".repeat(20_000)],
    };
    assert_eq!(
        clustermap::ingest::grid::check_cells("book.xlsx#actors", &wide),
        Ok(())
    );
    let long = "x".repeat(40_000);
    let grid = clustermap::ingest::grid::GridRow {
        line: 7,
        cells: vec!["a".into(), long],
    };
    assert_eq!(
        clustermap::ingest::grid::check_cells("book.xlsx#actors", &grid),
        Err(IngestError::CellTooLong {
            file: "book.xlsx#actors".into(),
            line: 7,
            column: 2,
            chars: 40_000,
            limit: 32_767,
        })
    );
}
