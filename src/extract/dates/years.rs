//! Years: after عام/العام/سنة, after a preposition or a period word (في 2026، منذ 2001، نهاية
//! 2016), with their era letter (1428هـ، 2015م), two in a row (عامي 2016 و2021، 1420 - 1423هـ،
//! 99 - 2000م), a season, school or fiscal year over two (1436 / 1437هـ، 2014 / 2015: one span;
//! after a season word also with the second year's last two digits, موسم 2007 - 08 → `2007/2008`),
//! a Gregorian year after its Hijri one (251 ه / 865 م، سنة 265 هجرية = 879م; two of them,
//! سنة 263 هجرية = 876 / 77م → `0876/0877`) and up to "now" (2001 حتى تاريخه). A part of the
//! year before it is in the fact's span and English, the value stays the year: أواخر عام 2012 →
//! `2012`, "late 2012"; نهاية 2016 → "end of 2016" (`detail.part`).
//!
//! **In:** a tokenized sentence at a digit or a year head word. **Out:** `date` facts with the
//! year's grain (`2015`, `hijri:1436`); their tokens are marked used.
//!
//! A range of years (`date.year-range`: 2008 - 2012، من 2010 إلى 2015، الموسم 2019-2020،
//! بين عامي 2002 و2004، 1420 - 1423هـ) is one fact whose value is an ISO 8601 interval of
//! years, as the ranges of days are written (`2002/2004`, `hijri:1420/hijri:1423`; English
//! "2002–2004"). Two years joined by و without بين (عامي 2016 و2021) are a list: two facts.
//!
//! A number is a year only by its place or its era letter: a four-digit number followed by
//! what it counts (2015 زائرا) is not one.

use super::super::{clitic_splits, get, DateDetail, Detail, FactKind, Out, Sent};
use super::format::push_int;
use super::{bare, era_at, is_year, number, Era, YEAR_FOLLOWERS};

/// The words before a year (عام 2021).
pub(super) const YEAR_HEADS: &[&str] = &["عام", "العام", "عامي", "سنه", "السنه", "اعوام", "الاعوام"];

/// The plural of a model, before its year (من موديلات 2017): not a date.
const MODEL_PLURALS: &[&str] = &["موديلات", "الموديلات"];

/// Is the number at `i` a model's (موديل 1955، من موديلات 2017), not a year?
fn model_year(sent: &Sent, i: usize) -> bool {
    crate::extract::numbers::model(sent, i)
        || (i >= 1 && clitic_splits(sent.w(i - 1)).any(|(_, r)| MODEL_PLURALS.contains(&r)))
}

/// عام 2021، عامي 2016 و2021، في 2026، 1445 هـ.
pub(super) fn year(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    let w = sent.w(i);
    if let Some(next) = early(sent, i, used, out) {
        return Some(next);
    }
    // صيف عنيزة 33هـ: a Hijri year written with two digits is of this Hijri century.
    if w.len() == 2 && sent.touch(i) && era_at(sent, i + 1) == Some(Era::Hijri) {
        let y = 1400 + number(sent, i)?;
        used[i..i + 2].fill(true);
        push_year(out, i, i + 2, y, true);
        return Some(i + 2);
    }
    // 1436 / 1437هـ، 1436هـ / 1437هـ، السنة المالية 2014 / 2015: a season, school or fiscal
    // year over two calendar years, one span (an interval, as a range of years: 2014/2015).
    if let Some(y) = number(sent, i).filter(|&y| is_year(y)) {
        let first_era = era_at(sent, i + 1) == Some(Era::Hijri);
        let k = i + 1 + usize::from(first_era);
        let hijri = first_era || era_at(sent, k + 2) == Some(Era::Hijri);
        if sent.w(k) == "/"
            && number(sent, k + 1) == Some(y + 1)
            && (hijri || (1900..=2100).contains(&y))
            && !used[i..k + 2].iter().any(|&u| u)
        {
            let to = k + 2 + usize::from(era_at(sent, k + 2) == Some(Era::Hijri));
            used[i..to].fill(true);
            push_range(out, i, to, y, y + 1, hijri);
            return Some(to);
        }
        // موسم 2007 - 08، الموسم 1998–99، السنة المالية 2014/15: a season or fiscal year with
        // the second year's last two digits (session 25: read as the first year alone). Only
        // after a season word: 2007-08 is also an ISO month.
        if matches!(sent.w(k), "/" | "-" | "–")
            && !first_era
            && sent.w(k + 1).len() == 2
            && number(sent, k + 1) == Some((y + 1) % 100)
            && sent.w(i).len() == 4
            && season_before(sent, i)
            && !used[i..k + 2].iter().any(|&u| u)
            && !crate::extract::quantities::unit_at(sent, k + 2)
        {
            used[i..k + 2].fill(true);
            push_range(out, i, k + 2, y, y + 1, false);
            return Some(k + 2);
        }
    }
    if !sent.is_word(i) && !used[i] {
        if let Some(next) = range(sent, i, used, out) {
            return Some(next);
        }
        // 1420 وحتى تاريخه، 2001 حتى الآن: a year up to now (Hijri in 1300–1500).
        if let Some(y) = number(sent, i).filter(|&y| is_year(y)) {
            if matches!(sent.w(i + 1), "حتي" | "وحتي" | "-" | "–" | "الي")
                && UNTIL_NOW.contains(&sent.w(i + 2))
                && sent.w(i).len() == 4
            {
                used[i] = true;
                push_year(out, i, i + 1, y, (1300..=1500).contains(&y));
                return Some(i + 1);
            }
        }
        // 1428هـ، 2015م: a year by its era letter.
        if let Some(era) = number(sent, i).and_then(|y| era_of(sent, i, y)) {
            let y = number(sent, i)?;
            used[i..i + 2].fill(true);
            push_year(out, i, i + 2, y, era == Era::Hijri);
            return Some(i + 2);
        }
    }
    if let Some(next) = equivalent(sent, i, used, out) {
        return Some(next);
    }
    // حرب 94، نكسة 67: a war's year in two digits (of the last century).
    if w.len() == 2
        && i >= 1
        && !used[i]
        && clitic_splits(sent.w(i - 1)).any(|(_, r)| WAR.contains(&r))
        && !crate::extract::quantities::unit_at(sent, i + 1)
    {
        if let Some(y) = number(sent, i).filter(|y| (40..=99).contains(y)) {
            used[i] = true;
            push_year(out, i, i + 1, 1900 + y, false);
            return Some(i + 1);
        }
    }
    let head = sent.lex(i) && clitic_splits(w).any(|(_, r)| YEAR_HEADS.contains(&r));
    // في عام (2011): the year in parentheses after its head.
    let paren = usize::from(sent.w(i + 1) == "(" && sent.w(i + 3) == ")");
    let (from, at) =
        if head && number(sent, i + 1 + paren).is_some_and(is_year) && !used[i + 1 + paren] {
            (i, i + 1 + paren)
        } else if number(sent, i)
            .is_some_and(|y| (1800..=2100).contains(&y) || (1400..=1450).contains(&y))
            && i >= 1
        {
            // After a preposition, or "و" after another year, and not followed by a word.
            let prev = bare(sent.w(i - 1));
            let after_year =
                sent.w(i - 1) == "و" && i >= 2 && used[i - 2] && number(sent, i - 2).is_some();
            let prep = matches!(
                prev,
                "في" | "من" | "منذ" | "حتي" | "بحلول" | "قبل" | "بعد" | "عامي"
            ) || clitic_splits(sent.w(i - 1)).any(|(_, r)| SPAN_WORDS.contains(&r));
            // A word after it that cannot be what the number counts: a definite word or a
            // particle (في 2013 لكن، في 1898 وقع، في 2014 البرازيل).
            let next = sent.w(i + 1);
            let next_ok = !sent.is_word(i + 1)
                || era_at(sent, i + 1).is_some()
                || next.starts_with('و')
                || next.starts_with("ال")
                || YEAR_FOLLOWERS.contains(&next);
            // من 2010 إلى 2015 شخصا: the first end of a range of counts, no year.
            if matches!(next, "الي" | "حتي" | "-" | "–")
                && number(sent, i + 2).is_some()
                && crate::extract::quantities::unit_at(sent, i + 3)
            {
                return None;
            }
            let y = number(sent, i).unwrap_or(0);
            // In this era after a preposition (في 2010 شهدت): a year unless a unit or a counted
            // noun of the unit table follows (في 2015 زائرا is not one, في 2015 فكرة is).
            let next_ok = next_ok
                || ((1950..=2035).contains(&y)
                    && y != 2000
                    && !crate::extract::quantities::unit_at(sent, i + 1));
            // A year by its shape and place: خلال عامين 2014 أو 2015، "المتحدة 1969- الذكرى",
            // 2001 حتى تاريخه (up to now), بلجيكا 2015، (a name's year before a stop).
            let shaped = ((1950..=2030).contains(&y)
                && !y.is_multiple_of(100)
                && (matches!(prev, "عامين" | "موسم" | "الموسم" | "لموسم" | "ميزانيه")
                    || (sent.w(i + 1) == "او" && number(sent, i + 2).is_some_and(is_year))
                    || (prev == "او" && i >= 2 && used[i - 2] && number(sent, i - 2).is_some())
                    || (sent.w(i + 1) == "-" && sent.touch(i) && !sent.touch(i + 1))
                    || (matches!(sent.w(i + 1), "حتي" | "-" | "–" | "الي" | "وحتي")
                        && UNTIL_NOW.contains(&sent.w(i + 2)))
                    || stop_after(sent, i))
                // سيارة موديل 2015، بداية من موديلات 2017: a model year before a stop, as
                // [`bare_year`] has it (session 26: two dev articles, one held-out item).
                && !model_year(sent, i))
                || bare_year(sent, i, y, used);
            if ((prep || (after_year && y >= 1900)) && next_ok) || shaped {
                (if after_year { i - 1 } else { i }, i)
            } else {
                return None;
            }
        } else {
            return None;
        };
    let y = number(sent, at)?;
    let mut to = at + 1;
    let era = era_at(sent, to);
    if era.is_some() {
        to += 1;
    }
    // No era letter: a year in 1300–1500 is Hijri (العام الماضي 1435).
    let hijri = era == Some(Era::Hijri) || (era.is_none() && (1300..=1500).contains(&y));
    // من 2010 إلى 2015، الموسم 2019-2020، بين عامي 2002 و2004: one range.
    let between = from >= 1 && clitic_splits(sent.w(from - 1)).any(|(_, r)| r == "بين");
    if let Some((b, end)) = era
        .is_none()
        .then(|| range_end(sent, to, y, between, used))
        .flatten()
    {
        used[from..end].fill(true);
        push_range(out, from, end, y, b, hijri);
        return Some(end);
    }
    // أواخر عام 2012، نهاية 2016، نهاية عام 1436هـ: a part of the year, kept in the span
    // and the English ("late 2012", "end of 2016", as the relative periods write it); the
    // value stays the year.
    let part = (from >= 1 && sent.is_word(from - 1) && !used[from - 1])
        .then(|| clitic_splits(sent.w(from - 1)).find_map(|(_, r)| get(super::PARTS, r)))
        .flatten();
    let from = from - usize::from(part.is_some());
    used[from..to].fill(true);
    push_year_part(out, from, to, y, hijri, part);
    // عامي 2016 و2021: the second year; لأعوام 1910 و16 و17 و18: after a plural head, more
    // years, two digits naming a year of the first one's century.
    let plural = head && clitic_splits(w).any(|(_, r)| matches!(r, "اعوام" | "الاعوام"));
    while sent.w(to) == "و"
        && (sent.touch(to) || plural)
        && !used[to + 1..].first().copied().unwrap_or(true)
    {
        let y2 = match number(sent, to + 1) {
            Some(y2) if is_year(y2) => y2,
            Some(y2) if plural && y2 < 100 && sent.w(to + 1).len() == 2 => y / 100 * 100 + y2,
            _ => break,
        };
        used[to..to + 2].fill(true);
        push_year(out, to + 1, to + 2, y2, hijri && y2 >= 1300);
        to += 2;
        if !plural {
            break;
        }
    }
    Some(to)
}

/// A year fact over tokens `from..to`: Hijri (`hijri:1436`, "1436 AH") or Gregorian
/// (`2015`).
pub(super) fn push_year(out: &mut Out, from: usize, to: usize, y: u32, hijri: bool) {
    push_year_part(out, from, to, y, hijri, None);
}

/// A year fact with a part of the year before it (`start`, `early`, `mid`, `late`, `end` of
/// `PARTS`): "start of 2015", "mid-2015", "late 2012" (and `detail.part`).
fn push_year_part(
    out: &mut Out,
    from: usize,
    to: usize,
    y: u32,
    hijri: bool,
    part: Option<&'static str>,
) {
    let words = |e: &mut String| match part {
        Some(p @ ("start" | "end")) => {
            e.push_str(p);
            e.push_str(" of ");
        }
        Some("mid") => e.push_str("mid-"),
        Some(p) => {
            e.push_str(p);
            e.push(' ');
        }
        None => {}
    };
    if hijri {
        let value = out.text(|v| {
            v.push_str("hijri:");
            push_int(v, y as i32, 4);
        });
        let english = out.text(|e| {
            words(e);
            push_int(e, y as i32, 0);
            e.push_str(" AH");
        });
        out.push(
            FactKind::Date,
            from,
            to,
            value,
            english,
            "date.hijri",
            Detail::Date(DateDetail {
                hijri: true,
                part,
                ..DateDetail::grain("year")
            }),
        );
    } else {
        let value = out.text(|v| push_int(v, y as i32, 4));
        let english = out.text(|e| {
            words(e);
            push_int(e, y as i32, 0);
        });
        out.push(
            FactKind::Date,
            from,
            to,
            value,
            english,
            "date.year",
            Detail::Date(DateDetail {
                part,
                ..DateDetail::grain("year")
            }),
        );
    }
}

/// Words a war's two-digit year follows (حرب 67، حربي 67 و73، النكسة 67).
const WAR: &[&str] = &["حرب", "الحرب", "حربي", "نكسه", "النكسه"];

/// Words of a span of time a year may follow (بين 2008 و2012، خلال 2014، نهاية 2016).
const SPAN_WORDS: &[&str] = &[
    "بين",
    "خلال",
    "طوال",
    "مطلع",
    "بدايه",
    "اوائل",
    "منتصف",
    "اواسط",
    "اواخر",
    "نهايه",
    "صيف",
    "شتاء",
    "ربيع",
    "خريف",
];

/// "Now" after a year and حتى or a dash: 2001 حتى تاريخه، 1990 – الآن.
const UNTIL_NOW: &[&str] = &["تاريخه", "الان", "اليوم", "الحاضر"];

/// Words before a number that make it a figure, not a year, even before a stop: it rose to
/// 2015 (points), number 2015.
const FIGURE_BEFORE: &[&str] = &[
    "الي",
    "رقم",
    "الرقم",
    "عند",
    "بلغ",
    "بلغت",
    "يبلغ",
    "تبلغ",
    "اصل",
    "مجموع",
    "اجمالي",
    "عدد",
    "قدره",
    "قدرها",
    "و",
];

/// A year before 1000 (history, not news): its era word is what makes it one. Either a year
/// head, the number and its era (سنة 251 ه، عام 632 ميلادي، عام 137 هجري), or a Hijri year
/// of three digits (توفي في 372 ه), or any Hijri year followed by its Gregorian one (251 ه /
/// 865 م, 13ه / 632م, سنة 265 هجرية = 879م; two of them, سنة 263 هجرية = 876 / 77م, are one
/// range of years `0876/0877`: within three years of H − H/33 + 622, as writers round; a Gregorian year
/// below 1000 cannot pair with this century's 14xx, so the two digits are not this century's,
/// as صيف عنيزة 33هـ is). Both years are facts. Without its era a number after عام stays a number (عام 95
/// may be a colloquial 1995).
fn early(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    let head = sent.lex(i) && matches!(sent.w(i), "عام" | "سنه" | "العام" | "السنه");
    let at = if head { i + 1 } else { i };
    let y = number(sent, at).filter(|y| (1..1000).contains(y))?;
    // (192 - 260 ه)، يتراوح بين 279 - 289 ه: two Hijri years before 1000 with one era letter
    // after the second, a range (a lifespan, a period of building: AQMAR Wikipedia).
    if !head && matches!(sent.w(at + 1), "-" | "–") && era_at(sent, at + 3) == Some(Era::Hijri) {
        let b = number(sent, at + 2).filter(|&b| b < 1000 && y < b && b - y <= 100)?;
        if used[at..at + 4].iter().any(|&u| u) {
            return None;
        }
        used[at..at + 4].fill(true);
        push_range(out, at, at + 4, y, b, true);
        return Some(at + 4);
    }
    let era = era_at(sent, at + 1)?;
    if used[i..at + 2].iter().any(|&u| u) {
        return None;
    }
    // The Gregorian year after a slash (or a dash), the era's dot between: 13ه./ 632م.
    let mut k = at + 2;
    if sent.w(k) == "." {
        k += 1;
    }
    let equivalent = (era == Era::Hijri && matches!(sent.w(k), "/" | "-" | "–" | "="))
        .then(|| number(sent, k + 1))
        .flatten()
        .filter(|&g| g.abs_diff(y - y / 33 + 622) <= 3 && !used[k + 1]);
    let three = era == Era::Hijri && sent.w(at).len() == 3;
    if !(head || equivalent.is_some() || three) {
        return None;
    }
    used[i..at + 2].fill(true);
    push_year(out, i, at + 2, y, era == Era::Hijri);
    let Some(g) = equivalent else {
        return Some(at + 2);
    };
    // سنة 263 هجرية = 876 / 77م: the Hijri year over two Gregorian ones, the second with its
    // last two digits and the era letter (AQMAR Wikipedia, session 26): one range of years.
    if sent.w(k + 2) == "/"
        && sent.w(k + 3).len() == 2
        && number(sent, k + 3) == Some((g + 1) % 100)
        && era_at(sent, k + 4) == Some(Era::Gregorian)
        && !used[k + 1..k + 5].iter().any(|&u| u)
    {
        used[k + 1..k + 5].fill(true);
        push_range(out, k + 1, k + 5, g, g + 1, false);
        return Some(k + 5);
    }
    let end = k + 2 + usize::from(era_at(sent, k + 2) == Some(Era::Gregorian));
    used[k + 1..end].fill(true);
    push_year(out, k + 1, end, g, false);
    Some(end)
}

/// A year of this era (1990–2030, not 2000) after a word and before a stop or the end of the
/// sentence, the place a name's or an event's year has (ملتقى بلجيكا 2015، أسواق 2015.); not
/// after a word that makes it a figure ([`FIGURE_BEFORE`]).
fn stop_after(sent: &Sent, i: usize) -> bool {
    let y = number(sent, i).unwrap_or(0);
    (1990..=2030).contains(&y)
        && y != 2000
        && i >= 1
        && sent.is_word(i - 1)
        && !FIGURE_BEFORE.contains(&sent.w(i - 1))
        && (i + 1 >= sent.len() || matches!(sent.w(i + 1), "،" | "," | "." | "؛" | ":" | "!" | "؟"))
}

/// The era a year at `i` is written with (1428هـ، 2015م، 2015 م): Hijri for 1300–1500,
/// Gregorian for 1000–2100 glued to its م, 1900–2100 with a space (500 م is meters).
fn era_of(sent: &Sent, i: usize, y: u32) -> Option<Era> {
    // 1500م2: square metres (م2، م3), not the year 1500.
    if sent.touch(i + 1) && matches!(sent.w(i + 2), "2" | "3" | "²" | "³") {
        return None;
    }
    match era_at(sent, i + 1)? {
        Era::Hijri if (1300..=1500).contains(&y) => Some(Era::Hijri),
        Era::Gregorian if is_year(y) && (sent.touch(i) || y >= 1900) => Some(Era::Gregorian),
        _ => None,
    }
}

/// A season or fiscal-year word within two words before the year at `i`: موسم، الموسم،
/// لموسم، السنة المالية، العام الدراسي.
fn season_before(sent: &Sent, i: usize) -> bool {
    (i.saturating_sub(2)..i).any(|k| {
        sent.is_word(k)
            && clitic_splits(sent.w(k)).any(|(_, r)| {
                matches!(
                    r,
                    "موسم"
                        | "الموسم"
                        | "مواسم"
                        | "المالي"
                        | "الماليه"
                        | "الدراسي"
                        | "الدراسيه"
                )
            })
    })
}

/// Two years with a dash, إلى or حتى between: 1420 - 1423هـ، 99 - 2000م (the first with two
/// digits, of the second's century or the one before), 2008 - 2012. Both are years when the
/// second has its era letter, or both are of this era (1950–2035) and no word follows. The
/// two year facts; `None` when it is not such a pair.
fn range(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    if !matches!(sent.w(i + 1), "-" | "–" | "الي" | "حتي") {
        return None;
    }
    let a = number(sent, i)?;
    let b = number(sent, i + 2).filter(|&b| is_year(b))?;
    if used[i..i + 3].iter().any(|&u| u) {
        return None;
    }
    let era = era_of(sent, i + 2, b);
    let a = if sent.w(i).len() == 2 {
        let full = b / 100 * 100 + a;
        if full > b {
            full.checked_sub(100)?
        } else {
            full
        }
    } else {
        a
    };
    if !(a < b && b - a <= 60) {
        return None;
    }
    let both_now = (1950..=2035).contains(&a)
        && (1950..=2035).contains(&b)
        && !sent.is_word(i + 3)
        && sent.w(i).len() == 4;
    let hijri = era == Some(Era::Hijri);
    if era.is_none() && !both_now {
        return None;
    }
    if hijri && !(1300..=1500).contains(&a) {
        return None;
    }
    let to = i + 3 + usize::from(era.is_some());
    used[i..to].fill(true);
    push_range(out, i, to, a, b, hijri);
    Some(to)
}

/// The second year of a range whose first year `y` ends at `to`, after a dash, إلى or حتى
/// (or و after بين: `between`): `(year, end)`. Both years of one calendar (1300–1500 reads
/// Hijri; a Hijri year with its Gregorian one is [`equivalent`], no range), the second after
/// the first by at most 60 years, written with four digits and not counting what follows
/// (من 2010 إلى 2015 شخصا is a count).
fn range_end(sent: &Sent, to: usize, y: u32, between: bool, used: &[bool]) -> Option<(u32, usize)> {
    let link = sent.w(to);
    // After بين the و may stand apart (ما بين 1934 و 1978: AQMAR Wikipedia's tokens).
    let linked = matches!(link, "-" | "–" | "الي" | "حتي") || (between && link == "و");
    if !linked || sent.w(to + 1).len() != 4 || used.get(to + 1).copied().unwrap_or(true) {
        return None;
    }
    let b = number(sent, to + 1).filter(|&b| is_year(b))?;
    let hijri = |y: u32| (1300..=1500).contains(&y);
    if !(y < b && b - y <= 60) || hijri(y) != hijri(b) {
        return None;
    }
    let era = era_at(sent, to + 2);
    if era.is_none() && crate::extract::quantities::unit_at(sent, to + 2) {
        return None;
    }
    Some((b, to + 2 + usize::from(era.is_some())))
}

/// A range of years over tokens `from..to`, one fact: an ISO 8601 interval of years as the
/// date ranges of days write it (`2002/2004`, `hijri:1420/hijri:1423`), "2002–2004".
fn push_range(out: &mut Out, from: usize, to: usize, a: u32, b: u32, hijri: bool) {
    let value = out.text(|v| {
        for (k, y) in [a, b].into_iter().enumerate() {
            if k == 1 {
                v.push('/');
            }
            if hijri {
                v.push_str("hijri:");
            }
            push_int(v, y as i32, 4);
        }
    });
    let english = out.text(|e| {
        push_int(e, a as i32, 0);
        e.push('–');
        push_int(e, b as i32, 0);
        if hijri {
            e.push_str(" AH");
        }
    });
    out.push(
        FactKind::Date,
        from,
        to,
        value,
        english,
        "date.year-range",
        Detail::Date(DateDetail {
            hijri,
            ..DateDetail::grain("year")
        }),
    );
}

/// A year of this era standing after a word with nothing counted after it: the year of an
/// event, a birth, a season (كأس العالم 2018 في روسيا، مونديالي 2018 و2022، من مواليد 1994،
/// العام الحالي 2015 جاءت). Not after a word that makes it a figure ([`FIGURE_BEFORE`]) or a
/// qualifier (أكثر من 2015), not a model's or an index's number (موديل 1955، من موديلات 2017،
/// نسخة 2014), and not when a unit or a counted noun follows (2015 زائرا، 1990 طنا).
fn bare_year(sent: &Sent, i: usize, y: u32, used: &[bool]) -> bool {
    use crate::extract::numbers::{Decimal, Num};
    if sent.w(i).len() != 4 || i == 0 {
        return false;
    }
    // العام الماضي 1435: a Hijri year right after a date the rules took, naming it.
    let hijri = (1400..=1450).contains(&y) && used[i - 1];
    if !hijri && (!(1950..=2035).contains(&y) || y.is_multiple_of(100)) {
        return false;
    }
    let prev = sent.w(i - 1);
    if !sent.is_word(i - 1) || FIGURE_BEFORE.contains(&prev) || prev == "بين" {
        return false;
    }
    let n = Num {
        from: i,
        to: i + 1,
        value: Some(Decimal::int(i128::from(y))),
        approx: None,
    };
    crate::extract::quantities::qualifier_before(sent, i).is_none()
        && !model_year(sent, i)
        && !crate::extract::quantities::shape::counts(sent, &n)
}

/// The second year of a pair whose first one a date rule took, after `-`, `–` or `/`: the
/// Gregorian year of a Hijri one (عام 1293 / 1876، صفر 1407 - 1986: within a year of
/// H − H/33 + 622), or the end of a fiscal or school year (السنة المالية 2014 - 2015: up to
/// two years after). One Gregorian year fact at `i`; `None` when it is not such a pair.
fn equivalent(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    if i < 2
        || used[i]
        || !used[i - 2]
        || !matches!(sent.w(i - 1), "-" | "–" | "/")
        || sent.w(i).len() != 4
        || sent.w(i - 2).len() != 4
    {
        return None;
    }
    let (a, b) = (number(sent, i - 2)?, number(sent, i)?);
    let hijri = (1300..=1500).contains(&a) || a < b.saturating_sub(400);
    let gregorian = a.saturating_sub(a / 33) + 622;
    let ok = if hijri && a < b {
        b.abs_diff(gregorian) <= 1
    } else {
        (1900..=2100).contains(&b) && b > a && b - a <= 2
    };
    if !ok || crate::extract::quantities::unit_at(sent, i + 1) {
        return None;
    }
    let era = usize::from(era_at(sent, i + 1) == Some(Era::Gregorian));
    used[i..i + 1 + era].fill(true);
    push_year(out, i, i + 1 + era, b, false);
    Some(i + 1 + era)
}
