//! Where positions are decided: pure geometry for the map, in SVG user
//! units, with no knowledge of the browser. The UI only draws what a
//! layout returns, so the same data always gives the same picture.
//!
//! Two views share one result type, [`MapLayout`]: the value-chain map
//! ([`value_chain`]) and the network ([`network`], positions from
//! [`force`]) and the geographic view ([`geo`]). [`hit`] answers "which actor is under the pointer" for the
//! canvas renderer.

pub mod bundle;
pub mod force;
pub mod geo;
pub mod hit;
pub mod network;
pub mod style;
pub mod text;
pub mod value_chain;

pub use bundle::{bundle_edges, Bundle};
pub use geo::{has_coordinates, layout_geographic};
pub use network::{layout_network, network_positions};
pub use value_chain::{layout_value_chain, BandRow, EdgePath, GuideLine, MapLayout, NodeBox};
