//! GEXF, Gephi's native format: `<node id label>` with `<attvalue for>`
//! values declared in `<attributes class="node">`, and `<edge source
//! target weight kind label>`.

use std::collections::HashMap;

use super::xml::{Document, Graph};

/// Attribute ids to titles, per class (`node`, `edge`).
fn declared(doc: &Document, graph: usize, class: &str) -> HashMap<String, String> {
    let mut titles = HashMap::new();
    for block in doc.children(graph, "attributes") {
        if !doc
            .attr(block, "class")
            .unwrap_or("node")
            .eq_ignore_ascii_case(class)
        {
            continue;
        }
        for a in doc.children(block, "attribute") {
            if let Some(id) = doc.attr(a, "id") {
                let title = doc.attr(a, "title").unwrap_or(id);
                titles.insert(id.to_string(), title.to_string());
            }
        }
    }
    titles
}

/// The `<attvalue>`s of a node or edge, by declared title (GEXF 1.1+
/// names the attribute in `for`, 1.0 in `id`).
fn values(
    doc: &Document,
    element: usize,
    titles: &HashMap<String, String>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for block in doc.children(element, "attvalues") {
        for v in doc.children(block, "attvalue") {
            let Some(key) = doc.attr(v, "for").or_else(|| doc.attr(v, "id")) else {
                continue;
            };
            let title = titles.get(key).cloned().unwrap_or_else(|| key.to_string());
            out.push((title, doc.attr(v, "value").unwrap_or_default().to_string()));
        }
    }
    out
}

/// Nodes and edges of the first `<graph>`.
pub fn read(doc: &Document) -> Graph {
    let mut graph = Graph::default();
    let Some(g) = doc.descendants(0, "graph").first().copied() else {
        return graph;
    };
    let node_titles = declared(doc, g, "node");
    let edge_titles = declared(doc, g, "edge");
    for n in doc.descendants(g, "node") {
        let Some(id) = doc.attr(n, "id") else {
            continue;
        };
        let mut attrs = vec![(
            "name".to_string(),
            doc.attr(n, "label").unwrap_or(id).to_string(),
        )];
        attrs.extend(values(doc, n, &node_titles));
        graph.nodes.push((id.to_string(), attrs));
    }
    for e in doc.descendants(g, "edge") {
        let source = doc.attr(e, "source").unwrap_or_default().to_string();
        let target = doc.attr(e, "target").unwrap_or_default().to_string();
        let mut attrs = values(doc, e, &edge_titles);
        if let Some(w) = doc.attr(e, "weight") {
            attrs.push(("weight".to_string(), w.to_string()));
        }
        // GEXF 1.3 has a `kind` attribute; Gephi users often put the
        // relation kind in the edge label instead ("requires", "sponsored"),
        // kept as a kind of its own when it is none of the four. An
        // attribute declared as the kind (read above) comes first.
        let kind = doc.attr(e, "kind").or_else(|| doc.attr(e, "label"));
        if let Some(k) = kind {
            attrs.push(("kind".to_string(), k.to_string()));
        }
        graph.edges.push((source, target, attrs));
    }
    graph
}
