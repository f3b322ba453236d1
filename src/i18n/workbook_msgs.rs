//! Texts of the XLSX workbooks (sheet names, column headers, figure names
//! and definitions not shown elsewhere) and of their download buttons.

catalogue! {
    /// Texts of the results and Kumu workbooks and their downloads.
    WorkbookMsg {
        // Sheet names (at most 31 characters, Excel's limit)
        SheetActors => ["Actors", "Aktörler", "Akteure"],
        SheetRelations => ["Relations", "İlişkiler", "Beziehungen"],
        SheetStages => ["Stages", "Aşamalar", "Stufen"],
        SheetGaps => ["Gaps", "Boşluklar", "Lücken"],
        SheetLinks => ["Missing links", "Eksik halkalar", "Fehlende Glieder"],
        SheetOpportunities => ["Opportunities", "Fırsatlar", "Chancen"],
        SheetEvidence => ["Survey answers", "Anket yanıtları", "Antworten der Erhebung"],
        SheetInternational => ["Internationalisation", "Uluslararasılaşma", "Internationalisierung"],
        SheetDefinitions => ["Definitions", "Tanımlar", "Definitionen"],

        // Column headers
        HeadId => ["Code", "Kod", "Kennung"],
        HeadName => ["Name", "Ad", "Name"],
        HeadKind => ["Kind", "Tür", "Art"],
        HeadStage => ["Stage", "Aşama", "Stufe"],
        HeadLocality => ["Based", "Konum", "Sitz"],
        HeadEmployees => ["Employees", "Çalışan sayısı", "Beschäftigte"],
        HeadExportShare => ["Export share (%)", "İhracat payı (%)", "Exportanteil (%)"],
        HeadDegree => ["Partners (degree)", "Ortak sayısı (derece)", "Partner (Grad)"],
        HeadWeightedDegree => ["Sum of strengths", "Güç toplamı", "Summe der Stärken"],
        HeadSupplyIn => ["Suppliers", "Tedarikçiler", "Lieferanten"],
        HeadSupplyOut => ["Customers supplied", "Tedarik edilen müşteriler", "Belieferte Kunden"],
        HeadBetweenness => ["Betweenness", "Aradalık", "Betweenness"],
        HeadCloseness => ["Closeness", "Yakınlık", "Closeness"],
        HeadCommunity => ["Sub-cluster", "Alt küme", "Teilcluster"],
        HeadFrom => ["From", "Kimden", "Von"],
        HeadTo => ["To", "Kime", "An"],
        HeadStrength => ["Strength (1–5)", "Güç (1–5)", "Stärke (1–5)"],
        HeadVolume => ["Volume", "Hacim", "Volumen"],
        HeadNote => ["Note", "Not", "Notiz"],
        HeadStageId => ["Stage code", "Aşama kodu", "Stufenkennung"],
        HeadBand => ["Band", "Bant", "Band"],
        HeadLeakageShare => ["Share bought outside (%)", "Dışarıdan alınan pay (%)", "Außerhalb gekaufter Anteil (%)"],
        HeadScore => ["Opportunity score", "Fırsat puanı", "Chancenwert"],
        HeadAction => ["Action", "Eylem", "Maßnahme"],
        HeadOutsideActors => ["Actors outside the region", "Bölge dışındaki aktörler", "Akteure außerhalb der Region"],
        HeadFromStage => ["From stage", "Çıkış aşaması", "Von Stufe"],
        HeadToStage => ["To stage", "Varış aşaması", "Zu Stufe"],
        HeadFirms => ["Firms", "Firmalar", "Unternehmen"],
        HeadFirmCount => ["Number of firms", "Firma sayısı", "Anzahl Unternehmen"],
        HeadRank => ["Rank", "Sıra", "Rang"],
        HeadRationale => ["Why", "Gerekçe", "Begründung"],
        HeadEvidence => ["Survey answers behind it", "Dayandığı anket yanıtları", "Zugrunde liegende Antworten"],
        HeadRespondent => ["Respondent", "Yanıtlayan", "Befragte"],
        HeadInput => ["Input stage", "Girdi aşaması", "Vorleistungsstufe"],
        HeadOrigin => ["Bought from", "Nereden alınıyor", "Bezogen aus"],
        HeadShare => ["Share (%)", "Pay (%)", "Anteil (%)"],
        HeadReason => ["Reason", "Neden", "Grund"],
        HeadReasonWritten => ["Reason as written", "Yazıldığı şekliyle neden", "Grund im Wortlaut"],
        HeadFigure => ["Figure", "Gösterge", "Kennzahl"],
        HeadValue => ["Value", "Değer", "Wert"],
        HeadTerm => ["Term", "Terim", "Begriff"],
        HeadDefinition => ["Definition", "Tanım", "Definition"],

        // Values
        Yes => ["yes", "evet", "ja"],
        No => ["no", "hayır", "nein"],
        FirmsReporting => ["Firms reporting an export share", "İhracat payı bildiren firmalar", "Unternehmen mit Angabe zum Exportanteil"],
        ExporterShare => ["Share of exporters (%)", "İhracatçı payı (%)", "Anteil der Exporteure (%)"],
        Market => ["Export market: {market} (firms)", "İhracat pazarı: {market} (firma)", "Exportmarkt: {market} (Unternehmen)"],
        GapPartnersOf => ["Partners abroad serving {stage}", "{stage} için yurt dışı ortaklar", "Partner im Ausland für {stage}"],

        // Definitions of the figures the other sheets hold
        DefCloseness => [
            "Closeness: how near an actor is to all others it can reach, by the number of steps along relations (Wasserman–Faust), from 0 to 1.",
            "Yakınlık: bir aktörün ulaşabildiği tüm aktörlere ilişkiler boyunca kaç adımda ulaştığına göre ne kadar yakın olduğu (Wasserman–Faust), 0 ile 1 arasında.",
            "Closeness: wie nah ein Akteur allen erreichbaren anderen ist, gemessen in Schritten entlang der Beziehungen (Wasserman–Faust), von 0 bis 1."
        ],
        DefWeightedDegree => [
            "Sum of strengths: the strengths (1–5) of all an actor's relations added up.",
            "Güç toplamı: bir aktörün tüm ilişkilerinin güçlerinin (1–5) toplamı.",
            "Summe der Stärken: die Stärken (1–5) aller Beziehungen eines Akteurs zusammengezählt."
        ],
        DefSupply => [
            "Suppliers and customers supplied: distinct actors linked to this one by a supply relation, towards it and from it.",
            "Tedarikçiler ve tedarik edilen müşteriler: bu aktöre tedarik ilişkisiyle bağlı farklı aktörler, ona doğru ve ondan çıkan.",
            "Lieferanten und belieferte Kunden: verschiedene Akteure, die mit diesem durch eine Lieferbeziehung verbunden sind, zu ihm hin und von ihm aus."
        ],
        DefAnonymised => [
            "This workbook is anonymised: actors are named by code, head counts, shares and volumes are given as bands, counts of fewer than 3 firms are written <3, and free text is left out.",
            "Bu çalışma kitabı anonimleştirilmiştir: aktörler kodla adlandırılır, çalışan sayıları, paylar ve hacimler aralık olarak verilir, 3'ten az firma sayıları <3 olarak yazılır ve serbest metin çıkarılır.",
            "Diese Arbeitsmappe ist anonymisiert: Akteure werden mit Code genannt, Beschäftigte, Anteile und Volumen als Spannen angegeben, Zahlen unter 3 Unternehmen als <3 geschrieben, und Freitext ist weggelassen."
        ],
    }
}

catalogue! {
    /// Texts of the workbook downloads on the page: apart from the
    /// workbooks' own texts, which only the export worker links in.
    WorkbookUiMsg {
        // The download buttons and their progress
        ExportXlsx => ["Results workbook (XLSX)", "Sonuç çalışma kitabı (XLSX)", "Ergebnis-Arbeitsmappe (XLSX)"],
        ExportKumu => ["Kumu blueprint (XLSX)", "Kumu planı (XLSX)", "Kumu-Vorlage (XLSX)"],
        Writing => ["Writing {file}…", "{file} yazılıyor…", "{file} wird geschrieben…"],
        WriterDidNotStart => [
            "{file} was not written: this browser did not start the workbook writer (Web Workers may be blocked, or its file did not load). Allow the page to run workers, reload, and click the button again.",
            "{file} yazılmadı: bu tarayıcı çalışma kitabı yazıcısını başlatmadı (Web Worker engellenmiş olabilir ya da dosyası yüklenmedi). Sayfanın worker çalıştırmasına izin verin, sayfayı yenileyin ve düğmeye yeniden tıklayın.",
            "{file} wurde nicht geschrieben: dieser Browser hat den Arbeitsmappen-Schreiber nicht gestartet (Web Worker sind vielleicht gesperrt, oder seine Datei wurde nicht geladen). Erlauben Sie der Seite Worker, laden Sie neu und klicken Sie erneut."
        ],
        WriterStopped => [
            "{file} was not written: the workbook writer stopped ({detail}). Click the button again to retry; a new writer starts.",
            "{file} yazılmadı: çalışma kitabı yazıcısı durdu ({detail}). Yeniden denemek için düğmeye tekrar tıklayın; yeni bir yazıcı başlar.",
            "{file} wurde nicht geschrieben: der Arbeitsmappen-Schreiber hat angehalten ({detail}). Klicken Sie erneut, um es noch einmal zu versuchen; ein neuer Schreiber startet."
        ],
        WriterFailed => [
            "{file} was not written: {detail}. Click the button again to retry.",
            "{file} yazılmadı: {detail}. Yeniden denemek için düğmeye tekrar tıklayın.",
            "{file} wurde nicht geschrieben: {detail}. Klicken Sie erneut, um es noch einmal zu versuchen."
        ],
    }
}
