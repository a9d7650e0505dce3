//! Ranges of a unit written once (and lists of sums, units written out in words): the first number of `N و/أو/إلى/حتى/- M unit` (بين ثلاث
//! إلى أربع ساعات، لأربع أو خمس سنوات، ما بين 7 آلاف إلى 10 آلاف طالب، عند 98 إلى 106
//! دولارات، بمواصفات 4 و5 نجوم) measures or counts what the second does.
//!
//! **In:** a sentence's cardinals and the index of one without a unit after it. **Out:** the
//! second number's unit, ending at the first number, or `None`.

use super::super::numbers::{Decimal, Num};
use super::super::{Kind, Sent};
use super::{after, After};

/// The unit `nums[k]` shares with the next cardinal, when only a connective lies between.
pub(super) fn shared(sent: &Sent, nums: &[Num], k: usize) -> Option<After> {
    let (a, b) = (nums.get(k)?, nums.get(k + 1)?);
    // و is a token of its own before digits (و7) or a prefix of a number word (وخمسة).
    let joined = (b.from == a.to + 1
        && matches!(sent.w(a.to), "و" | "او" | "الي" | "حتي" | "-" | "–"))
        || (b.from == a.to && sent.w(b.from).starts_with('و') && sent.is_word(b.from));
    // A scale written once (12 و15 ألفًا: 12,000 to 15,000) is the number rules' range.
    if !joined || a.value.is_none() || b.value.is_none() || b.to - b.from > a.to - a.from {
        return None;
    }
    let to = a.to;
    Some(match after(sent, b)? {
        After::Percent(_) => After::Percent(to),
        After::Money { english, unit, .. } => After::Money { to, english, unit },
        After::Duration {
            iso, english, time, ..
        } => After::Duration {
            to,
            iso,
            english,
            time,
        },
        After::Measure { english, .. } => After::Measure { to, english },
        After::Counted { english, .. } => After::Counted { to, english },
    })
}

/// The unit the last item of a list of figures gives them all: `8146، 8084، 8021 ريال`,
/// `5000 و4800 و4400 و3900 ريال` (each a sum in riyals). Items are digit tokens joined by
/// `،`/`,`/`و`; a list joined by commas needs three items or more (`في 2015، 300 زائر` is
/// no list). Returns the last item's unit, ending at `n`.
pub(super) fn list(sent: &Sent, n: &Num) -> Option<After> {
    if n.value.is_none() || sent.kind(n.from) != Some(Kind::Num) || n.to != n.from + 1 {
        return None;
    }
    let (mut j, mut items, mut comma, mut last) = (n.to, 1, false, n.from);
    loop {
        let mut k = j;
        if matches!(sent.w(k), "،" | ",") {
            comma = true;
            k += 1;
        }
        if sent.w(k) == "و" {
            k += 1;
        }
        if k == j || sent.kind(k) != Some(Kind::Num) {
            break;
        }
        items += 1;
        last = k;
        j = k + 1;
        if items > 40 {
            return None;
        }
    }
    // The list may have begun before `n` (8146، 8084، 7896، 7546 ريال).
    if n.from >= 2
        && matches!(sent.w(n.from - 1), "،" | ",")
        && sent.kind(n.from - 2) == Some(Kind::Num)
    {
        items += 1;
    }
    if items < 2 || (comma && items < 3) {
        return None;
    }
    // 7520، 7295) ريالا: the list closed by a bracket before its unit.
    let last = if sent.w(last + 1) == ")" {
        last + 1
    } else {
        last
    };
    let end = Num {
        from: last,
        to: last + 1,
        value: Some(Decimal::int(1)),
        approx: None,
    };
    let to = n.to;
    Some(match after(sent, &end)? {
        After::Percent(_) => After::Percent(to),
        After::Money { english, unit, .. } => After::Money { to, english, unit },
        After::Measure { english, .. } => After::Measure { to, english },
        // Counted nouns and durations after a list are the pairwise rule's (بمواصفات 4 و5
        // نجوم); a longer list of bare figures before a noun is more often a list of codes.
        After::Duration { .. } | After::Counted { .. } => return None,
    })
}

/// A unit written out in words after the number, at token `j`: `400 جزء لكل مليون` (parts
/// per million), `مليون متر مربع`, `40 كيلومترا مربعا` (square and cubic units): `(end,
/// english)`.
pub(super) fn written_unit(sent: &Sent, j: usize) -> Option<(usize, &'static str)> {
    let w = sent.w(j);
    // 400 جزء لكل مليون: parts per million (the مليون is no figure of its own).
    if matches!(w, "جزء" | "جزءا" | "اجزاء") && sent.w(j + 1) == "لكل" {
        let english = match sent.w(j + 2) {
            "مليون" | "المليون" => "parts per million",
            "مليار" | "المليار" => "parts per billion",
            _ => "",
        };
        if !english.is_empty() {
            return Some((j + 3, english));
        }
    }
    // مليون متر مربع، 40 كيلومترا مربعا: square (and cubic) units written out.
    if matches!(sent.w(j + 1), "مربع" | "مربعا" | "مكعب" | "مكعبا") {
        let square = sent.w(j + 1).starts_with("مربع");
        let english = match w {
            "متر" | "مترا" | "امتار" => Some(if square {
                "square meters"
            } else {
                "cubic meters"
            }),
            "كيلومتر" | "كيلومترا" | "كيلومترات" if square => {
                Some("square kilometers")
            }
            _ => None,
        };
        if let Some(english) = english {
            return Some((j + 2, english));
        }
    }
    None
}
