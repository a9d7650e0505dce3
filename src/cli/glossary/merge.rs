//! `dragoman glossary merge`.

use std::path::PathBuf;

use crate::error::Result;
use crate::glossary::{interchange, merge, Entry, Glossary};

use crate::cli::common::{GlossaryArgs, OutputArgs};
use crate::cli::Status;

/// Merge glossary files into one sorted (by category, then Arabic), deduplicated file.
///
/// Rows with the same Arabic key (normalized, article aside) and the same English and
/// category become one row: variants unioned, notes and sources joined with `; `. Rows with
/// the same key and a different English are conflicts: each is reported on stderr with both
/// locations and kept as its own row, its note starting `CONFLICT: …`; the exit code is
/// then 1. With no FILE the glossaries of `--glossary` (default: the built-in one) are merged;
/// with FILEs, `--glossary` glossaries (if given) come first.
///
/// Examples:
///
///   dragoman glossary merge glossaries/ extra.csv -o merged.csv
///
///   dragoman glossary merge --glossary +extra.csv -o all.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Glossary files or directories, in priority order (the first row of a group leads).
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    #[command(flatten)]
    glossary: GlossaryArgs,

    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: Args) -> Result<Status> {
    let mut entries: Vec<Entry> = Vec::new();
    if args.files.is_empty() || !args.glossary.glossary.is_empty() {
        entries.extend(args.glossary.load()?.entries().iter().cloned());
    }
    entries.extend(Glossary::load(&args.files)?.entries().iter().cloned());
    let m = merge::merge(entries);
    for c in &m.conflicts {
        eprintln!("dragoman: {c}");
    }
    let mut out = args.output.create()?;
    out.put(&interchange::to_csv(&m.entries, args.output.raw))?;
    out.finish()?;
    eprintln!(
        "dragoman: {} rows written, {} merged into others, {} conflicts",
        m.entries.len(),
        m.merged,
        m.conflicts.len()
    );
    Ok(if m.conflicts.is_empty() {
        Status::Ok
    } else {
        Status::SomeFailed
    })
}
