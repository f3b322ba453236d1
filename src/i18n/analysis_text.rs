//! Sentences about analysis results, in the user's language.

use super::{stage_name, AnalysisMsg as M, Lang};
use crate::analysis::{ActionType, Opportunity};
use crate::model::{Dataset, Reason};

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
