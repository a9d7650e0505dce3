//! What a casualty statement does not count: a hypothetical case, a saying quoted from
//! scripture, and the part of a toll given after it.
//!
//! **In:** a sentence and the facts pushed for it, the casualty facts from `first` on.
//! **Out:** the same facts less the ones these rules drop.
//!
//! * a condition before the statement (إذا أصيب أحد الأشخاص، عند الاشتباه في إصابة شخص، في
//!   حال وفاة): no one was hit;
//! * a quotation of scripture: after قال صلى الله عليه وسلم، قوله سبحانه، قال تعالى، رضي الله
//!   عنه, or before رواه مسلم (قتل رجل مسلم in a hadith is no event); a pious phrase alone
//!   (بإذن الله تعالى، رحمه الله) quotes nothing;
//! * the `number` of a part of a toll stated before it in the sentence (استشهاد 15 مصليا،
//!   خمسة منهم من رجال الأمن; اعتقل تسعة بينهم خمسة): a part, no figure of its own.

use super::{clitic_splits, FactKind, Out, Sent};

/// Words that make what follows a condition, not a report (إذا أصيب أحد الأشخاص، عند
/// الاشتباه في إصابة شخص، في حال وفاة): after proclitics; حال/حالة only after في.
const CONDITIONS: &[&str] = &["اذا", "لو", "الاشتباه", "اشتبه", "يشتبه"];

/// Drop the casualty facts from `first` on whose first token follows a condition word
/// ([`CONDITIONS`]) within three tokens: a hypothetical case counts no one.
pub(super) fn drop_conditional(sent: &Sent, first: usize, out: &mut Out) {
    let conditional = |start: usize| {
        let Some(i) = (0..sent.len()).find(|&i| sent.span(i, i + 1).end > start) else {
            return false;
        };
        (i.saturating_sub(3)..i).any(|k| {
            clitic_splits(sent.w(k)).any(|(_, r)| {
                CONDITIONS.contains(&r)
                    || (matches!(r, "حال" | "حاله") && k >= 1 && sent.w(k - 1) == "في")
            })
        })
    };
    let mut k = first;
    while k < out.facts.len() {
        let f = &out.facts[k];
        if f.kind == FactKind::Casualties && conditional(f.span.start) {
            out.facts.remove(k);
        } else {
            k += 1;
        }
    }
}

/// The hadith collectors after رواه (رواه مسلم، رواه الترمذي).
const COLLECTORS: &[&str] = &[
    "مسلم",
    "البخاري",
    "الترمذي",
    "النسائي",
    "احمد",
    "ابو",
    "ابن",
    "الطبراني",
    "البيهقي",
    "الحاكم",
];

/// Speech verbs that open a quotation of scripture (قال صلى الله عليه وسلم، قوله تعالى).
const SAYS: &[&str] = &["قال", "وقال", "قوله", "وقوله", "يقول", "ويقول"];

/// Where the sentence quotes scripture, in its tokens: the quotation after a speech verb with
/// the Prophet's eulogy (قال صلى الله عليه وسلم، صلى الله عليه وسلم قال), God's (قال تعالى،
/// قوله سبحانه) or a companion's (عن ابن عباس رضي الله عنهما), from there to the end; or,
/// before a hadith's source (… رواه مسلم), from the start up to it. `(from, to)`.
fn scripture(sent: &Sent) -> Option<(usize, usize)> {
    let n = sent.len();
    (1..n).find_map(|k| {
        let (prev, w) = (sent.w(k - 1), sent.w(k));
        let quoted = match w {
            "وسلم" => {
                prev == "عليه"
                    && ((k >= 4 && SAYS.contains(&sent.w(k - 4)))
                        || SAYS.contains(&sent.w(k + 1))
                        || SAYS.contains(&sent.w(k + 2)))
            }
            "سبحانه" | "تعالي" => SAYS.contains(&prev),
            "عنه" | "عنها" | "عنهما" | "عنهم" => {
                prev == "الله" && k >= 2 && sent.w(k - 2) == "رضي"
            }
            _ => {
                return (prev == "رواه" && COLLECTORS.contains(&w)).then_some((0, k));
            }
        };
        quoted.then_some((k, n))
    })
}

/// Drop the casualty facts from `first` on that lie in a quotation of scripture
/// ([`scripture`]): a saying, no event.
pub(super) fn drop_in_scripture(sent: &Sent, first: usize, out: &mut Out) {
    let Some((from, to)) = scripture(sent) else {
        return;
    };
    let (start, end) = (sent.span(from, from + 1).start, sent.span(to - 1, to).end);
    let mut k = first;
    while k < out.facts.len() {
        let f = &out.facts[k];
        if f.kind == FactKind::Casualties && f.span.start >= start && f.span.end <= end {
            out.facts.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Drop the `number` facts of this sentence (pushed before `first`) that give a part of a
/// casualty statement before them: N منهم, بينهم N.
pub(super) fn drop_parts(sent: &Sent, first: usize, out: &mut Out) {
    if sent.len() == 0 {
        return;
    }
    let start = sent.span(0, 1).start;
    // The end of the first casualty statement of the sentence: a part comes after it.
    let Some(toll_end) = out.facts[first..]
        .iter()
        .filter(|f| f.kind == FactKind::Casualties)
        .map(|f| f.span.end)
        .min()
    else {
        return;
    };
    let part = |s: usize, e: usize| {
        let Some(i) = (0..sent.len()).find(|&i| sent.span(i, i + 1).start == s) else {
            return false;
        };
        let Some(j) = (i..sent.len()).find(|&j| sent.span(j, j + 1).end == e) else {
            return false;
        };
        matches!(sent.w(j + 1), "منهم" | "منهن" | "منهما")
            || (i >= 1 && matches!(sent.w(i - 1), "بينهم" | "بينهن" | "وبينهم" | "وبينهن"))
    };
    let mut k = first;
    while k > 0 && out.facts[k - 1].span.start >= start {
        k -= 1;
        let f = &out.facts[k];
        if f.kind == FactKind::Number && f.span.start >= toll_end && part(f.span.start, f.span.end)
        {
            out.facts.remove(k);
        }
    }
}
