//! The curated Arabic–English glossary: format, loading, and the term matcher.
//!
//! **In:** glossary CSV files (`arabic,english,category,variants,note,source`, and optionally a
//! seventh column `guard`: see [`guard`]; documented in `glossaries/README.md`), or the curated
//! files built into the binary. **Out:** a
//! [`Glossary`] of [`Entry`]s, and a [`Matcher`] that finds them in Arabic text through
//! clitics, guillemets and tatweel (see [`Matcher`] for the matching rules).
//!
//! Invariants: every entry has a non-empty Arabic headword and English rendering, and one of
//! the closed set of [`Category`]s; each entry remembers the file and line it came from.
//! A bad file fails with `path:line:column: what is wrong` and how to fix it.
//!
//! What it does *not* do: decide between two entries with the same Arabic key (that is
//! `dragoman glossary lint`'s job; the matcher keeps the first one loaded).

pub mod coverage;
pub mod guard;
pub mod interchange;
pub mod lint;
mod matcher;
pub mod merge;
mod rows;

/// The Fx hasher, shared with fact extraction's word tables.
pub use guard::{Guard, Status};
pub use matcher::{Matcher, Reading, TermMatch};

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::error::{Error, Location, Result};
use crate::table;

/// What an entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Person,
    Org,
    /// Armed or political groups and movements.
    Group,
    Place,
    Nationality,
    Title,
    Event,
    Term,
    Month,
    Weekday,
    Unit,
    Currency,
}

impl Category {
    pub const ALL: [Category; 12] = [
        Category::Person,
        Category::Org,
        Category::Group,
        Category::Place,
        Category::Nationality,
        Category::Title,
        Category::Event,
        Category::Term,
        Category::Month,
        Category::Weekday,
        Category::Unit,
        Category::Currency,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Person => "person",
            Category::Org => "org",
            Category::Group => "group",
            Category::Place => "place",
            Category::Nationality => "nationality",
            Category::Title => "title",
            Category::Event => "event",
            Category::Term => "term",
            Category::Month => "month",
            Category::Weekday => "weekday",
            Category::Unit => "unit",
            Category::Currency => "currency",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Category, String> {
        Category::ALL
            .into_iter()
            .find(|c| c.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Category::ALL.iter().map(|c| c.name()).collect();
                format!("unknown category '{s}'; use one of: {}", names.join(", "))
            })
    }
}

/// One glossary row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The headword as written in careful news Arabic.
    pub arabic: String,
    pub english: String,
    pub category: Category,
    /// Other Arabic spellings of the same thing.
    pub variants: Vec<String>,
    pub note: String,
    pub source: String,
    /// When the entry may match, and its status (the optional `guard` column).
    pub guard: Guard,
    /// File and line the row came from.
    pub origin: Location,
}

impl Entry {
    /// The entry's TBX-style status (`status:` in the guard; preferred by default). A
    /// forbidden entry never matches.
    pub fn status(&self) -> Status {
        self.guard.status
    }

    /// The headword and the variants.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.arabic.as_str()).chain(self.variants.iter().map(String::as_str))
    }

    /// The number in a calendar note: `gregorian:3` → `Some(("gregorian", 3))`.
    pub fn calendar_code(&self) -> Option<(&str, u32)> {
        let code = self.note.split(';').next()?.trim();
        let (kind, n) = code.split_once(':')?;
        matches!(kind, "gregorian" | "hijri" | "weekday")
            .then(|| n.trim().parse().ok().map(|n| (kind, n)))?
    }
}

/// The columns of a glossary file, in the order they are written.
pub const COLUMNS: [&str; 6] = [
    "arabic", "english", "category", "variants", "note", "source",
];

/// The optional seventh column: the entry's [`Guard`].
pub const GUARD_COLUMN: &str = "guard";

/// Check a glossary file's header: exactly [`COLUMNS`], in order, as written, optionally
/// followed by [`GUARD_COLUMN`]. The loader and `glossary lint` both use this, so a file one
/// accepts the other accepts. `Ok(true)` when the file has the guard column.
pub fn check_header<'a>(
    header: impl IntoIterator<Item = &'a str>,
) -> std::result::Result<bool, String> {
    let header: Vec<&str> = header.into_iter().collect();
    if header == COLUMNS {
        return Ok(false);
    }
    if header.len() == COLUMNS.len() + 1
        && header[..COLUMNS.len()] == COLUMNS
        && header[COLUMNS.len()] == GUARD_COLUMN
    {
        return Ok(true);
    }
    Err(format!(
        "the header is '{}'; it must be exactly: {} (optionally followed by ,{GUARD_COLUMN})",
        header.join(","),
        COLUMNS.join(",")
    ))
}

/// The curated glossary files built into the binary: `(name, contents)`.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "glossaries/calendar.csv",
        include_str!("../../glossaries/calendar.csv"),
    ),
    (
        "glossaries/cities.csv",
        include_str!("../../glossaries/cities.csv"),
    ),
    (
        "glossaries/countries.csv",
        include_str!("../../glossaries/countries.csv"),
    ),
    (
        "glossaries/economy.csv",
        include_str!("../../glossaries/economy.csv"),
    ),
    (
        "glossaries/general.csv",
        include_str!("../../glossaries/general.csv"),
    ),
    (
        "glossaries/geo.csv",
        include_str!("../../glossaries/geo.csv"),
    ),
    (
        "glossaries/nationality.csv",
        include_str!("../../glossaries/nationality.csv"),
    ),
    (
        "glossaries/news-terms.csv",
        include_str!("../../glossaries/news-terms.csv"),
    ),
    (
        "glossaries/orgs-news.csv",
        include_str!("../../glossaries/orgs-news.csv"),
    ),
    (
        "glossaries/orgs.csv",
        include_str!("../../glossaries/orgs.csv"),
    ),
    (
        "glossaries/people.csv",
        include_str!("../../glossaries/people.csv"),
    ),
    (
        "glossaries/politics.csv",
        include_str!("../../glossaries/politics.csv"),
    ),
    (
        "glossaries/security.csv",
        include_str!("../../glossaries/security.csv"),
    ),
];

/// A set of entries, in load order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    entries: Vec<Entry>,
}

impl Glossary {
    /// The curated glossaries built into the binary.
    pub fn builtin() -> Glossary {
        let mut g = Glossary::default();
        // One row a line at most: no growing (and copying) of the entries file by file.
        let lines = BUILTIN
            .iter()
            .map(|(_, text)| memchr::memchr_iter(b'\n', text.as_bytes()).count());
        g.entries.reserve(lines.sum());
        for (name, text) in BUILTIN {
            g.add_csv(Path::new(name), text)
                .unwrap_or_else(|e| panic!("built-in glossary is broken: {e}"));
        }
        g
    }

    /// Load files, or directories of `*.csv` files (sorted by name).
    pub fn load(paths: &[PathBuf]) -> Result<Glossary> {
        let mut g = Glossary::default();
        for p in paths {
            g.add_path(p)?;
        }
        Ok(g)
    }

    /// Add a file, or a directory of `*.csv` files.
    pub fn add_path(&mut self, path: &Path) -> Result<()> {
        for file in csv_files(path)? {
            let bytes = std::fs::read(&file).map_err(|e| Error::io(Some(&file), e))?;
            let text = crate::input::decode(&file, bytes)?;
            self.add_csv(&file, &text)?;
        }
        Ok(())
    }

    /// Add the rows of one CSV text; `path` names it in errors.
    pub fn add_csv(&mut self, path: &Path, text: &str) -> Result<()> {
        self.entries.extend(parse_csv(path, text)?);
        Ok(())
    }

    pub fn from_entries(entries: Vec<Entry>) -> Glossary {
        Glossary { entries }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The `*.csv` files a path names: itself, or those under a directory, sorted.
pub fn csv_files(path: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(Some(path), e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| Error::io(Some(&dir), e))? {
            let p = entry.map_err(|e| Error::io(Some(&dir), e))?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "csv") {
                files.push(p);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::usage(format!(
            "{}: no *.csv glossary files in this directory",
            path.display()
        )));
    }
    Ok(files)
}

/// Parse one glossary CSV. The header must be exactly `COLUMNS`, optionally with
/// `GUARD_COLUMN` (`check_header`); a row may leave out trailing optional columns, and
/// fields beyond the header's are ignored. A bad guard fails at its `path:line:column`.
pub fn parse_csv(path: &Path, text: &str) -> Result<Vec<Entry>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Most files (the curated ones) are simply written: read without the `csv` crate.
    match rows::simple_rows(text) {
        Some(rows) => parse_rows(path, text, rows),
        None => parse_with_csv(path, text),
    }
}

/// [`parse_csv`] of a simply written text ([`rows::simple_rows`]).
fn parse_rows(path: &Path, text: &str, rows: Vec<rows::Row<'_>>) -> Result<Vec<Entry>> {
    let Some((header, rows)) = rows.split_first() else {
        return parse_with_csv(path, text);
    };
    let header: Vec<&str> = header.fields.iter().map(|f| f.as_ref()).collect();
    let guarded = check_header(header.iter().copied())
        .map_err(|e| Error::parse(Location::new(path, 1, 1), e))?;
    let mut entries = Vec::with_capacity(rows.len());
    let mut fields: Vec<&str> = Vec::new();
    for row in rows {
        fields.clear();
        fields.extend(row.fields.iter().map(|f| f.as_ref()));
        let raw = raw_line(text, row.byte);
        if let Some(entry) = parse_row(path, row.line, raw, &fields, header.len(), guarded)? {
            entries.push(entry);
        }
    }
    Ok(entries)
}

/// [`parse_csv`] with the `csv` crate: for any text.
fn parse_with_csv(path: &Path, text: &str) -> Result<Vec<Entry>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let at = |line: usize, column: usize| Location::new(path, line, column);
    let headers = reader
        .headers()
        .map_err(|e| Error::parse(at(1, 1), format!("cannot read the header: {e}")))?
        .clone();
    // A quote that is never closed would make the rest of the file one field.
    if let Some(line) = crate::input::unclosed_quote(text.as_bytes()) {
        return Err(Error::parse(
            at(line, 0),
            "a quote opens a field here and is never closed; close it, or write a quote inside \
             a quoted field twice (\"\")",
        ));
    }
    let guarded = check_header(headers.iter()).map_err(|e| Error::parse(at(1, 1), e))?;
    let mut entries = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                return Err(Error::parse(
                    at(line, 1),
                    format!(
                        "{e}; check the quoting on this line (a field with a comma needs \"…\")"
                    ),
                ));
            }
        }
        let pos = record
            .position()
            .expect("records read from a reader have positions");
        let raw = raw_line(text, pos.byte() as usize);
        let fields: Vec<&str> = record.iter().collect();
        if let Some(entry) = parse_row(
            path,
            pos.line() as usize,
            raw,
            &fields,
            headers.len(),
            guarded,
        )? {
            entries.push(entry);
        }
    }
    Ok(entries)
}

/// The entry of one record (`fields`, on line `line`, written `raw`), or `None` for a blank
/// row. `columns`: the header's; `guarded`: whether it has the guard column.
fn parse_row(
    path: &Path,
    line: usize,
    raw: &str,
    fields: &[&str],
    columns: usize,
    guarded: bool,
) -> Result<Option<Entry>> {
    let at = |line: usize, column: usize| Location::new(path, line, column);
    // Cells sanitized for spreadsheets (`'=…`, `<U+200F>`) are read as they were written.
    let sanitized = fields
        .iter()
        .any(|f| f.starts_with('\'') || memchr::memchr(b'<', f.as_bytes()).is_some());
    let unsanitized: Vec<String>;
    let fields: Vec<&str> = if sanitized {
        unsanitized = fields
            .iter()
            .map(|f| table::unsanitize(f).into_owned())
            .collect();
        unsanitized.iter().map(String::as_str).collect()
    } else {
        fields.to_vec()
    };
    // The header is COLUMNS: column k is field k.
    let field = |k: usize| fields.get(k).map(|f| f.trim());
    let column = |k: usize| field_column(raw, k);
    if fields.iter().all(|f| f.trim().is_empty()) {
        return Ok(None);
    }
    let get = |k: usize| -> Result<&str> {
        match field(k) {
            Some(s) if !s.is_empty() => Ok(s),
            Some(_) => Err(Error::parse(
                at(line, column(k)),
                format!(
                    "the {} column is empty; fill it in or delete the row",
                    COLUMNS[k]
                ),
            )),
            None => Err(Error::parse(
                at(line, raw.chars().count() + 1),
                format!(
                    "the row has {} columns, the header {}; a column is missing (the {} column)",
                    fields.len(),
                    columns,
                    COLUMNS[k]
                ),
            )),
        }
    };
    let arabic = get(0)?;
    let english = get(1)?;
    let category: Category = get(2)?
        .parse()
        .map_err(|e: String| Error::parse(at(line, column(2)), e))?;
    let optional = |k: usize| field(k).unwrap_or("");
    let variants = optional(3)
        .split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect();
    let guard = if guarded {
        Guard::parse(optional(6))
            .map_err(|e| Error::parse(at(line, column(6)), format!("{e} (the guard column)")))?
    } else {
        Guard::default()
    };
    Ok(Some(Entry {
        arabic: arabic.to_string(),
        english: english.to_string(),
        category,
        variants,
        note: optional(4).to_string(),
        source: optional(5).to_string(),
        guard,
        origin: at(line, 0),
    }))
}

/// The text of the line starting at byte `start` (without the line break).
fn raw_line(text: &str, start: usize) -> &str {
    let rest = &text[start.min(text.len())..];
    let end = memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
    &rest[..end]
}

/// The 1-based character column where field `index` starts in a raw CSV line.
fn field_column(line: &str, index: usize) -> usize {
    let mut field = 0;
    let mut quoted = false;
    for (col, c) in line.chars().enumerate() {
        if field == index {
            return col + 1;
        }
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => field += 1,
            _ => {}
        }
    }
    line.chars().count() + 1
}

#[cfg(test)]
mod tests;
