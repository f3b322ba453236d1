//! Workbooks (XLSX, ODS, and legacy XLS) via calamine: every sheet is read
//! like a CSV file, recognised by its header or by its name, so a whole
//! survey can arrive as one file. Kumu blueprints are workbooks too.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, DataRef, Ods, Reader, Xls, Xlsx};

use super::columns::sheet_kind;
use super::error::{Action, IngestError, Issue, Problem};
use super::grid::{interpret, GridRow, Outcome, MAX_COLUMNS};
use super::{kumu, Collected, LoadOptions, SourceFile};

/// Excel's own row limit; a sheet claiming more is corrupt.
const MAX_ROWS: u32 = 1_048_576;

type Bytes<'a> = Cursor<&'a [u8]>;

/// Reads every sheet of a workbook into the collection.
///
/// Sheets that match no table are reported and skipped (workbooks often
/// carry notes or charts); a workbook with no usable sheet is an error.
pub fn read(
    file: &SourceFile,
    options: &LoadOptions,
    out: &mut Collected,
) -> Result<(), IngestError> {
    let sheets = sheets(file)?;
    let names: Vec<String> = sheets.iter().map(|(n, _)| n.clone()).collect();
    let is_kumu = kumu::is_kumu_workbook(&names);
    let before = out.tables.len() + out.implied_actors.len();
    for (sheet, rows) in &sheets {
        let label = format!("{}#{sheet}", file.name);
        match interpret(&label, rows, sheet_kind(sheet), true, options, out) {
            Outcome::Read | Outcome::Blank => {}
            Outcome::Unknown(header) => out.notices.push(Problem {
                file: label,
                row: None,
                column: None,
                value: Some(header.join(", ")),
                issue: Issue::UnknownSheet,
                action: Action::TableIgnored,
            }),
        }
    }
    if is_kumu {
        for table in out.tables.iter_mut().skip(before) {
            kumu::complete_element_ids(table);
        }
    }
    let read_any = out.tables.len() + out.implied_actors.len() > before
        || out
            .notices
            .iter()
            .any(|n| n.issue == Issue::NoRows && n.file.starts_with(&file.name));
    if !read_any {
        return Err(IngestError::NoKnownSheet {
            file: file.name.clone(),
            sheets: names,
        });
    }
    Ok(())
}

/// All sheets as grids of text, in workbook order.
pub fn sheets(file: &SourceFile) -> Result<Vec<(String, Vec<GridRow>)>, IngestError> {
    let cursor = Cursor::new(file.bytes.as_slice());
    let broken = |message: String| IngestError::Workbook {
        file: file.name.clone(),
        message,
    };
    if file.bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        let mut book: Xls<Bytes> =
            open_workbook_from_rs(cursor).map_err(|e: calamine::XlsError| broken(e.to_string()))?;
        return ranges(&mut book, file);
    }
    if is_ods(&file.bytes) {
        let mut book: Ods<Bytes> =
            open_workbook_from_rs(cursor).map_err(|e: calamine::OdsError| broken(e.to_string()))?;
        return ranges(&mut book, file);
    }
    check_cell_references(&file.bytes).map_err(broken)?;
    let mut book: Xlsx<Bytes> =
        open_workbook_from_rs(cursor).map_err(|e: calamine::XlsxError| broken(e.to_string()))?;
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let mut reader = book
            .worksheet_cells_reader(&name)
            .map_err(|e| broken(format!("{name}: {e}")))?;
        let mut cells: BTreeMap<u32, Vec<(u32, String)>> = BTreeMap::new();
        while let Some(cell) = reader
            .next_cell()
            .map_err(|e| broken(format!("{name}: {e}")))?
        {
            let (row, col) = cell.get_position();
            let text = ref_text(cell.get_value());
            if text.is_empty() {
                continue;
            }
            if col as usize >= MAX_COLUMNS {
                return Err(IngestError::TooManyColumns {
                    file: format!("{}#{name}", file.name),
                    line: row as usize + 1,
                    columns: col as usize + 1,
                    limit: MAX_COLUMNS,
                });
            }
            if row >= MAX_ROWS {
                return Err(broken(format!("{name}: row {} beyond the sheet", row + 1)));
            }
            cells.entry(row).or_default().push((col, text));
        }
        out.push((name, to_grid(cells)));
    }
    Ok(out)
}

/// Longest cell reference parts Excel writes: "XFD" and "1048576".
const MAX_REF_LETTERS: usize = 3;
const MAX_REF_DIGITS: usize = 7;

/// Refuses worksheets whose cell references (`r="…"`, `ref="…"`) are longer
/// than any real sheet's.
///
/// calamine 0.38 multiplies such references up in a `u32` without
/// checking, which panics in debug builds (found by fuzzing, see
/// fuzz/RESULTS.md) and wraps to a wrong cell in release builds; a file
/// with them is corrupt either way, so it gets a clear error instead.
fn check_cell_references(bytes: &[u8]) -> Result<(), String> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // Not a readable zip: calamine reports that with its own message.
        return Ok(());
    };
    for i in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(i) else {
            continue;
        };
        let Ok(name) = entry.name().map(|n| n.to_string()) else {
            continue;
        };
        if !(name.starts_with("xl/worksheets/") && name.ends_with(".xml")) {
            continue;
        }
        // A damaged entry (bad CRC, cut short) is still scanned as far as
        // it reads: calamine parses such entries too.
        let mut xml = Vec::new();
        let _partial = std::io::Read::read_to_end(&mut entry, &mut xml);
        if let Some(bad) = bad_reference(&xml) {
            return Err(format!("{name}: cell reference \"{bad}\" out of range"));
        }
    }
    Ok(())
}

/// The first `r`/`ref` attribute value with an impossible cell reference.
fn bad_reference(xml: &[u8]) -> Option<String> {
    for pattern in [&b"r=\""[..], &b"ref=\""[..]] {
        let mut from = 0;
        while let Some(found) = xml
            .get(from..)
            .and_then(|rest| rest.windows(pattern.len()).position(|w| w == pattern))
        {
            let start = from + found;
            from = start + pattern.len();
            let after_space = start
                .checked_sub(1)
                .and_then(|p| xml.get(p))
                .is_some_and(u8::is_ascii_whitespace);
            if !after_space {
                continue;
            }
            let value_len = xml
                .get(from..)
                .and_then(|rest| rest.iter().position(|b| *b == b'"'))
                .unwrap_or(0);
            let value = xml.get(from..from + value_len).unwrap_or_default();
            for token in value.split(|b| matches!(b, b' ' | b':')) {
                let letters = token.iter().filter(|b| b.is_ascii_alphabetic()).count();
                let digits = token.iter().filter(|b| b.is_ascii_digit()).count();
                if letters > MAX_REF_LETTERS || digits > MAX_REF_DIGITS {
                    return Some(String::from_utf8_lossy(token).chars().take(40).collect());
                }
            }
        }
    }
    None
}

/// ODS is a zip whose first entry is `mimetype` naming the format.
fn is_ods(bytes: &[u8]) -> bool {
    bytes
        .get(30..120)
        .is_some_and(|head| head.windows(11).any(|w| w == b"opendocumen"))
}

/// Sparse cells to rows; blank rows are kept so row numbers match the
/// sheet, and columns are placed by position so headers line up.
fn to_grid(cells: BTreeMap<u32, Vec<(u32, String)>>) -> Vec<GridRow> {
    let first = cells.keys().next().copied().unwrap_or(0);
    let min_col = cells
        .values()
        .flat_map(|r| r.iter().map(|(c, _)| *c))
        .min()
        .unwrap_or(0);
    let mut grid = Vec::new();
    for (row, values) in cells {
        while grid.len() + (first as usize) < row as usize {
            grid.push(GridRow {
                line: grid.len() + first as usize + 1,
                cells: Vec::new(),
            });
        }
        let width = values
            .iter()
            .map(|(c, _)| (c - min_col) as usize + 1)
            .max()
            .unwrap_or(0);
        let mut line = vec![String::new(); width];
        for (col, text) in values {
            if let Some(slot) = line.get_mut((col - min_col) as usize) {
                *slot = text;
            }
        }
        grid.push(GridRow {
            line: row as usize + 1,
            cells: line,
        });
    }
    grid
}

/// Sheets of formats without a streaming reader (ODS caps its own size;
/// XLS is limited by its format to 256 columns and 65,536 rows).
fn ranges<'a, R>(
    book: &mut R,
    file: &SourceFile,
) -> Result<Vec<(String, Vec<GridRow>)>, IngestError>
where
    R: Reader<Bytes<'a>>,
    R::Error: std::fmt::Display,
{
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| IngestError::Workbook {
                file: file.name.clone(),
                message: format!("{name}: {e}"),
            })?;
        let (top, _) = range.start().unwrap_or((0, 0));
        if range.width() > MAX_COLUMNS {
            return Err(IngestError::TooManyColumns {
                file: format!("{}#{name}", file.name),
                line: top as usize + 1,
                columns: range.width(),
                limit: MAX_COLUMNS,
            });
        }
        let rows = range
            .rows()
            .enumerate()
            .map(|(i, cells)| GridRow {
                line: top as usize + i + 1,
                cells: cells.iter().map(cell_text).collect(),
            })
            .collect();
        out.push((name, rows));
    }
    Ok(out)
}

/// A cell as text, as a person would type it: integers without ".0",
/// dates as ISO dates, errors as Excel shows them.
pub fn cell_text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => {
            let (y, m, d, h, min, s, _) = dt.to_ymd_hms_milli();
            if dt.is_datetime() && (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else if dt.is_datetime() {
                format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02}:{s:02}")
            } else {
                number_text(dt.as_f64())
            }
        }
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn ref_text(data: &DataRef) -> String {
    match data {
        DataRef::SharedString(s) => s.trim().to_string(),
        other => cell_text(&Data::from(other.clone())),
    }
}

/// Whole numbers print without a fraction ("140", not "140.0"); others in
/// the shortest form that reads back to the same value.
pub fn number_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_cell_references_are_found() {
        let ok = br#"<dimension ref="A1:XFD1048576"/><row r="1"><c r="AB12" t="s">"#;
        assert_eq!(bad_reference(ok), None);
        let operator = br#"<cfRule operator="greaterThan"/>"#;
        assert_eq!(bad_reference(operator), None);
        let long = br#"<row r="1"><c r="AAAAAAAAA1">"#;
        assert_eq!(bad_reference(long).as_deref(), Some("AAAAAAAAA1"));
        let tall = br#"<row r="99999999999">"#;
        assert_eq!(bad_reference(tall).as_deref(), Some("99999999999"));
    }

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number_text(140.0), "140");
        assert_eq!(number_text(12.5), "12.5");
        assert_eq!(number_text(-3.0), "-3");
        assert_eq!(number_text(1e20), "100000000000000000000");
    }
}
