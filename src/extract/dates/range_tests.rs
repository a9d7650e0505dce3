//! Session 20 (issue #18, held-out seed 1823; sentences written for the tests): ranges of
//! days joined by و and Hijri ranges whose first day has its own month, the shorter decade
//! spelling with a part of the decade, and one unit of time "after" an event with على.

use super::super::testutil::{check, check_english};
use super::super::FactKind;
use super::Date;

#[test]
fn ranges_of_days_and_months() {
    let r = Date::new(2015, 8, 3);
    check(
        FactKind::Date,
        &[
            (
                "ينعقد المنتدى في الرياض 12 و13 أكتوبر.",
                &[("12 و13 أكتوبر", "2015-10-12/2015-10-13")],
            ),
            (
                "تقام البطولة يومي 5 و 6 سبتمبر المقبل.",
                &[("5 و 6 سبتمبر المقبل", "2015-09-05/2015-09-06")],
            ),
            // Another month before و: two dates.
            (
                "زار القاهرة في 10 مايو و13 يونيو.",
                &[("10 مايو", "2015-05-10"), ("13 يونيو", "2015-06-13")],
            ),
            (
                "تقام البطولة من 26-4 إلى 11-5 -1437 في جدة.",
                &[(
                    "من 26-4 إلى 11-5 -1437",
                    "hijri:1437-04-26/hijri:1437-05-11",
                )],
            ),
            (
                "تصدر الموافقة من 30/12 وحتى 2/1 / 1437 للأندية.",
                &[(
                    "من 30/12 وحتى 2/1 / 1437",
                    "hijri:1436-12-30/hijri:1437-01-02",
                )],
            ),
            // A dash between the two is not read as a range (a score, a list).
            (
                "انتهت 3-1 - 2-5-1437 في الرياض.",
                &[("2-5-1437", "hijri:1437-05-02")],
            ),
        ],
        r,
    );
    // The first of two months joined by و is a date too (only the second was); since
    // session 23 the two months in a row are one range (apposition.rs).
    check(
        FactKind::Date,
        &[(
            "الموعد المناسب للتسليم ما بين شوال وذي القعدة.",
            &[("شوال وذي القعدة", "hijri:1436-10/hijri:1436-11")],
        )],
        Date::new(2015, 8, 10),
    );
    check_english(
        FactKind::Date,
        &[
            (
                "ينعقد المنتدى 12 و13 أكتوبر.",
                "October 12, 2015 – October 13, 2015",
            ),
            (
                "تصدر الموافقة من 30/12 وحتى 2/1 / 1437 للأندية.",
                "30 Dhul-Hijjah 1436 – 2 Muharram 1437 AH",
            ),
            (
                "تقام البطولة من 26-4 إلى 11-5 -1437 في جدة.",
                "26 Rabi al-Thani – 11 Jumada al-Awwal 1437 AH",
            ),
        ],
        r,
    );
}

#[test]
fn decades_in_the_shorter_spelling_and_their_parts() {
    check(
        FactKind::Date,
        &[
            (
                "وحمل ألوان الفريق مطلع التسعينات في سويسرا.",
                &[("مطلع التسعينات", "199X")],
            ),
            ("انتشرت الأغنية في الستينات.", &[("الستينات", "196X")]),
            (
                "منذ ثلاثينات القرن التاسع عشر سلك المستشرقون هذا الطريق.",
                &[("ثلاثينات القرن التاسع عشر", "183X")],
            ),
            ("تعود لستينات القرن الهجري الأول.", &[]),
            // Words in ات that are no decades.
            ("شارك في الدورات التدريبية.", &[]),
        ],
        None,
    );
    check_english(
        FactKind::Date,
        &[
            ("وحمل ألوان الفريق مطلع التسعينات.", "the early 1990s"),
            ("في منتصف الثمانينات.", "the mid-1980s"),
            ("في نهاية الخمسينات.", "the late 1950s"),
        ],
        None,
    );
}

#[test]
fn one_unit_after_an_event_with_ala() {
    check(
        FactKind::Duration,
        &[
            (
                "ثار الشعب على نتائج ثورته ليعود ويثور بعد عام على ثورة لم تدم.",
                &[("عام", "P1Y")],
            ),
            ("جاء القرار قبل أسبوع على الانتخابات.", &[("أسبوع", "P1W")]),
        ],
        None,
    );
    check(
        FactKind::Date,
        &[("جاء القرار قبل أسبوع على الانتخابات.", &[])],
        None,
    );
}
