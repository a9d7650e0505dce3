//! The vector kernels for x86_64: SSSE3 (16 bytes a step) and AVX2 (32). Each safe function
//! takes the proof ([`Ssse3`], [`Avx2`]) that the processor runs its instructions; its
//! byte-at-a-time twin is in `portable.rs`.
//!
//! The bodies are written for the minimum Rust version, where every intrinsic is an
//! `unsafe fn`: one `unsafe` block per function, which always holds a load.

use std::arch::x86_64::*;

use super::{Avx2, ByteClasses, LetterStops, Ssse3};

/// [`ByteClasses::masks`] of whole 64-byte blocks, 16 bytes a step.
pub(super) fn block_masks_ssse3<const N: usize>(
    _proof: Ssse3,
    classes: &ByteClasses<N>,
    blocks: &[u8],
    masks: &mut [[u64; N]],
) {
    // SAFETY: the proof says the processor has SSSE3.
    unsafe { block_masks_ssse3_unchecked(classes, blocks, masks) }
}

/// # Safety
/// The processor must have SSSE3.
#[target_feature(enable = "ssse3")]
unsafe fn block_masks_ssse3_unchecked<const N: usize>(
    classes: &ByteClasses<N>,
    blocks: &[u8],
    masks: &mut [[u64; N]],
) {
    // SAFETY: SSSE3 is there (the caller's contract); each load reads 16 bytes of a 16-byte
    // array or of a 16-byte window of `blocks`, and `loadu` needs no alignment.
    unsafe {
        let lo = _mm_loadu_si128(classes.lo.as_ptr().cast());
        let hi = _mm_loadu_si128(classes.hi.as_ptr().cast());
        let nibble = _mm_set1_epi8(0x0F);
        for (block, mask) in blocks.chunks_exact(64).zip(masks) {
            *mask = [0; N];
            for (w, window) in block.chunks_exact(16).enumerate() {
                let x = _mm_loadu_si128(window.as_ptr().cast());
                let low = _mm_shuffle_epi8(lo, _mm_and_si128(x, nibble));
                let high = _mm_shuffle_epi8(hi, _mm_and_si128(_mm_srli_epi16(x, 4), nibble));
                let class = _mm_and_si128(low, high);
                for (m, &set) in mask.iter_mut().zip(&classes.sets) {
                    let out = _mm_cmpeq_epi8(
                        _mm_and_si128(class, _mm_set1_epi8(set as i8)),
                        _mm_setzero_si128(),
                    );
                    let hits = !(_mm_movemask_epi8(out) as u32) & 0xFFFF;
                    *m |= u64::from(hits) << (16 * w);
                }
            }
        }
    }
}

/// [`ByteClasses::masks`] of whole 64-byte blocks, 32 bytes a step.
pub(super) fn block_masks_avx2<const N: usize>(
    _proof: Avx2,
    classes: &ByteClasses<N>,
    blocks: &[u8],
    masks: &mut [[u64; N]],
) {
    // SAFETY: the proof says the processor has AVX2.
    unsafe { block_masks_avx2_unchecked(classes, blocks, masks) }
}

/// # Safety
/// The processor must have AVX2.
#[target_feature(enable = "avx2")]
unsafe fn block_masks_avx2_unchecked<const N: usize>(
    classes: &ByteClasses<N>,
    blocks: &[u8],
    masks: &mut [[u64; N]],
) {
    // SAFETY: AVX2 is there (the caller's contract); each load reads 16 bytes of a 16-byte
    // array or 32 bytes of a 32-byte window of `blocks`, and `loadu` needs no alignment.
    unsafe {
        // The shuffles look up within each 16-byte lane: the tables in both.
        let lo = _mm256_broadcastsi128_si256(_mm_loadu_si128(classes.lo.as_ptr().cast()));
        let hi = _mm256_broadcastsi128_si256(_mm_loadu_si128(classes.hi.as_ptr().cast()));
        let nibble = _mm256_set1_epi8(0x0F);
        for (block, mask) in blocks.chunks_exact(64).zip(masks) {
            *mask = [0; N];
            for (w, window) in block.chunks_exact(32).enumerate() {
                let x = _mm256_loadu_si256(window.as_ptr().cast());
                let low = _mm256_shuffle_epi8(lo, _mm256_and_si256(x, nibble));
                let high =
                    _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble));
                let class = _mm256_and_si256(low, high);
                for (m, &set) in mask.iter_mut().zip(&classes.sets) {
                    let out = _mm256_cmpeq_epi8(
                        _mm256_and_si256(class, _mm256_set1_epi8(set as i8)),
                        _mm256_setzero_si256(),
                    );
                    let hits = !(_mm256_movemask_epi8(out) as u32);
                    *m |= u64::from(hits) << (32 * w);
                }
            }
        }
    }
}

/// [`ByteClasses::any_from`] of `buf[start..]`, `buf` at least 16 bytes long.
#[inline(always)]
pub(super) fn any_from<const N: usize>(
    _proof: Ssse3,
    classes: &ByteClasses<N>,
    buf: &[u8],
    start: usize,
) -> [bool; N] {
    assert!(buf.len() >= 16 && start <= buf.len());
    // SAFETY: the proof says the processor has SSSE3; `buf` is long enough (checked).
    unsafe { any_from_unchecked(classes, buf, start) }
}

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

/// # Safety
/// The processor must have SSSE3, and `buf` must be at least 16 bytes long.
#[target_feature(enable = "ssse3")]
#[inline]
unsafe fn any_from_unchecked<const N: usize>(
    classes: &ByteClasses<N>,
    buf: &[u8],
    start: usize,
) -> [bool; N] {
    let cell = &buf[start..];
    let rest = cell.len() % 16;
    let mut any = [false; N];
    // SAFETY: SSSE3 is there (the caller's contract); the loads read 16 bytes of a 16-byte
    // array, of a 16-byte window of `cell`, of the last 16 bytes of `buf` (at least 16 long,
    // the caller's contract) and of `TAIL_MASKS` from `rest` (below 16); `loadu` needs no
    // alignment.
    unsafe {
        let lo = _mm_loadu_si128(classes.lo.as_ptr().cast());
        let hi = _mm_loadu_si128(classes.hi.as_ptr().cast());
        let nibble = _mm_set1_epi8(0x0F);
        let mut all = _mm_setzero_si128();
        for window in cell[..cell.len() - rest].chunks_exact(16) {
            let x = _mm_loadu_si128(window.as_ptr().cast());
            let low = _mm_shuffle_epi8(lo, _mm_and_si128(x, nibble));
            let high = _mm_shuffle_epi8(hi, _mm_and_si128(_mm_srli_epi16(x, 4), nibble));
            all = _mm_or_si128(all, _mm_and_si128(low, high));
        }
        if rest > 0 {
            // The last window ends where `buf` ends; its lanes before the cell's last `rest`
            // bytes are cleared.
            let x = _mm_loadu_si128(buf[buf.len() - 16..].as_ptr().cast());
            let keep = _mm_loadu_si128(TAIL_MASKS[rest..rest + 16].as_ptr().cast());
            let low = _mm_shuffle_epi8(lo, _mm_and_si128(x, nibble));
            let high = _mm_shuffle_epi8(hi, _mm_and_si128(_mm_srli_epi16(x, 4), nibble));
            all = _mm_or_si128(all, _mm_and_si128(_mm_and_si128(low, high), keep));
        }
        for (a, &set) in any.iter_mut().zip(&classes.sets) {
            let out = _mm_cmpeq_epi8(
                _mm_and_si128(all, _mm_set1_epi8(set as i8)),
                _mm_setzero_si128(),
            );
            *a = _mm_movemask_epi8(out) != 0xFFFF;
        }
    }
    any
}

/// [`LetterStops::stops`] of the whole 16-byte steps of `bytes` (which holds one byte more,
/// the second byte of a letter at the end of the last step) into `words`.
pub(super) fn letter_stops_ssse3(
    _proof: Ssse3,
    stops: &LetterStops,
    bytes: &[u8],
    words: &mut [u64],
) {
    // SAFETY: the proof says the processor has SSSE3.
    unsafe { letter_stops_ssse3_unchecked(stops, bytes, words) }
}

/// # Safety
/// The processor must have SSSE3.
#[target_feature(enable = "ssse3")]
unsafe fn letter_stops_ssse3_unchecked(stops: &LetterStops, bytes: &[u8], words: &mut [u64]) {
    // SAFETY: SSSE3 is there (the caller's contract); the loads read the 16-byte table and
    // bytes 0–15 and 1–16 of each 17-byte `step`; `loadu` needs no alignment.
    unsafe {
        let low = _mm_loadu_si128(stops.low.as_ptr().cast());
        let bits = _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
        let stop_ascii = _mm_set1_epi8(stops.stop_ascii as i8);
        let stop_pair = _mm_set1_epi8(stops.stop_pair as i8);
        let mut k = 0;
        while let Some(step) = bytes.get(k..k + 17) {
            let x = _mm_loadu_si128(step.as_ptr().cast());
            let next = _mm_loadu_si128(step[1..].as_ptr().cast());
            // x ≥ C0: a lead byte. Only D8 and D9 are looked up; their letter passes when the
            // bit of its second byte is set.
            let lead = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(0xC0u8 as i8)), x);
            let d8 = _mm_cmpeq_epi8(x, _mm_set1_epi8(0xD8u8 as i8));
            let d9 = _mm_cmpeq_epi8(x, _mm_set1_epi8(0xD9u8 as i8));
            let row = _mm_shuffle_epi8(low, _mm_and_si128(next, _mm_set1_epi8(0x0F)));
            let high = _mm_and_si128(_mm_srli_epi16(next, 4), _mm_set1_epi8(0x03));
            let which = _mm_or_si128(high, _mm_and_si128(d9, _mm_set1_epi8(4)));
            let passes = _mm_and_si128(row, _mm_shuffle_epi8(bits, which));
            let looked_up = _mm_or_si128(d8, d9);
            // A lead byte stops unless it is D8/D9 with a passing second byte.
            let fails = _mm_cmpeq_epi8(passes, _mm_setzero_si128());
            let stop_lead = _mm_or_si128(
                _mm_andnot_si128(looked_up, lead),
                _mm_and_si128(looked_up, fails),
            );
            let stop_ascii = _mm_or_si128(
                _mm_cmpeq_epi8(x, stop_ascii),
                _mm_and_si128(
                    _mm_cmpeq_epi8(x, stop_pair),
                    _mm_cmpeq_epi8(next, stop_pair),
                ),
            );
            let stop = _mm_movemask_epi8(_mm_or_si128(stop_lead, stop_ascii)) as u64;
            words[k / 64] |= stop << (k % 64);
            k += 16;
        }
    }
}

/// [`letter_stops_ssse3`] with AVX2, 32 bytes a step.
pub(super) fn letter_stops_avx2(
    _proof: Avx2,
    stops: &LetterStops,
    bytes: &[u8],
    words: &mut [u64],
) {
    // SAFETY: the proof says the processor has AVX2.
    unsafe { letter_stops_avx2_unchecked(stops, bytes, words) }
}

/// # Safety
/// The processor must have AVX2.
#[target_feature(enable = "avx2")]
unsafe fn letter_stops_avx2_unchecked(stops: &LetterStops, bytes: &[u8], words: &mut [u64]) {
    // SAFETY: AVX2 is there (the caller's contract); the loads read the 16-byte table and
    // bytes 0–31 and 1–32 of each 33-byte `step`; `loadu` needs no alignment.
    unsafe {
        // The same steps as the SSSE3 kernel, on two 16-byte lanes (the shuffles look up
        // within a lane, so the tables are in both).
        let low = _mm256_broadcastsi128_si256(_mm_loadu_si128(stops.low.as_ptr().cast()));
        let bits = _mm256_setr_epi8(
            1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, -128, 0,
            0, 0, 0, 0, 0, 0, 0,
        );
        let stop_ascii = _mm256_set1_epi8(stops.stop_ascii as i8);
        let stop_pair = _mm256_set1_epi8(stops.stop_pair as i8);
        for (w, word) in words.iter_mut().enumerate() {
            let mut found = 0;
            for half in 0..2 {
                let k = w * 64 + half * 32;
                let Some(step) = bytes.get(k..k + 33) else {
                    break;
                };
                let x = _mm256_loadu_si256(step.as_ptr().cast());
                let next = _mm256_loadu_si256(step[1..].as_ptr().cast());
                let lead = _mm256_cmpeq_epi8(_mm256_max_epu8(x, _mm256_set1_epi8(0xC0u8 as i8)), x);
                let d8 = _mm256_cmpeq_epi8(x, _mm256_set1_epi8(0xD8u8 as i8));
                let d9 = _mm256_cmpeq_epi8(x, _mm256_set1_epi8(0xD9u8 as i8));
                let row = _mm256_shuffle_epi8(low, _mm256_and_si256(next, _mm256_set1_epi8(0x0F)));
                let high = _mm256_and_si256(_mm256_srli_epi16(next, 4), _mm256_set1_epi8(0x03));
                let which = _mm256_or_si256(high, _mm256_and_si256(d9, _mm256_set1_epi8(4)));
                let passes = _mm256_and_si256(row, _mm256_shuffle_epi8(bits, which));
                let looked_up = _mm256_or_si256(d8, d9);
                let fails = _mm256_cmpeq_epi8(passes, _mm256_setzero_si256());
                let stop_lead = _mm256_or_si256(
                    _mm256_andnot_si256(looked_up, lead),
                    _mm256_and_si256(looked_up, fails),
                );
                let stop_ascii = _mm256_or_si256(
                    _mm256_cmpeq_epi8(x, stop_ascii),
                    _mm256_and_si256(
                        _mm256_cmpeq_epi8(x, stop_pair),
                        _mm256_cmpeq_epi8(next, stop_pair),
                    ),
                );
                let stop = _mm256_movemask_epi8(_mm256_or_si256(stop_lead, stop_ascii)) as u32;
                found |= u64::from(stop) << (half * 32);
            }
            *word |= found;
        }
    }
}
