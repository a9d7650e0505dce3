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
/// cost only the distance between them, counted sixteen bytes or a word at a time (see
/// `count_chars`).
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
        let bytes = self.text.as_bytes();
        if byte >= self.byte {
            self.chars += count_chars(&bytes[self.byte..byte]);
        } else {
            self.chars -= count_chars(&bytes[byte..self.byte]);
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

/// The number of code points in `bytes`, UTF-8 cut at char boundaries: the bytes that are
/// not continuation bytes (`10xxxxxx`), counted sixteen at a time with SSE2 on x86_64, else
/// eight at a time; the last few bytes are the end of one more window that reaches back.
/// (`str::chars().count()` does the same for strings of 32 bytes and more but spends more on
/// setting up; sentences are about 90 bytes.)
fn count_chars(bytes: &[u8]) -> usize {
    if bytes.len() < 8 {
        return bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
    }
    #[cfg(target_arch = "x86_64")]
    if bytes.len() >= 16 {
        return count_chars_sse2(bytes);
    }
    count_chars_by_words(bytes)
}

/// [`count_chars`] of 16 bytes or more with SSE2 (the x86_64 baseline): the char starts of
/// sixteen bytes at a time counted in byte lanes, which are summed every 255 steps; the last
/// window reaches back, its lanes before the tail masked off.
#[cfg(target_arch = "x86_64")]
fn count_chars_sse2(bytes: &[u8]) -> usize {
    use std::arch::x86_64::*;
    /// Sixteen 0 bytes then sixteen FF: the 16 bytes from `n` keep the last `n` lanes.
    const TAIL_MASKS: [u8; 32] = {
        let mut m = [0; 32];
        let mut i = 16;
        while i < 32 {
            m[i] = 0xFF;
            i += 1;
        }
        m
    };
    debug_assert!(bytes.len() >= 16);
    let tail = bytes.len() % 16;
    let mut total = 0;
    // SAFETY: SSE2 is part of the x86_64 baseline, so these intrinsics are always available;
    // every load reads 16 bytes inside `bytes` or `TAIL_MASKS` (`tail` is below 16), and
    // `loadu` needs no alignment.
    unsafe {
        let below_starts = _mm_set1_epi8(-0x41);
        let sum = |lanes: __m128i| {
            let halves = _mm_sad_epu8(lanes, _mm_setzero_si128());
            (_mm_cvtsi128_si64(halves) + _mm_extract_epi16(halves, 4) as i64) as usize
        };
        // A lane counts at most 255 starts, one per window: blocks of 255 windows.
        for block in bytes[..bytes.len() - tail].chunks(16 * 255) {
            let mut lanes = _mm_setzero_si128();
            for w in block.chunks_exact(16) {
                let x = _mm_loadu_si128(w.as_ptr().cast());
                // A start is a byte above BF as i8: ASCII or a lead byte.
                lanes = _mm_sub_epi8(lanes, _mm_cmpgt_epi8(x, below_starts));
            }
            total += sum(lanes);
        }
        if tail > 0 {
            let x = _mm_loadu_si128(bytes[bytes.len() - 16..].as_ptr().cast());
            let keep = _mm_loadu_si128(TAIL_MASKS[tail..tail + 16].as_ptr().cast());
            let starts = _mm_and_si128(_mm_cmpgt_epi8(x, below_starts), keep);
            total += sum(_mm_sub_epi8(_mm_setzero_si128(), starts));
        }
    }
    total
}

/// [`count_chars`] of 8 bytes or more, eight at a time.
fn count_chars_by_words(bytes: &[u8]) -> usize {
    // Blocks of 255 words, so that no byte lane of a sum of `starts` overflows.
    let mut blocks = bytes.chunks_exact(8 * 255);
    let mut total = 0;
    for block in &mut blocks {
        total += sum_lanes(block.chunks_exact(8).map(|w| starts(word(w))).sum());
    }
    let mut words = blocks.remainder().chunks_exact(8);
    total += sum_lanes((&mut words).map(|w| starts(word(w))).sum());
    let tail = words.remainder().len();
    if tail > 0 {
        let last = starts(word(&bytes[bytes.len() - 8..]));
        // The lanes of the bytes before the tail (already counted) are shifted out.
        total += sum_lanes(last >> (8 * (8 - tail)));
    }
    total
}

const ONES: u64 = u64::from_le_bytes([1; 8]);

/// Eight bytes, the first in the lowest byte lane.
fn word(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().expect("8 bytes"))
}

/// 1 in each byte lane that starts a char (bit 7 clear or bit 6 set), else 0.
fn starts(w: u64) -> u64 {
    (!w >> 7 | w >> 6) & ONES
}

/// The sum of the byte lanes of `lanes`: pairs into 16-bit lanes, then those with one
/// multiplication.
fn sum_lanes(lanes: u64) -> usize {
    const EVEN_BYTES: u64 = 0x00FF_00FF_00FF_00FF;
    let pairs = (lanes & EVEN_BYTES) + (lanes >> 8 & EVEN_BYTES);
    (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
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
        /// Counting a word at a time agrees with `chars().count()` on every stretch.
        #[test]
        fn count_chars_counts_code_points(
            s in "([\u{0621}-\u{064A} x«»“”\u{1F600}]|\\PC){0,1200}",
            cut in proptest::prelude::any::<(usize, usize)>(),
        ) {
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let (a, b) = (bounds[cut.0 % bounds.len()], bounds[cut.1 % bounds.len()]);
            let (a, b) = (a.min(b), a.max(b));
            proptest::prop_assert_eq!(count_chars(&s.as_bytes()[a..b]), s[a..b].chars().count());
            if b - a >= 8 {
                proptest::prop_assert_eq!(count_chars_by_words(&s.as_bytes()[a..b]), s[a..b].chars().count());
            }
        }
    }

    /// Every stretch of a text of one- to four-byte characters: both counters, each length
    /// and alignment of the last sixteen bytes.
    #[test]
    fn count_chars_of_every_stretch() {
        let s = "قال x «داعش» \u{1F600}\u{FEFF}\u{200F}\u{FEFB}\r\n".repeat(6);
        let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &b in &bounds[k..] {
                let want = s[a..b].chars().count();
                assert_eq!(count_chars(&s.as_bytes()[a..b]), want, "{a}..{b}");
                if b - a >= 8 {
                    assert_eq!(count_chars_by_words(&s.as_bytes()[a..b]), want, "{a}..{b}");
                }
            }
        }
    }

    #[test]
    fn count_chars_over_a_long_text() {
        // More than one block of 255 words.
        let s = "قال x «داعش» \u{1F600} ".repeat(400);
        assert_eq!(count_chars(s.as_bytes()), s.chars().count());
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
