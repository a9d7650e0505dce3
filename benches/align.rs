//! Alignment throughput on a synthetic 10,000-sentence document pair.
//!
//! The pair is built from the clean documents of `samples/parallel/` (the four NAME.ar.txt /
//! NAME.en.txt without a variant suffix): whole documents are appended, in an order shuffled
//! each round by a fixed-seed LCG, until the Arabic side has at least 10,000 sentences; in
//! every seventh copy the English loses its third paragraph (a dropped paragraph, so the
//! band has something to widen for). The gold of the pair is the documents' gold beads
//! appended the same way, so the benchmark also reports F1 as its check.
//!
//! Prints sentences (Arabic + English) aligned per second and peak memory (VmHWM).
//! Run: `cargo bench --bench align`.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use dragoman::segment;
use dragoman::{segment_english, Aligner};
use dragoman::{Glossary, Matcher};

const NAMES: &[&str] = &[
    "counterterrorism-talks",
    "economy-egypt-inflation",
    "gaza-ceasefire-talks",
    "sudan-displacement",
];

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/parallel");
    let docs: Vec<(String, String, String)> = NAMES
        .iter()
        .map(|n| {
            let read = |ext: &str| {
                std::fs::read_to_string(dir.join(format!("{n}.{ext}"))).expect("sample")
            };
            (read("ar.txt"), read("en.txt"), read("gold.tsv"))
        })
        .collect();
    let (mut ar, mut en) = (String::new(), String::new());
    let mut gold: Vec<(String, String)> = Vec::new();
    let mut seed: u64 = 42;
    let mut copy = 0;
    let mut ar_sentences = 0;
    while ar_sentences < 10_000 {
        let mut order: Vec<usize> = (0..docs.len()).collect();
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &d in &order {
            copy += 1;
            let (a, e, g) = &docs[d];
            ar_sentences += segment(a).len();
            ar.push_str(a.trim_end());
            ar.push('\n');
            let drop = copy % 7 == 0;
            let paragraphs: Vec<&str> = e.lines().collect();
            let dropped = if drop {
                paragraphs.get(2).copied()
            } else {
                None
            };
            for (k, p) in paragraphs.iter().enumerate() {
                if !(drop && k == 2) {
                    en.push_str(p);
                    en.push('\n');
                }
            }
            let dropped_sents: HashSet<String> = dropped
                .map(|p| {
                    segment_english(p)
                        .iter()
                        .map(|s| collapse(s.span.slice(p)))
                        .collect()
                })
                .unwrap_or_default();
            for line in g.lines().skip(1) {
                let (ga, ge) = line.split_once('\t').expect("gold row");
                let (ga, ge) = (collapse(ga), collapse(ge));
                let ge_sents: Vec<String> = segment_english(&ge)
                    .iter()
                    .map(|s| collapse(s.span.slice(&ge)))
                    .collect();
                if !ge.is_empty() && ge_sents.iter().all(|s| dropped_sents.contains(s)) {
                    for s in segment(&ga) {
                        gold.push((collapse(s.span.slice(&ga)), String::new()));
                    }
                } else {
                    gold.push((ga, ge));
                }
            }
        }
    }
    let aligner = Aligner::new(Some(Arc::new(Matcher::new(&Glossary::builtin()))));
    let start = Instant::now();
    let ar_s = segment(&ar);
    let en_s = segment_english(&en);
    let pairs = aligner.align(&ar, &ar_s, &en, &en_s);
    let secs = start.elapsed().as_secs_f64();
    let sentences = ar_s.len() + en_s.len();
    // Check: F1 of the beads against the appended gold (a repeated document repeats beads,
    // so beads are compared as a multiset).
    let mut want: std::collections::HashMap<(String, String), usize> = Default::default();
    for g in &gold {
        *want.entry(g.clone()).or_default() += 1;
    }
    let mut correct = 0;
    for p in &pairs {
        let a: Vec<&str> = ar_s[p.ar.clone()]
            .iter()
            .map(|s| s.span.slice(&ar))
            .collect();
        let e: Vec<&str> = en_s[p.en.clone()]
            .iter()
            .map(|s| s.span.slice(&en))
            .collect();
        let key = (collapse(&a.join(" ")), collapse(&e.join(" ")));
        if let Some(n) = want.get_mut(&key).filter(|n| **n > 0) {
            *n -= 1;
            correct += 1;
        }
    }
    let (p, r) = (
        correct as f64 / pairs.len() as f64,
        correct as f64 / gold.len() as f64,
    );
    println!(
        "align: {} Arabic + {} English sentences ({} documents appended, {:.1} MB) in {:.3} s: {:.0} sentences/s",
        ar_s.len(),
        en_s.len(),
        copy,
        (ar.len() + en.len()) as f64 / 1e6,
        secs,
        sentences as f64 / secs
    );
    println!(
        "check: {} pairs, {} gold beads, P {p:.3} R {r:.3} F1 {:.3}",
        pairs.len(),
        gold.len(),
        2.0 * p * r / (p + r)
    );
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM")) {
            println!("peak memory: {}", line.trim_start_matches("VmHWM:").trim());
        }
    }
}
