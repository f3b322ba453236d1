//! Network metrics and the network view's force layout off the main
//! thread. The app posts the dataset to a Web Worker (built from
//! `src/bin/analysis_worker.rs`) and shows the rest of the analysis
//! meanwhile; the worker answers twice, metrics first, then positions.
//! The page links none of this computation: where no worker can start,
//! the page says so instead.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::worker_link::{say_ready, WorkerLink};
use crate::analysis::{network_figures_with, NetworkFigures, Phase};
use crate::layout::network_positions;
use crate::model::Dataset;

/// The loader Trunk emits for the worker binary (`data-loader-shim`).
const LOADER: &str = "./analysis_worker_loader.js";

#[derive(Serialize, Deserialize)]
pub struct NetworkRequest {
    /// Which workspace the dataset belongs to; answers for older ones are
    /// dropped.
    pub generation: u32,
    pub dataset: Dataset,
}

/// One of the two answers to a request.
#[derive(Serialize, Deserialize)]
pub struct NetworkResponse {
    pub generation: u32,
    pub answer: Answer,
}

#[derive(Serialize, Deserialize)]
pub enum Answer {
    /// A step has started (for large datasets this takes seconds).
    Progress(Phase),
    Figures(NetworkFigures),
    /// Force-directed positions, one per actor.
    Positions(Vec<(f64, f64)>),
}

/// Both answers for a request, in the order they are sent.
fn answer(request: &NetworkRequest, mut send: impl FnMut(NetworkResponse)) {
    let generation = request.generation;
    let figures = network_figures_with(&request.dataset, |phase| {
        send(NetworkResponse {
            generation,
            answer: Answer::Progress(phase),
        })
    });
    send(NetworkResponse {
        generation,
        answer: Answer::Figures(figures),
    });
    send(NetworkResponse {
        generation,
        answer: Answer::Progress(Phase::Layout),
    });
    send(NetworkResponse {
        generation,
        answer: Answer::Positions(network_positions(&request.dataset)),
    });
}

/// The main thread's handle on the worker (see [`WorkerLink`]), started
/// at the first request.
pub struct NetworkWorker {
    link: RefCell<Option<WorkerLink<NetworkRequest>>>,
    on_result: Rc<dyn Fn(NetworkResponse)>,
    on_failed: Rc<dyn Fn(bool)>,
}

impl NetworkWorker {
    /// `on_result` receives every answer; `on_failed` is called when the
    /// metrics will not come: with `false` when the worker could not
    /// start, `true` when it stopped while computing.
    pub fn new(
        on_result: impl Fn(NetworkResponse) + 'static,
        on_failed: impl Fn(bool) + 'static,
    ) -> Self {
        Self {
            link: RefCell::new(None),
            on_result: Rc::new(on_result),
            on_failed: Rc::new(on_failed),
        }
    }

    /// Asks for the network metrics of `dataset`; a newer request replaces
    /// one still waiting for the worker to start.
    pub fn request(&self, generation: u32, dataset: &Dataset) {
        let mut link = self.link.borrow_mut();
        // A worker that stopped is replaced at the next dataset.
        if link.as_ref().is_some_and(WorkerLink::is_dead) {
            *link = None;
        }
        let link = link.get_or_insert_with(|| {
            let (callback, failed) = (self.on_result.clone(), self.on_failed.clone());
            let stopped = self.on_failed.clone();
            WorkerLink::spawn(
                LOADER,
                post,
                move |data| {
                    if let Ok(response) = serde_wasm_bindgen::from_value::<NetworkResponse>(data) {
                        callback(response);
                    }
                },
                move |_| failed(false),
                move |_| stopped(true),
            )
        });
        link.send_keeping(
            NetworkRequest {
                generation,
                dataset: dataset.clone(),
            },
            |_| false,
        );
    }
}

/// Requests travel as JSON text: for a 10,000-actor dataset, writing JSON
/// and copying one string is several times cheaper on the main thread
/// than building the equivalent JavaScript object tree.
fn post(worker: &web_sys::Worker, request: &NetworkRequest) -> bool {
    serde_json::to_string(request)
        .ok()
        .map(|text| JsValue::from_str(&text))
        .is_some_and(|message| worker.post_message(&message).is_ok())
}

/// The worker side: answers each request with the dataset's metrics.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(request) = event
                .data()
                .as_string()
                .and_then(|text| serde_json::from_str::<NetworkRequest>(&text).ok())
            else {
                return;
            };
            answer(&request, |response| {
                if let Ok(message) = serde_wasm_bindgen::to_value(&response) {
                    // A failed post means the page is gone; nobody is waiting.
                    let _ = reply_to.post_message(&message);
                }
            });
        });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    say_ready(&scope);
}
