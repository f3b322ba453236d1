//! Thresholds and weights of the value-chain analyses, with their defaults
//! in one place so the UI can show and change them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
