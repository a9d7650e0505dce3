//! The offset map from normalized text back to the original.
//!
//! Normalized text is the original with some pieces replaced ("edits": a deleted tatweel, a
//! presentation form expanded to two letters, a letter with its harakat reduced to the bare
//! letter). Between edits the two texts line up byte for byte, shifted by a constant (a
//! two-byte letter folded to another, ة → ه, is no edit: it moves nothing). The map stores
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
    pub(super) fn with_capacity(edits: usize) -> Builder {
        Builder {
            edits: Vec::with_capacity(edits),
        }
    }

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

    /// Is normalized byte `q` outside every edit's output (text the rules left alone)?
    pub(crate) fn untouched(&self, q: usize) -> bool {
        let i = self.edits.partition_point(|e| e.norm <= q);
        i == 0 || self.edits[i - 1].norm_end() <= q
    }

    /// Is normalized byte `q` the whole output of one edit (`،` folded to `,`)?
    pub(crate) fn single_byte_edit(&self, q: usize) -> bool {
        let i = self.edits.partition_point(|e| e.norm < q);
        self.edits[i..]
            .iter()
            .take_while(|e| e.norm == q)
            .any(|e| e.norm_len == 1)
    }

    /// Take single bytes out of the normalized text: `drops` are the (normalized, original)
    /// offsets of bytes the rules left alone ([`OffsetMap::untouched`]) or that are the whole
    /// output of an edit ([`OffsetMap::single_byte_edit`]), in increasing order. A byte left
    /// alone becomes an edit that reads its original byte as nothing; an edit's one byte
    /// becomes that edit reading its original piece as nothing; the edits after it move back
    /// one byte. (An edit of no output at the same normalized offset is a deletion before the
    /// byte: a byte the rules left alone is inside no longer edit.)
    pub(crate) fn delete(&mut self, drops: &[(usize, usize)]) {
        let mut edits = Vec::with_capacity(self.edits.len() + drops.len());
        let mut d = 0;
        let deletion = |d: usize, (norm, orig): (usize, usize)| Edit {
            norm: norm - d,
            norm_len: 0,
            orig,
            orig_len: 1,
        };
        for e in &self.edits {
            while d < drops.len() && drops[d].0 < e.norm {
                edits.push(deletion(d, drops[d]));
                d += 1;
            }
            if d < drops.len() && drops[d].0 == e.norm && e.norm_len == 1 {
                edits.push(Edit {
                    norm: e.norm - d,
                    norm_len: 0,
                    ..*e
                });
                d += 1;
                continue;
            }
            edits.push(Edit {
                norm: e.norm - d,
                ..*e
            });
        }
        for (k, &drop) in drops.iter().enumerate().skip(d) {
            edits.push(deletion(k, drop));
        }
        self.edits = edits;
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
        norm_start_at(&self.edits, self.edits.partition_point(|e| e.orig <= o), o)
    }

    /// The normalized offset where a span ending at original offset `o` ends.
    pub fn norm_end(&self, o: usize) -> usize {
        norm_end_at(&self.edits, self.edits.partition_point(|e| e.orig < o), o)
    }

    /// The span of the normalized text that a span of the original became.
    pub fn to_normalized(&self, span: Span) -> Span {
        let start = self.norm_start(span.start);
        Span::new(start, self.norm_end(span.end).max(start))
    }

    /// [`OffsetMap::to_normalized`] of each of `spans`: for spans in increasing order (the
    /// sentences of a document) one walk forward over the edits rather than two searches per
    /// span. Spans in another order get the same answers, searched.
    pub fn to_normalized_each<'m>(
        &'m self,
        spans: impl IntoIterator<Item = Span> + 'm,
    ) -> impl Iterator<Item = Span> + 'm {
        let edits = &self.edits;
        let (mut a, mut b) = (0, 0);
        spans.into_iter().map(move |span| {
            // The same edits as `norm_start` and `norm_end` find.
            a = advance(edits, a, usize::MAX, |e| e.orig <= span.start);
            b = advance(edits, b, usize::MAX, |e| e.orig < span.end);
            let start = norm_start_at(edits, a, span.start);
            Span::new(start, norm_end_at(edits, b, span.end).max(start))
        })
    }

    /// A cursor for mapping many spans in increasing order (the tokens of a sentence, the
    /// sentences of a document): each lookup moves forward from the last instead of searching
    /// all edits.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor {
            map: self,
            start: 0,
            end: 0,
        }
    }

    /// The span of the original text that a span of the normalized text came from.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.start(span.start);
        let end = self.end(span.end).max(start);
        Span::new(start.min(self.orig_len), end.min(self.orig_len))
    }
}

/// Maps spans in (mostly) increasing order; see [`OffsetMap::cursor`]. Gives the same answers
/// as [`OffsetMap::to_original`], whatever the order of the queries.
#[derive(Clone, Copy)]
pub struct Cursor<'m> {
    map: &'m OffsetMap,
    /// Edits before these indices have `norm <= n` (for starts) / `norm < n` (for ends) for
    /// the last `n` asked.
    start: usize,
    end: usize,
}

impl Cursor<'_> {
    /// Same as [`OffsetMap::to_original`].
    pub fn to_original(&mut self, span: Span) -> Span {
        let edits = &self.map.edits;
        let len = self.map.orig_len;
        // Most spans lie wholly between the edit before the cursor (ending strictly before
        // the span) and the next one (starting after the span): both ends shift alike, and
        // the cursor stays.
        let i = self.start;
        if i == self.end && edits.get(i).is_none_or(|e| e.norm > span.end) {
            match i.checked_sub(1).map(|k| &edits[k]) {
                None => return Span::new(span.start.min(len), span.end.min(len)),
                Some(e) if e.norm_end() < span.start => {
                    let shift = |n: usize| (n + e.orig_end() - e.norm_end()).min(len);
                    return Span::new(shift(span.start), shift(span.end));
                }
                Some(_) => {}
            }
        }
        self.start = advance(edits, self.start, WALK, |e| e.norm <= span.start);
        self.end = advance(edits, self.end, WALK, |e| e.norm < span.end);
        self.at(span)
    }

    /// [`Cursor::to_original`] of each of `spans`, appended to `out`: for spans in increasing
    /// order close together (the tokens of a sentence) a walk forward over the edits, without
    /// searching (a span before the last one is searched for).
    pub fn to_original_each(&mut self, spans: impl IntoIterator<Item = Span>, out: &mut Vec<Span>) {
        let edits = &self.map.edits[..];
        let len = self.map.orig_len;
        let (mut a, mut b) = (self.start, self.end);
        // The gap between edits a - 1 and a (when a == b): spans starting at or after `lo` and
        // ending before `hi` touch no edit, and shift by `shift` (as in `to_original`).
        let (mut gap, mut lo, mut hi, mut shift) = (usize::MAX, 0, 0, 0);
        let spans = spans.into_iter();
        out.reserve(spans.size_hint().0);
        for span in spans {
            if a == b {
                if gap != a {
                    gap = a;
                    (lo, shift) = match a.checked_sub(1).map(|k| &edits[k]) {
                        None => (0, 0),
                        // (Mod 2^64: the normalized text may be the longer.)
                        Some(e) => (e.norm_end() + 1, e.orig_end().wrapping_sub(e.norm_end())),
                    };
                    hi = edits.get(a).map_or(usize::MAX, |e| e.norm);
                }
                if span.start >= lo && span.end < hi {
                    out.push(Span::new(
                        span.start.wrapping_add(shift).min(len),
                        span.end.wrapping_add(shift).min(len),
                    ));
                    continue;
                }
            }
            a = advance(edits, a, usize::MAX, |e| e.norm <= span.start);
            b = advance(edits, b, usize::MAX, |e| e.norm < span.end);
            out.push(original(edits, len, a, b, span));
        }
        self.start = a;
        self.end = b;
    }

    /// The original span of `span`, the cursor's positions being up to date for it.
    #[inline(always)]
    fn at(&self, span: Span) -> Span {
        original(
            &self.map.edits,
            self.map.orig_len,
            self.start,
            self.end,
            span,
        )
    }
}

/// The original span of `span` in a text of `len` bytes, given how many `edits` have
/// `norm <= span.start` (`a`) and `norm < span.end` (`b`).
#[inline(always)]
fn original(edits: &[Edit], len: usize, a: usize, b: usize, span: Span) -> Span {
    let start = match a.checked_sub(1).map(|i| &edits[i]) {
        None => span.start,
        Some(e) if span.start < e.norm_end() => e.orig,
        Some(e) => e.orig_end() + (span.start - e.norm_end()),
    };
    let end = match b.checked_sub(1).map(|i| &edits[i]) {
        None => span.end,
        Some(e) if span.end <= e.norm_end() => e.orig_end(),
        Some(e) => e.orig_end() + (span.end - e.norm_end()),
    };
    let end = end.max(start);
    Span::new(start.min(len), end.min(len))
}

/// The normalized offset of original offset `o` as a span's start, given the number `a` of
/// `edits` with `orig <= o` (a position inside an edited piece maps to the start of its
/// output).
#[inline(always)]
fn norm_start_at(edits: &[Edit], a: usize, o: usize) -> usize {
    match a.checked_sub(1).map(|i| &edits[i]) {
        None => o,
        Some(e) if o < e.orig_end() => e.norm,
        Some(e) => e.norm_end() + (o - e.orig_end()),
    }
}

/// The normalized offset of original offset `o` as a span's end, given the number `b` of
/// `edits` with `orig < o`.
#[inline(always)]
fn norm_end_at(edits: &[Edit], b: usize, o: usize) -> usize {
    match b.checked_sub(1).map(|i| &edits[i]) {
        None => o,
        Some(e) if o <= e.orig_end() => e.norm_end(),
        Some(e) => e.norm_end() + (o - e.orig_end()),
    }
}

/// Edits [`Cursor::to_original`] walks over before it searches.
const WALK: usize = 4;

/// The partition point of `pred` in `edits` (true then false), looked for from `from`: a walk
/// forward over at most `walk` edits (the next query is usually close to the last), then a
/// binary search of the rest; a binary search of all when the answer lies before `from`.
/// `walk` is `usize::MAX` for spans in order close together (a sentence's tokens, a
/// document's sentences), where walking all the way is cheapest.
#[inline]
fn advance(edits: &[Edit], from: usize, walk: usize, pred: impl Fn(&Edit) -> bool) -> usize {
    if from > 0 && !pred(&edits[from - 1]) {
        return edits[..from].partition_point(pred);
    }
    let mut i = from;
    let stop = edits.len().min(from.saturating_add(walk));
    while i < stop {
        if !pred(&edits[i]) {
            return i;
        }
        i += 1;
    }
    i + edits[i..].partition_point(pred)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A map with every kind of edit: same length, shorter, deleted, longer, and two edits
    /// side by side.
    fn sample() -> OffsetMap {
        let mut b = Builder::default();
        b.edit(2, 2, 2, 2);
        b.edit(6, 2, 6, 4);
        b.edit(10, 0, 12, 2);
        b.edit(12, 4, 16, 2);
        b.edit(16, 2, 18, 2);
        b.finish(24)
    }

    /// Every span of `0..=max`, in the order given by `key`.
    fn spans(max: usize, key: impl Fn(&Span) -> usize) -> Vec<Span> {
        let mut all: Vec<Span> = (0..=max)
            .flat_map(|s| (s..=max).map(move |e| Span::new(s, e)))
            .collect();
        all.sort_by_key(key);
        all
    }

    /// A map whose normalized text is longer than the original (two presentation forms).
    fn longer() -> OffsetMap {
        let mut b = Builder::default();
        b.edit(0, 4, 0, 2);
        b.edit(6, 4, 4, 2);
        b.finish(10)
    }

    #[test]
    fn deleting_bytes_keeps_the_map() {
        // Original "ab cd ef" (8 bytes) with a deletion at 0..0 (orig 0..1 was a mark) and the
        // spaces at original 3 and 6 taken out of the normalized text "ab cd ef" (norm 0..7).
        let mut b = Builder::default();
        b.edit(0, 0, 0, 1);
        let mut map = b.finish(9);
        assert!(map.untouched(0) && map.untouched(2));
        map.delete(&[(2, 3), (5, 6)]);
        // Normalized "abcdef": "abcd" covers the first space, "cdef" the second.
        assert_eq!(map.to_original(Span::new(0, 4)), Span::new(1, 6));
        assert_eq!(map.to_original(Span::new(2, 6)), Span::new(4, 9));
        assert_eq!(map.to_original(Span::new(4, 6)), Span::new(7, 9));
        assert_eq!(map.to_normalized(Span::new(7, 9)), Span::new(4, 6));
        agrees(&map);
        // A byte inside an edit's output is not untouched.
        let mut b = Builder::default();
        b.edit(2, 4, 2, 2);
        let map = b.finish(10);
        assert!(!map.untouched(3) && map.untouched(6) && map.untouched(1));
    }

    #[test]
    fn cursor_agrees_with_the_map_in_any_order() {
        for map in [sample(), longer()] {
            agrees(&map);
        }
    }

    fn agrees(map: &OffsetMap) {
        for key in [
            (|sp: &Span| sp.start * 100 + sp.end) as fn(&Span) -> usize,
            |sp| 10_000 - sp.start * 100 - sp.end,
            |sp| (sp.start * 7919 + sp.end * 104_729) % 1009,
        ] {
            let mut cursor = map.cursor();
            let all = spans(22, key);
            for &sp in &all {
                assert_eq!(cursor.to_original(sp), map.to_original(sp), "{sp:?}");
            }
            let mut each = Vec::new();
            map.cursor()
                .to_original_each(all.iter().copied(), &mut each);
            let one: Vec<Span> = all.iter().map(|&sp| map.to_original(sp)).collect();
            assert_eq!(each, one);
            // Resumed where it stopped, in pieces.
            let mut walker = map.cursor();
            let mut pieces = Vec::new();
            for chunk in all.chunks(7) {
                walker.to_original_each(chunk.iter().copied(), &mut pieces);
            }
            assert_eq!(pieces, one);
            let each: Vec<Span> = map.to_normalized_each(all.iter().copied()).collect();
            let one: Vec<Span> = all.iter().map(|&sp| map.to_normalized(sp)).collect();
            assert_eq!(each, one);
        }
        // Token-like runs: disjoint spans in increasing order, of every width and gap.
        for width in 1..4 {
            for gap in 0..3 {
                let tokens: Vec<Span> = (0..)
                    .map(|k| Span::new(k * (width + gap), k * (width + gap) + width))
                    .take_while(|sp| sp.end <= 22)
                    .collect();
                let mut each = Vec::new();
                map.cursor()
                    .to_original_each(tokens.iter().copied(), &mut each);
                let one: Vec<Span> = tokens.iter().map(|&sp| map.to_original(sp)).collect();
                assert_eq!(each, one);
            }
        }
    }
}
