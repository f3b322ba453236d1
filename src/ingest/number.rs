//! Numbers as Turkish, German and English spreadsheets write them.

/// Parses "1.234,5", "1,234.5", "12,5", "45 %", "3" into a number.
///
/// Rules, in order: a separator that occurs more than once is a thousands
/// separator ("1.234.567"); with both kinds, the last one is the decimal
/// mark; a single separator followed by exactly three digits after a
/// non-zero integer part is a thousands separator ("1.250" employees,
/// "12,500"), since surveys record counts far more often than
/// three-decimal fractions; any other single separator is the decimal mark
/// ("12,5", "0.125"). Returns `None` for anything else.
pub fn parse_number(text: &str) -> Option<f64> {
    parse_number_in(text, (f64::NEG_INFINITY, f64::INFINITY))
}

/// Like [`parse_number`], for a column whose values lie in `range`: where a
/// single separator before three digits could be either mark, the reading
/// that fits the column wins. "38.427" is 38427 employees but latitude
/// 38.427; "12,500" is 12500 euros but an export share of 12.5 %.
/// A value that fits neither reading is returned as first read, for the
/// caller to report as out of range.
pub fn parse_number_in(text: &str, range: (f64, f64)) -> Option<f64> {
    let first = parse_with(text, false)?;
    if first >= range.0 && first <= range.1 {
        return Some(first);
    }
    match parse_with(text, true) {
        Some(other) if other >= range.0 && other <= range.1 => Some(other),
        _ => Some(first),
    }
}

/// `decimal_first`: read an ambiguous single separator as the decimal mark.
fn parse_with(text: &str, decimal_first: bool) -> Option<f64> {
    let t: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\'')
        .collect();
    if t.is_empty() {
        return None;
    }
    let dots = t.matches('.').count();
    let commas = t.matches(',').count();
    let normalised = match (dots, commas) {
        (0, 0) => t,
        (_, 0) if dots > 1 => t.replace('.', ""),
        (0, _) if commas > 1 => t.replace(',', ""),
        (0, 1) | (1, 0) => {
            let (int, frac) = t.split_once([',', '.']).unwrap_or((&t, ""));
            let int_digits = int.trim_start_matches(['-', '+']);
            if !decimal_first && frac.len() == 3 && !int_digits.is_empty() && int_digits != "0" {
                format!("{int}{frac}")
            } else {
                format!("{int}.{frac}")
            }
        }
        _ => {
            let last_dot = t.rfind('.').unwrap_or(0);
            let last_comma = t.rfind(',').unwrap_or(0);
            if last_comma > last_dot {
                t.replace('.', "").replace(',', ".")
            } else {
                t.replace(',', "")
            }
        }
    };
    let value: f64 = normalised.parse().ok()?;
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn regional_formats() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("1.234.567"), Some(1234567.0));
        assert_eq!(parse_number("1.250"), Some(1250.0));
        assert_eq!(parse_number("12,500"), Some(12500.0));
        assert_eq!(parse_number("0.125"), Some(0.125));
        assert_eq!(parse_number("-3,25"), Some(-3.25));
        assert_eq!(parse_number("45 %"), Some(45.0));
        assert_eq!(parse_number(" 7 "), Some(7.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("NaN"), None);
    }

    #[test]
    fn the_column_decides_an_ambiguous_separator() {
        use super::parse_number_in;
        assert_eq!(parse_number_in("38.427", (-90.0, 90.0)), Some(38.427));
        assert_eq!(parse_number_in("27,417", (-180.0, 180.0)), Some(27.417));
        assert_eq!(parse_number_in("12,500", (0.0, 100.0)), Some(12.5));
        assert_eq!(parse_number_in("1.250", (0.0, 1e7)), Some(1250.0));
        // Fits neither reading: the first is kept, to be reported.
        assert_eq!(parse_number_in("1.250", (0.0, 1.0)), Some(1250.0));
        assert_eq!(parse_number_in("x", (0.0, 1.0)), None);
    }
}
