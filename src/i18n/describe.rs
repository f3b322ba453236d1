//! Texts for model values and reading errors in the user's language.

use super::{Lang, Msg};
use crate::ingest::table::TableKind;
use crate::model::{ActorKind, Band, Locality, Origin, Reason, Relation, RelationKind, Stage};

pub fn actor_kind(lang: Lang, kind: ActorKind) -> &'static str {
    lang.text(match kind {
        ActorKind::Firm => Msg::KindFirm,
        ActorKind::Supplier => Msg::KindSupplier,
        ActorKind::ServiceProvider => Msg::KindServiceProvider,
        ActorKind::Institution => Msg::KindInstitution,
        ActorKind::University => Msg::KindUniversity,
        ActorKind::Research => Msg::KindResearch,
        ActorKind::PublicAgency => Msg::KindPublicAgency,
        ActorKind::Association => Msg::KindAssociation,
        ActorKind::Finance => Msg::KindFinance,
    })
}

pub fn relation_kind(lang: Lang, kind: RelationKind) -> &'static str {
    lang.text(match kind {
        RelationKind::Supply => Msg::RelSupply,
        RelationKind::Collaboration => Msg::RelCollaboration,
        RelationKind::Knowledge => Msg::RelKnowledge,
        RelationKind::Support => Msg::RelSupport,
        RelationKind::Other => Msg::RelOther,
    })
}

/// A relation's kind in words: the file's own word for a kind that is
/// none of the four (names from files are shown as written).
pub fn relation_label(lang: Lang, relation: &Relation) -> String {
    if relation.kind == RelationKind::Other && !relation.label.is_empty() {
        relation.label.clone()
    } else {
        relation_kind(lang, relation.kind).to_string()
    }
}

pub fn band(lang: Lang, band: Band) -> &'static str {
    lang.text(match band {
        Band::Core => Msg::BandOperators,
        Band::Support => Msg::BandSupport,
        Band::Enabling => Msg::BandEnabling,
    })
}

/// The stage's name in `lang` where the data has one, else its main name.
pub fn stage_name(lang: Lang, stage: &Stage) -> &str {
    let translated = match lang {
        Lang::En => None,
        Lang::Tr => stage.name_tr.as_deref(),
        Lang::De => stage.name_de.as_deref(),
    };
    translated.unwrap_or(&stage.name)
}

/// Where an actor is based, or where an input comes from, in words.
pub fn locality(lang: Lang, locality: Locality) -> &'static str {
    lang.text(match locality {
        Locality::Local => Msg::LocalityLocal,
        Locality::National => Msg::LocalityNational,
        Locality::International => Msg::LocalityInternational,
    })
}

pub fn origin(lang: Lang, origin: Origin) -> &'static str {
    locality(
        lang,
        match origin {
            Origin::Local => Locality::Local,
            Origin::National => Locality::National,
            Origin::International => Locality::International,
        },
    )
}

/// A token of a categorical column (see `ingest::mapping::meanings`) in
/// words, or the token itself for one the column does not know.
pub fn value_meaning(lang: Lang, table: TableKind, column: &str, token: &str) -> String {
    let text = match (table, column) {
        (TableKind::Actors, "kind") => ActorKind::parse(token).map(|k| actor_kind(lang, k)),
        (TableKind::Actors, "locality") => Locality::parse(token).map(|l| locality(lang, l)),
        (TableKind::Stages, "band") => Band::parse(token).map(|b| band(lang, b)),
        (TableKind::Relations, "kind") => {
            RelationKind::parse(token).map(|k| relation_kind(lang, k))
        }
        (TableKind::Sourcing, "origin") => Origin::parse(token).map(|o| origin(lang, o)),
        (TableKind::Sourcing, "reason") => {
            Reason::parse(token).map(|r| super::reason_label(lang, r))
        }
        _ => None,
    };
    text.map_or_else(|| token.to_string(), str::to_string)
}
