//! The conversation with the analysis worker: each new dataset is posted
//! to it once the new map is on screen, and its answers (progress, network
//! figures, force-directed positions) land in [`Derived`] when they belong
//! to the data still shown.
//!
//! The worker is started only once its figures are wanted: in the network
//! view, or when the panels below the map (figures, actor details,
//! downloads) come into view. The first map and the light analysis do not
//! use it, so a first visit that only looks at the map never fetches it
//! (issue 10, `make size`).

use leptos::prelude::*;

use super::browser;
use super::derived::Derived;
use super::state::Store;
use super::worker::{Answer, NetworkWorker};
use crate::i18n::Msg;
use crate::session::Part;
use crate::view::MapMode;

/// `panels` is the element whose appearance on screen asks for the
/// figures.
pub fn connect(store: Store, derived: Derived, panels: NodeRef<leptos::html::Div>) {
    let Derived {
        generation,
        network,
        positions,
        progress,
        mode,
        ..
    } = derived;
    let wanted = RwSignal::new(false);
    // Set once: setting it again would post the same dataset again and
    // drop the network view's positions.
    let want = move || {
        if wanted.try_get_untracked() == Some(false) {
            wanted.set(true);
        }
    };
    Effect::new(move |_| {
        if mode.get() == MapMode::Network {
            want();
        }
    });
    Effect::new(move |_| {
        if let Some(element) = panels.get() {
            browser::when_seen(&element, want);
        }
    });
    let worker = StoredValue::new_local(NetworkWorker::new(
        move |response| {
            if Some(response.generation) != generation.try_get_untracked() {
                return;
            }
            match response.answer {
                Answer::Progress(p) => progress.set(Some(p)),
                Answer::Figures(f) => network.set(Some((response.generation, f))),
                Answer::Positions(p) => {
                    progress.set(None);
                    positions.set(Some(p));
                }
            }
        },
        // The page does not carry the metrics: it says they will not come.
        move |stopped| {
            let msg = if stopped {
                Msg::NetworkWorkerStopped
            } else {
                Msg::NetworkNoWorker
            };
            store.act(|s| s.notice(msg, String::new()));
        },
    ));
    Effect::new(move |_| {
        store.read(Part::Workspace, |_| ());
        let g = generation.get_untracked().wrapping_add(1);
        generation.set(g);
        positions.set(None);
        if !wanted.get() {
            return;
        }
        // Posting means writing the dataset out (tens of ms at 10,000
        // actors): done after the new map is on screen, unless newer data
        // has come meanwhile.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if generation.try_get_untracked() == Some(g) {
                        store.peek(|s| {
                            worker.with_value(|w| w.request(g, &s.workspace.loaded.dataset))
                        });
                    }
                },
                std::time::Duration::from_millis(0),
            )
        });
    });
}
