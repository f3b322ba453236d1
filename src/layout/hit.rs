//! Which actor is under a point: a uniform grid over a [`MapLayout`]'s
//! nodes, so pointer moves over a canvas with 10,000 actors cost a few
//! comparisons instead of a scan.

use super::MapLayout;

/// A bucket grid of node indices.
#[derive(Debug, Clone, Default)]
pub struct HitGrid {
    cell: f64,
    cols: usize,
    rows: usize,
    buckets: Vec<Vec<usize>>,
    /// Per node: centre and radius, copied so queries need no layout.
    discs: Vec<(f64, f64, f64)>,
}

impl HitGrid {
    /// Indexes every node of `layout`.
    ///
    /// # Complexity
    /// O(V) time and memory.
    pub fn new(layout: &MapLayout) -> Self {
        let n = layout.nodes.len().max(1) as f64;
        // About two nodes per cell on average, never tiny cells.
        let cell = ((layout.width * layout.height / n * 2.0).sqrt()).max(8.0);
        let cols = (layout.width / cell).ceil().max(1.0) as usize;
        let rows = (layout.height / cell).ceil().max(1.0) as usize;
        let mut grid = Self {
            cell,
            cols,
            rows,
            buckets: vec![Vec::new(); cols * rows],
            discs: layout.nodes.iter().map(|n| (n.x, n.y, n.r)).collect(),
        };
        for (i, &(x, y, r)) in grid.discs.iter().enumerate() {
            let (c0, r0) = grid.cell_of(x - r, y - r);
            let (c1, r1) = grid.cell_of(x + r, y + r);
            for row in r0..=r1 {
                for col in c0..=c1 {
                    grid.buckets[row * cols + col].push(i);
                }
            }
        }
        grid
    }

    fn cell_of(&self, x: f64, y: f64) -> (usize, usize) {
        let c = (x / self.cell).floor().clamp(0.0, (self.cols - 1) as f64) as usize;
        let r = (y / self.cell).floor().clamp(0.0, (self.rows - 1) as f64) as usize;
        (c, r)
    }

    /// The node (index into `layout.nodes`) whose disc, grown by `slack`
    /// map units for fingers and small nodes, contains `(x, y)`; the
    /// nearest centre wins when discs overlap.
    pub fn hit(&self, x: f64, y: f64, slack: f64) -> Option<usize> {
        if self.discs.is_empty() || !x.is_finite() || !y.is_finite() {
            return None;
        }
        let (c0, r0) = self.cell_of(x - slack, y - slack);
        let (c1, r1) = self.cell_of(x + slack, y + slack);
        let mut best: Option<(f64, usize)> = None;
        for row in r0..=r1 {
            for col in c0..=c1 {
                for &i in &self.buckets[row * self.cols + col] {
                    let (nx, ny, r) = self.discs[i];
                    let d = ((nx - x).powi(2) + (ny - y).powi(2)).sqrt();
                    if d <= r + slack && best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, i));
                    }
                }
            }
        }
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::NodeBox;

    fn layout(discs: &[(f64, f64, f64)]) -> MapLayout {
        MapLayout {
            width: 200.0,
            height: 100.0,
            nodes: discs
                .iter()
                .enumerate()
                .map(|(i, &(x, y, r))| NodeBox {
                    actor: i,
                    row: crate::layout::BandRow::Operators,
                    x,
                    y,
                    r,
                    label: String::new(),
                    label_y: y,
                    label_width: 0.0,
                    group: None,
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn finds_the_nearest_disc_within_slack() {
        let g = HitGrid::new(&layout(&[
            (10.0, 10.0, 5.0),
            (18.0, 10.0, 5.0),
            (150.0, 80.0, 3.0),
        ]));
        assert_eq!(g.hit(11.0, 10.0, 0.0), Some(0));
        assert_eq!(g.hit(17.0, 10.0, 0.0), Some(1));
        assert_eq!(g.hit(150.0, 84.0, 0.0), None);
        assert_eq!(g.hit(150.0, 84.0, 2.0), Some(2));
        assert_eq!(g.hit(100.0, 50.0, 4.0), None);
        // Outside the canvas and nonsense coordinates.
        assert_eq!(g.hit(-500.0, 9e9, 1.0), None);
        assert_eq!(g.hit(f64::NAN, 0.0, 1.0), None);
    }

    #[test]
    fn empty_layout_hits_nothing() {
        assert_eq!(
            HitGrid::new(&MapLayout::default()).hit(0.0, 0.0, 10.0),
            None
        );
    }

    #[test]
    fn agrees_with_a_scan_on_the_sample() {
        let w = crate::workspace::Workspace::sample();
        let l = w.map_layout(crate::i18n::Lang::En, &w.analyse_light());
        let g = HitGrid::new(&l);
        for n in &l.nodes {
            let i = g.hit(n.x + n.r * 0.5, n.y, 0.0).map(|i| l.nodes[i].actor);
            assert_eq!(i, Some(n.actor));
        }
    }
}
