//! Texts of the map pictures (SVG, PNG) and of the printable report.

catalogue! {
    /// Texts of the map pictures (SVG, PNG) and of the printable report.
    ReportMsg {
        // The picture control above the map
        Picture => ["Picture", "Resim", "Bild"],
        PictureHelp => [
            "Save the current view as a picture, with legend and caption",
            "Geçerli görünümü açıklama ve alt yazıyla resim olarak kaydet",
            "Die aktuelle Ansicht als Bild mit Legende und Bildunterschrift speichern"
        ],
        PictureSvg => ["SVG (vector)", "SVG (vektör)", "SVG (Vektor)"],
        PicturePng => ["PNG", "PNG", "PNG"],
        PictureScale => ["PNG size", "PNG boyutu", "PNG-Größe"],
        PictureScaleTimes => ["{n}× screen size", "ekran boyutunun {n} katı", "{n}-fache Bildschirmgröße"],
        PictureScaleWidth => ["width in pixels", "piksel cinsinden genişlik", "Breite in Pixeln"],
        PictureWidth => ["Width (pixels)", "Genişlik (piksel)", "Breite (Pixel)"],
        PictureFailed => [
            "The picture could not be made in this browser.",
            "Resim bu tarayıcıda oluşturulamadı.",
            "Das Bild konnte in diesem Browser nicht erstellt werden."
        ],
        // The caption under the picture
        CaptionSurvey => ["survey of {date}", "{date} tarihli anket", "Erhebung vom {date}"],
        CaptionActors => ["{n} actors shown", "{n} aktör gösteriliyor", "{n} Akteure dargestellt"],
        CaptionMadeWith => ["made with clustermap", "clustermap ile hazırlandı", "erstellt mit clustermap"],
        CaptionAnonymised => [
            "anonymised: actors by code",
            "anonim: aktörler kodlarıyla",
            "anonymisiert: Akteure als Kürzel"
        ],
        // The printable report
        PrintReport => ["Printable report (PDF)", "Yazdırılabilir rapor (PDF)", "Druckbarer Bericht (PDF)"],
        PrintReportHelp => [
            "Opens the print dialog with the report; choose “Save as PDF” to keep it as a file",
            "Raporu yazdırma penceresinde açar; dosya olarak saklamak için “PDF olarak kaydet”i seçin",
            "Öffnet den Druckdialog mit dem Bericht; „Als PDF speichern“ legt ihn als Datei ab"
        ],
        ReportKind => ["Cluster map report", "Küme haritası raporu", "Bericht zur Clusterkarte"],
        ReportFictional => [
            "Fictional sample data, not a real survey",
            "Kurgusal örnek veri, gerçek bir anket değildir",
            "Erfundene Beispieldaten, keine echte Erhebung"
        ],
        ReportAnonymised => [
            "Anonymised edition: firms are named by code, small counts and exact figures are withheld.",
            "Anonim baskı: firmalar kodlarıyla anılır, küçük sayılar ve kesin rakamlar gösterilmez.",
            "Anonymisierte Fassung: Unternehmen erscheinen als Kürzel, kleine Zahlen und genaue Werte werden zurückgehalten."
        ],
        ReportPrepared => ["Prepared on {date} with clustermap", "{date} tarihinde clustermap ile hazırlandı", "Erstellt am {date} mit clustermap"],
        ReportContents => ["Contents", "İçindekiler", "Inhalt"],
        ReportMethod => ["Method", "Yöntem", "Methode"],
        ReportMethodText => [
            "The map shows the cluster's actors as reported in a field survey of {region}. Each actor is placed in the value-chain stage it works in; relations are the supply, collaboration, knowledge and support ties the actors named. The figures below are computed from these answers only.",
            "Harita, {region} bölgesinde yapılan saha anketinde bildirilen küme aktörlerini gösterir. Her aktör çalıştığı değer zinciri aşamasına yerleştirilir; ilişkiler aktörlerin belirttiği tedarik, işbirliği, bilgi ve destek bağlarıdır. Aşağıdaki rakamlar yalnızca bu yanıtlardan hesaplanmıştır.",
            "Die Karte zeigt die Akteure des Clusters, wie sie in einer Felderhebung in {region} angegeben wurden. Jeder Akteur steht in der Stufe der Wertschöpfungskette, in der er tätig ist; Beziehungen sind die genannten Liefer-, Kooperations-, Wissens- und Unterstützungsbeziehungen. Die folgenden Zahlen beruhen allein auf diesen Antworten."
        ],
        ReportSurveySize => ["Survey size", "Anket büyüklüğü", "Umfang der Erhebung"],
        ReportSurveyDate => ["Survey date", "Anket tarihi", "Datum der Erhebung"],
        ReportSector => ["Sector", "Sektör", "Branche"],
        ReportSource => ["Source", "Kaynak", "Quelle"],
        ReportSizeValue => [
            "{actors} actors ({firms} local firms, {institutions} institutions), {relations} relations, {stages} value-chain stages, {answers} sourcing answers",
            "{actors} aktör ({firms} yerel firma, {institutions} kurum), {relations} ilişki, {stages} değer zinciri aşaması, {answers} tedarik yanıtı",
            "{actors} Akteure ({firms} Unternehmen der Region, {institutions} Einrichtungen), {relations} Beziehungen, {stages} Stufen der Wertschöpfungskette, {answers} Angaben zum Einkauf"
        ],
        ReportDefinitions => ["Definitions", "Tanımlar", "Begriffe"],
        ReportMap => ["The value-chain map", "Değer zinciri haritası", "Die Wertschöpfungskarte"],
        ReportMapText => [
            "Core stages run from left to right; actors from outside the region sit above their stage, support services and the enabling environment below. Dashed red frames mark stages missing locally, red breaks missing links, green numbers the ranked opportunities.",
            "Ana aşamalar soldan sağa uzanır; bölge dışındaki aktörler aşamalarının üstünde, destek hizmetleri ve elverişli ortam altta yer alır. Kesikli kırmızı çerçeveler bölgede eksik aşamaları, kırmızı kesikler eksik halkaları, yeşil numaralar sıralı fırsatları gösterir.",
            "Die Kernstufen verlaufen von links nach rechts; Akteure von außerhalb der Region stehen über ihrer Stufe, Unterstützung und Rahmenbedingungen darunter. Rot gestrichelte Rahmen markieren in der Region fehlende Stufen, rote Unterbrechungen fehlende Glieder, grüne Zahlen die gereihten Chancen."
        ],
        ReportGlance => ["The cluster at a glance", "Bir bakışta küme", "Der Cluster auf einen Blick"],
        ReportStages => ["Value-chain stages", "Değer zinciri aşamaları", "Stufen der Wertschöpfungskette"],
        ReportMissing => ["Missing stages and links", "Eksik aşamalar ve halkalar", "Fehlende Stufen und Glieder"],
        ReportMissingStages => ["Stages missing or thin locally", "Bölgede eksik veya zayıf aşamalar", "In der Region fehlende oder schwach besetzte Stufen"],
        ReportMissingLinks => ["Missing links", "Eksik halkalar", "Fehlende Glieder"],
        ReportOpportunities => ["Ranked investment opportunities", "Sıralı yatırım fırsatları", "Gereihte Investitionschancen"],
        ReportRationale => ["Rationale", "Gerekçe", "Begründung"],
        ReportEvidenceWithheld => [
            "The answers behind it come from fewer than 3 firms and are not listed.",
            "Dayandığı yanıtlar 3'ten az firmadan geldiği için listelenmez.",
            "Die zugrunde liegenden Antworten stammen von weniger als 3 Unternehmen und werden nicht aufgeführt."
        ],
        ReportInternational => ["Internationalisation", "Uluslararasılaşma", "Internationalisierung"],
        ReportFigure => ["Figure", "Gösterge", "Kennzahl"],
        ReportValue => ["Value", "Değer", "Wert"],
        ReportDefinition => ["Definition", "Tanım", "Definition"],
        ReportNone => ["None found.", "Bulunmadı.", "Keine gefunden."],
    }
}
