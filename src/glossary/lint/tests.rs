use super::*;

fn run(csv: &str) -> Vec<String> {
    lint(&[Source {
        path: "t.csv".into(),
        bytes: csv.as_bytes().to_vec(),
    }])
    .findings
    .iter()
    .map(|f| f.to_string())
    .collect()
}

const HEAD: &str = "arabic,english,category,variants,note,source\n";

/// `(rule, rows after the header, expected findings as prefixes, in order)`.
const TABLE: &[(&str, &str, &[&str])] = &[
    ("clean", "باكستان,Pakistan,place,,,curated\n", &[]),
    (
        "tatweel",
        "باكـستان,Pakistan,place,,,curated\n",
        &["t.csv:2: error: arabic 'باكـستان' has a tatweel"],
    ),
    (
        "harakat in a variant",
        "باكستان,Pakistan,place,باكِستان,,curated\n",
        &[
            "t.csv:2: error: variant 'باكِستان' has diacritics",
            "t.csv:2: error: variant 'باكِستان' is the headword 'باكستان' again after normalization",
        ],
    ),
    (
        "double space",
        "الأمم  المتحدة,United Nations,org,,,curated\n",
        &["t.csv:2: error: arabic 'الأمم  المتحدة' has a double space"],
    ),
    (
        "invisible",
        "باكستان\u{200F},Pakistan,place,,,curated\n",
        &["t.csv:2: error: arabic 'باكستان<U+200F>' has an invisible character (U+200F)"],
    ),
    (
        "presentation form",
        "\u{FEFB}بنان,Lebanon,place,,,curated\n",
        &["t.csv:2: error: arabic 'ﻻبنان' has an Arabic presentation form (U+FEFB)"],
    ),
    (
        "persian yeh",
        "ایران,Iran,place,,,curated\n",
        &["t.csv:2: error: arabic 'ایران' has the Persian letter 'ی'"],
    ),
    (
        "latin and digits warn",
        "إف 16,F-16,term,,,curated\n",
        &["t.csv:2: warning: arabic 'إف 16' has digits"],
    ),
    (
        "padded english",
        "باكستان, Pakistan,place,,,curated\n",
        &["t.csv:2: error: english ' Pakistan' has leading or trailing spaces"],
    ),
    (
        "variant identical to headword",
        "باكستان,Pakistan,place,باكستان,,curated\n",
        &["t.csv:2: error: variant 'باكستان' is identical to the headword"],
    ),
    (
        "variant equal to headword after normalization",
        "أمريكا,America,place,امريكا,,curated\n",
        &["t.csv:2: error: variant 'امريكا' is the headword 'أمريكا' again after normalization"],
    ),
    (
        "stray bar",
        "أمريكا,America,place,أميركا|,,curated\n",
        &["t.csv:2: error: empty variant in 'أميركا|'"],
    ),
    (
        "month without code",
        "يناير,January,month,,Egyptian name,curated\n",
        &["t.csv:2: error: month row without a calendar code"],
    ),
    (
        "weekday out of range",
        "الاثنين,Monday,weekday,,weekday:8,curated\n",
        &["t.csv:2: error: weekday row without a calendar code"],
    ),
    (
        "unknown category",
        "باكستان,Pakistan,country,,,curated\n",
        &["t.csv:2: error: unknown category 'country'"],
    ),
    (
        "exact duplicate",
        "باكستان,Pakistan,place,,,curated\nباكستان,Pakistan,place,,,curated\n",
        &["t.csv:3: error: exact duplicate of the row at t.csv:2"],
    ),
    (
        "same key, different english, through the article",
        "الجزائر,Algeria,place,,,curated\nجزائر,islands,term,,,curated\n",
        &["t.csv:3: error: the arabic 'جزائر' is also the headword 'الجزائر' at t.csv:2 (key 'جزائر', english 'islands' here, 'Algeria' there)"],
    ),
    (
        "variant collision, different english",
        "داعش,ISIS,group,تنظيم الدولة,,curated\nالدولة الإسلامية,Islamic State,group,تنظيم الدولة,,curated\n",
        &["t.csv:3: error: variant 'تنظيم الدولة' collides with the variant 'تنظيم الدولة' at t.csv:2"],
    ),
    (
        "variant collision, same english",
        "داعش,ISIS,group,,,curated\nتنظيم داعش,ISIS,group,داعش,,curated\n",
        &["t.csv:3: warning: variant 'داعش' collides with the headword 'داعش' at t.csv:2 (key 'داعش', same english 'ISIS')"],
    ),
    (
        "wrong field count",
        "باكستان,Pakistan,place,,curated\n",
        &["t.csv:2: error: the row has 5 fields, the header 6"],
    ),
    (
        "empty source",
        "باكستان,Pakistan,place,,,\n",
        &["t.csv:2: error: the source column is empty"],
    ),
    (
        "a bare conjunction",
        "و,and,term,,,curated\n",
        &["t.csv:2: error: arabic 'و' is a single letter, not a term; delete it"],
    ),
    (
        "a bare alef",
        "ا,a,term,,,curated\n",
        &["t.csv:2: error: arabic 'ا' is a single letter, not a term; delete it"],
    ),
    (
        "the bare article",
        "ال,the,term,,,curated\n",
        &["t.csv:2: error: arabic 'ال' is a bare clitic (a prefix the matcher strips from words), not a term; delete it"],
    ),
    (
        "a clitic chain as a variant",
        "باكستان,Pakistan,place,وال,,curated\n",
        &["t.csv:2: error: variant 'وال' is a bare clitic"],
    ),
    (
        "a particle",
        "إلى,to,term,,,curated\n",
        &["t.csv:2: error: arabic 'إلى' is a particle, not a term; delete it"],
    ),
    (
        "two letters that are a word are fine",
        "يد,hand,term,,,curated\n",
        &[],
    ),
    (
        "generated nationality form",
        "سعودي,Saudi,nationality,,,curated\nالسعودية,Saudi Arabia,place,,,curated\n",
        &["t.csv:2: warning: the matcher's generated form 'سعودية' of 'سعودي' is the spelling 'السعودية' at t.csv:3"],
    ),
];

#[test]
fn lint_rules() {
    for &(rule, rows, expected) in TABLE {
        let got = run(&format!("{HEAD}{rows}"));
        assert_eq!(
            got.len(),
            expected.len(),
            "rule '{rule}': rows {rows:?}\ngot {got:#?}"
        );
        for (g, e) in got.iter().zip(expected) {
            assert!(
                g.starts_with(e),
                "rule '{rule}': rows {rows:?}\n got {g}\nwant {e}…"
            );
        }
    }
}

#[test]
fn file_level_rules() {
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "bom",
            b"\xEF\xBB\xBFarabic,english,category,variants,note,source\n",
            "t.csv:1: error: the file starts with a byte-order mark",
        ),
        (
            "crlf",
            b"arabic,english,category,variants,note,source\r\n",
            "t.csv:1: error: CR line end",
        ),
        (
            "not utf-8",
            b"arabic,english,category,variants,note,source\n\xff,x,term,,,c\n",
            "t.csv:2: error: not UTF-8 (byte 0xff)",
        ),
        (
            "unbalanced quote",
            b"arabic,english,category,variants,note,source\nx,y,term,,,c\n\"z,w,term,,,c\nv,u,term,,,c\n",
            "t.csv:3: error: a quote opens a field here and is never closed",
        ),
        (
            "header",
            b"arabic,english,category\n",
            "t.csv:1: error: the header is 'arabic,english,category'",
        ),
    ];
    for &(name, bytes, want) in cases {
        let r = lint(&[Source {
            path: "t.csv".into(),
            bytes: bytes.to_vec(),
        }]);
        assert!(
            r.findings.iter().any(|f| f.to_string().starts_with(want)),
            "case '{name}': {:#?}",
            r.findings
        );
    }
}

#[test]
fn keys_follow_the_matcher() {
    for (spelling, want) in [
        ("الأمم المتحدة", "امم متحده"),
        ("للأمم المتحدة", "امم متحده"),
        ("مُصْطَفَى", "مصطفي"),
        ("«طالبان»", "طالبان"),
        ("ال", "ال"),
    ] {
        assert_eq!(key(spelling), want, "spelling {spelling:?}");
    }
}

#[test]
fn summary_counts() {
    let r = lint(&[Source {
        path: "t.csv".into(),
        bytes: format!("{HEAD}إف 16,F-16,term,,,curated\nباكـستان,Pakistan,place,,,c\n")
            .into_bytes(),
    }]);
    assert_eq!(r.summary(), "1 error, 1 warning");
}

/// The collision check, with a small list of common words: `(rows after the header with the
/// guard column, common words, expected finding prefixes)`.
const COLLISIONS: &[(&str, &str, &[&str])] = &[
    (
        "دونم,dunam,unit,,,curated,\n",
        "دونما\t3.8\nدونم\t3.7\n",
        &["t.csv:2: error: collision (accusative): the common word 'دونما'"],
    ),
    (
        "دونم,dunam,unit,,,curated,exact\n",
        "دونما\t3.8\nدونم\t3.7\n",
        &[],
    ),
    // A name takes no accusative alef in the matcher: كانوا is not read as كانو.
    (
        "كانو,Kano,place,,,curated,\n",
        "كانوا\t5.5\nكانو\t4.2\n",
        &[],
    ),
    (
        "جدة,Jeddah,place,,,curated,\n",
        "جده\t4.3\nجدة\t4.8\n",
        &["t.csv:2: error: collision (fold): the common word 'جده'"],
    ),
    (
        "أبل,Apple,org,,,curated,\n",
        "وابل\t4.3\nأبل\t4.2\n",
        &["t.csv:2: error: collision (proclitic): the common word 'وابل'"],
    ),
    (
        "فتح,Fatah,group,,,curated,\n",
        "فتح\t5.0\nالفتح\t4.5\n",
        &["t.csv:2: error: collision (common word): 'فتح' (Fatah) is also an ordinary word"],
    ),
    (
        "فتح,Fatah,group,,,curated,cue: حركة\n",
        "فتح\t5.0\nالفتح\t4.5\n",
        &[],
    ),
    (
        "فتح,Fatah,group,,,curated,reviewed\n",
        "فتح\t5.0\nالفتح\t4.5\n",
        &[],
    ),
    // A clitic form far rarer than its word is no collision (وبغداد is "and Baghdad").
    (
        "بغداد,Baghdad,place,,,curated,\n",
        "بغداد\t5.0\nوبغداد\t4.0\n",
        &[],
    ),
    // A plain alef for a hamza is a writer's laxness, not another word.
    (
        "أفريقيا,Africa,place,,,curated,\n",
        "افريقيا\t4.6\nأفريقيا\t4.8\n",
        &[],
    ),
    // A verb and its verbal noun with the article share a key; the verb row takes no article,
    // so the two never match the same word (وقتل "and killed", والقتل "and the killing").
    (
        "قتل,killed,term,,,curated,no-article\nالقتل,killing,term,,,curated,\n",
        "",
        &[],
    ),
    (
        "قتل,killed,term,,,curated,\nالقتل,killing,term,,,curated,\n",
        "",
        &["t.csv:3: error: the arabic 'القتل' is also the headword 'قتل'"],
    ),
    // A name and the title it is in quotation marks share a spelling: «الشرق الأوسط» is the
    // daily Asharq Al-Awsat, الشرق الأوسط in running text the region.
    (
        "الشرق الأوسط,Middle East,place,,,curated,not-quoted\n\
         الشرق الأوسط,Asharq Al-Awsat,org,,,curated,quoted\n",
        "",
        &[],
    ),
    (
        "الشرق الأوسط,Middle East,place,,,curated,\n\
         الشرق الأوسط,Asharq Al-Awsat,org,,,curated,quoted\n",
        "",
        &["t.csv:3: error: the arabic 'الشرق الأوسط' is also the headword 'الشرق الأوسط'"],
    ),
    (
        "فتح,Fatah,group,,,curated,near: حركة\n",
        "",
        &["t.csv:2: error: guard 'near: حركة': unknown guard clause 'near'"],
    ),
];

#[test]
fn collisions() {
    let head = "arabic,english,category,variants,note,source,guard\n";
    for &(rows, words, want) in COLLISIONS {
        let options = Options {
            common_words: Some(CommonWords::parse(words).unwrap()),
        };
        let report = lint_with(
            &[Source {
                path: "t.csv".into(),
                bytes: format!("{head}{rows}").into_bytes(),
            }],
            &options,
        );
        let got: Vec<String> = report.findings.iter().map(|f| f.to_string()).collect();
        assert_eq!(got.len(), want.len(), "{rows}: {got:#?}");
        for (g, w) in got.iter().zip(want.iter()) {
            assert!(g.starts_with(w), "{rows}: {g}");
        }
    }
}

#[test]
fn builtin_glossary_is_clean_with_collisions() {
    let options = Options {
        common_words: Some(CommonWords::builtin()),
    };
    let report = lint_with(&builtin_sources(), &options);
    assert_eq!(report.errors(), 0, "{:#?}", report.findings);
}
