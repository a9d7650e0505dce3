use crate::batch;
use crate::error::{Error, Result};
use crate::extract::{document_date, Context, Extractor};
use crate::span::CharOffsets;
use crate::table::Cell;

use super::common::{self, GlossaryArgs, InputArgs, OutputArgs, RowFormat};
use super::layout::LayoutArgs;
use super::Status;

/// Extract facts: dates, numbers, ordinals, quantities, percentages, money, durations,
/// casualties, people, organizations, groups, places and quotes, each with a machine value and
/// an English rendering.
///
/// Output: one row per fact with the columns doc_id, sentence (1-based), type, start, end
/// (Unicode code-point offsets into the original document), arabic (the text as written),
/// value (plain decimal for numbers, ISO 8601 with its grain for dates: 2024-05-10, 2023-03,
/// weekday:Monday; killed=6 for casualties), english, hedged (empty, or the cue when the fact
/// is denied, claimed by a party or unconfirmed: denied, claimed, unconfirmed, reportedly,
/// believed).
///
/// Relative dates (أمس، الاثنين، الشهر الماضي، "10 مايو الحالي") are resolved against
/// --date, or the "date" field of a JSONL document, which wins; without one they stay
/// relative (relative:month-1, weekday:Monday, --05-10).
///
/// Examples:
///
///   dragoman facts samples/ar/counterterrorism-talks.txt --date 2024-05-14
///
///   dragoman facts --format jsonl samples/ar/ > facts.jsonl
///
///   dragoman facts --format tsv news.jsonl -o facts.tsv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    /// Reference date for relative dates and weekdays, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = RowFormat::Csv)]
    format: RowFormat,

    #[command(flatten)]
    glossary: GlossaryArgs,

    #[command(flatten)]
    layout: LayoutArgs,

    #[command(flatten)]
    output: OutputArgs,
}

const COLUMNS: &[&str] = &[
    "doc_id", "sentence", "type", "start", "end", "arabic", "value", "english", "hedged",
];

pub fn run(args: Args) -> Result<Status> {
    let date = common::date_arg(args.date.as_deref())?;
    let layout = args.layout.get();
    let extractor = Extractor::new(args.glossary.matcher()?);
    let table = args.output.table(args.format.into(), COLUMNS);
    let mut out = args.output.create()?;
    out.put(&table.header())?;
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| {
            let reference_date = document_date(doc, date)?;
            let text = &doc.text;
            let facts = extractor
                .analyze(
                    text,
                    &Context {
                        reference_date,
                        layout,
                    },
                )
                .facts;
            let mut buf = Vec::new();
            // Facts overlap, so ends go backwards: convert all offsets in one sorted pass.
            let mut bytes: Vec<usize> = facts
                .iter()
                .flat_map(|f| [f.span.start, f.span.end])
                .collect();
            bytes.sort_unstable();
            bytes.dedup();
            let mut offsets = CharOffsets::new(text);
            let chars: Vec<usize> = bytes.iter().map(|&b| offsets.of(b)).collect();
            let cp = |b: usize| chars[bytes.binary_search(&b).expect("offset collected above")];
            for f in &facts {
                let (start, end) = (cp(f.span.start), cp(f.span.end));
                table.row(
                    &mut buf,
                    &[
                        Cell::from(doc.id.as_str()),
                        Cell::from(f.sentence + 1),
                        Cell::from(f.kind.name()),
                        Cell::from(start),
                        Cell::from(end),
                        Cell::from(f.span.slice(text)),
                        Cell::from(f.value.as_str()),
                        Cell::from(f.english.as_str()),
                        Cell::from(f.hedged.unwrap_or("")),
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

#[cfg(test)]
mod tests {
    use crate::extract::{parse_date, Date};

    #[test]
    fn dates_parse_or_not() {
        assert_eq!(parse_date("2024-05-14"), Date::new(2024, 5, 14));
        assert_eq!(parse_date("2024-02-29"), Date::new(2024, 2, 29));
        for bad in [
            "2023-02-29",
            "2024-5-14",
            "14/05/2024",
            "2024-13-01",
            "",
            "2024-05-14-1",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
