//! Ranges of a unit written once (and lists of sums, units written out in words): the first number of `N و/أو/إلى/حتى/- M unit` (بين ثلاث
//! إلى أربع ساعات، لأربع أو خمس سنوات، ما بين 7 آلاف إلى 10 آلاف طالب، عند 98 إلى 106
//! دولارات، بمواصفات 4 و5 نجوم) measures or counts what the second does.
//!
//! **In:** a sentence's cardinals and the index of one without a unit after it. **Out:** the
//! second number's unit, ending at the first number, or `None`.
//!
//! A range opened by بين / ما بين / من (بين 41 و50 عامًا، ما بين 10 إلى 15 شخصًا، من 100
//! إلى 250 مترًا), or joined by إلى / حتى with no opener (في غضون 15 إلى 20 دقيقة), is one
//! fact (see [`opened`]): a quantity, money or age with the value `A-B` (`10-15`, `100-250`,
//! `41-50`), a duration with `PA-PB` (`P6D-P41D`: each end an ISO 8601 duration); so is a
//! pair joined by أو (لأربع أو خمس سنوات: an estimate, `P4Y-P5Y`). A pair joined by و
//! without an opener (4 و5 نجوم) stays two facts, each number with the unit: it may be a
//! list. A unit written after each number (من أربع سنوات إلى سبع سنوات، بين 300 متر و450
//! مترا) makes the same one fact when both units are one unit (see
//! [`push_twice`]), except after a word of change (رفع المدة من أربع سنوات إلى سبع سنوات:
//! from one to the other, two facts).

use std::borrow::Cow;

use super::super::clitic_splits;
use super::super::numbers::{Decimal, Num};
use super::super::Text;
use super::super::{Kind, Sent};
use super::duration::write_duration_value;
use super::{after, After};
use super::{age, qualifier_before, Detail, FactKind, Out};

/// The unit `nums[k]` shares with the next cardinal, when only a connective lies between.
pub(super) fn shared(sent: &Sent, nums: &[Num], k: usize) -> Option<After> {
    let (a, b) = (nums.get(k)?, nums.get(k + 1)?);
    // و is a token of its own before digits (و7) or a prefix of a number word (وخمسة).
    let joined = (b.from == a.to + 1
        && matches!(sent.w(a.to), "و" | "وال" | "او" | "الي" | "حتي" | "-" | "–"))
        || (b.from == a.to && sent.w(b.from).starts_with('و') && sent.is_word(b.from));
    // A scale written once (12 و15 ألفًا: 12,000 to 15,000) is the number rules' range; but
    // a first figure too large to take it (من 2500 إلى 11 ألف ريال: 2,500,000 would pass
    // 11,000) is whole as written, and the range 2500-11000 shares the unit.
    let longer = b.to - b.from > a.to - a.from;
    let whole = || {
        a.value.zip(b.value).is_some_and(|(x, y)| {
            let (x, y) = (x.as_f64(), y.as_f64());
            x < y && x * 1000.0 > y
        })
    };
    if !joined || a.value.is_none() || b.value.is_none() || (longer && !whole()) {
        return None;
    }
    let to = a.to;
    Some(match after(sent, b)? {
        After::Percent(_) => After::Percent(to),
        After::Money { english, unit, .. } => After::Money { to, english, unit },
        After::Duration {
            iso, english, time, ..
        } => After::Duration {
            to,
            iso,
            english,
            time,
        },
        After::Measure { english, .. } => After::Measure { to, english },
        After::Counted { english, .. } => After::Counted { to, english },
    })
}

/// The unit the last item of a list of figures gives them all: `8146، 8084، 8021 ريال`,
/// `5000 و4800 و4400 و3900 ريال` (each a sum in riyals). Items are digit tokens joined by
/// `،`/`,`/`و`; a list joined by commas needs three items or more (`في 2015، 300 زائر` is
/// no list). Returns the last item's unit, ending at `n`.
pub(super) fn list(sent: &Sent, n: &Num) -> Option<After> {
    if n.value.is_none() || sent.kind(n.from) != Some(Kind::Num) || n.to != n.from + 1 {
        return None;
    }
    let (mut j, mut items, mut comma, mut last) = (n.to, 1, false, n.from);
    loop {
        let mut k = j;
        if matches!(sent.w(k), "،" | ",") {
            comma = true;
            k += 1;
        }
        if sent.w(k) == "و" {
            k += 1;
        }
        if k == j || sent.kind(k) != Some(Kind::Num) {
            break;
        }
        items += 1;
        last = k;
        j = k + 1;
        if items > 40 {
            return None;
        }
    }
    // The list may have begun before `n` (8146، 8084، 7896، 7546 ريال).
    if n.from >= 2
        && matches!(sent.w(n.from - 1), "،" | ",")
        && sent.kind(n.from - 2) == Some(Kind::Num)
    {
        items += 1;
    }
    if items < 2 || (comma && items < 3) {
        return None;
    }
    // 7520، 7295) ريالا: the list closed by a bracket before its unit.
    let last = if sent.w(last + 1) == ")" {
        last + 1
    } else {
        last
    };
    let end = Num {
        from: last,
        to: last + 1,
        value: Some(Decimal::int(1)),
        approx: None,
    };
    let to = n.to;
    Some(match after(sent, &end)? {
        After::Percent(_) => After::Percent(to),
        After::Money { english, unit, .. } => After::Money { to, english, unit },
        After::Measure { english, .. } => After::Measure { to, english },
        // Counted nouns and durations after a list are the pairwise rule's (بمواصفات 4 و5
        // نجوم); a longer list of bare figures before a noun is more often a list of codes.
        After::Duration { .. } | After::Counted { .. } => return None,
    })
}

/// A unit written out in words after the number, at token `j`: `400 جزء لكل مليون` (parts
/// per million), `مليون متر مربع`, `40 كيلومترا مربعا` (square and cubic units): `(end,
/// english)`.
pub(super) fn written_unit(sent: &Sent, j: usize) -> Option<(usize, &'static str)> {
    let w = sent.w(j);
    // 400 جزء لكل مليون: parts per million (the مليون is no figure of its own).
    if matches!(w, "جزء" | "جزءا" | "اجزاء") && sent.w(j + 1) == "لكل" {
        let english = match sent.w(j + 2) {
            "مليون" | "المليون" => "parts per million",
            "مليار" | "المليار" => "parts per billion",
            _ => "",
        };
        if !english.is_empty() {
            return Some((j + 3, english));
        }
    }
    // مليون متر مربع، 40 كيلومترا مربعا: square (and cubic) units written out.
    if matches!(sent.w(j + 1), "مربع" | "مربعا" | "مكعب" | "مكعبا") {
        let square = sent.w(j + 1).starts_with("مربع");
        let english = match w {
            "متر" | "مترا" | "امتار" => Some(if square {
                "square meters"
            } else {
                "cubic meters"
            }),
            "كيلومتر" | "كيلومترا" | "كيلومترات" if square => {
                Some("square kilometers")
            }
            _ => None,
        };
        if let Some(english) = english {
            return Some((j + 2, english));
        }
    }
    None
}

/// Where a range of `nums[k]` and `nums[k + 1]` opens, when a word opens it: بين or ما بين
/// before the first number with و, إلى, حتى or a dash between (بين 41 و50 عامًا), or من with
/// إلى, حتى or a dash (من 100 إلى 250 مترًا): the range's first token (ما of ما بين).
/// `at` is where the link stands: after the first number, or after its unit when the unit
/// is written twice (أربع سنوات إلى سبع سنوات).
fn opened(sent: &Sent, nums: &[Num], k: usize, at: usize) -> Option<usize> {
    let (a, b) = (nums.get(k)?, nums.get(k + 1)?);
    let link = sent.w(at);
    // في غضون 15 إلى 20 دقيقة: إلى or حتى between two numbers makes a range without an
    // opening word, and so does أو with the unit written once (لأربع أو خمس سنوات: four or
    // five years, an estimate); و may join a list (4 و5 نجوم).
    // (1000 أو 800 دولار, falling, are two choices, not a range.)
    let rising = || {
        a.value
            .zip(b.value)
            .is_some_and(|(x, y)| x.as_f64() < y.as_f64())
    };
    let to_link = b.from == at + 1 && (matches!(link, "الي" | "حتي") || (link == "او" && rising()));
    // من ( 20 – 200 ) ريال: the range in brackets, its opener before them.
    // ما بين الـ1500 والـ8000 دولار: the article detached before the figures.
    let lead = if a.from >= 2 && matches!(sent.w(a.from - 1), "(" | "ال") {
        1
    } else {
        0
    };
    let Some(o) = a.from.checked_sub(1 + lead).filter(|&o| sent.is_word(o)) else {
        return to_link.then_some(a.from);
    };
    let glued = b.from == at && link.starts_with('و');
    let opener = clitic_splits(sent.w(o)).find_map(|(_, r)| match r {
        "بين" if glued || matches!(link, "و" | "وال" | "الي" | "حتي" | "-" | "–") => {
            Some(r)
        }
        "من" if matches!(link, "الي" | "حتي" | "-" | "–") => Some(r),
        _ => None,
    });
    let Some(opener) = opener else {
        return to_link.then_some(a.from);
    };
    Some(if opener == "بين" && o >= 1 && sent.w(o - 1) == "ما" {
        o - 1
    } else {
        o
    })
}

/// A range opened by a word (see [`opened`]) of `nums[k]` and `nums[k + 1]` with the
/// second's unit: one quantity, money or age fact `A-B` from the opening word through the
/// unit (and a qualifier before the opening word: على الأقل من 100 إلى 250 مترًا →
/// `>=100-250`; durations `P6D-P41D`). Returns where the second number ends, or `None`.
pub(super) fn push(sent: &Sent, nums: &[Num], k: usize, out: &mut Out) -> Option<usize> {
    let from = opened(sent, nums, k, nums.get(k)?.to)?;
    emit(sent, nums, k, from, out)
}

/// A range with its unit written twice, after each number (من أربع سنوات إلى سبع سنوات،
/// بين 10 دولارات و15 دولارا): one fact as [`push`] makes, when both units are the same
/// and a word opens the range or إلى / حتى joins it. `first` is the first number's unit.
pub(super) fn push_twice(
    sent: &Sent,
    nums: &[Num],
    k: usize,
    first: &After,
    out: &mut Out,
) -> Option<usize> {
    let second = after(sent, nums.get(k + 1)?)?;
    let same = match (first, &second) {
        (
            After::Duration {
                iso: a, time: s, ..
            },
            After::Duration {
                iso: b, time: t, ..
            },
        ) => a == b && s == t,
        (After::Money { unit: a, .. }, After::Money { unit: b, .. }) => a == b,
        (After::Measure { english: a, .. }, After::Measure { english: b, .. }) => a == b,
        // A noun without English (2.0 من الأيام) gives the range no unit: no range.
        (After::Counted { english: a, .. }, After::Counted { english: b, .. }) => {
            a == b && !a.is_empty()
        }
        _ => false,
    };
    if !same {
        return None;
    }
    let from = opened(sent, nums, k, first.end())?;
    // رفع مدة الولاية من أربع سنوات إلى سبع سنوات: a change from one to the other, no range
    // (a word of change within six words before; بين is always a range).
    if changed(sent, from) {
        return None;
    }
    emit(sent, nums, k, from, out)
}

/// Is the range opened at `from` a change from one figure to the other: a word of change
/// within six words before and no بين (always a range) opening it?
fn changed(sent: &Sent, from: usize) -> bool {
    (from.saturating_sub(6)..from)
        .any(|i| clitic_splits(sent.w(i)).any(|(_, r)| CHANGE.iter().any(|c| r.starts_with(c))))
        && !clitic_splits(sent.w(from)).any(|(_, r)| r == "بين" || r == "ما")
}

/// A scale written once over figures joined by و (15 و25 و50 ألف دولار، أكثر من 100 و150
/// ألف دولار: 15,000 and 25,000 dollars, over 100,000): for the bare whole figure
/// `nums[k]` (under 1000), the same figure with the scale of the last one (digits and one
/// scale word, a larger count) and that one's unit, ending at `nums[k]`. A list of up to six.
pub(super) fn scale_once(sent: &Sent, nums: &[Num], k: usize) -> Option<(Num, After)> {
    let a = nums.get(k)?;
    let va = a.value?.as_int()?;
    let digits = |n: &Num| sent.kind(n.from) == Some(Kind::Num);
    if a.to != a.from + 1 || !digits(a) || !(1..1000).contains(&va) {
        return None;
    }
    for m in k..k + 6 {
        let (x, y) = (nums.get(m)?, nums.get(m + 1)?);
        if y.from != x.to + 1 || sent.w(x.to) != "و" || !digits(y) {
            return None;
        }
        if y.to == y.from + 1 {
            continue;
        }
        let scale: i128 = match sent.w(y.from + 1) {
            "الف" | "الاف" | "الفا" => 1_000,
            "مليون" | "ملايين" => 1_000_000,
            "مليار" | "مليارات" => 1_000_000_000,
            _ => return None,
        };
        let vy = y.value?.as_int()?;
        if y.to != y.from + 2 || vy % scale != 0 || vy / scale <= va {
            return None;
        }
        let scaled = Num {
            value: Some(Decimal::int(va * scale)),
            ..*a
        };
        let to = a.to;
        let unit = match after(sent, y)? {
            After::Money { english, unit, .. } => After::Money { to, english, unit },
            After::Measure { english, .. } => After::Measure { to, english },
            After::Counted { english, .. } => After::Counted { to, english },
            _ => return None,
        };
        return Some((scaled, unit));
    }
    None
}

/// بين 12 و15 ألف دولار: a range opened by a word (see [`opened`]) whose first figure takes
/// the second's scale (`scaled`, from [`scale_once`]): one fact `12000-15000 USD`. Returns
/// where the second number ends, or `None`.
pub(super) fn push_scaled(
    sent: &Sent,
    nums: &[Num],
    k: usize,
    scaled: Num,
    out: &mut Out,
) -> Option<usize> {
    let b = *nums.get(k + 1)?;
    if b.to != b.from + 2 {
        return None;
    }
    let pair = [scaled, b];
    let from = opened(sent, &pair, 0, scaled.to)?;
    emit(sent, &pair, 0, from, out)
}

/// Stems of words of change (rose, fell, raised, cut, extended): a unit written twice after
/// them goes from one figure to the other.
const CHANGE: &[&str] = &[
    "ارتفع",
    "انخفض",
    "تراجع",
    "زاد",
    "زياده",
    "رفع",
    "خفض",
    "تخفيض",
    "مدد",
    "تمديد",
    "قفز",
    "هبط",
    "صعد",
    "تقلص",
    "تغيير",
    "تحول",
    "عدل",
    "تعديل",
    "تباطؤ",
    "تباطو",
    "تسارع",
];

/// A range's English: `about 6-41 days`, `20-28%`, `98-106 dollars a barrel` (the qualifier,
/// both ends, the unit when there is one, % without a space, and the rate).
fn range_english(out: &mut Out, qual: &str, a: &Num, b: &Num, unit_en: &str, per: &str) -> Text {
    out.text(|e| {
        if !qual.is_empty() {
            e.push_str(qual);
            e.push(' ');
        }
        a.write_english_of(e);
        e.push('-');
        b.write_english_of(e);
        for part in [unit_en, per] {
            if !part.is_empty() {
                if part != "%" {
                    e.push(' ');
                }
                e.push_str(part);
            }
        }
    })
}

/// The range fact of `nums[k]` and `nums[k + 1]` from token `from` through the second's unit.
fn emit(sent: &Sent, nums: &[Num], k: usize, from: usize, out: &mut Out) -> Option<usize> {
    let (a, b) = (&nums[k], &nums[k + 1]);
    let mut unit = after(sent, b)?;
    // عند 98 إلى 106 دولارات للبرميل: a rate after the unit, as after one sum.
    let (per_value, per) = super::reading::rate(sent, &mut unit).unwrap_or(("", ""));
    let (from, op, qual) = match qualifier_before(sent, from) {
        Some((f, op, en)) => (f, op, en),
        None => (from, "", ""),
    };
    // بين 20- 28%: a range of shares (من 15 إلى 20% after a word of change goes from one to
    // the other: no range).
    if let After::Percent(to) = unit {
        if changed(sent, from) {
            return None;
        }
        let value = out.text(|v| {
            v.push_str(op);
            a.write_value(v);
            v.push('-');
            b.write_value(v);
            v.push('%');
        });
        let english = range_english(out, qual, a, b, "%", "");
        let detail = Detail::Quantity {
            count: a.amount(),
            unit: Cow::Borrowed("%"),
            qualifier: qual,
        };
        out.push(
            FactKind::Percent,
            from,
            to,
            value,
            english,
            "percent.range",
            detail,
        );
        return Some(b.to);
    }
    let (kind, to, unit_en, code, rule): (_, _, &str, &str, _) = match &unit {
        After::Measure { to, english } => (FactKind::Quantity, *to, english, "", "quantity.range"),
        After::Counted { to, english } => (
            FactKind::Quantity,
            *to,
            english.as_str(),
            "",
            "quantity.range",
        ),
        After::Money { to, english, unit } => (FactKind::Money, *to, english, *unit, "money.range"),
        After::Duration { to, iso, time, .. }
            if !*time && *iso == "Y" && age::is_age(sent, from, *to) =>
        {
            (FactKind::Age, *to, "years old", "", "age.range")
        }
        // بين 6 و41 يومًا: a span of one time unit, `P6D-P41D` (each end an ISO 8601
        // duration; ISO has no range of durations, and `/` would read as an interval).
        After::Duration {
            to,
            iso,
            english: unit_en,
            time,
        } => {
            let value = out.text(|v| {
                v.push_str(op);
                for (k, n) in [a, b].into_iter().enumerate() {
                    if k == 1 {
                        v.push('-');
                    }
                    v.push_str(if *time { "PT" } else { "P" });
                    write_duration_value(n, iso, v);
                }
            });
            let english = range_english(out, qual, a, b, unit_en, "");
            out.push(
                FactKind::Duration,
                from,
                *to,
                value,
                english,
                "duration.range",
                Detail::Quantity {
                    count: a.amount(),
                    unit: Cow::Borrowed(unit_en),
                    qualifier: qual,
                },
            );
            return Some(b.to);
        }
        _ => return None,
    };
    let value = out.text(|v| {
        v.push_str(op);
        a.write_value(v);
        v.push('-');
        b.write_value(v);
        if !code.is_empty() {
            v.push(' ');
            v.push_str(code);
        }
        v.push_str(per_value);
    });
    let english = range_english(out, qual, a, b, unit_en, per);
    let unit_name: Cow<'static, str> = match unit {
        After::Counted { english, .. } => Cow::Owned(english),
        After::Measure { english, .. } | After::Money { english, .. } => Cow::Borrowed(english),
        _ => Cow::Borrowed("years"),
    };
    out.push(
        kind,
        from,
        to,
        value,
        english,
        rule,
        Detail::Quantity {
            count: a.amount(),
            unit: unit_name,
            qualifier: qual,
        },
    );
    Some(b.to)
}
