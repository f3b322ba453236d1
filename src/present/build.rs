//! The deck from the dataset and its analysis. Every slide states a
//! figure the analysis computed; a slide with nothing to show (no missing
//! link, no exporter) is left out rather than shown empty.

use super::disclosure::Disclosure;
use super::edits::DeckEdits;
use super::slide::{camera_on, Focus, Slide, SlideKind, SlideMap, Step};
use super::{Deck, STAGE_ZOOM};
use crate::analysis::ClusterReport;
use crate::i18n::{
    action, rationale, score_definition, stage_name, AnalysisMsg as A, Lang, Msg, PresentMsg as P,
};
use crate::layout::MapLayout;
use crate::model::Dataset;
use crate::view::{Filters, MapMode};

/// Opportunities that get a slide each, best first.
pub const TOP_OPPORTUNITIES: usize = 3;
/// Names listed on a slide at most (the rest are on the map).
const MAX_NAMES: usize = 3;

pub struct DeckInput<'a> {
    pub dataset: &'a Dataset,
    pub analysis: &'a ClusterReport,
    pub lang: Lang,
    pub disclosure: &'a dyn Disclosure,
    pub edits: &'a DeckEdits,
    /// The value-chain map the slides zoom into; without it slides about a
    /// stage show the whole map.
    pub layout: Option<&'a MapLayout>,
}

/// The slides in presenting order, with the edits applied.
pub fn build_deck(input: &DeckInput) -> Deck {
    let b = Builder { i: input };
    let mut slides = vec![b.title(), b.concept()];
    if !input.dataset.actors.is_empty() {
        slides.push(b.glance());
        slides.extend(b.value_chain());
        slides.extend(b.relations());
        slides.extend(b.gaps());
        slides.extend(b.links());
        slides.extend(b.opportunities());
        slides.extend(b.internationalisation());
    }
    slides.push(b.next_steps());
    for s in &mut slides {
        if let Some(e) = input.edits.get(&s.key) {
            if let Some(t) = e.title.as_ref().filter(|t| !t.trim().is_empty()) {
                s.title = t.clone();
            }
            if let Some(p) = &e.points {
                s.points = p.clone();
            }
            if let Some(n) = &e.notes {
                s.notes = n.clone();
            }
            s.hidden = e.hidden;
        }
    }
    Deck { slides }
}

struct Builder<'a, 'b> {
    i: &'b DeckInput<'a>,
}

fn slide(kind: SlideKind, key: String, title: String, figure: Option<String>) -> Slide {
    Slide {
        kind,
        key,
        title,
        figure,
        points: Vec::new(),
        notes: String::new(),
        map: None,
        steps: Vec::new(),
        hidden: false,
    }
}

impl Builder<'_, '_> {
    fn lang(&self) -> Lang {
        self.i.lang
    }

    fn f(&self, msg: P, args: &[(&str, String)]) -> String {
        self.lang().format(msg, args)
    }

    fn count(&self, n: usize) -> String {
        self.i.disclosure.count(self.lang(), n)
    }

    fn stage(&self, s: usize) -> String {
        self.i
            .dataset
            .stages
            .get(s)
            .map(|st| stage_name(self.lang(), st).to_string())
            .unwrap_or_default()
    }

    fn stage_id(&self, s: usize) -> &str {
        self.i.dataset.stages.get(s).map_or("", |st| st.id.as_str())
    }

    /// Up to [`MAX_NAMES`] names, then "…".
    fn names(&self, actors: &[usize]) -> String {
        let mut out: Vec<String> = actors
            .iter()
            .take(MAX_NAMES)
            .map(|a| self.i.disclosure.actor(self.i.dataset, *a))
            .collect();
        if actors.len() > MAX_NAMES {
            out.push("…".into());
        }
        out.join(", ")
    }

    fn focused(&self, stage: usize, actors: &[usize]) -> SlideMap {
        let focus = Focus {
            stage,
            actors: actors.to_vec(),
        };
        SlideMap {
            mode: MapMode::ValueChain,
            filters: Filters::default(),
            camera: self
                .i
                .layout
                .map(|l| camera_on(l, &focus, STAGE_ZOOM))
                .unwrap_or_default(),
            focus: Some(focus),
        }
    }

    fn title(&self) -> Slide {
        let d = self.i.dataset;
        let firms = self.count(self.i.analysis.ties.local_firms);
        let cluster = if d.meta.name.is_empty() {
            self.lang().text(Msg::AppTitle).to_string()
        } else {
            d.meta.name.clone()
        };
        let mut s = slide(
            SlideKind::Title,
            "title".into(),
            self.f(
                P::TitleHeadline,
                &[
                    ("cluster", cluster),
                    ("firms", firms.clone()),
                    ("region", d.meta.region.clone()),
                ],
            ),
            Some(firms),
        );
        if !d.meta.survey_date.is_empty() {
            s.points
                .push(self.f(P::TitleDate, &[("date", d.meta.survey_date.clone())]));
        }
        s.points.push(self.f(
            P::TitleData,
            &[
                ("actors", self.count(d.actors.len())),
                ("relations", self.count(d.relations.len())),
            ],
        ));
        s.notes = self.lang().text(P::TitleNotes).to_string();
        s
    }

    fn concept(&self) -> Slide {
        let l = self.lang();
        let mut s = slide(
            SlideKind::Concept,
            "concept".into(),
            l.text(P::ConceptTitle).into(),
            None,
        );
        s.points = [P::ConceptPoint1, P::ConceptPoint2, P::ConceptPoint3]
            .map(|m| l.text(m).to_string())
            .to_vec();
        s.notes = l.text(P::ConceptNotes).into();
        s
    }

    fn glance(&self) -> Slide {
        let (d, r) = (self.i.dataset, self.i.analysis);
        let employees: u64 = d
            .actors
            .iter()
            .filter(|a| a.is_local() && a.kind.is_operator())
            .filter_map(|a| a.employees)
            .map(u64::from)
            .sum();
        let firms = self.count(r.ties.local_firms);
        let mut s = slide(
            SlideKind::Glance,
            "glance".into(),
            self.f(
                P::GlanceTitle,
                &[
                    ("firms", firms.clone()),
                    (
                        "employees",
                        self.i.disclosure.employees(self.lang(), employees),
                    ),
                    ("exporters", self.count(r.internationalisation.exporters)),
                ],
            ),
            Some(firms),
        );
        s.points = vec![
            self.f(
                P::GlanceInstitutions,
                &[("institutions", self.count(r.summary.institutions))],
            ),
            self.f(
                P::GlanceOutside,
                &[("outside", self.count(r.summary.outside_actors))],
            ),
        ];
        s.notes = self.lang().text(P::GlanceNotes).into();
        s.map = Some(SlideMap::whole(MapMode::ValueChain));
        s
    }

    fn value_chain(&self) -> Option<Slide> {
        let (d, r) = (self.i.dataset, self.i.analysis);
        let core: Vec<usize> = d.core_stages().map(|(i, _)| i).collect();
        if core.is_empty() {
            return None;
        }
        let present = core
            .iter()
            .filter(|s| !r.gaps.iter().any(|g| g.stage == **s))
            .count();
        let figure = self.count(present);
        let mut s = slide(
            SlideKind::ValueChain,
            "chain".into(),
            self.f(
                P::ChainTitle,
                &[
                    ("present", figure.clone()),
                    ("core", self.count(core.len())),
                ],
            ),
            Some(figure),
        );
        // Each click shows one more core stage; the support and enabling
        // bands stay, since they serve the whole chain.
        s.steps = core
            .iter()
            .enumerate()
            .map(|(k, &stage)| {
                let local = r
                    .stages
                    .iter()
                    .find(|p| p.stage == stage)
                    .map_or(0, |p| p.local_actors.len());
                let caption = if local == 0 {
                    self.f(P::ChainStepMissing, &[("stage", self.stage(stage))])
                } else {
                    self.f(
                        P::ChainStep,
                        &[("stage", self.stage(stage)), ("n", self.count(local))],
                    )
                };
                let mut map = SlideMap::whole(MapMode::ValueChain);
                map.filters.hidden_stages = core[k + 1..]
                    .iter()
                    .map(|s| self.stage_id(*s).to_string())
                    .collect();
                Step {
                    caption,
                    map: Some(map),
                }
            })
            .collect();
        s.map = Some(SlideMap::whole(MapMode::ValueChain));
        s.notes = self.lang().text(P::ChainNotes).into();
        Some(s)
    }

    fn relations(&self) -> Option<Slide> {
        let r = self.i.analysis;
        let l = self.lang();
        if r.summary.relations == 0 {
            return None;
        }
        let share = self.i.disclosure.share(l, r.ties.local_share);
        let mut s = slide(
            SlideKind::Relations,
            "relations".into(),
            self.f(
                P::RelationsTitle,
                &[
                    ("share", share.clone()),
                    ("relations", self.count(r.summary.relations)),
                ],
            ),
            Some(share),
        );
        s.points.push(self.f(
            P::RelationsDensity,
            &[
                ("density", l.number(r.summary.density, 3)),
                ("degree", l.number(r.summary.average_degree, 1)),
            ],
        ));
        // Sub-clusters and brokers come from the analysis worker; until
        // they are in, the slide says nothing about them.
        if r.network.ready && r.network.communities > 0 {
            let brokers: Vec<usize> = r.network.brokers.iter().map(|b| b.actor).collect();
            let communities = self.count(r.network.communities);
            s.points.push(if brokers.is_empty() {
                self.f(P::RelationsCommunities, &[("communities", communities)])
            } else {
                self.f(
                    P::RelationsBrokers,
                    &[
                        ("communities", communities),
                        ("brokers", self.names(&brokers)),
                    ],
                )
            });
        }
        if r.ties.local_firms > 0 {
            s.points.push(self.f(
                P::RelationsHelix,
                &[
                    ("linked", self.count(r.ties.firms_linked_to_institutions)),
                    ("firms", self.count(r.ties.local_firms)),
                    ("research", self.count(r.ties.firms_linked_to_research)),
                ],
            ));
        }
        s.notes = [
            l.text(Msg::DensityHelp),
            l.text(A::DefLocalTies),
            l.text(A::DefTripleHelix),
            l.text(A::DefCommunities),
            l.text(A::DefBrokers),
        ]
        .join(" ");
        s.map = Some(SlideMap::whole(MapMode::Network));
        Some(s)
    }

    fn gaps(&self) -> Vec<Slide> {
        let d = self.i.dataset;
        let l = self.lang();
        self.i
            .analysis
            .gaps
            .iter()
            .map(|g| {
                let buyers = g.sourcing_outside.len();
                let figure = self.count(buyers);
                let title = if buyers > 0 {
                    self.f(
                        P::GapTitleBuying,
                        &[("stage", self.stage(g.stage)), ("firms", figure.clone())],
                    )
                } else {
                    self.f(P::GapTitleEmpty, &[("stage", self.stage(g.stage))])
                };
                let mut s = slide(
                    SlideKind::Gap(g.stage),
                    format!("gap:{}", self.stage_id(g.stage)),
                    title,
                    (buyers > 0).then_some(figure),
                );
                if g.volume_outside > 0.0 {
                    s.points.push(
                        self.f(
                            P::GapVolume,
                            &[(
                                "volume",
                                self.i
                                    .disclosure
                                    .volume(l, g.volume_outside, &d.meta.currency),
                            )],
                        ),
                    );
                }
                if buyers > 0 {
                    s.points.push(self.f(
                        P::FirmsBehind,
                        &[("names", self.names(&g.sourcing_outside))],
                    ));
                }
                if !g.outside_actors.is_empty() {
                    s.points.push(l.format(
                        Msg::GapServedBy,
                        &[("names", self.names(&g.outside_actors))],
                    ));
                }
                s.notes = l.text(Msg::GapDefinition).into();
                s.map = Some(self.focused(g.stage, &g.sourcing_outside));
                s
            })
            .collect()
    }

    fn links(&self) -> Vec<Slide> {
        let l = self.lang();
        self.i
            .analysis
            .broken_links
            .iter()
            .map(|b| {
                let (from, to) = (self.stage(b.from_stage), self.stage(b.to_stage));
                let buyers = b.buying_outside.len();
                let figure = self.count(buyers);
                let title = if buyers > 0 {
                    self.f(
                        P::LinkTitle,
                        &[
                            ("from", from.clone()),
                            ("to", to.clone()),
                            ("firms", figure.clone()),
                        ],
                    )
                } else {
                    self.f(
                        P::LinkTitleNoDemand,
                        &[("from", from.clone()), ("to", to.clone())],
                    )
                };
                let mut s = slide(
                    SlideKind::Link {
                        from: b.from_stage,
                        to: b.to_stage,
                    },
                    format!(
                        "link:{}:{}",
                        self.stage_id(b.from_stage),
                        self.stage_id(b.to_stage)
                    ),
                    title,
                    (buyers > 0).then_some(figure),
                );
                s.points
                    .push(l.format(A::BrokenLink, &[("from", from), ("to", to)]));
                if buyers > 0 {
                    s.points
                        .push(self.f(P::FirmsBehind, &[("names", self.names(&b.buying_outside))]));
                }
                s.notes = l.text(A::DefBrokenLink).into();
                s.map = Some(self.focused(b.to_stage, &b.buying_outside));
                s
            })
            .collect()
    }

    fn opportunities(&self) -> Vec<Slide> {
        let (d, r) = (self.i.dataset, self.i.analysis);
        let l = self.lang();
        r.opportunities
            .iter()
            .take(TOP_OPPORTUNITIES)
            .enumerate()
            .map(|(rank, o)| {
                let score = l.number(o.score, 0);
                let mut s = slide(
                    SlideKind::Opportunity {
                        rank,
                        stage: o.stage,
                    },
                    format!("opportunity:{}", self.stage_id(o.stage)),
                    self.f(
                        P::OpportunityTitle,
                        &[
                            ("rank", (rank + 1).to_string()),
                            ("action", action(l, o.action).to_string()),
                            ("stage", self.stage(o.stage)),
                            ("score", score.clone()),
                        ],
                    ),
                    Some(score),
                );
                let profile = r.stages.iter().find(|p| p.stage == o.stage);
                let demand = profile.map_or(0, |p| p.demand.len());
                let thin = profile.is_some_and(|p| p.thin);
                s.points = vec![
                    rationale(l, d, o, demand, thin),
                    l.format(A::EvidenceTitle, &[("n", o.evidence.len().to_string())]),
                    self.f(P::FirmsBehind, &[("names", self.names(&o.firms))]),
                ];
                s.notes = score_definition(l, &r.options);
                s.map = Some(self.focused(o.stage, &o.firms));
                s
            })
            .collect()
    }

    fn internationalisation(&self) -> Option<Slide> {
        let i = &self.i.analysis.internationalisation;
        let l = self.lang();
        if i.firms_reporting == 0 {
            return None;
        }
        let exporters = self.count(i.exporters);
        let mut s = slide(
            SlideKind::Internationalisation,
            "internationalisation".into(),
            self.f(
                P::IntlTitle,
                &[
                    ("exporters", exporters.clone()),
                    ("reporting", self.count(i.firms_reporting)),
                    (
                        "share",
                        self.i.disclosure.share(l, i.mean_export_share / 100.0),
                    ),
                ],
            ),
            Some(exporters),
        );
        if !i.markets.is_empty() {
            let markets: Vec<String> = i
                .markets
                .iter()
                .take(6)
                .map(|(m, n)| format!("{m} ({})", self.count(*n)))
                .collect();
            s.points
                .push(self.f(P::IntlMarkets, &[("markets", markets.join(", "))]));
        }
        if !i.partners_abroad.is_empty() {
            s.points.push(self.f(
                P::IntlPartners,
                &[("partners", self.count(i.partners_abroad.len()))],
            ));
        }
        for (stage, who) in i.gap_partners.iter().filter(|(_, w)| !w.is_empty()) {
            s.points.push(self.f(
                P::IntlGap,
                &[("stage", self.stage(*stage)), ("n", self.count(who.len()))],
            ));
        }
        s.notes = [
            l.text(A::DefExporters),
            l.text(A::DefMeanExport),
            l.text(A::DefGapPartners),
        ]
        .join(" ");
        s.map = Some(SlideMap::whole(MapMode::ValueChain));
        Some(s)
    }

    fn next_steps(&self) -> Slide {
        let l = self.lang();
        let mut s = slide(
            SlideKind::NextSteps,
            "next".into(),
            l.text(P::NextTitle).into(),
            None,
        );
        s.points = [P::NextVision, P::NextFactors, P::NextSkills]
            .map(|m| l.text(m).to_string())
            .to_vec();
        s.notes = l.text(P::NextNotes).into();
        s
    }
}
