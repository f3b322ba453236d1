//! Investment opportunities: stages ranked by the evidence that the region
//! would gain from building them up, each with a type of action.
//!
//! # Score (0 to 100)
//! `100 × (w_b·B + w_v·V + w_a·A + w_r·R + w_c·C) / (w_b + w_v + w_a + w_r + w_c)`
//! with, for one stage:
//! - **B**, breadth: local firms buying the stage outside the region, over
//!   all local firms that answered any sourcing question;
//! - **V**, volume: the stage's volume bought outside, over the largest such
//!   volume of any stage;
//! - **A**, availability: 1 when no local actor works in it (missing), 0.5
//!   when thin, 0 otherwise;
//! - **R**, reason: share of the outside answers whose reason is "not
//!   available locally" or "capacity" (price and quality mean a local
//!   supplier exists);
//! - **C**, centrality: mean degree of the dependent firms over the largest
//!   degree in the cluster: dependencies of well-connected firms matter more.
//!
//! Weights are in [`AnalysisOptions`]; defaults 0.30, 0.25, 0.20, 0.15, 0.10.

use serde::Serialize;

use super::stages::StageProfile;
use super::AnalysisOptions;
use crate::model::{Band, Dataset, Reason};

/// What the region could do about a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionType {
    /// Many firms need a missing core stage: bring a producer to the region.
    AttractInvestor,
    /// A thin or price-driven stage: grow the local firms that exist.
    DevelopSupplier,
    /// A missing or thin support service: one facility shared by the cluster
    /// (a test lab, a training centre).
    SharedFacility,
    /// Local suppliers exist but lose on quality: train and upgrade them.
    TrainingProgramme,
    /// Too few firms for a local plant: find a partner abroad.
    PartnerSearch,
}

impl ActionType {
    pub const ALL: [ActionType; 5] = [
        ActionType::AttractInvestor,
        ActionType::DevelopSupplier,
        ActionType::SharedFacility,
        ActionType::TrainingProgramme,
        ActionType::PartnerSearch,
    ];

    pub fn token(self) -> &'static str {
        match self {
            ActionType::AttractInvestor => "attract_investor",
            ActionType::DevelopSupplier => "develop_supplier",
            ActionType::SharedFacility => "shared_facility",
            ActionType::TrainingProgramme => "training_programme",
            ActionType::PartnerSearch => "partner_search",
        }
    }
}

/// The parts of the score, kept so the UI can explain it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreParts {
    pub breadth: f64,
    pub volume: f64,
    pub availability: f64,
    pub reason: f64,
    pub centrality: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Opportunity {
    /// Index into `dataset.stages`.
    pub stage: usize,
    pub score: f64,
    pub parts: ScoreParts,
    pub action: ActionType,
    /// Local firms buying the stage outside (the firms behind it).
    pub firms: Vec<usize>,
    /// Local firms that answered any sourcing question.
    pub firms_surveyed: usize,
    pub local_actors: usize,
    pub volume: f64,
    pub main_reason: Option<Reason>,
    /// Indices into `dataset.sourcing`: the answers behind the figures.
    pub evidence: Vec<usize>,
}

/// Ranks every stage that local firms buy outside the region, best first
/// (ties broken by chain order). Stages nobody buys outside are not
/// opportunities.
///
/// `degrees` are the distinct-partner counts of [`super::degrees`].
/// Complexity: O(stages × firms).
pub fn opportunities(
    dataset: &Dataset,
    profiles: &[StageProfile],
    degrees: &[usize],
    options: &AnalysisOptions,
) -> Vec<Opportunity> {
    let mut surveyed: Vec<usize> = dataset
        .sourcing
        .iter()
        .map(|s| s.actor)
        .filter(|a| dataset.actors[*a].is_local())
        .collect();
    surveyed.sort_unstable();
    surveyed.dedup();
    let max_volume = profiles
        .iter()
        .map(|p| p.leaking_volume)
        .fold(0.0, f64::max);
    let max_degree = degrees.iter().copied().max().unwrap_or(0).max(1) as f64;
    let weights = options.weights();
    let total_weight: f64 = weights.iter().sum::<f64>().max(f64::EPSILON);

    let mut out: Vec<Opportunity> = profiles
        .iter()
        .filter(|p| !p.leaking_firms.is_empty())
        .map(|p| {
            let answers: Vec<_> = p.evidence.iter().map(|i| &dataset.sourcing[*i]).collect();
            let hard = answers
                .iter()
                .filter(|a| matches!(a.reason, Some(Reason::NotAvailable | Reason::Capacity)))
                .count();
            let parts = ScoreParts {
                breadth: p.leaking_firms.len() as f64 / surveyed.len().max(1) as f64,
                volume: if max_volume > 0.0 {
                    p.leaking_volume / max_volume
                } else {
                    0.0
                },
                availability: if p.missing {
                    1.0
                } else if p.thin {
                    0.5
                } else {
                    0.0
                },
                reason: hard as f64 / answers.len().max(1) as f64,
                centrality: p
                    .leaking_firms
                    .iter()
                    .map(|a| degrees.get(*a).copied().unwrap_or(0) as f64)
                    .sum::<f64>()
                    / p.leaking_firms.len() as f64
                    / max_degree,
            };
            let values = [
                parts.breadth,
                parts.volume,
                parts.availability,
                parts.reason,
                parts.centrality,
            ];
            let score =
                100.0 * values.iter().zip(&weights).map(|(v, w)| v * w).sum::<f64>() / total_weight;
            Opportunity {
                stage: p.stage,
                score,
                action: action_for(dataset, p, options),
                parts,
                firms: p.leaking_firms.clone(),
                firms_surveyed: surveyed.len(),
                local_actors: p.local_actors.len(),
                volume: p.leaking_volume,
                main_reason: p.main_reason,
                evidence: p.evidence.clone(),
            }
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.stage.cmp(&b.stage)));
    out
}

/// The action rules, in order; documented in docs/analysis.md.
fn action_for(dataset: &Dataset, p: &StageProfile, options: &AnalysisOptions) -> ActionType {
    let band = dataset.stages[p.stage].band;
    if band != Band::Core && (p.missing || p.thin || p.local_actors.is_empty()) {
        return ActionType::SharedFacility;
    }
    if p.missing || p.local_actors.is_empty() {
        return if p.leaking_firms.len() >= options.investor_min_firms {
            ActionType::AttractInvestor
        } else {
            ActionType::PartnerSearch
        };
    }
    if p.thin {
        return if band == Band::Core {
            ActionType::DevelopSupplier
        } else {
            ActionType::SharedFacility
        };
    }
    match p.main_reason {
        Some(Reason::Quality) => ActionType::TrainingProgramme,
        Some(Reason::NotAvailable) if band != Band::Core => ActionType::SharedFacility,
        _ => ActionType::DevelopSupplier,
    }
}
