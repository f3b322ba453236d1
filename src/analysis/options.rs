//! Thresholds and weights of the value-chain analyses, with their defaults
//! in one place so the UI can show and change them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalysisOptions {
    /// A present stage is *thin* when local actors in it divided by local
    /// actors that need it is below this. Default 1/3: one local supplier
    /// for more than three dependent firms.
    pub thin_ratio: f64,
    /// Opportunity score weights (see [`super::opportunities`]); they are
    /// normalised to sum to 1.
    pub weight_breadth: f64,
    pub weight_volume: f64,
    pub weight_availability: f64,
    pub weight_reason: f64,
    pub weight_centrality: f64,
    /// A missing core stage needed by at least this many firms is worth
    /// attracting an investor; below it, a partner abroad is the realistic
    /// route.
    pub investor_min_firms: usize,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        Self {
            thin_ratio: 1.0 / 3.0,
            weight_breadth: 0.30,
            weight_volume: 0.25,
            weight_availability: 0.20,
            weight_reason: 0.15,
            weight_centrality: 0.10,
            investor_min_firms: 5,
        }
    }
}

impl AnalysisOptions {
    /// The options with nonsense replaced by defaults: a thin ratio outside
    /// (0, 10], negative or non-finite weights, or all weights zero (which
    /// would make every score 0/0).
    pub fn sanitized(&self) -> Self {
        let d = Self::default();
        let weight = |w: f64, default: f64| {
            if w.is_finite() && w >= 0.0 {
                w
            } else {
                default
            }
        };
        let mut o = Self {
            thin_ratio: if self.thin_ratio.is_finite()
                && self.thin_ratio > 0.0
                && self.thin_ratio <= 10.0
            {
                self.thin_ratio
            } else {
                d.thin_ratio
            },
            weight_breadth: weight(self.weight_breadth, d.weight_breadth),
            weight_volume: weight(self.weight_volume, d.weight_volume),
            weight_availability: weight(self.weight_availability, d.weight_availability),
            weight_reason: weight(self.weight_reason, d.weight_reason),
            weight_centrality: weight(self.weight_centrality, d.weight_centrality),
            investor_min_firms: self.investor_min_firms.clamp(1, 10_000),
        };
        if o.weights().iter().sum::<f64>() <= 0.0 {
            o = Self {
                thin_ratio: o.thin_ratio,
                investor_min_firms: o.investor_min_firms,
                ..d
            };
        }
        o
    }
}

/// Which setting a [`Setting`] describes; the UI names it through the
/// message catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingId {
    ThinRatio,
    InvestorMinFirms,
    WeightBreadth,
    WeightVolume,
    WeightAvailability,
    WeightReason,
    WeightCentrality,
}

/// Thresholds stand alone; weights make up the opportunity score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingGroup {
    Threshold,
    Weight,
}

/// One setting described as data: the settings panel and the score's
/// definition are drawn from these, so a new weight is added here once.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    pub id: SettingId,
    /// Stable name in test ids and files.
    pub key: &'static str,
    pub group: SettingGroup,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// Decimals shown in the input.
    pub decimals: usize,
    get: fn(&AnalysisOptions) -> f64,
    set: fn(&mut AnalysisOptions, f64),
}

impl Setting {
    pub fn get(&self, o: &AnalysisOptions) -> f64 {
        (self.get)(o)
    }

    /// The options with this setting at `value`, made sensible (see
    /// [`AnalysisOptions::sanitized`]); a non-finite value changes nothing.
    pub fn with(&self, o: &AnalysisOptions, value: f64) -> AnalysisOptions {
        let mut next = o.clone();
        if value.is_finite() {
            (self.set)(&mut next, value.clamp(self.min, self.max));
        }
        next.sanitized()
    }

    pub fn default_value(&self) -> f64 {
        self.get(&AnalysisOptions::default())
    }
}

/// A score weight: between 0 and 1 in steps of 0.05.
const fn weight(
    id: SettingId,
    key: &'static str,
    get: fn(&AnalysisOptions) -> f64,
    set: fn(&mut AnalysisOptions, f64),
) -> Setting {
    Setting {
        id,
        key,
        group: SettingGroup::Weight,
        min: 0.0,
        max: 1.0,
        step: 0.05,
        decimals: 2,
        get,
        set,
    }
}

/// Every setting, thresholds first, then the score weights in the order
/// of [`AnalysisOptions::weights`].
pub const SETTINGS: [Setting; 7] = [
    Setting {
        id: SettingId::ThinRatio,
        key: "thin",
        group: SettingGroup::Threshold,
        min: 0.05,
        max: 10.0,
        step: 0.05,
        decimals: 2,
        get: |o| o.thin_ratio,
        set: |o, v| o.thin_ratio = v,
    },
    Setting {
        id: SettingId::InvestorMinFirms,
        key: "investor",
        group: SettingGroup::Threshold,
        min: 1.0,
        max: 1000.0,
        step: 1.0,
        decimals: 0,
        get: |o| o.investor_min_firms as f64,
        set: |o, v| o.investor_min_firms = v.round() as usize,
    },
    weight(
        SettingId::WeightBreadth,
        "breadth",
        |o| o.weight_breadth,
        |o, v| o.weight_breadth = v,
    ),
    weight(
        SettingId::WeightVolume,
        "volume",
        |o| o.weight_volume,
        |o, v| o.weight_volume = v,
    ),
    weight(
        SettingId::WeightAvailability,
        "availability",
        |o| o.weight_availability,
        |o, v| o.weight_availability = v,
    ),
    weight(
        SettingId::WeightReason,
        "reason",
        |o| o.weight_reason,
        |o, v| o.weight_reason = v,
    ),
    weight(
        SettingId::WeightCentrality,
        "centrality",
        |o| o.weight_centrality,
        |o, v| o.weight_centrality = v,
    ),
];

impl AnalysisOptions {
    /// The five score weights: breadth, volume, availability, reason,
    /// centrality.
    pub fn weights(&self) -> [f64; 5] {
        [
            self.weight_breadth,
            self.weight_volume,
            self.weight_availability,
            self.weight_reason,
            self.weight_centrality,
        ]
    }

    /// Each weight's share of the score in percent, with its setting.
    pub fn weight_shares(&self) -> Vec<(&'static Setting, f64)> {
        let weights: Vec<&'static Setting> = SETTINGS
            .iter()
            .filter(|s| s.group == SettingGroup::Weight)
            .collect();
        let total: f64 = weights.iter().map(|s| s.get(self)).sum();
        weights
            .into_iter()
            .map(|s| {
                let share = if total > 0.0 {
                    100.0 * s.get(self) / total
                } else {
                    0.0
                };
                (s, share)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitized_keeps_sense_and_replaces_nonsense() {
        let ok = AnalysisOptions {
            thin_ratio: 0.5,
            weight_volume: 0.0,
            investor_min_firms: 3,
            ..Default::default()
        };
        assert_eq!(ok.sanitized(), ok);
        let bad = AnalysisOptions {
            thin_ratio: f64::NAN,
            weight_breadth: -1.0,
            weight_volume: f64::INFINITY,
            investor_min_firms: 0,
            ..Default::default()
        };
        let s = bad.sanitized();
        let d = AnalysisOptions::default();
        assert_eq!(s.thin_ratio, d.thin_ratio);
        assert_eq!(s.weight_breadth, d.weight_breadth);
        assert_eq!(s.weight_volume, d.weight_volume);
        assert_eq!(s.investor_min_firms, 1);
        let zero = AnalysisOptions {
            weight_breadth: 0.0,
            weight_volume: 0.0,
            weight_availability: 0.0,
            weight_reason: 0.0,
            weight_centrality: 0.0,
            ..Default::default()
        };
        assert_eq!(zero.sanitized().weight_breadth, d.weight_breadth);
    }

    #[test]
    fn settings_read_and_write_their_own_field() {
        let d = AnalysisOptions::default();
        for (i, s) in SETTINGS.iter().enumerate() {
            assert_eq!(s.get(&d), s.default_value());
            let target = if s.default_value() + s.step <= s.max {
                s.default_value() + s.step
            } else {
                s.min
            };
            let changed = s.with(&d, target);
            assert!((s.get(&changed) - target).abs() < 1e-9, "{}", s.key);
            // Every other setting keeps its value.
            for (j, other) in SETTINGS.iter().enumerate() {
                if i != j {
                    assert_eq!(
                        other.get(&changed),
                        other.get(&d),
                        "{} moved {}",
                        s.key,
                        other.key
                    );
                }
            }
            assert_eq!(s.with(&d, f64::NAN), d);
            assert!(s.get(&s.with(&d, 1e9)) <= s.max);
        }
        let weights: Vec<f64> = SETTINGS
            .iter()
            .filter(|s| s.group == SettingGroup::Weight)
            .map(|s| s.get(&d))
            .collect();
        assert_eq!(weights, d.weights());
        let shares: f64 = d.weight_shares().iter().map(|(_, p)| p).sum();
        assert!((shares - 100.0).abs() < 1e-9);
        assert!((d.weight_shares()[0].1 - 30.0).abs() < 1e-9);
    }
}
