//! Who was hit in a counted casualty statement: the groups after the count, and a count with
//! its group before a plural verb.
//!
//! **In:** a sentence, the count (and the sentence's other cardinals). **Out:** where the
//! statement ends and its groups, each `(count, english)`.
//!
//! Groups: the counted noun after the count (the unit table's, else by its shape: مقتل تسعة
//! حوثيين); one more person joined by و (a singular of [`SINGULAR`]: وسائق باكستاني، وضابط
//! إيراني), also after the first group's من phrase (5 عناصر من حزب الله وضابط إيراني → 6);
//! and more counted groups joined by و (844 مدنيا و488 عسكريا → 1332), each a count and a
//! counted noun that is no casualty noun and no start of another statement (و5 جرحى، و3
//! آخرين أصيبوا stay apart).

use super::super::numbers::{Amount, Decimal, Num};
use super::super::quantities::{counted_noun, shape};
use super::{get, trigger_at, Sent, NOUNS, SINGULAR};
use crate::glossary::Category;

/// The لقي (`lqy`) of a plural مصرعهم / حتفهم at `k` with a subject of more than two
/// words between (لقي عدد من عناصر تنظيم " داعش " الإرهابي مصرعهم): read back at most ten
/// tokens, through words and quotation marks only.
pub(super) fn laqiya_before(sent: &Sent, k: usize, lqy: impl Fn(usize) -> bool) -> Option<usize> {
    let mut j = k;
    loop {
        if j == 0 || k - j >= 10 {
            return None;
        }
        j -= 1;
        if lqy(j) {
            return Some(j);
        }
        if !sent.is_word(j) && !matches!(sent.w(j), "\"" | "/" | "«" | "»") {
            return None;
        }
    }
}

/// Who was hit: each group's count and English.
pub(super) type Who = Vec<(Amount, String)>;

/// The counted noun at token `j` after the count `n` (after its من): `(end, english)`.
fn counted(sent: &Sent, n: &Num, j: usize) -> Option<(usize, String)> {
    if sent.w(j) == "من" {
        counted_noun(sent, j + 1, true).or_else(|| shape::counted_after_of(sent, j + 1))
    } else {
        counted_noun(sent, j, true).or_else(|| shape::counted(sent, n, j))
    }
}

/// Who was hit: `(end, [(count, english)])`.
pub(super) fn who(sent: &Sent, n: &Num) -> (usize, Who) {
    let mut groups = Vec::new();
    let Some((mut to, english)) = counted(sent, n, n.to) else {
        return (n.to, groups);
    };
    // A noun with no English (see `shape`): the count alone says it.
    if !english.is_empty() {
        groups.push((n.amount(), english));
    }
    // 5 عناصر من حزب الله وضابط إيراني: the first group's من phrase (a name of at most three
    // words) before the one more.
    let mut j = to;
    if sent.w(to) == "من" {
        j = (to + 2..=to + 4)
            .take_while(|&k| k < sent.len())
            .find(|&k| sent.w(k).starts_with('و') && one_more(sent, k).is_some())
            .filter(|&k| (to + 1..k).all(|i| sent.is_word(i) && !sent.w(i).starts_with('و')))
            .unwrap_or(to);
    }
    // وسائق باكستاني، وضابط إيراني: one more.
    if let Some((end, en)) = one_more(sent, j) {
        groups.push((Amount::Exact(Decimal::int(1)), en));
        to = end;
    }
    (to, groups)
}

/// One more person at `j`: و + a singular of [`SINGULAR`], with a nationality after it, or
/// before an end of phrase (not a definite word: وطالب الوزير is "and the minister asked").
fn one_more(sent: &Sent, j: usize) -> Option<(usize, String)> {
    let en = get(SINGULAR, sent.w(j).strip_prefix('و')?)?;
    if let Some(t) = sent
        .term_at(j + 1)
        .filter(|t| t.category == Category::Nationality)
    {
        return Some((t.to, format!("{} {en}", sent.entry(t).english)));
    }
    let next = sent.w(j + 1);
    let open = sent.is_word(j + 1) && (next.starts_with("ال") || trigger_at(sent, j + 1).is_some());
    (!open && en != "student").then(|| (j + 1, en.to_string()))
}

/// More counted groups joined by و after `to` (844 مدنيا و488 عسكريا): pushed onto `groups`
/// (when the first count is exact); the new end.
pub(super) fn counted_conjuncts(
    sent: &Sent,
    n: &Num,
    nums: &[Num],
    mut to: usize,
    groups: &mut Who,
) -> usize {
    if n.value.is_none() || groups.len() != 1 {
        return to;
    }
    loop {
        // و488 (the و its own token) or وخمسة (a number word with و).
        let next = nums.iter().find(|m| {
            (m.from == to + 1 && sent.w(to) == "و")
                || (m.from == to && sent.is_word(to) && sent.w(to).starts_with('و'))
        });
        let Some(m) = next.filter(|m| m.value.is_some()) else {
            return to;
        };
        let w = sent.w(m.to);
        if get(NOUNS, w).is_some() || trigger_at(sent, m.to).is_some() {
            return to;
        }
        let Some((end, english)) = counted(sent, m, m.to).filter(|(_, e)| !e.is_empty()) else {
            return to;
        };
        // و3 مدنيين أصيبوا: a statement of its own.
        if trigger_at(sent, end).is_some() || get(super::VERBS_AFTER, sent.w(end)).is_some() {
            return to;
        }
        groups.push((m.amount(), english));
        to = end;
    }
}

/// A count of people (a counted noun after it) and, within six tokens of a name or group
/// after them, a plural verb of [`super::VERBS_AFTER`]: `(end, what, who)`.
pub(super) fn verb_after(sent: &Sent, n: &Num) -> Option<(usize, &'static str, Who)> {
    // The verb first (a lexicon word, a bit test), then who: most numbers have no such verb.
    let verb = (n.to + 1..(n.to + 8).min(sent.len()))
        .take_while(|&k| sent.is_word(k) || matches!(sent.w(k), "/" | "\"" | "«" | "»"))
        .find_map(|k| {
            sent.lex(k)
                .then(|| get(super::VERBS_AFTER, sent.w(k)).map(|what| (k, what)))
                .flatten()
        });
    let (k, what) = verb?;
    let (to, who) = who(sent, n);
    (to > n.to && to <= k && k - to <= 6).then(|| (k + 1, what, who))
}
