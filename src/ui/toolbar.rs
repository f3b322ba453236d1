//! Search, views and zoom above the map, and the filters beside them.
//! Everything here acts on the session's view parts.

use leptos::prelude::*;

use super::derived::Derived;
use super::state::Store;
use crate::i18n::{actor_kind, relation_kind, stage_name, Msg};
use crate::model::{ActorKind, Locality, RelationKind};
use crate::session::{Part, Session};
use crate::view::attribute_filter::{attribute_summaries, AttributeFilter, AttributeTest};
use crate::view::MapMode;

/// Head-count thresholds offered by the size filter.
const SIZE_STEPS: [u32; 5] = [0, 10, 50, 250, 1000];

#[component]
pub fn Toolbar() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let found = move || {
        derived.searching.get().then(|| {
            let n = derived.matches.with(|m| m.iter().filter(|x| **x).count());
            store
                .lang()
                .format(Msg::SearchResults, &[("n", n.to_string())])
        })
    };
    let shown = move || {
        let total = store.read(Part::Workspace, |s| s.workspace.loaded.dataset.actors.len());
        let n = derived.visibility.with(|v| v.shown_actors());
        (n < total).then(|| {
            store.lang().format(
                Msg::ShownCount,
                &[("shown", n.to_string()), ("total", total.to_string())],
            )
        })
    };
    // The geographic view is offered when the data has coordinates.
    let has_coordinates = Memo::new(move |_| {
        store.read(Part::Workspace, |s| {
            crate::layout::has_coordinates(&s.workspace.loaded.dataset)
        })
    });
    let has_pins = move || store.read(Part::Pins, |s| !s.pins.is_empty());
    view! {
        <div class="toolbar" data-testid="toolbar">
            <div class="view-switch" role="group" aria-label=move || store.t(Msg::ViewChoice)>
                {[(MapMode::ValueChain, Msg::ViewChain), (MapMode::Network, Msg::ViewNetwork), (MapMode::Geographic, Msg::ViewGeo)]
                    .into_iter()
                    .map(|(m, msg)| view! {
                        <button type="button" data-testid=format!("view-{}", m.token())
                            hidden=move || m == MapMode::Geographic && !has_coordinates.get()
                            aria-pressed=move || (derived.mode.get() == m).to_string()
                            on:click=move |_| store.act(|s| s.switch_mode(m))>{move || store.t(msg)}</button>
                    })
                    .collect_view()}
            </div>
            <label class="search">
                <span class="visually-hidden">{move || store.t(Msg::Search)}</span>
                <input type="search" data-testid="search" placeholder=move || store.t(Msg::Search)
                    prop:value=move || store.read(Part::Search, |s| s.search.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        store.act(|s| s.set_search(&text));
                    }/>
                <span class="found" data-testid="search-count">{found}</span>
            </label>
            <FilterControls/>
            <div class="zoom" role="group">
                <button type="button" data-testid="zoom-in" title=move || store.t(Msg::ZoomIn) aria-label=move || store.t(Msg::ZoomIn)
                    on:click=move |_| store.act(|s| s.zoom_by(1.25))>"+"</button>
                <button type="button" data-testid="zoom-out" title=move || store.t(Msg::ZoomOut) aria-label=move || store.t(Msg::ZoomOut)
                    on:click=move |_| store.act(|s| s.zoom_by(0.8))>"−"</button>
                <button type="button" data-testid="fit" on:click=move |_| store.act(|s| s.reset_camera())>
                    {move || store.t(Msg::ZoomFit)}
                </button>
                <button type="button" data-testid="reset" on:click=move |_| store.act(|s| s.reset_view())>
                    {move || store.t(Msg::ResetView)}
                </button>
                <Show when=has_pins>
                    <button type="button" data-testid="unpin" on:click=move |_| store.act(|s| s.unpin_all())>
                        {move || store.t(Msg::UnpinAll)}
                    </button>
                </Show>
            </div>
            <span class="shown" data-testid="shown-count">{shown}</span>
            <PrivacySwitch/>
        </div>
    }
}

/// The anonymised mode for the whole app, and while it is on, whether
/// institutions keep their names.
#[component]
fn PrivacySwitch() -> impl IntoView {
    let store = expect_context::<Store>();
    let privacy = move || store.read(Part::Privacy, |s| s.privacy);
    view! {
        <div class="privacy-switch" role="group">
            {privacy_box(store, "anonymised", Msg::Anonymised, Msg::AnonymisedHelp,
                move || privacy().anonymised, Session::anonymise)}
            <Show when=move || privacy().anonymised>
                {privacy_box(store, "institution-names", Msg::InstitutionNames, Msg::InstitutionNamesHelp,
                    move || privacy().institution_names, Session::show_institution_names)}
            </Show>
        </div>
    }
}

/// One labelled checkbox of the privacy switch.
fn privacy_box(
    store: Store,
    test: &'static str,
    label: Msg,
    help: Msg,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    act: fn(&mut Session, bool),
) -> impl IntoView {
    view! {
        <label title=move || store.t(help)>
            <input type="checkbox" data-testid=test prop:checked=checked
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    store.act(|s| act(s, on));
                }/>
            {move || store.t(label)}
        </label>
    }
}

/// A checkbox that is ticked while `shown` holds and flips the filter.
fn filter_box(
    store: Store,
    test: String,
    shown: impl Fn(&crate::view::Filters) -> bool + Send + Sync + 'static,
    flip: impl Fn(&mut crate::view::Filters) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <input type="checkbox" data-testid=test
            prop:checked=move || store.read(Part::Filters, |s| shown(&s.filters))
            on:change=move |_| store.act(|s| s.set_filters(flip))/>
    }
}

/// Flips whether `item` is in `set`.
fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, item: T) {
    if !set.remove(&item) {
        set.insert(item);
    }
}

#[component]
fn FilterControls() -> impl IntoView {
    let store = expect_context::<Store>();
    let picked =
        move |f: fn(&crate::view::Filters) -> bool| store.read(Part::Filters, |s| f(&s.filters));
    let stages = move || {
        let lang = store.lang();
        store.read(Part::Workspace, |s| {
            s.workspace
                .loaded
                .dataset
                .stages
                .iter()
                .map(|st| {
                    let (id, key) = (st.id.clone(), st.id.clone());
                    let flip = move |f: &mut crate::view::Filters| toggle(&mut f.hidden_stages, id.clone());
                    view! {
                        <label>
                            <input type="checkbox" data-testid=format!("filter-stage-{}", st.id)
                                prop:checked=move || store.read(Part::Filters, |s| !s.filters.hidden_stages.contains(&key))
                                on:change=move |_| store.act(|s| s.set_filters(flip.clone()))/>
                            {stage_name(lang, st).to_string()}
                        </label>
                    }
                })
                .collect_view()
        })
    };
    let focus_hint = move || {
        (picked(|f| f.focus > 0) && store.read(Part::Selection, |s| s.selection.actor.is_none()))
            .then(
                || view! { <span class="hint">{move || store.t(Msg::FocusNeedsSelection)}</span> },
            )
    };
    let select_number =
        move |ev: &leptos::ev::Event| event_target_value(ev).parse::<u32>().unwrap_or(0);
    view! {
        <details class="filters">
            <summary>{move || store.t(Msg::FilterKinds)}</summary>
            <div class="filter-list">
                {ActorKind::ALL.iter().map(|&k| view! {
                    <label>
                        {filter_box(store, format!("filter-kind-{}", k.token()),
                            move |f| !f.hidden_kinds.contains(&k), move |f| toggle(&mut f.hidden_kinds, k))}
                        {move || actor_kind(store.lang(), k)}
                    </label>
                }).collect_view()}
            </div>
        </details>
        <details class="filters">
            <summary>{move || store.t(Msg::FilterRelations)}</summary>
            <div class="filter-list">
                {RelationKind::ALL.iter().map(|&k| view! {
                    <label>
                        {filter_box(store, format!("filter-rel-{}", k.token()),
                            move |f| !f.hidden_relations.contains(&k), move |f| toggle(&mut f.hidden_relations, k))}
                        {move || relation_kind(store.lang(), k)}
                    </label>
                }).collect_view()}
                <label>
                    {move || store.t(Msg::MinStrength)}
                    <select data-testid="filter-strength" on:change=move |ev| {
                        let m = select_number(&ev).clamp(1, 5) as u8;
                        store.act(|s| s.set_filters(|f| f.min_strength = m));
                    }>
                        {(1u8..=5).map(|m| view! {
                            <option value=m.to_string() selected=move || store.read(Part::Filters, |s| s.filters.min_strength == m)>{m}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
        </details>
        <details class="filters">
            <summary>{move || store.t(Msg::FilterStages)}</summary>
            <div class="filter-list">{stages}</div>
        </details>
        <label class="size">
            {move || store.t(Msg::FilterSize)}
            <select data-testid="filter-size" on:change=move |ev| {
                let m = select_number(&ev);
                store.act(|s| s.set_filters(|f| f.min_employees = m));
            }>
                {SIZE_STEPS.into_iter().map(|m| view! {
                    <option value=m.to_string() selected=move || store.read(Part::Filters, |s| s.filters.min_employees == m)>
                        {move || if m == 0 { store.t(Msg::FilterSizeAll).to_string() } else { format!("≥ {m}") }}
                    </option>
                }).collect_view()}
            </select>
        </label>
        <label class="focus">
            {move || store.t(Msg::Focus)}
            <select data-testid="filter-focus" on:change=move |ev| {
                let n = select_number(&ev).min(2) as u8;
                store.act(|s| s.set_filters(|f| f.focus = n));
            }>
                {[(0u8, Msg::FocusOff), (1, Msg::FocusOne), (2, Msg::FocusTwo)].into_iter().map(|(n, msg)| view! {
                    <option value=n.to_string() selected=move || store.read(Part::Filters, |s| s.filters.focus == n)>{move || store.t(msg)}</option>
                }).collect_view()}
            </select>
            {focus_hint}
        </label>
        // Its values are the file's own cells (URLs, contact names).
        <Show when=move || !store.read(Part::Privacy, |s| s.privacy.anonymised)>
            <AttributeFilterControl/>
        </Show>
        <label class="locality">
            {move || store.t(Msg::FilterLocality)}
            <select data-testid="filter-locality" on:change=move |ev| {
                let l = Locality::parse(&event_target_value(&ev));
                store.act(|s| s.set_filters(|f| f.locality = l));
            }>
                <option value="" selected=move || picked(|f| f.locality.is_none())>{move || store.t(Msg::AllLocalities)}</option>
                {[(Locality::Local, Msg::LocalityLocal), (Locality::National, Msg::LocalityNational), (Locality::International, Msg::LocalityInternational)]
                    .into_iter()
                    .map(|(l, m)| view! {
                        <option value=l.token() selected=move || store.read(Part::Filters, |s| s.filters.locality == Some(l))>{move || store.t(m)}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Filtering by an extra column of the files (a certification, a founding
/// year): a value for categories, a range for numbers. Offered when the
/// actors carry such columns.
#[component]
fn AttributeFilterControl() -> impl IntoView {
    let store = expect_context::<Store>();
    let summaries = Memo::new(move |_| {
        store.read(Part::Workspace, |s| {
            attribute_summaries(&s.workspace.loaded.dataset)
        })
    });
    let current = move || store.read(Part::Filters, |s| s.filters.attribute.clone());
    let chosen = move || {
        let name = current().map(|f| f.name)?;
        summaries.with(|list| list.iter().find(|a| a.name == name).cloned())
    };
    // The column chosen; a categorical one filters once a value is picked.
    let pending_name = RwSignal::new(String::new());
    let choose_name = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        let range =
            summaries.with(|list| list.iter().find(|a| a.name == name).and_then(|a| a.range));
        pending_name.set(name.clone());
        // A numeric column starts with its whole range.
        let next = range.map(|(low, high)| AttributeFilter {
            name,
            test: AttributeTest::Between(low, high),
        });
        store.act(|s| s.set_filters(|f| f.attribute = next));
    };
    let shown_name = move || {
        current()
            .map(|f| f.name)
            .unwrap_or_else(|| pending_name.get())
    };
    let choose_value = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let name = shown_name();
        store.act(|s| {
            s.set_filters(|f| {
                f.attribute = (!value.is_empty() && !name.is_empty()).then(|| AttributeFilter {
                    name: name.clone(),
                    test: AttributeTest::OneOf(vec![value.clone()]),
                })
            })
        });
    };
    let set_bound = move |upper: bool, ev: leptos::ev::Event| {
        let Some(v) = crate::ingest::number::parse_number(&event_target_value(&ev)) else {
            return;
        };
        store.act(|s| {
            s.set_filters(|f| {
                if let Some(AttributeFilter {
                    test: AttributeTest::Between(low, high),
                    ..
                }) = &mut f.attribute
                {
                    if upper {
                        *high = v.max(*low);
                    } else {
                        *low = v.min(*high);
                    }
                }
            })
        });
    };
    let bound = move |upper: bool| match current().map(|f| f.test) {
        Some(AttributeTest::Between(low, high)) => {
            store.lang().number(if upper { high } else { low }, 2)
        }
        _ => String::new(),
    };
    let values = move || {
        let picked = match current().map(|f| f.test) {
            Some(AttributeTest::OneOf(v)) => v.first().cloned(),
            _ => None,
        };
        chosen()
            .or_else(|| {
                let name = pending_name.get();
                summaries.with(|list| list.iter().find(|a| a.name == name).cloned())
            })
            .filter(|a| a.range.is_none())
            .map(|a| {
                view! {
                    <label>
                        {move || store.t(Msg::FilterAttributeValue)}
                        <select data-testid="filter-attribute-value" on:change=choose_value>
                            <option value="" selected=picked.is_none()>{move || store.t(Msg::FilterAttributeAny)}</option>
                            {a.values.into_iter().map(|(v, n)| {
                                let selected = picked.as_deref() == Some(v.as_str());
                                view! { <option value=v.clone() selected=selected>{format!("{v} ({n})")}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                }
            })
    };
    let range = move || {
        matches!(current().map(|f| f.test), Some(AttributeTest::Between(..))).then(|| view! {
            <label>{move || store.t(Msg::FilterAttributeFrom)}
                <input type="text" inputmode="decimal" size="6" data-testid="filter-attribute-from"
                    prop:value=move || bound(false) on:change=move |ev| set_bound(false, ev)/>
            </label>
            <label>{move || store.t(Msg::FilterAttributeTo)}
                <input type="text" inputmode="decimal" size="6" data-testid="filter-attribute-to"
                    prop:value=move || bound(true) on:change=move |ev| set_bound(true, ev)/>
            </label>
        })
    };
    view! {
        <Show when=move || summaries.with(|s| !s.is_empty())>
            <details class="filters" data-testid="filter-attributes">
                <summary>{move || store.t(Msg::FilterAttribute)}</summary>
                <div class="filter-list">
                    <select data-testid="filter-attribute" on:change=choose_name>
                        <option value="" selected=move || shown_name().is_empty()>{move || store.t(Msg::FilterAttributeNone)}</option>
                        {move || summaries.get().into_iter().map(|a| {
                            let (value, name) = (a.name.clone(), a.name.clone());
                            view! { <option value=value selected=move || shown_name() == name>{a.name}</option> }
                        }).collect_view()}
                    </select>
                    {values}
                    {range}
                </div>
            </details>
        </Show>
    }
}
