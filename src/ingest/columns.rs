//! Canonical column names per table and the header words that mean them.
//! Headers are compared after [`fold_token`], so case, Turkish/German
//! letters and separators do not matter.

use super::table::TableKind;
use crate::model::fold_token;

/// (canonical, aliases). Aliases are English, Turkish and German headers
/// seen in survey exports.
type Columns = &'static [(&'static str, &'static [&'static str])];

const META: Columns = &[
    (
        "key",
        &[
            "field",
            "alan",
            "feld",
            "anahtar",
            "schlüssel",
            "eigenschaft",
        ],
    ),
    ("value", &["değer", "wert"]),
];

const STAGES: Columns = &[
    (
        "id",
        &[
            "stage_id",
            "aşama_id",
            "stufe_id",
            "kod",
            "code",
            "kimlik",
            "aşama kodu",
            "stufen-id",
            "stufen_id",
            "kennung",
            "stufenkennung",
        ],
    ),
    (
        "name",
        &[
            "stage name",
            "stage",
            "aşama",
            "stufe",
            "aşama adı",
            "stufenname",
            "name_en",
            "ad",
            "isim",
            "bezeichnung",
            "english",
            "ingilizce",
            "englisch",
        ],
    ),
    ("band", &["bant", "ebene", "layer", "katman", "bereich"]),
    (
        "name_tr",
        &[
            "turkish name",
            "türkçe adı",
            "türkischer name",
            "türkçe",
            "turkish",
            "türkisch",
            "ad_tr",
            "name tr",
        ],
    ),
    (
        "name_de",
        &[
            "german name",
            "almanca adı",
            "deutscher name",
            "deutsch",
            "german",
            "almanca",
            "ad_de",
            "name de",
        ],
    ),
];

const ACTORS: Columns = &[
    (
        "id",
        &[
            "aktör kodu",
            "akteurs-id",
            "akteurs_id",
            "actor_id",
            "kod",
            "code",
            "nr",
            "kimlik",
            "no",
            "firma kodu",
            "kennung",
            "_id",
        ],
    ),
    (
        "name",
        &[
            "actor",
            "firma adı",
            "firma",
            "kurum",
            "unternehmen",
            "firmenname",
            "label",
            "ad",
            "isim",
            "adı",
            "firma unvanı",
            "unvan",
            "kurum adı",
            "akteur",
            "aktör",
            "name des unternehmens",
            "organisation",
            "organization",
        ],
    ),
    (
        "kind",
        &[
            "kind of actor",
            "type",
            "tür",
            "tip",
            "art",
            "typ",
            "türü",
            "aktör türü",
            "akteursart",
            "element type",
            "category",
            "kategori",
            "kategorie",
        ],
    ),
    (
        "stages",
        &[
            "value-chain stages",
            "değer zinciri aşamaları",
            "wertschöpfungsstufen",
            "stage",
            "aşama",
            "aşamalar",
            "stufe",
            "stufen",
            "value_chain_stage",
            "değer zinciri aşaması",
            "wertschöpfungsstufe",
            "stufe der wertschöpfungskette",
        ],
    ),
    (
        "employees",
        &[
            "çalışan sayısı",
            "çalışan",
            "mitarbeiter",
            "beschäftigte",
            "staff",
            "personel",
            "personel sayısı",
            "çalışanlar",
            "anzahl mitarbeiter",
            "mitarbeiterzahl",
            "mitarbeitende",
            "size",
        ],
    ),
    (
        "export_share",
        &[
            "ihracat payı",
            "ihracat oranı",
            "ihracat",
            "exportanteil",
            "exportquote",
            "export %",
            "export",
        ],
    ),
    (
        "export_markets",
        &[
            "ihracat pazarları",
            "ihracat ülkeleri",
            "exportmärkte",
            "exportländer",
            "markets",
        ],
    ),
    (
        "district",
        &[
            "ilçe",
            "bezirk",
            "ort",
            "location",
            "konum",
            "adres",
            "standort",
            "stadtteil",
        ],
    ),
    ("lat", &["latitude", "enlem", "breitengrad"]),
    ("lon", &["lng", "longitude", "boylam", "längengrad"]),
    (
        "locality",
        &[
            "lage",
            "yerellik",
            "lokalität",
            "region",
            "yerel mi",
            "herkunftsregion",
        ],
    ),
    (
        "founded",
        &[
            "kuruluş yılı",
            "kuruluş",
            "gründungsjahr",
            "gegründet",
            "year founded",
        ],
    ),
    (
        "tags",
        &["etiketler", "etiket", "schlagworte", "schlagwörter", "tag"],
    ),
    (
        "notes",
        &[
            "note",
            "notlar",
            "not",
            "açıklama",
            "notizen",
            "bemerkung",
            "bemerkungen",
            "description",
            "beschreibung",
        ],
    ),
];

const RELATIONS: Columns = &[
    (
        "source",
        &[
            "from",
            "kaynak",
            "kimden",
            "von",
            "quelle",
            "lieferant",
            "tedarikçi",
        ],
    ),
    (
        "target",
        &[
            "an",
            "to",
            "hedef",
            "kime",
            "nach",
            "ziel",
            "kunde",
            "müşteri",
        ],
    ),
    (
        "kind",
        &[
            "kind of relation",
            "type",
            "tür",
            "ilişki türü",
            "art",
            "typ",
            "beziehungsart",
            "connection type",
            "bağlantı türü",
        ],
    ),
    (
        "strength",
        &[
            "weight",
            "güç",
            "ağırlık",
            "ilişki gücü",
            "yoğunluk",
            "stärke",
            "gewicht",
            "intensität",
            "beziehungsstärke",
        ],
    ),
    (
        "volume",
        &[
            "hacim",
            "yıllık hacim",
            "volumen",
            "jahresvolumen",
            "yearly volume",
        ],
    ),
    (
        "note",
        &[
            "notes",
            "not",
            "notlar",
            "açıklama",
            "notiz",
            "bemerkung",
            "description",
        ],
    ),
    (
        "original_weight",
        &["özgün ağırlık", "ursprüngliches gewicht"],
    ),
];

const SOURCING: Columns = &[
    (
        "actor",
        &[
            "answering actor",
            "yanıtlayan aktör",
            "antwortender akteur",
            "firm",
            "firma",
            "firma adı",
            "unternehmen",
            "aktör",
            "akteur",
        ],
    ),
    (
        "input_stage",
        &[
            "input",
            "girdi",
            "girdi aşaması",
            "vorleistung",
            "vorprodukt",
        ],
    ),
    (
        "origin",
        &[
            "bought from",
            "from",
            "nereden",
            "köken",
            "kaynak yeri",
            "herkunft",
            "bezugsort",
        ],
    ),
    ("share", &["pay", "oran", "anteil", "%", "share %"]),
    ("volume", &["hacim", "volumen"]),
    ("reason", &["neden", "sebep", "grund", "begründung"]),
];

pub fn columns(kind: TableKind) -> Columns {
    match kind {
        TableKind::Meta => META,
        TableKind::Stages => STAGES,
        TableKind::Actors => ACTORS,
        TableKind::Relations => RELATIONS,
        TableKind::Sourcing => SOURCING,
    }
}

/// The canonical column a header means in a table of `kind`. A unit or
/// range after the name ("Yoğunluk (1-5)", "Exportanteil (%)", "Volumen
/// (EUR)", "Hacim [TL]", "Strength 1–5") does not change its meaning.
pub fn canonical(kind: TableKind, header: &str) -> Option<&'static str> {
    let find = |text: &str| {
        let folded = fold_token(text);
        columns(kind).iter().find_map(|(canon, aliases)| {
            (folded == *canon || aliases.iter().any(|a| fold_token(a) == folded)).then_some(*canon)
        })
    };
    find(header).or_else(|| {
        let (name, unit) = split_unit(header);
        (unit.is_some() && !name.is_empty())
            .then(|| find(name))
            .flatten()
    })
}

/// A header cut into its name and the unit or range written after it:
/// brackets at the end, a trailing "%", or a trailing range "1-5".
pub fn split_unit(header: &str) -> (&str, Option<&str>) {
    let mut name = header.trim();
    let mut unit = None;
    loop {
        let before = name;
        if let Some(open) = name
            .strip_suffix(')')
            .and_then(|n| n.rfind('(').map(|i| (i, n)))
            .or_else(|| {
                name.strip_suffix(']')
                    .and_then(|n| n.rfind('[').map(|i| (i, n)))
            })
        {
            let (i, inner) = open;
            unit = unit.or(Some(inner[i + 1..].trim()));
            name = name[..i].trim_end();
        } else if let Some(rest) = name.strip_suffix('%') {
            unit = unit.or(Some("%"));
            name = rest.trim_end();
            name = name
                .strip_suffix(" in")
                .or_else(|| name.strip_suffix(" olarak"))
                .unwrap_or(name)
                .trim_end();
        } else if let Some(range) = trailing_range(name) {
            unit = unit.or(Some(&name[range..]));
            name = name[..range].trim_end();
        }
        if name == before {
            return (name, unit);
        }
    }
}

/// The range a header declares for its values ("Yoğunluk (1-5)",
/// "Weight [0-100]", "Stärke 1–5").
pub fn declared_range(header: &str) -> Option<(f64, f64)> {
    let (_, unit) = split_unit(header);
    let (a, b) = unit?.split_once(['-', '–', '—'])?;
    let (low, high) = (a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?);
    (low < high).then_some((low, high))
}

/// Start of a trailing "1-5" / "0–100" range, after a space.
fn trailing_range(text: &str) -> Option<usize> {
    let start = text.rfind(' ')? + 1;
    let tail = &text[start..];
    let (a, b) = tail.split_once(['-', '–', '—'])?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    (digits(a) && digits(b)).then_some(start)
}

/// The currency a header names in its unit ("Volumen (EUR)", "Hacim [TL]",
/// "Volume €"), as written.
pub fn currency(header: &str) -> Option<String> {
    const CODES: [&str; 14] = [
        "eur", "euro", "€", "tl", "try", "₺", "usd", "$", "gbp", "£", "chf", "tl/yıl", "eur/jahr",
        "eur/year",
    ];
    let (_, unit) = split_unit(header);
    let unit = unit?.trim();
    let first = unit.split([' ', '/', ',']).next().unwrap_or(unit);
    let folded = fold_token(first);
    let matches = |w: &str| CODES.iter().any(|c| fold_token(c) == fold_token(w));
    (matches(first) || matches(unit) || folded == "bin_tl" || folded == "tsd_eur")
        .then(|| first.to_string())
}

/// The table a sheet's name announces, in English, Turkish or German
/// (and Kumu's "Elements"/"Connections").
pub fn sheet_kind(name: &str) -> Option<TableKind> {
    let folded = fold_token(name);
    let any = |words: &[&str]| words.iter().any(|w| fold_token(w) == folded);
    if any(&[
        "actors",
        "aktörler",
        "akteure",
        "elements",
        "firmalar",
        "firms",
        "unternehmen",
    ]) {
        Some(TableKind::Actors)
    } else if any(&[
        "relations",
        "ilişkiler",
        "beziehungen",
        "connections",
        "bağlantılar",
        "ties",
    ]) {
        Some(TableKind::Relations)
    } else if any(&[
        "stages",
        "aşamalar",
        "stufen",
        "value chain",
        "değer zinciri",
        "wertschöpfungskette",
    ]) {
        Some(TableKind::Stages)
    } else if any(&["sourcing", "tedarik", "bezugsquellen", "inputs", "girdiler"]) {
        Some(TableKind::Sourcing)
    } else if any(&["meta", "metadata", "metadaten", "üst veri", "bilgi", "info"]) {
        Some(TableKind::Meta)
    } else {
        None
    }
}

/// Guesses which table a header row belongs to from the columns it has.
pub fn recognise(header: &[String]) -> Option<TableKind> {
    let has = |kind: TableKind, col: &str| header.iter().any(|h| canonical(kind, h) == Some(col));
    if has(TableKind::Relations, "source") && has(TableKind::Relations, "target") {
        Some(TableKind::Relations)
    } else if has(TableKind::Sourcing, "input_stage") && has(TableKind::Sourcing, "origin") {
        Some(TableKind::Sourcing)
    } else if has(TableKind::Meta, "key") && has(TableKind::Meta, "value") && header.len() == 2 {
        Some(TableKind::Meta)
    } else if has(TableKind::Stages, "band") {
        Some(TableKind::Stages)
    } else if has(TableKind::Actors, "name") || has(TableKind::Actors, "id") {
        Some(TableKind::Actors)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_and_german_headers() {
        assert_eq!(canonical(TableKind::Actors, "Firma Adı"), Some("name"));
        assert_eq!(
            canonical(TableKind::Actors, "ÇALIŞAN SAYISI"),
            Some("employees")
        );
        assert_eq!(
            canonical(TableKind::Actors, "Mitarbeiter"),
            Some("employees")
        );
        assert_eq!(canonical(TableKind::Relations, "Stärke"), Some("strength"));
        assert_eq!(canonical(TableKind::Relations, "colour"), None);
    }

    #[test]
    fn units_and_ranges_in_brackets_keep_the_meaning() {
        use TableKind::{Actors, Relations};
        for (kind, header, column) in [
            (Relations, "Yoğunluk (1-5)", "strength"),
            (Relations, "Stärke (1–5)", "strength"),
            (Relations, "Strength 1–5", "strength"),
            (Relations, "Weight [0-100]", "strength"),
            (Actors, "İhracat Payı (%)", "export_share"),
            (Actors, "Exportanteil (%)", "export_share"),
            (Actors, "Export share %", "export_share"),
            (Actors, "Exportanteil in %", "export_share"),
            (Relations, "Volumen (EUR)", "volume"),
            (Relations, "Yıllık hacim [TL]", "volume"),
            (Relations, "Yearly volume (USD)", "volume"),
        ] {
            assert_eq!(canonical(kind, header), Some(column), "{header}");
        }
        assert_eq!(canonical(Actors, "Renk (kırmızı)"), None);
        assert_eq!(currency("Volumen (EUR)").as_deref(), Some("EUR"));
        assert_eq!(currency("Yıllık hacim [TL]").as_deref(), Some("TL"));
        assert_eq!(currency("Volume (€)").as_deref(), Some("€"));
        assert_eq!(currency("Yoğunluk (1-5)"), None);
        assert_eq!(currency("Volume"), None);
        assert_eq!(split_unit("Anteil (%)"), ("Anteil", Some("%")));
    }

    #[test]
    fn recognises_tables_by_header() {
        let h = |cols: &[&str]| cols.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            recognise(&h(&["from", "to", "type"])),
            Some(TableKind::Relations)
        );
        assert_eq!(recognise(&h(&["key", "value"])), Some(TableKind::Meta));
        assert_eq!(
            recognise(&h(&["id", "name", "band"])),
            Some(TableKind::Stages)
        );
        assert_eq!(
            recognise(&h(&["Firma Adı", "Tür"])),
            Some(TableKind::Actors)
        );
        assert_eq!(recognise(&h(&["foo", "bar"])), None);
    }
}
