//! Sense guards, word forms and statuses in the matcher: table-driven, on real-looking news
//! Arabic (sentences written for these tests).

use std::path::Path;

use crate::glossary::{parse_csv, Glossary, Matcher, Status};

const GUARDED: &str = "\
arabic,english,category,variants,note,source,guard
فتح,Fatah,group,,,test,cue: حركة|حماس|عباس
كانو,Kano,place,,,test,exact
يمني,Yemeni,nationality,,,test,not-prev: اليد|القدم
آب,August,month,,gregorian:8,test,cue: #|شهر|الماضي
ميتا,Meta,org,,,test,cue: شركة|فيسبوك
جدة,Jeddah,place,,,test,not-prev: كان
نيسان,Nissan,org,,,test,status: forbidden
مجري,Hungarian,nationality,,,test,not-next: النهر
مستوطن,settler,term,,,test,forms: plural|dual
وقف إطلاق النار,ceasefire,term,,,test,
الأمن القومي,national security,term,,,test,
سلاح نووي,nuclear weapon,term,أسلحة نووية,,test,
وزير الخارجية,foreign minister,title,,,test,
رئيس الوزراء,prime minister,title,,,test,
الحرب الأهلية,civil war,term,,,test,
حكومة,government,term,,,test,
تل أبيب,Tel Aviv,place,,,test,
سي إن إن,CNN,org,,,test,
الحزب الديمقراطي,Democratic Party,org,,,test,
كيم جونغ أون,Kim Jong Un,person,,,test,
كابل,Kabul,place,,,test,
عدن,Aden,place,,,test,
مقدوني,Macedonian,nationality,,,test,
مقدونيا,North Macedonia,place,,,test,
كوري,Korean,nationality,,,test,
كوريا الجنوبية,South Korea,place,,,test,
فلسطيني,Palestinian,nationality,,,test,
حوار ثنائي,bilateral dialogue,term,,,test,
ألماني,German,nationality,,,test,
ألمانيا,Germany,place,,,test,
الشرق الأوسط,Middle East,place,,,test,not-quoted
الشرق الأوسط,Asharq Al-Awsat,org,,,test,quoted
علماء,scientists,term,,,test,not-cue: الدين|الدعاة|المشايخ
";

fn matcher() -> Matcher {
    let g = Glossary::from_entries(parse_csv(Path::new("g.csv"), GUARDED).unwrap());
    Matcher::new(&g)
}

/// `surface=english` for every match (also the submodules' tests).
/// Each row `(text, english, not)`: `english` is among the matches' English (or is ""), and
/// `not` is not (or is "").
pub(super) fn check_senses(m: &Matcher, rows: &[(&str, &str, &str)]) {
    for &(text, want, not) in rows {
        let got: Vec<String> = m
            .find(text)
            .iter()
            .map(|t| m.glossary().entries()[t.entry].english.clone())
            .collect();
        assert!(
            want.is_empty() || got.iter().any(|e| e == want),
            "{text}: {got:?}"
        );
        assert!(
            not.is_empty() || !got.iter().any(|e| e == not),
            "{text}: {got:?}"
        );
    }
}

pub(super) fn render(m: &Matcher, text: &str) -> Vec<String> {
    m.find(text)
        .iter()
        .map(|t| {
            let e = &m.glossary().entries()[t.entry];
            format!("{}={}", &text[t.span.start..t.span.end], e.english)
        })
        .collect()
}

/// `(rule, text, expected matches)`.
const TABLE: &[(&str, &str, &[&str])] = &[
    // cue: فتح is Fatah only near a group cue.
    ("cue present", "قال قيادي في حركة فتح إن", &["فتح=Fatah"]),
    // أل of ألماني is the word's own: the article goes before it (الألمانية).
    ("hamza lam", "زار ألمانيا", &["ألمانيا=Germany"]),
    (
        "hamza lam with the article",
        "قال المدرب الألماني",
        &["الألماني=German"],
    ),
    (
        "hamza lam, clitic and article",
        "وبالألماني",
        &["وبالألماني=German"],
    ),
    ("cue after", "أعلنت فتح وحماس اتفاقا", &["فتح=Fatah"]),
    ("no cue", "فتح الباب أمام المفاوضات", &[]),
    ("cue beyond the sentence", "حركة. ثم فتح الباب", &[]),
    // exact: كانو, never كانوا or وكانو.
    (
        "exact as written",
        "وصل إلى كانو في نيجيريا",
        &["كانو=Kano"],
    ),
    ("exact: no accusative alef", "كانوا هناك", &[]),
    ("exact: no proclitic", "وكانو", &[]),
    // not-prev: اليد اليمنى is the right hand.
    ("not-prev", "رفع اليد اليمنى", &[]),
    ("not-prev other word", "الشعب اليمني", &["اليمني=Yemeni"]),
    // cue with a number: آب is August only as a date.
    ("month with a number", "في 15 آب 2015", &["آب=August"]),
    ("month without a cue", "كان أب لثلاثة أطفال", &[]),
    ("cue word", "أعلنت شركة ميتا", &["ميتا=Meta"]),
    ("cue missing", "أكثر من مئة ميتا", &[]),
    ("not-prev Jeddah", "كان جده يزرع", &[]),
    ("Jeddah", "وصل إلى جدة أمس", &["جدة=Jeddah"]),
    // status: forbidden never matches.
    ("forbidden", "سيارة نيسان", &[]),
    ("not-next", "مجرى النهر", &[]),
    ("not-next other", "الشعب المجري", &["المجري=Hungarian"]),
    // forms: declared plural and dual.
    (
        "declared plural",
        "هاجم المستوطنون القرية",
        &["المستوطنون=settler"],
    ),
    ("declared dual", "اعتقل مستوطنين", &["مستوطنين=settler"]),
    // Possessive suffixes: ة → ت before the suffix, multi-word after a plain stem.
    ("possessive on ة", "قالت حكومتها", &["حكومتها=government"]),
    (
        "possessive multi-word",
        "أسلحتها النووية",
        &["أسلحتها النووية=nuclear weapon"],
    ),
    (
        "possessive plain stem",
        "يهدد أمننا القومي",
        &["أمننا القومي=national security"],
    ),
    // Construct state and indefinite forms of common noun phrases.
    (
        "construct",
        "وزير خارجية فرنسا",
        &["وزير خارجية=foreign minister"],
    ),
    (
        "construct 2",
        "رئيس وزراء مقدونيا",
        &["رئيس وزراء=prime minister", "مقدونيا=North Macedonia"],
    ),
    ("indefinite", "اندلعت حرب أهلية", &["حرب أهلية=civil war"]),
    (
        "ل-genitive",
        "وقف لإطلاق النار",
        &["وقف لإطلاق النار=ceasefire"],
    ),
    (
        "nisba before ل",
        "وقف فوري لإطلاق النار",
        &["وقف فوري لإطلاق النار=ceasefire"],
    ),
    (
        "indefinite last word",
        "وقف إطلاق نار",
        &["وقف إطلاق نار=ceasefire"],
    ),
    // The second word as the first word's form asks: with the article of agreement, ل of
    // the genitive before a definite word, the accusative alef (each tested before the
    // words are compared: first letter, last letter and length).
    (
        "definite agreement",
        "استؤنف الحوار الثنائي",
        &["الحوار الثنائي=bilateral dialogue"],
    ),
    (
        "accusative second word",
        "أجرى الطرفان حوارا ثنائيا",
        &["حوارا ثنائيا=bilateral dialogue"],
    ),
    (
        "ل-genitive of a definite word",
        "تعيين وزير للخارجية",
        &["وزير للخارجية=foreign minister"],
    ),
    (
        "a second word that only starts and ends alike",
        "حوار ثلاثي",
        &[],
    ),
    // Proclitics on a two-letter first word of a multi-word name.
    ("clitic on تل", "بين القدس وتل أبيب", &["وتل أبيب=Tel Aviv"]),
    ("clitic on سي", "قالت وسي إن إن", &["وسي إن إن=CNN"]),
    // Spelling folds.
    (
        "ديموقراطي",
        "الحزب الديموقراطي",
        &["الحزب الديموقراطي=Democratic Party"],
    ),
    ("جونج", "كيم جونج أون", &["كيم جونج أون=Kim Jong Un"]),
    // Names: no article added, no accusative alef.
    ("الكابل", "قطع الكابل", &[]),
    ("كابل", "في كابل", &["كابل=Kabul"]),
    ("عدنا", "ثم عدنا إلى البيت", &[]),
    // A word in ـيا is a name, not the accusative of a nisba adjective.
    (
        "مقدونيا listed",
        "زار مقدونيا",
        &["مقدونيا=North Macedonia"],
    ),
    // كوريا is spelled by the glossary (the first word of كوريا الجنوبية): not "Korean".
    ("كوريا not listed", "زار كوريا", &[]),
    // A nisba the glossary spells no other way takes the accusative alef.
    (
        "nisba accusative",
        "مقتل 42 فلسطينياً",
        &["فلسطينياً=Palestinian"],
    ),
    ("accusative term", "قتل مستوطنا", &["مستوطنا=settler"]),
    // not-quoted: a name that is the whole of a quotation is a title (the newspaper Asharq
    // Al-Awsat in its own copy: "بينما قال مصدر أمني لـ«الشرق الأوسط»، إن", dev news aawsat_052).
    // quoted, its inverse: the same spelling there is the paper.
    (
        "not-quoted / quoted: glued ل",
        "قال مصدر أمني لـ«الشرق الأوسط»، إن",
        &["الشرق الأوسط=Asharq Al-Awsat"],
    ),
    (
        "not-quoted / quoted: no proclitic",
        "لمراسل «الشرق الأوسط» كما",
        &["الشرق الأوسط=Asharq Al-Awsat"],
    ),
    (
        "not-quoted / quoted: curly quotes",
        "قالت “الشرق الأوسط” أمس",
        &["الشرق الأوسط=Asharq Al-Awsat"],
    ),
    (
        "not-quoted / quoted: another preposition",
        "في تصريح خاص ب«الشرق الأوسط» أمس",
        &["الشرق الأوسط=Asharq Al-Awsat"],
    ),
    (
        "quoted: no mark after",
        "قالت «الشرق الأوسط أمس",
        &["الشرق الأوسط=Middle East"],
    ),
    (
        "not-quoted: in running text",
        "التصدي لتنظيم الدولة في الشرق الأوسط.",
        &["الشرق الأوسط=Middle East"],
    ),
    (
        "not-quoted: a quotation that goes on",
        "متلازمة «الشرق الأوسط التنفسية»",
        &["الشرق الأوسط=Middle East"],
    ),
    (
        "not-cue: the context of another sense (okaz_034)",
        "أن الواجب على العلماء والدعاة بيان",
        &[],
    ),
    (
        "not-cue: none near (3alyoum_021)",
        "ووجد العلماء أن دماغ",
        &["العلماء=scientists"],
    ),
    (
        "not-cue: beyond the sentence",
        "قال الدعاة كلمتهم. ووجد العلماء أن",
        &["العلماء=scientists"],
    ),
    (
        "not-quoted: brackets are no quotation",
        "دول (الشرق الأوسط) وأفريقيا",
        &["الشرق الأوسط=Middle East"],
    ),
];

#[test]
fn guards_and_word_forms() {
    let m = matcher();
    for &(rule, text, want) in TABLE {
        assert_eq!(render(&m, text), want, "{rule}: {text}");
    }
}

#[test]
fn lookup_ignores_context_guards() {
    let m = matcher();
    let found: Vec<_> = m.lookup("فتح").iter().map(|t| t.entry).collect();
    assert_eq!(found.len(), 1, "lookup shows the guarded entry");
    assert!(
        m.lookup("نيسان").is_empty(),
        "a forbidden entry is never matched"
    );
}

#[test]
fn status_and_six_column_files() {
    let g = parse_csv(Path::new("g.csv"), GUARDED).unwrap();
    let status = |a: &str| g.iter().find(|e| e.arabic == a).unwrap().status();
    assert_eq!(status("نيسان"), Status::Forbidden);
    assert_eq!(status("فتح"), Status::Preferred);
    // A file without the guard column loads as before: no guards.
    let six = parse_csv(
        Path::new("six.csv"),
        "arabic,english,category,variants,note,source\nفتح,Fatah,group,,,test\n",
    )
    .unwrap();
    assert!(six[0].guard.is_empty());
    assert_eq!(
        render(&Matcher::new(&Glossary::from_entries(six)), "فتح الباب"),
        ["فتح=Fatah"]
    );
}

#[test]
fn bad_guards_fail_at_their_cell() {
    const ROWS: &[(&str, &str)] = &[
        (
            "فتح,Fatah,group,,,test,near: حركة",
            "g.csv:2:24: unknown guard clause 'near'",
        ),
        (
            "فتح,Fatah,group,,,test,status: deprecated",
            "g.csv:2:24: unknown status",
        ),
        (
            "فتح,Fatah,group,,,test,cue:",
            "g.csv:2:24: guard clause 'cue' needs words",
        ),
    ];
    for &(row, want) in ROWS {
        let text = format!("arabic,english,category,variants,note,source,guard\n{row}\n");
        let e = parse_csv(Path::new("g.csv"), &text)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(want), "{row}: {e}");
    }
}

#[test]
fn builtin_glossary_sense_guards() {
    // The shipped glossary's guarded entries, on sentences of the kind news prints: `(text,
    // the English that must be among the matches or "", the English that must not)`.
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        ("فتح الباب أمام الاستثمار", "", "Fatah"),
        ("قال متحدث باسم حركة فتح", "Fatah", ""),
        ("كانوا في طريقهم", "", "Kano"),
        ("هطل وابل من الأمطار", "", "Apple"),
        ("قطع الكابل البحري", "", "Kabul"),
        ("عاد الإمام إلى المسجد", "imam", ""),
        ("خطوة إلى الأمام", "", "imam"),
        ("على أساس القاعدة القانونية", "", "al-Qaeda"),
        ("هجوم لتنظيم القاعدة", "al-Qaeda", ""),
        ("عن جده الأكبر", "", "Jeddah"),
        ("بعقلية أب تزوج", "", "August"),
        ("في آب (أغسطس) الماضي", "August", ""),
        ("أصدر قرار التعيين", "decision", "resolution"),
        ("الحرائق المدمرة للمنازل", "", "destroyer"),
        ("بندقية صيد", "", "Venice"),
        // A name that is an adjective after a definite noun, proclitics and all.
        (
            "ارتفع الإنفاق الشهري للأسرة السعودية",
            "Saudi",
            "Saudi Arabia",
        ),
        ("قرار القيادة السعودية", "Saudi", "Saudi Arabia"),
        ("زار السعودية الأسبوع الماضي", "Saudi Arabia", ""),
        // ل + the article before a stem in ل: two lams (للجنة = ل + اللجنة).
        (
            "رسالة للجنة الأولمبية الدولية",
            "International Olympic Committee",
            "",
        ),
        ("تعليم للغة العربية", "Arabic", "Arab"),
        // Session 15: sentences of the dev news articles (../shared/data/dev/news, file named),
        // the fixes of a held-out sample read in full, each checked on the 600 articles.
        // A title in quotation marks: the newspapers' own copy (aawsat_052, alriyadh_004,
        // aleqtisadiya_004), the region in running text (3alyoum_053).
        ("قال مصدر أمني لـ«الشرق الأوسط»، إن", "", "Middle East"),
        ("جريدة الشرق الأوسط", "Asharq Al-Awsat", "Middle East"),
        ("التصدي لتنظيم الدولة في الشرق الأوسط.", "Middle East", ""),
        ("مشيرا في تصريح لـ\"الرياض\" بأن قوات التحالف", "", "Riyadh"),
        ("وقال لـ\"الاقتصادية\" عبدالعزيز المهوس", "", "economic"),
        // القاضي near a court; the family name (aawsat_037), "stipulating" (alwatan_051).
        ("وكانت القاضي أستاذة الدراسات الإسلامية", "", "judge"),
        (
            "اصطدمت بقرار وزارة العمل الفلبينية القاضي بعدم اعتماد",
            "",
            "judge",
        ),
        ("برئاسة وكيل المحكمة القاضي محمد راشد الدعيج", "judge", ""),
        // مارس the verb (aljazirah_009) and the month (3alyoum_042, alriyadh_045).
        (
            "وقد مارس رسول الله عليه أفضل الصلاة والسلام أغراض السياسة",
            "",
            "March",
        ),
        ("فقد أثرها في الثامن من مارس العام 2014", "March", ""),
        ("وقالت مصادر قبلية يمنية في مارس إن", "March", ""),
        // A rank of ten or more is no podium place (a sentence written for the test).
        (
            "احتل المتزلج المركز الثالث عشر في السباق",
            "",
            "third place",
        ),
        ("حل الفريق في المركز الثالث هذا العام", "third place", ""),
        // "a sign of", "the inability to", "resorting to" (aleqtisadiya_015, alwatan_042,
        // okaz_044); the index, the deficit, asylum (aleqtisadiya_011, sabq_015, okaz_043).
        ("قرب أدنى مستوياتها في مؤشر على تحسن سوق العمل", "", "index"),
        ("وتراجع مؤشر دبي 1.3 في المائة", "index", ""),
        ("وإذا كان العجز عن فك شفرة داعش", "", "deficit"),
        ("لسد العجز في ميزانيتها العامة", "deficit", ""),
        ("ثم اللجوء إلى العنف والإرهاب", "", "asylum"),
        (
            "يأمل في طلب «اللجوء الإنساني» من سلطات المدينة",
            "asylum",
            "",
        ),
        // "ways", "making", the noun "foundations" (okaz_044, was_025, aljazirah_009, okaz_051);
        // roads, an industry, the verb (was_014, aleqtisadiya_003, alwatan_013).
        ("الاستئثار بالسلطة بكل الطرق الممكنة", "", "roads"),
        ("التخلص من النفايات الطبية بالطرق الآمنة", "", "roads"),
        ("لافتة إعلانية كبيرة على أحد الطرق السريعة", "roads", ""),
        ("ويهمش دوره في صناعة الحضارة", "", "industry"),
        ("وأشار المصدر في صناعة النفط", "industry", ""),
        (
            "تدريب المكلفين بالعمل بالمنافذ على أسس المراقبة الصحية",
            "",
            "founded",
        ),
        ("الفوضى الخلاقة التي أسست لحقبة نعيشها اليوم", "founded", ""),
        // A tour, an inspection tour, a round of a league (3alyoum_003, alyaum_025, 3alyoum_014).
        (
            "ثم أكمل معالي وزير النقل جولته على بعض الطرق",
            "tour",
            "round",
        ),
        (
            "أسفرت جولة تفتيشية نفذها مكتب العمل",
            "inspection tour",
            "round",
        ),
        (
            "معوضا بذلك خسارته في الجولة الماضية امام سلوفاكيا",
            "last round",
            "",
        ),
        // "ruling", the ruler (alwatan_037, alweeam_004); Bremer's title (okaz_007).
        ("سياسة منهجية تنبع من رأس النظام الحاكم", "", "ruler"),
        ("حاكم دبي يستقبل الرئيس", "ruler", ""),
        (
            "بتوصية من بول بريمر الحاكم المدني الأمريكي",
            "civil administrator",
            "ruler",
        ),
        // Penalties, international sanctions, injuries (was_025, alwatan_044, okaz_051).
        (
            "المخالفة وأصدرت عقوبات مالية وإدارية",
            "penalties",
            "sanctions",
        ),
        (
            "لكن الحرب والعقوبات الدولية التي فرضت عليه",
            "international sanctions",
            "",
        ),
        (
            "وأغلب الأمراض والإصابات الشائعة بالحج",
            "injuries",
            "infections",
        ),
        // Phrases whose words each have a row (okaz_025, okaz_007, aleqtisadiya_015,
        // alweeam_010, was_006, aawsat_037, alyaum_033).
        (
            "أن «إعلان القاهرة» كشف عن اتفاق الجانبين",
            "Cairo Declaration",
            "announcement",
        ),
        (
            "أزيح من رئاسة الحكومة بعد أن كشفت",
            "premiership",
            "presidency",
        ),
        (
            "فقد ارتفع مؤشر للطلب المحلي الخاص",
            "domestic demand",
            "local",
        ),
        ("إلى الشمال الغربي من مدينة تعز", "northwest", "Western"),
        (
            "باتجاه مقر قيادة المحور الجنوبي الغربي بتعز",
            "southwestern",
            "Western",
        ),
        (
            "للانتخابات البلدية بأم القرى الدكتور أسامة",
            "Umm al-Qura",
            "village",
        ),
        (
            "واصلت الكتابة بالعربيّة إلى جانب الإنجليزيّة",
            "in Arabic",
            "Arab",
        ),
        ("للقيام بدور قيادي ضد المقاتلين", "", "commander"),
        ("قتل خلالها قيادي بارز في ميليشيات", "commander", ""),
        // Session 15, second batch: the ulema, not scientists (okaz_034; 3alyoum_021); a loss
        // (aawsat_032); the adjective الأسري "family" (sabq_004; alriyadh_053); a journal, the
        // leagues, periodic (aawsat_009, alriyadh_012, was_022; alwatan_028); an elative, a
        // participle, the S&P 500 index (almadina_001, alriyadh_024, alyaum_009); phrases
        // (alwatan_020, alweeam_027).
        (
            "وأوضح المفتي أن الواجب على العلماء والدعاة بيان الموقف",
            "",
            "scientists",
        ),
        ("ووجد العلماء أن دماغ", "scientists", ""),
        ("حيث حققت صافي خسارة قدرها 108 مليون ريال", "loss", "defeat"),
        ("أكد المستشار الأسري الدكتور", "", "prisoners"),
        ("أكد أن هناك العديد من أسرى الحوثيين", "prisoners", ""),
        (
            "وجرى نشر نتائج الدراسة في الدورية الأميركية للصحة العامة",
            "",
            "patrol",
        ),
        ("القدرة على الاحتراف في الدوريات الأوروبية", "", "patrol"),
        ("ضرورة القيام بالزيارات الدورية المنتظمة", "", "patrol"),
        ("أثناء قيامه بعمله في دورية أمنية", "patrol", ""),
        ("أداء واجبهم الديني والوطني على أكمل وجه", "", "completed"),
        ("والباحث عن الإبداع بكل تأكيد سيجده", "", "researcher"),
        (
            "ونزل المؤشر ستاندرد آند بورز 500 بمقدار 22.23 نقطة",
            "",
            "S&P Global Ratings",
        ),
        (
            "واستراتيجية المحافظ الاستثمارية، وبالأسواق المالية",
            "investment portfolios",
            "governor",
        ),
        ("وأكثر من 60 دورة مياه للرجال", "toilet", "water"),
        // Written for the test: a possessive on the second word, the pronoun "both".
        ("من حق الشعب تقرير مصيره", "self-determination", "report"),
        ("تحدث إلى كلا الاثنين", "", "Monday"),
        ("عاد الاثنين معا", "", "Monday"),
        ("وصل أمس الاثنين", "Monday", ""),
        ("اندلع النزاع المسلح في الإقليم", "armed conflict", "gunman"),
        // Session 17: the wrong matches of a held-out draw (seed 1720) and of the earlier judged
        // files, by family; sentences of the dev news articles (file named), each fix checked
        // on all 600.
        ("مع اقتراب موسم الرحلات الصيفية من نهايته", "", "flights"), // 3alyoum_040
        (
            "على جثامين 3 من أسرة بن لادن ضحايا الطائرة",
            "",
            "Osama bin Laden",
        ), // almadina_038
        (
            "كما وصف بن لادن بأنه زعيم «المجاهدين»",
            "Osama bin Laden",
            "",
        ), // aawsat_044
        ("تعالت بعض الأصوات البرلمانية مطالبة", "", "votes"),        // okaz_032
        ("فبقدر ما قسّم روس بيرو أصوات الجمهوريين", "votes", ""),    // aleqtisadiya_017
        (
            "عند وصول أحد المراكز الانتخابية إلى طاقته الاستيعابية القصوى",
            "capacity",
            "energy",
        ), // almadina_034
        ("جهود الإغاثة يجب أن تعمل بكامل طاقتها", "", "energy"),     // alriyadh_004
        (
            "أنه إلحاقاً للبيان الصحفي السابق",
            "press release",
            "journalist",
        ), // almadina_017
        ("عادًا دول الخليج منطقة استقطاب", "considering", "returned"), // almadina_043
        (
            "نظرية المفكر وعالم الاجتماع الفرنسي",
            "sociologist",
            "meeting",
        ), // alriyadh_039
        (
            "قد تختلف آراء الفلاسفة وعلماء الجمال",
            "aestheticians",
            "scientists",
        ),
        ("هناك طريق ثالث للتعاون البناء مع العالم", "", "road"), // okaz_030
        ("وعن طريق هذه الجرثومة يستطيع", "", "road"),            // aawsat_055: و + a two-letter cue
        ("وقد تمهد الطريق أمام قيام مجلس الاحتياطي", "", "road"), // aawsat_050
        ("عند تقاطع طريق الإمام عبدالله بن سعود", "road", ""),    // alriyadh_052
        ("أو الاستسلام باتفاق يحقق مآرب مشبوهة", "", "Marib"),     // okaz_030
        (
            "وصعوبات تنظيمية ووظيفية، وتم تجاوز معظم هذه التحديات",
            "",
            "exceeded",
        ),
        (
            "خلال العام 2015م أكثر من (12) مشروعا بقيمة تجاوزت (1200) مليون ريال",
            "exceeded",
            "",
        ),
        ("لديها أعضاء في مجلس إدارتها من خارج العائلة", "", "council"), // alwatan_020
        ("شارك من خلال تويتر فيسبوك جوجل بلس", "", "took part"),         // okaz_051
        (
            "قبل تعرض قادة التنظيم لسلسلة من الاغتيالات",
            "leaders",
            "commander",
        ), // aawsat_044
        ("تفاصيل كفاحه التي قادته للحصول على جائزة", "", "leaders"),    // alweeam_001
        ("وصل الرحم واجب وخير وإحسان", "", "reached"),                  // alriyadh_022
        ("كان عمر الشريف يجسد دور البطل", "", "champion"),              // alriyadh_025
        ("التي جمعت الاهلي بطل الدوري", "champion", ""),                 // alriyadh_011
        ("والفنان أحمد فلمبان", "", "Palembang"), // alriyadh_039: a family name
        ("حيث أشارت سلسلة من التجارب أجريت على رضع", "", "experience"), // aawsat_029
        ("والاستفادة من أفضل التجارب في أمن", "experience", ""), // alriyadh_002
        // After the second draw (seed 1721), read on it and on all 600 articles.
        ("معتبراً أن المباراة هي الهدف الرئيس، وأن", "", "president"), // alwatan_004
        ("التقى الرئيس المصري عبد الفتاح السيسي", "president", ""),   // alyaum_028
        ("قد فجّر مفاجأة كبرى عندما أعلن", "", "dawn"),                // alweeam_011
        (
            "إلى هؤلاء المتهمين الـ29 في حادث التفجير الإرهابي",
            "",
            "accident",
        ), // aawsat_047
        (
            "ولكن بعد ظهور البكتيريا المقاومة للمضادات الحيوية",
            "",
            "resistance",
        ), // aawsat_055
        (
            "وسدد نيفيز كرة قوية من خارج منطقة الجزاء",
            "penalty area",
            "region",
        ), // 3alyoum_004
        ("إن الرقيب في سلاح البحرية كريستيان سوسير", "Navy", "weapons"), // alwatan_021
        ("بحسب القرار الاتهامي.", "indictment", "decision"),           // alwatan_021
        // Session 18: the first draw (seed 1722) and the pooled wrong matches, each guard read
        // on all 600 articles; a row it takes out and a row it keeps.
        (
            "جمعت الاهلي بطل الدوري والشباب بطل الكأس",
            "",
            "young people",
        ), // alriyadh_011
        (
            "العمل على تربية الشباب والشابات على التعاون المثمر",
            "young people",
            "",
        ), // 3alyoum_046
        (
            "العمل على تربية الشباب والشابات على التعاون المثمر",
            "cooperation",
            "",
        ), // 3alyoum_046
        ("وواحد من الهلال، وواحد من الخليج", "", "Gulf"), // okaz_031
        ("قلق الرياض ودول الخليج من الاتفاق النووي", "Gulf", ""), // almadina_047
        (
            "للنشاط الاقتصادي في دول مجلس التعاون لدول الخليج العربي",
            "Gulf Cooperation Council",
            "cooperation",
        ), // alriyadh_014
        ("وأهم القضايا التي تهم التوطين", "", "charge"), // alriyadh_018
        ("الماضي بتهم فساد وتبييض أموال", "charge", ""), // aawsat_039
        ("وذكرت سجلات إدارة اصلاحيات الأحداث أن", "", "event"), // okaz_018
        ("تلقى اتصالاً هاتفياً من معالي الفريق الركن", "", "team"), // alyaum_038
        ("وصلت بعثة الفريق الأول لكرة القدم بنادي", "team", ""), // okaz_054
        (
            "عن الجرائم الإرهابية المنظمة التي ترتكبها",
            "",
            "organization",
        ), // was_002
        ("وقالت منظمة الصليب الاحمر في بيان", "organization", ""), // alyaum_042
        ("فيما لم توجه الاتهامات سوى لعدد قليل", "", "headed"), // 3alyoum_026
        ("وتوجه الوفد بعد ذلك إلى مطار", "headed", ""),  // alweeam_017
        ("بينما تعرض الصور غير المباشرة", "", "was subjected"), // alwatan_041
        ("وكان الشهيد الجابري تعرض لإطلاق نار", "was subjected", ""), // alwatan_028
        ("«تعرفوا على العالم السعودي الذي يقاتل", "", "world"), // aawsat_055
        ("بدراسة صناعة واتخاذ القرار ضمن العلاقات", "", "industry"), // almadina_039
        ("ما تحويه من معلومات قيمة وتبني وجهات نظر", "adopted", ""), // was_030
        ("المهندس محمد العمرة، أن المعرض يهدف", "", "Umrah"), // almadina_006
        ("وخاصة رحلاتي معها للعمرة في العشر الأواخر", "Umrah", ""), // sabq_006
        ("ولكنه يحرص على \"العمرة\" في العشر الأواخر", "Umrah", ""), // sabq_006: على is no علي
        ("أن نكون صيدا سهلا لهذه الدرجة", "", "Sidon"),   // alwatan_013
        ("فبالإضافة إلى المساجد الجامعة والمساجد", "", "university"), // aljazirah_020
        ("عضو هيئة التدريس بجامعة جازان", "university", ""), // was_010
        ("بقائمة شهداء الواجب ودعوا لهم بالمغفرة", "", "called for"), // 3alyoum_046
        (
            "هو أسوأ بمراحل مما يدعون أنهم بصدد إزالته",
            "",
            "called for",
        ), // okaz_044
        ("ودعا الزامل إلى تأسيس جمعيات نفع عام", "called for", ""), // okaz_026
        ("الذي كان عنصرا مهمّا من", "", "members"),       // aawsat_035
        ("ومن أهم العناصر الحضارية في أمة", "", "members"), // almadina_036
        ("وأسفرت عن مقتل ثلاثة عناصر منها", "members", ""), // aawsat_034
    ];
    check_senses(&m, ROWS);
}

/// What lies between two words, decoded in place: spaces, quotation marks and brackets
/// (glue), sentence ends, anything else; multibyte marks (“ ؟ …) and a four-byte char too.
#[test]
fn gaps_between_words() {
    use super::words::{
        text_gap, GAP_END, GAP_GLUE, GAP_MORE_SPACE, GAP_OTHER, GAP_QUOTE, GAP_SPACE,
    };
    let end = GAP_OTHER | GAP_END;
    for (between, want) in [
        ("", 0),
        (" ", GAP_SPACE),
        ("  ", GAP_SPACE | GAP_MORE_SPACE),
        (" \"", GAP_SPACE | GAP_GLUE | GAP_QUOTE),
        ("“", GAP_GLUE | GAP_QUOTE),
        (" ”", GAP_SPACE | GAP_GLUE | GAP_QUOTE),
        ("(", GAP_GLUE),
        ("\")", GAP_GLUE | GAP_QUOTE),
        (", ", GAP_OTHER | GAP_SPACE),
        ("، ", GAP_OTHER | GAP_SPACE),
        (". ", end | GAP_SPACE),
        ("؟ ", end | GAP_SPACE),
        ("… ", end | GAP_SPACE),
        ("\n", end),
        (" - ", GAP_SPACE | GAP_MORE_SPACE | GAP_OTHER),
        (" 🙂 ", GAP_SPACE | GAP_MORE_SPACE | GAP_OTHER),
    ] {
        assert_eq!(text_gap(between.as_bytes()), want, "{between:?}");
    }
}

mod session19;
mod session20;
mod session21;
mod session22;
mod session23;
mod session23_brands;
mod session25_gloss3;
mod session25_places;
mod session26;
mod session27;
mod session28;
