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
//! What it does *not* do: guess encodings. Non-UTF-8 input is an error with a hint to convert
//! it (`iconv -f WINDOWS-1256 -t UTF-8`).

mod csv;
mod jsonl;
pub mod walk;

use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Location, Result};

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
    /// Which files to take from directories (see [`Glob`]). Default: `*.txt`, or `*.jsonl` /
    /// `*.csv` when the format says so.
    pub glob: Option<Glob>,
    /// CSV: the column holding the text.
    pub text_column: String,
    /// CSV: the column holding the id (default `id`, if present).
    pub id_column: Option<String>,
    /// Walk symbolic links to directories (see [`walk::walk_with`]).
    pub follow: bool,
}

impl Default for InputOptions {
    fn default() -> InputOptions {
        InputOptions {
            format: InputFormat::Auto,
            glob: None,
            text_column: "text".into(),
            id_column: None,
            follow: false,
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
    Csv(CsvRecords),
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
            let (path, id, reader, format) = match self.pending.pop_front()? {
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
                    let file = match fs::File::open(&path) {
                        Ok(f) => f,
                        Err(e) => return Some(Err(Error::io(Some(&path), e))),
                    };
                    let reader: Box<dyn BufRead + Send> =
                        Box::new(BufReader::with_capacity(1 << 16, file));
                    let format = self.format_of(&path);
                    (path, id, reader, format)
                }
            };
            match format {
                InputFormat::Jsonl => {
                    self.records = Some(Records::Jsonl(JsonlRecords::new(path, reader)))
                }
                InputFormat::Csv => match CsvRecords::new(path, reader, &self.opts) {
                    Ok(r) => self.records = Some(Records::Csv(r)),
                    Err(e) => return Some(Err(e)),
                },
                _ => return Some(read_text(&path, id, reader)),
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
    }
}
