//! Connected components (ignoring direction) and isolated actors.

use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;

use crate::graph::ClusterGraph;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Components {
    /// Component id of each actor; ids are numbered by first appearance.
    pub of_actor: Vec<usize>,
    /// Number of components, isolated actors included.
    pub count: usize,
    /// Actors with no relation at all, in dataset order.
    pub isolated: Vec<usize>,
    /// Size of the largest component.
    pub largest: usize,
}

/// Weakly connected components by union-find.
///
/// Complexity: O((V + E) α(V)).
pub fn components(graph: &ClusterGraph) -> Components {
    let n = graph.node_count();
    let mut uf = UnionFind::<usize>::new(n);
    let mut has_edge = vec![false; n];
    for e in graph.graph.edge_references() {
        let (a, b) = (e.source().index(), e.target().index());
        uf.union(a, b);
        has_edge[a] = true;
        has_edge[b] = true;
    }
    let mut id_of_root = std::collections::HashMap::new();
    let mut sizes: Vec<usize> = Vec::new();
    let of_actor = (0..n)
        .map(|i| {
            let next = id_of_root.len();
            let id = *id_of_root.entry(uf.find(i)).or_insert(next);
            if id == sizes.len() {
                sizes.push(0);
            }
            sizes[id] += 1;
            id
        })
        .collect();
    Components {
        of_actor,
        count: sizes.len(),
        isolated: (0..n).filter(|&i| !has_edge[i]).collect(),
        largest: sizes.iter().copied().max().unwrap_or(0),
    }
}
