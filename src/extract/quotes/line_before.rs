//! A quotation on a line of its own whose speaker is on the line before: the line ends with a
//! speech verb, its subject and a colon (يقول الدكتور باسكال بو نيفاس: ⏎ «…»؛ كتب: ⏎ «…» after a
//! sentence naming the writer), or the line before ends with a quote of a known speaker (قال
//! المدير العام …: "…". ⏎ "…": the second paragraph goes on with the same words, as an English
//! reader takes it).
//!
//! Only for a quotation that is its whole sentence (nothing but punctuation around it) and
//! starts a line, and only when no other rule found a speaker ([`super::cited::unattributed`]).
//! The line before is read in the document's normalized text, at most [`BACK`] bytes, cut at
//! its last stop; its speaker is a person, organization or group fact there, else the subject
//! as written (up to [`SUBJECT_WORDS`] words), else, after a verb with no subject (كتب:), the
//! last person named on that line.

use super::speaker::Speaker;
use super::verbs::verb_rows;
use super::{clitic_splits, Detail, FactKind, Out, Sent};
use crate::extract::Fact;
use crate::span::Span;

/// How far back (bytes of the normalized text) the line before is read.
const BACK: usize = 800;
/// The speech verb is among the first words of the line's last sentence (وقال، ثم قال).
const VERB_WORDS: usize = 3;
/// A subject written without a fact is a few words at most (المؤلفان، مدير المعهد الوطني).
const SUBJECT_WORDS: usize = 6;
/// How many facts back the quote of the line before is looked for.
const LOOKBACK: usize = 64;

/// The speaker on the line before the quotation `o..=cl` of `sent`, and the verb.
pub(super) fn line_before(
    sent: &Sent,
    out: &Out,
    o: usize,
    cl: usize,
) -> Option<(Speaker, &'static str)> {
    let n = sent.len();
    if (0..o).any(|k| sent.is_word(k)) || (cl + 1..n).any(|k| sent.is_word(k)) {
        return None;
    }
    let text = sent.norm.text.as_str();
    let start = sent.nspan.start;
    let mut lo = start.saturating_sub(BACK);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..start];
    let trimmed = before.trim_end();
    // The quotation starts a line.
    if !before[trimmed.len()..].contains('\n') {
        return None;
    }
    let line_start = match trimmed.rfind('\n') {
        Some(p) => p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let line = &trimmed[line_start..];
    let line_at = lo + line_start;
    match line.strip_suffix(':') {
        Some(body) => colon_line(sent, out, body.trim_end(), line_at),
        None => {
            let span = sent.norm_span(line_at, line_at + line.len());
            quote_at_end(sent, out, span)
        }
    }
}

/// `body` (at normalized offset `at`) ends with a colon: the subject of its last sentence's
/// speech verb.
fn colon_line(sent: &Sent, out: &Out, body: &str, at: usize) -> Option<(Speaker, &'static str)> {
    let cut = body.rfind(['.', '!', '?', '؟']).map_or(0, |p| {
        p + body[p..].chars().next().map_or(1, char::len_utf8)
    });
    let piece = &body[cut..];
    let words: Vec<(usize, &str)> = piece
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - piece.as_ptr() as usize, w))
        .collect();
    let (v, english) = words
        .iter()
        .take(VERB_WORDS)
        .enumerate()
        .find_map(|(k, (_, w))| {
            clitic_splits(w)
                .filter(|(c, _)| matches!(*c, "" | "و" | "ف"))
                .find_map(|(_, r)| verb_rows().get(r).filter(|row| row.subject))
                .map(|row| (k, row.english))
        })?;
    let base = at + cut;
    let verb_end = base + words[v].0 + words[v].1.len();
    if v + 1 == words.len() {
        // كتب: with no subject: the person named last on the line, before the verb.
        let verb_at = base + words[v].0;
        if verb_at <= at {
            return None;
        }
        let upto = sent.norm_span(at, verb_at);
        return facts_back(out)
            .find(|f| {
                f.kind == FactKind::Person && f.span.start >= upto.start && f.span.end <= upto.end
            })
            .map(|f| (Speaker::of_fact(f, sent.text, true), english));
    }
    let subject = sent.norm_span(verb_end, base + piece.len());
    let fact = facts_back(out)
        .filter(|f| {
            matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group)
                && f.span.start >= subject.start
                && f.span.start < subject.end
        })
        .last();
    if let Some(f) = fact {
        return Some((Speaker::of_fact(f, sent.text, true), english));
    }
    let written = subject.slice(sent.text).trim();
    let count = written.split_whitespace().count();
    let plain = written
        .chars()
        .all(|c| c.is_whitespace() || crate::chars::is_arabic_letter_or_form(c));
    (plain && (1..=SUBJECT_WORDS).contains(&count)).then(|| {
        (
            Speaker {
                english: written.to_string(),
                arabic: written.to_string(),
                resolved: true,
            },
            english,
        )
    })
}

/// The speaker of a quote that ends the line `line` (original text; only punctuation and
/// quotation marks after it).
fn quote_at_end(sent: &Sent, out: &Out, line: Span) -> Option<(Speaker, &'static str)> {
    let f = facts_back(out).find(|f| f.kind == FactKind::Quote && f.span.end <= line.end)?;
    let tail = &sent.text[f.span.end.max(line.start)..line.end];
    if f.span.end < line.start || tail.chars().any(char::is_alphanumeric) {
        return None;
    }
    match &f.detail {
        Detail::Quote {
            speaker: Some((en, ar)),
            verb,
            ..
        } => Some((
            Speaker {
                english: en.clone(),
                arabic: ar.clone(),
                resolved: true,
            },
            *verb,
        )),
        _ => None,
    }
}

/// The document's facts before this sentence's, the latest first.
fn facts_back<'o>(out: &'o Out) -> impl Iterator<Item = &'o Fact> + 'o {
    out.facts.iter().rev().take(LOOKBACK)
}
