//! XLSX (Office Open XML) workbooks, read straight from the package into
//! grid rows: workbook, relationships, shared strings, styles (for dates)
//! and each worksheet's `sheetData`, in one pass per part.
//!
//! This replaced calamine for XLSX because a survey workbook is read on
//! every load and calamine took 2.5x as long as the CSV of the same data
//! (BENCHMARKS.md). Cell references are parsed with checked arithmetic:
//! a corrupt reference is an error naming the cell, never an overflow.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use super::dates::{builtin_kind, custom_kind, serial_text, NumberKind};
use super::tags::{
    attr, attr_text, parse_index, text, trim, unescape_into, Attrs, Chars, Malformed, Tags, Token,
};
use super::MAX_ROWS;
use crate::ingest::grid::MAX_COLUMNS;
use crate::ingest::CellFault;

/// A part bigger than this when inflated is refused: a million relations
/// in six columns is about 200 MiB of sheet XML, a zip bomb far more.
/// Reading stops at the limit, whatever size the archive claims.
pub(super) const MAX_PART_BYTES: u64 = 384 * 1024 * 1024;

/// Why a workbook could not be read; the caller adds the file name.
#[derive(Debug, Clone, PartialEq)]
pub enum BookError {
    /// The package, a part or its markup is broken (message in English,
    /// as the zip and XML layers report it).
    Broken(String),
    /// A cell that makes its sheet unreadable.
    Cell {
        sheet: String,
        cell: String,
        fault: CellFault,
    },
    /// A part that unpacks to more than [`MAX_PART_BYTES`].
    TooLarge { part: String },
    /// More sheets than [`super::MAX_SHEETS`].
    TooManySheets { sheets: usize },
    /// A cell beyond [`MAX_COLUMNS`].
    TooWide {
        sheet: String,
        row: u32,
        column: u32,
    },
}

/// A sheet's rows that have cells: `(row, cells by column)`, 0-based, rows
/// ascending; a row ends at its last non-empty cell.
pub type SparseRows = Vec<(u32, Vec<String>)>;

/// Every worksheet of an XLSX package, in workbook order.
pub fn read(bytes: &[u8]) -> Result<Vec<(String, SparseRows)>, BookError> {
    let mut package = Package::open(bytes)?;
    let book_path = package
        .relations("_rels/.rels", "")?
        .into_iter()
        .find(|r| r.kind.ends_with("/officeDocument"))
        .map_or_else(|| "xl/workbook.xml".to_string(), |r| r.target);
    let dir = book_path.rsplit_once('/').map_or("", |(d, _)| d);
    let rels_path = match book_path.rsplit_once('/') {
        Some((d, f)) => format!("{d}/_rels/{f}.rels"),
        None => format!("_rels/{book_path}.rels"),
    };
    let rels = package.relations(&rels_path, dir)?;
    let book = package
        .text(&book_path)?
        .ok_or_else(|| BookError::Broken(format!("no workbook part ({book_path})")))?;
    let (entries, date1904) = workbook(&book).map_err(|e| broken(&book_path, e))?;
    if entries.len() > super::MAX_SHEETS {
        return Err(BookError::TooManySheets {
            sheets: entries.len(),
        });
    }

    let part_of = |kind: &str| rels.iter().find(|r| r.kind.ends_with(kind));
    let strings = match part_of("/sharedStrings") {
        Some(rel) => match package.text(&rel.target)? {
            Some(xml) => shared_strings(&xml).map_err(|e| broken(&rel.target, e))?,
            None => Vec::new(),
        },
        None => Vec::new(),
    };
    let styles = match part_of("/styles") {
        Some(rel) => match package.text(&rel.target)? {
            Some(xml) => styles(&xml).map_err(|e| broken(&rel.target, e))?,
            None => Vec::new(),
        },
        None => Vec::new(),
    };
    let context = Context {
        strings,
        styles,
        date1904,
    };

    let mut out = Vec::new();
    for (name, id) in entries {
        let Some(rel) = rels.iter().find(|r| r.id == id) else {
            return Err(BookError::Broken(format!(
                "sheet \"{name}\" has no part (relationship {id})"
            )));
        };
        // Chart and dialog sheets hold no cells.
        if !rel.kind.ends_with("/worksheet") {
            continue;
        }
        let xml = package.text(&rel.target)?.ok_or_else(|| {
            BookError::Broken(format!("sheet \"{name}\": part {} missing", rel.target))
        })?;
        let rows = sheet(&xml, &name, &context)?;
        out.push((name, rows));
    }
    Ok(out)
}

fn broken(part: &str, e: Malformed) -> BookError {
    BookError::Broken(format!("{part}: malformed XML ({e})"))
}

/// The zip archive, with entries found by name as Office writes them and
/// as other tools do (backslashes, other case).
struct Package<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    names: HashMap<String, usize>,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, BookError> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| BookError::Broken(format!("not a readable zip archive: {e}")))?;
        let names = (0..archive.len())
            .filter_map(|i| Some((normal_name(&archive.name_for_index(i)?.ok()?), i)))
            .collect();
        Ok(Self { archive, names })
    }

    /// A part as text, `None` when the package has no such part.
    fn text(&mut self, path: &str) -> Result<Option<String>, BookError> {
        let Some(&index) = self.names.get(&normal_name(path)) else {
            return Ok(None);
        };
        let part_error = |e: &dyn std::fmt::Display| BookError::Broken(format!("{path}: {e}"));
        let entry = self.archive.by_index(index).map_err(|e| part_error(&e))?;
        // The size the archive claims is only a hint (a damaged file may
        // claim anything), so at most 64 MB is reserved ahead.
        let mut bytes = Vec::with_capacity(entry.size().min(64 << 20) as usize);
        entry
            .take(MAX_PART_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| BookError::Broken(format!("{path}: damaged ({e})")))?;
        if bytes.len() as u64 > MAX_PART_BYTES {
            return Err(BookError::TooLarge {
                part: path.to_string(),
            });
        }
        text_of(bytes).map(Some).map_err(|e| part_error(&e))
    }

    /// The relationships in `path`, targets resolved against `dir`.
    fn relations(&mut self, path: &str, dir: &str) -> Result<Vec<Relation>, BookError> {
        let Some(xml) = self.text(path)? else {
            return Ok(Vec::new());
        };
        let mut tags = Tags::new(&xml);
        let mut out = Vec::new();
        while let Some(token) = tags.next_token().map_err(|e| broken(path, e))? {
            let Token::Open {
                name: b"Relationship",
                attrs,
                ..
            } = token
            else {
                continue;
            };
            if attr(attrs, b"TargetMode") == Some(b"External") {
                continue;
            }
            let value = |name: &[u8]| attr_text(attrs, name).unwrap_or_default();
            out.push(Relation {
                id: value(b"Id"),
                kind: value(b"Type"),
                target: resolve(dir, &value(b"Target")),
            });
        }
        Ok(out)
    }
}

fn normal_name(name: &str) -> String {
    name.trim_start_matches('/')
        .replace('\\', "/")
        .to_lowercase()
}

/// Part bytes as text: UTF-8, or UTF-16 when a byte-order mark says so.
fn text_of(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let (text, _, bad) = encoding_rs::UTF_16LE.decode(&bytes);
        let (text, bad) = if bytes[0] == 0xFE {
            let (t, _, b) = encoding_rs::UTF_16BE.decode(&bytes);
            (t, b)
        } else {
            (text, bad)
        };
        if bad {
            return Err("invalid UTF-16".into());
        }
        return Ok(text.into_owned());
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

struct Relation {
    id: String,
    kind: String,
    target: String,
}

/// A relationship target as a package path: absolute (`/xl/…`) or
/// relative to the source part's folder, with `..` resolved.
fn resolve(dir: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if target.starts_with('/') {
        Vec::new()
    } else {
        dir.split('/').filter(|p| !p.is_empty()).collect()
    };
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// Sheet names with their relationship ids, and whether dates count from 1904.
fn workbook(xml: &str) -> Result<(Vec<(String, String)>, bool), Malformed> {
    let mut tags = Tags::new(xml);
    let mut sheets = Vec::new();
    let mut date1904 = false;
    while let Some(token) = tags.next_token()? {
        match token {
            Token::Open {
                name: b"sheet",
                attrs,
                ..
            } => sheets.push((
                attr_text(attrs, b"name").unwrap_or_default(),
                attr_text(attrs, b"id").unwrap_or_default(),
            )),
            Token::Open {
                name: b"workbookPr",
                attrs,
                ..
            } => date1904 = matches!(attr(attrs, b"date1904"), Some(b"1" | b"true")),
            _ => {}
        }
    }
    Ok((sheets, date1904))
}

/// The shared string table: each `<si>`'s text runs joined, phonetic
/// guides (`<rPh>`) left out, trimmed as a person reads the cell.
fn shared_strings(xml: &str) -> Result<Vec<String>, Malformed> {
    let mut tags = Tags::new(xml);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    while let Some(token) = tags.next_token()? {
        match token {
            // `<si/>` is an empty string; dropping it would shift every
            // later index onto the wrong text.
            Token::Open {
                name: b"si",
                empty: true,
                ..
            } => out.push(String::new()),
            Token::Open { name: b"si", .. } => current.clear(),
            Token::Close(b"si") => out.push(trim(&current).to_string()),
            Token::Open {
                name: b"rPh",
                empty: false,
                ..
            } => tags.skip_element(b"rPh")?,
            Token::Open {
                name: b"t",
                empty: false,
                ..
            } => in_text = true,
            Token::Close(b"t") => in_text = false,
            Token::Text(raw) if in_text => unescape_into(raw, true, &mut current),
            Token::Cdata(raw) if in_text => {
                let mut chars = Chars::None;
                chars.push(raw, true, false);
                current.push_str(&chars.as_text());
            }
            _ => {}
        }
    }
    Ok(out)
}

/// For each cell style (`cellXfs` entry, by index), what its number
/// format makes of a number.
fn styles(xml: &str) -> Result<Vec<NumberKind>, Malformed> {
    let mut tags = Tags::new(xml);
    let mut custom: HashMap<usize, NumberKind> = HashMap::new();
    let mut out = Vec::new();
    let mut in_cell_xfs = false;
    while let Some(token) = tags.next_token()? {
        match token {
            Token::Open {
                name: b"numFmt",
                attrs,
                ..
            } => {
                if let Some(id) = attr(attrs, b"numFmtId").and_then(parse_index) {
                    let code = attr_text(attrs, b"formatCode").unwrap_or_default();
                    custom.insert(id, custom_kind(&code));
                }
            }
            Token::Open {
                name: b"cellXfs",
                empty: false,
                ..
            } => in_cell_xfs = true,
            Token::Close(b"cellXfs") => in_cell_xfs = false,
            Token::Open {
                name: b"xf", attrs, ..
            } if in_cell_xfs => {
                let id = attr(attrs, b"numFmtId").and_then(parse_index).unwrap_or(0);
                out.push(custom.get(&id).copied().unwrap_or_else(|| builtin_kind(id)));
            }
            _ => {}
        }
    }
    Ok(out)
}

struct Context {
    strings: Vec<String>,
    styles: Vec<NumberKind>,
    date1904: bool,
}

/// What is being collected inside a `<c>`.
#[derive(Clone, Copy, PartialEq)]
enum Inside {
    Nothing,
    Value,
    InlineText,
}

/// The cell being read.
struct Cell<'a> {
    row: u32,
    column: u32,
    kind: &'a [u8],
    style: usize,
}

/// The cells of one worksheet.
///
/// This loop sees every tag of the largest parts, so names are compared
/// as bytes and a cell's attributes are read in one pass.
fn sheet(xml: &str, name: &str, context: &Context) -> Result<SparseRows, BookError> {
    let fail = |e: Malformed| BookError::Broken(format!("sheet \"{name}\": malformed XML ({e})"));
    let mut tags = Tags::new(xml);
    let mut rows: SparseRows = Vec::new();
    let mut row: u32 = 0;
    let mut next_row: u32 = 0;
    let mut next_column: u32 = 0;
    let mut cell: Option<Cell> = None;
    let mut inside = Inside::Nothing;
    let mut raw = Chars::None;
    let mut in_data = false;
    while let Some(token) = tags.next_token().map_err(fail)? {
        match token {
            Token::Open {
                name: tag,
                attrs,
                empty,
            } => match tag {
                b"c" if in_data => {
                    let (mut reference, mut kind, mut style) = (None, &b"n"[..], 0);
                    for (key, value) in Attrs::new(attrs) {
                        match key {
                            b"r" => reference = Some(value),
                            b"t" => kind = value,
                            b"s" => style = parse_index(value).unwrap_or(0),
                            _ => {}
                        }
                    }
                    let (r, column) = match reference {
                        Some(reference) => cell_reference(reference)
                            .ok_or_else(|| bad_reference(name, reference))?,
                        None => (row, next_column),
                    };
                    next_column = column.saturating_add(1);
                    let this = Cell {
                        row: r,
                        column,
                        kind,
                        style,
                    };
                    if !empty {
                        match tags.plain_value() {
                            // The usual `<v>…</v></c>`, taken in one step.
                            Some(value) => {
                                let mut chars = Chars::None;
                                chars.push(value, false, this.kind == b"str");
                                finish(&this, &chars, &mut rows, context, name)?;
                            }
                            None => {
                                raw = Chars::None;
                                cell = Some(this);
                            }
                        }
                    }
                }
                b"v" if cell.is_some() && !empty => inside = Inside::Value,
                b"t" if cell.is_some() && !empty => inside = Inside::InlineText,
                b"f" | b"rPh" if !empty => tags.skip_element(tag).map_err(fail)?,
                b"row" if in_data => {
                    row = match attr(attrs, b"r") {
                        Some(r) => row_number(r).ok_or_else(|| bad_reference(name, r))?,
                        None => next_row,
                    };
                    next_row = row.saturating_add(1);
                    next_column = 0;
                }
                b"sheetData" => in_data = !empty,
                _ => {}
            },
            Token::Close(tag) => match tag {
                b"v" | b"t" => inside = Inside::Nothing,
                b"c" => {
                    inside = Inside::Nothing;
                    if let Some(c) = cell.take() {
                        finish(&c, &raw, &mut rows, context, name)?;
                    }
                }
                b"sheetData" => {
                    in_data = false;
                    break;
                }
                _ => {}
            },
            // An inline string may also carry a cached `<v>` of the same
            // text (some writers add one): only the `<is>` text is read,
            // else the cell would hold it twice.
            Token::Text(_) | Token::Cdata(_)
                if inside == Inside::Value
                    && cell.as_ref().is_some_and(|c| c.kind == b"inlineStr") => {}
            // A formula's text result is written like any other text, with
            // `_xHHHH_` for control characters (Excel writes `=CHAR(1)` as
            // `<v>_x0001_</v>` and a typed "_x000F_" as `_x005F_x000F_`).
            Token::Text(text) if inside != Inside::Nothing => raw.push(
                text,
                false,
                inside == Inside::InlineText || cell.as_ref().is_some_and(|c| c.kind == b"str"),
            ),
            Token::Cdata(data) if inside != Inside::Nothing => raw.push(data, true, false),
            _ => {}
        }
    }
    if let Some(c) = cell {
        return Err(BookError::Cell {
            sheet: name.to_string(),
            cell: reference_text(c.row, c.column),
            fault: CellFault::CutShort,
        });
    }
    if in_data {
        return Err(BookError::Broken(format!(
            "sheet \"{name}\": cut short (sheetData never ends)"
        )));
    }
    // Excel writes rows in order; other tools may not, and a row may be
    // split. Sort and merge so the grid matches the sheet.
    if rows.windows(2).any(|w| w[0].0 >= w[1].0) {
        rows.sort_by_key(|(r, _)| *r);
        let mut merged: SparseRows = Vec::with_capacity(rows.len());
        for (r, cells) in rows {
            match merged.last_mut() {
                Some((last, existing)) if *last == r => {
                    for (column, text) in cells.into_iter().enumerate() {
                        if !text.is_empty() {
                            put(existing, column, text);
                        }
                    }
                }
                _ => merged.push((r, cells)),
            }
        }
        rows = merged;
    }
    Ok(rows)
}

/// Places a cell that has ended, unless it is empty.
fn finish(
    cell: &Cell,
    raw: &Chars,
    rows: &mut SparseRows,
    context: &Context,
    sheet: &str,
) -> Result<(), BookError> {
    let text = cell_text(cell, raw, context, sheet)?;
    if text.is_empty() {
        return Ok(());
    }
    place(rows, cell.row, cell.column, text, sheet)
}

/// Puts `text` at `column` of `cells`, widening the row as needed.
fn put(cells: &mut Vec<String>, column: usize, text: String) {
    if cells.len() <= column {
        cells.resize(column + 1, String::new());
    }
    cells[column] = text;
}

fn place(
    rows: &mut SparseRows,
    row: u32,
    column: u32,
    text: String,
    sheet: &str,
) -> Result<(), BookError> {
    if column as usize >= MAX_COLUMNS {
        return Err(BookError::TooWide {
            sheet: sheet.to_string(),
            row,
            column,
        });
    }
    match rows.last_mut() {
        Some((r, cells)) if *r == row => put(cells, column as usize, text),
        _ => {
            let mut cells = Vec::with_capacity(column as usize + 8);
            put(&mut cells, column as usize, text);
            rows.push((row, cells));
        }
    }
    Ok(())
}

fn bad_reference(sheet: &str, reference: &[u8]) -> BookError {
    BookError::Cell {
        sheet: sheet.to_string(),
        cell: text(reference).chars().take(40).collect(),
        fault: CellFault::Reference,
    }
}

/// A cell's text as a person would type it: shared and inline strings
/// trimmed, numbers without a needless ".0", dates as ISO dates, booleans
/// as `true`/`false`, errors as Excel shows them (`#DIV/0!`).
fn cell_text(
    cell: &Cell,
    raw: &Chars,
    context: &Context,
    sheet: &str,
) -> Result<String, BookError> {
    if cell.kind == b"s" {
        let index = raw.bytes().trim_ascii();
        // `<v></v>` in a shared-string cell: an empty cell, as Excel and
        // calamine read it, not a reference to a missing text.
        if index.is_empty() {
            return Ok(String::new());
        }
        return match parse_index(index).and_then(|i| context.strings.get(i)) {
            Some(s) => Ok(s.clone()),
            None => Err(BookError::Cell {
                sheet: sheet.to_string(),
                cell: reference_text(cell.row, cell.column),
                fault: CellFault::MissingText,
            }),
        };
    }
    let raw = raw.as_text();
    let raw = trim(&raw);
    Ok(match cell.kind {
        b"b" => match raw {
            "1" | "true" => "true".to_string(),
            "0" | "false" => "false".to_string(),
            other => other.to_string(),
        },
        b"n" => number(raw, cell.style, context),
        // "str" (a formula's text), "inlineStr", "e" (an error as shown),
        // "d" (an ISO date), and anything newer: the text as written.
        _ => raw.to_string(),
    })
}

fn number(raw: &str, style: usize, context: &Context) -> String {
    let kind = context
        .styles
        .get(style)
        .copied()
        .unwrap_or(NumberKind::Plain);
    // Most cells are small whole numbers, already as a person writes them.
    let plain_integer = raw.len() <= 15
        && raw.bytes().all(|b| b.is_ascii_digit())
        && (raw.len() == 1 || !raw.starts_with('0'));
    if kind == NumberKind::Plain && plain_integer {
        return raw.to_string();
    }
    match raw.parse::<f64>() {
        Ok(value) => serial_text(value, kind, context.date1904),
        // Not a number after all: keep what the file says.
        Err(_) => raw.to_string(),
    }
}

/// "B12" as (11, 1); `None` beyond Excel's limits or when malformed.
fn cell_reference(bytes: &[u8]) -> Option<(u32, u32)> {
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let column = bytes[..letters].iter().fold(0u32, |acc, b| {
        acc * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    }) - 1;
    if column >= 16_384 {
        return None;
    }
    Some((row_number(&bytes[letters..])?, column))
}

/// A 1-based row number as a 0-based row; `None` beyond Excel's limit.
fn row_number(digits: &[u8]) -> Option<u32> {
    let n = u32::try_from(parse_index(digits).filter(|_| digits.len() <= 7)?).ok()?;
    (1..=MAX_ROWS).contains(&n).then(|| n - 1)
}

/// (11, 1) as "B12", for messages.
pub fn reference_text(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut c = column + 1;
    while c > 0 {
        letters.push(b'A' + ((c - 1) % 26) as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references() {
        assert_eq!(cell_reference(b"A1"), Some((0, 0)));
        assert_eq!(cell_reference(b"ab12"), Some((11, 27)));
        assert_eq!(cell_reference(b"XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(cell_reference(b"XFE1"), None);
        assert_eq!(cell_reference(b"A1048577"), None);
        assert_eq!(cell_reference(b"AAAAAAAAA1"), None);
        assert_eq!(cell_reference(b"A99999999999"), None);
        assert_eq!(cell_reference(b"A0"), None);
        assert_eq!(cell_reference(b"12"), None);
        assert_eq!(reference_text(11, 27), "AB12");
        assert_eq!(reference_text(0, 16_383), "XFD1");
    }

    #[test]
    fn relationship_targets() {
        assert_eq!(
            resolve("xl", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(resolve("xl", "/xl/worksheets/s.xml"), "xl/worksheets/s.xml");
        assert_eq!(
            resolve("xl/sub", "../sharedStrings.xml"),
            "xl/sharedStrings.xml"
        );
        assert_eq!(resolve("", "xl/workbook.xml"), "xl/workbook.xml");
    }

    fn context() -> Context {
        Context {
            strings: vec!["Anadolu Döküm".into()],
            styles: vec![NumberKind::Plain, NumberKind::Date],
            date1904: false,
        }
    }

    /// What calamine and Excel read for the four cases real workbooks
    /// showed the reader getting wrong.
    #[test]
    fn inline_strings_line_breaks_and_empty_shared_values() {
        let xml = "<worksheet><sheetData><row r=\"1\">\
            <c r=\"A1\" t=\"inlineStr\"><is><t>1.</t></is><v>1.</v></c>\
            <c r=\"B1\" t=\"inlineStr\"><is><t>a_x000D_\r\nb</t></is></c>\
            <c r=\"C1\" t=\"inlineStr\"><is><t>x\r\ny\rz</t></is></c>\
            <c r=\"D1\" t=\"s\"><v></v></c>\
            <c r=\"E1\" t=\"s\"><v>0</v></c>\
            <c r=\"F1\" t=\"str\"><v>p&#13;\nq</v></c>\
            <c r=\"G1\" t=\"str\"><f>CHAR(1)&amp;\"a\"</f><v>_x0001_a</v></c>\
            <c r=\"H1\" t=\"str\"><v>_x005F_x000F_</v></c>\
            <c r=\"I1\"><v>1_2</v></c>\
            </row></sheetData></worksheet>";
        let rows = sheet(xml, "S", &context()).unwrap();
        assert_eq!(
            rows[0].1,
            [
                "1.",
                "a\r\nb",
                "x\ny\nz",
                "",
                "Anadolu Döküm",
                "p\r\nq",
                "\u{1}a",
                "_x000F_",
                "1_2"
            ]
        );
        let strings = shared_strings(
            "<sst><si><t>l1\r\nl2</t></si><si><t><![CDATA[c\r\nd]]></t></si><si><t/></si></sst>",
        )
        .unwrap();
        assert_eq!(strings, ["l1\nl2", "c\nd", ""]);
    }

    #[test]
    fn sheet_cells_of_every_type() {
        let xml = r#"<worksheet><sheetData>
            <row r="2"><c r="B2" t="s"><v>0</v></c><c t="inlineStr"><is><r><t>R&amp;D </t></r><r><t xml:space="preserve">Ltd</t></r><rPh><t>x</t></rPh></is></c></row>
            <row><c r="A3"><v>140</v></c><c r="B3"><v>12.50</v></c><c r="C3" s="1"><v>45366</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#DIV/0!</v></c><c r="F3" t="str"><f>A3&amp;"x"</f><v>140x</v></c><c r="G3"/><c r="H3"><v>007</v></c></row>
            </sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>"#;
        let rows = sheet(xml, "S", &context()).unwrap();
        let text = |r: usize| -> Vec<(u32, &str)> {
            let cells = rows[r].1.iter().enumerate();
            cells
                .filter(|(_, t)| !t.is_empty())
                .map(|(c, t)| (c as u32, t.as_str()))
                .collect()
        };
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0, 1);
        assert_eq!(text(0), [(1, "Anadolu Döküm"), (2, "R&D Ltd")]);
        assert_eq!(rows[1].0, 2);
        assert_eq!(
            text(1),
            [
                (0, "140"),
                (1, "12.5"),
                (2, "2024-03-15"),
                (3, "true"),
                (4, "#DIV/0!"),
                (5, "140x"),
                (7, "7")
            ]
        );
    }

    #[test]
    fn unordered_rows_are_sorted_and_merged() {
        let xml = r#"<sheetData><row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>4</v></c></row></sheetData>"#;
        let rows = sheet(xml, "S", &context()).unwrap();
        assert_eq!(
            rows,
            [
                (0, vec!["1".to_string()]),
                (2, vec!["3".into(), "4".into()])
            ]
        );
    }

    #[test]
    fn broken_sheets_name_the_problem() {
        let err = |xml: &str| sheet(xml, "S", &context()).unwrap_err();
        assert_eq!(
            err(r#"<sheetData><row r="1"><c r="AAAAAAAAA1"><v>1</v></c></row></sheetData>"#),
            BookError::Cell {
                sheet: "S".into(),
                cell: "AAAAAAAAA1".into(),
                fault: CellFault::Reference
            }
        );
        assert_eq!(
            err(r#"<sheetData><row r="1"><c r="C1" t="s"><v>9</v></c></row></sheetData>"#),
            BookError::Cell {
                sheet: "S".into(),
                cell: "C1".into(),
                fault: CellFault::MissingText
            }
        );
        assert_eq!(
            err(r#"<sheetData><row r="1"><c r="BXZ1"><v>1</v></c></row></sheetData>"#),
            BookError::TooWide {
                sheet: "S".into(),
                row: 0,
                column: 2_001
            }
        );
        assert!(matches!(
            err(r#"<sheetData><row r="1"><c r="A1"><v>1</v"#),
            BookError::Broken(m) if m.starts_with("sheet \"S\": malformed XML (unclosed tag at byte")
        ));
    }

    #[test]
    fn shared_strings_join_runs_and_skip_phonetics() {
        let xml = r#"<sst><si><t> Müller </t></si><si><r><t>Gie</t></r><r><t>ßerei</t></r><rPh><t>g</t></rPh></si><si><t/></si><si/><si><r><t xml:space="preserve">Anadolu </t></r><r><t>Döküm</t></r></si></sst>"#;
        assert_eq!(
            shared_strings(xml).unwrap(),
            ["Müller", "Gießerei", "", "", "Anadolu Döküm"]
        );
    }

    #[test]
    fn styles_mark_date_formats() {
        let xml = r##"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; TL&quot;"/></numFmts>
            <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>
            <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>"##;
        assert_eq!(
            styles(xml).unwrap(),
            [
                NumberKind::Plain,
                NumberKind::Date,
                NumberKind::Plain,
                NumberKind::Date
            ]
        );
    }
}
