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
//! JSON Lines records of the common shape (a flat object of strings) are read by a narrow
//! hand-written path ([`fast_json_doc`]); every other line goes through serde_json, and so do
//! all errors: results and messages are serde_json's either way.
//!
//! What it does *not* do: guess encodings. Non-UTF-8 input is an error with a hint to convert
//! it (`iconv -f WINDOWS-1256 -t UTF-8`).

use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Location, Result};
use crate::simd::Avx2;

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
                *line += 1;
                // Usually the whole line is in the reader's buffer: parse it there, uncopied.
                let chunk = match lines.fill_buf() {
                    Ok(chunk) => chunk,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                        *line -= 1;
                        continue;
                    }
                    Err(e) => return Some(Err(Error::io(Some(path), e))),
                };
                if let Some(end) = memchr::memchr(b'\n', chunk) {
                    let bytes = &chunk[..=end];
                    let doc = (!bytes.iter().all(u8::is_ascii_whitespace))
                        .then(|| parse_json_line(path, *line, bytes));
                    lines.consume(end + 1);
                    match doc {
                        Some(doc) => return Some(doc),
                        None => continue,
                    }
                }
                buf.clear();
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
    let parsed = match fast_json_doc(text) {
        Some(doc) => Ok(doc),
        None => serde_json::from_str(text),
    };
    let doc: JsonDoc = parsed.map_err(|e| {
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

/// The common JSON Lines record, parsed without serde: an object whose members are `id`,
/// `text`, `date`, `english` (each once) and other fields, all with string values (`null` too
/// where serde takes it, and `null`/`true`/`false` for other fields). Anything else — a number
/// id, a nested value, a duplicate field, a bad escape, a control character — gives `None`,
/// and serde_json parses the line instead, so every result and error message is serde's.
/// The point is the `text` string: a SIMD scan finds its quotes and backslashes, and the runs
/// between the few escapes are copied whole.
fn fast_json_doc(line: &str) -> Option<JsonDoc> {
    let mut p = FastJson {
        text: line,
        bytes: line.as_bytes(),
        i: 0,
        wide: Avx2::detect(),
    };
    let (mut id, mut text, mut date, mut english) = (None, None, None, None);
    p.whitespace();
    p.eat(b'{')?;
    p.whitespace();
    if p.eat(b'}').is_none() {
        loop {
            let key = p.key()?;
            p.whitespace();
            p.eat(b':')?;
            p.whitespace();
            // A field seen twice is serde's "duplicate field" error.
            match key {
                "id" => once(&mut id, p.nullable_string()?)?,
                "text" => once(&mut text, p.string()?)?,
                "date" => once(&mut date, p.nullable_string()?)?,
                "english" => once(&mut english, p.nullable_string()?)?,
                _ => p.skip_value()?,
            }
            p.whitespace();
            if p.eat(b',').is_some() {
                p.whitespace();
                continue;
            }
            p.eat(b'}')?;
            break;
        }
    }
    p.whitespace();
    if p.i != p.bytes.len() {
        return None;
    }
    Some(JsonDoc {
        id: id.flatten().map(serde_json::Value::String),
        text: text?,
        date: date.flatten(),
        english: english.flatten(),
    })
}

/// Sets `slot` to `value` if it is empty; `None` (the field is a duplicate) otherwise.
fn once<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    slot.is_none().then(|| *slot = Some(value))
}

/// The reader of [`fast_json_doc`]: `None` from any method means "let serde do it".
struct FastJson<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    /// [`Avx2::detect`], asked once a line.
    wide: Option<Avx2>,
}

impl<'a> FastJson<'a> {
    fn whitespace(&mut self) {
        while matches!(self.bytes.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.bytes.get(self.i) == Some(&byte)).then(|| self.i += 1)
    }

    /// A member name without escapes.
    fn key(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        let end = string_stop(self.bytes, start, self.wide);
        self.i = end;
        self.eat(b'"')?;
        Some(&self.text[start..end])
    }

    /// A string with its escapes decoded.
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut run = self.i;
        let mut out = String::new();
        loop {
            let stop = string_stop(self.bytes, self.i, self.wide);
            match self.bytes.get(stop)? {
                b'"' => {
                    out.push_str(&self.text[run..stop]);
                    self.i = stop + 1;
                    return Some(out);
                }
                b'\\' => {
                    if out.capacity() == 0 {
                        // Escapes only shrink the text: the rest of the line is enough.
                        out.reserve(self.bytes.len() - run);
                    }
                    out.push_str(&self.text[run..stop]);
                    let (c, len) = json_escape(&self.bytes[stop + 1..])?;
                    out.push(c);
                    self.i = stop + 1 + len;
                    run = self.i;
                }
                // A control character: serde's error.
                _ => return None,
            }
        }
    }

    /// A string or `null` (`None`).
    fn nullable_string(&mut self) -> Option<Option<String>> {
        if self.bytes[self.i..].starts_with(b"null") {
            self.i += 4;
            return Some(None);
        }
        self.string().map(Some)
    }

    /// The value of a field serde ignores, if it is a string or a literal.
    fn skip_value(&mut self) -> Option<()> {
        for literal in [&b"null"[..], b"true", b"false"] {
            if self.bytes[self.i..].starts_with(literal) {
                self.i += literal.len();
                return Some(());
            }
        }
        self.string().map(drop)
    }
}

/// The character of the JSON escape after a backslash at the start of `bytes`, and the bytes
/// it takes after the backslash; `None` for anything serde would reject (a lone surrogate).
fn json_escape(bytes: &[u8]) -> Option<(char, usize)> {
    let hex4 = |at: usize| -> Option<u32> {
        let digits = bytes.get(at..at + 4)?;
        digits
            .iter()
            .try_fold(0, |n, &d| Some(n << 4 | (d as char).to_digit(16)?))
    };
    let c = match bytes.first()? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let unit = hex4(1)?;
            if !(0xD800..0xDC00).contains(&unit) {
                return Some((char::from_u32(unit)?, 5));
            }
            // A surrogate pair: `\uD83D\uDE00`.
            if bytes.get(5..7)? != b"\\u" {
                return None;
            }
            let low = hex4(7)?.checked_sub(0xDC00).filter(|&l| l < 0x400)?;
            return Some((char::from_u32(0x10000 + ((unit - 0xD800) << 10) + low)?, 11));
        }
        _ => return None,
    };
    Some((c, 1))
}

/// The first byte at or after `from` that ends a plain run of a JSON string (a quote, a
/// backslash or a control character), or `bytes.len()`. 64 bytes a step with AVX2 when
/// `wide` holds the proof, else 16 with SSE2 (always there on x86_64).
#[cfg(target_arch = "x86_64")]
fn string_stop(bytes: &[u8], from: usize, wide: Option<Avx2>) -> usize {
    match wide {
        // SAFETY: an `Avx2` exists only where `Avx2::detect` found AVX2.
        Some(_) => unsafe { string_stop_avx2(bytes, from) },
        None => string_stop_sse2(bytes, from),
    }
}

/// [`string_stop`] with AVX2, 64 bytes a step. Safe to call only where the processor has
/// AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn string_stop_avx2(bytes: &[u8], from: usize) -> usize {
    use std::arch::x86_64::*;
    // The stops among the 32 bytes at `p`, a bit each: x ^ 2 ≤ 0x20 (unsigned) for the
    // control characters 0x00–0x1F and the quote 0x22 (0x22 ^ 2 = 0x20), and for nothing
    // else; then `\`. The caller makes sure the 32 bytes are there; `loadu` needs no
    // alignment.
    let stops = |p: *const u8| {
        let x = _mm256_loadu_si256(p.cast());
        let flipped = _mm256_xor_si256(x, _mm256_set1_epi8(2));
        let low = _mm256_cmpeq_epi8(_mm256_min_epu8(flipped, _mm256_set1_epi8(0x20)), flipped);
        let backslash = _mm256_cmpeq_epi8(x, _mm256_set1_epi8(b'\\' as i8));
        _mm256_movemask_epi8(_mm256_or_si256(low, backslash)) as u32
    };
    let mut at = from;
    for chunk in bytes[from..].chunks_exact(64) {
        let hits = u64::from(stops(chunk.as_ptr())) | u64::from(stops(chunk[32..].as_ptr())) << 32;
        if hits != 0 {
            return at + hits.trailing_zeros() as usize;
        }
        at += 64;
    }
    if let Some(chunk) = bytes.get(at..at + 32) {
        let hits = stops(chunk.as_ptr());
        if hits != 0 {
            return at + hits.trailing_zeros() as usize;
        }
        at += 32;
    }
    string_stop_sse2(bytes, at)
}

/// [`string_stop`] with SSE2, 16 bytes a step.
#[cfg(target_arch = "x86_64")]
fn string_stop_sse2(bytes: &[u8], from: usize) -> usize {
    use std::arch::x86_64::*;
    let mut chunks = bytes[from..].chunks_exact(16);
    let mut at = from;
    for chunk in &mut chunks {
        // SAFETY: SSE2 is part of the x86_64 baseline, so these intrinsics are always
        // available; the load reads exactly the 16 bytes of `chunk`, and `loadu` needs no
        // alignment.
        let hits = unsafe {
            let x = _mm_loadu_si128(chunk.as_ptr().cast());
            // As in `string_stop_avx2`: the control characters and the quote, then `\`.
            let flipped = _mm_xor_si128(x, _mm_set1_epi8(2));
            let low = _mm_cmpeq_epi8(_mm_min_epu8(flipped, _mm_set1_epi8(0x20)), flipped);
            let backslash = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'\\' as i8));
            _mm_movemask_epi8(_mm_or_si128(low, backslash))
        };
        if hits != 0 {
            return at + hits.trailing_zeros() as usize;
        }
        at += 16;
    }
    string_stop_portable(bytes, at)
}

#[cfg(not(target_arch = "x86_64"))]
fn string_stop(bytes: &[u8], from: usize, _wide: Option<Avx2>) -> usize {
    string_stop_portable(bytes, from)
}

/// [`string_stop`] a byte at a time: the tail of the SIMD scan, the fallback off x86_64, and
/// the reference in tests.
fn string_stop_portable(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map_or(bytes.len(), |k| from + k)
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

    /// A parsed line: id, text, date, english.
    type Fields = (
        Option<serde_json::Value>,
        String,
        Option<String>,
        Option<String>,
    );

    /// What serde_json makes of a line, in the terms `parse_json_line` uses.
    fn by_serde(line: &str) -> Option<Fields> {
        let doc: JsonDoc = serde_json::from_str(line).ok()?;
        Some((doc.id, doc.text, doc.date, doc.english))
    }

    fn by_fast(line: &str) -> Option<Fields> {
        let doc = fast_json_doc(line)?;
        Some((doc.id, doc.text, doc.date, doc.english))
    }

    #[test]
    fn the_fast_json_path_takes_the_common_lines_and_leaves_the_rest_to_serde() {
        let taken = [
            r#"{"id": "a1", "text": "نص\nمع \"اقتباس\" و\\ و\/ \t\r\b\f \u0041\u00e9\u062A \ud83d\ude00"}"#,
            "{\"text\":\"x\",\"id\":null,\"date\":\"2024-05-14\",\"english\":null}\r\n",
            r#" { "text" : "" , "url" : "http://x" , "ok" : true , "no" : false , "n" : null } "#,
            r#"{"text": "x", "english": "an \"English\" text"}"#,
        ];
        for line in taken {
            assert!(fast_json_doc(line).is_some(), "{line}");
            assert_eq!(by_fast(line), by_serde(line), "{line}");
        }
        let left = [
            r#"{"id": 7, "text": "x"}"#,
            r#"{"text": "x", "extra": [1]}"#,
            r#"{"text": "x", "text": "y"}"#,
            r#"{"id": "a"}"#,
            r#"{"text": null}"#,
            r#"{"te\u0078t": "x"}"#,
            r#"{"text": "\ud83d"}"#,
            r#"{"text": "\ud83d\u0041"}"#,
            r#"{"text": "\x"}"#,
            r#"{"text": "\u00G0"}"#,
            r#"{"text": "x",}"#,
            r#"{"text": "x"} x"#,
            "{\"text\": \"tab\there\"}",
            r#"{"text": "x""#,
            r#"["text"]"#,
            "",
        ];
        for line in left {
            assert!(fast_json_doc(line).is_none(), "{line}");
        }
    }

    proptest::proptest! {
        /// Whatever the fast path takes, it reads as serde_json does.
        #[test]
        fn the_fast_json_path_agrees_with_serde(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "{", "}", "\"", ":", ",", " ", "\\", "\\\"", "\\n", "\\u0041", "\\ud83d",
                    "\\ude00", "\\u00", "id", "text", "date", "english", "null", "true", "1",
                    "نص", "\t", "\u{1}", "x",
                ]),
                0..24,
            ),
        ) {
            let line = pieces.concat();
            if let Some(fast) = by_fast(&line) {
                proptest::prop_assert_eq!(Some(fast), by_serde(&line), "{}", line);
            }
            let wrapped = format!("{{\"id\": \"i\", \"text\": \"{}\"}}", pieces.concat());
            if let Some(fast) = by_fast(&wrapped) {
                proptest::prop_assert_eq!(Some(fast), by_serde(&wrapped), "{}", wrapped);
            }
        }

        /// The SIMD scan for the end of a string run agrees with the byte-at-a-time one.
        #[test]
        fn string_stop_matches_the_portable_scan(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b'"', b'\\', 0x00, 0x1F, 0x20, 0x21, 0x23, 0x7F, 0x80, 0xA2, 0xD8, 0xFF]),
                0..70,
            ),
            from in proptest::prelude::any::<usize>(),
        ) {
            let from = from % (bytes.len() + 1);
            let want = string_stop_portable(&bytes, from);
            proptest::prop_assert_eq!(string_stop(&bytes, from, Avx2::detect()), want);
            #[cfg(target_arch = "x86_64")]
            proptest::prop_assert_eq!(string_stop_sse2(&bytes, from), want);
        }
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
