//! The number rules' tables: units, teens, tens, hundreds, scales (with their count forms),
//! approximate plurals, ordinals and English ordinal names. Words are in the `match`
//! normalization (folded alef/ya/ta-marbuta, no harakat).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Count {
    /// ألف، مليون: one unless a count precedes.
    Single,
    /// ألفان، مليونين: two; takes no count.
    Dual,
    /// آلاف، ملايين: needs a count (3–10); alone it is approximate.
    Plural,
    /// ألفا، مليونا: accusative singular after a count, dual construct alone (مليونا طفل).
    SingleOrDual,
}

pub(super) const UNITS: &[(&str, i128)] = &[
    ("واحد", 1),
    ("واحده", 1),
    ("واحدا", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("اثنتان", 2),
    ("اثنتين", 2),
    ("ثلاثه", 3),
    ("ثلاث", 3),
    ("اربعه", 4),
    ("اربع", 4),
    ("خمسه", 5),
    ("خمس", 5),
    ("سته", 6),
    ("ست", 6),
    ("سبعه", 7),
    ("سبع", 7),
    ("ثمانيه", 8),
    ("ثماني", 8),
    ("ثمان", 8),
    ("تسعه", 9),
    ("تسع", 9),
    ("عشره", 10),
    ("عشر", 10),
];

/// The count a unit word says (ثلاثة → 3, ثمان → 8), read from [`UNITS`]: for the counts
/// other stages read without a number rule around them (the "or three" after a dual, in
/// `quantities::duration`).
pub(crate) fn unit_count(w: &str) -> Option<i128> {
    UNITS.iter().find(|r| r.0 == w).map(|r| r.1)
}

/// Words that are 1 or 2 only before عشر/عشرة (أحد عشر، اثنا عشر).
pub(super) const TEEN_HEADS: &[(&str, i128)] = &[
    ("احد", 1),
    ("احدي", 1),
    ("اثنا", 2),
    ("اثني", 2),
    ("اثنتا", 2),
    ("اثنتي", 2),
];

pub(super) const TENS: &[(&str, i128)] = &[
    ("عشرون", 20),
    ("عشرين", 20),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("اربعون", 40),
    ("اربعين", 40),
    ("خمسون", 50),
    ("خمسين", 50),
    ("ستون", 60),
    ("ستين", 60),
    ("سبعون", 70),
    ("سبعين", 70),
    ("ثمانون", 80),
    ("ثمانين", 80),
    ("تسعون", 90),
    ("تسعين", 90),
];

pub(super) const HUNDREDS: &[(&str, i128)] = &[
    ("مئه", 100),
    ("مائه", 100),
    ("مئتان", 200),
    ("مئتين", 200),
    ("مئتا", 200),
    ("مئتي", 200),
    ("مائتان", 200),
    ("مائتين", 200),
    ("مائتا", 200),
    ("مائتي", 200),
    ("ثلاثمئه", 300),
    ("ثلاثمائه", 300),
    ("اربعمئه", 400),
    ("اربعمائه", 400),
    ("خمسمئه", 500),
    ("خمسمائه", 500),
    ("ستمئه", 600),
    ("ستمائه", 600),
    ("سبعمئه", 700),
    ("سبعمائه", 700),
    ("ثمانمئه", 800),
    ("ثمانمائه", 800),
    ("ثمانيمئه", 800),
    ("ثمانيمائه", 800),
    ("تسعمئه", 900),
    ("تسعمائه", 900),
];

pub(super) const SCALES: &[(&str, (i128, Count))] = &[
    ("الف", (1_000, Count::Single)),
    ("الفا", (1_000, Count::SingleOrDual)),
    ("الفان", (1_000, Count::Dual)),
    ("الفين", (1_000, Count::Dual)),
    ("الفي", (1_000, Count::Dual)),
    ("الاف", (1_000, Count::Plural)),
    ("مليون", (1_000_000, Count::Single)),
    ("مليونا", (1_000_000, Count::SingleOrDual)),
    ("مليونان", (1_000_000, Count::Dual)),
    ("مليونين", (1_000_000, Count::Dual)),
    ("مليوني", (1_000_000, Count::Dual)),
    ("ملايين", (1_000_000, Count::Plural)),
    ("مليار", (1_000_000_000, Count::Single)),
    ("مليارا", (1_000_000_000, Count::SingleOrDual)),
    ("ملياران", (1_000_000_000, Count::Dual)),
    ("مليارين", (1_000_000_000, Count::Dual)),
    ("ملياري", (1_000_000_000, Count::Dual)),
    ("مليارات", (1_000_000_000, Count::Plural)),
    ("تريليون", (1_000_000_000_000, Count::Single)),
    ("ترليون", (1_000_000_000_000, Count::Single)),
    ("تريليونا", (1_000_000_000_000, Count::SingleOrDual)),
    ("ترليونا", (1_000_000_000_000, Count::SingleOrDual)),
    ("تريليونات", (1_000_000_000_000, Count::Plural)),
    ("ترليونات", (1_000_000_000_000, Count::Plural)),
];

/// Approximate plurals, bare or definite (عشرات، العشرات).
pub(super) const APPROX: &[(&str, &str)] = &[
    ("عشرات", "tens"),
    ("العشرات", "tens"),
    ("مئات", "hundreds"),
    ("المئات", "hundreds"),
    ("الاف", "thousands"),
    ("الالاف", "thousands"),
    ("الوف", "thousands"),
    ("ملايين", "millions"),
    ("الملايين", "millions"),
    ("مليارات", "billions"),
    // Session 21: تريليونات الدولارات (trillions of dollars).
    ("المليارات", "billions"),
    ("تريليونات", "trillions"),
    ("ترليونات", "trillions"),
];

/// The second word of عشرات الآلاف، مئات الملايين.
/// The scale after an approximate plural; الاف is آلاف and the common misspelling الآف.
pub(super) const APPROX_OF: &[(&str, &str)] = &[
    ("الالاف", "thousands"),
    ("الاف", "thousands"),
    ("الملايين", "millions"),
    ("ملايين", "millions"),
    // مئات الألوف: the old plural of ألف.
    ("الالوف", "thousands"),
];

pub(super) const ORDINALS: &[(&str, u32)] = &[
    ("الاول", 1),
    ("الاولي", 1),
    ("اول", 1),
    ("الثاني", 2),
    ("الثانيه", 2),
    ("ثاني", 2),
    ("الثالث", 3),
    ("الثالثه", 3),
    ("ثالث", 3),
    ("الرابع", 4),
    ("الرابعه", 4),
    ("رابع", 4),
    ("الخامس", 5),
    ("الخامسه", 5),
    ("خامس", 5),
    ("السادس", 6),
    ("السادسه", 6),
    ("السابع", 7),
    ("السابعه", 7),
    ("الثامن", 8),
    ("الثامنه", 8),
    ("التاسع", 9),
    ("التاسعه", 9),
    ("العاشر", 10),
    ("العاشره", 10),
    ("الحادي", 1),
    ("الحاديه", 1),
    // Only before the tens (القرن الواحد والعشرين: the 21st century); alone "the one".
    ("الواحد", 1),
    ("الواحده", 1),
    // Indefinite feminine first (خطوة أولى; written with ى: أولي is "initial") and the
    // adverbial forms of lists and rankings (ثانياً … عاشراً: "ninth" as a heading; not أولاً,
    // mostly "first of all": سلامة الركاب أولاً).
    ("اولي", 1),
    ("ثانيا", 2),
    ("ثالثا", 3),
    ("رابعا", 4),
    ("خامسا", 5),
    ("سادسا", 6),
    ("سابعا", 7),
    ("ثامنا", 8),
    ("تاسعا", 9),
    ("عاشرا", 10),
];

/// English ordinals by value, 0 to 19 ("zeroth" only fills index 0).
pub(crate) const ORDINAL_EN: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// The first word of a definite twelve (الأشهر الاثني عشر، الدول الاثنتا عشرة): with عشر /
/// عشرة after it, 12 (not 10). The definite eleven (الأحد عشر) is left out: الأحد is Sunday,
/// and the word class these join is asked at every one of its words.
pub(super) const DEFINITE_TEEN_HEADS: &[(&str, i128)] =
    &[("الاثني", 2), ("الاثنا", 2), ("الاثنتي", 2), ("الاثنتا", 2)];

/// Cardinals with the article, after a definite plural noun (الدول الأربع، الأيام الثلاثة،
/// السنوات العشرين) or before من عمره (الخمسين من عمره). One and two are not here: الواحد
/// and الاثنين (Monday) are something else.
pub(super) const DEFINITE: &[(&str, i128)] = &[
    ("الثلاث", 3),
    ("الثلاثه", 3),
    ("الاربع", 4),
    ("الاربعه", 4),
    ("الخمس", 5),
    ("الخمسه", 5),
    ("الست", 6),
    ("السته", 6),
    ("السبع", 7),
    ("السبعه", 7),
    ("الثماني", 8),
    ("الثمانيه", 8),
    ("التسع", 9),
    ("التسعه", 9),
    ("العشر", 10),
    ("العشره", 10),
    ("العشرين", 20),
    ("الثلاثين", 30),
    ("الاربعين", 40),
    ("الخمسين", 50),
    ("الستين", 60),
    ("السبعين", 70),
    ("الثمانين", 80),
    ("التسعين", 90),
];
