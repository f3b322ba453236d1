//! Edge bundling for densely packed value-chain maps: thousands of
//! relations between the same two stages become one band whose width
//! grows with their number, which is what a reader of a value-chain map
//! wants to see (how much flows from stage to stage), instead of a hairball.

use super::{BandRow, MapLayout};
use crate::model::{Dataset, RelationKind};

/// All shown relations between two groups of actors (a stage column in one
/// band, or a segment of the support or enabling band).
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    pub from: (f64, f64),
    pub ctrl: (f64, f64),
    pub to: (f64, f64),
    /// Relations in the bundle.
    pub count: usize,
    /// The most common kind among them (colours the band).
    pub kind: RelationKind,
    /// Stroke width in map units.
    pub width: f64,
}

/// Where each node's group sits: its anchor point, or `None` for nodes
/// outside every column and segment.
fn anchors(layout: &MapLayout) -> (Vec<Option<usize>>, Vec<(f64, f64)>) {
    let mut points: Vec<(f64, f64)> = Vec::new();
    let mut index: std::collections::BTreeMap<(u8, usize), usize> = Default::default();
    let mut of_node = Vec::with_capacity(layout.nodes.len());
    for n in &layout.nodes {
        let found = match n.row {
            BandRow::Outside | BandRow::Operators => {
                let band = layout.bands.iter().find(|b| b.row == n.row);
                layout
                    .columns
                    .iter()
                    .position(|c| n.x >= c.x && n.x < c.x + c.width)
                    .zip(band)
                    .map(|(c, b)| {
                        let col = &layout.columns[c];
                        (
                            (n.row as u8, c),
                            (col.x + col.width / 2.0, b.y + b.height / 2.0),
                        )
                    })
            }
            BandRow::Support | BandRow::Enabling => layout
                .segments
                .iter()
                .position(|s| {
                    s.row == n.row
                        && n.x >= s.x - 4.0
                        && n.x <= s.x + s.width + 4.0
                        && n.y >= s.y
                        && n.y <= s.y + s.height
                })
                .map(|k| {
                    let s = &layout.segments[k];
                    (
                        (n.row as u8, k),
                        (s.x + s.width / 2.0, s.y + s.height / 2.0),
                    )
                }),
        };
        of_node.push(found.map(|(key, point)| {
            *index.entry(key).or_insert_with(|| {
                points.push(point);
                points.len() - 1
            })
        }));
    }
    (of_node, points)
}

/// Bundles the shown relations of a value-chain layout by the pair of
/// groups they connect (direction ignored). Relations inside one group are
/// left out: they have no length on the map.
///
/// # Arguments
/// * `shown` - per relation, whether the filters let it through.
///
/// # Complexity
/// O(V + E + G log G) for G group pairs.
pub fn bundle_edges(layout: &MapLayout, dataset: &Dataset, shown: &[bool]) -> Vec<Bundle> {
    let (group_of_node, points) = anchors(layout);
    let mut group_of_actor = vec![None; dataset.actors.len()];
    for (n, g) in layout.nodes.iter().zip(&group_of_node) {
        if let Some(slot) = group_of_actor.get_mut(n.actor) {
            *slot = *g;
        }
    }
    let kinds = RelationKind::ALL.len();
    let mut pairs: std::collections::BTreeMap<(usize, usize), Vec<usize>> = Default::default();
    for (i, r) in dataset.relations.iter().enumerate() {
        if !shown.get(i).copied().unwrap_or(false) {
            continue;
        }
        let (Some(Some(a)), Some(Some(b))) =
            (group_of_actor.get(r.source), group_of_actor.get(r.target))
        else {
            continue;
        };
        if a == b {
            continue;
        }
        let kind = RelationKind::ALL
            .iter()
            .position(|k| *k == r.kind)
            .unwrap_or(0);
        let counts = pairs
            .entry(((*a).min(*b), (*a).max(*b)))
            .or_insert_with(|| vec![0; kinds]);
        counts[kind] += 1;
    }
    let (mid_x, mid_y) = (layout.width / 2.0, layout.height / 2.0);
    let max_width = layout.columns.first().map_or(20.0, |c| c.width * 0.35);
    pairs
        .into_iter()
        .map(|((a, b), counts)| {
            let count: usize = counts.iter().sum();
            let kind = counts
                .iter()
                .enumerate()
                .max_by_key(|(k, c)| (**c, std::cmp::Reverse(*k)))
                .map_or(RelationKind::ALL[0], |(k, _)| RelationKind::ALL[k]);
            let (from, to) = (points[a], points[b]);
            let (dx, dy) = (to.0 - from.0, to.1 - from.1);
            let (mx, my) = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
            let bend = 0.15;
            let c1 = (mx - dy * bend, my + dx * bend);
            let c2 = (mx + dy * bend, my - dx * bend);
            let dist = |p: (f64, f64)| (p.0 - mid_x).powi(2) + (p.1 - mid_y).powi(2);
            let ctrl = if dist(c1) <= dist(c2) { c1 } else { c2 };
            Bundle {
                from,
                ctrl,
                to,
                count,
                kind,
                width: (1.0 + 1.2 * (count as f64).sqrt()).min(max_width),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{layout_value_chain, value_chain::LayoutOptions};
    use crate::model::{Actor, Band, Locality, Relation, Stage};

    /// Three core stages with 60 firms each (dense), chained by supply.
    fn dense() -> Dataset {
        let stage = |id: &str| Stage {
            id: id.into(),
            name: id.into(),
            band: Band::Core,
            name_tr: None,
            name_de: None,
        };
        let mut d = Dataset {
            stages: vec![stage("a"), stage("b"), stage("c")],
            ..Default::default()
        };
        for i in 0..180 {
            d.actors.push(Actor {
                id: format!("f{i}"),
                name: format!("Firm {i}"),
                kind: crate::model::ActorKind::Firm,
                stages: vec![["a", "b", "c"][i / 60].into()],
                employees: Some(10),
                export_share: None,
                export_markets: vec![],
                district: String::new(),
                lat: None,
                lon: None,
                locality: Locality::Local,
                founded: None,
                tags: vec![],
                notes: String::new(),
                attributes: vec![],
            });
        }
        let rel = |s: usize, t: usize, kind| Relation::new(s, t, kind, 3);
        for i in 0..60 {
            d.relations.push(rel(i, 60 + i, RelationKind::Supply)); // a -> b
            d.relations.push(rel(60 + i, 120 + i, RelationKind::Supply)); // b -> c
            d.relations
                .push(rel(i, (i + 1) % 60, RelationKind::Collaboration)); // inside a
        }
        d.relations.push(rel(0, 120, RelationKind::Knowledge)); // a - c
        d
    }

    #[test]
    fn bundles_count_the_relations_between_stage_columns() {
        let d = dense();
        let labels: Vec<String> = d.stages.iter().map(|s| s.name.clone()).collect();
        let l = layout_value_chain(&d, &labels, &[], &LayoutOptions::default());
        assert!(l.dense);
        let all = vec![true; d.relations.len()];
        let mut b = bundle_edges(&l, &d, &all);
        b.sort_by_key(|b| std::cmp::Reverse(b.count));
        let counts: Vec<usize> = b.iter().map(|b| b.count).collect();
        assert_eq!(counts, [60, 60, 1]);
        assert_eq!(b[0].kind, RelationKind::Supply);
        assert_eq!(b[2].kind, RelationKind::Knowledge);
        assert!(b[0].width > b[2].width);
        // Filtered relations leave their bundle.
        let mut some = all.clone();
        for (i, r) in d.relations.iter().enumerate() {
            if r.source < 10 && r.kind == RelationKind::Supply {
                some[i] = false;
            }
        }
        let mut counts: Vec<usize> = bundle_edges(&l, &d, &some)
            .iter()
            .map(|b| b.count)
            .collect();
        counts.sort_unstable();
        assert_eq!(counts, [1, 50, 60]);
    }
}
