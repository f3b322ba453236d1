//! The column-mapping step: which table a grid (a CSV file or a sheet) is,
//! and which column of the format each of its headers means.
//!
//! Header recognition ([`super::columns`]) decides by default; a
//! [`ColumnMapping`] holds the user's corrections, keyed by grid name and
//! header text, so they apply again when the same file is loaded again and
//! travel with a saved workspace. [`GridPreview`] is what the user sees to
//! decide: per column the recognised meaning, a few values and the type
//! they look like.

use serde::{Deserialize, Serialize};

use super::columns::{canonical, columns};
use super::number::parse_number;
use super::table::TableKind;
use crate::model::fold_token;

/// The user's corrections for all grids.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ColumnMapping {
    pub grids: Vec<GridChoice>,
}

/// Corrections for one grid, named as in the validation report
/// (`actors.csv`, `survey.xlsx#Firmalar`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct GridChoice {
    pub grid: String,
    /// The table the grid holds, when recognition got it wrong or found
    /// none; `None` keeps what recognition decided.
    pub kind: Option<TableKind>,
    pub columns: Vec<ColumnChoice>,
}

/// What one header means: a canonical column of the grid's table, or
/// `None` to ignore the column.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ColumnChoice {
    pub header: String,
    pub column: Option<String>,
}

impl ColumnMapping {
    pub fn is_empty(&self) -> bool {
        self.grids.is_empty()
    }

    pub fn grid(&self, grid: &str) -> Option<&GridChoice> {
        self.grids.iter().find(|g| g.grid == grid)
    }

    /// Replaces (or adds) the choices for one grid. A grid choice with no
    /// kind and no columns is dropped, so the mapping stays small.
    pub fn set(&mut self, choice: GridChoice) {
        self.grids.retain(|g| g.grid != choice.grid);
        if choice.kind.is_some() || !choice.columns.is_empty() {
            self.grids.push(choice);
        }
    }

    /// Sets one header of one grid to `column` (`None`: ignore it).
    pub fn set_column(&mut self, grid: &str, header: &str, column: Option<&str>) {
        let mut choice = self.grid(grid).cloned().unwrap_or_else(|| GridChoice {
            grid: grid.to_string(),
            ..GridChoice::default()
        });
        choice.columns.retain(|c| c.header != header);
        choice.columns.push(ColumnChoice {
            header: header.to_string(),
            column: column.map(str::to_string),
        });
        self.set(choice);
    }

    /// Sets the table kind of one grid. Column choices made for another
    /// kind no longer mean anything and are dropped.
    pub fn set_kind(&mut self, grid: &str, kind: Option<TableKind>) {
        let previous = self.grid(grid).cloned().unwrap_or_default();
        let columns = if previous.kind == kind {
            previous.columns
        } else {
            Vec::new()
        };
        self.set(GridChoice {
            grid: grid.to_string(),
            kind,
            columns,
        });
    }
}

impl GridChoice {
    /// The column `header` is mapped to: `Some(Some(col))` chosen,
    /// `Some(None)` chosen to be ignored, `None` no choice (recognition
    /// decides). A chosen name that is not a column of `kind` counts as
    /// ignored: saved choices must never invent columns.
    pub fn column(&self, kind: TableKind, header: &str) -> Option<Option<&'static str>> {
        let choice = self.columns.iter().find(|c| c.header == header)?;
        Some(choice.column.as_deref().and_then(|name| {
            columns(kind)
                .iter()
                .map(|(canon, _)| *canon)
                .find(|canon| *canon == name)
        }))
    }
}

/// The type a column's values look like, shown next to its mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueType {
    /// No value in the rows looked at.
    Empty,
    /// Every value reads as a number (decimal comma or point, `%`).
    Number,
    /// Some values hold several items (`|`, `;` or line breaks).
    List,
    Text,
}

/// How a column's meaning was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decided {
    /// The header is one of the format's names or aliases.
    Recognised,
    /// The user chose it.
    Chosen,
    /// Neither: the column is ignored.
    Unmatched,
}

/// One column of a grid as the mapping step shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnPreview {
    pub header: String,
    /// The canonical column it is read as (`None`: ignored).
    pub column: Option<&'static str>,
    pub decided: Decided,
    pub inferred: ValueType,
    /// The first few non-empty values, as typed.
    pub samples: Vec<String>,
}

/// One grid as the mapping step shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GridPreview {
    pub grid: String,
    /// The table it is read as (`None`: matched no table and was not read).
    pub kind: Option<TableKind>,
    /// Whether `kind` came from the headers (not from a sheet name or the
    /// user).
    pub kind_recognised: bool,
    /// 1-based line or sheet row of the header.
    pub header_line: usize,
    pub rows: usize,
    pub columns: Vec<ColumnPreview>,
}

/// A [`ColumnPreview`] as it crosses from the ingest worker (JSON): the
/// column name is read back as the format's own `&'static str`, and a name
/// the format does not have reads as no column.
#[derive(Deserialize)]
struct ColumnPreviewData {
    header: String,
    column: Option<String>,
    decided: Decided,
    inferred: ValueType,
    samples: Vec<String>,
}

impl<'de> Deserialize<'de> for ColumnPreview {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ColumnPreviewData::deserialize(d).map(Self::from)
    }
}

impl From<ColumnPreviewData> for ColumnPreview {
    fn from(d: ColumnPreviewData) -> Self {
        let column = d.column.and_then(|name| {
            TableKind::ALL
                .into_iter()
                .flat_map(|k| columns(k).iter().map(|(canon, _)| *canon))
                .find(|canon| *canon == name)
        });
        let decided = if column.is_none() && d.decided == Decided::Recognised {
            Decided::Unmatched
        } else {
            d.decided
        };
        Self {
            header: d.header,
            column,
            decided,
            inferred: d.inferred,
            samples: d.samples,
        }
    }
}

/// Columns each table cannot do without.
fn required(kind: TableKind) -> &'static [&'static [&'static str]] {
    match kind {
        TableKind::Actors => &[&["name", "id"]],
        TableKind::Relations => &[&["source"], &["target"]],
        TableKind::Sourcing => &[&["actor"], &["input_stage"]],
        TableKind::Stages => &[&["name", "id"]],
        TableKind::Meta => &[&["key"], &["value"]],
    }
}

impl GridPreview {
    /// Whether the user should look at this grid before trusting the map:
    /// no table recognised, a table decided only by a sheet name, a header
    /// left unmatched, or a column the table needs missing.
    pub fn unsure(&self) -> bool {
        let Some(kind) = self.kind else {
            return true;
        };
        !self.kind_recognised && self.columns.iter().all(|c| c.decided != Decided::Chosen)
            || self
                .columns
                .iter()
                .any(|c| c.decided == Decided::Unmatched && !c.header.is_empty())
            || !self.missing_required().is_empty()
            || !self.duplicated().is_empty() && kind != TableKind::Meta
    }

    /// Required columns no header is mapped to, one name per group.
    pub fn missing_required(&self) -> Vec<&'static str> {
        let Some(kind) = self.kind else {
            return Vec::new();
        };
        required(kind)
            .iter()
            .filter(|group| {
                !group
                    .iter()
                    .any(|need| self.columns.iter().any(|c| c.column == Some(*need)))
            })
            .map(|group| group[0])
            .collect()
    }

    /// Columns mapped more than once; the first one is read.
    pub fn duplicated(&self) -> Vec<&'static str> {
        let mut seen = Vec::new();
        let mut twice = Vec::new();
        for c in self.columns.iter().filter_map(|c| c.column) {
            if seen.contains(&c) {
                if !twice.contains(&c) {
                    twice.push(c);
                }
            } else {
                seen.push(c);
            }
        }
        twice
    }
}

/// How many data rows are looked at to infer a column's type.
const INFER_ROWS: usize = 200;
const SAMPLES: usize = 3;

/// Decides the meaning of every header of a grid of `kind`: the user's
/// choice where there is one, header recognition otherwise.
pub fn map_header(
    kind: TableKind,
    header: &[String],
    choice: Option<&GridChoice>,
) -> Vec<(Option<&'static str>, Decided)> {
    header
        .iter()
        .map(|h| match choice.and_then(|c| c.column(kind, h)) {
            Some(chosen) => (chosen, Decided::Chosen),
            None => match canonical(kind, h) {
                Some(c) => (Some(c), Decided::Recognised),
                None => (None, Decided::Unmatched),
            },
        })
        .collect()
}

/// The preview of a grid: `mapped` from [`map_header`], `data` the data
/// rows below the header.
pub fn preview<'a>(
    grid: &str,
    kind: Option<TableKind>,
    kind_recognised: bool,
    header_line: usize,
    header: &[String],
    mapped: &[(Option<&'static str>, Decided)],
    data: impl Iterator<Item = &'a [String]> + Clone,
) -> GridPreview {
    let rows = data.clone().count();
    let columns = header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let values = data
                .clone()
                .take(INFER_ROWS)
                .filter_map(|r| r.get(i).map(|v| v.trim()))
                .filter(|v| !v.is_empty());
            let (column, decided) = mapped.get(i).copied().unwrap_or((None, Decided::Unmatched));
            ColumnPreview {
                header: h.clone(),
                column,
                decided,
                inferred: infer(values.clone()),
                samples: values.take(SAMPLES).map(str::to_string).collect(),
            }
        })
        .collect();
    GridPreview {
        grid: grid.to_string(),
        kind,
        kind_recognised,
        header_line,
        rows,
        columns,
    }
}

/// The type the values look like: numbers if all are, a list if any holds
/// several items, text otherwise.
pub fn infer<'a>(values: impl Iterator<Item = &'a str>) -> ValueType {
    let mut any = false;
    let mut all_numbers = true;
    let mut list = false;
    for v in values {
        any = true;
        all_numbers &= parse_number(v).is_some();
        list |= v.contains(['|', ';', '\n']);
    }
    match (any, all_numbers, list) {
        (false, _, _) => ValueType::Empty,
        (true, true, _) => ValueType::Number,
        (true, false, true) => ValueType::List,
        _ => ValueType::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn infers_types_from_values() {
        assert_eq!(
            infer(["12", "1.250", "45 %", "3,5"].into_iter()),
            ValueType::Number
        );
        assert_eq!(infer(["DE; IT", "FR"].into_iter()), ValueType::List);
        assert_eq!(infer(["Ege", "12"].into_iter()), ValueType::Text);
        assert_eq!(infer(std::iter::empty()), ValueType::Empty);
    }

    #[test]
    fn a_choice_overrides_recognition_and_unknown_names_are_ignored() {
        let header = strings(&["Firma Adı", "Personel", "Renk"]);
        let auto = map_header(TableKind::Actors, &header, None);
        assert_eq!(auto[0], (Some("name"), Decided::Recognised));
        assert_eq!(auto[2], (None, Decided::Unmatched));

        let mut m = ColumnMapping::default();
        m.set_column("a.csv", "Personel", Some("employees"));
        m.set_column("a.csv", "Renk", Some("no_such_column"));
        m.set_column("a.csv", "Firma Adı", None);
        let chosen = map_header(TableKind::Actors, &header, m.grid("a.csv"));
        assert_eq!(chosen[0], (None, Decided::Chosen));
        assert_eq!(chosen[1], (Some("employees"), Decided::Chosen));
        assert_eq!(chosen[2], (None, Decided::Chosen));
    }

    #[test]
    fn changing_the_kind_drops_column_choices_and_empty_choices_vanish() {
        let mut m = ColumnMapping::default();
        m.set_column("s#1", "X", Some("name"));
        m.set_kind("s#1", Some(TableKind::Relations));
        assert_eq!(m.grid("s#1").map(|g| g.columns.len()), Some(0));
        m.set_kind("s#1", None);
        assert!(m.is_empty());
    }

    #[test]
    fn unsure_when_a_header_or_a_required_column_is_missing() {
        let header = strings(&["Kimden", "Kime"]);
        let rows = [strings(&["a1", "a2"])];
        let data = rows.iter().map(|r| r.as_slice());
        let mapped = map_header(TableKind::Relations, &header, None);
        let p = preview(
            "r.csv",
            Some(TableKind::Relations),
            true,
            1,
            &header,
            &mapped,
            data,
        );
        assert!(!p.unsure(), "{p:?}");
        assert_eq!(p.rows, 1);
        assert_eq!(p.columns[0].samples, vec!["a1".to_string()]);

        let header = strings(&["Kimden", "Hedef firma"]);
        let mapped = map_header(TableKind::Relations, &header, None);
        let p = preview(
            "r.csv",
            Some(TableKind::Relations),
            true,
            1,
            &header,
            &mapped,
            rows.iter().map(|r| r.as_slice()),
        );
        assert!(p.unsure());
        assert_eq!(p.missing_required(), vec!["target"]);
    }
}

/// Columns whose values are words of a vocabulary, which the value-mapping
/// step lists.
pub const CATEGORICAL: [(TableKind, &str); 6] = [
    (TableKind::Actors, "kind"),
    (TableKind::Actors, "locality"),
    (TableKind::Stages, "band"),
    (TableKind::Relations, "kind"),
    (TableKind::Sourcing, "origin"),
    (TableKind::Sourcing, "reason"),
];

/// The tokens a value of a categorical column can be said to mean in the
/// value-mapping step, in the vocabulary's order. Relation kinds offer the
/// four kinds the analyses know; a relation can also keep its own word
/// (a meaning of `None`), which is not listed here.
pub fn meanings(table: TableKind, column: &str) -> Vec<&'static str> {
    use crate::model::{ActorKind, Band, Locality, Origin, Reason, RelationKind};
    fn tokens<T: Copy>(all: &[T], token: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| token(*v)).collect()
    }
    match (table, column) {
        (TableKind::Actors, "kind") => tokens(ActorKind::ALL, ActorKind::token),
        (TableKind::Actors, "locality") => tokens(Locality::ALL, Locality::token),
        (TableKind::Stages, "band") => tokens(Band::ALL, Band::token),
        (TableKind::Relations, "kind") => RelationKind::ALL
            .iter()
            .filter(|k| **k != RelationKind::Other)
            .map(|k| k.token())
            .collect(),
        (TableKind::Sourcing, "origin") => tokens(Origin::ALL, Origin::token),
        (TableKind::Sourcing, "reason") => tokens(Reason::ALL, Reason::token),
        _ => Vec::new(),
    }
}

/// What happens to a value of the column that nobody understood: the
/// token it is read as, or `None` when its row is set aside (a sourcing
/// answer without an origin) or, for relations, kept under its own word.
pub fn fallback(table: TableKind, column: &str) -> Option<&'static str> {
    match (table, column) {
        (TableKind::Actors, "kind") => Some("firm"),
        (TableKind::Actors, "locality") => Some("local"),
        (TableKind::Stages, "band") => Some("core"),
        (TableKind::Sourcing, "reason") => Some("other"),
        _ => None,
    }
}

/// The user's choices of what values mean, for all files: applied before
/// the built-in vocabulary, saved like column choices.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ValueMapping {
    pub choices: Vec<ValueChoice>,
}

/// What one value of one categorical column means: a canonical token of
/// the column's vocabulary, or `None` to keep it as a kind of its own
/// (relation kinds) or to take the column's default (the others).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueChoice {
    pub table: TableKind,
    pub column: String,
    /// As written; compared after folding.
    pub value: String,
    pub meaning: Option<String>,
}

impl ValueMapping {
    /// The choice for `value`: `Some(Some(token))`, `Some(None)` (own kind
    /// or default), or `None` when the user made no choice.
    pub fn meaning(&self, table: TableKind, column: &str, value: &str) -> Option<Option<&str>> {
        if self.choices.is_empty() {
            return None;
        }
        let folded = fold_token(value);
        self.choices
            .iter()
            .find(|c| c.table == table && c.column == column && fold_token(&c.value) == folded)
            .map(|c| c.meaning.as_deref())
    }

    /// Sets (or replaces) the meaning of one value.
    pub fn set(&mut self, table: TableKind, column: &str, value: &str, meaning: Option<&str>) {
        self.unset(table, column, value);
        self.choices.push(ValueChoice {
            table,
            column: column.to_string(),
            value: value.to_string(),
            meaning: meaning.map(str::to_string),
        });
    }

    /// Forgets the choice for one value: the vocabulary decides again.
    pub fn unset(&mut self, table: TableKind, column: &str, value: &str) {
        let folded = fold_token(value);
        self.choices.retain(|c| {
            !(c.table == table && c.column == column && fold_token(&c.value) == folded)
        });
    }
}

/// One distinct value of a categorical column, as the value-mapping step
/// shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueCount {
    /// As first written.
    pub value: String,
    /// The token it was read as; `None` for a kind kept under its own word
    /// or a value that took the column's default.
    pub meaning: Option<String>,
    /// Read by the built-in vocabulary (not defaulted, not chosen).
    pub understood: bool,
    pub chosen: bool,
    pub rows: usize,
}

/// The distinct values of one categorical column over all files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValuePreview {
    pub table: TableKind,
    pub column: String,
    pub values: Vec<ValueCount>,
}

impl ValuePreview {
    /// A value neither the vocabulary nor the user understood: the step
    /// opens by itself.
    pub fn unsure(&self) -> bool {
        self.values.iter().any(|v| !v.understood && !v.chosen)
    }
}
