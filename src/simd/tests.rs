use proptest::prelude::*;

use super::*;

/// The sets of a `ByteClasses` test: three, from `sets` (the zero byte too, which also pads
/// a last block), small enough to fit in eight classes (each set at most two high nibbles).
fn classes_of(sets: &[Vec<u8>; 3]) -> Option<(ByteClasses<3>, [Vec<u8>; 3])> {
    let sets = sets.clone();
    let highs = |s: &Vec<u8>| {
        let mut h: Vec<u8> = s.iter().map(|b| b >> 4).collect();
        h.sort_unstable();
        h.dedup();
        h.len()
    };
    if sets.iter().map(highs).sum::<usize>() > 8 {
        return None;
    }
    let classes = ByteClasses::new([&sets[0][..], &sets[1][..], &sets[2][..]]);
    Some((classes, sets))
}

#[test]
fn byte_classes_are_their_sets() {
    // The sentence splitter's set and the CSV writer's two.
    let segment = ByteClasses::new([&[
        b'\n', 0x0B, 0x0C, b'\r', b'!', b'"', b'.', b'?', 0xC2, 0xE2, 0x9F, 0x94,
    ]]);
    let c = ByteClasses::new([b",\"\r\n", &[0x9C, 0xE2]]);
    for b in 0..=255u8 {
        assert_eq!(
            segment.contains(0, b),
            matches!(
                b,
                b'\n'..=b'\r' | b'!' | b'"' | b'.' | b'?' | 0xC2 | 0xE2 | 0x9F | 0x94
            ),
            "{b:#04X}"
        );
        assert_eq!(c.contains(0, b), matches!(b, b',' | b'"' | b'\r' | b'\n'));
        assert_eq!(c.contains(1, b), matches!(b, 0x9C | 0xE2));
    }
}

#[test]
fn every_path_is_tested() {
    let all = Isa::all();
    assert_eq!(all.last(), Some(&Isa::Portable));
    #[cfg(all(target_arch = "x86_64", not(dragoman_portable)))]
    if is_x86_feature_detected!("avx2") {
        assert_eq!(all.len(), 3);
    }
}

proptest! {
    /// Every path's masks are the sets' bytes, whatever the length (the last block padded).
    #[test]
    fn masks_are_the_sets_on_every_path(
        sets in proptest::array::uniform3(proptest::collection::vec(any::<u8>(), 0..6)),
        bytes in proptest::collection::vec(any::<u8>(), 0..300),
        plants in proptest::collection::vec(any::<(usize, usize)>(), 0..40),
    ) {
        let Some((classes, sets)) = classes_of(&sets) else { return Ok(()) };
        let needles: Vec<u8> = sets.concat();
        let mut bytes = bytes;
        for (at, which) in plants {
            if !bytes.is_empty() && !needles.is_empty() {
                let at = at % bytes.len();
                bytes[at] = needles[which % needles.len()];
            }
        }
        for isa in Isa::all() {
            let mut masks = vec![[0u64; 3]; bytes.len().div_ceil(64)];
            let n = classes.masks(isa, &bytes, &mut masks);
            prop_assert_eq!(n, bytes.len().div_ceil(64));
            for (k, &b) in bytes.iter().enumerate() {
                for (s, set) in sets.iter().enumerate() {
                    let bit = masks[k / 64][s] >> (k % 64) & 1 == 1;
                    prop_assert_eq!(bit, set.contains(&b), "{:?} byte {} set {}", isa, k, s);
                }
            }
            // Nothing in the padding.
            if let Some(last) = masks.last() {
                let used = bytes.len() - 64 * (masks.len() - 1);
                for m in last.iter().filter(|_| used < 64) {
                    prop_assert_eq!(m >> used, 0, "{:?}", isa);
                }
            }
        }
    }

    /// Every path's `any_from` sees exactly the bytes from `start`.
    #[test]
    fn any_from_sees_exactly_the_cell(
        sets in proptest::array::uniform3(proptest::collection::vec(any::<u8>(), 0..6)),
        buf in proptest::collection::vec(any::<u8>(), 0..80),
        plants in proptest::collection::vec(any::<(usize, usize)>(), 0..6),
        start in any::<usize>(),
    ) {
        let Some((classes, sets)) = classes_of(&sets) else { return Ok(()) };
        let needles: Vec<u8> = sets.concat();
        let mut buf = buf;
        for (at, which) in plants {
            if !buf.is_empty() && !needles.is_empty() {
                let at = at % buf.len();
                buf[at] = needles[which % needles.len()];
            }
        }
        let start = start % (buf.len() + 1);
        let want = sets.clone().map(|s| buf[start..].iter().any(|b| s.contains(b)));
        for isa in Isa::all() {
            prop_assert_eq!(classes.any_from(isa, &buf, start), want, "{:?}", isa);
        }
    }

    /// Every path's letter stops are the portable twin's, for any tables.
    #[test]
    fn letter_stops_agree_on_every_path(
        low in any::<[u8; 16]>(),
        stop_ascii in prop_oneof![Just(b'\t'), Just(0xFF)],
        stop_pair in prop_oneof![Just(b' '), Just(0xFF)],
        bytes in proptest::collection::vec(
            prop_oneof![
                Just(0xD8u8), Just(0xD9), Just(b' '), Just(b'\t'), Just(0xC2), Just(0xE2),
                0x80u8..0xC0, any::<u8>(),
            ],
            0..300,
        ),
    ) {
        let Some(scan) = LetterStops::new(low, stop_ascii, stop_pair) else { return Ok(()) };
        for isa in Isa::all().into_iter().filter(|isa| isa.is_vector()) {
            let scan = LetterStops { isa, ..scan.clone() };
            let got = scan.stops(&bytes);
            let portable = LetterStops { isa: Isa::Portable, ..scan.clone() };
            prop_assert_eq!(&got, &portable.stops_with_step(&bytes, scan.step()), "{:?}", isa);
        }
    }
}

impl LetterStops {
    /// [`LetterStops::stops`] by the portable twin, with the steps of another path.
    fn stops_with_step(&self, bytes: &[u8], size: usize) -> Vec<u64> {
        let mut words = vec![0u64; bytes.len().div_ceil(64)];
        let steps = bytes.len().saturating_sub(1) / size;
        let covered = &bytes[..(steps * size + 1).min(bytes.len())];
        portable::letter_stops(self, covered, steps * size, &mut words);
        for (k, &b) in bytes.iter().enumerate().skip(steps * size) {
            if b & 0xC0 != 0x80 {
                words[k / 64] |= 1 << (k % 64);
            }
        }
        words
    }
}
