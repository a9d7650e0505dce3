//! How much of a corpus a glossary covers, and what it is missing.
//!
//! **In:** documents (original text) and a [`Matcher`]. **Out:**
//! * [`Coverage`]: matches per entry, Arabic word tokens, and tokens inside some match.
//!   A *word token* is a maximal run of letters, digits and Arabic marks in the original text
//!   (tatweel included) with at least one Arabic letter; it is *covered* when it overlaps the
//!   span of a match. `لـ«داعش»` is two tokens, both covered.
//! * [`Suggester`] → [`Suggestion`]s: frequent word n-grams (n = 1–4) that no entry covers,
//!   ranked, each with a count, a score and an example sentence, for a curator to translate.
//!
//! How suggestions are counted and ranked is in [`suggest`]'s docs.
//!
//! What it does *not* do: morphology beyond proclitics (no stems, no enclitics), or any
//! English. Memory grows with the corpus: sentences are kept between the counting passes.

pub mod suggest;

use super::Matcher;
use crate::chars::{is_arabic_letter_or_form as is_arabic_letter, is_word_char};
use crate::span::Span;

pub use self::suggest::{SuggestOptions, Suggester};

/// Coverage counts of one document or of many (see [`Coverage::add`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Matches per entry index.
    pub hits: Vec<u64>,
    pub matches: u64,
    /// Arabic word tokens.
    pub tokens: u64,
    /// Of those, inside a match.
    pub covered: u64,
    pub documents: u64,
}

impl Coverage {
    /// Empty counts for a glossary of `entries` entries.
    pub fn new(entries: usize) -> Coverage {
        Coverage {
            hits: vec![0; entries],
            ..Coverage::default()
        }
    }

    /// Count one document.
    pub fn document(matcher: &Matcher, text: &str) -> Coverage {
        let mut c = Coverage::new(matcher.glossary().len());
        let matches = matcher.find(text);
        for m in &matches {
            c.hits[m.entry] += 1;
        }
        c.matches = matches.len() as u64;
        c.documents = 1;
        let mut next = 0;
        for span in arabic_words(text) {
            c.tokens += 1;
            while next < matches.len() && matches[next].span.end <= span.start {
                next += 1;
            }
            if matches.get(next).is_some_and(|m| m.span.overlaps(span)) {
                c.covered += 1;
            }
        }
        c
    }

    /// Add another's counts (of the same glossary).
    pub fn add(&mut self, other: &Coverage) {
        if self.hits.len() < other.hits.len() {
            self.hits.resize(other.hits.len(), 0);
        }
        for (a, b) in self.hits.iter_mut().zip(&other.hits) {
            *a += b;
        }
        self.matches += other.matches;
        self.tokens += other.tokens;
        self.covered += other.covered;
        self.documents += other.documents;
    }

    /// Share of Arabic word tokens covered, 0–1.
    pub fn share(&self) -> f64 {
        if self.tokens == 0 {
            0.0
        } else {
            self.covered as f64 / self.tokens as f64
        }
    }

    /// Entry indices by hits (descending), then index; entries with no hits left out.
    pub fn ranked(&self) -> Vec<usize> {
        let mut seen: Vec<usize> = (0..self.hits.len()).filter(|&i| self.hits[i] > 0).collect();
        seen.sort_by_key(|&i| (std::cmp::Reverse(self.hits[i]), i));
        seen
    }

    /// Entry indices never matched, in glossary order.
    pub fn unseen(&self) -> Vec<usize> {
        (0..self.hits.len())
            .filter(|&i| self.hits[i] == 0)
            .collect()
    }
}

/// Spans of the Arabic word tokens of `text`.
fn arabic_words(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (start, c) = chars.next()?;
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut arabic = is_arabic_letter(c);
        while let Some(&(i, c)) = chars.peek() {
            if !is_word_char(c) {
                break;
            }
            arabic |= is_arabic_letter(c);
            end = i + c.len_utf8();
            chars.next();
        }
        if arabic {
            return Some(Span::new(start, end));
        }
    })
}

#[cfg(test)]
mod tests;
