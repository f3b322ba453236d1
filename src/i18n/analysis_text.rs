//! Sentences about analysis results, in the user's language.

use super::{stage_name, AnalysisMsg as M, Lang, Msg};
use crate::analysis::{ActionType, AnalysisOptions, Opportunity, SettingId};
use crate::model::{Dataset, Reason, Sourcing};
use crate::privacy::Disclosure;

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
    rationale_disclosed(lang, dataset, o, demand, thin, &Disclosure::default())
}

/// [`rationale`] under a privacy choice: counts of fewer than 3 firms and
/// the volume they bought are not given, other volumes only as bands.
pub fn rationale_disclosed(
    lang: Lang,
    dataset: &Dataset,
    o: &Opportunity,
    demand: usize,
    thin: bool,
    disclosure: &Disclosure,
) -> String {
    let stage = stage_name(lang, &dataset.stages[o.stage]).to_string();
    let (volume, currency) = match disclosure.volume_of(lang, o.volume, o.firms.len()) {
        Some(v) => (v, dataset.meta.currency.clone()),
        None => (lang.text(Msg::Withheld).to_string(), String::new()),
    };
    let args = [
        ("firms", disclosure.count(lang, o.firms.len())),
        ("surveyed", o.firms_surveyed.to_string()),
        ("stage", stage),
        ("volume", volume),
        ("currency", currency),
        ("local", o.local_actors.to_string()),
        ("demand", disclosure.count(lang, demand)),
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
    lang.format(template, &args).replace(" )", ")")
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
/// beside how it was read. Names and figures go through `disclosure`, and
/// in the anonymised mode the respondent's own words (which may name
/// someone) give way to the reading alone.
pub fn evidence_line(
    lang: Lang,
    disclosure: &Disclosure,
    data: &Dataset,
    answer: &Sourcing,
) -> String {
    let who = disclosure.name(lang, data, answer.actor);
    let mut line = format!("{who}: {}", super::origin(lang, answer.origin));
    if let Some(share) = answer.share {
        line.push_str(&format!(", {}", disclosure.share(lang, share)));
    }
    if let Some(v) = answer.volume {
        line.push_str(&format!(
            ", {} {}",
            disclosure.volume(lang, v),
            data.meta.currency
        ));
    }
    if let Some(r) = answer.reason {
        let reading = reason_label(lang, r);
        if answer.reason_text.is_empty() || !disclosure.shows_free_text() {
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
