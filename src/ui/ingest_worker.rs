//! Reading survey files off the main thread. The app posts the files'
//! bytes to a Web Worker (built from `src/bin/ingest_worker.rs`), which
//! reports each step and answers with the loaded dataset, so a large file
//! shows its progress while the page stays responsive. Started at the
//! first load: a visitor who only looks at the sample never downloads it.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::worker_link::{after_paint, say_ready, WorkerLink};
use crate::ingest::mapping::GridPreview;
use crate::ingest::{self, IngestError, LoadOptions, LoadStep, Loaded, Readers, SourceFile};
use crate::workspace::{Settings, Workspace};

const LOADER: &str = "./ingest_worker_loader.js";
/// A message from the reader has arrived (User Timing mark, before it is
/// taken in): the end of the work off the main thread.
pub const MARK_READER_ANSWER: &str = "clustermap:reader-answer";

/// What to read; the files' bytes travel beside it (see [`post`]).
#[derive(Serialize, Deserialize)]
struct Header {
    id: u32,
    options: LoadOptions,
    names: Vec<String>,
}

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

/// The whole work of a request: in the worker with every reader, on the
/// page (no worker) with the text readers only.
fn answer(
    id: u32,
    options: &LoadOptions,
    files: &[SourceFile],
    readers: Readers,
    send: &dyn Fn(IngestResponse),
) {
    let result = ingest::load_by(files, options, readers, |step| {
        send(IngestResponse {
            id,
            answer: Answer::Step(step),
        })
    });
    let previews = match (&result, readers) {
        (Ok(_), _) => Vec::new(),
        (Err(_), Readers::All) => ingest::inspect(files, options),
        (Err(_), Readers::Text) => ingest::inspect_text(files, options),
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

/// The main thread's handle, started at its first request.
pub struct IngestWorker {
    link: RefCell<Option<WorkerLink<IngestRequest>>>,
    on_answer: Rc<dyn Fn(IngestResponse)>,
}

impl IngestWorker {
    /// `on_answer` receives every step and the end of each load.
    pub fn new(on_answer: impl Fn(IngestResponse) + 'static) -> Self {
        Self {
            link: RefCell::new(None),
            on_answer: Rc::new(on_answer),
        }
    }

    /// Starts the worker without a request, when a load is likely soon.
    pub fn warm(&self) {
        self.with_link(|_| {});
    }

    pub fn load(&self, request: IngestRequest) {
        self.with_link(|link| link.send(request));
    }

    fn with_link(&self, use_link: impl FnOnce(&WorkerLink<IngestRequest>)) {
        let mut link = self.link.borrow_mut();
        let link = link.get_or_insert_with(|| {
            let (to_page, here) = (self.on_answer.clone(), self.on_answer.clone());
            WorkerLink::spawn(
                LOADER,
                post,
                move |data| {
                    super::browser::mark(MARK_READER_ANSWER);
                    if let Some(response) = data
                        .as_string()
                        .and_then(|t| serde_json::from_str::<IngestResponse>(&t).ok())
                    {
                        to_page(response);
                    }
                },
                move |request: IngestRequest| {
                    let send = here.clone();
                    after_paint(move || {
                        answer(
                            request.id,
                            &request.options,
                            &request.files,
                            Readers::Text,
                            &*send,
                        )
                    });
                },
            )
        });
        use_link(link);
    }
}

/// Posts `[header JSON, bytes, bytes, …]`, moving copies of the bytes
/// into the worker instead of copying them twice.
fn post(worker: &web_sys::Worker, request: &IngestRequest) -> bool {
    let header = Header {
        id: request.id,
        options: request.options.clone(),
        names: request.files.iter().map(|f| f.name.clone()).collect(),
    };
    let Ok(text) = serde_json::to_string(&header) else {
        return false;
    };
    let message = js_sys::Array::new();
    let transfer = js_sys::Array::new();
    message.push(&JsValue::from_str(&text));
    for file in request.files.iter() {
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
            let files: Vec<SourceFile> = header
                .names
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    let bytes = js_sys::Uint8Array::new(&message.get(i as u32 + 1)).to_vec();
                    SourceFile::new(name.clone(), bytes)
                })
                .collect();
            let send = |response: IngestResponse| {
                if let Ok(text) = serde_json::to_string(&response) {
                    // A failed post means the page is gone; nobody waits.
                    let _ = reply_to.post_message(&JsValue::from_str(&text));
                }
            };
            answer(header.id, &header.options, &files, Readers::All, &send);
        });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    say_ready(&scope);
}
