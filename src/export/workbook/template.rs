//! The template workbook (`crate::ingest::template_sheets`) as XLSX.

use super::{write, Cell, Sheet};
use crate::i18n::Lang;
use crate::ingest::{template_sheets, TemplateValue};

/// The template workbook in `lang`. Writing to memory fails only on
/// out-of-memory; the empty vector that would stand for it is never
/// produced in practice.
pub fn template_xlsx(lang: Lang) -> Vec<u8> {
    let sheets: Vec<Sheet> = template_sheets(lang)
        .into_iter()
        .map(|s| Sheet {
            name: s.name.to_string(),
            header: s.header.iter().map(|h| h.to_string()).collect(),
            rows: s
                .rows
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|v| match v {
                            TemplateValue::T(t) => Cell::text(*t),
                            TemplateValue::N(n) => Cell::Number(*n),
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    write(&sheets).unwrap_or_default()
}
