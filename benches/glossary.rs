//! Glossary benchmark: time to build the [`Matcher`] and matching throughput on one core.
//!
//! * Build: from the built-in glossary, and from a synthetic 10,000-entry glossary (the
//!   built-in entries plus generated ones: 1–3 pseudo-words of 3–7 Arabic letters drawn by a
//!   fixed linear congruential generator, one in four with a variant; so the key table has the
//!   size and shape of a real large glossary, deterministically).
//! * Match: `Matcher::find` over each document of /work/bench-corpus/corpus_10mb.txt (one
//!   document per line), or, if it is missing, samples/ar/*.txt repeated to ~10 MB; one
//!   thread. Prints MB/s and the match count (a check: the count must not change unless the
//!   matcher or the glossary does).
//!
//! Run: `cargo bench --bench glossary`. `GLOSSARY_BENCH_CORPUS=FILE.jsonl` reads the `text` of
//! each line instead. `GLOSSARY_BENCH_BYTES=300000` cuts the corpus short
//! (for profiling under `valgrind --tool=callgrind`); `cargo bench --bench glossary -- NAME`
//! runs only the lines whose name contains NAME (`build`, `stage`, `match built-in`). The target: build well under a second,
//! matching above 100 MB/s.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use dragoman::{Category, Entry, Glossary, Matcher};

/// The allocator the `dragoman` binary uses (normalization allocates its output and the
/// matcher its word list once per document).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_default();
    let wanted = |name: &str| name.contains(&filter);
    let builtin = Glossary::builtin();
    let synthetic = synthetic(&builtin, 10_000);
    for (name, g) in [("built-in", &builtin), ("synthetic", &synthetic)] {
        if !wanted(&format!("build {name}")) {
            continue;
        }
        let times: Vec<Duration> = (0..5)
            .map(|_| {
                let t = Instant::now();
                let m = Matcher::new(g);
                let d = t.elapsed();
                std::hint::black_box(m);
                d
            })
            .collect();
        let mut sorted = times.clone();
        sorted.sort();
        println!(
            "build {name:<9} {:>6} entries: median {:>8.2} ms (min {:.2} ms)",
            g.len(),
            sorted[2].as_secs_f64() * 1e3,
            sorted[0].as_secs_f64() * 1e3
        );
    }
    let (mut docs, source) = corpus();
    if let Some(limit) = std::env::var("GLOSSARY_BENCH_BYTES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let mut bytes = 0;
        docs.retain(|d| {
            bytes += d.len();
            bytes <= limit
        });
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    println!(
        "corpus: {source}: {} documents, {:.1} MB",
        docs.len(),
        bytes as f64 / 1e6
    );
    // Where the time goes: the stages `find` runs before looking anything up.
    let n = dragoman::match_normalizer();
    let stage = |name: &str, f: &dyn Fn(&str) -> usize| {
        if !wanted(&format!("stage {name}")) {
            return;
        }
        let mut best = Duration::MAX;
        let mut count = 0;
        for _ in 0..3 {
            let t = Instant::now();
            count = docs.iter().map(|d| f(d)).sum::<usize>();
            best = best.min(t.elapsed());
        }
        println!(
            "stage {name:<28}: {:>7.1} MB/s ({count})",
            bytes as f64 / 1e6 / best.as_secs_f64()
        );
    };
    stage("normalize (match profile)", &|d| n.normalize(d).text.len());
    stage("normalize + split words", &|d| {
        let t = n.normalize(d).text;
        t.split(|c: char| !(c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c)))
            .filter(|w| !w.is_empty())
            .count()
    });
    // The same words, with Arabic letters and marks answered by a range check instead of
    // `char::is_alphanumeric` (which takes the slow Unicode-table path for every Arabic
    // letter): the count must equal the line above.
    stage("normalize + split (fast path)", &|d| {
        let t = n.normalize(d).text;
        let word = |c: char| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                ('\u{0621}'..='\u{065F}').contains(&c) || c == '\u{0670}' || c.is_alphanumeric()
            }
        };
        t.split(|c: char| !word(c))
            .filter(|w| !w.is_empty())
            .count()
    });
    // The token stage alone: what the matcher and the fact rules read.
    stage("normalize + tokens", &|d| {
        let t = n.normalize(d).text;
        dragoman::words(&t).count()
    });
    for (name, g) in [("built-in", &builtin), ("synthetic", &synthetic)] {
        if !wanted(&format!("build {name}")) {
            continue;
        }
        let times: Vec<Duration> = (0..5)
            .map(|_| {
                let t = Instant::now();
                let m = Matcher::new(g);
                let d = t.elapsed();
                std::hint::black_box(m);
                d
            })
            .collect();
        let mut sorted = times.clone();
        sorted.sort();
        println!(
            "build {name:<9} {:>6} entries: median {:>8.2} ms (min {:.2} ms)",
            g.len(),
            sorted[2].as_secs_f64() * 1e3,
            sorted[0].as_secs_f64() * 1e3
        );
    }
    let (mut docs, source) = corpus();
    if let Some(limit) = std::env::var("GLOSSARY_BENCH_BYTES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let mut bytes = 0;
        docs.retain(|d| {
            bytes += d.len();
            bytes <= limit
        });
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    println!(
        "corpus: {source}: {} documents, {:.1} MB",
        docs.len(),
        bytes as f64 / 1e6
    );
    // Where the time goes: the stages `find` runs before looking anything up.
    let n = dragoman::match_normalizer();
    let stage = |name: &str, f: &dyn Fn(&str) -> usize| {
        if !wanted(&format!("stage {name}")) {
            return;
        }
        let mut best = Duration::MAX;
        let mut count = 0;
        for _ in 0..3 {
            let t = Instant::now();
            count = docs.iter().map(|d| f(d)).sum::<usize>();
            best = best.min(t.elapsed());
        }
        println!(
            "stage {name:<28}: {:>7.1} MB/s ({count})",
            bytes as f64 / 1e6 / best.as_secs_f64()
        );
    };
    stage("normalize (match profile)", &|d| n.normalize(d).text.len());
    stage("normalize + split words", &|d| {
        let t = n.normalize(d).text;
        t.split(|c: char| !(c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c)))
            .filter(|w| !w.is_empty())
            .count()
    });
    // The same words, with Arabic letters and marks answered by a range check instead of
    // `char::is_alphanumeric` (which takes the slow Unicode-table path for every Arabic
    // letter): the count must equal the line above.
    stage("normalize + split (fast path)", &|d| {
        let t = n.normalize(d).text;
        let word = |c: char| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                ('\u{0621}'..='\u{065F}').contains(&c) || c == '\u{0670}' || c.is_alphanumeric()
            }
        };
        t.split(|c: char| !word(c))
            .filter(|w| !w.is_empty())
            .count()
    });
    // A check, not a timing: `find` reads most documents in one pass that normalizes and
    // splits together; it must give what full normalization and `find_normalized` give.
    if wanted("check quick path") {
        let m = Matcher::new(&builtin);
        let differ = docs
            .iter()
            .filter(|d| m.find(d) != m.find_normalized(&n.normalize(d)))
            .count();
        println!(
            "check quick path: {} of {} documents differ from full normalization",
            differ,
            docs.len()
        );
        assert_eq!(
            differ, 0,
            "the quick path must agree with full normalization"
        );
    }
    for (name, g) in [("built-in", &builtin), ("synthetic", &synthetic)] {
        if !wanted(&format!("match {name}")) {
            continue;
        }
        let m = Matcher::new(g);
        let mut best = Duration::MAX;
        let mut count = 0;
        for _ in 0..3 {
            let t = Instant::now();
            count = docs.iter().map(|d| m.find(d).len()).sum::<usize>();
            best = best.min(t.elapsed());
        }
        println!(
            "match {name:<9}: {:>7.1} MB/s (best of 3, {:.2} s), {count} matches",
            bytes as f64 / 1e6 / best.as_secs_f64(),
            best.as_secs_f64()
        );
    }
}

/// The built-in entries plus generated ones, `n` in all.
fn synthetic(base: &Glossary, n: usize) -> Glossary {
    const LETTERS: &[char] = &[
        'ا', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع',
        'غ', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'ة', 'أ', 'إ', 'ى',
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |bound: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % bound
    };
    let word = |next: &mut dyn FnMut(usize) -> usize| -> String {
        let len = 3 + next(5);
        (0..len).map(|_| LETTERS[next(LETTERS.len())]).collect()
    };
    let mut entries = base.entries().to_vec();
    let mut i = 0;
    while entries.len() < n {
        let words = 1 + next(3);
        let arabic: Vec<String> = (0..words).map(|_| word(&mut next)).collect();
        let variants = if next(4) == 0 {
            vec![word(&mut next)]
        } else {
            Vec::new()
        };
        entries.push(Entry {
            arabic: arabic.join(" "),
            english: format!("synthetic {i}"),
            category: Category::Term,
            variants,
            note: String::new(),
            source: "bench".into(),
            guard: Default::default(),
            origin: Default::default(),
        });
        i += 1;
    }
    Glossary::from_entries(entries)
}

/// Documents of the benchmark corpus, and where they came from.
fn corpus() -> (Vec<String>, String) {
    // `GLOSSARY_BENCH_CORPUS=path.jsonl`: the `text` of each JSON line instead (news text,
    // whose documents are longer and denser in terms).
    if let Ok(path) = std::env::var("GLOSSARY_BENCH_CORPUS") {
        let text = std::fs::read_to_string(&path).expect("GLOSSARY_BENCH_CORPUS is readable");
        return (common::jsonl_texts(&text), path);
    }
    let big = Path::new("/work/bench-corpus/corpus_10mb.txt");
    if let Ok(text) = std::fs::read_to_string(big) {
        let docs = text
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        return (docs, big.display().to_string());
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/ar");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("samples/ar exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 10_000_000 {
        for t in &texts {
            bytes += t.len();
            docs.push(t.clone());
        }
    }
    (docs, format!("samples/ar repeated ({} files)", texts.len()))
}
