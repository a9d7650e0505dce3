//! Date appositions: one day written two ways side by side is one fact (issue #18, "one fact
//! per thing").
//!
//! **In:** the date facts the rules pushed for one sentence (the tail of `out.facts`), the
//! sentence's text and the reference date. **Out:** the same facts, sorted by start, with
//! each apposition joined into one fact spanning the whole expression.
//!
//! Joined (only spaces, brackets, a comma, a dash or الموافق / الموافق لـ between the two):
//! * a relative day and a weekday: `بعد غد الثلاثاء`, `أول من أمس الخميس`, `اليوم (الاثنين)`,
//!   `أمس (الجمعة)`: the weekday names the day, the latest such weekday on or before the
//!   relative day (a crawl date can be a day or two after the writing, as for `اليوم الأربعاء`);
//! * a weekday or a relative day and an explicit day: `يوم السبت القادم 1 أغسطس 2015م`, `الأحد
//!   (2 أغسطس)`, `أمس الثلاثاء 28 يوليو`, `أمس الجمعة الموافق 15 / 10 / 1436 ه`: the value is
//!   the explicit day's; the weekday is written in the English when it agrees with that day
//!   ("Sunday, August 2, 2015") and dropped when it does not (the date is kept), and it pins a
//!   Hijri day's Gregorian date ("Friday, 15 Shawwal 1436 AH (July 31, 2015)");
//! * a day or a month with no year written, then a relative year: `24 مارس العام الماضي`
//!   (`2014-03-24`, as `آذار من العام الماضي`);
//! * a relative year and an explicit year: `العام الماضي 2014`, `العام الحالي 2015م`, `العام
//!   الماضي 1435هـ`: the explicit year's value.
//!
//! * two months: a range (`يوليو - اغسطس 2004`, `من مارس إلى مايو 2015`, `ما بين شوال وذي
//!   القعدة`) or two months in a row joined by و (`شهري رجب وشعبان الماضيين`) is one fact, an
//!   ISO 8601 interval `2004-07/2004-08` ("July–August 2004"); the first month takes the year
//!   written or implied after the second (`يوليو وأغسطس من العام الماضي`: July 2014, not the
//!   reference date's July), also when the two months stay two facts (`يناير ومارس 2014`).
//!
//! * a Hijri date and its Gregorian date, in either order (`25 شوال 1436 هـ الموافق 10 اغسطس
//!   2015 م`, `عام 1382-1962`, a range of days in both): the Gregorian value, "August 10, 2015
//!   (25 Shawwal 1436 AH)", the Hijri date in `detail.hijri_date` (session 24, the lead's
//!   decision). With الموافق or a bracket between them even when they disagree (the Gregorian
//!   date written is kept); with only a space, a comma or a dash when they agree (within three
//!   days by the tabular calendar; for a year or a month, overlapping). Of one grain only: a
//!   Hijri day and a Gregorian year (`24 صفر 1407 - 1986`) stay two facts.
//!
//! Not joined: two weekdays (`السبت والأحد`), a year and a relative day, a holiday and a
//! relative day (`عيد الفطر أول من أمس`).

use super::calendar::hijri_jdn;
use super::format::{iso_date, month_day_year, push_int};
use super::tables::{HIJRI_EN, MONTHS_EN, WEEKDAYS_EN};
use super::{parse_date, Context, Date, DateDetail, Detail, FactKind, Out, Sent, Text};
use crate::extract::{Fact, HijriDate};
use crate::span::Span;

/// Join the appositions among the date facts of the sentence (the tail of `out.facts`).
pub(super) fn merge(sent: &Sent, ctx: &Context, out: &mut Out) {
    let facts = &mut *out.facts;
    let first = facts.len()
        - facts
            .iter()
            .rev()
            .take_while(|f| f.sentence == sent.index)
            .count();
    if facts.len() - first < 2 {
        return;
    }
    facts[first..].sort_by_key(|f| (f.span.start, f.span.end));
    let mut i = first;
    while i + 1 < facts.len() {
        let (a, b) = (&facts[i], &facts[i + 1]);
        let near = is_date(a) && is_date(b) && a.span.end <= b.span.start;
        let mut joined = near
            .then(|| joiner(sent.text, a.span.end, b.span.start, b.span.end))
            .flatten()
            .and_then(|end| {
                join(ctx, a, b)
                    .or_else(|| calendars(a, b, said(sent.text, a.span.end, b.span.start)))
                    .map(|j| (end, j))
            });
        // Two months: a range is one fact, a pair lends its year to the first month.
        let mut first_month = None;
        if joined.is_none() {
            let link = near.then(|| month_link(sent.text, a.span.end, b.span.start));
            if let Some((value, english, detail, year)) =
                link.flatten().and_then(|l| months(a, b, l))
            {
                match value {
                    Some(v) => joined = Some((b.span.end, (v, english, detail, a.rule))),
                    None => first_month = Some((year, english, detail)),
                }
            }
        }
        if let Some((value, english, detail)) = first_month {
            let f = &mut facts[i];
            f.value = value;
            f.english = english;
            f.detail = Detail::Date(detail);
        }
        match joined {
            Some((end, (value, english, detail, rule))) => {
                let span = Span::new(facts[i].span.start, end);
                let f = &mut facts[i];
                f.span = span;
                f.value = value;
                f.english = english;
                f.detail = Detail::Date(detail);
                f.rule = rule;
                facts.remove(i + 1);
                // (The joined fact may join the next one: أمس (الجمعة) 15 / 10 / 1436هـ.)
            }
            None => i += 1,
        }
    }
}

/// How two month names are linked: a range (a dash, إلى, حتى) or a pair (و).
#[derive(Clone, Copy, PartialEq)]
enum Link {
    Range,
    Pair,
}

/// The link between two facts when only a dash, إلى / حتى / لغاية or و lies between them.
fn month_link(text: &str, from: usize, to: usize) -> Option<Link> {
    let gap = text.get(from..to)?.trim();
    match gap {
        "-" | "–" | "إلى" | "الى" | "حتى" | "وحتى" | "لغاية" | "ولغاية" => {
            Some(Link::Range)
        }
        "و" => Some(Link::Pair),
        _ => None,
    }
}

/// Two months of one calendar (`a`, `b` with month grain, `YYYY-MM`, `hijri:YYYY-MM`), the
/// second with its year written or relative (not guessed from the reference date): the first
/// takes that year (the year before when it comes later in the year: نوفمبر - فبراير 2015).
/// A range (يوليو - اغسطس 2004, من مارس إلى مايو 2015) or a pair of months in a row (شهري
/// رجب وشعبان الماضيين) is one fact, `2004-07/2004-08` ("July–August 2004"): `Some(value)`;
/// a pair of months apart (يناير ومارس 2014) stays two facts, the first one's value, English
/// and detail corrected: `None` and the new year value.
fn months(a: &Fact, b: &Fact, link: Link) -> Option<(Option<Text>, Text, DateDetail, Text)> {
    let (Detail::Date(ad), Detail::Date(bd)) = (&a.detail, &b.detail) else {
        return None;
    };
    if ad.grain != "month" || bd.grain != "month" || ad.hijri != bd.hijri || ad.part.is_some() {
        return None;
    }
    let ym = |v: &str| {
        let v = v.strip_prefix("hijri:").unwrap_or(v);
        let (y, m) = v.split_once('-')?;
        Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?))
    };
    let ((ya, ma), (yb, mb)) = (ym(&a.value)?, ym(&b.value)?);
    if !(1..=12).contains(&ma) || !(1..=12).contains(&mb) {
        return None;
    }
    let inherit = ad.year_inferred && !bd.year_inferred;
    let ya = if inherit { yb - i32::from(ma > mb) } else { ya };
    let in_a_row = (ya * 12 + ma as i32) + 1 == yb * 12 + mb as i32;
    let one = match link {
        Link::Range => (ya, ma) < (yb, mb),
        Link::Pair => in_a_row,
    };
    if !one && !inherit {
        return None;
    }
    let names = if ad.hijri { &HIJRI_EN } else { &MONTHS_EN };
    let prefix = if ad.hijri { "hijri:" } else { "" };
    let iso = |y: i32, m: u32| {
        let mut v = String::from(prefix);
        iso_date(&mut v, Some(y), m, None);
        v
    };
    let era = if ad.hijri { " AH" } else { "" };
    let detail = DateDetail {
        year_inferred: false,
        ..*ad
    };
    if !one {
        let english = format!("{} {ya}{era}", names[ma as usize - 1]);
        return Some((None, english.into(), detail, iso(ya, ma).into()));
    }
    let english = if ya == yb {
        format!(
            "{}–{} {yb}{era}",
            names[ma as usize - 1],
            names[mb as usize - 1]
        )
    } else {
        format!(
            "{} {ya} – {} {yb}{era}",
            names[ma as usize - 1],
            names[mb as usize - 1]
        )
    };
    let value = format!("{}/{}", iso(ya, ma), iso(yb, mb));
    Some((Some(value.into()), english.into(), detail, Text::default()))
}

fn is_date(f: &Fact) -> bool {
    f.kind == FactKind::Date && !f.value.starts_with('T')
}

/// The end of the joined expression when only a joiner lies between two facts (`from..to`
/// in `text`) — spaces, a bracket, a comma, a dash, الموافق (لـ) — taking in the closing
/// bracket after the second fact when the joiner opened one (الأحد (2 أغسطس)).
fn joiner(text: &str, from: usize, to: usize, end: usize) -> Option<usize> {
    let gap = text.get(from..to)?;
    if gap.chars().count() > 16 {
        return None;
    }
    let mut opened = false;
    for word in gap.split(|c: char| c.is_whitespace() || "(),،-–".contains(c)) {
        if !matches!(word, "" | "الموافق" | "ل" | "لـ") {
            return None;
        }
    }
    if gap.contains('\n') {
        return None;
    }
    if gap.contains('(') && !gap.contains(')') {
        opened = true;
    }
    let rest = text.get(end..)?;
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    Some(match opened && trimmed.starts_with(')') {
        true => end + (rest.len() - trimmed.len()) + 1,
        false => end,
    })
}

type Joined = (Text, Text, DateDetail, &'static str);

/// The one fact that facts `a` and `b` (in this order) make, if they name one day or year.
fn join(ctx: &Context, a: &Fact, b: &Fact) -> Option<Joined> {
    let (Detail::Date(ad), Detail::Date(bd)) = (&a.detail, &b.detail) else {
        return None;
    };
    let weekday_of = |d: &DateDetail| {
        d.weekday
            .and_then(|n| WEEKDAYS_EN.iter().position(|w| *w == n))
            .map(|p| p as u32 + 1)
    };
    let a_day = day_offset(a);
    let a_weekday = (a.rule == "date.weekday").then(|| weekday_of(ad)).flatten();
    // A relative day and a weekday: بعد غد الثلاثاء.
    if let (Some(offset), true) = (a_day, b.rule == "date.weekday") {
        let wd = weekday_of(bd)?;
        let name = WEEKDAYS_EN[wd as usize - 1];
        let detail = DateDetail {
            relative: Some(offset as i32),
            ..*bd
        };
        return Some(match ctx.reference_date {
            Some(r) => {
                let target = r.jdn() + offset;
                let today = (target % 7 + 1) as u32;
                let on = Date::from_jdn(target - ((today + 7 - wd) % 7) as i64);
                (
                    Text::from(on.to_string()),
                    Text::from(weekday_english(name, on)),
                    detail,
                    "date.weekday",
                )
            }
            None => (
                a.value.clone(),
                Text::from(format!("{}, {name}", a.english.as_str())),
                detail,
                "date.weekday",
            ),
        });
    }
    // A weekday or a relative day and an explicit day: الأحد (2 أغسطس).
    if (a_weekday.is_some() || a_day.is_some()) && explicit(b) && bd.grain == "day" {
        let mut detail = *bd;
        let english = match (a_weekday, named_weekday(&b.english)) {
            (Some(wd), false) => agree(wd, &b.value, &mut detail),
            _ => None,
        };
        return Some((
            b.value.clone(),
            english.unwrap_or_else(|| b.english.clone()),
            detail,
            b.rule,
        ));
    }
    // A day or month with its year guessed, then a relative year: 24 مارس العام الماضي (as
    // آذار من العام الماضي): the year is the relative one's.
    let b_year = (b.rule == "date.relative" && bd.grain == "year" && bd.part.is_none())
        .then(|| b.value.parse::<i32>().ok())
        .flatten();
    if let (Some(y), true) = (b_year, explicit(a) && ad.year_inferred && !ad.hijri) {
        let mut p = a.value.split('-').skip(1).map(|x| x.parse::<u32>().ok());
        let (m, d) = (p.next()??, p.next().flatten());
        if p.next().is_none()
            && a.value.len() >= 7
            && d.is_none_or(|d| Date::new(y, m, d).is_some())
        {
            let mut value = String::with_capacity(10);
            iso_date(&mut value, Some(y), m, d);
            let mut english = String::with_capacity(20);
            month_day_year(&mut english, m, d, Some(y));
            let detail = DateDetail {
                year_inferred: false,
                relative: bd.relative,
                ..*ad
            };
            return Some((value.into(), english.into(), detail, a.rule));
        }
    }
    // A relative year and an explicit year: العام الماضي 2014.
    if a.rule == "date.relative" && ad.grain == "year" && ad.part.is_none() {
        let year = b.value.strip_prefix("hijri:").unwrap_or(&b.value);
        if explicit(b) && bd.grain == "year" && year.len() == 4 && !year.contains('/') {
            let english = if a.value == b.value {
                a.english.clone()
            } else {
                b.english.clone()
            };
            return Some((b.value.clone(), english, *bd, b.rule));
        }
    }
    None
}

/// The offset of a relative day (اليوم 0, أمس -1, أول من أمس -2, غداً 1, بعد غد 2), read
/// from the words its English was written with.
fn day_offset(f: &Fact) -> Option<i64> {
    if f.rule != "date.relative" {
        return None;
    }
    let e = f.english.as_str();
    [
        ("the day before yesterday", -2),
        ("the day after tomorrow", 2),
        ("yesterday", -1),
        ("today", 0),
        ("tomorrow", 1),
    ]
    .into_iter()
    .find(|(w, _)| {
        e.strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with(" ("))
    })
    .map(|(_, d)| d)
}

/// A date the text writes out (a day and month, a numeric or Hijri date, a year), not a
/// weekday or a relative word; a range of days is no one day.
fn explicit(f: &Fact) -> bool {
    !matches!(f.rule, "date.weekday" | "date.relative") && !f.value.contains('/')
}

/// Whether the gap between two facts says they are one date: الموافق, or a bracket.
fn said(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|gap| gap.contains("الموافق") || gap.contains('('))
}

/// A Hijri date and the Gregorian date of the same day, month or year, in either order (`25
/// شوال 1436 هـ الموافق 10 أغسطس 2015 م`, `عام 1382-1962`, `19 – 21 شوال 1436هـ الموافق 4 – 6
/// أغسطس 2015م`): one fact, the Gregorian value, "Monday, August 10, 2015 (25 Shawwal 1436
/// AH)", the Hijri date in `detail.hijri_date`. With الموافق or a bracket between them they
/// are one date even when they disagree (the Gregorian date written is kept); with only a
/// space, a comma or a dash, only when the tabular calendar puts them within three days (a
/// day), or the Hijri year overlaps the Gregorian one (a year or a month).
fn calendars(a: &Fact, b: &Fact, said: bool) -> Option<Joined> {
    let (Detail::Date(ad), Detail::Date(bd)) = (&a.detail, &b.detail) else {
        return None;
    };
    if ad.hijri == bd.hijri || ad.grain != bd.grain || !written(a) || !written(b) {
        return None;
    }
    let ((h, hd), (g, gd)) = if ad.hijri {
        ((a, ad), (b, bd))
    } else {
        ((b, bd), (a, ad))
    };
    if gd.hijri_date.is_some() || gd.part.is_some() || hd.part.is_some() {
        return None;
    }
    let hv = h.value.strip_prefix("hijri:")?;
    let (hf, ht) = match hv.split_once('/') {
        Some((x, y)) => (ymd(x)?, Some(ymd(y.strip_prefix("hijri:")?)?)),
        None => (ymd(hv)?, None),
    };
    let (gf, gt) = match g.value.split_once('/') {
        Some((x, y)) => (ymd(x)?, Some(ymd(y)?)),
        None => (ymd(&g.value)?, None),
    };
    if ht.is_some() != gt.is_some() {
        return None;
    }
    // The Gregorian days the Hijri date spans, and those the Gregorian date spans.
    let hijri_span = |(y, m, d): (i32, u32, u32)| {
        let first = hijri_jdn(y, m.max(1), d.max(1));
        let last = match (m, d) {
            (0, _) => hijri_jdn(y + 1, 1, 1) - 1,
            (12, 0) => hijri_jdn(y + 1, 1, 1) - 1,
            (m, 0) => hijri_jdn(y, m + 1, 1) - 1,
            _ => first,
        };
        (first, last)
    };
    let gregorian_span = |(y, m, d): (i32, u32, u32)| -> Option<(i64, i64)> {
        let first = Date::new(y, m.max(1), d.max(1))?.jdn();
        let last = match (m, d) {
            (0, _) => Date::new(y, 12, 31)?.jdn(),
            (12, 0) => Date::new(y, 12, 31)?.jdn(),
            (m, 0) => Date::new(y, m + 1, 1)?.jdn() - 1,
            _ => first,
        };
        Some((first, last))
    };
    let (h0, h1) = hijri_span(ht.unwrap_or(hf));
    let (g0, g1) = gregorian_span(gt.unwrap_or(gf))?;
    let agree = if gd.grain == "day" {
        (h0 - g0).abs() <= 3
    } else {
        h0 <= g1 && g0 <= h1
    };
    if !agree && !said {
        return None;
    }
    let hijri_date = HijriDate { from: hf, to: ht };
    // The weekday written with either, when it is the Gregorian day's.
    let weekday = (gd.grain == "day" && gt.is_none())
        .then(|| hd.weekday.or(gd.weekday))
        .flatten()
        .filter(|w| {
            let wd = WEEKDAYS_EN
                .iter()
                .position(|x| x == w)
                .map(|p| p as i64 + 1);
            wd == Some(g0 % 7 + 1)
        });
    let mut english = String::with_capacity(48);
    if let Some(w) = weekday {
        english.push_str(w);
        english.push_str(", ");
    }
    english.push_str(without_weekday(&g.english));
    english.push_str(" (");
    hijri_english(&mut english, hf, ht);
    english.push(')');
    let detail = DateDetail {
        weekday,
        hijri_date: Some(hijri_date),
        gregorian_estimate: None,
        ..*gd
    };
    Some((g.value.clone(), english.into(), detail, g.rule))
}

/// A date the text writes with its calendar (a day, a month, a year, numeric, a range of
/// them), not a weekday, a relative word, a holiday, a decade or a period.
fn written(f: &Fact) -> bool {
    matches!(
        f.rule,
        "date.day-month-year"
            | "date.day-month"
            | "date.month-year"
            | "date.month"
            | "date.hijri"
            | "date.numeric"
            | "date.year"
            | "date.year-range"
    )
}

/// `1436-10-25`, `1436-10`, `1436` (a year of four digits): `(year, month, day)`, 0 for none.
fn ymd(v: &str) -> Option<(i32, u32, u32)> {
    let mut p = v.split('-');
    let y = p.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let m = p.next().map_or(Some(0), |m| m.parse().ok())?;
    let d = p.next().map_or(Some(0), |d| d.parse().ok())?;
    (p.next().is_none() && m <= 12 && d <= 31 && (m > 0 || d == 0)).then_some((y, m, d))
}

/// "9 Dhu al-Hijjah 1436 AH", "Shawwal 1436 AH", "1428 AH", "19–21 Shawwal 1436 AH".
fn hijri_english(e: &mut String, from: (i32, u32, u32), to: Option<(i32, u32, u32)>) {
    let one = |e: &mut String, (y, m, d): (i32, u32, u32), year: bool| {
        if d > 0 {
            push_int(e, d as i32, 0);
            e.push(' ');
        }
        if m > 0 {
            e.push_str(HIJRI_EN[m as usize - 1]);
        }
        if year {
            if m > 0 {
                e.push(' ');
            }
            push_int(e, y, 0);
        }
    };
    match to {
        // 19–21 Shawwal 1436 AH.
        Some(t) if (t.0, t.1) == (from.0, from.1) && from.2 > 0 => {
            push_int(e, from.2 as i32, 0);
            e.push('–');
            one(e, t, true);
        }
        Some(t) => {
            one(e, from, from.0 != t.0);
            e.push_str(" – ");
            one(e, t, true);
        }
        None => one(e, from, true),
    }
    e.push_str(" AH");
}

/// An English date without the weekday it opens with ("Monday, August 10, 2015").
fn without_weekday(english: &str) -> &str {
    WEEKDAYS_EN
        .iter()
        .find_map(|w| english.strip_prefix(w)?.strip_prefix(", "))
        .unwrap_or(english)
}

/// Whether an English date already opens with its weekday ("Tuesday, July 28, 2015").
fn named_weekday(english: &str) -> bool {
    WEEKDAYS_EN
        .iter()
        .any(|w| english.strip_prefix(w).is_some_and(|r| r.starts_with(", ")))
}

/// "Tuesday, July 28, 2015".
fn weekday_english(name: &str, on: Date) -> String {
    let mut e = String::with_capacity(32);
    e.push_str(name);
    e.push_str(", ");
    month_day_year(&mut e, on.month(), Some(on.day()), Some(on.year()));
    e
}

/// The English of explicit day `value` with weekday `wd` written before it, when they agree:
/// a Gregorian day of that weekday, or a Hijri day whose tabular estimate is within three
/// days of one (then pinned to it, as `emit` pins السبت التاسع من شوال). None when they
/// disagree or the day has no year (the date is then kept alone).
fn agree(wd: u32, value: &str, detail: &mut DateDetail) -> Option<Text> {
    let name = WEEKDAYS_EN[wd as usize - 1];
    if let Some(h) = value.strip_prefix("hijri:") {
        let mut p = h.split('-').map(|x| x.parse::<u32>().ok());
        let (y, m, d) = (p.next()??, p.next()??, p.next()??);
        if p.next().is_some() || !(1..=12).contains(&m) || !(1..=30).contains(&d) {
            return None;
        }
        let est = hijri_jdn(y as i32, m, d);
        let pinned = [0, -1, 1, -2, 2, -3, 3]
            .into_iter()
            .map(|k| est + k)
            .find(|j| (j % 7 + 1) as u32 == wd)?;
        let g = Date::from_jdn(pinned);
        detail.gregorian_estimate = Some(g);
        detail.weekday = Some(name);
        let mut e = format!("{name}, {d} {} {y} AH (", HIJRI_EN[m as usize - 1]);
        month_day_year(&mut e, g.month(), Some(g.day()), Some(g.year()));
        e.push(')');
        return Some(Text::from(e));
    }
    let on = parse_date(value)?;
    ((on.jdn() % 7 + 1) as u32 == wd).then(|| {
        detail.weekday = Some(name);
        Text::from(weekday_english(name, on))
    })
}
