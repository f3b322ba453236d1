//! Workbooks (XLSX by our own reader, ODS and legacy XLS via calamine):
//! every sheet is read like a CSV file, recognised by its header or by its
//! name, so a whole survey can arrive as one file. Kumu blueprints are
//! workbooks too.

mod dates;
mod ods_scan;
mod ooxml;
mod tags;

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Ods, Reader, Xls};

use ooxml::{BookError, SparseRows};

use super::columns::sheet_kind;
use super::error::{Action, IngestError, Issue, Problem};
use super::grid::{check_cells, interpret, GridRow, Outcome, MAX_COLUMNS};
use super::{kumu, Collected, LoadOptions, SourceFile};

/// Excel's own row limit; a sheet claiming more is corrupt.
const MAX_ROWS: u32 = 1_048_576;

/// Sheets a workbook may have. A survey workbook has its tables and a few
/// notes; hundreds of sheets are one per respondent (not tables this app
/// reads) or a file made to be slow.
pub const MAX_SHEETS: usize = 100;

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
    for (sheet, rows) in sheets {
        let label = format!("{}#{sheet}", file.name);
        match interpret(&label, rows, sheet_kind(&sheet), true, options, out) {
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

/// All sheets as grids of text, in workbook order; a cell longer than
/// Excel allows refuses the workbook.
pub fn sheets(file: &SourceFile) -> Result<Vec<(String, Vec<GridRow>)>, IngestError> {
    let sheets = unchecked_sheets(file)?;
    for (name, rows) in &sheets {
        for row in rows {
            check_cells(&format!("{}#{name}", file.name), row)?;
        }
    }
    Ok(sheets)
}

fn unchecked_sheets(file: &SourceFile) -> Result<Vec<(String, Vec<GridRow>)>, IngestError> {
    let cursor = Cursor::new(file.bytes.as_slice());
    let broken = |message: String| IngestError::Workbook {
        file: file.name.clone(),
        message,
    };
    if file.bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        let mut book: Xls<Bytes> =
            open_workbook_from_rs(cursor).map_err(|e: calamine::XlsError| {
                // A password-protected XLSX is this same container holding an
                // encrypted package; the XLS reader's own complaint ("cannot
                // find Workbook stream") would not say why.
                if is_encrypted_package(&file.bytes) {
                    broken(
                        "encrypted with a password (EncryptedPackage); save it again without one"
                            .into(),
                    )
                } else {
                    broken(e.to_string())
                }
            })?;
        return ranges(&mut book, file);
    }
    if is_ods(&file.bytes) {
        ods_scan::check(&file.name, &file.bytes)?;
        let mut book: Ods<Bytes> =
            open_workbook_from_rs(cursor).map_err(|e: calamine::OdsError| broken(e.to_string()))?;
        return ranges(&mut book, file);
    }
    let sheets = ooxml::read(&file.bytes).map_err(|e| match e {
        BookError::Broken(message) => broken(message),
        BookError::TooLarge { part } => IngestError::PartTooLarge {
            file: file.name.clone(),
            part,
            limit_mb: (ooxml::MAX_PART_BYTES >> 20) as usize,
        },
        BookError::TooManySheets { sheets } => IngestError::TooManySheets {
            file: file.name.clone(),
            sheets,
            limit: MAX_SHEETS,
        },
        BookError::Cell { sheet, cell, fault } => IngestError::SheetCell {
            file: file.name.clone(),
            sheet,
            cell,
            fault,
        },
        BookError::TooWide { sheet, row, column } => IngestError::TooManyColumns {
            file: format!("{}#{sheet}", file.name),
            line: row as usize + 1,
            columns: column as usize + 1,
            limit: MAX_COLUMNS,
        },
    })?;
    Ok(sheets
        .into_iter()
        .map(|(name, cells)| (name, to_grid(cells)))
        .collect())
}

/// Office's encrypted workbooks (MS-OFFCRYPTO) keep the real package in a
/// compound-file stream named `EncryptedPackage`; the directory stores
/// names in UTF-16LE.
fn is_encrypted_package(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    memchr::memmem::find(bytes, &name).is_some()
}

/// ODS is a zip whose first entry is `mimetype` naming the format.
fn is_ods(bytes: &[u8]) -> bool {
    bytes
        .get(30..120)
        .is_some_and(|head| head.windows(11).any(|w| w == b"opendocumen"))
}

/// Sparse rows to a grid; blank rows are kept so row numbers match the
/// sheet, and leading empty columns are dropped so headers line up.
fn to_grid(rows: SparseRows) -> Vec<GridRow> {
    let first = rows.first().map_or(0, |(row, _)| *row as usize);
    let min_col = rows
        .iter()
        .filter_map(|(_, cells)| cells.iter().position(|c| !c.is_empty()))
        .min()
        .unwrap_or(0);
    let mut grid = Vec::with_capacity(rows.last().map_or(0, |(r, _)| *r as usize + 1 - first));
    for (row, mut cells) in rows {
        let line = row as usize + 1;
        while grid.len() + first + 1 < line {
            grid.push(GridRow {
                line: grid.len() + first + 1,
                cells: Vec::new(),
            });
        }
        if min_col > 0 {
            cells.drain(..min_col.min(cells.len()));
        }
        grid.push(GridRow { line, cells });
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
    let names = book.sheet_names();
    if names.len() > MAX_SHEETS {
        return Err(IngestError::TooManySheets {
            file: file.name.clone(),
            sheets: names.len(),
            limit: MAX_SHEETS,
        });
    }
    let mut out = Vec::new();
    for name in names {
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
            // Day 0 of the 1900 system is no calendar date (Excel shows
            // "1900-01-00"): a time of day such as `=1/11` formatted h:mm:ss.
            if dt.is_datetime() && (y, m, d) == (1899, 12, 31) {
                format!("{h:02}:{min:02}:{s:02}")
            } else if dt.is_datetime() && (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else if dt.is_datetime() {
                format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02}:{s:02}")
            } else {
                number_text(dt.as_f64())
            }
        }
        // Display gives Excel's spelling ("#DIV/0!"), Debug the variant ("Div0").
        Data::Error(e) => e.to_string(),
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
    fn numbers_read_as_typed() {
        assert_eq!(number_text(140.0), "140");
        assert_eq!(number_text(12.5), "12.5");
        assert_eq!(number_text(-3.0), "-3");
        assert_eq!(number_text(1e20), "100000000000000000000");
    }
}
