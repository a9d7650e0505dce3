//! The shipped glossary's session-26 sense guards and rows (issue #16: precision beyond news):
//! sentences of the dev news articles (../shared/data/dev/news, SaudiNewsNet, file named), of
//! the AQMAR Arabic Wikipedia articles of the NER gold (../shared/data/dev/ner, CC BY-SA;
//! article named), of the TICO-19 non-news documents (../shared/data/dev/parallel, CC0; document
//! named), or written for the test: `(text, the English that must be among the matches or "",
//! the English that must not)`, as in `builtin_glossary_sense_guards`.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_sense_guards_session_26() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // عنصر is a member of a force or a group only near the words of one; in science and
        // software copy it is an element or an item.
        (
            "العناصر الموجودة في كل مجموعة لها نفس التكافؤ",
            "",
            "members",
        ), // AQMAR Periodic_Table
        ("لا فرق بين عنصر و آخر", "", "members"), // AQMAR Atom
        ("زيادة قيمة العنصر الخاص ببيانات المتغير", "", "members"), // AQMAR Computer_Software
        ("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30", "members", ""), // alriyadh_020
        ("بسبب مقاومته عناصر الشرطة واعتدائه عليهم", "members", ""), // aleqtisadiya_001
        ("سعيا إلى تجنيد عناصر طائفية من سكان الضواحي", "members", ""), // aawsat_034
        // The periodic table is no league; the league table stays.
        (
            "الجدول الدوري للعناصر الكيميائية",
            "periodic table",
            "league",
        ), // AQMAR Periodic_Table
        (
            "توضع في نفس المجموعة بالجدول الدوري",
            "periodic table",
            "league",
        ), // AQMAR Periodic_Table
        ("اعتماد الجداول الدوري الممتاز", "league", "periodic table"), // almadina_041
        // A disease or a fit is no injury: أصيب بـ, المصابين بـ; the virus rows.
        (
            "وقال شيلينج الذي اصيب بالسرطان بعد مضغ التبغ",
            "",
            "was injured",
        ), // alriyadh_042
        ("حتى أصيب بأزمة القلب وهو يهبط من القطار", "", "was injured"), // alriyadh_025
        (
            "بتسليم هدايا للأطفال والمرضى المصابين بالسرطان",
            "",
            "injured",
        ), // aljazirah_001
        ("يتعافى معظم الأشخاص المصابين بكوفيد-19", "", "injured"), // tico19_Wikipedia_handpicked_1
        ("أصيب ثلاثة جنود بجروح في الهجوم", "was injured", ""),    // written
        ("وأصيب 12 شخصا في الحادث", "was injured", ""),           // written
        ("الدعاء للمصابين بالشفاء العاجل", "injured", ""),        // alyaum_038
        (
            "يحتمل أن يكونوا قد أصيبوا بالفيروس داخل المستشفى",
            "was infected",
            "was injured",
        ), // flores_wn_031
        (
            "عدد الأشخاص المصابين بفيروس كورونا",
            "the infected",
            "injured",
        ), // written
        // صناعة before one made thing or a craft is making; an industry stays.
        ("تم أخذ سر صناعة الورق من أسرى حرب", "", "industry"), // AQMAR Islamic_History
        ("لاستخدامه في صناعة القنابل الذرية", "", "industry"),  // AQMAR Nuclear_Power
        ("أن يتعلم الطلاب صناعة الطب في المدن الكبيرة", "", "industry"), // AQMAR Razi
        ("لدعم صناعة العسل في أربعة أفرع", "industry", ""),    // alwatan_022
        // يجري before a verbal noun of a work in progress is "is being done".
        (
            "الاستثمارات التي يجري تنفيذها خلال الفترة الماضية",
            "",
            "conducted",
        ), // aleqtisadiya_026
        ("ويجري بناؤه على أعلى قمة في جزيرة ماوي", "", "conducted"), // aleqtisadiya_051
        ("في حين يجري تجاهلها تقريبا في وسائل الإعلام", "", "conducted"), // AQMAR Internet
        ("وتجري الحكومة و«فارك» محادثات سلام", "conducted", ""),      // aawsat_026
        ("أجرت الوزارة تحقيقا في الحادث", "conducted", ""),          // written
        // A construct with a pronoun: his / her prime minister.
        (
            "حصار هادي ورئيس وزرائه يوم كانوا في صنعاء",
            "prime minister",
            "president",
        ), // alweeam_014
        (
            "وقد رفض رئيس وزرائها هذا المطلب",
            "prime minister",
            "president",
        ), // AQMAR Enrico_Fermi
        // تعادل right after كانت, بأنها is "equals"; a draw stays.
        ("وقدرت قوة الانفجار بأنها تعادل تفجير 20 ألف طن", "", "drew"), // AQMAR Enrico_Fermi
        ("كانت تعادل الطاقة التي تستهلكها مدينة نيويورك", "", "drew"), // AQMAR Enrico_Fermi
        ("وتعادل مع النهضة العماني وتغلب على الأهلي", "drew", ""),      // okaz_054
        // Ways, systems, periodic, sharing, an edifice.
        ("يعمل الباحثون على اكتشاف طرق لمنع هذه الإصابات", "", "roads"), // AQMAR Richard_Stallman
        ("يمكن للأفراد تطبيق طرق التباعد الاجتماعي", "", "roads"), // tico19_Wikipedia_handpicked_1
        ("جولته على بعض الطرق في محافظة الخرج", "roads", ""),    // 3alyoum_003
        ("نظم التحكم في نسخ الإصدارات", "", "organized"),         // AQMAR Internet
        (
            "يمكن العاملين ضمن نظم يونيكس من تأدية المهام",
            "",
            "organized",
        ), // AQMAR Richard_Stallman
        ("تتكرر الخواص الكيميائية بصفة دورية في الجدول", "", "patrol"), // AQMAR Periodic_Table
        ("ضبطت دورية أمنية المطلوب", "patrol", ""),              // written
        (
            "مما منع مشاركة الشيفرة المصدرية للبرمجيات",
            "",
            "participation",
        ), // AQMAR Richard_Stallman
        ("أسهم بنصيب وافر في بناء صرح العلم", "", "said"),       // AQMAR Razi
        ("وصرح المتحدث الرسمي بأن العمل مستمر", "said", ""),     // written
    ];
    super::check_senses(&m, ROWS);
}
