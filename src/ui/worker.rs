//! Network metrics and the network view's force layout off the main
//! thread. The app posts the dataset to a Web Worker (built from
//! `src/bin/analysis_worker.rs`) and shows the rest of the analysis
//! meanwhile; the worker answers twice, metrics first, then positions.
//! It also writes the results panel's exports from the full report.
//! The page links none of this computation: where no worker can start,
//! the page says so instead.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::worker_link::{say_ready, WorkerLink};
use crate::analysis::{
    network_figures_with, AnalysisOptions, ClusterReport, NetworkFigures, Phase,
};
use crate::i18n::Lang;
use crate::layout::network_positions;
use crate::model::Dataset;

/// The loader Trunk emits for the worker binary (`data-loader-shim`).
const LOADER: &str = "./analysis_worker_loader.js";

/// What the page asks of the analysis worker.
#[derive(Serialize, Deserialize)]
pub enum NetworkRequest {
    /// The network metrics and positions of a dataset.
    Metrics {
        /// Which workspace the dataset belongs to; answers for older ones
        /// are dropped.
        generation: u32,
        dataset: Dataset,
    },
    /// A file of the full report of the last dataset sent: the writers
    /// and the network metrics live here, not on the page.
    Export {
        generation: u32,
        kind: ExportKind,
        lang: Lang,
        options: AnalysisOptions,
    },
}

/// The files of the results panel's export buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportKind {
    ReportJson,
    ActorsCsv,
    StagesCsv,
}

/// One of the answers to a request.
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
    /// An export, ready to be offered as a download.
    File {
        name: String,
        mime: String,
        text: String,
    },
}

/// The dataset last sent and its figures once computed: what an export
/// is written from.
struct Kept {
    generation: u32,
    dataset: Dataset,
    figures: Option<NetworkFigures>,
}

/// The answers for a request, in the order they are sent: metrics, then
/// positions; or the exported file.
fn answer(request: NetworkRequest, kept: &mut Option<Kept>, mut send: impl FnMut(NetworkResponse)) {
    match request {
        NetworkRequest::Metrics {
            generation,
            dataset,
        } => {
            let figures = network_figures_with(&dataset, |phase| {
                send(NetworkResponse {
                    generation,
                    answer: Answer::Progress(phase),
                })
            });
            send(NetworkResponse {
                generation,
                answer: Answer::Figures(figures.clone()),
            });
            send(NetworkResponse {
                generation,
                answer: Answer::Progress(Phase::Layout),
            });
            send(NetworkResponse {
                generation,
                answer: Answer::Positions(network_positions(&dataset)),
            });
            *kept = Some(Kept {
                generation,
                dataset,
                figures: Some(figures),
            });
        }
        NetworkRequest::Export {
            generation,
            kind,
            lang,
            options,
        } => {
            let Some(k) = kept.as_mut().filter(|k| k.generation == generation) else {
                return;
            };
            let figures = k
                .figures
                .get_or_insert_with(|| network_figures_with(&k.dataset, |_| {}));
            let mut report = ClusterReport::build_light(&k.dataset, &options.sanitized());
            report.set_network(figures.clone());
            let (name, mime, text) = export_file(&k.dataset, &report, kind, lang);
            send(NetworkResponse {
                generation,
                answer: Answer::File {
                    name,
                    mime: mime.to_string(),
                    text,
                },
            });
        }
    }
}

/// The name, type and text of an export.
fn export_file(
    d: &Dataset,
    r: &ClusterReport,
    kind: ExportKind,
    lang: Lang,
) -> (String, &'static str, String) {
    let base = file_stem(&d.meta.name);
    match kind {
        ExportKind::ReportJson => (
            format!("{base}-analysis.json"),
            "application/json",
            crate::export::report_json(d, r, lang),
        ),
        ExportKind::StagesCsv => (
            format!("{base}-stages.csv"),
            "text/csv",
            crate::export::stages_csv(d, r, lang),
        ),
        ExportKind::ActorsCsv => (
            format!("{base}-actors.csv"),
            "text/csv",
            crate::export::actors_csv(d, r),
        ),
    }
}

/// A safe file name from the cluster name (letters, digits and dashes).
fn file_stem(name: &str) -> String {
    let stem: String = crate::model::fold_token(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-').chars().take(60).collect::<String>();
    if stem.is_empty() {
        "cluster".into()
    } else {
        stem
    }
}

/// The main thread's handle on the worker (see [`WorkerLink`]), started
/// at the first request.
pub struct NetworkWorker {
    link: RefCell<Option<WorkerLink<NetworkRequest>>>,
    /// The generation of the last dataset sent, which exports refer to.
    generation: Cell<u32>,
    on_result: Rc<dyn Fn(NetworkResponse)>,
    on_failed: Rc<dyn Fn()>,
}

impl NetworkWorker {
    /// `on_result` receives every answer; `on_failed` is called when the
    /// worker could not start, so the metrics will not come.
    pub fn new(
        on_result: impl Fn(NetworkResponse) + 'static,
        on_failed: impl Fn() + 'static,
    ) -> Self {
        Self {
            link: RefCell::new(None),
            generation: Cell::new(0),
            on_result: Rc::new(on_result),
            on_failed: Rc::new(on_failed),
        }
    }

    /// Asks for the network metrics of `dataset`; a newer request replaces
    /// one still waiting for the worker to start.
    pub fn request(&self, generation: u32, dataset: &Dataset) {
        self.generation.set(generation);
        self.send(NetworkRequest::Metrics {
            generation,
            dataset: dataset.clone(),
        });
    }

    /// Asks for an export of the last dataset's full report; the file
    /// arrives as [`Answer::File`].
    pub fn export(&self, kind: ExportKind, lang: Lang, options: AnalysisOptions) {
        self.send(NetworkRequest::Export {
            generation: self.generation.get(),
            kind,
            lang,
            options,
        });
    }

    fn send(&self, request: NetworkRequest) {
        let mut link = self.link.borrow_mut();
        let link = link.get_or_insert_with(|| {
            let (callback, failed) = (self.on_result.clone(), self.on_failed.clone());
            WorkerLink::spawn(
                LOADER,
                post,
                move |data| {
                    if let Ok(response) = serde_wasm_bindgen::from_value::<NetworkResponse>(data) {
                        callback(response);
                    }
                },
                move |_| failed(),
            )
        });
        link.send_keeping(request, |waiting| {
            matches!(waiting, NetworkRequest::Export { .. })
        });
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
    let kept = RefCell::new(None);
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(request) = event
                .data()
                .as_string()
                .and_then(|text| serde_json::from_str::<NetworkRequest>(&text).ok())
            else {
                return;
            };
            answer(request, &mut kept.borrow_mut(), |response| {
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
