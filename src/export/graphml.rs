//! GraphML (yEd, Cytoscape, NetworkX, Gephi): a `<key>` for every actor
//! and relation value, typed, and the values as `<data>`. GraphML has no
//! standard for drawing, so the picture travels in GEXF only.

use std::fmt::Write;

use super::graph::{escape, graph_data, Column, Type};
use crate::i18n::Lang;
use crate::layout::MapLayout;
use crate::model::Dataset;
use crate::privacy::Disclosure;

fn graphml_type(ty: Type) -> &'static str {
    match ty {
        Type::Text => "string",
        Type::Integer => "int",
        Type::Double => "double",
    }
}

fn keys(out: &mut String, domain: &str, prefix: &str, columns: &[Column]) {
    for (i, c) in columns.iter().enumerate() {
        let _ = writeln!(
            out,
            "  <key id=\"{prefix}{i}\" for=\"{domain}\" attr.name=\"{}\" attr.type=\"{}\"/>",
            escape(&c.title),
            graphml_type(c.ty)
        );
    }
}

fn data(out: &mut String, prefix: &str, values: &[Option<String>]) {
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            let _ = writeln!(out, "      <data key=\"{prefix}{i}\">{}</data>", escape(v));
        }
    }
}

/// The dataset as a GraphML document under the privacy choice (codes and
/// bands while anonymised, as in the CSV export). `layout` is the current
/// view; GraphML does not carry its drawing, but the values are the same
/// as in [`super::gexf`].
pub fn graphml(
    dataset: &Dataset,
    layout: &MapLayout,
    lang: Lang,
    disclosure: &Disclosure,
) -> String {
    let g = graph_data(dataset, layout, lang, disclosure);
    let mut out = String::with_capacity(512 + 300 * (g.nodes.len() + g.edges.len()));
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n",
        "  <key id=\"strength\" for=\"edge\" attr.name=\"strength\" attr.type=\"int\"/>\n",
    ));
    keys(&mut out, "node", "n", &g.node_columns);
    keys(&mut out, "edge", "e", &g.edge_columns);
    // The graph's id is an NMTOKEN (no spaces): the cluster's name goes
    // into `desc` instead.
    out.push_str("  <graph id=\"G\" edgedefault=\"undirected\">\n");
    if !g.title.is_empty() {
        let _ = writeln!(out, "    <desc>{}</desc>", escape(&g.title));
    }
    for n in &g.nodes {
        let _ = writeln!(
            out,
            "    <node id=\"{}\">\n      <data key=\"label\">{}</data>",
            escape(&n.id),
            escape(&n.label)
        );
        data(&mut out, "n", &n.values);
        out.push_str("    </node>\n");
    }
    for (i, e) in g.edges.iter().enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\" directed=\"{}\">\n      <data key=\"kind\">{}</data>\n      <data key=\"strength\">{}</data>",
            escape(&e.source),
            escape(&e.target),
            e.directed,
            escape(&e.kind),
            e.strength
        );
        data(&mut out, "e", &e.values);
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
