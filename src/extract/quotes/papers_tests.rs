//! Quotes: a paper named in quotation marks after its head speaks (session 26, round 2).
//! Each row is a short sentence after a dev news article, named in its comment.

use super::tests::check_speakers;

#[test]
fn paper_named_after_its_head() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // An org fact at the head (after الاقتصادية, snn_aleqtisadiya_005).
        (
            "وذكرت صحيفة \"إكسبريس\" أن رونالدو ربما لا يعيش في مدريد.",
            &[("رونالدو ربما لا يعيش في مدريد", "صحيفة \"إكسبريس\"")],
        ),
        // The paper's name after the head (after الشرق الأوسط, snn_aawsat_014).
        (
            "وأشارت صحيفة «نوفوستي» إلى أن النيابة العامة تلقت بلاغا.",
            &[("النيابة العامة تلقت بلاغا", "صحيفة «نوفوستي»")],
        ),
        // No fact: the head and the quoted name (after عكاظ, snn_okaz_018).
        (
            "وذكرت صحيفة «فلوريدا توداي» المحلية أن جونز وشقيقته قتلا أمهما.",
            &[("جونز وشقيقته قتلا أمهما", "صحيفة «فلوريدا توداي»")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn agency_heads_left_as_before() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // An agency named by a glossary term keeps its name.
        (
            "وذكرت وكالة رويترز أن المحادثات مستمرة.",
            &[("المحادثات مستمرة", "وكالة رويترز")],
        ),
        // A paper with no name after it is still "the newspaper" (after عكاظ, snn_okaz_018).
        (
            "وقالت الصحيفة إن جونز أصبح أصغر مدان في المقاطعة.",
            &[("جونز أصبح أصغر مدان في المقاطعة", "الصحيفة")],
        ),
    ];
    check_speakers(rows);
}

/// The source (`detail.source`) of each quote of `text`, as written ("" for none).
fn sources(text: &str) -> Vec<String> {
    use super::super::testutil::facts;
    use super::super::{Detail, FactKind};
    facts(text, None)
        .into_iter()
        .filter(|f| f.kind == FactKind::Quote)
        .map(|f| match &f.detail {
            Detail::Quote {
                source: Some(s), ..
            } => s.clone(),
            _ => String::new(),
        })
        .collect()
}

#[test]
fn source_name_ends_before_whom_it_quotes_and_the_day() {
    let rows: &[(&str, &[&str])] = &[
        // عن ends the agency's name (after الرياض, snn_alriyadh_045).
        (
            "ونقلت وكالة الأنباء العمانية عن مصدر مسؤول في الخارجية قوله «تم نقل الرهينة إلى مسقط».",
            &["وكالة الأنباء العمانية"],
        ),
        // …so does a day (after عين اليوم, snn_3alyoum_050).
        (
            "ونقلت وكالة فارس اليوم السبت عن علي لاريجاني قوله «هذا نزاع مصطنع».",
            &["وكالة فارس"],
        ),
        // …and an occasion (after الرياض, snn_alriyadh_027).
        (
            "وقال الأمير في تصريح لوكالة الأنباء السعودية بمناسبة افتتاح المعرض إن الشباب هم الثروة.",
            &["وكالة الأنباء السعودية"],
        ),
        // A name of three words stays whole.
        (
            "وقال المتحدث لوكالة انترفاكس الروسية إن المحادثات مستمرة.",
            &["وكالة انترفاكس الروسية"],
        ),
    ];
    let mut bad = Vec::new();
    for (text, want) in rows {
        let got = sources(text);
        if got != want.iter().map(|s| s.to_string()).collect::<Vec<_>>() {
            bad.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The English speaker of each quote of `text` ("" for none).
fn english_speakers(text: &str) -> Vec<String> {
    use super::super::testutil::facts;
    use super::super::{Detail, FactKind};
    facts(text, None)
        .into_iter()
        .filter(|f| f.kind == FactKind::Quote)
        .map(|f| match &f.detail {
            Detail::Quote {
                speaker: Some((en, _)),
                ..
            } => en.clone(),
            _ => String::new(),
        })
        .collect()
}

#[test]
fn agencies_speak_by_their_english_names() {
    let rows: &[(&str, &[&str])] = &[
        // An agency named by its adjective alone speaks when nothing else does (after
        // الاقتصادية, snn_aleqtisadiya_047): dpa, not "German".
        (
            "وبحسب \"الألمانية\"، فإن اليونان تأمل اختتام المحادثات قريبا.",
            &["dpa"],
        ),
        // The agency's full name as the verb's subject (after الرياض, snn_alriyadh_054), and
        // the German agency (glossaries/orgs-news.csv) and the French one (orgs.csv).
        (
            "ذكرت وكالة أنباء الأناضول الحكومية التركية أمس أن نحو 390 مقاتلا قتلوا.",
            &["Anadolu Agency"],
        ),
        (
            "وقالت وكالة الأنباء الألمانية إن الرئيس سيزور المدينة غدا.",
            &["dpa"],
        ),
        (
            "وذكرت وكالة الصحافة الفرنسية أن المحادثات انتهت دون اتفاق.",
            &["Agence France-Presse"],
        ),
        // A person who speaks to an agency stays the speaker.
        (
            "وقال أحد الناجين لوكالة فرانس برس إن المنازل انهارت في لحظة.",
            &["one of the survivors"],
        ),
    ];
    let mut bad = Vec::new();
    for (text, want) in rows {
        let got = english_speakers(text);
        if got != want.iter().map(|s| s.to_string()).collect::<Vec<_>>() {
            bad.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
