//! CSV and TSV files, one table (or adjacency matrix) per file, recognised
//! by their header, in whatever encoding Excel saved them.

use super::encoding::decode;
use super::error::IngestError;
use super::grid::{check_row, interpret, GridRow, Outcome};
use super::{Collected, LoadOptions, SourceFile};

/// The delimiter used most on the first line, among `,` `;` and tab, since
/// Turkish and German Excel write `;`.
pub fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// The line of a quote that opens a cell and never closes.
///
/// The csv crate silently reads such a cell to the end of the file, so one
/// stray quote would swallow every later row; this mirrors its rules (a
/// quote opens only at the start of a cell, `""` inside is an escape).
pub fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    let mut line = 1;
    let mut opened_at = 0;
    let mut quoted = false;
    let mut cell_start = true;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        if b == b'\n' {
            line += 1;
        }
        if quoted {
            if b == b'"' {
                if bytes.peek() == Some(&b'"') {
                    bytes.next();
                } else {
                    quoted = false;
                }
            }
        } else if b == b'"' && cell_start {
            quoted = true;
            opened_at = line;
        } else {
            cell_start = b == delimiter || b == b'\n' || b == b'\r';
        }
    }
    quoted.then_some(opened_at)
}

/// Decodes and splits a delimited file into grid rows.
pub fn grid(file: &SourceFile) -> Result<(Vec<GridRow>, Option<super::Problem>), IngestError> {
    let decoded = decode(file)?;
    let text = decoded.text.as_str();
    let lower = file.name.to_lowercase();
    let delimiter = if lower.ends_with(".tsv") || lower.ends_with(".tab") {
        b'\t'
    } else {
        sniff_delimiter(text)
    };
    if let Some(line) = unclosed_quote(text, delimiter) {
        return Err(IngestError::UnclosedQuote {
            file: file.name.clone(),
            line,
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // The csv crate counts a CRLF file's lines wrongly (1, 1, 2, …), and
    // Excel on Windows writes CRLF: lines are counted here from the byte
    // offset where each record starts, so the report names the line the
    // user sees.
    let mut lines = LineCounter::new(text.as_bytes());
    for record in reader.records() {
        let record = record.map_err(|e| IngestError::Csv {
            file: file.name.clone(),
            line: e
                .position()
                .map_or(0, |p| LineCounter::new(text.as_bytes()).line_at(p.byte())),
            message: e.to_string(),
        })?;
        let row = GridRow {
            line: record.position().map_or(0, |p| lines.line_at(p.byte())),
            cells: record.iter().map(str::to_string).collect(),
        };
        check_row(&file.name, &row)?;
        rows.push(row);
    }
    Ok((rows, decoded.notice))
}

/// 1-based line numbers of byte offsets, asked in increasing order.
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a [u8]) -> Self {
        Self {
            text,
            offset: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `byte` that is not a
    /// line break (a record's position can point at the `\n` of the CRLF
    /// that ended the record before).
    fn line_at(&mut self, byte: u64) -> usize {
        let mut byte = (byte as usize).min(self.text.len());
        while matches!(self.text.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        if byte < self.offset {
            *self = Self::new(self.text);
        }
        self.line += self.text[self.offset..byte]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.offset = byte;
        self.line
    }
}

/// Reads one delimited file into the collection.
pub fn read_into(
    file: &SourceFile,
    options: &LoadOptions,
    out: &mut Collected,
) -> Result<(), IngestError> {
    let (rows, notice) = grid(file)?;
    out.notices.extend(notice);
    match interpret(&file.name, rows, None, false, options, out) {
        Outcome::Read => Ok(()),
        Outcome::Blank => Err(IngestError::Empty {
            file: file.name.clone(),
        }),
        Outcome::Unknown(header) => Err(IngestError::UnknownTable {
            file: file.name.clone(),
            header,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_the_lines_the_user_sees_with_crlf_and_quoted_breaks() {
        for text in [
            "a;b\r\nc;d\r\n\"e\r\nf\";g\r\nh;i\r\n",
            "a;b\nc;d\n\"e\nf\";g\nh;i\n",
        ] {
            let file = SourceFile::new("x.csv", text);
            let (rows, _) = grid(&file).unwrap();
            let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [1, 2, 3, 5], "{text:?}");
        }
    }

    #[test]
    fn sniffs_semicolons() {
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(sniff_delimiter("a,b\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc"), b'\t');
    }

    #[test]
    fn finds_unclosed_quotes_only() {
        assert_eq!(unclosed_quote("a,b\n\"x\",\"y\"\"z\"\n", b','), None);
        assert_eq!(unclosed_quote("a,b\n5\" pipe,c\n", b','), None);
        assert_eq!(unclosed_quote("a,b\n1,2\n\"open,3\n4,5\n", b','), Some(3));
    }
}
