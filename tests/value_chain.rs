//! Value-chain analyses and investment opportunities on a hand-made chain
//! with known answers, and on the sample.

mod common;

use clustermap::analysis::{ActionType, AnalysisOptions, ClusterReport};
use clustermap::i18n::{rationale, Lang};
use clustermap::ingest::load;
use clustermap::model::{Dataset, Reason};
use common::fixture;

fn chain() -> (Dataset, ClusterReport) {
    let d = load(&[fixture("small/chain.json")]).unwrap().dataset;
    let r = ClusterReport::build(&d, &AnalysisOptions::default());
    (d, r)
}

fn stage(d: &Dataset, id: &str) -> usize {
    d.stage_index(id).unwrap()
}

#[test]
fn stage_profiles_count_supply_demand_and_leakage() {
    let (d, r) = chain();
    let b = &r.stages[stage(&d, "b")];
    assert_eq!(b.local_actors.len(), 2);
    // Demand for machining: z1 and z2 answered about it.
    assert_eq!(b.demand.len(), 2);
    assert_eq!(b.leaking_firms, vec![d.actor_index("z1").unwrap()]);
    assert_eq!((b.leaking_volume, b.answered_volume), (100.0, 140.0));
    assert!((b.leakage_share() - 100.0 / 140.0).abs() < 1e-12);
    assert_eq!(b.main_reason, Some(Reason::Capacity));
    assert!(!b.missing && !b.thin);

    let dd = &r.stages[stage(&d, "d")];
    assert!(dd.missing);
    assert_eq!(dd.outside_actors, vec![d.actor_index("o1").unwrap()]);
    // z1 receives supply from o1 (drawn in coating) and answered; z2 answered.
    assert_eq!(dd.demand.len(), 2);

    // Test lab: one local actor (uni), four firms need it: 1/4 < 1/3 -> thin.
    let lab = &r.stages[stage(&d, "lab")];
    assert_eq!((lab.local_actors.len(), lab.demand.len()), (1, 4));
    assert!(
        lab.thin && !lab.missing,
        "support stages are never 'missing', only thin"
    );
}

#[test]
fn thin_threshold_is_configurable() {
    let d = load(&[fixture("small/chain.json")]).unwrap().dataset;
    let loose = AnalysisOptions {
        thin_ratio: 0.2,
        ..Default::default()
    };
    let r = ClusterReport::build(&d, &loose);
    assert!(!r.stages[stage(&d, "lab")].thin);
}

#[test]
fn broken_link_is_between_present_neighbours_without_local_flow() {
    let (d, r) = chain();
    // a-b: x1 supplies y1. b-c: only a knowledge tie (does not count).
    // c-d: d is missing, so it is a gap, not a broken link.
    let links: Vec<(&str, &str)> = r
        .broken_links
        .iter()
        .map(|l| {
            (
                d.stages[l.from_stage].id.as_str(),
                d.stages[l.to_stage].id.as_str(),
            )
        })
        .collect();
    assert_eq!(links, [("b", "c")]);
    assert_eq!(
        r.broken_links[0].buying_outside,
        vec![d.actor_index("z1").unwrap()]
    );
}

#[test]
fn opportunities_are_scored_as_documented() {
    let (d, r) = chain();
    let ids: Vec<&str> = r
        .opportunities
        .iter()
        .map(|o| d.stages[o.stage].id.as_str())
        .collect();
    // b: 100·(0.30/6 + 0.25·100/360 + 0 + 0.15 + 0.10·1) = 36.9
    // lab: 100·(0.30·2/6 + 0.25·10/360 + 0.20·0.5 + 0.15 + 0) = 35.7
    // a: 100·(0.30·2/6 + 0.25·30/360 + 0 + 0 + 0.10·0.75) = 19.6
    assert_eq!(ids, ["d", "b", "lab", "a"]);
    let top = &r.opportunities[0];
    // Surveyed local firms: z1, z2, y1, y2, z3, z4 = 6; coating bought outside by z1, z2.
    assert_eq!(top.firms_surveyed, 6);
    assert!((top.parts.breadth - 2.0 / 6.0).abs() < 1e-12);
    assert!(
        (top.parts.volume - 1.0).abs() < 1e-12,
        "largest volume outside"
    );
    assert_eq!((top.parts.availability, top.parts.reason), (1.0, 1.0));
    // Degrees: z1 has o1 and y1 (2), z2 none (0); max degree in the cluster is 2.
    assert!((top.parts.centrality - 0.5).abs() < 1e-12);
    let expected = 100.0 * (0.30 * 2.0 / 6.0 + 0.25 + 0.20 + 0.15 + 0.10 * 0.5);
    assert!(
        (top.score - expected).abs() < 1e-9,
        "{} vs {expected}",
        top.score
    );
    // Two firms only: below the investor threshold, so a partner abroad.
    assert_eq!(top.action, ActionType::PartnerSearch);
    assert_eq!(
        r.opportunities[1].action,
        ActionType::DevelopSupplier,
        "capacity"
    );
    assert!(
        (r.opportunities[1].score - 100.0 * (0.05 + 0.25 * 100.0 / 360.0 + 0.15 + 0.10)).abs()
            < 1e-9
    );
    assert_eq!(r.opportunities[2].action, ActionType::SharedFacility);
    assert_eq!(
        r.opportunities[3].action,
        ActionType::TrainingProgramme,
        "bought outside for quality"
    );
    assert_eq!(top.evidence.len(), 2);
}

#[test]
fn rationale_names_the_figures_in_three_languages() {
    let (d, r) = chain();
    let o = &r.opportunities[0];
    let p = &r.stages[o.stage];
    assert_eq!(
        rationale(Lang::En, &d, o, p.demand.len(), p.thin),
        "2 of 6 surveyed firms buy Coating outside the region (360 EUR); no local producer."
    );
    assert!(rationale(Lang::Tr, &d, o, p.demand.len(), p.thin).contains("6 firmadan 2 tanesi"));
    assert!(rationale(Lang::De, &d, o, p.demand.len(), p.thin).contains("2 von 6 befragten"));
}

#[test]
fn ties_and_internationalisation() {
    let (d, r) = chain();
    assert_eq!((r.ties.local_ties, r.ties.non_local_ties), (3, 1));
    assert_eq!(r.ties.firms_linked_to_institutions, 1);
    assert_eq!(r.ties.firms_linked_to_research, 1);
    let i = &r.internationalisation;
    // Export share known for x1 (0), y1 (40), y2 (10).
    assert_eq!((i.firms_reporting, i.exporters), (3, 2));
    assert!((i.mean_export_share - 25.0).abs() < 1e-12);
    assert_eq!(
        i.markets,
        vec![("DE".to_string(), 2), ("FR".to_string(), 1)]
    );
    assert_eq!(i.partners_abroad, vec![d.actor_index("o1").unwrap()]);
    assert_eq!(
        i.gap_partners,
        vec![(stage(&d, "d"), vec![d.actor_index("o1").unwrap()])]
    );
    // Density within machining: y1-y2 not tied -> 0; machining x assembly: 1 tie (y1-z1) of 2x4.
    let core_b = 1;
    let core_c = 2;
    assert_eq!(r.stage_density[core_b][core_b], Some(0.0));
    assert_eq!(r.stage_density[core_b][core_c], Some(1.0 / 8.0));
    assert_eq!(r.stage_density[core_c][core_b], Some(1.0 / 8.0));
}

#[test]
fn sample_top_opportunities_are_what_its_sourcing_implies() {
    let d = clustermap::sample::dataset();
    let r = ClusterReport::build(&d, &AnalysisOptions::default());
    let top: Vec<(&str, ActionType)> = r
        .opportunities
        .iter()
        .take(4)
        .map(|o| (d.stages[o.stage].id.as_str(), o.action))
        .collect();
    assert_eq!(
        top,
        [
            ("pcb_fab", ActionType::AttractInvestor),
            ("cable_fibre", ActionType::AttractInvestor),
            ("testing", ActionType::SharedFacility),
            ("ems", ActionType::DevelopSupplier),
        ]
    );
    let pcb = &r.opportunities[0];
    assert_eq!((pcb.firms.len(), pcb.firms_surveyed), (11, 17));
    assert_eq!(
        rationale(Lang::En, &d, pcb, r.stages[pcb.stage].demand.len(), false),
        "11 of 17 surveyed firms buy Bare PCB fabrication outside the region (31,630 thousand TRY/year); no local producer."
    );
    let missing: Vec<&str> = r
        .gaps
        .iter()
        .map(|g| d.stages[g.stage].id.as_str())
        .collect();
    assert_eq!(missing, ["pcb_fab", "cable_fibre"]);
    // The thin support services (testing: one local lab, two firms buying
    // abroad; logistics) are listed with the missing core stages.
    let gaps: Vec<(&str, bool, usize)> = r
        .gaps
        .iter()
        .chain(&r.thin_support)
        .map(|g| {
            (
                d.stages[g.stage].id.as_str(),
                g.thin,
                g.sourcing_outside.len(),
            )
        })
        .collect();
    assert_eq!(
        gaps,
        [
            ("pcb_fab", false, 11),
            ("cable_fibre", false, 7),
            ("testing", true, 2),
            ("logistics", true, 0)
        ]
    );
    assert!(r.stages[d.stage_index("ems").unwrap()].thin);
    // Partners abroad already serving each gap.
    let shenzhen = d.actor_index("shenzhen").unwrap();
    assert_eq!(
        r.internationalisation.gap_partners[0],
        (d.stage_index("pcb_fab").unwrap(), vec![shenzhen])
    );
}

#[test]
fn exports_carry_ids_evidence_and_every_actor() {
    let d = clustermap::sample::dataset();
    let r = ClusterReport::build(&d, &AnalysisOptions::default());
    let json: serde_json::Value =
        serde_json::from_str(&clustermap::export::report_json(&d, &r, Lang::De)).unwrap();
    assert_eq!(json["actors"].as_array().unwrap().len(), 50);
    assert_eq!(json["opportunities"][0]["stage"], "pcb_fab");
    assert_eq!(
        json["opportunities"][0]["evidence"]
            .as_array()
            .unwrap()
            .len(),
        11
    );
    assert_eq!(
        json["opportunities"][0]["evidence"][0]["actor"],
        "egeelektronik"
    );
    assert!(json["opportunities"][0]["rationale"]
        .as_str()
        .unwrap()
        .contains("11 von 17"));
    assert_eq!(json["summary"]["relations"], 141);
    let csv = clustermap::export::actors_csv(&d, &r);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), 51);
    assert!(csv.contains("egeelektronik,Ege Elektronik A.Ş.,firm,devices,local,140,45,"));
    let stages = clustermap::export::stages_csv(&d, &r, Lang::Tr);
    assert!(stages.contains("pcb_fab,Baskılı devre kartı üretimi,core,0,11,11,31630,"));
}
