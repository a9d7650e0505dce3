//! Ratios: واحد من كل خمسة، 3 من بين كل 10، شخص من كل 10 — "1 in 5", one `number` fact whose
//! value is the fraction as written (`1/5`), not two numbers (nor a count of the noun after
//! the second: واحد من كل خمسة أطفال is no count of five children).
//!
//! **In:** a tokenized sentence at a cardinal (the numerator, or the denominator after a
//! singular counted noun: شخص من كل 10). **Out:** the `number` fact, its tokens marked used;
//! neither figure goes to the counts the quantity and casualty rules read.

use super::{cardinal_at, Detail, FactKind, Num, Out, Sent};

/// The denominator's start after the numerator ending at `at`: من كل or من بين كل.
fn after_numerator(sent: &Sent, at: usize) -> Option<usize> {
    if sent.w(at) != "من" {
        return None;
    }
    match (sent.w(at + 1), sent.w(at + 2)) {
        ("كل", _) => Some(at + 2),
        ("بين", "كل") => Some(at + 3),
        _ => None,
    }
}

/// An integer of a ratio's term (2..=1000 for a denominator).
fn int(n: &Num) -> Option<i128> {
    n.value.and_then(|v| v.as_int())
}

fn push(from: usize, num: i128, den: &Num, used: &mut [bool], out: &mut Out) {
    let d = int(den).unwrap_or(0);
    let value = out.text(|s| {
        use std::fmt::Write;
        let _ = write!(s, "{num}/{d}");
    });
    let english = out.text(|s| {
        use std::fmt::Write;
        let _ = write!(s, "{num} in {d}");
    });
    out.push(
        FactKind::Number,
        from,
        den.to,
        value,
        english,
        "number.ratio",
        Detail::None,
    );
    used[from..den.to].fill(true);
}

/// A ratio starting at the cardinal `n` (واحد من كل خمسة): its end, the fact pushed.
pub(super) fn from_numerator(
    sent: &Sent,
    n: &Num,
    used: &mut [bool],
    out: &mut Out,
) -> Option<usize> {
    let num = int(n).filter(|v| (1..=100).contains(v))?;
    let k = after_numerator(sent, n.to)?;
    let den = cardinal_at(sent, k, used)?;
    int(&den).filter(|d| (2..=1000).contains(d) && *d > num)?;
    push(n.from, num, &den, used, out);
    Some(den.to)
}

/// A ratio ending at the cardinal `den` after a singular counted noun (شخص من كل 10، طالب من
/// بين كل ثلاثة): its end, the fact pushed from the noun.
pub(super) fn from_noun(sent: &Sent, den: &Num, used: &mut [bool], out: &mut Out) -> Option<usize> {
    int(den).filter(|d| (2..=1000).contains(d))?;
    let k = den.from;
    if k < 3 || sent.w(k - 1) != "كل" {
        return None;
    }
    let min = if sent.w(k - 2) == "بين" {
        k - 3
    } else {
        k - 2
    };
    if sent.w(min) != "من" || min == 0 {
        return None;
    }
    let noun = min - 1;
    if used[noun] || !sent.is_word(noun) || sent.w(noun).starts_with("ال") {
        return None;
    }
    // The noun's own form counts one (شخص، طالب، مواطن), not a plural (أطفال من كل 10).
    let (end, _) = crate::extract::quantities::counted_noun(sent, noun, false)?;
    if end != noun + 1 || !singular(sent.w(noun)) {
        return None;
    }
    push(noun, 1, den, used, out);
    Some(den.to)
}

/// A singular noun by its ending: no sound plural (ـون، ـين، ـات) nor a dual (ـان).
fn singular(w: &str) -> bool {
    !["ون", "ين", "ات", "ان"].iter().any(|e| w.ends_with(e))
}
