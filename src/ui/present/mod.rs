//! The information-day presentation in the page: thin components over the
//! pure deck (`crate::present`). [`control`] drives it; the audience sees
//! [`slide`], the presenter [`presenter`], the printer [`handout`].

mod control;
mod editor;
mod handout;
mod presenter;
mod slide;
mod web;

use leptos::prelude::*;

pub use control::Slides;
use handout::Handout;
use presenter::PresenterView;
use slide::SlideView;

use crate::i18n::PresentMsg as P;
use crate::session::Part;
use crate::ui::state::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Audience,
    Presenter,
    Handout,
}

/// Whatever the presentation shows instead of the page, if anything.
pub fn showing(store: Store) -> Memo<bool> {
    Memo::new(move |_| store.read(Part::Present, |s| s.presenting.is_some() || s.handout))
}

#[component]
pub fn Presentation() -> impl IntoView {
    let store = expect_context::<Store>();
    let screen = Memo::new(move |_| {
        store.read(Part::Present, |s| match &s.presenting {
            Some(p) if p.with_notes => Some(Screen::Presenter),
            Some(_) => Some(Screen::Audience),
            None => s.handout.then_some(Screen::Handout),
        })
    });
    let black = move || {
        store.read(Part::Present, |s| {
            s.presenting.as_ref().is_some_and(|p| p.black)
        })
    };
    move || {
        match screen.get() {
        Some(Screen::Audience) => view! {
            <div class="deck audience" data-testid="deck" role="region" aria-label=move || store.t(P::DeckRegion)>
                <SlideView/>
                <div class="blackout" data-testid="blackout" class:on=black role="status"
                    aria-label=move || store.t(P::BlackedOut)></div>
            </div>
        }
        .into_any(),
        Some(Screen::Presenter) => view! { <PresenterView/> }.into_any(),
        Some(Screen::Handout) => view! { <Handout/> }.into_any(),
        None => ().into_any(),
    }
    }
}

/// The panel that starts a presentation, a rehearsal or the handout.
#[component]
pub fn PresentButtons() -> impl IntoView {
    let store = expect_context::<Store>();
    let slides = expect_context::<Slides>();
    let t = move |m: P| store.t(m);
    view! {
        <section class="panel present-panel" data-testid="present-panel">
            <h2>{move || t(P::DeckRegion)}</h2>
            <div class="present-buttons">
                <button type="button" data-testid="present-start" on:click=move |_| slides.start(false)>
                    {move || t(P::Present)}</button>
                <button type="button" data-testid="present-rehearse" on:click=move |_| slides.start(true)>
                    {move || t(P::Rehearse)}</button>
                <button type="button" data-testid="present-handout" on:click=move |_| store.act(|s| s.open_handout())>
                    {move || t(P::Handout)}</button>
            </div>
            <p class="definition">{move || t(P::PresentHelp)}</p>
        </section>
    }
}
