//! From map units to screen pixels and back. The map is drawn like an SVG
//! with `preserveAspectRatio="xMidYMin meet"`: scaled to fit the frame,
//! centred horizontally, at the top; then the view's zoom (about the
//! drawing's centre) and pan apply. SVG, canvas and pointer handling all use
//! this one mapping, so what is drawn is what is hit.

use super::Camera;

/// Where a map of `map_w` x `map_h` units sits in a frame of
/// `frame_w` x `frame_h` CSS pixels at a given zoom and pan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Screen {
    /// CSS pixels per map unit at zoom 1.
    pub fit: f64,
    /// Offset of the fitted drawing in the frame, CSS pixels.
    pub left: f64,
    pub top: f64,
    pub zoom: f64,
    /// Translation in map units after zooming about the centre.
    pub tx: f64,
    pub ty: f64,
}

impl Screen {
    pub fn new(camera: &Camera, map_w: f64, map_h: f64, frame_w: f64, frame_h: f64) -> Self {
        let fit = if map_w > 0.0 && map_h > 0.0 && frame_w > 0.0 && frame_h > 0.0 {
            (frame_w / map_w).min(frame_h / map_h)
        } else {
            1.0
        };
        let (zoom, tx, ty) = camera.transform(map_w, map_h);
        Self {
            fit,
            left: (frame_w - map_w * fit) / 2.0,
            top: 0.0,
            zoom,
            tx,
            ty,
        }
    }

    /// CSS pixels per map unit, zoom included.
    pub fn scale(&self) -> f64 {
        self.fit * self.zoom
    }

    pub fn to_screen(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.left + self.fit * (self.zoom * x + self.tx),
            self.top + self.fit * (self.zoom * y + self.ty),
        )
    }

    pub fn to_map(&self, px: f64, py: f64) -> (f64, f64) {
        (
            ((px - self.left) / self.fit - self.tx) / self.zoom,
            ((py - self.top) / self.fit - self.ty) / self.zoom,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_fit() {
        let v = Camera {
            zoom: 2.0,
            pan: (30.0, -12.0),
        };
        // A wide frame: the 1000x500 map is limited by height and centred.
        let s = Screen::new(&v, 1000.0, 500.0, 1600.0, 500.0);
        assert_eq!(s.fit, 1.0);
        assert_eq!(s.left, 300.0);
        let (px, py) = s.to_screen(123.0, 45.0);
        let (x, y) = s.to_map(px, py);
        assert!((x - 123.0).abs() < 1e-9 && (y - 45.0).abs() < 1e-9);
        // At zoom 1 without pan the centre of the map is the centre of the
        // fitted drawing.
        let s = Screen::new(&Camera::default(), 1000.0, 500.0, 500.0, 800.0);
        assert_eq!(s.to_screen(500.0, 250.0), (250.0, 125.0));
        // Zero-sized frames do not divide by zero.
        let s = Screen::new(&Camera::default(), 0.0, 0.0, 0.0, 0.0);
        assert!(s.to_map(1.0, 1.0).0.is_finite());
    }
}
