//! The lexicon: folded Arabic token → its usual English spelling and a score.
//!
//! **In:** `data/lexicon.bin` (written by `dev/translit/train.py`, layout in
//! `dev/translit/tables.py`): entries sorted by the folded Arabic's UTF-8 bytes, each the Arabic
//! then its English (lowercase) in one blob, with the Arabic's length and the score (the
//! spelling's share of the data's counts, in thousandths). **Out:** [`Lexicon::get`], a binary
//! search over the entries, borrowing from the file's bytes: loading checks the layout once
//! (offsets in order, the text UTF-8 at every boundary) and copies nothing.

use std::cmp::Ordering;

use super::bytes::{Cursor, U16s, U32s};
use crate::error::Result;

/// Known tokens and their spelling.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Entry `i` is `blob[start[i]..start[i + 1]]`.
    start: U32s,
    /// The Arabic's length in bytes, per entry.
    key_len: &'static [u8],
    /// Score in thousandths, per entry.
    score: U16s,
    /// The entries' text: Arabic then English.
    blob: &'static str,
}

impl Lexicon {
    /// Read the lexicon from its bytes; an error names the file and the byte where the layout
    /// breaks. `check`: also check every entry's offsets, boundaries and score and that the
    /// entries are sorted. The built-in table skips those (a test checks them,
    /// `damaged_tables_are_errors`): they cost a process about 2 M instructions on the first
    /// name, and a table that broke them could only make a lookup miss or panic, never read
    /// out of bounds.
    pub fn from_bytes(data: &'static [u8], file: &'static str, check: bool) -> Result<Lexicon> {
        let mut c = Cursor::new(data, b"DRGLEX01", file)?;
        let n = c.u32()? as usize;
        let blob_len = c.u32()? as usize;
        let start = U32s::read(&mut c, n + 1)?;
        let key_len = c.section(n, 1)?;
        let score = U16s::read(&mut c, n)?;
        let blob = c.section(blob_len, 1)?;
        let blob = simdutf8::basic::from_utf8(blob)
            .map_err(|_| c.bad("the lexicon's text is not UTF-8"))?;
        if check {
            if !start.are_offsets(blob.len()) {
                return Err(c.bad("the lexicon's entry offsets are out of order"));
            }
            for (i, &len) in key_len.iter().enumerate() {
                let (a, b) = (start.get(i) as usize, start.get(i + 1) as usize);
                let k = a + len as usize;
                if k >= b || !blob.is_char_boundary(a) || !blob.is_char_boundary(k) {
                    return Err(c.bad("a lexicon entry without Arabic or English"));
                }
                if score.get(i) > 1000 {
                    return Err(c.bad("a lexicon score above 1"));
                }
            }
        }
        let lex = Lexicon {
            start,
            key_len,
            score,
            blob,
        };
        if check && !lex.is_sorted() {
            return Err(c.bad("the lexicon's entries are not sorted"));
        }
        Ok(lex)
    }

    /// Whether the keys are strictly increasing, as binary search needs. (Out of order, a
    /// lookup may miss a token, never more; the built-in table's order is checked by a test
    /// instead of on every start, where it would cost most of the load.)
    pub(super) fn is_sorted(&self) -> bool {
        (1..self.len()).all(|i| self.key(i - 1) < self.key(i))
    }

    /// The Arabic of entry `i`, as bytes (its char boundaries were checked at load).
    #[inline]
    pub(super) fn key(&self, i: usize) -> &'static [u8] {
        let a = self.start.get(i) as usize;
        &self.blob.as_bytes()[a..a + self.key_len[i] as usize]
    }

    /// The spelling and score of a folded token. A bisection that compares the first eight
    /// bytes of a key and the token as one number (read from the text in place) and the rest
    /// only when those are equal.
    pub fn get(&self, folded: &str) -> Option<(&'static str, f32)> {
        let w = folded.as_bytes();
        let head = prefix(w);
        let blob = self.blob.as_bytes();
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let a = self.start.get(mid) as usize;
            let len = usize::from(self.key_len[mid]);
            let key = &blob[a..a + len];
            let key_head = match blob.get(a..a + 8) {
                Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) => {
                    let bytes = u64::from_be_bytes([b0, b1, b2, b3, b4, b5, b6, b7]);
                    // Only the key's own bytes, zeros after them.
                    bytes & !u64::MAX.checked_shr(8 * len.min(8) as u32).unwrap_or(0)
                }
                _ => prefix(key),
            };
            match key_head.cmp(&head).then_with(|| key.cmp(w)) {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => {
                    let b = self.start.get(mid + 1) as usize;
                    let score = f32::from(self.score.get(mid)) / 1000.0;
                    return Some((&self.blob[a + len..b], score));
                }
            }
        }
        None
    }

    /// How many tokens it holds.
    pub fn len(&self) -> usize {
        self.key_len.len()
    }

    /// Whether it holds no token.
    pub fn is_empty(&self) -> bool {
        self.key_len.is_empty()
    }
}

/// The first eight bytes of `b` as a big-endian number, zeros after its end: for two byte
/// strings, a smaller prefix means a smaller string (equal prefixes say nothing).
fn prefix(b: &[u8]) -> u64 {
    let mut head = [0u8; 8];
    let n = b.len().min(8);
    head[..n].copy_from_slice(&b[..n]);
    u64::from_be_bytes(head)
}
