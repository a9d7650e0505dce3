//! Quotes: subjects written after the verb that are headed by a paper, a site, a document,
//! figures or a group (`words::SUBJECT_NOUNS`), a name before an office without the article,
//! and an office before its holder (session 16's rules, on sentences written for the tests
//! after dev news; each row names the form it checks).

use super::tests::check_speakers;

#[test]
fn papers_documents_and_groups_as_subjects() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // Records, a site with its name in quotation marks, a magazine (after عكاظ,
        // snn_okaz_018; اليوم, snn_alyaum_043; الشرق الأوسط, snn_aawsat_001).
        (
            "وذكرت سجلات إدارة الإصلاحيات أن السجين أكمل مدة عقوبته.",
            &[("السجين أكمل مدة عقوبته", "سجلات إدارة الإصلاحيات")],
        ),
        (
            "وأفاد موقع \"السورية نت\" أن طائرة حربية استهدفت البلدة.",
            &[("طائرة حربية استهدفت البلدة", "موقع \"السورية نت\"")],
        ),
        (
            "وذكرت مجلة «ماينيتشي» أن الشركة قد تضطر إلى تسجيل أعباء إضافية.",
            &[("الشركة قد تضطر إلى تسجيل أعباء إضافية", "مجلة «ماينيتشي»")],
        ),
        // Some of the media, the result of a poll (after الشرق الأوسط, snn_aawsat_014; عكاظ,
        // snn_okaz_017).
        (
            "وأشارت بعض وسائل الإعلام المحلية إلى أن المباراة كانت مرتبة.",
            &[("المباراة كانت مرتبة", "بعض وسائل الإعلام")],
        ),
        (
            "تقول نتيجة استطلاع حديث إن معظم أفراد العينة يرون ذلك.",
            &[("معظم أفراد العينة يرون ذلك", "نتيجة استطلاع حديث")],
        ),
        // A site after ل is an addressee, not the subject: the one written before the verb
        // stays, the office before its body (session 22; after الشرق الأوسط, snn_aawsat_051).
        (
            "رئيس مجلس تشخيص مصلحة النظام قال لموقع «المونيتور»: «الانتخابات ستكون نزيهة»",
            &[("«الانتخابات ستكون نزيهة»", "رئيس مجلس تشخيص مصلحة النظام")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn names_and_offices_after_the_verb() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A name, then an office without the article (after الاقتصادية, snn_aleqtisadiya_008).
        (
            "أكد بدرو كالوخا رئيس الاتحاد البنمي لكرة القدم أن المباراة ستقام في موعدها.",
            &[("المباراة ستقام في موعدها", "بدرو كالوخا")],
        ),
        // An office and its holder: the words before the holder's title are more of the
        // office, not a name (after عكاظ, snn_okaz_042).
        (
            "أكد خطيب المسجد النبوي الشيخ عبدالمحسن القاسم أن التفجيرات لن تزعزع أمننا.",
            &[("التفجيرات لن تزعزع أمننا", "عبدالمحسن القاسم")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn subjects_before_the_verb_and_names_read_as_words() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A particle before the sentence's first verb: its subject is still carried to
        // قائلة (after الاقتصادية, snn_aleqtisadiya_010).
        (
            "وقالت الشرطة إنها ضبطت الأجهزة. كما رفضت أبل التعليق قائلة إن التحقيق لا يزال مستمرا.",
            &[
                ("ضبطت الأجهزة", "الشرطة"),
                ("التحقيق لا يزال مستمرا", "أبل"),
            ],
        ),
        // The body that opens the clause, a relative clause and a far verb without و (after
        // سبق, snn_sabq_021).
        (
            "وزارة التعليم التي بدت أكثر هدوءاً في مواجهة العاصفة أكّدت في خطاب الإلغاء، أن التجربة انتهت.",
            &[("التجربة انتهت", "وزارة التعليم")],
        ),
        // بأن folds as بان: Ban Ki-moon is a name, not the words' opening (issue #17).
        (
            "وقال بان كي مون إن الوضع في سوريا خطير.",
            &[("الوضع في سوريا خطير", "بان كي مون")],
        ),
        (
            "وأكد الوزير بأن الحل سياسي.",
            &[("الحل سياسي", "الوزير")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn feminine_offices() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // الخبيرة written with ة is an office (folded, ـه is also "his"): a titled subject,
        // so the words open at the colon after its long description, not at the title
        // (after الشرق الأوسط, snn_aawsat_004).
        (
            "ويقول ناثان كورتيز الخبيرة في قانون التكنولوجيا الطبية والتنظيم بكلية الحقوق، جامعة «ساوثرن ميثوديست» بمدينة دالاس: «لا يمكن لتلك التطبيقات أن تكون دقيقة»",
            &[(
                "«لا يمكن لتلك التطبيقات أن تكون دقيقة»",
                "ناثان كورتيز",
            )],
        ),
    ];
    check_speakers(rows);
}
