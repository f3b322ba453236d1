//! GraphML (Gephi, yEd, Cytoscape, NetworkX): `<key id for attr.name>`
//! declarations and `<data key>` values on `<node id>` and `<edge source
//! target>`.

use std::collections::HashMap;

use super::xml::{Document, Graph};

/// Key ids to (attribute name, default value), for `for="node"` or
/// `for="edge"` (and `all`).
fn keys(doc: &Document, class: &str) -> HashMap<String, (String, Option<String>)> {
    let mut out = HashMap::new();
    for k in doc.children(0, "key") {
        let domain = doc.attr(k, "for").unwrap_or("all");
        if !(domain.eq_ignore_ascii_case(class) || domain.eq_ignore_ascii_case("all")) {
            continue;
        }
        let Some(id) = doc.attr(k, "id") else {
            continue;
        };
        let name = doc.attr(k, "attr.name").unwrap_or(id).to_string();
        let default = doc
            .children(k, "default")
            .next()
            .and_then(|d| doc.get(d))
            .map(|d| d.text.trim().to_string());
        out.insert(id.to_string(), (name, default));
    }
    out
}

/// The `<data>` values of an element by attribute name, with declared
/// defaults for keys it does not carry.
fn values(
    doc: &Document,
    element: usize,
    keys: &HashMap<String, (String, Option<String>)>,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut seen = Vec::new();
    for d in doc.children(element, "data") {
        let Some(key) = doc.attr(d, "key") else {
            continue;
        };
        let name = keys.get(key).map_or(key, |(n, _)| n.as_str()).to_string();
        let text = doc
            .get(d)
            .map(|e| e.text.trim().to_string())
            .unwrap_or_default();
        seen.push(key.to_string());
        out.push((name, text));
    }
    let mut defaults: Vec<(&String, &(String, Option<String>))> = keys.iter().collect();
    defaults.sort();
    for (id, (name, default)) in defaults {
        if let (false, Some(value)) = (seen.contains(id), default) {
            out.push((name.clone(), value.clone()));
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
    let node_keys = keys(doc, "node");
    let edge_keys = keys(doc, "edge");
    for n in doc.descendants(g, "node") {
        let Some(id) = doc.attr(n, "id") else {
            continue;
        };
        let mut attrs = values(doc, n, &node_keys);
        if !attrs
            .iter()
            .any(|(k, _)| matches!(k.to_ascii_lowercase().as_str(), "label" | "name"))
        {
            attrs.push(("name".to_string(), id.to_string()));
        }
        graph.nodes.push((id.to_string(), attrs));
    }
    for e in doc.descendants(g, "edge") {
        let source = doc.attr(e, "source").unwrap_or_default().to_string();
        let target = doc.attr(e, "target").unwrap_or_default().to_string();
        graph
            .edges
            .push((source, target, values(doc, e, &edge_keys)));
    }
    graph
}
