//! Reading documents: plain-text files, directories, stdin, JSON Lines and CSV.
//!
//! **In:** the paths a user names (`-` for stdin) and [`InputOptions`]. **Out:** a streaming
//! iterator of `Result<Document>` in a stable order: paths in the order given, directories
//! walked recursively in byte order of their relative paths, JSONL/CSV records in file order.
//! A document that cannot be read (unreadable file, not UTF-8, a bad JSON line) comes out as an
//! `Err` naming its file, line and column, and the iteration goes on with the next one.
//!
//! Document ids: for a file found under a directory, its path relative to that directory; for
//! a file named directly, the path as given; for stdin, `-`; for JSONL and CSV, the `id`
//! field/column, or `FILE:LINE` when there is none.
//!
//! What it does *not* do: guess encodings. Non-UTF-8 input is an error with a hint to convert
//! it (`iconv -f WINDOWS-1256 -t UTF-8`).

use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Location, Result};

/// One input document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
    /// Reference date (`YYYY-MM-DD`) for relative dates, from JSONL/CSV `date`.
    pub date: Option<String>,
    /// An English translation of the whole document, from JSONL/CSV `english`.
    pub english: Option<String>,
    /// Where the document came from, for error messages.
    pub origin: Location,
}

/// How to read a path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// By extension: `.jsonl`/`.ndjson` → JSON Lines, `.csv` → CSV, anything else → text.
    #[default]
    Auto,
    Text,
    Jsonl,
    Csv,
}

/// Options for [`read`].
#[derive(Clone, Debug)]
pub struct InputOptions {
    pub format: InputFormat,
    /// Which files to take from directories, matched against the path relative to the
    /// directory (`*` within a path component, `**` across components, `?` one character).
    /// A pattern without `/` is matched against the file name. Default: `*.txt`, or `*.jsonl`
    /// / `*.csv` when the format says so.
    pub glob: Option<String>,
    /// CSV: the column holding the text.
    pub text_column: String,
    /// CSV: the column holding the id (default `id`, if present).
    pub id_column: Option<String>,
}

impl Default for InputOptions {
    fn default() -> InputOptions {
        InputOptions {
            format: InputFormat::Auto,
            glob: None,
            text_column: "text".into(),
            id_column: None,
        }
    }
}

/// Read documents from `paths` (`-` or no path at all: stdin).
pub fn read(paths: &[PathBuf], opts: &InputOptions) -> Documents {
    let mut pending: VecDeque<Source> = VecDeque::new();
    if paths.is_empty() {
        pending.push_back(Source::Stdin);
    }
    for p in paths {
        if p.as_os_str() == "-" {
            pending.push_back(Source::Stdin);
        } else {
            pending.push_back(Source::Path {
                path: p.clone(),
                id: p.display().to_string(),
                root: None,
            });
        }
    }
    Documents {
        opts: opts.clone(),
        pending,
        records: None,
    }
}

enum Source {
    Stdin,
    Path {
        path: PathBuf,
        id: String,
        /// The directory this file was found under (it is only walked further if it's a dir).
        root: Option<PathBuf>,
    },
}

/// The streaming iterator returned by [`read`].
pub struct Documents {
    opts: InputOptions,
    pending: VecDeque<Source>,
    records: Option<Records>,
}

/// Records of a JSONL or CSV source being read.
enum Records {
    Jsonl {
        path: PathBuf,
        lines: Box<dyn BufRead + Send>,
        line: usize,
        /// The current line, a buffer kept from line to line.
        buf: Vec<u8>,
    },
    Csv {
        path: PathBuf,
        reader: Box<csv::Reader<Box<dyn Read + Send>>>,
        text: usize,
        id: Option<usize>,
        date: Option<usize>,
        english: Option<usize>,
    },
}

impl Iterator for Documents {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        loop {
            if let Some(records) = &mut self.records {
                match records.next_record() {
                    Some(item) => return Some(item),
                    None => self.records = None,
                }
            }
            match self.pending.pop_front()? {
                Source::Stdin => {
                    let format = self.opts.format;
                    let stdin: Box<dyn BufRead + Send> = Box::new(BufReader::new(std::io::stdin()));
                    match format {
                        InputFormat::Jsonl => {
                            self.records = Some(Records::Jsonl {
                                path: "-".into(),
                                lines: stdin,
                                line: 0,
                                buf: Vec::new(),
                            });
                        }
                        InputFormat::Csv => match Records::csv("-".into(), stdin, &self.opts) {
                            Ok(r) => self.records = Some(r),
                            Err(e) => return Some(Err(e)),
                        },
                        _ => return Some(read_text(Path::new("-"), "-".into(), stdin)),
                    }
                }
                Source::Path { path, id, root } => {
                    let meta = match fs::metadata(&path) {
                        Ok(m) => m,
                        Err(e) => return Some(Err(Error::io(Some(&path), e))),
                    };
                    if meta.is_dir() {
                        let root = root.unwrap_or_else(|| path.clone());
                        match self.walk(&root, &path) {
                            Ok(found) => {
                                for s in found.into_iter().rev() {
                                    self.pending.push_front(s);
                                }
                            }
                            Err(e) => return Some(Err(e)),
                        }
                        continue;
                    }
                    let file = match fs::File::open(&path) {
                        Ok(f) => f,
                        Err(e) => return Some(Err(Error::io(Some(&path), e))),
                    };
                    let reader: Box<dyn BufRead + Send> =
                        Box::new(BufReader::with_capacity(1 << 16, file));
                    match self.format_of(&path) {
                        InputFormat::Jsonl => {
                            self.records = Some(Records::Jsonl {
                                path,
                                lines: reader,
                                line: 0,
                                buf: Vec::new(),
                            });
                        }
                        InputFormat::Csv => match Records::csv(path, reader, &self.opts) {
                            Ok(r) => self.records = Some(r),
                            Err(e) => return Some(Err(e)),
                        },
                        _ => return Some(read_text(&path, id, reader)),
                    }
                }
            }
        }
    }
}

impl Documents {
    fn format_of(&self, path: &Path) -> InputFormat {
        match self.opts.format {
            InputFormat::Auto => match path.extension().and_then(|e| e.to_str()) {
                Some("jsonl" | "ndjson") => InputFormat::Jsonl,
                Some("csv") => InputFormat::Csv,
                _ => InputFormat::Text,
            },
            f => f,
        }
    }

    fn default_glob(&self) -> &str {
        match self.opts.format {
            InputFormat::Jsonl => "*.jsonl",
            InputFormat::Csv => "*.csv",
            _ => "*.txt",
        }
    }

    /// The files under `dir` that the glob takes, sorted by relative path.
    fn walk(&self, root: &Path, dir: &Path) -> Result<Vec<Source>> {
        let glob = self.opts.glob.as_deref().unwrap_or(self.default_glob());
        let mut files = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let entries = fs::read_dir(&d).map_err(|e| Error::io(Some(&d), e))?;
            for entry in entries {
                let entry = entry.map_err(|e| Error::io(Some(&d), e))?;
                let path = entry.path();
                let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false)
                    || (path.is_dir() && !path.is_symlink());
                if is_dir {
                    stack.push(path);
                    continue;
                }
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let rel = rel.to_string_lossy().replace('\\', "/");
                if glob_matches(glob, &rel) {
                    files.push((rel, path));
                }
            }
        }
        files.sort();
        Ok(files
            .into_iter()
            .map(|(rel, path)| Source::Path {
                path,
                id: rel,
                root: Some(root.to_path_buf()),
            })
            .collect())
    }
}

fn read_text(path: &Path, id: String, mut reader: Box<dyn BufRead + Send>) -> Result<Document> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(Some(path), e))?;
    let text = decode(path, bytes)?;
    Ok(Document {
        id,
        text,
        origin: Location::new(path, 0, 0),
        ..Document::default()
    })
}

/// UTF-8 bytes to a String, without a leading BOM; a located error otherwise.
pub fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let err = e.utf8_error();
            Err(Error::utf8(path, e.as_bytes(), err))
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

impl Records {
    fn csv(path: PathBuf, reader: Box<dyn BufRead + Send>, opts: &InputOptions) -> Result<Records> {
        let reader: Box<dyn Read + Send> = Box::new(reader);
        let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
        let headers = csv
            .headers()
            .map_err(|e| Error::parse(Location::new(&path, 1, 0), csv_reason(&e)))?
            .clone();
        let find = |name: &str| headers.iter().position(|h| h.trim() == name);
        let text = find(&opts.text_column).ok_or_else(|| {
            Error::parse(
                Location::new(&path, 1, 0),
                format!(
                    "no column named '{}' (columns: {}); name the text column with --text-column",
                    opts.text_column,
                    headers.iter().collect::<Vec<_>>().join(", ")
                ),
            )
        })?;
        let id = match &opts.id_column {
            Some(name) => Some(find(name).ok_or_else(|| {
                Error::parse(
                    Location::new(&path, 1, 0),
                    format!("no column named '{name}' for --id-column"),
                )
            })?),
            None => find("id"),
        };
        Ok(Records::Csv {
            path,
            reader: Box::new(csv),
            text,
            id,
            date: find("date"),
            english: find("english"),
        })
    }

    fn next_record(&mut self) -> Option<Result<Document>> {
        match self {
            Records::Jsonl {
                path,
                lines,
                line,
                buf,
            } => loop {
                buf.clear();
                *line += 1;
                match read_line(lines, buf) {
                    Ok(0) => return None,
                    Ok(_) => {}
                    Err(e) => return Some(Err(Error::io(Some(path), e))),
                }
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Some(parse_json_line(path, *line, buf));
            },
            Records::Csv {
                path,
                reader,
                text,
                id,
                date,
                english,
            } => {
                let mut record = csv::ByteRecord::new();
                match reader.read_byte_record(&mut record) {
                    Ok(false) => None,
                    Ok(true) => {
                        let line = record.position().map_or(0, |p| p.line() as usize);
                        let loc = Location::new(&*path, line, 0);
                        let field = |i: Option<usize>| -> Result<Option<String>> {
                            match i.and_then(|i| record.get(i)) {
                                None => Ok(None),
                                Some(b) => decode(path, b.to_vec()).map(Some).map_err(|_| {
                                    Error::parse(
                                        loc.clone(),
                                        "a field is not UTF-8; convert the file to UTF-8",
                                    )
                                }),
                            }
                        };
                        let doc = (|| {
                            let text = field(Some(*text))?.ok_or_else(|| {
                                Error::parse(loc.clone(), "the record has no text column; check the quoting of the line before")
                            })?;
                            Ok(Document {
                                id: field(*id)?
                                    .filter(|s| !s.is_empty())
                                    .unwrap_or_else(|| format!("{}:{line}", path.display())),
                                text,
                                date: field(*date)?.filter(|s| !s.is_empty()),
                                english: field(*english)?.filter(|s| !s.is_empty()),
                                origin: loc.clone(),
                            })
                        })();
                        Some(doc)
                    }
                    Err(e) => {
                        let line = e.position().map_or(0, |p| p.line() as usize);
                        let err = Error::parse(Location::new(&*path, line, 0), csv_reason(&e));
                        // A broken record can leave the reader unable to go on: stop this file.
                        if !matches!(
                            e.kind(),
                            csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. }
                        ) {
                            let empty: Box<dyn Read + Send> = Box::new(std::io::empty());
                            **reader = csv::Reader::from_reader(empty);
                        }
                        Some(Err(err))
                    }
                }
            }
        }
    }
}

fn csv_reason(e: &csv::Error) -> String {
    let mut s = e.to_string();
    if let Some(i) = s.find(": ") {
        if s[..i].contains("position") || s[..i].starts_with("CSV") {
            s = s[i + 2..].to_string();
        }
    }
    s.make_ascii_lowercase();
    s
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

/// Shell-style matching of a relative path: `*` and `?` within a component, `**` across
/// components. A pattern without `/` is matched against the last component only.
pub fn glob_matches(pattern: &str, rel: &str) -> bool {
    let subject = if pattern.contains('/') {
        rel
    } else {
        rel.rsplit('/').next().unwrap_or(rel)
    };
    wildcard(pattern.as_bytes(), subject.as_bytes())
}

fn wildcard(p: &[u8], s: &[u8]) -> bool {
    match p.first() {
        None => s.is_empty(),
        Some(b'*') if p.get(1) == Some(&b'*') => {
            let rest = p[2..].strip_prefix(b"/").unwrap_or(&p[2..]);
            (0..=s.len()).any(|i| wildcard(rest, &s[i..]))
        }
        Some(b'*') => (0..=s.len())
            .take_while(|&i| i == 0 || s[i - 1] != b'/')
            .any(|i| wildcard(&p[1..], &s[i..])),
        Some(b'?') => !s.is_empty() && s[0] != b'/' && wildcard(&p[1..], &s[1..]),
        Some(&c) => s.first() == Some(&c) && wildcard(&p[1..], &s[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        let rows: &[(&str, &str, bool)] = &[
            ("*.txt", "a.txt", true),
            ("*.txt", "dir/a.txt", true),
            ("*.txt", "a.txt.bak", false),
            ("ar/*.txt", "ar/a.txt", true),
            ("ar/*.txt", "ar/x/a.txt", false),
            ("**/*.txt", "ar/x/a.txt", true),
            ("**/*.txt", "a.txt", true),
            ("a?.txt", "ab.txt", true),
            ("*.en.txt", "x.ar.txt", false),
        ];
        for &(p, s, want) in rows {
            assert_eq!(glob_matches(p, s), want, "glob {p} on {s}");
        }
    }

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

    #[test]
    fn decode_strips_bom_and_locates_errors() {
        assert_eq!(
            decode(Path::new("a"), b"\xEF\xBB\xBFok".to_vec()).unwrap(),
            "ok"
        );
        let e = decode(Path::new("a.txt"), b"ok\n\xC8\xE3".to_vec()).unwrap_err();
        assert!(e.to_string().starts_with("a.txt:2:1: not UTF-8"), "{e}");
    }
}
