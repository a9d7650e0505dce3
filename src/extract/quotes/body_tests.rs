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

#[test]
fn subjects_after_a_circumstance_or_before_a_question() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A circumstance set off by commas before the sentence's first verb: its subject is
        // the one the next sentence's وقال goes on about, not the older speaker (after الشرق
        // الأوسط, snn_aawsat_018).
        (
            "وقال قائد شرطة نيروبي، بنسون كيبوي، إن الشوارع ستغلق. وفي خطاب متلفز، أول من أمس، أقر الرئيس الكيني أوهورو كيناتا بوجود تهديد إرهابي. وقال: «بلدنا تحمل هجمات المنحرفين».",
            &[
                ("الشوارع ستغلق", "بنسون كيبوي"),
                ("«بلدنا تحمل هجمات المنحرفين»", "أوهورو كيناتا"),
            ],
        ),
        // عما (عن + ما) ends the subject of سئل (after الرياض, snn_alriyadh_045).
        (
            "وسئل مسؤول فرنسي عما اذا كان اطلاق سراحها جاء بعد دفع فدية فقال ان فرنسا لا تعطي أي تفاصيل.",
            &[("فرنسا لا تعطي أي تفاصيل", "مسؤول فرنسي")],
        ),
    ];
    check_speakers(rows);
}

/// Session 25 round 2 (`governed.rs`): a body named after a person (its office, family,
/// coalition) is the speaker, in Arabic as written and in English; the person alone stays the
/// speaker when no body heads the subject.
#[test]
fn a_body_named_after_a_person_speaks() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // After الرياض, snn_alriyadh_045.
        (
            "قال مكتب الرئيس الفرنسي فرانسوا هولاند في بيان إن الرهينة أطلق سراحها.",
            &[("الرهينة أطلق سراحها", "مكتب الرئيس الفرنسي فرانسوا هولاند")],
        ),
        // After الوئام, snn_alweeam_016.
        (
            "قالت عائلة بوبي كريستينا براون في بيان إن بوبي كريستينا توفيت يوم الأحد.",
            &[(
                "بوبي كريستينا توفيت يوم الأحد",
                "عائلة بوبي كريستينا براون",
            )],
        ),
        // The leader after بزعامة, the coalition carried to a participle (after الجزيرة,
        // snn_aljazirah_028).
        (
            "طالب ائتلاف الوطنية بزعامة اياد علاوي الحكومة العراقية باتخاذ خطوات لضرب الأطراف التي أصبحت “تعيث في الأرض فساداً”، محذرة من تصاعد الغضب.",
            &[(
                "“تعيث في الأرض فساداً”",
                "ائتلاف الوطنية بزعامة اياد علاوي",
            )],
        ),
        // No body: the person.
        (
            "قال الرئيس الفرنسي فرانسوا هولاند في بيان إن الرهينة أطلق سراحها.",
            &[("الرهينة أطلق سراحها", "فرانسوا هولاند")],
        ),
        // A head with the article is no construct: the office named before is not read here.
        (
            "وقالت العائلة في بيان إن الجنازة ستقام غدا.",
            &[("الجنازة ستقام غدا", "العائلة")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn a_body_named_after_a_person_in_english() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        (
            "قال مكتب الرئيس الفرنسي فرانسوا هولاند في بيان إن الرهينة أطلق سراحها.",
            &[("الرهينة أطلق سراحها", "the office of Francois Hollande")],
        ),
        (
            "وقال ائتلاف الوطنية بزعامة اياد علاوي في بيان إن الحكومة فشلت.",
            &[("الحكومة فشلت", "the coalition led by Ayad Allawi")],
        ),
    ];
    super::super::testutil::check(crate::extract::FactKind::Quote, rows, None);
}

/// A body named by its head noun alone speaks in English as "the" + the noun, not as a
/// romanized name (الجماعة was "Al-Jammaaa", الرابطة "Al-Rabeta"); sentences written for the
/// test after wire copy.
#[test]
fn bodies_by_their_head_noun_speak_in_english() {
    use super::super::testutil::check_english;
    use super::super::FactKind::Quote;
    check_english(
        Quote,
        &[
            (
                "وقالت الجماعة في بيان إنها مستعدة للحوار.",
                "the group said: مستعدة للحوار",
            ),
            (
                "وقالت الرابطة إن المباراة تأجلت.",
                "the league said: المباراة تأجلت",
            ),
            (
                "وقالت السلطة إن المعبر سيفتح.",
                "the authority said: المعبر سيفتح",
            ),
            (
                "وقال الصندوق إن النمو سيتباطأ.",
                "the fund said: النمو سيتباطأ",
            ),
        ],
        None,
    );
}
