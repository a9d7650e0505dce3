//! JSON: one object per document, on one line (so many documents make JSON Lines).
//!
//! ```json
//! {"doc_id": "a.txt", "news": true, "sentences": 17,
//!  "title": {"sentence": 1, "start": 0, "end": 84, "arabic": "…"} | null,
//!  "picks": [{"sentence": 2, "start": 85, "end": 260, "arabic": "…", "english": "…",
//!             "english_source": "translation" | "gloss" | "none",
//!             "facts": [{"kind": "date", "english": "…", "start": 0, "end": 0}]}],
//!  "key_facts": [{"question": "who" | "where" | "when" | "how-many", "kind": "person",
//!                 "english": "…", "sentence": 4, "start": 0, "end": 0}]}
//! ```
//!
//! `sentence` is 1-based; `start`/`end` are Unicode code-point offsets into the original
//! document. Keys are in the order shown.

use serde::Serialize;

use super::Brief;
use crate::summarize::Question;

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
}

#[derive(Serialize)]
struct Fact<'a> {
    kind: &'a str,
    english: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct KeyFact<'a> {
    question: Question,
    kind: &'a str,
    english: &'a str,
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
                    let (start, end) = brief.fact_chars(f);
                    Fact {
                        kind: &f.kind,
                        english: &f.english,
                        start,
                        end,
                    }
                })
                .collect(),
        })
        .collect();
    let key_facts = brief
        .key_facts()
        .into_iter()
        .map(|(f, sentence, (start, end))| KeyFact {
            question: f.question,
            kind: &f.kind,
            english: &f.english,
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
