//! A grid of text cells, from a CSV file or a workbook sheet, becomes a
//! table: recognised by its header (or the sheet's name), or as an
//! adjacency matrix. One place, so CSV and sheets behave identically.

use super::columns::{currency, declared_range, recognise};
use super::error::{Action, IngestError, Issue, Problem};
use super::mapping::{map_header, preview, Decided};
use super::matrix;
use super::table::{Cell, Row, Table, TableKind};
use super::{Collected, LoadOptions};

/// Widest row accepted. Survey tables have dozens of columns and a matrix
/// a few hundred; wider rows come from a wrong delimiter or a broken export
/// and would make every later step slow.
pub const MAX_COLUMNS: usize = 2_000;

/// How many leading rows of a sheet may precede the header (a title, a
/// date, a blank line), as people format sheets for printing.
const HEADER_SEARCH: usize = 10;

/// One row of the grid with where it came from, for error messages.
#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    /// 1-based line (CSV) or sheet row.
    pub line: usize,
    pub cells: Vec<String>,
}

impl GridRow {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }

    fn header(&self) -> Vec<String> {
        let mut header: Vec<String> = self.cells.iter().map(|h| h.trim().to_string()).collect();
        while header.last().is_some_and(String::is_empty) {
            header.pop();
        }
        header
    }
}

/// What became of a grid.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A table or matrix was added to the collection.
    Read,
    /// Nothing but blank rows.
    Blank,
    /// A header matching no table; the caller decides whether that is an
    /// error (a CSV file) or a notice (one sheet of many).
    Unknown(Vec<String>),
}

/// Longest cell accepted, in characters: Excel's own limit for a cell, so
/// nothing a spreadsheet wrote is refused, and a 20 MB "name" is.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Refuses rows wider than [`MAX_COLUMNS`] or with a cell longer than
/// [`MAX_CELL_CHARS`].
pub fn check_row(file: &str, row: &GridRow) -> Result<(), IngestError> {
    if row.cells.len() > MAX_COLUMNS {
        return Err(IngestError::TooManyColumns {
            file: file.to_string(),
            line: row.line,
            columns: row.cells.len(),
            limit: MAX_COLUMNS,
        });
    }
    check_cells(file, row)
}

/// Refuses a row with a cell longer than [`MAX_CELL_CHARS`].
pub fn check_cells(file: &str, row: &GridRow) -> Result<(), IngestError> {
    // Bytes bound characters from above: only long cells are counted.
    let long = row.cells.iter().enumerate().find_map(|(i, cell)| {
        let chars = if cell.len() > MAX_CELL_CHARS {
            cell.chars().count()
        } else {
            0
        };
        (chars > MAX_CELL_CHARS).then_some((i, chars))
    });
    match long {
        Some((i, chars)) => Err(IngestError::CellTooLong {
            file: file.to_string(),
            line: row.line,
            column: i + 1,
            chars,
            limit: MAX_CELL_CHARS,
        }),
        None => Ok(()),
    }
}

/// Interprets a grid named `file` (a file name, or `book.xlsx#Sheet`).
///
/// `hint` is the table kind a sheet's name suggests; `search` allows the
/// header below a few title rows (sheets only: in CSV the first line is the
/// header by convention, and guessing would hide a broken file).
///
/// Takes the rows by value: their cells move into the table, not copied
/// (a 30k-row file has 100k+ cells).
pub fn interpret(
    file: &str,
    rows: Vec<GridRow>,
    hint: Option<TableKind>,
    search: bool,
    options: &LoadOptions,
    out: &mut Collected,
) -> Outcome {
    let filled: Vec<(usize, &GridRow)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .collect();
    let Some(&(first, first_row)) = filled.first() else {
        return Outcome::Blank;
    };
    let candidates = if search { HEADER_SEARCH } else { 1 };
    let recognised = filled
        .iter()
        .take(candidates)
        .find_map(|&(i, r)| recognise(&r.header()).map(|kind| (i, kind)));
    let choice = options.columns.grid(file);
    let (start, kind, kind_recognised) = match (choice.and_then(|c| c.kind), recognised, hint) {
        (Some(chosen), Some((i, found)), _) => (i, chosen, chosen == found),
        (Some(chosen), None, _) => (first, chosen, false),
        (None, Some((i, found)), _) => (i, found, true),
        (None, None, _) if matrix::detect(&rows[first..]) => {
            matrix::read(file, &rows[first..], options.matrix_kind, out);
            return Outcome::Read;
        }
        (None, None, Some(TableKind::Meta)) => {
            push(
                Table::new(
                    file.to_string(),
                    TableKind::Meta,
                    key_value_rows(&rows[first..]),
                ),
                out,
            );
            return Outcome::Read;
        }
        (None, None, Some(kind)) => (first, kind, false),
        (None, None, None) => {
            let header = first_row.header();
            out.previews.push(preview(
                file,
                None,
                false,
                first_row.line,
                &header,
                &[],
                data_rows(&rows, first),
            ));
            return Outcome::Unknown(header);
        }
    };
    let header = rows.get(start).map(GridRow::header).unwrap_or_default();
    let decided = map_header(kind, &header, choice);
    out.previews.push(preview(
        file,
        Some(kind),
        kind_recognised,
        rows.get(start).map_or(0, |r| r.line),
        &header,
        &decided,
        data_rows(&rows, start),
    ));
    let mut table = Table::new(file.to_string(), kind, Vec::new());
    // Where each column goes: a column of the format, an extra attribute
    // (a header the format does not know), or nowhere (the user chose to
    // ignore it, or it has no header).
    let mut target: Vec<Target> = Vec::with_capacity(header.len());
    for (h, (column, how)) in header.iter().zip(&decided) {
        target.push(match (column, how) {
            (Some(c), _) => {
                if table.currency.is_none() && matches!(*c, "volume") {
                    table.currency = currency(h);
                }
                if *c == "strength" {
                    table.scale = declared_range(h);
                }
                Target::Column(c)
            }
            (None, Decided::Unmatched) if !h.is_empty() => {
                table.note_extra(h);
                Target::Extra
            }
            (None, Decided::Chosen) if !h.is_empty() => {
                table.ignored_columns.push(h.clone());
                Target::Nowhere
            }
            _ => Target::Nowhere,
        });
    }
    let keep_extra = matches!(kind, TableKind::Actors | TableKind::Relations);
    for row in rows.into_iter().skip(start + 1) {
        if row.is_blank() {
            continue;
        }
        let mut out_row = Row::new(row.line, Vec::new());
        for (i, value) in row.cells.into_iter().enumerate() {
            match target.get(i) {
                Some(Target::Column(c)) => out_row.cells.push((c, Cell::Text(value))),
                Some(Target::Extra) if keep_extra => {
                    out_row.keep_extra(&header[i], value);
                }
                _ => {}
            }
        }
        table.rows.push(out_row);
    }
    push(table, out);
    Outcome::Read
}

/// Where the values of one column of a grid go.
enum Target {
    Column(&'static str),
    Extra,
    Nowhere,
}

/// The non-blank rows below the header at `start`, as cell slices.
fn data_rows(rows: &[GridRow], start: usize) -> impl Iterator<Item = &[String]> + Clone {
    rows.iter()
        .skip(start + 1)
        .filter(|r| !r.is_blank())
        .map(|r| r.cells.as_slice())
}

/// A meta sheet without header: each row is key, value.
fn key_value_rows(rows: &[GridRow]) -> Vec<Row> {
    rows.iter()
        .filter(|r| !r.is_blank())
        .map(|r| {
            let mut cells = r.cells.iter();
            let key = cells.next().cloned().unwrap_or_default();
            let value = cells.next().cloned().unwrap_or_default();
            Row::new(
                r.line,
                vec![("key", Cell::Text(key)), ("value", Cell::Text(value))],
            )
        })
        .collect()
}

/// Adds a table, or a notice when it has a header but no rows (an empty
/// template sent back, a sheet cleared by mistake).
fn push(table: Table, out: &mut Collected) {
    if table.rows.is_empty() {
        out.notices.push(Problem {
            file: table.file,
            row: None,
            column: None,
            value: None,
            issue: Issue::NoRows,
            action: Action::TableIgnored,
        });
        return;
    }
    out.tables.push(table);
}
