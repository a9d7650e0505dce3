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
//! A merged pair whose English is much shorter than its Arabic predicts is reported too
//! ([`short_merged`]): the English of one sentence where two were translated.
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

/// A merged pair is short when its English is under this share of what the document's pairs of
/// one Arabic sentence predict for its Arabic (their median English/Arabic ratio in letters
/// and digits). On the 114 human translations of `dev/check_eval.py` the 148 merged pairs the
/// aligner made were at 0.74 or more (5 % under 0.85); the skipped sentences it joined to a
/// neighbour and no other finding caught were at 0.64 to 0.76.
pub(super) const SHORT: f64 = 0.7;

/// The fewest pairs of one Arabic sentence a document needs for its ratio to be trusted.
pub(super) const MIN_ONE_TO_ONE: usize = 3;

/// Each pair's (Arabic, English) length in letters and digits.
pub(super) fn lengths(
    pairs: &[super::CheckedPair],
    arabic: &str,
    english: &str,
) -> Vec<(usize, usize)> {
    let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    pairs
        .iter()
        .map(|p| {
            (
                letters(p.arabic.slice(arabic)),
                letters(p.english.slice(english)),
            )
        })
        .collect()
}

/// `(pair, percent of the predicted English)` for each merged pair (two Arabic sentences or
/// more) whose English is [`SHORT`]; `lengths[i]` is pair `i`'s (Arabic, English) length in
/// characters and `parts[i]` its Arabic sentences (empty when the pairs were given aligned).
pub(super) fn short_merged(parts: &[Vec<Span>], lengths: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut ratios: Vec<f64> = parts
        .iter()
        .zip(lengths)
        .filter(|(p, &(ar, en))| p.len() == 1 && ar > 0 && en > 0)
        .map(|(_, &(ar, en))| en as f64 / ar as f64)
        .collect();
    if ratios.len() < MIN_ONE_TO_ONE {
        return Vec::new();
    }
    ratios.sort_unstable_by(f64::total_cmp);
    let median = ratios[ratios.len() / 2];
    parts
        .iter()
        .zip(lengths)
        .enumerate()
        .filter(|(_, (p, &(ar, en)))| {
            p.len() >= 2 && en > 0 && (en as f64) < SHORT * median * ar as f64
        })
        .map(|(i, (_, &(ar, en)))| {
            (
                i,
                (100.0 * en as f64 / (median * ar as f64)).round() as usize,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merged_pair_with_the_english_of_one_sentence_is_short() {
        let one = vec![Span::new(0, 10)];
        let two = vec![Span::new(0, 10), Span::new(11, 20)];
        // (pairs, the short ones)
        // A pair: (Arabic sentences, Arabic length, English length).
        type Pairs = [(usize, usize, usize)];
        let cases: &[(&Pairs, &[usize])] = &[
            // Three 1-1 pairs at 1.1; a 2-1 pair at 1.0 (a translator who joined two sentences)
            // and one at 0.55 (half of it untranslated).
            (
                &[
                    (1, 100, 110),
                    (1, 50, 55),
                    (2, 200, 200),
                    (1, 80, 88),
                    (2, 200, 110),
                ],
                &[4],
            ),
            // Too few 1-1 pairs to tell.
            (&[(1, 100, 110), (2, 200, 60), (1, 80, 88)], &[]),
        ];
        for (pairs, want) in cases {
            let parts: Vec<Vec<Span>> = pairs
                .iter()
                .map(|&(n, _, _)| if n == 1 { one.clone() } else { two.clone() })
                .collect();
            let lengths: Vec<(usize, usize)> = pairs.iter().map(|&(_, a, e)| (a, e)).collect();
            let got: Vec<usize> = short_merged(&parts, &lengths)
                .into_iter()
                .map(|(i, _)| i)
                .collect();
            assert_eq!(&got, want);
        }
    }
}
