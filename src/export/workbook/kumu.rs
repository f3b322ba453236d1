//! A Kumu (kumu.io) blueprint workbook: an "Elements" sheet (Label, Type,
//! Description, Tags and the other fields) and a "Connections" sheet
//! (From, To, Type, Strength, …), with Kumu's English column names, which
//! Kumu's import and our own reader (`crate::ingest::kumu`) both know.

use super::{write, Cell, Sheet};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::privacy::Disclosure;

/// Kumu's separator of several values in one cell.
const LIST: &str = "|";

/// The Kumu blueprint of `dataset` under `disclosure`. Connections name
/// their ends by Label, as Kumu matches them; where two elements share a
/// label, by their ID. While anonymised, elements carry codes, bands and
/// no free text, location or extra columns.
pub fn kumu_workbook(
    dataset: &Dataset,
    lang: Lang,
    disclosure: &Disclosure,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    write(&kumu_sheets(dataset, lang, disclosure))
}

fn kumu_sheets(d: &Dataset, lang: Lang, disc: &Disclosure) -> Vec<Sheet> {
    let free = disc.shows_free_text();
    let labels: Vec<String> = (0..d.actors.len()).map(|i| disc.name(lang, d, i)).collect();
    let end = |i: usize| {
        let label = &labels[i];
        if labels.iter().filter(|l| *l == label).count() > 1 {
            Cell::text(disc.public_id(d, i))
        } else {
            Cell::text(label.as_str())
        }
    };
    let names = |attrs: &mut dyn Iterator<Item = &crate::model::Attributes>| {
        let mut out: Vec<String> = Vec::new();
        for list in attrs {
            for (name, _) in list {
                if !out.contains(name) {
                    out.push(name.clone());
                }
            }
        }
        out
    };
    let actor_extra = if free {
        names(&mut d.actors.iter().map(|a| &a.attributes))
    } else {
        Vec::new()
    };
    let relation_extra = if free {
        names(&mut d.relations.iter().map(|r| &r.attributes))
    } else {
        Vec::new()
    };

    let mut element_header: Vec<&str> = vec![
        "Label",
        "Type",
        "ID",
        "Stage",
        "Employees",
        "Export share",
        "Locality",
    ];
    if free {
        element_header.extend([
            "Description",
            "Tags",
            "Export markets",
            "District",
            "Founded",
            "Latitude",
            "Longitude",
        ]);
    }
    let mut header: Vec<String> = element_header.iter().map(|s| s.to_string()).collect();
    header.extend(actor_extra.iter().cloned());
    let elements = Sheet {
        name: "Elements".into(),
        header,
        rows: d
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut row = vec![
                    Cell::text(labels[i].as_str()),
                    Cell::text(a.kind.token()),
                    Cell::text(disc.public_id(d, i)),
                    Cell::text(a.stages.join(LIST)),
                    match a.employees {
                        Some(e) if disc.is_anonymised() => Cell::text(disc.employees(lang, e)),
                        other => Cell::number(other.map(f64::from)),
                    },
                    match a.export_share {
                        Some(s) if disc.is_anonymised() => Cell::text(disc.share(lang, s)),
                        other => Cell::number(other),
                    },
                    Cell::text(a.locality.token()),
                ];
                if free {
                    row.extend([
                        Cell::text(a.notes.as_str()),
                        Cell::text(a.tags.join(LIST)),
                        Cell::text(a.export_markets.join(LIST)),
                        Cell::text(a.district.as_str()),
                        Cell::number(a.founded.map(f64::from)),
                        Cell::number(a.lat),
                        Cell::number(a.lon),
                    ]);
                    row.extend(actor_extra.iter().map(|n| {
                        Cell::text(crate::model::attribute(&a.attributes, n).unwrap_or(""))
                    }));
                }
                row
            })
            .collect(),
    };

    let mut header: Vec<String> = ["From", "To", "Type", "Strength", "Volume"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    if free {
        header.push("Description".into());
        header.extend(relation_extra.iter().cloned());
    }
    let connections = Sheet {
        name: "Connections".into(),
        header,
        rows: d
            .relations
            .iter()
            .map(|r| {
                let mut row = vec![
                    end(r.source),
                    end(r.target),
                    Cell::text(r.kind_label()),
                    Cell::Number(f64::from(r.strength)),
                    match r.volume {
                        Some(v) if disc.is_anonymised() => Cell::text(disc.volume(lang, v)),
                        other => Cell::number(other),
                    },
                ];
                if free {
                    row.push(Cell::text(r.note.as_str()));
                    row.extend(relation_extra.iter().map(|n| {
                        Cell::text(crate::model::attribute(&r.attributes, n).unwrap_or(""))
                    }));
                }
                row
            })
            .collect(),
    };
    vec![elements, connections]
}
