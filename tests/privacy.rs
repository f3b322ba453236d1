//! The anonymised mode: codes stable and unique, bands right at their
//! boundaries, no figure about fewer than 3 firms, institutions named only
//! when chosen, and nothing of a name left in what views draw and search.

mod common;

use clustermap::analysis::ClusterReport;
use clustermap::export::{actors_csv_disclosed, stages_csv_disclosed};
use clustermap::i18n::{rationale_disclosed, Lang};
use clustermap::ingest;
use clustermap::model::Dataset;
use clustermap::privacy::bands::{employee_band, share_band, volume_band};
use clustermap::privacy::{Disclosure, Privacy, MIN_CELL};
use clustermap::sample;
use clustermap::view::search_matches;

const ANON: Privacy = Privacy::ANONYMISED;
const NAMED_INSTITUTIONS: Privacy = Privacy {
    anonymised: true,
    institution_names: true,
};

fn survey() -> Dataset {
    let files: Vec<_> = [
        "en_stages.csv",
        "en_actors.csv",
        "en_relations.csv",
        "en_sourcing.csv",
    ]
    .iter()
    .map(|f| common::fixture(&format!("survey/{f}")))
    .collect();
    ingest::load(&files).expect("survey loads").dataset
}

fn codes(d: &Dataset, p: Privacy) -> Vec<String> {
    let disclosure = Disclosure::new(d, p);
    (0..d.actors.len())
        .map(|i| disclosure.code(i).unwrap().to_string())
        .collect()
}

#[test]
fn codes_are_unique_and_follow_stage_and_kind() {
    let d = sample::dataset();
    let disclosure = Disclosure::new(&d, ANON);
    let all = codes(&d, ANON);
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), d.actors.len(), "one code per actor");
    for (i, a) in d.actors.iter().enumerate() {
        let stage = d.actor_stage(i).map_or(0, |s| s + 1);
        let code = &all[i];
        assert!(
            code.starts_with(&format!("S{stage}-")),
            "{code} in stage {stage}"
        );
        let kind = clustermap::i18n::actor_kind(Lang::En, a.kind);
        assert_eq!(disclosure.name(Lang::En, &d, i), format!("{kind} {code}"));
        assert_eq!(disclosure.public_id(&d, i), *code);
        assert_eq!(disclosure.actor_of(&d, code), Some(i));
        // A real id says nothing while its actor is coded.
        assert_eq!(disclosure.actor_of(&d, &a.id), None);
    }
    // Numbered from 01 within each stage, without holes.
    for stage in 0..=d.stages.len() {
        let mut seqs: Vec<usize> = all
            .iter()
            .filter_map(|c| c.strip_prefix(&format!("S{stage}-")))
            .map(|n| n.parse().unwrap())
            .collect();
        seqs.sort();
        assert_eq!(seqs, (1..=seqs.len()).collect::<Vec<_>>(), "stage {stage}");
    }
    // The kind word is translated, the code is not.
    let egekomp = d.actor_index("egekomp").unwrap();
    let code = &all[egekomp];
    assert_eq!(
        disclosure.name(Lang::Tr, &d, egekomp),
        format!("Tedarikçi {code}")
    );
    assert_eq!(
        disclosure.name(Lang::De, &d, egekomp),
        format!("Zulieferer {code}")
    );
}

#[test]
fn codes_are_stable_across_loads_and_row_order() {
    let d = sample::dataset();
    let first = codes(&d, ANON);
    assert_eq!(
        codes(&sample::dataset(), ANON),
        first,
        "same data, same codes"
    );
    // The same actors in reverse row order (relations and sourcing
    // re-indexed) keep their codes.
    let mut reversed = d.clone();
    reversed.actors.reverse();
    let n = d.actors.len();
    for r in &mut reversed.relations {
        r.source = n - 1 - r.source;
        r.target = n - 1 - r.target;
    }
    for s in &mut reversed.sourcing {
        s.actor = n - 1 - s.actor;
    }
    let back = codes(&reversed, ANON);
    for (i, a) in d.actors.iter().enumerate() {
        let j = reversed.actor_index(&a.id).unwrap();
        assert_eq!(back[j], first[i], "{}", a.id);
    }
    // Keeping institutions' names does not renumber anyone.
    assert_eq!(codes(&d, NAMED_INSTITUTIONS), first);
    // The sample's CSV twin is the same study: the same codes.
    let twin = ingest::load(&common::sample_csv()).unwrap().dataset;
    for (i, a) in d.actors.iter().enumerate() {
        let j = twin.actor_index(&a.id).unwrap();
        assert_eq!(codes(&twin, ANON)[j], first[i]);
    }
}

#[test]
fn institutions_keep_their_names_only_when_chosen() {
    let d = survey();
    let agency = d.actor_index("a4").unwrap();
    let lab = d.actor_index("a5").unwrap();
    let firm = d.actor_index("a1").unwrap();
    let off = Disclosure::new(&d, Privacy::default());
    let anon = Disclosure::new(&d, ANON);
    let named = Disclosure::new(&d, NAMED_INSTITUTIONS);
    assert_eq!(off.name(Lang::En, &d, firm), "Isik Machining");
    assert_eq!(off.public_id(&d, firm), "a1");
    for i in [agency, lab, firm] {
        assert!(!anon.is_named(i));
        assert_ne!(anon.name(Lang::En, &d, i), d.actors[i].name);
    }
    assert_eq!(
        named.name(Lang::En, &d, agency),
        "Manisa Development Agency"
    );
    assert_eq!(named.name(Lang::En, &d, lab), "Ankara Test Lab");
    assert_eq!(named.public_id(&d, agency), "a4");
    assert_eq!(named.actor_of(&d, "a4"), Some(agency));
    assert!(named.name(Lang::En, &d, firm).starts_with("Firm S"));
    assert_eq!(named.actor_of(&d, "a1"), None);
}

#[test]
fn bands_at_their_boundaries() {
    for (n, band) in [
        (0, (0, Some(9))),
        (9, (0, Some(9))),
        (10, (10, Some(49))),
        (49, (10, Some(49))),
        (50, (50, Some(249))),
        (249, (50, Some(249))),
        (250, (250, Some(999))),
        (999, (250, Some(999))),
        (1000, (1000, None)),
        (u32::MAX, (1000, None)),
    ] {
        assert_eq!(employee_band(n), band, "{n} employees");
    }
    for (x, band) in [
        (0.0, (0, Some(0))),
        (0.4, (1, Some(24))),
        (24.9, (1, Some(24))),
        (25.0, (25, Some(49))),
        (49.99, (25, Some(49))),
        (50.0, (50, Some(74))),
        (74.5, (50, Some(74))),
        (75.0, (75, Some(100))),
        (100.0, (75, Some(100))),
        (130.0, (75, Some(100))),
        (-3.0, (0, Some(0))),
        (f64::NAN, (0, Some(0))),
    ] {
        assert_eq!(share_band(x), band, "{x} %");
    }
    for (v, band) in [
        (0.0, (0, Some(9))),
        (9.9, (0, Some(9))),
        (10.0, (10, Some(99))),
        (99.0, (10, Some(99))),
        (100.0, (100, Some(999))),
        (9400.0, (1000, Some(9999))),
        (10_000.0, (10_000, Some(99_999))),
        (f64::INFINITY, (0, Some(9))),
    ] {
        assert_eq!(volume_band(v), band, "{v}");
    }
    let d = Dataset::default();
    let anon = Disclosure::new(&d, ANON);
    let off = Disclosure::new(&d, Privacy::default());
    assert_eq!(anon.employees(Lang::En, 28), "10–49");
    assert_eq!(anon.employees(Lang::En, 1250), "1,000+");
    assert_eq!(anon.employees(Lang::De, 1250), "1.000+");
    assert_eq!(off.employees(Lang::En, 28), "28");
    assert_eq!(anon.share(Lang::En, 35.5), "25–49 %");
    assert_eq!(anon.share(Lang::En, 0.0), "0 %");
    assert_eq!(off.share(Lang::En, 35.5), "35.5 %", "as the answer gave it");
    assert_eq!(anon.volume(Lang::Tr, 31_630.0), "10.000–99.999");
    assert_eq!(off.volume(Lang::En, 31_630.0), "31,630");
}

#[test]
fn no_figure_about_fewer_than_three_firms() {
    let d = Dataset::default();
    let anon = Disclosure::new(&d, ANON);
    let off = Disclosure::new(&d, Privacy::default());
    assert_eq!(MIN_CELL, 3);
    for n in [1, 2] {
        assert!(!anon.shows_figure_about(n));
        assert_eq!(anon.count(Lang::En, n), "fewer than 3");
        assert_eq!(anon.count(Lang::Tr, n), "3'ten az");
        assert_eq!(anon.count(Lang::De, n), "weniger als 3");
        assert_eq!(anon.cell(n), "<3");
        assert_eq!(anon.volume_of(Lang::En, 5200.0, n), None);
        assert_eq!(anon.share_of(Lang::En, 40.0, n), None);
        assert_eq!(off.count(Lang::En, n), n.to_string());
        assert_eq!(off.volume_of(Lang::En, 5200.0, n).as_deref(), Some("5,200"));
    }
    for n in [0, 3, 11] {
        assert!(anon.shows_figure_about(n));
        assert_eq!(anon.count(Lang::En, n), n.to_string());
        assert_eq!(anon.cell(n), n.to_string());
    }
    assert_eq!(
        anon.volume_of(Lang::En, 5200.0, 3).as_deref(),
        Some("1,000–9,999")
    );
}

/// Every real name, id (when it is made from the name) and sourcing
/// volume of the sample, for the checks below.
fn confidential(d: &Dataset) -> (Vec<String>, Vec<String>) {
    let names = d.actors.iter().map(|a| a.name.clone()).collect();
    let mut volumes: Vec<String> = d
        .sourcing
        .iter()
        .filter_map(|s| s.volume)
        .chain(d.relations.iter().filter_map(|r| r.volume))
        .flat_map(|v| [format!("{v}"), Lang::En.number(v, 0)])
        .collect();
    volumes.sort();
    volumes.dedup();
    (names, volumes)
}

#[test]
fn the_masked_data_and_the_search_know_only_codes() {
    let d = sample::dataset();
    let anon = Disclosure::new(&d, ANON);
    let masked = anon.masked(Lang::En, &d);
    for (i, a) in d.actors.iter().enumerate() {
        assert_ne!(masked.actors[i].name, a.name);
        assert_eq!(masked.actors[i].id, anon.code(i).unwrap());
        assert!(masked.actors[i].attributes.is_empty() && masked.actors[i].notes.is_empty());
        assert_eq!(
            masked.actors[i].employees.map(u64::from),
            a.employees.map(|e| employee_band(e).0)
        );
        // A real name finds nothing; the code finds the actor.
        assert!(!search_matches(&a.name, &masked).contains(&i), "{}", a.name);
        assert_eq!(search_matches(anon.code(i).unwrap(), &masked), vec![i]);
    }
    assert_eq!(search_matches("Gediz", &masked), Vec::<usize>::new());
    for (s, m) in d.sourcing.iter().zip(&masked.sourcing) {
        assert_eq!(m.volume, s.volume.map(|v| volume_band(v).0 as f64));
    }
    assert!(!search_matches("Gediz", &d).is_empty());
    // The survey's extra columns are searchable with names, not without.
    let s = survey();
    let masked = Disclosure::new(&s, ANON).masked(Lang::En, &s);
    assert!(!search_matches("isik.example", &s).is_empty());
    assert!(search_matches("isik.example", &masked).is_empty());
    // With the mode off, the data itself.
    assert_eq!(
        Disclosure::new(&d, Privacy::default()).masked(Lang::En, &d),
        d
    );
}

#[test]
fn exports_in_the_mode_hold_no_name_id_or_exact_figure() {
    let d = sample::dataset();
    let report = ClusterReport::build(&d, &Default::default());
    let anon = Disclosure::new(&d, ANON);
    let actors = actors_csv_disclosed(&d, &report, Lang::En, &anon);
    let stages = stages_csv_disclosed(&d, &report, Lang::En, &anon);
    let (names, volumes) = confidential(&d);
    for name in &names {
        assert!(
            !actors.contains(name.as_str()) && !stages.contains(name.as_str()),
            "{name}"
        );
    }
    let rows: Vec<Vec<String>> = actors
        .trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), d.actors.len());
    for (i, a) in d.actors.iter().enumerate() {
        let row = &rows[i];
        assert_eq!(row[0], anon.code(i).unwrap());
        assert_ne!(row[0], a.id);
        if let Some(e) = a.employees {
            let (low, _) = employee_band(e);
            assert!(row[5].starts_with(&low.to_string()), "{} {}", row[5], e);
            assert!(row[5].contains('–') || row[5].ends_with('+'), "{}", row[5]);
        }
    }
    // Stage volumes: bands or nothing, never the sum itself.
    for p in &report.stages {
        let exact = format!("{}", p.leaking_volume);
        if p.leaking_volume >= 10.0 {
            assert!(!stages.contains(&format!(",{exact},")), "{exact}");
        }
    }
    for v in &volumes {
        if v.len() >= 3 {
            assert!(!stages.contains(&format!(",{v},")), "{v}");
        }
    }
    // Counts under 3 are "<3".
    for p in report
        .stages
        .iter()
        .filter(|p| (1..3).contains(&p.leaking_firms.len()))
    {
        let line = stages
            .lines()
            .find(|l| l.starts_with(&format!("{},", d.stages[p.stage].id)))
            .unwrap();
        assert!(line.contains(",<3,"), "{line}");
    }
}

#[test]
fn rationales_in_the_mode_band_volumes_and_hide_small_counts() {
    let d = sample::dataset();
    let report = ClusterReport::build(&d, &Default::default());
    let anon = Disclosure::new(&d, ANON);
    assert!(!report.opportunities.is_empty());
    for o in &report.opportunities {
        let p = &report.stages[o.stage];
        let text = rationale_disclosed(Lang::En, &d, o, p.demand.len(), p.thin, &anon);
        let exact = Lang::En.number(o.volume, 0);
        assert!(!text.contains(&format!("({exact} ")), "{text}");
        if o.firms.len() < 3 {
            assert!(text.starts_with("fewer than 3 of"), "{text}");
            assert!(text.contains("(not shown)"), "{text}");
        } else {
            assert!(text.starts_with(&format!("{} of", o.firms.len())), "{text}");
        }
    }
}

#[test]
fn the_link_flag_reads_and_writes() {
    assert_eq!(Privacy::from_query("lang=en&anon=1"), Some(ANON));
    assert_eq!(
        Privacy::from_query("?anon=names&view=network"),
        Some(NAMED_INSTITUTIONS)
    );
    assert_eq!(Privacy::from_query("anon=0"), Some(Privacy::default()));
    // A mistyped value errs on the safe side.
    assert_eq!(Privacy::from_query("anon=yes"), Some(ANON));
    assert_eq!(Privacy::from_query("lang=en"), None);
    assert_eq!(ANON.to_query(), Some("anon=1"));
    assert_eq!(NAMED_INSTITUTIONS.to_query(), Some("anon=names"));
    assert_eq!(Privacy::default().to_query(), None);
    for p in [ANON, NAMED_INSTITUTIONS] {
        assert_eq!(Privacy::from_query(p.to_query().unwrap()), Some(p));
    }
}
