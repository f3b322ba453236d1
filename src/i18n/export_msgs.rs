//! Texts of the exports: the headers and yes/no values of the CSV tables
//! in the user's language, and the export buttons.

catalogue! {
    /// Texts of the exports (CSV headers, graph files, the download menu).
    ExportMsg {
        // Actor table headers
        ColId => ["ID", "Kod", "ID"],
        ColName => ["Name", "Ad", "Name"],
        ColKind => ["Kind", "Tür", "Art"],
        ColStage => ["Stage", "Aşama", "Stufe"],
        ColLocality => ["Location", "Konum", "Lage"],
        ColEmployees => ["Employees", "Çalışan sayısı", "Beschäftigte"],
        ColExportShare => ["Export share (%)", "İhracat payı (%)", "Exportanteil (%)"],
        ColDegree => ["Partners", "Ortak sayısı", "Partner"],
        ColWeightedDegree => ["Weighted partners", "Ağırlıklı ortak sayısı", "Gewichtete Partner"],
        ColSupplyIn => ["Supplied by", "Tedarik alınan", "Beliefert von"],
        ColSupplyOut => ["Supplies to", "Tedarik verilen", "Beliefert"],
        ColBetweenness => ["Betweenness", "Aradalık", "Betweenness"],
        ColCloseness => ["Closeness", "Yakınlık", "Closeness"],
        ColCommunity => ["Sub-cluster", "Alt küme", "Teilcluster"],
        // Stage table headers
        ColStageId => ["Stage ID", "Aşama kodu", "Stufen-ID"],
        ColBand => ["Band", "Bant", "Ebene"],
        ColLocalActors => ["Local actors", "Yerel aktörler", "Regionale Akteure"],
        ColDemand => ["Firms needing it", "İhtiyaç duyan firmalar", "Firmen mit Bedarf"],
        ColBuyingOutside => ["Firms buying outside", "Dışarıdan alan firmalar", "Firmen mit Bezug von außerhalb"],
        ColVolumeOutside => ["Volume bought outside", "Dışarıdan alınan hacim", "Von außerhalb bezogenes Volumen"],
        ColLeakageShare => ["Share bought outside", "Dışarıdan alınan pay", "Anteil von außerhalb"],
        ColMissing => ["Missing", "Eksik", "Fehlt"],
        ColThin => ["Thin", "Zayıf", "Dünn besetzt"],
        ColScore => ["Opportunity score", "Fırsat puanı", "Chancenwert"],
        ColAction => ["Action", "Eylem", "Maßnahme"],
        Yes => ["yes", "evet", "ja"],
        No => ["no", "hayır", "nein"],
        // The download menu
        DownloadsTitle => ["Downloads", "İndirmeler", "Downloads"],
        TablesGroup => ["Tables for Excel", "Excel için tablolar", "Tabellen für Excel"],
        ForScripts => [
            "For scripts: plain CSV with codes (comma, decimal point)",
            "Betikler için: kodlu düz CSV (virgül, ondalık nokta)",
            "Für Skripte: einfaches CSV mit Codes (Komma, Dezimalpunkt)"
        ],
        GraphGroup => ["Network for other tools", "Diğer araçlar için ağ", "Netzwerk für andere Werkzeuge"],
        ExportGexf => ["GEXF (Gephi)", "GEXF (Gephi)", "GEXF (Gephi)"],
        ExportGraphml => ["GraphML (yEd, Cytoscape)", "GraphML (yEd, Cytoscape)", "GraphML (yEd, Cytoscape)"],
        GraphHint => [
            "With the positions and colours of the current view.",
            "Geçerli görünümün konumları ve renkleriyle.",
            "Mit Positionen und Farben der aktuellen Ansicht."
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::ExportMsg;
    use crate::i18n::{Lang, Message};

    #[test]
    fn every_export_text_is_translated() {
        for msg in ExportMsg::all() {
            for lang in Lang::ALL {
                assert!(!msg.text(lang).trim().is_empty(), "{msg:?} in {lang:?}");
                assert!(!msg.text(lang).contains('{'), "{msg:?} in {lang:?}");
            }
        }
    }
}
