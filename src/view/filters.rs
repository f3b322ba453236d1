//! What the user chose to hide, applied to the dataset without touching
//! the browser. Search is not a filter: it marks, it does not hide.

use std::collections::BTreeSet;

use super::attribute_filter::AttributeFilter;
use crate::model::{fold_name, ActorKind, Dataset, Locality, RelationKind};

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

/// The filters. Defaults show everything.
#[derive(Debug, Clone, PartialEq)]
pub struct Filters {
    pub hidden_kinds: BTreeSet<ActorKind>,
    pub hidden_relations: BTreeSet<RelationKind>,
    /// `None` shows every locality.
    pub locality: Option<Locality>,
    /// Relations weaker than this are hidden (1 shows all).
    pub min_strength: u8,
    /// Stage ids whose actors are hidden.
    pub hidden_stages: BTreeSet<String>,
    /// Operators with fewer employees are hidden (0 shows all; actors of
    /// unknown size and institutions are always shown).
    pub min_employees: u32,
    /// With a selection: show only actors within this many relation steps
    /// of it (0 is off; 1 or 2).
    pub focus: u8,
    /// Only actors whose extra attribute passes (a certification, a
    /// founding year); `None` filters nothing.
    pub attribute: Option<AttributeFilter>,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            hidden_kinds: BTreeSet::new(),
            hidden_relations: BTreeSet::new(),
            locality: None,
            min_strength: 1,
            hidden_stages: BTreeSet::new(),
            min_employees: 0,
            focus: 0,
            attribute: None,
        }
    }
}

/// Folds text for search: case, Turkish dotted/dotless i, German umlauts
/// and ß, and punctuation do not matter ("ışık" finds "IŞIK MAKİNA" and
/// "Işık", "muller" and "mueller" find "Müller", "giesserei" finds
/// "Gießerei").
pub fn search_key(text: &str) -> String {
    fold_name(text).replace('_', " ")
}

/// Actors whose name, id or an attribute value (a column outside the
/// format, as the file wrote it) contains the search text, in dataset order.
///
/// # Complexity
/// O(V · name length): every name is folded once per call, so callers
/// memoise it on the search text and the dataset only.
pub fn search_matches(search: &str, dataset: &Dataset) -> Vec<usize> {
    let needle = search_key(search);
    if needle.trim().is_empty() {
        return Vec::new();
    }
    (0..dataset.actors.len())
        .filter(|&i| {
            let a = &dataset.actors[i];
            search_key(&a.name).contains(&needle)
                || search_key(&a.id).contains(&needle)
                || a.attributes
                    .iter()
                    .any(|(_, v)| search_key(v).contains(&needle))
        })
        .collect()
}

impl Filters {
    /// Whether an actor passes the filters. Neighbourhood focus is not
    /// applied here (see [`Filters::visibility`]).
    pub fn shows_actor(&self, dataset: &Dataset, actor: usize) -> bool {
        dataset.actors.get(actor).is_some_and(|a| {
            !self.hidden_kinds.contains(&a.kind)
                && self.locality.is_none_or(|l| l == a.locality)
                && !a.stages.iter().any(|s| self.hidden_stages.contains(s))
                && (self.min_employees == 0
                    || !a.kind.is_operator()
                    || a.employees.is_none_or(|e| e >= self.min_employees))
                && self
                    .attribute
                    .as_ref()
                    .is_none_or(|f| f.passes(&a.attributes))
        })
    }

    fn shows_relation_kind(&self, dataset: &Dataset, relation: usize) -> bool {
        dataset.relations.get(relation).is_some_and(|r| {
            !self.hidden_relations.contains(&r.kind) && r.strength >= self.min_strength
        })
    }

    /// Whether a relation is drawn: its kind and strength pass and both
    /// ends are shown (focus not applied).
    pub fn shows_relation(&self, dataset: &Dataset, relation: usize) -> bool {
        self.shows_relation_kind(dataset, relation)
            && dataset.relations.get(relation).is_some_and(|r| {
                self.shows_actor(dataset, r.source) && self.shows_actor(dataset, r.target)
            })
    }

    /// Every filter at once, including the neighbourhood focus: an actor is
    /// shown if it passes the filters and, with a focus, is within
    /// `focus` steps of `selected` over shown relations.
    ///
    /// # Arguments
    /// * `selected` – the selected actor's id; only used when `focus > 0`.
    ///
    /// # Complexity
    /// O(V + E).
    pub fn visibility(&self, dataset: &Dataset, selected: Option<&str>) -> Visibility {
        let n = dataset.actors.len();
        let mut actors: Vec<bool> = (0..n).map(|i| self.shows_actor(dataset, i)).collect();
        let centre = selected
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_and_german_search() {
        let d = crate::sample::dataset();
        // No "Işık" in the sample: check the key directly, then real names.
        assert_eq!(search_key("IŞIK MAKİNA"), search_key("ışık makina"));
        assert_eq!(search_key("Işık"), search_key("isik"));
        assert_eq!(search_key("Gießerei"), search_key("giesserei"));
        assert_eq!(
            search_key("Müller Schäfer Höß"),
            search_key("MUELLER SCHAEFER HOESS")
        );
        assert_ne!(search_key("Müller"), search_key("Möller"));
        assert_eq!(
            search_matches("akıllı sayaç", &d),
            vec![d.actor_index("akilli").unwrap()]
        );
        assert!(search_matches("IZMIR", &d).len() >= 3);
        assert!(search_matches("  ", &d).is_empty());
    }

    #[test]
    fn filters_hide_exactly_the_chosen_actors_and_their_ties() {
        let d = crate::sample::dataset();
        let v = Filters {
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
        let outside = Filters {
            locality: Some(Locality::International),
            ..Default::default()
        };
        assert_eq!(
            (0..d.actors.len())
                .filter(|&i| outside.shows_actor(&d, i))
                .count(),
            3
        );
        let strong = Filters {
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
    fn neighbourhood_focus_keeps_one_or_two_steps() {
        let d = crate::sample::dataset();
        let gediz = d.actor_index("gediz").unwrap();
        let mut v = Filters {
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
        let one = v.visibility(&d, Some("gediz"));
        let shown: BTreeSet<usize> = (0..d.actors.len()).filter(|&i| one.actor(i)).collect();
        assert_eq!(shown, partners);
        // Every shown relation touches shown actors only.
        for (i, r) in d.relations.iter().enumerate() {
            if one.relation(i) {
                assert!(one.actor(r.source) && one.actor(r.target));
            }
        }
        // Without a selection a focus shows everything.
        assert_eq!(v.visibility(&d, None).shown_actors(), d.actors.len());
        v.focus = 2;
        let two = v.visibility(&d, Some("gediz"));
        assert!(two.shown_actors() > one.shown_actors());
        assert!((0..d.actors.len()).all(|i| !one.actor(i) || two.actor(i)));
        v.focus = 0;
        assert_eq!(
            v.visibility(&d, Some("gediz")).shown_actors(),
            d.actors.len()
        );
    }

    #[test]
    fn stage_and_size_filters() {
        let d = crate::sample::dataset();
        let stage = d.actors[0].stages[0].clone();
        let v = Filters {
            hidden_stages: [stage.clone()].into_iter().collect(),
            ..Default::default()
        };
        let vis = v.visibility(&d, None);
        for (i, a) in d.actors.iter().enumerate() {
            assert_eq!(vis.actor(i), !a.stages.contains(&stage), "{}", a.id);
        }
        let v = Filters {
            min_employees: 50,
            ..Default::default()
        };
        let vis = v.visibility(&d, None);
        for (i, a) in d.actors.iter().enumerate() {
            let small = a.kind.is_operator() && a.employees.is_some_and(|e| e < 50);
            assert_eq!(vis.actor(i), !small, "{}", a.id);
        }
    }

    #[test]
    fn an_attribute_filter_keeps_only_actors_whose_column_passes() {
        use crate::view::attribute_filter::{AttributeFilter, AttributeTest};
        let mut d = crate::sample::dataset();
        d.actors[0].attributes = vec![("Sertifika".into(), "ISO 9001".into())]
            .into_iter()
            .collect();
        d.actors[1].attributes = vec![("Sertifika".into(), "iso 9001".into())]
            .into_iter()
            .collect();
        d.actors[2].attributes = vec![("Sertifika".into(), "TÜRKAK".into())]
            .into_iter()
            .collect();
        let f = Filters {
            attribute: Some(AttributeFilter {
                name: "Sertifika".into(),
                test: AttributeTest::OneOf(vec!["ISO 9001".into()]),
            }),
            ..Default::default()
        };
        let vis = f.visibility(&d, None);
        let shown: Vec<usize> = (0..d.actors.len()).filter(|&i| vis.actor(i)).collect();
        assert_eq!(shown, [0, 1]);
        // Relations follow their ends.
        for (i, r) in d.relations.iter().enumerate() {
            assert_eq!(vis.relation(i), f.shows_relation(&d, i));
            if vis.relation(i) {
                assert!(shown.contains(&r.source) && shown.contains(&r.target));
            }
        }
    }
}
