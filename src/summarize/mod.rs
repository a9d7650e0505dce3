//! Extractive summaries: which sentences carry the article, and what it says in facts.
//!
//! **In:** a document's original text and one [`SentenceInfo`] per sentence (from
//! [`crate::segment`]): its span, whether it is a headline line, how many glossary terms and
//! which facts it holds, its English (aligned translation or gloss). The summarizer takes this
//! evidence as plain data, so it does not depend on how terms, facts or alignments were found.
//!
//! **Out:** a [`Summary`]: the title (the headline line, if the document opens with one), the
//! picked sentences as indices into `sentences` in document order, and the key facts of the
//! whole article (who / where / when / how many), deduplicated, each with its sentence.
//!
//! How sentences are picked (see `pick.rs` and `score.rs`):
//! * candidates are the sentences that are not headline lines (a title or sub-heading is never
//!   spent as a summary sentence); a document made only of headline lines falls back to all of
//!   them but the title;
//! * each candidate is scored by centrality (continuous LexRank over TF-IDF cosine of
//!   light-stemmed, match-normalized tokens), similarity to the title, density of glossary
//!   terms and facts (numbers stand in for facts when no facts are given), and — only when
//!   the document is news-shaped — a lead-position prior;
//! * sentences are chosen greedily by maximal marginal relevance (MMR, λ = 0.7), so a
//!   sentence that repeats a chosen one loses to one that adds something.
//!
//! *News-shaped* means: a long headline (five words or more), a dateline (`مراكش (أ.ف.ب) -`,
//! `(رويترز)`), or at least three attribution verbs (قال، أضاف، أكد، أعلن …). Encyclopedic
//! prose (a short title line, no attributions) gets no position prior at all: in such text
//! the opening sentences are naming and lineage, and nothing about position is assumed.
//!
//! Length ([`Options`]): `sentences` if given, else `ratio` × candidates, else a quarter of the
//! candidates; always at least 1 and at most 5 (an explicit `sentences` may exceed 5), never
//! more than there are candidates.
//!
//! What it does *not* do: rewrite, shorten or reorder sentences; translate; find terms or
//! facts itself.

pub mod evidence;
mod pick;
pub mod render;
pub mod rouge;
mod score;

#[cfg(test)]
use pick::is_news_shaped;
pub use score::Tokenizer;

use serde::Serialize;

use crate::span::Span;

/// What the summarizer knows about one sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SentenceInfo {
    /// Byte span in the original document text.
    pub span: Span,
    /// A line of its own without final punctuation (headline, title, sub-heading).
    pub headline: bool,
    /// Number of glossary terms matched in the sentence.
    pub terms: usize,
    /// Facts found in the sentence.
    pub facts: Vec<FactLine>,
    /// The aligned English translation, if there is one.
    pub english: Option<String>,
    /// The English of its glossary terms, joined with ` · ` (empty if none).
    pub gloss: String,
    /// Its words as the token stage gave them (`match`-normalized words and numbers), for the
    /// scorer; empty when not known, and then the scorer splits the sentence's text itself.
    pub words: Vec<String>,
}

/// One fact, in English, with where it was found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FactLine {
    /// `date`, `casualties`, `person`, `place`, … (the extractor's kind name).
    pub kind: String,
    pub english: String,
    /// Byte span in the original document text.
    #[serde(skip)]
    pub span: Span,
}

/// How long the summary is.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Options {
    /// Exactly this many sentences (if there are that many candidates).
    pub sentences: Option<usize>,
    /// This share of the candidate sentences (0 < ratio ≤ 1), at least 1, at most 5.
    pub ratio: Option<f64>,
}

/// Default share of the article; the issue asks for about a quarter.
pub const DEFAULT_RATIO: f64 = 0.25;
/// Most sentences a ratio (or the default) gives.
pub const MAX_SENTENCES: usize = 5;

impl Options {
    /// How many sentences to pick out of `candidates`.
    pub fn target(&self, candidates: usize) -> usize {
        let n = match (self.sentences, self.ratio) {
            (Some(n), _) => n.max(1),
            (None, ratio) => {
                let r = ratio.unwrap_or(DEFAULT_RATIO);
                ((candidates as f64 * r).round() as usize).clamp(1, MAX_SENTENCES)
            }
        };
        n.min(candidates)
    }
}

/// The question a key fact answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    Who,
    Where,
    When,
    HowMany,
}

impl Question {
    pub const ALL: [Question; 4] = [
        Question::Who,
        Question::Where,
        Question::When,
        Question::HowMany,
    ];

    /// `who`, `where`, `when`, `how many`.
    pub fn name(self) -> &'static str {
        match self {
            Question::Who => "who",
            Question::Where => "where",
            Question::When => "when",
            Question::HowMany => "how many",
        }
    }

    /// The question a fact kind answers, if it is one of the four.
    pub fn of_kind(kind: &str) -> Option<Question> {
        Some(match kind {
            "person" | "org" | "organization" | "group" | "title" | "nationality" => Question::Who,
            "place" | "location" => Question::Where,
            "date" | "time" | "weekday" | "month" | "year" | "duration" => Question::When,
            "casualties" | "number" | "quantity" | "count" | "money" | "amount" | "percent"
            | "percentage" | "measure" | "score" => Question::HowMany,
            _ => return None,
        })
    }
}

/// A fact of the whole article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeyFact {
    pub question: Question,
    pub kind: String,
    pub english: String,
    /// Index of the sentence it first came from.
    pub sentence: usize,
    #[serde(skip)]
    pub span: Span,
}

/// The summary of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// The headline: its sentence index and span.
    pub title: Option<(usize, Span)>,
    /// Picked sentence indices, in document order.
    pub picks: Vec<usize>,
    /// Who / where / when / how many across the article, grouped in that order, each group
    /// in document order.
    pub key_facts: Vec<KeyFact>,
    /// Whether the document was treated as news (lead-position prior on).
    pub news: bool,
}

/// Summarize one document.
pub fn summarize(text: &str, sentences: &[SentenceInfo], opts: &Options) -> Summary {
    let title = title(sentences);
    let candidates = candidates(sentences);
    let ranking = pick::rank(text, sentences, title, &candidates);
    let mut picks = pick::mmr(&ranking, opts.target(candidates.len()));
    picks.sort_unstable();
    Summary {
        title: title.map(|i| (i, sentences[i].span)),
        picks,
        key_facts: pick::key_facts(sentences),
        news: ranking.news,
    }
}

/// Scores of every candidate sentence, best first: `(sentence index, score)`. For
/// evaluation (precision of the ranking) and debugging.
pub fn ranking(text: &str, sentences: &[SentenceInfo]) -> Vec<(usize, f64)> {
    let title = title(sentences);
    let candidates = candidates(sentences);
    let r = pick::rank(text, sentences, title, &candidates);
    let mut out: Vec<(usize, f64)> = r.candidates.iter().copied().zip(r.scores).collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// The lead-N baseline: the first `n` candidate sentences (headline lines skipped).
pub fn lead(sentences: &[SentenceInfo], n: usize) -> Vec<usize> {
    candidates(sentences).into_iter().take(n).collect()
}

/// The title: the first sentence, when it is a headline line.
pub fn title(sentences: &[SentenceInfo]) -> Option<usize> {
    sentences.first().filter(|s| s.headline).map(|_| 0)
}

/// Sentences that may be picked: not headline lines; if there are none, every sentence but
/// the title.
pub fn candidates(sentences: &[SentenceInfo]) -> Vec<usize> {
    let body: Vec<usize> = (0..sentences.len())
        .filter(|&i| !sentences[i].headline)
        .collect();
    if !body.is_empty() {
        return body;
    }
    let skip = title(sentences).map_or(0, |_| 1);
    (skip..sentences.len()).collect()
}

/// [`SentenceInfo`] for the sentences of `text` with no terms, facts or English: what the
/// summarizer works with when nothing else is known.
#[cfg(test)]
pub fn plain(text: &str) -> Vec<SentenceInfo> {
    crate::segment::segment(text)
        .into_iter()
        .map(|s| SentenceInfo {
            span: s.span,
            headline: s.headline,
            ..SentenceInfo::default()
        })
        .collect()
}

#[cfg(test)]
mod tests;
