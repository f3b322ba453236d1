//! Survey files read as their authors meant them: the same small study
//! written by a Turkish, a German and an English researcher, each with
//! their own words, units in headers, extra columns, a 0–100 weight scale
//! and a relation kind that is none of the four.

mod common;

use clustermap::analysis::{AnalysisOptions, ClusterReport};
use clustermap::export::dataset_json;
use clustermap::ingest::{load, Action, Issue, SourceFile};
use clustermap::model::{ActorKind, Band, Reason, RelationKind};
use common::fixture;

/// (language, stages, actors, relations, sourcing, the "other" kind's word,
/// the currency in the volume header, the reason as written).
const STUDIES: [(&str, [&str; 4], &str, &str, &str); 3] = [
    (
        "tr",
        [
            "tr_asamalar.csv",
            "tr_aktorler.csv",
            "tr_iliskiler.csv",
            "tr_tedarik.csv",
        ],
        "test eder",
        "TL",
        "yerelde üretici yok",
    ),
    (
        "de",
        [
            "de_stufen.csv",
            "de_akteure.csv",
            "de_beziehungen.csv",
            "de_bezug.csv",
        ],
        "prüft",
        "EUR",
        "kein regionaler Anbieter",
    ),
    (
        "en",
        [
            "en_stages.csv",
            "en_actors.csv",
            "en_relations.csv",
            "en_sourcing.csv",
        ],
        "tests",
        "EUR",
        "no local producer",
    ),
];

fn files(names: &[&str; 4]) -> Vec<SourceFile> {
    names
        .iter()
        .map(|n| fixture(&format!("survey/{n}")))
        .collect()
}

#[test]
fn kinds_and_bands_in_the_researchers_words() {
    for (lang, names, ..) in STUDIES {
        let loaded = load(&files(&names)).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let d = &loaded.dataset;
        let kinds: Vec<ActorKind> = d.actors.iter().map(|a| a.kind).collect();
        assert_eq!(
            kinds,
            [
                ActorKind::Firm,
                ActorKind::Firm,
                ActorKind::ServiceProvider,
                ActorKind::Institution,
                ActorKind::Research,
                ActorKind::Supplier
            ],
            "{lang}"
        );
        let bands: Vec<Band> = d.stages.iter().map(|s| s.band).collect();
        assert_eq!(
            bands,
            [Band::Core, Band::Core, Band::Support, Band::Enabling],
            "{lang}: the policy stage is in the enabling band"
        );
        assert!(
            !loaded
                .problems
                .iter()
                .any(|p| matches!(p.issue, Issue::UnknownKind | Issue::UnknownBand)),
            "{lang}: {:?}",
            loaded.problems
        );
        let report = ClusterReport::build(d, &AnalysisOptions::default());
        // Institution and research lab are supporters; the service
        // provider and three firms are the SMEs.
        assert_eq!(
            (report.summary.institutions, report.summary.smes),
            (2, 4),
            "{lang}"
        );
    }
}

/// Each relation's kind and the word it is shown by, in file order.
fn kinds_of(d: &clustermap::model::Dataset) -> Vec<(RelationKind, &str)> {
    d.relations
        .iter()
        .map(|r| (r.kind, r.kind_label()))
        .collect()
}

#[test]
fn every_relation_is_kept_and_other_kinds_keep_their_word() {
    for (lang, names, other, ..) in STUDIES {
        let loaded = load(&files(&names)).unwrap();
        let d = &loaded.dataset;
        let kinds = kinds_of(d);
        assert_eq!(
            kinds,
            [
                (RelationKind::Supply, "supply"),
                (RelationKind::Collaboration, "collaboration"),
                (RelationKind::Support, "support"),
                (RelationKind::Other, other),
                (RelationKind::Supply, "supply"),
            ],
            "{lang}"
        );
        let own: Vec<&Action> = loaded
            .problems
            .iter()
            .filter(|p| p.issue == Issue::UnknownRelationKind)
            .map(|p| &p.action)
            .collect();
        assert_eq!(own, [&Action::KeptAsOwnKind], "{lang}");
        let report = ClusterReport::build(d, &AnalysisOptions::default());
        assert_eq!(
            report.summary.other_kinds,
            [(other.to_string(), 1)],
            "{lang}"
        );
        // The exported file keeps the word, and reads back the same.
        let json = dataset_json(d, Default::default());
        let again = load(&[SourceFile::new("again.json", json)]).unwrap();
        assert_eq!(again.dataset.relations, d.relations, "{lang}");
        assert_eq!(again.dataset.actors, d.actors, "{lang}");
    }
}

#[test]
fn weights_on_a_declared_scale_are_rescaled_once_per_file() {
    for (lang, names, ..) in STUDIES {
        let loaded = load(&files(&names)).unwrap();
        let d = &loaded.dataset;
        let strengths: Vec<(u8, Option<f64>)> =
            d.relations.iter().map(|r| (r.strength, r.weight)).collect();
        // 0–100 onto 1–5: 100 → 5, 50 → 3, 25 → 2, 0 → 1, 75 → 4.
        assert_eq!(
            strengths,
            [
                (5, Some(100.0)),
                (3, Some(50.0)),
                (2, Some(25.0)),
                (1, Some(0.0)),
                (4, Some(75.0))
            ],
            "{lang}"
        );
        let notes: Vec<_> = loaded
            .problems
            .iter()
            .filter(|p| p.column.as_deref() == Some("strength"))
            .collect();
        assert_eq!(notes.len(), 1, "{lang}: {notes:?}");
        assert_eq!(
            (notes[0].row, &notes[0].action, notes[0].value.as_deref()),
            (None, &Action::Rescaled, Some("0–100"))
        );
    }
}

#[test]
fn headers_with_units_are_read_and_the_currency_kept() {
    for (lang, names, _, currency, _) in STUDIES {
        let loaded = load(&files(&names)).unwrap();
        let d = &loaded.dataset;
        assert_eq!(d.actors[0].export_share, Some(35.5), "{lang}");
        assert_eq!(d.relations[0].volume, Some(250_000.0), "{lang}");
        assert_eq!(d.meta.currency, currency, "{lang}");
        let report = ClusterReport::build(d, &AnalysisOptions::default());
        assert_eq!(report.internationalisation.exporters, 2, "{lang}");
    }
}

#[test]
fn extra_columns_are_kept_as_attributes() {
    for (lang, names, ..) in STUDIES {
        let loaded = load(&files(&names)).unwrap();
        let d = &loaded.dataset;
        let first = &d.actors[0].attributes;
        assert_eq!(first.len(), 2, "{lang}: {first:?}");
        assert_eq!(first[0].1, "ISO 9001", "{lang}");
        assert!(first[1].1.ends_with(".example"), "{lang}");
        assert_eq!(d.actors[2].attributes.len(), 1, "{lang}");
        assert!(d.actors[1].attributes.is_empty(), "{lang}");
        let kept: Vec<&str> = loaded
            .problems
            .iter()
            .filter(|p| p.action == Action::KeptAsAttribute)
            .filter_map(|p| p.column.as_deref())
            .collect();
        assert_eq!(kept.len(), 2, "{lang}: {kept:?}");
        // Exported as columns of their own.
        let report = ClusterReport::build(d, &AnalysisOptions::default());
        let csv = clustermap::export::actors_csv(d, &report);
        let header = csv.lines().next().unwrap_or_default();
        assert!(
            header.ends_with(&format!(",{},{}", first[0].0, first[1].0)),
            "{lang}: {header}"
        );
        assert!(
            csv.lines()
                .nth(1)
                .unwrap_or_default()
                .contains(",ISO 9001,"),
            "{lang}"
        );
        // Attribute values are searchable.
        assert_eq!(
            clustermap::view::search_matches("iso 14001", d),
            [2],
            "{lang}"
        );
    }
}

#[test]
fn a_support_stage_bought_outside_with_no_local_actor_is_a_gap() {
    for (lang, names, _, _, reason) in STUDIES {
        let loaded = load(&files(&names)).unwrap();
        let d = &loaded.dataset;
        let report = ClusterReport::build(d, &AnalysisOptions::default());
        let test = d.stage_index("test").unwrap();
        let gaps: Vec<(usize, Band, Vec<usize>)> = report
            .gaps
            .iter()
            .map(|g| (g.stage, g.band, g.sourcing_outside.clone()))
            .collect();
        assert_eq!(gaps, [(test, Band::Support, vec![0, 1])], "{lang}");
        assert!(report.stages[test].missing, "{lang}");
        // The answer as written stays next to its reading.
        let s = &d.sourcing[0];
        assert_eq!(
            (s.reason, s.reason_text.as_str(), s.share),
            (Some(Reason::NotAvailable), reason, Some(35.5)),
            "{lang}"
        );
        assert_eq!(d.sourcing[1].share, Some(25.0), "{lang}");
        // The enabling band is never a gap, even with no outside buyer.
        let policy = d.stage_index("politika").unwrap();
        assert!(!report.stages[policy].missing);
    }
}

#[test]
fn report_rows_are_the_lines_of_the_file() {
    let text = "id;name;kind\r\na;A;firm\r\na;A again;firm\r\n";
    let loaded = load(&[SourceFile::new("dup.csv", text)]).unwrap();
    let dup = loaded
        .problems
        .iter()
        .find(|p| p.issue == Issue::DuplicateId)
        .unwrap();
    assert_eq!(dup.row, Some(3), "third line of the file");
}

#[test]
fn kumu_and_gephi_keep_every_connection_with_their_own_types() {
    let kumu = load(&[fixture("formats/kumu_types.json")]).unwrap();
    let d = &kumu.dataset;
    let kinds: Vec<(&str, u8, Option<f64>)> = d
        .relations
        .iter()
        .map(|r| (r.kind_label(), r.strength, r.weight))
        .collect();
    // 0.25–1 onto 1–5: 0.25 → 1, 0.5 → 2.33 → 2, 0.75 → 3.67 → 4, 1 → 5.
    assert_eq!(
        kinds,
        [
            ("supply", 4, Some(0.75)),
            ("uses", 1, Some(0.25)),
            ("support", 5, Some(1.0)),
            ("trains", 2, Some(0.5)),
            ("collaboration", 2, Some(0.5)),
        ]
    );
    // A JSON object has no order: the attributes come sorted by name.
    assert_eq!(
        d.actors[0].attributes,
        [
            ("certification".to_string(), "ISO 9001".to_string()),
            ("founded year".to_string(), "1998".to_string())
        ]
    );
    assert_eq!(d.actors[3].kind, ActorKind::PublicAgency);

    let gephi = load(&[fixture("formats/gephi_types.gexf")]).unwrap();
    let d = &gephi.dataset;
    let kinds = kinds_of(d);
    assert_eq!(
        kinds,
        [
            (RelationKind::Other, "requires"),
            (RelationKind::Support, "support"),
            (RelationKind::Other, "presented at"),
            (RelationKind::Supply, "supply"),
        ],
        "every edge kept"
    );
    assert_eq!(
        d.actors[0].attributes,
        [("founded year".to_string(), "2004".to_string())],
        "district is a column of the format, the year an attribute"
    );
    assert_eq!(d.actors[0].district, "Kemalpaşa");
    let report = ClusterReport::build(d, &AnalysisOptions::default());
    assert_eq!(
        report.summary.other_kinds,
        [("presented at".to_string(), 1), ("requires".to_string(), 1)]
    );
}

#[test]
fn value_mapping_lists_values_and_applies_choices() {
    use clustermap::ingest::{load_with, table::TableKind, LoadOptions};
    for (lang, names, other, ..) in STUDIES {
        let files = files(&names);
        let loaded = load(&files).unwrap();
        let relation_kinds = loaded
            .values
            .iter()
            .find(|v| v.table == TableKind::Relations && v.column == "kind")
            .unwrap();
        assert!(relation_kinds.unsure(), "{lang}: the step opens by itself");
        let word = relation_kinds
            .values
            .iter()
            .find(|v| v.value == other)
            .unwrap();
        assert_eq!(
            (
                word.understood,
                word.chosen,
                word.rows,
                word.meaning.as_deref()
            ),
            (false, false, 1, None),
            "{lang}"
        );
        let first = &relation_kinds.values[0];
        assert_eq!(
            (first.understood, first.meaning.as_deref()),
            (true, Some("supply")),
            "{lang}"
        );

        let mut options = LoadOptions::default();
        options
            .values
            .set(TableKind::Relations, "kind", other, Some("knowledge"));
        let supply_word = first.value.clone();
        options
            .values
            .set(TableKind::Relations, "kind", &supply_word, None);
        let service_word = loaded.values[0]
            .values
            .iter()
            .find(|v| v.meaning.as_deref() == Some("service_provider"))
            .map(|v| v.value.clone())
            .unwrap();
        options.values.set(
            TableKind::Actors,
            "kind",
            &service_word,
            Some("institution"),
        );
        // Choices travel as plain data, like column choices.
        let options: LoadOptions =
            serde_json::from_str(&serde_json::to_string(&options).unwrap()).unwrap();
        let again = load_with(&files, &options).unwrap();
        let d = &again.dataset;
        assert_eq!(d.relations[3].kind, RelationKind::Knowledge, "{lang}");
        assert_eq!(
            (d.relations[0].kind, d.relations[0].kind_label()),
            (RelationKind::Other, supply_word.as_str()),
            "{lang}: kept as its own kind"
        );
        assert_eq!(d.actors[2].kind, ActorKind::Institution, "{lang}");
        let relation_kinds = again
            .values
            .iter()
            .find(|v| v.table == TableKind::Relations && v.column == "kind")
            .unwrap();
        assert!(!relation_kinds.unsure(), "{lang}");
    }
}

#[test]
fn every_categorical_column_offers_its_vocabulary_in_three_languages() {
    use clustermap::i18n::{value_meaning, Lang};
    use clustermap::ingest::mapping::{fallback, meanings, CATEGORICAL};
    use clustermap::ingest::table::TableKind;
    for (table, column) in CATEGORICAL {
        let tokens = meanings(table, column);
        assert!(tokens.len() >= 3, "{column}: {tokens:?}");
        if let Some(f) = fallback(table, column) {
            assert!(tokens.contains(&f), "{column}: the fallback is a meaning");
        }
        for lang in [Lang::En, Lang::Tr, Lang::De] {
            for t in &tokens {
                let words = value_meaning(lang, table, column, t);
                assert!(!words.is_empty());
                if lang == Lang::Tr {
                    // No Turkish word is spelt like the English token.
                    assert_ne!(&words, t, "{column}/{t} in Turkish is translated");
                }
            }
        }
    }
    assert_eq!(
        meanings(TableKind::Relations, "kind"),
        ["supply", "collaboration", "knowledge", "support"],
        "own kinds are chosen as 'keep', not as 'other'"
    );
    assert_eq!(
        fallback(TableKind::Sourcing, "origin"),
        None,
        "row set aside"
    );
    assert_eq!(
        value_meaning(Lang::Tr, TableKind::Actors, "kind", "institution"),
        "Kurum"
    );
    assert_eq!(
        value_meaning(Lang::De, TableKind::Stages, "band", "enabling"),
        "Rahmenbedingungen"
    );
}

/// The CSV survey kept as one workbook reads the same: the same actors,
/// kinds, bands, relations, strengths and extra attributes.
#[test]
fn the_turkish_survey_workbook_reads_like_its_csv_files() {
    let csv = load(&files(&STUDIES[0].1)).unwrap();
    let book = load(&[fixture("formats/tr_hvac_survey.xlsx")]).unwrap();
    let (c, b) = (&csv.dataset, &book.dataset);
    let kinds =
        |d: &clustermap::model::Dataset| d.actors.iter().map(|a| a.kind).collect::<Vec<_>>();
    assert_eq!(kinds(b), kinds(c));
    let bands =
        |d: &clustermap::model::Dataset| d.stages.iter().map(|s| s.band).collect::<Vec<_>>();
    assert_eq!(
        bands(b),
        [Band::Core, Band::Core, Band::Support, Band::Enabling]
    );
    assert_eq!(
        kinds_of(b),
        kinds_of(c),
        "every relation kept, own kinds by their word"
    );
    let strengths =
        |d: &clustermap::model::Dataset| d.relations.iter().map(|r| r.strength).collect::<Vec<_>>();
    assert_eq!(strengths(b), strengths(c), "0-100 rescaled the same way");
    assert_eq!(b.actors[0].export_share, c.actors[0].export_share);
    assert_eq!(b.actors[0].attributes, c.actors[0].attributes[..1]);
    assert_eq!(
        b.actors[0].founded,
        Some(1998),
        "Kuruluş Yılı is the founding year"
    );
    let s = ClusterReport::build(b, &AnalysisOptions::default()).summary;
    assert_eq!((s.institutions, s.smes), (2, 4));
}

#[test]
fn a_kumu_workbook_keeps_every_connection_with_its_type() {
    let book = load(&[fixture("formats/kumu_types.xlsx")]).unwrap();
    let d = &book.dataset;
    assert_eq!(
        kinds_of(d),
        [
            (RelationKind::Supply, "supply"),
            (RelationKind::Other, "uses"),
            (RelationKind::Support, "support"),
            (RelationKind::Collaboration, "collaboration"),
        ],
        "Kumu's words are understood where they name a kind, kept where not"
    );
    assert_eq!(d.actors.len(), 4);
    assert_eq!(d.actors[0].founded, Some(1994));
    assert_eq!(
        d.actors[0].attributes,
        [("Website".to_string(), "aegean.example".to_string())]
    );
}

/// Evidence is the answer as given: the share with its decimals and the
/// reason in the respondent's words beside its reading.
#[test]
fn evidence_shows_the_answer_as_written() {
    use clustermap::i18n::{evidence_line, Lang};
    use clustermap::privacy::{Disclosure, Privacy};
    let expected = [
        (
            Lang::Tr,
            "Işık Makina: uluslararası, 35,5 %, “yerelde üretici yok” (okunuşu: yerelde yok)",
            "Şahin Montaj: ulusal, 25 %, ",
        ),
        (
            Lang::De,
            ": international, 35,5 %, „kein regionaler Anbieter“ (gelesen als: vor Ort nicht verfügbar)",
            ": national, 25 %, ",
        ),
        (
            Lang::En,
            ": international, 35.5 %, “no local producer” (read as: not available locally)",
            ": national, 25 %, ",
        ),
    ];
    for ((lang, first, second), (_, names, ..)) in expected.iter().zip(STUDIES) {
        let d = load(&files(&names)).unwrap().dataset;
        let plain = Disclosure::new(&d, Privacy::default());
        let line = |i: usize| {
            let a = &d.sourcing[i];
            evidence_line(*lang, &plain, &d, a)
        };
        assert!(line(0).contains(first), "{lang:?}: {}", line(0));
        assert!(line(1).contains(second), "{lang:?}: {}", line(1));
    }
}

/// A name with a right-to-left override or zero-width characters is read
/// as it looks, matched as it looks, and the report says what was taken
/// out, row and column.
#[test]
fn hidden_characters_are_taken_out_and_reported() {
    let actors = "id,name,kind\na1,Gediz\u{202E}Elektronik,firm\na2,Ege\u{200B} Kablo,supplier\na3,Nul\u{2066}Firma\u{85},firm\n";
    let relations = "source,target,kind\nGedizElektronik,Ege Kablo,supply\n";
    let loaded = load(&[
        SourceFile::new("actors.csv", actors),
        SourceFile::new("relations.csv", relations),
    ])
    .unwrap();
    let d = &loaded.dataset;
    let names: Vec<&str> = d.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["GedizElektronik", "Ege Kablo", "NulFirma"]);
    assert_eq!(d.relations.len(), 1, "matched by the name as it looks");
    let hidden: Vec<(Option<usize>, Option<&str>, Option<&str>)> = loaded
        .problems
        .iter()
        .filter(|p| p.issue == Issue::HiddenCharacters)
        .map(|p| (p.row, p.column.as_deref(), p.value.as_deref()))
        .collect();
    assert_eq!(
        hidden,
        [
            (Some(2), Some("name"), Some("U+202E")),
            (Some(3), Some("name"), Some("U+200B")),
            (Some(4), Some("name"), Some("U+0085, U+2066")),
        ]
    );
    for lang in [
        clustermap::i18n::Lang::En,
        clustermap::i18n::Lang::Tr,
        clustermap::i18n::Lang::De,
    ] {
        let p = loaded
            .problems
            .iter()
            .find(|p| p.issue == Issue::HiddenCharacters)
            .unwrap();
        let (issue, action) = clustermap::i18n::describe_problem(lang, p);
        assert!(issue.contains("U+202E"), "{issue}");
        assert!(!action.is_empty());
    }
}
