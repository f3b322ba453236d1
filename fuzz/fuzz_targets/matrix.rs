//! Any delimited text read as an adjacency matrix, whether or not it looks
//! like one, then assembled: exercises the triangle logic on ragged,
//! duplicated and non-square grids.
#![no_main]

use clustermap::ingest::{assemble_with, csv, matrix, Collected, LoadOptions, SourceFile};
use clustermap::model::RelationKind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok((rows, _)) = csv::grid(&SourceFile::new("fuzz.csv", rest)) else {
        return;
    };
    let kind = RelationKind::ALL[usize::from(selector) % RelationKind::ALL.len()];
    let _ = matrix::detect(&rows);
    let mut collected = Collected::default();
    matrix::read("fuzz.csv", &rows, kind, &mut collected);
    let _ = assemble_with(collected, &LoadOptions::default());
});
