use std::path::PathBuf;
use std::sync::Arc;

use clap::ValueEnum;

use crate::align::{self, Aligner};
use crate::batch;
use crate::error::{Error, Result};
use crate::extract::{document_date, Context, Extractor};
use crate::glossary::Matcher;
use crate::input::Document;
use crate::summarize::render::{self, html, Brief};
use crate::summarize::{self, evidence, Options, SentenceInfo, Summary};

use super::common::{self, GlossaryArgs, InputArgs, OutputArgs};
use super::layout::LayoutArgs;
use super::Status;
use crate::segment::Layout;

/// Summarize Arabic articles: pick the sentences that carry each one, and show them with
/// English beside them.
///
/// Extractive: sentences are chosen, never rewritten. Position and structure come first — the
/// lede, the first sentence of each paragraph, quotes from named speakers, the sentences with
/// the article's main facts (who / where / when / how many) — then centrality (LexRank over
/// normalized, lightly stemmed words) and similarity to the headline; repeats are avoided
/// (MMR). Crawl noise (bylines, datelines alone, "اقرأ أيضا", share buttons, tag lists) and
/// enumerations (forty neighbourhoods after a colon) are never picked; a byline glued to the
/// lede is left out of its line.
/// A headline is recognized only when the text has one (a short first line without final
/// punctuation, followed by body text); it is shown as the title and used as the query,
/// never spent as a summary sentence. `--explain` shows why each sentence was picked (JSON
/// always carries it, in `why`).
///
/// Length: `--sentences N`, `--ratio R` or `--words W`; by default from the article's length,
/// as a wire editor sizes a brief: 3 sentences under 200 words, 4 under 400, 5 above (never
/// the whole article when it has more than three sentences).
///
/// Cost: linear in the size of a document. Centrality and redundancy compare sentences at
/// most 64 apart (an article of up to 65 sentences, almost every news article, is compared
/// pair by pair), and the picks are made by a lazy greedy over a heap.
///
/// For each document: the title; the picked sentences in document order with their sentence
/// number, the Arabic, the English (the glossary terms' English, marked as a gloss) and facts;
/// then key facts (at most one each for who / what / where / when / how many: credible names,
/// countable things, hedges marked) with the sentence each came from.
///
/// Formats: `md` (Markdown tables, Arabic and English side by side), `json` (one object per
/// document per line, with code-point spans), `csv` (one row per picked sentence:
/// doc_id, sentence, start, end, arabic, english, facts), `html` (one self-contained page for
/// all documents, with an index; prints cleanly).
///
/// Examples:
///
///   dragoman summarize samples/ar/morocco-earthquake.txt
///
///   dragoman summarize --format html -o briefs.html samples/ar/
///
///   dragoman summarize --sentences 3 --format csv samples/ar/ > picks.csv
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    #[command(flatten)]
    glossary: GlossaryArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Md)]
    format: SummaryFormat,

    /// Pick this many sentences per document (default: from the article's length: 3 under
    /// 200 words, 4 under 400, 5 above).
    #[arg(long, value_name = "N", conflicts_with_all = ["ratio", "words"])]
    sentences: Option<usize>,

    /// Pick this share of each document's sentences, 0 < R ≤ 1 (at least 1).
    #[arg(long, value_name = "R", conflicts_with = "words")]
    ratio: Option<f64>,

    /// Pick sentences while the summary stays within W words (at least one sentence).
    #[arg(long, value_name = "W")]
    words: Option<usize>,

    /// Show why each sentence was picked: its evidence (lede, paragraph start, quote, main
    /// facts, centrality, title match) and scores (Markdown and HTML; JSON always has it).
    #[arg(long)]
    explain: bool,

    /// English translations, aligned sentence by sentence into the English column: a file (for
    /// a single document), or a directory holding a file with the same relative name as each
    /// Arabic one (`x.ar.txt` also pairs with `x.en.txt`). Without it, the English column is
    /// the glossary gloss.
    #[arg(long, value_name = "PATH")]
    english: Option<PathBuf>,

    /// Reference date for relative dates in the facts (أمس، الشهر الماضي), as YYYY-MM-DD; a
    /// JSONL document's own `date` wins.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,

    #[command(flatten)]
    layout: LayoutArgs,

    #[command(flatten)]
    output: OutputArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum SummaryFormat {
    Md,
    Json,
    Csv,
    Html,
}

/// One document, summarized and rendered (HTML sections are rendered in input order, when
/// their number on the page is known).
enum Rendered {
    Bytes(Vec<u8>),
    Parts(Vec<SentenceInfo>, Summary),
}

pub fn run(args: Args) -> Result<Status> {
    if let Some(r) = args.ratio {
        if !(r > 0.0 && r <= 1.0) {
            return Err(Error::usage(format!(
                "--ratio {r} is out of range; give a share between 0 and 1, e.g. --ratio 0.25"
            )));
        }
    }
    if args.words == Some(0) {
        return Err(Error::usage(
            "--words 0 leaves no room for a sentence; give a budget, e.g. --words 120",
        ));
    }
    let opts = Options {
        sentences: args.sentences,
        ratio: args.ratio,
        words: args.words,
    };
    let explain = args.explain;
    let date = common::date_arg(args.date.as_deref())?;
    let matcher = args.glossary.matcher()?;
    let stages = Stages {
        extractor: Extractor::new(matcher.clone()),
        aligner: Aligner::new(Some(matcher.clone())),
        matcher,
        date,
        layout: args.layout.get(),
    };
    let english = args.english.as_deref();
    let format = args.format;
    let mut out = args.output.create()?;
    let csv = render::csv::table().raw(args.output.raw);
    if format == SummaryFormat::Csv {
        out.put(&csv.header())?;
    }
    let mut sections = Vec::new();
    let totals = batch::run(
        args.input.documents(),
        args.input.threads,
        args.input.strict,
        |doc| {
            let translation = common::translation(doc, english)?;
            let (sentences, summary) =
                summarize_document(doc, translation.as_deref(), &stages, &opts)?;
            let brief = Brief {
                id: &doc.id,
                text: &doc.text,
                sentences: &sentences,
                summary: &summary,
                explain,
            };
            Ok::<_, Error>(match format {
                SummaryFormat::Md => {
                    let mut s = String::new();
                    render::md::render(&brief, &mut s);
                    Rendered::Bytes(s.into_bytes())
                }
                SummaryFormat::Json => {
                    let mut s = String::new();
                    render::json::render(&brief, &mut s);
                    Rendered::Bytes(s.into_bytes())
                }
                SummaryFormat::Csv => {
                    let mut b = Vec::new();
                    render::csv::render(&brief, &csv, &mut b);
                    Rendered::Bytes(b)
                }
                SummaryFormat::Html => Rendered::Parts(sentences, summary),
            })
        },
        |doc, rendered| match rendered {
            Rendered::Bytes(b) => out.put(&b),
            Rendered::Parts(sentences, summary) => {
                let brief = Brief {
                    id: &doc.id,
                    text: &doc.text,
                    sentences: &sentences,
                    summary: &summary,
                    explain,
                };
                sections.push(html::section(&brief, sections.len() + 1));
                Ok(())
            }
        },
        common::report,
    )?;
    if format == SummaryFormat::Html && !totals.stopped {
        out.put(html::page(&sections).as_bytes())?;
    }
    common::finish(out, &totals)
}

/// The stages a summary draws its evidence from.
struct Stages {
    matcher: Arc<Matcher>,
    extractor: Extractor,
    aligner: Aligner,
    date: Option<crate::extract::Date>,
    layout: Layout,
}

fn summarize_document(
    doc: &Document,
    english: Option<&str>,
    stages: &Stages,
    opts: &Options,
) -> Result<(Vec<SentenceInfo>, Summary)> {
    let text = &doc.text;
    let reference_date = document_date(doc, stages.date)?;
    let a = stages.extractor.analyze(
        text,
        &Context {
            reference_date,
            layout: stages.layout,
        },
    );
    let sentences = a.sentences;
    let mut infos = evidence::plain(&sentences);
    let wraps = crate::segment::layout::wraps(text, a.layout);
    evidence::add_paragraphs(&mut infos, text, &wraps);
    evidence::add_words(&mut infos, &a.tokens, &a.norm.text);
    evidence::add_terms(&mut infos, &a.terms, &stages.matcher);
    evidence::add_facts(&mut infos, &a.facts);
    evidence::add_name_checks(&mut infos, &a.terms, &stages.matcher);
    if let Some(en) = english {
        let aligned = align::english_per_sentence(&stages.aligner, text, &sentences, en);
        evidence::add_english(&mut infos, aligned);
    }
    let summary = summarize::summarize(text, &infos, opts);
    Ok((infos, summary))
}
