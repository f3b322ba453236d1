//! Where analysis lives: figures computed from the dataset and its graph.
//! One analysis per file; each is a pure function with tests.

pub mod components;
pub mod degree;
pub mod gaps;
pub mod internationalisation;
pub mod links;
pub mod opportunities;
mod options;
pub mod report;
pub mod stages;
pub mod summary;
pub mod ties;

pub use components::{components, Components};
pub use degree::degrees;
pub use gaps::{missing_core_stages, StageGap};
pub use internationalisation::{internationalisation, Internationalisation};
pub use links::{broken_links, BrokenLink};
pub use opportunities::{opportunities, ActionType, Opportunity};
pub use options::{AnalysisOptions, Setting, SettingGroup, SettingId, SETTINGS};
pub use report::{
    network_figures, network_figures_with, ActorMetrics, ClusterReport, NetworkFigures, Phase,
};
pub use stages::{stage_profiles, StageProfile};
pub use summary::{summarise, Summary};
pub use ties::{stage_density, tie_spread, TieSpread};

pub mod adjacency;
pub mod centrality;
pub mod communities;

pub use adjacency::{directed_supply_degrees, Adjacency, AdjacencyError};
pub use centrality::{
    betweenness, closeness, Betweenness, BetweennessOptions, Closeness, ClosenessOptions,
};
pub use communities::{brokers, louvain, modularity, Broker, Communities, CommunityError};
