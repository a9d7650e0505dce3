//! Dates: Gregorian (Egyptian/Gulf, Levantine/Iraqi, Maghreb and Moroccan month names, alone
//! or with the other name in brackets or after a slash), Hijri, years, weekdays, times of day,
//! numeric dates and relative expressions.
//!
//! **In:** a tokenized sentence and the reference date. **Out:** `date` facts; their tokens
//! are marked used so that a day or a year is not also a number.
//!
//! Shapes (rules): `date.day-month-year` ("10 مايو (أيار) 2024", "السابع من تشرين الأول
//! (أكتوبر) 2023", with an optional weekday before: "الخميس 18 يوليو"), `date.month-year`
//! ("مارس (آذار) 2023", "أغسطس/آب 2021"), `date.day-month` and `date.month` (resolved with
//! الحالي/الماضي/المقبل, a relative year with or without من — "يونيو العام الماضي",
//! "مارس من العام المقبل" — or the reference date; else `--05-10`, `--03`; a day and month
//! with عام/سنة and a year of any size before its era letter, "9 ذي الحجة سنة 273 ه", is one
//! date), `date.year`
//! ("عام 2021", "عامي 2016 و2021", "في 2026", with a part before it: "أواخر عام 2012" → `2012`,
//! "late 2012"), `date.year-range` ("بين عامي 2002 و2004", a season "موسم 2007 - 08",
//! "2019-2020", "من 2010 إلى 2015": one fact, an ISO 8601 interval `2002/2004` as a range of
//! days is written, `hijri:1446-10-15/hijri:1446-10-26`), `date.hijri`, `date.weekday`,
//! `date.relative` (اليوم، أمس، غداً، الأسبوع/الشهر/العام الماضي/الحالي/المقبل, with
//! مطلع/منتصف/أواخر … before it, also before هذا/هذه: "نهاية هذا العام", "end of this year";
//! الأمس; with ل glued on: "لهذا العام", "للعام الحالي"), `date.decade` (ستينيات القرن الماضي
//! → `196X`, "the 1960s"), `date.century` (أواخر القرن التاسع عشر → `18XX`, "the late 19th
//! century"; القرن الرابع عشر الهجري → `hijri:13XX`),
//! `date.numeric` (15/4/2023), `date.time` (23:11).
//!
//! A month name is a date only in a date context: a day before it, a year, the other month
//! name or a relative word after it, or a preposition such as في/منذ/خلال/حتى or شهر before
//! it. So "مارس الضغط" (practised pressure), أب (father) and صفر (zero) are not dates.
//!
//! Hijri dates stay Hijri in `value` (`hijri:1446-01-12`), unless the Gregorian date is written
//! beside them (`الموافق`): then one fact with the Gregorian value (see `apposition`). The converter here is the tabular
//! (arithmetic, civil-epoch) Islamic calendar; the official Umm al-Qura calendar and
//! sighting-based calendars differ from it by one or two days, and no Umm al-Qura table is
//! built in, so the Gregorian date is only an estimate: it goes to `detail.gregorian_estimate`
//! and the English rendering says "about". Weekdays resolve to the most recent such day on or
//! before the reference date (news reports the past), or after it with المقبل/القادم.

mod apposition;
#[cfg(test)]
mod apposition_tests;
mod calendar;
#[cfg(test)]
mod century_tests;
mod clock;
mod days;
mod emit;
mod format;
#[cfg(test)]
mod history_tests;
mod holiday;
mod period;
#[cfg(test)]
mod range_tests;
#[cfg(test)]
mod relative_year_tests;
mod resolve;
mod tables;
#[cfg(test)]
mod tests;
mod years;

use super::numbers::ordinal_at;
use super::{
    clitic_splits, get, rest_is, Context, DateDetail, Detail, FactKind, Kind, Out, Sent, Text,
    DATE_WORD, MONTH, NUM, NUMBER_WORD, ORDINAL,
};
use calendar::hijri_jdn;
pub use calendar::{parse_date, Date, ParseDateError};
use emit::emit_month;
use format::{iso_date, month_day_year, push_int};
pub(crate) use tables::WEEKDAYS;
use tables::{
    GREGORIAN, HIJRI, HIJRI_EN, MONTHS_EN, MONTH_CUES, PARTS, RELATIVE, UNITS, YEAR_FOLLOWERS,
};

/// A month name at token `i` (through proclitics): `(month, tokens, hijri)`.
#[inline]
fn month_at(sent: &Sent, i: usize) -> Option<(u32, usize, bool)> {
    if !sent.has(i, MONTH) {
        return None;
    }
    month_table_at(sent, i)
}

fn month_table_at(sent: &Sent, i: usize) -> Option<(u32, usize, bool)> {
    let w = sent.w(i);
    let rows = month_rows();
    for (clitic, rest) in clitic_splits(w) {
        // باب is a door far more often than ب + آب (in August).
        if rest == "اب" && clitic.ends_with('ب') {
            continue;
        }
        for &(second, m, hijri) in rows.get(rest).into_iter().flatten() {
            if second.is_empty() {
                return Some((m, 1, hijri));
            }
            if sent.w(i + 1) == second {
                return Some((m, 2, hijri));
            }
        }
    }
    None
}

/// The month names by first word: `(second word or "", month, hijri)` in table order,
/// Gregorian rows first; a one-word row is left out when its table also has the word with a
/// second word (كانون/تشرين alone are not months). One probe per proclitic split instead of
/// a scan of both tables.
type MonthRows = super::FxMap<&'static str, Vec<(&'static str, u32, bool)>>;

fn month_rows() -> &'static MonthRows {
    static T: std::sync::OnceLock<MonthRows> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut rows = MonthRows::default();
        for (table, hijri) in [(GREGORIAN, false), (HIJRI, true)] {
            for &(a, b, m) in table {
                if b.is_empty() && table.iter().any(|&(x, y, _)| x == a && !y.is_empty()) {
                    continue;
                }
                rows.entry(a).or_default().push((b, m, hijri));
            }
        }
        rows
    })
}

fn number(sent: &Sent, i: usize) -> Option<u32> {
    if sent.kind(i) != Some(Kind::Num) {
        return None;
    }
    let w = sent.w(i);
    if w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

fn is_year(n: u32) -> bool {
    (1000..=2100).contains(&n)
}

fn relative_at(sent: &Sent, i: usize) -> Option<i32> {
    if !sent.is_word(i) {
        return None;
    }
    get(RELATIVE, sent.w(i))
}

fn bare(w: &str) -> &str {
    clitic_splits(w)
        .map(|(_, r)| r)
        .find(|r| MONTH_CUES.contains(r) || get(PARTS, r).is_some())
        .unwrap_or(w)
}

/// A date being built.
struct DateParts {
    from: usize,
    to: usize,
    day: Option<u32>,
    month: u32,
    year: Option<i32>,
    hijri: bool,
    relative: Option<i32>,
    weekday: Option<u32>,
    part: Option<&'static str>,
    /// The first day of a range of days in one month: من 15 إلى 26 شوال.
    first_day: Option<u32>,
    /// The year relative to the reference date's: آذار من العام الماضي (-1).
    year_rel: Option<i32>,
}

pub(crate) fn extract(sent: &Sent, ctx: &Context, used: &mut [bool], out: &mut Out) {
    let n = sent.len();
    let mut i = 0;
    // A sentence with an ordinal but no digit, month or date word (let in for the clock
    // hours: عند العاشرة صباحا) holds at most ordinal clock times: only those are tried.
    if sent.bits & (NUM | MONTH | DATE_WORD) == 0 {
        while i < n {
            let hour = !used[i] && sent.has(i, ORDINAL);
            i = hour
                .then(|| clock::clock(sent, i, used, out))
                .flatten()
                .unwrap_or(i + 1);
        }
        return;
    }
    while i < n {
        // Times and numeric dates start with digits, the others with a month.
        // (الواحدة ظهرا: one o'clock is a number word.)
        if used[i]
            || !(sent.any(i, NUM | MONTH | ORDINAL)
                || (sent.has(i, NUMBER_WORD) && sent.w(i).ends_with("الواحده")))
        {
            i += 1;
            continue;
        }
        if let Some(next) = clock::clock(sent, i, used, out) {
            i = next;
            continue;
        }
        if let Some(next) = time_or_numeric(sent, i, used, out) {
            i = next;
            continue;
        }
        if let Some((month, width, hijri)) = month_at(sent, i) {
            if let Some(d) = month_date(sent, i, month, width, hijri, used) {
                emit_month(sent, ctx, &d, used, out);
                i = d.to;
                continue;
            }
        }
        i += 1;
    }
    // Second pass: years, weekdays, relative expressions (months have claimed theirs); each
    // starts with digits or a `DATE_WORD`, and a word only the rules its word opens
    // ([`second_pass_rules`]) are tried.
    let mut i = 0;
    while i < n {
        if used[i] || !sent.any(i, DATE_WORD | NUM) {
            i += 1;
            continue;
        }
        let rules = if sent.is_word(i) {
            second_pass_rules(sent.w(i))
        } else {
            BY_YEAR
        };
        let mut next = None;
        if rules & BY_PERIOD != 0 {
            next = period::period(sent, ctx, i, used, out);
        }
        if next.is_none() && rules & BY_HOLIDAY != 0 {
            next = holiday::holiday(sent, ctx, i, used, out);
        }
        if next.is_none() && rules & BY_YEAR != 0 {
            next = years::year(sent, i, used, out);
        }
        if next.is_none() && rules & BY_WEEKDAY != 0 {
            next = days::weekday(sent, ctx, i, used, out);
        }
        if next.is_none() && rules & BY_RELATIVE != 0 {
            next = days::relative(sent, ctx, i, used, out);
        }
        i = next.unwrap_or(i + 1);
    }
    // One fact per day: أمس الثلاثاء 28 يوليو, الأحد (2 أغسطس), العام الماضي 2014.
    apposition::merge(sent, ctx, out);
}

/// The second-pass rules, as bits of [`second_pass_rules`] (digits: `year` only).
const BY_PERIOD: u8 = 1;
const BY_HOLIDAY: u8 = 2;
const BY_YEAR: u8 = 4;
const BY_WEEKDAY: u8 = 8;
const BY_RELATIVE: u8 = 16;

/// The words that are a relative day by themselves (with و too: وأمس).
const RELATIVE_DAYS: &[&str] = &["اليوم", "امس", "غدا", "الليله"];

/// The second-pass rules that may start at word `w`: the rules whose first word is one of
/// `w`'s proclitic splits. Each rule tests its own first word as well, so this only skips
/// rules that would find nothing; one hash probe per split instead of a table scan per rule.
fn second_pass_rules(w: &str) -> u8 {
    static T: std::sync::OnceLock<super::FxMap<&'static str, u8>> = std::sync::OnceLock::new();
    let table = T.get_or_init(|| {
        let rows = (period::WORDS.iter().map(|&w| (w, BY_PERIOD)))
            .chain(period::DECADE_WORDS.iter().map(|&w| (w, BY_PERIOD)))
            .chain(holiday::WORDS.iter().map(|&w| (w, BY_HOLIDAY)))
            .chain(years::YEAR_HEADS.iter().map(|&w| (w, BY_YEAR)))
            .chain(WEEKDAYS.iter().map(|r| (r.0, BY_WEEKDAY)))
            .chain(PARTS.iter().map(|r| (r.0, BY_RELATIVE)))
            .chain(UNITS.iter().map(|r| (r.0, BY_RELATIVE)))
            .chain(RELATIVE_DAYS.iter().map(|&w| (w, BY_RELATIVE)));
        let mut t = super::FxMap::default();
        for (w, rule) in rows {
            *t.entry(w).or_default() |= rule;
            // ل + the article, its alef elided (للقرن، للعام): the rest after ل is keyed as
            // well (a bare لقرن matches too, but each rule tests its own first word).
            if let Some(r) = w.strip_prefix('ا').filter(|r| r.starts_with('ل')) {
                *t.entry(r).or_default() |= rule;
            }
        }
        t
    });
    clitic_splits(w).fold(0, |bits, (_, r)| bits | table.get(r).copied().unwrap_or(0))
}

/// 15/4/2023 (clock times are `clock`).
fn time_or_numeric(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    let a = number(sent, i)?;
    let sep = sent.w(i + 1);
    // Spaces around the slashes only before a year: "16 /08 / 1436هـ".
    let tight = sent.touch(i) && sent.touch(i + 1) && sent.touch(i + 2) && sent.touch(i + 3);
    // 29 - 11 -1436: spaced dashes only before a four-digit year.
    let dashed_year = sep == "-" && sent.w(i + 4).len() == 4;
    if (sep == "/" || sep == "-") && sent.w(i + 3) == sep && (tight || sep == "/" || dashed_year) {
        let b = number(sent, i + 2)?;
        let c = number(sent, i + 4)?;
        if !tight && !is_year(c) {
            return None;
        }
        let (y, m, d) = if is_year(a) { (a, b, c) } else { (c, b, a) };
        // A Hijri year (1436هـ, or a year no Gregorian news date has): hijri:1436-04-02.
        let hijri_era = era_at(sent, i + 5) == Some(Era::Hijri);
        if is_year(y) && (hijri_era || (1300..=1500).contains(&y)) && (1..=12).contains(&m) {
            if !(1..=30).contains(&d) {
                return None;
            }
            let to = i + 5 + usize::from(hijri_era);
            let name = HIJRI_EN[m as usize - 1];
            // (من) 10 إلى 29 - 11 - 1436: a range of days, the first day before; من 26-4
            // إلى 11-5 -1437، من 30/12 وحتى 2/1 / 1437: the first day with its own month
            // (and year, the one before when its month comes later).
            let (from, first) = match first_day(sent, i, a, used) {
                Some((f, a)) if is_year(c) => (f, Some((a, m, y))),
                _ => match first_day_month(sent, i, (m, d), used) {
                    Some((f, a, b)) => (f, Some((a, b, if b > m { y - 1 } else { y }))),
                    None => (i, None),
                },
            };
            let value = out.text(|v| {
                if let Some((a, b, y0)) = first {
                    v.push_str("hijri:");
                    iso_date(v, Some(y0 as i32), b, Some(a));
                    v.push('/');
                }
                v.push_str("hijri:");
                iso_date(v, Some(y as i32), m, Some(d));
            });
            let english = out.text(|e| {
                if let Some((a, b, y0)) = first {
                    push_int(e, a as i32, 0);
                    if b != m {
                        e.push(' ');
                        e.push_str(HIJRI_EN[b as usize - 1]);
                        if y0 != y {
                            e.push(' ');
                            push_int(e, y0 as i32, 0);
                        }
                        e.push_str(" – ");
                    } else {
                        e.push('–');
                    }
                }
                push_int(e, d as i32, 0);
                e.push(' ');
                e.push_str(name);
                e.push(' ');
                push_int(e, y as i32, 0);
                e.push_str(" AH");
            });
            out.push(
                FactKind::Date,
                from,
                to,
                value,
                english,
                "date.numeric",
                Detail::Date(DateDetail {
                    hijri: true,
                    ..DateDetail::grain("day")
                }),
            );
            used[from..to].fill(true);
            return Some(to);
        }
        if is_year(y) && Date::new(y as i32, m, d).is_some() {
            let value = out.text(|v| iso_date(v, Some(y as i32), m, Some(d)));
            let english = out.text(|e| month_day_year(e, m, Some(d), Some(y as i32)));
            out.push(
                FactKind::Date,
                i,
                i + 5,
                value,
                english,
                "date.numeric",
                Detail::Date(DateDetail::grain("day")),
            );
            used[i..i + 5].fill(true);
            return Some(i + 5);
        }
    }
    None
}

/// The first day of a range of days before a numeric date at `i` whose day is `day`: (من) 10
/// إلى 29 - 11 - 1436. `(first token, first day)`.
fn first_day(sent: &Sent, i: usize, day: u32, used: &[bool]) -> Option<(usize, u32)> {
    if i < 2 || !matches!(sent.w(i - 1), "الي" | "حتي" | "-" | "–") || used[i - 2] {
        return None;
    }
    // من 26-4 إلى 11-5 -1437: the first day has its own month.
    if i >= 3 && matches!(sent.w(i - 3), "-" | "/") {
        return None;
    }
    let a = number(sent, i - 2).filter(|&a| (1..day).contains(&a))?;
    let from = if i >= 3 && sent.w(i - 3) == "من" && !used[i - 3] {
        i - 3
    } else {
        i - 2
    };
    Some((from, a))
}

/// The first day and month of a range before a numeric Hijri date at `i` of month and day
/// `end`: من 26-4 إلى 11-5 -1437، من 30/12 وحتى 2/1 / 1437 (the words إلى/حتى only, with
/// or without و: a dash between two dates is too often a score or a list).
/// `(first token, first day, first month)`.
fn first_day_month(
    sent: &Sent,
    i: usize,
    end: (u32, u32),
    used: &[bool],
) -> Option<(usize, u32, u32)> {
    if i < 4 || !clitic_splits(sent.w(i - 1)).any(|(_, r)| r == "الي" || r == "حتي") {
        return None;
    }
    if !matches!(sent.w(i - 3), "-" | "/") || used[i - 4] || used[i - 2] {
        return None;
    }
    let b = number(sent, i - 2).filter(|b| (1..=12).contains(b))?;
    let a = number(sent, i - 4).filter(|a| (1..=30).contains(a))?;
    // The first day before the last: a later month is of the year before (30/12 … 2/1).
    if b == end.0 && a >= end.1 {
        return None;
    }
    let from = if i >= 5 && sent.w(i - 5) == "من" && !used[i - 5] {
        i - 5
    } else {
        i - 4
    };
    Some((from, a, b))
}

/// Build a date around the month name at `m`, or `None` when it is not in a date context.
fn month_date(
    sent: &Sent,
    m: usize,
    month: u32,
    width: usize,
    hijri: bool,
    used: &[bool],
) -> Option<DateParts> {
    let mut d = DateParts {
        from: m,
        to: m + width,
        day: None,
        month,
        year: None,
        hijri,
        relative: None,
        weekday: None,
        part: None,
        first_day: None,
        year_rel: None,
    };
    let mut cue = false;
    // "العشرين من شهر رجب", "منتصف شهر ذي القعدة": the day or part comes before شهر.
    let month_m = m;
    let m = if m >= 2 && !used[m - 1] && bare(sent.w(m - 1)) == "شهر" {
        cue = true;
        m - 1
    } else {
        m
    };
    // Day before: "10 مايو", "السابع من تشرين الأول", "الـ24 من تموز".
    if m >= 1 && !used[m - 1] {
        if let Some(day) = number(sent, m - 1).filter(|d| (1..=31).contains(d)) {
            d.day = Some(day);
            d.from = m - 1;
        } else if let Some(day) = (m >= 2
            && sent.w(m - 1) == "/"
            && !used[m - 2]
            // Only with the year after another slash: 3/صفر is a score (3-0), not Safar 3.
            && sent.w(month_m + width) == "/"
            && number(sent, month_m + width + 1).is_some_and(is_year))
        .then(|| number(sent, m - 2))
        .flatten()
        .filter(|d| (1..=31).contains(d))
        {
            // 7 / يوليو /2015م، 10/شوال/ 1436هـ: day / month name / year.
            d.day = Some(day);
            d.from = m - 2;
        } else if let Some(day) = (m >= 2 && sent.w(m - 1) == "من" && !used[m - 2])
            .then(|| number(sent, m - 2))
            .flatten()
            .filter(|d| (1..=31).contains(d))
        {
            d.day = Some(day);
            d.from = m - 2;
        } else if sent.w(m - 1) != "لاول"
            && clitic_splits(sent.w(m - 1)).any(|(_, r)| r == "اول" || r == "غره")
        {
            // في أول أغسطس، غرة شهر ذي القعدة: the first day of the month (الأول من مارس is
            // an ordinal below; لأول is "for the first (time)").
            d.day = Some(1);
            d.from = m - 1;
        } else if m >= 2 && sent.w(m - 1) == "من" {
            let start = if m >= 3 && ordinal_at(sent, m - 3).is_some_and(|(_, w)| w == 2) {
                m - 3
            } else {
                m - 2
            };
            // النصف الثاني من شهر مارس، الأسبوع الأول من مارس: a part of the month, no day.
            let part_of = (start >= 1)
                .then(|| match bare(sent.w(start - 1)) {
                    "النصف" => Some(""),
                    "الاسبوع" | "الاسابيع" | "الايام" | "الثلث" | "الربع" | "العشر" => {
                        Some("-")
                    }
                    _ => None,
                })
                .flatten();
            let ordinal = ordinal_at(sent, start).filter(|&(v, w)| start + w == m - 1 && v <= 31);
            if let (Some(head), Some((v, _))) = (part_of, ordinal) {
                // The first half is early, the second late; a week or a third is the month.
                d.part = match (head, v) {
                    ("", 1) => Some("early"),
                    ("", 2) => Some("late"),
                    _ => None,
                };
                d.from = start - 1;
            } else if let Some((v, w)) = ordinal {
                let _ = w;
                d.day = Some(v);
                d.from = start;
            } else if let Some(v) = match sent.w(m - 2) {
                // العشرين من شهر رجب: the tens are ordinals with the article.
                "العشرين" => Some(20),
                "الثلاثين" => Some(30),
                _ => None,
            } {
                d.day = Some(v);
                d.from = m - 2;
            }
        }
    }
    // A range of days: (من) 15 إلى 26 شوال، 3 - 5 أغسطس، 12 و13 أكتوبر (two days); also
    // with من before the month (من 20 - 25 من شهر شوال: session 27 gave the last day only).
    let day_then_month = d.from + 1 == m || (d.from + 2 == m && sent.w(m - 1) == "من");
    if let Some(day) = d.day.filter(|_| d.from >= 2 && day_then_month) {
        let first = number(sent, d.from - 2).filter(|&a| (1..day).contains(&a));
        if first.is_some()
            && matches!(sent.w(d.from - 1), "الي" | "حتي" | "-" | "–" | "و")
            && !used[d.from - 2]
        {
            d.first_day = first;
            d.from -= 2;
        }
    }
    // The month name itself after a clitic-bearing cue: وفي مارس, بحلول مارس.
    if d.day.is_none() && m >= 1 {
        let prev = bare(sent.w(m - 1));
        if MONTH_CUES.contains(&prev) || month_at(sent, m - 1).is_some() {
            cue = true;
        }
        if let Some(p) = get(PARTS, prev) {
            d.part = Some(p);
            d.from = m - 1;
        }
    }
    let m = month_m;
    // "وآذار" after another month: شباط وآذار ونيسان.
    if !cue && m >= 1 && sent.w(m).starts_with('و') && d.day.is_none() {
        let mut k = m;
        while k > 0 && !sent.is_word(k - 1) {
            k -= 1;
        }
        if k > 0 && (month_at(sent, k - 1).is_some() || (k >= 2 && month_at(sent, k - 2).is_some()))
        {
            cue = true;
        }
    }
    // شوال وذي القعدة، يناير ومارس: the first of two months joined by و.
    if !cue && d.day.is_none() && sent.w(d.to).starts_with('و') && month_at(sent, d.to).is_some() {
        cue = true;
    }
    let mut j = d.to;
    // The other name: "(أيار)", "/آب".
    if sent.w(j) == "(" {
        if let Some((_, w2, _)) = month_at(sent, j + 1) {
            if sent.w(j + 1 + w2) == ")" {
                j += w2 + 2;
                cue = true;
            }
        }
    } else if sent.w(j) == "/" {
        if let Some((_, w2, _)) = month_at(sent, j + 1) {
            j += w2 + 1;
            cue = true;
        }
    } else if !hijri {
        // 31 يناير كانون الثاني، يونيو حزيران (Reuters' way, no brackets): the same month in
        // the other naming, one date.
        if let Some((m2, w2, false)) = month_at(sent, j) {
            if m2 == month && !sent.w(j).starts_with('و') {
                j += w2;
                cue = true;
            }
        }
    }
    // 7 / يوليو /2015م: the year after a slash, when the day came before one.
    if sent.w(j) == "/"
        && d.day.is_some()
        && d.from + 2 == m
        && number(sent, j + 1).is_some_and(is_year)
    {
        j += 1;
    }
    // الحادي عشر من نوفمبر (تشرين الثاني)، 2004: a comma before the year, after the day
    // and the month (as English writes "November 11, 2004").
    if matches!(sent.w(j), "،" | ",")
        && d.day.is_some()
        && sent.w(j + 1).len() == 4
        && number(sent, j + 1).is_some_and(|y| (1800..=2100).contains(&y))
        && !crate::extract::quantities::unit_at(sent, j + 2)
    {
        j += 1;
    }
    // Year; also after عام/العام (الثامن من مارس العام 2014، أغسطس عام 2014).
    // (التاسع من شهر شوال عام 1436 هـ: a Hijri month takes a Hijri year there.)
    // (21 أكتوبر عام 1096 م، 15 يوليو سنة 1099م: the head makes any four-digit year one;
    // session 23: after a Gregorian month alone too, اغسطس عام 1096, a month of history.)
    // (9 ذي الحجة سنة 273 ه، في ذي الحجة سنة 273 ه، 5 رجب سنة 1273 هـ: any year of the
    // month's calendar when its era letter follows, session 25; it was split in two.)
    let mut headed = false;
    if matches!(sent.w(j), "عام" | "العام" | "لعام" | "سنه")
        && number(sent, j + 1).is_some_and(|y| {
            headed = (1..=1500).contains(&y)
                && era_at(sent, j + 2).is_some_and(|e| (e == Era::Hijri) == hijri);
            (1800..=2100).contains(&y)
                || (hijri && (1300..=1500).contains(&y))
                || (!hijri && is_year(y))
                || headed
        })
    {
        j += 1;
    } else if sent.w(j) == "من"
        && d.day.is_some()
        && !hijri
        && sent.w(j + 1).len() == 4
        && number(sent, j + 1).is_some_and(|y| (1800..=2100).contains(&y))
        && !crate::extract::quantities::unit_at(sent, j + 2)
    {
        // 13 أغسطس من 2004: "of 2004", the year after a day and a month.
        j += 1;
    }
    // 5 شعبان 311ه، 19 نوفمبر 923 م، 10 محرم 61 هـ: after a day and a month, a year before
    // 1000 by its era letter of the month's calendar (AQMAR Wikipedia lifespans).
    let early = |y: u32| {
        (1..1000).contains(&y)
            && d.day.is_some()
            && era_at(sent, j + 1).is_some_and(|e| (e == Era::Hijri) == d.hijri)
    };
    if let Some(y) = number(sent, j).filter(|&y| is_year(y) || early(y) || headed) {
        d.year = Some(y as i32);
        // رمضان 2015: a Hijri month with a Gregorian year is that year's one.
        if d.hijri && y >= 1800 {
            let mid = Date::new(y as i32, 7, 1)?;
            d.year = Some(resolve::hijri_year(mid, d.month, d.day, None));
        }
        j += 1;
        cue = true;
        if let Some(era) = era_at(sent, j) {
            j += 1;
            if era == Era::Hijri {
                d.hijri = true;
            }
        }
    }
    // Relative word.
    if d.year.is_none() {
        if let Some(r) = relative_at(sent, j) {
            d.relative = Some(r);
            j += 1;
            cue = true;
        }
    }
    // The year after من: "آذار من العام الماضي" (March of last year), "الحادي والعشرين من
    // سبتمبر من العام الماضي", "مارس من عام 2014", "رمضان من العام الحالي"; "أغسطس (آب) من
    // سنة 2006" (session 23).
    if d.year.is_none()
        && d.relative.is_none()
        && sent.w(j) == "من"
        && matches!(sent.w(j + 1), "العام" | "السنه" | "عام" | "سنه")
    {
        if let Some(y) = number(sent, j + 2).filter(|&y| is_year(y)) {
            d.year = Some(y as i32);
            j += 3;
            cue = true;
        } else if let Some(r) = (!matches!(sent.w(j + 1), "عام" | "سنه"))
            .then(|| relative_at(sent, j + 2))
            .flatten()
        {
            d.year_rel = Some(r);
            j += 3;
            cue = true;
        }
    }
    // The year with no من between (session 25): بيونيو العام الماضي (June of last year),
    // ليونيو هذا العام, رمضان السنة المقبلة. (A day before it, 24 مارس العام الماضي, was one
    // fact through the apposition already; it is the same date here.)
    if d.year.is_none() && d.relative.is_none() && d.year_rel.is_none() {
        if let Some(r) = match sent.w(j) {
            "العام" | "السنه" => relative_at(sent, j + 1),
            "هذا" if sent.w(j + 1) == "العام" => Some(0),
            "هذه" if sent.w(j + 1) == "السنه" => Some(0),
            _ => None,
        } {
            d.year_rel = Some(r);
            j += 2;
            cue = true;
        }
    }
    d.to = j;
    if d.day.is_none() && !cue {
        return None;
    }
    // A month alone of any year: in a question (هل تختم القرآن في رمضان؟) or after كل /
    // غير (في غير رمضان).
    if d.day.is_none()
        && d.year.is_none()
        && d.relative.is_none()
        && d.year_rel.is_none()
        && d.part.is_none()
        && any_year(sent, d.from, d.to)
    {
        return None;
    }
    // Weekday before the day: "الخميس 18 يوليو", "يوم الخميس 18 يوليو".
    // (A Hijri date keeps its weekday apart, which then takes the Gregorian day of the
    // date's week: الإثنين الموافق 18 شوال.)
    if d.day.is_some() && !d.hijri && d.from >= 2 && sent.w(d.from - 1) == "الموافق" {
        // الخميس الموافق 14 شباط: one date.
        if weekday_word(sent, d.from - 2).is_some() {
            d.from -= 1;
        }
    }
    if d.day.is_some() && d.from >= 1 {
        if let Some(wd) = weekday_word(sent, d.from - 1) {
            d.weekday = Some(wd);
            d.from -= 1;
            if d.from >= 1 && bare(sent.w(d.from - 1)) == "يوم" {
                d.from -= 1;
            }
        }
    }
    if d.hijri && d.month > 12 {
        return None;
    }
    Some(d)
}

/// Whether a month alone over tokens `from..to` is of any year: the sentence is a question
/// (an interview's: ماذا تفضل في رمضان؟), or كل / غير is just before it (كل رمضان، في غير
/// رمضان). (يومياً before a month is a rate, 3 ملايين برميل يوميا في يونيو: one June.)
fn any_year(sent: &Sent, from: usize, _to: usize) -> bool {
    let question = (0..sent.len())
        .rev()
        .find(|&j| !sent.w(j).trim().is_empty())
        .is_some_and(|j| matches!(sent.w(j), "؟" | "?"));
    let habit = |j: usize| matches!(sent.w(j), "كل" | "غير" | "وغير");
    // (كل شهر رمضان: with شهر between.)
    let before = (from >= 1 && habit(from - 1))
        || (from >= 2 && habit(from - 2) && bare(sent.w(from - 1)) == "شهر");
    question || before
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Era {
    Gregorian,
    Hijri,
}

fn era_at(sent: &Sent, i: usize) -> Option<Era> {
    match sent.w(i) {
        "م" | "ميلادي" | "ميلاديه" => Some(Era::Gregorian),
        "ه" | "هجري" | "هجريه" | "للهجره" => Some(Era::Hijri),
        _ => None,
    }
}

/// The ISO weekday (Monday = 1) the word at `i` names, behind its proclitics (الخميس، والسبت).
pub(crate) fn weekday_word(sent: &Sent, i: usize) -> Option<u32> {
    if !sent.lex(i) {
        return None;
    }
    clitic_splits(sent.w(i)).find_map(|(_, r)| get(WEEKDAYS, r))
}

/// Words a fact may start with after a proclitic (see `Out::push`).
/// The first words of month names (the `MONTH` word class).
pub(super) fn month_words(out: &mut Vec<&'static str>) {
    out.extend(GREGORIAN.iter().chain(HIJRI).map(|r| r.0));
}

pub(super) fn heads(out: &mut Vec<&'static str>) {
    month_words(out);
    date_words(out);
    out.push("يوم");
}

/// The words a year, weekday or relative date starts with (the `DATE_WORD` word class).
pub(super) fn date_words(out: &mut Vec<&'static str>) {
    out.extend(WEEKDAYS.iter().map(|r| r.0));
    out.extend(PARTS.iter().map(|r| r.0));
    out.extend(UNITS.iter().map(|r| r.0));
    out.extend(period::WORDS);
    out.extend(period::DECADE_WORDS);
    out.extend(holiday::WORDS);
    out.extend(years::YEAR_HEADS);
    out.extend(RELATIVE_DAYS);
}
