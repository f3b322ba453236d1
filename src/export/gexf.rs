//! GEXF 1.3, Gephi's own format: every actor and relation value declared
//! as an attribute, and the current view's drawing in the `viz` namespace
//! (position, colour, size, shape; edge colour and thickness), so Gephi and
//! Gephi Lite open the file with the picture the user was looking at.

use std::fmt::Write;

use super::graph::{escape, graph_data, number, Column, Type};
use crate::i18n::Lang;
use crate::layout::MapLayout;
use crate::model::Dataset;
use crate::privacy::Disclosure;

fn gexf_type(ty: Type) -> &'static str {
    match ty {
        Type::Text => "string",
        Type::Integer => "integer",
        Type::Double => "double",
    }
}

fn declare(out: &mut String, class: &str, columns: &[Column]) {
    let _ = writeln!(out, "    <attributes class=\"{class}\" mode=\"static\">");
    for (i, c) in columns.iter().enumerate() {
        let _ = writeln!(
            out,
            "      <attribute id=\"{i}\" title=\"{}\" type=\"{}\"/>",
            escape(&c.title),
            gexf_type(c.ty)
        );
    }
    out.push_str("    </attributes>\n");
}

fn attvalues(out: &mut String, values: &[Option<String>]) {
    if values.iter().all(Option::is_none) {
        return;
    }
    out.push_str("        <attvalues>\n");
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            let _ = writeln!(
                out,
                "          <attvalue for=\"{i}\" value=\"{}\"/>",
                escape(v)
            );
        }
    }
    out.push_str("        </attvalues>\n");
}

/// The dataset as a GEXF 1.3 document, drawn as `layout` (the current
/// view) draws it, under the privacy choice (codes and bands while
/// anonymised, as in the CSV export).
pub fn gexf(dataset: &Dataset, layout: &MapLayout, lang: Lang, disclosure: &Disclosure) -> String {
    let g = graph_data(dataset, layout, lang, disclosure);
    let mut out = String::with_capacity(512 + 400 * (g.nodes.len() + g.edges.len()));
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
        "  <meta>\n    <creator>clustermap</creator>\n"
    ));
    if !g.title.is_empty() {
        let _ = writeln!(out, "    <description>{}</description>", escape(&g.title));
    }
    out.push_str("  </meta>\n  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    declare(&mut out, "node", &g.node_columns);
    declare(&mut out, "edge", &g.edge_columns);
    out.push_str("    <nodes>\n");
    for n in &g.nodes {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            escape(&n.id),
            escape(&n.label)
        );
        attvalues(&mut out, &n.values);
        if let Some(v) = n.viz {
            let (r, gr, b) = v.colour;
            let _ = writeln!(
                out,
                "        <viz:color r=\"{r}\" g=\"{gr}\" b=\"{b}\"/>\n        <viz:position x=\"{}\" y=\"{}\" z=\"0\"/>\n        <viz:size value=\"{}\"/>\n        <viz:shape value=\"{}\"/>",
                number(v.x),
                number(v.y),
                number(v.size),
                if v.square { "square" } else { "disc" }
            );
        }
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in g.edges.iter().enumerate() {
        let kind = escape(&e.kind);
        let _ = writeln!(
            out,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" type=\"{}\" weight=\"{}\" kind=\"{kind}\" label=\"{kind}\">",
            escape(&e.source),
            escape(&e.target),
            if e.directed { "directed" } else { "undirected" },
            e.strength
        );
        attvalues(&mut out, &e.values);
        let (r, gr, b) = e.colour;
        let _ = writeln!(
            out,
            "        <viz:color r=\"{r}\" g=\"{gr}\" b=\"{b}\"/>\n        <viz:thickness value=\"{}\"/>\n      </edge>",
            number(e.thickness)
        );
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}
