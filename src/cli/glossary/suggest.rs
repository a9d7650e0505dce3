//! `dragoman glossary suggest`.

use crate::batch;
use crate::error::{Error, Result};
use crate::glossary::coverage::{SuggestOptions, Suggester};
use crate::table::{Cell, TableFormat};

use crate::cli::common::{self, GlossaryArgs, InputArgs, OutputArgs};
use crate::cli::Status;

/// Suggest glossary entries: frequent word n-grams (1–4 words) of a corpus that no entry
/// covers, ranked by frequency × association, stop words removed, written as a glossary CSV
/// for a curator to fill in `english`.
///
/// Columns: arabic (the most frequent surface form, proclitics و ف ب ك ل cut off), english
/// (empty), category (a guess, else `term`), variants, note (empty), source (`suggested from
/// CORPUS`), count, score, example (a sentence with the n-gram, trimmed). The ranking is
/// documented in the `glossary::coverage` module: score = count for one word, count × mean
/// PMI (bits) for n ≥ 2; n-grams seen fewer than `--min-count` times are left out; an n-gram
/// only ever seen inside a longer candidate is left out; ties are broken by text.
///
/// Examples:
///
///   dragoman glossary suggest samples/ar/ -o suggestions.csv
///
///   dragoman glossary suggest --top 50 --max-words 2 corpus.jsonl
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// How many suggestions to write (0: all).
    #[arg(long, default_value_t = 200, value_name = "N")]
    top: usize,

    /// Fewest occurrences of an n-gram to suggest it.
    #[arg(long, default_value_t = 2, value_name = "N")]
    min_count: u64,

    /// Longest n-gram, in words (1–4).
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=4))]
    max_words: u8,

    #[command(flatten)]
    output: OutputArgs,
}

const COLUMNS: &[&str] = &[
    "arabic", "english", "category", "variants", "note", "source", "count", "score", "example",
];

pub fn run(args: Args) -> Result<Status> {
    let matcher = args.glossary.matcher()?;
    let mut suggester = Suggester::new(&matcher);
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| Ok::<_, Error>(Suggester::read(&matcher, &doc.text)),
        |_, sentences| {
            suggester.add(sentences);
            Ok(())
        },
        common::report,
    )?;
    let found = suggester.suggest(SuggestOptions {
        max_n: args.max_words as usize,
        min_count: args.min_count,
        top: args.top,
    });
    let corpus = if args.input.inputs.is_empty() {
        "stdin".to_string()
    } else {
        args.input
            .inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let source = format!("suggested from {corpus}");
    let table = args.output.table(TableFormat::Csv, COLUMNS);
    let mut buf = table.header();
    for s in &found {
        table.row(
            &mut buf,
            &[
                Cell::from(s.arabic.as_str()),
                Cell::from(""),
                Cell::from(s.category.name()),
                Cell::from(""),
                Cell::from(""),
                Cell::from(source.as_str()),
                Cell::Num(s.count),
                Cell::from(format!("{:.1}", s.score)),
                Cell::from(s.example.as_str()),
            ],
        );
    }
    let mut out = args.output.create()?;
    out.put(&buf)?;
    common::finish(out, &totals)
}
