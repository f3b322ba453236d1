//! The page: header, summary, map, gaps and import, sharing one context.

use leptos::prelude::*;

use super::browser;
use super::details::Details;
use super::gaps::Gaps;
use super::header::Header;
use super::import::Import;
use super::import::{load_files, load_sources, pasted_source, warm_reader, Status};
use super::ingest_worker::IngestWorker;
use super::map::ClusterMap;
use super::results::{Opportunities, Results};
use super::summary::SummaryLine;
use super::toolbar::Toolbar;
use super::worker::{Answer, NetworkWorker};
use crate::analysis::{AnalysisOptions, NetworkFigures, Phase};
use crate::i18n::{describe_error, Lang, Msg};
use crate::ingest::mapping::{ColumnMapping, GridPreview};
use crate::ingest::SourceFile;
use crate::layout::MapLayout;
use crate::view::{MapMode, ViewState, Visibility};
use crate::workspace::{Analysis, Settings, Workspace};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Shared state: the workspace, the UI language and the derived chain
/// workspace → analysis → layout, each recomputed only when its input
/// changes.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub lang: RwSignal<Lang>,
    pub workspace: RwSignal<Workspace>,
    pub analysis: Memo<Analysis>,
    /// The geometry of the map in the chosen view.
    pub layout: Memo<MapLayout>,
    /// What the filters leave on the map.
    pub visibility: Memo<Visibility>,
    /// Force-directed positions from the worker; `None` until they arrive.
    pub positions: RwSignal<Option<Vec<(f64, f64)>>>,
    /// The worker's current step, while it computes.
    pub progress: RwSignal<Option<Phase>>,
    /// The actor under the pointer or last tapped, shared by map and panels.
    pub focused: RwSignal<Option<usize>>,
    /// A stage and the actors behind a finding, chosen in a panel and shown
    /// on the map.
    pub highlight: RwSignal<Option<Highlight>>,
    /// What the last load (or the restore of the saved workspace) did.
    pub status: RwSignal<Status>,
    /// Sector preset id for files without a stages table.
    pub preset: RwSignal<Option<String>>,
    /// Search, filters, zoom and selection; mirrored in the URL.
    pub view: RwSignal<ViewState>,
    /// Thresholds and weights of the value-chain analysis.
    pub options: RwSignal<AnalysisOptions>,
    /// The user's corrections of header recognition.
    pub columns: RwSignal<ColumnMapping>,
    /// How the grids of the last files were read (the mapping step).
    pub previews: RwSignal<Vec<GridPreview>>,
    /// The files last read, kept in memory so a changed mapping can read
    /// them again; never stored.
    pub sources: StoredValue<Rc<Vec<SourceFile>>, LocalStorage>,
    /// The reader in its Web Worker, started at the first load.
    pub ingest: StoredValue<Option<IngestWorker>, LocalStorage>,
    /// The load in progress: answers for older ones are dropped.
    pub load: StoredValue<LoadTicket>,
}

/// Which load the next answer of the ingest worker must belong to.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LoadTicket {
    pub id: u32,
    /// New files (their settings apply, selections are cleared), not a
    /// re-read after a change in the mapping step.
    pub fresh: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    /// Index into `dataset.stages`.
    pub stage: usize,
    /// Indices into `dataset.actors`.
    pub actors: Vec<usize>,
}

impl AppContext {
    pub fn new(lang: Lang, workspace: Workspace) -> Self {
        let lang = RwSignal::new(lang);
        let workspace = RwSignal::new(workspace);
        let generation = RwSignal::new(0u32);
        let network: RwSignal<Option<(u32, NetworkFigures)>> = RwSignal::new(None);
        let positions: RwSignal<Option<Vec<(f64, f64)>>> = RwSignal::new(None);
        let progress: RwSignal<Option<Phase>> = RwSignal::new(None);
        // Everything but the network metrics is computed here; those arrive
        // from the worker and are merged when they match the current data.
        // The light analysis runs once per dataset; the network figures are
        // merged into a copy when they arrive.
        let options = RwSignal::new(AnalysisOptions::default());
        let light =
            Memo::new(move |_| options.with(|o| workspace.with(|w| w.analyse_light_with(o))));
        let analysis = Memo::new(move |_| {
            let mut report = light.get();
            network.with(|n| {
                if let Some((_, figures)) = n.as_ref().filter(|n| n.0 == generation.get()) {
                    report.set_network(figures.clone());
                }
            });
            report
        });
        let status = RwSignal::new(Status::Idle);
        let worker = StoredValue::new_local(NetworkWorker::new(
            move |response| {
                if response.generation == generation.get_untracked() {
                    match response.answer {
                        Answer::Progress(p) => progress.set(Some(p)),
                        Answer::Figures(f) => network.set(Some((response.generation, f))),
                        Answer::Positions(p) => {
                            progress.set(None);
                            positions.set(Some(p));
                        }
                    }
                }
            },
            move || status.set(Status::Notice(Msg::NetworkNoWorker, String::new())),
        ));
        Effect::new(move |_| {
            workspace.track();
            let g = generation.get_untracked().wrapping_add(1);
            generation.set(g);
            positions.set(None);
            // Posting means writing the dataset out (tens of ms at 10,000
            // actors): done after the new map is on screen, unless newer
            // data has come meanwhile.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        if generation.get_untracked() == g {
                            workspace.with_untracked(|w| {
                                worker.with_value(|worker| worker.request(g, &w.loaded.dataset))
                            });
                        }
                    },
                    std::time::Duration::from_millis(0),
                )
            });
        });
        let view = RwSignal::new(ViewState::default());
        // Separate memos, so panning (which changes `view`) recomputes
        // neither the layout nor the filters.
        let mode = Memo::new(move |_| view.with(|v| v.mode));
        let pinned = Memo::new(move |_| view.with(|v| v.pinned.clone()));
        let layout = Memo::new(move |_| {
            let l = lang.get();
            match mode.get() {
                // Gaps come from the light analysis: the worker's answer
                // does not redo this layout.
                MapMode::ValueChain => light.with(|a| workspace.with(|w| w.map_layout(l, a))),
                MapMode::Geographic => workspace.with(|w| w.geo_layout(l)),
                MapMode::Network => positions.with(|p| {
                    analysis.with(|a| {
                        pinned.with(|pins| {
                            workspace
                                .with(|w| w.network_layout(p.as_deref().unwrap_or(&[]), a, pins))
                        })
                    })
                }),
            }
        });
        let filters = Memo::new(move |_| {
            view.with(|v| ViewState {
                search: String::new(),
                zoom: 1.0,
                pan: (0.0, 0.0),
                pinned: Default::default(),
                mode: MapMode::ValueChain,
                // The selection matters only as the centre of a focus.
                selected: if v.focus > 0 {
                    v.selected.clone()
                } else {
                    None
                },
                ..v.clone()
            })
        });
        let visibility = Memo::new(move |_| {
            filters.with(|f| workspace.with(|w| f.visibility(&w.loaded.dataset)))
        });
        Self {
            lang,
            workspace,
            analysis,
            layout,
            visibility,
            positions,
            progress,
            focused: RwSignal::new(None),
            highlight: RwSignal::new(None),
            status,
            preset: RwSignal::new(None),
            view,
            options,
            columns: RwSignal::new(ColumnMapping::default()),
            previews: RwSignal::new(Vec::new()),
            sources: StoredValue::new_local(Rc::new(Vec::new())),
            ingest: StoredValue::new_local(None),
            load: StoredValue::new(LoadTicket::default()),
        }
    }

    /// The user's choices around the data, as saved with it.
    pub fn settings(&self) -> Settings {
        Settings {
            lang: Some(self.lang.get_untracked().code().to_string()),
            view: self.view.with_untracked(ViewState::to_query),
            options: self.options.get_untracked(),
            preset: self.preset.get_untracked(),
            columns: self.columns.get_untracked(),
        }
    }

    /// Applies saved settings; a language or view given in the address
    /// wins over the saved one.
    pub fn apply(&self, s: &Settings, url_lang: Option<Lang>, url_view: bool) {
        if let Some(lang) = url_lang.or(s.language()) {
            self.lang.set(lang);
        }
        if !url_view && !s.view.is_empty() {
            self.view.set(ViewState::from_query(&s.view));
        }
        self.options.set(s.options.sanitized());
        self.preset.set(s.preset.clone());
        self.columns.set(s.columns.clone());
    }

    pub fn t<M: crate::i18n::Message>(&self, msg: M) -> &'static str {
        self.lang.get().text(msg)
    }
}

/// Quiet time before the workspace is written to local storage.
const SAVE_DELAY_MS: u64 = 400;
/// Where the workspace is kept between visits.
const SAVED_KEY: &str = "clustermap.workspace";
/// Where a saved workspace that could not be read is moved, so it is not
/// lost and does not break the next start.
const DAMAGED_KEY: &str = "clustermap.workspace.damaged";

#[component]
pub fn App() -> impl IntoView {
    let url_lang = browser::url_language();
    let mut lang =
        url_lang.unwrap_or_else(|| Lang::from_preferences(&browser::preferred_languages()));
    let mut status = Status::Idle;
    let mut saved = None;
    let workspace = match browser::stored(SAVED_KEY) {
        None => Workspace::sample(),
        Some(text) => match Workspace::from_saved(lang.text(Msg::SavedWorkspace), &text) {
            Ok((w, settings)) => {
                lang = url_lang.or(settings.language()).unwrap_or(lang);
                saved = Some(settings);
                if w != Workspace::sample() {
                    status = Status::Notice(Msg::WorkspaceRestored, w.sources.join(", "));
                }
                w
            }
            Err(e) => {
                browser::store(DAMAGED_KEY, &text);
                browser::remove_stored(SAVED_KEY);
                status = Status::Notice(Msg::WorkspaceDamaged, describe_error(lang, &e));
                Workspace::sample()
            }
        },
    };
    let ctx = AppContext::new(lang, workspace);
    ctx.status.set(status);
    let query = browser::url_query();
    let url_view = !ViewState::from_query(&query).to_query().is_empty();
    ctx.view.set(ViewState::from_query(&query));
    if let Some(settings) = saved {
        ctx.apply(&settings, url_lang, url_view);
    }
    provide_context(ctx);
    // The address bar always holds a link to what is on screen.
    Effect::new(move |_| {
        let view = ctx.view.with(ViewState::to_query);
        let lang = ctx.lang.get().code();
        browser::set_url_query(&if view.is_empty() {
            format!("lang={lang}")
        } else {
            format!("lang={lang}&{view}")
        });
    });
    Effect::new(move |_| browser::set_document_language(ctx.lang.get()));
    // Keep the workspace in the browser, so a reload brings it back. Saved
    // a moment after the last change, so the map is drawn first and a
    // burst of changes is written once.
    let saves = StoredValue::new(0u32);
    let pending = StoredValue::new(false);
    let save = move || {
        pending.set_value(false);
        let settings = ctx.settings();
        let text = ctx.workspace.with_untracked(|w| w.to_saved(&settings));
        if !browser::store(SAVED_KEY, &text) {
            ctx.status
                .set(Status::Notice(Msg::WorkspaceNotSaved, String::new()));
        }
    };
    Effect::new(move |first: Option<()>| {
        ctx.lang.track();
        ctx.workspace.track();
        ctx.options.track();
        ctx.preset.track();
        ctx.columns.track();
        // What was just restored (or the sample) needs no saving.
        if first.is_none() {
            return;
        }
        let n = saves.get_value().wrapping_add(1);
        saves.set_value(n);
        pending.set_value(true);
        set_timeout(
            move || {
                if saves.get_value() == n && pending.get_value() {
                    save();
                }
            },
            std::time::Duration::from_millis(SAVE_DELAY_MS),
        );
    });
    // Leaving or reloading the page within the delay still saves.
    let leave = window_event_listener(leptos::ev::pagehide, move |_| {
        if pending.get_value() {
            save();
        }
    });
    on_cleanup(move || leave.remove());
    // Cells copied from a spreadsheet and pasted anywhere but a text field.
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if in_field {
            return;
        }
        let text = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
            .unwrap_or_default();
        if let Some(source) = pasted_source(ctx.lang.get_untracked(), &text) {
            ev.prevent_default();
            load_sources(ctx, vec![source]);
        }
    });
    on_cleanup(move || paste.remove());
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        let files = ev
            .data_transfer()
            .and_then(|d| d.files())
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        load_files(ctx, files);
    };

    view! {
        <Header/>
        <main class="page" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop
            on:dragenter=move |_| warm_reader(ctx)>
            <SummaryLine/>
            <Toolbar/>
            <ClusterMap/>
            <div class="panels">
                <Details/>
                <Gaps/>
                <Opportunities/>
                <Results/>
                <Import/>
            </div>
        </main>
    }
}
