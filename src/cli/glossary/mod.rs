//! `dragoman glossary …`: one file per subcommand.

mod coverage;
mod export;
mod import;
mod learn;
mod lint;
mod lookup;
mod merge;
mod stats;
mod suggest;

use clap::ValueEnum;

use crate::error::Result;
use crate::table::{Table, TableFormat};

use super::Status;

/// Maintain glossaries: lint, stats, lookup, merge, coverage, suggest, learn, export, import.
///
/// Every subcommand but `import` works on the built-in glossary unless `--glossary PATH`
/// (a CSV file or a directory of them; repeatable) replaces it or `--glossary +PATH` adds to
/// it. Exit codes: 0 fine; 1 lint errors, merge conflicts, or a lookup that found nothing;
/// 2 usage or fatal error.
///
/// Examples:
///
///   dragoman glossary lint
///
///   dragoman glossary lint --glossary my-terms.csv
///
///   dragoman glossary lookup وبالولايات "united states"
///
///   dragoman glossary merge a.csv b.csv -o merged.csv
///
///   dragoman glossary coverage --unseen samples/ar/
///
///   dragoman glossary suggest samples/ar/ -o suggestions.csv
///
///   dragoman glossary learn pairs.csv -o proposed.csv
///
///   dragoman glossary export --format tbx -o glossary.tbx
///
///   dragoman glossary import --format omegat glossary.txt -o glossary.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(clap::Subcommand, Debug)]
enum Sub {
    Lint(lint::Args),
    Stats(stats::Args),
    Lookup(lookup::Args),
    Merge(merge::Args),
    Coverage(coverage::Args),
    Suggest(suggest::Args),
    Export(export::Args),
    Import(import::Args),
    Learn(learn::Args),
}

pub fn run(args: Args) -> Result<Status> {
    match args.command {
        Sub::Lint(a) => lint::run(a),
        Sub::Stats(a) => stats::run(a),
        Sub::Lookup(a) => lookup::run(a),
        Sub::Merge(a) => merge::run(a),
        Sub::Coverage(a) => coverage::run(a),
        Sub::Suggest(a) => suggest::run(a),
        Sub::Export(a) => export::run(a),
        Sub::Import(a) => import::run(a),
        Sub::Learn(a) => learn::run(a),
    }
}

/// Text for people, or a row format.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ReportFormat {
    Text,
    Csv,
    Tsv,
    Jsonl,
}

impl ReportFormat {
    /// The table of a row format (sanitizing unless `raw`), `None` for text.
    fn table(self, columns: &'static [&'static str], raw: bool) -> Option<Table> {
        let format = match self {
            ReportFormat::Text => return None,
            ReportFormat::Csv => TableFormat::Csv,
            ReportFormat::Tsv => TableFormat::Tsv,
            ReportFormat::Jsonl => TableFormat::Jsonl,
        };
        Some(Table::new(format, columns).raw(raw))
    }
}
