//! Latin initialisms spelled out in Arabic letter names: `(سي. إن. إن)` for CNN,
//! `(ام. اس. ان. بي. سي)` for MSNBC, `(دي. كيه. آي. إس. تي)`.
//!
//! **Contract:** [`in_spelled_initialism`] says whether the full stop at `dot` separates two
//! letter names of one initialism, so that it ends no sentence. It holds when the word before
//! the stop is a letter name and the next word (after at most one space) is one too, followed by its own stop or by a
//! closing bracket or quotation mark. Several letter names are also common words (في "in",
//! إن/أن "that", أو "or"), so one name alone, or a name followed by an ordinary word, never
//! counts: `… قال إن.` still ends its sentence. The test reads at most two short words and
//! allocates nothing.

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

fn is_letter_name(word: &str) -> bool {
    LETTER_NAMES.contains(&word)
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
    if start == dot || dot - start > 10 || !is_letter_name(&before[start..]) {
        return false;
    }
    // The next word, after the stop and at most one space (`(ام.اس.ان.بي.سي)` has none).
    let after = &text[dot + 1..];
    let after = after.strip_prefix(' ').unwrap_or(after);
    let end = after
        .char_indices()
        .find(|&(_, c)| !is_arabic_letter(c))
        .map_or(after.len(), |(i, _)| i);
    if end == 0 || end > 10 || !is_letter_name(&after[..end]) {
        return false;
    }
    matches!(
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
