//! What the SIMD loops share (see the README, "Where the hot loops use SIMD"): the proof that
//! the processor has AVX2, and the walk over a text's 64-byte blocks with the last one padded.

/// Proof that the processor has AVX2: made only by [`Avx2::detect`], so whoever holds one may
/// run AVX2 code (a `bool` would let any caller of a safe function claim it).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Avx2(());

impl Avx2 {
    /// `Some` where the processor has AVX2 (checked at run time, cached by std).
    pub(crate) fn detect() -> Option<Avx2> {
        #[cfg(target_arch = "x86_64")]
        let has = is_x86_feature_detected!("avx2");
        #[cfg(not(target_arch = "x86_64"))]
        let has = false;
        has.then_some(Avx2(()))
    }
}

/// `bytes` in whole 64-byte blocks for `blocks(run, first)`: first all the whole blocks at
/// once (`first` 0; none when `bytes` is shorter than a block), then, if `bytes` does not end
/// on a block boundary, its last bytes padded with zero bytes to one more block (`first` the
/// number of whole blocks). The caller's masks must count a zero byte as of no interest.
/// Returns the number of blocks.
pub(crate) fn padded_blocks(bytes: &[u8], mut blocks: impl FnMut(&[u8], usize)) -> usize {
    let whole = bytes.len() / 64;
    let (head, tail) = bytes.split_at(64 * whole);
    blocks(head, 0);
    if tail.is_empty() {
        return whole;
    }
    let mut last = [0; 64];
    last[..tail.len()].copy_from_slice(tail);
    blocks(&last, whole);
    whole + 1
}
