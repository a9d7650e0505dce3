//! The byte-at-a-time twins of the vector kernels in `x86_64.rs`: what runs without them,
//! and the reference the tests hold every vector path to.

use super::{ByteClasses, LetterStops};

/// [`ByteClasses::masks`] of whole 64-byte blocks.
pub(super) fn block_masks<const N: usize>(
    classes: &ByteClasses<N>,
    blocks: &[u8],
    masks: &mut [[u64; N]],
) {
    for (block, mask) in blocks.chunks_exact(64).zip(masks) {
        *mask = [0; N];
        for (j, &b) in block.iter().enumerate() {
            let class = classes.class(b);
            for (m, &set) in mask.iter_mut().zip(&classes.sets) {
                *m |= u64::from(class & set != 0) << j;
            }
        }
    }
}

/// [`ByteClasses::any_from`] of `bytes`.
pub(super) fn any_in<const N: usize>(classes: &ByteClasses<N>, bytes: &[u8]) -> [bool; N] {
    let all = bytes.iter().fold(0, |all, &b| all | classes.class(b));
    classes.sets.map(|set| all & set != 0)
}

/// [`LetterStops::stops`] of the bytes before `end` (`covered` holds one byte more, or ends
/// the text).
pub(super) fn letter_stops(stops: &LetterStops, covered: &[u8], end: usize, words: &mut [u64]) {
    for k in 0..end {
        let x = covered[k];
        let next = covered.get(k + 1).copied().unwrap_or(0);
        let lead = x >= 0xC0;
        let looked_up = x == 0xD8 || x == 0xD9;
        let which = (next >> 4 & 0x03) | if x == 0xD9 { 4 } else { 0 };
        let passes = stops.low[usize::from(next & 0x0F)] >> which & 1 == 1;
        let stop = (lead && !looked_up)
            || (looked_up && !passes)
            || x == stops.stop_ascii
            || (x == stops.stop_pair && next == stops.stop_pair);
        words[k / 64] |= u64::from(stop) << (k % 64);
    }
}
