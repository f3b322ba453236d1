//! Sentences about analysis results, in the user's language.

use super::{stage_name, AnalysisMsg as M, Lang};
use crate::analysis::{ActionType, AnalysisOptions, Opportunity, SettingId};
use crate::model::{Dataset, Reason, Sourcing};

pub fn action(lang: Lang, action: ActionType) -> &'static str {
    lang.text(match action {
        ActionType::AttractInvestor => M::ActionAttractInvestor,
        ActionType::DevelopSupplier => M::ActionDevelopSupplier,
        ActionType::SharedFacility => M::ActionSharedFacility,
        ActionType::TrainingProgramme => M::ActionTrainingProgramme,
        ActionType::PartnerSearch => M::ActionPartnerSearch,
    })
}

pub fn reason(lang: Lang, reason: Reason) -> &'static str {
    lang.text(match reason {
        Reason::NotAvailable => M::ReasonNotAvailable,
        Reason::Quality => M::ReasonQuality,
        Reason::Price => M::ReasonPrice,
        Reason::Capacity => M::ReasonCapacity,
        Reason::Other => M::ReasonOther,
    })
}

/// A reason on its own, as a list or a choice names it.
pub fn reason_label(lang: Lang, reason: Reason) -> &'static str {
    lang.text(match reason {
        Reason::NotAvailable => M::ReasonLabelNotAvailable,
        Reason::Quality => M::ReasonLabelQuality,
        Reason::Price => M::ReasonLabelPrice,
        Reason::Capacity => M::ReasonLabelCapacity,
        Reason::Other => M::ReasonLabelOther,
    })
}

/// The plain-language reason an opportunity is listed, e.g. "11 of 27
/// surveyed firms buy Bare PCB fabrication outside the region (31 630
/// TRY…); no local producer."
pub fn rationale(
    lang: Lang,
    dataset: &Dataset,
    o: &Opportunity,
    demand: usize,
    thin: bool,
) -> String {
    let stage = stage_name(lang, &dataset.stages[o.stage]).to_string();
    let args = [
        ("firms", o.firms.len().to_string()),
        ("surveyed", o.firms_surveyed.to_string()),
        ("stage", stage),
        ("volume", lang.number(o.volume, 0)),
        ("currency", dataset.meta.currency.clone()),
        ("local", o.local_actors.to_string()),
        ("demand", demand.to_string()),
        (
            "reason",
            reason(lang, o.main_reason.unwrap_or(Reason::Other)).to_string(),
        ),
    ];
    let template = if o.local_actors == 0 {
        M::RationaleMissing
    } else if thin {
        M::RationaleThin
    } else {
        M::RationalePresent
    };
    lang.format(template, &args)
}

/// A setting's name in the settings panel.
pub fn setting_name(lang: Lang, id: SettingId) -> &'static str {
    lang.text(match id {
        SettingId::ThinRatio => M::SettingsThin,
        SettingId::InvestorMinFirms => M::SettingsInvestor,
        SettingId::WeightBreadth => M::WeightBreadth,
        SettingId::WeightVolume => M::WeightVolume,
        SettingId::WeightAvailability => M::WeightAvailability,
        SettingId::WeightReason => M::WeightReason,
        SettingId::WeightCentrality => M::WeightCentrality,
    })
}

/// What a setting means with the options in use: the thin-stage rule
/// with its ratio, the score with the weights' shares.
pub fn setting_definition(lang: Lang, id: SettingId, o: &AnalysisOptions) -> String {
    match id {
        SettingId::ThinRatio => lang.format(M::DefThin, &[("ratio", lang.number(o.thin_ratio, 2))]),
        SettingId::InvestorMinFirms => lang.text(M::SettingsInvestor).to_string(),
        _ => score_definition(lang, o),
    }
}

/// The score's definition with the weights in use, in percent.
pub fn score_definition(lang: Lang, o: &AnalysisOptions) -> String {
    let shares: Vec<(&'static str, String)> = o
        .weight_shares()
        .into_iter()
        .map(|(s, pct)| (s.key, lang.number(pct, 0)))
        .collect();
    lang.format(M::DefScore, &shares)
}

/// One survey answer behind a finding, as the respondent gave it: who,
/// from where, the share and volume, and the reason in their own words
/// beside how it was read. `who` is passed in so a public view can write
/// the firm as it must be shown there.
pub fn evidence_line(lang: Lang, who: &str, answer: &Sourcing, currency: &str) -> String {
    let mut line = format!("{who}: {}", super::origin(lang, answer.origin));
    if let Some(share) = answer.share {
        line.push_str(&format!(", {}", lang.percent(share)));
    }
    if let Some(v) = answer.volume {
        line.push_str(&format!(", {} {currency}", lang.number(v, 0)));
    }
    if let Some(r) = answer.reason {
        let reading = reason_label(lang, r);
        if answer.reason_text.is_empty() {
            line.push_str(&format!(", {reading}"));
        } else {
            let written = lang.format(
                M::EvidenceReason,
                &[
                    ("written", answer.reason_text.clone()),
                    ("reading", reading.to_string()),
                ],
            );
            line.push_str(&format!(", {written}"));
        }
    }
    line
}
