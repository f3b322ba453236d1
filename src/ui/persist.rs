//! Keeps the workspace in the browser, so a reload brings it back, and
//! the address bar holding a link to what is on screen.

use leptos::prelude::*;

use super::browser;
use super::state::Store;
use crate::session::Part;

/// Quiet time before the workspace is written to local storage.
const SAVE_DELAY_MS: u64 = 400;
/// Where the workspace is kept between visits.
pub const SAVED_KEY: &str = "clustermap.workspace";
/// Where a saved workspace that could not be read is moved, so it is not
/// lost and does not break the next start.
pub const DAMAGED_KEY: &str = "clustermap.workspace.damaged";

/// Whether the last save of the workspace failed (private window, storage
/// full or blocked, a sandboxed frame): the data then lives only in this
/// tab, and [`super::unsaved::UnsavedNotice`] says so until a save works.
#[derive(Clone, Copy)]
pub struct Unsaved(pub RwSignal<bool>);

impl Unsaved {
    /// Writes the workspace to local storage; a failure raises the flag,
    /// a success lowers it.
    pub fn save_now(self, store: Store) -> bool {
        let text = store.peek(|s| s.saved_text());
        let saved = browser::store(SAVED_KEY, &text);
        if self.0.get_untracked() == saved {
            self.0.set(!saved);
        }
        saved
    }
}

/// Sets a damaged stored workspace aside.
pub fn set_aside(text: &str) {
    browser::store(DAMAGED_KEY, text);
    browser::remove_stored(SAVED_KEY);
}

/// Quiet time before the address bar follows a change: a pan or pinch
/// changes the camera every frame, and browsers throttle (and warn about)
/// more than a few history updates a second.
const URL_DELAY_MS: u64 = 150;

/// The address bar follows the view and the language: at once for a
/// choice, a moment after the last step for camera moves.
pub fn mirror_url(store: Store) {
    let write = move || browser::set_url_query(&store.peek(|s| s.url_query()));
    Effect::new(move |_| {
        for part in [
            Part::Lang,
            Part::Search,
            Part::Filters,
            Part::Selection,
            Part::Mode,
            Part::Pins,
            Part::Privacy,
            Part::Present,
        ] {
            store.read(part, |_| ());
        }
        write();
    });
    let pending = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        store.read(Part::Camera, |_| ());
        if first.is_none() || pending.get_value() {
            return;
        }
        pending.set_value(true);
        // The query is read when the timer fires, so the last step of a
        // burst is the one written.
        set_timeout(
            move || {
                if pending.try_get_value().is_some() {
                    pending.set_value(false);
                    write();
                }
            },
            std::time::Duration::from_millis(URL_DELAY_MS),
        );
    });
    Effect::new(move |_| browser::set_document_language(store.lang()));
}

/// The saved workspace of another tab that differs from this tab's,
/// while the user has not chosen between them (`ui/other_tab.rs`).
#[derive(Clone, Copy)]
pub struct OtherTab(pub RwSignal<Option<String>>);

/// Saves a moment after the last change of the data or its settings, so
/// the map is drawn first and a burst of changes is written once; leaving
/// or reloading the page within the delay still saves. When another tab
/// has saved different data, this tab stops saving until the user
/// chooses ([`OtherTab`]).
pub fn keep_workspace(store: Store) {
    let saves = StoredValue::new(0u32);
    let pending = StoredValue::new(false);
    let other = RwSignal::new(None::<String>);
    provide_context(OtherTab(other));
    // Saves run from timers, outside any reactive owner: the flag is
    // captured here, not looked up there.
    let unsaved = Unsaved(RwSignal::new(false));
    provide_context(unsaved);
    let heard = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(SAVED_KEY) {
            return;
        }
        match ev.new_value() {
            Some(theirs) if theirs != store.peek(|s| s.saved_text()) => other.set(Some(theirs)),
            _ => other.set(None),
        }
    });
    on_cleanup(move || heard.remove());
    let save = move || {
        pending.set_value(false);
        if other.try_with_untracked(Option::is_some).unwrap_or(false) {
            return;
        }
        unsaved.save_now(store);
    };
    Effect::new(move |first: Option<()>| {
        for part in [
            Part::Lang,
            Part::Workspace,
            Part::Options,
            Part::Preset,
            Part::Columns,
            Part::Values,
            Part::Privacy,
            Part::Deck,
        ] {
            store.read(part, |_| ());
        }
        // What was just restored (or the sample) needs no saving.
        if first.is_none() {
            return;
        }
        let n = saves.get_value().wrapping_add(1);
        saves.set_value(n);
        pending.set_value(true);
        set_timeout(
            move || {
                if saves.try_get_value() == Some(n) && pending.try_get_value() == Some(true) {
                    save();
                }
            },
            std::time::Duration::from_millis(SAVE_DELAY_MS),
        );
    });
    let leave = window_event_listener(leptos::ev::pagehide, move |_| {
        if pending.try_get_value() == Some(true) {
            save();
        }
    });
    on_cleanup(move || leave.remove());
}
