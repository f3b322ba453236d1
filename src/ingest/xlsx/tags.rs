//! A pull tokenizer for the XML parts of a workbook package.
//!
//! Worksheets are most of a workbook's bytes and almost nothing but small
//! tags, so a general XML parser spends its time on what they never use
//! (namespaces, DTDs, events for every attribute). This one only splits the
//! text into tags and text runs, borrowing from the input; callers pick the
//! attributes they need. Element and attribute names are matched by their
//! local part, since generators differ in prefixes (`x:c` and `c`).
//!
//! It works on bytes: the input is a `str` (valid UTF-8) and is only ever
//! split at ASCII delimiters, so every piece is valid UTF-8 again, and the
//! per-tag work avoids `str`'s char-boundary checks and pattern searches.

use std::borrow::Cow;

use memchr::{memchr, memchr2, memchr3, memmem};

/// One step through the document. Text is still escaped (see [`unescape_into`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// `<name attrs>` or, with `empty`, `<name attrs/>`; `name` is the local part.
    Open {
        name: &'a [u8],
        attrs: &'a [u8],
        empty: bool,
    },
    /// `</name>`, local part.
    Close(&'a [u8]),
    /// Character data between tags, escaped.
    Text(&'a [u8]),
    /// A CDATA section's contents, literal.
    Cdata(&'a [u8]),
}

/// Where the markup stops making sense, as a byte offset into the part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Malformed {
    pub offset: usize,
    pub what: &'static str,
}

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.what, self.offset)
    }
}

/// Tokens of `xml`, in order.
pub struct Tags<'a> {
    xml: &'a [u8],
    pos: usize,
}

impl<'a> Tags<'a> {
    pub fn new(xml: &'a str) -> Self {
        Self {
            xml: xml.as_bytes(),
            pos: 0,
        }
    }

    /// The next token, `None` at the end.
    ///
    /// Complexity: linear in the bytes consumed; declarations, comments
    /// and processing instructions are skipped.
    pub fn next_token(&mut self) -> Result<Option<Token<'a>>, Malformed> {
        loop {
            let bytes = self.xml;
            let start = self.pos;
            let Some(rest) = bytes.get(start..).filter(|r| !r.is_empty()) else {
                return Ok(None);
            };
            if rest[0] != b'<' {
                let len = position(rest, b'<').unwrap_or(rest.len());
                self.pos = start + len;
                return Ok(Some(Token::Text(&rest[..len])));
            }
            let bad = |what| Malformed {
                offset: start,
                what,
            };
            match rest.get(1) {
                Some(b'?') => {
                    self.pos = start + find(rest, b"?>").ok_or(bad("unclosed declaration"))? + 2;
                }
                Some(b'!') if rest.starts_with(b"<!--") => {
                    self.pos = start + find(rest, b"-->").ok_or(bad("unclosed comment"))? + 3;
                }
                Some(b'!') if rest.starts_with(b"<![CDATA[") => {
                    let end = find(rest, b"]]>").ok_or(bad("unclosed CDATA section"))?;
                    self.pos = start + end + 3;
                    return Ok(Some(Token::Cdata(&rest[9..end])));
                }
                Some(b'!') => {
                    // A DOCTYPE; its internal subset may hold '>'.
                    let close = memchr(b'>', rest).ok_or(bad("unclosed declaration"))?;
                    let end = match memchr(b'[', &rest[..close]) {
                        Some(_) => find(rest, b"]>").ok_or(bad("unclosed declaration"))? + 2,
                        None => close + 1,
                    };
                    self.pos = start + end;
                }
                Some(b'/') => {
                    let close = position(rest, b'>').ok_or(bad("unclosed tag"))?;
                    self.pos = start + close + 1;
                    let name = &rest[2..close];
                    if position(name, b'<').is_some() {
                        return Err(bad("'<' inside a tag"));
                    }
                    return Ok(Some(Token::Close(local(&name[..name_len(name)]))));
                }
                Some(_) => {
                    let (close, space) = tag_end(rest).ok_or(bad("unclosed tag"))?;
                    self.pos = start + close + 1;
                    let inner = &rest[1..close];
                    let (inner, empty) = match inner.split_last() {
                        Some((b'/', inner)) => (inner, true),
                        _ => (inner, false),
                    };
                    let name_end = space.map_or(inner.len(), |s| (s - 1).min(inner.len()));
                    if name_end == 0 {
                        return Err(bad("tag without a name"));
                    }
                    return Ok(Some(Token::Open {
                        name: local(&inner[..name_end]),
                        attrs: &inner[name_end..],
                        empty,
                    }));
                }
                None => return Err(bad("document ends inside a tag")),
            }
        }
    }

    /// After a cell's start tag: when the cell is exactly `<v>text</v></c>`
    /// (how nearly every cell is written), its still-escaped text, with
    /// the cell consumed; otherwise `None`, and nothing is consumed.
    pub fn plain_value(&mut self) -> Option<&'a [u8]> {
        let rest = self.xml.get(self.pos..)?;
        let body = rest.strip_prefix(b"<v>")?;
        let len = position(body, b'<')?;
        const CLOSE: &[u8] = b"</v></c>";
        if !body[len..].starts_with(CLOSE) {
            return None;
        }
        self.pos += 3 + len + CLOSE.len();
        Some(&body[..len])
    }

    /// Skips to just after the `</name>` closing the element whose start
    /// tag was the last token read (nested same-named elements included).
    pub fn skip_element(&mut self, name: &[u8]) -> Result<(), Malformed> {
        let mut depth = 1usize;
        while let Some(token) = self.next_token()? {
            match token {
                Token::Open {
                    name: n,
                    empty: false,
                    ..
                } if n == name => depth += 1,
                Token::Close(n) if n == name => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memmem::find(haystack, needle)
}

/// Index of the `>` ending a start tag that begins `rest`, skipping `>`
/// inside quoted attribute values (allowed there in XML), and of the first
/// whitespace (where the name ends), found in the same pass.
fn tag_end(rest: &[u8]) -> Option<(usize, Option<usize>)> {
    let mut quote = None;
    let mut space = None;
    for (i, &b) in rest.iter().enumerate().skip(1) {
        match (quote, b) {
            (None, b'>') => return Some((i, space)),
            // Markup cannot nest: the tag was cut short.
            (None, b'<') => return None,
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b' ' | b'\t' | b'\n' | b'\r') if space.is_none() => space = Some(i),
            (Some(q), b) if q == b => quote = None,
            _ => {}
        }
    }
    None
}

/// First index of `byte`: tags and cell values are a few bytes long, too
/// short for memchr's setup to pay off.
fn position(bytes: &[u8], byte: u8) -> Option<usize> {
    bytes.iter().position(|&b| b == byte)
}

/// Length of the name at the start of `tag` (up to whitespace or the end).
fn name_len(tag: &[u8]) -> usize {
    tag.iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(tag.len())
}

/// The part of a qualified name after its prefix.
pub fn local(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// Bytes the tokenizer cut from its `str` input as text; always valid
/// UTF-8 (cut at ASCII delimiters), so this never replaces anything.
pub fn text(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// Character data as it arrives, in one or more runs: usually a single run
/// without escapes, kept as a slice of the part and copied only when it
/// has to be unescaped or joined.
#[derive(Debug, Default)]
pub enum Chars<'a> {
    #[default]
    None,
    Slice(&'a [u8]),
    Owned(String),
}

impl<'a> Chars<'a> {
    /// Adds a run: escaped text, or with `literal` a CDATA section; `ooxml`
    /// as for [`unescape_into`].
    pub fn push(&mut self, run: &'a [u8], literal: bool, ooxml: bool) {
        let plain = memchr(b'\r', run).is_none()
            && (literal
                || if ooxml {
                    memchr2(b'&', b'_', run).is_none()
                } else {
                    memchr(b'&', run).is_none()
                });
        if plain && matches!(self, Chars::None) {
            *self = Chars::Slice(run);
            return;
        }
        let mut owned = match std::mem::take(self) {
            Chars::None => String::new(),
            Chars::Slice(s) => text(s).into_owned(),
            Chars::Owned(s) => s,
        };
        if literal {
            owned.push_str(&normalise_breaks(&text(run)));
        } else {
            unescape_into(run, ooxml, &mut owned);
        }
        *self = Chars::Owned(owned);
    }

    pub fn bytes(&self) -> &[u8] {
        match self {
            Chars::None => b"",
            Chars::Slice(s) => s,
            Chars::Owned(s) => s.as_bytes(),
        }
    }

    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            Chars::None => Cow::Borrowed(""),
            Chars::Slice(s) => text(s),
            Chars::Owned(s) => Cow::Borrowed(s),
        }
    }
}

/// The raw (escaped) value of the attribute whose local name is `wanted`.
pub fn attr<'a>(attrs: &'a [u8], wanted: &[u8]) -> Option<&'a [u8]> {
    Attrs::new(attrs)
        .find(|(name, _)| *name == wanted)
        .map(|(_, v)| v)
}

/// [`attr`], unescaped, as text.
pub fn attr_text(attrs: &[u8], wanted: &[u8]) -> Option<String> {
    attr(attrs, wanted).map(|raw| {
        let mut out = String::with_capacity(raw.len());
        unescape_into(raw, false, &mut out);
        out
    })
}

/// The attributes of a tag as `(local name, raw value)`, in one pass;
/// stops at the first malformed one.
pub struct Attrs<'a> {
    attrs: &'a [u8],
    at: usize,
}

impl<'a> Attrs<'a> {
    pub fn new(attrs: &'a [u8]) -> Self {
        Self { attrs, at: 0 }
    }
}

impl<'a> Iterator for Attrs<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.attrs;
        let skip_space = |mut i: usize| {
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            i
        };
        let name_start = skip_space(self.at);
        let mut i = name_start;
        while bytes
            .get(i)
            .is_some_and(|&b| b != b'=' && !b.is_ascii_whitespace())
        {
            i += 1;
        }
        let name_end = i;
        i = skip_space(i);
        self.at = bytes.len();
        if bytes.get(i) != Some(&b'=') {
            return None;
        }
        i = skip_space(i + 1);
        let quote = *bytes.get(i).filter(|q| matches!(q, b'"' | b'\''))?;
        let close = i + 1 + position(&bytes[i + 1..], quote)?;
        self.at = close + 1;
        Some((local(&bytes[name_start..name_end]), &bytes[i + 1..close]))
    }
}

/// `s` without surrounding whitespace; the usual case (nothing to trim,
/// ASCII at both ends) without `str::trim`'s Unicode search.
pub fn trim(s: &str) -> &str {
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    if plain(s.as_bytes().first()) && plain(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// A decimal number of up to 9 digits, without sign or spaces.
pub fn parse_index(s: &[u8]) -> Option<usize> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    s.iter().try_fold(0usize, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + usize::from(b - b'0'))
    })
}

/// Appends `raw` to `out` with XML entities and character references
/// resolved and, with `ooxml`, the `_xHHHH_` escapes Office writes for
/// control characters. A reference that resolves to nothing valid is kept
/// as written, so no text is lost.
pub fn unescape_into(raw: &[u8], ooxml: bool, out: &mut String) {
    let special = |from: usize| {
        let rest = &raw[from..];
        if ooxml {
            memchr3(b'&', b'_', b'\r', rest)
        } else {
            memchr2(b'&', b'\r', rest)
        }
        .map(|i| from + i)
    };
    let mut done = 0;
    let mut at = 0;
    while let Some(i) = special(at) {
        // XML reads a line break written as CR LF or a lone CR as one LF
        // (XML 1.0 § 2.11); a CR written as `&#13;` or `_x000D_` stays.
        if raw[i] == b'\r' {
            out.push_str(&text(&raw[done..i]));
            if raw.get(i + 1) != Some(&b'\n') {
                out.push('\n');
            }
            done = i + 1;
            at = done;
            continue;
        }
        let (len, ch) = if raw[i] == b'&' {
            entity(&raw[i..])
        } else {
            office_escape(&raw[i..])
        };
        match ch {
            Some(ch) => {
                out.push_str(&text(&raw[done..i]));
                out.push(ch);
                done = i + len;
                at = done;
            }
            None => at = i + 1,
        }
    }
    out.push_str(&text(&raw[done..]));
}

/// Literal text (CDATA) with its line breaks read as XML reads them.
fn normalise_breaks(s: &str) -> Cow<'_, str> {
    if s.contains('\r') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(s)
    }
}

/// `&…;` at the start of `s`: its length and character.
fn entity(s: &[u8]) -> (usize, Option<char>) {
    let Some(end) = memchr(b';', &s[..12.min(s.len())]) else {
        return (0, None);
    };
    let body = &s[1..end];
    let number = |digits: &[u8], radix| {
        std::str::from_utf8(digits)
            .ok()
            .and_then(|d| u32::from_str_radix(d, radix).ok())
    };
    let ch = match body {
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"amp" => Some('&'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        [b'#', b'x' | b'X', hex @ ..] => number(hex, 16).and_then(char::from_u32),
        [b'#', dec @ ..] => number(dec, 10).and_then(char::from_u32),
        _ => None,
    };
    (end + 1, ch)
}

/// `_xHHHH_` at the start of `s`: its length and character.
fn office_escape(s: &[u8]) -> (usize, Option<char>) {
    let ch = match s.get(..7) {
        Some([b'_', b'x', hex @ .., b'_']) => std::str::from_utf8(hex)
            .ok()
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32),
        _ => None,
    };
    (7, ch)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(xml: &str) -> Vec<Token<'_>> {
        let mut tags = Tags::new(xml);
        let mut out = Vec::new();
        while let Some(t) = tags.next_token().unwrap() {
            out.push(t);
        }
        out
    }

    #[test]
    fn splits_tags_and_text() {
        use Token::*;
        let xml = r#"<?xml version="1.0"?><!-- c --><x:row r="1"><c r="A1" t='s' f="a>b"/><v>1 &amp; 2</v><![CDATA[<raw>]]></x:row>"#;
        assert_eq!(
            tokens(xml),
            vec![
                Open {
                    name: b"row",
                    attrs: br#" r="1""#,
                    empty: false
                },
                Open {
                    name: b"c",
                    attrs: br#" r="A1" t='s' f="a>b""#,
                    empty: true
                },
                Open {
                    name: b"v",
                    attrs: b"",
                    empty: false
                },
                Text(b"1 &amp; 2"),
                Close(b"v"),
                Cdata(b"<raw>"),
                Close(b"row"),
            ]
        );
    }

    #[test]
    fn reports_where_markup_breaks() {
        let mut tags = Tags::new("<row><c r=\"A1");
        assert!(matches!(tags.next_token(), Ok(Some(Token::Open { .. }))));
        assert_eq!(
            tags.next_token(),
            Err(Malformed {
                offset: 5,
                what: "unclosed tag"
            })
        );
    }

    #[test]
    fn attributes_by_local_name() {
        let attrs = br#" name="R&amp;D" sheetId = '2' r:id="rId2""#;
        assert_eq!(attr(attrs, b"name"), Some(&b"R&amp;D"[..]));
        assert_eq!(attr_text(attrs, b"name").as_deref(), Some("R&D"));
        assert_eq!(attr(attrs, b"id"), Some(&b"rId2"[..]));
        assert_eq!(attr(attrs, b"sheetId"), Some(&b"2"[..]));
        assert_eq!(attr(attrs, b"state"), None);
    }

    #[test]
    fn unescapes_entities_and_office_escapes() {
        let mut out = String::new();
        unescape_into(
            "a &lt;b&gt; &#x130;&#305; _x000D_ _x00_ &bogus; & _".as_bytes(),
            true,
            &mut out,
        );
        assert_eq!(out, "a <b> İı \r _x00_ &bogus; & _");
        out.clear();
        unescape_into(b"snake_x0041_case", false, &mut out);
        assert_eq!(out, "snake_x0041_case");
    }
}
