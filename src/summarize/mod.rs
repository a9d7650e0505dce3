//! Extractive summaries: which sentences carry the article, and what it says in facts.
//!
//! **In:** a document's original text and one [`SentenceInfo`] per sentence (from
//! [`crate::segment`]): its span, whether it is a line without final punctuation, whether it
//! opens a paragraph, how many glossary terms and which facts it holds, its English (aligned
//! translation or gloss). The summarizer takes this evidence as plain data, so it does not
//! depend on how terms, facts or alignments were found.
//!
//! **Out:** a [`Summary`]: the title (the headline line, if the document opens with one), the
//! picked sentences as indices into `sentences` in document order with why each was picked
//! ([`Why`]), and the key facts of the whole article (one each for who / what / where / when /
//! how many) as an editor would sign them ([`facts`]).
//!
//! How sentences are picked (see `structure.rs`, `pick.rs` and `score.rs`):
//! * **candidates** are the body sentences: not crawl noise (bylines `فلان – عين اليوم`,
//!   datelines alone, `اقرأ أيضا`, share buttons, `// انتهى //`, `مقالات أخرى للكاتب`, a tag
//!   list `سمات …`), not an enumeration (`وتضمنت 40 حيا هي: …`), not a short line without
//!   final punctuation (a headline or sub-heading). A line of 13 words or more without final
//!   punctuation is a paragraph that lost its full stop and stays;
//! * a **byline glued to the lede** (`نادية الفواز- سبق- أبها: …`) is left out of the line
//!   shown (its span starts after it); the sentence is scored whole;
//! * the **title** is the first line only when the text has one: a short line (1–20 words)
//!   without final punctuation, followed by body text, that is not a byline or dateline. It
//!   is never spent as a summary sentence; it is the query the sentences are compared with;
//! * each candidate is scored on **position and structure** first — the lede, the first
//!   sentence of each paragraph, a quote from a named speaker, the sentence's share of the
//!   article's main facts (who / where / when / how many) — then centrality (LexRank over
//!   light-stemmed tokens) and similarity to the title (weights in `pick.rs`);
//! * in news-shaped text the lede is always the first pick unless it is a fragment;
//! * sentences are chosen greedily, best score first, with redundancy control on the shared
//!   tokens: a near-repeat of a chosen sentence (TF-IDF cosine ≥ 0.6) is taken only when
//!   nothing else is left (MMR with a hard threshold; see `pick.rs` for why no soft penalty).
//!
//! *News-shaped* text (a long headline, a dateline, or three attribution verbs) gets the full
//! lead-position prior; other prose (columns, encyclopedic text) a weaker one.
//!
//! Length ([`Options`], [`target`]): `sentences` if given; else `words` (sentences in the
//! order picked while the total stays within the budget, at least one); else `ratio` ×
//! candidates (at least 1); else the default from the article's length, the rule a wire
//! editor follows for a brief: 3 sentences under 200 words of body, 4 under 400, 5 above —
//! never the whole article when it has more than three sentences, at least 1.
//!
//! Cost: linear in the text. Centrality and redundancy compare sentences at most 64 apart
//! (`WINDOW` in `score.rs`); MMR is a lazy greedy over a heap (scores only fall as picks are
//! made), so a 10 MB article is summarized in seconds with memory linear in its size.
//!
//! What it does *not* do: rewrite, shorten or reorder sentences; translate; find terms or
//! facts itself.

pub mod evidence;
pub mod facts;
mod pick;
pub mod render;
pub mod rouge;
mod score;
pub mod structure;

#[cfg(test)]
use pick::is_news_shaped;
pub use pick::{Features, Why};
pub use score::Tokenizer;
pub use structure::is_noise;

use serde::Serialize;

use crate::span::Span;

/// What the summarizer knows about one sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SentenceInfo {
    /// Byte span in the original document text.
    pub span: Span,
    /// A line of its own without final punctuation (headline, title, sub-heading).
    pub headline: bool,
    /// The first sentence of a paragraph (the text's first sentence included).
    pub paragraph: bool,
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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FactLine {
    /// `date`, `casualties`, `person`, `place`, … (the extractor's kind name).
    pub kind: String,
    pub english: String,
    /// Said with a hedge: `about`, `more than`, `tens of`, an approximate date.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
    /// A quote's speaker in English, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Byte span in the original document text.
    #[serde(skip)]
    pub span: Span,
    /// Where a name's English came from: `glossary`, `lexicon`, `model` or `rules` (the
    /// extractor's `english_source`); `None` for other facts, or a name with no English.
    #[serde(skip)]
    pub source: Option<&'static str>,
    /// How sure that English is, 0-1 (the extractor's `score`).
    #[serde(skip)]
    pub score: Option<f32>,
    /// A person introduced by a title or role (`الوزير`, `رئيس الوزراء`).
    #[serde(skip)]
    pub titled: bool,
    /// The extractor's certainty cue: `denied`, `claimed`, `unconfirmed`, `reportedly`,
    /// `believed`.
    #[serde(skip)]
    pub cue: Option<&'static str>,
    /// A person's span overlaps a glossary term that is not a name (a title, a common noun):
    /// the name run took in a word that is not part of the name.
    #[serde(skip)]
    pub overlaps_term: bool,
}

/// How long the summary is.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Options {
    /// Exactly this many sentences (if there are that many candidates).
    pub sentences: Option<usize>,
    /// This share of the candidate sentences (0 < ratio ≤ 1), at least 1.
    pub ratio: Option<f64>,
    /// At most this many words (at least one sentence).
    pub words: Option<usize>,
}

/// Most sentences the default length gives.
pub const MAX_SENTENCES: usize = 5;

impl Options {
    /// Exactly `n` sentences (if there are that many candidates): `Options { sentences:
    /// Some(n), ..Options::default() }`.
    pub fn sentences(n: usize) -> Self {
        Options {
            sentences: Some(n),
            ..Options::default()
        }
    }

    /// How many sentences to pick out of `candidates` whose body has `words` words (the
    /// sentence count for `sentences`, `ratio` and the default; `usize::MAX` for a `words`
    /// budget, which stops by words instead).
    pub fn target(&self, candidates: usize, words: usize) -> usize {
        let n = match (self.sentences, self.words, self.ratio) {
            (Some(n), _, _) => n.max(1),
            (None, Some(_), _) => usize::MAX,
            (None, None, Some(r)) => ((candidates as f64 * r).round() as usize).max(1),
            (None, None, None) => {
                let by_words = match words {
                    0..=199 => 3,
                    200..=399 => 4,
                    _ => MAX_SENTENCES,
                };
                // Never the whole article when it has more than three sentences.
                let most = if candidates > 3 {
                    candidates - 1
                } else {
                    candidates
                };
                by_words.min(most).max(1)
            }
        };
        n.min(candidates)
    }
}

/// The number of sentences [`summarize`] picks from `sentences` with `opts` (for a `words`
/// budget: how many fit).
pub fn target(text: &str, sentences: &[SentenceInfo], opts: &Options) -> usize {
    summarize(text, sentences, opts).picks.len()
}

/// The question a key fact answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    Who,
    What,
    Where,
    When,
    HowMany,
}

impl Question {
    pub const ALL: [Question; 5] = [
        Question::Who,
        Question::What,
        Question::Where,
        Question::When,
        Question::HowMany,
    ];

    /// `who`, `what`, `where`, `when`, `how many`.
    pub fn name(self) -> &'static str {
        match self {
            Question::Who => "who",
            Question::What => "what",
            Question::Where => "where",
            Question::When => "when",
            Question::HowMany => "how many",
        }
    }

    /// The question a fact kind answers, if it is one of the five: a casualty statement is
    /// what happened (`8 killed`), the other counts say how many.
    pub fn of_kind(kind: &str) -> Option<Question> {
        Some(match kind {
            "person" | "org" | "organization" | "group" | "title" | "nationality" => Question::Who,
            "casualties" => Question::What,
            "place" | "location" => Question::Where,
            "date" | "time" | "weekday" | "month" | "year" => Question::When,
            "number" | "quantity" | "count" | "money" | "amount" | "percent" | "percentage"
            | "measure" | "score" | "duration" => Question::HowMany,
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
    /// Said with a hedge (`about 300`, `more than 20 killed`).
    pub hedged: bool,
    /// How many times the article states it (same question and English).
    pub mentions: usize,
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
    /// Why each pick was chosen, in the order of `picks`.
    pub why: Vec<Why>,
    /// Who / what / where / when / how many across the article, at most one each
    /// (`facts::key_facts`).
    pub key_facts: Vec<KeyFact>,
    /// Whether the document was treated as news (full lead-position prior).
    pub news: bool,
}

/// Summarize one document.
pub fn summarize(text: &str, sentences: &[SentenceInfo], opts: &Options) -> Summary {
    let title = title(text, sentences);
    let candidates = candidates(text, sentences);
    let ranking = pick::rank(text, sentences, title, &candidates);
    // Words per sentence, counted once (the length rule and a word budget both need them).
    let counts: Vec<usize> = candidates
        .iter()
        .map(|&i| word_count(sentences[i].span.slice(text)))
        .collect();
    let k = opts.target(candidates.len(), counts.iter().sum());
    let budget = opts.sentences.is_none().then_some(opts.words).flatten();
    let word_of = |i: usize| {
        candidates
            .binary_search(&i)
            .map_or_else(|_| word_count(sentences[i].span.slice(text)), |k| counts[k])
    };
    let mut why = pick::mmr(&ranking, k, budget, word_of);
    why.sort_unstable_by_key(|w| w.sentence);
    // The best-ranked sentences, whatever the length asked for: key facts come from them first.
    let mut best: Vec<usize> = (0..ranking.candidates.len()).collect();
    best.sort_by(|&a, &b| {
        ranking.scores[b]
            .total_cmp(&ranking.scores[a])
            .then(a.cmp(&b))
    });
    let top: Vec<usize> = best
        .iter()
        .take(facts::TOP)
        .map(|&c| ranking.candidates[c])
        .collect();
    Summary {
        title: title.map(|i| (i, sentences[i].span)),
        picks: why.iter().map(|w| w.sentence).collect(),
        why,
        key_facts: facts::key_facts(text, sentences, &top),
        news: ranking.news,
    }
}

/// Words of a sentence as a reader counts them (runs between spaces holding a letter or
/// digit).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(structure::is_word_char))
        .count()
}

/// Scores of every candidate sentence, best first: `(sentence index, score)`. For
/// evaluation (precision of the ranking) and debugging.
pub fn ranking(text: &str, sentences: &[SentenceInfo]) -> Vec<(usize, f64)> {
    let title = title(text, sentences);
    let candidates = candidates(text, sentences);
    let r = pick::rank(text, sentences, title, &candidates);
    let mut out: Vec<(usize, f64)> = r.candidates.iter().copied().zip(r.scores).collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// The lead-N baseline: the first `n` candidate sentences.
pub fn lead(text: &str, sentences: &[SentenceInfo], n: usize) -> Vec<usize> {
    candidates(text, sentences).into_iter().take(n).collect()
}

/// The title: the first sentence, when it is a headline line that is a headline (see
/// [`structure::is_title`]) and body text follows.
pub fn title(text: &str, sentences: &[SentenceInfo]) -> Option<usize> {
    let first = sentences.first()?;
    let body_follows = sentences.iter().skip(1).any(|s| !s.headline);
    (first.headline && body_follows && structure::is_title(first.span.slice(text))).then_some(0)
}

/// Sentences that may be picked: body sentences that are not crawl noise nor an enumeration
/// (`structure::is_list`; a line without final punctuation counts as body from
/// `structure::LONG_LINE` words); if there are none, every sentence but the title and noise.
pub fn candidates(text: &str, sentences: &[SentenceInfo]) -> Vec<usize> {
    let title = title(text, sentences);
    let keep = |i: usize| Some(i) != title && !is_noise(sentences[i].span.slice(text));
    let body: Vec<usize> = (0..sentences.len())
        .filter(|&i| keep(i))
        .filter(|&i| {
            let s = sentences[i].span.slice(text);
            (!sentences[i].headline || word_count(s) >= structure::LONG_LINE)
                && !structure::is_list(s)
        })
        .collect();
    if !body.is_empty() {
        return body;
    }
    (0..sentences.len()).filter(|&i| keep(i)).collect()
}

/// [`SentenceInfo`] for the sentences of `text` with no terms, facts or English: what the
/// summarizer works with when nothing else is known.
#[cfg(test)]
pub fn plain(text: &str) -> Vec<SentenceInfo> {
    let sentences = crate::segment::segment(text);
    let mut infos = evidence::plain(&sentences);
    evidence::add_paragraphs(&mut infos, text, &[]);
    infos
}

#[cfg(test)]
mod tests;
