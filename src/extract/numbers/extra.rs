//! Fractions and ranges: `number` facts whose value is a fraction (`0.5`) or a range
//! (`12000-15000`).
//!
//! **In:** a tokenized sentence (fractions: at a token; ranges: the sentence's cardinals and
//! the facts just pushed). **Out:** `number` facts.
//!
//! Tables and shapes:
//! * [`FRACTIONS`]: نصف (half, `0.5`), ثلث (`0.333`), ربع (`0.25`), ثلثا/ثلثي (`0.667`),
//!   ثلاثة أرباع (`0.75`), indefinite (النصف الأول is a period of the dates rules); digits
//!   `3/4` when the denominator is 2–10, من follows (in news a/b is mostly a score, an
//!   article number or a date) and the sentence is not about a score (هدف، نتيجة). A
//!   qualifier before a fraction is read as before a figure (نحو ربع → `~0.25` "about a
//!   quarter", أكثر من نصف → `>0.5`);
//! * a definite cardinal right before a unit, time noun, currency or percent word is that
//!   figure (العشرين سنتمترًا، الثلاثين سنة، الأربعين بالمئة), not after a definite noun it
//!   agrees with (الصلوات الخمس) nor before a counted noun;
//! * scores: a count of goals, مقابل or ل, another count (ثلاثة أهداف مقابل هدف → `3-1`,
//!   بهدفين لهدف → `2-1`, بهدفين نظيفين → `2-0`);
//! * ranges: `(ما) بين A و B` and `من A إلى/الى/حتى B`, one fact `A-B`; a scale written once
//!   applies to both ends (ما بين 12 و15 ألفًا → `12000-15000`).

use super::tables::TENS;
use super::{clitic_splits, definite_cardinal, get, Decimal, Detail, FactKind, Num, Out, Sent};
use crate::extract::{DATE_WORD, MONTH};

/// `(word, value, english)`.
const FRACTIONS: &[(&str, &str, &str)] = &[
    ("نصف", "0.5", "half"),
    ("ثلث", "0.333", "a third"),
    ("ربع", "0.25", "a quarter"),
    ("ثلثا", "0.667", "two thirds"),
    ("ثلثي", "0.667", "two thirds"),
];

/// Fractions spelled like a cardinal (خمس: five or a fifth): `(word, value, english)`.
const AMBIGUOUS: &[(&str, &str, &str)] = &[
    ("خمس", "0.2", "a fifth"),
    ("سدس", "0.167", "a sixth"),
    ("سبع", "0.143", "a seventh"),
    ("تسع", "0.111", "a ninth"),
    ("عشر", "0.1", "a tenth"),
];

/// Mass and collective nouns a fraction takes before their definite genitive (خمس سكان
/// المدينة: a fifth of the city's population); a cardinal 3–10 counts an indefinite plural.
const MASS: &[&str] = &[
    "سكان",
    "مساحه",
    "اراضي",
    "حجم",
    "قيمه",
    "عدد",
    "انتاج",
    "ميزانيه",
    "مجموع",
    "اجمالي",
];

/// خمس السكان، خمس سكان المدينة، عشر مساحتها: a fraction written like a cardinal (خُمس،
/// عُشر): before a definite noun, or a mass noun with a definite genitive or a pronoun
/// (a cardinal 3–10 counts an indefinite plural: خمس دول، عشر سنوات). Returns `(value,
/// english)`.
fn ambiguous_fraction(sent: &Sent, i: usize) -> Option<(&'static str, &'static str)> {
    let w = sent.w(i);
    let &(_, v, en) = clitic_splits(w)
        .take(2)
        .find_map(|(_, r)| AMBIGUOUS.iter().find(|f| f.0 == r))?;
    // الأشهر الاثني عشر الماضية: عشر of a teen, and a relative adjective after it.
    if i >= 1 && (sent.has(i - 1, super::NUMBER_WORD) || sent.w(i - 1).contains("اثن")) {
        return None;
    }
    let next = sent.w(i + 1);
    if matches!(
        next,
        "الماضي" | "الماضيه" | "المقبل" | "المقبله" | "الاخيره" | "الاولي" | "القادمه"
    ) {
        return None;
    }
    if !sent.is_word(i + 1) {
        return None;
    }
    let definite = |x: &str| x.starts_with("ال") && x.chars().count() >= 4;
    let owned = |x: &str| {
        MASS.iter().any(|m| {
            x.strip_prefix(m.trim_end_matches('ه'))
                .is_some_and(|r| matches!(r, "ها" | "هم" | "ه" | "تها" | "ته"))
        })
    };
    let ok = (definite(next) && sent.w(i + 1) != "الف" && !sent.has(i + 1, super::NUMBER_WORD))
        || (MASS.contains(&next) && sent.is_word(i + 2) && definite(sent.w(i + 2)))
        || owned(next);
    ok.then_some((v, en))
}

/// Words that make a sentence about a score, where 2/1 is not a fraction.
const SCORE: &[&str] = &[
    "هدف",
    "هدفين",
    "اهداف",
    "نتيجه",
    "بنتيجه",
    "النتيجه",
    "فوز",
    "فاز",
    "فازت",
    "الفوز",
    "فوزه",
    "فوزها",
    "فوزهم",
    "تعادل",
    "التعادل",
    "تغلب",
    "تغلبت",
    "هزم",
    "هزمت",
    "خسر",
    "خسرت",
    "خساره",
    "الخساره",
    "هزيمه",
    "الهزيمه",
    "مباراه",
    "المباراه",
    "فوزا",
    "بفوز",
    "الشوط",
    "لصالحه",
    "لصالحها",
];

/// Does the sentence speak of a match result (a word of [`SCORE`])?
fn about_a_score(sent: &Sent) -> bool {
    (0..sent.len())
        .any(|k| sent.is_word(k) && clitic_splits(sent.w(k)).any(|(_, r)| SCORE.contains(&r)))
}

/// A score written with a slash or a dash in a sentence about a match: فاز الفريق 2/1، بنما 2 / 1،
/// ( 80 - 58 ) →
/// `2-1` (the winner's count first, as English writes it). Two counts of at most two digits
/// (up to 30), not part of a longer a/b/c (a date). `(value, english, end)`.
fn slash_score(sent: &Sent, i: usize, used: &[bool]) -> Option<(String, String, usize)> {
    let sep = sent.w(i + 1);
    if !(matches!(sep, "/" | "-" | "–") || word_score(sent, i))
        || (sent.kind(i + 2) != Some(super::Kind::Num) && sent.w(i + 2) != "صفر")
        || used[i..i + 3].iter().any(|&u| u)
    {
        return None;
    }
    // With a dash, a basketball or handball score too (80 - 58): up to three digits.
    let (digits, most) = if sep == "/" { (2, 30) } else { (3, 200) };
    let count = |w: &str| -> Option<u32> {
        if w == "صفر" {
            return Some(0);
        }
        (w.len() <= digits && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|&v| v <= most)
    };
    let (a, b) = (count(sent.w(i))?, count(sent.w(i + 2))?);
    if matches!(sent.w(i + 3), "/" | "-" | "–")
        || (i >= 1 && matches!(sent.w(i - 1), "/" | "-" | "–"))
        || !about_a_score(sent)
    {
        return None;
    }
    let (hi, lo) = (a.max(b), a.min(b));
    Some((format!("{hi}-{lo}"), format!("{hi}-{lo} (score)"), i + 3))
}

/// A score written with a word between its counts after the word result (كانت النتيجة
/// النهائية 21 إلى 20، بنتيجة 3 مقابل 1): إلى or مقابل after digits at `i`, not in a range
/// (من / بين before), in a sentence that names the result.
fn word_score(sent: &Sent, i: usize) -> bool {
    matches!(sent.w(i + 1), "الي" | "مقابل")
        && !(i >= 1 && clitic_splits(sent.w(i - 1)).any(|(_, r)| matches!(r, "من" | "بين")))
        && (0..i).any(|k| clitic_splits(sent.w(k)).any(|(_, r)| matches!(r, "النتيجه" | "نتيجه")))
        // النتيجة في غضون 10 إلى 30 دقيقة: a unit after the second count makes a range.
        && !crate::extract::quantities::unit_at(sent, i + 3)
}

/// Goal nouns after a count of goals.
const GOALS: &[&str] = &["هدف", "هدفا", "اهداف"];

/// A count of goals at token `i`, through a proclitic (بثلاثة، لهدف): a cardinal with a goal
/// noun after it (ثلاثة أهداف، 3 أهداف), or a goal noun alone (هدف: 1, هدفين/هدفان: 2).
/// `(count, end)`.
fn goals_at(sent: &Sent, i: usize, used: &[bool]) -> Option<(i128, usize)> {
    if i >= sent.len() || used[i] {
        return None;
    }
    if sent.is_word(i) && sent.w(i).contains("هدف") {
        for (_, r) in clitic_splits(sent.w(i)) {
            match r {
                "هدف" | "هدفا" => return Some((1, i + 1)),
                "هدفين" | "هدفان" => return Some((2, i + 1)),
                _ => {}
            }
        }
    }
    // A goal noun one or two tokens on (ثلاثة أهداف، خمسة عشر هدفا) before the cardinal is
    // parsed: most numbers count no goals.
    if !GOALS.contains(&sent.w(i + 1)) && !GOALS.contains(&sent.w(i + 2)) {
        return None;
    }
    let (v, to) = small_count(sent, i, used)?;
    GOALS.contains(&sent.w(to)).then_some((v, to + 1))
}

/// A cardinal of 0–40 at token `i` (a number of goals): `(value, end)`.
fn small_count(sent: &Sent, i: usize, used: &[bool]) -> Option<(i128, usize)> {
    let n = super::cardinal_at(sent, i, used)?;
    let v = n.value?.as_int()?;
    (0..=40).contains(&v).then_some((v, n.to))
}

/// A match score: a count of goals, then مقابل or ل and another count (ثلاثة أهداف مقابل هدف
/// → `3-1`, بهدفين لهدف → `2-1`), or نظيف/دون رد (بهدفين نظيفين → `2-0`). One `number` fact,
/// "3-1 (score)"; its tokens are used. Returns the end.
pub(super) fn score(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    // صفر/2: a score whose first count is the word for zero (the digit after it is `i`).
    let mut i = i;
    if i >= 2 && sent.w(i - 1) == "/" && sent.w(i - 2) == "صفر" && !used[i - 2] {
        i -= 2;
    }
    let (value, english, end) = if (sent.kind(i) == Some(super::Kind::Num) || sent.w(i) == "صفر")
        && (matches!(sent.w(i + 1), "/" | "-" | "–") || word_score(sent, i))
    {
        slash_score(sent, i, used)?
    } else {
        let (a, j) = goals_at(sent, i, used)?;
        let (b, end) = match sent.w(j) {
            // The second count may go without its noun (3 أهداف مقابل 2).
            "مقابل" => {
                goals_at(sent, j + 1, used).or_else(|| small_count(sent, j + 1, used))?
            }
            "نظيف" | "نظيفه" | "نظيفين" | "نظيفتين" => (0, j + 1),
            "دون" | "بدون" if sent.w(j + 1) == "رد" => (0, j + 2),
            w if w.starts_with('ل') => goals_at(sent, j, used)?,
            _ => return None,
        };
        (format!("{a}-{b}"), format!("{a}-{b} (score)"), end)
    };
    out.push(
        FactKind::Number,
        i,
        end,
        value,
        english,
        "number.score",
        Detail::None,
    );
    used[i..end].fill(true);
    Some(end)
}

/// Words before و + a fraction (ونصف) that the fraction is "and a half" of: units of time
/// and measure.
/// Dual time nouns before ونصف (سنتين ونصف → P2.5Y): the durations' rules own them.
const HALF_OF_DUAL: &[&str] = &[
    "ساعتين",
    "يومين",
    "اسبوعين",
    "شهرين",
    "عامين",
    "سنتين",
    "عقدين",
    "قرنين",
];

/// Singular time nouns before ونصف without a count (شهر ونصف → P1.5M): `(word, ISO
/// designator, time of day, English plural)`.
const ONE_AND_A_HALF: &[(&str, &str, bool, &str)] = &[
    ("ساعه", "H", true, "hours"),
    ("يوم", "D", false, "days"),
    ("اسبوع", "W", false, "weeks"),
    ("شهر", "M", false, "months"),
    ("عام", "Y", false, "years"),
    ("سنه", "Y", false, "years"),
];

const HALF_OF: &[&str] = &[
    "ساعه",
    "ساعات",
    "دقيقه",
    "دقائق",
    "يوم",
    "يوما",
    "ايام",
    "اسبوع",
    "اسبوعا",
    "اسابيع",
    "شهر",
    "شهرا",
    "اشهر",
    "شهور",
    "عام",
    "عاما",
    "اعوام",
    "سنه",
    "سنوات",
    "سنين",
    "عقد",
    "عقود",
    "قرن",
    "قرنا",
    "قرون",
    "ساعتين",
    "يومين",
    "شهرين",
    "عامين",
    "سنتين",
    "كيلومتر",
    "كيلو",
    "متر",
    "مترا",
    "طن",
    "لتر",
    "كيلوغرام",
    "ريال",
    "ريالا",
    "دولار",
    "دولارا",
];

/// Units of time a fraction may be of: `(word, ISO designator of the result, size in that
/// designator, time-of-day unit, english)`: نصف ساعة → 30 minutes → `PT30M`.
const TIME_UNITS: &[(&str, &str, u32, bool, &str)] = &[
    ("ساعه", "M", 60, true, "hour"),
    ("دقيقه", "S", 60, true, "minute"),
    ("يوم", "H", 24, true, "day"),
    ("شهر", "D", 30, false, "month"),
    ("عام", "M", 12, false, "year"),
    ("سنه", "M", 12, false, "year"),
    ("عقد", "Y", 10, false, "decade"),
    ("قرن", "Y", 100, false, "century"),
];

/// A fraction of a unit of time at `i` (`fraction` the bare fraction word): نصف ساعة →
/// `PT30M`, ربع قرن → `P25Y`, النصف ساعة; only when the result is whole. Pushes a
/// `duration` fact; returns its end.
fn fraction_of_time(
    sent: &Sent,
    i: usize,
    fraction: &str,
    used: &[bool],
    out: &mut Out,
) -> Option<usize> {
    if used.get(i + 1).copied().unwrap_or(true) {
        return None;
    }
    let (num, den) = match fraction {
        "نصف" => (1, 2),
        "ربع" => (1, 4),
        "ثلث" => (1, 3),
        "ثلثا" | "ثلثي" => (2, 3),
        _ => return None,
    };
    let unit = sent.w(i + 1);
    let &(_, designator, size, time, en) = TIME_UNITS.iter().find(|u| u.0 == unit)?;
    // منذ نصف شهر رمضان: the middle of a named month, a date.
    if !sent.is_word(i + 1) || size * num % den != 0 || sent.any(i + 2, MONTH | DATE_WORD) {
        return None;
    }
    let n = size * num / den;
    let value = format!("{}{n}{designator}", if time { "PT" } else { "P" });
    // "half an hour", "a quarter of an hour": the one unit said with a vowel first.
    let an = if en == "hour" { "n" } else { "" };
    let english = format!(
        "{}{an} {en}",
        match (num, den) {
            (1, 2) => "half a",
            (1, 4) => "a quarter of a",
            (1, 3) => "a third of a",
            _ => "two thirds of a",
        }
    );
    out.push(
        FactKind::Duration,
        i,
        i + 2,
        value,
        english,
        "duration.fraction",
        Detail::None,
    );
    Some(i + 2)
}

/// The fraction words as a `(bare word, numerator, denominator)` (for `fraction_of_scale`).
pub(super) fn fraction_parts(w: &str) -> Option<(i128, i128)> {
    clitic_splits(w).take(2).find_map(|(_, r)| match r {
        "نصف" => Some((1, 2)),
        "ربع" => Some((1, 4)),
        _ => None,
    })
}

/// Fraction words, for the `NUMBER_WORD` class (and the definite ones before a unit of time:
/// النصف ساعة).
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(FRACTIONS.iter().map(|r| r.0));
    out.extend(["النصف", "الربع", "الثلث"]);
}

/// A fraction at token `i`: push it, mark it used, return its end.
pub(super) fn fraction(sent: &Sent, i: usize, used: &mut [bool], out: &mut Out) -> Option<usize> {
    let w = sent.w(i);
    let (to, value, english): (usize, String, &str) = if sent.is_word(i) {
        if matches!(w, "ثلاثه" | "ثلاث") && sent.w(i + 1) == "ارباع" {
            (i + 2, "0.75".into(), "three quarters")
        } else if let Some((v, en)) = ambiguous_fraction(sent, i) {
            (i + 1, v.into(), en)
        } else {
            // النصف ساعة: the article only before a unit of time.
            let (clitic, &(bare, v, en)) = match w {
                "النصف" | "الربع" | "الثلث" => {
                    ("", FRACTIONS.iter().find(|f| w.ends_with(f.0))?)
                }
                _ => clitic_splits(w)
                    .take(2)
                    .find_map(|(c, r)| FRACTIONS.iter().find(|f| f.0 == r).map(|f| (c, f)))?,
            };
            let next = sent.w(i + 1);
            // نصف ساعة، ربع قرن: a duration.
            if let Some(to) = fraction_of_time(sent, i, bare, used, out) {
                used[i..to].fill(true);
                return Some(to);
            }
            if w.starts_with("ال") {
                return None;
            }
            // ربع مليون: a count (`cardinal_at` reads it).
            if super::fraction_of_scale(sent, i).is_some() {
                return None;
            }
            // نصف النهائي، ربع النهائي: the semi- and quarter-finals; نصف قطرها: a radius;
            // ربع سنوية: quarterly. Not fractions.
            let adjective = next.starts_with("قطر")
                || next.starts_with("سنوي")
                || next.starts_with("شهري")
                || next.starts_with("نهائي")
                || next.starts_with("النهائي")
                // نصف السنوية: a definite nisba adjective (semiannual).
                || (next.starts_with("ال") && next.ends_with("يه"))
                // منذ نصف شهر رمضان: the middle of a named month, a date's.
                || (next == "شهر" && sent.has(i + 2, MONTH));
            // سبعة أشهر ونصف، مليون ونصف: "and a half" of what comes before; the rules of
            // that figure own it.
            let prev = if i >= 1 && sent.is_word(i - 1) {
                let p = sent.w(i - 1);
                p.strip_prefix('و').filter(|r| r.len() > 4).unwrap_or(p)
            } else {
                ""
            };
            let and_a_half = clitic == "و"
                && !prev.is_empty()
                && (HALF_OF.contains(&prev)
                    || HALF_OF_DUAL.contains(&prev)
                    || sent.has(i - 1, super::NUMBER_WORD));
            // شهر ونصف، ساعة ونصف: one and a half of a time noun written without a count.
            if and_a_half && i >= 2 && !used[i - 1] {
                let counted = sent.kind(i - 2) == Some(super::Kind::Num)
                    || (sent.has(i - 2, super::NUMBER_WORD) && !sent.w(i - 2).ends_with("نصف"));
                if let Some(&(_, iso, time, en)) = ONE_AND_A_HALF.iter().find(|u| u.0 == prev) {
                    if !counted {
                        used[i - 1..=i].fill(true);
                        out.push(
                            FactKind::Duration,
                            i - 1,
                            i + 1,
                            [if time { "PT1.5" } else { "P1.5" }, iso].concat(),
                            ["1.5 ", en].concat(),
                            "duration.and-a-half",
                            Detail::None,
                        );
                        return Some(i + 1);
                    }
                }
            }
            // لا يمكن أن نصف الجمال بأنه علم، لن نصف: the verb نَصِف (we describe) after a
            // particle that only a verb follows, or after a modal and أن.
            let verb = w == "نصف"
                && i >= 1
                && (matches!(sent.w(i - 1), "لن" | "لم" | "كي" | "لكي" | "ولن" | "ولم")
                    || (sent.w(i - 1) == "ان"
                        && i >= 2
                        && matches!(
                            sent.w(i - 2),
                            "يمكن"
                                | "يمكننا"
                                | "نستطيع"
                                | "نريد"
                                | "علينا"
                                | "يجب"
                                | "ينبغي"
                        )));
            if adjective || and_a_half || verb {
                used[i] = true;
                return Some(i + 1);
            }
            (i + 1, v.into(), en)
        }
    } else {
        // 3/4.
        if sent.w(i + 1) != "/" || !sent.touch(i) || !sent.touch(i + 1) {
            return None;
        }
        let a: u32 = w.parse().ok().filter(|_| w.len() <= 2)?;
        let b: u32 = sent
            .w(i + 2)
            .parse()
            .ok()
            .filter(|_| sent.w(i + 2).len() <= 2)?;
        // In news a/b is mostly a score, an article number or a date: a fraction only
        // with من after it (3/4 من السكان).
        if a == 0 || a >= b || b > 10 || sent.w(i + 3) != "من" || sent.touch(i + 2) {
            return None;
        }
        if about_a_score(sent) {
            return None;
        }
        let v = f64::from(a) / f64::from(b);
        let s = format!("{v:.3}");
        let s = s.trim_end_matches('0').to_string();
        (i + 3, s, "")
    };
    if used[i..to].iter().any(|&u| u) {
        return None;
    }
    used[i..to].fill(true);
    let english = if english.is_empty() {
        format!("{}/{}", sent.w(i), sent.w(i + 2))
    } else {
        english.to_string()
    };
    // نحو ربع، حوالي نصف، أكثر من ثلثي: a qualifier before the fraction, as before a figure
    // (`~0.25` "about a quarter", `>0.667` "more than two thirds").
    let (from, value, english) = match crate::extract::quantities::qualifier_before(sent, i) {
        Some((from, op, qual)) => (from, [op, &value].concat(), [qual, " ", &english].concat()),
        None => (i, value, english),
    };
    out.push(
        FactKind::Number,
        from,
        to,
        value,
        english,
        "number.fraction",
        Detail::None,
    );
    Some(to)
}

/// Join `(ما) بين A و B` and `من A إلى B` into one range fact: the facts of A and B (the
/// last ones pushed for them) become one.
pub(super) fn ranges(sent: &Sent, nums: &[Num], out: &mut Out) {
    for pair in nums.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (Some(da), Some(db)) = (a.value, b.value) else {
            continue;
        };
        let opener = a.from >= 1 && {
            let p = sent.w(a.from - 1);
            clitic_splits(p).any(|(_, r)| r == "بين") || p == "من"
        };
        // Bare figures need an opening word: ارتفع العدد 10 إلى 15 is a change, not a range.
        // بين 15 و25 و50 ألف دولار: a list goes on, each figure with the last one's scale
        // (the quantity rules), no range of two.
        let more = sent.w(b.to) == "و" && sent.kind(b.to + 1) == Some(super::Kind::Num);
        if !opener || more {
            continue;
        }
        let between = clitic_splits(sent.w(a.from - 1)).any(|(_, r)| r == "بين");
        let joined = if between {
            // و15: و is its own token before digits, or a prefix of a number word.
            (b.from == a.to + 1 && sent.w(a.to) == "و")
                || (b.from == a.to && sent.w(b.from).starts_with('و'))
        } else {
            b.from == a.to + 1 && matches!(sent.w(a.to), "الي" | "حتي")
        };
        // بين 1.4 و2.4: figures with decimals, compared and written as they are.
        let (Some(va), Some(vb)) = (da.as_int(), db.as_int()) else {
            if joined && da.as_f64() < db.as_f64() {
                push_range(sent, a, b, between, out, |v, e| {
                    da.write_plain(v, false);
                    v.push('-');
                    db.write_plain(v, false);
                    e.push_str("between ");
                    da.write_bare(e);
                    e.push_str(" and ");
                    db.write_bare(e);
                });
            }
            continue;
        };
        // بين 5 و7 شهور: a range of a unit; the quantity rules give each number its unit.
        // (A scale written once, 12 و15 ألف طالب, stays this rule's range.)
        let scale_once = b.to - b.from > a.to - a.from;
        if !joined || (!scale_once && crate::extract::quantities::shape::counts(sent, b)) {
            continue;
        }
        // A scale written once: 12 و15 ألفًا.
        let mut lo = va;
        if lo < vb {
            for scale in [1_000_000_000i128, 1_000_000, 1_000] {
                if vb % scale == 0 && lo * scale <= vb && lo * scale * 10 > vb && lo < 1000 {
                    lo *= scale;
                    break;
                }
            }
        }
        if lo >= vb {
            continue;
        }
        push_range(sent, a, b, between, out, |v, e| {
            v.push_str(&format!("{lo}-{vb}"));
            // A bare range writes its ends as bare numbers (between 1990 and 2000).
            e.push_str("between ");
            super::Decimal::int(lo).write_bare(e);
            e.push_str(" and ");
            super::Decimal::int(vb).write_bare(e);
        });
    }
}

/// Replace the number facts of `a` and `b` (if both were pushed) by one `number.range` fact
/// from the opening word (ما بين، بين، من) through `b`, its value and English written by
/// `write`.
fn push_range(
    sent: &Sent,
    a: &Num,
    b: &Num,
    between: bool,
    out: &mut Out,
    write: impl FnOnce(&mut String, &mut String),
) {
    let from = if a.from >= 2 && sent.w(a.from - 2) == "ما" && between {
        a.from - 2
    } else {
        a.from - 1
    };
    let (sa, sb) = (sent.span(a.from, a.to), sent.span(b.from, b.to));
    // The facts of A and B, if they were pushed as numbers.
    let facts = &mut *out.facts;
    let ia = facts
        .iter()
        .rposition(|f| f.kind == FactKind::Number && f.span == sa);
    let ib = facts
        .iter()
        .rposition(|f| f.kind == FactKind::Number && f.span == sb);
    let (Some(ia), Some(ib)) = (ia, ib) else {
        return;
    };
    facts.remove(ib.max(ia));
    facts.remove(ib.min(ia));
    let (mut value, mut english) = (String::new(), String::new());
    write(&mut value, &mut english);
    out.push(
        FactKind::Number,
        from,
        b.to,
        value,
        english,
        "number.range",
        Detail::None,
    );
}

/// A definite unit joined to its tens, one cardinal: الخمسة وعشرين عاماً (25), الواحد
/// وعشرين (21), الأربع والعشرين ساعة (24). The unit alone (الخمسة) is no number: it is a
/// count after a definite noun, which `quantities::definite` reads.
pub(super) fn definite_compound(sent: &Sent, i: usize, used: &[bool]) -> Option<Num> {
    let next = sent.w(i + 1);
    // الأشهر الاثني عشر، الدول الخمس عشرة: a definite teen (not عشر alone, 10).
    if super::is_ten_word(next) && !used.get(i + 1).copied().unwrap_or(true) {
        let w = sent.w(i);
        let unit = get(super::tables::DEFINITE_TEEN_HEADS, w)
            .or_else(|| definite_cardinal(w).filter(|u| (3..=9).contains(u)));
        if let Some(unit) = unit {
            return Some(Num {
                from: i,
                to: i + 2,
                value: Some(Decimal::int(unit + 10)),
                approx: None,
            });
        }
    }
    let w = sent.w(i);
    // تتجاوز سماكتها العشرين سنتمترًا، خلال الثلاثين سنة الماضية، قرابة الأربعين بالمئة: a
    // definite cardinal right before a unit it measures is that figure (the article is the
    // phrase's, as in الـ20 سنتمترًا). Not after a definite noun, which it agrees with
    // (الصلوات الخمس جماعة: the five prayers, in congregation; `quantities::definite`),
    // and not before a counted noun, where a definite count is rare and the noun often
    // another sense (في الثلاث جهات: on the three sides).
    let after_definite = i >= 1
        && sent.is_word(i - 1)
        && clitic_splits(sent.w(i - 1)).any(|(_, r)| r.starts_with("ال"));
    if let Some(v) = definite_cardinal(w).filter(|_| !used.get(i + 1).copied().unwrap_or(true)) {
        if !after_definite && unit_after(sent, i + 1) {
            return Some(Num {
                from: i,
                to: i + 1,
                value: Some(Decimal::int(v)),
                approx: None,
            });
        }
    }
    let tens = next.strip_prefix('و')?;
    let tens = tens.strip_prefix("ال").unwrap_or(tens);
    let unit = if w == "الواحد" {
        1
    } else {
        definite_cardinal(w).filter(|u| (3..=9).contains(u))?
    };
    let ten = get(TENS, tens).filter(|_| !used.get(i + 1).copied().unwrap_or(true))?;
    Some(Num {
        from: i,
        to: i + 2,
        value: Some(Decimal::int(unit + ten)),
        approx: None,
    })
}

/// Does a unit (measure, time noun, currency) or a percent word (%, بالمئة، في المئة) stand
/// at `j`?
fn unit_after(sent: &Sent, j: usize) -> bool {
    match sent.w(j) {
        "بالمئه" | "بالمائه" => true,
        "في" => matches!(sent.w(j + 1), "المئه" | "المائه"),
        _ => crate::extract::quantities::measure_at(sent, j),
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check;
    use super::super::super::FactKind;

    #[test]
    fn fractions_of_time() {
        check(
            FactKind::Duration,
            &[
                (
                    "وصلت متوفاة منذ ما يقارب النصف ساعة.",
                    &[("ما يقارب النصف ساعة", "~PT30M")],
                ),
                ("انتظر الركاب نصف ساعة.", &[("نصف ساعة", "PT30M")]),
                ("بعد ربع قرن من الغياب.", &[("ربع قرن", "P25Y")]),
                ("وبعد نصف عقد من الثورة.", &[("نصف عقد", "P5Y")]),
                // Not whole: no fact.
                ("مضى ثلث قرن.", &[]),
                ("تجهز المنزل منذ نصف شهر رمضان.", &[]),
            ],
            None,
        );
    }

    #[test]
    fn fractions_and_ranges() {
        check(
            FactKind::Number,
            &[
                ("يعيش نصف السكان في المدن.", &[("نصف", "0.5")]),
                ("خسرت الشركة ثلثي قيمتها.", &[("ثلثي", "0.667")]),
                ("باع ثلاثة أرباع أسهمه.", &[("ثلاثة أرباع", "0.75")]),
                ("باع 3/4 من أسهمه.", &[("3/4", "0.75")]),
                ("حامل اللقب 1/2، ليبلغ النهائي.", &[]),
                ("فاز الفريق 2/1 على ضيفه.", &[("2/1", "2-1")]),
                ("تأهل بالفوز على منتخب بنما 1 / 2 أمس.", &[("1 / 2", "2-1")]),
                ("لا يزيد نصف قطرها على شعرة الرأس.", &[]),
                ("تصدر الشركة تقارير ربع سنوية.", &[]),
                ("انخفض السعر إلى أدنى مستوى في 7 أشهر ونصف.", &[]),
                ("تبرع بربع مليون ريال.", &[]),
                (
                    "شارك ما بين 12 و15 ألفا في المسيرة.",
                    &[("ما بين 12 و15 ألفا", "12000-15000")],
                ),
                (
                    "ارتفع العدد من 20 إلى 35 خلال الموسم.",
                    &[("من 20 إلى 35", "20-35")],
                ),
            ],
            None,
        );
    }
}
