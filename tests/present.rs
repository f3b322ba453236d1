//! The generated presentation: each slide's takeaway states the figure the
//! analysis computed, slides with nothing to show are left out, the deck
//! reads in all three languages, edits are kept with the workspace, and
//! names and figures are written only through the [`Disclosure`] given.

use clustermap::analysis::ClusterReport;
use clustermap::i18n::{stage_name, Lang};
use clustermap::model::Dataset;
use clustermap::present::{
    build_deck, Deck, DeckEdits, DeckInput, Disclosure, Plain, Pos, SlideKind, TOP_OPPORTUNITIES,
};
use clustermap::session::{Part, Session, Start};
use clustermap::view::MapMode;
use clustermap::workspace::Workspace;

fn report(data: &Dataset) -> ClusterReport {
    ClusterReport::build(data, &Default::default())
}

fn deck_with(data: &Dataset, lang: Lang, edits: &DeckEdits, d: &dyn Disclosure) -> Deck {
    let r = report(data);
    build_deck(&DeckInput {
        dataset: data,
        analysis: &r,
        lang,
        disclosure: d,
        edits,
        layout: None,
    })
}

fn deck(data: &Dataset, lang: Lang) -> Deck {
    deck_with(data, lang, &DeckEdits::default(), &Plain)
}

fn percent(lang: Lang, share: f64) -> String {
    format!("{} %", lang.number(share * 100.0, 0))
}

#[test]
fn every_slide_states_the_figure_the_analysis_computed() {
    let data = clustermap::sample::dataset();
    let r = report(&data);
    for lang in Lang::ALL {
        let deck = deck(&data, lang);
        for s in &deck.slides {
            if let Some(f) = &s.figure {
                assert!(
                    s.title.contains(f.as_str()),
                    "{:?}: {} lacks {f}",
                    s.kind,
                    s.title
                );
            }
            assert!(!s.title.contains('{'), "unfilled placeholder: {}", s.title);
            assert!(!s.notes.trim().is_empty(), "{:?} has no notes", s.kind);
        }
        let figure = |kind: &SlideKind| {
            deck.slides
                .iter()
                .find(|s| &s.kind == kind)
                .and_then(|s| s.figure.clone())
        };
        let n = |v: usize| Some(v.to_string());
        assert_eq!(figure(&SlideKind::Title), n(r.ties.local_firms));
        assert_eq!(figure(&SlideKind::Glance), n(r.ties.local_firms));
        let core = data.core_stages().count();
        let missing_core = r
            .gaps
            .iter()
            .filter(|g| g.band == clustermap::model::Band::Core)
            .count();
        assert_eq!(figure(&SlideKind::ValueChain), n(core - missing_core));
        assert_eq!(
            figure(&SlideKind::Relations),
            Some(percent(lang, r.ties.local_share))
        );
        assert_eq!(
            figure(&SlideKind::Internationalisation),
            n(r.internationalisation.exporters)
        );
        // One slide per gap and per missing link, with its firm count.
        for g in &r.gaps {
            let buyers = (!g.sourcing_outside.is_empty()).then_some(g.sourcing_outside.len());
            assert_eq!(figure(&SlideKind::Gap(g.stage)), buyers.and_then(n));
            let s = deck
                .slides
                .iter()
                .find(|s| s.kind == SlideKind::Gap(g.stage))
                .expect("gap slide");
            assert!(s.title.contains(stage_name(lang, &data.stages[g.stage])));
            let focus = s
                .map
                .as_ref()
                .and_then(|m| m.focus.as_ref())
                .expect("focus");
            assert_eq!((focus.stage, &focus.actors), (g.stage, &g.sourcing_outside));
        }
        let kinds = |f: fn(&SlideKind) -> bool| deck.slides.iter().filter(|s| f(&s.kind)).count();
        assert_eq!(kinds(|k| matches!(k, SlideKind::Gap(_))), r.gaps.len());
        assert_eq!(
            kinds(|k| matches!(k, SlideKind::Link { .. })),
            r.broken_links.len()
        );
        for b in &r.broken_links {
            let buyers = (!b.buying_outside.is_empty()).then_some(b.buying_outside.len());
            let kind = SlideKind::Link {
                from: b.from_stage,
                to: b.to_stage,
            };
            assert_eq!(figure(&kind), buyers.and_then(n));
        }
        // The top opportunities, ranked, each with its score.
        let top: Vec<_> = r.opportunities.iter().take(TOP_OPPORTUNITIES).collect();
        assert_eq!(
            kinds(|k| matches!(k, SlideKind::Opportunity { .. })),
            top.len()
        );
        for (rank, o) in top.iter().enumerate() {
            let kind = SlideKind::Opportunity {
                rank,
                stage: o.stage,
            };
            assert_eq!(figure(&kind), Some(lang.number(o.score, 0)));
        }
    }
}

#[test]
fn the_sample_deck_runs_from_title_to_next_steps() {
    let data = clustermap::sample::dataset();
    let r = report(&data);
    let deck = deck(&data, Lang::En);
    let kinds: Vec<&SlideKind> = deck.slides.iter().map(|s| &s.kind).collect();
    assert_eq!(kinds[0], &SlideKind::Title);
    assert_eq!(kinds[1], &SlideKind::Concept);
    assert_eq!(kinds[2], &SlideKind::Glance);
    assert_eq!(kinds[3], &SlideKind::ValueChain);
    assert_eq!(kinds[4], &SlideKind::Relations);
    assert_eq!(kinds.last(), Some(&&SlideKind::NextSteps));
    // The sample has gaps, a missing link and opportunities to show.
    assert!(!r.gaps.is_empty() && !r.opportunities.is_empty());
    assert_eq!(
        deck.slides.len(),
        6 + r.gaps.len() + r.broken_links.len() + r.opportunities.len().min(TOP_OPPORTUNITIES) + 1
    );
    // The value chain is revealed one core stage per click, left to right.
    let chain = &deck.slides[3];
    let core: Vec<usize> = data.core_stages().map(|(i, _)| i).collect();
    assert_eq!(chain.steps.len(), core.len());
    for (k, step) in chain.steps.iter().enumerate() {
        let hidden = &step.map.as_ref().expect("map").filters.hidden_stages;
        assert_eq!(hidden.len(), core.len() - k - 1);
        assert!(step
            .caption
            .starts_with(stage_name(Lang::En, &data.stages[core[k]])));
    }
    assert_eq!(
        deck.slides[4].map.as_ref().map(|m| m.mode),
        Some(MapMode::Network)
    );
}

#[test]
fn the_three_languages_give_the_same_slides_in_their_own_words() {
    let data = clustermap::sample::dataset();
    let decks: Vec<Deck> = Lang::ALL.iter().map(|l| deck(&data, *l)).collect();
    for d in &decks[1..] {
        assert_eq!(d.slides.len(), decks[0].slides.len());
        for (a, b) in d.slides.iter().zip(&decks[0].slides) {
            assert_eq!((&a.kind, &a.key), (&b.kind, &b.key));
            if a.kind != SlideKind::Title {
                assert_ne!(a.title, b.title, "{:?} untranslated", a.kind);
            }
        }
    }
    let tr = &decks[1];
    assert!(tr.slides[3].title.contains("çekirdek aşama"));
    // Shares are written the language's way (decimal comma) like the results panel.
    assert_eq!(
        tr.slides[4].figure.as_deref().map(|f| f.ends_with(" %")),
        Some(true)
    );
}

#[test]
fn slides_with_nothing_to_show_are_left_out() {
    let mut data = clustermap::sample::dataset();
    data.relations.clear();
    data.sourcing.clear();
    for a in &mut data.actors {
        a.export_share = None;
    }
    let r = report(&data);
    let deck = deck(&data, Lang::En);
    let has = |f: fn(&SlideKind) -> bool| deck.slides.iter().any(|s| f(&s.kind));
    assert!(!has(|k| *k == SlideKind::Relations));
    assert!(!has(|k| *k == SlideKind::Internationalisation));
    assert!(!has(|k| matches!(k, SlideKind::Opportunity { .. })));
    // Gaps stay: a missing stage is a finding even without buyers; its
    // title then names no figure.
    assert_eq!(
        deck.slides
            .iter()
            .filter(|s| matches!(s.kind, SlideKind::Gap(_)))
            .count(),
        r.gaps.len()
    );
    assert!(deck
        .slides
        .iter()
        .filter(|s| matches!(s.kind, SlideKind::Gap(_)))
        .all(|s| s.figure.is_none()));
    // Without any actor only the framing slides are left.
    let empty = Dataset::default();
    let kinds: Vec<SlideKind> = deck_with(&empty, Lang::De, &DeckEdits::default(), &Plain)
        .slides
        .into_iter()
        .map(|s| s.kind)
        .collect();
    assert_eq!(
        kinds,
        [SlideKind::Title, SlideKind::Concept, SlideKind::NextSteps]
    );
}

/// Codes instead of names and "few" for small counts: the plug-in point
/// of the public wording.
struct Coded;

impl Disclosure for Coded {
    fn actor(&self, _: &Dataset, actor: usize) -> String {
        format!("A-{actor:02}")
    }
    fn count(&self, _: Lang, n: usize) -> String {
        if n < 3 {
            "few".into()
        } else {
            n.to_string()
        }
    }
    fn employees(&self, _: Lang, _: u64) -> String {
        "many".into()
    }
    fn volume(&self, _: Lang, _: f64, _: &str) -> String {
        "a large volume".into()
    }
}

#[test]
fn names_and_figures_are_written_by_the_disclosure_given() {
    let data = clustermap::sample::dataset();
    let plain = deck(&data, Lang::En);
    let coded = deck_with(&data, Lang::En, &DeckEdits::default(), &Coded);
    let text = |d: &Deck| {
        d.slides
            .iter()
            .flat_map(|s| {
                let mut t = vec![s.title.clone(), s.notes.clone()];
                t.extend(s.points.iter().cloned());
                t.extend(s.steps.iter().map(|x| x.caption.clone()));
                t
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (plain, coded) = (text(&plain), text(&coded));
    let named: Vec<&str> = data
        .actors
        .iter()
        .map(|a| a.name.as_str())
        .filter(|n| plain.contains(n))
        .collect();
    assert!(!named.is_empty(), "the plain deck names firms");
    for name in named {
        assert!(!coded.contains(name), "{name} written past the disclosure");
    }
    assert!(coded.contains("A-"));
    assert!(coded.contains("a large volume") && coded.contains("many employees"));
}

#[test]
fn edits_change_titles_points_notes_and_what_is_shown() {
    let data = clustermap::sample::dataset();
    let mut edits = DeckEdits::default();
    edits.edit("concept", |e| {
        e.title = Some("Clusters in one sentence".into())
    });
    edits.edit("next", |e| {
        e.points = Some(vec!["Vision: 12 May, chamber hall".into()])
    });
    edits.edit("title", |e| e.notes = Some("Thank the hosts".into()));
    edits.edit("chain", |e| e.hidden = true);
    // An edit taken back leaves nothing to save.
    edits.edit("glance", |e| e.hidden = true);
    edits.edit("glance", |e| e.hidden = false);
    assert_eq!(edits.slides.len(), 4);
    let full = deck(&data, Lang::En);
    let d = deck_with(&data, Lang::Tr, &edits, &Plain);
    assert_eq!(d.slides[1].title, "Clusters in one sentence");
    assert_eq!(d.slides[0].notes, "Thank the hosts");
    let next = d.slides.last().expect("slides");
    assert_eq!(next.points, ["Vision: 12 May, chamber hall"]);
    assert_eq!(d.shown_count(), full.slides.len() - 1);
    assert!(d.shown().all(|s| s.kind != SlideKind::ValueChain));

    // Saved with the workspace and read back.
    let mut s = Session::new(Lang::En, Workspace::sample());
    s.edit_slide("chain", |e| e.hidden = true);
    assert!(s.take_changes().contains(Part::Deck));
    let saved = s.saved_text();
    let (_, settings) = Workspace::from_saved("w.json", &saved).expect("reads back");
    assert_eq!(settings.deck, s.deck_edits);
    assert!(settings.deck.get("chain").is_some_and(|e| e.hidden));
}

#[test]
fn keys_move_through_steps_and_slides() {
    let data = clustermap::sample::dataset();
    let deck = deck(&data, Lang::En);
    let steps = deck.slides[3].steps.len();
    let at = |slide, step| Pos { slide, step };
    assert_eq!(deck.next(at(2, 0)), at(3, 0));
    assert_eq!(deck.next(at(3, 0)), at(3, 1));
    assert_eq!(deck.next(at(3, steps - 1)), at(4, 0));
    assert_eq!(deck.prev(at(4, 0)), at(3, steps - 1));
    assert_eq!(deck.prev(at(0, 0)), at(0, 0));
    let last = deck.shown_count() - 1;
    assert_eq!(deck.end(), at(last, 0));
    assert_eq!(deck.next(deck.end()), deck.end());
    assert_eq!(deck.goto(1), Some(at(0, 0)));
    assert_eq!(deck.goto(last + 1), Some(at(last, 0)));
    assert_eq!(deck.goto(0), None);
    assert_eq!(deck.goto(last + 2), None);
    assert_eq!(deck.clamp(at(99, 99)), deck.end());
    // A step's map wins over the slide's.
    assert_eq!(
        deck.map_at(at(3, 0)).map(|m| m.filters.hidden_stages.len()),
        Some(steps - 1)
    );
}

#[test]
fn a_slide_about_a_stage_zooms_on_it_and_its_firms() {
    let data = clustermap::sample::dataset();
    let w = Workspace::sample();
    let r = report(&data);
    let layout = w.projector_layout(Lang::En, &r);
    let deck = build_deck(&DeckInput {
        dataset: &data,
        analysis: &r,
        lang: Lang::En,
        disclosure: &Plain,
        edits: &DeckEdits::default(),
        layout: Some(&layout),
    });
    let mut zoomed = 0;
    for s in &deck.slides {
        let Some(m) = &s.map else { continue };
        let Some(focus) = &m.focus else {
            assert!(m.camera.is_default(), "{:?} shows the whole map", s.kind);
            continue;
        };
        zoomed += 1;
        let (z, tx, ty) = m.camera.transform(layout.width, layout.height);
        assert_eq!(z, clustermap::present::STAGE_ZOOM);
        // The drawing covers the frame.
        let (w, h) = (layout.width, layout.height);
        assert!(tx <= 1e-9 && tx + z * w >= w - 1e-9);
        assert!(ty <= 1e-9 && ty + z * h >= h - 1e-9);
        // The stage is on screen: a core column with its header at the
        // top, a support stage's box in its band.
        let on_screen = |x0: f64, x1: f64, y0: f64, y1: f64| {
            z * x0 + tx >= -1e-9
                && z * x1 + tx <= w + 1e-9
                && z * y0 + ty >= -1e-9
                && z * y1 + ty <= h + 1e-9
        };
        match layout.columns.iter().find(|c| c.stage == focus.stage) {
            Some(c) => {
                assert!(ty.abs() < 1e-9, "{:?}: headers at the top", s.kind);
                assert!(on_screen(c.x, c.x + c.width, 0.0, 0.0), "{:?}", s.kind);
            }
            None => {
                let b = layout
                    .segments
                    .iter()
                    .find(|b| b.stage == Some(focus.stage))
                    .expect("a support stage's box");
                assert!(
                    on_screen(b.x, b.x + b.width, b.y, b.y + b.height),
                    "{:?}",
                    s.kind
                );
            }
        }
    }
    let r = report(&data);
    assert_eq!(
        zoomed,
        r.gaps.len() + r.broken_links.len() + r.opportunities.len().min(TOP_OPPORTUNITIES)
    );
}

#[test]
fn presenting_shows_slide_maps_and_gives_the_view_back() {
    let data = clustermap::sample::dataset();
    let deck = deck(&data, Lang::En);
    let mut s = Session::new(Lang::De, Workspace::sample());
    s.set_search("ege");
    s.switch_mode(MapMode::Geographic);
    let before = s.view();
    s.take_changes();
    s.start_presenting(false);
    assert!(s.take_changes().contains(Part::Present));
    let gap = deck
        .slides
        .iter()
        .position(|x| matches!(x.kind, SlideKind::Gap(_)))
        .expect("gap slide");
    let pos = Pos {
        slide: gap,
        step: 0,
    };
    s.show_slide(pos, deck.map_at(pos));
    assert_eq!(s.mode, MapMode::ValueChain);
    let focus = deck
        .map_at(pos)
        .and_then(|m| m.focus.clone())
        .expect("focus");
    assert_eq!(s.highlight.as_ref().map(|h| h.stage), Some(focus.stage));
    // Only the language and the slide number are in the address.
    assert_eq!(s.url_query(), format!("lang=de&slide={}", gap + 1));
    // What is saved meanwhile is the view the presentation replaced.
    assert_eq!(s.search, "", "slides mark only their own actors");
    assert_eq!(s.settings().view, before.to_query());
    s.toggle_black();
    assert!(s.presenting.as_ref().is_some_and(|p| p.black));
    s.show_slide(pos, None);
    assert!(s.presenting.as_ref().is_some_and(|p| !p.black));
    s.stop_presenting();
    assert!(s.presenting.is_none());
    assert_eq!(s.view(), before);
    assert_eq!(s.highlight, None);

    // A reload during the presentation resumes it at its slide.
    let (resumed, _) = Session::start(&Start {
        query: "lang=tr&slide=4&notes=1".into(),
        ..Start::default()
    });
    let p = resumed.presenting.expect("resumed");
    assert_eq!((p.pos.slide, p.with_notes), (3, true));
}

#[test]
fn keys_and_clicker_become_commands() {
    use clustermap::present::keys::{Command as C, Keys};
    let mut k = Keys::default();
    // Outside a presentation only F5 counts: typing "3" in a field is typing.
    assert_eq!(k.press("3", false), None);
    assert_eq!(k.press("Enter", false), None);
    assert_eq!(k.press("F5", false), Some(C::Start));
    for key in ["PageDown", "ArrowRight", "ArrowDown", " "] {
        assert_eq!(k.press(key, true), Some(C::Next), "{key}");
    }
    for key in ["PageUp", "ArrowLeft", "ArrowUp"] {
        assert_eq!(k.press(key, true), Some(C::Prev), "{key}");
    }
    assert_eq!(k.press("Home", true), Some(C::First));
    assert_eq!(k.press("End", true), Some(C::Last));
    assert_eq!(k.press("b", true), Some(C::Black));
    assert_eq!(k.press(".", true), Some(C::Black));
    assert_eq!(k.press("Escape", true), Some(C::Stop));
    assert_eq!(k.press("1", true), None);
    assert_eq!(k.press("2", true), None);
    assert_eq!(k.press("Enter", true), Some(C::Goto(12)));
    // Digits followed by another key are dropped.
    k.press("4", true);
    assert_eq!(k.press("PageDown", true), Some(C::Next));
    assert_eq!(k.press("Enter", true), Some(C::Next));
}

#[test]
fn the_projector_map_sizes_labels_for_the_back_row() {
    use clustermap::workspace::{PROJECTOR_LABEL_PX, PROJECTOR_MAP};
    let w = Workspace::sample();
    let r = w.analyse_light();
    let normal = w.map_layout(Lang::En, &r);
    let big = w.projector_layout(Lang::En, &r);
    let scale = (PROJECTOR_MAP.0 / big.width).min(PROJECTOR_MAP.1 / big.height);
    assert!(big.header_font * scale >= PROJECTOR_LABEL_PX);
    let zoom = clustermap::present::STAGE_ZOOM;
    assert!(big.label_font * scale * zoom >= PROJECTOR_LABEL_PX);
    assert!(
        normal.label_font * (PROJECTOR_MAP.0 / normal.width).min(PROJECTOR_MAP.1 / normal.height)
            < 14.0
    );
}
