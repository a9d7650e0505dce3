//! Documents summarized per second, on 10,000 news-length articles.
//!
//! Articles: the documents of `/work/bench-corpus/docs` (real Arabic prose, one paragraph per
//! line; `$DRAGOMAN_BENCH_DOCS` overrides the directory), falling back to `samples/ar`, cut
//! into runs of whole lines of about 3,600 bytes — the length of the news samples (3.6–4.5 KB,
//! 16–22 sentences). The runs are taken in turn, cycling, until there are 10,000 articles.
//!
//! Each article goes through what `dragoman summarize` does before rendering: segmentation,
//! glossary terms (built-in glossary) as evidence, and the summary at the default length.
//! One thread, so the figure is per core.
//!
//! Expected count (a check, not a timing): the total of picked sentences equals the sum of
//! each article's target length (`Options::target` of its candidates); the bench fails
//! otherwise, and prints both.
//!
//!     cargo bench --bench summarize

use std::path::{Path, PathBuf};
use std::time::Instant;

use dragoman::segment;
use dragoman::{evidence, summarize, summary_target, Options};
use dragoman::{Glossary, Matcher};

const ARTICLES: usize = 10_000;
const ARTICLE_BYTES: usize = 3_600;

fn sources() -> Vec<String> {
    let dir = std::env::var_os("DRAGOMAN_BENCH_DOCS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/work/bench-corpus/docs"));
    let fallback = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/ar");
    for d in [dir, fallback] {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        let texts: Vec<String> = paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        if !texts.is_empty() {
            println!(
                "articles cut from {} ({} documents)",
                d.display(),
                texts.len()
            );
            return texts;
        }
    }
    panic!("no documents: set DRAGOMAN_BENCH_DOCS to a directory of .txt files");
}

/// Runs of whole lines of about `ARTICLE_BYTES`.
fn articles() -> Vec<String> {
    let mut runs = Vec::new();
    for text in sources() {
        let mut run = String::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            run.push_str(line);
            run.push('\n');
            if run.len() >= ARTICLE_BYTES {
                runs.push(std::mem::take(&mut run));
            }
        }
        if run.len() >= ARTICLE_BYTES / 2 {
            runs.push(run);
        }
    }
    assert!(!runs.is_empty(), "no article-sized runs of text");
    runs.iter().cycle().take(ARTICLES).cloned().collect()
}

fn main() {
    let articles = articles();
    let bytes: usize = articles.iter().map(String::len).sum();
    let matcher = Matcher::new(&Glossary::builtin());
    let opts = Options::default();
    let start = Instant::now();
    let mut picked = 0;
    let mut expected = 0;
    let mut sentences = 0;
    let mut in_summarizer = 0.0;
    for text in &articles {
        let segs = segment(text);
        let infos = evidence::gather(text, &segs, Some(&matcher));
        let t = Instant::now();
        let summary = summarize(text, &infos, &opts);
        in_summarizer += t.elapsed().as_secs_f64();
        picked += summary.picks.len();
        expected += summary_target(text, &infos, &opts);
        sentences += segs.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "summarize: {} articles, {} sentences, {:.1} MB in {:.2} s: {:.0} docs/s, {:.2} MB/s",
        articles.len(),
        sentences,
        bytes as f64 / 1e6,
        secs,
        articles.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    println!(
        "of which in summarize::summarize (scoring and picking): {:.2} s ({:.0}%); the rest is \
         segmentation and glossary matching",
        in_summarizer,
        100.0 * in_summarizer / secs
    );
    println!("picked sentences: {picked} (expected {expected})");
    assert_eq!(picked, expected, "every article gets its target length");
}
