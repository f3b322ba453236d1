//! Prints the sheets of an XLSX workbook as JSON, re-read with calamine:
//! `[{"name": …, "rows": n, "header": [...], "first": [...]}, …]`, where
//! `rows` counts the rows below the header. The e2e tests
//! (tests/e2e/export_xlsx.spec.mjs) check downloaded workbooks with it.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use serde_json::{json, Value};

fn cell(d: &Data) -> Value {
    match d {
        Data::String(s) => json!(s),
        Data::Float(f) => json!(f),
        Data::Int(i) => json!(i),
        Data::Bool(b) => json!(b),
        Data::Empty => Value::Null,
        other => json!(other.to_string()),
    }
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: xlsx_sheets <file.xlsx>");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut book: Xlsx<_> = match calamine::open_workbook_from_rs(Cursor::new(bytes)) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        let rows: Vec<Vec<Value>> = range.rows().map(|r| r.iter().map(cell).collect()).collect();
        out.push(json!({
            "name": name,
            "rows": rows.len().saturating_sub(1),
            "header": rows.first().cloned().unwrap_or_default(),
            "first": rows.get(1).cloned().unwrap_or_default(),
        }));
    }
    println!("{}", Value::Array(out));
}
