//! Benchmark module for `make bench` (tests/bench/): clustermap's ingest and
//! analysis compiled to wasm with the shipped release profile, called from
//! the same page as the JavaScript peers (PapaParse, graphology).
//!
//! ```text
//! cargo build --release --target wasm32-unknown-unknown --example bench_wasm
//! wasm-bindgen --target web --out-dir target/bench-pkg \
//!     target/wasm32-unknown-unknown/release/examples/bench_wasm.wasm
//! ```
//!
//! The page times each call with `performance.now()`; the functions only do
//! the work and return small checksums (counts) so that nothing can be
//! optimised away and the page can check that both sides did the same work.
//! Inputs are bytes, as a browser `File` gives them to the app.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;

use wasm_bindgen::prelude::*;

use clustermap::analysis::adjacency::Adjacency;
use clustermap::analysis::centrality::{
    betweenness, closeness, BetweennessOptions, ClosenessOptions,
};
use clustermap::analysis::communities::louvain;
use clustermap::analysis::{AnalysisOptions, ClusterReport};
use clustermap::graph::ClusterGraph;
use clustermap::ingest::{self, Loaded, SourceFile};
use clustermap::model::Dataset;

thread_local! {
    /// The dataset of the last [`prepare`], for the analysis cases, so that
    /// they time the analysis alone.
    static PREPARED: RefCell<Option<Dataset>> = const { RefCell::new(None) };
}

/// `[actors, relations, stages, problems, graph nodes, graph edges]`.
fn counts(loaded: &Loaded, graph: &ClusterGraph) -> Vec<u32> {
    let d = &loaded.dataset;
    [
        d.actors.len(),
        d.relations.len(),
        d.stages.len(),
        loaded.problems.len(),
        graph.node_count(),
        graph.edge_count(),
    ]
    .iter()
    .map(|&n| n as u32)
    .collect()
}

fn csv_files(actors: &[u8], relations: &[u8], stages: &[u8]) -> Vec<SourceFile> {
    vec![
        SourceFile::new("actors.csv", actors),
        SourceFile::new("relations.csv", relations),
        SourceFile::new("stages.csv", stages),
    ]
}

fn fail(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// Case "ingest CSV": reading, validation and graph build, as the app does
/// when the user picks the three files.
#[wasm_bindgen]
pub fn ingest_csv(actors: &[u8], relations: &[u8], stages: &[u8]) -> Result<Vec<u32>, JsError> {
    let loaded = ingest::load(&csv_files(actors, relations, stages)).map_err(fail)?;
    let graph = ClusterGraph::build(&loaded.dataset);
    Ok(counts(&loaded, &graph))
}

/// Case "ingest XLSX": the same three tables as sheets of one workbook.
#[wasm_bindgen]
pub fn ingest_xlsx(workbook: &[u8]) -> Result<Vec<u32>, JsError> {
    let loaded = ingest::load(&[SourceFile::new("cluster.xlsx", workbook)]).map_err(fail)?;
    let graph = ClusterGraph::build(&loaded.dataset);
    Ok(counts(&loaded, &graph))
}

/// Not timed: loads the CSVs and keeps the dataset for the analysis cases.
#[wasm_bindgen]
pub fn prepare(actors: &[u8], relations: &[u8], stages: &[u8]) -> Result<Vec<u32>, JsError> {
    let loaded = ingest::load(&csv_files(actors, relations, stages)).map_err(fail)?;
    let graph = ClusterGraph::build(&loaded.dataset);
    let out = counts(&loaded, &graph);
    PREPARED.with(|p| *p.borrow_mut() = Some(loaded.dataset));
    Ok(out)
}

fn with_prepared<T>(f: impl FnOnce(&Dataset) -> T) -> Result<T, JsError> {
    PREPARED.with(|p| match p.borrow().as_ref() {
        Some(d) => Ok(f(d)),
        None => Err(JsError::new("call prepare first")),
    })
}

/// Case "analysis": the full [`ClusterReport`] as the app computes it
/// (betweenness and closeness sampled above 2 000 nodes).
/// Returns `[actors, communities, brokers, betweenness exact (0/1),
/// betweenness samples, opportunities]`.
#[wasm_bindgen]
pub fn analyse() -> Result<Vec<u32>, JsError> {
    with_prepared(|d| {
        let r = ClusterReport::build(d, &AnalysisOptions::default());
        vec![
            r.actors.len() as u32,
            r.network.communities as u32,
            r.network.brokers.len() as u32,
            u32::from(r.network.betweenness_exact),
            r.network.betweenness_samples as u32,
            r.opportunities.len() as u32,
        ]
    })
}

/// Case "analysis on the main thread": what the app computes on the main
/// thread since the network metrics moved to a Web Worker
/// ([`ClusterReport::build_light`]). Returns `[actors, opportunities]`.
#[wasm_bindgen]
pub fn analyse_light() -> Result<Vec<u32>, JsError> {
    with_prepared(|d| {
        let r = ClusterReport::build_light(d, &AnalysisOptions::default());
        vec![r.actors.len() as u32, r.opportunities.len() as u32]
    })
}

/// Case "network metrics, exact": what graphology-metrics computes, on the
/// same terms: collapsed undirected graph, exact betweenness and closeness
/// on hop distance, degree, density, Louvain.
/// Returns `[nodes, edges, communities, sum of betweenness × 1e6, sum of
/// closeness × 1e6, density × 1e9]`.
#[wasm_bindgen]
pub fn metrics_exact() -> Result<Vec<f64>, JsError> {
    with_prepared(|d| {
        let adj = Adjacency::from_dataset(d).map_err(fail)?;
        let n = adj.node_count();
        let b = betweenness(
            &adj,
            &BetweennessOptions {
                exact_up_to: usize::MAX,
                ..BetweennessOptions::default()
            },
        );
        let c = closeness(
            &adj,
            &ClosenessOptions {
                exact_up_to: usize::MAX,
                ..ClosenessOptions::default()
            },
        );
        let degree_sum: usize = (0..n).map(|v| adj.degree(v)).sum();
        let density = if n > 1 {
            adj.edge_count() as f64 / (n as f64 * (n as f64 - 1.0) / 2.0)
        } else {
            0.0
        };
        let communities = louvain(&adj, 1);
        Ok(vec![
            n as f64,
            adj.edge_count() as f64,
            communities.count as f64,
            b.values.iter().sum::<f64>(),
            c.values.iter().sum::<f64>(),
            density,
            degree_sum as f64,
        ])
    })?
}

/// Case "exact betweenness": Brandes on every source, on the collapsed
/// graph. Returns `[nodes, edges, sum of normalised values, exact (0/1)]`.
#[wasm_bindgen]
pub fn exact_betweenness() -> Result<Vec<f64>, JsError> {
    with_prepared(|d| {
        let adj = Adjacency::from_dataset(d).map_err(fail)?;
        let b = betweenness(
            &adj,
            &BetweennessOptions {
                exact_up_to: usize::MAX,
                ..BetweennessOptions::default()
            },
        );
        Ok(vec![
            adj.node_count() as f64,
            adj.edge_count() as f64,
            b.values.iter().sum::<f64>(),
            f64::from(u8::from(b.exact)),
        ])
    })?
}

/// Not timed: the three CSV tables as one XLSX workbook (sheets `stages`,
/// `actors`, `relations`; shared strings, numbers as numeric cells, deflate),
/// as a spreadsheet program would write it.
#[wasm_bindgen]
pub fn make_xlsx(actors: &[u8], relations: &[u8], stages: &[u8]) -> Result<Vec<u8>, JsError> {
    let mut strings = SharedStrings::default();
    let sheets = [
        ("stages", stages),
        ("actors", actors),
        ("relations", relations),
    ]
    .into_iter()
    .map(|(name, bytes)| Ok((name, sheet_xml(bytes, &mut strings)?)))
    .collect::<Result<Vec<_>, JsError>>()?;
    workbook(&sheets, &strings).map_err(fail)
}

#[derive(Default)]
struct SharedStrings {
    index: HashMap<String, usize>,
    list: Vec<String>,
}

impl SharedStrings {
    fn get(&mut self, s: &str) -> usize {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        self.list.push(s.to_string());
        self.index.insert(s.to_string(), self.list.len() - 1);
        self.list.len() - 1
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn column_letter(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn sheet_xml(csv_bytes: &[u8], strings: &mut SharedStrings) -> Result<String, JsError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_bytes);
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, record) in reader.records().enumerate() {
        let record = record.map_err(fail)?;
        xml.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, value) in record.iter().enumerate() {
            if value.is_empty() {
                continue;
            }
            let cell = format!("{}{}", column_letter(c), r + 1);
            // Header row stays text; numbers become numeric cells.
            if r > 0 && value.parse::<f64>().is_ok() {
                xml.push_str(&format!(r#"<c r="{cell}"><v>{value}</v></c>"#));
            } else {
                let i = strings.get(value);
                xml.push_str(&format!(r#"<c r="{cell}" t="s"><v>{i}</v></c>"#));
            }
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    Ok(xml)
}

fn workbook(sheets: &[(&str, String)], strings: &SharedStrings) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let ns = "http://schemas.openxmlformats.org";
    let mut types = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
    );
    let mut sheet_list = String::new();
    let mut rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{ns}/package/2006/relationships">"#
    );
    for (i, (name, _)) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
        sheet_list.push_str(&format!(
            r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#
        ));
        rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
    }
    let s = sheets.len() + 1;
    rels.push_str(&format!(r#"<Relationship Id="rId{s}" Type="{ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#));
    types.push_str("</Types>");
    let mut shared = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{ns}/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">"#,
        strings.list.len()
    );
    for t in &strings.list {
        shared.push_str(&format!("<si><t>{}</t></si>", escape(t)));
    }
    shared.push_str("</sst>");

    zip.start_file("[Content_Types].xml", options)?;
    zip.write_all(types.as_bytes())?;
    zip.start_file("_rels/.rels", options)?;
    zip.write_all(format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#).as_bytes())?;
    zip.start_file("xl/workbook.xml", options)?;
    zip.write_all(format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets>{sheet_list}</sheets></workbook>"#).as_bytes())?;
    zip.start_file("xl/_rels/workbook.xml.rels", options)?;
    zip.write_all(rels.as_bytes())?;
    zip.start_file("xl/sharedStrings.xml", options)?;
    zip.write_all(shared.as_bytes())?;
    for (i, (_, xml)) in sheets.iter().enumerate() {
        zip.start_file(format!("xl/worksheets/sheet{}.xml", i + 1), options)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
