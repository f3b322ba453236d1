//! Where pixels are drawn: Leptos components. They read the [`Workspace`]
//! and its derived values from context and never compute figures
//! themselves. Browser access goes through [`browser`].
//!
//! [`Workspace`]: crate::workspace::Workspace

mod app;
pub mod browser;
mod details;
mod gaps;
mod header;
pub mod import;
pub mod ingest_worker;
mod map;
mod mapping;
mod results;
mod settings;
mod summary;
mod toolbar;
pub mod worker;
mod worker_link;

pub use app::{App, AppContext, Highlight};
