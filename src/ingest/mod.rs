//! Where data enters: survey files become a validated [`Dataset`] plus a
//! report of everything that was not taken as it stood.
//!
//! Each reader turns its format into neutral [`table::Table`]s (rows of named
//! cells); [`assemble`] is the one place that interprets cells, resolves ids
//! and names and records [`Problem`]s. So JSON and CSV behave identically.

mod assemble;
pub mod clean;
pub mod columns;
pub mod csv;
pub mod encoding;
mod error;
pub mod gexf;
pub mod graphml;
pub mod grid;
pub mod json;
pub mod kumu;
pub mod mapping;
pub mod matrix;
pub mod number;
pub mod presets;
mod problems;
pub mod table;
pub mod template;
pub mod xlsx;
mod xml;

pub use assemble::{assemble, assemble_with};
pub use error::{Action, CellFault, Expected, IngestError, Issue, Problem};
pub use presets::{preset, Preset, PRESETS};
pub use problems::{ProblemCount, Problems, MAX_LISTED};
pub use template::{template_sheets, TemplateSheet, TemplateValue};

use crate::model::{Dataset, RelationKind};
use table::Table;

/// Files above this size are refused before reading: the app runs in a
/// browser tab and a survey is far smaller (a 10k-actor registry is ~2 MB).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// One file as the user gave it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Self {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// A dataset and what happened on the way in.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Loaded {
    pub dataset: Dataset,
    pub problems: Problems,
    /// How each grid (CSV file, sheet) was read, for the column-mapping
    /// step; empty for JSON and graph files, whose fields are fixed.
    pub columns: Vec<mapping::GridPreview>,
    /// The distinct values of every categorical column, for the
    /// value-mapping step.
    #[serde(default)]
    pub values: Vec<mapping::ValuePreview>,
}

/// Choices the user makes before loading, for what the files leave open.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LoadOptions {
    /// Id of a [`Preset`] whose stages are used when the files have no
    /// stages table (Kumu, GEXF, GraphML and matrices never do).
    pub preset: Option<String>,
    /// Kind of the relations an adjacency matrix describes: a matrix cell
    /// says only how strong a tie is, not what it is.
    pub matrix_kind: RelationKind,
    /// The user's corrections of header recognition.
    pub columns: mapping::ColumnMapping,
    /// The user's choices of what categorical values mean.
    pub values: mapping::ValueMapping,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            preset: None,
            matrix_kind: RelationKind::Collaboration,
            columns: mapping::ColumnMapping::default(),
            values: mapping::ValueMapping::default(),
        }
    }
}

/// What the readers hand to [`assemble_with`]: tables, notices about whole
/// files (encodings, ignored sheets), and actor lists implied by matrices
/// or graphs, used only when no actors table was given.
#[derive(Debug, Default)]
pub struct Collected {
    pub tables: Vec<Table>,
    pub notices: Vec<Problem>,
    pub implied_actors: Vec<Table>,
    /// Every grid seen, as the mapping step shows it.
    pub previews: Vec<mapping::GridPreview>,
}

/// Reads survey files with default [`LoadOptions`].
///
/// Returns an error only when nothing usable can be read; row-level trouble
/// ends up in [`Loaded::problems`].
pub fn load(files: &[SourceFile]) -> Result<Loaded, IngestError> {
    load_with(files, &LoadOptions::default())
}

/// A JSON document the app wrote or carries itself (the built-in sample,
/// the workspace kept in the browser), read on the page. It is UTF-8 text
/// already, so neither the decoders nor any other reader is linked into
/// the page: every file the user gives is read in the reader's worker.
pub fn load_own_json(name: &str, text: &str) -> Result<Loaded, IngestError> {
    let mut collected = Collected::default();
    json::read_text_into(name, text, &mut collected)?;
    assemble_with(collected, &LoadOptions::default())
}

/// How the grids of `files` are read (or would be, for a grid that
/// matched no table), without failing on a file whose header matches no
/// table: what the mapping step shows when [`load_with`] refused a file.
/// Files that cannot be read at all are left out.
pub fn inspect(files: &[SourceFile], options: &LoadOptions) -> Vec<mapping::GridPreview> {
    let mut collected = Collected::default();
    for file in files.iter().filter(|f| f.bytes.len() <= MAX_FILE_BYTES) {
        // Errors are expected here (that is why the user is mapping); the
        // previews recorded before the error are what is wanted. JSON and
        // graph files have fixed fields and no grids.
        if matches!(sniff(file), Format::Workbook | Format::Delimited) {
            let _ = read(file, options, &mut collected);
        }
    }
    collected.previews
}

fn read(file: &SourceFile, options: &LoadOptions, out: &mut Collected) -> Result<(), IngestError> {
    match sniff(file) {
        Format::Json => json::read_into(file, out),
        Format::Delimited => csv::read_into(file, options, out),
        Format::Workbook => xlsx::read(file, options, out),
        Format::Xml => xml::read(file, out),
    }
}

/// The formats a file can be in, decided by content first (a renamed file
/// is still read correctly) and by extension where content is ambiguous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Workbook,
    Xml,
    Json,
    Delimited,
}

/// Which reader a file goes to. Zip and OLE magic mean a workbook; a
/// `.gexf`/`.graphml`/`.xml` name or a leading `<` means XML; a `.json`
/// name or a leading `{` or `[` means JSON; else delimited text.
pub fn sniff(file: &SourceFile) -> Format {
    let bytes = file.bytes.as_slice();
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Format::Workbook;
    }
    // A workbook name without workbook magic is text: registries and
    // survey tools often export CSV or TSV named ".xls".
    let lower = file.name.to_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    if matches!(ext, "gexf" | "graphml" | "xml") {
        return Format::Xml;
    }
    if ext == "json" {
        return Format::Json;
    }
    let first = bytes
        .strip_prefix(&[0xEF, 0xBB, 0xBF])
        .unwrap_or(bytes)
        .iter()
        .copied()
        .find(|b| !b.is_ascii_whitespace());
    match first {
        Some(b'<') if !matches!(ext, "csv" | "tsv" | "txt") => Format::Xml,
        Some(b'{') | Some(b'[') if !matches!(ext, "csv" | "tsv" | "txt") => Format::Json,
        _ => Format::Delimited,
    }
}

/// Reads any mix of supported files (JSON, Kumu JSON, CSV/TSV in any
/// common encoding, XLSX/ODS/XLS workbooks including Kumu blueprints,
/// GEXF, GraphML, adjacency matrices) into one dataset.
pub fn load_with(files: &[SourceFile], options: &LoadOptions) -> Result<Loaded, IngestError> {
    load_with_progress(files, options, |_| {})
}

/// A step of [`load_with_progress`], for a progress display.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum LoadStep {
    /// File `index` (0-based) of `count` is being read.
    Reading {
        index: usize,
        count: usize,
        file: String,
        bytes: usize,
    },
    /// All files are read; rows, ids and names are being checked.
    Checking,
}

/// [`load_with`], calling `on_step` as each step begins.
pub fn load_with_progress(
    files: &[SourceFile],
    options: &LoadOptions,
    mut on_step: impl FnMut(LoadStep),
) -> Result<Loaded, IngestError> {
    if files.is_empty() {
        return Err(IngestError::NoFiles);
    }
    let mut collected = Collected::default();
    for (index, file) in files.iter().enumerate() {
        on_step(LoadStep::Reading {
            index,
            count: files.len(),
            file: file.name.clone(),
            bytes: file.bytes.len(),
        });
        if file.bytes.len() > MAX_FILE_BYTES {
            return Err(IngestError::TooLarge {
                file: file.name.clone(),
                bytes: file.bytes.len(),
                limit: MAX_FILE_BYTES,
            });
        }
        if file.bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(IngestError::Empty {
                file: file.name.clone(),
            });
        }
        read(file, options, &mut collected)?;
    }
    on_step(LoadStep::Checking);
    assemble_with(collected, options)
}
