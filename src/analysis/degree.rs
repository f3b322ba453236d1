//! Degree of relations per actor.

use crate::graph::ClusterGraph;

/// Number of distinct partners of each actor, ignoring direction, relation
/// kind and repeated ties between the same pair.
///
/// Returns one entry per actor, in dataset order. Complexity: O(V + E log E).
pub fn degrees(graph: &ClusterGraph) -> Vec<usize> {
    (0..graph.node_count())
        .map(|i| graph.neighbours(i).len())
        .collect()
}
