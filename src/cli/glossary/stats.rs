//! `dragoman glossary stats`.

use std::fmt::Write as _;

use crate::error::Result;
use crate::glossary::{Category, Entry};
use crate::table::Cell;

use super::ReportFormat;
use crate::cli::common::{GlossaryArgs, OutputArgs};
use crate::cli::Status;

/// Count entries per category and per file, and in all.
///
/// Columns (csv/tsv/jsonl): kind (`category`, `file` or `total`), name, entries, spellings
/// (headwords plus variants).
///
/// Examples:
///
///   dragoman glossary stats
///
///   dragoman glossary stats --format csv --glossary +my-terms.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,

    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: Args) -> Result<Status> {
    let g = args.glossary.load()?;
    let mut rows: Vec<(&str, String, usize, usize)> = Vec::new();
    for c in Category::ALL {
        let of: Vec<&Entry> = g.entries().iter().filter(|e| e.category == c).collect();
        let spellings = of.iter().map(|e| 1 + e.variants.len()).sum();
        rows.push(("category", c.name().to_string(), of.len(), spellings));
    }
    let mut files: Vec<(String, usize, usize)> = Vec::new();
    for e in g.entries() {
        let name = e.origin.path.display().to_string();
        match files.iter_mut().find(|f| f.0 == name) {
            Some(f) => {
                f.1 += 1;
                f.2 += 1 + e.variants.len();
            }
            None => files.push((name, 1, 1 + e.variants.len())),
        }
    }
    rows.extend(files.into_iter().map(|(n, e, s)| ("file", n, e, s)));
    let spellings = g.entries().iter().map(|e| 1 + e.variants.len()).sum();
    rows.push(("total", String::new(), g.len(), spellings));
    let mut out = args.output.create()?;
    match args
        .format
        .table(&["kind", "name", "entries", "spellings"], args.output.raw)
    {
        Some(t) => {
            let mut buf = t.header();
            for (kind, name, entries, spellings) in &rows {
                t.row(
                    &mut buf,
                    &[
                        Cell::from(*kind),
                        Cell::from(name.as_str()),
                        Cell::from(*entries),
                        Cell::from(*spellings),
                    ],
                );
            }
            out.put(&buf)?;
        }
        None => {
            let width = rows
                .iter()
                .map(|r| r.1.chars().count())
                .max()
                .unwrap_or(0)
                .max(8);
            let mut text = String::new();
            let mut last = "";
            for (kind, name, entries, spellings) in &rows {
                if *kind != last {
                    if !last.is_empty() {
                        text.push('\n');
                    }
                    let title = if *kind == "total" { "" } else { kind };
                    if !title.is_empty() {
                        writeln!(
                            text,
                            "{title:<width$}  {:>7}  {:>9}",
                            "entries", "spellings"
                        )
                        .expect("writing to a String");
                    }
                    last = kind;
                }
                let name = if *kind == "total" { "total" } else { name };
                writeln!(text, "{name:<width$}  {entries:>7}  {spellings:>9}")
                    .expect("writing to a String");
            }
            out.put(text.as_bytes())?;
        }
    }
    out.finish()?;
    Ok(Status::Ok)
}
