//! The SVG layers of the map. The structure (bands, stage columns, gap
//! markers, segments) is always SVG: a few dozen elements that carry the
//! `data-gap-stage` hooks and stay sharp at any zoom. Actors and relations
//! are SVG only while the map is small (see [`super::CANVAS_FROM`]).

use leptos::prelude::*;

use crate::i18n::{actor_kind, stage_name, Msg};
use crate::layout::style::{MapStyle, SvgShape, GROUP_COLOURS};
use crate::layout::text::wrap;
use crate::layout::{BandRow, Bundle};
use crate::model::RelationKind;
use crate::session::{Highlight, Part};
use crate::ui::derived::Derived;
use crate::ui::state::Store;

fn band_msg(row: BandRow) -> Msg {
    match row {
        BandRow::Outside => Msg::BandOutside,
        BandRow::Operators => Msg::BandOperators,
        BandRow::Support => Msg::BandSupport,
        BandRow::Enabling => Msg::BandEnabling,
    }
}

/// Arrowhead markers, one per relation kind, in its colour.
#[component]
pub fn Markers() -> impl IntoView {
    view! {
        <defs>
            {RelationKind::ALL
                .iter()
                .map(|k| {
                    view! {
                        <marker id=format!("arrow-{}", k.token()) class=format!("rel-{}", k.token())
                            viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5"
                            orient="auto-start-reverse">
                            <path d="M0,0 L10,5 L0,10 z"></path>
                        </marker>
                    }
                })
                .collect_view()}
        </defs>
    }
}

/// Bands, stage columns with their headers and gap markers, and the
/// segments of the support and enabling bands.
#[component]
pub fn Structure() -> impl IntoView {
    view! {
        <Graticule/>
        <Bands/>
        <Columns/>
        <Segments/>
        <Findings/>
    }
}

/// The bands: outside the region, operators, support, enabling environment.
#[component]
fn Bands() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let layout = derived.layout;
    let bands = move || {
        let lang = store.lang();
        layout.with(|l| {
            l.bands
                .iter()
                .map(|b| {
                    let (y, h, w) = (b.y, b.height, l.width);
                    // Rotated in the gutter; two short lines when the band is low.
                    let lines = wrap(lang.text(band_msg(b.row)), 10.0, h - 10.0, 2);
                    let cx = if lines.len() > 1 { 10.0 } else { 15.0 };
                    let cy = y + h / 2.0;
                    view! {
                        <g class=format!("band band-{:?}", b.row).to_lowercase()>
                            <rect x="2" y=y + 2.0 width=w - 4.0 height=h - 4.0 rx="6"></rect>
                            <text class="band-label" x=cx y=cy text-anchor="middle"
                                transform=format!("rotate(-90 {cx} {cy})")>
                                {lines
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, line)| view! { <tspan x=cx y=cy + 4.0 + i as f64 * 11.0>{line}</tspan> })
                                    .collect_view()}
                            </text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    view! { <g class="bands">{bands}</g> }
}

/// The core stage columns with their headers; a missing one dashed, with its marker.
#[component]
fn Columns() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let layout = derived.layout;
    let columns = move || {
        let lang = store.lang();
        layout.with(|l| {
            let ops = l.bands.iter().find(|b| b.row == BandRow::Operators).cloned();
            let stages = store.read(Part::Workspace, |s| s.workspace.loaded.dataset.stages.clone());
            l.columns
                .iter()
                .filter_map(|c| {
                    let stage = stages.get(c.stage)?.clone();
                    let col_stage = c.stage;
                    let lines = c.header.clone();
                    let font = l.header_font;
                    let x_mid = c.x + c.width / 2.0;
                    let gap = c.missing.then(|| {
                        let (y, h) = ops.as_ref().map_or((l.header_height, 100.0), |b| (b.y, b.height));
                        view! {
                            <g class="gap-marker" data-gap-stage=stage.id.clone() tabindex="-1" role="img"
                                aria-label=format!("{}: {}", stage_name(lang, &stage), lang.text(Msg::MissingLocally))>
                                <rect x=c.x + 6.0 y=y + 6.0 width=c.width - 12.0 height=h - 12.0 rx="8"></rect>
                                <text x=x_mid y=y + h / 2.0 text-anchor="middle">{lang.text(Msg::MissingLocally)}</text>
                            </g>
                        }
                    });
                    Some(view! {
                        <g class="stage-column" class:missing=c.missing data-stage=stage.id.clone()
                            class:highlighted=move || store.read(Part::Highlight, |s| s.highlight.as_ref().is_some_and(|h| h.stage == col_stage))
                            aria-label=stage_name(lang, &stage).to_string()>
                            <rect class="stage-header" x=c.x + 3.0 y="4" width=c.width - 6.0
                                height=l.header_height - 8.0 rx="6"></rect>
                            <text class="stage-title" x=x_mid y="0" text-anchor="middle">
                                {lines
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, line)| {
                                        view! {
                                            <tspan x=x_mid y=16.0 + font + i as f64 * (font + 3.0)>{line}</tspan>
                                        }
                                    })
                                    .collect_view()}
                            </text>
                            {gap}
                        </g>
                    })
                })
                .collect_view()
        })
    };
    view! { <g class="columns">{columns}</g> }
}

/// The support and enabling stages as segments of their bands.
#[component]
fn Segments() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let layout = derived.layout;
    let segments = move || {
        let lang = store.lang();
        let stages = store.read(Part::Workspace, |s| {
            s.workspace.loaded.dataset.stages.clone()
        });
        layout.with(|l| {
            l.segments
                .iter()
                .map(|s| {
                    let seg_stage = s.stage;
                    // A support service missing locally is marked like a
                    // missing core column.
                    let gap_id = seg_stage.and_then(|i| stages.get(i)).map(|st| st.id.clone());
                    let gap = s.missing.then(|| view! {
                        <text class="gap-marker" data-gap-stage=gap_id.clone() x=s.x + s.width - 8.0 y=s.y + 15.0
                            text-anchor="end">{lang.text(Msg::MissingLocally)}</text>
                    });
                    let band = match s.row {
                        BandRow::Outside => "outside",
                        BandRow::Operators => "core",
                        BandRow::Support => "support",
                        BandRow::Enabling => "enabling",
                    };
                    view! {
                        <g class="segment" class:missing=s.missing data-band=band data-segment-stage=gap_id.clone()
                            class:highlighted=move || store.read(Part::Highlight, |s| s.highlight.as_ref().is_some_and(|h| Some(h.stage) == seg_stage))>
                            <rect x=s.x y=s.y width=s.width height=s.height rx="6"></rect>
                            <text x=s.x + 8.0 y=s.y + 15.0>{s.label.clone()}</text>
                            {gap}
                        </g>
                    }
                })
                .collect_view()
        })
    };

    // Findings marked in place: a rank badge on each stage with an
    // investment opportunity (click: highlight its stage and firms), and a
    // red break between adjacent stages with no local flow.
    view! { <g class="segments">{segments}</g> }
}

/// Findings marked in place: opportunity badges and missing links.
#[component]
fn Findings() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let layout = derived.layout;
    let findings = move || {
        let lang = store.lang();
        layout.with(|l| {
            if l.columns.is_empty() {
                return Vec::new();
            }
            let ops = l.bands.iter().find(|b| b.row == BandRow::Operators).cloned();
            let column_of = |stage: usize| l.columns.iter().find(|c| c.stage == stage).cloned();
            derived.analysis.with(|a| {
                let stages = store.read(Part::Workspace, |s| s.workspace.loaded.dataset.stages.clone());
                let mut out = Vec::new();
                for (rank, o) in a.opportunities.iter().enumerate().take(5) {
                    let Some(c) = column_of(o.stage) else { continue };
                    let Some(stage) = stages.get(o.stage) else { continue };
                    let (cx, cy) = (c.x + c.width - 9.0, 7.0);
                    let (stage_index, firms) = (o.stage, o.firms.clone());
                    let title = lang.format(
                        Msg::OpportunityBadge,
                        &[("rank", (rank + 1).to_string()), ("stage", stage_name(lang, stage).to_string())],
                    );
                    let label = title.clone();
                    out.push(view! {
                        <g class="opportunity-badge" data-opportunity-stage=stage.id.clone() role="button" tabindex="0"
                            aria-label=label
                            on:click=move |_| store.act(|s| s.highlight(Some(Highlight { stage: stage_index, actors: firms.clone() })))>
                            <title>{title}</title>
                            <circle cx=cx cy=cy r="8"></circle>
                            <text x=cx y=cy + 3.5 text-anchor="middle">{format!("{}", rank + 1)}</text>
                        </g>
                    }.into_any());
                }
                if let Some(band) = ops {
                    for b in &a.broken_links {
                        let (Some(left), Some(right)) = (column_of(b.from_stage), column_of(b.to_stage)) else {
                            continue;
                        };
                        let (Some(from), Some(to)) = (stages.get(b.from_stage), stages.get(b.to_stage)) else {
                            continue;
                        };
                        let x = (left.x + left.width + right.x) / 2.0;
                        let title = lang.format(
                            Msg::BrokenLinkMark,
                            &[("from", stage_name(lang, from).to_string()), ("to", stage_name(lang, to).to_string())],
                        );
                        let label = title.clone();
                        out.push(view! {
                            <g class="broken-link" data-broken-link=format!("{}>{}", from.id, to.id) aria-label=label>
                                <title>{title}</title>
                                <line x1=x y1=band.y + 8.0 x2=x y2=band.y + band.height - 8.0></line>
                                <text x=x y=band.y + band.height / 2.0 text-anchor="middle">"⨯"</text>
                            </g>
                        }.into_any());
                    }
                }
                out
            })
        })
    };
    view! { <g class="findings">{findings}</g> }
}

/// The latitude and longitude lines of the geographic view.
#[component]
fn Graticule() -> impl IntoView {
    let derived = expect_context::<Derived>();
    let layout = derived.layout;
    let graticule = move || {
        layout.with(|l| {
            l.graticule
                .iter()
                .map(|g| {
                    view! {
                        <g class="graticule">
                            <line x1=g.from.0 y1=g.from.1 x2=g.to.0 y2=g.to.1></line>
                            <text x=g.at.0 y=g.at.1>{g.label.clone()}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    view! { <g class="graticules">{graticule}</g> }
}

/// Relations and actors as SVG elements, with `data-actor-id` hooks.
#[component]
pub fn SvgContent(bundles: Memo<Vec<Bundle>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let layout = derived.layout;
    let dense = Memo::new(move |_| layout.with(|l| l.dense));
    let bundle_paths = move || {
        bundles.with(|b| {
            b.iter()
                .map(|b| {
                    let d = format!(
                        "M{:.1},{:.1} Q{:.1},{:.1} {:.1},{:.1}",
                        b.from.0, b.from.1, b.ctrl.0, b.ctrl.1, b.to.0, b.to.1
                    );
                    view! {
                        <path class=format!("bundle rel-{}", b.kind.token()) d=d
                            stroke-width=format!("{:.2}", b.width) data-count=b.count></path>
                    }
                })
                .collect_view()
        })
    };
    let edges = move || {
        let relations = store.read(Part::Workspace, |s| {
            s.workspace.loaded.dataset.relations.clone()
        });
        // Bundled maps draw single relations only for the hovered actor.
        let only = dense
            .get()
            .then(|| store.read(Part::Hover, |s| s.hovered))
            .flatten();
        let dense = dense.get();
        layout.with(|l| {
            l.edges
                .iter()
                .filter(|e| {
                    !dense
                        || relations
                            .get(e.relation)
                            .is_some_and(|r| Some(r.source) == only || Some(r.target) == only)
                })
                .filter_map(|e| {
                    let rel = relations.get(e.relation)?.clone();
                    let kind = rel.kind.token();
                    let marker = rel.kind.is_directed().then(|| format!("url(#arrow-{kind})"));
                    let dim = move || store.read(Part::Hover, |s| s.hovered).is_some_and(|f| f != rel.source && f != rel.target);
                    let lit = move || store.read(Part::Hover, |s| s.hovered).is_some_and(|f| f == rel.source || f == rel.target);
                    let index = e.relation;
                    let filtered = move || derived.visibility.with(|v| !v.relation(index));
                    Some(view! {
                        <path class=format!("edge rel-{kind}") class:dim=dim class:lit=lit class:filtered=filtered d=e.d.clone()
                            stroke-width=format!("{:.2}", MapStyle::STANDARD.relation_width(rel.strength)) marker-end=marker></path>
                    })
                })
                .collect_view()
        })
    };

    let nodes = move || {
        let lang = store.lang();
        let actors = store.read(Part::Workspace, |s| {
            s.workspace.loaded.dataset.actors.clone()
        });
        // Names and ids as they may show: the real ones, or codes.
        let (names, ids): (Vec<String>, Vec<String>) = derived.masked.with(|m| match m {
            Some(m) => m
                .actors
                .iter()
                .map(|a| (a.name.clone(), a.id.clone()))
                .unzip(),
            None => actors
                .iter()
                .map(|a| (a.name.clone(), a.id.clone()))
                .unzip(),
        });
        layout.with(|l| {
            l.nodes
                .iter()
                .filter_map(|n| {
                    let a = actors.get(n.actor)?;
                    let actor = n.actor;
                    let actor_id = a.id.clone();
                    let public_id = ids.get(actor).cloned().unwrap_or_default();
                    let name = names.get(actor).cloned().unwrap_or_default();
                    let hit_w = n.label_width.max(2.0 * n.r) + 6.0;
                    let symbol = MapStyle::STANDARD.symbol(n, a.kind);
                    let fill = symbol.fill;
                    let shape = match symbol.svg() {
                        SvgShape::Circle { cx, cy, r } => view! { <circle cx=cx cy=cy r=r fill=fill></circle> }.into_any(),
                        SvgShape::Rect { x, y, width, height, rx } => {
                            view! { <rect x=x y=y width=width height=height rx=rx fill=fill></rect> }.into_any()
                        }
                    };
                    // The class names what the fill shows: kind, or group in the network view.
                    let colour = match n.group {
                        Some(g) => format!("group-{}", g % GROUP_COLOURS.len()),
                        None => format!("kind-{}", a.kind.token()),
                    };
                    let label = (!n.label.is_empty()).then(|| {
                        view! { <text class="actor-label" x=n.x y=n.label_y text-anchor="middle">{n.label.clone()}</text> }
                    });
                    Some(view! {
                        <g class=format!("actor {colour}") class:outside=!a.is_local()
                            class:focused=move || store.read(Part::Hover, |s| s.hovered) == Some(actor)
                            class:highlighted=move || store.read(Part::Highlight, |s| s.highlight.as_ref().is_some_and(|h| h.actors.contains(&actor)))
                            class:dimmed=move || store.read(Part::Highlight, |s| s.highlight.as_ref().is_some_and(|h| !h.actors.contains(&actor)))
                            data-actor-id=public_id tabindex="0" role="img"
                            aria-label=format!("{} ({})", name, actor_kind(lang, a.kind))
                            on:mouseenter=move |_| store.act(|s| s.hover(Some(actor)))
                            on:mouseleave=move |_| store.act(|s| s.hover(None))
                            on:focus=move |_| store.act(|s| s.hover(Some(actor)))
                            on:blur=move |_| store.act(|s| s.hover(None))
                            class:filtered=move || derived.visibility.with(|v| !v.actor(actor))
                            class:match=move || derived.matches.with(|m| m.get(actor).copied().unwrap_or(false))
                            class:unmatched=move || derived.searching.get() && !derived.matches.with(|m| m.get(actor).copied().unwrap_or(false))
                            class:selected=move || store.read(Part::Selection, |s| s.selection.actor.as_deref() == Some(actor_id.as_str()))>
                            // One generous target for pointer and touch: the symbol and its label.
                            <rect class="hit" x=n.x - hit_w / 2.0 y=n.y - n.r - 2.0 width=hit_w
                                height=n.label_y - n.y + n.r + 6.0></rect>
                            {shape}
                            {label}
                        </g>
                    })
                })
                .collect_view()
        })
    };

    view! {
        <g class="bundles">{bundle_paths}</g>
        <g class="edges">{edges}</g>
        <g class="actors">{nodes}</g>
    }
}
