//! Writing workbooks off the page. The app's one XLSX writer
//! (`crate::export::workbook`, rust_xlsxwriter) lives in a Web Worker
//! built from `src/bin/export_worker.rs`, started at the first click on a
//! workbook download: a visitor who never asks for one never downloads
//! it. What crosses to the worker is the dataset as JSON (the same text
//! the analysis worker gets), the network figures the analysis worker
//! computed, the analysis options, the privacy choice and the language;
//! the worker rebuilds the rest of the report, which is fast, instead of
//! the page serialising all of it.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::worker_link::{say_ready, WorkerLink};
use crate::analysis::{AnalysisOptions, ClusterReport, NetworkFigures};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::privacy::{Disclosure, Privacy};

const LOADER: &str = "./export_worker_loader.js";

/// Which workbook to write.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Book {
    /// The results workbook; the report is rebuilt from the dataset with
    /// these options, and the network figures are added when computed.
    Results {
        options: AnalysisOptions,
        network: Option<NetworkFigures>,
    },
    Kumu,
    Template,
}

/// What travels in the first slot of a message to the worker; the
/// dataset's JSON follows for the books that need it.
#[derive(Debug, Serialize, Deserialize)]
struct Header {
    id: u32,
    lang: Lang,
    privacy: Privacy,
    book: Book,
}

/// Why a workbook did not come.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// No worker could start (workers blocked, its wasm did not load).
    DidNotStart,
    /// The worker stopped while writing (a panic), with the browser's
    /// words.
    Stopped(String),
    /// The writer refused (rust_xlsxwriter's error).
    Failed(String),
}

type Done = Box<dyn FnOnce(Result<Vec<u8>, Failure>)>;

struct Job {
    header: Header,
    dataset: Option<String>,
}

/// The page's handle on the worker, started at its first request and
/// replaced at the next one when it died.
struct ExportWorker {
    link: RefCell<Option<WorkerLink<Job>>>,
    waiting: Rc<RefCell<HashMap<u32, Done>>>,
    next: Cell<u32>,
}

thread_local! {
    static EXPORTER: ExportWorker = ExportWorker {
        link: RefCell::new(None),
        waiting: Rc::new(RefCell::new(HashMap::new())),
        next: Cell::new(1),
    };
}

/// Asks the worker for `book` of `dataset` (not needed for the template)
/// in `lang` under `privacy`; `done` hears the package's bytes or why
/// there are none.
pub fn request(
    book: Book,
    dataset: Option<&Dataset>,
    lang: Lang,
    privacy: Privacy,
    done: impl FnOnce(Result<Vec<u8>, Failure>) + 'static,
) {
    let dataset = match dataset.map(serde_json::to_string) {
        Some(Ok(text)) => Some(text),
        Some(Err(e)) => return done(Err(Failure::Failed(e.to_string()))),
        None => None,
    };
    EXPORTER.with(|w| {
        let id = w.next.get();
        w.next.set(id.wrapping_add(1));
        w.waiting.borrow_mut().insert(id, Box::new(done));
        let mut link = w.link.borrow_mut();
        if link.as_ref().is_some_and(WorkerLink::is_dead) {
            *link = None;
        }
        let link = link.get_or_insert_with(|| {
            let (answered, refused, stopped) =
                (w.waiting.clone(), w.waiting.clone(), w.waiting.clone());
            WorkerLink::spawn(
                LOADER,
                post,
                move |data| {
                    if let Some((id, result)) = answer_of(&data) {
                        let done = answered.borrow_mut().remove(&id);
                        if let Some(done) = done {
                            done(result);
                        }
                    }
                },
                move |job: Job| {
                    let done = refused.borrow_mut().remove(&job.header.id);
                    if let Some(done) = done {
                        done(Err(Failure::DidNotStart));
                    }
                },
                move |detail| {
                    // Every request handed over is lost with the worker.
                    let lost: Vec<Done> = stopped.borrow_mut().drain().map(|(_, d)| d).collect();
                    for done in lost {
                        done(Err(Failure::Stopped(detail.clone())));
                    }
                },
            )
        });
        link.send(Job {
            header: Header {
                id,
                lang,
                privacy,
                book,
            },
            dataset,
        });
    });
}

fn post(worker: &web_sys::Worker, job: &Job) -> bool {
    let Ok(header) = serde_json::to_string(&job.header) else {
        return false;
    };
    let message = js_sys::Array::of1(&JsValue::from_str(&header));
    if let Some(dataset) = &job.dataset {
        message.push(&JsValue::from_str(dataset));
    }
    worker.post_message(&message).is_ok()
}

/// The worker's answer: `[id, bytes]`, or `[id, error text]`.
fn answer_of(data: &JsValue) -> Option<(u32, Result<Vec<u8>, Failure>)> {
    if !js_sys::Array::is_array(data) {
        return None;
    }
    let parts: &js_sys::Array = data.unchecked_ref();
    let id = parts.get(0).as_f64()? as u32;
    let body = parts.get(1);
    if let Some(error) = body.as_string() {
        return Some((id, Err(Failure::Failed(error))));
    }
    let bytes = body.dyn_into::<js_sys::Uint8Array>().ok()?;
    Some((id, Ok(bytes.to_vec())))
}

/// The work of one request, in the worker.
fn write(header: &Header, dataset: Option<&str>) -> Result<Vec<u8>, String> {
    let dataset = || -> Result<Dataset, String> {
        serde_json::from_str(dataset.unwrap_or_default()).map_err(|e| e.to_string())
    };
    let xlsx = |r: Result<Vec<u8>, rust_xlsxwriter::XlsxError>| r.map_err(|e| e.to_string());
    match &header.book {
        Book::Template => Ok(crate::export::template_xlsx(header.lang)),
        Book::Kumu => {
            let d = dataset()?;
            let disclosure = Disclosure::new(&d, header.privacy);
            xlsx(crate::export::kumu_workbook(&d, header.lang, &disclosure))
        }
        Book::Results { options, network } => {
            let d = dataset()?;
            let mut report = ClusterReport::build_light(&d, options);
            if let Some(n) = network.clone().filter(|n| n.ready) {
                report.set_network(n);
            }
            let disclosure = Disclosure::new(&d, header.privacy);
            xlsx(crate::export::results_workbook(
                &d,
                &report,
                header.lang,
                &disclosure,
            ))
        }
    }
}

/// The worker side: writes each requested workbook and answers with it.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let message: js_sys::Array = event.data().unchecked_into();
            let Some(header) = message
                .get(0)
                .as_string()
                .and_then(|t| serde_json::from_str::<Header>(&t).ok())
            else {
                return;
            };
            let dataset = message.get(1).as_string();
            let id = JsValue::from_f64(f64::from(header.id));
            // A failed post means the page is gone; nobody waits.
            let _ = match write(&header, dataset.as_deref()) {
                Ok(bytes) => {
                    let bytes = js_sys::Uint8Array::from(&bytes[..]);
                    reply_to.post_message_with_transfer(
                        &js_sys::Array::of2(&id, &bytes),
                        &js_sys::Array::of1(&bytes.buffer()),
                    )
                }
                Err(error) => {
                    reply_to.post_message(&js_sys::Array::of2(&id, &JsValue::from_str(&error)))
                }
            };
        });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    say_ready(&scope);
}
