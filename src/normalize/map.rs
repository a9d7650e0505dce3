//! The offset map from normalized text back to the original.
//!
//! Normalized text is the original with some pieces replaced ("edits": a deleted tatweel, a
//! presentation form expanded to two letters, a letter with its harakat reduced to the bare
//! letter). Between edits the two texts are identical, shifted by a constant. The map stores
//! only the edits, sorted, so a mostly-unchanged document costs almost nothing.
//!
//! Mapping rules: a position strictly inside an edit's output maps to the edit's whole
//! original piece (a start maps to its beginning, an end to its end). A deleted piece (an edit
//! with empty output) is excluded from spans that start or end at its position: a term right
//! after a tatweel starts after the tatweel.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Edit {
    norm: usize,
    norm_len: usize,
    orig: usize,
    orig_len: usize,
}

impl Edit {
    fn norm_end(&self) -> usize {
        self.norm + self.norm_len
    }
    fn orig_end(&self) -> usize {
        self.orig + self.orig_len
    }
}

/// Maps byte offsets of normalized text to byte offsets of the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    edits: Vec<Edit>,
    orig_len: usize,
}

#[derive(Default)]
pub(super) struct Builder {
    edits: Vec<Edit>,
}

impl Builder {
    pub(super) fn edit(&mut self, norm: usize, norm_len: usize, orig: usize, orig_len: usize) {
        self.edits.push(Edit {
            norm,
            norm_len,
            orig,
            orig_len,
        });
    }

    pub(super) fn finish(self, orig_len: usize) -> OffsetMap {
        OffsetMap {
            edits: self.edits,
            orig_len,
        }
    }
}

impl OffsetMap {
    /// The identity map of a text of `len` bytes.
    pub fn identity(len: usize) -> OffsetMap {
        OffsetMap {
            edits: Vec::new(),
            orig_len: len,
        }
    }

    /// True when normalization changed nothing.
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// The original offset where a span starting at normalized offset `n` starts.
    pub fn start(&self, n: usize) -> usize {
        // The last edit whose output starts at or before n.
        let i = self.edits.partition_point(|e| e.norm <= n);
        if i == 0 {
            return n;
        }
        let e = &self.edits[i - 1];
        if n < e.norm_end() {
            e.orig
        } else {
            e.orig_end() + (n - e.norm_end())
        }
    }

    /// The original offset where a span ending at normalized offset `n` ends.
    pub fn end(&self, n: usize) -> usize {
        // The last edit whose output starts strictly before n.
        let i = self.edits.partition_point(|e| e.norm < n);
        if i == 0 {
            return n;
        }
        let e = &self.edits[i - 1];
        if n <= e.norm_end() {
            e.orig_end()
        } else {
            e.orig_end() + (n - e.norm_end())
        }
    }

    /// The normalized offset where a span starting at original offset `o` starts (a position
    /// inside an edited piece maps to the start of its output).
    pub fn norm_start(&self, o: usize) -> usize {
        let i = self.edits.partition_point(|e| e.orig <= o);
        if i == 0 {
            return o;
        }
        let e = &self.edits[i - 1];
        if o < e.orig_end() {
            e.norm
        } else {
            e.norm_end() + (o - e.orig_end())
        }
    }

    /// The normalized offset where a span ending at original offset `o` ends.
    pub fn norm_end(&self, o: usize) -> usize {
        let i = self.edits.partition_point(|e| e.orig < o);
        if i == 0 {
            return o;
        }
        let e = &self.edits[i - 1];
        if o <= e.orig_end() {
            e.norm_end()
        } else {
            e.norm_end() + (o - e.orig_end())
        }
    }

    /// The span of the normalized text that a span of the original became.
    pub fn to_normalized(&self, span: Span) -> Span {
        let start = self.norm_start(span.start);
        Span::new(start, self.norm_end(span.end).max(start))
    }

    /// The span of the original text that a span of the normalized text came from.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.start(span.start);
        let end = self.end(span.end).max(start);
        Span::new(start.min(self.orig_len), end.min(self.orig_len))
    }
}
