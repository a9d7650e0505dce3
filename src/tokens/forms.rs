//! Word-form rules of Arabic: the proclitics a written word may carry, the article, and the
//! suffixes the stages look through. Every rule is a table here, read by the matcher, the
//! fact rules and the summarizer's scorer, so that a rule is written once.
//!
//! **In:** words of `match`-normalized text (alef forms, ى→ي, ة→ه folded, no harakat).
//! **Out:** the ways a word splits into proclitics and a rest, the written forms a stem can
//! take, and light suffix stripping.
//!
//! The proclitics, in the order they are written: a conjunction (و ف), a preposition
//! (ب ك ل), the article (ال; after ل it loses its alef: لل). Source: any grammar of Modern
//! Standard Arabic (e.g. Ryding, *A Reference Grammar of Modern Standard Arabic*, ch. 5 and 7).
//!
//! What it does *not* do: morphological analysis (no patterns, roots or broken plurals) or
//! enclitic pronouns on verbs; each consumer decides, with its own lexicon, whether a split
//! is a real one (وزير is not و + زير unless a table has زير).

/// Conjunctions, written first.
pub const CONJUNCTIONS: [&str; 2] = ["و", "ف"];

/// Prepositions written joined to the next word, after a conjunction.
pub const PREPOSITIONS: [&str; 3] = ["ب", "ك", "ل"];

/// The article.
pub const ARTICLE: &str = "ال";

/// ل + the article with its alef elided (للحكومة = ل + الحكومة).
pub const LAM_ARTICLE: &str = "لل";

/// Words made of proclitics alone, as they appear cut off from their word by tatweel and a
/// quotation mark (`لـ«داعش»` → `ل"داعش"`): a conjunction, a preposition, the article, in
/// that order.
pub const CLITIC_CHAINS: [&str; 23] = [
    "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل", "ال", "وال", "فال", "بال", "كال",
    "لل", "ولل", "فلل", "وبال", "فبال", "وكال", "فكال",
];

/// Is `word` made only of proclitics ([`CLITIC_CHAINS`])?
pub fn is_clitic_chain(word: &[u8]) -> bool {
    CLITIC_CHAINS.iter().any(|c| c.as_bytes() == word)
}

/// The proclitic prefixes the fact rules look through, as [`clitic_splits`] tries them after
/// the bare word: one letter, then a conjunction with ب or ل.
pub const RULE_PROCLITICS: [&str; 9] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"];

/// Proclitic splits of a normalized word: `(clitic, rest)`, the bare word first, then the
/// splits of [`RULE_PROCLITICS`] that leave at least two letters. Conjunctions and
/// prepositions only (the article stays on the rest: rules list definite forms).
pub fn clitic_splits(w: &str) -> impl Iterator<Item = (&str, &str)> {
    // Byte-level, for speed: every proclitic is a two-byte letter, at most two of them (و/ف
    // then ب/ل). Same splits, in the same order, as [`RULE_PROCLITICS`] (a test checks it).
    const WAW: [u8; 2] = [0xD9, 0x88];
    const FA: [u8; 2] = [0xD9, 0x81];
    const BA: [u8; 2] = [0xD8, 0xA8];
    const LAM: [u8; 2] = [0xD9, 0x84];
    const KAF: [u8; 2] = [0xD9, 0x83];
    let b = w.as_bytes();
    let at = |i: usize| -> Option<[u8; 2]> { b.get(i..i + 2).map(|x| [x[0], x[1]]) };
    // The rest must have at least two characters.
    let long_enough = |i: usize| w[i..].chars().nth(1).is_some();
    let mut out: [Option<(&str, &str)>; 3] = [Some(("", w)), None, None];
    if let Some(c) = at(0) {
        if matches!(c, WAW | FA | BA | LAM | KAF) && w.is_char_boundary(2) && long_enough(2) {
            out[1] = Some((&w[..2], &w[2..]));
        }
        if matches!(c, WAW | FA) {
            if let Some(d) = at(2) {
                if matches!(d, BA | LAM) && w.is_char_boundary(4) && long_enough(4) {
                    out[2] = Some((&w[..4], &w[4..]));
                }
            }
        }
    }
    out.into_iter().flatten()
}

/// The definite word behind ل + the article, its alef elided (للإمام → الإمام); `None` for a
/// word not written with [`LAM_ARTICLE`].
pub fn definite_after_lam(w: &str) -> Option<String> {
    w.strip_prefix(LAM_ARTICLE)
        .map(|rest| [ARTICLE, rest].concat())
}

/// Is `r`, the rest after proclitic `c` of one of [`clitic_splits`]'s splits, the word `k`:
/// `k` itself, or the definite `k` written after ل with its article's alef elided, undone once
/// (للقرن: `c` ل, `r` لقرن, `k` القرن; وللربع: `c` ول, `r` لربع, `k` الربع)? No allocation, as
/// [`definite_after_lam`] makes, for the rules' per-word lookups.
pub fn rest_is(c: &str, r: &str, k: &str) -> bool {
    r == k || (c.ends_with('ل') && r.starts_with('ل') && k.strip_prefix('ا') == Some(r))
}

/// Proclitics as a term's first word is written with them before its stem (a written form
/// is the proclitics, then the stem: [`proclitics_of`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proclitics {
    /// As written (لل for ل + ال), or empty: the stem alone.
    pub text: String,
    /// Bytes of the article among them: 4 for ال, 2 for the ل left of it in لل, else 0.
    pub article: usize,
    /// The letters a stem needs to take them.
    pub letters: usize,
}

/// Every proclitic chain a term's first word may be written with, in order (none first),
/// made once: conjunction و ف, then preposition ب ك ل, then the article ال (لل: ل + ال with
/// the alef elided). Without the article a stripped stem keeps at least three letters (وطن is
/// never و + طن); with it, at least two. Callers write the forms themselves, without a
/// `String` each (the matcher's build writes ~100,000).
pub fn written_proclitics() -> &'static [Proclitics] {
    static P: std::sync::OnceLock<Vec<Proclitics>> = std::sync::OnceLock::new();
    P.get_or_init(make_written_proclitics)
}

/// The proclitic chains of [`written_proclitics`] that `stem` takes, in order: the written
/// forms of a term's first word with stem `stem` are these, each followed by the stem.
pub fn proclitics_of(stem: &str) -> impl Iterator<Item = &'static Proclitics> {
    let letters = stem.chars().count();
    written_proclitics()
        .iter()
        .filter(move |p| letters >= p.letters)
}

fn make_written_proclitics() -> Vec<Proclitics> {
    let chain = |parts: &[&str], article: usize, letters: usize| Proclitics {
        text: parts.concat(),
        article,
        letters,
    };
    let mut out = vec![chain(&[], 0, 0)];
    for conj in [""].into_iter().chain(CONJUNCTIONS) {
        for prep in [""].into_iter().chain(PREPOSITIONS) {
            if !conj.is_empty() || !prep.is_empty() {
                out.push(chain(&[conj, prep], 0, 3));
            }
            if prep == "ل" {
                out.push(chain(&[conj, LAM_ARTICLE], "ل".len(), 2));
            } else {
                out.push(chain(&[conj, prep, ARTICLE], ARTICLE.len(), 2));
            }
        }
    }
    out
}

/// Letters after which a final alef is not read as the indefinite accusative (تنوين الفتح) of
/// a term's first word: hamza on the line takes none (ماءً), a stem in ا already ends in one,
/// and after ي the alef often writes a name (كوريا، مقدونيا، أوكرانيا): the matcher reads it
/// as the accusative of a nisba (فلسطينياً) only when the glossary has no word so spelled. ة takes none either, but once folded it is ه, which does
/// (جنيهاً). Names take none at all: the matcher's rule, not this table's.
pub const NO_ACCUSATIVE_AFTER: [char; 3] = ['ء', 'ا', 'ي'];

/// May `stem` (normalized) carry the accusative alef?
pub fn takes_accusative_alef(stem: &str) -> bool {
    stem.chars()
        .last()
        .is_some_and(|c| !NO_ACCUSATIVE_AFTER.contains(&c))
}

/// The possessive pronoun suffixes a noun may carry (my ي is left out: أمني is also the
/// adjective "security"): حكومته، أسلحتها، أمننا، قادتهم.
pub const POSSESSIVE_SUFFIXES: [&str; 7] = ["هما", "كما", "هم", "ها", "كم", "نا", "ه"];

/// The prepositions a suffixed noun is generated with (كـ is rare before one: left out, to
/// keep the matcher's table small).
const POSSESSIVE_PREPOSITIONS: [&str; 2] = ["ب", "ل"];

/// A noun with a possessive suffix is written proclitics ([`possessive_proclitics`]) + base +
/// suffix (no article: a suffixed noun is definite already). This gives the base of `stem`
/// and its suffixes, in order: a final ta marbuta (ه once folded) is written ت (أسلحة →
/// أسلحت+ها); a stem without one does not take the ه suffix (once ة is folded to ه, اقتصادي +
/// ه is اقتصادية). None when the stem is shorter than three letters.
pub fn possessive_base(stem: &str) -> Option<(String, impl Iterator<Item = &'static str>)> {
    if stem.chars().count() < 3 {
        return None;
    }
    let marbuta = stem.ends_with('ه');
    let base = match stem.strip_suffix('ه') {
        Some(s) => format!("{s}ت"),
        None => stem.to_string(),
    };
    let suffixes = POSSESSIVE_SUFFIXES
        .into_iter()
        .filter(move |s| marbuta || *s != "ه");
    Some((base, suffixes))
}

/// The proclitic chains a noun with a possessive suffix is written with ([`possessive_base`]),
/// in order (none first): a conjunction, then ب or ل.
pub fn possessive_proclitics() -> Vec<String> {
    let mut out = Vec::new();
    for conj in [""].into_iter().chain(CONJUNCTIONS) {
        for prep in [""].into_iter().chain(POSSESSIVE_PREPOSITIONS) {
            out.push(format!("{conj}{prep}"));
        }
    }
    out
}

/// The proclitic chains of a two-letter first word of a multi-word term (وتل أبيب، وسي إن إن,
/// لدي ميستورا), in order: a conjunction, a preposition, or both; no article.
/// [`proclitics_of`] gives no bare proclitic to a word this short, but the words after it
/// make the reading safe.
pub fn short_stem_proclitics() -> Vec<String> {
    let mut out = Vec::new();
    for conj in [""].into_iter().chain(CONJUNCTIONS) {
        for prep in [""].into_iter().chain(PREPOSITIONS) {
            if !conj.is_empty() || !prep.is_empty() {
                out.push(format!("{conj}{prep}"));
            }
        }
    }
    out
}

/// Declared inflections of a one-word headword (the guard's `forms:`), as suffixes after the
/// normalized singular: dual ان ين, masculine plural ون ين, feminine ه (ة) and ات.
pub const DUAL_SUFFIXES: [&str; 2] = ["ان", "ين"];
pub const PLURAL_SUFFIXES: [&str; 2] = ["ون", "ين"];
pub const FEMININE_SUFFIXES: [&str; 2] = ["ه", "ات"];

/// Safe spelling-variant folds of foreign names and loanwords, in `match` normalization:
/// `(one spelling, the other)` of a part of a word. Both directions are generated, for every
/// word of a headword or variant that has either part. `$` marks a word end.
pub const SPELLING_FOLDS: [(&str, &str); 3] = [
    // ديموقراطي / ديمقراطي, بيروقراطية / بيرقراطية
    ("موقراط", "مقراط"),
    // جونغ / جونج, يونغ / يونج, هونغ كونغ / هونج كونج (Korean and Chinese names)
    ("نغ$", "نج$"),
    // أوكرانيا / أكرانيا is not safe; جورجيا / جيورجيا neither: only the two above and
    // كونغرس / كونجرس.
    ("كونغرس", "كونجرس"),
];

/// The other spellings of a normalized word under [`SPELLING_FOLDS`] (not the word itself).
pub fn spelling_variants(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = byte_sketch(word);
    for fold in folds() {
        // A cheap test first: most words do not hold every byte of `from`.
        if bytes & fold.sketch != fold.sketch {
            continue;
        }
        let v = if fold.at_end {
            word.strip_suffix(fold.from)
                .map(|s| format!("{s}{}", fold.to))
        } else {
            (word.contains(fold.from)).then(|| word.replace(fold.from, fold.to))
        };
        if let Some(v) = v.filter(|v| v != word && !out.contains(v)) {
            out.push(v);
        }
    }
    out
}

/// May some word of `text` (normalized words and spaces) have a [`spelling_variants`]? False
/// for most texts, at the cost of one pass over their bytes.
pub fn may_have_spelling_variants(text: &str) -> bool {
    let bytes = byte_sketch(text);
    folds().iter().any(|f| bytes & f.sketch == f.sketch)
}

/// One direction of a [`SPELLING_FOLDS`] row, `$` read.
struct Fold {
    from: &'static str,
    to: &'static str,
    at_end: bool,
    /// [`byte_sketch`] of `from`.
    sketch: u64,
}

/// [`SPELLING_FOLDS`] both ways, in order, read once.
fn folds() -> &'static [Fold] {
    static F: std::sync::OnceLock<Vec<Fold>> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let mut out = Vec::new();
        for (a, b) in SPELLING_FOLDS {
            for (from, to) in [(a, b), (b, a)] {
                let (from, to, at_end) = match (from.strip_suffix('$'), to.strip_suffix('$')) {
                    (Some(f), Some(t)) => (f, t, true),
                    _ => (from, to, false),
                };
                let sketch = byte_sketch(from);
                out.push(Fold {
                    from,
                    to,
                    at_end,
                    sketch,
                });
            }
        }
        out
    })
}

/// The bytes of `s`, six bits of each: a text holds another only if its sketch has all the
/// other's bits.
fn byte_sketch(s: &str) -> u64 {
    s.bytes().fold(0, |m, b| m | 1 << (b & 63))
}

/// Suffixes of a nationality adjective (masculine singular in ـي) that make its feminine,
/// duals and sound plurals: باكستاني → باكستانيه (ة folded), باكستانيان، باكستانيون،
/// باكستانيين، باكستانيات.
pub const NATIONALITY_SUFFIXES: [&str; 5] = ["ه", "ان", "ون", "ين", "ات"];

/// The definite prefixes a word sheds for comparison (the summarizer's vocabulary):
/// `(و|ف)?(ال|لل|بال|كال)`, when at least two letters remain.
pub fn strip_article(word: &str) -> &str {
    let n = definite_prefix_len(word.as_bytes());
    match word.get(n..) {
        Some(stripped) if n > 0 && stripped.chars().count() >= 2 => stripped,
        _ => word,
    }
}

/// Bytes of the definite prefix `(و|ف)?(ال|لل|بال|كال)` that `word` (folded) starts with, or
/// 0: الحكومة، وبالحكومة، للأسرة are definite. Bytes, no decoding: the matcher asks it of the
/// word before every candidate.
pub fn definite_prefix_len(word: &[u8]) -> usize {
    let conj = CONJUNCTIONS
        .iter()
        .find(|c| word.starts_with(c.as_bytes()))
        .map_or(0, |c| c.len());
    let rest = &word[conj..];
    [ARTICLE, LAM_ARTICLE, "بال", "كال"]
        .iter()
        .find(|p| rest.starts_with(p.as_bytes()))
        .map_or(0, |p| conj + p.len())
}

/// Bare proclitic prefixes (no article), longest first: a word sheds one only when the rest
/// is known to be a word (the caller's vocabulary decides).
pub const BARE_PROCLITICS: [&str; 11] =
    ["وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل"];

/// Suffixes light stemming removes, longest first: pronouns (هما كما هم ها كم نا ه), sound
/// plurals and duals (ات ون ين ان), nisba (يه ي).
pub const STEM_SUFFIXES: [&str; 13] = [
    "هما", "كما", "هم", "ها", "كم", "نا", "ات", "ون", "ين", "ان", "يه", "ه", "ي",
];

/// The pronoun suffixes among [`STEM_SUFFIXES`]: before one, a ta marbuta is written ت
/// (حكومته for حكومة + ه).
pub const PRONOUN_SUFFIXES: [&str; 7] = ["هما", "كما", "هم", "ها", "كم", "نا", "ه"];

/// Light suffix stemming of a clitic-stripped word: up to two [`STEM_SUFFIXES`], each only
/// when three letters remain, and the ت of a ta marbuta before a pronoun (`حكومته` → `حكوم`,
/// like `حكومة` → `حكوم`). Words with digits are left alone.
pub fn stem(word: &str) -> &str {
    let mut s = word;
    if s.bytes().any(|b| b.is_ascii_digit()) {
        return s;
    }
    for pass in 0..2 {
        let Some(suffix) = STEM_SUFFIXES
            .iter()
            .find(|x| s.ends_with(*x) && s.chars().count() - x.chars().count() >= 3)
        else {
            break;
        };
        s = &s[..s.len() - suffix.len()];
        if pass == 0
            && PRONOUN_SUFFIXES.contains(suffix)
            && s.ends_with('ت')
            && s.chars().count() >= 4
        {
            s = &s[..s.len() - 'ت'.len_utf8()];
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definite_after_lam_restores_the_article() {
        for (w, want) in [
            ("للامام", Some("الامام")),
            ("للتسوق", Some("التسوق")),
            ("لجنه", None),
            ("الامام", None),
        ] {
            assert_eq!(definite_after_lam(w).as_deref(), want, "{w}");
        }
    }

    /// A split's rest is a definite word through ل + ال once, as [`definite_after_lam`] reads
    /// the whole word; never a bare word after ل, and never the article twice.
    #[test]
    fn rest_is_undoes_the_elision_once() {
        for (w, k, want) in [
            ("للقرن", "القرن", true),
            ("وللربع", "الربع", true),
            ("فللعام", "العام", true),
            ("القرن", "القرن", true),
            ("والقرن", "القرن", true),
            // لبنان is no ل + ال word: only a definite table word after ل is read so.
            ("لبنان", "البنان", false),
            ("بلقرن", "القرن", false),
            ("لقرن", "القرن", false),
            ("لللقرن", "القرن", false),
        ] {
            let got = clitic_splits(w).any(|(c, r)| rest_is(c, r, k));
            assert_eq!(got, want, "{w} {k}");
        }
    }

    /// The written forms of a term's first word with stem `stem`: `(form, bytes of proclitics,
    /// bytes of the article among them)`.
    fn written_forms(stem: &str) -> Vec<(String, usize, usize)> {
        proclitics_of(stem)
            .map(|p| {
                let mut form = String::with_capacity(p.text.len() + stem.len());
                form.push_str(&p.text);
                form.push_str(stem);
                (form, p.text.len(), p.article)
            })
            .collect()
    }

    /// The written forms of a noun with a possessive suffix, as the matcher writes them:
    /// `(form, bytes of proclitics)`.
    fn possessive_forms(stem: &str) -> Vec<(String, usize)> {
        let Some((base, suffixes)) = possessive_base(stem) else {
            return Vec::new();
        };
        let proclitics = possessive_proclitics();
        let mut out = Vec::new();
        for suffix in suffixes {
            for p in &proclitics {
                out.push((format!("{p}{base}{suffix}"), p.len()));
            }
        }
        out
    }

    /// Proclitic forms of a two-letter first word of a multi-word term, as the matcher writes
    /// them: `(form, bytes of proclitics)`.
    fn short_stem_forms(stem: &str) -> Vec<(String, usize)> {
        if stem.chars().count() != 2 {
            return Vec::new();
        }
        short_stem_proclitics()
            .into_iter()
            .map(|p| (format!("{p}{stem}"), p.len()))
            .collect()
    }

    /// `(word, its clitic_splits)`.
    const SPLITS: &[(&str, &[(&str, &str)])] = &[
        ("وزير", &[("", "وزير"), ("و", "زير")]),
        (
            "وبالعراق",
            &[("", "وبالعراق"), ("و", "بالعراق"), ("وب", "العراق")],
        ),
        ("لل", &[("", "لل")]),
        ("كم", &[("", "كم")]),
        ("فلن", &[("", "فلن"), ("ف", "لن")]),
        ("ولم", &[("", "ولم"), ("و", "لم")]),
        ("سنة", &[("", "سنة")]),
    ];

    #[test]
    fn clitic_splits_table() {
        for &(w, want) in SPLITS {
            let got: Vec<_> = clitic_splits(w).collect();
            assert_eq!(got, want, "clitic_splits({w:?}): see RULE_PROCLITICS");
        }
    }

    #[test]
    fn clitic_splits_follow_the_table_of_proclitics() {
        // The byte-level splitter gives the splits of RULE_PROCLITICS, in that order.
        for w in [
            "وبالعراق",
            "فلسطين",
            "كتاب",
            "لبنان",
            "وكالة",
            "فبراير",
            "ب",
            "بب",
            "ولل",
        ] {
            let by_table: Vec<(&str, &str)> = std::iter::once(("", w))
                .chain(RULE_PROCLITICS.iter().filter_map(|c| {
                    let rest = w.strip_prefix(c)?;
                    (rest.chars().count() >= 2).then(|| (&w[..c.len()], rest))
                }))
                .collect();
            let mut by_bytes: Vec<_> = clitic_splits(w).collect();
            by_bytes.sort();
            let mut by_table = by_table;
            by_table.sort();
            assert_eq!(by_bytes, by_table, "{w:?}");
        }
    }

    #[test]
    fn written_forms_table() {
        let forms =
            |s: &str| -> Vec<String> { written_forms(s).into_iter().map(|f| f.0).collect() };
        let f = forms("عراق");
        for w in [
            "عراق",
            "وعراق",
            "بالعراق",
            "وبالعراق",
            "للعراق",
            "فللعراق",
            "كالعراق",
        ] {
            assert!(f.iter().any(|x| x == w), "{w} missing from {f:?}");
        }
        // Two letters: only with the article.
        let f = forms("طن");
        assert!(!f.iter().any(|x| x == "وطن"), "{f:?}");
        assert!(f.iter().any(|x| x == "والطن"), "{f:?}");
        // (form, proclitic bytes, article bytes) for one reading.
        assert!(written_forms("عراق").contains(&("وللعراق".to_string(), 6, 2)));
    }

    #[test]
    fn word_form_tables() {
        // Accusative alef: بياناً yes; كوريا (name), حكومه (ة), ماء no.
        for (stem, yes) in [
            ("بيان", true),
            ("كوري", false),
            ("جنيه", true),
            ("ماء", false),
        ] {
            assert_eq!(takes_accusative_alef(stem), yes, "{stem}");
        }
        // ة → ت before a possessive: أسلحتها، أمننا، حكومته.
        let p = |s: &str| -> Vec<String> { possessive_forms(s).into_iter().map(|f| f.0).collect() };
        assert!(p("اسلحه").contains(&"اسلحتها".to_string()));
        assert!(p("امن").contains(&"امننا".to_string()));
        assert!(p("حكومه").contains(&"وبحكومته".to_string()));
        assert!(
            p("حكومه").iter().all(|f| !f.contains("الحكوم")),
            "no article"
        );
        assert!(p("طن").is_empty(), "two letters: none");
        // Two-letter first words of multi-word names take proclitics: وتل أبيب, وسي إن إن.
        let s: Vec<String> = short_stem_forms("تل").into_iter().map(|f| f.0).collect();
        assert!(
            s.contains(&"وتل".to_string()) && s.contains(&"بتل".to_string()),
            "{s:?}"
        );
        assert!(short_stem_forms("عراق").is_empty());
        // Spelling folds, both ways, at the word end where marked.
        assert_eq!(spelling_variants("ديموقراطي"), ["ديمقراطي"]);
        assert_eq!(spelling_variants("ديمقراطيه"), ["ديموقراطيه"]);
        assert_eq!(spelling_variants("جونغ"), ["جونج"]);
        assert_eq!(spelling_variants("جونج"), ["جونغ"]);
        assert!(spelling_variants("نجران").is_empty(), "نج only at the end");
        assert!(spelling_variants("باكستان").is_empty());
    }

    #[test]
    fn chains() {
        for w in ["ل", "وب", "وال", "فكال", "لل"] {
            assert!(is_clitic_chain(w.as_bytes()), "{w}");
        }
        for w in ["لا", "من", "الى"] {
            assert!(!is_clitic_chain(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn stems() {
        const ROWS: &[(&str, &str)] = &[
            ("حكومته", "حكوم"),
            ("حكومه", "حكوم"),
            ("مصريون", "مصر"),
            ("سيارات", "سيار"),
            ("2015", "2015"),
            ("هم", "هم"),
        ];
        for &(w, want) in ROWS {
            assert_eq!(stem(w), want, "stem({w:?})");
        }
        assert_eq!(strip_article("والحكومه"), "حكومه");
        assert_eq!(strip_article("للعراق"), "عراق");
        assert_eq!(strip_article("الي"), "الي");
    }
}
