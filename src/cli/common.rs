//! Arguments and plumbing shared by the subcommands: inputs, output, formats, failures.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::ValueEnum;

use crate::batch::{self, Totals};
use crate::error::{Error, Result};
use crate::glossary::{Glossary, Matcher};
use crate::input::{self, Document, Documents, Glob, InputFormat, InputOptions};
use crate::output::Output;
use crate::table::{Table, TableFormat};

use super::Status;

/// Where documents come from.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or directories (searched recursively) to read; `-` or nothing reads stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Which files to take from directories: `*.txt` (the default), `ar/*.txt`, `**/*.md`.
    /// `**` spans directories, `{a,b}` and `[ab]` choose; a pattern without `/` matches the
    /// file name.
    #[arg(long, value_name = "PATTERN", value_parser = parse_glob)]
    pub glob: Option<Glob>,

    /// Walk symbolic links to directories too (by default they are skipped with a note); a
    /// link back to one of its own parents is reported as a failed input. Files that are not
    /// regular (FIFOs, sockets, devices) are skipped with a note either way.
    #[arg(long)]
    pub follow: bool,

    /// How to read inputs: by extension (.jsonl, .csv, anything else is text), or forced.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto, value_name = "FORMAT")]
    pub input_format: InputFormatArg,

    /// CSV input: the column with the Arabic text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_column: String,

    /// CSV input: the column with the document id (default: `id` if there is one).
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,

    /// Stop at the first input that cannot be read, instead of reporting it and going on.
    #[arg(long)]
    pub strict: bool,

    /// Worker threads (0: one per core). More than 4 per core is cut to that (with a note);
    /// more than 256 is refused.
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N", value_parser = parse_threads)]
    pub threads: usize,

    /// The largest document to read: a text file, JSON line or CSV record bigger than this is
    /// reported as a failed input and skipped, and never held in memory whole. Bytes, or with
    /// a suffix K, M, G (1024-based): 64M, 1G.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_doc_bytes: u64,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormatArg {
    Auto,
    Text,
    Jsonl,
    Csv,
}

fn parse_glob(pattern: &str) -> Result<Glob> {
    Glob::new(pattern)
}

/// `-j N`: at most [`batch::MAX_THREADS`] (else a usage error), and cut to 4 per logical CPU (with a
/// note): more threads than that only cost memory and start-up time.
pub fn parse_threads(arg: &str) -> std::result::Result<usize, String> {
    let n: usize = arg.parse().map_err(|_| {
        format!("'{arg}' is not a number of threads; write e.g. -j 4 (0: one per core)")
    })?;
    if n > batch::MAX_THREADS {
        return Err(format!(
            "more than {} threads; give at most that, or leave -j out to use one per core",
            batch::MAX_THREADS
        ));
    }
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    if n > 4 * cpus {
        eprintln!(
            "dragoman: note: -j {n} is more than 4 threads per core on {cpus} cores; using {}",
            4 * cpus
        );
        return Ok(4 * cpus);
    }
    Ok(n)
}

/// `--max-doc-bytes`: a byte count, or one with a K, M or G suffix (1024-based).
fn parse_size(arg: &str) -> std::result::Result<u64, String> {
    let s = arg.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kib" => 10,
        "m" | "mib" => 20,
        "g" | "gib" => 30,
        _ => {
            return Err(format!(
                "'{arg}': write a size as bytes or with K, M, G: 64M, 1G"
            ))
        }
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("'{arg}': write a size as bytes or with K, M, G: 64M, 1G"))?;
    match n.checked_mul(1 << shift) {
        Some(0) => Err("a document limit of 0 bytes reads nothing; give at least 1".into()),
        Some(n) => Ok(n),
        None => Err(format!("'{arg}' is too large")),
    }
}

impl InputArgs {
    pub fn documents(&self) -> Documents {
        let format = match self.input_format {
            InputFormatArg::Auto => InputFormat::Auto,
            InputFormatArg::Text => InputFormat::Text,
            InputFormatArg::Jsonl => InputFormat::Jsonl,
            InputFormatArg::Csv => InputFormat::Csv,
        };
        input::read(
            &self.inputs,
            &InputOptions {
                format,
                glob: self.glob.clone(),
                text_column: self.text_column.clone(),
                id_column: self.id_column.clone(),
                follow: self.follow,
                max_doc_bytes: self.max_doc_bytes,
            },
        )
    }
}

/// Where the output goes.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct OutputArgs {
    /// Write here (atomically: a temporary file renamed when complete) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Write CSV/TSV cells as they are. Without it every cell is made safe to open in a
    /// spreadsheet or a terminal: a cell starting with = + - @, a tab or a CR gets a leading
    /// ', bidi controls and control characters other than tab, LF and CR (NUL, ESC, U+0085…)
    /// are written as visible escapes such as <U+202E> and <U+0000> (in text output of
    /// segment and normalize: the control characters).
    #[arg(long)]
    pub raw: bool,
}

impl OutputArgs {
    /// The output: the `-o` file (written atomically), or stdout.
    pub fn create(&self) -> Result<Output> {
        Output::create(self.output.as_deref())
    }

    /// A table writing `columns` in `format`, sanitizing its cells unless `--raw`: the one
    /// way a command writes CSV/TSV.
    pub fn table(&self, format: TableFormat, columns: &'static [&'static str]) -> Table {
        Table::new(format, columns).raw(self.raw)
    }

    /// Text output (not a table): control characters escaped unless `--raw`.
    pub fn text<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        if self.raw {
            text.into()
        } else {
            crate::table::escape_controls(text)
        }
    }
}

/// Row formats for commands whose output is a table.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowFormat {
    Csv,
    Tsv,
    Jsonl,
}

impl From<RowFormat> for TableFormat {
    fn from(f: RowFormat) -> TableFormat {
        match f {
            RowFormat::Csv => TableFormat::Csv,
            RowFormat::Tsv => TableFormat::Tsv,
            RowFormat::Jsonl => TableFormat::Jsonl,
        }
    }
}

/// Report a failed input on stderr: `dragoman: PATH[:LINE[:COL]]: reason`.
pub fn report(err: &Error) {
    eprintln!("dragoman: {err}");
}

/// Finish the output and give the status of the run. A `--strict` run that stopped, or a run in
/// which every input failed, commits nothing: an `-o` file keeps its old content.
pub fn finish(out: Output, totals: &Totals) -> Result<Status> {
    if totals.stopped {
        return Ok(Status::SomeFailed);
    }
    if totals.documents == 0 && totals.failures > 0 {
        // Every input failed (a mistyped path, say): keep whatever the output file held. On
        // stdout a header may already be out, so say nothing about what was written there.
        eprintln!("dragoman: every input failed, so no rows were written (an -o file keeps its old content)");
        return Ok(Status::SomeFailed);
    }
    out.finish()?;
    Ok(if totals.failures == 0 {
        Status::Ok
    } else {
        Status::SomeFailed
    })
}

/// Which glossary to use.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct GlossaryArgs {
    /// A glossary CSV file or a directory of them (repeatable). Replaces the built-in
    /// glossary; write `+PATH` to add to it instead.
    #[arg(long = "glossary", value_name = "PATH", allow_hyphen_values = false)]
    pub glossary: Vec<String>,
}

impl GlossaryArgs {
    /// The built-in glossary, replaced or extended by `--glossary`.
    pub fn load(&self) -> Result<Glossary> {
        let replace = self.glossary.iter().any(|p| !p.starts_with('+'));
        let mut g = if replace {
            Glossary::default()
        } else {
            Glossary::builtin()
        };
        for p in &self.glossary {
            g.add_path(Path::new(p.strip_prefix('+').unwrap_or(p)))?;
        }
        Ok(g)
    }

    /// The matcher for [`GlossaryArgs::load`].
    pub fn matcher(&self) -> Result<Arc<Matcher>> {
        Ok(Arc::new(Matcher::from_glossary(self.load()?)))
    }
}

/// The English translation of a document: its own `english` field, or a file under
/// `--english`. A document without one is exported without English (and said so).
pub fn translation(doc: &Document, english: Option<&Path>) -> Result<Option<String>> {
    if let Some(en) = &doc.english {
        return Ok(Some(en.clone()));
    }
    let Some(root) = english else {
        return Ok(None);
    };
    if root.is_file() {
        return read(root).map(Some);
    }
    // NAME.ar.txt pairs with NAME.en.txt first: the same name may be the Arabic itself.
    let candidates = [
        doc.id
            .strip_suffix(".ar.txt")
            .map(|stem| root.join(format!("{stem}.en.txt"))),
        Some(root.join(&doc.id)).filter(|_| !doc.id.ends_with(".ar.txt")),
    ];
    for path in candidates.into_iter().flatten() {
        if path.is_file() {
            return read(&path).map(Some);
        }
    }
    Err(Error::usage(format!(
        "{}: no English translation under {} (looked for the same relative name, and \
         NAME.en.txt for NAME.ar.txt); add it or leave out --english",
        doc.id,
        root.display()
    )))
}

fn read(path: &Path) -> Result<String> {
    input::read_file(path, input::DEFAULT_MAX_DOC_BYTES)
}

/// The `--date` option: `YYYY-MM-DD`, or a usage error that shows the form.
pub fn date_arg(arg: Option<&str>) -> Result<Option<crate::extract::Date>> {
    match arg {
        None => Ok(None),
        Some(s) => crate::extract::parse_date(s).map(Some).ok_or_else(|| {
            Error::usage(format!(
                "--date '{s}' is not a date; write it as YYYY-MM-DD, e.g. --date 2024-05-14"
            ))
        }),
    }
}
