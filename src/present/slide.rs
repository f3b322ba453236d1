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

/// Zoom on one stage column of the value-chain map, its header at the
/// top: the column's centre comes to the middle of the drawing.
pub fn camera_on_column(layout: &MapLayout, stage: usize, zoom: f64) -> Camera {
    let Some(col) = layout.columns.iter().find(|c| c.stage == stage) else {
        return Camera::default();
    };
    let centre = col.x + col.width / 2.0;
    // `Camera::transform` zooms about the drawing's centre; this pan puts
    // `centre` there and keeps the top edge (the headers) in view.
    Camera {
        zoom,
        pan: (
            zoom * (layout.width / 2.0 - centre),
            (zoom - 1.0) * layout.height / 2.0,
        ),
    }
}
