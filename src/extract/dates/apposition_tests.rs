//! Session 23 (issue #18, "one fact per thing"): a weekday or a relative day next to an
//! explicit date, and a relative year next to its year, are one date (`apposition.rs`).
//! Sentences written for the tests on the model of news; the reference date is Saturday
//! 2015-07-25 unless a row says otherwise.

use super::super::testutil::{check, check_english};
use super::super::FactKind;
use super::Date;

#[test]
fn a_weekday_or_a_relative_day_before_an_explicit_day_is_one_date() {
    let r = Date::new(2015, 7, 25);
    check(
        FactKind::Date,
        &[
            // A weekday, then the day (with القادم, in brackets, after الموافق).
            (
                "يعقد المؤتمر يوم السبت القادم 1 أغسطس 2015م في جدة.",
                &[("يوم السبت القادم 1 أغسطس 2015م", "2015-08-01")],
            ),
            (
                "وصل الوفد الأحد (2 أغسطس) إلى الرياض.",
                &[("الأحد (2 أغسطس)", "2015-08-02")],
            ),
            (
                "تبدأ الدراسة الاثنين المقبل (10 أغسطس/آب الحالي) في المدارس.",
                &[("الاثنين المقبل (10 أغسطس/آب الحالي)", "2015-08-10")],
            ),
            // A relative day with its weekday, then the day: the written day is the value.
            (
                "وقال الوزير أمس الجمعة الموافق 15 / 10 / 1436 هـ إن اللجنة اجتمعت.",
                &[("أمس الجمعة الموافق 15 / 10 / 1436 هـ", "hijri:1436-10-15")],
            ),
            (
                "تنطلق البطولة يوم الخميس 20/6/1436هـ في الدمام.",
                &[("يوم الخميس 20/6/1436هـ", "hijri:1436-06-20")],
            ),
            (
                "أعلنت الهيئة يوم الأحد (10/شوال/ 1436هـ) هدنة.",
                &[("يوم الأحد (10/شوال/ 1436هـ)", "hijri:1436-10-10")],
            ),
            // A relative day alone before the day.
            (
                "وصل الوزير أمس، 24 يوليو، إلى القاهرة.",
                &[("أمس، 24 يوليو", "2015-07-24")],
            ),
            // The weekday and the day disagree: the day is kept.
            (
                "انطلق المهرجان الجمعة 2 أغسطس 2015 في أبها.",
                &[("الجمعة 2 أغسطس 2015", "2015-08-02")],
            ),
            // A Hijri date and its Gregorian day stay two facts (two calendars).
            (
                "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",
                &[
                    ("25 شوال 1436 هـ", "hijri:1436-10-25"),
                    ("10 اغسطس 2015 م", "2015-08-10"),
                ],
            ),
            // Not one thing: a weekday and a date with a word between them.
            (
                "وصل الوفد الأحد ثم غادر في 2 أغسطس.",
                &[("الأحد", "2015-07-19"), ("2 أغسطس", "2015-08-02")],
            ),
        ],
        r,
    );
}

#[test]
fn a_relative_day_and_its_weekday_are_one_date() {
    // Sunday 2015-07-26: بعد غد الثلاثاء is the 28th.
    check(
        FactKind::Date,
        &[
            (
                "أعلن الحلف عقد جلسة تشاور بعد غد الثلاثاء في بروكسل.",
                &[("بعد غد الثلاثاء", "2015-07-28")],
            ),
            (
                "وكان الرئيس قد وصل أول من أمس الجمعة إلى باريس.",
                &[("أول من أمس الجمعة", "2015-07-24")],
            ),
            (
                "ووصل الوفد أمس الأول الجمعة إلى عمّان.",
                &[("أمس الأول الجمعة", "2015-07-24")],
            ),
            (
                "أعلن المتحدث اليوم (الأحد) أن القوات تقدمت.",
                &[("اليوم (الأحد)", "2015-07-26")],
            ),
            (
                "قال الوزير أمس (السبت) إن المفاوضات مستمرة.",
                &[("أمس (السبت)", "2015-07-25")],
            ),
            (
                "تنطلق المنافسات يوم غد الاثنين في الطائف.",
                &[("يوم غد الاثنين", "2015-07-27")],
            ),
            // A crawl a day after the writing still gives the written weekday.
            (
                "وتعقد اللجنة اجتماعها غدا (الأحد) في جدة.",
                &[("غدا (الأحد)", "2015-07-26")],
            ),
        ],
        Date::new(2015, 7, 26),
    );
}

#[test]
fn a_relative_year_and_its_year_are_one_date() {
    check(
        FactKind::Date,
        &[
            (
                "بلغت الأرباح في العام الماضي 2014 نحو مليار ريال.",
                &[("العام الماضي 2014", "2014")],
            ),
            (
                "ارتفع عدد الحجاج العام الحالي 2015م في المشاعر.",
                &[("العام الحالي 2015م", "2015")],
            ),
            (
                "زاد عدد الطلاب في العام الماضي 1435هـ بالمنطقة.",
                &[("العام الماضي 1435هـ", "hijri:1435")],
            ),
            // A day and month, then a relative year: the year is the relative one's.
            (
                "وكما أعلنت الشركة في 24 مارس العام الماضي، فإن الرحلة انتهت.",
                &[("24 مارس العام الماضي", "2014-03-24")],
            ),
        ],
        Date::new(2015, 7, 25),
    );
}

#[test]
fn the_english_of_one_date_names_its_weekday_when_they_agree() {
    check_english(
        FactKind::Date,
        &[
            (
                "يعقد المؤتمر يوم السبت القادم 1 أغسطس 2015م في جدة.",
                "Saturday, August 1, 2015",
            ),
            (
                "وصل الوفد الأحد (2 أغسطس) إلى الرياض.",
                "Sunday, August 2, 2015",
            ),
            // The weekday pins the Hijri day's Gregorian date (no "about").
            (
                "وقال الوزير أمس الجمعة الموافق 15 / 10 / 1436 هـ إن اللجنة اجتمعت.",
                "Friday, 15 Shawwal 1436 AH (July 31, 2015)",
            ),
            (
                "تعقد الدورة يوم الأربعاء 27 / 10 / 1436 هـ في مكة.",
                "Wednesday, 27 Shawwal 1436 AH (August 12, 2015)",
            ),
            // Disagreeing: the date alone (2 August 2015 was a Sunday).
            (
                "انطلق المهرجان الجمعة 2 أغسطس 2015 في أبها.",
                "August 2, 2015",
            ),
            (
                "ووصل الخميس الموافق 14 شباط 2015 إلى دمشق.",
                "February 14, 2015",
            ),
            (
                "بلغت الأرباح في العام الماضي 2014 نحو مليار ريال.",
                "last year (2014)",
            ),
            (
                "وكما أعلنت الشركة في 24 مارس العام الماضي، فإن الرحلة انتهت.",
                "March 24, 2014",
            ),
        ],
        Date::new(2015, 7, 25),
    );
    check_english(
        FactKind::Date,
        &[(
            "أعلن الحلف عقد جلسة تشاور بعد غد الثلاثاء في بروكسل.",
            "Tuesday, July 28, 2015",
        )],
        Date::new(2015, 7, 26),
    );
}
