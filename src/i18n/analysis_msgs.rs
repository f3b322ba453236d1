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
            "Score 0–100: 30% share of surveyed firms buying outside, 25% volume bought outside (relative to the largest), 20% no local actor (half if thin), 15% share of answers saying not available or no capacity, 10% how connected the dependent firms are.",
            "Puan 0–100: %30 dışarıdan alan firma oranı, %25 dışarıdan alınan hacim (en büyüğe göre), %20 yerel aktör yokluğu (zayıfsa yarısı), %15 'yerelde yok' veya 'kapasite yok' yanıtlarının oranı, %10 bağımlı firmaların bağlantı düzeyi.",
            "Wert 0–100: 30 % Anteil der befragten Unternehmen, die außerhalb kaufen, 25 % Volumen außerhalb (relativ zum größten), 20 % kein Akteur vor Ort (halb, wenn dünn), 15 % Anteil der Antworten „nicht verfügbar“ oder „Kapazität“, 10 % Vernetzung der abhängigen Unternehmen."
        ],
        DefBrokenLink => [
            "Two neighbouring core stages that both have local actors but no local supply or collaboration relation between them.",
            "İkisinde de yerel aktör bulunan ama aralarında yerel tedarik veya işbirliği ilişkisi olmayan iki komşu çekirdek aşama.",
            "Zwei benachbarte Kernstufen mit Akteuren vor Ort, aber ohne lokale Liefer- oder Kooperationsbeziehung zwischen ihnen."
        ],
    }
}
