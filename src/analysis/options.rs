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
        let total = o.weight_breadth
            + o.weight_volume
            + o.weight_availability
            + o.weight_reason
            + o.weight_centrality;
        if total <= 0.0 {
            o = Self {
                thin_ratio: o.thin_ratio,
                investor_min_firms: o.investor_min_firms,
                ..d
            };
        }
        o
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
}
