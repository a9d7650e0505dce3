use std::path::{Path, PathBuf};

use crate::check::{self, Check, Checked, CheckedPair, Checker, Severity};
use crate::error::{Error, Result};
use crate::extract::{document_date, Context};
use crate::input::{self, Glob};
use crate::segment::Layout;
use crate::span::{CharOffsets, Span};
use crate::table::Cell;

use super::common::{self, GlossaryArgs, InputArgs, InputFormatArg, OutputArgs, RowFormat};
use super::Status;

/// Check translations against the glossary: terms not rendered as the glossary says,
/// forbidden renderings, numbers that differ, untranslated or unaligned sentences.
///
/// Each Arabic document is aligned with its English (as `align` does) and every pair checked.
/// Checks: term-missing (error for names, warning for titles and nationalities, info for other
/// vocabulary; an `also:`
/// alternative, a synonym with the same English, plurals, possessives, hyphenation and light
/// stemming are accepted), term-count (info: more in the Arabic than in the English),
/// forbidden-term (error: the English of an entry whose guard says `status: forbidden`),
/// number-mismatch (error: a number, amount, percentage, casualty count or the digits of a
/// date with no equal value in the English), untranslated (error), unaligned (warning).
///
/// Inputs: Arabic files or directories with --english (a file, or a directory with the same
/// relative names, `x.ar.txt` ↔ `x.en.txt`), JSON Lines / CSV with an `english` field, and TMX
/// files (`*.tmx`, pairs taken as aligned: the `ar*` and `en*` variants of each unit).
///
/// Output: one row per finding (doc_id, pair, check, severity, start, end — code points of
/// the Arabic the finding is about —, arabic, english — the pair's English —, entry,
/// message); a summary per check and per term on stderr; --html writes a self-contained
/// report page. Exit code 1 with --strict when an error-level finding is left (for a
/// translation team's CI), or when an input failed.
///
/// Examples:
///
///   dragoman check --english samples/parallel --glob '*.ar.txt' samples/parallel
///
///   dragoman check memory.tmx --checks term-missing,forbidden-term --html report.html
///
///   dragoman check --strict --format jsonl batch.jsonl -o findings.jsonl
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Arabic files, directories (searched recursively), JSONL/CSV with an `english` field,
    /// or TMX files; `-` or nothing reads stdin.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// English translations: a file (for a single document), or a directory holding a file
    /// with the same relative name as each Arabic one (`x.ar.txt` also pairs with `x.en.txt`).
    #[arg(long, value_name = "PATH")]
    english: Option<PathBuf>,

    /// Which files to take from directories: `*.txt` (the default), `*.ar.txt`, `**/*.md`.
    #[arg(long, value_name = "PATTERN", value_parser = Glob::new)]
    glob: Option<Glob>,

    /// How to read inputs other than `*.tmx`: by extension, or forced.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto, value_name = "FORMAT")]
    input_format: InputFormatArg,

    /// The checks to run, comma-separated (default: all): term-missing, term-count,
    /// forbidden-term, number-mismatch, untranslated, unaligned.
    #[arg(long, value_delimiter = ',', value_parser = parse_check, value_name = "CHECKS")]
    checks: Vec<Check>,

    /// Exit with code 1 when any error-level finding is left.
    #[arg(long)]
    strict: bool,

    /// Also write the findings as one self-contained HTML page (atomically).
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,

    /// Reference date for relative dates, as YYYY-MM-DD; a JSONL/CSV document's own `date`
    /// wins.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,

    /// Output format of the findings.
    #[arg(long, value_enum, default_value_t = RowFormat::Csv)]
    format: RowFormat,

    /// No summary on stderr.
    #[arg(short, long)]
    quiet: bool,

    /// Worker threads (0: one per core).
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N", value_parser = common::parse_threads)]
    threads: usize,

    #[command(flatten)]
    glossary: GlossaryArgs,

    #[command(flatten)]
    output: OutputArgs,
}

fn parse_check(name: &str) -> std::result::Result<Check, String> {
    Check::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Check::ALL.iter().map(|c| c.name()).collect();
        format!("'{name}' is not a check; use one of {}", names.join(", "))
    })
}

const COLUMNS: &[&str] = &[
    "doc_id", "pair", "check", "severity", "start", "end", "arabic", "english", "entry", "message",
];

/// One document to check: Arabic, English, and its pairs when given aligned (TMX).
struct Job {
    id: String,
    arabic: String,
    english: String,
    pairs: Option<Vec<CheckedPair>>,
    context: Context,
}

pub fn run(args: Args) -> Result<Status> {
    let date = common::date_arg(args.date.as_deref())?;
    let mut checker = Checker::new(args.glossary.matcher()?);
    if !args.checks.is_empty() {
        checker = checker.with_checks(&args.checks);
    }
    let english = args.english.as_deref();
    if let Some(p) = english {
        std::fs::metadata(p).map_err(|e| Error::io(Some(p), e))?;
    }
    let (tmx, others): (Vec<PathBuf>, Vec<PathBuf>) = args
        .inputs
        .iter()
        .cloned()
        .partition(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("tmx")));
    let table = args.output.table(args.format.into(), COLUMNS);
    let mut out = args.output.create()?;
    out.put(&table.header())?;
    let mut rows: Vec<check::Row> = Vec::new();
    let mut errors = 0usize;
    let mut failed = 0usize;
    let mut emit = |job: &Job, checked: &Checked, out: &mut crate::output::Output| -> Result<()> {
        let mut buf = Vec::new();
        for r in report_rows(job, checked, &checker) {
            errors += usize::from(r.1.severity == Severity::Error);
            table.row(
                &mut buf,
                &r.0.iter().map(|c| c.as_cell()).collect::<Vec<_>>(),
            );
            if args.html.is_some() || !args.quiet {
                rows.push(r.1);
            }
        }
        out.put(&buf)
    };

    for path in &tmx {
        match read_tmx(path) {
            Ok(mut job) => {
                job.context.reference_date = date;
                let pairs = job.pairs.take().unwrap_or_default();
                let checked = checker.check_aligned(&job.arabic, &job.english, pairs, &job.context);
                emit(&job, &checked, &mut out)?;
            }
            Err(e) => {
                failed += 1;
                common::report(&e);
            }
        }
    }
    let mut totals = crate::batch::Totals::default();
    if !others.is_empty() || tmx.is_empty() {
        let input = InputArgs {
            inputs: others,
            glob: args.glob.clone(),
            follow: false,
            input_format: args.input_format,
            text_column: "text".into(),
            id_column: None,
            strict: false,
            threads: args.threads,
            max_doc_bytes: input::DEFAULT_MAX_DOC_BYTES,
        };
        totals = crate::batch::run(
            input.documents(),
            args.threads,
            false,
            |doc| {
                let Some(en) = common::translation(doc, english)? else {
                    return Err(Error::usage(format!(
                        "{}: no English to check against; give --english or an `english` field",
                        doc.id
                    )));
                };
                let context = Context {
                    reference_date: document_date(doc, date)?,
                    layout: Layout::Auto,
                };
                let checked = checker.check(&doc.text, &en, &context);
                Ok::<_, Error>((
                    Job {
                        id: doc.id.clone(),
                        arabic: doc.text.clone(),
                        english: en,
                        pairs: None,
                        context,
                    },
                    checked,
                ))
            },
            |_, (job, checked)| emit(&job, &checked, &mut out),
            common::report,
        )?;
    }
    totals.failures += failed;
    if let Some(path) = &args.html {
        let mut page = crate::output::Output::create(Some(path))?;
        page.put(check::html(&rows).as_bytes())?;
        page.finish()?;
    }
    if !args.quiet {
        eprint!("{}", check::summary_table(&rows));
        eprintln!(
            "dragoman: {} findings ({} errors) in {} documents; {} failed",
            rows.len(),
            errors,
            totals.documents + tmx.len() - failed,
            totals.failures
        );
    }
    let status = common::finish(out, &totals)?;
    if args.strict && errors > 0 {
        return Ok(Status::SomeFailed);
    }
    Ok(status)
}

/// A cell owned by its row.
enum Owned {
    Str(String),
    Num(usize),
}

impl Owned {
    fn as_cell(&self) -> Cell<'_> {
        match self {
            Owned::Str(s) => Cell::from(s.as_str()),
            Owned::Num(n) => Cell::from(*n),
        }
    }
}

/// The output cells and the report row of every finding of a document.
fn report_rows(job: &Job, checked: &Checked, checker: &Checker) -> Vec<(Vec<Owned>, check::Row)> {
    let mut offsets = CharOffsets::new(&job.arabic);
    let mut spans: Vec<(usize, Span)> = checked
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| (i, f.arabic))
        .collect();
    spans.sort_by_key(|(_, s)| s.start);
    let mut chars = vec![(0, 0); spans.len()];
    for (i, s) in &spans {
        chars[*i] = offsets.span(*s);
    }
    checked
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let pair = &checked.pairs[f.pair];
            let english = pair.english.slice(&job.english).to_string();
            let entry = f
                .entry
                .map(|e| {
                    let e = &checker.matcher().glossary().entries()[e];
                    format!("{} = {}", e.arabic, e.english)
                })
                .unwrap_or_default();
            let arabic = f.arabic.slice(&job.arabic).to_string();
            // The pair's Arabic around the span the finding is about.
            let p = pair.arabic;
            let (a0, a1, a2) = if !f.arabic.is_empty() && p.contains(f.arabic) {
                (
                    job.arabic[p.start..f.arabic.start].to_string(),
                    arabic.clone(),
                    job.arabic[f.arabic.end..p.end].to_string(),
                )
            } else {
                (
                    String::new(),
                    p.slice(&job.arabic).to_string(),
                    String::new(),
                )
            };
            let cells = vec![
                Owned::Str(job.id.clone()),
                Owned::Num(f.pair + 1),
                Owned::Str(f.check.name().into()),
                Owned::Str(f.severity.name().into()),
                Owned::Num(chars[i].0),
                Owned::Num(chars[i].1),
                Owned::Str(arabic),
                Owned::Str(english.clone()),
                Owned::Str(entry.clone()),
                Owned::Str(f.message.clone()),
            ];
            let row = check::Row {
                doc_id: job.id.clone(),
                pair: f.pair + 1,
                check: f.check,
                severity: f.severity,
                arabic: (a0, a1, a2),
                english,
                entry,
                message: f.message.clone(),
            };
            (cells, row)
        })
        .collect()
}

/// A TMX file as one document: the `ar*` segments joined by line breaks, the `en*` segments
/// likewise, and one pair per unit with both.
fn read_tmx(path: &Path) -> Result<Job> {
    let text = input::read_file(path, input::DEFAULT_MAX_DOC_BYTES)?;
    let units = check::tmx_units(path, &text)?;
    let (mut arabic, mut english) = (String::new(), String::new());
    let mut pairs = Vec::new();
    for (ar, en) in units {
        let a = Span::new(arabic.len(), arabic.len() + ar.len());
        arabic.push_str(&ar);
        arabic.push('\n');
        let e = Span::new(english.len(), english.len() + en.len());
        english.push_str(&en);
        english.push('\n');
        pairs.push(CheckedPair {
            arabic: a,
            english: e,
            score: 1.0,
        });
    }
    Ok(Job {
        id: path.display().to_string(),
        arabic,
        english,
        pairs: Some(pairs),
        context: Context {
            reference_date: None,
            layout: Layout::Lines,
        },
    })
}
