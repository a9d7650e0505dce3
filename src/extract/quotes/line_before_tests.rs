//! Quotes: a quotation on a line of its own whose speaker is on the line before
//! (`line_before`, session 27). Each row is a short text after dev news or the Wikinews
//! documents of TICO-19 (CC0), named in its comment.

use super::tests::check_speakers;

#[test]
fn quotation_after_its_speakers_line() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A speech verb, its subject and a colon end the line before (after عكاظ,
        // snn_okaz_027).
        (
            "تأمل:\nيقول الدكتور باسكال بونيفاس:\n«لأن لعبة كرة القدم تحظى بشعبية كبيرة يعمد بعض المسؤولين لاستغلالها».",
            &[(
                "«لأن لعبة كرة القدم تحظى بشعبية كبيرة يعمد بعض المسؤولين لاستغلالها»",
                "باسكال بونيفاس",
            )],
        ),
        // كتب: with no subject, after a sentence that names the writer (after الشرق الأوسط,
        // snn_aawsat_005).
        (
            "وصلتني رسالة من الناقد محمد العلي الذي يعيش في ألمانيا. كتب:\n«ثلاث سنوات انقطعت فيها عن متابعة أي دراما عربية».",
            &[("«ثلاث سنوات انقطعت فيها عن متابعة أي دراما عربية»", "محمد العلي")],
        ),
        // The line before ends with a quote of a known speaker: the next paragraph goes on
        // (after TICO-19 Wikinews, "said Tedros …" then a second quoted paragraph).
        (
            "قال المدير العام لمنظمة الصحة العالمية، تيدروس أدهانوم غيبريسوس: \"إذا اكتشفت البلدان الحالات وعزلتها\".\n\"جميعنا قلقون للغاية بسبب مستويات الانتشار\".",
            &[
                ("\"إذا اكتشفت البلدان الحالات وعزلتها\"", "تيدروس أدهانوم غيبريسوس"),
                ("\"جميعنا قلقون للغاية بسبب مستويات الانتشار\"", "تيدروس أدهانوم غيبريسوس"),
            ],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn quotation_on_its_own_line_left_alone() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // Not a line of its own: the quotation runs on in its sentence.
        (
            "قال الوزير إن الوضع صعب. «الأمن أولا» عنوان الحملة الجديدة التي أطلقتها الوزارة.",
            &[("الوضع صعب", "الوزير")],
        ),
        // The line before has a colon but no speech verb (a list's heading).
        (
            "المسألة الحقيقية هي ما يلي:\n«كيف يمكن لشخص في السجن إبرام صفقة بأكثر من مليار دولار؟»",
            &[(
                "«كيف يمكن لشخص في السجن إبرام صفقة بأكثر من مليار دولار؟»",
                "",
            )],
        ),
        // The line before ends with narrative, not a quote: no one to carry.
        (
            "وصل الوفد إلى الرياض مساء أمس.\n«سنعمل معا من أجل مستقبل أفضل للمنطقة كلها».",
            &[("«سنعمل معا من أجل مستقبل أفضل للمنطقة كلها»", "")],
        ),
    ];
    check_speakers(rows);
}
