//! Scoring candidates and choosing among them.
//!
//! **In:** the document, its [`SentenceInfo`]s, the title index and the candidate indices.
//! **Out:** a [`Ranking`] (one score per candidate, the candidates' similarity matrix, whether
//! the document is news-shaped), then the picks by MMR, and the key facts.
//!
//! Score of a candidate, every feature scaled to 0–1 within the document:
//!
//! | feature | weight | what |
//! |---|---|---|
//! | centrality | 0.45 | continuous LexRank ([`super::score::centrality`]) |
//! | title similarity | 0.20 | TF-IDF cosine with the headline, if any |
//! | density | 0.15 | (terms + 2 × facts) / √(tokens + 1); numbers count as facts when no sentence has facts |
//! | lead position | 0.40, news only | 1 / (1 + k) for the k-th candidate (k from 0) |
//!
//! A fragment of fewer than five content words has its score halved.
//!
//! The weights were set by hand on the samples' reference summaries (see
//! `tests/summarize.rs`), not fitted; they are round numbers on purpose.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::score::{self, Tokenizer};
use super::{KeyFact, Question, SentenceInfo};

const W_CENTRALITY: f64 = 0.45;
const W_TITLE: f64 = 0.20;
const W_DENSITY: f64 = 0.15;
const W_POSITION: f64 = 0.40;
const SHORT: usize = 5;
/// MMR trade-off between relevance and novelty.
const LAMBDA: f64 = 0.7;
/// A candidate this similar to a chosen sentence is a near-repeat: taken only when nothing
/// else is left.
const REPEAT: f64 = 0.5;

/// Scores of the candidates of one document.
#[derive(Clone, Debug, Default)]
pub struct Ranking {
    /// Candidate sentence indices, in document order.
    pub candidates: Vec<usize>,
    /// Score per candidate.
    pub scores: Vec<f64>,
    /// Each candidate's TF-IDF vector ([`score::vectors`]), for redundancy.
    pub vectors: Vec<Vec<(u32, f64)>>,
    pub news: bool,
}

/// Score every candidate.
pub fn rank(
    text: &str,
    sentences: &[SentenceInfo],
    title: Option<usize>,
    candidates: &[usize],
) -> Ranking {
    // Each sentence's words: from the token stage when the evidence carries them, else split
    // here from the sentence's text.
    let split: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| {
            if s.words.is_empty() {
                let norm = crate::normalize::matcher().normalize_str(s.span.slice(text));
                score::words(&norm).map(str::to_string).collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    let words = |i: usize| -> &[String] {
        if sentences[i].words.is_empty() {
            &split[i]
        } else {
            &sentences[i].words
        }
    };
    let of = |i: usize| words(i).iter().map(String::as_str);
    let tokenizer = Tokenizer::of_words((0..sentences.len()).flat_map(of));
    let mut stems: Vec<Vec<String>> = candidates
        .iter()
        .map(|&i| tokenizer.stems_of(of(i)))
        .collect();
    stems.push(title.map_or_else(Vec::new, |t| tokenizer.stems_of(of(t))));
    let mut vectors = score::vectors(&stems);
    let title_vector = vectors.pop().unwrap_or_default();
    stems.pop();

    let centrality = score::centrality(&score::Similarity::new(&vectors));
    let title_sim = scaled(
        vectors
            .iter()
            .map(|v| score::cosine(v, &title_vector))
            .collect(),
    );
    let have_facts = sentences.iter().any(|s| !s.facts.is_empty());
    let density = scaled(
        candidates
            .iter()
            .zip(&stems)
            .map(|(&i, stems)| {
                let s = &sentences[i];
                let facts = if have_facts {
                    s.facts.len()
                } else {
                    stems
                        .iter()
                        .filter(|t| t.bytes().any(|b| b.is_ascii_digit()))
                        .count()
                };
                (s.terms + 2 * facts) as f64 / ((stems.len() + 1) as f64).sqrt()
            })
            .collect(),
    );
    let news = is_news_shaped(text, sentences, title);
    let scores = (0..candidates.len())
        .map(|k| {
            let mut s = W_CENTRALITY * centrality[k] + W_TITLE * title_sim[k];
            s += W_DENSITY * density[k];
            if news {
                s += W_POSITION / (1.0 + k as f64);
            }
            if stems[k].len() < SHORT {
                s *= 0.5;
            }
            s
        })
        .collect();
    Ranking {
        candidates: candidates.to_vec(),
        scores,
        vectors,
        news,
    }
}

/// Values divided by their maximum (all zero stays all zero).
fn scaled(values: Vec<f64>) -> Vec<f64> {
    let max = values.iter().cloned().fold(0.0, f64::max);
    if max <= 0.0 {
        return values;
    }
    values.into_iter().map(|v| v / max).collect()
}

/// Whether `text` reads as a news report: a long headline, a dateline, or attributions.
pub fn is_news_shaped(text: &str, sentences: &[SentenceInfo], title: Option<usize>) -> bool {
    if let Some(t) = title {
        if score::words(sentences[t].span.slice(text)).count() >= 5 {
            return true;
        }
    }
    let first_body = sentences.iter().find(|s| !s.headline);
    if first_body.is_some_and(|s| has_dateline(s.span.slice(text))) {
        return true;
    }
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| ATTRIBUTIONS.iter().copied().collect());
    let normalized = crate::normalize::matcher().normalize_str(text);
    let attributions = score::words(&normalized)
        .filter(|w| set.contains(w))
        .take(3)
        .count();
    attributions >= 3
}

/// Attribution verbs and phrases of news copy, match-normalized, with their conjunction.
const ATTRIBUTIONS: &[&str] = &[
    "قال",
    "وقال",
    "اضاف",
    "واضاف",
    "اكد",
    "واكد",
    "اعلن",
    "واعلن",
    "اعلنت",
    "واعلنت",
    "صرح",
    "وصرح",
    "اوضح",
    "واوضح",
    "بحسب",
    "وبحسب",
    "افاد",
    "وافاد",
    "افادت",
    "وافادت",
    "قالت",
    "وقالت",
    "اكدت",
    "واكدت",
    "اشار",
    "واشار",
    "اشارت",
    "واشارت",
    "حذر",
    "وحذر",
    "نفي",
    "ونفي",
];

/// A dateline at the start of a sentence: `مراكش (أ.ف.ب) -`, `القاهرة - رويترز:`.
fn has_dateline(sentence: &str) -> bool {
    let head: String = sentence.chars().take(60).collect();
    const AGENCIES: &[&str] = &[
        "أ.ف.ب",
        "أ ف ب",
        "رويترز",
        "الأناضول",
        "د.ب.أ",
        "أ.ب",
        "واس",
        "وام",
        "قنا",
        "كونا",
        "سانا",
        "AFP",
        "Reuters",
        "AP",
    ];
    let dash = head.contains(" - ") || head.contains(" – ") || head.contains(" — ");
    (head.contains('(') && dash) || AGENCIES.iter().any(|a| head.contains(a))
}

/// Choose `k` candidates by maximal marginal relevance; returns sentence indices. Near-repeats
/// (similarity ≥ [`REPEAT`] to a chosen sentence) come last whatever their score. Each
/// candidate's redundancy (its highest similarity to a chosen sentence) is kept up to date
/// pick by pick: `O(k · n)` similarities.
pub fn mmr(r: &Ranking, k: usize) -> Vec<usize> {
    let n = r.candidates.len();
    let mut chosen: Vec<usize> = Vec::new(); // positions in r.candidates
    let mut taken = vec![false; n];
    let mut redundancy = vec![0.0f64; n];
    while chosen.len() < k.min(n) {
        let best = (0..n)
            .filter(|&c| !taken[c])
            .map(|c| {
                let fresh = redundancy[c] < REPEAT;
                (
                    c,
                    fresh,
                    LAMBDA * r.scores[c] - (1.0 - LAMBDA) * redundancy[c],
                )
            })
            .max_by(|a, b| {
                (a.1.cmp(&b.1))
                    .then(a.2.total_cmp(&b.2))
                    .then(b.0.cmp(&a.0))
            });
        let Some((c, _, _)) = best else { break };
        chosen.push(c);
        taken[c] = true;
        for (d, red) in redundancy.iter_mut().enumerate() {
            if !taken[d] {
                *red = red.max(score::cosine(&r.vectors[d], &r.vectors[c]));
            }
        }
    }
    chosen.into_iter().map(|c| r.candidates[c]).collect()
}

/// Who / where / when / how many over all sentences, deduplicated by question and English
/// (case-insensitive), each keeping its first sentence; grouped by question, then in
/// document order.
pub fn key_facts(sentences: &[SentenceInfo]) -> Vec<KeyFact> {
    let mut seen: HashSet<(Question, String)> = HashSet::new();
    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        for f in &s.facts {
            let Some(question) = Question::of_kind(&f.kind) else {
                continue;
            };
            let key = f.english.trim().to_lowercase();
            if key.is_empty() || !seen.insert((question, key)) {
                continue;
            }
            out.push(KeyFact {
                question,
                kind: f.kind.clone(),
                english: f.english.trim().to_string(),
                sentence: i,
                span: f.span,
            });
        }
    }
    out.sort_by_key(|f| f.question); // stable: document order within a question
    out
}
