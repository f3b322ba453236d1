//! Per-stage supply and demand: who works in a stage locally, who needs
//! it, how much of it leaks out of the region, and whether it is thin.

use std::collections::BTreeSet;

use serde::Serialize;

use super::AnalysisOptions;
use crate::model::{Band, Dataset, Origin, Reason, RelationKind};

/// The state of one value-chain stage in the region.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageProfile {
    /// Index into `dataset.stages`.
    pub stage: usize,
    /// Local actors that list this stage.
    pub local_actors: Vec<usize>,
    /// Actors outside the region that list this stage.
    pub outside_actors: Vec<usize>,
    /// Local actors that need this stage: they answered a sourcing question
    /// about it, or they receive supply from an actor drawn in it.
    pub demand: Vec<usize>,
    /// Local actors that buy this stage's input outside the region
    /// (sourcing answers with origin national or international).
    pub leaking_firms: Vec<usize>,
    /// Sum of the volumes of those answers.
    pub leaking_volume: f64,
    /// Sum of the volumes of all answers about this stage.
    pub answered_volume: f64,
    /// Indices into `dataset.sourcing` behind `leaking_firms`.
    pub evidence: Vec<usize>,
    /// The most frequent reason given for buying outside.
    pub main_reason: Option<Reason>,
    pub missing: bool,
    pub thin: bool,
}

impl StageProfile {
    /// Share of the answered volume bought outside the region, 0 to 1.
    pub fn leakage_share(&self) -> f64 {
        if self.answered_volume > 0.0 {
            self.leaking_volume / self.answered_volume
        } else {
            0.0
        }
    }
}

/// Profiles of every stage, in stage order.
///
/// *Missing*: a core stage without local actor, or a support stage without
/// local actor that local actors buy outside the region. *Thin*: a stage with local
/// actors, and with demand, where local actors / demand < `thin_ratio`.
/// Complexity: O(stages × (actors + relations + sourcing)).
pub fn stage_profiles(dataset: &Dataset, options: &AnalysisOptions) -> Vec<StageProfile> {
    (0..dataset.stages.len())
        .map(|s| profile(dataset, s, options))
        .collect()
}

fn profile(dataset: &Dataset, s: usize, options: &AnalysisOptions) -> StageProfile {
    let stage = &dataset.stages[s];
    let in_stage = |a: usize| dataset.actors[a].stages.contains(&stage.id);
    let (local_actors, outside_actors): (Vec<usize>, Vec<usize>) = (0..dataset.actors.len())
        .filter(|&a| in_stage(a))
        .partition(|&a| dataset.actors[a].is_local());

    let mut demand = BTreeSet::new();
    let mut leaking = BTreeSet::new();
    let mut evidence = Vec::new();
    let (mut leaking_volume, mut answered_volume) = (0.0, 0.0);
    let mut reasons = [0usize; 5];
    for (i, answer) in dataset.sourcing.iter().enumerate() {
        if answer.input_stage != s || !dataset.actors[answer.actor].is_local() {
            continue;
        }
        demand.insert(answer.actor);
        answered_volume += answer.volume.unwrap_or(0.0);
        if answer.origin != Origin::Local {
            leaking.insert(answer.actor);
            leaking_volume += answer.volume.unwrap_or(0.0);
            evidence.push(i);
            if let Some(r) = answer.reason {
                reasons[Reason::ALL.iter().position(|x| *x == r).unwrap_or(4)] += 1;
            }
        }
    }
    for r in &dataset.relations {
        if r.kind == RelationKind::Supply
            && dataset.actor_stage(r.source) == Some(s)
            && dataset.actors[r.target].is_local()
            && r.source != r.target
        {
            demand.insert(r.target);
        }
    }
    // Actors of the stage itself do not count as its demand.
    for a in &local_actors {
        demand.remove(a);
    }
    let main_reason = reasons
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        .map(|(i, _)| Reason::ALL[i]);
    // A support service nobody local buys outside is no gap: only one
    // that local actors go elsewhere for.
    let missing = local_actors.is_empty()
        && match stage.band {
            Band::Core => true,
            Band::Support => !leaking.is_empty(),
            Band::Enabling => false,
        };
    let thin = !local_actors.is_empty()
        && !demand.is_empty()
        && (local_actors.len() as f64) / (demand.len() as f64) < options.thin_ratio;
    StageProfile {
        stage: s,
        local_actors,
        outside_actors,
        demand: demand.into_iter().collect(),
        leaking_firms: leaking.into_iter().collect(),
        leaking_volume,
        answered_volume,
        evidence,
        main_reason,
        missing,
        thin,
    }
}
