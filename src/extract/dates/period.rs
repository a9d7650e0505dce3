//! Periods and more relative dates: quarters and halves of a year, decades, centuries, the day
//! before yesterday, the day after tomorrow, and "N years/months/weeks/days ago".
//!
//! **In:** a tokenized sentence at a date word, the reference date. **Out:** a `date` fact.
//!
//! Shapes (rules):
//! * `date.quarter`: الربع الأول/الثاني/الثالث/الرابع [من] [عام] 2015 → `2015-Q2`; with
//!   الحالي/الماضي/المقبل, or alone, from the reference date (alone: the latest such quarter
//!   not after it; "of the year" `من العام` / `من السنة`: the reference year's, not of a fiscal
//!   or school year);
//! * `date.half`: النصف الأول/الثاني [من] [عام] 2015 → `2015-H1`;
//! * `date.relative`: البارحة (yesterday), أمس الأول (the day before yesterday), بعد غد (the
//!   day after tomorrow), يوم غد (tomorrow);
//! * `date.ago`: قبل 50 سنة، قبل خمسة عشر عاما، قبل ثلاثة أشهر → the year / month / ISO week
//!   / day that far before the reference date (`1965`, `2015-04`, `2015-W27`, `2015-07-20`);
//!   without a reference date `relative:year-50`;
//! * `date.century`: القرن التاسع عشر (الميلادي) → `18XX`, "the 19th century"; القرن
//!   الماضي → `19XX`; القرن الرابع عشر الهجري → `hijri:13XX`, "the 14th century AH"; a part
//!   before it in the span and the English (أواخر، منتصف، مطلع، أول); none before Christ;
//!   two of them (القرنين الرابع والخامس للميلاد → `03XX/04XX`, "the 4th and 5th centuries";
//!   القرنين السابع والثامن عشر → `16XX/17XX`);
//! * `duration.one` (not a date): قبل/بعد + one unit of time + من, a time before or after an
//!   event (بعد أسبوع من أعمال عنف → `P1W`).

use super::super::numbers::cardinal_at;
use super::{
    clitic_splits, get, number, ordinal_at, rest_is, Context, Date, DateDetail, Detail, FactKind,
    Out, Sent, RELATIVE,
};

const YEAR_WORDS: &[&str] = &["عام", "العام", "لعام", "للعام", "سنه", "السنه", "لسنه"];

/// `(word, unit, grain)` of "N … ago".
const AGO_UNITS: &[(&str, char)] = &[
    ("سنه", 'Y'),
    ("سنوات", 'Y'),
    ("سنين", 'Y'),
    ("عام", 'Y'),
    ("عاما", 'Y'),
    ("اعوام", 'Y'),
    ("شهر", 'M'),
    ("شهرا", 'M'),
    ("اشهر", 'M'),
    ("شهور", 'M'),
    ("اسبوع", 'W'),
    ("اسبوعا", 'W'),
    ("اسابيع", 'W'),
    ("يوم", 'D'),
    ("يوما", 'D'),
    ("ايام", 'D'),
];

/// Words a period starts with (the `DATE_WORD` class); looked up through ل + the article,
/// its alef elided, as well (للنصف الأول، للقرن الماضي: [`rest_is`]).
pub(super) const WORDS: &[&str] = &[
    "الربع",
    "النصف",
    "البارحه",
    "قبل",
    "بعد",
    "يوم",
    "الامس",
    "القرن",
    "القرنين",
];

/// Decade words (see [`decade`]), also in the `DATE_WORD` class: apart from [`WORDS`] so
/// that the common قبل، بعد، يوم are not looked up among them.
pub(super) const DECADE_WORDS: &[&str] = &[
    "العشرينيات",
    "الثلاثينيات",
    "الاربعينيات",
    "الخمسينيات",
    "الستينيات",
    "السبعينيات",
    "الثمانينيات",
    "التسعينيات",
    "عشرينيات",
    "ثلاثينيات",
    "اربعينيات",
    "خمسينيات",
    "ستينيات",
    "سبعينيات",
    "ثمانينيات",
    "تسعينيات",
    // The shorter spelling, as common in the press (مطلع التسعينات).
    "العشرينات",
    "الثلاثينات",
    "الاربعينات",
    "الخمسينات",
    "الستينات",
    "السبعينات",
    "الثمانينات",
    "التسعينات",
    "عشرينات",
    "ثلاثينات",
    "اربعينات",
    "خمسينات",
    "ستينات",
    "سبعينات",
    "ثمانينات",
    "تسعينات",
];

/// A decade's tens by its word (the article and ـيات removed): الستينيات → 6.
const DECADES: &[(&str, u32)] = &[
    ("عشرين", 2),
    ("ثلاثين", 3),
    ("اربعين", 4),
    ("خمسين", 5),
    ("ستين", 6),
    ("سبعين", 7),
    ("ثمانين", 8),
    ("تسعين", 9),
];

/// A period or relative date at token `i`: push it, mark it used, return its end.
pub(super) fn period(
    sent: &Sent,
    ctx: &Context,
    i: usize,
    used: &mut [bool],
    out: &mut Out,
) -> Option<usize> {
    if !sent.is_word(i) {
        return None;
    }
    let w = clitic_splits(sent.w(i)).find_map(|(c, r)| {
        let words = if r.ends_with("ات") {
            DECADE_WORDS
        } else {
            WORDS
        };
        words.iter().copied().find(|k| rest_is(c, r, k))
    })?;
    let (to, value, english, grain, rule) = match w {
        "الربع" | "النصف" => part_of_year(sent, ctx, i, w.ends_with("ربع"))?,
        // البارحة الأولى: the night before last (the "first" of the two nights back), not
        // yesterday and an ordinal.
        "البارحه" if sent.w(i + 1) == "الاولي" => day(ctx, i + 2, -2)?,
        "البارحه" => day(ctx, i + 1, -1)?,
        "بعد" if sent.w(i + 1) == "غد" => day(ctx, i + 2, 2)?,
        "يوم" if matches!(sent.w(i + 1), "غد" | "الغد") => day(ctx, i + 2, 1)?,
        // بعد عام على ثورة: "a year after" too.
        "قبل" | "بعد" if matches!(sent.w(i + 2), "من" | "علي") => {
            return one_unit_after(sent, i, used, out)
        }
        "قبل" => ago(sent, ctx, i, used)?,
        // الأمس، منذ الأمس: yesterday; not حتى الأمس القريب ("until recently").
        "الامس" if sent.w(i + 1) != "القريب" => day(ctx, i + 1, -1)?,
        _ if w.ends_with("ات") => return decade(sent, i, w, used, out),
        "القرن" => return century(sent, i, used, out),
        "القرنين" => return centuries(sent, i, used, out),
        _ => return None,
    };
    if used[i..to].iter().any(|&u| u) {
        return None;
    }
    used[i..to].fill(true);
    out.push(
        FactKind::Date,
        i,
        to,
        value,
        english,
        rule,
        Detail::Date(DateDetail::grain(grain)),
    );
    Some(to)
}

type Found = (usize, String, String, &'static str, &'static str);

/// A decade at token `i` (word `w`): ستينيات القرن الماضي، الثمانينيات من القرن الماضي,
/// السبعينيات → `196X` (ISO 8601-2: the year's last digit unspecified), "the 1960s"; of the
/// 20th century unless القرن الحالي / الحالي follows (2020s). In an age (في العشرينيات من
/// عمره) an `age` fact `20-29`. Pushes the fact, marks it used, returns its end.
fn decade(sent: &Sent, i: usize, w: &str, used: &mut [bool], out: &mut Out) -> Option<usize> {
    let bare = w.strip_prefix("ال").unwrap_or(w);
    let stem = bare
        .strip_suffix("يات")
        .or_else(|| bare.strip_suffix("ات"))?;
    let &(_, tens) = DECADES.iter().find(|d| d.0 == stem)?;
    let mut to = i + 1;
    if sent.w(to) == "من" && super::super::quantities::of_his_life(sent.w(to + 1)) {
        let (a, b) = (tens * 10, tens * 10 + 9);
        used[i..to + 2].fill(true);
        out.push(
            FactKind::Age,
            i,
            to + 2,
            format!("{a}-{b}"),
            format!("{a}-{b} years old"),
            "age.decade",
            Detail::None,
        );
        return Some(to + 2);
    }
    // (من) القرن الماضي / العشرين / الحالي
    let k = if sent.w(to) == "من" { to + 1 } else { to };
    let mut century = 19;
    if sent.w(k) == "القرن" {
        match sent.w(k + 1) {
            "الماضي" | "العشرين" => to = k + 2,
            "الحالي" => {
                century = 20;
                to = k + 2;
            }
            // ثلاثينات القرن التاسع عشر: the 1830s; ستينات القرن الهجري الأول: a Hijri
            // decade, which no value here says.
            _ => match ordinal_at(sent, k + 1) {
                Some((n, w)) if (2..=21).contains(&n) && sent.w(k + 1 + w) != "الهجري" => {
                    century = n - 1;
                    to = k + 1 + w;
                }
                _ => return None,
            },
        }
    }
    if used[i..to].iter().any(|&u| u) {
        return None;
    }
    // مطلع التسعينات، أواخر الستينيات: a part of the decade, kept in the span and the
    // English; the value stays the decade.
    let part = part_before(sent, i, used, false);
    let from = if part.is_some() { i - 1 } else { i };
    used[from..to].fill(true);
    out.push(
        FactKind::Date,
        from,
        to,
        format!("{century}{tens}X"),
        format!("the {}{century}{tens}0s", part.unwrap_or("")),
        "date.decade",
        Detail::Date(DateDetail::grain("decade")),
    );
    Some(to)
}

/// Two centuries at token `i` (القرنين, the dual): القرنين الرابع والخامس (الميلادي، للميلاد)
/// → `03XX/04XX`, "the 4th and 5th centuries"; the second ordinal's عشر is the first's too
/// (القرنين الثامن والتاسع عشر → the 18th and 19th); Hijri with الهجري / للهجرة after
/// (`hijri:01XX/hijri:02XX`); none before Christ. Session 27: 3 in 2 of the 600 dev articles
/// and 3 in the AQMAR article Physics gave no fact.
fn centuries(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    let j = i + 1;
    let (mut a, wa) = ordinal_at(sent, j)?;
    // والخامس, or و apart (الثامن و التاسع عشر).
    let mut k = j + wa;
    if sent.w(k) == "و" {
        k += 1;
    } else if !sent.w(k).starts_with('و') {
        return None;
    }
    // والعشرين: the 20th after the 19th (an ordinal only as القرن العشرين's word).
    let (b, wb) = match sent.w(k) {
        "والعشرين" | "العشرين" => (20, 1),
        _ => ordinal_at(sent, k)?,
    };
    if !sent.is_word(j) || !sent.is_word(k) {
        return None;
    }
    if wb == 2 && (11..=19).contains(&b) && a < b - 10 {
        a += 10;
    }
    if a == 0 || a >= b || b > 21 {
        return None;
    }
    let mut to = k + wb;
    let hijri = matches!(sent.w(to), "الهجري" | "للهجره");
    if hijri || matches!(sent.w(to), "الميلادي" | "للميلاد") {
        to += 1;
    }
    if no_century(sent, to, hijri, b) {
        return None;
    }
    if used[i..to].iter().any(|&u| u) {
        return None;
    }
    used[i..to].fill(true);
    let era = if hijri { "hijri:" } else { "" };
    let value = format!("{era}{:02}XX/{era}{:02}XX", a - 1, b - 1);
    let mut english = String::from("the ");
    super::super::numbers::write_rank(i128::from(a), &mut english);
    english.push_str(" and ");
    super::super::numbers::write_rank(i128::from(b), &mut english);
    english.push_str(" centuries");
    if hijri {
        english.push_str(" AH");
    }
    let detail = Detail::Date(DateDetail::grain("century"));
    out.push(
        FactKind::Date,
        i,
        to,
        value,
        english,
        "date.century",
        detail,
    );
    Some(to)
}

/// Whether the `n`th century (Hijri when `hijri`), with token `to` after it, is none a value
/// here can say: before Christ (القرن الخامس قبل الميلاد، القرن الرابع ق. م) or a Hijri century
/// not yet begun.
fn no_century(sent: &Sent, to: usize, hijri: bool, n: u32) -> bool {
    (hijri && n > 15) || (sent.w(to) == "قبل" && sent.w(to + 1) == "الميلاد") || sent.w(to) == "ق"
}

/// A century at token `i` (القرن): القرن التاسع عشر → `18XX` (ISO 8601-2: the last two
/// digits unspecified), "the 19th century"; القرن الماضي / العشرين → the 20th, القرن الحالي
/// → the 21st; a Hijri century (القرن الرابع عشر الهجري، القرن الهجري الأول، القرن الثالث
/// للهجرة) → `hijri:13XX`, "the 14th century AH"; a part before it (أواخر، منتصف، مطلع، أول)
/// in the span and the English; none before Christ (قبل الميلاد، ق. م). Session 26: 11 centuries on the 600 dev articles and dozens
/// in the AQMAR articles gave no fact. The horn (القرن الأفريقي) and a century as a measure
/// (ربع القرن، صفقة القرن) have no ordinal or relative word after them: no fact. A decade of
/// the century (ستينات القرن الماضي) is [`decade`]'s, which runs first.
fn century(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    let hijri_word = |j: usize| matches!(sent.w(j), "الهجري" | "للهجره");
    let mut j = i + 1;
    let mut hijri = false;
    if hijri_word(j) {
        hijri = true;
        j += 1;
    }
    let (n, after) = match sent.w(j) {
        // The past and the present century: the 20th and the 21st (the 14th and the 15th of
        // the Hijra), as the decade rule reads them.
        "الماضي" | "المنصرم" | "السابق" => (if hijri { 14 } else { 20 }, j + 1),
        "الحالي" | "الجاري" => (if hijri { 15 } else { 21 }, j + 1),
        "العشرين" if sent.is_word(j) => (20, j + 1),
        _ => {
            let (n, w) = ordinal_at(sent, j)?;
            (n, j + w)
        }
    };
    if !(1..=21).contains(&n) || !sent.is_word(j) {
        return None;
    }
    let mut to = after;
    if !hijri && hijri_word(to) {
        hijri = true;
        to += 1;
    } else if !hijri && sent.w(to) == "الميلادي" {
        to += 1;
    }
    if no_century(sent, to, hijri, n) {
        return None;
    }
    // أواخر القرن التاسع عشر، أول القرن العشرين: the part of the century.
    let part = part_before(sent, i, used, true);
    let from = if part.is_some() { i - 1 } else { i };
    if used[from..to].iter().any(|&u| u) {
        return None;
    }
    used[from..to].fill(true);
    let lead = n - 1;
    let (value, era) = if hijri {
        (format!("hijri:{lead:02}XX"), " AH")
    } else {
        (format!("{lead:02}XX"), "")
    };
    let mut english = format!("the {}", part.unwrap_or(""));
    super::super::numbers::write_rank(i128::from(n), &mut english);
    english.push_str(" century");
    english.push_str(era);
    out.push(
        FactKind::Date,
        from,
        to,
        value,
        english,
        "date.century",
        Detail::Date(DateDetail::grain("century")),
    );
    Some(to)
}

/// One unit of time before or after an event, not now: بعد أسبوع من أعمال عنف، قبل يوم من
/// الهجوم → a `duration` of one (`P1W`, `P1D`), not a date (the event's date is not known).
/// `(word, value, english)`.
const ONE_UNIT: &[(&str, &str, &str)] = &[
    ("يوم", "P1D", "1 day"),
    ("اسبوع", "P1W", "1 week"),
    ("شهر", "P1M", "1 month"),
    ("عام", "P1Y", "1 year"),
    ("سنه", "P1Y", "1 year"),
    ("ساعه", "PT1H", "1 hour"),
    ("دقيقه", "PT1M", "1 minute"),
    ("عقد", "P10Y", "1 decade"),
    ("قرن", "P100Y", "1 century"),
];

/// قبل/بعد at `i`, one unit of time and من: push the duration (the unit only), mark it used.
fn one_unit_after(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    let j = i + 1;
    let &(_, value, english) = ONE_UNIT.iter().find(|u| u.0 == sent.w(j))?;
    if !sent.is_word(j) || used[j] {
        return None;
    }
    used[j] = true;
    out.push(
        FactKind::Duration,
        j,
        j + 1,
        value,
        english,
        "duration.one",
        Detail::None,
    );
    Some(j + 1)
}

fn day(ctx: &Context, to: usize, offset: i64) -> Option<Found> {
    let words = match offset {
        -2 => "the day before yesterday",
        -1 => "yesterday",
        1 => "tomorrow",
        _ => "the day after tomorrow",
    };
    let (v, e) = match ctx.reference_date {
        Some(r) => {
            let v = Date::from_jdn(r.jdn() + offset).to_string();
            let e = format!("{words} ({v})");
            (v, e)
        }
        None => (format!("relative:day{offset:+}"), words.to_string()),
    };
    Some((to, v, e, "day", "date.relative"))
}

/// أمس الأول: the day before yesterday (called by the relative rule at أمس).
pub(super) fn before_yesterday(sent: &Sent, k: usize) -> bool {
    matches!(sent.w(k + 1), "الاول")
}

fn part_of_year(sent: &Sent, ctx: &Context, i: usize, quarter: bool) -> Option<Found> {
    let (kind, size) = if quarter { ('Q', 3) } else { ('H', 6) };
    let current = |r: Date| (r.month() as i32 - 1) / size + 1;
    let count = if quarter { 4 } else { 2 };
    if let Some(rel) = get(RELATIVE, sent.w(i + 1)) {
        // الربع الحالي/الماضي/المقبل.
        let r = ctx.reference_date?;
        let t = r.year() * count + current(r) - 1 + rel;
        let (y, n) = (t.div_euclid(count), t.rem_euclid(count) + 1);
        let name = if quarter { "quarter" } else { "half" };
        let words = match rel {
            0 => "this",
            x if x < 0 => "last",
            _ => "next",
        };
        return Some((
            i + 2,
            format!("{y:04}-{kind}{n}"),
            format!("{words} {name} ({y:04}-{kind}{n})"),
            name,
            "date.period",
        ));
    }
    let (n, w) = ordinal_at(sent, i + 1)?;
    if n == 0 || n > count as u32 {
        return None;
    }
    let mut j = i + 1 + w;
    if sent.w(j) == "من" {
        j += 1;
    }
    let had_year_word = YEAR_WORDS.contains(&sent.w(j));
    if had_year_word {
        j += 1;
    }
    let (year, to) = if let Some(y) = number(sent, j).filter(|&y| (1900..=2100).contains(&y)) {
        (y as i32, j + 1)
    } else if let Some(rel) = get(RELATIVE, sent.w(j)) {
        let r = ctx.reference_date?;
        (r.year() + rel, j + 1)
    } else if !had_year_word {
        let r = ctx.reference_date?;
        // Alone: the latest such period not after the reference date.
        let y = if n as i32 <= current(r) {
            r.year()
        } else {
            r.year() - 1
        };
        (y, i + 1 + w)
    } else if matches!(sent.w(j - 1), "العام" | "السنه")
        && number(sent, j).is_none()
        && !matches!(sent.w(j), "الماليه" | "الدراسيه" | "الهجريه" | "الميلاديه")
    {
        // النصف الثاني من العام (session 23): "of the year", the reference date's (not of a
        // fiscal or school year: الربع الثاني من السنة المالية 2015م).
        (ctx.reference_date?.year(), j)
    } else {
        return None;
    };
    let (ord, which) = match n {
        1 => ("first", 1),
        2 => ("second", 2),
        3 => ("third", 3),
        _ => ("fourth", 4),
    };
    let value = format!("{year:04}-{kind}{which}");
    let english = format!(
        "the {ord} {} of {year}",
        if quarter { "quarter" } else { "half" }
    );
    let grain = if quarter { "quarter" } else { "half" };
    Some((to, value, english, grain, "date.period"))
}

fn ago(sent: &Sent, ctx: &Context, i: usize, used: &[bool]) -> Option<Found> {
    let n = cardinal_at(sent, i + 1, used)?;
    let count = n.value?.as_int()?;
    let unit = *get(AGO_UNITS, sent.w(n.to)).as_ref()?;
    if !(1..=5000).contains(&count) {
        return None;
    }
    // قبل عشر سنوات من حلوله, بعد ثلاثة أشهر من الحادث: that far before an event the text
    // names, not before the reference date (a duration, the quantity rules' fact); but قبل
    // 50 عاما من الآن / من اليوم is the reference date's.
    if sent.w(n.to + 1) == "من" && !matches!(sent.w(n.to + 2), "الان" | "اليوم" | "تاريخه" | "تاريخ")
    {
        return None;
    }
    let count = count as i32;
    let (grain, en_unit) = match unit {
        'Y' => ("year", "years"),
        'M' => ("month", "months"),
        'W' => ("week", "weeks"),
        _ => ("day", "days"),
    };
    let to = n.to + 1;
    let words = format!("{count} {en_unit} ago");
    let Some(r) = ctx.reference_date else {
        return Some((
            to,
            format!("relative:{grain}-{count}"),
            words,
            grain,
            "date.ago",
        ));
    };
    let v = match unit {
        'Y' => format!("{:04}", r.year() - count),
        'M' => {
            let t = r.year() * 12 + r.month() as i32 - 1 - count;
            format!("{:04}-{:02}", t.div_euclid(12), t.rem_euclid(12) + 1)
        }
        'W' => {
            let (wy, ww) = Date::from_jdn(r.jdn() - 7 * count as i64).iso_week();
            format!("{wy:04}-W{ww:02}")
        }
        _ => Date::from_jdn(r.jdn() - count as i64).to_string(),
    };
    let e = format!("{words} ({v})");
    Some((to, v, e, grain, "date.ago"))
}

/// The part of a decade or century named right before it at `i` (مطلع، منتصف، أواخر; with
/// `first`, أول too: أول القرن العشرين), as its English prefix: "early ", "mid-", "late ".
fn part_before(sent: &Sent, i: usize, used: &[bool], first: bool) -> Option<&'static str> {
    if i == 0 || !sent.is_word(i - 1) || used[i - 1] {
        return None;
    }
    let w = sent.w(i - 1);
    let part = clitic_splits(w)
        .find_map(|(_, r)| get(super::PARTS, r))
        .or_else(|| (first && clitic_splits(w).any(|(_, r)| r == "اول")).then_some("start"))?;
    Some(match part {
        "start" | "early" => "early ",
        "mid" => "mid-",
        _ => "late ",
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check;
    use super::super::super::FactKind;
    use super::super::Date;

    #[test]
    fn periods_and_relative_days() {
        check(
            FactKind::Date,
            &[
                (
                    "ارتفعت الأرباح في الربع الثاني 2015 بنسبة كبيرة.",
                    &[("الربع الثاني 2015", "2015-Q2")],
                ),
                (
                    "تراجعت المبيعات خلال النصف الأول من عام 2014.",
                    &[("النصف الأول من عام 2014", "2014-H1")],
                ),
                ("نتائج الربع الحالي أفضل.", &[("الربع الحالي", "2015-Q3")]),
                (
                    "وعلى صعيد الأرباح للنصف الأول من عام 2015، فقد انخفضت.",
                    &[("للنصف الأول من عام 2015", "2015-H1")],
                ),
                ("وصل الوفد البارحة إلى جدة.", &[("البارحة", "2015-07-24")]),
                ("تعقد القمة بعد غد في الرياض.", &[("بعد غد", "2015-07-27")]),
                (
                    "وقع الحادث أمس الأول قرب الحدود.",
                    &[("أمس الأول", "2015-07-23")],
                ),
                ("بني الجسر قبل 50 سنة.", &[("قبل 50 سنة", "1965")]),
                (
                    "غادر البلاد قبل خمسة عشر عاما.",
                    &[("قبل خمسة عشر عاما", "2000")],
                ),
                ("أعلن ذلك قبل ثلاثة أشهر.", &[("قبل ثلاثة أشهر", "2015-04")]),
                ("قبل أن يغادر قال كلمته.", &[]),
                // Before an event the text names: a duration, not a date.
                ("لا يخطط للتقاعد إلا قبل عشر سنوات من حلوله.", &[]),
                ("ولد قبل 50 عاما من الآن.", &[("قبل 50 عاما", "1965")]),
            ],
            Date::new(2015, 7, 25),
        );
    }
}
