//! Turns neutral tables into a validated [`Dataset`], recording a
//! [`Problem`] for every value that was not taken as written.

use rustc_hash::{FxHashMap, FxHashSet};

use super::error::{Action, IngestError, Issue, Problem};
use super::mapping::{ValueCount, ValueMapping, ValuePreview, CATEGORICAL};
use super::number::{parse_number, parse_number_in};
use super::presets::preset;
use super::table::{Row, Table, TableKind};
use super::{Collected, LoadOptions, Problems};
use crate::model::{
    fold_name, fold_token, Actor, ActorKind, Band, Dataset, Locality, Meta, Origin, Reason,
    Relation, RelationKind, Sourcing, Stage,
};

/// Collects problems for one table while its rows are read.
struct Report<'a> {
    file: &'a str,
    problems: &'a mut Problems,
}

impl Report<'_> {
    fn add(&mut self, row: &Row, column: &str, value: Option<&str>, issue: Issue, action: Action) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            row: Some(row.number),
            column: Some(column.to_string()),
            value: value.map(str::to_string),
            issue,
            action,
        });
    }

    /// Optional number in `range`; out-of-range or unreadable values are
    /// reported and left out.
    fn number(&mut self, row: &Row, column: &str, range: (f64, f64)) -> Option<f64> {
        let text = row.get(column)?;
        match parse_number_in(&text, range) {
            Some(v) if v >= range.0 && v <= range.1 => Some(v),
            Some(_) => {
                self.add(
                    row,
                    column,
                    Some(&text),
                    Issue::OutOfRange,
                    Action::ValueIgnored,
                );
                None
            }
            None => {
                self.add(
                    row,
                    column,
                    Some(&text),
                    Issue::NotANumber,
                    Action::ValueIgnored,
                );
                None
            }
        }
    }

    /// A vocabulary value; missing or unknown values take `default` and an
    /// unknown one is reported.
    fn token<T: Copy>(
        &mut self,
        row: &Row,
        column: &str,
        parse: fn(&str) -> Option<T>,
        issue: Issue,
        default: (T, &str),
    ) -> T {
        match row.get(column) {
            None => default.0,
            Some(text) => parse(&text).unwrap_or_else(|| {
                self.add(
                    row,
                    column,
                    Some(&text),
                    issue,
                    Action::Defaulted(default.1.to_string()),
                );
                default.0
            }),
        }
    }
}

/// A name folded for matching (see [`fold_name`]).
fn name_key(name: &str) -> String {
    fold_name(name)
}

/// Finds actors and stages by id first, then by forgiving name match.
struct Lookup {
    by_id: FxHashMap<String, usize>,
    by_name: FxHashMap<String, Vec<usize>>,
}

enum Found {
    One(usize),
    Ambiguous,
    None,
}

impl Lookup {
    fn new<'a>(entries: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        Self::with_names(entries.map(|(id, name)| (id, vec![name])))
    }

    /// Entries known under several names (a stage's English, Turkish and
    /// German name), each name counted once per entry.
    fn with_names<'a>(entries: impl Iterator<Item = (&'a str, Vec<&'a str>)>) -> Self {
        let mut by_id = FxHashMap::default();
        let mut by_name: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, (id, names)) in entries.enumerate() {
            by_id.insert(id.to_string(), i);
            for name in names {
                let slot = by_name.entry(name_key(name)).or_default();
                if !slot.contains(&i) {
                    slot.push(i);
                }
            }
        }
        Self { by_id, by_name }
    }

    fn find(&self, key: &str) -> Found {
        if let Some(i) = self.by_id.get(key.trim()) {
            return Found::One(*i);
        }
        match self.by_name.get(&name_key(key)).map(Vec::as_slice) {
            Some([one]) => Found::One(*one),
            Some([_, _, ..]) => Found::Ambiguous,
            _ => match self.by_id.get(&fold_token(key)) {
                Some(i) => Found::One(*i),
                None => Found::None,
            },
        }
    }
}

/// Builds a dataset from tables of any origin, with default options.
pub fn assemble(tables: Vec<Table>) -> Result<super::Loaded, IngestError> {
    assemble_with(
        Collected {
            tables,
            ..Collected::default()
        },
        &LoadOptions::default(),
    )
}

/// Id of the one stage used when nothing else names stages.
pub const GENERIC_STAGE: &str = "value_chain";

/// Builds a dataset from everything the readers collected.
///
/// Files without a stages table (Kumu, GEXF, GraphML, matrices, a lone
/// actors list) still make a map: stages come from the chosen sector preset,
/// else from the stage names the actors carry, else one generic core stage;
/// a notice says which. Returns [`IngestError::NoStages`] only when a stages
/// table was given and none of its rows could be used, and
/// [`IngestError::NoActors`] when no actor is left; every other trouble is
/// a [`Problem`].
pub fn assemble_with(
    collected: Collected,
    options: &LoadOptions,
) -> Result<super::Loaded, IngestError> {
    let Collected {
        mut tables,
        notices,
        implied_actors,
        previews,
    } = collected;
    if tables.iter().all(|t| t.kind != TableKind::Actors) {
        tables.extend(implied_actors);
    }
    let values = value_previews(&tables, &options.values);
    apply_value_choices(&mut tables, &options.values);
    let mut problems = Problems::from(notices);
    super::clean::clean_tables(&mut tables, &mut problems);
    for t in &tables {
        let ignored = t.ignored_columns.iter().map(|c| (c, Action::ColumnIgnored));
        let kept = t.extra_columns.iter().map(|c| (c, Action::KeptAsAttribute));
        for (col, action) in ignored.chain(kept) {
            problems.push(Problem {
                file: t.file.clone(),
                row: None,
                column: Some(col.clone()),
                value: None,
                issue: Issue::UnknownColumn,
                action,
            });
        }
    }
    let of = |kind: TableKind| tables.iter().filter(move |t| t.kind == kind);

    let mut dataset = Dataset::default();
    for t in of(TableKind::Meta) {
        read_meta(t, &mut dataset.meta);
    }
    // A currency named only in a volume header ("Volumen (EUR)") is the
    // study's currency when its details do not name one.
    if dataset.meta.currency.is_empty() {
        if let Some(c) = tables.iter().find_map(|t| t.currency.clone()) {
            dataset.meta.currency = c;
        }
    }
    for t in of(TableKind::Stages) {
        read_stages(t, &mut dataset.stages, &mut problems);
    }
    let mut generic = false;
    if dataset.stages.is_empty() {
        if let Some(t) = of(TableKind::Stages).next() {
            return Err(IngestError::NoStages {
                file: t.file.clone(),
            });
        }
        let file = tables.first().map(|t| t.file.clone()).unwrap_or_default();
        let chosen = options.preset.as_deref().and_then(preset);
        let (stages, action) = if let Some(p) = chosen {
            (p.stages(), Action::PresetStages(p.id.to_string()))
        } else {
            let named = stages_named_by_actors(of(TableKind::Actors));
            if named.is_empty() {
                generic = true;
                (vec![generic_stage()], Action::GenericStage)
            } else {
                (named, Action::StagesFromActors)
            }
        };
        dataset.stages = stages;
        problems.push(Problem {
            file,
            row: None,
            column: None,
            value: None,
            issue: Issue::NoStagesTable,
            action,
        });
    }
    let stage_lookup = Lookup::with_names(dataset.stages.iter().map(|s| {
        let mut names = vec![s.name.as_str()];
        names.extend(s.name_tr.as_deref());
        names.extend(s.name_de.as_deref());
        (s.id.as_str(), names)
    }));
    for t in of(TableKind::Actors) {
        read_actors(
            t,
            &stage_lookup,
            &dataset.stages,
            &mut dataset.actors,
            &mut problems,
        );
    }
    if dataset.actors.is_empty() {
        return Err(IngestError::NoActors);
    }
    if generic {
        for actor in dataset.actors.iter_mut().filter(|a| a.stages.is_empty()) {
            actor.stages.push(GENERIC_STAGE.to_string());
        }
    }
    let actor_lookup = Lookup::new(
        dataset
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str())),
    );
    for t in of(TableKind::Relations) {
        read_relations(
            t,
            &actor_lookup,
            &options.values,
            &mut dataset.relations,
            &mut problems,
        );
    }
    for t in of(TableKind::Sourcing) {
        read_sourcing(
            t,
            &actor_lookup,
            &stage_lookup,
            &mut dataset.sourcing,
            &mut problems,
        );
    }
    Ok(super::Loaded {
        dataset,
        problems,
        columns: previews,
        values,
    })
}

/// The token a value of a categorical column is read as by the built-in
/// vocabulary.
fn vocabulary_token(table: TableKind, column: &str, text: &str) -> Option<&'static str> {
    match (table, column) {
        (TableKind::Actors, "kind") => ActorKind::parse(text).map(ActorKind::token),
        (TableKind::Actors, "locality") => Locality::parse(text).map(Locality::token),
        (TableKind::Stages, "band") => Band::parse(text).map(Band::token),
        (TableKind::Relations, "kind") => RelationKind::parse(text).map(RelationKind::token),
        (TableKind::Sourcing, "origin") => Origin::parse(text).map(Origin::token),
        (TableKind::Sourcing, "reason") => Reason::parse(text).map(Reason::token),
        _ => None,
    }
}

/// Distinct values of every categorical column over all tables, with how
/// they are read and how many rows have them, in first-seen order.
fn value_previews(tables: &[Table], choices: &ValueMapping) -> Vec<ValuePreview> {
    let mut out: Vec<ValuePreview> = Vec::new();
    for (kind, column) in CATEGORICAL {
        let mut values: Vec<ValueCount> = Vec::new();
        for row in tables
            .iter()
            .filter(|t| t.kind == kind)
            .flat_map(|t| &t.rows)
        {
            let Some(text) = row.get(column) else {
                continue;
            };
            let folded = fold_token(&text);
            if let Some(v) = values.iter_mut().find(|v| fold_token(&v.value) == folded) {
                v.rows += 1;
                continue;
            }
            let chosen = choices.meaning(kind, column, &text);
            let parsed = vocabulary_token(kind, column, &text);
            values.push(ValueCount {
                meaning: match chosen {
                    Some(m) => m.map(str::to_string),
                    None => parsed.map(str::to_string),
                },
                understood: chosen.is_none() && parsed.is_some(),
                chosen: chosen.is_some(),
                value: text,
                rows: 1,
            });
        }
        if !values.is_empty() {
            out.push(ValuePreview {
                table: kind,
                column: column.to_string(),
                values,
            });
        }
    }
    out
}

/// Rewrites values the user gave a meaning to as that meaning's token; a
/// value chosen to take the default is left out (relation kinds chosen to
/// stay their own are handled where relations are read).
fn apply_value_choices(tables: &mut [Table], choices: &ValueMapping) {
    if choices.choices.is_empty() {
        return;
    }
    for table in tables.iter_mut() {
        for (kind, column) in CATEGORICAL.iter().filter(|(k, _)| *k == table.kind) {
            for row in &mut table.rows {
                let Some(text) = row.get(column) else {
                    continue;
                };
                match choices.meaning(*kind, column, &text) {
                    Some(Some(token)) => {
                        let token = token.to_string();
                        for (c, cell) in &mut row.cells {
                            if c == column {
                                *cell = super::table::Cell::Text(token.clone());
                            }
                        }
                    }
                    Some(None) if *kind != TableKind::Relations => {
                        row.cells.retain(|(c, _)| c != column);
                    }
                    _ => {}
                }
            }
        }
    }
}

/// One core stage standing for the whole chain, so actors of a file
/// without stages can still be drawn.
fn generic_stage() -> Stage {
    Stage {
        id: GENERIC_STAGE.to_string(),
        name: "Value chain".to_string(),
        band: Band::Core,
        name_tr: Some("Değer zinciri".to_string()),
        name_de: Some("Wertschöpfungskette".to_string()),
    }
}

/// Core stages from the distinct stage names actors carry, in the order
/// first seen (which is usually chain order in a sorted survey list).
fn stages_named_by_actors<'a>(tables: impl Iterator<Item = &'a Table>) -> Vec<Stage> {
    let mut stages: Vec<Stage> = Vec::new();
    for row in tables.flat_map(|t| &t.rows) {
        // Not split at commas: stage names contain them ("Testing,
        // calibration and certification"), lists of stages rarely do.
        let cell = row.get("stages").unwrap_or_default();
        for name in cell.split(['|', ';', '\n', '\r']).map(str::trim) {
            if name.is_empty() {
                continue;
            }
            let name = name.to_string();
            let id = fold_token(&name);
            if id.is_empty() || stages.iter().any(|s| s.id == id) {
                continue;
            }
            stages.push(Stage {
                id,
                name,
                band: Band::Core,
                name_tr: None,
                name_de: None,
            });
        }
    }
    stages
}

fn read_meta(table: &Table, meta: &mut Meta) {
    for row in &table.rows {
        let (Some(key), value) = (row.get("key"), row.get("value").unwrap_or_default()) else {
            continue;
        };
        // English keys as in the format, plus the Turkish and German words
        // of the template workbook.
        match fold_token(&key).as_str() {
            "name" | "cluster" | "cluster_name" | "kume" | "kume_adi" | "clustername" => {
                meta.name = value
            }
            "region" | "bolge" => meta.region = value,
            "survey_date" | "date" | "anket_tarihi" | "tarih" | "erhebungsdatum" | "datum" => {
                meta.survey_date = value
            }
            "currency" | "para_birimi" | "wahrung" => meta.currency = value,
            "sector" | "sektor" | "branche" => meta.sector = value,
            "language" | "dil" | "sprache" => meta.language = value,
            "fictional" | "kurgusal" | "fiktiv" => {
                meta.fictional = matches!(
                    fold_token(&value).as_str(),
                    "true" | "yes" | "1" | "evet" | "ja"
                )
            }
            "source" | "kaynak" | "quelle" => meta.source = value,
            _ => {}
        }
    }
}

fn read_stages(table: &Table, stages: &mut Vec<Stage>, problems: &mut Problems) {
    let mut report = Report {
        file: &table.file,
        problems,
    };
    for row in &table.rows {
        let name = row.get("name");
        let Some(id) = row.get("id").or_else(|| name.as_deref().map(fold_token)) else {
            report.add(row, "id", None, Issue::MissingValue, Action::RowSkipped);
            continue;
        };
        if stages.iter().any(|s| s.id == id) {
            report.add(row, "id", Some(&id), Issue::DuplicateId, Action::RowSkipped);
            continue;
        }
        let band = report.token(
            row,
            "band",
            Band::parse,
            Issue::UnknownBand,
            (Band::Core, "core"),
        );
        stages.push(Stage {
            name: name.unwrap_or_else(|| id.clone()),
            id,
            band,
            name_tr: row.get("name_tr"),
            name_de: row.get("name_de"),
        });
    }
}

fn read_actors(
    table: &Table,
    stage_lookup: &Lookup,
    stages: &[Stage],
    actors: &mut Vec<Actor>,
    problems: &mut Problems,
) {
    let mut report = Report {
        file: &table.file,
        problems,
    };
    // Ids seen so far (earlier tables included): a linear search per row
    // made 10,000 actors cost 50 million comparisons.
    let mut seen: FxHashSet<String> = actors.iter().map(|a| a.id.clone()).collect();
    for row in &table.rows {
        let name = row.get("name");
        let id = match (row.get("id"), &name) {
            (Some(id), _) => id,
            (None, Some(name)) => {
                let id = fold_token(name);
                report.add(
                    row,
                    "id",
                    None,
                    Issue::MissingValue,
                    Action::Defaulted(id.clone()),
                );
                id
            }
            (None, None) => {
                report.add(row, "name", None, Issue::MissingValue, Action::RowSkipped);
                continue;
            }
        };
        if !seen.insert(id.clone()) {
            report.add(row, "id", Some(&id), Issue::DuplicateId, Action::RowSkipped);
            continue;
        }
        let mut actor_stages = Vec::new();
        let whole = row
            .get("stages")
            .filter(|t| matches!(stage_lookup.find(t), Found::One(_)));
        let texts = whole.map_or_else(|| row.items("stages"), |t| vec![t]);
        for text in texts {
            match stage_lookup.find(&text) {
                Found::One(i) => {
                    if let Some(stage) = stages.get(i) {
                        if !actor_stages.contains(&stage.id) {
                            actor_stages.push(stage.id.clone());
                        }
                    }
                }
                _ => report.add(
                    row,
                    "stages",
                    Some(&text),
                    Issue::UnknownStage,
                    Action::ValueIgnored,
                ),
            }
        }
        let kind = report.token(
            row,
            "kind",
            ActorKind::parse,
            Issue::UnknownKind,
            (ActorKind::Firm, "firm"),
        );
        let locality = report.token(
            row,
            "locality",
            Locality::parse,
            Issue::UnknownLocality,
            (Locality::Local, "local"),
        );
        actors.push(Actor {
            name: name.unwrap_or_else(|| id.clone()),
            id,
            kind,
            stages: actor_stages,
            employees: report
                .number(row, "employees", (0.0, 10_000_000.0))
                .map(|v| v.round() as u32),
            export_share: report.number(row, "export_share", (0.0, 100.0)),
            export_markets: row.items("export_markets"),
            district: row.get("district").unwrap_or_default(),
            lat: report.number(row, "lat", (-90.0, 90.0)),
            lon: report.number(row, "lon", (-180.0, 180.0)),
            locality,
            founded: report
                .number(row, "founded", (1000.0, 2200.0))
                .map(|v| v as i32),
            tags: row.items("tags"),
            notes: row.get("notes").unwrap_or_default(),
            attributes: row.extra.clone(),
        });
    }
}

fn resolve(report: &mut Report, row: &Row, column: &str, lookup: &Lookup) -> Option<usize> {
    let Some(text) = row.get(column) else {
        report.add(row, column, None, Issue::MissingValue, Action::RowSkipped);
        return None;
    };
    match lookup.find(&text) {
        Found::One(i) => Some(i),
        Found::Ambiguous => {
            report.add(
                row,
                column,
                Some(&text),
                Issue::AmbiguousActor,
                Action::RowSkipped,
            );
            None
        }
        Found::None => {
            report.add(
                row,
                column,
                Some(&text),
                Issue::UnknownActor,
                Action::RowSkipped,
            );
            None
        }
    }
}

/// How a relations table's weights become strengths 1–5.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Scale {
    /// Every weight is within 1–5: rounded.
    Strength,
    /// Some weight lies outside 1–5 (Gephi's 0.25, a 0–100 survey scale):
    /// the table's own range `low..=high` maps linearly onto 1–5.
    Rescaled { low: f64, high: f64 },
}

impl Scale {
    fn of(values: impl Iterator<Item = f64>) -> Self {
        let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values {
            low = low.min(v);
            high = high.max(v);
        }
        if low > high || (low >= 1.0 && high <= 5.0) {
            Scale::Strength
        } else {
            Scale::Rescaled { low, high }
        }
    }

    fn strength(self, v: f64) -> u8 {
        let s = match self {
            Scale::Strength => v,
            // One value for the whole table: it says nothing about
            // strength, so every tie gets the middle.
            Scale::Rescaled { low, high } if high <= low => 3.0,
            Scale::Rescaled { low, high } => 1.0 + 4.0 * (v - low) / (high - low),
        };
        s.round().clamp(1.0, 5.0) as u8
    }
}

fn read_relations(
    table: &Table,
    actors: &Lookup,
    values: &ValueMapping,
    relations: &mut Vec<Relation>,
    problems: &mut Problems,
) {
    let mut report = Report {
        file: &table.file,
        problems,
    };
    let weights: Vec<Option<f64>> = table
        .rows
        .iter()
        .map(|row| row.get("strength").and_then(|t| parse_number(&t)))
        .collect();
    let scale = match table.scale {
        Some((low, high)) if (low, high) == (1.0, 5.0) => Scale::Strength,
        Some((low, high)) => Scale::Rescaled { low, high },
        None => Scale::of(weights.iter().flatten().copied()),
    };
    if let Scale::Rescaled { low, high } = scale {
        report.problems.push(Problem {
            file: table.file.clone(),
            row: None,
            column: Some("strength".into()),
            value: Some(format!("{}–{}", short(low), short(high))),
            issue: Issue::WeightScale,
            action: Action::Rescaled,
        });
    }
    let mut own_kinds: Vec<String> = Vec::new();
    for (row, weight) in table.rows.iter().zip(weights) {
        let source = resolve(&mut report, row, "source", actors);
        let target = resolve(&mut report, row, "target", actors);
        let (Some(source), Some(target)) = (source, target) else {
            continue;
        };
        if source == target {
            report.add(
                row,
                "target",
                row.get("target").as_deref(),
                Issue::SelfRelation,
                Action::RowSkipped,
            );
            continue;
        }
        // A kind that is none of the four is kept under the file's word,
        // reported once per word and table, never dropped.
        let (kind, label) = match row.get("kind") {
            None => (RelationKind::Supply, String::new()),
            // The user chose to keep this word as its own kind.
            Some(text) if values.meaning(TableKind::Relations, "kind", &text) == Some(None) => {
                (RelationKind::Other, text)
            }
            Some(text) => match RelationKind::parse(&text) {
                Some(RelationKind::Other) => (RelationKind::Other, text),
                Some(k) => (k, String::new()),
                None => {
                    if !own_kinds.contains(&text) {
                        report.add(
                            row,
                            "kind",
                            Some(&text),
                            Issue::UnknownRelationKind,
                            Action::KeptAsOwnKind,
                        );
                        own_kinds.push(text.clone());
                    }
                    (RelationKind::Other, text)
                }
            },
        };
        let strength = match (row.get("strength"), weight) {
            (None, _) => 3,
            (Some(text), Some(v)) => {
                // Only a declared scale can be left: values beyond it are
                // set to its nearest end and reported.
                let (low, high) = match scale {
                    Scale::Strength => (1.0, 5.0),
                    Scale::Rescaled { low, high } => (low, high),
                };
                if v < low || v > high {
                    let s = scale.strength(v.clamp(low, high));
                    report.add(
                        row,
                        "strength",
                        Some(&text),
                        Issue::OutOfRange,
                        Action::Defaulted(s.to_string()),
                    );
                    s
                } else {
                    scale.strength(v)
                }
            }
            (Some(text), None) => {
                report.add(
                    row,
                    "strength",
                    Some(&text),
                    Issue::NotANumber,
                    Action::Defaulted("3".into()),
                );
                3
            }
        };
        relations.push(Relation {
            source,
            target,
            kind,
            strength,
            volume: report.number(row, "volume", (0.0, f64::MAX)),
            note: row.get("note").unwrap_or_default(),
            label,
            weight: report
                .number(row, "original_weight", (f64::MIN, f64::MAX))
                .or(weight.filter(|_| matches!(scale, Scale::Rescaled { .. }))),
            attributes: row.extra.clone(),
        });
    }
}

/// A number as short as it reads ("0.25", "100").
fn short(v: f64) -> String {
    super::xlsx::number_text(v)
}

fn read_sourcing(
    table: &Table,
    actors: &Lookup,
    stages: &Lookup,
    sourcing: &mut Vec<Sourcing>,
    problems: &mut Problems,
) {
    let mut report = Report {
        file: &table.file,
        problems,
    };
    for row in &table.rows {
        let Some(actor) = resolve(&mut report, row, "actor", actors) else {
            continue;
        };
        let input_stage = match row.get("input_stage") {
            None => {
                report.add(
                    row,
                    "input_stage",
                    None,
                    Issue::MissingValue,
                    Action::RowSkipped,
                );
                continue;
            }
            Some(text) => match stages.find(&text) {
                Found::One(i) => i,
                _ => {
                    report.add(
                        row,
                        "input_stage",
                        Some(&text),
                        Issue::UnknownStage,
                        Action::RowSkipped,
                    );
                    continue;
                }
            },
        };
        let origin = match row.get("origin").map(|t| (Origin::parse(&t), t)) {
            Some((Some(o), _)) => o,
            Some((None, text)) => {
                report.add(
                    row,
                    "origin",
                    Some(&text),
                    Issue::UnknownOrigin,
                    Action::RowSkipped,
                );
                continue;
            }
            None => {
                report.add(row, "origin", None, Issue::MissingValue, Action::RowSkipped);
                continue;
            }
        };
        let reason = match row.get("reason") {
            None => None,
            Some(text) => Reason::parse(&text).or_else(|| {
                report.add(
                    row,
                    "reason",
                    Some(&text),
                    Issue::UnknownReason,
                    Action::Defaulted("other".into()),
                );
                Some(Reason::Other)
            }),
        };
        sourcing.push(Sourcing {
            actor,
            input_stage,
            origin,
            share: report.number(row, "share", (0.0, 100.0)),
            volume: report.number(row, "volume", (0.0, f64::MAX)),
            reason,
            reason_text: row
                .get("reason")
                .filter(|t| reason.is_none_or(|r| r.token() != t))
                .unwrap_or_default(),
        });
    }
}
