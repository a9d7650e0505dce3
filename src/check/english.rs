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

use super::irregular::IRREGULAR;

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
    // British spelling: `organisation` = `organization`, `criticised` = `criticized` (both
    // sides are folded alike, so `promise` → `promize` matches itself).
    if let Some(stem) = s.strip_suffix("isation") {
        s = format!("{stem}ization");
    }
    for (british, american) in [
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
    ] {
        if s.len() > british.len() + 3 {
            if let Some(stem) = s.strip_suffix(british) {
                s = format!("{stem}{american}");
                break;
            }
        }
    }
    let n = s.chars().count();
    // A verb in y: `tried` = `trying` = `try`, `carried` = `carry`.
    if n > 4 && (s.ends_with("ied") || s.ends_with("ying")) {
        let cut = if s.ends_with("ied") { 3 } else { 4 };
        s.truncate(s.len() - cut);
        s.push('y');
    } else if n > 4 && s.ends_with("ies") {
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
    // Letters since the word start or the last joining dot.
    let mut piece = 0;
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            cur.push(c);
            prev_letter = c.is_alphabetic();
            piece += 1;
        } else if c == '%' {
            flush(&mut cur, &mut out);
            out.push("percent".into());
            prev_letter = false;
            piece = 0;
        } else if c == '.'
            && prev_letter
            && piece == 1
            && chars.peek().is_some_and(|n| n.is_alphabetic())
            && {
                // The next piece is one letter too: `U.N.`, `p.m.`, `D.C.`, `U.S.China`
                // (but not `cloth.China`, two sentences glued without a space).
                let mut ahead = chars.clone();
                ahead.next();
                ahead.peek().is_none_or(|n| !n.is_alphanumeric())
            }
        {
            // The dot inside an abbreviation joins its letters.
            piece = 0;
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
            piece = 0;
        } else {
            flush(&mut cur, &mut out);
            prev_letter = false;
            piece = 0;
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
    // An intercardinal direction is no form of its first half: `north` is not *northeast*
    // (but `northeastern` is).
    let compound = |w: &str| COMPASS.iter().find(|c| w.starts_with(*c));
    if compound(a) != compound(b) {
        return false;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = la.min(lb);
    (common >= 4 && common + 1 >= shorter)
        || (common >= 5 && 4 * common >= 3 * shorter)
        || inflected(a, b)
}

/// Directions written as one word, which a prefix must not match (see [`agree`]).
const COMPASS: [&str; 4] = ["northeast", "northwest", "southeast", "southwest"];

/// Whether two words are forms of one verb or noun: an irregular form and its base (`fell`,
/// `fallen`, `fall`), two forms in `-ing`/`-ed` or a noun suffix (`warning`, `warned`;
/// `closing`, `closure`), or one of them and the bare word (`closed`, `close`; `stopped`, `stop`). Stems keep three
/// letters or more, and two bare words never agree this way (`care` is no `car`).
fn inflected(a: &str, b: &str) -> bool {
    let base = |w: &str| -> Option<&'static str> {
        IRREGULAR
            .binary_search_by_key(&w, |&(form, _)| form)
            .ok()
            .map(|i| IRREGULAR[i].1)
    };
    let (a, b) = (base(a).unwrap_or(a), base(b).unwrap_or(b));
    if a == b {
        return true;
    }
    let (sa, sb) = (suffix_stems(a), suffix_stems(b));
    match (sa.is_empty(), sb.is_empty()) {
        (false, false) => sa
            .iter()
            .any(|x| sb.iter().any(|y| undouble(x) == undouble(y))),
        (false, true) => sa.iter().any(|x| bare_form(x, b)),
        (true, false) => sb.iter().any(|y| bare_form(y, a)),
        (true, true) => false,
    }
}

/// A word without `-ing` or `-ed` (three letters or more left), or without a noun suffix
/// (`-ure`, `-ion`, `-ation`, `-ment`; four or five letters left), so that a verb entry agrees
/// with its noun (`exposure` ~ *exposed*, `resignation` ~ *resigned*, `treatment` ~ *treated*)
/// while short stems stay apart (`station` is no *stated*, `billion` no *billed*).
fn suffix_stems(w: &str) -> Vec<&str> {
    [
        ("ing", 3),
        ("ed", 3),
        ("ure", 4),
        ("ion", 5),
        ("ation", 5),
        ("ment", 5),
    ]
    .into_iter()
    .filter_map(|(suffix, min)| w.strip_suffix(suffix).filter(|s| s.len() >= min))
    .collect()
}

/// Is `w` the bare word of `stem` (`clos` → `close`, `stopp` → `stop`, `warn` → `warn`)?
fn bare_form(stem: &str, w: &str) -> bool {
    w == stem || w.strip_suffix('e') == Some(stem) || undouble(stem) == w
}

/// A doubled last consonant made single (`stopp` → `stop`, `beginn` → `begin`).
fn undouble(w: &str) -> &str {
    let b = w.as_bytes();
    match b {
        [.., x, y] if x == y && y.is_ascii_lowercase() && !b"aeiou".contains(y) => {
            &w[..w.len() - 1]
        }
        _ => w,
    }
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

/// A needle word that stands for any one word or none (`Department of * Health` is found in
/// `Department of Public Health` and `Department of Health`).
pub const ANY: &str = "*";

/// How many words of `hay` from `i` on spell `needle` (see [`contains`]), if they do.
fn spelled_at(hay: &[String], i: usize, needle: &[String]) -> Option<usize> {
    let Some((w, rest)) = needle.split_first() else {
        return Some(0);
    };
    if w == ANY {
        return spelled_at(hay, i, rest)
            .or_else(|| (i < hay.len()).then(|| spelled_at(hay, i + 1, rest).map(|n| n + 1))?);
    }
    let h = hay.get(i)?;
    if agree(h, w) {
        return spelled_at(hay, i + 1, rest).map(|n| n + 1);
    }
    // A hyphenated or split spelling: `co-operation` for `cooperation`.
    let next = hay.get(i + 1)?;
    let joined = w.len() > h.len() && w.starts_with(h.as_str()) && {
        let tail = &w[h.len()..];
        tail == next || (agree(next, tail) && tail.len() >= 4)
    };
    if joined {
        return spelled_at(hay, i + 2, rest).map(|n| n + 2);
    }
    None
}

/// Whether the words `needle` occur in a row in `hay` (two hay words may spell one needle
/// word: `co operation` for `cooperation`; [`ANY`] skips one word or none).
pub fn contains(hay: &[String], needle: &[String]) -> bool {
    if needle.is_empty() {
        return false;
    }
    (0..hay.len()).any(|i| spelled_at(hay, i, needle).is_some())
}

/// Prefixes that turn a word into its opposite or undo it: a closed compound with one of them
/// is no form of the word (`disagreement` is no *agreement*, `nonviolent` no *violent*).
const NEGATING: &[&str] = &[
    "anti", "counter", "de", "dis", "il", "im", "in", "ir", "mis", "non", "un",
];

/// Whether a one-word `needle` of five letters or more ends a longer word of `hay`, the rest
/// a prefix of two letters or more that does not negate it: the closed compounds English
/// writes for an Arabic noun and its adjective (`biosecurity` for الأمن البيولوجي,
/// `biotechnology`, `socioeconomic`, `geopolitical`). For vocabulary only (a name is
/// written out).
pub fn ends_compound(hay: &[String], needle: &[String]) -> bool {
    let [w] = needle else {
        return false;
    };
    w.chars().count() >= 5
        && hay.iter().any(|h| {
            h.strip_suffix(w.as_str()).is_some_and(|prefix| {
                prefix.chars().count() >= 2
                    && prefix.chars().all(char::is_alphabetic)
                    && !NEGATING.contains(&prefix)
            })
        })
}

/// Whether the words `needle` occur in a row in `hay`, each agreeing ([`agree`]) with a hay
/// word at most two letters shorter: for admitted renderings ([`super::synonyms`]), where a
/// prefix of a long word is another word (`some` is no *someone*, `work` no *workforce*).
pub fn contains_close(hay: &[String], needle: &[String]) -> bool {
    let close = |h: &String, w: &String| agree(h, w) && h.chars().count() + 2 >= w.chars().count();
    !needle.is_empty()
        && hay
            .windows(needle.len())
            .any(|win| win.iter().zip(needle).all(|(h, w)| close(h, w)))
}

/// How many times any of `needles` occurs in `hay`, not overlapping, the longest at each
/// word (`EU` twice and `European Union` once are three renderings of one entry).
/// `close` needles (admitted renderings) are found as [`contains_close`] finds them.
pub fn count(hay: &[String], needles: &[Vec<String>], close: &[Vec<String>]) -> usize {
    let close_at = |i: usize, w: &Vec<String>| {
        contains_close(hay.get(i..(i + w.len()).min(hay.len()))?, w).then_some(w.len())
    };
    let (mut i, mut n) = (0, 0);
    while i < hay.len() {
        let len = needles
            .iter()
            .filter(|w| !w.is_empty())
            .filter_map(|w| spelled_at(hay, i, w))
            .chain(close.iter().filter_map(|w| close_at(i, w)))
            .max();
        n += usize::from(len.is_some());
        i += len.unwrap_or(1).max(1);
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
        // Multiples: `triple the rate` for ثلاثة أضعاف, `twice as many`.
        "twice" | "double" | "doubled" | "twofold" => Some(2.0),
        "triple" | "tripled" | "treble" | "threefold" => Some(3.0),
        "quadruple" | "quadrupled" | "fourfold" => Some(4.0),
        "tenfold" => Some(10.0),
        _ => ordinal(w),
    }
}

/// Spelled ordinals (`the third day`, `the twentieth`): their number.
fn ordinal(w: &str) -> Option<f64> {
    crate::extract::ORDINAL_EN
        .iter()
        .position(|o| *o == w)
        .filter(|&i| i > 0)
        .map(|i| i as f64)
        .or(match w {
            "twentieth" => Some(20.0),
            "thirtieth" => Some(30.0),
            "hundredth" => Some(100.0),
            _ => None,
        })
}

/// Fractions after a count: `a third` (1/3), `two thirds`, `a quarter`, `three quarters`.
fn fraction(w: &str) -> Option<f64> {
    match w {
        "third" | "thirds" => Some(1.0 / 3.0),
        "quarter" | "quarters" | "fourth" | "fourths" => Some(0.25),
        "fifth" | "fifths" => Some(0.2),
        "tenth" | "tenths" => Some(0.1),
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
        // `two dozen` = 24.
        "dozen" => Some(12.0),
        _ => None,
    }
}

/// The scale of the second number of a range that starts right after a number: `and 22
/// million`, `to 22 million`, `– 22 million` (the dash is a break token, empty).
fn range_scale(after: &[String]) -> Option<f64> {
    let [joint, second, scale_word, ..] = after else {
        return None;
    };
    (matches!(joint.as_str(), "and" | "to" | "or" | "")
        && second.starts_with(|c: char| c.is_ascii_digit()))
    .then(|| scale(scale_word))?
}

/// Every number `text` states (see the module docs), unordered, with duplicates.
pub fn numbers(text: &str) -> Vec<f64> {
    numbers_with_form(text)
        .into_iter()
        .map(|n| n.value)
        .collect()
}

/// A number of the English and how it was written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EnNumber {
    pub value: f64,
    /// Written with digits (`4`, `2.5 million`, `4th`), not spelled (`four`, `a third`).
    pub figures: bool,
}

/// [`numbers`] with how each was written: a date's day or year is compared with figures only
/// (English news writes `March 4`, so the `four` of `four-pack` is no day).
pub fn numbers_with_form(text: &str) -> Vec<EnNumber> {
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
            // `$300+ billion`: a plus after digits does not break the number from its scale.
            if !c.is_whitespace() && !matches!(c, '-' | '$' | '£' | '€' | '+') {
                toks.push(String::new()); // a break between numbers
            }
            i += 1;
        }
    }
    let mut out: Vec<EnNumber> = Vec::new();
    let num = |value: f64, figures: bool| EnNumber { value, figures };
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        // `a third`, `one quarter`, `two thirds`: a fraction (kept besides the count).
        if let Some(f) = toks.get(k + 1).and_then(|n| fraction(n)) {
            let count = if t == "a" { Some(1.0) } else { word_value(t) };
            if let Some(c) = count.filter(|c| *c >= 1.0 && *c < 10.0) {
                out.push(num(c * f, false));
            }
        }
        // `half a million`: half the scale.
        if t == "half" && toks.get(k + 1).is_some_and(|n| n == "a") {
            if let Some(s) = toks.get(k + 2).and_then(|n| scale(n)) {
                out.push(num(0.5 * s, false));
            }
        }
        let mut value = if t.starts_with(|c: char| c.is_ascii_digit()) {
            // `between 14 and 22 million`, `14 to 22 million`, `14–22 million`: the first
            // number of a range shares the scale of the second.
            if let (Some(v), Some(s)) = (t.parse::<f64>().ok(), range_scale(&toks[k + 1..])) {
                out.push(num(v * s, true));
            }
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
                    out.push(num(v, !words_number));
                    v *= s;
                    k += 1;
                    continue;
                }
                if words_number {
                    // `twenty one`, `three hundred five`; not `one second`.
                    let tens = (20.0..100.0).contains(&v) && v % 10.0 == 0.0;
                    if let Some(w) = word_value(n).filter(|w| {
                        *w >= 1.0 && ((tens && *w < 10.0) || (v >= 100.0 && *w < 100.0))
                    }) {
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
            // `seven and a half days`: the half is kept besides the whole number.
            let and_a_half = |k: usize| {
                toks.get(k).is_some_and(|n| n == "and")
                    && toks.get(k + 1).is_some_and(|n| n == "a")
                    && toks.get(k + 2).is_some_and(|n| n == "half")
            };
            if and_a_half(k) {
                out.push(num(v + 0.5, !words_number));
            }
            out.push(num(v, !words_number));
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
            // Glued sentences are not abbreviations; dotted letters are.
            ("face mask made out of cloth.China has", "China", true),
            ("delaying tests in the U.S.China and", "China", true),
            ("our D.C. office", "DC", true),
            // Hyphenated spellings, and one word skipped where the rendering allows it.
            (
                "Economic Co-operation and Development",
                "Economic Cooperation",
                true,
            ),
            ("a co-ordinated response", "coordinated", true),
            (
                "Department of Public Health",
                "Department of * Health",
                true,
            ),
            ("Department of Health", "Department of * Health", true),
            (
                "Department of Public Works and Health",
                "Department of * Health",
                false,
            ),
        ];
        for (hay, needle, want) in cases {
            let needle_words: Vec<String> = needle
                .split(' ')
                .flat_map(|x| {
                    if x == ANY {
                        vec![ANY.to_string()]
                    } else {
                        w(x)
                    }
                })
                .collect();
            assert_eq!(contains(&w(hay), &needle_words), want, "{hay} / {needle}");
        }
    }

    #[test]
    fn inflections_and_irregular_forms_agree() {
        // (English word, rendering word, agree?)
        let cases = [
            ("fell", "fall", true),
            ("fallen", "fell", true),
            ("began", "begin", true),
            ("beginning", "began", true),
            ("warning", "warned", true),
            ("closing", "closed", true),
            ("close", "closed", true),
            ("stopped", "stop", true),
            ("using", "used", true),
            ("use", "used", true),
            ("uses", "used", true),
            ("women", "woman", true),
            ("led", "lead", true),
            ("said", "say", true),
            // Irregular past forms (twenty-third session: `found` for *find*).
            ("found", "find", true),
            ("made", "making", true),
            ("undergone", "undergo", true),
            // British spelling and verbs in y (judged false alarms: `criticised`, `trying`).
            ("criticised", "criticized", true),
            ("organising", "organizing", true),
            ("recognises", "recognize", true),
            ("trying", "tried", true),
            ("carried", "carry", true),
            ("studying", "studies", true),
            ("promise", "promised", true),
            // Short or unrelated words stay apart.
            ("us", "used", false),
            ("the", "thing", false),
            ("seed", "see", false),
            ("fell", "fill", false),
            ("told", "toll", false),
            ("led", "left", false),
            ("care", "car", false),
            ("hope", "hop", false),
            ("rate", "rat", false),
            // A direction is no form of its first half.
            ("north", "northeast", false),
            ("south", "southwestern", false),
            ("northeastern", "northeast", true),
        ];
        for (a, b, want) in cases {
            let (a, b) = (fold_word(a), fold_word(b));
            assert_eq!(agree(&a, &b), want, "{a} / {b}");
            assert_eq!(agree(&b, &a), want, "{b} / {a}");
        }
        assert!(IRREGULAR.windows(2).all(|p| p[0].0 < p[1].0), "sorted");
    }

    #[test]
    fn a_closed_compound_ends_with_a_one_word_rendering() {
        // (English, rendering, found?): judged false alarms `biosecurity` for الأمن,
        // `Biotechnology` for التكنولوجيا.
        let cases = [
            ("new biosecurity rules", "security", true),
            ("Biotechnology firms", "technology", true),
            ("socioeconomic effects", "economic", true),
            ("the rainwater", "water", true),
            // A negating prefix, a one-letter prefix, a short rendering, two words: no.
            ("a disagreement", "agreement", false),
            ("nonviolent protest", "violent", false),
            ("unemployment rose", "employment", false),
            ("asocial", "social", false),
            ("headlines", "lines", false),
            ("the newsroom", "room", false),
            ("biosecurity", "national security", false),
        ];
        for (hay, needle, want) in cases {
            assert_eq!(ends_compound(&w(hay), &w(needle)), want, "{hay} / {needle}");
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
            // Fractions, multiples, dozens, ordinals.
            // `third` is also the ordinal: both values are kept.
            ("around a third of the world", &[1.0 / 3.0, 3.0]),
            ("two thirds voted", &[2.0, 2.0 / 3.0]),
            ("more than triple the rate", &[3.0]),
            ("around two dozen members", &[2.0, 24.0]),
            ("the fifth man", &[5.0]),
            ("one second later", &[1.0, 2.0]),
            ("the twenty-first century", &[21.0]),
            // A plus sign and a range keep the scale.
            ("a $300+ billion impact", &[300.0, 300e9]),
            (
                "between 14 and 22 million people",
                &[14.0, 14e6, 22.0, 22e6],
            ),
            ("14–22 million", &[14.0, 14e6, 22.0, 22e6]),
            // Halves: `half` alone is also 0.5.
            ("every seven and a half days", &[7.0, 7.5, 0.5]),
            ("almost half a million companies", &[0.5, 500_000.0, 1e6]),
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
