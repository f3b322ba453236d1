//! The analysis thresholds and score weights, editable: every figure
//! that depends on them is recomputed at once, and they are saved with the
//! workspace. Drawn from the setting descriptors, so the panel lists
//! whatever [`SETTINGS`] holds.

use leptos::prelude::*;

use super::state::Store;
use crate::analysis::{AnalysisOptions, Setting, SettingGroup, SETTINGS};
use crate::i18n::{score_definition, setting_definition, setting_name, AnalysisMsg as M};
use crate::session::Part;

/// A number from an input, or `None` for an empty or unreadable one (the
/// setting then keeps its value). Accepts a decimal comma.
fn number(text: &str) -> Option<f64> {
    crate::ingest::number::parse_number(text).filter(|v| v.is_finite())
}

fn setting_input(store: Store, s: &'static Setting) -> impl IntoView {
    let options =
        move |f: &dyn Fn(&AnalysisOptions) -> String| store.read(Part::Options, |x| f(&x.options));
    let title = move || {
        (s.group == SettingGroup::Threshold)
            .then(|| options(&|o| setting_definition(store.lang(), s.id, o)))
    };
    view! {
        <label title=title>
            <span>{move || setting_name(store.lang(), s.id)}</span>
            <input type="number" min=s.min.to_string() max=s.max.to_string() step=s.step.to_string()
                data-testid=match s.group {
                    SettingGroup::Threshold => format!("setting-{}", s.key),
                    SettingGroup::Weight => format!("weight-{}", s.key),
                }
                prop:value=move || options(&|o| format!("{:.*}", s.decimals, s.get(o)))
                on:change=move |ev| {
                    if let Some(v) = number(&event_target_value(&ev)) {
                        store.act(|x| {
                            let next = s.with(&x.options, v);
                            x.set_options(next);
                        });
                    }
                }/>
        </label>
    }
}

#[component]
pub fn AnalysisSettings() -> impl IntoView {
    let store = expect_context::<Store>();
    let group = move |g: SettingGroup| {
        SETTINGS
            .iter()
            .filter(|s| s.group == g)
            .map(|s| setting_input(store, s))
            .collect_view()
    };
    view! {
        <details class="settings" data-testid="analysis-settings">
            <summary>{move || store.t(M::SettingsTitle)}</summary>
            {group(SettingGroup::Threshold)}
            <fieldset>
                <legend title=move || store.read(Part::Options, |x| score_definition(store.lang(), &x.options))>
                    {move || store.t(M::SettingsWeights)}
                </legend>
                {group(SettingGroup::Weight)}
            </fieldset>
            <p class="hint">{move || store.t(M::SettingsNote)}</p>
            <button type="button" data-testid="settings-defaults"
                on:click=move |_| store.act(|x| x.set_options(AnalysisOptions::default()))>{move || store.t(M::SettingsDefaults)}</button>
        </details>
    }
}
