//! Benchmark: all fact extraction (segmentation, glossary matching with the built-in
//! glossary, extraction) on one thread, over /work/bench-corpus/corpus_10mb.txt or, when it is
//! missing, the samples/ar texts repeated to ~10 MB. Prints MB/s and the fact count (a check:
//! the count must not change unless the rules do).
//!
//! Run: cargo bench --bench facts
//!
//! `FACTS_CORPUS=path` picks another corpus (documents separated by blank lines, or JSON Lines
//! with a `text` field when the name ends in `.jsonl`, like the export benchmark's) and
//! `FACTS_BYTES=n` keeps only its first documents up to about `n` bytes: a small input for
//! `valgrind --tool=callgrind` instruction counts, which are steadier than wall time on a
//! shared machine. `FACTS_RUNS=n` sets the number of timed runs (default 3).

mod common;

use std::sync::Arc;
use std::time::Instant;

use dragoman::match_normalizer;
use dragoman::segment;
use dragoman::{Context, Extractor};
use dragoman::{Glossary, Matcher};

fn corpus() -> (String, Vec<String>) {
    let (name, mut docs) = full_corpus();
    let Some(limit) = std::env::var("FACTS_BYTES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    else {
        return (name, docs);
    };
    let mut size = 0;
    let keep = docs
        .iter()
        .take_while(|d| {
            size += d.len();
            size <= limit
        })
        .count()
        .max(1);
    docs.truncate(keep);
    (format!("{name} (first {keep} documents)"), docs)
}

fn full_corpus() -> (String, Vec<String>) {
    let path = std::env::var("FACTS_CORPUS")
        .unwrap_or_else(|_| "/work/bench-corpus/corpus_10mb.txt".to_string());
    if let Ok(text) = std::fs::read_to_string(&path) {
        if path.ends_with(".jsonl") {
            let docs = common::jsonl_texts(&text);
            return (path, docs);
        }
        return (path, text.split("\n\n").map(str::to_string).collect());
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/ar");
    let mut docs = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("samples/ar")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        if let Ok(t) = std::fs::read_to_string(e.path()) {
            docs.push(t);
        }
    }
    let size: usize = docs.iter().map(String::len).sum();
    let copies = (10_000_000 / size.max(1)).max(1);
    let all = docs
        .iter()
        .cycle()
        .take(docs.len() * copies)
        .cloned()
        .collect();
    (format!("samples/ar x{copies}"), all)
}

fn main() {
    let (name, docs) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let extractor = Extractor::new(Arc::new(Matcher::new(&Glossary::builtin())));
    let ctx = Context {
        reference_date: dragoman::Date::new(2024, 5, 14),
        ..Context::default()
    };
    let runs = std::env::var("FACTS_RUNS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(3)
        .max(1);
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..runs {
        let t = Instant::now();
        count = 0;
        for text in &docs {
            // As `dragoman export` does it: one normalization shared by matcher and extractor.
            let sentences = segment(text);
            let norm = match_normalizer().normalize(text);
            let terms = extractor.matcher().find_normalized(&norm);
            count += extractor
                .extract_normalized(text, &norm, &sentences, &terms, &ctx)
                .len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "facts: {name}: {:.1} MB in {:.3} s = {:.1} MB/s (segment + normalize + glossary match + extract, one thread, best of {runs}), {count} facts",
        bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best
    );
    // Extraction alone: sentences, the normalization and term matches computed beforehand
    // (the stages export shares with the matcher), and with the normalization included.
    let prepared: Vec<_> = docs
        .iter()
        .map(|t| {
            let norm = match_normalizer().normalize(t);
            let terms = extractor.matcher().find_normalized(&norm);
            (segment(t), norm, terms)
        })
        .collect();
    let mut best = f64::MAX;
    let mut best_with_norm = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let mut n = 0;
        for (text, (sentences, norm, terms)) in docs.iter().zip(&prepared) {
            n += extractor
                .extract_normalized(text, norm, sentences, terms, &ctx)
                .len();
        }
        assert_eq!(n, count);
        best = best.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let mut n = 0;
        for (text, (sentences, _, terms)) in docs.iter().zip(&prepared) {
            n += extractor.extract(text, sentences, terms, &ctx).len();
        }
        assert_eq!(n, count);
        best_with_norm = best_with_norm.min(t.elapsed().as_secs_f64());
    }
    println!(
        "facts: extract only: {:.1} MB/s (sentences, normalization and terms given); {:.1} MB/s normalizing too",
        bytes as f64 / 1e6 / best,
        bytes as f64 / 1e6 / best_with_norm
    );
}
