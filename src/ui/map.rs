//! Draws a [`MapLayout`] as SVG. All positions come from the layout; this
//! file only chooses elements, classes and texts.
//!
//! [`MapLayout`]: crate::layout::MapLayout

use leptos::prelude::*;

use super::AppContext;
use crate::i18n::{actor_kind, relation_kind, stage_name, Msg};
use crate::layout::text::wrap;
use crate::layout::BandRow;
use crate::model::{ActorKind, RelationKind};
use crate::view::ViewState;
use wasm_bindgen::JsCast;

/// Where a drag on the map started: pointer position and pan at that time.
#[derive(Clone, Copy)]
struct DragStart {
    x: f64,
    y: f64,
    pan: (f64, f64),
}

fn band_msg(row: BandRow) -> Msg {
    match row {
        BandRow::Outside => Msg::BandOutside,
        BandRow::Operators => Msg::BandOperators,
        BandRow::Support => Msg::BandSupport,
        BandRow::Enabling => Msg::BandEnabling,
    }
}

#[component]
pub fn ValueChainMap() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let layout = ctx.layout;
    let matches = Memo::new(move |_| {
        ctx.workspace
            .with(|w| ctx.view.with(|v| v.matches(&w.loaded.dataset)))
    });
    let searching = Memo::new(move |_| ctx.view.with(|v| !v.search.trim().is_empty()));
    let transform = move || {
        let (w, h) = layout.with(|l| (l.width, l.height));
        ctx.view.with(|v| viewport_transform(v, w, h))
    };
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    // Map units per screen pixel, for dragging.
    let units_per_px = move || {
        let shown = svg_ref
            .get_untracked()
            .map(|e| f64::from(e.client_width()))
            .unwrap_or(0.0);
        let width = layout.with_untracked(|l| l.width);
        if shown > 0.0 {
            width / shown
        } else {
            1.0
        }
    };
    let drag: StoredValue<Option<DragStart>> = StoredValue::new(None);
    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        let on_actor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-actor-id]").ok().flatten())
            .is_some();
        if !on_actor && ev.button() == 0 {
            let pan = ctx.view.with_untracked(|v| v.pan);
            drag.set_value(Some(DragStart {
                x: f64::from(ev.client_x()),
                y: f64::from(ev.client_y()),
                pan,
            }));
        }
    };
    let on_pointer_move = move |ev: leptos::ev::PointerEvent| {
        if let Some(DragStart {
            x: x0,
            y: y0,
            pan: (px, py),
        }) = drag.get_value()
        {
            let k = units_per_px();
            let (dx, dy) = (
                (f64::from(ev.client_x()) - x0) * k,
                (f64::from(ev.client_y()) - y0) * k,
            );
            ctx.view.update(|v| v.pan = (px + dx, py + dy));
        }
    };
    let end_drag = move |_| drag.set_value(None);
    // Ctrl+wheel (and trackpad pinch, which browsers send as ctrl+wheel)
    // zooms; a plain wheel keeps scrolling the page.
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        if ev.ctrl_key() || ev.meta_key() {
            ev.prevent_default();
            let factor = if ev.delta_y() < 0.0 { 1.1 } else { 1.0 / 1.1 };
            ctx.view.update(|v| v.zoom_by(factor));
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let step = 40.0;
        let handled = match ev.key().as_str() {
            "+" | "=" => {
                ctx.view.update(|v| v.zoom_by(1.25));
                true
            }
            "-" | "_" => {
                ctx.view.update(|v| v.zoom_by(0.8));
                true
            }
            "0" => {
                ctx.view.update(|v| {
                    v.zoom = 1.0;
                    v.pan = (0.0, 0.0);
                });
                true
            }
            "ArrowLeft" => {
                ctx.view.update(|v| v.pan.0 += step);
                true
            }
            "ArrowRight" => {
                ctx.view.update(|v| v.pan.0 -= step);
                true
            }
            "ArrowUp" => {
                ctx.view.update(|v| v.pan.1 += step);
                true
            }
            "ArrowDown" => {
                ctx.view.update(|v| v.pan.1 -= step);
                true
            }
            "Escape" => {
                ctx.view.update(|v| v.selected = None);
                ctx.highlight.set(None);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };
    let view_box = move || layout.with(|l| format!("0 0 {:.0} {:.0}", l.width, l.height));

    let bands = move || {
        let lang = ctx.lang.get();
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

    let columns = move || {
        let lang = ctx.lang.get();
        layout.with(|l| {
            let ops = l.bands.iter().find(|b| b.row == BandRow::Operators).cloned();
            let stages = ctx.workspace.with(|w| w.loaded.dataset.stages.clone());
            l.columns
                .iter()
                .map(|c| {
                    let stage = &stages[c.stage];
                    let col_stage = c.stage;
                    let lines = c.header.clone();
                    let font = l.header_font;
                    let x_mid = c.x + c.width / 2.0;
                    let gap = c.missing.then(|| {
                        let (y, h) = ops.as_ref().map_or((l.header_height, 100.0), |b| (b.y, b.height));
                        view! {
                            <g class="gap-marker" data-gap-stage=stage.id.clone()
                                aria-label=format!("{}: {}", stage_name(lang, stage), lang.text(Msg::MissingLocally))>
                                <rect x=c.x + 6.0 y=y + 6.0 width=c.width - 12.0 height=h - 12.0 rx="8"></rect>
                                <text x=x_mid y=y + h / 2.0 text-anchor="middle">{lang.text(Msg::MissingLocally)}</text>
                            </g>
                        }
                    });
                    view! {
                        <g class="stage-column" class:missing=c.missing data-stage=stage.id.clone()
                            class:highlighted=move || ctx.highlight.with(|h| h.as_ref().is_some_and(|h| h.stage == col_stage))
                            aria-label=stage_name(lang, stage).to_string()>
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
                    }
                })
                .collect_view()
        })
    };

    let segments = move || {
        layout.with(|l| {
            l.segments
                .iter()
                .map(|s| {
                    let seg_stage = s.stage;
                    view! {
                        <g class="segment"
                            class:highlighted=move || ctx.highlight.with(|h| h.as_ref().is_some_and(|h| Some(h.stage) == seg_stage))>
                            <rect x=s.x y=s.y width=s.width height=s.height rx="6"></rect>
                            <text x=s.x + 8.0 y=s.y + 15.0>{s.label.clone()}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };

    let edges = move || {
        let relations = ctx.workspace.with(|w| w.loaded.dataset.relations.clone());
        layout.with(|l| {
            l.edges
                .iter()
                .map(|e| {
                    let rel = relations[e.relation].clone();
                    let kind = rel.kind.token();
                    let marker = rel.kind.is_directed().then(|| format!("url(#arrow-{kind})"));
                    let dim = move || ctx.focused.get().is_some_and(|f| f != rel.source && f != rel.target);
                    let lit = move || ctx.focused.get().is_some_and(|f| f == rel.source || f == rel.target);
                    let index = e.relation;
                    let filtered = move || {
                        ctx.workspace.with(|w| ctx.view.with(|v| !v.shows_relation(&w.loaded.dataset, index)))
                    };
                    view! {
                        <path class=format!("edge rel-{kind}") class:dim=dim class:lit=lit class:filtered=filtered d=e.d.clone()
                            stroke-width=format!("{:.2}", 0.6 + 0.45 * f64::from(rel.strength)) marker-end=marker></path>
                    }
                })
                .collect_view()
        })
    };

    let nodes = move || {
        let lang = ctx.lang.get();
        let actors = ctx.workspace.with(|w| w.loaded.dataset.actors.clone());
        layout.with(|l| {
            l.nodes
                .iter()
                .map(|n| {
                    let a = &actors[n.actor];
                    let actor = n.actor;
                    let actor_id = a.id.clone();
                    let select_id = a.id.clone();
                    let hit_w = n.label_width.max(2.0 * n.r) + 6.0;
                    let shape = if a.kind.is_operator() {
                        view! { <circle cx=n.x cy=n.y r=n.r></circle> }.into_any()
                    } else {
                        let s = n.r * 1.7;
                        view! { <rect x=n.x - s / 2.0 y=n.y - s / 2.0 width=s height=s rx="3"></rect> }.into_any()
                    };
                    view! {
                        <g class=format!("actor kind-{}", a.kind.token()) class:outside=!a.is_local()
                            class:focused=move || ctx.focused.get() == Some(actor)
                            class:highlighted=move || ctx.highlight.with(|h| h.as_ref().is_some_and(|h| h.actors.contains(&actor)))
                            class:dimmed=move || ctx.highlight.with(|h| h.as_ref().is_some_and(|h| !h.actors.contains(&actor)))
                            data-actor-id=a.id.clone() tabindex="0" role="img"
                            aria-label=format!("{} ({})", a.name, actor_kind(lang, a.kind))
                            on:mouseenter=move |_| ctx.focused.set(Some(actor))
                            on:mouseleave=move |_| ctx.focused.set(None)
                            on:focus=move |_| ctx.focused.set(Some(actor))
                            on:blur=move |_| ctx.focused.set(None)
                            class:filtered=move || ctx.workspace.with(|w| ctx.view.with(|v| !v.shows_actor(&w.loaded.dataset, actor)))
                            class:match=move || matches.with(|m| m.contains(&actor))
                            class:unmatched=move || searching.get() && !matches.with(|m| m.contains(&actor))
                            class:selected=move || ctx.view.with(|v| v.selected.as_deref() == Some(actor_id.as_str()))
                            on:click=move |_| {
                                ctx.focused.set(Some(actor));
                                let id = select_id.clone();
                                ctx.view.update(|v| v.selected = Some(id));
                            }>
                            // One generous target for pointer and touch: the symbol and its label.
                            <rect class="hit" x=n.x - hit_w / 2.0 y=n.y - n.r - 2.0 width=hit_w
                                height=n.label_y - n.y + n.r + 6.0></rect>
                            {shape}
                            <text class="actor-label" x=n.x y=n.label_y text-anchor="middle">{n.label.clone()}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="map-region" data-testid="map">
            <div class="map-frame" tabindex="0" on:keydown=on_key title=move || ctx.t(Msg::MapKeys)>
                <svg class="map" viewBox=view_box preserveAspectRatio="xMidYMin meet" role="group" node_ref=svg_ref
                    aria-label=move || ctx.t(Msg::MapLabel)
                    on:pointerdown=on_pointer_down on:pointermove=on_pointer_move
                    on:pointerup=end_drag on:pointerleave=end_drag on:wheel=on_wheel>
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
                    <g class="viewport" transform=transform>
                        <g class="bands">{bands}</g>
                        <g class="columns">{columns}</g>
                        <g class="segments">{segments}</g>
                        <g class="edges">{edges}</g>
                        <g class="actors">{nodes}</g>
                    </g>
                </svg>
                <Tooltip/>
            </div>
            <Legend/>
        </section>
    }
}

/// Zoom and translation of the map content: zoom is about the centre of
/// the drawing, then the pan (in map units) is added.
fn viewport(v: &ViewState, width: f64, height: f64) -> (f64, f64, f64) {
    let z = v.zoom;
    (
        z,
        v.pan.0 + (1.0 - z) * width / 2.0,
        v.pan.1 + (1.0 - z) * height / 2.0,
    )
}

fn viewport_transform(v: &ViewState, width: f64, height: f64) -> String {
    let (z, tx, ty) = viewport(v, width, height);
    format!("translate({tx:.1} {ty:.1}) scale({z:.4})")
}

/// The focused actor's name and facts, positioned over its node.
#[component]
fn Tooltip() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let content = move || {
        let actor = ctx.focused.get()?;
        let lang = ctx.lang.get();
        let (z, tx, ty) = ctx
            .layout
            .with(|l| ctx.view.with(|v| viewport(v, l.width, l.height)));
        let (left, top) = ctx.layout.with(|l| {
            l.node_of(actor).map(|n| {
                let (x, y) = (n.x * z + tx, (n.y - n.r) * z + ty);
                (x / l.width * 100.0, y / l.height * 100.0)
            })
        })?;
        let (name, facts) = ctx.workspace.with(|w| {
            let data = &w.loaded.dataset;
            let a = data.actors.get(actor)?;
            let mut facts = vec![actor_kind(lang, a.kind).to_string()];
            if let Some(s) = data.actor_stage(actor) {
                facts.push(stage_name(lang, &data.stages[s]).to_string());
            }
            if let Some(e) = a.employees {
                facts.push(lang.format(Msg::EmployeesCount, &[("n", e.to_string())]));
            }
            if !a.district.is_empty() {
                facts.push(a.district.clone());
            }
            Some((a.name.clone(), facts.join(" · ")))
        })?;
        Some(view! {
            <div class="tooltip" role="tooltip" data-testid="tooltip"
                style=format!("left:{left:.2}%;top:{top:.2}%")>
                <strong>{name}</strong>
                <span>{facts}</span>
            </div>
        })
    };
    view! { {content} }
}

#[component]
fn Legend() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    view! {
        <div class="legend" data-testid="legend">
            <span class="legend-title">{move || ctx.t(Msg::Legend)}</span>
            {move || {
                let lang = ctx.lang.get();
                ActorKind::ALL
                    .iter()
                    .map(|k| {
                        let shape = if k.is_operator() { "dot" } else { "square" };
                        view! {
                            <span class=format!("legend-item kind-{}", k.token())>
                                <i class=shape></i>{actor_kind(lang, *k)}
                            </span>
                        }
                    })
                    .collect_view()
            }}
            {move || {
                let lang = ctx.lang.get();
                RelationKind::ALL
                    .iter()
                    .map(|k| {
                        view! {
                            <span class=format!("legend-item rel-{}", k.token())>
                                <i class="line"></i>{relation_kind(lang, *k)}
                            </span>
                        }
                    })
                    .collect_view()
            }}
            <span class="legend-item outside"><i class="dot"></i>{move || ctx.t(Msg::BandOutside)}</span>
            <span class="legend-item missing"><i class="box"></i>{move || ctx.t(Msg::MissingLocally)}</span>
            <span class="legend-item">{move || ctx.t(Msg::LegendSize)}</span>
        </div>
    }
}
