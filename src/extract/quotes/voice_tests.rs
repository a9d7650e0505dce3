//! Quotes: session 24's subjects: two parties in the dual, a paper's own voice, the paper
//! given the words before its subject, and a plural verb that goes on about the people of the
//! sentence before (sentences written for the tests after dev news; each row names the form
//! it checks and the article it follows).

use super::tests::check_speakers;

#[test]
fn dual_subjects() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // An office in the construct dual and the word it governs (after "وقال حاكما
        // الولايتين خلال الاجتماع الشهري … إن", al-Watan, snn_alwatan_016).
        (
            "وقال حاكما الولايتين خلال الاجتماع إن الجماعة ما زالت تحتل مناطق واسعة.",
            &[("الجماعة ما زالت تحتل مناطق واسعة", "حاكما الولايتين")],
        ),
        // A body in ة: its dual in ـتا (after "وقالت هيئتا تحرير صحيفتي «الأولى» و«الشارع»
        // في بيان", Asharq al-Awsat, snn_aawsat_049).
        (
            "وقالت هيئتا تحرير الصحيفتين في بيان إن الصحيفتين توقفتا عن الصدور.",
            &[("الصحيفتين توقفتا عن الصدور", "هيئتا تحرير")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn a_papers_own_voice() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A name, with quotation marks or without, opening its line before تقول and a colon
        // after one addressee (Sabq's column, snn_sabq_001, snn_sabq_016).
        (
            "سبق تقول للمسؤول: إن سوق الاستقدام يحتاج إلى تنظيم.",
            &[("إن سوق الاستقدام يحتاج إلى تنظيم", "سبق")],
        ),
        (
            "إلى متى؟\n\"سبق\" تقول للمسؤول: إن الأسعار ما زالت عالية.",
            &[("إن الأسعار ما زالت عالية", "سبق")],
        ),
        // No colon: a name before a bare verb is often no subject (كما يقول).
        ("كما يقول إن الأسعار ما زالت عالية.", &[("الأسعار ما زالت عالية", "")]),
        // The column speaks to an official: "you said" after it is never the paper's (after
        // "عندما قلت: «…»", snn_sabq_018).
        (
            "سبق تقول للمسؤول: إن القطاع يحتاج إلى إصلاح.\nونذكرك بتصريح أكدت فيه، وقلت: «بابي مفتوح لجميع المزارعين».",
            &[
                ("إن القطاع يحتاج إلى إصلاح", "سبق"),
                ("«بابي مفتوح لجميع المزارعين»", ""),
            ],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn the_paper_then_the_subject() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // لـ"paper" right after the verb, then the speaker (after "وقال لـ"الاقتصادية"
        // عبدالعزيز المهوس المدير التنفيذي لمهرجانات بريدة:", snn_aleqtisadiya_004).
        (
            "وقال لـ\"الاقتصادية\" عبدالعزيز المهوس المدير التنفيذي للمهرجان: حرصنا على تنويع الفعاليات.",
            &[("حرصنا على تنويع الفعاليات", "عبدالعزيز المهوس")],
        ),
        (
            "أكدت لـ\"الاقتصادية\" مصادر ملاحية أنه لا تغيير في الرسوم.",
            &[("لا تغيير في الرسوم", "مصادر")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn plural_verbs_after_the_sentence_before() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // The subject of the sentence before (after "أبرق أمس عدد من علماء وأعيان محافظة
        // الأحساء … وأشاروا في البرقية … إلى", al-Watan, snn_alwatan_053).
        (
            "أبرق عدد من علماء وأعيان المحافظة إلى أمير المنطقة استنكارا للهجوم.\nوأشاروا في البرقية إلى أن الهجوم جريمة نكراء.",
            &[("الهجوم جريمة نكراء", "عدد من علماء وأعيان المحافظة")],
        ),
        // A sentence that opens with a plural verb of its own (توقعوا, no speech verb here)
        // goes on about the same people (after أجمع إعلاميون … وتوقعوا … وأكدوا,
        // snn_sabq_005).
        (
            "أجمع إعلاميون سعوديون على أهمية الفوز.\nوتوقعوا أن يؤدي الفوز إلى مشاركة أوسع.\nوأكدوا أن المرأة قادمة بقوة.",
            &[("المرأة قادمة بقوة", "إعلاميون سعوديون")],
        ),
        // An object after a noun is no subject.
        (
            "استقبل الأمير المواطنين في مجلسه.\nوأكدوا أن اللقاء كان مثمرا.",
            &[("اللقاء كان مثمرا", "")],
        ),
    ];
    check_speakers(rows);
}
