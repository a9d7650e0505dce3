//! Quotes: a sentence that opens with "according to" and gives the words after فإن
//! (`according`, session 26). Each row is a short sentence after dev news or the Wikinews
//! documents of FLORES-200 (CC BY-SA 4.0), named in its comment.

use super::tests::check_speakers;

#[test]
fn according_to_then_fa_inna() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // بحسب + a body (after FLORES-200 devtest, Wikinews "authorities in Ohio say").
        (
            "بحسب السلطات في أوهايو فإن طبيبة قد عملت في مستشفى الأطفال ستتهم بجريمة القتل.",
            &[("طبيبة قد عملت في مستشفى الأطفال ستتهم بجريمة القتل", "السلطات")],
        ),
        // بحسب ما ذكرته + the verb's subject, فإنه after a comma (after FLORES-200 devtest).
        (
            "وبحسب ما ذكرته الشرطة، فإنه ليس من المرجح أن يواجه السائق أي تهم جنائية.",
            &[("ليس من المرجح أن يواجه السائق أي تهم جنائية", "الشرطة")],
        ),
        // وفقا لما ذكره + a person with an office after the name (after FLORES-200 devtest).
        (
            "ووفقا لما ذكره ميك أوفلين، القائم بأعمال مدير المنظمة، فإن الصيادين تلقوا تدريبا شاملا.",
            &[("الصيادين تلقوا تدريبا شاملا", "ميك أوفلين")],
        ),
        // وفقا + ل glued to an indefinite noun (after اليوم, snn_3alyoum_037).
        (
            "ووفقا لتقارير اقتصادية فإن نشاط التجزئة يضم قرابة مليون عامل وافد.",
            &[("نشاط التجزئة يضم قرابة مليون عامل وافد", "تقارير اقتصادية")],
        ),
        // لل + the family name of a person named before (after الوطن, snn_alwatan_020).
        (
            "وتحدثت الدكتورة نوف عبدالعزيز الغامدي عن الشركات العائلية. ووفقا للغامدي لا بد من التأكيد أنه من دون هيكل قانوني مرن، فإن السعي وراء الاستمرارية سيكون صعبا.",
            &[("السعي وراء الاستمرارية سيكون صعبا", "نوف عبدالعزيز الغامدي")],
        ),
        // لل + a definite noun: the noun with its article (after FLORES-200 devtest).
        (
            "وفقا للدعوى القضائية، فإن نفايات المعسكر لم تعقم كما ينبغي.",
            &[("نفايات المعسكر لم تعقم كما ينبغي", "الدعوى القضائية")],
        ),
        // An agency: the speaker only because nothing else is (after الاقتصادية,
        // snn_aleqtisadiya_003).
        (
            "وبحسب \"رويترز\"، فإن الزيادة العراقية مؤشر على استمرار الإنتاج المرتفع.",
            &[("الزيادة العراقية مؤشر على استمرار الإنتاج المرتفع", "رويترز")],
        ),
    ];
    check_speakers(rows);
}

/// "According to X, …" without فإن, as a translated wire text writes it: the words after the
/// comma that ends the party (session 27).
#[test]
fn according_to_then_comma() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // ل glued to a definite body (after FLORES-200 devtest, "according to Japan's
        // nuclear agency"; the noun phrase stops before the nationality, as it does after
        // فإن).
        (
            "ووفقا للوكالة النووية اليابانية، تم رصد سيزيوم مشع وأيودين في المحطة.",
            &[("تم رصد سيزيوم مشع وأيودين في المحطة", "الوكالة النووية")],
        ),
        // A network (after TICO-19 Wikinews, "according to NBC News").
        (
            "وفقا لشبكة إن بي سي نيوز، تمنح هذه الخطوة الحكومة الفيدرالية تمويلا إضافيا.",
            &[(
                "تمنح هذه الخطوة الحكومة الفيدرالية تمويلا إضافيا",
                "شبكة إن بي سي",
            )],
        ),
        // بحسب ما ذكرته + a title with its dot and a name (after TICO-19 Wikinews).
        (
            "بحسب ما ذكرته د. ميرجادي، كانت هناك حالتان عمرهما فوق 60 عاما.",
            &[("كانت هناك حالتان عمرهما فوق 60 عاما", "ميرجادي")],
        ),
        // A quotation right after the party: the whole quotation, its comma no party's end
        // (after الشرق الأوسط, snn_aawsat_034).
        (
            "وبحسب مصادر سورية معارضة في الجنوب «فشل القنطار في تجنيد الشباب الدروز، لكنه استمال 120 شخصا».",
            &[(
                "«فشل القنطار في تجنيد الشباب الدروز، لكنه استمال 120 شخصا»",
                "مصادر",
            )],
        ),
        // أن after the party opens the words (after اليوم, snn_alyaum_032).
        (
            "ووفقا لسكان الحي أنهم يعانون منذ أكثر من شهرين من إغلاق المداخل.",
            &[("يعانون منذ أكثر من شهرين من إغلاق المداخل", "سكان الحي")],
        ),
    ];
    check_speakers(rows);
}

/// A medium cited without فإن is not carried to a later verb with no subject: the
/// declaration's words stay the president's (after TICO-19 Wikinews, "according to NBC
/// News" between Trump's declaration and its text).
#[test]
fn cited_medium_not_carried() {
    let rows: &[(&str, &[(&str, &str)])] = &[(
        "أعلن الرئيس الأمريكي دونالد ترامب يوم الجمعة حالة طوارئ وطنية.\nوفقا لشبكة إن بي سي نيوز، تمنح هذه الخطوة الحكومة الفيدرالية تمويلا إضافيا.\nوقال إن \"تفشي المرض في الولايات المتحدة يشكل حالة طوارئ وطنية\".",
        &[
            (
                "تمنح هذه الخطوة الحكومة الفيدرالية تمويلا إضافيا",
                "شبكة إن بي سي",
            ),
            (
                "\"تفشي المرض في الولايات المتحدة يشكل حالة طوارئ وطنية\"",
                "دونالد ترامب",
            ),
        ],
    )];
    check_speakers(rows);
}

#[test]
fn according_to_left_alone() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // No فإن: a source of a fact, no reported clause.
        ("وبحسب الإحصاءات ارتفع عدد الزوار إلى مليون زائر.", &[]),
        // A measure, not a party or a text (after اليوم, snn_3alyoum_039).
        (
            "وطبقا لمؤشر حساب درجة الحرارة مع الرطوبة، فإن أعلى مؤشر حرارة سجل في الظهران.",
            &[],
        ),
        // Without فإن, a plain noun that neither speaks nor states (after عكاظ,
        // snn_okaz_046: a presentation).
        (
            "وبحسب العرض، يقع المشروع على بعد 20 كيلومترا من العاصمة المقدسة.",
            &[],
        ),
        // حسب = "depending on": no party before the comma.
        ("وحسب الحاجة، يمكن للطلاب التسجيل في أي وقت من العام.", &[]),
        // The comma ends a list of parties, not the party: no clause after it.
        ("وبحسب الشرطة، والدفاع المدني في المدينة.", &[]),
        // No subject written after ما: no one to give the words to.
        ("وحسب ما نشر من أخبار، فإن الصفقة ستتم قريبا.", &[]),
        // Not at the head of the sentence: the marker in a clause after the verb's words is
        // the verb's (وأوضح فلان أنه وفقا لتقرير …، فإن: one quote, the speaker's).
        (
            "وأوضح الأمين العام إحسان طيب أنه وفقا لتقرير المفوضية، فإن آلاف المهاجرين عبروا البحر.",
            &[(
                "وفقا لتقرير المفوضية، فإن آلاف المهاجرين عبروا البحر",
                "إحسان طيب",
            )],
        ),
    ];
    check_speakers(rows);
}
