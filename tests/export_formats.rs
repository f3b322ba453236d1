//! The graph exports (GEXF, GraphML) load back through the app's own
//! readers with the same actors, relations and attributes; the CSV tables
//! are written as the user's Excel reads them.

use clustermap::analysis::ClusterReport;
use clustermap::export::{actors_csv_in, gexf, graphml, stages_csv_in, CsvForm};
use clustermap::i18n::{actor_kind, locality, stage_name, ExportMsg, Lang};
use clustermap::ingest::{self, LoadOptions, SourceFile};
use clustermap::layout::MapLayout;
use clustermap::model::{Actor, ActorKind, Band, Dataset, Locality, Relation, RelationKind, Stage};
use clustermap::privacy::{Disclosure, Privacy};
use clustermap::sample;

fn layout(d: &Dataset) -> MapLayout {
    let analysis = ClusterReport::build_light(d, &Default::default());
    clustermap::workspace::map_layout_of(d, Lang::En, &analysis)
}

/// Reads a written file back the way the reader's worker does.
fn reload(name: &str, text: &str) -> Dataset {
    let loaded = ingest::load_with(
        &[SourceFile::new(name, text.as_bytes().to_vec())],
        &LoadOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{name}: {e:?}"));
    loaded.dataset
}

/// A study that exercises the writers: markup and quotes in names, Turkish
/// and German letters, an emoji, a control character, a formula-like name,
/// line breaks in notes, extra attributes on actors and relations, a kind
/// of relation that is none of the four, rescaled weights and fractions.
fn odd_dataset() -> Dataset {
    let stage = |id: &str, name: &str, band: Band| Stage {
        id: id.into(),
        name: name.into(),
        band,
        name_tr: Some(format!("{name} (TR) ğüşıöç")),
        name_de: None,
    };
    let actor = |id: &str, name: &str, kind: ActorKind, stages: &[&str]| Actor {
        id: id.into(),
        name: name.into(),
        kind,
        stages: stages.iter().map(|s| s.to_string()).collect(),
        employees: None,
        export_share: None,
        export_markets: Vec::new(),
        district: String::new(),
        lat: None,
        lon: None,
        locality: Locality::Local,
        founded: None,
        tags: Vec::new(),
        notes: String::new(),
        attributes: Vec::new(),
    };
    let mut a = actor(
        "mueller",
        "Müller & Söhne \"GmbH\" <Werk 2>",
        ActorKind::Firm,
        &["design", "make"],
    );
    a.employees = Some(1250);
    a.export_share = Some(12.5);
    a.export_markets = vec!["DE".into(), "FR".into()];
    a.district = "Çiğli".into();
    a.lat = Some(38.4697);
    a.lon = Some(27.2211);
    a.founded = Some(1987);
    a.tags = vec!["ISO 9001".into(), "export".into()];
    a.notes = "Line one\nline two\twith tab".into();
    a.attributes = vec![
        ("certification".into(), "ISO 9001 & 14001".into()),
        ("web".into(), "https://example.org/?a=1&b='2'".into()),
    ];
    let mut b = actor(
        "izmir-tech",
        "İzmir <Tech> 🚀 Ltd.\u{1}",
        ActorKind::Supplier,
        &["make"],
    );
    b.locality = Locality::National;
    b.employees = Some(8);
    b.attributes = vec![("certification".into(), "none".into())];
    let mut c = actor(
        "formula",
        "=HYPERLINK(\"http://x\",\"y\")",
        ActorKind::University,
        &["research"],
    );
    c.locality = Locality::International;
    let mut supply = Relation::new(0, 1, RelationKind::Supply, 4);
    supply.volume = Some(1234.5);
    supply.note = "since 2019 & \"ongoing\"".into();
    supply.attributes = vec![("contract".into(), "frame <2y>".into())];
    let mut other = Relation::new(2, 0, RelationKind::Other, 2);
    other.label = "presented at".into();
    other.weight = Some(40.0);
    let knowledge = Relation::new(2, 1, RelationKind::Knowledge, 5);
    Dataset {
        meta: clustermap::model::Meta {
            name: "Test <cluster> & co".into(),
            ..Default::default()
        },
        stages: vec![
            stage("design", "Design & R&D", Band::Core),
            stage("make", "Making \"things\"", Band::Core),
            stage("research", "Research <lab>", Band::Support),
        ],
        actors: vec![a, b, c],
        relations: vec![supply, other, knowledge],
        sourcing: Vec::new(),
    }
}

/// Actors, relations and the stages actors are in compare equal; the
/// control character of a name comes back as U+FFFD (XML cannot hold it).
fn assert_same(name: &str, original: &Dataset, back: &Dataset) {
    assert_eq!(back.actors.len(), original.actors.len(), "{name}: actors");
    assert_eq!(
        back.relations.len(),
        original.relations.len(),
        "{name}: relations"
    );
    for a in &original.actors {
        let i = back
            .actor_index(&a.id)
            .unwrap_or_else(|| panic!("{name}: {} missing", a.id));
        let mut expected = a.clone();
        expected.name = a
            .name
            .chars()
            .map(|c| if c < ' ' { '\u{fffd}' } else { c })
            .collect::<String>()
            .trim()
            .to_string();
        assert_eq!(back.actors[i], expected, "{name}: actor {}", a.id);
        for s in &a.stages {
            let want = original.stages.iter().find(|x| &x.id == s);
            let got = back.stages.iter().find(|x| &x.id == s);
            assert_eq!(got, want, "{name}: stage {s}");
        }
    }
    let key = |d: &Dataset, r: &Relation| {
        (
            d.actors[r.source].id.clone(),
            d.actors[r.target].id.clone(),
            r.kind_label().to_string(),
        )
    };
    for r in &original.relations {
        let found = back
            .relations
            .iter()
            .find(|b| key(back, b) == key(original, r))
            .unwrap_or_else(|| panic!("{name}: relation {:?} missing", key(original, r)));
        assert_eq!(found.kind, r.kind, "{name}");
        assert_eq!(found.strength, r.strength, "{name}");
        assert_eq!(found.label, r.label, "{name}");
        assert_eq!(found.volume, r.volume, "{name}");
        assert_eq!(found.weight, r.weight, "{name}");
        assert_eq!(found.note, r.note, "{name}");
        assert_eq!(found.attributes, r.attributes, "{name}");
    }
}

#[test]
fn sample_round_trips_through_gexf_and_graphml() {
    let d = sample::dataset();
    let l = layout(&d);
    let off = Disclosure::default();
    let g = gexf(&d, &l, Lang::En, &off);
    assert_same("sample.gexf", &d, &reload("sample.gexf", &g));
    let m = graphml(&d, &l, Lang::En, &off);
    assert_same("sample.graphml", &d, &reload("sample.graphml", &m));
    // Stages come back in chain order, with band and translations.
    let back = reload("sample.gexf", &g);
    let used: Vec<&Stage> = d
        .stages
        .iter()
        .filter(|s| d.actors.iter().any(|a| a.stages.contains(&s.id)))
        .collect();
    assert_eq!(back.stages.iter().collect::<Vec<_>>(), used);
}

#[test]
fn odd_characters_and_extra_attributes_round_trip() {
    let d = odd_dataset();
    let l = layout(&d);
    let off = Disclosure::default();
    let g = gexf(&d, &l, Lang::En, &off);
    assert!(g.contains("label=\"Müller &amp; Söhne &quot;GmbH&quot; &lt;Werk 2&gt;\""));
    assert!(g.contains("value=\"Line one&#10;line two&#9;with tab\""));
    assert!(!g.contains('\u{1}'));
    assert_same("odd.gexf", &d, &reload("odd.gexf", &g));
    let m = graphml(&d, &l, Lang::En, &off);
    assert_same("odd.graphml", &d, &reload("odd.graphml", &m));
}

#[test]
fn gexf_carries_the_views_drawing() {
    let d = sample::dataset();
    let l = layout(&d);
    let g = gexf(&d, &l, Lang::En, &Disclosure::default());
    let doc = occurrences(&g, "<viz:position ");
    assert_eq!(doc, d.actors.len());
    assert_eq!(occurrences(&g, "<viz:thickness "), d.relations.len());
    // The first actor sits where the map draws it (y up in Gephi), in
    // the map's colour for its kind.
    let node = l.node_of(0).expect("first actor drawn");
    let style = clustermap::layout::style::MapStyle::STANDARD;
    let fill = style.fill(d.actors[0].kind, node.group);
    let hex = |i: usize| u8::from_str_radix(&fill[1 + 2 * i..3 + 2 * i], 16).unwrap();
    let first = g
        .split("<node id=\"egekomp\"")
        .nth(1)
        .and_then(|rest| rest.split("</node>").next())
        .expect("egekomp node");
    assert!(
        first.contains(&format!("x=\"{}\" y=\"{}\"", node.x, -node.y)),
        "{first}"
    );
    assert!(first.contains(&format!(
        "r=\"{}\" g=\"{}\" b=\"{}\"",
        hex(0),
        hex(1),
        hex(2)
    )));
    // Supply is directed, the others are not.
    assert!(g.contains("type=\"directed\" weight=\"4\" kind=\"supply\""));
    assert!(g.contains("type=\"undirected\""));
}

fn occurrences(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

#[test]
fn anonymised_graph_files_hold_codes_and_bands_only() {
    let d = sample::dataset();
    let l = layout(&d);
    let anon = Disclosure::new(&d, Privacy::ANONYMISED);
    for (name, text) in [
        ("anon.gexf", gexf(&d, &l, Lang::En, &anon)),
        ("anon.graphml", graphml(&d, &l, Lang::En, &anon)),
    ] {
        for a in d.actors.iter().filter(|a| a.kind.is_operator()) {
            assert!(!text.contains(&a.name), "{name}: {}", a.name);
            assert!(!text.contains(&format!("\"{}\"", a.id)), "{name}: {}", a.id);
            assert!(
                a.district.is_empty() || !text.contains(&a.district),
                "{name}: {}",
                a.district
            );
        }
        let back = reload(name, &text);
        assert_eq!(back.actors.len(), d.actors.len(), "{name}");
        assert_eq!(back.relations.len(), d.relations.len(), "{name}");
        for (i, a) in back.actors.iter().enumerate() {
            assert!(
                a.id.starts_with('S') && anon.actor_of(&d, &a.id).is_some(),
                "{name}: {} {i}",
                a.id
            );
        }
        // Head counts are bands ("10–49"), never the figure.
        assert!(text.contains("10–49"), "{name}");
        assert!(
            !text.contains(">28<") && !text.contains("value=\"28\""),
            "{name}"
        );
    }
}

/// The cells of a CSV export, split as Excel in that locale splits them.
fn cells(csv_text: &str, separator: u8) -> Vec<Vec<String>> {
    let body = csv_text
        .strip_prefix('\u{feff}')
        .expect("UTF-8 BOM for Excel");
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn german_and_turkish_csv_split_at_semicolons_with_decimal_commas() {
    let d = odd_dataset();
    let report = ClusterReport::build(&d, &Default::default());
    let off = Disclosure::default();
    for lang in [Lang::De, Lang::Tr] {
        let text = actors_csv_in(&d, &report, lang, &off, CsvForm::Localised);
        let rows = cells(&text, b';');
        assert_eq!(rows.len(), d.actors.len() + 1, "{lang:?}");
        // Every row has the header's width: nothing was split inside a cell.
        assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{lang:?}");
        assert_eq!(rows[0][0], lang.text(ExportMsg::ColId));
        assert_eq!(rows[0][2], lang.text(ExportMsg::ColKind));
        assert_eq!(rows[0][6], lang.text(ExportMsg::ColExportShare));
        let m = &rows[1];
        assert_eq!(m[1], "Müller & Söhne \"GmbH\" <Werk 2>");
        assert_eq!(m[2], actor_kind(lang, ActorKind::Firm));
        assert_eq!(m[3], stage_name(lang, &d.stages[0]));
        assert_eq!(m[4], locality(lang, Locality::Local));
        assert_eq!(m[5], "1250");
        assert_eq!(m[6], "12,5");
        // Betweenness and closeness: six decimals after a comma.
        for cell in [&m[11], &m[12]] {
            assert!(
                cell.len() == 8 && cell.as_bytes()[1] == b',' && !cell.contains('.'),
                "{lang:?}: {cell}"
            );
        }
        // A comma-separated reading sees the decimal commas, not columns.
        assert!(text.lines().nth(1).unwrap_or_default().contains(";12,5;"));

        let stages = stages_csv_in(&d, &report, lang, &off, CsvForm::Localised);
        let rows = cells(&stages, b';');
        assert_eq!(rows.len(), d.stages.len() + 1);
        assert_eq!(rows[0][8], lang.text(ExportMsg::ColMissing));
        let yes_no = [lang.text(ExportMsg::Yes), lang.text(ExportMsg::No)];
        assert!(rows[1..].iter().all(|r| yes_no.contains(&r[8].as_str())));
        assert!(rows[1..]
            .iter()
            .all(|r| !r[7].contains('.') && r[7].contains(',')));
    }
}

#[test]
fn english_csv_uses_commas_and_points_and_the_script_form_codes() {
    let d = odd_dataset();
    let report = ClusterReport::build(&d, &Default::default());
    let off = Disclosure::default();
    let en = cells(
        &actors_csv_in(&d, &report, Lang::En, &off, CsvForm::Localised),
        b',',
    );
    assert_eq!(&en[0][..3], ["ID", "Name", "Kind"]);
    assert_eq!(en[1][2], "Firm");
    assert_eq!(en[1][6], "12.5");
    // For scripts: codes and a point whatever the language.
    let plain = actors_csv_in(&d, &report, Lang::De, &off, CsvForm::Canonical);
    let rows = cells(&plain, b',');
    assert_eq!(&rows[0][..4], ["id", "name", "kind", "stage"]);
    assert_eq!(&rows[1][2..5], ["firm", "design", "local"]);
    assert_eq!(rows[1][6], "12.5");
    assert_eq!(rows[1][14], "ISO 9001 & 14001");
    let stages = cells(
        &stages_csv_in(&d, &report, Lang::Tr, &off, CsvForm::Canonical),
        b',',
    );
    assert_eq!(stages[0][0], "stage_id");
    assert!(stages[1..]
        .iter()
        .all(|r| r[8] == "true" || r[8] == "false"));
}

#[test]
fn a_formula_name_comes_out_as_text_in_every_csv_form() {
    let d = odd_dataset();
    let report = ClusterReport::build(&d, &Default::default());
    let off = Disclosure::default();
    for (lang, form, separator) in [
        (Lang::En, CsvForm::Canonical, b','),
        (Lang::En, CsvForm::Localised, b','),
        (Lang::De, CsvForm::Localised, b';'),
        (Lang::Tr, CsvForm::Localised, b';'),
    ] {
        let text = actors_csv_in(&d, &report, lang, &off, form);
        let rows = cells(&text, separator);
        let row = rows
            .iter()
            .find(|r| r[0] == "formula")
            .expect("the formula actor");
        assert_eq!(
            row[1], "'=HYPERLINK(\"http://x\",\"y\")",
            "{lang:?} {form:?}"
        );
        assert!(
            rows.iter().flatten().all(|c| !c.starts_with('=')),
            "{lang:?} {form:?}"
        );
    }
}
