//! Property tests of the readers: any bytes end in a dataset or in a
//! specific error that names the file, never in a panic; and the files
//! clustermap writes read back without loss, for generated data with odd
//! characters and attributes.
//!
//! Legacy XLS is left out of the byte mutations: calamine's XLS reader
//! trusts sizes in the file (tests/fixtures/formats/xls_mutants/ holds two
//! it dies on); the page survives that because the reader runs in a worker
//! that is restarted (tests/e2e/hostile.spec.mjs).

mod common;

use clustermap::export::dataset_json;
use clustermap::i18n::{describe_error, Lang};
use clustermap::ingest::{load, IngestError, SourceFile};
use clustermap::model::RelationKind;
use common::fixture;
use proptest::prelude::*;

/// Files whose bytes are mutated: one per reader.
const SEEDS: &[&str] = &[
    "sample_csv/actors.csv",
    "formats/tr_actors_1254.csv",
    "formats/stages_utf16le_bom.tsv",
    "formats/kumu.json",
    "small/cluster.json",
    "formats/graph.gexf",
    "formats/graph.graphml",
    "formats/matrix.csv",
    "formats/tr_survey.xlsx",
    "formats/kumu_blueprint.xlsx",
    "formats/survey.ods",
];

/// Names that steer `load` to each reader.
const NAMES: &[&str] = &[
    "f.csv",
    "f.tsv",
    "f.json",
    "f.gexf",
    "f.graphml",
    "f.xml",
    "f.xlsx",
    "f.ods",
];

/// An error must say which file it is about, in every language.
fn check(name: &str, bytes: Vec<u8>) -> Result<(), TestCaseError> {
    if let Err(e) = load(&[SourceFile::new(name, bytes)]) {
        // Errors about the load as a whole name no file.
        if matches!(e, IngestError::NoActors) {
            return Ok(());
        }
        for lang in Lang::ALL {
            let text = describe_error(lang, &e);
            prop_assert!(text.contains(name), "{lang:?}: {text}");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_end_in_data_or_a_named_error(
        name in prop::sample::select(NAMES),
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        check(name, bytes)?;
    }

    #[test]
    fn mutated_files_end_in_data_or_a_named_error(
        seed in prop::sample::select(SEEDS),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
        cut in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let file = fixture(seed);
        let mut bytes = file.bytes.clone();
        for (at, value) in edits {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len() + 1));
        }
        check(&file.name, bytes)?;
    }
}

/// Text a field researcher might type, with what breaks naive writers:
/// quotes, markup, separators, formula starts, Turkish and German
/// letters, emoji. Leading and trailing blanks are trimmed by every
/// reader, so generated text has none.
fn odd_text() -> impl Strategy<Value = String> {
    "[A-Za-zÇĞİÖŞÜçğıöşüßÄä0-9=@+\\-<>&\"';,|😀][A-Za-zÇĞİÖŞÜçğıöşüßÄä0-9=@+\\-<>&\"';,|😀 ]{0,16}[A-Za-zçğışü0-9]"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The canonical JSON the app saves and exports reads back to the
    /// same actors and relations, attributes included.
    #[test]
    fn the_json_format_round_trips(
        names in prop::collection::vec(odd_text(), 30),
        attributes in prop::collection::vec((odd_text(), odd_text()), 0..4),
        strengths in prop::collection::vec(1u8..=5, 1..200),
        label in odd_text(),
    ) {
        let mut d = clustermap::sample::dataset();
        for (actor, name) in d.actors.iter_mut().zip(&names) {
            actor.name = name.clone();
            // Attribute names are unique per actor, as a file's columns are.
            let mut seen = std::collections::HashSet::new();
            actor.attributes = attributes
                .iter()
                .filter(|(n, _)| seen.insert(clustermap::model::fold_token(n)))
                .cloned()
                .collect();
        }
        for (relation, s) in d.relations.iter_mut().zip(strengths.iter().cycle()) {
            relation.strength = *s;
        }
        if let Some(r) = d.relations.first_mut() {
            r.kind = RelationKind::Other;
            r.label = label.clone();
        }
        let json = dataset_json(&d, Default::default());
        let again = load(&[SourceFile::new("again.json", json)]);
        let again = again.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&again.dataset.actors, &d.actors);
        prop_assert_eq!(&again.dataset.relations, &d.relations);
        prop_assert_eq!(&again.dataset.stages, &d.stages);
    }
}
