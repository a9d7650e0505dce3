//! The token stage: table rows (input → tokens as `kind:text`) and properties.

use proptest::prelude::*;

use super::*;
use crate::normalize;

/// Tokens of `text` as one sentence: `W:word`, `N:number`, `P:mark`, with `@orig` when the
/// original differs from the normalized token.
fn render(text: &str) -> Vec<String> {
    let norm = normalize::matcher().normalize(text);
    let tokens = Tokens::new(
        text,
        &norm,
        &[Span::new(0, text.len())],
        &[Span::new(0, norm.text.len())],
        Lexicon::none(),
    );
    tokens
        .all()
        .iter()
        .map(|t| {
            let k = match t.kind {
                Kind::Word => "W",
                Kind::Num => "N",
                Kind::Punct => "P",
            };
            let (n, o) = (t.norm().slice(&norm.text), t.orig().slice(text));
            if n == o {
                format!("{k}:{n}")
            } else {
                format!("{k}:{n}@{o}")
            }
        })
        .collect()
}

/// `(what the row shows, input, tokens)`.
const ROWS: &[(&str, &str, &[&str])] = &[
    (
        "words and a full stop",
        "قال الوزير.",
        &["W:قال", "W:الوزير", "P:."],
    ),
    (
        "folds show the original",
        "أعلنت الحكومة",
        &["W:اعلنت@أعلنت", "W:الحكومه@الحكومة"],
    ),
    (
        "decimals and thousands stay one number",
        "3.5 و10,000",
        &["N:3.5", "W:و", "N:10,000"],
    ),
    (
        "Arabic-Indic digits and decimal separator",
        "٣٫٥ مليون",
        &["N:3.5@٣٫٥", "W:مليون"],
    ),
    (
        "letters and digits are two tokens",
        "F16 وكوفيد19",
        &["W:F", "N:16", "W:وكوفيد", "N:19"],
    ),
    (
        "guillemets fold to quotation marks",
        "لـ«داعش»",
        &["W:ل@لـ", "P:\"@«", "W:داعش", "P:\"@»"],
    ),
    (
        "harakat go, the word keeps them",
        "وَبِباكستانَ",
        &["W:وبباكستان@وَبِباكستانَ"],
    ),
    ("presentation forms", "ﺍﻻﺗﻔﺎﻕ", &["W:الاتفاق@ﺍﻻﺗﻔﺎﻕ"]),
    (
        "Arabic comma and question mark are punctuation",
        "نعم، لا؟",
        &["W:نعم", "P:,@،", "W:لا", "P:?@؟"],
    ),
    (
        "Latin and other scripts",
        "Reuters é中",
        &["W:Reuters", "W:é中"],
    ),
    (
        "Arabic and Latin letters glued are two words",
        "وMBC برينيفييهOscar Xعربي",
        &["W:و", "W:MBC", "W:برينيفييه", "W:Oscar", "W:X", "W:عربي"],
    ),
    (
        "a trailing full stop after digits",
        "عام 2015.",
        &["W:عام", "N:2015", "P:."],
    ),
    (
        "tatweel after a word belongs to it",
        "هـ 1436",
        &["W:ه@هـ", "N:1436"],
    ),
    (
        "a run of tatweel at the end of the text belongs to the word",
        "عام 1436 هـــ",
        &["W:عام", "N:1436", "W:ه@هـــ"],
    ),
];

#[test]
fn token_table() {
    let mut bad = Vec::new();
    for &(name, input, want) in ROWS {
        let got = render(input);
        if got != want {
            bad.push(format!(
                "row '{name}': {:?}\n   want {want:?}\n    got {got:?}",
                input.escape_unicode().to_string()
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn classes_come_from_the_lexicon_and_the_tokenizer() {
    let lex = Lexicon::new([("قال", class::VERB | class::LEX)]);
    let text = "وقال قال \"2\"";
    let norm = normalize::matcher().normalize(text);
    let t = Tokens::new(
        text,
        &norm,
        &[Span::new(0, text.len())],
        &[Span::new(0, norm.text.len())],
        &lex,
    );
    let classes: Vec<u16> = t.all().iter().map(|t| t.class).collect();
    // The lexicon lists written forms: وقال is not قال unless listed.
    assert_eq!(
        classes,
        [
            0,
            class::VERB | class::LEX,
            class::QUOTE,
            class::NUM,
            class::QUOTE
        ]
    );
    assert_eq!(
        t.bits(0),
        class::VERB | class::LEX | class::QUOTE | class::NUM
    );
}

#[test]
fn words_are_the_words_and_numbers_of_the_tokens() {
    let w: Vec<&str> = words("قال: 3.5 «مليون» F16").collect();
    assert_eq!(w, ["قال", "3.5", "مليون", "F", "16"]);
}

/// News-like text: words with clitics and folds, digits of every script, quotation marks,
/// sentence ends, line breaks, marks and anything else.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        6 => "(و|ف|ب|ل|ال|لـ)?(باكستان|الحكومة|مقتل|قال|مايو|إسلام آباد)",
        4 => "[0-9٠-٩۰-۹]{1,4}([.,٫٬][0-9٠-٩]{1,3})?",
        4 => "[ .،؟!«»\"()\n\t]",
        2 => "[\u{0621}-\u{064A}\u{0640}\u{064B}-\u{0652}\u{0670}]{1,6}",
        1 => "[\u{FB50}-\u{FEFF}\u{200C}-\u{200F}]{1,3}",
        1 => any::<String>(),
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Tokens of a segmented document lie in order inside their sentence, on char
    /// boundaries of both texts, hold no whitespace, and are what `words` gives.
    #[test]
    fn tokens_are_well_formed(s in newsish()) {
        let sentences: Vec<Span> = crate::segment::segment(&s).iter().map(|x| x.span).collect();
        let norm = normalize::matcher().normalize(&s);
        let norm_spans: Vec<Span> = norm.map.to_normalized_each(sentences.iter().copied()).collect();
        let t = Tokens::new(&s, &norm, &sentences, &norm_spans, Lexicon::none());
        prop_assert_eq!(t.sentences(), sentences.len());
        let mut last = 0;
        for k in 0..t.sentences() {
            for tok in t.sentence(k) {
                prop_assert!(norm_spans[k].contains(tok.norm()), "{:?} outside {:?}", tok.norm(), norm_spans[k]);
                prop_assert!(sentences[k].contains(tok.orig()), "{:?} outside {:?}", tok.orig(), sentences[k]);
                prop_assert!(tok.norm().start >= last && !tok.norm().is_empty());
                last = tok.norm().end;
                prop_assert!(norm.text.is_char_boundary(tok.norm().start) && norm.text.is_char_boundary(tok.norm().end));
                prop_assert!(s.is_char_boundary(tok.orig().start) && s.is_char_boundary(tok.orig().end));
                prop_assert!(!tok.norm().slice(&norm.text).contains(char::is_whitespace));
            }
        }
        // One sentence for the whole text gives the same words unless a word crossed a
        // sentence boundary (the segmenter never cuts inside a word).
        let whole: Vec<&str> = words(&norm.text).collect();
        let by_sentence: Vec<&str> = t.all().iter()
            .filter(|x| x.kind != Kind::Punct)
            .map(|x| x.norm().slice(&norm.text))
            .collect();
        prop_assert_eq!(by_sentence, whole);
    }

    /// Memoized tokens are the plain ones: the same tokens and classes (the rules' lexicon),
    /// each word's number what the function gives for it, and the matcher's terms from those
    /// numbers the terms it finds itself; also when the memo was filled by earlier texts.
    #[test]
    fn memoized_tokens_are_the_plain_ones(texts in proptest::collection::vec(newsish(), 1..4)) {
        let matcher = builtin_matcher();
        let lexicon = crate::extract::word_classes();
        let key = (lexicon.id(), matcher.memo_id());
        for s in &texts {
            let sentences: Vec<Span> = crate::segment::segment(s).iter().map(|x| x.span).collect();
            let norm = normalize::matcher().normalize(s);
            let norm_spans: Vec<Span> = norm.map.to_normalized_each(sentences.iter().copied()).collect();
            let plain = Tokens::new(s, &norm, &sentences, &norm_spans, lexicon);
            let memo = Tokens::new_memo(s, &norm, &sentences, &norm_spans, lexicon, key, |w| matcher.first_word(w), |w| matcher.may_be_first_word(w));
            prop_assert_eq!(plain.all(), memo.all());
            prop_assert_eq!(&plain.bits, &memo.bits);
            let Some(ids) = memo.aux() else {
                prop_assert!(memo.all().is_empty());
                continue;
            };
            for (t, &id) in memo.all().iter().zip(ids) {
                if t.kind != Kind::Punct {
                    prop_assert_eq!(id, matcher.first_word(t.norm().slice(&norm.text).as_bytes()));
                }
            }
            prop_assert_eq!(matcher.find_tokens_ids(&norm, memo.all(), ids), matcher.find_tokens(&norm, plain.all()));
        }
    }
}

/// The built-in glossary's matcher, built once for the tests.
fn builtin_matcher() -> &'static crate::glossary::Matcher {
    static M: std::sync::OnceLock<crate::glossary::Matcher> = std::sync::OnceLock::new();
    M.get_or_init(|| crate::glossary::Matcher::new(&crate::glossary::Glossary::builtin()))
}

/// Words of the built-in glossary and the rules' lexicon, memoized: the classes and terms of
/// a real sentence are the plain ones (table: a term's first word with clitics, a lexicon
/// word, a number, a word over 16 bytes, a one-word term in both contexts).
#[test]
fn memoized_news_sentence() {
    let matcher = builtin_matcher();
    let lexicon = crate::extract::word_classes();
    let key = (lexicon.id(), matcher.memo_id());
    for s in [
        "وقال وزير الخارجية السعودي إن المملكة العربية السعودية تدعم الحكومة اليمنية.",
        "وأعلنت الأمم المتحدة مقتل 20 شخصا في باكستان والاستراتيجيات الجديدة لـ«داعش».",
        // A one-word term as a name, then as the adjective after a definite noun, then as
        // the name again.
        "زار الوزير السعودية، وقالت الحكومة السعودية إن السعودية والرياض تدعم الحكومة السعودية.",
    ] {
        let norm = normalize::matcher().normalize(s);
        let (sp, ns) = ([Span::new(0, s.len())], [Span::new(0, norm.text.len())]);
        let plain = Tokens::new(s, &norm, &sp, &ns, lexicon);
        let memo = Tokens::new_memo(
            s,
            &norm,
            &sp,
            &ns,
            lexicon,
            key,
            |w| matcher.first_word(w),
            |w| matcher.may_be_first_word(w),
        );
        assert_eq!(plain.all(), memo.all());
        assert!(plain.all().iter().any(|t| t.class != 0), "{s}");
        let ids = memo.aux().expect("numbers of a memoized text");
        assert!(ids.iter().any(|&id| id != 0), "{s}");
        let terms = matcher.find_tokens(&norm, plain.all());
        assert!(terms.len() >= 2, "{s}");
        assert_eq!(matcher.find_tokens_ids(&norm, memo.all(), ids), terms);
    }
}

/// A sentence whose first character is dropped inside a normalization edit that reaches back
/// into the sentence before (a mark after a space after `!`) maps to a normalized span that
/// starts inside the previous sentence: its tokens still come after that sentence's (found by
/// the tokens fuzz target).
#[test]
fn sentences_that_map_into_the_one_before_keep_tokens_in_order() {
    let s = "!\u{2000}\u{064C}😀\u{064E}<a x=\"en\">\u{200F}1Y";
    let sentences: Vec<Span> = crate::segment::segment(s).iter().map(|x| x.span).collect();
    let norm = normalize::matcher().normalize(s);
    let norm_spans: Vec<Span> = norm
        .map
        .to_normalized_each(sentences.iter().copied())
        .collect();
    let t = Tokens::new(s, &norm, &sentences, &norm_spans, Lexicon::none());
    let starts: Vec<usize> = t.all().iter().map(|x| x.norm().start).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
    for (k, sentence) in sentences.iter().enumerate() {
        for tok in t.sentence(k) {
            assert!(
                sentence.contains(tok.orig()),
                "{:?} outside {sentence:?}",
                tok.orig()
            );
        }
    }
}
