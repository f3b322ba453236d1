//! One drawing style for both map renderers: the SVG element and the
//! canvas path of an actor come from the same symbol, with the same fill
//! and size, and relation widths follow strength.

use clustermap::i18n::Lang;
use clustermap::layout::style::{MapStyle, Mark, PathSink, Shape, SvgShape, GROUP_COLOURS};
use clustermap::layout::{layout_network, NodeBox};
use clustermap::model::{ActorKind, RelationKind};
use clustermap::workspace::Workspace;

/// Records the canvas commands a symbol traces.
#[derive(Default)]
struct Recorder(Vec<String>);

impl PathSink for Recorder {
    fn move_to(&mut self, x: f64, y: f64) {
        self.0.push(format!("M {x} {y}"));
    }
    fn arc(&mut self, x: f64, y: f64, r: f64) {
        self.0.push(format!("A {x} {y} {r}"));
    }
    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.0.push(format!("R {x} {y} {w} {h}"));
    }
}

/// Centre and width of what the SVG element draws.
fn svg_box(s: SvgShape) -> (f64, f64, f64, f64) {
    match s {
        SvgShape::Circle { cx, cy, r } => (cx, cy, 2.0 * r, 2.0 * r),
        SvgShape::Rect {
            x,
            y,
            width,
            height,
            ..
        } => (x + width / 2.0, y + height / 2.0, width, height),
    }
}

/// Centre and width of what the canvas path draws.
fn canvas_box(commands: &[String]) -> (f64, f64, f64, f64) {
    let last = commands.last().expect("a symbol traces something");
    let v: Vec<f64> = last
        .split(' ')
        .skip(1)
        .map(|x| x.parse().expect("a number"))
        .collect();
    if last.starts_with('A') {
        (v[0], v[1], 2.0 * v[2], 2.0 * v[2])
    } else {
        (v[0] + v[2] / 2.0, v[1] + v[3] / 2.0, v[2], v[3])
    }
}

fn check_both_layers_agree(nodes: &[NodeBox], kinds: &[ActorKind]) -> usize {
    let style = MapStyle::STANDARD;
    let mut squares = 0;
    for n in nodes {
        let kind = kinds[n.actor];
        let symbol = style.symbol(n, kind);
        let mut canvas = Recorder::default();
        symbol.trace(&mut canvas);
        let (svg, cnv) = (svg_box(symbol.svg()), canvas_box(&canvas.0));
        assert!(
            (svg.0 - cnv.0).abs() < 1e-9
                && (svg.1 - cnv.1).abs() < 1e-9
                && (svg.2 - cnv.2).abs() < 1e-9
                && (svg.3 - cnv.3).abs() < 1e-9,
            "actor {}: svg {svg:?}, canvas {cnv:?}",
            n.actor
        );
        assert_eq!((svg.0, svg.1), (n.x, n.y));
        // Operators are circles of the layout radius, institutions squares
        // of side 1.7 r.
        if kind.is_operator() {
            assert_eq!(symbol.shape, Shape::Circle);
            assert_eq!(svg.2, 2.0 * n.r);
            assert_eq!(canvas.0.len(), 2, "a circle starts a sub-path first");
        } else {
            squares += 1;
            assert_eq!(symbol.shape, Shape::Square);
            assert!((svg.2 - 1.7 * n.r).abs() < 1e-12);
            assert!(matches!(symbol.svg(), SvgShape::Rect { rx, .. } if rx == 3.0));
        }
        let fill = match n.group {
            Some(g) => GROUP_COLOURS[g % GROUP_COLOURS.len()],
            None => style.kind_colour(kind),
        };
        assert_eq!(symbol.fill, fill);
    }
    squares
}

#[test]
fn svg_and_canvas_draw_every_actor_with_the_same_fill_and_size() {
    let w = Workspace::sample();
    let a = w.analyse();
    let data = &w.loaded.dataset;
    let kinds: Vec<ActorKind> = data.actors.iter().map(|a| a.kind).collect();
    let chain = w.map_layout(Lang::En, &a);
    assert_eq!(chain.nodes.len(), data.actors.len());
    let squares = check_both_layers_agree(&chain.nodes, &kinds);
    // The sample has institutions, so both shapes were compared.
    assert!(squares > 0 && squares < chain.nodes.len());
    assert!(chain.nodes.iter().all(|n| n.group.is_none()));

    // The network view colours by group.
    let groups: Vec<Option<usize>> = (0..data.actors.len())
        .map(|i| (i % 4 != 0).then_some(i % 15))
        .collect();
    let positions: Vec<(f64, f64)> = (0..data.actors.len())
        .map(|i| (10.0 * i as f64, 5.0 * (i % 7) as f64))
        .collect();
    let net = layout_network(data, &positions, &groups, &[]);
    assert!(net.nodes.iter().any(|n| n.group.is_some_and(|g| g >= 12)));
    check_both_layers_agree(&net.nodes, &kinds);
}

#[test]
fn fills_strokes_and_marks() {
    let s = MapStyle::STANDARD;
    assert_eq!(s.kind_colour(ActorKind::Firm), "#0072b2");
    assert_eq!(s.kind_colour(ActorKind::University), "#c05000");
    // Every kind has a colour of its own.
    let mut kinds: Vec<&str> = ActorKind::ALL.iter().map(|k| s.kind_colour(*k)).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds.len(), ActorKind::ALL.len());
    assert_eq!(s.fill(ActorKind::Firm, Some(3)), "#d62728");
    assert_eq!(s.fill(ActorKind::Firm, Some(15)), "#d62728");
    for (strength, width) in [(1, 1.05), (3, 1.95), (5, 2.85), (0, 1.05), (9, 2.85)] {
        let stroke = s.relation(RelationKind::Knowledge, strength);
        assert!((stroke.width - width).abs() < 1e-12, "{strength}");
        assert_eq!(stroke.colour, "#8e44ad");
    }
    assert_eq!(s.mark(Mark::Focused).colour, "#9a6200");
    assert_eq!(s.mark(Mark::Selected).width, 3.0);
}

#[test]
fn the_stylesheet_takes_its_map_colours_from_the_style() {
    let s = MapStyle::STANDARD;
    let props = s.css_properties();
    for needle in [
        "--firm:#0072b2;",
        "--service_provider:#7b61c9;",
        "--supply:#48617d;",
        "--group-11:#637939;",
        "--mark-focused:#9a6200;",
        "--mark-focused-width:3;",
        "--mark-outside:#333333;",
    ] {
        assert!(props.contains(needle), "{needle} in {props}");
    }
    // No second copy of the palette in the stylesheet: it only uses the
    // properties the map region sets.
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
        .expect("the stylesheet");
    for k in ActorKind::ALL {
        assert!(!css.contains(&format!("--{}:", k.token())), "{k:?}");
        assert!(css.contains(&format!("var(--{})", k.token())), "{k:?}");
    }
    for r in RelationKind::ALL {
        assert!(!css.contains(&format!("--{}:", r.token())), "{r:?}");
    }
    assert!(!css.contains("--group-0:"));
    for m in Mark::ALL {
        assert!(css.contains(&format!("var(--mark-{})", m.token())), "{m:?}");
    }
}

/// Before the force layout arrives, or when its worker cannot start, the
/// network view shows the tied actors apart on a ring, not on one spot.
#[test]
fn the_network_view_without_positions_keeps_actors_apart() {
    let data = clustermap::sample::dataset();
    let groups: Vec<Option<usize>> = (0..data.actors.len())
        .map(|i| data.actor_stage(i))
        .collect();
    let net = layout_network(&data, &[], &groups, &[]);
    assert_eq!(net.nodes.len(), data.actors.len());
    let mut spots: Vec<(i64, i64)> = net
        .nodes
        .iter()
        .map(|n| ((n.x * 10.0).round() as i64, (n.y * 10.0).round() as i64))
        .collect();
    spots.sort_unstable();
    spots.dedup();
    assert_eq!(
        spots.len(),
        data.actors.len(),
        "every actor at its own place"
    );
    for (a, b) in net.nodes.iter().zip(net.nodes.iter().skip(1)) {
        let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
        assert!(
            d > a.r.min(b.r),
            "neighbours on the ring do not overlap: {d}"
        );
    }
}
