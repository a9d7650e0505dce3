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
                let mut w = self.row_writer(out);
                for cell in cells {
                    match cell {
                        Cell::Str(s) => w.str(s),
                        Cell::Num(n) => w.num(*n),
                        Cell::Json { text, .. } => w.str(text),
                    }
                }
                w.finish();
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
                        Cell::Num(n) => push_decimal(out, *n),
                        Cell::Json { json, .. } => {
                            serde_json::to_writer(&mut *out, json).expect("writing to a Vec")
                        }
                    }
                }
                out.extend_from_slice(b"}\n");
            }
        }
    }

    /// A CSV or TSV row written cell by cell straight into `out`, for callers that compose
    /// cells from pieces (no intermediate strings). Same bytes as [`Table::row`].
    ///
    /// Panics if the format is JSONL.
    pub fn row_writer<'a>(&'a self, out: &'a mut Vec<u8>) -> RowWriter<'a> {
        assert!(
            self.format != TableFormat::Jsonl,
            "RowWriter writes CSV or TSV"
        );
        RowWriter {
            table: self,
            out,
            cells: 0,
        }
    }
}

/// Writes one CSV/TSV row; see [`Table::row_writer`]. Each cell's bytes are appended as they
/// come, then scanned once: only a cell that needs quoting, escaping or sanitizing (rare) is
/// taken back out and rewritten.
pub struct RowWriter<'a> {
    table: &'a Table,
    out: &'a mut Vec<u8>,
    cells: usize,
}

impl RowWriter<'_> {
    /// A text cell.
    pub fn str(&mut self, s: &str) {
        self.cell(|out| out.extend_from_slice(s.as_bytes()));
    }

    /// A number cell (digits never need quoting or sanitizing).
    pub fn num(&mut self, n: u64) {
        self.separate();
        push_decimal(self.out, n);
    }

    /// A cell composed by `write`, which appends UTF-8 text to the buffer it is given.
    pub fn cell(&mut self, write: impl FnOnce(&mut Vec<u8>)) {
        self.separate();
        let start = self.out.len();
        write(self.out);
        self.seal(start);
    }

    /// End the row.
    pub fn finish(self) {
        debug_assert_eq!(self.cells, self.table.columns.len(), "one cell per column");
        self.out.push(b'\n');
    }

    fn separate(&mut self) {
        if self.cells > 0 {
            self.out.push(match self.table.format {
                TableFormat::Tsv => b'\t',
                _ => b',',
            });
        }
        self.cells += 1;
    }

    /// Quote, escape or sanitize the cell written since `start`, if it needs it.
    fn seal(&mut self, start: usize) {
        let cell = &self.out[start..];
        let classes = byte_classes(cell);
        let special = match self.table.format {
            TableFormat::Tsv => TSV_SPECIAL,
            _ => CSV_SPECIAL,
        };
        let quote = classes & special != 0;
        let sanitize = self.table.sanitize
            && (is_formula(cell) || (classes & BIDI_BYTE != 0 && has_bidi_control(cell)));
        if !quote && !sanitize {
            return;
        }
        let raw = self.out.split_off(start);
        let sanitized;
        let cell: &[u8] = if sanitize {
            sanitized =
                self::sanitize(std::str::from_utf8(&raw).expect("cells are written as UTF-8"));
            sanitized.as_bytes()
        } else {
            &raw
        };
        match self.table.format {
            TableFormat::Tsv => tsv_field(self.out, cell),
            _ => csv_field(self.out, cell),
        }
    }
}

/// Bytes that make a CSV field need quotes: `,` `"` CR LF.
const CSV_SPECIAL: u8 = 1;
/// Bytes a TSV field escapes: `\` tab CR LF.
const TSV_SPECIAL: u8 = 2;
/// Bytes that may belong to a bidi control (see [`has_bidi_control`]).
const BIDI_BYTE: u8 = 4;

/// The class bits of every byte value, so that one pass over a cell finds what it needs.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b',' as usize] = CSV_SPECIAL;
    t[b'"' as usize] = CSV_SPECIAL;
    t[b'\r' as usize] = CSV_SPECIAL | TSV_SPECIAL;
    t[b'\n' as usize] = CSV_SPECIAL | TSV_SPECIAL;
    t[b'\t' as usize] = TSV_SPECIAL;
    t[b'\\' as usize] = TSV_SPECIAL;
    t[0x9C] = BIDI_BYTE;
    t[0xE2] = BIDI_BYTE;
    t
};

/// The union of the classes of the bytes of `b`. Sixteen bytes per step, so the loop costs
/// about two instructions a byte.
fn byte_classes(b: &[u8]) -> u8 {
    let class = |acc: u8, &x: &u8| acc | BYTE_CLASS[x as usize];
    let mut chunks = b.chunks_exact(16);
    let mut acc = 0;
    for chunk in &mut chunks {
        acc |= chunk.iter().fold(0, class);
    }
    chunks.remainder().iter().fold(acc, class)
}

/// `n` in decimal, without allocating.
fn push_decimal(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

fn json_string(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *out, s).expect("writing to a Vec");
}

fn csv_field(out: &mut Vec<u8>, bytes: &[u8]) {
    if byte_classes(bytes) & CSV_SPECIAL == 0 {
        out.extend_from_slice(bytes);
        return;
    }
    out.push(b'"');
    for (i, piece) in bytes.split(|&b| b == b'"').enumerate() {
        if i > 0 {
            out.extend_from_slice(b"\"\"");
        }
        out.extend_from_slice(piece);
    }
    out.push(b'"');
}

fn tsv_field(out: &mut Vec<u8>, bytes: &[u8]) {
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

/// Would a spreadsheet run this cell as a formula? A lone `-` (stdin's document id) cannot
/// run anything.
fn is_formula(cell: &[u8]) -> bool {
    cell.len() > 1 && matches!(cell[0], b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
}

/// Neutralize formulas and make bidi controls visible.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    let formula = is_formula(s.as_bytes());
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

    /// The plain definition of a field: sanitize, then quote (CSV) or escape (TSV).
    fn reference_field(format: TableFormat, sanitizing: bool, s: &str) -> String {
        let s = if sanitizing { sanitize(s) } else { s.into() };
        match format {
            TableFormat::Csv if s.contains([',', '"', '\r', '\n']) => {
                format!("\"{}\"", s.replace('"', "\"\""))
            }
            TableFormat::Tsv => s
                .replace('\\', "\\\\")
                .replace('\t', "\\t")
                .replace('\n', "\\n")
                .replace('\r', "\\r"),
            _ => s.into_owned(),
        }
    }

    proptest::proptest! {
        /// A cell written in pieces through `RowWriter` is exactly the reference field of the
        /// whole text, in every format and sanitizing mode.
        #[test]
        fn row_writer_matches_the_reference(
            a in "(قال|=|-|\\+|@|,|\"|\t|\r|\n|\\\\|\u{200F}|\u{202E}|\u{061C}|\u{2066}|\u{2014}|x| ){0,6}",
            b in proptest::prelude::any::<String>(),
        ) {
            for format in [TableFormat::Csv, TableFormat::Tsv] {
                for sanitizing in [false, true] {
                    let mut t = Table::new(format, &["a", "b"]);
                    t.sanitize = sanitizing;
                    let mut out = Vec::new();
                    let mut w = t.row_writer(&mut out);
                    w.cell(|o| {
                        o.extend_from_slice(a.as_bytes());
                        o.extend_from_slice(b.as_bytes());
                    });
                    w.num(1234567890);
                    w.finish();
                    let sep = if format == TableFormat::Csv { ',' } else { '\t' };
                    let field = reference_field(format, sanitizing, &format!("{a}{b}"));
                    let want = format!("{field}{sep}1234567890\n");
                    proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), want);
                }
            }
        }
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
