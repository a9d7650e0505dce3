//! A month date's fact: the [`DateParts`] that [`month_date`](super::month_date) built around
//! a month name, resolved and written out (`date.day-month-year`, `date.month`, `date.hijri` …).
//!
//! **In:** the parts and the reference date. **Out:** one `date` fact, its tokens marked used.
//! A Hijri day's Gregorian date is the tabular estimate ("about"), pinned to its weekday when
//! one is written (السبت التاسع من شوال).

use super::format::{iso_date, month_day_year, push_int};
use super::tables::{HIJRI_EN, WEEKDAYS_EN};
use super::{
    hijri_jdn, resolve, Context, Date, DateDetail, DateParts, Detail, FactKind, Out, Sent, Text,
};

/// Nouns that name an event by its day (ثورة 30 يونيو، أحداث 11 سبتمبر، قوى 14 آذار، حرب 6
/// أكتوبر، اتفاق 17 أيار), after proclitics.
const NAMING: &[&str] = &[
    "ثوره",
    "ثورتي",
    "انتفاضه",
    "احداث",
    "هجمات",
    "تفجيرات",
    "مجزره",
    "نكسه",
    "حركه",
    "قوي",
    "تيار",
    "حرب",
    "اتفاق",
    "اتفاقيه",
    "ذكري",
];

/// Is the day-month starting at token `from` a named day: a noun of [`NAMING`] right before?
fn named_day(sent: &Sent, from: usize) -> bool {
    from >= 1
        && sent.is_word(from - 1)
        && super::clitic_splits(sent.w(from - 1)).any(|(_, r)| NAMING.contains(&r))
}

pub(super) fn emit_month(
    sent: &Sent,
    ctx: &Context,
    d: &DateParts,
    used: &mut [bool],
    out: &mut Out,
) {
    used[d.from..d.to].fill(true);
    let m = d.month;
    if d.hijri {
        let (value, english, grain);
        let mut detail = DateDetail {
            hijri: true,
            ..DateDetail::default()
        };
        let name = HIJRI_EN[m as usize - 1];
        let year = d.year.or_else(|| {
            let r = ctx.reference_date?;
            if let Some(k) = d.year_rel {
                return Some(resolve::hijri_of(r).0 + k);
            }
            detail.year_inferred = d.relative.is_none();
            detail.relative = d.relative;
            Some(resolve::hijri_year(r, m, d.day, d.relative))
        });
        detail.part = d.part;
        // hijri:1446-01-12, hijri:1446-01, hijri:--01-12, hijri:--01; a range of days as an
        // ISO 8601 interval (hijri:1446-10-15/hijri:1446-10-26).
        let hijri_value = |v: &mut String, day: Option<u32>| {
            v.push_str("hijri:");
            iso_date(v, year, m, day);
        };
        match (d.day, year) {
            (Some(day), Some(y)) => {
                value = out.text(|v| {
                    if let Some(a) = d.first_day {
                        hijri_value(v, Some(a));
                        v.push('/');
                    }
                    hijri_value(v, Some(day));
                });
                // السبت التاسع من شهر شوال: the weekday pins the tabular estimate to its day
                // (the calendars differ by a day or two; the nearest such weekday).
                let est = hijri_jdn(y, m, day);
                let pinned = d.weekday.filter(|_| d.first_day.is_none()).and_then(|wd| {
                    [0, -1, 1, -2, 2, -3, 3]
                        .into_iter()
                        .map(|k| est + k)
                        .find(|j| (j % 7 + 1) as u32 == wd)
                });
                let g = Date::from_jdn(pinned.unwrap_or(est));
                // "15–26 Shawwal 1446 AH (about April 24, 2025)"; "Saturday, 9 Shawwal 1436
                // AH (July 25, 2015)".
                english = out.text(|e| {
                    if let Some(wd) = d.weekday.filter(|_| pinned.is_some()) {
                        e.push_str(WEEKDAYS_EN[wd as usize - 1]);
                        e.push_str(", ");
                    }
                    if let Some(a) = d.first_day {
                        push_int(e, a as i32, 0);
                        e.push('–');
                    }
                    push_int(e, day as i32, 0);
                    e.push(' ');
                    e.push_str(name);
                    e.push(' ');
                    push_int(e, y, 0);
                    e.push_str(if pinned.is_some() {
                        " AH ("
                    } else {
                        " AH (about "
                    });
                    month_day_year(e, g.month(), Some(g.day()), Some(g.year()));
                    e.push(')');
                });
                detail.gregorian_estimate = Some(g);
                detail.weekday = d
                    .weekday
                    .filter(|_| pinned.is_some())
                    .map(|wd| WEEKDAYS_EN[wd as usize - 1]);
                grain = "day";
            }
            (None, Some(y)) => {
                value = out.text(|v| hijri_value(v, None));
                english = out.text(|e| {
                    e.push_str(name);
                    e.push(' ');
                    push_int(e, y, 0);
                    e.push_str(" AH");
                });
                grain = "month";
            }
            (Some(day), None) => {
                value = out.text(|v| hijri_value(v, Some(day)));
                english = out.text(|e| {
                    push_int(e, day as i32, 0);
                    e.push(' ');
                    e.push_str(name);
                });
                grain = "day";
            }
            (None, None) => {
                value = out.text(|v| hijri_value(v, None));
                english = Text::new(name);
                grain = "month";
            }
        }
        detail.grain = grain;
        out.push(
            FactKind::Date,
            d.from,
            d.to,
            value,
            english,
            "date.hijri",
            Detail::Date(detail),
        );
        return;
    }
    // The year: written, from a relative word, or inferred from the reference date; none
    // for a named day (ثورة 30 يونيو، هجمات 11 سبتمبر: the name says which year, the text
    // does not, and the reference date would invent one).
    let named = d.day.is_some()
        && d.year.is_none()
        && d.relative.is_none()
        && d.year_rel.is_none()
        && named_day(sent, d.from);
    let mut inferred = false;
    let year = d.year.or_else(|| {
        if named {
            return None;
        }
        let r = ctx.reference_date?;
        if let Some(k) = d.year_rel {
            return Some(r.year() + k);
        }
        inferred = d.relative.is_none();
        Some(resolve::gregorian_year(r, m, d.day, d.relative))
    });
    let (rule, grain) = match (d.day, d.year) {
        (Some(_), Some(_)) => ("date.day-month-year", "day"),
        (Some(_), None) => ("date.day-month", "day"),
        (None, Some(_)) => ("date.month-year", "month"),
        (None, None) => ("date.month", "month"),
    };
    let value = out.text(|v| {
        if let Some(a) = d.first_day {
            iso_date(v, year, m, Some(a));
            v.push('/');
        }
        iso_date(v, year, m, d.day)
    });
    // A weekday the day does not fall on is left out of the English, the date kept (الخميس
    // الموافق 14 شباط with 2015 inferred: a Saturday).
    let weekday = d.weekday.filter(|&wd| match (year, d.day, d.first_day) {
        (Some(y), Some(day), None) => {
            Date::new(y, m, day).is_none_or(|on| (on.jdn() % 7 + 1) as u32 == wd)
        }
        _ => true,
    });
    let english = out.text(|e| {
        if let Some(wd) = weekday {
            e.push_str(WEEKDAYS_EN[wd as usize - 1]);
            e.push_str(", ");
        }
        if let Some(a) = d.first_day {
            month_day_year(e, m, Some(a), year);
            e.push_str(" – ");
        }
        // A month alone with الماضي/المقبل reads as English writes it ("last May"); with a day
        // the word stays after the date ("June 30 (last)").
        let unresolved = d.year.is_none() && year.is_none();
        let month_only = d.day.is_none() && d.first_day.is_none() && d.weekday.is_none();
        let before = match d.relative {
            Some(-1) => Some("last "),
            Some(1) => Some("next "),
            _ => None,
        }
        .filter(|_| unresolved && month_only);
        if let Some(word) = before {
            e.push_str(word);
        }
        month_day_year(e, m, d.day, year);
        if unresolved && before.is_none() {
            match (d.relative, d.year_rel) {
                (Some(-1), _) => e.push_str(" (last)"),
                (Some(0), _) | (_, Some(0)) => e.push_str(" (this year)"),
                (Some(1), _) => e.push_str(" (next)"),
                // آذار من العام الماضي without a reference date.
                (_, Some(-1)) => e.push_str(" of last year"),
                (_, Some(1)) => e.push_str(" of next year"),
                _ => {}
            }
        }
    });
    let detail = DateDetail {
        grain,
        weekday: weekday
            .filter(|_| d.first_day.is_none())
            .map(|wd| WEEKDAYS_EN[wd as usize - 1]),
        relative: d.relative,
        year_inferred: inferred,
        part: d.part,
        ..DateDetail::default()
    };
    out.push(
        FactKind::Date,
        d.from,
        d.to,
        value,
        english,
        rule,
        Detail::Date(detail),
    );
}
