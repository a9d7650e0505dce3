//! Latin initialisms spelled out in Arabic letter names: `(سي. إن. إن)` for CNN,
//! `(ام. اس. ان. بي. سي)` for MSNBC, `(دي. كيه. آي. إس. تي)`.
//!
//! **Contract:** [`in_spelled_initialism`] says whether the full stop at `dot` separates two
//! letter names of one initialism, so that it ends no sentence. It holds when the word before
//! the stop is a letter name (after a conjunction و: `وبي.جي`) and the next word (after at
//! most one space) is one too, and either that word is followed by its own stop or by a
//! closing bracket or quotation mark, or neither name is also a common word (`بي.بي وبي.جي`
//! for BP and BG, `تي.جي 16%`). Several letter names are also common words (في "in",
//! إن/أن "that", أو "or", كي "so that", زي "dress"), so one name alone, or such a name
//! followed by an ordinary word, never counts: `… قال إن.` still ends its sentence. The test
//! reads at most two short words and allocates nothing.

use crate::chars::is_arabic_letter;

/// Arabic spellings of the Latin letter names, as news agencies write them (with and
/// without hamza). `في` (V) and the one-letter forms are left out: too common as words.
const LETTER_NAMES: &[&str] = &[
    "اي",
    "إي",
    "آي",
    "أي",
    "بي",
    "سي",
    "دي",
    "اف",
    "إف",
    "جي",
    "اتش",
    "إتش",
    "اش",
    "كي",
    "كيه",
    "ال",
    "إل",
    "ام",
    "إم",
    "ان",
    "إن",
    "او",
    "أو",
    "كيو",
    "ار",
    "آر",
    "اس",
    "إس",
    "تي",
    "يو",
    "دبليو",
    "اكس",
    "إكس",
    "واي",
    "زد",
    "زي",
    "جيه",
];

/// Letter names that are also common Arabic words (or the article): they join an initialism
/// only where its shape says so (a stop or a closing mark after the next name).
const ALSO_WORDS: &[&str] = &[
    "اي", "إي", "أي", "كي", "ال", "ام", "ان", "إن", "او", "أو", "زي", "واي",
];

fn is_letter_name(word: &str) -> bool {
    LETTER_NAMES.contains(&word)
}

/// A letter name that is no common word: two of them around a stop are an initialism
/// whatever follows.
fn is_only_letter_name(word: &str) -> bool {
    is_letter_name(word) && !ALSO_WORDS.contains(&word)
}

/// Is the `.` at byte `dot` of `text` a stop between two letter names of an initialism?
pub(crate) fn in_spelled_initialism(text: &str, dot: usize) -> bool {
    // The word before the stop: Arabic letters up to a space or an opening bracket.
    let before = &text[..dot];
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_arabic_letter(c))
        .last()
        .map_or(dot, |(i, _)| i);
    let mut first = &before[start..];
    if !is_letter_name(first) {
        // `وبي.جي`: a conjunction on the first name of the second initialism.
        match first.strip_prefix('و') {
            Some(rest) if is_only_letter_name(rest) => first = rest,
            _ => return false,
        }
    }
    if dot - start > 10 {
        return false;
    }
    // The next word, after the stop and at most one space (`(ام.اس.ان.بي.سي)` has none).
    let after = &text[dot + 1..];
    let after = after.strip_prefix(' ').unwrap_or(after);
    let end = after
        .char_indices()
        .find(|&(_, c)| !is_arabic_letter(c))
        .map_or(after.len(), |(i, _)| i);
    let second = &after[..end];
    if end == 0 || end > 10 || !is_letter_name(second) {
        return false;
    }
    (is_only_letter_name(first) && is_only_letter_name(second))
        || matches!(
            after[end..].chars().next(),
            Some('.' | ')' | ']' | '»' | '”' | '"')
        )
}

#[cfg(test)]
mod tests {
    use super::in_spelled_initialism;

    /// (text, index of the stop among the text's `.`, is it inside an initialism?)
    const TABLE: &[(&str, usize, bool)] = &[
        ("على قناة (ام. اس. ان. بي. سي) إنه", 0, true),
        ("على قناة (ام. اس. ان. بي. سي) إنه", 3, true),
        ("وذكرت شبكة (سي. إن. إن) أن", 0, true),
        ("وذكرت شبكة (سي. إن. إن) أن", 1, true),
        ("التلسكوب الشمسي (دي. كيه. آي. إس. تي).", 4, false),
        // A letter name that is also a word, followed by an ordinary word: a sentence end.
        ("وقال إن. وأضاف أن", 0, false),
        ("وسيكون ذلك أو. ثم", 0, false),
        // A last letter name before the closing bracket has no stop of its own.
        ("شبكة (بي. بي. سي)", 1, true),
        ("على قناة (ام.اس.ان.بي.سي) إنه", 2, true),
        ("انتهى الاجتماع. بي. سي", 0, false),
        // Two names that are no common words, whatever follows; a conjunction before the
        // second initialism (al-Eqtisadiya, 2015: `مثل بي.بي وبي.جي وشركة إيني`).
        ("مثل بي.بي وبي.جي وشركة إيني", 0, true),
        ("مثل بي.بي وبي.جي وشركة إيني", 1, true),
        ("وارتفع سهم تي.جي 16% أمس.", 0, true),
        ("شركة بي. بي البريطانية", 0, true),
        // A name that is also a word needs the shape: `كي.` then a letter name and a word.
        ("جاء كي.جي وغيره", 0, false),
        ("قال إن.بي هو", 0, false),
        // و before a name that is also a word is a word (`وأي.`).
        ("وأي.جي وغيره", 0, false),
    ];

    #[test]
    fn stops_inside_spelled_initialisms() {
        for &(text, nth, want) in TABLE {
            let dot = text.match_indices('.').nth(nth).unwrap().0;
            assert_eq!(
                in_spelled_initialism(text, dot),
                want,
                "{text} / stop {nth}"
            );
        }
    }
}
