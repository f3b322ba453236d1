//! Kumu (kumu.io) maps: a blueprint workbook with "Elements" (Label, Type,
//! Description, Tags, …) and "Connections" (From, To, Type, …) sheets, or
//! Kumu's JSON export `{"elements": [...], "connections": [...]}` where
//! each item has its fields either at the top level or under
//! `"attributes"` ("label", "element type", "connection type").
//!
//! Kumu has no value-chain stages; the assemble step supplies them.

use serde_json::{Map, Value};

use super::columns::canonical;
use super::json::cell;
use super::table::{Cell, Row, Table, TableKind};
use super::{Collected, SourceFile};
use crate::model::fold_token;

/// A Kumu workbook has an "Elements" sheet.
pub fn is_kumu_workbook(sheets: &[String]) -> bool {
    sheets.iter().any(|s| fold_token(s) == "elements")
}

/// A Kumu JSON document has an `elements` array (the canonical format has
/// `actors` instead).
pub fn is_kumu_json(doc: &Value) -> bool {
    doc.get("elements").is_some_and(Value::is_array) && doc.get("actors").is_none()
}

/// Kumu elements have no id column: the folded label is the id, so
/// connections that name elements by label find them, and the report does
/// not list every element as "id missing".
pub fn complete_element_ids(table: &mut Table) {
    if table.kind != TableKind::Actors {
        return;
    }
    for row in &mut table.rows {
        if row.get("id").is_none() {
            if let Some(name) = row.get("name") {
                row.cells.push(("id", Cell::Text(fold_token(&name))));
            }
        }
    }
}

/// Top-level fields and `attributes` of one item, attributes last so they
/// win over same-named top-level fields only where the top level lacks one.
fn fields(item: &Value) -> Vec<(&String, &Value)> {
    let Some(object) = item.as_object() else {
        return Vec::new();
    };
    let mut out: Vec<(&String, &Value)> = object
        .iter()
        .filter(|(k, _)| k.as_str() != "attributes")
        .collect();
    if let Some(attrs) = object.get("attributes").and_then(Value::as_object) {
        out.extend(attrs.iter());
    }
    out
}

/// Kumu bookkeeping that is not data about the cluster.
fn internal(key: &str) -> bool {
    (key.starts_with('_') && key != "_id") || matches!(key, "direction" | "image" | "layout")
}

fn table(file: &SourceFile, section: &str, kind: TableKind, items: Option<&Vec<Value>>) -> Table {
    let mut table = Table::new(format!("{}#{section}", file.name), kind, Vec::new());
    let mut rows = Vec::new();
    for (i, item) in items
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let mut row = Row::new(i + 1, Vec::new());
        for (key, value) in fields(item) {
            if internal(key) {
                continue;
            }
            match canonical(kind, key) {
                Some(col) if !row.cells.iter().any(|(c, _)| *c == col) => {
                    if let Some(c) = cell(value) {
                        row.cells.push((col, c));
                    }
                }
                Some(_) => {}
                None => {
                    table.note_extra(key);
                    row.keep_extra(key, cell(value).map(|c| c.text()).unwrap_or_default());
                }
            }
        }
        rows.push(row);
    }
    table.rows = rows;
    complete_element_ids(&mut table);
    table
}

/// Reads a Kumu JSON document into actors and relations tables.
pub fn read_json(file: &SourceFile, doc: &Value, out: &mut Collected) {
    let empty = Map::new();
    let root = doc.as_object().unwrap_or(&empty);
    out.tables.push(table(
        file,
        "elements",
        TableKind::Actors,
        root.get("elements").and_then(Value::as_array),
    ));
    if let Some(connections) = root.get("connections").and_then(Value::as_array) {
        out.tables.push(table(
            file,
            "connections",
            TableKind::Relations,
            Some(connections),
        ));
    }
}
