//! What the map's input means, as a plain state machine: pointer presses,
//! moves and releases (several pointers at once make a pinch), the wheel
//! and the keys go in; changes of the view come out. The map component
//! only translates browser events into [`Input`] and applies the
//! [`Change`]s, so every rule about thresholds, captures and pins lives
//! here and is tested without a browser.

use std::collections::BTreeMap;

use super::{Camera, Screen};

/// A press moves this many CSS pixels (|dx| + |dy|) before an empty-map
/// press becomes a drag that captures the pointer.
pub const PAN_CAPTURE_PX: f64 = 3.0;
/// An actor press moves this many CSS pixels (|dx| + |dy|) before it
/// becomes a drag of the actor rather than a tap: a finger trembles more
/// than a mouse clicks.
pub const ACTOR_DRAG_PX: f64 = 4.0;
/// Zoom factor of one ctrl+wheel notch.
pub const WHEEL_STEP: f64 = 1.1;
/// Zoom factors of the `+` and `-` keys.
pub const KEY_ZOOM_IN: f64 = 1.25;
pub const KEY_ZOOM_OUT: f64 = 0.8;
/// One arrow key press pans this many map units at zoom 1 (less when
/// zoomed in, so a press moves about the same distance on screen).
pub const KEY_PAN: f64 = 40.0;

/// Which device a pointer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointerKind {
    Mouse,
    Touch,
    Pen,
}

impl PointerKind {
    /// From the DOM's `pointerType`; unknown kinds behave like a pen
    /// (no hover, any button).
    pub fn parse(token: &str) -> Self {
        match token {
            "mouse" => Self::Mouse,
            "touch" => Self::Touch,
            _ => Self::Pen,
        }
    }
}

/// One input event, in CSS pixels relative to the map frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Input<'a> {
    /// A pointer pressed. `actor` is the actor under it, if any (the
    /// caller hit-tests: SVG elements or the canvas hit grid).
    Down {
        id: i32,
        at: (f64, f64),
        kind: PointerKind,
        /// The DOM `button`: 0 is the primary one.
        button: i16,
        actor: Option<usize>,
    },
    Move {
        id: i32,
        at: (f64, f64),
        kind: PointerKind,
    },
    /// A pointer released or cancelled.
    Up { id: i32 },
    /// The pointer left the frame.
    Leave,
    Wheel {
        at: (f64, f64),
        delta_y: f64,
        /// Ctrl or Meta held; trackpad pinches arrive as ctrl+wheel.
        ctrl: bool,
    },
    /// A key, as the DOM `key` names it.
    Key(&'a str),
}

/// What the camera and the map state must do in answer to an input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    /// Set the pan (map units).
    PanTo((f64, f64)),
    /// Add to the pan (map units).
    PanBy((f64, f64)),
    /// Multiply the zoom keeping the map point `at` (map units, as drawn
    /// now) under the same screen spot.
    ZoomAt { factor: f64, at: (f64, f64) },
    /// Multiply the zoom about the drawing's centre.
    ZoomBy(f64),
    /// Zoom 1, no pan.
    Reset,
    /// Keep receiving this pointer's moves outside the frame.
    Capture(i32),
    /// Place an actor at a map point of its own (network view).
    Pin { actor: usize, at: (f64, f64) },
    /// Select an actor (a tap, or Enter on the focused one).
    Select(usize),
    /// Escape: no selection, no highlight.
    Clear,
    /// A mouse rests at this frame point with nothing pressed: the caller
    /// may show what is under it.
    Hover((f64, f64)),
    /// The pointer left the frame with nothing pressed.
    Unhover,
}

/// What the caller knows when an input arrives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Context {
    /// The map as drawn now.
    pub screen: Screen,
    /// The camera now.
    pub camera: Camera,
    /// Dragging an actor pins it (network view only).
    pub drag_actors: bool,
    /// The actor with keyboard or hover focus.
    pub focused: Option<usize>,
}

/// The answer to one input.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    pub changes: Vec<Change>,
    /// The input was used: the browser's default action (page scroll or
    /// zoom, key action) must not run.
    pub consumed: bool,
}

impl Outcome {
    fn ignored() -> Self {
        Self::default()
    }
    fn consumed(changes: Vec<Change>) -> Self {
        Self {
            changes,
            consumed: true,
        }
    }
    fn passive(changes: Vec<Change>) -> Self {
        Self {
            changes,
            consumed: false,
        }
    }
}

/// What the pressed pointers are doing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gesture {
    /// Dragging the map: where the press began and the pan at that time.
    Pan { start: (f64, f64), pan: (f64, f64) },
    /// Pressed on an actor; once `moved`, the press drags it.
    Actor {
        actor: usize,
        start: (f64, f64),
        moved: bool,
    },
    /// Two pointers: their distance and the zoom when the second one
    /// came down.
    Pinch { distance: f64, zoom: f64 },
}

/// The state machine: pressed pointers and the gesture they make.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gestures {
    /// Pressed pointers by id, at their latest position.
    pointers: BTreeMap<i32, (f64, f64)>,
    gesture: Option<Gesture>,
}

fn manhattan(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).abs() + (a.1 - b.1).abs()
}

impl Gestures {
    pub fn new() -> Self {
        Self::default()
    }

    /// The gesture under way, if any.
    pub fn gesture(&self) -> Option<Gesture> {
        self.gesture
    }

    /// Whether a pointer is pressed and making a gesture.
    pub fn active(&self) -> bool {
        self.gesture.is_some()
    }

    /// Distance and midpoint of the two lowest-id pressed pointers.
    fn pinch(&self) -> Option<(f64, (f64, f64))> {
        let mut it = self.pointers.values();
        let (a, b) = (it.next()?, it.next()?);
        let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        Some((d, ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)))
    }

    pub fn handle(&mut self, input: Input, cx: &Context) -> Outcome {
        match input {
            Input::Down {
                id,
                at,
                kind,
                button,
                actor,
            } => self.down(id, at, kind, button, actor, cx),
            Input::Move { id, at, kind } => self.moved(id, at, kind, cx),
            Input::Up { id } => self.up(id),
            Input::Leave => Outcome::passive(if self.gesture.is_none() {
                vec![Change::Unhover]
            } else {
                Vec::new()
            }),
            Input::Wheel { at, delta_y, ctrl } => wheel(at, delta_y, ctrl, cx),
            Input::Key(key) => keyboard(key, cx),
        }
    }

    fn down(
        &mut self,
        id: i32,
        at: (f64, f64),
        kind: PointerKind,
        button: i16,
        actor: Option<usize>,
        cx: &Context,
    ) -> Outcome {
        // Middle and right mouse buttons keep their browser meaning.
        if kind == PointerKind::Mouse && button != 0 {
            return Outcome::ignored();
        }
        self.pointers.insert(id, at);
        if let Some((distance, _)) = self.pinch() {
            self.gesture = Some(Gesture::Pinch {
                distance,
                zoom: cx.camera.zoom,
            });
            return Outcome::ignored();
        }
        self.gesture = Some(match actor {
            Some(actor) => Gesture::Actor {
                actor,
                start: at,
                moved: false,
            },
            None => Gesture::Pan {
                start: at,
                pan: cx.camera.pan,
            },
        });
        Outcome::ignored()
    }

    fn moved(&mut self, id: i32, at: (f64, f64), kind: PointerKind, cx: &Context) -> Outcome {
        if let Some(slot) = self.pointers.get_mut(&id) {
            *slot = at;
        }
        let s = &cx.screen;
        let mut out = Vec::new();
        match self.gesture {
            Some(Gesture::Pinch { distance, zoom }) => {
                if let Some((d, mid)) = self.pinch() {
                    // The zoom the fingers ask for, relative to the zoom now.
                    let factor = zoom * d / distance.max(1.0) / cx.camera.zoom;
                    out.push(Change::ZoomAt {
                        factor,
                        at: s.to_map(mid.0, mid.1),
                    });
                }
            }
            Some(Gesture::Pan { start, pan }) => {
                // Capture only once the press is a drag: a captured
                // pointer's click goes to the frame, not to the badge or
                // actor that was pressed.
                if manhattan(at, start) > PAN_CAPTURE_PX {
                    out.push(Change::Capture(id));
                }
                let k = 1.0 / s.fit.max(1e-9);
                out.push(Change::PanTo((
                    pan.0 + (at.0 - start.0) * k,
                    pan.1 + (at.1 - start.1) * k,
                )));
            }
            Some(Gesture::Actor {
                actor,
                start,
                moved,
            }) => {
                if cx.drag_actors && (moved || manhattan(at, start) > ACTOR_DRAG_PX) {
                    self.gesture = Some(Gesture::Actor {
                        actor,
                        start,
                        moved: true,
                    });
                    out.push(Change::Capture(id));
                    out.push(Change::Pin {
                        actor,
                        at: s.to_map(at.0, at.1),
                    });
                }
            }
            None => {
                if kind == PointerKind::Mouse {
                    out.push(Change::Hover(at));
                }
            }
        }
        Outcome::passive(out)
    }

    fn up(&mut self, id: i32) -> Outcome {
        self.pointers.remove(&id);
        let tap = match self.gesture.take() {
            Some(Gesture::Actor {
                actor,
                moved: false,
                ..
            }) => vec![Change::Select(actor)],
            _ => Vec::new(),
        };
        Outcome::passive(tap)
    }
}

/// Ctrl+wheel (and trackpad pinch) zooms about the pointer; a plain wheel
/// keeps scrolling the page, so an embedded map never traps the reader.
fn wheel(at: (f64, f64), delta_y: f64, ctrl: bool, cx: &Context) -> Outcome {
    if !ctrl {
        return Outcome::ignored();
    }
    let factor = if delta_y < 0.0 {
        WHEEL_STEP
    } else {
        1.0 / WHEEL_STEP
    };
    Outcome::consumed(vec![Change::ZoomAt {
        factor,
        at: cx.screen.to_map(at.0, at.1),
    }])
}

fn keyboard(key: &str, cx: &Context) -> Outcome {
    let step = KEY_PAN / cx.camera.zoom;
    let change = match key {
        "+" | "=" => Change::ZoomBy(KEY_ZOOM_IN),
        "-" | "_" => Change::ZoomBy(KEY_ZOOM_OUT),
        "0" => Change::Reset,
        "ArrowLeft" => Change::PanBy((step, 0.0)),
        "ArrowRight" => Change::PanBy((-step, 0.0)),
        "ArrowUp" => Change::PanBy((0.0, step)),
        "ArrowDown" => Change::PanBy((0.0, -step)),
        "Enter" | " " => match cx.focused {
            Some(actor) => Change::Select(actor),
            None => return Outcome::ignored(),
        },
        "Escape" => Change::Clear,
        _ => return Outcome::ignored(),
    };
    Outcome::consumed(vec![change])
}

impl Change {
    /// Applies a camera change to `camera` (a map of `map.0` x `map.1`
    /// units) and returns true; other changes are left to the caller and
    /// return false.
    pub fn apply_camera(self, camera: &mut Camera, map: (f64, f64)) -> bool {
        match self {
            Change::PanTo(pan) => {
                if pan.0.is_finite() && pan.1.is_finite() {
                    camera.pan = pan;
                }
            }
            Change::PanBy((dx, dy)) => camera.pan_by(dx, dy),
            Change::ZoomAt { factor, at } => camera.zoom_at(factor, at.0, at.1, map.0, map.1),
            Change::ZoomBy(factor) => camera.zoom_by(factor),
            Change::Reset => *camera = Camera::default(),
            Change::Capture(_)
            | Change::Pin { .. }
            | Change::Select(_)
            | Change::Clear
            | Change::Hover(_)
            | Change::Unhover => return false,
        }
        true
    }
}
