//! Sector presets: the value-chain stages of the sectors the field studies
//! cover, for files that carry no stages table (Kumu, Gephi, matrices).
//!
//! Each has the core chain from inputs to end market, the support services
//! the sector relies on, and its enabling environment, in the order a
//! ValueLinks map draws them. Names are in English, Turkish and German, so
//! stage names typed in any of the three match (see `fold_token`).

use crate::model::{Band, Stage};

/// One stage of a preset: id, English, Turkish and German name, band.
pub type PresetStage = (&'static str, &'static str, &'static str, &'static str, Band);

/// A sector's stages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    pub name_tr: &'static str,
    pub name_de: &'static str,
    pub stages: &'static [PresetStage],
}

impl Preset {
    /// The stages as model values, in chain order.
    pub fn stages(&self) -> Vec<Stage> {
        self.stages
            .iter()
            .map(|(id, en, tr, de, band)| Stage {
                id: id.to_string(),
                name: en.to_string(),
                band: *band,
                name_tr: Some(tr.to_string()),
                name_de: Some(de.to_string()),
            })
            .collect()
    }
}

use Band::{Core, Enabling, Support};

/// Communication technology: the stages of the built-in İzmir sample.
const ICT: &[PresetStage] = &[
    (
        "pcb_fab",
        "Bare PCB fabrication",
        "Baskılı devre kartı üretimi",
        "Leiterplattenfertigung",
        Core,
    ),
    (
        "components",
        "Components & enclosures",
        "Bileşen ve kutu tedariki",
        "Bauteile und Gehäuse",
        Core,
    ),
    (
        "cable_fibre",
        "Cable & fibre-optic production",
        "Kablo ve fiber optik üretimi",
        "Kabel- und Glasfaserfertigung",
        Core,
    ),
    (
        "design",
        "RF, antenna & hardware design",
        "RF, anten ve donanım tasarımı",
        "HF-, Antennen- und Hardwaredesign",
        Core,
    ),
    (
        "embedded_sw",
        "Embedded software & firmware",
        "Gömülü yazılım",
        "Embedded-Software und Firmware",
        Core,
    ),
    (
        "ems",
        "Electronic assembly (EMS)",
        "Elektronik kart dizgi (EMS)",
        "Elektronikfertigung (EMS)",
        Core,
    ),
    (
        "devices",
        "Device manufacturing",
        "Cihaz üretimi",
        "Geräteherstellung",
        Core,
    ),
    (
        "integration",
        "Network installation & integration",
        "Ağ kurulumu ve entegrasyon",
        "Netzaufbau und Integration",
        Core,
    ),
    (
        "services",
        "Telecom & IoT services",
        "Haberleşme ve IoT hizmetleri",
        "Telekom- und IoT-Dienste",
        Core,
    ),
    (
        "rnd",
        "Research & technology transfer",
        "Ar-Ge ve teknoloji transferi",
        "Forschung und Technologietransfer",
        Support,
    ),
    (
        "testing",
        "Testing & certification",
        "Test ve belgelendirme",
        "Prüfung und Zertifizierung",
        Support,
    ),
    (
        "training",
        "Training & consulting",
        "Eğitim ve danışmanlık",
        "Schulung und Beratung",
        Support,
    ),
    (
        "logistics",
        "Logistics & customs",
        "Lojistik ve gümrük",
        "Logistik und Zoll",
        Support,
    ),
    (
        "finance",
        "Finance & investment",
        "Finansman ve yatırım",
        "Finanzierung und Beteiligung",
        Support,
    ),
    (
        "policy",
        "Development programmes",
        "Kalkınma programları",
        "Förderprogramme",
        Enabling,
    ),
    (
        "representation",
        "Chambers & associations",
        "Oda ve dernekler",
        "Kammern und Verbände",
        Enabling,
    ),
];

/// Machinery, metal and casting: from metal stock through foundry and
/// machining to assembled machines and their service.
const MACHINERY: &[PresetStage] = &[
    (
        "metal_supply",
        "Steel & metal stock trading",
        "Çelik ve metal ticareti",
        "Stahl- und Metallhandel",
        Core,
    ),
    (
        "casting_forging",
        "Casting & forging",
        "Döküm ve dövme",
        "Gießerei und Schmiede",
        Core,
    ),
    (
        "tooling",
        "Tool & mould making",
        "Kalıp ve takım imalatı",
        "Werkzeug- und Formenbau",
        Core,
    ),
    (
        "machining",
        "Machining",
        "Talaşlı imalat",
        "Zerspanung",
        Core,
    ),
    (
        "sheet_welding",
        "Sheet metal & welding",
        "Sac işleme ve kaynak",
        "Blechbearbeitung und Schweißen",
        Core,
    ),
    (
        "surface_heat",
        "Heat & surface treatment",
        "Isıl işlem ve yüzey kaplama",
        "Wärme- und Oberflächenbehandlung",
        Core,
    ),
    (
        "parts_hydraulics",
        "Machine parts & hydraulics",
        "Makine parçaları ve hidrolik",
        "Maschinenelemente und Hydraulik",
        Core,
    ),
    (
        "automation",
        "Automation & controls",
        "Otomasyon ve kontrol sistemleri",
        "Automatisierung und Steuerung",
        Core,
    ),
    (
        "assembly",
        "Machine building & assembly",
        "Makine imalatı ve montaj",
        "Maschinenbau und Montage",
        Core,
    ),
    (
        "sales_service",
        "Sales, installation & after-sales service",
        "Satış, kurulum ve satış sonrası hizmet",
        "Vertrieb, Inbetriebnahme und Kundendienst",
        Core,
    ),
    (
        "engineering",
        "Design & engineering",
        "Tasarım ve mühendislik",
        "Konstruktion und Engineering",
        Support,
    ),
    (
        "testing",
        "Testing, calibration & certification",
        "Test, kalibrasyon ve belgelendirme",
        "Prüfung, Kalibrierung und Zertifizierung",
        Support,
    ),
    (
        "training",
        "Vocational training",
        "Mesleki eğitim",
        "Berufliche Bildung",
        Support,
    ),
    (
        "logistics",
        "Logistics & export services",
        "Lojistik ve dış ticaret hizmetleri",
        "Logistik und Außenhandelsdienste",
        Support,
    ),
    (
        "finance",
        "Finance & leasing",
        "Finansman ve leasing",
        "Finanzierung und Leasing",
        Support,
    ),
    (
        "policy",
        "Development & investment programmes",
        "Kalkınma ve yatırım teşvikleri",
        "Förder- und Investitionsprogramme",
        Enabling,
    ),
    (
        "estates",
        "Organised industrial zones",
        "Organize sanayi bölgeleri",
        "Industrie- und Gewerbegebiete",
        Enabling,
    ),
    (
        "representation",
        "Chambers & associations",
        "Oda ve dernekler",
        "Kammern und Verbände",
        Enabling,
    ),
];

/// Industrial ventilation, air conditioning and refrigeration: component
/// makers, unit manufacturers, then the project business of design,
/// installation and maintenance.
const HVAC_R: &[PresetStage] = &[
    (
        "materials",
        "Sheet metal, copper & insulation",
        "Sac, bakır ve yalıtım malzemesi",
        "Blech, Kupfer und Dämmstoffe",
        Core,
    ),
    (
        "drives",
        "Compressors, fans & motors",
        "Kompresör, fan ve motor",
        "Verdichter, Ventilatoren und Motoren",
        Core,
    ),
    (
        "exchangers",
        "Heat exchangers & coils",
        "Isı eşanjörü ve batarya üretimi",
        "Wärmetauscher und Register",
        Core,
    ),
    (
        "ducts",
        "Ducts & air distribution",
        "Hava kanalı ve hava dağıtım elemanları",
        "Luftkanäle und Luftverteilung",
        Core,
    ),
    (
        "controls",
        "Controls & building automation",
        "Kontrol ve bina otomasyonu",
        "Regelung und Gebäudeautomation",
        Core,
    ),
    (
        "units",
        "Air-handling & refrigeration units",
        "Klima santrali ve soğutma grubu üretimi",
        "Lüftungs-, Klima- und Kältegeräte",
        Core,
    ),
    (
        "project_design",
        "Project design & engineering",
        "Proje tasarımı ve mühendislik",
        "Anlagenplanung",
        Core,
    ),
    (
        "installation",
        "Installation & commissioning",
        "Montaj ve devreye alma",
        "Installation und Inbetriebnahme",
        Core,
    ),
    (
        "maintenance",
        "Maintenance & service",
        "Bakım ve servis",
        "Wartung und Service",
        Core,
    ),
    (
        "testing",
        "Testing, measurement & certification",
        "Test, ölçüm ve belgelendirme",
        "Prüfung, Messung und Zertifizierung",
        Support,
    ),
    (
        "rnd",
        "R&D & energy efficiency",
        "Ar-Ge ve enerji verimliliği",
        "Forschung und Energieeffizienz",
        Support,
    ),
    (
        "training",
        "Technician training",
        "Teknisyen eğitimi",
        "Fachkräfteschulung",
        Support,
    ),
    (
        "logistics",
        "Logistics & distribution",
        "Lojistik ve dağıtım",
        "Logistik und Vertrieb",
        Support,
    ),
    (
        "finance",
        "Finance & project funding",
        "Finansman ve proje kredileri",
        "Finanzierung und Projektkredite",
        Support,
    ),
    (
        "regulation",
        "Energy & F-gas regulation",
        "Enerji ve F-gaz mevzuatı",
        "Energie- und F-Gas-Vorschriften",
        Enabling,
    ),
    (
        "policy",
        "Development programmes",
        "Kalkınma programları",
        "Förderprogramme",
        Enabling,
    ),
    (
        "representation",
        "Chambers & associations",
        "Oda ve dernekler",
        "Kammern und Verbände",
        Enabling,
    ),
];

/// Processed fruit and vegetables: farm inputs to retail shelf, with the
/// cold chain and food-safety services the sector cannot work without.
const FRUIT_VEG: &[PresetStage] = &[
    (
        "farm_inputs",
        "Seeds, seedlings & farm inputs",
        "Tohum, fide ve tarımsal girdiler",
        "Saatgut, Jungpflanzen und Betriebsmittel",
        Core,
    ),
    (
        "farming",
        "Farming & harvest",
        "Yetiştiricilik ve hasat",
        "Anbau und Ernte",
        Core,
    ),
    (
        "collection",
        "Collection & wholesale",
        "Toplama ve toptan ticaret",
        "Erfassung und Großhandel",
        Core,
    ),
    (
        "sorting_storage",
        "Sorting & cold storage",
        "Ayıklama ve soğuk hava depolama",
        "Sortierung und Kühllagerung",
        Core,
    ),
    (
        "processing",
        "Processing (drying, freezing, canning, juice)",
        "İşleme (kurutma, dondurma, konserve, meyve suyu)",
        "Verarbeitung (Trocknung, Tiefkühlung, Konserven, Saft)",
        Core,
    ),
    (
        "packaging",
        "Packaging & labelling",
        "Ambalajlama ve etiketleme",
        "Verpackung und Etikettierung",
        Core,
    ),
    (
        "distribution",
        "Distribution & export",
        "Dağıtım ve ihracat",
        "Vertrieb und Export",
        Core,
    ),
    (
        "retail",
        "Retail & food service",
        "Perakende ve gıda hizmetleri",
        "Handel und Gastronomie",
        Core,
    ),
    (
        "extension",
        "Agricultural advice",
        "Tarımsal danışmanlık",
        "Landwirtschaftliche Beratung",
        Support,
    ),
    (
        "food_safety",
        "Food-safety testing & certification",
        "Gıda güvenliği analizi ve belgelendirme",
        "Lebensmittelanalytik und Zertifizierung",
        Support,
    ),
    (
        "machinery",
        "Processing & packaging machinery",
        "İşleme ve ambalaj makineleri",
        "Verarbeitungs- und Verpackungsmaschinen",
        Support,
    ),
    (
        "cold_chain",
        "Cold-chain logistics",
        "Soğuk zincir lojistiği",
        "Kühlkettenlogistik",
        Support,
    ),
    (
        "finance",
        "Agricultural finance & insurance",
        "Tarımsal finansman ve sigorta",
        "Agrarfinanzierung und -versicherung",
        Support,
    ),
    (
        "cooperatives",
        "Cooperatives & producer unions",
        "Kooperatifler ve üretici birlikleri",
        "Genossenschaften und Erzeugerverbände",
        Enabling,
    ),
    (
        "regulation",
        "Food law & standards",
        "Gıda mevzuatı ve standartlar",
        "Lebensmittelrecht und Standards",
        Enabling,
    ),
    (
        "policy",
        "Rural development programmes",
        "Kırsal kalkınma programları",
        "Programme zur ländlichen Entwicklung",
        Enabling,
    ),
];

/// Auto repair: a service cluster of small workshops, from parts trade to
/// handing the car back, typically in a shared industrial estate.
const AUTO_REPAIR: &[PresetStage] = &[
    (
        "parts",
        "Spare parts & materials trade",
        "Yedek parça ve malzeme ticareti",
        "Ersatzteil- und Materialhandel",
        Core,
    ),
    (
        "diagnostics",
        "Diagnostics",
        "Arıza tespiti ve diyagnostik",
        "Fehlerdiagnose",
        Core,
    ),
    (
        "mechanical",
        "Engine & mechanical repair",
        "Motor ve mekanik onarım",
        "Motor- und Mechanikreparatur",
        Core,
    ),
    (
        "electrical",
        "Auto electrics & electronics",
        "Oto elektrik ve elektronik",
        "Kfz-Elektrik und -Elektronik",
        Core,
    ),
    (
        "body_paint",
        "Bodywork & paint",
        "Kaporta ve boya",
        "Karosserie und Lackierung",
        Core,
    ),
    (
        "tyres",
        "Tyres & wheel alignment",
        "Lastik ve rot balans",
        "Reifen und Achsvermessung",
        Core,
    ),
    (
        "maintenance",
        "Periodic maintenance & inspection",
        "Periyodik bakım ve muayene hazırlığı",
        "Inspektion und Wartung",
        Core,
    ),
    (
        "tools",
        "Workshop equipment & tools",
        "Atölye ekipmanı ve el aletleri",
        "Werkstattausrüstung und Werkzeuge",
        Support,
    ),
    (
        "training",
        "Vocational training & apprenticeship",
        "Mesleki eğitim ve çıraklık",
        "Berufsausbildung",
        Support,
    ),
    (
        "recycling",
        "Waste oil & parts recycling",
        "Atık yağ ve parça geri dönüşümü",
        "Altöl- und Altteilerecycling",
        Support,
    ),
    (
        "insurance",
        "Insurance & fleet customers",
        "Sigorta ve filo müşterileri",
        "Versicherungen und Flottenkunden",
        Support,
    ),
    (
        "finance",
        "Finance for workshops",
        "Atölye finansmanı",
        "Finanzierung für Werkstätten",
        Support,
    ),
    (
        "estate",
        "Small-industry estates",
        "Küçük sanayi siteleri",
        "Gewerbehöfe für Werkstätten",
        Enabling,
    ),
    (
        "regulation",
        "Vehicle & environmental regulation",
        "Araç ve çevre mevzuatı",
        "Fahrzeug- und Umweltvorschriften",
        Enabling,
    ),
    (
        "representation",
        "Chambers of craftsmen",
        "Esnaf ve sanatkârlar odaları",
        "Handwerkskammern und Innungen",
        Enabling,
    ),
];

/// Every preset, for the UI's choice list.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "ict",
        name: "Communication technology",
        name_tr: "Haberleşme teknolojileri",
        name_de: "Kommunikationstechnik",
        stages: ICT,
    },
    Preset {
        id: "machinery",
        name: "Machinery, metal and casting",
        name_tr: "Makine, metal ve döküm",
        name_de: "Maschinenbau, Metall und Gießerei",
        stages: MACHINERY,
    },
    Preset {
        id: "hvac_r",
        name: "Industrial ventilation, air conditioning and refrigeration",
        name_tr: "Endüstriyel havalandırma, iklimlendirme ve soğutma",
        name_de: "Industrielle Lüftungs-, Klima- und Kältetechnik",
        stages: HVAC_R,
    },
    Preset {
        id: "fruit_veg",
        name: "Processed fruit and vegetables",
        name_tr: "İşlenmiş meyve ve sebze",
        name_de: "Obst- und Gemüseverarbeitung",
        stages: FRUIT_VEG,
    },
    Preset {
        id: "auto_repair",
        name: "Auto repair",
        name_tr: "Oto tamir ve bakım",
        name_de: "Kfz-Reparatur",
        stages: AUTO_REPAIR,
    },
];

/// The preset with this id (ids are compared folded, so "HVAC-R" works).
pub fn preset(id: &str) -> Option<&'static Preset> {
    let folded = crate::model::fold_token(id);
    PRESETS.iter().find(|p| p.id == folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_complete_and_unique() {
        for p in PRESETS {
            let core = p.stages.iter().filter(|s| s.4 == Core).count();
            assert!((6..=10).contains(&core), "{} has {core} core stages", p.id);
            assert!(p.stages.iter().any(|s| s.4 == Support), "{}", p.id);
            assert!(p.stages.iter().any(|s| s.4 == Enabling), "{}", p.id);
            let mut ids: Vec<&str> = p.stages.iter().map(|s| s.0).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), p.stages.len(), "{}", p.id);
        }
        assert_eq!(preset("HVAC-R").map(|p| p.id), Some("hvac_r"));
    }

    #[test]
    fn ict_preset_matches_the_sample() {
        let sample: serde_json::Value =
            serde_json::from_str(include_str!("../sample/izmir_ict.json")).unwrap_or_default();
        let stages: Vec<Stage> = sample
            .get("stages")
            .cloned()
            .and_then(|s| serde_json::from_value(s).ok())
            .unwrap_or_default();
        assert_eq!(preset("ict").map(|p| p.stages()), Some(stages));
    }
}
