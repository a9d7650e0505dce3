//! Parallel processing of a stream of documents, with output in input order.
//!
//! **In:** an iterator of `Result<Document>`, a pure function from a document to its rendered
//! output, and a sink. **Out:** the sink sees every result in input order, whatever the number
//! of threads, so `--threads 1` and `--threads 8` write the same bytes.
//!
//! Memory is bounded: documents are taken in batches of at most [`BATCH_BYTES`] of text (or
//! [`BATCH_DOCS`] documents), and the next batch is read while the current one is processed.
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

/// Counts of a finished run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub documents: usize,
    pub failures: usize,
    pub bytes: u64,
    /// `strict` was on and a document failed: the run stopped there.
    pub stopped: bool,
}

/// Run `work` over `docs` on `threads` threads (0: all cores); feed each document and its
/// result to `sink` in input order.
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
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::usage(format!("cannot start {threads} threads: {e}")))?;
    let n = pool.current_num_threads().max(1);
    let mut docs = docs.fuse();
    let mut totals = Totals::default();
    let mut batch = next_batch(&mut docs, n);
    while !batch.is_empty() {
        let (results, next) = pool.install(|| {
            rayon::join(
                || {
                    use rayon::prelude::*;
                    batch
                        .par_iter()
                        .map(|d| match d {
                            Ok(doc) => Some(work(doc)),
                            Err(_) => None,
                        })
                        .collect::<Vec<_>>()
                },
                || next_batch(&mut docs, n),
            )
        });
        for (doc, result) in batch.into_iter().zip(results) {
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
                return Ok(totals);
            }
        }
        batch = next;
    }
    Ok(totals)
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
