//! What the user chose to see, as plain values that never touch the
//! browser. Each part changes on its own, so a change of one recomputes
//! only what depends on it: moving the [`Camera`] redraws the transform
//! and nothing else.
//!
//! - [`Filters`] (and the search text): which actors and relations show;
//! - [`Camera`]: zoom and pan;
//! - [`Selection`] and [`Pins`]: the chosen actor, actors placed by hand;
//! - [`MapMode`]: which of the three pictures;
//! - [`ViewState`] gathers them for the address bar ([`url`]);
//! - [`Screen`]: map units to pixels;
//! - [`keynav`]: where the arrow keys go along the value chain.

pub mod attribute_filter;
mod camera;
mod filters;
pub mod gesture;
pub mod keynav;
mod mode;
mod screen;
mod selection;
pub mod url;

pub use camera::{Camera, MAX_ZOOM, MIN_ZOOM};
pub use filters::{search_key, search_matches, Filters, Visibility};
pub use mode::MapMode;
pub use screen::Screen;
pub use selection::{Pins, Selection};
pub use url::ViewState;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_at_keeps_the_point_under_the_pointer() {
        let mut v = Camera::default();
        let (w, h) = (1000.0, 600.0);
        let before = Screen::new(&v, w, h, 1000.0, 600.0).to_screen(200.0, 100.0);
        v.zoom_at(1.5, 200.0, 100.0, w, h);
        v.zoom_at(1.5, 200.0, 100.0, w, h);
        let after = Screen::new(&v, w, h, 1000.0, 600.0).to_screen(200.0, 100.0);
        assert!((before.0 - after.0).abs() < 1e-6 && (before.1 - after.1).abs() < 1e-6);
        assert!((v.zoom - 2.25).abs() < 1e-9);
        v.zoom_by(f64::NAN);
        assert!((v.zoom - 2.25).abs() < 1e-9);
        v.zoom_by(1000.0);
        assert_eq!(v.zoom, MAX_ZOOM);
    }
}
