//! Exports and partners abroad: which firms export where, and which
//! missing stages partners abroad already serve.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Dataset, Locality};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Internationalisation {
    /// Local operators with a known export share.
    pub firms_reporting: usize,
    /// Of those, firms with an export share above 0.
    pub exporters: usize,
    /// `exporters / firms_reporting`, 0 when nobody reported.
    pub exporter_share: f64,
    /// Mean export share (percent) of the exporters.
    pub mean_export_share: f64,
    /// Export markets by number of firms naming them, most named first.
    pub markets: Vec<(String, usize)>,
    /// International actors with a tie to a local actor.
    pub partners_abroad: Vec<usize>,
    /// For each missing core stage (index into stages), the international
    /// actors working in it: candidates to fill the gap.
    pub gap_partners: Vec<(usize, Vec<usize>)>,
}

/// O(actors + relations).
pub fn internationalisation(dataset: &Dataset, missing: &[usize]) -> Internationalisation {
    let firms: Vec<_> = dataset
        .actors
        .iter()
        .filter(|a| a.is_local() && a.kind.is_operator() && a.export_share.is_some())
        .collect();
    let exporters: Vec<_> = firms
        .iter()
        .filter(|a| a.export_share.unwrap_or(0.0) > 0.0)
        .collect();
    let mut markets: BTreeMap<String, usize> = BTreeMap::new();
    for a in dataset.actors.iter().filter(|a| a.is_local()) {
        for m in &a.export_markets {
            *markets.entry(m.trim().to_uppercase()).or_default() += 1;
        }
    }
    let mut markets: Vec<(String, usize)> = markets.into_iter().collect();
    markets.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let international = |a: usize| dataset.actors[a].locality == Locality::International;
    let mut partners: Vec<usize> = dataset
        .relations
        .iter()
        .flat_map(|r| [(r.source, r.target), (r.target, r.source)])
        .filter(|(abroad, local)| international(*abroad) && dataset.actors[*local].is_local())
        .map(|(abroad, _)| abroad)
        .collect();
    partners.sort_unstable();
    partners.dedup();
    let gap_partners = missing
        .iter()
        .map(|&s| {
            let id = &dataset.stages[s].id;
            let who = (0..dataset.actors.len())
                .filter(|&a| international(a) && dataset.actors[a].stages.contains(id))
                .collect();
            (s, who)
        })
        .collect();
    Internationalisation {
        firms_reporting: firms.len(),
        exporters: exporters.len(),
        exporter_share: if firms.is_empty() {
            0.0
        } else {
            exporters.len() as f64 / firms.len() as f64
        },
        mean_export_share: if exporters.is_empty() {
            0.0
        } else {
            exporters.iter().filter_map(|a| a.export_share).sum::<f64>() / exporters.len() as f64
        },
        markets,
        partners_abroad: partners,
        gap_partners,
    }
}
