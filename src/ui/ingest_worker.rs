//! Reading survey files off the main thread. The app posts the files'
//! bytes to a Web Worker (built from `src/bin/ingest_worker.rs`), which
//! reports each step and answers with the loaded dataset, so a large file
//! shows its progress while the page stays responsive. Started at the
//! first load: a visitor who only looks at the sample never downloads it,
//! and the page carries no file reader of its own (workbooks are written
//! by the export worker, `super::export_worker`).

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::worker_link::{say_ready, WorkerLink};
use crate::ingest::mapping::GridPreview;
use crate::ingest::{self, IngestError, LoadOptions, LoadStep, Loaded, SourceFile};
use crate::workspace::{Settings, Workspace};

const LOADER: &str = "./ingest_worker_loader.js";
/// A message from the reader has arrived (User Timing mark, before it is
/// taken in): the end of the work off the main thread.
pub const MARK_READER_ANSWER: &str = "clustermap:reader-answer";

pub struct IngestRequest {
    pub id: u32,
    pub options: LoadOptions,
    pub files: Rc<Vec<SourceFile>>,
}

/// The end of a load.
#[derive(Debug, Serialize, Deserialize)]
pub struct Finished {
    pub result: Result<Loaded, IngestError>,
    /// How the grids look when the load failed, for the mapping step (on
    /// success they are in [`Loaded::columns`]).
    pub previews: Vec<GridPreview>,
    /// The settings inside a saved workspace file, if one was loaded.
    pub settings: Option<Settings>,
}

#[derive(Debug, Serialize, Deserialize)]
pub enum Answer {
    Step(LoadStep),
    Finished(Box<Finished>),
}

#[derive(Debug, Serialize, Deserialize)]
pub struct IngestResponse {
    pub id: u32,
    pub answer: Answer,
}

/// The whole work of a load, in the worker.
fn answer(id: u32, options: &LoadOptions, files: &[SourceFile], send: &dyn Fn(IngestResponse)) {
    let result = ingest::load_with_progress(files, options, |step| {
        send(IngestResponse {
            id,
            answer: Answer::Step(step),
        })
    });
    let previews = match &result {
        Ok(_) => Vec::new(),
        Err(_) => ingest::inspect(files, options),
    };
    let settings = match files {
        [one] => Workspace::settings_in(&one.bytes),
        _ => None,
    };
    send(IngestResponse {
        id,
        answer: Answer::Finished(Box::new(Finished {
            result,
            previews,
            settings,
        })),
    });
}

/// What the page asks of the reader's worker.
pub enum ReaderRequest {
    Load(IngestRequest),
}

/// The main thread's handle, started at its first request.
pub struct IngestWorker {
    link: RefCell<Option<WorkerLink<ReaderRequest>>>,
    /// The last load handed over (id and file names), answered with an
    /// error if the worker stops while reading it.
    in_hand: Rc<RefCell<Option<(u32, String)>>>,
    on_answer: Rc<dyn Fn(IngestResponse)>,
}

impl IngestWorker {
    /// `on_answer` receives every step and the end of each load.
    pub fn new(on_answer: impl Fn(IngestResponse) + 'static) -> Self {
        Self {
            link: RefCell::new(None),
            in_hand: Rc::new(RefCell::new(None)),
            on_answer: Rc::new(on_answer),
        }
    }

    /// Starts the worker without a request, when a load is likely soon.
    pub fn warm(&self) {
        // A reader that could not start is tried again for a load, not for
        // every pointer that passes over the panel.
        if self.link.borrow().as_ref().is_some_and(WorkerLink::is_dead) {
            return;
        }
        self.with_link(|_| {});
    }

    pub fn load(&self, request: IngestRequest) {
        *self.in_hand.borrow_mut() = Some((request.id, file_names(&request)));
        // A newer load replaces one still waiting.
        self.with_link(|link| link.send_keeping(ReaderRequest::Load(request), |_| false));
    }

    fn with_link(&self, use_link: impl FnOnce(&WorkerLink<ReaderRequest>)) {
        let mut link = self.link.borrow_mut();
        // A worker that stopped (a panic while reading) is replaced, so the
        // next load is read, not refused for the rest of the session.
        if link.as_ref().is_some_and(WorkerLink::is_dead) {
            *link = None;
        }
        let link = link.get_or_insert_with(|| {
            let (to_page, failed) = (self.on_answer.clone(), self.on_answer.clone());
            let (stopped, in_hand) = (self.on_answer.clone(), self.in_hand.clone());
            WorkerLink::spawn(
                LOADER,
                post,
                move |data| {
                    super::browser::mark(MARK_READER_ANSWER);
                    if let Some(text) = data.as_string() {
                        if let Ok(response) = serde_json::from_str::<IngestResponse>(&text) {
                            to_page(response);
                        }
                    }
                },
                move |request| match request {
                    ReaderRequest::Load(r) => failed(no_worker(&r)),
                },
                move |detail| {
                    if let Some((id, file)) = in_hand.borrow_mut().take() {
                        stopped(finished_with(
                            id,
                            IngestError::ReaderStopped { file, detail },
                        ));
                    }
                },
            )
        });
        use_link(link);
    }
}

fn file_names(request: &IngestRequest) -> String {
    request
        .files
        .iter()
        .map(|f| f.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The end of load `id` with `error`: nothing was read.
fn finished_with(id: u32, error: IngestError) -> IngestResponse {
    IngestResponse {
        id,
        answer: Answer::Finished(Box::new(Finished {
            result: Err(error),
            previews: Vec::new(),
            settings: None,
        })),
    }
}

/// The end of a load no worker could read: the files were not opened.
fn no_worker(request: &IngestRequest) -> IngestResponse {
    finished_with(
        request.id,
        IngestError::NeedsReader {
            file: file_names(request),
        },
    )
}

/// What travels in the first slot of a message to the worker.
#[derive(Serialize, Deserialize)]
enum Header {
    /// A load; the files' bytes follow in the message, one per name.
    Load {
        id: u32,
        options: LoadOptions,
        names: Vec<String>,
    },
}

/// Posts `[header JSON, bytes, bytes, …]`, moving copies of the bytes
/// into the worker instead of copying them twice.
fn post(worker: &web_sys::Worker, request: &ReaderRequest) -> bool {
    let (header, files) = match request {
        ReaderRequest::Load(r) => (
            Header::Load {
                id: r.id,
                options: r.options.clone(),
                names: r.files.iter().map(|f| f.name.clone()).collect(),
            },
            &r.files[..],
        ),
    };
    let Ok(text) = serde_json::to_string(&header) else {
        return false;
    };
    let message = js_sys::Array::new();
    let transfer = js_sys::Array::new();
    message.push(&JsValue::from_str(&text));
    for file in files {
        let bytes = js_sys::Uint8Array::from(file.bytes.as_slice());
        transfer.push(&bytes.buffer());
        message.push(&bytes);
    }
    worker
        .post_message_with_transfer(&message, &transfer)
        .is_ok()
}

/// The worker side: reads each request's files and answers as it goes.
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
            match header {
                Header::Load { id, options, names } => {
                    let files: Vec<SourceFile> = names
                        .iter()
                        .enumerate()
                        .map(|(i, name)| {
                            let bytes =
                                js_sys::Uint8Array::new(&message.get(i as u32 + 1)).to_vec();
                            SourceFile::new(name.clone(), bytes)
                        })
                        .collect();
                    let send = |response: IngestResponse| {
                        if let Ok(text) = serde_json::to_string(&response) {
                            // A failed post means the page is gone; nobody waits.
                            let _ = reply_to.post_message(&JsValue::from_str(&text));
                        }
                    };
                    answer(id, &options, &files, &send);
                }
            }
        });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    say_ready(&scope);
}
