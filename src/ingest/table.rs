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
    /// The row number the user sees: Excel's row of a sheet, the 1-based
    /// line of a CSV file, the position + 1 in a JSON array or graph file.
    pub number: usize,
    pub cells: Vec<(&'static str, Cell)>,
    /// Non-empty values of columns that are not part of the format, by
    /// header as written: kept as attributes of actors and relations.
    pub extra: Vec<(String, String)>,
}

impl Row {
    pub fn new(number: usize, cells: Vec<(&'static str, Cell)>) -> Self {
        Self {
            number,
            cells,
            extra: Vec::new(),
        }
    }

    /// Keeps a value of a column that is not part of the format; the
    /// first value under a name wins, empty values are left out.
    pub fn keep_extra(&mut self, name: &str, value: String) {
        let value = value.trim().to_string();
        if !value.is_empty() && !self.extra.iter().any(|(n, _)| n == name) {
            self.extra.push((name.trim().to_string(), value));
        }
    }

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
    /// Columns the user chose to ignore, or (in tables without attributes:
    /// stages, sourcing, meta) columns that are not part of the format.
    pub ignored_columns: Vec<String>,
    /// Columns not part of the format whose values are in [`Row::extra`].
    pub extra_columns: Vec<String>,
    /// A currency named in a header's brackets ("Volumen (EUR)").
    pub currency: Option<String>,
    /// The scale a strength header declares ("Yoğunluk (0-100)").
    pub scale: Option<(f64, f64)>,
}

impl Table {
    pub fn new(file: String, kind: TableKind, rows: Vec<Row>) -> Self {
        Self {
            file,
            kind,
            rows,
            ignored_columns: Vec::new(),
            extra_columns: Vec::new(),
            currency: None,
            scale: None,
        }
    }

    /// Records that column `name` is not part of the format: its values
    /// stay as attributes of actors and relations, and are reported as
    /// ignored for the other tables.
    pub fn note_extra(&mut self, name: &str) {
        let list = if matches!(self.kind, TableKind::Actors | TableKind::Relations) {
            &mut self.extra_columns
        } else {
            &mut self.ignored_columns
        };
        if !list.iter().any(|n| n == name) {
            list.push(name.to_string());
        }
    }
}
