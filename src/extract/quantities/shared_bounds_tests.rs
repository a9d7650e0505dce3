//! Session 22 (issue #18): the families two fresh samples showed (news seed 2131 and AQMAR
//! seed 2131, judged in dev/gold/heldout-judged-s22n*.tsv), each with sentences written for
//! the test: a second noun sharing the count (مواطن ومقيم), the nouns of science prose
//! (مفاعل، إلكترون، ذرة), a noun before its spelled number with the table's English, a verb
//! of approaching (قارب، ناهز), a threshold between a verb of exceeding and its figure
//! (تجاوز عتبة), and a cap with its subject between (تصل تغطيته إلى، مبالغ تصل إلى).

use super::super::testutil::{check, check_english};
use super::super::FactKind::{Duration, Money, Percent, Quantity};

#[test]
fn a_second_noun_shares_the_count() {
    check_english(
        Quantity,
        &[
            (
                "أطلق المسلحون 25 امرأة وطفلا كانوا محتجزين.",
                "25 women and children",
            ),
            (
                "زار المعرض أكثر من 5000 مواطن ومقيم خلال العيد.",
                "more than 5,000 citizens and residents",
            ),
            (
                "تدرب 280 من الأطباء والممرضين على الإسعاف.",
                "280 doctors and nurses",
            ),
            (
                "شارك في المهرجان 300 شركة ومؤسسة وطنية.",
                "300 companies and institutions",
            ),
            // The feminine of the same noun adds nothing.
            ("تضم المدرسة 750 طالبا وطالبة.", "750 students"),
            // After 3–10 a singular second noun is one more thing.
            ("نقلت الحافلة ثلاثة مهندسين وطبيب إلى الموقع.", "3 engineers"),
            // An institution named after it, or a construct, starts a phrase of its own.
            (
                "افتتح مستشفى بسعة 200 سرير ومستشفى الولادة بسعة 300 سرير.",
                "200 beds",
            ),
            ("وصل 40 ألف كشاف وجوال إلى المخيم.", "40,000 scouts"),
            ("صادرت الشرطة 30 سيارة ومعدات البناء.", "30 cars"),
        ],
        None,
    );
}

#[test]
fn science_nouns_and_units() {
    check_english(
        Quantity,
        &[
            ("تبني الصين حاليا 14 مفاعل نووي جديد.", "14 reactors"),
            ("يحتوي الغلاف الثالث على 18 إلكترون.", "18 electrons"),
            ("تحوي نواة الأكسجين 8 بروتونات.", "8 protons"),
            ("يبلغ طولها 20 مليون ذرة متراصة.", "20 million atoms"),
            ("تموت الحشرة بجرعة 20 جراي من الإشعاع.", "20 grays"),
            (
                "يبلغ ضغط البخار نحو 380 ضغط جوي في التوربين.",
                "about 380 atmospheres",
            ),
            ("ضبطت الحملة 70 عشة مخالفة.", "70 huts"),
            ("يضم السوق 70 مبسطاً للأسر المنتجة.", "70 stalls"),
            // The noun before its spelled number takes the table's English.
            ("درس الكاتب التاريخ حسب محاور ثلاثة.", "3 axes"),
            ("تحدث الطبيب عن وسائل أربع للعلاج.", "4 means"),
        ],
        None,
    );
}

#[test]
fn verbs_of_approaching_and_thresholds() {
    check(
        Money,
        &[
            (
                "أنجزت المرحلة الأولى بتكلفة قاربت 20 مليون ريال.",
                &[("قاربت 20 مليون ريال", "~20000000 riyal")],
            ),
            // (snn_aleqtisadiya_027) the verb and its threshold right before the figure.
            (
                "شهد التبادل زيادة تجاوز عتبة العشرة مليارات يورو.",
                &[("تجاوز عتبة العشرة مليارات يورو", ">10000000000 EUR")],
            ),
            (
                "على أن لا يتجاوز مبلغ 10 آلاف ريال.",
                &[("لا يتجاوز مبلغ 10 آلاف ريال", "<=10000 riyal")],
            ),
            // A cap with its subject between, and a sum's noun before تصل إلى.
            (
                "يقدم البرنامج تأمينا طبيا تصل تغطيته إلى 250 ألف ريال.",
                &[("تصل تغطيته إلى 250 ألف ريال", "<=250000 riyal")],
            ),
            (
                "أصبح المواطنون يدفعون مبالغ تصل إلى 45 ألف ريال.",
                &[("تصل إلى 45 ألف ريال", "<=45000 riyal")],
            ),
            // Past وصلت is a figure reached, لتصل too: exact.
            (
                "جمعت حملة وصلت قيمتها إلى 120 ألف دولار.",
                &[("120 ألف دولار", "120000 USD")],
            ),
        ],
        None,
    );
    check(
        Percent,
        &[(
            "أكد أن معدل الإقبال يتخطى حاجز 13.6% سنويا.",
            &[("يتخطى حاجز 13.6%", ">13.6%")],
        )],
        None,
    );
    // A count reached (يصل عددهم إلى) is its number, no cap.
    check_english(
        Quantity,
        &[("يدرس فيها طلاب يصل عددهم إلى 750 طالبا.", "750 students")],
        None,
    );
}

/// Session 25: one reader of "up to" (`reading::up_to_verb`) for the sums and the durations,
/// each caller choosing what it takes. A duration takes و before the verb, حتى, and any word
/// or none between the verb and إلى; a sum only a possessed subject between (تصل تغطيته
/// إلى), and neither و nor حتى. Sentences written for the test.
#[test]
fn one_up_to_reader_each_caller_its_own_between() {
    check(
        Duration,
        &[
            (
                "وقد تصل العقوبة حتى السجن لمدة عشر سنوات.",
                &[("تصل العقوبة حتى السجن لمدة عشر سنوات", "<=P10Y")],
            ),
            (
                "والمهلة ويصل مداها إلى 30 يوما.",
                &[("يصل مداها إلى 30 يوما", "<=P30D")],
            ),
            // فقط after the figure: as little as, no cap.
            ("ويصل إلى 3 أيام فقط.", &[("3 أيام", "P3D")]),
        ],
        None,
    );
    check(
        Money,
        &[
            (
                "يقدم البرنامج تأمينا تصل تغطيته إلى 250 ألف ريال.",
                &[("تصل تغطيته إلى 250 ألف ريال", "<=250000 riyal")],
            ),
            // حتى, and و before the verb, are a cap too (the reader's `joined`).
            (
                "يقدم البرنامج قرضا تصل قيمته حتى 250 ألف ريال.",
                &[("تصل قيمته حتى 250 ألف ريال", "<=250000 riyal")],
            ),
            (
                "يقدم البرنامج قرضا ويصل قيمته إلى 250 ألف ريال.",
                &[("يصل قيمته إلى 250 ألف ريال", "<=250000 riyal")],
            ),
            // Nothing between: a sum reached, exact.
            (
                "يقدم البرنامج تأمينا يصل إلى 250 ألف ريال.",
                &[("250 ألف ريال", "250000 riyal")],
            ),
        ],
        None,
    );
}
