//! Reading documents: plain-text files, directories, stdin, JSON Lines and CSV.
//!
//! **In:** the paths a user names (`-` for stdin) and [`InputOptions`]. **Out:** a streaming
//! iterator of `Result<Document>` in a stable order: paths in the order given, directories
//! walked recursively in byte order of their relative paths, JSONL/CSV records in file order.
//! A document that cannot be read (unreadable file or subdirectory, not UTF-8, a bad JSON
//! line) comes out as an `Err` naming its file, line and column, and the iteration goes on with
//! the next one.
//!
//! Document ids: for a file found under a directory, its path relative to that directory; for
//! a file named directly, the path as given; for stdin, `-`; for JSONL and CSV, the `id`
//! field/column, or `FILE:LINE` when there is none.
//!
//! One file per job: [`walk`] (directories and globs), `jsonl` (JSON Lines records), `csv`
//! (CSV records); this file routes each path to one of them and reads plain text.
//!
//! Memory is bounded by [`InputOptions::max_doc_bytes`] (64 MiB unless set): a text file, JSON
//! line or CSV record larger than that is an `Err` naming it, and at most that many bytes of it
//! are ever held; the reader then goes on after it (the next file, line or record). A stream
//! that never ends (`/dev/zero`) therefore costs that much memory and no more.
//!
//! What it does *not* do: guess encodings. Non-UTF-8 input is an error with a hint to convert
//! it (`iconv -f WINDOWS-1256 -t UTF-8`, or `iconv -f UTF-16 -t UTF-8` when the bytes look like
//! UTF-16: a byte-order mark FF FE / FE FF, or NUL bytes between letters).

mod csv;
mod jsonl;
pub mod walk;

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Location, Result};

pub(crate) use self::csv::unclosed_quote;
use self::csv::CsvRecords;
use self::jsonl::JsonlRecords;
pub use self::walk::Glob;

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
    /// Which files to take from directories (see `Glob`). Default: `*.txt`, or `*.jsonl` /
    /// `*.csv` when the format says so.
    pub glob: Option<Glob>,
    /// CSV: the column holding the text.
    pub text_column: String,
    /// CSV: the column holding the id (default `id`, if present).
    pub id_column: Option<String>,
    /// Walk symbolic links to directories (see `walk::walk_with`).
    pub follow: bool,
    /// The largest document read, in bytes: a bigger text file, JSON line or CSV record is an
    /// error (and skipped), never held in memory whole. Default `DEFAULT_MAX_DOC_BYTES`.
    pub max_doc_bytes: u64,
}

/// The default of [`InputOptions::max_doc_bytes`]: 64 MiB.
pub const DEFAULT_MAX_DOC_BYTES: u64 = 64 << 20;

impl Default for InputOptions {
    fn default() -> InputOptions {
        InputOptions {
            format: InputFormat::Auto,
            glob: None,
            text_column: "text".into(),
            id_column: None,
            follow: false,
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
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
    let default_glob = match opts.format {
        InputFormat::Jsonl => "*.jsonl",
        InputFormat::Csv => "*.csv",
        _ => "*.txt",
    };
    let glob = opts
        .glob
        .clone()
        .unwrap_or_else(|| Glob::new(default_glob).expect("the default globs compile"));
    Documents {
        opts: opts.clone(),
        glob,
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
    /// An entry of a directory that could not be read, reported in its place.
    Failed(Error),
}

/// The streaming iterator returned by [`read`].
pub struct Documents {
    opts: InputOptions,
    glob: Glob,
    pending: VecDeque<Source>,
    records: Option<Records>,
}

/// Records of a JSONL or CSV source being read.
enum Records {
    Jsonl(JsonlRecords),
    Csv(Box<CsvRecords>),
}

impl Iterator for Documents {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        loop {
            if let Some(records) = &mut self.records {
                let item = match records {
                    Records::Jsonl(r) => r.next_record(),
                    Records::Csv(r) => r.next_record(),
                };
                match item {
                    Some(item) => return Some(item),
                    None => self.records = None,
                }
            }
            let limit = self.opts.max_doc_bytes;
            let (path, id, mut reader, format) = match self.pending.pop_front()? {
                Source::Failed(e) => return Some(Err(e)),
                Source::Stdin => {
                    let stdin: Box<dyn BufRead + Send> = Box::new(BufReader::new(std::io::stdin()));
                    (PathBuf::from("-"), "-".to_string(), stdin, self.opts.format)
                }
                Source::Path { path, id, root } => {
                    let meta = match fs::metadata(&path) {
                        Ok(m) => m,
                        Err(e) => return Some(Err(Error::io(Some(&path), e))),
                    };
                    if meta.is_dir() {
                        let root = root.unwrap_or_else(|| path.clone());
                        let found = walk::walk_with(&root, &path, &self.glob, self.opts.follow);
                        for f in found.into_iter().rev() {
                            self.pending.push_front(match f {
                                Ok(f) => Source::Path {
                                    path: f.path,
                                    id: f.rel,
                                    root: Some(root.clone()),
                                },
                                Err(e) => Source::Failed(e),
                            });
                        }
                        continue;
                    }
                    if !meta.is_file() {
                        walk::skip_not_regular(&path, &meta);
                        continue;
                    }
                    let format = self.format_of(&path);
                    // A text file is one document: one too large is not opened at all.
                    if !matches!(format, InputFormat::Jsonl | InputFormat::Csv)
                        && meta.len() > limit
                    {
                        return Some(Err(Error::too_large(Location::new(&path, 0, 0), limit)));
                    }
                    let file = match fs::File::open(&path) {
                        Ok(f) => f,
                        Err(e) => return Some(Err(Error::io(Some(&path), e))),
                    };
                    let reader: Box<dyn BufRead + Send> =
                        Box::new(BufReader::with_capacity(1 << 16, file));
                    (path, id, reader, format)
                }
            };
            // UTF-16 is refused whole, whatever the format, before it becomes a line of errors.
            match reader.fill_buf() {
                Ok(head) => {
                    if let Some(e) = utf16_error(&path, head) {
                        return Some(Err(e));
                    }
                }
                Err(e) => return Some(Err(Error::io(Some(&path), e))),
            }
            match format {
                InputFormat::Jsonl => {
                    self.records = Some(Records::Jsonl(JsonlRecords::new(path, reader, limit)))
                }
                InputFormat::Csv => match CsvRecords::new(path, reader, &self.opts) {
                    Ok(r) => self.records = Some(Records::Csv(Box::new(r))),
                    Err(e) => return Some(Err(e)),
                },
                _ => return Some(read_text(&path, id, reader, limit)),
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
}

fn read_text(
    path: &Path,
    id: String,
    mut reader: Box<dyn BufRead + Send>,
    limit: u64,
) -> Result<Document> {
    let bytes = read_bounded(&mut reader, limit, None)
        .map_err(|e| Error::io(Some(path), e))?
        .ok_or_else(|| Error::too_large(Location::new(path, 0, 0), limit))?;
    let text = decode(path, bytes)?;
    Ok(Document {
        id,
        text,
        origin: Location::new(path, 0, 0),
        ..Document::default()
    })
}

/// Read a whole file as UTF-8 text of at most `limit` bytes: an error naming it if it is
/// larger (then no more than `limit + 1` bytes of it were read), unreadable or not UTF-8.
pub fn read_file(path: &Path, limit: u64) -> Result<String> {
    let io = |e| Error::io(Some(path), e);
    let mut file = fs::File::open(path).map_err(io)?;
    let size = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    if size.is_some_and(|n| n > limit) {
        return Err(Error::too_large(Location::new(path, 0, 0), limit));
    }
    let bytes = read_bounded(&mut file, limit, size)
        .map_err(io)?
        .ok_or_else(|| Error::too_large(Location::new(path, 0, 0), limit))?;
    decode(path, bytes)
}

/// All of `reader`, or `None` as soon as it has more than `limit` bytes (after reading at most
/// `limit + 1`). A large buffer is never copied to a bigger one, so a stream that never
/// ends costs about `limit` bytes; `size` (when known) is allocated at once.
pub fn read_bounded(
    reader: &mut dyn Read,
    limit: u64,
    size: Option<u64>,
) -> io::Result<Option<Vec<u8>>> {
    let cap = usize::try_from(limit.saturating_add(1)).unwrap_or(usize::MAX);
    let mut bytes = Vec::new();
    if let Some(n) = size {
        let first = usize::try_from(n)
            .unwrap_or(usize::MAX)
            .saturating_add(1)
            .min(cap);
        // A size that cannot be had is only a hint: grow as for an unknown size.
        let _ = bytes.try_reserve_exact(first);
    }
    loop {
        if bytes.len() == cap {
            return Ok(None);
        }
        if bytes.len() == bytes.capacity() {
            grow(&mut bytes, 1, cap);
        }
        let room = bytes.capacity() - bytes.len();
        // read_to_end of at most `room` bytes fills the reserved room without reallocating.
        let n = reader.take(room as u64).read_to_end(&mut bytes)?;
        if n < room {
            break;
        }
    }
    if bytes.capacity() > 2 * bytes.len() + (1 << 20) {
        bytes.shrink_to_fit();
    }
    Ok(Some(bytes))
}

/// Make room for `more` bytes in a buffer that may grow to `cap`: by doubling while it is
/// small, and past 1 MiB for all of `cap` at once. That reserves address space, not memory
/// (pages are touched as they are written), and means a large buffer is never copied to a
/// bigger one: growing by doubling to 64 MiB would touch about 1.5 times that, plus what the
/// allocator keeps of the smaller buffers. If `cap` cannot be had, doubling goes on.
pub(crate) fn grow(buf: &mut Vec<u8>, more: usize, cap: usize) {
    let len = buf.len();
    let need = len.saturating_add(more);
    if need <= buf.capacity() {
        return;
    }
    if need > 1 << 20 && cap > need && buf.try_reserve_exact(cap - len).is_ok() {
        return;
    }
    let doubled = need.max(2 * len).max(1 << 16).min(cap.max(need));
    buf.reserve_exact(doubled - len);
}

/// UTF-8 bytes to a String, without a leading BOM; a located error otherwise (with a hint for
/// UTF-16, which can even pass for UTF-8: Arabic letters in UTF-16LE are ASCII bytes and 0x06).
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    if let Some(e) = utf16_error(path, &bytes) {
        return Err(e);
    }
    decode_utf8(path, bytes)
}

/// [`decode`] without the UTF-16 check (for fields of a file already checked).
fn decode_utf8(path: &Path, mut bytes: Vec<u8>) -> Result<String> {
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

/// The error for text that looks like UTF-16, from its first bytes: a UTF-16 byte-order mark,
/// or NUL bytes, three in four bytes of one parity below 0x08 (the high bytes of Latin and
/// Arabic code units; no UTF-8 text looks like that) and few NULs among the others.
fn utf16_error(path: &Path, head: &[u8]) -> Option<Error> {
    let (encoding, why) = if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        ("UTF-16", "it starts with a UTF-16 byte-order mark")
    } else {
        let sample = &head[..head.len().min(4096) & !1];
        let pairs = sample.len() / 2;
        if pairs < 2 || memchr::memchr(0, sample).is_none() {
            return None;
        }
        let count = |parity: usize, class: fn(u8) -> bool| {
            sample
                .iter()
                .skip(parity)
                .step_by(2)
                .filter(|&&b| class(b))
                .count()
        };
        // The high bytes mostly below 0x08, the low bytes mostly not NUL (all NULs is not text).
        let utf16 = |high: usize| {
            count(high, |b| b < 0x08) * 4 >= pairs * 3 && count(1 - high, |b| b == 0) * 4 < pairs
        };
        if utf16(1) {
            ("UTF-16LE", "it has NUL bytes between letters")
        } else if utf16(0) {
            ("UTF-16BE", "it has NUL bytes between letters")
        } else {
            return None;
        }
    };
    Some(Error::parse(
        Location::new(path, 0, 0),
        format!(
            "looks like UTF-16, not UTF-8 ({why}); convert it to UTF-8 first, e.g. \
             `iconv -f {encoding} -t UTF-8`"
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_strips_bom_and_locates_errors() {
        assert_eq!(
            decode(Path::new("a"), b"\xEF\xBB\xBFok".to_vec()).unwrap(),
            "ok"
        );
        let e = decode(Path::new("a.txt"), b"ok\n\xC8\xE3".to_vec()).unwrap_err();
        assert!(e.to_string().starts_with("a.txt:2:1: not UTF-8"), "{e}");
        assert!(e.to_string().contains("WINDOWS-1256"), "{e}");
    }

    /// `(name, bytes, the iconv encoding of the hint, or None for no UTF-16 hint)`.
    #[test]
    fn utf16_gets_a_utf16_hint() {
        let le = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        let be = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_be_bytes).collect() };
        let text = "قال المتحدث إن 5 أشخاص قتلوا.\n";
        let table: [(&str, Vec<u8>, Option<&str>); 8] = [
            (
                "LE with BOM",
                [&b"\xFF\xFE"[..], &le(text)].concat(),
                Some("-f UTF-16 "),
            ),
            (
                "BE with BOM",
                [&b"\xFE\xFF"[..], &be(text)].concat(),
                Some("-f UTF-16 "),
            ),
            // Arabic UTF-16LE without a BOM is valid UTF-8 (letters are ASCII bytes and 0x06).
            ("LE without BOM", le(text), Some("-f UTF-16LE ")),
            ("BE without BOM", be(text), Some("-f UTF-16BE ")),
            ("Windows-1256", b"\xC8\xE3 \xC7\xE1".to_vec(), None),
            ("UTF-8 with a NUL", "نص\0عربي".as_bytes().to_vec(), None),
            ("all NUL", vec![0; 100], None),
            ("empty", Vec::new(), None),
        ];
        for (name, bytes, want) in table {
            let got = decode(Path::new("u.txt"), bytes);
            match want {
                Some(hint) => {
                    let e = got.expect_err(name).to_string();
                    assert!(e.starts_with("u.txt: looks like UTF-16"), "{name}: {e}");
                    assert!(e.contains(&format!("`iconv {hint}")), "{name}: {e}");
                }
                None => {
                    if let Err(e) = got {
                        assert!(!e.to_string().contains("UTF-16"), "{name}: {e}");
                    }
                }
            }
        }
    }

    /// A bounded read gives the bytes when they fit, `None` as soon as they do not, and
    /// reads at most one byte past the limit (the reader here never ends).
    #[test]
    fn bounded_reads_stop_one_byte_past_the_limit() {
        for (len, limit, fits) in [
            (0, 0, true),
            (5, 5, true),
            (6, 5, false),
            (200_000, 100_000, false),
            (200_000, 300_000, true),
        ] {
            let data = vec![b'x'; len];
            let got = read_bounded(&mut &data[..], limit, None).unwrap();
            assert_eq!(got.is_some(), fits, "len {len} limit {limit}");
            if let Some(bytes) = got {
                assert_eq!(bytes.len(), len);
            }
            for hint in [Some(len as u64), Some(0), Some(u64::MAX)] {
                let got = read_bounded(&mut &data[..], limit, hint).unwrap();
                assert_eq!(got.map(|b| b.len()), fits.then_some(len), "hint {hint:?}");
            }
        }
        let mut counted = io::repeat(0).take(u64::MAX);
        assert!(read_bounded(&mut counted, 1 << 20, None).unwrap().is_none());
        assert_eq!(
            u64::MAX - counted.limit(),
            (1 << 20) + 1,
            "read past the limit"
        );
    }
}
