//! The template workbook researchers fill in: one sheet per table of the
//! format, headers and sheet names in their language, a few example rows
//! that show the vocabulary. It reads back through [`super::load`] without
//! problems, which the tests check.
//!
//! Written as a minimal OOXML package with the `zip` crate (the same one
//! the XLSX reader opens packages with), since a full XLSX writer would add
//! far more code to the wasm bundle than these five small sheets need.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::i18n::Lang;

/// A cell of the template: text, or a number Excel should treat as one.
enum V {
    T(&'static str),
    N(f64),
}

use V::{N, T};

struct Sheet {
    name: &'static str,
    header: &'static [&'static str],
    rows: Vec<Vec<V>>,
}

fn sheets(lang: Lang) -> Vec<Sheet> {
    match lang {
        Lang::En => vec![
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
                name: "Tedarik",
                header: &["Firma", "Girdi", "Nereden", "Pay", "Neden"],
                rows: vec![
                    vec![T("a1"), T("machining"), T("ulusal"), N(40.0), T("kapasite")],
                    vec![T("a2"), T("casting"), T("yurt dışı"), N(60.0), T("kalite")],
                ],
            },
        ],
        Lang::De => vec![
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
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
            Sheet {
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

/// Excel's column letters: 0 → A, 25 → Z, 26 → AA.
fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8_lossy(&letters).into_owned()
}

fn escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}

fn cell(column: usize, row: usize, value: &V, style: u8) -> String {
    let r = format!("{}{row}", column_letter(column));
    match value {
        T("") => String::new(),
        T(text) => format!(
            r#"<c r="{r}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
            escape(text)
        ),
        N(number) => format!(r#"<c r="{r}" s="{style}"><v>{number}</v></c>"#),
    }
}

fn sheet_xml(sheet: &Sheet) -> String {
    let mut rows = String::new();
    let header: Vec<V> = sheet.header.iter().map(|h| T(h)).collect();
    for (i, values) in std::iter::once(&header).chain(&sheet.rows).enumerate() {
        let style = u8::from(i == 0);
        let cells: String = values
            .iter()
            .enumerate()
            .map(|(c, v)| cell(c, i + 1, v, style))
            .collect();
        rows.push_str(&format!(r#"<row r="{}">{cells}</row>"#, i + 1));
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols><col min="1" max="{}" width="24" customWidth="1"/></cols><sheetData>{rows}</sheetData></worksheet>"#,
        sheet.header.len().max(1)
    )
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>"#;

fn package(sheets: &[Sheet]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let overrides: String = (1..=sheets.len())
        .map(|i| format!(r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        .collect();
    let parts = [
        (
            "[Content_Types].xml".to_string(),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>"#
            ),
        ),
        (
            "_rels/.rels".to_string(),
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
                .to_string(),
        ),
        (
            "xl/workbook.xml".to_string(),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{}</sheets></workbook>"#,
                sheets
                    .iter()
                    .enumerate()
                    .map(|(i, s)| format!(
                        r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
                        escape(s.name),
                        n = i + 1
                    ))
                    .collect::<String>()
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels".to_string(),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
                (1..=sheets.len())
                    .map(|n| format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#))
                    .collect::<String>(),
                sheets.len() + 1
            ),
        ),
        ("xl/styles.xml".to_string(), STYLES.to_string()),
    ];
    for (name, content) in parts {
        zip.start_file(name, options)?;
        zip.write_all(content.as_bytes())?;
    }
    for (i, sheet) in sheets.iter().enumerate() {
        zip.start_file(format!("xl/worksheets/sheet{}.xml", i + 1), options)?;
        zip.write_all(sheet_xml(sheet).as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The template workbook in `lang`: sheets Meta, Stages, Actors, Relations
/// and Sourcing (named and headed in that language), each with example
/// rows. Writing to memory cannot fail; the empty vector that would stand
/// for a failure is never produced in practice.
pub fn template_xlsx(lang: Lang) -> Vec<u8> {
    package(&sheets(lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::column_letter;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
