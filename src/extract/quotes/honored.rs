//! The speaker of a verb whose subject is an honorific pronoun (وقال سموه، وأضاف معاليه،
//! وأوضح فضيلته): the person the text named with that honorific (صاحب السمو الأمير فلان،
//! معالي الوزير فلان), not merely the last person named. Official news names the host with
//! an honorific and others (the king whose government is praised, a visitor) without it:
//! ونوه سموه … بما توليه حكومة خادم الحرمين الشريفين الملك سلمان … وقال سموه → the emir.
//!
//! Looks back over at most [`LOOKBACK`] facts: the last quote with a speaker (the one who
//! goes on), else the last person named with the honorific as the subject of a sentence.

use super::sacred::names_prophet;
use super::speaker::{honorific_fact, Speaker, LOOKBACK, SACRED};
use super::Sent;
use crate::extract::{Detail, Fact, FactKind, Out};

/// Honorific pronouns and the honorifics that name their person (normalized: ة as ه).
const HONORED: &[(&str, &[&str])] = &[
    ("سموه", &["سمو", "السمو"]),
    ("سموها", &["سمو", "السمو"]),
    ("معاليه", &["معالي"]),
    ("معاليها", &["معالي"]),
    ("سماحته", &["سماحه"]),
    ("فضيلته", &["فضيله"]),
    ("سعادته", &["سعاده"]),
    ("سعادتها", &["سعاده"]),
    ("فخامته", &["فخامه"]),
    ("جلالته", &["جلاله"]),
];

/// The speaker of the speech verb at token `i` when the word after it is an honorific
/// pronoun: the speaker of the last quote before it, else the last person named with the
/// honorific; `None` for another subject or when neither is found.
pub(super) fn honored_subject(sent: &Sent, out: &Out, i: usize) -> Option<Speaker> {
    let pronoun = sent.w(i + 1);
    let marks = HONORED.iter().find(|(p, _)| *p == pronoun)?.1;
    let limit = sent.toks[i].orig().start;
    for f in out.facts.iter().rev().take(LOOKBACK) {
        if f.sentence == sent.index && f.span.start >= limit {
            continue;
        }
        match (&f.kind, &f.detail) {
            (
                FactKind::Quote,
                Detail::Quote {
                    speaker: Some((en, ar)),
                    ..
                },
            ) if !SACRED.contains(&en.as_str()) => {
                return Some(Speaker {
                    english: en.clone(),
                    arabic: ar.clone(),
                    resolved: true,
                });
            }
            (FactKind::Person, _)
                if !honorific_fact(sent, f)
                    && !names_prophet(f.span.slice(sent.text))
                    && named_with(sent, f, marks) =>
            {
                return Some(Speaker::of_fact(f, sent.text, true));
            }
            _ => {}
        }
    }
    None
}

/// Is person fact `f` the subject of its sentence named with one of `marks`: the sentence
/// (after a full stop or a line break) opens with at most three words (a verb, a topic
/// opener) and then the honorific, with no punctuation and at most [`BEFORE`] words before
/// the name (حث صاحب السمو الأمير فلان؛ ووصف معالي وزير خارجية روسيا الاتحادية فلان)? Not a
/// person named with it as an object (… بقيادة صاحب السمو الملكي الأمير فلان). Read in the
/// normalized text.
fn named_with(sent: &Sent, f: &Fact, marks: &[&str]) -> bool {
    let (head, from_start) = super::carry::text_before(sent, f);
    // The sentence starts after a full stop or a line break, or at the document's start.
    let head = match head.rfind(['.', '\n', '!', '؟']) {
        Some(b) => &head[b + 1..],
        None if from_start => head,
        None => return false,
    };
    if head.contains(['،', ',', '؛', ':']) {
        return false;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let mark =
        |w: &&str| marks.contains(w) || w.strip_prefix('و').is_some_and(|r| marks.contains(&r));
    words.len() <= BEFORE && words.iter().position(mark).is_some_and(|k| k <= 3)
}

/// How many words may stand before a person named with an honorific (ووصف معالي وزير
/// خارجية روسيا الاتحادية سيرجي لافروف: six).
const BEFORE: usize = 8;
