//! Spreadsheet formula injection (the OWASP CSV-injection rule).
//!
//! Survey files are typed by many hands, and a name such as
//! `=HYPERLINK("http://x","y")` in an exported CSV is run by Excel as a
//! formula when the analyst opens it. Every text cell of every CSV and XLSX
//! export goes through [`neutralise`] (CSV) or is written with Excel's
//! quote prefix (XLSX) when [`is_formula_like`] holds.

use std::borrow::Cow;

/// Whether Excel, LibreOffice or Google Sheets would read `text` as a
/// formula (or a DDE call) when it starts a cell. A plain signed number
/// ("-0.5", "-0,5") is a number, not a formula, and is left alone so that
/// figures stay figures.
///
/// # Examples
/// ```
/// use clustermap::export::is_formula_like;
/// assert!(is_formula_like("=1+1"));
/// assert!(is_formula_like("@SUM(A1)"));
/// assert!(!is_formula_like("Ege Yazılım"));
/// ```
pub fn is_formula_like(text: &str) -> bool {
    !is_plain_number(text)
        && matches!(
            text.chars().next(),
            Some(
                '=' | '+'
                    | '-'
                    | '@'
                    | '\t'
                    | '\r'
                    | '\u{ff1d}'
                    | '\u{ff0b}'
                    | '\u{ff0d}'
                    | '\u{ff20}'
            )
        )
}

/// A sign, digits, and at most one decimal point or comma.
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut separators = 0;
    !digits.is_empty()
        && digits.chars().all(|c| match c {
            '0'..='9' => true,
            '.' | ',' => {
                separators += 1;
                separators == 1
            }
            _ => false,
        })
        && digits.chars().any(|c| c.is_ascii_digit())
}

/// `text` as a CSV cell that a spreadsheet shows as text: a leading
/// apostrophe before anything [`is_formula_like`], which Excel hides and
/// which tells it the cell is text. Other text is returned as it is.
///
/// # Examples
/// ```
/// use clustermap::export::neutralise;
/// assert_eq!(neutralise("=HYPERLINK(\"http://x\",\"y\")"), "'=HYPERLINK(\"http://x\",\"y\")");
/// assert_eq!(neutralise("-5 %"), "'-5 %");
/// assert_eq!(neutralise("-5"), "-5");
/// assert_eq!(neutralise("Ege"), "Ege");
/// ```
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if is_formula_like(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_formula_start_is_caught() {
        for s in ["=A1", "+A1", "-A1", "@A1", "\tA1", "\rA1", "＝A1"] {
            assert!(neutralise(s).starts_with('\''), "{s:?}");
        }
        assert_eq!(neutralise(""), "");
        assert_eq!(neutralise("A=1"), "A=1");
        assert_eq!(neutralise("-0.5"), "-0.5");
        assert_eq!(neutralise("-0,5"), "-0,5");
        assert_eq!(neutralise("-1+1"), "'-1+1");
        assert_eq!(neutralise("-"), "'-");
    }
}
