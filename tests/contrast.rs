//! WCAG 2.1 contrast of every legend colour against what it is drawn on
//! (issue 16): marks (actor symbols, relation lines, group dots, focus and
//! highlight rings, gap outlines) at least 3:1 (1.4.11), text at least
//! 4.5:1 (1.4.3), in the page's light theme and the projector theme of the
//! presentation. Colours are read from the map style (`MapStyle`) and the
//! stylesheet itself, so a change to either is checked.

use clustermap::layout::style::{MapStyle, Mark};
use clustermap::model::{ActorKind, RelationKind};

const CSS: &str = include_str!("../style/main.css");

/// A rule: its selectors and its (property, value) declarations.
type Rule = (Vec<String>, Vec<(String, String)>);

/// The stylesheet's rules, comments removed.
fn rules() -> Vec<Rule> {
    let mut text = String::new();
    let mut rest = CSS;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].split_once("*/").map_or("", |(_, r)| r);
    }
    text.push_str(rest);
    // The themes under test are the ones outside @media blocks (forced
    // colours, print and narrow screens have rules of their own).
    let text = without_media_blocks(&text);
    let mut out = Vec::new();
    for chunk in text.split('}') {
        let Some((head, body)) = chunk.split_once('{') else {
            continue;
        };
        let selectors = head
            .split(',')
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let decls = body
            .split(';')
            .filter_map(|d| d.split_once(':'))
            .map(|(p, v)| (p.trim().to_string(), v.trim().to_string()))
            .collect();
        out.push((selectors, decls));
    }
    out
}

fn without_media_blocks(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("@media") {
        out.push_str(&rest[..start]);
        let mut depth = 0usize;
        let mut end = rest.len();
        for (i, c) in rest[start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = start + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The value the last rule naming exactly `selector` gives `prop`.
fn declared(selector: &str, prop: &str) -> Option<String> {
    rules()
        .into_iter()
        .filter(|(s, _)| s.iter().any(|s| s == selector))
        .flat_map(|(_, d)| d)
        .filter(|(p, _)| p == prop)
        .map(|(_, v)| v)
        .next_back()
}

/// A colour as the page sees it: `var(--x)` from the theme's custom
/// properties (the projector theme's `.slide`, then `:root`), else from
/// the map style's properties.
fn colour(selector: &str, prop: &str, projector: bool) -> String {
    let value = declared(selector, prop).unwrap_or_else(|| panic!("{selector} has no {prop}"));
    resolve(&value, projector)
}

fn resolve(value: &str, projector: bool) -> String {
    let Some(name) = value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) else {
        return value.to_string();
    };
    let themed = projector.then(|| declared(".slide", name)).flatten();
    if let Some(v) = themed.or_else(|| declared(":root", name)) {
        return resolve(&v, projector);
    }
    let props = MapStyle::STANDARD.css_properties();
    props
        .split(';')
        .find_map(|d| d.strip_prefix(&format!("{name}:")).map(str::to_string))
        .unwrap_or_else(|| panic!("{name} is defined nowhere"))
}

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.03928 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// Relative luminance of `#rrggbb` (or `#rgb`, or `#fff`-style words used here).
fn luminance(hex: &str) -> f64 {
    let hex = match hex {
        "white" => "ffffff",
        "black" => "000000",
        h => h.trim_start_matches('#'),
    };
    let full: String = if hex.len() == 3 {
        hex.chars().flat_map(|c| [c, c]).collect()
    } else {
        hex.to_string()
    };
    let part = |i: usize| {
        u8::from_str_radix(&full[i..i + 2], 16).unwrap_or_else(|_| panic!("not a colour: {hex}"))
    };
    0.2126 * channel(part(0)) + 0.7152 * channel(part(2)) + 0.0722 * channel(part(4))
}

/// The WCAG contrast ratio of two colours, 1 to 21.
fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_contrast_formula_gives_the_known_ratios() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#ffffff") - 4.478).abs() < 0.01);
    // The figures the issue measured on the old legend.
    assert!((contrast("#c9a227", "#ffffff") - 2.42).abs() < 0.01);
    assert!((contrast("#d9822b", "#ffffff") - 2.93).abs() < 0.01);
}

/// The surfaces map marks are drawn on: the paper and the four bands.
fn map_surfaces(projector: bool) -> Vec<(String, String)> {
    let mut out = vec![("paper".to_string(), resolve("var(--paper)", projector))];
    if projector {
        out.push(("slide".into(), colour(".slide", "background", true)));
    }
    for band in [
        ".band rect",
        ".band-outside rect",
        ".band-support rect",
        ".band-enabling rect",
    ] {
        out.push((band.to_string(), colour(band, "fill", projector)));
    }
    out
}

/// Every mark colour of the legend and the map, by name.
fn marks() -> Vec<(String, String)> {
    let style = MapStyle::STANDARD;
    let mut out = Vec::new();
    for k in ActorKind::ALL {
        out.push((
            format!("kind {}", k.token()),
            style.kind_colour(*k).to_string(),
        ));
    }
    for k in RelationKind::ALL {
        out.push((
            format!("relation {}", k.token()),
            style.relation_colour(*k).to_string(),
        ));
    }
    for (g, c) in style.groups.iter().enumerate() {
        out.push((format!("group {g}"), c.to_string()));
    }
    for m in Mark::ALL {
        out.push((
            format!("mark {}", m.token()),
            style.mark(m).colour.to_string(),
        ));
    }
    out.push((
        "gap outline".into(),
        colour(".gap-marker rect", "stroke", false),
    ));
    out.push((
        "opportunity badge".into(),
        colour(".opportunity-badge circle", "fill", false),
    ));
    out.push(("focus ring".into(), focus_ring()));
    out
}

fn focus_ring() -> String {
    let outline = declared(".map-frame:focus-visible", "outline").expect("the map's focus ring");
    resolve(outline.split_whitespace().last().unwrap_or_default(), false)
}

/// Text on its background: (what, text colour, background colour).
fn texts(projector: bool) -> Vec<(String, String, String)> {
    let p = projector;
    let paper = resolve("var(--paper)", p);
    let mut out = vec![
        (
            "page text".into(),
            resolve("var(--ink)", p),
            resolve("var(--page)", p),
        ),
        (
            "muted text on the page".into(),
            resolve("var(--muted)", p),
            resolve("var(--page)", p),
        ),
        (
            "legend text".into(),
            colour(".legend", "color", p),
            paper.clone(),
        ),
        (
            "stage title".into(),
            colour(".stage-title", "fill", p),
            colour(".stage-header", "fill", p),
        ),
        (
            "missing stage title".into(),
            colour(".stage-column.missing .stage-title", "fill", p),
            colour(".stage-column.missing .stage-header", "fill", p),
        ),
        (
            "highlighted stage title".into(),
            colour(".stage-title", "fill", p),
            colour(".stage-column.highlighted .stage-header", "fill", p),
        ),
        (
            "band label".into(),
            colour(".band-label", "fill", p),
            colour(".band-outside rect", "fill", p),
        ),
        (
            "segment label".into(),
            colour(".segment text", "fill", p),
            colour(".band rect", "fill", p),
        ),
        (
            "gap marker".into(),
            colour(".gap-marker text", "fill", p),
            colour(".band rect", "fill", p),
        ),
        (
            "graticule".into(),
            colour(".graticule text", "fill", p),
            paper.clone(),
        ),
        (
            "actor label".into(),
            colour(".actor-label", "fill", p),
            colour(".actor-label", "stroke", p),
        ),
        (
            "badge number".into(),
            colour(".opportunity-badge text", "fill", p),
            colour(".opportunity-badge circle", "fill", p),
        ),
        (
            "error status".into(),
            colour(".status-error", "color", p),
            colour(".status-error", "background", p),
        ),
        ("gap name".into(), resolve("var(--gap)", p), paper.clone()),
        (
            "thin stage".into(),
            colour(".stage-table tr.thin td:first-child", "color", p),
            paper.clone(),
        ),
        (
            "chosen column".into(),
            colour(".grid-mapping tr.decided-chosen small", "color", p),
            paper.clone(),
        ),
        ("accent".into(), resolve("var(--accent)", p), paper.clone()),
    ];
    for status in [".status-ok", ".status-info"] {
        out.push((
            status.into(),
            resolve("var(--ink)", p),
            colour(status, "background", p),
        ));
    }
    if projector {
        out.push((
            "slide text".into(),
            colour(".slide", "color", p),
            colour(".slide", "background", p),
        ));
        out.push((
            "slide number".into(),
            colour(".slide-number", "color", p),
            colour(".slide", "background", p),
        ));
        out.push((
            "slide stage title".into(),
            colour(".slide .stage-title", "fill", p),
            colour(".stage-header", "fill", p),
        ));
    }
    out
}

fn check_theme(projector: bool) -> Vec<String> {
    let mut failures = Vec::new();
    for (surface, bg) in map_surfaces(projector) {
        for (what, c) in marks() {
            let r = contrast(&c, &bg);
            if r < 3.0 {
                failures.push(format!("{what} {c} on {surface} {bg}: {r:.2}:1 < 3:1"));
            }
        }
    }
    for (what, fg, bg) in texts(projector) {
        let r = contrast(&fg, &bg);
        if r < 4.5 {
            failures.push(format!("{what} {fg} on {bg}: {r:.2}:1 < 4.5:1"));
        }
    }
    failures
}

#[test]
fn every_legend_colour_stands_out_in_the_light_theme() {
    let failures = check_theme(false);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_legend_colour_stands_out_in_the_projector_theme() {
    let failures = check_theme(true);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The legend draws each kind's swatch in the kind's colour and its name
/// in the legend's text colour, so the name never depends on the lighter
/// palette.
#[test]
fn legend_names_are_written_in_text_colour() {
    for k in ActorKind::ALL {
        let sel = format!(".legend-item.kind-{}", k.token());
        assert_eq!(declared(&sel, "color"), None, "{sel} colours its name");
        assert_eq!(
            declared(&format!("{sel} i"), "background"),
            Some(format!("var(--{})", k.token())),
            "{sel} swatch"
        );
    }
}
