//! The shipped glossary's session-22 sense guards and rows: sentences of the dev news articles
//! (../shared/data/dev/news, file named) and of the AQMAR Arabic Wikipedia articles of the NER
//! gold (../shared/data/dev/ner, CC BY-SA; article named), `(text, the English that must be among
//! the matches or "", the English that must not)`, as in `builtin_glossary_sense_guards`.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_sense_guards_session_22() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // على هيئة "in the form of"; the authority keeps its own.
        (
            "وهو مصنوع من الخشب المجمع على هيئة أشكال هندسية",
            "",
            "authority",
        ), // AQMAR Ibn_Tolun_Mosque
        (
            "يذكر أن الهيئة تعمل مع شركائها من الجهات الحكومية",
            "authority",
            "",
        ), // 3alyoum_006
        // مقابلة: an interview near its words, else meeting, facing, corresponding.
        (
            "المجلس تأسس في 1882 بعد مقابلة اتحاد كرة القدم في مانشستر",
            "",
            "interview",
        ), // AQMAR Football
        (
            "بنسبة بلغت 8% عن الفترة المقابلة من العام السابق",
            "",
            "interview",
        ), // alyaum_026
        (
            "وأعرب العربي في مقابلة مع وكالة رويترز عن عدم توقعه",
            "interview",
            "",
        ), // aleqtisadiya
        // A Real club is no riyal; a sum keeps its currency.
        (
            "وفي لقاء الأياب تعرض ريال إلى خسارة مذلة بخمسة أهداف",
            "",
            "riyal",
        ), // AQMAR Raul_Gonzales
        (
            "بالإضافة للرحيل ألفونسو بيريز إلى ريال بيتس",
            "Real Betis",
            "riyal",
        ), // AQMAR Raul_Gonzales
        ("مقابل صافي ربح 92 مليون ريال للربع المماثل", "riyal", ""), // aleqtisadiya
        // ب + طاقة "with a capacity" near a unit of power or before قدرها; cards stay cards.
        (
            "وكانت في الاتحاد السوفيتي بطاقة 5 ميجا واط",
            "energy",
            "card",
        ), // AQMAR Nuclear_Power
        ("إذا كان يعمل بطاقة قدرها 1000 ميجاوات", "", "card"), // AQMAR Nuclear_Power
        ("ومخالفات البطاقة 340319 كيلو غراماً", "card", ""),    // aljazirah_038
        // Physics: a nuclear detonation, energy released, chemical elements.
        ("وبسرعة هائلة في حالة تفجير سلاح نووي", "", "bombing"), // AQMAR Nuclear_Power
        (
            "ومن المتوقع أن يزور أوباما موقع التفجير في نيروبي",
            "bombing",
            "",
        ), // aawsat_018
        (
            "الطاقة النووية هي الطاقة التي تنطلق أثناء انشطار الأنوية",
            "",
            "got under way",
        ), // AQMAR Nuclear_Power
        (
            "جدة انطلقت اليوم الجولة الثالثة لتصفيات كأس أمم آسيا",
            "got under way",
            "",
        ), // 3alyoum_014
        (
            "لإنتاج عنصر جديد هو البلوتونيوم الذي يستخلص بطرق كيميائية",
            "",
            "members",
        ), // AQMAR Nuclear_Power
        ("قتل عدد من عناصر التنظيم في غارة", "members", ""),    // written for the test
        ("ويمكن تخصيب اليورانيوم بعدة طرق. ففي برنامج", "", "roads"), // AQMAR Nuclear_Power
        // A mosque's ziyada and its repairs; an increase and reforms elsewhere.
        (
            "ويتوسط الزيادة الغربية الفريدة في نوعها منارة الجامع",
            "",
            "increase",
        ), // AQMAR Ibn_Tolun_Mosque
        ("تمت الإصلاحات في هذا الجامع عدة مرات", "", "reforms"), // AQMAR Ibn_Tolun_Mosque
        (
            "أن هناك زيادة في الطلب وهذه الزيادة يترتب عليها ارتفاع",
            "increase",
            "",
        ), // 3alyoum_002
        (
            "شرعت في سلسلة من الإصلاحات التي شملت خفض دعم الطاقة",
            "reforms",
            "",
        ), // aleqtisadiya_026
        // A scientist before a field or a nationality; a poll of players; Athena; UEFA's cup.
        (
            "تمكن كلوديو فيلبون العالم النووي ومدير مركز الطاقة",
            "",
            "world",
        ), // AQMAR Nuclear_Power
        (
            "اختير راؤول سادس أفضل لاعب في العالم باستفتاء الفيفا",
            "",
            "referendum",
        ), // AQMAR Raul_Gonzales
        (
            "حسب الأساطير اليونانية، فيووس هو شقيق أثينا الكبير",
            "",
            "Athens",
        ), // AQMAR Summer_Olympics2004
        (
            "استؤنفت في العاصمة اليونانية أثينا أمس المفاوضات",
            "Athens",
            "",
        ), // aleqtisadiya_047
        (
            "وكأس إيطاليا مرة واحدة، وكأس الاتحاد الأوروبي",
            "UEFA Cup",
            "European Union",
        ), // 3alyoum_013
        // The language in a list of languages; Al Arabiya's website.
        (
            "ترجمة المؤتمر إلى سبع لغات هي التركية، العربية، الإنجليزية",
            "",
            "Arab",
        ), // okaz_005
        (
            "بالقتل العمد، وفقاً لـ”العربية نت”",
            "Al Arabiya.net",
            "Arab",
        ), // 3alyoum_048
        // بحماس "with enthusiasm", but Hamas after a member or a leader.
        (
            "إذ راح الجمهور ينشد كلماتها بحماس مما دفع",
            "with enthusiasm",
            "Hamas",
        ), // aawsat_017
        ("وقال القيادي بحماس إن الحركة", "Hamas", "with enthusiasm"), // written for the test
        // The Riyadh clubs alone in sports copy; victory and the crescent elsewhere.
        (
            "حرم الهلال منافسه النصر بطل الدوري من تحقيق الثنائية",
            "Al Nassr",
            "",
        ), // 3alyoum_004
        (
            "وفشل ياسر الشهراني لاعب الهلال في السيطرة على كرة",
            "Al Hilal",
            "",
        ), // 3alyoum_004
        ("وينتظرون دوماً النصر القادم من السماء", "", "Al Nassr"), // a dev news article
        ("رسم العلم المصري ذو الهلال وبداخله 3 نجوم", "", "Al Hilal"), // a dev news article
        // جامعه "his mosque"; a nisba after the classical names; exposed, overlooks.
        ("شيد جامعه على جبل يشكر فبدأ في بنائه", "", "university"), // AQMAR Ibn_Tolun_Mosque
        ("وأنشد أبو عمرو الكندي في كتاب الأمراء", "", "Canadian"),   // AQMAR Ibn_Tolun_Mosque
        ("من الجسم المعرض للإشعاع النووي", "", "exhibition"),        // AQMAR Nuclear_Power
        // Growing a crop; a stadium and an architect named Santiago.
        ("إلى زراعة المحاصيل الغذائية في الفضاء", "", "agriculture"), // aawsat_054
        (
            "يلعب جميع مبارياته الرسمية في ملعب سانتياغو بيرنابيو",
            "Santiago Bernabéu",
            "Santiago",
        ), // AQMAR Real_Madrid
        (
            "الذي صممه المهندس الإسباني سانتياغو كالاترافا",
            "Santiago Calatrava",
            "Santiago",
        ), // AQMAR Summer_Olympics2004
        ("ان يتجاوز عن خصوصياته وان يتطلع للمستقبل", "", "exceeded"), // alyaum_015
        ("على مساحة تتجاوز 13 مليون متر مربع", "exceeded", ""),       // 3alyoum_010
    ];
    super::check_senses(&m, ROWS);
}
