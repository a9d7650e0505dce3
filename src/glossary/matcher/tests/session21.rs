//! The shipped glossary's session-21 sense guards: sentences of the dev news articles
//! (../shared/data/dev/news, file named) and of the AQMAR Arabic Wikipedia articles of the NER
//! gold (../shared/data/dev/ner, CC BY-SA; article named), `(text, the English that must be among
//! the matches or "", the English that must not)`, as in `builtin_glossary_sense_guards`.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_sense_guards_session_21() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // Names read as words: a family name after ابن, بن, a title or عبد العزيز.
        ("ووضع ابن باجة (1095 - 1138) أولى قوانين الحركة", "", "Beja"), // AQMAR Physics
        ("بقيادة القائد الحجاج بن يوسف الثقفي", "", "pilgrims"),        // AQMAR Islamic_History
        (
            "أن أول فوج من الحجاج اليمنيين سيصل الديار المقدسة",
            "pilgrims",
            "",
        ), // alriyadh_043
        ("يتفرد الدكتور عبد العزيز الدوري بطرح تفسير", "", "league"),   // AQMAR Islamic_History
        (
            "وكان بلاتيني قد حصل خلال الأيام الماضية على دعم",
            "Michel Platini",
            "Latin",
        ), // aawsat_039
        // Football: Real clubs other than Madrid, the Bernabéu, the European Championship
        // before its year (the lead's reading of session-21 draws; sentences written for the
        // test); a sum keeps its currency.
        ("وفاز ريال بيتيس على ضيفه", "Real Betis", "riyal"),
        ("في ملعب سانتياغو برنابيو", "Santiago Bernabéu", "Santiago"),
        ("بعد تأهله إلى يورو 2016 في فرنسا", "", "euro"),
        ("بلغ السعر 100 يورو للطن", "euro", ""),
        // Idioms: a birthplace, a desktop, a rollover, a revolution of thought.
        ("وسمح له بالعودة إلى مسقط رأسه للمشاركة", "", "Muscat"), // AQMAR Christiano_Ronaldo
        (
            "وصل وزير الخارجية السوري، وليد المعلم إلى مسقط أمس",
            "Muscat",
            "",
        ), // aawsat_046
        ("مجموعة بيئات سطح المكتب المرافقة للنظام", "", "office"), // AQMAR Linux
        ("في حادث انقلاب تعرضت له عائلة على طريق الجوف", "", "coup"), // alweeam_046
        ("كانت نقطة فارقة أحدثت انقلابا في تاريخ المنطقة", "", "coup"), // AQMAR Islamic_History
        ("ضد مليشيات الانقلاب الحوثي", "coup", ""),                 // alwatan_034
        ("لاعب كرة قدم يلعب في منافسات القمة", "", "summit"),      // AQMAR Christiano_Ronaldo
        ("ولعلّ ذروة حماس الجمهور بدت جليّة", "", "Hamas"),         // aawsat_017
        // Nouns of the same letters as a verb or a term: systems, compatibility, elements, methods.
        ("العديد من الأدوات التي تخص نظم التشغيل", "", "organized"), // AQMAR Linux
        ("نظمت الإدارة العامة للبرامج والمنتجات", "organized", ""),  // 3alyoum_006
        ("بسبب توافق جنو / لينكس مع أنظمة أخرى", "", "agreed"),     // AQMAR Linux
        ("كانت الغالبية العظمى تدين بالوثنية", "", "condemned"),    // AQMAR Islamic_History
        (
            "بروز الميكانيكا الكلاسيكية كعنصر هام في الثورة العلمية",
            "",
            "members",
        ), // AQMAR Physics
        (
            "الخصائص العيانية للنظام وذلك بواسطة طرق إحصائية",
            "",
            "roads",
        ), // AQMAR Physics
        ("لكن التجربة أثبتت أن طاقة الإلكترونات", "", "experience"), // AQMAR Light
        (
            "سقطت قذائف عدة أطلقتها الفصائل المقاتلة على مناطق",
            "",
            "fighter jet",
        ), // aljazirah_004
        // History: Roman, Latin, Medina and the early Islamic state.
        ("احتلها الإمبراطور الروماني بومبي الأكبر", "", "Romanian"), // AQMAR Damascus
        ("للاعب بوديسكو هداف نادي أسترا الروماني", "Romanian", ""), // okaz_004
        (
            "تمت ترجمة كتب الرازي إلى اللغة اللاتينية",
            "Latin",
            "Latin American",
        ), // AQMAR Razi
        (
            "ثم تأسيس الدولة الإسلامية بالمدينة المنورة",
            "Islamic",
            "Islamic State",
        ), // AQMAR Islamic_History
        (
            "استهدفها بشكل مباشر تنظيم الدولة الاسلامية المتطرف",
            "Islamic State",
            "",
        ), // aleqtisadiya_033
        ("بالإضافة إلى سكان المدينة، ومكة، والطائف", "", "city"),   // AQMAR Islamic_History
        ("المهاجرين من الريف إلى المدينة وتعتبر", "city", ""),     // AQMAR Damascus
        (
            "أبرزهم البرازيلي رونالدو، والكاميروني صامويل إيتو",
            "",
            "Cristiano Ronaldo",
        ), // aawsat_024
        (
            "حول إمكانية انتقال رونالدو إلى مانشستر يونايتد",
            "Cristiano Ronaldo",
            "",
        ), // aleqtisadiya_005
        (
            "وأعدت المباني اللازمة لإقامة لفيف العلماء في موقع",
            "",
            "Lviv",
        ), // AQMAR Enrico_Fermi
        (
            "مثلها مثل البريد الإلكتروني ومشاركة الملفات",
            "",
            "participation",
        ), // AQMAR Internet
        (
            "وقاعتي الأنصار والمهاجرين، وقاعة المسجد النبوي",
            "",
            "migrants",
        ), // almadina_037
        (
            "تؤدي محاولات التسلل المتواصلة للمهاجرين غير القانونيين",
            "migrants",
            "",
        ), // alyaum_013
        (
            "قرر الخليفة أبو بكر الصديق مقاتلة جميع المرتدين",
            "",
            "fighter jet",
        ), // AQMAR Islamic_History
        // مالاوي is the country; المالاوية the Malay language.
        (
            "لتخطي عقبة تنزانيا أو مالاوي، وتلتقي ليبيا مع رواندا",
            "Malawi",
            "Malawian",
        ), // aawsat_024
        ("الفرنسية، الإندونيسية، المالاوية، الأوردية", "", "Malawian"), // aljazirah_046
    ];
    super::check_senses(&m, ROWS);
}
