//! Sentence segmentation of Arabic news text.
//!
//! **In:** the original text of a document. **Out:** [`Sentence`]s with spans into it, in
//! order, non-overlapping. The text between two sentences (the "gap") holds only whitespace
//! and invisible format characters, so sentences and gaps joined give back the input exactly.
//!
//! Boundaries:
//! * at every line break (a headline line without final punctuation is its own sentence),
//!   except the *wraps* of hard-wrapped text: [`segment_as`] reads the document's [`Layout`]
//!   ([`layout`]) and treats a line break inside a paragraph as a space, so a sentence may
//!   span line breaks (its span still points into the original text);
//! * after `.` `!` `?` `؟` `…` `۔` (and runs of them) followed by a space, a line end, the end
//!   of the text, or an Arabic letter (a missing space after a full stop);
//! * not inside a quotation in «…», “…”, ‹…› or "…": a quoted passage of several sentences stays
//!   in the sentence that quotes it. A sentence that ends with a quotation ends after the
//!   closing mark (`…الوطنية».` after the `.`, `…الصمت؟»` after the `»`). A quotation mark left
//!   open at the end of its line is ignored rather than swallowing the paragraph;
//! * not inside numbers (3.5, 10.000), URLs and e-mail addresses (no space after the dot);
//! * not after abbreviations: a single Arabic or Latin letter (د. م. ص. initials), dotted
//!   letter groups (أ.ف.ب، ق.م، ص.ب، U.S.), common Latin ones (Mr. Dr. No. Jan. …) and a
//!   list number at the start of a sentence (`1. `), and Latin initialisms spelled in Arabic
//!   letter names (`(سي. إن. إن)`, `initials.rs`). Exception: an era letter after a year
//!   (`عام 1445 هـ.` / `2021 م.`) does end the sentence, as it does in print;
//! * after a share bar that opens a line before the lede (`شارك من خلال تويتر فيسبوك … اكتب
//!   رأيك`, `share.rs`);
//! * bidi marks (RLM, LRM, ALM, isolates) next to punctuation are looked through; they stay
//!   in the sentence, never hide a boundary.
//!
//! What it does *not* do: split at the Arabic comma `،`, the colon, or semicolons; guess
//! boundaries in unpunctuated run-on text — except that a sentence longer than
//! [`MAX_SENTENCE_BYTES`] (8 KiB, more than twice the longest of 600 real news articles) is cut
//! after a comma, else at a space, so that no stage's work grows faster than its input.

mod initials;
pub mod layout;
pub mod pdf;
mod share;
pub mod visual;

pub use layout::{join_wraps, Layout};

use serde::Serialize;

use crate::chars::is_arabic_letter;
use crate::normalize::tables::is_invisible;
use crate::simd::{ByteClasses, Isa};
use crate::span::Span;

/// One sentence of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte span in the original text: no leading or trailing whitespace.
    pub span: Span,
    /// A line of its own without final punctuation: a headline or a subheading.
    pub headline: bool,
}

/// Split `text` into sentences, every line break ending one (the `lines` layout; see
/// [`segment_as`] for the others).
pub fn segment(text: &str) -> Vec<Sentence> {
    segment_wrapped(text, &[], false)
}

/// A document segmented in a [`Layout`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    /// The layout it was read as (never `Auto`).
    pub layout: Layout,
    pub sentences: Vec<Sentence>,
    /// The byte offsets of the line-break bytes read as spaces (see `layout::resolve_and_wraps`).
    pub wraps: Vec<usize>,
    /// The PDF repairs to apply to the normalization (`Layout::Pdf` only; see
    /// `segment::pdf::repair_normalized`).
    pub repairs: Vec<pdf::Repair>,
}

/// Split `text` into sentences in `layout` (`Auto`: decided from the text, `layout::detect`).
/// In `wrapped`, a sentence may span line breaks: its span still points into `text`.
pub fn segment_as(text: &str, layout: Layout) -> Segmented {
    // `auto` repairs what a PDF extractor broke when the text carries its marks (see
    // `pdf::extractor_marks`); finding the damage itself reads every word against a lexicon,
    // which ordinary text is not made to pay for.
    let pdf = match layout {
        Layout::Pdf => true,
        Layout::Auto => pdf::extractor_marks(text),
        _ => false,
    };
    let repairs = if pdf {
        pdf::pdf_repairs(text, true).repairs
    } else {
        Vec::new()
    };
    let (layout, wraps) = layout::resolve_and_wraps(text, layout);
    Segmented {
        layout,
        sentences: segment_wrapped(text, &wraps, pdf),
        wraps,
        repairs,
    }
}

/// [`segment`], with the line-break bytes at `wraps` (sorted) read as spaces; `pdf`: the text
/// carries a PDF extractor's marks (see [`segment_line`]).
fn segment_wrapped(text: &str, wraps: &[usize], pdf: bool) -> Vec<Sentence> {
    let mut w = 0; // next entry of `wraps`
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let bytes = text.as_bytes();
    let mut events = Vec::new();
    let mut line_start = 0;
    // One pass over the bytes, a block of 64 at a time: the bytes of interest in a block (few:
    // most blocks have none) are found at once as the bits of a mask and looked at one by one.
    // The masks are made for a run of blocks at a time, with vector instructions. The
    // punctuation events of a line are collected, and at each line break the line is
    // segmented from its events alone.
    let isa = Isa::detect();
    let mut masks = [[0u64; 1]; BLOCKS_PER_RUN];
    for (r, run) in bytes.chunks(64 * BLOCKS_PER_RUN).enumerate() {
        let n = INTERESTING.masks(isa, run, &mut masks);
        for (k, &[mask]) in masks[..n].iter().enumerate() {
            let base = 64 * (BLOCKS_PER_RUN * r + k);
            let mut hits = mask;
            while hits != 0 {
                let i = base + hits.trailing_zeros() as usize;
                hits &= hits - 1;
                let b = bytes[i];
                let c = match b {
                    // ؟ (D8 9F) and ۔ (DB 94) are found by their second byte, as Arabic letters
                    // share their lead bytes: a continuation byte counts only after the right
                    // lead.
                    0x9F | 0x94 => {
                        let (lead, c) = if b == 0x9F {
                            (0xD8, '؟')
                        } else {
                            (0xDB, '۔')
                        };
                        if i > 0 && bytes[i - 1] == lead {
                            events.push((i - 1, c));
                        }
                        continue;
                    }
                    0x00..=0x7F => char::from(b),
                    // A lead byte (C2 or E2): the whole char.
                    _ => text[i..].chars().next().expect("i is on a char boundary"),
                };
                if is_line_break(c) {
                    while w < wraps.len() && wraps[w] < i {
                        w += 1;
                    }
                    if w < wraps.len() && wraps[w] == i {
                        continue; // a wrap: the line goes on
                    }
                    segment_line(text, line_start, i, &events, pdf, &mut out);
                    events.clear();
                    line_start = i + c.len_utf8();
                } else if is_terminator(c) || is_quote(c) {
                    events.push((i, c));
                }
            }
        }
    }
    segment_line(text, line_start, bytes.len(), &events, pdf, &mut out);
    if out.iter().any(|s| s.span.len() > MAX_SENTENCE_BYTES) {
        out = cap_long(text, out);
    }
    out
}

/// The longest sentence, in bytes, that [`segment`] gives. The longest of 6,806 sentences of
/// 600 real news articles is 3,336 bytes; a longer one is run-on text (a paragraph with no
/// full stop, a list, a table flattened into a line). The fact stages compare the quotes and
/// people of a sentence with each other, so a sentence without bound would make them quadratic
/// in its length; cut at this bound, every command stays linear at any input shape.
pub const MAX_SENTENCE_BYTES: usize = 8 * 1024;

/// Cut the sentences longer than [`MAX_SENTENCE_BYTES`] into pieces no longer than it: after
/// the last comma (، , ؛ ;) followed by a space in the second half of the window, else at the
/// last space, else at a character boundary (a single word that long). The pieces keep the
/// sentence's `headline` flag and the contract (trimmed spans, gaps of whitespace only).
fn cap_long(text: &str, sentences: Vec<Sentence>) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len() + 8);
    for s in sentences {
        let (mut from, end) = (s.span.start, s.span.end);
        while end - from > MAX_SENTENCE_BYTES {
            let mut limit = from + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let window = &text[from..limit];
            let mut half = window.len() / 2;
            while !window.is_char_boundary(half) {
                half -= 1;
            }
            let comma = window[half..]
                .char_indices()
                .rfind(|&(k, c)| {
                    matches!(c, '،' | ',' | '؛' | ';')
                        && window[half + k + c.len_utf8()..].starts_with(char::is_whitespace)
                })
                .map(|(k, c)| half + k + c.len_utf8());
            let cut = comma
                .or_else(|| window.rfind(char::is_whitespace).filter(|&k| k > 0))
                .map_or(limit, |k| from + k);
            let piece = text[from..cut].trim_end();
            out.push(Sentence {
                span: Span::new(from, from + piece.len()),
                headline: s.headline,
            });
            let rest = &text[cut..end];
            from = cut + rest.len() - rest.trim_start().len();
        }
        if from < end {
            out.push(Sentence {
                span: Span::new(from, end),
                headline: s.headline,
            });
        }
    }
    out
}

/// The lead bytes of the characters [`segment`] looks at (a terminator, a quotation mark, a
/// line break): LF VT FF CR, `!` `"` `.` `?`; « » NEL (C2), … “ ” ‹ › ‼ ⁇ ⁈ ⁉ LS PS (E2); and
/// the second bytes of ؟ and ۔ (9F, 94). Everything else (Arabic letters are mostly D8–DB) is
/// skipped without decoding.
const INTERESTING: ByteClasses<1> = ByteClasses::new([&[
    b'\n', 0x0B, 0x0C, b'\r', b'!', b'"', b'.', b'?', 0xC2, 0xE2, 0x9F, 0x94,
]]);

/// How many 64-byte blocks [`segment`] masks at a time.
const BLOCKS_PER_RUN: usize = 64;

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

/// `is_trim` of the char that starts with byte `lead` and ends with byte `last`, when those
/// settle it: ASCII, and the Arabic block U+0600–U+06FF (lead D8–DB), where only ALM U+061C
/// (D8 9C) is trimmed. `None`: decode the char.
#[inline]
fn trim_by_bytes(lead: u8, last: u8) -> Option<bool> {
    match lead {
        0..=0x7F => Some(is_ascii_space(lead)),
        0xD8..=0xDB => Some(lead == 0xD8 && last == 0x9C),
        _ => None,
    }
}

/// The number of bytes `s.trim_start_matches(is_trim)` removes.
fn leading_trim(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let len = if b[i] < 0x80 {
            1
        } else {
            b[i].leading_ones() as usize
        };
        let trim = match trim_by_bytes(b[i], b[i + len - 1]) {
            Some(t) => t,
            None => s[i..].chars().next().is_some_and(is_trim),
        };
        if !trim {
            break;
        }
        i += len;
    }
    i
}

/// The number of bytes `s.trim_end_matches(is_trim)` removes.
fn trailing_trim(s: &str) -> usize {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 {
        // The char ending at `end` starts at the last byte that is not a continuation byte.
        let mut start = end - 1;
        while b[start] & 0xC0 == 0x80 {
            start -= 1;
        }
        let trim = match trim_by_bytes(b[start], b[end - 1]) {
            Some(t) => t,
            None => s[start..].chars().next().is_some_and(is_trim),
        };
        if !trim {
            break;
        }
        end = start;
    }
    b.len() - end
}

pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_quote(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '‹' | '›' | '"')
}

fn is_closing_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '﴾')
}

/// `char::is_alphanumeric`, with the common Arabic and ASCII cases answered first.
fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_arabic_letter(c) || (!c.is_ascii() && c.is_alphanumeric())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    Open,
    Close,
}

/// The quotation marks among a line's events that open or close a quotation, paired:
/// `(byte, kind)`. Unpaired marks are left out, so an unclosed « does not swallow the line.
fn paired_quotes(events: &[(usize, char)]) -> Vec<(usize, Quote)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut pairs = Vec::new();
    for &(i, c) in events {
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
                pairs.push((open, Quote::Open));
                pairs.push((i, Quote::Close));
            }
        }
    }
    pairs.sort_unstable_by_key(|&(i, _)| i);
    pairs
}

/// Segment the line `start..end` of `text`, given its punctuation events (in order).
///
/// `pdf` (the text carries a PDF extractor's marks): a full stop that pdftotext moved before
/// the number it follows (`عام` U+202A ` .2013` U+202C `وأشار` for `عام 2013. وأشار`) ends
/// the sentence after the number's embedding ([`moved_before_number`]). A full stop that is
/// the first thing on
/// its line and is followed by a word (through closing quotes and a space: `. العالمي`,
/// `.»تلميذ`) ends no sentence. PyMuPDF lays a line's final stop out on its left and writes
/// it first; the sentence it ends ends at that line's end, where the line break (the
/// paragraph's short last line) or the next stop ends it. Outside PDF text a line may begin
/// with `. ` where a wrapper broke `word .`, and that stop does end a sentence.
fn segment_line(
    text: &str,
    start: usize,
    end: usize,
    events: &[(usize, char)],
    pdf: bool,
    out: &mut Vec<Sentence>,
) {
    // A share bar glued before the lede (`شارك من خلال تويتر فيسبوك … اكتب رأيك قال …`) is a
    // sentence of its own; it holds no punctuation, so no event is left behind.
    let start = match share::share_bar_end(text, start, end) {
        Some(bar_end) => {
            push_sentence(text, start, bar_end, out);
            bar_end
        }
        None => start,
    };
    if events.is_empty() {
        // No terminator and no quotation mark: the line is one sentence (or blank), and a
        // headline when it is short.
        if let Some(span) = trimmed(text, start, end) {
            let headline = at_most_30_words(span.slice(text));
            out.push(Sentence { span, headline });
        }
        return;
    }
    let quotes = if events.iter().any(|&(_, c)| is_quote(c)) {
        paired_quotes(events)
    } else {
        Vec::new()
    };
    let mut q = 0; // next entry of `quotes`
    let mut depth = 0usize;
    let mut sentence_start = start;
    let first = out.len();
    let mut consumed = start; // events before this byte were taken in by a boundary
    let mut displaced = None; // the last stop read as moved to its line's start (`pdf`)
    for &(i, c) in events {
        if i < consumed {
            continue;
        }
        if pdf && c == '.' && displaced_stop(text, start, i) {
            displaced = Some(i);
            continue;
        }
        if pdf && c == '.' {
            if let Some(b) = moved_before_number(text, i, end) {
                if depth == 0 {
                    push_sentence(text, sentence_start, b, out);
                    sentence_start = b;
                    consumed = b;
                }
                continue;
            }
        }
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
            text[sentence_start..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_invisible(c))
                .is_some_and(|(at, c)| is_terminator(c) && displaced != Some(sentence_start + at))
        } else {
            depth == 0 && is_terminator(c)
        };
        if !ends {
            continue;
        }
        // Take in further terminators, closing brackets, invisible marks.
        let mut boundary = i + c.len_utf8();
        let mut dot_only = c == '.' && !quote_closed;
        for d in text[boundary..end].chars() {
            if is_terminator(d) || is_closing_bracket(d) || is_invisible(d) {
                dot_only &= !is_terminator(d);
                boundary += d.len_utf8();
            } else {
                break;
            }
        }
        consumed = boundary;
        while q < quotes.len() && quotes[q].0 < boundary {
            q += 1; // marks taken in are closers of nothing open at depth 0
        }
        // A stop glued to the next word ends a sentence (`انتهى.وقال`, `المرضية .ويعتمد`),
        // except at the start of a line (after a wrap): there a PDF extractor that reorders
        // right-to-left lines (PyMuPDF) puts a paragraph's final stop, before the paragraph's
        // last line (`صحيفة` LF `.ميرور البريطانية`).
        let followed_ok = match text[boundary..end].chars().next() {
            None => true,
            Some(n) if n.is_whitespace() => true,
            Some(n) => {
                is_arabic_letter(n)
                    && !(dot_only
                        && boundary == i + 1
                        && text[start..i]
                            .trim_end_matches([' ', '\t'])
                            .chars()
                            .next_back()
                            .is_none_or(|p| matches!(p, '\n' | '\r')))
            }
        };
        if !followed_ok
            || (dot_only
                && (is_abbreviation(text, sentence_start, i)
                    || initials::in_spelled_initialism(text, i)))
        {
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
        s.headline = !last.is_some_and(is_terminator) && at_most_30_words(body);
    }
}

/// Is the `.` at `dot` the first thing on its line (after a line break at or after `start`,
/// or at `start`), with a word after it through closing quotes and spaces (see
/// [`segment_line`])?
fn displaced_stop(text: &str, start: usize, dot: usize) -> bool {
    let first = text[start..dot]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|p| matches!(p, '\n' | '\r' | '\u{0C}'));
    first
        && text[dot + 1..]
            .trim_start_matches(['»', '”', '"', ')', ' '])
            .chars()
            .next()
            .is_some_and(is_arabic_letter)
}

/// The end of the number's embedding when the `.` at `dot` (before `end`, its line's end)
/// is a stop pdftotext moved before that number: the embedding opens right before it
/// (U+202A LRE, a space), holds only digits, spaces and dashes after it, and closes
/// (U+202C PDF) before an Arabic letter, another PDF or the line's end. A decimal point it
/// splits off (`92.93` as U+202A `.93` U+202C RLM U+202A ` 92` …) is followed by RLM and
/// another embedding, not by a letter: no stop.
fn moved_before_number(text: &str, dot: usize, end: usize) -> Option<usize> {
    const LRE: &str = "\u{202A}";
    const PDF: &str = "\u{202C}";
    let before = &text[..dot];
    if !(before.ends_with(LRE) || before.strip_suffix(' ').is_some_and(|b| b.ends_with(LRE))) {
        return None;
    }
    let run = &text[dot + 1..end];
    let digits = run.find(|c: char| !(c.is_ascii_digit() || c == ' ' || c == '-'))?;
    if !run[..digits].starts_with(|c: char| c.is_ascii_digit()) || !run[digits..].starts_with(PDF) {
        return None;
    }
    let close = dot + 1 + digits + PDF.len();
    let next = text[close..end].chars().next();
    next.is_none_or(|n| is_arabic_letter(n) || PDF.starts_with(n))
        .then_some(close)
}

/// Does `text` have at most 30 words (runs of non-whitespace)? 31 words need at least 61
/// characters, so a shorter line is settled without decoding it. Non-ASCII whitespace starts
/// with byte C2 (NEL, NBSP), E1, E2 or E3; without those, words are counted on the bytes.
fn at_most_30_words(text: &str) -> bool {
    if text.len() < 61 {
        return true;
    }
    let b = text.as_bytes();
    let wide_space_lead = |x: u8| (x == 0xC2) | (x.wrapping_sub(0xE1) < 3);
    let space = |x: u8| (x.wrapping_sub(b'\t') < 5) | (x == b' ');
    // Fewer than 30 bytes that may separate words (a space, or the lead byte of a wide one)
    // make fewer than 31 words: the common case, settled by counting them.
    let separators: usize = b
        .chunks(128)
        .map(|c| {
            c.iter()
                .fold(0u8, |n, &x| n + u8::from(space(x) | wide_space_lead(x)))
        })
        .map(usize::from)
        .sum();
    if separators < 30 {
        return true;
    }
    if b.iter().fold(false, |any, &x| any | wide_space_lead(x)) {
        return text.split_whitespace().nth(30).is_none();
    }
    // A word starts at a non-space byte at the start or after a space.
    let starts = b
        .iter()
        .zip(&b[1..])
        .map(|(&before, &x)| u32::from(space(before) & !space(x)))
        .sum::<u32>()
        + u32::from(!space(b[0]));
    starts <= 30
}

/// Push the sentence in `start..end`, trimmed; nothing if it is empty.
fn push_sentence(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    if let Some(span) = trimmed(text, start, end) {
        out.push(Sentence {
            span,
            headline: false,
        });
    }
}

/// `start..end` without the whitespace and invisible marks at its ends; `None` if nothing is
/// left. The common ends (ASCII, Arabic letters) are settled on their bytes first.
#[inline]
fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let b = &text.as_bytes()[start..end];
    let lead = match b {
        [] => return None,
        [x, ..] if *x < 0x80 && !is_ascii_space(*x) => 0,
        [x, y, ..] if (0xD8..=0xDB).contains(x) && !(*x == 0xD8 && *y == 0x9C) => 0,
        _ => leading_trim(&text[start..end]),
    };
    if lead == b.len() {
        return None;
    }
    let trail = match b {
        [.., x] if *x < 0x80 && !is_ascii_space(*x) => 0,
        [.., x, y] if *y >= 0x80 && (0xD8..=0xDB).contains(x) && !(*x == 0xD8 && *y == 0x9C) => 0,
        _ => trailing_trim(&text[start..end]),
    };
    Some(Span::new(start + lead, end - trail))
}

/// The ASCII chars [`is_trim`] trims: tab, LF, VT, FF, CR and space.
#[inline(always)]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
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
    // The common case, settled on the bytes: a word of three Arabic letters or more (no
    // tatweel) before the dot is none of the shapes `abbreviation_before` accepts.
    if let Some(&[a, b, c, d, e, f]) = before.as_bytes().get(before.len().saturating_sub(6)..) {
        // A two-byte char of the Arabic block (lead D8–DB) that is an Arabic letter.
        let arabic = |lead: u8, second: u8| {
            (0xD8..=0xDB).contains(&lead)
                && char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(second & 0x3F))
                    .is_some_and(is_arabic_letter)
        };
        if arabic(a, b) && arabic(c, d) && arabic(e, f) {
            return false;
        }
    }
    abbreviation_before(before)
}

/// Does the sentence text `before` a full stop end with an abbreviation?
///
/// Invisible marks inside the token are passed over: a PDF extractor writes `د.ب.أ` with
/// each dot in a left-to-right embedding (`د` U+202A `.` U+202C `ب` …), and may move the
/// space after the dot into it, before the dot (`د` U+202A ` .` U+202C): a space right after
/// a mark is read as not there.
pub(crate) fn abbreviation_before(before: &str) -> bool {
    let invisible = crate::normalize::tables::is_invisible;
    let trimmed = before.trim_end_matches(' ');
    let before = if trimmed.len() < before.len() && trimmed.ends_with(invisible) {
        trimmed
    } else {
        before
    };
    // The token before the dot: letters, digits, tatweel, inner dots (at most 16 chars).
    let mut token_start = before.len();
    for (n, (i, c)) in before.char_indices().rev().enumerate() {
        if n == 16 || !(is_letter_or_digit(c) || c == '\u{0640}' || c == '.' || invisible(c)) {
            break;
        }
        token_start = i;
    }
    let token = &before[token_start..];
    if token.is_empty() || token.len() > 48 {
        return false;
    }
    let head = &before[..token_start];
    let letters = || token.chars().filter(|&c| c != '\u{0640}' && !invisible(c));
    // A list number at the start of the sentence: "1. ".
    if letters().all(|c| c.is_ascii_digit()) {
        return head.chars().all(is_trim);
    }
    // Dotted groups: أ.ف.ب، ق.م، U.S
    if token.contains('.') {
        return token.split('.').all(|p| {
            let mut n = 0;
            p.chars()
                .filter(|&c| c != '\u{0640}' && !invisible(c))
                .all(|c| {
                    n += 1;
                    c.is_alphabetic()
                })
                && n <= 2
        });
    }
    let mut it = letters();
    if let (Some(c), None) = (it.next(), it.next()) {
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
    token.is_ascii()
        && LATIN_ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(token))
}

#[cfg(test)]
mod tests;
