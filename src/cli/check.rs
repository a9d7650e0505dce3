use std::path::{Path, PathBuf};

use crate::check::{self, Check, Checked, CheckedPair, Checker};
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
/// Checks: term-missing (error for names, warning for titles and nationalities and for the
/// vocabulary of a glossary file given with --glossary, info for dragoman's built-in
/// vocabulary, reported with --min-severity info; an `also:`
/// alternative, a synonym with the same English, plurals, possessives, hyphenation and light
/// stemming are accepted), term-count (info: more in the Arabic than in the English),
/// forbidden-term (error: the English of an entry whose guard says `status: forbidden`),
/// number-mismatch (error: a number, amount, percentage, casualty count or the digits of a
/// date with no equal value in the English), untranslated (error: an English side, or a line
/// of it, in Arabic script), unaligned (warning: Arabic with no English, or a sentence joined
/// to a neighbour's pair with none of its glossary terms in the English).
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

    /// The least severe findings reported: `warning` (the default: errors and warnings),
    /// `error`, or `info` to add the advisory ones (a term of dragoman's built-in vocabulary
    /// not rendered as the glossary says, counts that differ: on human translations they are
    /// mostly paraphrases).
    #[arg(long, value_enum, default_value_t = MinSeverity::Warning, value_name = "LEVEL")]
    min_severity: MinSeverity,

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

/// `--min-severity`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum MinSeverity {
    Error,
    Warning,
    Info,
}

impl MinSeverity {
    /// Is a finding of severity `s` reported?
    fn reports(self, s: check::Severity) -> bool {
        let least = match self {
            MinSeverity::Error => check::Severity::Error,
            MinSeverity::Warning => check::Severity::Warning,
            MinSeverity::Info => check::Severity::Info,
        };
        s <= least
    }
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

/// A TMX file read as one document: its Arabic, its English and the pairs its units give.
struct Tmx {
    id: String,
    arabic: String,
    english: String,
    pairs: Vec<CheckedPair>,
}

/// One finding as reported: the row's code-point offsets and Arabic, and what the summary and
/// the HTML page show.
struct Reported {
    chars: (usize, usize),
    arabic: String,
    row: check::Row,
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
    // The page needs every row; the summary only their counts.
    let mut rows: Vec<check::Row> = Vec::new();
    let mut tally = check::Tally::default();
    // Findings below --min-severity: counted, so that the summary says they exist.
    let mut hidden = 0usize;
    let mut emit = |found: Vec<Reported>, out: &mut crate::output::Output| -> Result<()> {
        let mut buf = Vec::new();
        for f in found {
            let r = &f.row;
            if !args.min_severity.reports(r.severity) {
                hidden += 1;
                continue;
            }
            table.row(
                &mut buf,
                &[
                    Cell::from(r.doc_id.as_str()),
                    Cell::from(r.pair),
                    Cell::from(r.check.name()),
                    Cell::from(r.severity.name()),
                    Cell::from(f.chars.0),
                    Cell::from(f.chars.1),
                    Cell::from(f.arabic.as_str()),
                    Cell::from(r.english.as_str()),
                    Cell::from(r.entry.as_str()),
                    Cell::from(r.message.as_str()),
                ],
            );
            tally.add(r);
            if args.html.is_some() {
                rows.push(f.row);
            }
        }
        out.put(&buf)
    };

    let mut failed = 0usize;
    for path in &tmx {
        match read_tmx(path) {
            Ok(doc) => {
                let context = Context {
                    reference_date: date,
                    layout: Layout::Lines,
                };
                let checked = checker.check_aligned(&doc.arabic, &doc.english, doc.pairs, &context);
                emit(
                    report(&doc.id, &doc.arabic, &doc.english, &checked, &checker),
                    &mut out,
                )?;
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
                Ok::<_, Error>(report(&doc.id, &doc.text, &en, &checked, &checker))
            },
            |_, found| emit(found, &mut out),
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
        eprint!("{}", tally.table());
        eprintln!(
            "dragoman: {} findings ({} errors) in {} documents; {} failed{}",
            tally.findings(),
            tally.errors(),
            totals.documents + tmx.len() - failed,
            totals.failures,
            if hidden > 0 {
                format!("; {hidden} more below --min-severity, not shown")
            } else {
                String::new()
            }
        );
    }
    let status = common::finish(out, &totals)?;
    if args.strict && tally.errors() > 0 {
        return Ok(Status::SomeFailed);
    }
    Ok(status)
}

/// Every finding of one document (`arabic` and `english` its texts), as reported.
fn report(
    id: &str,
    arabic: &str,
    english: &str,
    checked: &Checked,
    checker: &Checker,
) -> Vec<Reported> {
    // Findings are in pair order, not span order: offsets converted in one sorted pass.
    let mut offsets = CharOffsets::new(arabic);
    let mut order: Vec<usize> = (0..checked.findings.len()).collect();
    order.sort_by_key(|&i| checked.findings[i].arabic.start);
    let mut chars = vec![(0, 0); order.len()];
    for i in order {
        chars[i] = offsets.span(checked.findings[i].arabic);
    }
    checked
        .findings
        .iter()
        .zip(chars)
        .map(|(f, chars)| {
            let pair = &checked.pairs[f.pair];
            let entry = f
                .entry
                .map(|e| {
                    let e = &checker.matcher().glossary().entries()[e];
                    format!("{} = {}", e.arabic, e.english)
                })
                .unwrap_or_default();
            let text = f.arabic.slice(arabic).to_string();
            // The pair's Arabic around the span the finding is about.
            let p = pair.arabic;
            let around = if !f.arabic.is_empty() && p.contains(f.arabic) {
                (
                    arabic[p.start..f.arabic.start].to_string(),
                    text.clone(),
                    arabic[f.arabic.end..p.end].to_string(),
                )
            } else {
                (String::new(), p.slice(arabic).to_string(), String::new())
            };
            Reported {
                chars,
                arabic: text,
                row: check::Row {
                    doc_id: id.to_string(),
                    pair: f.pair + 1,
                    check: f.check,
                    severity: f.severity,
                    arabic: around,
                    english: pair.english.slice(english).to_string(),
                    entry,
                    message: f.message.clone(),
                },
            }
        })
        .collect()
}

/// A TMX file as one document: the `ar*` segments joined by line breaks, the `en*` segments
/// likewise, and one pair per unit with both.
fn read_tmx(path: &Path) -> Result<Tmx> {
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
            unsure: false,
        });
    }
    Ok(Tmx {
        id: path.display().to_string(),
        arabic,
        english,
        pairs,
    })
}
