//! `dragoman glossary coverage`.

use std::fmt::Write as _;

use crate::batch;
use crate::error::{Error, Result};
use crate::glossary::coverage::Coverage;
use crate::table::Cell;

use super::ReportFormat;
use crate::cli::common::{self, GlossaryArgs, InputArgs, OutputArgs};
use crate::cli::Status;

/// How a glossary covers a corpus: hits per entry, the share of Arabic word tokens inside
/// some match, and the entries never seen.
///
/// Text output: a summary, the top entries by hits (`--all`: every entry seen), and with
/// `--unseen` the entries never matched. csv/tsv/jsonl: rows of arabic, english, category,
/// location, hits (the same selection; unseen entries with 0 hits), the summary on stderr.
///
/// Examples:
///
///   dragoman glossary coverage samples/ar/
///
///   dragoman glossary coverage --all --unseen --format csv corpus/ -o coverage.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// How many of the most frequent entries to list.
    #[arg(long, default_value_t = 20, value_name = "N")]
    top: usize,

    /// List every entry seen, not only the top N.
    #[arg(long)]
    all: bool,

    /// Also list the entries never seen.
    #[arg(long)]
    unseen: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,

    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: Args) -> Result<Status> {
    let matcher = args.glossary.matcher()?;
    let entries = matcher.glossary().entries();
    let mut total = Coverage::new(entries.len());
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| Ok::<_, Error>(Coverage::document(&matcher, &doc.text)),
        |_, c| {
            total.add(&c);
            Ok(())
        },
        common::report,
    )?;
    let ranked = total.ranked();
    let shown = if args.all {
        &ranked[..]
    } else {
        &ranked[..args.top.min(ranked.len())]
    };
    let unseen = total.unseen();
    let summary = format!(
        "documents: {}\narabic word tokens: {}\ncovered by a glossary term: {} ({:.1}%)\n\
         matches: {}\nentries seen: {} of {}\nentries never seen: {}\n",
        total.documents,
        total.tokens,
        total.covered,
        100.0 * total.share(),
        total.matches,
        ranked.len(),
        entries.len(),
        unseen.len()
    );
    let mut out = args.output.create()?;
    let columns = &["arabic", "english", "category", "location", "hits"];
    match args.format.table(columns, args.output.raw) {
        Some(t) => {
            eprint!("{summary}");
            let mut buf = t.header();
            let extra: &[usize] = if args.unseen { &unseen } else { &[] };
            for &i in shown.iter().chain(extra) {
                let e = &entries[i];
                t.row(
                    &mut buf,
                    &[
                        Cell::from(e.arabic.as_str()),
                        Cell::from(e.english.as_str()),
                        Cell::from(e.category.name()),
                        Cell::from(e.origin.to_string()),
                        Cell::Num(total.hits[i]),
                    ],
                );
            }
            out.put(&buf)?;
        }
        None => {
            let mut text = summary;
            let title = if args.all {
                "entries seen, by hits".to_string()
            } else {
                format!("top {} entries by hits", shown.len())
            };
            writeln!(text, "\n{title}:").expect("String");
            for &i in shown {
                let e = &entries[i];
                writeln!(
                    text,
                    "{:>7}  {} → {} ({}, {})",
                    total.hits[i], e.arabic, e.english, e.category, e.origin
                )
                .expect("String");
            }
            if args.unseen {
                writeln!(text, "\nentries never seen:").expect("String");
                for &i in &unseen {
                    let e = &entries[i];
                    writeln!(
                        text,
                        "  {} → {} ({}, {})",
                        e.arabic, e.english, e.category, e.origin
                    )
                    .expect("String");
                }
            }
            out.put(text.as_bytes())?;
        }
    }
    common::finish(out, &totals)
}
