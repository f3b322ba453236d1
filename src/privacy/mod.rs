//! What may be shown about the actors: their names or stable codes, exact
//! figures or bands, small counts or "fewer than 3". One switch
//! ([`Privacy`]) for the whole app; every component, export and the
//! presentation asks a [`Disclosure`] how to write an actor's name, a
//! figure or a count instead of reading the dataset's fields themselves,
//! so no view can forget the mode. Pure (no browser), tested natively
//! (`tests/privacy.rs`).
//!
//! Codes: `S{stage}-{nn}`, the stage's place in the chain (1-based; `S0`
//! for an actor without a known stage) and the actor's place among the
//! actors of that stage, written after the translated kind ("Supplier
//! S3-02"). Within a stage actors are ordered by a hash of their id, not
//! by the id itself, since ids are often made from names and their
//! alphabetical order would hint at them; the same ids give the same
//! codes in every load, view and language, whatever the row order.
//! Every actor is numbered, named institutions too, so keeping
//! institutions' names does not renumber the firms.

pub mod bands;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::i18n::{actor_kind, Lang, Msg};
use crate::model::Dataset;

/// No figure about fewer firms than this is shown: with one or two, a
/// reader who knows the region could tell who they are.
pub const MIN_CELL: usize = 3;

/// The user's choice, saved with the workspace and written in the link
/// (`anon=1`, or `anon=names` when institutions keep their names).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Privacy {
    /// Firm names become codes, figures bands, small counts hidden.
    pub anonymised: bool,
    /// While anonymised, institutions (universities, agencies, chambers,
    /// finance) keep their names. Off by default.
    pub institution_names: bool,
}

impl Privacy {
    /// Anonymised, institutions coded too: the safe choice for public views.
    pub const ANONYMISED: Privacy = Privacy {
        anonymised: true,
        institution_names: false,
    };

    /// The `anon` value of a link's query, if it has one; anything but
    /// `0` turns the mode on, since a mistyped flag must not show names.
    pub fn from_query(query: &str) -> Option<Privacy> {
        let value = query
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("anon="))?;
        Some(match value {
            "0" => Privacy::default(),
            "names" => Privacy {
                anonymised: true,
                institution_names: true,
            },
            _ => Privacy::ANONYMISED,
        })
    }

    /// The query pair for the link; nothing while the mode is off.
    pub fn to_query(self) -> Option<&'static str> {
        match (self.anonymised, self.institution_names) {
            (false, _) => None,
            (true, false) => Some("anon=1"),
            (true, true) => Some("anon=names"),
        }
    }
}

/// How to write names, figures and counts of one dataset under one
/// [`Privacy`] choice. Built once per dataset and choice; every method
/// is cheap. The language is a parameter, not part of it, so the codes
/// do not change with the language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Disclosure {
    privacy: Privacy,
    /// Per actor: its code, and whether the name is shown instead.
    codes: Vec<(String, bool)>,
    by_code: HashMap<String, usize>,
}

/// FNV-1a: a hash that is the same on every platform and in every build,
/// unlike std's randomised one.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Disclosure {
    pub fn new(dataset: &Dataset, privacy: Privacy) -> Self {
        let n = dataset.actors.len();
        let stage_of: Vec<usize> = (0..n)
            .map(|i| dataset.actor_stage(i).map_or(0, |s| s + 1))
            .collect();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| {
            let key = |i: usize| (stage_of[i], stable_hash(&dataset.actors[i].id));
            key(a)
                .cmp(&key(b))
                .then_with(|| dataset.actors[a].id.cmp(&dataset.actors[b].id))
        });
        let mut codes = vec![(String::new(), false); n];
        let mut by_code = HashMap::with_capacity(n);
        let (mut stage, mut seq) = (usize::MAX, 0usize);
        for i in order {
            if stage_of[i] != stage {
                stage = stage_of[i];
                seq = 0;
            }
            seq += 1;
            let code = format!("S{stage}-{seq:02}");
            let named = !privacy.anonymised
                || (privacy.institution_names && dataset.actors[i].kind.is_supporter());
            by_code.insert(code.clone(), i);
            codes[i] = (code, named);
        }
        Self {
            privacy,
            codes,
            by_code,
        }
    }

    pub fn privacy(&self) -> Privacy {
        self.privacy
    }

    pub fn is_anonymised(&self) -> bool {
        self.privacy.anonymised
    }

    /// The actor's code (whether or not it is shown).
    pub fn code(&self, actor: usize) -> Option<&str> {
        self.codes.get(actor).map(|(c, _)| c.as_str())
    }

    /// Whether the actor is written by its name.
    pub fn is_named(&self, actor: usize) -> bool {
        self.codes.get(actor).is_some_and(|(_, named)| *named)
    }

    /// The actor as written everywhere: its name, or kind and code
    /// ("Supplier S3-02").
    pub fn name(&self, lang: Lang, dataset: &Dataset, actor: usize) -> String {
        let Some(a) = dataset.actors.get(actor) else {
            return String::new();
        };
        match self.codes.get(actor) {
            Some((code, false)) => format!("{} {code}", actor_kind(lang, a.kind)),
            _ => a.name.clone(),
        }
    }

    /// Several actors' names, comma separated.
    pub fn names(&self, lang: Lang, dataset: &Dataset, actors: &[usize]) -> String {
        actors
            .iter()
            .map(|i| self.name(lang, dataset, *i))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The id that may leave the page (DOM hooks, links, exports): the
    /// actor's id, or its code when its name is hidden, since ids are
    /// often made from names ("egeelektronik").
    pub fn public_id(&self, dataset: &Dataset, actor: usize) -> String {
        match self.codes.get(actor) {
            Some((code, false)) => code.clone(),
            _ => dataset
                .actors
                .get(actor)
                .map(|a| a.id.clone())
                .unwrap_or_default(),
        }
    }

    /// The actor a public id stands for: a code while the mode is on,
    /// an id otherwise (and for actors shown by name).
    pub fn actor_of(&self, dataset: &Dataset, public_id: &str) -> Option<usize> {
        if self.is_anonymised() {
            if let Some(&i) = self.by_code.get(public_id) {
                return Some(i);
            }
            return dataset.actor_index(public_id).filter(|&i| self.is_named(i));
        }
        dataset.actor_index(public_id)
    }

    /// Whether notes and the file's extra columns (URLs, tax numbers,
    /// contact people) may be shown.
    pub fn shows_free_text(&self) -> bool {
        !self.is_anonymised()
    }

    /// A head count: exact, or its band ("10–49").
    pub fn employees(&self, lang: Lang, employees: u32) -> String {
        if self.is_anonymised() {
            range(lang, bands::employee_band(employees), "")
        } else {
            employees.to_string()
        }
    }

    /// A share in percent as the answer gave it ("35,5 %"), or its band
    /// ("25–49 %").
    pub fn share(&self, lang: Lang, share: f64) -> String {
        if self.is_anonymised() {
            range(lang, bands::share_band(share), " %")
        } else {
            lang.percent(share)
        }
    }

    /// A volume in the study's unit: exact, or its band ("1,000–9,999").
    pub fn volume(&self, lang: Lang, volume: f64) -> String {
        if self.is_anonymised() {
            range(lang, bands::volume_band(volume), "")
        } else {
            lang.number(volume, 0)
        }
    }

    /// Whether a figure about `firms` firms may be shown: always with the
    /// mode off; with it on, when none (nobody to identify) or at least
    /// [`MIN_CELL`].
    pub fn shows_figure_about(&self, firms: usize) -> bool {
        !self.is_anonymised() || firms == 0 || firms >= MIN_CELL
    }

    /// A count of firms in a sentence: "11", or "fewer than 3".
    pub fn count(&self, lang: Lang, firms: usize) -> String {
        if self.shows_figure_about(firms) {
            firms.to_string()
        } else {
            lang.format(Msg::FewerThan, &[("n", MIN_CELL.to_string())])
        }
    }

    /// A count of firms in a table cell or file: "11", or "<3".
    pub fn cell(&self, firms: usize) -> String {
        if self.shows_figure_about(firms) {
            firms.to_string()
        } else {
            format!("<{MIN_CELL}")
        }
    }

    /// A volume that sums what `firms` firms reported: banded, and not at
    /// all (`None`) when too few firms are behind it.
    pub fn volume_of(&self, lang: Lang, volume: f64, firms: usize) -> Option<String> {
        self.shows_figure_about(firms)
            .then(|| self.volume(lang, volume))
    }

    /// A share computed from `firms` firms' answers: "x of y" figures hide
    /// their percent with the count, since one gives the other.
    pub fn share_of(&self, lang: Lang, share: f64, firms: usize) -> Option<String> {
        self.shows_figure_about(firms)
            .then(|| self.share(lang, share))
    }

    /// The dataset as a view may draw and search it: hidden names and ids
    /// replaced by kind and code, notes and extra columns dropped, and
    /// every employee count, export share and volume moved to the bottom
    /// of its band, so not even a symbol's size (scaled by head count)
    /// tells more than the band. With the mode off, the dataset itself.
    pub fn masked(&self, lang: Lang, dataset: &Dataset) -> Dataset {
        let mut d = dataset.clone();
        if !self.is_anonymised() {
            return d;
        }
        for (i, a) in d.actors.iter_mut().enumerate() {
            if !self.is_named(i) {
                a.name = format!("{} {}", actor_kind(lang, a.kind), self.codes[i].0);
                a.id = self.codes[i].0.clone();
            }
            a.notes.clear();
            a.attributes.clear();
            a.employees = a
                .employees
                .map(|e| u32::try_from(bands::employee_band(e).0).unwrap_or(u32::MAX));
            a.export_share = a.export_share.map(|x| bands::share_band(x).0 as f64);
        }
        let low = |v: f64| bands::volume_band(v).0 as f64;
        for r in &mut d.relations {
            r.note.clear();
            r.attributes.clear();
            r.volume = r.volume.map(low);
        }
        for s in &mut d.sourcing {
            s.reason_text.clear();
            s.volume = s.volume.map(low);
        }
        d
    }

    /// A code alone, for a map label that has no room for the kind.
    pub fn short_label(&self, actor: usize) -> Option<&str> {
        match self.codes.get(actor) {
            Some((code, false)) => Some(code),
            _ => None,
        }
    }

    /// Map labels of coded actors that were shortened ("Service
    /// provi…") lose the part that tells actors apart: they become the
    /// code alone, which always fits where a shortened label did.
    pub fn fit_labels(&self, layout: &mut crate::layout::MapLayout) {
        if !self.is_anonymised() {
            return;
        }
        let font = layout.label_font;
        for n in &mut layout.nodes {
            if !n.label.ends_with('…') {
                continue;
            }
            if let Some(code) = self.short_label(n.actor) {
                n.label = code.to_string();
                n.label_width = crate::layout::text::text_width(code, font);
            }
        }
    }
}

/// "10–49", "1,000+" (the open top band), "0 %".
fn range(lang: Lang, (low, high): (u64, Option<u64>), unit: &str) -> String {
    let n = |v: u64| lang.number(v as f64, 0);
    match high {
        Some(h) if h == low => format!("{}{unit}", n(low)),
        Some(h) => format!("{}–{}{unit}", n(low), n(h)),
        None => format!("{}+{unit}", n(low)),
    }
}
