//! Missing parts of the value chain.

use crate::model::{Dataset, Origin};

/// A core stage with no local actor, with the evidence behind it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StageGap {
    /// Index into `dataset.stages`.
    pub stage: usize,
    /// Non-local actors that serve this stage (who fills the gap today).
    pub outside_actors: Vec<usize>,
    /// Local actors that said they buy this input outside the region.
    pub sourcing_outside: Vec<usize>,
    /// Sum of the yearly volumes of those answers (where given).
    pub volume_outside: f64,
}

/// Core stages in which no local actor works, in chain order.
///
/// An actor counts for every stage it lists, not only its first. "Local"
/// is [`crate::model::Locality::Local`]. Complexity: O(stages × actors +
/// sourcing answers).
///
/// # Example
/// ```
/// let data = clustermap::sample::dataset();
/// let gaps = clustermap::analysis::missing_core_stages(&data);
/// assert!(gaps.len() >= 2);
/// ```
pub fn missing_core_stages(dataset: &Dataset) -> Vec<StageGap> {
    dataset
        .core_stages()
        .filter_map(|(index, stage)| {
            let in_stage = |a: &&crate::model::Actor| a.stages.contains(&stage.id);
            if dataset.actors.iter().filter(in_stage).any(|a| a.is_local()) {
                return None;
            }
            let outside_actors = dataset
                .actors
                .iter()
                .enumerate()
                .filter(|(_, a)| in_stage(a))
                .map(|(i, _)| i)
                .collect();
            let answers: Vec<_> = dataset
                .sourcing
                .iter()
                .filter(|s| s.input_stage == index && s.origin != Origin::Local)
                .filter(|s| dataset.actors[s.actor].is_local())
                .collect();
            let mut sourcing_outside: Vec<usize> = answers.iter().map(|s| s.actor).collect();
            sourcing_outside.sort_unstable();
            sourcing_outside.dedup();
            Some(StageGap {
                stage: index,
                outside_actors,
                sourcing_outside,
                volume_outside: answers.iter().filter_map(|s| s.volume).sum(),
            })
        })
        .collect()
}
