//! The cluster as an undirected, simple, weighted graph in compressed sparse
//! row (CSR) form: the shape every network metric in [`super::centrality`]
//! and [`super::communities`] works on.
//!
//! Why a second graph next to [`crate::graph::ClusterGraph`]: the survey
//! graph is a directed multigraph (one edge per answered relation, supply
//! directed, several kinds between the same pair). The "degree of relations"
//! metrics (betweenness, closeness, modularity) are defined on the
//! undirected simple graph, and they run a breadth-first search per node, so
//! they want contiguous neighbour arrays rather than petgraph's linked edge
//! lists.

use std::fmt;

use crate::model::{Dataset, RelationKind};

/// Why a graph could not be built. Datasets produced by
/// [`crate::ingest`] never fail; a hand-built [`Dataset`] or edge list can.
#[derive(Debug, Clone, PartialEq)]
pub enum AdjacencyError {
    /// An edge names a node `>= nodes`. `edge` is the position of the edge
    /// (for a dataset: the index into `relations`).
    EndpointOutOfRange {
        edge: usize,
        endpoint: usize,
        nodes: usize,
    },
    /// An edge joins a node to itself; the metrics here are defined on
    /// simple graphs (ingest refuses such relations).
    SelfLoop { edge: usize, node: usize },
    /// A weight that is negative, infinite or NaN.
    BadWeight { edge: usize, weight: f64 },
}

impl fmt::Display for AdjacencyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EndpointOutOfRange {
                edge,
                endpoint,
                nodes,
            } => write!(
                f,
                "edge {edge} names node {endpoint}, but the graph has {nodes} nodes"
            ),
            Self::SelfLoop { edge, node } => write!(f, "edge {edge} joins node {node} to itself"),
            Self::BadWeight { edge, weight } => {
                write!(
                    f,
                    "edge {edge} has weight {weight}; weights must be finite and >= 0"
                )
            }
        }
    }
}

impl std::error::Error for AdjacencyError {}

/// Undirected simple weighted graph in CSR form.
///
/// Node `i` is `dataset.actors[i]`. The neighbours of `v` are
/// `neighbours[offsets[v]..offsets[v + 1]]`, sorted ascending, with the
/// matching edge weights at the same positions of `weights`. Every edge
/// `{u, v}` is stored twice (in the rows of `u` and of `v`).
///
/// Built from a dataset, all relations between the same two actors,
/// whatever their kind and direction, collapse into one edge whose weight
/// is the sum of their strengths (each 1 to 5). So "A supplies B (4)" plus
/// "B and A collaborate (3)" is one edge of weight 7.
#[derive(Debug, Clone, PartialEq)]
pub struct Adjacency {
    offsets: Vec<usize>,
    neighbours: Vec<usize>,
    weights: Vec<f64>,
}

impl Adjacency {
    /// The collapsed undirected graph of a dataset.
    ///
    /// # Arguments
    /// * `dataset`: a validated dataset; relation `i` becomes (part of) the
    ///   edge between `relations[i].source` and `relations[i].target`.
    ///
    /// # Returns
    /// One node per actor, one edge per distinct actor pair with at least one
    /// relation, weighted by the sum of strengths. Errors only for a
    /// hand-built dataset whose relation points past `actors` or at itself.
    ///
    /// # Complexity
    /// O(V + E log E) time, O(V + E) memory, E = relations.
    ///
    /// # Example
    /// ```
    /// use clustermap::analysis::adjacency::Adjacency;
    /// let data = clustermap::sample::dataset();
    /// let adj = Adjacency::from_dataset(&data).unwrap();
    /// assert_eq!(adj.node_count(), data.actors.len());
    /// assert!(adj.edge_count() <= data.relations.len());
    /// ```
    pub fn from_dataset(dataset: &Dataset) -> Result<Self, AdjacencyError> {
        Self::from_edges(
            dataset.actors.len(),
            dataset
                .relations
                .iter()
                .map(|r| (r.source, r.target, f64::from(r.strength))),
        )
    }

    /// A graph from an edge list; repeated pairs (in either order) are
    /// merged by summing their weights.
    ///
    /// # Arguments
    /// * `nodes`: number of nodes, numbered `0..nodes` (isolated ones too).
    /// * `edges`: `(u, v, weight)` triples; direction is ignored.
    ///
    /// # Returns
    /// The graph, or the first offending edge: an endpoint `>= nodes`, a
    /// self-loop, or a weight that is negative or not finite.
    ///
    /// # Complexity
    /// O(V + E log E).
    ///
    /// # Example
    /// ```
    /// use clustermap::analysis::adjacency::Adjacency;
    /// // 0 - 1 twice (weights 2 and 3), 1 - 2 once.
    /// let adj = Adjacency::from_edges(3, [(0, 1, 2.0), (1, 0, 3.0), (1, 2, 1.0)]).unwrap();
    /// assert_eq!(adj.edge_count(), 2);
    /// assert_eq!(adj.neighbours(1), &[0, 2]);
    /// assert_eq!(adj.weighted_degree(1), 6.0);
    /// assert!(Adjacency::from_edges(2, [(0, 0, 1.0)]).is_err());
    /// ```
    pub fn from_edges(
        nodes: usize,
        edges: impl IntoIterator<Item = (usize, usize, f64)>,
    ) -> Result<Self, AdjacencyError> {
        let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
        for (edge, (a, b, weight)) in edges.into_iter().enumerate() {
            for endpoint in [a, b] {
                if endpoint >= nodes {
                    return Err(AdjacencyError::EndpointOutOfRange {
                        edge,
                        endpoint,
                        nodes,
                    });
                }
            }
            if a == b {
                return Err(AdjacencyError::SelfLoop { edge, node: a });
            }
            if !weight.is_finite() || weight < 0.0 {
                return Err(AdjacencyError::BadWeight { edge, weight });
            }
            pairs.push((a.min(b), a.max(b), weight));
        }
        // Sorting by pair brings repeats together so they merge in one pass;
        // a stable sort keeps the summation order (and so the float result)
        // independent of the sort algorithm.
        pairs.sort_by_key(|&(a, b, _)| (a, b));
        let mut merged: Vec<(usize, usize, f64)> = Vec::with_capacity(pairs.len());
        for (a, b, w) in pairs {
            match merged.last_mut() {
                Some(last) if last.0 == a && last.1 == b => last.2 += w,
                _ => merged.push((a, b, w)),
            }
        }

        let mut offsets = vec![0usize; nodes + 1];
        for &(a, b, _) in &merged {
            offsets[a + 1] += 1;
            offsets[b + 1] += 1;
        }
        for i in 0..nodes {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut neighbours = vec![0usize; 2 * merged.len()];
        let mut weights = vec![0.0f64; 2 * merged.len()];
        // `merged` is sorted by (a, b) with a < b. Row r first receives its
        // smaller neighbours (pairs (a, r), a < r, ascending a) and only then
        // its larger ones (pairs (r, b), ascending b), so every row comes out
        // sorted without a further pass.
        for &(a, b, w) in &merged {
            neighbours[fill[a]] = b;
            weights[fill[a]] = w;
            fill[a] += 1;
            neighbours[fill[b]] = a;
            weights[fill[b]] = w;
            fill[b] += 1;
        }
        Ok(Self {
            offsets,
            neighbours,
            weights,
        })
    }

    /// Number of nodes (actors), isolated ones included.
    pub fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Number of undirected edges (distinct related pairs).
    pub fn edge_count(&self) -> usize {
        self.neighbours.len() / 2
    }

    /// Neighbours of `v`, sorted ascending. Panics if `v >= node_count()`,
    /// like slice indexing.
    pub fn neighbours(&self, v: usize) -> &[usize] {
        &self.neighbours[self.offsets[v]..self.offsets[v + 1]]
    }

    /// Edge weights of `v`, aligned with [`Adjacency::neighbours`].
    pub fn weights(&self, v: usize) -> &[f64] {
        &self.weights[self.offsets[v]..self.offsets[v + 1]]
    }

    /// Number of distinct partners of `v` (unweighted degree).
    pub fn degree(&self, v: usize) -> usize {
        self.offsets[v + 1] - self.offsets[v]
    }

    /// Strength of `v`: the sum of the weights of its edges, i.e. of the
    /// strengths of all relations it takes part in (networkx
    /// `G.degree(v, weight="weight")`).
    ///
    /// # Complexity
    /// O(degree).
    ///
    /// # Example
    /// ```
    /// use clustermap::analysis::adjacency::Adjacency;
    /// let adj = Adjacency::from_edges(3, [(0, 1, 2.0), (0, 2, 5.0)]).unwrap();
    /// assert_eq!(adj.weighted_degree(0), 7.0);
    /// ```
    pub fn weighted_degree(&self, v: usize) -> f64 {
        self.weights(v).iter().sum()
    }

    /// [`Adjacency::weighted_degree`] of every node, in node order.
    /// O(V + E).
    pub fn weighted_degrees(&self) -> Vec<f64> {
        (0..self.node_count())
            .map(|v| self.weighted_degree(v))
            .collect()
    }

    /// Sum of all edge weights (each undirected edge once): networkx
    /// `G.size(weight="weight")`, the `m` of modularity.
    pub fn total_weight(&self) -> f64 {
        self.weights.iter().sum::<f64>() / 2.0
    }

    /// Every edge once as `(u, v, weight)` with `u < v`, ascending.
    pub fn edges(&self) -> impl Iterator<Item = (usize, usize, f64)> + '_ {
        (0..self.node_count()).flat_map(move |u| {
            self.neighbours(u)
                .iter()
                .zip(self.weights(u))
                .filter(move |(&v, _)| u < v)
                .map(move |(&v, &w)| (u, v, w))
        })
    }

    /// Connected component of each node, numbered by first appearance in
    /// node order, and the size of each component. O(V + E).
    pub fn components(&self) -> (Vec<usize>, Vec<usize>) {
        let n = self.node_count();
        let mut of = vec![usize::MAX; n];
        let mut sizes = Vec::new();
        let mut stack = Vec::new();
        for start in 0..n {
            if of[start] != usize::MAX {
                continue;
            }
            let id = sizes.len();
            let mut size = 0;
            of[start] = id;
            stack.push(start);
            while let Some(v) = stack.pop() {
                size += 1;
                for &w in self.neighbours(v) {
                    if of[w] == usize::MAX {
                        of[w] = id;
                        stack.push(w);
                    }
                }
            }
            sizes.push(size);
        }
        (of, sizes)
    }
}

/// Supply in- and out-degree of every actor: the number of distinct actors
/// that supply it (`in`) and that it supplies (`out`).
///
/// # Definition
/// Directed, unweighted, supply relations only ([`RelationKind::Supply`];
/// goods flow source to target). Repeated supply relations between the same
/// ordered pair count once; A→B and B→A are two different partnerships
/// (B is both a supplier and a customer of A). Relations whose endpoints
/// fall outside `actors` or coincide are ignored (ingest never produces
/// them).
///
/// # Returns
/// `(in_degrees, out_degrees)`, one entry per actor in dataset order.
///
/// # Complexity
/// O(V + E log E).
///
/// # Example
/// ```
/// let data = clustermap::sample::dataset();
/// let (ins, outs) = clustermap::analysis::adjacency::directed_supply_degrees(&data);
/// assert_eq!(ins.len(), data.actors.len());
/// // Every supply tie is counted once at each end.
/// assert_eq!(ins.iter().sum::<usize>(), outs.iter().sum::<usize>());
/// ```
pub fn directed_supply_degrees(dataset: &Dataset) -> (Vec<usize>, Vec<usize>) {
    let n = dataset.actors.len();
    let mut pairs: Vec<(usize, usize)> = dataset
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Supply)
        .filter(|r| r.source < n && r.target < n && r.source != r.target)
        .map(|r| (r.source, r.target))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut ins = vec![0; n];
    let mut outs = vec![0; n];
    for (s, t) in pairs {
        outs[s] += 1;
        ins[t] += 1;
    }
    (ins, outs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_sorted_and_symmetric() {
        let adj =
            Adjacency::from_edges(4, [(3, 0, 1.0), (1, 0, 1.0), (2, 3, 2.0), (0, 2, 1.5)]).unwrap();
        assert_eq!(adj.neighbours(0), &[1, 2, 3]);
        assert_eq!(adj.weights(0), &[1.0, 1.5, 1.0]);
        assert_eq!(adj.neighbours(3), &[0, 2]);
        assert_eq!(
            adj.edges().collect::<Vec<_>>(),
            vec![(0, 1, 1.0), (0, 2, 1.5), (0, 3, 1.0), (2, 3, 2.0)]
        );
        assert_eq!(adj.total_weight(), 5.5);
    }

    #[test]
    fn bad_edges_are_named() {
        assert_eq!(
            Adjacency::from_edges(2, [(0, 1, 1.0), (0, 2, 1.0)]),
            Err(AdjacencyError::EndpointOutOfRange {
                edge: 1,
                endpoint: 2,
                nodes: 2
            })
        );
        assert!(matches!(
            Adjacency::from_edges(2, [(0, 1, f64::NAN)]),
            Err(AdjacencyError::BadWeight { edge: 0, .. })
        ));
    }
}
