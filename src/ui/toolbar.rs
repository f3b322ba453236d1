//! Search, filters and zoom above the map. Everything here edits the
//! shared [`ViewState`](crate::view::ViewState).

use leptos::prelude::*;

use super::AppContext;
use crate::i18n::{actor_kind, relation_kind, Msg};
use crate::model::{ActorKind, Locality, RelationKind};

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
    view! {
        <div class="toolbar" data-testid="toolbar">
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
                <button type="button" data-testid="reset" on:click=move |_| view.set(Default::default())>{move || ctx.t(Msg::ResetView)}</button>
            </div>
        </div>
    }
}
