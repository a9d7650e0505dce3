//! A group as the subject of a speech verb, without a fact: a quantity word and من with the
//! noun after it (عدد من الفلسطينيين، بعض المسؤولين، عدد آخر منهم), or an indefinite
//! plural in -ون (معارضون سوريون). Read as written; bounded to a few tokens.

use super::speaker::{phrase_stop, word_bits, Speaker, SUBJECT_NOUN};
use super::Sent;

/// Quantity words that head a group subject with من (عدد من الفلسطينيين، بعض المسؤولين).
const SOME_OF: &[&str] = &["عدد", "بعض", "كثير", "معظم", "غالبيه", "مجموعه"];

/// A group as the subject at `from` (before `to`): a quantity word and من with the definite
/// noun after it (عدد من الفلسطينيين), or an indefinite plural in -ون and up to two words
/// after it before the words (معارضون سوريون), as written.
pub(super) fn group_subject(sent: &Sent, from: usize, to: usize) -> Option<Speaker> {
    let w = sent.w(from);
    let end = if SOME_OF.contains(&w) && sent.w(from + 1) == "من" {
        // عدد من الفلسطينيين، عدد من أهالي القرية: up to the first definite word.
        let mut e = from + 2;
        while e < to && e < from + 5 && sent.is_word(e) && !phrase_stop(sent, e) {
            e += 1;
            if sent.w(e - 1).starts_with("ال") {
                break;
            }
        }
        e
    } else if SOME_OF.contains(&w) && sent.w(from + 1).starts_with("ال") {
        from + 2
    } else if w == "عدد" && matches!(sent.w(from + 1), "اخر" | "كبير") {
        // وأكد عدد آخر منهم أن: others of the group named before (منهم, من الأهالي).
        let of = matches!(sent.w(from + 2), "منهم" | "منهن");
        from + 2 + usize::from(of)
    } else if w.ends_with("ون")
        && w.chars().count() >= 5
        && !w.starts_with("ال")
        && word_bits(w) & SUBJECT_NOUN == 0
    {
        let mut e = from + 1;
        while e < to && e < from + 3 && sent.is_word(e) && !phrase_stop(sent, e) {
            e += 1;
        }
        e
    } else {
        return None;
    };
    if end > to || !(from..end).all(|k| sent.is_word(k)) {
        return None;
    }
    let arabic = sent.surface(from, end).to_string();
    Some(Speaker {
        english: arabic.clone(),
        arabic,
        resolved: false,
    })
}
