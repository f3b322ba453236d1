//! The neutral shape every reader produces: a named table of rows whose
//! cells are keyed by canonical column names.

/// Which part of the data format a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TableKind {
    Meta,
    Stages,
    Actors,
    Relations,
    Sourcing,
}

impl TableKind {
    pub const ALL: [TableKind; 5] = [
        TableKind::Actors,
        TableKind::Relations,
        TableKind::Stages,
        TableKind::Sourcing,
        TableKind::Meta,
    ];

    /// The name used in saved mappings and in the UI's form values.
    pub fn code(self) -> &'static str {
        match self {
            TableKind::Meta => "meta",
            TableKind::Stages => "stages",
            TableKind::Actors => "actors",
            TableKind::Relations => "relations",
            TableKind::Sourcing => "sourcing",
        }
    }

    pub fn from_code(code: &str) -> Option<TableKind> {
        TableKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A JSON array; CSV multi-value cells arrive as `Text` and are split
    /// by [`Cell::items`].
    List(Vec<String>),
}

impl Cell {
    /// The cell as one trimmed text; lists are joined with `|`.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.trim().to_string(),
            Cell::List(items) => items.join("|"),
        }
    }

    /// The cell as a list: JSON arrays as they are, text split at `|`, `;`,
    /// `,` or line breaks (people type all of them in one Excel cell), with
    /// empty items dropped. Callers that know whole values may contain a
    /// comma (stage names) try the whole text first.
    pub fn items(&self) -> Vec<String> {
        match self {
            Cell::List(items) => items
                .iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
            Cell::Text(t) => t
                .split(['|', ';', ',', '\n', '\r'])
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based position among the data rows, as shown to the user.
    pub number: usize,
    pub cells: Vec<(&'static str, Cell)>,
}

impl Row {
    /// The non-empty text of a column, if present.
    pub fn get(&self, column: &str) -> Option<String> {
        self.cells
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, cell)| cell.text())
            .filter(|t| !t.is_empty())
    }

    pub fn items(&self, column: &str) -> Vec<String> {
        self.cells
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, cell)| cell.items())
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// File name, with the JSON section for JSON (`study.json#actors`).
    pub file: String,
    pub kind: TableKind,
    pub rows: Vec<Row>,
    /// Columns that were present but are not part of the format.
    pub ignored_columns: Vec<String>,
}
