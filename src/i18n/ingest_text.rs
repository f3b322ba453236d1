//! Texts for the validation report and reading errors.

use super::{IngestMsg as M, Lang};
use crate::ingest::{preset, Action, CellFault, Expected, IngestError, Issue, Problem};

/// (problem, what was done) for one report entry.
pub fn describe_problem(lang: Lang, problem: &Problem) -> (String, String) {
    let issue = match problem.issue {
        Issue::MissingValue => M::IssueMissingValue,
        Issue::DuplicateId => M::IssueDuplicateId,
        Issue::UnknownActor => M::IssueUnknownActor,
        Issue::AmbiguousActor => M::IssueAmbiguousActor,
        Issue::UnknownStage => M::IssueUnknownStage,
        Issue::UnknownKind => M::IssueUnknownKind,
        Issue::UnknownBand => M::IssueUnknownBand,
        Issue::UnknownLocality => M::IssueUnknownLocality,
        Issue::UnknownRelationKind => M::IssueUnknownRelationKind,
        Issue::UnknownOrigin => M::IssueUnknownOrigin,
        Issue::UnknownReason => M::IssueUnknownReason,
        Issue::NotANumber => M::IssueNotANumber,
        Issue::OutOfRange => M::IssueOutOfRange,
        Issue::SelfRelation => M::IssueSelfRelation,
        Issue::UnknownColumn => M::IssueUnknownColumn,
        Issue::NestedValue => M::IssueNestedValue,
        Issue::LegacyEncoding => M::IssueLegacyEncoding,
        Issue::InvalidUtf8 => M::IssueInvalidUtf8,
        Issue::UnknownSheet => M::IssueUnknownSheet,
        Issue::NoRows => M::IssueNoRows,
        Issue::NoStagesTable => M::IssueNoStagesTable,
        Issue::WeightScale => M::IssueWeightScale,
        Issue::HiddenCharacters => M::IssueHiddenCharacters,
    };
    let action = match &problem.action {
        Action::RowSkipped => lang.text(M::ActionRowSkipped).to_string(),
        Action::ValueIgnored => lang.text(M::ActionValueIgnored).to_string(),
        Action::ColumnIgnored => lang.text(M::ActionColumnIgnored).to_string(),
        Action::Defaulted(v) => lang.format(M::ActionDefaulted, &[("value", v.clone())]),
        Action::Decoded(encoding) => {
            lang.format(M::ActionDecoded, &[("encoding", encoding.clone())])
        }
        Action::Replaced => lang.text(M::ActionReplaced).to_string(),
        Action::TableIgnored => lang.text(M::ActionTableIgnored).to_string(),
        Action::PresetStages(id) => {
            let name = preset(id).map_or(id.as_str(), |p| match lang {
                Lang::En => p.name,
                Lang::Tr => p.name_tr,
                Lang::De => p.name_de,
            });
            lang.format(M::ActionPresetStages, &[("preset", name.to_string())])
        }
        Action::StagesFromActors => lang.text(M::ActionStagesFromActors).to_string(),
        Action::GenericStage => lang.text(M::ActionGenericStage).to_string(),
        Action::KeptAsAttribute => lang.text(M::ActionKeptAsAttribute).to_string(),
        Action::KeptAsOwnKind => lang.text(M::ActionKeptAsOwnKind).to_string(),
        Action::Rescaled => lang.text(M::ActionRescaled).to_string(),
        Action::HiddenRemoved => lang.text(M::ActionHiddenRemoved).to_string(),
    };
    let issue = match (&problem.issue, &problem.value) {
        (Issue::WeightScale | Issue::HiddenCharacters, Some(v)) => {
            lang.format(issue, &[("value", v.clone())])
        }
        _ => lang.text(issue).to_string(),
    };
    (issue, action)
}

/// A complete sentence naming the file and, where known, line and column.
pub fn describe_error(lang: Lang, error: &IngestError) -> String {
    let s = |v: &str| v.to_string();
    match error {
        IngestError::NoFiles => lang.text(M::ErrNoFiles).to_string(),
        IngestError::Empty { file } => lang.format(M::ErrEmpty, &[("file", s(file))]),
        IngestError::TooLarge { file, bytes, limit } => lang.format(
            M::ErrTooLarge,
            &[
                ("file", s(file)),
                ("size", lang.number(*bytes as f64 / 1_048_576.0, 1)),
                ("limit", (limit / 1_048_576).to_string()),
            ],
        ),
        IngestError::Binary { file } => lang.format(M::ErrBinary, &[("file", s(file))]),
        IngestError::Workbook { file, message } => {
            lang.format(M::ErrWorkbook, &[("file", s(file)), ("detail", s(message))])
        }
        IngestError::SheetCell {
            file,
            sheet,
            cell,
            fault,
        } => lang.format(
            match fault {
                CellFault::Reference => M::ErrSheetReference,
                CellFault::MissingText => M::ErrSheetMissingText,
                CellFault::CutShort => M::ErrSheetCutShort,
            },
            &[("file", s(file)), ("sheet", s(sheet)), ("cell", s(cell))],
        ),
        IngestError::NoKnownSheet { file, sheets } => lang.format(
            M::ErrNoKnownSheet,
            &[("file", s(file)), ("sheets", shorten(sheets))],
        ),
        IngestError::Xml {
            file,
            line,
            message,
        } => lang.format(
            M::ErrXml,
            &[
                ("file", s(file)),
                ("line", line.to_string()),
                ("detail", s(message)),
            ],
        ),
        IngestError::UnknownXml { file, root } => {
            lang.format(M::ErrUnknownXml, &[("file", s(file)), ("root", s(root))])
        }
        IngestError::UnclosedQuote { file, line } => lang.format(
            M::ErrUnclosedQuote,
            &[("file", s(file)), ("line", line.to_string())],
        ),
        IngestError::TooManyColumns {
            file,
            line,
            columns,
            limit,
        } => lang.format(
            M::ErrTooManyColumns,
            &[
                ("file", s(file)),
                ("line", line.to_string()),
                ("columns", columns.to_string()),
                ("limit", limit.to_string()),
            ],
        ),
        IngestError::RepeatedRow {
            file,
            line,
            repeats,
            limit,
        } => lang.format(
            M::ErrRepeatedRow,
            &[
                ("file", s(file)),
                ("line", line.to_string()),
                ("repeats", lang.number(*repeats as f64, 0)),
                ("limit", lang.number(*limit as f64, 0)),
            ],
        ),
        IngestError::SheetTooLarge { file, cells, limit } => lang.format(
            M::ErrSheetTooLarge,
            &[
                ("file", s(file)),
                ("cells", lang.number(*cells as f64, 0)),
                ("limit", lang.number(*limit as f64, 0)),
            ],
        ),
        IngestError::PartTooLarge {
            file,
            part,
            limit_mb,
        } => lang.format(
            M::ErrPartTooLarge,
            &[
                ("file", s(file)),
                ("part", s(part)),
                ("limit", lang.number(*limit_mb as f64, 0)),
            ],
        ),
        IngestError::TooManySheets {
            file,
            sheets,
            limit,
        } => lang.format(
            M::ErrTooManySheets,
            &[
                ("file", s(file)),
                ("sheets", lang.number(*sheets as f64, 0)),
                ("limit", lang.number(*limit as f64, 0)),
            ],
        ),
        IngestError::CellTooLong {
            file,
            line,
            column,
            chars,
            limit,
        } => lang.format(
            M::ErrCellTooLong,
            &[
                ("file", s(file)),
                ("line", line.to_string()),
                ("column", column.to_string()),
                ("chars", lang.number(*chars as f64, 0)),
                ("limit", lang.number(*limit as f64, 0)),
            ],
        ),
        IngestError::XmlEntities { file, line } => lang.format(
            M::ErrXmlEntities,
            &[("file", s(file)), ("line", line.to_string())],
        ),
        IngestError::Json {
            file,
            line,
            column,
            message,
        } => lang.format(
            M::ErrJson,
            &[
                ("file", s(file)),
                ("line", line.to_string()),
                ("column", column.to_string()),
                ("detail", s(message)),
            ],
        ),
        IngestError::JsonShape {
            file,
            path,
            expected,
        } => {
            let expected = lang.text(match expected {
                Expected::Object => M::ExpectedObject,
                Expected::Array => M::ExpectedArray,
                Expected::ActorsArray => M::ExpectedActors,
            });
            lang.format(
                M::ErrJsonShape,
                &[
                    ("file", s(file)),
                    ("path", s(path)),
                    ("expected", s(expected)),
                ],
            )
        }
        IngestError::Csv {
            file,
            line,
            message,
        } => lang.format(
            M::ErrCsv,
            &[
                ("file", s(file)),
                ("line", line.to_string()),
                ("detail", s(message)),
            ],
        ),
        IngestError::UnknownTable { file, header } => lang.format(
            M::ErrUnknownTable,
            &[("file", s(file)), ("header", shorten(header))],
        ),
        IngestError::MissingColumn { file, column } => lang.format(
            M::ErrMissingColumn,
            &[("file", s(file)), ("column", s(column))],
        ),
        IngestError::NoActors => lang.text(M::ErrNoActors).to_string(),
        IngestError::NoStages { file } => lang.format(M::ErrNoStages, &[("file", s(file))]),
        IngestError::NeedsReader { file } => {
            lang.format(M::ErrNeedsReader, &[("file", file.clone())])
        }
        IngestError::TemplateNotWritten { file, detail } => match detail {
            Some(detail) => lang.format(
                super::WorkbookUiMsg::WriterStopped,
                &[("file", file.clone()), ("detail", detail.clone())],
            ),
            None => lang.format(
                super::WorkbookUiMsg::WriterDidNotStart,
                &[("file", file.clone())],
            ),
        },
        IngestError::ReaderStopped { file, detail } => lang.format(
            M::ErrReaderStopped,
            &[("file", file.clone()), ("detail", detail.clone())],
        ),
    }
}

/// At most eight names, then how many more, so a 10,000-column header does
/// not flood the message.
fn shorten(names: &[String]) -> String {
    let mut shown = names.iter().take(8).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > 8 {
        shown.push_str(&format!(", … (+{})", names.len() - 8));
    }
    shown
}
