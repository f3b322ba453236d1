//! Any bytes named `fuzz.csv` through the whole load: reader, then assemble.
#![no_main]

use clustermap::ingest::{load, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = load(&[SourceFile::new("fuzz.csv", data)]);
});
