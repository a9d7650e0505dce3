use super::*;

const TEST_GLOSSARY: &str = "\
arabic,english,category,variants,note,source
باكستان,Pakistan,place,,,test
الولايات المتحدة,United States,place,الولايات المتحدة الأمريكية|أمريكا|أميركا,,test
الأمم المتحدة,United Nations,org,,,test
داعش,ISIS,group,تنظيم داعش,,test
داعش خراسان,ISIS-K,group,ولاية خراسان,,test
طالبان,Taliban,group,حركة طالبان,,test
طالبان باكستان,Tehrik-i-Taliban Pakistan (TTP),group,حركة طالبان باكستان,,test
باكستاني,Pakistani,nationality,,,test
صيني,Chinese,nationality,,,test
عقوبات,sanctions,term,,,test
الجزائر,Algeria,place,,,test
بكين,Beijing,place,,,test
طن,ton,unit,,,test
مكافحة الإرهاب,counterterrorism,term,,,test
بيان مشترك,joint statement,term,,,test
حوار ثنائي,bilateral dialogue,term,,,test
السعودية,Saudi Arabia,place,المملكة العربية السعودية,,test
سعودي,Saudi,nationality,,,test
اتفاق,agreement,term,,,test
";

fn matcher() -> Matcher {
    let g = Glossary::from_entries(parse_csv(Path::new("test.csv"), TEST_GLOSSARY).unwrap());
    Matcher::new(&g)
}

/// Render matches as `surface=english[clitics]`.
fn render(m: &Matcher, text: &str) -> Vec<String> {
    m.find(text)
        .iter()
        .map(|t| {
            let e = &m.glossary().entries()[t.entry];
            let clitics = if t.clitics.is_empty() {
                String::new()
            } else {
                format!("[{}]", t.clitics)
            };
            format!("{}={}{}", t.span.slice(text), e.english, clitics)
        })
        .collect()
}

/// `(name, text, expected matches)`.
const TABLE: &[(&str, &str, &[&str])] = &[
    ("plain", "زار باكستان", &["باكستان=Pakistan"]),
    ("waw", "وباكستان", &["وباكستان=Pakistan[و]"]),
    (
        "article required and present",
        "في الأمم المتحدة",
        &["الأمم المتحدة=United Nations"],
    ),
    ("article required and missing", "أمم متحدة", &[]),
    // ل + ال with the alef elided: both lams are stripped (the core is the stem, not لأمم).
    (
        "lam-lam elision",
        "للأمم المتحدة",
        &["للأمم المتحدة=United Nations[لل]"],
    ),
    (
        "waw-lam-lam",
        "وللأمم المتحدة",
        &["وللأمم المتحدة=United Nations[ولل]"],
    ),
    (
        "waw-ba-al",
        "وبالولايات المتحدة",
        &["وبالولايات المتحدة=United States[وب]"],
    ),
    ("fa-ka", "فكأمريكا", &["فكأمريكا=United States[فك]"]),
    ("variant spelling", "أميركا", &["أميركا=United States"]),
    ("longest wins", "فرع داعش خراسان", &["داعش خراسان=ISIS-K"]),
    (
        "shorter when the long one is absent",
        "تنظيم داعش في",
        &["تنظيم داعش=ISIS"],
    ),
    (
        "guillemets around multiword",
        "حركة «طالبان باكستان» و",
        &["حركة «طالبان باكستان=Tehrik-i-Taliban Pakistan (TTP)"],
    ),
    (
        "inside guillemets",
        "باسم «داعش خراسان».",
        &["داعش خراسان=ISIS-K"],
    ),
    (
        "tatweel and guillemet clitic",
        "الفرع الأفغاني لـ«داعش».",
        &["لـ«داعش=ISIS[ل]"],
    ),
    (
        "article glued by tatweel",
        "الـ«طالبان»",
        &["الـ«طالبان=Taliban[ال]"],
    ),
    (
        "optional article",
        "فرض العقوبات",
        &["العقوبات=sanctions[ال]"],
    ),
    (
        "nationality feminine with article",
        "الحكومة الباكستانية",
        &["الباكستانية=Pakistani[ال]"],
    ),
    (
        "nationality plural",
        "والباكستانيين",
        &["والباكستانيين=Pakistani[وال]"],
    ),
    (
        "nationality plural nominative",
        "مهندسون صينيون",
        &["صينيون=Chinese"],
    ),
    ("nationality dual", "الصينيان", &["الصينيان=Chinese[ال]"]),
    (
        "nationality after lam-lam",
        "للباكستانيين",
        &["للباكستانيين=Pakistani[لل]"],
    ),
    (
        "explicit beats generated",
        "السعودية",
        &["السعودية=Saudi Arabia"],
    ),
    ("generated still works", "سعوديون", &["سعوديون=Saudi"]),
    (
        "adjective after a definite noun",
        "الحكومة السعودية",
        &["السعودية=Saudi[ال]"],
    ),
    (
        "the country after a verb",
        "زار السعودية",
        &["السعودية=Saudi Arabia"],
    ),
    (
        "the country after a preposition",
        "في السعودية",
        &["السعودية=Saudi Arabia"],
    ),
    (
        "diacritics and alef forms",
        "بَاكِسْتَانُ وَأمْرِيكَا",
        &["بَاكِسْتَانُ=Pakistan", "وَأمْرِيكَا=United States[و]"],
    ),
    (
        "tatweel inside word",
        "بـاكـسـتـان",
        &["بـاكـسـتـان=Pakistan"],
    ),
    (
        "multiword with clitic",
        "لمكافحة الإرهاب",
        &["لمكافحة الإرهاب=counterterrorism[ل]"],
    ),
    (
        "accusative tanween",
        "أصدرا بياناً مشتركاً",
        &["بياناً مشتركاً=joint statement"],
    ),
    (
        "definite agreement",
        "الحوار الثنائي",
        &["الحوار الثنائي=bilateral dialogue[ال]"],
    ),
    // False friends that must NOT match.
    (
        "definite second word needs a definite first",
        "حوار الثنائي",
        &[],
    ),
    ("no match inside a word", "الباكستانيةالجديدة", &[]),
    ("homeland is not waw + ton", "وطن", &[]),
    ("islands is not Algeria", "جزائر القمر", &[]),
    ("beijing is not ba + keen", "بكين", &["بكين=Beijing"]),
    ("prefix of a longer word", "طالبانيون", &[]),
    (
        "comma breaks a multiword term",
        "طالبان، باكستان",
        &["طالبان=Taliban", "باكستان=Pakistan"],
    ),
    ("not a nationality suffix", "صينيهم", &[]),
    (
        "two spaces are one after normalization",
        "الحكومة  السعودية",
        &["السعودية=Saudi[ال]"],
    ),
    (
        "presentation forms, the article in a ligature",
        "ﻟﻸﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ",
        &["ﻟﻸﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ=United Nations[لل]"],
    ),
    (
        "the article inside a lam-alef ligature",
        "ﺍﻻﺗﻔﺎﻕ",
        &["ﺍﻻﺗﻔﺎﻕ=agreement[ال]"],
    ),
    (
        "harakat after a Quranic sign that goes",
        "داعش\u{06E5}\u{064E}",
        &["داعش=ISIS"],
    ),
    (
        "harakat on a proclitic",
        "وَبِباكستانَ",
        &["وَبِباكستانَ=Pakistan[وب]"],
    ),
];

#[test]
fn matcher_table() {
    let m = matcher();
    for &(name, text, expected) in TABLE {
        let got = render(&m, text);
        assert_eq!(got, expected, "row '{name}': text {text:?}");
    }
}

/// A user glossary may hold a word longer than 64 KiB: the matcher is built and finds it.
#[test]
fn very_long_first_words_match() {
    let long = "ب".repeat(40_000);
    let csv = format!("{TEST_GLOSSARY}{long} داعش,Long,term,,,test\n{long},Longer,term,,,test\n");
    let g = Glossary::from_entries(parse_csv(Path::new("test.csv"), &csv).unwrap());
    let m = Matcher::new(&g);
    let text = format!("قال {long} داعش و{long}");
    assert_eq!(render(&m, &text).len(), 2, "{:?}", m.find(&text));
    assert_eq!(render(&m, "قال داعش"), ["داعش=ISIS"]);
}

#[test]
fn core_spans_exclude_clitics() {
    let m = matcher();
    let text = "وبالولايات المتحدة";
    let t = &m.find(text)[0];
    assert_eq!(t.core.slice(text), "الولايات المتحدة");
    let text = "لـ«داعش»";
    let t = &m.find(text)[0];
    assert_eq!(t.core.slice(text), "داعش");
    // ل + the article with its alef elided: the article's ل goes with the proclitic, so
    // that the core is no word of its own (للصين: صين, not لصين; a place fact shows it).
    let m = Matcher::new(&Glossary::builtin());
    for (text, core) in [
        ("أعلنت دعمها للصين", "صين"),
        ("وللولايات المتحدة", "ولايات المتحدة"),
        ("والصين", "الصين"),
    ] {
        let t = &m.find(text).pop().expect(text);
        assert_eq!(t.core.slice(text), core, "{text}");
    }
}

#[test]
fn sample_article_terms() {
    let m = Matcher::new(&Glossary::builtin());
    let text = include_str!("../../tests/data/counterterrorism-talks.txt");
    let found = render(&m, text);
    for want in [
        "داعش خراسان=ISIS-K",
        "لـ«داعش=ISIS[ل]",
        "الولايات المتحدة=United States",
        "مكافحة الإرهاب=counterterrorism",
        "بياناً مشتركاً=joint statement",
        "الحوار الثنائي=bilateral dialogue[ال]",
        "الباكستاني=Pakistani[ال]",
        "الأمم المتحدة=United Nations",
        "أفغانستان=Afghanistan",
        "كابل=Kabul",
        "واشنطن=Washington",
        "إسلام آباد=Islamabad",
    ] {
        assert!(
            found.iter().any(|f| f.ends_with(want) || f == want),
            "{want} not found in {found:#?}"
        );
    }
}

#[test]
fn calendar_codes() {
    let g = Glossary::builtin();
    let march: Vec<_> = g
        .entries()
        .iter()
        .filter(|e| e.calendar_code() == Some(("gregorian", 3)))
        .map(|e| e.arabic.as_str())
        .collect();
    assert!(
        march.contains(&"مارس") && march.contains(&"آذار"),
        "{march:?}"
    );
}

/// `(name, csv, expected error prefix)`.
const BAD: &[(&str, &str, &str)] = &[
    (
        "missing column in header",
        "arabic,english\nا,b\n",
        "bad.csv:1:1: the header is 'arabic,english'; it must be exactly: arabic,english,category,variants,note,source",
    ),
    // The header glossary lint accepts, and no other (check_header): not a subset, not
    // another order, not with spaces.
    (
        "three columns",
        "arabic,english,category\nباكستان,Pakistan,place\n",
        "bad.csv:1:1: the header is 'arabic,english,category'; it must be exactly",
    ),
    (
        "another order",
        "english,arabic,category,variants,note,source\nPakistan,باكستان,place,,,curated\n",
        "bad.csv:1:1: the header is 'english,arabic,",
    ),
    (
        "spaces in the header",
        "arabic, english,category,variants,note,source\n",
        "bad.csv:1:1: the header is 'arabic, english,",
    ),
    (
        "empty english",
        "arabic,english,category,variants,note,source\nباكستان,,place\n",
        "bad.csv:2:9: the english column is empty",
    ),
    (
        "empty arabic",
        "arabic,english,category,variants,note,source\n,Pakistan,place\n",
        "bad.csv:2:1: the arabic column is empty",
    ),
    (
        "unknown category",
        "arabic,english,category,variants,note,source\nباكستان,Pakistan,country\n",
        "bad.csv:2:18: unknown category 'country'; use one of: person",
    ),
    (
        "missing field",
        "arabic,english,category,variants,note,source\nباكستان,Pakistan\n",
        "bad.csv:2:17: the row has 2 columns, the header 6",
    ),
    (
        "unbalanced quote",
        "arabic,english,category,variants,note,source\nكابل,Kabul,place,,,curated\n\"باكستان,Pakistan,place,,,curated\nدلهي,Delhi,place,,,curated\n",
        "bad.csv:3: a quote opens a field here and is never closed",
    ),
];

#[test]
fn bad_files_name_line_and_column() {
    for &(name, csv, want) in BAD {
        let err = parse_csv(Path::new("bad.csv"), csv)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(want), "row '{name}': got {err}");
    }
}

#[test]
fn builtin_lists_every_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("glossaries");
    let on_disk: Vec<String> = csv_files(&dir)
        .unwrap()
        .iter()
        .map(|p| format!("glossaries/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    let built_in: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        on_disk, built_in,
        "add new glossary files to glossary::BUILTIN"
    );
    assert!(Glossary::builtin().len() >= 2500);
}

mod properties {

    use proptest::prelude::*;

    fn arabicish() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            3 => "(و|ف|ب|ل|ال|لل|وال|لـ«)?(باكستان|داعش|خراسان|الأمم|المتحدة|طالبان|صيني|ة|ين)",
            2 => "[ «»()\"،.\u{0640}\u{200F}]",
            1 => "[\u{0600}-\u{06FF}]{1,5}",
            1 => "[a-zA-Z0-9 ._@-]{1,8}",
            1 => any::<String>(),
        ];
        proptest::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
    }

    /// Terms with proclitics, harakat, tatweel, folds, sentence ends and line breaks, and
    /// every kind of character between and inside words.
    fn newsish() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            8 => "(و|ف|ب|ل|ال|لل|وال|بال)?(باكستان|داعش|خراسان|الأمم|المتحدة|طالبان|الحكومة|السعودية|سعودي|وزير|الخارجية|مجلس|الأمن|يناير|٢٠٢١|أميركا)",
            6 => "[ «»()\"'“”،؛.!؟\n]{1,2}",
            3 => "[\u{064B}-\u{0652}]{1,2}",
            2 => "[\u{0640}\u{200C}\u{200F}\u{06DD}\u{06DE}\u{06E5}\u{06E6}\u{06E9}]",
            2 => "[\u{0621}-\u{064A}\u{0660}-\u{0669}]{1,6}",
            1 => "[\u{00A0}\t\u{FEFF}]",
            1 => "[a-zA-Z0-9éñ中]{1,4}",
            1 => "[\u{0653}-\u{0655}\u{0670}\u{0610}\u{06D6}\u{FB50}-\u{FBFF}\u{FE70}-\u{FEFF}\u{0301}]",
            1 => any::<String>(),
        ];
        proptest::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Matching the document's tokens, split sentence by sentence by the token stage (as
        /// `export` does), gives exactly what matching the whole text gives: spans, cores,
        /// entries, clitics.
        #[test]
        fn sentence_tokens_match_like_the_whole_text(s in newsish()) {
            let e = crate::extract::testutil::extractor();
            let whole = e.matcher().find(&s);
            let a = e.analyze(&s, &crate::extract::Context::default());
            prop_assert_eq!(a.terms, whole);
        }

        /// Arbitrary text never panics; matches are in bounds, on char boundaries, in order,
        /// non-overlapping, and the core lies inside the surface.
        #[test]
        fn matches_are_well_formed(s in arabicish()) {
            let m = super::matcher();
            let found = m.find(&s);
            let mut last = 0;
            for t in &found {
                prop_assert!(t.span.start >= last && t.span.end <= s.len() && !t.span.is_empty());
                prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
                prop_assert!(t.span.contains(t.core));
                last = t.span.end;
            }
        }
    }
}

/// Texts the `csv` crate and the simple reader ([`rows::simple_rows`]) must read alike (or the
/// simple reader must leave to the `csv` crate): quoting, blank lines, short and long rows,
/// sanitized cells, guards, no final line break, and errors.
const READ_ALIKE: &[&str] = &[
    "arabic,english,category,variants,note,source\nبغداد,Baghdad,place,,,test\n",
    "arabic,english,category,variants,note,source\n\n\nبغداد,Baghdad,place,,,test\n\n",
    "arabic,english,category,variants,note,source\nبغداد,Baghdad,place",
    "arabic,english,category,variants,note,source\n\"بغداد\",\"Baghdad, Iraq\",place,,\"a \"\"note\"\"\",test\n",
    "arabic,english,category,variants,note,source\n\"\",x,place,,,\n",
    "arabic,english,category,variants,note,source\nبغداد,\"\"\"Baghdad\"\"\",place,,,test,extra,fields\n",
    "arabic,english,category,variants,note,source\nبغداد,Baghdad\n",
    "arabic,english,category,variants,note,source\n ,  , \n,,,,,\nبغداد,Baghdad,place,,,\n",
    "arabic,english,category,variants,note,source\n'=بغداد,Baghdad,place,,<U+200F>x,test\n",
    "arabic,english,category,variants,note,source,guard\nفتح,Fatah,group,,,test,cue: حركة|حماس\n",
    "arabic,english,category,variants,note,source,guard\nفتح,Fatah,group,,,test,cue\n",
    "arabic,english,category,variants,note,source\nبغداد,Baghdad,city,,,test\n",
    "arabic,english,category,variants,note,source\nبغداد,Baghdad,place,\"a|b\nc\",,test\n",
    "arabic,english,category,variants,note,source\nبغداد,Baghdad,place,a\"b,,test\n",
    "arabic,english,category,variants,note,source\nبغداد,\"Baghdad\"x,place,,,test\n",
    "arabic,english,category,variants,note,source\nبغداد,\"Baghdad,place,,,test\n",
    "arabic,english,category,variants,note,source\r\nبغداد,Baghdad,place,,,test\r\n",
    "arabic,english,category\nبغداد,Baghdad,place\n",
    "arabic,english,category,variants,note,source,",
    "",
    "\narabic,english,category,variants,note,source\nبغداد,Baghdad,place,,,test\n",
];

#[test]
fn the_simple_reader_reads_like_the_csv_crate() {
    let path = Path::new("g.csv");
    let show = |r: Result<Vec<Entry>>| format!("{r:?}");
    let texts = READ_ALIKE
        .iter()
        .copied()
        .chain(BUILTIN.iter().map(|(_, text)| *text));
    for text in texts {
        let general = show(parse_with_csv(path, text));
        match rows::simple_rows(text) {
            Some(rows) => assert_eq!(show(parse_rows(path, text, rows)), general, "{text:?}"),
            None => assert_eq!(show(parse_csv(path, text)), general, "{text:?}"),
        }
    }
    // The curated files are simply written: the fast reader is the one that reads them.
    for (name, text) in BUILTIN {
        assert!(rows::simple_rows(text).is_some(), "{name}");
    }
}
