//! The workbook downloads: the results workbook and the Kumu blueprint,
//! written by the export worker (`super::export_worker`) so the page
//! carries no XLSX writer. While the worker writes, the buttons wait and
//! say so; when it fails, the message names the workbook, what failed and
//! how to try again.

use leptos::prelude::*;

use super::browser;
use super::derived::Derived;
use super::export_worker::{self, Book, Failure};
use super::state::Store;
use crate::i18n::{Lang, WorkbookUiMsg as W};

/// The media type of an XLSX package.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Writing(String),
    Failed(String, Failure),
}

/// What the user reads when `file` was not written.
pub fn failure_text(lang: Lang, file: &str, failure: &Failure) -> String {
    let file = ("file", file.to_string());
    match failure {
        Failure::DidNotStart => lang.format(W::WriterDidNotStart, &[file]),
        Failure::Stopped(detail) => {
            lang.format(W::WriterStopped, &[file, ("detail", detail.clone())])
        }
        Failure::Failed(detail) => {
            lang.format(W::WriterFailed, &[file, ("detail", detail.clone())])
        }
    }
}

/// The two workbook buttons and the line that tells how the writing goes.
#[component]
pub fn WorkbookExport() -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let state = RwSignal::new(State::Idle);
    let start = move |kumu: bool| {
        let lang = store.lang();
        let (dataset, privacy, stem) = store.peek(|s| {
            let d = &s.workspace.loaded.dataset;
            (
                d.clone(),
                s.privacy,
                super::results::file_stem(&d.meta.name),
            )
        });
        let (book, file) = if kumu {
            (Book::Kumu, format!("{stem}-kumu.xlsx"))
        } else {
            let (options, network) = derived
                .analysis
                .with_untracked(|r| (r.options.clone(), r.network.clone()));
            let network = network.ready.then_some(network);
            (
                Book::Results { options, network },
                format!("{stem}-results.xlsx"),
            )
        };
        state.set(State::Writing(file.clone()));
        export_worker::request(
            book,
            Some(&dataset),
            lang,
            privacy,
            move |result| match result {
                Ok(bytes) => {
                    browser::download_bytes(&file, XLSX_MIME, &bytes);
                    state.set(State::Idle);
                }
                Err(failure) => state.set(State::Failed(file, failure)),
            },
        );
    };
    // The results carry the network figures, which the analysis worker
    // computes; the Kumu blueprint needs only the data.
    let not_ready = move || derived.analysis.with(|r| !r.network.ready);
    let writing = move || matches!(state.get(), State::Writing(_));
    let line = move || {
        let lang = store.lang();
        match state.get() {
            State::Idle => None,
            State::Writing(file) => {
                Some(("export-status", lang.format(W::Writing, &[("file", file)])))
            }
            State::Failed(file, failure) => {
                Some(("export-failed", failure_text(lang, &file, &failure)))
            }
        }
    };
    view! {
        <button type="button" data-testid="export-xlsx" disabled=move || not_ready() || writing()
            on:click=move |_| start(false)>{move || store.t(W::ExportXlsx)}</button>
        <button type="button" data-testid="export-kumu" disabled=writing
            on:click=move |_| start(true)>{move || store.t(W::ExportKumu)}</button>
        {move || line().map(|(id, text)| {
            let class = if id == "export-failed" { "status status-error" } else { "status status-info" };
            view! { <p class=class role="status" data-testid=id>{text}</p> }
        })}
    }
}
