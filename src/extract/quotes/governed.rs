//! A body named after a person speaks, not the person: مكتب الرئيس الفرنسي فرانسوا هولاند
//! "the office of Francois Hollande", عائلة بوبي كريستينا براون "the family of Bobby Christina Braun",
//! ائتلاف الوطنية بزعامة اياد علاوي "the coalition led by Ayad Allawi". The subject after a
//! speech verb opens with one of [`HEADS`] (no article: a noun in construct), and the first
//! person fact follows within [`REACH`] tokens of words, or after بزعامة/برئاسة/بقيادة.
//! Used by `speaker::speaker` when the fact it would pick is that person.

use super::speaker::{tok_at, Speaker};
use super::Sent;
use crate::extract::{Fact, FactKind};

/// Heads of a body that a person's name governs (normalized), with their English.
#[rustfmt::skip]
const HEADS: &[(&str, &str)] = &[
    ("مكتب", "office"), ("عائله", "family"), ("اسره", "family"), ("ائتلاف", "coalition"),
    ("حزب", "party"), ("حكومه", "government"), ("كتله", "bloc"), ("حمله", "campaign"),
];

/// Words that say who leads the body (بزعامة اياد علاوي): the person is its leader.
const LED_BY: &[&str] = &["بزعامه", "برئاسه", "بقياده"];

/// How many tokens may stand between the head and the person (مكتب الرئيس الفرنسي فرانسوا).
const REACH: usize = 5;

/// The body at token `from` that the person fact `f` names, as the speaker; `None` when `f`
/// is no person, `from` holds no head or more than words stand between.
pub(super) fn body_of_person(sent: &Sent, from: usize, f: &Fact) -> Option<Speaker> {
    if f.kind != FactKind::Person {
        return None;
    }
    let head = HEADS.iter().find(|(w, _)| *w == sent.w(from))?.1;
    let at = tok_at(sent, f.span.start);
    if at <= from || at > from + REACH || !(from..at).all(|k| sent.is_word(k)) {
        return None;
    }
    // A person in the head's own token (a fact that starts inside it) is no governed name.
    if sent.toks[at].orig().start != f.span.start {
        return None;
    }
    let person = Speaker::of_fact(f, sent.text, false);
    let start = sent.toks[from].orig().start;
    // The person's Arabic starts at the fact (`Speaker::of_fact` may add a name's tail).
    let end = f.span.start + person.arabic.len();
    let led = (from + 1..at).find(|&k| LED_BY.contains(&sent.w(k)));
    let english = match led {
        Some(_) => format!("the {head} led by {}", person.english),
        None => format!("the {head} of {}", person.english),
    };
    Some(Speaker {
        english,
        arabic: sent.text[start..end].to_string(),
        resolved: false,
    })
}

/// The speaker carried from the fact `f` of an earlier sentence: the body `f` names when the
/// body is the subject of that sentence's first verb (طالب ائتلاف الوطنية بزعامة اياد علاوي
/// الحكومة …، محذرة من: the coalition warns), else the fact itself.
pub(super) fn carried(sent: &Sent, f: &Fact) -> Speaker {
    let body = (sent.len() >= 3 && tok_at(sent, f.span.start) > 1)
        .then(|| body_of_person(sent, 1, f))
        .flatten();
    match body {
        Some(s) => Speaker {
            resolved: true,
            ..s
        },
        None => Speaker::of_fact(f, sent.text, true),
    }
}
