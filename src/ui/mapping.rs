//! The column-mapping step: every grid of the last files with what each
//! header was taken to mean, a few values and their type; changing a
//! choice reads the files again at once. Open by itself when recognition
//! was unsure, reachable (folded) otherwise.

use leptos::prelude::*;

use super::loader::Loader;
use super::state::Store;
use crate::i18n::{column_name, table_name, A11yMsg, IngestMsg, Lang};
use crate::ingest::columns::columns;
use crate::ingest::mapping::{Decided, GridPreview, ValueType};
use crate::ingest::table::TableKind;
use crate::session::Part;

fn type_text(lang: Lang, t: ValueType) -> &'static str {
    lang.text(match t {
        ValueType::Empty => IngestMsg::TypeEmpty,
        ValueType::Number => IngestMsg::TypeNumber,
        ValueType::List => IngestMsg::TypeList,
        ValueType::Text => IngestMsg::TypeText,
    })
}

fn decided_text(lang: Lang, d: Decided) -> &'static str {
    lang.text(match d {
        Decided::Recognised => IngestMsg::MappingRecognised,
        Decided::Chosen => IngestMsg::MappingChosen,
        Decided::Unmatched => IngestMsg::MappingUnmatched,
    })
}

/// "Name (name), Kind of actor (kind)": column names for a message.
fn column_list(lang: Lang, kind: TableKind, cols: &[&'static str]) -> String {
    cols.iter()
        .map(|c| format!("{} ({c})", column_name(lang, kind, c)))
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn ColumnMappingPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let kept = move || store.read(Part::Previews, |s| s.has_files());
    // Opens by itself when a load leaves something unsure, and otherwise
    // stays as the user left it while choices re-read the files.
    let expanded = RwSignal::new(false);
    Effect::new(move |_| {
        if store.read(Part::Previews, |s| {
            s.previews.iter().any(GridPreview::unsure)
        }) {
            expanded.set(true);
        }
    });

    let body = move || {
        let lang = store.lang();
        let list = store.read(Part::Previews, |s| s.previews.clone());
        if list.is_empty() {
            // A restored workspace has its data but not its files.
            let mapped = store.read(Part::Columns, |s| !s.columns.is_empty());
            return (mapped && !kept()).then(|| {
                view! { <p class="hint" data-testid="mapping">{lang.text(IngestMsg::MappingSaved)}</p> }
                    .into_any()
            });
        }
        let unsure = list.iter().filter(|g| g.unsure()).count();
        let summary = if unsure == 0 {
            lang.format(IngestMsg::MappingAllClear, &[("n", list.len().to_string())])
        } else {
            lang.format(
                IngestMsg::MappingSummary,
                &[
                    ("n", list.len().to_string()),
                    ("unsure", unsure.to_string()),
                ],
            )
        };
        let grids = list
            .into_iter()
            .map(|g| view! { <GridMapping grid=g lang=lang/> })
            .collect_view();
        Some(
            view! {
                <details class="mapping" data-testid="mapping"
                    prop:open=move || expanded.get()
                    on:toggle=move |ev| expanded.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                    <summary>
                        {lang.text(IngestMsg::MappingTitle)} ": " <span data-testid="mapping-summary">{summary}</span>
                    </summary>
                    <p class="hint">{lang.text(IngestMsg::MappingHelp)}</p>
                    {grids}
                </details>
            }
            .into_any(),
        )
    };
    view! { {body} }
}

#[component]
fn GridMapping(grid: GridPreview, lang: Lang) -> impl IntoView {
    let store = expect_context::<Store>();
    let loader = expect_context::<Loader>();
    // A changed choice reads the kept files again at once.
    let choose = move |change: &dyn Fn(&mut crate::ingest::mapping::ColumnMapping)| {
        loader.send(store.act(|s| s.choose_columns(change)));
    };
    let name = grid.grid.clone();
    let unsure = grid.unsure();

    let on_kind = {
        let name = name.clone();
        move |ev: leptos::ev::Event| {
            let kind = TableKind::from_code(&event_target_value(&ev));
            choose(&|m| m.set_kind(&name, kind));
        }
    };
    let on_reset = {
        let name = name.clone();
        move |_| {
            choose(&|m| m.grids.retain(|g| g.grid != name));
        }
    };
    let chosen_here = store.peek(|s| s.columns.grid(&name).is_some());

    let kind_select = view! {
        <select data-testid="mapping-kind" on:change=on_kind>
            {grid.kind.is_none().then(|| view! {
                <option value="" selected=true>{lang.text(IngestMsg::MappingNoTable)}</option>
            })}
            {TableKind::ALL
                .into_iter()
                .map(|k| view! {
                    <option value=k.code() selected=grid.kind == Some(k)>{table_name(lang, k)}</option>
                })
                .collect_view()}
        </select>
    };

    let warnings = grid.kind.map(|kind| {
        let missing = grid.missing_required();
        let twice = grid.duplicated();
        view! {
            {(!missing.is_empty()).then(|| view! {
                <p class="status status-error" data-testid="mapping-missing">
                    {lang.format(IngestMsg::MappingMissing, &[("columns", column_list(lang, kind, &missing))])}
                </p>
            })}
            {(!twice.is_empty()).then(|| view! {
                <p class="status status-error">
                    {lang.format(IngestMsg::MappingDuplicated, &[("columns", column_list(lang, kind, &twice))])}
                </p>
            })}
        }
    });

    // Without a table the headers are still listed with their values, so
    // the user can tell which table the file holds.
    let rows = grid
        .columns
        .iter()
        .filter(|c| !c.header.is_empty())
        .map(|c| {
            let choice = grid.kind.map(|kind| {
                let header = c.header.clone();
                let grid_name = name.clone();
                let on_column = move |ev: leptos::ev::Event| {
                    let value = event_target_value(&ev);
                    choose(&|m| {
                        m.set_kind(&grid_name, Some(kind));
                        m.set_column(&grid_name, &header, (!value.is_empty()).then_some(value.as_str()));
                    });
                };
                let current = c.column;
                let options = columns(kind)
                    .iter()
                    .map(|(canon, _)| {
                        let canon: &'static str = canon;
                        view! {
                            <option value=canon selected=current == Some(canon)>
                                {format!("{} ({canon})", column_name(lang, kind, canon))}
                            </option>
                        }
                    })
                    .collect_view();
                view! {
                    <select data-testid="mapping-column" data-header=c.header.clone() on:change=on_column
                        aria-label=lang.format(A11yMsg::ColumnChoice, &[("header", c.header.clone())])>
                        <option value="" selected=current.is_none()>{lang.text(IngestMsg::MappingIgnore)}</option>
                        {options}
                    </select>
                    <small>{decided_text(lang, c.decided)}</small>
                }
                .into_any()
            });
            let class = match (grid.kind, c.decided) {
                (None, _) => "decided-none",
                (_, Decided::Recognised) => "decided-recognised",
                (_, Decided::Chosen) => "decided-chosen",
                (_, Decided::Unmatched) => "decided-unmatched",
            };
            view! {
                <tr class=class>
                    <th scope="row">
                        {c.header.clone()}
                        <small>{type_text(lang, c.inferred)}</small>
                        <small class="samples" title=lang.text(IngestMsg::MappingExamples)>{c.samples.join(" · ")}</small>
                    </th>
                    <td>
                        {choice.unwrap_or_else(|| view! {
                            <small>{lang.text(IngestMsg::MappingChooseTable)}</small>
                        }.into_any())}
                    </td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <fieldset class="grid-mapping" class:unsure=unsure data-testid="mapping-grid" data-grid=name.clone()>
            <legend>{name.clone()}</legend>
            <label>{lang.text(IngestMsg::MappingTable)} " " {kind_select}</label>
            <span class="hint">
                {lang.format(IngestMsg::MappingRows, &[
                    ("rows", grid.rows.to_string()),
                    ("line", grid.header_line.to_string()),
                ])}
            </span>
            {warnings}
            {view! {
                // Focusable, so a keyboard can scroll a long list of columns.
                <div class="table-scroll" tabindex="0" role="region" aria-label=name.clone()>
                    <table>
                        <thead>
                            <tr>
                                <th>{lang.text(IngestMsg::MappingHeader)}</th>
                                <th>{lang.text(IngestMsg::MappingReadAs)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }}
            {chosen_here.then(|| view! {
                <button type="button" data-testid="mapping-reset" on:click=on_reset>
                    {lang.text(IngestMsg::MappingReset)}
                </button>
            })}
        </fieldset>
    }
}
