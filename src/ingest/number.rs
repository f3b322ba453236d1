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
            if frac.len() == 3 && !int_digits.is_empty() && int_digits != "0" {
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
}
