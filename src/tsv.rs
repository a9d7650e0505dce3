//! TSV cell escapes: the one convention dragoman's TSV files use, written and read.
//!
//! A TSV cell cannot hold a tab or a line break, so they are written as two-character escapes:
//! backslash `\\`, tab `\t`, LF `\n`, CR `\r`; nothing else is escaped and there is no quoting.
//! Reading undoes them; a backslash before any other character stands for that character, and
//! a lone backslash at the end for itself. `table` writes the same escapes, byte-wise, on the
//! export's hot path (a test here checks that the two agree); the OmegaT glossary and the
//! aligned pairs read by `glossary learn` use these functions.

use std::borrow::Cow;

/// `\` TAB LF CR → `\\` `\t` `\n` `\r`.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.contains(['\\', '\t', '\n', '\r']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The inverse of [`escape`].
pub fn unescape(s: &str) -> Cow<'_, str> {
    unescape_with(s, |_| None)
}

/// [`unescape`] with escapes of a format's own: `extra(c)` gives the character `\c` stands
/// for, where it is not one of the four.
pub fn unescape_with(s: &str, extra: impl Fn(char) -> Option<char>) -> Cow<'_, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(extra(other).unwrap_or(other)),
            None => out.push('\\'),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{Cell, Table, TableFormat};

    #[test]
    fn escapes_round_trip() {
        for (plain, escaped) in [
            ("plain نص", "plain نص"),
            ("a\tb\nc\\d\re", r"a\tb\nc\\d\re"),
            ("\\t is not a tab", r"\\t is not a tab"),
        ] {
            assert_eq!(escape(plain), escaped, "escape {plain:?}");
            assert_eq!(unescape(escaped), plain, "unescape {escaped:?}");
        }
        assert_eq!(unescape(r"\x and \"), "x and \\");
        assert_eq!(
            unescape_with(r"a\:b\;", |c| (c == ':').then_some(';')),
            "a;b;"
        );
    }

    /// The export's TSV writer (`table`) escapes cells as [`escape`] does.
    #[test]
    fn the_table_writer_agrees() {
        let table = Table::new(TableFormat::Tsv, &["a"]);
        for cell in ["x\\y\tz\n\r", "نص\tعربي", "plain"] {
            let mut row = Vec::new();
            table.row(&mut row, &[Cell::from(cell)]);
            assert_eq!(
                String::from_utf8(row).unwrap(),
                format!("{}\n", escape(cell))
            );
        }
    }
}
