//! The canonical JSON document (`"format": "clustermap/1"`): one object
//! with `meta`, `stages`, `actors`, `relations` and `sourcing`.

use serde_json::Value;

use super::columns::canonical;
use super::error::{Expected, IngestError};
use super::table::{Cell, Row, Table, TableKind};
use super::{Collected, SourceFile};

const SECTIONS: [(&str, TableKind); 4] = [
    ("stages", TableKind::Stages),
    ("actors", TableKind::Actors),
    ("relations", TableKind::Relations),
    ("sourcing", TableKind::Sourcing),
];

/// Reads a JSON document, canonical or Kumu, into the collection.
pub fn read_into(file: &SourceFile, out: &mut Collected) -> Result<(), IngestError> {
    let (doc, notice) = parse(file)?;
    out.notices.extend(notice);
    if super::kumu::is_kumu_json(&doc) {
        super::kumu::read_json(file, &doc, out);
        return Ok(());
    }
    out.tables.extend(tables(file, doc)?);
    Ok(())
}

/// Decodes (any encoding, see [`super::encoding`]) and parses a document.
///
/// serde_json refuses nesting deeper than 128 levels with an error rather
/// than exhausting the stack, so hostile documents end in [`IngestError::Json`].
pub fn parse(file: &SourceFile) -> Result<(Value, Option<super::Problem>), IngestError> {
    let decoded = super::encoding::decode(file)?;
    Ok((parse_text(&file.name, &decoded.text)?, decoded.notice))
}

fn parse_text(name: &str, text: &str) -> Result<Value, IngestError> {
    serde_json::from_str(text).map_err(|e| IngestError::Json {
        file: name.to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// [`read_into`] for a document that is text already (see
/// [`super::load_own_json`]): no decoding, so no decoder is linked.
pub fn read_text_into(name: &str, text: &str, out: &mut Collected) -> Result<(), IngestError> {
    let doc = parse_text(name, text)?;
    // Only the name is used from here on.
    let file = SourceFile::new(name, Vec::new());
    if super::kumu::is_kumu_json(&doc) {
        super::kumu::read_json(&file, &doc, out);
        return Ok(());
    }
    out.tables.extend(tables(&file, doc)?);
    Ok(())
}

/// Reads a canonical JSON document into tables.
pub fn read(file: &SourceFile) -> Result<Vec<Table>, IngestError> {
    tables(file, parse(file)?.0)
}

fn tables(file: &SourceFile, doc: Value) -> Result<Vec<Table>, IngestError> {
    let Value::Object(root) = doc else {
        return Err(shape(file, "$", Expected::Object));
    };
    let mut tables = Vec::new();
    if let Some(meta) = root.get("meta") {
        let Value::Object(meta) = meta else {
            return Err(shape(file, "meta", Expected::Object));
        };
        let rows = meta
            .iter()
            .enumerate()
            .map(|(i, (k, v))| {
                Row::new(
                    i + 1,
                    vec![
                        ("key", Cell::Text(k.clone())),
                        ("value", cell(v).unwrap_or(Cell::Text(String::new()))),
                    ],
                )
            })
            .collect();
        tables.push(Table::new(
            format!("{}#meta", file.name),
            TableKind::Meta,
            rows,
        ));
    }
    for (section, kind) in SECTIONS {
        let Some(value) = root.get(section) else {
            continue;
        };
        let Value::Array(items) = value else {
            return Err(shape(file, section, Expected::Array));
        };
        let mut table = Table::new(format!("{}#{section}", file.name), kind, Vec::new());
        let mut rows = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let Value::Object(fields) = item else {
                return Err(shape(
                    file,
                    &format!("{section}[{}]", i + 1),
                    Expected::Object,
                ));
            };
            let mut row = Row::new(i + 1, Vec::with_capacity(fields.len()));
            for (key, value) in fields {
                // Extra attributes are written back as one object, so a
                // saved workspace keeps them apart from the format's fields.
                if key == "attributes" {
                    let named: Vec<(String, String)> = match value {
                        Value::Object(attrs) => attrs
                            .iter()
                            .map(|(n, v)| (n.clone(), scalar_text(v)))
                            .collect(),
                        Value::Array(items) => items
                            .iter()
                            .filter_map(|p| match p.as_array().map(Vec::as_slice) {
                                Some([n, v]) => Some((scalar_text(n), scalar_text(v))),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    if !named.is_empty() || value.is_null() {
                        for (name, v) in named {
                            table.note_extra(&name);
                            row.keep_extra(&name, v);
                        }
                        continue;
                    }
                }
                match canonical(kind, key) {
                    Some(col) => {
                        if let Some(c) = cell(value) {
                            row.cells.push((col, c));
                        }
                    }
                    None => {
                        table.note_extra(key);
                        row.keep_extra(key, cell(value).map(|c| c.text()).unwrap_or_default());
                    }
                }
            }
            rows.push(row);
        }
        table.rows = rows;
        tables.push(table);
    }
    if tables.iter().all(|t| t.kind != TableKind::Actors) {
        return Err(shape(file, "actors", Expected::ActorsArray));
    }
    Ok(tables)
}

fn shape(file: &SourceFile, path: &str, expected: Expected) -> IngestError {
    IngestError::JsonShape {
        file: file.name.clone(),
        path: path.to_string(),
        expected,
    }
}

/// Scalars become text; arrays of scalars become lists. Nested objects are
/// kept as their JSON text so the report can show them.
pub fn cell(value: &Value) -> Option<Cell> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(Cell::Text(s.clone())),
        Value::Array(items) => Some(Cell::List(items.iter().map(scalar_text).collect())),
        other => Some(Cell::Text(scalar_text(other))),
    }
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
