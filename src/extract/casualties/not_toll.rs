//! Casualty words that state no toll: a casualty plural whose confirmation is negated (دون
//! تأكيد وقوع إصابات، لم يتم التأكد من سقوط قتلى), and a body handled after its death was
//! reported (نقل جثة الطفلة إلى الثلاجة، تسليم جثة متوفى لغير ذويه).
//!
//! **In:** a sentence and a token (where the statement starts, or the جثة). **Out:** whether
//! `unstated` should give no fact there.

use super::{clitic_splits, Sent};

/// The bare word of `w` in `table` (through proclitics).
fn bare<'t>(w: &str, table: &[&'t str]) -> Option<&'t str> {
    clitic_splits(w).find_map(|(_, r)| table.iter().find(|t| **t == r).copied())
}

/// Negators before a word of confirming.
const NEG: &[&str] = &["لم", "لا", "دون", "بدون", "عدم"];

/// Words of confirming that a negator before them turns into "not confirmed" (دون تأكيد
/// وقوع إصابات، لم يتم التأكد من سقوط قتلى): no toll is stated.
const CONFIRM: &[&str] = &[
    "تاكيد",
    "التاكد",
    "تاكد",
    "يتاكد",
    "تتاكد",
    "التحقق",
    "تحقق",
];

/// Is the statement starting at token `from` (a cause or the casualty plural) unconfirmed:
/// a negator, then a word of [`CONFIRM`] (with يتم/تم and من around it), right before?
pub(super) fn unconfirmed(sent: &Sent, from: usize) -> bool {
    let mut confirm = false;
    for back in 1..=4 {
        let Some(i) = from.checked_sub(back) else {
            return false;
        };
        if !sent.is_word(i) {
            return false;
        }
        let w = sent.w(i);
        if !confirm {
            if bare(w, CONFIRM).is_some() {
                confirm = true;
            } else if w != "من" {
                return false;
            }
        } else if bare(w, NEG).is_some() {
            return true;
        } else if !matches!(w, "يتم" | "تم") {
            return false;
        }
    }
    false
}

/// Words before جثة that handle a body already reported (نقل جثة الطفلة إلى الثلاجة، تسليم
/// جثة متوفى لغير ذويه، دفن الجثة): no body found, no casualty event.
const HANDLED: &[&str] = &[
    "نقل",
    "تسليم",
    "تسلم",
    "استلام",
    "دفن",
    "تشريح",
    "تشييع",
    "غسل",
    "اعاده",
];

/// Is the جثة at `k` handled: a word of [`HANDLED`] one or two words before it?
pub(super) fn handled_body(sent: &Sent, k: usize) -> bool {
    let handled = |i: usize| bare(sent.w(i), HANDLED).is_some();
    (k >= 1 && handled(k - 1)) || (k >= 2 && sent.is_word(k - 1) && handled(k - 2))
}
