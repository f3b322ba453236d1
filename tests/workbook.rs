//! The XLSX workbooks (src/export/workbook/): the results in the user's
//! language re-read with calamine, the Kumu blueprint read back by our own
//! readers, formula-like names kept as text, and the anonymised mode.

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use clustermap::analysis::{AnalysisOptions, ClusterReport};
use clustermap::export::{kumu_workbook, results_workbook};
use clustermap::i18n::Lang;
use clustermap::ingest::{load, SourceFile};
use clustermap::model::Dataset;
use clustermap::privacy::{Disclosure, Privacy};
use clustermap::sample;

fn sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range.rows().map(|r| r.to_vec()).collect();
            (name, rows)
        })
        .collect()
}

fn results(d: &Dataset, lang: Lang, privacy: Privacy) -> Vec<u8> {
    let report = ClusterReport::build(d, &AnalysisOptions::default());
    results_workbook(d, &report, lang, &Disclosure::new(d, privacy)).unwrap()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

#[test]
fn results_workbook_has_every_table_in_the_language_with_numbers_as_numbers() {
    let d = sample::dataset();
    let report = ClusterReport::build(&d, &AnalysisOptions::default());
    let evidence: usize = report.opportunities.iter().map(|o| o.evidence.len()).sum();
    let expected_rows = [
        d.actors.len(),
        d.relations.len(),
        report.stages.len(),
        report.gaps.len() + report.thin_support.len(),
        report.broken_links.len(),
        report.opportunities.len(),
        evidence,
    ];
    assert!(evidence > 0 && !report.opportunities.is_empty());
    let names = [
        (
            Lang::En,
            [
                "Actors",
                "Relations",
                "Stages",
                "Gaps",
                "Missing links",
                "Opportunities",
                "Survey answers",
                "Internationalisation",
                "Definitions",
            ],
            "Code",
        ),
        (
            Lang::Tr,
            [
                "Aktörler",
                "İlişkiler",
                "Aşamalar",
                "Boşluklar",
                "Eksik halkalar",
                "Fırsatlar",
                "Anket yanıtları",
                "Uluslararasılaşma",
                "Tanımlar",
            ],
            "Kod",
        ),
        (
            Lang::De,
            [
                "Akteure",
                "Beziehungen",
                "Stufen",
                "Lücken",
                "Fehlende Glieder",
                "Chancen",
                "Antworten der Erhebung",
                "Internationalisierung",
                "Definitionen",
            ],
            "Kennung",
        ),
    ];
    for (lang, sheet_names, first) in names {
        let book = sheets(&results(&d, lang, Privacy::default()));
        let got: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, sheet_names, "{lang:?}");
        for (i, rows) in expected_rows.iter().enumerate() {
            assert_eq!(book[i].1.len(), rows + 1, "{lang:?} {}", book[i].0);
        }
        let actors = &book[0].1;
        assert_eq!(text(&actors[0][0]), first);
        // Kind in words, degree a number equal to the report's.
        let kind = clustermap::i18n::actor_kind(lang, d.actors[0].kind);
        assert_eq!(text(&actors[1][2]), kind);
        assert_eq!(actors[1][7], Data::Float(report.actors[0].degree as f64));
        // The definitions sheet defines every figure, none empty.
        let defs = &book[8].1;
        assert!(defs.len() > 15, "{lang:?}");
        assert!(defs.iter().skip(1).all(|r| !text(&r[1]).is_empty()));
    }
    let tr = sheets(&results(&d, Lang::Tr, Privacy::default()));
    let stage_header: Vec<String> = tr[2].1[0].iter().map(text).collect();
    assert_eq!(stage_header[0], "Aşama kodu");
    assert!(stage_header.contains(&"Fırsat puanı".to_string()));
}

/// Reads one part of an XLSX package.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

/// The style index of cell `r` in `sheet` and whether that style has the
/// quote prefix.
fn quote_prefixed(bytes: &[u8], sheet: &str, r: &str) -> bool {
    let xml = part(bytes, sheet);
    let at = xml.find(&format!("<c r=\"{r}\"")).unwrap();
    let cell = &xml[at..at + xml[at..].find('>').unwrap()];
    assert!(cell.contains("t=\"s\""), "{r} is a shared string: {cell}");
    let style: usize = cell
        .split("s=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map_or(0, |s| s.parse().unwrap());
    let styles = part(bytes, "xl/styles.xml");
    let xfs = &styles[styles.find("<cellXfs").unwrap()..styles.find("</cellXfs>").unwrap()];
    let xf = xfs.split("<xf ").nth(style + 1).unwrap();
    xf.contains("quotePrefix=\"1\"")
}

#[test]
fn a_formula_like_name_is_a_quote_prefixed_string() {
    let mut d = sample::dataset();
    let evil = "=HYPERLINK(\"http://x\",\"y\")";
    d.actors[0].name = evil.into();
    let bytes = results(&d, Lang::En, Privacy::default());
    let book = sheets(&bytes);
    assert_eq!(book[0].1[1][1], Data::String(evil.into()));
    assert!(quote_prefixed(&bytes, "xl/worksheets/sheet1.xml", "B2"));
    // An ordinary name next to it is not prefixed.
    assert!(!quote_prefixed(&bytes, "xl/worksheets/sheet1.xml", "B3"));
    assert!(!part(&bytes, "xl/worksheets/sheet1.xml").contains("<f>"));
    // The Kumu blueprint too.
    let kumu = kumu_workbook(&d, Lang::En, &Disclosure::default()).unwrap();
    assert_eq!(sheets(&kumu)[0].1[1][0], Data::String(evil.into()));
    assert!(quote_prefixed(&kumu, "xl/worksheets/sheet1.xml", "A2"));
    // And the CSV.
    let report = ClusterReport::build(&d, &AnalysisOptions::default());
    assert!(clustermap::export::actors_csv(&d, &report).contains("'=HYPERLINK("));
}

#[test]
fn the_kumu_blueprint_reads_back_with_the_same_actors_and_relations() {
    let mut d = sample::dataset();
    d.actors[0].attributes = vec![("Website".into(), "ege.example".into())];
    d.actors[1].tags = vec!["export".into(), "organic".into()];
    d.relations[0].attributes = vec![("Contract".into(), "2024".into())];
    let bytes = kumu_workbook(&d, Lang::En, &Disclosure::default()).unwrap();
    let book = sheets(&bytes);
    assert_eq!(book[0].0, "Elements");
    assert_eq!(book[1].0, "Connections");
    assert_eq!(text(&book[0].1[0][0]), "Label");
    assert_eq!(text(&book[1].1[0][0]), "From");
    let back = load(&[SourceFile::new("kumu.xlsx", bytes)])
        .unwrap()
        .dataset;
    assert_eq!(back.actors.len(), d.actors.len());
    for (a, b) in d.actors.iter().zip(&back.actors) {
        assert_eq!(
            (
                &a.id,
                &a.name,
                a.kind,
                a.employees,
                a.export_share,
                a.locality
            ),
            (
                &b.id,
                &b.name,
                b.kind,
                b.employees,
                b.export_share,
                b.locality
            )
        );
        assert_eq!(
            (&a.tags, &a.district, a.founded),
            (&b.tags, &b.district, b.founded)
        );
        assert_eq!(a.attributes, b.attributes, "{}", a.id);
    }
    assert_eq!(back.relations.len(), d.relations.len());
    let ends = |ds: &Dataset, r: &clustermap::model::Relation| {
        (
            ds.actors[r.source].id.clone(),
            ds.actors[r.target].id.clone(),
            r.kind,
            r.kind_label().to_string(),
            r.strength,
            r.volume,
            r.attributes.clone(),
        )
    };
    for (a, b) in d.relations.iter().zip(&back.relations) {
        assert_eq!(ends(&d, a), ends(&back, b));
    }
}

#[test]
fn anonymised_workbooks_name_no_firm() {
    let d = sample::dataset();
    let firms: Vec<&str> = d
        .actors
        .iter()
        .filter(|a| !a.kind.is_supporter())
        .map(|a| a.name.as_str())
        .collect();
    assert!(firms.len() > 5);
    let kumu = kumu_workbook(&d, Lang::Tr, &Disclosure::new(&d, Privacy::ANONYMISED)).unwrap();
    for bytes in [results(&d, Lang::Tr, Privacy::ANONYMISED), kumu] {
        for (sheet, rows) in sheets(&bytes) {
            for cell in rows.iter().flatten() {
                let t = text(cell);
                for name in &firms {
                    assert!(!t.contains(name), "{sheet}: {t:?} names {name}");
                }
            }
        }
    }
    // Counts of fewer than 3 firms are written "<3", as in the CSV.
    let anon = sheets(&results(&d, Lang::En, Privacy::ANONYMISED));
    let report = ClusterReport::build(&d, &AnalysisOptions::default());
    for (row, p) in anon[2].1.iter().skip(1).zip(&report.stages) {
        let n = p.demand.len();
        if (1..3).contains(&n) {
            assert_eq!(text(&row[4]), "<3");
        } else {
            assert_eq!(row[4], Data::Float(n as f64));
        }
    }
}
