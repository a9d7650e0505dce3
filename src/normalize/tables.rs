//! Character tables for normalization.
//!
//! Source: The Unicode Standard, version given by `unicode_normalization::UNICODE_VERSION`
//! (the NFC/NFKC data comes from that crate); block ranges and code points below are from
//! the Unicode 15.1 code charts for Arabic (U+0600–06FF), Arabic Presentation Forms-A
//! (U+FB50–FDFF), Arabic Presentation Forms-B (U+FE70–FEFF), General Punctuation
//! (U+2000–206F) and Specials.

/// U+0640 ARABIC TATWEEL (kashida), a stretching character with no meaning.
pub const TATWEEL: char = '\u{0640}';

/// Invisible format characters removed by the `invisible` rule. Removing them never inserts a
/// space, so a word interrupted by one stays one word.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'              // SOFT HYPHEN
        | '\u{061C}'            // ARABIC LETTER MARK (ALM)
        | '\u{180E}'            // MONGOLIAN VOWEL SEPARATOR (formerly a space)
        | '\u{200B}'..='\u{200F}' // ZWSP, ZWNJ, ZWJ, LRM, RLM
        | '\u{202A}'..='\u{202E}' // LRE, RLE, PDF, LRO, RLO
        | '\u{2060}'..='\u{2064}' // WORD JOINER, invisible operators
        | '\u{2066}'..='\u{2069}' // LRI, RLI, FSI, PDI
        | '\u{FEFF}'            // BOM / ZERO WIDTH NO-BREAK SPACE
    )
}

/// Space characters other than U+0020 that the `spaces` rule turns into U+0020.
/// Line breaks (LF, CR, VT, FF, NEL, LS, PS) are not spaces here: they are kept.
pub fn is_space_variant(c: char) -> bool {
    matches!(
        c,
        '\t'
        | '\u{00A0}'            // NO-BREAK SPACE
        | '\u{1680}'            // OGHAM SPACE MARK
        | '\u{2000}'
            ..='\u{200A}' // EN QUAD … HAIR SPACE (incl. THIN SPACE U+2009)
        | '\u{202F}'            // NARROW NO-BREAK SPACE
        | '\u{205F}'            // MEDIUM MATHEMATICAL SPACE
        | '\u{3000}' // IDEOGRAPHIC SPACE
    )
}

/// Arabic Presentation Forms-A and -B, turned into plain letters by `presentation-forms`.
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Harakat and other Arabic combining marks: U+064B–065F (fathatan … the marks above/below,
/// including maddah, hamza above/below when not composed into a letter).
pub fn is_haraka(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}')
}

/// General Punctuation without spaces, invisible characters or decompositions: U+2010–2027
/// (dashes, quotation marks, bullets, ellipsis) and U+2030–205E (per mille … four dots). No
/// rule changes them, and none of them combines with what precedes it.
pub fn is_plain_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
}

/// U+0670 ARABIC LETTER SUPERSCRIPT ALEF (dagger alef).
pub const DAGGER_ALEF: char = '\u{0670}';

/// Quranic annotation marks: U+0610–061A and U+06D6–06ED.
pub fn is_quranic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}')
}

/// Alef with hamza above/below, alef with madda, alef wasla → bare alef.
pub fn fold_alef(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        _ => None,
    }
}

/// Is `w` (as written) equal to `folded` once folded as the `match` normalization folds a
/// word's letters: harakat, the dagger alef and tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه?
/// Letter by letter, without building the folded word.
pub fn folds_to(w: &str, folded: &str) -> bool {
    let mut it = folded.chars();
    for c in w.chars() {
        let c = match c {
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        };
        if it.next() != Some(c) {
            return false;
        }
    }
    it.next().is_none()
}

/// Hamza on a seat (waw, ya) → the seat letter. Off by default: ؤ and ئ often matter.
pub fn fold_hamza_seat(c: char) -> Option<char> {
    match c {
        'ؤ' => Some('و'),
        'ئ' => Some('ي'),
        _ => None,
    }
}

/// Persian/Urdu letters that Arabic text borrows by keyboard accident.
pub fn fold_persian(c: char) -> Option<char> {
    match c {
        'ی' | 'ې' | 'ۍ' => Some('ي'), // U+06CC FARSI YEH and relatives
        'ک' => Some('ك'),             // U+06A9 KEHEH
        'ە' | 'ہ' => Some('ه'),       // U+06D5 AE, U+06C1 HEH GOAL
        _ => None,
    }
}

/// Arabic-Indic (U+0660–0669) and Extended/Persian (U+06F0–06F9) digits → ASCII; the Arabic
/// decimal separator U+066B → `.` and thousands separator U+066C → `,`.
pub fn fold_digit(c: char) -> Option<char> {
    match c {
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + '0' as u32),
        '\u{066B}' => Some('.'),
        '\u{066C}' => Some(','),
        _ => None,
    }
}

/// Arabic punctuation → ASCII for matching: ، ؛ ؟ ٪ ۔ and guillemets « » → `"`.
pub fn fold_punctuation(c: char) -> Option<char> {
    match c {
        '\u{060C}' => Some(','), // ARABIC COMMA
        '\u{061B}' => Some(';'), // ARABIC SEMICOLON
        '\u{061F}' => Some('?'), // ARABIC QUESTION MARK
        '\u{066A}' => Some('%'), // ARABIC PERCENT SIGN
        '\u{06D4}' => Some('.'), // ARABIC FULL STOP
        '«' | '»' => Some('"'),
        _ => None,
    }
}
