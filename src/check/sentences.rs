//! Sentence boundaries the check repairs before aligning: Arabic sentences cut at a name's
//! initials (`دي. كي. أريا`) are joined (not after an acronym spelled out, `كيو في سي.`), English sentences glued without a space after the
//! full stop (`Antarctica.Several`) are split.
//!
//! **In:** the sentences of [`crate::segment`] and [`crate::align::segment_english`] with
//! their texts. **Out:** the same spans, joined or split; in order, covering the same text.
//!
//! What it does *not* do: segment from scratch, or touch a boundary the segmenters agree on.

use crate::align::EnSentence;
use crate::segment::Sentence;
use crate::span::Span;

/// Latin letters as Arabic spells them in initials and acronyms (دي. كي. أريا = D. K. Arya).
pub(super) const LETTER_NAMES: &[&str] = &[
    "إيه",
    "بي",
    "سي",
    "دي",
    "إي",
    "إف",
    "جي",
    "إتش",
    "آي",
    "جيه",
    "كي",
    "إل",
    "إم",
    "كيو",
    "آر",
    "إس",
    "تي",
    "يو",
    "دبليو",
    "إكس",
    "واي",
    "زد",
];

/// Arabic sentences with those that end in an initial (`… العام دي.`) joined to the next: a
/// name's initials are no sentence end, and a sentence cut there has no English of its own.
pub(super) fn join_initials(arabic: &str, sentences: &[Sentence]) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::with_capacity(sentences.len());
    let mut glue = false;
    for s in sentences {
        match out.last_mut() {
            Some(last) if glue => {
                last.span = last.span.cover(s.span);
                last.headline = false;
            }
            _ => out.push(*s),
        }
        let text = s.span.slice(arabic).trim_end();
        // An acronym spelled out without dots (`كيو في سي.` = QVC, `بي بي سي.` = BBC) ends
        // where its last letter does: no initial of a name, and a real sentence end. (V, في,
        // is no initial of its own: it is the common word "in".)
        let mut last = text
            .strip_suffix('.')
            .map(|t| t.rsplit(char::is_whitespace))
            .into_iter()
            .flatten();
        glue = last.next().is_some_and(|w| LETTER_NAMES.contains(&w))
            && !last
                .next()
                .is_some_and(|w| LETTER_NAMES.contains(&w) || w == "في" || w == "ڤي");
    }
    out
}

/// English sentences glued without a space after the full stop (`Antarctica.Several`,
/// `2020.As`, `use."The`: common in translation memories) split in two. Only after a word of
/// two letters or digits ending in a lower-case letter or a digit, and before a capital and a
/// lower-case letter, so `U.S.China`, `e.g.`, `3.5` and `example.com` stay whole.
pub(super) fn split_glued(english: &str, sentences: Vec<EnSentence>) -> Vec<EnSentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let text = s.span.slice(english).as_bytes();
        let mut start = 0;
        for i in 2..text.len() {
            if text[i] != b'.' {
                continue;
            }
            let before = (text[i - 1].is_ascii_lowercase() || text[i - 1].is_ascii_digit())
                && text[i - 2].is_ascii_alphanumeric();
            let mut j = i + 1;
            if j < text.len() && text[j] == b'"' {
                j += 1;
            }
            let after = j + 1 < text.len()
                && text[j].is_ascii_uppercase()
                && text[j + 1].is_ascii_lowercase();
            if before && after {
                out.push(EnSentence {
                    span: Span::new(s.span.start + start, s.span.start + j),
                });
                start = j;
            }
        }
        out.push(EnSentence {
            span: Span::new(s.span.start + start, s.span.end),
        });
    }
    out
}
