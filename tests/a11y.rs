//! Texts for everyone (issue 16): every message with a count reads right
//! for one ("1 entry"), and the map's long description says what the map
//! shows, with the sample's own figures.

use clustermap::analysis::ClusterReport;
use clustermap::i18n::{
    map_description, stage_name, A11yMsg, AnalysisMsg, IngestMsg, Lang, Message, Msg, PresentMsg,
    COUNTS, INVARIANT, SINGULAR,
};
use clustermap::model::{Band, Dataset};
use clustermap::sample;

/// Every text of every catalogue, with its message's name.
fn all_texts(lang: Lang) -> Vec<(String, &'static str)> {
    fn of<M: Message>(lang: Lang, out: &mut Vec<(String, &'static str)>) {
        out.extend(M::all().iter().map(|m| (format!("{m:?}"), m.text(lang))));
    }
    let mut out = Vec::new();
    of::<Msg>(lang, &mut out);
    of::<IngestMsg>(lang, &mut out);
    of::<AnalysisMsg>(lang, &mut out);
    of::<PresentMsg>(lang, &mut out);
    of::<A11yMsg>(lang, &mut out);
    out
}

/// Each place in `text` where a count placeholder is followed by a word:
/// (the text from the placeholder on, the word after it).
fn counted_phrases(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices('{') {
        let rest = &text[at..];
        let Some((name, after)) = rest[1..].split_once('}') else {
            continue;
        };
        if !COUNTS.contains(&name) {
            continue;
        }
        let Some(word) = after
            .strip_prefix(' ')
            .and_then(|a| a.split_whitespace().next())
        else {
            continue;
        };
        if !word.trim_start_matches('(').starts_with('{') {
            out.push((rest, word));
        }
    }
    out
}

#[test]
fn every_counted_phrase_has_its_singular_or_reads_the_same_for_one() {
    let mut missing = Vec::new();
    for lang in [Lang::En, Lang::De] {
        for (msg, text) in all_texts(lang) {
            for (phrase, word) in counted_phrases(text) {
                let singular = SINGULAR
                    .iter()
                    .any(|(l, several, _)| *l == lang && phrase.starts_with(several));
                let invariant = INVARIANT.iter().any(|(l, w)| *l == lang && *w == word);
                if !singular && !invariant {
                    missing.push(format!("{lang:?} {msg}: \"{phrase}\""));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no singular form:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_singular_phrase_occurs_and_comes_before_the_shorter_ones_it_contains() {
    for (i, (lang, several, one)) in SINGULAR.iter().enumerate() {
        assert_ne!(several, one, "{several}");
        assert!(
            all_texts(*lang).iter().any(|(_, t)| t.contains(several)),
            "{lang:?} \"{several}\" is in no message"
        );
        for (later_lang, later, _) in &SINGULAR[i + 1..] {
            assert!(
                later_lang != lang || !later.contains(several),
                "\"{later}\" must come before \"{several}\""
            );
        }
    }
}

/// Turkish takes the singular after a numeral: no "-ler"/"-lar" on the
/// word a count opens.
#[test]
fn turkish_puts_no_plural_after_a_count() {
    let mut wrong = Vec::new();
    for (msg, text) in all_texts(Lang::Tr) {
        for (phrase, word) in counted_phrases(text) {
            let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
            if ["ler", "lar", "leri", "ları"]
                .iter()
                .any(|s| bare.ends_with(s))
            {
                wrong.push(format!("{msg}: {phrase}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(!SINGULAR.iter().any(|(l, _, _)| *l == Lang::Tr));
}

#[test]
fn one_entry_one_component_and_many() {
    let one = |lang: Lang, msg, key: &str| lang.format(msg, &[(key, "1".to_string())]);
    assert_eq!(
        one(Lang::En, IngestMsg::ReportTitle, "n"),
        "1 entry in the validation report"
    );
    assert_eq!(
        Lang::En.format(IngestMsg::ReportTitle, &[("n", "2".into())]),
        "2 entries in the validation report"
    );
    assert!(Lang::De
        .format(IngestMsg::ReportTitle, &[("n", "1".into())])
        .starts_with("1 Eintrag "));
    let components = |lang: Lang, c: &str| {
        lang.format(
            Msg::SummaryComponents,
            &[("components", c.into()), ("isolated", "1".into())],
        )
    };
    assert_eq!(components(Lang::En, "1"), "1 component, 1 isolated");
    assert_eq!(components(Lang::En, "11"), "11 components, 1 isolated");
    assert_eq!(components(Lang::De, "1"), "1 Komponente, 1 isoliert");
    assert_eq!(
        components(Lang::Tr, "1"),
        Lang::Tr.format(
            Msg::SummaryComponents,
            &[("components", "1".into()), ("isolated", "1".into())]
        )
    );
    assert!(components(Lang::Tr, "1").starts_with("1 bileşen"));
    // Two counts in one sentence, each by its own number.
    let gap = |firms: &str, surveyed: &str| {
        Lang::En.format(
            AnalysisMsg::RationaleMissing,
            &[
                ("firms", firms.into()),
                ("surveyed", surveyed.into()),
                ("stage", "PCB".into()),
                ("volume", "5".into()),
                ("currency", "TRY".into()),
            ],
        )
    };
    assert!(
        gap("1", "4").starts_with("1 of 4 surveyed firms buys PCB"),
        "{}",
        gap("1", "4")
    );
    assert!(
        gap("1", "1").starts_with("1 of 1 surveyed firm buys PCB"),
        "{}",
        gap("1", "1")
    );
    assert!(
        gap("3", "4").starts_with("3 of 4 surveyed firms buy PCB"),
        "{}",
        gap("3", "4")
    );
    // A count the anonymised mode writes as a band is not a one.
    assert!(Lang::En
        .format(IngestMsg::ReportTitle, &[("n", "fewer than 3".into())])
        .contains("entries"));
}

#[test]
fn percentages_follow_the_language() {
    assert_eq!(Lang::Tr.percent(1.5), "1,5 %");
    assert_eq!(Lang::De.percent(1.5), "1,5 %");
    assert_eq!(Lang::En.percent(1.5), "1.5 %");
}

/// Core stages with no local actor, found here from the data alone.
fn missing_core(d: &Dataset) -> Vec<usize> {
    (0..d.stages.len())
        .filter(|&s| d.stages[s].band == Band::Core)
        .filter(|&s| {
            !d.actors
                .iter()
                .any(|a| a.is_local() && a.stages.iter().any(|id| d.stage_index(id) == Some(s)))
        })
        .collect()
}

#[test]
fn the_long_description_tells_the_sample_map() {
    let d = sample::dataset();
    let report = ClusterReport::build(&d, &Default::default());
    let core = d.stages.iter().filter(|s| s.band == Band::Core).count();
    let missing = missing_core(&d);
    assert_eq!(missing.len(), 2, "the sample misses two core stages");
    let en = map_description(Lang::En, &d, &report);
    assert!(
        en.starts_with(&format!(
            "The map shows {} actors and {} relations along {core} core stages of the value chain.",
            d.actors.len(),
            d.relations.len()
        )),
        "{en}"
    );
    for s in &missing {
        assert!(en.contains(stage_name(Lang::En, &d.stages[*s])), "{en}");
    }
    let top: Vec<String> = report
        .opportunities
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, o)| format!("{}. {}", i + 1, stage_name(Lang::En, &d.stages[o.stage])))
        .collect();
    assert_eq!(top.len(), 3);
    assert!(
        en.ends_with(&format!(
            "Top investment opportunities: {}.",
            top.join(", ")
        )),
        "{en}"
    );
    // No actor's name is in it.
    for a in &d.actors {
        assert!(!en.contains(&a.name), "{}", a.name);
    }
    let tr = map_description(Lang::Tr, &d, &report);
    assert!(tr.contains(&format!("{} aktör", d.actors.len())), "{tr}");
    assert!(
        tr.contains(stage_name(Lang::Tr, &d.stages[missing[0]])),
        "{tr}"
    );
    let de = map_description(Lang::De, &d, &report);
    assert!(de.contains("Wichtigste Investitionschancen: 1. "), "{de}");
}

#[test]
fn an_empty_map_is_described_too() {
    let d = Dataset::default();
    let report = ClusterReport::build(&d, &Default::default());
    assert_eq!(
        map_description(Lang::En, &d, &report),
        "The map shows 0 actors and 0 relations along 0 core stages of the value chain. \
         Every core stage has a local actor. No investment opportunity was found."
    );
}

#[test]
fn the_accessibility_texts_are_translated_with_the_same_placeholders() {
    let names = |t: &str| {
        let mut v: Vec<String> = t
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
            .collect();
        v.sort();
        v
    };
    for m in A11yMsg::all() {
        for lang in Lang::ALL {
            assert!(!m.text(lang).trim().is_empty(), "{m:?} {lang:?}");
            assert_eq!(
                names(m.text(lang)),
                names(m.text(Lang::En)),
                "{m:?} {lang:?}"
            );
        }
    }
}
