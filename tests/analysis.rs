//! Graph build and first analyses on hand-made cases with known answers and
//! on the sample.

mod common;

use clustermap::analysis::{components, degrees, missing_core_stages, summarise};
use clustermap::graph::ClusterGraph;
use clustermap::ingest::{load, SourceFile};
use clustermap::model::Dataset;
use common::fixture;

fn small() -> Dataset {
    load(&[fixture("small/cluster.json")]).unwrap().dataset
}

fn sample() -> Dataset {
    clustermap::sample::dataset()
}

#[test]
fn graph_has_one_node_per_actor_and_one_edge_per_relation() {
    let d = small();
    let g = ClusterGraph::build(&d);
    assert_eq!((g.node_count(), g.edge_count()), (5, 5));
    // a: c (supply in), b (collab + supply both ways), u (knowledge) -> 3 partners.
    assert_eq!(g.neighbours(0), vec![1, 2, 3]);
    assert_eq!(g.neighbours(4), Vec::<usize>::new());
}

#[test]
fn small_cluster_figures() {
    let d = small();
    let g = ClusterGraph::build(&d);
    // Distinct pairs: {a,b} {a,c} {b,c} {a,u} = 4 of 10 possible.
    let s = summarise(&d, &g);
    assert_eq!(s.actors, 5);
    assert_eq!(s.relations, 5);
    assert!((s.density - 0.4).abs() < 1e-12);
    assert!((s.average_degree - 1.6).abs() < 1e-12);
    assert_eq!(s.components, 2);
    assert_eq!(s.isolated, 1);
    assert_eq!(s.local_actors, 4);
    assert_eq!(s.outside_actors, 1);
    // SMEs: operators under 250 employees or of unknown size: a, c, x (b has 300).
    assert_eq!(s.smes, 3);
    assert_eq!(s.institutions, 1);
    assert_eq!(degrees(&g), vec![3, 2, 2, 1, 0]);
    let c = components(&g);
    assert_eq!(c.isolated, vec![4]);
    assert_eq!(c.largest, 4);
    assert_eq!(c.of_actor, vec![0, 0, 0, 0, 1]);
}

#[test]
fn small_cluster_gap_is_the_stage_only_served_from_abroad() {
    let d = small();
    let gaps = missing_core_stages(&d);
    // parts: only Gamma (international). assembly: a, b. sales: b (second stage counts).
    assert_eq!(gaps.len(), 1);
    let g = &gaps[0];
    assert_eq!(d.stages[g.stage].id, "parts");
    assert_eq!(g.outside_actors, vec![2]);
    assert_eq!(g.sourcing_outside, vec![0, 1]);
    assert!((g.volume_outside - 150.0).abs() < 1e-9);
}

#[test]
fn support_and_enabling_stages_are_never_gaps() {
    let json = r#"{"stages": [{"id": "c", "name": "C"}, {"id": "t", "name": "Test lab", "band": "support"}],
                  "actors": [{"id": "a", "name": "A", "stages": ["c"]}]}"#;
    let d = load(&[SourceFile::new("t.json", json)]).unwrap().dataset;
    assert!(missing_core_stages(&d).is_empty());
}

#[test]
fn empty_graph_has_zero_density_not_nan() {
    let json = r#"{"stages": [{"id": "c", "name": "C"}], "actors": [{"id": "a", "name": "A", "stages": ["c"]}]}"#;
    let d = load(&[SourceFile::new("one.json", json)]).unwrap().dataset;
    let s = summarise(&d, &ClusterGraph::build(&d));
    assert_eq!(
        (s.density, s.average_degree, s.components, s.isolated),
        (0.0, 0.0, 1, 1)
    );
}

#[test]
fn sample_meets_the_brief() {
    let d = sample();
    let s = summarise(&d, &ClusterGraph::build(&d));
    assert!(s.actors >= 40);
    assert!(s.smes >= 30, "{} SMEs", s.smes);
    assert!(s.institutions >= 6);
    assert!(s.outside_actors >= 3);
    assert!(s.relations >= 120);
    assert!(
        s.relations_by_kind.iter().all(|(_, n)| *n > 0),
        "all four kinds present"
    );
    assert!(s.core_stages >= 7);
    assert!(d
        .stages
        .iter()
        .any(|st| st.band == clustermap::model::Band::Support));
    assert!(d
        .stages
        .iter()
        .any(|st| st.band == clustermap::model::Band::Enabling));
    assert_eq!((s.smes, s.institutions, s.outside_actors), (36, 9, 6));
    // One actor (a new antenna installer) answered but names no partner.
    assert_eq!(s.isolated, 1);
    assert_eq!(s.components, 2);
}

#[test]
fn sample_gaps_are_what_its_sourcing_answers_imply() {
    let d = sample();
    let gaps = missing_core_stages(&d);
    let ids: Vec<&str> = gaps.iter().map(|g| d.stages[g.stage].id.as_str()).collect();
    assert_eq!(ids, ["pcb_fab", "cable_fibre"]);
    // 11 local firms buy bare PCBs outside the region, 7 buy cable/fibre.
    assert_eq!(gaps[0].sourcing_outside.len(), 11);
    assert_eq!(gaps[1].sourcing_outside.len(), 7);
    assert!((gaps[0].volume_outside - 31_630.0).abs() < 1e-9);
    // And the stages bought outside for quality or price but present locally
    // (components, EMS) are not gaps.
    assert!(!ids.contains(&"components") && !ids.contains(&"ems"));
}
