//! `dragoman glossary lint`.

use std::fmt::Write as _;
use std::path::Path;

use crate::error::{Error, Result};
use crate::glossary;
use crate::glossary::lint::{self, Source};

use crate::cli::common::{GlossaryArgs, OutputArgs};
use crate::cli::Status;

/// Check glossary files: duplicates, conflicting English for the same Arabic, colliding
/// variants, spellings that are not normalized (spaces, tatweel, diacritics, presentation
/// forms, invisible characters), calendar rows without their code, unknown categories.
///
/// Also finds collisions: spellings that the matcher reads into common Arabic words of another
/// sense (كانوا as Kano, جده as Jeddah, الفتح as Fatah), looked up in a list of common
/// words (built in: glossaries/common-words.txt, from wordfreq); an entry without a guard
/// that collides is an error (see glossaries/README.md, "Sense guards").
///
/// Prints one finding per line, `path:line: error|warning: message`, then a summary line
/// (`N errors, M warnings`). Exits 1 when there is an error. Bad rows are findings, not
/// load errors, so one run shows everything.
///
/// Examples:
///
///   dragoman glossary lint
///
///   dragoman glossary lint --glossary glossaries/geo.csv --glossary glossaries/orgs.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Skip the collision check against common words.
    #[arg(long)]
    no_collisions: bool,

    /// The common words of the collision check: `word<TAB>zipf` lines (`#` comments),
    /// instead of the built-in list.
    #[arg(long, value_name = "FILE")]
    common_words: Option<std::path::PathBuf>,

    #[command(flatten)]
    output: OutputArgs,
}

/// The raw files `--glossary` names (the built-in ones unless replaced).
fn lint_sources(args: &GlossaryArgs) -> Result<Vec<Source>> {
    let replace = args.glossary.iter().any(|p| !p.starts_with('+'));
    let mut sources = if replace {
        Vec::new()
    } else {
        lint::builtin_sources()
    };
    for p in &args.glossary {
        let path = Path::new(p.strip_prefix('+').unwrap_or(p));
        for file in glossary::csv_files(path)? {
            let bytes = std::fs::read(&file).map_err(|e| Error::io(Some(&file), e))?;
            sources.push(Source { path: file, bytes });
        }
    }
    Ok(sources)
}

pub fn run(args: Args) -> Result<Status> {
    let common_words = match (&args.common_words, args.no_collisions) {
        (_, true) => None,
        (Some(path), false) => {
            let bytes = std::fs::read(path).map_err(|e| Error::io(Some(path), e))?;
            let text = String::from_utf8_lossy(&bytes);
            Some(
                lint::CommonWords::parse(&text)
                    .map_err(|e| Error::usage(format!("{}: {e}", path.display())))?,
            )
        }
        (None, false) => Some(lint::CommonWords::builtin()),
    };
    let options = lint::Options { common_words };
    let report = lint::lint_with(&lint_sources(&args.glossary)?, &options);
    let mut out = args.output.create()?;
    let mut text = String::new();
    for f in &report.findings {
        writeln!(text, "{f}").expect("writing to a String");
    }
    writeln!(text, "{} ({} rows)", report.summary(), report.rows).expect("writing to a String");
    out.put(text.as_bytes())?;
    out.finish()?;
    Ok(if report.errors() > 0 {
        Status::SomeFailed
    } else {
        Status::Ok
    })
}
