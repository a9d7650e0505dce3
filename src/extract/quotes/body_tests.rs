//! Quotes: session 21's rules, each row a short sentence after dev news (the article named in
//! the comment) with the form it checks: a body, paper or document that is its sentence's
//! subject is the speaker a later verb without a subject goes on about.

use super::tests::check_speakers;

#[test]
fn bodies_and_documents_as_the_sentences_subject() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A research institute after the sentence's first verb, not the minister of the
        // sentence before (after عين اليوم, snn_3alyoum_050).
        (
            "وقال الوزير محمد جواد ظريف إن الاتفاق جيد. وشكك معهد بحثي أمريكي أمس الجمعة في تفسير إيران للنشاط قائلا إن حركة المركبات ليس لها صلة بأعمال طرق.",
            &[
                ("الاتفاق جيد", "محمد جواد ظريف"),
                (
                    "حركة المركبات ليس لها صلة بأعمال طرق",
                    "معهد بحثي أمريكي",
                ),
            ],
        ),
        // …and a time right after it ends the subject (after الشرق الأوسط, snn_aawsat_051).
        (
            "وشكك معهد بحثي أميركي بارز أول من أمس، في تفسير إيران للنشاط، قائلا إن حركة المركبات ليس لها صلة.",
            &[("حركة المركبات ليس لها صلة", "معهد بحثي أميركي بارز")],
        ),
        // Papers (after واس, snn_was_011).
        (
            "وأولت الصحف المغربية الصادرة اليوم اهتمامها للقرض الجديد، مشيرة إلى أن قيمة القرض تصل إلى 130 مليون دولار.",
            &[(
                "قيمة القرض تصل إلى 130 مليون دولار",
                "الصحف المغربية",
            )],
        ),
        // A report (after الوطن, snn_alwatan_037; الشرق الأوسط, snn_aawsat_012).
        (
            "وقال المرصد إن القصف مستمر. وذكر التقرير الصعوبات التي تواجه فريق الشبكة، مشيراً إلى أنه يصعب تأكيد الوفاة.",
            &[
                ("القصف مستمر", "المرصد"),
                ("يصعب تأكيد الوفاة", "التقرير"),
            ],
        ),
    ];
    check_speakers(rows);
}
