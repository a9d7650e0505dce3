//! Certainty: facts inside a denial, a claim attributed to a party, or a hedge.
//!
//! **In:** a tokenized sentence and its facts. **Out:** the same facts, with
//! [`Fact::hedged`] set to the cue (`denied`, `claimed`, `unconfirmed`, `reportedly`,
//! `believed`) on the facts a reader must not take as established.
//!
//! Rule (table-driven, [`CUES`]): a cue is a word sequence in the `match` normalization
//! (proclitics و/ف allowed on its first word). A cue of denial or claim (نفى، زعم، ادعى) hedges
//! the facts after it in the sentence; a cue of missing confirmation (لم يتسن التأكد، لم يتم
//! التأكد، غير مؤكدة) hedges the whole sentence, since it usually follows what it qualifies.
//! Dates, times, people and places are never hedged: a denial made on Monday is still made on
//! Monday. Only numeric facts (numbers, quantities, money, percent, durations, ages), casualty
//! statements and quotes are.

use std::sync::OnceLock;

use super::{Fact, FactKind, FxSet, Sent, LEX};

/// `(anchor, words before it, cue, whole sentence)`, in the `match` normalization. The anchor
/// is the cue's rarest word, a lexicon word (its token has the `LEX` class), so a sentence
/// costs one class test per word; the words before it are checked only at an anchor.
const CUES: &[(&str, &[&str], &str, bool)] = &[
    ("نفي", &[], "denied", false),
    ("نفت", &[], "denied", false),
    ("ينفي", &[], "denied", false),
    ("تنفي", &[], "denied", false),
    ("زعم", &[], "claimed", false),
    ("زعمت", &[], "claimed", false),
    ("يزعم", &[], "claimed", false),
    ("تزعم", &[], "claimed", false),
    ("مزاعم", &[], "claimed", false),
    ("ادعي", &[], "claimed", false),
    ("ادعت", &[], "claimed", false),
    ("يدعي", &[], "claimed", false),
    ("تدعي", &[], "claimed", false),
    ("ادعاءات", &[], "claimed", false),
    ("يعتقد", &[], "believed", false),
    ("يرجح", &[], "believed", false),
    ("مصادر", &["بحسب"], "reportedly", false),
    ("مصادر", &["حسب"], "reportedly", false),
    ("مصادر", &["وفق"], "reportedly", false),
    ("لمصادر", &["وفقا"], "reportedly", false),
    ("يتسن", &["لم"], "unconfirmed", true),
    ("يتسني", &["لم"], "unconfirmed", true),
    ("التاكد", &["لم", "يتم"], "unconfirmed", true),
    // في معلومات لا يمكن التأكد منها، يصعب التحقق من الحصيلة.
    ("التاكد", &["لا", "يمكن"], "unconfirmed", true),
    ("التاكد", &["يصعب"], "unconfirmed", true),
    ("التحقق", &["لا", "يمكن"], "unconfirmed", true),
    ("التحقق", &["لم", "يتم"], "unconfirmed", true),
    ("التحقق", &["يصعب"], "unconfirmed", true),
    ("تتاكد", &["لم"], "unconfirmed", true),
    ("مؤكده", &["غير"], "unconfirmed", true),
    ("مؤكد", &["غير"], "unconfirmed", true),
    ("موكده", &["غير"], "unconfirmed", true),
];

/// The anchors, for the lexicon (the `LEX` class).
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(CUES.iter().map(|r| r.0));
}

fn hedgeable(k: FactKind) -> bool {
    matches!(
        k,
        FactKind::Number
            | FactKind::Quantity
            | FactKind::Percent
            | FactKind::Money
            | FactKind::Duration
            | FactKind::Age
            | FactKind::Casualties
            | FactKind::Quote
    )
}

/// The anchors, for a one-probe test per lexicon word.
fn anchors() -> &'static FxSet<&'static str> {
    static A: OnceLock<FxSet<&'static str>> = OnceLock::new();
    A.get_or_init(|| CUES.iter().map(|r| r.0).collect())
}

/// The first cue of the sentence: `(its start in bytes of the original, cue, whole)`.
fn cue(sent: &Sent) -> Option<(usize, &'static str, bool)> {
    let mut found: Option<(usize, &'static str, bool)> = None;
    let anchors = anchors();
    for (i, t) in sent.toks.iter().enumerate() {
        if t.class & LEX == 0 {
            continue;
        }
        let w = sent.w(i);
        // The word, and without و/ف. (Where a one-letter rest is left, the proclitic split
        // keeps the word whole: neither is an anchor, and the word is tested as it is.)
        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if !anchors.contains(w) && (bare.len() == w.len() || !anchors.contains(bare)) {
            continue;
        }
        for &(anchor, before, cue, whole) in CUES {
            let n = before.len();
            let hit = if n == 0 {
                w == anchor || bare == anchor
            } else {
                w == anchor
                    && i >= n
                    && before.iter().enumerate().all(|(k, b)| {
                        let t = sent.w(i - n + k);
                        t == *b || (k == 0 && t.strip_prefix('و') == Some(b))
                    })
            };
            if hit {
                let at = sent.span(i - n, i + 1).start;
                if whole {
                    return Some((at, cue, true));
                }
                found.get_or_insert((at, cue, false));
            }
        }
    }
    found
}

/// Set [`Fact::hedged`] on the hedged facts of one sentence.
pub(super) fn mark(sent: &Sent, facts: &mut [Fact]) {
    if !facts.iter().any(|f| hedgeable(f.kind)) {
        return;
    }
    let Some((at, cue, whole)) = cue(sent) else {
        return;
    };
    for f in facts.iter_mut() {
        if hedgeable(f.kind) && (whole || f.span.start >= at) {
            f.hedged = Some(cue);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::facts;

    #[test]
    fn hedged_facts_carry_their_cue() {
        type Row<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);
        let rows: &[Row] = &[
            (
                "ونفى المتحدث مقتل 20 جنديا في الهجوم.",
                &[("مقتل 20 جنديا", Some("denied"))],
            ),
            (
                "وزعمت الجماعة أنها أسقطت مروحيتين.",
                &[("مروحيتين", Some("claimed"))],
            ),
            (
                "قتل 12 شخصا في القصف، ولم يتسن التأكد من الحصيلة من مصدر مستقل.",
                &[("قتل 12 شخصا", Some("unconfirmed"))],
            ),
            ("وارتفعت الأسعار بنسبة 15% خلال شهر رمضان.", &[("15%", None)]),
            // Session 14: لا يمكن التأكد / يصعب التحقق.
            (
                "وقالت الوكالة في معلومات لا يمكن التأكد منها إن 30 مسلحا قتلوا.",
                &[("30 مسلحا قتلوا", Some("unconfirmed"))],
            ),
            (
                "وأعلن الجيش أسر 12 مقاتلا، ويصعب التحقق من ذلك.",
                &[("أسر 12 مقاتلا", Some("unconfirmed"))],
            ),
        ];
        for (text, want) in rows {
            let got = facts(text, None);
            for (surface, cue) in *want {
                let f = got
                    .iter()
                    .find(|f| f.span.slice(text) == *surface)
                    .unwrap_or_else(|| panic!("{surface} not found in {got:?}"));
                assert_eq!(f.hedged, *cue, "{text}");
            }
        }
    }
}
