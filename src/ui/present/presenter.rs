//! The presenter's view: the current slide, the next one, the notes and
//! the time, in a second window or beside the slide for a rehearsal.
//! Either window drives the other (see [`super::control`]).

use leptos::prelude::*;

use super::control::Slides;
use super::editor::SlideEditor;
use super::slide::{current, SlideView};
use super::web;
use crate::i18n::PresentMsg as P;
use crate::present::keys::Command;
use crate::ui::state::Store;

/// "12:05" for 725 seconds.
fn clock(seconds: u64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

#[component]
pub fn PresenterView() -> impl IntoView {
    let store = expect_context::<Store>();
    let slides = expect_context::<Slides>();
    let pos = current(store, slides);
    let started = web::now_ms();
    let elapsed = RwSignal::new(0u64);
    if let Ok(timer) = set_interval_with_handle(
        move || elapsed.set(((web::now_ms() - started) / 1000.0) as u64),
        std::time::Duration::from_secs(1),
    ) {
        on_cleanup(move || timer.clear());
    }
    let next = Memo::new(move |_| {
        slides.deck.with(|d| {
            let p = pos.get();
            let n = d.next(p);
            (n != p)
                .then(|| {
                    d.slide(n.slide).map(|s| {
                        if n.slide == p.slide {
                            s.captions(n.step).last().unwrap_or_default().to_string()
                        } else {
                            s.title.clone()
                        }
                    })
                })
                .flatten()
        })
    });
    let notes = move || {
        slides
            .deck
            .with(|d| d.slide(pos.get().slide).map(|s| s.notes.clone()))
    };
    let t = move |m: P| store.t(m);
    view! {
        <div class="deck presenter" data-testid="presenter">
            <div class="presenter-current"><SlideView/></div>
            <aside class="presenter-side">
                <p class="presenter-clock" data-testid="elapsed">
                    {move || store.lang().format(P::Elapsed, &[("time", clock(elapsed.get()))])}
                </p>
                <nav class="presenter-nav">
                    <button type="button" data-testid="presenter-prev" on:click=move |_| slides.run(Command::Prev)>
                        {move || t(P::Previous)}</button>
                    <button type="button" data-testid="presenter-next" on:click=move |_| slides.run(Command::Next)>
                        {move || t(P::Forward)}</button>
                    <button type="button" data-testid="presenter-window" on:click=move |_| slides.open_presenter_window()>
                        {move || t(P::PresenterWindow)}</button>
                    <button type="button" data-testid="present-stop" on:click=move |_| slides.stop()>
                        {move || t(P::EndPresentation)}</button>
                </nav>
                <section class="presenter-next" data-testid="next-slide">
                    <h2>{move || t(P::NextUp)}</h2>
                    <p>{move || next.get().unwrap_or_else(|| t(P::EndOfDeck).to_string())}</p>
                </section>
                <section class="presenter-notes" data-testid="notes">
                    <h2>{move || t(P::Notes)}</h2>
                    <p>{notes}</p>
                </section>
                <SlideEditor/>
            </aside>
        </div>
    }
}
