//! How the map draws what the layout placed: each actor's symbol (shape,
//! size, fill), each relation's stroke (colour by kind, width by
//! strength), and the colours of groups and marks (focus, selection,
//! highlight, search match). The SVG and the canvas renderer both read
//! this one [`MapStyle`], so a map looks the same whichever draws it.
//!
//! The layout decides where an actor sits and how much room it takes
//! ([`NodeBox::r`]); the style turns that room into a symbol.

use crate::model::{ActorKind, RelationKind};

use super::NodeBox;

/// Colours for groups (stage or community) in the network view; groups
/// beyond these repeat them.
/// Each at least 3:1 against the paper and every band (tests/contrast.rs).
pub const GROUP_COLOURS: [&str; 12] = [
    "#1f77b4", "#c25e00", "#2a8a2a", "#d62728", "#8a5cb8", "#8c564b", "#b8479a", "#6e6e6e",
    "#7d7d00", "#00808c", "#393b79", "#637939",
];

/// A symbol's shape: operators (firms, suppliers, service providers) are
/// circles, institutions squares, so the two read apart without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
}

/// One actor's symbol in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Symbol {
    pub shape: Shape,
    /// Centre.
    pub x: f64,
    pub y: f64,
    /// The circle's radius, or half the square's side.
    pub half: f64,
    /// Corner radius of a square.
    pub corner: f64,
    pub fill: &'static str,
}

/// How the SVG layer writes a symbol.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SvgShape {
    Circle {
        cx: f64,
        cy: f64,
        r: f64,
    },
    Rect {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        rx: f64,
    },
}

/// The path commands the canvas layer needs, so the symbol can be traced
/// into a canvas (or, in tests, recorded).
pub trait PathSink {
    fn move_to(&mut self, x: f64, y: f64);
    fn arc(&mut self, x: f64, y: f64, r: f64);
    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64);
}

impl Symbol {
    /// Width and height of the drawn symbol.
    pub fn size(&self) -> f64 {
        2.0 * self.half
    }

    pub fn svg(&self) -> SvgShape {
        match self.shape {
            Shape::Circle => SvgShape::Circle {
                cx: self.x,
                cy: self.y,
                r: self.half,
            },
            Shape::Square => SvgShape::Rect {
                x: self.x - self.half,
                y: self.y - self.half,
                width: self.size(),
                height: self.size(),
                rx: self.corner,
            },
        }
    }

    /// Adds the symbol to the current canvas path (a whole sub-path, so
    /// many symbols of one colour fill in one call).
    pub fn trace(&self, sink: &mut impl PathSink) {
        match self.shape {
            Shape::Circle => {
                sink.move_to(self.x + self.half, self.y);
                sink.arc(self.x, self.y, self.half);
            }
            Shape::Square => sink.rect(
                self.x - self.half,
                self.y - self.half,
                self.size(),
                self.size(),
            ),
        }
    }
}

/// A line's colour and width, in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub colour: &'static str,
    pub width: f64,
}

/// What an actor can be marked as, beyond its fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Under the pointer or keyboard focus.
    Focused,
    Selected,
    /// One of the firms of a highlighted opportunity.
    Highlighted,
    /// Matches the search.
    Match,
    /// Located outside the region.
    Outside,
}

impl Mark {
    pub const ALL: [Mark; 5] = [
        Mark::Focused,
        Mark::Selected,
        Mark::Highlighted,
        Mark::Match,
        Mark::Outside,
    ];

    pub fn token(self) -> &'static str {
        match self {
            Mark::Focused => "focused",
            Mark::Selected => "selected",
            Mark::Highlighted => "highlighted",
            Mark::Match => "match",
            Mark::Outside => "outside",
        }
    }
}

/// The drawing rules of the map. [`MapStyle::STANDARD`] is the app's.
#[derive(Debug, Clone, PartialEq)]
pub struct MapStyle {
    /// Fill per actor kind, in [`ActorKind::ALL`] order.
    pub kinds: [&'static str; ActorKind::ALL.len()],
    /// Stroke per relation kind, in [`RelationKind::ALL`] order.
    pub relations: [&'static str; RelationKind::ALL.len()],
    pub groups: [&'static str; GROUP_COLOURS.len()],
    /// A square's side is this many times the layout radius: its area is
    /// close to the circle's of that radius.
    pub square_side: f64,
    pub square_corner: f64,
    /// Relation width: `base + per_strength * strength` (strength 1–5).
    pub relation_base: f64,
    pub relation_per_strength: f64,
    /// The light rim that separates touching symbols.
    pub outline: Stroke,
    pub focused: Stroke,
    pub selected: Stroke,
    pub highlighted: Stroke,
    pub matched: Stroke,
    pub outside: Stroke,
    /// Opacity of actors dimmed by a highlight or a search.
    pub dimmed_opacity: f64,
    /// Text colour of labels.
    pub ink: &'static str,
}

impl MapStyle {
    pub const STANDARD: MapStyle = MapStyle {
        // firm, supplier, service provider, institution, university,
        // research, public agency, association, finance. Hues after
        // Okabe and Ito's colour-blind-safe set, darkened until each is at
        // least 3:1 on every band (issue 16); operators and institutions
        // differ by shape as well.
        kinds: [
            "#0072b2", "#007a5a", "#7b61c9", "#6b5b95", "#c05000", "#a86b00", "#b0407f", "#56606b",
            "#4f7f3a",
        ],
        // supply, collaboration, knowledge, support, other kinds (as in
        // the file)
        relations: ["#48617d", "#2a8a50", "#8e44ad", "#b35f00", "#767676"],
        groups: GROUP_COLOURS,
        square_side: 1.7,
        square_corner: 3.0,
        relation_base: 0.6,
        relation_per_strength: 0.45,
        outline: Stroke {
            colour: "#ffffff",
            width: 1.5,
        },
        // Amber rings dark enough for 3:1 on the bands.
        focused: Stroke {
            colour: "#9a6200",
            width: 3.0,
        },
        selected: Stroke {
            colour: "#111111",
            width: 3.0,
        },
        highlighted: Stroke {
            colour: "#b06f00",
            width: 3.0,
        },
        matched: Stroke {
            colour: "#d62828",
            width: 3.0,
        },
        outside: Stroke {
            colour: "#333333",
            width: 1.5,
        },
        dimmed_opacity: 0.22,
        ink: "#1d2733",
    };

    pub fn kind_colour(&self, kind: ActorKind) -> &'static str {
        let i = ActorKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds[i]
    }

    pub fn relation_colour(&self, kind: RelationKind) -> &'static str {
        let i = RelationKind::ALL
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(0);
        self.relations[i]
    }

    pub fn group_colour(&self, group: usize) -> &'static str {
        self.groups[group % self.groups.len()]
    }

    /// An actor's fill: by group where the view colours by group (the
    /// network view), else by kind.
    pub fn fill(&self, kind: ActorKind, group: Option<usize>) -> &'static str {
        match group {
            Some(g) => self.group_colour(g),
            None => self.kind_colour(kind),
        }
    }

    /// The symbol of the actor of `kind` placed at `node`.
    pub fn symbol(&self, node: &NodeBox, kind: ActorKind) -> Symbol {
        let (shape, half, corner) = if kind.is_operator() {
            (Shape::Circle, node.r, 0.0)
        } else {
            (
                Shape::Square,
                node.r * self.square_side / 2.0,
                self.square_corner,
            )
        };
        Symbol {
            shape,
            x: node.x,
            y: node.y,
            half,
            corner,
            fill: self.fill(kind, node.group),
        }
    }

    /// Width of a relation of `strength` (1–5; others are clamped).
    pub fn relation_width(&self, strength: u8) -> f64 {
        self.relation_base + self.relation_per_strength * f64::from(strength.clamp(1, 5))
    }

    pub fn relation(&self, kind: RelationKind, strength: u8) -> Stroke {
        Stroke {
            colour: self.relation_colour(kind),
            width: self.relation_width(strength),
        }
    }

    pub fn mark(&self, mark: Mark) -> Stroke {
        match mark {
            Mark::Focused => self.focused,
            Mark::Selected => self.selected,
            Mark::Highlighted => self.highlighted,
            Mark::Match => self.matched,
            Mark::Outside => self.outside,
        }
    }

    /// The palette as CSS custom properties (`--firm: #0072b2; …`), set on
    /// the map region so the stylesheet's legend and mark rules use these
    /// colours rather than copies of them.
    pub fn css_properties(&self) -> String {
        let mut out = String::new();
        for (k, c) in ActorKind::ALL.iter().zip(self.kinds) {
            out.push_str(&format!("--{}:{c};", k.token()));
        }
        for (k, c) in RelationKind::ALL.iter().zip(self.relations) {
            out.push_str(&format!("--{}:{c};", k.token()));
        }
        for (g, c) in self.groups.iter().enumerate() {
            out.push_str(&format!("--group-{g}:{c};"));
        }
        for m in Mark::ALL {
            let s = self.mark(m);
            out.push_str(&format!(
                "--mark-{t}:{c};--mark-{t}-width:{w};",
                t = m.token(),
                c = s.colour,
                w = s.width
            ));
        }
        out.push_str(&format!("--dimmed:{};", self.dimmed_opacity));
        out
    }
}

impl Default for MapStyle {
    fn default() -> Self {
        Self::STANDARD
    }
}
