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
