//! God and the Prophet as the speakers of a verse or a hadith (قال تعالى، قال رسول الله):
//! the words that name them, read at one token and the next two.

use super::{clitic_splits, Sent};

/// The English of [`sacred_at`]'s speakers, never carried to later words.
pub(super) const SACRED: [&str; 2] = ["God", "the Prophet Muhammad"];

/// God and the Prophet as speakers of a verse or a hadith (قال تعالى، قال عز من قائل، قال رسول
/// الله، قال صلى الله عليه وسلم، والله تعالى يقول): `(english, tokens)` of the words at token `k` (after
/// و/ف), if they name one.
pub(super) fn sacred_at(sent: &Sent, k: usize) -> Option<(&'static str, usize)> {
    let w = sent.w(k);
    let w = clitic_splits(w)
        .filter(|(c, _)| matches!(*c, "" | "و" | "ف"))
        .map(|(_, r)| r)
        .find(|r| {
            matches!(
                *r,
                "تعالي"
                    | "سبحانه"
                    | "الله"
                    | "رسول"
                    | "النبي"
                    | "الرسول"
                    | "صلي"
                    | "عليه"
                    | "عز"
                    | "جل"
            )
        })?;
    let next = sent.w(k + 1);
    match w {
        "تعالي" | "سبحانه" => Some((SACRED[0], 1)),
        "الله" if matches!(next, "تعالي" | "سبحانه" | "عز") => {
            Some((SACRED[0], 2))
        }
        "رسول" if next == "الله" => Some((SACRED[1], 2)),
        "النبي" | "الرسول" => Some((SACRED[1], 1)),
        "صلي" if next == "الله" => Some((SACRED[1], 4.min(sent.len() - k))),
        "عليه" if matches!(next, "السلام" | "الصلاه") => Some((SACRED[1], 2)),
        // قال عز من قائل، قال جل من قائل: God, before a verse.
        "عز" | "جل" if next == "من" && sent.w(k + 2) == "قائل" => Some((SACRED[0], 3)),
        _ => None,
    }
}

/// Does the Arabic `name` (a person fact's words) name the Prophet by a title (نبي الرحمة،
/// رسول الهدى، النبي الكريم)? Such a fact never cited a verse nor is carried as a speaker:
/// the hadith after it is his, the preacher around it someone else.
pub(super) fn names_prophet(name: &str) -> bool {
    let first: String = name
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}'))
        .collect();
    matches!(
        first.as_str(),
        "نبي" | "النبي" | "رسول" | "الرسول" | "ونبي" | "ورسول"
    )
}
