//! The information-day presentation as data: a deck of slides generated
//! from the dataset and its analysis, in the UI language. Each slide
//! carries a takeaway title (one sentence with its figure), the points and
//! speaker notes (with the figure's definition), and the map state it
//! shows. Pure: no browser, tested natively (`tests/present.rs`); the UI
//! in `ui/present/` only draws a [`Deck`] and moves through it.
//!
//! How names and figures are written is a parameter ([`Disclosure`]), so
//! a public (anonymised) wording plugs in without touching the deck.

mod build;
mod disclosure;
mod edits;
pub mod keys;
mod slide;

pub use build::{build_deck, DeckInput, TOP_OPPORTUNITIES};
pub use disclosure::{Disclosure, Plain, Public};
pub use edits::{DeckEdits, SlideEdit};
pub use slide::{camera_on, Focus, Slide, SlideKind, SlideMap, Step};

/// How far a slide about one stage zooms into its column.
pub const STAGE_ZOOM: f64 = 1.6;

/// Where a presentation stands: the shown slide (0-based, counting shown
/// slides only) and the step revealed within it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pos {
    pub slide: usize,
    pub step: usize,
}

/// The slides in order, hidden ones included (so they can be shown again).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deck {
    pub slides: Vec<Slide>,
}

impl Deck {
    /// The slides that are presented and printed.
    pub fn shown(&self) -> impl Iterator<Item = &Slide> {
        self.slides.iter().filter(|s| !s.hidden)
    }

    pub fn shown_count(&self) -> usize {
        self.shown().count()
    }

    /// The shown slide at `index`.
    pub fn slide(&self, index: usize) -> Option<&Slide> {
        self.shown().nth(index)
    }

    /// `pos` made valid for this deck (after slides were hidden, say).
    pub fn clamp(&self, pos: Pos) -> Pos {
        let n = self.shown_count();
        if n == 0 {
            return Pos::default();
        }
        let slide = pos.slide.min(n - 1);
        let steps = self.slide(slide).map_or(1, Slide::step_count);
        Pos {
            slide,
            step: pos.step.min(steps - 1),
        }
    }

    /// The next step, or the first step of the next slide; the end stays.
    pub fn next(&self, pos: Pos) -> Pos {
        let pos = self.clamp(pos);
        let steps = self.slide(pos.slide).map_or(1, Slide::step_count);
        if pos.step + 1 < steps {
            Pos {
                step: pos.step + 1,
                ..pos
            }
        } else if pos.slide + 1 < self.shown_count() {
            Pos {
                slide: pos.slide + 1,
                step: 0,
            }
        } else {
            pos
        }
    }

    /// The step before, or the last step of the slide before.
    pub fn prev(&self, pos: Pos) -> Pos {
        let pos = self.clamp(pos);
        if pos.step > 0 {
            Pos {
                step: pos.step - 1,
                ..pos
            }
        } else if pos.slide > 0 {
            self.last_step_of(pos.slide - 1)
        } else {
            pos
        }
    }

    /// The last step of the last slide (End).
    pub fn end(&self) -> Pos {
        self.last_step_of(self.shown_count().saturating_sub(1))
    }

    /// Slide `number` as people count (1 is the first); `None` outside the
    /// deck.
    pub fn goto(&self, number: usize) -> Option<Pos> {
        (1..=self.shown_count()).contains(&number).then(|| Pos {
            slide: number - 1,
            step: 0,
        })
    }

    fn last_step_of(&self, slide: usize) -> Pos {
        let steps = self.slide(slide).map_or(1, Slide::step_count);
        self.clamp(Pos {
            slide,
            step: steps - 1,
        })
    }

    /// The map the audience sees at `pos`, if the slide has one.
    pub fn map_at(&self, pos: Pos) -> Option<&SlideMap> {
        let slide = self.slide(pos.slide)?;
        slide
            .steps
            .get(pos.step)
            .and_then(|s| s.map.as_ref())
            .or(slide.map.as_ref())
    }
}
