//! Counts without digits before their noun: a definite cardinal after a definite plural
//! (الدول الأربع, الأيام الثلاثة الماضية), an age in tens (الخمسين من عمره), vague durations
//! (عدة أشهر، بضعة أيام، أيام معدودة) and one unit of time after مدة (لمدة أسبوع).
//!
//! **In:** a sentence and a token of the `DUAL` word class (which holds these words besides
//! the dual nouns). **Out:** a `quantity`, `duration` or `age` fact, and where it ends.
//!
//! Shapes (rules):
//! * `quantity.definite`: ال + plural counted noun (or noun + definite genitive: شركات
//!   الطيران الثلاث) + ال + cardinal 3–10 or tens → `4`, "4 countries"; the noun must be in
//!   the unit table, so a word the table does not know gives no fact;
//! * `duration.definite`: the same with a time noun, and الماضية/المقبلة after it kept in the
//!   span: الأيام الثلاثة الماضية → `P3D`, العقود الثلاثة → `P30Y`;
//! * `age`: definite tens + من عمره/عمرها → `50`;
//! * `duration.vague`: عدة/بضعة + plural time noun, or the plural time noun + معدودة/قليلة →
//!   `PXD`, `PXM` (X: an unspecified count, as in ISO 8601-2), "several days"; not after
//!   قبل/بعد ("several months ago", "in a few weeks" are dates, not durations);
//! * `duration.one`: مدة/طوال/طيلة + a singular time noun → `P1W` (لمدة أسبوع), not when a
//!   number, a month, a weekday or another date word follows (لمدة شهر رمضان); also a verb
//!   of lasting or السجن + an accusative singular time noun (وتستمر شهرا، بالسجن عاماً).

use std::borrow::Cow;

use super::super::numbers::{definite_cardinal, Amount, Decimal};
use super::tables::TIME;
use super::{age, clitic_splits, get, noun_tables, Detail, FactKind, Out, Sent};
use crate::extract::{DATE_WORD, MONTH};

/// Words before a plural time noun that make an unspecified count.
const VAGUE_BEFORE: &[&str] = &["عده", "بضعه", "بضع"];
/// Words after a plural time noun that do.
const VAGUE_AFTER: &[&str] = &["معدوده", "قليله"];
/// Words before a singular time noun that make it a duration of one.
const SPAN: &[&str] = &["مده", "طوال", "طيله"];
/// Verbs of lasting and the sentence noun: an accusative time noun of one after them is a
/// duration of one (وتستمر شهرا، دامت يوما، بالسجن عاماً).
const LASTING: &[&str] = &[
    "استمر",
    "استمرت",
    "يستمر",
    "تستمر",
    "دام",
    "دامت",
    "يدوم",
    "تدوم",
    "السجن",
];
/// The accusative singular time nouns (tanwin alif; ساعة/سنة/دقيقة show none).
const ACCUSATIVE_ONE: &[&str] = &[
    "يوما",
    "اسبوعا",
    "شهرا",
    "عاما",
    "سنه",
    "ساعه",
    "دقيقه",
    "عقدا",
    "قرنا",
];
/// Plural time nouns (without the article): a definite cardinal after them is a duration.
const TIME_PLURALS: &[&str] = &[
    "ساعات",
    "دقائق",
    "ايام",
    "ليال",
    "اسابيع",
    "اشهر",
    "شهور",
    "اعوام",
    "سنوات",
    "سنين",
    "عقود",
    "قرون",
];
/// Relative words kept in a definite duration's span.
const RELATIVE: &[&str] = &[
    "الماضيه",
    "الماضي",
    "الماضيين",
    "المقبله",
    "المقبل",
    "القادمه",
    "الاخيره",
];

/// The words of these rules (in the `DUAL` word class).
pub(super) fn words(out: &mut Vec<&'static str>) {
    super::super::numbers::definite_words(out);
    out.extend(VAGUE_BEFORE);
    out.extend(VAGUE_AFTER);
    out.extend(SPAN);
    out.extend(LASTING);
}

/// The bare word: without proclitics when the rest is one of `table`.
pub(super) fn bare<'w>(w: &'w str, table: &[&str]) -> Option<&'w str> {
    clitic_splits(w).map(|(_, r)| r).find(|r| table.contains(r))
}

/// A time noun (plural or singular) with its ISO letter and English plural.
fn time_noun(w: &str) -> Option<(&'static str, &'static str, bool)> {
    get(TIME, w)
}

/// Try the rules at token `i`; push a fact and return its end.
pub(super) fn at(sent: &Sent, i: usize, out: &mut Out) -> Option<usize> {
    let w = sent.w(i);
    if w.starts_with("ال") {
        return definite(sent, i, definite_cardinal(w)?, out);
    }
    if let Some(v) = bare(w, VAGUE_BEFORE) {
        let _ = v;
        let (iso, en, time) = time_noun(sent.w(i + 1)).filter(|_| sent.is_word(i + 1))?;
        if ago_or_after(sent, i) {
            return None;
        }
        return vague(out, i, i + 2, iso, en, time);
    }
    if VAGUE_AFTER.contains(&w) && i >= 1 {
        let (iso, en, time) = time_noun(sent.w(i - 1)).filter(|_| sent.is_word(i - 1))?;
        if ago_or_after(sent, i - 1) {
            return None;
        }
        return vague(out, i - 1, i + 1, iso, en, time);
    }
    let span = bare(w, SPAN).is_some();
    let lasting = bare(w, LASTING);
    if span || lasting.is_some() {
        // وتستمر الدورة شهرا: a verb's definite subject may stand between.
        let subject = lasting.is_some_and(|v| v != "السجن")
            && sent.is_word(i + 1)
            && sent.w(i + 1).starts_with("ال");
        let j = if subject { i + 2 } else { i + 1 };
        let unit = sent.w(j);
        let (iso, en, time) = time_noun(unit).filter(|_| sent.is_word(j))?;
        // A singular noun: the table's plural forms (and, after مدة, its accusatives) are
        // not "one"; after a verb of lasting only the accusative is its object.
        let one = if span {
            matches!(
                unit,
                "يوم"
                    | "اسبوع"
                    | "شهر"
                    | "عام"
                    | "سنه"
                    | "ساعه"
                    | "دقيقه"
                    | "عقد"
                    | "قرن"
            )
        } else {
            ACCUSATIVE_ONE.contains(&unit)
        };
        if !one {
            return None;
        }
        // عاماً واحداً: the time noun before "one" is read there (`duration.noun-number`).
        let one_after = matches!(sent.w(j + 1), "واحد" | "واحدا" | "واحده");
        // مدة ساعة ونصف: one and a half, the fractions' rule (`duration.and-a-half`).
        let and_a_half =
            sent.w(j + 1) == "ونصف" || (sent.w(j + 1) == "و" && sent.w(j + 2) == "نصف");
        if sent.kind(j + 1) == Some(crate::extract::Kind::Num)
            || sent.any(j + 1, MONTH | DATE_WORD)
            || one_after
            || and_a_half
        {
            return None;
        }
        let (factor, designator) = scaled(iso);
        let value = format!("{}{factor}{designator}", if time { "PT" } else { "P" });
        let english = format!(
            "1 {}",
            en.trim_end_matches('s').replace("centurie", "century")
        );
        out.push(
            FactKind::Duration,
            j,
            j + 1,
            value,
            english,
            "duration.one",
            quantity(1, en),
        );
        return Some(j + 1);
    }
    None
}

/// قبل عدة أشهر، بعد أسابيع قليلة: a time before or after now, a date rather than a
/// duration (no fact).
fn ago_or_after(sent: &Sent, from: usize) -> bool {
    from >= 1 && clitic_splits(sent.w(from - 1)).any(|(_, r)| matches!(r, "قبل" | "بعد"))
}

/// Decades and centuries in years (`10Y` → 10, `Y`).
fn scaled(iso: &str) -> (i128, &str) {
    match iso {
        "10Y" => (10, "Y"),
        "100Y" => (100, "Y"),
        other => (1, other),
    }
}

fn quantity(n: i128, unit: &'static str) -> Detail {
    Detail::Quantity {
        count: Amount::Exact(Decimal::int(n)),
        unit: Cow::Borrowed(unit),
        qualifier: "",
    }
}

fn vague(
    out: &mut Out,
    from: usize,
    to: usize,
    iso: &str,
    en: &'static str,
    time: bool,
) -> Option<usize> {
    let (_, designator) = scaled(iso);
    // Decades and centuries keep their unit in the English; the value counts years.
    out.push(
        FactKind::Duration,
        from,
        to,
        format!("{}X{designator}", if time { "PT" } else { "P" }),
        format!("several {en}"),
        "duration.vague",
        Detail::Quantity {
            count: Amount::Approx("several"),
            unit: Cow::Borrowed(en),
            qualifier: "",
        },
    );
    Some(to)
}

/// A definite cardinal `n` at token `i`: after a definite counted noun, or an age.
fn definite(sent: &Sent, i: usize, n: i128, out: &mut Out) -> Option<usize> {
    // الخمسين من عمره: an age.
    if n >= 20 && sent.w(i + 1) == "من" && age::of_his_life(sent.w(i + 2)) {
        out.push(
            FactKind::Age,
            i,
            i + 3,
            n.to_string(),
            format!("{n} years old"),
            "age",
            quantity(n, "years"),
        );
        return Some(i + 3);
    }
    // الساعات الأربع والعشرين: a compound the number rules read.
    if i == 0 || !sent.is_word(i - 1) || sent.w(i + 1).starts_with("وال") {
        return None;
    }
    // The noun: the word before (الدول), or the one before a definite genitive (شركات
    // الطيران), without its proclitics and article.
    let noun_at = |k: usize| -> Option<&str> {
        clitic_splits(sent.w(k))
            .find_map(|(_, r)| r.strip_prefix("ال"))
            .filter(|r| r.len() >= 4)
    };
    let prev = noun_at(i - 1)?;
    // A plural time noun: a duration (الأيام الثلاثة الماضية، السنوات العشرين). After a
    // singular the tens are ordinals: القرن العشرين is the 20th century.
    if let Some((iso, en, time)) = time_noun(prev).filter(|_| TIME_PLURALS.contains(&prev)) {
        let mut to = i + 1;
        if RELATIVE.contains(&sent.w(to)) {
            to += 1;
        }
        let (factor, designator) = scaled(iso);
        out.push(
            FactKind::Duration,
            i - 1,
            to,
            format!(
                "{}{}{designator}",
                if time { "PT" } else { "P" },
                n * factor
            ),
            format!("{n} {en}"),
            "duration.definite",
            quantity(n, en),
        );
        return Some(to);
    }
    // Counted nouns with 3–10 only: الدورة العشرين is the 20th session.
    if n > 10 {
        return None;
    }
    let tables = noun_tables();
    let (from, en) = match tables.nouns.get(prev) {
        Some(&en) => (i - 1, en),
        None => {
            // شركات الطيران الثلاث: an indefinite plural before a definite genitive.
            let k = i.checked_sub(2).filter(|&k| sent.is_word(k))?;
            let w = sent.w(k);
            let en = clitic_splits(w).find_map(|(_, r)| tables.nouns.get(r).copied())?;
            (k, en)
        }
    };
    out.push(
        FactKind::Quantity,
        from,
        i + 1,
        n.to_string(),
        format!("{n} {en}"),
        "quantity.definite",
        quantity(n, en),
    );
    Some(i + 1)
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check;
    use super::super::super::FactKind;

    #[test]
    fn counts_without_digits_before_the_noun() {
        check(
            FactKind::Quantity,
            &[
                (
                    "جاءت الدول الأربع في المرتبة الرابعة.",
                    &[("الدول الأربع", "4")],
                ),
                (
                    "لا تجد تذاكر عبر شركات الطيران الثلاث سواء الأردنية أو غيرها.",
                    &[("شركات الطيران الثلاث", "3")],
                ),
                // Not in the unit table: no fact.
                ("ذكر الخصال الأربع في خطبته.", &[]),
                // Ordinals are not counts; the tens after a singular are ordinals.
                ("جاءت في المرتبة الرابعة.", &[]),
                ("انطلقت فعاليات الدورة العشرين للمهرجان.", &[]),
            ],
            None,
        );
        check(
            FactKind::Duration,
            &[
                (
                    "تضاعف عدد الزوار خلال الأيام الثلاثة الماضية.",
                    &[("الأيام الثلاثة الماضية", "P3D")],
                ),
                (
                    "تغير الاقتصاد في العقود الثلاثة الماضية.",
                    &[("العقود الثلاثة الماضية", "P30Y")],
                ),
                ("تظل المنازل أساسات لعدة أشهر.", &[("عدة أشهر", "PXM")]),
                ("شهد القرن العشرين حربين.", &[]),
                ("أيام معدودة وتنطلق الرحلات.", &[("أيام معدودة", "PXD")]),
                (
                    "وصل سعر الإقامة لمدة أسبوع إلى 5000 ريال.",
                    &[("أسبوع", "P1W")],
                ),
                ("وتستمر لمدة شهر.", &[("شهر", "P1M")]),
                // Several months ago is a date; a month named after مدة is not one unit.
                ("زار المدينة قبل عدة أشهر.", &[]),
                ("تنطلق المنافسات بعد أسابيع قليلة.", &[]),
                ("صام لمدة شهر رمضان.", &[]),
            ],
            None,
        );
        check(
            FactKind::Age,
            &[
                (
                    "رجل في بداية الخمسين من عمره يرحب بهم.",
                    &[("الخمسين من عمره", "50")],
                ),
                (
                    "ولدت الدجاجة وعمرها الآن ثلاثة أشهر بعيب خلقي.",
                    &[("ثلاثة أشهر", "P3M")],
                ),
            ],
            None,
        );
    }
}
