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

use crate::simd::{ByteClasses, Isa};
use crate::span::Span;

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
            isa: Isa::detect(),
        }
    }

    /// Where the bytes that can matter to a CSV or TSV cell are in `text`, found once for all
    /// the cells that are pieces of it: see [`RowWriter::piece`].
    pub fn scan_text(&self, text: &str) -> TextScan {
        let bytes = text.as_bytes();
        let mut scan = TextScan {
            blocks: vec![[0; 2]; bytes.len().div_ceil(64)],
            format: self.format,
            len: bytes.len(),
        };
        classes(self.format).masks(Isa::detect(), bytes, &mut scan.blocks);
        scan
    }

    /// One CSV or TSV cell as a row writes it (quoted, escaped, sanitized as needed), for a
    /// value repeated on many rows: [`RowWriter::field`] then copies it without scanning it
    /// again.
    ///
    /// Panics if the format is JSONL.
    pub fn field(&self, s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        // The first cell of a row: no separator before it.
        self.row_writer(&mut out).str(s);
        out
    }
}

/// Writes one CSV/TSV row; see [`Table::row_writer`]. Each cell's bytes are appended as they
/// come, then scanned once, sixteen bytes at a time, for the few bytes that can matter (a
/// cell that is a piece of a text scanned as a whole, [`RowWriter::piece`], looks the scan
/// up instead); only a cell that holds one of them or starts like a formula (rare) is looked
/// at closely and, if it needs quoting, escaping or sanitizing, taken back out and rewritten.
pub struct RowWriter<'a> {
    table: &'a Table,
    out: &'a mut Vec<u8>,
    cells: usize,
    isa: Isa,
}

impl RowWriter<'_> {
    /// A text cell.
    pub fn str(&mut self, s: &str) {
        self.cell(|out| out.extend_from_slice(s.as_bytes()));
    }

    /// The cell `span.slice(text)`, where `scan` is [`Table::scan_text`] of `text` by this
    /// table: the same bytes as [`RowWriter::str`] writes, without scanning the cell again.
    ///
    /// Panics if `scan` is plainly not that scan (of a text of another length, or by a table
    /// of another format): a wrong scan would let a cell through unquoted.
    #[inline]
    pub fn piece(&mut self, text: &str, scan: &TextScan, span: Span) {
        assert!(
            scan.len == text.len() && scan.format == self.table.format,
            "RowWriter::piece: the scan of another text or format"
        );
        self.separate();
        let start = self.out.len();
        self.out
            .extend_from_slice(&text.as_bytes()[span.start..span.end]);
        if span.is_empty() {
            return;
        }
        let [special, bidi] = scan.hits_in(span);
        // Most cells hold no byte of interest: then only a formula needs looking at.
        if special | bidi != 0 || (self.table.sanitize && is_formula(&self.out[start..])) {
            let found = Found {
                special: special != 0,
                bidi_byte: bidi != 0,
            };
            self.seal_found(start, found);
        }
    }

    /// A cell made by [`Table::field`] of this table, copied as it is.
    pub fn field(&mut self, field: &[u8]) {
        self.separate();
        self.out.extend_from_slice(field);
    }

    /// A number cell (digits never need quoting or sanitizing).
    #[inline]
    pub fn num(&mut self, n: u64) {
        self.separate();
        push_decimal(self.out, n);
    }

    /// A cell composed by `write`, which appends UTF-8 text to the buffer it is given.
    pub fn cell(&mut self, write: impl FnOnce(&mut Vec<u8>)) {
        self.separate();
        let start = self.out.len();
        write(self.out);
        // An empty cell is written as it is (and there are many: unused columns).
        if self.out.len() > start {
            self.seal(start);
        }
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
        let [special, bidi_byte] = classes(self.table.format).any_from(self.isa, self.out, start);
        self.seal_found(start, Found { special, bidi_byte });
    }

    /// [`RowWriter::seal`] given what a scan of the cell found.
    #[inline]
    fn seal_found(&mut self, start: usize, found: Found) {
        let cell = &self.out[start..];
        let sanitize = self.table.sanitize
            && (is_formula(cell) || (found.bidi_byte && has_bidi_control(cell)));
        if found.special || sanitize {
            self.rewrite(start, found.special, sanitize);
        }
    }

    /// Take the cell written since `start` back out and write it again sanitized and/or
    /// quoted (CSV) or escaped (TSV).
    #[cold]
    #[inline(never)]
    fn rewrite(&mut self, start: usize, special: bool, sanitize: bool) {
        let csv = self.table.format != TableFormat::Tsv;
        if csv && special && !sanitize && memchr::memchr(b'"', &self.out[start..]).is_none() {
            // Quotes around it are all a CSV cell without `"` needs: done in place.
            self.out.insert(start, b'"');
            self.out.push(b'"');
            return;
        }
        let raw = self.out.split_off(start);
        let cell = if sanitize {
            sanitize_bytes(&raw)
        } else {
            Cow::Borrowed(&raw[..])
        };
        // Sanitizing adds only `'` and `<U+…>`, which never need quoting or escaping.
        match self.table.format {
            TableFormat::Tsv => tsv_field(self.out, &cell),
            _ if special => csv_quoted(self.out, &cell),
            _ => self.out.extend_from_slice(&cell),
        }
    }
}

/// The special bytes of a format and the bytes of bidi controls in one text, a bit per byte:
/// see [`Table::scan_text`].
pub struct TextScan {
    /// A pair of words per 64-byte block: bit `k` of the first is set when byte `k` of the
    /// block is one of the format's special bytes, of the second when it is one of
    /// [`BIDI_BYTES`].
    blocks: Vec<[u64; 2]>,
    format: TableFormat,
    /// The length of the text.
    len: usize,
}

impl TextScan {
    /// The bits of the bytes of `span` (not empty), ORed together: `[special, bidi]`.
    #[inline(always)]
    fn hits_in(&self, span: Span) -> [u64; 2] {
        let (first, last) = (span.start / 64, (span.end - 1) / 64);
        let head = !0u64 << (span.start % 64);
        let tail = !0u64 >> (63 - (span.end - 1) % 64);
        let [mut s, mut b] = self.blocks[first];
        s &= head;
        b &= head;
        if first < last {
            for &[s2, b2] in &self.blocks[first + 1..last] {
                s |= s2;
                b |= b2;
            }
            let [s2, b2] = self.blocks[last];
            s |= s2 & tail;
            b |= b2 & tail;
        } else {
            s &= tail;
            b &= tail;
        }
        [s, b]
    }
}

/// Bytes that make a CSV field need quotes.
const CSV_SPECIALS: [u8; 4] = [b',', b'"', b'\r', b'\n'];
/// Bytes a TSV field escapes.
const TSV_SPECIALS: [u8; 4] = [b'\\', b'\t', b'\r', b'\n'];
/// The bytes [`has_bidi_control`] looks for.
const BIDI_BYTES: [u8; 2] = [0x9C, 0xE2];

/// The special bytes of a format and [`BIDI_BYTES`], for the vector scans.
fn classes(format: TableFormat) -> &'static ByteClasses<2> {
    const CSV: ByteClasses<2> = ByteClasses::new([&CSV_SPECIALS, &BIDI_BYTES]);
    const TSV: ByteClasses<2> = ByteClasses::new([&TSV_SPECIALS, &BIDI_BYTES]);
    match format {
        TableFormat::Tsv => &TSV,
        _ => &CSV,
    }
}

/// What a scan found in a cell.
struct Found {
    /// One of the format's special bytes.
    special: bool,
    /// A byte that may belong to a bidi control.
    bidi_byte: bool,
}

/// "00", "01", … "99".
const PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// `n` in decimal, without allocating. Numbers below 10,000 (most: sentence numbers and
/// offsets) are written with fixed-size copies.
#[inline(always)]
fn push_decimal(out: &mut Vec<u8>, n: u64) {
    let pair = |k: u64| {
        let k = 2 * k as usize;
        [PAIRS[k], PAIRS[k + 1]]
    };
    if n < 10 {
        out.push(b'0' + n as u8);
    } else if n < 100 {
        out.extend_from_slice(&pair(n));
    } else if n < 10_000 {
        let ([a, b], [c, d]) = (pair(n / 100), pair(n % 100));
        if n < 1000 {
            out.extend_from_slice(&[b, c, d]);
        } else {
            out.extend_from_slice(&[a, b, c, d]);
        }
    } else {
        push_long_decimal(out, n);
    }
}

/// [`push_decimal`] of any `n`: two digits a step.
fn push_long_decimal(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    while n >= 100 {
        let pair = 2 * (n % 100) as usize;
        n /= 100;
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = 2 * n as usize;
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        i -= 1;
        digits[i] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[i..]);
}

fn json_string(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *out, s).expect("writing to a Vec");
}

/// `bytes` in double quotes, quotes inside doubled.
fn csv_quoted(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    let mut from = 0;
    for i in memchr::memchr_iter(b'"', bytes) {
        out.extend_from_slice(&bytes[from..=i]);
        out.push(b'"');
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
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
    bidi_controls(b).next().is_some()
}

/// Where the bidi controls of `b` are (start, length in bytes), in order; see
/// [`has_bidi_control`].
fn bidi_controls(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    memchr::memchr2_iter(0x9C, 0xE2, b).filter_map(|i| {
        if b[i] == 0x9C {
            return (i > 0 && b[i - 1] == 0xD8).then(|| (i - 1, 2));
        }
        let control = match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(&y)) => matches!(y, 0x8E | 0x8F | 0xAA..=0xAE),
            (Some(0x81), Some(&y)) => matches!(y, 0xA6..=0xA9),
            _ => false,
        };
        control.then_some((i, 3))
    })
}

/// Would a spreadsheet run this cell as a formula? A lone `-` (stdin's document id) cannot
/// run anything.
fn is_formula(cell: &[u8]) -> bool {
    cell.len() > 1 && matches!(cell[0], b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
}

/// Neutralize formulas and make bidi controls visible.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    match sanitize_bytes(s.as_bytes()) {
        Cow::Borrowed(_) => Cow::Borrowed(s),
        Cow::Owned(b) => Cow::Owned(String::from_utf8(b).expect("sanitizing keeps UTF-8")),
    }
}

/// [`sanitize`] on the bytes of UTF-8 text.
fn sanitize_bytes(s: &[u8]) -> Cow<'_, [u8]> {
    use std::io::Write;
    let formula = is_formula(s);
    if !formula && !has_bidi_control(s) {
        return Cow::Borrowed(s);
    }
    let mut out = Vec::with_capacity(s.len() + 8);
    if formula {
        out.push(b'\'');
    }
    // The text between controls is copied as it is.
    let mut from = 0;
    for (at, len) in bidi_controls(s) {
        out.extend_from_slice(&s[from..at]);
        // U+061C is D8 9C; the others are E2 x y.
        let c = match len {
            2 => 0x061C,
            _ => 0x2000 | u32::from(s[at + 1] & 0x3F) << 6 | u32::from(s[at + 2] & 0x3F),
        };
        write!(out, "<U+{c:04X}>").expect("writing to a Vec");
        from = at + len;
    }
    out.extend_from_slice(&s[from..]);
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

    /// Text made of the pieces that matter to a field (specials, formula starts, bidi
    /// controls and look-alikes sharing their bytes), Arabic and anything, so that they land
    /// at every position of a 16-byte window.
    fn texty() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = prop_oneof![
            3 => "(قال|=|-|\\+|@|,|\"|\t|\r|\n|\\\\|\u{200F}|\u{202E}|\u{061C}|\u{2066}|\u{2014}|\u{065C}|“|x| )",
            2 => "[\u{0621}-\u{064A} ]{1,20}",
            1 => any::<String>(),
        ];
        proptest::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// Cells written whole (made by `Table::field`) or in pieces through `RowWriter` are
        /// exactly the reference fields of their texts, in every format and sanitizing mode,
        /// whatever precedes them.
        #[test]
        fn row_writer_matches_the_reference(a in texty(), b in texty(), c in texty()) {
            for format in [TableFormat::Csv, TableFormat::Tsv] {
                for sanitizing in [false, true] {
                    let mut t = Table::new(format, &["a", "b", "c"]);
                    t.sanitize = sanitizing;
                    let mut out = Vec::new();
                    let mut w = t.row_writer(&mut out);
                    w.field(&t.field(&a));
                    w.cell(|o| {
                        o.extend_from_slice(b.as_bytes());
                        o.extend_from_slice(c.as_bytes());
                    });
                    w.num(1234567890);
                    w.finish();
                    let sep = if format == TableFormat::Csv { ',' } else { '\t' };
                    let first = reference_field(format, sanitizing, &a);
                    let second = reference_field(format, sanitizing, &format!("{b}{c}"));
                    let want = format!("{first}{sep}{second}{sep}1234567890\n");
                    proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), want);
                }
            }
        }

        /// A cell written as a piece of a scanned text is the cell written as a string.
        #[test]
        fn pieces_are_written_as_strings(text in texty(), cut in proptest::prelude::any::<(usize, usize)>()) {
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let (a, b) = (bounds[cut.0 % bounds.len()], bounds[cut.1 % bounds.len()]);
            let span = Span::new(a.min(b), a.max(b));
            for format in [TableFormat::Csv, TableFormat::Tsv] {
                for sanitizing in [false, true] {
                    let mut t = Table::new(format, &["a", "b"]);
                    t.sanitize = sanitizing;
                    let scan = t.scan_text(&text);
                    let (mut want, mut got) = (Vec::new(), Vec::new());
                    let mut w = t.row_writer(&mut want);
                    w.str("x");
                    w.str(span.slice(&text));
                    w.finish();
                    let mut w = t.row_writer(&mut got);
                    w.str("x");
                    w.piece(&text, &scan, span);
                    w.finish();
                    proptest::prop_assert_eq!(got, want);
                }
            }
        }

        /// The cell scan of each format, on every path, finds the needles anywhere in the
        /// cell and never before it.
        #[test]
        fn cell_scan_sees_exactly_the_cell(
            buf in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b',', b'"', b'\\', b'\t', b'\n', 0x9C, 0xE2, 0xD8]),
                0..80,
            ),
            start in proptest::prelude::any::<usize>(),
        ) {
            let start = if buf.is_empty() { 0 } else { start % (buf.len() + 1) };
            let cell = &buf[start..];
            for (format, specials) in [(TableFormat::Csv, CSV_SPECIALS), (TableFormat::Tsv, TSV_SPECIALS)] {
                for isa in Isa::all() {
                    let [special, bidi] = classes(format).any_from(isa, &buf, start);
                    proptest::prop_assert_eq!(special, cell.iter().any(|b| specials.contains(b)));
                    proptest::prop_assert_eq!(bidi, cell.iter().any(|b| BIDI_BYTES.contains(b)));
                }
            }
        }
    }

    #[test]
    fn decimals() {
        for n in [
            0,
            7,
            10,
            99,
            100,
            101,
            999,
            1000,
            12345,
            1234567890,
            9999,
            10000,
            u64::MAX,
        ] {
            let mut out = b"x".to_vec();
            push_decimal(&mut out, n);
            assert_eq!(out, format!("x{n}").as_bytes());
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

    /// Every piece of a text several blocks long, written from its scan, is the piece written
    /// as a string: spans inside one block, across two, across many, ending at the text's
    /// end; specials and bidi controls at block edges.
    #[test]
    fn every_piece_is_written_as_a_string() {
        let unit = "قال, \"x\"\t\\ =\u{200F}\u{061C}\u{2066}\u{2014}\r\n\u{1F600}ab-";
        let mut text = String::new();
        while text.len() < 300 {
            text.push_str(unit);
            text.push('ـ');
        }
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for format in [TableFormat::Csv, TableFormat::Tsv] {
            for sanitizing in [false, true] {
                let mut t = Table::new(format, &["a"]);
                t.sanitize = sanitizing;
                let scan = t.scan_text(&text);
                for (k, &a) in bounds.iter().enumerate() {
                    for &b in &bounds[k..] {
                        let span = Span::new(a, b);
                        let (mut want, mut got) = (Vec::new(), Vec::new());
                        let mut w = t.row_writer(&mut want);
                        w.str(span.slice(&text));
                        w.finish();
                        let mut w = t.row_writer(&mut got);
                        w.piece(&text, &scan, span);
                        w.finish();
                        assert_eq!(got, want, "{format:?} {sanitizing} {a}..{b}");
                    }
                }
            }
        }
    }

    #[test]
    fn all_small_numbers() {
        let mut out = Vec::new();
        for n in 0..=100_000u64 {
            out.clear();
            push_decimal(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes());
        }
    }
}
