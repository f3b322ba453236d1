//! The value-chain map layout (ValueLinks convention): core stages as
//! columns from inputs to end market, operators stacked in their stage,
//! actors from outside the region above their stage, support services in a
//! band below and the enabling environment below that.

use std::collections::BTreeMap;

use super::text::{truncate, wrap};
use crate::model::{Band, Dataset};

/// Sizes in SVG user units. The defaults are tuned so the sample fits a
/// 1366x768 projector at about 1:1 with 12-unit labels.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    pub column_width: f64,
    pub gutter: f64,
    pub header_font: f64,
    pub label_font: f64,
    pub min_radius: f64,
    pub max_radius: f64,
    /// Employee count drawn at `max_radius`; larger firms are capped.
    pub employees_at_max: f64,
    /// Barycentre sweeps used to order actors in their column.
    pub sweeps: usize,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            column_width: 150.0,
            gutter: 30.0,
            header_font: 13.0,
            label_font: 11.0,
            min_radius: 6.0,
            max_radius: 16.0,
            employees_at_max: 500.0,
            sweeps: 4,
        }
    }
}

/// The horizontal bands of the map, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BandRow {
    Outside,
    Operators,
    Support,
    Enabling,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BandBox {
    pub row: BandRow,
    pub y: f64,
    pub height: f64,
}

/// A core stage's column.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnBox {
    pub stage: usize,
    pub x: f64,
    pub width: f64,
    /// No local actor works in this stage: drawn dashed and empty.
    pub missing: bool,
    /// The stage name wrapped to the column.
    pub header: Vec<String>,
}

/// A group of actors of one stage inside the support or enabling band.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentBox {
    pub row: BandRow,
    pub stage: Option<usize>,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub label: String,
    /// A support stage missing locally: marked like a missing core column.
    pub missing: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NodeBox {
    pub actor: usize,
    pub row: BandRow,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// The name, shortened to its slot; the full name is in the tooltip.
    pub label: String,
    /// Baseline of the label, centred on `x`.
    pub label_y: f64,
    pub label_width: f64,
    /// Colour group (stage or community) in views that colour by group;
    /// `None` colours by the actor's kind.
    pub group: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EdgePath {
    pub relation: usize,
    /// SVG path data: a quadratic curve ending at the target's rim.
    pub d: String,
    /// The same curve as points, for drawing on a canvas.
    pub from: (f64, f64),
    pub ctrl: (f64, f64),
    pub to: (f64, f64),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapLayout {
    pub width: f64,
    pub height: f64,
    pub header_height: f64,
    pub label_font: f64,
    pub header_font: f64,
    pub bands: Vec<BandBox>,
    pub columns: Vec<ColumnBox>,
    pub segments: Vec<SegmentBox>,
    pub nodes: Vec<NodeBox>,
    pub edges: Vec<EdgePath>,
    /// Actors are packed as unlabelled dots and relations are best shown
    /// bundled by stage (see [`super::bundle`]).
    pub dense: bool,
    /// Reference lines drawn under everything (the geographic grid).
    pub graticule: Vec<GuideLine>,
}

/// A labelled reference line.
#[derive(Debug, Clone, PartialEq)]
pub struct GuideLine {
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub label: String,
    /// Where the label's baseline starts.
    pub at: (f64, f64),
}

impl MapLayout {
    pub fn node_of(&self, actor: usize) -> Option<&NodeBox> {
        self.nodes.iter().find(|n| n.actor == actor)
    }

    /// For each actor (by index), the index of its node in `nodes`: one
    /// pass instead of a search per actor on large maps.
    pub fn node_index(&self, actors: usize) -> Vec<Option<usize>> {
        let mut index = vec![None; actors];
        for (i, n) in self.nodes.iter().enumerate() {
            if let Some(slot) = index.get_mut(n.actor) {
                *slot = Some(i);
            }
        }
        index
    }
}

const PAD: f64 = 10.0;
/// Columns with more actors than this are packed densely.
const DENSE_FROM: usize = 40;
/// Node size on densely packed maps, relative to the normal size.
const DENSE_SCALE: f64 = 0.3;
const SEGMENT_LABEL: f64 = 20.0;

/// Lays out the dataset as a value-chain map.
///
/// # Arguments
/// * `stage_labels` - display name of each stage (same order as
///   `dataset.stages`), in the UI language, used to wrap headers.
/// * `missing` - indices of stages missing locally (core columns and
///   support segments are marked).
///
/// # Returns
/// Every actor gets exactly one [`NodeBox`]; relations between placed
/// actors get an [`EdgePath`]. Complexity: O(sweeps × (V log V + E)).
pub fn layout_value_chain(
    dataset: &Dataset,
    stage_labels: &[String],
    missing: &[usize],
    options: &LayoutOptions,
) -> MapLayout {
    let o = options;
    let core: Vec<usize> = dataset.core_stages().map(|(i, _)| i).collect();
    let col_of_stage: BTreeMap<usize, usize> =
        core.iter().enumerate().map(|(c, s)| (*s, c)).collect();
    let label_of = |stage: usize| stage_labels.get(stage).cloned().unwrap_or_default();

    // Which band and group each actor belongs to.
    let mut in_column: BTreeMap<(BandRow, usize), Vec<usize>> = BTreeMap::new();
    let mut in_segment: BTreeMap<(BandRow, Option<usize>), Vec<usize>> = BTreeMap::new();
    for (i, actor) in dataset.actors.iter().enumerate() {
        let stage = dataset.actor_stage(i);
        let band = stage.map(|s| dataset.stages[s].band);
        match (stage.and_then(|s| col_of_stage.get(&s)), band) {
            (Some(&col), Some(Band::Core)) if actor.kind.is_operator() || !actor.is_local() => {
                let row = if actor.is_local() {
                    BandRow::Operators
                } else {
                    BandRow::Outside
                };
                in_column.entry((row, col)).or_default().push(i);
            }
            (_, Some(Band::Enabling)) => in_segment
                .entry((BandRow::Enabling, stage))
                .or_default()
                .push(i),
            _ => in_segment
                .entry((BandRow::Support, stage))
                .or_default()
                .push(i),
        }
    }
    // Support and enabling stages with nobody in them still get a segment,
    // so an empty service is visible.
    for (i, s) in dataset.stages.iter().enumerate() {
        let row = match s.band {
            Band::Support => BandRow::Support,
            Band::Enabling => BandRow::Enabling,
            Band::Core => continue,
        };
        in_segment.entry((row, Some(i))).or_default();
    }

    // A registry-sized cluster does not fit one actor per row: columns
    // taller than DENSE_FROM are packed into a grid of unlabelled dots
    // (names in the tooltip and search), and the map keeps a screen-like
    // shape instead of growing into a thin strip.
    let tallest = in_column.values().map(Vec::len).max().unwrap_or(0);
    let dense = tallest > DENSE_FROM;
    let scale = if dense { DENSE_SCALE } else { 1.0 };
    let (slot_h, per_row, cell_w) = if dense {
        let d = 2.0 * o.max_radius * scale + 3.0;
        let target_rows = 0.6 * core.len().max(1) as f64;
        let k = ((tallest as f64 / target_rows).sqrt().ceil() as usize).max(1);
        (d, k, o.column_width.max(k as f64 * d))
    } else {
        (2.0 * o.max_radius + o.label_font + 10.0, 1, o.column_width)
    };
    let inner_w = (core.len().max(1)) as f64 * cell_w;
    let width = o.gutter + inner_w + PAD;
    let radius = |actor: usize| size_radius(dataset.actors[actor].employees, o, scale);
    let place = |actor: usize, row: BandRow, x: f64, top: f64, slot_w: f64| {
        if dense {
            let y = top + slot_h / 2.0;
            NodeBox {
                actor,
                row,
                x,
                y,
                r: radius(actor),
                label: String::new(),
                label_y: y,
                label_width: 0.0,
                group: None,
            }
        } else {
            node(
                actor,
                row,
                x,
                top,
                slot_h,
                slot_w,
                radius(actor),
                dataset,
                o,
            )
        }
    };

    let mut layout = MapLayout {
        width,
        dense,
        label_font: o.label_font,
        header_font: o.header_font,
        ..Default::default()
    };

    // Header: wrapped stage names.
    let header_lines = 3;
    layout.header_height = PAD + header_lines as f64 * (o.header_font + 3.0) + PAD;
    for (c, &stage) in core.iter().enumerate() {
        layout.columns.push(ColumnBox {
            stage,
            x: o.gutter + c as f64 * cell_w,
            width: cell_w,
            missing: missing.contains(&stage),
            // Headers are bold: keep a wider margin than for regular labels.
            header: wrap(&label_of(stage), o.header_font, cell_w - 22.0, header_lines),
        });
    }
    let mut y = layout.header_height;

    // Column bands: outside the region, then operators.
    for row in [BandRow::Outside, BandRow::Operators] {
        let tallest = in_column
            .iter()
            .filter(|((r, _), _)| *r == row)
            .map(|(_, v)| v.len())
            .max()
            .unwrap_or(0);
        if tallest == 0 && row == BandRow::Outside {
            continue;
        }
        let height = tallest.max(1).div_ceil(per_row) as f64 * slot_h + 2.0 * PAD;
        layout.bands.push(BandBox { row, y, height });
        for ((r, col), actors) in in_column.iter().filter(|((r, _), _)| *r == row) {
            let left = o.gutter + *col as f64 * cell_w + (cell_w - per_row as f64 * slot_h) / 2.0;
            for (k, &actor) in actors.iter().enumerate() {
                let x = if dense {
                    left + ((k % per_row) as f64 + 0.5) * slot_h
                } else {
                    o.gutter + (*col as f64 + 0.5) * cell_w
                };
                let top = y + PAD + (k / per_row) as f64 * slot_h;
                layout.nodes.push(place(actor, *r, x, top, cell_w));
            }
        }
        y += height;
    }

    // Segment bands: support services, then enabling environment.
    for row in [BandRow::Support, BandRow::Enabling] {
        let groups: Vec<(Option<usize>, &Vec<usize>)> = in_segment
            .iter()
            .filter(|((r, _), _)| *r == row)
            .map(|((_, s), v)| (*s, v))
            .collect();
        if groups.is_empty() {
            continue;
        }
        let seg_cell = if dense { slot_h } else { cell_w };
        let cells_per_row = (inner_w / seg_cell).floor().max(1.0) as usize;
        // Fewest rows such that every group fits side by side.
        let rows = (1..)
            .find(|r| {
                groups
                    .iter()
                    .map(|(_, v)| v.len().max(1).div_ceil(*r))
                    .sum::<usize>()
                    <= cells_per_row
                    || *r > 4096
            })
            .unwrap_or(1);
        let cells: Vec<usize> = groups
            .iter()
            .map(|(_, v)| v.len().max(1).div_ceil(rows))
            .collect();
        let stretch = inner_w / (cells.iter().sum::<usize>() as f64 * seg_cell);
        let seg_h = SEGMENT_LABEL + rows as f64 * slot_h + PAD;
        let height = seg_h + 2.0 * PAD;
        layout.bands.push(BandBox { row, y, height });
        let mut x = o.gutter;
        for ((stage, actors), n_cells) in groups.iter().zip(&cells) {
            let seg_w = *n_cells as f64 * seg_cell * stretch;
            let seg_label = stage.map(label_of).unwrap_or_default();
            layout.segments.push(SegmentBox {
                row,
                stage: *stage,
                x: x + 3.0,
                y: y + PAD,
                width: seg_w - 6.0,
                height: seg_h,
                label: truncate(&seg_label, o.label_font, seg_w - 16.0),
                missing: stage.is_some_and(|s| missing.contains(&s)),
            });
            let this_cell = seg_w / *n_cells as f64;
            for (k, &actor) in actors.iter().enumerate() {
                let (cx, cy) = (k % n_cells, k / n_cells);
                let nx = x + (cx as f64 + 0.5) * this_cell;
                let top = y + PAD + SEGMENT_LABEL + cy as f64 * slot_h;
                layout.nodes.push(place(actor, row, nx, top, this_cell));
            }
            x += seg_w;
        }
        y += height;
    }
    layout.height = y + PAD;

    order_columns(&mut layout, dataset, o.sweeps);
    layout.edges = edges(&layout, dataset);
    layout
}

/// Node radius by head-count: area grows with employees up to
/// `employees_at_max`; unknown sizes get the middle radius. `scale`
/// shrinks every node alike on crowded maps.
pub(crate) fn size_radius(employees: Option<u32>, o: &LayoutOptions, scale: f64) -> f64 {
    let r = match employees {
        Some(e) => {
            let t = (f64::from(e).min(o.employees_at_max) / o.employees_at_max).sqrt();
            o.min_radius + t * (o.max_radius - o.min_radius)
        }
        None => (o.min_radius + o.max_radius) / 2.0,
    };
    r * scale
}

#[allow(clippy::too_many_arguments)]
fn node(
    actor: usize,
    row: BandRow,
    x: f64,
    top: f64,
    slot_h: f64,
    slot_w: f64,
    r: f64,
    dataset: &Dataset,
    o: &LayoutOptions,
) -> NodeBox {
    let label = truncate(&dataset.actors[actor].name, o.label_font, slot_w - 8.0);
    let centre = top + o.max_radius + 2.0;
    NodeBox {
        actor,
        row,
        x,
        y: centre,
        r,
        label_width: super::text::text_width(&label, o.label_font),
        label,
        label_y: (top + slot_h - 6.0).min(centre + o.max_radius + o.label_font + 2.0),
        group: None,
    }
}

/// Reorders actors inside each core column by the mean height of their
/// partners (barycentre heuristic), which shortens and uncrosses edges.
/// Slots stay where they are; only who sits in which slot changes.
fn order_columns(layout: &mut MapLayout, dataset: &Dataset, sweeps: usize) {
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); dataset.actors.len()];
    for r in &dataset.relations {
        partners[r.source].push(r.target);
        partners[r.target].push(r.source);
    }
    let mut groups: BTreeMap<(BandRow, Option<usize>), Vec<usize>> = BTreeMap::new();
    for (i, n) in layout.nodes.iter().enumerate() {
        if matches!(n.row, BandRow::Operators | BandRow::Outside) {
            groups
                .entry((n.row, dataset.actor_stage(n.actor)))
                .or_default()
                .push(i);
        }
    }
    for _ in 0..sweeps {
        let y_of: Vec<Option<f64>> = {
            let mut v = vec![None; dataset.actors.len()];
            for n in &layout.nodes {
                v[n.actor] = Some(n.y);
            }
            v
        };
        for members in groups.values() {
            // Slots top to bottom (left to right within a packed row).
            let mut slots: Vec<(f64, f64, f64)> = members
                .iter()
                .map(|&i| {
                    (
                        layout.nodes[i].y,
                        layout.nodes[i].x,
                        layout.nodes[i].label_y,
                    )
                })
                .collect();
            slots.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
            let mut keyed: Vec<(f64, usize, usize)> = members
                .iter()
                .map(|&i| {
                    let actor = layout.nodes[i].actor;
                    let ys: Vec<f64> = partners[actor].iter().filter_map(|p| y_of[*p]).collect();
                    let bary = if ys.is_empty() {
                        layout.nodes[i].y
                    } else {
                        ys.iter().sum::<f64>() / ys.len() as f64
                    };
                    (bary, actor, i)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            for ((_, _, i), (y, x, ly)) in keyed.iter().zip(&slots) {
                layout.nodes[*i].y = *y;
                layout.nodes[*i].x = *x;
                layout.nodes[*i].label_y = *ly;
            }
        }
    }
}

/// Curved paths between node rims. Each curve bows towards the middle of
/// the map, and its control point is kept inside the canvas, so no edge
/// leaves the drawing.
fn edges(layout: &MapLayout, dataset: &Dataset) -> Vec<EdgePath> {
    let mut pos = vec![None; dataset.actors.len()];
    for n in &layout.nodes {
        pos[n.actor] = Some((n.x, n.y, n.r));
    }
    let (mid_x, mid_y) = (layout.width / 2.0, layout.height / 2.0);
    dataset
        .relations
        .iter()
        .enumerate()
        .filter_map(|(i, rel)| {
            let (x1, y1, r1) = pos.get(rel.source).copied().flatten()?;
            let (x2, y2, r2) = pos.get(rel.target).copied().flatten()?;
            let (dx, dy) = (x2 - x1, y2 - y1);
            let bend = if dx.abs() < 1.0 { 0.35 } else { 0.18 };
            let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
            let a = (mx - dy * bend, my + dx * bend);
            let b = (mx + dy * bend, my - dx * bend);
            let dist = |p: (f64, f64)| (p.0 - mid_x).powi(2) + (p.1 - mid_y).powi(2);
            let (cx, cy) = if dist(a) <= dist(b) { a } else { b };
            let ctrl = (
                cx.clamp(4.0, layout.width - 4.0),
                cy.clamp(layout.header_height, layout.height - 4.0),
            );
            Some(curve(i, (x1, y1, r1), (x2, y2, r2), ctrl))
        })
        .collect()
}

/// A quadratic curve from rim to rim through `ctrl`: both ends are trimmed
/// along the tangent directions, the target end a little more to leave
/// room for the arrowhead.
pub(crate) fn curve(
    relation: usize,
    source: (f64, f64, f64),
    target: (f64, f64, f64),
    ctrl: (f64, f64),
) -> EdgePath {
    let (cx, cy) = ctrl;
    let trim = |px: f64, py: f64, r: f64| {
        let (tx, ty) = (cx - px, cy - py);
        let l = (tx * tx + ty * ty).sqrt().max(1e-6);
        (px + tx / l * r, py + ty / l * r)
    };
    let (sx, sy) = trim(source.0, source.1, source.2 + 1.0);
    let (ex, ey) = trim(target.0, target.1, target.2 + 3.0);
    EdgePath {
        relation,
        d: format!("M{sx:.1},{sy:.1} Q{cx:.1},{cy:.1} {ex:.1},{ey:.1}"),
        from: (sx, sy),
        ctrl,
        to: (ex, ey),
    }
}
