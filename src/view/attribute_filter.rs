//! Filtering by the extra attributes a file carries (a certification, a
//! district, a Gephi node attribute): categorical by value, numeric by
//! range. Pure logic; the toolbar offers what [`attribute_summaries`]
//! finds.

use std::collections::BTreeMap;

use crate::ingest::number::parse_number;
use crate::model::{attribute, fold_token, Attributes, Dataset};

/// What an attribute's value must be to pass.
#[derive(Debug, Clone, PartialEq)]
pub enum AttributeTest {
    /// One of these values, compared after [`fold_token`] (case, Turkish
    /// and German letters do not matter).
    OneOf(Vec<String>),
    /// A number within `low..=high` (decimal comma or point).
    Between(f64, f64),
}

/// Shows only what has attribute `name` passing `test`; an actor or
/// relation without the attribute does not pass.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeFilter {
    pub name: String,
    pub test: AttributeTest,
}

impl AttributeFilter {
    pub fn passes(&self, attributes: &Attributes) -> bool {
        let Some(value) = attribute(attributes, &self.name) else {
            return false;
        };
        match &self.test {
            AttributeTest::OneOf(values) => {
                let folded = fold_token(value);
                values.iter().any(|v| fold_token(v) == folded)
            }
            AttributeTest::Between(low, high) => {
                parse_number(value).is_some_and(|v| v >= *low && v <= *high)
            }
        }
    }

    /// Which actors pass, in dataset order.
    pub fn actors(&self, dataset: &Dataset) -> Vec<bool> {
        dataset
            .actors
            .iter()
            .map(|a| self.passes(&a.attributes))
            .collect()
    }
}

/// One attribute of the actors, as a filter would offer it.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeSummary {
    pub name: String,
    /// Smallest and largest value when every value is a number.
    pub range: Option<(f64, f64)>,
    /// Distinct values (as first written) with how many actors have them,
    /// most frequent first.
    pub values: Vec<(String, usize)>,
}

/// The attributes of the actors, in first-seen order.
pub fn attribute_summaries(dataset: &Dataset) -> Vec<AttributeSummary> {
    let mut order: Vec<String> = Vec::new();
    let mut values: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
    for a in &dataset.actors {
        for (name, value) in &a.attributes {
            if !order.contains(name) {
                order.push(name.clone());
            }
            let list = values.entry(name.clone()).or_default();
            let folded = fold_token(value);
            match list.iter_mut().find(|(v, _)| fold_token(v) == folded) {
                Some((_, n)) => *n += 1,
                None => list.push((value.clone(), 1)),
            }
        }
    }
    order
        .into_iter()
        .map(|name| {
            let mut vals = values.remove(&name).unwrap_or_default();
            let numbers: Option<Vec<f64>> = vals.iter().map(|(v, _)| parse_number(v)).collect();
            let range = numbers.filter(|n| !n.is_empty()).map(|n| {
                n.iter()
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                        (lo.min(*v), hi.max(*v))
                    })
            });
            vals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            AttributeSummary {
                name,
                range,
                values: vals,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Actor;

    fn actor(attrs: &[(&str, &str)]) -> Actor {
        let mut a: Actor = serde_json::from_str(
            r#"{"id":"a","name":"A","kind":"firm","stages":[],"locality":"local"}"#,
        )
        .unwrap();
        a.attributes = attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        a
    }

    #[test]
    fn categorical_and_numeric_attribute_filters() {
        let d = Dataset {
            actors: vec![
                actor(&[("Sertifika", "ISO 9001"), ("Kuruluş", "1998")]),
                actor(&[("Sertifika", "iso 9001"), ("Kuruluş", "2012,0")]),
                actor(&[("Sertifika", "TÜRKAK")]),
                actor(&[]),
            ],
            ..Dataset::default()
        };
        let iso = AttributeFilter {
            name: "sertifika".into(),
            test: AttributeTest::OneOf(vec!["ISO 9001".into()]),
        };
        assert_eq!(iso.actors(&d), [true, true, false, false]);
        let young = AttributeFilter {
            name: "Kuruluş".into(),
            test: AttributeTest::Between(2000.0, 2030.0),
        };
        assert_eq!(young.actors(&d), [false, true, false, false]);

        let s = attribute_summaries(&d);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].name, "Sertifika");
        assert_eq!(
            s[0].values,
            [("ISO 9001".to_string(), 2), ("TÜRKAK".to_string(), 1)]
        );
        assert_eq!(s[0].range, None);
        assert_eq!(s[1].range, Some((1998.0, 2012.0)));
    }
}
