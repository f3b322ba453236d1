//! Names of the format's tables and columns, as the column-mapping step
//! shows them: what a survey sheet would call them in each language.

use super::Lang;
use crate::ingest::table::TableKind;

/// The name of a table of the format.
pub fn table_name(lang: Lang, kind: TableKind) -> &'static str {
    let [en, tr, de] = match kind {
        TableKind::Actors => ["Actors", "Aktörler", "Akteure"],
        TableKind::Relations => ["Relations", "İlişkiler", "Beziehungen"],
        TableKind::Stages => [
            "Value-chain stages",
            "Değer zinciri aşamaları",
            "Wertschöpfungsstufen",
        ],
        TableKind::Sourcing => ["Sourcing answers", "Tedarik yanıtları", "Bezugsangaben"],
        TableKind::Meta => ["Study details", "Çalışma bilgileri", "Angaben zur Studie"],
    };
    pick(lang, [en, tr, de])
}

/// The name of column `column` (a canonical name) of a table of `kind`;
/// the canonical name itself for a name the format does not have.
pub fn column_name(lang: Lang, kind: TableKind, column: &'static str) -> &'static str {
    use TableKind::*;
    let names = match (kind, column) {
        (Meta, "key") => ["Field", "Alan", "Feld"],
        (Meta, "value") => ["Value", "Değer", "Wert"],
        (Stages, "id") => ["Stage id", "Aşama kodu", "Stufen-ID"],
        (Stages, "name") => ["Stage name", "Aşama adı", "Stufenname"],
        (Stages, "band") => [
            "Band (core, support, enabling)",
            "Bant (çekirdek, destek, ortam)",
            "Ebene (Kern, Unterstützung, Rahmen)",
        ],
        (Stages, "name_tr") => ["Turkish name", "Türkçe adı", "Türkischer Name"],
        (Stages, "name_de") => ["German name", "Almanca adı", "Deutscher Name"],
        (Actors, "id") => ["Actor id", "Aktör kodu", "Akteurs-ID"],
        (Actors, "name") => ["Name", "Ad", "Name"],
        (Actors, "kind") => ["Kind of actor", "Aktör türü", "Akteursart"],
        (Actors, "stages") => [
            "Value-chain stages",
            "Değer zinciri aşamaları",
            "Wertschöpfungsstufen",
        ],
        (Actors, "employees") => ["Employees", "Çalışan sayısı", "Mitarbeiter"],
        (Actors, "export_share") => ["Export share %", "İhracat payı %", "Exportanteil %"],
        (Actors, "export_markets") => ["Export markets", "İhracat pazarları", "Exportmärkte"],
        (Actors, "district") => ["District", "İlçe", "Ort"],
        (Actors, "lat") => ["Latitude", "Enlem", "Breitengrad"],
        (Actors, "lon") => ["Longitude", "Boylam", "Längengrad"],
        (Actors, "locality") => [
            "Locality (local, national, international)",
            "Yerellik (yerel, ulusal, uluslararası)",
            "Lage (regional, national, international)",
        ],
        (Actors, "founded") => ["Year founded", "Kuruluş yılı", "Gründungsjahr"],
        (Actors, "tags") => ["Tags", "Etiketler", "Schlagwörter"],
        (Actors, "notes") => ["Notes", "Notlar", "Notizen"],
        (Relations, "source") => ["From (actor)", "Kimden (aktör)", "Von (Akteur)"],
        (Relations, "target") => ["To (actor)", "Kime (aktör)", "An (Akteur)"],
        (Relations, "kind") => ["Kind of relation", "İlişki türü", "Beziehungsart"],
        (Relations, "strength") => ["Strength 1–5", "Güç 1–5", "Stärke 1–5"],
        (Relations, "volume") => ["Volume", "Hacim", "Volumen"],
        (Relations, "note") => ["Note", "Not", "Notiz"],
        (Relations, "original_weight") => [
            "Original weight (before rescaling)",
            "Özgün ağırlık (dönüştürmeden önce)",
            "Ursprüngliches Gewicht (vor dem Umrechnen)",
        ],
        (Sourcing, "actor") => ["Answering actor", "Yanıtlayan aktör", "Antwortender Akteur"],
        (Sourcing, "input_stage") => ["Input (stage)", "Girdi (aşama)", "Vorleistung (Stufe)"],
        (Sourcing, "origin") => [
            "Bought from (local, national, international)",
            "Nereden (yerel, ulusal, uluslararası)",
            "Herkunft (regional, national, international)",
        ],
        (Sourcing, "share") => ["Share %", "Pay %", "Anteil %"],
        (Sourcing, "volume") => ["Volume", "Hacim", "Volumen"],
        (Sourcing, "reason") => ["Reason", "Neden", "Grund"],
        _ => return column,
    };
    pick(lang, names)
}

fn pick(lang: Lang, [en, tr, de]: [&'static str; 3]) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Tr => tr,
        Lang::De => de,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::columns::columns;

    #[test]
    fn every_column_of_the_format_has_a_name_in_each_language() {
        for kind in TableKind::ALL {
            for (canon, _) in columns(kind) {
                for lang in Lang::ALL {
                    let name = column_name(lang, kind, canon);
                    assert_ne!(name, *canon, "{kind:?}.{canon} has no {lang:?} name");
                }
            }
        }
    }
}
