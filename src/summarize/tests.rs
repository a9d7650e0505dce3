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
        (Options::default(), 12, 3),
        (Options::default(), 2, 1),
        (Options::default(), 40, 5),
        (Options::default(), 0, 0),
        (
            Options {
                sentences: Some(7),
                ratio: None,
            },
            20,
            7,
        ),
        (
            Options {
                sentences: Some(7),
                ratio: None,
            },
            4,
            4,
        ),
        (
            Options {
                sentences: Some(0),
                ratio: None,
            },
            4,
            1,
        ),
        (
            Options {
                sentences: None,
                ratio: Some(0.5),
            },
            6,
            3,
        ),
        (
            Options {
                sentences: None,
                ratio: Some(0.01),
            },
            6,
            1,
        ),
    ];
    for (opts, candidates, want) in rows {
        assert_eq!(
            opts.target(candidates),
            want,
            "{opts:?} over {candidates} candidates"
        );
    }
}

#[test]
fn headline_is_the_title_and_never_a_pick() {
    let text = "زلزال قوي يضرب المغرب ويوقع مئات القتلى في الحوز\nضرب زلزال قوي إقليم الحوز في المغرب. وقتل مئات في الزلزال. وقال مسؤول إن الزلزال قوي.\nعنوان فرعي\nوتواصل فرق الإنقاذ عملها في الحوز.";
    let s = infos(text);
    assert!(s[0].headline && s[4].headline, "{s:?}");
    for n in 1..=6 {
        let sum = summarize(
            text,
            &s,
            &Options {
                sentences: Some(n),
                ratio: None,
            },
        );
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
fn headlines_only_document_picks_among_headlines() {
    let text = "العنوان الأول هنا\nعنوان ثان عن الاقتصاد\nعنوان ثالث عن الرياضة";
    let s = infos(text);
    let sum = summarize(
        text,
        &s,
        &Options {
            sentences: Some(1),
            ratio: None,
        },
    );
    assert_eq!(sum.title.map(|t| t.0), Some(0));
    assert_eq!(sum.picks.len(), 1);
    assert_ne!(sum.picks[0], 0);
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
    let sum = summarize(
        text,
        &s,
        &Options {
            sentences: Some(2),
            ratio: None,
        },
    );
    assert!(sum.picks.contains(&2), "{:?}", sum.picks);
}

#[test]
fn facts_and_terms_pull_a_sentence_up() {
    // Same words, but the last sentence carries the facts and terms: it must win.
    let text = "تحدث الناس عن الأمر في المدينة. تحدث الناس عن الأمر في القرية. تحدث الناس عن الأمر في البلدة.";
    let mut s = infos(text);
    s[2].terms = 3;
    s[2].facts = vec![
        FactLine {
            kind: "place".into(),
            english: "the town".into(),
            span: s[2].span,
        },
        FactLine {
            kind: "date".into(),
            english: "Monday".into(),
            span: s[2].span,
        },
    ];
    let sum = summarize(
        text,
        &s,
        &Options {
            sentences: Some(1),
            ratio: None,
        },
    );
    assert_eq!(sum.picks, vec![2]);
}

#[test]
fn key_facts_are_grouped_and_deduplicated() {
    let fact = |kind: &str, english: &str| FactLine {
        kind: kind.into(),
        english: english.into(),
        span: Span::default(),
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
    let got: Vec<(Question, String, usize)> = pick::key_facts(&s)
        .into_iter()
        .map(|f| (f.question, f.english, f.sentence))
        .collect();
    assert_eq!(
        got,
        vec![
            (Question::Who, "Mustapha Baitas".to_string(), 1),
            (Question::Where, "Al Haouz".to_string(), 0),
            (Question::When, "8 September 2023".to_string(), 0),
            (Question::HowMany, "2,946 killed".to_string(), 1),
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
        assert_eq!(is_news_shaped(text, &s, title(&s)), want, "{text:?}");
    }
}
