//! Any text as the XML inside an intact workbook: the bytes up to the
//! first NUL become the worksheet, the rest the shared strings, stored in
//! a valid package. The `xlsx` target mutates whole files, whose
//! checksums and compression stop most changes before the XML reader;
//! this one reaches the tokenizer, cell references, shared strings and
//! dates directly.
#![no_main]

use std::io::{Cursor, Write};

use clustermap::ingest::{load, SourceFile};
use libfuzzer_sys::fuzz_target;

const WORKBOOK: &str = r#"<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="actors" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const RELS: &str = r#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
const STYLES: &str = r#"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="46"/></cellXfs></styleSheet>"#;

fuzz_target!(|data: &[u8]| {
    let (sheet, strings) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    let parts: [(&str, &[u8]); 5] = [
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", RELS.as_bytes()),
        ("xl/styles.xml", STYLES.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", strings),
    ];
    for (path, content) in parts {
        if zip.start_file(path, stored).is_err() || zip.write_all(content).is_err() {
            return;
        }
    }
    let Ok(bytes) = zip.finish().map(Cursor::into_inner) else {
        return;
    };
    let _ = load(&[SourceFile::new("fuzz.xlsx", bytes)]);
});
