//! English sides that are not English: the Arabic source copied into the target, as CAT tools do
//! with a segment nobody translated (the `untranslated` check).
//!
//! **In:** an English side, or one line of it. **Out:** whether it is Arabic script rather than
//! a translation. Letters are counted, not words, so a translation that quotes an Arabic name
//! stays a translation.

/// A line of an English side that is Arabic script of three words or more (a segment left
/// untranslated, its Arabic copied into the English, that the aligner joined to a translated
/// neighbour).
pub(super) fn line(line: &str) -> bool {
    line.split_whitespace()
        .filter(|w| w.chars().any(crate::chars::is_arabic_letter_or_form))
        .nth(2)
        .is_some()
        && whole(line)
}

/// Whether a text has Arabic letters and at least as many of them as Latin ones: an English
/// side that is the source copied, not a translation.
pub(super) fn whole(en: &str) -> bool {
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in en.chars() {
        if crate::chars::is_arabic_letter_or_form(c) {
            arabic += 1;
        } else if c.is_alphabetic() {
            latin += 1;
        }
    }
    arabic > 0 && arabic >= latin
}

#[cfg(test)]
mod tests {
    #[test]
    fn arabic_script_copied_into_the_english_is_untranslated() {
        // (text, whole, line)
        let cases = [
            ("قال الوزير إن المحادثات مستمرة", true, true),
            ("The minister said talks go on.", false, false),
            // A translation quoting a name in Arabic stays a translation.
            (
                "The minister, وزير الخارجية, said talks go on.",
                false,
                false,
            ),
            // Two Arabic words are too few for a line of its own.
            ("قال الوزير", true, false),
            ("", false, false),
        ];
        for (text, whole, line) in cases {
            assert_eq!(super::whole(text), whole, "{text}");
            assert_eq!(super::line(text), line, "{text}");
        }
    }
}
