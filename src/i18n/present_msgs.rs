//! Texts of the presentation: the generated slides and the presenting UI.

catalogue! {
    /// Texts of the presentation: the generated slides and the presenting UI.
    PresentMsg {
        // Title slide
        TitleHeadline => [
            "{cluster}: {firms} local firms mapped in {region}",
            "{cluster}: {region} bölgesinde {firms} yerel firmanın haritası",
            "{cluster}: {firms} Unternehmen in {region} kartiert"
        ],
        TitleDate => ["Field study of {date}", "Saha çalışması: {date}", "Feldstudie vom {date}"],
        TitleData => [
            "{actors} actors and {relations} relations surveyed",
            "{actors} aktör ve {relations} ilişki incelendi",
            "{actors} Akteure und {relations} Beziehungen erhoben"
        ],
        TitleNotes => [
            "Welcome the audience. This presentation shows the findings of the preliminary field study: how the actors of the cluster work together, which parts of the value chain are missing in the region, and which investments could fill them. Every figure comes from the survey data.",
            "Katılımcıları karşılayın. Bu sunum ön saha çalışmasının bulgularını gösterir: kümenin aktörlerinin nasıl birlikte çalıştığı, değer zincirinin hangi parçalarının bölgede eksik olduğu ve bunları hangi yatırımların doldurabileceği. Her rakam anket verisinden gelir.",
            "Begrüßen Sie das Publikum. Die Präsentation zeigt die Ergebnisse der Vorstudie: wie die Akteure des Clusters zusammenarbeiten, welche Teile der Wertschöpfungskette in der Region fehlen und welche Investitionen sie schließen könnten. Jede Zahl stammt aus den Erhebungsdaten."
        ],
        // What a cluster is
        ConceptTitle => [
            "A cluster is a group of interconnected firms and institutions in one field and one region",
            "Küme, aynı alanda ve aynı bölgede birbirine bağlı firmalar ve kurumlardan oluşan bir yapıdır",
            "Ein Cluster ist eine Gruppe vernetzter Unternehmen und Einrichtungen in einem Feld und einer Region"
        ],
        ConceptPoint1 => [
            "Companies, specialised suppliers, service providers and associated institutions close to each other (Porter)",
            "Birbirine yakın firmalar, uzman tedarikçiler, hizmet sağlayıcılar ve ilgili kurumlar (Porter)",
            "Unternehmen, spezialisierte Zulieferer, Dienstleister und verbundene Einrichtungen nah beieinander (Porter)"
        ],
        ConceptPoint2 => [
            "Shared resources and strong links raise productivity, innovation and market awareness",
            "Ortak kaynaklar ve güçlü bağlar verimliliği, yeniliği ve pazar bilgisini artırır",
            "Gemeinsame Ressourcen und enge Verbindungen steigern Produktivität, Innovation und Marktkenntnis"
        ],
        ConceptPoint3 => [
            "Together, SMEs reach markets abroad that each alone could not",
            "KOBİ'ler birlikte, tek başlarına ulaşamayacakları dış pazarlara ulaşır",
            "Gemeinsam erreichen KMU Auslandsmärkte, die jedes allein nicht erreichen würde"
        ],
        ConceptNotes => [
            "Explain the idea of a cluster with an example from the audience's own sector. The title, points and notes of this slide can be edited.",
            "Küme fikrini katılımcıların kendi sektöründen bir örnekle açıklayın. Bu slaytın başlığı, maddeleri ve notları düzenlenebilir.",
            "Erklären Sie die Idee des Clusters an einem Beispiel aus der Branche des Publikums. Titel, Punkte und Notizen dieser Folie lassen sich bearbeiten."
        ],
        // At a glance
        GlanceTitle => [
            "{firms} local firms with {employees} employees; {exporters} of them export",
            "{employees} çalışanlı {firms} yerel firma; bunların {exporters} tanesi ihracat yapıyor",
            "{firms} Unternehmen der Region mit {employees} Mitarbeitern; {exporters} davon exportieren"
        ],
        GlanceInstitutions => [
            "{institutions} institutions support them: universities, agencies, associations, finance",
            "{institutions} kurum onları destekliyor: üniversiteler, ajanslar, dernekler, finans",
            "{institutions} Einrichtungen unterstützen sie: Hochschulen, Agenturen, Verbände, Finanzierung"
        ],
        GlanceOutside => [
            "{outside} actors outside the region are tied to the cluster",
            "Bölge dışındaki {outside} aktör kümeyle bağlantılı",
            "{outside} Akteure außerhalb der Region sind mit dem Cluster verbunden"
        ],
        GlanceNotes => [
            "Local firms are the operators (firms, suppliers, service providers) based in the region; employees are the sum of the staff they reported; exporters are firms with an export share above 0 %. Institutions are the supporters in the survey.",
            "Yerel firmalar bölgede yerleşik işletmelerdir (firmalar, tedarikçiler, hizmet sağlayıcılar); çalışan sayısı bildirdikleri çalışanların toplamıdır; ihracatçılar ihracat payı %0'ın üzerinde olan firmalardır. Kurumlar ankete katılan destekçilerdir.",
            "Unternehmen der Region sind die dort ansässigen Akteure der Kette (Unternehmen, Zulieferer, Dienstleister); Mitarbeiter ist die Summe ihrer Angaben; Exporteure haben einen Exportanteil über 0 %. Einrichtungen sind die unterstützenden Akteure der Erhebung."
        ],
        // The value chain
        ChainTitle => [
            "{present} of {core} core stages of the value chain are present in the region",
            "Değer zincirinin {core} çekirdek aşamasından {present} tanesi bölgede var",
            "{present} von {core} Kernstufen der Wertschöpfungskette sind in der Region vertreten"
        ],
        ChainStep => ["{stage}: {n} local actors", "{stage}: {n} yerel aktör", "{stage}: {n} Akteure in der Region"],
        ChainStepMissing => ["{stage}: no local actor", "{stage}: yerel aktör yok", "{stage}: kein Akteur in der Region"],
        ChainNotes => [
            "The map runs from the inputs on the left to the end products on the right; each click adds the next stage. A stage is present when at least one actor based in the region works in it; support services and the enabling environment are the bands below.",
            "Harita soldaki girdilerden sağdaki nihai ürünlere uzanır; her tıklama bir sonraki aşamayı ekler. Bölgede yerleşik en az bir aktörün çalıştığı aşama bölgede var sayılır; destek hizmetleri ve elverişli ortam alttaki bantlardır.",
            "Die Karte reicht von den Vorleistungen links bis zu den Endprodukten rechts; jeder Klick fügt die nächste Stufe hinzu. Eine Stufe ist vertreten, wenn mindestens ein Akteur der Region in ihr tätig ist; Unterstützung und Rahmenbedingungen sind die Bänder darunter."
        ],
        // Relations
        RelationsTitle => [
            "{share} of the {relations} relations stay within the region",
            "{relations} ilişkinin {share} kadarı bölge içinde kalıyor",
            "{share} der {relations} Beziehungen bleiben in der Region"
        ],
        RelationsDensity => [
            "Density {density}: on average each actor has {degree} partners",
            "Yoğunluk {density}: her aktörün ortalama {degree} ortağı var",
            "Dichte {density}: im Mittel hat jeder Akteur {degree} Partner"
        ],
        RelationsCommunities => ["{communities} sub-clusters", "{communities} alt küme", "{communities} Teilcluster"],
        RelationsBrokers => [
            "{communities} sub-clusters, linked by {brokers}",
            "{communities} alt küme; aralarında köprü olanlar: {brokers}",
            "{communities} Teilcluster, verbunden durch {brokers}"
        ],
        RelationsHelix => [
            "{linked} of {firms} local firms work with an institution, {research} with a university or research centre",
            "{firms} yerel firmadan {linked} tanesi bir kurumla, {research} tanesi bir üniversite veya araştırma merkeziyle çalışıyor",
            "{linked} von {firms} Unternehmen der Region arbeiten mit einer Einrichtung, {research} mit einer Hochschule oder Forschungseinrichtung"
        ],
        // Gaps and links
        GapTitleBuying => [
            "{stage} is missing in the region: {firms} local firms buy it outside",
            "{stage} bölgede yok: {firms} yerel firma bunu bölge dışından alıyor",
            "{stage} fehlt in der Region: {firms} Unternehmen kaufen sie außerhalb"
        ],
        GapTitleEmpty => [
            "{stage} is missing in the region: no local actor works in it",
            "{stage} bölgede yok: bu aşamada hiçbir yerel aktör çalışmıyor",
            "{stage} fehlt in der Region: kein Akteur vor Ort ist darin tätig"
        ],
        GapVolume => ["Bought outside: {volume}", "Bölge dışından alınan: {volume}", "Außerhalb gekauft: {volume}"],
        FirmsBehind => ["Firms behind it: {names}", "İlgili firmalar: {names}", "Betroffene Unternehmen: {names}"],
        LinkTitle => [
            "{from} and {to} are both in the region, yet {firms} firms buy this input outside",
            "{from} ve {to} bölgede var, ama {firms} firma bu girdiyi dışarıdan alıyor",
            "{from} und {to} sind beide in der Region, doch {firms} Unternehmen kaufen diese Vorleistung außerhalb"
        ],
        LinkTitleNoDemand => [
            "{from} and {to} are both in the region, but do not work together locally",
            "{from} ve {to} bölgede var, ama yerelde birlikte çalışmıyor",
            "{from} und {to} sind beide in der Region, arbeiten aber vor Ort nicht zusammen"
        ],
        // Opportunities
        OpportunityTitle => [
            "Opportunity {rank}: {action} for {stage} (score {score})",
            "Fırsat {rank}: {stage} için {action} (puan {score})",
            "Chance {rank}: {action} für {stage} (Wert {score})"
        ],
        // Internationalisation
        IntlTitle => [
            "{exporters} of {reporting} local firms export, on average {share} of their turnover",
            "{reporting} yerel firmadan {exporters} tanesi ihracat yapıyor, cirolarının ortalama {share} kadarı",
            "{exporters} von {reporting} Unternehmen der Region exportieren, im Mittel {share} ihres Umsatzes"
        ],
        IntlMarkets => ["Main markets: {markets}", "Başlıca pazarlar: {markets}", "Wichtigste Märkte: {markets}"],
        IntlPartners => [
            "{partners} partners abroad work with local actors",
            "Yurt dışındaki {partners} ortak yerel aktörlerle çalışıyor",
            "{partners} Partner im Ausland arbeiten mit Akteuren der Region"
        ],
        IntlGap => [
            "Partners abroad working in {stage}, missing here: {n}",
            "Bölgede eksik olan {stage} alanında çalışan yurt dışı ortaklar: {n}",
            "Partner im Ausland in {stage}, das hier fehlt: {n}"
        ],
        // Next steps
        NextTitle => [
            "Next: three working groups on vision, key success factors and skills",
            "Sırada: vizyon, kilit başarı faktörleri ve beceriler üzerine üç çalışma grubu",
            "Als Nächstes: drei Arbeitsgruppen zu Vision, Erfolgsfaktoren und Kompetenzen"
        ],
        NextVision => [
            "Working group 1, vision: where the cluster wants to be (date to be set)",
            "1. çalışma grubu, vizyon: kümenin gelecekte olmak istediği yer (tarih belirlenecek)",
            "Arbeitsgruppe 1, Vision: wo der Cluster hin will (Termin folgt)"
        ],
        NextFactors => [
            "Working group 2, key success factors (date to be set)",
            "2. çalışma grubu, kilit başarı faktörleri (tarih belirlenecek)",
            "Arbeitsgruppe 2, Erfolgsfaktoren (Termin folgt)"
        ],
        NextSkills => [
            "Working group 3, requisite skills and capabilities (date to be set)",
            "3. çalışma grubu, gerekli beceri ve yetkinlikler (tarih belirlenecek)",
            "Arbeitsgruppe 3, nötige Fähigkeiten und Kompetenzen (Termin folgt)"
        ],
        NextNotes => [
            "Invite the audience to join a working group. Edit this slide to add the dates and places.",
            "Katılımcıları bir çalışma grubuna katılmaya davet edin. Tarih ve yerleri eklemek için bu slaytı düzenleyin.",
            "Laden Sie das Publikum in eine Arbeitsgruppe ein. Bearbeiten Sie diese Folie, um Termine und Orte einzutragen."
        ],
        // The presenting UI
        Present => ["Present", "Sun", "Präsentieren"],
        Rehearse => ["Rehearse with notes", "Notlarla prova", "Mit Notizen proben"],
        Handout => ["Handout", "Katılımcı notu", "Handout"],
        PresenterWindow => ["Presenter view in a new window", "Yeni pencerede sunucu görünümü", "Referentenansicht in neuem Fenster"],
        PresentHelp => [
            "F5 starts. Keys: PageDown, PageUp, arrows or Space move; Home and End; B or . blacks out; a number and Enter jumps to a slide; Esc ends.",
            "F5 başlatır. Tuşlar: PageDown, PageUp, oklar veya boşluk ilerletir; Home ve End; B veya . ekranı karartır; numara ve Enter slayta atlar; Esc bitirir.",
            "F5 startet. Tasten: Bild ab, Bild auf, Pfeile oder Leertaste blättern; Pos1 und Ende; B oder . schwärzt; Zahl und Eingabe springt zur Folie; Esc beendet."
        ],
        EndPresentation => ["End presentation", "Sunumu bitir", "Präsentation beenden"],
        SlideOf => ["Slide {n} of {total}", "Slayt {n} / {total}", "Folie {n} von {total}"],
        NextUp => ["Next", "Sıradaki", "Als Nächstes"],
        EndOfDeck => ["End of the presentation", "Sunumun sonu", "Ende der Präsentation"],
        Notes => ["Notes", "Notlar", "Notizen"],
        Elapsed => ["Elapsed {time}", "Geçen süre {time}", "Vergangen {time}"],
        Previous => ["Previous", "Önceki", "Zurück"],
        Forward => ["Next", "İleri", "Weiter"],
        BlackedOut => ["Screen blacked out", "Ekran karartıldı", "Bildschirm geschwärzt"],
        PrintHandout => ["Print or save as PDF", "Yazdır veya PDF olarak kaydet", "Drucken oder als PDF speichern"],
        CloseHandout => ["Close handout", "Katılımcı notunu kapat", "Handout schließen"],
        EditSlides => ["Slides", "Slaytlar", "Folien"],
        ShowSlide => ["shown", "gösteriliyor", "gezeigt"],
        EditTitle => ["Title", "Başlık", "Titel"],
        EditPoints => ["Points, one per line", "Maddeler, her satıra bir tane", "Punkte, einer je Zeile"],
        EditNotes => ["Speaker notes", "Konuşmacı notları", "Notizen für den Vortrag"],
        ResetSlide => ["Back to the generated text", "Üretilen metne dön", "Zurück zum erzeugten Text"],
        DeckRegion => ["Presentation", "Sunum", "Präsentation"],
    }
}
