use super::*;
use crate::segment::segment_as;

/// Detection rows: (name, text, expected layout). Texts written for these tests.
const DETECT: &[(&str, &str, Layout)] = &[
    ("empty", "", Layout::Lines),
    ("one line", "قال الوزير إن المحادثات انتهت.", Layout::Lines),
    (
        "sentence per line",
        "عاد الهدوء إلى المدينة صباح اليوم.\nوقال شهود إن الأسواق فتحت أبوابها.\nوأعلنت البلدية استئناف الدراسة غدا.\nولم تسجل أي حوادث خلال الليل.\n",
        Layout::Lines,
    ),
    (
        "headline then sentences",
        "هدوء في المدينة\nعاد الهدوء إلى المدينة صباح اليوم بعد ليلة من الاشتباكات.\nوقال شهود إن الأسواق فتحت أبوابها.\nوأعلنت البلدية استئناف الدراسة غدا.\n",
        Layout::Lines,
    ),
    (
        "paragraphs with blank lines",
        "عاد الهدوء إلى المدينة صباح اليوم. وقال شهود إن الأسواق فتحت أبوابها.\n\nوأعلنت البلدية استئناف الدراسة غدا. ولم تسجل أي حوادث.\n\nوقال المحافظ إن الوضع مستقر.\n",
        Layout::Paragraphs,
    ),
    (
        "wrapped at 50 columns",
        "عاد الهدوء إلى المدينة صباح اليوم بعد ليلة من\nالاشتباكات بين قوات الأمن ومحتجين، وقال شهود إن\nالأسواق فتحت أبوابها. وأعلنت البلدية استئناف\nالدراسة في المدارس غدا.\n",
        Layout::Wrapped,
    ),
    (
        "wrapped with headline and dateline",
        "هدوء في المدينة\nالقاهرة - واس\nعاد الهدوء إلى المدينة صباح اليوم بعد ليلة\nمن الاشتباكات بين قوات الأمن ومحتجين، وقال\nشهود إن الأسواق فتحت أبوابها وإن الحركة\nعادت إلى طبيعتها في الشوارع الرئيسية.\n\nوأعلنت البلدية استئناف الدراسة في المدارس\nوالجامعات اعتبارا من صباح الغد.\n",
        Layout::Wrapped,
    ),
    (
        "wrapped at 35 columns",
        "عاد الهدوء إلى المدينة صباح اليوم بعد\nليلة من الاشتباكات بين قوات الأمن\nومحتجين، وقال شهود إن الأسواق فتحت\nأبوابها. وأعلنت البلدية استئناف\nالدراسة في المدارس غدا.\n",
        Layout::Wrapped,
    ),
    (
        // A newspaper column: three or four words a line, one stop in twelve lines.
        "wrapped at 25 columns, few stops",
        "عاد الهدوء إلى المدينة\nصباح اليوم بعد ليلة من\nالاشتباكات بين قوات الأمن\nومحتجين في الأحياء\nالشرقية، وقال شهود إن\nالأسواق فتحت أبوابها وإن\nالحركة عادت إلى طبيعتها\nفي الشوارع الرئيسية بينما\nانتشرت دوريات الشرطة عند\nمداخل المدينة ومخارجها\nوعلى الطرق المؤدية إلى\nالمطار والميناء.\n",
        Layout::Wrapped,
    ),
    (
        "verse: lines of a like length, no stop",
        "على قدر أهل العزم تأتي العزائم\nوتأتي على قدر الكرام المكارم\nوتعظم في عين الصغير صغارها\nوتصغر في عين العظيم العظائم\n",
        Layout::Lines,
    ),
    (
        "narrow lines under 20 columns",
        "عاد الهدوء إلى\nالمدينة صباح\nاليوم بعد ليلة\nمن الاشتباكات.\nوقال شهود إن\nالأسواق فتحت.\n",
        Layout::Lines,
    ),
    (
        "list of short items",
        "القاهرة\nالرياض\nبغداد\nدمشق\nعمان\n",
        Layout::Lines,
    ),
    (
        "wrapped with CRLF",
        "عاد الهدوء إلى المدينة صباح اليوم بعد ليلة من\r\nالاشتباكات بين قوات الأمن ومحتجين، وقال شهود إن\r\nالأسواق فتحت أبوابها وإن الحركة عادت. وأعلنت\r\nالبلدية استئناف الدراسة.\r\n",
        Layout::Wrapped,
    ),
    (
        // What pdftotext writes for a printed Arabic page: every line in a right-to-left
        // embedding, the punctuation in left-to-right ones, so no line ends with its `.`.
        "wrapped, as a PDF extractor writes it",
        "\u{202B}عاد الهدوء إلى المدينة صباح اليوم بعد ليلة من\u{202C}\n\u{202B}الاشتباكات بين قوات الأمن ومحتجين\u{202A} ،\u{202C}وقال إن\u{202C}\n\u{202B}الأسواق فتحت أبوابها\u{202A} .\u{202C}وأعلنت البلدية استئناف\u{202C}\n\u{202B}الدراسة في المدارس غدا\u{202A}.\u{202C}\u{202C}\n",
        Layout::Wrapped,
    ),
];

#[test]
fn detection() {
    for (name, text, want) in DETECT {
        let got = detect(text);
        assert_eq!(
            got,
            *want,
            "row '{name}': detect({:?}) is {got}, want {want} (see `decide`)",
            text.escape_debug().to_string()
        );
    }
}

/// The sentences of `text` in `layout`, as text with wraps shown as spaces.
fn sentences(text: &str, layout: Layout) -> Vec<String> {
    segment_as(text, layout)
        .sentences
        .iter()
        .map(|s| {
            s.span
                .slice(text)
                .replace(['\n', '\r'], " ")
                .replace("  ", " ")
        })
        .collect()
}

#[test]
fn wrapped_sentences() {
    let text = DETECT[6].1;
    assert_eq!(
        sentences(text, Layout::Auto),
        [
            "هدوء في المدينة",
            "القاهرة - واس",
            "عاد الهدوء إلى المدينة صباح اليوم بعد ليلة من الاشتباكات بين قوات الأمن ومحتجين، وقال شهود إن الأسواق فتحت أبوابها وإن الحركة عادت إلى طبيعتها في الشوارع الرئيسية.",
            "وأعلنت البلدية استئناف الدراسة في المدارس والجامعات اعتبارا من صباح الغد.",
        ]
    );
    let s = segment_as(text, Layout::Auto);
    assert!(s.sentences[0].headline && s.sentences[1].headline);
    assert!(!s.sentences[2].headline);
    // Read as lines, every line is a sentence.
    assert_eq!(sentences(text, Layout::Lines).len(), 8);
}

/// PyMuPDF writes a paragraph's final stop at the start of its last line: the text is still
/// wrapped, and the stop ends no sentence there (the paragraph ends at the line's end).
#[test]
fn stop_at_the_start_of_a_line_as_pymupdf_writes_it() {
    let text = "وأصبحت العاملة إحدى الشهيرات بين عشية وضحاها بعد أن اجتاحت صورها مواقع\n\
                التواصل الاجتماعي والمنتديات بحسب ما ذكرته صحيفة ميرور البريطانية في\n\
                .عددها الصادر أمس\n\
                وقالت العاملة إنها تتعرض لمعاكسات كثيرة أثناء عملها اليومي في الشوارع\n\
                .الرئيسية\n";
    assert_eq!(detect(text), Layout::Wrapped);
    let got = sentences(text, Layout::Auto);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].ends_with(".عددها الصادر أمس"), "{got:?}");
}

#[test]
fn wrapped_line_ending_in_abbreviation_goes_on() {
    let text = "وقال رئيس اللجنة الطبية في المستشفى د.\nمحمد علي إن حالة المصابين مستقرة وإن\nالفرق الطبية تعمل على مدار الساعة.\n";
    assert_eq!(sentences(text, Layout::Wrapped).len(), 1);
}

#[test]
fn crlf_wraps_give_both_bytes() {
    let text = DETECT
        .iter()
        .find(|r| r.0 == "wrapped with CRLF")
        .unwrap()
        .1;
    let s = segment_as(text, Layout::Auto);
    assert_eq!(s.sentences.len(), 2);
    assert!(s.wraps.len().is_multiple_of(2) && !s.wraps.is_empty());
}

#[test]
fn explicit_separators_always_end_sentences() {
    let text = "عاد الهدوء إلى المدينة صباح اليوم بعد\u{2028}ليلة من الاشتباكات بين قوات الأمن\nومحتجين في الشوارع";
    assert_eq!(sentences(text, Layout::Wrapped).len(), 2);
}

#[test]
fn join_wraps_makes_spaces_in_sentences_only() {
    let text = DETECT[6].1;
    let s = segment_as(text, Layout::Auto);
    let mut norm = crate::normalize::matcher().normalize(text);
    let spans: Vec<Span> = norm
        .map
        .to_normalized_each(s.sentences.iter().map(|x| x.span))
        .collect();
    let before = norm.clone();
    join_wraps(&mut norm, &spans);
    assert_eq!(norm.text.len(), before.text.len());
    assert_eq!(norm.map, before.map);
    // The line breaks between sentences stay; those inside became spaces.
    assert_eq!(
        norm.text.matches('\n').count(),
        text.matches('\n').count() - s.wraps.len()
    );
    for sp in &spans {
        assert!(!norm.text[sp.start..sp.end].contains('\n'));
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn layouts() -> impl Strategy<Value = Layout> {
        prop::sample::select(Layout::ALL.to_vec())
    }

    proptest! {
        /// In every layout, sentences and the gaps between them join back to the input, spans
        /// are in order, on char boundaries, and gaps hold only whitespace and invisible marks.
        #[test]
        fn sentences_join_back(
            text in "([ \n\r.؟«»\u{2028}\u{0B}\u{0C}]|[ابتثجحخدذرزسشصضطظعغفقكلمنهوي]{1,9}|د\\.|\u{200F}){0,80}",
            layout in layouts(),
        ) {
            let s = segment_as(&text, layout);
            prop_assert_ne!(s.layout, Layout::Auto);
            let mut at = 0;
            for x in &s.sentences {
                prop_assert!(x.span.start >= at && x.span.end > x.span.start);
                prop_assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
                prop_assert!(text[at..x.span.start].chars().all(|c| c.is_whitespace() || is_invisible(c)));
                at = x.span.end;
            }
            prop_assert!(text[at..].chars().all(|c| c.is_whitespace() || is_invisible(c)));
            for &w in &s.wraps {
                prop_assert!(matches!(text.as_bytes()[w], b'\n' | b'\r' | 0x0C));
                prop_assert!(s.sentences.iter().any(|x| x.span.start < w && w < x.span.end)
                    || !s.sentences.iter().any(|x| x.span.start <= w && w < x.span.end));
            }
            // A sentence holds a line break only at a wrap.
            for x in &s.sentences {
                for (i, c) in text[x.span.start..x.span.end].char_indices() {
                    if crate::segment::is_line_break(c) {
                        prop_assert!(s.wraps.contains(&(x.span.start + i)), "break at {} not a wrap", i);
                    }
                }
            }
            // Lines and paragraphs are today's rule, except in PDF text, where a stop an
            // extractor moved is read where it belongs (`segment_line`).
            let pdf = layout == Layout::Pdf || crate::segment::pdf::extractor_marks(&text);
            if s.layout != Layout::Wrapped && !pdf {
                prop_assert_eq!(&s.sentences, &crate::segment::segment(&text));
            }
        }
    }
}

#[test]
fn headline_list_is_not_wrapped() {
    let text = "البنك المركزي يرفع الفائدة ويحرر سعر صرف العملة المحلية اليوم\nالأمين العام: الوضع في المنطقة كارثي ولا مكان آمنا للمدنيين\nمقتل 12 شخصا وإصابة العشرات في انفجار بمستودع وقود في الجنوب\nالحكومة تعلن ميزانية العام المقبل بإنفاق يبلغ 1.285 تريليون\nزلزال بقوة 6.8 درجة يضرب إقليما جبليا ويخلف مئات القتلى\n";
    assert_eq!(detect(text), Layout::Lines);
}

/// `has_rare_breaks` finds each break but LF by its bytes, and not the chars sharing their
/// lead bytes (« » NBSP are C2 xx; “ ” … ZWNJ are E2 80 xx). Texts written for this test.
#[test]
fn rare_breaks_by_their_bytes() {
    let rows: &[(&str, bool)] = &[
        ("", false),
        ("قال «الوزير» إن\nالمحادثات انتهت…\n", false),
        ("“نص” بين\u{A0}علامتين\u{200C}و–شرطة", false),
        ("سطر\r\nسطر", true),
        ("سطر\rسطر", true),
        ("سطر\u{0B}سطر", true),
        ("سطر\u{0C}سطر", true),
        ("«سطر»\u{85}سطر", true),
        ("“سطر”\u{2028}سطر", true),
        ("سطر\u{2029}", true),
        // E2 80 A7 and C2 84 are neighbours of the breaks, not breaks.
        ("\u{2027}\u{84}", false),
    ];
    for &(text, want) in rows {
        assert_eq!(has_rare_breaks(text.as_bytes()), want, "{text:?}");
    }
}

/// Wrapped paragraphs of about 60 columns, written for these tests: (name, text, sentences
/// as read in `auto`, wraps shown as spaces).
const WRAPPED_CASES: &[(&str, &str, &[&str])] = &[
    (
        // pdftotext: the page ends with a blank line, the next page starts with FF.
        "page break inside a paragraph",
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة\n\
         بطاقة استيعابية تبلغ خمسمئة سرير، وقال المتحدث الرسمي إن\n\n\u{0C}\
         المستشفى سيبدأ باستقبال المرضى مطلع الشهر المقبل بعد اكتمال\n\
         تجهيز الأقسام الطبية والإدارية كافة.\n\
         وأضاف أن الوزارة تعمل على توظيف الكوادر الطبية اللازمة له.\n",
        &[
            "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة بطاقة استيعابية تبلغ خمسمئة سرير، وقال المتحدث الرسمي إن  \u{0C}المستشفى سيبدأ باستقبال المرضى مطلع الشهر المقبل بعد اكتمال تجهيز الأقسام الطبية والإدارية كافة.",
            "وأضاف أن الوزارة تعمل على توظيف الكوادر الطبية اللازمة له.",
        ],
    ),
    (
        // PyMuPDF joins pages with FF alone; a page that ends a paragraph (short last line)
        // still ends the sentence there.
        "page break after a paragraph's last line",
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة\n\
         بطاقة استيعابية تبلغ خمسمئة سرير\n\u{0C}\
         وقال المتحدث الرسمي إن المستشفى سيبدأ باستقبال المرضى مطلع\n\
         الشهر المقبل بعد اكتمال تجهيز الأقسام الطبية والإدارية كافة.\n",
        &[
            "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة بطاقة استيعابية تبلغ خمسمئة سرير",
            "وقال المتحدث الرسمي إن المستشفى سيبدأ باستقبال المرضى مطلع الشهر المقبل بعد اكتمال تجهيز الأقسام الطبية والإدارية كافة.",
        ],
    ),
    (
        // The paragraph's last line is as long as a wrapped one, but the next paragraph is
        // indented: a person's break.
        "indented paragraph after a full last line",
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة\n\
         بطاقة استيعابية تبلغ خمسمئة سرير في مرحلته الأولى للتشغيل\n\
         \u{20}وقال المتحدث الرسمي إن المستشفى سيبدأ باستقبال المرضى في\n\
         مطلع الشهر المقبل بعد اكتمال تجهيز الأقسام الطبية كافة.\n",
        &[
            "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة بطاقة استيعابية تبلغ خمسمئة سرير في مرحلته الأولى للتشغيل",
            "وقال المتحدث الرسمي إن المستشفى سيبدأ باستقبال المرضى في مطلع الشهر المقبل بعد اكتمال تجهيز الأقسام الطبية كافة.",
        ],
    ),
    (
        // A headline kept on one line, longer than any line the wrapper made.
        "long headline above a wrapped body",
        "وزارة الصحة تفتتح مستشفى جديدا في جدة بطاقة خمسمئة سرير في مرحلته الأولى\n\
         أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة\n\
         جدة، وقال المتحدث الرسمي إن المستشفى سيبدأ باستقبال\n\
         المرضى مطلع الشهر المقبل بعد اكتمال تجهيز الأقسام.\n",
        &[
            "وزارة الصحة تفتتح مستشفى جديدا في جدة بطاقة خمسمئة سرير في مرحلته الأولى",
            "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة، وقال المتحدث الرسمي إن المستشفى سيبدأ باستقبال المرضى مطلع الشهر المقبل بعد اكتمال تجهيز الأقسام.",
        ],
    ),
];

#[test]
fn wrapped_cases() {
    for (name, text, want) in WRAPPED_CASES {
        assert_eq!(detect(text), Layout::Wrapped, "{name}");
        let got: Vec<String> = segment_as(text, Layout::Auto)
            .sentences
            .iter()
            .map(|s| s.span.slice(text).replace(['\n', '\r'], " "))
            .collect();
        assert_eq!(got, *want, "{name}");
    }
}

#[test]
fn a_page_break_wrap_becomes_spaces_in_the_normalization() {
    let text = WRAPPED_CASES[0].1;
    let s = segment_as(text, Layout::Auto);
    assert!(s.wraps.iter().any(|&w| text.as_bytes()[w] == 0x0C));
    let mut norm = crate::normalize::matcher().normalize(text);
    let spans: Vec<Span> = norm
        .map
        .to_normalized_each(s.sentences.iter().map(|x| x.span))
        .collect();
    join_wraps(&mut norm, &spans);
    let first = spans[0].slice(&norm.text);
    assert!(!first.contains(['\n', '\u{0C}']), "{first:?}");
    assert!(
        first.contains("ان   المستشفي") || first.contains("ان  المستشفي"),
        "{first:?}"
    );
}

/// Whitespace at every line's edge (mail sent `format=flowed` ends each soft line with a
/// space) says nothing: the lines are still wraps.
#[test]
fn edge_spaces_on_most_lines_mean_nothing() {
    let text = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة \n\
                بطاقة استيعابية تبلغ خمسمئة سرير في مرحلته الأولى للتشغيل \n\
                وقال المتحدث الرسمي إن المستشفى سيبدأ باستقبال المرضى مطلع \n\
                الشهر المقبل بعد اكتمال تجهيز الأقسام الطبية كافة.\n";
    assert_eq!(sentences(text, Layout::Auto).len(), 1);
}

/// `words` wrapped greedily at `width` chars, as a typesetter of narrow columns does.
fn wrap_greedy(words: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for w in words.split(' ') {
        let n = w.chars().count();
        if line > 0 && line + 1 + n > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(w);
        line += n;
    }
    out.push('\n');
    out
}

/// A narrow column holds few words a line, so one long comma-joined sentence of news spans
/// more than twenty lines: the stop test scales with the width. Text written for this test.
#[test]
fn narrow_column_with_one_long_sentence_is_wrapped() {
    let clause = "وقال شهود إن الأسواق في الأحياء الشرقية فتحت أبوابها صباح اليوم،";
    let sentence = format!("{} وعادت الحركة إلى طبيعتها.", [clause; 9].join(" "));
    let text = wrap_greedy(&sentence, 28);
    let lines = text.lines().count();
    assert!(lines > SENTENCE_LINES, "{lines} lines: too few to test");
    assert_eq!(detect(&text), Layout::Wrapped);
    assert_eq!(segment_as(&text, Layout::Auto).sentences.len(), 1);
    // Without its stop, lines of a like length are a list or verse.
    let list = text.replace('.', "");
    assert_eq!(detect(&list), Layout::Lines);
}
