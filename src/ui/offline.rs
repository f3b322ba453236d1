//! Working with the network off: registers the service worker
//! (`static/sw.js`, its file list written at build time) when the page is
//! served over http(s), and announces a new version that installed beside
//! the running one. The new version is taken only when the user reloads
//! through the announcement, so old and new files never mix in one page.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

use super::state::Store;
use crate::i18n::Msg;

/// How long after the page starts the offline copy begins to download.
const OFFLINE_AFTER_MS: u32 = 3_000;

/// The service worker API, where the page may use it: not on a `file://`
/// page (the single-file copy carries everything itself) nor in an
/// insecure context, where browsers leave it out.
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let protocol = window.location().protocol().ok()?;
    if protocol != "http:" && protocol != "https:" {
        return None;
    }
    let nav = window.navigator();
    js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|has| *has)?;
    Some(nav.service_worker())
}

/// Calls `ready` with the new worker once it has installed while an older
/// one still controls the page (the first install needs no announcement).
fn watch(reg: &ServiceWorkerRegistration, ready: impl Fn(ServiceWorker) + Clone + 'static) {
    if let Some(waiting) = reg.waiting() {
        ready(waiting);
        return;
    }
    let reg2 = reg.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = reg2.installing() else {
            return;
        };
        let worker = installing.clone();
        let ready = ready.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            let controlled = web_sys::window()
                .map(|w| w.navigator().service_worker().controller().is_some())
                .unwrap_or(false);
            if worker.state() == ServiceWorkerState::Installed && controlled {
                ready(worker.clone());
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        // Lives as long as the page: one per update found.
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

#[component]
pub fn OfflineUpdate() -> impl IntoView {
    let store = expect_context::<Store>();
    let waiting = RwSignal::new_local(None::<ServiceWorker>);
    if let Some(sw) = container() {
        leptos::task::spawn_local(async move {
            // The offline copy is every file of the app, readers included:
            // fetched after the first map is usable, never before it.
            gloo::timers::future::TimeoutFuture::new(OFFLINE_AFTER_MS).await;
            let Ok(reg) = JsFuture::from(sw.register("sw.js")).await else {
                // No offline copy this time; the app works as it is.
                return;
            };
            let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            watch(&reg, move |w| waiting.set(Some(w)));
        });
    }
    let reload = move |_| {
        let Some(worker) = waiting.get_untracked() else {
            return;
        };
        if let Some(sw) = container() {
            // Reload once the new version controls the page.
            let on_change = Closure::<dyn FnMut()>::new(|| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            sw.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
            on_change.forget();
        }
        let _ = worker.post_message(&JsValue::from_str("clustermap-update"));
    };
    view! {
        <Show when=move || waiting.with(Option::is_some)>
            <div class="update-available" role="status" data-testid="update-available">
                <span>{move || store.t(Msg::UpdateAvailable)}</span>
                " "
                <button type="button" data-testid="update-reload" on:click=reload>{move || store.t(Msg::UpdateReload)}</button>
            </div>
        </Show>
    }
}
