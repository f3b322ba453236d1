//! Network metrics ("degree of relations"): known answers on hand-made
//! graphs, and a cross-check against networkx on the sample, the small
//! fixture and a generated 300-actor cluster. The networkx figures come from
//! `tests/fixtures/metrics/make_networkx.py`.

mod common;

use clustermap::analysis::adjacency::{directed_supply_degrees, Adjacency};
use clustermap::analysis::centrality::{
    betweenness, closeness, BetweennessOptions, ClosenessOptions,
};
use clustermap::analysis::communities::{brokers, louvain, modularity, Communities};
use clustermap::ingest::load;
use clustermap::model::Dataset;
use common::fixture;
use serde::Deserialize;

const EXACT: f64 = 1e-9;

fn graph(nodes: usize, edges: &[(usize, usize)]) -> Adjacency {
    Adjacency::from_edges(nodes, edges.iter().map(|&(a, b)| (a, b, 1.0)))
        .unwrap_or_else(|e| panic!("test graph: {e}"))
}

fn path(n: usize) -> Adjacency {
    let edges: Vec<(usize, usize)> = (1..n).map(|i| (i - 1, i)).collect();
    graph(n, &edges)
}

/// Triangles {0, 1, 2} and {3, 4, 5} joined by the bridge 2 - 3.
fn two_triangles() -> Adjacency {
    graph(6, &[(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5)])
}

fn exact_b(adj: &Adjacency) -> Vec<f64> {
    let b = betweenness(adj, &BetweennessOptions::default());
    assert!(b.exact);
    b.values
}

fn exact_c(adj: &Adjacency) -> Vec<f64> {
    let c = closeness(adj, &ClosenessOptions::default());
    assert!(c.exact);
    c.values
}

#[track_caller]
fn assert_close(got: &[f64], want: &[f64], tolerance: f64, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!((g - w).abs() <= tolerance, "{what}[{i}]: got {g}, want {w}");
    }
}

// ---------------------------------------------------------------- known answers

#[test]
fn path_of_four() {
    let adj = path(4);
    // Inner nodes lie on 2 of the 3 pairs that exclude them.
    assert_close(
        &exact_b(&adj),
        &[0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0],
        EXACT,
        "b",
    );
    // End: distances 1 + 2 + 3; inner: 1 + 1 + 2.
    assert_close(&exact_c(&adj), &[0.5, 0.75, 0.75, 0.5], EXACT, "c");
}

#[test]
fn star_of_five_leaves() {
    let adj = graph(6, &[(0, 1), (0, 2), (0, 3), (0, 4), (0, 5)]);
    assert_close(&exact_b(&adj), &[1.0, 0.0, 0.0, 0.0, 0.0, 0.0], EXACT, "b");
    let leaf = 5.0 / 9.0; // 1 + 2·4 = 9 to the other five
    assert_close(
        &exact_c(&adj),
        &[1.0, leaf, leaf, leaf, leaf, leaf],
        EXACT,
        "c",
    );
}

#[test]
fn two_triangles_joined_by_a_bridge() {
    let adj = two_triangles();
    // Bridge ends carry the 2 · 3 = 6 cross pairs of the 10 excluding them.
    assert_close(&exact_b(&adj), &[0.0, 0.0, 0.6, 0.6, 0.0, 0.0], EXACT, "b");
    // Node 0: 1, 1, 2, 3, 3 = 10; node 2: 1, 1, 1, 2, 2 = 7.
    assert_close(
        &exact_c(&adj),
        &[0.5, 0.5, 5.0 / 7.0, 5.0 / 7.0, 0.5, 0.5],
        EXACT,
        "c",
    );
    let c = louvain(&adj, 3);
    assert_eq!(c.of_actor, vec![0, 0, 0, 1, 1, 1]);
    assert_eq!(c.count, 2);
    // Each side: 3 of 7 edges inside, half of the degree.
    let q = 2.0 * (3.0 / 7.0 - 0.25);
    assert!((c.modularity - q).abs() < EXACT, "{}", c.modularity);
    // Each bridge end reaches only one other community: no brokers.
    let b = betweenness(&adj, &BetweennessOptions::default());
    assert!(brokers(&adj, &c, &b).unwrap_or_default().is_empty());
}

#[test]
fn disconnected_pieces() {
    // Paths 0-1-2 and 3-4-5, node 6 isolated: n = 7.
    let adj = graph(7, &[(0, 1), (1, 2), (3, 4), (4, 5)]);
    let (component, sizes) = adj.components();
    assert_eq!(component, vec![0, 0, 0, 1, 1, 1, 2]);
    assert_eq!(sizes, vec![3, 3, 1]);
    // Middles: 1 pair of the C(6, 2) = 15 excluding them.
    let m = 1.0 / 15.0;
    assert_close(&exact_b(&adj), &[0.0, m, 0.0, 0.0, m, 0.0, 0.0], EXACT, "b");
    // Middle reaches 2 at distance 2 in total: 2/2 · 2/6; end: 2/3 · 2/6.
    let (mid, end) = (1.0 / 3.0, 2.0 / 9.0);
    assert_close(
        &exact_c(&adj),
        &[end, mid, end, end, mid, end, 0.0],
        EXACT,
        "c",
    );
    let c = louvain(&adj, 1);
    assert_eq!(c.of_actor, vec![0, 0, 0, 1, 1, 1, 2]);
    assert!((c.modularity - 0.5).abs() < EXACT);
}

#[test]
fn single_node_and_empty_graph() {
    let one = graph(1, &[]);
    assert_eq!(exact_b(&one), vec![0.0]);
    assert_eq!(exact_c(&one), vec![0.0]);
    let c = louvain(&one, 1);
    assert_eq!(
        (c.of_actor.clone(), c.count, c.modularity),
        (vec![0], 1, 0.0)
    );
    assert_eq!(modularity(&one, &[0]), Ok(0.0));

    let none = graph(0, &[]);
    assert!(exact_b(&none).is_empty());
    assert!(exact_c(&none).is_empty());
    let c = louvain(&none, 1);
    assert_eq!((c.of_actor.len(), c.count), (0, 0));
    assert_eq!(
        brokers(
            &none,
            &c,
            &betweenness(&none, &BetweennessOptions::default())
        ),
        Ok(vec![])
    );

    // Two nodes: no pair excludes a node, betweenness stays 0.
    assert_eq!(exact_b(&graph(2, &[(0, 1)])), vec![0.0, 0.0]);
}

#[test]
fn modularity_rejects_a_partition_of_another_graph() {
    let adj = path(4);
    assert!(modularity(&adj, &[0, 0, 1]).is_err());
    let b = betweenness(&adj, &BetweennessOptions::default());
    let wrong = Communities {
        of_actor: vec![0; 3],
        count: 1,
        modularity: 0.0,
    };
    assert!(brokers(&adj, &wrong, &b).is_err());
}

#[test]
fn weights_count_in_modularity_and_louvain() {
    // Square 0-1-2-3-0; heavy edges 0-1 and 2-3 decide the split.
    let adj = Adjacency::from_edges(4, [(0, 1, 5.0), (1, 2, 1.0), (2, 3, 5.0), (3, 0, 1.0)])
        .unwrap_or_else(|e| panic!("{e}"));
    let c = louvain(&adj, 9);
    assert_eq!(c.of_actor, vec![0, 0, 1, 1]);
    // m = 12; inside 5 + 5; degree sums 12 and 12.
    let q = 10.0 / 12.0 - 2.0 * 0.25;
    assert!((c.modularity - q).abs() < EXACT);
    assert!(
        (modularity(&adj, &[0, 1, 1, 0]).unwrap_or(f64::NAN) - (2.0 / 12.0 - 0.5)).abs() < EXACT
    );
}

#[test]
fn brokers_are_ranked_by_betweenness() {
    // Hub 0 joins communities A = {1, 2}, B = {3, 4}, C = {5, 6} and the
    // leaf D = {8}; node 7 is in A and also links B and C, but carries fewer
    // shortest paths (none to 8).
    let adj = graph(
        9,
        &[
            (0, 1),
            (1, 2),
            (0, 3),
            (3, 4),
            (0, 5),
            (5, 6),
            (7, 2),
            (7, 4),
            (7, 6),
            (0, 8),
        ],
    );
    let parts = Communities {
        of_actor: vec![3, 0, 0, 1, 1, 2, 2, 0, 4],
        count: 5,
        modularity: 0.0,
    };
    let b = betweenness(&adj, &BetweennessOptions::default());
    let found = brokers(&adj, &parts, &b).unwrap_or_default();
    let actors: Vec<usize> = found.iter().map(|x| x.actor).collect();
    assert!(b.values[0] > b.values[7]);
    assert_eq!(actors, vec![0, 7]);
    assert_eq!(found[0].communities_reached, 4);
    // Partners 1 | 3 | 5 | 8, one in each of four communities.
    assert!((found[0].participation - 0.75).abs() < EXACT);
    // Node 7 is in A; partners 2 (A), 4 (B), 6 (C): reaches 2 others.
    assert_eq!(found[1].communities_reached, 2);
    assert!((found[1].participation - 2.0 / 3.0).abs() < EXACT);
}

#[test]
fn small_fixture_degrees() {
    let d = load(&[fixture("small/cluster.json")])
        .unwrap_or_else(|e| panic!("{e:?}"))
        .dataset;
    // Supply: c -> a, c -> b, b -> a.
    let (ins, outs) = directed_supply_degrees(&d);
    assert_eq!(ins, vec![2, 1, 0, 0, 0]);
    assert_eq!(outs, vec![0, 1, 2, 0, 0]);
    let adj = Adjacency::from_dataset(&d).unwrap_or_else(|e| panic!("{e}"));
    // a: with b collaboration 3 (default) + supply 2, with c 4, with u 3.
    assert_eq!(adj.weighted_degrees(), vec![12.0, 8.0, 7.0, 3.0, 0.0]);
    assert_eq!(adj.degree(0), 3);
}

// ---------------------------------------------------------------- networkx

#[derive(Deserialize)]
struct Expected {
    actors: Vec<String>,
    edges: Vec<(usize, usize, f64)>,
    betweenness: Vec<f64>,
    closeness: Vec<f64>,
    density: f64,
    degree: Vec<usize>,
    weighted_degree: Vec<f64>,
    supply_in: Vec<usize>,
    supply_out: Vec<usize>,
    components: usize,
    isolated: Vec<usize>,
    partition: Vec<usize>,
    partition_modularity: f64,
    louvain_modularity_by_seed: Vec<f64>,
}

fn expected(name: &str) -> Expected {
    let path = format!(
        "{}/tests/fixtures/metrics/expected_{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn dataset(name: &str) -> Dataset {
    let file = match name {
        "sample" => return clustermap::sample::dataset(),
        "small" => "small/cluster.json",
        _ => "metrics/random300_cluster.json",
    };
    load(&[fixture(file)])
        .unwrap_or_else(|e| panic!("{name}: {e:?}"))
        .dataset
}

fn cross_check(name: &str) {
    let want = expected(name);
    let d = dataset(name);
    let ids: Vec<&str> = d.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, want.actors, "{name}: actor order");
    let adj = Adjacency::from_dataset(&d).unwrap_or_else(|e| panic!("{e}"));
    let edges: Vec<(usize, usize, f64)> = adj.edges().collect();
    assert_eq!(edges, want.edges, "{name}: collapsed edges");

    // The simple figures of the report, against networkx on the same graph.
    let report = clustermap::analysis::ClusterReport::build(&d, &Default::default());
    assert!(
        (report.summary.density - want.density).abs() < EXACT,
        "{name}: density"
    );
    let degree: Vec<usize> = report.actors.iter().map(|m| m.degree).collect();
    assert_eq!(degree, want.degree, "{name}: degree");
    let weighted: Vec<f64> = report
        .actors
        .iter()
        .map(|m| f64::from(m.weighted_degree))
        .collect();
    assert_close(&weighted, &want.weighted_degree, EXACT, name);
    let supply_in: Vec<usize> = report.actors.iter().map(|m| m.supply_in).collect();
    let supply_out: Vec<usize> = report.actors.iter().map(|m| m.supply_out).collect();
    assert_eq!(
        (supply_in, supply_out),
        (want.supply_in.clone(), want.supply_out.clone()),
        "{name}: supply"
    );
    assert_eq!(
        report.summary.components, want.components,
        "{name}: components"
    );
    let comps = clustermap::analysis::components(&clustermap::graph::ClusterGraph::build(&d));
    assert_eq!(comps.isolated, want.isolated, "{name}: isolated");

    assert_close(&exact_b(&adj), &want.betweenness, EXACT, name);
    assert_close(&exact_c(&adj), &want.closeness, EXACT, name);
    let q = modularity(&adj, &want.partition).unwrap_or(f64::NAN);
    assert!(
        (q - want.partition_modularity).abs() < EXACT,
        "{name}: modularity {q} vs {}",
        want.partition_modularity
    );

    let best_nx = want
        .louvain_modularity_by_seed
        .iter()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    for seed in 0..5 {
        let c = louvain(&adj, seed);
        let recomputed = modularity(&adj, &c.of_actor).unwrap_or(f64::NAN);
        assert!((c.modularity - recomputed).abs() < EXACT);
        println!(
            "{name}: seed {seed}: our Louvain Q {:.4} ({} communities), networkx best of 10 seeds {best_nx:.4}",
            c.modularity, c.count
        );
        assert!(
            c.modularity >= best_nx - 0.02,
            "{name}: seed {seed}: Louvain Q {} < networkx {best_nx} - 0.02",
            c.modularity
        );
    }
}

#[test]
fn networkx_agrees_on_the_sample() {
    cross_check("sample");
}

#[test]
fn networkx_agrees_on_the_small_fixture() {
    cross_check("small");
}

#[test]
fn networkx_agrees_on_a_random_300_actor_cluster() {
    cross_check("random300");
}

fn random300() -> (Adjacency, Expected) {
    let d = dataset("random300");
    let adj = Adjacency::from_dataset(&d).unwrap_or_else(|e| panic!("{e}"));
    (adj, expected("random300"))
}

fn max_error(got: &[f64], want: &[f64]) -> f64 {
    got.iter()
        .zip(want)
        .map(|(g, w)| (g - w).abs())
        .fold(0.0, f64::max)
}

#[test]
fn sampled_betweenness_stays_within_its_error_estimate() {
    let (adj, want) = random300();
    let options = BetweennessOptions {
        exact_up_to: 100,
        samples: 100,
        seed: 42,
    };
    let b = betweenness(&adj, &options);
    assert!(!b.exact);
    assert_eq!(b.samples, 100);
    let estimate = b.error_estimate.unwrap_or(f64::NAN);
    let error = max_error(&b.values, &want.betweenness);
    println!(
        "sampled betweenness, 100 of 300 pivots: max error {error:.5}, estimate {estimate:.5}"
    );
    assert!(error <= estimate, "error {error} > estimate {estimate}");
    // The estimate must be informative, not a vacuous bound: the largest
    // value here is about 0.1.
    assert!(estimate < 0.05, "estimate {estimate}");
    // Same seed, same answer.
    assert_eq!(betweenness(&adj, &options), b);

    // The estimate is a 95 % simultaneous figure: over 40 seeds it may fail
    // now and then, but not often.
    let misses = (0..40)
        .filter(|&seed| {
            let b = betweenness(&adj, &BetweennessOptions { seed, ..options });
            max_error(&b.values, &want.betweenness) > b.error_estimate.unwrap_or(0.0)
        })
        .count();
    assert!(misses <= 4, "{misses} of 40 seeds outside the estimate");
}

#[test]
fn sampled_closeness_stays_within_its_error_estimate() {
    let (adj, want) = random300();
    let options = ClosenessOptions {
        exact_up_to: 100,
        samples: 60,
        seed: 5,
    };
    let c = closeness(&adj, &options);
    assert!(!c.exact);
    let estimate = c.error_estimate.unwrap_or(f64::NAN);
    let error = max_error(&c.values, &want.closeness);
    println!(
        "sampled closeness, {} pivots: max error {error:.5}, estimate {estimate:.5}",
        c.samples
    );
    assert!(error <= estimate, "error {error} > estimate {estimate}");
    assert!(estimate < 0.05, "estimate {estimate}");
    // Small components are computed exactly even when sampling; the
    // isolated actors stay at 0.
    assert_close(
        &c.values[288..],
        &want.closeness[288..],
        EXACT,
        "small parts",
    );
    let misses = (0..40)
        .filter(|&seed| {
            let c = closeness(&adj, &ClosenessOptions { seed, ..options });
            max_error(&c.values, &want.closeness) > c.error_estimate.unwrap_or(0.0)
        })
        .count();
    assert!(misses <= 4, "{misses} of 40 seeds outside the estimate");
}

#[test]
fn asking_for_as_many_samples_as_nodes_is_exact() {
    let (adj, want) = random300();
    let b = betweenness(
        &adj,
        &BetweennessOptions {
            exact_up_to: 10,
            samples: 300,
            seed: 1,
        },
    );
    assert!(b.exact && b.error_estimate.is_none());
    assert_close(&b.values, &want.betweenness, EXACT, "b");
}

#[test]
fn louvain_is_deterministic_and_numbers_by_first_appearance() {
    let (adj, want) = random300();
    let a = louvain(&adj, 11);
    assert_eq!(louvain(&adj, 11), a);
    let mut next = 0;
    for &c in &a.of_actor {
        assert!(c <= next, "label {c} before {next}");
        if c == next {
            next += 1;
        }
    }
    assert_eq!(next, a.count);
    // The six planted groups are found: most of each group shares one
    // community (Louvain may split off a few members).
    assert!(a.count >= 12, "{} communities", a.count);
    for group in 0..6 {
        let mut counts = std::collections::HashMap::new();
        for v in group * 48..(group + 1) * 48 {
            *counts.entry(a.of_actor[v]).or_insert(0) += 1;
        }
        let largest = counts.values().copied().max().unwrap_or(0);
        assert!(largest >= 24, "group {group}: {largest} of 48 together");
    }
    assert!(a.modularity > want.partition_modularity - 0.05);
}
