//! Session 19 (issue #18): the casualty families of a fresh news sample (seed 1821, judged in
//! dev/gold/heldout-judged-s19t.tsv), each with sentences written for the test: a toll of a
//! named person, a subject of لقي … مصرعهم longer than two words, one count for two casualty
//! nouns, a toll of victims, and casualty words that state no toll (injuries not confirmed,
//! marks on a body, a body handled).

use super::super::testutil::{check, check_english};
use super::super::FactKind::Casualties;

#[test]
fn named_people_killed() {
    check(
        Casualties,
        &[
            // A name or a title right after قتل.
            (
                "وفي العام الماضي قتل محمد العلي رئيس البلدية في انفجار.",
                &[("قتل", "killed=1")],
            ),
            // قتل / يقتل على يد: passive, at the hands of.
            (
                "القائد السابق قتل على يد قوات خاصة في غارة ليلية.",
                &[("قتل", "killed=1")],
            ),
            (
                "ثم تولى القيادة ليُقتل هو أيضاً على يد الجيش بعد عامين.",
                &[("يُقتل", "killed=1")],
            ),
            // Two names joined by و; a passive of اغتال.
            (
                "وكان قد قتل محمد العلي وأحمد الصالح في الهجوم.",
                &[("قتل", "killed=2")],
            ),
            (
                "اغتيل محمد العلي أمام منزله.",
                &[("اغتيل محمد", "killed=1")],
            ),
            // A purpose, a threat or a wish kills nobody; one of a group stays as it was.
            ("وخطط المتهم لقتل محمد العلي.", &[]),
            ("وكان يريد قتل الرئيس.", &[]),
            ("ويقتل الوقت في القراءة.", &[]),
            ("وهذا الذي قتل محمد العلي.", &[]),
            ("الضابط الذي قتل على يد مسلحين.", &[("قتل", "killed=1")]),
            (
                "أعلن الجيش قتل أحد القادة.",
                &[("قتل أحد القادة", "killed=1")],
            ),
        ],
        None,
    );
}

#[test]
fn subjects_of_laqiya_and_shared_counts() {
    check(
        Casualties,
        &[
            // لقي عدد من … مصرعهم: a subject of several words.
            (
                "لقي عدد من عناصر الجماعة \" المسلحة \" مصرعهم في القصف.",
                &[(
                    "لقي عدد من عناصر الجماعة \" المسلحة \" مصرعهم",
                    "killed=several",
                )],
            ),
            (
                "لقي ركاب الحافلة القادمة من الجنوب مصرعهم.",
                &[("لقي ركاب الحافلة القادمة من الجنوب مصرعهم", "killed=?")],
            ),
            // Not across a comma.
            ("لقي الفريق دعما كبيرا، وشهد الملعب مصرعهم.", &[]),
            // One count for both nouns.
            (
                "وسقط عشرات القتلى والجرحى في المعارك.",
                &[("عشرات القتلى والجرحى", "killed=tens;injured=tens")],
            ),
            (
                "أسفر الانفجار عن سقوط 20 قتيلا وجريحا.",
                &[("20 قتيلا وجريحا", "killed_or_injured=20")],
            ),
            // A toll of victims.
            (
                "وبلغت حصيلة الضحايا في المدينة 40 شخصا.",
                &[("حصيلة الضحايا في المدينة 40 شخصا", "dead=40")],
            ),
        ],
        None,
    );
    check_english(
        Casualties,
        &[
            ("وسقط مئات القتلى والجرحى.", "hundreds killed and injured"),
            ("لقي عدد من العمال مصرعهم.", "several killed"),
        ],
        None,
    );
}

#[test]
fn words_that_state_no_toll() {
    check(
        Casualties,
        &[
            // Not confirmed.
            ("هرعت سيارات الإسعاف إلى المكان دون تأكيد وقوع إصابات.", &[]),
            ("ولم يتم التأكد من سقوط قتلى في الغارة.", &[]),
            // A confirmed negation is still none hurt.
            (
                "ولم يسفر الحادث عن وقوع إصابات.",
                &[("لم يسفر الحادث عن وقوع إصابات", "injured=0")],
            ),
            // Marks on a body.
            ("وأظهر الفحص أنه لا توجد أي إصابات ظاهرة على الجسد.", &[]),
            // A body moved or handed over after the death was reported.
            ("وتم نقل جثة المتوفى إلى ثلاجة المستشفى.", &[]),
            ("واشتكت الأسرة من تسليم جثة متوفى لغير ذويه.", &[]),
            // A body found is still one.
            (
                "تم العثور على جثة رجل قرب الوادي.",
                &[("جثة رجل", "dead=1")],
            ),
        ],
        None,
    );
}
