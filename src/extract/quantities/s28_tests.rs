//! Session 28 (issue #18): families of the sentence-level sample s28n
//! (dev/gold/heldout-judged-s28n.tsv) and of the 600 dev articles, each seen in three
//! documents or more. Sentences are made up in the shape of the news ones; a quoted one
//! names its article.

use super::super::testutil::check;
use super::super::FactKind;

/// A verb of exceeding with its subject between it and the figure is a bound on the figure:
/// تجاوزت مديونياتها (aleqtisadiya_022, alweeam_024), تجاوز عددهم (alyaum_006), لا يتجاوز
/// طوله (sabq_016), تتجاوز سماكتها (aawsat_018); a subject of up to three words that opens
/// with a noun of an amount before عن (alweeam_049: يزيد مجموع قيمتها التعاقدية عن); and
/// the past of تعدى (3alyoum_031: لفترة تعدت الخمسة أشهر).
#[test]
fn exceeding_with_a_subject_between() {
    check(
        FactKind::Money,
        &[
            (
                "يمنع النادي من التسجيل في حال تجاوزت مديونياتها 50 مليون ريال.",
                &[("تجاوزت مديونياتها 50 مليون ريال", ">50000000 riyal")],
            ),
            (
                "إذا لم تتجاوز ديونه 40 مليون ريال.",
                &[("لم تتجاوز ديونه 40 مليون ريال", "<=40000000 riyal")],
            ),
            // snn_alweeam_049: «يزيد مجموع قيمتها التعاقدية عن (50 ) ألف ريال».
            (
                "كل مشروع يزيد مجموع قيمتها التعاقدية عن (50) ألف ريال.",
                &[(
                    "يزيد مجموع قيمتها التعاقدية عن (50) ألف ريال",
                    ">50000 riyal",
                )],
            ),
            (
                "عقارات تزيد إجمالي أجرتها السنوية عن 300 ألف ريال.",
                &[(
                    "تزيد إجمالي أجرتها السنوية عن 300 ألف ريال",
                    ">300000 riyal",
                )],
            ),
            // A subject of three words that does not open with an amount noun: the figure
            // alone, as before.
            (
                "عقارات تزيد فيها الأجرة السنوية عن 300 ألف ريال.",
                &[("300 ألف ريال", "300000 riyal")],
            ),
        ],
        None,
    );
    check(
        FactKind::Quantity,
        &[
            (
                "حضر الزوار الذين تجاوز عددهم 500 مشاهد.",
                &[("تجاوز عددهم 500 مشاهد", ">500")],
            ),
            (
                "خط سكة حديد لا يتجاوز طوله 400 كيلومتر.",
                &[("لا يتجاوز طوله 400 كيلومتر", "<=400")],
            ),
            (
                "بصفائح فولاذية تتجاوز سماكتها العشرين سنتمترًا.",
                &[("تتجاوز سماكتها العشرين سنتمترًا", ">20")],
            ),
            // The subject is no noun of an amount: تجاوز takes the figure as its object,
            // but the count passed is no bound (the team passed three rivals).
            ("تجاوز المنتخب 3 فرق في التصفيات.", &[("3 فرق", "3")]),
            // زاد with no preposition is "rose by", not a bound.
            ("زاد عددهم 500 طالب هذا العام.", &[("500 طالب", "500")]),
        ],
        None,
    );
    check(
        FactKind::Duration,
        &[
            (
                "تولت إدارته لفترة تعدت الخمسة أشهر.",
                &[("تعدت الخمسة أشهر", ">P5M")],
            ),
            ("استمر العمل مدة فاقت 3 سنوات.", &[("فاقت 3 سنوات", ">P3Y")]),
        ],
        None,
    );
}
