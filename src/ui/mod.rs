//! Where pixels are drawn: Leptos components, and the thin adapters that
//! connect the pure core to the browser. Components read the session
//! ([`state::Store`]) and what is derived from it ([`derived::Derived`])
//! from context, act through the session's named methods, and never
//! compute figures themselves. Browser access goes through [`browser`];
//! the workers through [`loader`] and [`metrics`].

mod app;
pub mod browser;
pub mod derived;
mod details;
mod gaps;
mod header;
mod import;
pub mod ingest_worker;
pub mod loader;
mod map;
mod mapping;
mod metrics;
mod offline;
mod opportunities;
mod other_tab;
mod persist;
mod present;
mod results;
mod set_aside;
mod settings;
mod single_file;
pub mod state;
mod summary;
mod toolbar;
mod value_mapping;
pub mod worker;
mod worker_link;

pub use app::App;
