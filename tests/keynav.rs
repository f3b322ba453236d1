//! Arrow keys along the value chain of the sample map (issue 16): Right
//! walks the core stages in chain order and stops at each missing one,
//! Up and Down walk a stage top to bottom, filters are respected.

use clustermap::i18n::Lang;
use clustermap::layout::{BandRow, MapLayout};
use clustermap::model::Dataset;
use clustermap::view::keynav::{first, step, Step, Target};
use clustermap::workspace::Workspace;

fn sample() -> (Dataset, MapLayout) {
    let w = Workspace::sample();
    let a = w.analyse();
    (w.loaded.dataset.clone(), w.map_layout(Lang::En, &a))
}

fn column_x(l: &MapLayout, t: Target) -> f64 {
    match t {
        Target::Actor(a) => l.node_of(a).map(|n| n.x).unwrap_or(f64::NAN),
        Target::Gap(s) => l
            .columns
            .iter()
            .find(|c| c.stage == s)
            .map(|c| c.x)
            .unwrap_or(f64::NAN),
    }
}

#[test]
fn right_walks_the_chain_and_stops_at_every_missing_stage() {
    let (d, l) = sample();
    let all = |_: usize| true;
    let start = first(&l, &all).expect("a first actor");
    // The chain starts with a missing stage: Left from the first actor
    // reaches its gap marker, and nothing lies beyond.
    let Some(leftmost) = step(&l, start, Step::Left, &all) else {
        panic!("a stop left of {start:?}")
    };
    assert!(
        matches!(leftmost, Target::Gap(s) if d.stages[s].id == "pcb_fab"),
        "{leftmost:?}"
    );
    assert_eq!(step(&l, leftmost, Step::Left, &all), None);
    let mut at = leftmost;
    let mut stops = vec![at];
    while let Some(next) = step(&l, at, Step::Right, &all) {
        assert!(
            column_x(&l, next) > column_x(&l, at),
            "{at:?} -> {next:?} goes right"
        );
        at = next;
        stops.push(at);
    }
    // One stop per core column, in chain order, gaps included.
    assert_eq!(stops.len(), l.columns.len());
    let gaps: Vec<&str> = stops
        .iter()
        .filter_map(|t| match t {
            Target::Gap(s) => Some(d.stages[*s].id.as_str()),
            Target::Actor(_) => None,
        })
        .collect();
    assert_eq!(gaps, ["pcb_fab", "cable_fibre"]);
    // And back to the start.
    let mut back = at;
    while let Some(prev) = step(&l, back, Step::Left, &all) {
        back = prev;
    }
    assert_eq!(back, leftmost);
    // Up and down do nothing on a gap marker.
    let gap = stops
        .iter()
        .find(|t| matches!(t, Target::Gap(_)))
        .copied()
        .expect("a gap");
    assert_eq!(step(&l, gap, Step::Down, &all), None);
}

#[test]
fn down_walks_a_stage_top_to_bottom_and_filters_are_passed_over() {
    let (_, l) = sample();
    let all = |_: usize| true;
    let Some(Target::Actor(top)) = first(&l, &all) else {
        panic!("no first actor")
    };
    let here = l.node_of(top).expect("a node");
    let col = l
        .columns
        .iter()
        .find(|c| here.x >= c.x && here.x <= c.x + c.width)
        .expect("the first actor stands in a column");
    let (x0, w0) = (col.x, col.width);
    let column: Vec<usize> = l
        .nodes
        .iter()
        .filter(|n| n.row == BandRow::Operators && n.x >= x0 && n.x <= x0 + w0)
        .map(|n| n.actor)
        .collect();
    assert!(column.len() >= 3, "the first stage has several actors");
    let mut walked = vec![top];
    let mut at = Target::Actor(top);
    while let Some(Target::Actor(next)) = step(&l, at, Step::Down, &all) {
        let (a, b) = (
            l.node_of(walked[walked.len() - 1]).unwrap(),
            l.node_of(next).unwrap(),
        );
        assert!(b.y > a.y || (b.y == a.y && b.x > a.x));
        walked.push(next);
        at = Target::Actor(next);
    }
    let mut sorted = column.clone();
    sorted.sort_unstable();
    let mut seen = walked.clone();
    seen.sort_unstable();
    assert_eq!(seen, sorted, "every actor of the stage, once");
    assert_eq!(step(&l, Target::Actor(top), Step::Up, &all), None);
    // The second actor filtered out: Down from the top skips it.
    let hidden = walked[1];
    let shown = |a: usize| a != hidden;
    assert_eq!(
        step(&l, Target::Actor(top), Step::Down, &shown),
        Some(Target::Actor(walked[2]))
    );
}

#[test]
fn outside_the_columns_arrows_go_to_the_nearest_actor_that_way() {
    let (_, l) = sample();
    let all = |_: usize| true;
    let support = l
        .nodes
        .iter()
        .filter(|n| n.row == BandRow::Support)
        .min_by(|a, b| a.x.total_cmp(&b.x))
        .expect("support actors");
    let Some(Target::Actor(next)) = step(&l, Target::Actor(support.actor), Step::Right, &all)
    else {
        panic!("something to the right")
    };
    let n = l.node_of(next).unwrap();
    assert!(n.x > support.x);
    // The nearest by the rule: no other actor to the right scores better.
    let score = |m: &clustermap::layout::NodeBox| (m.x - support.x) + 2.0 * (m.y - support.y).abs();
    for m in l.nodes.iter().filter(|m| m.x > support.x) {
        assert!(score(n) <= score(m) + 1e-9);
    }
    assert_eq!(Step::from_key("ArrowUp"), Some(Step::Up));
    assert_eq!(Step::from_key("a"), None);
}
