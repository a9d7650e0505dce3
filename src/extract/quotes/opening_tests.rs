//! Quotes: session 20's rules on sentences of dev news (each row names its paper and
//! article): a speaker named in the sentence after the quotation, a name set off by an aside
//! before its verb, a sentence's first verb after a particle and a long office, and an office
//! that speaks for its body.

use super::tests::check_speakers;

#[test]
fn speaker_named_in_the_next_sentence() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // «…».. ends the sentence; هكذا + verb + subject opens the next (after المدينة,
        // snn_almadina_045).
        (
            "«عندما تنفصل المشاعر والأحاسيس بين الزوجين، فيعيشا تحت سقف واحد».. هكذا تعرف الأخصائية الاجتماعية سهيلة العبدالعال، الإهمال العاطفي.",
            &[(
                "«عندما تنفصل المشاعر والأحاسيس بين الزوجين، فيعيشا تحت سقف واحد»",
                "سهيلة العبدالعال",
            )],
        ),
        // بتلك + a noun (النصائح) + verb + subject (ibid.).
        (
            "ويقدمون لهما النصح أحيانًا. «إن أجمل ما في الوجود زوج مهتم محب، وزوجة محبة عطوفة تحتوي زوجها».. بتلك النصائح تختتم السيدة وفاء حديثها لـ«المدينة».",
            &[(
                "«إن أجمل ما في الوجود زوج مهتم محب، وزوجة محبة عطوفة تحتوي زوجها»",
                "السيدة",
            )],
        ),
        // Not a quotation with words after it in its own sentence: هكذا names no speaker of it.
        (
            "«أراك أتيت بلا حراسة، يا صديقي القديم» ثم غادر المكان.. هكذا يعيش البطل وحيدا.",
            &[("«أراك أتيت بلا حراسة، يا صديقي القديم»", "")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn opening_name_set_off_before_its_verb() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A name, أحد + the group, a verb without و (after اليوم, snn_alyaum_032).
        (
            "أحمد المقبل احد سكان الحي قال إنه منذ أكثر من شهرين ووضع الشوارع كما هو.",
            &[("منذ أكثر من شهرين ووضع الشوارع كما هو", "أحمد المقبل")],
        ),
        // A name, an office between commas, the verb (after الاقتصادية, snn_aleqtisadiya_023).
        (
            "جريجور ماكلنتوش، رئيس الدخل الثابت في شركة لومبارد أودييه لإدارة الاستثمارات، يشير إلى أن التأثير الناتج عن البرنامج هو إزالة العوائد.",
            &[(
                "التأثير الناتج عن البرنامج هو إزالة العوائد",
                "جريجور ماكلنتوش",
            )],
        ),
        // An aside that is no office sets off no speaker.
        (
            "المشروع، رغم كل الصعوبات، يشير إلى أن العمل مستمر.",
            &[("العمل مستمر", "")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn first_verb_after_a_particle_and_a_long_office() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // وتابع قائلاً goes on about the subject of the sentence before, after فيما and an
        // office of six words, not the speaker of an older quote (after الجزيرة,
        // snn_aljazirah_045).
        (
            "وقال الدكتور سهل بن نشأت عبد الجواد: «إن برنامج تعليم وعمل طال انتظاره».\nفيما اعتبر وكيل جامعة طيبة للتطوير والجودة الدكتور محروس بن أحمد غبان، الاتفاقية المبرمة إطار عمل.\nوتابع قائلاً: «بالتأكيد تعتبر مثل هذه الاتفاقيات مهمة».",
            &[
                ("«إن برنامج تعليم وعمل طال انتظاره»", "سهل بن نشأت عبد الجواد"),
                (
                    "«بالتأكيد تعتبر مثل هذه الاتفاقيات مهمة»",
                    "محروس بن أحمد غبان",
                ),
            ],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn office_speaks_for_its_body() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A spokeswoman of a ministry, no name: she speaks, not the ministry (after اليوم,
        // snn_alyaum_035).
        (
            "وأكّدت متحدثة باسم وزارة الخارجية الروسية أنه تمت مناقشة المسألة.",
            &[("تمت مناقشة المسألة", "متحدثة باسم وزارة الخارجية الروسية")],
        ),
        // The head of a federation (the form of رئيس الاتحاد السعودي لكرة القدم … وقال).
        (
            "وقال رئيس الاتحاد السعودي لكرة القدم إن المنتخب جاهز للمباراة.",
            &[("المنتخب جاهز للمباراة", "رئيس الاتحاد السعودي لكرة القدم")],
        ),
        // A person named in the office still speaks.
        (
            "وقال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل السياسي.",
            &[("المملكة تدعم الحل السياسي", "عادل الجبير")],
        ),
    ];
    check_speakers(rows);
}
