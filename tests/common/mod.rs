//! Helpers shared by the native test files.
#![allow(dead_code)]

use clustermap::ingest::SourceFile;

pub fn fixture(path: &str) -> SourceFile {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    let name = path.rsplit('/').next().unwrap_or(path).to_string();
    SourceFile::new(name, bytes)
}

pub fn sample_csv() -> Vec<SourceFile> {
    ["meta", "stages", "actors", "relations", "sourcing"]
        .iter()
        .map(|t| fixture(&format!("sample_csv/{t}.csv")))
        .collect()
}
