//! Parallel processing of a stream of documents, with output in input order.
//!
//! **In:** an iterator of `Result<Document>`, a pure function from a document to its rendered
//! output, and a sink. **Out:** the sink sees every result in input order, whatever the number
//! of threads, so `--threads 1` and `--threads 8` write the same bytes.
//!
//! Memory is bounded: documents are taken in batches of at most [`BATCH_BYTES`] of text (or
//! [`BATCH_DOCS`] documents); while the pool processes one batch, the calling thread writes
//! the previous batch's results and reads the next batch, so at most three batches are alive.
//! Peak memory grows with the largest document, not with the number of documents.
//!
//! A document that fails (unreadable, not UTF-8, bad record) is reported through `on_failure`
//! and skipped; with `strict` the run stops at the first failure instead (and says so in
//! [`Totals::stopped`], so the caller can discard a partial output file).

use crate::error::{Error, Result};
use crate::input::Document;

/// Text bytes per batch (per thread): enough to keep all threads busy, small enough to bound
/// memory.
pub const BATCH_BYTES: usize = 4 << 20;
/// Documents per batch (per thread), for corpora of many tiny documents.
pub const BATCH_DOCS: usize = 512;

/// The most threads [`run`] starts; more are cut to this (the CLI refuses them, and cuts
/// anything over 4 per core). Each thread costs a stack and start-up time, and beyond a few
/// per core they only wait.
pub const MAX_THREADS: usize = 256;

/// Counts of a finished run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub documents: usize,
    pub failures: usize,
    pub bytes: u64,
    /// `strict` was on and a document failed: the run stopped there.
    pub stopped: bool,
}

/// Run `work` over `docs` on `threads` threads (0: all cores; at most `MAX_THREADS`); feed
/// each document and its result to `sink` in input order.
pub fn run<T, W, S, F>(
    docs: impl Iterator<Item = Result<Document>> + Send,
    threads: usize,
    strict: bool,
    work: W,
    mut sink: S,
    mut on_failure: F,
) -> Result<Totals>
where
    T: Send,
    W: Fn(&Document) -> Result<T> + Sync,
    S: FnMut(&Document, T) -> Result<()>,
    F: FnMut(&Error),
{
    let threads = threads.min(MAX_THREADS);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::usage(format!("cannot start {threads} threads: {e}")))?;
    let n = pool.current_num_threads().max(1);
    let mut docs = docs.fuse();
    let mut totals = Totals::default();
    // A three-stage pipeline: while the pool renders batch k, this thread hands batch k-1's
    // results to the sink and reads batch k+1, so reading and writing never leave the pool
    // idle.
    let mut batch = next_batch(&mut docs, n);
    let mut done: Option<Done<T>> = None;
    while !batch.is_empty() || done.is_some() {
        let mut results = Vec::new();
        let mut next = Vec::new();
        let mut delivered = Ok(true);
        pool.in_place_scope(|scope| {
            let (batch, results) = (&batch, &mut results);
            let work = &work;
            scope.spawn(move |_| {
                use rayon::prelude::*;
                *results = batch
                    .par_iter()
                    .map(|d| d.as_ref().ok().map(work))
                    .collect();
            });
            if let Some(done) = done.take() {
                delivered = deliver(done, strict, &mut totals, &mut sink, &mut on_failure);
            }
            if matches!(delivered, Ok(true)) {
                next = next_batch(&mut docs, n);
            }
        });
        if !delivered? {
            return Ok(totals);
        }
        done = (!batch.is_empty()).then_some(Done {
            batch: std::mem::replace(&mut batch, next),
            results,
        });
    }
    Ok(totals)
}

/// A rendered batch waiting for the sink: each document and its result (`None` when the
/// document itself failed to read).
struct Done<T> {
    batch: Vec<Result<Document>>,
    results: Vec<Option<Result<T>>>,
}

/// Feed a rendered batch to the sink in order. `Ok(false)`: stop (`strict` and a failure).
fn deliver<T, S, F>(
    done: Done<T>,
    strict: bool,
    totals: &mut Totals,
    sink: &mut S,
    on_failure: &mut F,
) -> Result<bool>
where
    S: FnMut(&Document, T) -> Result<()>,
    F: FnMut(&Error),
{
    for (doc, result) in done.batch.into_iter().zip(done.results) {
        let failure = match (doc, result) {
            (Ok(doc), Some(Ok(out))) => {
                totals.documents += 1;
                totals.bytes += doc.text.len() as u64;
                sink(&doc, out)?;
                continue;
            }
            (Ok(_), Some(Err(e))) | (Err(e), _) => e,
            (Ok(_), None) => unreachable!("every document has a result"),
        };
        totals.failures += 1;
        on_failure(&failure);
        if strict {
            totals.stopped = true;
            return Ok(false);
        }
    }
    Ok(true)
}

fn next_batch(
    docs: &mut impl Iterator<Item = Result<Document>>,
    threads: usize,
) -> Vec<Result<Document>> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    for doc in docs.by_ref() {
        bytes += doc.as_ref().map_or(0, |d| d.text.len());
        batch.push(doc);
        if bytes >= BATCH_BYTES * threads || batch.len() >= BATCH_DOCS * threads {
            break;
        }
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `count` tiny documents; every `bad`-th one fails to read.
    fn docs(count: usize, bad: usize) -> impl Iterator<Item = Result<Document>> + Send {
        (0..count).map(move |i| {
            if i % bad == bad - 1 {
                Err(Error::usage(format!("bad {i}")))
            } else {
                Ok(Document {
                    id: i.to_string(),
                    text: format!("نص {i}"),
                    ..Document::default()
                })
            }
        })
    }

    /// Many batches (more documents than one batch holds), whatever the thread count: the
    /// sink sees every good document once, in input order, and every failure is reported.
    #[test]
    fn results_arrive_in_input_order_across_batches() {
        let count = 5 * BATCH_DOCS + 7;
        for threads in [1, 2, 3] {
            let mut seen = Vec::new();
            let mut failures = Vec::new();
            let totals = run(
                docs(count, 97),
                threads,
                false,
                |d| Ok(d.id.parse::<usize>().unwrap() * 2),
                |d, twice| {
                    assert_eq!(twice, d.id.parse::<usize>().unwrap() * 2);
                    seen.push(twice / 2);
                    Ok(())
                },
                |e| failures.push(e.to_string()),
            )
            .unwrap();
            let want: Vec<usize> = (0..count).filter(|i| i % 97 != 96).collect();
            assert_eq!(seen, want, "threads {threads}");
            assert_eq!(failures.len(), count / 97);
            assert_eq!(
                (totals.documents, totals.failures),
                (want.len(), count / 97)
            );
            assert!(!totals.stopped);
        }
    }

    /// `strict` stops at the first failure, after delivering everything before it, even
    /// when the failure is in a later batch than the first.
    #[test]
    fn strict_stops_at_the_first_failure() {
        let bad = 3 * BATCH_DOCS + 5;
        let mut seen = 0;
        let totals = run(
            docs(6 * BATCH_DOCS, bad + 1),
            2,
            true,
            |_| Ok(()),
            |_, ()| {
                seen += 1;
                Ok(())
            },
            |_| {},
        )
        .unwrap();
        assert_eq!(seen, bad);
        assert!(totals.stopped);
        assert_eq!(totals.failures, 1);
    }

    /// A sink error (e.g. a closed pipe) ends the run with that error.
    #[test]
    fn a_sink_error_ends_the_run() {
        let mut calls = 0;
        let r = run(
            docs(3 * BATCH_DOCS, usize::MAX),
            2,
            false,
            |_| Ok(()),
            |_, ()| {
                calls += 1;
                if calls == BATCH_DOCS + 1 {
                    return Err(Error::usage("closed"));
                }
                Ok(())
            },
            |_| {},
        );
        assert!(r.is_err());
        assert_eq!(calls, BATCH_DOCS + 1);
    }
}
