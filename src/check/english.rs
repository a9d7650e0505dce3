//! The English side of a check: words folded for tolerant matching, and the numbers a
//! translation states.
//!
//! Words: accents dropped, lower case, dots inside abbreviations dropped (`U.N.` = `UN`), split on anything that
//! is not a letter or digit (so hyphenation does not matter: `al-Qaeda` = `al Qaeda`), the
//! possessive `'s` dropped, plurals folded (`forces` = `force`, `militias` = `militia`). Two
//! folded words *agree* when they are equal or share a prefix of at least four letters that
//! is at most one letter shorter than the shorter word (`Pakistani` ~ `Pakistan`, `Iraqi` ~
//! `Iraq`, `Egyptian` ~ `Egypt`); a rendering is found when its words occur in a row.
//!
//! Numbers: digits with `,` thousands and `.` decimals, spelled numbers (`five`, `twenty-one`,
//! `three hundred`, `a dozen`), each optionally scaled (`2.5 million`, `1.2bn`, `$3 billion`).
//! Both the scaled and the bare value are kept (`2.5 million` gives 2,500,000 and 2.5), so
//! an Arabic figure matches however the translator wrote it.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A word folded for matching.
pub fn fold_word(w: &str) -> String {
    // Accents off (`Erdoğan` = `Erdogan`, `Ürümqi` = `Urumqi`), then lower case.
    let mut s: String = w
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(t) = s.strip_suffix(suffix) {
            s = t.to_string();
            break;
        }
    }
    // British spelling: `organisation` = `organization`.
    if let Some(stem) = s.strip_suffix("isation") {
        s = format!("{stem}ization");
    }
    let n = s.chars().count();
    if n > 4 && s.ends_with("ies") {
        s.truncate(s.len() - 3);
        s.push('y');
    } else if n > 4 && (s.ends_with("ches") || s.ends_with("shes") || s.ends_with("xes")) {
        s.truncate(s.len() - 2);
    } else if n > 3
        && s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("us")
        && !s.ends_with("is")
    {
        s.truncate(s.len() - 1);
    }
    s
}

/// The folded words of `text`, in order.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    let mut prev_letter = false;
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            cur.push(c);
            prev_letter = c.is_alphabetic();
        } else if c == '%' {
            flush(&mut cur, &mut out);
            out.push("percent".into());
            prev_letter = false;
        } else if c == '.' && prev_letter && chars.peek().is_some_and(|n| n.is_alphabetic()) {
            // `U.N.`, `p.m.`: the dot inside an abbreviation joins its letters.
        } else if (c == '\'' || c == '’') && chars.peek().is_some_and(|n| *n == 's' || *n == 'S')
        {
            // The possessive: skip `'s` when a word boundary follows.
            let mut ahead = chars.clone();
            ahead.next();
            if ahead.peek().is_none_or(|n| !n.is_alphanumeric()) {
                chars.next();
            }
            flush(&mut cur, &mut out);
            prev_letter = false;
        } else {
            flush(&mut cur, &mut out);
            prev_letter = false;
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    if !cur.is_empty() {
        out.push(fold_word(cur));
        cur.clear();
    }
}

/// Whether two folded words agree (see the module docs).
pub fn agree(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = la.min(lb);
    (common >= 4 && common + 1 >= shorter) || (common >= 5 && 4 * common >= 3 * shorter)
}

/// Words that carry no content in a rendering (`Ministry of Health`: `ministry`, `health`).
pub const FUNCTION_WORDS: &[&str] = &["the", "of", "for", "to", "in", "on", "a", "an", "and"];

/// Whether at least half of the content words of `needle` occur in `hay`, in any order: the
/// looser test for vocabulary (`presidential and parliamentary elections` renders
/// *presidential election*).
pub fn mostly_contains(hay: &[String], needle: &[String]) -> bool {
    let content: Vec<&String> = needle
        .iter()
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .collect();
    let found = content
        .iter()
        .filter(|w| hay.iter().any(|h| agree(h, w)))
        .count();
    !content.is_empty() && 2 * found >= content.len()
}

/// Whether the words `needle` occur in a row in `hay`.
pub fn contains(hay: &[String], needle: &[String]) -> bool {
    if needle.is_empty() || needle.len() > hay.len() {
        return false;
    }
    hay.windows(needle.len())
        .any(|w| w.iter().zip(needle).all(|(h, n)| agree(h, n)))
}

/// How many times the words `needle` occur in `hay` (not overlapping).
pub fn count(hay: &[String], needle: &[String]) -> usize {
    if needle.is_empty() {
        return 0;
    }
    let (mut i, mut n) = (0, 0);
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()]
            .iter()
            .zip(needle)
            .all(|(h, w)| agree(h, w))
        {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn word_value(w: &str) -> Option<f64> {
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|u| *u == w) {
        return Some(20.0 + 10.0 * i as f64);
    }
    match w {
        "dozen" => Some(12.0),
        "half" => Some(0.5),
        _ => None,
    }
}

fn scale(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(1e2),
        "thousand" | "k" => Some(1e3),
        "million" | "m" | "mln" => Some(1e6),
        "billion" | "bn" | "b" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// Every number `text` states (see the module docs), unordered, with duplicates.
pub fn numbers(text: &str) -> Vec<f64> {
    // Raw tokens: digits keep their `,` and `.`; words are lower-cased letters.
    let mut toks: Vec<String> = Vec::new();
    let b: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let mut j = i;
            let mut s = String::new();
            while j < b.len()
                && (b[j].is_ascii_digit()
                    || ((b[j] == ',' || b[j] == '.')
                        && j + 1 < b.len()
                        && b[j + 1].is_ascii_digit()))
            {
                if b[j] != ',' {
                    s.push(b[j]);
                }
                j += 1;
            }
            toks.push(s);
            // `1.2bn`, `5m`: a scale glued to the number.
            let mut k = j;
            let mut w = String::new();
            while k < b.len() && b[k].is_ascii_alphabetic() {
                w.push(b[k].to_ascii_lowercase());
                k += 1;
            }
            if !w.is_empty() && scale(&w).is_some() {
                toks.push(w);
                j = k;
            }
            i = j;
        } else if c.is_alphabetic() {
            let mut j = i;
            let mut w = String::new();
            while j < b.len() && b[j].is_alphabetic() {
                w.extend(b[j].to_lowercase());
                j += 1;
            }
            toks.push(w);
            i = j;
        } else {
            if !c.is_whitespace() && c != '-' && c != '$' && c != '£' && c != '€' {
                toks.push(String::new()); // a break between numbers
            }
            i += 1;
        }
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        let mut value = if t.starts_with(|c: char| c.is_ascii_digit()) {
            t.parse::<f64>().ok()
        } else if t == "a" && toks.get(k + 1).is_some_and(|n| n == "dozen") {
            k += 1;
            Some(12.0)
        } else if t.len() > 1 && scale(t).is_some() {
            // `a hundred`, `a million`: the scale alone.
            scale(t)
        } else {
            word_value(t)
        };
        if let Some(mut v) = value.take() {
            // Spelled compounds: `twenty one`, `three hundred and five`.
            let words_number = !t.starts_with(|c: char| c.is_ascii_digit());
            k += 1;
            while let Some(n) = toks.get(k) {
                if let Some(s) = scale(n) {
                    out.push(v);
                    v *= s;
                    k += 1;
                    continue;
                }
                if words_number {
                    if let Some(w) = word_value(n).filter(|w| *w >= 1.0 && *w < 100.0) {
                        v += w;
                        k += 1;
                        continue;
                    }
                    // `and` joins only after a scale: `three hundred and five`, not `two and one`.
                    if n == "and"
                        && v >= 100.0
                        && toks.get(k + 1).and_then(|x| word_value(x)).is_some()
                    {
                        k += 1;
                        continue;
                    }
                }
                break;
            }
            out.push(v);
        } else {
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn words_fold() {
        let cases = [
            ("the U.N. Security Council", "the un security council"),
            ("al-Qaeda's leaders", "al qaeda leader"),
            ("Pakistan’s army", "pakistan army"),
            ("militias and forces", "militia and force"),
            ("boss's crisis", "boss crisis"),
            ("Erdoğan in Ürümqi", "erdogan in urumqi"),
            (
                "the World Health Organisation",
                "the world health organization",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(w(text).join(" "), want, "{text}");
        }
    }

    #[test]
    fn renderings_are_found_with_tolerance() {
        let cases = [
            ("The Pakistan army said", "Pakistani", true),
            ("Iraq's prime minister", "Iraqi", true),
            ("an Egyptian court", "Egypt", true),
            ("forces loyal to him", "force", true),
            ("in Iran", "Iraq", false),
            ("in Austria", "Australia", false),
            ("the peacekeepers", "peacekeeping", true),
            ("it declared", "declaration", true),
            ("the Security Council met", "Security Council", true),
            ("security forces and the council", "Security Council", false),
            ("the UN agency", "U.N.", true),
            ("Islamic State militants", "ISIS", false),
            ("rose 5% in May", "percent", true),
        ];
        for (hay, needle, want) in cases {
            assert_eq!(contains(&w(hay), &w(needle)), want, "{hay} / {needle}");
        }
    }

    #[test]
    fn numbers_as_translators_write_them() {
        let cases: &[(&str, &[f64])] = &[
            ("42 people", &[42.0]),
            (
                "1,500 soldiers and 2.5 million dollars",
                &[1500.0, 2.5, 2_500_000.0],
            ),
            ("five were killed and twenty-one hurt", &[5.0, 21.0]),
            ("three hundred and five", &[3.0, 305.0]),
            ("a dozen", &[12.0]),
            ("$1.2bn", &[1.2, 1_200_000_000.0]),
            ("27.25% and 3 percent", &[27.25, 3.0]),
            ("in 2024, on May 10", &[2024.0, 10.0]),
            ("two and one package", &[2.0, 1.0]),
            ("a hundred-run partnership", &[100.0]),
            ("no numbers here", &[]),
        ];
        for (text, want) in cases {
            let mut got = numbers(text);
            got.sort_by(f64::total_cmp);
            let mut want = want.to_vec();
            want.sort_by(f64::total_cmp);
            assert_eq!(got, want, "{text}");
        }
    }
}
