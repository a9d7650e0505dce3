//! Quantities, percentages, money and durations: a number with its qualifier and what it
//! counts or measures.
//!
//! **In:** a tokenized sentence and its cardinals. **Out:** at most one of `percent`, `money`,
//! `duration`, `quantity` per cardinal, spanning qualifier + number + unit (the `number` fact
//! stays as well).
//!
//! Tables: qualifiers (أكثر من → `>` "more than", نحو/حوالي/قرابة/زهاء/ما يقارب → `~` "about",
//! ما لا يقل عن / على الأقل → `>=` "at least", ما يصل إلى (and تصل إلى after لمدة) → `<=` "up
//! to", أقل من → `<` "less than", فوق → `>` "over", تحت/دون سن → `<` "under"; a comparison
//! verb with its subject between (تقل أعمارهم عن، تتجاوز أعمارهم، ألا يقل عددهم عن; a verb of
//! exceeding, past too, before a noun of an amount: تجاوزت مديونياتها 50 مليون، لا يتجاوز
//! طوله 400 كيلومتر; before عن/على a subject of up to three words opening with one); with
//! none before the number, على الأقل / تقريبا / أو أكثر / فما فوق / وما دون / كحد أقصى after
//! the unit: see `reading`; a figure with no unit keeps its qualifier: حوالي 18,000 →
//! `number` `~18000`),
//! percent markers (%, في المئة/المائة, بالمئة/بالمائة), currencies with the adjectives that
//! make them certain (دولار → USD; جنيه مصري → EGP; جنيه alone → "pound", no ISO guess), units,
//! time nouns (عام/سنة/شهر/أسبوع/يوم/ساعة/دقيقة/عقد/قرن, with dual forms: عامين → P2Y,
//! عقدين → P20Y; definite duals with a relative adjective or after خلال/طوال/مدى: الشهرين
//! الماضيين → P2M; a duration of a fraction or a half takes the qualifier before it: نحو نصف
//! ساعة → `~PT30M`, أكثر من عامين ونصف → `>P2.5Y`; ساعة ونصف is one fact, `PT1.5H`), and
//! counted nouns with English renderings. A counted noun with no English (not in the table,
//! not a one-word glossary term) makes no quantity: the number fact stays, with its qualifier
//! (أكثر من 2750 توصيلة → `number` `>2750`; issue #18: no unit, a number); a definite word
//! after a number (2023 الماضي) is not a counted noun. Percentage points (4.5 نقطة مئوية)
//! are a quantity in "percentage points", not a percent (what a rate moved by).
//! A distance per hour is a speed and degrees in a report on an earthquake a magnitude
//! (`reading`). A range opened by بين / ما بين / من (or joined by إلى/حتى) with the unit
//! written once is one fact `A-B` (quantity, money or age; a duration `PA-PB`; `range`).

mod age;
#[cfg(test)]
mod bounds_tests;
mod counted;
mod definite;
mod dual_nouns;
mod duration;
#[cfg(test)]
mod fresh_news_tests;
#[cfg(test)]
mod joined_tests;
#[cfg(test)]
mod lists_rates_tests;
mod nouns;
mod range;
mod reading;
#[cfg(test)]
mod s27_tests;
#[cfg(test)]
mod s28_tests;
pub(crate) mod shape;
#[cfg(test)]
mod shared_bounds_tests;
pub(crate) mod singular;
mod tables;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod wiki_news_tests;

use std::borrow::Cow;
use std::sync::OnceLock;

use super::numbers::{Amount, Decimal, Num};
use super::{clitic_splits, get, lookup, Detail, FactKind, FxMap, FxSet, Out, Sent, DUAL};
use crate::glossary::Category;

pub(crate) use age::of_his_life;
use duration::{
    and_a_half, push_two, push_two_and_a_half, write_duration_english, write_duration_value,
};
pub(crate) use nouns::dual_noun;
use nouns::{participle_plural, sound_plural, DUAL_NOUNS, MORE_NOUNS};
pub(crate) use reading::is_latin_unit;
use reading::{latin_unit, wrapped};
pub(crate) use reading::{qualifier_after, qualifier_before, Qualifier};
use tables::{
    CURRENCIES, MEASURES, NOUNS, QUALIFIERS, RELATIVE_DUAL, SPAN_BEFORE_DUAL, STOP, TIME,
    TIME_DEFINITE, TIME_DUAL, TIME_DUAL_DEFINITE,
};

/// What follows a number.
enum After {
    Percent(usize),
    Money {
        to: usize,
        english: &'static str,
        unit: &'static str,
    },
    Duration {
        to: usize,
        iso: &'static str,
        english: &'static str,
        time: bool,
    },
    Measure {
        to: usize,
        english: &'static str,
    },
    Counted {
        to: usize,
        english: String,
    },
}

/// The counted noun phrase at token `j`: `(end, english)`; with an optional nationality
/// adjective after it (مهندسين صينيين → Chinese engineers).
pub(crate) fn counted_noun(sent: &Sent, j: usize, definite_ok: bool) -> Option<(usize, String)> {
    if !sent.is_word(j) {
        return None;
    }
    let w = sent.w(j);
    let tables = noun_tables();
    // القاب: ال of the noun's own (`OWN_AL`); خمس سكان is a fifth (خُمس), no count of سكان.
    let article = w.starts_with("ال") && !counted::OWN_AL.contains(&w);
    if tables.stop.contains(w) || ((article || w == "سكان") && !definite_ok) {
        return None;
    }
    // Two-word nouns first.
    let next = sent.w(j + 1);
    let two = tables.two_words.iter().find(|(k, _)| {
        k.len() == w.len() + 1 + next.len()
            && k.starts_with(w)
            && k[w.len()..].starts_with(' ')
            && k.ends_with(next)
    });
    if let Some((_, en)) = two.filter(|_| sent.is_word(j + 1)) {
        return Some((j + 2, en.to_string()));
    }
    // A nationality as the noun: 42 فلسطينياً → 42 Palestinians.
    if let Some(t) = sent
        .term_at(j)
        .filter(|t| t.category == Category::Nationality)
    {
        return Some((t.to, shape::nationality_plural(&sent.entry(t).english)));
    }
    // 200 إمام، not أمام: see `counted::imam`.
    if w == "امام" {
        return counted::imam(sent, j);
    }
    let noun = |w: &str| tables.nouns.get(w).copied();
    // 750 من الأطباء: a definite plural after من is counted too.
    let (en, end) = match noun(w)
        .or_else(|| noun(w.strip_suffix('ا').unwrap_or(w)))
        .or_else(|| counted::construct(sent, j, noun))
        .or_else(|| w.strip_prefix("ال").filter(|_| definite_ok).and_then(noun))
        .or_else(|| sound_plural(w))
        .or_else(|| {
            definite_ok
                .then(|| counted::with_pronoun(sent, j, noun))
                .flatten()
        }) {
        Some(en) => (en.to_string(), j + 1),
        // No unit, no quantity: a word that is not in the unit table (2016 عندما، 1967
        // واحتلال، 1701 لمجلس) leaves the number a number.
        None => return None,
    };
    if let Some(t) = sent
        .term_at(end)
        .filter(|t| t.category == Category::Nationality)
    {
        return Some((t.to, format!("{} {en}", sent.entry(t).english)));
    }
    Some((end, en))
}

/// Is `w` (as written, no proclitics stripped) a time noun of [`TIME`] (ساعة، أيام، أعوام)?
/// Is `w` (behind its proclitics: كأبي، وابن) a particle that a name follows: a kunya
/// (ابو، ابي، ابا، ام) or nasab (ابن، بن، بنت). After it an ين/ان word is a name (أبي حيّان،
/// ابن حيّان، أبو ثنين), not a dual.
fn is_name_particle(w: &str) -> bool {
    clitic_splits(w).any(|(_, r)| matches!(r, "ابو" | "ابي" | "ابا" | "ام" | "ابن" | "بن" | "بنت"))
}

pub(crate) fn is_time_noun(w: &str) -> bool {
    get(TIME, w).is_some()
}

/// [`NOUNS`] and [`STOP`] as hash tables, and the two-word nouns; and the unit tables asked
/// after every number ([`CURRENCIES`], [`TIME`], [`MEASURES`]) as hash tables, each word with
/// its first row, as a scan of the table finds it.
struct NounTables {
    nouns: FxMap<&'static str, &'static str>,
    stop: FxSet<&'static str>,
    two_words: Vec<(&'static str, &'static str)>,
    currencies: FxMap<&'static str, (&'static str, &'static str)>,
    time: FxMap<&'static str, (&'static str, &'static str, bool)>,
    measures: FxMap<&'static str, &'static str>,
}

/// A `(word, value)` table as a hash map, the first row of a word winning.
fn first_rows<T: Copy>(table: &[(&'static str, T)]) -> FxMap<&'static str, T> {
    let mut map = FxMap::default();
    for &(k, v) in table {
        map.entry(k).or_insert(v);
    }
    map
}

fn noun_tables() -> &'static NounTables {
    static T: OnceLock<NounTables> = OnceLock::new();
    T.get_or_init(|| {
        // The first row of a word wins, as in a scan of the table.
        let mut nouns = FxMap::default();
        for &(k, v) in NOUNS.iter().chain(MORE_NOUNS).chain(counted::COUNTED).rev() {
            nouns.insert(k, v);
        }
        NounTables {
            nouns,
            stop: STOP.iter().copied().collect(),
            two_words: NOUNS
                .iter()
                .chain(MORE_NOUNS)
                .copied()
                .filter(|(k, _)| k.contains(' '))
                .collect(),
            currencies: first_rows(CURRENCIES),
            time: first_rows(TIME),
            measures: first_rows(MEASURES),
        }
    })
}

fn after(sent: &Sent, n: &Num) -> Option<After> {
    // (171) مخالفة، “676,962” سيارة: a number in brackets or quotes, its noun after them.
    let j = if wrapped(sent, n) { n.to + 1 } else { n.to };
    let w = sent.w(j);
    if w == "%" || w == "٪" {
        return Some(After::Percent(j + 1));
    }
    // 0.6 في %: في المئة with the sign for the words (a typing slip of stock reports).
    if w == "في" && matches!(sent.w(j + 1), "المئه" | "المائه" | "%" | "٪") {
        return Some(After::Percent(j + 2));
    }
    // 90 بالمئةمن جسدها: من glued to the percent word (a typing slip).
    if matches!(w, "بالمئه" | "بالمائه" | "بالمئهمن" | "بالمائهمن") {
        return Some(After::Percent(j + 1));
    }
    if !sent.is_word(j) {
        return None;
    }
    let tables = noun_tables();
    if let Some((stem, (english, iso))) = tables.currencies.get_key_value(w).map(|(&k, &v)| (k, v))
    {
        return Some(reading::currency(sent, j, stem, english, iso));
    }
    // عشرات الملايين من الدولارات، مليارات الدولارات: an approximate sum of a currency.
    if n.approx.is_some() {
        let k = if w == "من" { j + 1 } else { j };
        let currency = sent
            .w(k)
            .strip_prefix("ال")
            .and_then(|r| tables.currencies.get(r));
        if let Some(&(english, iso)) = currency.filter(|_| sent.is_word(k)) {
            let unit = if iso.is_empty() {
                english.trim_end_matches('s')
            } else {
                iso
            };
            return Some(After::Money {
                to: k + 1,
                english,
                unit,
            });
        }
    }
    // مئات السنين، آلاف الأعوام: an approximate span of a definite plural time noun.
    if n.approx.is_some() {
        if let Some(&(iso, english, time)) = w.strip_prefix("ال").and_then(|r| tables.time.get(r))
        {
            if matches!(iso, "Y" | "10Y" | "100Y") {
                return Some(After::Duration {
                    to: j + 1,
                    iso,
                    english,
                    time,
                });
            }
        }
    }
    if n.value.is_some() {
        if let Some(&(iso, english, time)) = tables.time.get(w) {
            // لمونديال 2018 يوم السبت المقبل: يوم names the weekday after it, no count of days.
            if iso == "D" && super::dates::weekday_word(sent, j + 1).is_some() {
                return None;
            }
            // 1800 عقد: decades are counted in small numbers (ثلاثة عقود); past a dozen
            // عقد / عقود counts contracts.
            if iso == "10Y" && n.value.and_then(|v| v.as_int()).is_some_and(|c| c > 12) {
                return Some(After::Counted {
                    to: j + 1,
                    english: "contracts".to_string(),
                });
            }
            return Some(After::Duration {
                to: j + 1,
                iso,
                english,
                time,
            });
        }
    }
    if let Some((to, english)) = range::written_unit(sent, j) {
        return Some(After::Measure { to, english });
    }
    if w == "نقطه" && sent.w(j + 1) == "اساس" {
        return Some(After::Measure {
            to: j + 2,
            english: "basis points",
        });
    }
    // انخفض بواقع 4.5 نقطة مئوية: percentage points, a quantity (what the rate moved by), not
    // a percent: "4.5%" would read as a change of 4.5 per cent of the rate.
    if matches!(w, "نقطه" | "نقاط") && sent.w(j + 1) == "مئويه" {
        return Some(After::Measure {
            to: j + 2,
            english: "percentage points",
        });
    }
    if let Some(found) = reading::metric(sent, n, j) {
        return Some(found);
    }
    if let Some(&english) = tables.measures.get(w) {
        return Some(reading::measure(sent, j + 1, english));
    }
    if let Some(english) = latin_unit(w) {
        return Some(After::Measure { to: j + 1, english });
    }
    // 300 من رجال الشرطة; اثنين من جنوده. But "one" as a word never stands before what it
    // counts (طفل واحد): before من or a plural (واحدة من أسوأ الأزمات، أحد نجوم الفيلم) it
    // picks one out of a group and counts nothing.
    if n.to == n.from + 1 && sent.is_word(n.from) && n.is(1) {
        return None;
    }
    if w == "من" {
        let (to, english) =
            counted_noun(sent, j + 1, true).or_else(|| shape::counted_after_of(sent, j + 1))?;
        // An idafa: رجال الشرطة. الأطباء والتمريض: a second noun sharing the count.
        // Only after a definite plural: من رجال الشرطة وعناصر الأمن is an idafa's head.
        let definite = sent.w(j + 1).starts_with("ال");
        let joined = definite
            .then(|| shape::and_noun(sent, n, to, &english, true))
            .flatten();
        let (to, english) = joined.unwrap_or((to, english));
        return Some(After::Counted { to, english });
    }
    let (to, english) =
        counted_noun(sent, j, n.approx.is_some()).or_else(|| shape::counted(sent, n, j))?;
    // 25 امرأة وطفلا: a second noun sharing the count.
    let (to, english) = shape::and_noun(sent, n, to, &english, false).unwrap_or((to, english));
    Some(After::Counted { to, english })
}

/// `quals[k]`: the qualifier before `nums[k]` ([`qualifier_before`]).
pub(crate) fn extract(sent: &Sent, nums: &[Num], quals: &[Qualifier], out: &mut Out) {
    // The second number of a range read as one fact ends here.
    let mut skip_to = 0;
    for (k, (n, &q)) in nums.iter().zip(quals).enumerate() {
        if n.from < skip_to {
            continue;
        }
        let first = after(sent, n);
        let unit_after = first.is_some();
        // من أربع سنوات إلى سبع سنوات: a range with its unit written twice.
        if let Some(end) = first
            .as_ref()
            .and_then(|f| range::push_twice(sent, nums, k, f, out))
        {
            skip_to = end;
            continue;
        }
        // بين ثلاث إلى أربع ساعات: the first number of a range has the second's unit.
        let shared = if unit_after {
            None
        } else {
            range::shared(sent, nums, k)
        };
        // بين 41 و50 عامًا، من 100 إلى 250 مترًا: one fact for the range.
        if shared.is_some() {
            if let Some(end) = range::push(sent, nums, k, out) {
                skip_to = end;
                continue;
            }
        }
        // 15 و25 و50 ألف دولار: the scale and the unit of the list's last figure.
        let scaled = (!unit_after && shared.is_none())
            .then(|| range::scale_once(sent, nums, k))
            .flatten();
        if let Some(end) = scaled
            .as_ref()
            .and_then(|s| range::push_scaled(sent, nums, k, s.0, out))
        {
            skip_to = end;
            continue;
        }
        let scaled_num;
        let (n, scaled) = match scaled {
            Some((s, unit)) => {
                scaled_num = s;
                (&scaled_num, Some(unit))
            }
            None => (n, None),
        };
        let mut found = first.or(shared).or(scaled).or_else(|| range::list(sent, n));
        // 118381 حالة على الأقل، أسبوعين تقريبًا: the qualifier after the unit, when there is
        // none before the number.
        let q = match (q, found.as_mut()) {
            (None, Some(f)) => qualifier_after(sent, f.end()).map(|(to, op, en)| {
                f.set_end(to);
                (n.from, op, en)
            }),
            _ => q,
        };
        // 3 ملايين برميل يوميا، 60 دولارا للبرميل: a rate after the unit.
        let rate = found.as_mut().and_then(|f| reading::rate(sent, f));
        let (from, op, qual) = match q {
            Some((f, op, en)) => (f, op, en),
            // (171) مخالفة: the fact spans both brackets (or quotes).
            None if wrapped(sent, n) => (n.from - 1, "", ""),
            None => (n.from, "", ""),
        };
        let detail = |unit: Cow<'static, str>| Detail::Quantity {
            count: n.amount(),
            unit,
            qualifier: qual,
        };
        // The value starts with `op`, the English with the qualifier.
        let prefix = |e: &mut String| {
            if !qual.is_empty() {
                e.push_str(qual);
                e.push(' ');
            }
        };
        // A number and what it counts, a unit or a noun phrase: 72 كيلومتراً، 300 من رجال الشرطة.
        let quantity = |out: &mut Out, to: usize, unit: Cow<'static, str>, rule: &'static str| {
            let value = out.text(|v| {
                v.push_str(op);
                n.write_value(v);
                v.push_str(rate.map_or("", |r| r.0));
            });
            let english = out.text(|e| {
                prefix(e);
                // A counted noun without English: the plain number (see `shape`), and an
                // approximate one without an "of" (tens of millions). العشرات من جنوده: "tens
                // of its soldiers", one "of".
                if unit.is_empty() || unit.starts_with("of ") {
                    n.write_english(e);
                } else {
                    n.write_english_of(e);
                }
                if !unit.is_empty() {
                    e.push(' ');
                    // 1 متر: "1 meter", not "1 meters".
                    singular::push_noun(e, &unit, n.is(1));
                }
                if let Some((_, per)) = rate {
                    e.push(' ');
                    e.push_str(per);
                }
            });
            out.push(
                FactKind::Quantity,
                from,
                to,
                value,
                english,
                rule,
                detail(unit),
            );
        };
        // A number with % or a share word: 15%، 91.54 (a weighted share).
        let percent = |out: &mut Out, to: usize, rule: &'static str| {
            let value = out.text(|v| {
                v.push_str(op);
                n.write_value(v);
                v.push('%');
            });
            let english = out.text(|e| {
                prefix(e);
                n.write_english_of(e);
                e.push('%');
            });
            out.push(
                FactKind::Percent,
                from,
                to,
                value,
                english,
                rule,
                detail(Cow::Borrowed("%")),
            );
        };
        // An age without a years noun: في سن الـ33، بعمر 40 (to the number), في الخمسين من
        // عمره (over من and the life word).
        let age_to = if n.value.is_none() {
            None
        } else if age::age_noun_before(sent, n.from) && !unit_after {
            Some(n.to)
        } else if sent.w(n.to) == "من" && age::of_his_life(sent.w(n.to + 1)) {
            Some(n.to + 2)
        } else {
            None
        };
        if let Some(to) = age_to {
            let value = out.text(|v| {
                v.push_str(op);
                n.write_value(v);
            });
            let english = out.text(|e| {
                age::age_prefix(qual, e);
                n.write_english(e);
                e.push_str(" years old");
            });
            out.push(
                FactKind::Age,
                from,
                to,
                value,
                english,
                "age",
                detail(Cow::Borrowed("years")),
            );
            continue;
        }
        match found {
            Some(After::Percent(to)) => percent(out, to, "percent"),
            Some(After::Money {
                to,
                english: unit_en,
                unit,
            }) => {
                let value = out.text(|v| {
                    v.push_str(op);
                    n.write_value(v);
                    v.push(' ');
                    v.push_str(unit);
                    v.push_str(rate.map_or("", |r| r.0));
                });
                // $95, but "tens of millions of dollars".
                let symbol = n.value.is_some() && matches!(unit, "USD" | "EUR");
                let english = out.text(|e| {
                    prefix(e);
                    match unit {
                        "USD" if symbol => e.push('$'),
                        "EUR" if symbol => e.push('€'),
                        _ => {}
                    }
                    n.write_english_of(e);
                    if !symbol {
                        e.push(' ');
                        e.push_str(unit_en);
                    }
                    if let Some((_, per)) = rate {
                        e.push(' ');
                        e.push_str(per);
                    }
                });
                out.push(
                    FactKind::Money,
                    from,
                    to,
                    value,
                    english,
                    "money",
                    detail(Cow::Borrowed(unit)),
                );
            }
            // المنتخب (17 عاماً): a team's age class, no fact.
            Some(After::Duration { to, iso: "Y", .. }) if age::team_class(sent, from, to) => {}
            Some(After::Duration {
                to,
                iso,
                english: unit_en,
                time,
            }) if !time
                && ((iso == "Y"
                    && (age::is_age(sent, from, to) || age::is_age(sent, n.from, to)))
                    || (matches!(iso, "M" | "W" | "D") && age::cue_before(sent, from, true))) =>
            {
                // In years a plain number (56); younger, the ISO duration (وعمرها ثلاثة
                // أشهر → P3M, "3 months old").
                let years = iso == "Y";
                let value = out.text(|v| {
                    v.push_str(op);
                    if !years {
                        v.push('P');
                    }
                    n.write_value(v);
                    if !years {
                        v.push_str(iso);
                    }
                });
                let english = out.text(|e| {
                    age::age_prefix(qual, e);
                    n.write_english_of(e);
                    e.push(' ');
                    e.push_str(if years { "years" } else { unit_en });
                    e.push_str(" old");
                });
                out.push(
                    FactKind::Age,
                    from,
                    to,
                    value,
                    english,
                    "age",
                    detail(Cow::Borrowed("years")),
                );
            }
            // ساعة و47 دقيقة: the hours and the minutes, one duration.
            Some(After::Duration {
                to,
                iso: "M",
                time: true,
                ..
            }) if op.is_empty() && duration::hours_and_minutes(out, n, from, to) => {}
            Some(After::Duration {
                to,
                iso,
                english: unit_en,
                time,
            }) => {
                // خمسة أشهر ونصف، أربعة أشهر ونصف الشهر: and a half (P5.5M).
                let (n, to) = and_a_half(sent, n, to, iso);
                let n = &n;
                let value = out.text(|v| {
                    v.push_str(op);
                    v.push_str(if time { "PT" } else { "P" });
                    write_duration_value(n, iso, v);
                });
                let english = out.text(|e| {
                    prefix(e);
                    write_duration_english(n, unit_en, e);
                });
                out.push(
                    FactKind::Duration,
                    from,
                    to,
                    value,
                    english,
                    "duration",
                    detail(Cow::Borrowed(unit_en)),
                );
            }
            Some(After::Measure { to, english }) => {
                quantity(out, to, Cow::Borrowed(english), "quantity.measure")
            }
            // 14 إدارة، خمسة رقوق: a counted noun with no English (see `shape`) names no unit:
            // the number fact stays, qualified when a qualifier is before it (issue #18: no
            // unit, a number). With a rate (يومياً) it stays a quantity, the rate its unit.
            Some(After::Counted { english, .. }) if english.is_empty() && rate.is_none() => {
                if q.is_some() {
                    reading::qualify_number(sent, n, from, op, qual, out);
                }
            }
            Some(After::Counted { to, english }) => {
                quantity(out, to, Cow::Owned(english), "quantity.counted")
            }
            // ونسبتها الموزونة (91.54): a share without its % sign.
            None if reading::ratio_before(sent, n) => {
                // Both brackets when it is in them: (91.54).
                let to = if from < n.from { n.to + 1 } else { n.to };
                percent(out, to, "percent.ratio")
            }
            // بدقة dpi 300: a unit in Latin letters before the number.
            None if n.from >= 1 && latin_unit(sent.w(n.from - 1)).is_some() => {
                let english = latin_unit(sent.w(n.from - 1)).unwrap_or_default();
                let value = out.text(|v| n.write_value(v));
                let en = out.text(|e| {
                    n.write_english_of(e);
                    e.push(' ');
                    e.push_str(english);
                });
                out.push(
                    FactKind::Quantity,
                    n.from - 1,
                    n.to,
                    value,
                    en,
                    "quantity.measure",
                    detail(Cow::Borrowed(english)),
                );
            }
            // المتهمين الـ11: the definite plural before the number with the article.
            None if shape::push_plural_before(sent, n, out) => {}
            // حوالي 18,000، أقل من 1: a qualifier before a figure with no unit qualifies the
            // number fact.
            None if q.is_some() && reading::qualify_number(sent, n, from, op, qual, out) => {}
            // أسبوعاً واحداً، الساعات الأربع والعشرين: the time noun before the number.
            None => duration::push_noun_number(sent, n, q.is_none(), qual, out),
        }
    }
    // Dual time nouns: خلال يومين → P2D; dual counted nouns: جنديين → 2 soldiers.
    if sent.bits & DUAL == 0 {
        duration::tidy(out);
        return;
    }
    for i in 0..sent.len() {
        if !sent.has(i, DUAL) {
            continue;
        }
        if let Some(english) = dual_noun(sent.w(i)) {
            // ثلاثة سائحين: a plural counted by the number before it (see `sound_plural`);
            // وصل سائحين: a participle's plural (see `participle_plural`).
            // (`dual_noun` strips the proclitics itself, so every split is asked: ومقيمين
            // وزائرين, كسائحين.) أبي حيّان، ابن حيّان: a name after a kunya or nasab particle.
            let counted = nums.iter().any(|n| n.to == i);
            let participle = clitic_splits(sent.w(i)).any(|(_, r)| participle_plural(r));
            let named = i > 0 && is_name_particle(sent.w(i - 1));
            if counted || participle || named {
                continue;
            }
            out.push(
                FactKind::Quantity,
                i,
                i + 1,
                "2",
                ["2 ", english].concat(),
                "quantity.dual",
                Detail::Quantity {
                    count: Amount::Exact(Decimal::int(2)),
                    unit: Cow::Borrowed(english),
                    qualifier: "",
                },
            );
            continue;
        }
        if let Some((_, noun)) = lookup(TIME_DUAL, sent.w(i)) {
            // خلال عامين 2014 أو 2015: the two years named, not a span of two.
            // ساعتين و15 دقيقة: already one duration with its minutes.
            let joined = duration::joined_to_minutes(out, i);
            if sent.kind(i + 1) != Some(super::Kind::Num) && !joined {
                // سنتين ونصف: two and a half.
                if sent.w(i + 1) == "ونصف" {
                    push_two_and_a_half(i, noun, out);
                } else {
                    push_two(i, i + 1, noun, "duration.dual", out);
                }
            }
            continue;
        }
        // الشهرين الماضيين, خلال العامين: a definite dual with a relative adjective after
        // it, or a span word before it and no year after it (خلال العامين 2014 و2015).
        if let Some((_, noun)) = lookup(TIME_DUAL_DEFINITE, sent.w(i)) {
            let relative = i + 1 < sent.len() && RELATIVE_DUAL.contains(&sent.w(i + 1));
            let span = i > 0 && definite::bare(sent.w(i - 1), SPAN_BEFORE_DUAL).is_some();
            // Digits or punctuation after it: a year (خلال العامين 2014 و2015) or unsure.
            let not_word_after = i + 1 < sent.len() && !sent.is_word(i + 1);
            if relative || (span && !not_word_after) {
                let end = if relative { i + 2 } else { i + 1 };
                push_two(i, end, noun, "duration.definite-dual", out);
            }
            continue;
        }
        // The other words of the class: counts without digits before their noun.
        definite::at(sent, i, out);
    }
    duration::tidy(out);
}

/// Is the token at `j` a unit or a counted noun of the unit table: what a number before it
/// would count or measure (the year rules ask: في 2015 زائرا is no year)?
pub(crate) fn unit_at(sent: &Sent, j: usize) -> bool {
    measure_at(sent, j) || sent.is_word(j) && counted_noun(sent, j, false).is_some()
}

/// Is the token at `j` a percent sign, a currency, a time noun or a measure of the unit
/// table (a unit, not a counted noun)?
pub(crate) fn measure_at(sent: &Sent, j: usize) -> bool {
    let w = sent.w(j);
    if matches!(w, "%" | "٪") {
        return true;
    }
    if !sent.is_word(j) {
        return false;
    }
    let t = noun_tables();
    t.currencies.contains_key(w)
        || t.time.contains_key(w)
        || t.measures.contains_key(w)
        || latin_unit(w).is_some()
        || w == "كيلو"
}

/// Words a fact may start with after a proclitic (see `Out::push`).
pub(super) fn heads(out: &mut Vec<&'static str>) {
    out.extend(QUALIFIERS.iter().map(|r| r.0[0]));
    out.extend(TIME.iter().map(|r| r.0));
    dual_words(out);
}

/// Dual time nouns (the `DUAL` word class).
/// The class also holds the words of the counts without digits ([`definite`]): definite
/// cardinals, عدة/بضعة/معدودة, مدة.
pub(super) fn dual_words(out: &mut Vec<&'static str>) {
    out.extend(TIME_DUAL.iter().map(|r| r.0));
    out.extend(TIME_DUAL_DEFINITE.iter().map(|r| r.0));
    out.extend(DUAL_NOUNS.iter().map(|r| r.0));
    definite::words(out);
}
