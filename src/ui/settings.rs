//! The analysis thresholds and score weights, editable: every figure
//! that depends on them is recomputed at once, and they are saved with the
//! workspace.

use leptos::prelude::*;

use super::AppContext;
use crate::analysis::AnalysisOptions;
use crate::i18n::AnalysisMsg as M;

/// A number from an input, or `None` for an empty or unreadable one (the
/// setting then keeps its value). Accepts a decimal comma.
fn number(text: &str) -> Option<f64> {
    crate::ingest::number::parse_number(text).filter(|v| v.is_finite())
}

#[component]
pub fn AnalysisSettings() -> impl IntoView {
    let ctx = expect_context::<AppContext>();
    let options = ctx.options;
    type Get = fn(&AnalysisOptions) -> f64;
    type Set = fn(&mut AnalysisOptions, f64);
    let weights: [(M, &'static str, Get, Set); 5] = [
        (
            M::WeightBreadth,
            "breadth",
            |o| o.weight_breadth,
            |o, v| o.weight_breadth = v,
        ),
        (
            M::WeightVolume,
            "volume",
            |o| o.weight_volume,
            |o, v| o.weight_volume = v,
        ),
        (
            M::WeightAvailability,
            "availability",
            |o| o.weight_availability,
            |o, v| o.weight_availability = v,
        ),
        (
            M::WeightReason,
            "reason",
            |o| o.weight_reason,
            |o, v| o.weight_reason = v,
        ),
        (
            M::WeightCentrality,
            "centrality",
            |o| o.weight_centrality,
            |o, v| o.weight_centrality = v,
        ),
    ];
    let weight_inputs = weights
        .into_iter()
        .map(|(label, key, get, set)| {
            view! {
                <label>
                    <span>{move || ctx.t(label)}</span>
                    <input type="number" min="0" max="1" step="0.05" data-testid=format!("weight-{key}")
                        prop:value=move || options.with(|o| format!("{:.2}", get(o)))
                        on:change=move |ev| {
                            if let Some(v) = number(&event_target_value(&ev)) {
                                options.update(|o| {
                                    set(o, v);
                                    *o = o.sanitized();
                                });
                            }
                        }/>
                </label>
            }
        })
        .collect_view();
    view! {
        <details class="settings" data-testid="analysis-settings">
            <summary>{move || ctx.t(M::SettingsTitle)}</summary>
            <label title=move || {
                let lang = ctx.lang.get();
                lang.format(M::DefThin, &[("ratio", lang.number(options.with(|o| o.thin_ratio), 2))])
            }>
                <span>{move || ctx.t(M::SettingsThin)}</span>
                <input type="number" min="0.05" max="10" step="0.05" data-testid="setting-thin"
                    prop:value=move || options.with(|o| format!("{:.2}", o.thin_ratio))
                    on:change=move |ev| {
                        if let Some(v) = number(&event_target_value(&ev)) {
                            options.update(|o| {
                                o.thin_ratio = v;
                                *o = o.sanitized();
                            });
                        }
                    }/>
            </label>
            <label>
                <span>{move || ctx.t(M::SettingsInvestor)}</span>
                <input type="number" min="1" max="1000" step="1" data-testid="setting-investor"
                    prop:value=move || options.with(|o| o.investor_min_firms.to_string())
                    on:change=move |ev| {
                        if let Some(v) = number(&event_target_value(&ev)) {
                            options.update(|o| {
                                o.investor_min_firms = v.round().clamp(1.0, 10_000.0) as usize;
                            });
                        }
                    }/>
            </label>
            <fieldset>
                <legend title=move || super::results::score_definition(ctx.lang.get(), &options.get())>
                    {move || ctx.t(M::SettingsWeights)}
                </legend>
                {weight_inputs}
            </fieldset>
            <p class="hint">{move || ctx.t(M::SettingsNote)}</p>
            <button type="button" data-testid="settings-defaults"
                on:click=move |_| options.set(AnalysisOptions::default())>{move || ctx.t(M::SettingsDefaults)}</button>
        </details>
    }
}
