//! Year resolution: the year of a month-day or month written without one.
//!
//! Policy (documented in the README's facts section):
//! * a month-day or month with الماضي/المنصرم (last) is the latest occurrence before the
//!   reference date's month; with المقبل/القادم (next) the first after it; with
//!   الحالي/الجاري (this) the reference year;
//! * without such a word, the **nearest** occurrence to the reference date (news about
//!   upcoming talks, "في الأول من مارس" in an article of February, is this year's March; "في
//!   ديسمبر" in an article of January is last December). A month alone counts from its 15th
//!   and leans to the past: its next occurrence counts two months farther than it is, as news
//!   reports the past ("في يناير (كانون الثاني)، بدأت" in an article of late July is this
//!   year's January, not next year's; "في ديسمبر" in July is still the coming December).
//! * Hijri months follow the same policy on the tabular Islamic calendar (the reference
//!   date's Hijri year is computed arithmetically; a day or two off at month ends).

use super::calendar::hijri_jdn;
use super::Date;

/// The Hijri `(year, month)` of a Gregorian date, on the tabular calendar.
pub(super) fn hijri_of(date: Date) -> (i32, u32) {
    let j = date.jdn();
    let mut y = ((j - 1948440) * 30 / 10631) as i32 + 1;
    while hijri_jdn(y + 1, 1, 1) <= j {
        y += 1;
    }
    while hijri_jdn(y, 1, 1) > j {
        y -= 1;
    }
    let m = (1..=12u32)
        .rev()
        .find(|&m| hijri_jdn(y, m, 1) <= j)
        .unwrap_or(1);
    (y, m)
}

/// The year of month `m` (day `day`, or mid-month) relative to a reference `(year, month)`
/// and the reference day number `r`, by the policy above. `jdn(y, m, d)` is the calendar.
fn resolve(
    (ry, rm): (i32, u32),
    r: i64,
    m: u32,
    day: Option<u32>,
    relative: Option<i32>,
    jdn: impl Fn(i32, u32, u32) -> i64,
) -> i32 {
    match relative {
        Some(0) => ry,
        Some(x) if x < 0 => {
            if m < rm {
                ry
            } else {
                ry - 1
            }
        }
        Some(_) => {
            if m > rm {
                ry
            } else {
                ry + 1
            }
        }
        None => {
            let d = day.unwrap_or(15);
            // A month alone leans to the past by two months (see the policy above).
            let lean = if day.is_none() { 61 } else { 0 };
            (ry - 1..=ry + 1)
                .min_by_key(|&y| {
                    let x = jdn(y, m, d) - r;
                    (if x > 0 { x + lean } else { -x }, y)
                })
                .unwrap_or(ry)
        }
    }
}

/// The Gregorian year of month `m` / day `day` written without one.
pub(super) fn gregorian_year(refd: Date, m: u32, day: Option<u32>, rel: Option<i32>) -> i32 {
    let jdn = |y: i32, m: u32, d: u32| {
        Date::new(y, m, d.min(28))
            .map(Date::jdn)
            .unwrap_or_default()
    };
    resolve((refd.year(), refd.month()), refd.jdn(), m, day, rel, jdn)
}

/// The Hijri year of Hijri month `m` / day `day` written without one.
pub(super) fn hijri_year(refd: Date, m: u32, day: Option<u32>, rel: Option<i32>) -> i32 {
    resolve(hijri_of(refd), refd.jdn(), m, day, rel, |y, m, d| {
        hijri_jdn(y, m, d.min(29))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_resolve_to_the_nearest_occurrence() {
        let d = |y, m, d| Date::new(y, m, d).unwrap();
        // (reference, month, day, relative) → year
        let rows = [
            (d(2015, 2, 20), 3, Some(1), None, 2015),
            (d(2015, 1, 10), 12, Some(20), None, 2014),
            (d(2015, 7, 25), 5, Some(5), None, 2015),
            (d(2015, 7, 25), 8, None, Some(-1), 2014),
            (d(2015, 7, 25), 3, None, Some(1), 2016),
            (d(2015, 7, 25), 7, None, Some(0), 2015),
            // Session 19: a month alone leans to the past by two months.
            (d(2015, 7, 25), 1, None, None, 2015),
            (d(2015, 7, 25), 12, None, None, 2015),
            (d(2015, 7, 25), 1, Some(20), None, 2016),
            (d(2015, 1, 10), 12, None, None, 2014),
        ];
        for (r, m, day, rel, want) in rows {
            assert_eq!(
                gregorian_year(r, m, day, rel),
                want,
                "{r} {m} {day:?} {rel:?}"
            );
        }
        // 2015-07-21 is early Shawwal 1436 (tabular); 26 Ramadan is the one just past, the
        // next Muharram is 1437.
        assert_eq!(hijri_of(d(2015, 7, 21)), (1436, 10));
        assert_eq!(hijri_year(d(2015, 7, 21), 9, Some(26), None), 1436);
        assert_eq!(hijri_year(d(2015, 7, 21), 1, None, Some(1)), 1437);
        assert_eq!(hijri_year(d(2015, 7, 21), 11, Some(15), Some(1)), 1436);
    }
}
