//! JSON Lines records: one JSON object per line, `{"id", "text", "date", "english"}`.
//!
//! **In:** a buffered reader. **Out:** one [`Document`] per non-blank line, in file order, or an
//! `Err` naming the file, line and column (serde_json's message, with a hint on the shape a
//! line must have); a bad line does not stop the file. Fields other than the four are ignored;
//! `id` may be a string, a number (kept as written: `007`, `1.50`, `-0` and numbers beyond 64
//! bits stay as they are) or null (then the id is `FILE:LINE`).
//!
//! A line longer than the limit on document size is an `Err` at its line, read past without
//! being held: at most `limit` bytes of a line are ever buffered.
//!
//! The usual record (string fields, nothing nested) is read by a one-pass reader ([`fast`]);
//! serde_json reads every other line and reports every error.

use std::io::BufRead;
use std::path::{Path, PathBuf};

mod fast;

use serde::Deserialize;

use super::Document;
use crate::error::{Error, Location, Result};

/// The records of one JSON Lines source.
pub(super) struct JsonlRecords {
    path: PathBuf,
    lines: Box<dyn BufRead + Send>,
    line: usize,
    /// The current line when it straddles the reader's buffer, kept from line to line.
    buf: Vec<u8>,
    /// The largest line read, in bytes (without its line end).
    limit: u64,
    /// The rest of a line longer than `limit` is still to be read past.
    skipping: bool,
}

/// A line buffer larger than this is given back after use, so that one long line does not
/// keep its memory for the rest of the file.
const KEEP_BUF: usize = 1 << 20;

impl JsonlRecords {
    pub(super) fn new(path: PathBuf, lines: Box<dyn BufRead + Send>, limit: u64) -> JsonlRecords {
        JsonlRecords {
            path,
            lines,
            line: 0,
            buf: Vec::new(),
            limit,
            skipping: false,
        }
    }

    pub(super) fn next_record(&mut self) -> Option<Result<Document>> {
        let path = &self.path;
        let limit = usize::try_from(self.limit).unwrap_or(usize::MAX);
        loop {
            if self.skipping {
                match skip_line(&mut *self.lines) {
                    Ok(true) => self.skipping = false,
                    Ok(false) => return None,
                    Err(e) => return Some(Err(Error::io(Some(path), e))),
                }
            }
            self.line += 1;
            // Usually the whole line is in the reader's buffer: parse it there, uncopied.
            let chunk = match self.lines.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    self.line -= 1;
                    continue;
                }
                Err(e) => return Some(Err(Error::io(Some(path), e))),
            };
            if let Some(end) = memchr::memchr(b'\n', chunk) {
                let bytes = &chunk[..=end];
                let doc = if end > limit {
                    Some(Err(self.too_large()))
                } else {
                    (!bytes.iter().all(u8::is_ascii_whitespace))
                        .then(|| parse_json_line(path, self.line, bytes))
                };
                self.lines.consume(end + 1);
                match doc {
                    Some(doc) => return Some(doc),
                    None => continue,
                }
            }
            self.buf.clear();
            match read_line(&mut *self.lines, &mut self.buf, limit) {
                Ok(Line::End) => return None,
                Ok(Line::Read) => {}
                Ok(Line::TooLong { ended }) => {
                    self.skipping = !ended;
                    self.buf = Vec::new();
                    return Some(Err(self.too_large()));
                }
                Err(e) => return Some(Err(Error::io(Some(path), e))),
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let doc = parse_json_line(path, self.line, &self.buf);
            if self.buf.capacity() > KEEP_BUF {
                self.buf = Vec::new();
            }
            return Some(doc);
        }
    }

    fn too_large(&self) -> Error {
        Error::too_large(Location::new(&self.path, self.line, 0), self.limit)
    }
}

#[derive(Deserialize)]
struct JsonDoc<'a> {
    /// As written: a number keeps its digits (serde_json would round `1.50` and ids past u64).
    #[serde(default, borrow)]
    id: Option<&'a serde_json::value::RawValue>,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    english: Option<String>,
}

/// What [`read_line`] read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    /// A line (with its `\n`, unless it is the last line and has none).
    Read,
    /// Nothing: the end of the input.
    End,
    /// A line longer than the limit: what was read of it is dropped; `ended` when its line end
    /// was read too (otherwise the rest is still to be skipped).
    TooLong { ended: bool },
}

/// `BufRead::read_until(b'\n')` with the SIMD `memchr` (the standard library's looks at a
/// word at a time, which costs about an instruction a byte), which gives up on a line longer
/// than `limit` bytes (without its `\n`) rather than buffer it.
fn read_line(reader: &mut dyn BufRead, line: &mut Vec<u8>, limit: usize) -> std::io::Result<Line> {
    let start = line.len();
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(if line.len() == start {
                Line::End
            } else {
                Line::Read
            });
        }
        let (taken, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let content = taken - usize::from(done);
        if line.len() - start + content > limit {
            reader.consume(taken);
            line.truncate(start);
            return Ok(Line::TooLong { ended: done });
        }
        // Room up to the longest line allowed (with its line end), without copying a large
        // buffer (see `grow`).
        super::grow(line, taken, start.saturating_add(limit).saturating_add(1));
        line.extend_from_slice(&chunk[..taken]);
        reader.consume(taken);
        if done {
            return Ok(Line::Read);
        }
    }
}

/// Read past the rest of a line without keeping it: `true` at its `\n`, `false` at the end.
fn skip_line(reader: &mut dyn BufRead) -> std::io::Result<bool> {
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(false);
        }
        match memchr::memchr(b'\n', chunk) {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(true);
            }
            None => {
                let n = chunk.len();
                reader.consume(n);
            }
        }
    }
}

fn parse_json_line(path: &Path, line: usize, bytes: &[u8]) -> Result<Document> {
    let loc = |column| Location::new(path, line, column);
    let text = simdutf8::basic::from_utf8(bytes).map_err(|_| {
        Error::parse(
            loc(0),
            "not UTF-8; convert the file to UTF-8 first, e.g. `iconv -f WINDOWS-1256 -t UTF-8`",
        )
    })?;
    // Windows tools write a byte-order mark at the start of the file.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // serde's derive also reads a struct from an array (`[null, "x"]`): only an object is a
    // document.
    let start = text.len() - text.trim_start().len();
    if !text[start..].starts_with('{') {
        return Err(Error::parse(
            loc(start + 1),
            "each line must be a JSON object with a \"text\" field, e.g. {\"id\": \"a1\", \"text\": \"…\"}",
        ));
    }
    // The common record, read in one pass; any other line (and every error) is serde's.
    if let Some(f) = fast::record(text) {
        return Ok(Document {
            id: f.id.unwrap_or_else(|| format!("{}:{line}", path.display())),
            text: f.text,
            date: f.date,
            english: f.english,
            origin: loc(0),
        });
    }
    let doc: JsonDoc = serde_json::from_str(text).map_err(|e| {
        Error::parse(
            loc(e.column()),
            format!(
                "{}; each line must be a JSON object with a \"text\" field, e.g. {{\"id\": \"a1\", \"text\": \"…\"}}",
                e.to_string().split(" at line").next().unwrap_or_default()
            ),
        )
    })?;
    let id = match doc.id.map(|raw| raw.get()) {
        None | Some("null") => format!("{}:{line}", path.display()),
        // A number, as written.
        Some(raw) if raw.starts_with(|c: char| c == '-' || c.is_ascii_digit()) => raw.to_string(),
        Some(raw) => match serde_json::from_str(raw) {
            Ok(serde_json::Value::String(s)) => s,
            // An array, object or boolean: compact JSON.
            Ok(v) => v.to_string(),
            Err(e) => return Err(Error::parse(loc(0), format!("the id: {e}"))),
        },
    };
    Ok(Document {
        id,
        text: doc.text,
        date: doc.date,
        english: doc.english,
        origin: loc(0),
    })
}

#[cfg(test)]
mod tests {
    use std::io::BufReader;

    use super::*;

    #[test]
    fn json_lines_report_line_and_column() {
        let err = parse_json_line(Path::new("in.jsonl"), 7, br#"{"id": 1, "txt": "x"}"#)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("in.jsonl:7:"), "{err}");
        assert!(err.contains("missing field `text`"), "{err}");
        let doc = parse_json_line(
            Path::new("in.jsonl"),
            2,
            br#"{"id": 12, "text": "x", "extra": [1]}"#,
        )
        .unwrap();
        assert_eq!((doc.id.as_str(), doc.text.as_str()), ("12", "x"));
    }

    /// A JSON array (which serde would read as the fields in order) is not a document.
    #[test]
    fn json_arrays_are_refused() {
        for line in [
            r#"[null, "x"]"#,
            r#"  ["a", "b"]"#,
            "\u{FEFF}[1]",
            "\"x\"",
            "3",
        ] {
            let err = parse_json_line(Path::new("in.jsonl"), 4, line.as_bytes())
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("in.jsonl:4:"), "{line:?}: {err}");
            assert!(err.contains("must be a JSON object"), "{line:?}: {err}");
        }
    }

    #[test]
    fn json_lines_decode_escapes_and_take_null_ids() {
        let line = r#"{"id": null, "text": "نص\n\"اقتباس\" \u0041\ud83d\ude00", "english": null}"#;
        let doc = parse_json_line(Path::new("in.jsonl"), 3, line.as_bytes()).unwrap();
        assert_eq!(doc.id, "in.jsonl:3");
        assert_eq!(doc.text, "نص\n\"اقتباس\" A😀");
        assert_eq!(doc.english, None);
    }

    #[test]
    fn read_line_reads_like_read_until() {
        let text = b"{\"a\": 1}\n\nxyz long line across buffer refills\nlast";
        let mut mine = BufReader::with_capacity(4, &text[..]);
        let mut theirs = BufReader::with_capacity(4, &text[..]);
        loop {
            let (mut a, mut b) = (b"kept".to_vec(), b"kept".to_vec());
            let got = read_line(&mut mine, &mut a, usize::MAX).unwrap();
            let n = theirs.read_until(b'\n', &mut b).unwrap();
            assert_eq!(got, if n == 0 { Line::End } else { Line::Read });
            assert_eq!(a, b);
            if n == 0 {
                break;
            }
        }
    }

    /// Ids keep the JSON text of a number; strings are unescaped; other values are compact.
    #[test]
    fn numeric_ids_are_kept_as_written() {
        for (id, want) in [
            ("18446744073709551616123", "18446744073709551616123"),
            ("1.50", "1.50"),
            ("-0", "-0"),
            ("1e3", "1e3"),
            ("007", ""), // not JSON: a parse error
            ("12", "12"),
            ("\"a\\u0031\"", "a1"),
            ("[1, 2]", "[1,2]"),
            ("true", "true"),
            ("null", "in.jsonl:4"),
        ] {
            let line = format!(r#"{{"id": {id}, "text": "x"}}"#);
            let got = parse_json_line(Path::new("in.jsonl"), 4, line.as_bytes());
            match got {
                Ok(doc) => assert_eq!(doc.id, want, "id {id}"),
                Err(e) => assert_eq!(want, "", "id {id}: {e}"),
            }
        }
    }

    /// Lines longer than the limit are errors at their line, whether they end within the
    /// reader's buffer or not, at the end of the input or not; the lines after them are read.
    #[test]
    fn lines_over_the_limit_are_skipped() {
        let ok = |id: &str| format!("{{\"id\": \"{id}\", \"text\": \"x\"}}\n");
        let long = format!("{{\"id\": \"long\", \"text\": \"{}\"}}", "ن".repeat(400));
        let input = [ok("a"), long.clone() + "\n", ok("b"), long.clone()].concat();
        for capacity in [8, 64, 1 << 16] {
            let reader = Box::new(BufReader::with_capacity(
                capacity,
                std::io::Cursor::new(input.clone().into_bytes()),
            ));
            let mut records = JsonlRecords::new("in.jsonl".into(), reader, 100);
            let mut got = Vec::new();
            while let Some(r) = records.next_record() {
                got.push(r.map(|d| d.id).unwrap_or_else(|e| e.to_string()));
            }
            let too_large = |line| {
                format!("in.jsonl:{line}: document is larger than --max-doc-bytes (100 bytes); split it or raise the limit")
            };
            assert_eq!(
                got,
                ["a".to_string(), too_large(2), "b".into(), too_large(4)],
                "capacity {capacity}"
            );
        }
    }
}
