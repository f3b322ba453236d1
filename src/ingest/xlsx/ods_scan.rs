//! A look at an ODS sheet's repeat counts before calamine expands them.
//!
//! ODS stores identical consecutive rows once with
//! `table:number-rows-repeated`, so a 1 KB file can ask for a million
//! copies of a row; calamine expands them into memory, and the million
//! duplicate rows after it flood every later step. Real sheets repeat rows
//! with content a handful of times (LibreOffice folds identical rows), and
//! repeat *empty* rows by the million at the end of a sheet, which is
//! harmless because nothing follows them.

use std::io::{BufReader, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::ooxml::MAX_PART_BYTES;
use crate::ingest::error::IngestError;

/// Copies of one row with content that a sheet may ask for.
pub const MAX_REPEATED_ROWS: u64 = 10_000;

/// Cells (rows × columns up to the last row with content) an ODS sheet may
/// unpack to: a survey of 100,000 actors with 20 columns is 2 million, a
/// million relations with 6 columns 6 million.
pub const MAX_SHEET_CELLS: u64 = 10_000_000;

/// Where a sheet is while its XML streams by.
#[derive(Default)]
struct Sheet {
    name: String,
    /// Rows before the current one, repeats counted.
    rows: u64,
    /// Rows up to the last with content, repeats counted.
    used_rows: u64,
    /// Widest row with content, repeats counted.
    width: u64,
}

/// The row being read.
#[derive(Default)]
struct Row {
    repeats: u64,
    /// Cells so far, repeats counted.
    cells: u64,
    /// Cells up to the last with content: LibreOffice pads rows with
    /// thousands of repeated empty cells, which calamine drops.
    used: u64,
}

fn repeat(tag: &BytesStart, name: &str) -> u64 {
    tag.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

fn has_value(tag: &BytesStart) -> bool {
    tag.try_get_attribute("office:value-type")
        .ok()
        .flatten()
        .is_some()
}

/// Refuses an ODS package (`bytes`, named `file`) whose sheets would
/// unpack to more rows than they hold: a row with content repeated more
/// than [`MAX_REPEATED_ROWS`] times, or more than [`MAX_SHEET_CELLS`]
/// cells. A package this scan cannot read is left to calamine, whose
/// error names the fault.
///
/// Complexity: one streaming pass over `content.xml`, O(1) memory.
pub fn check(file: &str, bytes: &[u8]) -> Result<(), IngestError> {
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(entry) = archive.by_name("content.xml") else {
        return Ok(());
    };
    // One byte past the limit tells a part that is too large from one
    // that ends exactly there.
    let mut xml = Reader::from_reader(BufReader::new(entry.take(MAX_PART_BYTES + 1)));
    let mut buf = Vec::new();
    let mut sheet = Sheet::default();
    let mut row: Option<Row> = None;
    let mut tables = 0usize;
    let sheet_done = |sheet: &Sheet| -> Result<(), IngestError> {
        let cells = sheet.used_rows.saturating_mul(sheet.width);
        if cells > MAX_SHEET_CELLS {
            return Err(IngestError::SheetTooLarge {
                file: format!("{file}#{}", sheet.name),
                cells: cells as usize,
                limit: MAX_SHEET_CELLS as usize,
            });
        }
        Ok(())
    };
    loop {
        let event = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        match event {
            Event::Start(ref tag) | Event::Empty(ref tag) => {
                let empty = matches!(event, Event::Empty(_));
                match tag.name().as_ref() {
                    "table:table" => {
                        tables += 1;
                        if tables > super::MAX_SHEETS {
                            return Err(IngestError::TooManySheets {
                                file: file.to_string(),
                                sheets: tables,
                                limit: super::MAX_SHEETS,
                            });
                        }
                        let name = tag
                            .try_get_attribute("table:name")
                            .ok()
                            .flatten()
                            .map(|a| a.value.into_owned())
                            .unwrap_or_default();
                        sheet = Sheet {
                            name,
                            ..Sheet::default()
                        };
                    }
                    "table:table-row" => {
                        let r = Row {
                            repeats: repeat(tag, "table:number-rows-repeated"),
                            ..Row::default()
                        };
                        if empty {
                            sheet.rows = sheet.rows.saturating_add(r.repeats);
                        } else {
                            row = Some(r);
                        }
                    }
                    "table:table-cell" | "table:covered-table-cell" => {
                        if let Some(r) = row.as_mut() {
                            let n = repeat(tag, "table:number-columns-repeated");
                            r.cells = r.cells.saturating_add(n);
                            if has_value(tag) || !empty {
                                r.used = r.cells;
                            }
                        }
                    }
                    _ => {
                        if let Some(r) = row.as_mut() {
                            r.used = r.cells;
                        }
                    }
                }
            }
            Event::End(ref tag) => match tag.name().as_ref() {
                "table:table-row" => {
                    if let Some(r) = row.take() {
                        if r.used > 0 {
                            if r.repeats > MAX_REPEATED_ROWS {
                                return Err(IngestError::RepeatedRow {
                                    file: format!("{file}#{}", sheet.name),
                                    line: (sheet.rows + 1) as usize,
                                    repeats: r.repeats as usize,
                                    limit: MAX_REPEATED_ROWS as usize,
                                });
                            }
                            sheet.width = sheet.width.max(r.used);
                            sheet.used_rows = sheet.rows.saturating_add(r.repeats);
                        }
                        sheet.rows = sheet.rows.saturating_add(r.repeats);
                    }
                }
                "table:table" => sheet_done(&sheet)?,
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    if xml.buffer_position() > MAX_PART_BYTES {
        return Err(IngestError::PartTooLarge {
            file: file.to_string(),
            part: "content.xml".into(),
            limit_mb: (MAX_PART_BYTES >> 20) as usize,
        });
    }
    sheet_done(&sheet)
}
