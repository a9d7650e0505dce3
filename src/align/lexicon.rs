//! Word tables and name skeletons that the anchors are made of.
//!
//! **In:** one word (Arabic match-normalized with clitics stripped, or English). **Out:** the
//! number, month or weekday it names (tables), or its consonant skeleton (a cheap stand-in for
//! transliteration, for names).
//!
//! What it does *not* do: find the words in a sentence (`anchors.rs` does), or transliterate.

/// English number words and vague quantities; "one" is left out (a pronoun as often as not).
pub(super) const EN_NUMBERS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "1"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("fifteen", "15"),
    ("twenty", "2"),
    ("thirty", "3"),
    ("forty", "4"),
    ("fifty", "5"),
    ("sixty", "6"),
    ("seventy", "7"),
    ("eighty", "8"),
    ("ninety", "9"),
    ("hundred", "1"),
    ("dozens", "dozens"),
    ("hundreds", "hundreds"),
    ("thousands", "thousands"),
    ("millions", "millions"),
    ("twice", "2"),
    ("double", "2"),
    ("half", "5"),
];

/// Arabic number words, match-normalized (ة→ه, أ→ا, ى→ي), without clitics.
pub(super) const AR_NUMBERS: &[(&str, &str)] = &[
    ("اثنان", "2"),
    ("اثنين", "2"),
    ("اثنتان", "2"),
    ("اثنتين", "2"),
    ("ثلاثه", "3"),
    ("ثلاث", "3"),
    ("اربعه", "4"),
    ("اربع", "4"),
    ("خمسه", "5"),
    ("خمس", "5"),
    ("سته", "6"),
    ("ست", "6"),
    ("سبعه", "7"),
    ("سبع", "7"),
    ("ثمانيه", "8"),
    ("ثماني", "8"),
    ("ثمان", "8"),
    ("تسعه", "9"),
    ("تسع", "9"),
    ("عشره", "1"),
    ("عشر", "1"),
    ("عشرون", "2"),
    ("عشرين", "2"),
    ("ثلاثون", "3"),
    ("ثلاثين", "3"),
    ("اربعون", "4"),
    ("اربعين", "4"),
    ("خمسون", "5"),
    ("خمسين", "5"),
    ("ستون", "6"),
    ("ستين", "6"),
    ("سبعون", "7"),
    ("سبعين", "7"),
    ("ثمانون", "8"),
    ("ثمانين", "8"),
    ("تسعون", "9"),
    ("تسعين", "9"),
    ("مئه", "1"),
    ("مائه", "1"),
    ("عشرات", "dozens"),
    ("مئات", "hundreds"),
    ("الاف", "thousands"),
    ("ملايين", "millions"),
    ("نصف", "5"),
    ("ضعف", "2"),
    ("مثلي", "2"),
];

/// Arabic words for thousand/million/billion: after digits they scale the number, which
/// [`number_key`] ignores anyway (`86 ألفاً` → `86`), so they are skipped there.
pub(super) const AR_SCALES: &[&str] = &["الف", "الفا", "الاف", "مليون", "ملايين", "مليار", "مليارات"];

pub(super) const EN_MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Arabic month names (Egyptian/Gulf and Levantine), match-normalized, one or two words.
pub(super) const AR_MONTHS: &[(&str, u8)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
];

pub(super) const EN_WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
];

/// Consonant classes shared by English spellings of names and their Arabic transcription
/// (Kennedy/كينيدي → `KNT`, Putin/بوتين → `BTN`, Portugal/البرتغالي → `BRTKL`): voiced and
/// voiceless, emphatic and plain merge (b p f v ب ف → B, for Arabic writes p as either;
/// t d ط ض ث ذ ظ → T; s z ص ش → S; k c q g j x ق غ خ ج → K), vowels, h, w, y and the Arabic letters for them
/// (ا و ي ى ة ء ه ح ع) are left out, and a repeated class counts once. A cheap stand-in for
/// transliteration; the skeleton is an anchor when it has at least three classes.
fn push_class(out: &mut String, class: char) {
    if !out.ends_with(class) {
        out.push(class);
    }
}

fn skeleton_ok(sk: String) -> Option<String> {
    (sk.len() >= 3).then_some(sk)
}

/// The consonant skeleton of an Arabic word (match-normalized, clitics stripped).
pub(super) fn arabic_skeleton(word: &str) -> Option<String> {
    let mut sk = String::new();
    for c in word.chars() {
        let class = match c {
            'ب' | 'پ' | 'ف' | 'ڤ' => 'B',
            'ت' | 'ط' | 'د' | 'ض' | 'ث' | 'ذ' | 'ظ' => 'T',
            'س' | 'ص' | 'ز' | 'ش' => 'S',
            'ك' | 'ق' | 'غ' | 'خ' | 'ج' | 'گ' => 'K',
            'ل' => 'L',
            'م' => 'M',
            'ن' => 'N',
            'ر' => 'R',
            c if is_arabic_vowel_letter(c) => continue,
            _ => return None,
        };
        push_class(&mut sk, class);
    }
    skeleton_ok(sk)
}

fn is_arabic_vowel_letter(c: char) -> bool {
    matches!(
        c,
        'ا' | 'أ' | 'إ' | 'آ' | 'و' | 'ؤ' | 'ي' | 'ى' | 'ئ' | 'ة' | 'ء' | 'ه' | 'ح' | 'ع'
    )
}

/// The consonant skeleton of an English word (a capitalized word, likely a name).
pub(super) fn english_skeleton(word: &str) -> Option<String> {
    let b = word.as_bytes();
    let mut sk = String::new();
    for (i, &c) in b.iter().enumerate() {
        let next = b.get(i + 1).map(u8::to_ascii_lowercase);
        let class = match c.to_ascii_lowercase() {
            b'b' | b'p' | b'f' | b'v' => 'B',
            b't' | b'd' => 'T',
            b's' | b'z' => 'S',
            b'c' if matches!(next, Some(b'e' | b'i' | b'y')) => 'S',
            b'k' | b'c' | b'q' | b'g' | b'j' => 'K',
            b'x' => {
                push_class(&mut sk, 'K');
                'S'
            }
            b'l' => 'L',
            b'm' => 'M',
            b'n' => 'N',
            b'r' => 'R',
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'h' | b'w' => continue,
            _ => return None,
        };
        push_class(&mut sk, class);
    }
    skeleton_ok(sk)
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_skeletons_agree() {
        let rows = [
            ("Kennedy", "كينيدي"),
            ("Putin", "بوتين"),
            ("Johnson", "جونسون"),
            ("Carter", "كارتر"),
            ("Moscow", "موسكو"),
            ("Sobyanin", "سوبيانين"),
            ("Portugal", "برتغالي"),
            ("Palestine", "فلسطين"),
            ("Vladimir", "فلاديمير"),
        ];
        for (en, ar) in rows {
            let e = english_skeleton(en);
            assert!(
                e.is_some() && e == arabic_skeleton(ar),
                "{en} {e:?} vs {ar}"
            );
        }
    }
}
