//! The canonical cluster data model: what a field study produces, after
//! reading and validation. Every reader (JSON, CSV, later XLSX and others)
//! ends here, so analysis and drawing only ever see this shape.
//!
//! The format is documented in `docs/data-format.md`.

mod kinds;

pub use kinds::{fold_name, fold_token, ActorKind, Band, Locality, Origin, Reason, RelationKind};

use serde::{Deserialize, Serialize};

/// Survey-wide facts. Everything is optional text because studies differ.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub name: String,
    pub region: String,
    pub survey_date: String,
    pub currency: String,
    pub sector: String,
    pub language: String,
    /// True for invented data (the built-in sample); the UI labels it.
    pub fictional: bool,
    pub source: String,
}

/// One value-chain function. Order in [`Dataset::stages`] is chain order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub id: String,
    pub name: String,
    pub band: Band,
    /// Optional Turkish and German names; the UI falls back to `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_tr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_de: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// Stage ids; the first is the stage the actor is drawn in.
    pub stages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employees: Option<u32>,
    /// Percent of turnover exported, 0 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_share: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub export_markets: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub district: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    pub locality: Locality,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<i32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Columns of the file that are not part of the format (founding
    /// URL, certification, a Gephi node attribute), in file order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Attributes,
}

/// Extra fields of an actor or relation: (name as the file wrote it,
/// value as written), in the file's column order, names unique.
pub type Attributes = Vec<(String, String)>;

/// The value of attribute `name` (compared after [`fold_token`]).
pub fn attribute<'a>(attributes: &'a Attributes, name: &str) -> Option<&'a str> {
    let folded = fold_token(name);
    attributes
        .iter()
        .find(|(n, _)| *n == name || fold_token(n) == folded)
        .map(|(_, v)| v.as_str())
}

impl Actor {
    /// Small and medium enterprise: an operator with fewer than 250
    /// employees (EU definition by head-count; unknown size counts as SME,
    /// since surveys of large firms always record their size).
    pub fn is_sme(&self) -> bool {
        self.kind.is_operator() && self.employees.is_none_or(|e| e < 250)
    }

    pub fn is_local(&self) -> bool {
        self.locality == Locality::Local
    }

    pub fn primary_stage(&self) -> Option<&str> {
        self.stages.first().map(String::as_str)
    }
}

/// A tie between two actors, by index into [`Dataset::actors`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub source: usize,
    pub target: usize,
    pub kind: RelationKind,
    /// 1 (weak) to 5 (strong).
    pub strength: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<f64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The kind as the file wrote it, for [`RelationKind::Other`] ("uses",
    /// "presented at"): drawn, filtered and exported under this word.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The weight as the file wrote it, when it was on another scale than
    /// 1–5 and `strength` was rescaled from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Attributes,
}

impl Relation {
    /// A relation with nothing but its ends, kind and strength.
    pub fn new(source: usize, target: usize, kind: RelationKind, strength: u8) -> Self {
        Self {
            source,
            target,
            kind,
            strength,
            volume: None,
            note: String::new(),
            label: String::new(),
            weight: None,
            attributes: Vec::new(),
        }
    }

    /// The word the kind is written with in files: the token of one of the
    /// four kinds, or the file's own label for any other.
    pub fn kind_label(&self) -> &str {
        if self.kind == RelationKind::Other && !self.label.is_empty() {
            &self.label
        } else {
            self.kind.token()
        }
    }
}

/// "Which inputs do you buy, and from where?" One answer per row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sourcing {
    /// Index into [`Dataset::actors`].
    pub actor: usize,
    /// Index into [`Dataset::stages`].
    pub input_stage: usize,
    pub origin: Origin,
    /// Percent of this input bought from `origin`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    /// The reason as the survey wrote it ("yerelde üretici yok"), when
    /// that is not the canonical token: evidence shows the respondent's
    /// words next to their reading.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason_text: String,
}

/// A validated cluster study: every index points at an existing actor or
/// stage, ids are unique.
///
/// The serde form is the wire format between the page and its workers
/// (empty fields left out, since a 10,000-actor study crosses as JSON);
/// the file format is written by [`crate::export::dataset_json`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub meta: Meta,
    pub stages: Vec<Stage>,
    pub actors: Vec<Actor>,
    pub relations: Vec<Relation>,
    pub sourcing: Vec<Sourcing>,
}

impl Dataset {
    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    pub fn actor_index(&self, id: &str) -> Option<usize> {
        self.actors.iter().position(|a| a.id == id)
    }

    /// Core stages in chain order, with their index into `stages`.
    pub fn core_stages(&self) -> impl Iterator<Item = (usize, &Stage)> {
        self.stages
            .iter()
            .enumerate()
            .filter(|(_, s)| s.band == Band::Core)
    }

    /// Index of the stage an actor is drawn in, if it has a known one.
    pub fn actor_stage(&self, actor: usize) -> Option<usize> {
        self.actors
            .get(actor)
            .and_then(Actor::primary_stage)
            .and_then(|id| self.stage_index(id))
    }
}
