//! Excel stores dates as numbers (days since 1900 or 1904) and says only
//! through the cell's number format that they are dates. A survey's
//! "founded" or interview date must read as the date a person typed.

use super::number_text;

/// What a number format makes of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// Shown as a number (also percentages, currencies, text).
    Plain,
    /// A calendar date, possibly with a time of day.
    Date,
    /// A time of day without a date.
    Time,
    /// Elapsed time (`[h]:mm`): a count, not a point in time.
    Duration,
}

/// The kind of Excel's built-in number format `id`.
pub fn builtin_kind(id: usize) -> NumberKind {
    match id {
        14..=17 | 22 | 27..=31 | 34..=36 | 50..=58 => NumberKind::Date,
        18..=21 | 32 | 33 | 45 | 47 => NumberKind::Time,
        46 => NumberKind::Duration,
        _ => NumberKind::Plain,
    }
}

/// The kind of a custom format code such as `dd.mm.yyyy` or `#,##0 "TL"`.
///
/// Quoted text, escaped characters, padding (`_x`, `*x`) and bracketed
/// colours or locales are not format letters; `[h]`, `[m]`, `[s]` mean
/// elapsed time. Only the first section (positive numbers) counts.
pub fn custom_kind(code: &str) -> NumberKind {
    let mut chars = code.chars();
    let (mut date, mut time) = (false, false);
    while let Some(c) = chars.next() {
        match c.to_ascii_lowercase() {
            ';' => break,
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            '[' => {
                let inside: String = chars.by_ref().take_while(|&b| b != ']').collect();
                let inside = inside.to_ascii_lowercase();
                if !inside.is_empty() && inside.chars().all(|c| matches!(c, 'h' | 'm' | 's')) {
                    return NumberKind::Duration;
                }
            }
            'y' | 'd' => date = true,
            'h' | 's' => time = true,
            // "m" is a month, or minutes next to hours and seconds.
            'm' => date |= !time,
            _ => {}
        }
    }
    match (date, time) {
        (true, _) => NumberKind::Date,
        (false, true) => NumberKind::Time,
        _ => NumberKind::Plain,
    }
}

/// Days from 1970-01-01 to Excel's day 0 in each date system.
const EPOCH_1900: i64 = -25_568;
const EPOCH_1904: i64 = -24_107;
/// 9999-12-31, Excel's last date.
const LAST_SERIAL: f64 = 2_958_465.0;
const MS_PER_DAY: f64 = 86_400_000.0;

/// A serial number as text of its kind: `2024-03-15`, `2024-03-15 09:30:00`,
/// `09:30:00`; a number outside Excel's date range stays a number.
pub fn serial_text(serial: f64, kind: NumberKind, date1904: bool) -> String {
    if kind == NumberKind::Plain
        || kind == NumberKind::Duration
        || !(0.0..LAST_SERIAL + 1.0).contains(&serial)
    {
        return number_text(serial);
    }
    let mut days = serial.floor() as i64;
    let mut ms = ((serial - serial.floor()) * MS_PER_DAY).round() as i64;
    if ms >= MS_PER_DAY as i64 {
        days += 1;
        ms = 0;
    }
    let secs = ms / 1000;
    let clock = format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    // Day 0 of the 1900 system is no calendar date (Excel shows it as
    // "1900-01-00"), so a date-formatted fraction is a time of day too.
    if days == 0 && (kind == NumberKind::Time || !date1904) {
        return clock;
    }
    let date = if date1904 {
        civil(days + EPOCH_1904)
    } else if days == 60 {
        // Excel's 29 February 1900, which never was (kept from Lotus 1-2-3).
        (1900, 2, 29)
    } else if days > 60 {
        civil(days + EPOCH_1900 - 1)
    } else {
        civil(days + EPOCH_1900)
    };
    let (y, m, d) = date;
    if ms == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02} {clock}")
    }
}

/// Year, month and day of a count of days since 1970-01-01 (proleptic
/// Gregorian; the civil-from-days algorithm by Howard Hinnant).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_codes() {
        assert_eq!(custom_kind("dd.mm.yyyy"), NumberKind::Date);
        assert_eq!(custom_kind("[$-41F]d mmmm yyyy;@"), NumberKind::Date);
        assert_eq!(custom_kind("hh:mm:ss"), NumberKind::Time);
        assert_eq!(custom_kind("[h]:mm"), NumberKind::Duration);
        assert_eq!(custom_kind("#,##0 \"days\""), NumberKind::Plain);
        assert_eq!(custom_kind("[Red]0.00%"), NumberKind::Plain);
        assert_eq!(custom_kind("General"), NumberKind::Plain);
        assert_eq!(custom_kind("_(* #,##0_)"), NumberKind::Plain);
        assert_eq!(builtin_kind(14), NumberKind::Date);
        assert_eq!(builtin_kind(20), NumberKind::Time);
        assert_eq!(builtin_kind(9), NumberKind::Plain);
    }

    #[test]
    fn serials_as_dates() {
        let date = |s| serial_text(s, NumberKind::Date, false);
        assert_eq!(date(1.0), "1900-01-01");
        assert_eq!(date(59.0), "1900-02-28");
        assert_eq!(date(60.0), "1900-02-29");
        assert_eq!(date(61.0), "1900-03-01");
        assert_eq!(date(45366.0), "2024-03-15");
        assert_eq!(date(45366.395833333336), "2024-03-15 09:30:00");
        assert_eq!(date(2958465.0), "9999-12-31");
        assert_eq!(date(-1.0), "-1");
        assert_eq!(serial_text(0.0, NumberKind::Date, true), "1904-01-01");
        assert_eq!(serial_text(43904.0, NumberKind::Date, true), "2024-03-15");
        assert_eq!(serial_text(0.5, NumberKind::Time, false), "12:00:00");
        assert_eq!(date(0.0909090909090909), "02:10:54");
        assert_eq!(
            serial_text(0.5, NumberKind::Date, true),
            "1904-01-01 12:00:00"
        );
        assert_eq!(serial_text(1.5, NumberKind::Duration, false), "1.5");
        assert_eq!(serial_text(45366.0, NumberKind::Plain, false), "45366");
    }
}
