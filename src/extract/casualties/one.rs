//! Casualty statements of one or two people without a number: the dual of a casualty noun
//! (مصابان، قتيلين، شهيدان; مصابين only with اثنين after it, as it is also the plural),
//! one of a group after a trigger (مقتل أحد جنودها، إصابة أحد زملائه), a death or killing
//! of a named or titled person (وفاة الملك فهد، مقتل محمد، قتل هشام بركات، اغتيل محمد; two
//! with و + a second name), a killing at the hands of (قتل على يد، ليُقتل هو أيضًا على يد),
//! and a lone injury or death after a verb of causing (ونتج عنها إصابة وحالته مستقرة).
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

/// Words of a warrant, an order or a demand before an arrest (مذكرة اعتقال، أمر باعتقال،
/// طالبت باعتقال): nobody arrested yet.
const WARRANT: &[&str] = &[
    "مذكره",
    "مذكرات",
    "امر",
    "اوامر",
    "طلب",
    "طالب",
    "طالبت",
    "يطالب",
    "تطالب",
    "طالبوا",
    "دعا",
    "دعت",
    "يدعو",
    "تدعو",
    "قرار",
];

/// Is one of the three words before `k` a word of [`WARRANT`] (أمر النائب العام بالقبض على،
/// طالبت المنظمة باعتقال: the subject may come between)?
pub(super) fn warrant_before(sent: &Sent, k: usize) -> bool {
    (k.saturating_sub(3)..k).any(|i| clitic_splits(sent.w(i)).any(|(_, r)| WARRANT.contains(&r)))
}

/// Triggers that a titled or named person may follow (one death, or one arrest).
const DEATHS: &[&str] = &[
    "اعتقال",
    "توقيف",
    "وفاه",
    "مقتل",
    "توفي",
    "توفيت",
    "استشهاد",
    "اغتيال",
    "اغتيل",
    "اغتيلت",
];

/// The people a named toll counts, the name starting at `j`: two when و + a name word
/// follows within four tokens (قتل محمد العلي وأحمد الصالح), else one.
fn named_count(sent: &Sent, j: usize) -> i128 {
    for i in j + 1..j + 5 {
        if !sent.is_word(i) {
            return 1;
        }
        // ويب (Webb) is one name, not و + a two-letter name.
        if sent.w(i).starts_with('و') && sent.w(i).chars().count() > 3 && sent.any(i, NAME_START) {
            return 2;
        }
    }
    1
}

/// One fact of `count` killed or dead over tokens `from..to`.
fn push_named(out: &mut Out, from: usize, to: usize, what: &'static str, count: i128) -> usize {
    push(
        out,
        from,
        to,
        &[(what, exact(count))],
        format!("{count} {what}"),
    )
}

/// Verbs of wanting or threatening before قتل (يريد قتل الرئيس، هدد قتل): nobody killed.
const WANT: &[&str] = &[
    "يريد",
    "تريد",
    "اراد",
    "ارادت",
    "يحاول",
    "تحاول",
    "حاول",
    "حاولت",
    "يسعي",
    "تسعي",
    "يسعون",
    "هدد",
    "هددت",
    "يهدد",
    "تهدد",
    "يخطط",
    "تخطط",
    "ينوي",
    "تنوي",
];

/// Is قتل / قتلت / يقتل at `k` (any written form) passive by what follows: على يد / على أيدي, with at
/// most two of هو، هي، أيضا between (المهاجر قتل على يد القوات الفرنسية، ليُقتل هو أيضًا
/// على يد القوات)?
fn at_the_hands(sent: &Sent, k: usize) -> bool {
    let mut j = k + 1;
    while j < k + 3 && matches!(sent.w(j), "هو" | "هي" | "ايضا") {
        j += 1;
    }
    sent.w(j) == "علي" && matches!(sent.w(j + 1), "يد" | "ايدي")
}

/// A trigger at `k` (bare `bare_w`) and one person: أحد/إحدى + a noun, a title or a name.
pub(super) fn single(sent: &Sent, k: usize, bare_w: &str, out: &mut Out) -> Option<usize> {
    // محاولة اغتيال وزير: an attempt, nobody killed.
    if k >= 1 && clitic_splits(sent.w(k - 1)).any(|(_, r)| ATTEMPT.contains(&r)) {
        return None;
    }
    // مذكرة اعتقال الرئيس، طالبت باعتقاله، لاعتقال: a warrant, a demand or a purpose.
    if matches!(bare_w, "اعتقال" | "توقيف")
        && (sent.w(k).starts_with('ل') || warrant_before(sent, k))
    {
        return None;
    }
    // قتل هشام بركات المدعي العام (a name or a title right after the bare verb or noun: not
    // لقتل / بقتل, a purpose or a threat, nor after a verb of wanting); قتل / يقتل على يد
    // (killed at the hands of): one killed.
    if matches!(bare_w, "قتل" | "قتلت" | "يقتل") && !matches!(sent.w(k + 1), "احد" | "احدي")
    {
        let named = matches!(sent.w(k), "قتل" | "وقتل")
            && named_at(sent, k + 1)
            && !(k >= 1 && clitic_splits(sent.w(k - 1)).any(|(_, r)| WANT.contains(&r)))
            // الذي قتل علي بن أبي طالب: "who killed", the voice unread (a killer described).
            && !(k >= 1 && matches!(sent.w(k - 1), "الذي" | "التي" | "الذين" | "من"));
        if named {
            return Some(push_named(
                out,
                k,
                k + 1,
                "killed",
                named_count(sent, k + 1),
            ));
        }
        if !at_the_hands(sent, k) {
            return None;
        }
        return Some(push(
            out,
            k,
            k + 1,
            &[("killed", exact(1))],
            "1 killed".into(),
        ));
    }
    let next = sent.w(k + 1);
    let what = if matches!(next, "احد" | "احدي") {
        // أحد عشر is eleven (the counted rule's); أحد + a noun is one of a group.
        let noun = sent.is_word(k + 2)
            && !sent.has(k + 2, NUMBER_WORD)
            && !matches!(sent.w(k + 2), "عشر" | "عشره" | "من");
        noun.then(|| trigger_at(sent, k)).flatten()?
    } else if DEATHS.contains(&bare_w) && named_at(sent, k + 1) {
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
    // مقتل محمد وأحمد: two named people.
    let one_of = matches!(next, "احد" | "احدي");
    let count = if one_of { 1 } else { named_count(sent, k + 1) };
    Some(push_named(out, k, k + 2 + usize::from(one_of), what, count))
}

/// القبض على at `k` and a named or titled person after على (ألقت الشرطة القبض على محمد
/// العلي): one arrested (two with و + a second name); not after an order (أمر بالقبض على).
pub(super) fn arrest_on(sent: &Sent, k: usize, out: &mut Out) -> Option<usize> {
    if sent.w(k + 1) != "علي" || warrant_before(sent, k) {
        return None;
    }
    named_at(sent, k + 2).then(|| push_named(out, k, k + 3, "arrested", named_count(sent, k + 2)))
}

/// Does a named or titled person start at token `j` (a name or a role word), the one person a
/// death, killing or arrest without a number counts? Not a noun of the singular table (مقتل
/// مدني: `uncounted`'s, with its English) nor a dual (two, `uncounted`'s too).
fn named_at(sent: &Sent, j: usize) -> bool {
    sent.is_word(j)
        && sent.any(j, ROLE | NAME_START)
        && get(SINGULAR, sent.w(j)).is_none()
        && !sent.has(j, DUAL)
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
                // An arrest of a named or titled person, or of a noun's one or two after
                // القبض على (fact sets of the 600 dev news articles); not a warrant, an
                // order or a demand, the subject between or not.
                (
                    "وجاء ذلك بعد اعتقال جيفري ويب في زيوريخ.",
                    &[("اعتقال جيفري", "arrested=1")],
                ),
                (
                    "وألقت الشرطة القبض على محمد العلي وأحمد الصالح.",
                    &[("القبض على محمد", "arrested=2")],
                ),
                (
                    "وتمكنت الشرطة من القبض على شخصين.",
                    &[("القبض على شخصين", "arrested=2")],
                ),
                (
                    "وأعلنت الشرطة القبض على شاب في الرياض.",
                    &[("القبض على شاب", "arrested=1")],
                ),
                ("وأصدرت المحكمة مذكرة اعتقال الرئيس السابق.", &[]),
                ("وطالبت المنظمة باعتقال الرئيس.", &[]),
                ("وأمر النائب العام بالقبض على شخصين.", &[]),
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
