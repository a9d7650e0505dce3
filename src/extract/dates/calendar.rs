//! Calendar arithmetic: [`Date`] (a valid proleptic Gregorian day, written `YYYY-MM-DD`),
//! Julian day numbers of Gregorian and tabular Islamic (civil-epoch) dates, month lengths and
//! ISO weeks.

use std::fmt;
use std::str::FromStr;

/// A valid day of the proleptic Gregorian calendar: a reference date, a resolved relative
/// date, the Gregorian estimate of a Hijri date. Ordered chronologically; displayed (and
/// serialized) as ISO 8601 `YYYY-MM-DD`.
///
/// ```
/// use dragoman::Date;
///
/// let d: Date = "2024-05-14".parse().unwrap();
/// assert_eq!(d, Date::new(2024, 5, 14).unwrap());
/// assert_eq!((d.year(), d.month(), d.day()), (2024, 5, 14));
/// assert_eq!(d.to_string(), "2024-05-14");
/// assert_eq!(Date::from_jdn(d.jdn() + 18), Date::new(2024, 6, 1).unwrap());
/// assert!(Date::new(2023, 2, 29).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, if there is such a day (month 1–12, day within the month,
    /// 29 February only in leap years).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ok = (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day);
        ok.then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1–12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// 1–31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The Julian day number (days since 1 January 4713 BC, Julian calendar); `jdn % 7` is
    /// the ISO weekday less one (0 = Monday).
    pub fn jdn(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let a = (14 - m) / 12;
        let y = y + 4800 - a;
        let m = m + 12 * a - 3;
        d + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The date of a Julian day number.
    pub fn from_jdn(j: i64) -> Date {
        let a = j + 32044;
        let b = (4 * a + 3) / 146097;
        let c = a - 146097 * b / 4;
        let d = (4 * c + 3) / 1461;
        let e = c - 1461 * d / 4;
        let m = (5 * e + 2) / 153;
        let day = e - (153 * m + 2) / 5 + 1;
        let month = m + 3 - 12 * (m / 10);
        let year = 100 * b + d - 4800 + m / 10;
        Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    /// The ISO 8601 week: `(week-numbering year, week 1–53)`.
    pub fn iso_week(self) -> (i32, u32) {
        let j = self.jdn();
        let wd = j % 7; // 0 = Monday
        let thursday = j - wd + 3;
        let ty = Date::from_jdn(thursday).year;
        let jan1 = Date {
            year: ty,
            month: 1,
            day: 1,
        };
        let week = (thursday - jan1.jdn()) / 7 + 1;
        (ty, week as u32)
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `2024-05-14`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = ParseDateError;

    /// `YYYY-MM-DD` exactly: four, two and two ASCII digits, and a day that exists.
    fn from_str(s: &str) -> Result<Date, ParseDateError> {
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let mut it = s.split('-');
        let (Some(y), Some(m), Some(d), None) = (it.next(), it.next(), it.next(), it.next()) else {
            return Err(ParseDateError::Format);
        };
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(ParseDateError::Format);
        }
        // At most four digits each: the parses cannot fail.
        let (y, m, d) = (
            y.parse().unwrap_or(0),
            m.parse().unwrap_or(0),
            d.parse().unwrap_or(0),
        );
        Date::new(y, m, d).ok_or(ParseDateError::NoSuchDay)
    }
}

impl serde::Serialize for Date {
    /// As a string: `"2024-05-14"`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Why a string is not a [`Date`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseDateError {
    /// Not `YYYY-MM-DD` (four, two and two ASCII digits joined by `-`).
    Format,
    /// `YYYY-MM-DD`, but no such day: `2023-02-29`, `2024-13-01`.
    NoSuchDay,
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseDateError::Format => "not a date of the form YYYY-MM-DD",
            ParseDateError::NoSuchDay => "no such day in the calendar",
        })
    }
}

impl std::error::Error for ParseDateError {}

/// Parse `YYYY-MM-DD` (surrounding whitespace ignored) into a valid calendar date.
pub fn parse_date(s: &str) -> Option<Date> {
    s.trim().parse().ok()
}

/// Julian day number of a date in the tabular Islamic calendar (civil epoch, 16 July 622).
pub(super) fn hijri_jdn(y: i32, m: u32, d: u32) -> i64 {
    let (y, m, d) = (y as i64, m as i64, d as i64);
    d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30 + 1948440 - 1
}

/// Days in month `m` (1–12) of year `y`, proleptic Gregorian.
fn days_in_month(y: i32, m: u32) -> u32 {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
