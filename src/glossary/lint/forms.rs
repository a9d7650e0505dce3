//! The checks on the characters of one spelling (headword or variant): is it written the way
//! the `match` normalization leaves it, in Arabic letters and single spaces?

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::Severity;
use crate::normalize::tables;

/// Problems with the characters of one spelling, each at most once, in a fixed order.
pub(super) fn form_problems(form: &str) -> Vec<(Severity, String)> {
    use Severity::*;
    let mut out: Vec<(Severity, String)> = Vec::new();
    let mut kinds: Vec<String> = Vec::new();
    // One finding per kind of problem (the message up to its first parenthesis): the first
    // offending character names it.
    let mut note = |severity, message: String| {
        let kind = message.split(" (").next().unwrap_or("");
        if !kinds.iter().any(|k| k == kind) {
            kinds.push(kind.to_string());
            out.push((severity, message));
        }
    };
    if form != form.trim() {
        note(Error, "has leading or trailing spaces; trim them".into());
    }
    if form.contains("  ") {
        note(Error, "has a double space; write one".into());
    }
    if is_nfc_quick(form.chars()) != IsNormalized::Yes && form.nfc().collect::<String>() != form {
        note(
            Error,
            "is not in Unicode NFC (a hamza or madda written as a separate mark); retype it".into(),
        );
    }
    for c in form.chars() {
        let code = format!("U+{:04X}", c as u32);
        match c {
            ' ' => {}
            '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {}
            tables::TATWEEL => note(Error, "has a tatweel (U+0640); delete it".into()),
            c if tables::is_haraka(c) || c == tables::DAGGER_ALEF || tables::is_quranic_mark(c) => {
                note(
                    Error,
                    "has diacritics (harakat); write the bare letters".into(),
                )
            }
            c if tables::is_presentation_form(c) => note(
                Error,
                format!("has an Arabic presentation form ({code}); retype it with plain letters"),
            ),
            c if tables::is_invisible(c) => note(
                Error,
                format!("has an invisible character ({code}); delete it"),
            ),
            c if c.is_whitespace() || tables::is_space_variant(c) => note(
                Error,
                format!("has a space other than U+0020 ({code}); use a plain space"),
            ),
            c if tables::fold_persian(c).is_some() => note(
                Error,
                format!(
                    "has the Persian letter '{c}' ({code}); write the Arabic '{}'",
                    tables::fold_persian(c).unwrap_or(c)
                ),
            ),
            c if c.is_ascii_digit() || tables::fold_digit(c).is_some() => {
                note(Warning, "has digits; write the number in words if it is part of the name, or leave it out".into())
            }
            c if c.is_alphabetic() && !('\u{0600}'..='\u{06FF}').contains(&c) => {
                note(Warning, "has Latin (non-Arabic) letters; Arabic text rarely spells a name this way".into())
            }
            'ٱ' => note(Error, "has alef wasla ٱ (U+0671); write ا".into()),
            c => note(
                Error,
                format!("has the character '{c}' ({code}), which is not an Arabic letter or a space; delete it"),
            ),
        }
    }
    out
}

/// A form with invisible and control characters shown as `<U+200F>`.
pub(super) fn escape(form: &str) -> String {
    form.chars()
        .map(|c| {
            if tables::is_invisible(c) || c.is_control() {
                format!("<U+{:04X}>", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}
