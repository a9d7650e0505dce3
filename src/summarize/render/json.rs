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

use serde_json::{json, Value};

use super::Brief;

/// The JSON value for one document.
pub fn value(brief: &Brief) -> Value {
    let title = brief.summary.title.map(|(i, span)| {
        let (start, end) = crate::span::CharOffsets::new(brief.text).span(span);
        json!({"sentence": i + 1, "start": start, "end": end, "arabic": span.slice(brief.text)})
    });
    let picks: Vec<Value> = brief
        .lines()
        .iter()
        .map(|l| {
            let facts: Vec<Value> = l
                .facts
                .iter()
                .map(|f| {
                    let (start, end) = brief.fact_chars(f);
                    json!({"kind": f.kind, "english": f.english, "start": start, "end": end})
                })
                .collect();
            json!({
                "sentence": l.number,
                "start": l.chars.0,
                "end": l.chars.1,
                "arabic": l.arabic,
                "english": l.english,
                "english_source": l.source.name(),
                "facts": facts,
            })
        })
        .collect();
    let key_facts: Vec<Value> = brief
        .key_facts()
        .iter()
        .map(|(f, sentence, (start, end))| {
            json!({
                "question": f.question,
                "kind": f.kind,
                "english": f.english,
                "sentence": sentence,
                "start": start,
                "end": end,
            })
        })
        .collect();
    json!({
        "doc_id": brief.id,
        "news": brief.summary.news,
        "sentences": brief.sentences.len(),
        "title": title,
        "picks": picks,
        "key_facts": key_facts,
    })
}

/// One line of JSON for one document.
pub fn render(brief: &Brief, out: &mut String) {
    out.push_str(&value(brief).to_string());
    out.push('\n');
}
