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

            /// Reads the canonical token or a Turkish/German/English alias.
            pub fn parse(text: &str) -> Option<Self> {
                // Aliases are folded once per program run, not per cell: a
                // 30,000-row file parses this column 30,000 times.
                static FOLDED: std::sync::OnceLock<Vec<(String, $name)>> = std::sync::OnceLock::new();
                let table = FOLDED.get_or_init(|| {
                    vec![$(
                        ($canon.to_string(), $name::$variant),
                        $( (fold_token($alias), $name::$variant), )*
                    )+]
                });
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
        Firm = "firm" ["company", "firma", "şirket", "unternehmen", "manufacturer", "üretici", "hersteller"],
        Supplier = "supplier" ["tedarikçi", "zulieferer", "lieferant"],
        ServiceProvider = "service_provider" ["service", "hizmet sağlayıcı", "dienstleister"],
        University = "university" ["üniversite", "hochschule", "universität"],
        Research = "research" ["research centre", "research center", "araştırma merkezi", "forschungseinrichtung", "forschung"],
        PublicAgency = "public_agency" ["agency", "kamu kurumu", "ajans", "behörde", "agentur"],
        Association = "association" ["chamber", "ngo", "cluster organisation", "oda", "dernek", "kammer", "verband"],
        Finance = "finance" ["bank", "finans", "finanzierung"],
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
        Core = "core" ["çekirdek", "kern"],
        Support = "support" ["destek", "unterstützung"],
        Enabling = "enabling" ["ortam", "rahmenbedingungen", "environment"],
    }
}

vocabulary! {
    /// Where an actor is based relative to the cluster's region.
    Locality {
        Local = "local" ["yerel", "lokal", "regional"],
        National = "national" ["ulusal", "yurt içi", "national"],
        International = "international" ["uluslararası", "yurt dışı", "international", "ausland"],
    }
}

vocabulary! {
    /// Where a sourced input comes from; same scale as [`Locality`].
    Origin {
        Local = "local" ["yerel", "lokal", "regional"],
        National = "national" ["ulusal", "yurt içi", "inland"],
        International = "international" ["uluslararası", "yurt dışı", "ausland"],
    }
}

vocabulary! {
    /// Supply is directed (goods flow source to target); the others are not.
    RelationKind {
        Supply = "supply" ["tedarik", "lieferung"],
        Collaboration = "collaboration" ["işbirliği", "kooperation", "zusammenarbeit"],
        Knowledge = "knowledge" ["r&d", "rnd", "ar-ge", "bilgi", "wissen", "f&e"],
        Support = "support" ["destek", "unterstützung", "förderung"],
    }
}

impl RelationKind {
    pub fn is_directed(self) -> bool {
        self == Self::Supply
    }
}

vocabulary! {
    /// Why an input is bought where it is.
    Reason {
        NotAvailable = "not_available" ["not available locally", "yerelde yok", "lokal nicht verfügbar"],
        Quality = "quality" ["kalite", "qualität"],
        Price = "price" ["fiyat", "preis"],
        Capacity = "capacity" ["kapasite", "kapazität"],
        Other = "other" ["diğer", "sonstiges"],
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
