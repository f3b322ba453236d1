//! Characters that hide or reorder text: a right-to-left override
//! (U+202E) makes "Gediz" display as another name, a zero-width space
//! makes two spellings of one firm differ when matched, and control
//! characters and NULs break exports. They are taken out of every value
//! before it is read, and each value changed is reported with the
//! characters found, so nothing changes silently.

use super::error::{Action, Issue, Problem};
use super::table::{Cell, Table};

/// A character that is invisible, changes the direction of the text around
/// it, or is a control character other than tab and line breaks.
pub fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    ) || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// `text` without its hidden characters and the code points removed, or
/// `None` when it has none.
///
/// # Example
/// ```
/// use clustermap::ingest::clean::without_hidden;
/// let (clean, found) = without_hidden("Gediz\u{202E}Tech").unwrap();
/// assert_eq!((clean.as_str(), found.as_str()), ("GedizTech", "U+202E"));
/// assert_eq!(without_hidden("Işık Makina"), None);
/// ```
pub fn without_hidden(text: &str) -> Option<(String, String)> {
    // Most cells are plain: only these lead bytes can start a hidden
    // character (C0/C1 controls, U+061C, U+2000 block, U+FEFF).
    let suspect = |b: u8| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
            || matches!(b, 0x7F | 0xC2 | 0xD8 | 0xE2 | 0xEF)
    };
    if !text.bytes().any(suspect) || !text.chars().any(is_hidden) {
        return None;
    }
    let mut found: Vec<char> = text.chars().filter(|c| is_hidden(*c)).collect();
    found.sort_unstable();
    found.dedup();
    let codes = found
        .iter()
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect::<Vec<_>>()
        .join(", ");
    Some((text.chars().filter(|c| !is_hidden(*c)).collect(), codes))
}

/// Cleans every cell and extra value of `tables`, reporting each change.
pub fn clean_tables(tables: &mut [Table], problems: &mut super::Problems) {
    for table in tables.iter_mut() {
        let file = table.file.clone();
        for row in &mut table.rows {
            let mut report = |column: &str, codes: String| {
                problems.push(Problem {
                    file: file.clone(),
                    row: Some(row.number),
                    column: Some(column.to_string()),
                    value: Some(codes),
                    issue: Issue::HiddenCharacters,
                    action: Action::HiddenRemoved,
                });
            };
            for (column, cell) in &mut row.cells {
                match cell {
                    Cell::Text(t) => {
                        if let Some((clean, codes)) = without_hidden(t) {
                            *t = clean;
                            report(column, codes);
                        }
                    }
                    Cell::List(items) => {
                        for item in items.iter_mut() {
                            if let Some((clean, codes)) = without_hidden(item) {
                                *item = clean;
                                report(column, codes);
                            }
                        }
                    }
                }
            }
            for (name, value) in &mut row.extra {
                if let Some((clean, codes)) = without_hidden(value) {
                    *value = clean;
                    report(name, codes);
                }
            }
        }
    }
}
