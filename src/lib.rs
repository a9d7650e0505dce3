//! dragoman: Arabic→English work on news text.
//!
//! The data flows through one private module per stage, each carrying [`Span`]s (byte offsets
//! into the *original* text) so every sentence, term, fact, pair and summary line points back
//! to where it was written. What a library user needs is re-exported here, flat:
//!
//! * input: [`read_inputs`] reads documents ([`Document`]) from files, directories, stdin,
//!   JSON Lines and CSV, as [`InputOptions`] say;
//! * normalize: a [`Normalizer`] built from [`Rules`] or a [`Profile`] (`clean`, `match`), with
//!   an [`OffsetMap`] back to the original;
//! * segment: [`segment`] and [`segment_as`] give [`Sentence`]s, headlines flagged, in the
//!   [`Layout`] of each document (lines, paragraphs, or hard-wrapped text whose line breaks
//!   inside a paragraph are read as spaces);
//! * tokens: the one token stage — the normalized text split once into words, numbers and
//!   punctuation ([`Tokens`], [`Token`]: spans in both texts, word-class bits), with the
//!   word-form tables (proclitics, the article, suffixes) every later stage reads;
//! * glossary: the curated [`Glossary`] and the clitic-aware [`Matcher`] ([`TermMatch`]);
//!   [`interchange`] reads and writes TBX and OmegaT;
//! * facts: the [`Extractor`] gives [`Fact`]s (dates, numbers, quantities, casualties,
//!   entities, quotes), each with a machine value and an English rendering;
//!   [`Extractor::analyze`] runs the shared stages once ([`Analysis`]);
//! * align: the [`Aligner`] pairs Arabic sentences with an English translation ([`Pair`],
//!   [`segment_english`]); [`tmx`] writes TMX;
//! * summarize: [`summarize`] picks sentences from [`SentenceInfo`]s gathered by [`evidence`];
//!   [`rouge`] scores a summary;
//! * export: the [`Exporter`] writes the bilingual rows; [`run_batch`] runs any stage over
//!   many documents in parallel, in input order; [`Output`] writes files atomically.
//!
//! ```
//! use std::sync::Arc;
//! use dragoman::{segment, Context, Extractor, Glossary, Matcher};
//!
//! let text = "وأعلن الجيش الباكستاني أن تفجيراً أدى إلى مقتل خمسة مهندسين صينيين وسائق باكستاني.";
//! let matcher = Arc::new(Matcher::new(&Glossary::builtin()));
//! let sentences = segment(text);
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

// One private module per stage; what a library user needs is re-exported below, flat.
mod align;
mod batch;
mod chars;
mod check;
mod error;
mod export;
mod extract;
mod glossary;
mod input;
mod normalize;
mod output;
mod segment;
#[allow(unsafe_code)]
mod simd;
mod span;
mod summarize;
mod table;
mod tokens;
mod translit;
mod tsv;

/// The command line of the `dragoman` binary (`src/main.rs` only calls [`cli::main`]); not a
/// library API. Its doc comments are clap's help text, not rustdoc.
#[doc(hidden)]
#[allow(rustdoc::invalid_html_tags)]
pub mod cli;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

// Errors and spans.
pub use error::{Error, ErrorKind, Location, Result};
pub use span::{CharOffsets, Span};

// Input and batches.
pub use batch::{run as run_batch, Totals};
pub use input::{read as read_inputs, Document, Documents, InputFormat, InputOptions};

// Normalize, segment, tokens.
pub use normalize::tables::is_invisible;
pub use normalize::{
    matcher as match_normalizer, Cursor, Normalized, Normalizer, OffsetMap, Profile, Rule, Rules,
};
pub use segment::pdf::{apply_repairs, pdf_repairs, sentence_text, PdfRepairs, Repair};
pub use segment::visual::{visual_lines, LogicalText};
pub use segment::{is_line_break, join_wraps, segment, segment_as, Layout, Segmented, Sentence};
pub use tokens::{words, Kind, Token, Tokens};

// Glossary and terms.
pub use glossary::{
    interchange, parse_csv, Category, Entry, Glossary, Guard, Matcher, Status as TermStatus,
    TermMatch,
};

// Facts.
pub use extract::{
    parse_date, Amount, Analysis, Casualties, Context, Date, DateDetail, Decimal, Detail,
    Extractor, Fact, FactKind, HijriDate, ParseDateError,
};

// Export, tables, output files.
pub use export::{Counts, Exporter, COLUMNS as EXPORT_COLUMNS};
pub use output::Output;
pub use table::{is_bidi_control, is_escaped_control, Cell, TableFormat};

// Names in English.
pub use translit::{Romanization, Source as RomanizationSource, Transliterator};

// Translation checks.
pub use check::{Check, Checked, CheckedPair, Checker, Finding, Severity};

// Alignment and summaries.
pub use align::{recut_stray_quotes, segment_english, tmx, Aligner, EnSentence, Pair};
pub use summarize::{
    candidates as summary_candidates, evidence, lead as lead_sentences, ranking as summary_ranking,
    rouge, summarize, target as summary_target, Options, SentenceInfo, Summary, Tokenizer,
};
