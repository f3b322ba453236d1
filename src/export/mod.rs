//! Results leave the app as files the user saves: one JSON document with
//! everything, and CSV tables for spreadsheets. Pure functions returning
//! text; the UI only hands the text to the browser's download.

mod csv_tables;
mod dataset_json;
mod formula;
mod json;
pub mod picture;

pub use csv_tables::{actors_csv, actors_csv_disclosed, stages_csv, stages_csv_disclosed};
pub use dataset_json::dataset_json;
pub use formula::{is_formula_like, neutralise};
pub use json::report_json;
