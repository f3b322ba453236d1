//! Where the map is looked at from: zoom and pan. Kept apart from the
//! filters and the selection so that moving the map changes nothing but
//! the transform.

pub const MIN_ZOOM: f64 = 0.5;
/// Large enough to read one actor's name on a 10,000-actor map.
pub const MAX_ZOOM: f64 = 40.0;

/// Zoom about the centre of the drawing, then a pan in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    pub zoom: f64,
    pub pan: (f64, f64),
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            pan: (0.0, 0.0),
        }
    }
}

impl Camera {
    pub fn is_default(&self) -> bool {
        (self.zoom - 1.0).abs() <= 1e-9 && self.pan == (0.0, 0.0)
    }

    pub fn zoom_by(&mut self, factor: f64) {
        if factor.is_finite() && factor > 0.0 {
            self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        }
    }

    /// Zooms by `factor` keeping the map point `(x, y)` (map units, as
    /// drawn now) under the same screen spot: the pointer's place for the
    /// wheel, the fingers' midpoint for a pinch.
    pub fn zoom_at(&mut self, factor: f64, x: f64, y: f64, map_w: f64, map_h: f64) {
        let (z0, tx0, ty0) = self.transform(map_w, map_h);
        let (sx, sy) = (z0 * x + tx0, z0 * y + ty0);
        self.zoom_by(factor);
        let z = self.zoom;
        // Solve z * x + tx = sx for the pan that gives this tx.
        let (tx, ty) = (sx - z * x, sy - z * y);
        self.pan = (tx - (1.0 - z) * map_w / 2.0, ty - (1.0 - z) * map_h / 2.0);
    }

    /// Moves the map by `(dx, dy)` map units; non-finite steps are ignored.
    pub fn pan_by(&mut self, dx: f64, dy: f64) {
        if dx.is_finite() && dy.is_finite() {
            self.pan = (self.pan.0 + dx, self.pan.1 + dy);
        }
    }

    /// Zoom and translation of the map content: zoom about the centre of
    /// the drawing, then the pan (in map units) is added. Returns
    /// `(zoom, tx, ty)` for `translate(tx ty) scale(zoom)`.
    pub fn transform(&self, map_w: f64, map_h: f64) -> (f64, f64, f64) {
        let z = self.zoom;
        (
            z,
            self.pan.0 + (1.0 - z) * map_w / 2.0,
            self.pan.1 + (1.0 - z) * map_h / 2.0,
        )
    }
}
