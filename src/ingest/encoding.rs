//! Text encodings of survey exports.
//!
//! Excel in Turkey and Germany saves "CSV" in the Windows code page of the
//! machine (1254 or 1252) and "Unicode text" as UTF-16, so refusing
//! anything but UTF-8 would refuse most real files. We detect instead:
//! BOMs first, then the NUL pattern of BOM-less UTF-16, then binary junk,
//! then UTF-8, then the code page whose letters are more plausible.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1254};

use super::error::{Action, IngestError, Issue, Problem};
use super::SourceFile;

/// How many leading bytes decide UTF-16 and binary: enough for a header
/// and a few rows, cheap for a 64 MB file.
const SAMPLE: usize = 64 * 1024;

/// Signatures of files that are certainly not text, whatever their name.
const BINARY_MAGIC: &[&[u8]] = &[
    b"\x89PNG",
    b"\xFF\xD8\xFF",
    b"GIF8",
    b"%PDF-",
    b"\x1F\x8B",
    b"7z\xBC\xAF",
    b"Rar!",
    b"BM",
];

/// Decoded text plus, when it was not plain UTF-8, a notice for the report.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub notice: Option<Problem>,
}

/// Decodes a text file (CSV, TSV, JSON, XML) whatever its encoding.
///
/// Fails with [`IngestError::Binary`] for bytes that are not text at all,
/// since decoding those would only produce a confusing header error.
pub fn decode(file: &SourceFile) -> Result<Decoded, IngestError> {
    let bytes = file.bytes.as_slice();
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Ok(utf8_or_lossy(file, rest));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok(plain(UTF_16LE.decode_without_bom_handling(rest).0.into()));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok(plain(UTF_16BE.decode_without_bom_handling(rest).0.into()));
    }
    if let Some(encoding) = utf16_by_nuls(bytes) {
        return Ok(plain(
            encoding.decode_without_bom_handling(bytes).0.into_owned(),
        ));
    }
    if looks_binary(bytes) {
        return Err(IngestError::Binary {
            file: file.name.clone(),
        });
    }
    Ok(utf8_or_lossy(file, bytes))
}

fn plain(text: String) -> Decoded {
    Decoded { text, notice: None }
}

/// UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte.
/// LE puts it at odd positions, BE at even ones.
fn utf16_by_nuls(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..SAMPLE.min(bytes.len() & !1))?;
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        if let [a, b] = pair {
            even += usize::from(*a == 0);
            odd += usize::from(*b == 0);
        }
    }
    if odd * 10 >= pairs * 4 && even * 20 < pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 4 && odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Known binary signatures, or more than 1 % NUL/control bytes in the
/// sample. Text never has those; a tab, line breaks and form feed are fine.
fn looks_binary(bytes: &[u8]) -> bool {
    if BINARY_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return true;
    }
    let sample = bytes.get(..SAMPLE).unwrap_or(bytes);
    let control = sample
        .iter()
        .filter(|b| matches!(**b, 0..=8 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F))
        .count();
    control * 100 > sample.len() || (control > 0 && sample.len() < 100)
}

/// UTF-8 if it is; mostly-UTF-8 with a few broken bytes stays UTF-8 (the
/// broken bytes become U+FFFD and are reported); else a Windows code page.
fn utf8_or_lossy(file: &SourceFile, bytes: &[u8]) -> Decoded {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return plain(text.to_string());
    }
    let mut multibyte = 0usize;
    let mut invalid = 0usize;
    let mut first_invalid = None;
    let mut offset = 0usize;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            invalid += 1;
            first_invalid.get_or_insert(offset);
        }
        offset += chunk.invalid().len();
    }
    if multibyte > 0 && multibyte >= invalid {
        let line = bytes
            .get(..first_invalid.unwrap_or(0))
            .unwrap_or(bytes)
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        return Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            notice: Some(Problem {
                file: file.name.clone(),
                row: Some(line - 1),
                column: None,
                value: None,
                issue: Issue::InvalidUtf8,
                action: Action::Replaced,
            }),
        };
    }
    let encoding = code_page(bytes);
    Decoded {
        text: encoding.decode_without_bom_handling(bytes).0.into_owned(),
        notice: Some(Problem {
            file: file.name.clone(),
            row: None,
            column: None,
            value: Some(encoding.name().to_string()),
            issue: Issue::LegacyEncoding,
            action: Action::Decoded(encoding.name().to_string()),
        }),
    }
}

/// Windows-1254 and -1252 differ only where Turkish has ğĞİŞış and 1252
/// has ÐÝÞðýþ (plus a few unused slots). Those Icelandic letters do not
/// occur in German or English, so any of those bytes means Turkish.
/// Everything else (umlauts, ç, ö, ü) is the same in both.
pub fn code_page(bytes: &[u8]) -> &'static Encoding {
    let turkish = bytes
        .iter()
        .filter(|b| matches!(**b, 0xD0 | 0xDD | 0xDE | 0xF0 | 0xFD | 0xFE))
        .count();
    if turkish > 0 {
        WINDOWS_1254
    } else {
        WINDOWS_1252
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        decode(&SourceFile::new("t.csv", bytes))
            .map(|d| d.text)
            .unwrap_or_default()
    }

    #[test]
    fn detects_each_encoding() {
        assert_eq!(text("Çalışan;Stärke".as_bytes()), "Çalışan;Stärke");
        assert_eq!(text(b"\xEF\xBB\xBFa;b"), "a;b");
        assert_eq!(text(b"\xFF\xFEa\0;\0b\0"), "a;b");
        assert_eq!(text(b"\xFE\xFF\0a\0;\0b"), "a;b");
        assert_eq!(text(b"a\0b\0c\0;\0d\0"), "abc;d");
        assert_eq!(text(b"\0a\0b\0c\0;\0d"), "abc;d");
        assert_eq!(text(b"\xC7al\xFD\xFEan"), "Çalışan");
        assert_eq!(
            text(b"St\xE4rke;M\xFCller;Stra\xDFe"),
            "Stärke;Müller;Straße"
        );
    }

    #[test]
    fn binary_is_refused_and_broken_utf8_reported() {
        assert!(matches!(
            decode(&SourceFile::new(
                "x.csv",
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()
            )),
            Err(IngestError::Binary { .. })
        ));
        let mut bytes = "a;b\nä;ö\n".as_bytes().to_vec();
        bytes.extend_from_slice(b"x\xFF;y\n");
        let d = decode(&SourceFile::new("x.csv", bytes));
        let notice = d.ok().and_then(|d| d.notice);
        assert_eq!(
            notice.map(|n| (n.row, n.issue)),
            Some((Some(2), Issue::InvalidUtf8))
        );
    }
}
