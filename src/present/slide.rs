//! One slide and the map state it carries.

use crate::layout::MapLayout;
use crate::view::{Camera, Filters, MapMode};

/// What a slide is about; the key of its edits is derived from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlideKind {
    Title,
    Concept,
    Glance,
    /// The core stages revealed left to right, one step each.
    ValueChain,
    Relations,
    /// A stage with no local actor (index into `dataset.stages`).
    Gap(usize),
    /// Two neighbouring core stages that do not work together locally.
    Link {
        from: usize,
        to: usize,
    },
    /// The ranked opportunity (0 is the best) and its stage.
    Opportunity {
        rank: usize,
        stage: usize,
    },
    Internationalisation,
    NextSteps,
}

impl SlideKind {
    /// The kind's name in the page (`data-kind`), for styles and tests.
    pub fn token(&self) -> &'static str {
        match self {
            SlideKind::Title => "title",
            SlideKind::Concept => "concept",
            SlideKind::Glance => "glance",
            SlideKind::ValueChain => "chain",
            SlideKind::Relations => "relations",
            SlideKind::Gap(_) => "gap",
            SlideKind::Link { .. } => "link",
            SlideKind::Opportunity { .. } => "opportunity",
            SlideKind::Internationalisation => "internationalisation",
            SlideKind::NextSteps => "next",
        }
    }
}

/// The stage and actors a slide points at (the map's highlight).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    pub stage: usize,
    pub actors: Vec<usize>,
}

/// The map as a slide shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SlideMap {
    pub mode: MapMode,
    pub filters: Filters,
    pub focus: Option<Focus>,
    pub camera: Camera,
}

impl SlideMap {
    /// The whole map of a view, nothing hidden or highlighted.
    pub fn whole(mode: MapMode) -> Self {
        Self {
            mode,
            filters: Filters::default(),
            focus: None,
            camera: Camera::default(),
        }
    }
}

/// A click within a slide: a caption added and, maybe, another map.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub caption: String,
    /// `None` keeps the slide's map.
    pub map: Option<SlideMap>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub kind: SlideKind,
    /// Stable across languages and data reloads: what edits are saved under.
    pub key: String,
    /// The takeaway: one sentence stating the finding with its figure.
    pub title: String,
    /// The headline figure as written in the title (`None` for slides
    /// about concepts).
    pub figure: Option<String>,
    pub points: Vec<String>,
    /// What the presenter says, with the figure's definition.
    pub notes: String,
    pub map: Option<SlideMap>,
    /// Reveals within the slide; empty for a slide shown at once.
    pub steps: Vec<Step>,
    pub hidden: bool,
}

impl Slide {
    /// Positions within the slide: one per step, at least one.
    pub fn step_count(&self) -> usize {
        self.steps.len().max(1)
    }

    /// The captions revealed up to `step`.
    pub fn captions(&self, step: usize) -> impl Iterator<Item = &str> {
        self.steps.iter().take(step + 1).map(|s| s.caption.as_str())
    }
}

/// Zoom on what a slide is about: the stage (its column, or its box in
/// the support band) and the firms behind the finding come to the middle,
/// as far as the map's edges allow (the map always fills the frame); the
/// stage itself always stays on screen, core headers at the top.
pub fn camera_on(layout: &MapLayout, focus: &Focus, zoom: f64) -> Camera {
    let stage_box = layout
        .columns
        .iter()
        .find(|c| c.stage == focus.stage)
        .map(|c| (c.x, c.x + c.width, 0.0, 0.0))
        .or_else(|| {
            layout
                .segments
                .iter()
                .find(|s| s.stage == Some(focus.stage))
                .map(|s| (s.x, s.x + s.width, s.y, s.y + s.height))
        });
    let xs = focus
        .actors
        .iter()
        .filter_map(|a| layout.node_of(*a))
        .map(|n| (n.x, n.x))
        .chain(stage_box.map(|b| (b.0, b.1)));
    let Some((left, right)) = xs.reduce(|a, b| (a.0.min(b.0), a.1.max(b.1))) else {
        return Camera::default();
    };
    let (w, h) = (layout.width, layout.height);
    // `Camera::transform` zooms about the drawing's centre and adds the
    // pan: solve for the translation that centres the focus, then keep
    // the drawing covering the frame and the stage on it.
    let cover = |size: f64| (size * (1.0 - zoom), 0.0_f64);
    let (mut low, mut high) = cover(w);
    let (mut top_low, mut top_high) = cover(h);
    if let Some((x0, x1, y0, y1)) = stage_box {
        low = low.max(-zoom * x0);
        high = high.min(w - zoom * x1);
        top_low = top_low.max(-zoom * y0);
        top_high = top_high.min(h - zoom * y1);
    }
    let tx = (w / 2.0 - zoom * (left + right) / 2.0).clamp(low, high.max(low));
    // As high as the stage allows: the core headers stay in view.
    let ty = top_high.max(top_low);
    Camera {
        zoom,
        pan: (tx - (1.0 - zoom) * w / 2.0, ty - (1.0 - zoom) * h / 2.0),
    }
}
