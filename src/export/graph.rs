//! What the GEXF and GraphML writers share: the dataset as nodes and edges
//! with named, typed values, the drawing of the current view (position,
//! colour, size, shape) and XML escaping.
//!
//! The value names are the ones the app's own readers take back
//! (`kind`, `stages`, `locality`, `employees`, `strength`, ...), so a file
//! written here loads again with the same actors, relations and
//! attributes. The primary stage's name, translations, band and place in
//! the chain ride along on each node (`stage_name`, `stage_band`, ...):
//! graph formats have no table of stages, and without them a reload would
//! know only stage ids.

use crate::i18n::Lang;
use crate::layout::style::{MapStyle, Shape};
use crate::layout::MapLayout;
use crate::model::{Dataset, RelationKind};
use crate::privacy::Disclosure;

/// How a value is declared, so Gephi can sort and size by numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Type {
    Text,
    Integer,
    Double,
}

/// One declared attribute of nodes or edges.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub title: String,
    pub ty: Type,
}

/// How the current view draws an actor.
#[derive(Debug, Clone, Copy)]
pub(super) struct NodeViz {
    pub x: f64,
    /// Up is positive in Gephi, down in the map's SVG units: already flipped.
    pub y: f64,
    pub size: f64,
    pub colour: (u8, u8, u8),
    pub square: bool,
}

pub(super) struct Node {
    pub id: String,
    pub label: String,
    /// One entry per node column; `None` where the actor has no value.
    pub values: Vec<Option<String>>,
    pub viz: Option<NodeViz>,
}

pub(super) struct Edge {
    pub source: String,
    pub target: String,
    pub directed: bool,
    /// The kind as files write it (the file's own word for other kinds).
    pub kind: String,
    pub strength: u8,
    pub values: Vec<Option<String>>,
    pub colour: (u8, u8, u8),
    pub thickness: f64,
}

/// The dataset as a graph file describes it.
pub(super) struct GraphData {
    pub title: String,
    pub node_columns: Vec<Column>,
    pub nodes: Vec<Node>,
    pub edge_columns: Vec<Column>,
    pub edges: Vec<Edge>,
}

fn column(title: &str, ty: Type) -> Column {
    Column {
        title: title.to_string(),
        ty,
    }
}

/// `#1f6fb2` as red, green, blue; grey for anything else.
pub(super) fn rgb(hex: &str) -> (u8, u8, u8) {
    let digits = hex.trim_start_matches('#');
    let part = |i: usize| {
        digits
            .get(i..i + 2)
            .and_then(|p| u8::from_str_radix(p, 16).ok())
            .unwrap_or(128)
    };
    if digits.len() == 6 {
        (part(0), part(2), part(4))
    } else {
        (128, 128, 128)
    }
}

/// A number as XML schema types write it: point, no grouping, integers
/// without a fraction.
pub(super) fn number(x: f64) -> String {
    if x.is_finite() {
        format!("{x}")
    } else {
        "0".into()
    }
}

/// Builds nodes and edges of `dataset` under the privacy choice, with the
/// drawing of `layout` (the view the user is looking at; its node indices
/// are actor indices).
///
/// While anonymised, ids and names are codes, head counts and export
/// shares bands, volumes bands, and free text, the file's extra columns,
/// places (district, coordinates), founding years, markets and tags are
/// left out, as in the CSV export.
pub(super) fn graph_data(
    dataset: &Dataset,
    layout: &MapLayout,
    lang: Lang,
    disclosure: &Disclosure,
) -> GraphData {
    let anonymised = disclosure.is_anonymised();
    let style = &MapStyle::STANDARD;
    let figure = if anonymised {
        Type::Text
    } else {
        Type::Integer
    };
    let share = if anonymised { Type::Text } else { Type::Double };
    let mut node_columns = vec![
        column("kind", Type::Text),
        column("stages", Type::Text),
        column("stage_name", Type::Text),
        column("stage_name_tr", Type::Text),
        column("stage_name_de", Type::Text),
        column("stage_band", Type::Text),
        column("stage_position", Type::Integer),
        column("locality", Type::Text),
        column("employees", figure),
        column("export_share", share),
    ];
    if !anonymised {
        node_columns.extend([
            column("export_markets", Type::Text),
            column("district", Type::Text),
            column("lat", Type::Double),
            column("lon", Type::Double),
            column("founded", Type::Integer),
            column("tags", Type::Text),
            column("notes", Type::Text),
        ]);
    }
    let fixed_nodes = node_columns.len();
    let mut extra: Vec<&str> = Vec::new();
    for a in dataset
        .actors
        .iter()
        .filter(|_| disclosure.shows_free_text())
    {
        for (name, _) in &a.attributes {
            if !extra.contains(&name.as_str()) {
                extra.push(name);
            }
        }
    }
    node_columns.extend(extra.iter().map(|n| column(n, Type::Text)));

    let index = layout.node_index(dataset.actors.len());
    let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let list = |items: &[String]| text(&items.join("|"));
    let mut nodes = Vec::with_capacity(dataset.actors.len());
    for (i, a) in dataset.actors.iter().enumerate() {
        let stage = dataset.actor_stage(i);
        let stage_of = stage.and_then(|s| dataset.stages.get(s));
        let mut values = vec![
            Some(a.kind.token().to_string()),
            list(&a.stages),
            stage_of.map(|s| s.name.clone()),
            stage_of.and_then(|s| s.name_tr.clone()),
            stage_of.and_then(|s| s.name_de.clone()),
            stage_of.map(|s| s.band.token().to_string()),
            stage.map(|s| s.to_string()),
            Some(a.locality.token().to_string()),
            a.employees.map(|e| {
                if anonymised {
                    disclosure.employees(lang, e)
                } else {
                    e.to_string()
                }
            }),
            a.export_share.map(|x| {
                if anonymised {
                    disclosure.share(lang, x)
                } else {
                    number(x)
                }
            }),
        ];
        if !anonymised {
            values.extend([
                list(&a.export_markets),
                text(&a.district),
                a.lat.map(number),
                a.lon.map(number),
                a.founded.map(|f| f.to_string()),
                list(&a.tags),
                text(&a.notes),
            ]);
        }
        debug_assert_eq!(values.len(), fixed_nodes);
        values.extend(
            extra
                .iter()
                .map(|n| crate::model::attribute(&a.attributes, n).and_then(text)),
        );
        let viz = index
            .get(i)
            .copied()
            .flatten()
            .and_then(|n| layout.nodes.get(n))
            .map(|n| {
                let symbol = style.symbol(n, a.kind);
                NodeViz {
                    x: n.x,
                    y: -n.y,
                    size: symbol.half,
                    colour: rgb(symbol.fill),
                    square: symbol.shape == Shape::Square,
                }
            });
        nodes.push(Node {
            id: disclosure.public_id(dataset, i),
            label: disclosure.name(lang, dataset, i),
            values,
            viz,
        });
    }

    let mut edge_columns = vec![
        column("volume", share),
        column("original_weight", Type::Double),
    ];
    if !anonymised {
        edge_columns.push(column("note", Type::Text));
    }
    let fixed_edges = edge_columns.len();
    let mut edge_extra: Vec<&str> = Vec::new();
    for r in dataset
        .relations
        .iter()
        .filter(|_| disclosure.shows_free_text())
    {
        for (name, _) in &r.attributes {
            if !edge_extra.contains(&name.as_str()) {
                edge_extra.push(name);
            }
        }
    }
    edge_columns.extend(edge_extra.iter().map(|n| column(n, Type::Text)));
    let mut edges = Vec::with_capacity(dataset.relations.len());
    for r in &dataset.relations {
        let mut values = vec![
            r.volume.map(|v| {
                if anonymised {
                    disclosure.volume(lang, v)
                } else {
                    number(v)
                }
            }),
            r.weight.map(number),
        ];
        if !anonymised {
            values.push(text(&r.note));
        }
        debug_assert_eq!(values.len(), fixed_edges);
        values.extend(
            edge_extra
                .iter()
                .map(|n| crate::model::attribute(&r.attributes, n).and_then(text)),
        );
        let stroke = style.relation(r.kind, r.strength);
        edges.push(Edge {
            source: disclosure.public_id(dataset, r.source),
            target: disclosure.public_id(dataset, r.target),
            directed: r.kind == RelationKind::Supply,
            kind: r.kind_label().to_string(),
            strength: r.strength,
            values,
            colour: rgb(stroke.colour),
            thickness: stroke.width,
        });
    }
    GraphData {
        title: dataset.meta.name.clone(),
        node_columns,
        nodes,
        edge_columns,
        edges,
    }
}

/// Text for an XML attribute value or element content: markup characters
/// escaped, tabs and line breaks as character references (so attribute
/// normalisation does not turn them into spaces), and the characters XML
/// 1.0 forbids (other control characters, U+FFFE, U+FFFF) replaced by
/// U+FFFD, since one of them would make the whole file unreadable.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_forbidden_characters() {
        assert_eq!(
            escape("A&B <\"x\"> 'y'\t\n\u{1}\u{ffff}ş"),
            "A&amp;B &lt;&quot;x&quot;&gt; &apos;y&apos;&#9;&#10;\u{fffd}\u{fffd}ş"
        );
    }

    #[test]
    fn colours_from_hex() {
        assert_eq!(rgb("#1f6fb2"), (0x1f, 0x6f, 0xb2));
        assert_eq!(rgb("red"), (128, 128, 128));
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(40.0), "40");
        assert_eq!(number(f64::NAN), "0");
    }
}
