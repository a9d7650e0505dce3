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
//! use dragoman::normalize::{Normalizer, Profile};
//! let n = Normalizer::new(Profile::Match.rules()).normalize("لـ«داعش» في ٢٠٢١");
//! assert_eq!(n.text, "ل\"داعش\" في 2021");
//! // The normalized `داعش` maps back to the original spelling.
//! let start = n.text.find("داعش").unwrap();
//! let span = n.map.to_original(dragoman::Span::new(start, start + "داعش".len()));
//! assert_eq!(&"لـ«داعش» في ٢٠٢١"[span.start..span.end], "داعش");
//! ```

mod map;
pub mod tables;

pub use map::{Cursor, OffsetMap};

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use unicode_normalization::char::{canonical_combining_class, compose};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::simd::LetterStops;

/// One normalization rule. `Rule::ALL` lists them in the order they are documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Unicode NFC: composes ا + ٔ into أ, orders combining marks canonically.
    Nfc,
    /// Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) to plain letters; lam-alef
    /// ligatures keep their hamza (ﻷ → لأ).
    PresentationForms,
    /// Remove tatweel U+0640.
    Tatweel,
    /// Remove invisible format characters (ZWSP, ZWNJ, ZWJ, BOM, LRM/RLM/ALM, bidi embeddings
    /// and isolates, word joiner, soft hyphen) without splitting words.
    Invisible,
    /// Turn space variants (tab, NBSP, thin and other fixed-width spaces) into U+0020.
    Spaces,
    /// Collapse runs of spaces into one. Line breaks are kept.
    CollapseSpaces,
    /// Remove harakat and other Arabic combining marks U+064B–065F.
    Harakat,
    /// Remove the dagger alef U+0670.
    DaggerAlef,
    /// Remove Quranic annotation marks U+0610–061A and U+06D6–06ED.
    QuranicMarks,
    /// أ إ آ ٱ → ا.
    Alef,
    /// ى → ي.
    AlefMaqsura,
    /// ة → ه.
    TaMarbuta,
    /// Persian/Urdu ی → ي, ک → ك, ە ہ → ه.
    PersianLetters,
    /// Arabic-Indic and Persian digits → 0–9; ٫ → `.` (decimal), ٬ → `,` (thousands).
    Digits,
    /// ، ؛ ؟ ٪ ۔ → , ; ? % . and « » → `"`.
    Punctuation,
    /// ؤ → و, ئ → ي (in no profile; add with `--also hamza-seats`).
    HamzaSeats,
}

impl Rule {
    pub const ALL: [Rule; 16] = [
        Rule::Nfc,
        Rule::PresentationForms,
        Rule::Tatweel,
        Rule::Invisible,
        Rule::Spaces,
        Rule::CollapseSpaces,
        Rule::Harakat,
        Rule::DaggerAlef,
        Rule::QuranicMarks,
        Rule::Alef,
        Rule::AlefMaqsura,
        Rule::TaMarbuta,
        Rule::PersianLetters,
        Rule::Digits,
        Rule::Punctuation,
        Rule::HamzaSeats,
    ];

    /// The rule's name on the command line (`--keep ta-marbuta`).
    pub fn name(self) -> &'static str {
        match self {
            Rule::Nfc => "nfc",
            Rule::PresentationForms => "presentation-forms",
            Rule::Tatweel => "tatweel",
            Rule::Invisible => "invisible",
            Rule::Spaces => "spaces",
            Rule::CollapseSpaces => "collapse-spaces",
            Rule::Harakat => "harakat",
            Rule::DaggerAlef => "dagger-alef",
            Rule::QuranicMarks => "quranic-marks",
            Rule::Alef => "alef",
            Rule::AlefMaqsura => "alef-maqsura",
            Rule::TaMarbuta => "ta-marbuta",
            Rule::PersianLetters => "persian-letters",
            Rule::Digits => "digits",
            Rule::Punctuation => "punctuation",
            Rule::HamzaSeats => "hamza-seats",
        }
    }

    /// One line saying what the rule does.
    pub fn describe(self) -> &'static str {
        match self {
            Rule::Nfc => "Unicode NFC (ا + U+0654 → أ; canonical order of marks)",
            Rule::PresentationForms => {
                "presentation forms U+FB50–FDFF, U+FE70–FEFF → letters (ﻷ → لأ)"
            }
            Rule::Tatweel => "remove tatweel U+0640",
            Rule::Invisible => {
                "remove ZWSP/ZWNJ/ZWJ, BOM, LRM/RLM/ALM, U+202A–202E, U+2066–2069, WJ, SHY"
            }
            Rule::Spaces => "tab, NBSP, thin and other spaces → U+0020",
            Rule::CollapseSpaces => "runs of spaces → one space (line breaks kept)",
            Rule::Harakat => "remove harakat U+064B–065F",
            Rule::DaggerAlef => "remove dagger alef U+0670",
            Rule::QuranicMarks => "remove Quranic marks U+0610–061A, U+06D6–06ED",
            Rule::Alef => "أ إ آ ٱ → ا",
            Rule::AlefMaqsura => "ى → ي",
            Rule::TaMarbuta => "ة → ه",
            Rule::PersianLetters => "ی → ي, ک → ك, ە ہ → ه",
            Rule::Digits => "٠–٩ ۰–۹ → 0–9, ٫ → . (decimal), ٬ → , (thousands)",
            Rule::Punctuation => "، ؛ ؟ ٪ ۔ → , ; ? % . and « » → \"",
            Rule::HamzaSeats => "ؤ → و, ئ → ي (in no profile)",
        }
    }

    fn bit(self) -> u32 {
        1 << self as u32
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Rule {
    type Err = String;
    fn from_str(s: &str) -> Result<Rule, String> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Rule::ALL.iter().map(|r| r.name()).collect();
                format!("unknown rule '{s}'; the rules are: {}", names.join(", "))
            })
    }
}

/// A set of rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rules(u32);

impl Rules {
    pub const fn empty() -> Rules {
        Rules(0)
    }

    pub fn contains(self, rule: Rule) -> bool {
        self.0 & rule.bit() != 0
    }

    pub fn with(self, rule: Rule) -> Rules {
        Rules(self.0 | rule.bit())
    }

    pub fn without(self, rule: Rule) -> Rules {
        Rules(self.0 & !rule.bit())
    }

    pub fn iter(self) -> impl Iterator<Item = Rule> {
        Rule::ALL.into_iter().filter(move |r| self.contains(*r))
    }
}

impl FromIterator<Rule> for Rules {
    fn from_iter<I: IntoIterator<Item = Rule>>(iter: I) -> Rules {
        iter.into_iter().fold(Rules::empty(), Rules::with)
    }
}

/// A named group of rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Lossless for meaning: safe for display and export.
    Clean,
    /// For matching and search: `clean` plus lossy folding.
    #[default]
    Match,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Clean => "clean",
            Profile::Match => "match",
        }
    }

    pub fn rules(self) -> Rules {
        use Rule::*;
        let clean = [
            Nfc,
            PresentationForms,
            Tatweel,
            Invisible,
            Spaces,
            CollapseSpaces,
        ];
        let fold = [
            Harakat,
            DaggerAlef,
            QuranicMarks,
            Alef,
            AlefMaqsura,
            TaMarbuta,
            PersianLetters,
            Digits,
            Punctuation,
        ];
        match self {
            Profile::Clean => clean.into_iter().collect(),
            Profile::Match => clean.into_iter().chain(fold).collect(),
        }
    }
}

impl FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Profile, String> {
        match s {
            "clean" => Ok(Profile::Clean),
            "match" => Ok(Profile::Match),
            _ => Err(format!("unknown profile '{s}'; use clean or match")),
        }
    }
}

/// Normalized text and the map back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
}

/// What the per-character rules do with one character (after presentation forms and NFC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    Keep,
    Drop,
    Map(char),
    /// A space: kept as U+0020, or dropped when it would continue a run.
    Space,
}

/// Flags of a two-byte character (U+0080–07FF: Latin-1 to Arabic) for the fast paths.
/// Unchanged on its own:
const KEEP: u8 = 1;
/// Attaches to what precedes (a mark, or dropped by stage 1):
const ATTACH: u8 = 2;
/// An Arabic letter that NFC leaves whole, whatever marks follow it:
const BASE: u8 = 8;
/// A combining mark the rules drop that composes with no `BASE` letter (the harakat):
const DROP_MARK: u8 = 16;

/// The index of the two-byte character `b0 b1` (lead byte C2–DF) in the tables: its code
/// point.
#[inline(always)]
fn two_index(b0: u8, b1: u8) -> usize {
    ((b0 as usize & 0x1F) << 6) | (b1 as usize & 0x3F)
}

/// What the rules make of one character judged on its own, for code that normalizes a
/// character at a time (the glossary matcher's quick path). Each answer holds only where its
/// variant says; anywhere else, and for `Context`, such code must fall back to
/// [`Normalizer::normalize`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lone {
    /// Comes out as it is, when no combining character follows.
    Keep,
    /// Comes out as this other character (ة → ه, ٣ → 3, « → "), when no combining character
    /// follows.
    Fold(char),
    /// Becomes a space that merges with the spaces next to it (U+0020; tab and the other space
    /// variants under `spaces`).
    Space,
    /// Removed (tatweel, invisible characters), when no combining character follows.
    Drop,
    /// A combining mark the rules remove and that composes with no letter (the harakat): it
    /// goes, with any others like it, after a letter for which [`Normalizer::lone_base`]
    /// holds, when nothing that attaches follows them.
    DropMark,
    /// A presentation form that comes out as plain letters, [`Normalizer::expand`] (ﻻ → لا,
    /// ﻷ → لا under `alef`), when no combining character follows.
    Expand,
    /// Depends on its neighbours: other combining characters, presentation forms of marks.
    Context,
}

/// How a character relates to the one before it, for building NFC clusters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attach {
    /// A combining mark, or a character NFC may compose with what precedes.
    Combining,
    /// Removed by stage 1 (tatweel, invisible): joins the cluster only if a mark follows.
    Dropped,
    No,
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
        n.blocks = letter_stops(&n.step, rules);
        n
    }

    pub fn rules(&self) -> Rules {
        self.rules
    }

    /// Normalize `text`, keeping a map back to it.
    pub fn normalize(&self, text: &str) -> Normalized {
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut map = map::Builder::with_capacity(text.len() / 32);
        let mut last_space = false;
        let mut stage1: Vec<char> = Vec::new();
        // Characters the rules leave alone are not copied one by one: `run` is the start of
        // the pending stretch of such characters, copied in one go when a change comes.
        let mut run = 0;
        let mut i = 0;
        // Where the scan may stop, found 32 or 16 bytes at a time (not worth it for a short
        // text).
        let stops = match &self.blocks {
            Some(blocks) if bytes.len() >= 64 => Some(Stops(blocks.stops(bytes))),
            _ => None,
        };
        while i < bytes.len() {
            i = self.scan(
                text,
                i,
                &mut last_space,
                stops.as_ref(),
                &mut out,
                &mut run,
                &mut map,
            );
            if i >= bytes.len() {
                break;
            }
            // A letter with marks the rules drop (the tanwin of بياناً): the letter alone.
            if let Some(end) = self.bare_cluster(bytes, i) {
                out.push_str(&text[run..i]);
                let o = out.len();
                let (c, _) = decode(bytes, i);
                self.emit(self.act(c), c, &mut out, &mut last_space);
                map.edit(o, out.len() - o, i, end - i);
                i = end;
                run = end;
                continue;
            }
            // One character (and what attaches to it) the fast scan could not pass.
            let (c, len) = decode(bytes, i);
            let next = i + len;
            let succ = decode(bytes, next);
            let attaches =
                !c.is_whitespace() && !succ.0.is_ascii() && self.attachment(succ.0) != Attach::No;
            if !attaches && self.unchanged(c, last_space) {
                last_space = c == ' ';
                i = next;
                continue;
            }
            out.push_str(&text[run..i]);
            let out_start = out.len();
            let start = i;
            let end = if c.is_whitespace() {
                next
            } else {
                let (tail, dropped) = self.cluster_tail(&text[next..]);
                // A removed character before a run of them that no mark follows: the whole
                // run goes as one deletion (looking ahead again from each of them would take
                // time quadratic in the run).
                if tail == 0 && self.attachment(c) == Attach::Dropped {
                    next + dropped
                } else {
                    next + tail
                }
            };
            if end == next && !self.stage1_changes(c) {
                self.emit(self.act(c), c, &mut out, &mut last_space);
            } else {
                stage1.clear();
                for ch in text[start..end].chars() {
                    self.stage1(ch, &mut stage1);
                }
                if self.rules.contains(Rule::Nfc) && stage1.len() > 1 {
                    for ch in stage1.iter().copied().nfc() {
                        self.emit(self.act(ch), ch, &mut out, &mut last_space);
                    }
                } else {
                    for &ch in &stage1 {
                        self.emit(self.act(ch), ch, &mut out, &mut last_space);
                    }
                }
            }
            if out.as_bytes()[out_start..] != bytes[start..end] {
                map.edit(out_start, out.len() - out_start, start, end - start);
            }
            run = end;
            i = end;
        }
        out.push_str(&text[run..]);
        Normalized {
            text: out,
            map: map.finish(text.len()),
        }
    }

    /// The fast path: from byte `i`, pass over one- and two-byte characters that the rules
    /// leave unchanged and that nothing attaches to, and fold those with a one-to-one fold
    /// (ة → ه, أ → ا, ى → ي, ، → ,: written to `out` at once, after the pending stretch
    /// from `run`); return where it stopped (a character to process in full). One table load
    /// per character, for the pair of bytes it starts with, or per character `stops` marks.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn scan(
        &self,
        text: &str,
        mut i: usize,
        last_space: &mut bool,
        stops: Option<&Stops>,
        out: &mut String,
        run: &mut usize,
        map: &mut map::Builder,
    ) -> usize {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let start = i;
        // Passed characters come out as they are, so "the last character written was a
        // space" is a look at the byte before `j` (spaces are one byte).
        let initial = *last_space;
        let space_before = |j: usize| {
            if j > start {
                bytes[j - 1] == b' '
            } else {
                initial
            }
        };
        // A space after a space is dropped: not for the scan (the pair table stops at the
        // first space of two).
        // (Most scans resume after a letter: the byte test first.)
        let continues_run =
            bytes.get(i) == Some(&b' ') && initial && self.rules.contains(Rule::CollapseSpaces);
        if !continues_run {
            loop {
                i = pass_unchanged(&self.step, stops, bytes, i);
                // A two-byte character with a one-to-one fold, unless a mark attaches to it.
                if let Some(m) = self.simple_fold(bytes, i) {
                    out.push_str(&text[*run..i]);
                    let o = out.len();
                    out.push(m);
                    // A two-byte letter for a two-byte letter (ة → ه) shifts nothing: no edit
                    // of the map.
                    if m.len_utf8() != 2 {
                        map.edit(o, out.len() - o, i, 2);
                    }
                    *run = i + 2;
                    i += 2;
                    continue;
                }
                // Marks after a two-byte letter passed by this scan that comes out as it is
                // and keeps none of them (the tanwin of بياناً): the letter stays in the
                // pending stretch, the marks are cut out.
                if i < n && i > start && bytes[i - 1] >= 0x80 && self.may_attach(bytes, i) {
                    if let Some(end) = self.kept_bare_cluster(bytes, i - 2) {
                        out.push_str(&text[*run..i]);
                        map.edit(out.len() - 2, 2, i - 2, end - (i - 2));
                        *run = end;
                        i = end;
                        continue;
                    }
                }
                break;
            }
        }
        // What follows may attach to the character before: give that one back. (Nothing
        // attaches to whitespace: a mark after it stands alone.)
        if i < n && i > start && !bytes[i - 1].is_ascii_whitespace() && self.may_attach(bytes, i) {
            // The character before `i` was passed by this scan: ASCII or two bytes.
            let p = if bytes[i - 1] < 0x80 { i - 1 } else { i - 2 };
            *last_space = space_before(p);
            return p;
        }
        *last_space = space_before(i);
        i
    }

    /// Can the character at byte `i` attach to the one before it?
    #[inline(always)]
    fn may_attach(&self, bytes: &[u8], i: usize) -> bool {
        match bytes[i] {
            b if b < 0x80 => false,
            b @ 0xC2..=0xDF if i + 1 < bytes.len() => {
                self.two_flags[two_index(b, bytes[i + 1])] & ATTACH != 0
            }
            _ => self.long_may_attach(bytes, i),
        }
    }

    /// [`Normalizer::may_attach`] for a character of three or four bytes.
    #[inline(never)]
    fn long_may_attach(&self, bytes: &[u8], i: usize) -> bool {
        self.attachment(decode(bytes, i).0) != Attach::No
    }

    /// The fast-path flags of the character at byte `i` if it is a two-byte one.
    #[inline]
    fn two_flags_at(&self, bytes: &[u8], i: usize) -> Option<u8> {
        match bytes.get(i..i + 2)? {
            &[b0 @ 0xC2..=0xDF, b1] => Some(self.two_flags[two_index(b0, b1)]),
            _ => None,
        }
    }

    /// The fold of the two-byte character at `i`, if it is a plain one-to-one mapping and
    /// nothing attaches to it.
    #[inline]
    fn simple_fold(&self, bytes: &[u8], i: usize) -> Option<char> {
        let &[b0 @ 0xC2..=0xDF, b1] = bytes.get(i..i + 2)? else {
            return None;
        };
        let m = self.two_simple[two_index(b0, b1)];
        if m == 0 || self.may_attach_at(bytes, i + 2) {
            return None;
        }
        char::from_u32(m)
    }

    /// [`Normalizer::may_attach`], false at the end of the text.
    #[inline]
    fn may_attach_at(&self, bytes: &[u8], i: usize) -> bool {
        i < bytes.len() && self.may_attach(bytes, i)
    }

    /// Where the cluster at `i` ends if it is a `BASE` letter followed by `DROP_MARK`s only
    /// (and nothing else attaching): NFC cannot change it and the marks all go, so it comes
    /// out as the letter alone.
    #[inline]
    fn bare_cluster(&self, bytes: &[u8], i: usize) -> Option<usize> {
        if self.two_flags_at(bytes, i)? & BASE == 0 {
            return None;
        }
        let mut j = i + 2;
        while self
            .two_flags_at(bytes, j)
            .is_some_and(|f| f & DROP_MARK != 0)
        {
            j += 2;
        }
        (j > i + 2 && !self.may_attach_at(bytes, j)).then_some(j)
    }

    /// [`Normalizer::bare_cluster`] of a letter that comes out as it is.
    #[inline]
    fn kept_bare_cluster(&self, bytes: &[u8], i: usize) -> Option<usize> {
        let flags = self.two_flags_at(bytes, i)?;
        if flags & KEEP == 0 {
            return None;
        }
        self.bare_cluster(bytes, i)
    }

    /// Does `c`, on its own, come out of the rules unchanged?
    #[inline]
    fn unchanged(&self, c: char, last_space: bool) -> bool {
        match c {
            ' ' => !(last_space && self.rules.contains(Rule::CollapseSpaces)),
            '\t' => !self.rules.contains(Rule::Spaces),
            _ if c.is_ascii() => true,
            _ if (c as u32) < 0x800 => self.two_flags[c as usize] & KEEP != 0,
            _ => !self.stage1_changes(c) && self.act_slow(c) == Act::Keep,
        }
    }

    /// How many bytes at the start of `rest` belong to the cluster before it: combining marks
    /// (and characters NFC may compose with what precedes), together with any tatweel or
    /// invisible characters between them, so that a mark after a tatweel still composes with
    /// the letter before it. Dropped characters not followed by a mark stay outside.
    ///
    /// Also returns the bytes of the run of dropped characters at the start of `rest`.
    fn cluster_tail(&self, rest: &str) -> (usize, usize) {
        let mut seen = 0;
        let mut tail = 0;
        let mut dropped = None;
        for c in rest.chars() {
            if c.is_ascii() {
                break;
            }
            let attach = self.attachment(c);
            if attach != Attach::Dropped && dropped.is_none() {
                dropped = Some(seen);
            }
            seen += c.len_utf8();
            match attach {
                Attach::Combining => tail = seen,
                Attach::Dropped => {}
                Attach::No => break,
            }
        }
        (tail, dropped.unwrap_or(seen))
    }
    /// Normalize without keeping the map (for text that is only matched against, such as
    /// glossary entries).
    pub fn normalize_str(&self, text: &str) -> String {
        self.normalize(text).text
    }

    fn emit(&self, act: Act, c: char, out: &mut String, last_space: &mut bool) {
        match act {
            Act::Keep => {
                out.push(c);
                *last_space = false;
            }
            Act::Drop => {}
            Act::Map(m) => {
                out.push(m);
                *last_space = m == ' ';
            }
            Act::Space => {
                if !(*last_space && self.rules.contains(Rule::CollapseSpaces)) {
                    out.push(' ');
                }
                *last_space = true;
            }
        }
    }

    /// What the rules make of `c` on its own (see [`Lone`]).
    pub(crate) fn lone(&self, c: char) -> Lone {
        match self.attachment(c) {
            Attach::Dropped => Lone::Drop,
            Attach::Combining
                if (c as u32) < 0x800 && self.two_flags[c as usize] & DROP_MARK != 0 =>
            {
                Lone::DropMark
            }
            Attach::Combining => Lone::Context,
            Attach::No if self.stage1_changes(c) => {
                if self.expand_letters(c).is_some() {
                    Lone::Expand
                } else {
                    Lone::Context
                }
            }
            Attach::No => match self.act(c) {
                Act::Keep => Lone::Keep,
                Act::Drop => Lone::Drop,
                Act::Space => Lone::Space,
                Act::Map(' ') => Lone::Context,
                Act::Map(m) => Lone::Fold(m),
            },
        }
    }

    /// What a [`Lone::Expand`] presentation form comes out as: its letters, each folded.
    pub(crate) fn expand(&self, c: char) -> Vec<char> {
        self.expand_letters(c).unwrap_or_default()
    }

    /// The letters a presentation form comes out as, if it expands to one to four
    /// characters that each come out on their own as one character other than a space (no
    /// marks, spaces or tatweel: then NFC has nothing to do and no neighbour matters).
    fn expand_letters(&self, c: char) -> Option<Vec<char>> {
        if !(self.rules.contains(Rule::PresentationForms) && tables::is_presentation_form(c)) {
            return None;
        }
        let mut parts = Vec::new();
        self.stage1(c, &mut parts);
        if parts.is_empty() || parts.len() > 4 {
            return None;
        }
        parts
            .into_iter()
            .map(|p| {
                if p == ' ' || self.attachment(p) != Attach::No || self.stage1_changes(p) {
                    return None;
                }
                match self.act(p) {
                    Act::Keep => Some(p),
                    Act::Map(m) if m != ' ' => Some(m),
                    _ => None,
                }
            })
            .collect()
    }

    /// Is `c` a letter that marks of [`Lone::DropMark`] after it leave alone (NFC cannot
    /// change the cluster, and the marks all go)?
    pub(crate) fn lone_base(&self, c: char) -> bool {
        // A base that is itself removed (the Quranic signs U+06DD, U+06DE, U+06E5, U+06E6,
        // U+06E9) goes with its marks as one deletion: not for callers that keep the letter.
        (c as u32) < 0x800
            && self.two_flags[c as usize] & BASE != 0
            && self.two_act[c as usize] != Act::Drop
    }

    /// Does stage 1 (presentation forms, tatweel, invisible) change `c` on its own?
    fn stage1_changes(&self, c: char) -> bool {
        if c.is_ascii() {
            return false;
        }
        (self.rules.contains(Rule::PresentationForms) && tables::is_presentation_form(c))
            || (self.rules.contains(Rule::Tatweel) && c == tables::TATWEEL)
            || (self.rules.contains(Rule::Invisible) && tables::is_invisible(c))
    }

    /// Stage 1 of one character into `buf`: drop tatweel and invisible characters, expand
    /// presentation forms.
    fn stage1(&self, c: char, buf: &mut Vec<char>) {
        let r = self.rules;
        if (r.contains(Rule::Tatweel) && c == tables::TATWEEL)
            || (r.contains(Rule::Invisible) && tables::is_invisible(c))
        {
            return;
        }
        if r.contains(Rule::PresentationForms) && tables::is_presentation_form(c) {
            let before = buf.len();
            // The expansion may hold a tatweel (ﳲ U+FCF2 = tatweel + fatha + shadda).
            buf.extend(
                std::iter::once(c)
                    .nfkc()
                    .filter(|&e| !(r.contains(Rule::Tatweel) && e == tables::TATWEEL)),
            );
            // Spacing forms of harakat (U+FE70–FE7F) decompose to SPACE + mark: keep the mark.
            if buf.len() > before + 1
                && buf[before] == ' '
                && canonical_combining_class(buf[before + 1]) != 0
            {
                buf.remove(before);
            }
            return;
        }
        buf.push(c);
    }

    /// How `c` relates to the character before it.
    fn attachment(&self, c: char) -> Attach {
        if (c as u32) < 0x800 {
            self.two_attach[c as usize]
        } else {
            self.attachment_slow(c)
        }
    }

    fn attachment_slow(&self, c: char) -> Attach {
        if tables::is_plain_punctuation(c) {
            return Attach::No;
        }
        let r = self.rules;
        if canonical_combining_class(c) != 0
            || (r.contains(Rule::Nfc) && is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes)
            || (r.contains(Rule::PresentationForms) && self.expands_to_mark(c))
        {
            Attach::Combining
        } else if (r.contains(Rule::Tatweel) && c == tables::TATWEEL)
            || (r.contains(Rule::Invisible) && tables::is_invisible(c))
        {
            Attach::Dropped
        } else {
            Attach::No
        }
    }

    /// Presentation forms of harakat (ﹶ U+FE76, ﱞ U+FC5E, ﳲ U+FCF2, …) expand to marks that
    /// belong with the letter before them.
    fn expands_to_mark(&self, c: char) -> bool {
        let mut buf = Vec::new();
        tables::is_presentation_form(c) && {
            self.stage1(c, &mut buf);
            buf.first()
                .is_some_and(|&m| canonical_combining_class(m) != 0)
        }
    }

    fn act(&self, c: char) -> Act {
        if c.is_ascii() {
            match c {
                ' ' => Act::Space,
                '\t' if self.rules.contains(Rule::Spaces) => Act::Space,
                _ => Act::Keep,
            }
        } else if (c as u32) < 0x800 {
            self.two_act[c as usize]
        } else {
            self.act_slow(c)
        }
    }

    fn act_slow(&self, c: char) -> Act {
        use tables::*;
        if is_plain_punctuation(c) {
            return Act::Keep;
        }
        let r = self.rules;
        let on = |rule| r.contains(rule);
        let fold = |rule, f: fn(char) -> Option<char>| if on(rule) { f(c) } else { None };
        if c == ' ' || (on(Rule::Spaces) && is_space_variant(c)) {
            return Act::Space;
        }
        if (on(Rule::Tatweel) && c == TATWEEL)
            || (on(Rule::Invisible) && is_invisible(c))
            || (on(Rule::Harakat) && is_haraka(c))
            || (on(Rule::DaggerAlef) && c == DAGGER_ALEF)
            || (on(Rule::QuranicMarks) && is_quranic_mark(c))
        {
            return Act::Drop;
        }
        let mapped = fold(Rule::Alef, fold_alef)
            .or_else(|| fold(Rule::AlefMaqsura, |c| (c == 'ى').then_some('ي')))
            .or_else(|| fold(Rule::TaMarbuta, |c| (c == 'ة').then_some('ه')))
            .or_else(|| fold(Rule::PersianLetters, fold_persian))
            .or_else(|| fold(Rule::Digits, fold_digit))
            .or_else(|| fold(Rule::Punctuation, fold_punctuation))
            .or_else(|| fold(Rule::HamzaSeats, fold_hamza_seat));
        match mapped {
            Some(m) => Act::Map(m),
            None => Act::Keep,
        }
    }
}

/// The scan's inner loop: from `i`, step over the characters `step` passes; return where it
/// stopped. With `stops`, only the characters it marks are looked at.
#[inline(always)]
fn pass_unchanged(step: &[u8; 65536], stops: Option<&Stops>, bytes: &[u8], mut i: usize) -> usize {
    let Some(stops) = stops else {
        return pass_each(step, bytes, i);
    };
    loop {
        let k = stops.next(i);
        let s = match bytes.get(k..) {
            Some(&[b0, b1, ..]) => step[usize::from(b1) << 8 | usize::from(b0)],
            Some(&[b]) => step[usize::from(b)],
            _ => return bytes.len(),
        };
        if s == 0 {
            return k;
        }
        i = k + usize::from(s);
    }
}

/// [`pass_unchanged`] without stops: a table load per character.
#[inline(never)]
fn pass_each(step: &[u8; 65536], bytes: &[u8], mut i: usize) -> usize {
    if bytes.len() >= 2 {
        // `i < last` keeps `i` and `i + 1` in bounds, and (with `last` not saturated) lets
        // the compiler see it: one two-byte load and one table load per character.
        let last = bytes.len() - 1;
        while i < last {
            let Some(pair) = bytes[i..].first_chunk::<2>() else {
                break;
            };
            let s = step[u16::from_le_bytes(*pair) as usize];
            if s == 0 {
                return i;
            }
            i += s as usize;
        }
    }
    // The last byte (ASCII: a two-byte character cannot start there).
    if let Some(&b) = bytes.get(i) {
        i += usize::from(step[b as usize]);
    }
    i
}

/// The characters of a text where the fast scan may stop, a bit per byte: every character
/// that `step` does not pass is marked, and some it does (they are looked up again). No
/// continuation byte is marked.
struct Stops(Vec<u64>);

impl Stops {
    /// The first marked byte at or after `from`; past the end if none.
    #[inline]
    fn next(&self, from: usize) -> usize {
        let mut w = from / 64;
        let Some(&first) = self.0.get(w) else {
            return usize::MAX;
        };
        let mut bits = first & (!0u64 << (from % 64));
        while bits == 0 {
            w += 1;
            match self.0.get(w) {
                Some(&b) => bits = b,
                None => return usize::MAX,
            }
        }
        w * 64 + bits.trailing_zeros() as usize
    }
}

/// The stop scan for `step`, where the processor runs vector code and `step` treats ASCII as
/// the scan does (stops at most at one byte and at one pair of equal bytes): the `step`
/// table's answers for the letters with lead byte D8 or D9 (U+0600–067F, the Arabic letters
/// proper), by the nibbles of their second byte; characters of other lead bytes stop.
fn letter_stops(step: &[u8; 65536], rules: Rules) -> Option<LetterStops> {
    let stop_ascii = if rules.contains(Rule::Spaces) {
        b'\t'
    } else {
        0xFF
    };
    let stop_pair = if rules.contains(Rule::CollapseSpaces) {
        b' '
    } else {
        0xFF
    };
    for b0 in 0..0x80u8 {
        for b1 in 0..=0xFFu8 {
            let stops = b0 == stop_ascii || (b0 == stop_pair && b1 == stop_pair);
            if step[usize::from(b1) << 8 | usize::from(b0)] != u8::from(!stops) {
                return None;
            }
        }
    }
    // For the low nibble of a letter's second byte: bit `h` set when the letter D8 `10hh
    // nnnn` passes, bit `4 + h` when D9 `10hh nnnn` does.
    let mut low = [0u8; 16];
    for (lead, shift) in [(0xD8usize, 0), (0xD9, 4)] {
        for second in 0x80..0xC0usize {
            if step[second << 8 | lead] == 2 {
                low[second & 0x0F] |= 1 << ((second >> 4 & 3) + shift);
            }
        }
    }
    LetterStops::new(low, stop_ascii, stop_pair)
}

/// The char starting at byte `i` of valid UTF-8 and its length, with the one- and two-byte
/// cases (ASCII, Arabic) decoded inline; `('\0', 0)` at the end.
#[inline(always)]
fn decode(bytes: &[u8], i: usize) -> (char, usize) {
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

/// The `match`-profile normalizer, built once per process.
pub fn matcher() -> &'static Normalizer {
    static N: OnceLock<Normalizer> = OnceLock::new();
    N.get_or_init(|| Normalizer::new(Profile::Match.rules()))
}

#[cfg(test)]
mod tests;
