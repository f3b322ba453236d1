//! What the user chose to see: search, filters, zoom and selection, as a
//! plain value. It is encoded in the URL so a copied link reproduces the
//! view, and applied to the dataset without touching the browser.

use std::collections::BTreeSet;

use crate::model::{fold_token, ActorKind, Dataset, Locality, RelationKind};

/// The view settings. Defaults show everything at zoom 1.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewState {
    pub search: String,
    pub hidden_kinds: BTreeSet<ActorKind>,
    pub hidden_relations: BTreeSet<RelationKind>,
    /// `None` shows every locality.
    pub locality: Option<Locality>,
    /// Relations weaker than this are hidden (1 shows all).
    pub min_strength: u8,
    pub zoom: f64,
    pub pan: (f64, f64),
    /// Selected actor id (ids, not indices, so links survive reordering).
    pub selected: Option<String>,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            search: String::new(),
            hidden_kinds: BTreeSet::new(),
            hidden_relations: BTreeSet::new(),
            locality: None,
            min_strength: 1,
            zoom: 1.0,
            pan: (0.0, 0.0),
            selected: None,
        }
    }
}

pub const MIN_ZOOM: f64 = 0.5;
pub const MAX_ZOOM: f64 = 8.0;

/// Folds text for search: case, Turkish dotted/dotless i, German umlauts
/// and ß, and punctuation do not matter ("ışık" finds "IŞIK MAKİNA" and
/// "Işık", "muller" finds "Müller", "giesserei" finds "Gießerei").
pub fn search_key(text: &str) -> String {
    fold_token(text).replace('_', " ").replace("ss", "s")
}

impl ViewState {
    /// Whether an actor passes the filters (search does not hide: it marks).
    pub fn shows_actor(&self, dataset: &Dataset, actor: usize) -> bool {
        dataset.actors.get(actor).is_some_and(|a| {
            !self.hidden_kinds.contains(&a.kind) && self.locality.is_none_or(|l| l == a.locality)
        })
    }

    /// Whether a relation is drawn: its kind and strength pass and both
    /// ends are shown.
    pub fn shows_relation(&self, dataset: &Dataset, relation: usize) -> bool {
        dataset.relations.get(relation).is_some_and(|r| {
            !self.hidden_relations.contains(&r.kind)
                && r.strength >= self.min_strength
                && self.shows_actor(dataset, r.source)
                && self.shows_actor(dataset, r.target)
        })
    }

    /// Actors whose name (or id) contains the search text, in dataset order.
    pub fn matches(&self, dataset: &Dataset) -> Vec<usize> {
        let needle = search_key(&self.search);
        if needle.trim().is_empty() {
            return Vec::new();
        }
        (0..dataset.actors.len())
            .filter(|&i| {
                let a = &dataset.actors[i];
                search_key(&a.name).contains(&needle) || search_key(&a.id).contains(&needle)
            })
            .collect()
    }

    pub fn zoom_by(&mut self, factor: f64) {
        self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
    }

    /// The view as URL query pairs; only settings that differ from the
    /// default are written, so links stay short.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let enc = |s: &str| {
            s.bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect::<String>()
        };
        if !self.search.is_empty() {
            parts.push(format!("q={}", enc(&self.search)));
        }
        if !self.hidden_kinds.is_empty() {
            let v: Vec<&str> = self.hidden_kinds.iter().map(|k| k.token()).collect();
            parts.push(format!("hide={}", v.join(",")));
        }
        if !self.hidden_relations.is_empty() {
            let v: Vec<&str> = self.hidden_relations.iter().map(|k| k.token()).collect();
            parts.push(format!("hiderel={}", v.join(",")));
        }
        if let Some(l) = self.locality {
            parts.push(format!("loc={}", l.token()));
        }
        if self.min_strength > 1 {
            parts.push(format!("min={}", self.min_strength));
        }
        if (self.zoom - 1.0).abs() > 1e-9 || self.pan != (0.0, 0.0) {
            parts.push(format!("z={:.3}", self.zoom));
            parts.push(format!("px={:.1}", self.pan.0));
            parts.push(format!("py={:.1}", self.pan.1));
        }
        if let Some(id) = &self.selected {
            parts.push(format!("sel={}", enc(id)));
        }
        parts.join("&")
    }

    /// Reads a query string (with or without `?`); unknown keys and bad
    /// values are ignored, since links are typed and truncated by people.
    pub fn from_query(query: &str) -> Self {
        let mut v = Self::default();
        for pair in query.trim_start_matches(['?', '#']).split('&') {
            let Some((key, raw)) = pair.split_once('=') else {
                continue;
            };
            let value = percent_decode(raw);
            match key {
                "q" => v.search = value,
                "hide" => v.hidden_kinds = value.split(',').filter_map(ActorKind::parse).collect(),
                "hiderel" => {
                    v.hidden_relations = value.split(',').filter_map(RelationKind::parse).collect()
                }
                "loc" => v.locality = Locality::parse(&value),
                "min" => v.min_strength = value.parse::<u8>().map_or(1, |m| m.clamp(1, 5)),
                "z" => {
                    v.zoom = value
                        .parse::<f64>()
                        .ok()
                        .filter(|z| z.is_finite())
                        .map_or(1.0, |z| z.clamp(MIN_ZOOM, MAX_ZOOM))
                }
                "px" => {
                    v.pan.0 = value
                        .parse::<f64>()
                        .ok()
                        .filter(|p| p.is_finite())
                        .unwrap_or(0.0)
                }
                "py" => {
                    v.pan.1 = value
                        .parse::<f64>()
                        .ok()
                        .filter(|p| p.is_finite())
                        .unwrap_or(0.0)
                }
                "sel" => v.selected = (!value.is_empty()).then_some(value),
                _ => {}
            }
        }
        v
    }
}

fn percent_decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_and_german_search() {
        let d = crate::sample::dataset();
        let mut v = ViewState {
            search: "ışık".into(),
            ..Default::default()
        };
        // No "Işık" in the sample: check the key directly, then real names.
        assert_eq!(search_key("IŞIK MAKİNA"), search_key("ışık makina"));
        assert_eq!(search_key("Işık"), search_key("isik"));
        assert_eq!(search_key("Gießerei"), search_key("giesserei"));
        v.search = "akıllı sayaç".into();
        assert_eq!(v.matches(&d), vec![d.actor_index("akilli").unwrap()]);
        v.search = "IZMIR".into();
        assert!(v.matches(&d).len() >= 3);
        v.search = "  ".into();
        assert!(v.matches(&d).is_empty());
    }

    #[test]
    fn filters_hide_exactly_the_chosen_actors_and_their_ties() {
        let d = crate::sample::dataset();
        let v = ViewState {
            hidden_kinds: [ActorKind::University, ActorKind::Research]
                .into_iter()
                .collect(),
            ..Default::default()
        };
        let hidden: Vec<&str> = (0..d.actors.len())
            .filter(|&i| !v.shows_actor(&d, i))
            .map(|i| d.actors[i].id.as_str())
            .collect();
        assert_eq!(hidden, ["etu", "mikrodalga"]);
        let etu = d.actor_index("etu").unwrap();
        assert!(d
            .relations
            .iter()
            .enumerate()
            .filter(|(_, r)| r.source == etu)
            .all(|(i, _)| !v.shows_relation(&d, i)));
        let outside = ViewState {
            locality: Some(Locality::International),
            ..Default::default()
        };
        assert_eq!(
            (0..d.actors.len())
                .filter(|&i| outside.shows_actor(&d, i))
                .count(),
            3
        );
        let strong = ViewState {
            min_strength: 5,
            ..Default::default()
        };
        assert_eq!(
            (0..d.relations.len())
                .filter(|&i| strong.shows_relation(&d, i))
                .count(),
            4
        );
    }

    #[test]
    fn query_round_trip_and_garbage() {
        let v = ViewState {
            search: "ege & co ı".into(),
            hidden_kinds: [ActorKind::Finance].into_iter().collect(),
            hidden_relations: [RelationKind::Support].into_iter().collect(),
            locality: Some(Locality::Local),
            min_strength: 3,
            zoom: 2.0,
            pan: (-120.5, 40.0),
            selected: Some("gediz".into()),
        };
        assert_eq!(ViewState::from_query(&v.to_query()), v);
        assert_eq!(ViewState::default().to_query(), "");
        let junk = ViewState::from_query("?z=NaN&min=99&hide=wizard,firm&px=1e999&%ZZ=1&q=%E4%é%");
        assert_eq!(junk.zoom, 1.0);
        assert_eq!(junk.min_strength, 5);
        assert_eq!(junk.hidden_kinds, [ActorKind::Firm].into_iter().collect());
        assert_eq!(junk.pan.0, 0.0);
    }
}
