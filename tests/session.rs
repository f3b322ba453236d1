//! Every action of the [`Session`]: what it changes, and that it changes
//! exactly the parts it reports, nothing stale left pointing into old data.

use std::fs;

use clustermap::analysis::AnalysisOptions;
use clustermap::i18n::{Lang, Msg};
use clustermap::ingest::{self, IngestError, LoadStep, SourceFile};
use clustermap::session::{Changed, Highlight, Part, Session, Start, Status};
use clustermap::view::{Camera, MapMode};
use clustermap::workspace::{Settings, Workspace};

fn fixture(path: &str) -> SourceFile {
    let bytes = fs::read(format!("tests/fixtures/{path}")).expect("fixture");
    SourceFile::new(path.rsplit('/').next().unwrap_or(path), bytes)
}

fn sample() -> Session {
    Session::new(Lang::En, Workspace::sample())
}

fn idx(s: &Session, id: &str) -> usize {
    s.workspace.loaded.dataset.actor_index(id).expect("actor")
}

/// A session with a selection, a pin, a highlight, a hover and a moved
/// camera: everything that points into the data.
fn busy() -> Session {
    let mut s = sample();
    let gediz = idx(&s, "gediz");
    s.select(Some(gediz));
    s.set_mode(MapMode::Network);
    s.pin(gediz, (10.0, 20.0));
    s.highlight(Some(Highlight {
        stage: 0,
        actors: vec![gediz],
    }));
    s.pan_by(30.0, -5.0);
    s.take_changes();
    s
}

fn loaded(files: &[&str]) -> (Vec<SourceFile>, ingest::Loaded) {
    let sources: Vec<SourceFile> = files.iter().map(|f| fixture(f)).collect();
    let loaded = ingest::load(&sources).expect("fixture loads");
    (sources, loaded)
}

#[test]
fn start_opens_the_sample_in_the_browser_language() {
    let (s, startup) = Session::start(&Start {
        preferred: vec!["de-DE".into(), "en".into()],
        ..Default::default()
    });
    assert_eq!(s.lang, Lang::De);
    assert_eq!(s.workspace, Workspace::sample());
    assert_eq!(s.status, Status::Idle);
    assert_eq!(startup.damaged, None);
}

#[test]
fn start_restores_a_stored_workspace_with_its_settings_unless_the_link_says_otherwise() {
    let (sources, data) = loaded(&["small/cluster.json"]);
    let w = Workspace::from_loaded(data, vec![sources[0].name.clone()]);
    let stored = w.to_saved(&Settings {
        lang: Some("tr".into()),
        view: "view=network&z=2.000&px=0.0&py=0.0".into(),
        options: AnalysisOptions {
            investor_min_firms: 3,
            ..Default::default()
        },
        ..Default::default()
    });
    let (mut s, _) = Session::start(&Start {
        stored: Some(stored.clone()),
        ..Default::default()
    });
    assert_eq!(s.lang, Lang::Tr);
    assert_eq!(s.mode, MapMode::Network);
    assert_eq!(s.camera.zoom, 2.0);
    assert_eq!(s.options.investor_min_firms, 3);
    assert_eq!(s.workspace.loaded.dataset, w.loaded.dataset);
    assert!(matches!(
        s.status,
        Status::Notice(Msg::WorkspaceRestored, _)
    ));
    assert!(
        s.take_changes().is_empty(),
        "a start has nothing to announce"
    );
    // Language and view of the address win over the stored ones.
    let (s, _) = Session::start(&Start {
        url_lang: Some(Lang::De),
        query: "lang=de&q=ege".into(),
        stored: Some(stored),
        ..Default::default()
    });
    assert_eq!(s.lang, Lang::De);
    assert_eq!(s.mode, MapMode::ValueChain);
    assert_eq!(s.search, "ege");
    assert_eq!(s.options.investor_min_firms, 3);
}

#[test]
fn start_sets_a_damaged_workspace_aside_and_opens_the_sample() {
    let (s, startup) = Session::start(&Start {
        stored: Some("{ not json".into()),
        ..Default::default()
    });
    assert_eq!(startup.damaged.as_deref(), Some("{ not json"));
    assert_eq!(s.workspace, Workspace::sample());
    assert!(matches!(s.status, Status::Notice(Msg::WorkspaceDamaged, _)));
}

#[test]
fn select_chooses_an_actor_by_id_and_ignores_unknown_indices() {
    let mut s = sample();
    let gediz = idx(&s, "gediz");
    s.select(Some(gediz));
    assert_eq!(s.selection.actor.as_deref(), Some("gediz"));
    assert_eq!(s.hovered, Some(gediz));
    assert_eq!(
        s.take_changes(),
        Changed::of(&[Part::Selection, Part::Hover])
    );
    s.select(Some(gediz));
    assert!(
        s.take_changes().is_empty(),
        "the same choice again changes nothing"
    );
    s.select(Some(99_999));
    assert!(s.take_changes().is_empty());
    assert_eq!(s.selected(), Some(gediz));
    s.select(None);
    assert_eq!(s.selection.actor, None);
    assert_eq!(s.hovered, Some(gediz), "the pointer may still be on it");
    assert_eq!(s.take_changes(), Changed::of(&[Part::Selection]));
}

#[test]
fn hover_changes_only_the_hover() {
    let mut s = sample();
    s.hover(Some(3));
    assert_eq!(s.take_changes(), Changed::of(&[Part::Hover]));
    s.hover(Some(1_000_000));
    assert_eq!(s.hovered, None, "an actor that is not there is not hovered");
}

#[test]
fn highlight_toggles_and_escape_clears_selection_and_highlight() {
    let mut s = busy();
    let h = Highlight {
        stage: 1,
        actors: vec![1, 2],
    };
    s.toggle_highlight(h.clone());
    assert_eq!(s.highlight.as_ref(), Some(&h));
    s.toggle_highlight(h.clone());
    assert_eq!(s.highlight, None);
    assert_eq!(s.take_changes(), Changed::of(&[Part::Highlight]));
    s.highlight(Some(h));
    s.take_changes();
    s.clear();
    assert_eq!(
        (s.selection.actor.clone(), s.highlight.clone()),
        (None, None)
    );
    assert_eq!(
        s.take_changes(),
        Changed::of(&[Part::Selection, Part::Highlight])
    );
    assert!(!s.pins.is_empty(), "Escape leaves the pins");
}

#[test]
fn filters_and_search_change_alone_and_are_kept_sensible() {
    let mut s = sample();
    s.set_filters(|f| {
        f.min_strength = 9;
        f.focus = 7;
    });
    assert_eq!((s.filters.min_strength, s.filters.focus), (5, 2));
    assert_eq!(s.take_changes(), Changed::of(&[Part::Filters]));
    s.set_search("ege");
    assert_eq!(s.take_changes(), Changed::of(&[Part::Search]));
    s.clear_filters();
    assert_eq!(s.filters, Default::default());
    assert_eq!(s.search, "");
    assert_eq!(
        s.take_changes(),
        Changed::of(&[Part::Filters, Part::Search])
    );
}

#[test]
fn camera_moves_change_nothing_but_the_camera() {
    let mut s = busy();
    let before = s.camera;
    s.pan_by(10.0, 0.0);
    s.zoom_by(1.25);
    s.zoom_at(1.5, (100.0, 50.0), (800.0, 400.0));
    assert_ne!(s.camera, before);
    assert_eq!(s.take_changes(), Changed::of(&[Part::Camera]));
    s.pan_by(f64::NAN, 1.0);
    assert!(s.take_changes().is_empty());
    s.reset_camera();
    assert_eq!(s.camera, Camera::default());
    assert_eq!(s.take_changes(), Changed::of(&[Part::Camera]));
}

#[test]
fn switching_the_view_shows_it_whole_and_reset_keeps_the_view() {
    let mut s = busy();
    s.switch_mode(MapMode::Geographic);
    assert_eq!(s.mode, MapMode::Geographic);
    assert_eq!(s.camera, Camera::default());
    assert_eq!(s.take_changes(), Changed::of(&[Part::Mode, Part::Camera]));
    let mut s = busy();
    s.set_search("x");
    s.set_filters(|f| f.min_employees = 10);
    s.reset_view();
    assert_eq!(s.mode, MapMode::Network);
    assert_eq!(s.view().to_query(), "view=network");
}

#[test]
fn reset_view_clears_a_highlight() {
    let mut s = sample();
    s.highlight(Some(Highlight {
        stage: 1,
        actors: vec![0, 2],
    }));
    s.take_changes();
    s.reset_view();
    assert_eq!(s.highlight, None);
    assert!(s.take_changes().contains(Part::Highlight));
}

#[test]
fn pins_take_known_actors_and_finite_places_only() {
    let mut s = sample();
    s.pin(2, (1.0, 2.0));
    assert_eq!(s.take_changes(), Changed::of(&[Part::Pins]));
    s.pin(2, (f64::INFINITY, 2.0));
    s.pin(1_000_000, (1.0, 2.0));
    assert!(s.take_changes().is_empty());
    assert_eq!(s.pins.0.len(), 1);
    s.unpin_all();
    assert!(s.pins.is_empty());
}

#[test]
fn settings_are_sanitised_and_round_trip() {
    let mut s = sample();
    s.set_options(AnalysisOptions {
        thin_ratio: f64::NAN,
        ..Default::default()
    });
    assert_eq!(s.options, AnalysisOptions::default());
    assert!(s.take_changes().is_empty(), "nonsense is the default again");
    s.set_preset(Some("ict".into()));
    s.set_lang(Lang::De);
    assert_eq!(s.take_changes(), Changed::of(&[Part::Preset, Part::Lang]));
    let saved = s.settings();
    let mut other = sample();
    other.apply_settings(&saved, None, false);
    assert_eq!(other.settings(), saved);
}

#[test]
fn a_load_replaces_the_data_and_everything_that_pointed_into_it() {
    let mut s = busy();
    let (sources, data) = loaded(&["small/cluster.json"]);
    let request = s.load(sources);
    assert!(request.id > 0);
    assert!(s.is_reading());
    assert!(s.has_files());
    assert_eq!(s.take_changes(), Changed::of(&[Part::Status]));
    s.progress(request.id, LoadStep::Checking);
    assert_eq!(
        s.status,
        Status::Reading("cluster.json".into(), Some(LoadStep::Checking))
    );
    s.finish(request.id, Ok(data.clone()), Vec::new(), None);
    assert_eq!(s.workspace.loaded.dataset, data.dataset);
    assert_eq!(s.workspace.sources, ["cluster.json"]);
    assert_eq!(s.status, Status::Loaded);
    assert_eq!(s.selection.actor, None);
    assert_eq!(s.hovered, None);
    assert_eq!(s.highlight, None);
    assert!(s.pins.is_empty());
    assert_eq!(s.camera, Camera::default());
    assert_eq!(s.mode, MapMode::Network, "the chosen picture stays");
    let changed = s.take_changes();
    for part in [
        Part::Workspace,
        Part::Selection,
        Part::Hover,
        Part::Highlight,
        Part::Pins,
        Part::Camera,
        Part::Status,
        Part::Previews,
    ] {
        assert!(changed.contains(part), "{part:?}");
    }
    assert!(!changed.contains(Part::Filters) && !changed.contains(Part::Lang));
}

#[test]
fn answers_to_superseded_loads_are_dropped() {
    let mut s = sample();
    let (sources, data) = loaded(&["small/cluster.json"]);
    let first = s.load(sources.clone());
    let second = s.load(sources);
    assert_ne!(first.id, second.id);
    s.progress(first.id, LoadStep::Checking);
    s.finish(first.id, Ok(data.clone()), Vec::new(), None);
    assert_eq!(s.workspace, Workspace::sample());
    assert!(s.is_reading());
    s.finish(second.id, Ok(data), Vec::new(), None);
    assert_eq!(s.status, Status::Loaded);
    // A notice meanwhile (the browser's storage is full, say) does not
    // make the reader's answer go astray.
    let (sources, data) = loaded(&["small/cluster.json"]);
    let third = s.load(sources);
    s.notice(Msg::WorkspaceNotSaved, String::new());
    s.finish(third.id, Ok(data), Vec::new(), None);
    assert_eq!(s.status, Status::Loaded);
    // The same answer twice is taken once.
    s.take_changes();
    s.finish(
        third.id,
        Err(IngestError::Empty {
            file: "x.csv".into(),
        }),
        Vec::new(),
        None,
    );
    assert_eq!(s.status, Status::Loaded);
}

#[test]
fn a_failed_load_keeps_the_map_and_shows_the_grids() {
    let mut s = busy();
    let before = s.workspace.clone();
    let (sources, _) = loaded(&["small/cluster.json"]);
    let r = s.load(sources);
    s.take_changes();
    let previews = ingest::inspect(&[fixture("bad/unknown_header.csv")], &r.options);
    s.finish(
        r.id,
        Err(IngestError::Empty {
            file: "x.csv".into(),
        }),
        previews.clone(),
        None,
    );
    assert_eq!(s.workspace, before);
    assert_eq!(
        s.status,
        Status::Failed(IngestError::Empty {
            file: "x.csv".into()
        })
    );
    assert_eq!(s.previews, previews);
    assert_eq!(s.selection.actor.as_deref(), Some("gediz"));
    let changed = s.take_changes();
    assert!(changed.contains(Part::Status) && !changed.contains(Part::Workspace));
}

#[test]
fn a_saved_workspace_file_brings_its_settings() {
    let mut s = sample();
    let (sources, data) = loaded(&["small/cluster.json"]);
    let r = s.load(sources);
    let settings = Settings {
        lang: Some("de".into()),
        view: "q=abc".into(),
        ..Default::default()
    };
    s.finish(r.id, Ok(data), Vec::new(), Some(settings));
    assert_eq!((s.lang, s.search.as_str()), (Lang::De, "abc"));
}

#[test]
fn a_reread_keeps_the_selection_while_its_actor_is_still_there() {
    let mut s = sample();
    assert!(
        s.reread().is_none(),
        "the sample has no files to read again"
    );
    let (sources, data) = loaded(&["small/cluster.json"]);
    let r = s.load(sources);
    s.finish(r.id, Ok(data.clone()), Vec::new(), None);
    let first = data.dataset.actors[0].id.clone();
    s.select(Some(0));
    s.pin(0, (1.0, 1.0));
    let again = s
        .choose_columns(|c| c.grids.clear())
        .expect("files are kept");
    s.finish(
        again.id,
        Ok(data.clone()),
        Vec::new(),
        Some(Settings::default()),
    );
    assert_eq!(s.selection.actor.as_deref(), Some(first.as_str()));
    assert_eq!(s.pins.0.len(), 1, "a re-read is not new data");
    // A re-read that no longer has the actor drops the selection.
    let mut fewer = data;
    fewer.dataset.actors.retain(|a| a.id != first);
    fewer.dataset.relations.clear();
    fewer.dataset.sourcing.clear();
    let again = s.reread().expect("files are kept");
    s.finish(again.id, Ok(fewer), Vec::new(), None);
    assert_eq!(s.selection.actor, None);
}

#[test]
fn the_sample_again_forgets_the_files_and_what_pointed_into_them() {
    let mut s = busy();
    let (sources, data) = loaded(&["small/cluster.json"]);
    let r = s.load(sources);
    s.show_sample();
    assert_eq!(s.workspace, Workspace::sample());
    assert_eq!(s.status, Status::Idle);
    assert!(!s.has_files());
    assert_eq!(s.selection.actor, None);
    assert!(s.pins.is_empty());
    assert_eq!(s.highlight, None);
    assert_eq!(s.hovered, None);
    // The reader's late answer does not bring the files back.
    s.finish(r.id, Ok(data), Vec::new(), None);
    assert_eq!(s.workspace, Workspace::sample());
}

#[test]
fn refusals_and_notices_change_the_status_only() {
    let mut s = busy();
    s.begin_reading(&["a.csv".into(), "b.csv".into()]);
    assert_eq!(s.status, Status::Reading("a.csv, b.csv".into(), None));
    s.refuse(IngestError::Empty {
        file: "x.csv".into(),
    });
    s.unreadable("a.csv: gone".into());
    s.notice(Msg::WorkspaceNotSaved, String::new());
    assert_eq!(s.take_changes(), Changed::of(&[Part::Status]));
    assert_eq!(s.selection.actor.as_deref(), Some("gediz"));
}

#[test]
fn the_address_holds_the_language_and_the_view() {
    let mut s = sample();
    assert_eq!(s.url_query(), "lang=en");
    s.set_lang(Lang::Tr);
    s.select(Some(idx(&s, "gediz")));
    assert_eq!(s.url_query(), "lang=tr&sel=gediz");
}

#[test]
fn value_choices_read_the_files_again_and_travel_with_the_settings() {
    use clustermap::ingest::table::TableKind;
    let mut s = sample();
    let files = vec![SourceFile::new(
        "actors.csv",
        "id,name,kind,stage\na,Alpha,zanaatkar,\nb,Beta,firma,\n",
    )];
    let r = s.load(files);
    s.finish(
        r.id,
        ingest::load_with(&r.files, &r.options),
        Vec::new(),
        None,
    );
    let kinds = &s.workspace.loaded.values[0];
    assert_eq!(
        (kinds.table, kinds.column.as_str()),
        (TableKind::Actors, "kind")
    );
    assert!(kinds.unsure(), "zanaatkar is no word of the vocabulary");
    s.take_changes();

    let again = s
        .choose_values(|v| v.set(TableKind::Actors, "kind", "Zanaatkar", Some("supplier")))
        .expect("files are kept");
    assert_eq!(s.take_changes(), Changed::of(&[Part::Values, Part::Status]));
    assert_eq!(again.options.values, s.values);
    s.finish(
        again.id,
        ingest::load_with(&again.files, &again.options),
        Vec::new(),
        None,
    );
    let d = &s.workspace.loaded.dataset;
    assert_eq!(d.actors[0].kind, clustermap::model::ActorKind::Supplier);
    assert!(!s.workspace.loaded.values[0].unsure());

    // Saved with the workspace and brought back by it.
    let settings = s.settings();
    assert_eq!(settings.values, s.values);
    let mut other = sample();
    other.apply_settings(&settings, None, false);
    assert_eq!(other.values, s.values);
    assert!(other.take_changes().contains(Part::Values));
}

#[test]
fn anonymise_turns_the_mode_on_and_off_and_clears_a_typed_name() {
    use clustermap::privacy::Privacy;
    let mut s = sample();
    s.set_search("Gediz");
    s.take_changes();
    s.anonymise(true);
    assert_eq!(s.privacy, Privacy::ANONYMISED);
    assert_eq!(s.search, "", "a typed name does not survive the switch");
    assert_eq!(
        s.take_changes(),
        Changed::of(&[Part::Privacy, Part::Search])
    );
    s.anonymise(true);
    assert!(s.take_changes().is_empty(), "no change, nothing to redraw");
    s.show_institution_names(true);
    assert!(s.privacy.anonymised && s.privacy.institution_names);
    assert_eq!(s.take_changes(), Changed::of(&[Part::Privacy]));
    s.set_search("S3");
    s.take_changes();
    s.anonymise(false);
    assert!(!s.privacy.anonymised);
    assert_eq!(s.search, "S3", "turning it off keeps the search");
    assert_eq!(s.take_changes(), Changed::of(&[Part::Privacy]));
}

#[test]
fn the_anonymised_address_names_actors_by_code_and_reads_them_back() {
    let mut s = busy();
    let gediz = idx(&s, "gediz");
    s.set_search("Gediz");
    s.anonymise(true);
    s.set_search("Gediz");
    let code = s.disclosure().code(gediz).unwrap().to_string();
    let query = s.url_query();
    assert!(query.starts_with("lang=en&anon=1&"), "{query}");
    assert!(query.contains(&format!("sel={code}")), "{query}");
    assert!(query.contains(&format!("pin={code}:")), "{query}");
    assert!(!query.contains("gediz") && !query.contains("q="), "{query}");
    // Nor a cell of the file through a filter on an extra column.
    s.set_filters(|f| {
        f.attribute = Some(clustermap::view::attribute_filter::AttributeFilter {
            name: "Contact".into(),
            test: clustermap::view::attribute_filter::AttributeTest::OneOf(vec![
                "Ayşe Yılmaz".into()
            ]),
        })
    });
    assert!(!s.url_query().contains("attr"), "{}", s.url_query());
    // Opening that link selects and pins the same actor.
    let (back, _) = Session::start(&Start {
        query: query.clone(),
        ..Default::default()
    });
    assert!(back.privacy.anonymised);
    assert_eq!(back.selection.actor.as_deref(), Some("gediz"));
    assert!(back.pins.0.contains_key("gediz"));
    // A real id in an anonymised link selects nothing.
    let (guess, _) = Session::start(&Start {
        query: "anon=1&sel=gediz".into(),
        ..Default::default()
    });
    assert_eq!(guess.selection.actor, None);
    // Off again: ids as before.
    s.anonymise(false);
    assert!(s.url_query().contains("sel=gediz"));
}

#[test]
fn the_choice_is_saved_and_a_file_never_turns_it_off() {
    use clustermap::privacy::Privacy;
    let mut s = sample();
    s.anonymise(true);
    s.show_institution_names(true);
    let saved = s.saved_text();
    let (back, _) = Session::start(&Start {
        stored: Some(saved.clone()),
        ..Default::default()
    });
    assert_eq!(back.privacy, s.privacy);
    // The link's flag wins over the stored choice.
    let (off, _) = Session::start(&Start {
        stored: Some(saved),
        query: "anon=0".into(),
        ..Default::default()
    });
    assert!(!off.privacy.anonymised);
    // Settings saved with names do not turn the mode off.
    let mut on = sample();
    on.anonymise(true);
    on.take_changes();
    on.apply_settings(&Settings::default(), None, false);
    assert_eq!(on.privacy, Privacy::ANONYMISED);
    assert!(!on.take_changes().contains(Part::Privacy));
}
