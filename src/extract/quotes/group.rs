//! A group as the subject of a speech verb, without a fact: a quantity word and من with the
//! noun after it (عدد من الفلسطينيين، بعض المسؤولين، عدد آخر منهم), or an indefinite
//! plural in -ون (معارضون سوريون), or two holders of an office or two bodies in the dual
//! in the construct (وقال حاكما الولايتين، وقالت هيئتا تحرير صحيفتي). Read as written;
//! bounded to a few tokens.

use super::speaker::{phrase_stop, word_bits, Speaker, PERSON_NOUN, SUBJECT_NOUN};
use super::Sent;

/// Quantity words that head a group subject with من (عدد من الفلسطينيين، بعض المسؤولين).
const SOME_OF: &[&str] = &["عدد", "بعض", "كثير", "معظم", "غالبيه", "مجموعه"];

/// A group as the subject at `from` (before `to`): a quantity word and من with the definite
/// noun after it (عدد من الفلسطينيين), or an indefinite plural in -ون and up to two words
/// after it before the words (معارضون سوريون), as written.
pub(super) fn group_subject(sent: &Sent, from: usize, to: usize) -> Option<Speaker> {
    let w = sent.w(from);
    let end = if let Some(e) = dual_end(sent, from, to) {
        e
    } else if SOME_OF.contains(&w) && sent.w(from + 1) == "من" {
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

/// Offices that head a dual subject besides the office and subject nouns of the speaker
/// rules (حاكما ولايتي بورنو ويوبي: the governors of two states).
const DUAL_HEADS: &[&str] = &["حاكم"];

/// Is `stem` (a dual without its ending) an office or a subject noun?
fn dual_head(stem: &str) -> bool {
    word_bits(stem) & (PERSON_NOUN | SUBJECT_NOUN) != 0 || DUAL_HEADS.contains(&stem)
}

/// Where a dual subject at `from` ends: a noun of an office or a body in the construct dual
/// (-ا; -تا of a noun in ة) with the word it governs (حاكما الولايتين، هيئتا تحرير). Not with tanween: وزيراً is "as a minister". (The definite dual, الرجلان،
/// المسؤولان, is a noun phrase the speaker rules read already.)
fn dual_end(sent: &Sent, from: usize, to: usize) -> Option<usize> {
    let w = sent.w(from);
    if !sent.is_word(from) || sent.surface(from, from + 1).contains('\u{064B}') {
        return None;
    }
    let stem = w.strip_suffix('ا')?;
    let head = match stem.strip_suffix('ت') {
        // هيئتا: the noun is هيئة, folded هيئه.
        Some(f) if dual_head(&format!("{f}ه")) => true,
        _ => !w.starts_with("ال") && dual_head(stem),
    };
    // The construct governs a word: حاكما الولايتين, not a dual at the clause's end.
    if !head
        || w.starts_with("ال")
        || from + 1 >= to
        || !sent.is_word(from + 1)
        || phrase_stop(sent, from + 1)
    {
        return None;
    }
    // The noun it governs (حاكما ولايتي بورنو ويوبي: "the two governors of the two states";
    // the names after it read as more of the phrase in English, "state of Wioby").
    Some(from + 2)
}
