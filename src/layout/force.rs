//! ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian 2014), the force-directed
//! layout Gephi users know, with Barnes–Hut approximation of repulsion so it
//! stays near O(V log V + E) per iteration at 10,000 actors.
//!
//! Deterministic: the start positions come from the node order (a golden
//! angle spiral), there is no randomness, so the same graph always gives
//! the same picture, which matters for screenshots in a report and for a
//! link that should reproduce a view.

/// Settings of the simulation; [`ForceOptions::for_size`] picks them from
/// the graph's size.
#[derive(Debug, Clone, PartialEq)]
pub struct ForceOptions {
    pub iterations: usize,
    /// Repulsion strength (`kr` in the paper).
    pub scaling: f64,
    /// Pull towards the centre, growing with distance ("strong gravity"),
    /// so small components and isolated actors stay near the main one
    /// instead of drifting off and shrinking everything else to fit.
    pub gravity: f64,
    /// Barnes–Hut accuracy: a cell is approximated when its size over its
    /// distance is below theta. 0 computes every pair exactly.
    pub theta: f64,
    /// Edge weights raised to this power pull partners together (0 ignores
    /// weights).
    pub edge_weight_influence: f64,
}

impl ForceOptions {
    /// Gephi's recommended settings by graph size: more repulsion for
    /// small graphs, fewer iterations for large ones (each costs more and
    /// large graphs settle their global shape early).
    pub fn for_size(nodes: usize) -> Self {
        Self {
            iterations: match nodes {
                0..=500 => 400,
                501..=3000 => 200,
                _ => 120,
            },
            scaling: if nodes < 100 { 10.0 } else { 2.0 },
            gravity: 0.05,
            theta: 1.2,
            edge_weight_influence: 1.0,
        }
    }
}

/// Positions of `nodes` nodes under ForceAtlas2.
///
/// # Arguments
/// * `nodes` - number of nodes, numbered `0..nodes`.
/// * `edges` - `(u, v, weight)`, undirected; endpoints `>= nodes` and
///   self-loops are ignored, weights below zero count as zero.
///
/// # Returns
/// One `(x, y)` per node, centred near the origin, in arbitrary units (the
/// caller scales them to its canvas).
///
/// # Complexity
/// O(iterations × (V log V + E)) time, O(V + E) memory.
///
/// # Example
/// ```
/// use clustermap::layout::force::{force_layout, ForceOptions};
/// // A path 0 - 1 - 2: the middle node ends between the others.
/// let p = force_layout(3, &[(0, 1, 1.0), (1, 2, 1.0)], &ForceOptions::for_size(3));
/// let d = |a: (f64, f64), b: (f64, f64)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
/// assert!(d(p[0], p[2]) > d(p[0], p[1]));
/// assert!(d(p[0], p[2]) > d(p[1], p[2]));
/// ```
pub fn force_layout(
    nodes: usize,
    edges: &[(usize, usize, f64)],
    options: &ForceOptions,
) -> Vec<(f64, f64)> {
    let edges: Vec<(usize, usize, f64)> = edges
        .iter()
        .filter(|(u, v, _)| *u < nodes && *v < nodes && u != v)
        .map(|&(u, v, w)| {
            let w = if w.is_finite() { w.max(0.0) } else { 0.0 };
            (u, v, w.powf(options.edge_weight_influence))
        })
        .collect();
    let mut mass = vec![1.0f64; nodes];
    for &(u, v, _) in &edges {
        mass[u] += 1.0;
        mass[v] += 1.0;
    }
    // Golden-angle spiral: spread evenly, no two nodes on the same spot.
    let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
    let mut pos: Vec<(f64, f64)> = (0..nodes)
        .map(|i| {
            let r = 10.0 * ((i as f64) + 0.5).sqrt();
            let a = i as f64 * golden;
            (r * a.cos(), r * a.sin())
        })
        .collect();
    if nodes < 2 {
        return pos.into_iter().map(|_| (0.0, 0.0)).collect();
    }
    let mut force = vec![(0.0f64, 0.0f64); nodes];
    let mut previous = vec![(0.0f64, 0.0f64); nodes];
    let mut speed = 1.0f64;
    let mut speed_efficiency = 1.0f64;
    let mut tree = QuadTree::default();
    for _ in 0..options.iterations {
        std::mem::swap(&mut force, &mut previous);
        force.iter_mut().for_each(|f| *f = (0.0, 0.0));
        // Repulsion: kr (m1 m2) / d, by Barnes–Hut.
        tree.build(&pos, &mass);
        // Strong gravity: kg m d towards the centre.
        for (i, f) in force.iter_mut().enumerate() {
            let (fx, fy) = tree.repulsion(i, &pos, &mass, options.theta);
            let g = options.gravity * mass[i];
            f.0 += options.scaling * fx - pos[i].0 * g;
            f.1 += options.scaling * fy - pos[i].1 * g;
        }
        // Attraction: w d along the edge.
        for &(u, v, w) in &edges {
            let (dx, dy) = (pos[u].0 - pos[v].0, pos[u].1 - pos[v].1);
            force[u].0 -= dx * w;
            force[u].1 -= dy * w;
            force[v].0 += dx * w;
            force[v].1 += dy * w;
        }
        // Adaptive speed (the paper's section "Adaptive speed"): nodes that
        // oscillate (swing) slow down, the whole layout speeds up while
        // nodes keep moving in a steady direction (traction).
        let (mut swinging, mut traction) = (0.0, 0.0);
        for i in 0..nodes {
            let (f, p) = (force[i], previous[i]);
            swinging += mass[i] * ((f.0 - p.0).powi(2) + (f.1 - p.1).powi(2)).sqrt();
            traction += mass[i] * 0.5 * ((f.0 + p.0).powi(2) + (f.1 + p.1).powi(2)).sqrt();
        }
        let n = nodes as f64;
        let optimal_jitter = 0.05 * n.sqrt();
        let mut jitter = optimal_jitter
            .sqrt()
            .max((optimal_jitter * traction / (n * n)).min(10.0));
        const MIN_EFFICIENCY: f64 = 0.05;
        if swinging > 0.0 && traction / swinging < 0.5 {
            if speed_efficiency > MIN_EFFICIENCY {
                speed_efficiency *= 0.5;
            }
            jitter = jitter.max(1.0);
        }
        let target = if swinging > 0.0 {
            jitter * speed_efficiency * traction / swinging
        } else {
            speed
        };
        if swinging > jitter * traction {
            if speed_efficiency > MIN_EFFICIENCY {
                speed_efficiency *= 0.7;
            }
        } else if speed < 1000.0 {
            speed_efficiency *= 1.3;
        }
        speed += (target - speed).min(0.5 * speed);
        for i in 0..nodes {
            let (f, p) = (force[i], previous[i]);
            let swing = mass[i] * ((f.0 - p.0).powi(2) + (f.1 - p.1).powi(2)).sqrt();
            let factor = speed / (1.0 + (speed * swing).sqrt());
            // A node may not jump further than a few hundred units in one
            // step; this keeps the first iterations from exploding.
            let (mut dx, mut dy) = (f.0 * factor, f.1 * factor);
            let len = (dx * dx + dy * dy).sqrt();
            if len > 200.0 {
                dx *= 200.0 / len;
                dy *= 200.0 / len;
            }
            pos[i].0 += dx;
            pos[i].1 += dy;
        }
    }
    pos
}

/// Deepest subdivision; points closer than the cell size there share a
/// leaf and repel each other exactly.
const MAX_DEPTH: u32 = 24;

/// A region quadtree holding, for each cell, the total mass and centre of
/// mass of the nodes inside it. Rebuilt every iteration into reused
/// buffers.
#[derive(Default)]
struct QuadTree {
    cells: Vec<Cell>,
    /// Node indices, grouped so each leaf owns a contiguous range.
    order: Vec<usize>,
}

#[derive(Clone, Copy)]
struct Cell {
    size: f64,
    mass: f64,
    cx: f64,
    cy: f64,
    /// Index of the first of four children, or `None` for a leaf.
    children: Option<u32>,
    /// For leaves: `order[start..end]` are its nodes.
    start: u32,
    end: u32,
}

impl QuadTree {
    fn build(&mut self, pos: &[(f64, f64)], mass: &[f64]) {
        self.cells.clear();
        self.order.clear();
        self.order.extend(0..pos.len());
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(x, y) in pos {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        let size = (x1 - x0).max(y1 - y0).max(1e-9);
        self.cells.push(Cell {
            size,
            mass: 0.0,
            cx: 0.0,
            cy: 0.0,
            children: None,
            start: 0,
            end: pos.len() as u32,
        });
        // Explicit stack: (cell, x0, y0, depth).
        let mut stack = vec![(0usize, x0, y0, 0u32)];
        while let Some((c, cx0, cy0, depth)) = stack.pop() {
            let (start, end) = (self.cells[c].start as usize, self.cells[c].end as usize);
            let (mut m, mut mx, mut my) = (0.0, 0.0, 0.0);
            for &i in &self.order[start..end] {
                m += mass[i];
                mx += pos[i].0 * mass[i];
                my += pos[i].1 * mass[i];
            }
            let cell = &mut self.cells[c];
            cell.mass = m;
            (cell.cx, cell.cy) = if m > 0.0 {
                (mx / m, my / m)
            } else {
                (0.0, 0.0)
            };
            if end - start <= 1 || depth >= MAX_DEPTH {
                continue;
            }
            let half = cell.size / 2.0;
            let (midx, midy) = (cx0 + half, cy0 + half);
            let quadrant = |i: usize| -> usize {
                usize::from(pos[i].0 >= midx) + 2 * usize::from(pos[i].1 >= midy)
            };
            // Partition this cell's slice of `order` into four runs.
            let slice = &mut self.order[start..end];
            slice.sort_unstable_by_key(|&i| quadrant(i));
            let mut bounds = [start; 5];
            for q in 0..4 {
                let count = slice.iter().filter(|&&i| quadrant(i) == q).count();
                bounds[q + 1] = bounds[q] + count;
            }
            let first = self.cells.len();
            self.cells[c].children = Some(first as u32);
            for q in 0..4 {
                self.cells.push(Cell {
                    size: half,
                    mass: 0.0,
                    cx: 0.0,
                    cy: 0.0,
                    children: None,
                    start: bounds[q] as u32,
                    end: bounds[q + 1] as u32,
                });
                let qx = cx0 + if q & 1 == 1 { half } else { 0.0 };
                let qy = cy0 + if q & 2 == 2 { half } else { 0.0 };
                if bounds[q + 1] > bounds[q] {
                    stack.push((first + q, qx, qy, depth + 1));
                }
            }
        }
    }

    /// The repulsion on node `i` (without `kr`).
    fn repulsion(&self, i: usize, pos: &[(f64, f64)], mass: &[f64], theta: f64) -> (f64, f64) {
        let (x, y) = pos[i];
        let (mut fx, mut fy) = (0.0, 0.0);
        let mut push = |dx: f64, dy: f64, m: f64| {
            let d2 = dx * dx + dy * dy;
            if d2 > 0.0 {
                let f = mass[i] * m / d2;
                fx += dx * f;
                fy += dy * f;
            }
        };
        let mut stack = vec![0u32];
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c as usize];
            if cell.mass == 0.0 {
                continue;
            }
            let (dx, dy) = (x - cell.cx, y - cell.cy);
            let d = (dx * dx + dy * dy).sqrt();
            match cell.children {
                Some(first) if cell.size >= theta * d => {
                    stack.extend(first..first + 4);
                }
                Some(_) => push(dx, dy, cell.mass),
                None => {
                    for &j in &self.order[cell.start as usize..cell.end as usize] {
                        if j != i {
                            push(x - pos[j].0, y - pos[j].1, mass[j]);
                        }
                    }
                }
            }
        }
        (fx, fy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
        ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
    }

    #[test]
    fn empty_and_single_graphs() {
        assert!(force_layout(0, &[], &ForceOptions::for_size(0)).is_empty());
        assert_eq!(
            force_layout(1, &[], &ForceOptions::for_size(1)),
            vec![(0.0, 0.0)]
        );
    }

    #[test]
    fn two_cliques_separate() {
        // Two 5-cliques joined by one edge: members end nearer their own
        // clique's centre than the other's.
        let mut edges = Vec::new();
        for base in [0, 5] {
            for a in 0..5 {
                for b in a + 1..5 {
                    edges.push((base + a, base + b, 1.0));
                }
            }
        }
        edges.push((0, 5, 1.0));
        let p = force_layout(10, &edges, &ForceOptions::for_size(10));
        let centre = |r: std::ops::Range<usize>| {
            let n = r.len() as f64;
            let (sx, sy) = r.fold((0.0, 0.0), |s, i| (s.0 + p[i].0, s.1 + p[i].1));
            (sx / n, sy / n)
        };
        let (ca, cb) = (centre(0..5), centre(5..10));
        for i in 0..5 {
            assert!(dist(p[i], ca) < dist(p[i], cb), "node {i}");
            assert!(dist(p[i + 5], cb) < dist(p[i + 5], ca), "node {}", i + 5);
        }
    }

    #[test]
    fn barnes_hut_close_to_exact() {
        // The approximation must not change the picture's shape: compare
        // mean edge length against the exact (theta 0) run.
        let n = 200;
        let edges: Vec<_> = (0..n).map(|i| (i, (i * 7 + 3) % n, 1.0)).collect();
        let exact = ForceOptions {
            theta: 0.0,
            ..ForceOptions::for_size(n)
        };
        let mean = |p: &[(f64, f64)]| {
            edges.iter().map(|&(u, v, _)| dist(p[u], p[v])).sum::<f64>() / edges.len() as f64
        };
        let a = mean(&force_layout(n, &edges, &exact));
        let b = mean(&force_layout(n, &edges, &ForceOptions::for_size(n)));
        assert!((a - b).abs() / a < 0.25, "exact {a}, approximated {b}");
    }

    #[test]
    fn deterministic_and_finite_with_bad_input() {
        let edges = [
            (0, 1, 2.0),
            (1, 1, 1.0),
            (0, 9, 1.0),
            (2, 3, f64::NAN),
            (3, 0, -1.0),
        ];
        let a = force_layout(4, &edges, &ForceOptions::for_size(4));
        let b = force_layout(4, &edges, &ForceOptions::for_size(4));
        assert_eq!(a, b);
        assert!(a.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
    }

    #[test]
    fn coincident_points_do_not_hang() {
        // Many nodes forced onto one spot by heavy edges still terminate
        // and stay finite (leaf depth is capped).
        let edges: Vec<_> = (1..300).map(|i| (0, i, 50.0)).collect();
        let p = force_layout(300, &edges, &ForceOptions::for_size(300));
        assert!(p.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
    }
}
