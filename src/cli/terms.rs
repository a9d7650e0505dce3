use crate::batch;
use crate::error::{Error, Result};
use crate::normalize;
use crate::segment;
use crate::span::CharOffsets;
use crate::table::Cell;

use super::common::{self, GlossaryArgs, InputArgs, OutputArgs, RowFormat};
use super::layout::LayoutArgs;
use super::Status;

/// Find glossary terms in Arabic text, through clitics (و ف ب ك ل ال لل), guillemets and
/// tatweel, and print one row per match.
///
/// Columns: doc_id, sentence (1-based), start, end (Unicode code-point offsets of the surface
/// form in the original document), surface (as written, clitics included), arabic (the
/// entry's headword), english, category.
///
/// Examples:
///
///   dragoman terms samples/ar/counterterrorism-talks.txt
///
///   dragoman terms --format jsonl --glossary +my-terms.csv samples/ar/
///
///   echo 'الفرع الأفغاني لـ«داعش»' | dragoman terms --format tsv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = RowFormat::Csv)]
    format: RowFormat,

    #[command(flatten)]
    layout: LayoutArgs,

    #[command(flatten)]
    output: OutputArgs,
}

const COLUMNS: &[&str] = &[
    "doc_id", "sentence", "start", "end", "surface", "arabic", "english", "category",
];

pub fn run(args: Args) -> Result<Status> {
    let matcher = args.glossary.matcher()?;
    let table = args.output.table(args.format.into(), COLUMNS);
    let mut out = args.output.create()?;
    out.put(&table.header())?;
    let layout = args.layout.get();
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| {
            let text = &doc.text;
            let segment::Segmented {
                sentences,
                wraps,
                repairs,
                ..
            } = segment::segment_as(text, layout);
            let mut norm = normalize::matcher().normalize(text);
            segment::pdf::repair_normalized(&mut norm, &repairs);
            if !wraps.is_empty() {
                // Line breaks inside sentences read as spaces: a term may span a wrap.
                let spans: Vec<_> = norm
                    .map
                    .to_normalized_each(sentences.iter().map(|s| s.span))
                    .collect();
                segment::join_wraps(&mut norm, &spans);
            }
            let mut offsets = CharOffsets::new(text);
            let mut buf = Vec::new();
            let mut s = 0;
            let mut found = matcher.find_for_reading(&norm);
            // The fold erased letters that tell some words apart (إحداث, وقاده): read them back.
            matcher.drop_folded_letters(text, &mut found);
            for m in found {
                while s + 1 < sentences.len() && sentences[s].span.end <= m.span.start {
                    s += 1;
                }
                let e = &matcher.glossary().entries()[m.entry];
                let (start, end) = offsets.span(m.span);
                table.row(
                    &mut buf,
                    &[
                        Cell::from(doc.id.as_str()),
                        Cell::from(s + 1),
                        Cell::from(start),
                        Cell::from(end),
                        Cell::from(m.span.slice(text)),
                        Cell::from(e.arabic.as_str()),
                        Cell::from(e.english.as_str()),
                        Cell::from(e.category.name()),
                    ],
                );
            }
            Ok::<_, Error>(buf)
        },
        |_, buf| out.put(&buf),
        common::report,
    )?;
    common::finish(out, &totals)
}
