//! The state of one analysis session as a plain type: the loaded study and
//! everything derived from it. Components hold it in a signal and call its
//! methods; it never touches the browser, so it is tested natively.

use crate::analysis::{AnalysisOptions, ClusterReport};
use crate::i18n::{stage_name, Lang};
use crate::ingest::{self, IngestError, Loaded};
use crate::layout::{layout_value_chain, value_chain::LayoutOptions, MapLayout};
use crate::model::Dataset;

/// The map area of a slide on a 1024x768 projector, in CSS pixels.
pub const PROJECTOR_MAP: (f64, f64) = (1000.0, 470.0);
/// The smallest map label a projector shows, in CSS pixels (the room's
/// back row needs 14).
pub const PROJECTOR_LABEL_PX: f64 = 15.0;

/// A loaded study and the names of the files it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    pub loaded: Loaded,
    pub sources: Vec<String>,
}

/// Figures derived from a workspace; recomputed when the data changes.
pub type Analysis = ClusterReport;

/// What the user chose around the data: kept with it in the browser and in
/// a saved workspace file, so a colleague opening the file sees the same.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface language code (`en`, `tr`, `de`).
    pub lang: Option<String>,
    /// The view (search, filters, zoom, mode, pins) as its URL query.
    pub view: String,
    /// Thresholds and weights of the analysis.
    pub options: AnalysisOptions,
    /// Sector preset chosen for files without stages.
    pub preset: Option<String>,
    /// Corrections of header recognition (the column-mapping step).
    pub columns: ingest::mapping::ColumnMapping,
    /// What categorical values mean (the value-mapping step).
    pub values: ingest::mapping::ValueMapping,
    /// The anonymised mode and its institution choice.
    pub privacy: crate::privacy::Privacy,
    /// The presenter's changes to the generated slides.
    pub deck: crate::present::DeckEdits,
}

impl Settings {
    pub fn language(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::from_code)
    }
}

impl Workspace {
    /// The built-in fictional sample.
    pub fn sample() -> Self {
        Self {
            loaded: crate::sample::loaded(),
            sources: vec![crate::sample::FILE_NAME.to_string()],
        }
    }

    /// A workspace from files read by the ingest worker (or, without one,
    /// by the page); see `ui::ingest_worker`.
    pub fn from_loaded(loaded: Loaded, sources: Vec<String>) -> Self {
        Self { loaded, sources }
    }

    pub fn analyse(&self) -> Analysis {
        ClusterReport::build(&self.loaded.dataset, &AnalysisOptions::default())
    }

    /// The analysis without network metrics (see [`ClusterReport::build_light`]).
    pub fn analyse_light(&self) -> Analysis {
        self.analyse_light_with(&AnalysisOptions::default())
    }

    /// [`Workspace::analyse_light`] with the user's thresholds.
    pub fn analyse_light_with(&self, options: &AnalysisOptions) -> Analysis {
        ClusterReport::build_light(&self.loaded.dataset, &options.sanitized())
    }

    /// The workspace as one file: the canonical dataset JSON plus a
    /// `workspace` entry with the sources and the [`Settings`]. Loading it
    /// back through [`Workspace::from_saved`] (or as an ordinary data file)
    /// gives the same dataset.
    pub fn to_saved(&self, settings: &Settings) -> String {
        let mut extra = serde_json::Map::new();
        extra.insert(
            "workspace".into(),
            serde_json::json!({ "version": 2, "sources": self.sources, "settings": settings }),
        );
        crate::export::dataset_json(&self.loaded.dataset, extra)
    }

    /// Restores a saved workspace and its settings. A damaged text gives
    /// the reading error, so the caller can report it and start clean.
    pub fn from_saved(name: &str, text: &str) -> Result<(Self, Settings), IngestError> {
        let loaded = ingest::load_own_json(name, text)?;
        let entry = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.get("workspace").cloned());
        let sources = entry
            .as_ref()
            .and_then(|w| w.get("sources"))
            .and_then(|s| s.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_else(|| vec![name.to_string()]);
        Ok((Self { loaded, sources }, saved_settings(entry.as_ref())))
    }

    /// The settings inside a saved workspace file, if `text` is one (a
    /// JSON document with a `workspace` entry).
    pub fn settings_in(text: &[u8]) -> Option<Settings> {
        let v = serde_json::from_slice::<serde_json::Value>(text).ok()?;
        v.get("workspace").map(|w| saved_settings(Some(w)))
    }
}

/// Reads settings from a `workspace` entry: version 2 keeps them under
/// `settings`; version 1 files had only `lang`. Anything unreadable falls
/// back to the defaults, since settings must never block the data.
fn saved_settings(entry: Option<&serde_json::Value>) -> Settings {
    let Some(entry) = entry else {
        return Settings::default();
    };
    let mut settings = entry
        .get("settings")
        .and_then(|s| serde_json::from_value::<Settings>(s.clone()).ok())
        .unwrap_or_default();
    if settings.lang.is_none() {
        settings.lang = entry
            .get("lang")
            .and_then(|l| l.as_str())
            .map(str::to_string);
    }
    settings.options = settings.options.sanitized();
    settings
}

impl Workspace {
    /// The network view: force-directed `positions` (see
    /// [`crate::layout::network_positions`]), coloured by sub-cluster once
    /// the network metrics are in, by stage until then; actors in
    /// `pinned` (by id) sit where the user dragged them.
    pub fn network_layout(
        &self,
        positions: &[(f64, f64)],
        analysis: &Analysis,
        pinned: &std::collections::BTreeMap<String, (f64, f64)>,
    ) -> MapLayout {
        network_layout_of(&self.loaded.dataset, positions, analysis, pinned)
    }

    /// The geographic view, with the row of actors without coordinates
    /// labelled in `lang`.
    pub fn geo_layout(&self, lang: Lang) -> MapLayout {
        geo_layout_of(&self.loaded.dataset, lang)
    }

    /// The value-chain map geometry with stage headers in `lang`.
    pub fn map_layout(&self, lang: Lang, analysis: &Analysis) -> MapLayout {
        map_layout_of(&self.loaded.dataset, lang, analysis)
    }

    /// The value-chain map for a projector: see [`projector_layout_of`].
    pub fn projector_layout(&self, lang: Lang, analysis: &Analysis) -> MapLayout {
        projector_layout_of(&self.loaded.dataset, lang, analysis)
    }
}

/// [`Workspace::network_layout`] of another form of the data (the
/// anonymised one, whose labels are codes).
pub fn network_layout_of(
    data: &Dataset,
    positions: &[(f64, f64)],
    analysis: &Analysis,
    pinned: &std::collections::BTreeMap<String, (f64, f64)>,
) -> MapLayout {
    let groups: Vec<Option<usize>> = (0..data.actors.len())
        .map(|i| {
            if analysis.network.ready {
                analysis.actors.get(i).map(|m| m.community)
            } else {
                data.actor_stage(i)
            }
        })
        .collect();
    let pins: Vec<(usize, (f64, f64))> = pinned
        .iter()
        .filter_map(|(id, p)| data.actor_index(id).map(|i| (i, *p)))
        .collect();
    crate::layout::layout_network(data, positions, &groups, &pins)
}

/// [`Workspace::geo_layout`] of another form of the data.
pub fn geo_layout_of(data: &Dataset, lang: Lang) -> MapLayout {
    crate::layout::layout_geographic(data, lang.text(crate::i18n::Msg::GeoNoCoordinates))
}

/// [`Workspace::map_layout`] of another form of the data.
pub fn map_layout_of(data: &Dataset, lang: Lang, analysis: &Analysis) -> MapLayout {
    map_layout_with(data, lang, analysis, &LayoutOptions::default())
}

/// The value-chain map for a projector: stage titles sized so that the
/// map fitted into [`PROJECTOR_MAP`] CSS pixels shows them at
/// [`PROJECTOR_LABEL_PX`] or more, actor labels so that they reach it on a
/// slide zoomed into a stage ([`crate::present::STAGE_ZOOM`]); unzoomed
/// slides leave actor labels out rather than shrink them. Larger titles
/// take more header lines, so the size is found in a few rounds.
pub fn projector_layout_of(data: &Dataset, lang: Lang, analysis: &Analysis) -> MapLayout {
    let mut options = LayoutOptions::default();
    let mut layout = map_layout_with(data, lang, analysis, &options);
    for _ in 0..8 {
        let scale = (PROJECTOR_MAP.0 / layout.width).min(PROJECTOR_MAP.1 / layout.height);
        let header = (PROJECTOR_LABEL_PX / scale).clamp(13.0, 60.0);
        let label = (PROJECTOR_LABEL_PX / (scale * crate::present::STAGE_ZOOM)).clamp(11.0, 60.0);
        if options.header_font >= header && options.label_font >= label {
            break;
        }
        // A little above the mark, so the next round's taller header is
        // likely still covered.
        options.header_font = header * 1.03;
        options.label_font = label * 1.03;
        layout = map_layout_with(data, lang, analysis, &options);
    }
    layout
}

fn map_layout_with(
    data: &Dataset,
    lang: Lang,
    analysis: &Analysis,
    options: &LayoutOptions,
) -> MapLayout {
    let labels: Vec<String> = data
        .stages
        .iter()
        .map(|s| stage_name(lang, s).to_string())
        .collect();
    let missing: Vec<usize> = analysis.gaps.iter().map(|g| g.stage).collect();
    layout_value_chain(data, &labels, &missing, options)
}
