//! The XLSX reader (src/ingest/xlsx/ooxml.rs) against what Excel and other
//! tools write: checked cell for cell against calamine on the fixtures and
//! templates, and on hand-made packages for the corners (prefixes, dates,
//! rich text, damaged parts).

mod common;

use std::io::{Cursor, Write};

use calamine::{open_workbook_from_rs, Reader, SheetType, Xlsx};
use clustermap::export::template_xlsx;
use clustermap::i18n::{describe_error, Lang};
use clustermap::ingest::xlsx::{cell_text, sheets};
use clustermap::ingest::{load, CellFault, IngestError, SourceFile};
use common::fixture;

/// Non-empty cells as (1-based row, column from the leftmost used one, text).
type Cells = Vec<(usize, usize, String)>;

fn ours(file: &SourceFile) -> Vec<(String, Cells)> {
    sheets(file)
        .unwrap()
        .into_iter()
        .map(|(name, rows)| {
            let cells = rows
                .iter()
                .flat_map(|r| {
                    r.cells
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| !t.is_empty())
                        .map(move |(c, t)| (r.line, c, t.clone()))
                })
                .collect();
            (name, cells)
        })
        .collect()
}

fn calamine(file: &SourceFile) -> Vec<(String, Cells)> {
    calamine_worksheets(file).unwrap_or_else(|e| panic!("{}: calamine: {e}", file.name))
}

/// Every worksheet as calamine reads it, in workbook order.
///
/// calamine also lists chart sheets among its sheet names; `sheets` does
/// not, since a chart sheet has no `sheetData` and so no cells. They are
/// left out here only after checking calamine finds no cell in them
/// either, so no cell can hide behind this.
fn calamine_worksheets(file: &SourceFile) -> Result<Vec<(String, Cells)>, calamine::XlsxError> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(file.bytes.clone()))?;
    let sheets = book.sheets_metadata().to_vec();
    let mut out = Vec::new();
    for sheet in sheets {
        let range = book.worksheet_range(&sheet.name)?;
        if sheet.typ == SheetType::ChartSheet {
            assert!(
                range.used_cells().next().is_none(),
                "{}#{}: a chart sheet with cells",
                file.name,
                sheet.name
            );
            continue;
        }
        let (top, _) = range.start().unwrap_or((0, 0));
        let mut cells: Cells = range
            .rows()
            .enumerate()
            .flat_map(|(i, row)| {
                row.iter()
                    .enumerate()
                    .map(move |(c, d)| (top as usize + i + 1, c, cell_text(d)))
            })
            .filter(|(_, _, t)| !t.is_empty())
            .collect();
        let left = cells.iter().map(|c| c.1).min().unwrap_or(0);
        for c in &mut cells {
            c.1 -= left;
        }
        out.push((sheet.name, cells));
    }
    Ok(out)
}

#[test]
fn reads_every_fixture_and_template_as_calamine_does() {
    let mut files: Vec<SourceFile> = ["tr_survey.xlsx", "kumu_blueprint.xlsx", "matrix.xlsx"]
        .iter()
        .map(|n| fixture(&format!("formats/{n}")))
        .collect();
    for lang in Lang::ALL {
        files.push(SourceFile::new("template.xlsx", template_xlsx(lang)));
    }
    files.push(SourceFile::new("made.xlsx", made_by_hand()));
    for file in &files {
        let (ours, theirs) = (ours(file), calamine(file));
        assert_eq!(ours.len(), theirs.len(), "{}", file.name);
        for ((name, cells), (their_name, their_cells)) in ours.iter().zip(&theirs) {
            assert_eq!(name, their_name, "{}", file.name);
            assert!(!cells.is_empty(), "{}#{name} read empty", file.name);
            assert_eq!(cells, their_cells, "{}#{name}", file.name);
        }
    }
}

/// The real-world workbooks of tests/fixtures/xlsx_corpus, by file name;
/// its README.md says which program wrote each, where it came from and
/// what it exercises.
fn corpus() -> Vec<SourceFile> {
    let dir = format!("{}/tests/fixtures/xlsx_corpus", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".xlsx") || n.ends_with(".xlsm"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| fixture(&format!("xlsx_corpus/{n}")))
        .collect()
}

/// Corpus workbooks that cannot be read, with the reason the reader gives.
const REFUSED: &[(&str, &str)] = &[
    // Damaged: the relationships part fails the archive's CRC (`unzip -t`
    // says so) and its XML is garbled ("worksheetx/sheet1.lns"). calamine's
    // own test for this file (issue 252) asks only for an error, not a panic.
    (
        "issue252.xlsx",
        "xl/_rels/workbook.xml.rels: damaged (File is larger than its declared uncompressed size)",
    ),
    // Password-protected: a compound file around an encrypted package,
    // which calamine refuses as well (`XlsxError::Password`).
    (
        "pass_protected.xlsx",
        "encrypted with a password (EncryptedPackage); save it again without one",
    ),
];

/// Up to five cells where two readings of a sheet differ, as
/// "row 3, column 2: ours "x", calamine "y"" (columns from the leftmost
/// used one, 0-based).
fn differences(ours: &Cells, theirs: &Cells) -> Vec<String> {
    use std::collections::BTreeMap;
    let map = |cells: &Cells| -> BTreeMap<(usize, usize), String> {
        cells
            .iter()
            .map(|(r, c, t)| ((*r, *c), t.clone()))
            .collect()
    };
    let (ours, theirs) = (map(ours), map(theirs));
    let mut places: Vec<&(usize, usize)> = ours.keys().chain(theirs.keys()).collect();
    places.sort();
    places.dedup();
    places
        .into_iter()
        .filter(|p| ours.get(p) != theirs.get(p))
        .take(5)
        .map(|p| {
            format!(
                "row {}, column {}: ours {:?}, calamine {:?}",
                p.0,
                p.1,
                ours.get(p),
                theirs.get(p)
            )
        })
        .collect()
}

/// Every workbook of the corpus, read by our reader and by calamine: the
/// same sheets in the same order and the same text in every cell.
#[test]
fn reads_every_corpus_workbook_as_calamine_does() {
    let files = corpus();
    assert!(files.len() >= 50, "only {} corpus workbooks", files.len());
    let (mut books, mut sheet_count, mut cell_count) = (0, 0, 0);
    let mut wrong = Vec::new();
    for file in &files {
        if REFUSED.iter().any(|(name, _)| *name == file.name) {
            continue;
        }
        let ours = ours(file);
        let theirs = calamine(file);
        let names = |book: &[(String, Cells)]| -> Vec<String> {
            book.iter().map(|(n, _)| n.clone()).collect()
        };
        if names(&ours) != names(&theirs) {
            wrong.push(format!(
                "{}: sheets {:?}, calamine {:?}",
                file.name,
                names(&ours),
                names(&theirs)
            ));
            continue;
        }
        for ((name, cells), (_, their_cells)) in ours.iter().zip(&theirs) {
            for d in differences(cells, their_cells) {
                wrong.push(format!("{}#{name}, {d}", file.name));
            }
            cell_count += cells.len();
        }
        sheet_count += ours.len();
        books += 1;
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(books + REFUSED.len(), files.len());
    // The corpus is not a handful of empty sheets: these are its totals.
    assert!(sheet_count >= 100, "{sheet_count} sheets");
    assert!(cell_count >= 20_000, "{cell_count} cells");
}

#[test]
fn the_corpus_readme_describes_every_workbook() {
    let readme = std::fs::read_to_string(format!(
        "{}/tests/fixtures/xlsx_corpus/README.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let listed: Vec<&str> = readme
        .lines()
        .filter_map(|l| l.strip_prefix("| `")?.split('`').next())
        .collect();
    let present: Vec<String> = corpus().into_iter().map(|f| f.name).collect();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, present, "README.md table against the folder");
    for (name, _) in REFUSED {
        assert!(listed.contains(name), "{name}");
    }
}

#[test]
fn refused_corpus_workbooks_say_why_in_each_language() {
    for (name, reason) in REFUSED {
        let err = load(&[fixture(&format!("xlsx_corpus/{name}"))]).unwrap_err();
        assert_eq!(
            err,
            IngestError::Workbook {
                file: name.to_string(),
                message: reason.to_string()
            }
        );
        for lang in Lang::ALL {
            let text = describe_error(lang, &err);
            assert!(text.starts_with(&format!("{name}: ")), "{text}");
            assert!(text.contains(reason), "{text}");
        }
    }
    let locked = fixture("xlsx_corpus/pass_protected.xlsx");
    let theirs: Result<Xlsx<_>, _> = open_workbook_from_rs(Cursor::new(locked.bytes));
    assert!(matches!(theirs, Err(calamine::XlsxError::Password)));
}

/// A corpus workbook with `from` replaced by `to` in its part `part`,
/// every other part copied as it is.
fn corpus_damaged(name: &str, part: &str, from: &str, to: &str) -> SourceFile {
    let original = fixture(&format!("xlsx_corpus/{name}"));
    let mut archive = zip::ZipArchive::new(Cursor::new(original.bytes)).unwrap();
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut replaced = false;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let entry_name = entry.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
        if entry_name == part {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains(from), "{name}/{part} has no {from:?}");
            bytes = text.replacen(from, to, 1).into_bytes();
            replaced = true;
        }
        zip.start_file(entry_name, options).unwrap();
        zip.write_all(&bytes).unwrap();
    }
    assert!(replaced, "{name} has no part {part}");
    SourceFile::new(name, zip.finish().unwrap().into_inner())
}

/// Damage inside a real workbook is refused with the file, sheet and cell
/// named, never a panic or a silently shifted grid.
#[test]
fn damage_in_a_real_workbook_names_file_sheet_and_cell() {
    let book = "libreoffice_tr_aktorler.xlsx";
    let sheet = "xl/worksheets/sheet1.xml";
    let cell = |cell: &str, fault| IngestError::SheetCell {
        file: book.into(),
        sheet: "Aktörler".into(),
        cell: cell.into(),
        fault,
    };
    let missing_text = corpus_damaged(
        book,
        sheet,
        r#"<c r="B3" s="0" t="s"><v>18</v>"#,
        r#"<c r="B3" s="0" t="s"><v>9999</v>"#,
    );
    assert_eq!(
        load(&[missing_text]).unwrap_err(),
        cell("B3", CellFault::MissingText)
    );
    let bad_reference = corpus_damaged(book, sheet, r#"<c r="C4""#, r#"<c r="C0""#);
    assert_eq!(
        load(&[bad_reference]).unwrap_err(),
        cell("C0", CellFault::Reference)
    );
    let cut = corpus_damaged(
        book,
        sheet,
        r#"<c r="E3" s="0" t="n"><v>45</v></c>"#,
        r#"<c r="E3" s="0" t="n"><v>45</v>"#,
    );
    assert_eq!(load(&[cut]).unwrap_err(), cell("E3", CellFault::CutShort));
    let err = load(&[corpus_damaged(
        book,
        sheet,
        r#"<v>18</v>"#,
        r#"<v>9999</v>"#,
    )])
    .unwrap_err();
    assert_eq!(
        describe_error(Lang::Tr, &err).split(':').next(),
        Some("libreoffice_tr_aktorler.xlsx, Aktörler sayfası, B3 hücresi")
    );
}

/// A package with zip entries `parts` (path, content).
fn package(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (path, content) in parts {
        zip.start_file(*path, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;
const ROOT_RELS: &str = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

/// One sheet "Aktörler" with shared and inline strings, numbers, a date,
/// a boolean, a formula's text and a cell with an Office escape: what a
/// spreadsheet program writes, with the `x:` prefixes of the OpenXML SDK.
fn made_by_hand() -> Vec<u8> {
    package(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Aktörler" sheetId="1" r:id="rId1"/><x:sheet name="R&amp;D" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
        ),
        (
            "xl/sharedStrings.xml",
            r#"<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>Firma Adı</x:t></x:si><x:si><x:t>Kuruluş</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Anadolu D</x:t></x:r><x:r><x:t>öküm</x:t></x:r></x:si><x:si><x:t xml:space="preserve"> Ege_x000D_Fan </x:t></x:si><x:si><x:t>Çalışan Sayısı</x:t></x:si></x:sst>"#,
        ),
        (
            "xl/styles.xml",
            r#"<?xml version="1.0"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd\.mm\.yyyy"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="1"/><x:xf numFmtId="14" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>"#,
        ),
        (
            "xl/worksheets/sheet1.xml",
            r#"<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="B2:E4"/><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="s"><x:v>4</x:v></x:c><x:c r="E2" t="inlineStr"><x:is><x:t>Yerel</x:t></x:is></x:c></x:row><x:row r="3"><x:c r="B3" t="s"><x:v>2</x:v></x:c><x:c r="C3" s="1"><x:v>36526</x:v></x:c><x:c r="D3"><x:v>140</x:v></x:c><x:c r="E3" t="b"><x:v>1</x:v></x:c></x:row><x:row r="4"><x:c r="B4" t="s"><x:v>3</x:v></x:c><x:c r="C4" s="2"><x:v>45366.5</x:v></x:c><x:c r="D4"><x:v>12.5</x:v></x:c><x:c r="E4" t="str"><x:f>IF(D4&gt;10,"evet","hayır")</x:f><x:v>evet</x:v></x:c></x:row></x:sheetData></x:worksheet>"#,
        ),
        (
            "xl/worksheets/sheet2.xml",
            r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a &lt; b</t></is></c></row></sheetData></worksheet>"#,
        ),
    ])
}

#[test]
fn cells_read_as_a_person_typed_them() {
    let file = SourceFile::new("made.xlsx", made_by_hand());
    let read = ours(&file);
    let names: Vec<&str> = read.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Aktörler", "R&D"]);
    let text = |row, col| {
        read[0]
            .1
            .iter()
            .find(|c| c.0 == row && c.1 == col)
            .map(|c| c.2.as_str())
    };
    assert_eq!(text(2, 0), Some("Firma Adı"));
    assert_eq!(text(3, 0), Some("Anadolu Döküm"));
    assert_eq!(text(4, 0), Some("Ege\rFan"));
    assert_eq!(text(3, 1), Some("2000-01-01"));
    assert_eq!(text(4, 1), Some("2024-03-15 12:00:00"));
    assert_eq!(text(3, 2), Some("140"));
    assert_eq!(text(4, 2), Some("12.5"));
    assert_eq!(text(3, 3), Some("true"));
    assert_eq!(text(4, 3), Some("evet"));
    assert_eq!(read[1].1, [(1, 0, "a < b".to_string())]);
}

/// The hand-made package with its first sheet replaced by `sheet_data`.
fn with_sheet(sheet_data: &str) -> SourceFile {
    let xml = format!(
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
    );
    let bytes = package(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        (
            "xl/workbook.xml",
            r#"<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="actors" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        ("xl/worksheets/sheet1.xml", &xml),
    ]);
    SourceFile::new("broken.xlsx", bytes)
}

fn workbook_error(file: SourceFile) -> String {
    match load(&[file]) {
        Err(IngestError::Workbook { file, message }) => {
            assert_eq!(file, "broken.xlsx");
            message
        }
        other => panic!("expected a workbook error, got {other:?}"),
    }
}

#[test]
fn broken_sheets_are_refused_with_the_place_named() {
    let cell_error = |sheet_data: &str| load(&[with_sheet(sheet_data)]).unwrap_err();
    let cell = |cell: &str, fault| IngestError::SheetCell {
        file: "broken.xlsx".into(),
        sheet: "actors".into(),
        cell: cell.into(),
        fault,
    };
    assert_eq!(
        cell_error(r#"<row r="1"><c r="AAAAAAAAA1"><v>1</v></c></row>"#),
        cell("AAAAAAAAA1", CellFault::Reference)
    );
    assert_eq!(
        cell_error(r#"<row r="99999999999"><c><v>1</v></c></row>"#),
        cell("99999999999", CellFault::Reference)
    );
    assert_eq!(
        cell_error(r#"<row r="1"><c r="B1" t="s"><v>3</v></c></row>"#),
        cell("B1", CellFault::MissingText)
    );
    assert_eq!(
        cell_error(r#"<row r="1"><c r="C1"><v>1</v></row>"#),
        cell("C1", CellFault::CutShort)
    );
    assert_eq!(
        workbook_error(with_sheet(r#"<row r="1"><c r="A1"><v>1</v"#)),
        "sheet \"actors\": malformed XML ('<' inside a tag at byte 113)"
    );
    assert_eq!(
        load(&[with_sheet(r#"<row r="1"><c r="BXZ1"><v>1</v></c></row>"#)]),
        Err(IngestError::TooManyColumns {
            file: "broken.xlsx#actors".into(),
            line: 1,
            columns: 2_002,
            limit: 2_000
        })
    );
}

#[test]
fn broken_cells_are_explained_in_each_language() {
    let err = load(&[with_sheet(
        r#"<row r="1"><c r="B1" t="s"><v>3</v></c></row>"#,
    )])
    .unwrap_err();
    let texts: Vec<String> = Lang::ALL.iter().map(|&l| describe_error(l, &err)).collect();
    assert!(texts[0].starts_with("broken.xlsx, sheet actors, cell B1: the cell refers to a text"));
    assert!(texts[1].starts_with("broken.xlsx, actors sayfası, B1 hücresi:"));
    assert!(texts[2].starts_with("broken.xlsx, Blatt actors, Zelle B1:"));
}

#[test]
fn rows_without_references_follow_each_other() {
    let file = with_sheet(
        r#"<row><c t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>name</t></is></c></row><row><c t="inlineStr"><is><t>a1</t></is></c><c t="inlineStr"><is><t>Anadolu</t></is></c></row>"#,
    );
    let loaded = load(&[file]).unwrap();
    assert_eq!(loaded.dataset.actors.len(), 1);
    assert_eq!(loaded.dataset.actors[0].name, "Anadolu");
}

/// The cases real workbooks showed the reader getting wrong, in a package
/// as LibreOffice and generators write them (CRLF inside the XML, inline
/// strings with a cached value, an empty shared-string value), read as
/// calamine reads them.
fn real_world_cases() -> Vec<u8> {
    package(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Firmalar" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
        ),
        (
            "xl/sharedStrings.xml",
            "<?xml version=\"1.0\"?>\r\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Firma Adı</t></si><si><t>Not</t></si><si><t xml:space=\"preserve\">satır 1\r\nsatır 2</t></si><si><t/></si></sst>",
        ),
        (
            "xl/worksheets/sheet1.xml",
            "<?xml version=\"1.0\"?>\r\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\r\n<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>\r\n<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1.</t></is><v>1.</v></c><c r=\"B2\" t=\"s\"><v>2</v></c></row>\r\n<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>a_x000D_\r\nb</t></is></c><c r=\"B3\" t=\"s\"><v>3</v></c><c r=\"C3\" t=\"s\"><v></v></c></row>\r\n</sheetData></worksheet>",
        ),
    ])
}

#[test]
fn real_world_cases_read_as_calamine_does() {
    let file = SourceFile::new("real.xlsx", real_world_cases());
    let (ours, theirs) = (ours(&file), calamine(&file));
    let cells: Vec<&str> = ours[0].1.iter().map(|c| c.2.as_str()).collect();
    assert_eq!(
        cells,
        ["Firma Adı", "Not", "1.", "satır 1\nsatır 2", "a\r\nb"]
    );
    // calamine 0.38 reads an inline string followed by its cached `<v>` as
    // an empty cell; every other cell is the same.
    let without_a2: Cells = ours[0]
        .1
        .iter()
        .filter(|c| (c.0, c.1) != (2, 0))
        .cloned()
        .collect();
    assert_eq!(without_a2, theirs[0].1);
}

/// A survey-sized workbook: `rows` actors with shared-string names and
/// kinds, numeric employees and shares, as the bench's workbook.
fn big_workbook(rows: usize) -> Vec<u8> {
    let mut strings = String::from(
        r#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>id</t></si><si><t>name</t></si><si><t>kind</t></si><si><t>employees</t></si><si><t>export_share</t></si><si><t>firm</t></si><si><t>supplier</t></si>"#,
    );
    let mut sheet = String::from(
        r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>"#,
    );
    for i in 0..rows {
        let r = i + 2;
        strings.push_str(&format!("<si><t>Ege Firma {i} A.Ş.</t></si>"));
        sheet.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>a{i}</t></is></c><c r="B{r}" t="s"><v>{}</v></c><c r="C{r}" t="s"><v>{}</v></c><c r="D{r}"><v>{}</v></c><c r="E{r}"><v>{}.5</v></c></row>"#,
            7 + i,
            5 + i % 2,
            10 + i % 240,
            i % 100
        ));
    }
    strings.push_str("</sst>");
    sheet.push_str("</sheetData></worksheet>");
    package(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="actors" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
        ),
        ("xl/sharedStrings.xml", &strings),
        ("xl/worksheets/sheet1.xml", &sheet),
    ])
}

/// Reader timing, own reader against calamine, on the same bytes (figures
/// in BENCHMARKS.md). Run with the reader worker's profile:
/// `cargo test --profile reader --test ingest_xlsx -- --ignored --nocapture`.
#[test]
#[ignore = "timing, run by hand"]
fn reader_timing_own_against_calamine() {
    let file = SourceFile::new("big.xlsx", big_workbook(30_000));
    assert_eq!(ours(&file), calamine(&file), "same cells before timing");
    let time = |f: &dyn Fn() -> usize| {
        let mut runs: Vec<f64> = (0..9)
            .map(|_| {
                let t = std::time::Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        (runs[4], runs[0])
    };
    let own = time(&|| sheets(&file).map(|s| s.len()).unwrap_or(0));
    let theirs = time(&|| {
        let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(file.bytes.as_slice())).unwrap();
        let names = book.sheet_names();
        names
            .iter()
            .map(|n| {
                let range = book.worksheet_range(n).unwrap();
                // The text grid the app needs, as `sheets` returns it.
                range
                    .rows()
                    .map(|r| r.iter().map(cell_text).collect::<Vec<_>>().len())
                    .sum::<usize>()
            })
            .sum()
    });
    println!(
        "30,000-row workbook, {} KB: own reader median {:.1} ms (best {:.1}), calamine median {:.1} ms (best {:.1}), ratio {:.2}",
        file.bytes.len() / 1024,
        own.0,
        own.1,
        theirs.0,
        theirs.1,
        own.0 / theirs.0
    );
}

/// The template, the UI's column labels and the header recogniser agree:
/// every header the template writes, and every label the mapping step
/// shows, is read back as the column it names, in all three languages.
#[test]
fn every_template_header_and_column_label_is_recognised() {
    use clustermap::i18n::column_name;
    use clustermap::ingest::columns::{canonical, columns, recognise, sheet_kind};
    use clustermap::ingest::table::TableKind;
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let file = SourceFile::new("template.xlsx", template_xlsx(lang));
        for (sheet, rows) in sheets(&file).unwrap() {
            let kind = sheet_kind(&sheet).unwrap_or_else(|| panic!("{lang:?}: sheet {sheet}"));
            let header = &rows[0].cells;
            if kind != TableKind::Meta {
                assert_eq!(
                    recognise(header),
                    Some(kind),
                    "{lang:?} {sheet}: {header:?}"
                );
            }
            for h in header {
                if canonical(kind, h).is_none() {
                    wrong.push(format!("{lang:?} {sheet}: header {h:?}"));
                }
            }
        }
        for kind in TableKind::ALL {
            for (canon, _) in columns(kind) {
                let label = column_name(lang, kind, canon);
                if canonical(kind, label) != Some(*canon) {
                    wrong.push(format!("{lang:?} {kind:?}.{canon}: {label:?}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
