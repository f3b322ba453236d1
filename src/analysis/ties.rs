//! How the ties are spread: local versus non-local, between stages, and
//! between firms and institutions (the triple helix).

use serde::Serialize;

use crate::model::{ActorKind, Dataset};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TieSpread {
    /// Relations with both ends in the region.
    pub local_ties: usize,
    /// Relations with at least one end outside the region.
    pub non_local_ties: usize,
    /// `local_ties / relations`, 0 when there are none.
    pub local_share: f64,
    /// Local operators with a tie to a university, research centre, public
    /// agency, association or finance actor.
    pub firms_linked_to_institutions: usize,
    /// Of which to a university or research centre.
    pub firms_linked_to_research: usize,
    pub local_firms: usize,
}

/// Counts tie locality and firm–institution links. O(relations).
pub fn tie_spread(dataset: &Dataset) -> TieSpread {
    let local = |a: usize| dataset.actors[a].is_local();
    let local_ties = dataset
        .relations
        .iter()
        .filter(|r| local(r.source) && local(r.target))
        .count();
    let non_local_ties = dataset.relations.len() - local_ties;
    let mut institution = vec![false; dataset.actors.len()];
    let mut research = vec![false; dataset.actors.len()];
    for r in &dataset.relations {
        for (firm, other) in [(r.source, r.target), (r.target, r.source)] {
            let other_kind = dataset.actors[other].kind;
            if dataset.actors[firm].kind.is_operator() && other_kind.is_supporter() {
                institution[firm] = true;
                if matches!(other_kind, ActorKind::University | ActorKind::Research) {
                    research[firm] = true;
                }
            }
        }
    }
    let local_firms: Vec<usize> = (0..dataset.actors.len())
        .filter(|&a| local(a) && dataset.actors[a].kind.is_operator())
        .collect();
    TieSpread {
        local_ties,
        non_local_ties,
        local_share: if dataset.relations.is_empty() {
            0.0
        } else {
            local_ties as f64 / dataset.relations.len() as f64
        },
        firms_linked_to_institutions: local_firms.iter().filter(|a| institution[**a]).count(),
        firms_linked_to_research: local_firms.iter().filter(|a| research[**a]).count(),
        local_firms: local_firms.len(),
    }
}

/// Density between and within core stages, by the stage each actor is
/// drawn in.
///
/// Cell `[i][j]` (i ≠ j) is distinct tied pairs between stage i and j over
/// `n_i × n_j`; the diagonal is tied pairs within the stage over
/// `n_i (n_i − 1) / 2`. Direction and kind are ignored. Cells with no
/// possible pair are `None`. Rows and columns follow `dataset.core_stages()`.
/// Complexity: O(relations + core stages²).
pub fn stage_density(dataset: &Dataset) -> Vec<Vec<Option<f64>>> {
    let core: Vec<usize> = dataset.core_stages().map(|(i, _)| i).collect();
    let k = core.len();
    let col = |a: usize| {
        dataset
            .actor_stage(a)
            .and_then(|s| core.iter().position(|c| *c == s))
    };
    let mut size = vec![0usize; k];
    for a in 0..dataset.actors.len() {
        if let Some(c) = col(a) {
            size[c] += 1;
        }
    }
    let mut pairs = std::collections::BTreeSet::new();
    for r in &dataset.relations {
        pairs.insert((r.source.min(r.target), r.source.max(r.target)));
    }
    let mut ties = vec![vec![0usize; k]; k];
    for (a, b) in pairs {
        if let (Some(i), Some(j)) = (col(a), col(b)) {
            ties[i][j] += 1;
            if i != j {
                ties[j][i] += 1;
            }
        }
    }
    (0..k)
        .map(|i| {
            (0..k)
                .map(|j| {
                    let possible = if i == j {
                        size[i] * size[i].saturating_sub(1) / 2
                    } else {
                        size[i] * size[j]
                    };
                    (possible > 0).then(|| ties[i][j] as f64 / possible as f64)
                })
                .collect()
        })
        .collect()
}
