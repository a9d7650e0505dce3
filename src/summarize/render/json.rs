//! JSON: one object per document, on one line (so many documents make JSON Lines).
//!
//! ```json
//! {"doc_id": "a.txt", "news": true, "sentences": 17,
//!  "title": {"sentence": 1, "start": 0, "end": 84, "arabic": "…"} | null,
//!  "picks": [{"sentence": 2, "start": 85, "end": 260, "arabic": "…", "english": "…",
//!             "english_source": "translation" | "gloss" | "none",
//!             "facts": [{"kind": "date", "english": "…", "hedged"?: true, "speaker"?: "…",
//!                        "start": 0, "end": 0}],
//!             "why": {"order": 1, "score": 0.93, "redundancy": 0.0,
//!                     "evidence": ["lede", "main facts"],
//!                     "features": {"position": 1.0, "paragraph": 0.0, "quote": 0.0,
//!                                  "facts": 0.8, "centrality": 0.6, "title": 0.0,
//!                                  "length": 1.0}}}],
//!  "key_facts": [{"question": "who" | "what" | "where" | "when" | "how-many", "kind": "person",
//!                 "english": "…", "hedged": false, "mentions": 2, "sentence": 4,
//!                 "start": 0, "end": 0}]}
//! ```
//!
//! `why` says why the sentence was picked: the order MMR chose it in, its score (the weighted
//! features, see [`crate::summarize`]), its highest similarity to an earlier pick, and the
//! evidence in words.
//!
//! `sentence` is 1-based; `start`/`end` are Unicode code-point offsets into the original
//! document. Keys are in the order shown.

use serde::Serialize;

use super::Brief;
use crate::summarize::{Features, Question};

#[derive(Serialize)]
struct Doc<'a> {
    doc_id: &'a str,
    news: bool,
    sentences: usize,
    title: Option<Title<'a>>,
    picks: Vec<Pick<'a>>,
    key_facts: Vec<KeyFact<'a>>,
}

#[derive(Serialize)]
struct Title<'a> {
    sentence: usize,
    start: usize,
    end: usize,
    arabic: &'a str,
}

#[derive(Serialize)]
struct Pick<'a> {
    sentence: usize,
    start: usize,
    end: usize,
    arabic: &'a str,
    english: &'a str,
    english_source: &'static str,
    facts: Vec<Fact<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<Why<'a>>,
}

#[derive(Serialize)]
struct Why<'a> {
    order: usize,
    score: f64,
    redundancy: f64,
    evidence: &'a [&'static str],
    features: Features,
}

#[derive(Serialize)]
struct Fact<'a> {
    kind: &'a str,
    english: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    hedged: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct KeyFact<'a> {
    question: Question,
    kind: &'a str,
    english: &'a str,
    hedged: bool,
    mentions: usize,
    sentence: usize,
    start: usize,
    end: usize,
}

/// One line of JSON for one document.
pub fn render(brief: &Brief, out: &mut String) {
    let title = brief.summary.title.map(|(i, span)| {
        let (start, end) = crate::span::CharOffsets::new(brief.text).span(span);
        Title {
            sentence: i + 1,
            start,
            end,
            arabic: span.slice(brief.text),
        }
    });
    let mut facts_at = crate::span::CharOffsets::new(brief.text);
    let picks = brief
        .lines()
        .into_iter()
        .map(|l| Pick {
            sentence: l.number,
            start: l.chars.0,
            end: l.chars.1,
            arabic: l.arabic,
            english: l.english,
            english_source: l.source.name(),
            facts: l
                .facts
                .iter()
                .map(|f| {
                    // One counter for all facts, in document order: linear in the text.
                    let (start, end) = facts_at.span(f.span);
                    Fact {
                        kind: &f.kind,
                        english: &f.english,
                        hedged: f.hedged,
                        speaker: f.speaker.as_deref(),
                        start,
                        end,
                    }
                })
                .collect(),
            why: brief.why(l.number - 1).map(|w| Why {
                order: w.order,
                score: round(w.score),
                redundancy: round(w.redundancy),
                evidence: &w.evidence,
                features: Features {
                    position: round(w.features.position),
                    paragraph: w.features.paragraph,
                    quote: w.features.quote,
                    facts: round(w.features.facts),
                    centrality: round(w.features.centrality),
                    title: round(w.features.title),
                    length: w.features.length,
                },
            }),
        })
        .collect();
    let key_facts = brief
        .key_facts()
        .into_iter()
        .map(|(f, sentence, (start, end))| KeyFact {
            question: f.question,
            kind: &f.kind,
            english: &f.english,
            hedged: f.hedged,
            mentions: f.mentions,
            sentence,
            start,
            end,
        })
        .collect();
    let doc = Doc {
        doc_id: brief.id,
        news: brief.summary.news,
        sentences: brief.sentences.len(),
        title,
        picks,
        key_facts,
    };
    out.push_str(&serde_json::to_string(&doc).expect("plain data serializes"));
    out.push('\n');
}

/// Three decimals: enough to read a score, short enough to diff.
fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
