//! Singular forms: "1 entry", not "1 entries" (issue 16).
//!
//! Catalogue texts are written for the plural. Where a count placeholder
//! opens a phrase whose words change when the count is 1 (the noun, and a
//! verb that agrees with it), [`SINGULAR`] gives the phrase's singular
//! form, and [`Lang::format`](super::Lang::format) uses it when that
//! placeholder's value is exactly "1". Phrases are matched in the texts
//! themselves, so a message needs no second key and call sites stay as
//! they are. Turkish puts no plural after a numeral ("3 bileşen"), so it
//! has no entries; the catalogue test checks that no Turkish text puts a
//! plural suffix after a count.

use std::borrow::Cow;

use super::Lang;

/// Placeholders that hold a count of things. Every phrase a count opens in
/// English or German is either in [`SINGULAR`] or starts with a word of
/// [`INVARIANT`] (checked by `tests/plurals.rs`).
pub const COUNTS: &[&str] = &[
    "n",
    "count",
    "firms",
    "actors",
    "relations",
    "components",
    "isolated",
    "missing",
    "core",
    "rows",
    "columns",
    "sheets",
    "steps",
    "step",
    "total",
    "smes",
    "institutions",
    "outside",
    "surveyed",
    "local",
    "exporters",
    "communities",
    "unsure",
    "partners",
    "present",
    "reporting",
    "research",
    "shown",
    "linked",
    "demand",
    "employees",
];

/// (language, the phrase as written for several, the phrase for one). A
/// phrase comes before every shorter one it contains: phrases with two
/// counts first.
pub const SINGULAR: &[(Lang, &str, &str)] = &[
    (
        Lang::En,
        "{firms} of {surveyed} surveyed firms buy",
        "{firms} of {surveyed} surveyed firms buys",
    ),
    (
        Lang::En,
        "{linked} of {firms} local firms work",
        "{linked} of {firms} local firms works",
    ),
    (
        Lang::En,
        "{exporters} of {reporting} local firms export",
        "{exporters} of {reporting} local firms exports",
    ),
    (
        Lang::De,
        "{exporters} von {reporting} Unternehmen der Region exportieren",
        "{exporters} von {reporting} Unternehmen der Region exportiert",
    ),
    (
        Lang::De,
        "{firms} von {surveyed} befragten Unternehmen kaufen",
        "{firms} von {surveyed} befragten Unternehmen kauft",
    ),
    (
        Lang::De,
        "{linked} von {firms} Unternehmen der Region arbeiten",
        "{linked} von {firms} Unternehmen der Region arbeitet",
    ),
    (Lang::En, "{actors} actors", "{actors} actor"),
    (Lang::En, "{columns} columns", "{columns} column"),
    (Lang::En, "{sheets} sheets,", "{sheets} sheet,"),
    (Lang::De, "{sheets} Blätter,", "{sheets} Blatt,"),
    (
        Lang::En,
        "{communities} sub-clusters",
        "{communities} sub-cluster",
    ),
    (
        Lang::En,
        "{components} components",
        "{components} component",
    ),
    (Lang::En, "{core} core stages", "{core} core stage"),
    (
        Lang::En,
        "{exporters} of them export",
        "{exporters} of them exports",
    ),
    (Lang::En, "{firms} firms buy", "{firms} firm buys"),
    (
        Lang::En,
        "{firms} local firms buy",
        "{firms} local firm buys",
    ),
    (Lang::En, "{firms} local firms", "{firms} local firm"),
    (Lang::En, "{firms} of them buy", "{firms} of them buys"),
    (Lang::En, "{demand} firms need", "{demand} firm needs"),
    (
        Lang::En,
        "{institutions} institutions support",
        "{institutions} institution supports",
    ),
    (
        Lang::En,
        "{institutions} institutions",
        "{institutions} institution",
    ),
    (Lang::En, "{employees} employees", "{employees} employee"),
    (Lang::En, "{n} employees", "{n} employee"),
    (Lang::En, "{n} entries", "{n} entry"),
    (Lang::En, "{n} local actors", "{n} local actor"),
    (Lang::En, "{n} relations", "{n} relation"),
    (Lang::En, "{n} survey answers", "{n} survey answer"),
    (Lang::En, "{n} tables", "{n} table"),
    (Lang::En, "{n} values", "{n} value"),
    (Lang::En, "{outside} actors", "{outside} actor"),
    (
        Lang::En,
        "{partners} partners abroad work",
        "{partners} partner abroad works",
    ),
    (
        Lang::En,
        "{relations} relations stay",
        "{relations} relation stays",
    ),
    (Lang::En, "{relations} relations", "{relations} relation"),
    (
        Lang::En,
        "{reporting} local firms",
        "{reporting} local firm",
    ),
    (Lang::En, "{rows} data rows", "{rows} data row"),
    (Lang::En, "{smes} SMEs", "{smes} SME"),
    (
        Lang::En,
        "{surveyed} surveyed firms",
        "{surveyed} surveyed firm",
    ),
    (Lang::En, "{total} actors", "{total} actor"),
    (Lang::En, "{unsure} need a look", "{unsure} needs a look"),
    (Lang::De, "{actors} Akteure", "{actors} Akteur"),
    (
        Lang::De,
        "{columns} Spalten liegen",
        "{columns} Spalte liegt",
    ),
    (
        Lang::De,
        "{components} Komponenten",
        "{components} Komponente",
    ),
    (Lang::De, "{core} Kernstufen", "{core} Kernstufe"),
    (
        Lang::De,
        "{exporters} davon exportieren",
        "{exporters} davon exportiert",
    ),
    (
        Lang::De,
        "{firms} Unternehmen der Region kaufen",
        "{firms} Unternehmen der Region kauft",
    ),
    (
        Lang::De,
        "{firms} Unternehmen kaufen",
        "{firms} Unternehmen kauft",
    ),
    (Lang::De, "{firms} davon kaufen", "{firms} davon kauft"),
    (
        Lang::De,
        "{demand} Unternehmen haben",
        "{demand} Unternehmen hat",
    ),
    (
        Lang::De,
        "{institutions} Einrichtungen unterstützen",
        "{institutions} Einrichtung unterstützt",
    ),
    (
        Lang::De,
        "{institutions} Einrichtungen",
        "{institutions} Einrichtung",
    ),
    (
        Lang::De,
        "{employees} Mitarbeitern",
        "{employees} Mitarbeiter",
    ),
    (Lang::De, "{n} Akteure", "{n} Akteur"),
    (Lang::De, "{n} Antworten", "{n} Antwort"),
    (Lang::De, "{n} Beziehungen", "{n} Beziehung"),
    (Lang::De, "{n} Einträge", "{n} Eintrag"),
    (Lang::De, "{n} Tabellen", "{n} Tabelle"),
    (Lang::De, "{n} Werte", "{n} Wert"),
    (Lang::De, "{outside} Akteure", "{outside} Akteur"),
    (
        Lang::De,
        "{partners} Partner im Ausland arbeiten",
        "{partners} Partner im Ausland arbeitet",
    ),
    (
        Lang::De,
        "{relations} Beziehungen bleiben",
        "{relations} Beziehung bleibt",
    ),
    (Lang::De, "{relations} Beziehungen", "{relations} Beziehung"),
    (Lang::De, "{rows} Datenzeilen", "{rows} Datenzeile"),
    (Lang::De, "{total} Akteuren", "{total} Akteur"),
    (Lang::De, "{unsure} sollten", "{unsure} sollte"),
];

/// Words after a count that read the same for one as for several:
/// prepositions, participles, units, and nouns whose singular is their
/// plural ("Unternehmen", "Mitarbeiter", "KMU").
pub const INVARIANT: &[(Lang, &str)] = &[
    (Lang::En, "of"),
    (Lang::En, "found"),
    (Lang::En, "isolated"),
    (Lang::En, "with"),
    (Lang::En, "not"),
    (Lang::En, "MB."),
    (Lang::En, "("),
    (Lang::En, "outside"),
    (Lang::De, "von"),
    (Lang::De, "gefunden"),
    (Lang::De, "isoliert"),
    (Lang::De, "mit"),
    (Lang::De, "nicht"),
    (Lang::De, "MB."),
    (Lang::De, "("),
    (Lang::De, "außerhalb"),
    (Lang::De, "Teilcluster"),
    (Lang::De, "Teilcluster,"),
    (Lang::De, "Mitarbeiter"),
    (Lang::De, "KMU,"),
    (Lang::De, "Unternehmen"),
    (Lang::De, "befragten"),
];

/// The placeholder a phrase opens with: "firms" for "{firms} local firms".
fn opening(phrase: &str) -> Option<&str> {
    phrase
        .strip_prefix('{')?
        .split_once('}')
        .map(|(name, _)| name)
}

/// `template` with the singular phrase wherever the count that opens it
/// is 1.
pub(super) fn agree<'a>(lang: Lang, template: &'a str, args: &[(&str, String)]) -> Cow<'a, str> {
    let is_one = |name: &str| args.iter().any(|(n, v)| *n == name && v == "1");
    let mut out = Cow::Borrowed(template);
    for (l, several, one) in SINGULAR {
        if *l != lang || !out.contains(several) {
            continue;
        }
        if opening(several).is_some_and(is_one) {
            out = Cow::Owned(out.replace(several, one));
        }
    }
    out
}
