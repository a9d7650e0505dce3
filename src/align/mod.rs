//! Sentence alignment of an Arabic document with its English translation.
//!
//! **In:** the Arabic text and its sentences ([`crate::segment::segment`]), the English text
//! and its sentences ([`segment_english`]). **Out:** [`Pair`]s in document order that cover
//! every sentence of both sides exactly once: 1-1, 2-1, 1-2, 2-2, 3-1, 1-3, 4-1 and 1-4
//! beads, and 1-0 / 0-1 for a
//! sentence with no counterpart (a headline on one side only, a dropped paragraph).
//!
//! How: a dynamic programme over beads (`dp.rs`), restricted to a band around the diagonal
//! that widens only when the best path runs into its edge (a second pass, with the length
//! ratio re-estimated from the first pass's 1-1 pairs, runs in a band around the first path), so a 10,000-sentence pair aligns
//! in near-linear time and memory. Each bead is scored (`score.rs`) by Gale–Church length
//! agreement, with the English/Arabic character ratio estimated from the document pair, plus
//! anchors found on both sides: numbers (any digits, number words), month and weekday names,
//! glossary term pairs (when the [`Aligner`] has a glossary matcher), names (consonant
//! skeletons), Latin-script tokens inside the Arabic (`ZMapp`, `PALM`), question marks and
//! quotations (`anchors.rs`, word tables in `lexicon.rs`).
//!
//! [`recut_stray_quotes`] (`requote.rs`), applied by `dragoman align` to the segmenter's
//! Arabic sentences, re-cuts a sentence where one stray ASCII `"` made the segmenter read the
//! rest of a paragraph as a quotation.
//!
//! [`Pair::score`] is in 0..1 and calibrated: it estimates the probability that the pair is
//! right, from a table fitted on dev data (FLORES-200 wikinews, checked on TICO-19; see
//! `dev/align_eval.py`). A score of 0.9 means about nine pairs in ten so scored are right, 0.5
//! means a coin toss; a 1-1 pair of the expected length without anchors scores about 0.85,
//! near 1 when anchors agree; 0 for a pair with an empty side. On news no pair with both
//! sides scores under 0.45: of the pairs the path chose against the length model, about two
//! in three are right. See `score.rs` for the formula and the calibration table.
//!
//! Also here: [`tmx`] (TMX 1.4b writer) and [`learn`] (term pairs from aligned text).
//!
//! What it does *not* do: reorder (crossing alignments), align below the sentence level, or
//! translate.
//!
//! ```
//! use dragoman::{segment, segment_english, Aligner};
//! let ar = "قال المتحدث إن ٤٢ شخصاً قتلوا. وأضاف أن المفاوضات ستستأنف الأحد.";
//! let en = "The spokesman said 42 people were killed. He added that talks would resume Sunday.";
//! let pairs = Aligner::new(None).align(
//!     ar, &segment(ar), en, &segment_english(en));
//! assert_eq!(pairs.len(), 2);
//! assert_eq!((pairs[0].ar.clone(), pairs[0].en.clone()), (0..1, 0..1));
//! ```

mod anchors;
mod colon;
mod dp;
mod english;
pub mod learn;
mod lexicon;
mod requote;
mod score;
pub mod tmx;

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

pub use english::{segment_english, EnSentence};
pub use requote::recut_stray_quotes;

use crate::glossary::Matcher;
use crate::segment::Sentence;
use anchors::{Features, TermIndex};
use score::{LengthModel, BEADS};

/// One aligned bead.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// Indices into the Arabic sentences (empty: no Arabic).
    pub ar: Range<usize>,
    /// Indices into the English sentences (empty: no English).
    pub en: Range<usize>,
    /// 0..1, higher is better; 0 when a side is empty. See the module docs.
    pub score: f64,
}

/// Aligns document pairs. Built once, shared across threads.
pub struct Aligner {
    terms: Option<TermIndex>,
}

impl Aligner {
    /// An aligner; with a glossary matcher, glossary term pairs become anchors.
    pub fn new(matcher: Option<Arc<Matcher>>) -> Aligner {
        Aligner {
            terms: matcher.map(TermIndex::new),
        }
    }

    /// Align the sentences `ar` of `ar_text` with the sentences `en` of `en_text`.
    pub fn align(
        &self,
        ar_text: &str,
        ar: &[Sentence],
        en_text: &str,
        en: &[EnSentence],
    ) -> Vec<Pair> {
        let terms = self.terms.as_ref();
        let mut fa: Vec<Features> = ar
            .iter()
            .map(|s| Features {
                headline: s.headline,
                ..anchors::arabic_features(s.span.slice(ar_text), terms)
            })
            .collect();
        let mut fe: Vec<Features> = en
            .iter()
            .map(|s| Features {
                headline: english::is_headline(en_text, s.span),
                ..anchors::english_features(s.span.slice(en_text), terms)
            })
            .collect();
        align_features(&mut fa, &mut fe)
    }
}

/// Keep only anchors whose key occurs somewhere on the other side of the document pair: a
/// glossary term or number that the translation never renders is no evidence either way.
fn keep_shared_anchors(fa: &mut [Features], fe: &mut [Features]) {
    let keys = |fs: &[Features]| -> HashSet<u64> {
        fs.iter()
            .flat_map(|f| f.anchors.iter().map(|a| a.0))
            .collect()
    };
    let (ka, ke) = (keys(fa), keys(fe));
    for f in fa.iter_mut() {
        f.anchors.retain(|a| ke.contains(&a.0));
        f.seal();
    }
    for f in fe.iter_mut() {
        f.anchors.retain(|a| ka.contains(&a.0));
        f.seal();
    }
}

fn align_features(fa: &mut [Features], fe: &mut [Features]) -> Vec<Pair> {
    keep_shared_anchors(fa, fe);
    let (fa, fe) = (&*fa, &*fe);
    // Pass 1 with the ratio of the totals; pass 2 with the ratio of the 1-1 pairs of pass 1,
    // which a paragraph dropped on one side does not bias.
    let first = align_with(fa, fe, LengthModel::estimate(fa, fe), None);
    let ones = first.iter().filter(|p| p.ar.len() == 1 && p.en.len() == 1);
    let (mut ar_chars, mut en_chars, mut n) = (0.0, 0.0, 0);
    for p in ones {
        ar_chars += fa[p.ar.start].chars;
        en_chars += fe[p.en.start].chars;
        n += 1;
    }
    if n == 0 {
        return first;
    }
    let guide: Vec<dp::Step> = first
        .iter()
        .map(|p| (p.ar.start, p.en.start, p.ar.len(), p.en.len()))
        .collect();
    align_with(
        fa,
        fe,
        LengthModel::from_counts(ar_chars, en_chars),
        Some(&guide),
    )
}

fn align_with(
    fa: &[Features],
    fe: &[Features],
    model: LengthModel,
    guide: Option<&[dp::Step]>,
) -> Vec<Pair> {
    let shapes: Vec<(usize, usize)> = BEADS.iter().map(|&(a, b, _)| (a, b)).collect();
    // −ln prior by shape, looked up without a search in the DP's inner loop.
    let mut neg_ln_prior = [[f64::INFINITY; 5]; 5];
    for &(a, b, p) in BEADS {
        neg_ln_prior[a][b] = -p.ln();
    }
    dp::best_path(fa.len(), fe.len(), &shapes, guide, |i, j, a, b, cutoff| {
        score::bead_cost(
            &model,
            &fa[i..i + a],
            &fe[j..j + b],
            neg_ln_prior[a][b],
            cutoff,
        )
    })
    .into_iter()
    .map(|(i, j, a, b)| Pair {
        ar: i..i + a,
        en: j..j + b,
        score: score::bead(
            &model,
            &fa[i..i + a],
            &fe[j..j + b],
            (-neg_ln_prior[a][b]).exp(),
        )
        .1,
    })
    .collect()
}

/// The English of each Arabic sentence under `aligner`: the English sentences of its pair,
/// joined with a space (empty for an Arabic sentence with no English). Arabic sentences
/// merged into one pair share its English.
pub fn english_per_sentence(
    aligner: &Aligner,
    ar_text: &str,
    ar: &[Sentence],
    en_text: &str,
) -> Vec<String> {
    let en = segment_english(en_text);
    let mut english = vec![String::new(); ar.len()];
    for pair in aligner.align(ar_text, ar, en_text, &en) {
        let joined = en[pair.en.clone()]
            .iter()
            .map(|s| s.span.slice(en_text))
            .collect::<Vec<_>>()
            .join(" ");
        for i in pair.ar.clone() {
            english[i] = joined.clone();
        }
    }
    english
}
