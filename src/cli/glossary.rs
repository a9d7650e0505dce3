use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use dragoman::batch;
use dragoman::error::{Error, Result};
use dragoman::glossary::coverage::{Coverage, SuggestOptions, Suggester};
use dragoman::glossary::lint::{self, Source};
use dragoman::glossary::{self, interchange, merge, Category, Entry, Glossary, Matcher};
use dragoman::output::Output;
use dragoman::table::{Cell, Table, TableFormat};

use super::common::{self, GlossaryArgs, InputArgs};
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
    Lint(LintArgs),
    Stats(StatsArgs),
    Lookup(LookupArgs),
    Merge(MergeArgs),
    Coverage(CoverageArgs),
    Suggest(SuggestArgs),
    Export(ExportArgs),
    Import(ImportArgs),
    Learn(super::align::LearnArgs),
}

pub fn run(args: Args) -> Result<Status> {
    match args.command {
        Sub::Lint(a) => lint(a),
        Sub::Stats(a) => stats(a),
        Sub::Lookup(a) => lookup(a),
        Sub::Merge(a) => merge(a),
        Sub::Coverage(a) => coverage(a),
        Sub::Suggest(a) => suggest(a),
        Sub::Export(a) => export(a),
        Sub::Import(a) => import(a),
        Sub::Learn(a) => super::align::run_learn(a),
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
    fn table(self, columns: &'static [&'static str]) -> Option<Table> {
        let format = match self {
            ReportFormat::Text => return None,
            ReportFormat::Csv => TableFormat::Csv,
            ReportFormat::Tsv => TableFormat::Tsv,
            ReportFormat::Jsonl => TableFormat::Jsonl,
        };
        Some(Table::new(format, columns))
    }
}

// ---------------------------------------------------------------------------------------
// lint

/// Check glossary files: duplicates, conflicting English for the same Arabic, colliding
/// variants, spellings that are not normalized (spaces, tatweel, diacritics, presentation
/// forms, invisible characters), calendar rows without their code, unknown categories.
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
struct LintArgs {
    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Write here (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
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

fn lint(args: LintArgs) -> Result<Status> {
    let report = lint::lint(&lint_sources(&args.glossary)?);
    let mut out = Output::create(args.output.as_deref())?;
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

// ---------------------------------------------------------------------------------------
// stats

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
struct StatsArgs {
    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,

    /// Write here (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn stats(args: StatsArgs) -> Result<Status> {
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
    let mut out = Output::create(args.output.as_deref())?;
    match args.format.table(&["kind", "name", "entries", "spellings"]) {
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

// ---------------------------------------------------------------------------------------
// lookup

/// Look words up: Arabic → English through the matcher, clitics stripped (وبالولايات
/// المتحدة → United States, clitics وب); Latin script → Arabic, case-insensitive, whole
/// words, in the English and in the note's `also: …` alternatives.
///
/// An Arabic word that is only the start of a multi-word term (وبالولايات) lists the terms
/// it starts (`via: starts`). Exits 1 when a WORD finds nothing.
///
/// Columns (csv/tsv/jsonl): query, arabic, english, category, clitics, via (headword,
/// variant, form, starts, english, also), location.
///
/// Examples:
///
///   dragoman glossary lookup وبالولايات
///
///   dragoman glossary lookup "الأمم المتحدة" لـ«داعش»
///
///   dragoman glossary lookup "islamic state" --format csv
#[derive(clap::Args, Debug)]
struct LookupArgs {
    /// Arabic or English words or phrases (quote a phrase).
    #[arg(value_name = "WORD", required = true)]
    words: Vec<String>,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
}

/// One lookup result.
struct Hit {
    entry: usize,
    clitics: String,
    via: &'static str,
}

fn lookup(args: LookupArgs) -> Result<Status> {
    let matcher = args.glossary.matcher()?;
    let entries = matcher.glossary().entries();
    let table = args.format.table(&[
        "query", "arabic", "english", "category", "clitics", "via", "location",
    ]);
    let mut out = Output::create(None)?;
    let mut buf = table.as_ref().map(Table::header).unwrap_or_default();
    let mut missing = 0;
    for word in &args.words {
        let hits = if word.chars().any(|c| c.is_ascii_alphabetic()) {
            english_hits(entries, word)
        } else {
            arabic_hits(&matcher, word)
        };
        if hits.is_empty() {
            eprintln!("dragoman: no glossary entry for '{word}'");
            missing += 1;
            continue;
        }
        for h in hits {
            let e = &entries[h.entry];
            match &table {
                Some(t) => t.row(
                    &mut buf,
                    &[
                        Cell::from(word.as_str()),
                        Cell::from(e.arabic.as_str()),
                        Cell::from(e.english.as_str()),
                        Cell::from(e.category.name()),
                        Cell::from(h.clitics.as_str()),
                        Cell::from(h.via),
                        Cell::from(e.origin.to_string()),
                    ],
                ),
                None => {
                    let mut line = format!(
                        "{word}\t{} → {} ({}, {})",
                        e.arabic, e.english, e.category, e.origin
                    );
                    if !h.clitics.is_empty() {
                        write!(line, " clitics: {}", h.clitics).expect("String");
                    }
                    if h.via != "headword" {
                        write!(line, " via: {}", h.via).expect("String");
                    }
                    if !e.variants.is_empty() {
                        write!(line, " variants: {}", e.variants.join(" | ")).expect("String");
                    }
                    if !e.note.is_empty() {
                        write!(line, " note: {}", e.note).expect("String");
                    }
                    buf.extend_from_slice(line.as_bytes());
                    buf.push(b'\n');
                }
            }
        }
    }
    out.put(&buf)?;
    out.finish()?;
    Ok(if missing > 0 {
        Status::SomeFailed
    } else {
        Status::Ok
    })
}

fn arabic_hits(matcher: &Matcher, word: &str) -> Vec<Hit> {
    // Quotes and punctuation around the word are not part of it (`لـ«داعش»`).
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric() && !('\u{064B}'..='\u{065F}').contains(&c));
    let entries = matcher.glossary().entries();
    let via = |entry: usize, core: &str| {
        let k = lint::key(core);
        let e = &entries[entry];
        if lint::key(&e.arabic) == k {
            "headword"
        } else if e.variants.iter().any(|v| lint::key(v) == k) {
            "variant"
        } else {
            "form"
        }
    };
    let mut hits: Vec<Hit> = matcher
        .lookup(word)
        .into_iter()
        .map(|m| Hit {
            entry: m.entry,
            via: via(m.entry, m.core.slice(word)),
            clitics: m.clitics,
        })
        .collect();
    if hits.is_empty() && !word.contains(char::is_whitespace) {
        // The start of a multi-word term: complete it with each term's other words.
        let mut seen = HashSet::new();
        for (i, e) in entries.iter().enumerate() {
            for s in e.spellings() {
                let Some((_, rest)) = s.split_once(' ') else {
                    continue;
                };
                let probe = format!("{word} {rest}");
                for m in matcher.lookup(&probe) {
                    if m.entry == i && seen.insert(i) {
                        hits.push(Hit {
                            entry: i,
                            clitics: m.clitics,
                            via: "starts",
                        });
                    }
                }
            }
        }
    }
    hits
}

fn english_hits(entries: &[Entry], query: &str) -> Vec<Hit> {
    let q = query.trim().to_lowercase();
    let mut hits = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let via = if contains_words(&e.english.to_lowercase(), &q) {
            "english"
        } else if also(&e.note).any(|a| contains_words(&a.to_lowercase(), &q)) {
            "also"
        } else {
            continue;
        };
        hits.push(Hit {
            entry: i,
            clitics: String::new(),
            via,
        });
    }
    hits
}

/// The alternatives of a note's `also: a, b` parts.
fn also(note: &str) -> impl Iterator<Item = &str> {
    note.split(';')
        .filter_map(|p| p.trim().strip_prefix("also:"))
        .flat_map(|list| list.split(','))
        .map(str::trim)
}

/// Does `text` contain `phrase` starting and ending at word boundaries?
fn contains_words(text: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let boundary = |c: Option<char>| c.map_or(true, |c| !c.is_alphanumeric());
    text.match_indices(phrase).any(|(i, _)| {
        boundary(text[..i].chars().next_back()) && boundary(text[i + phrase.len()..].chars().next())
    })
}

// ---------------------------------------------------------------------------------------
// merge

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
struct MergeArgs {
    /// Glossary files or directories, in priority order (the first row of a group leads).
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Write here (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn merge(args: MergeArgs) -> Result<Status> {
    let mut entries: Vec<Entry> = Vec::new();
    if args.files.is_empty() || !args.glossary.glossary.is_empty() {
        entries.extend(args.glossary.load()?.entries().iter().cloned());
    }
    entries.extend(Glossary::load(&args.files)?.entries().iter().cloned());
    let m = merge::merge(entries);
    for c in &m.conflicts {
        eprintln!("dragoman: {c}");
    }
    let mut out = Output::create(args.output.as_deref())?;
    out.put(&interchange::to_csv(&m.entries))?;
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

// ---------------------------------------------------------------------------------------
// coverage

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
struct CoverageArgs {
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

    /// Write here (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn coverage(args: CoverageArgs) -> Result<Status> {
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
    let mut out = Output::create(args.output.as_deref())?;
    let columns = &["arabic", "english", "category", "location", "hits"];
    match args.format.table(columns) {
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

// ---------------------------------------------------------------------------------------
// suggest

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
struct SuggestArgs {
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

    /// Write here (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

const SUGGEST_COLUMNS: &[&str] = &[
    "arabic", "english", "category", "variants", "note", "source", "count", "score", "example",
];

fn suggest(args: SuggestArgs) -> Result<Status> {
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
    let table = Table::new(TableFormat::Csv, SUGGEST_COLUMNS);
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
    let mut out = Output::create(args.output.as_deref())?;
    out.put(&buf)?;
    common::finish(out, &totals)
}

// ---------------------------------------------------------------------------------------
// export / import

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ExportFormat {
    /// TBX-Basic (ISO 30042:2019) XML.
    Tbx,
    /// OmegaT tab-separated glossary (UTF-8).
    Omegat,
    /// The glossary CSV format.
    Csv,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ImportFormat {
    Tbx,
    Omegat,
}

/// Write the glossary as TBX (ISO 30042, TBX-Basic: a conceptEntry per entry with ar and en
/// langSecs, the category as subjectField), as an OmegaT tab-separated glossary
/// (`arabic<TAB>english<TAB>category: …; note: …`, variants as extra rows), or as one CSV.
///
/// Examples:
///
///   dragoman glossary export --format tbx -o dragoman.tbx
///
///   dragoman glossary export --format omegat -o glossary.utf8
#[derive(clap::Args, Debug)]
struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum)]
    format: ExportFormat,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Write here (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn export(args: ExportArgs) -> Result<Status> {
    let g = args.glossary.load()?;
    let bytes = match args.format {
        ExportFormat::Tbx => interchange::to_tbx(g.entries())?.into_bytes(),
        ExportFormat::Omegat => interchange::to_omegat(g.entries()).into_bytes(),
        ExportFormat::Csv => interchange::to_csv(g.entries()),
    };
    let mut out = Output::create(args.output.as_deref())?;
    out.put(&bytes)?;
    out.finish()?;
    Ok(Status::Ok)
}

/// Read a TBX or OmegaT glossary and write it as a glossary CSV.
///
/// `import(export(g))` gives back `g` for both formats. TBX v2 (`martif`) files are read
/// too; OmegaT rows whose comment is not dragoman's `category: …` get the category `term`
/// and the comment as note.
///
/// Examples:
///
///   dragoman glossary import --format tbx dragoman.tbx -o glossary.csv
///
///   dragoman glossary import --format omegat glossary.txt
#[derive(clap::Args, Debug)]
struct ImportArgs {
    /// Input format.
    #[arg(long, value_enum)]
    format: ImportFormat,

    /// The file to read.
    #[arg(value_name = "FILE")]
    file: PathBuf,

    /// Write here (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn import(args: ImportArgs) -> Result<Status> {
    let path = &args.file;
    let bytes = std::fs::read(path).map_err(|e| Error::io(Some(path), e))?;
    let text = dragoman::input::decode(path, bytes)?;
    let entries = match args.format {
        ImportFormat::Tbx => interchange::from_tbx(path, &text)?,
        ImportFormat::Omegat => interchange::from_omegat(path, &text)?,
    };
    let mut out = Output::create(args.output.as_deref())?;
    out.put(&interchange::to_csv(&entries))?;
    out.finish()?;
    Ok(Status::Ok)
}
