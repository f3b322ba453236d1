//! The template workbook researchers fill in: one sheet per table of the
//! format, headers and sheet names in their language, a few example rows
//! that show the vocabulary. Its content lives here, beside the readers it
//! must satisfy; `crate::export::template_xlsx` writes it with the app's
//! one XLSX writer, and the tests check it reads back through
//! [`super::load`] without problems.

use crate::i18n::Lang;

/// A cell of the template: text, or a number Excel should treat as one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TemplateValue {
    T(&'static str),
    N(f64),
}

use TemplateValue::{N, T};

/// One sheet of the template: its name and header in the language asked
/// for, and example rows.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateSheet {
    pub name: &'static str,
    pub header: &'static [&'static str],
    pub rows: Vec<Vec<TemplateValue>>,
}

/// The template's sheets in `lang`: Meta, Stages, Actors, Relations and
/// Sourcing, named and headed in that language.
pub fn template_sheets(lang: Lang) -> Vec<TemplateSheet> {
    match lang {
        Lang::En => vec![
            TemplateSheet {
                name: "Meta",
                header: &["key", "value"],
                rows: vec![
                    vec![T("name"), T("Example metal cluster")],
                    vec![T("region"), T("İzmir")],
                    vec![T("survey_date"), T("2025-05-01")],
                    vec![T("currency"), T("TRY")],
                    vec![T("sector"), T("Machinery, metal and casting")],
                    vec![T("language"), T("en")],
                ],
            },
            TemplateSheet {
                name: "Stages",
                header: &["id", "name", "band", "name_tr", "name_de"],
                rows: vec![
                    vec![
                        T("casting"),
                        T("Casting & forging"),
                        T("core"),
                        T("Döküm ve dövme"),
                        T("Gießerei und Schmiede"),
                    ],
                    vec![
                        T("machining"),
                        T("Machining"),
                        T("core"),
                        T("Talaşlı imalat"),
                        T("Zerspanung"),
                    ],
                    vec![
                        T("testing"),
                        T("Testing & certification"),
                        T("support"),
                        T("Test ve belgelendirme"),
                        T("Prüfung und Zertifizierung"),
                    ],
                ],
            },
            TemplateSheet {
                name: "Actors",
                header: &[
                    "id",
                    "name",
                    "kind",
                    "stages",
                    "employees",
                    "export_share",
                    "export_markets",
                    "district",
                    "locality",
                    "founded",
                ],
                rows: vec![
                    vec![
                        T("a1"),
                        T("Example Foundry Ltd."),
                        T("firm"),
                        T("casting"),
                        N(120.0),
                        N(35.0),
                        T("DE; IT"),
                        T("Çiğli"),
                        T("local"),
                        N(1998.0),
                    ],
                    vec![
                        T("a2"),
                        T("Example Machining Co."),
                        T("supplier"),
                        T("machining"),
                        N(25.0),
                        N(0.0),
                        T(""),
                        T("Kemalpaşa"),
                        T("local"),
                        N(2011.0),
                    ],
                    vec![
                        T("a3"),
                        T("Example University"),
                        T("university"),
                        T("testing"),
                        T(""),
                        T(""),
                        T(""),
                        T("Bornova"),
                        T("local"),
                        T(""),
                    ],
                ],
            },
            TemplateSheet {
                name: "Relations",
                header: &["source", "target", "kind", "strength", "volume", "note"],
                rows: vec![
                    vec![
                        T("a2"),
                        T("a1"),
                        T("supply"),
                        N(4.0),
                        N(250000.0),
                        T("machined parts"),
                    ],
                    vec![
                        T("a1"),
                        T("a3"),
                        T("knowledge"),
                        N(2.0),
                        T(""),
                        T("material tests"),
                    ],
                ],
            },
            TemplateSheet {
                name: "Sourcing",
                header: &["actor", "input_stage", "origin", "share", "reason"],
                rows: vec![
                    vec![
                        T("a1"),
                        T("machining"),
                        T("national"),
                        N(40.0),
                        T("capacity"),
                    ],
                    vec![
                        T("a2"),
                        T("casting"),
                        T("international"),
                        N(60.0),
                        T("quality"),
                    ],
                ],
            },
        ],
        Lang::Tr => vec![
            TemplateSheet {
                name: "Meta",
                header: &["Alan", "Değer"],
                rows: vec![
                    vec![T("Küme adı"), T("Örnek metal kümesi")],
                    vec![T("Bölge"), T("İzmir")],
                    vec![T("Anket tarihi"), T("2025-05-01")],
                    vec![T("Para birimi"), T("TRY")],
                    vec![T("Sektör"), T("Makine, metal ve döküm")],
                    vec![T("Dil"), T("tr")],
                ],
            },
            TemplateSheet {
                name: "Aşamalar",
                header: &["Kod", "Aşama adı", "Bant", "Türkçe", "Almanca"],
                rows: vec![
                    vec![
                        T("casting"),
                        T("Casting & forging"),
                        T("çekirdek"),
                        T("Döküm ve dövme"),
                        T("Gießerei und Schmiede"),
                    ],
                    vec![
                        T("machining"),
                        T("Machining"),
                        T("çekirdek"),
                        T("Talaşlı imalat"),
                        T("Zerspanung"),
                    ],
                    vec![
                        T("testing"),
                        T("Testing & certification"),
                        T("destek"),
                        T("Test ve belgelendirme"),
                        T("Prüfung und Zertifizierung"),
                    ],
                ],
            },
            TemplateSheet {
                name: "Aktörler",
                header: &[
                    "Kod",
                    "Firma adı",
                    "Tür",
                    "Aşamalar",
                    "Çalışan sayısı",
                    "İhracat payı",
                    "İhracat pazarları",
                    "İlçe",
                    "Yerellik",
                    "Kuruluş yılı",
                ],
                rows: vec![
                    vec![
                        T("a1"),
                        T("Örnek Döküm A.Ş."),
                        T("firma"),
                        T("Döküm ve dövme"),
                        N(120.0),
                        N(35.0),
                        T("DE; IT"),
                        T("Çiğli"),
                        T("yerel"),
                        N(1998.0),
                    ],
                    vec![
                        T("a2"),
                        T("Örnek Talaşlı İmalat Ltd. Şti."),
                        T("tedarikçi"),
                        T("Talaşlı imalat"),
                        N(25.0),
                        N(0.0),
                        T(""),
                        T("Kemalpaşa"),
                        T("yerel"),
                        N(2011.0),
                    ],
                    vec![
                        T("a3"),
                        T("Örnek Üniversitesi"),
                        T("üniversite"),
                        T("Test ve belgelendirme"),
                        T(""),
                        T(""),
                        T(""),
                        T("Bornova"),
                        T("yerel"),
                        T(""),
                    ],
                ],
            },
            TemplateSheet {
                name: "İlişkiler",
                header: &["Kaynak", "Hedef", "İlişki türü", "Güç", "Hacim", "Not"],
                rows: vec![
                    vec![
                        T("a2"),
                        T("a1"),
                        T("tedarik"),
                        N(4.0),
                        N(250000.0),
                        T("işlenmiş parçalar"),
                    ],
                    vec![
                        T("a1"),
                        T("a3"),
                        T("ar-ge"),
                        N(2.0),
                        T(""),
                        T("malzeme testleri"),
                    ],
                ],
            },
            TemplateSheet {
                name: "Tedarik",
                header: &["Firma", "Girdi", "Nereden", "Pay", "Neden"],
                rows: vec![
                    vec![T("a1"), T("machining"), T("ulusal"), N(40.0), T("kapasite")],
                    vec![T("a2"), T("casting"), T("yurt dışı"), N(60.0), T("kalite")],
                ],
            },
        ],
        Lang::De => vec![
            TemplateSheet {
                name: "Meta",
                header: &["Feld", "Wert"],
                rows: vec![
                    vec![T("Clustername"), T("Beispiel-Metallcluster")],
                    vec![T("Region"), T("İzmir")],
                    vec![T("Erhebungsdatum"), T("2025-05-01")],
                    vec![T("Währung"), T("TRY")],
                    vec![T("Branche"), T("Maschinenbau, Metall und Gießerei")],
                    vec![T("Sprache"), T("de")],
                ],
            },
            TemplateSheet {
                name: "Stufen",
                header: &["Stufe_ID", "Stufe", "Ebene", "Türkisch", "Deutsch"],
                rows: vec![
                    vec![
                        T("casting"),
                        T("Casting & forging"),
                        T("Kern"),
                        T("Döküm ve dövme"),
                        T("Gießerei und Schmiede"),
                    ],
                    vec![
                        T("machining"),
                        T("Machining"),
                        T("Kern"),
                        T("Talaşlı imalat"),
                        T("Zerspanung"),
                    ],
                    vec![
                        T("testing"),
                        T("Testing & certification"),
                        T("Unterstützung"),
                        T("Test ve belgelendirme"),
                        T("Prüfung und Zertifizierung"),
                    ],
                ],
            },
            TemplateSheet {
                name: "Akteure",
                header: &[
                    "Kennung",
                    "Unternehmen",
                    "Art",
                    "Stufen",
                    "Mitarbeiter",
                    "Exportanteil",
                    "Exportmärkte",
                    "Ort",
                    "Lokalität",
                    "Gründungsjahr",
                ],
                rows: vec![
                    vec![
                        T("a1"),
                        T("Beispiel Gießerei GmbH"),
                        T("Unternehmen"),
                        T("casting"),
                        N(120.0),
                        N(35.0),
                        T("DE; IT"),
                        T("Çiğli"),
                        T("lokal"),
                        N(1998.0),
                    ],
                    vec![
                        T("a2"),
                        T("Beispiel Zerspanung KG"),
                        T("Zulieferer"),
                        T("machining"),
                        N(25.0),
                        N(0.0),
                        T(""),
                        T("Kemalpaşa"),
                        T("lokal"),
                        N(2011.0),
                    ],
                    vec![
                        T("a3"),
                        T("Beispiel-Hochschule"),
                        T("Hochschule"),
                        T("testing"),
                        T(""),
                        T(""),
                        T(""),
                        T("Bornova"),
                        T("lokal"),
                        T(""),
                    ],
                ],
            },
            TemplateSheet {
                name: "Beziehungen",
                header: &["Von", "Nach", "Art", "Stärke", "Volumen", "Notiz"],
                rows: vec![
                    vec![
                        T("a2"),
                        T("a1"),
                        T("Lieferung"),
                        N(4.0),
                        N(250000.0),
                        T("bearbeitete Teile"),
                    ],
                    vec![
                        T("a1"),
                        T("a3"),
                        T("Wissen"),
                        N(2.0),
                        T(""),
                        T("Werkstoffprüfungen"),
                    ],
                ],
            },
            TemplateSheet {
                name: "Bezugsquellen",
                header: &["Unternehmen", "Vorleistung", "Herkunft", "Anteil", "Grund"],
                rows: vec![
                    vec![
                        T("a1"),
                        T("machining"),
                        T("national"),
                        N(40.0),
                        T("Kapazität"),
                    ],
                    vec![T("a2"), T("casting"), T("Ausland"), N(60.0), T("Qualität")],
                ],
            },
        ],
    }
}
