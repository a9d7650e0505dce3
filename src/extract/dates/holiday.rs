//! Feasts as dates, and what is not a date although it looks like one.
//!
//! **In:** a tokenized sentence at a date word, the reference date. **Out:** a `date` fact
//! (`date.holiday`), or the tokens marked used without a fact.
//!
//! Shapes (rules, table [`FEASTS`]):
//! * `date.holiday`: عيد الفطر [المبارك] → 1 Shawwal, عيد الأضحى [المبارك] → 10 Dhu al-Hijjah,
//!   of the Hijri year nearest the reference date (`hijri:1436-10-01`, with the tabular
//!   Gregorian estimate in the detail, as every Hijri day); "ثالث أيام عيد الفطر" / "ثالث أيام
//!   الفطر" → the third day (`hijri:1436-10-03`). A bare العيد is not resolved (which feast
//!   is a matter of the document).
//! * not a date: اليوم as a newspaper's name (عين اليوم، صحيفة اليوم، جريدة اليوم), and
//!   weekdays named as days of a week in general (يومي السبت والأحد as the weekend, أيام
//!   الجمعة) unless a relative word makes them one day (يومي السبت والأحد المقبلين).

use super::super::numbers::ordinal_at;
use super::calendar::hijri_jdn;
use super::{
    clitic_splits, relative_at, resolve, weekday_word, Context, Date, DateDetail, Detail, FactKind,
    Out, Sent, HIJRI_EN, MONTHS_EN,
};

/// `(second word, hijri month, day, english)`: عيد + the word.
const FEASTS: &[(&str, u32, u32, &str)] = &[
    ("الفطر", 10, 1, "Eid al-Fitr"),
    ("الاضحي", 12, 10, "Eid al-Adha"),
];

/// Words before اليوم that make it a newspaper's name.
const PAPER: &[&str] = &["عين", "صحيفه", "جريده"];

/// Words before weekdays that make them days of any week: يومي السبت والأحد, أيام الجمعة.
const GENERIC: &[&str] = &["يومي", "ايام"];

/// Words a feast starts with (the `DATE_WORD` class).
pub(super) const WORDS: &[&str] = &["عيد", "ايام"];

fn feast(w: &str) -> Option<(u32, u32, &'static str)> {
    FEASTS
        .iter()
        .find(|f| f.0 == w)
        .map(|&(_, m, d, en)| (m, d, en))
}

/// A feast at token `i`: push it, mark it used, return its end.
pub(super) fn holiday(
    sent: &Sent,
    ctx: &Context,
    i: usize,
    used: &mut [bool],
    out: &mut Out,
) -> Option<usize> {
    let head = clitic_splits(sent.w(i))
        .map(|(_, r)| r)
        .find(|r| WORDS.contains(r))?;
    let mut from = i;
    let mut k = i + 1;
    let mut nth = 0;
    if head == "ايام" {
        // ثالث أيام (عيد) الفطر: the nth day.
        let (n, w) = (i >= 1 && !used[i - 1])
            .then(|| ordinal_at(sent, i - 1))
            .flatten()
            .filter(|&(n, w)| w == 1 && (1..=10).contains(&n))?;
        from = i - w;
        nth = n - 1;
        if sent.w(k) == "عيد" {
            k += 1;
        }
    }
    let (m, d, name) = feast(sent.w(k))?;
    let mut to = k + 1;
    if matches!(sent.w(to), "المبارك" | "السعيد") {
        to += 1;
    }
    if used[from..to].iter().any(|&u| u) {
        return None;
    }
    used[from..to].fill(true);
    let mut detail = DateDetail {
        hijri: true,
        ..DateDetail::grain("day")
    };
    let (value, english) = match ctx.reference_date {
        Some(r) => {
            detail.year_inferred = true;
            let y = resolve::hijri_year(r, m, Some(d), None);
            let day = d + nth;
            let g = Date::from_jdn(hijri_jdn(y, m, day));
            detail.gregorian_estimate = Some(g);
            let what = match nth {
                0 => name.to_string(),
                n => format!("day {} of {name}", n + 1),
            };
            (
                format!("hijri:{y:04}-{m:02}-{day:02}"),
                format!(
                    "{what} ({day} {} {y} AH, about {} {}, {})",
                    HIJRI_EN[m as usize - 1],
                    MONTHS_EN[g.month() as usize - 1],
                    g.day(),
                    g.year()
                ),
            )
        }
        None => (
            format!("hijri:--{m:02}-{:02}", d + nth),
            match nth {
                0 => name.to_string(),
                n => format!("day {} of {name}", n + 1),
            },
        ),
    };
    out.push(
        FactKind::Date,
        from,
        to,
        value,
        english,
        "date.holiday",
        Detail::Date(detail),
    );
    Some(to)
}

/// اليوم as a newspaper's name: عين اليوم, لصحيفة “اليوم” (a quote mark between), صحف اليوم
/// والرياض والمدينة (papers, the first of a list of them).
pub(super) fn paper_name(sent: &Sent, k: usize) -> bool {
    let quoted = k >= 1 && !sent.is_word(k - 1) && sent.touch(k - 1);
    let j = if quoted { k - 1 } else { k };
    let list = sent.w(k + 1).starts_with('و');
    j >= 1
        && clitic_splits(sent.w(j - 1))
            .any(|(_, r)| PAPER.contains(&r) || (list && matches!(r, "صحف" | "جرائد")))
}

/// Weekdays of any week at token `i` (يومي السبت والأحد): the tokens to skip, none when a
/// relative word follows.
pub(super) fn generic_weekdays(sent: &Sent, i: usize) -> Option<usize> {
    // إلغاء صلاة الجمعة: the Friday prayer of any week (with الماضية or المقبلة after it,
    // one Friday: the relative word decides below). After a word of time (بعد صلاة الجمعة،
    // عقب صلاة الجمعة) it dates an event: that Friday.
    let prayer = || {
        i >= 1
            && clitic_splits(sent.w(i - 1)).any(|(_, r)| matches!(r, "صلاه" | "صلوات"))
            && !(i >= 2
                && clitic_splits(sent.w(i - 2))
                    .any(|(_, r)| matches!(r, "بعد" | "عقب" | "قبل" | "اثناء" | "خلال" | "عند")))
    };
    if i == 0 || !(GENERIC.contains(&sent.w(i - 1)) || prayer()) {
        return None;
    }
    let mut to = i + 1;
    while sent.w(to).starts_with('و') && weekday_word(sent, to).is_some() {
        to += 1;
    }
    (relative_at(sent, to).is_none()).then_some(to)
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check;
    use super::super::super::FactKind;
    use super::super::Date;

    #[test]
    fn feasts_and_what_is_not_a_date() {
        let r = Date::new(2015, 7, 21);
        check(
            FactKind::Date,
            &[
                (
                    "سافر الآلاف لقضاء إجازة عيد الفطر المبارك في الخارج.",
                    &[("عيد الفطر المبارك", "hijri:1436-10-01")],
                ),
                (
                    "تتجه الأسر في ثالث أيام الفطر إلى أوروبا.",
                    &[("ثالث أيام الفطر", "hijri:1436-10-03")],
                ),
                (
                    "وتستعد البلدية لاستقبال عيد الأضحى.",
                    &[("عيد الأضحى", "hijri:1436-12-10")],
                ),
                // A bare العيد: which feast is not said here.
                ("ازدحمت المطاعم أيام العيد.", &[]),
                // A newspaper's name.
                ("كتب عمر إبراهيم – عين اليوم", &[]),
                ("نقلت صحيفة اليوم عن مصادر", &[]),
                // The weekend of any week.
                ("طالبوا بإجازة يومي السبت والأحد كباقي القطاعات.", &[]),
            ],
            r,
        );
    }
}
