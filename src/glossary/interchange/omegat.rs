//! OmegaT's glossary format, export and import.
//!
//! OmegaT's tab-separated glossary (`*.txt` in UTF-8 or `*.utf8`): one term per line,
//! `source<TAB>target<TAB>comment`, lines starting with `#` are comments. The export writes a
//! `#` header line, then per entry a row `headword<TAB>english<TAB>category: C[; guard: G][;
//! note: N][; source: S]` (G: the entry's guard in the glossary's mini-syntax, its `;` escaped
//! as `\:`; OmegaT shows it as text) and one row per variant `variant<TAB>english<TAB>variant of: HEADWORD`. When
//! a note is written the source part is always written too (possibly empty), so the note may
//! hold anything; in the source, `;` is escaped as `\:`. In every field a backslash, tab, LF
//! and CR are written `\\` `\t` `\n` `\r` (the escapes of the crate's `tsv` module; OmegaT itself has
//! no escapes, and glossary fields practically never hold these). On import, a row whose
//! comment is not in this shape becomes an entry of category `term` with the comment as note;
//! a `variant of:` row joins the latest entry with that headword and English.

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Location, Result};
use crate::glossary::{Category, Entry, Guard};
use crate::tsv;

/// The first line OmegaT itself writes into a new glossary file.
pub(super) const OMEGAT_HEADER: &str = "# Glossary in tab-separated format -*- coding: utf-8 -*-";

/// The entries as an OmegaT tab-separated glossary.
pub fn to_omegat(entries: &[Entry]) -> String {
    let mut out = String::from(OMEGAT_HEADER);
    out.push('\n');
    for e in entries {
        let english = tab_escape(&e.english);
        let mut comment = format!("category: {}", e.category.name());
        if !e.guard.is_empty() {
            comment.push_str("; guard: ");
            comment.push_str(&tab_escape(&e.guard.to_string()).replace(';', "\\:"));
        }
        if !e.note.is_empty() {
            comment.push_str("; note: ");
            comment.push_str(&tab_escape(&e.note));
        }
        if !e.note.is_empty() || !e.source.is_empty() {
            // No `;` is left in the source, so the last `; source: ` is the separator.
            comment.push_str("; source: ");
            comment.push_str(&tab_escape(&e.source).replace(';', "\\:"));
        }
        out.push_str(&format!(
            "{}\t{english}\t{comment}\n",
            tab_escape(&e.arabic)
        ));
        for v in &e.variants {
            out.push_str(&format!(
                "{}\t{english}\tvariant of: {}\n",
                tab_escape(v),
                tab_escape(&e.arabic)
            ));
        }
    }
    out
}

/// A field with the TSV escapes.
fn tab_escape(s: &str) -> std::borrow::Cow<'_, str> {
    tsv::escape(s)
}

/// The inverse of [`tab_escape`]; `\:` is `;` (in the source part of a comment).
fn tab_unescape(s: &str) -> String {
    tsv::unescape_with(s, |c| (c == ':').then_some(';')).into_owned()
}

/// Read an OmegaT tab-separated glossary (see the module docs).
pub fn from_omegat(path: &Path, text: &str) -> Result<Vec<Entry>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out: Vec<Entry> = Vec::new();
    // (headword, english) → index of the latest entry.
    let mut heads: HashMap<(String, String), usize> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let at = Location::new(path, i + 1, 0);
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let source = tab_unescape(fields.next().unwrap_or("").trim());
        let target = tab_unescape(fields.next().unwrap_or("").trim());
        // Not trimmed: an empty source leaves the comment ending in `; source: `.
        let comment = fields.next().unwrap_or("");
        if source.is_empty() || target.is_empty() {
            return Err(Error::parse(
                at,
                "an OmegaT row needs source<TAB>target; one of them is empty or the tab is missing",
            ));
        }
        if let Some(head) = comment.strip_prefix("variant of: ") {
            let head = tab_unescape(head);
            if let Some(&k) = heads.get(&(head.clone(), target.clone())) {
                out[k].variants.push(source);
                continue;
            }
        }
        let (category, guard, note, src) = parse_comment(comment);
        heads.insert((source.clone(), target.clone()), out.len());
        out.push(Entry {
            arabic: source,
            english: target,
            category,
            variants: Vec::new(),
            note,
            source: src,
            guard,
            origin: at,
        });
    }
    Ok(out)
}

/// `category: C[; guard: G][; note: N][; source: S]` → `(C, G, N, S)`; another comment →
/// `(term, no guard, comment, "")`.
fn parse_comment(comment: &str) -> (Category, Guard, String, String) {
    let foreign = || {
        (
            Category::Term,
            Guard::default(),
            comment.to_string(),
            String::new(),
        )
    };
    let Some(rest) = comment.strip_prefix("category: ") else {
        return foreign();
    };
    let (name, rest) = match rest.find(';') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let Ok(category) = name.parse::<Category>() else {
        return foreign();
    };
    let (guard, rest) = match rest.strip_prefix("; guard: ") {
        Some(body) => {
            let (g, rest) = body.split_at(body.find(';').unwrap_or(body.len()));
            match Guard::parse(&tab_unescape(g)) {
                Ok(g) => (g, rest),
                Err(_) => return foreign(),
            }
        }
        None => (Guard::default(), rest),
    };
    if rest.is_empty() {
        (category, guard, String::new(), String::new())
    } else if let Some(body) = rest.strip_prefix("; note: ") {
        match body.rsplit_once("; source: ") {
            Some((note, src)) => (category, guard, tab_unescape(note), tab_unescape(src)),
            None => (category, guard, tab_unescape(body), String::new()),
        }
    } else if let Some(src) = rest.strip_prefix("; source: ") {
        (category, guard, String::new(), tab_unescape(src))
    } else {
        foreign()
    }
}
