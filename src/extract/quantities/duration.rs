//! Durations' counts and English: the ISO 8601 value of a count of a time noun, "and a
//! half" after the unit, and the English of a count of a unit.
//!
//! **In:** a parsed cardinal and its time unit (from the unit table). **Out:** the value and
//! the English text, appended to a buffer.

use std::borrow::Cow;

use super::super::numbers::{unit_count, Amount, Decimal, Num};
use super::super::{get, Detail, FactKind, Out, Sent};
use super::tables::{TIME, TIME_DEFINITE};

/// The count and designator of an ISO 8601 duration, appended to `out`: `3` + `Y`. Decades
/// and centuries (`10Y`, `100Y` in the table) have no designator of their own and are
/// counted in years: 3 decades → `30Y`, 2.5 centuries → `250Y`. An approximate count
/// (`tens`) keeps the unit's size: `tens10Y`.
pub(super) fn write_duration_value(n: &Num, iso: &str, out: &mut String) {
    let (factor, designator) = match iso {
        "10Y" => (10, "Y"),
        "100Y" => (100, "Y"),
        other => (1, other),
    };
    match n.value {
        Some(v) if factor > 1 => {
            Amount::Exact(v.times(factor)).write_value(out);
            out.push_str(designator);
        }
        _ => {
            n.write_value(out);
            out.push_str(iso);
        }
    }
}

/// A duration's count and end with "and a half" after its unit (ونصف، ونصف الشهر): the
/// count plus 0.5; else as they are.
pub(super) fn and_a_half(sent: &Sent, n: &Num, to: usize, iso: &str) -> (Num, usize) {
    let half = match sent.w(to) {
        "ونصف" => to + 1,
        "و" if sent.w(to + 1) == "نصف" => to + 2,
        _ => return (*n, to),
    };
    let (Some(v), Some(h)) = (n.value, Decimal::parse("0.5")) else {
        return (*n, to);
    };
    // ونصف الشهر: the unit again, with the article.
    let same_unit = |w: &str| {
        w.strip_prefix("ال")
            .and_then(|r| get(TIME, r))
            .is_some_and(|(i, _, _)| i == iso)
    };
    let end = if same_unit(sent.w(half)) {
        half + 1
    } else {
        half
    };
    let mut m = *n;
    m.value = Some(v.plus(h));
    (m, end)
}

/// `1 year`, `3 years`, `2.5 million hours`: appended to `out`.
pub(super) fn write_duration_english(n: &Num, unit_en: &str, out: &mut String) {
    if n.is(1) {
        out.push_str("1 ");
        out.push_str(unit_en.trim_end_matches('s'));
    } else {
        n.write_english_of(out);
        out.push(' ');
        out.push_str(unit_en);
    }
}

/// A duration of two of the time noun `noun` at tokens `from..to`: `P2M`, "2 months"; a
/// decade or century counts its years (`P20Y`, "2 decades").
pub(super) fn push_two(from: usize, to: usize, noun: &str, rule: &'static str, out: &mut Out) {
    let Some((iso, unit, time)) = get(TIME, noun) else {
        return;
    };
    // خلال القرنين السابع والثامن عشر: the two centuries named by their ordinals (dates), not
    // a span of two hundred years.
    if iso == "100Y" && sent_ordinal(out.sent, to) {
        return;
    }
    // ساعة أو ساعتين، يوما أو يومين: one or two of the unit, one estimate (`PT1H-PT2H`);
    // its qualifier stands before the singular (نحو ساعة أو ساعتين).
    let one = one_before(out.sent, from, noun);
    let from = one.unwrap_or(from);
    // قبل أسبوعين تقريبًا: a qualifier after the dual; else أكثر من شهرين: one before it;
    // العقدين ونيف: "and some" after it, more than two.
    let (from, to, op, qual) = match super::qualifier_after(out.sent, to) {
        Some((end, op, qual)) => (from, end, op, qual),
        None if and_some(out.sent, to) => (from, to + 1, ">", "more than"),
        None => match super::qualifier_before(out.sent, from) {
            Some((start, op, qual)) => (start, to, op, qual),
            None => (from, to, "", ""),
        },
    };
    let digits = iso.trim_end_matches(|c: char| !c.is_ascii_digit());
    let letter = &iso[digits.len()..];
    let size = digits.parse::<u32>().unwrap_or(1);
    let count = size * 2;
    let designator = if time { "PT" } else { "P" };
    // ساعتين أو ثلاثًا، يومين أو ثلاثة: the dual and a second count of the same unit, one
    // estimate (`PT2H-PT3H`, "2-3 hours"), as a range written with the unit after both.
    let range = if one.is_some() {
        Some((to, 1))
    } else if op.is_empty() {
        or_count(out.sent, to)
    } else {
        None
    };
    let (to, value, english, qual) = match range {
        // One or two: the single first (`PT1H-PT2H`, "1-2 hours"), with the qualifier
        // before it kept.
        Some((end, 1)) => (
            end,
            format!("{op}{designator}{size}{letter}-{designator}{count}{letter}"),
            if qual.is_empty() {
                format!("1-2 {unit}")
            } else {
                format!("{qual} 1-2 {unit}")
            },
            qual,
        ),
        Some((end, m)) => (
            end,
            format!(
                "{designator}{count}{letter}-{designator}{}{letter}",
                m * size
            ),
            format!("2-{m} {unit}"),
            "",
        ),
        None => (
            to,
            format!("{op}{designator}{count}{letter}"),
            if qual.is_empty() {
                ["2 ", unit].concat()
            } else {
                [qual, " 2 ", unit].concat()
            },
            qual,
        ),
    };
    out.push(
        FactKind::Duration,
        from,
        to,
        value,
        english,
        rule,
        Detail::Quantity {
            count: Amount::Exact(Decimal::int(2)),
            unit: Cow::Borrowed(unit),
            qualifier: qual,
        },
    );
}

/// Is token `i` an ordinal word (السابع، الثامن، التاسع عشر)?
fn sent_ordinal(sent: &Sent, i: usize) -> bool {
    sent.is_word(i) && sent.has(i, crate::extract::ORDINAL)
}

/// A count word three to ten without its noun (ثلاثًا، ثلاثة، ثمانٍ، تسعا): the second count
/// of "two or three" after a dual. The words are the numbers table's units
/// ([`unit_count`]); the accusative's alif (ثلاثا، ثمانيا) is dropped to find them.
fn or_count_word(w: &str) -> Option<u32> {
    let n = unit_count(w).or_else(|| w.strip_suffix('ا').and_then(unit_count))?;
    u32::try_from(n).ok().filter(|n| (3..=10).contains(n))
}

/// The singular of the time noun `noun` and أو right before the dual at `from` (ساعة أو
/// ساعتين، يوما أو يومين، لساعة أو ساعتين): where the singular starts.
fn one_before(sent: &Sent, from: usize, noun: &str) -> Option<usize> {
    if from < 2 || sent.w(from - 1) != "او" || !sent.is_word(from - 2) {
        return None;
    }
    let single = |r: &str| r == noun || r.strip_suffix('ا') == Some(noun);
    super::clitic_splits(sent.w(from - 2))
        .any(|(_, r)| single(r))
        .then_some(from - 2)
}

/// ونيف (or و نيف) at token `to`, after a count: "and some", more than it.
fn and_some(sent: &Sent, to: usize) -> bool {
    sent.w(to) == "ونيف" && sent.is_word(to)
}

/// أو + a count word without a noun after the dual ending at `to`: `(end, count)`.
fn or_count(sent: &Sent, to: usize) -> Option<(usize, u32)> {
    if sent.w(to) != "او" || !sent.is_word(to + 1) {
        return None;
    }
    let m = or_count_word(sent.w(to + 1))?;
    // يومين أو ثلاثة أسابيع: the second count has a noun of its own, another unit.
    let noun_after = sent.is_word(to + 2) && get(TIME, sent.w(to + 2)).is_some();
    (!noun_after).then_some((to + 2, m))
}

/// سنتين ونصف، ساعتين ونصف: a duration of two and a half of the time noun `noun`, from the
/// dual at `from` through ونصف: `P2.5Y`, "2.5 years".
pub(super) fn push_two_and_a_half(from: usize, noun: &str, out: &mut Out) {
    let Some((iso, english, time)) = get(TIME, noun) else {
        return;
    };
    let (count, letter) = match iso {
        "10Y" => ("25", "Y"),
        "100Y" => ("250", "Y"),
        other => ("2.5", other),
    };
    let value = [if time { "PT" } else { "P" }, count, letter].concat();
    let Some(half) = Decimal::parse("2.5") else {
        return;
    };
    out.push(
        FactKind::Duration,
        from,
        from + 2,
        value,
        ["2.5 ", english].concat(),
        "duration.dual-and-a-half",
        Detail::Quantity {
            count: Amount::Exact(half),
            unit: Cow::Borrowed(english),
            qualifier: "",
        },
    );
}

/// A time noun before the number `n` (أسبوعاً واحداً، الساعات الأربع والعشرين، الأشهر الـ 18
/// الماضية with a detached article between): a duration fact; with the qualifier after the
/// number when `no_qualifier` says none stands before (شهر واحد على الأقل → `>=P1M`).
pub(super) fn push_noun_number(
    sent: &Sent,
    n: &Num,
    no_qualifier: bool,
    qual: &'static str,
    out: &mut Out,
) {
    let before = if n.from >= 2 && sent.w(n.from - 1) == "ال" {
        n.from - 1
    } else {
        n.from
    };
    if before >= 1 && n.value.is_some() {
        let w = sent.w(before - 1);
        let noun = get(TIME, w).map(|_| w).or_else(|| get(TIME_DEFINITE, w));
        // في يوم واحد "in a single day": one day as a moment, not a span (في عام واحد
        // may be "within one year": left a duration).
        let moment = n.is(1) && before >= 2 && sent.w(before - 2) == "في" && w == "يوم";
        // عام 632، سنة 251 ه: a bare singular year noun before digits names a year (a
        // duration counts its years after the number: 632 عاما), even where the date rules
        // leave it alone for want of an era.
        let year_label = matches!(w, "عام" | "سنه")
            && before == n.from
            && sent.w(n.from).bytes().all(|b| b.is_ascii_digit());
        if let Some((iso, unit_en, time)) = noun
            .and_then(|k| get(TIME, k))
            .filter(|_| !moment && !year_label)
        {
            // شهر واحد على الأقل، يوم واحد تقريبًا: a qualifier after the number
            // when there is none before the noun.
            let (to, op, qual) = match (no_qualifier, super::qualifier_after(sent, n.to)) {
                (true, Some(after)) => after,
                _ => (n.to, "", qual),
            };
            let value = out.text(|v| {
                v.push_str(op);
                v.push_str(if time { "PT" } else { "P" });
                n.write_value(v);
                v.push_str(iso);
            });
            let english = out.text(|e| {
                if !op.is_empty() {
                    e.push_str(qual);
                    e.push(' ');
                }
                write_duration_english(n, unit_en, e)
            });
            out.push(
                FactKind::Duration,
                before - 1,
                to,
                value,
                english,
                "duration.noun-number",
                Detail::Quantity {
                    count: n.amount(),
                    unit: Cow::Borrowed(unit_en),
                    qualifier: qual,
                },
            );
        }
    }
}

/// ساعة و47 دقيقة، ساعتين و15 دقيقة، 3 ساعات و20 دقيقة: minutes joined by و to the hours
/// before them are one duration, `PT1H47M`, "1 hour 47 minutes" (alone the minutes would
/// read as the whole span). `n` at `from..to` counts the minutes; the hours fact already
/// pushed for a counted ساعات is replaced. True when the fact is pushed.
pub(super) fn hours_and_minutes(out: &mut Out, n: &Num, from: usize, to: usize) -> bool {
    let sent = out.sent;
    let Some(minutes) = n
        .value
        .and_then(|v| v.as_int())
        .filter(|m| (1..60).contains(m))
    else {
        return false;
    };
    // و47: the conjunction a token of its own; وخمس: glued to the number word.
    let h_end = if from >= 2 && sent.w(from - 1) == "و" {
        from - 1
    } else if from >= 1 && sent.is_word(from) && sent.w(from).starts_with('و') {
        from
    } else {
        return false;
    };
    let noun = sent.span(h_end - 1, h_end);
    // 3 ساعات، 11 ساعة: the hours fact ends at the noun (with its qualifier: ~PT3H).
    let counted = out.facts.last().and_then(|f| {
        let counted =
            f.sentence == sent.index && f.kind == FactKind::Duration && f.span.end == noun.end;
        let (op, rest) = f.value.split_once("PT").filter(|_| counted)?;
        let hours = rest.strip_suffix('H')?.parse::<i128>().ok()?;
        let op = QUALIFIER_OPS.iter().find(|&&o| o == op)?;
        Some((f.span.start, *op, hours, f.english.to_string()))
    });
    let (start, op, hours, hours_en) = match (counted, sent.w(h_end - 1)) {
        (Some(c), "ساعات" | "ساعه") => {
            out.facts.pop();
            c
        }
        (None, "ساعه") => (noun.start, "", 1, "1 hour".to_string()),
        (None, "ساعتين" | "ساعتان") => (noun.start, "", 2, "2 hours".to_string()),
        _ => return false,
    };
    let value = format!("{op}PT{hours}H{minutes}M");
    let unit = if minutes == 1 { "minute" } else { "minutes" };
    let english = format!("{hours_en} {minutes} {unit}");
    let span = crate::Span::new(start, sent.span(from, to).end);
    out.push_span(
        FactKind::Duration,
        span,
        value,
        english,
        "duration.hours-minutes",
        Detail::Quantity {
            count: Amount::Exact(Decimal::int(hours * 60 + minutes)),
            unit: Cow::Borrowed("minutes"),
            qualifier: "",
        },
    );
    true
}

/// Is the dual at token `i` (ساعتين) the start of hours and minutes already pushed?
pub(super) fn joined_to_minutes(out: &Out, i: usize) -> bool {
    let start = out.sent.span(i, i + 1).start;
    out.sentence_facts(out.sent.index)
        .any(|f| f.rule == "duration.hours-minutes" && f.span.start == start)
}

/// The ops a qualifier writes before a value (`reading`).
const QUALIFIER_OPS: &[&str] = &["", "~", ">", ">=", "<", "<="];

/// The last pass over a sentence's durations (and ages), after every counting rule has run:
/// * a duration that a date overlaps is that date's year noun (2.0 سنة 1992، العدد 66 سنة
///   2015: the version or issue number before سنة YEAR), dropped;
/// * years of light (14 مليار سنة ضوئية) are a distance, dropped;
/// * pieces joined by و in falling units are one compound duration (سنتين وثلاثة أشهر وثمانية
///   أيام → `P2Y3M8D`, "2 years, 3 months and 8 days"; خمسة أيام و10 ساعات → `P5DT10H`);
/// * a bound the counting rules do not read before a plain duration: glued لاتزيد عن /
///   لايتجاوز, لم تتجاوز (at most), لأكثر من / لأقل من (more / less than), تصل إلى [السجن]
///   [لمدة] (up to);
/// * نيف و before the count (نيف وسبعون سنة): more than it, for a duration or an age.
///
/// Each fact looks at most four tokens before its start: linear in the sentence's facts.
pub(super) fn tidy(out: &mut Out) {
    let sent = out.sent;
    let first = out.facts.len() - out.sentence_facts(sent.index).count();
    let mut i = first;
    while i < out.facts.len() {
        let f = &out.facts[i];
        if f.kind != FactKind::Duration {
            i += 1;
            continue;
        }
        let span = f.span;
        let dated = out.facts[first..].iter().any(|d| {
            d.kind == FactKind::Date && d.span.start < span.end && span.start < d.span.end
        });
        let end_tok = sent.toks.partition_point(|t| t.orig().end <= span.end);
        if dated || sent.w(end_tok) == "ضوئيه" {
            out.facts.remove(i);
            continue;
        }
        i += 1;
    }
    compound(out, first);
    for i in first..out.facts.len() {
        let f = &out.facts[i];
        let plain = f
            .value
            .starts_with(|c: char| c == 'P' || c.is_ascii_digit());
        if !matches!(f.kind, FactKind::Duration | FactKind::Age) || !plain {
            continue;
        }
        let k = sent.toks.partition_point(|t| t.orig().end <= f.span.start);
        let bound = if f.kind == FactKind::Duration {
            bound_before(sent, k)
        } else {
            None
        };
        // نحو نصف ساعة، ما يقارب النصف ساعة، أكثر من عامين ونصف: the fractions' and the
        // halves' durations, whose rules read no qualifier, take the one before them.
        let qualified = || {
            (f.kind == FactKind::Duration)
                .then(|| super::qualifier_before(sent, k))
                .flatten()
        };
        let Some((start, op, qual)) = bound
            .or_else(|| and_some_before(sent, k))
            .or_else(qualified)
        else {
            continue;
        };
        // يصل بعضها إلى يومين فقط: as little as, not up to.
        let end = sent.toks.partition_point(|t| t.orig().end <= f.span.end);
        if qual == "up to" && sent.w(end) == "فقط" {
            continue;
        }
        let f = &mut out.facts[i];
        f.value = [op, &*f.value].concat().into();
        f.english = [qual, " ", &*f.english].concat().into();
        f.span.start = f.span.start.min(sent.span(start, start + 1).start);
        if let Detail::Quantity { qualifier, .. } = &mut f.detail {
            *qualifier = qual;
        }
    }
}

/// Verbs of "exceeds" after a glued or separate negation (لاتزيد عن، لا يتجاوز): "at most".
const EXCEEDS: &[&str] = &[
    "تزيد",
    "يزيد",
    "تتجاوز",
    "يتجاوز",
    "تتعدي",
    "يتعدي",
    "تتعدا",
    "يتعدا",
];

/// A bound the counting rules leave out, before the token `k` a duration starts at: `(first
/// token, op, English)`.
fn bound_before(sent: &Sent, k: usize) -> Option<(usize, &'static str, &'static str)> {
    let w = |j: usize| if j < k { sent.w(j) } else { "" };
    let exceeds = |v: &str| EXCEEDS.contains(&v);
    // لاتزيد عن ساعتين (glued), لا تتجاوز 30 يوما is read upstream; لم تتجاوز شهر واحد.
    if k >= 2 && matches!(w(k - 1), "عن" | "علي") && w(k - 2).strip_prefix("لا").is_some_and(exceeds)
    {
        return Some((k - 2, "<=", "at most"));
    }
    if k >= 2 && matches!(w(k - 2), "لم" | "ولم") && exceeds(w(k - 1)) {
        return Some((k - 2, "<=", "at most"));
    }
    // لأكثر من نصف ساعة: the comparative behind a proclitic.
    if k >= 2 && w(k - 1) == "من" {
        match w(k - 2) {
            "لاكثر" | "باكثر" => return Some((k - 2, ">", "more than")),
            "لاقل" | "باقل" => return Some((k - 2, "<", "less than")),
            _ => {}
        }
    }
    // تصل إلى السجن لمدة عشر سنوات: a penalty "up to" its length.
    let mut j = k;
    while j > 0 && k - j < 3 && matches!(w(j - 1), "السجن" | "الحبس" | "لمده" | "مده")
    {
        j -= 1;
    }
    // (تصل العقوبة إلى: one word, the subject, may stand between, or none.)
    let verb = super::reading::up_to_verb(sent, j, true, |_| true)?;
    Some((verb, "<=", "up to"))
}

/// نيف و (or نيف، و) before the count at token `k` (نيف وسبعون سنة، نيف، وأربعون سنة): "and
/// some", more than the count.
fn and_some_before(sent: &Sent, k: usize) -> Option<(usize, &'static str, &'static str)> {
    let glued = sent.is_word(k) && sent.w(k).starts_with('و');
    let mut j = if glued {
        k
    } else if k >= 1 && sent.w(k - 1) == "و" {
        k - 1
    } else {
        return None;
    };
    if j >= 1 && matches!(sent.w(j - 1), "،" | ",") {
        j -= 1;
    }
    (j >= 1 && sent.w(j - 1) == "نيف").then_some((j - 1, ">", "more than"))
}

/// A duration's unit rank (years 6 … seconds 0) and count, for a plain value (`P3M`,
/// `PT10H`): none for a qualifier, a range, a fraction or a vague count.
fn piece(value: &str) -> Option<(u8, &str)> {
    let rest = value.strip_prefix('P')?;
    let (time, rest) = match rest.strip_prefix('T') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let unit = rest.chars().last()?;
    let count = &rest[..rest.len() - unit.len_utf8()];
    if count.is_empty() || !count.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rank = match (time, unit) {
        (false, 'Y') => 6,
        (false, 'M') => 5,
        (false, 'W') => 4,
        (false, 'D') => 3,
        (true, 'H') => 2,
        (true, 'M') => 1,
        (true, 'S') => 0,
        _ => return None,
    };
    Some((rank, count))
}

/// Durations of the sentence (from `first` on) joined by و in falling units, one compound
/// fact each chain.
fn compound(out: &mut Out, first: usize) {
    let text = out.sent.text;
    let mut order: Vec<usize> = (first..out.facts.len())
        .filter(|&i| out.facts[i].kind == FactKind::Duration)
        .collect();
    if order.len() < 2 {
        return;
    }
    order.sort_by_key(|&i| out.facts[i].span.start);
    let joined = |a: &crate::extract::Fact, b: &crate::extract::Fact| {
        if a.span.end > b.span.start {
            return false;
        }
        let gap = text[a.span.end..b.span.start].trim();
        gap == "و" || (gap.is_empty() && text[b.span.start..].starts_with('و'))
    };
    let mut drop = Vec::new();
    let mut c = 0;
    while c < order.len() {
        let head = &out.facts[order[c]];
        let op_len = head.value.find('P').unwrap_or(0);
        let (op, head_value) = head.value.split_at(op_len);
        let Some(mut rank) = piece(head_value).map(|p| p.0) else {
            c += 1;
            continue;
        };
        let mut end = c + 1;
        while end < order.len() {
            let (prev, next) = (&out.facts[order[end - 1]], &out.facts[order[end]]);
            match piece(&next.value) {
                Some((r, _)) if r < rank && joined(prev, next) => rank = r,
                _ => break,
            }
            end += 1;
        }
        if end - c < 2 {
            c += 1;
            continue;
        }
        let mut value = String::from(op);
        value.push('P');
        let mut english = String::new();
        let mut in_time = false;
        for (n, &i) in order[c..end].iter().enumerate() {
            let f = &out.facts[i];
            let v = &f.value[if n == 0 { op_len } else { 0 }..];
            let (r, count) = piece(v).unwrap_or((0, ""));
            if r <= 2 && !in_time {
                value.push('T');
                in_time = true;
            }
            value.push_str(count);
            value.push(v.chars().last().unwrap_or('Y'));
            if n > 0 {
                english.push_str(if n + 1 == end - c { " and " } else { ", " });
            }
            english.push_str(&f.english);
        }
        let last_end = out.facts[order[end - 1]].span.end;
        let f = &mut out.facts[order[c]];
        f.value = value.into();
        f.english = english.into();
        f.span.end = last_end;
        f.rule = "duration.compound";
        f.detail = Detail::None;
        drop.extend_from_slice(&order[c + 1..end]);
        c = end;
    }
    drop.sort_unstable();
    for i in drop.into_iter().rev() {
        out.facts.remove(i);
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::{check, check_english};
    use super::super::super::FactKind::Duration;

    /// Session 21 (AQMAR Wikipedia held-out; sentences written for the test): a bare year
    /// noun before digits names a year, not a span of that many years.
    #[test]
    fn a_year_noun_before_digits_is_no_duration() {
        check(
            Duration,
            &[
                ("ولد الفيلسوف سنة 370 في بخارى.", &[]),
                ("سقطت المدينة عام 656 بعد حصار.", &[]),
                ("دام الحصار عاما واحدا.", &[("عاما واحدا", "P1Y")]),
                ("عاش في المدينة 370 سنة من الزمن.", &[("370 سنة", "P370Y")]),
            ],
            None,
        );
    }

    /// Session 19 (held-out seed 1821, sentences written for the test): a dual and a second
    /// count of its unit, one estimate.
    #[test]
    fn a_dual_or_a_second_count() {
        check(
            Duration,
            &[
                (
                    "تعود الكهرباء ساعتين أو ثلاثًا ثم تنقطع.",
                    &[("ساعتين أو ثلاثًا", "PT2H-PT3H")],
                ),
                (
                    "يستغرق الإصلاح يومين أو ثلاثة.",
                    &[("يومين أو ثلاثة", "P2D-P3D")],
                ),
                // Session 20: eight and nine, read from the numbers table.
                (
                    "ينقطع التيار ساعتين أو ثمانيًا كل يوم.",
                    &[("ساعتين أو ثمانيًا", "PT2H-PT8H")],
                ),
                ("يتأخر الرد يومين أو تسعة.", &[("يومين أو تسعة", "P2D-P9D")]),
                // A second unit of its own: the dual alone here.
                (
                    "يبقى يومين أو ثلاثة أسابيع.",
                    &[("يومين", "P2D"), ("ثلاثة أسابيع", "P3W")],
                ),
            ],
            None,
        );
        check_english(
            Duration,
            &[("تعود الكهرباء ساعتين أو ثلاثًا.", "2-3 hours")],
            None,
        );
    }

    /// Session 20 (held-out seed 1823, sentences written for the test): the singular and
    /// أو before the dual, one estimate of one or two; ونيف after the dual, more than two.
    #[test]
    fn one_or_two_and_and_some() {
        check(
            Duration,
            &[
                (
                    "وقعت الحادثة في نحو ساعة أو ساعتين قبل الغروب.",
                    &[("نحو ساعة أو ساعتين", "~PT1H-PT2H")],
                ),
                (
                    "يبقى المريض في المستشفى يوما أو يومين.",
                    &[("يوما أو يومين", "P1D-P2D")],
                ),
                ("تأجل القرار لعام أو عامين.", &[("عام أو عامين", "P1Y-P2Y")]),
                (
                    "تعاقب على الوزارة خلال العقدين ونيف الماضيين وزراء كثر.",
                    &[("العقدين ونيف", ">P20Y")],
                ),
                // Another unit before أو: the dual alone.
                ("انتظر أسبوعا أو يومين.", &[("يومين", "P2D")]),
            ],
            None,
        );
        check_english(
            Duration,
            &[
                ("استغرق الأمر ساعة أو ساعتين.", "1-2 hours"),
                ("خلال العقدين ونيف الماضيين.", "more than 2 decades"),
            ],
            None,
        );
    }

    /// Session 22 (the last pass, `tidy`; sentences written for the test, by the families of
    /// the s19-s22 held-out lines): compounds in falling units, bounds the counting rules
    /// miss, years of light, a version or issue number before سنة YEAR, two centuries named
    /// by ordinals, and نيف و.
    #[test]
    fn the_last_pass_over_durations() {
        check(
            Duration,
            &[
                (
                    "دام حكم الوالي سنتين وثلاثة أشهر وثمانية أيام.",
                    &[("سنتين وثلاثة أشهر وثمانية أيام", "P2Y3M8D")],
                ),
                (
                    "بقي المتهم موقوفا خمسة أيام و10 ساعات.",
                    &[("خمسة أيام و10 ساعات", "P5DT10H")],
                ),
                // Rising units or another word between: apart.
                (
                    "قضى ثلاثة أيام وخمسة أسابيع هناك.",
                    &[("ثلاثة أيام", "P3D"), ("خمسة أسابيع", "P5W")],
                ),
                (
                    "سجن ثلاث سنوات ثم عاش عشر سنوات حرا.",
                    &[("ثلاث سنوات", "P3Y"), ("عشر سنوات", "P10Y")],
                ),
                ("تبعد المجرة 200 مليون سنة ضوئية عن الأرض.", &[]),
                ("صدرت النسخة 3.1 سنة 1995 للحواسيب.", &[]),
                ("ازدهرت الفنون خلال القرنين الخامس والسادس عشر.", &[]),
                (
                    "يجب ألا تكون الرحلة لاتزيد عن ثلاث ساعات.",
                    &[("لاتزيد عن ثلاث ساعات", "<=PT3H")],
                ),
                (
                    "المدة المتبقية لم تتجاوز أسبوعا واحدا.",
                    &[("لم تتجاوز أسبوعا واحدا", "<=P1W")],
                ),
                (
                    "انقطع التيار لأكثر من ساعة ونصف.",
                    &[("لأكثر من ساعة ونصف", ">PT1.5H")],
                ),
                (
                    "يواجه عقوبة تصل إلى السجن خمس سنوات.",
                    &[("تصل إلى السجن خمس سنوات", "<=P5Y")],
                ),
                // فقط after it: as little as.
                ("مهل قصيرة يصل بعضها إلى يومين فقط.", &[("يومين", "P2D")]),
                (
                    "عاش في المنفى نيف وعشرين عاما.",
                    &[("نيف وعشرين عاما", ">P20Y")],
                ),
            ],
            None,
        );
        check_english(
            Duration,
            &[
                ("دام الحصار سنة وستة أشهر.", "1 year and 6 months"),
                (
                    "غاب عشر سنين وستة أشهر وتسعة عشر يوما.",
                    "10 years, 6 months and 19 days",
                ),
                ("تصل العقوبة إلى السجن لمدة سبع سنوات.", "up to 7 years"),
            ],
            None,
        );
    }
}
