//! Prints the analysis of the built-in sample: `cargo run --example report`.

use clustermap::analysis::{AnalysisOptions, ClusterReport};
use clustermap::i18n::{action, rationale, stage_name, Lang};

fn main() {
    let data = clustermap::sample::dataset();
    let r = ClusterReport::build(&data, &AnalysisOptions::default());
    let lang = Lang::En;
    for p in &r.stages {
        println!(
            "{:<14} local {:>2} demand {:>2} leaking {:>2} vol {:>7} missing {} thin {}",
            data.stages[p.stage].id,
            p.local_actors.len(),
            p.demand.len(),
            p.leaking_firms.len(),
            p.leaking_volume,
            p.missing,
            p.thin
        );
    }
    for b in &r.broken_links {
        println!(
            "broken: {} -> {}",
            data.stages[b.from_stage].id, data.stages[b.to_stage].id
        );
    }
    for o in &r.opportunities {
        let p = &r.stages[o.stage];
        println!(
            "{:5.1} {:<30} {:<28} {}",
            o.score,
            stage_name(lang, &data.stages[o.stage]),
            action(lang, o.action),
            rationale(lang, &data, o, p.demand.len(), p.thin)
        );
    }
    println!("{:?}", r.ties);
    println!("{:?}", r.internationalisation);
}
