//! Ordinal words: الأول … العاشر, الحادي عشر …, compounds with the tens (الحادي والعشرين,
//! السادسة والستين) and their English (`first`, `21st`).
//!
//! **In:** a tokenized sentence at an `ORDINAL` word. **Out:** the value and the tokens it
//! takes (the `ordinal` facts are pushed by `numbers::extract`).

use super::tables::{ORDINALS, ORDINAL_EN};
use super::{clitic_splits, get, Sent, ORDINAL};

pub(super) fn is_ten_word(w: &str) -> bool {
    w == "عشر" || w == "عشره"
}

/// An ordinal at token `i`: `(value, tokens used)`; الحادي only with عشر or the tens,
/// الواحد only with the tens.
#[inline]
pub(crate) fn ordinal_at(sent: &Sent, i: usize) -> Option<(u32, usize)> {
    if !sent.has(i, ORDINAL) {
        return None;
    }
    ordinal_table_at(sent, i)
}

fn ordinal_table_at(sent: &Sent, i: usize) -> Option<(u32, usize)> {
    let w = sent.w(i);
    for (clitic, rest) in clitic_splits(w) {
        if clitic.len() > 2 && !rest.starts_with("ال") {
            continue;
        }
        // للاول → ل + الاول
        let rest_def;
        let rest = if clitic.ends_with('ل') && !rest.starts_with("ال") && rest.starts_with('ل')
        {
            rest_def = format!("ا{rest}");
            rest_def.as_str()
        } else {
            rest
        };
        if let Some(v) = get(ORDINALS, rest) {
            // الواحد is a unit of an ordinal only before the tens (الواحد والعشرين).
            let one = rest.starts_with("الواحد");
            if is_ten_word(sent.w(i + 1)) && sent.is_word(i + 1) && v < 10 && !one {
                return Some((v + 10, 2));
            }
            // الثامنة والعشرين, الحادي والثلاثين: the unit, و and the definite tens.
            let tens = match sent.w(i + 1) {
                "والعشرين" | "والعشرون" => 20,
                "والثلاثين" | "والثلاثون" => 30,
                "والاربعين" | "والاربعون" => 40,
                "والخمسين" | "والخمسون" => 50,
                "والستين" | "والستون" => 60,
                "والسبعين" | "والسبعون" => 70,
                "والثمانين" | "والثمانون" => 80,
                "والتسعين" | "والتسعون" => 90,
                _ => 0,
            };
            if tens > 0 && v < 10 && rest.starts_with("ال") {
                return Some((v + tens, 2));
            }
            if rest.starts_with("الحادي") || one {
                return None;
            }
            // أولي (initial: بخفض أولي) is not أولى (first): the written ى tells.
            if rest == "اولي" && !sent.surface(i, i + 1).ends_with('ى') {
                return None;
            }
            return Some((v, 1));
        }
    }
    None
}

/// English of a rank written in digits: `23rd`, `11th`, `101st`.
pub(super) fn write_rank(v: i128, out: &mut String) {
    use std::fmt::Write;
    let suffix = match (v % 100, v % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    let _ = write!(out, "{v}{suffix}");
}

pub(crate) fn ordinal_english(v: u32) -> &'static str {
    ORDINAL_EN.get(v as usize).copied().unwrap_or("nth")
}
