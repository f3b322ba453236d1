//! The map's gesture machine: taps select, drags pan or pin, two pointers
//! pinch, ctrl+wheel and keys zoom, with the thresholds and pointer
//! captures the map has always had (the e2e tests drive the same rules
//! through the browser).

use clustermap::view::gesture::{
    Change, Context, Gesture, Gestures, Input, Outcome, PointerKind, ACTOR_DRAG_PX, KEY_PAN,
    PAN_CAPTURE_PX,
};
use clustermap::view::{Camera, Screen, MAX_ZOOM};

const MAP: (f64, f64) = (1000.0, 500.0);
/// A frame half the map's size: 0.5 CSS pixels per map unit.
const FRAME: (f64, f64) = (500.0, 400.0);

/// The camera and the machine, as the map component holds them.
struct Map {
    camera: Camera,
    gestures: Gestures,
    network: bool,
    focused: Option<usize>,
    /// Everything the caller had to do besides moving the camera.
    effects: Vec<Change>,
}

impl Map {
    fn new() -> Self {
        Self {
            camera: Camera::default(),
            gestures: Gestures::new(),
            network: false,
            focused: None,
            effects: Vec::new(),
        }
    }
    fn screen(&self) -> Screen {
        Screen::new(&self.camera, MAP.0, MAP.1, FRAME.0, FRAME.1)
    }
    fn send(&mut self, input: Input) -> Outcome {
        let cx = Context {
            screen: self.screen(),
            camera: self.camera,
            drag_actors: self.network,
            focused: self.focused,
        };
        let out = self.gestures.handle(input, &cx);
        for c in &out.changes {
            if !c.apply_camera(&mut self.camera, MAP) {
                self.effects.push(*c);
            }
        }
        out
    }
    fn down(&mut self, id: i32, at: (f64, f64), actor: Option<usize>) -> Outcome {
        self.send(Input::Down {
            id,
            at,
            kind: PointerKind::Mouse,
            button: 0,
            actor,
        })
    }
    fn touch(&mut self, id: i32, at: (f64, f64)) -> Outcome {
        self.send(Input::Down {
            id,
            at,
            kind: PointerKind::Touch,
            button: 0,
            actor: None,
        })
    }
    fn to(&mut self, id: i32, at: (f64, f64)) -> Outcome {
        self.send(Input::Move {
            id,
            at,
            kind: PointerKind::Mouse,
        })
    }
    fn finger_to(&mut self, id: i32, at: (f64, f64)) -> Outcome {
        self.send(Input::Move {
            id,
            at,
            kind: PointerKind::Touch,
        })
    }
    fn up(&mut self, id: i32) -> Outcome {
        self.send(Input::Up { id })
    }
    fn key(&mut self, key: &str) -> Outcome {
        self.send(Input::Key(key))
    }
    fn take(&mut self) -> Vec<Change> {
        std::mem::take(&mut self.effects)
    }
}

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
}

#[test]
fn a_tap_on_an_actor_selects_it() {
    let mut m = Map::new();
    assert_eq!(m.down(1, (100.0, 100.0), Some(7)).changes, []);
    assert_eq!(m.up(1).changes, [Change::Select(7)]);
    assert_eq!(m.take(), [Change::Select(7)]);
    assert!(!m.gestures.active());
    // A second release (or a cancel after the up) selects nothing more.
    assert_eq!(m.up(1).changes, []);
}

#[test]
fn a_trembling_tap_still_selects_and_pins_nothing() {
    let mut m = Map::new();
    m.network = true;
    m.down(1, (100.0, 100.0), Some(3));
    // Exactly at the threshold (|dx| + |dy| = 4) is still a tap.
    m.to(1, (102.0, 102.0));
    assert_eq!(m.take(), []);
    m.up(1);
    assert_eq!(m.take(), [Change::Select(3)]);
    assert_eq!(ACTOR_DRAG_PX, 4.0);
}

#[test]
fn dragging_an_actor_in_the_network_view_pins_it_under_the_pointer() {
    let mut m = Map::new();
    m.network = true;
    m.camera.zoom = 2.0;
    m.camera.pan = (10.0, -5.0);
    m.down(4, (200.0, 150.0), Some(9));
    m.to(4, (203.0, 152.0)); // 5 px: a drag from here on
    let s = m.screen();
    assert_eq!(
        m.take(),
        [
            Change::Capture(4),
            Change::Pin {
                actor: 9,
                at: s.to_map(203.0, 152.0)
            }
        ]
    );
    // Once dragging, even a small step moves the actor.
    m.to(4, (203.5, 152.0));
    let effects = m.take();
    assert_eq!(effects.len(), 2);
    let Change::Pin { actor, at } = effects[1] else {
        panic!("expected a pin, got {effects:?}");
    };
    assert_eq!(actor, 9);
    // The pinned place is drawn exactly under the pointer.
    assert!(close(m.screen().to_screen(at.0, at.1), (203.5, 152.0)));
    // The camera did not move, and the release selects nothing.
    assert_eq!(m.camera.pan, (10.0, -5.0));
    m.up(4);
    assert_eq!(m.take(), []);
}

#[test]
fn in_the_value_chain_an_actor_does_not_move_and_the_release_selects_it() {
    let mut m = Map::new();
    m.down(1, (100.0, 100.0), Some(2));
    m.to(1, (160.0, 140.0));
    assert_eq!(m.take(), []);
    assert_eq!(m.camera, Camera::default());
    m.up(1);
    assert_eq!(m.take(), [Change::Select(2)]);
}

#[test]
fn dragging_the_empty_map_pans_and_captures_only_past_the_threshold() {
    let mut m = Map::new();
    m.camera.pan = (5.0, 5.0);
    m.down(1, (100.0, 100.0), None);
    // 3 px is not yet a drag: the pan follows, but no capture, so a click
    // on a badge still reaches the badge.
    let out = m.to(1, (102.0, 101.0));
    assert_eq!(out.changes, [Change::PanTo((9.0, 7.0))]);
    assert!(!out.consumed);
    assert_eq!(PAN_CAPTURE_PX, 3.0);
    // Past it: captured. fit is 0.5 px per unit, so 20 px are 40 units.
    let out = m.to(1, (120.0, 90.0));
    assert_eq!(
        out.changes,
        [Change::Capture(1), Change::PanTo((45.0, -15.0))]
    );
    assert_eq!(m.camera.pan, (45.0, -15.0));
    m.up(1);
    assert_eq!(m.take(), [Change::Capture(1)]);
    // The pan stays after the release.
    assert_eq!(m.camera.pan, (45.0, -15.0));
}

#[test]
fn a_pan_keeps_the_grabbed_point_under_the_pointer_at_any_zoom() {
    let mut m = Map::new();
    m.camera.zoom = 3.0;
    m.camera.pan = (-40.0, 12.0);
    let grabbed = m.screen().to_map(250.0, 200.0);
    m.down(1, (250.0, 200.0), None);
    for step in 1..=10 {
        let p = (250.0 + 7.0 * f64::from(step), 200.0 - 3.0 * f64::from(step));
        m.to(1, p);
        assert!(close(m.screen().to_screen(grabbed.0, grabbed.1), p));
    }
}

#[test]
fn mouse_buttons_other_than_the_primary_are_left_to_the_browser() {
    let mut m = Map::new();
    for button in [1, 2] {
        let out = m.send(Input::Down {
            id: 1,
            at: (100.0, 100.0),
            kind: PointerKind::Mouse,
            button,
            actor: Some(1),
        });
        assert_eq!(out, Outcome::default());
        assert!(!m.gestures.active());
        // Moving afterwards is a hover, not a drag.
        assert_eq!(
            m.to(1, (150.0, 100.0)).changes,
            [Change::Hover((150.0, 100.0))]
        );
        assert_eq!(m.up(1).changes, []);
    }
    // A pen's barrel button still presses.
    m.send(Input::Down {
        id: 2,
        at: (100.0, 100.0),
        kind: PointerKind::Pen,
        button: 2,
        actor: Some(1),
    });
    assert_eq!(m.up(2).changes, [Change::Select(1)]);
}

#[test]
fn two_fingers_pinch_about_their_midpoint() {
    let mut m = Map::new();
    let (cx, cy) = (250.0, 200.0);
    let centre = m.screen().to_map(cx, cy);
    m.touch(1, (cx - 20.0, cy));
    m.touch(2, (cx + 20.0, cy));
    assert_eq!(
        m.gestures.gesture(),
        Some(Gesture::Pinch {
            distance: 40.0,
            zoom: 1.0
        })
    );
    // As the e2e test does: both fingers out to 60 px from the centre.
    for d in [20.0, 30.0, 40.0, 50.0] {
        m.finger_to(1, (cx - d, cy));
        m.finger_to(2, (cx + d, cy));
    }
    m.finger_to(1, (cx - 60.0, cy));
    let under = m.screen().to_map(cx, cy);
    m.finger_to(2, (cx + 60.0, cy));
    // Three times as far apart: three times the zoom, about the fingers'
    // midpoint at each step (which wobbles by 5 px as one finger moves
    // before the other, so the first centre drifts a little).
    assert!((m.camera.zoom - 3.0).abs() < 1e-9, "zoom {}", m.camera.zoom);
    assert!(close(m.screen().to_screen(under.0, under.1), (cx, cy)));
    let drift = m.screen().to_screen(centre.0, centre.1).0 - cx;
    assert!(drift.abs() < 10.0, "drift {drift}");
    // Lifting one finger ends the pinch; the other then does nothing
    // (a finger does not hover).
    m.up(1);
    assert!(!m.gestures.active());
    assert_eq!(m.finger_to(2, (cx + 90.0, cy)).changes, []);
    m.up(2);
    assert_eq!(m.take(), []);
    assert!((m.camera.zoom - 3.0).abs() < 1e-9);
}

#[test]
fn a_pinch_started_on_an_actor_neither_selects_nor_pins_it() {
    let mut m = Map::new();
    m.network = true;
    m.send(Input::Down {
        id: 1,
        at: (100.0, 100.0),
        kind: PointerKind::Touch,
        button: 0,
        actor: Some(5),
    });
    m.touch(2, (140.0, 100.0));
    m.finger_to(2, (180.0, 100.0));
    m.up(2);
    m.up(1);
    assert_eq!(m.take(), []);
    assert!((m.camera.zoom - 2.0).abs() < 1e-9);
}

#[test]
fn a_pinch_is_clamped_and_survives_fingers_on_one_spot() {
    let mut m = Map::new();
    // Fingers put down on the same spot: the start distance counts as 1 px.
    m.touch(1, (100.0, 100.0));
    m.touch(2, (100.0, 100.0));
    m.finger_to(2, (100.0, 500.0));
    assert_eq!(m.camera.zoom, MAX_ZOOM);
    assert!(m.camera.pan.0.is_finite() && m.camera.pan.1.is_finite());
}

#[test]
fn a_third_finger_restarts_the_pinch_from_the_zoom_reached() {
    let mut m = Map::new();
    m.touch(1, (100.0, 100.0));
    m.touch(2, (140.0, 100.0));
    m.finger_to(2, (180.0, 100.0));
    assert!((m.camera.zoom - 2.0).abs() < 1e-9);
    m.touch(3, (300.0, 300.0));
    // The pinch is measured between the two lowest pointer ids.
    assert_eq!(
        m.gestures.gesture(),
        Some(Gesture::Pinch {
            distance: 80.0,
            zoom: m.camera.zoom
        })
    );
    m.finger_to(3, (400.0, 400.0));
    assert!((m.camera.zoom - 2.0).abs() < 1e-9);
    // A pointer that is not pressed does not take part.
    m.finger_to(8, (0.0, 0.0));
    assert!((m.camera.zoom - 2.0).abs() < 1e-9);
    m.finger_to(2, (140.0, 100.0));
    assert!((m.camera.zoom - 1.0).abs() < 1e-9);
}

#[test]
fn a_mouse_hovers_only_when_nothing_is_pressed() {
    let mut m = Map::new();
    assert_eq!(m.to(1, (10.0, 20.0)).changes, [Change::Hover((10.0, 20.0))]);
    assert_eq!(m.finger_to(1, (10.0, 20.0)).changes, []);
    assert_eq!(m.send(Input::Leave).changes, [Change::Unhover]);
    m.down(1, (10.0, 20.0), Some(1));
    assert_eq!(m.send(Input::Leave).changes, []);
    m.to(1, (11.0, 20.0));
    m.up(1);
    m.take();
    assert_eq!(m.send(Input::Leave).changes, [Change::Unhover]);
}

#[test]
fn ctrl_wheel_zooms_about_the_pointer_and_a_plain_wheel_scrolls_the_page() {
    let mut m = Map::new();
    let plain = m.send(Input::Wheel {
        at: (100.0, 80.0),
        delta_y: -100.0,
        ctrl: false,
    });
    assert_eq!(plain, Outcome::default());
    assert_eq!(m.camera, Camera::default());

    let under = m.screen().to_map(100.0, 80.0);
    let out = m.send(Input::Wheel {
        at: (100.0, 80.0),
        delta_y: -100.0,
        ctrl: true,
    });
    assert!(out.consumed);
    assert_eq!(
        out.changes,
        [Change::ZoomAt {
            factor: 1.1,
            at: under
        }]
    );
    assert!((m.camera.zoom - 1.1).abs() < 1e-12);
    assert!(close(m.screen().to_screen(under.0, under.1), (100.0, 80.0)));
    // Twenty notches in, twenty out: back where it began.
    for dy in [-1.0; 19].into_iter().chain([3.0; 20]) {
        m.send(Input::Wheel {
            at: (100.0, 80.0),
            delta_y: dy,
            ctrl: true,
        });
    }
    assert!((m.camera.zoom - 1.0).abs() < 1e-9);
    assert!(m.camera.pan.0.abs() < 1e-9 && m.camera.pan.1.abs() < 1e-9);
    // Zoom stops at its bounds.
    for _ in 0..200 {
        m.send(Input::Wheel {
            at: (0.0, 0.0),
            delta_y: -1.0,
            ctrl: true,
        });
    }
    assert_eq!(m.camera.zoom, MAX_ZOOM);
}

#[test]
fn keys_zoom_pan_reset_select_and_clear() {
    let mut m = Map::new();
    // As the e2e test does: the zoom button (x1.25), then ArrowLeft and +.
    m.camera.zoom_by(1.25);
    let out = m.key("ArrowLeft");
    assert!(out.consumed);
    assert_eq!(out.changes, [Change::PanBy((KEY_PAN / 1.25, 0.0))]);
    m.key("+");
    assert!((m.camera.zoom - 1.5625).abs() < 1e-12);
    assert_eq!(m.camera.pan, (32.0, 0.0));
    m.key("=");
    m.key("-");
    m.key("_");
    assert!((m.camera.zoom - 1.5625 * 1.25 * 0.8 * 0.8).abs() < 1e-12);
    let z = m.camera.zoom;
    for (key, d) in [
        ("ArrowRight", (-KEY_PAN / z, 0.0)),
        ("ArrowUp", (0.0, KEY_PAN / z)),
        ("ArrowDown", (0.0, -KEY_PAN / z)),
    ] {
        assert_eq!(m.key(key).changes, [Change::PanBy(d)], "{key}");
    }
    m.key("0");
    assert_eq!(m.camera, Camera::default());

    // Enter and space select the focused actor, and only if there is one.
    assert_eq!(m.key("Enter"), Outcome::default());
    m.focused = Some(6);
    assert_eq!(m.key("Enter").changes, [Change::Select(6)]);
    assert_eq!(m.key(" ").changes, [Change::Select(6)]);
    assert_eq!(m.key("Escape").changes, [Change::Clear]);
    // Other keys keep their meaning (Tab moves focus, letters type).
    for key in ["Tab", "a", "Shift", "PageDown"] {
        assert_eq!(m.key(key), Outcome::default(), "{key}");
    }
    assert_eq!(
        m.take(),
        [Change::Select(6), Change::Select(6), Change::Clear]
    );
}

#[test]
fn keys_and_wheel_work_in_the_middle_of_a_drag() {
    let mut m = Map::new();
    m.down(1, (100.0, 100.0), None);
    m.to(1, (110.0, 100.0));
    assert_eq!(m.camera.pan, (20.0, 0.0));
    m.key("+");
    assert!((m.camera.zoom - 1.25).abs() < 1e-12);
    // The drag goes on from the pan it started with.
    m.to(1, (120.0, 100.0));
    assert_eq!(m.camera.pan, (40.0, 0.0));
}

#[test]
fn pointer_kinds_from_the_dom() {
    assert_eq!(PointerKind::parse("mouse"), PointerKind::Mouse);
    assert_eq!(PointerKind::parse("touch"), PointerKind::Touch);
    assert_eq!(PointerKind::parse("pen"), PointerKind::Pen);
    assert_eq!(PointerKind::parse(""), PointerKind::Pen);
}
