//! JSON Lines records: one JSON object per line, `{"id", "text", "date", "english"}`.
//!
//! **In:** a buffered reader. **Out:** one [`Document`] per non-blank line, in file order, or an
//! `Err` naming the file, line and column (serde_json's message, with a hint on the shape a
//! line must have); a bad line does not stop the file. Fields other than the four are ignored;
//! `id` may be a string, a number or null (then the id is `FILE:LINE`).

use std::io::BufRead;
use std::path::{Path, PathBuf};

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
}

impl JsonlRecords {
    pub(super) fn new(path: PathBuf, lines: Box<dyn BufRead + Send>) -> JsonlRecords {
        JsonlRecords {
            path,
            lines,
            line: 0,
            buf: Vec::new(),
        }
    }

    pub(super) fn next_record(&mut self) -> Option<Result<Document>> {
        let path = &self.path;
        loop {
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
                let doc = (!bytes.iter().all(u8::is_ascii_whitespace))
                    .then(|| parse_json_line(path, self.line, bytes));
                self.lines.consume(end + 1);
                match doc {
                    Some(doc) => return Some(doc),
                    None => continue,
                }
            }
            self.buf.clear();
            match read_line(&mut *self.lines, &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(Error::io(Some(path), e))),
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(parse_json_line(path, self.line, &self.buf));
        }
    }
}

#[derive(Deserialize)]
struct JsonDoc {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    english: Option<String>,
}

/// `BufRead::read_until(b'\n')` with the SIMD `memchr` (the standard library's looks at a
/// word at a time, which costs about an instruction a byte).
fn read_line(reader: &mut dyn BufRead, line: &mut Vec<u8>) -> std::io::Result<usize> {
    let start = line.len();
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (taken, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), chunk.is_empty()),
        };
        line.extend_from_slice(&chunk[..taken]);
        reader.consume(taken);
        if done {
            return Ok(line.len() - start);
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
    let doc: JsonDoc = serde_json::from_str(text).map_err(|e| {
        Error::parse(
            loc(e.column()),
            format!(
                "{}; each line must be a JSON object with a \"text\" field, e.g. {{\"id\": \"a1\", \"text\": \"…\"}}",
                e.to_string().split(" at line").next().unwrap_or_default()
            ),
        )
    })?;
    let id = match doc.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Null) | None => format!("{}:{line}", path.display()),
        Some(v) => v.to_string(),
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
            let n = read_line(&mut mine, &mut a).unwrap();
            assert_eq!(n, theirs.read_until(b'\n', &mut b).unwrap());
            assert_eq!(a, b);
            if n == 0 {
                break;
            }
        }
    }
}
