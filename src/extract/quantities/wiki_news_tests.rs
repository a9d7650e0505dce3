//! Session 21 (issue #18): the families two fresh samples showed (news seed 2111, judged in
//! dev/gold/heldout-judged-s21n.tsv, and 14 AQMAR Wikipedia articles, heldout-judged-s21nw.tsv),
//! each with sentences written for the test: bounds before a bracketed figure (ما يزيد على
//! (100) كلم) and the new ones (ما يربو على، قريبا من، a fine that تصل إلى), a rate with في
//! and the article (في البرميل) or per second, US cents, في % for في المئة, trillions of a
//! currency, counted nouns with no English before (managers, domes, medals by their metal),
//! and the units of light and heat (نانومتر، كلفن، spaced م 2).

use super::super::testutil::{check, check_english};
use super::super::FactKind::{Money, Number, Percent, Quantity};

#[test]
fn bounds_before_brackets_and_new_bounds() {
    check(
        Quantity,
        &[
            (
                "يمتد الطريق مسافة ما يزيد على (250) كلم بين المدينتين.",
                &[("ما يزيد على (250) كلم", ">250")],
            ),
            (
                "تضم الشركة أكثر من (40) فرعا في المملكة.",
                &[("أكثر من (40) فرعا", ">40")],
            ),
        ],
        None,
    );
    check(
        Money,
        &[
            (
                "أنفقت الوزارة على المشروع ما يربو على ثلاثة مليارات ريال.",
                &[("ما يربو على ثلاثة مليارات ريال", ">3000000000 riyal")],
            ),
            (
                "صعد سعر الخام قريبا من 70 دولارا قبل أن يتراجع.",
                &[("قريبا من 70 دولارا", "~70 USD")],
            ),
            (
                "ويعاقب المخالف بغرامة مالية تصل إلى 50 ألف ريال.",
                &[("تصل إلى 50 ألف ريال", "<=50000 riyal")],
            ),
            // Without a fine or a span before it, تصل إلى is "reaching": an exact sum.
            (
                "ارتفعت الإيرادات لتصل إلى 900 مليون ريال.",
                &[("900 مليون ريال", "900000000 riyal")],
            ),
        ],
        None,
    );
}

#[test]
fn rates_cents_percent_signs_and_trillions() {
    check(
        Money,
        &[
            (
                "تراجعت هوامش الديزل ثلاثة دولارات في البرميل عن ذروتها.",
                &[("ثلاثة دولارات في البرميل", "3 USD/barrel")],
            ),
            (
                "يكلف التطبيق 30 سنت أمريكي لكل وجبة.",
                &[("30 سنت أمريكي", "30 US cent")],
            ),
            (
                "خسرت الأسواق العالمية تريليونات الدولارات في أسبوع.",
                &[("تريليونات الدولارات", "trillions USD")],
            ),
        ],
        None,
    );
    check_english(
        Money,
        &[("يكلف التطبيق 30 سنت أمريكي لكل وجبة.", "30 US cents")],
        None,
    );
    check(
        Percent,
        &[(
            "الكويت.. تراجع المؤشر 1.2 في % إلى 6100 نقطة.",
            &[("1.2 في %", "1.2%")],
        )],
        None,
    );
    check(
        Quantity,
        &[(
            "تنتقل الموجة بسرعة 340 مترا في الثانية.",
            &[("340 مترا في الثانية", "340/second")],
        )],
        None,
    );
}

#[test]
fn counted_nouns_and_units_with_english() {
    check_english(
        Quantity,
        &[
            ("أقالت الشركة أربعة مديرين في عام واحد.", "4 managers"),
            ("يضم المسجد ثلاث قباب وأربع مآذن.", "3 domes"),
            ("أحرز المنتخب 12 ذهبية في البطولة.", "12 gold medals"),
            ("ناقش المؤتمر 45 رسالة علمية في الطب.", "45 theses"),
            (
                "يبلغ طول موجة الضوء الأخضر نحو 530 نانومتر.",
                "about 530 nanometers",
            ),
            ("تبلغ حرارة سطح النجم 5800 كلفن.", "5,800 kelvin"),
            (
                "تبلغ مساحة القاعة (1200 م 2) تقريبا.",
                "1,200 square meters",
            ),
            ("يبلغ ارتفاع البرج 30م فوق سطح الأرض.", "30 meters"),
        ],
        None,
    );
    // A glued م with no measure word is a year's era letter: no meters.
    check(Quantity, &[("ولد الشاعر سنة 1925م في القاهرة.", &[])], None);
    // The plain number stays only where nothing is counted.
    check(
        Number,
        &[("يبلغ طول موجة الضوء الأخضر نحو 530 نانومتر.", &[])],
        None,
    );
}
