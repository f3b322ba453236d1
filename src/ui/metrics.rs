//! The conversation with the analysis worker: each new dataset is posted
//! to it once the new map is on screen, and its answers (progress, network
//! figures, force-directed positions) land in [`Derived`] when they belong
//! to the data still shown.

use leptos::prelude::*;

use super::derived::Derived;
use super::state::Store;
use super::worker::{Answer, NetworkWorker};
use crate::i18n::Msg;
use crate::session::Part;

pub fn connect(store: Store, derived: Derived) {
    let Derived {
        generation,
        network,
        positions,
        progress,
        ..
    } = derived;
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
