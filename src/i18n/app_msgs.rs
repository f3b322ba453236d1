//! Texts of the page frame, summary, gaps, map and import panel.

catalogue! {
    /// Texts of the page frame, summary, gaps, map and import panel.
    Msg {
        // Page frame
        AppTitle => ["Cluster map", "Küme haritası", "Clusterkarte"],
        Language => ["Language", "Dil", "Sprache"],
        FictionalBadge => [
        "Fictional sample data, not a real survey",
        "Kurgusal örnek veri, gerçek bir anket değildir",
        "Fiktive Beispieldaten, keine echte Erhebung"
    ],
        PrivacyNote => [
        "Your data stays in this browser: nothing is uploaded.",
        "Verileriniz bu tarayıcıda kalır: hiçbir şey yüklenmez.",
        "Ihre Daten bleiben in diesem Browser: nichts wird hochgeladen."
    ],
        // Summary line
        SummaryActors => [
        "{actors} actors ({smes} SMEs, {institutions} institutions, {outside} outside the region)",
        "{actors} aktör ({smes} KOBİ, {institutions} kurum, {outside} bölge dışı)",
        "{actors} Akteure ({smes} KMU, {institutions} Einrichtungen, {outside} außerhalb der Region)"
    ],
        SummaryRelations => [
        "{relations} relations",
        "{relations} ilişki",
        "{relations} Beziehungen"
    ],
        SummaryDensity => [
        "density {density}, average degree {degree}",
        "yoğunluk {density}, ortalama derece {degree}",
        "Dichte {density}, mittlerer Grad {degree}"
    ],
        SummaryComponents => [
        "{components} components, {isolated} isolated",
        "{components} bileşen, {isolated} yalıtılmış",
        "{components} Komponenten, {isolated} isoliert"
    ],
        SummaryMissing => [
        "{missing} of {core} core stages missing locally",
        "{core} çekirdek aşamanın {missing} tanesi bölgede yok",
        "{missing} von {core} Kernstufen fehlen in der Region"
    ],
        SummarySupportMissing => [
        "support and enabling stages missing locally: {n}",
        "bölgede olmayan destek ve ortam aşamaları: {n}",
        "in der Region fehlende Unterstützungs- und Rahmenstufen: {n}"
    ],
        DensityHelp => [
        "Density: tied pairs of actors divided by all possible pairs, ignoring direction and kind of relation. Average degree: distinct partners per actor.",
        "Yoğunluk: ilişkili aktör çiftlerinin olası tüm çiftlere oranı (yön ve ilişki türü dikkate alınmaz). Ortalama derece: aktör başına farklı ortak sayısı.",
        "Dichte: verbundene Akteurspaare geteilt durch alle möglichen Paare, ohne Richtung und Art der Beziehung. Mittlerer Grad: verschiedene Partner je Akteur."
    ],
        // Gaps panel
        GapsTitle => ["Missing in the value chain", "Değer zincirindeki boşluklar", "Lücken in der Wertschöpfungskette"],
        GapsNone => [
        "Every core stage has at least one local actor, and every service bought outside has a local provider.",
        "Her çekirdek aşamada en az bir yerel aktör var ve bölge dışından alınan her hizmetin yerel bir sağlayıcısı var.",
        "Jede Kernstufe hat mindestens einen Akteur in der Region, und jede auswärts gekaufte Dienstleistung einen Anbieter in der Region."
    ],
        GapNoLocalActor => ["no local actor", "yerel aktör yok", "kein Akteur in der Region"],
        GapThin => [
        "too few local actors for the local demand",
        "yerel talep için yerel aktör çok az",
        "zu wenige Akteure in der Region für die Nachfrage"
    ],
        GapEvidenceFirms => [
        "{firms} local firms buy this outside the region",
        "{firms} yerel firma bunu bölge dışından alıyor",
        "{firms} Unternehmen der Region kaufen dies außerhalb ein"
    ],
        GapEvidence => [
        "{firms} local firms buy this outside the region ({volume} {currency})",
        "{firms} yerel firma bunu bölge dışından alıyor ({volume} {currency})",
        "{firms} Unternehmen der Region kaufen dies außerhalb ein ({volume} {currency})"
    ],
        GapServedBy => ["Served from outside by: {names}", "Bölge dışından sağlayan: {names}", "Von außen geliefert durch: {names}"],
        GapDefinition => [
        "A core stage is missing locally when no actor based in the region works in it; a support service when no local actor offers it and local actors buy it outside the region, and thin when local providers are too few for the local demand.",
        "Bölgede yerleşik hiçbir aktörün çalışmadığı çekirdek aşama bölgede eksik sayılır; destek hizmeti ise yerel sağlayıcısı yokken yerel aktörler onu bölge dışından alıyorsa eksik, yerel sağlayıcılar yerel talebe göre çok azsa zayıf sayılır.",
        "Eine Kernstufe fehlt in der Region, wenn kein dort ansässiger Akteur in ihr tätig ist; eine Dienstleistung, wenn kein Akteur der Region sie anbietet und Akteure der Region sie auswärts kaufen, und sie ist dünn besetzt, wenn die Anbieter der Region für die Nachfrage zu wenige sind."
    ],
        // Map
        MapLabel => ["Value-chain map", "Değer zinciri haritası", "Wertschöpfungskarte"],
        BandOperators => ["Operators", "İşletmeler", "Unternehmen der Kette"],
        BandSupport => ["Support services", "Destek hizmetleri", "Unterstützung"],
        BandEnabling => ["Enabling environment", "Elverişli ortam", "Rahmenbedingungen"],
        BandOutside => ["Outside the region", "Bölge dışı", "Außerhalb der Region"],
        MissingLocally => ["missing locally", "bölgede yok", "fehlt in der Region"],
        Legend => ["Legend", "Açıklama", "Legende"],
        LegendSize => ["Circle size: employees", "Daire boyutu: çalışan sayısı", "Kreisgröße: Mitarbeiter"],
        EmployeesCount => ["{n} employees", "{n} çalışan", "{n} Mitarbeiter"],
        NoStage => ["without a stage", "aşamasız", "ohne Stufe"],
            // Map tools
        Search => ["Search actors", "Aktör ara", "Akteure suchen"],
        SearchResults => ["{n} found", "{n} bulundu", "{n} gefunden"],
        FilterKinds => ["Show kinds", "Gösterilen türler", "Angezeigte Arten"],
        FilterRelations => ["Show relations", "Gösterilen ilişkiler", "Angezeigte Beziehungen"],
        FilterLocality => ["Locality", "Konum", "Lage"],
        AllLocalities => ["all", "tümü", "alle"],
        LocalityLocal => ["in the region", "bölgede", "in der Region"],
        LocalityNational => ["national", "ulusal", "national"],
        LocalityInternational => ["international", "uluslararası", "international"],
        MinStrength => ["Minimum strength", "En düşük güç", "Mindeststärke"],
        ZoomIn => ["Zoom in", "Yakınlaştır", "Vergrößern"],
        ZoomOut => ["Zoom out", "Uzaklaştır", "Verkleinern"],
        ZoomFit => ["Fit to screen", "Ekrana sığdır", "Einpassen"],
        ResetView => ["Reset view", "Görünümü sıfırla", "Ansicht zurücksetzen"],
        MapKeys => [
            "Map keys: + and − zoom, arrows pan, 0 fits the map.",
            "Harita tuşları: + ve − yakınlaştırır, oklar kaydırır, 0 haritayı sığdırır.",
            "Kartentasten: + und − zoomen, Pfeile verschieben, 0 passt die Karte ein."
        ],
        ViewChain => ["Value chain", "Değer zinciri", "Wertschöpfungskette"],
        ViewNetwork => ["Network", "Ağ", "Netzwerk"],
        OpportunityBadge => [
            "Investment opportunity #{rank}: {stage} (click to show the firms behind it)",
            "Yatırım fırsatı #{rank}: {stage} (arkasındaki firmaları göstermek için tıklayın)",
            "Investitionschance Nr. {rank}: {stage} (klicken, um die Unternehmen dahinter zu zeigen)"
        ],
        BrokenLinkMark => [
            "Missing link: no local flow between {from} and {to}",
            "Eksik halka: {from} ile {to} arasında yerel akış yok",
            "Fehlendes Glied: kein regionaler Austausch zwischen {from} und {to}"
        ],
        LegendBrokenLink => ["missing link (no local flow)", "eksik halka (yerel akış yok)", "fehlendes Glied (kein regionaler Austausch)"],
        LegendOpportunity => ["investment opportunity, by rank", "yatırım fırsatı, sırasıyla", "Investitionschance, nach Rang"],
        ViewGeo => ["Geography", "Coğrafya", "Geografie"],
        GeoLabel => ["Map of the actors' locations", "Aktörlerin konum haritası", "Karte der Standorte"],
        GeoNoCoordinates => ["Without coordinates", "Koordinatı olmayanlar", "Ohne Koordinaten"],
        GeoAbroad => [
            "Actors outside the region sit on the frame, towards where they are.",
            "Bölge dışındaki aktörler, bulundukları yöne doğru çerçeve üzerinde gösterilir.",
            "Akteure außerhalb der Region stehen am Rand, in ihrer Richtung."
        ],
        ViewChoice => ["View", "Görünüm", "Ansicht"],
        NetworkLabel => ["Network map of the cluster", "Kümenin ağ haritası", "Netzwerkkarte des Clusters"],
        NetworkArranging => ["Arranging the network…", "Ağ yerleştiriliyor…", "Netzwerk wird angeordnet…"],
        LegendGroups => [
            "Colour: sub-cluster (communities of closely tied actors)",
            "Renk: alt küme (sıkı ilişkili aktör toplulukları)",
            "Farbe: Teilcluster (Gruppen eng verbundener Akteure)"
        ],
        LegendGroupsByStage => ["Colour: value-chain stage", "Renk: değer zinciri aşaması", "Farbe: Stufe der Wertschöpfungskette"],
        FilterStages => ["Show stages", "Gösterilen aşamalar", "Angezeigte Stufen"],
        FilterSize => ["Minimum employees", "En az çalışan", "Mindestens Mitarbeiter"],
        FilterSizeAll => ["any size", "tüm boyutlar", "jede Größe"],
        FilterAttribute => ["Other column", "Diğer sütun", "Weitere Spalte"],
        FilterAttributeNone => ["no filter", "filtre yok", "kein Filter"],
        FilterAttributeValue => ["Value", "Değer", "Wert"],
        FilterAttributeAny => ["any value", "her değer", "jeder Wert"],
        FilterAttributeFrom => ["from", "en az", "von"],
        FilterAttributeTo => ["to", "en çok", "bis"],
        Focus => ["Neighbourhood", "Yakın çevre", "Umfeld"],
        FocusOff => ["whole cluster", "tüm küme", "ganzer Cluster"],
        FocusOne => ["1 step from the selected actor", "seçili aktörden 1 adım", "1 Schritt vom gewählten Akteur"],
        FocusTwo => ["2 steps from the selected actor", "seçili aktörden 2 adım", "2 Schritte vom gewählten Akteur"],
        FocusNeedsSelection => [
            "Click an actor first: the neighbourhood is counted from it.",
            "Önce bir aktöre tıklayın: yakın çevre ondan sayılır.",
            "Zuerst einen Akteur anklicken: das Umfeld wird von ihm aus gezählt."
        ],
        ShownCount => ["{shown} of {total} actors shown", "{total} aktörden {shown} tanesi gösteriliyor", "{shown} von {total} Akteuren angezeigt"],
        UnpinAll => ["Release dragged actors", "Sürüklenen aktörleri serbest bırak", "Verschobene Akteure lösen"],
        MapKeysNetwork => [
            "Map keys: + and − zoom, arrows pan, 0 fits the map. Drag an actor to pin it in place.",
            "Harita tuşları: + ve − yakınlaştırır, oklar kaydırır, 0 haritayı sığdırır. Bir aktörü sürükleyerek yerine sabitleyin.",
            "Kartentasten: + und − zoomen, Pfeile verschieben, 0 passt die Karte ein. Einen Akteur ziehen, um ihn festzusetzen."
        ],
        // Detail panel
        DetailsTitle => ["Actor", "Aktör", "Akteur"],
        // Anonymised mode
        Anonymised => ["Anonymised", "Anonim", "Anonymisiert"],
        AnonymisedHelp => [
        "Firm names become codes by kind and stage, employees, volumes and export shares become bands, and figures about fewer than 3 firms are hidden: for projectors, embeds and shared links.",
        "Firma adları tür ve aşamaya göre kodlara, çalışan sayıları, hacimler ve ihracat payları aralıklara dönüşür; 3'ten az firmaya ilişkin rakamlar gizlenir: projeksiyon, web sitesi ve paylaşılan bağlantılar için.",
        "Firmennamen werden zu Codes nach Art und Stufe, Mitarbeiter, Volumen und Exportanteile zu Spannen, und Angaben über weniger als 3 Unternehmen werden ausgeblendet: für Beamer, Einbettungen und geteilte Links."
    ],
        InstitutionNames => ["Institutions by name", "Kurumlar adıyla", "Einrichtungen mit Namen"],
        InstitutionNamesHelp => [
        "Universities, agencies, chambers and finance institutions keep their names; firms stay coded.",
        "Üniversiteler, ajanslar, odalar ve finans kurumları adlarını korur; firmalar kodlu kalır.",
        "Hochschulen, Behörden, Kammern und Finanzinstitute behalten ihre Namen; Unternehmen bleiben codiert."
    ],
        Withheld => ["not shown", "gösterilmiyor", "nicht angezeigt"],
        AnonymisedHidden => [
        "The column mapping and the reading report are hidden while anonymised: they quote the file's cells.",
        "Sütun eşleştirme ve okuma raporu anonim moddayken gizlidir: dosyanın hücrelerini aktarırlar.",
        "Spaltenzuordnung und Lesebericht sind im anonymisierten Modus ausgeblendet: sie zitieren die Zellen der Datei."
    ],
        FewerThan => ["fewer than {n}", "{n}'ten az", "weniger als {n}"],
        AnonymisedExportOff => [
        "Not available while anonymised: this file holds the survey's names and figures.",
        "Anonim moddayken kullanılamaz: bu dosya anketin adlarını ve rakamlarını içerir.",
        "Im anonymisierten Modus nicht verfügbar: diese Datei enthält die Namen und Zahlen der Erhebung."
    ],
        DetailsClose => ["Close", "Kapat", "Schließen"],
        DetailsKind => ["Kind", "Tür", "Art"],
        DetailsStages => ["Stages", "Aşamalar", "Stufen"],
        DetailsLocality => ["Locality", "Konum", "Lage"],
        DetailsEmployees => ["Employees", "Çalışan sayısı", "Mitarbeiter"],
        DetailsExport => ["Export share", "İhracat payı", "Exportanteil"],
        DetailsDistrict => ["District", "İlçe", "Ort"],
        DetailsDegree => ["Partners", "Ortak sayısı", "Partner"],
        DetailsBetweenness => ["Betweenness", "Aradalık", "Betweenness"],
        DetailsCommunity => ["Sub-cluster", "Alt küme", "Teilcluster"],
        DetailsRelations => ["Relations", "İlişkiler", "Beziehungen"],
        DirectionTo => ["to", "→", "an"],
        DirectionFrom => ["from", "←", "von"],
    // Actor kinds
        KindFirm => ["Firm", "Firma", "Unternehmen"],
        KindSupplier => ["Supplier", "Tedarikçi", "Zulieferer"],
        KindServiceProvider => ["Service provider", "Hizmet sağlayıcı", "Dienstleister"],
        KindInstitution => ["Institution", "Kurum", "Einrichtung"],
        KindUniversity => ["University", "Üniversite", "Hochschule"],
        KindResearch => ["Research centre", "Araştırma merkezi", "Forschungseinrichtung"],
        KindPublicAgency => ["Public agency", "Kamu kurumu", "Öffentliche Einrichtung"],
        KindAssociation => ["Chamber or association", "Oda veya dernek", "Kammer oder Verband"],
        KindFinance => ["Finance", "Finansman", "Finanzierung"],
        // Relation kinds
        RelSupply => ["Supply", "Tedarik", "Lieferung"],
        RelCollaboration => ["Collaboration", "İşbirliği", "Kooperation"],
        RelKnowledge => ["Knowledge / R&D", "Bilgi / Ar-Ge", "Wissen / F&E"],
        RelSupport => ["Support", "Destek", "Unterstützung"],
        RelOther => ["Other kinds (as in the file)", "Diğer türler (dosyadaki gibi)", "Andere Arten (wie in der Datei)"],
        // Import
        OtherTabSaved => [
            "Another tab saved other data in this browser: “{name}”, {actors} actors ({files}). This tab no longer saves its own, so neither replaces the other unnoticed. Choose:",
            "Başka bir sekme bu tarayıcıya başka veriler kaydetti: “{name}”, {actors} aktör ({files}). Bu sekme kendi verisini artık kaydetmiyor; böylece hiçbiri diğerinin yerine fark edilmeden geçmez. Seçin:",
            "Ein anderer Tab hat andere Daten in diesem Browser gespeichert: „{name}“, {actors} Akteure ({files}). Dieser Tab speichert seine eigenen nicht mehr, damit keiner den anderen unbemerkt ersetzt. Wählen Sie:"
        ],
        OtherTabUnnamed => ["a study without a name", "adsız bir çalışma", "eine Studie ohne Namen"],
        OtherTabKeep => ["Keep this tab's data", "Bu sekmenin verisini sakla", "Daten dieses Tabs behalten"],
        OtherTabOpen => ["Open the other tab's data here", "Diğer sekmenin verisini burada aç", "Daten des anderen Tabs hier öffnen"],
        SingleFileSave => ["Save as a single file", "Tek dosya olarak kaydet", "Als eine Datei speichern"],
        SingleFileSaved => [
            "Saved {detail}: the app with this workspace, to open without internet or server.",
            "{detail} kaydedildi: bu çalışma alanıyla uygulama, internet ve sunucu olmadan açılır.",
            "{detail} gespeichert: die App mit diesem Arbeitsbereich, zu öffnen ohne Internet und Server."
        ],
        SingleFileFailed => [
            "The single file could not be written ({detail}).",
            "Tek dosya yazılamadı ({detail}).",
            "Die einzelne Datei konnte nicht geschrieben werden ({detail})."
        ],
        UpdateAvailable => [
            "A new version of clustermap is ready.",
            "clustermap'in yeni bir sürümü hazır.",
            "Eine neue Version von clustermap ist bereit."
        ],
        UpdateReload => ["Reload to use it", "Kullanmak için yeniden yükle", "Neu laden und verwenden"],
        ImportTitle => ["Survey data", "Anket verisi", "Erhebungsdaten"],
        ImportHelp => [
            "Load a survey: Excel (XLSX, XLS) or ODS workbooks, CSV/TSV files (actors, relations, stages, sourcing, meta), clustermap JSON, Kumu blueprints, GEXF or GraphML.",
            "Bir anket yükleyin: Excel (XLSX, XLS) veya ODS çalışma kitapları, CSV/TSV dosyaları (aktörler, ilişkiler, aşamalar, tedarik, meta), clustermap JSON, Kumu şablonları, GEXF veya GraphML.",
            "Laden Sie eine Erhebung: Excel- (XLSX, XLS) oder ODS-Arbeitsmappen, CSV/TSV-Dateien (Akteure, Beziehungen, Stufen, Bezugsquellen, Metadaten), clustermap-JSON, Kumu-Vorlagen, GEXF oder GraphML."
        ],
        ImportChoose => ["Choose files…", "Dosya seçin…", "Dateien wählen…"],
        ImportSample => ["Show the sample cluster", "Örnek kümeyi göster", "Beispielcluster zeigen"],
        ImportPreset => ["Value-chain stages when the file has none", "Dosyada aşama yoksa değer zinciri aşamaları", "Stufen, wenn die Datei keine enthält"],
        ImportPresetNone => ["from the file", "dosyadan", "aus der Datei"],
        ImportTemplate => ["Download the template workbook (XLSX)", "Şablon çalışma kitabını indir (XLSX)", "Vorlage herunterladen (XLSX)"],
        ImportDropHint => [
            "You can also drop files onto the page, or paste cells copied from a spreadsheet.",
            "Dosyaları sayfaya sürükleyip bırakabilir ya da bir tablodan kopyaladığınız hücreleri yapıştırabilirsiniz.",
            "Sie können Dateien auch auf die Seite ziehen oder aus einer Tabelle kopierte Zellen einfügen."
        ],
        ImportPasted => ["pasted cells", "yapıştırılan hücreler", "eingefügte Zellen"],
        SavedWorkspace => ["saved workspace", "kayıtlı çalışma alanı", "gespeicherter Arbeitsstand"],
        WorkspaceExport => ["Save workspace as a file", "Çalışma alanını dosya olarak kaydet", "Arbeitsstand als Datei speichern"],
        WorkspaceRestored => [
            "Your last workspace ({files}) was restored from this browser.",
            "Son çalışma alanınız ({files}) bu tarayıcıdan geri yüklendi.",
            "Ihr letzter Arbeitsstand ({files}) wurde aus diesem Browser wiederhergestellt."
        ],
        WorkspaceDamaged => [
            "The workspace saved in this browser could not be read ({detail}). It was set aside and the sample is shown.",
            "Bu tarayıcıda kayıtlı çalışma alanı okunamadı ({detail}). Kenara ayrıldı ve örnek gösteriliyor.",
            "Der in diesem Browser gespeicherte Arbeitsstand war nicht lesbar ({detail}). Er wurde beiseitegelegt, das Beispiel wird gezeigt."
        ],
        WorkspaceNotSaved => [
            "This browser does not let clustermap keep the workspace (a private window, full or blocked storage, or an embedded frame). It is kept in this tab only and will be lost on a reload or when the tab closes: save it as a file to keep it.",
            "Bu tarayıcı clustermap'in çalışma alanını saklamasına izin vermiyor (gizli pencere, dolu ya da engellenmiş depolama veya gömülü çerçeve). Çalışma alanı yalnızca bu sekmede tutuluyor ve sayfa yenilendiğinde ya da sekme kapandığında kaybolacak: saklamak için dosya olarak kaydedin.",
            "Dieser Browser lässt clustermap den Arbeitsstand nicht speichern (privates Fenster, voller oder gesperrter Speicher oder eingebetteter Rahmen). Er ist nur in diesem Tab vorhanden und geht beim Neuladen oder Schließen verloren: Speichern Sie ihn als Datei."
        ],
        NetworkNoWorker => [
            "This browser did not start the worker that computes the network metrics (Web Workers may be blocked): the map and the value-chain analysis are complete, the network figures are missing. Allow the page to run workers, or open it in another browser.",
            "Bu tarayıcı ağ ölçütlerini hesaplayan worker'ı başlatmadı (Web Worker engellenmiş olabilir): harita ve değer zinciri analizi tamam, ağ rakamları eksik. Sayfanın worker çalıştırmasına izin verin veya sayfayı başka bir tarayıcıda açın.",
            "Dieser Browser hat den Worker für die Netzwerkkennzahlen nicht gestartet (Web Worker sind vielleicht gesperrt): Karte und Wertschöpfungsanalyse sind vollständig, die Netzwerkkennzahlen fehlen. Erlauben Sie der Seite Worker, oder öffnen Sie sie in einem anderen Browser."
        ],
        NetworkWorkerStopped => [
            "The worker that computes the network metrics stopped: the map and the value-chain analysis are complete, the network figures are missing. A new worker starts with the next data you load.",
            "Ağ ölçütlerini hesaplayan worker durdu: harita ve değer zinciri analizi tamam, ağ rakamları eksik. Yükleyeceğiniz bir sonraki veriyle yeni bir worker başlar.",
            "Der Worker für die Netzwerkkennzahlen hat angehalten: Karte und Wertschöpfungsanalyse sind vollständig, die Netzwerkkennzahlen fehlen. Mit den nächsten geladenen Daten startet ein neuer Worker."
        ],
        ImportReading => ["Reading {files}…", "{files} okunuyor…", "{files} wird gelesen…"],
        ImportReadingFile => ["Reading {file} (file {n} of {count}, {size} MB)…", "{file} okunuyor (dosya {n}/{count}, {size} MB)…", "{file} wird gelesen (Datei {n} von {count}, {size} MB)…"],
        ImportChecking => ["Checking rows, ids and names…", "Satırlar, kimlikler ve adlar denetleniyor…", "Zeilen, Kennungen und Namen werden geprüft…"],
        ImportLoaded => [
        "Loaded {files}: {actors} actors, {relations} relations.",
        "{files} yüklendi: {actors} aktör, {relations} ilişki.",
        "{files} geladen: {actors} Akteure, {relations} Beziehungen."
    ],
        ImportFailed => [
        "Could not load the data. The previous map is still shown.",
        "Veri yüklenemedi. Önceki harita gösterilmeye devam ediyor.",
        "Die Daten konnten nicht geladen werden. Die bisherige Karte bleibt sichtbar."
    ],
    }
}
