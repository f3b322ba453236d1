//! Any bytes as a workbook: XLSX (our reader), ODS and XLS (calamine) and
//! the sheet interpretation; the name's extension does not decide the
//! format, the zip/OLE magic does.
#![no_main]

use clustermap::ingest::{load, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = load(&[SourceFile::new("fuzz.xlsx", data)]);
});
