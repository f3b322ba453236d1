//! The note under an analysis that reads only some relation kinds: which
//! relations of the file's own kinds it set aside, so a finding never
//! silently rests on part of the answers.

use leptos::prelude::*;

use super::derived::Derived;
use super::state::Store;
use crate::i18n::AnalysisMsg as M;

/// Which analysis the note is under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadsKinds {
    /// Missing links: supply and collaboration ties.
    Links,
    /// Local demand in the stage table: supply ties.
    Demand,
}

#[component]
pub fn SetAsideNote(analysis: ReadsKinds) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let note = move || {
        let lang = store.lang();
        derived.analysis.with(|r| {
            let kinds = &r.summary.other_kinds;
            if kinds.is_empty() {
                return None;
            }
            let n: usize = kinds.iter().map(|(_, n)| n).sum();
            let list = kinds
                .iter()
                .map(|(word, n)| format!("“{word}” {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            let msg = match analysis {
                ReadsKinds::Links => M::SetAsideLinks,
                ReadsKinds::Demand => M::SetAsideDemand,
            };
            let id = match analysis {
                ReadsKinds::Links => "set-aside-links",
                ReadsKinds::Demand => "set-aside-demand",
            };
            Some(view! {
                <p class="hint set-aside" data-testid=id>
                    {lang.format(msg, &[("n", n.to_string()), ("kinds", list)])}
                </p>
            })
        })
    };
    view! { {note} }
}
