//! Speakers named in Arabic words get English: names spelled, noun phrases put in English
//! order. Sentences written for the tests.

use super::super::super::testutil::check;
use super::super::super::FactKind::Quote;

#[test]
fn speakers_in_english() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // An institute and its adjectives (after عين اليوم, snn_3alyoum_050); a plural the
        // glossary has in the singular (الصحف, after واس, snn_was_011).
        (
            "وقال معهد بحثي أمريكي إن حركة المركبات ليس لها صلة.",
            &[(
                "حركة المركبات ليس لها صلة",
                "an American research institute",
            )],
        ),
        (
            "وقالت الصحف المغربية إن القرض جديد.",
            &[("القرض جديد", "the Moroccan newspapers")],
        ),
        // A glossary adjective after its noun, not a genitive (after عين اليوم's survey
        // stories): "an American social study", not "the study of the American social".
        (
            "وقالت دراسة اجتماعية أميركية إن التغير هو السبب.",
            &[("التغير هو السبب", "an American social study")],
        ),
        (
            "وقال تقرير اقتصادي إن النمو تباطأ.",
            &[("النمو تباطأ", "an economic report")],
        ),
        // A dual subject: two of the noun, not a name ("Al-Rejlan").
        (
            "وقال الرجلان إن المشروع سيكتمل.",
            &[("المشروع سيكتمل", "the two men")],
        ),
        (
            "وأكدت الطبيبتان أن الحالة مستقرة.",
            &[("الحالة مستقرة", "the two doctors")],
        ),
        // The construct dual (-ا; a feminine noun's ـتين/ـتي in the genitive): after "وقال
        // حاكما الولايتين … إن" (al-Watan, snn_alwatan_016).
        (
            "وقال حاكما الولايتين إن الهجوم فشل.",
            &[("الهجوم فشل", "the two governors of the two states")],
        ),
        // ـها is a pronoun, no dual (after "وأشارت أرقام نشرها موقع …", snn_3alyoum_052).
        (
            "وأشارت أرقام نشرها الموقع إلى أن الأداء قوي.",
            &[("الأداء قوي", "figures")],
        ),
        // A plural noun: no article.
        (
            "وقال محللون إن الزيارة مهمة للبلدين.",
            &[("الزيارة مهمة للبلدين", "analysts")],
        ),
        // A head and its genitive.
        (
            "وقال رئيس اللجنة إن العمل سينتهي قريبا.",
            &[("العمل سينتهي قريبا", "the head of the committee")],
        ),
        // An adjective goes before its noun; an indefinite singular takes "a"/"an".
        (
            "وقال مسؤول عراقي إن الحدود مغلقة.",
            &[("الحدود مغلقة", "an Iraqi official")],
        ),
        // An adjective after a genitive name agrees with the head.
        (
            "وقال مدرب جامايكا الألماني إن فريقه لعب جيدا.",
            &[("فريقه لعب جيدا", "the German coach of Jamaica")],
        ),
        // Two subjects joined by و are two phrases, not a genitive (after "ووسط تزايد هذه
        // التطبيقات … تحذيرات الأطباء والمسؤولين الفيدراليين، الذين يقولون", Asharq al-Awsat,
        // 2015).
        (
            "وتتزايد تحذيرات الأطباء والمسؤولين الفيدراليين، الذين يقولون إن البرامج غير دقيقة.",
            &[("البرامج غير دقيقة", "the doctors and the federal officials")],
        ),
        // "His name" in a source's veil is no speaker (the name data spells اسمه "Esme"):
        // after "وأشار المصدر، الذي فضل عدم ذكر اسمه، إلى أن" (al-Watan, 2015).
        (
            "وأشار المصدر، الذي فضل عدم ذكر اسمه، إلى أن الاجتماع تأجل.",
            &[("الاجتماع تأجل", "the source")],
        ),
        // A body named "X of Y" with a head noun before "of" takes "the" (دان أعضاء هيئة
        // كبار العلماء العمل الإرهابي، مؤكدين …: al-Riyadh, 2015).
        (
            "دان أعضاء هيئة كبار العلماء الهجوم، مؤكدين أن التفجير جريمة نكراء.",
            &[(
                "التفجير جريمة نكراء",
                "the members of the Council of Senior Scholars",
            )],
        ),
        // One of a group; a number of a group.
        (
            "وقال أحد المشاركين إن الدورة كانت مفيدة.",
            &[("الدورة كانت مفيدة", "one of the participants")],
        ),
        // An ordinal in a list of speakers, from eleven to nineteen with عشرة.
        (
            "وقالت الثالثة: «لا أعرف». وقالت السابعة عشرة: «المفروض يراضيها».",
            &[
                ("«لا أعرف»", "the third"),
                ("«المفروض يراضيها»", "the seventeenth"),
            ],
        ),
        // Pronoun-like subjects: another, most of them.
        (
            "وقال عضو في الاتحاد: «الهدف فني». وقال آخر: «الهدف مالي». وقال معظمهم: «لا نعرف».",
            &[
                ("«الهدف فني»", "a member"),
                ("«الهدف مالي»", "another"),
                ("«لا نعرف»", "most of them"),
            ],
        ),
        // A family name no rule took is spelled.
        (
            "وأوضح الغامدي أن المشروع سيكتمل العام المقبل.",
            &[("المشروع سيكتمل العام المقبل", "Al-Ghamdi")],
        ),
        // A word of the speaker table (the pilgrims' guide).
        (
            "وقالت المطوفة إن الحجاج وصلوا.",
            &[("الحجاج وصلوا", "the pilgrims' guide")],
        ),
    ];
    check(Quote, rows, None);
}

#[test]
fn glossary_names_win_over_speaker_words() {
    // قناة is "channel" alone, but قناة السويس is a glossary name, and so is هيئة قناة السويس.
    let rows: &[(&str, &[(&str, &str)])] = &[(
        "وقالت هيئة قناة السويس إن الملاحة منتظمة.",
        &[("الملاحة منتظمة", "Suez Canal Authority")],
    )];
    check(Quote, rows, None);
}

/// Session 14: no Arabic is left in the English column. A phrase the renderer cannot read
/// whole is read by its demonstrative, by the start of it that renders (a head cut from its
/// genitive is definite), else spelled as a name. Sentences written for the test.
#[test]
fn no_arabic_left_in_english() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // A demonstrative and its noun.
        (
            "وتؤكد هذه الدول الثلاث أن النظام وحده يملك الطائرات.",
            &[("النظام وحده يملك الطائرات", "these countries")],
        ),
        // A head and a genitive of no English here: the head, definite.
        (
            "وقال رئيس ميدان الحوراء إن السباق يبدأ غدا.",
            &[("السباق يبدأ غدا", "the head")],
        ),
        // باسم before a genitive reads "for"; the central agency.
        (
            "وقال متحدث باسم الشركة إن الرحلات ستبدأ.",
            &[("الرحلات ستبدأ", "the spokesman for the company")],
        ),
        // A family name alone that no rule takes for a person: spelled.
        (
            "وأضاف الخلف أن المدرسة افتتحت أمس.",
            &[("المدرسة افتتحت أمس", "Al-Khalaf")],
        ),
    ];
    check(Quote, rows, None);
}

/// A verb before a plural subject is singular in Arabic (يرى محللون، يعتقد البعض، تقول
/// السلطات); its English agrees with the subject. Each row: the sentence, then the English
/// line up to the colon.
#[test]
fn verbs_agree_with_plural_speakers() {
    let rows: &[(&str, &str)] = &[
        // البعض (after الوطن, snn_alwatan_004).
        ("ويرى البعض أن تصريحات الرئيس غير مقبولة.", "some believe"),
        // A plural noun (after الاقتصادية, snn_aleqtisadiya_012).
        (
            "ويرى محللون أن هذه المركبات الفضائية تبدو كأنها أسلحة.",
            "analysts believe",
        ),
        // A definite plural (after الشرق الأوسط, snn_aawsat_018).
        (
            "وتقول السلطات المصرية إن الحدود آمنة.",
            "the authorities say",
        ),
        // "a number of": plural in English too.
        (
            "ويعتقد عدد من الفلسطينيين أن المفاوضات لن تنجح.",
            "a number of Palestinians believe",
        ),
        // The head is singular: the plural at the end of its genitive does not count.
        (
            "ويقول رئيس لجنة الآثار إن المدينة تضم آثارا كثيرة.",
            "the head of the committee of antiquities says",
        ),
        // One of a group is singular; a name ending in s is no plural.
        (
            "ويقول أحد الصحفيين إن المباراة كانت مرتبة.",
            "one of the journalists says",
        ),
    ];
    let mut bad = Vec::new();
    for (input, want) in rows {
        let got: Vec<String> = crate::extract::testutil::facts(input, None)
            .into_iter()
            .filter(|f| f.kind == Quote)
            .map(|f| f.english.split(':').next().unwrap_or("").to_string())
            .collect();
        if got != [want.to_string()] {
            bad.push(format!(
                "{:?}\n   want {want:?}\n    got {got:?}",
                input.escape_debug().to_string()
            ));
        }
    }
    crate::extract::testutil::assert_rows(&bad);
}

/// Session 25: the speaker tables as a family. Two words that are one English noun (an
/// editorial board, kindergartens), scholars beside notables, a title before a name the rules
/// cannot read, على that is no name. Sentences written for the test
/// after the shapes of the 600 dev articles (هيئتا تحرير: al-Sharq al-Awsat, snn_aawsat_049;
/// علماء وأعيان: al-Watan, snn_alwatan_053; الدكتور الخياط: al-Eqtisadiya, snn_aleqtisadiya_043).
#[test]
fn speaker_tables_read_whole_phrases() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        (
            "وقالت هيئتا تحرير صحيفتي «الأولى» و«الشارع» في بيان، إن الصحيفتين توقفتا.",
            &[("الصحيفتين توقفتا", "the two editorial boards")],
        ),
        (
            "وقالت إدارة رياض الأطفال إن التسجيل يبدأ غدا.",
            &[("التسجيل يبدأ غدا", "the department of kindergartens")],
        ),
        (
            "وقال جهاز المخابرات إن الخلية فككت.",
            &[("الخلية فككت", "the intelligence service")],
        ),
        // Scholars beside notables; scientists alone (NASA's, snn_alriyadh_001).
        (
            "وأكد علماء وأعيان المحافظة أن الوحدة الوطنية راسخة.",
            &[(
                "الوحدة الوطنية راسخة",
                "scholars and the notables of the governorate",
            )],
        ),
        (
            "وقال العلماء إن الكوكب أكبر من الأرض.",
            &[("الكوكب أكبر من الأرض", "the scientists")],
        ),
        // A title before a name that is also a common word (الخياط "the tailor").
        (
            "وقال الدكتور الخياط: إن الجهود تتكاثف.",
            &[("إن الجهود تتكاثف", "Dr. Al-Khayat")],
        ),
        // على is the preposition: the phrase is cut before it, no "Ali".
        (
            "وقال دبلوماسيون مطلعون على الخطط إن المشروع تأجل.",
            &[("المشروع تأجل", "informed diplomats")],
        ),
        (
            "وقال أحد زعماء الحزب إن الانتخابات ستجرى.",
            &[("الانتخابات ستجرى", "one of the leaders of the party")],
        ),
    ];
    check(Quote, rows, None);
}
