//! Texts for assistive technology and the keyboard (issue 16): skip links,
//! names of controls that have no visible label, and the map's long
//! description, which a screen reader reads in place of the picture.

use super::{stage_name, Lang};
use crate::analysis::ClusterReport;
use crate::model::Dataset;

catalogue! {
    /// Texts for screen readers and keyboard users.
    A11yMsg {
        SkipToMap => ["Skip to the map", "Haritaya geç", "Zur Karte springen"],
        SkipToResults => ["Skip to the results", "Sonuçlara geç", "Zu den Ergebnissen springen"],
        ColumnChoice => [
            "Read the column “{header}” as",
            "“{header}” sütununu şöyle oku",
            "Spalte „{header}“ lesen als"
        ],
        ValueChoice => [
            "Meaning of “{value}”",
            "“{value}” değerinin anlamı",
            "Bedeutung von „{value}“"
        ],
        DefLocal => [
            "Actors located in the region that work in this stage.",
            "Bölgede bulunan ve bu aşamada çalışan aktörler.",
            "Akteure mit Sitz in der Region, die in dieser Stufe tätig sind."
        ],
        ClearHighlight => ["Clear highlight", "Vurgulamayı kaldır", "Hervorhebung aufheben"],
        DescActors => [
            "The map shows {actors} actors and {relations} relations along {core} core stages of the value chain.",
            "Harita, değer zincirinin {core} temel aşaması boyunca {actors} aktör ve {relations} ilişki gösteriyor.",
            "Die Karte zeigt {actors} Akteure und {relations} Beziehungen entlang {core} Kernstufen der Wertschöpfungskette."
        ],
        DescMissing => [
            "Missing in the region: {stages}.",
            "Bölgede eksik olanlar: {stages}.",
            "In der Region fehlen: {stages}."
        ],
        DescNoneMissing => [
            "Every core stage has a local actor.",
            "Her temel aşamada yerel bir aktör var.",
            "Jede Kernstufe hat einen Akteur in der Region."
        ],
        DescOpportunities => [
            "Top investment opportunities: {stages}.",
            "Başlıca yatırım fırsatları: {stages}.",
            "Wichtigste Investitionschancen: {stages}."
        ],
        HelpTitle => ["Keyboard shortcuts", "Klavye kısayolları", "Tastenkürzel"],
        HelpClose => ["Close", "Kapat", "Schließen"],
        KeyNameTab => ["Tab", "Tab", "Tab"],
        KeyTab => [
            "Next control; on the map, the next actor",
            "Sonraki denetim; haritada sonraki aktör",
            "Nächstes Bedienelement; auf der Karte der nächste Akteur"
        ],
        KeyNameLeftRight => ["← →", "← →", "← →"],
        KeyLeftRight => [
            "On an actor: the previous or next stage of the value chain, missing stages included",
            "Bir aktördeyken: değer zincirinin önceki veya sonraki aşaması, eksik aşamalar dahil",
            "Auf einem Akteur: vorige oder nächste Stufe der Wertschöpfungskette, fehlende Stufen eingeschlossen"
        ],
        KeyNameUpDown => ["↑ ↓", "↑ ↓", "↑ ↓"],
        KeyUpDown => [
            "On an actor: the previous or next actor of its stage; on the map itself: move the map",
            "Bir aktördeyken: aynı aşamadaki önceki veya sonraki aktör; haritanın kendisinde: haritayı kaydır",
            "Auf einem Akteur: voriger oder nächster Akteur der Stufe; auf der Karte selbst: Karte verschieben"
        ],
        KeyNameEnter => ["Enter", "Enter", "Eingabe"],
        KeyEnter => [
            "Open the actor's details; on a missing stage, show the firms that buy it outside",
            "Aktörün ayrıntılarını aç; eksik bir aşamada, onu bölge dışından alan firmaları göster",
            "Details des Akteurs öffnen; auf einer fehlenden Stufe die Unternehmen zeigen, die sie außerhalb einkaufen"
        ],
        KeyNameEscape => ["Esc", "Esc", "Esc"],
        KeyEscape => [
            "Back to the map; clear the selection and the highlight",
            "Haritaya dön; seçimi ve vurgulamayı kaldır",
            "Zurück zur Karte; Auswahl und Hervorhebung aufheben"
        ],
        KeyNameSearchEnter => ["Enter in the search", "Aramada Enter", "Eingabe in der Suche"],
        KeySearchEnter => [
            "Go to the first actor found",
            "Bulunan ilk aktöre git",
            "Zum ersten gefundenen Akteur"
        ],
        KeyNameZoom => ["+ −", "+ −", "+ −"],
        KeyZoom => ["Zoom in, zoom out", "Yakınlaştır, uzaklaştır", "Vergrößern, verkleinern"],
        KeyNameFit => ["0", "0", "0"],
        KeyFit => ["Show the whole map", "Haritanın tamamını göster", "Ganze Karte zeigen"],
        KeyNamePresent => ["F5", "F5", "F5"],
        KeyPresent => ["Start the presentation", "Sunumu başlat", "Präsentation starten"],
        KeyNameHelp => ["?", "?", "?"],
        KeyHelp => ["Show or hide this list", "Bu listeyi göster veya gizle", "Diese Liste zeigen oder ausblenden"],
        DescNoOpportunity => [
            "No investment opportunity was found.",
            "Yatırım fırsatı bulunamadı.",
            "Keine Investitionschance gefunden."
        ],
    }
}

/// How many opportunities the long description names.
pub const DESCRIBED_OPPORTUNITIES: usize = 3;

/// The map's long description: how many actors, relations and core
/// stages it shows, which core stages are missing locally and the top
/// opportunities, in ranked order. Stage names only: no actor is named, so
/// the text is the same with the anonymised mode on.
pub fn map_description(lang: Lang, dataset: &Dataset, report: &ClusterReport) -> String {
    let s = &report.summary;
    let stage = |i: usize| {
        dataset
            .stages
            .get(i)
            .map(|st| stage_name(lang, st).to_string())
    };
    let mut out = vec![lang.format(
        A11yMsg::DescActors,
        &[
            ("actors", s.actors.to_string()),
            ("relations", s.relations.to_string()),
            ("core", s.core_stages.to_string()),
        ],
    )];
    let missing: Vec<String> = report
        .gaps
        .iter()
        .filter(|g| !g.thin)
        .filter_map(|g| stage(g.stage))
        .collect();
    out.push(if missing.is_empty() {
        lang.text(A11yMsg::DescNoneMissing).to_string()
    } else {
        lang.format(A11yMsg::DescMissing, &[("stages", missing.join(", "))])
    });
    let top: Vec<String> = report
        .opportunities
        .iter()
        .take(DESCRIBED_OPPORTUNITIES)
        .filter_map(|o| stage(o.stage))
        .enumerate()
        .map(|(i, name)| format!("{}. {name}", i + 1))
        .collect();
    out.push(if top.is_empty() {
        lang.text(A11yMsg::DescNoOpportunity).to_string()
    } else {
        lang.format(A11yMsg::DescOpportunities, &[("stages", top.join(", "))])
    });
    out.join(" ")
}
