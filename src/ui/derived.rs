//! What is computed from the session, in one chain: dataset → light
//! analysis (+ network figures from the worker) → layout of the chosen view
//! → what the filters leave → what the search marks. Each memo reads only
//! the parts it needs, so moving the camera recomputes none of them; the
//! [`Work`] counters let a test prove it.

use leptos::prelude::*;

use crate::analysis::{NetworkFigures, Phase};
use crate::layout::MapLayout;
use crate::model::Dataset;
use crate::privacy::Disclosure;
use crate::session::Part;
use crate::view::{search_matches, Camera, MapMode, Visibility};
use crate::workspace::Analysis;

use super::state::Store;

/// How many times each derived value was computed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    pub analysis: u32,
    pub layout: u32,
    pub visibility: u32,
    pub search: u32,
}

/// The derived values, provided through context beside the [`Store`].
#[derive(Clone, Copy)]
pub struct Derived {
    /// Every figure of the analysis; network metrics once the worker sent
    /// them for the current data.
    pub analysis: Memo<Analysis>,
    /// The geometry of the map in the chosen view.
    pub layout: Memo<MapLayout>,
    /// What the filters leave on the map.
    pub visibility: Memo<Visibility>,
    /// Per actor: does it match the search?
    pub matches: Memo<Vec<bool>>,
    /// Is a search active?
    pub searching: Memo<bool>,
    pub camera: Memo<Camera>,
    pub mode: Memo<MapMode>,
    /// How names, figures and counts may be written (the anonymised
    /// mode): every component asks it rather than the dataset.
    pub disclosure: Memo<Disclosure>,
    /// While anonymised, the dataset with codes for names and ids, as
    /// the map draws and the search reads it; `None` otherwise.
    pub masked: Memo<Option<Dataset>>,
    /// Force-directed positions from the worker; `None` until they arrive.
    pub positions: RwSignal<Option<Vec<(f64, f64)>>>,
    /// The worker's current step, while it computes.
    pub progress: RwSignal<Option<Phase>>,
    /// Network figures and the data generation they belong to.
    pub network: RwSignal<Option<(u32, NetworkFigures)>>,
    /// Bumped with every new dataset; answers for older ones are dropped.
    pub generation: RwSignal<u32>,
    pub work: StoredValue<Work>,
}

impl Derived {
    pub fn new(store: Store) -> Self {
        let work = StoredValue::new(Work::default());
        let count = move |f: fn(&mut Work)| work.update_value(f);
        let generation = RwSignal::new(0u32);
        let network: RwSignal<Option<(u32, NetworkFigures)>> = RwSignal::new(None);
        let positions: RwSignal<Option<Vec<(f64, f64)>>> = RwSignal::new(None);
        // Everything but the network metrics is computed on the page, once
        // per dataset and settings; those arrive from the worker and are
        // merged into a copy when they match the current data.
        let light = Memo::new(move |_| {
            count(|w| w.analysis += 1);
            store.read(Part::Options, |_| ());
            store.read(Part::Workspace, |s| {
                s.workspace.analyse_light_with(&s.options)
            })
        });
        let analysis = Memo::new(move |_| {
            let mut report = light.get();
            network.with(|n| {
                if let Some((_, figures)) = n.as_ref().filter(|n| n.0 == generation.get()) {
                    report.set_network(figures.clone());
                }
            });
            report
        });
        let mode = Memo::new(move |_| store.read(Part::Mode, |s| s.mode));
        let disclosure = Memo::new(move |_| {
            store.read(Part::Privacy, |_| ());
            store.read(Part::Workspace, |s| s.disclosure())
        });
        let masked = Memo::new(move |_| {
            let lang = store.lang();
            disclosure.with(|d| {
                d.is_anonymised().then(|| {
                    store.read(Part::Workspace, |s| {
                        d.masked(lang, &s.workspace.loaded.dataset)
                    })
                })
            })
        });
        // Apart from `Part::Present`, which changes with every slide.
        let projector = Memo::new(move |_| store.read(Part::Present, |s| s.presenting.is_some()));
        let layout = Memo::new(move |_| {
            count(|w| w.layout += 1);
            let lang = store.lang();
            let projector = projector.get();
            let mut layout = masked.with(|m| {
                store.read(Part::Workspace, |s| {
                    let data = m.as_ref().unwrap_or(&s.workspace.loaded.dataset);
                    match mode.get() {
                        // Gaps come from the light analysis: the worker's
                        // answer does not redo this layout.
                        MapMode::ValueChain => light.with(|a| {
                            if projector {
                                crate::workspace::projector_layout_of(data, lang, a)
                            } else {
                                crate::workspace::map_layout_of(data, lang, a)
                            }
                        }),
                        MapMode::Geographic => crate::workspace::geo_layout_of(data, lang),
                        MapMode::Network => positions.with(|p| {
                            analysis.with(|a| {
                                store.read(Part::Pins, |_| ());
                                // The masked data's ids are codes: so are the pins'.
                                let pins = match m {
                                    Some(_) => disclosure.with(|d| {
                                        let real = &s.workspace.loaded.dataset;
                                        s.pins
                                            .0
                                            .iter()
                                            .filter_map(|(id, at)| {
                                                real.actor_index(id)
                                                    .map(|i| (d.public_id(real, i), *at))
                                            })
                                            .collect()
                                    }),
                                    None => s.pins.0.clone(),
                                };
                                crate::workspace::network_layout_of(
                                    data,
                                    p.as_deref().unwrap_or(&[]),
                                    a,
                                    &pins,
                                )
                            })
                        }),
                    }
                })
            });
            disclosure.with(|d| d.fit_labels(&mut layout));
            layout
        });
        let visibility = Memo::new(move |_| {
            count(|w| w.visibility += 1);
            // The selection matters only as the centre of a focus.
            let focus = store.read(Part::Filters, |s| s.filters.focus > 0);
            let selected = focus
                .then(|| store.read(Part::Selection, |s| s.selection.actor.clone()))
                .flatten();
            store.read(Part::Filters, |_| ());
            store.read(Part::Workspace, |s| {
                s.filters
                    .visibility(&s.workspace.loaded.dataset, selected.as_deref())
            })
        });
        let matches = Memo::new(move |_| {
            count(|w| w.search += 1);
            store.read(Part::Search, |_| ());
            // While anonymised the search reads codes, never names.
            masked.with(|masked| {
                store.read(Part::Workspace, |s| {
                    let data = masked.as_ref().unwrap_or(&s.workspace.loaded.dataset);
                    let mut m = vec![false; data.actors.len()];
                    for i in search_matches(&s.search, data) {
                        m[i] = true;
                    }
                    m
                })
            })
        });
        let searching =
            Memo::new(move |_| store.read(Part::Search, |s| !s.search.trim().is_empty()));
        let camera = Memo::new(move |_| store.read(Part::Camera, |s| s.camera));
        Self {
            analysis,
            layout,
            visibility,
            matches,
            searching,
            camera,
            mode,
            disclosure,
            masked,
            positions,
            progress: RwSignal::new(None),
            network,
            generation,
            work,
        }
    }
}
