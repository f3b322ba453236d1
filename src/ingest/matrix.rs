//! Adjacency matrices: some studies record ties as a square sheet with the
//! actors along the first row and down the first column and a strength in
//! each cell (empty or 0 for no tie).

use std::collections::HashMap;

use super::grid::GridRow;
use super::number::parse_number;
use super::table::{Cell, Row, Table, TableKind};
use super::Collected;
use crate::model::{fold_token, RelationKind};

/// The actor names along the top (the first row after its corner cell).
fn column_names(rows: &[GridRow]) -> Vec<String> {
    let mut names: Vec<String> = rows
        .first()
        .map(|r| {
            r.cells
                .iter()
                .skip(1)
                .map(|c| c.trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    while names.last().is_some_and(String::is_empty) {
        names.pop();
    }
    names
}

fn body(rows: &[GridRow]) -> impl Iterator<Item = &GridRow> {
    rows.iter()
        .skip(1)
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
}

/// A matrix when the names along the top are, folded, the same set as the
/// names down the first column, with at least two actors. A plain table
/// never passes: its header words do not reappear as row labels.
pub fn detect(rows: &[GridRow]) -> bool {
    let mut top: Vec<String> = column_names(rows).iter().map(|n| fold_token(n)).collect();
    let mut side: Vec<String> = body(rows)
        .map(|r| fold_token(r.cells.first().map_or("", String::as_str)))
        .collect();
    if top.len() < 2 || top.iter().any(String::is_empty) {
        return false;
    }
    top.sort();
    side.sort();
    top == side
}

/// The tie strength written in a cell, or `None` for no tie.
fn tie(row: &GridRow, column: usize) -> Option<String> {
    let text = row.cells.get(column + 1)?.trim();
    if text.is_empty() || parse_number(text) == Some(0.0) {
        None
    } else {
        Some(text.to_string())
    }
}

/// Turns a detected matrix into a relations table of `kind`, and the names
/// into an implied actors table (used if no actors table was loaded).
///
/// For an undirected kind a symmetric matrix would give every tie twice,
/// so each pair is read once, from the upper triangle, falling back to the
/// lower one where only that is filled.
pub fn read(file: &str, rows: &[GridRow], kind: RelationKind, out: &mut Collected) {
    let names = column_names(rows);
    let body: Vec<&GridRow> = body(rows).collect();
    let folded_names: Vec<String> = names.iter().map(|n| fold_token(n)).collect();
    let mut row_of: HashMap<String, &GridRow> = HashMap::new();
    for r in &body {
        row_of
            .entry(fold_token(r.cells.first().map_or("", String::as_str)))
            .or_insert(r);
    }
    let mut column_of: HashMap<&str, usize> = HashMap::new();
    for (j, n) in folded_names.iter().enumerate() {
        column_of.entry(n.as_str()).or_insert(j);
    }
    let mut relations = Vec::new();
    for row in &body {
        let source = row.cells.first().map_or("", |c| c.trim());
        let folded_source = fold_token(source);
        let position = column_of.get(folded_source.as_str()).copied();
        for (j, (target, folded_target)) in names.iter().zip(&folded_names).enumerate() {
            if folded_source == *folded_target {
                continue;
            }
            let strength = if kind.is_directed() {
                tie(row, j)
            } else {
                if position.is_some_and(|p| p > j) {
                    // Lower triangle: taken only if the mirror cell is empty.
                    let mirror = row_of
                        .get(folded_target.as_str())
                        .zip(position)
                        .and_then(|(r, p)| tie(r, p));
                    if mirror.is_some() {
                        continue;
                    }
                }
                tie(row, j)
            };
            let Some(strength) = strength else {
                continue;
            };
            relations.push(Row::new(
                row.line,
                vec![
                    ("source", Cell::Text(source.to_string())),
                    ("target", Cell::Text(target.clone())),
                    ("kind", Cell::Text(kind.token().to_string())),
                    ("strength", Cell::Text(strength)),
                ],
            ));
        }
    }
    let actors = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            Row::new(
                i + 1,
                vec![
                    ("id", Cell::Text(fold_token(name))),
                    ("name", Cell::Text(name.clone())),
                ],
            )
        })
        .collect();
    out.tables.push(Table::new(
        file.to_string(),
        TableKind::Relations,
        relations,
    ));
    out.implied_actors
        .push(Table::new(file.to_string(), TableKind::Actors, actors));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(lines: &[&str]) -> Vec<GridRow> {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| GridRow {
                line: i + 1,
                cells: l.split(';').map(str::to_string).collect(),
            })
            .collect()
    }

    #[test]
    fn detects_and_reads_symmetric_matrix_once() {
        let rows = grid(&["", ";A;B;C", "A;;3;0", "B;3;;", "C;;2;"]);
        let rows = &rows[1..];
        assert!(detect(rows));
        let mut out = Collected::default();
        read("m.csv", rows, RelationKind::Collaboration, &mut out);
        let pairs: Vec<(String, String)> = out.tables[0]
            .rows
            .iter()
            .map(|r| {
                (
                    r.get("source").unwrap_or_default(),
                    r.get("target").unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            pairs,
            vec![("A".into(), "B".into()), ("C".into(), "B".into())]
        );
        assert!(!detect(&grid(&["id;name;kind", "a;A;firm"])));
    }
}
