//! Session 19 (issue #18): the families a fresh news sample showed (seed 1820, judged in
//! dev/gold/heldout-judged-s19n.tsv), each with sentences written for the test: a rate after
//! a sum or a count (يوميا، للبرميل), a scale written once over a list (15 و25 و50 ألف
//! دولار), ranges with a detached article (ما بين الـ1500 والـ8000) and of shares (بين 20-
//! 28%), counted nouns with ال of their own (ألقاب) or a pronoun after من (من بناته), and
//! numbers that name (للفرقة 30، أصحاب الملايين، a quoted title).

use super::super::testutil::{check, check_english};
use super::super::FactKind::{Duration, Money, Number, Percent, Quantity};

#[test]
fn rates_after_a_sum_or_a_count() {
    check(
        Money,
        &[
            (
                "ارتفع سعر الخام إلى 72 دولارا للبرميل.",
                &[("72 دولارا للبرميل", "72 USD/barrel")],
            ),
            (
                "هبط الخام تحت 50 دولارا للبرميل.",
                &[("تحت 50 دولارا للبرميل", "<50 USD/barrel")],
            ),
            (
                "يتقاضى العامل 100 ريال يوميا.",
                &[("100 ريال يوميا", "100 riyal/day")],
            ),
        ],
        None,
    );
    check_english(
        Money,
        &[
            ("بلغ سعر الذهب 1250 دولارا للأونصة.", "$1,250 an ounce"),
            ("هبط الخام تحت 50 دولارا للبرميل.", "under $50 a barrel"),
            (
                "وافقت الحكومة على منجم بتكلفة مليار دولار أسترالي.",
                "1 billion Australian dollars",
            ),
        ],
        None,
    );
    check(
        Quantity,
        &[
            (
                "ينتج الحقل 500 ألف برميل يوميا.",
                &[("500 ألف برميل يوميا", "500000/day")],
            ),
            (
                "زادت الصادرات متجاوزة 2.5 مليون برميل يوميا.",
                &[("متجاوزة 2.5 مليون برميل يوميا", ">2500000/day")],
            ),
            // A time after a unit that is no rate: last year.
            (
                "صدرت الشركة 300 ألف طن في العام الماضي.",
                &[("300 ألف طن", "300000")],
            ),
        ],
        None,
    );
    check_english(
        Quantity,
        &[("يعبر الجسر 4000 شخص يوميا.", "4,000 people a day")],
        None,
    );
}

#[test]
fn a_scale_written_once_over_a_list() {
    check(
        Money,
        &[
            (
                "تتراوح الأسعار بين 20 و30 و40 ألف ريال.",
                &[
                    ("20", "20000 riyal"),
                    ("30", "30000 riyal"),
                    ("40 ألف ريال", "40000 riyal"),
                ],
            ),
            (
                "تبرع بأكثر من 200 و300 ألف دولار.",
                &[
                    ("أكثر من 200", ">200000 USD"),
                    ("300 ألف دولار", "300000 USD"),
                ],
            ),
            (
                "بلغت التكلفة بين 12 و15 ألف دولار.",
                &[("بين 12 و15 ألف دولار", "12000-15000 USD")],
            ),
        ],
        None,
    );
    // No number fact is left over the list.
    check(
        Number,
        &[
            ("تتراوح الأسعار بين 20 و30 و40 ألف ريال.", &[]),
            ("بلغت التكلفة بين 12 و15 ألف دولار.", &[]),
        ],
        None,
    );
}

#[test]
fn ranges_with_the_article_and_of_shares() {
    check(
        Money,
        &[(
            "تتراوح الأجرة ما بين الـ200 والـ500 ريال.",
            &[("ما بين الـ200 والـ500 ريال", "200-500 riyal")],
        )],
        None,
    );
    check(
        Percent,
        &[
            (
                "تشكل الأقلية بين 10- 15% من السكان.",
                &[("بين 10- 15%", "10-15%")],
            ),
            (
                "تمثل ما بين 30 و40% من الصادرات.",
                &[("ما بين 30 و40%", "30-40%")],
            ),
            // From one share to another after a word of change: two facts.
            (
                "ارتفعت النسبة من 15 إلى 20%.",
                &[("15", "15%"), ("20%", "20%")],
            ),
        ],
        None,
    );
}

#[test]
fn counted_nouns_with_their_own_article_or_a_pronoun() {
    check_english(
        Quantity,
        &[
            ("أحرز الفريق 5 ألقاب محلية.", "5 titles"),
            ("حضر العرس أربع من بناته.", "4 daughters"),
            ("فقد الجيش العشرات من جنوده.", "tens of its soldiers"),
            (
                "تحرم الحكومة مئات الآلاف من مواطنيها.",
                "hundreds of thousands of citizens",
            ),
            ("يدرس في المدرسة 800 تلميذ.", "800 pupils"),
            ("أقرت الهيئة 12 لائحة جديدة.", "12 regulations"),
            ("شاركت 20 جرافة في الهدم.", "20 bulldozers"),
            ("يتابعه أكثر من 5000 معجب.", "more than 5,000 fans"),
            ("خصصت البلدية 50 قطع أراض للمدارس.", "50 plots of land"),
            ("يعيش فيها ملايين السكان.", "millions of inhabitants"),
            ("تتوفر السيارة بثلاثة ألوان.", "3 colors"),
        ],
        None,
    );
    // خمس سكان: a fifth of the population; a definite plural after a figure is no count.
    check(
        Quantity,
        &[
            ("يشكل خمس سكان البلاد أقلية.", &[]),
            ("عاد 3 الأطفال إلى المدرسة.", &[]),
        ],
        None,
    );
}

#[test]
fn numbers_that_name() {
    check(
        Number,
        &[
            ("هاجم المسلحون مقرا للفرقة 17 في الشمال.", &[]),
            ("ينتقد الكاتب أصحاب الملايين.", &[]),
            ("عرض المهرجان فيلم \"ثلاثة في واحد\" للمخرج سالم.", &[]),
            // A quoted figure that is no title stays a number.
            ("قال الوزير إن العدد بلغ \"12\" فقط.", &[("12", "12")]),
        ],
        None,
    );
    check(
        Duration,
        &[("بث التلفزيون برنامج «خمسة أيام» مساء أمس.", &[])],
        None,
    );
}
