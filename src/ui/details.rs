//! The selected actor's attributes, metrics and relations.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::derived::Derived;
use super::state::Store;
use crate::i18n::{actor_kind, locality, relation_label, stage_name, AnalysisMsg, Msg};
use crate::session::Part;

#[component]
pub fn Details() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    // An actor chosen on the map by the keyboard brings its panel into view
    // and takes the keyboard there. A click does not scroll: the panels
    // coming into view would start the analysis worker, which the first
    // visit does without (issue 10). One chosen from the panel's own
    // relations list keeps the focus where it is.
    Effect::new(move |_| {
        if store.read(Part::Selection, |s| s.selected()).is_some() {
            request_animation_frame(focus_from_map);
        }
    });
    // Escape in the panel: back to the map, nothing selected.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            store.act(|s| s.clear());
            focus(".map-frame");
        }
    };
    let content = move || {
        let i = store.read(Part::Selection, |s| s.selected())?;
        let lang = store.lang();
        let disclosure = derived.disclosure.get();
        store.read(Part::Workspace, |s| {
            let d = &s.workspace.loaded.dataset;
            let a = &d.actors[i];
            let name = disclosure.name(lang, d, i);
            let public_id = disclosure.public_id(d, i);
            let (metrics, network_ready) = derived.analysis.with(|r| (r.actors.get(i).cloned(), r.network.ready));
            let stages = a
                .stages
                .iter()
                .filter_map(|s| d.stage_index(s).map(|s| stage_name(lang, &d.stages[s]).to_string()))
                .collect::<Vec<_>>()
                .join(", ");
            let mut rows: Vec<(Msg, String)> = vec![
                (Msg::DetailsKind, actor_kind(lang, a.kind).to_string()),
                (Msg::DetailsStages, stages),
                (Msg::DetailsLocality, locality(lang, a.locality).to_string()),
            ];
            if let Some(e) = a.employees {
                rows.push((Msg::DetailsEmployees, disclosure.employees(lang, e)));
            }
            if let Some(x) = a.export_share {
                rows.push((Msg::DetailsExport, format!("{} {}", disclosure.share(lang, x), a.export_markets.join(" ")).trim_end().to_string()));
            }
            if !a.district.is_empty() {
                rows.push((Msg::DetailsDistrict, a.district.clone()));
            }
            // Extra columns may hold URLs, tax numbers or contact people.
            let attributes = if disclosure.shows_free_text() { a.attributes.clone() } else { Vec::new() };
            if let Some(m) = &metrics {
                rows.push((Msg::DetailsDegree, m.degree.to_string()));
                if network_ready {
                    rows.push((Msg::DetailsBetweenness, lang.number(m.betweenness, 3)));
                    rows.push((Msg::DetailsCommunity, (m.community + 1).to_string()));
                }
            }
            let relations: Vec<(usize, usize, String)> = d
                .relations
                .iter()
                .filter(|r| r.source == i || r.target == i)
                .map(|r| {
                    let (dir, other) = if r.source == i { (Msg::DirectionTo, r.target) } else { (Msg::DirectionFrom, r.source) };
                    let text = format!(
                        "{} {} {} ({})",
                        relation_label(lang, r),
                        lang.text(dir),
                        disclosure.name(lang, d, other),
                        r.strength
                    );
                    (other, text)
                })
                .enumerate()
                // Two ties to the same partner may read alike: the
                // position keeps their keys apart.
                .map(|(n, (other, text))| (n, other, text))
                .collect();
            Some(view! {
                <section class="panel details" data-testid="details" data-details-actor=public_id
                    on:keydown=on_key>
                    <div class="details-head">
                        <h2 tabindex="-1">{name}</h2>
                        <button type="button" data-testid="details-close" on:click=move |_| store.act(|s| s.select(None))>
                            {lang.text(Msg::DetailsClose)}
                        </button>
                    </div>
                    <dl class="figures">
                        {rows.into_iter().map(|(k, v)| {
                            // The network figures carry their definition.
                            let def = match k {
                                Msg::DetailsDegree => Some(lang.text(AnalysisMsg::DefDegree)),
                                Msg::DetailsBetweenness => Some(lang.text(AnalysisMsg::DefBetweenness)),
                                Msg::DetailsCommunity => Some(lang.text(AnalysisMsg::DefCommunities)),
                                _ => None,
                            };
                            view! { <dt title=def>{lang.text(k)}</dt><dd>{v}</dd> }
                        }).collect_view()}
                    </dl>
                    // Columns of the file outside the format, as written.
                    {(!attributes.is_empty()).then(|| view! {
                        <dl class="figures attributes" data-testid="details-attributes">
                            {attributes.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                        </dl>
                    })}
                    <h3>{lang.text(Msg::DetailsRelations)}</h3>
                    <ul class="relations">
                        <For each=move || relations.clone() key=|r| r.clone() let((_, other, text))>
                            <li><button type="button" class="link" on:click=move |_| store.act(|s| s.select(Some(other)))>{text}</button></li>
                        </For>
                    </ul>
                </section>
            })
        })
    };
    view! { {content} }
}

/// Focuses the first element matching `selector`; focusing scrolls it
/// into view.
fn focus(selector: &str) {
    let element = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(e) = element {
        let _ = e.focus();
    }
}

fn focus_from_map() {
    let on_map = document().active_element().is_some_and(|e| {
        e.matches(":focus-visible").unwrap_or(false)
            && e.closest(".map-frame").ok().flatten().is_some()
    });
    if on_map {
        focus("[data-testid=details] h2");
    }
}
