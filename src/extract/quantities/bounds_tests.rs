//! Session 20 (issue #18): the families a fresh news sample showed (seed 1822, judged in
//! dev/gold/heldout-judged-s20n.tsv), each with sentences written for the test: a bound the
//! sum loses (دون 55 دولارا، فوق الـ120، a verb of exceeding before its object), a rate after
//! a range of sums, a range whose first figure is too large to take the second's scale, a
//! rate per hour or per euro, counted nouns without English, and francs in a sentence on
//! Switzerland.

use super::super::testutil::{check, check_english};
use super::super::FactKind::{Duration, Money, Number, Percent, Quantity};

#[test]
fn bounds_before_a_sum() {
    check(
        Money,
        &[
            (
                "تراجع سعر الخام دون 55 دولارا للبرميل أمس.",
                &[("دون 55 دولارا للبرميل", "<55 USD/barrel")],
            ),
            // The article written apart between the bound and the figure.
            (
                "هبطت الأسعار لما دون الـ 70 دولاراً بعد أن كانت فوق الـ 120 دولاراً.",
                &[
                    ("دون الـ 70 دولاراً", "<70 USD"),
                    ("فوق الـ 120 دولاراً", ">120 USD"),
                ],
            ),
            // بدون / من دون is "without": no bound.
            (
                "أنجز المشروع من دون 30 مليون ريال كانت مخصصة له.",
                &[("30 مليون ريال", "30000000 riyal")],
            ),
            // A verb of exceeding before its object: the figure passed; negated, "at most".
            (
                "سجلت السحوبات زيادة تجاوزت 4.5 مليارات ريال في الشهر.",
                &[("تجاوزت 4.5 مليارات ريال", ">4500000000 riyal")],
            ),
            (
                "قال إن التكلفة لم تتجاوز 300 ريال للشخص.",
                &[("لم تتجاوز 300 ريال للشخص", "<=300 riyal/person")],
            ),
            (
                "ووصلت الرواتب إلى حد يتخطى 9 آلاف ريال.",
                &[("يتخطى 9 آلاف ريال", ">9000 riyal")],
            ),
        ],
        None,
    );
    check(
        Duration,
        &[(
            "عين وزراء بعضهم لم يتجاوز الـ 36 عاماً من العمر.",
            &[("لم يتجاوز الـ 36 عاماً", "<=P36Y")],
        )],
        None,
    );
}

#[test]
fn ranges_of_sums_with_their_rate_and_scale() {
    check(
        Money,
        &[
            // The rate after a range of sums is the range's.
            (
                "يحتاج البلد سعرا للنفط عند 98 إلى 106 دولارات للبرميل.",
                &[("98 إلى 106 دولارات للبرميل", "98-106 USD/barrel")],
            ),
            // 2500 cannot take ألف (2,500,000 would pass 11,000): 2500-11000 riyals.
            (
                "قفزت أجور الاستقدام من 2500 إلى 11 ألف ريال في عام.",
                &[("من 2500 إلى 11 ألف ريال", "2500-11000 riyal")],
            ),
            // A scale written once still scales both (12,000-15,000).
            (
                "تتراوح الأسعار بين 12 و15 ألف دولار.",
                &[("بين 12 و15 ألف دولار", "12000-15000 USD")],
            ),
        ],
        None,
    );
    check_english(
        Money,
        &[(
            "يحتاج البلد سعرا للنفط عند 98 إلى 106 دولارات للبرميل.",
            "98-106 dollars a barrel",
        )],
        None,
    );
    check(
        Number,
        &[("قفزت أجور الاستقدام من 2500 إلى 11 ألف ريال في عام.", &[])],
        None,
    );
}

#[test]
fn nouns_rates_and_francs() {
    check_english(
        Quantity,
        &[
            ("وضعت المجلة قائمة لأكبر سبع قوى في العالم.", "7 powers"),
            ("تقرر إعادة 114 عمودًا إلى الرواق.", "114 columns"),
            ("ضبطت الشرطة 4 شكاير من المواد.", "4 sacks"),
            (
                "تبلغ الطاقة الاستيعابية 107 آلاف طائف في الساعة.",
                "107,000 worshippers circling the Kaaba an hour",
            ),
            (
                "يستقبل المعرض 2000 زائر في الساعة.",
                "2,000 visitors an hour",
            ),
        ],
        None,
    );
    check_english(
        Money,
        &[
            (
                "ألغى البنك المركزي السويسري سقف 1.2 فرنك مقابل اليورو.",
                "1.2 Swiss francs per euro",
            ),
            ("دفع النادي 5 ملايين فرنك سويسري.", "5 million Swiss francs"),
            // No country in the sentence: the table's francs.
            ("بلغت الغرامة 500 فرنك.", "500 francs"),
        ],
        None,
    );
}

#[test]
fn a_percent_word_with_من_glued() {
    check(
        Percent,
        &[(
            "أصيب بحروق على 90 بالمئةمن جسده.",
            &[("90 بالمئةمن", "90%")],
        )],
        None,
    );
}
