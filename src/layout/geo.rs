//! The geographic view: actors at their coordinates, without map tiles
//! (nothing may be fetched from the internet), on a labelled latitude and
//! longitude grid. The view is fitted to the region's own actors; actors
//! abroad sit on the frame in the direction where they are, and actors
//! without coordinates wait in a row below.

use super::network::place_labels;
use super::value_chain::{
    curve, size_radius, BandRow, GuideLine, LayoutOptions, MapLayout, NodeBox, SegmentBox,
};
use crate::model::Dataset;

pub const GEO_WIDTH: f64 = 1280.0;
pub const GEO_HEIGHT: f64 = 760.0;
const MARGIN: f64 = 44.0;
/// Grid spacings to choose from, degrees.
const STEPS: [f64; 12] = [
    0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 45.0,
];

fn coordinates(dataset: &Dataset, i: usize) -> Option<(f64, f64)> {
    let a = dataset.actors.get(i)?;
    match (a.lat, a.lon) {
        (Some(lat), Some(lon))
            if lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0 =>
        {
            Some((lat, lon))
        }
        _ => None,
    }
}

/// Whether any actor has usable coordinates (the view is offered then).
pub fn has_coordinates(dataset: &Dataset) -> bool {
    (0..dataset.actors.len()).any(|i| coordinates(dataset, i).is_some())
}

/// Lays out the geographic view.
///
/// # Arguments
/// * `no_coordinates` - label of the row of actors without coordinates,
///   in the UI language.
///
/// # Returns
/// Every actor one node: at its projected place (equirectangular, scaled
/// by the cosine of the region's latitude), nudged apart where discs would
/// overlap; actors outside the fitted region on the frame, towards their
/// place; the rest in a row at the bottom. Complexity: O(V log V + E).
pub fn layout_geographic(dataset: &Dataset, no_coordinates: &str) -> MapLayout {
    let o = LayoutOptions::default();
    let n = dataset.actors.len();
    let coords: Vec<Option<(f64, f64)>> = (0..n).map(|i| coordinates(dataset, i)).collect();
    // Fit to the region's own actors; to everyone with coordinates if none
    // is marked local.
    let local: Vec<usize> = (0..n)
        .filter(|&i| coords[i].is_some() && dataset.actors[i].is_local())
        .collect();
    let fit: Vec<usize> = if local.is_empty() {
        (0..n).filter(|&i| coords[i].is_some()).collect()
    } else {
        local
    };
    let lat0 = if fit.is_empty() {
        0.0
    } else {
        fit.iter()
            .filter_map(|&i| coords[i])
            .map(|c| c.0)
            .sum::<f64>()
            / fit.len() as f64
    };
    let kx = lat0.to_radians().cos().max(0.1);
    let project = |(lat, lon): (f64, f64)| (lon * kx, -lat);
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &i in &fit {
        if let Some(c) = coords[i] {
            let (x, y) = project(c);
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
    }
    if fit.is_empty() {
        (x0, y0, x1, y1) = (-1.0, -1.0, 1.0, 1.0);
    }
    // A little room around the outermost actors, and never less than about
    // a kilometre across, so a single site is not blown up.
    let pad = ((x1 - x0).max(y1 - y0) * 0.08).max(0.01);
    (x0, y0, x1, y1) = (x0 - pad, y0 - pad, x1 + pad, y1 + pad);

    let missing: Vec<usize> = (0..n).filter(|&i| coords[i].is_none()).collect();
    let share = ((GEO_WIDTH - 2.0 * MARGIN) * (GEO_HEIGHT - 2.0 * MARGIN) / n.max(1) as f64).sqrt();
    let shrink = (share / (4.0 * o.max_radius)).clamp(0.15, 1.0);
    let slot = 2.0 * o.max_radius * shrink + 4.0;
    let per_row = ((GEO_WIDTH - 2.0 * MARGIN) / slot).floor().max(1.0) as usize;
    let rows = missing.len().div_ceil(per_row);
    let row_h = if rows > 0 {
        rows as f64 * slot + 28.0
    } else {
        0.0
    };
    let (w, h) = (GEO_WIDTH - 2.0 * MARGIN, GEO_HEIGHT - 2.0 * MARGIN - row_h);
    let scale = (w / (x1 - x0)).min(h / (y1 - y0));
    let (ox, oy) = (
        MARGIN + (w - (x1 - x0) * scale) / 2.0 - x0 * scale,
        MARGIN + (h - (y1 - y0) * scale) / 2.0 - y0 * scale,
    );
    let frame = (
        MARGIN + (w - (x1 - x0) * scale) / 2.0,
        MARGIN + (h - (y1 - y0) * scale) / 2.0,
    );
    let frame = (
        frame.0,
        frame.1,
        frame.0 + (x1 - x0) * scale,
        frame.1 + (y1 - y0) * scale,
    );
    let centre = ((frame.0 + frame.2) / 2.0, (frame.1 + frame.3) / 2.0);

    let mut layout = MapLayout {
        width: GEO_WIDTH,
        height: GEO_HEIGHT,
        label_font: o.label_font,
        header_font: o.header_font,
        ..Default::default()
    };
    let mut row_k = 0;
    for (i, c) in coords.iter().enumerate() {
        let r = size_radius(dataset.actors[i].employees, &o, shrink);
        let (x, y, row) = match *c {
            Some(c) => {
                let (px, py) = project(c);
                let (x, y) = (px * scale + ox, py * scale + oy);
                if x < frame.0 || x > frame.2 || y < frame.1 || y > frame.3 {
                    let (bx, by) = to_frame(centre, (x, y), frame);
                    (bx, by, BandRow::Outside)
                } else {
                    (x, y, BandRow::Operators)
                }
            }
            None => {
                let top = GEO_HEIGHT - MARGIN - rows as f64 * slot;
                let k = row_k;
                row_k += 1;
                (
                    MARGIN + ((k % per_row) as f64 + 0.5) * slot,
                    top + ((k / per_row) as f64 + 0.5) * slot,
                    BandRow::Support,
                )
            }
        };
        layout.nodes.push(NodeBox {
            actor: i,
            row,
            x,
            y,
            r,
            label: String::new(),
            label_y: y + r + o.label_font + 1.0,
            label_width: 0.0,
            group: None,
        });
    }
    separate(&mut layout.nodes, frame);
    for node in &mut layout.nodes {
        node.label_y = node.y + node.r + o.label_font + 1.0;
    }
    if rows > 0 {
        let top = GEO_HEIGHT - MARGIN - rows as f64 * slot;
        layout.segments.push(SegmentBox {
            row: BandRow::Support,
            stage: None,
            x: MARGIN - 6.0,
            y: top - 22.0,
            width: GEO_WIDTH - 2.0 * MARGIN + 12.0,
            height: rows as f64 * slot + 26.0,
            label: no_coordinates.to_string(),
            missing: false,
        });
    }
    layout.graticule = graticule(frame, (x0, y0, x1, y1), kx, scale, (ox, oy));
    place_labels(&mut layout, dataset, &o);
    let pos: Vec<(f64, f64, f64)> = layout.nodes.iter().map(|n| (n.x, n.y, n.r)).collect();
    layout.edges = dataset
        .relations
        .iter()
        .enumerate()
        .filter_map(|(i, rel)| {
            let (s, t) = (*pos.get(rel.source)?, *pos.get(rel.target)?);
            let (dx, dy) = (t.0 - s.0, t.1 - s.1);
            let ctrl = ((s.0 + t.0) / 2.0 - dy * 0.12, (s.1 + t.1) / 2.0 + dx * 0.12);
            Some(curve(i, s, t, ctrl))
        })
        .collect();
    layout
}

/// Where the ray from `centre` towards `p` leaves the rectangle `frame`.
fn to_frame(centre: (f64, f64), p: (f64, f64), frame: (f64, f64, f64, f64)) -> (f64, f64) {
    let (dx, dy) = (p.0 - centre.0, p.1 - centre.1);
    let tx = if dx > 0.0 {
        (frame.2 - centre.0) / dx
    } else if dx < 0.0 {
        (frame.0 - centre.0) / dx
    } else {
        f64::MAX
    };
    let ty = if dy > 0.0 {
        (frame.3 - centre.1) / dy
    } else if dy < 0.0 {
        (frame.1 - centre.1) / dy
    } else {
        f64::MAX
    };
    let t = tx.min(ty).min(1.0);
    (centre.0 + dx * t, centre.1 + dy * t)
}

/// Pushes overlapping discs apart (a few relaxation rounds), keeping
/// placed actors inside `frame`; actors of one district end up side by
/// side around its centre.
fn separate(nodes: &mut [NodeBox], frame: (f64, f64, f64, f64)) {
    let movable: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].row != BandRow::Support)
        .collect();
    if movable.len() < 2 {
        return;
    }
    let cell = movable.iter().map(|&i| nodes[i].r).fold(1.0, f64::max) * 2.0 + 2.0;
    for _ in 0..40 {
        let mut grid: std::collections::HashMap<(i64, i64), Vec<usize>> = Default::default();
        for &i in &movable {
            let key = (
                (nodes[i].x / cell).floor() as i64,
                (nodes[i].y / cell).floor() as i64,
            );
            grid.entry(key).or_default().push(i);
        }
        let mut moved = false;
        for &i in &movable {
            let (cx, cy) = (
                (nodes[i].x / cell).floor() as i64,
                (nodes[i].y / cell).floor() as i64,
            );
            for gx in cx - 1..=cx + 1 {
                for gy in cy - 1..=cy + 1 {
                    let Some(others) = grid.get(&(gx, gy)) else {
                        continue;
                    };
                    for &j in others {
                        if j <= i {
                            continue;
                        }
                        let (dx, dy) = (nodes[j].x - nodes[i].x, nodes[j].y - nodes[i].y);
                        let d = (dx * dx + dy * dy).sqrt();
                        let need = nodes[i].r + nodes[j].r + 1.5;
                        if d < need {
                            // Coincident points part along a fixed direction
                            // that depends on their indices: deterministic.
                            let (ux, uy) = if d > 1e-9 {
                                (dx / d, dy / d)
                            } else {
                                let a = (i * 7 + j * 13) as f64;
                                (a.cos(), a.sin())
                            };
                            let push = (need - d) / 2.0;
                            nodes[i].x -= ux * push;
                            nodes[i].y -= uy * push;
                            nodes[j].x += ux * push;
                            nodes[j].y += uy * push;
                            moved = true;
                        }
                    }
                }
            }
        }
        for &i in &movable {
            let r = nodes[i].r;
            nodes[i].x = nodes[i].x.clamp(frame.0 + r, frame.2 - r);
            nodes[i].y = nodes[i].y.clamp(frame.1 + r, frame.3 - r);
        }
        if !moved {
            break;
        }
    }
}

/// Latitude and longitude lines every "round" step, four to eight across.
fn graticule(
    frame: (f64, f64, f64, f64),
    bounds: (f64, f64, f64, f64),
    kx: f64,
    scale: f64,
    offset: (f64, f64),
) -> Vec<GuideLine> {
    let (x0, y0, x1, y1) = bounds;
    let (lon0, lon1) = (x0 / kx, x1 / kx);
    let (lat0, lat1) = (-y1, -y0);
    let span = (lon1 - lon0).max(lat1 - lat0);
    let step = STEPS
        .iter()
        .copied()
        .find(|s| span / s <= 8.0)
        .unwrap_or(90.0);
    let decimals = if step < 0.1 {
        2
    } else if step < 1.0 {
        1
    } else {
        0
    };
    let mut lines = Vec::new();
    let mut lon = (lon0 / step).ceil() * step;
    while lon <= lon1 {
        let x = lon * kx * scale + offset.0;
        let hemi = if lon >= 0.0 { 'E' } else { 'W' };
        lines.push(GuideLine {
            from: (x, frame.1),
            to: (x, frame.3),
            label: format!("{:.*}°{hemi}", decimals, lon.abs()),
            at: (x + 3.0, frame.3 - 4.0),
        });
        lon += step;
    }
    let mut lat = (lat0 / step).ceil() * step;
    while lat <= lat1 {
        let y = -lat * scale + offset.1;
        let hemi = if lat >= 0.0 { 'N' } else { 'S' };
        lines.push(GuideLine {
            from: (frame.0, y),
            to: (frame.2, y),
            label: format!("{:.*}°{hemi}", decimals, lat.abs()),
            at: (frame.0 + 3.0, y - 3.0),
        });
        lat += step;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_fits_the_region_and_puts_abroad_on_the_frame() {
        let d = crate::sample::dataset();
        let l = layout_geographic(&d, "without coordinates");
        assert_eq!(l.nodes.len(), d.actors.len());
        for n in &l.nodes {
            assert!(n.x - n.r >= 0.0 && n.x + n.r <= l.width, "{n:?}");
            assert!(n.y - n.r >= 0.0 && n.y + n.r <= l.height, "{n:?}");
            let local = d.actors[n.actor].is_local();
            assert_eq!(
                n.row == BandRow::Outside,
                !local,
                "{}",
                d.actors[n.actor].id
            );
        }
        // No two discs overlap after separation.
        for (i, a) in l.nodes.iter().enumerate() {
            for b in &l.nodes[i + 1..] {
                let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                assert!(d >= a.r + b.r, "{} {}", a.actor, b.actor);
            }
        }
        // Shenzhen lies east-south-east of İzmir: on the right edge.
        let shenzhen = d.actor_index("shenzhen").unwrap();
        let s = &l.nodes[shenzhen];
        let right = l.nodes.iter().map(|n| n.x).fold(f64::MIN, f64::max);
        assert!((s.x - right).abs() < 20.0, "{s:?}");
        // Bornova (east) is right of Urla (west).
        let x_of = |id: &str| l.nodes[d.actor_index(id).unwrap()].x;
        let urla = d.actors.iter().position(|a| a.district == "Urla").unwrap();
        let bornova = d
            .actors
            .iter()
            .position(|a| a.district == "Bornova")
            .unwrap();
        assert!(x_of(&d.actors[bornova].id) > x_of(&d.actors[urla].id));
        assert!(!l.graticule.is_empty());
        assert!(l.graticule.iter().any(|g| g.label.ends_with("°N")));
        assert!(l.graticule.iter().any(|g| g.label.ends_with("°E")));
    }

    #[test]
    fn actors_without_coordinates_wait_in_a_row() {
        let mut d = crate::sample::dataset();
        d.actors[0].lat = None;
        d.actors[1].lon = Some(f64::NAN);
        d.actors[2].lat = Some(123.0);
        let l = layout_geographic(&d, "none");
        let waiting: Vec<usize> = l
            .nodes
            .iter()
            .filter(|n| n.row == BandRow::Support)
            .map(|n| n.actor)
            .collect();
        assert_eq!(waiting, [0, 1, 2]);
        assert_eq!(l.segments.len(), 1);
        assert_eq!(l.segments[0].label, "none");
        // Nobody at all with coordinates still lays out.
        for a in &mut d.actors {
            a.lat = None;
        }
        assert!(!has_coordinates(&d));
        let l = layout_geographic(&d, "none");
        assert_eq!(l.nodes.len(), d.actors.len());
        assert!(l.nodes.iter().all(|n| n.x.is_finite() && n.y.is_finite()));
    }
}
