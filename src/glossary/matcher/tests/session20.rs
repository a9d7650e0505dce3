//! The shipped glossary's session-20 senses and word forms: sentences of the dev news articles
//! (../shared/data/dev/news, file named), `(text, the English that must be among the matches or
//! "", the English that must not)`, as in `builtin_glossary_sense_guards`.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_sense_guards_session_20() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // A nisba or place after a first name is a family name (`rules::family_name`); not
        // after a name an institution is named for.
        (
            "المتحدث الأمني بوزارة الداخلية اللواء منصور التركي أشار",
            "",
            "Turkish",
        ), // alwatan_031
        (
            "للمجاهدين الدكتور عبدالله السويد وعدد من قادة القطاعات",
            "",
            "Sweden",
        ), // alwatan_031
        (
            "الدكتور عبدالله بن عبدالمحسن التركي الأمين العام لرابطة",
            "",
            "Turkish",
        ), // alyaum_036
        ("بالتعاون مع جامعة نايف العربية للعلوم", "Arab", ""), // alweeam_023
        ("دربت قوات تركمانية سورية في المنطقة", "Syrian", "Syria"), // aawsat_020
        // An adjective after a broken plural (`rules::BROKEN_PLURALS`).
        ("وبحسب مصادر سورية معارضة في الجنوب", "Syrian", "Syria"), // aawsat_034
        // المنشآت is an establishment; the installations are rows of their own.
        (
            "التي توفرها منشآت حجاج الداخل، شريطة أن",
            "establishments",
            "facilities",
        ), // alriyadh_049
        (
            "هجماتها على الدوريات العسكرية وكذلك على المنشآت النفطية",
            "oil facilities",
            "establishments",
        ), // aawsat_026
        (
            "لتنفيذ عمليات إرهابية تستهدف منشآت حيوية في القيروان",
            "vital facilities",
            "",
        ), // aawsat_045
        // Senses and idioms.
        ("وتبدأ بالبحث حولك عن مبادرة", "", "research"), // alweeam_022
        ("قد بدأت في البحث بشكل جدي عن التعاقد", "", "research"), // aleqtisadiya_034
        (
            "ضباط إدارة البحث الجنائى ومجموعات الأمن المركزي",
            "criminal investigation",
            "research",
        ), // aljazirah_019
        (
            "وقيام عمليات الجرد والحصر والبحث والإنقاذ",
            "search and rescue",
            "research",
        ), // almadina_043
        (
            "تتويجًا لجهوده وتميزه من خلال مسيرته في البحث العلمي",
            "research",
            "",
        ), // 3alyoum_020
        ("مجريات البحث والتحري عن شابين", "course", "Hungarian"), // almadina_021
        ("وحارس مرمى بولتون المجري آدم بوغدان", "Hungarian", ""), // alweeam_006
        ("ويوجد في الطابق العلوي من المنزل غرف النوم", "", "Alawite"), // 3alyoum_016
        ("وجمهوره خصوصًا داخل الطائفة العلوية", "Alawite", ""), // aawsat_016
        (
            "وهبطت في شمال محافظة بارق يوم أمس الأول",
            "the day before yesterday",
            "yesterday",
        ), // aljazirah_022
        (
            "إنه تناول أمس أول طبقا محضرا من خضروات",
            "",
            "the day before yesterday",
        ), // okaz_055
        (
            "إضافة إلى ما تقدمه مدينة الألعاب من وسائل",
            "amusement park",
            "city",
        ), // alwatan_017
        ("من خلال ربط الحلقة العلوية لجسر المطاف", "", "Alawite"), // almadina_040
        ("كانت تخترقها من قمة رأسها حتى أخمص قدميها", "", "summit"), // aljazirah_013
        ("في عمل اتحاد القدم المنتخب", "", "national team"), // alwatan_004
        ("(الربيش) كسب الجولة ثلاث مرات", "", "tour"),    // alwatan_004
        ("إلى من يعلق الجرس ويكشف بوضوح", "", "suspended"), // alwatan_004
        (
            "وفرت فيها المؤسسات المشاركة جميع احتياجات الأسرة",
            "",
            "participation",
        ), // alwatan_017
        ("كحافز للأندية للمشاركة في هذه البطولات", "participation", ""), // almadina_041
        (
            "يقوم بها كمن يروم ماء من سراب ويبتغي مستحيلا ويجري خلف خيال",
            "",
            "conducted",
        ), // okaz_042
        ("أن يدخل مع الشباب مفاوضات أخرى", "", "young people"), // okaz_010
        ("اعتماد إقامة دوري الشباب يوم الجمعة", "", "young people"), // almadina_041
        ("لحماية الشباب من الفكر الإرهابي", "young people", ""), // 3alyoum_051
        (
            "تحت إشراف الفريق الطبي الخاص من شركة بوبا العربية",
            "Bupa Arabia",
            "Arab",
        ), // aleqtisadiya_034
        // The lead's rows, from the second draw's families (its figure was judged before them):
        // a cup's name, the Security Council's resolutions, a score's nil, the PKK.
        (
            "بعد طرده في بطولة كوبا أميركا الأخيرة",
            "Copa América",
            "Cuba",
        ), // aawsat_024
        (
            "بتنفيذ قرار مجلس الأمن الدولي رقم 2216",
            "Security Council resolution",
            "decision",
        ), // was_017
        (
            "صوت المجلس على مشروع القرار المقدم",
            "draft resolution",
            "decision",
        ), // alyaum_035
        ("قبل أن تفوز عليها 3/صفر في الإياب", "", "Safar"), // aawsat_024
        ("في الرابع والعشرين من صفر 1407", "Safar", ""),   // alwatan_001
        (
            "هجوم نفذه مسلحون من حزب العمال الكردستاني جنوب تركيا",
            "Kurdistan Workers' Party (PKK)",
            "Labour Party",
        ),
        ("اتهمت أنقرة حزب العمال بتنفيذ الهجوم", "", "Labour Party"), // alwatan_040
        ("فاز حزب العمال البريطاني في الانتخابات", "Labour Party", ""),
    ];
    super::check_senses(&m, ROWS);
}

#[test]
fn first_names_are_sorted_for_binary_search() {
    let names = super::super::rules::FIRST_NAMES;
    assert!(names.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
}
