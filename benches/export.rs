//! End-to-end throughput of `dragoman export` (segmentation, glossary matching with the full
//! built-in glossary, fact extraction, CSV rendering, writing a file) on 1 and 2 threads, with
//! peak memory. Each thread count runs in a fresh child process, so peak memory is its own.
//!
//! Corpus: `$DRAGOMAN_CORPUS`, else `bench-corpus/corpus_200mb.jsonl` beside the repository
//! (built by `benches/build-corpus.sh`: 200 MB of real Arabic in ~3 KB JSONL documents), else
//! samples/ar repeated as JSONL (and the report says so).
//!
//! Run: `cargo bench --bench export`.

mod common;

use std::io::Write;
use std::time::Instant;

use dragoman::run_batch;
use dragoman::TableFormat;
use dragoman::{read_inputs, InputFormat, InputOptions};
use dragoman::{Counts, Exporter};
use dragoman::{Glossary, Matcher};
use dragoman::{Normalizer, Profile};

const CHILD: &str = "DRAGOMAN_EXPORT_BENCH_THREADS";

/// The allocator the `dragoman` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    if let Ok(threads) = std::env::var(CHILD) {
        child(threads.parse().expect("thread count"));
        return;
    }
    let path = corpus_path();
    println!("machine: {}", common::machine());
    for threads in [1, 2] {
        let out = std::process::Command::new(std::env::current_exe().expect("own path"))
            .env(CHILD, threads.to_string())
            .env("DRAGOMAN_CORPUS", &path)
            .output()
            .expect("child runs");
        print!("{}", String::from_utf8_lossy(&out.stdout));
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
    }
}

fn corpus_path() -> String {
    if let Ok(p) = std::env::var("DRAGOMAN_CORPUS") {
        return p;
    }
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let built = root.join("../bench-corpus/corpus_200mb.jsonl");
    if built.exists() {
        return built.display().to_string();
    }
    // Fallback: the samples as ~20 MB of JSONL.
    let (text, _) = common::corpus("none");
    let path = std::env::temp_dir().join("dragoman-bench-samples.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    for (k, chunk) in text.split("\n\n").enumerate() {
        writeln!(
            f,
            "{}",
            serde_json::json!({"id": format!("s{k}"), "text": chunk})
        )
        .unwrap();
    }
    println!("corpus: samples/ar as JSONL (run benches/build-corpus.sh for the 200 MB corpus)");
    path.display().to_string()
}

fn child(threads: usize) {
    let path = std::path::PathBuf::from(std::env::var("DRAGOMAN_CORPUS").unwrap());
    let size = std::fs::metadata(&path).unwrap().len();
    let t0 = Instant::now();
    let matcher = std::sync::Arc::new(Matcher::new(&Glossary::builtin()));
    let exporter = Exporter::new(
        matcher,
        Normalizer::new(Profile::Match.rules()),
        TableFormat::Csv,
    );
    let setup = t0.elapsed();
    let docs = read_inputs(
        std::slice::from_ref(&path),
        &InputOptions {
            format: InputFormat::Jsonl,
            ..InputOptions::default()
        },
    );
    let out_path = std::env::temp_dir().join(format!("dragoman-bench-export-{threads}.csv"));
    let mut out = dragoman::Output::create(Some(&out_path)).unwrap();
    out.put(&exporter.table().header()).unwrap();
    let mut counts = Counts::default();
    let mut written = 0u64;
    let t = Instant::now();
    let totals = run_batch(
        docs,
        threads,
        false,
        |doc| {
            let mut buf = Vec::new();
            let c = exporter.render(doc, None, &mut buf)?;
            Ok::<_, dragoman::Error>((buf, c))
        },
        |_, (buf, c)| {
            counts += c;
            written += buf.len() as u64;
            out.put(&buf)
        },
        |e| eprintln!("{e}"),
    )
    .unwrap();
    out.finish().unwrap();
    let secs = t.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&out_path);
    println!(
        "threads {threads}: {:>6.1} MB/s over {:.0} MB of JSONL ({:.1} MB/s of text) in {:.1} s; \
         setup {:.0} ms; peak memory {:.0} MB; {} documents, {} sentences, {} terms, {} facts, \
         {:.0} MB of CSV",
        size as f64 / 1e6 / secs,
        size as f64 / 1e6,
        totals.bytes as f64 / 1e6 / secs,
        secs,
        setup.as_secs_f64() * 1e3,
        common::peak_rss_mb().unwrap_or(f64::NAN),
        totals.documents,
        counts.sentences,
        counts.terms,
        counts.facts,
        written as f64 / 1e6
    );
}
