//! A sentence left out of a translation that the aligner joined to a neighbour's pair.
//!
//! **In:** per aligned pair, the spans of its Arabic sentences (bytes of the Arabic text), and
//! every glossary term the check looked up in the English of its pair: where it starts in the
//! Arabic and whether a rendering was found. **Out:** the sentences of merged pairs (two
//! Arabic sentences or more) that have [`MIN_TERMS`] terms or more and none of them rendered.
//!
//! Why: when a translator skips a sentence, the aligner often pairs it with a neighbour
//! (a 2-1 pair) instead of leaving it without English, so no `unaligned` finding arises and
//! its terms are one `term-missing` each, most of them info-level vocabulary. A translator who
//! joins two sentences keeps the terms of both; a sentence of whose terms not one is in the
//! English is most likely not translated.
//!
//! What it does *not* do: look at 1-1 pairs (on the human translations of
//! `dev/check_eval.py`, 1-1 pairs with three terms or more and none rendered were 5 sentences
//! paraphrased whole, and no injected omission was found so), or at numbers (the number
//! check reports them).

use crate::span::Span;

/// A sentence needs at least this many terms looked up to be judged (with one, the human
/// translations of `dev/check_eval.py` gave 4 findings more and the skipped sentences one).
pub(super) const MIN_TERMS: usize = 2;

/// `(pair, sentence, terms)` for each sentence of a merged pair none of whose `terms` (sorted
/// by their byte) was found; `parts[i]` are pair `i`'s Arabic sentences (empty when the pairs
/// were given aligned).
pub(super) fn left_out(parts: &[Vec<Span>], terms: &[(usize, bool)]) -> Vec<(usize, Span, usize)> {
    let mut out = Vec::new();
    for (i, sentences) in parts.iter().enumerate() {
        if sentences.len() < 2 {
            continue;
        }
        for s in sentences {
            let from = terms.partition_point(|&(b, _)| b < s.start);
            let to = terms.partition_point(|&(b, _)| b < s.end);
            let inside = &terms[from..to];
            if inside.len() >= MIN_TERMS && inside.iter().all(|&(_, found)| !found) {
                out.push((i, *s, inside.len()));
            }
        }
    }
    out
}
