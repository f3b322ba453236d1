//! The session in the reactive graph, natively: moving the camera
//! recomputes nothing but the camera; each other change recomputes only
//! what depends on it.

use clustermap::i18n::Lang;
use clustermap::session::Session;
use clustermap::ui::derived::{Derived, Work};
use clustermap::ui::state::Store;
use clustermap::view::MapMode;
use clustermap::workspace::Workspace;
use leptos::prelude::*;

/// Reads every derived value, as the mounted page does after a change.
fn read_all(d: &Derived) {
    d.analysis.with(|a| assert!(!a.stages.is_empty()));
    d.layout.with(|l| assert!(!l.nodes.is_empty()));
    d.visibility.with(|v| assert!(!v.actors.is_empty()));
    d.matches.with(|m| assert!(!m.is_empty()));
    d.searching.get();
    d.mode.get();
}

fn setup() -> (Owner, Store, Derived) {
    let owner = Owner::new();
    owner.set();
    let store = Store::new(Session::new(Lang::En, Workspace::sample()));
    let derived = Derived::new(store);
    read_all(&derived);
    (owner, store, derived)
}

#[test]
fn panning_and_zooming_recompute_nothing_but_the_camera() {
    let (_owner, store, derived) = setup();
    let before = derived.work.get_value();
    assert_eq!(
        before,
        Work {
            analysis: 1,
            layout: 1,
            visibility: 1,
            search: 1
        }
    );
    let mut last = derived.camera.get();
    for i in 0..200 {
        match i % 4 {
            0 => store.act(|s| s.pan_by(3.0, -2.0)),
            1 => store.act(|s| s.zoom_by(1.01)),
            2 => store.act(|s| s.zoom_at(0.99, (120.0, 80.0), (900.0, 500.0))),
            _ => store.act(|s| s.set_camera(s.camera)),
        }
        read_all(&derived);
        let now = derived.camera.get();
        if i % 4 != 3 {
            assert_ne!(now, last, "the camera follows move {i}");
        }
        last = now;
    }
    assert_eq!(derived.work.get_value(), before);
}

#[test]
fn each_change_recomputes_only_what_depends_on_it() {
    let (_owner, store, derived) = setup();
    let base = derived.work.get_value();
    store.act(|s| s.set_search("ege"));
    read_all(&derived);
    let w = derived.work.get_value();
    assert_eq!(w.search, base.search + 1);
    assert_eq!(
        (w.visibility, w.layout, w.analysis),
        (base.visibility, base.layout, base.analysis)
    );

    store.act(|s| s.set_filters(|f| f.min_strength = 3));
    read_all(&derived);
    let w2 = derived.work.get_value();
    assert_eq!(w2.visibility, w.visibility + 1);
    assert_eq!(
        (w2.layout, w2.analysis, w2.search),
        (w.layout, w.analysis, w.search)
    );

    // A selection without a neighbourhood focus filters nothing.
    store.act(|s| s.select(Some(3)));
    store.act(|s| s.hover(Some(4)));
    store.act(|s| s.highlight(None));
    read_all(&derived);
    assert_eq!(derived.work.get_value(), w2);
    // With a focus, the selection is its centre.
    store.act(|s| s.set_filters(|f| f.focus = 1));
    read_all(&derived);
    store.act(|s| s.select(Some(5)));
    read_all(&derived);
    assert_eq!(derived.work.get_value().visibility, w2.visibility + 2);

    let w3 = derived.work.get_value();
    store.act(|s| s.set_mode(MapMode::Geographic));
    read_all(&derived);
    let w4 = derived.work.get_value();
    assert_eq!(w4.layout, w3.layout + 1);
    assert_eq!((w4.analysis, w4.visibility), (w3.analysis, w3.visibility));

    store.act(|s| s.set_lang(Lang::Tr));
    read_all(&derived);
    let w5 = derived.work.get_value();
    assert_eq!(w5.layout, w4.layout + 1, "labels are in the language");
    assert_eq!(w5.analysis, w4.analysis);

    store.act(|s| s.show_sample());
    read_all(&derived);
    let w6 = derived.work.get_value();
    assert_eq!(w6.analysis, w5.analysis + 1, "new data, new analysis");
}
