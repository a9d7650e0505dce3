//! Tabular output protocol shared by every command: CSV, TSV and JSON Lines.
//!
//! * **CSV**: RFC 4180, UTF-8, `\n` record ends, a header row; a field is quoted when it holds
//!   `,` `"` CR or LF, and quotes inside are doubled.
//! * **TSV**: a header row; inside fields `\` → `\\`, tab → `\t`, LF → `\n`, CR → `\r`, so one
//!   record is always one line.
//! * **JSONL**: one JSON object per line with the columns as keys, in column order; numbers
//!   are JSON numbers, structured cells (term and fact lists) JSON arrays.
//!
//! **Sanitizing** (on unless a command runs with `--raw`; `Table::sanitize`), so that every
//! CSV/TSV cell is safe to open in a spreadsheet or a terminal:
//! * a cell a spreadsheet would run as a formula (starting with `=` `+` `-` `@`, tab or CR,
//!   and longer than one character) gets a leading `'`;
//! * bidi control characters (U+061C, U+200E, U+200F, U+202A–202E, U+2066–2069) are written
//!   as the visible escape `<U+202E>`, so they cannot reorder what a reader sees;
//! * control characters other than tab, LF and CR (C0, DEL, C1: NUL, ESC, U+0085 …) are
//!   written as `<U+0000>`, so they cannot end a string in a C reader or drive a terminal.
//!
//! The escapes are one-way: a literal `<U+0000>` in the text is written as it is. JSONL is
//! never sanitized: JSON escapes are already unambiguous. [`escape_controls`] applies the
//! control-character escapes to plain text output.

mod escape;
mod writer;

#[cfg(test)]
use escape::sanitize;
pub use escape::{escape_controls, is_bidi_control, is_escaped_control, unsanitize};
pub use writer::{Found, RowWriter, TextScan};

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

/// Writes rows of fixed columns: every CSV/TSV cell any command writes goes through it.
#[derive(Clone, Debug)]
pub struct Table {
    format: TableFormat,
    columns: &'static [&'static str],
    /// Neutralize formulas, escape bidi and control characters (see the module docs); on by
    /// default. No effect on JSONL.
    sanitize: bool,
}

impl Table {
    /// A sanitizing table.
    pub fn new(format: TableFormat, columns: &'static [&'static str]) -> Table {
        Table {
            format,
            columns,
            sanitize: true,
        }
    }

    /// This table, writing cells as they are when `raw` (`--raw`).
    pub fn raw(mut self, raw: bool) -> Table {
        self.sanitize = !raw;
        self
    }

    pub fn format(&self) -> TableFormat {
        self.format
    }

    /// The column names, in order.
    pub fn columns(&self) -> &'static [&'static str] {
        self.columns
    }

    /// Does it sanitize its cells (no `--raw`)?
    pub fn sanitizes(&self) -> bool {
        self.sanitize
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
        RowWriter::new(self, out)
    }

    /// Where the bytes that can matter to a CSV or TSV cell are in `text`, found once for all
    /// the cells that are pieces of it: see [`RowWriter::piece`].
    pub fn scan_text(&self, text: &str) -> TextScan {
        TextScan::new(self.format, text)
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

/// `n` in decimal.
#[inline]
fn push_decimal(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

fn json_string(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *out, s).expect("writing to a Vec");
}

#[cfg(test)]
mod tests;
