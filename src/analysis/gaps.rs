//! Missing parts of the value chain.

use super::StageProfile;
use crate::model::{Band, Dataset, Origin};

/// A stage missing (or thin) in the region, with the evidence behind it.
/// What counts as a gap in each band is in docs/analysis.md.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StageGap {
    /// Index into `dataset.stages`.
    pub stage: usize,
    pub band: Band,
    /// True for a thin support stage (local actors, but too few for the
    /// local demand); false for a stage with no local actor.
    pub thin: bool,
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
                band: Band::Core,
                thin: false,
                outside_actors,
                sourcing_outside,
                volume_outside: answers.iter().filter_map(|s| s.volume).sum(),
            })
        })
        .collect()
}

/// The stages missing in the region, in stage order, from the stage
/// profiles:
///
/// * a **core** stage with no local actor;
/// * a **support** stage with no local actor that local actors buy outside
///   the region (a service nobody local needs is no gap);
/// * never an **enabling** stage: policy and programmes are not bought.
pub fn stage_gaps(dataset: &Dataset, profiles: &[StageProfile]) -> Vec<StageGap> {
    gaps_where(dataset, profiles, |p, _| p.missing)
}

/// Support stages with local providers, but too few for the local demand
/// (see [`StageProfile::thin`]), in stage order.
pub fn thin_support_stages(dataset: &Dataset, profiles: &[StageProfile]) -> Vec<StageGap> {
    gaps_where(dataset, profiles, |p, band| {
        band == Band::Support && p.thin && !p.missing
    })
}

fn gaps_where(
    dataset: &Dataset,
    profiles: &[StageProfile],
    keep: impl Fn(&StageProfile, Band) -> bool,
) -> Vec<StageGap> {
    profiles
        .iter()
        .filter_map(|p| {
            let band = dataset.stages.get(p.stage)?.band;
            let thin = !p.missing;
            keep(p, band).then(|| StageGap {
                stage: p.stage,
                band,
                thin,
                outside_actors: p.outside_actors.clone(),
                sourcing_outside: p.leaking_firms.clone(),
                volume_outside: p.leaking_volume,
            })
        })
        .collect()
}
