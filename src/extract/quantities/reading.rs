//! How a unit reads in its sentence, and the qualifiers around a number.
//!
//! **In:** a sentence and where a number starts or a unit ends. **Out:** the unit as the
//! sentence reads it (a distance per hour is a speed, degrees in a report on an earthquake a
//! magnitude); the qualifier before the number (table `QUALIFIERS`: أكثر من، نحو …), or the
//! one after the unit (على الأقل, تقريبا), which the quantity and casualty rules read when
//! there is none before the number.

use super::tables::{ONE_WORD, QUALIFIERS};
use super::{clitic_splits, After, Sent};

/// A qualifier before a number: `(first token, op, english)`.
pub(crate) type Qualifier = Option<(usize, &'static str, &'static str)>;

/// The qualifier ending right before token `at`.
pub(crate) fn qualifier_before(sent: &Sent, at: usize) -> Qualifier {
    // The qualifier's last word is the word before `at` (or, for a one-word qualifier, that
    // word without its proclitics).
    let prev = at.checked_sub(1).filter(|&p| sent.is_word(p))?;
    let last = sent.w(prev);
    // Every qualifier of two words or more ends with one of these (exactly); the one-word
    // ones (نحو، حوالي …) never are one: half the table is skipped at once.
    let multi = matches!(last, "عن" | "علي" | "الي" | "من" | "يقارب" | "الاقل");
    let table = if multi {
        &QUALIFIERS[..ONE_WORD]
    } else {
        &QUALIFIERS[ONE_WORD..]
    };
    for &(words, op, en) in table {
        let n = words.len();
        if at < n || !last.ends_with(words[n - 1]) {
            continue;
        }
        let from = at - n;
        // Last word first: most numbers have no qualifier, and that word tells at once. A
        // proclitic split of the first word ends where the word does.
        let ok = words.iter().enumerate().rev().all(|(k, w)| {
            let tok = sent.w(from + k);
            sent.is_word(from + k)
                && if k == 0 {
                    tok.ends_with(w) && clitic_splits(tok).any(|(_, r)| r == *w)
                } else {
                    tok == *w
                }
        });
        if ok {
            // لا يقل عن، ولا تزيد على: the negation turns the comparison.
            if n == 2 && from >= 1 && clitic_splits(sent.w(from - 1)).any(|(_, r)| r == "لا") {
                let (op, en) = if op == "<" {
                    (">=", "at least")
                } else {
                    ("<=", "at most")
                };
                return Some((from - 1, op, en));
            }
            return Some((from, op, en));
        }
    }
    None
}

/// Words that make a sentence about an earthquake: درجة there is the magnitude.
const QUAKE: &[&str] = &[
    "زلزال",
    "الزلزال",
    "هزه",
    "الهزه",
    "ريختر",
    "رختر",
    "الزلازل",
];

/// A measure ending at token `to`, read in its sentence: a distance per hour is a speed
/// (70 كم في الساعة، 17500 ميل/الساعة → "kilometers per hour"), degrees in a sentence about
/// an earthquake a magnitude (بقوة 6.5 درجة).
pub(super) fn measure(sent: &Sent, to: usize, english: &'static str) -> After {
    if matches!(english, "kilometers" | "miles") {
        let hour = |k: usize| matches!(sent.w(k), "الساعه" | "ساعه");
        let end = match sent.w(to) {
            "في" | "/" if hour(to + 1) => Some(to + 2),
            "بالساعه" => Some(to + 1),
            _ => None,
        };
        if let Some(to) = end {
            let english = if english == "miles" {
                "miles per hour"
            } else {
                "kilometers per hour"
            };
            return After::Measure { to, english };
        }
    }
    if english == "degrees"
        && (0..sent.len()).any(|k| clitic_splits(sent.w(k)).any(|(_, r)| QUAKE.contains(&r)))
    {
        return After::Measure {
            to,
            english: "magnitude",
        };
    }
    After::Measure { to, english }
}

/// A qualifier after what a number counts, ending at token `to`: على الأقل ("at least",
/// 118381 حالة على الأقل), تقريبا ("about", قبل أسبوعين تقريبًا). Returns `(end, op,
/// english)`.
pub(crate) fn qualifier_after(
    sent: &Sent,
    to: usize,
) -> Option<(usize, &'static str, &'static str)> {
    match sent.w(to) {
        "علي" if sent.w(to + 1) == "الاقل" && sent.is_word(to + 1) => {
            Some((to + 2, ">=", "at least"))
        }
        "تقريبا" => Some((to + 1, "~", "about")),
        _ => None,
    }
}

/// Where a unit ends: the qualifier after it starts there, and ends the fact.
impl After {
    /// Where the unit ends.
    pub(super) fn end(&self) -> usize {
        match *self {
            After::Percent(to)
            | After::Money { to, .. }
            | After::Duration { to, .. }
            | After::Measure { to, .. }
            | After::Counted { to, .. } => to,
        }
    }

    pub(super) fn set_end(&mut self, end: usize) {
        match self {
            After::Percent(to)
            | After::Money { to, .. }
            | After::Duration { to, .. }
            | After::Measure { to, .. }
            | After::Counted { to, .. } => *to = end,
        }
    }
}
