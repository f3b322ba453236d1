//! Which parts of a [`Session`](super::Session) an action changed, so the
//! UI wakes only what reads those parts.

/// A set of [`Part`]s.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changed(u32);

/// One independently observed part of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Part {
    Lang,
    Workspace,
    Options,
    Preset,
    Columns,
    Search,
    Filters,
    Camera,
    Selection,
    Hover,
    Mode,
    Pins,
    Highlight,
    Status,
    Previews,
    /// The user's choices of what categorical values mean.
    Values,
    Privacy,
    /// Whether and where a presentation runs, the handout.
    Present,
    /// The presenter's changes to the generated deck.
    Deck,
}

impl Part {
    pub const ALL: [Part; 19] = [
        Part::Lang,
        Part::Workspace,
        Part::Options,
        Part::Preset,
        Part::Columns,
        Part::Search,
        Part::Filters,
        Part::Camera,
        Part::Selection,
        Part::Hover,
        Part::Mode,
        Part::Pins,
        Part::Highlight,
        Part::Status,
        Part::Previews,
        Part::Values,
        Part::Privacy,
        Part::Present,
        Part::Deck,
    ];
}

impl Changed {
    pub const NONE: Changed = Changed(0);

    pub fn of(parts: &[Part]) -> Self {
        parts.iter().fold(Self::NONE, |c, p| c.with(*p))
    }

    pub fn with(self, part: Part) -> Self {
        Changed(self.0 | 1 << part as u8)
    }

    pub fn contains(self, part: Part) -> bool {
        self.0 & (1 << part as u8) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn parts(self) -> impl Iterator<Item = Part> {
        Part::ALL.into_iter().filter(move |p| self.contains(*p))
    }
}
