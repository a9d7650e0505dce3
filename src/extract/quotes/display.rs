//! A quotation's text and speaker as a reader sees them: on one line, without the invisible
//! marks a PDF extractor leaves (the fact's span still points at the text as written); a
//! speaker in English ([`in_english`]).

use super::speaker::Speaker;
use super::Sent;

/// Does `s` need [`push_display`]: a line break (a quotation across a wrap of hard-wrapped
/// text) or an invisible mark (a PDF extractor's bidi embeddings, ZWNJ)?
fn needs_display(s: &str) -> bool {
    use crate::normalize::tables::is_invisible;
    // By bytes, a few vector passes: line breaks and the marks of the U+2000 block (lead
    // byte E2, shared with “ ” – …), then the other invisible chars by their lead bytes (C2
    // AD, E1 A0 8E, EF BB BF) and U+061C by its second byte (D8 9C: the lead D8 is every
    // other Arabic letter's).
    let b = s.as_bytes();
    let invisible_at = |i: usize| {
        s.get(i..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_invisible)
    };
    memchr::memchr3_iter(b'\n', b'\r', 0xE2, b).any(|i| b[i] != 0xE2 || invisible_at(i))
        || memchr::memchr3_iter(0xC2, 0xE1, 0xEF, b).any(invisible_at)
        || memchr::memchr_iter(0x9C, b).any(|i| i > 0 && invisible_at(i - 1))
}

/// `s` as a reader sees it, appended to `out`: invisible marks left out, every run of
/// whitespace (line breaks of a wrapped text included) one space. The fact's span still
/// points at the text as written.
pub(super) fn push_display(out: &mut String, s: &str) {
    if !needs_display(s) {
        out.push_str(s);
        return;
    }
    let mut space = false;
    for c in s.chars() {
        if crate::normalize::tables::is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
}

/// [`push_display`] of a whole string (kept as it is when it needs nothing).
pub(super) fn display(s: String) -> String {
    // Most speakers are English names: plain ASCII on one line.
    if (s.is_ascii() && !s.contains(['\n', '\r'])) || !needs_display(&s) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    push_display(&mut out, s.trim());
    out
}

/// News agencies that papers name by their adjective alone (بحسب "الألمانية"، وقالت
/// الفرنسية، ذكرت الأناضول), as written, with their English: a speaker that is only the
/// adjective is the agency ("German" is no party).
const AGENCY_BY_ADJECTIVE: &[(&str, &str)] = &[
    ("الألمانية", "dpa"),
    ("الالمانية", "dpa"),
    ("الفرنسية", "Agence France-Presse"),
    ("الأناضول", "Anadolu Agency"),
    ("الاناضول", "Anadolu Agency"),
];

/// `(english, arabic)` of a speaker for display. A speaker the rules could only name as
/// written is put in English; never Arabic in the English column: a phrase nothing could put
/// in English is left without an English speaker (its Arabic stays in the detail).
pub(super) fn in_english(sent: &Sent, who: &mut Speaker) -> (String, String) {
    if let Some(&(_, agency)) = AGENCY_BY_ADJECTIVE.iter().find(|r| r.0 == who.arabic) {
        // بحسب "الألمانية": the agency, not the adjective "German".
        who.english = agency.to_string();
    }
    if who
        .english
        .chars()
        .any(crate::chars::is_arabic_letter_or_form)
    {
        who.english = english_in(sent, &who.english)
            .or_else(|| super::english::render_text(sent.matcher, &who.english))
            .or_else(|| super::english::fallback(sent.matcher, &who.english))
            .unwrap_or_default();
    }
    (
        display(std::mem::take(&mut who.english)),
        display(std::mem::take(&mut who.arabic)),
    )
}

/// The English of a speaker written `arabic` in this sentence ([`super::english::render`] of its
/// tokens), if it is there and can be rendered.
fn english_in(sent: &Sent, arabic: &str) -> Option<String> {
    let whole = sent.surface(0, sent.len());
    let at = whole.find(arabic)? + sent.span(0, 1).start;
    let from = super::speaker::tok_at(sent, at);
    let to = super::speaker::tok_at(sent, at + arabic.len() - 1) + 1;
    (from < to && to <= sent.len() && sent.surface(from, to) == arabic)
        .then(|| super::english::render(sent, from, to))
        .flatten()
}
