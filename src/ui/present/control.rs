//! Drives the presentation: the deck computed from the analysis, the keys,
//! the smooth camera between slides, full screen, and the channel that
//! keeps the audience's and the presenter's windows on the same slide.
//! Every change goes through the session's presenting actions.

use leptos::prelude::*;

use super::web::{self, Channel};
use crate::present::keys::{Command, Keys};
use crate::present::{build_deck, Deck, DeckInput, Pos, Public};
use crate::session::Part;
use crate::ui::derived::Derived;
use crate::ui::state::Store;
use crate::view::Camera;

/// Both windows of a presentation listen here.
const CHANNEL: &str = "clustermap-presentation";
/// Length of a camera move between slides.
const MOVE_MS: f64 = 600.0;

/// The deck and its driver, provided through context.
#[derive(Clone, Copy)]
pub struct Slides {
    pub deck: Memo<Deck>,
    store: Store,
    channel: StoredValue<Option<Channel>, LocalStorage>,
    keys: StoredValue<Keys>,
    /// Bumped by every camera move, so an older one stops.
    moves: StoredValue<u32>,
    /// Where the presentation's full screen stands: it ends when full
    /// screen it had entered is left.
    full_screen: StoredValue<FullScreen>,
}

/// The presentation's full screen: asked for, entered, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FullScreen {
    Off,
    Asked,
    On,
}

impl Slides {
    pub fn new(store: Store, derived: Derived) -> Self {
        // Apart from `Part::Present`, which changes with every slide.
        let active =
            Memo::new(move |_| store.read(Part::Present, |s| s.presenting.is_some() || s.handout));
        let deck = Memo::new(move |_| {
            if !active.get() {
                return Deck::default();
            }
            let lang = store.lang();
            // Names and figures as the anonymised mode allows.
            let disclosure = derived.disclosure.get();
            derived.analysis.with(|analysis| {
                store.read(Part::Deck, |_| ());
                store.read(Part::Workspace, |s| {
                    let layout = s.workspace.projector_layout(lang, analysis);
                    build_deck(&DeckInput {
                        dataset: &s.workspace.loaded.dataset,
                        analysis,
                        lang,
                        disclosure: &Public {
                            lang,
                            disclosure: &disclosure,
                        },
                        edits: &s.deck_edits,
                        layout: Some(&layout),
                    })
                })
            })
        });
        Self {
            deck,
            store,
            channel: StoredValue::new_local(None),
            keys: StoredValue::new(Keys::default()),
            moves: StoredValue::new(0),
            full_screen: StoredValue::new(FullScreen::Off),
        }
    }

    /// Listens to the keys, the other window and full screen; resumes a
    /// presentation the address asked for.
    pub fn connect(self) {
        let store = self.store;
        let channel = Channel::open(CHANNEL, move |text| self.heard(&text));
        self.channel.set_value(channel);
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
                return;
            }
            let presenting = store.peek(|s| s.presenting.is_some());
            // Typing into the slide editor is typing, not driving.
            let typing = ev
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            if typing && ev.key() != "Escape" {
                return;
            }
            if !presenting && ev.key() == "Escape" && store.peek(|s| s.handout) {
                store.act(|s| s.close_handout());
                return;
            }
            let command = self
                .keys
                .try_update_value(|k| k.press(&ev.key(), presenting))
                .flatten();
            if let Some(c) = command {
                ev.prevent_default();
                self.run(c);
            }
        });
        let screen = window_event_listener_untyped("fullscreenchange", move |_| {
            // A late change from leaving the last presentation's full
            // screen must not end one just started: only leaving the full
            // screen this one entered does.
            match (self.full_screen.get_value(), web::is_full_screen()) {
                (FullScreen::Asked, true) => self.full_screen.set_value(FullScreen::On),
                (FullScreen::On, false) => {
                    self.full_screen.set_value(FullScreen::Off);
                    self.stop();
                }
                _ => {}
            }
        });
        on_cleanup(move || {
            keys.remove();
            screen.remove();
        });
        if let Some(pos) = self.pos() {
            self.go(pos, false);
            self.post("hello");
        }
    }

    pub fn pos(&self) -> Option<Pos> {
        self.store.peek(|s| s.presenting.as_ref().map(|p| p.pos))
    }

    pub fn run(self, command: Command) {
        let Some(pos) = self.pos() else {
            if command == Command::Start {
                self.start(false);
            }
            return;
        };
        let target = self.deck.with_untracked(|d| match command {
            Command::Next => Some(d.next(pos)),
            Command::Prev => Some(d.prev(pos)),
            Command::First => Some(Pos::default()),
            Command::Last => Some(d.end()),
            Command::Goto(n) => d.goto(n),
            Command::Start | Command::Black | Command::Stop => None,
        });
        match command {
            Command::Black => {
                self.store.act(|s| s.toggle_black());
                self.tell();
            }
            Command::Stop => self.stop(),
            _ => {
                if let Some(t) = target {
                    self.go(t, true);
                }
            }
        }
    }

    /// Starts at the first slide: full screen for the audience, the notes
    /// beside the slide for a rehearsal.
    pub fn start(self, with_notes: bool) {
        self.store.act(|s| s.start_presenting(with_notes));
        if !with_notes {
            self.full_screen.set_value(FullScreen::Asked);
            web::enter_full_screen();
        }
        let pos = self.pos().unwrap_or_default();
        self.go(pos, true);
    }

    pub fn stop(self) {
        self.full_screen.set_value(FullScreen::Off);
        web::leave_full_screen();
        self.store.act(|s| s.stop_presenting());
    }

    /// Opens the presenter's view of this presentation in another window.
    pub fn open_presenter_window(self) {
        let slide = self.pos().map_or(1, |p| p.slide + 1);
        let lang = self.store.peek(|s| s.lang.code());
        web::open_window(
            &format!("lang={lang}&slide={slide}&notes=1"),
            "clustermap-presenter",
        );
    }

    /// Shows `pos`; `tell` the other window unless it asked for it.
    pub fn go(self, pos: Pos, tell: bool) {
        let pos = self.deck.with_untracked(|d| d.clamp(pos));
        let map = self.deck.with_untracked(|d| d.map_at(pos).cloned());
        let (camera, mode) = self.store.peek(|s| (s.camera, s.mode));
        self.store.act(|s| s.show_slide(pos, map.as_ref()));
        if let Some(m) = map.filter(|m| m.mode == mode && m.camera != camera) {
            if !web::reduced_motion() {
                self.store.act(|s| s.set_camera(camera));
                self.glide(camera, m.camera);
            }
        }
        if tell {
            self.tell();
        }
    }

    fn tell(self) {
        if let Some(p) = self.store.peek(|s| s.presenting.clone()) {
            let black = u8::from(p.black);
            self.post(&format!("pos:{}:{}:{black}", p.pos.slide, p.pos.step));
        }
    }

    fn post(self, text: &str) {
        self.channel.with_value(|c| {
            if let Some(c) = c {
                c.post(text);
            }
        });
    }

    /// A message of the other window: where it went, or that it opened.
    fn heard(self, text: &str) {
        if text == "hello" {
            self.tell();
            return;
        }
        let mut parts = text.strip_prefix("pos:").unwrap_or_default().split(':');
        let mut next = || parts.next().and_then(|p| p.parse::<usize>().ok());
        let (Some(slide), Some(step), Some(black)) = (next(), next(), next()) else {
            return;
        };
        if self.pos().is_none() {
            self.store.act(|s| s.start_presenting(false));
        }
        self.go(Pos { slide, step }, false);
        if black == 1 {
            self.store.act(|s| s.toggle_black());
        }
    }

    /// Moves the camera from `from` to `to`, eased, one step a frame.
    fn glide(self, from: Camera, to: Camera) {
        let id = self.moves.get_value().wrapping_add(1);
        self.moves.set_value(id);
        let started = web::now_ms();
        self.frame(id, started, from, to);
    }

    fn frame(self, id: u32, started: f64, from: Camera, to: Camera) {
        request_animation_frame(move || {
            if self.moves.try_get_value() != Some(id) || self.pos().is_none() {
                return;
            }
            let t = ((web::now_ms() - started) / MOVE_MS).clamp(0.0, 1.0);
            let e = t * t * (3.0 - 2.0 * t);
            let camera = Camera {
                zoom: from.zoom * (to.zoom / from.zoom).powf(e),
                pan: (
                    from.pan.0 + (to.pan.0 - from.pan.0) * e,
                    from.pan.1 + (to.pan.1 - from.pan.1) * e,
                ),
            };
            self.store
                .act(|s| s.set_camera(if t >= 1.0 { to } else { camera }));
            if t < 1.0 {
                self.frame(id, started, from, to);
            }
        });
    }
}
