//! Everything the results panel shows and the exports contain, computed in
//! one pass from a dataset: the analysis chain's output.

use serde::{Deserialize, Serialize};

use super::{
    betweenness, brokers, closeness, louvain, Adjacency, BetweennessOptions, Broker,
    ClosenessOptions,
};
use super::{
    broken_links, degrees, internationalisation, opportunities, stage_density, stage_gaps,
    stage_profiles, summarise, thin_support_stages, tie_spread, AnalysisOptions, BrokenLink,
    Internationalisation, Opportunity, StageGap, StageProfile, Summary, TieSpread,
};
use crate::graph::ClusterGraph;
use crate::model::{Dataset, RelationKind};

/// Per-actor figures, in dataset order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorMetrics {
    /// Distinct partners, any kind and direction.
    pub degree: usize,
    /// Sum of the strengths of all the actor's relations.
    pub weighted_degree: u32,
    /// Distinct actors supplying this actor / supplied by it.
    pub supply_in: usize,
    pub supply_out: usize,
    /// Normalised betweenness (brokerage), see [`super::centrality`].
    pub betweenness: f64,
    /// Closeness (Wasserman–Faust), see [`super::centrality`].
    pub closeness: f64,
    /// Louvain community (sub-cluster) id.
    pub community: usize,
}

/// Network-level figures with how they were computed.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct NetworkFigures {
    pub communities: usize,
    pub modularity: f64,
    /// False when betweenness was estimated from pivots (large graphs).
    pub betweenness_exact: bool,
    pub betweenness_samples: usize,
    pub betweenness_error: Option<f64>,
    pub closeness_exact: bool,
    pub closeness_error: Option<f64>,
    /// Actors linking several sub-clusters, most central first.
    pub brokers: Vec<Broker>,
    /// Betweenness, closeness and community of each actor, in dataset order.
    pub per_actor: Vec<(f64, f64, usize)>,
    /// False until computed: the UI computes these off the main thread and
    /// shows the rest of the report meanwhile.
    pub ready: bool,
}

impl NetworkFigures {
    /// Placeholder values for `actors` actors, before the computation.
    pub fn pending(actors: usize) -> Self {
        Self {
            communities: 0,
            modularity: 0.0,
            betweenness_exact: true,
            betweenness_samples: 0,
            betweenness_error: None,
            closeness_exact: true,
            closeness_error: None,
            brokers: Vec::new(),
            per_actor: vec![(0.0, 0.0, 0); actors],
            ready: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClusterReport {
    pub summary: Summary,
    pub ties: TieSpread,
    /// Stages missing locally (core, and support bought outside).
    pub gaps: Vec<StageGap>,
    /// Thin support stages, listed with the gaps but not marked missing.
    pub thin_support: Vec<StageGap>,
    pub stages: Vec<StageProfile>,
    /// Rows and columns follow the core stages in chain order.
    pub stage_density: Vec<Vec<Option<f64>>>,
    pub broken_links: Vec<BrokenLink>,
    pub opportunities: Vec<Opportunity>,
    pub internationalisation: Internationalisation,
    pub actors: Vec<ActorMetrics>,
    pub network: NetworkFigures,
    pub options: AnalysisOptions,
}

impl ClusterReport {
    /// Runs every analysis, network metrics included. Those dominate the
    /// cost (betweenness is O(V·E) up to 2,000 actors, sampled above).
    pub fn build(dataset: &Dataset, options: &AnalysisOptions) -> Self {
        let mut report = Self::build_light(dataset, options);
        report.set_network(network_figures(dataset));
        report
    }

    /// Everything but the network metrics: fast enough for the main thread
    /// (O(stages × (actors + relations + sourcing))).
    pub fn build_light(dataset: &Dataset, options: &AnalysisOptions) -> Self {
        let graph = ClusterGraph::build(dataset);
        let degree = degrees(&graph);
        let stages = stage_profiles(dataset, options);
        let gaps = stage_gaps(dataset, &stages);
        let thin_support = thin_support_stages(dataset, &stages);
        let missing: Vec<usize> = gaps.iter().map(|g| g.stage).collect();
        let network = NetworkFigures::pending(dataset.actors.len());
        Self {
            summary: summarise(dataset, &graph),
            ties: tie_spread(dataset),
            stage_density: stage_density(dataset),
            broken_links: broken_links(dataset),
            opportunities: opportunities(dataset, &stages, &degree, options),
            internationalisation: internationalisation(dataset, &missing),
            actors: actor_metrics(dataset, &degree),
            network,
            gaps,
            thin_support,
            stages,
            options: options.clone(),
        }
    }
}

/// Betweenness, closeness and communities on the collapsed undirected
/// graph. A validated dataset always gives a valid adjacency; should it not,
/// the figures are left at zero rather than failing the whole analysis.
pub fn network_figures(dataset: &Dataset) -> NetworkFigures {
    network_figures_with(dataset, |_| {})
}

/// The steps of the long computations, for progress messages. `Layout` is
/// the network view's force layout, computed after the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Betweenness,
    Closeness,
    Communities,
    Layout,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Phase::Betweenness,
        Phase::Closeness,
        Phase::Communities,
        Phase::Layout,
    ];
}

/// [`network_figures`], calling `progress` as each step starts.
pub fn network_figures_with(dataset: &Dataset, mut progress: impl FnMut(Phase)) -> NetworkFigures {
    let n = dataset.actors.len();
    let Ok(adj) = Adjacency::from_dataset(dataset) else {
        return NetworkFigures {
            ready: true,
            ..NetworkFigures::pending(n)
        };
    };
    progress(Phase::Betweenness);
    let b = betweenness(&adj, &BetweennessOptions::default());
    progress(Phase::Closeness);
    let c = closeness(&adj, &ClosenessOptions::default());
    progress(Phase::Communities);
    let communities = louvain(&adj, 1);
    let brokers = brokers(&adj, &communities, &b).unwrap_or_default();
    let per_actor = (0..n)
        .map(|i| {
            (
                b.values.get(i).copied().unwrap_or(0.0),
                c.values.get(i).copied().unwrap_or(0.0),
                communities.of_actor.get(i).copied().unwrap_or(0),
            )
        })
        .collect();
    NetworkFigures {
        communities: communities.count,
        modularity: communities.modularity,
        betweenness_exact: b.exact,
        betweenness_samples: b.samples,
        betweenness_error: b.error_estimate,
        closeness_exact: c.exact,
        closeness_error: c.error_estimate,
        brokers,
        per_actor,
        ready: true,
    }
}

impl ClusterReport {
    /// Fills in network metrics computed elsewhere (a worker). Figures for a
    /// different number of actors are ignored: they belong to other data.
    pub fn set_network(&mut self, network: NetworkFigures) {
        if network.per_actor.len() != self.actors.len() {
            return;
        }
        for (m, (b, c, community)) in self.actors.iter_mut().zip(&network.per_actor) {
            m.betweenness = *b;
            m.closeness = *c;
            m.community = *community;
        }
        self.network = network;
    }
}

fn actor_metrics(dataset: &Dataset, degree: &[usize]) -> Vec<ActorMetrics> {
    let n = dataset.actors.len();
    let mut weighted = vec![0u32; n];
    let mut supply_in: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut supply_out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for r in &dataset.relations {
        weighted[r.source] += u32::from(r.strength);
        weighted[r.target] += u32::from(r.strength);
        if r.kind == RelationKind::Supply {
            supply_out[r.source].push(r.target);
            supply_in[r.target].push(r.source);
        }
    }
    let distinct = |mut v: Vec<usize>| {
        v.sort_unstable();
        v.dedup();
        v.len()
    };
    (0..n)
        .map(|i| ActorMetrics {
            degree: degree.get(i).copied().unwrap_or(0),
            weighted_degree: weighted[i],
            supply_in: distinct(std::mem::take(&mut supply_in[i])),
            supply_out: distinct(std::mem::take(&mut supply_out[i])),
            betweenness: 0.0,
            closeness: 0.0,
            community: 0,
        })
        .collect()
}
