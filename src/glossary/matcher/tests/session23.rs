//! The shipped glossary's session-23 rows: sentences written on the model of the dev news
//! articles (../shared/data/dev/news, file named), `(text, the English that must be among the
//! matches or "", the English that must not)`, as in `builtin_glossary_sense_guards`.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_sense_guards_session_23() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // النيل من "to undermine" is no Nile (after alriyadh_044's imam quoted on the bombing).
        (
            "مهما حاولوا النيل من أمن هذه البلاد فلن يفلحوا",
            "undermining",
            "Nile River",
        ),
        (
            "في محاولة للنيل من سمعة المملكة",
            "undermining",
            "Nile River",
        ),
        // The river keeps its name, also before من after a word of the river.
        (
            "وتبلغ حصة مصر من مياه النيل من السد",
            "Nile River",
            "undermining",
        ),
        ("وتنتشر القرى على ضفاف النيل في الصعيد", "Nile River", ""),
        // The bare Al Ahly only in sports copy (after okaz's column on the club's talks).
        (
            "إذا أراد الأهلي اللاعب حسن معاذ فعليه أن ينتظر نهاية الدوري",
            "Al Ahly",
            "",
        ),
        ("وأعلن البنك الأهلي أرباحه الفصلية للدوري", "", "Al Ahly"),
        ("ويحظى التعليم الأهلي بدعم الدولة", "", "Al Ahly"),
        ("وارتفعت أسهم شركات التعاون والأهلي وبتروكيم", "", "Al Ahly"),
        // The whole name of the foundation, not its first words (after the aleqtisadiya
        // report on the summer programme).
        (
            "برعاية مؤسسة الملك عبد العزيز ورجاله للموهبة والإبداع",
            "King Abdulaziz and His Companions Foundation for Giftedness and Creativity (Mawhiba)",
            "",
        ),
    ];
    super::check_senses(&m, ROWS);
}
