use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use crate::align::{recut_stray_quotes, segment_english, tmx, Aligner, Pair};
use crate::batch;
use crate::error::{Error, Location, Result};
use crate::input::{self, Document};
use crate::segment;
use crate::table::{Cell, Table, TableFormat};

use super::common::{self, GlossaryArgs, OutputArgs};
use super::layout::LayoutArgs;
use super::Status;

/// Align an Arabic text with its English translation, sentence by sentence.
///
/// Pairs are 1-1, merged (2-1, 1-2, 2-2, up to 4-1 and 1-4) or one-sided (a headline or
/// paragraph on one side only), in document order, each sentence of both sides exactly once.
/// Each pair has a score in 0..1 (length agreement plus anchors: numbers, dates, glossary
/// terms, quotes, questions), calibrated on dev news data as the probability that the pair is
/// right when the files translate each other: held out, pairs scored 0.9–1 were right 0.99 of
/// the time, merged pairs (scored 0.877) 0.94; no news pair scores under 0.8.
/// One-sided pairs score 0.
///
/// Cost: time and memory linear in the sentences of the pair. The dynamic programme runs in a
/// band around the diagonal that widens (24 → 192 sentences) only where the path runs into its
/// edge: 100,000 × 100,000 parallel sentences align in about 20 s and 230 MB on one core. A
/// passage dropped or added on one side that is longer than the band is not recovered (its
/// sentences pair with nothing).
///
/// --arabic and --english are two files, or two directories whose files are paired by
/// relative path (x.txt ↔ x.txt, or x.ar.txt ↔ x.en.txt), or the same directory holding
/// NAME.ar.txt and NAME.en.txt.
///
/// English sentences end at . ! ? … and line breaks (except the wraps of a hard-wrapped
/// English text, detected like --layout auto, and a break before a lowercase word), not
/// before a lowercase word, inside
/// quotations or after abbreviations (Sen. Gov. U.S. D.C. Calif. Jan. a.m. p.m. Inc. initials)
/// unless a sentence plainly starts after them (`... in the U.S. The ...`). Arabic sentences
/// are the segmenter's (see --layout), re-cut where a stray " that never closes made the rest
/// of a paragraph read as one quotation. On both sides a clause of six words or more that ends
/// in a colon before a quotation running on past the sentence is a sentence of its own.
///
/// Output columns (csv, tsv, jsonl): doc_id, ar_sentences, en_sentences (1-based sentence
/// numbers, `3+4` for merged sentences, empty for a missing side), arabic, english, score, and
/// with --min-score a `doubtful` column. TMX 1.4b: one <tu> per pair with both sides.
///
/// Examples:
///
///   dragoman align --arabic article.ar.txt --english article.en.txt
///
///   dragoman align --arabic samples/parallel --english samples/parallel --format tmx -o tm.tmx
///
///   dragoman align --arabic ar/ --english en/ --min-score 0.5 --drop-below -o pairs.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The Arabic file or directory.
    #[arg(long, value_name = "PATH")]
    arabic: PathBuf,

    /// The English file or directory.
    #[arg(long, value_name = "PATH")]
    english: PathBuf,

    /// Output format.
    #[arg(long, value_enum, default_value_t = AlignFormat::Csv)]
    format: AlignFormat,

    /// Flag pairs scoring under X as doubtful (a `doubtful` column; `x-doubtful` in TMX).
    #[arg(long, value_name = "X")]
    min_score: Option<f64>,

    /// With --min-score: leave doubtful pairs out instead of flagging them.
    #[arg(long, requires = "min_score")]
    drop_below: bool,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// No glossary term anchors.
    #[arg(long, conflicts_with = "glossary")]
    no_glossary: bool,

    #[command(flatten)]
    layout: LayoutArgs,

    #[command(flatten)]
    output: OutputArgs,

    /// Stop at the first document pair that cannot be read.
    #[arg(long)]
    strict: bool,

    /// Worker threads (0: one per core). More than 4 per core is cut to that (with a note);
    /// more than 256 is refused.
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N", value_parser = common::parse_threads)]
    threads: usize,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum AlignFormat {
    Csv,
    Tsv,
    Jsonl,
    Tmx,
}

const COLUMNS: &[&str] = &[
    "doc_id",
    "ar_sentences",
    "en_sentences",
    "arabic",
    "english",
    "score",
];
const COLUMNS_DOUBTFUL: &[&str] = &[
    "doc_id",
    "ar_sentences",
    "en_sentences",
    "arabic",
    "english",
    "score",
    "doubtful",
];

pub fn run(args: Args) -> Result<Status> {
    if let Some(x) = args.min_score {
        if !(0.0..=1.0).contains(&x) {
            return Err(Error::usage(format!(
                "--min-score {x} is outside 0..1; scores are in 0..1, try 0.5"
            )));
        }
    }
    let matcher = if args.no_glossary {
        None
    } else {
        Some(args.glossary.matcher()?)
    };
    let aligner = Aligner::new(matcher);
    let docs = document_pairs(&args.arabic, &args.english)?;
    let table = match args.format {
        AlignFormat::Csv => Some(TableFormat::Csv),
        AlignFormat::Tsv => Some(TableFormat::Tsv),
        AlignFormat::Jsonl => Some(TableFormat::Jsonl),
        AlignFormat::Tmx => None,
    }
    .map(|f| {
        let cols = if args.min_score.is_some() && !args.drop_below {
            COLUMNS_DOUBTFUL
        } else {
            COLUMNS
        };
        args.output.table(f, cols)
    });
    let mut out = args.output.create()?;
    match &table {
        Some(t) => out.put(&t.header())?,
        None => out.put(tmx::header().as_bytes())?,
    }
    let render = Render {
        table: table.as_ref(),
        min_score: args.min_score,
        drop_below: args.drop_below,
    };
    let layout = args.layout.get();
    let totals = batch::run(
        docs.into_iter(),
        args.threads,
        args.strict,
        |doc| {
            let english = doc.english.as_deref().unwrap_or("");
            // The Arabic as export reads it: the layout's sentences, and the PDF repairs
            // (`--layout pdf`, or `auto` on an extractor's marks) for the anchors; lines a
            // PDF extractor stored in visual order turned back first.
            let text = logical_arabic(&doc.text);
            let segment::Segmented {
                sentences, repairs, ..
            } = segment::segment_as(&text, layout);
            let ar = recut_stray_quotes(&text, &sentences);
            // Freed before the alignment's tables are allocated (held, it costs 8-10 MB of
            // peak memory on a 5,000-sentence pair).
            drop(sentences);
            let en = segment_english(english);
            let pairs = aligner.align_repaired(&text, &ar, &repairs, english, &en);
            let mut buf = Vec::new();
            for (k, p) in pairs.iter().enumerate() {
                let arabic = join(&text, ar[p.ar.clone()].iter().map(|s| s.span));
                let english = join(english, en[p.en.clone()].iter().map(|s| s.span));
                render.pair(&mut buf, &doc.id, k, p, &arabic, &english);
            }
            Ok::<_, Error>(buf)
        },
        |_, buf| out.put(&buf),
        common::report,
    )?;
    if table.is_none() {
        out.put(tmx::footer().as_bytes())?;
    }
    common::finish(out, &totals)
}

struct Render<'a> {
    table: Option<&'a Table>,
    min_score: Option<f64>,
    drop_below: bool,
}

impl Render<'_> {
    fn pair(&self, buf: &mut Vec<u8>, doc: &str, k: usize, p: &Pair, arabic: &str, english: &str) {
        let doubtful = self.min_score.is_some_and(|x| p.score < x);
        if doubtful && self.drop_below {
            return;
        }
        let score = format!("{:.3}", p.score);
        match self.table {
            Some(t) => {
                let mut cells = vec![
                    Cell::from(doc),
                    Cell::from(numbers(&p.ar)),
                    Cell::from(numbers(&p.en)),
                    Cell::from(arabic),
                    Cell::from(english),
                    Cell::Json {
                        json: serde_json::from_str(&score).unwrap_or_default(),
                        text: score.clone(),
                    },
                ];
                if t.columns().len() == COLUMNS_DOUBTFUL.len() {
                    cells.push(Cell::Json {
                        json: serde_json::Value::Bool(doubtful),
                        text: if doubtful { "yes" } else { "" }.into(),
                    });
                }
                t.row(buf, &cells);
            }
            None => {
                if p.ar.is_empty() || p.en.is_empty() {
                    return;
                }
                let tuid = format!("{doc}:{}", k + 1);
                let mut props = vec![("x-doc", doc), ("x-score", score.as_str())];
                if doubtful {
                    props.push(("x-doubtful", "yes"));
                }
                tmx::unit(
                    buf,
                    &tmx::Unit {
                        tuid: &tuid,
                        arabic,
                        english,
                        props: &props,
                    },
                );
            }
        }
    }
}

/// `text` with the lines stored in visual order (pdfminer's Arabic: words spelled backwards,
/// the line's last word first; `segment::visual`) turned into logical order. Borrowed when
/// there are none: the detector reads presentation forms only, so typed text costs one byte
/// search. The output names sentences by number and quotes their text, so no span needs to
/// be mapped back.
fn logical_arabic(text: &str) -> Cow<'_, str> {
    let visual = segment::visual::visual_lines(text);
    if visual.is_empty() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(segment::visual::LogicalText::new(text, &visual).text)
}

/// `3+4` for sentences 3 and 4 (1-based), empty for none.
fn numbers(r: &std::ops::Range<usize>) -> String {
    r.clone()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join("+")
}

/// The texts of `spans` joined by a space.
fn join(text: &str, spans: impl Iterator<Item = crate::Span>) -> String {
    spans.map(|s| s.slice(text)).collect::<Vec<_>>().join(" ")
}

/// One pair of files to align.
struct FilePair {
    id: String,
    arabic: PathBuf,
    english: PathBuf,
}

/// The document pairs named by `--arabic` and `--english`, read lazily; a file without a
/// counterpart is an `Err` in the stream (reported and skipped).
fn document_pairs(arabic: &Path, english: &Path) -> Result<Vec<Result<Document>>> {
    let meta = |p: &Path| fs::metadata(p).map_err(|e| Error::io(Some(p), e));
    let (a, e) = (meta(arabic)?, meta(english)?);
    let mut out = Vec::new();
    let mut errors = Vec::new();
    match (a.is_dir(), e.is_dir()) {
        (false, false) => out.push(FilePair {
            id: arabic.display().to_string(),
            arabic: arabic.to_path_buf(),
            english: english.to_path_buf(),
        }),
        (true, true) => {
            let same = fs::canonicalize(arabic).ok() == fs::canonicalize(english).ok();
            let mut failed = Vec::new();
            let ar_files = walk(arabic, &mut failed);
            let en_files: std::collections::BTreeSet<String> = if same {
                ar_files.iter().cloned().collect()
            } else {
                walk(english, &mut failed).into_iter().collect()
            };
            errors.extend(failed);
            let mut used = std::collections::BTreeSet::new();
            for rel in &ar_files {
                if same && !rel.ends_with(".ar.txt") {
                    continue;
                }
                let en_rel = if !same && en_files.contains(rel) {
                    Some(rel.clone())
                } else {
                    rel.strip_suffix(".ar.txt")
                        .map(|stem| format!("{stem}.en.txt"))
                        .filter(|r| en_files.contains(r))
                };
                let id = rel.strip_suffix(".ar.txt").unwrap_or(rel).to_string();
                match en_rel {
                    Some(r) => {
                        used.insert(r.clone());
                        out.push(FilePair {
                            id,
                            arabic: arabic.join(rel),
                            english: english.join(r),
                        });
                    }
                    None => out.push(FilePair {
                        id,
                        arabic: arabic.join(rel),
                        english: PathBuf::new(),
                    }),
                }
            }
            for rel in en_files.iter().filter(|r| !used.contains(*r)) {
                if same && !rel.ends_with(".en.txt") {
                    continue;
                }
                if !same
                    || ar_files
                        .iter()
                        .all(|a| a.strip_suffix(".ar.txt") != rel.strip_suffix(".en.txt"))
                {
                    out.push(FilePair {
                        id: rel.clone(),
                        arabic: PathBuf::new(),
                        english: english.join(rel),
                    });
                }
            }
        }
        _ => {
            return Err(Error::usage(format!(
                "--arabic {} and --english {} must both be files or both be directories",
                arabic.display(),
                english.display()
            )))
        }
    }
    // Unreadable entries first: each is reported, and the pairs that could be found follow.
    Ok(errors
        .into_iter()
        .map(Err)
        .chain(out.into_iter().map(read_pair))
        .collect())
}

fn read_pair(p: FilePair) -> Result<Document> {
    if p.english.as_os_str().is_empty() {
        return Err(Error::parse(
            Location::new(&p.arabic, 0, 0),
            "no English counterpart (looked for the same relative path, or NAME.en.txt for \
             NAME.ar.txt); add the translation or move the file out of the directory",
        ));
    }
    if p.arabic.as_os_str().is_empty() {
        return Err(Error::parse(
            Location::new(&p.english, 0, 0),
            "no Arabic counterpart (looked for the same relative path, or NAME.ar.txt for \
             NAME.en.txt); add the Arabic or move the file out of the directory",
        ));
    }
    let read = |path: &Path| input::read_file(path, input::DEFAULT_MAX_DOC_BYTES);
    Ok(Document {
        id: p.id,
        text: read(&p.arabic)?,
        english: Some(read(&p.english)?),
        origin: Location::new(&p.arabic, 0, 0),
        ..Document::default()
    })
}

/// `*.txt` files under `dir`, as relative paths with `/`, sorted by bytes; entries that cannot
/// be read go to `failed` (reported and skipped, the rest of the tree is still aligned).
fn walk(dir: &Path, failed: &mut Vec<Error>) -> Vec<String> {
    let glob = input::Glob::new("*.txt").expect("the glob compiles");
    let mut out = Vec::new();
    for found in input::walk::walk(dir, dir, &glob) {
        match found {
            Ok(f) => out.push(f.rel),
            Err(e) => failed.push(e),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visual_lines_are_read_in_logical_order() {
        // (Arabic as extracted, as aligned): pdfminer's visual order (a news article's first
        // words, printed by Chromium, `dev/pdf_real.py`) is turned back; typed text, and
        // presentation forms in logical order, are left as they are.
        let rows: &[(&str, &str)] = &[
            (
                "ﺔﻴﻠﻳزاﺮﺑ ﺔﻓﺎﻈﻧ ﺔﻠﻣﺎﻋ ﺖﻠﻌﺷأ\n.ﺔﻴﻧﺎﻄﻳﺮﺒﻟا روﺮﻴﻣ\n",
                "أﺷﻌﻠﺖ ﻋﺎﻣﻠﺔ ﻧﻈﺎﻓﺔ ﺑﺮازﻳﻠﻴﺔ\nﻣﻴﺮور اﻟﺒﺮﻳﻄﺎﻧﻴﺔ.\n",
            ),
            ("أشعلت عاملة نظافة برازيلية.", "أشعلت عاملة نظافة برازيلية."),
            ("ﺃﺷﻌﻠﺖ ﻋﺎﻣﻠﺔ ﻧﻈﺎﻓﺔ ﺑﺮﺍﺯﻳﻠﻴﺔ", "ﺃﺷﻌﻠﺖ ﻋﺎﻣﻠﺔ ﻧﻈﺎﻓﺔ ﺑﺮﺍﺯﻳﻠﻴﺔ"),
        ];
        for &(stored, read) in rows {
            let got = logical_arabic(stored);
            assert_eq!(got, read, "{stored}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), stored == read);
        }
    }
}
