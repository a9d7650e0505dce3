//! How dates are written: ISO 8601 values with their grain, and English renderings.

use super::tables::MONTHS_EN;

/// `n` in decimal, zero-padded to `width` digits as `{n:0width$}` writes it.
pub(super) fn push_int(out: &mut String, n: i32, width: usize) {
    if n < 0 {
        out.push_str(&format!("{n:0width$}"));
        return;
    }
    let mut buf = itoa::Buffer::new();
    let digits = buf.format(n);
    out.extend(std::iter::repeat_n('0', width.saturating_sub(digits.len())));
    out.push_str(digits);
}

/// ISO 8601 with the grain written: `2024-05-10`, `2023-03`; without a year `--05-10`, `--03`.
/// Appended to `v`.
pub(super) fn iso_date(v: &mut String, year: Option<i32>, m: u32, day: Option<u32>) {
    match year {
        Some(y) => push_int(v, y, 4),
        None => v.push('-'),
    }
    v.push('-');
    push_int(v, m as i32, 2);
    if let Some(day) = day {
        v.push('-');
        push_int(v, day as i32, 2);
    }
}

/// English: `May 10, 2024`, `May 2024`, `May 10`, `May`; appended to `e`.
pub(super) fn month_day_year(e: &mut String, m: u32, day: Option<u32>, year: Option<i32>) {
    e.push_str(MONTHS_EN[m as usize - 1]);
    if let Some(day) = day {
        e.push(' ');
        push_int(e, day as i32, 0);
    }
    if let Some(y) = year {
        e.push_str(if day.is_some() { ", " } else { " " });
        push_int(e, y, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_int_pads_like_format() {
        for (n, width) in [
            (0, 4),
            (7, 2),
            (2024, 4),
            (12345, 2),
            (-5, 4),
            (-2024, 0),
            (9, 0),
        ] {
            let mut s = String::new();
            push_int(&mut s, n, width);
            assert_eq!(s, format!("{n:0width$}"), "{n} in {width}");
        }
    }
}
