//! A plural verb that opens a sentence without a subject (وأشاروا في البرقية إلى، وأوضحوا
//! أنه، كما أعربوا عن) goes on about the people the sentence before named as the subject of
//! its verb (أبرق عدد من علماء وأعيان محافظة الأحساء …. وأشاروا؛ نظم حراس المسجد الأقصى
//! اعتصاما …. وأوضحوا). Read in the normalized text before the sentence: a plural of people
//! ([`people_head`]) or عدد من right after the first words of that sentence, as written.
//! A sentence before it that opens with a plural verb of its own (وتوقعوا أن …) goes on
//! about the same people, so one more is read. Used only when the carry found no one.

use super::gender::people_head;
use super::speaker::{letter, Speaker, BARRIERS};
use super::Sent;

/// How far back (bytes of the normalized text) the sentences before are read.
const BACK: usize = 1600;
/// The subject is among a sentence's first words (وفي وقت لاحق نظم حراس: the fifth).
const HEAD_WORDS: usize = 6;
/// Words of a construct subject up to its first definite word (علماء وأعيان شيعة من محافظة
/// الأحساء).
const CONSTRUCT_WORDS: usize = 6;

/// A word of a sentence: its byte range in the sentence and whether punctuation stands
/// between it and the word before.
#[derive(Clone, Copy)]
struct Word {
    from: usize,
    to: usize,
    cut: bool,
}

/// The subject of the sentence before `sent` (or the one before that, after a sentence that
/// opens with a plural verb), for a plural verb that opens `sent` without one.
pub(super) fn previous_plural(sent: &Sent) -> Option<Speaker> {
    let text = &sent.norm.text;
    let end = sent.nspan.start;
    let mut lo = end.saturating_sub(BACK);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..end];
    let mut stop = before.len();
    for _ in 0..2 {
        let piece_end = before[..stop].trim_end_matches(|c: char| !letter(c)).len();
        // The sentence starts after a stop, or at the document's start; else it runs on past
        // what is read.
        let start = match before[..piece_end].rfind(['.', '!', '?', '؟', '\n', ':']) {
            Some(p) => p + 1,
            None if lo == 0 => 0,
            None => return None,
        };
        let piece = &before[start..piece_end];
        let words = words(piece);
        if let Some((a, b)) = subject(piece, &words) {
            let arabic = sent
                .norm_span(lo + start + a, lo + start + b)
                .slice(sent.text)
                .to_string();
            return Some(Speaker {
                english: arabic.clone(),
                arabic,
                resolved: true,
            });
        }
        let first = words.first().map(|w| &piece[w.from..w.to]);
        if !first.is_some_and(|w| w.starts_with('و') && w.ends_with("وا")) {
            return None;
        }
        stop = start;
    }
    None
}

/// The words of `piece`: runs of letters.
fn words(piece: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut from: Option<usize> = None;
    let mut cut = false;
    for (i, c) in piece.char_indices() {
        if letter(c) {
            if from.is_none() {
                from = Some(i);
            }
        } else {
            if let Some(f) = from.take() {
                out.push(Word {
                    from: f,
                    to: i,
                    cut,
                });
                cut = false;
            }
            if !c.is_whitespace() {
                cut = true;
            }
        }
    }
    if let Some(f) = from {
        out.push(Word {
            from: f,
            to: piece.len(),
            cut,
        });
    }
    out
}

/// The byte range in `piece` of a plural subject of people right after one of its first
/// [`HEAD_WORDS`] words, a verb: not after a preposition, the article or a noun's ending
/// (مطالبات الأهالي is no subject).
fn subject(piece: &str, words: &[Word]) -> Option<(usize, usize)> {
    let w = |k: usize| &piece[words[k].from..words[k].to];
    let verb_like = |v: &str| {
        let r = v
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(v);
        !(r.starts_with("ال")
            || BARRIERS.contains(&r)
            || matches!(r, "من" | "علي" | "ب" | "ان" | "الي")
            || r.ends_with('ه')
            || r.ends_with("ات")
            || r.ends_with("ين")
            || r.ends_with("ون"))
            && (3..=6).contains(&r.chars().count())
    };
    let j = (1..words.len().min(HEAD_WORDS)).find(|&j| {
        !words[j].cut
            && verb_like(w(j - 1))
            && (people_head(w(j)).is_some()
                || (w(j) == "عدد" && j + 1 < words.len() && w(j + 1) == "من"))
    })?;
    let construct = people_head(w(j)).unwrap_or(true);
    let mut e = if people_head(w(j)).is_some() {
        j + 1
    } else {
        j + 2
    };
    if construct {
        // A construct runs on to its first definite word.
        while e < words.len() && e < j + CONSTRUCT_WORDS && !words[e].cut {
            e += 1;
            if w(e - 1).starts_with("ال") {
                break;
            }
        }
    } else {
        // إعلاميون سعوديون: plural adjectives after an indefinite plural.
        while e < words.len()
            && e < j + 3
            && !words[e].cut
            && (w(e).ends_with("ون") || w(e).ends_with("ين"))
        {
            e += 1;
        }
    }
    Some((words[j].from, words[e - 1].to))
}
