//! Toll phrasings, hypotheticals and jobs lost (issue #18): families read on a fresh held-out
//! check (TICO-19's long non-news documents, session 16); the sentences are written for the test.

use super::super::testutil::check;
use super::super::FactKind::{Casualties, Quantity};

#[test]
fn tolls_conditions_and_jobs_lost() {
    check(
        Casualties,
        &[
            // A toll headed by حالات الوفاة.
            (
                "وبلغت حالات الوفاة 2,340 في المنطقة.",
                &[("حالات الوفاة 2,340", "dead=2340")],
            ),
            // لقي … حتفهم with the count between.
            (
                "لقي أكثر من 300 شخص حتفهم في الفيضانات.",
                &[("أكثر من 300 شخص حتفهم", "dead>300")],
            ),
            // A count of time after a casualty noun counts no one.
            (
                "سجلت البلاد 40 حالة وفاة في يوم واحد.",
                &[("40 حالة وفاة", "dead=40")],
            ),
            // A hypothetical case: إذا، عند الاشتباه في.
            ("يجب إبلاغ الطبيب إذا أصيب أحد الركاب بالحمى.", &[]),
            ("عند الاشتباه في إصابة شخص بالفيروس يجب عزله.", &[]),
            // فقد … وظائفهم: jobs lost, nobody missing.
            ("فقد نحو مليوني عامل وظائفهم خلال الأزمة.", &[]),
            ("قد تؤدي الأزمة إلى فقدان 3 ملايين وظيفة.", &[]),
            // أفراد أسر: family members, nobody captured.
            (
                "نقلت الطائرة 20 موظفا أو أفراد أسر بالإضافة إلى ثلاثة أطباء.",
                &[],
            ),
            // أصيب in a sentence about viruses: infected.
            (
                "بسبب الفيروسات أصيب عشرات الأشخاص على متن السفينة.",
                &[("أصيب عشرات الأشخاص", "infected=tens")],
            ),
        ],
        None,
    );
    check(
        Quantity,
        &[(
            "قد تؤدي الأزمة إلى فقدان 3 ملايين وظيفة.",
            &[("3 ملايين وظيفة", "3000000")],
        )],
        None,
    );
}

/// Session 17 (a fresh news sample, seed 1817): detainees released and bodies exchanged are
/// handed over, no arrest and no death then; an arrest and a toll of bodies still count.
#[test]
fn releases_and_exchanges() {
    check(
        Casualties,
        &[
            ("طالبت الحركة بالإفراج عن 25 معتقلا من السجون.", &[]),
            ("جرت عملية تبادل لعشرات الجثث بين الطرفين.", &[]),
            ("شملت الصفقة إطلاق سراح ستة معتقلين.", &[]),
            (
                "اعتقلت قوات الأمن 12 معتقلا في المداهمة.",
                &[("12 معتقلا", "arrested=12")],
            ),
            (
                "عثرت فرق الإنقاذ على سبع جثث تحت الأنقاض.",
                &[("سبع جثث", "dead=7")],
            ),
        ],
        None,
    );
}

/// Session 17b: بينهم خمسة ("among them five") is a part of the count before it, no second
/// statement (sentences written for the test).
#[test]
fn a_part_among_them_is_no_second_count() {
    check(
        Casualties,
        &[
            (
                "فيما اعتقل تسعة مواطنين بينهم خمسة من حراس المسجد.",
                &[("اعتقل تسعة مواطنين", "arrested=9")],
            ),
            (
                "قتل 12 شخصا بينهم ثلاثة من رجال الأمن.",
                &[("قتل 12 شخصا", "killed=12")],
            ),
            // The toll's head after the list of who is among them.
            (
                "وارتفع إلى 7 بينهم ضابط وأربعة أطفال عدد القتلى في القصف.",
                &[("ارتفع إلى 7", "killed=7")],
            ),
            // No toll head later: a bare figure, no casualties.
            ("ارتفع إلى 7 بينهم ضابط وأربعة أطفال.", &[]),
            // Another statement after the part is still read.
            (
                "اعتقل تسعة مواطنين بينهم خمسة طلاب، وأصيب 4 آخرون.",
                &[
                    ("اعتقل تسعة مواطنين", "arrested=9"),
                    ("أصيب 4 آخرون", "injured=4"),
                ],
            ),
        ],
        None,
    );
}

/// "Others" without a count gives no number (session 28, round 2): the plural آخرين/آخرون after a
/// casualty noun or verb is `?`, never 1 or the count of the toll before it (3 of the 600 dev
/// articles; the sentences are written for the test). The singular آخر ("another" = 1) occurs once
/// in the 600 (مقتل شرطي وجرح آخر) and has no rule yet.
#[test]
fn others_without_a_count_give_no_number() {
    check(
        Casualties,
        &[
            (
                "أسفر الهجوم عن استشهاد ثلاثة من الجنود وإصابة آخرين، وفق البيان.",
                &[
                    ("استشهاد ثلاثة من الجنود", "killed=3"),
                    ("إصابة آخرين", "injured=?"),
                ],
            ),
            (
                "فر عدد كبير من المسلحين وأصيب آخرون جراء القصف.",
                &[("أصيب آخرون", "injured=?")],
            ),
        ],
        None,
    );
}
