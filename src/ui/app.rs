//! The page: starts the session, wires the workers and the browser to it,
//! and lays out the panels. Components get the [`Store`] (the session),
//! [`Derived`] (what is computed from it) and the [`Loader`] through
//! context.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::derived::Derived;
use super::details::Details;
use super::gaps::Gaps;
use super::header::Header;
use super::import::Import;
use super::loader::{pasted_source, Loader};
use super::map::ClusterMap;
use super::offline::OfflineUpdate;
use super::opportunities::Opportunities;
use super::other_tab::OtherTabNotice;
use super::present::{self, Presentation, Slides};
use super::results::Results;
use super::state::Store;
use super::summary::SummaryLine;
use super::toolbar::Toolbar;
use super::{metrics, persist};
use crate::session::{Session, Start};

#[component]
pub fn App() -> impl IntoView {
    let (session, startup) = Session::start(&Start {
        url_lang: browser::url_language(),
        preferred: browser::preferred_languages(),
        query: browser::url_query(),
        // A single-file copy opens on the workspace it carries.
        stored: browser::inlined_workspace().or_else(|| browser::stored(persist::SAVED_KEY)),
    });
    if let Some(text) = &startup.damaged {
        persist::set_aside(text);
    }
    let store = Store::new(session);
    let derived = Derived::new(store);
    let loader = Loader::new(store);
    provide_context(store);
    provide_context(derived);
    provide_context(loader);
    let panels = NodeRef::new();
    metrics::connect(store, derived, panels);
    let slides = Slides::new(store, derived);
    provide_context(slides);
    persist::mirror_url(store);
    persist::keep_workspace(store);
    slides.connect();
    let presenting = present::showing(store);
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
        if let Some(source) = pasted_source(store.peek(|s| s.lang), &text) {
            ev.prevent_default();
            loader.load_sources(vec![source]);
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
        loader.load_files(files);
    };

    // The presentation takes the whole window; the page comes back after.
    view! {
        // Hidden, not unmounted: the page keeps its state, and the wasm
        // needs no code to rebuild it.
        <div class="app-page" class:away=move || presenting.get()>
        <Header/>
        <main class="page" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop
            on:dragenter=move |_| loader.warm()>
            <OtherTabNotice/>
            <SummaryLine/>
            <Toolbar/>
            <ClusterMap/>
            <div class="panels" node_ref=panels>
                <Details/>
                <Gaps/>
                <Opportunities/>
                <Results/>
                <present::PresentButtons/>
                <Import/>
            </div>
        </main>
        </div>
        <Presentation/>
        <OfflineUpdate/>
    }
}
