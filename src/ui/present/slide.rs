//! One slide as the audience sees it: the takeaway title, the map in the
//! slide's state, the points and the steps revealed so far. The map is the
//! app's own map component, mounted once for the whole presentation.

use leptos::prelude::*;

use super::control::Slides;
use crate::i18n::PresentMsg as P;
use crate::present::{Pos, Slide, STAGE_ZOOM};
use crate::session::Part;
use crate::ui::derived::Derived;
use crate::ui::map::ClusterMap;
use crate::ui::state::Store;

/// Where the presentation stands, made valid for the deck.
pub fn current(store: Store, slides: Slides) -> Memo<Pos> {
    Memo::new(move |_| {
        let pos = store.read(Part::Present, |s| s.presenting.as_ref().map(|p| p.pos));
        slides.deck.with(|d| d.clamp(pos.unwrap_or_default()))
    })
}

/// The title, points and revealed steps of a slide, as a list.
pub fn texts(slide: &Slide, step: usize) -> Vec<String> {
    slide
        .points
        .iter()
        .cloned()
        .chain(slide.captions(step).map(str::to_string))
        .collect()
}

/// Hides the columns of the stages a step has not revealed yet (the
/// filters hide their actors, this their headers). Ids are quoted as CSS
/// strings, so no id can end the rule.
fn unrevealed_columns(ids: &std::collections::BTreeSet<String>) -> String {
    ids.iter()
        .map(|id| {
            let quoted: String = id
                .chars()
                .filter(|c| !c.is_control())
                .flat_map(|c| match c {
                    '"' | '\\' => vec!['\\', c],
                    _ => vec![c],
                })
                .collect();
            format!(".slide .stage-column[data-stage=\"{quoted}\"] {{ visibility: hidden; }}\n")
        })
        .collect()
}

#[component]
pub fn SlideView() -> impl IntoView {
    let store = expect_context::<Store>();
    let slides = expect_context::<Slides>();
    let derived = expect_context::<Derived>();
    let pos = current(store, slides);
    let slide = Memo::new(move |_| slides.deck.with(|d| d.slide(pos.get().slide).cloned()));
    let total = Memo::new(move |_| slides.deck.with(|d| d.shown_count()));
    let map = Memo::new(move |_| slides.deck.with(|d| d.map_at(pos.get()).cloned()));
    let unrevealed = move || {
        map.with(|m| {
            m.as_ref()
                .map(|m| unrevealed_columns(&m.filters.hidden_stages))
                .unwrap_or_default()
        })
    };
    let zoomed = move || {
        map.with(|m| {
            m.as_ref()
                .is_some_and(|m| m.camera.zoom >= STAGE_ZOOM - 1e-6)
        })
    };
    // The projector map's label sizes, for the slide's styles.
    let fonts = move || {
        derived.layout.with(|l| {
            format!(
                "--label-font: {:.1}px; --header-font: {:.1}px",
                l.label_font, l.header_font
            )
        })
    };
    let title = move || slide.with(|s| s.as_ref().map(|s| s.title.clone()));
    let figure = move || slide.with(|s| s.as_ref().and_then(|s| s.figure.clone()));
    let kind = move || slide.with(|s| s.as_ref().map(|s| s.kind.token()));
    let points = move || {
        let step = pos.get().step;
        slide.with(|s| {
            s.as_ref()
                .map(|s| texts(s, step))
                .unwrap_or_default()
                .into_iter()
                .map(|t| view! { <li>{t}</li> })
                .collect_view()
        })
    };
    let number = move || {
        store.lang().format(
            P::SlideOf,
            &[
                ("n", (pos.get().slide + 1).to_string()),
                ("total", total.get().to_string()),
            ],
        )
    };
    view! {
        <article class="slide" data-testid="slide" data-kind=kind data-slide=move || pos.get().slide + 1
            data-step=move || pos.get().step class:has-map=move || map.with(Option::is_some)
            class:zoomed=zoomed style=fonts aria-roledescription="slide">
            <h1 class="slide-title" data-testid="slide-title" data-figure=figure>{title}</h1>
            <style>{unrevealed}</style>
            <div class="slide-map"><ClusterMap/></div>
            <ul class="slide-points" data-testid="slide-points">{points}</ul>
            <footer class="slide-number" data-testid="slide-number">{number}</footer>
        </article>
    }
}
