//! dragoman: Arabic→English work on news text.
//!
//! The data flows through one module per stage, each carrying [`Span`]s (byte offsets into the
//! *original* text) so every sentence, term, fact, pair and summary line points back to where
//! it was written:
//!
//! * [`input`]: documents from files, directories, stdin, JSON Lines and CSV ([`input::Document`]);
//! * [`normalize`]: rules and profiles (`clean`, `match`) with an [`normalize::OffsetMap`] back
//!   to the original;
//! * [`segment`]: sentences ([`segment::Sentence`]), headlines flagged, in the layout of each
//!   document ([`segment::Layout`]: lines, paragraphs, or hard-wrapped text whose line breaks
//!   inside a paragraph are read as spaces);
//! * [`tokens`]: the one token stage — the normalized text split once into words, numbers and
//!   punctuation ([`tokens::Token`]: spans in both texts, word-class bits), with the
//!   word-form tables ([`tokens::forms`]: proclitics, the article, suffixes) every later stage
//!   reads;
//! * [`glossary`]: the curated glossary ([`glossary::Glossary`]) and the clitic-aware
//!   [`glossary::Matcher`] over the tokens ([`glossary::TermMatch`]);
//! * [`extract`]: facts ([`extract::Fact`]): dates, numbers, quantities, casualties, entities,
//!   quotes, each with a machine value and an English rendering;
//! * [`align`]: sentence alignment with an English translation, TMX, term learning;
//! * [`summarize`]: extractive bilingual summaries;
//! * [`export`]: the bilingual row protocol; [`batch`] runs any stage over many documents in
//!   parallel, in input order; [`table`] and [`output`] write CSV/TSV/JSONL atomically.
//!
//! ```
//! use std::sync::Arc;
//! use dragoman::extract::{Context, Extractor};
//! use dragoman::glossary::{Glossary, Matcher};
//! use dragoman::segment;
//!
//! let text = "وأعلن الجيش الباكستاني أن تفجيراً أدى إلى مقتل خمسة مهندسين صينيين وسائق باكستاني.";
//! let matcher = Arc::new(Matcher::new(&Glossary::builtin()));
//! let sentences = segment::segment(text);
//! let terms = matcher.find(text);
//! let english: Vec<&str> = terms
//!     .iter()
//!     .map(|t| matcher.glossary().entries()[t.entry].english.as_str())
//!     .collect();
//! assert!(english.contains(&"Pakistani"));
//! let facts = Extractor::new(matcher.clone()).extract(text, &sentences, &terms, &Context::default());
//! let casualties = facts.iter().find(|f| f.kind.name() == "casualties").unwrap();
//! assert_eq!(casualties.span.slice(text), "مقتل خمسة مهندسين صينيين وسائق باكستاني");
//! assert!(casualties.english.starts_with("6 killed"));
//! ```

// Unsafe code lives in `simd` only (see the README, "Where the hot loops use SIMD").
#![deny(unsafe_code)]

pub mod align;
pub mod batch;
mod chars;
pub mod error;
pub mod export;
pub mod extract;
pub mod glossary;
pub mod input;
pub mod normalize;
pub mod output;
pub mod segment;
#[allow(unsafe_code)]
mod simd;
pub mod span;
pub mod summarize;
pub mod table;
pub mod tokens;
pub mod translit;
mod tsv;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

pub use error::{Error, Result};
pub use span::Span;
