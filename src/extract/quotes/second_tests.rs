//! Quotes: the second round of session 15's rules (families read off seed 30's misses), on
//! sentences written for the tests after dev news; each row names the form it checks.

use super::tests::check_speakers;

#[test]
fn bodies_named_in_quotation_marks() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A body's name after its noun is no quote (after الشرق الأوسط, snn_aawsat_035 and
        // snn_aawsat_051).
        (
            "ويعمل حاليا في مؤسسة «كلايتون كريستينسين إنستيتيوت» للأبحاث.",
            &[],
        ),
        (
            "أعلن المساعد الأمني لوزير الداخلية تشكيل «لجنة أمن الانتخاب» في وزارة الداخلية.",
            &[],
        ),
        // …but words after a definite noun stay words.
        (
            "وقالت المؤسسة: «لن نتوقف عن دعم البحث العلمي».",
            &[("«لن نتوقف عن دعم البحث العلمي»", "المؤسسة")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn second_quotations_and_participles() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // وأن «…» after a quote of the same sentence: the same speaker (after الشرق الأوسط,
        // snn_aawsat_018).
        (
            "وأضاف الرئيس الكيني أوهورو كيناتا أن «هناك تعاونًا وثيقًا جدًا» مع الولايات المتحدة، وأن «الحرب ضد الإرهاب ستكون في صلب» اجتماعه.",
            &[
                ("«هناك تعاونًا وثيقًا جدًا»", "أوهورو كيناتا"),
                ("«الحرب ضد الإرهاب ستكون في صلب»", "أوهورو كيناتا"),
            ],
        ),
        // A quotation after مشيدا and its object: the subject's praise (after الوئام,
        // snn_alweeam_035).
        (
            "وأكد الرئيس اليمني عبد ربه منصور هادي أهمية دور مصر مشيدا بالموقف «الحازم والمؤيد للشرعية الدستورية في اليمن».",
            &[(
                "«الحازم والمؤيد للشرعية الدستورية في اليمن»",
                "عبد ربه منصور هادي",
            )],
        ),
        // A plural participle after a subject of groups (after المدينة, snn_almadina_028).
        (
            "تنشط الفرق والمجموعات التطوعية الشبابية في منطقة الباحة، مؤكدين أن العمل التطوعي تطور كثيرا.",
            &[("العمل التطوعي تطور كثيرا", "الفرق")],
        ),
        // A source noun with a long description before أن (after الوطن, snn_alwatan_051).
        (
            "وأوضح مصدر مطلع مختص في مجال استقدام العمالة المنزلية الفلبينية تحديدا، في تصريح إلى \"الوطن\"، أن مكتب العمل يرفض تسجيل المكاتب الجديدة.",
            &[("مكتب العمل يرفض تسجيل المكاتب الجديدة", "مصدر")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn subjects_before_the_verb() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A body before a relative (after الرياض, snn_alriyadh_024).
        (
            "يضيع الكتاب بين دار النشر التي ترى أن تلك الكتب للمشاركة في معرض الكتاب.",
            &[("تلك الكتب للمشاركة في معرض الكتاب", "دار النشر")],
        ),
        // أحد + a plural with a name in quotation marks (after الشرق الأوسط, snn_aawsat_044).
        (
            "أحد سجناء «القاعدة» اعترف بأن بدر تلقى تدريبات في مخيمات سيناء.",
            &[("بدر تلقى تدريبات في مخيمات سيناء", "أحد سجناء «القاعدة»")],
        ),
        // What is not mentioned is no words (after الرياض, snn_alriyadh_054)…
        (
            "ولا تشير الوكالة إلى الغارات الثلاث التي استهدفت التنظيم.",
            &[],
        ),
        // …but a negation before أن still reports (لم يشر إلى أن is rare; أشار إلى أن stays).
        (
            "وأشارت الوكالة إلى أن الغارات استهدفت التنظيم.",
            &[("الغارات استهدفت التنظيم", "الوكالة")],
        ),
    ];
    check_speakers(rows);
}

/// ويرجع ذلك إلى: "this is due to", no one's words, no quote (after الاقتصادية,
/// snn_aleqtisadiya_036); أرجع فلان ذلك إلى stays a quote of its subject.
#[test]
fn due_to_is_no_speech() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        (
            "وعانى الذهب تراجعا عاما في الاهتمام، ويرجع ذلك جزئياً إلى تباطؤ النمو العالمي.",
            &[],
        ),
        (
            "وأرجع الوزير ذلك إلى تباطؤ النمو العالمي.",
            &[("تباطؤ النمو العالمي", "الوزير")],
        ),
    ];
    super::tests::check_speakers(rows);
}
