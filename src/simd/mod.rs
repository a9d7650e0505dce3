//! The crate's architecture-specific code, behind a safe API (memchr and aho-corasick keep
//! theirs the same way). The rest of the crate is `#![deny(unsafe_code)]`.
//!
//! * [`Isa`]: what the processor offers, detected in one place ([`Isa::detect`]) and carried
//!   as a proof: [`Avx2`] and `Ssse3` are zero-sized values that only detection can make, so
//!   holding one is what lets safe code run the matching vector instructions.
//! * [`ByteClasses`]: the one byte-class kernel. Up to eight "classes" of bytes in two 16-entry
//!   tables, looked up by the low and the high nibble of each byte (`pshufb`); a byte is in a
//!   set when the two lookups share a bit of that set. It gives the masks of a text's 64-byte
//!   blocks (the last one padded with zero bytes, cleared from its masks), 32 bytes a step with
//!   AVX2 and 16 with SSSE3, for the sentence splitter's bytes of interest (`segment`) and
//!   the bytes that matter to a CSV/TSV cell (`table`), and the "any of these bytes in this
//!   cell" test of the table's cell writer.
//! * [`LetterStops`]: normalization's stop scan, a two-byte lookup (lead byte D8/D9 and the
//!   nibbles of the byte after it) marking where the fast scan must look.
//!
//! Every vector path has a byte-at-a-time twin in `portable.rs`: what a processor without
//! SSSE3, another architecture, or a build with `--cfg dragoman_portable` runs, and what the
//! tests compare every path the processor can reach against. Under `dragoman_portable` the
//! x86_64 module is not compiled at all, so CI builds and tests the portable paths on x86_64.
//!
//! Safety: the only `unsafe` is in `x86_64.rs`: calls of `#[target_feature]` functions, made
//! only with the proof value in hand, and unaligned loads whose bounds the SAFETY comment on
//! each block gives.
#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

mod portable;
#[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
mod x86_64;

/// Proof that the processor has AVX2 and SSSE3: made only by [`Isa::detect`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(any(not(target_arch = "x86_64"), dragoman_portable), allow(dead_code))]
pub(crate) struct Avx2(());

/// Proof that the processor has SSSE3: made only by [`Isa::detect`] (or from an [`Avx2`]).
#[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ssse3(());

#[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
impl Avx2 {
    /// The narrower proof: [`Isa::detect`] checked SSSE3 too before making an `Avx2`.
    pub(crate) fn ssse3(self) -> Ssse3 {
        Ssse3(())
    }
}

/// The widest vector instructions the processor runs, with the proof of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Isa {
    /// 32 bytes a step.
    #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
    Avx2(Avx2),
    /// 16 bytes a step.
    #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
    Ssse3(Ssse3),
    /// A byte at a time.
    Portable,
}

impl Isa {
    /// What this processor runs (std caches the CPUID answer, so this is a load and a test).
    #[inline]
    pub(crate) fn detect() -> Isa {
        #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
        {
            if is_x86_feature_detected!("ssse3") {
                if is_x86_feature_detected!("avx2") {
                    return Isa::Avx2(Avx2(()));
                }
                return Isa::Ssse3(Ssse3(()));
            }
        }
        Isa::Portable
    }

    /// Does it run vector code (anything but [`Isa::Portable`])?
    pub(crate) fn is_vector(self) -> bool {
        !matches!(self, Isa::Portable)
    }

    /// This one without AVX2 (SSSE3 where it was AVX2).
    #[cfg(test)]
    pub(crate) fn narrow(self) -> Isa {
        match self {
            #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
            Isa::Avx2(avx2) => Isa::Ssse3(avx2.ssse3()),
            other => other,
        }
    }

    /// Every path this processor can take, widest first: for tests that compare them.
    #[cfg(test)]
    pub(crate) fn all() -> Vec<Isa> {
        let mut all = vec![Isa::detect()];
        let mut last = all[0];
        while last.is_vector() {
            last = if last.narrow() != last {
                last.narrow()
            } else {
                Isa::Portable
            };
            all.push(last);
        }
        all
    }
}

/// `bytes` in whole 64-byte blocks for `blocks(run, first)`: first all the whole blocks at
/// once (`first` 0; none when `bytes` is shorter than a block), then, if `bytes` does not end
/// on a block boundary, its last bytes padded with zero bytes to one more block (`first` the
/// number of whole blocks). Returns the number of blocks.
fn padded_blocks(bytes: &[u8], mut blocks: impl FnMut(&[u8], usize)) -> usize {
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

/// `N` sets of bytes, as tables for a nibble lookup (see the module docs). Built at compile
/// time by [`ByteClasses::new`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct ByteClasses<const N: usize> {
    /// The classes of a byte's low nibble, a bit per class.
    lo: [u8; 16],
    /// The classes of a byte's high nibble.
    hi: [u8; 16],
    /// The class bits of each set.
    sets: [u8; N],
}

impl<const N: usize> ByteClasses<N> {
    /// The tables for `sets`. A class is a set's bytes of some high nibbles that share their
    /// low nibbles, so a set takes one class per distinct group of low nibbles; at most eight
    /// classes in all. Fails to compile (or panics) past that. A set may hold the zero byte:
    /// the zero bytes that pad a last block are cleared from the masks.
    pub(crate) const fn new(sets: [&[u8]; N]) -> ByteClasses<N> {
        let mut lo = [0u8; 16];
        let mut hi = [0u8; 16];
        let mut bits = [0u8; N];
        // The set and the low nibbles of each class so far.
        let mut class_set = [0usize; 8];
        let mut class_lows = [0u16; 8];
        let mut classes = 0;
        let mut s = 0;
        while s < N {
            let mut h = 0;
            while h < 16 {
                let mut lows = 0u16;
                let mut i = 0;
                while i < sets[s].len() {
                    let b = sets[s][i];
                    if (b >> 4) as usize == h {
                        lows |= 1 << (b & 0x0F);
                    }
                    i += 1;
                }
                if lows != 0 {
                    let mut k = 0;
                    while k < classes && !(class_set[k] == s && class_lows[k] == lows) {
                        k += 1;
                    }
                    if k == classes {
                        assert!(classes < 8, "more than eight byte classes");
                        class_set[k] = s;
                        class_lows[k] = lows;
                        classes += 1;
                        bits[s] |= 1 << k;
                        let mut l = 0;
                        while l < 16 {
                            if lows >> l & 1 == 1 {
                                lo[l] |= 1 << k;
                            }
                            l += 1;
                        }
                    }
                    hi[h] |= 1 << k;
                }
                h += 1;
            }
            s += 1;
        }
        ByteClasses { lo, hi, sets: bits }
    }

    /// Is `b` in set `set`?
    #[cfg(test)]
    pub(crate) fn contains(&self, set: usize, b: u8) -> bool {
        self.class(b) & self.sets[set] != 0
    }

    /// The class bits of `b`.
    #[inline(always)]
    fn class(&self, b: u8) -> u8 {
        self.lo[usize::from(b & 0x0F)] & self.hi[usize::from(b >> 4)]
    }

    /// The masks of `bytes` in 64-byte blocks into `masks`: bit `j` of `masks[k][s]` is set
    /// when byte `64 * k + j` is in set `s`. Returns the number of blocks
    /// (`bytes.len().div_ceil(64)`); panics if `masks` is shorter.
    pub(crate) fn masks(&self, isa: Isa, bytes: &[u8], masks: &mut [[u64; N]]) -> usize {
        assert!(masks.len() >= bytes.len().div_ceil(64), "a mask per block");
        let n = padded_blocks(bytes, |blocks, first| {
            let masks = &mut masks[first..];
            match isa {
                #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
                Isa::Avx2(avx2) => x86_64::block_masks_avx2(avx2, self, blocks, masks),
                #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
                Isa::Ssse3(ssse3) => x86_64::block_masks_ssse3(ssse3, self, blocks, masks),
                Isa::Portable => portable::block_masks(self, blocks, masks),
            }
        });
        // The padding of a last block is not part of the text (a set may hold its zero byte).
        let used = bytes.len() % 64;
        if used > 0 {
            for m in &mut masks[n - 1] {
                *m &= !(!0u64 << used);
            }
        }
        n
    }

    /// Which sets have a byte in `buf[start..]`. The vector path reads 16 bytes at a time and
    /// its last read ends where `buf` does, reaching back before `start` (the bytes there do
    /// not count): so a short cell at the end of a row buffer costs one read.
    #[inline(always)]
    pub(crate) fn any_from(&self, isa: Isa, buf: &[u8], start: usize) -> [bool; N] {
        match isa {
            #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
            Isa::Avx2(avx2) if buf.len() >= 16 => x86_64::any_from(avx2.ssse3(), self, buf, start),
            #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
            Isa::Ssse3(ssse3) if buf.len() >= 16 => x86_64::any_from(ssse3, self, buf, start),
            _ => portable::any_in(self, &buf[start..]),
        }
    }
}

/// Normalization's stop scan: marks, a bit per byte, where the fast scan must look (see
/// `normalize/scan.rs`). A byte stops when it is
/// * a lead byte (C0 and up) other than D8 and D9, or D8/D9 whose letter fails the lookup
///   (bit `h` of `low[n]` for D8 `10hh nnnn`, bit `4 + h` for D9);
/// * `stop_ascii`, or `stop_pair` followed by `stop_pair`.
///
/// Whole steps of 16 bytes (32 with AVX2), each with the byte after it, are looked at by
/// vector code; the bytes after the last such step are all marked where they start a
/// character. Continuation bytes are never marked.
#[derive(Clone, Debug)]
pub(crate) struct LetterStops {
    low: [u8; 16],
    stop_ascii: u8,
    stop_pair: u8,
    isa: Isa,
}

impl LetterStops {
    /// The scan for these tables, where the processor runs vector code (`None` elsewhere: the
    /// scan a byte at a time would cost more than it saves).
    pub(crate) fn new(low: [u8; 16], stop_ascii: u8, stop_pair: u8) -> Option<LetterStops> {
        let isa = Isa::detect();
        isa.is_vector().then_some(LetterStops {
            low,
            stop_ascii,
            stop_pair,
            isa,
        })
    }

    /// This scan without AVX2: for tests of the narrower path.
    #[cfg(test)]
    pub(crate) fn narrow(&self) -> LetterStops {
        LetterStops {
            isa: self.isa.narrow(),
            ..self.clone()
        }
    }

    /// The bytes of a vector step.
    fn step(&self) -> usize {
        match self.isa {
            #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
            Isa::Avx2(_) => 32,
            _ => 16,
        }
    }

    /// The stops of `bytes`, a bit per byte in words of 64.
    pub(crate) fn stops(&self, bytes: &[u8]) -> Vec<u64> {
        let mut words = vec![0u64; bytes.len().div_ceil(64)];
        let size = self.step();
        let steps = bytes.len().saturating_sub(1) / size;
        let covered = &bytes[..(steps * size + 1).min(bytes.len())];
        match self.isa {
            #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
            Isa::Avx2(avx2) => x86_64::letter_stops_avx2(avx2, self, covered, &mut words),
            #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
            Isa::Ssse3(ssse3) => x86_64::letter_stops_ssse3(ssse3, self, covered, &mut words),
            Isa::Portable => portable::letter_stops(self, covered, steps * size, &mut words),
        }
        // The rest a byte at a time: every character start.
        for (k, &b) in bytes.iter().enumerate().skip(steps * size) {
            if b & 0xC0 != 0x80 {
                words[k / 64] |= 1 << (k % 64);
            }
        }
        words
    }
}

#[cfg(test)]
mod tests;
