//! Broken links: neighbouring core stages that both exist in the region
//! but do not work with each other there.

use serde::Serialize;

use crate::model::{Dataset, RelationKind};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BrokenLink {
    /// Upstream and downstream stage (indices into `dataset.stages`).
    pub from_stage: usize,
    pub to_stage: usize,
    /// Local actors of the downstream stage that buy the upstream stage's
    /// input outside the region: the demand a local tie could serve.
    pub buying_outside: Vec<usize>,
}

/// Pairs of consecutive core stages (in chain order) that both have local
/// actors, with no local supply or collaboration tie between an actor of
/// one and an actor of the other, in either direction.
///
/// Knowledge and support ties do not count: they are not flows of the
/// chain. Pairs next to a missing stage are reported as gaps, not here.
/// Complexity: O(core stages × relations).
pub fn broken_links(dataset: &Dataset) -> Vec<BrokenLink> {
    let core: Vec<usize> = dataset.core_stages().map(|(i, _)| i).collect();
    let local_in = |a: usize, s: usize| {
        let actor = &dataset.actors[a];
        actor.is_local() && actor.stages.contains(&dataset.stages[s].id)
    };
    let present = |s: usize| (0..dataset.actors.len()).any(|a| local_in(a, s));
    core.windows(2)
        .filter(|w| present(w[0]) && present(w[1]))
        .filter(|w| {
            !dataset.relations.iter().any(|r| {
                matches!(r.kind, RelationKind::Supply | RelationKind::Collaboration)
                    && ((local_in(r.source, w[0]) && local_in(r.target, w[1]))
                        || (local_in(r.source, w[1]) && local_in(r.target, w[0])))
            })
        })
        .map(|w| {
            let mut buying_outside: Vec<usize> = dataset
                .sourcing
                .iter()
                .filter(|s| {
                    s.input_stage == w[0]
                        && s.origin != crate::model::Origin::Local
                        && local_in(s.actor, w[1])
                })
                .map(|s| s.actor)
                .collect();
            buying_outside.sort_unstable();
            buying_outside.dedup();
            BrokenLink {
                from_stage: w[0],
                to_stage: w[1],
                buying_outside,
            }
        })
        .collect()
}
