//! Shared by the benchmarks: where the corpus is, how to time, how to report.
//!
//! The corpus: `$DRAGOMAN_CORPUS` (a file), else `bench-corpus/corpus_100mb.txt` beside the
//! repository (built by `benches/build-corpus.sh`), else samples/ar repeated to ~20 MB (and
//! the report says so).

#![allow(dead_code)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The corpus text and a name for it.
pub fn corpus(default_file: &str) -> (String, String) {
    let candidates = [
        std::env::var("DRAGOMAN_CORPUS").ok().map(PathBuf::from),
        Some(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../bench-corpus")
                .join(default_file),
        ),
        Some(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("bench-corpus")
                .join(default_file),
        ),
    ];
    for p in candidates.into_iter().flatten() {
        if let Ok(text) = std::fs::read_to_string(&p) {
            return (text, p.display().to_string());
        }
    }
    let mut samples = String::new();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/ar");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        samples.push_str(&std::fs::read_to_string(f).unwrap());
        samples.push('\n');
    }
    let copies = 20_000_000 / samples.len() + 1;
    (
        samples.repeat(copies),
        format!("samples/ar repeated {copies}x (no corpus found; run benches/build-corpus.sh)"),
    )
}

/// The `text` of each line of a JSON Lines corpus (lines that are not such a record are
/// skipped).
pub fn jsonl_texts(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

/// Run `f` `runs` times; return the best wall time and the last result.
pub fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed());
        last = Some(r);
    }
    (best, last.expect("runs > 0"))
}

pub fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

/// Peak resident memory of this process in MB (VmHWM), if the OS tells.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown cpu".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cpu}, {cores} cores")
}
