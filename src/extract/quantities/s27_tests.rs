//! Session 27 (issue #18): families of the sentence-level sample s27n
//! (dev/gold/heldout-judged-s27n.tsv) and of the 600 dev articles, each seen in three
//! documents or more. Sentences are made up in the shape of the news ones; a quoted one
//! names its article.

use super::super::testutil::check;
use super::super::FactKind;

/// A qualifier before a fraction qualifies it, as before a figure: نحو ربع (aawsat_018),
/// نحو ثلثي (aawsat_020), حوالي نصف (alyaum_046), نحو نصف (alwatan_037, aleqtisadiya_023).
#[test]
fn qualified_fractions() {
    check(
        FactKind::Number,
        &[
            (
                "أي ما يمثل نحو ربع قوات الشرطة الوطنية.",
                &[("نحو ربع", "~0.25")],
            ),
            (
                "تسيطر القوات على نحو ثلثي مساحة الشريط الحدودي.",
                &[("نحو ثلثي", "~0.667")],
            ),
            ("يشكل حوالي نصف المبيعات.", &[("حوالي نصف", "~0.5")]),
            ("صوت أكثر من نصف الأعضاء.", &[("أكثر من نصف", ">0.5")]),
            ("حصل على أقل من ربع الأصوات.", &[("أقل من ربع", "<0.25")]),
            // No qualifier: the bare fraction.
            ("يعيش نصف السكان في المدن.", &[("نصف", "0.5")]),
        ],
        None,
    );
}

/// The durations of fractions and halves take the qualifier before them: نحو نصف ساعة
/// (aawsat_021), ما يقارب النصف ساعة (alweeam_002), أكثر من عامين ونصف (alwatan_001). And
/// ساعة ونصف is one fact, 1.5 hours, not also "1 hour" (aawsat_017, alyaum_050).
#[test]
fn qualified_halves_and_one_and_a_half() {
    check(
        FactKind::Duration,
        &[
            ("استغرق العرض نحو نصف ساعة.", &[("نحو نصف ساعة", "~PT30M")]),
            (
                "قضى أكثر من عامين ونصف في السجن.",
                &[("أكثر من عامين ونصف", ">P2.5Y")],
            ),
            ("وصل بعد نحو ساعة ونصف.", &[("نحو ساعة ونصف", "~PT1.5H")]),
            // snn_aawsat_017: «لا يجب أن تتجاوز مدة الوقت المحددة للحفلة (مدة ساعة ونصف)».
            (
                "حددت الشركة مدة ساعة ونصف للفريق.",
                &[("ساعة ونصف", "PT1.5H")],
            ),
            ("استمر الحصار سنة ونصف.", &[("سنة ونصف", "P1.5Y")]),
            ("استمر الاجتماع مدة ساعة.", &[("ساعة", "PT1H")]),
        ],
        None,
    );
}

/// A definite cardinal right before a unit, a time noun or a percent word is that figure:
/// العشرين سنتمترًا (aawsat_018), الخمسين كيلومترًا (aawsat_020), الأربعين بالمئة
/// (aljazirah_020), الثلاثين سنة (3alyoum_010), الثلاثة أشهر (aleqtisadiya_046, okaz_053).
#[test]
fn definite_cardinal_before_a_unit() {
    check(
        FactKind::Quantity,
        &[
            (
                "بصفائح فولاذية سماكتها العشرين سنتمترًا.",
                &[("العشرين سنتمترًا", "20")],
            ),
            (
                "في مساحات ضيقة لا تتخطى الخمسين كيلومترًا.",
                &[("لا تتخطى الخمسين كيلومترًا", "<=50")],
            ),
            // After a definite noun it agrees with that noun (the definite rule's count),
            // not a figure of the next word.
            ("أداء الصلوات الخمس جماعة.", &[("الصلوات الخمس", "5")]),
            // Before a counted noun: left alone.
            ("في الثلاث جهات من الرواق.", &[]),
        ],
        None,
    );
    check(
        FactKind::Percent,
        &[(
            "والذين يشكلون قرابة الأربعين بالمئة من السكان.",
            &[("قرابة الأربعين بالمئة", "~40%")],
        )],
        None,
    );
    check(
        FactKind::Duration,
        &[
            (
                "وكسب التعامل خلال الثلاثين سنة الماضية.",
                &[("الثلاثين سنة", "P30Y")],
            ),
            (
                "هذا القرار الثاني خلال الثلاثة أشهر الماضية.",
                &[("الثلاثة أشهر", "P3M")],
            ),
            // The age rule keeps its shape.
            ("رجل في الخمسين من عمره.", &[]),
        ],
        None,
    );
}
