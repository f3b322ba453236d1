//! What can go wrong while reading. Texts for users come from
//! [`crate::i18n`]; `Display` here is for logs and tests.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A whole file (or the whole load) could not be used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum IngestError {
    NoFiles,
    Empty {
        file: String,
    },
    TooLarge {
        file: String,
        bytes: usize,
        limit: usize,
    },
    /// The bytes are not text in any encoding a survey export uses (a
    /// picture or archive renamed to `.csv`, say).
    Binary {
        file: String,
    },
    /// A workbook (XLSX, ODS, XLS) that cannot be opened: truncated,
    /// corrupt, or password-protected.
    Workbook {
        file: String,
        message: String,
    },
    /// One cell of a worksheet makes the sheet unreadable: the workbook is
    /// damaged or was written wrongly, at the place named.
    SheetCell {
        file: String,
        sheet: String,
        /// The cell, as written (`B12`), or the impossible reference.
        cell: String,
        fault: CellFault,
    },
    /// A workbook whose sheets match none of the tables of the format.
    NoKnownSheet {
        file: String,
        sheets: Vec<String>,
    },
    /// A GEXF or GraphML document that is not well-formed XML.
    Xml {
        file: String,
        line: usize,
        message: String,
    },
    /// An XML document that is neither GEXF nor GraphML.
    UnknownXml {
        file: String,
        root: String,
    },
    /// A quoted cell whose closing quote never comes: everything after it
    /// would silently become one cell.
    UnclosedQuote {
        file: String,
        /// 1-based line where the quote opens.
        line: usize,
    },
    /// A row wider than any survey table, usually a wrong delimiter or a
    /// broken export; refused so the browser tab stays responsive.
    TooManyColumns {
        file: String,
        /// 1-based line (CSV) or sheet row (workbooks).
        line: usize,
        columns: usize,
        limit: usize,
    },
    /// An ODS row with content that asks for more copies of itself than a
    /// survey sheet holds (`table:number-rows-repeated`): refused before
    /// it is expanded.
    RepeatedRow {
        /// `book.ods#Sheet`.
        file: String,
        /// 1-based sheet row.
        line: usize,
        repeats: usize,
        limit: usize,
    },
    /// A sheet that would unpack to more cells than the browser can hold
    /// for a survey.
    SheetTooLarge {
        file: String,
        cells: usize,
        limit: usize,
    },
    /// A part of a zipped workbook that unpacks to more than a survey
    /// sheet ever needs (a zip bomb, or a sheet padded with gigabytes):
    /// refused as soon as the limit is passed, before it is all unpacked.
    PartTooLarge {
        file: String,
        /// The part inside the package, e.g. `xl/worksheets/sheet1.xml`.
        part: String,
        /// The limit in MiB.
        limit_mb: usize,
    },
    /// A workbook with more sheets than a survey has; refused before any
    /// sheet is read (one sheet per respondent is not a table clustermap
    /// can use).
    TooManySheets {
        file: String,
        sheets: usize,
        limit: usize,
    },
    /// A cell longer than Excel itself allows in a cell (32,767
    /// characters): not survey data, and it would make the map unusable.
    CellTooLong {
        /// The file, or `book.xlsx#Sheet`.
        file: String,
        /// 1-based line (CSV) or sheet row.
        line: usize,
        /// 1-based column.
        column: usize,
        chars: usize,
        limit: usize,
    },
    /// An XML file that declares its own entities in a DOCTYPE (entity
    /// bombs such as "billion laughs", or external entities pointing at
    /// other files): refused, as no GEXF or GraphML writer needs them.
    XmlEntities {
        file: String,
        line: usize,
    },
    Json {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    JsonShape {
        file: String,
        /// Where in the document, e.g. `actors` or `actors[3]`.
        path: String,
        expected: Expected,
    },
    Csv {
        file: String,
        line: usize,
        message: String,
    },
    /// The header matches none of the known tables.
    UnknownTable {
        file: String,
        header: Vec<String>,
    },
    MissingColumn {
        file: String,
        column: String,
    },
    /// The files (or the template workbook) could not be handled: every
    /// file is read in the reader's worker, which could not start.
    NeedsReader {
        file: String,
    },
    /// The reader's worker stopped while reading (a panic, out of memory);
    /// a new one is started for the next load.
    ReaderStopped {
        file: String,
        detail: String,
    },
    /// The template workbook `file` was not written: the export worker
    /// did not start (`detail` is `None`), or it stopped or refused with
    /// `detail`.
    TemplateNotWritten {
        file: String,
        detail: Option<String>,
    },
    /// Everything read, but no actor survived validation.
    NoActors,
    NoStages {
        /// The stages table none of whose rows could be read.
        file: String,
    },
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoFiles => write!(f, "no file given"),
            Self::Empty { file } => write!(f, "{file}: the file is empty"),
            Self::TooLarge { file, bytes, limit } => {
                write!(f, "{file}: {bytes} bytes is above the limit of {limit}")
            }
            Self::Binary { file } => write!(f, "{file}: not a text file"),
            Self::Workbook { file, message } => {
                write!(f, "{file}: the workbook cannot be opened: {message}")
            }
            Self::SheetCell {
                file,
                sheet,
                cell,
                fault,
            } => {
                let what = match fault {
                    CellFault::Reference => "cell reference beyond Excel's limits",
                    CellFault::MissingText => "refers to a shared text that is missing",
                    CellFault::CutShort => "the sheet ends inside this cell",
                };
                write!(f, "{file}#{sheet}, cell {cell}: {what}")
            }
            Self::NoKnownSheet { file, sheets } => {
                write!(f, "{file}: no known table in sheets {}", sheets.join(", "))
            }
            Self::Xml {
                file,
                line,
                message,
            } => write!(f, "{file}: line {line}: {message}"),
            Self::UnknownXml { file, root } => {
                write!(f, "{file}: XML root <{root}> is neither GEXF nor GraphML")
            }
            Self::UnclosedQuote { file, line } => {
                write!(f, "{file}: line {line}: quote never closed")
            }
            Self::TooManyColumns {
                file,
                line,
                columns,
                limit,
            } => write!(
                f,
                "{file}: line {line}: {columns} columns is above the limit of {limit}"
            ),
            Self::RepeatedRow {
                file,
                line,
                repeats,
                limit,
            } => write!(
                f,
                "{file}: row {line} is repeated {repeats} times, above the limit of {limit}"
            ),
            Self::SheetTooLarge { file, cells, limit } => {
                write!(f, "{file}: {cells} cells is above the limit of {limit}")
            }
            Self::PartTooLarge {
                file,
                part,
                limit_mb,
            } => write!(f, "{file}: {part} unpacks to more than {limit_mb} MiB"),
            Self::TooManySheets {
                file,
                sheets,
                limit,
            } => write!(f, "{file}: {sheets} sheets is above the limit of {limit}"),
            Self::CellTooLong {
                file,
                line,
                column,
                chars,
                limit,
            } => write!(
                f,
                "{file}: line {line}, column {column}: {chars} characters in one cell is above the limit of {limit}"
            ),
            Self::XmlEntities { file, line } => {
                write!(f, "{file}: line {line}: declares its own entities")
            }
            Self::Json {
                file,
                line,
                column,
                message,
            } => write!(f, "{file}: line {line}, column {column}: {message}"),
            Self::JsonShape {
                file,
                path,
                expected,
            } => write!(f, "{file}: {path}: expected {expected:?}"),
            Self::Csv {
                file,
                line,
                message,
            } => write!(f, "{file}: line {line}: {message}"),
            Self::UnknownTable { file, header } => {
                write!(
                    f,
                    "{file}: unknown table with columns {}",
                    header.join(", ")
                )
            }
            Self::MissingColumn { file, column } => {
                write!(f, "{file}: required column '{column}' is missing")
            }
            Self::NeedsReader { file } => {
                write!(f, "{file}: the reader worker could not start")
            }
            Self::ReaderStopped { file, detail } => {
                write!(f, "{file}: the reader worker stopped ({detail})")
            }
            Self::TemplateNotWritten { file, detail } => match detail {
                Some(detail) => write!(f, "{file}: the export worker stopped ({detail})"),
                None => write!(f, "{file}: the export worker could not start"),
            },
            Self::NoActors => write!(f, "no actors could be read"),
            Self::NoStages { file } => write!(f, "{file}: no value-chain stages could be read"),
        }
    }
}

impl std::error::Error for IngestError {}

/// What a JSON document should have had at some place.
/// What is wrong with the cell of an [`IngestError::SheetCell`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CellFault {
    /// A reference no sheet can have (more than 3 letters or a row past
    /// 1,048,576).
    Reference,
    /// A shared-string index the workbook's string table does not have.
    MissingText,
    /// The sheet's markup stops inside the cell.
    CutShort,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expected {
    Object,
    Array,
    ActorsArray,
}

/// What was wrong with one cell or row.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Issue {
    MissingValue,
    DuplicateId,
    UnknownActor,
    AmbiguousActor,
    UnknownStage,
    UnknownKind,
    UnknownBand,
    UnknownLocality,
    UnknownRelationKind,
    UnknownOrigin,
    UnknownReason,
    NotANumber,
    OutOfRange,
    SelfRelation,
    UnknownColumn,
    NestedValue,
    /// The file is not UTF-8; `value` names the encoding it was read in.
    LegacyEncoding,
    /// Mostly UTF-8 but with bytes that are not; `row` is the line - 1.
    InvalidUtf8,
    /// A workbook sheet that matches no table; `column` is the sheet name.
    UnknownSheet,
    /// A table with a header but no data rows.
    NoRows,
    /// No stages table was given; the stages come from elsewhere.
    NoStagesTable,
    /// Weights on another scale than 1–5; `value` is the file's range.
    WeightScale,
    /// Invisible, direction-changing or control characters; `value`
    /// names them (U+202E, …).
    HiddenCharacters,
}

/// What the reader did about it, so the user knows what the map shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    RowSkipped,
    ValueIgnored,
    /// Replaced by the given value.
    Defaulted(String),
    ColumnIgnored,
    /// The text was decoded from the named encoding.
    Decoded(String),
    /// Undecodable bytes were replaced by U+FFFD.
    Replaced,
    /// A sheet or table was left out.
    TableIgnored,
    /// Stages taken from the sector preset with this id.
    PresetStages(String),
    /// Stages made from the stage names the actors carry.
    StagesFromActors,
    /// One generic core stage holds every actor.
    GenericStage,
    /// The column's values are kept as attributes of actors or relations.
    KeptAsAttribute,
    /// A relation kind that is none of the four is kept under its word.
    KeptAsOwnKind,
    /// Weights mapped from the file's range onto strength 1–5, the
    /// original value kept.
    Rescaled,
    /// The hidden characters were taken out; the rest is kept.
    HiddenRemoved,
}

/// One entry of the validation report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub file: String,
    /// 1-based data row (the header is row 0 in CSV and sheets, so data
    /// row n is line n + 1 of a simple CSV; the array position + 1 in JSON;
    /// the element position + 1 for GEXF/GraphML nodes and edges).
    pub row: Option<usize>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub issue: Issue,
    pub action: Action,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(row) = self.row {
            write!(f, " row {row}")?;
        }
        if let Some(col) = &self.column {
            write!(f, " column {col}")?;
        }
        if let Some(v) = &self.value {
            write!(f, " value {v:?}")?;
        }
        write!(f, ": {:?}, {:?}", self.issue, self.action)
    }
}
