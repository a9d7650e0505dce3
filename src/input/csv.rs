//! CSV records: one document per row of a CSV file with a header.
//!
//! **In:** a buffered reader and the column names of [`InputOptions`]. **Out:** one
//! [`Document`] per record, in file order: the text from `--text-column` (default `text`), the
//! id from `--id-column` (default `id`, if there is one; else `FILE:LINE`), `date` and
//! `english` if those columns exist. A record that cannot be read is an `Err` at its line; a
//! broken quote stops the file (the reader cannot find the next record), a short record or a
//! field that is not UTF-8 does not.

use std::io::{BufRead, Read};
use std::path::PathBuf;

use super::{decode, Document, InputOptions};
use crate::error::{Error, Location, Result};

/// The records of one CSV source.
pub(super) struct CsvRecords {
    path: PathBuf,
    reader: csv::Reader<Box<dyn Read + Send>>,
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
        Ok(CsvRecords {
            path,
            reader: csv,
            text,
            id,
            date: find("date"),
            english: find("english"),
        })
    }

    pub(super) fn next_record(&mut self) -> Option<Result<Document>> {
        let path = &self.path;
        let mut record = csv::ByteRecord::new();
        match self.reader.read_byte_record(&mut record) {
            Ok(false) => None,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line() as usize);
                let loc = Location::new(path, line, 0);
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
                let line = e.position().map_or(0, |p| p.line() as usize);
                let err = Error::parse(Location::new(path, line, 0), csv_reason(&e));
                // A broken record can leave the reader unable to go on: stop this file.
                if !matches!(
                    e.kind(),
                    csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. }
                ) {
                    let empty: Box<dyn Read + Send> = Box::new(std::io::empty());
                    self.reader = csv::Reader::from_reader(empty);
                }
                Some(Err(err))
            }
        }
    }
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
