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
        &["stage_id", "aşama_id", "stufe_id", "kod", "code", "kimlik"],
    ),
    (
        "name",
        &[
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
        &["türkçe", "turkish", "türkisch", "ad_tr", "name tr"],
    ),
    (
        "name_de",
        &["deutsch", "german", "almanca", "ad_de", "name de"],
    ),
];

const ACTORS: Columns = &[
    (
        "id",
        &[
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
        &["to", "hedef", "kime", "nach", "ziel", "kunde", "müşteri"],
    ),
    (
        "kind",
        &[
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
];

const SOURCING: Columns = &[
    (
        "actor",
        &[
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

/// The canonical column a header means in a table of `kind`.
pub fn canonical(kind: TableKind, header: &str) -> Option<&'static str> {
    let folded = fold_token(header);
    columns(kind).iter().find_map(|(canon, aliases)| {
        (folded == *canon || aliases.iter().any(|a| fold_token(a) == folded)).then_some(*canon)
    })
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
