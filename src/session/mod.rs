//! What the user has open, as one plain type: the workspace, the settings
//! around it, the view, the selection, the highlight and where a load
//! stands. It changes only through methods named after what the user
//! does; each resets exactly what that action must reset and records
//! which [`Part`]s it changed, so the UI redraws only those. It never
//! touches the browser and is tested natively (`tests/session.rs`).
//!
//! Reading files and talking to the workers is the UI's business
//! (`ui/loader.rs`); the session only hands out a [`LoadRequest`] and takes
//! in the answer, dropping answers to loads that were superseded.

mod changes;
mod present;
mod status;

use std::rc::Rc;

pub use changes::{Changed, Part};
pub use present::Presenting;
pub use status::{Highlight, LoadTicket, Status};

use crate::analysis::AnalysisOptions;
use crate::i18n::{describe_error, Lang, Msg};
use crate::ingest::mapping::{ColumnMapping, GridPreview, ValueMapping};
use crate::ingest::{IngestError, LoadOptions, LoadStep, Loaded, SourceFile};
use crate::privacy::{Disclosure, Privacy};
use crate::view::{Camera, Filters, MapMode, Pins, Selection, ViewState};
use crate::workspace::{Settings, Workspace};

/// What to read, for the reader's worker.
#[derive(Debug, Clone)]
pub struct LoadRequest {
    pub id: u32,
    pub options: LoadOptions,
    pub files: Rc<Vec<SourceFile>>,
}

/// What the page knows when it starts.
#[derive(Debug, Clone, Default)]
pub struct Start {
    /// `?lang=` of the address, if any.
    pub url_lang: Option<Lang>,
    /// The browser's preferred languages, best first.
    pub preferred: Vec<String>,
    /// The address's query (the view of a copied link).
    pub query: String,
    /// The workspace kept in the browser by an earlier visit.
    pub stored: Option<String>,
}

/// What the page must do at start besides showing the session.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Startup {
    /// A stored workspace that could not be read: to be set aside, not
    /// lost, and not read again at the next start.
    pub damaged: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub lang: Lang,
    pub workspace: Workspace,
    /// Thresholds and weights of the value-chain analysis.
    pub options: AnalysisOptions,
    /// Sector preset id for files without a stages table.
    pub preset: Option<String>,
    /// The user's corrections of header recognition.
    pub columns: ColumnMapping,
    /// The user's choices of what categorical values mean.
    pub values: ValueMapping,
    pub search: String,
    pub filters: Filters,
    pub camera: Camera,
    pub selection: Selection,
    /// The actor under the pointer, focused or last tapped (index).
    pub hovered: Option<usize>,
    pub mode: MapMode,
    pub pins: Pins,
    pub highlight: Option<Highlight>,
    pub status: Status,
    /// Names or codes, figures or bands (see [`crate::privacy`]).
    pub privacy: Privacy,
    /// How the grids of the last files were read (the mapping step).
    pub previews: Vec<GridPreview>,
    /// The presentation, while one runs.
    pub presenting: Option<Presenting>,
    /// The handout (the deck as printed pages) is open.
    pub handout: bool,
    /// The presenter's changes to the generated deck.
    pub deck_edits: crate::present::DeckEdits,
    /// The files last read, kept so a changed mapping can read them
    /// again; never stored.
    sources: Rc<Vec<SourceFile>>,
    ticket: LoadTicket,
    /// Whether the reader still owes the answer to `ticket`.
    waiting: bool,
    changed: Changed,
}

impl Session {
    pub fn new(lang: Lang, workspace: Workspace) -> Self {
        Self {
            lang,
            workspace,
            options: AnalysisOptions::default(),
            preset: None,
            columns: ColumnMapping::default(),
            values: ValueMapping::default(),
            search: String::new(),
            filters: Filters::default(),
            camera: Camera::default(),
            selection: Selection::default(),
            hovered: None,
            mode: MapMode::default(),
            pins: Pins::default(),
            highlight: None,
            status: Status::Idle,
            privacy: Privacy::default(),
            previews: Vec::new(),
            presenting: None,
            handout: false,
            deck_edits: Default::default(),
            sources: Rc::new(Vec::new()),
            ticket: LoadTicket::default(),
            waiting: false,
            changed: Changed::NONE,
        }
    }

    /// The session a visit opens with: the stored workspace (or the sample),
    /// in the language of the address, of the stored workspace or of the
    /// browser, in that order; the view of the address wins over the
    /// stored one.
    pub fn start(start: &Start) -> (Self, Startup) {
        let mut lang = start
            .url_lang
            .unwrap_or_else(|| Lang::from_preferences(&start.preferred));
        let mut startup = Startup::default();
        let mut status = Status::Idle;
        let mut saved = None;
        let workspace = match start.stored.as_deref() {
            None => Workspace::sample(),
            Some(text) => match Workspace::from_saved(lang.text(Msg::SavedWorkspace), text) {
                Ok((w, settings)) => {
                    lang = start.url_lang.or(settings.language()).unwrap_or(lang);
                    saved = Some(settings);
                    if w != Workspace::sample() {
                        status = Status::Notice(Msg::WorkspaceRestored, w.sources.join(", "));
                    }
                    w
                }
                Err(e) => {
                    startup.damaged = Some(text.to_string());
                    status = Status::Notice(Msg::WorkspaceDamaged, describe_error(lang, &e));
                    Workspace::sample()
                }
            },
        };
        let mut session = Self::new(lang, workspace);
        session.status = status;
        // The link's flag wins; without one, the saved choice holds.
        session.privacy = Privacy::from_query(&start.query)
            .or(saved.as_ref().map(|s| s.privacy))
            .unwrap_or_default();
        let url_view = session.view_from_link(ViewState::from_query(&start.query));
        let has_url_view = !url_view.to_query().is_empty();
        session.put_view(url_view);
        if let Some(settings) = saved {
            session.apply_settings(&settings, start.url_lang, has_url_view);
        }
        if let Some(p) = Privacy::from_query(&start.query) {
            session.privacy = p;
        }
        session.resume_from_query(&start.query);
        session.changed = Changed::NONE;
        (session, startup)
    }

    /// The parts changed since the last call.
    pub fn take_changes(&mut self) -> Changed {
        std::mem::take(&mut self.changed)
    }

    fn touch(&mut self, part: Part) {
        self.changed = self.changed.with(part);
    }

    /// Sets a part if the new value differs, recording the change.
    fn put<T: PartialEq>(changed: &mut Changed, slot: &mut T, value: T, part: Part) {
        if *slot != value {
            *slot = value;
            *changed = changed.with(part);
        }
    }

    // ---- reading the session ----

    /// The user's choices around the data, as saved with it.
    pub fn settings(&self) -> Settings {
        Settings {
            lang: Some(self.lang.code().to_string()),
            view: self.view_outside_presentation().to_query(),
            options: self.options.clone(),
            preset: self.preset.clone(),
            columns: self.columns.clone(),
            values: self.values.clone(),
            privacy: self.privacy,
            deck: self.deck_edits.clone(),
        }
    }

    /// The view parts as one value (for links and saving).
    pub fn view(&self) -> ViewState {
        ViewState {
            search: self.search.clone(),
            filters: self.filters.clone(),
            camera: self.camera,
            selection: self.selection.clone(),
            mode: self.mode,
            pins: self.pins.clone(),
        }
    }

    /// The address bar's query: language first, the anonymised flag,
    /// then the view. While anonymised, actors are named by their public
    /// id (the code), and the search and a filter on an extra column are
    /// left out, since what is typed there or a cell of the file may be
    /// a name.
    pub fn url_query(&self) -> String {
        if let Some(q) = self.presenting_query() {
            return q;
        }
        let mut parts = vec![format!("lang={}", self.lang.code())];
        parts.extend(self.privacy.to_query().map(str::to_string));
        let view = self.view_for_link().to_query();
        if !view.is_empty() {
            parts.push(view);
        }
        parts.join("&")
    }

    /// How names and figures of the open data may be shown.
    pub fn disclosure(&self) -> Disclosure {
        Disclosure::new(&self.workspace.loaded.dataset, self.privacy)
    }

    /// The view as a link may carry it (see [`Session::url_query`]).
    fn view_for_link(&self) -> ViewState {
        let mut v = self.view();
        if !self.privacy.anonymised {
            return v;
        }
        v.search.clear();
        // A filter on an extra column carries the file's own cell text.
        v.filters.attribute = None;
        if v.selection.actor.is_none() && v.pins.is_empty() {
            return v;
        }
        let d = &self.workspace.loaded.dataset;
        let disclosure = self.disclosure();
        let public = |id: &str| d.actor_index(id).map(|i| disclosure.public_id(d, i));
        v.selection.actor = v.selection.actor.as_deref().and_then(public);
        v.pins.0 = std::mem::take(&mut v.pins.0)
            .into_iter()
            .filter_map(|(id, p)| public(&id).map(|c| (c, p)))
            .collect();
        v
    }

    /// A link's view with its public ids (codes) read back as ids.
    fn view_from_link(&self, mut v: ViewState) -> ViewState {
        if !self.privacy.anonymised {
            return v;
        }
        let d = &self.workspace.loaded.dataset;
        let disclosure = self.disclosure();
        let id = |public: &str| {
            disclosure
                .actor_of(d, public)
                .map(|i| d.actors[i].id.clone())
        };
        v.selection.actor = v.selection.actor.as_deref().and_then(id);
        v.pins.0 = std::mem::take(&mut v.pins.0)
            .into_iter()
            .filter_map(|(public, p)| id(&public).map(|i| (i, p)))
            .collect();
        v
    }

    /// The selected actor's index in the dataset, if it is there.
    pub fn selected(&self) -> Option<usize> {
        self.selection
            .actor
            .as_deref()
            .and_then(|id| self.workspace.loaded.dataset.actor_index(id))
    }

    /// Whether files are kept that a changed mapping can read again (not
    /// for the sample, nor for a workspace restored from the browser).
    pub fn has_files(&self) -> bool {
        !self.sources.is_empty()
    }

    /// Whether a load is waiting for the reader.
    pub fn is_reading(&self) -> bool {
        matches!(self.status, Status::Reading(..))
    }

    /// The workspace as one file, with the settings.
    pub fn saved_text(&self) -> String {
        self.workspace.to_saved(&self.settings())
    }

    // ---- the view ----

    fn put_view(&mut self, v: ViewState) {
        let c = &mut self.changed;
        Self::put(c, &mut self.search, v.search, Part::Search);
        Self::put(c, &mut self.filters, v.filters, Part::Filters);
        Self::put(c, &mut self.camera, v.camera, Part::Camera);
        Self::put(c, &mut self.selection, v.selection, Part::Selection);
        Self::put(c, &mut self.mode, v.mode, Part::Mode);
        Self::put(c, &mut self.pins, v.pins, Part::Pins);
    }

    pub fn set_lang(&mut self, lang: Lang) {
        Self::put(&mut self.changed, &mut self.lang, lang, Part::Lang);
    }

    pub fn set_search(&mut self, text: &str) {
        Self::put(
            &mut self.changed,
            &mut self.search,
            text.to_string(),
            Part::Search,
        );
    }

    /// Changes the filters; a focus needs a selection to centre on, and
    /// says nothing without one.
    pub fn set_filters(&mut self, change: impl FnOnce(&mut Filters)) {
        let mut f = self.filters.clone();
        change(&mut f);
        f.min_strength = f.min_strength.clamp(1, 5);
        f.focus = f.focus.min(2);
        Self::put(&mut self.changed, &mut self.filters, f, Part::Filters);
    }

    /// Back to a map that shows everything: filters, search and
    /// neighbourhood focus off (the "show all" of the toolbar).
    pub fn clear_filters(&mut self) {
        Self::put(
            &mut self.changed,
            &mut self.filters,
            Filters::default(),
            Part::Filters,
        );
        self.set_search("");
    }

    pub fn set_mode(&mut self, mode: MapMode) {
        Self::put(&mut self.changed, &mut self.mode, mode, Part::Mode);
    }

    /// Another picture of the data, seen whole.
    pub fn switch_mode(&mut self, mode: MapMode) {
        self.set_mode(mode);
        self.reset_camera();
    }

    /// "Reset view": everything shows, nothing is chosen or placed by
    /// hand, the map is seen whole; the picture stays.
    pub fn reset_view(&mut self) {
        let mode = self.mode;
        self.put_view(ViewState {
            mode,
            ..ViewState::default()
        });
        // A highlighted finding is part of what the user sees: "Reset view"
        // that left it would leave the map dimmed (issue 16).
        self.highlight(None);
    }

    /// Actors dragged in the network view go back to their computed place.
    pub fn unpin_all(&mut self) {
        Self::put(
            &mut self.changed,
            &mut self.pins,
            Pins::default(),
            Part::Pins,
        );
    }

    pub fn set_camera(&mut self, camera: Camera) {
        Self::put(&mut self.changed, &mut self.camera, camera, Part::Camera);
    }

    pub fn pan_by(&mut self, dx: f64, dy: f64) {
        let mut c = self.camera;
        c.pan_by(dx, dy);
        self.set_camera(c);
    }

    pub fn zoom_by(&mut self, factor: f64) {
        let mut c = self.camera;
        c.zoom_by(factor);
        self.set_camera(c);
    }

    /// Zooms about a map point (see [`Camera::zoom_at`]).
    pub fn zoom_at(&mut self, factor: f64, at: (f64, f64), map: (f64, f64)) {
        let mut c = self.camera;
        c.zoom_at(factor, at.0, at.1, map.0, map.1);
        self.set_camera(c);
    }

    pub fn reset_camera(&mut self) {
        self.set_camera(Camera::default());
    }

    /// Puts an actor where the user dragged it (network view).
    pub fn pin(&mut self, actor: usize, at: (f64, f64)) {
        if !(at.0.is_finite() && at.1.is_finite()) {
            return;
        }
        let Some(id) = self.actor_id(actor) else {
            return;
        };
        let mut pins = self.pins.clone();
        pins.0.insert(id, at);
        Self::put(&mut self.changed, &mut self.pins, pins, Part::Pins);
    }

    fn actor_id(&self, actor: usize) -> Option<String> {
        self.workspace
            .loaded
            .dataset
            .actors
            .get(actor)
            .map(|a| a.id.clone())
    }

    // ---- selection and highlight ----

    /// Chooses an actor (its details open) or none; an index the dataset
    /// does not have changes nothing.
    pub fn select(&mut self, actor: Option<usize>) {
        let id = match actor {
            Some(i) => match self.actor_id(i) {
                Some(id) => Some(id),
                None => return,
            },
            None => None,
        };
        if actor.is_some() {
            Self::put(&mut self.changed, &mut self.hovered, actor, Part::Hover);
        }
        Self::put(
            &mut self.changed,
            &mut self.selection,
            Selection { actor: id },
            Part::Selection,
        );
    }

    /// The actor under the pointer or keyboard focus.
    pub fn hover(&mut self, actor: Option<usize>) {
        let actor = actor.filter(|&i| i < self.workspace.loaded.dataset.actors.len());
        Self::put(&mut self.changed, &mut self.hovered, actor, Part::Hover);
    }

    /// Shows a finding's stage and firms on the map.
    pub fn highlight(&mut self, highlight: Option<Highlight>) {
        Self::put(
            &mut self.changed,
            &mut self.highlight,
            highlight,
            Part::Highlight,
        );
    }

    /// The same finding's button again takes its highlight away.
    pub fn toggle_highlight(&mut self, highlight: Highlight) {
        let next = (self.highlight.as_ref() != Some(&highlight)).then_some(highlight);
        self.highlight(next);
    }

    /// Escape: no selection and no highlight.
    pub fn clear(&mut self) {
        self.select(None);
        self.highlight(None);
    }

    // ---- privacy ----

    /// The anonymised mode on or off (the toolbar switch). Turning it on
    /// clears the search, which may hold a name that was typed.
    pub fn anonymise(&mut self, on: bool) {
        let privacy = Privacy {
            anonymised: on,
            ..self.privacy
        };
        self.set_privacy(privacy);
        if on {
            self.set_search("");
        }
    }

    /// While anonymised, whether institutions keep their names.
    pub fn show_institution_names(&mut self, on: bool) {
        let privacy = Privacy {
            institution_names: on,
            ..self.privacy
        };
        self.set_privacy(privacy);
    }

    fn set_privacy(&mut self, privacy: Privacy) {
        Self::put(&mut self.changed, &mut self.privacy, privacy, Part::Privacy);
    }

    // ---- settings ----

    pub fn set_options(&mut self, options: AnalysisOptions) {
        let options = options.sanitized();
        Self::put(&mut self.changed, &mut self.options, options, Part::Options);
    }

    pub fn set_preset(&mut self, preset: Option<String>) {
        Self::put(&mut self.changed, &mut self.preset, preset, Part::Preset);
    }

    /// Applies saved settings; a language or view given in the address
    /// wins over the saved one.
    pub fn apply_settings(&mut self, s: &Settings, url_lang: Option<Lang>, url_view: bool) {
        if let Some(lang) = url_lang.or(s.language()) {
            self.set_lang(lang);
        }
        if !url_view && !s.view.is_empty() {
            self.put_view(ViewState::from_query(&s.view));
        }
        self.set_options(s.options.clone());
        self.set_preset(s.preset.clone());
        // A file saved with names never turns the mode off: opening a
        // colleague's workspace before an audience must not show them.
        if s.privacy.anonymised {
            self.set_privacy(s.privacy);
        }
        Self::put(
            &mut self.changed,
            &mut self.columns,
            s.columns.clone(),
            Part::Columns,
        );
        Self::put(
            &mut self.changed,
            &mut self.values,
            s.values.clone(),
            Part::Values,
        );
        self.set_deck_edits(s.deck.clone());
    }

    // ---- loading ----

    /// Files have been chosen; their bytes are being handed over by the
    /// browser.
    pub fn begin_reading(&mut self, names: &[String]) {
        self.set_status(Status::Reading(names.join(", "), None));
    }

    /// A file was refused before reading (too large, say); the map stays.
    pub fn refuse(&mut self, error: IngestError) {
        self.set_status(Status::Failed(error));
    }

    /// The browser could not hand over a file; the map stays.
    pub fn unreadable(&mut self, detail: String) {
        self.set_status(Status::Unreadable(detail));
    }

    /// A message about keeping the workspace.
    pub fn notice(&mut self, msg: Msg, detail: String) {
        self.set_status(Status::Notice(msg, detail));
    }

    fn set_status(&mut self, status: Status) {
        Self::put(&mut self.changed, &mut self.status, status, Part::Status);
    }

    /// New files to read (chosen, dropped or pasted).
    pub fn load(&mut self, sources: Vec<SourceFile>) -> LoadRequest {
        self.sources = Rc::new(sources);
        self.request(true)
    }

    /// Reads the kept files again with the current column choices; `None`
    /// when there are none (the sample).
    pub fn reread(&mut self) -> Option<LoadRequest> {
        (!self.sources.is_empty()).then(|| self.request(false))
    }

    /// Changes the column choices and reads the files again with them.
    pub fn choose_columns(
        &mut self,
        change: impl FnOnce(&mut ColumnMapping),
    ) -> Option<LoadRequest> {
        let mut columns = self.columns.clone();
        change(&mut columns);
        Self::put(&mut self.changed, &mut self.columns, columns, Part::Columns);
        self.reread()
    }

    /// The user says what values of a categorical column mean (the
    /// value-mapping step): kept files are read again with the choice.
    pub fn choose_values(&mut self, change: impl FnOnce(&mut ValueMapping)) -> Option<LoadRequest> {
        let mut values = self.values.clone();
        change(&mut values);
        Self::put(&mut self.changed, &mut self.values, values, Part::Values);
        self.reread()
    }

    fn request(&mut self, fresh: bool) -> LoadRequest {
        self.ticket = LoadTicket {
            id: self.ticket.id.wrapping_add(1),
            fresh,
        };
        self.waiting = true;
        let names: Vec<String> = self.sources.iter().map(|f| f.name.clone()).collect();
        self.begin_reading(&names);
        LoadRequest {
            id: self.ticket.id,
            options: LoadOptions {
                preset: self.preset.clone(),
                columns: self.columns.clone(),
                values: self.values.clone(),
                ..LoadOptions::default()
            },
            files: Rc::clone(&self.sources),
        }
    }

    /// The reader reached a step of load `id`.
    pub fn progress(&mut self, id: u32, step: LoadStep) {
        if id != self.ticket.id {
            return;
        }
        if let Status::Reading(files, _) = &self.status {
            let next = Status::Reading(files.clone(), Some(step));
            self.set_status(next);
        }
    }

    /// The reader's answer to load `id`. New data replaces the workspace;
    /// what pointed into the old data (hover, highlight, and for new files
    /// the selection, the pins and the camera) goes with it. A saved
    /// workspace file brings its settings back. On failure the map stays,
    /// and the grids are shown for mapping by hand.
    pub fn finish(
        &mut self,
        id: u32,
        result: Result<Loaded, IngestError>,
        previews: Vec<GridPreview>,
        settings: Option<Settings>,
    ) {
        if id != self.ticket.id || !self.waiting {
            return;
        }
        self.waiting = false;
        let fresh = self.ticket.fresh;
        match result {
            Ok(loaded) => {
                let names = self.sources.iter().map(|f| f.name.clone()).collect();
                self.previews = loaded.columns.clone();
                self.touch(Part::Previews);
                self.replace_data(Workspace::from_loaded(loaded, names), fresh);
                if let Some(s) = settings.filter(|_| fresh) {
                    self.apply_settings(&s, None, false);
                }
                self.set_status(Status::Loaded);
            }
            Err(e) => {
                Self::put(
                    &mut self.changed,
                    &mut self.previews,
                    previews,
                    Part::Previews,
                );
                self.set_status(Status::Failed(e));
            }
        }
    }

    /// Back to the built-in sample: the loaded files are forgotten, and
    /// everything that pointed into them goes.
    pub fn show_sample(&mut self) {
        self.sources = Rc::new(Vec::new());
        // A late answer of the reader must not bring the files back.
        self.waiting = false;
        Self::put(
            &mut self.changed,
            &mut self.previews,
            Vec::new(),
            Part::Previews,
        );
        self.replace_data(Workspace::sample(), true);
        self.set_status(Status::Idle);
    }

    fn replace_data(&mut self, workspace: Workspace, fresh: bool) {
        self.workspace = workspace;
        self.touch(Part::Workspace);
        // The slides were of the old data.
        if self.presenting.take().is_some() {
            self.touch(Part::Present);
        }
        self.hover(None);
        self.highlight(None);
        if fresh {
            self.select(None);
            Self::put(
                &mut self.changed,
                &mut self.pins,
                Pins::default(),
                Part::Pins,
            );
            self.reset_camera();
        } else if self.selected().is_none() {
            // A re-read may drop the selected actor (a column now read
            // differently); the selection must not point at nothing.
            self.select(None);
        }
    }
}
