//! Spans: half-open byte ranges into the *original* text of a document.
//!
//! Every stage (sentences, term matches, facts, alignment pairs, summary lines) carries a
//! [`Span`]. Spans are byte offsets so slicing is O(1) in Rust; user-facing output converts
//! them to Unicode code-point offsets with [`CharOffsets`], so that `text[start:end]` in Python
//! (or any code-point-indexed language) gives the same text.

use serde::Serialize;

/// A half-open byte range `start..end` into the original text of a document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. Panics in debug builds if `start > end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Converts byte offsets of one text into Unicode code-point offsets.
///
/// It keeps a cursor and counts from there, so offsets asked in (roughly) increasing order
/// cost only the distance between them, counted by `str::chars().count()` (which counts a word
/// at a time: on the news benchmark as fast as the SSE2 counter it replaced).
pub struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of byte offset `byte` (which must be on a char boundary).
    pub fn of(&mut self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte), "{byte} is inside a char");
        if byte >= self.byte {
            self.chars += crate::chars::count(&self.text[self.byte..byte]);
        } else {
            self.chars -= crate::chars::count(&self.text[byte..self.byte]);
        }
        self.byte = byte;
        self.chars
    }

    /// `(start, end)` of a span in code points.
    pub fn span(&mut self, span: Span) -> (usize, usize) {
        let start = self.of(span.start);
        (start, self.of(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points_not_bytes() {
        let text = "قال «داعش» x";
        let mut co = CharOffsets::new(text);
        let start = text.find('«').unwrap();
        let end = text.find('»').unwrap() + '»'.len_utf8();
        assert_eq!(co.span(Span::new(start, end)), (4, 10));
        // Going backwards counts back from the cursor.
        assert_eq!(co.of(0), 0);
        assert_eq!(co.of(text.len()), text.chars().count());
    }

    proptest::proptest! {
        /// Offsets asked in any order are the code points before them.
        #[test]
        fn char_offsets_in_any_order(
            s in "([\u{0621}-\u{064A} x«»“”\u{1F600}]|\\PC){0,300}",
            picks in proptest::collection::vec(proptest::prelude::any::<usize>(), 1..12),
        ) {
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let mut co = CharOffsets::new(&s);
            for p in picks {
                let b = bounds[p % bounds.len()];
                proptest::prop_assert_eq!(co.of(b), s[..b].chars().count());
            }
        }
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert!(Span::new(0, 10).contains(a));
    }
}
