//! The value-mapping step, beside the column-mapping step: every distinct
//! value of the category columns (actor kind, band, locality, relation
//! kind, sourcing origin and reason), what it was read as and how many rows
//! have it. Choosing a meaning reads the kept files again at once. Opens by
//! itself when a value was not understood, since a misread category changes
//! the findings (an institution counted as a firm, a policy stage drawn as
//! a core stage).

use leptos::prelude::*;

use super::loader::Loader;
use super::state::Store;
use crate::i18n::{column_name, table_name, value_meaning, A11yMsg, IngestMsg, Lang};
use crate::ingest::mapping::{
    fallback, meanings, ValueCount, ValueMapping, ValuePreview, CATEGORICAL,
};
use crate::ingest::table::TableKind;
use crate::session::Part;

fn not_understood(v: &ValueCount) -> bool {
    !v.understood && !v.chosen
}

#[component]
pub fn ValueMappingPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let loader = expect_context::<Loader>();
    let expanded = RwSignal::new(false);
    Effect::new(move |_| {
        if store.read(Part::Workspace, |s| {
            s.workspace.loaded.values.iter().any(ValuePreview::unsure)
        }) {
            expanded.set(true);
        }
    });

    let body = move || {
        let lang = store.lang();
        // Without the files (a restored workspace) a choice could not be
        // applied, so the step waits for them.
        let kept = store.read(Part::Previews, |s| s.has_files());
        let list = store.read(Part::Workspace, |s| s.workspace.loaded.values.clone());
        if !kept || list.is_empty() {
            return None;
        }
        let total: usize = list.iter().map(|c| c.values.len()).sum();
        let unsure = list
            .iter()
            .flat_map(|c| &c.values)
            .filter(|v| not_understood(v))
            .count();
        let summary = if unsure == 0 {
            lang.format(IngestMsg::ValuesAllClear, &[("n", total.to_string())])
        } else {
            lang.format(
                IngestMsg::ValuesSummary,
                &[("n", total.to_string()), ("unsure", unsure.to_string())],
            )
        };
        let chosen = store.read(Part::Values, |s| !s.values.choices.is_empty());
        let reset = move |_| loader.send(store.act(|s| s.choose_values(|v| v.choices.clear())));
        let columns = list
            .into_iter()
            .map(|preview| view! { <ColumnValues preview=preview lang=lang/> })
            .collect_view();
        Some(view! {
            <details class="mapping value-mapping" data-testid="value-mapping"
                prop:open=move || expanded.get()
                on:toggle=move |ev| expanded.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>
                    {lang.text(IngestMsg::ValuesTitle)} ": " <span data-testid="value-mapping-summary">{summary}</span>
                </summary>
                <p class="hint">{lang.text(IngestMsg::ValuesHelp)}</p>
                {columns}
                {chosen.then(|| view! {
                    <button type="button" data-testid="value-mapping-reset" on:click=reset>
                        {lang.text(IngestMsg::ValuesReset)}
                    </button>
                })}
            </details>
        })
    };
    view! { {body} }
}

/// What the select shows for a value: its chosen or understood meaning,
/// or "" for the column's fallback (a relation's own kind).
fn current(v: &ValueCount) -> &str {
    match &v.meaning {
        Some(token) if v.chosen || v.understood => token,
        _ => "",
    }
}

/// The choice the select's `picked` value stands for. `""` is a relation's
/// own kind, and for other columns no choice at all (the fallback again).
fn apply(m: &mut ValueMapping, table: TableKind, column: &str, value: &str, picked: &str) {
    if !picked.is_empty() {
        m.set(table, column, value, Some(picked));
    } else if table == TableKind::Relations {
        m.set(table, column, value, None);
    } else {
        m.unset(table, column, value);
    }
}

#[component]
fn ColumnValues(preview: ValuePreview, lang: Lang) -> impl IntoView {
    let store = expect_context::<Store>();
    let loader = expect_context::<Loader>();
    let table = preview.table;
    let column: &'static str = CATEGORICAL
        .iter()
        .find(|(t, c)| *t == table && *c == preview.column)
        .map_or("", |(_, c)| c);
    let title = lang.format(
        IngestMsg::ValuesColumn,
        &[
            ("table", table_name(lang, table).to_string()),
            ("column", column_name(lang, table, column).to_string()),
        ],
    );
    let own_kind = table == TableKind::Relations;
    let rows = preview
        .values
        .into_iter()
        .map(|v| {
            let value = v.value.clone();
            let on_change = move |ev: leptos::ev::Event| {
                let picked = event_target_value(&ev);
                loader.send(
                    store.act(|s| s.choose_values(|m| apply(m, table, column, &value, &picked))),
                );
            };
            let selected = current(&v).to_string();
            let first = if own_kind {
                lang.format(IngestMsg::ValuesOwnKind, &[("value", v.value.clone())])
            } else {
                match fallback(table, column) {
                    Some(token) => lang.format(
                        IngestMsg::ValuesFallback,
                        &[("meaning", value_meaning(lang, table, column, token))],
                    ),
                    None => lang.text(IngestMsg::ValuesSetAside).to_string(),
                }
            };
            // A value read by the vocabulary needs no fallback entry.
            let offer_first = own_kind || selected.is_empty();
            let options = meanings(table, column)
                .into_iter()
                .map(|token| {
                    view! {
                        <option value=token selected=selected == token>
                            {value_meaning(lang, table, column, token)}
                        </option>
                    }
                })
                .collect_view();
            let status = lang.text(if v.chosen {
                IngestMsg::ValuesChosen
            } else if v.understood {
                IngestMsg::ValuesUnderstood
            } else {
                IngestMsg::ValuesNotUnderstood
            });
            view! {
                <tr class:decided-unmatched=not_understood(&v) class:decided-chosen=v.chosen
                    data-testid="value-row" data-value=v.value.clone()>
                    <th scope="row">{v.value.clone()}</th>
                    <td data-testid="value-count">{v.rows}</td>
                    <td>
                        <select data-testid="value-meaning" on:change=on_change
                            aria-label=lang.format(A11yMsg::ValueChoice, &[("value", v.value.clone())])>
                            {offer_first.then(|| view! {
                                <option value="" selected=selected.is_empty()>{first}</option>
                            })}
                            {options}
                        </select>
                        <small>{status}</small>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <fieldset class="grid-mapping" data-testid="value-column"
            data-table=table.code() data-column=column>
            <legend>{title.clone()}</legend>
            <div class="table-scroll" tabindex="0" role="region" aria-label=title.clone()>
                <table>
                    <thead>
                        <tr>
                            <th>{lang.text(IngestMsg::ValuesValue)}</th>
                            <th>{lang.text(IngestMsg::ValuesRows)}</th>
                            <th>{lang.text(IngestMsg::ValuesMeaning)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </fieldset>
    }
}
