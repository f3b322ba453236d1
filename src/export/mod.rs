//! Results leave the app as files the user saves: one JSON document with
//! everything, CSV tables for spreadsheets, and the graph as GEXF and
//! GraphML for Gephi, yEd and other network tools. Pure functions returning
//! text; the UI only hands the text to the browser's download.

mod csv_tables;
mod dataset_json;
mod formula;
mod gexf;
mod graph;
mod graphml;
mod json;
pub mod picture;

pub use csv_tables::{
    actors_csv, actors_csv_disclosed, actors_csv_in, stages_csv, stages_csv_disclosed,
    stages_csv_in, CsvForm,
};
pub use dataset_json::dataset_json;
pub use formula::{is_formula_like, neutralise};
pub use gexf::gexf;
pub use graphml::graphml;
pub use json::report_json;
pub mod workbook;

pub use workbook::{kumu_workbook, results_workbook, template_xlsx};
