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
