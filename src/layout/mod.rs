//! Where positions are decided: pure geometry for the map, in SVG user
//! units, with no knowledge of the browser. The UI only draws what a
//! layout returns, so the same data always gives the same picture.

pub mod text;
pub mod value_chain;

pub use value_chain::{layout_value_chain, BandRow, MapLayout, NodeBox};
