//! Summaries: quality against the human references in `samples/summaries/`, the CLI in every
//! format, and (in `e2e`) the HTML page in headless Chromium.
//!
//! The evaluation runs the summarizer on the plain sentences (no glossary terms, no facts, no
//! English), so its figures are those of the text alone: with terms and facts wired in, the
//! density feature has more to go on.

use std::fs;
use std::path::{Path, PathBuf};

use std::sync::{Arc, OnceLock};

use dragoman::rouge::{rouge, Rouge};
use dragoman::segment;
use dragoman::{lead_sentences, summarize, Options, SentenceInfo, Tokenizer};
use dragoman::{Context, Extractor};
use dragoman::{Glossary, Matcher};

#[path = "e2e/summarize_html.rs"]
pub(crate) mod e2e;

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// One evaluated article.
struct Article {
    name: String,
    text: String,
    reference: String,
    /// Gold picks, 1-based sentence numbers, best first.
    picks: Vec<usize>,
}

fn articles() -> Vec<Article> {
    let dir = samples().join("summaries");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("samples/summaries exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".picks").map(str::to_string)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let read = |p: PathBuf| fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            let picks = read(dir.join(format!("{name}.picks")))
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| l.trim().parse().expect("a sentence number"))
                .collect();
            Article {
                text: read(samples().join("ar").join(format!("{name}.txt"))),
                reference: read(dir.join(format!("{name}.txt"))),
                picks,
                name,
            }
        })
        .collect()
}

fn is_encyclopedic(name: &str) -> bool {
    name.starts_with("encyclopedia-")
}

/// The text of the chosen sentences, one per line.
fn joined(text: &str, sentences: &[SentenceInfo], picks: &[usize]) -> String {
    picks
        .iter()
        .map(|&i| sentences[i].span.slice(text))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The built-in glossary's matcher and fact extractor, built once for all tests here.
fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new(Arc::new(Matcher::new(&Glossary::builtin()))))
}

/// The sentences of an article with the evidence the CLI gives the summarizer: glossary terms
/// and facts (with `glossary`), or nothing.
fn evidence(text: &str, glossary: bool) -> Vec<SentenceInfo> {
    let sentences = segment(text);
    if !glossary {
        return dragoman::evidence::gather(text, &sentences, None);
    }
    let e = extractor();
    let a = e.analyze(text, &Context::default());
    let mut infos = dragoman::evidence::plain(&a.sentences);
    dragoman::evidence::add_terms(&mut infos, &a.terms, e.matcher());
    dragoman::evidence::add_facts(&mut infos, &a.facts);
    dragoman::evidence::add_name_checks(&mut infos, &a.terms, e.matcher());
    infos
}

/// Per-article ROUGE of the summarizer and of lead-N with the same N.
fn evaluate(n: usize, glossary: bool) -> Vec<(String, Rouge, Rouge)> {
    let opts = Options::sentences(n);
    articles()
        .iter()
        .map(|a| {
            let sentences = evidence(&a.text, glossary);
            let tokenizer = Tokenizer::new([a.text.as_str(), a.reference.as_str()]);
            let ours = summarize(&a.text, &sentences, &opts);
            let lead = lead_sentences(&a.text, &sentences, n);
            let ours = rouge(
                &tokenizer,
                &joined(&a.text, &sentences, &ours.picks),
                &a.reference,
            );
            let lead = rouge(
                &tokenizer,
                &joined(&a.text, &sentences, &lead),
                &a.reference,
            );
            (a.name.clone(), ours, lead)
        })
        .collect()
}

fn print_table(n: usize, glossary: bool, rows: &[(String, Rouge, Rouge)]) {
    let with = if glossary {
        "with glossary terms"
    } else {
        "text only"
    };
    println!("ROUGE at N = {n}, {with} (R/P/F; summarizer vs lead-{n}):");
    println!(
        "{:<26} {:>17} {:>17} | {:>17} {:>17}",
        "article", "ours R-1", "ours R-2", "lead R-1", "lead R-2"
    );
    let f = |p: dragoman::rouge::Prf| format!("{:.2}/{:.2}/{:.2}", p.recall, p.precision, p.f1);
    for (name, ours, lead) in rows {
        println!(
            "{:<26} {:>17} {:>17} | {:>17} {:>17}",
            name,
            f(ours.r1),
            f(ours.r2),
            f(lead.r1),
            f(lead.r2)
        );
    }
    for (label, encyclopedic) in [("mean news", false), ("mean encyclopedic", true)] {
        let (ours, lead): (Vec<Rouge>, Vec<Rouge>) = rows
            .iter()
            .filter(|r| is_encyclopedic(&r.0) == encyclopedic)
            .map(|r| (r.1, r.2))
            .unzip();
        let (o, l) = (Rouge::mean(&ours), Rouge::mean(&lead));
        println!(
            "{:<26} {:>17} {:>17} | {:>17} {:>17}",
            label,
            f(o.r1),
            f(o.r2),
            f(l.r1),
            f(l.r2)
        );
    }
}

/// Mean F1 of the summarizer and of lead-N over news or encyclopedic articles.
fn means(rows: &[(String, Rouge, Rouge)], encyclopedic: bool) -> (Rouge, Rouge) {
    let (ours, lead): (Vec<Rouge>, Vec<Rouge>) = rows
        .iter()
        .filter(|r| is_encyclopedic(&r.0) == encyclopedic)
        .map(|r| (r.1, r.2))
        .unzip();
    (Rouge::mean(&ours), Rouge::mean(&lead))
}

/// The references have 3 sentences; N = 3 compares like with like.
#[test]
fn rouge_against_references_beats_lead_on_encyclopedic_text_and_matches_it_on_news() {
    for glossary in [false, true] {
        let rows = evaluate(3, glossary);
        print_table(3, glossary, &rows);
        check(&rows, glossary);
    }
}

fn check(rows: &[(String, Rouge, Rouge)], glossary: bool) {
    assert_eq!(
        rows.len(),
        11,
        "11 reference summaries in samples/summaries"
    );

    // Encyclopedic: the summarizer must beat lead-3 on each article.
    for (name, ours, lead) in rows.iter().filter(|r| is_encyclopedic(&r.0)) {
        assert!(
            ours.r1.f1 > lead.r1.f1 && ours.r2.f1 > lead.r2.f1,
            "{name} (glossary: {glossary}): summarizer {ours:?} does not beat lead-3 {lead:?}"
        );
    }
    // Thresholds a little below the figures measured when this was written (mean F1 over the
    // two articles, text only and with glossary terms alike: R-1 0.32–0.33, R-2 0.15–0.16;
    // lead-3: 0.17 and 0.02).
    let (ours, _) = means(rows, true);
    assert!(
        ours.r1.f1 >= 0.28 && ours.r2.f1 >= 0.12,
        "encyclopedic (glossary: {glossary}): mean {ours:?} fell below R-1 0.28 / R-2 0.12"
    );

    // News: lead-3 is a strong baseline; the summarizer may trail it by a small margin only.
    // Measured: mean F1 R-1 0.48–0.49, R-2 0.33 (lead-3: 0.46 and 0.30).
    let (ours, lead) = means(rows, false);
    assert!(
        ours.r1.f1 >= 0.44 && ours.r2.f1 >= 0.29,
        "news (glossary: {glossary}): mean {ours:?} fell below R-1 0.44 / R-2 0.29"
    );
    assert!(
        ours.r1.f1 >= lead.r1.f1 - 0.03 && ours.r2.f1 >= lead.r2.f1 - 0.03,
        "news (glossary: {glossary}): summarizer {ours:?} trails lead-3 {lead:?} by more than 0.03"
    );
}

/// Precision of the summarizer's picks against the gold picks (any of the five), N = 3.
#[test]
fn picks_overlap_the_gold_picks() {
    let mut total = 0;
    let mut hits = 0;
    for a in articles() {
        let sentences = evidence(&a.text, true);
        let sum = summarize(&a.text, &sentences, &Options::sentences(3));
        let ours: Vec<usize> = sum.picks.iter().map(|i| i + 1).collect();
        let hit = ours.iter().filter(|p| a.picks.contains(p)).count();
        println!(
            "{:<26} ours {:?} gold {:?} ({hit}/3)",
            a.name, ours, a.picks
        );
        total += ours.len();
        hits += hit;
    }
    println!("picks in the gold five: {hits}/{total}");
    // Measured 22/33 (the first gold pick, the news lead, is nearly always found; the
    // encyclopedic articles have one hit each). Sensible means: well above chance (5 gold
    // picks among 16–22 sentences: about a quarter, 8/33).
    assert!(
        hits >= 18,
        "only {hits} of {total} picks are among the gold picks"
    );
}

mod cli {
    use crate::util::{dragoman, dragoman_in, scratch};

    const SAMPLE: &str = "samples/ar/morocco-earthquake.txt";

    #[test]
    fn markdown_has_title_numbered_sentences_and_directions() {
        let run = dragoman(&["summarize", SAMPLE]).ok();
        let md = &run.stdout;
        assert!(
            md.starts_with("## samples/ar/morocco-earthquake.txt\n"),
            "{md}"
        );
        assert!(md.contains("<p dir=\"rtl\" lang=\"ar\"><strong>ارتفاع حصيلة زلزال الحوز"));
        // 16 body sentences: a quarter is 4 rows, the headline not among them.
        let rows: Vec<&str> = md
            .lines()
            .filter(|l| l.contains("<span dir=\"rtl\""))
            .collect();
        assert_eq!(rows.len(), 4, "{md}");
        assert!(rows.iter().all(|r| !r.starts_with("| 1 |")), "{md}");
        assert!(rows
            .iter()
            .all(|r| r.contains("<span dir=\"ltr\" lang=\"en\">")));
    }

    #[test]
    fn length_options_and_their_errors() {
        let json = dragoman(&["summarize", "--format", "json", "--sentences", "2", SAMPLE]).ok();
        let v: serde_json::Value = serde_json::from_str(json.stdout.trim()).unwrap();
        assert_eq!(v["picks"].as_array().unwrap().len(), 2);
        assert_eq!(v["title"]["sentence"], 1);
        let json = dragoman(&["summarize", "--format", "json", "--ratio", "0.5", SAMPLE]).ok();
        let v: serde_json::Value = serde_json::from_str(json.stdout.trim()).unwrap();
        assert_eq!(v["picks"].as_array().unwrap().len(), 8, "half of 16");
        dragoman(&["summarize", "--ratio", "1.5", SAMPLE])
            .code(2)
            .stderr_has("--ratio 1.5 is out of range");
        dragoman(&["summarize", "--ratio", "0.5", "--sentences", "2", SAMPLE]).code(2);
    }

    #[test]
    fn csv_rows_point_at_their_sentences() {
        let run = dragoman(&["summarize", "--format", "csv", "samples/ar/"]).ok();
        let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
            ["doc_id", "sentence", "start", "end", "arabic", "english", "facts"]
        );
        let mut docs = std::collections::BTreeSet::new();
        for row in reader.records() {
            let row = row.unwrap();
            let text = std::fs::read_to_string(format!("samples/ar/{}", &row[0])).unwrap();
            // Input reading drops a byte-order mark; offsets count from after it.
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let (start, end): (usize, usize) = (row[2].parse().unwrap(), row[3].parse().unwrap());
            let slice: String = text.chars().skip(start).take(end - start).collect();
            // Sanitizing may prefix a formula-like cell with '; none of the samples starts so.
            assert_eq!(slice, &row[4], "{row:?}");
            docs.insert(row[0].to_string());
        }
        assert_eq!(docs.len(), 15, "every sample has a summary row: {docs:?}");
    }

    #[test]
    fn html_is_one_page_for_many_documents_and_the_same_with_one_thread() {
        let dir = scratch("summarize-html");
        let one = dir.join("one.html");
        let many = dir.join("many.html");
        for (out, threads) in [(&one, "1"), (&many, "4")] {
            dragoman(&[
                "summarize",
                "--format",
                "html",
                "-j",
                threads,
                "-o",
                out.to_str().unwrap(),
                "samples/ar/",
            ])
            .ok();
        }
        let page = std::fs::read_to_string(&one).unwrap();
        assert_eq!(
            page,
            std::fs::read_to_string(&many).unwrap(),
            "threads change nothing"
        );
        assert_eq!(page.matches("<!DOCTYPE html>").count(), 1);
        assert_eq!(page.matches("<article class=\"doc\"").count(), 15);
        assert!(
            page.contains("href=\"#doc-15\""),
            "index links every document"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn stdin_and_an_empty_document() {
        let run = dragoman_in(&["summarize", "--format", "json"], "".as_bytes()).ok();
        let v: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
        assert_eq!(v["picks"].as_array().unwrap().len(), 0);
        assert!(v["title"].is_null());
        let run = dragoman_in(&["summarize"], "قال الوزير إن الاتفاق تم.".as_bytes()).ok();
        assert!(
            run.stdout
                .contains("| 1 | <span dir=\"rtl\" lang=\"ar\">قال الوزير"),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn english_translation_is_aligned_into_the_summary() {
    let run = crate::util::dragoman(&[
        "summarize",
        "--format",
        "csv",
        "--english",
        "samples/parallel",
        "--glob",
        "gaza-ceasefire-talks.ar.txt",
        "samples/parallel",
    ])
    .ok();
    let mut r = csv::Reader::from_reader(run.stdout.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        let english = &row[5];
        assert!(
            !english.is_empty() && english.is_ascii() || english.contains('’'),
            "{english}"
        );
        assert!(
            !english.contains(" · "),
            "a gloss, not the translation: {english}"
        );
    }
    assert!(
        rows.iter().any(|r| !r[6].is_empty()),
        "no facts in any picked sentence"
    );
}
