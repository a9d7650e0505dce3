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
//! right, given that the two texts translate each other, from two tables (1-1 pairs, merged
//! pairs) fitted on half of the news dev data and checked on the other half (see `score.rs`
//! and `dev/align_eval.py`). Held out, pairs scored 0.9–1 were right 0.993 of the time, pairs
//! scored 0.8–0.9 (merged pairs, 0.877) 0.938; no pair of a news translation scores under
//! 0.8, so a score of 0.5 (a coin toss) does not occur there. 0 for a pair with an empty side.
//! The score does not say whether the texts translate each other at all.
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
use crate::segment::pdf::{sentence_text, Repair};
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
    /// 0..1: the estimated probability that the pair is right (calibrated, see the module
    /// docs); 0 when a side is empty.
    pub score: f64,
    /// 0..1: the bead's raw evidence before calibration, the logistic of its length agreement
    /// plus anchors (`score.rs`); 0 when a side is empty. Not a probability: on translations
    /// a 1-1 pair with evidence 0.3 is still nearly always right. For ranking pairs within a
    /// document and telling where the length or anchors disagree (under about 0.45: a length
    /// off by 2σ or an anchor on one side only; what [`Pair::score`] read as "unsure" under
    /// 0.6 until session 12).
    pub evidence: f64,
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
        self.align_repaired(ar_text, ar, &[], en_text, en)
    }

    /// [`Aligner::align`] reading the Arabic as the pipeline reads it: with the PDF `repairs`
    /// of [`crate::segment_as`] applied ([`Segmented::repairs`](crate::Segmented): stray
    /// spaces inside words taken out, broken lam-alef turned back) and wrapped line breaks
    /// read as spaces, so that a term or a month cut by the extractor is still an anchor.
    /// Only the anchors and lengths see the repaired text: the sentences, and so the pairs,
    /// still point into `ar_text` as written.
    pub fn align_repaired(
        &self,
        ar_text: &str,
        ar: &[Sentence],
        repairs: &[Repair],
        en_text: &str,
        en: &[EnSentence],
    ) -> Vec<Pair> {
        let terms = self.terms.as_ref();
        let mut fa: Vec<Features> = ar
            .iter()
            .map(|s| Features {
                headline: s.headline,
                ..anchors::arabic_features(&sentence_text(ar_text, s.span, repairs), terms)
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
    .map(|(i, j, a, b)| {
        let (_, score, evidence) = score::bead(
            &model,
            &fa[i..i + a],
            &fe[j..j + b],
            (-neg_ln_prior[a][b]).exp(),
        );
        Pair {
            ar: i..i + a,
            en: j..j + b,
            score,
            evidence,
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{pdf, segment_as, Layout};

    /// What a PDF extractor cut (a space inside a month name, a lam-alef written back as
    /// `ال`) is an anchor again once the repairs are applied: the pair that the anchor
    /// confirms scores higher, and the pairs still point into the text as written.
    #[test]
    fn pdf_repairs_restore_anchors() {
        // (Arabic as extracted, English, the word the repair must give back)
        let rows: &[(&str, &str, &str)] = &[
            (
                "أعلنت الوزارة في ١٥ ينا ير أن المشروع اكتمل.\nوقال المتحدث إن العمل سيبدأ قريباً.",
                "The ministry announced on 15 January that the project was complete. The spokesman said work would start soon.",
                "يناير",
            ),
            (
                "وصل الوفد يوم الخمي س إلى العاصمة.\nوقال رئيس الوفد إن المحادثات كانت مثمرة.",
                "The delegation arrived in the capital on Thursday. Its head said the talks had been fruitful.",
                "الخميس",
            ),
        ];
        let aligner = Aligner::new(None);
        for &(ar_text, en_text, word) in rows {
            let seg = segment_as(ar_text, Layout::Pdf);
            assert!(
                pdf::apply_repairs(ar_text, &seg.repairs).contains(word),
                "{ar_text}: {:?}",
                seg.repairs
            );
            let en = segment_english(en_text);
            let plain = aligner.align(ar_text, &seg.sentences, en_text, &en);
            let fixed = aligner.align_repaired(ar_text, &seg.sentences, &seg.repairs, en_text, &en);
            let ranges = |p: &[Pair]| {
                p.iter()
                    .map(|p| (p.ar.clone(), p.en.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                ranges(&fixed),
                vec![(0..1, 0..1), (1..2, 1..2)],
                "{ar_text}"
            );
            assert_eq!(ranges(&plain), ranges(&fixed));
            // The evidence, which the anchors move (calibrated, every 1-1 pair of a
            // translation scores 0.96 or more).
            assert!(
                fixed[0].evidence > plain[0].evidence + 0.02,
                "{ar_text}: {} vs {}",
                fixed[0].evidence,
                plain[0].evidence
            );
            assert!(fixed[0].score >= plain[0].score);
        }
    }
}
