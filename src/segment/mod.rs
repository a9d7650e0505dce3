//! Sentence segmentation of Arabic news text.
//!
//! **In:** the original text of a document. **Out:** [`Sentence`]s with spans into it, in
//! order, non-overlapping. The text between two sentences (the "gap") holds only whitespace
//! and invisible format characters, so sentences and gaps joined give back the input exactly.
//!
//! Boundaries:
//! * at every line break (a headline line without final punctuation is its own sentence);
//! * after `.` `!` `?` `؟` `…` `۔` (and runs of them) followed by a space, a line end, the end
//!   of the text, or an Arabic letter (a missing space after a full stop);
//! * not inside a quotation in «…», “…”, ‹…› or "…": a quoted passage of several sentences stays
//!   in the sentence that quotes it. A sentence that ends with a quotation ends after the
//!   closing mark (`…الوطنية».` after the `.`, `…الصمت؟»` after the `»`). A quotation mark left
//!   open at the end of its line is ignored rather than swallowing the paragraph;
//! * not inside numbers (3.5, 10.000), URLs and e-mail addresses (no space after the dot);
//! * not after abbreviations: a single Arabic or Latin letter (د. م. ص. initials), dotted
//!   letter groups (أ.ف.ب، ق.م، ص.ب، U.S.), common Latin ones (Mr. Dr. No. Jan. …) and a
//!   list number at the start of a sentence (`1. `). Exception: an era letter after a year
//!   (`عام 1445 هـ.` / `2021 م.`) does end the sentence, as it does in print;
//! * bidi marks (RLM, LRM, ALM, isolates) next to punctuation are looked through; they stay
//!   in the sentence, never hide a boundary.
//!
//! What it does *not* do: split at the Arabic comma `،`, the colon, or semicolons; guess
//! boundaries in unpunctuated run-on text.

use serde::Serialize;

use crate::normalize::tables::is_invisible;
use crate::span::Span;

/// One sentence of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte span in the original text: no leading or trailing whitespace.
    pub span: Span,
    /// A line of its own without final punctuation: a headline or a subheading.
    pub headline: bool,
}

/// Split `text` into sentences.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (i, c) in text.char_indices() {
        if is_line_break(c) {
            segment_line(text, line_start, i, &mut out);
            line_start = i + c.len_utf8();
        }
    }
    segment_line(text, line_start, text.len(), &mut out);
    out
}

/// Line breaks: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Characters that sentences never start or end with: whitespace and invisible marks.
fn is_trim(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_closing_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '﴾')
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    Open,
    Close,
}

/// The quotation marks of one line that open or close a quotation, paired: `(byte, kind)`.
/// Unpaired marks are left out, so an unclosed « does not swallow the rest of the line.
fn paired_quotes(line: &str, base: usize) -> Vec<(usize, Quote)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut pairs = Vec::new();
    for (i, c) in line.char_indices() {
        let closer = match c {
            '«' => Some('»'),
            '“' => Some('”'),
            '‹' => Some('›'),
            '"' if stack.last().map(|&(_, q)| q) != Some('"') => Some('"'),
            _ => None,
        };
        if let Some(q) = closer {
            stack.push((i, q));
            continue;
        }
        if matches!(c, '»' | '”' | '›' | '"') {
            if let Some(k) = stack.iter().rposition(|&(_, q)| q == c) {
                let (open, _) = stack[k];
                stack.truncate(k);
                pairs.push((base + open, Quote::Open));
                pairs.push((base + i, Quote::Close));
            }
        }
    }
    pairs.sort_unstable_by_key(|&(i, _)| i);
    pairs
}

fn segment_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    if line.chars().all(is_trim) {
        return;
    }
    let quotes = paired_quotes(line, start);
    let mut q = 0; // next entry of `quotes`
    let mut depth = 0usize;
    let mut sentence_start = start;
    let first = out.len();
    let mut chars = line.char_indices().map(|(i, c)| (start + i, c)).peekable();
    while let Some((i, c)) = chars.next() {
        let mut quote_closed = false;
        if q < quotes.len() && quotes[q].0 == i {
            match quotes[q].1 {
                Quote::Open => depth += 1,
                Quote::Close => {
                    depth = depth.saturating_sub(1);
                    quote_closed = depth == 0;
                }
            }
            q += 1;
        }
        let ends = if quote_closed {
            // `…الصمت؟»`: a quotation ending in a terminator ends the sentence after the mark.
            last_visible_before(text, sentence_start, i).is_some_and(is_terminator)
        } else {
            depth == 0 && is_terminator(c)
        };
        if !ends {
            continue;
        }
        // Take in further terminators, closing brackets, invisible marks.
        let mut boundary = i + c.len_utf8();
        let mut dot_only = c == '.' && !quote_closed;
        while let Some(&(j, d)) = chars.peek() {
            if is_terminator(d) || is_closing_bracket(d) || is_invisible(d) {
                if is_terminator(d) {
                    dot_only = false;
                }
                boundary = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let next = text[boundary..end].chars().next();
        let followed_ok = match next {
            None => true,
            Some(n) if n.is_whitespace() => true,
            Some(n) => is_arabic_letter(n),
        };
        if !followed_ok || (dot_only && is_abbreviation(text, sentence_start, i)) {
            continue;
        }
        push_sentence(text, sentence_start, boundary, out);
        sentence_start = boundary;
    }
    push_sentence(text, sentence_start, end, out);
    // A headline: the line is one sentence, without final punctuation, and short.
    if out.len() == first + 1 {
        let s = &mut out[first];
        let body = &text[s.span.start..s.span.end];
        let last = body
            .chars()
            .rev()
            .find(|&c| !is_invisible(c) && !matches!(c, '»' | '”' | '"' | '›' | ')'));
        s.headline = !last.is_some_and(is_terminator) && body.split_whitespace().count() <= 30;
    }
}

/// Push the sentence in `start..end`, trimmed; nothing if it is empty.
fn push_sentence(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start_matches(is_trim).len();
    let trail = piece.len() - piece.trim_end_matches(is_trim).len();
    if lead + trail >= piece.len() {
        return;
    }
    out.push(Sentence {
        span: Span::new(start + lead, end - trail),
        headline: false,
    });
}

fn last_visible_before(text: &str, from: usize, to: usize) -> Option<char> {
    text[from..to].chars().rev().find(|&c| !is_invisible(c))
}

/// Latin abbreviations that take a full stop inside sentences (lowercase, without the dot).
const LATIN_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "vs", "etc", "gen",
    "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jr", "sr", "mt", "ft", "vol", "pp", "fig",
    "approx", "dept", "est",
];

/// Is the `.` at `dot` the end of an abbreviation rather than of the sentence?
fn is_abbreviation(text: &str, sentence_start: usize, dot: usize) -> bool {
    let before = &text[sentence_start..dot];
    // The token before the dot: letters, digits, tatweel, inner dots.
    let token_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '\u{0640}' || c == '.')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let token = &before[token_start..];
    if token.is_empty() {
        return false;
    }
    let letters: String = token.chars().filter(|&c| c != '\u{0640}').collect();
    let head = &before[..token_start];
    // A list number at the start of the sentence: "1. ".
    if letters.chars().all(|c| c.is_ascii_digit()) {
        return head.chars().all(is_trim);
    }
    // Dotted groups: أ.ف.ب، ق.م، U.S
    if letters.contains('.') {
        return letters
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    }
    let mut chars = letters.chars();
    let single = chars.next().filter(|_| chars.next().is_none());
    if let Some(c) = single {
        if c.is_alphabetic() {
            // An era letter after a year ends the sentence: "عام 1445 هـ." / "2021 م."
            let era = matches!(c, 'ه' | 'م');
            let after_year = head
                .trim_end_matches(is_trim)
                .chars()
                .next_back()
                .is_some_and(|d| d.is_numeric());
            return !(era && after_year);
        }
        return false;
    }
    let lower = letters.to_lowercase();
    LATIN_ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests;
