//! The app's one XLSX writer (rust_xlsxwriter): the results workbook, the
//! Kumu blueprint and the template researchers fill in. Pure: each builder
//! returns the sheets as data, [`write`] turns them into a package. The
//! export worker (`src/bin/export_worker.rs`) is the only binary that calls
//! it, so the page carries none of the writer.

mod kumu;
mod results;
mod template;

pub use kumu::kumu_workbook;
pub use results::{results_sheets, results_workbook};
pub use template::template_xlsx;

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Written as a string; one that [`super::is_formula_like`] gets
    /// Excel's quote prefix, so it shows as text and never runs.
    Text(String),
    /// Written as a number, so a spreadsheet sums and sorts it.
    Number(f64),
    Empty,
}

impl Cell {
    /// A text cell, empty when `text` is.
    pub fn text(text: impl Into<String>) -> Self {
        let text = text.into();
        if text.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text)
        }
    }

    /// A number cell, empty for `None` or a value that is not finite
    /// (Excel has no NaN).
    pub fn number(value: Option<f64>) -> Self {
        match value {
            Some(v) if v.is_finite() => Cell::Number(v),
            _ => Cell::Empty,
        }
    }
}

/// A sheet: its name, a header row and the rows below it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Excel's limits on sheet names: at most 31 characters, none of
/// `[]:*?/\`, not starting or ending with an apostrophe.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect();
    clean.trim_matches('\'').to_string()
}

/// The sheets as an XLSX package: a bold, frozen header row on each.
/// Text that a spreadsheet would run as a formula is written with the
/// quote prefix.
pub fn write(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let header = Format::new().set_bold();
    let quoted = Format::new().set_quote_prefix();
    let quoted_header = Format::new().set_bold().set_quote_prefix();
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(&sheet.name))?;
        for (c, title) in sheet.header.iter().enumerate() {
            let col = column(c)?;
            let format = if super::is_formula_like(title) {
                &quoted_header
            } else {
                &header
            };
            ws.write_string_with_format(0, col, title, format)?;
            ws.set_column_width(col, 18)?;
        }
        ws.set_freeze_panes(1, 0)?;
        for (r, cells) in sheet.rows.iter().enumerate() {
            let row = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (c, value) in cells.iter().enumerate() {
                let col = column(c)?;
                match value {
                    Cell::Text(text) if super::is_formula_like(text) => {
                        ws.write_string_with_format(row, col, text, &quoted)?;
                    }
                    Cell::Text(text) => {
                        ws.write_string(row, col, text)?;
                    }
                    Cell::Number(n) => {
                        ws.write_number(row, col, *n)?;
                    }
                    Cell::Empty => {}
                }
            }
        }
    }
    book.save_to_buffer()
}

fn column(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

#[cfg(test)]
mod tests {
    use super::sheet_name;

    #[test]
    fn sheet_names_keep_to_excel_rules() {
        assert_eq!(sheet_name("Gaps / links"), "Gaps - links");
        assert_eq!(sheet_name("'x'"), "x");
        assert_eq!(sheet_name(&"a".repeat(40)).chars().count(), 31);
        assert_eq!(sheet_name("Eksik aşamalar"), "Eksik aşamalar");
    }
}
