//! The value-chain map geometry: complete, inside the canvas, without
//! overlapping labels, deterministic, in every UI language.

mod common;

use clustermap::i18n::Lang;
use clustermap::layout::text::text_width;
use clustermap::layout::{BandRow, MapLayout};
use clustermap::model::Dataset;
use clustermap::workspace::Workspace;

fn sample_layout(lang: Lang) -> (Dataset, MapLayout) {
    let w = Workspace::sample();
    let a = w.analyse();
    (w.loaded.dataset.clone(), w.map_layout(lang, &a))
}

struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

fn label_rect(l: &MapLayout, i: usize) -> Rect {
    let n = &l.nodes[i];
    Rect {
        x0: n.x - n.label_width / 2.0,
        x1: n.x + n.label_width / 2.0,
        y0: n.label_y - l.label_font,
        y1: n.label_y + 0.25 * l.label_font,
    }
}

fn node_rect(l: &MapLayout, i: usize) -> Rect {
    let n = &l.nodes[i];
    let half = n.r * 0.9; // squares are drawn 1.7 r wide
    Rect {
        x0: n.x - n.r.max(half),
        x1: n.x + n.r.max(half),
        y0: n.y - n.r,
        y1: n.y + n.r,
    }
}

#[test]
fn every_actor_is_drawn_once_inside_the_canvas() {
    for lang in Lang::ALL {
        let (d, l) = sample_layout(lang);
        let mut seen: Vec<usize> = l.nodes.iter().map(|n| n.actor).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..d.actors.len()).collect::<Vec<_>>());
        for i in 0..l.nodes.len() {
            for r in [label_rect(&l, i), node_rect(&l, i)] {
                assert!(
                    r.x0 >= 0.0 && r.x1 <= l.width,
                    "{lang:?} {} x",
                    d.actors[l.nodes[i].actor].id
                );
                assert!(
                    r.y0 >= l.header_height && r.y1 <= l.height,
                    "{lang:?} {} y",
                    d.actors[l.nodes[i].actor].id
                );
            }
        }
    }
}

#[test]
fn no_label_or_node_overlaps_another() {
    for lang in Lang::ALL {
        let (d, l) = sample_layout(lang);
        let boxes: Vec<Rect> = (0..l.nodes.len())
            .flat_map(|i| [label_rect(&l, i), node_rect(&l, i)])
            .collect();
        for i in 0..boxes.len() {
            for j in i + 1..boxes.len() {
                if i / 2 == j / 2 {
                    continue; // a node and its own label
                }
                assert!(
                    !boxes[i].overlaps(&boxes[j]),
                    "{lang:?}: {} overlaps {}",
                    d.actors[l.nodes[i / 2].actor].name,
                    d.actors[l.nodes[j / 2].actor].name
                );
            }
        }
    }
}

#[test]
fn stage_headers_fit_their_columns() {
    for lang in Lang::ALL {
        let (_, l) = sample_layout(lang);
        for c in &l.columns {
            assert!(!c.header.is_empty() && c.header.len() <= 3);
            for line in &c.header {
                assert!(
                    text_width(line, l.header_font) <= c.width - 22.0,
                    "{lang:?} {line}"
                );
            }
        }
        for s in &l.segments {
            assert!(
                text_width(&s.label, l.label_font) <= s.width,
                "{lang:?} {}",
                s.label
            );
        }
    }
}

#[test]
fn columns_follow_the_chain_and_missing_stages_stay_empty() {
    let (d, l) = sample_layout(Lang::En);
    let core: Vec<usize> = d.core_stages().map(|(i, _)| i).collect();
    assert_eq!(l.columns.iter().map(|c| c.stage).collect::<Vec<_>>(), core);
    assert!(l.columns.windows(2).all(|w| w[0].x < w[1].x));
    let missing: Vec<&str> = l
        .columns
        .iter()
        .filter(|c| c.missing)
        .map(|c| d.stages[c.stage].id.as_str())
        .collect();
    assert_eq!(missing, ["pcb_fab", "cable_fibre"]);
    for c in l.columns.iter().filter(|c| c.missing) {
        let inside = l
            .nodes
            .iter()
            .filter(|n| n.row == BandRow::Operators && n.x > c.x && n.x < c.x + c.width)
            .count();
        assert_eq!(inside, 0, "a missing column holds no local operator");
    }
    // Outside suppliers of a missing stage sit above its column.
    let shenzhen = d.actor_index("shenzhen").unwrap();
    let n = l.node_of(shenzhen).unwrap();
    assert_eq!(n.row, BandRow::Outside);
    assert!(n.x > l.columns[0].x && n.x < l.columns[0].x + l.columns[0].width);
}

#[test]
fn bands_follow_valuelinks_order() {
    let (d, l) = sample_layout(Lang::En);
    let rows: Vec<BandRow> = l.bands.iter().map(|b| b.row).collect();
    assert_eq!(
        rows,
        [
            BandRow::Outside,
            BandRow::Operators,
            BandRow::Support,
            BandRow::Enabling
        ]
    );
    assert!(l
        .bands
        .windows(2)
        .all(|w| w[0].y + w[0].height <= w[1].y + 1e-9));
    let row_of = |id: &str| l.node_of(d.actor_index(id).unwrap()).unwrap().row;
    assert_eq!(row_of("egeelektronik"), BandRow::Operators);
    assert_eq!(row_of("etu"), BandRow::Support);
    assert_eq!(row_of("egetest"), BandRow::Support);
    assert_eq!(row_of("ajans"), BandRow::Enabling);
}

#[test]
fn layout_is_deterministic_and_edges_stay_on_canvas() {
    let (d, a) = sample_layout(Lang::Tr);
    let (_, b) = sample_layout(Lang::Tr);
    assert_eq!(a, b);
    assert_eq!(a.edges.len(), d.relations.len());
    for e in &a.edges {
        let nums: Vec<f64> =
            e.d.split(|c: char| c == ' ' || c == ',' || c.is_ascii_alphabetic())
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
        assert_eq!(nums.len(), 6, "{}", e.d);
        for p in nums.chunks(2) {
            assert!(
                p[0] >= 0.0 && p[0] <= a.width && p[1] >= 0.0 && p[1] <= a.height,
                "{}",
                e.d
            );
        }
    }
}

#[test]
fn fits_a_projector_at_readable_scale() {
    // At 1366 px wide, the map is drawn at least 0.9:1, so 11-unit labels
    // stay about 10 px or more.
    let (_, l) = sample_layout(Lang::De);
    assert!(l.width <= 1366.0 / 0.9, "width {}", l.width);
    assert!(l.width / l.height > 1.3, "aspect {}", l.width / l.height);
}
