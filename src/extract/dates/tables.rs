//! The dates rules' tables: English month and weekday names, Gregorian (all regional
//! spellings) and Hijri month names, weekdays, relative words, the cues that make a month
//! name a date, parts of a period and relative units. Words are in the `match`
//! normalization (folded alef/ya/ta-marbuta, no harakat).

pub(super) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub(super) const HIJRI_EN: [&str; 12] = [
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Awwal",
    "Jumada al-Thani",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhul-Qadah",
    "Dhul-Hijjah",
];

pub(super) const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Gregorian month names, normalized: `(first word, second word or "", month)`.
pub(super) const GREGORIAN: &[(&str, &str, u32)] = &[
    ("يناير", "", 1),
    ("فبراير", "", 2),
    ("مارس", "", 3),
    ("ابريل", "", 4),
    ("مايو", "", 5),
    ("يونيو", "", 6),
    ("يونيه", "", 6),
    ("يوليو", "", 7),
    ("يوليه", "", 7),
    ("اغسطس", "", 8),
    ("سبتمبر", "", 9),
    ("اكتوبر", "", 10),
    ("نوفمبر", "", 11),
    ("ديسمبر", "", 12),
    // Levantine / Iraqi.
    ("كانون", "الثاني", 1),
    ("شباط", "", 2),
    ("اذار", "", 3),
    ("نيسان", "", 4),
    ("ايار", "", 5),
    ("حزيران", "", 6),
    ("تموز", "", 7),
    ("اب", "", 8),
    ("ايلول", "", 9),
    ("تشرين", "الاول", 10),
    ("تشرين", "الثاني", 11),
    ("كانون", "الاول", 12),
    // Maghreb (Algeria, Tunisia).
    ("جانفي", "", 1),
    ("فيفري", "", 2),
    ("افريل", "", 4),
    ("ماي", "", 5),
    ("جوان", "", 6),
    ("جويليه", "", 7),
    ("اوت", "", 8),
    // Morocco.
    ("يوليوز", "", 7),
    ("غشت", "", 8),
    ("شتنبر", "", 9),
    ("نونبر", "", 11),
    ("دجنبر", "", 12),
];

pub(super) const HIJRI: &[(&str, &str, u32)] = &[
    ("محرم", "", 1),
    ("صفر", "", 2),
    ("ربيع", "الاول", 3),
    ("ربيع", "الاخر", 4),
    ("ربيع", "الثاني", 4),
    ("جمادي", "الاولي", 5),
    ("جمادي", "الاول", 5),
    ("جمادي", "الاخره", 6),
    ("جمادي", "الثانيه", 6),
    ("جمادي", "الاخر", 6),
    ("رجب", "", 7),
    ("شعبان", "", 8),
    ("رمضان", "", 9),
    ("شوال", "", 10),
    ("ذو", "القعده", 11),
    ("ذي", "القعده", 11),
    ("ذو", "الحجه", 12),
    ("ذي", "الحجه", 12),
];

/// Weekdays with the article, ISO numbering (Monday = 1). The aligner reads them too.
pub(crate) const WEEKDAYS: &[(&str, u32)] = &[
    ("الاثنين", 1),
    ("الثلاثاء", 2),
    ("الاربعاء", 3),
    ("الخميس", 4),
    ("الجمعه", 5),
    ("السبت", 6),
    ("الاحد", 7),
];

/// Words after a month, week, month or year that make it relative.
pub(super) const RELATIVE: &[(&str, i32)] = &[
    ("الماضي", -1),
    ("الماضيه", -1),
    ("المنصرم", -1),
    ("المنصرمه", -1),
    ("الفائت", -1),
    ("السابق", -1),
    ("الحالي", 0),
    ("الحاليه", 0),
    ("الجاري", 0),
    ("الجاريه", 0),
    ("المقبل", 1),
    ("المقبله", 1),
    ("القادم", 1),
    ("القادمه", 1),
    // The dual, after the second of two months (سبتمبر أو أكتوبر المقبلين, يونيو ويوليو
    // المقبلين), session 25. Not الماضيين: in July, يونيو ويوليو الماضيين is this June and
    // July, while يوليو الماضي alone is last year's.
    ("الحاليين", 0),
    ("المقبلين", 1),
    ("القادمين", 1),
];

/// Words before a month name that make it a date.
pub(super) const MONTH_CUES: &[&str] = &[
    "في",
    "منذ",
    "خلال",
    "حتي",
    "شهر",
    "شهري",
    "مطلع",
    "منتصف",
    "اواخر",
    "اوائل",
    "اواسط",
    "نهايه",
    "بدايه",
    "قبل",
    "بعد",
    "الي",
    "من",
    "بحلول",
    "مع",
    "مطلع",
];

/// Parts of a period, before a month or a relative unit.
pub(super) const PARTS: &[(&str, &str)] = &[
    ("مطلع", "start"),
    ("بدايه", "start"),
    ("اوائل", "early"),
    ("منتصف", "mid"),
    ("اواسط", "mid"),
    ("اواخر", "late"),
    ("نهايه", "end"),
];

/// Relative units: `(word, unit)`, looked up through ل glued to the article, which loses its
/// alef, as well (للعام الحالي، للشهر الجاري: "for this year", session 26: no fact before;
/// three dev articles; `rest_is`).
pub(super) const UNITS: &[(&str, Unit)] = &[
    ("الاسبوع", Unit::Week),
    ("الشهر", Unit::Month),
    ("العام", Unit::Year),
    ("السنه", Unit::Year),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    pub(super) fn name(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

/// Particles after a year that say the number counts nothing (في 2013 لكن).
pub(super) const YEAR_FOLLOWERS: &[&str] = &[
    "لكن",
    "حين",
    "عندما",
    "حيث",
    "ثم",
    "كما",
    "قد",
    "خلال",
    "ضد",
    "عبر",
    "اثر",
    "علي",
    "عن",
    "مع",
    "بعد",
    "قبل",
    "في",
    "لدي",
    "اي",
    "ان",
    "انه",
];
