//! CSV records: one document per row of a CSV file with a header.
//!
//! **In:** a buffered reader and the column names of [`InputOptions`]. **Out:** one
//! [`Document`] per record, in file order: the text from `--text-column` (default `text`), the
//! id from `--id-column` (default `id`, if there is one; else `FILE:LINE`), `date` and
//! `english` if those columns exist. A record that cannot be read is an `Err` at its line; a
//! short record or a field that is not UTF-8 does not stop the file.
//!
//! The bytes pass through a [`Watch`] on their way to the `csv` reader, which follows the
//! quoting as the reader does (RFC 4180: a quote opens a field only at its start; `""` inside
//! a quoted field is a quote). It gives two guarantees the reader alone does not:
//! - a quote that is never closed is an error at the line where it opens (the reader would
//!   take the rest of the file into that one field and report nothing);
//! - a record larger than `--max-doc-bytes` is an error at its line, and is read past to its
//!   end without being held (the reader would buffer it whole); the records after it are read.

use std::fmt;
use std::io::{self, BufRead, Read};
use std::path::PathBuf;

use super::{decode_utf8, Document, InputOptions};
use crate::error::{Error, Location, Result};

/// The records of one CSV source.
pub(super) struct CsvRecords {
    path: PathBuf,
    /// `None` once the file has ended or cannot be read further.
    reader: Option<csv::Reader<Watch>>,
    /// Lines before the current reader's first line (a new reader starts after a record too
    /// large to read).
    lines_before: u64,
    /// The last record was too large: read past its end before the next one.
    skip: bool,
    limit: u64,
    text: usize,
    id: Option<usize>,
    date: Option<usize>,
    english: Option<usize>,
}

impl CsvRecords {
    /// Read the header and find the columns; a located error if the text column is missing.
    pub(super) fn new(
        path: PathBuf,
        reader: Box<dyn BufRead + Send>,
        opts: &InputOptions,
    ) -> Result<CsvRecords> {
        let watch = Watch::new(reader, opts.max_doc_bytes);
        let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(watch);
        let headers = match csv.headers() {
            Ok(h) => h.clone(),
            Err(e) => return Err(record_error(&path, 0, opts.max_doc_bytes, &e).0),
        };
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
        Ok(CsvRecords {
            path,
            reader: Some(csv),
            lines_before: 0,
            skip: false,
            limit: opts.max_doc_bytes,
            text,
            id,
            date: find("date"),
            english: find("english"),
        })
    }

    pub(super) fn next_record(&mut self) -> Option<Result<Document>> {
        let path = &self.path;
        if self.skip {
            // Past the end of the record that was too large, then a new reader from there.
            self.skip = false;
            let mut watch = self.reader.take()?.into_inner();
            if let Err(e) = watch.skip_record() {
                return Some(Err(
                    record_error(path, 0, self.limit, &csv::Error::from(e)).0
                ));
            }
            self.lines_before = watch.track.lines;
            self.reader = Some(
                csv::ReaderBuilder::new()
                    .flexible(true)
                    .has_headers(false)
                    .from_reader(watch),
            );
        }
        let reader = self.reader.as_mut()?;
        let mut record = csv::ByteRecord::new();
        match reader.read_byte_record(&mut record) {
            Ok(false) => None,
            Ok(true) => {
                let line = self.lines_before + record.position().map_or(0, |p| p.line());
                let loc = Location::new(path, line as usize, 0);
                let field = |i: Option<usize>| -> Result<Option<String>> {
                    match i.and_then(|i| record.get(i)) {
                        None => Ok(None),
                        Some(b) => decode_utf8(path, b.to_vec()).map(Some).map_err(|_| {
                            Error::parse(
                                loc.clone(),
                                "a field is not UTF-8; convert the file to UTF-8",
                            )
                        }),
                    }
                };
                let text =
                    match field(Some(self.text)) {
                        Ok(Some(text)) => text,
                        Ok(None) => return Some(Err(Error::parse(
                            loc,
                            "the record has no text column; check the quoting of the line before",
                        ))),
                        Err(e) => return Some(Err(e)),
                    };
                let doc = (|| {
                    Ok(Document {
                        id: field(self.id)?
                            .filter(|s| !s.is_empty())
                            .unwrap_or_else(|| format!("{}:{line}", path.display())),
                        text,
                        date: field(self.date)?.filter(|s| !s.is_empty()),
                        english: field(self.english)?.filter(|s| !s.is_empty()),
                        origin: loc.clone(),
                    })
                })();
                Some(doc)
            }
            Err(e) => {
                let (err, next) = record_error(path, self.lines_before, self.limit, &e);
                match next {
                    Next::Go => {}
                    Next::Skip => self.skip = true,
                    // A broken record can leave the reader unable to go on: stop this file.
                    Next::Stop => self.reader = None,
                }
                Some(Err(err))
            }
        }
    }
}

/// What to do after a record error.
enum Next {
    /// Read the next record.
    Go,
    /// Read past the rest of this record first.
    Skip,
    /// Nothing more can be read from this file.
    Stop,
}

/// The error for a failed record (its lines counted after `lines_before`), and what to do next.
fn record_error(
    path: &std::path::Path,
    lines_before: u64,
    limit: u64,
    e: &csv::Error,
) -> (Error, Next) {
    let at = |line: u64| Location::new(path, (lines_before + line) as usize, 0);
    if let csv::ErrorKind::Io(io) = e.kind() {
        if let Some(stop) = io.get_ref().and_then(|e| e.downcast_ref::<Stop>()) {
            // The watch counts lines itself, from the start of the file.
            return match *stop {
                Stop::TooLarge { line } => (
                    Error::too_large(Location::new(path, line as usize, 0), limit),
                    Next::Skip,
                ),
                Stop::UnclosedQuote { line } => (
                    Error::parse(
                        Location::new(path, line as usize, 0),
                        "a quote opens a field here and is never closed, so the rest of the file \
                         would be one field; close it (a quote inside a quoted field is written \
                         twice: \"\")",
                    ),
                    Next::Stop,
                ),
            };
        }
    }
    let line = e.position().map_or(0, |p| p.line());
    let next = match e.kind() {
        csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. } => Next::Go,
        _ => Next::Stop,
    };
    (Error::parse(at(line), csv_reason(e)), next)
}

/// csv's message without its position prefix (the location says it), in lowercase.
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

/// Why a [`Watch`] stopped the bytes (carried through the `csv` reader as an I/O error).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    /// The record starting at `line` is larger than the limit.
    TooLarge { line: u64 },
    /// The input ended inside a quoted field opened at `line`.
    UnclosedQuote { line: u64 },
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::TooLarge { line } => write!(f, "the record at line {line} is too large"),
            Stop::UnclosedQuote { line } => write!(f, "the quote at line {line} is never closed"),
        }
    }
}

impl std::error::Error for Stop {}

/// Where the quoting of a CSV text is, as the `csv` reader sees it (delimiter `,`, quote `"`,
/// records ending at CR, LF or CRLF).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Quoting {
    /// At the start of a field (or of a record).
    FieldStart,
    /// In a field that did not start with a quote: quotes in it are plain characters.
    Unquoted,
    /// In a quoted field: a comma or line end is part of it.
    Quoted,
    /// A quote in a quoted field: the end of the field, or the first of `""`.
    QuoteInQuoted,
}

impl Quoting {
    /// The state after byte `b`, and whether `b` ended a record.
    #[inline]
    pub(crate) fn step(self, b: u8) -> (Quoting, bool) {
        use Quoting::*;
        match (self, b) {
            (Quoted, b'"') => (QuoteInQuoted, false),
            (Quoted, _) => (Quoted, false),
            (FieldStart, b'"') | (QuoteInQuoted, b'"') => (Quoted, false),
            (_, b',') => (FieldStart, false),
            (_, b'\n' | b'\r') => (FieldStart, true),
            _ => (Unquoted, false),
        }
    }
}

/// The line (1-based) where a quote opens a field that is never closed, in a CSV text.
pub(crate) fn unclosed_quote(text: &[u8]) -> Option<usize> {
    let (mut state, mut line, mut opened) = (Quoting::FieldStart, 1, 0);
    for &b in text {
        let next = state.step(b).0;
        if state == Quoting::FieldStart && next == Quoting::Quoted {
            opened = line;
        }
        state = next;
        line += usize::from(b == b'\n');
    }
    (state == Quoting::Quoted).then_some(opened)
}

/// The bytes of a CSV file on their way to the `csv` reader, watched: see the module docs.
struct Watch {
    inner: Box<dyn BufRead + Send>,
    track: Track,
    /// Given on the next read: the bytes before it have been passed on.
    pending: Option<Stop>,
}

/// Where a [`Watch`] is in the file.
struct Track {
    limit: u64,
    state: Quoting,
    /// Bytes of the current record so far (its line ends not counted).
    record: u64,
    /// The line where the current record starts, and where the current quoted field opened.
    record_line: u64,
    quote_line: u64,
    /// Line ends (`\n`) passed on or skipped.
    lines: u64,
}

/// How far [`Track::scan`] went.
enum Scan {
    /// All the bytes.
    All,
    /// The bytes before this index: the byte at it makes the record larger than the limit.
    Over(usize),
    /// The bytes before this index, the last of which ended a record.
    End(usize),
}

impl Track {
    /// Follow byte `b`: whether it ended a record, and whether the record is still within the
    /// limit.
    #[inline]
    fn step(&mut self, b: u8) -> (bool, bool) {
        let (next, ended) = self.state.step(b);
        if self.state == Quoting::FieldStart && next == Quoting::Quoted {
            self.quote_line = self.lines + 1;
        }
        self.state = next;
        self.lines += u64::from(b == b'\n');
        if ended {
            self.record = 0;
            self.record_line = self.lines + 1;
            return (true, true);
        }
        self.record += 1;
        (false, self.record <= self.limit)
    }

    /// Follow `bytes` up to the first byte over the limit, or (`to_end`, when skipping a
    /// record, whatever its size) up to the end of the record. Runs of bytes that change
    /// nothing (all but `"` and LF in a quoted field; all but `,` CR LF in another) are
    /// skipped with `memchr`.
    fn scan(&mut self, bytes: &[u8], to_end: bool) -> Scan {
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let run = match self.state {
                Quoting::Quoted => memchr::memchr2(b'"', b'\n', rest),
                Quoting::Unquoted => memchr::memchr3(b',', b'\n', b'\r', rest),
                _ => Some(0),
            }
            .unwrap_or(rest.len());
            if run > 0 {
                let room = self.limit.saturating_sub(self.record);
                if !to_end && run as u64 > room {
                    return Scan::Over(i + room as usize);
                }
                self.record += run as u64;
                i += run;
                continue;
            }
            let (ended, within) = self.step(bytes[i]);
            i += 1;
            if to_end && ended {
                return Scan::End(i);
            }
            if !to_end && !within {
                return Scan::Over(i - 1);
            }
        }
        Scan::All
    }
}

impl Watch {
    fn new(inner: Box<dyn BufRead + Send>, limit: u64) -> Watch {
        Watch {
            inner,
            track: Track {
                limit,
                state: Quoting::FieldStart,
                record: 0,
                record_line: 1,
                quote_line: 1,
                lines: 0,
            },
            pending: None,
        }
    }

    /// Read past the rest of the current record (following its quotes), holding nothing.
    fn skip_record(&mut self) -> io::Result<()> {
        self.pending = None;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(());
            }
            match self.track.scan(chunk, true) {
                Scan::End(used) => {
                    self.inner.consume(used);
                    return Ok(());
                }
                _ => {
                    let used = chunk.len();
                    self.inner.consume(used);
                }
            }
        }
    }
}

impl Read for Watch {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if let Some(stop) = self.pending.take() {
            return Err(io::Error::other(stop));
        }
        let chunk = self.inner.fill_buf()?;
        if chunk.is_empty() {
            if self.track.state == Quoting::Quoted {
                self.track.state = Quoting::FieldStart;
                let line = self.track.quote_line;
                return Err(io::Error::other(Stop::UnclosedQuote { line }));
            }
            return Ok(0);
        }
        let n = chunk.len().min(out.len());
        let passed = match self.track.scan(&chunk[..n], false) {
            Scan::Over(i) => {
                self.pending = Some(Stop::TooLarge {
                    line: self.track.record_line,
                });
                i
            }
            Scan::All | Scan::End(_) => n,
        };
        out[..passed].copy_from_slice(&chunk[..passed]);
        // The byte over the limit is taken too: skipping goes on after it.
        self.inner.consume(if passed < n { passed + 1 } else { n });
        if passed == 0 {
            if let Some(stop) = self.pending.take() {
                return Err(io::Error::other(stop));
            }
        }
        Ok(passed)
    }
}

#[cfg(test)]
mod tests {
    use std::io::BufReader;

    use super::*;

    /// Every record of `csv` (with `limit` and a reader buffer of `capacity`): the id of a
    /// document, or the error.
    fn read_all(csv: &str, limit: u64, capacity: usize) -> Vec<String> {
        let reader = Box::new(BufReader::with_capacity(
            capacity,
            io::Cursor::new(csv.as_bytes().to_vec()),
        ));
        let opts = InputOptions {
            max_doc_bytes: limit,
            ..InputOptions::default()
        };
        let mut records = match CsvRecords::new("in.csv".into(), reader, &opts) {
            Ok(r) => r,
            Err(e) => return vec![e.to_string()],
        };
        let mut out = Vec::new();
        while let Some(r) = records.next_record() {
            out.push(match r {
                Ok(d) => format!("{}={}", d.id, d.text),
                Err(e) => e.to_string(),
            });
        }
        out
    }

    const QUOTE: &str = "a quote opens a field here and is never closed";
    const LARGE: &str = "document is larger than --max-doc-bytes (40 bytes)";

    /// `(name, csv, what comes out: a document `id=text`, or the start of an error)`.
    #[test]
    fn quotes_and_record_sizes() {
        let long = "ن".repeat(30); // 60 bytes
        let table: Vec<(&str, String, Vec<String>)> = vec![
            (
                "plain",
                "id,text\n1,a\n2,\"b, \"\"c\"\"\nd\"\n".into(),
                vec!["1=a".into(), "2=b, \"c\"\nd".into()],
            ),
            (
                "unclosed quote",
                "id,text\n1,a\n2,\"b\n3,c\n4,d\n".into(),
                vec!["1=a".into(), format!("in.csv:3: {QUOTE}")],
            ),
            (
                "unclosed quote on the last line without a line end",
                "id,text\n1,a\n2,\"b".into(),
                vec!["1=a".into(), format!("in.csv:3: {QUOTE}")],
            ),
            (
                "a quote inside an unquoted field is a character",
                "id,text\n1,a\"b\n2,c\n".into(),
                vec!["1=a\"b".into(), "2=c".into()],
            ),
            (
                "a record over the limit, then more records",
                format!("id,text\n1,a\n2,{long}\n3,c\n"),
                vec!["1=a".into(), format!("in.csv:3: {LARGE}"), "3=c".into()],
            ),
            (
                "a quoted record over the limit is skipped to its end",
                format!("id,text\n1,a\n2,\"{long}\n{long}\"\n3,c\r\n4,d"),
                vec![
                    "1=a".into(),
                    format!("in.csv:3: {LARGE}"),
                    "3=c".into(),
                    "4=d".into(),
                ],
            ),
            (
                "an unclosed quote over the limit",
                format!("id,text\n1,\"{long}\n2,b\n"),
                vec![format!("in.csv:2: {LARGE}"), format!("in.csv:2: {QUOTE}")],
            ),
            (
                "a header over the limit",
                format!("id,{long}\n1,a\n"),
                vec![format!("in.csv:1: {LARGE}")],
            ),
        ];
        for (name, csv, want) in table {
            for capacity in [1, 7, 1 << 16] {
                let got = read_all(&csv, 40, capacity);
                assert_eq!(
                    got.len(),
                    want.len(),
                    "case '{name}' (buffer {capacity}): {got:?}"
                );
                for (g, w) in got.iter().zip(&want) {
                    assert!(
                        g.starts_with(w.as_str()),
                        "case '{name}' (buffer {capacity}): {got:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn unclosed_quotes_are_found_at_their_line() {
        for (text, want) in [
            ("a,b\n1,2\n", None),
            ("a,b\n1,\"2\n3\"\n", None),
            ("a,b\n1,\"2\n3,4\n", Some(2)),
            ("a,b\n1,2\"\n", None),
            ("a,b\n\"1\"\"\",2\n", None),
            ("a,b\n\"1\"\"\n", Some(2)),
        ] {
            assert_eq!(unclosed_quote(text.as_bytes()), want, "{text:?}");
        }
    }
}
