//! Which picture of the cluster is shown.

/// The three views of the same data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MapMode {
    /// Stage columns and bands (ValueLinks convention).
    #[default]
    ValueChain,
    /// Force-directed network, coloured by sub-cluster.
    Network,
    /// Actors at their coordinates.
    Geographic,
}

impl MapMode {
    pub const ALL: [MapMode; 3] = [MapMode::ValueChain, MapMode::Network, MapMode::Geographic];

    /// The mode's name in links (`view=network`).
    pub fn token(self) -> &'static str {
        match self {
            MapMode::ValueChain => "chain",
            MapMode::Network => "network",
            MapMode::Geographic => "geo",
        }
    }

    /// The mode a link names; unknown names give `None`.
    pub fn parse(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.token() == token)
    }
}
