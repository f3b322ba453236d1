//! Actors and relations on a 2D canvas, for maps too large for one SVG
//! element each (see [`super::CANVAS_FROM`]).
//!
//! Two layers keep frames cheap while panning and zooming:
//! - the *scene* (every visible relation and actor, labels when legible) is
//!   painted into an off-screen canvas whenever the data, filters, search or
//!   highlight change, or once the view has rested for [`SETTLE_MS`];
//! - each animation frame copies the scene with the transform between the
//!   view it was painted for and the current one (one `drawImage`), then
//!   draws the *overlay*: the hovered and selected actors and their ties.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::layout::style::{MapStyle, Mark, PathSink, Stroke, Symbol};
use crate::layout::{Bundle, MapLayout, NodeBox};
use crate::model::{ActorKind, Dataset, RelationKind};
use crate::session::{Highlight, Part};
use crate::ui::derived::Derived;
use crate::ui::state::Store;
use crate::view::{Screen, Visibility};

/// Quiet time after the last pan or zoom before the scene is repainted
/// sharply at the new scale.
pub const SETTLE_MS: u32 = 160;
/// Labels are drawn only when their text is at least this many CSS pixels.
const MIN_LABEL_PX: f64 = 7.0;
const MAX_LABELS: usize = 1500;

/// The map's drawing rules, shared with the SVG layer.
const STYLE: MapStyle = MapStyle::STANDARD;

/// Canvas paths take symbols traced by [`Symbol::trace`].
struct Path<'a>(&'a CanvasRenderingContext2d);

impl PathSink for Path<'_> {
    fn move_to(&mut self, x: f64, y: f64) {
        self.0.move_to(x, y);
    }
    fn arc(&mut self, x: f64, y: f64, r: f64) {
        let _ = self.0.arc(x, y, r, 0.0, std::f64::consts::TAU);
    }
    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.0.rect(x, y, w, h);
    }
}

fn symbol(scene: &Scene, n: &NodeBox) -> Symbol {
    let kind = scene
        .dataset
        .actors
        .get(n.actor)
        .map_or(ActorKind::Firm, |a| a.kind);
    STYLE.symbol(n, kind)
}

/// Everything the scene depends on.
pub struct Scene<'a> {
    pub layout: &'a MapLayout,
    pub dataset: &'a Dataset,
    pub visibility: &'a Visibility,
    pub highlight: Option<&'a Highlight>,
    /// Per actor: matches the search (only read while searching).
    pub matches: &'a [bool],
    pub searching: bool,
    /// Drawn instead of single relations on dense maps.
    pub bundles: &'a [Bundle],
}

/// Device size and mapping the scene was painted for.
#[derive(Clone, Copy, PartialEq)]
struct Frame {
    width: u32,
    height: u32,
    dpr: f64,
    screen: Screen,
}

struct Painter {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    scene: HtmlCanvasElement,
    scene_ctx: CanvasRenderingContext2d,
    painted: Option<Frame>,
    /// What the overlay draws, found once per scene and overlay rather
    /// than by a search of every node and relation in every frame.
    marks: Option<(Overlay, Marks)>,
}

/// The overlay's actors as node indices, and the focused actor's shown
/// relations as edge indices.
#[derive(Default)]
struct Marks {
    focused: Option<usize>,
    selected: Option<usize>,
    ties: Vec<usize>,
}

impl Marks {
    fn find(scene: &Scene, overlay: Overlay) -> Self {
        let layout = scene.layout;
        let node = |actor: Option<usize>| {
            actor.and_then(|a| layout.nodes.iter().position(|n| n.actor == a))
        };
        let ties = overlay.focused.map_or_else(Vec::new, |actor| {
            (0..layout.edges.len())
                .filter(|&i| {
                    let e = &layout.edges[i];
                    scene.visibility.relation(e.relation)
                        && scene
                            .dataset
                            .relations
                            .get(e.relation)
                            .is_some_and(|r| r.source == actor || r.target == actor)
                })
                .collect()
        });
        Self {
            focused: node(overlay.focused),
            selected: node(overlay.selected),
            ties,
        }
    }
}

fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
}

impl Painter {
    fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let ctx = context_2d(&canvas)?;
        let scene: HtmlCanvasElement = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        let scene_ctx = context_2d(&scene)?;
        Some(Self {
            canvas,
            ctx,
            scene,
            scene_ctx,
            painted: None,
            marks: None,
        })
    }

    /// Draws one animation frame. `repaint` forces the scene to be painted
    /// again (its content changed or the view has settled).
    fn frame(&mut self, screen: Screen, repaint: bool, scene: &Scene, overlay: Overlay) {
        let dpr = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .max(1.0);
        let (cw, ch) = (
            f64::from(self.canvas.client_width()),
            f64::from(self.canvas.client_height()),
        );
        let (width, height) = ((cw * dpr).round() as u32, (ch * dpr).round() as u32);
        if width == 0 || height == 0 {
            return;
        }
        let frame = Frame {
            width,
            height,
            dpr,
            screen,
        };
        if self.canvas.width() != width || self.canvas.height() != height {
            self.canvas.set_width(width);
            self.canvas.set_height(height);
        }
        let resized = self
            .painted
            .is_none_or(|p| p.width != width || p.height != height || p.dpr != dpr);
        if repaint || resized {
            if self.scene.width() != width || self.scene.height() != height {
                self.scene.set_width(width);
                self.scene.set_height(height);
            }
            paint_scene(&self.scene_ctx, &frame, scene);
            self.painted = Some(frame);
            // The content may have changed: find the marks again.
            self.marks = None;
        }
        let Some(painted) = self.painted else {
            return;
        };
        // Copy the scene with the change of view since it was painted.
        let (a, b) = (painted.screen, screen);
        let k = b.zoom / a.zoom;
        let e = dpr * (b.left + b.fit * b.tx) - k * dpr * (a.left + a.fit * a.tx);
        let f = dpr * (b.top + b.fit * b.ty) - k * dpr * (a.top + a.fit * a.ty);
        let ctx = &self.ctx;
        let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        ctx.clear_rect(0.0, 0.0, f64::from(width), f64::from(height));
        let _ = ctx.set_transform(k, 0.0, 0.0, k, e, f);
        let _ = ctx.draw_image_with_html_canvas_element(&self.scene, 0.0, 0.0);
        if self.marks.as_ref().is_none_or(|(o, _)| *o != overlay) {
            self.marks = Some((overlay, Marks::find(scene, overlay)));
        }
        if let Some((_, marks)) = &self.marks {
            paint_overlay(ctx, &frame, scene, marks);
        }
    }
}

/// The actors drawn on top of the scene in every frame.
#[derive(Clone, Copy, Default, PartialEq)]
pub struct Overlay {
    pub focused: Option<usize>,
    pub selected: Option<usize>,
}

/// Sets the map-to-device transform and returns the visible map rectangle
/// `(x0, y0, x1, y1)` and device pixels per map unit.
fn map_transform(ctx: &CanvasRenderingContext2d, f: &Frame) -> ((f64, f64, f64, f64), f64) {
    let s = f.screen;
    let k = f.dpr * s.scale();
    let ex = f.dpr * (s.left + s.fit * s.tx);
    let ey = f.dpr * (s.top + s.fit * s.ty);
    let _ = ctx.set_transform(k, 0.0, 0.0, k, ex, ey);
    let rect = (
        -ex / k,
        -ey / k,
        (f64::from(f.width) - ex) / k,
        (f64::from(f.height) - ey) / k,
    );
    (rect, k)
}

fn paint_scene(ctx: &CanvasRenderingContext2d, f: &Frame, scene: &Scene) {
    let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, f64::from(f.width), f64::from(f.height));
    let (view, k) = map_transform(ctx, f);
    let inside = |x0: f64, y0: f64, x1: f64, y1: f64| {
        x1 >= view.0 && x0 <= view.2 && y1 >= view.1 && y0 <= view.3
    };
    let layout = scene.layout;

    let quiet = scene.highlight.is_some() || scene.searching;
    if layout.dense {
        paint_bundles(ctx, scene, quiet);
    } else {
        paint_edges(ctx, scene, quiet, inside, k);
    }

    // Actors: one fill per colour, dimmed ones in a faint pass first.
    ctx.set_global_alpha(1.0);
    let mut visible: Vec<usize> = Vec::new();
    for (i, n) in layout.nodes.iter().enumerate() {
        if scene.visibility.actor(n.actor) && inside(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) {
            visible.push(i);
        }
    }
    paint_nodes(ctx, scene, &visible, k);
    paint_labels(ctx, f, scene, &visible, k);
}

fn paint_bundles(ctx: &CanvasRenderingContext2d, scene: &Scene, quiet: bool) {
    ctx.set_global_alpha(if quiet { 0.12 } else { 0.35 });
    ctx.set_line_cap("round");
    for b in scene.bundles {
        ctx.begin_path();
        ctx.move_to(b.from.0, b.from.1);
        ctx.quadratic_curve_to(b.ctrl.0, b.ctrl.1, b.to.0, b.to.1);
        ctx.set_line_width(b.width);
        ctx.set_stroke_style_str(STYLE.relation_colour(b.kind));
        ctx.stroke();
    }
    ctx.set_line_cap("butt");
}

/// Relations: one path per (kind, strength), so 30,000 curves cost 20
/// strokes; the more there are, the fainter each.
fn paint_edges(
    ctx: &CanvasRenderingContext2d,
    scene: &Scene,
    quiet: bool,
    inside: impl Fn(f64, f64, f64, f64) -> bool,
    k: f64,
) {
    let layout = scene.layout;
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); RelationKind::ALL.len() * 5];
    for (i, e) in layout.edges.iter().enumerate() {
        let Some(rel) = scene.dataset.relations.get(e.relation) else {
            continue;
        };
        if !scene.visibility.relation(e.relation) {
            continue;
        }
        let xs = [e.from.0, e.ctrl.0, e.to.0];
        let ys = [e.from.1, e.ctrl.1, e.to.1];
        let (x0, x1) = (
            xs.iter().copied().fold(f64::MAX, f64::min),
            xs.iter().copied().fold(f64::MIN, f64::max),
        );
        let (y0, y1) = (
            ys.iter().copied().fold(f64::MAX, f64::min),
            ys.iter().copied().fold(f64::MIN, f64::max),
        );
        if !inside(x0, y0, x1, y1) {
            continue;
        }
        let kind = RelationKind::ALL
            .iter()
            .position(|x| *x == rel.kind)
            .unwrap_or(0);
        let strength = usize::from(rel.strength.clamp(1, 5)) - 1;
        buckets[kind * 5 + strength].push(i);
    }
    let drawn: usize = buckets.iter().map(Vec::len).sum();
    let alpha = (0.3 * (2000.0 / drawn.max(1) as f64).sqrt()).clamp(0.05, 0.3);
    ctx.set_global_alpha(if quiet { alpha / 4.0 } else { alpha });
    for (b, edges) in buckets.iter().enumerate() {
        if edges.is_empty() {
            continue;
        }
        let (kind, strength) = (b / 5, (b % 5 + 1) as u8);
        ctx.begin_path();
        for &i in edges {
            let e = &layout.edges[i];
            ctx.move_to(e.from.0, e.from.1);
            ctx.quadratic_curve_to(e.ctrl.0, e.ctrl.1, e.to.0, e.to.1);
        }
        // Never thinner than half a device pixel, or it vanishes.
        let stroke = STYLE.relation(RelationKind::ALL[kind], strength);
        ctx.set_line_width(stroke.width.max(0.5 / k));
        ctx.set_stroke_style_str(stroke.colour);
        ctx.stroke();
    }
}

fn dimmed(scene: &Scene, actor: usize) -> bool {
    scene.highlight.is_some_and(|h| !h.actors.contains(&actor))
        || (scene.searching && !scene.matches.get(actor).copied().unwrap_or(false))
}

fn paint_nodes(ctx: &CanvasRenderingContext2d, scene: &Scene, visible: &[usize], k: f64) {
    let layout = scene.layout;
    let dimmed = |actor: usize| dimmed(scene, actor);
    for faint in [true, false] {
        let mut by_colour: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
        for &i in visible {
            let n = &layout.nodes[i];
            if dimmed(n.actor) == faint {
                by_colour.entry(symbol(scene, n).fill).or_default().push(i);
            }
        }
        ctx.set_global_alpha(if faint { 0.18 } else { 1.0 });
        for (colour, nodes) in &by_colour {
            ctx.begin_path();
            for &i in nodes {
                symbol(scene, &layout.nodes[i]).trace(&mut Path(ctx));
            }
            ctx.set_fill_style_str(colour);
            ctx.fill();
            // Outlines separate touching nodes once they are big enough.
            if layout.nodes[nodes[0]].r * k >= 3.0 {
                ctx.set_line_width(STYLE.outline.width / k.max(1.0));
                ctx.set_stroke_style_str(STYLE.outline.colour);
                ctx.stroke();
            }
        }
    }
    ctx.set_global_alpha(1.0);
    // Actors outside the region: a dark rim, as in the SVG view.
    ctx.begin_path();
    let mut any = false;
    for &i in visible {
        let n = &layout.nodes[i];
        if !scene
            .dataset
            .actors
            .get(n.actor)
            .is_some_and(|a| a.is_local())
        {
            symbol(scene, n).trace(&mut Path(ctx));
            any = true;
        }
    }
    if any {
        ctx.set_line_width(STYLE.outside.width / k.max(0.5));
        ctx.set_stroke_style_str(STYLE.outside.colour);
        ctx.stroke();
    }
    // Search matches and highlighted actors: a ring in their mark's colour.
    let matched = |a: usize| scene.searching && scene.matches.get(a).copied().unwrap_or(false);
    let highlighted = |a: usize| scene.highlight.is_some_and(|h| h.actors.contains(&a));
    paint_rings(ctx, layout, visible, k, Mark::Match, matched);
    paint_rings(ctx, layout, visible, k, Mark::Highlighted, highlighted);
}

fn paint_rings(
    ctx: &CanvasRenderingContext2d,
    layout: &MapLayout,
    visible: &[usize],
    k: f64,
    mark: Mark,
    marked: impl Fn(usize) -> bool,
) {
    let stroke = STYLE.mark(mark);
    let gap = stroke.width / k;
    ctx.begin_path();
    let mut any = false;
    for &i in visible {
        let n = &layout.nodes[i];
        if marked(n.actor) {
            ctx.move_to(n.x + n.r + gap, n.y);
            let _ = ctx.arc(n.x, n.y, n.r + gap, 0.0, std::f64::consts::TAU);
            any = true;
        }
    }
    if any {
        ctx.set_line_width(stroke.width / k);
        ctx.set_stroke_style_str(stroke.colour);
        ctx.stroke();
    }
}

/// Labels, when legible.
fn paint_labels(
    ctx: &CanvasRenderingContext2d,
    f: &Frame,
    scene: &Scene,
    visible: &[usize],
    k: f64,
) {
    let layout = scene.layout;
    let dimmed = |actor: usize| dimmed(scene, actor);
    let font_px = layout.label_font * k / f.dpr;
    if font_px >= MIN_LABEL_PX {
        ctx.set_font(&format!("{}px system-ui, sans-serif", layout.label_font));
        ctx.set_text_align("center");
        ctx.set_line_join("round");
        ctx.set_line_width(3.0);
        ctx.set_stroke_style_str(STYLE.outline.colour);
        ctx.set_fill_style_str(STYLE.ink);
        for &i in visible.iter().take(MAX_LABELS) {
            let n = &layout.nodes[i];
            if n.label.is_empty() {
                continue;
            }
            ctx.set_global_alpha(if dimmed(n.actor) { 0.3 } else { 1.0 });
            let _ = ctx.stroke_text(&n.label, n.x, n.label_y);
            let _ = ctx.fill_text(&n.label, n.x, n.label_y);
        }
        ctx.set_global_alpha(1.0);
    }
}

fn paint_overlay(ctx: &CanvasRenderingContext2d, f: &Frame, scene: &Scene, marks: &Marks) {
    let layout = scene.layout;
    let (_, k) = map_transform(ctx, f);
    // The hovered actor's ties, drawn strong over the faint scene.
    ctx.set_global_alpha(0.9);
    for &i in &marks.ties {
        let e = &layout.edges[i];
        let Some(rel) = scene.dataset.relations.get(e.relation) else {
            continue;
        };
        let stroke = STYLE.relation(rel.kind, rel.strength);
        ctx.begin_path();
        ctx.move_to(e.from.0, e.from.1);
        ctx.quadratic_curve_to(e.ctrl.0, e.ctrl.1, e.to.0, e.to.1);
        ctx.set_line_width(stroke.width.max(1.5 / k));
        ctx.set_stroke_style_str(stroke.colour);
        ctx.stroke();
    }
    ctx.set_global_alpha(1.0);
    let ring = |node: Option<usize>, mark: Mark| {
        let Some(n) = node.and_then(|i| layout.nodes.get(i)) else {
            return;
        };
        let Stroke { colour, width } = STYLE.mark(mark);
        ctx.begin_path();
        let r = n.r + width / k;
        let _ = ctx.arc(n.x, n.y, r, 0.0, std::f64::consts::TAU);
        ctx.set_line_width(width / k);
        ctx.set_stroke_style_str(colour);
        ctx.stroke();
    };
    ring(marks.selected, Mark::Selected);
    ring(marks.focused, Mark::Focused);
}

/// The canvas layer. `screen` gives the current mapping; it is read in
/// every frame.
#[component]
pub fn CanvasLayer(screen: Signal<Screen>, bundles: Memo<Vec<Bundle>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let painter: StoredValue<Option<Painter>, LocalStorage> = StoredValue::new_local(None);
    let repaint = Rc::new(Cell::new(true));
    let frame_pending = Rc::new(Cell::new(false));
    let moves = Rc::new(Cell::new(0u32));

    let draw = {
        let repaint = repaint.clone();
        let frame_pending = frame_pending.clone();
        move || {
            frame_pending.set(false);
            // A frame asked for just before the canvas gave way to SVG
            // finds the layer gone: nothing to draw then.
            let Some(canvas) = canvas_ref.try_get_untracked().flatten() else {
                return;
            };
            let Some(screen) = screen.try_get_untracked() else {
                return;
            };
            let fresh = painter.try_update_value(|p| {
                if p.is_none() {
                    *p = Painter::new(canvas.clone());
                }
            });
            if fresh.is_none() {
                return;
            }
            let force = repaint.replace(false);
            store.peek(|s| {
                let dataset = &s.workspace.loaded.dataset;
                let overlay = Overlay {
                    focused: s.hovered,
                    selected: s.selected(),
                };
                derived.layout.with_untracked(|layout| {
                    derived.visibility.with_untracked(|visibility| {
                        derived.matches.with_untracked(|m| {
                            bundles.with_untracked(|b| {
                                let scene = Scene {
                                    layout,
                                    dataset,
                                    visibility,
                                    highlight: s.highlight.as_ref(),
                                    matches: m,
                                    searching: derived.searching.get_untracked(),
                                    bundles: b,
                                };
                                painter.update_value(|p| {
                                    if let Some(p) = p {
                                        p.frame(screen, force, &scene, overlay);
                                    }
                                });
                            })
                        })
                    })
                })
            });
        }
    };
    let draw = Rc::new(draw);
    let schedule = {
        let draw = draw.clone();
        let frame_pending = frame_pending.clone();
        move || {
            if !frame_pending.replace(true) {
                let draw = draw.clone();
                request_animation_frame(move || draw());
            }
        }
    };
    let schedule = Rc::new(schedule);

    // Content changed: paint the scene again.
    {
        let (repaint, schedule) = (repaint.clone(), schedule.clone());
        Effect::new(move |_| {
            derived.layout.track();
            derived.visibility.track();
            derived.matches.track();
            derived.searching.track();
            bundles.track();
            store.read(Part::Highlight, |_| ());
            store.read(Part::Lang, |_| ());
            repaint.set(true);
            schedule();
        });
    }
    // View moved: copy the scene now, repaint it sharply once it rests.
    {
        let (repaint, schedule) = (repaint.clone(), schedule.clone());
        Effect::new(move |_| {
            screen.track();
            let n = moves.get().wrapping_add(1);
            moves.set(n);
            schedule();
            let (repaint, schedule, moves) = (repaint.clone(), schedule.clone(), moves.clone());
            set_timeout(
                move || {
                    // Only the last move of a burst repaints sharply.
                    if moves.get() == n {
                        repaint.set(true);
                        schedule();
                    }
                },
                std::time::Duration::from_millis(u64::from(SETTLE_MS)),
            );
        });
    }
    // Hover and selection: only the overlay changes.
    {
        let schedule = schedule.clone();
        Effect::new(move |_| {
            store.read(Part::Hover, |_| ());
            store.read(Part::Selection, |_| ());
            schedule();
        });
    }
    // A resized window changes the device size: the next frame repaints.
    {
        let schedule = schedule.clone();
        let resize = window_event_listener(leptos::ev::resize, move |_| schedule());
        on_cleanup(move || resize.remove());
    }

    view! {
        <canvas class="map-canvas" node_ref=canvas_ref data-testid="map-canvas" aria-hidden="true"></canvas>
    }
}
