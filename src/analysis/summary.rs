//! The cluster at a glance: the counts of the summary line.

use std::collections::HashSet;

use super::{components, missing_core_stages};
use crate::graph::ClusterGraph;
use crate::model::{Dataset, RelationKind};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Summary {
    pub actors: usize,
    pub local_actors: usize,
    pub outside_actors: usize,
    pub smes: usize,
    /// Supporters: universities, research, public agencies, associations,
    /// finance.
    pub institutions: usize,
    pub relations: usize,
    /// Relations per kind, in [`RelationKind::ALL`] order; `Other` only
    /// when the files have relations of other kinds.
    pub relations_by_kind: Vec<(RelationKind, usize)>,
    /// Relations of kinds that are none of the four, per word the files
    /// use, most frequent first (ties by word).
    pub other_kinds: Vec<(String, usize)>,
    /// Distinct tied pairs over all possible pairs, ignoring direction and
    /// kind: 2·pairs / (n·(n−1)). 0 for fewer than two actors.
    pub density: f64,
    /// Mean number of distinct partners per actor: 2·pairs / n.
    pub average_degree: f64,
    pub components: usize,
    pub isolated: usize,
    pub missing_stages: usize,
    pub core_stages: usize,
}

/// Computes the summary in O(V + E).
pub fn summarise(dataset: &Dataset, graph: &ClusterGraph) -> Summary {
    let n = dataset.actors.len();
    let pairs: HashSet<(usize, usize)> = dataset
        .relations
        .iter()
        .map(|r| (r.source.min(r.target), r.source.max(r.target)))
        .collect();
    let p = pairs.len() as f64;
    let comps = components(graph);
    let local_actors = dataset.actors.iter().filter(|a| a.is_local()).count();
    Summary {
        actors: n,
        local_actors,
        outside_actors: n - local_actors,
        smes: dataset.actors.iter().filter(|a| a.is_sme()).count(),
        institutions: dataset
            .actors
            .iter()
            .filter(|a| a.kind.is_supporter())
            .count(),
        relations: dataset.relations.len(),
        relations_by_kind: RelationKind::ALL
            .iter()
            .map(|k| {
                (
                    *k,
                    dataset.relations.iter().filter(|r| r.kind == *k).count(),
                )
            })
            .filter(|(k, n)| *k != RelationKind::Other || *n > 0)
            .collect(),
        other_kinds: other_kinds(dataset),
        density: if n > 1 {
            2.0 * p / (n as f64 * (n as f64 - 1.0))
        } else {
            0.0
        },
        average_degree: if n > 0 { 2.0 * p / n as f64 } else { 0.0 },
        components: comps.count,
        isolated: comps.isolated.len(),
        missing_stages: missing_core_stages(dataset).len(),
        core_stages: dataset.core_stages().count(),
    }
}

/// Counts of the relations of other kinds, per word.
pub fn other_kinds(dataset: &Dataset) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for r in dataset
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Other)
    {
        *counts.entry(r.kind_label()).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(k, n)| (k.to_string(), n))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}
