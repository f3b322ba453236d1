//! The presentation's actions on the session: starting and ending it,
//! showing a slide's map, blacking out, the handout and the deck edits.
//! The deck itself is computed from the analysis (`crate::present`); the
//! session only keeps where the presentation stands and what it replaced.

use super::{Highlight, Part, Session};
use crate::present::{DeckEdits, Pos, SlideEdit, SlideMap};
use crate::view::ViewState;

#[derive(Debug, Clone, PartialEq)]
pub struct Presenting {
    pub pos: Pos,
    /// The screen is black (B or "."), the slide stays where it is.
    pub black: bool,
    /// Notes, next slide and time beside the slide: rehearsing, or the
    /// presenter's own window.
    pub with_notes: bool,
    /// What the map showed before, brought back at the end.
    before: ViewState,
    before_highlight: Option<Highlight>,
}

/// `slide=N` (1-based) of an address, for a reload during a presentation.
fn query_number(query: &str, key: &str) -> Option<usize> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| v.parse().ok())
}

impl Session {
    /// Starts presenting at the first slide (or changes between the
    /// audience's and the presenter's layout when already presenting).
    pub fn start_presenting(&mut self, with_notes: bool) {
        match &mut self.presenting {
            Some(p) => {
                if p.with_notes != with_notes {
                    p.with_notes = with_notes;
                    self.touch(Part::Present);
                }
            }
            None => {
                self.presenting = Some(Presenting {
                    pos: Pos::default(),
                    black: false,
                    with_notes,
                    before: self.view(),
                    before_highlight: self.highlight.clone(),
                });
                self.handout = false;
                self.touch(Part::Present);
                // A search marks actors; slides mark only their own.
                self.set_search("");
                self.select(None);
            }
        }
    }

    /// A presentation the address asks for (`slide=N`, `notes=1`).
    pub(super) fn resume_from_query(&mut self, query: &str) {
        if let Some(n) = query_number(query, "slide").filter(|n| *n >= 1) {
            self.start_presenting(query_number(query, "notes") == Some(1));
            if let Some(p) = &mut self.presenting {
                p.pos = Pos {
                    slide: n - 1,
                    step: 0,
                };
            }
        }
    }

    /// Goes to `pos` and shows its map: view, filters, focus and camera.
    /// Without a map (a text slide) the map is left as it was. Lights
    /// come back on.
    pub fn show_slide(&mut self, pos: Pos, map: Option<&SlideMap>) {
        let Some(p) = &mut self.presenting else {
            return;
        };
        if p.pos != pos || p.black {
            p.pos = pos;
            p.black = false;
            self.touch(Part::Present);
        }
        let Some(map) = map else {
            return;
        };
        self.set_mode(map.mode);
        self.set_filters(|f| *f = map.filters.clone());
        self.highlight(map.focus.as_ref().map(|f| Highlight {
            stage: f.stage,
            actors: f.actors.clone(),
        }));
        self.set_camera(map.camera);
    }

    /// B or ".": black screen on, or off again.
    pub fn toggle_black(&mut self) {
        if let Some(p) = &mut self.presenting {
            p.black = !p.black;
            self.touch(Part::Present);
        }
    }

    /// Esc: the presentation ends and the map is as it was before.
    pub fn stop_presenting(&mut self) {
        let Some(p) = self.presenting.take() else {
            return;
        };
        self.touch(Part::Present);
        self.put_view(p.before);
        self.highlight(p.before_highlight);
    }

    pub fn open_handout(&mut self) {
        Self::put(&mut self.changed, &mut self.handout, true, Part::Present);
    }

    pub fn close_handout(&mut self) {
        Self::put(&mut self.changed, &mut self.handout, false, Part::Present);
    }

    /// Changes a slide's title, points, notes or whether it is shown.
    pub fn edit_slide(&mut self, key: &str, change: impl FnOnce(&mut SlideEdit)) {
        let mut edits = self.deck_edits.clone();
        edits.edit(key, change);
        Self::put(&mut self.changed, &mut self.deck_edits, edits, Part::Deck);
    }

    pub(super) fn set_deck_edits(&mut self, edits: DeckEdits) {
        Self::put(&mut self.changed, &mut self.deck_edits, edits, Part::Deck);
    }

    /// The view to save and link: the one the presentation replaced.
    pub(super) fn view_outside_presentation(&self) -> ViewState {
        match &self.presenting {
            Some(p) => p.before.clone(),
            None => self.view(),
        }
    }

    /// The address during a presentation: the language and the slide
    /// number only, so nothing of a slide's content is in it.
    pub(super) fn presenting_query(&self) -> Option<String> {
        let p = self.presenting.as_ref()?;
        let notes = if p.with_notes { "&notes=1" } else { "" };
        // A reload during the presentation keeps the names hidden.
        let anon = self
            .privacy
            .to_query()
            .map(|q| format!("&{q}"))
            .unwrap_or_default();
        Some(format!(
            "lang={}{anon}&slide={}{notes}",
            self.lang.code(),
            p.pos.slide + 1
        ))
    }
}
