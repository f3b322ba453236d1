//! Betweenness and closeness centrality of actors, on hop distance in the
//! undirected collapsed graph ([`Adjacency`]).
//!
//! Both are defined exactly as in networkx (`betweenness_centrality` with
//! `normalized=True, endpoints=False`; `closeness_centrality` with
//! `wf_improved=True`), and are computed exactly up to a node count, above
//! which they are estimated from breadth-first searches from a seeded random
//! sample of pivot nodes. Exact and sampled runs are cross-checked against
//! networkx in `tests/metrics.rs` (fixtures from
//! `tests/fixtures/metrics/make_networkx.py`).
//!
//! Edge weights (relation strengths) are deliberately ignored here: a
//! strength says how important a tie is, not how "long" it is, so there is
//! no sound conversion to a distance. Strengths matter in
//! [`super::communities`], where they are weights in modularity.

use super::adjacency::Adjacency;

/// Deterministic 64-bit generator (SplitMix64, Steele, Lea & Flood 2014).
/// Statistically fine for choosing pivots and shuffling node orders, tiny,
/// and the same on every platform, so a seed gives the same result natively
/// and in wasm.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix64(u64);

impl SplitMix64 {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform integer in `0..bound` (`bound > 0`) by Lemire's
    /// multiply-shift; the bias is below `bound / 2^64`, irrelevant here.
    pub(crate) fn below(&mut self, bound: usize) -> usize {
        ((u128::from(self.next_u64()) * bound as u128) >> 64) as usize
    }

    /// Fisher–Yates shuffle.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// `k` distinct items of `pool` chosen uniformly (partial Fisher–Yates);
    /// all of them if `k >= pool.len()`. Reorders `pool`.
    pub(crate) fn choose<T: Copy>(&mut self, pool: &mut [T], k: usize) -> Vec<T> {
        let k = k.min(pool.len());
        for i in 0..k {
            let j = i + self.below(pool.len() - i);
            pool.swap(i, j);
        }
        pool[..k].to_vec()
    }
}

/// Simultaneous (all `nodes` at once) two-sided normal quantile at family
/// level `alpha`, from the Gaussian tail bound `P(|Z| > z) <= 2 exp(-z²/2)`
/// and a union (Bonferroni) bound: `z = sqrt(2 ln(2 nodes / alpha))`.
/// Slightly conservative (for 300 nodes at 5 %: 4.33 against the exact
/// Bonferroni quantile 3.94).
fn simultaneous_z(nodes: usize, alpha: f64) -> f64 {
    (2.0 * (2.0 * nodes.max(1) as f64 / alpha).ln()).sqrt()
}

/// Family-wise level of the sampled error estimates: with about 95 %
/// probability every node's error is within the stated estimate (under the
/// normal approximation).
const ERROR_ALPHA: f64 = 0.05;

/// How [`betweenness`] is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BetweennessOptions {
    /// Exact Brandes on graphs with at most this many nodes.
    pub exact_up_to: usize,
    /// Number of pivot sources above `exact_up_to` (at least 3 are used, so
    /// that a variance can be estimated; if `samples >= nodes` the exact
    /// algorithm runs instead, which costs the same).
    pub samples: usize,
    /// Seed of the pivot choice; the same seed gives the same values.
    pub seed: u64,
}

impl Default for BetweennessOptions {
    /// `exact_up_to: 2_000, samples: 128, seed: 1`.
    ///
    /// Chosen by measurement (`cargo run --release --example
    /// metrics_bench`: native x86-64, this crate's size-optimised release
    /// profile, on-CPU time on a shared 2-core machine, uniform random
    /// graphs with 3 edges per node; "max error" is the measured largest
    /// deviation of the 128-pivot estimate from the exact values):
    ///
    /// | nodes | exact | 128 pivots | max error | `error_estimate` |
    /// |---|---|---|---|---|
    /// | 1 000 | 73 ms | 10 ms | 0.010 | 0.034 |
    /// | 2 000 | 295 ms | 21 ms | 0.008 | 0.038 |
    /// | 3 000 | 673 ms | 28 ms | 0.006 | 0.037 |
    /// | 5 000 | 1 961 ms | 49 ms | 0.008 | 0.038 |
    /// | 10 000 | 8 341 ms | 108 ms | 0.008 | 0.039 |
    ///
    /// Exact time grows as V·E (quadratically here). Up to 2 000 nodes it
    /// stays near 0.3 s natively, about 0.5 s in wasm (1.5–2x slower), once
    /// per loaded study; real field studies (tens to a few hundred actors)
    /// are far below that. Above it, the cost of 128 pivots is linear
    /// (about 0.1 s at 10 000 nodes), with errors below 0.01 on normalised
    /// values.
    fn default() -> Self {
        Self {
            exact_up_to: 2_000,
            samples: 128,
            seed: 1,
        }
    }
}

/// Result of [`betweenness`].
#[derive(Debug, Clone, PartialEq)]
pub struct Betweenness {
    /// Normalised betweenness of each node, in node order, in `[0, 1]`.
    pub values: Vec<f64>,
    /// True when every source was used (no sampling).
    pub exact: bool,
    /// Number of pivot sources used (equal to the node count when exact).
    pub samples: usize,
    /// `None` when exact. When sampled: a *measured* simultaneous error
    /// half-width `ε` such that, with about 95 % probability,
    /// `|values[v] - exact[v]| <= ε` for every node `v` at once.
    ///
    /// How it is measured: the estimate of node `v` is the mean, over the
    /// `m_v` sampled sources `s ≠ v`, of `δ_s(v) / (n - 2)` (Brandes'
    /// dependency of `s` on `v`), drawn without replacement from the `n - 1`
    /// possible sources. Its standard error is estimated from the sample
    /// variance `S_v²` of those same dependencies, with the finite
    /// population correction: `SE_v = sqrt(S_v² / m_v · (1 - m_v / (n - 1)))`.
    /// Then `ε = z · max_v SE_v` with `z = sqrt(2 ln(2n / 0.05))` (Gaussian
    /// tail bound plus a union bound over the `n` nodes). This relies on the
    /// normal approximation of a mean of a few hundred terms; it is not a
    /// worst-case guarantee. The worst-case Hoeffding bound for the same
    /// sample (each term lies in `[0, n/(n-1)]`) would be
    /// `sqrt(ln(2n/0.05) / (2 m))`, about 0.22 for 10 000 nodes and 128
    /// pivots: true but too loose to be informative, hence the measured
    /// figure. On the benchmark graphs it is 3–5 times the largest error
    /// actually made (see [`BetweennessOptions::default`]); it is
    /// conservative because leaves make the dependencies heavy-tailed.
    pub error_estimate: Option<f64>,
}

/// Scratch space of one Brandes single-source pass, reused across sources
/// so that each pass costs O(reached nodes + their edges), with no
/// allocation after the first.
struct Brandes {
    /// Hop distance from the source; `u32::MAX` = not reached.
    dist: Vec<u32>,
    /// Number of shortest paths from the source. f64 like networkx: the
    /// counts can exceed any integer type on large graphs, and only ratios
    /// are used.
    sigma: Vec<f64>,
    /// Dependency of the source on each node.
    delta: Vec<f64>,
    /// Nodes in BFS order (non-decreasing distance).
    order: Vec<usize>,
    /// Edges of the shortest-path DAG as `(predecessor, node)`, in the
    /// order the BFS found them.
    dag: Vec<(usize, usize)>,
}

impl Brandes {
    fn new(n: usize) -> Self {
        Self {
            dist: vec![u32::MAX; n],
            sigma: vec![0.0; n],
            delta: vec![0.0; n],
            order: Vec::with_capacity(n),
            dag: Vec::new(),
        }
    }

    /// Runs BFS and dependency accumulation from `s`. Afterwards
    /// `order[1..]` are the nodes reached (besides `s`) and `delta[w]` their
    /// dependencies. Call [`Brandes::reset`] before the next source.
    fn run(&mut self, adj: &Adjacency, s: usize) {
        self.dist[s] = 0;
        self.sigma[s] = 1.0;
        self.order.push(s);
        let mut head = 0;
        while head < self.order.len() {
            let v = self.order[head];
            head += 1;
            let next = self.dist[v] + 1;
            let sigma_v = self.sigma[v];
            for &w in adj.neighbours(v) {
                let dw = self.dist[w];
                if dw == u32::MAX {
                    self.dist[w] = next;
                    self.order.push(w);
                }
                if dw == u32::MAX || dw == next {
                    self.sigma[w] += sigma_v;
                    self.dag.push((v, w));
                }
            }
        }
        // Brandes' accumulation in reverse BFS order, over the stored DAG
        // edges rather than a second scan of all neighbours (which would
        // also visit same-level and backward edges). Reversed, every edge
        // leaving `w` (pushed when `w` was expanded) comes before the edges
        // entering `w`, so `delta[w]` is final when it is used.
        for &(v, w) in self.dag.iter().rev() {
            let coefficient = (1.0 + self.delta[w]) / self.sigma[w];
            self.delta[v] += self.sigma[v] * coefficient;
        }
    }

    fn reset(&mut self) {
        for &v in &self.order {
            self.dist[v] = u32::MAX;
            self.sigma[v] = 0.0;
            self.delta[v] = 0.0;
        }
        self.order.clear();
        self.dag.clear();
    }
}

/// Betweenness centrality of every node.
///
/// # Definition
/// Undirected, unweighted (hop distance), endpoints excluded:
/// `b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st` over unordered pairs `{s, t}`,
/// where `σ_st` is the number of shortest paths between `s` and `t` and
/// `σ_st(v)` the number passing through `v`; pairs in different components
/// contribute nothing. Normalised by the number of pairs not containing `v`,
/// `(n - 1)(n - 2) / 2`, so values lie in `[0, 1]` and the centre of a
/// star is 1. Identical to networkx
/// `betweenness_centrality(G, normalized=True)`; graphs with fewer than 3
/// nodes give all zeros.
///
/// Above `options.exact_up_to` nodes only `k = options.samples` source nodes
/// chosen by the seeded generator are used, and the sums are rescaled as
/// networkx does for its `k=` option (networkx ≥ 3.5): by
/// `1 / (k (n - 2))` for non-sampled nodes and `1 / ((k - 1)(n - 2))` for
/// sampled ones, which cannot be their own source. The estimate is unbiased;
/// see [`Betweenness::error_estimate`] for its accuracy.
///
/// # Arguments
/// * `adj`: the graph; weights are ignored.
/// * `options`: exact/sampled switch, pivot count and seed.
///
/// # Returns
/// One value per node in node order, with how it was computed.
///
/// # Complexity
/// Brandes (2001): O(V · E) time exact, O(k · E) sampled (E counted in
/// undirected edges, plus O(V) per source); O(V + E) memory.
///
/// # Example
/// ```
/// use clustermap::analysis::adjacency::Adjacency;
/// use clustermap::analysis::centrality::{betweenness, BetweennessOptions};
/// // Path 0 - 1 - 2: node 1 lies on the only path between 0 and 2.
/// let adj = Adjacency::from_edges(3, [(0, 1, 1.0), (1, 2, 1.0)]).unwrap();
/// let b = betweenness(&adj, &BetweennessOptions::default());
/// assert_eq!(b.values, vec![0.0, 1.0, 0.0]);
/// assert!(b.exact && b.error_estimate.is_none());
/// ```
pub fn betweenness(adj: &Adjacency, options: &BetweennessOptions) -> Betweenness {
    let n = adj.node_count();
    let k = options.samples.max(3);
    if n <= options.exact_up_to || k >= n {
        return exact_betweenness(adj);
    }
    let mut rng = SplitMix64::new(options.seed);
    let mut pool: Vec<usize> = (0..n).collect();
    let sources = rng.choose(&mut pool, k);

    let mut sum = vec![0.0f64; n];
    let mut sum_sq = vec![0.0f64; n];
    let mut is_source = vec![false; n];
    let mut scratch = Brandes::new(n);
    for &s in &sources {
        is_source[s] = true;
        scratch.run(adj, s);
        for &w in &scratch.order[1..] {
            let d = scratch.delta[w];
            sum[w] += d;
            sum_sq[w] += d * d;
        }
        scratch.reset();
    }

    // Here n > k >= 3, so n - 2 >= 2 and every m_v >= 2.
    let pairs = (n - 2) as f64;
    let population = (n - 1) as f64;
    let mut values = Vec::with_capacity(n);
    let mut worst_se = 0.0f64;
    for v in 0..n {
        let m = if is_source[v] { k - 1 } else { k } as f64;
        let mean = sum[v] / m;
        values.push(mean / pairs);
        let variance = ((sum_sq[v] - m * mean * mean) / (m - 1.0)).max(0.0);
        let se = (variance / m * (1.0 - m / population)).max(0.0).sqrt() / pairs;
        worst_se = worst_se.max(se);
    }
    Betweenness {
        values,
        exact: false,
        samples: k,
        error_estimate: Some(simultaneous_z(n, ERROR_ALPHA) * worst_se),
    }
}

fn exact_betweenness(adj: &Adjacency) -> Betweenness {
    let n = adj.node_count();
    let mut values = vec![0.0f64; n];
    let mut scratch = Brandes::new(n);
    for s in 0..n {
        scratch.run(adj, s);
        for &w in &scratch.order[1..] {
            values[w] += scratch.delta[w];
        }
        scratch.reset();
    }
    // Each unordered pair was counted from both ends, and there are
    // (n-1)(n-2)/2 pairs without v: one factor covers both.
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        for value in &mut values {
            *value *= scale;
        }
    }
    Betweenness {
        values,
        exact: true,
        samples: n,
        error_estimate: None,
    }
}

/// How [`closeness`] is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosenessOptions {
    /// Exact (one BFS per node) on graphs with at most this many nodes.
    pub exact_up_to: usize,
    /// Total number of pivot BFS runs above `exact_up_to`, shared among
    /// the connected components in proportion to their size (at least 2 per
    /// component). Components of at most 64 nodes, and any that would get
    /// all its nodes as pivots, are computed exactly instead.
    pub samples: usize,
    /// Seed of the pivot choice.
    pub seed: u64,
}

impl Default for ClosenessOptions {
    /// `exact_up_to: 2_000, samples: 64, seed: 1`.
    ///
    /// Measured like [`BetweennessOptions::default`]:
    ///
    /// | nodes | exact | 64 pivots | max error | `error_estimate` |
    /// |---|---|---|---|---|
    /// | 1 000 | 39 ms | 3 ms | 0.022 | 0.043 |
    /// | 2 000 | 162 ms | 6 ms | 0.020 | 0.041 |
    /// | 3 000 | 365 ms | 9 ms | 0.021 | 0.042 |
    /// | 5 000 | 1 040 ms | 15 ms | 0.016 | 0.038 |
    /// | 10 000 | 4 414 ms | 30 ms | 0.020 | 0.034 |
    ///
    /// Exact closeness costs about half of exact betweenness; the same size
    /// limit keeps the two together under about 0.5 s natively. Closeness
    /// values of these graphs are around 0.2, so 64 pivots give them to
    /// about 10 %; more pivots cost 0.5 ms each at 10 000 nodes.
    fn default() -> Self {
        Self {
            exact_up_to: 2_000,
            samples: 64,
            seed: 1,
        }
    }
}

/// Result of [`closeness`].
#[derive(Debug, Clone, PartialEq)]
pub struct Closeness {
    /// Closeness of each node, in node order, in `[0, 1]`.
    pub values: Vec<f64>,
    /// True when every node was a BFS source.
    pub exact: bool,
    /// Number of BFS sources used.
    pub samples: usize,
    /// `None` when exact. When sampled: a measured simultaneous error
    /// half-width, as for [`Betweenness::error_estimate`]. For node `u` in
    /// a component of `c` nodes with `p` pivots, the distance sum is
    /// estimated as `c` times the mean pivot distance; its relative standard
    /// error `SE_u / mean_u` (sample variance of the pivot distances, finite
    /// population correction `1 - p/c`) carries over to closeness, which is
    /// inversely proportional to it (delta method). The figure is
    /// `z · max_u closeness_u · SE_u / mean_u` with
    /// `z = sqrt(2 ln(2n / 0.05))`.
    pub error_estimate: Option<f64>,
}

/// Closeness centrality of every node (Wasserman–Faust improved form).
///
/// # Definition
/// Undirected, unweighted (hop distance). For node `u` reaching `r - 1`
/// other nodes (its component has `r` nodes) at total distance `D(u)`:
/// `c(u) = (r - 1) / D(u) · (r - 1) / (n - 1)`, and `c(u) = 0` for an
/// isolated node or `n = 1`. The second factor scales down nodes of small
/// components, so values compare across a disconnected cluster. Identical
/// to networkx `closeness_centrality(G)` (`wf_improved=True`).
///
/// Above `options.exact_up_to` nodes `D(u)` is estimated from BFS runs from
/// randomly chosen pivots in `u`'s component (Eppstein & Wang 2004):
/// `D̂(u) = c / p · Σ_pivots d(pivot, u)`, unbiased for `D(u)`; `r` stays
/// exact (components are cheap).
///
/// # Arguments
/// * `adj`: the graph; weights are ignored.
/// * `options`: exact/sampled switch, pivot count and seed.
///
/// # Returns
/// One value per node in node order, with how it was computed.
///
/// # Complexity
/// O(V · E) exact, O(k · E + V) sampled; O(V + E) memory.
///
/// # Example
/// ```
/// use clustermap::analysis::adjacency::Adjacency;
/// use clustermap::analysis::centrality::{closeness, ClosenessOptions};
/// // Star with centre 0 and leaves 1, 2, 3; node 4 is isolated.
/// let adj = Adjacency::from_edges(5, [(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)]).unwrap();
/// let c = closeness(&adj, &ClosenessOptions::default());
/// // Centre: 3 others at distance 1, scaled by 3 / 4 reachable.
/// assert!((c.values[0] - 0.75).abs() < 1e-12);
/// // A leaf: distances 1 + 2 + 2 = 5, so 3/5 · 3/4.
/// assert!((c.values[1] - 0.45).abs() < 1e-12);
/// assert_eq!(c.values[4], 0.0);
/// ```
pub fn closeness(adj: &Adjacency, options: &ClosenessOptions) -> Closeness {
    let n = adj.node_count();
    let mut bfs = Bfs::new(n);
    let mut values = vec![0.0f64; n];
    if n <= options.exact_up_to || options.samples >= n {
        for (u, value) in values.iter_mut().enumerate() {
            let (reached, total) = bfs.distance_sum(adj, u);
            *value = wf_closeness(reached, total, n);
        }
        return Closeness {
            values,
            exact: true,
            samples: n,
            error_estimate: None,
        };
    }

    let (component, sizes) = adj.components();
    let mut members: Vec<Vec<usize>> = sizes.iter().map(|&s| Vec::with_capacity(s)).collect();
    for (v, &c) in component.iter().enumerate() {
        members[c].push(v);
    }
    let mut rng = SplitMix64::new(options.seed);
    let mut sum = vec![0.0f64; n];
    let mut sum_sq = vec![0.0f64; n];
    let mut sources_used = 0;
    let mut all_exact = true;
    let mut worst_relative = 0.0f64;
    let mut worst_node_count = 0;
    for nodes in &mut members {
        let c = nodes.len();
        if c < 2 {
            // Isolated: closeness 0, already in `values`.
            continue;
        }
        // Pivots in proportion to the component's share of nodes, rounded
        // up so that every component gets some, and at least 2 so that a
        // node is never estimated from itself alone.
        let share = (options.samples * c).div_ceil(n).max(2);
        // Small components are computed exactly: together they cost at most
        // SMALL_COMPONENT BFS runs over the whole graph, and sampling a
        // handful of pivots from a handful of nodes would add noise for
        // nothing.
        if c <= SMALL_COMPONENT || share >= c {
            for &u in nodes.iter() {
                let (reached, total) = bfs.distance_sum(adj, u);
                values[u] = wf_closeness(reached, total, n);
            }
            sources_used += c;
            continue;
        }
        all_exact = false;
        let pivots = rng.choose(nodes, share);
        sources_used += share;
        for &p in &pivots {
            bfs.run(adj, p);
            for &u in &bfs.order {
                let d = f64::from(bfs.dist[u]);
                sum[u] += d;
                sum_sq[u] += d * d;
            }
            bfs.reset();
        }
        let p = share as f64;
        let size = c as f64;
        worst_node_count += c;
        for &u in nodes.iter() {
            let mean = sum[u] / p;
            // With at least 2 distinct pivots one is not u, so mean > 0.
            let estimated_total = size * mean;
            let value = wf_closeness(c, estimated_total, n);
            values[u] = value;
            let variance = ((sum_sq[u] - p * mean * mean) / (p - 1.0)).max(0.0);
            let se = (variance / p * (1.0 - p / size)).max(0.0).sqrt();
            if mean > 0.0 {
                worst_relative = worst_relative.max(value * se / mean);
            }
        }
    }
    Closeness {
        values,
        exact: all_exact,
        samples: sources_used,
        error_estimate: (!all_exact)
            .then(|| simultaneous_z(worst_node_count, ERROR_ALPHA) * worst_relative),
    }
}

/// Components up to this size get exact closeness even when sampling.
const SMALL_COMPONENT: usize = 64;

/// networkx's formula, in its order of operations so that exact results
/// agree to the last bits.
fn wf_closeness(reached: usize, total: f64, n: usize) -> f64 {
    if total > 0.0 && n > 1 {
        let others = (reached - 1) as f64;
        others / total * (others / (n - 1) as f64)
    } else {
        0.0
    }
}

/// Plain BFS scratch space for closeness.
struct Bfs {
    dist: Vec<u32>,
    order: Vec<usize>,
}

impl Bfs {
    fn new(n: usize) -> Self {
        Self {
            dist: vec![u32::MAX; n],
            order: Vec::with_capacity(n),
        }
    }

    fn run(&mut self, adj: &Adjacency, s: usize) {
        self.dist[s] = 0;
        self.order.push(s);
        let mut head = 0;
        while head < self.order.len() {
            let v = self.order[head];
            head += 1;
            let next = self.dist[v] + 1;
            for &w in adj.neighbours(v) {
                if self.dist[w] == u32::MAX {
                    self.dist[w] = next;
                    self.order.push(w);
                }
            }
        }
    }

    fn reset(&mut self) {
        for &v in &self.order {
            self.dist[v] = u32::MAX;
        }
        self.order.clear();
    }

    /// Nodes reached from `s` (itself included) and their total distance.
    fn distance_sum(&mut self, adj: &Adjacency, s: usize) -> (usize, f64) {
        self.run(adj, s);
        let total: u64 = self.order.iter().map(|&v| u64::from(self.dist[v])).sum();
        let reached = self.order.len();
        self.reset();
        (reached, total as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choose_gives_distinct_items_deterministically() {
        let mut pool: Vec<usize> = (0..100).collect();
        let a = SplitMix64::new(7).choose(&mut pool, 30);
        let mut pool2: Vec<usize> = (0..100).collect();
        let b = SplitMix64::new(7).choose(&mut pool2, 30);
        assert_eq!(a, b);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 30);
    }

    #[test]
    fn z_is_the_bonferroni_gaussian_tail_quantile() {
        let z = simultaneous_z(300, 0.05);
        // 300 · 2 · exp(-z²/2) = 0.05 exactly.
        assert!((300.0 * 2.0 * (-z * z / 2.0).exp() - 0.05).abs() < 1e-12);
    }
}
