//! ROUGE-1 and ROUGE-2 for Arabic summaries.
//!
//! **In:** a candidate summary, a reference summary, and a [`Tokenizer`] that knows the words
//! of the article (and the reference). **Out:** recall, precision and F1 of unigram and bigram
//! overlap ([`Rouge`]).
//!
//! Tokens are those of [`Tokenizer::tokens`]: `match`-normalized (alef forms, ى→ي, ة→ه,
//! harakat, Arabic-Indic digits → ASCII), split into runs of letters and digits, with the
//! proclitics stripped (`(و|ف)?(ب|ك|ل)?ال`, `(و|ف)?لل`, and a bare `و ف ب ك ل` when the rest
//! is a word of the article or reference). No suffix stemming and no stopword removal: this is
//! the standard ROUGE-N counting (Lin 2004), with overlaps clipped by the reference count, over
//! Arabic tokens made comparable. Bigrams are taken within a text across sentence boundaries.
//!
//! What it does *not* do: ROUGE-L, multiple references, or jackknifing.

use std::collections::HashMap;

use super::score::Tokenizer;

/// Recall, precision and F1 of one n-gram order.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub recall: f64,
    pub precision: f64,
    pub f1: f64,
}

/// ROUGE-1 and ROUGE-2.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rouge {
    pub r1: Prf,
    pub r2: Prf,
}

/// ROUGE of `candidate` against `reference`.
pub fn rouge(tokenizer: &Tokenizer, candidate: &str, reference: &str) -> Rouge {
    let c = tokenizer.tokens(candidate);
    let r = tokenizer.tokens(reference);
    Rouge {
        r1: overlap(&ngrams(&c, 1), &ngrams(&r, 1)),
        r2: overlap(&ngrams(&c, 2), &ngrams(&r, 2)),
    }
}

fn ngrams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts = HashMap::new();
    for g in tokens.windows(n) {
        *counts.entry(g).or_insert(0) += 1;
    }
    counts
}

fn overlap(candidate: &HashMap<&[String], usize>, reference: &HashMap<&[String], usize>) -> Prf {
    let hits: usize = candidate
        .iter()
        .map(|(g, &n)| n.min(reference.get(g).copied().unwrap_or(0)))
        .sum();
    let c: usize = candidate.values().sum();
    let r: usize = reference.values().sum();
    let recall = if r == 0 { 0.0 } else { hits as f64 / r as f64 };
    let precision = if c == 0 { 0.0 } else { hits as f64 / c as f64 };
    let f1 = if recall + precision == 0.0 {
        0.0
    } else {
        2.0 * recall * precision / (recall + precision)
    };
    Prf {
        recall,
        precision,
        f1,
    }
}

impl Rouge {
    /// The mean of several scores (all zero for none).
    pub fn mean(all: &[Rouge]) -> Rouge {
        let n = all.len().max(1) as f64;
        let avg = |f: fn(&Rouge) -> Prf| Prf {
            recall: all.iter().map(|r| f(r).recall).sum::<f64>() / n,
            precision: all.iter().map(|r| f(r).precision).sum::<f64>() / n,
            f1: all.iter().map(|r| f(r).f1).sum::<f64>() / n,
        };
        Rouge {
            r1: avg(|r| r.r1),
            r2: avg(|r| r.r2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rouge_counts_clipped_overlaps_of_normalized_tokens() {
        // candidate, reference, (R1 recall, R1 precision), (R2 recall, R2 precision)
        type Row<'a> = (&'a str, &'a str, (f64, f64), (f64, f64));
        let rows: [Row; 4] = [
            ("البحر الميت", "البحر الميت", (1.0, 1.0), (1.0, 1.0)),
            // Clitics and spelling folded: وبالبحر → بحر, أخفض → اخفض.
            (
                "وبالبحر أخفض",
                "البحر اخفض نقطة",
                (2.0 / 3.0, 1.0),
                (0.5, 1.0),
            ),
            // Clipping: the candidate repeats a word the reference has once.
            ("ملح ملح ملح", "ملح ماء", (0.5, 1.0 / 3.0), (0.0, 0.0)),
            ("", "ملح", (0.0, 0.0), (0.0, 0.0)),
        ];
        for (cand, refr, (r1r, r1p), (r2r, r2p)) in rows {
            let t = Tokenizer::new([cand, refr]);
            let got = rouge(&t, cand, refr);
            let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
            assert!(
                close(got.r1.recall, r1r)
                    && close(got.r1.precision, r1p)
                    && close(got.r2.recall, r2r)
                    && close(got.r2.precision, r2p),
                "candidate {cand:?} reference {refr:?}: {got:?}"
            );
        }
    }
}
