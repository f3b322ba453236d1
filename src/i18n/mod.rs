//! Message catalogues: every user-visible text in English, Turkish and
//! German. The UI never writes a literal sentence; it asks for a [`Msg`].
//!
//! One catalogue per area (`*_msgs.rs`), each a table of English, Turkish
//! and German texts: a missing translation is a compile error, and
//! `{name}` placeholders are checked by tests.

/// Declares a message enum whose every variant has an English, Turkish
/// and German text, and implements [`Message`] for it.
macro_rules! catalogue {
    ($(#[$doc:meta])* $name:ident { $($key:ident => [$en:expr, $tr:expr, $de:expr]),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key),+ }

        impl $crate::i18n::Message for $name {
            fn all() -> &'static [Self] {
                &[$($name::$key),+]
            }

            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                use $crate::i18n::Lang;
                match self {
                    $($name::$key => match lang { Lang::En => $en, Lang::Tr => $tr, Lang::De => $de }),+
                }
            }
        }
    };
}

mod a11y_msgs;
mod analysis_msgs;
mod analysis_text;
mod app_msgs;
mod column_names;
mod describe;
mod export_msgs;
mod ingest_msgs;
mod ingest_text;
mod plural;
mod present_msgs;
mod report_msgs;
mod workbook_msgs;

pub use a11y_msgs::{map_description, A11yMsg, DESCRIBED_OPPORTUNITIES};
pub use analysis_msgs::AnalysisMsg;
pub use analysis_text::{
    action, evidence_line, rationale, rationale_disclosed, reason, reason_label, score_definition,
    setting_definition, setting_name,
};
pub use app_msgs::Msg;
pub use column_names::{column_name, table_name};
pub use describe::{
    actor_kind, band, locality, origin, relation_kind, relation_label, stage_name, value_meaning,
};
pub use export_msgs::ExportMsg;
pub use ingest_msgs::IngestMsg;
pub use ingest_text::{describe_error, describe_problem};
pub use plural::{COUNTS, INVARIANT, SINGULAR};
pub use present_msgs::PresentMsg;
pub use report_msgs::ReportMsg;
pub use workbook_msgs::{WorkbookMsg, WorkbookUiMsg};

/// A catalogue of user-visible texts.
pub trait Message: Copy + std::fmt::Debug + 'static {
    /// Every message, for completeness tests.
    fn all() -> &'static [Self];
    fn text(self, lang: Lang) -> &'static str;
}

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Tr,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Tr, Lang::De];

    /// BCP 47 code, used for `<html lang>` and the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::De => "de",
        }
    }

    /// The language's own name, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::De => "Deutsch",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language among the browser's preferences
    /// (`navigator.languages`), English otherwise.
    pub fn from_preferences<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|c| Lang::from_code(c.as_ref()))
            .unwrap_or_default()
    }

    pub fn text<M: Message>(self, msg: M) -> &'static str {
        msg.text(self)
    }

    /// A message with its `{placeholders}` filled in, in the singular
    /// where a count is 1 ([`plural`]).
    pub fn format<M: Message>(self, msg: M, args: &[(&str, String)]) -> String {
        fill(&plural::agree(self, msg.text(self), args), args)
    }

    /// A share in percent with the decimals the answer had (up to two),
    /// so "35,5" in a survey is shown as "35,5 %", not rounded to "36 %".
    pub fn percent(self, value: f64) -> String {
        let decimals = (0..2)
            .find(|d| {
                let scale = 10f64.powi(*d);
                ((value * scale).round() - value * scale).abs() < 1e-9
            })
            .unwrap_or(2) as usize;
        format!("{} %", self.number(value, decimals))
    }

    /// A number as the language writes it: decimal comma for Turkish and
    /// German.
    pub fn number(self, value: f64, decimals: usize) -> String {
        let text = format!("{:.decimals$}", value.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let (group, point) = match self {
            Lang::En => (',', '.'),
            Lang::Tr | Lang::De => ('.', ','),
        };
        let mut out = String::new();
        if value < 0.0 && text.chars().any(|c| c != '0' && c != '.') {
            out.push('-');
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(point);
            out.push_str(frac);
        }
        out
    }
}

fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<String> {
        let mut out: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_string()))
            .collect();
        out.sort();
        out
    }

    fn check_catalogue<M: Message>() {
        for msg in M::all() {
            let en = msg.text(Lang::En);
            for lang in Lang::ALL {
                let text = msg.text(lang);
                assert!(!text.trim().is_empty(), "{msg:?} empty in {lang:?}");
                assert_eq!(placeholders(text), placeholders(en), "{msg:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn every_message_is_translated_with_the_same_placeholders() {
        check_catalogue::<Msg>();
        check_catalogue::<IngestMsg>();
        check_catalogue::<AnalysisMsg>();
        check_catalogue::<PresentMsg>();
        check_catalogue::<WorkbookMsg>();
        check_catalogue::<WorkbookUiMsg>();
        check_catalogue::<ReportMsg>();
        check_catalogue::<ExportMsg>();
        check_catalogue::<A11yMsg>();
    }

    #[test]
    fn browser_preference_picks_first_supported() {
        assert_eq!(Lang::from_preferences(&["fr-FR", "de-AT", "en"]), Lang::De);
        assert_eq!(Lang::from_preferences(&["tr-TR"]), Lang::Tr);
        assert_eq!(Lang::from_preferences(&["ja"]), Lang::En);
        assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
    }

    #[test]
    fn formats_numbers_and_placeholders() {
        assert_eq!(Lang::De.number(0.1114, 3), "0,111");
        assert_eq!(Lang::En.number(2.5, 1), "2.5");
        assert_eq!(Lang::En.number(31630.0, 0), "31,630");
        assert_eq!(Lang::Tr.number(1234567.891, 2), "1.234.567,89");
        assert_eq!(Lang::De.number(-950.0, 0), "-950");
        assert_eq!(Lang::Tr.percent(35.5), "35,5 %");
        assert_eq!(Lang::En.percent(25.0), "25 %");
        assert_eq!(Lang::De.percent(12.25), "12,25 %");
        assert_eq!(Lang::En.percent(1.0 / 3.0), "0.33 %");
        assert_eq!(Lang::En.number(-0.0001, 1), "0.0");
        assert_eq!(
            Lang::En.format(
                Msg::GapEvidence,
                &[
                    ("firms", "11".into()),
                    ("volume", "1".into()),
                    ("currency", "TRY".into())
                ]
            ),
            "11 local firms buy this outside the region (1 TRY)"
        );
    }
}
