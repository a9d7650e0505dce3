//! The shipped glossary's session-28 rows and guards (issue #16: coverage rows chosen among the
//! most frequent Arabic content words of the dev news that got no match; names read as words in
//! encyclopedic prose): sentences of the dev news articles (../shared/data/dev/news,
//! SaudiNewsNet, file named), of the AQMAR Arabic Wikipedia articles of the NER gold
//! (../shared/data/dev/ner, CC BY-SA; article named), or written for the test: `(text, the
//! English that must be among the matches or "", the English that must not)`, as in
//! `builtin_glossary_sense_guards`.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_rows_session_28() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // The coverage rows, through clitics and plurals.
        ("بشأن قطاع الكهرباء بقيمة 16.3 مليار دولار", "sector", ""), // aleqtisadiya
        ("دعم احتياجات قطاع التعليم", "sector", ""),                // alriyadh_005
        ("من قطاعات البنوك والقطاعات الحكومية", "sector", ""),      // written
        ("يسير باتجاه إنهاء الأسبوع على خسارة", "week", ""),         // aawsat_050
        ("لا تتجاوز ثلاثة أسابيع", "week", ""),                       // aawsat_051
        ("تصعيد في أعمال العنف في الآونة الأخيرة", "violence", ""),   // aawsat_026
        (
            "ويعتبر برنامج حماية الأجور إحدى أدوات الوزارة",
            "protection",
            "",
        ), // aljazirah_010
        ("إخلاء جميع سكان المبنى", "building", ""),                  // almadina_010
        ("رصدت مقطع فيديو يتم تداوله", "video", ""),                // almadina_021
        ("مع تزايد المخاوف بشأن تراجع النمو", "fears", ""),         // alyaum_029
        ("تطبيق احتياطات مكافحة انتشار العدوى", "combating", ""),   // okaz_051
        ("تطبيق احتياطات مكافحة انتشار العدوى", "spread", ""),      // okaz_051
        ("إغلاق 4 مجمعات طبية عامة", "closure", ""),                 // was_025
        // A phrase row takes its words: الرئاسة العامة للأرصاد وحماية البيئة.
        (
            "توقعت الرئاسة العامة للأرصاد وحماية البيئة",
            "environmental protection",
            "environment",
        ), // alweeam_025
        (
            "وزير الاتصالات وتكنولوجيا المعلومات",
            "information technology",
            "information",
        ), // 3alyoum_038
        ("لوحات مفاتيح ألعاب الفيديو", "video games", "video"), // 3alyoum_022
        ("واحتجاز جوازات السفر لبعض العلماء", "passport", "travel"), // sabq_022
        ("وفرض حظر السفر عليهم", "travel", ""),                 // sabq_022
        // The guards the reading on the 600 articles asked for.
        ("عاد الهدوء إلى القطاع بعد الغارات على غزة", "", "sector"), // written
        ("في اشتباكات مع مسلحين في رفح جنوب القطاع", "", "sector"), // samples/ar/gaza-ceasefire-talks
        ("ما يقارب 90 في المئة من سكان القطاع", "", "sector"), // samples/ar/gaza-ceasefire-talks
        ("انسحابا كاملا لقوات الاحتلال من القطاع", "", "sector"), // samples/ar/gaza-ceasefire-talks
        ("تخرج في كلية الحقوق بجامعة القاهرة", "", "rights"),  // written
        ("حقوق المريض وكرامته", "rights", ""),                 // almadina_017
        ("هذا القرار مبني على دراسة", "", "building"),         // written
        ("مؤشر فوتسي عند الإغلاق", "lockdown", "closure"),       // alyaum_009
        // Bare الإمارات: the emirates of history copy are no UAE; the UAE of news stays.
        ("وهي أصغر هذه الإمارات", "", "United Arab Emirates"), // AQMAR Crusades
        (
            "وكان لكل إمارة من هذه الإمارات أمير",
            "",
            "United Arab Emirates",
        ), // AQMAR Crusades
        (
            "حيث ساهمت الإمارات في إرسال فريق فني",
            "United Arab Emirates",
            "",
        ), // aawsat_021
        ("مع السعودية والكويت والإمارات", "United Arab Emirates", ""), // aleqtisadiya
        // A Christian pilgrimage is no Hajj.
        ("مع الحج إلى الأماكن المقدسة المسيحية", "", "Hajj"), // AQMAR Crusades
        ("تقليد الحج إلى مكة", "Hajj", ""),                  // AQMAR Islamic_Golden_Age
        ("تنطبق عليهم ضوابط الحج", "Hajj", ""),              // written
    ];
    super::check_senses(&m, ROWS);
}
