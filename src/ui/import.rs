//! Loading survey files from the user's disk. Files are read in the
//! browser; nothing is sent anywhere.

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::HtmlInputElement;

use super::app::LoadTicket;
use super::browser;
use super::ingest_worker::{Answer, Finished, IngestRequest, IngestResponse, IngestWorker};
use super::mapping::ColumnMappingPanel;
use super::AppContext;
use crate::i18n::{describe_error, describe_problem, IngestMsg, Lang, Msg};
use crate::ingest::presets::PRESETS;
use crate::ingest::{LoadOptions, LoadStep, SourceFile};
use crate::workspace::Workspace;
use std::rc::Rc;

#[derive(Clone, PartialEq)]
pub enum Status {
    Idle,
    /// The files being read and the step the reader has reached.
    Reading(String, Option<LoadStep>),
    Loaded,
    Failed(crate::ingest::IngestError),
    /// The browser could not hand over a file (permissions, removed disk).
    Unreadable(String),
    /// A message about the saved workspace, already in words.
    Notice(crate::i18n::Msg, String),
}

/// Reads browser files and replaces the workspace; on error the current
/// map stays and the status says why.
/// User Timing marks around a load (see [`super::browser::mark`]).
pub const MARK_FILES_CHOSEN: &str = "clustermap:files-chosen";
/// The reader's result has been taken in; the map is built next.
pub const MARK_FILES_READ: &str = "clustermap:files-read";

pub fn load_files(ctx: AppContext, files: Vec<web_sys::File>) {
    if files.is_empty() {
        return;
    }
    // Refuse oversized files before reading them: a multi-gigabyte file
    // read into memory would take the tab down before any message.
    if let Some(big) = files
        .iter()
        .find(|f| f.size() > crate::ingest::MAX_FILE_BYTES as f64)
    {
        ctx.status
            .set(Status::Failed(crate::ingest::IngestError::TooLarge {
                file: big.name(),
                bytes: big.size() as usize,
                limit: crate::ingest::MAX_FILE_BYTES,
            }));
        return;
    }
    let names = files
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(", ");
    ctx.status.set(Status::Reading(names, None));
    super::browser::mark(MARK_FILES_CHOSEN);
    spawn_local(async move {
        let mut sources = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            match gloo::file::futures::read_as_bytes(&gloo::file::File::from(file)).await {
                Ok(bytes) => sources.push(SourceFile::new(name, bytes)),
                Err(e) => {
                    ctx.status.set(Status::Unreadable(format!("{name}: {e}")));
                    return;
                }
            }
        }
        load_sources(ctx, sources);
    });
}

/// Loads in-memory sources (files already read, or pasted cells).
pub fn load_sources(ctx: AppContext, sources: Vec<SourceFile>) {
    ctx.sources.set_value(Rc::new(sources));
    read_sources(ctx, true);
}

/// Reads the kept sources again with the current column choices: what a
/// change in the mapping step does.
pub fn reread_sources(ctx: AppContext) {
    if ctx.sources.with_value(|s| s.is_empty()) {
        return;
    }
    read_sources(ctx, false);
}

/// Hands the kept sources to the ingest worker; its answers arrive in
/// [`on_answer`].
fn read_sources(ctx: AppContext, fresh: bool) {
    let ticket = LoadTicket {
        id: ctx.load.get_value().id.wrapping_add(1),
        fresh,
    };
    ctx.load.set_value(ticket);
    let files = ctx.sources.get_value();
    let names = files
        .iter()
        .map(|f| f.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    ctx.status.set(Status::Reading(names, None));
    let request = IngestRequest {
        id: ticket.id,
        options: LoadOptions {
            preset: ctx.preset.get_untracked(),
            columns: ctx.columns.get_untracked(),
            ..LoadOptions::default()
        },
        files,
    };
    with_reader(ctx, |reader| reader.load(request));
}

fn with_reader(ctx: AppContext, use_reader: impl FnOnce(&IngestWorker)) {
    ctx.ingest.update_value(|worker| {
        use_reader(worker.get_or_insert_with(|| {
            IngestWorker::new(
                move |response| on_answer(ctx, response),
                move |lang, bytes| on_template(ctx, lang, bytes),
            )
        }))
    });
}

/// Starts the reader's worker when the user heads for the import panel
/// or drags a file in, so the first load does not wait for it; a visitor
/// who only looks at the map never downloads it.
pub fn warm_reader(ctx: AppContext) {
    with_reader(ctx, IngestWorker::warm);
}

/// The template workbook from the reader's worker, offered as a download.
fn on_template(ctx: AppContext, lang: Lang, bytes: Option<Vec<u8>>) {
    let name = format!("clustermap-template-{}.xlsx", lang.code());
    match bytes {
        Some(bytes) => {
            browser::download_bytes(
                &name,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                &bytes,
            );
        }
        None => ctx
            .status
            .set(Status::Failed(crate::ingest::IngestError::NeedsReader {
                file: name,
            })),
    }
}

fn on_answer(ctx: AppContext, response: IngestResponse) {
    let ticket = ctx.load.get_value();
    if response.id != ticket.id {
        return;
    }
    match response.answer {
        Answer::Step(step) => ctx.status.update(|s| {
            if let Status::Reading(_, current) = s {
                *current = Some(step);
            }
        }),
        Answer::Finished(finished) => {
            super::browser::mark(MARK_FILES_READ);
            finish(ctx, *finished, ticket.fresh)
        }
    }
}

fn finish(ctx: AppContext, finished: Finished, fresh: bool) {
    match finished.result {
        Ok(loaded) => {
            let names = ctx
                .sources
                .with_value(|s| s.iter().map(|f| f.name.clone()).collect());
            ctx.focused.set(None);
            ctx.highlight.set(None);
            ctx.previews.set(loaded.columns.clone());
            ctx.workspace.set(Workspace::from_loaded(loaded, names));
            // A saved workspace file brings its settings (language, view,
            // thresholds, column choices) back along with the data.
            match finished.settings.filter(|_| fresh) {
                Some(s) => ctx.apply(&s, None, false),
                None if fresh => ctx.view.update(|v| {
                    // Selections and pins belong to the previous data.
                    v.selected = None;
                    v.pinned.clear();
                }),
                None => {}
            }
            ctx.status.set(Status::Loaded);
        }
        Err(e) => {
            // Show how the grids look, so a file whose headers matched no
            // table can be mapped by hand.
            ctx.previews.set(finished.previews);
            ctx.status.set(Status::Failed(e));
        }
    }
}

/// Text pasted from a spreadsheet arrives tab-separated.
pub fn pasted_source(lang: Lang, text: &str) -> Option<SourceFile> {
    (text.contains('\t') || text.contains(';') || text.contains(',')).then(|| {
        SourceFile::new(
            format!("{}.tsv", lang.text(Msg::ImportPasted)),
            text.as_bytes().to_vec(),
        )
    })
}

/// The status line while files are read: which file of how many, then
/// the checking of rows and names.
fn reading_text(lang: Lang, files: &str, step: Option<&LoadStep>) -> String {
    match step {
        None => lang.format(Msg::ImportReading, &[("files", files.to_string())]),
        Some(LoadStep::Reading {
            index,
            count,
            file,
            bytes,
        }) => lang.format(
            Msg::ImportReadingFile,
            &[
                ("file", file.clone()),
                ("n", (index + 1).to_string()),
                ("count", count.to_string()),
                ("size", lang.number(*bytes as f64 / 1_000_000.0, 1)),
            ],
        ),
        Some(LoadStep::Checking) => lang.text(Msg::ImportChecking).to_string(),
    }
}

#[component]
pub fn Import() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let status = ctx.status;

    let on_change = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // Clearing lets the same file be chosen again after fixing it.
        input.set_value("");
        load_files(ctx, files);
    };

    let show_sample = move |_| {
        ctx.sources.set_value(Rc::new(Vec::new()));
        ctx.previews.set(Vec::new());
        ctx.focused.set(None);
        ctx.highlight.set(None);
        ctx.workspace.set(Workspace::sample());
        status.set(Status::Idle);
    };
    // Written by the reader's worker: the page carries no zip writer.
    let template = move |_| with_reader(ctx, |r| r.template(ctx.lang.get_untracked()));
    let save_workspace = move |_| {
        let settings = ctx.settings();
        let text = ctx.workspace.with_untracked(|w| w.to_saved(&settings));
        browser::download("clustermap-workspace.json", "application/json", &text);
    };

    let message = move || {
        let lang = ctx.lang.get();
        match status.get() {
            Status::Idle => None,
            Status::Reading(files, step) => {
                Some(("info", reading_text(lang, &files, step.as_ref())))
            }
            Status::Loaded => Some(ctx.workspace.with(|w| {
                let d = &w.loaded.dataset;
                (
                    "ok",
                    lang.format(
                        Msg::ImportLoaded,
                        &[
                            ("files", w.sources.join(", ")),
                            ("actors", d.actors.len().to_string()),
                            ("relations", d.relations.len().to_string()),
                        ],
                    ),
                )
            })),
            Status::Failed(e) => Some((
                "error",
                format!(
                    "{} {}",
                    describe_error(lang, &e),
                    lang.text(Msg::ImportFailed)
                ),
            )),
            Status::Unreadable(detail) => Some((
                "error",
                format!("{detail}. {}", lang.text(Msg::ImportFailed)),
            )),
            Status::Notice(msg, detail) => Some((
                if msg == Msg::WorkspaceRestored {
                    "info"
                } else {
                    "error"
                },
                lang.format(msg, &[("files", detail.clone()), ("detail", detail)]),
            )),
        }
    };

    let report = move || {
        let lang = ctx.lang.get();
        ctx.workspace.with(|w| {
            let problems = &w.loaded.problems;
            if problems.is_empty() {
                return view! { <p class="report-clean" data-testid="report">{lang.text(IngestMsg::ReportClean)}</p> }.into_any();
            }
            let rows = problems
                .iter()
                .map(|p| {
                    let (issue, action) = describe_problem(lang, p);
                    view! {
                        <tr>
                            <td>{p.file.clone()}</td>
                            <td>{p.row.map(|r| r.to_string()).unwrap_or_default()}</td>
                            <td>{p.column.clone().unwrap_or_default()}</td>
                            <td>{p.value.clone().unwrap_or_default()}</td>
                            <td>{issue}</td>
                            <td>{action}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <details class="report" data-testid="report" open=true>
                    <summary>{lang.format(IngestMsg::ReportTitle, &[("n", problems.len().to_string())])}</summary>
                    <div class="table-scroll">
                        <table>
                            <thead>
                                <tr>
                                    <th>{lang.text(IngestMsg::ColFile)}</th>
                                    <th>{lang.text(IngestMsg::ColRow)}</th>
                                    <th>{lang.text(IngestMsg::ColColumn)}</th>
                                    <th>{lang.text(IngestMsg::ColValue)}</th>
                                    <th>{lang.text(IngestMsg::ColProblem)}</th>
                                    <th>{lang.text(IngestMsg::ColAction)}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </details>
            }
            .into_any()
        })
    };

    view! {
        <section class="panel import" data-testid="import"
            on:pointerenter=move |_| warm_reader(ctx) on:focusin=move |_| warm_reader(ctx)>
            <h2>{move || ctx.t(Msg::ImportTitle)}</h2>
            <p>{move || ctx.t(Msg::ImportHelp)}</p>
            <div class="import-actions">
                <label class="button">
                    {move || ctx.t(Msg::ImportChoose)}
                    <input type="file" multiple=true accept=".json,.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,.gexf,.graphml,.xml" data-testid="file-input"
                        on:change=on_change/>
                </label>
                <button type="button" on:click=show_sample>{move || ctx.t(Msg::ImportSample)}</button>
            </div>
            <label class="preset">
                {move || ctx.t(Msg::ImportPreset)}
                <select data-testid="preset" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    ctx.preset.set((!v.is_empty()).then_some(v));
                }>
                    <option value="" selected=move || ctx.preset.get().is_none()>{move || ctx.t(Msg::ImportPresetNone)}</option>
                    {PRESETS
                        .iter()
                        .map(|p| {
                            let id = p.id;
                            view! {
                                <option value=id selected=move || ctx.preset.get().as_deref() == Some(id)>
                                    {move || match ctx.lang.get() {
                                        Lang::En => p.name,
                                        Lang::Tr => p.name_tr,
                                        Lang::De => p.name_de,
                                    }}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <p class="hint">{move || ctx.t(Msg::ImportDropHint)}</p>
            <div class="import-actions">
                <button type="button" data-testid="template" on:click=template>{move || ctx.t(Msg::ImportTemplate)}</button>
                <button type="button" data-testid="save-workspace" on:click=save_workspace>{move || ctx.t(Msg::WorkspaceExport)}</button>
            </div>
            {move || message().map(|(kind, text)| view! {
                <p class=format!("status status-{kind}") role="status" data-testid="import-status">{text}</p>
            })}
            {move || matches!(status.get(), Status::Reading(..)).then(|| view! {
                <progress class="reading" data-testid="import-progress"></progress>
            })}
            <ColumnMappingPanel/>
            {report}
            <p class="privacy">{move || ctx.t(Msg::PrivacyNote)}</p>
        </section>
    }
}
