//! Arabic normalization with an offset map back to the original text.
//!
//! **In:** any UTF-8 text. **Out:** [`Normalized`]: the normalized text and an [`OffsetMap`]
//! that maps every span of the normalized text back to a span of the original.
//!
//! Normalization is a set of small, named, individually switchable [`Rule`]s grouped into two
//! [`Profile`]s:
//!
//! * `clean` — lossless for meaning, safe for display and export: `nfc`, `presentation-forms`,
//!   `tatweel`, `invisible`, `spaces`, `collapse-spaces`.
//! * `match` — for matching and search, lossy: `clean` plus `harakat`, `dagger-alef`,
//!   `quranic-marks`, `alef`, `alef-maqsura`, `ta-marbuta`, `persian-letters`, `digits`,
//!   `punctuation`. (`hamza-seats` is available but in no profile.)
//!
//! Invariants (tested, including by property tests over arbitrary Unicode):
//! * normalization is idempotent: `n(n(x)) == n(x)` for every profile and rule set;
//! * every span of the normalized text maps to a span of the original on char boundaries, and
//!   spans in order map to spans in order;
//! * line breaks are never removed or added, so line numbers survive.
//!
//! What it does *not* do: tokenization, stemming or clitic stripping (see `glossary`), or any
//! change to Latin letters (no case folding).
//!
//! ```
//! use dragoman::{Normalizer, Profile};
//! let n = Normalizer::new(Profile::Match.rules()).normalize("لـ«داعش» في ٢٠٢١");
//! assert_eq!(n.text, "ل\"داعش\" في 2021");
//! // The normalized `داعش` maps back to the original spelling.
//! let start = n.text.find("داعش").unwrap();
//! let span = n.map.to_original(dragoman::Span::new(start, start + "داعش".len()));
//! assert_eq!(&"لـ«داعش» في ٢٠٢١"[span.start..span.end], "داعش");
//! ```

mod char_rules;
mod map;
mod rules;
mod scan;
pub mod tables;

pub use map::{Cursor, OffsetMap};
pub use rules::{Profile, Rule, Rules};

use std::sync::OnceLock;

use unicode_normalization::char::{canonical_combining_class, compose};
use unicode_normalization::UnicodeNormalization;

use crate::simd::LetterStops;
use char_rules::{Act, Attach, ATTACH, BASE, DROP_MARK, KEEP};

/// Normalized text and the map back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
}

impl Normalized {
    /// Take out the single ASCII bytes at normalized offsets `at` (in increasing order) that
    /// the rules left alone or that are the whole output of one fold (`،` read as `,`),
    /// keeping the map: each reads its original piece as nothing. Other offsets are passed
    /// over. For repairs that remove a byte (a stray space inside a word of PDF-extracted
    /// text, punctuation an extractor moved before a number: `crate::segment::pdf`).
    pub fn remove_bytes(&mut self, at: &[usize]) {
        let bytes = self.text.as_bytes();
        let mut drops: Vec<(usize, usize)> = Vec::with_capacity(at.len());
        for &q in at {
            if q < bytes.len()
                && bytes[q].is_ascii()
                && drops.last().is_none_or(|&(last, _)| last < q)
                && (self.map.untouched(q) || self.map.single_byte_edit(q))
            {
                drops.push((q, self.map.start(q)));
            }
        }
        if drops.is_empty() {
            return;
        }
        let mut text = Vec::with_capacity(bytes.len() - drops.len());
        let mut from = 0;
        for &(q, _) in &drops {
            text.extend_from_slice(&bytes[from..q]);
            from = q + 1;
        }
        text.extend_from_slice(&bytes[from..]);
        self.text = String::from_utf8(text).expect("ASCII bytes taken out: still UTF-8");
        self.map.delete(&drops);
    }
}

/// Applies a set of rules. Cheap to share across threads; build once, use for every document.
#[derive(Clone, Debug)]
pub struct Normalizer {
    rules: Rules,
    /// `Act`, `Attach` and fast-path flags of U+0000–07FF (the one- and two-byte characters),
    /// by code point, precomputed from the rules.
    two_act: [Act; 2048],
    two_attach: [Attach; 2048],
    two_flags: [u8; 2048],
    /// The fold of a character that maps to one other character on its own (ة → ه, ، →
    /// `,`, ٣ → `3`), as a code point; 0 for the others. One load answers both "is it one?"
    /// and "to what?".
    two_simple: [u32; 2048],
    /// The fast scan's table: for the two bytes at a position, read as a little-endian `u16`
    /// (`b1 << 8 | b0`), how far to step over a character that comes out unchanged (1 or
    /// 2), or 0 to stop. Looks at a whole Arabic letter in one load.
    step: Box<[u8; 65536]>,
    /// The vector scan for the stops of `step`, when the processor can run it.
    blocks: Option<LetterStops>,
}

impl Normalizer {
    pub fn new(rules: Rules) -> Normalizer {
        let mut n = Normalizer {
            rules,
            two_act: [Act::Keep; 2048],
            two_attach: [Attach::No; 2048],
            two_flags: [0; 2048],
            two_simple: [0; 2048],
            step: vec![0; 65536]
                .into_boxed_slice()
                .try_into()
                .expect("65536 entries"),
            blocks: None,
        };
        for cp in 0..2048u32 {
            let c = char::from_u32(cp).expect("U+0000–07FF are chars");
            let act = n.act_slow(c);
            let attach = n.attachment_slow(c);
            let stage1 = n.stage1_changes(c);
            n.two_act[cp as usize] = act;
            n.two_attach[cp as usize] = attach;
            let flag = |on: bool, f: u8| u8::from(on) * f;
            let mapped = match act {
                Act::Map(m) if !stage1 => Some(m),
                _ => None,
            };
            let base = (0x0600..0x0700).contains(&cp)
                && attach == Attach::No
                && !stage1
                && std::iter::once(c).nfd().eq(std::iter::once(c));
            n.two_flags[cp as usize] = flag(act == Act::Keep && !stage1, KEEP)
                | flag(attach != Attach::No, ATTACH)
                | flag(base, BASE);
            if let Some(m) = mapped.filter(|&m| m != ' ' && attach == Attach::No) {
                n.two_simple[cp as usize] = m as u32;
            }
        }
        for cp in 0x80..2048u32 {
            let c = char::from_u32(cp).expect("U+0080–07FF are chars");
            let composes = || {
                (0x0600..0x0700).any(|b| {
                    n.two_flags[b] & BASE != 0
                        && compose(char::from_u32(b as u32).expect("a char"), c).is_some()
                })
            };
            if n.two_act[cp as usize] == Act::Drop
                && canonical_combining_class(c) != 0
                && !n.stage1_changes(c)
                && !composes()
            {
                n.two_flags[cp as usize] |= DROP_MARK;
            }
        }
        let collapse = rules.contains(Rule::CollapseSpaces);
        for b0 in 0..0x80usize {
            for b1 in 0..0x100usize {
                let pass = match b0 as u8 {
                    b' ' => !(collapse && b1 == b' ' as usize),
                    b'\t' => !rules.contains(Rule::Spaces),
                    _ => true,
                };
                n.step[b1 << 8 | b0] = u8::from(pass);
            }
        }
        for cp in 0x80..2048usize {
            let (b0, b1) = (0xC0 | cp >> 6, 0x80 | (cp & 0x3F));
            let f = n.two_flags[cp];
            n.step[b1 << 8 | b0] = if f & (KEEP | ATTACH) == KEEP { 2 } else { 0 };
        }
        n.blocks = scan::letter_stops(&n.step, rules);
        n
    }

    pub fn rules(&self) -> Rules {
        self.rules
    }

    /// Normalize without keeping the map (for text that is only matched against, such as
    /// glossary entries).
    pub fn normalize_str(&self, text: &str) -> String {
        self.normalize(text).text
    }
}

/// The `match`-profile normalizer, built once per process.
pub fn matcher() -> &'static Normalizer {
    static N: OnceLock<Normalizer> = OnceLock::new();
    N.get_or_init(|| Normalizer::new(Profile::Match.rules()))
}

#[cfg(test)]
mod tests;
