//! The records of a glossary CSV that is simply written, read without the `csv` crate.
//!
//! **In:** the text of a glossary file (byte-order mark removed). **Out:** its records, the
//! header first, each with the line and byte where it starts and its fields as written (a
//! quoted field unquoted, `""` read as `"`), exactly as the `csv` reader gives them; or
//! `None` when the text is not simple, and the caller reads it with the `csv` crate.
//!
//! Simple: no carriage return; a quote only opens a field (as its first character), closes it
//! before a comma or the line end, or is written twice inside it; no line break inside a
//! field; the first line is not empty. The curated glossaries are written so, and reading them
//! this way costs a fraction of the general reader (no UTF-8 check of text that is already
//! `str`, no state machine per byte). A test checks both readers agree.

use std::borrow::Cow;

/// One record: its line and the byte where it starts, and its fields. The line is the
/// `csv` reader's: 1 + the records before it (blank lines are not counted).
pub(super) struct Row<'t> {
    pub line: usize,
    pub byte: usize,
    pub fields: Vec<Cow<'t, str>>,
}

/// The records of `text`, header first, or `None` when it is not simple CSV (see the module
/// docs). Empty lines are no records (as for the `csv` reader).
pub(super) fn simple_rows(text: &str) -> Option<Vec<Row<'_>>> {
    let b = text.as_bytes();
    if b.first().is_none_or(|&c| c == b'\n') || memchr::memchr(b'\r', b).is_some() {
        return None;
    }
    let mut rows = Vec::with_capacity(memchr::memchr_iter(b'\n', b).count() + 1);
    let mut at = 0;
    while at < b.len() {
        if b[at] == b'\n' {
            at += 1;
            continue;
        }
        let mut row = Row {
            line: rows.len() + 1,
            byte: at,
            fields: Vec::with_capacity(8),
        };
        // One field per turn; `at` is where it starts.
        loop {
            let (field, end) = if b[at..].first() == Some(&b'"') {
                quoted(text, at)?
            } else {
                // Fields are short: a loop beats a `memchr` call per field.
                let mut end = at;
                while end < b.len() && !matches!(b[end], b',' | b'\n' | b'"') {
                    end += 1;
                }
                if b.get(end) == Some(&b'"') {
                    return None;
                }
                (Cow::Borrowed(&text[at..end]), end)
            };
            row.fields.push(field);
            match b.get(end) {
                Some(b',') => at = end + 1,
                Some(_) => {
                    at = end + 1;
                    break;
                }
                None => {
                    at = end;
                    break;
                }
            }
        }
        rows.push(row);
    }
    Some(rows)
}

/// The quoted field that starts at byte `at` (a quote), and the byte after its closing quote
/// (a comma, a line break or the end), or `None` when it is not simply written.
fn quoted(text: &str, at: usize) -> Option<(Cow<'_, str>, usize)> {
    let b = text.as_bytes();
    let mut owned: Option<String> = None;
    let mut from = at + 1;
    loop {
        let q = from + memchr::memchr2(b'"', b'\n', &b[from..])?;
        if b[q] == b'\n' {
            return None;
        }
        if b.get(q + 1) == Some(&b'"') {
            // A quote written twice: one quote of the field.
            owned
                .get_or_insert_with(String::new)
                .push_str(&text[from..=q]);
            from = q + 2;
            continue;
        }
        if !matches!(b.get(q + 1), None | Some(b',' | b'\n')) {
            return None;
        }
        let field = match owned {
            Some(mut s) => {
                s.push_str(&text[from..q]);
                Cow::Owned(s)
            }
            None => Cow::Borrowed(&text[at + 1..q]),
        };
        return Some((field, q + 1));
    }
}
