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
//! Not joined: a Hijri date and its Gregorian date (`25 شوال 1436 هـ الموافق 10 اغسطس 2015 م`:
//! two calendars, each value kept), two weekdays (`السبت والأحد`), a year and a relative day.

use super::calendar::hijri_jdn;
use super::format::{iso_date, month_day_year};
use super::tables::{HIJRI_EN, MONTHS_EN, WEEKDAYS_EN};
use super::{parse_date, Context, Date, DateDetail, Detail, FactKind, Out, Sent, Text};
use crate::extract::Fact;
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
            .and_then(|end| join(ctx, a, b).map(|j| (end, j)));
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
