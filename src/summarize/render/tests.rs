use super::*;
use crate::span::Span;
use crate::summarize::{plain, summarize, Options};

/// A small document with hostile text: markup, quotes, a pipe, a formula-like start.
const TEXT: &str = "عنوان <b>الخبر</b> & «التفاصيل» | هنا\n=قال الوزير إن <script>alert(1)</script> الاتفاق تم. وأضاف أن الوفد سيعود الاثنين.";

fn brief_parts() -> (Vec<SentenceInfo>, Summary) {
    let mut s = plain(TEXT);
    s[1].english = Some("The minister said <the deal> was done & \"final\".".into());
    s[1].facts = vec![FactLine {
        kind: "person".into(),
        english: "the minister".into(),
        source: Some("glossary"),
        span: Span::new(
            TEXT.find("الوزير").unwrap(),
            TEXT.find("الوزير").unwrap() + "الوزير".len(),
        ),
        ..FactLine::default()
    }];
    s[2].gloss = "delegation · Monday".into();
    let sum = summarize(TEXT, &s, &Options::sentences(2));
    (s, sum)
}

#[test]
fn lines_carry_english_source_and_code_point_offsets() {
    let (s, sum) = brief_parts();
    let b = Brief {
        id: "t",
        text: TEXT,
        sentences: &s,
        explain: false,
        summary: &sum,
    };
    let lines = b.lines();
    assert_eq!(lines.iter().map(|l| l.number).collect::<Vec<_>>(), [2, 3]);
    assert_eq!(lines[0].source, EnglishSource::Translation);
    assert_eq!(lines[1].source, EnglishSource::Gloss);
    for l in &lines {
        let by_chars: String = TEXT
            .chars()
            .skip(l.chars.0)
            .take(l.chars.1 - l.chars.0)
            .collect();
        assert_eq!(by_chars, l.arabic, "line {}", l.number);
    }
    assert_eq!(b.key_facts().len(), 1);
}

#[test]
fn html_escapes_everything_and_marks_direction() {
    let (s, sum) = brief_parts();
    let b = Brief {
        id: "<id>&\"",
        text: TEXT,
        sentences: &s,
        explain: false,
        summary: &sum,
    };
    let page = html::page(&[html::section(&b, 1), html::section(&b, 2)]);
    for bad in ["<script>", "<b>", "<the deal>", "<id>"] {
        assert!(!page.contains(bad), "unescaped {bad:?} in the page");
    }
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("<td class=\"ar\" dir=\"rtl\" lang=\"ar\">"));
    assert!(page.contains("<td class=\"en\" dir=\"ltr\" lang=\"en\">"));
    assert!(page.contains("<h2 class=\"title\" dir=\"rtl\" lang=\"ar\">"));
    assert!(page.contains("href=\"#doc-2\""), "index for two documents");
    assert!(page.contains("id=\"doc-1-s2\"") && page.contains("href=\"#doc-1-s2\""));
    // Self-contained: nothing is fetched.
    for external in ["<script", "<link", "src=", "@import", "url(", "http"] {
        assert!(
            !page.contains(external),
            "{external:?} in a self-contained page"
        );
    }
}

#[test]
fn markdown_escapes_cells() {
    let (s, sum) = brief_parts();
    let b = Brief {
        id: "a|b",
        text: TEXT,
        sentences: &s,
        explain: false,
        summary: &sum,
    };
    let mut md = String::new();
    md::render(&b, &mut md);
    assert!(md.starts_with("## a\\|b\n"), "{md}");
    assert!(!md.contains("<script>") && !md.contains("<b>"), "{md}");
    assert!(md.contains("<span dir=\"rtl\" lang=\"ar\">"), "{md}");
    assert!(md.contains("_(gloss)_"), "{md}");
    // Every table row has the same number of unescaped pipes.
    for row in md
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("<span"))
    {
        let pipes = row.matches('|').count() - row.matches("\\|").count();
        assert_eq!(pipes, 5, "{row}");
    }
}

#[test]
fn json_and_csv_parse_back() {
    let (s, sum) = brief_parts();
    let b = Brief {
        id: "t",
        text: TEXT,
        sentences: &s,
        explain: false,
        summary: &sum,
    };
    let mut j = String::new();
    json::render(&b, &mut j);
    assert_eq!(j.matches('\n').count(), 1, "one line per document");
    let v: serde_json::Value = serde_json::from_str(&j).unwrap();
    assert_eq!(v["picks"][0]["sentence"], 2);
    assert_eq!(v["picks"][0]["english_source"], "translation");
    assert_eq!(v["picks"][1]["english_source"], "gloss");
    assert_eq!(v["title"]["sentence"], 1);
    assert_eq!(v["key_facts"][0]["question"], "who");
    let (start, end) = (
        v["key_facts"][0]["start"].as_u64().unwrap() as usize,
        v["key_facts"][0]["end"].as_u64().unwrap() as usize,
    );
    let fact: String = TEXT.chars().skip(start).take(end - start).collect();
    assert_eq!(fact, "الوزير");

    let mut c = csv::table().header();
    csv::render(&b, &csv::table(), &mut c);
    let mut reader = ::csv::Reader::from_reader(&c[..]);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        csv::COLUMNS
    );
    let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][1], "2");
    assert!(
        rows[0][4].starts_with("'="),
        "formula neutralized: {:?}",
        &rows[0][4]
    );
    assert_eq!(&rows[0][6], "person: the minister");
}

#[test]
fn a_byline_glued_to_the_lede_is_left_out_of_its_line() {
    // After the opening of sabq_003 (SaudiNewsNet, 2015): the byline and the lede share a line.
    let text = "نادية الفواز- سبق- أبها: اعتبر خبراء علم الاجتماع أن تجارة الوهم لا ترتبط بمستوى التعليم.\nوقال الدكتور صالح الرميح إن التغير السريع أصبح سبباً في رواج تجارة الوهم.";
    let s = plain(text);
    let sum = summarize(text, &s, &Options::sentences(2));
    let b = Brief {
        id: "t",
        text,
        sentences: &s,
        explain: false,
        summary: &sum,
    };
    let lines = b.lines();
    assert_eq!(lines[0].number, 1);
    assert!(
        lines[0].arabic.starts_with("اعتبر خبراء"),
        "{}",
        lines[0].arabic
    );
    assert!(
        lines[1].arabic.starts_with("وقال الدكتور"),
        "{}",
        lines[1].arabic
    );
    for l in &lines {
        let by_chars: String = text
            .chars()
            .skip(l.chars.0)
            .take(l.chars.1 - l.chars.0)
            .collect();
        assert_eq!(by_chars, l.arabic, "line {}", l.number);
    }
}
