//! Session 21 (issue #18; AQMAR Wikipedia and news held-out seed 2121, sentences written for
//! the tests): years before 1000 by their era word, a day and month with a distant year after
//! عام / سنة / من, a range of years with a free-standing و, the bare letter م after an hour,
//! and اليوم beside a word of state ("nowadays").

use super::super::testutil::check;
use super::super::FactKind;
use super::Date;

#[test]
fn years_before_1000_by_their_era() {
    check(
        FactKind::Date,
        &[
            (
                "بني المسجد سنة 88 ه في عهد الوليد.",
                &[("سنة 88 ه", "hijri:0088")],
            ),
            (
                "فتحت المدينة عام 711 ميلادي بعد حصار.",
                &[("عام 711 ميلادي", "0711")],
            ),
            (
                "وانتهت الدولة عام 132 هجري على يد العباسيين.",
                &[("عام 132 هجري", "hijri:0132")],
            ),
            // Three digits and ه need no head; a Gregorian year after a slash within three
            // years of H − H/33 + 622 is its equivalent, even of a two-digit Hijri year.
            (
                "وقد توفي الطبيب في 428 ه / 1037 م في همذان.",
                &[("428 ه", "hijri:0428"), ("1037 م", "1037")],
            ),
            (
                "ولد الشاعر سنة 303 ه / 915 م.",
                &[("سنة 303 ه", "hijri:0303"), ("915 م", "0915")],
            ),
            (
                "وكانت الوقعة في 15ه / 636م.",
                &[("15ه", "hijri:0015"), ("636م", "0636")],
            ),
            // After = as after a slash (AQMAR Wikipedia, Ibn_Tolun_Mosque: "سنة 265 هجرية =
            // 879م"), a year below 1000 too; two Gregorian years, the second with its last two
            // digits, are one range.
            (
                "وأتمه سنة 265 هجرية = 879م وهذا التاريخ مدون.",
                &[("سنة 265 هجرية", "hijri:0265"), ("879م", "0879")],
            ),
            (
                "بني الجامع سنة 21 هجرية = 642م، ولم يبق أثر منه.",
                &[("سنة 21 هجرية", "hijri:0021"), ("642م", "0642")],
            ),
            (
                "فبدأ في بنائه سنة 263 هجرية = 876 / 77م وأتمه بعد عامين.",
                &[("سنة 263 هجرية", "hijri:0263"), ("876 / 77م", "0876/0877")],
            ),
            (
                "قام السلطان سنة 696 هجرية = 1296 / 97م بعدة إصلاحات.",
                &[("سنة 696 هجرية", "hijri:0696"), ("1296 / 97م", "1296/1297")],
            ),
            // Not its Gregorian year (too far from H − H/33 + 622), not a pair (not the next year).
            (
                "وفي سنة 263 هجرية = 700 عامل بنوا المسجد.",
                &[("سنة 263 هجرية", "hijri:0263")],
            ),
            (
                "فبدأ سنة 263 هجرية = 876 / 79م.",
                &[("سنة 263 هجرية", "hijri:0263"), ("876", "0876")],
            ),
            // Without a Gregorian year two digits and ه stay this Hijri century's.
            ("أقيم مهرجان صيف 35هـ في الطائف.", &[("35هـ", "hijri:1435")]),
            // No era word: عام and a number stay a number (عام 95 may be 1995).
            ("تخرج في عام 95 من الجامعة.", &[]),
        ],
        None,
    );
}

#[test]
fn a_day_and_month_with_a_distant_year() {
    check(
        FactKind::Date,
        &[
            (
                "هزم الجيش في 12 أغسطس عام 1099 م قرب عسقلان.",
                &[("12 أغسطس عام 1099 م", "1099-08-12")],
            ),
            (
                "دخلوا المدينة في 2 أكتوبر سنة 1187م بعد الحصار.",
                &[("2 أكتوبر سنة 1187م", "1187-10-02")],
            ),
            (
                "افتتحت الدورة في 8 أغسطس من 2008 في بكين.",
                &[("8 أغسطس من 2008", "2008-08-08")],
            ),
            // A count after من is no year.
            ("وصل في 5 مايو من 2000 زائر.", &[("5 مايو", "--05-05")]),
        ],
        None,
    );
}

#[test]
fn a_range_of_years_with_a_free_standing_and() {
    check(
        FactKind::Date,
        &[
            (
                "شارك المنتخب في البطولات ما بين 1954 و 1966 دون لقب.",
                &[("1954 و 1966", "1954/1966")],
            ),
            (
                "فاز بالكأس في عامي 1958 و1962.",
                &[("عامي 1958", "1958"), ("1962", "1962")],
            ),
        ],
        None,
    );
}

#[test]
fn a_bare_m_after_an_hour() {
    check(
        FactKind::Time,
        &[
            // Megabytes or metres: no الساعة, no time before.
            ("ينصح المطورون بذاكرة من 16 إلى 32 م للبرنامج.", &[]),
            ("ارتفع منسوب المياه إلى 3 م في الوادي.", &[]),
            // With الساعة, or ending a range that began with a time.
            (
                "تفتح الحديقة الساعة 4 م يوميا.",
                &[("الساعة 4 م", "T16:00")],
            ),
            (
                "تجنب الشمس من 11 ص حتى 4 م في الصيف.",
                &[("11 ص", "T11:00"), ("4 م", "T16:00")],
            ),
            ("يبدأ العرض 8.30 م في المسرح.", &[("8.30 م", "T20:30")]),
        ],
        None,
    );
}

#[test]
fn today_beside_a_word_of_state_is_nowadays() {
    let r = Date::new(2015, 8, 3);
    check(
        FactKind::Date,
        &[
            ("وبات من الممكن اليوم علاج المرض في المنزل.", &[]),
            ("أصبحت الهواتف اليوم جزءا من حياة الناس.", &[]),
            ("معظم المهندسين اليوم يكونون متخصصين في فرع واحد.", &[]),
            // An event of the day stays today.
            (
                "يصل الوزير اليوم إلى الرياض في زيارة رسمية.",
                &[("اليوم", "2015-08-03")],
            ),
        ],
        r,
    );
}

/// Session 22 (held-out seed 2141 and the s19-s21 judged lines, by family; sentences written
/// for the test): knowing, naming, existing or using in the present, a pronoun's nominal
/// sentence, "our world" and a negated present make اليوم "nowadays"; a day's event stays
/// today.
#[test]
fn today_in_a_present_state_is_nowadays() {
    let r = Date::new(2015, 8, 3);
    check(
        FactKind::Date,
        &[
            ("نشأت الكيمياء كما نعرفها اليوم من تجارب الخيميائيين.", &[]),
            ("بنى القصر في الحي الذي يسمى اليوم باب توما.", &[]),
            ("اختفت معظم المصانع الموجودة اليوم في المدينة.", &[]),
            ("تعد الألواح الشمسية أكثر المصادر شيوعا اليوم في القرى.", &[]),
            ("وهو اليوم مكتبة عامة تضم آلاف الكتب.", &[]),
            ("في عالمنا اليوم تتسارع التقنية.", &[]),
            ("قال الوزير إن البلاد لا تنقصها اليوم الكفاءات.", &[]),
            // The day's news stays today.
            (
                "افتتح الأمير اليوم معرض الكتاب في جدة.",
                &[("اليوم", "2015-08-03")],
            ),
            (
                "تعقد القمة التي يحضرها القادة اليوم في الرياض.",
                &[("اليوم", "2015-08-03")],
            ),
        ],
        r,
    );
}

/// Session 22 (AQMAR Wikipedia held-out lines, by family; sentences written for the test): a
/// day and month with a year before 1000 and its era letter are one date; two Hijri years
/// before 1000 with one era letter after the second are a range; digits glued to a single
/// letter (ج2 ص14: volume, page) are no clock time.
#[test]
fn early_days_ranges_and_page_numbers() {
    check(
        FactKind::Date,
        &[
            (
                "توفي الطبيب في 12 رجب 320 ه في بغداد.",
                &[("12 رجب 320 ه", "hijri:0320-07-12")],
            ),
            (
                "ولد الشاعر في 3 مارس 915 م في حلب.",
                &[("3 مارس 915 م", "0915-03-03")],
            ),
            (
                "عاش الفقيه (150 - 204 ه) في مصر.",
                &[("150 - 204 ه", "hijri:0150/hijri:0204")],
            ),
            // No era letter: no year.
            (
                "وصل في 12 رجب 320 رجلا إلى المدينة.",
                &[("12 رجب", "hijri:--07-12")],
            ),
        ],
        None,
    );
    check(
        FactKind::Time,
        &[
            ("ذكره ابن الأثير في الكامل ج2 ص14 وغيره.", &[]),
            ("تبدأ الجلسة 9 ص في القاعة.", &[("9 ص", "T09:00")]),
        ],
        None,
    );
}

/// Session 24 (held-out seed 2161, news and AQMAR, and the اليوم facts of the 600 dev articles
/// read by family; sentences written for the test): a newspaper named in quotes or in a list
/// of papers, "today's world / generation", the same day, the fifth day of a festival and a
/// contrast with the past (لكنه اليوم) are no dated today.
#[test]
fn today_as_a_paper_an_age_or_a_day_of_a_series_is_no_date() {
    let r = Date::new(2015, 8, 3);
    check(
        FactKind::Date,
        &[
            ("وذلك وفقا لصحيفة “اليوم” السعودية.", &[]),
            ("ونقلت جريدة «اليوم» عن مصادر مطلعة.", &[]),
            ("وشارك في الرعاية صحف اليوم والرياض والمدينة.", &[]),
            ("يحتاج الطالب إلى التفكير النقدي في عالم اليوم.", &[]),
            ("تتسابق الشركات في ظل الأجواء التي تسود العالم اليوم.", &[]),
            ("ليبقى التراث شامخا لجيل اليوم والأجيال المقبلة.", &[]),
            ("أخبرتها صديقتها في ذات اليوم بالخبر.", &[]),
            ("وشهد اليوم الخامس من المهرجان حضورا كثيفا.", &[]),
            (
                "كان البرنامج يعمل على جهاز واحد ولكنه اليوم يعمل على آلاف الأجهزة.",
                &[],
            ),
            // Still today: the day's papers, the day's event, today with its weekday.
            (
                "اهتمت الصحف الصادرة اليوم بتقدم الجيش.",
                &[("اليوم", "2015-08-03")],
            ),
            (
                "ويعقد اليوم الاجتماع الفني للمباراة.",
                &[("اليوم", "2015-08-03")],
            ),
        ],
        r,
    );
}

/// Session 24 (held-out seed 2161 and the Ramadan facts of the 600 dev articles, by family;
/// sentences written for the test): a month alone in a question or a habit is of any year (no
/// date); هذا الشهر الفضيل / الكريم is Ramadan, not the calendar month.
#[test]
fn a_month_of_any_year_and_the_holy_month() {
    let r = Date::new(2015, 7, 21);
    check(
        FactKind::Date,
        &[
            ("هل تختم القرآن في رمضان؟", &[]),
            ("ماذا تفضل في شهر رمضان؟ التلفاز أم الإنترنت؟", &[]),
            ("يزور أهله كل رمضان في القرية.", &[]),
            ("أمارس الرياضة في غير رمضان.", &[]),
            (
                "لماذا يتضاعف إنفاق الأسر في هذا الشهر الفضيل؟",
                &[("هذا الشهر الفضيل", "hijri:1436-09")],
            ),
            (
                "أما في هذا الشهر الكريم فقد انتشرت برامج المقالب.",
                &[("هذا الشهر الكريم", "hijri:1436-09")],
            ),
            // One Ramadan: a past event, a relative word, a question with a year.
            (
                "أقيمت الحملة في شهر رمضان وأقنعت 600 مدخن.",
                &[("رمضان", "hijri:1436-09")],
            ),
            (
                "هل تنخفض الأسعار في رمضان المقبل؟",
                &[("رمضان المقبل", "hijri:1437-09")],
            ),
            (
                "تقيم اللجنة هذا الشهر ثلاثة مزادات.",
                &[("هذا الشهر", "2015-07")],
            ),
            // يومياً before a month is a rate: one June.
            (
                "بلغ الإنتاج 3 ملايين برميل يوميا في يونيو.",
                &[("يونيو", "2015-06")],
            ),
        ],
        r,
    );
}
