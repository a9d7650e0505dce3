use super::*;

fn esc(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\n' {
                "\\n".to_string()
            } else if is_invisible(c) || c.is_control() {
                format!("\\u{{{:04X}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn texts(input: &str) -> Vec<&str> {
    segment(input).iter().map(|s| s.span.slice(input)).collect()
}

/// `(name, input, expected sentences)`.
const TABLE: &[(&str, &str, &[&str])] = &[
    (
        "full stop",
        "قال البيان. وأضاف المتحدث.",
        &["قال البيان.", "وأضاف المتحدث."],
    ),
    (
        "question marks",
        "هل انتهى؟ لا! ربما?",
        &["هل انتهى؟", "لا!", "ربما?"],
    ),
    ("ellipsis", "انتظروا… ثم عادوا", &["انتظروا…", "ثم عادوا"]),
    (
        "runs of terminators",
        "ماذا؟! لا أعرف...",
        &["ماذا؟!", "لا أعرف..."],
    ),
    (
        "no split at arabic comma or colon",
        "قال: نعم، وأضاف لا.",
        &["قال: نعم، وأضاف لا."],
    ),
    (
        "line breaks split",
        "عنوان بلا نقطة\nنص الخبر.",
        &["عنوان بلا نقطة", "نص الخبر."],
    ),
    ("blank lines are gaps", "أ.\n\n\nب.", &["أ.", "ب."]),
    (
        "quotation with several sentences stays whole",
        "وقال: «انتهى الأمر. لن نعود» ثم غادر.",
        &["وقال: «انتهى الأمر. لن نعود» ثم غادر."],
    ),
    (
        "ends after the dot that follows the guillemet",
        "«…العابرة للحدود الوطنية». وأضاف البيان.",
        &["«…العابرة للحدود الوطنية».", "وأضاف البيان."],
    ),
    (
        "quotation ending the sentence",
        "وتساءل: «إلى متى الصمت؟» وقال آخر.",
        &["وتساءل: «إلى متى الصمت؟»", "وقال آخر."],
    ),
    (
        "curly quotes",
        "قال “هذا. وذاك” وانتهى.",
        &["قال “هذا. وذاك” وانتهى."],
    ),
    (
        "ascii quotes",
        "قال \"هذا. وذاك\" وانتهى.",
        &["قال \"هذا. وذاك\" وانتهى."],
    ),
    (
        "unclosed guillemet does not swallow the line",
        "قال «هذا. وذاك. وانتهى.",
        &["قال «هذا.", "وذاك.", "وانتهى."],
    ),
    (
        "decimal number",
        "بلغ النمو 3.5 في المئة.",
        &["بلغ النمو 3.5 في المئة."],
    ),
    (
        "thousands with dot",
        "قتل 10.000 شخص. ثم",
        &["قتل 10.000 شخص.", "ثم"],
    ),
    (
        "url",
        "زوروا www.example.com للمزيد. شكرا.",
        &["زوروا www.example.com للمزيد.", "شكرا."],
    ),
    (
        "email",
        "راسلوا info@news.org اليوم.",
        &["راسلوا info@news.org اليوم."],
    ),
    (
        "arabic doctor",
        "قال د. أحمد زويل إن.",
        &["قال د. أحمد زويل إن."],
    ),
    ("engineer", "أعلن م. خالد ذلك.", &["أعلن م. خالد ذلك."]),
    ("afp", "(أ.ف.ب). وقال", &["(أ.ف.ب).", "وقال"]),
    (
        "afp mid sentence",
        "ذكرت أ.ف.ب. أن الهجوم وقع.",
        &["ذكرت أ.ف.ب. أن الهجوم وقع."],
    ),
    ("po box", "ص.ب. 1234 الرياض.", &["ص.ب. 1234 الرياض."]),
    // A stop glued to the next word ends a sentence, with a space before it or not.
    (
        "stop glued to the next word",
        "في تشخيص الحالات المرضية .ويعتمد المختبر على البرنامج.وقال المدير ذلك.",
        &[
            "في تشخيص الحالات المرضية .",
            "ويعتمد المختبر على البرنامج.",
            "وقال المدير ذلك.",
        ],
    ),
    // As pdftotext writes them: the dots in left-to-right embeddings, the space moved
    // before the dot.
    (
        "dpa from a pdf",
        "وكالة الأنباء (د\u{202A}.\u{202C}ب\u{202A}.\u{202C}أ) للحصول على نسخة.",
        &["وكالة الأنباء (د\u{202A}.\u{202C}ب\u{202A}.\u{202C}أ) للحصول على نسخة."],
    ),
    (
        "doctor from a pdf",
        "وأوضح رئيس المنظمة د\u{202A} .\u{202C}بندر آل فهيد ذلك.",
        &["وأوضح رئيس المنظمة د\u{202A} .\u{202C}بندر آل فهيد ذلك."],
    ),
    (
        "bc",
        "في القرن الخامس ق.م. عاش.",
        &["في القرن الخامس ق.م. عاش."],
    ),
    (
        "hijri era after year ends",
        "في عام 1445 هـ. وقال آخر.",
        &["في عام 1445 هـ.", "وقال آخر."],
    ),
    (
        "hijri abbreviation not after a year",
        "انظر هـ. سابقا.",
        &["انظر هـ. سابقا."],
    ),
    (
        "latin abbreviation",
        "قالت الـ U.S. Navy إن.",
        &["قالت الـ U.S. Navy إن."],
    ),
    ("mr", "التقى Mr. Smith أمس.", &["التقى Mr. Smith أمس."]),
    (
        "list number",
        "1. البند الأول.\n2. البند الثاني.",
        &["1. البند الأول.", "2. البند الثاني."],
    ),
    (
        "missing space after dot",
        "نفت كابل الاتهام.وقال المتحدث.",
        &["نفت كابل الاتهام.", "وقال المتحدث."],
    ),
    (
        "rlm after dot",
        "انتهى.\u{200F} وقال.",
        &["انتهى.", "وقال."],
    ),
    (
        "rlm before dot",
        "انتهى\u{200F}. وقال.",
        &["انتهى\u{200F}.", "وقال."],
    ),
    ("leading rlm is gap", "\u{200F}عنوان", &["عنوان"]),
    (
        "closing bracket after dot",
        "(انتهى.) ثم.",
        &["(انتهى.)", "ثم."],
    ),
    ("crlf", "أ.\r\nب", &["أ.", "ب"]),
    ("empty", "", &[]),
    ("only spaces", " \n \t", &[]),
];

#[test]
fn boundaries_table() {
    for &(name, input, expected) in TABLE {
        let got = texts(input);
        assert_eq!(
            got,
            expected,
            "row '{name}': input {}\n got {:?}",
            esc(input),
            got.iter().map(|s| esc(s)).collect::<Vec<_>>()
        );
    }
}

#[test]
fn headlines_are_flagged() {
    let text = "وسط تصاعد موجة الإرهاب\nويأتي الاجتماع وسط تصاعد الإرهاب. وتعلن الحركة\nبايدن: «لن نتراجع»\nنص.";
    let flags: Vec<(String, bool)> = segment(text)
        .iter()
        .map(|s| (s.span.slice(text).to_string(), s.headline))
        .collect();
    assert_eq!(
        flags,
        vec![
            ("وسط تصاعد موجة الإرهاب".into(), true),
            ("ويأتي الاجتماع وسط تصاعد الإرهاب.".into(), false),
            ("وتعلن الحركة".into(), false),
            ("بايدن: «لن نتراجع»".into(), true),
            ("نص.".into(), false),
        ]
    );
}

#[test]
fn sample_article_cases() {
    let text = include_str!("../../tests/data/counterterrorism-talks.txt");
    let sentences = texts(text);
    // The article's own cases: a quoted statement that ends with `».`, a headline line.
    assert!(sentences
        .iter()
        .any(|s| s.starts_with("وجاء في البيان: «") && s.ends_with("الوطنية».")));
    assert!(sentences.contains(&"وسط تصاعد موجة الإرهاب"));
    assert!(sentences.contains(&"تكثفت الهجمات منذ سيطرة «طالبان» على أفغانستان"));
    assert!(sentences
        .iter()
        .any(|s| s.starts_with("وقال البيان إن السفيرة") && s.ends_with("لمكافحة الإرهاب.")));
    assert_eq!(sentences.len(), 22, "{sentences:#?}");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn texty() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            4 => "[\u{0621}-\u{064A}]{1,6}",
            3 => "[ \n.!?؟…«»“”\"()،:]",
            1 => "[\u{200E}\u{200F}\u{061C}\u{2066}-\u{2069}]",
            1 => "[a-zA-Z0-9.@/]{1,5}",
            1 => any::<String>(),
        ];
        proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn sentences_and_gaps_join_back(s in texty()) {
            let sentences = segment(&s);
            let mut rebuilt = String::new();
            let mut pos = 0;
            for sent in &sentences {
                prop_assert!(sent.span.start >= pos, "overlap or disorder");
                prop_assert!(!sent.span.is_empty());
                let gap = &s[pos..sent.span.start];
                prop_assert!(gap.chars().all(is_trim), "gap {:?} holds text", esc(gap));
                rebuilt.push_str(gap);
                rebuilt.push_str(sent.span.slice(&s));
                pos = sent.span.end;
            }
            prop_assert!(s[pos..].chars().all(is_trim));
            rebuilt.push_str(&s[pos..]);
            prop_assert_eq!(rebuilt, s);
        }

        /// The byte-level helpers give what their definitions on chars give.
        #[test]
        fn byte_helpers_agree_with_their_definitions(
            s in texty(),
            spaces in "[ \t\u{85}\u{A0}\u{1680}\u{2000}-\u{200F}\u{2028}\u{202F}\u{205F}\u{3000}\u{FEFF}]{0,3}",
        ) {
            let s = format!("{spaces}{s}{spaces}");
            prop_assert_eq!(leading_trim(&s), s.len() - s.trim_start_matches(is_trim).len());
            prop_assert_eq!(trailing_trim(&s), s.len() - s.trim_end_matches(is_trim).len());
            let words = s.split_whitespace().count();
            prop_assert_eq!(at_most_30_words(&s), words <= 30);
            for dot in s.match_indices('.').map(|(i, _)| i) {
                prop_assert_eq!(is_abbreviation(&s, 0, dot), abbreviation_before(&s[..dot]));
            }
        }

        #[test]
        fn no_sentence_crosses_a_line_break(s in texty()) {
            for sent in segment(&s) {
                prop_assert!(!sent.span.slice(&s).chars().any(is_line_break));
            }
        }
    }
}

/// The bytes of interest are the lead bytes of the characters `segment` looks at (line breaks,
/// terminators, quotation marks) and the second bytes of ؟ and ۔; `simd`'s tests hold every
/// vector path to these sets.
#[test]
fn interesting_bytes_are_the_leads_of_what_segment_looks_at() {
    let leads: Vec<u8> = ('\0'..='\u{FFFF}')
        .filter(|&c| is_line_break(c) || is_terminator(c) || is_quote(c))
        .filter(|&c| !matches!(c, '؟' | '۔'))
        .map(|c| c.encode_utf8(&mut [0; 4]).as_bytes()[0])
        .collect();
    for b in 0..=255u8 {
        let want = leads.contains(&b) || b == 0x9F || b == 0x94;
        assert_eq!(INTERESTING.contains(0, b), want, "byte {b:#04X}");
    }
}

#[test]
fn arabic_letter_set_is_its_ranges() {
    for c in '\u{0}'..='\u{FFFF}' {
        let want = matches!(
            c,
            '\u{0620}'..='\u{063F}'
                | '\u{0641}'..='\u{064A}'
                | '\u{066E}'..='\u{066F}'
                | '\u{0671}'..='\u{06D3}'
                | '\u{06FA}'..='\u{06FF}'
        );
        assert_eq!(is_arabic_letter(c), want, "{c:?}");
    }
}

/// Lines are segmented on their own: a text of many lines, far longer than one run of blocks
/// ([`BLOCKS_PER_RUN`] × 64 bytes), segments as its lines do one by one. Every alignment of
/// the events against the 64-byte blocks and the runs is met.
#[test]
fn long_texts_segment_as_their_lines() {
    let pieces = [
        "قال البيان. ",
        "هل انتهى؟ ",
        "«داعش» ",
        "x ",
        "كلمة",
        "\u{200F}",
        "؟",
        "۔ ",
        "… ",
        "“quoted.” ",
        "\u{1F600}",
        "\u{FEFF}",
        "\u{FEFB}",
        "\r\n",
        "\n",
        "\u{85}",
        "\u{2028}",
        "3.5 ",
    ];
    let mut text = String::new();
    let mut k = 0usize;
    while text.len() < 3 * 64 * BLOCKS_PER_RUN {
        text.push_str(pieces[k % pieces.len()]);
        // A step prime to the number of pieces and to 64: the pieces drift across blocks.
        k += 7;
        if k.is_multiple_of(5) {
            text.push(' ');
        }
    }
    let mut want = Vec::new();
    let mut line_start = 0;
    for (i, c) in text.char_indices().chain([(text.len(), '\n')]) {
        if is_line_break(c) {
            let line = &text[line_start..i];
            for s in segment(line) {
                want.push(Sentence {
                    span: Span::new(line_start + s.span.start, line_start + s.span.end),
                    headline: s.headline,
                });
            }
            line_start = i + c.len_utf8();
        }
    }
    assert!(want.len() > 100);
    assert_eq!(segment(&text), want);
    // One long line: no line breaks, every event in runs after the first.
    let line: String = text.chars().filter(|&c| !is_line_break(c)).collect();
    assert!(line.len() > 2 * 64 * BLOCKS_PER_RUN);
    let sentences = segment(&line);
    assert!(sentences.len() > 50);
    for s in &sentences {
        let t = s.span.slice(&line);
        assert_eq!(t, t.trim_matches(is_trim));
    }
    assert_eq!(sentences, {
        // The same line with its first run's worth of text cut off segments the same after
        // the cut, once the cut lands between sentences.
        let cut = sentences
            .iter()
            .find(|s| s.span.start > 64 * BLOCKS_PER_RUN + 13)
            .map(|s| s.span.start)
            .unwrap();
        let mut all: Vec<Sentence> = sentences
            .iter()
            .copied()
            .filter(|s| s.span.end <= cut)
            .collect();
        all.extend(segment(&line[cut..]).into_iter().map(|s| Sentence {
            span: Span::new(cut + s.span.start, cut + s.span.end),
            headline: s.headline,
        }));
        all
    });
}

/// Run-on text longer than `MAX_SENTENCE_BYTES` is cut into pieces no longer than it: after a
/// comma when the window has one in its second half, else at a space, else inside the word;
/// the pieces keep the contract (trimmed, in order, gaps of whitespace only) and the text.
#[test]
fn run_on_sentences_are_cut_at_the_bound() {
    let commas = "قال وزير الخارجية إن 5 جنود قتلوا في هجوم على مدينة حلب أمس، ".repeat(600);
    let spaces = "كلمة ".repeat(4000);
    let word = "ب".repeat(9000);
    for (text, after) in [
        (commas.as_str(), Some('،')),
        (spaces.as_str(), None),
        (word.as_str(), None),
    ] {
        let sentences = segment(text);
        assert!(sentences.len() > 1, "{} bytes in one sentence", text.len());
        let mut at = 0;
        for (n, s) in sentences.iter().enumerate() {
            assert!(s.span.len() <= MAX_SENTENCE_BYTES);
            let piece = s.span.slice(text);
            assert_eq!(piece, piece.trim(), "piece {n} not trimmed");
            assert!(
                text[at..s.span.start].trim().is_empty(),
                "text lost before piece {n}"
            );
            if let (Some(c), true) = (after, n + 1 < sentences.len()) {
                assert!(
                    piece.ends_with(c),
                    "piece {n} ends {:?}",
                    piece.chars().last()
                );
            }
            at = s.span.end;
        }
        assert!(text[at..].trim().is_empty());
    }
    // A real sentence well under the bound is one sentence, commas and all.
    let one = "قال الوزير، في مؤتمر صحفي، إن المفاوضات مستمرة.";
    assert_eq!(segment(one).len(), 1);
}
