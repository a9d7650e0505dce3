//! The shipped glossary's session-25 sense guard on جولة (issue 16, the parallel Wikinews
//! documents): `(text, the English that must be among the matches or "", the English that must
//! not)`, as in `builtin_glossary_sense_guards`. Sentences of FLORES-200 devtest Wikinews
//! (../shared/data/dev/parallel, CC BY-SA, document named), of the dev news articles
//! (../shared/data/dev/news, SaudiNewsNet, file named) or written for the test.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_sense_guards_session_25_tour() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // A run of a race is no tour.
        (
            "حصلت على نتيجة \"لم تُنه السباق\" في أول جولة لها",
            "",
            "tour",
        ), // flores_wn_081
        (
            "سجل المتسابق أسرع زمن في الجولة الثانية من السباق",
            "",
            "tour",
        ), // written
        ("انتهت الجولة قبل نهاية الشوط الأول", "", "tour"), // written
        // An official's tour and an inspection round keep theirs, after a number too.
        ("نفذت 12 جولة خلال 45 يوماً", "tour", ""), // aljazirah_040
        (
            "قام الأمير بجولة في المشروعات التنموية بالمحافظة",
            "tour",
            "",
        ), // written
    ];
    super::check_senses(&m, ROWS);
}
