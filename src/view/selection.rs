//! Which actor the user chose, and where they put actors by hand.

use std::collections::BTreeMap;

/// The selected actor, by id (not index, so links survive reordering).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub actor: Option<String>,
}

/// Actors dragged to a place of their own in the network view, by id, in
/// map units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pins(pub BTreeMap<String, (f64, f64)>);

impl Pins {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
