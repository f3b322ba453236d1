//! Where the graph is built: the dataset as a petgraph graph, one node per
//! actor and one edge per relation, indices aligned with the dataset.

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::model::Dataset;

/// The cluster as a directed multigraph. Node `i` is `dataset.actors[i]`;
/// each edge carries the index of its relation in `dataset.relations`.
/// Undirected relation kinds are stored once, source to target as surveyed;
/// analyses that ignore direction use [`ClusterGraph::neighbours`].
#[derive(Debug, Clone)]
pub struct ClusterGraph {
    pub graph: DiGraph<usize, usize>,
}

impl ClusterGraph {
    /// Builds the graph in O(actors + relations).
    ///
    /// # Example
    /// ```
    /// let data = clustermap::sample::dataset();
    /// let g = clustermap::graph::ClusterGraph::build(&data);
    /// assert_eq!(g.node_count(), data.actors.len());
    /// ```
    pub fn build(dataset: &Dataset) -> Self {
        let mut graph = DiGraph::with_capacity(dataset.actors.len(), dataset.relations.len());
        for i in 0..dataset.actors.len() {
            graph.add_node(i);
        }
        for (i, r) in dataset.relations.iter().enumerate() {
            graph.add_edge(NodeIndex::new(r.source), NodeIndex::new(r.target), i);
        }
        Self { graph }
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Distinct neighbours of an actor regardless of direction and kind,
    /// sorted, without the actor itself.
    pub fn neighbours(&self, actor: usize) -> Vec<usize> {
        let node = NodeIndex::new(actor);
        let mut out: Vec<usize> = self
            .graph
            .edges_directed(node, petgraph::Direction::Outgoing)
            .map(|e| e.target().index())
            .chain(
                self.graph
                    .edges_directed(node, petgraph::Direction::Incoming)
                    .map(|e| e.source().index()),
            )
            .filter(|&n| n != actor)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}
