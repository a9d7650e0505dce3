//! Casualties without a number: a trigger and a singular or dual noun (بمقتل ضابط → 1 officer
//! killed; وجرح جنديين → 2 soldiers wounded), one or two such groups joined by و in one fact
//! (بمقتل ضابط وجرح جنديين → `killed=1;injured=2`, "1 officer killed, 2 soldiers wounded");
//! and the group before its casualty word (table [`AFTER`], matched in `group_before`): شخص آخر مفقوداً → `missing=1`,
//! طفلين بين الضحايا → `dead=2`.
//!
//! **In:** a sentence, and where the counted rule's last fact ended. **Out:** `casualties`
//! facts. The noun must be in the singular table ([`super::SINGULAR`]) or a dual of the unit
//! table (`quantities::dual_noun`): an unknown word after a trigger is never a count.

use super::super::quantities::dual_noun;
use std::sync::OnceLock;

use super::{clitic_splits, trigger_at, Casualties, Detail, FactKind, Out, Sent, SINGULAR};
use crate::extract::numbers::{Amount, Decimal};
use crate::extract::FxMap;
use crate::extract::{DUAL, LEX};

/// `(end, count, english)` of the group at token `j`.
fn group(sent: &Sent, j: usize) -> Option<(usize, i128, &'static str)> {
    if !sent.is_word(j) {
        return None;
    }
    let w = sent.w(j);
    if let Some(&en) = singular().get(w) {
        // والدة (mother) and والده (his father) fold to one form: the written ة tells.
        let en = match (en, sent.surface(j, j + 1).ends_with('ة')) {
            ("mother", false) => "father",
            ("daughter", false) => "son",
            ("wife", false) => "husband",
            (en, _) => en,
        };
        return Some((j + 1, 1, en));
    }
    dual_noun(w).map(|en| (j + 1, 2, en))
}

/// The English verb of a trigger: جرح is "wounded", the others say what they are.
/// `what`, read in the sentence: injured is infected in a report on a disease.
fn infected(sent: &Sent, what: &'static str) -> &'static str {
    if what == "injured" && super::disease_context(sent) {
        "infected"
    } else {
        what
    }
}

fn verb(sent: &Sent, k: usize, what: &'static str) -> &'static str {
    if what == "injured" && clitic_splits(sent.w(k)).any(|(_, r)| r == "جرح") {
        "wounded"
    } else {
        what
    }
}

/// Casualty words after their group (see [`group_before`]): شخص آخر مفقوداً (the group right
/// before, or before آخر), طفلين بين الضحايا (the group before بين).
const AFTER: &[&str] = &[
    "قتيلا",
    "جريحا",
    "مصابا",
    "مفقودا",
    "الضحايا",
    "القتلي",
    "الجرحي",
    "المصابين",
];

/// The casualty words after their group (lexicon words, so the loop below sees them).
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(AFTER);
    super::unstated::words(out);
}

/// [`SINGULAR`] as a hash map: the loop below asks it at every lexicon word.
fn singular() -> &'static FxMap<&'static str, &'static str> {
    static S: OnceLock<FxMap<&'static str, &'static str>> = OnceLock::new();
    S.get_or_init(|| SINGULAR.iter().copied().collect())
}

/// A group before the casualty word at `k`: `(from, what, count, english)`.
fn group_before(sent: &Sent, k: usize) -> Option<(usize, &'static str, i128, &'static str)> {
    // One `match` on the word (by length first), not a scan: it runs at every lexicon word.
    let (what, between) = match sent.w(k) {
        "قتيلا" => ("killed", false),
        "جريحا" | "مصابا" => ("injured", false),
        "مفقودا" => ("missing", false),
        "الضحايا" => ("dead", true),
        "القتلي" => ("killed", true),
        "الجرحي" | "المصابين" => ("injured", true),
        _ => return None,
    };
    let mut j = k.checked_sub(1)?;
    if between {
        if sent.w(j) != "بين" {
            return None;
        }
        j = j.checked_sub(1)?;
    } else if matches!(sent.w(j), "اخر" | "اخري") {
        j = j.checked_sub(1)?;
    }
    let (end, count, en) = group(sent, j)?;
    (end == j + 1).then_some((j, what, count, en))
}

pub(super) fn extract(sent: &Sent, counted: &[(usize, usize)], out: &mut Out) {
    let toks = sent.toks;
    let mut k = 0;
    while k + 1 < toks.len() {
        // The counted statements' tokens are theirs; before, between and after them,
        // statements without a count (لقي شخصان مصرعهم وأصيب أربعة آخرون، ستة شهداء …
        // إضافة لشهيدين).
        let inside = || counted.iter().find(|&&(f, e)| f <= k && k < e);
        if let Some(&(_, end)) = (!counted.is_empty()).then(inside).flatten() {
            k = end;
            continue;
        }
        // Both rules need a lexicon word at `k` or `k + 1`. Without one, on to the pair that
        // ends at the next lexicon word (a tight scan: most words are none).
        if (toks[k].class | toks[k + 1].class) & LEX == 0 {
            match toks[k + 2..].iter().position(|t| t.class & LEX != 0) {
                Some(j) => k += j + 1,
                None => break,
            }
            continue;
        }
        // Statements without a count (لم يصب أحد، سقوط قتلى): see `unstated`.
        if sent.lex(k) {
            if let Some(end) = super::unstated::at(sent, k, out) {
                k = end;
                continue;
            }
        }
        // شخص آخر مفقوداً، طفلين بين الضحايا: the group first, the casualty word after.
        if sent.lex(k + 1) {
            if let Some((from, what, count, en)) = group_before(sent, k + 1) {
                if !counted.iter().any(|&(f, e)| from < e && f < k + 2) {
                    out.push(
                        FactKind::Casualties,
                        from,
                        k + 2,
                        format!("{what}={count}"),
                        format!("{count} {en} {what}"),
                        "casualties.uncounted",
                        Detail::Casualties(Box::new(Casualties {
                            what,
                            count: Amount::Exact(Decimal::int(count)),
                            qualifier: "",
                            approximate: None,
                            who: vec![(Amount::Exact(Decimal::int(count)), en.to_string())],
                        })),
                    );
                    k += 2;
                    continue;
                }
            }
        }
        // The group first, cheaply: a dual (a word class) or a short table; then the trigger.
        // ألقت القبض على شاب، القبض على شخصين: the group after على.
        let on = usize::from(sent.w(k).ends_with("القبض") && sent.w(k + 1) == "علي");
        // أمر النائب العام بالقبض على شخصين: an order, nobody arrested yet.
        if on == 1 && super::one::warrant_before(sent, k) {
            k += 1;
            continue;
        }
        let next = k + 1 + on;
        let maybe = sent.lex(k)
            && sent.is_word(next)
            && (sent.has(next, DUAL) || singular().contains_key(sent.w(next)));
        if !maybe {
            // قتل شرطيين تركيين، مقتل مدنيين: a trigger and a sound plural (or a dual written
            // the same) of the unit table: people hit, their count not given.
            if let Some(end) = plural_after(sent, k, out) {
                k = end;
                continue;
            }
            k += 1;
            continue;
        }
        let what = if on == 1 {
            Some("arrested")
        } else {
            trigger_at(sent, k)
        };
        let Some(what) = what else {
            k += 1;
            continue;
        };
        let Some((end, count, en)) = group(sent, next) else {
            k += 1;
            continue;
        };
        // ثبوت إصابة لاعب … بالفيروس: in a report on a disease, an infection (read once a
        // group is found: the test scans the sentence).
        let what = infected(sent, what);
        let mut groups = vec![(what, count, en, verb(sent, k, what))];
        let mut to = end;
        // وجرح جنديين: a second group.
        if sent.w(to).starts_with('و') {
            if let Some(what2) = trigger_at(sent, to).filter(|w| *w != what) {
                if let Some((end2, count2, en2)) = group(sent, to + 1) {
                    groups.push((what2, count2, en2, verb(sent, to, what2)));
                    to = end2;
                }
            }
        }
        let mut value = String::new();
        let mut english = String::new();
        for (g, &(what, count, en, verb)) in groups.iter().enumerate() {
            if g > 0 {
                value.push(';');
                english.push_str(", ");
            }
            value.push_str(what);
            value.push('=');
            value.push_str(&count.to_string());
            english.push_str(&count.to_string());
            english.push(' ');
            // A singular noun's English is singular, a dual's plural: both as the table says.
            english.push_str(en);
            english.push(' ');
            english.push_str(verb);
        }
        let total: i128 = groups.iter().map(|g| g.1).sum();
        out.push(
            FactKind::Casualties,
            k,
            to,
            value,
            english,
            "casualties.uncounted",
            Detail::Casualties(Box::new(Casualties {
                what: groups[0].0,
                count: Amount::Exact(Decimal::int(total)),
                qualifier: "",
                approximate: None,
                who: groups
                    .iter()
                    .map(|&(_, c, en, _)| (Amount::Exact(Decimal::int(c)), en.to_string()))
                    .collect(),
            })),
        );
        k = to;
    }
}

/// A trigger at `k` and a sound masculine plural of the unit table after it (ـين/ـون;
/// شرطيين is also the dual: the count stays `?`): push `what=?` ("police officers killed"),
/// return the end.
fn plural_after(sent: &Sent, k: usize, out: &mut Out) -> Option<usize> {
    let next = sent.w(k + 1);
    // Cheap tests first: most lexicon words have no such plural after them.
    if !sent.lex(k) || !(next.ends_with("ين") || next.ends_with("ون")) || next.starts_with("ال")
    {
        return None;
    }
    let what = trigger_at(sent, k)?;
    let (to, en) = crate::extract::quantities::counted_noun(sent, k + 1, false)?;
    let value = format!("{}=?", what.replace(' ', "_"));
    let english = format!("{en} {}", verb(sent, k, what));
    out.push(
        FactKind::Casualties,
        k,
        to,
        value,
        english,
        "casualties.uncounted",
        Detail::Casualties(Box::new(Casualties {
            what,
            count: Amount::Approx("?"),
            qualifier: "",
            approximate: Some("?"),
            who: Vec::new(),
        })),
    );
    Some(to)
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::{check, check_english};
    use super::super::super::FactKind::Casualties;

    #[test]
    fn casualties_without_a_number() {
        check(
            Casualties,
            &[
                (
                    "أعلن الجيش بمقتل ضابط وجرح جنديين في الهجوم.",
                    &[("مقتل ضابط وجرح جنديين", "killed=1;injured=2")],
                ),
                ("وأسفر القصف عن مقتل طفل.", &[("مقتل طفل", "killed=1")]),
                (
                    "تناقلت وسائل الإعلام وفاة والدة إحدى المتقدمات.",
                    &[("وفاة والدة", "dead=1")],
                ),
                ("أكد مقتل زعيم التنظيم.", &[]),
                (
                    "نجا اثنان فيما لا يزال شخص آخر مفقوداً في البحيرة.",
                    &[("شخص آخر مفقوداً", "missing=1")],
                ),
                (
                    "وأشارت الوزارة إلى وجود طفلين بين الضحايا.",
                    &[("طفلين بين الضحايا", "dead=2")],
                ),
                // Session 19: a toll of victims (not a group before الضحايا).
                (
                    "ارتفع عدد الضحايا إلى سبعة.",
                    &[("عدد الضحايا إلى سبعة", "dead=7")],
                ),
            ],
            None,
        );
        check_english(
            Casualties,
            &[
                (
                    "بمقتل ضابط وجرح جنديين",
                    "1 officer killed, 2 soldiers wounded",
                ),
                ("أعلن وفاة والدة الطالبة", "1 mother dead"),
                ("أعلن مقتل ابنه", "1 son killed"),
            ],
            None,
        );
        check(
            Casualties,
            &[(
                "أدى الانفجار إلى مقتل وإصابة ستة عسكريين.",
                &[("مقتل وإصابة ستة عسكريين", "killed_or_injured=6")],
            )],
            None,
        );
    }
}
