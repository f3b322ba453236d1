//! What the user chose to see: search, filters, zoom and selection, as a
//! plain value. It is encoded in the URL so a copied link reproduces the
//! view, and applied to the dataset without touching the browser.

pub mod gesture;
mod screen;

use std::collections::{BTreeMap, BTreeSet};

pub use screen::Screen;

use crate::model::{fold_name, ActorKind, Dataset, Locality, RelationKind};

/// Which picture of the cluster is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MapMode {
    /// Stage columns and bands (ValueLinks convention).
    #[default]
    ValueChain,
    /// Force-directed network, coloured by sub-cluster.
    Network,
    /// Actors at their coordinates.
    Geographic,
}

impl MapMode {
    pub fn token(self) -> &'static str {
        match self {
            MapMode::ValueChain => "chain",
            MapMode::Network => "network",
            MapMode::Geographic => "geo",
        }
    }
}

/// What the filters leave on the map, per actor and per relation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Visibility {
    pub actors: Vec<bool>,
    pub relations: Vec<bool>,
}

impl Visibility {
    pub fn actor(&self, i: usize) -> bool {
        self.actors.get(i).copied().unwrap_or(false)
    }
    pub fn relation(&self, i: usize) -> bool {
        self.relations.get(i).copied().unwrap_or(false)
    }
    pub fn shown_actors(&self) -> usize {
        self.actors.iter().filter(|v| **v).count()
    }
}

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
    pub mode: MapMode,
    /// Stage ids whose actors are hidden.
    pub hidden_stages: BTreeSet<String>,
    /// Operators with fewer employees are hidden (0 shows all; actors of
    /// unknown size and institutions are always shown).
    pub min_employees: u32,
    /// With a selection: show only actors within this many relation steps
    /// of it (0 is off; 1 or 2).
    pub focus: u8,
    /// Actors dragged to a place of their own in the network view, by id,
    /// in map units.
    pub pinned: BTreeMap<String, (f64, f64)>,
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
            mode: MapMode::ValueChain,
            hidden_stages: BTreeSet::new(),
            min_employees: 0,
            focus: 0,
            pinned: BTreeMap::new(),
        }
    }
}

pub const MIN_ZOOM: f64 = 0.5;
/// Large enough to read one actor's name on a 10,000-actor map.
pub const MAX_ZOOM: f64 = 40.0;

/// Folds text for search: case, Turkish dotted/dotless i, German umlauts
/// and ß, and punctuation do not matter ("ışık" finds "IŞIK MAKİNA" and
/// "Işık", "muller" and "mueller" find "Müller", "giesserei" finds
/// "Gießerei").
pub fn search_key(text: &str) -> String {
    fold_name(text).replace('_', " ")
}

impl ViewState {
    /// Whether an actor passes the filters (search does not hide: it marks).
    /// Neighbourhood focus is not applied here (see [`ViewState::visibility`]).
    pub fn shows_actor(&self, dataset: &Dataset, actor: usize) -> bool {
        dataset.actors.get(actor).is_some_and(|a| {
            !self.hidden_kinds.contains(&a.kind)
                && self.locality.is_none_or(|l| l == a.locality)
                && !a.stages.iter().any(|s| self.hidden_stages.contains(s))
                && (self.min_employees == 0
                    || !a.kind.is_operator()
                    || a.employees.is_none_or(|e| e >= self.min_employees))
        })
    }

    fn shows_relation_kind(&self, dataset: &Dataset, relation: usize) -> bool {
        dataset.relations.get(relation).is_some_and(|r| {
            !self.hidden_relations.contains(&r.kind) && r.strength >= self.min_strength
        })
    }

    /// Every filter at once, including the neighbourhood focus: an actor is
    /// shown if it passes the filters and, with a focus, is within
    /// `focus` steps of the selected actor over shown relations.
    ///
    /// # Complexity
    /// O(V + E).
    pub fn visibility(&self, dataset: &Dataset) -> Visibility {
        let n = dataset.actors.len();
        let mut actors: Vec<bool> = (0..n).map(|i| self.shows_actor(dataset, i)).collect();
        let centre = self
            .selected
            .as_deref()
            .and_then(|id| dataset.actor_index(id))
            .filter(|_| self.focus > 0);
        if let Some(centre) = centre {
            let mut partners: Vec<Vec<usize>> = vec![Vec::new(); n];
            for (i, r) in dataset.relations.iter().enumerate() {
                if self.shows_relation_kind(dataset, i) && r.source < n && r.target < n {
                    partners[r.source].push(r.target);
                    partners[r.target].push(r.source);
                }
            }
            let mut depth = vec![u8::MAX; n];
            depth[centre] = 0;
            let mut frontier = vec![centre];
            for step in 1..=self.focus {
                let mut next = Vec::new();
                for v in frontier {
                    for &p in &partners[v] {
                        if depth[p] == u8::MAX && actors[p] {
                            depth[p] = step;
                            next.push(p);
                        }
                    }
                }
                frontier = next;
            }
            for (shown, d) in actors.iter_mut().zip(&depth) {
                *shown &= *d != u8::MAX;
            }
            // The centre itself stays even if a filter would hide it.
            actors[centre] = true;
        }
        let relations = dataset
            .relations
            .iter()
            .enumerate()
            .map(|(i, r)| {
                self.shows_relation_kind(dataset, i)
                    && actors.get(r.source).copied().unwrap_or(false)
                    && actors.get(r.target).copied().unwrap_or(false)
            })
            .collect();
        Visibility { actors, relations }
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

    /// Zooms by `factor` keeping the map point `(x, y)` (map units, as
    /// drawn now) under the same screen spot: the pointer's place for the
    /// wheel, the fingers' midpoint for a pinch.
    pub fn zoom_at(&mut self, factor: f64, x: f64, y: f64, map_w: f64, map_h: f64) {
        let (z0, tx0, ty0) = self.transform(map_w, map_h);
        let (sx, sy) = (z0 * x + tx0, z0 * y + ty0);
        self.zoom_by(factor);
        let z = self.zoom;
        // Solve z * x + tx = sx for the pan that gives this tx.
        let (tx, ty) = (sx - z * x, sy - z * y);
        self.pan = (tx - (1.0 - z) * map_w / 2.0, ty - (1.0 - z) * map_h / 2.0);
    }

    /// Zoom and translation of the map content: zoom about the centre of
    /// the drawing, then the pan (in map units) is added. Returns
    /// `(zoom, tx, ty)` for `translate(tx ty) scale(zoom)`.
    pub fn transform(&self, map_w: f64, map_h: f64) -> (f64, f64, f64) {
        let z = self.zoom;
        (
            z,
            self.pan.0 + (1.0 - z) * map_w / 2.0,
            self.pan.1 + (1.0 - z) * map_h / 2.0,
        )
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
        if self.mode != MapMode::ValueChain {
            parts.push(format!("view={}", self.mode.token()));
        }
        if !self.hidden_stages.is_empty() {
            let v: Vec<String> = self.hidden_stages.iter().map(|s| enc(s)).collect();
            parts.push(format!("hidestage={}", v.join(",")));
        }
        if self.min_employees > 0 {
            parts.push(format!("minemp={}", self.min_employees));
        }
        if self.focus > 0 {
            parts.push(format!("focus={}", self.focus));
        }
        if !self.pinned.is_empty() {
            let v: Vec<String> = self
                .pinned
                .iter()
                .map(|(id, (x, y))| format!("{}:{x:.1}:{y:.1}", enc(id)))
                .collect();
            parts.push(format!("pin={}", v.join(",")));
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
                "view" => {
                    v.mode = [MapMode::Network, MapMode::Geographic]
                        .into_iter()
                        .find(|m| m.token() == value)
                        .unwrap_or(MapMode::ValueChain)
                }
                // Split before decoding: ids may contain the separators.
                "hidestage" => {
                    v.hidden_stages = raw
                        .split(',')
                        .map(percent_decode)
                        .filter(|s| !s.is_empty())
                        .collect()
                }
                "minemp" => v.min_employees = value.parse::<u32>().unwrap_or(0),
                "focus" => v.focus = value.parse::<u8>().map_or(0, |f| f.min(2)),
                "pin" => {
                    v.pinned = raw
                        .split(',')
                        .filter_map(|entry| {
                            let mut parts = entry.split(':');
                            let id = percent_decode(parts.next()?);
                            let x = parts
                                .next()?
                                .parse::<f64>()
                                .ok()
                                .filter(|x| x.is_finite())?;
                            let y = parts
                                .next()?
                                .parse::<f64>()
                                .ok()
                                .filter(|y| y.is_finite())?;
                            (!id.is_empty()).then_some((id, (x, y)))
                        })
                        .collect()
                }
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
        assert_eq!(
            search_key("Müller Schäfer Höß"),
            search_key("MUELLER SCHAEFER HOESS")
        );
        assert_ne!(search_key("Müller"), search_key("Möller"));
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
            mode: MapMode::Network,
            hidden_stages: ["pcb,x".to_string(), "design".to_string()]
                .into_iter()
                .collect(),
            min_employees: 20,
            focus: 2,
            pinned: [
                ("a:b,c".to_string(), (10.5, -3.0)),
                ("kule".to_string(), (0.0, 7.0)),
            ]
            .into_iter()
            .collect(),
        };
        assert_eq!(ViewState::from_query(&v.to_query()), v);
        assert_eq!(ViewState::default().to_query(), "");
        let junk = ViewState::from_query("?z=NaN&min=99&hide=wizard,firm&px=1e999&%ZZ=1&q=%E4%é%");
        assert_eq!(junk.zoom, 1.0);
        assert_eq!(junk.min_strength, 5);
        assert_eq!(junk.hidden_kinds, [ActorKind::Firm].into_iter().collect());
        assert_eq!(junk.pan.0, 0.0);
        let junk = ViewState::from_query("view=3d&focus=9&minemp=-4&pin=a:1,b:x:2,:1:2,c:3:4");
        assert_eq!(junk.mode, MapMode::ValueChain);
        assert_eq!(junk.focus, 2);
        assert_eq!(junk.min_employees, 0);
        assert_eq!(junk.pinned.len(), 1);
        assert_eq!(junk.pinned["c"], (3.0, 4.0));
    }

    #[test]
    fn zoom_at_keeps_the_point_under_the_pointer() {
        let mut v = ViewState::default();
        let (w, h) = (1000.0, 600.0);
        let before = Screen::new(&v, w, h, 1000.0, 600.0).to_screen(200.0, 100.0);
        v.zoom_at(1.5, 200.0, 100.0, w, h);
        v.zoom_at(1.5, 200.0, 100.0, w, h);
        let after = Screen::new(&v, w, h, 1000.0, 600.0).to_screen(200.0, 100.0);
        assert!((before.0 - after.0).abs() < 1e-6 && (before.1 - after.1).abs() < 1e-6);
        assert!((v.zoom - 2.25).abs() < 1e-9);
    }

    #[test]
    fn neighbourhood_focus_keeps_one_or_two_steps() {
        let d = crate::sample::dataset();
        let gediz = d.actor_index("gediz").unwrap();
        let mut v = ViewState {
            selected: Some("gediz".into()),
            focus: 1,
            ..Default::default()
        };
        let partners: BTreeSet<usize> = d
            .relations
            .iter()
            .filter_map(|r| {
                (r.source == gediz)
                    .then_some(r.target)
                    .or((r.target == gediz).then_some(r.source))
            })
            .chain([gediz])
            .collect();
        let one = v.visibility(&d);
        let shown: BTreeSet<usize> = (0..d.actors.len()).filter(|&i| one.actor(i)).collect();
        assert_eq!(shown, partners);
        // Every shown relation touches shown actors only.
        for (i, r) in d.relations.iter().enumerate() {
            if one.relation(i) {
                assert!(one.actor(r.source) && one.actor(r.target));
            }
        }
        v.focus = 2;
        let two = v.visibility(&d);
        assert!(two.shown_actors() > one.shown_actors());
        assert!((0..d.actors.len()).all(|i| !one.actor(i) || two.actor(i)));
        v.focus = 0;
        assert_eq!(v.visibility(&d).shown_actors(), d.actors.len());
    }

    #[test]
    fn stage_and_size_filters() {
        let d = crate::sample::dataset();
        let stage = d.actors[0].stages[0].clone();
        let v = ViewState {
            hidden_stages: [stage.clone()].into_iter().collect(),
            ..Default::default()
        };
        let vis = v.visibility(&d);
        for (i, a) in d.actors.iter().enumerate() {
            assert_eq!(vis.actor(i), !a.stages.contains(&stage), "{}", a.id);
        }
        let v = ViewState {
            min_employees: 50,
            ..Default::default()
        };
        let vis = v.visibility(&d);
        for (i, a) in d.actors.iter().enumerate() {
            let small = a.kind.is_operator() && a.employees.is_some_and(|e| e < 50);
            assert_eq!(vis.actor(i), !small, "{}", a.id);
        }
    }
}
