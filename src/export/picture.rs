//! A picture of the map as one self-contained SVG document: the current
//! view's geometry (from [`crate::layout`]) drawn with the app's
//! [`MapStyle`], under a title and above a legend and a caption, all in the
//! UI language.
//!
//! It is built from the layout, not copied from the page, so maps the page
//! draws on a canvas (1,000+ actors) come out the same way. Every style is
//! an inline presentation attribute and every font a generic family: the
//! file opens alike in a browser, in Inkscape and in a word processor, and
//! fetches nothing.

use std::fmt::Write;

use crate::analysis::ClusterReport;
use crate::i18n::{actor_kind, relation_kind, Lang, Msg, ReportMsg as R};
use crate::layout::style::{MapStyle, SvgShape};
use crate::layout::text::{text_width, wrap};
use crate::layout::{bundle_edges, BandRow, MapLayout};
use crate::model::{ActorKind, Dataset, RelationKind};
use crate::view::{MapMode, Visibility};

/// Font stack of the picture: common sans-serif faces, then the generic
/// family, so no font has to be embedded or fetched.
pub const FONT_FAMILY: &str = "'DejaVu Sans', Arial, Helvetica, sans-serif";

const MARGIN: f64 = 16.0;
const TITLE_HEIGHT: f64 = 40.0;
const LEGEND_FONT: f64 = 11.0;
const LEGEND_ROW: f64 = 18.0;
const CAPTION_FONT: f64 = 10.5;
const CAPTION_ROW: f64 = 15.0;
/// Narrow maps are centred on a sheet at least this wide, so the legend
/// and caption keep readable lines.
const MIN_WIDTH: f64 = 640.0;
const GAP: &str = "#b3261e";
const MUTED: &str = "#5b6776";
const LINE: &str = "#d5dbe3";
const BADGE: &str = "#0b7a3e";

/// What a picture shows.
pub struct Picture<'a> {
    /// The geometry of the view, as the map draws it.
    pub layout: &'a MapLayout,
    /// The data as the map draws it: while anonymised the masked copy, so
    /// names and ids are codes.
    pub dataset: &'a Dataset,
    /// What the filters leave; indices as in `dataset`.
    pub visibility: &'a Visibility,
    /// The figures behind the findings drawn on the value-chain map.
    pub analysis: &'a ClusterReport,
    pub mode: MapMode,
    pub lang: Lang,
    pub style: &'a MapStyle,
    /// Names are codes: the caption says so.
    pub anonymised: bool,
}

/// Width and height of a picture in SVG user units (= CSS pixels at 1x).
pub fn picture_size(p: &Picture) -> (f64, f64) {
    let (width, legend) = measure(p);
    let caption = caption_lines(p, width - 2.0 * MARGIN);
    (width, height_of(p.layout, legend.len(), caption.len()))
}

fn height_of(layout: &MapLayout, legend_rows: usize, caption_rows: usize) -> f64 {
    TITLE_HEIGHT
        + layout.height
        + 12.0
        + legend_rows as f64 * LEGEND_ROW
        + 8.0
        + caption_rows as f64 * CAPTION_ROW
        + MARGIN
}

/// Legend entries by row, each with its x offset.
type LegendRows = Vec<Vec<(f64, LegendItem)>>;

/// Sheet width and the legend laid out in rows.
fn measure(p: &Picture) -> (f64, LegendRows) {
    let width = (p.layout.width + 2.0 * MARGIN).max(MIN_WIDTH).ceil();
    let rows = legend_rows(&legend_items(p), width - 2.0 * MARGIN);
    (width, rows)
}

/// The picture as an SVG document.
pub fn picture_svg(p: &Picture) -> String {
    let (width, legend) = measure(p);
    let caption = caption_lines(p, width - 2.0 * MARGIN);
    let height = height_of(p.layout, legend.len(), caption.len());
    let l = p.layout;
    let lang = p.lang;
    let title = title_of(p);
    let mut s = String::with_capacity(4096 + 400 * l.nodes.len() + 200 * l.edges.len());
    let _ = write!(
        s,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT_FAMILY}" lang="{code}" data-view="{view}">
<title>{t}</title>
<desc>{d}</desc>
<rect class="sheet" x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>
<text x="{MARGIN}" y="27" font-size="18" font-weight="700" fill="{ink}">{t}</text>
"##,
        w = num(width),
        h = num(height),
        code = lang.code(),
        view = p.mode.token(),
        t = esc(&title),
        d = esc(&caption.join(" ")),
        ink = p.style.ink,
    );
    markers(&mut s, p.style);
    let dx = ((width - l.width) / 2.0).max(MARGIN);
    let _ = writeln!(
        s,
        r#"<g class="map" transform="translate({} {TITLE_HEIGHT})">"#,
        num(dx)
    );
    graticule(&mut s, l);
    bands(&mut s, l, lang);
    columns(&mut s, p);
    segments(&mut s, p);
    findings(&mut s, p);
    relations(&mut s, p);
    actors(&mut s, p);
    s.push_str("</g>\n");
    let mut y = TITLE_HEIGHT + l.height + 12.0;
    legend_svg(&mut s, p, &legend, y);
    y += legend.len() as f64 * LEGEND_ROW + 8.0;
    for (i, line) in caption.iter().enumerate() {
        let _ = writeln!(
            s,
            r#"<text class="caption" x="{MARGIN}" y="{}" font-size="{CAPTION_FONT}" fill="{MUTED}">{}</text>"#,
            num(y + 11.0 + i as f64 * CAPTION_ROW),
            esc(line)
        );
    }
    s.push_str("</svg>\n");
    s
}

/// "Value-chain map: İzmir ICT cluster".
pub fn title_of(p: &Picture) -> String {
    let view = match p.mode {
        MapMode::ValueChain => Msg::MapLabel,
        MapMode::Network => Msg::NetworkLabel,
        MapMode::Geographic => Msg::GeoLabel,
    };
    let name = p.dataset.meta.name.trim();
    if name.is_empty() {
        p.lang.text(view).to_string()
    } else {
        format!("{}: {name}", p.lang.text(view))
    }
}

/// The caption's parts: cluster, region, survey date, actors shown, the
/// anonymised note and "made with clustermap".
pub fn caption_parts(p: &Picture) -> Vec<String> {
    let lang = p.lang;
    let m = &p.dataset.meta;
    let mut parts: Vec<String> = [m.name.trim(), m.region.trim()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    if !m.survey_date.trim().is_empty() {
        parts.push(lang.format(
            R::CaptionSurvey,
            &[("date", m.survey_date.trim().to_string())],
        ));
    }
    parts.push(lang.format(R::CaptionActors, &[("n", shown_actors(p).to_string())]));
    if p.anonymised {
        parts.push(lang.text(R::CaptionAnonymised).to_string());
    }
    parts.push(lang.text(R::CaptionMadeWith).to_string());
    parts
}

fn caption_lines(p: &Picture, max_width: f64) -> Vec<String> {
    wrap(&caption_parts(p).join(" · "), CAPTION_FONT, max_width, 4)
}

/// Actors the picture draws: placed by the layout and left by the filters.
pub fn shown_actors(p: &Picture) -> usize {
    p.layout
        .nodes
        .iter()
        .filter(|n| p.visibility.actor(n.actor))
        .count()
}

/// Escapes text for XML and drops the control characters XML 1.0 does not
/// allow, so a name typed with a stray control code cannot break the file.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A coordinate with at most one decimal, without "-0" or "NaN".
fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        "0".into()
    } else if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

fn markers(s: &mut String, style: &MapStyle) {
    s.push_str("<defs>\n");
    for k in RelationKind::ALL.iter().filter(|k| k.is_directed()) {
        let _ = writeln!(
            s,
            r#"<marker id="arrow-{t}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>"#,
            t = k.token(),
            c = style.relation_colour(*k)
        );
    }
    s.push_str("</defs>\n");
}

fn graticule(s: &mut String, l: &MapLayout) {
    for g in &l.graticule {
        let _ = writeln!(
            s,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#dfe5ec" stroke-width="1"/><text x="{}" y="{}" font-size="10" fill="#8a96a5">{}</text>"##,
            num(g.from.0),
            num(g.from.1),
            num(g.to.0),
            num(g.to.1),
            num(g.at.0),
            num(g.at.1),
            esc(&g.label)
        );
    }
}

fn band_msg(row: BandRow) -> Msg {
    match row {
        BandRow::Outside => Msg::BandOutside,
        BandRow::Operators => Msg::BandOperators,
        BandRow::Support => Msg::BandSupport,
        BandRow::Enabling => Msg::BandEnabling,
    }
}

fn bands(s: &mut String, l: &MapLayout, lang: Lang) {
    for b in &l.bands {
        let (fill, dash) = match b.row {
            BandRow::Outside => ("#f1f1f1", r#" stroke-dasharray="4 3""#),
            BandRow::Operators => ("#f7f9fb", ""),
            BandRow::Support => ("#f3f8f4", ""),
            BandRow::Enabling => ("#f6f3fa", ""),
        };
        let _ = writeln!(
            s,
            r#"<rect x="2" y="{}" width="{}" height="{}" rx="6" fill="{fill}" stroke="{LINE}"{dash}/>"#,
            num(b.y + 2.0),
            num(l.width - 4.0),
            num(b.height - 4.0)
        );
        // Rotated in the gutter, as on the page.
        let lines = wrap(lang.text(band_msg(b.row)), 10.0, b.height - 10.0, 2);
        let cx = if lines.len() > 1 { 10.0 } else { 15.0 };
        let cy = b.y + b.height / 2.0;
        let _ = write!(
            s,
            r#"<text font-size="10" font-weight="600" fill="{MUTED}" text-anchor="middle" transform="rotate(-90 {cx} {cy})">"#,
            cy = num(cy)
        );
        for (i, line) in lines.iter().enumerate() {
            let _ = write!(
                s,
                r#"<tspan x="{cx}" y="{}">{}</tspan>"#,
                num(cy + 4.0 + i as f64 * 11.0),
                esc(line)
            );
        }
        s.push_str("</text>\n");
    }
}

fn columns(s: &mut String, p: &Picture) {
    let l = p.layout;
    let lang = p.lang;
    let ops = l.bands.iter().find(|b| b.row == BandRow::Operators);
    for c in &l.columns {
        let (fill, stroke, ink) = if c.missing {
            (
                "#fdecea",
                format!(r#" stroke="{GAP}" stroke-dasharray="5 4""#),
                GAP,
            )
        } else {
            ("#e8eef5", String::new(), p.style.ink)
        };
        let _ = writeln!(
            s,
            r#"<rect class="stage-header" x="{}" y="4" width="{}" height="{}" rx="6" fill="{fill}"{stroke}/>"#,
            num(c.x + 3.0),
            num(c.width - 6.0),
            num(l.header_height - 8.0)
        );
        let x_mid = c.x + c.width / 2.0;
        let _ = write!(
            s,
            r#"<text font-size="{}" font-weight="600" fill="{ink}" text-anchor="middle">"#,
            num(l.header_font)
        );
        for (i, line) in c.header.iter().enumerate() {
            let _ = write!(
                s,
                r#"<tspan x="{}" y="{}">{}</tspan>"#,
                num(x_mid),
                num(16.0 + l.header_font + i as f64 * (l.header_font + 3.0)),
                esc(line)
            );
        }
        s.push_str("</text>\n");
        if c.missing {
            let (y, h) = ops.map_or((l.header_height, 100.0), |b| (b.y, b.height));
            let _ = writeln!(
                s,
                r#"<rect class="gap-marker" x="{}" y="{}" width="{}" height="{}" rx="8" fill="none" stroke="{GAP}" stroke-width="2" stroke-dasharray="7 5"/><text x="{}" y="{}" font-size="13" font-style="italic" fill="{GAP}" text-anchor="middle">{}</text>"#,
                num(c.x + 6.0),
                num(y + 6.0),
                num(c.width - 12.0),
                num(h - 12.0),
                num(x_mid),
                num(y + h / 2.0),
                esc(lang.text(Msg::MissingLocally))
            );
        }
    }
}

fn segments(s: &mut String, p: &Picture) {
    for g in &p.layout.segments {
        let stroke = if g.missing {
            format!(r#"stroke="{GAP}" stroke-width="2" stroke-dasharray="7 5""#)
        } else {
            format!(r#"stroke="{LINE}" stroke-dasharray="3 3""#)
        };
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="none" {stroke}/><text x="{}" y="{}" font-size="11" font-weight="600" fill="{MUTED}">{}</text>"#,
            num(g.x),
            num(g.y),
            num(g.width),
            num(g.height),
            num(g.x + 8.0),
            num(g.y + 15.0),
            esc(&g.label)
        );
        if g.missing {
            let _ = writeln!(
                s,
                r#"<text class="gap-marker" x="{}" y="{}" font-size="11" font-style="italic" fill="{GAP}" text-anchor="end">{}</text>"#,
                num(g.x + g.width - 8.0),
                num(g.y + 15.0),
                esc(p.lang.text(Msg::MissingLocally))
            );
        }
    }
}

/// Rank badges of the first five opportunities and breaks between stages
/// with no local flow, where the page marks them.
fn findings(s: &mut String, p: &Picture) {
    let l = p.layout;
    if l.columns.is_empty() {
        return;
    }
    let column_of = |stage: usize| l.columns.iter().find(|c| c.stage == stage);
    if let Some(band) = l.bands.iter().find(|b| b.row == BandRow::Operators) {
        for b in &p.analysis.broken_links {
            let (Some(left), Some(right)) = (column_of(b.from_stage), column_of(b.to_stage)) else {
                continue;
            };
            let x = (left.x + left.width + right.x) / 2.0;
            let _ = writeln!(
                s,
                r##"<g class="broken-link"><line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{GAP}" stroke-width="2.5" stroke-dasharray="6 4"/><text x="{x}" y="{}" font-size="16" font-weight="700" fill="{GAP}" stroke="#ffffff" stroke-width="4" paint-order="stroke" text-anchor="middle">×</text></g>"##,
                num(band.y + 8.0),
                num(band.y + band.height - 8.0),
                num(band.y + band.height / 2.0),
                x = num(x)
            );
        }
    }
    for (rank, o) in p.analysis.opportunities.iter().enumerate().take(5) {
        let Some(c) = column_of(o.stage) else {
            continue;
        };
        let (cx, cy) = (c.x + c.width - 9.0, 7.0);
        let _ = writeln!(
            s,
            r##"<g class="opportunity-badge"><circle cx="{x}" cy="{cy}" r="8" fill="{BADGE}" stroke="#ffffff" stroke-width="2"/><text x="{x}" y="{}" font-size="10" font-weight="700" fill="#ffffff" text-anchor="middle">{}</text></g>"##,
            num(cy + 3.5),
            rank + 1,
            x = num(cx)
        );
    }
}

fn relations(s: &mut String, p: &Picture) {
    let l = p.layout;
    s.push_str(r#"<g class="relations" fill="none">"#);
    s.push('\n');
    if l.dense {
        // Dense maps show relations bundled by stage pair, as on the page.
        for b in bundle_edges(l, p.dataset, &p.visibility.relations) {
            let _ = writeln!(
                s,
                r#"<path d="M{},{} Q{},{} {},{}" stroke="{}" stroke-width="{:.2}" stroke-opacity="0.35" fill="none"/>"#,
                num(b.from.0),
                num(b.from.1),
                num(b.ctrl.0),
                num(b.ctrl.1),
                num(b.to.0),
                num(b.to.1),
                p.style.relation_colour(b.kind),
                b.width
            );
        }
    } else {
        for e in &l.edges {
            let Some(rel) = p.dataset.relations.get(e.relation) else {
                continue;
            };
            if !p.visibility.relation(e.relation) {
                continue;
            }
            let stroke = p.style.relation(rel.kind, rel.strength);
            let marker = if rel.kind.is_directed() {
                format!(r#" marker-end="url(#arrow-{})""#, rel.kind.token())
            } else {
                String::new()
            };
            let dash = if rel.kind == RelationKind::Other {
                r#" stroke-dasharray="2 3""#
            } else {
                ""
            };
            let _ = writeln!(
                s,
                r#"<path d="{}" stroke="{}" stroke-width="{:.2}" stroke-opacity="0.45"{dash}{marker}/>"#,
                esc(&e.d),
                stroke.colour,
                stroke.width
            );
        }
    }
    s.push_str("</g>\n");
}

fn actors(s: &mut String, p: &Picture) {
    let style = p.style;
    let lang = p.lang;
    s.push_str("<g class=\"actors\">\n");
    let mut labels = String::new();
    for n in &p.layout.nodes {
        let Some(a) = p.dataset.actors.get(n.actor) else {
            continue;
        };
        if !p.visibility.actor(n.actor) {
            continue;
        }
        let symbol = style.symbol(n, a.kind);
        let rim = if a.is_local() {
            format!(
                r#"stroke="{}" stroke-width="{}""#,
                style.outline.colour, style.outline.width
            )
        } else {
            format!(
                r#"stroke="{}" stroke-width="{}" stroke-dasharray="3 2" fill-opacity="0.55""#,
                style.outside.colour, style.outside.width
            )
        };
        let shape = match symbol.svg() {
            SvgShape::Circle { cx, cy, r } => format!(
                r#"<circle cx="{}" cy="{}" r="{}" fill="{}" {rim}/>"#,
                num(cx),
                num(cy),
                num(r),
                symbol.fill
            ),
            SvgShape::Rect {
                x,
                y,
                width,
                height,
                rx,
            } => format!(
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{}" {rim}/>"#,
                num(x),
                num(y),
                num(width),
                num(height),
                num(rx),
                symbol.fill
            ),
        };
        let _ = writeln!(
            s,
            r#"<g class="actor" data-actor="{}" data-kind="{}"><title>{} ({})</title>{shape}</g>"#,
            esc(&a.id),
            a.kind.token(),
            esc(&a.name),
            esc(actor_kind(lang, a.kind))
        );
        if !n.label.is_empty() {
            // Labels above every symbol, so a neighbour's circle never covers one.
            let _ = writeln!(
                labels,
                r##"<text x="{}" y="{}" font-size="{}" fill="{}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" text-anchor="middle">{}</text>"##,
                num(n.x),
                num(n.label_y),
                num(p.layout.label_font),
                style.ink,
                esc(&n.label)
            );
        }
    }
    s.push_str("</g>\n<g class=\"labels\">\n");
    s.push_str(&labels);
    s.push_str("</g>\n");
}

/// One legend entry's swatch and text.
#[derive(Debug, Clone)]
enum Swatch {
    Kind(ActorKind),
    Groups,
    Relation(RelationKind),
    Outside,
    Missing,
    Broken,
    Rank,
    Text,
}

#[derive(Debug, Clone)]
struct LegendItem {
    swatch: Swatch,
    text: String,
}

/// The legend of what the picture shows: the kinds of actors and relations
/// present among the shown ones, and the marks of the view.
fn legend_items(p: &Picture) -> Vec<LegendItem> {
    let lang = p.lang;
    let d = p.dataset;
    let item = |swatch, text: &str| LegendItem {
        swatch,
        text: text.to_string(),
    };
    let mut out = vec![item(Swatch::Text, lang.text(Msg::Legend))];
    let network = p.mode == MapMode::Network;
    if network {
        let msg = if p.analysis.network.ready {
            Msg::LegendGroups
        } else {
            Msg::LegendGroupsByStage
        };
        out.push(item(Swatch::Groups, lang.text(msg)));
    }
    let shown = |i: usize| p.visibility.actor(i);
    for k in ActorKind::ALL {
        if d.actors
            .iter()
            .enumerate()
            .any(|(i, a)| a.kind == *k && shown(i))
        {
            out.push(item(Swatch::Kind(*k), actor_kind(lang, *k)));
        }
    }
    for k in RelationKind::ALL {
        if d.relations
            .iter()
            .enumerate()
            .any(|(i, r)| r.kind == *k && p.visibility.relation(i))
        {
            out.push(item(Swatch::Relation(*k), relation_kind(lang, *k)));
        }
    }
    if d.actors
        .iter()
        .enumerate()
        .any(|(i, a)| !a.is_local() && shown(i))
    {
        out.push(item(Swatch::Outside, lang.text(Msg::BandOutside)));
    }
    if p.mode == MapMode::ValueChain {
        let l = p.layout;
        if l.columns.iter().any(|c| c.missing) || l.segments.iter().any(|s| s.missing) {
            out.push(item(Swatch::Missing, lang.text(Msg::MissingLocally)));
        }
        if !p.analysis.broken_links.is_empty() {
            out.push(item(Swatch::Broken, lang.text(Msg::LegendBrokenLink)));
        }
        if !p.analysis.opportunities.is_empty() {
            out.push(item(Swatch::Rank, lang.text(Msg::LegendOpportunity)));
        }
    }
    if p.mode == MapMode::Geographic {
        out.push(item(Swatch::Text, lang.text(Msg::GeoAbroad)));
    }
    out.push(item(Swatch::Text, lang.text(Msg::LegendSize)));
    out
}

fn item_width(item: &LegendItem) -> f64 {
    let swatch = match item.swatch {
        Swatch::Text => 0.0,
        Swatch::Groups => 52.0,
        _ => 20.0,
    };
    swatch + text_width(&item.text, LEGEND_FONT) + 14.0
}

/// Flows the legend into rows no wider than `max_width`, each item with
/// its x offset.
fn legend_rows(items: &[LegendItem], max_width: f64) -> LegendRows {
    let mut rows: LegendRows = Vec::new();
    let mut x = 0.0;
    for item in items {
        let w = item_width(item);
        if rows.is_empty() || (x + w > max_width && x > 0.0) {
            rows.push(Vec::new());
            x = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push((x, item.clone()));
        }
        x += w;
    }
    rows
}

fn legend_svg(s: &mut String, p: &Picture, rows: &[Vec<(f64, LegendItem)>], top: f64) {
    let style = p.style;
    s.push_str("<g class=\"legend\">\n");
    for (r, row) in rows.iter().enumerate() {
        let y = top + r as f64 * LEGEND_ROW + 12.0;
        for (dx, item) in row {
            let x = MARGIN + dx;
            let mid = y - 4.0;
            let (swatch, text_x) = match item.swatch {
                Swatch::Text => (String::new(), x),
                Swatch::Kind(k) => {
                    // The network view colours by group: kinds show by shape only.
                    let fill = if p.mode == MapMode::Network {
                        MUTED
                    } else {
                        style.kind_colour(k)
                    };
                    let shape = if k.is_operator() {
                        format!(
                            r#"<circle cx="{}" cy="{}" r="6" fill="{fill}"/>"#,
                            num(x + 6.0),
                            num(mid)
                        )
                    } else {
                        format!(
                            r#"<rect x="{}" y="{}" width="11" height="11" rx="2" fill="{fill}"/>"#,
                            num(x + 0.5),
                            num(mid - 5.5)
                        )
                    };
                    (shape, x + 17.0)
                }
                Swatch::Groups => {
                    let dots: String = (0..6)
                        .map(|g| {
                            format!(
                                r#"<circle cx="{}" cy="{}" r="4" fill="{}"/>"#,
                                num(x + 4.0 + g as f64 * 8.0),
                                num(mid),
                                style.group_colour(g)
                            )
                        })
                        .collect();
                    (dots, x + 52.0)
                }
                Swatch::Relation(k) => (
                    format!(
                        r#"<line x1="{}" y1="{m}" x2="{}" y2="{m}" stroke="{}" stroke-width="3"/>"#,
                        num(x),
                        num(x + 14.0),
                        style.relation_colour(k),
                        m = num(mid)
                    ),
                    x + 19.0,
                ),
                Swatch::Outside => (
                    format!(
                        r##"<circle cx="{}" cy="{}" r="5.5" fill="#999999" fill-opacity="0.55" stroke="{}" stroke-width="1.5" stroke-dasharray="3 2"/>"##,
                        num(x + 6.0),
                        num(mid),
                        style.outside.colour
                    ),
                    x + 17.0,
                ),
                Swatch::Missing => (
                    format!(
                        r#"<rect x="{}" y="{}" width="12" height="11" fill="none" stroke="{GAP}" stroke-width="2" stroke-dasharray="3 2"/>"#,
                        num(x),
                        num(mid - 5.5)
                    ),
                    x + 17.0,
                ),
                Swatch::Broken => (
                    format!(
                        r#"<line x1="{m}" y1="{}" x2="{m}" y2="{}" stroke="{GAP}" stroke-width="2.5" stroke-dasharray="3 2"/>"#,
                        num(mid - 6.0),
                        num(mid + 6.0),
                        m = num(x + 6.0)
                    ),
                    x + 17.0,
                ),
                Swatch::Rank => (
                    format!(
                        r##"<circle cx="{cx}" cy="{}" r="7" fill="{BADGE}"/><text x="{cx}" y="{}" font-size="9" font-weight="700" fill="#ffffff" text-anchor="middle">1</text>"##,
                        num(mid),
                        num(mid + 3.2),
                        cx = num(x + 7.0)
                    ),
                    x + 19.0,
                ),
            };
            let weight = if r == 0 && *dx == 0.0 {
                r#" font-weight="700""#
            } else {
                ""
            };
            let _ = writeln!(
                s,
                r#"{swatch}<text x="{}" y="{}" font-size="{LEGEND_FONT}" fill="{MUTED}"{weight}>{}</text>"#,
                num(text_x),
                num(y),
                esc(&item.text)
            );
        }
    }
    s.push_str("</g>\n");
}

/// The widest and narrowest side of a PNG: every current browser's canvas
/// holds 16,000 pixels a side.
pub const MAX_SIDE: f64 = 16_000.0;
pub const MIN_SIDE: f64 = 100.0;

/// Pixel size of the PNG: `scale` times the picture, or `width` pixels
/// wide; each side kept within what a canvas can hold.
pub fn png_size(picture: (f64, f64), scale: Option<f64>, width: f64) -> (u32, u32) {
    let (w, h) = picture;
    let target = match scale {
        Some(s) => w * s,
        None => width,
    };
    let mut k = target.clamp(MIN_SIDE, MAX_SIDE) / w.max(1.0);
    if h * k > MAX_SIDE {
        k = MAX_SIDE / h.max(1.0);
    }
    ((w * k).round() as u32, (h * k).round().max(1.0) as u32)
}
