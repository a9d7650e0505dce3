//! `dragoman glossary learn`.

use std::path::PathBuf;

use crate::align::learn;
use crate::error::Result;

use crate::cli::common::{GlossaryArgs, OutputArgs};
use crate::cli::Status;

/// Propose Arabic–English term pairs from aligned sentence pairs, for a curator to review.
///
/// Input: CSV or TSV files with `arabic` and `english` columns (the output of `dragoman
/// align`, or any aligned corpus). Output: a glossary CSV (arabic, english, category,
/// variants, note, source, score), best first, leaving out pairs the glossary already has.
///
/// Examples:
///
///   dragoman align --arabic ar/ --english en/ -o pairs.csv
///
///   dragoman glossary learn pairs.csv --min-count 3 -o proposed.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Aligned pairs: CSV/TSV files with `arabic` and `english` columns.
    #[arg(value_name = "ALIGNED", required = true)]
    inputs: Vec<PathBuf>,

    /// The glossary whose Arabic terms are already known (not proposed again).
    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Propose a pair only if it occurs in at least N aligned pairs.
    #[arg(long, default_value_t = 2, value_name = "N")]
    min_count: usize,

    /// At most N proposals.
    #[arg(long, default_value_t = 500, value_name = "N")]
    limit: usize,

    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: Args) -> Result<Status> {
    let glossary = args.glossary.load()?;
    let mut pairs = Vec::new();
    for path in &args.inputs {
        pairs.extend(learn::read_pairs(path)?);
    }
    let options = learn::Options {
        min_count: args.min_count,
        limit: args.limit,
    };
    let proposals = learn::learn(&pairs, &glossary, &options);
    let mut out = args.output.create()?;
    let mut buf = Vec::new();
    learn::write_csv(&mut buf, &proposals, args.output.raw);
    out.put(&buf)?;
    out.finish()?;
    Ok(Status::Ok)
}
