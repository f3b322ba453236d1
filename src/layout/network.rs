//! The network view: actors where the force-directed layout put them,
//! coloured by group (community or stage), with as many labels as fit
//! without overlapping. Produces the same [`MapLayout`] as the value-chain
//! view, so both are drawn by the same renderers and tested the same way.

use super::force::{force_layout, ForceOptions};
use super::text::{text_width, truncate};
use super::value_chain::{curve, size_radius, BandRow, LayoutOptions, MapLayout, NodeBox};
use crate::model::Dataset;

/// Canvas of the network view in map units: the 16:9-ish shape of a
/// projector, like the value-chain map at its default size.
pub const NETWORK_WIDTH: f64 = 1280.0;
pub const NETWORK_HEIGHT: f64 = 760.0;
const MARGIN: f64 = 40.0;
/// More labels than this are unreadable whatever the zoom; the rest are in
/// the tooltip and the search.
const MAX_LABELS: usize = 400;

/// Force-directed positions of a dataset's actors (see
/// [`force_layout`]): relations weighted by strength, parallel relations
/// adding up. This is the expensive half of the network view; the app runs
/// it in the analysis worker.
///
/// # Complexity
/// O(iterations × (V log V + E)).
pub fn network_positions(dataset: &Dataset) -> Vec<(f64, f64)> {
    let edges: Vec<(usize, usize, f64)> = dataset
        .relations
        .iter()
        .map(|r| (r.source, r.target, f64::from(r.strength)))
        .collect();
    force_layout(
        dataset.actors.len(),
        &edges,
        &ForceOptions::for_size(dataset.actors.len()),
    )
}

/// Lays out the network view from precomputed positions.
///
/// # Arguments
/// * `positions` - one per actor, from [`network_positions`]; missing or
///   non-finite ones put the actor at the centre.
/// * `groups` - colour group per actor (community or stage index).
/// * `pinned` - actors the user dragged, with their place in map units
///   (kept inside the canvas); they keep it whatever the layout says.
///
/// # Returns
/// Positions scaled into [`NETWORK_WIDTH`] x [`NETWORK_HEIGHT`] keeping
/// their proportions; every actor one node; relations as gently curved
/// edges; labels only where they do not overlap another label (largest
/// actors first). Complexity: O(V log V + E).
pub fn layout_network(
    dataset: &Dataset,
    positions: &[(f64, f64)],
    groups: &[Option<usize>],
    pinned: &[(usize, (f64, f64))],
) -> MapLayout {
    let o = LayoutOptions::default();
    let n = dataset.actors.len();
    // Actors without any relation form a row of their own along the
    // bottom: in the force layout they would drift to the rim and shrink
    // everything else to fit.
    let mut tied = vec![false; n];
    for r in &dataset.relations {
        if r.source < n && r.target < n && r.source != r.target {
            tied[r.source] = true;
            tied[r.target] = true;
        }
    }
    let isolated: Vec<usize> = (0..n).filter(|&i| !tied[i]).collect();
    let connected = n - isolated.len();
    // Until the force layout arrives (or when its worker cannot start),
    // the tied actors stand on a circle in group order rather than on top
    // of each other.
    let waiting: Vec<(f64, f64)>;
    let positions = if positions.len() >= n {
        positions
    } else {
        let mut order: Vec<usize> = (0..n).filter(|&i| tied[i]).collect();
        order.sort_by_key(|&i| (groups.get(i).copied().flatten(), i));
        let mut ring = vec![(0.0, 0.0); n];
        let m = order.len().max(1) as f64;
        for (k, &i) in order.iter().enumerate() {
            let angle = std::f64::consts::TAU * k as f64 / m;
            ring[i] = (angle.cos(), angle.sin());
        }
        waiting = ring;
        &waiting
    };
    let rotated = principal_axes(positions, &tied);
    let at = |i: usize| rotated.get(i).copied().unwrap_or((0.0, 0.0));
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for i in (0..n).filter(|&i| tied[i]) {
        let (x, y) = at(i);
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    // Crowded maps shrink every node alike: about a tenth of each actor's
    // share of the canvas is ink.
    let share =
        ((NETWORK_WIDTH - 2.0 * MARGIN) * (NETWORK_HEIGHT - 2.0 * MARGIN) / n.max(1) as f64).sqrt();
    let shrink = (share / (4.0 * o.max_radius)).clamp(0.15, 1.0);
    let slot = 2.0 * o.max_radius * shrink + 4.0;
    let per_row = ((NETWORK_WIDTH - 5.0 * MARGIN) / slot).floor().max(1.0) as usize;
    let isolated_rows = isolated.len().div_ceil(per_row);
    let isolated_h = isolated_rows as f64 * slot + if isolated_rows > 0 { 24.0 } else { 0.0 };
    let (w, h) = (
        NETWORK_WIDTH - 2.0 * MARGIN,
        (NETWORK_HEIGHT - 2.0 * MARGIN - isolated_h).max(NETWORK_HEIGHT / 3.0),
    );
    let scale = if connected < 2 || x1 <= x0 && y1 <= y0 {
        1.0
    } else {
        (w / (x1 - x0).max(1e-9)).min(h / (y1 - y0).max(1e-9))
    };
    let (ox, oy) = if connected == 0 {
        (0.0, 0.0)
    } else {
        (
            MARGIN + (w - (x1 - x0) * scale) / 2.0 - x0 * scale,
            MARGIN + (h - (y1 - y0) * scale) / 2.0 - y0 * scale,
        )
    };
    let mut layout = MapLayout {
        width: NETWORK_WIDTH,
        height: NETWORK_HEIGHT,
        header_height: 0.0,
        label_font: o.label_font,
        header_font: o.header_font,
        ..Default::default()
    };
    let row_of: std::collections::HashMap<usize, usize> =
        isolated.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    layout.nodes = (0..n)
        .map(|i| {
            let (x, y) = if let Some(&k) = row_of.get(&i) {
                let top = NETWORK_HEIGHT - MARGIN - isolated_rows as f64 * slot;
                (
                    2.5 * MARGIN + ((k % per_row) as f64 + 0.5) * slot,
                    top + ((k / per_row) as f64 + 0.5) * slot,
                )
            } else if connected == 1 {
                (NETWORK_WIDTH / 2.0, NETWORK_HEIGHT / 2.0)
            } else {
                let (x, y) = at(i);
                (x * scale + ox, y * scale + oy)
            };
            let r = size_radius(dataset.actors[i].employees, &o, shrink);
            NodeBox {
                actor: i,
                row: BandRow::Operators,
                x,
                y,
                r,
                label: String::new(),
                label_y: y + r + o.label_font + 1.0,
                label_width: 0.0,
                group: groups.get(i).copied().flatten(),
            }
        })
        .collect();
    for &(actor, (x, y)) in pinned {
        if let Some(node) = layout.nodes.get_mut(actor) {
            if x.is_finite() && y.is_finite() {
                node.x = x.clamp(node.r, NETWORK_WIDTH - node.r);
                node.y = y.clamp(node.r, NETWORK_HEIGHT - node.r);
                node.label_y = node.y + node.r + o.label_font + 1.0;
            }
        }
    }
    place_labels(&mut layout, dataset, &o);
    let pos: Vec<(f64, f64, f64)> = layout.nodes.iter().map(|n| (n.x, n.y, n.r)).collect();
    layout.edges = dataset
        .relations
        .iter()
        .enumerate()
        .filter_map(|(i, rel)| {
            let (s, t) = (*pos.get(rel.source)?, *pos.get(rel.target)?);
            // A slight clockwise bow tells the two directions of a pair apart.
            let (dx, dy) = (t.0 - s.0, t.1 - s.1);
            let ctrl = ((s.0 + t.0) / 2.0 - dy * 0.12, (s.1 + t.1) / 2.0 + dx * 0.12);
            Some(curve(i, s, t, ctrl))
        })
        .collect();
    layout
}

/// Positions turned so the layout's longest extent is horizontal (its
/// principal axis), which fits the wide screens it is shown on. Only tied
/// actors count; missing or non-finite positions become the origin.
fn principal_axes(positions: &[(f64, f64)], tied: &[bool]) -> Vec<(f64, f64)> {
    let pos: Vec<(f64, f64)> = (0..tied.len())
        .map(|i| {
            positions
                .get(i)
                .copied()
                .filter(|p| p.0.is_finite() && p.1.is_finite())
                .unwrap_or((0.0, 0.0))
        })
        .collect();
    let members: Vec<&(f64, f64)> = pos
        .iter()
        .zip(tied)
        .filter(|(_, t)| **t)
        .map(|(p, _)| p)
        .collect();
    let m = members.len().max(1) as f64;
    let (mx, my) = members
        .iter()
        .fold((0.0, 0.0), |s, p| (s.0 + p.0 / m, s.1 + p.1 / m));
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for p in &members {
        let (dx, dy) = (p.0 - mx, p.1 - my);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    let angle = 0.5 * (2.0 * sxy).atan2(sxx - syy);
    let (c, s) = (angle.cos(), angle.sin());
    pos.iter()
        .map(|p| {
            let (dx, dy) = (p.0 - mx, p.1 - my);
            (dx * c + dy * s, -dx * s + dy * c)
        })
        .collect()
}

/// Greedy label placement: biggest actors first, each label centred under
/// its node, kept if it stays on the canvas and clear of every label kept
/// before. Checks only labels in nearby grid cells, so it is linear in
/// practice.
pub(crate) fn place_labels(layout: &mut MapLayout, dataset: &Dataset, o: &LayoutOptions) {
    let font = o.label_font;
    let mut order: Vec<usize> = (0..layout.nodes.len()).collect();
    order.sort_by(|&a, &b| {
        layout.nodes[b]
            .r
            .total_cmp(&layout.nodes[a].r)
            .then(a.cmp(&b))
    });
    let cell = 120.0;
    let cols = (layout.width / cell).ceil() as usize + 1;
    let rows = (layout.height / cell).ceil() as usize + 1;
    let mut grid: Vec<Vec<(f64, f64, f64, f64)>> = vec![Vec::new(); cols * rows];
    let cell_of = |v: f64, max: usize| ((v.max(0.0) / cell) as usize).min(max - 1);
    // Nodes are obstacles too: a label must not cover another actor.
    let discs: Vec<(f64, f64, f64, f64)> = layout
        .nodes
        .iter()
        .map(|n| (n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r))
        .collect();
    for d in &discs {
        for r in cell_of(d.1, rows)..=cell_of(d.3, rows) {
            for c in cell_of(d.0, cols)..=cell_of(d.2, cols) {
                grid[r * cols + c].push(*d);
            }
        }
    }
    let mut placed = 0;
    for i in order {
        if placed >= MAX_LABELS {
            break;
        }
        let n = &layout.nodes[i];
        let label = truncate(&dataset.actors[n.actor].name, font, 150.0);
        let lw = text_width(&label, font);
        let rect = (
            n.x - lw / 2.0,
            n.label_y - font,
            n.x + lw / 2.0,
            n.label_y + 0.25 * font,
        );
        if rect.0 < 0.0 || rect.2 > layout.width || rect.3 > layout.height {
            continue;
        }
        let (c0, c1) = (cell_of(rect.0, cols), cell_of(rect.2, cols));
        let (r0, r1) = (cell_of(rect.1, rows), cell_of(rect.3, rows));
        let cells = || (r0..=r1).flat_map(move |r| (c0..=c1).map(move |c| r * cols + c));
        let own = discs[i];
        let clear = cells().all(|k| {
            grid[k].iter().all(|b| {
                *b == own || rect.2 <= b.0 || b.2 <= rect.0 || rect.3 <= b.1 || b.3 <= rect.1
            })
        });
        if clear {
            for k in cells() {
                grid[k].push(rect);
            }
            let node = &mut layout.nodes[i];
            node.label = label;
            node.label_width = lw;
            placed += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_fits_the_canvas_with_disjoint_labels() {
        let data = crate::sample::dataset();
        let groups = vec![None; data.actors.len()];
        let l = layout_network(&data, &network_positions(&data), &groups, &[]);
        assert_eq!(l.nodes.len(), data.actors.len());
        assert_eq!(l.edges.len(), data.relations.len());
        for n in &l.nodes {
            assert!(n.x - n.r >= 0.0 && n.x + n.r <= l.width, "{n:?}");
            assert!(n.y - n.r >= 0.0 && n.y + n.r <= l.height, "{n:?}");
        }
        let labelled: Vec<_> = l.nodes.iter().filter(|n| !n.label.is_empty()).collect();
        // Most of a 50-actor sample is labelled.
        assert!(labelled.len() * 2 > data.actors.len(), "{}", labelled.len());
        for (i, a) in labelled.iter().enumerate() {
            for b in &labelled[i + 1..] {
                let apart = a.x + a.label_width / 2.0 <= b.x - b.label_width / 2.0
                    || b.x + b.label_width / 2.0 <= a.x - a.label_width / 2.0
                    || a.label_y <= b.label_y - 1.25 * l.label_font
                    || b.label_y <= a.label_y - 1.25 * l.label_font;
                assert!(apart, "{} / {}", a.label, b.label);
            }
        }
    }

    #[test]
    fn missing_positions_do_not_panic() {
        let data = crate::sample::dataset();
        let l = layout_network(
            &data,
            &[(f64::NAN, 1.0)],
            &[],
            &[(0, (f64::NAN, 0.0)), (999, (1.0, 1.0))],
        );
        assert_eq!(l.nodes.len(), data.actors.len());
        assert!(l.nodes.iter().all(|n| n.x.is_finite() && n.y.is_finite()));
    }

    #[test]
    fn pinned_actors_stay_where_dropped_and_their_edges_follow() {
        let data = crate::sample::dataset();
        let p = network_positions(&data);
        let l = layout_network(&data, &p, &[], &[(3, (100.0, 90.0)), (4, (-50.0, 1e6))]);
        assert_eq!((l.nodes[3].x, l.nodes[3].y), (100.0, 90.0));
        // Dropped off the canvas: kept on its edge.
        assert!(l.nodes[4].x >= 0.0 && l.nodes[4].y <= NETWORK_HEIGHT);
        for e in &l.edges {
            let r = &data.relations[e.relation];
            if r.source == 3 {
                let d = ((e.from.0 - 100.0).powi(2) + (e.from.1 - 90.0).powi(2)).sqrt();
                assert!(d <= l.nodes[3].r + 1.5, "{d}");
            }
        }
    }
}
