//! The handout: every shown slide on its own A4 landscape page with its
//! points, all steps and the notes below, printed by the browser (so
//! "Save as PDF" gives the file to hand out). Page rules are in the
//! print part of the stylesheet.

use leptos::prelude::*;

use super::control::Slides;
use super::slide::texts;
use super::web;
use crate::i18n::PresentMsg as P;
use crate::ui::state::Store;

#[component]
pub fn Handout() -> impl IntoView {
    let store = expect_context::<Store>();
    let slides = expect_context::<Slides>();
    let t = move |m: P| store.t(m);
    let pages = move || {
        let lang = store.lang();
        slides.deck.with(|d| {
            let total = d.shown_count();
            d.shown()
                .enumerate()
                .map(|(i, s)| {
                    let number = lang.format(
                        P::SlideOf,
                        &[("n", (i + 1).to_string()), ("total", total.to_string())],
                    );
                    let items = texts(s, s.step_count() - 1)
                        .into_iter()
                        .map(|x| view! { <li>{x}</li> })
                        .collect_view();
                    view! {
                        <section class="handout-page" data-testid="handout-page">
                            <h1>{s.title.clone()}</h1>
                            <ul>{items}</ul>
                            <h2>{lang.text(P::Notes)}</h2>
                            <p class="handout-notes">{s.notes.clone()}</p>
                            <footer>{number}</footer>
                        </section>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="handout" data-testid="handout">
            <nav class="handout-bar">
                <button type="button" data-testid="handout-print" on:click=|_| web::print()>
                    {move || t(P::PrintHandout)}</button>
                <button type="button" data-testid="handout-close" on:click=move |_| store.act(|s| s.close_handout())>
                    {move || t(P::CloseHandout)}</button>
            </nav>
            {pages}
        </div>
    }
}
