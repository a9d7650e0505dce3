//! Digits in their context: the characters around a digit token that make it part of an
//! identifier (a URL, a path, a phone, a model code: no figure at all) or give it a sign.
//!
//! **In:** a sentence and a digit token. **Out:** whether the digits are embedded in
//! something else, and whether a minus sign stands before or after them.
//!
//! A minus is written before the digits (`-5 درجات`, `(-0.3)`), or, in right-to-left text
//! typed in a left-to-right field, after them (`(0.3-، 3.3-، 1.6- على التوالي)`). A hyphen
//! between two figures is a range or a score (`2014- 2015`, `20- 19`), one after a small
//! whole number before a word is a list marker (`1- التدريب`), and one that a dash after the
//! next words closes opens an aside (`-29 عاماً-`): none of them is a sign.

use super::Sent;

/// Letters that may be glued before digits: proclitics and the article (`match` form).
/// Prepositions glued to digits by careless typing are fine too (إلى90%، في2015).
const GLUE_OK: &[&str] = &[
    "و",
    "ف",
    "ب",
    "ل",
    "ال",
    "وال",
    "فال",
    "بال",
    "لل",
    "وب",
    "ول",
    "فب",
    "فل",
    "وبال",
    "ولل",
    "فلل",
    "الي",
    "والي",
    "في",
    "وفي",
    "من",
    "ومن",
    "علي",
    "وعلي",
    "عن",
    "مع",
    "حتي",
    "منذ",
    "نحو",
    "عام",
    "العام",
    "لعام",
    "رقم",
];

/// Digits in a URL, e-mail address, path, phone number or clock time.
pub(super) fn embedded(sent: &Sent, i: usize) -> bool {
    // The sentence's normalized text: what lies outside it is not its context.
    let t = &sent.norm.text[..sent.nspan.end];
    let tok = sent.toks[i];
    let (s, e) = (tok.norm().start, tok.norm().end);
    let before = t[sent.nspan.start..s].chars().next_back();
    let after = t[e..].chars().next();
    let after2 = t[e..].chars().nth(1);
    let glued = |c: Option<char>| matches!(c, Some('.' | '/' | '@' | '_' | '+' | '-' | '=' | '#'));
    // -29 عاماً-: the dash opens an aside; the figure is a figure, with no sign.
    let aside = || minus_before(t, sent.nspan.start, s) && closing_dash(&t[e..]);
    let glued_before = glued(before) && !sign_before(t, sent.nspan.start, s, e) && !aside();
    if matches!(before, Some(c) if c.is_ascii_alphabetic()) || glued_before {
        return true;
    }
    // Arabic letters glued before the digits that are not proclitics or the article
    // (روبنسون آر44، حي ك14): a model or a place name, not a figure; و100، بـ20، الـ24 are.
    if matches!(before, Some('\u{0621}'..='\u{064A}')) {
        let head = &t[sent.nspan.start..s];
        let run = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| ('\u{0621}'..='\u{064A}').contains(&c))
            .last()
            .map_or("", |(k, _)| &head[k..]);
        if !GLUE_OK.contains(&run) {
            return true;
        }
    }
    if matches!(after, Some(c) if c.is_ascii_alphabetic() || c == '@' || c == '_') {
        return true;
    }
    if matches!(after, Some('/' | '-' | '.' | ':'))
        && matches!(after2, Some(c) if c.is_ascii_alphanumeric())
    {
        return true;
    }
    // A long digit run is a phone or an id, not a quantity.
    e - s > 12 && !t[s..e].contains([',', '.'])
}

/// Is the `-` right before byte `s` of `t` (the sentence's normalized text starting at byte
/// `start`) a minus sign: after a space or an opening bracket or quote, and not after a
/// figure (`2014 -2015` is a range)?
fn minus_before(t: &str, start: usize, s: usize) -> bool {
    // A byte test first: most figures have no dash before them.
    if s <= start || t.as_bytes()[s - 1] != b'-' {
        return false;
    }
    let head = &t[start..s];
    let Some(before_dash) = head.strip_suffix('-') else {
        return false;
    };
    match before_dash.chars().next_back() {
        // -1436 at the start of a line: a dash or a bullet as often as a sign.
        None => false,
        Some('(' | '[' | '«' | '"' | '\u{201C}') => true,
        Some(c) if c.is_whitespace() => !before_dash
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|p| p.is_ascii_digit()),
        Some(_) => false,
    }
}

/// A minus sign before the digits at bytes `s..e` ([`minus_before`]) of a small figure (-5
/// درجات، -0.6 %): a long whole number after a dash is a code, and so are numbers in a row
/// (كوزموس -2491 -2499).
fn sign_before(t: &str, start: usize, s: usize, e: usize) -> bool {
    minus_before(t, start, s)
        && t[s..e].split('.').next().unwrap_or("").len() <= 3
        && !t[e..].trim_start().starts_with('-')
        && !closing_dash(&t[e..])
}

/// Does a dash glued to the end of one of the next three words close a dash pair opened
/// before the figure (`مالار بالاسوبرامانيان -29 عاماً- في`: an aside, as in brackets)?
fn closing_dash(rest: &str) -> bool {
    rest.split_whitespace().take(3).any(|w| {
        w.strip_suffix('-')
            .and_then(|head| head.chars().next_back())
            .is_some_and(char::is_alphabetic)
    })
}

/// Does a minus sign stand before the digits at token `i`, or after them (`0.3-،`, `1.6- على`:
/// a figure with a decimal point before a word, or any figure before a comma, a semicolon or
/// a closing bracket)?
pub(super) fn negative(sent: &Sent, i: usize) -> bool {
    let t = &sent.norm.text[..sent.nspan.end];
    let tok = sent.toks[i];
    let (s, e) = (tok.norm().start, tok.norm().end);
    if sign_before(t, sent.nspan.start, s, e) {
        return true;
    }
    if t.as_bytes().get(e) != Some(&b'-') {
        return false;
    }
    let rest = &t[e + 1..];
    match rest.chars().next() {
        None => true,
        Some(',' | '\u{060C}' | ';' | '\u{061B}' | ')' | ']') => true,
        Some(c) if c.is_whitespace() => {
            let next = rest.trim_start().chars().next();
            t[s..e].contains('.') && !next.is_some_and(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}
