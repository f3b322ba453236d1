//! The closed vocabularies of the model. Each parses the canonical English
//! token plus the Turkish and German words field researchers type, so a
//! survey export does not have to be translated before loading.

use serde::{Deserialize, Serialize};

/// [`fold_token`] for names of firms and places, which German exports
/// also write in ASCII: "ss" reads as "ß" ("GIESSEREI" for "Gießerei") and
/// "ae", "oe", "ue" as "ä", "ö", "ü" ("Mueller" for "Müller"). Both sides
/// of a comparison go through it; names it makes equal that are not the
/// same actor come out as ambiguous, never as a silent match.
pub fn fold_name(s: &str) -> String {
    fold_token(s)
        .replace("ss", "s")
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u")
}

/// Folds case, Turkish and German letters and separators so that
/// "Hizmet Sağlayıcı", "hizmet_saglayici" and "HIZMET-SAĞLAYICI" compare equal.
pub fn fold_token(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        let mapped = match c {
            'İ' | 'I' | 'ı' | 'i' => 'i',
            'Ş' | 'ş' => 's',
            'Ğ' | 'ğ' => 'g',
            'Ç' | 'ç' => 'c',
            'Ö' | 'ö' => 'o',
            'Ü' | 'ü' => 'u',
            'Ä' | 'ä' => 'a',
            'ß' => 's',
            ' ' | '-' | '_' | '/' | '.' | '&' => '_',
            other => other.to_ascii_lowercase(),
        };
        if mapped == '_' && out.ends_with('_') {
            continue;
        }
        out.push(mapped);
    }
    out.trim_matches('_').to_string()
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $canon:literal [$($alias:literal),*]),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical token written in files.
            pub fn token(self) -> &'static str {
                match self { $($name::$variant => $canon),+ }
            }

            /// Every word read as a variant, folded, with the variant's token.
            pub fn aliases() -> Vec<(String, &'static str)> {
                Self::table().iter().map(|(a, v)| (a.clone(), v.token())).collect()
            }

            fn table() -> &'static [(String, $name)] {
                // Aliases are folded once per program run, not per cell: a
                // 30,000-row file parses this column 30,000 times.
                static FOLDED: std::sync::OnceLock<Vec<(String, $name)>> = std::sync::OnceLock::new();
                FOLDED.get_or_init(|| {
                    vec![$(
                        ($canon.to_string(), $name::$variant),
                        $( (fold_token($alias), $name::$variant), )*
                    )+]
                })
            }

            /// Reads the canonical token or a Turkish/German/English alias.
            pub fn parse(text: &str) -> Option<Self> {
                let table = Self::table();
                // Most cells hold the canonical token itself; folding is
                // idempotent, so an exact match needs no folding.
                if let Some((_, v)) = table.iter().find(|(alias, _)| alias == text) {
                    return Some(*v);
                }
                let folded = fold_token(text);
                table.iter().find(|(alias, _)| *alias == folded).map(|(_, v)| *v)
            }
        }
    };
}

vocabulary! {
    /// Operators run the chain; supporters serve it (ValueLinks).
    ActorKind {
        Firm = "firm" ["company", "firma", "şirket", "unternehmen", "manufacturer", "üretici", "hersteller",
            "işletme", "imalatçı", "producer", "betrieb", "sme", "kobi", "kmu", "operator", "operatör",
            "üretici firma", "produzent", "enterprise", "business"],
        Supplier = "supplier" ["tedarikçi", "zulieferer", "lieferant", "vendor", "yan sanayi", "alt yüklenici",
            "subcontractor", "tedarikçi firma", "zulieferbetrieb", "unterauftragnehmer", "suppliers"],
        ServiceProvider = "service_provider" ["service", "hizmet sağlayıcı", "dienstleister", "hizmet",
            "hizmet firması", "hizmet sağlayıcısı", "dienstleistung", "dienstleistungen", "service provider",
            "services", "consultant", "consultancy", "danışman", "danışmanlık", "berater", "beratung",
            "dienstleistungsunternehmen", "hizmetler"],
        Institution = "institution" ["kurum", "kuruluş", "einrichtung", "institution", "institutions",
            "kurumlar", "einrichtungen", "supporting institution", "destek kurumu", "unterstützende einrichtung",
            "supporter", "destekçi"],
        University = "university" ["üniversite", "hochschule", "universität", "fachhochschule", "college",
            "academia", "akademi", "meslek yüksekokulu", "higher education", "yükseköğretim"],
        Research = "research" ["research centre", "research center", "araştırma merkezi", "forschungseinrichtung", "forschung",
            "research institute", "araştırma enstitüsü", "forschungsinstitut", "institut", "laboratory",
            "laboratuvar", "labor", "ar-ge merkezi", "r&d centre", "r&d center", "technology centre",
            "technology center", "teknoloji merkezi", "technologiezentrum", "teknopark", "technopark"],
        PublicAgency = "public_agency" ["agency", "kamu kurumu", "ajans", "behörde", "agentur", "government",
            "public", "kamu", "devlet", "bakanlık", "ministry", "ministerium", "belediye", "municipality",
            "gemeinde", "stadt", "kalkınma ajansı", "development agency", "valilik", "kosgeb",
            "öffentliche einrichtung", "wirtschaftsförderung", "public agency", "public body", "kamu kuruluşu"],
        Association = "association" ["chamber", "ngo", "cluster organisation", "oda", "dernek", "kammer", "verband",
            "ticaret odası", "sanayi odası", "ticaret ve sanayi odası", "chamber of commerce", "ihk", "hwk",
            "handwerkskammer", "cluster", "küme", "küme yönetimi", "cluster management", "clustermanagement",
            "cluster organization", "osb", "organize sanayi bölgesi", "vakıf", "foundation", "stiftung",
            "verein", "stk", "sivil toplum kuruluşu", "birlik", "union", "network", "netzwerk", "ağ",
            "business association", "wirtschaftsverband", "industry association", "sektör derneği"],
        Finance = "finance" ["bank", "finans", "finanzierung", "banka", "sparkasse", "investor", "yatırımcı",
            "venture capital", "risikokapital", "girişim sermayesi", "fund", "fon", "kredi", "credit",
            "finance institution", "finansman", "finanzinstitut", "förderbank"],
    }
}

impl ActorKind {
    pub fn is_operator(self) -> bool {
        matches!(self, Self::Firm | Self::Supplier | Self::ServiceProvider)
    }

    pub fn is_supporter(self) -> bool {
        !self.is_operator()
    }
}

vocabulary! {
    /// ValueLinks bands: the chain, its services, its environment.
    Band {
        Core = "core" ["çekirdek", "kern", "operators", "operatörler", "chain", "zincir", "ana", "primary",
            "main", "kernprozess", "value chain", "değer zinciri", "wertschöpfungskette", "operator"],
        Support = "support" ["destek", "unterstützung", "supporting", "services", "hizmetler", "hizmet",
            "destekleyici", "unterstützend", "dienstleistungen", "support services", "destek hizmetleri",
            "unterstützende dienstleistungen", "supporters"],
        Enabling = "enabling" ["ortam", "rahmenbedingungen", "environment", "institutional", "kurumsal",
            "rahmen", "framework", "policy", "politika", "çerçeve", "enabling environment", "elverişli ortam",
            "umfeld", "politik", "kurumsal çerçeve", "institutioneller rahmen", "regulation", "mevzuat",
            "institutionell"],
    }
}

vocabulary! {
    /// Where an actor is based relative to the cluster's region.
    Locality {
        Local = "local" ["yerel", "lokal", "regional", "bölgesel", "il içi", "vor ort", "in der region",
            "bölge içi", "yerli", "in region", "örtlich"],
        National = "national" ["ulusal", "yurt içi", "national", "domestic", "inland", "ülke içi",
            "bundesweit", "deutschland", "türkiye", "diğer il", "other region", "andere region", "überregional"],
        International = "international" ["uluslararası", "yurt dışı", "international", "ausland", "abroad",
            "foreign", "yabancı", "global", "küresel", "weltweit", "import", "ithalat"],
    }
}

vocabulary! {
    /// Where a sourced input comes from; same scale as [`Locality`].
    Origin {
        Local = "local" ["yerel", "lokal", "regional", "bölgesel", "il içi", "vor ort", "in der region",
            "bölge içi", "yerli", "in region", "örtlich"],
        National = "national" ["ulusal", "yurt içi", "inland", "domestic", "ülke içi", "bundesweit",
            "deutschland", "türkiye", "diğer il", "other region", "andere region", "überregional"],
        International = "international" ["uluslararası", "yurt dışı", "ausland", "abroad", "foreign",
            "yabancı", "global", "küresel", "weltweit", "import", "ithalat"],
    }
}

vocabulary! {
    /// Supply is directed (goods or services flow source to target); the
    /// others are not. [`RelationKind::Other`] holds every kind a file
    /// names that is none of the four; the relation keeps the file's word
    /// in [`super::Relation::label`].
    RelationKind {
        Supply = "supply" ["tedarik", "lieferung", "supplies", "supplier", "sells to", "sale", "sales",
            "satış", "satar", "verkauf", "liefert", "delivers", "delivery", "teslimat", "provides", "sağlar",
            "goods", "mal", "hizmet", "service", "services", "dienstleistung", "hizmet alımı",
            "purchase", "satın alma", "alım", "einkauf", "trade", "ticaret", "handel", "customer",
            "müşteri", "kunde", "tedarik ilişkisi", "lieferbeziehung", "supply chain", "tedarik zinciri"],
        Collaboration = "collaboration" ["işbirliği", "kooperation", "zusammenarbeit", "ortak", "ortaklık",
            "partner", "partnership", "partnerschaft", "cooperation", "collaborates", "joint project",
            "ortak proje", "gemeinsames projekt", "alliance", "ittifak", "allianz", "joint venture",
            "ortak girişim", "co-operation", "kollaboration", "collaborate", "works with", "birlikte çalışma"],
        Knowledge = "knowledge" ["r&d", "rnd", "ar-ge", "bilgi", "wissen", "f&e", "research", "araştırma",
            "forschung", "know-how", "know how", "technology transfer", "teknoloji transferi",
            "technologietransfer", "knowledge transfer", "bilgi transferi", "bilgi paylaşımı",
            "wissenstransfer", "training", "eğitim", "schulung", "weiterbildung", "innovation",
            "inovasyon", "learning", "öğrenme", "research and development", "forschung und entwicklung",
            "araştırma geliştirme"],
        Support = "support" ["destek", "unterstützung", "förderung", "funds", "funding", "fon", "hibe",
            "grant", "finanzierung", "sponsored", "sponsorship", "sponsor", "sponsors", "teşvik",
            "incentive", "mentoring", "mentorluk", "advice", "tavsiye", "beratung", "funded by",
            "finanzierung durch", "kredi", "credit", "loan", "darlehen", "subsidy", "sübvansiyon",
            "zuschuss", "supports", "destekler", "fördert"],
        Other = "other" ["diğer", "sonstige", "sonstiges", "andere"],
    }
}

impl RelationKind {
    pub fn is_directed(self) -> bool {
        self == Self::Supply
    }

    /// The four kinds the analyses know; [`RelationKind::Other`] is kept,
    /// drawn and counted, but no analysis reads a meaning into it.
    pub const KNOWN: [RelationKind; 4] = [
        RelationKind::Supply,
        RelationKind::Collaboration,
        RelationKind::Knowledge,
        RelationKind::Support,
    ];
}

vocabulary! {
    /// Why an input is bought where it is.
    Reason {
        NotAvailable = "not_available" ["not available locally", "yerelde yok", "lokal nicht verfügbar",
            "yerelde üretici yok", "yerelde tedarikçi yok", "bölgede yok", "bölgede üretici yok",
            "bölgede tedarikçi yok", "yerel tedarikçi yok", "yerel üretici yok", "no local supplier",
            "no local producer", "no local provider", "not available", "unavailable", "not produced locally",
            "nicht verfügbar", "regional nicht verfügbar", "kein regionaler anbieter", "kein lokaler anbieter",
            "kein anbieter in der region", "bulunmuyor", "mevcut değil", "yok", "yerelde bulunmuyor",
            "not available in the region", "in der region nicht verfügbar", "availability", "erişilebilirlik"],
        Quality = "quality" ["kalite", "qualität", "better quality", "daha iyi kalite", "bessere qualität",
            "kalite standartları", "quality standards", "qualitätsstandards", "kalite sorunu",
            "yetersiz kalite", "higher quality", "daha kaliteli"],
        Price = "price" ["fiyat", "preis", "cost", "costs", "maliyet", "ucuz", "daha ucuz", "cheaper",
            "kosten", "günstiger", "lower price", "düşük fiyat", "niedrigerer preis", "fiyat avantajı"],
        Capacity = "capacity" ["kapasite", "kapazität", "insufficient capacity", "yetersiz kapasite",
            "kapasite yetersiz", "kapasite yetersizliği", "zu geringe kapazität", "fehlende kapazität",
            "not enough capacity", "lack of capacity"],
        Other = "other" ["diğer", "sonstiges", "andere", "sonstige", "other reasons", "diğer nedenler",
            "andere gründe"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_turkish_and_german_words() {
        assert_eq!(
            ActorKind::parse("Hizmet Sağlayıcı"),
            Some(ActorKind::ServiceProvider)
        );
        assert_eq!(ActorKind::parse("HOCHSCHULE"), Some(ActorKind::University));
        assert_eq!(ActorKind::parse("TEDARİKÇİ"), Some(ActorKind::Supplier));
        assert_eq!(Locality::parse("Yurt Dışı"), Some(Locality::International));
        assert_eq!(RelationKind::parse("Ar-Ge"), Some(RelationKind::Knowledge));
        assert_eq!(Band::parse("core"), Some(Band::Core));
        assert_eq!(ActorKind::parse("spaceship"), None);
    }

    /// The words of issue 11's surveys, in all three languages.
    #[test]
    fn broader_vocabulary_in_three_languages() {
        use ActorKind as K;
        for (word, kind) in [
            ("kurum", K::Institution),
            ("Einrichtung", K::Institution),
            ("institution", K::Institution),
            ("hizmet", K::ServiceProvider),
            ("Dienstleistung", K::ServiceProvider),
            ("service", K::ServiceProvider),
            ("Hizmet sağlayıcı", K::ServiceProvider),
            ("Ticaret Odası", K::Association),
            ("IHK", K::Association),
            ("Kalkınma Ajansı", K::PublicAgency),
            ("Wirtschaftsförderung", K::PublicAgency),
            ("Yan sanayi", K::Supplier),
            ("Fachhochschule", K::University),
            ("Laboratuvar", K::Research),
        ] {
            assert_eq!(ActorKind::parse(word), Some(kind), "{word}");
        }
        for (word, band) in [
            ("kurumsal", Band::Enabling),
            ("institutional", Band::Enabling),
            ("Rahmen", Band::Enabling),
            ("destek hizmetleri", Band::Support),
            ("Dienstleistungen", Band::Support),
            ("Çekirdek", Band::Core),
        ] {
            assert_eq!(Band::parse(word), Some(band), "{word}");
        }
        use RelationKind as R;
        for (word, kind) in [
            ("hizmet", R::Supply),
            ("supplies", R::Supply),
            ("Dienstleistung", R::Supply),
            ("ortak", R::Collaboration),
            ("Partnerschaft", R::Collaboration),
            ("funds", R::Support),
            ("sponsored", R::Support),
            ("Förderung", R::Support),
            ("Teknoloji transferi", R::Knowledge),
            ("Schulung", R::Knowledge),
        ] {
            assert_eq!(RelationKind::parse(word), Some(kind), "{word}");
        }
        for word in ["uses", "requires", "presented at"] {
            assert_eq!(RelationKind::parse(word), None, "{word}");
        }
        assert_eq!(
            Reason::parse("yerelde üretici yok"),
            Some(Reason::NotAvailable)
        );
        assert_eq!(
            Reason::parse("kein regionaler Anbieter"),
            Some(Reason::NotAvailable)
        );
        assert_eq!(Reason::parse("cheaper"), Some(Reason::Price));
        assert_eq!(Origin::parse("Yurt dışı"), Some(Origin::International));
        assert_eq!(Locality::parse("bölgesel"), Some(Locality::Local));
    }

    /// An alias that folds to the same word in two variants would make
    /// the first one win silently.
    #[test]
    fn no_alias_means_two_things() {
        for (name, table) in [
            ("actor", ActorKind::aliases()),
            ("band", Band::aliases()),
            ("locality", Locality::aliases()),
            ("origin", Origin::aliases()),
            ("relation", RelationKind::aliases()),
            ("reason", Reason::aliases()),
        ] {
            for (i, (a, v)) in table.iter().enumerate() {
                for (b, w) in &table[i + 1..] {
                    assert!(a != b || v == w, "{name}: {a} means {v} and {w}");
                }
            }
        }
    }

    #[test]
    fn canonical_tokens_round_trip() {
        for k in ActorKind::ALL {
            assert_eq!(ActorKind::parse(k.token()), Some(*k));
        }
        for k in RelationKind::ALL {
            assert_eq!(RelationKind::parse(k.token()), Some(*k));
        }
        for k in Reason::ALL {
            assert_eq!(Reason::parse(k.token()), Some(*k));
        }
    }
}
