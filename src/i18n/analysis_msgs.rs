//! Texts of the results panel, opportunities and metric definitions.

catalogue! {
    /// Texts of the results panel, opportunities and metric definitions.
    AnalysisMsg {
        ResultsTitle => ["Results", "Sonuçlar", "Ergebnisse"],
        AtAGlance => ["The cluster at a glance", "Bir bakışta küme", "Der Cluster auf einen Blick"],
        StageTable => ["Value-chain stages", "Değer zinciri aşamaları", "Stufen der Wertschöpfungskette"],
        OpportunitiesTitle => ["Investment opportunities", "Yatırım fırsatları", "Investitionschancen"],
        OpportunitiesNone => [
            "No local firm reported buying an input outside the region.",
            "Hiçbir yerel firma bölge dışından girdi aldığını bildirmedi.",
            "Kein Unternehmen der Region gab an, Vorleistungen außerhalb zu kaufen."
        ],
        MissingLinksTitle => ["Missing links", "Eksik halkalar", "Fehlende Glieder"],
        BrokenLink => [
            "{from} → {to}: both in the region, but no local supply or collaboration between them",
            "{from} → {to}: ikisi de bölgede var, ama aralarında yerel tedarik veya işbirliği yok",
            "{from} → {to}: beide in der Region, aber ohne Lieferung oder Kooperation untereinander"
        ],
        BrokenLinkDemand => [
            "{firms} of them buy this input outside the region",
            "bunlardan {firms} tanesi bu girdiyi bölge dışından alıyor",
            "{firms} davon kaufen diese Vorleistung außerhalb"
        ],
        NoBrokenLinks => [
            "Every pair of neighbouring stages present in the region works together locally.",
            "Bölgede bulunan komşu aşamaların hepsi yerelde birlikte çalışıyor.",
            "Alle benachbarten Stufen in der Region arbeiten vor Ort zusammen."
        ],
        Score => ["score {score}", "puan {score}", "Wert {score}"],
        EvidenceTitle => ["Evidence: {n} survey answers", "Kanıt: {n} anket yanıtı", "Belege: {n} Antworten"],
        EvidenceReason => ["“{written}” (read as: {reading})", "“{written}” (okunuşu: {reading})", "„{written}“ (gelesen als: {reading})"],
        SetAsideLinks => [
            "Missing links read supply and collaboration ties only: {n} relations of other kinds were set aside ({kinds}). Say what they are under “Values” in the survey data panel.",
            "Eksik bağlantılar yalnızca tedarik ve işbirliği ilişkilerini okur: başka türden {n} ilişki dışarıda bırakıldı ({kinds}). Ne olduklarını “Anket verisi” panelindeki “Değerler” bölümünde belirtin.",
            "Fehlende Verbindungen lesen nur Liefer- und Kooperationsbeziehungen: {n} Beziehungen anderer Art wurden beiseitegelassen ({kinds}). Was sie sind, legen Sie im Bereich „Erhebungsdaten“ unter „Werte“ fest."
        ],
        SetAsideDemand => [
            "Local demand reads supply ties only: {n} relations of other kinds were set aside ({kinds}).",
            "Yerel talep yalnızca tedarik ilişkilerini okur: başka türden {n} ilişki dışarıda bırakıldı ({kinds}).",
            "Die lokale Nachfrage liest nur Lieferbeziehungen: {n} Beziehungen anderer Art wurden beiseitegelassen ({kinds})."
        ],
        ShowOnMap => ["Show on the map", "Haritada göster", "Auf der Karte zeigen"],
        ExportJson => ["Download results (JSON)", "Sonuçları indir (JSON)", "Ergebnisse herunterladen (JSON)"],
        ExportCsv => ["Download actor table (CSV)", "Aktör tablosunu indir (CSV)", "Akteurstabelle herunterladen (CSV)"],
        ExportStagesCsv => ["Download stage table (CSV)", "Aşama tablosunu indir (CSV)", "Stufentabelle herunterladen (CSV)"],

        // Actions
        ActionAttractInvestor => ["Attract an investor", "Yatırımcı çekmek", "Investor gewinnen"],
        ActionDevelopSupplier => ["Develop a local supplier", "Yerel tedarikçi geliştirmek", "Lokalen Zulieferer entwickeln"],
        ActionSharedFacility => ["Shared facility (e.g. a test lab)", "Ortak tesis (ör. test laboratuvarı)", "Gemeinsame Einrichtung (z. B. Prüflabor)"],
        ActionTrainingProgramme => ["Training programme", "Eğitim programı", "Qualifizierungsprogramm"],
        ActionPartnerSearch => ["International partner search", "Uluslararası ortak arayışı", "Internationale Partnersuche"],

        // Rationales
        RationaleMissing => [
            "{firms} of {surveyed} surveyed firms buy {stage} outside the region ({volume} {currency}); no local producer.",
            "Ankete katılan {surveyed} firmadan {firms} tanesi {stage} girdisini bölge dışından alıyor ({volume} {currency}); yerel üretici yok.",
            "{firms} von {surveyed} befragten Unternehmen kaufen {stage} außerhalb der Region ({volume} {currency}); kein Anbieter vor Ort."
        ],
        RationaleThin => [
            "{firms} of {surveyed} surveyed firms buy {stage} outside the region ({volume} {currency}); {demand} firms need it, local providers: {local}.",
            "Ankete katılan {surveyed} firmadan {firms} tanesi {stage} girdisini bölge dışından alıyor ({volume} {currency}); {demand} firma ihtiyaç duyuyor, yerel sağlayıcı sayısı: {local}.",
            "{firms} von {surveyed} befragten Unternehmen kaufen {stage} außerhalb der Region ({volume} {currency}); {demand} Unternehmen haben Bedarf, Anbieter vor Ort: {local}."
        ],
        RationalePresent => [
            "{firms} of {surveyed} surveyed firms buy {stage} outside the region ({volume} {currency}), mainly because of {reason}, although there are local providers ({local}).",
            "Ankete katılan {surveyed} firmadan {firms} tanesi, yerel sağlayıcılar ({local}) olmasına rağmen {stage} girdisini çoğunlukla {reason} nedeniyle bölge dışından alıyor ({volume} {currency}).",
            "{firms} von {surveyed} befragten Unternehmen kaufen {stage} außerhalb der Region ({volume} {currency}), vor allem wegen {reason}, obwohl es Anbieter vor Ort gibt ({local})."
        ],
        ReasonNotAvailable => ["no local offer", "yerelde bulunmaması", "fehlendem Angebot vor Ort"],
        ReasonQuality => ["quality", "kalite", "Qualität"],
        ReasonPrice => ["price", "fiyat", "Preis"],
        ReasonCapacity => ["capacity", "kapasite", "Kapazität"],
        ReasonOther => ["other reasons", "diğer nedenler", "anderen Gründen"],
        // The same reasons standing alone (a list, a choice), not inside a sentence.
        ReasonLabelNotAvailable => ["not available locally", "yerelde yok", "vor Ort nicht verfügbar"],
        ReasonLabelQuality => ["quality", "kalite", "Qualität"],
        ReasonLabelPrice => ["price", "fiyat", "Preis"],
        ReasonLabelCapacity => ["capacity", "kapasite", "Kapazität"],
        ReasonLabelOther => ["other", "diğer", "sonstige"],

        // Figures at a glance
        FigureLocalTies => ["Local ties", "Yerel ilişkiler", "Lokale Beziehungen"],
        FigureTripleHelix => ["Firms linked to institutions", "Kurumlarla bağlantılı firmalar", "Unternehmen mit Bezug zu Einrichtungen"],
        FigureResearchLinks => ["Firms linked to research", "Araştırmayla bağlantılı firmalar", "Unternehmen mit Forschungsbezug"],
        FigureExporters => ["Exporting firms", "İhracat yapan firmalar", "Exportierende Unternehmen"],
        FigureMeanExport => ["Mean export share of exporters", "İhracatçıların ortalama ihracat payı", "Mittlerer Exportanteil der Exporteure"],
        FigureMarkets => ["Main export markets", "Başlıca ihracat pazarları", "Wichtigste Exportmärkte"],
        FigurePartnersAbroad => ["Partners abroad", "Yurt dışı ortaklar", "Partner im Ausland"],
        FigureGapPartners => ["Partners abroad already serving a gap", "Bir boşluğu zaten karşılayan yurt dışı ortaklar", "Partner im Ausland, die eine Lücke bereits bedienen"],
        FigureCommunities => ["Sub-clusters (communities)", "Alt kümeler (topluluklar)", "Teilcluster (Gemeinschaften)"],
        CommunitiesValue => ["{n}, modularity {q}", "{n}, modülerlik {q}", "{n}, Modularität {q}"],
        FigureBrokers => ["Brokers between sub-clusters", "Alt kümeler arası köprüler", "Vermittler zwischen Teilclustern"],
        DefCommunities => [
            "Louvain communities on the undirected graph, relations between a pair summed by strength; modularity from −0.5 to 1, above 0.3 means clear sub-clusters.",
            "Yönsüz ağda Louvain toplulukları; bir çift arasındaki ilişkiler güçlerine göre toplanır. Modülerlik −0,5 ile 1 arasında, 0,3 üzeri belirgin alt kümeler demektir.",
            "Louvain-Gemeinschaften im ungerichteten Netz, Beziehungen eines Paares nach Stärke summiert; Modularität von −0,5 bis 1, über 0,3 heißt deutliche Teilcluster."
        ],
        DefBrokers => [
            "Actors whose partners lie in at least two other sub-clusters, ranked by betweenness (share of shortest paths between other actors that pass through them).",
            "Ortakları en az iki başka alt kümede bulunan aktörler; aradalık merkeziliğine (diğer aktörler arasındaki en kısa yolların onlardan geçme oranı) göre sıralı.",
            "Akteure, deren Partner in mindestens zwei anderen Teilclustern liegen, geordnet nach Betweenness (Anteil der kürzesten Wege zwischen anderen Akteuren, die über sie laufen)."
        ],
        Computing => ["computing…", "hesaplanıyor…", "wird berechnet…"],
        OutOfFewer => ["{n} of {total}", "{total} içinde {n}", "{n} von {total}"],
        OutOf => ["{n} of {total} ({share})", "{total} içinde {n} ({share})", "{n} von {total} ({share})"],

        // Stage table columns
        ColStage => ["Stage", "Aşama", "Stufe"],
        ColLocal => ["Local actors", "Yerel aktörler", "Akteure vor Ort"],
        ColDemand => ["Firms needing it", "İhtiyaç duyan firmalar", "Unternehmen mit Bedarf"],
        ColLeaking => ["Buying outside", "Dışarıdan alan", "Kaufen außerhalb"],
        ColLeakage => ["Volume outside", "Dışarıdaki hacim", "Volumen außerhalb"],
        ColStatus => ["Status", "Durum", "Status"],
        StatusMissing => ["missing", "eksik", "fehlt"],
        StatusThin => ["thin", "zayıf", "dünn"],
        StatusPresent => ["present", "mevcut", "vorhanden"],

        // Definitions (tooltips)
        DefLocalTies => [
            "Relations with both actors based in the region, over all relations.",
            "Her iki aktörü de bölgede olan ilişkilerin tüm ilişkilere oranı.",
            "Beziehungen, deren beide Akteure in der Region sind, geteilt durch alle Beziehungen."
        ],
        DefTripleHelix => [
            "Local firms (operators) with at least one relation of any kind to a university, research centre, public agency, association or finance actor.",
            "Bir üniversite, araştırma merkezi, kamu kurumu, dernek veya finans aktörüyle herhangi bir türde en az bir ilişkisi olan yerel firmalar.",
            "Unternehmen der Region mit mindestens einer Beziehung beliebiger Art zu Hochschule, Forschung, Behörde, Verband oder Finanzierung."
        ],
        DefDemand => [
            "Local actors that answered a sourcing question about this stage or receive supply from an actor in it.",
            "Bu aşama hakkında tedarik sorusunu yanıtlayan ya da bu aşamadaki bir aktörden tedarik alan yerel aktörler.",
            "Akteure der Region, die zu dieser Stufe eine Bezugsfrage beantwortet haben oder von einem Akteur dieser Stufe beliefert werden."
        ],
        DefThin => [
            "Thin: local actors in the stage divided by firms needing it is below {ratio}.",
            "Zayıf: aşamadaki yerel aktörlerin, ihtiyaç duyan firmalara oranı {ratio} altında.",
            "Dünn: Akteure der Stufe vor Ort geteilt durch Unternehmen mit Bedarf liegt unter {ratio}."
        ],
        DefScore => [
            "Score 0–100: {breadth}% share of surveyed firms buying outside, {volume}% volume bought outside (relative to the largest), {availability}% no local actor (half if thin), {reason}% share of answers saying not available or no capacity, {centrality}% how connected the dependent firms are. Weights can be changed under Analysis settings.",
            "Puan 0–100: %{breadth} dışarıdan alan firma oranı, %{volume} dışarıdan alınan hacim (en büyüğe göre), %{availability} yerel aktör yokluğu (zayıfsa yarısı), %{reason} 'yerelde yok' veya 'kapasite yok' yanıtlarının oranı, %{centrality} bağımlı firmaların bağlantı düzeyi. Ağırlıklar Analiz ayarlarında değiştirilebilir.",
            "Wert 0–100: {breadth} % Anteil der befragten Unternehmen, die außerhalb kaufen, {volume} % Volumen außerhalb (relativ zum größten), {availability} % kein Akteur vor Ort (halb, wenn dünn), {reason} % Anteil der Antworten „nicht verfügbar“ oder „Kapazität“, {centrality} % Vernetzung der abhängigen Unternehmen. Die Gewichte lassen sich unter Analyse-Einstellungen ändern."
        ],
        DefResearchLinks => [
            "Local firms (operators) with at least one relation to a university or research centre.",
            "Bir üniversite veya araştırma merkeziyle en az bir ilişkisi olan yerel firmalar.",
            "Unternehmen der Region mit mindestens einer Beziehung zu einer Hochschule oder Forschungseinrichtung."
        ],
        DefExporters => [
            "Local firms with an export share above 0 %, among local firms that reported their export share.",
            "İhracat payını bildiren yerel firmalar arasında ihracat payı %0'ın üzerinde olanlar.",
            "Unternehmen der Region mit einem Exportanteil über 0 %, unter denen, die ihren Exportanteil angegeben haben."
        ],
        DefMeanExport => [
            "Mean of the export shares (% of turnover) of the exporting firms; non-exporters are not counted.",
            "İhracat yapan firmaların ihracat paylarının (cironun %'si) ortalaması; ihracat yapmayanlar sayılmaz.",
            "Mittelwert der Exportanteile (% des Umsatzes) der exportierenden Unternehmen; Nicht-Exporteure zählen nicht."
        ],
        DefMarkets => [
            "Export markets named by local firms, with how many firms named each.",
            "Yerel firmaların belirttiği ihracat pazarları ve her birini belirten firma sayısı.",
            "Von Unternehmen der Region genannte Exportmärkte, mit der Zahl der Nennungen."
        ],
        DefPartnersAbroad => [
            "Actors outside the country (locality international) with at least one relation to a local actor.",
            "Yerel bir aktörle en az bir ilişkisi olan yurt dışı aktörler (uluslararası konum).",
            "Akteure im Ausland (Lage international) mit mindestens einer Beziehung zu einem Akteur der Region."
        ],
        DefGapPartners => [
            "Partners abroad working in a core stage that is missing locally: candidates to fill the gap through international partnership.",
            "Bölgede eksik olan bir çekirdek aşamada çalışan yurt dışı ortaklar: boşluğu uluslararası ortaklıkla doldurabilecek adaylar.",
            "Partner im Ausland, die in einer Kernstufe tätig sind, die in der Region fehlt: Kandidaten, die Lücke über internationale Partnerschaft zu schließen."
        ],
        DefLeaking => [
            "Local firms whose sourcing answers say they buy this stage's input from outside the region (national or international).",
            "Tedarik yanıtlarına göre bu aşamanın girdisini bölge dışından (ulusal veya uluslararası) alan yerel firmalar.",
            "Unternehmen der Region, die laut Bezugsantworten die Leistung dieser Stufe außerhalb der Region (national oder international) einkaufen."
        ],
        DefLeakage => [
            "Sum of the yearly volumes those firms reported buying outside, in the survey's currency.",
            "Bu firmaların bölge dışından aldıklarını bildirdikleri yıllık hacimlerin toplamı (anket para birimiyle).",
            "Summe der jährlichen Volumina, die diese Unternehmen außerhalb einkaufen, in der Währung der Erhebung."
        ],
        DefDegree => [
            "Distinct partners of the actor, whatever the kind or direction of the relations.",
            "İlişkilerin türü ve yönü ne olursa olsun, aktörün farklı ortak sayısı.",
            "Anzahl verschiedener Partner des Akteurs, gleich welcher Art und Richtung."
        ],
        DefBetweenness => [
            "Share of shortest paths between other actors that pass through this actor (0–1, normalised; relations as undirected, unweighted). Exact up to 2,000 actors, sampled above with the error shown in the analysis export.",
            "Diğer aktörler arasındaki en kısa yolların bu aktörden geçen payı (0–1, normalize; ilişkiler yönsüz ve ağırlıksız). 2.000 aktöre kadar kesin, üzerinde örneklemeyle (hata payı analiz çıktısında).",
            "Anteil der kürzesten Wege zwischen anderen Akteuren, die über diesen Akteur laufen (0–1, normiert; Beziehungen ungerichtet, ungewichtet). Exakt bis 2.000 Akteure, darüber geschätzt (Fehler im Analyse-Export)."
        ],
        SettingsTitle => ["Analysis settings", "Analiz ayarları", "Analyse-Einstellungen"],
        SettingsThin => [
            "A stage is thin below this many local actors per firm needing it",
            "Bir aşama, ihtiyaç duyan firma başına bu sayının altında yerel aktör varsa zayıftır",
            "Eine Stufe ist dünn unter so vielen Akteuren vor Ort je Unternehmen mit Bedarf"
        ],
        SettingsInvestor => [
            "Attract an investor when at least this many firms need a missing stage",
            "Eksik bir aşamaya en az bu kadar firma ihtiyaç duyuyorsa yatırımcı çekilmesi önerilir",
            "Investor anwerben, wenn mindestens so viele Unternehmen eine fehlende Stufe brauchen"
        ],
        SettingsWeights => ["Score weights", "Puan ağırlıkları", "Gewichte des Werts"],
        WeightBreadth => ["firms buying outside", "dışarıdan alan firmalar", "Unternehmen, die außerhalb kaufen"],
        WeightVolume => ["volume outside", "dışarıdaki hacim", "Volumen außerhalb"],
        WeightAvailability => ["no local actor", "yerel aktör yok", "kein Akteur vor Ort"],
        WeightReason => ["not available locally (answers)", "yerelde bulunmuyor (yanıtlar)", "vor Ort nicht verfügbar (Antworten)"],
        WeightCentrality => ["how connected the firms are", "firmaların bağlantı düzeyi", "Vernetzung der Unternehmen"],
        SettingsDefaults => ["Restore defaults", "Varsayılanlara dön", "Standardwerte"],
        SettingsNote => [
            "Weights are normalised to sum to 100 %. The settings are saved with the workspace.",
            "Ağırlıklar toplamı %100 olacak şekilde normalize edilir. Ayarlar çalışma alanıyla birlikte kaydedilir.",
            "Die Gewichte werden auf 100 % normiert. Die Einstellungen werden mit dem Arbeitsstand gespeichert."
        ],
        PhaseBetweenness => ["betweenness", "aradalık", "Betweenness"],
        PhaseCloseness => ["closeness", "yakınlık", "Closeness"],
        PhaseCommunities => ["sub-clusters", "alt kümeler", "Teilcluster"],
        PhaseLayout => ["network layout", "ağ yerleşimi", "Netzwerk-Anordnung"],
        ComputingPhase => ["computing {phase} (step {step} of {steps})…", "{phase} hesaplanıyor (adım {step}/{steps})…", "berechne {phase} (Schritt {step} von {steps})…"],
        DefBrokenLink => [
            "Two neighbouring core stages that both have local actors but no local supply or collaboration relation between them.",
            "İkisinde de yerel aktör bulunan ama aralarında yerel tedarik veya işbirliği ilişkisi olmayan iki komşu çekirdek aşama.",
            "Zwei benachbarte Kernstufen mit Akteuren vor Ort, aber ohne lokale Liefer- oder Kooperationsbeziehung zwischen ihnen."
        ],
    }
}
