//! Glossary lint: the checks a curator runs before committing a glossary file.
//!
//! **In:** glossary CSV files as raw bytes with their paths (the built-in files, or files a
//! user names). The files are read leniently, row by row, so that one bad row (an unknown
//! category, a missing column) is a finding at its `path:line` rather than a load error that
//! hides everything after it. **Out:** a [`Report`]: [`Finding`]s in file and line order,
//! each `path:line: severity: message`, and counts of errors and warnings.
//!
//! The rules (a superset of `glossaries/tools/check.py`; severities as listed):
//!
//! | rule | severity |
//! | --- | --- |
//! | not UTF-8, a byte-order mark, CR line ends, header not exactly `arabic,english,category,variants,note,source`, wrong field count, bad quoting | error |
//! | empty `arabic`, `english` or `source`; `english` with leading or trailing spaces; unknown category | error |
//! | a spelling that is one letter (`ا`), a bare proclitic or chain of them (`و`, `ال`, `وال`), or a particle (`في`, `من`): the matcher would find it in or before countless words | error |
//! | month/weekday row without a `gregorian:N` / `hijri:N` (1–12) / `weekday:N` (1–7) code at the start of `note` | error |
//! | a spelling (headword or variant) that is not normalized: stray, double or non-ASCII spaces, tatweel, harakat / dagger alef / Quranic marks, presentation forms, invisible characters, not NFC, Persian letters (ی ک), punctuation or other non-letters; an empty variant (a stray `\|`) | error |
//! | Latin letters or digits in a spelling | warning |
//! | a variant whose key equals the headword's or an earlier variant's (redundant) | error |
//! | an exact duplicate row; two headwords with the same key (different English, or the same English: merge them), unless one has the article and the other `no-article`, or one is `quoted` and the other `not-quoted` (a title and a name) | error |
//! | a variant that collides with another entry's headword or variant: different English | error |
//! | the same, with the same English (redundant, harmless to the matcher) | warning |
//! | a calendar code in a row that is not month/weekday; double spaces in `english` | warning |
//! | a nationality form the matcher generates (`…ية`, `…يون`, …) that is another entry's spelling with different English (the explicit entry wins in matching) | warning |
//! | a `guard` cell that does not parse ([`crate::glossary::guard`]), or a guard word that is not one normalized word | error |
//! | with [`Options::common_words`]: a collision with a common word ([`collide`]) on an entry without a guard | error |
//!
//! The *key* of a spelling ([`key`]) is how the matcher sees it: the `match` normalization
//! (alef forms, ى/ي, ة/ه, harakat, tatweel, presentation forms folded), split into words as
//! the matcher splits them, with a leading article ال or لل removed from each word when at
//! least two letters remain (the convention of `glossaries/README.md`: "every Arabic form,
//! after normalization plus removal of a leading ال/لل on each word, appears once").
//!
//! What it does *not* do: judge the English (style, spelling), fix anything, or decide which
//! of two conflicting rows is right; it never aborts on a bad row.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub mod collide;
mod forms;

pub use self::collide::CommonWords;
use self::forms::{escape, form_problems};
use super::{check_header, Category, Guard, COLUMNS, GUARD_COLUMN};
use crate::chars::is_word_char;
use crate::error::Location;
use crate::normalize::{self};

/// How bad a finding is. Errors make `dragoman glossary lint` exit 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem at one row (line 0: the whole file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub location: Location,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.location, self.severity, self.message)
    }
}

/// All findings of a run, in file and line order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// Rows read (those with the right number of fields).
    pub rows: usize,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, s: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == s).count()
    }

    /// `2 errors, 1 warning`.
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{}, {}",
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning")
        )
    }
}

/// One glossary file to lint.
#[derive(Clone, Debug)]
pub struct Source {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The built-in glossary files, as lint sources.
pub fn builtin_sources() -> Vec<Source> {
    super::BUILTIN
        .iter()
        .map(|(name, text)| Source {
            path: PathBuf::from(name),
            bytes: text.as_bytes().to_vec(),
        })
        .collect()
}

/// The key of a spelling: `match`-normalized words, each without a leading ال / لل when at
/// least two letters remain, joined by one space. `الأمم المتحدة` → `امم متحده`.
pub fn key(spelling: &str) -> String {
    let n = normalize::matcher().normalize_str(spelling);
    let mut out = String::with_capacity(n.len());
    for word in n
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(strip_article(word));
    }
    out
}

fn strip_article(word: &str) -> &str {
    for article in ["لل", "ال"] {
        if let Some(rest) = word.strip_prefix(article) {
            if rest.chars().count() >= 2 {
                return rest;
            }
        }
    }
    word
}

/// A row as written, fields untrimmed.
#[derive(Clone, Debug)]
struct Row {
    file: usize,
    line: usize,
    fields: [String; 7],
}

impl Row {
    fn arabic(&self) -> &str {
        &self.fields[0]
    }
    fn english(&self) -> &str {
        &self.fields[1]
    }
    fn category(&self) -> &str {
        &self.fields[2]
    }
    fn variants(&self) -> &str {
        &self.fields[3]
    }
    fn note(&self) -> &str {
        &self.fields[4]
    }
    fn guard(&self) -> &str {
        &self.fields[6]
    }
    /// The headword, then each variant as written (a stray `|` gives an empty one).
    fn forms(&self) -> Vec<&str> {
        let mut forms = vec![self.arabic()];
        if !self.variants().is_empty() {
            forms.extend(self.variants().split('|'));
        }
        forms
    }
}

/// What a lint run checks beyond the rules that need nothing else.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The common words of the collision check ([`collide`]); `None`: no collision check.
    pub common_words: Option<CommonWords>,
}

/// Lint `sources` together (keys must be unique across all of them), without the collision
/// check.
#[cfg(test)]
pub fn lint(sources: &[Source]) -> Report {
    lint_with(sources, &Options::default())
}

/// Lint `sources` together, with the checks `options` turn on.
pub fn lint_with(sources: &[Source], options: &Options) -> Report {
    let mut linter = Linter {
        sources,
        findings: Vec::new(),
    };
    let mut rows = Vec::new();
    for i in 0..sources.len() {
        linter.read(i, &mut rows);
    }
    for row in &rows {
        linter.check_row(row);
    }
    linter.check_keys(&rows);
    if let Some(words) = &options.common_words {
        linter.findings.extend(collide::check(sources, words));
    }
    let mut findings = linter.findings;
    // Stable: findings of one line keep the order the rules ran in.
    let order: HashMap<&Path, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.path.as_path(), i))
        .collect();
    findings.sort_by_key(|f| {
        (
            order.get(f.location.path.as_path()).copied(),
            f.location.line,
        )
    });
    Report {
        findings,
        rows: rows.len(),
    }
}

struct Linter<'s> {
    sources: &'s [Source],
    findings: Vec<Finding>,
}

impl Linter<'_> {
    fn at(&self, file: usize, line: usize) -> Location {
        Location::new(&self.sources[file].path, line, 0)
    }

    fn push(&mut self, file: usize, line: usize, severity: Severity, message: impl Into<String>) {
        let location = self.at(file, line);
        self.findings.push(Finding {
            location,
            severity,
            message: message.into(),
        });
    }

    fn error(&mut self, row: &Row, message: impl Into<String>) {
        self.push(row.file, row.line, Severity::Error, message);
    }

    fn warning(&mut self, row: &Row, message: impl Into<String>) {
        self.push(row.file, row.line, Severity::Warning, message);
    }

    /// Read one file's rows; file-level problems become findings.
    fn read(&mut self, file: usize, rows: &mut Vec<Row>) {
        let bytes = &self.sources[file].bytes;
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let line = 1 + bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                self.push(
                    file,
                    line,
                    Severity::Error,
                    format!(
                        "not UTF-8 (byte 0x{:02x}); convert the file to UTF-8",
                        bytes[e.valid_up_to()]
                    ),
                );
                return;
            }
        };
        let text = match text.strip_prefix('\u{FEFF}') {
            Some(rest) => {
                self.push(
                    file,
                    1,
                    Severity::Error,
                    "the file starts with a byte-order mark; save it as UTF-8 without BOM",
                );
                rest
            }
            None => text,
        };
        if let Some(i) = text.find('\r') {
            let line = 1 + text[..i].matches('\n').count();
            self.push(
                file,
                line,
                Severity::Error,
                "CR line end; glossary files use LF line ends (`dos2unix FILE`)",
            );
        }
        if let Some(line) = crate::input::unclosed_quote(text.as_bytes()) {
            self.push(
                file,
                line,
                Severity::Error,
                "a quote opens a field here and is never closed, so the rest of the file is one \
                 field; close it (a quote inside a quoted field is written twice: \"\")",
            );
            return;
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut record = csv::StringRecord::new();
        let mut index: Option<[Option<usize>; 7]> = None;
        let mut width = 0;
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line() as usize);
                    self.push(
                        file,
                        line,
                        Severity::Error,
                        format!("{e}; check the quoting (a field with a comma needs \"…\")"),
                    );
                    return;
                }
            }
            let line = record.position().map_or(0, |p| p.line() as usize);
            let Some(index) = index else {
                let header: Vec<&str> = record.iter().collect();
                if let Err(message) = check_header(header.iter().copied()) {
                    self.push(file, line, Severity::Error, message);
                }
                let mut found = [None; 7];
                for (k, name) in COLUMNS.iter().chain([&GUARD_COLUMN]).enumerate() {
                    found[k] = header.iter().position(|h| h.trim() == *name);
                }
                if found[..3].iter().any(Option::is_none) {
                    // Without arabic, english and category there is nothing to check.
                    return;
                }
                index = Some(found);
                width = header.len();
                continue;
            };
            if record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            if record.len() != width {
                self.push(
                    file,
                    line,
                    Severity::Error,
                    format!(
                        "the row has {} fields, the header {}; check for a missing or extra comma",
                        record.len(),
                        width
                    ),
                );
                continue;
            }
            let get = |k: usize| {
                index[k]
                    .and_then(|i| record.get(i))
                    .unwrap_or("")
                    .to_string()
            };
            rows.push(Row {
                file,
                line,
                fields: [get(0), get(1), get(2), get(3), get(4), get(5), get(6)],
            });
        }
    }

    /// The rules that look at one row alone.
    fn check_row(&mut self, row: &Row) {
        for (k, name) in [(0, "arabic"), (1, "english"), (5, "source")] {
            if row.fields[k].trim().is_empty() {
                let fix = if k == 5 {
                    "write `curated` or where the row comes from"
                } else {
                    "fill it in or delete the row"
                };
                self.error(row, format!("the {name} column is empty; {fix}"));
            }
        }
        let english = row.english();
        if !english.trim().is_empty() {
            if english != english.trim() {
                self.error(
                    row,
                    format!("english '{english}' has leading or trailing spaces; trim them"),
                );
            }
            if english.contains("  ") {
                self.warning(row, format!("english '{english}' has a double space"));
            }
        }
        let category = row.category().trim().parse::<Category>();
        match &category {
            Err(e) => self.error(row, e.clone()),
            Ok(c) => self.check_calendar(row, *c),
        }
        self.check_forms(row);
        self.check_guard(row);
    }

    /// The `guard` cell parses, and its words are single normalized words.
    fn check_guard(&mut self, row: &Row) {
        let guard = match Guard::parse(row.guard()) {
            Ok(g) => g,
            Err(e) => return self.error(row, format!("guard '{}': {e}", row.guard())),
        };
        for (name, words) in guard.word_lists() {
            for w in words
                .iter()
                .filter(|w| *w != crate::glossary::guard::NUMBER)
            {
                if let Some((_, problem)) = form_problems(w).into_iter().next() {
                    self.error(
                        row,
                        format!("guard word '{}' in {name}: {problem}", escape(w)),
                    );
                }
            }
        }
    }

    fn check_calendar(&mut self, row: &Row, category: Category) {
        let code = calendar_code(row.note());
        match (category, code) {
            (Category::Month, Some(("gregorian" | "hijri", n))) if (1..=12).contains(&n) => {}
            (Category::Weekday, Some(("weekday", n))) if (1..=7).contains(&n) => {}
            (Category::Month | Category::Weekday, _) => {
                let want = if category == Category::Month {
                    "`gregorian:N` or `hijri:N` (N = 1–12)"
                } else {
                    "`weekday:N` (ISO, Monday = 1 … Sunday = 7)"
                };
                self.error(
                    row,
                    format!(
                        "{category} row without a calendar code: the note '{}' must start with {want}",
                        row.note()
                    ),
                );
            }
            (_, Some((kind, n))) => self.warning(
                row,
                format!("calendar code '{kind}:{n}' in a {category} row; is the category right?"),
            ),
            _ => {}
        }
    }

    /// Characters and redundancy of the headword and variants.
    fn check_forms(&mut self, row: &Row) {
        let forms = row.forms();
        let mut keys: Vec<String> = Vec::new();
        for (i, form) in forms.iter().enumerate() {
            let what = if i == 0 { "arabic" } else { "variant" };
            if form.is_empty() {
                if i > 0 {
                    self.error(
                        row,
                        format!(
                            "empty variant in '{}': a stray '|'; delete it",
                            row.variants()
                        ),
                    );
                }
                continue;
            }
            if let Some(problem) = not_a_term(form) {
                self.error(row, format!("{what} '{form}' {problem}; delete it"));
            }
            for (severity, problem) in form_problems(form) {
                self.push(
                    row.file,
                    row.line,
                    severity,
                    format!("{what} '{}' {problem}", escape(form)),
                );
            }
            // Within a row, the article counts: a headword with it needs it in the text, so a
            // variant without it (اليونيسف | يونيسف) is not a repeat.
            let k = normalize::matcher().normalize_str(form);
            if i > 0 {
                if let Some(j) = keys.iter().position(|seen| *seen == k) {
                    let message = if j == 0 && *form == forms[0] {
                        format!("variant '{form}' is identical to the headword; delete it")
                    } else if j == 0 {
                        format!(
                            "variant '{form}' is the headword '{}' again after normalization \
                             (key '{k}'); the matcher already treats them alike, delete it",
                            forms[0]
                        )
                    } else {
                        format!(
                            "variant '{form}' repeats the variant '{}' (key '{k}'); delete one",
                            forms[j]
                        )
                    };
                    self.error(row, message);
                }
            }
            keys.push(k);
        }
    }

    /// Rules across rows: duplicates and key collisions.
    fn check_keys(&mut self, rows: &[Row]) {
        // key → (row, form index) of its first occurrence.
        let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
        let mut exact: HashMap<&[String; 7], usize> = HashMap::new();
        for (r, row) in rows.iter().enumerate() {
            if let Some(&first) = exact.get(&row.fields) {
                let other = self.at(rows[first].file, rows[first].line);
                self.error(
                    row,
                    format!("exact duplicate of the row at {other}; delete this one"),
                );
                continue;
            }
            exact.insert(&row.fields, r);
            let mut own = Vec::new();
            for (f, form) in row.forms().into_iter().enumerate() {
                let k = key(form);
                if k.is_empty() || own.contains(&k) {
                    continue; // empty or redundant within the row: reported by check_forms
                }
                own.push(k.clone());
                match seen.get(&k) {
                    None => {
                        seen.insert(k, (r, f));
                    }
                    Some(&(r2, f2))
                        if article_apart(row, form, &rows[r2], rows[r2].forms()[f2])
                            || quoted_apart(row, &rows[r2]) => {}
                    Some(&(r2, f2)) => self.collision(row, f, form, &rows[r2], f2, &k),
                }
            }
        }
        self.check_generated(rows, &seen);
    }

    fn collision(&mut self, row: &Row, f: usize, form: &str, other: &Row, f2: usize, k: &str) {
        let there = self.at(other.file, other.line);
        let other_form = other.forms()[f2];
        let role = |i: usize| if i == 0 { "headword" } else { "variant" };
        let same = row.english().trim() == other.english().trim();
        let english = if same {
            format!("same english '{}'", row.english().trim())
        } else {
            format!(
                "english '{}' here, '{}' there",
                row.english().trim(),
                other.english().trim()
            )
        };
        if f == 0 && f2 == 0 {
            let fix = if same {
                "merge the two rows"
            } else {
                "keep one rendering and note the other (also: …), or disambiguate the Arabic"
            };
            self.error(
                row,
                format!(
                    "the arabic '{form}' is also the headword '{other_form}' at {there} \
                     (key '{k}', {english}); {fix}"
                ),
            );
        } else {
            let message = format!(
                "{} '{form}' collides with the {} '{other_form}' at {there} (key '{k}', {english})",
                role(f),
                role(f2)
            );
            if same {
                self.warning(
                    row,
                    format!("{message}; the spelling is listed twice, keep it in one row"),
                );
            } else {
                self.error(
                    row,
                    format!("{message}; the matcher can give only one of them"),
                );
            }
        }
    }

    /// Nationality forms the matcher generates that are another entry's spelling.
    fn check_generated(&mut self, rows: &[Row], seen: &HashMap<String, (usize, usize)>) {
        const SUFFIXES: &[&str] = &["ة", "ان", "ون", "ين", "ات"];
        for row in rows {
            if row.category().trim() != Category::Nationality.name() {
                continue;
            }
            for form in row.forms() {
                if form.contains(' ') || !form.ends_with('ي') {
                    continue;
                }
                for suffix in SUFFIXES {
                    let generated = format!("{form}{suffix}");
                    let Some(&(r2, f2)) = seen.get(&key(&generated)) else {
                        continue;
                    };
                    let other = &rows[r2];
                    if other.english().trim() == row.english().trim() {
                        continue;
                    }
                    let there = self.at(other.file, other.line);
                    self.warning(
                        row,
                        format!(
                            "the matcher's generated form '{generated}' of '{form}' is the \
                             spelling '{}' at {there} ('{}'); that entry wins in matching, \
                             which is usually right",
                            other.forms()[f2],
                            other.english().trim()
                        ),
                    );
                }
            }
        }
    }
}

/// Particles: function words that are never a glossary term (as the `match` normalization
/// writes them: إلى → الي, على → علي, أن → ان).
const PARTICLES: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "ان", "او", "ثم", "لا", "ما", "لم", "لن", "قد", "هل", "مع",
];

/// Why a spelling cannot be an entry: one letter, proclitics alone (a conjunction, a
/// preposition, the article), or a particle. The matcher would find any of these in or before
/// countless words.
fn not_a_term(form: &str) -> Option<&'static str> {
    let k = normalize::matcher().normalize_str(form);
    let letters: String = k.chars().filter(|&c| is_word_char(c)).collect();
    if letters.chars().count() == 1 {
        Some("is a single letter, not a term")
    } else if crate::tokens::forms::is_clitic_chain(letters.as_bytes()) {
        Some("is a bare clitic (a prefix the matcher strips from words), not a term")
    } else if PARTICLES.contains(&letters.as_str()) {
        Some("is a particle, not a term")
    } else {
        None
    }
}

/// `gregorian:3; Egyptian/Gulf name` → `("gregorian", 3)`.
fn calendar_code(note: &str) -> Option<(&str, u32)> {
    let first = note.split(';').next()?.trim();
    let (kind, n) = first.split_once(':')?;
    let n = n.split_whitespace().next()?;
    matches!(kind, "gregorian" | "hijri" | "weekday").then(|| n.parse().ok().map(|n| (kind, n)))?
}

/// Do two forms of one key never match the same text, because one is written with the article
/// and the other's row says `no-article` (قتل "killed" with `no-article`, القتل "killing"): the
/// matcher reads a headword with the article only with it, and a `no-article` row only without.
fn article_apart(a: &Row, a_form: &str, b: &Row, b_form: &str) -> bool {
    let no_article = |row: &Row| row.guard().parse::<Guard>().is_ok_and(|g| g.no_article);
    let definite = |form: &str| form.starts_with("ال");
    (definite(a_form) && !definite(b_form) && no_article(b))
        || (definite(b_form) && !definite(a_form) && no_article(a))
}

/// Are two rows of one key a title and a name the matcher tells apart by quotation marks: one
/// `quoted` (the whole of a quotation: the daily «الشرق الأوسط»), the other `not-quoted`?
fn quoted_apart(a: &Row, b: &Row) -> bool {
    let guard = |row: &Row| row.guard().parse::<Guard>().unwrap_or_default();
    let (a, b) = (guard(a), guard(b));
    (a.quoted && b.not_quoted) || (a.not_quoted && b.quoted)
}

#[cfg(test)]
mod tests;
