//! clustermap: regional cluster field studies as interactive value-chain
//! maps, entirely in the browser.
//!
//! Data flows one way through the modules, each depending only on the ones
//! before it:
//! [`ingest`] (files in) → [`model`] (the dataset) → [`graph`] (petgraph) →
//! [`analysis`] (figures and gaps) → [`layout`] (geometry) → [`ui`] (pixels).
//! Everything but `ui` is pure Rust without `web_sys` and is tested natively.

pub mod analysis;
pub mod export;
pub mod graph;
pub mod i18n;
pub mod ingest;
pub mod layout;
pub mod model;
pub mod present;
pub mod privacy;
pub mod sample;
pub mod session;
pub mod ui;
pub mod view;
pub mod workspace;
