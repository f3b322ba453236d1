//! Search, filters and zoom above the map. Everything here edits the
//! shared [`ViewState`](crate::view::ViewState).

use leptos::prelude::*;

use super::AppContext;
use crate::i18n::{actor_kind, relation_kind, stage_name, Msg};
use crate::model::{ActorKind, Locality, RelationKind};
use crate::view::MapMode;

/// Head-count thresholds offered by the size filter.
const SIZE_STEPS: [u32; 5] = [0, 10, 50, 250, 1000];

#[component]
pub fn Toolbar() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let view = ctx.view;
    let found = move || {
        let n = ctx
            .workspace
            .with(|w| view.with(|v| v.matches(&w.loaded.dataset).len()));
        let searching = view.with(|v| !v.search.trim().is_empty());
        searching.then(|| {
            ctx.lang
                .get()
                .format(Msg::SearchResults, &[("n", n.to_string())])
        })
    };
    let stages = move || {
        let lang = ctx.lang.get();
        ctx.workspace.with(|w| {
            w.loaded
                .dataset
                .stages
                .iter()
                .map(|st| {
                    let id = st.id.clone();
                    let (test, key) = (format!("filter-stage-{}", st.id), id.clone());
                    view! {
                        <label>
                            <input type="checkbox" data-testid=test
                                prop:checked=move || view.with(|v| !v.hidden_stages.contains(&key))
                                on:change=move |_| view.update(|v| {
                                    if !v.hidden_stages.remove(&id) {
                                        v.hidden_stages.insert(id.clone());
                                    }
                                })/>
                            {stage_name(lang, st).to_string()}
                        </label>
                    }
                })
                .collect_view()
        })
    };
    let shown = move || {
        let total = ctx.workspace.with(|w| w.loaded.dataset.actors.len());
        let n = ctx.visibility.with(|v| v.shown_actors());
        (n < total).then(|| {
            ctx.lang.get().format(
                Msg::ShownCount,
                &[("shown", n.to_string()), ("total", total.to_string())],
            )
        })
    };
    let focus_hint = move || {
        view.with(|v| v.focus > 0 && v.selected.is_none())
            .then(|| view! { <span class="hint">{move || ctx.t(Msg::FocusNeedsSelection)}</span> })
    };
    // The geographic view is offered when the data has coordinates.
    let has_coordinates = Memo::new(move |_| {
        ctx.workspace
            .with(|w| crate::layout::has_coordinates(&w.loaded.dataset))
    });
    view! {
        <div class="toolbar" data-testid="toolbar">
            <div class="view-switch" role="group" aria-label=move || ctx.t(Msg::ViewChoice)>
                {[(MapMode::ValueChain, Msg::ViewChain), (MapMode::Network, Msg::ViewNetwork), (MapMode::Geographic, Msg::ViewGeo)]
                    .into_iter()
                    .map(|(m, msg)| view! {
                        <button type="button" data-testid=format!("view-{}", m.token())
                            hidden=move || m == MapMode::Geographic && !has_coordinates.get()
                            aria-pressed=move || (view.with(|v| v.mode) == m).to_string()
                            on:click=move |_| view.update(|v| {
                                v.mode = m;
                                v.zoom = 1.0;
                                v.pan = (0.0, 0.0);
                            })>{move || ctx.t(msg)}</button>
                    })
                    .collect_view()}
            </div>
            <label class="search">
                <span class="visually-hidden">{move || ctx.t(Msg::Search)}</span>
                <input type="search" data-testid="search" placeholder=move || ctx.t(Msg::Search)
                    prop:value=move || view.with(|v| v.search.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        view.update(|v| v.search = text);
                    }/>
                <span class="found" data-testid="search-count">{found}</span>
            </label>
            <details class="filters">
                <summary>{move || ctx.t(Msg::FilterKinds)}</summary>
                <div class="filter-list">
                    {ActorKind::ALL
                        .iter()
                        .map(|k| {
                            let k = *k;
                            view! {
                                <label>
                                    <input type="checkbox" data-testid=format!("filter-kind-{}", k.token())
                                        prop:checked=move || view.with(|v| !v.hidden_kinds.contains(&k))
                                        on:change=move |_| view.update(|v| {
                                            if !v.hidden_kinds.remove(&k) {
                                                v.hidden_kinds.insert(k);
                                            }
                                        })/>
                                    {move || actor_kind(ctx.lang.get(), k)}
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </details>
            <details class="filters">
                <summary>{move || ctx.t(Msg::FilterRelations)}</summary>
                <div class="filter-list">
                    {RelationKind::ALL
                        .iter()
                        .map(|k| {
                            let k = *k;
                            view! {
                                <label>
                                    <input type="checkbox" data-testid=format!("filter-rel-{}", k.token())
                                        prop:checked=move || view.with(|v| !v.hidden_relations.contains(&k))
                                        on:change=move |_| view.update(|v| {
                                            if !v.hidden_relations.remove(&k) {
                                                v.hidden_relations.insert(k);
                                            }
                                        })/>
                                    {move || relation_kind(ctx.lang.get(), k)}
                                </label>
                            }
                        })
                        .collect_view()}
                    <label>
                        {move || ctx.t(Msg::MinStrength)}
                        <select data-testid="filter-strength" on:change=move |ev| {
                            let m = event_target_value(&ev).parse::<u8>().unwrap_or(1);
                            view.update(|v| v.min_strength = m.clamp(1, 5));
                        }>
                            {(1u8..=5)
                                .map(|m| view! {
                                    <option value=m.to_string() selected=move || view.with(|v| v.min_strength == m)>{m}</option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                </div>
            </details>
            <details class="filters">
                <summary>{move || ctx.t(Msg::FilterStages)}</summary>
                <div class="filter-list">{stages}</div>
            </details>
            <label class="size">
                {move || ctx.t(Msg::FilterSize)}
                <select data-testid="filter-size" on:change=move |ev| {
                    let m = event_target_value(&ev).parse::<u32>().unwrap_or(0);
                    view.update(|v| v.min_employees = m);
                }>
                    {SIZE_STEPS
                        .into_iter()
                        .map(|m| view! {
                            <option value=m.to_string() selected=move || view.with(|v| v.min_employees == m)>
                                {move || if m == 0 { ctx.t(Msg::FilterSizeAll).to_string() } else { format!("≥ {m}") }}
                            </option>
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="focus">
                {move || ctx.t(Msg::Focus)}
                <select data-testid="filter-focus" on:change=move |ev| {
                    let f = event_target_value(&ev).parse::<u8>().unwrap_or(0);
                    view.update(|v| v.focus = f.min(2));
                }>
                    {[(0u8, Msg::FocusOff), (1, Msg::FocusOne), (2, Msg::FocusTwo)]
                        .into_iter()
                        .map(|(f, msg)| view! {
                            <option value=f.to_string() selected=move || view.with(|v| v.focus == f)>{move || ctx.t(msg)}</option>
                        })
                        .collect_view()}
                </select>
                {focus_hint}
            </label>
            <label class="locality">
                {move || ctx.t(Msg::FilterLocality)}
                <select data-testid="filter-locality" on:change=move |ev| {
                    let l = Locality::parse(&event_target_value(&ev));
                    view.update(|v| v.locality = l);
                }>
                    <option value="" selected=move || view.with(|v| v.locality.is_none())>{move || ctx.t(Msg::AllLocalities)}</option>
                    {[(Locality::Local, Msg::LocalityLocal), (Locality::National, Msg::LocalityNational), (Locality::International, Msg::LocalityInternational)]
                        .into_iter()
                        .map(|(l, m)| view! {
                            <option value=l.token() selected=move || view.with(|v| v.locality == Some(l))>{move || ctx.t(m)}</option>
                        })
                        .collect_view()}
                </select>
            </label>
            <div class="zoom" role="group">
                <button type="button" data-testid="zoom-in" title=move || ctx.t(Msg::ZoomIn) aria-label=move || ctx.t(Msg::ZoomIn)
                    on:click=move |_| view.update(|v| v.zoom_by(1.25))>"+"</button>
                <button type="button" data-testid="zoom-out" title=move || ctx.t(Msg::ZoomOut) aria-label=move || ctx.t(Msg::ZoomOut)
                    on:click=move |_| view.update(|v| v.zoom_by(0.8))>"−"</button>
                <button type="button" data-testid="fit" on:click=move |_| view.update(|v| {
                    v.zoom = 1.0;
                    v.pan = (0.0, 0.0);
                })>{move || ctx.t(Msg::ZoomFit)}</button>
                <button type="button" data-testid="reset" on:click=move |_| view.update(|v| {
                    *v = crate::view::ViewState { mode: v.mode, ..Default::default() };
                })>{move || ctx.t(Msg::ResetView)}</button>
                {move || view.with(|v| !v.pinned.is_empty()).then(|| view! {
                    <button type="button" data-testid="unpin" on:click=move |_| view.update(|v| v.pinned.clear())>
                        {move || ctx.t(Msg::UnpinAll)}
                    </button>
                })}
            </div>
            <span class="shown" data-testid="shown-count">{shown}</span>
        </div>
    }
}
