//! `dragoman glossary lookup`.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::error::Result;
use crate::glossary::lint;
use crate::glossary::{Entry, Matcher};
use crate::table::{Cell, Table};

use super::ReportFormat;
use crate::cli::common::{GlossaryArgs, OutputArgs};
use crate::cli::Status;

/// Look words up: Arabic → English through the matcher, clitics stripped (وبالولايات
/// المتحدة → United States, clitics وب); Latin script → Arabic, case-insensitive, whole
/// words, in the English and in the note's `also: …` alternatives.
///
/// An Arabic word that is only the start of a multi-word term (وبالولايات) lists the terms
/// it starts (`via: starts`). Exits 1 when a WORD finds nothing.
///
/// Columns (csv/tsv/jsonl): query, arabic, english, category, clitics, via (headword,
/// variant, form, starts, english, also), location.
///
/// Examples:
///
///   dragoman glossary lookup وبالولايات
///
///   dragoman glossary lookup "الأمم المتحدة" لـ«داعش»
///
///   dragoman glossary lookup "islamic state" --format csv
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Arabic or English words or phrases (quote a phrase).
    #[arg(value_name = "WORD", required = true)]
    words: Vec<String>,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,

    #[command(flatten)]
    output: OutputArgs,
}

/// One lookup result.
struct Hit {
    entry: usize,
    clitics: String,
    via: &'static str,
}

pub fn run(args: Args) -> Result<Status> {
    let matcher = args.glossary.matcher()?;
    let entries = matcher.glossary().entries();
    let table = args.format.table(
        &[
            "query", "arabic", "english", "category", "clitics", "via", "location",
        ],
        args.output.raw,
    );
    let mut out = args.output.create()?;
    let mut buf = table.as_ref().map(Table::header).unwrap_or_default();
    let mut missing = 0;
    for word in &args.words {
        let hits = if word.chars().any(|c| c.is_ascii_alphabetic()) {
            english_hits(entries, word)
        } else {
            arabic_hits(&matcher, word)
        };
        if hits.is_empty() {
            eprintln!("dragoman: no glossary entry for '{word}'");
            missing += 1;
            continue;
        }
        for h in hits {
            let e = &entries[h.entry];
            match &table {
                Some(t) => t.row(
                    &mut buf,
                    &[
                        Cell::from(word.as_str()),
                        Cell::from(e.arabic.as_str()),
                        Cell::from(e.english.as_str()),
                        Cell::from(e.category.name()),
                        Cell::from(h.clitics.as_str()),
                        Cell::from(h.via),
                        Cell::from(e.origin.to_string()),
                    ],
                ),
                None => {
                    let mut line = format!(
                        "{word}\t{} → {} ({}, {})",
                        e.arabic, e.english, e.category, e.origin
                    );
                    if !h.clitics.is_empty() {
                        write!(line, " clitics: {}", h.clitics).expect("String");
                    }
                    if h.via != "headword" {
                        write!(line, " via: {}", h.via).expect("String");
                    }
                    if !e.variants.is_empty() {
                        write!(line, " variants: {}", e.variants.join(" | ")).expect("String");
                    }
                    if !e.note.is_empty() {
                        write!(line, " note: {}", e.note).expect("String");
                    }
                    buf.extend_from_slice(line.as_bytes());
                    buf.push(b'\n');
                }
            }
        }
    }
    out.put(&buf)?;
    out.finish()?;
    Ok(if missing > 0 {
        Status::SomeFailed
    } else {
        Status::Ok
    })
}

fn arabic_hits(matcher: &Matcher, word: &str) -> Vec<Hit> {
    // Quotes and punctuation around the word are not part of it (`لـ«داعش»`).
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric() && !('\u{064B}'..='\u{065F}').contains(&c));
    let entries = matcher.glossary().entries();
    let via = |entry: usize, core: &str| {
        let k = lint::key(core);
        let e = &entries[entry];
        if lint::key(&e.arabic) == k {
            "headword"
        } else if e.variants.iter().any(|v| lint::key(v) == k) {
            "variant"
        } else {
            "form"
        }
    };
    let mut hits: Vec<Hit> = matcher
        .lookup(word)
        .into_iter()
        .map(|m| Hit {
            entry: m.entry,
            via: via(m.entry, m.core.slice(word)),
            clitics: m.clitics,
        })
        .collect();
    if hits.is_empty() && !word.contains(char::is_whitespace) {
        // The start of a multi-word term: complete it with each term's other words.
        let mut seen = HashSet::new();
        for (i, e) in entries.iter().enumerate() {
            for s in e.spellings() {
                let Some((_, rest)) = s.split_once(' ') else {
                    continue;
                };
                let probe = format!("{word} {rest}");
                for m in matcher.lookup(&probe) {
                    if m.entry == i && seen.insert(i) {
                        hits.push(Hit {
                            entry: i,
                            clitics: m.clitics,
                            via: "starts",
                        });
                    }
                }
            }
        }
    }
    hits
}

fn english_hits(entries: &[Entry], query: &str) -> Vec<Hit> {
    let q = query.trim().to_lowercase();
    let mut hits = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let via = if contains_words(&e.english.to_lowercase(), &q) {
            "english"
        } else if also(&e.note).any(|a| contains_words(&a.to_lowercase(), &q)) {
            "also"
        } else {
            continue;
        };
        hits.push(Hit {
            entry: i,
            clitics: String::new(),
            via,
        });
    }
    hits
}

/// The alternatives of a note's `also: a, b` parts.
fn also(note: &str) -> impl Iterator<Item = &str> {
    note.split(';')
        .filter_map(|p| p.trim().strip_prefix("also:"))
        .flat_map(|list| list.split(','))
        .map(str::trim)
}

/// Does `text` contain `phrase` starting and ending at word boundaries?
fn contains_words(text: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(phrase).any(|(i, _)| {
        boundary(text[..i].chars().next_back()) && boundary(text[i + phrase.len()..].chars().next())
    })
}
