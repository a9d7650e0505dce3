//! Calendar arithmetic: Julian day numbers of proleptic Gregorian and tabular Islamic
//! (civil-epoch) dates, month lengths and ISO weeks.

/// Julian day number of a proleptic Gregorian date.
pub(super) fn jdn(y: i32, m: u32, d: u32) -> i64 {
    let a = (14 - m as i64) / 12;
    let y = y as i64 + 4800 - a;
    let m = m as i64 + 12 * a - 3;
    d as i64 + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
}

/// The Gregorian date of a Julian day number.
pub(super) fn from_jdn(j: i64) -> (i32, u32, u32) {
    let a = j + 32044;
    let b = (4 * a + 3) / 146097;
    let c = a - 146097 * b / 4;
    let d = (4 * c + 3) / 1461;
    let e = c - 1461 * d / 4;
    let m = (5 * e + 2) / 153;
    let day = e - (153 * m + 2) / 5 + 1;
    let month = m + 3 - 12 * (m / 10);
    let year = 100 * b + d - 4800 + m / 10;
    (year as i32, month as u32, day as u32)
}

/// Julian day number of a date in the tabular Islamic calendar (civil epoch, 16 July 622).
pub(super) fn hijri_jdn(y: i32, m: u32, d: u32) -> i64 {
    let (y, m, d) = (y as i64, m as i64, d as i64);
    d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30 + 1948440 - 1
}

pub(super) fn days_in_month(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    (jdn(ny, nm, 1) - jdn(y, m, 1)) as u32
}

pub(super) fn iso_week((y, m, d): (i32, u32, u32)) -> (i32, u32) {
    let j = jdn(y, m, d);
    let wd = j % 7; // 0 = Monday
    let thursday = j - wd + 3;
    let (ty, _, _) = from_jdn(thursday);
    let week = (thursday - jdn(ty, 1, 1)) / 7 + 1;
    (ty, week as u32)
}
