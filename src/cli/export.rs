use std::path::PathBuf;

use crate::batch;
use crate::error::{Error, Result};
use crate::export::{Counts, Exporter};
use crate::normalize::{Normalizer, Profile};

use super::common::{self, GlossaryArgs, InputArgs, OutputArgs, RowFormat};
use super::layout::LayoutArgs;
use super::normalize::ProfileArg;
use super::progress::Progress;
use super::Status;

/// The main job: Arabic documents in, one bilingual row per sentence out, with glossary terms
/// and facts in English. Runs in parallel; rows come out in input order.
///
/// Columns: doc_id, sentence (1-based), start, end (Unicode code-point offsets of the
/// sentence in the original document), arabic (as written), normalized (`match` profile),
/// english (aligned translation, with --english), english_gloss (English of the sentence's
/// glossary terms, joined with ` · `), terms (`surface=english; …`), facts (`type: english; …`).
///
/// CSV cells that a spreadsheet would run as a formula get a leading `'`, bidi control
/// characters are written as `<U+200F>` and other control characters as `<U+0000>` (turn it
/// all off with --raw). JSONL carries terms and facts as arrays with spans and values.
///
/// Inputs: text files and directories (recursive, `*.txt`), stdin, JSON Lines
/// ({"id", "text", "date", "english"} per line) and CSV (--text-column, --id-column).
///
/// Examples:
///
///   dragoman export samples/ar -o samples.csv
///
///   dragoman export --english samples/parallel --glob '*.ar.txt' samples/parallel -o pairs.csv
///
///   dragoman export --input-format jsonl --format jsonl --no-header < part-0001.jsonl
///
///   dragoman export --bom --date 2024-05-14 articles/ -o for-excel.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = RowFormat::Csv)]
    format: RowFormat,

    /// Normalization profile of the `normalized` column.
    #[arg(long, value_enum, default_value_t = ProfileArg::Match)]
    profile: ProfileArg,

    /// English translations: a file (for a single document), or a directory holding a file
    /// with the same relative name as each Arabic one (`x.ar.txt` also pairs with `x.en.txt`).
    /// JSONL/CSV inputs can carry an `english` field instead.
    #[arg(long, value_name = "PATH")]
    english: Option<PathBuf>,

    /// Reference date for relative dates (أمس، الشهر الماضي) and weekdays, as YYYY-MM-DD; a
    /// JSONL/CSV document's own `date` wins.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,

    /// Start the file with a UTF-8 byte-order mark, so that Excel opens Arabic correctly.
    #[arg(long)]
    bom: bool,

    /// Leave out the header row (for all but the first shard of a sharded run).
    #[arg(long)]
    no_header: bool,

    /// No progress line and no summary on stderr.
    #[arg(short, long)]
    quiet: bool,

    #[command(flatten)]
    layout: LayoutArgs,

    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: Args) -> Result<Status> {
    let date = common::date_arg(args.date.as_deref())?;
    let normalizer = Normalizer::new(Profile::from(args.profile).rules());
    let exporter = Exporter::new(args.glossary.matcher()?, normalizer, args.format.into())
        .with_date(date)
        .with_layout(args.layout.get())
        .raw(args.output.raw);
    let english = args.english.as_deref();
    if let Some(p) = english {
        std::fs::metadata(p).map_err(|e| Error::io(Some(p), e))?;
    }

    let mut out = args.output.create()?;
    if args.bom && args.format != RowFormat::Jsonl {
        out.put("\u{FEFF}".as_bytes())?;
    }
    if !args.no_header {
        out.put(&exporter.table().header())?;
    }
    let progress =
        std::cell::RefCell::new(Progress::new(!args.quiet, input_size(&args.input.inputs)));
    let mut counts = Counts::default();
    let mut done = 0;
    let mut bytes = 0u64;
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| {
            let translation = common::translation(doc, english)?;
            let mut buf = Vec::new();
            let c = exporter.render(doc, translation.as_deref(), &mut buf)?;
            Ok::<_, Error>((buf, c))
        },
        |doc, (buf, c)| {
            counts += c;
            done += 1;
            bytes += doc.text.len() as u64;
            progress.borrow_mut().tick(done, bytes);
            out.put_buf(buf)
        },
        |e| {
            progress.borrow().clear();
            common::report(e);
        },
    )?;
    let progress = progress.into_inner();
    progress.clear();
    let status = common::finish(out, &totals)?;
    if !args.quiet {
        let secs = progress.elapsed().as_secs_f64().max(1e-6);
        eprintln!(
            "dragoman: exported {} documents, {} sentences, {} terms, {} facts; {} failed; \
             {:.1} MB in {:.1} s ({:.1} MB/s){}",
            totals.documents,
            counts.sentences,
            counts.terms,
            counts.facts,
            totals.failures,
            totals.bytes as f64 / 1e6,
            secs,
            totals.bytes as f64 / 1e6 / secs,
            if totals.stopped {
                "; stopped at the first failure (--strict)"
            } else {
                ""
            }
        );
    }
    Ok(status)
}

/// Total size of the named input files (for the ETA); `None` for stdin.
fn input_size(paths: &[PathBuf]) -> Option<u64> {
    if paths.is_empty() || paths.iter().any(|p| p.as_os_str() == "-") {
        return None;
    }
    let mut total = 0;
    let mut stack: Vec<PathBuf> = paths.to_vec();
    while let Some(p) = stack.pop() {
        let meta = std::fs::metadata(&p).ok()?;
        if meta.is_dir() {
            for e in std::fs::read_dir(&p).ok()? {
                stack.push(e.ok()?.path());
            }
        } else {
            total += meta.len();
        }
    }
    Some(total)
}
