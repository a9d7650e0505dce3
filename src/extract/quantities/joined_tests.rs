//! Session 18b (issue #18): hours and minutes joined by و as one duration, a negated verb
//! of exceeding as "at most", a duration of one after a verb of lasting or السجن, and في يوم
//! واحد as a moment; إمام (not أمام) counted, هناك no plural before a count. Sentences
//! written for the test.

use super::super::testutil::{check, check_english};
use super::super::FactKind::{Duration, Quantity};

#[test]
fn hours_and_minutes_are_one_duration() {
    check(
        Duration,
        &[
            (
                "استغرقت الرحلة ساعة و47 دقيقة.",
                &[("ساعة و47 دقيقة", "PT1H47M")],
            ),
            (
                "استمرت المباراة ساعتين و15 دقيقة.",
                &[("ساعتين و15 دقيقة", "PT2H15M")],
            ),
            (
                "انتظر الركاب نحو 3 ساعات و20 دقيقة.",
                &[("نحو 3 ساعات و20 دقيقة", "~PT3H20M")],
            ),
            (
                "توقف القطار 11 ساعة وخمس دقائق.",
                &[("11 ساعة وخمس دقائق", "PT11H5M")],
            ),
            // Minutes alone, or days and minutes: as before.
            ("تأخرت الطائرة 40 دقيقة.", &[("40 دقيقة", "PT40M")]),
        ],
        None,
    );
    check_english(
        Duration,
        &[("استغرقت الرحلة ساعة و47 دقيقة.", "1 hour 47 minutes")],
        None,
    );
}

#[test]
fn a_negated_verb_of_exceeding_is_at_most() {
    check(
        Duration,
        &[(
            "قال إن المهلة لا تتجاوز ثلاثة أسابيع.",
            &[("لا تتجاوز ثلاثة أسابيع", "<=P3W")],
        )],
        None,
    );
    check(
        Quantity,
        &[
            (
                "العدد لا يتجاوز 50 شخصا في كل قاعة.",
                &[("لا يتجاوز 50 شخصا", "<=50")],
            ),
            (
                "تكلفة لا تتعدى 20 سيارة في العام.",
                &[("لا تتعدى 20 سيارة", "<=20")],
            ),
        ],
        None,
    );
}

#[test]
fn one_unit_after_a_verb_of_lasting_and_a_single_day() {
    check(
        Duration,
        &[
            ("وتستمر الدورة شهرا كاملا.", &[("شهرا", "P1M")]),
            ("حكمت المحكمة عليه بالسجن عاماً.", &[("عاماً", "P1Y")]),
            ("دامت المعركة يوما واحدا.", &[("يوما واحدا", "P1D")]),
            ("أغلق المعبر لمدة شهر واحد.", &[("شهر واحد", "P1M")]),
            // Not one: a date after the noun, a nominative, and في يوم واحد "in one day".
            ("استمرت سنة 2020 صعبة.", &[]),
            ("واستمر يوم الجمعة هادئا.", &[]),
            ("انهارت الأسعار في يوم واحد.", &[]),
            // في عام واحد may be "within one year": still a duration.
            ("استعادوا الوزن في عام واحد.", &[("عام واحد", "P1Y")]),
        ],
        None,
    );
}

#[test]
fn imams_and_there_are() {
    check_english(
        Quantity,
        &[
            (
                "وقع البيان ما يزيد عن 200 إمام من المنطقة.",
                "more than 200 imams",
            ),
            ("شارك في اللقاء 40 إمام مسجد.", "40 imams"),
        ],
        None,
    );
    check(
        Quantity,
        &[
            // أمام "in front of" after a score; هناك "there are" before a count.
            ("فاز الفريق 2-1 أمام منافسه.", &[]),
            ("هناك عشر طرق للوصول إلى المدينة.", &[]),
            ("وهنالك خمس طرق أخرى.", &[]),
        ],
        None,
    );
}
