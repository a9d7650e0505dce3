//! Tabular output protocol shared by every command: CSV, TSV and JSON Lines.
//!
//! * **CSV**: RFC 4180, UTF-8, `\n` record ends, a header row; a field is quoted when it holds
//!   `,` `"` CR or LF, and quotes inside are doubled.
//! * **TSV**: a header row; inside fields `\` → `\\`, tab → `\t`, LF → `\n`, CR → `\r`, so one
//!   record is always one line.
//! * **JSONL**: one JSON object per line with the columns as keys, in column order; numbers
//!   are JSON numbers, structured cells (term and fact lists) JSON arrays.
//!
//! With `sanitize` on (the default of `export`): a cell a spreadsheet would run as a formula
//! (starting with `=` `+` `-` `@`, tab or CR, and longer than one character) gets a leading `'`, and bidi control characters
//! (U+061C, U+200E, U+200F, U+202A–202E, U+2066–2069) are written as the visible escape
//! `<U+200F>` so they cannot reorder what a reader sees. JSONL is never sanitized: JSON
//! escapes are already unambiguous.

use std::borrow::Cow;

/// An output format for rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Tsv,
    Jsonl,
}

/// One cell.
#[derive(Clone, Debug)]
pub enum Cell<'a> {
    Str(Cow<'a, str>),
    Num(u64),
    /// Structured data: written as JSON in JSONL, as `text` in CSV/TSV.
    Json {
        json: serde_json::Value,
        text: String,
    },
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(s: &'a str) -> Cell<'a> {
        Cell::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Cell<'_> {
    fn from(s: String) -> Self {
        Cell::Str(Cow::Owned(s))
    }
}

impl From<usize> for Cell<'_> {
    fn from(n: usize) -> Self {
        Cell::Num(n as u64)
    }
}

/// Writes rows of fixed columns.
#[derive(Clone, Debug)]
pub struct Table {
    pub format: TableFormat,
    pub columns: &'static [&'static str],
    pub sanitize: bool,
}

impl Table {
    pub fn new(format: TableFormat, columns: &'static [&'static str]) -> Table {
        Table {
            format,
            columns,
            sanitize: false,
        }
    }

    /// The header line (empty for JSONL).
    pub fn header(&self) -> Vec<u8> {
        let mut out = Vec::new();
        match self.format {
            TableFormat::Jsonl => {}
            TableFormat::Csv | TableFormat::Tsv => {
                let cells: Vec<Cell> = self.columns.iter().map(|&c| Cell::from(c)).collect();
                self.row(&mut out, &cells);
            }
        }
        out
    }

    /// Append one row to `out`. `cells` must have one cell per column.
    pub fn row(&self, out: &mut Vec<u8>, cells: &[Cell]) {
        debug_assert_eq!(cells.len(), self.columns.len());
        match self.format {
            TableFormat::Csv | TableFormat::Tsv => {
                for (i, cell) in cells.iter().enumerate() {
                    if i > 0 {
                        out.push(if self.format == TableFormat::Csv {
                            b','
                        } else {
                            b'\t'
                        });
                    }
                    let text: Cow<str> = match cell {
                        Cell::Str(s) => Cow::Borrowed(s),
                        Cell::Num(n) => Cow::Owned(n.to_string()),
                        Cell::Json { text, .. } => Cow::Borrowed(text),
                    };
                    let text = if self.sanitize { sanitize(&text) } else { text };
                    if self.format == TableFormat::Csv {
                        csv_field(out, &text);
                    } else {
                        tsv_field(out, &text);
                    }
                }
                out.push(b'\n');
            }
            TableFormat::Jsonl => {
                out.push(b'{');
                for (i, (col, cell)) in self.columns.iter().zip(cells).enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    json_string(out, col);
                    out.push(b':');
                    match cell {
                        Cell::Str(s) => json_string(out, s),
                        Cell::Num(n) => out.extend_from_slice(n.to_string().as_bytes()),
                        Cell::Json { json, .. } => {
                            serde_json::to_writer(&mut *out, json).expect("writing to a Vec")
                        }
                    }
                }
                out.extend_from_slice(b"}\n");
            }
        }
    }
}

fn json_string(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *out, s).expect("writing to a Vec");
}

fn csv_field(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if memchr::memchr3(b',', b'"', b'\n', bytes).is_none() && memchr::memchr(b'\r', bytes).is_none()
    {
        out.extend_from_slice(bytes);
        return;
    }
    out.push(b'"');
    for (i, piece) in s.split('"').enumerate() {
        if i > 0 {
            out.extend_from_slice(b"\"\"");
        }
        out.extend_from_slice(piece.as_bytes());
    }
    out.push(b'"');
}

fn tsv_field(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'\\' => b"\\\\",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        out.extend_from_slice(escape);
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
}

/// Bidi controls that can reorder displayed text.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A byte scan for bidi controls: U+061C is D8 9C; the others are E2 80 8E/8F/AA–AE and
/// E2 81 A6–A9. Searches for the rare bytes 9C and E2 only, so Arabic letters cost nothing.
fn has_bidi_control(b: &[u8]) -> bool {
    memchr::memchr2_iter(0x9C, 0xE2, b).any(|i| {
        if b[i] == 0x9C {
            return i > 0 && b[i - 1] == 0xD8;
        }
        match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(&y)) => matches!(y, 0x8E | 0x8F | 0xAA..=0xAE),
            (Some(0x81), Some(&y)) => matches!(y, 0xA6..=0xA9),
            _ => false,
        }
    })
}

/// Neutralize formulas and make bidi controls visible.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    // A lone `-` (stdin's document id) cannot run anything.
    let formula = s.len() > 1
        && matches!(
            s.as_bytes().first(),
            Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
        );
    if !formula && !has_bidi_control(s.as_bytes()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    if formula {
        out.push('\'');
    }
    for c in s.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: TableFormat, sanitize: bool, cells: &[Cell]) -> String {
        let mut t = Table::new(format, &["a", "b", "c"]);
        t.sanitize = sanitize;
        let mut out = t.header();
        t.row(&mut out, cells);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn formats() {
        let cells = [
            Cell::from("قال، \"نعم\""),
            Cell::from(3usize),
            Cell::from("x\ty\nz"),
        ];
        assert_eq!(
            render(TableFormat::Csv, false, &cells),
            "a,b,c\n\"قال، \"\"نعم\"\"\",3,\"x\ty\nz\"\n"
        );
        assert_eq!(
            render(TableFormat::Tsv, false, &cells),
            "a\tb\tc\nقال، \"نعم\"\t3\tx\\ty\\nz\n"
        );
        assert_eq!(
            render(TableFormat::Jsonl, false, &cells),
            "{\"a\":\"قال، \\\"نعم\\\"\",\"b\":3,\"c\":\"x\\ty\\nz\"}\n"
        );
    }

    #[test]
    fn sanitizing() {
        let rows: &[(&str, &str)] = &[
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("-5 قتلى", "'-5 قتلى"),
            ("@x", "'@x"),
            ("\tx", "'\tx"),
            ("قال\u{202E}abc", "قال<U+202E>abc"),
            ("\u{200F}نص", "<U+200F>نص"),
            ("عادي", "عادي"),
            ("-", "-"),
            ("قال\u{061C}", "قال<U+061C>"),
            ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),
            ("\u{2014} dash is fine", "\u{2014} dash is fine"),
        ];
        for &(input, want) in rows {
            assert_eq!(sanitize(input), want, "input {input:?}");
        }
    }
}
