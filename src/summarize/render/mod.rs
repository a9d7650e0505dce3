//! Rendering summaries: Markdown, JSON, CSV and a self-contained HTML page.
//!
//! **In:** a [`Brief`]: one document's id and text, its [`SentenceInfo`]s and its [`Summary`].
//! **Out:** bytes in the chosen format. Every format carries the same content: the title, the
//! picked sentences in document order (1-based sentence number, Arabic as written in the
//! original, English, facts in English), and the key facts with the sentence each came from.
//!
//! English of a line ([`Line::english`]): the aligned translation when there is one
//! ([`EnglishSource::Translation`]), otherwise the English gloss of its glossary terms
//! ([`EnglishSource::Gloss`]), otherwise nothing ([`EnglishSource::None`]). The source is
//! always said, so a gloss is never mistaken for a translation.
//!
//! Offsets in JSON and CSV are Unicode code points into the original document
//! (`text[start:end]` in Python gives the sentence).
//!
//! What it does *not* do: choose sentences (see [`super::summarize`]) or translate.

pub mod csv;
pub mod html;
pub mod json;
pub mod md;

use serde::Serialize;

use super::{FactLine, KeyFact, SentenceInfo, Summary, Why};
use crate::span::CharOffsets;

/// Everything needed to render one document's summary.
#[derive(Clone, Copy, Debug)]
pub struct Brief<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub sentences: &'a [SentenceInfo],
    pub summary: &'a Summary,
    /// Show why each sentence was picked (Markdown, HTML, CSV; JSON always has it).
    pub explain: bool,
}

/// Where the English of a line comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EnglishSource {
    /// An aligned sentence of a given English translation.
    Translation,
    /// The English of the sentence's glossary terms, joined with ` · `.
    Gloss,
    /// Neither is available.
    None,
}

impl EnglishSource {
    pub fn name(self) -> &'static str {
        match self {
            EnglishSource::Translation => "translation",
            EnglishSource::Gloss => "gloss",
            EnglishSource::None => "none",
        }
    }
}

/// One picked sentence, ready to print.
#[derive(Clone, Debug)]
pub struct Line<'a> {
    /// 1-based sentence number in the document.
    pub number: usize,
    /// Code-point offsets of the sentence in the original text (without a byline glued to
    /// its start, [`super::structure::byline_len`]).
    pub chars: (usize, usize),
    pub arabic: &'a str,
    pub english: &'a str,
    pub source: EnglishSource,
    pub facts: &'a [FactLine],
}

impl<'a> Brief<'a> {
    /// The title line: 1-based number and text.
    pub fn title(&self) -> Option<(usize, &'a str)> {
        self.summary
            .title
            .map(|(i, span)| (i + 1, span.slice(self.text)))
    }

    /// The picked sentences, in document order.
    pub fn lines(&self) -> Vec<Line<'a>> {
        let mut offsets = CharOffsets::new(self.text);
        self.summary
            .picks
            .iter()
            .map(|&i| {
                let s = &self.sentences[i];
                let (english, source) = match (&s.english, s.gloss.is_empty()) {
                    (Some(e), _) if !e.trim().is_empty() => {
                        (e.as_str(), EnglishSource::Translation)
                    }
                    (_, false) => (s.gloss.as_str(), EnglishSource::Gloss),
                    _ => ("", EnglishSource::None),
                };
                // A byline glued to the lede (`نادية الفواز- سبق- أبها: …`) is no part of
                // the brief's line; the line points at the sentence after it.
                let mut span = s.span;
                span.start += super::structure::byline_len(span.slice(self.text));
                Line {
                    number: i + 1,
                    chars: offsets.span(span),
                    arabic: span.slice(self.text),
                    english,
                    source,
                    facts: &s.facts,
                }
            })
            .collect()
    }

    /// Key facts with 1-based sentence numbers and code-point spans.
    pub fn key_facts(&self) -> Vec<(&'a KeyFact, usize, (usize, usize))> {
        let mut offsets = CharOffsets::new(self.text);
        let mut facts: Vec<&KeyFact> = self.summary.key_facts.iter().collect();
        // CharOffsets is fastest in increasing order; the output order is restored below.
        let mut order: Vec<usize> = (0..facts.len()).collect();
        order.sort_by_key(|&k| facts[k].span.start);
        let mut chars = vec![(0, 0); facts.len()];
        for k in order {
            chars[k] = offsets.span(facts[k].span);
        }
        facts
            .drain(..)
            .zip(chars)
            .map(|(f, c)| (f, f.sentence + 1, c))
            .collect()
    }

    /// Why sentence `i` (0-based) was picked, if it was.
    pub fn why(&self, i: usize) -> Option<&'a Why> {
        self.summary.why.iter().find(|w| w.sentence == i)
    }
}

/// Facts of a line as one string: `date: 8 September 2023; place: Al Haouz`; a hedged fact
/// gets `(hedged)`.
pub fn facts_text(facts: &[FactLine]) -> String {
    facts
        .iter()
        .map(|f| {
            let hedge = if f.hedged { " (hedged)" } else { "" };
            format!("{}: {}{hedge}", f.kind, f.english)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why a sentence was picked, in one line: `#1, score 0.93: lede, main facts (position
/// 1.00, paragraph 0.00, …)`.
pub fn why_text(w: &Why) -> String {
    let f = &w.features;
    let evidence = if w.evidence.is_empty() {
        "score".to_string()
    } else {
        w.evidence.join(", ")
    };
    format!(
        "#{}, score {:.2}: {evidence} (position {:.2}, paragraph {:.0}, quote {:.0}, facts {:.2}, centrality {:.2}, title {:.2}; redundancy {:.2})",
        w.order, w.score, f.position, f.paragraph, f.quote, f.facts, f.centrality, f.title, w.redundancy
    )
}

#[cfg(test)]
mod tests;
