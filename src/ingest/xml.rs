//! XML network files (GEXF from Gephi, GraphML from Gephi, yEd, Cytoscape,
//! NetworkX): a small element tree, the dispatch on the root element, and
//! the step both formats share, turning nodes and edges into tables.

use std::collections::HashSet;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::columns::canonical;
use super::encoding::decode;
use super::error::{Action, IngestError, Issue, Problem};
use super::table::{Cell, Row, Table, TableKind};
use super::{gexf, graphml, Collected, SourceFile};
use crate::model::fold_token;

/// One element: local name, attributes, direct text, children (indices
/// into [`Document::elements`]). An arena rather than nested boxes, so
/// neither building nor dropping a 10,000-deep document recurses.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<usize>,
}

/// A parsed document; element 0 is the root.
#[derive(Debug, Default)]
pub struct Document {
    pub elements: Vec<Element>,
}

impl Document {
    /// Parses well-formed XML; anything else is [`IngestError::Xml`] with
    /// the line of the trouble.
    pub fn parse(file: &str, text: &str) -> Result<Self, IngestError> {
        let mut reader = Reader::from_str(text);
        let error = |position: u64, message: String| IngestError::Xml {
            file: file.to_string(),
            line: line_at(text, position),
            message,
        };
        let mut doc = Document::default();
        let mut stack: Vec<usize> = Vec::new();
        loop {
            let starts_at = reader.buffer_position();
            let event = reader
                .read_event()
                .map_err(|e| error(reader.error_position(), e.to_string()))?;
            match event {
                Event::Start(e) => {
                    let i = doc
                        .push(&e, stack.last().copied())
                        .map_err(|m| error(reader.buffer_position(), m))?;
                    if stack.is_empty() && i != 0 {
                        return Err(error(
                            reader.buffer_position(),
                            "second root element".into(),
                        ));
                    }
                    stack.push(i);
                }
                Event::Empty(e) => {
                    let i = doc
                        .push(&e, stack.last().copied())
                        .map_err(|m| error(reader.buffer_position(), m))?;
                    if stack.is_empty() && i != 0 {
                        return Err(error(
                            reader.buffer_position(),
                            "second root element".into(),
                        ));
                    }
                }
                Event::End(_) => {
                    stack.pop();
                }
                Event::Text(t) => doc.text(stack.last().copied(), &t.xml10_content()),
                Event::CData(t) => {
                    doc.text(stack.last().copied(), &t);
                }
                Event::GeneralRef(r) => {
                    let entity = format!("&{};", &*r);
                    let resolved = quick_xml::escape::unescape(&entity)
                        .map_err(|e| error(reader.buffer_position(), e.to_string()))?;
                    doc.text(stack.last().copied(), &resolved);
                }
                // quick-xml never expands DTD entities; refusing the
                // declaration says why their references fail, instead of
                // an "unrecognized entity" deep in the file.
                Event::DocType(d) if d[..].contains("<!ENTITY") => {
                    return Err(IngestError::XmlEntities {
                        file: file.to_string(),
                        line: line_at(text, starts_at),
                    });
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if !stack.is_empty() || doc.elements.is_empty() {
            return Err(error(
                reader.buffer_position(),
                "the document ends before its root element is closed".into(),
            ));
        }
        Ok(doc)
    }

    /// Adds an element; a malformed attribute, or one naming an entity
    /// XML does not define, is an error (its message), never an empty value.
    fn push(&mut self, start: &BytesStart, parent: Option<usize>) -> Result<usize, String> {
        let mut attrs = Vec::new();
        let element = start.local_name().as_ref().to_string();
        for attr in start.attributes() {
            let attr = attr.map_err(|e| format!("<{element}>: {e}"))?;
            let key = attr.key.local_name().as_ref().to_string();
            let value = attr
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|e| format!("<{element} {key}=\"…\">: {e}"))?
                .into_owned();
            attrs.push((key, value));
        }
        let i = self.elements.len();
        self.elements.push(Element {
            name: start.local_name().as_ref().to_string(),
            attrs,
            text: String::new(),
            children: Vec::new(),
        });
        if let Some(p) = parent.and_then(|p| self.elements.get_mut(p)) {
            p.children.push(i);
        }
        Ok(i)
    }

    fn text(&mut self, at: Option<usize>, text: &str) {
        if let Some(e) = at.and_then(|i| self.elements.get_mut(i)) {
            e.text.push_str(text);
        }
    }

    pub fn get(&self, i: usize) -> Option<&Element> {
        self.elements.get(i)
    }

    /// The value of an attribute (case-insensitive name).
    pub fn attr(&self, i: usize, name: &str) -> Option<&str> {
        self.get(i)?
            .attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Direct children with this local name.
    pub fn children<'a>(&'a self, i: usize, name: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.get(i)
            .map(|e| e.children.as_slice())
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(move |c| {
                self.get(*c)
                    .is_some_and(|e| e.name.eq_ignore_ascii_case(name))
            })
    }

    /// All elements below `i` with this local name, in document order.
    /// Children always come after their parent in the arena, so a scan of
    /// the arena from `i` with an ancestry check keeps document order.
    pub fn descendants(&self, i: usize, name: &str) -> Vec<usize> {
        let mut inside = vec![false; self.elements.len()];
        if let Some(flag) = inside.get_mut(i) {
            *flag = true;
        }
        let mut found = Vec::new();
        for (index, element) in self.elements.iter().enumerate().skip(i) {
            if !inside.get(index).copied().unwrap_or(false) {
                continue;
            }
            for c in &element.children {
                if let Some(flag) = inside.get_mut(*c) {
                    *flag = true;
                }
            }
            if index != i && element.name.eq_ignore_ascii_case(name) {
                found.push(index);
            }
        }
        found
    }
}

/// 1-based line of a byte position.
fn line_at(text: &str, position: u64) -> usize {
    let end = usize::try_from(position)
        .unwrap_or(usize::MAX)
        .min(text.len());
    text.as_bytes()
        .get(..end)
        .unwrap_or_default()
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Reads a GEXF or GraphML file into the collection.
pub fn read(file: &SourceFile, out: &mut Collected) -> Result<(), IngestError> {
    let decoded = decode(file)?;
    out.notices.extend(decoded.notice);
    let doc = Document::parse(&file.name, &decoded.text)?;
    let root = doc
        .get(0)
        .map(|e| e.name.to_ascii_lowercase())
        .unwrap_or_default();
    let graph = match root.as_str() {
        "gexf" => gexf::read(&doc),
        "graphml" => graphml::read(&doc),
        _ => {
            return Err(IngestError::UnknownXml {
                file: file.name.clone(),
                root,
            })
        }
    };
    graph_tables(&file.name, graph, out);
    Ok(())
}

/// Values of a node or edge by their declared attribute name.
pub type Attributes = Vec<(String, String)>;

/// Nodes and edges as both formats describe them: ids plus named values.
#[derive(Debug, Default)]
pub struct Graph {
    /// (id, attributes, label included).
    pub nodes: Vec<(String, Attributes)>,
    /// (source, target, attributes, weight included).
    pub edges: Vec<(String, String, Attributes)>,
}

/// Turns a graph into actors (`file#nodes`) and relations (`file#edges`).
///
/// Edges to node ids the file does not declare are reported and skipped
/// here rather than resolved by name later: a graph file names its nodes by
/// id only, and guessing would invent ties.
pub fn graph_tables(file: &str, graph: Graph, out: &mut Collected) {
    let nodes_file = format!("{file}#nodes");
    let edges_file = format!("{file}#edges");
    let mut ids = HashSet::new();
    let mut nodes = Table::new(nodes_file, TableKind::Actors, Vec::new());
    let mut stages = StagesOnNodes::default();
    for (i, (id, attrs)) in graph.nodes.into_iter().enumerate() {
        let mut row = Row::new(i + 1, vec![("id", Cell::Text(id.clone()))]);
        let mut stage = StageOnNode::default();
        for (key, value) in attrs {
            if stage.take(&key, &value) {
                continue;
            }
            match canonical(TableKind::Actors, &key) {
                Some("id") => {}
                Some(col) => row.cells.push((col, Cell::Text(value))),
                None => {
                    nodes.note_extra(&key);
                    row.keep_extra(&key, value);
                }
            }
        }
        stages.add(stage, &mut row);
        ids.insert(id);
        nodes.rows.push(row);
    }
    if let Some(table) = stages.table(&format!("{file}#stages")) {
        out.tables.push(table);
    }
    out.tables.push(nodes);
    let mut edges = Table::new(edges_file.clone(), TableKind::Relations, Vec::new());
    for (i, (source, target, attrs)) in graph.edges.into_iter().enumerate() {
        let mut known = true;
        for (column, id) in [("source", &source), ("target", &target)] {
            if !ids.contains(id) {
                known = false;
                out.notices.push(Problem {
                    file: edges_file.clone(),
                    row: Some(i + 1),
                    column: Some(column.to_string()),
                    value: Some(id.clone()),
                    issue: Issue::UnknownActor,
                    action: Action::RowSkipped,
                });
            }
        }
        if !known {
            continue;
        }
        let mut row = Row::new(
            i + 1,
            vec![
                ("source", Cell::Text(source)),
                ("target", Cell::Text(target)),
            ],
        );
        for (key, value) in attrs {
            match canonical(TableKind::Relations, &key) {
                Some("source" | "target") => {}
                Some(col) if !row.cells.iter().any(|(c, _)| *c == col) => {
                    row.cells.push((col, Cell::Text(value)))
                }
                Some(_) => {}
                None if fold_token(&key) == "id" => {}
                None => {
                    edges.note_extra(&key);
                    row.keep_extra(&key, value);
                }
            }
        }
        edges.rows.push(row);
    }
    out.tables.push(edges);
}

/// What a node says about its primary stage (`stage_name`,
/// `stage_name_tr`, `stage_name_de`, `stage_band`, `stage_position`), as
/// clustermap's own GEXF and GraphML write it: graph formats have no table
/// of stages, and without these a reload would know stage ids only.
#[derive(Debug, Default)]
struct StageOnNode {
    name: Option<String>,
    name_tr: Option<String>,
    name_de: Option<String>,
    band: Option<String>,
    position: Option<u32>,
}

impl StageOnNode {
    /// Takes the value if `key` describes the stage.
    fn take(&mut self, key: &str, value: &str) -> bool {
        let value = Some(value.trim().to_string()).filter(|v| !v.is_empty());
        match fold_token(key).as_str() {
            "stage_name" => self.name = value,
            "stage_name_tr" => self.name_tr = value,
            "stage_name_de" => self.name_de = value,
            "stage_band" => self.band = value,
            "stage_position" => self.position = value.and_then(|v| v.parse().ok()),
            _ => return false,
        }
        true
    }
}

/// The stages the nodes describe, collected into a stages table.
#[derive(Debug, Default)]
struct StagesOnNodes {
    /// (id, what a node said about it, first seen at).
    described: Vec<(String, StageOnNode, usize)>,
    /// Ids named in nodes' stage lists that no node describes.
    named: Vec<String>,
}

impl StagesOnNodes {
    fn add(&mut self, stage: StageOnNode, row: &mut Row) {
        let listed = row.items("stages");
        let described = stage.name.is_some() || stage.band.is_some();
        let id = listed
            .first()
            .cloned()
            .or_else(|| stage.name.as_deref().map(fold_token));
        if let (true, Some(id)) = (described, id) {
            if listed.is_empty() {
                row.cells.push(("stages", Cell::Text(id.clone())));
            }
            if !self.described.iter().any(|(d, _, _)| *d == id) {
                let seen = self.described.len();
                self.described.push((id, stage, seen));
            }
        }
        for id in listed.into_iter().skip(1) {
            if !self.named.contains(&id) {
                self.named.push(id);
            }
        }
    }

    /// A stages table in chain order (by `stage_position`, else as first
    /// seen), or `None` when no node describes a stage: then the stages
    /// come from a preset or the names, as for any graph file.
    fn table(self, file: &str) -> Option<Table> {
        let Self {
            mut described,
            named,
        } = self;
        if described.is_empty() {
            return None;
        }
        described.sort_by_key(|(_, s, seen)| (s.position.unwrap_or(u32::MAX), *seen));
        let mut rows = Vec::new();
        for (id, s, _) in &described {
            let mut cells = vec![("id", Cell::Text(id.clone()))];
            let named = [
                ("name", &s.name),
                ("name_tr", &s.name_tr),
                ("name_de", &s.name_de),
                ("band", &s.band),
            ];
            for (column, value) in named {
                if let Some(v) = value {
                    cells.push((column, Cell::Text(v.clone())));
                }
            }
            rows.push(Row::new(rows.len() + 1, cells));
        }
        for id in named {
            if !described.iter().any(|(d, _, _)| *d == id) {
                rows.push(Row::new(rows.len() + 1, vec![("id", Cell::Text(id))]));
            }
        }
        Some(Table::new(file.to_string(), TableKind::Stages, rows))
    }
}
