//! What the rules do to one character: drop, keep, fold to another, or a space; how it
//! attaches to the character before it (for NFC clusters); stage 1 (presentation forms,
//! tatweel, invisible characters); and the answers the glossary matcher's quick path reads
//! ([`Lone`]).

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::{tables, Normalizer, Rule};

/// What the per-character rules do with one character (after presentation forms and NFC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Act {
    Keep,
    Drop,
    Map(char),
    /// A space: kept as U+0020, or dropped when it would continue a run.
    Space,
}

/// Flags of a two-byte character (U+0080–07FF: Latin-1 to Arabic) for the fast paths.
/// Unchanged on its own:
pub(super) const KEEP: u8 = 1;
/// Attaches to what precedes (a mark, or dropped by stage 1):
pub(super) const ATTACH: u8 = 2;
/// An Arabic letter that NFC leaves whole, whatever marks follow it:
pub(super) const BASE: u8 = 8;
/// A combining mark the rules drop that composes with no `BASE` letter (the harakat):
pub(super) const DROP_MARK: u8 = 16;

/// The index of the two-byte character `b0 b1` (lead byte C2–DF) in the tables: its code
/// point.
#[inline(always)]
pub(super) fn two_index(b0: u8, b1: u8) -> usize {
    ((b0 as usize & 0x1F) << 6) | (b1 as usize & 0x3F)
}

/// How a character relates to the one before it, for building NFC clusters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Attach {
    /// A combining mark, or a character NFC may compose with what precedes.
    Combining,
    /// Removed by stage 1 (tatweel, invisible): joins the cluster only if a mark follows.
    Dropped,
    No,
}

impl Normalizer {
    pub(super) fn emit(&self, act: Act, c: char, out: &mut String, last_space: &mut bool) {
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

    /// Does stage 1 (presentation forms, tatweel, invisible) change `c` on its own?
    pub(super) fn stage1_changes(&self, c: char) -> bool {
        if c.is_ascii() {
            return false;
        }
        (self.rules.contains(Rule::PresentationForms) && tables::is_presentation_form(c))
            || (self.rules.contains(Rule::Tatweel) && c == tables::TATWEEL)
            || (self.rules.contains(Rule::Invisible) && tables::is_invisible(c))
    }

    /// Stage 1 of one character into `buf`: drop tatweel and invisible characters, expand
    /// presentation forms.
    pub(super) fn stage1(&self, c: char, buf: &mut Vec<char>) {
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
    pub(super) fn attachment(&self, c: char) -> Attach {
        if (c as u32) < 0x800 {
            self.two_attach[c as usize]
        } else {
            self.attachment_slow(c)
        }
    }

    pub(super) fn attachment_slow(&self, c: char) -> Attach {
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

    pub(super) fn act(&self, c: char) -> Act {
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

    pub(super) fn act_slow(&self, c: char) -> Act {
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
