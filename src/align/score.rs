//! Bead scoring: length agreement plus cross-language anchors.
//!
//! **In:** the sentences of both sides. **Out:** per-sentence [`Features`] (length and a set of
//! anchors) and, for a candidate bead (0–4 Arabic sentences against 0–4 English ones), a DP
//! cost and a score in 0..1.
//!
//! *Length.* Gale & Church (1993): with `c` the English/Arabic character ratio of the document
//! pair itself (total English characters / total Arabic characters; the aligner then
//! re-estimates it from the 1-1 pairs of a first pass, so that a paragraph dropped on one side
//! does not bias it) and `l1`, `l2` the
//! non-space character counts of the two sides of the bead,
//! `δ = (l2 − c·l1) / sqrt(S2 · (c·l1 + l2) / 2)` and `p_len = 2·(1 − Φ(|δ|))`, the chance of a
//! deviation at least that large.
//!
//! *Anchors* are language-independent keys found on both sides:
//! * numbers, in any digits (Arabic-Indic digits folded by `normalize::matcher()`), keyed by
//!   their significant digits (`37,877` → `37877`, `86,000` and `86 ألفاً` → `86`, `27.25` →
//!   `2725`, `$8 billion` → `8`), and number words (`six`/`ستة` → `6`; `dozens`/`عشرات`);
//! * month names (January / Jan. / يناير / كانون الثاني) and weekdays (Sunday / الأحد);
//! * glossary term pairs: an Arabic glossary match on one side and its entry's English
//!   (case-insensitive, whole words, possessive and plural `s` ignored) on the other;
//! * punctuation: a question (`؟` / `?`) and a quotation (`«»` / `"` `“”`).
//!
//! Each anchor kind has a weight; within a bead `matched` is the weight of the anchors on
//! both sides and `unmatched` the weight of those on one side only (sets: a number twice in a
//! sentence counts once).
//!
//! *Cost* (lower is better, what the DP minimises):
//! `−ln prior(bead) − ln p_len + UNMATCHED·unmatched − MATCHED·matched`; a bead with an empty
//! side costs `−ln prior` plus its unmatched anchors (no length term, so a dropped sentence
//! is not forced into a neighbour's bead).
//!
//! *Score* of a pair with both sides (what users see, 0..1): the raw score
//! `logistic(2 + ln p_len + MATCHED·matched − UNMATCHED·unmatched − headline − merge − 0.5·[merged])`
//! mapped through a calibration table ([`calibrate`], fitted on dev data), so that the score
//! is the estimated probability that the pair is right: of pairs scored about 0.9, about nine
//! in ten are right; of pairs scored about 0.5, about half. A plain 1-1 pair of the expected
//! length and no anchors scores about 0.85; matched numbers push it towards 1; a length off
//! by 2σ or a missing number pulls it towards 0.5. A bead with an empty side scores 0.
//!
//! What it does *not* do: translate words, or use a bilingual dictionary other than the
//! glossary.

use std::collections::HashMap;
use std::sync::Arc;

use crate::glossary::Matcher;
use crate::normalize;

/// English non-space characters per Arabic one in news translations: 1.14 on FLORES-200
/// devtest wikinews, 1.06 on TICO-19 wikinews (`dev/align_eval.py` data; document ratios have
/// a standard deviation of about 0.1).
pub(crate) const PRIOR_RATIO: f64 = 1.1;
/// Weight of [`PRIOR_RATIO`] in Arabic characters (about six news sentences).
pub(crate) const PRIOR_WEIGHT: f64 = 800.0;
/// Variance per character of the length difference (Gale & Church's 6.8).
const S2: f64 = 6.8;
/// Bonus per unit weight of anchors on both sides.
pub(crate) const MATCHED: f64 = 1.5;
/// Penalty per unit weight of anchors on one side only.
pub(crate) const UNMATCHED: f64 = 1.0;

/// What the scorer knows about one sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct Features {
    /// Characters other than whitespace.
    pub chars: f64,
    /// Anchors: `(key, weight)`, sorted by key, keys unique.
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
        // Three consonant classes collide by chance now and then; five rarely do.
        Kind::Name if value.len() >= 5 => 1.0,
        Kind::Name => 0.5,
    }
}

#[derive(Default)]
struct AnchorSet(Vec<(u64, f32)>);

impl AnchorSet {
    fn add(&mut self, kind: Kind, value: &str) {
        self.0.push((key(kind, value), weight(kind, value)));
    }
    fn finish(mut self) -> Vec<(u64, f32)> {
        self.0.sort_unstable_by_key(|&(k, _)| k);
        self.0.dedup_by_key(|&mut (k, _)| k);
        self.0
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

/// English number words and vague quantities; "one" is left out (a pronoun as often as not).
const EN_NUMBERS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "1"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("fifteen", "15"),
    ("twenty", "2"),
    ("thirty", "3"),
    ("forty", "4"),
    ("fifty", "5"),
    ("sixty", "6"),
    ("seventy", "7"),
    ("eighty", "8"),
    ("ninety", "9"),
    ("hundred", "1"),
    ("dozens", "dozens"),
    ("hundreds", "hundreds"),
    ("thousands", "thousands"),
    ("millions", "millions"),
    ("twice", "2"),
    ("double", "2"),
    ("half", "5"),
];

/// Arabic number words, match-normalized (ة→ه, أ→ا, ى→ي), without clitics.
const AR_NUMBERS: &[(&str, &str)] = &[
    ("اثنان", "2"),
    ("اثنين", "2"),
    ("اثنتان", "2"),
    ("اثنتين", "2"),
    ("ثلاثه", "3"),
    ("ثلاث", "3"),
    ("اربعه", "4"),
    ("اربع", "4"),
    ("خمسه", "5"),
    ("خمس", "5"),
    ("سته", "6"),
    ("ست", "6"),
    ("سبعه", "7"),
    ("سبع", "7"),
    ("ثمانيه", "8"),
    ("ثماني", "8"),
    ("ثمان", "8"),
    ("تسعه", "9"),
    ("تسع", "9"),
    ("عشره", "1"),
    ("عشر", "1"),
    ("عشرون", "2"),
    ("عشرين", "2"),
    ("ثلاثون", "3"),
    ("ثلاثين", "3"),
    ("اربعون", "4"),
    ("اربعين", "4"),
    ("خمسون", "5"),
    ("خمسين", "5"),
    ("ستون", "6"),
    ("ستين", "6"),
    ("سبعون", "7"),
    ("سبعين", "7"),
    ("ثمانون", "8"),
    ("ثمانين", "8"),
    ("تسعون", "9"),
    ("تسعين", "9"),
    ("مئه", "1"),
    ("مائه", "1"),
    ("عشرات", "dozens"),
    ("مئات", "hundreds"),
    ("الاف", "thousands"),
    ("ملايين", "millions"),
    ("نصف", "5"),
    ("ضعف", "2"),
    ("مثلي", "2"),
];

/// Arabic words for thousand/million/billion: after digits they scale the number, which
/// [`number_key`] ignores anyway (`86 ألفاً` → `86`), so they are skipped there.
const AR_SCALES: &[&str] = &["الف", "الفا", "الاف", "مليون", "ملايين", "مليار", "مليارات"];

const EN_MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Arabic month names (Egyptian/Gulf and Levantine), match-normalized, one or two words.
const AR_MONTHS: &[(&str, u8)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
];

const EN_WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
];

/// Lowercase words of English text, apostrophes kept inside (`al-ansari` splits at `-`).
fn english_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// English term token as compared: lowercase, possessive and plural `s` dropped.
pub(crate) fn english_term_token(word: &str) -> String {
    let mut w = word.to_lowercase();
    for suffix in ["'s", "’s"] {
        if w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w.pop();
    }
    w
}

/// Glossary term pairs by their English: each entry's English, tokenized, is a term id.
pub(crate) struct TermIndex {
    pub matcher: Arc<Matcher>,
    /// Entry index → the key of its English (entries with the same English share it).
    entry_key: Vec<Option<String>>,
    /// English token sequences (joined by a space) of every entry.
    english: HashMap<String, ()>,
    /// Longest English in tokens.
    max_tokens: usize,
}

impl TermIndex {
    pub fn new(matcher: Arc<Matcher>) -> TermIndex {
        let mut entry_key = Vec::new();
        let mut english = HashMap::new();
        let mut max_tokens = 0;
        for e in matcher.glossary().entries() {
            let toks: Vec<String> = english_words(&e.english)
                .iter()
                .map(|w| english_term_token(w))
                .collect();
            if toks.is_empty() || toks.len() > 6 {
                entry_key.push(None);
                continue;
            }
            max_tokens = max_tokens.max(toks.len());
            let k = toks.join(" ");
            english.insert(k.clone(), ());
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
    if n.contains('?') {
        set.add(Kind::Question, "?");
    }
    if text.contains(['«', '»', '"', '“', '”']) {
        set.add(Kind::Quote, "\"");
    }
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

/// Consonant classes shared by English spellings of names and their Arabic transcription
/// (Kennedy/كينيدي → `KNT`, Putin/بوتين → `BTN`, Portugal/البرتغالي → `BRTKL`): voiced and
/// voiceless, emphatic and plain merge (b p f v ب ف → B, for Arabic writes p as either;
/// t d ط ض ث ذ ظ → T; s z ص ش → S; k c q g j x ق غ خ ج → K), vowels, h, w, y and the Arabic letters for them
/// (ا و ي ى ة ء ه ح ع) are left out, and a repeated class counts once. A cheap stand-in for
/// transliteration; the skeleton is an anchor when it has at least three classes.
fn push_class(out: &mut String, class: char) {
    if !out.ends_with(class) {
        out.push(class);
    }
}

fn skeleton_ok(sk: String) -> Option<String> {
    (sk.len() >= 3).then_some(sk)
}

/// The consonant skeleton of an Arabic word (match-normalized, clitics stripped).
fn arabic_skeleton(word: &str) -> Option<String> {
    let mut sk = String::new();
    for c in word.chars() {
        let class = match c {
            'ب' | 'پ' | 'ف' | 'ڤ' => 'B',
            'ت' | 'ط' | 'د' | 'ض' | 'ث' | 'ذ' | 'ظ' => 'T',
            'س' | 'ص' | 'ز' | 'ش' => 'S',
            'ك' | 'ق' | 'غ' | 'خ' | 'ج' | 'گ' => 'K',
            'ل' => 'L',
            'م' => 'M',
            'ن' => 'N',
            'ر' => 'R',
            c if is_arabic_vowel_letter(c) => continue,
            _ => return None,
        };
        push_class(&mut sk, class);
    }
    skeleton_ok(sk)
}

fn is_arabic_vowel_letter(c: char) -> bool {
    matches!(
        c,
        'ا' | 'أ' | 'إ' | 'آ' | 'و' | 'ؤ' | 'ي' | 'ى' | 'ئ' | 'ة' | 'ء' | 'ه' | 'ح' | 'ع'
    )
}

/// The consonant skeleton of an English word (a capitalized word, likely a name).
fn english_skeleton(word: &str) -> Option<String> {
    let b = word.as_bytes();
    let mut sk = String::new();
    for (i, &c) in b.iter().enumerate() {
        let next = b.get(i + 1).map(u8::to_ascii_lowercase);
        let class = match c.to_ascii_lowercase() {
            b'b' | b'p' | b'f' | b'v' => 'B',
            b't' | b'd' => 'T',
            b's' | b'z' => 'S',
            b'c' if matches!(next, Some(b'e' | b'i' | b'y')) => 'S',
            b'k' | b'c' | b'q' | b'g' | b'j' => 'K',
            b'x' => {
                push_class(&mut sk, 'K');
                'S'
            }
            b'l' => 'L',
            b'm' => 'M',
            b'n' => 'N',
            b'r' => 'R',
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'h' | b'w' => continue,
            _ => return None,
        };
        push_class(&mut sk, class);
    }
    skeleton_ok(sk)
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

/// Features of one English sentence.
pub(crate) fn english_features(text: &str, terms: Option<&TermIndex>) -> Features {
    let mut set = AnchorSet::default();
    digit_numbers(text, &mut set);
    let words = english_words(text);
    for (k, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        if let Some(&(_, v)) = EN_NUMBERS.iter().find(|(e, _)| *e == lower) {
            set.add(Kind::Number, v);
        }
        if let Some(&(_, d)) = EN_WEEKDAYS.iter().find(|(e, _)| *e == lower) {
            set.add(Kind::Weekday, &d.to_string());
        }
        let capitalized = w.starts_with(|c: char| c.is_uppercase());
        // A capitalized word inside the sentence is likely a name (the first word is
        // capitalized anyway, so it is left out).
        if capitalized && k > 0 {
            if let Some(sk) = english_skeleton(w) {
                set.add(Kind::Name, &sk);
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
                if t.english.contains_key(gram.as_str()) {
                    set.add(Kind::Term, &gram);
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

/// The length model of one document pair.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LengthModel {
    /// English characters per Arabic character.
    pub ratio: f64,
}

impl LengthModel {
    pub fn estimate(ar: &[Features], en: &[Features]) -> LengthModel {
        let a: f64 = ar.iter().map(|f| f.chars).sum();
        let e: f64 = en.iter().map(|f| f.chars).sum();
        LengthModel::from_counts(a, e)
    }

    /// The ratio of `e` English to `a` Arabic characters, pulled towards [`PRIOR_RATIO`] by
    /// [`PRIOR_WEIGHT`] Arabic characters of pseudo-evidence: a three-sentence document with a
    /// sentence dropped on one side is not evidence enough to move the ratio by a third.
    pub fn from_counts(a: f64, e: f64) -> LengthModel {
        if a <= 0.0 || e <= 0.0 {
            return LengthModel::with_ratio(PRIOR_RATIO);
        }
        LengthModel::with_ratio((e + PRIOR_RATIO * PRIOR_WEIGHT) / (a + PRIOR_WEIGHT))
    }

    pub fn with_ratio(ratio: f64) -> LengthModel {
        LengthModel {
            ratio: ratio.clamp(0.2, 5.0),
        }
    }

    /// `ln p_len` of a bead with `l1` Arabic and `l2` English characters (both > 0).
    pub fn ln_p(&self, l1: f64, l2: f64) -> f64 {
        let mean = (self.ratio * l1 + l2) / 2.0;
        let delta = (l2 - self.ratio * l1) / (S2 * mean.max(1.0)).sqrt();
        ln_two_tail(delta.abs())
    }
}

/// `ln(2·(1 − Φ(z)))` for z ≥ 0, accurate in the far tail.
fn ln_two_tail(z: f64) -> f64 {
    if z < 5.0 {
        (erfc(z / std::f64::consts::SQRT_2)).max(1e-300).ln()
    } else {
        // Asymptotic: 2φ(z)/z.
        let ln_phi = -0.5 * z * z - 0.5 * (2.0 * std::f64::consts::PI).ln();
        std::f64::consts::LN_2 + ln_phi - z.ln()
    }
}

/// Complementary error function (Numerical Recipes `erfcc`, relative error < 1.2e-7).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87
                                        + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

/// `(matched, unmatched)` anchor weights between the anchors of `a` and those of `b`, taken
/// as multisets: an anchor in both of two merged sentences needs two on the other side
/// (merging never hides a mismatch). An occurrence is matched when the other side holds at
/// least as many occurrences of its key. No allocation and no sorting: beads hold a few
/// sentences of a few anchors each, so counting by scanning is cheaper than merging.
pub(crate) fn anchor_agreement(a: &[Features], b: &[Features]) -> (f64, f64) {
    let bloom = |fs: &[Features]| fs.iter().fold(0, |x, f| x | f.bloom);
    let total = |fs: &[Features]| -> f64 { fs.iter().map(|f| f.weight).sum() };
    if bloom(a) & bloom(b) == 0 {
        return (0.0, total(a) + total(b));
    }
    if let ([x], [y]) = (a, b) {
        // Two sorted sets: one merge.
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
            .map(|f| usize::from(f.anchors.binary_search_by_key(&k, |x| x.0).is_ok()))
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
            for &(k, w) in &f.anchors {
                if theirs & (1u64 << (k >> 58)) == 0 {
                    unmatched += w as f64;
                    continue;
                }
                // This is occurrence number `rank` of `k` on its side (keys are unique
                // within one sentence).
                let rank = count(&side[..s], k);
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

/// Prior probabilities of bead shapes `(arabic, english)`: Gale & Church's, except that a
/// sentence with no counterpart is twice as likely (0.01 each way: news translations drop
/// and add sentences more often than parliamentary proceedings) and 2-2 is rarer than two
/// 1-1.
///
/// No 3-1/1-3 or 4-1/1-4 beads: tried (priors 0.004 and 0.001), they paired whole blocks
/// wherever segmentation had merged several sentences already, and cost 0.2 link F1 on the
/// held-out TICO-19 documents (BENCHMARKS.md, align quality).
pub(crate) const BEADS: &[(usize, usize, f64)] = &[
    (1, 1, 0.89),
    (1, 0, 0.01),
    (0, 1, 0.01),
    (2, 1, 0.0445),
    (1, 2, 0.0445),
    (2, 2, 0.011),
];

/// Cost of a headline merged with another sentence of its side: translators keep headlines
/// apart.
const HEADLINE_MERGED: f64 = 6.0;
/// Cost of a headline paired with a sentence that is not one.
const HEADLINE_MISMATCH: f64 = 1.5;

fn headline_cost(ar: &[Features], en: &[Features]) -> f64 {
    let merged = |side: &[Features]| side.len() > 1 && side.iter().any(|f| f.headline);
    let mut cost = 0.0;
    if merged(ar) || merged(en) {
        cost += HEADLINE_MERGED;
    }
    if let ([a], [e]) = (ar, en) {
        if a.headline != e.headline {
            cost += HEADLINE_MISMATCH;
        }
    }
    cost
}

/// Cost of a sentence merged into a bead although it has anchors and adds no match to what
/// the rest of its side already matches: a merge must be explained by both of its parts.
const MERGE_UNEXPLAINED: f64 = 1.5;

fn merge_cost(ar: &[Features], en: &[Features], matched: f64) -> f64 {
    let unexplained = |side: &[Features], other: &[Features]| {
        if side.len() < 2 {
            return 0;
        }
        // Part `k` explains itself when it has few anchors or when leaving it out of its side
        // loses a match. Only the two-sentence case is checked (3- and 4-sentence beads have
        // lower priors already, and this keeps the check allocation-free).
        let [x, y] = side else {
            return 0;
        };
        let adds = |part: &Features, rest: &Features| {
            part.anchors.iter().map(|a| a.1).sum::<f32>() < 1.0
                || matched > anchor_agreement(std::slice::from_ref(rest), other).0 + 1e-9
        };
        usize::from(!adds(x, y)) + usize::from(!adds(y, x))
    };
    MERGE_UNEXPLAINED * (unexplained(ar, en) + unexplained(en, ar)) as f64
}

/// DP cost and user score of a bead.
pub(crate) fn bead(
    model: &LengthModel,
    ar: &[Features],
    en: &[Features],
    prior: f64,
) -> (f64, f64) {
    let (cost, z) = bead_parts(model, ar, en, -prior.ln());
    (cost, z.map_or(0.0, |z| calibrate(1.0 / (1.0 + (-z).exp()))))
}

/// The DP cost of a bead alone (what the DP evaluates for every cell of the band), given
/// `−ln prior` of its shape.
pub(crate) fn bead_cost(
    model: &LengthModel,
    ar: &[Features],
    en: &[Features],
    neg_ln_prior: f64,
) -> f64 {
    bead_parts(model, ar, en, neg_ln_prior).0
}

/// The cost and, for a bead with both sides, the logit of its raw score.
fn bead_parts(
    model: &LengthModel,
    ar: &[Features],
    en: &[Features],
    neg_ln_prior: f64,
) -> (f64, Option<f64>) {
    let (matched, unmatched) = anchor_agreement(ar, en);
    let anchors = MATCHED * matched
        - UNMATCHED * unmatched
        - headline_cost(ar, en)
        - merge_cost(ar, en, matched);
    if ar.is_empty() || en.is_empty() {
        return (neg_ln_prior - anchors, None);
    }
    let l1: f64 = ar.iter().map(|f| f.chars).sum();
    let l2: f64 = en.iter().map(|f| f.chars).sum();
    let ln_p = model.ln_p(l1, l2);
    let cost = neg_ln_prior - ln_p - anchors;
    let merged = if ar.len() + en.len() > 2 { 0.5 } else { 0.0 };
    (cost, Some(2.0 + ln_p + anchors - merged))
}

/// Raw score → share of pairs that are right, fitted by isotonic regression (pool adjacent
/// violators) on the 864 pairs with both sides that the aligner produced on FLORES-200
/// devtest wikinews (100 documents, clean + drop + merge variants of `dev/align_eval.py`),
/// then thinned to knots and read between them linearly. TICO-19 wikinews was held out for
/// checking. Few pairs score under 0.5 raw (12 of 864), so the low end is coarse.
const CALIBRATION: &[(f64, f64)] = &[
    (0.0, 0.2),
    (0.3, 0.33),
    (0.45, 0.5),
    (0.53, 0.7),
    (0.7, 0.77),
    (0.84, 0.85),
    (0.87, 0.9),
    (0.9, 0.93),
    (0.96, 0.94),
    (0.99, 0.96),
    (1.0, 0.99),
];

/// The calibrated score of a raw score: `CALIBRATION` read by linear interpolation.
pub(crate) fn calibrate(raw: f64) -> f64 {
    let raw = raw.clamp(0.0, 1.0);
    for w in CALIBRATION.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        if raw <= x1 {
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0);
        }
    }
    CALIBRATION[CALIBRATION.len() - 1].1
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ("هل انتهى؟", "Is it over?"),
        ("قال «لا»", "he said \"no\""),
        ("عشرات المسلحين", "dozens of militants"),
    ];

    #[test]
    fn anchors_agree_across_languages() {
        for (ar, en) in SAME {
            // Every Arabic word of three consonant classes has a name skeleton (the aligner
            // keeps only those an English name shares); these rows test the other anchors.
            let names = |f: Features| -> Vec<u64> {
                let k = keys(&f);
                let name = |x: &u64| {
                    let n = normalize::matcher().normalize_str(ar);
                    n.split(|c: char| !c.is_alphanumeric())
                        .filter_map(|w| arabic_skeleton(strip_arabic_clitics(w)))
                        .chain(english_words(en).into_iter().filter_map(english_skeleton))
                        .any(|sk| key(Kind::Name, &sk) == *x)
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
    fn may_the_verb_is_no_month() {
        assert!(english_features("It may rain.", None).anchors.is_empty());
        assert_eq!(english_features("on May 10", None).anchors.len(), 2);
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
    fn length_probability_peaks_at_expected_ratio() {
        let m = LengthModel { ratio: 1.2 };
        assert!(m.ln_p(100.0, 120.0) > -1e-6);
        assert!(m.ln_p(100.0, 120.0) > m.ln_p(100.0, 160.0));
        assert!(m.ln_p(100.0, 300.0) < -10.0);
        assert!(ln_two_tail(8.0).is_finite());
    }

    #[test]
    fn matching_anchors_lift_the_score() {
        let m = LengthModel { ratio: 1.0 };
        let a = arabic_features("قتل ٤٢ شخصاً في ٢٠٢٣ وأصيب آخرون بجروح", None);
        let good = english_features("42 people were killed in 2023 and more hurt", None);
        let bad = english_features("17 people were killed in 1999 and more hurt", None);
        let (_, s_good) = bead(&m, std::slice::from_ref(&a), &[good], 0.89);
        let (_, s_bad) = bead(&m, &[a], &[bad], 0.89);
        assert!(s_good > 0.9 && s_bad < 0.5, "{s_good} {s_bad}");
    }

    #[test]
    fn name_skeletons_agree() {
        let rows = [
            ("Kennedy", "كينيدي"),
            ("Putin", "بوتين"),
            ("Johnson", "جونسون"),
            ("Carter", "كارتر"),
            ("Moscow", "موسكو"),
            ("Sobyanin", "سوبيانين"),
            ("Portugal", "برتغالي"),
            ("Palestine", "فلسطين"),
            ("Vladimir", "فلاديمير"),
        ];
        for (en, ar) in rows {
            let e = english_skeleton(en);
            assert!(
                e.is_some() && e == arabic_skeleton(ar),
                "{en} {e:?} vs {ar}"
            );
        }
    }

    #[test]
    fn calibration_is_monotone_and_in_range() {
        assert!(CALIBRATION
            .windows(2)
            .all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1));
        let mut last = 0.0;
        for k in 0..=100 {
            let p = calibrate(k as f64 / 100.0);
            assert!(
                (0.0..=1.0).contains(&p) && p >= last,
                "raw {k}/100 gives {p}"
            );
            last = p;
        }
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
