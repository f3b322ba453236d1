//! The import panel: choosing files, the sample, the sector preset, the
//! template, saving the workspace, where a load stands and what the last
//! one reported. Reading itself is the [`Loader`]'s.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::browser;
use super::loader::Loader;
use super::mapping::ColumnMappingPanel;
use super::state::Store;
use super::value_mapping::ValueMappingPanel;
use crate::i18n::{describe_error, describe_problem, IngestMsg, Lang, Msg};
use crate::ingest::presets::PRESETS;
use crate::ingest::LoadStep;
use crate::session::{Part, Session, Status};

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

/// The status message: its kind (for the style) and its words.
fn status_message(lang: Lang, s: &Session) -> Option<(&'static str, String)> {
    match &s.status {
        Status::Idle => None,
        Status::Reading(files, step) => Some(("info", reading_text(lang, files, step.as_ref()))),
        Status::Loaded => {
            let d = &s.workspace.loaded.dataset;
            Some((
                "ok",
                lang.format(
                    Msg::ImportLoaded,
                    &[
                        ("files", s.workspace.sources.join(", ")),
                        ("actors", d.actors.len().to_string()),
                        ("relations", d.relations.len().to_string()),
                    ],
                ),
            ))
        }
        Status::Failed(e) => Some((
            "error",
            format!(
                "{} {}",
                describe_error(lang, e),
                lang.text(Msg::ImportFailed)
            ),
        )),
        Status::Unreadable(detail) => Some((
            "error",
            format!("{detail}. {}", lang.text(Msg::ImportFailed)),
        )),
        Status::Notice(msg, detail) => Some((
            if matches!(*msg, Msg::WorkspaceRestored | Msg::SingleFileSaved) {
                "info"
            } else {
                "error"
            },
            lang.format(
                *msg,
                &[("files", detail.clone()), ("detail", detail.clone())],
            ),
        )),
    }
}

#[component]
pub fn Import() -> impl IntoView {
    let store = expect_context::<Store>();
    let loader = expect_context::<Loader>();
    let on_change = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // Clearing lets the same file be chosen again after fixing it.
        input.set_value("");
        loader.load_files(files);
    };
    // Written by the reader's worker: the page carries no zip writer.
    let template = move |_| loader.template(store.peek(|s| s.lang));
    let save_workspace = move |_| {
        let text = store.peek(Session::saved_text);
        browser::download("clustermap-workspace.json", "application/json", &text);
    };
    let message = move || {
        let lang = store.lang();
        store.read(Part::Workspace, |_| ());
        store.read(Part::Status, |s| status_message(lang, s))
    };
    let reading = move || store.read(Part::Status, Session::is_reading);
    // The mapping step and the report quote the file's cells, names too.
    let anonymised = move || store.read(Part::Privacy, |s| s.privacy.anonymised);
    let save_off = move || anonymised().then(|| store.t(Msg::AnonymisedExportOff));

    view! {
        <section class="panel import" data-testid="import"
            on:pointerenter=move |_| loader.warm() on:focusin=move |_| loader.warm()>
            <h2>{move || store.t(Msg::ImportTitle)}</h2>
            <p>{move || store.t(Msg::ImportHelp)}</p>
            <div class="import-actions">
                <label class="button">
                    {move || store.t(Msg::ImportChoose)}
                    <input type="file" multiple=true accept=".json,.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,.gexf,.graphml,.xml" data-testid="file-input"
                        on:change=on_change/>
                </label>
                <button type="button" data-testid="show-sample" on:click=move |_| store.act(Session::show_sample)>{move || store.t(Msg::ImportSample)}</button>
            </div>
            <PresetChoice/>
            <p class="hint">{move || store.t(Msg::ImportDropHint)}</p>
            <div class="import-actions">
                <button type="button" data-testid="template" on:click=template>{move || store.t(Msg::ImportTemplate)}</button>
                <button type="button" data-testid="save-workspace" disabled=anonymised title=save_off on:click=save_workspace>{move || store.t(Msg::WorkspaceExport)}</button>
                <button type="button" data-testid="save-single-file" disabled=anonymised title=save_off on:click=move |_| super::single_file::save(store)>{move || store.t(Msg::SingleFileSave)}</button>
            </div>
            {move || message().map(|(kind, text)| view! {
                <p class=format!("status status-{kind}") role="status" data-testid="import-status">{text}</p>
            })}
            <Show when=reading>
                <progress class="reading" data-testid="import-progress"></progress>
            </Show>
            <Show when=move || !anonymised()
                fallback=move || view! { <p class="hint" data-testid="anonymised-hidden">{move || store.t(Msg::AnonymisedHidden)}</p> }>
                <ColumnMappingPanel/>
                <ValueMappingPanel/>
                <Report/>
            </Show>
            <p class="privacy">{move || store.t(Msg::PrivacyNote)}</p>
        </section>
    }
}

/// The sector preset whose stages apply to files without a stages table.
#[component]
fn PresetChoice() -> impl IntoView {
    let store = expect_context::<Store>();
    let preset = move || store.read(Part::Preset, |s| s.preset.clone());
    view! {
        <label class="preset">
            {move || store.t(Msg::ImportPreset)}
            <select data-testid="preset" on:change=move |ev| {
                let v = event_target_value(&ev);
                store.act(|s| s.set_preset((!v.is_empty()).then_some(v)));
            }>
                <option value="" selected=move || preset().is_none()>{move || store.t(Msg::ImportPresetNone)}</option>
                {PRESETS
                    .iter()
                    .map(|p| {
                        let id = p.id;
                        view! {
                            <option value=id selected=move || preset().as_deref() == Some(id)>
                                {move || match store.lang() {
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
    }
}

/// Rows of the report drawn at a time: a long report pages, so a file with
/// a problem on every row does not freeze the tab while it is drawn.
const REPORT_PAGE: usize = 200;

/// The validation report of the loaded data: every value that could not
/// be taken as written, with what was done. A long report opens with the
/// problems counted by kind, then lists them a page at a time.
#[component]
fn Report() -> impl IntoView {
    let store = expect_context::<Store>();
    let count = move || store.read(Part::Workspace, |s| s.workspace.loaded.problems.total());
    let shown = RwSignal::new(REPORT_PAGE);
    // A new load starts at its first page.
    Effect::new(move |_| {
        count();
        shown.set(REPORT_PAGE);
    });
    let rows = move || {
        let lang = store.lang();
        let limit = shown.get();
        store.read(Part::Workspace, |s| {
            s.workspace
                .loaded
                .problems
                .iter()
                .take(limit)
                .enumerate()
                .map(|(i, p)| {
                    let (issue, action) = describe_problem(lang, p);
                    (i, p.clone(), issue, action)
                })
                .collect::<Vec<_>>()
        })
    };
    let listed = move || store.read(Part::Workspace, |s| s.workspace.loaded.problems.len());
    let kinds = move || {
        let lang = store.lang();
        store.read(Part::Workspace, |s| {
            s.workspace
                .loaded
                .problems
                .by_kind()
                .into_iter()
                .map(|g| {
                    let example = crate::ingest::Problem {
                        file: g.file.clone(),
                        row: None,
                        column: g.column.clone(),
                        value: None,
                        issue: g.issue.clone(),
                        action: g.action.clone(),
                    };
                    let (issue, action) = describe_problem(lang, &example);
                    let rows = g
                        .rows
                        .map(|(a, b)| {
                            if a == b {
                                a.to_string()
                            } else {
                                format!("{a}–{b}")
                            }
                        })
                        .unwrap_or_default();
                    (g, rows, issue, action)
                })
                .collect::<Vec<_>>()
        })
    };
    let head = [
        IngestMsg::ColFile,
        IngestMsg::ColRow,
        IngestMsg::ColColumn,
        IngestMsg::ColValue,
        IngestMsg::ColProblem,
        IngestMsg::ColAction,
    ];
    let kind_head = [
        IngestMsg::ColCount,
        IngestMsg::ColFile,
        IngestMsg::ColRows,
        IngestMsg::ColColumn,
        IngestMsg::ColProblem,
        IngestMsg::ColAction,
    ];
    let fmt = move |n: usize| store.lang().number(n as f64, 0);
    let more = move || listed().saturating_sub(shown.get());
    view! {
        <Show
            when=move || count() != 0
            fallback=move || view! { <p class="report-clean" data-testid="report">{move || store.t(IngestMsg::ReportClean)}</p> }
        >
            <details class="report" data-testid="report" open=true>
                <summary>{move || store.lang().format(IngestMsg::ReportTitle, &[("n", fmt(count()))])}</summary>
                <Show when=move || { count() > REPORT_PAGE }>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=move || store.t(IngestMsg::ReportByKind)>
                        <table data-testid="report-kinds">
                            <caption>{move || store.t(IngestMsg::ReportByKind)}</caption>
                            <thead>
                                <tr>{kind_head.into_iter().map(|m| view! { <th>{move || store.t(m)}</th> }).collect_view()}</tr>
                            </thead>
                            <tbody>
                                {move || kinds().into_iter().map(|(g, rows, issue, action)| view! {
                                    <tr>
                                        <td>{fmt(g.count)}</td>
                                        <td>{g.file}</td>
                                        <td>{rows}</td>
                                        <td>{g.column.unwrap_or_default()}</td>
                                        <td>{issue}</td>
                                        <td>{action}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </Show>
                <div class="table-scroll" tabindex="0" role="region"
                    aria-label=move || store.lang().format(IngestMsg::ReportTitle, &[("n", fmt(count()))])>
                    <table data-testid="report-rows">
                        <thead>
                            <tr>{head.into_iter().map(|m| view! { <th>{move || store.t(m)}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>
                            // Keyed by content: a row is redrawn only when
                            // a new load or language changes it.
                            <For each=rows key=|(i, p, issue, _)| (*i, p.file.clone(), p.row, p.column.clone(), p.value.clone(), issue.clone()) let((_, p, issue, action))>
                                <tr>
                                    <td>{p.file.clone()}</td>
                                    <td>{p.row.map(|r| r.to_string()).unwrap_or_default()}</td>
                                    <td>{p.column.clone().unwrap_or_default()}</td>
                                    <td>{p.value.clone().unwrap_or_default()}</td>
                                    <td>{issue}</td>
                                    <td>{action}</td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <p class="report-more">
                    <Show when=move || { more() > 0 }>
                        <button type="button" data-testid="report-more" on:click=move |_| shown.update(|n| *n += REPORT_PAGE)>
                            {move || store.lang().format(IngestMsg::ReportShowMore, &[("n", fmt(more().min(REPORT_PAGE))), ("left", fmt(more()))])}
                        </button>
                    </Show>
                    <Show when=move || { count() > listed() }>
                        <span data-testid="report-counted">
                            {move || store.lang().format(IngestMsg::ReportCounted, &[("listed", fmt(listed())), ("rest", fmt(count() - listed()))])}
                        </span>
                    </Show>
                </p>
            </details>
        </Show>
    }
}
