//! The numbers of the Arabic side that a translation must keep, and when an English value
//! equals one.
//!
//! **In:** extracted [`Fact`]s with the Arabic text. **Out:** their values as numbers, the
//! order in which facts are reported, and the tests the number check uses (equal values,
//! a number word the English writes as a name).
//!
//! What it does *not* do: parse English numbers (that is [`super::english::numbers`]).

use crate::extract::{Fact, FactKind};

/// Richer facts first, so a value is reported on the fact that says the most.
pub(super) fn specificity(k: FactKind) -> u8 {
    match k {
        FactKind::Casualties => 0,
        FactKind::Money | FactKind::Percent => 1,
        FactKind::Quantity | FactKind::Duration => 2,
        FactKind::Date => 3,
        _ => 4,
    }
}

/// The numeric values of a fact that a translation must keep.
pub(super) fn values(f: &Fact, arabic: &str) -> Vec<f64> {
    let text = match f.kind {
        FactKind::Number
        | FactKind::Quantity
        | FactKind::Percent
        | FactKind::Money
        | FactKind::Duration
        | FactKind::Casualties => f.value.as_str().to_string(),
        // A date keeps the digits it was written with (a month name or a year the reference
        // date filled in is not a number the translator saw); clock times (`12:00` = `1200
        // GMT` = `noon`) and Hijri dates (often converted) are not compared.
        FactKind::Date
            if !f.value.as_str().starts_with("hijri:") && !f.span.slice(arabic).contains(':') =>
        {
            f.span
                .slice(arabic)
                .chars()
                .map(|c| c.to_digit(10).map_or(' ', |d| char::from(b'0' + d as u8)))
                .collect()
        }
        _ => return Vec::new(),
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else {
            if let Ok(v) = cur.trim_end_matches('.').parse::<f64>() {
                out.push(v);
            }
            cur.clear();
        }
    }
    // One (واحد، ساعة واحدة) is as often `a`/`an` in English as a figure, and a spelled zero
    // (صفر) as often `no` or `nil`: neither is compared. A zero in figures outside a date (the
    // `00` of a score `26 - 00`) is; a time's `00` never gets here.
    let figures = f.span.slice(arabic).chars().any(|c| c.is_numeric());
    out.retain(|v| *v != 1.0 && (*v != 0.0 || (figures && f.kind != FactKind::Date)));
    out.dedup();
    out
}

/// Equal values; a fraction as the Arabic rounds it (ثلث = 0.333) equals the English one
/// (`a third`).
pub(super) fn same_number(a: f64, b: f64) -> bool {
    let d = (a - b).abs();
    d <= 1e-9 * a.abs().max(b.abs()).max(1.0) || (a.min(b) < 1.0 && d < 1e-3)
}

/// Does the English write one of the Arabic's figures exactly as the Arabic does, separators
/// included (`10.700` on both sides, a thousands point the translator copied), with no digit
/// before or after it? Then the two sides agree however the value is read. Only figures of two
/// digits or more with a separator count (a bare `5` is compared as a value).
pub(super) fn same_figures(arabic: &str, english: &str) -> bool {
    let ascii: String = arabic
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if !c.is_ascii_digit() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect();
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    ascii
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|t| t.trim_matches(|c| c == '.' || c == ','))
        .filter(|t| t.contains(['.', ',']) && t.chars().filter(char::is_ascii_digit).count() >= 2)
        .any(|t| {
            english.match_indices(t).any(|(at, _)| {
                let mut after = english[at + t.len()..].chars();
                let next = after.next();
                // `10.700.` ends a sentence; `10.700,5`, `10.7001` or `110.700` is another
                // number.
                let longer = digit(english[..at].chars().next_back())
                    || digit(next)
                    || (matches!(next, Some('.' | ',')) && digit(after.next()));
                !longer
            })
        })
}

/// The matcher's folding of an Arabic word (ة → ه, ى → ي, hamza seats → ا, …).
pub(super) fn fold(arabic: &str) -> String {
    crate::normalize::matcher().normalize_str(arabic)
}

/// Does the English have a capitalized word (not the first of the sentence) that sounds like
/// the romanization of the Arabic word (ستون ~ `Stone`)? Compared by consonant skeletons.
pub(super) fn names_word(english: &str, arabic: &str) -> bool {
    let romanized = crate::translit::Transliterator::builtin()
        .name(arabic)
        .english;
    let want = skeleton(&romanized);
    if want.len() < 2 {
        return false;
    }
    english
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .skip(1)
        .any(|w| w.starts_with(|c: char| c.is_uppercase()) && skeleton(w) == want)
}

/// A word's consonants, lower case, with the letters Arabic has no contrast for folded
/// (p = b, v = f, c = q = k, ch = sh) and doubles collapsed: `Chhappan` and `Shaban` are both
/// `sbn`, `Stone` and `Sitoun` both `stn`.
pub(super) fn skeleton(word: &str) -> String {
    let w = word.to_lowercase().replace("ch", "sh");
    let mut out = String::new();
    for c in w.chars() {
        let c = match c {
            'p' => 'b',
            'v' => 'f',
            'c' | 'q' => 'k',
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h' | '\'' | '-' => continue,
            c if c.is_ascii_alphabetic() => c,
            _ => continue,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

pub(super) fn show_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
