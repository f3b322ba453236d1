//! How a slide writes actor names and confidential figures. The deck asks
//! a [`Disclosure`] for every one of them, so a public wording (codes
//! instead of names, bands instead of counts) replaces [`Plain`] without
//! touching the deck.

use crate::i18n::Lang;
use crate::model::Dataset;

pub trait Disclosure {
    /// An actor's name (index into `dataset.actors`).
    fn actor(&self, dataset: &Dataset, actor: usize) -> String {
        dataset
            .actors
            .get(actor)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    }

    /// A number of firms or other actors.
    fn count(&self, _lang: Lang, n: usize) -> String {
        n.to_string()
    }

    /// A number of employees.
    fn employees(&self, lang: Lang, n: u64) -> String {
        lang.number(n as f64, 0)
    }

    /// A yearly volume in the study's currency.
    fn volume(&self, lang: Lang, value: f64, currency: &str) -> String {
        let amount = lang.number(value, 0);
        if currency.is_empty() {
            amount
        } else {
            format!("{amount} {currency}")
        }
    }

    /// A share (0 to 1) of firms, ties or turnover, as the results panel
    /// writes it.
    fn share(&self, lang: Lang, share: f64) -> String {
        format!("{} %", lang.number(share * 100.0, 0))
    }
}

/// Real names and exact figures: for the analyst and rehearsals.
#[derive(Debug, Clone, Copy, Default)]
pub struct Plain;

impl Disclosure for Plain {}

/// The anonymised mode's [`crate::privacy::Disclosure`] on slides: actors
/// by code, head counts and volumes as bands, no figure about fewer than
/// three firms. With the mode off it writes what [`Plain`] writes, but for
/// exact figures in the study's own format.
pub struct Public<'a> {
    pub lang: Lang,
    pub disclosure: &'a crate::privacy::Disclosure,
}

impl Disclosure for Public<'_> {
    fn actor(&self, dataset: &Dataset, actor: usize) -> String {
        self.disclosure.name(self.lang, dataset, actor)
    }

    fn count(&self, lang: Lang, n: usize) -> String {
        self.disclosure.count(lang, n)
    }

    fn employees(&self, lang: Lang, n: u64) -> String {
        if self.disclosure.is_anonymised() {
            self.disclosure
                .employees(lang, u32::try_from(n).unwrap_or(u32::MAX))
        } else {
            lang.number(n as f64, 0)
        }
    }

    fn volume(&self, lang: Lang, value: f64, currency: &str) -> String {
        let amount = if self.disclosure.is_anonymised() {
            self.disclosure.volume(lang, value)
        } else {
            lang.number(value, 0)
        };
        if currency.is_empty() {
            amount
        } else {
            format!("{amount} {currency}")
        }
    }
}
