//! The picture of the map (SVG): well-formed, one mark per shown actor in
//! every view and at canvas sizes, names escaped, the caption in the UI
//! language, and codes instead of names while anonymised.

use clustermap::analysis::{AnalysisOptions, ClusterReport};
use clustermap::export::picture::{caption_parts, picture_size, picture_svg, Picture};
use clustermap::i18n::{Lang, Message, ReportMsg};
use clustermap::layout::style::MapStyle;
use clustermap::layout::MapLayout;
use clustermap::model::Dataset;
use clustermap::privacy::{Disclosure, Privacy};
use clustermap::sample;
use clustermap::view::{Filters, MapMode, Visibility};
use clustermap::workspace::{geo_layout_of, map_layout_of, network_layout_of};
use quick_xml::events::{BytesStart, Event};

/// One element of a parsed document.
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
}

impl Element {
    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Every element and the whole text of an SVG document; panics on a
/// document that is not well-formed XML.
struct Parsed {
    elements: Vec<Element>,
    text: String,
}

fn element(e: &BytesStart) -> Element {
    Element {
        name: e.name().as_ref().to_string(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.expect("well-formed attribute");
                (
                    a.key.as_ref().to_string(),
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .expect("attribute value")
                        .into_owned(),
                )
            })
            .collect(),
    }
}

fn parse(svg: &str) -> Parsed {
    let mut reader = quick_xml::Reader::from_str(svg);
    reader.config_mut().check_end_names = true;
    let mut out = Parsed {
        elements: Vec::new(),
        text: String::new(),
    };
    let mut depth = 0usize;
    let mut roots = 0usize;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                if depth == 0 {
                    roots += 1;
                }
                depth += 1;
                out.elements.push(element(&e));
            }
            Event::Empty(e) => {
                if depth == 0 {
                    roots += 1;
                }
                out.elements.push(element(&e));
            }
            Event::End(_) => {
                depth -= 1;
                out.text.push('\n');
            }
            Event::Text(t) => {
                out.text.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) => {
                let entity = format!("&{};", &*r);
                out.text
                    .push_str(&quick_xml::escape::unescape(&entity).expect("known entity"));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0, "every element closed");
    assert_eq!(roots, 1, "one root element");
    out
}

fn actor_marks(p: &Parsed) -> Vec<&Element> {
    p.elements
        .iter()
        .filter(|e| e.name == "g" && e.attr("class") == Some("actor"))
        .collect()
}

fn analysis(d: &Dataset) -> ClusterReport {
    ClusterReport::build_light(d, &AnalysisOptions::default())
}

fn all_shown(d: &Dataset) -> Visibility {
    Filters::default().visibility(d, None)
}

fn layout(d: &Dataset, a: &ClusterReport, mode: MapMode, lang: Lang) -> MapLayout {
    match mode {
        MapMode::ValueChain => map_layout_of(d, lang, a),
        MapMode::Geographic => geo_layout_of(d, lang),
        MapMode::Network => {
            // A ring stands in for the worker's force layout.
            let n = d.actors.len().max(1) as f64;
            let ring: Vec<(f64, f64)> = (0..d.actors.len())
                .map(|i| {
                    let t = i as f64 / n * std::f64::consts::TAU;
                    (400.0 + 300.0 * t.cos(), 300.0 + 300.0 * t.sin())
                })
                .collect();
            network_layout_of(d, &ring, a, &Default::default())
        }
    }
}

fn svg_of(d: &Dataset, v: &Visibility, mode: MapMode, lang: Lang, anonymised: bool) -> String {
    let a = analysis(d);
    let l = layout(d, &a, mode, lang);
    picture_svg(&Picture {
        layout: &l,
        dataset: d,
        visibility: v,
        analysis: &a,
        mode,
        lang,
        style: &MapStyle::STANDARD,
        anonymised,
    })
}

#[test]
fn every_view_is_well_formed_with_one_mark_per_actor() {
    let d = sample::dataset();
    let v = all_shown(&d);
    for mode in [MapMode::ValueChain, MapMode::Network, MapMode::Geographic] {
        let a = analysis(&d);
        let l = layout(&d, &a, mode, Lang::En);
        let svg = svg_of(&d, &v, mode, Lang::En, false);
        let parsed = parse(&svg);
        let marks = actor_marks(&parsed);
        assert_eq!(marks.len(), l.nodes.len(), "{mode:?}");
        assert_eq!(
            marks.len(),
            d.actors.len(),
            "{mode:?}: the sample places all"
        );
        let root = &parsed.elements[0];
        assert_eq!(root.name, "svg");
        assert_eq!(root.attr("xmlns"), Some("http://www.w3.org/2000/svg"));
        assert_eq!(root.attr("data-view"), Some(mode.token()));
        // Self-contained: no image, no link, no style sheet, no web font.
        for e in &parsed.elements {
            assert!(
                !matches!(
                    e.name.as_str(),
                    "image" | "style" | "link" | "script" | "foreignObject"
                ),
                "{mode:?}: <{}>",
                e.name
            );
            for (k, v) in &e.attrs {
                assert!(!k.contains("href"), "{mode:?}: {k}={v}");
                assert!(!v.contains("http:") || k == "xmlns", "{mode:?}: {k}={v}");
            }
        }
        // The sheet is as big as the root says and holds the map.
        let (w, h) = (
            root.attr("width").unwrap().parse::<f64>().unwrap(),
            root.attr("height").unwrap().parse::<f64>().unwrap(),
        );
        assert!(w >= l.width && h > l.height + 40.0, "{mode:?}: {w}x{h}");
        let a = analysis(&d);
        let (pw, ph) = picture_size(&Picture {
            layout: &l,
            dataset: &d,
            visibility: &v,
            analysis: &a,
            mode,
            lang: Lang::En,
            style: &MapStyle::STANDARD,
            anonymised: false,
        });
        assert_eq!((pw.round(), ph.round()), (w.round(), h.round()), "{mode:?}");
    }
}

#[test]
fn marks_follow_the_filters() {
    let d = sample::dataset();
    let mut v = all_shown(&d);
    for (i, a) in d.actors.iter().enumerate() {
        if !a.kind.is_operator() {
            v.actors[i] = false;
        }
    }
    let shown = v.shown_actors();
    assert!(shown > 0 && shown < d.actors.len());
    let parsed = parse(&svg_of(&d, &v, MapMode::ValueChain, Lang::En, false));
    let marks = actor_marks(&parsed);
    assert_eq!(marks.len(), shown);
    assert!(marks
        .iter()
        .all(|m| m.attr("data-kind").is_some_and(|k| k != "university")));
    assert!(parsed.text.contains(&format!("{shown} actors shown")));
}

#[test]
fn names_are_escaped() {
    let mut d = sample::dataset();
    let nasty = r#"A&B <Yazılım> "Ltd" 'x'"#;
    d.actors[0].name = format!("{nasty}\u{1}");
    d.meta.name = "Cluster <&> test".into();
    let svg = svg_of(&d, &all_shown(&d), MapMode::ValueChain, Lang::En, false);
    let parsed = parse(&svg);
    assert!(!svg.contains("<Yazılım>"));
    assert!(
        parsed.text.contains(nasty),
        "the name comes back as written"
    );
    assert!(parsed.text.contains("Value-chain map: Cluster <&> test"));
}

#[test]
fn caption_in_the_ui_language() {
    let d = sample::dataset();
    let v = all_shown(&d);
    let n = d.actors.len();
    for (lang, actors, made) in [
        (
            Lang::En,
            format!("{n} actors shown"),
            "made with clustermap",
        ),
        (
            Lang::Tr,
            format!("{n} aktör gösteriliyor"),
            "clustermap ile hazırlandı",
        ),
        (
            Lang::De,
            format!("{n} Akteure dargestellt"),
            "erstellt mit clustermap",
        ),
    ] {
        let parsed = parse(&svg_of(&d, &v, MapMode::ValueChain, lang, false));
        let text = parsed.text.replace('\n', " ");
        assert!(text.contains(&actors), "{lang:?}: {text}");
        assert!(text.contains(made), "{lang:?}");
        assert!(text.contains(&d.meta.region), "{lang:?}");
        assert!(text.contains(&d.meta.survey_date), "{lang:?}");
    }
    let a = analysis(&d);
    let l = layout(&d, &a, MapMode::Network, Lang::De);
    let parts = caption_parts(&Picture {
        layout: &l,
        dataset: &d,
        visibility: &v,
        analysis: &a,
        mode: MapMode::Network,
        lang: Lang::De,
        style: &MapStyle::STANDARD,
        anonymised: false,
    });
    assert_eq!(parts.first(), Some(&d.meta.name));
    assert_eq!(
        parts.last().map(String::as_str),
        Some("erstellt mit clustermap")
    );
}

#[test]
fn anonymised_picture_has_codes_not_names() {
    let d = sample::dataset();
    let disclosure = Disclosure::new(&d, Privacy::ANONYMISED);
    let masked = disclosure.masked(Lang::En, &d);
    let v = all_shown(&d);
    for mode in [MapMode::ValueChain, MapMode::Network, MapMode::Geographic] {
        let svg = svg_of(&masked, &v, mode, Lang::En, true);
        let parsed = parse(&svg);
        for (i, a) in d.actors.iter().enumerate() {
            assert!(!svg.contains(&a.name), "{mode:?}: {} leaks", a.name);
            let code = disclosure.code(i).unwrap();
            assert!(
                actor_marks(&parsed)
                    .iter()
                    .any(|m| m.attr("data-actor") == Some(code)),
                "{mode:?}: {code}"
            );
        }
        assert!(parsed.text.contains("anonymised: actors by code"));
    }
}

#[test]
fn canvas_sized_maps_export_every_actor() {
    // The sample repeated to 1,200+ actors: the page draws it on a canvas
    // and bundles its relations.
    let base = sample::dataset();
    let mut d = base.clone();
    let copies = 1200 / base.actors.len() + 1;
    for c in 1..copies {
        let offset = d.actors.len();
        for a in &base.actors {
            let mut a = a.clone();
            a.id = format!("{}-{c}", a.id);
            a.name = format!("{} {c}", a.name);
            d.actors.push(a);
        }
        for r in &base.relations {
            let mut r = r.clone();
            r.source += offset;
            r.target += offset;
            d.relations.push(r);
        }
    }
    assert!(d.actors.len() >= 1200);
    let a = analysis(&d);
    let v = all_shown(&d);
    let l = layout(&d, &a, MapMode::ValueChain, Lang::En);
    assert!(l.dense, "packed densely, as the canvas draws it");
    let svg = svg_of(&d, &v, MapMode::ValueChain, Lang::En, false);
    let parsed = parse(&svg);
    assert_eq!(actor_marks(&parsed).len(), d.actors.len());
    let bundles = parsed
        .elements
        .iter()
        .filter(|e| e.name == "path" && e.attr("d").is_some_and(|d| d.contains('Q')))
        .count();
    assert!(
        bundles > 0 && bundles < d.relations.len(),
        "{bundles} bundles"
    );
}

#[test]
fn report_texts_are_translated_with_the_same_placeholders() {
    fn placeholders(text: &str) -> Vec<String> {
        let mut out: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string()))
            .collect();
        out.sort();
        out
    }
    for msg in ReportMsg::all() {
        let en = msg.text(Lang::En);
        for lang in Lang::ALL {
            let text = msg.text(lang);
            assert!(!text.trim().is_empty(), "{msg:?} in {lang:?}");
            assert_eq!(placeholders(text), placeholders(en), "{msg:?} in {lang:?}");
        }
    }
}

#[test]
fn png_sizes_follow_scale_or_width_within_canvas_limits() {
    use clustermap::export::picture::png_size;
    assert_eq!(png_size((1300.0, 800.0), Some(1.0), 0.0), (1300, 800));
    assert_eq!(png_size((1300.0, 800.0), Some(2.0), 0.0), (2600, 1600));
    assert_eq!(png_size((1300.0, 800.0), Some(4.0), 0.0), (5200, 3200));
    assert_eq!(png_size((1300.0, 800.0), None, 2000.0), (2000, 1231));
    // Too wide or too tall: the longer side stops at 16,000 pixels.
    assert_eq!(png_size((1300.0, 800.0), None, 50_000.0), (16_000, 9846));
    assert_eq!(png_size((400.0, 2000.0), Some(10.0), 0.0), (3200, 16_000));
    // Too narrow: 100 pixels; a zero or NaN width does not panic.
    assert_eq!(png_size((1300.0, 800.0), None, 10.0), (100, 62));
    let (w, h) = png_size((0.0, 0.0), None, f64::NAN);
    assert!(w <= 16_000 && h <= 16_000);
}
