//! The main thread's end of a Web Worker built by Trunk from a binary in
//! `src/bin/` (`data-type="worker" data-loader-shim`).
//!
//! A worker drops messages sent before its wasm has started, so it says
//! [`READY`] first and requests wait until then. Its loader
//! (`static/*_worker_loader.js`) reports a wasm that fails to load
//! (a 404, a damaged file), which would otherwise leave the page waiting
//! in silence. If the worker cannot start, the waiting requests go to
//! `on_failed`; if it stops after starting (a panic in the wasm),
//! `on_stopped` hears why, since the request it was working on will never
//! be answered. Either way the link is dead and its owner starts a new
//! worker for the next request. The page itself carries neither the
//! readers nor the network metrics: the page itself carries neither the
//! readers nor the network metrics (every browser that runs wasm runs
//! workers, so a copy on the page would be downloaded by every visitor for
//! a case that only a blocking policy produces).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What a worker posts once it can take requests.
pub const READY: &str = "ready";
/// The key of what a worker's loader posts when its wasm did not start.
const START_FAILED: &str = "clustermapWorkerFailed";

struct State<R> {
    ready: bool,
    failed: bool,
    pending: Vec<R>,
}

impl<R> State<R> {
    /// The worker will answer nothing more. Returns the requests it never
    /// saw and whether it had started (so one was perhaps in hand).
    fn fail(&mut self) -> (Vec<R>, bool) {
        let started = self.ready && !self.failed;
        self.failed = true;
        (std::mem::take(&mut self.pending), started)
    }
}

/// A started worker taking requests of type `R`.
pub struct WorkerLink<R: 'static> {
    worker: Option<web_sys::Worker>,
    state: Rc<RefCell<State<R>>>,
    /// Posts a request; `false` if it could not be posted.
    post: fn(&web_sys::Worker, &R) -> bool,
    on_failed: Rc<dyn Fn(R)>,
}

impl<R: 'static> WorkerLink<R> {
    /// Starts the worker at `loader`; `on_message` receives every message
    /// but the ready signal, `on_failed` every request the worker never
    /// saw, `on_stopped` why a started worker stopped.
    pub fn spawn(
        loader: &str,
        post: fn(&web_sys::Worker, &R) -> bool,
        on_message: impl Fn(JsValue) + 'static,
        on_failed: impl Fn(R) + 'static,
        on_stopped: impl Fn(String) + 'static,
    ) -> Self {
        let on_stopped: Rc<dyn Fn(String)> = Rc::new(on_stopped);
        let on_failed: Rc<dyn Fn(R)> = Rc::new(on_failed);
        let state = Rc::new(RefCell::new(State {
            ready: false,
            failed: false,
            pending: Vec::new(),
        }));
        let worker = web_sys::Worker::new(&super::browser::worker_url(loader)).ok();
        if let Some(w) = &worker {
            let (st, target) = (state.clone(), w.clone());
            let failed_start = on_failed.clone();
            let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let data = event.data();
                    // The loader has logged what the browser said; the
                    // user hears which part did not start.
                    let start_failed = data.is_object()
                        && js_sys::Reflect::has(&data, &JsValue::from_str(START_FAILED))
                            .unwrap_or(false);
                    if start_failed {
                        let (pending, _) = st.borrow_mut().fail();
                        target.terminate();
                        for request in pending {
                            failed_start(request);
                        }
                    } else if data.as_string().as_deref() == Some(READY) {
                        st.borrow_mut().ready = true;
                        let pending = std::mem::take(&mut st.borrow_mut().pending);
                        for request in pending {
                            post(&target, &request);
                        }
                    } else {
                        on_message(data);
                    }
                },
            );
            let (fail, st, stopped, dying) = (
                on_failed.clone(),
                state.clone(),
                on_stopped.clone(),
                w.clone(),
            );
            let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                let (pending, started) = st.borrow_mut().fail();
                dying.terminate();
                for request in pending {
                    fail(request);
                }
                if started {
                    // An ErrorEvent's message, e.g. "RuntimeError: unreachable".
                    let message = js_sys::Reflect::get(&e, &JsValue::from_str("message"))
                        .ok()
                        .and_then(|m| m.as_string())
                        .unwrap_or_default();
                    stopped(message);
                }
            });
            w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            w.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            // The worker lives as long as the page; so do its handlers.
            on_message.forget();
            on_error.forget();
        }
        Self {
            worker,
            state,
            post,
            on_failed,
        }
    }

    /// The worker failed to start or stopped: its owner starts a new one
    /// for the next request.
    pub fn is_dead(&self) -> bool {
        self.state.borrow().failed
    }

    /// Sends `request` now, or keeps it until the worker is ready (after
    /// the requests already waiting), or hands it to `on_failed` when
    /// there is no working worker.
    pub fn send(&self, request: R) {
        self.send_keeping(request, |_| true);
    }

    /// [`WorkerLink::send`], dropping the waiting requests `keep` refuses:
    /// a newer dataset replaces one the worker has not seen yet.
    pub fn send_keeping(&self, request: R, keep: impl Fn(&R) -> bool) {
        let mut state = self.state.borrow_mut();
        match &self.worker {
            Some(w) if state.ready && !state.failed => {
                drop(state);
                if !(self.post)(w, &request) {
                    (self.on_failed)(request);
                }
            }
            Some(_) if !state.failed => {
                state.pending.retain(|r| keep(r));
                state.pending.push(request);
            }
            _ => {
                drop(state);
                (self.on_failed)(request);
            }
        }
    }
}

/// Says [`READY`] from inside a worker; a worker that cannot leaves the
/// page waiting, and its error event tells the page.
pub fn say_ready(scope: &web_sys::DedicatedWorkerGlobalScope) {
    let _ = scope.post_message(&JsValue::from_str(READY));
}
