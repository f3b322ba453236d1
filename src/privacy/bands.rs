//! The bands figures are shown in while the anonymised mode is on: every
//! boundary in one place, so the map, the panels, the exports and the
//! presentation band alike (documented in `docs/architecture.md`).
//!
//! Each band is a closed range of whole units `low..=high` (`high` `None`
//! for the open top band); a figure is floored to whole units first, so
//! 49.6 employees or 49.6 % fall in the band ending at 49.

/// Head-count bands: the EU size classes (micro under 10, small under 50,
/// medium under 250), with large firms split once more at 1,000 because
/// a regional cluster rarely has more than one or two of them.
pub const EMPLOYEE_BANDS: [(u64, Option<u64>); 5] = [
    (0, Some(9)),
    (10, Some(49)),
    (50, Some(249)),
    (250, Some(999)),
    (1000, None),
];

/// Export-share bands in percent of turnover: "exports nothing" is its
/// own band, since it is what most survey answers say, then quarters.
pub const SHARE_BANDS: [(u64, Option<u64>); 5] = [
    (0, Some(0)),
    (1, Some(24)),
    (25, Some(49)),
    (50, Some(74)),
    (75, Some(100)),
];

/// Volumes (in the study's currency unit) are banded by order of
/// magnitude: 0–9, 10–99, 100–999, … The unit differs between studies
/// (TRY, thousand TRY, EUR), so fixed money bands would be too coarse for
/// one and too fine for another; a decade keeps about the same
/// uncertainty whatever the unit.
pub fn volume_band(volume: f64) -> (u64, Option<u64>) {
    let v = whole(volume);
    let mut low = 0u64;
    let mut high = 9u64;
    while v > high {
        low = high + 1;
        match high.checked_mul(10).and_then(|h| h.checked_add(9)) {
            Some(h) => high = h,
            None => return (low, None),
        }
    }
    (low, Some(high))
}

/// The head-count band of `employees`.
pub fn employee_band(employees: u32) -> (u64, Option<u64>) {
    band_of(&EMPLOYEE_BANDS, u64::from(employees))
}

/// The export-share band of `share` percent (values outside 0–100 go to
/// the nearest end).
pub fn share_band(share: f64) -> (u64, Option<u64>) {
    let pct = share.clamp(0.0, 100.0);
    // Any export at all is at least the 1–24 band: 0.4 % is not "nothing".
    let v = if pct > 0.0 { whole(pct).max(1) } else { 0 };
    band_of(&SHARE_BANDS, v)
}

fn whole(v: f64) -> u64 {
    if v.is_finite() && v > 0.0 {
        // `as` saturates at u64::MAX for huge values.
        v.floor() as u64
    } else {
        0
    }
}

fn band_of(bands: &[(u64, Option<u64>)], v: u64) -> (u64, Option<u64>) {
    bands
        .iter()
        .copied()
        .find(|(low, high)| v >= *low && high.is_none_or(|h| v <= h))
        .or_else(|| bands.last().copied())
        .unwrap_or((0, None))
}
