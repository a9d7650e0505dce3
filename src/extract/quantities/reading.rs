//! How a unit reads in its sentence, and qualifiers after it.
//!
//! **In:** a sentence and where a unit ends. **Out:** the unit as the sentence reads it (a
//! distance per hour is a speed, degrees in a report on an earthquake a magnitude), or the
//! qualifier after it (على الأقل, تقريبا), which the quantity and casualty rules read when
//! there is none before the number.

use super::{clitic_splits, After, Sent};

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
