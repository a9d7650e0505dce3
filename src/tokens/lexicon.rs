//! A lexicon of word classes: written word → class bits, looked up once per token.
//!
//! **In:** `(word, bits)` pairs, words as written in `match` normalization (proclitics
//! included: the builder lists every written form it wants found). **Out:** [`Lexicon::of`],
//! the OR of the bits of a word, 0 for a word it does not hold.
//!
//! Most words of a text hold no class: they are turned away by their length or an 18-bit
//! sketch before the table is read, inline in the tokenizer's loop.

/// Word → class bits. Build once; share.
#[derive(Clone, Debug)]
pub struct Lexicon {
    /// Open addressing over the words that have classes: a word is in slot [`first_slot`] or in
    /// a later one (wrapping round) before an empty slot.
    slots: Box<[Slot]>,
    /// The bytes of the words in `slots`, one after another.
    bytes: Box<[u8]>,
    /// Byte lengths outside `min_len..=max_len` have no class.
    min_len: usize,
    max_len: usize,
    /// Bit [`sketch`] of every word in `slots`: most words without a class are turned away
    /// here, before the table.
    sketches: Box<[u64; SKETCH_BITS / 64]>,
    /// Names this lexicon's classes for memos of them ([`super::next_id`]).
    id: u64,
}

/// A word of [`Lexicon`]: `bytes[start..start + len]`, and its class bits (0: an empty slot).
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    start: u32,
    len: u16,
    bits: u16,
}

/// Bits in `Lexicon::sketches` (32 KiB): the rules' lexicon, with its words' proclitic forms,
/// fills a 16-bit sketch so far that it let through twice as many words to the table (74.7k
/// table searches on 600 news articles, against 36.4k with 18 bits).
const SKETCH_BITS: usize = 1 << 18;

impl Lexicon {
    /// A lexicon that holds no word: every token gets only the classes the tokenizer gives
    /// itself (digits, quotation marks).
    pub fn empty() -> Lexicon {
        Lexicon::new(std::iter::empty::<(String, u16)>())
    }

    /// The shared [`Lexicon::empty`], for callers that split words without classes.
    pub fn none() -> &'static Lexicon {
        static EMPTY: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        EMPTY.get_or_init(Lexicon::empty)
    }

    /// The lexicon of `words`; a word listed twice gets the OR of its bits. Words with no bit
    /// are left out. The same words in the same order make the same table. Panics on a word
    /// over 64 KiB (a lexicon is a table of words, not text).
    pub fn new<W: AsRef<str>>(words: impl IntoIterator<Item = (W, u16)>) -> Lexicon {
        let all: Vec<(W, u16)> = words.into_iter().filter(|(_, b)| *b != 0).collect();
        let mut sketches = Box::new([0u64; SKETCH_BITS / 64]);
        // At most half full, so that searches stop soon.
        let mut slots = vec![Slot::default(); (2 * all.len()).next_power_of_two().max(16)];
        let mut bytes = Vec::with_capacity(all.iter().map(|(w, _)| w.as_ref().len()).sum());
        let (mut min_len, mut max_len) = (usize::MAX, 0);
        let mask = slots.len() - 1;
        for (w, bits) in &all {
            let w = w.as_ref().as_bytes();
            let key = word_key(w);
            let mut k = first_slot(key, slots.len());
            // The word's slot, or the first empty one after its others: a word listed again
            // joins its bits to its slot's.
            loop {
                let slot = &mut slots[k];
                if slot.bits == 0 {
                    *slot = Slot {
                        start: u32::try_from(bytes.len()).expect("a lexicon is under 4 GiB"),
                        len: u16::try_from(w.len()).expect("a lexicon word is under 64 KiB"),
                        bits: *bits,
                    };
                    bytes.extend_from_slice(w);
                    let k = sketch(key);
                    sketches[k / 64] |= 1 << (k % 64);
                    min_len = min_len.min(w.len());
                    max_len = max_len.max(w.len());
                    break;
                }
                let start = slot.start as usize;
                if usize::from(slot.len) == w.len() && bytes[start..start + w.len()] == *w {
                    slot.bits |= bits;
                    break;
                }
                k = (k + 1) & mask;
            }
        }
        if all.is_empty() {
            (min_len, max_len) = (1, 0);
        }
        Lexicon {
            slots: slots.into_boxed_slice(),
            bytes: bytes.into_boxed_slice(),
            min_len,
            max_len,
            sketches,
            id: super::next_id(),
        }
    }

    /// An id of this lexicon's classes (its clones share it), for memos of them.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The class bits of a normalized word (0 if none). Most words are turned away by their
    /// length or sketch, inline; the others are looked up in the table.
    #[inline(always)]
    pub fn of(&self, w: &[u8]) -> u16 {
        if !self.may_have(w) {
            return 0;
        }
        self.find(w, word_key(w))
    }

    /// False when `w` surely has no class (its length or sketch): [`Lexicon::of`]'s first
    /// test, without the table.
    #[inline(always)]
    pub(crate) fn may_have(&self, w: &[u8]) -> bool {
        if w.len() < self.min_len || w.len() > self.max_len {
            return false;
        }
        let k = sketch(word_key(w));
        self.sketches[k / 64] & (1 << (k % 64)) != 0
    }

    /// The class bits of word `w` keyed `key`, from the table.
    #[inline(never)]
    fn find(&self, w: &[u8], key: u64) -> u16 {
        let mask = self.slots.len() - 1;
        let mut k = first_slot(key, self.slots.len());
        loop {
            let slot = self.slots[k];
            if slot.bits == 0 {
                return 0;
            }
            let start = slot.start as usize;
            if usize::from(slot.len) == w.len() && self.bytes[start..start + w.len()] == *w {
                return slot.bits;
            }
            k = (k + 1) & mask;
        }
    }
}

/// A 64-bit key of word `w` for [`first_slot`] and [`sketch`]: its length and its first and
/// last eight bytes (a word of up to 16 bytes is keyed whole), without a copy.
#[inline(always)]
fn word_key(w: &[u8]) -> u64 {
    let len = w.len();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes(w[i..i + 4].try_into().expect("4 bytes")));
    let (a, b) = if len >= 8 {
        let first: [u8; 8] = w[..8].try_into().expect("8 bytes");
        let last: [u8; 8] = w[len - 8..].try_into().expect("8 bytes");
        (u64::from_le_bytes(first), u64::from_le_bytes(last))
    } else if len >= 4 {
        (u32_at(0) | u32_at(len - 4) << 32, 0)
    } else if len >= 1 {
        (
            u64::from(w[0]) | u64::from(w[len / 2]) << 8 | u64::from(w[len - 1]) << 16,
            0,
        )
    } else {
        (0, 0)
    };
    a ^ b.rotate_left(29) ^ len as u64
}

/// Where the search for the word keyed `key` starts among `n` slots (a power of two): the
/// top bits of a multiplicative hash.
#[inline(always)]
fn first_slot(key: u64, n: usize) -> usize {
    let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - n.trailing_zeros())) as usize
}

/// An 18-bit fingerprint of the word keyed `key`: the top bits of a second multiplicative hash.
#[inline(always)]
fn sketch(key: u64) -> usize {
    (key.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> (64 - SKETCH_BITS.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_found_and_others_are_not() {
        let words: Vec<(String, u16)> = (0..3000)
            .map(|i| (format!("كلمة{i}"), 1 << (i % 16)))
            .chain([("و".to_string(), 3), ("مارس".to_string(), 4)])
            .collect();
        let lex = Lexicon::new(words.iter().map(|(w, b)| (w.as_str(), *b)));
        for (w, bits) in &words {
            assert_eq!(lex.of(w.as_bytes()), *bits, "{w}");
        }
        for w in ["", "ك", "كلمة", "كلمة3000", "مار", "مارسس", "x"] {
            assert_eq!(lex.of(w.as_bytes()), 0, "{w}");
        }
        assert_eq!(Lexicon::empty().of("و".as_bytes()), 0);
    }

    #[test]
    fn bits_of_a_word_listed_twice_are_joined() {
        let lex = Lexicon::new([("قال", 1u16), ("قال", 32)]);
        assert_eq!(lex.of("قال".as_bytes()), 33);
    }
}
