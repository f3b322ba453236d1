//! The main thread's end of a Web Worker built by Trunk from a binary in
//! `src/bin/` (`data-type="worker" data-loader-shim`).
//!
//! A worker drops messages sent before its wasm has started, so it says
//! [`READY`] first and requests wait until then (a newer one replaces one
//! still waiting). If the worker cannot start or fails, the waiting
//! request and every later one go to a fallback that computes on the main
//! thread, so the app works, only less smoothly, without workers.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What a worker posts once it can take requests.
pub const READY: &str = "ready";

struct State<R> {
    ready: bool,
    failed: bool,
    pending: Option<R>,
}

/// A started worker taking requests of type `R`.
pub struct WorkerLink<R: 'static> {
    worker: Option<web_sys::Worker>,
    state: Rc<RefCell<State<R>>>,
    /// Posts a request; `false` if it could not be posted.
    post: fn(&web_sys::Worker, &R) -> bool,
    fallback: Rc<dyn Fn(R)>,
}

impl<R: 'static> WorkerLink<R> {
    /// Starts the worker at `loader`; `on_message` receives every message
    /// but the ready signal.
    pub fn spawn(
        loader: &str,
        post: fn(&web_sys::Worker, &R) -> bool,
        on_message: impl Fn(JsValue) + 'static,
        fallback: impl Fn(R) + 'static,
    ) -> Self {
        let fallback: Rc<dyn Fn(R)> = Rc::new(fallback);
        let state = Rc::new(RefCell::new(State {
            ready: false,
            failed: false,
            pending: None,
        }));
        let worker = web_sys::Worker::new(loader).ok();
        if let Some(w) = &worker {
            let (st, target) = (state.clone(), w.clone());
            let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let data = event.data();
                    if data.as_string().as_deref() == Some(READY) {
                        st.borrow_mut().ready = true;
                        let pending = st.borrow_mut().pending.take();
                        if let Some(request) = pending {
                            post(&target, &request);
                        }
                    } else {
                        on_message(data);
                    }
                },
            );
            let (fb, st) = (fallback.clone(), state.clone());
            let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
                st.borrow_mut().failed = true;
                let pending = st.borrow_mut().pending.take();
                if let Some(request) = pending {
                    fb(request);
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
            fallback,
        }
    }

    /// Sends `request` now, keeps it until the worker is ready, or hands
    /// it to the fallback when there is no working worker.
    pub fn send(&self, request: R) {
        let mut state = self.state.borrow_mut();
        match &self.worker {
            Some(w) if state.ready && !state.failed => {
                drop(state);
                if !(self.post)(w, &request) {
                    (self.fallback)(request);
                }
            }
            Some(_) if !state.failed => state.pending = Some(request),
            _ => {
                drop(state);
                (self.fallback)(request);
            }
        }
    }
}

/// Runs `work` on the main thread after the page has painted: the
/// fallback of a worker, so the map is on screen before the wait.
pub fn after_paint(work: impl FnOnce() + 'static) {
    leptos::task::spawn_local(async move {
        gloo::timers::future::TimeoutFuture::new(16).await;
        work();
    });
}

/// Says [`READY`] from inside a worker; a worker that cannot leaves the
/// page on its fallback.
pub fn say_ready(scope: &web_sys::DedicatedWorkerGlobalScope) {
    let _ = scope.post_message(&JsValue::from_str(READY));
}
