//! Reading the binary tables in place: a cursor over the file's bytes that hands out typed,
//! bounds-checked views of its sections.
//!
//! **In:** the bytes of `lexicon.bin` or `model.bin` (layout: `dev/translit/tables.py`): an
//! 8-byte magic, a length-prefixed provenance text, then little-endian sections each starting on
//! a 4-byte boundary. **Out:** [`Cursor`] reads the header and sections; [`U16s`], [`I16s`],
//! [`U32s`], [`U64s`] read their elements with `from_le_bytes` (no copy, no alignment
//! requirement, no `unsafe`). A file too short for what its header announces is an error that
//! names the file and the byte offset.

use crate::error::{Error, Location, Result};

/// A cursor over a table file.
pub(super) struct Cursor {
    data: &'static [u8],
    at: usize,
    file: &'static str,
}

impl Cursor {
    /// Check the magic, skip the provenance text; the cursor is then at the first section.
    pub(super) fn new(data: &'static [u8], magic: &[u8; 8], file: &'static str) -> Result<Cursor> {
        let mut c = Cursor { data, at: 0, file };
        if data.get(..8) != Some(magic.as_slice()) {
            return Err(c.bad("not a dragoman table of this kind (wrong magic bytes)"));
        }
        c.at = 8;
        let text = c.u32()? as usize;
        let text = c.take(text)?;
        if std::str::from_utf8(text).is_err() {
            return Err(c.bad("the provenance text is not UTF-8"));
        }
        c.align();
        Ok(c)
    }

    /// The next u32.
    pub(super) fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The next `n` elements of `width` bytes, then padding to 4 bytes.
    pub(super) fn section(&mut self, n: usize, width: usize) -> Result<&'static [u8]> {
        let len = n
            .checked_mul(width)
            .ok_or_else(|| self.bad("a section size overflows"))?;
        let s = self.take(len)?;
        self.align();
        Ok(s)
    }

    /// An error at the cursor.
    pub(super) fn bad(&self, message: &str) -> Error {
        Error::parse(
            Location::new(self.file, 0, 0),
            format!("{message} (at byte {})", self.at),
        )
    }

    fn take(&mut self, n: usize) -> Result<&'static [u8]> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| self.bad("the file ends early"))?;
        let s = &self.data[self.at..end];
        self.at = end;
        Ok(s)
    }

    fn align(&mut self) {
        self.at = (self.at + 3) & !3;
        self.at = self.at.min(self.data.len());
    }
}

macro_rules! view {
    ($name:ident, $t:ty, $w:literal) => {
        #[doc = concat!("A little-endian array of `", stringify!($t), "` read in place.")]
        #[derive(Clone, Copy, Debug, Default)]
        pub(super) struct $name(&'static [u8]);

        impl $name {
            /// The next `n` elements of the cursor.
            pub(super) fn read(c: &mut Cursor, n: usize) -> Result<$name> {
                c.section(n, $w).map($name)
            }

            /// How many elements.
            #[inline]
            #[allow(dead_code)] // not every view's length is asked for
            pub(super) fn len(&self) -> usize {
                self.0.len() / $w
            }

            /// Element `i` (panics past the end, like a slice: callers check their indices
            /// when the table is loaded).
            #[inline]
            pub(super) fn get(&self, i: usize) -> $t {
                let b: [u8; $w] = self.0[i * $w..i * $w + $w].try_into().unwrap_or([0; $w]);
                <$t>::from_le_bytes(b)
            }
        }
    };
}

view!(U16s, u16, 2);
view!(I16s, i16, 2);
view!(U32s, u32, 4);
view!(U64s, u64, 8);

impl U32s {
    /// Whether the values never decrease and the last is at most `max`: offsets into an array
    /// of `max` elements.
    pub(super) fn are_offsets(&self, max: usize) -> bool {
        let n = self.len();
        n > 0 && (1..n).all(|i| self.get(i - 1) <= self.get(i)) && self.get(n - 1) as usize <= max
    }
}

/// ln p in thousandths, as stored, to f32.
#[inline]
pub(super) fn milli(v: i16) -> f32 {
    f32::from(v) / 1000.0
}
