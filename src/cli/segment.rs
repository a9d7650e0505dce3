use clap::ValueEnum;

use crate::batch;
use crate::error::{Error, Result};
use crate::segment;
use crate::span::CharOffsets;
use crate::table::{Cell, TableFormat};

use super::common::{self, InputArgs, OutputArgs};
use super::layout::LayoutArgs;
use super::Status;

/// Split Arabic text into sentences.
///
/// Boundaries after . ! ? ؟ … and at line breaks (a headline line is its own sentence); not at
/// the comma ، or the colon, not inside «…» quotations, numbers, URLs, e-mail addresses or
/// after abbreviations (د. م. أ.ف.ب ق.م U.S.).
///
/// Line breaks follow --layout: by default each document's layout is decided from its text,
/// and in hard-wrapped text a line break inside a paragraph is a space.
///
/// Output: one sentence per line (`text`; a wrap inside a sentence printed as a space), or
/// rows of doc_id, sentence (1-based), start, end (Unicode code-point offsets into the
/// original document: `text[start:end]` in Python gives the sentence, line breaks and all),
/// text, layout (what the document was read as: lines, paragraphs or wrapped). Control
/// characters other than tab, LF and CR are written as `<U+0000>` in every format but JSONL,
/// and CSV/TSV cells are sanitized (see --raw).
///
/// Examples:
///
///   dragoman segment samples/ar/counterterrorism-talks.txt
///
///   dragoman segment --format tsv samples/ar/ > sentences.tsv
///
///   cat article.txt | dragoman segment --format jsonl
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    format: SegmentFormat,

    #[command(flatten)]
    layout: LayoutArgs,

    #[command(flatten)]
    output: OutputArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum SegmentFormat {
    Text,
    Csv,
    Tsv,
    Jsonl,
}

const COLUMNS: &[&str] = &["doc_id", "sentence", "start", "end", "text", "layout"];

pub fn run(args: Args) -> Result<Status> {
    let table = match args.format {
        SegmentFormat::Text => None,
        SegmentFormat::Csv => Some(args.output.table(TableFormat::Csv, COLUMNS)),
        SegmentFormat::Tsv => Some(args.output.table(TableFormat::Tsv, COLUMNS)),
        SegmentFormat::Jsonl => Some(args.output.table(TableFormat::Jsonl, COLUMNS)),
    };
    let mut out = args.output.create()?;
    if let Some(t) = &table {
        out.put(&t.header())?;
    }
    let layout = args.layout.get();
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| {
            let mut buf = Vec::new();
            let mut offsets = CharOffsets::new(&doc.text);
            let segmented = segment::segment_as(&doc.text, layout);
            for (i, s) in segmented.sentences.iter().enumerate() {
                let text = s.span.slice(&doc.text);
                match &table {
                    None => {
                        // One sentence per line: a wrap inside the sentence is shown as a space.
                        let text: std::borrow::Cow<str> = if segmented.wraps.is_empty() {
                            text.into()
                        } else {
                            text.replace(['\n', '\r', '\u{0C}'], " ").into()
                        };
                        buf.extend_from_slice(args.output.text(&text).as_bytes());
                        buf.push(b'\n');
                    }
                    Some(t) => {
                        let (start, end) = offsets.span(s.span);
                        t.row(
                            &mut buf,
                            &[
                                Cell::from(doc.id.as_str()),
                                Cell::from(i + 1),
                                Cell::from(start),
                                Cell::from(end),
                                Cell::from(text),
                                Cell::from(segmented.layout.name()),
                            ],
                        );
                    }
                }
            }
            Ok::<_, Error>(buf)
        },
        |_, buf| out.put(&buf),
        common::report,
    )?;
    common::finish(out, &totals)
}
