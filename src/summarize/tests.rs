use super::*;

/// Sentences of `text` (one per line here), with the headline flag from the segmenter.
fn infos(text: &str) -> Vec<SentenceInfo> {
    plain(text)
}

#[test]
fn target_length_follows_options() {
    // (options, candidates, expected)
    let rows = [
        (Options::default(), 20, 5),
        (Options::default(), 12, 5),
        (Options::default(), 5, 4),
        (Options::default(), 2, 2),
        (Options::default(), 40, 5),
        (Options::default(), 0, 0),
        (Options::sentences(7), 20, 7),
        (Options::sentences(7), 4, 4),
        (Options::sentences(0), 4, 1),
        (
            Options {
                sentences: None,
                ratio: Some(0.5),
                words: None,
            },
            6,
            3,
        ),
        (
            Options {
                sentences: None,
                ratio: Some(0.01),
                words: None,
            },
            6,
            1,
        ),
    ];
    for (opts, candidates, want) in rows {
        assert_eq!(
            opts.target(candidates, 500),
            want,
            "{opts:?} over {candidates} candidates"
        );
    }
}

#[test]
fn default_length_follows_the_article_words() {
    // (body words, candidates, expected): 3 under 200 words, 4 under 400, 5 above, never the
    // whole article when it has more than three sentences.
    let rows = [
        (120, 10, 3),
        (199, 10, 3),
        (200, 10, 4),
        (399, 10, 4),
        (400, 10, 5),
        (5000, 300, 5),
        (150, 3, 3),
        (300, 4, 3),
        (500, 5, 4),
        (150, 1, 1),
    ];
    for (words, candidates, want) in rows {
        assert_eq!(
            Options::default().target(candidates, words),
            want,
            "{words} words, {candidates} candidates"
        );
    }
}

#[test]
fn word_budget_stops_before_it_is_exceeded() {
    let text = "ضرب زلزال قوي إقليم الحوز في المغرب ليلة الجمعة. وقتل مئات الأشخاص في القرى الجبلية. وقال مسؤول إن فرق الإنقاذ تواصل عملها. وأعلنت الحكومة الحداد ثلاثة أيام.";
    let s = infos(text);
    for (budget, want) in [(1, 1), (9, 1), (15, 2), (100, 4)] {
        let sum = summarize(
            text,
            &s,
            &Options {
                words: Some(budget),
                ..Options::default()
            },
        );
        assert_eq!(sum.picks.len(), want, "budget {budget}: {:?}", sum.picks);
        let used: usize = sum
            .picks
            .iter()
            .map(|&i| word_count(s[i].span.slice(text)))
            .sum();
        assert!(used <= budget.max(9), "budget {budget}: {used} words");
    }
}

#[test]
fn noise_is_never_picked_and_a_byline_is_no_title() {
    let text = "عمر إبراهيم – عين اليوم
أشعلت عاملة نظافة برازيلية مواقع التواصل الاجتماعي بعد نشر صورة لها.
وقالت مانوس إنها تتعرض لمعاكسات أثناء عملها.
اقرأ أيضا: نجمة جديدة على مواقع التواصل
// انتهى //";
    let s = infos(text);
    let sum = summarize(text, &s, &Options::sentences(5));
    assert_eq!(sum.title, None);
    let picked: Vec<&str> = sum.picks.iter().map(|&i| s[i].span.slice(text)).collect();
    assert_eq!(picked.len(), 2, "{picked:?}");
    assert!(picked[0].starts_with("أشعلت"), "{picked:?}");
    assert_eq!(sum.why.len(), 2);
    assert!(sum.why[0].evidence.contains(&"lede"), "{:?}", sum.why[0]);
}

#[test]
fn headline_is_the_title_and_never_a_pick() {
    let text = "زلزال قوي يضرب المغرب ويوقع مئات القتلى في الحوز\nضرب زلزال قوي إقليم الحوز في المغرب. وقتل مئات في الزلزال. وقال مسؤول إن الزلزال قوي.\nعنوان فرعي\nوتواصل فرق الإنقاذ عملها في الحوز.";
    let s = infos(text);
    assert!(s[0].headline && s[4].headline, "{s:?}");
    for n in 1..=6 {
        let sum = summarize(text, &s, &Options::sentences(n));
        assert_eq!(sum.title, Some((0, s[0].span)));
        assert!(
            !sum.picks.contains(&0) && !sum.picks.contains(&4),
            "n={n}: {:?}",
            sum.picks
        );
        assert_eq!(sum.picks.len(), n.min(4), "n={n}");
        assert!(
            sum.picks.windows(2).all(|w| w[0] < w[1]),
            "document order: {:?}",
            sum.picks
        );
    }
}

#[test]
fn headlines_only_document_has_no_title_and_picks_among_headlines() {
    let text = "العنوان الأول هنا\nعنوان ثان عن الاقتصاد\nعنوان ثالث عن الرياضة";
    let s = infos(text);
    let sum = summarize(text, &s, &Options::sentences(1));
    assert_eq!(sum.title, None, "no body follows: no title");
    assert_eq!(sum.picks.len(), 1);
}

#[test]
fn empty_document_gives_an_empty_summary() {
    let sum = summarize("", &[], &Options::default());
    assert_eq!(sum, Summary::default());
}

#[test]
fn redundant_sentence_loses_to_a_new_one() {
    // Sentences 0 and 1 say the same; with two picks, MMR takes 0 (or 1) and the different 2.
    let text = "ارتفعت حصيلة الزلزال في الحوز إلى ألف قتيل. ارتفعت حصيلة الزلزال في الحوز إلى ألف قتيل تقريبا. وأعلنت الحكومة مساعدة مالية للأسر المتضررة من الزلزال في الحوز.";
    let s = infos(text);
    let sum = summarize(text, &s, &Options::sentences(2));
    assert!(sum.picks.contains(&2), "{:?}", sum.picks);
}

#[test]
fn facts_and_terms_pull_a_sentence_up() {
    // Same words, but the last sentence carries the facts and terms: after the lede, it must
    // win over the sentence before it.
    let text = "تحدث الناس عن الأمر في المدينة. تحدث الناس عن الأمر في القرية. تحدث الناس عن الأمر في البلدة.";
    let mut s = infos(text);
    s[2].terms = 3;
    s[2].facts = vec![
        FactLine {
            kind: "place".into(),
            english: "the town".into(),
            span: s[2].span,
            ..FactLine::default()
        },
        FactLine {
            kind: "date".into(),
            english: "Monday".into(),
            span: s[2].span,
            ..FactLine::default()
        },
    ];
    let sum = summarize(text, &s, &Options::sentences(2));
    assert_eq!(sum.picks, vec![0, 2]);
}

#[test]
fn key_facts_are_grouped_and_deduplicated() {
    let fact = |kind: &str, english: &str| FactLine {
        kind: kind.into(),
        english: english.into(),
        source: (kind == "person").then_some("glossary"),
        ..FactLine::default()
    };
    let s = vec![
        SentenceInfo {
            facts: vec![fact("date", "8 September 2023"), fact("place", "Al Haouz")],
            ..SentenceInfo::default()
        },
        SentenceInfo {
            facts: vec![
                fact("casualties", "2,946 killed"),
                fact("place", "al haouz"),
                fact("person", "Mustapha Baitas"),
                fact("quote", "not a key fact"),
            ],
            ..SentenceInfo::default()
        },
    ];
    let got: Vec<(Question, String, usize)> = facts::key_facts("", &s, &[0])
        .into_iter()
        .map(|f| (f.question, f.english, f.sentence))
        .collect();
    assert_eq!(
        got,
        vec![
            (Question::Who, "Mustapha Baitas".to_string(), 1),
            (Question::What, "2,946 killed".to_string(), 1),
            (Question::Where, "Al Haouz".to_string(), 0),
            (Question::When, "8 September 2023".to_string(), 0),
        ]
    );
}

#[test]
fn news_shape_is_detected_from_headline_dateline_or_attributions() {
    // (text, news?)
    let rows = [
        (
            "البحر الميت\nيقع البحر الميت في غور الأردن. وهو أخفض نقطة.",
            false,
        ),
        (
            "ارتفاع حصيلة زلزال الحوز إلى ألفي قتيل\nارتفعت الحصيلة.",
            true,
        ),
        ("مراكش (أ.ف.ب) - ارتفعت حصيلة الزلزال.", true),
        ("وقال الوزير إن. وأضاف أن. وأكد أن الأمر.", true),
        ("ابن خلدون\nولد في تونس. ودرس العلوم.", false),
    ];
    for (text, want) in rows {
        let s = infos(text);
        assert_eq!(is_news_shaped(text, &s, title(text, &s)), want, "{text:?}");
    }
}

#[test]
fn protocol_sentences_are_recognized_by_their_opening() {
    // (sentence, protocol?)
    let rows = [
        ("حضر الاجتماع الأمين العام المساعد للشؤون الخارجية.", true),
        ("وحضر الحفل عدد من المسؤولين.", true),
        ("وختمت رئيسة النادي كلمتها بالشكر للملحق الثقافي.", true),
        ("واختتم الوزير زيارته بلقاء الجالية.", true),
        ("وفي ختام اللقاء تبادل الطرفان الهدايا.", true),
        ("اجتمع الأمين العام لمجلس التعاون مع المبعوث الأممي.", false),
        ("وأوضح أن الحضور بلغ ثلاثة آلاف شخص.", false),
        ("ختام", false),
    ];
    for (text, want) in rows {
        let norm = crate::normalize::matcher().normalize_str(text);
        let words: Vec<String> = score::words(&norm).map(str::to_string).collect();
        assert_eq!(super::pick::is_protocol(&words), want, "{text}");
    }
}

#[test]
fn background_sentences_are_recognized_by_their_opening() {
    // (sentence, background?): the marker the writer puts before an aside, as Saudi and Gulf
    // copy closes (the first row after snn_alwatan-style closings of the dev news).
    let rows = [
        ("يذكر أن النادي تعاقد مع المدرب نفسه عام 2010.", true),
        ("ويُذكر أن الهيئة أنشئت قبل عشرين عاماً.", true),
        ("ويشار إلى أن المنتخب خسر المباراة الماضية.", true),
        ("وتجدر الإشارة إلى أن المهرجان يقام للمرة التاسعة.", true),
        ("والجدير بالذكر أن المشروع بدأ قبل عامين.", true),
        ("ومن الجدير بالذكر أن الطريق يربط المدينتين.", true),
        // The verb with a subject of its own is news, not a marker.
        ("يذكر التقرير أن الصادرات ارتفعت.", false),
        ("وأشار الوزير إلى أن المشروع اكتمل.", false),
        ("يذكر", false),
    ];
    for (text, want) in rows {
        let norm = crate::normalize::matcher().normalize_str(text);
        let words: Vec<String> = score::words(&norm).map(str::to_string).collect();
        assert_eq!(super::pick::is_background(&words), want, "{text}");
    }
}
