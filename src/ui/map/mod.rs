//! Where pixels are drawn: the map region. It draws the current
//! [`MapLayout`] (value chain or network) and hands pointer, wheel, touch
//! and keyboard input to the [gesture machine](crate::view::gesture),
//! whose changes become session actions. All positions come from the
//! layout and all screen mapping from [`Screen`].
//!
//! Small maps are all SVG ([`svg_layer`]); above [`CANVAS_FROM`] actors the
//! actors and relations move to a canvas ([`canvas_layer`]) while the structure
//! (bands, columns, gap markers) stays SVG.
//!
//! [`MapLayout`]: crate::layout::MapLayout

mod canvas_layer;
mod svg_layer;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::derived::Derived;
use super::state::Store;
use crate::i18n::{actor_kind, map_description, relation_kind, stage_name, Msg};
use crate::layout::hit::HitGrid;
use crate::layout::style::MapStyle;
use crate::layout::{bundle_edges, Bundle};
use crate::model::{ActorKind, RelationKind};
use crate::session::Highlight;
use crate::session::Part;
use crate::view::gesture::{Change, Context, Gestures, Input, Outcome, PointerKind};
use crate::view::keynav::{self, Step, Target};
use crate::view::{MapMode, Screen};
use canvas_layer::CanvasLayer;
use svg_layer::{Markers, Structure, SvgContent};

/// From this many actors (or 4x as many relations) the map is drawn on a
/// canvas: creating one SVG element per actor and relation made the first
/// map of 10,000 actors / 30,000 relations take 2.5 s on the main thread,
/// and while panning the SVG map's median frame passes two frames (33 ms)
/// at about 1,000 actors, where the canvas stays under it (BENCHMARKS.md,
/// "Where the canvas takes over").
pub const CANVAS_FROM: usize = 1000;
/// User Timing mark set when a new layout has been painted.
pub const MARK_MAP_DRAWN: &str = "clustermap:map-drawn";

fn frame_size(el: &web_sys::HtmlElement) -> (f64, f64) {
    (f64::from(el.client_width()), f64::from(el.client_height()))
}

#[component]
pub fn ClusterMap() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let layout = derived.layout;
    let mode = derived.mode;
    let use_canvas = Memo::new(move |_| {
        layout.with(|l| l.nodes.len() >= CANVAS_FROM || l.edges.len() >= 4 * CANVAS_FROM)
    });
    // Dense value-chain maps show relations bundled by stage pair.
    let bundles: Memo<Vec<Bundle>> = Memo::new(move |_| {
        layout.with(|l| {
            if !l.dense {
                return Vec::new();
            }
            derived.visibility.with(|v| {
                store.read(Part::Workspace, |s| {
                    bundle_edges(l, &s.workspace.loaded.dataset, &v.relations)
                })
            })
        })
    });
    let frame_ref = NodeRef::<leptos::html::Div>::new();
    // The frame's size in CSS pixels, measured after each layout and resize.
    let size = RwSignal::new((0.0f64, 0.0f64));
    // Runs a frame later, when the map may be gone (a presentation
    // starting or ending mounts another one).
    let measure = move || {
        if let Some(el) = frame_ref.try_get_untracked().flatten() {
            let s = frame_size(&el);
            if size.try_get_untracked().is_some_and(|old| old != s) {
                size.try_set(s);
            }
        }
    };
    Effect::new(move |_| {
        layout.track();
        request_animation_frame(measure);
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let screen = Memo::new(move |_| {
        let (fw, fh) = size.get();
        let (w, h) = layout.with(|l| (l.width, l.height));
        derived.camera.with(|c| Screen::new(c, w, h, fw, fh))
    });
    // "clustermap:map-drawn" after the frame that shows a new layout.
    Effect::new(move |_| {
        layout.track();
        request_animation_frame(|| {
            request_animation_frame(|| super::browser::mark(MARK_MAP_DRAWN));
        });
    });
    let hits: StoredValue<HitGrid> = StoredValue::new(HitGrid::default());
    Effect::new(move |_| layout.with(|l| hits.set_value(HitGrid::new(l))));

    let view_box = move || layout.with(|l| format!("0 0 {:.0} {:.0}", l.width, l.height));
    let transform = move || {
        let (w, h) = layout.with(|l| (l.width, l.height));
        let (z, tx, ty) = derived.camera.with(|c| c.transform(w, h));
        format!("translate({tx:.1} {ty:.1}) scale({z:.4})")
    };
    let label = move || match mode.get() {
        MapMode::ValueChain => store.t(Msg::MapLabel),
        MapMode::Network => store.t(Msg::NetworkLabel),
        MapMode::Geographic => store.t(Msg::GeoLabel),
    };
    // The picture in words, for screen readers: its id is unique, as the
    // presentation mounts a second map while the page's stays.
    let description_id = format!("map-description-{}", next_map_id());
    let description = move || {
        let lang = store.lang();
        derived.analysis.with(|a| {
            store.read(Part::Workspace, |s| {
                map_description(lang, &s.workspace.loaded.dataset, a)
            })
        })
    };
    let arranging = move || {
        (mode.get() == MapMode::Network && derived.positions.with(Option::is_none)).then(|| {
            view! { <p class="map-notice" data-testid="arranging">{move || store.t(Msg::NetworkArranging)}</p> }
        })
    };

    view! {
        <section class="map-region" data-testid="map" data-view=move || mode.get().token()
            style=MapStyle::STANDARD.css_properties()
            data-renderer=move || if use_canvas.get() { "canvas" } else { "svg" }
            data-shown=move || derived.visibility.with(|v| v.shown_actors())>
            <p class="visually-hidden" id=description_id.clone() data-testid="map-description">{description}</p>
            <MapFrame frame_ref screen use_canvas hits described_by=description_id.clone()>
                <svg class="map" viewBox=view_box preserveAspectRatio="xMidYMin meet" role="group"
                    aria-label=label aria-describedby=description_id>
                    <Markers/>
                    <g class="viewport" transform=transform>
                        <Structure/>
                        {move || (!use_canvas.get()).then(|| view! { <SvgContent bundles/> })}
                    </g>
                </svg>
                {move || use_canvas.get().then(|| view! { <CanvasLayer screen=screen.into() bundles/> <CanvasFocus screen/> })}
                {arranging}
                <Tooltip screen/>
            </MapFrame>
            <Legend/>
        </section>
    }
}

/// What the keyboard is on: an SVG actor, a gap marker, or the canvas's
/// focus proxy (which stands for the hovered actor).
fn keyboard_target(
    store: Store,
    derived: Derived,
    ev: &leptos::ev::KeyboardEvent,
) -> Option<Target> {
    let el = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())?;
    if el.class_list().contains("canvas-focus") {
        return store.peek(|s| s.hovered).map(Target::Actor);
    }
    if let Some(id) = el.get_attribute("data-actor-id") {
        let disclosure = derived.disclosure.get_untracked();
        return store
            .peek(|s| disclosure.actor_of(&s.workspace.loaded.dataset, &id))
            .map(Target::Actor);
    }
    let stage = el.get_attribute("data-gap-stage")?;
    store
        .peek(|s| s.workspace.loaded.dataset.stage_index(&stage))
        .map(Target::Gap)
}

/// The element of the page's map (not a slide's) whose `attribute` is `value`.
fn map_element(attribute: &str, value: &str) -> Option<web_sys::HtmlElement> {
    let list = document()
        .query_selector_all(&format!(".app-page .map-frame [{attribute}]"))
        .ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .find(|e| e.get_attribute(attribute).as_deref() == Some(value))
        // An SVG element: `focus` is the same method as on HTML ones.
        .map(|e| e.unchecked_into::<web_sys::HtmlElement>())
}

/// Moves the keyboard to `target`: an SVG actor or gap marker takes the
/// focus itself; on a canvas map the proxy moves to the actor and keeps it.
pub fn focus_target(store: Store, derived: Derived, target: Target) {
    let element = match target {
        Target::Actor(actor) => {
            let proxy = document()
                .query_selector(".app-page .canvas-focus")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(proxy) = proxy {
                store.act(|s| s.hover(Some(actor)));
                Some(proxy)
            } else {
                let disclosure = derived.disclosure.get_untracked();
                let id = store.peek(|s| disclosure.public_id(&s.workspace.loaded.dataset, actor));
                map_element("data-actor-id", &id)
            }
        }
        Target::Gap(stage) => {
            let id = store.peek(|s| {
                s.workspace
                    .loaded
                    .dataset
                    .stages
                    .get(stage)
                    .map(|st| st.id.clone())
            });
            id.and_then(|id| map_element("data-gap-stage", &id))
        }
    };
    if let Some(e) = element {
        let _ = e.focus();
    }
}

/// The canvas map's stand-in for its actors in the focus order: one
/// focusable element over the actor the keyboard is on, named like an
/// SVG actor, which the arrow keys move (roving focus).
#[component]
fn CanvasFocus(screen: Memo<Screen>) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let place = move || {
        let s = screen.get();
        let at = store.read(Part::Hover, |h| h.hovered).and_then(|a| {
            derived.layout.with(|l| {
                l.node_of(a)
                    .map(|n| (s.to_screen(n.x, n.y), n.r * s.scale()))
            })
        });
        match at {
            Some(((x, y), r)) => {
                let side = (2.0 * r + 6.0).max(12.0);
                format!(
                    "left:{:.1}px;top:{:.1}px;width:{side:.1}px;height:{side:.1}px",
                    x - side / 2.0,
                    y - side / 2.0
                )
            }
            None => "left:0;top:0;width:1px;height:1px".to_string(),
        }
    };
    let label = move || {
        let lang = store.lang();
        let actor = store.read(Part::Hover, |h| h.hovered);
        let disclosure = derived.disclosure.get();
        actor
            .and_then(|a| {
                store.read(Part::Workspace, |s| {
                    let d = &s.workspace.loaded.dataset;
                    d.actors.get(a).map(|x| {
                        format!(
                            "{} ({})",
                            disclosure.name(lang, d, a),
                            actor_kind(lang, x.kind)
                        )
                    })
                })
            })
            .unwrap_or_else(|| store.t(Msg::MapLabel).to_string())
    };
    // Reached by Tab: start on the first actor of the chain.
    let on_focus = move |_| {
        if store.peek(|s| s.hovered).is_none() {
            let first = derived.layout.with_untracked(|l| {
                derived
                    .visibility
                    .with_untracked(|v| keynav::first(l, &|a| v.actor(a)))
            });
            if let Some(Target::Actor(a)) = first {
                store.act(|s| s.hover(Some(a)));
            }
        }
    };
    view! {
        <div class="canvas-focus" tabindex="0" role="img" data-testid="canvas-focus"
            aria-label=label style=place on:focus=on_focus></div>
    }
}

/// A number for each map mounted, for element ids that must be unique.
fn next_map_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Pointer position relative to the frame, in CSS pixels.
fn frame_point(frame_ref: NodeRef<leptos::html::Div>, ev: &web_sys::PointerEvent) -> (f64, f64) {
    let rect = frame_ref
        .get_untracked()
        .map(|el| el.get_bounding_client_rect());
    let (left, top) = rect.map_or((0.0, 0.0), |r| (r.left(), r.top()));
    (
        f64::from(ev.client_x()) - left,
        f64::from(ev.client_y()) - top,
    )
}

/// Turns the gesture machine's changes into session actions.
///
/// # Arguments
/// * `map` – the layout's size in map units, for zooming about a point.
/// * `canvas` – whether the canvas draws the actors (SVG actors have hover
///   handlers of their own).
/// * `hover_at` – the actor under a frame point, on the canvas.
fn apply_changes(
    store: Store,
    out: Outcome,
    map: (f64, f64),
    canvas: bool,
    hover_at: &dyn Fn((f64, f64)) -> Option<usize>,
    capture: &dyn Fn(i32),
) {
    for change in out.changes {
        match change {
            Change::Capture(id) => capture(id),
            Change::Pin { actor, at } => store.act(|s| s.pin(actor, at)),
            Change::Select(actor) => store.act(|s| s.select(Some(actor))),
            Change::Clear => store.act(|s| s.clear()),
            Change::Hover(at) if canvas => {
                let actor = hover_at(at);
                store.act(|s| s.hover(actor));
            }
            Change::Unhover if canvas => store.act(|s| s.hover(None)),
            Change::Hover(_) | Change::Unhover => {}
            camera => store.act(|s| {
                let mut c = s.camera;
                if camera.apply_camera(&mut c, map) {
                    s.set_camera(c);
                }
            }),
        }
    }
}

/// The focusable frame around the map: pointer, wheel, touch and key input
/// go to the gesture machine, and its changes become session actions.
#[component]
fn MapFrame(
    frame_ref: NodeRef<leptos::html::Div>,
    screen: Memo<Screen>,
    use_canvas: Memo<bool>,
    hits: StoredValue<HitGrid>,
    /// The id of the map's long description.
    described_by: String,
    children: Children,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let layout = derived.layout;
    let mode = derived.mode;
    let local = move |ev: &web_sys::PointerEvent| frame_point(frame_ref, ev);
    let actor_at = move |ev: &web_sys::PointerEvent| -> Option<usize> {
        if use_canvas.get_untracked() {
            let (px, py) = local(ev);
            let s = screen.get_untracked();
            let (x, y) = s.to_map(px, py);
            // A finger is about 8 CSS pixels of slack.
            let slack = 8.0 / s.scale().max(1e-9);
            hits.with_value(|g| g.hit(x, y, slack))
                .and_then(|i| layout.with_untracked(|l| l.nodes.get(i).map(|n| n.actor)))
        } else {
            let id = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("[data-actor-id]").ok().flatten())
                .and_then(|e| e.get_attribute("data-actor-id"))?;
            let disclosure = derived.disclosure.get_untracked();
            store.peek(|s| disclosure.actor_of(&s.workspace.loaded.dataset, &id))
        }
    };

    // The gesture machine decides; this adapter only translates browser
    // events into its inputs and its changes into session actions.
    let gestures: StoredValue<Gestures> = StoredValue::new(Gestures::new());
    let context = move || Context {
        screen: screen.get_untracked(),
        camera: store.peek(|s| s.camera),
        drag_actors: mode.get_untracked() == MapMode::Network,
        focused: store.peek(|s| s.hovered),
    };
    // Once a press becomes a drag, keep receiving moves when the pointer
    // leaves the frame.
    let capture = move |id: i32| {
        if let Some(el) = frame_ref.get_untracked() {
            if !el.has_pointer_capture(id) {
                let _ = el.set_pointer_capture(id);
            }
        }
    };
    let apply = move |out: Outcome, hover_at: &dyn Fn((f64, f64)) -> Option<usize>| {
        let map = layout.with_untracked(|l| (l.width, l.height));
        apply_changes(
            store,
            out,
            map,
            use_canvas.get_untracked(),
            hover_at,
            &capture,
        );
    };
    let send = move |input: Input, hover_at: &dyn Fn((f64, f64)) -> Option<usize>| {
        let cx = context();
        let out = gestures
            .try_update_value(|g| g.handle(input, &cx))
            .unwrap_or_default();
        let consumed = out.consumed;
        apply(out, hover_at);
        consumed
    };
    let nothing = |_: (f64, f64)| None;
    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        let kind = PointerKind::parse(&ev.pointer_type());
        // Hit-test only presses the machine will look at.
        let actor = (kind != PointerKind::Mouse || ev.button() == 0)
            .then(|| actor_at(&ev))
            .flatten();
        let input = Input::Down {
            id: ev.pointer_id(),
            at: local(&ev),
            kind,
            button: ev.button(),
            actor,
        };
        send(input, &nothing);
    };
    let on_pointer_move = move |ev: leptos::ev::PointerEvent| {
        let input = Input::Move {
            id: ev.pointer_id(),
            at: local(&ev),
            kind: PointerKind::parse(&ev.pointer_type()),
        };
        send(input, &|_| actor_at(&ev));
    };
    let on_pointer_up = move |ev: leptos::ev::PointerEvent| {
        send(
            Input::Up {
                id: ev.pointer_id(),
            },
            &nothing,
        );
    };
    let on_pointer_leave = move |_| {
        send(Input::Leave, &nothing);
    };
    // Ctrl+wheel (and trackpad pinch, which browsers send as ctrl+wheel)
    // zooms; a plain wheel keeps scrolling the page.
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        let rect = frame_ref
            .get_untracked()
            .map(|el| el.get_bounding_client_rect());
        let (left, top) = rect.map_or((0.0, 0.0), |r| (r.left(), r.top()));
        let input = Input::Wheel {
            at: (
                f64::from(ev.client_x()) - left,
                f64::from(ev.client_y()) - top,
            ),
            delta_y: ev.delta_y(),
            ctrl: ev.ctrl_key() || ev.meta_key(),
        };
        if send(input, &nothing) {
            ev.prevent_default();
        }
    };
    // On an actor or a gap marker the arrows walk the value chain; on the
    // bare frame they pan, as before.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        let at = keyboard_target(store, derived, &ev);
        if let (Some(dir), Some(from)) = (Step::from_key(&key), at) {
            ev.prevent_default();
            let to = layout.with_untracked(|l| {
                derived
                    .visibility
                    .with_untracked(|v| keynav::step(l, from, dir, &|a| v.actor(a)))
            });
            if let Some(to) = to {
                focus_target(store, derived, to);
            }
            return;
        }
        if let (true, Some(Target::Gap(stage))) = (key == "Enter", at) {
            ev.prevent_default();
            let firms = derived.analysis.with_untracked(|a| {
                a.gaps
                    .iter()
                    .find(|g| g.stage == stage)
                    .map(|g| g.sourcing_outside.clone())
            });
            store.act(|s| {
                s.toggle_highlight(Highlight {
                    stage,
                    actors: firms.unwrap_or_default(),
                })
            });
            return;
        }
        if send(Input::Key(&key), &nothing) {
            ev.prevent_default();
        }
    };
    let keys = move || match mode.get() {
        MapMode::ValueChain | MapMode::Geographic => store.t(Msg::MapKeys),
        MapMode::Network => store.t(Msg::MapKeysNetwork),
    };
    view! {
        <div class="map-frame" tabindex="0" node_ref=frame_ref on:keydown=on_key title=keys
            role="group" aria-label=keys aria-describedby=described_by
            on:pointerdown=on_pointer_down on:pointermove=on_pointer_move
            on:pointerup=on_pointer_up on:pointercancel=on_pointer_up
            on:pointerleave=on_pointer_leave on:wheel=on_wheel>
            {children()}
        </div>
    }
}

/// The focused actor's name and facts, positioned over its node.
#[component]
fn Tooltip(screen: Memo<Screen>) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let content = move || {
        let actor = store.read(Part::Hover, |s| s.hovered)?;
        let lang = store.lang();
        let s = screen.get();
        let (left, top) = derived
            .layout
            .with(|l| l.node_of(actor).map(|n| s.to_screen(n.x, n.y - n.r)))?;
        let disclosure = derived.disclosure.get();
        let (name, facts) = store.read(Part::Workspace, |s| {
            let data = &s.workspace.loaded.dataset;
            let a = data.actors.get(actor)?;
            let mut facts = vec![actor_kind(lang, a.kind).to_string()];
            if let Some(s) = data.actor_stage(actor) {
                facts.push(stage_name(lang, &data.stages[s]).to_string());
            }
            if let Some(e) = a.employees {
                facts.push(
                    lang.format(Msg::EmployeesCount, &[("n", disclosure.employees(lang, e))]),
                );
            }
            if !a.district.is_empty() {
                facts.push(a.district.clone());
            }
            Some((disclosure.name(lang, data, actor), facts.join(" · ")))
        })?;
        Some(view! {
            <div class="tooltip" role="tooltip" data-testid="tooltip"
                style=format!("left:{left:.1}px;top:{top:.1}px")>
                <strong>{name}</strong>
                <span>{facts}</span>
            </div>
        })
    };
    view! { {content} }
}

#[component]
fn Legend() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let network = Memo::new(move |_| derived.mode.get() == MapMode::Network);
    let kinds = move || {
        let lang = store.lang();
        ActorKind::ALL
            .iter()
            .map(|k| {
                let shape = if k.is_operator() { "dot" } else { "square" };
                let class = if network.get() {
                    "legend-item plain".to_string()
                } else {
                    format!("legend-item kind-{}", k.token())
                };
                view! { <span class=class><i class=shape></i>{actor_kind(lang, *k)}</span> }
            })
            .collect_view()
    };
    let groups = move || {
        network.get().then(|| {
            let by_community = derived.analysis.with(|a| a.network.ready);
            let msg = if by_community {
                Msg::LegendGroups
            } else {
                Msg::LegendGroupsByStage
            };
            view! {
                <span class="legend-item groups">
                    {(0..6).map(|g| view! { <i class=format!("dot group-{g}")></i> }).collect_view()}
                    {move || store.t(msg)}
                </span>
            }
        })
    };
    view! {
        <div class="legend" data-testid="legend">
            <span class="legend-title">{move || store.t(Msg::Legend)}</span>
            {groups}
            {kinds}
            {move || {
                let lang = store.lang();
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
            <span class="legend-item outside"><i class="dot"></i>{move || store.t(Msg::BandOutside)}</span>
            {move || (derived.mode.get() == MapMode::Geographic).then(|| view! {
                <span class="legend-item">{move || store.t(Msg::GeoAbroad)}</span>
            })}
            {move || (derived.mode.get() == MapMode::ValueChain).then(|| view! {
                <span class="legend-item missing"><i class="box"></i>{move || store.t(Msg::MissingLocally)}</span>
                <span class="legend-item broken"><i class="break"></i>{move || store.t(Msg::LegendBrokenLink)}</span>
                <span class="legend-item ranked"><i class="rank">"1"</i>{move || store.t(Msg::LegendOpportunity)}</span>
            })}
            <span class="legend-item">{move || store.t(Msg::LegendSize)}</span>
        </div>
    }
}
