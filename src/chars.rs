//! Character classes and decoding shared by the stages.
//!
//! **In:** characters, or bytes of valid UTF-8 at a char boundary. **Out:** what the stages
//! need to know of them: is it a letter of a word, an Arabic letter, a quotation mark or
//! bracket that may sit inside a multiword term; the char at a byte offset and its length.
//!
//! One definition per question, so that the token stage, the matcher and the rules cannot
//! drift apart. The Arabic ranges follow the Unicode Standard's Arabic block (U+0600–06FF,
//! Unicode 15.1); `match` normalization has already folded presentation forms, marks and
//! Arabic-Indic digits before these are asked of normalized text.
//!
//! What it does *not* do: script detection or general Unicode segmentation (UAX #29); a word
//! here is what Arabic news text needs, see [`crate::tokens`].

/// The char at byte `i` of `text` (a char boundary, before its end) and its length.
#[inline]
pub(crate) fn decode(text: &str, i: usize) -> (char, usize) {
    debug_assert!(i < text.len() && text.is_char_boundary(i));
    decode_bytes(text.as_bytes(), i)
}

/// The char starting at byte `i` of valid UTF-8 and its length, with the one- and two-byte
/// cases (ASCII, Arabic) decoded inline; `('\0', 0)` at the end.
#[inline(always)]
pub(crate) fn decode_bytes(bytes: &[u8], i: usize) -> (char, usize) {
    let Some(&b) = bytes.get(i) else {
        return ('\0', 0);
    };
    if b < 0x80 {
        return (b as char, 1);
    }
    if b < 0xE0 {
        let cp = ((b as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
        // Valid UTF-8 (the input is a &str) makes this a char.
        return (char::from_u32(cp).unwrap_or('\u{FFFD}'), 2);
    }
    // Three bytes (a valid &str has all three at a lead byte).
    if b < 0xF0 && i + 2 < bytes.len() {
        let cp = ((b as u32 & 0x0F) << 12)
            | ((bytes[i + 1] as u32 & 0x3F) << 6)
            | (bytes[i + 2] as u32 & 0x3F);
        return (char::from_u32(cp).unwrap_or('\u{FFFD}'), 3);
    }
    // Four bytes: re-validate the short tail.
    let end = (i + 4).min(bytes.len());
    let c = std::str::from_utf8(&bytes[i..end])
        .or_else(|e| std::str::from_utf8(&bytes[i..i + e.valid_up_to()]))
        .ok()
        .and_then(|s| s.chars().next())
        .unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

/// A character of a written word in text as it came (not normalized): letters, digits, the
/// Arabic harakat and the dagger alef. The glossary tools split curators' text with it.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}'
}

/// A letter of the Arabic block (U+0620–063F, U+0641–064A, U+066E–066F, U+0671–06D3,
/// U+06FA–06FF): not tatweel, which never starts a word, nor the dagger alef U+0670, a mark,
/// nor digits or punctuation.
#[inline]
pub(crate) fn is_arabic_letter(c: char) -> bool {
    let k = (c as u32).wrapping_sub(0x0600);
    k < 256 && ARABIC_LETTERS[k as usize / 64] >> (k % 64) & 1 == 1
}

/// The Arabic letters of U+0600–U+06FF as a bit set: bit `k` is U+0600 + `k`.
const ARABIC_LETTERS: [u64; 4] = {
    let mut set = [0u64; 4];
    let mut k = 0;
    while k < 256 {
        if matches!(
            0x0600 + k,
            0x0620..=0x063F | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06FA..=0x06FF
        ) {
            set[k / 64] |= 1 << (k % 64);
        }
        k += 1;
    }
    set
};

/// [`is_arabic_letter`], or a presentation form (U+FB50–FDFF, U+FE70–FEFC: text copied from
/// PDFs), for text that is not normalized yet.
pub(crate) fn is_arabic_letter_or_form(c: char) -> bool {
    is_arabic_letter(c) || matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// A letter of a word: the Arabic letters U+0621–064A and ASCII letters first (the common
/// case), then any other alphabetic char except the Arabic comma, semicolon and question
/// mark. Digits are not letters: a number is a token of its own.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | 'a'..='z' | 'A'..='Z')
        || (!c.is_ascii()
            && !matches!(c, '\u{060C}' | '\u{061B}' | '\u{061F}')
            && c.is_alphabetic())
}

/// Do the bytes `x y` at a char boundary start an Arabic letter U+0621..=U+064A (D8 A1..=D8 BF,
/// D9 80..=D9 8A)? Read big-endian, those are the pairs D8A1..=D98A: in valid UTF-8 no other
/// pair lies between (a continuation byte is 80..=BF).
#[inline(always)]
pub(crate) fn arabic_letter_bytes(x: u8, y: u8) -> bool {
    u16::from_be_bytes([x, y]).wrapping_sub(0xD8A1) <= 0xD98A - 0xD8A1
}

/// How many of the four two-byte chars in `v` (eight bytes from a char boundary, read
/// big-endian) are Arabic letters before the first that is not: [`arabic_letter_bytes`] on
/// the four 16-bit lanes at once (SWAR: plain integer arithmetic, no `unsafe`).
#[inline(always)]
pub(crate) fn arabic_letters_in(v: u64) -> usize {
    const HIGH: u64 = 0x8000_8000_8000_8000;
    const FIRST: u64 = 0xD8A1_D8A1_D8A1_D8A1;
    // Each lane minus D8A1 (mod 2^16), no borrow crossing lanes…
    let d = ((v | HIGH) - (FIRST & !HIGH)) ^ ((v ^ !FIRST) & HIGH);
    // …is at most D98A - D8A1 = E9 in a letter's lane: flag the others' high bit.
    let bad = (((d & !HIGH) + 0x7F16_7F16_7F16_7F16) | d) & HIGH;
    (bad.leading_zeros() / 16) as usize
}

/// Characters that may sit between a proclitic or word and the next word of a term:
/// quotation marks and brackets (`لـ«داعش»` is ل + داعش once normalized to `ل"داعش"`).
#[inline]
pub(crate) fn is_glue(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | ')' | '[' | ']' | '“' | '”')
}

/// A quotation mark as the fact rules read it: `"` `“` `”` (`«»` are `"` once normalized).
#[inline]
pub(crate) fn is_quotation_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}')
}

/// The chars of `s`, counted on its bytes (those that start a char): what `s.chars().count()`
/// gives, faster on long text.
pub(crate) fn count(s: &str) -> usize {
    // Continuation bytes are 0x80–0xBF, below -64 as `i8`. Counted in blocks of 128 with a
    // byte-wide counter, which the compiler turns into vector instructions.
    let continuation: usize = s
        .as_bytes()
        .chunks(128)
        .map(|c| c.iter().fold(0u8, |n, &b| n + u8::from((b as i8) < -64)))
        .map(usize::from)
        .sum();
    s.len() - continuation
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_is_chars_count() {
        let long = "وقال المتحدث إن 42 شخصاً قتلوا — «خبر» ".repeat(20);
        for s in ["", "a", "ب", "😀x", "ﻻ", long.as_str()] {
            assert_eq!(count(s), s.chars().count(), "{s:?}");
        }
    }

    /// The four-lane test agrees with the one-pair test for every pair, in every lane, whatever
    /// the lanes after it hold.
    #[test]
    fn four_at_a_time_agrees_with_one_at_a_time() {
        let letter = |pair: u16| {
            let [x, y] = pair.to_be_bytes();
            arabic_letter_bytes(x, y)
        };
        let others = [
            0u16, 0xD8A1, 0xD98A, 0xD8A0, 0xD98B, 0xFFFF, 0x2020, 0xD9BF, 0xD8BF,
        ];
        for pair in 0..=u16::MAX {
            for lane in 0..4 {
                for &other in &others {
                    // Letters (ا) before `pair`, `other` after it.
                    let mut lanes = [0xD8A7u16; 4];
                    lanes[lane] = pair;
                    lanes[lane + 1..].fill(other);
                    let v = lanes.iter().fold(0u64, |v, &l| v << 16 | u64::from(l));
                    let want = (0..4).find(|&l| !letter(lanes[l])).unwrap_or(4);
                    assert_eq!(arabic_letters_in(v), want, "{lanes:04x?}");
                }
            }
        }
    }

    #[test]
    fn decode_reads_every_width() {
        for s in ["a", "ب", "“", "😀"] {
            assert_eq!(decode(s, 0), (s.chars().next().unwrap(), s.len()), "{s:?}");
        }
    }

    #[test]
    fn letters() {
        for c in ['ب', 'ي', 'x', 'é', 'ж'] {
            assert!(is_letter(c), "{}", c.escape_unicode());
        }
        for c in ['1', '،', '؛', '؟', '"', ' '] {
            assert!(!is_letter(c), "{}", c.escape_unicode());
        }
    }
}
