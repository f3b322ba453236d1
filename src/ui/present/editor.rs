//! Changing the generated deck: the current slide's title, points and
//! notes, and which slides are shown. Saved with the workspace.

use leptos::prelude::*;

use super::control::Slides;
use super::slide::current;
use crate::i18n::PresentMsg as P;
use crate::ui::state::Store;

#[component]
pub fn SlideEditor() -> impl IntoView {
    let store = expect_context::<Store>();
    let slides = expect_context::<Slides>();
    let pos = current(store, slides);
    let slide = Memo::new(move |_| slides.deck.with(|d| d.slide(pos.get().slide).cloned()));
    let key = move || slide.with(|s| s.as_ref().map(|s| s.key.clone()).unwrap_or_default());
    let field = move |f: fn(&crate::present::Slide) -> String| {
        move || slide.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let t = move |m: P| store.t(m);
    // Every slide, hidden ones too, so a hidden slide can come back.
    let list = move || {
        slides.deck.with(|d| {
            d.slides
                .iter()
                .map(|s| {
                    let k = s.key.clone();
                    view! {
                        <li><label>
                            <input type="checkbox" prop:checked=!s.hidden data-slide-key=s.key.clone()
                                on:change=move |ev| {
                                    let shown = event_target_checked(&ev);
                                    store.act(|st| st.edit_slide(&k, |e| e.hidden = !shown));
                                }/>
                            {s.title.clone()}
                        </label></li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <details class="slide-editor" data-testid="slide-editor">
            <summary>{move || t(P::EditSlides)}</summary>
            <label>{move || t(P::EditTitle)}
                <input type="text" prop:value=field(|s| s.title.clone()) data-testid="edit-title"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        store.act(|s| s.edit_slide(&key(), |e| e.title = Some(v)));
                    }/>
            </label>
            <label>{move || t(P::EditPoints)}
                <textarea rows="4" prop:value=field(|s| s.points.join("\n")) data-testid="edit-points"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let points = v.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
                        store.act(|s| s.edit_slide(&key(), |e| e.points = Some(points)));
                    }></textarea>
            </label>
            <label>{move || t(P::EditNotes)}
                <textarea rows="4" prop:value=field(|s| s.notes.clone()) data-testid="edit-notes"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        store.act(|s| s.edit_slide(&key(), |e| e.notes = Some(v)));
                    }></textarea>
            </label>
            <button type="button" on:click=move |_| store.act(|s| s.edit_slide(&key(), |e| {
                *e = crate::present::SlideEdit { hidden: e.hidden, ..Default::default() }
            }))>{move || t(P::ResetSlide)}</button>
            <h3>{move || t(P::ShowSlide)}</h3>
            <ol class="slide-list">{list}</ol>
        </details>
    }
}
