//! Cross-language anchors of one sentence, and how well two sides' anchors agree.
//!
//! **In:** the text of one sentence (Arabic or English) and, optionally, the glossary's
//! [`TermIndex`]. **Out:** its [`Features`]: non-space length and a set of anchors, keys that
//! mean the same thing on both sides; and [`anchor_agreement`], the matched and unmatched
//! anchor weight of a candidate bead (what `score.rs` turns into a cost).
//!
//! *Anchors* are language-independent keys found on both sides:
//! * numbers, in any digits (Arabic-Indic digits folded by `normalize::matcher()`), keyed by
//!   their significant digits (`37,877` → `37877`, `86,000` and `86 ألفاً` → `86`, `27.25` →
//!   `2725`, `$8 billion` → `8`), and number words (`six`/`ستة` → `6`; `dozens`/`عشرات`);
//! * month names (January / Jan. / يناير / كانون الثاني) and weekdays (Sunday / الأحد);
//! * glossary term pairs: an Arabic glossary match on one side and its entry's English
//!   (case-insensitive, whole words, possessive and plural `s` ignored) on the other;
//! * names: the consonant skeleton of an Arabic word against that of a capitalized English
//!   word, the sentence's first word included (`دوفال` / `Duvall` → `TBL`; `lexicon.rs`);
//! * Latin-script tokens written inside the Arabic (`ZMapp`, `PALM`, `IEDCR`) against the
//!   same English word with a capital, case-insensitive;
//! * punctuation: a question (`؟` / `?`), a quotation (`«»` / `"` `“”`) and parentheses (up to
//!   two per sentence).
//!
//! Each anchor kind has a weight; within a bead `matched` is the weight of the anchors on
//! both sides and `unmatched` the weight of those on one side only (multisets: an anchor in
//! both of two merged sentences needs two on the other side). The aligner keeps only anchors
//! whose key occurs somewhere on the other side of the document pair.
//!
//! The word tables and the name skeletons are in `lexicon.rs`.
//!
//! What it does *not* do: translate words, or use a bilingual dictionary other than the
//! glossary.

use std::collections::HashMap;
use std::sync::Arc;

use super::lexicon::{
    arabic_skeleton, english_skeleton, AR_MONTHS, AR_NUMBERS, AR_SCALES, EN_MONTHS, EN_NUMBERS,
    EN_WEEKDAYS,
};
use crate::glossary::Matcher;
use crate::normalize;

/// What the scorer knows about one sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct Features {
    /// Characters other than whitespace.
    pub chars: f64,
    /// Anchors: `(key, weight)`, sorted by key; a key repeats (at most twice) when the
    /// sentence holds it more than once.
    pub anchors: Vec<(u64, f32)>,
    /// A line of its own without final punctuation (a headline or sub-heading).
    pub headline: bool,
    /// Sum of the anchor weights and a 64-bit Bloom signature of the anchor keys, kept in
    /// step with `anchors` by [`Features::seal`]: beads whose signatures do not meet skip
    /// the comparison.
    pub weight: f64,
    pub bloom: u64,
}

impl Features {
    /// Recompute `weight` and `bloom` after `anchors` changed.
    pub fn seal(&mut self) {
        self.weight = self.anchors.iter().map(|a| a.1 as f64).sum();
        self.bloom = self.anchors.iter().fold(0, |b, a| b | 1u64 << (a.0 >> 58));
    }
}

/// Anchor kinds, folded into the key so that the number 10 and the month 10 differ.
#[derive(Clone, Copy)]
enum Kind {
    Number = 1,
    Month = 2,
    Weekday = 3,
    Term = 4,
    Question = 5,
    Quote = 6,
    Name = 7,
    Latin = 8,
    Bracket = 9,
}

fn key(kind: Kind, value: &str) -> u64 {
    // FNV-1a: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ kind as u64;
    for b in value.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn weight(kind: Kind, value: &str) -> f32 {
    match kind {
        // One significant digit (3, 10, 2000) is common and ambiguous; 37877 is not.
        Kind::Number if value.len() >= 2 => 1.5,
        Kind::Number => 0.7,
        Kind::Month | Kind::Weekday => 1.2,
        Kind::Term => 1.0,
        Kind::Question => 1.0,
        Kind::Quote => 0.3,
        // Translators keep parentheses (an acronym, a conversion, an aside): weak alone, but it
        // tells apart neighbours of like length (FLORES drop 0.957 -> 0.961; 0.3 to 1.0 alike).
        Kind::Bracket => 0.5,
        // Three consonant classes collide by chance now and then; five rarely do.
        Kind::Name if value.len() >= 5 => 1.0,
        Kind::Name => 0.5,
        // A Latin-script token inside Arabic text (ZMapp, PALM, IEDCR) is rare and exact.
        Kind::Latin => 1.5,
    }
}

/// How often one key counts within one sentence: a sentence that names the WHO twice (a
/// headline run into its lede) can explain two Arabic sentences that name it once each.
const MAX_REPEAT: usize = 2;

#[derive(Default)]
struct AnchorSet(Vec<(u64, f32)>);

impl AnchorSet {
    fn add(&mut self, kind: Kind, value: &str) {
        self.0.push((key(kind, value), weight(kind, value)));
    }
    /// The anchors sorted by key, each key at most [`MAX_REPEAT`] times.
    fn finish(mut self) -> Vec<(u64, f32)> {
        self.0.sort_unstable_by_key(|&(k, _)| k);
        let mut run = 0;
        let mut last = None;
        self.0.retain(|&(k, _)| {
            run = if last == Some(k) { run + 1 } else { 1 };
            last = Some(k);
            run <= MAX_REPEAT
        });
        self.0
    }
}

/// Opening parentheses, up to [`MAX_REPEAT`]: `(NHC)` / `(المركز الوطني للأعاصير)`,
/// `(15 miles)` / `(15 ميلاً)`.
fn brackets(text: &str, set: &mut AnchorSet) {
    for _ in text.matches('(').take(MAX_REPEAT) {
        set.add(Kind::Bracket, "(");
    }
}

fn non_space_chars(s: &str) -> f64 {
    s.chars().filter(|c| !c.is_whitespace()).count() as f64
}

/// Significant digits of a number as written: separators and the decimal point dropped,
/// trailing zeros stripped (`86,000` → `86`, `27.25` → `2725`, `0.5` → `5`).
fn number_key(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_start_matches('0').trim_end_matches('0');
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Numbers written in ASCII digits in `text` (after folding): `1,507.5`, `2023`, `27.25`.
fn digit_numbers(text: &str, set: &mut AnchorSet) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len()
            && (b[i].is_ascii_digit()
                || (matches!(b[i], b'.' | b',') && i + 1 < b.len() && b[i + 1].is_ascii_digit()))
        {
            i += 1;
        }
        if let Some(k) = number_key(&text[start..i]) {
            set.add(Kind::Number, &k);
        }
    }
}

/// Lowercase words of English text, apostrophes kept inside (`al-ansari` splits at `-`).
fn english_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// English term token as compared: lowercase, possessive and plural `s` dropped, and a final
/// `y`, `ie` or `ies` read as `i`, so that the singular and the plural meet (emergency,
/// emergencies → `emergenci`; party, parties; movie, movies).
pub(crate) fn english_term_token(word: &str) -> String {
    let mut w = word.to_lowercase();
    for suffix in ["'s", "’s"] {
        if w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
        }
    }
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 2);
        return w;
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w.pop();
    }
    if w.len() > 3 && w.ends_with('y') {
        w.pop();
        w.push('i');
    } else if w.len() > 3 && w.ends_with("ie") {
        w.pop();
    }
    w
}

/// Glossary term pairs by their English: each entry's English (before any parenthesis),
/// tokenized, is a term id.
pub(crate) struct TermIndex {
    pub matcher: Arc<Matcher>,
    /// Entry index → the key of its English (entries with the same English share it).
    entry_key: Vec<Option<String>>,
    /// English token sequences (joined by a space) → the term ids they render.
    english: HashMap<String, Vec<String>>,
    /// Longest English in tokens.
    max_tokens: usize,
}

/// The term tokens of an English rendering, or `None` when it is empty or too long.
fn rendering_key(english: &str) -> Option<String> {
    let toks: Vec<String> = english_words(english)
        .iter()
        .map(|w| english_term_token(w))
        .collect();
    (!toks.is_empty() && toks.len() <= 6).then(|| toks.join(" "))
}

impl TermIndex {
    pub fn new(matcher: Arc<Matcher>) -> TermIndex {
        let mut entry_key = Vec::new();
        let mut english: HashMap<String, Vec<String>> = HashMap::new();
        let mut max_tokens = 0;
        for e in matcher.glossary().entries() {
            let Some(k) = rendering_key(e.english.split('(').next().unwrap_or(&e.english)) else {
                entry_key.push(None);
                continue;
            };
            // The note's `also:` alternatives were tried as English for the same id: they
            // made every sentence hold more term keys, cost 60 % more time and 0.02 F1 on the
            // samples' 10,000-sentence benchmark (`cargo bench --bench align`), and moved the
            // dev sets by ±0.005, so only the entry's own English is a rendering.
            max_tokens = max_tokens.max(k.split(' ').count());
            let ids = english.entry(k.clone()).or_default();
            if !ids.contains(&k) {
                ids.push(k.clone());
            }
            entry_key.push(Some(k));
        }
        TermIndex {
            matcher,
            entry_key,
            english,
            max_tokens,
        }
    }
}

/// Features of one Arabic sentence.
pub(crate) fn arabic_features(text: &str, terms: Option<&TermIndex>) -> Features {
    let mut set = AnchorSet::default();
    let n = normalize::matcher().normalize_str(text);
    digit_numbers(&n, &mut set);
    let words: Vec<&str> = n
        .split(|c: char| !(c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    for (k, w) in words.iter().enumerate() {
        let after_digits = k > 0 && words[k - 1].bytes().all(|b| b.is_ascii_digit());
        let bare = strip_arabic_clitics(w);
        if !(after_digits && AR_SCALES.contains(&bare)) {
            if let Some(&(_, v)) = AR_NUMBERS.iter().find(|(a, _)| *a == bare) {
                set.add(Kind::Number, v);
            }
        }
        if let Some(sk) = arabic_skeleton(bare) {
            set.add(Kind::Name, &sk);
        }
        // Weekdays keep their article: "الأحد" is Sunday, "أحد" is "one of".
        let with_article = w.strip_prefix('و').unwrap_or(w);
        if let Some(&(_, d)) = crate::extract::ARABIC_WEEKDAYS
            .iter()
            .find(|(a, _)| *a == with_article)
        {
            set.add(Kind::Weekday, &d.to_string());
        }
        let two = words.get(k + 1).map(|n| format!("{bare} {n}"));
        for &(name, m) in AR_MONTHS {
            if name == bare || two.as_deref() == Some(name) {
                set.add(Kind::Month, &m.to_string());
            }
        }
    }
    latin_tokens_in_arabic(text, &mut set);
    if n.contains('?') {
        set.add(Kind::Question, "?");
    }
    if text.contains(['«', '»', '"', '“', '”']) {
        set.add(Kind::Quote, "\"");
    }
    brackets(text, &mut set);
    if let Some(t) = terms {
        for m in t.matcher.find(text) {
            if let Some(Some(k)) = t.entry_key.get(m.entry) {
                set.add(Kind::Term, k);
            }
        }
    }
    let mut f = Features {
        chars: non_space_chars(text),
        anchors: set.finish(),
        ..Features::default()
    };
    f.seal();
    f
}

/// A word without the proclitics و ف ب ل ك and the article ال (kept if too little is left).
fn strip_arabic_clitics(w: &str) -> &str {
    let mut s = w;
    for p in ["و", "ف"] {
        if let Some(r) = s.strip_prefix(p) {
            if r.chars().count() >= 3 {
                s = r;
            }
        }
    }
    for p in ["بال", "لل", "كال", "ال", "ب", "ل"] {
        if let Some(r) = s.strip_prefix(p) {
            if r.chars().count() >= 3 {
                return r;
            }
        }
    }
    s
}

/// A Latin-script word as the key it is compared by (lowercase, at least two letters); Arabic
/// news writes product names, trial names and acronyms (ZMapp, PALM, WHO) in Latin letters,
/// and the English has them the same (with a capital, which is what the English side needs).
fn latin_token(w: &str) -> Option<String> {
    (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphabetic())).then(|| w.to_ascii_lowercase())
}

/// The Latin-script tokens of Arabic text, except inside a web or e-mail address
/// (`help.unhcr.org/egypt` names no English word of the sentence, and `egypt` there would
/// match every English sentence about Egypt).
fn latin_tokens_in_arabic(text: &str, set: &mut AnchorSet) {
    for chunk in text.split_whitespace() {
        if !chunk.bytes().any(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        let address = chunk.contains(['/', '@'])
            || chunk.as_bytes().windows(3).any(|w| {
                w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_alphabetic()
            });
        if address {
            continue;
        }
        for w in chunk.split(|c: char| !c.is_ascii_alphabetic()) {
            if let Some(l) = latin_token(w) {
                set.add(Kind::Latin, &l);
            }
        }
    }
}

/// Features of one English sentence.
pub(crate) fn english_features(text: &str, terms: Option<&TermIndex>) -> Features {
    let mut set = AnchorSet::default();
    digit_numbers(text, &mut set);
    let words = english_words(text);
    for (k, w) in words.iter().enumerate() {
        // `Wednesday's`, `January's`: the possessive is no part of the word looked up.
        let lower = w.to_lowercase();
        let lower = lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("’s"))
            .unwrap_or(&lower);
        if let Some(&(_, v)) = EN_NUMBERS.iter().find(|(e, _)| *e == lower) {
            set.add(Kind::Number, v);
        }
        if let Some(&(_, d)) = EN_WEEKDAYS.iter().find(|(e, _)| *e == lower) {
            set.add(Kind::Weekday, &d.to_string());
        }
        let capitalized = w.starts_with(|c: char| c.is_uppercase());
        // A capitalized word inside the sentence is likely a name (the first word is
        // capitalized anyway, so it is left out).
        if capitalized {
            if let Some(sk) = english_skeleton(w) {
                set.add(Kind::Name, &sk);
            }
        }
        if w.contains(|c: char| c.is_ascii_uppercase()) {
            if let Some(l) = latin_token(w) {
                set.add(Kind::Latin, &l);
            }
        }
        if let Some(&(_, m)) = EN_MONTHS.iter().find(|(e, _)| *e == lower) {
            // "May" and "march" are also a verb: a month is capitalized and, for May, next
            // to a number.
            let near_number =
                |i: Option<&&str>| i.is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
            let may_ok = lower != "may"
                || near_number(words.get(k + 1))
                || (k > 0 && near_number(words.get(k - 1)));
            if capitalized && may_ok {
                set.add(Kind::Month, &m.to_string());
            }
        }
    }
    if text.contains('?') {
        set.add(Kind::Question, "?");
    }
    if text.contains(['"', '“', '”']) {
        set.add(Kind::Quote, "\"");
    }
    brackets(text, &mut set);
    if let Some(t) = terms {
        let toks: Vec<String> = words.iter().map(|w| english_term_token(w)).collect();
        let mut gram = String::new();
        for i in 0..toks.len() {
            gram.clear();
            for (n, tok) in toks[i..].iter().take(t.max_tokens).enumerate() {
                if n > 0 {
                    gram.push(' ');
                }
                gram.push_str(tok);
                for id in t.english.get(gram.as_str()).into_iter().flatten() {
                    set.add(Kind::Term, id);
                }
            }
        }
    }
    let mut f = Features {
        chars: non_space_chars(text),
        anchors: set.finish(),
        ..Features::default()
    };
    f.seal();
    f
}

/// `(matched, unmatched)` anchor weights between the anchors of `a` and those of `b`, taken
/// as multisets: an anchor in both of two merged sentences needs two on the other side
/// (merging never hides a mismatch). An occurrence is matched when the other side holds at
/// least as many occurrences of its key (within a sentence too). No allocation and no sorting: beads hold a few
/// sentences of a few anchors each, so counting by scanning is cheaper than merging.
pub(crate) fn anchor_agreement(a: &[Features], b: &[Features]) -> (f64, f64) {
    let bloom = |fs: &[Features]| fs.iter().fold(0, |x, f| x | f.bloom);
    let total = |fs: &[Features]| -> f64 { fs.iter().map(|f| f.weight).sum() };
    if bloom(a) & bloom(b) == 0 {
        return (0.0, total(a) + total(b));
    }
    if let ([x], [y]) = (a, b) {
        // Two sorted multisets: one merge.
        let (xs, ys) = (&x.anchors, &y.anchors);
        let (mut i, mut j, mut matched) = (0, 0, 0.0);
        while i < xs.len() && j < ys.len() {
            match xs[i].0.cmp(&ys[j].0) {
                std::cmp::Ordering::Equal => {
                    matched += xs[i].1 as f64;
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        // Keys carry their kind's weight on both sides, so each match removes it twice.
        return (matched, x.weight + y.weight - 2.0 * matched);
    }
    let count = |fs: &[Features], k: u64| -> usize {
        fs.iter()
            .map(|f| {
                let lo = f.anchors.partition_point(|x| x.0 < k);
                f.anchors[lo..].iter().take_while(|x| x.0 == k).count()
            })
            .sum()
    };
    // Occurrences of `side` not matched on `other`, and the matched weight.
    let pass = |side: &[Features], other: &[Features]| -> (f64, f64) {
        let (mut matched, mut unmatched) = (0.0, 0.0);
        let theirs = bloom(other);
        for (s, f) in side.iter().enumerate() {
            if f.bloom & theirs == 0 {
                unmatched += f.weight;
                continue;
            }
            for (n, &(k, w)) in f.anchors.iter().enumerate() {
                if theirs & (1u64 << (k >> 58)) == 0 {
                    unmatched += w as f64;
                    continue;
                }
                // This is occurrence number `rank` of `k` on its side: those in earlier
                // sentences, then those before it in this one.
                let again = f.anchors[..n].iter().rev().take_while(|x| x.0 == k).count();
                let rank = count(&side[..s], k) + again;
                if count(other, k) > rank {
                    matched += w as f64;
                } else {
                    unmatched += w as f64;
                }
            }
        }
        (matched, unmatched)
    };
    let (matched, ua) = pass(a, b);
    let (_, ub) = pass(b, a);
    (matched, ua + ub)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::lexicon::{arabic_skeleton, english_skeleton};

    fn keys(f: &Features) -> Vec<u64> {
        f.anchors.iter().map(|a| a.0).collect()
    }

    /// `(arabic, english)` that share all their anchors.
    const SAME: &[(&str, &str)] = &[
        ("قتل ٤٢ فلسطينياً", "42 Palestinians were killed"),
        ("بلغ ٣٧٬٨٧٧ قتيلاً", "reached 37,877 dead"),
        ("أكثر من 86 ألفاً", "more than 86,000"),
        ("بنسبة 27.25%", "at 27.25%"),
        ("8 مليارات دولار", "$8 billion"),
        ("ستة أطفال وثلاث نساء", "six children and three women"),
        ("في 7 أكتوبر", "on Oct. 7"),
        ("في 7 تشرين الأول", "on October 7"),
        ("يوم الأحد", "on Sunday"),
        ("بعد حدث الأربعاء", "after Wednesday's event"),
        ("هل انتهى؟", "Is it over?"),
        ("قال «لا»", "he said \"no\""),
        ("عشرات المسلحين", "dozens of militants"),
        ("على بعد 20 كم (15 ميلاً)", "about 20 km (15 miles)"),
    ];

    #[test]
    fn anchors_agree_across_languages() {
        for (ar, en) in SAME {
            // Every Arabic word of three consonant classes has a name skeleton and every
            // capitalized English word a Latin token (the aligner keeps only those the other
            // side shares); these rows test the other anchors.
            let names = |f: Features| -> Vec<u64> {
                let k = keys(&f);
                let name = |x: &u64| {
                    let n = normalize::matcher().normalize_str(ar);
                    n.split(|c: char| !c.is_alphanumeric())
                        .filter_map(|w| arabic_skeleton(strip_arabic_clitics(w)))
                        .chain(english_words(en).into_iter().filter_map(english_skeleton))
                        .any(|sk| key(Kind::Name, &sk) == *x)
                        || english_words(en)
                            .into_iter()
                            .filter_map(latin_token)
                            .any(|l| key(Kind::Latin, &l) == *x)
                };
                k.into_iter().filter(|x| !name(x)).collect()
            };
            let a = names(arabic_features(ar, None));
            let e = names(english_features(en, None));
            assert!(!a.is_empty(), "no anchor in {ar:?}");
            assert_eq!(a, e, "row {ar:?} / {en:?}");
        }
    }

    #[test]
    fn singular_and_plural_english_meet() {
        for (a, b) in [
            ("emergency", "Emergencies"),
            ("party", "parties"),
            ("movie", "movies"),
            ("minister", "Minister's"),
            ("day", "days"),
        ] {
            assert_eq!(english_term_token(a), english_term_token(b), "{a} / {b}");
        }
        assert_ne!(english_term_token("press"), english_term_token("pres"));
    }

    #[test]
    fn latin_tokens_and_first_word_names() {
        // (arabic, english, shared anchors expected)
        let rows: &[(&str, &str, bool)] = &[
            (
                "استُخدم عقار ZMapp في تجربة PALM",
                "In the PALM trial, ZMapp served",
                true,
            ),
            // A sentence-initial name still has its skeleton.
            (
                "لم يترك دوفال انطباعًا",
                "Duvall did not leave a big impression",
                true,
            ),
            // A lowercase English word is no Latin token (and "in" is too short anyway).
            ("قال إن الوضع خطير", "in the end the trial served", false),
        ];
        for &(ar, en, want) in rows {
            let a = keys(&arabic_features(ar, None));
            let e = keys(&english_features(en, None));
            assert_eq!(a.iter().any(|k| e.contains(k)), want, "{ar} / {en}");
        }
        // No Latin tokens from a web address.
        let url = keys(&arabic_features(
            "للمساعدة زوروا help.unhcr.org/egypt",
            None,
        ));
        let egypt = keys(&english_features(
            "Refugees in Egypt can ask for help",
            None,
        ));
        assert!(!url.iter().any(|k| egypt.contains(k)));
        assert_eq!(latin_token("ZMapp").as_deref(), Some("zmapp"));
        assert_eq!(latin_token("19"), None);
        assert_eq!(latin_token("A"), None);
    }

    #[test]
    fn may_the_verb_is_no_month() {
        let month = key(Kind::Month, "5");
        assert!(!keys(&english_features("It may rain.", None)).contains(&month));
        assert!(keys(&english_features("on May 10", None)).contains(&month));
    }

    #[test]
    fn number_keys() {
        for (raw, key) in [
            ("86,000", "86"),
            ("27.25", "2725"),
            ("2023", "2023"),
            ("0.5", "5"),
        ] {
            assert_eq!(number_key(raw).as_deref(), Some(key), "{raw}");
        }
        assert_eq!(number_key("000"), None);
    }

    #[test]
    fn anchors_count_as_multisets() {
        let f = |keys: &[u64]| {
            let mut f = Features {
                anchors: keys.iter().map(|&k| (k, 1.0)).collect(),
                ..Features::default()
            };
            f.seal();
            f
        };
        // (arabic sentences, english sentences, matched, unmatched)
        type Side = &'static [&'static [u64]];
        let rows: &[(Side, Side, f64, f64)] = &[
            (&[&[1, 2]], &[&[1, 2]], 2.0, 0.0),
            (&[&[1]], &[&[1], &[1]], 1.0, 1.0),
            (&[&[1], &[1]], &[&[1], &[1]], 2.0, 0.0),
            // A key twice in one sentence explains it once in each of two.
            (&[&[1], &[1]], &[&[1, 1]], 2.0, 0.0),
            (&[&[1, 1, 2]], &[&[1], &[2]], 2.0, 1.0),
            (&[&[1, 1]], &[&[1]], 1.0, 1.0),
            (&[&[1, 3], &[2]], &[&[2], &[1], &[4]], 2.0, 2.0),
            (&[], &[&[5]], 0.0, 1.0),
            (&[&[]], &[&[]], 0.0, 0.0),
        ];
        for &(a, b, m, u) in rows {
            let fa: Vec<Features> = a.iter().map(|k| f(k)).collect();
            let fb: Vec<Features> = b.iter().map(|k| f(k)).collect();
            assert_eq!(anchor_agreement(&fa, &fb), (m, u), "{a:?} vs {b:?}");
        }
    }
}
