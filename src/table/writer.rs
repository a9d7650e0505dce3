//! Writing CSV/TSV rows cell by cell: which cells need quoting, escaping or sanitizing,
//! found by the byte-class scan of `simd` (a cell at a time, or a whole text once for the
//! cells that are pieces of it).

use std::borrow::Cow;

use super::escape::{csv_quoted, escape_at, is_formula, sanitize_bytes, tsv_field, LOOK_BYTES};
use super::{push_decimal, Table, TableFormat};
use crate::simd::{ByteClasses, Isa};
use crate::span::Span;

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

impl<'a> RowWriter<'a> {
    /// See [`Table::row_writer`].
    pub(super) fn new(table: &'a Table, out: &'a mut Vec<u8>) -> RowWriter<'a> {
        RowWriter {
            table,
            out,
            cells: 0,
            isa: Isa::detect(),
        }
    }

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
        let cell = &text.as_bytes()[span.start..span.end];
        if cell.is_empty() {
            return;
        }
        let [special, look] = scan.hits_in(span);
        // Most cells hold no byte of interest: then only a formula needs looking at. The
        // scan's bits are exact (see `TextScan::new`), so what the cell needs is known before
        // it is written: it is written once, in its final form.
        let formula = self.table.sanitize && is_formula(cell);
        if special | look == 0 && !formula {
            self.out.extend_from_slice(cell);
            return;
        }
        self.write_marked(
            cell,
            special != 0,
            formula,
            self.table.sanitize && look != 0,
        );
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
    /// Returns what the cell held (before quoting or sanitizing).
    pub fn cell(&mut self, write: impl FnOnce(&mut Vec<u8>)) -> Found {
        self.separate();
        let start = self.out.len();
        write(self.out);
        // An empty cell is written as it is (and there are many: unused columns).
        if self.out.len() > start {
            self.seal(start)
        } else {
            Found::default()
        }
    }

    /// [`RowWriter::cell`] for a cell whose bytes the caller has looked at already: `found`
    /// says exactly whether it holds one of the format's special bytes and a character
    /// sanitizing escapes (from [`TextScan::found_in`] of its pieces, or [`RowWriter::cell`]
    /// of a cell holding the same texts). Only a formula start is looked for.
    pub fn cell_found(&mut self, write: impl FnOnce(&mut Vec<u8>), found: Found) {
        self.separate();
        let start = self.out.len();
        write(self.out);
        if self.out.len() == start {
            return;
        }
        debug_assert_eq!(
            found,
            self.scan_cell(start),
            "RowWriter::cell_found: not what the cell holds"
        );
        let formula = self.table.sanitize && is_formula(&self.out[start..]);
        let escape = self.table.sanitize && found.escape;
        if found.special || formula || escape {
            self.rewrite(start, found.special, formula, escape);
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

    /// Quote, escape or sanitize the cell written since `start`, if it needs it; what it held.
    fn seal(&mut self, start: usize) -> Found {
        let found = self.scan_cell(start);
        let formula = self.table.sanitize && is_formula(&self.out[start..]);
        let escape = self.table.sanitize && found.escape;
        if found.special || formula || escape {
            self.rewrite(start, found.special, formula, escape);
        }
        found
    }

    /// What the cell written since `start` holds.
    fn scan_cell(&self, start: usize) -> Found {
        let [special, look_byte] = classes(self.table.format).any_from(self.isa, self.out, start);
        Found {
            special,
            escape: look_byte && self.has_escape(start),
        }
    }

    /// Does the cell written since `start`, in which the scan found one of [`LOOK_BYTES`],
    /// hold a character sanitizing escapes? The vector scan marks the look bytes of each 64
    /// bytes, and only those are looked at (most are « » · “ ” —, not escaped).
    fn has_escape(&self, start: usize) -> bool {
        let cell = &self.out[start..];
        let classes = classes(self.table.format);
        let mut block = [[0u64; 2]];
        for (k, chunk) in cell.chunks(64).enumerate() {
            classes.masks(self.isa, chunk, &mut block);
            let mut bits = block[0][1];
            while bits != 0 {
                let j = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if escape_at(cell, 64 * k + j).is_some() {
                    return true;
                }
            }
        }
        false
    }

    /// Take the cell written since `start` back out and write it again sanitized (a formula
    /// start, escapes) and/or quoted (CSV) or escaped (TSV).
    #[cold]
    #[inline(never)]
    fn rewrite(&mut self, start: usize, special: bool, formula: bool, escape: bool) {
        let csv = self.table.format != TableFormat::Tsv;
        let sanitize = formula || escape;
        if csv && special && !sanitize && memchr::memchr(b'"', &self.out[start..]).is_none() {
            // Quotes around it are all a CSV cell without `"` needs: done in place.
            self.out.insert(start, b'"');
            self.out.push(b'"');
            return;
        }
        let raw = self.out.split_off(start);
        self.write_marked(&raw, special, formula, escape);
    }

    /// Append `cell` sanitized (a formula start, escapes) and/or quoted (CSV) or escaped
    /// (TSV), as a scan of it found: `special`, one of the format's special bytes; `formula`,
    /// a formula start to neutralize; `escape`, a character to escape. (Not cold: most
    /// `normalized` cells hold a comma.)
    #[inline(never)]
    fn write_marked(&mut self, cell: &[u8], special: bool, formula: bool, escape: bool) {
        let cell = if escape {
            sanitize_bytes(cell)
        } else if formula {
            // Nothing to escape (the scan says so): the `'` is all.
            let mut quoted = Vec::with_capacity(cell.len() + 1);
            quoted.push(b'\'');
            quoted.extend_from_slice(cell);
            Cow::Owned(quoted)
        } else {
            Cow::Borrowed(cell)
        };
        // Sanitizing adds only `'` and `<U+…>`, which never need quoting or escaping, and
        // takes out no tab, CR or LF.
        match self.table.format {
            TableFormat::Tsv => tsv_field(self.out, &cell),
            _ if special => csv_quoted(self.out, &cell),
            _ => self.out.extend_from_slice(&cell),
        }
    }
}

/// The special bytes of a format and the bytes sanitizing looks at (`LOOK_BYTES`) in one
/// text, a bit per byte: see [`Table::scan_text`].
pub struct TextScan {
    /// A pair of words per 64-byte block: bit `k` of the first is set when byte `k` of the
    /// block is one of the format's special bytes, of the second when it is a byte of a
    /// character sanitizing escapes (one of [`LOOK_BYTES`], looked at closely).
    blocks: Vec<[u64; 2]>,
    format: TableFormat,
    /// The length of the text.
    len: usize,
}

impl TextScan {
    /// See [`Table::scan_text`].
    pub(super) fn new(format: TableFormat, text: &str) -> TextScan {
        let bytes = text.as_bytes();
        let mut scan = TextScan {
            blocks: vec![[0; 2]; bytes.len().div_ceil(64)],
            format,
            len: bytes.len(),
        };
        classes(format).masks(Isa::detect(), bytes, &mut scan.blocks);
        // Look bits only where an escaped character is (most are « » “ ” —, not escaped):
        // so a piece with a look bit needs sanitizing, one without none, with no close look.
        for (k, [_, look]) in scan.blocks.iter_mut().enumerate() {
            let mut bits = *look;
            while bits != 0 {
                let j = bits.trailing_zeros();
                bits &= bits - 1;
                if escape_at(bytes, 64 * k + j as usize).is_none() {
                    *look &= !(1 << j);
                }
            }
        }
        scan
    }

    /// What the piece `span` of the text holds, exactly.
    pub fn found_in(&self, span: Span) -> Found {
        if span.is_empty() {
            return Found::default();
        }
        let [special, look] = self.hits_in(span);
        Found {
            special: special != 0,
            escape: look != 0,
        }
    }

    /// The bits of the bytes of `span` (not empty), ORed together: `[special, look]`.
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
pub(super) const CSV_SPECIALS: [u8; 4] = [b',', b'"', b'\r', b'\n'];
/// Bytes a TSV field escapes.
pub(super) const TSV_SPECIALS: [u8; 4] = [b'\\', b'\t', b'\r', b'\n'];
/// The special bytes of a format and [`LOOK_BYTES`], for the vector scans (seven of the
/// eight byte classes).
pub(super) fn classes(format: TableFormat) -> &'static ByteClasses<2> {
    const CSV: ByteClasses<2> = ByteClasses::new([&CSV_SPECIALS, &LOOK_BYTES]);
    const TSV: ByteClasses<2> = ByteClasses::new([&TSV_SPECIALS, &LOOK_BYTES]);
    match format {
        TableFormat::Tsv => &TSV,
        _ => &CSV,
    }
}

/// What a cell holds: one of the format's special bytes (it is quoted or escaped), a
/// character sanitizing escapes (one of `is_bidi_control` or `is_escaped_control`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub special: bool,
    pub escape: bool,
}

impl std::ops::BitOrAssign for Found {
    fn bitor_assign(&mut self, o: Found) {
        self.special |= o.special;
        self.escape |= o.escape;
    }
}
