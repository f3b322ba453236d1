//! The view in the address bar: what a copied link reproduces. Only
//! settings that differ from the default are written, so links stay
//! short; anything unreadable is ignored, since links are typed and
//! truncated by people. Data never goes into a link, only choices.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::{Camera, Filters, MapMode, Pins, Selection, MAX_ZOOM, MIN_ZOOM};
use crate::model::{ActorKind, Locality, RelationKind};

/// Everything but the unreserved characters of RFC 3986 is escaped, so
/// the separators `,` `:` `&` `=` inside ids stay unambiguous.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.');

/// All parts of the view, as one value for the address bar and for the
/// `view` entry of a saved workspace.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewState {
    pub search: String,
    pub filters: Filters,
    pub camera: Camera,
    pub selection: Selection,
    pub mode: MapMode,
    pub pins: Pins,
}

fn enc(s: &str) -> String {
    utf8_percent_encode(s, ESCAPED).to_string()
}

/// Decodes one value; `+` is a space, as in forms and hand-typed links.
fn dec(s: &str) -> String {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn finite(value: &str) -> Option<f64> {
    value.parse::<f64>().ok().filter(|v| v.is_finite())
}

impl ViewState {
    /// The view as URL query pairs.
    pub fn to_query(&self) -> String {
        let f = &self.filters;
        let mut parts: Vec<String> = Vec::new();
        if !self.search.is_empty() {
            parts.push(format!("q={}", enc(&self.search)));
        }
        if !f.hidden_kinds.is_empty() {
            let v: Vec<&str> = f.hidden_kinds.iter().map(|k| k.token()).collect();
            parts.push(format!("hide={}", v.join(",")));
        }
        if !f.hidden_relations.is_empty() {
            let v: Vec<&str> = f.hidden_relations.iter().map(|k| k.token()).collect();
            parts.push(format!("hiderel={}", v.join(",")));
        }
        if let Some(l) = f.locality {
            parts.push(format!("loc={}", l.token()));
        }
        if f.min_strength > 1 {
            parts.push(format!("min={}", f.min_strength));
        }
        if !self.camera.is_default() {
            parts.push(format!("z={:.3}", self.camera.zoom));
            parts.push(format!("px={:.1}", self.camera.pan.0));
            parts.push(format!("py={:.1}", self.camera.pan.1));
        }
        if let Some(id) = &self.selection.actor {
            parts.push(format!("sel={}", enc(id)));
        }
        if self.mode != MapMode::ValueChain {
            parts.push(format!("view={}", self.mode.token()));
        }
        if !f.hidden_stages.is_empty() {
            let v: Vec<String> = f.hidden_stages.iter().map(|s| enc(s)).collect();
            parts.push(format!("hidestage={}", v.join(",")));
        }
        if f.min_employees > 0 {
            parts.push(format!("minemp={}", f.min_employees));
        }
        if f.focus > 0 {
            parts.push(format!("focus={}", f.focus));
        }
        if !self.pins.is_empty() {
            let v: Vec<String> = self
                .pins
                .0
                .iter()
                .map(|(id, (x, y))| format!("{}:{x:.1}:{y:.1}", enc(id)))
                .collect();
            parts.push(format!("pin={}", v.join(",")));
        }
        parts.join("&")
    }

    /// Reads a query string (with or without `?`).
    pub fn from_query(query: &str) -> Self {
        let mut v = Self::default();
        for pair in query.trim_start_matches(['?', '#']).split('&') {
            let Some((key, raw)) = pair.split_once('=') else {
                continue;
            };
            let value = dec(raw);
            let f = &mut v.filters;
            match key {
                "q" => v.search = value,
                "hide" => f.hidden_kinds = value.split(',').filter_map(ActorKind::parse).collect(),
                "hiderel" => {
                    f.hidden_relations = value.split(',').filter_map(RelationKind::parse).collect()
                }
                "loc" => f.locality = Locality::parse(&value),
                "min" => f.min_strength = value.parse::<u8>().map_or(1, |m| m.clamp(1, 5)),
                "z" => v.camera.zoom = finite(&value).map_or(1.0, |z| z.clamp(MIN_ZOOM, MAX_ZOOM)),
                "px" => v.camera.pan.0 = finite(&value).unwrap_or(0.0),
                "py" => v.camera.pan.1 = finite(&value).unwrap_or(0.0),
                "sel" => v.selection.actor = (!value.is_empty()).then_some(value),
                "view" => v.mode = MapMode::parse(&value).unwrap_or_default(),
                // Split before decoding: ids may contain the separators.
                "hidestage" => {
                    f.hidden_stages = raw.split(',').map(dec).filter(|s| !s.is_empty()).collect()
                }
                "minemp" => f.min_employees = value.parse::<u32>().unwrap_or(0),
                "focus" => f.focus = value.parse::<u8>().map_or(0, |f| f.min(2)),
                "pin" => {
                    v.pins.0 = raw
                        .split(',')
                        .filter_map(|entry| {
                            let mut parts = entry.split(':');
                            let id = dec(parts.next()?);
                            let x = finite(parts.next()?)?;
                            let y = finite(parts.next()?)?;
                            (!id.is_empty()).then_some((id, (x, y)))
                        })
                        .collect()
                }
                _ => {}
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trip_and_garbage() {
        let v = ViewState {
            search: "ege & co ı".into(),
            filters: Filters {
                hidden_kinds: [ActorKind::Finance].into_iter().collect(),
                hidden_relations: [RelationKind::Support].into_iter().collect(),
                locality: Some(Locality::Local),
                min_strength: 3,
                hidden_stages: ["pcb,x".to_string(), "design".to_string()]
                    .into_iter()
                    .collect(),
                min_employees: 20,
                focus: 2,
            },
            camera: Camera {
                zoom: 2.0,
                pan: (-120.5, 40.0),
            },
            selection: Selection {
                actor: Some("gediz".into()),
            },
            mode: MapMode::Network,
            pins: Pins(
                [
                    ("a:b,c".to_string(), (10.5, -3.0)),
                    ("kule".to_string(), (0.0, 7.0)),
                ]
                .into_iter()
                .collect(),
            ),
        };
        assert_eq!(ViewState::from_query(&v.to_query()), v);
        assert_eq!(ViewState::default().to_query(), "");
        let junk = ViewState::from_query("?z=NaN&min=99&hide=wizard,firm&px=1e999&%ZZ=1&q=%E4%é%");
        assert_eq!(junk.camera.zoom, 1.0);
        assert_eq!(junk.filters.min_strength, 5);
        assert_eq!(
            junk.filters.hidden_kinds,
            [ActorKind::Firm].into_iter().collect()
        );
        assert_eq!(junk.camera.pan.0, 0.0);
        let junk = ViewState::from_query("view=3d&focus=9&minemp=-4&pin=a:1,b:x:2,:1:2,c:3:4");
        assert_eq!(junk.mode, MapMode::ValueChain);
        assert_eq!(junk.filters.focus, 2);
        assert_eq!(junk.filters.min_employees, 0);
        assert_eq!(junk.pins.0.len(), 1);
        assert_eq!(junk.pins.0["c"], (3.0, 4.0));
        assert_eq!(ViewState::from_query("q=a+b%2Bc").search, "a b+c");
    }
}
