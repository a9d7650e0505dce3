//! The stable-toolchain smoke mode of the fuzz targets: no libFuzzer, no coverage feedback.
//!
//! For each target (all, or those named): every file of `corpus/TARGET/`, then random
//! mutations of the corpus (all targets' files, so inputs cross-pollinate) for `--seconds`:
//! bit flips, random bytes, inserted Arabic letters, marks, digits, quotes, line breaks,
//! invisible controls and format syntax (CSV, JSON, XML), deleted and repeated ranges, splices
//! of other corpus files. Prints executions per target; on a broken invariant (a panic) saves
//! the input under `artifacts/TARGET/` and exits 1 after the other targets ran.
//!
//! ```text
//! cargo run --release --manifest-path fuzz/Cargo.toml --no-default-features --bin smoke -- --seconds 3
//! ```

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use dragoman_fuzz::TARGETS;

const USAGE: &str =
    "usage: smoke [--seconds N] [--seed N] [--max-len BYTES] [--corpus DIR] [TARGET...]
  --seconds N     mutate for N seconds per target after its corpus (default 3; 0: corpus only)
  --seed N        the mutator's seed (default: from the clock; printed, to repeat a run)
  --max-len BYTES the largest mutated input (default 8192)
  --corpus DIR    the corpus root, one directory per target (default fuzz/corpus)
targets: ";

struct Options {
    seconds: f64,
    seed: u64,
    max_len: usize,
    corpus: PathBuf,
    targets: Vec<String>,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        seconds: 3.0,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
        max_len: 8192,
        corpus: Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"),
        targets: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--seconds" => o.seconds = value(&a)?.parse().map_err(|e| format!("--seconds: {e}"))?,
            "--seed" => o.seed = value(&a)?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--max-len" => o.max_len = value(&a)?.parse().map_err(|e| format!("--max-len: {e}"))?,
            "--corpus" => o.corpus = value(&a)?.into(),
            "-h" | "--help" => return Err(String::new()),
            t if TARGETS.iter().any(|(n, _)| *n == t) => o.targets.push(t.to_string()),
            other => return Err(format!("unknown argument or target '{other}'")),
        }
    }
    if !(o.seconds >= 0.0 && o.seconds.is_finite()) {
        return Err("--seconds must be a number of seconds, 0 or more".into());
    }
    Ok(o)
}

/// xorshift64*: small, fast, and enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// In `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// What the mutator inserts: the pieces Arabic news and the input formats are made of, from
/// `dict.txt` (libFuzzer's dictionary format, which `run.sh` gives libFuzzer too).
fn dictionary() -> Vec<Vec<u8>> {
    let mut entries = Vec::new();
    for line in include_str!("../../dict.txt").lines() {
        let line = line.trim();
        let (Some(a), Some(b)) = (line.find('"'), line.rfind('"')) else {
            continue;
        };
        if line.starts_with('#') || a == b {
            continue;
        }
        let mut v = Vec::new();
        let mut bytes = line[a + 1..b].bytes();
        while let Some(c) = bytes.next() {
            if c != b'\\' {
                v.push(c);
                continue;
            }
            match bytes.next() {
                Some(b'x') => {
                    let hex: Vec<u8> = bytes.by_ref().take(2).collect();
                    let hex = std::str::from_utf8(&hex).unwrap_or("");
                    v.push(u8::from_str_radix(hex, 16).expect("\\xNN in dict.txt"));
                }
                Some(other) => v.push(other),
                None => {}
            }
        }
        entries.push(v);
    }
    entries
}

struct Mutator<'c> {
    rng: Rng,
    dict: &'c [Vec<u8>],
    pool: &'c [Vec<u8>],
    max_len: usize,
}

impl Mutator<'_> {
    /// A position in `v`, on a char boundary three times out of four.
    fn position(&mut self, v: &[u8]) -> usize {
        let mut i = self.rng.below(v.len() + 1);
        if self.rng.below(4) != 0 {
            while i < v.len() && (0x80..0xC0).contains(&v[i]) {
                i += 1;
            }
        }
        i
    }

    fn range(&mut self, v: &[u8]) -> (usize, usize) {
        let a = self.position(v);
        let max = if self.rng.below(8) == 0 { 256 } else { 16 };
        let len = 1 + self.rng.below(max);
        (a, (a + len).min(v.len()))
    }

    fn mutate(&mut self, v: &mut Vec<u8>) {
        for _ in 0..1 + self.rng.below(8) {
            match self.rng.below(9) {
                0 if !v.is_empty() => {
                    let i = self.rng.below(v.len());
                    v[i] ^= 1 << self.rng.below(8);
                }
                1 if !v.is_empty() => {
                    let i = self.rng.below(v.len());
                    v[i] = self.rng.next() as u8;
                }
                2..=4 => {
                    let piece = &self.dict[self.rng.below(self.dict.len())];
                    let times = if self.rng.below(16) == 0 {
                        1 + self.rng.below(64)
                    } else {
                        1
                    };
                    let at = self.position(v);
                    v.splice(
                        at..at,
                        piece.iter().copied().cycle().take(piece.len() * times),
                    );
                }
                5 if !v.is_empty() => {
                    let (a, b) = self.range(v);
                    v.drain(a..b);
                }
                6 if !v.is_empty() => {
                    let (a, b) = self.range(v);
                    let piece = v[a..b].to_vec();
                    let at = self.position(v);
                    v.splice(at..at, piece);
                }
                7 | 8 => {
                    let other = &self.pool[self.rng.below(self.pool.len())];
                    let (a, b) = self.range(other);
                    let piece = other[a..b].to_vec();
                    let at = self.position(v);
                    if self.rng.below(2) == 0 {
                        v.truncate(at);
                    }
                    v.splice(at..at, piece);
                }
                _ => {}
            }
        }
        v.truncate(self.max_len);
    }
}

fn read_corpus(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter(|p| p.is_file())
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}

/// Run `f` on `input`; on a panic, save the input and say where.
fn run(name: &str, f: fn(&[u8]), input: &[u8]) -> bool {
    if panic::catch_unwind(AssertUnwindSafe(|| f(input))).is_ok() {
        return true;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("artifacts")
        .join(name);
    let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let path = dir.join(format!("smoke-crash-{hash:016x}"));
    match std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, input)) {
        Ok(()) => eprintln!("smoke: {name}: the input is saved in {}", path.display()),
        Err(e) => eprintln!("smoke: {name}: cannot save the input ({e}): {input:?}"),
    }
    false
}

fn main() -> ExitCode {
    // A broken invariant's message, without a backtrace per mutation.
    panic::set_hook(Box::new(|info| eprintln!("smoke: {info}")));
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            let names: Vec<&str> = TARGETS.iter().map(|(n, _)| *n).collect();
            if !e.is_empty() {
                eprintln!("smoke: {e}");
            }
            eprintln!("{USAGE}{}", names.join(" "));
            return ExitCode::from(2);
        }
    };
    let corpora: Vec<(&str, Vec<Vec<u8>>)> = TARGETS
        .iter()
        .map(|(n, _)| (*n, read_corpus(&o.corpus.join(n))))
        .collect();
    let dict = dictionary();
    let mut pool: Vec<Vec<u8>> = corpora.iter().flat_map(|(_, c)| c.clone()).collect();
    pool.push(Vec::new());
    println!(
        "smoke: seed {}, {} s per target, corpus {} ({} files), {} dictionary entries",
        o.seed,
        o.seconds,
        o.corpus.display(),
        pool.len() - 1,
        dict.len()
    );
    let mut failed = Vec::new();
    let mut total = 0u64;
    for ((name, f), (_, corpus)) in TARGETS.iter().zip(&corpora) {
        if !o.targets.is_empty() && !o.targets.iter().any(|t| t == name) {
            continue;
        }
        // Built-once tables (the glossary matcher, the lexicon) are built outside the timing.
        run(name, *f, b"");
        let started = Instant::now();
        let mut execs = 0u64;
        let mut slowest = Duration::ZERO;
        let mut ok = true;
        let mut timed = |input: &[u8]| {
            let t = Instant::now();
            let passed = run(name, *f, input);
            slowest = slowest.max(t.elapsed());
            passed
        };
        for input in corpus.iter().chain([&Vec::new()]) {
            execs += 1;
            if !timed(input) {
                ok = false;
                break;
            }
        }
        let bases: &[Vec<u8>] = if corpus.is_empty() { &pool } else { corpus };
        let mut m = Mutator {
            rng: Rng(o.seed ^ (name.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
            dict: &dict,
            pool: &pool,
            max_len: o.max_len,
        };
        let deadline = started + Duration::from_secs_f64(o.seconds);
        let mut input = Vec::with_capacity(o.max_len);
        while ok && Instant::now() < deadline {
            input.clear();
            input.extend_from_slice(&bases[m.rng.below(bases.len())]);
            m.mutate(&mut input);
            execs += 1;
            ok = timed(&input);
        }
        total += execs;
        println!(
            "{name:>13}: {execs:>8} execs in {:.1} s ({} corpus files), slowest {:.1} ms{}",
            started.elapsed().as_secs_f64(),
            corpus.len(),
            slowest.as_secs_f64() * 1e3,
            if ok { "" } else { "  FAILED" }
        );
        if !ok {
            failed.push(*name);
        }
    }
    println!("smoke: {total} execs");
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "smoke: broken invariants in {} (seed {}); rerun one input with \
             `cargo fuzz run TARGET FILE` or `smoke --seconds 0 --corpus DIR TARGET`",
            failed.join(", "),
            o.seed
        );
        ExitCode::FAILURE
    }
}
