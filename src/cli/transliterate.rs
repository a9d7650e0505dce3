use clap::ValueEnum;

use crate::batch;
use crate::error::{Error, Location, Result};
use crate::table::{Cell, TableFormat};
use crate::translit::{Romanization, Transliterator};

use super::common::{self, InputArgs, OutputArgs};
use super::Status;

/// Romanize Arabic names in news house style (AP: Mohammed, Abdul-Rahman, Abu, bin, al-):
/// one name per input line, one romanization per output line.
///
/// Known tokens come from a lexicon learned from name data (the usual spelling), others are
/// spelled by a learned model; particles and compounds (عبد ال…، أبو، بن، آل، ال) by rules. An
/// empty line gives an empty line. `csv`/`tsv`/`jsonl` add the columns arabic, english, source
/// (lexicon, model or rules: the weakest of the name's tokens) and score (0-1: the least of
/// its tokens').
///
/// Examples:
///
///   echo 'عبد الرحمن بن محمد القحطاني' | dragoman transliterate
///
///   dragoman transliterate --format csv names.txt -o names.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TranslitFormat::Text)]
    format: TranslitFormat,

    #[command(flatten)]
    output: OutputArgs,

    /// Read the tables from DIR/lexicon.bin and DIR/model.bin instead of the built-in ones
    /// (for `dev/translit/eval.py`, which measures models trained on other splits).
    #[arg(long, value_name = "DIR", hide = true)]
    tables: Option<std::path::PathBuf>,

    /// Hypotheses kept per letter by the model's beam search (with --tables; for experiments).
    #[arg(long, value_name = "N", hide = true, requires = "tables")]
    beam: Option<usize>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum TranslitFormat {
    Text,
    Csv,
    Tsv,
    Jsonl,
}

const COLUMNS: &[&str] = &["arabic", "english", "source", "score"];

/// The longest line read as a name, in bytes: a longer one is text, not a name.
const MAX_NAME_BYTES: usize = 1024;

pub fn run(args: Args) -> Result<Status> {
    let table = match args.format {
        TranslitFormat::Text => None,
        TranslitFormat::Csv => Some(args.output.table(TableFormat::Csv, COLUMNS)),
        TranslitFormat::Tsv => Some(args.output.table(TableFormat::Tsv, COLUMNS)),
        TranslitFormat::Jsonl => Some(args.output.table(TableFormat::Jsonl, COLUMNS)),
    };
    let translit = match &args.tables {
        None => Transliterator::builtin(),
        Some(dir) => tables(dir, args.beam)?,
    };
    let mut out = args.output.create()?;
    if let Some(t) = &table {
        out.put(&t.header())?;
    }
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| {
            let mut rows = Vec::new();
            for (n, line) in doc.text.lines().enumerate() {
                if line.len() > MAX_NAME_BYTES {
                    return Err(Error::parse(
                        line_location(&doc.origin, n),
                        format!(
                            "a line of {} bytes is not a name (at most {MAX_NAME_BYTES}); give \
                             one name per line",
                            line.len()
                        ),
                    ));
                }
                let r = translit.name(line);
                let mut buf = Vec::new();
                match &table {
                    None => {
                        buf.extend_from_slice(args.output.text(&r.english).as_bytes());
                        buf.push(b'\n');
                    }
                    Some(t) if line.trim().is_empty() => t.row(&mut buf, &row("", &r)),
                    Some(t) => t.row(&mut buf, &row(line.trim(), &r)),
                }
                rows.push(buf);
            }
            Ok(rows.concat())
        },
        |_, bytes| out.put(&bytes),
        common::report,
    )?;
    common::finish(out, &totals)
}

/// A transliterator over the tables in `dir`, kept for the rest of the process.
fn tables(dir: &std::path::Path, beam: Option<usize>) -> Result<&'static Transliterator> {
    let read = |name: &str| -> Result<&'static [u8]> {
        let path = dir.join(name);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(Some(&path), e))?;
        Ok(Box::leak(bytes.into_boxed_slice()))
    };
    let mut t = Transliterator::from_bytes(read("lexicon.bin")?, read("model.bin")?)?;
    if let Some(beam) = beam {
        t = t.with_beam(beam);
    }
    Ok(Box::leak(Box::new(t)))
}

/// `path:LINE` for line `n` (0-based) of a document that starts at `origin`.
fn line_location(origin: &Location, n: usize) -> Location {
    Location::new(origin.path.clone(), origin.line.max(1) + n, 0)
}

fn row<'a>(arabic: &'a str, r: &'a Romanization) -> [Cell<'a>; 4] {
    let score = (r.score as f64 * 1000.0).round() / 1000.0;
    [
        Cell::from(arabic),
        Cell::from(r.english.as_str()),
        Cell::from(if arabic.is_empty() {
            ""
        } else {
            r.source.name()
        }),
        Cell::Json {
            json: serde_json::json!(score),
            text: format!("{score:.3}"),
        },
    ]
}
