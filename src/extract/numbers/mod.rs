//! Numbers and ordinals.
//!
//! **In:** a tokenized sentence and the tokens dates already claimed. **Out:** `number` facts
//! (every cardinal: digits, number words, compounds, digits with scale words) and `ordinal`
//! facts, plus the parsed [`Num`]s that quantities and casualties build on.
//!
//! Cardinals are parsed left to right by a small accumulator over table rows:
//! units (واحد … عشرة and feminine forms), teens (unit + عشر/عشرة), tens (عشرون/عشرين …),
//! hundreds (مئة/مائة, مئتان/مئتين/مئتي, ثلاثمئة …), scales (ألف, مليون, مليار with their dual
//! and plural forms). Parts join with و where Arabic joins them (خمسة وعشرون, مليونين و100
//! ألف); a part only joins when it is smaller than what precedes, so `2016 و2021` stays two
//! numbers. A definite unit joined to its tens is one cardinal (الخمسة وعشرين، الأربع
//! والعشرين: 25, 24). Plural scales without a count (آلاف، ملايين) and عشرات/مئات are
//! approximate: the value says `thousands`, never a guess, and the English alone is "thousands"
//! (a quantity adds "of" and its noun). An ordinal that is an age (في العاشرة من عمره, سن
//! الخامسة, لطفلة في العاشرة) is an `age` fact.
//!
//! Digits: `.` is the decimal point, but groups thousands when it stands twice (`1.500.000`),
//! before `000` or before three digits and a counted noun (`10.700 شخص`, `(363.869) عاملا`);
//! `,` separates thousands when every group after it has three digits (`41,057`), else it is
//! a decimal comma (`1,5`). Digits touching a URL, an e-mail address, a path or a phone number
//! (`www.x.org/2021`, `+20-2-1234`) are not numbers.
//!
//! Codes are not figures: digits starting with 0 (phones), and SMS short codes next to an
//! operator's name or after رسالة نصية / sms (see `code_like`). Scores written a/b in a
//! sentence about a match, or a إلى/مقابل b after the word result (النتيجة 21 إلى 20), are
//! one `number.score` fact (`21-20`); fractions of a scale are a count (ربع مليون → 250000),
//! fractions of a unit of time a duration (نصف ساعة → `PT30M`).
//!
//! A bare number word after a given name is a surname (إيما ستون) unless a unit follows.
//! Not done: ordinal tens (العشرون).

mod decimal;
mod digits;
mod extra;
mod label;
mod ordinal;
mod ratio;
mod tables;

pub(crate) use label::{model, SHORT_PLURALS};
use ordinal::is_ten_word;
pub(crate) use ordinal::{ordinal_at, ordinal_english, write_rank};
pub(crate) use tables::unit_count;
pub(crate) use tables::ORDINAL_EN;
#[cfg(test)]
mod tests;

use super::{
    clitic_splits, get, Detail, FactKind, Kind, Out, Sent, Text, DUAL, NUM, NUMBER_WORD, ORDINAL,
};

pub use decimal::{Amount, Decimal};
use tables::{
    Count, APPROX, APPROX_OF, DEFINITE, DEFINITE_TEEN_HEADS, HUNDREDS, ORDINALS, SCALES,
    TEEN_HEADS, TENS, UNITS,
};

/// A parsed cardinal over tokens `from..to`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Num {
    pub from: usize,
    pub to: usize,
    /// The exact value, or `None` for an approximate plural.
    pub value: Option<Decimal>,
    /// `tens`, `hundreds`, … for approximate plurals.
    pub approx: Option<&'static str>,
}

impl Num {
    /// The value as an [`Amount`]; approximate when there is no exact value.
    pub fn amount(&self) -> Amount {
        match (self.value, self.approx) {
            (Some(v), _) => Amount::Exact(v),
            (None, a) => Amount::Approx(a.unwrap_or("")),
        }
    }

    /// The machine value, appended to `out`: a decimal or the approximate word.
    pub fn write_value(&self, out: &mut String) {
        self.amount().write_value(out)
    }

    /// English, appended to `out`: `2,946`, `1.9 million`, `hundreds`.
    pub fn write_english(&self, out: &mut String) {
        match (self.value, self.approx) {
            (Some(v), _) => v.write_english(out),
            (None, Some(a)) => out.push_str(a),
            (None, None) => {}
        }
    }

    /// English before what the figure counts, appended to `out`: `2,946`, `hundreds of`
    /// (an approximate plural takes "of" before its noun: hundreds of soldiers).
    pub fn write_english_of(&self, out: &mut String) {
        self.write_english(out);
        if self.value.is_none() && self.approx.is_some() {
            out.push_str(" of");
        }
    }

    /// True when the value is exactly `n`.
    pub fn is(&self, n: i128) -> bool {
        self.value == Some(Decimal::int(n))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Unit,
    Ten,
    Hundred,
    Scale,
    Digits,
}

/// Words before digits that make them an identifier, not a figure: الرقم 1909، بالرمز 160.
const ID_CUES: &[&str] = &["رمز", "الرمز", "بالرمز", "برمز"];
/// After these only long numbers are identifiers (رقم 920003454, a phone; العدد رقم 17822):
/// "القرار رقم 2216" is a figure news readers want, both annotators say.
const NUMBER_CUES: &[&str] = &["رقم", "الرقم", "برقم", "بالرقم"];
/// Words of a phone line between الرقم and its digits (الرقم الموحد: 920008554; رقم الطوارئ
/// 997, the emergency line).
const PHONE_ADJ: &[&str] = &["الموحد", "المجاني", "المباشر", "الساخن", "الطوارئ"];

/// Parse a cardinal starting at token `i`.
pub(crate) fn cardinal_at(sent: &Sent, i: usize, used: &[bool]) -> Option<Num> {
    if used.get(i).copied().unwrap_or(true) {
        return None;
    }
    if sent.is_word(i) && !sent.has(i, NUMBER_WORD) {
        return extra::definite_compound(sent, i, used);
    }
    if label::surname_after_given_name(sent, i) {
        return None;
    }
    // Approximate plurals: عشرات، مئات الآلاف.
    if sent.is_word(i) {
        let w = sent.w(i);
        for (_, rest) in clitic_splits(w) {
            // العشرة مليارات، الثلاثة آلاف: a definite count before a plural scale is exact.
            if let Some((scale, Count::Plural)) = get(SCALES, rest) {
                let c = (i >= 1 && !used[i - 1] && sent.is_word(i - 1))
                    .then(|| definite_cardinal(sent.w(i - 1)))
                    .flatten()
                    .filter(|c| (3..=10).contains(c));
                if let Some(c) = c {
                    return Some(Num {
                        from: i - 1,
                        to: i + 1,
                        value: Some(Decimal::int(c * scale)),
                        approx: None,
                    });
                }
            }
            if let Some(a) = get(APPROX, rest) {
                if let Some(of) = get(APPROX_OF, sent.w(i + 1)).filter(|_| sent.is_word(i + 1)) {
                    let both: &'static str = match (a, of) {
                        ("tens", "thousands") => "tens of thousands",
                        ("hundreds", "thousands") => "hundreds of thousands",
                        ("tens", "millions") => "tens of millions",
                        ("hundreds", "millions") => "hundreds of millions",
                        _ => a,
                    };
                    if both != a {
                        return Some(Num {
                            from: i,
                            to: i + 2,
                            value: None,
                            approx: Some(both),
                        });
                    }
                }
                // آلاف after a count is not approximate: the accumulator handles it.
                return Some(Num {
                    from: i,
                    to: i + 1,
                    value: None,
                    approx: Some(a),
                });
            }
        }
    }
    // ربع مليون، نصف مليار: a fraction of a scale.
    if let Some(v) =
        fraction_of_scale(sent, i).filter(|_| !used.get(i + 1).copied().unwrap_or(true))
    {
        return Some(Num {
            from: i,
            to: i + 2,
            value: Some(v),
            approx: None,
        });
    }
    let mut total = Decimal::ZERO;
    let mut current: Option<Decimal> = None;
    let mut last: Option<Part> = None;
    let mut last_v = Decimal::ZERO;
    let mut j = i;
    let mut end = i;
    let mut last_scale = 0;
    loop {
        if j >= sent.len() || used[j] {
            break;
        }
        let first = j == i;
        // و joining the next part: a word of its own before digits ("و100"), or a prefix.
        let mut joined = false;
        let mut k = j;
        // (300) ألف ريال: digits in parentheses before their scale word.
        if j == i + 1
            && last == Some(Part::Digits)
            && sent.w(j) == ")"
            && i >= 1
            && sent.w(i - 1) == "("
            && matches!(part_at(sent, j + 1, false), Some((Part::Scale, ..)))
        {
            k = j + 1;
        }
        if !first && sent.is_word(j) && sent.w(j) == "و" && sent.touch(j) {
            joined = true;
            k = j + 1;
            if k >= sent.len() || used[k] {
                break;
            }
        }
        let Some((part, v, width, and)) = part_at(sent, k, first) else {
            break;
        };
        let joined = joined || and;
        if !first && !joins(last, last_v, part, joined) {
            break;
        }
        match part {
            Part::Unit | Part::Ten | Part::Digits => {
                current = Some(current.unwrap_or(Decimal::ZERO).plus(v));
            }
            Part::Hundred => {
                current = Some(match current {
                    Some(c) if last == Some(Part::Unit) && v == Decimal::int(100) => c.times(100),
                    Some(c) => c.plus(v),
                    None => v,
                });
            }
            Part::Scale => {
                let (scale, count) = scale_of(sent.w(k));
                last_scale = scale;
                let n = match (current, count) {
                    (Some(c), Count::Single | Count::Plural | Count::SingleOrDual) => c,
                    (None, Count::Single) => Decimal::int(1),
                    (None, Count::Dual | Count::SingleOrDual) => Decimal::int(2),
                    (Some(_), Count::Dual) => break,
                    (None, Count::Plural) => break,
                };
                total = total.plus(n.times(scale));
                current = None;
            }
        }
        last = Some(part);
        last_v = v;
        j = k + width;
        end = j;
    }
    if end == i {
        return None;
    }
    let mut value = total.plus(current.unwrap_or(Decimal::ZERO));
    if last == Some(Part::Scale) && current.is_none() {
        if let Some((v, e)) = and_half_a_scale(sent, end, last_scale, used) {
            value = value.plus(v);
            end = e;
        }
    }
    Some(Num {
        from: i,
        to: end,
        value: Some(value),
        approx: None,
    })
}

/// مليون ونصف، ثلاثة ملايين ونصف، مليون ونصف المليون: half of the last scale `scale` after
/// a cardinal ending at `end`, and the new end.
fn and_half_a_scale(
    sent: &Sent,
    end: usize,
    scale: i128,
    used: &[bool],
) -> Option<(Decimal, usize)> {
    if scale < 1000 {
        return None;
    }
    let h = match sent.w(end) {
        "ونصف" => end + 1,
        "و" if sent.w(end + 1) == "نصف" => end + 2,
        _ => return None,
    };
    if used[end..h.min(used.len())].iter().any(|&u| u) {
        return None;
    }
    // ونصف المليون / ونصف مليون: the scale again.
    let again = sent.w(h);
    let again = sent.is_word(h)
        && get(SCALES, again.strip_prefix("ال").unwrap_or(again))
            .is_some_and(|(s, c)| s == scale && c == Count::Single);
    Some((Decimal::int(scale / 2), h + usize::from(again)))
}

/// The value of a fraction word at `i` before a single scale word (ربع مليون → 250000, نصف
/// مليار → 500000000, ربع المليون), if that is what is there.
pub(super) fn fraction_of_scale(sent: &Sent, i: usize) -> Option<Decimal> {
    // The fraction words end in ف or ع: one byte test turns most words away.
    let w = sent.w(i);
    if !(w.ends_with('ف') || w.ends_with('ع')) || !sent.is_word(i) || !sent.is_word(i + 1) {
        return None;
    }
    let (num, den) = extra::fraction_parts(w)?;
    // ربع المليون ريال: the scale with the article too.
    let s = sent.w(i + 1);
    let (scale, count) = get(SCALES, s).or_else(|| get(SCALES, s.strip_prefix("ال")?))?;
    (count == Count::Single).then(|| Decimal::int(scale * num / den))
}

fn scale_of(w: &str) -> (i128, Count) {
    for (_, rest) in clitic_splits(w) {
        if let Some(v) = get(SCALES, rest) {
            return v;
        }
    }
    (1, Count::Single)
}

/// May `part` follow `last`? Arabic order: units before tens (خمسة وعشرون), hundreds and
/// scales before what they are followed by (مئة وخمسة، مليونين و100 ألف).
fn joins(last: Option<Part>, last_v: Decimal, part: Part, joined: bool) -> bool {
    use Part::*;
    let Some(last) = last else { return true };
    if joined {
        matches!(
            (last, part),
            (Unit, Ten) | (Hundred, Unit | Ten | Digits) | (Scale, Unit | Ten | Hundred | Digits)
        ) && !(last == Unit && last_v.as_int().is_none_or(|n| n >= 10))
    } else {
        matches!(
            (last, part),
            (Unit | Ten | Hundred | Digits, Scale) | (Unit, Hundred)
        )
    }
}

/// The part at token `k`: `(part, value, tokens, joined-by-و-prefix)`.
fn part_at(sent: &Sent, k: usize, first: bool) -> Option<(Part, Decimal, usize, bool)> {
    match sent.kind(k)? {
        Kind::Num => {
            if digits::embedded(sent, k) {
                return None;
            }
            // 12ر49: the Saudi Press Agency's decimal, written fraction first (49.12).
            if sent.w(k + 1) == "ر"
                && sent.touch(k)
                && sent.touch(k + 1)
                && sent.kind(k + 2) == Some(Kind::Num)
                && sent.w(k).bytes().all(|b| b.is_ascii_digit())
            {
                let v = Decimal::parse(&format!("{}.{}", sent.w(k + 2), sent.w(k)))?;
                return Some((Part::Digits, v, 3, false));
            }
            // 334.‏98 (a right-to-left mark after the point, dropped by normalization): the
            // fraction was typed first, as in 12ر49 (98.334).
            let w = sent.w(k);
            if w.contains('.') {
                let digits = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
                if let Some((a, b)) = sent.surface(k, k + 1).split_once(".\u{200f}") {
                    if digits(a) && digits(b) {
                        return Some((
                            Part::Digits,
                            Decimal::parse(&format!("{b}.{a}"))?,
                            1,
                            false,
                        ));
                    }
                }
                // Points that group thousands: a head of one to three digits, then groups of
                // three. All of them (76.000، 1.500.000، 10.700 شخص، (363.869) عاملا: no
                // fraction of a person), where 2.5%، 10.75 دولار، 3.125 كيلومتر (a measure)
                // keep their point; or, with two points at least, a last group of one or two
                // digits, whose point is the decimal one (97.151.502.13 ريالًا، 134.230.802.95
                // مليون).
                let groups: Vec<&str> = w.split('.').collect();
                let three = |g: &&str| g.len() == 3 && digits(g);
                if let [head, middle @ .., last] = groups.as_slice() {
                    if digits(head) && head.len() <= 3 && middle.iter().all(three) {
                        if !middle.is_empty() && (1..=2).contains(&last.len()) && digits(last) {
                            let whole = groups[..groups.len() - 1].concat();
                            let v = Decimal::parse(&format!("{whole}.{last}"))?;
                            return Some((Part::Digits, signed(sent, k, first, v), 1, false));
                        }
                        let noun_at =
                            k + 1 + usize::from(sent.w(k + 1) == ")" || sent.is_quote(k + 1));
                        if three(last)
                            && (w.ends_with(".000")
                                || w.len() - head.len() > 4
                                || crate::extract::quantities::counted_noun(sent, noun_at, false)
                                    .is_some())
                        {
                            let v = Decimal::parse(&w.replace('.', ""))?;
                            return Some((Part::Digits, signed(sent, k, first, v), 1, false));
                        }
                    }
                }
            }
            // 7771،7546: the Arabic comma separates two figures of a list (the Arabic decimal
            // separator is ٫), normalization folded it to `,`: no one number.
            if w.contains(',') && sent.surface(k, k + 1).contains('،') {
                return None;
            }
            let v = Decimal::parse(w)?;
            Some((Part::Digits, signed(sent, k, first, v), 1, false))
        }
        Kind::Word => {
            if !sent.has(k, NUMBER_WORD) {
                return None;
            }
            let w = sent.w(k);
            for (clitic, rest) in clitic_splits(w) {
                let and = clitic == "و";
                // Inside a number only و may be attached; the first word may carry any
                // proclitic (بخمسة، لثلاثة).
                if !first && !clitic.is_empty() && !and {
                    continue;
                }
                // لست، ولست: "I am not" (ليس), not ل + six.
                if rest == "ست" && clitic.ends_with('ل') {
                    continue;
                }
                if let Some(v) =
                    get(TEEN_HEADS, rest).or_else(|| get(UNITS, rest).filter(|&v| v < 10))
                {
                    if is_ten_word(sent.w(k + 1)) {
                        return Some((Part::Unit, Decimal::int(v + 10), 2, and));
                    }
                }
                if let Some(v) = get(UNITS, rest) {
                    return Some((Part::Unit, Decimal::int(v), 1, and));
                }
                if let Some(v) = get(TENS, rest) {
                    return Some((Part::Ten, Decimal::int(v), 1, and));
                }
                if let Some(v) = get(HUNDREDS, rest) {
                    return Some((Part::Hundred, Decimal::int(v), 1, and));
                }
                if get(SCALES, rest).is_some() {
                    return Some((Part::Scale, Decimal::ZERO, 1, and));
                }
            }
            None
        }
        Kind::Punct => None,
    }
}

/// `v` negated when a minus sign stands by the first digits of a number (see `digits`).
fn signed(sent: &Sent, k: usize, first: bool, v: Decimal) -> Decimal {
    if first && digits::negative(sent, k) {
        Decimal { m: -v.m, ..v }
    } else {
        v
    }
}

/// Find ordinals and cardinals; mark their tokens used; append the cardinals to `nums`.
pub(crate) fn extract(sent: &Sent, used: &mut [bool], nums: &mut Vec<Num>, out: &mut Out) {
    let mut i = 0;
    while i < sent.len() {
        // Ordinals start with an ordinal word, cardinals with digits or a number word; a
        // score may start with a dual goal noun (بهدفين لهدف).
        if used[i] || !sent.any(i, NUM | NUMBER_WORD | ORDINAL | DUAL) {
            i += 1;
            continue;
        }
        if let Some(next) = extra::score(sent, i, used, out) {
            i = next;
            continue;
        }
        // الخمسة وعشرين: a definite unit (a `DUAL` word) may start a compound.
        let compound = || sent.has(i, DUAL) && extra::definite_compound(sent, i, used).is_some();
        if !(sent.any(i, NUM | NUMBER_WORD | ORDINAL) || compound()) {
            i += 1;
            continue;
        }
        if let Some(next) = extra::fraction(sent, i, used, out) {
            i = next;
            continue;
        }
        if let Some((v, width)) = ordinal_at(sent, i) {
            // لا ثالث لهما ("there is no third"): an idiom, not a rank.
            let next = sent.w(i + width);
            if (i >= 1 && sent.w(i - 1) == "لا" && next.starts_with("له"))
                || label::not_a_rank(sent, i, width)
            {
                used[i..i + width].fill(true);
                i += width;
                continue;
            }
            // كنت في العاشرة من عمري, طفلة في الخامسة من العمر: an age, not a rank.
            if let Some(to) = label::ordinal_age(sent, i, width) {
                let value = out.text(|s| Decimal::int(i128::from(v)).write_plain(s, false));
                let english = out.text(|e| {
                    Decimal::int(i128::from(v)).write_plain(e, false);
                    e.push_str(" years old");
                });
                out.push(
                    FactKind::Age,
                    i,
                    to,
                    value,
                    english,
                    "age.ordinal",
                    Detail::None,
                );
                used[i..to].fill(true);
                i = to;
                continue;
            }
            let value = out.text(|s| Decimal::int(i128::from(v)).write_plain(s, false));
            // With the noun it ranks (المرحلة الثانية: "second stage"), the span takes it.
            let head = ordinal::head_at(sent, i, width);
            // Coordinated ranks share the head of the first (المجموعة الثالثة والخامسة).
            let noun = head
                .map(|(_, e)| e)
                .or_else(|| ordinal::shared_head(sent, i));
            // Compound ranks (الحادي والعشرين, السادسة والستين) have no word in the table.
            let english = match noun {
                None if (v as usize) < ORDINAL_EN.len() => Text::from(ordinal_english(v)),
                _ => out.text(|e| {
                    if (v as usize) < ORDINAL_EN.len() {
                        e.push_str(ordinal_english(v));
                    } else {
                        write_rank(i128::from(v), e);
                    }
                    if let Some(noun) = noun {
                        e.push(' ');
                        e.push_str(noun);
                    }
                }),
            };
            let (from, to) = match head {
                Some((h, _)) => (i.min(h), (i + width).max(h + 1)),
                None => (i, i + width),
            };
            out.push(
                FactKind::Ordinal,
                from,
                to,
                value,
                english,
                "ordinal.word",
                Detail::None,
            );
            used[i..i + width].fill(true);
            i += width;
            continue;
        }
        if let Some(n) = cardinal_at(sent, i, used) {
            // واحد من كل خمسة، شخص من كل 10: one ratio, no counts.
            let ratio = ratio::from_numerator(sent, &n, used, out);
            if let Some(next) = ratio.or_else(|| ratio::from_noun(sent, &n, used, out)) {
                i = next;
                continue;
            }
            // An identifier (الرقم 1909، بالرمز 160): no figure, no count.
            if n.to == n.from + 1
                && sent.kind(n.from) == Some(Kind::Num)
                && sent.w(n.from).bytes().all(|b| b.is_ascii_digit())
                && id_before(sent, n.from)
            {
                used[n.from..n.to].fill(true);
                i = n.to;
                continue;
            }
            // A list item's number, a model's or an index's name, the first day of a range of
            // days: no figure, no count.
            if label::list_item(sent, &n)
                || label::before_christ(sent, &n)
                || label::era_year(sent, &n)
                || label::bracketed_year(sent, &n)
                || label::dashed_item(sent, &n)
                || label::day_month_before(sent, &n, used)
                || label::dual_echo(sent, &n)
                || label::restated_in_words(sent, &n, used)
                || label::hashtag(sent, &n)
                || label::after_colon(sent, &n)
                || label::first_day(sent, &n, used)
                || label::owners(sent, &n)
                || label::title(sent, &n)
                || label::after_number_cue(sent, &n)
                || (label::model(sent, n.from)
                    && !crate::extract::quantities::shape::counts_named(sent, &n))
            {
                used[n.from..n.to].fill(true);
                i = n.to;
                continue;
            }
            // الجامبوري العالمي الـ23: a rank, the 23rd.
            if n.to == n.from + 1 && (label::rank(sent, n.from) || label::running(sent, n.from)) {
                if let Some(v) = n.value.and_then(|v| v.as_int()) {
                    let value = out.text(|s| n.write_value(s));
                    let head = ordinal::rank_head(sent, n.from);
                    let english = out.text(|e| {
                        write_rank(v, e);
                        if let Some((_, noun)) = head {
                            e.push(' ');
                            e.push_str(noun);
                        }
                    });
                    out.push(
                        FactKind::Ordinal,
                        head.map_or(n.from, |(h, _)| h),
                        n.to,
                        value,
                        english,
                        "ordinal.rank",
                        Detail::None,
                    );
                    used[n.from..n.to].fill(true);
                    i = n.to;
                    continue;
                }
            }
            let rule = match (n.approx, sent.kind(n.from)) {
                (Some(_), _) => "number.approximate",
                (None, Some(Kind::Num)) if n.to - n.from == 1 => "number.digits",
                (None, Some(Kind::Num)) => "number.digits-scale",
                _ => "number.words",
            };
            // A lone "one" word (دفعة واحدة، كل واحد، أحد زعماء) is an adjective or a
            // pronoun, not a figure a reader wants: no fact, but still a count for the
            // quantity rules (طفل واحد).
            if rule == "number.words" && n.to == n.from + 1 && n.is(1) {
                used[n.from..n.to].fill(true);
                nums.push(n);
                i = n.to;
                continue;
            }
            let value = out.text(|s| n.write_value(s));
            // An approximate plural alone (فر المئات، وملايين تتبخر) counts nothing named: "hundreds";
            // the quantity rules add the "of" before a noun.
            // AP style: 1,000 and more take a comma, but a bare 1000-2100 may be a year and a
            // number after رقم (القرار رقم 2216, resolution No. 2216) names an item: as written.
            let english = match n.value {
                Some(v) if n.from > 0 && NUMBER_CUES.contains(&sent.w(n.from - 1)) => {
                    out.text(|s| v.write_plain(s, false))
                }
                Some(v) => out.text(|s| v.write_bare(s)),
                None => out.text(|s| n.write_english(s)),
            };
            out.push(
                FactKind::Number,
                n.from,
                n.to,
                value,
                english,
                rule,
                match n.approx {
                    Some(a) => Detail::Approximate(a),
                    None => Detail::None,
                },
            );
            used[n.from..n.to].fill(true);
            nums.push(n);
            i = n.to;
            continue;
        }
        i += 1;
    }
    if nums.len() >= 2 {
        extra::ranges(sent, nums, out);
    }
}

/// The value of a cardinal with the article (الأربع → 4, الخمسين → 50), if `w` is one.
pub(crate) fn definite_cardinal(w: &str) -> Option<i128> {
    get(DEFINITE, w)
}

/// The cardinals with the article (see [`definite_cardinal`]).
pub(crate) fn definite_words(out: &mut Vec<&'static str>) {
    out.extend(DEFINITE.iter().chain(DEFINITE_TEEN_HEADS).map(|r| r.0));
}

/// Mobile operators, whose names stand next to SMS short codes (88548 الاتصالات، Stc 635031).
const OPERATORS: &[&str] = &["الاتصالات", "موبايلي", "زين", "stc", "mobily", "zain", "سوا"];
/// Words of messaging a short code follows (أرسل رسالة نصية إلى 88548).
const MESSAGE_CUES: &[&str] = &[
    "sms",
    "رساله",
    "نصيه",
    "برساله",
    "الرساله",
    "واتساب",
    "فاكس",
    "تحويله",
];

/// Is the digit run at `i` a code, not a figure: a run of three or more digits that starts
/// with 0 (a phone number: 0501234567, 800), or one of four or more digits next to a mobile
/// operator's name or up to six words after a word of messaging ([`MESSAGE_CUES`])?
fn code_like(sent: &Sent, i: usize) -> bool {
    let w = sent.w(i);
    if w.len() >= 3 && w.starts_with('0') {
        return true;
    }
    // Exynos 7420، Galaxy Note 5، Windows 10: a model or version after a Latin name.
    if i >= 1 && label::latin_name(sent.w(i - 1)) {
        return true;
    }
    if w.len() < 4 {
        return false;
    }
    let operator = |k: usize| {
        let x = sent.w(k);
        OPERATORS.iter().any(|o| x.eq_ignore_ascii_case(o))
    };
    // 88591 - Stc: a dash between.
    let dash = |k: usize| matches!(sent.w(k), "-" | "–");
    if operator(i + 1)
        || (dash(i + 1) && operator(i + 2))
        || (i >= 1 && operator(i - 1))
        || (i >= 2 && dash(i - 1) && operator(i - 2))
    {
        return true;
    }

    // مركز الاتصال بخدمة العملاء (19911): a line to call, in brackets after a word of
    // calling within four words.
    if i >= 1
        && sent.w(i - 1) == "("
        && (i.saturating_sub(5)..i - 1)
            .any(|k| clitic_splits(sent.w(k)).any(|(_, r)| CALL_CUES.contains(&r)))
    {
        return true;
    }
    (i.saturating_sub(6)..i).any(|k| {
        let x = sent.w(k);
        let x = x.strip_prefix("ال").unwrap_or(x);
        MESSAGE_CUES.iter().any(|c| x.eq_ignore_ascii_case(c))
    })
}

/// Words of calling a phone line in brackets follows (see `code_like`).
const CALL_CUES: &[&str] = &["الاتصال", "اتصال", "الهاتف", "هاتف", "الجوال", "جوال"];

/// Is the number at `i` an identifier: after an id cue, with `:` or `(` between, or a code
/// ([`code_like`])?
fn id_before(sent: &Sent, i: usize) -> bool {
    if code_like(sent, i) {
        return true;
    }
    // 1 - طريقة، 2) التوصيات: a list item's number at the start of a sentence.
    if i == 0 && sent.w(i).len() <= 2 && matches!(sent.w(i + 1), "-" | "–" | ")" | ".") {
        return true;
    }
    if label::label(sent, i) {
        return true;
    }
    let mut k = i;
    while k > 0 && matches!(sent.w(k - 1), ":" | "(") {
        k -= 1;
    }
    // الرقم الموحد: 920008554، الرقم المجاني 800: a phone line's adjective between.
    if k >= 2 && PHONE_ADJ.contains(&sent.w(k - 1)) && NUMBER_CUES.contains(&sent.w(k - 2)) {
        return true;
    }
    k > 0
        && (ID_CUES.contains(&sent.w(k - 1))
            // رقم 7 (a rank, a priority) and رقم 920003454 (a phone) are no figures; the
            // resolution numbers between are (القرار رقم 2216). The definite الرقم with no
            // noun before it is a line to call (على الرقم 1900), never a resolution.
            || (NUMBER_CUES.contains(&sent.w(k - 1))
                && (!(3..=4).contains(&sent.w(i).len())
                    || (matches!(sent.w(k - 1), "الرقم" | "بالرقم") && !label::counts_at(sent, i))))
            // رقم أولوية 7: رقم, the kind of number, then a short number (a priority, a rank).
            || (k >= 2
                && NUMBER_CUES.contains(&sent.w(k - 2))
                && sent.is_word(k - 1)
                && !sent.w(k - 1).starts_with("قياسي")
                && sent.w(i).len() <= 2)
            || label::citation(sent, i)
            || clitic_splits(sent.w(k - 1)).any(|(_, r)| label::REF_CUES.contains(&r)))
}

/// Words a fact may start with after a proclitic (see `Out::push`).
pub(super) fn heads(out: &mut Vec<&'static str>) {
    number_words(out);
    ordinal_words(out);
}

/// The words cardinals are made of (the `NUMBER_WORD` word class).
pub(super) fn number_words(out: &mut Vec<&'static str>) {
    out.extend(
        UNITS
            .iter()
            .chain(TEEN_HEADS)
            .chain(TENS)
            .chain(HUNDREDS)
            .map(|r| r.0),
    );
    out.extend(SCALES.iter().map(|r| r.0));
    out.extend(APPROX.iter().map(|r| r.0));
    extra::words(out);
}

/// Ordinals (the `ORDINAL` word class).
pub(super) fn ordinal_words(out: &mut Vec<&'static str>) {
    out.extend(ORDINALS.iter().map(|r| r.0));
}
