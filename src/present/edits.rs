//! The presenter's changes to the generated deck: titles, points, notes
//! and which slides are shown, by slide key. Saved with the workspace;
//! a regenerated deck (new data, another language) keeps them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlideEdit {
    pub title: Option<String>,
    /// One point per entry (the next-steps dates, say).
    pub points: Option<Vec<String>>,
    pub notes: Option<String>,
    pub hidden: bool,
}

impl SlideEdit {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeckEdits {
    pub slides: BTreeMap<String, SlideEdit>,
}

impl DeckEdits {
    pub fn get(&self, key: &str) -> Option<&SlideEdit> {
        self.slides.get(key)
    }

    /// Changes one slide's edit; an edit back to nothing is dropped, so
    /// the saved file holds only real changes.
    pub fn edit(&mut self, key: &str, change: impl FnOnce(&mut SlideEdit)) {
        let mut e = self.slides.get(key).cloned().unwrap_or_default();
        change(&mut e);
        if e.is_empty() {
            self.slides.remove(key);
        } else {
            self.slides.insert(key.to_string(), e);
        }
    }
}
