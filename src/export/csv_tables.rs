//! Result tables as CSV, in two forms:
//!
//! - [`CsvForm::Localised`], for the user's Excel: headers and category
//!   values in the UI language; for Turkish and German `;` between cells
//!   and a decimal comma, since Excel in those locales splits at `;` and
//!   reads `12,5` as a number (a comma-separated file opens as one column);
//!   English `,` and `.`.
//! - [`CsvForm::Canonical`], for scripts: the format's codes (`supplier`,
//!   `attract_investor`), `,` and `.`, whatever the UI language.
//!
//! Both are UTF-8 with a BOM, so Excel shows Turkish and German letters
//! right, and every text cell goes through [`super::neutralise`].

use crate::analysis::ClusterReport;
use crate::i18n::{self, stage_name, ExportMsg as E, Lang};
use crate::model::Dataset;
use crate::privacy::Disclosure;

const BOM: &str = "\u{feff}";

/// Which of the two CSV forms to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvForm {
    /// Headers and values in the language, with its separator and decimal mark.
    Localised,
    /// Canonical codes, `,` and `.`, for scripts.
    Canonical,
}

/// One cell: text (neutralised if formula-like) or a number written with
/// a point, turned into the language's decimal mark when localised.
enum Cell {
    Text(String),
    Number(String),
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}

/// How cells are separated and decimals written.
#[derive(Clone, Copy)]
struct Layout {
    separator: u8,
    decimal_comma: bool,
}

impl Layout {
    fn of(form: CsvForm, lang: Lang) -> Self {
        let excel_de_tr = form == CsvForm::Localised && lang != Lang::En;
        Layout {
            separator: if excel_de_tr { b';' } else { b',' },
            decimal_comma: excel_de_tr,
        }
    }
}

fn write(rows: Vec<Vec<Cell>>, layout: Layout) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(layout.separator)
        .from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail except on out-of-memory.
        let _ = w.write_record(row.iter().map(|cell| match cell {
            Cell::Text(t) => super::neutralise(t).into_owned(),
            Cell::Number(n) if layout.decimal_comma => n.replace('.', ","),
            Cell::Number(n) => n.clone(),
        }));
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

fn num(v: Option<f64>) -> Cell {
    Cell::Number(v.map(|x| format!("{x}")).unwrap_or_default())
}

/// A header: the canonical code, or its name in the language.
fn header(form: CsvForm, lang: Lang, code: &str, msg: E) -> Cell {
    match form {
        CsvForm::Canonical => code.into(),
        CsvForm::Localised => lang.text(msg).into(),
    }
}

/// A category value: its token, or its word in the language.
fn category(form: CsvForm, token: &str, word: &str) -> Cell {
    match form {
        CsvForm::Canonical => token.into(),
        CsvForm::Localised => word.into(),
    }
}

fn yes_no(form: CsvForm, lang: Lang, v: bool) -> Cell {
    match form {
        CsvForm::Canonical => v.to_string().into(),
        CsvForm::Localised => lang.text(if v { E::Yes } else { E::No }).into(),
    }
}

/// One row per actor: attributes and network metrics, then one column per
/// extra attribute the files carried (in first-seen order).
pub fn actors_csv(dataset: &Dataset, report: &ClusterReport) -> String {
    actors_csv_disclosed(dataset, report, Lang::En, &Disclosure::default())
}

/// [`actors_csv`] under a privacy choice, in canonical codes: while
/// anonymised, ids and names are codes, employees and export shares bands,
/// and the file's extra columns (which may name people or firms) are left
/// out. `lang` writes the kind word of the codes and the bands' numbers.
pub fn actors_csv_disclosed(
    dataset: &Dataset,
    report: &ClusterReport,
    lang: Lang,
    disclosure: &Disclosure,
) -> String {
    actors_csv_in(dataset, report, lang, disclosure, CsvForm::Canonical)
}

/// [`actors_csv_disclosed`] in either form: [`CsvForm::Localised`] names
/// the columns, kinds, stages and localities in `lang`.
pub fn actors_csv_in(
    dataset: &Dataset,
    report: &ClusterReport,
    lang: Lang,
    disclosure: &Disclosure,
    form: CsvForm,
) -> String {
    let mut extra: Vec<&str> = Vec::new();
    for a in dataset
        .actors
        .iter()
        .filter(|_| disclosure.shows_free_text())
    {
        for (name, _) in &a.attributes {
            if !extra.contains(&name.as_str()) {
                extra.push(name);
            }
        }
    }
    let columns = [
        ("id", E::ColId),
        ("name", E::ColName),
        ("kind", E::ColKind),
        ("stage", E::ColStage),
        ("locality", E::ColLocality),
        ("employees", E::ColEmployees),
        ("export_share", E::ColExportShare),
        ("degree", E::ColDegree),
        ("weighted_degree", E::ColWeightedDegree),
        ("supply_in", E::ColSupplyIn),
        ("supply_out", E::ColSupplyOut),
        ("betweenness", E::ColBetweenness),
        ("closeness", E::ColCloseness),
        ("community", E::ColCommunity),
    ];
    let mut head: Vec<Cell> = columns
        .iter()
        .map(|(code, msg)| header(form, lang, code, *msg))
        .collect();
    head.extend(extra.iter().map(|s| Cell::from(*s)));
    let mut rows = vec![head];
    let count = |n: usize| Cell::Number(n.to_string());
    for (i, (a, m)) in dataset.actors.iter().zip(&report.actors).enumerate() {
        let stage = match form {
            CsvForm::Canonical => a.primary_stage().unwrap_or_default().into(),
            CsvForm::Localised => dataset
                .actor_stage(i)
                .and_then(|s| dataset.stages.get(s))
                .map(|s| stage_name(lang, s))
                .or(a.primary_stage())
                .unwrap_or_default()
                .into(),
        };
        let mut row = vec![
            disclosure.public_id(dataset, i).into(),
            disclosure.name(lang, dataset, i).into(),
            category(form, a.kind.token(), i18n::actor_kind(lang, a.kind)),
            stage,
            category(form, a.locality.token(), i18n::locality(lang, a.locality)),
            match a.employees {
                Some(e) if disclosure.is_anonymised() => disclosure.employees(lang, e).into(),
                Some(e) => Cell::Number(e.to_string()),
                None => "".into(),
            },
            match a.export_share {
                Some(x) if disclosure.is_anonymised() => disclosure.share(lang, x).into(),
                other => num(other),
            },
            count(m.degree),
            Cell::Number(m.weighted_degree.to_string()),
            count(m.supply_in),
            count(m.supply_out),
            Cell::Number(format!("{:.6}", m.betweenness)),
            Cell::Number(format!("{:.6}", m.closeness)),
            Cell::Number(m.community.to_string()),
        ];
        row.extend(extra.iter().map(|name| {
            crate::model::attribute(&a.attributes, name)
                .unwrap_or_default()
                .into()
        }));
        rows.push(row);
    }
    write(rows, Layout::of(form, lang))
}

/// One row per stage: supply, demand, leakage and the opportunity score.
pub fn stages_csv(dataset: &Dataset, report: &ClusterReport, lang: Lang) -> String {
    stages_csv_disclosed(dataset, report, lang, &Disclosure::default())
}

/// [`stages_csv`] under a privacy choice, in canonical codes: counts of
/// fewer than 3 firms are written "<3" and their volume and leakage share
/// left empty; other volumes are bands.
pub fn stages_csv_disclosed(
    dataset: &Dataset,
    report: &ClusterReport,
    lang: Lang,
    disclosure: &Disclosure,
) -> String {
    stages_csv_in(dataset, report, lang, disclosure, CsvForm::Canonical)
}

/// [`stages_csv_disclosed`] in either form: [`CsvForm::Localised`] names
/// the columns, bands, yes/no and actions in `lang`.
pub fn stages_csv_in(
    dataset: &Dataset,
    report: &ClusterReport,
    lang: Lang,
    disclosure: &Disclosure,
    form: CsvForm,
) -> String {
    let columns = [
        ("stage_id", E::ColStageId),
        ("stage", E::ColStage),
        ("band", E::ColBand),
        ("local_actors", E::ColLocalActors),
        ("demand", E::ColDemand),
        ("buying_outside", E::ColBuyingOutside),
        ("volume_outside", E::ColVolumeOutside),
        ("leakage_share", E::ColLeakageShare),
        ("missing", E::ColMissing),
        ("thin", E::ColThin),
        ("opportunity_score", E::ColScore),
        ("action", E::ColAction),
    ];
    let mut rows = vec![columns
        .iter()
        .map(|(code, msg)| header(form, lang, code, *msg))
        .collect::<Vec<_>>()];
    // A small count is "<3" text; a count that may show is a number.
    let firms = |n: usize| {
        if disclosure.shows_figure_about(n) {
            Cell::Number(n.to_string())
        } else {
            Cell::Text(disclosure.cell(n))
        }
    };
    for p in &report.stages {
        let stage = &dataset.stages[p.stage];
        let opp = report.opportunities.iter().find(|o| o.stage == p.stage);
        let leaking = p.leaking_firms.len();
        let (volume, share) = if !disclosure.is_anonymised() {
            (
                Cell::Number(format!("{}", p.leaking_volume)),
                Cell::Number(format!("{:.4}", p.leakage_share())),
            )
        } else if disclosure.shows_figure_about(leaking) {
            (
                disclosure.volume(lang, p.leaking_volume).into(),
                Cell::Number(format!("{:.1}", p.leakage_share())),
            )
        } else {
            (Cell::from(""), Cell::from(""))
        };
        rows.push(vec![
            stage.id.clone().into(),
            stage_name(lang, stage).into(),
            category(form, stage.band.token(), i18n::band(lang, stage.band)),
            Cell::Number(p.local_actors.len().to_string()),
            firms(p.demand.len()),
            firms(leaking),
            volume,
            share,
            yes_no(form, lang, p.missing),
            yes_no(form, lang, p.thin),
            opp.map(|o| Cell::Number(format!("{:.1}", o.score)))
                .unwrap_or_else(|| "".into()),
            opp.map(|o| category(form, o.action.token(), i18n::action(lang, o.action)))
                .unwrap_or_else(|| "".into()),
        ]);
    }
    write(rows, Layout::of(form, lang))
}
