//! Casualty statements of one or two people without a number: the dual of a casualty noun
//! (مصابان، قتيلين، شهيدان; مصابين only with اثنين after it, as it is also the plural),
//! one of a group after a trigger (مقتل أحد جنودها، إصابة أحد زملائه), a death or killing
//! of a named or titled person (وفاة الملك فهد، مقتل محمد), and a lone injury or death after
//! a verb of causing (ونتج عنها إصابة وحالته مستقرة).
//!
//! **In:** a sentence and a key word at token `k` (called from `unstated::at`). **Out:** one
//! `casualties` fact (rule `casualties.unstated`) and where it ends, or `None`.

use super::unstated::{exact, push};
use super::{clitic_splits, get, trigger_at, Out, Sent, SINGULAR};
use crate::extract::{Kind, DUAL, NUMBER_WORD};
use crate::tokens::class::{NAME_START, ROLE};

/// A dual casualty noun at `k` (bare `bare_w`): two killed or injured.
pub(super) fn dual(
    sent: &Sent,
    k: usize,
    bare_w: &str,
    what: &'static str,
    out: &mut Out,
) -> Option<usize> {
    // 8 مصابين: the counted rule's; المصابين: the ones a statement elsewhere counted.
    if k >= 1 && (sent.kind(k - 1) == Some(Kind::Num) || sent.has(k - 1, NUMBER_WORD)) {
        return None;
    }
    let echo = matches!(sent.w(k + 1), "اثنان" | "اثنين");
    if bare_w == "مصابين" && !echo {
        return None;
    }
    let to = k + 1 + usize::from(echo);
    Some(push(out, k, to, &[(what, exact(2))], format!("2 {what}")))
}

/// Words of an attempt or a plot before a trigger (محاولة اغتيال: nobody was killed).
const ATTEMPT: &[&str] = &["محاوله", "محاولات", "مخطط", "مؤامره", "خطه"];

/// Triggers that a titled or named person may follow (one death).
const DEATHS: &[&str] = &["وفاه", "مقتل", "توفي", "توفيت", "استشهاد", "اغتيال"];

/// A trigger at `k` (bare `bare_w`) and one person: أحد/إحدى + a noun, a title or a name.
pub(super) fn single(sent: &Sent, k: usize, bare_w: &str, out: &mut Out) -> Option<usize> {
    // محاولة اغتيال وزير: an attempt, nobody killed.
    if k >= 1 && clitic_splits(sent.w(k - 1)).any(|(_, r)| ATTEMPT.contains(&r)) {
        return None;
    }
    let next = sent.w(k + 1);
    let what = if matches!(next, "احد" | "احدي") {
        // أحد عشر is eleven (the counted rule's); أحد + a noun is one of a group.
        let noun = sent.is_word(k + 2)
            && !sent.has(k + 2, NUMBER_WORD)
            && !matches!(sent.w(k + 2), "عشر" | "عشره" | "من");
        noun.then(|| trigger_at(sent, k)).flatten()?
    } else if DEATHS.contains(&bare_w)
        && sent.is_word(k + 1)
        && sent.any(k + 1, ROLE | NAME_START)
        // مقتل مدني: a noun of the singular table is `uncounted`'s, with its English.
        && get(SINGULAR, next).is_none()
        && !sent.has(k + 1, DUAL)
    {
        trigger_at(sent, k)?
    } else if matches!(bare_w, "استشهد" | "استشهدوا") {
        // استشهد الجندي أحمد، الذين استشهدوا في التفجير: the verb alone (a count after it is
        // the counted rule's); one for the singular, not given for the plural.
        // أستشهد بما حدث، استشهد بقول الشاعر: "to cite" (the hamza is folded away).
        // استشهد الخطيب بقوله: the subject between.
        let cite_at = |j: usize| {
            matches!(
                sent.w(j),
                "بما"
                    | "بقول"
                    | "بقوله"
                    | "بالايه"
                    | "بايه"
                    | "بحديث"
                    | "بكلام"
                    | "بمقوله"
                    | "بمثال"
                    | "بها"
                    | "به"
            )
        };
        let cite = cite_at(k + 1) || (sent.is_word(k + 1) && cite_at(k + 2));
        if cite || sent.kind(k + 1) == Some(Kind::Num) || sent.has(k + 1, NUMBER_WORD) {
            return None;
        }
        return Some(if bare_w == "استشهد" {
            push(out, k, k + 1, &[("killed", exact(1))], "1 killed".into())
        } else {
            push(
                out,
                k,
                k + 1,
                &[("killed", super::unstated::UNKNOWN)],
                "killed, number not given".into(),
            )
        });
    } else if matches!(bare_w, "اصابه" | "وفاه") && lone(sent, k) {
        let what = trigger_at(sent, k)?;
        return Some(push(
            out,
            k,
            k + 1,
            &[(what, exact(1))],
            format!("1 {what}"),
        ));
    } else {
        return None;
    };
    Some(push(
        out,
        k,
        k + 2 + usize::from(matches!(next, "احد" | "احدي")),
        &[(what, exact(1))],
        format!("1 {what}"),
    ))
}

/// Is the noun at `k` alone (no construct, no count after it) after a verb of causing and
/// its pronoun: نتج عنه / عنها، أسفر عن، أدى إلى?
fn lone(sent: &Sent, k: usize) -> bool {
    let after = sent.w(k + 1);
    // ونتج عنه إصابة واستشهاد العديد: a second trigger makes it one statement of both.
    let alone = !sent.is_word(k + 1)
        || (after.starts_with('و')
            && after.chars().count() > 3
            && !sent.has(k + 1, NUMBER_WORD)
            && trigger_at(sent, k + 1).is_none());
    alone
        && k >= 2
        && matches!(
            (sent.w(k - 2), sent.w(k - 1)),
            (
                "نتج" | "ونتج" | "اسفر" | "واسفر" | "اسفرت" | "واسفرت",
                "عنه" | "عنها" | "عن"
            ) | ("ادي" | "وادي" | "ادت" | "وادت", "الي")
        )
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::{check, check_english};
    use super::super::super::FactKind::Casualties;

    /// Session 14 (held-out seed 1814, sentences written for the test).
    #[test]
    fn one_or_two_without_a_number() {
        check(
            Casualties,
            &[
                // A dual casualty noun, with the "two" that repeats it.
                (
                    "اندلع حريق ونتج عنه مصابان اثنان حالتهما مستقرة.",
                    &[("مصابان اثنان", "injured=2")],
                ),
                (
                    "وأسفر الحادث عن قتيلين وثلاثة جرحى.",
                    &[("قتيلين", "killed=2"), ("ثلاثة جرحى", "injured=3")],
                ),
                // مصابين alone is the plural too: no count.
                ("ونقل المصابين إلى المستشفى.", &[]),
                // One of a group; أحد عشر is eleven.
                (
                    "بعد مقتل أحد جنودها بنيران عبر الحدود.",
                    &[("مقتل أحد جنودها", "killed=1")],
                ),
                (
                    "أعلن الجيش مقتل أحد عشر جنديا.",
                    &[("مقتل أحد عشر جنديا", "killed=11")],
                ),
                // A death of a titled or named person; an attempt kills nobody.
                (
                    "وبعد وفاة الملك فهد تولى الحكم.",
                    &[("وفاة الملك", "dead=1")],
                ),
                ("كشف عن محاولة اغتيال الوزير السابق.", &[]),
                // A lone injury after a verb of causing; not before a second trigger.
                ("ونتج عنها إصابة وحالته مستقرة.", &[("إصابة", "injured=1")]),
                (
                    "ونتج عنه إصابة واستشهاد العديد من المصلين.",
                    &[("إصابة واستشهاد العديد من المصلين", "killed_or_injured=many")],
                ),
                // The verb of martyrdom alone.
                (
                    "وعزى في الذين استشهدوا خلال التفجير.",
                    &[("استشهدوا", "killed=?")],
                ),
                (
                    "واستشهد الجندي أول محمد في المواجهات.",
                    &[("استشهد", "killed=1")],
                ),
                ("ولعلي هنا أستشهد بما حدث في السجن.", &[]),
                (
                    "واستشهد ثلاثة جنود في القصف.",
                    &[("استشهد ثلاثة جنود", "killed=3")],
                ),
                // A vague count of a definite casualty plural.
                (
                    "وفي المدينة سقط عدد من القتلى والجرحى في المعارك.",
                    &[(
                        "سقط عدد من القتلى والجرحى",
                        "killed=several;injured=several",
                    )],
                ),
            ],
            None,
        );
        check_english(
            Casualties,
            &[("سقط عدد من القتلى والجرحى", "several killed and injured")],
            None,
        );
    }
}
