//! Quotes: the speaker carried to the subject of the nearest clause (`discourse`), a pronoun
//! opening a sentence, groups, pages and a company's short form as subjects, and a clause
//! closed by بحسب ما ذكر (session 18's rules; each row is a short sentence after dev news,
//! named in its comment).

use super::tests::check_speakers;

#[test]
fn nearest_clause_subject_is_carried() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // The subject of the clause before the participle, not the sentence's first speaker
        // (after الجزيرة, snn_aljazirah_017).
        (
            "من جهته أكد مدير عام الجمعية الأستاذ إبراهيم الخميس، أن المشروع لتصحيح التلاوة.في حين أشاد الفائز بالجائزة الأولى الأستاذ حميد الشمراني بالمسابقة، مؤكداً أنه وجد كل الدعم.",
            &[
                ("المشروع لتصحيح التلاوة", "إبراهيم"),
                ("وجد كل الدعم", "حميد الشمراني"),
            ],
        ),
        // A pronoun object between the verb and its subject (after المدينة, snn_almadina_043).
        (
            "ورأسها الدكتور محمد حميد الثقفي وتحدث فيها الدكتور علي عبدالله الشهري بورقة عن التجربة، مبينًا أن القرية تعد تجربة فريدة.",
            &[("القرية تعد تجربة فريدة", "علي عبدالله الشهري")],
        ),
        // A subjectless وقال after a clause with a person subject (after الاقتصادية,
        // snn_aleqtisadiya_019).
        (
            "وقال مورا إنه سيعود إلى الفريق. وأيد العميد خالد الرشيدان أمين عام النصر كلام وكيله، وقال \"إن العقد ملزم ومدته ثلاثة أعوام\".",
            &[
                ("سيعود إلى الفريق", "مورا"),
                ("\"إن العقد ملزم ومدته ثلاثة أعوام\"", "خالد الرشيدان"),
            ],
        ),
        // Not an addressee after ل (لأمير منطقة عسير الأمير فلان), nor the object of nouns
        // joined by و (بدعم واهتمام ورعاية الأمير فلان) (after الوطن, snn_alwatan_017;
        // الاقتصادية, snn_aleqtisadiya_025).
        (
            "وأعرب مدير المهرجان إبراهيم الجارالله عن شكره وتقديره لأمير منطقة عسير الأمير فيصل بن خالد، مؤكدا أن ذلك يأتي حرصا منه على السياحة.",
            // (The person rules read the given name alone here.)
            &[("ذلك يأتي حرصا منه على السياحة", "إبراهيم")],
        ),
        (
            "ونوه الدكتور أحمد الخازم الغامدي رئيس اللجنة المنظمة بدعم واهتمام ورعاية الأمير مشاري بن سعود للمهرجان، مشيراً إلى أن الدورة تأتي وسط مشاركة عالمية.",
            &[("الدورة تأتي وسط مشاركة عالمية", "أحمد الخازم الغامدي")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn groups_pages_and_pronouns_as_subjects() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // Others of a group named before (after عكاظ, snn_okaz_006).
        (
            "ورصدت الصحيفة توافد اليمنيين، وأكد عدد آخر منهم أن إجراءات التصحيح تمت بسرعة.",
            &[("إجراءات التصحيح تمت بسرعة", "عدد آخر منهم")],
        ),
        // Pages of social media (after اليوم, snn_alyaum_043).
        (
            "وفيما أشارت صفحات موالية للنظام السوري على مواقع التواصل الاجتماعي إلى أن الانفجار ناتج عن صاروخ.",
            &[("الانفجار ناتج عن صاروخ", "صفحات موالية للنظام السوري")],
        ),
        // A short form of a company named before, not its first word (after عين اليوم,
        // snn_3alyoum_011).
        (
            "قالت شركة المياه الوطنية إن المشاريع تسير وفق الخطة. وبينت المياه الوطنية أن عدد المشاريع بلغ خمسين مشروعا.",
            &[
                ("المشاريع تسير وفق الخطة", "شركة المياه الوطنية"),
                ("عدد المشاريع بلغ خمسين مشروعا", "شركة المياه الوطنية"),
            ],
        ),
        // A pronoun opening the sentence is the subject of the sentence before, not a party
        // in it (written for the test after الشرق الأوسط, snn_aawsat_001).
        (
            "وأشار الوزير خالد الفالح إلى المشروع الجديد. وكانت شركة أرامكو السعودية قد وقعت عقدا مع وزارة المالية. وهي أعلنت أن الإنتاج سيرتفع الشهر المقبل.",
            &[
                ("المشروع الجديد", "خالد الفالح"),
                ("الإنتاج سيرتفع الشهر المقبل", "شركة أرامكو"),
            ],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn clause_closed_by_according_to() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // بحسب ما ذكر + subject: the clause before is the subject's (after الرياض,
        // snn_alriyadh_020; الشرق الأوسط, snn_aawsat_020).
        (
            "وخطفت جبهة النصرة ثمانية عناصر من الفرقة مساء الاربعاء، بحسب ما ذكر المرصد.",
            &[(
                "وخطفت جبهة النصرة ثمانية عناصر من الفرقة مساء الاربعاء",
                "المرصد",
            )],
        ),
        // No subject written after the verb: no speaker, no quote (after عين اليوم,
        // snn_3alyoum_018).
        (
            "كما أن اللعبة لا تعمل مع النظام القديم حتى الآن حسب ما نشر من أخبار.",
            &[],
        ),
    ];
    check_speakers(rows);
}
