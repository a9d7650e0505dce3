//! English sentence segmentation for news translations.
//!
//! **In:** English text. **Out:** [`EnSentence`]s with byte spans into it, in order,
//! non-overlapping, trimmed of whitespace; the gaps between them hold only whitespace.
//!
//! Boundaries (the same conventions as the Arabic segmenter and `samples/parallel/README.md`):
//! * every line break (a headline line without a full stop is one sentence);
//! * after `.` `!` `?` `…` (and runs of them, `...`), possibly followed by closing quotes or
//!   brackets, when whitespace or the line end follows;
//! * not inside a quotation in `"…"` or `“…”` (paired within the line): a quoted passage of
//!   several sentences stays in the sentence that quotes it; a terminator right before the
//!   closing mark ends the quotation and the sentence (`… obstacles." "We will …`), unless the
//!   next word starts lowercase (`"Why?" he asked.`);
//! * not after abbreviations: titles (`Mr.` `Dr.` `Gen.` `Rep.` `St.` …), months (`Jan.` `Oct.`
//!   …), `No.` before a number, dotted letter groups (`U.S.` `U.N.` `e.g.`), single-letter
//!   initials (`J. R. R. Tolkien`);
//! * not inside numbers (`3.5`), URLs or e-mail addresses (no whitespace follows the dot).
//!
//! What it does *not* do: split at colons or semicolons, or decide whether `U.S.` at the end
//! of a sentence ends it (it never does, as in the gold data); single quotes are not tracked
//! (they double as apostrophes).

use crate::span::Span;

/// One English sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnSentence {
    /// Byte span in the English text, without leading or trailing whitespace.
    pub span: Span,
}

/// Split English `text` into sentences.
pub fn segment_english(text: &str) -> Vec<EnSentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (i, c) in text.char_indices() {
        if crate::segment::is_line_break(c) {
            segment_line(text, line_start, i, &mut out);
            line_start = i + c.len_utf8();
        }
    }
    segment_line(text, line_start, text.len(), &mut out);
    out
}

/// Is the sentence at `span` a line of its own without final punctuation (a headline)?
pub(crate) fn is_headline(text: &str, span: Span) -> bool {
    let before = text[..span.start]
        .chars()
        .rev()
        .find(|c| !matches!(c, ' ' | '\t'));
    let after = text[span.end..].chars().find(|c| !matches!(c, ' ' | '\t'));
    let alone = before.is_none_or(crate::segment::is_line_break)
        && after.is_none_or(crate::segment::is_line_break);
    let last = span
        .slice(text)
        .chars()
        .rev()
        .find(|&c| !matches!(c, '"' | '”' | '’' | '\'' | ')' | ']'));
    alone && !last.is_some_and(is_terminator)
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closing_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '’' | '\'')
}

/// Byte positions (relative to the line) of quotation marks that open (+1) or close (-1) a
/// pair. Unpaired marks are left out, so a stray `"` does not swallow the line.
fn paired_quotes(line: &str) -> Vec<(usize, i32)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut pairs = Vec::new();
    for (i, c) in line.char_indices() {
        let opens = match c {
            '“' => Some('”'),
            '"' if stack.last().map(|&(_, q)| q) != Some('"') => Some('"'),
            _ => None,
        };
        if let Some(q) = opens {
            stack.push((i, q));
        } else if matches!(c, '”' | '"') {
            if let Some(k) = stack.iter().rposition(|&(_, q)| q == c) {
                pairs.push((stack[k].0, 1));
                pairs.push((i, -1));
                stack.truncate(k);
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

fn segment_line(text: &str, start: usize, end: usize, out: &mut Vec<EnSentence>) {
    let line = &text[start..end];
    let quotes = paired_quotes(line);
    let quote_at = |i: usize| {
        quotes
            .binary_search_by_key(&i, |&(p, _)| p)
            .ok()
            .map(|k| quotes[k].1)
    };
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut depth = 0i32;
    let mut sentence_start = 0;
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if let Some(d) = quote_at(i) {
            depth += d;
        }
        k += 1;
        if !is_terminator(c) {
            continue;
        }
        // Take in further terminators, closing quotes and brackets.
        let mut after = k;
        let mut d = depth;
        let mut closers = 0;
        while after < chars.len() {
            let (j, e) = chars[after];
            if is_terminator(e) {
            } else if quote_at(j) == Some(-1) {
                d -= 1;
                closers += 1;
            } else if is_closing_bracket(e) {
                closers += 1;
            } else {
                break;
            }
            after += 1;
        }
        if d > 0 {
            continue;
        }
        let boundary = chars.get(after).map_or(line.len(), |&(j, _)| j);
        let next_word = line[boundary..].trim_start();
        if boundary < line.len() && !line[boundary..].starts_with(char::is_whitespace) {
            continue;
        }
        let single_dot = c == '.' && after == k;
        if single_dot && is_abbreviation(&line[sentence_start..i], next_word) {
            continue;
        }
        // `"Why?" he asked.`: a quotation ending in ? or ! inside a sentence.
        if closers > 0 && next_word.starts_with(|n: char| n.is_lowercase()) {
            continue;
        }
        push(text, start + sentence_start, start + boundary, out);
        sentence_start = boundary;
        depth = d;
        k = after;
    }
    push(text, start + sentence_start, end, out);
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<EnSentence>) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    let lead = piece.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    if trimmed.is_empty() {
        return;
    }
    out.push(EnSentence {
        span: Span::new(start + lead, start + lead + trimmed.len()),
    });
}

/// Titles and other abbreviations that take a full stop inside a sentence (lowercase).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm",
    "brig", "sen", "rep", "gov", "rev", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "mt", "ft",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
    "dept", "est", "govt", "pres", "sec", "ave", "blvd",
];

/// Is the `.` that ends `before` (the sentence so far) an abbreviation's?
fn is_abbreviation(before: &str, next_word: &str) -> bool {
    let token_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '(' | '[' | '\''))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let token = &before[token_start..];
    if token.is_empty() {
        return false;
    }
    let lower = token.to_lowercase();
    if lower == "no" || lower == "nos" {
        // "No. 5" but "the answer was no."
        return next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // Dotted letter groups: U.S, U.N, e.g, a.m
    if token.contains('.') {
        return token
            .split('.')
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic));
    }
    // Single-letter initials: "J. R. R. Tolkien"
    let mut cs = token.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        segment_english(input)
            .iter()
            .map(|s| s.span.slice(input))
            .collect()
    }

    /// `(name, input, expected sentences)`.
    const TABLE: &[(&str, &str, &[&str])] = &[
        (
            "full stops",
            "It rained. They left.",
            &["It rained.", "They left."],
        ),
        (
            "question and bang",
            "Why? No! Maybe.",
            &["Why?", "No!", "Maybe."],
        ),
        (
            "ellipsis",
            "They waited... Then left.",
            &["They waited...", "Then left."],
        ),
        (
            "unicode ellipsis",
            "They waited… Then left.",
            &["They waited…", "Then left."],
        ),
        (
            "mr",
            "Mr. Smith came. He sat.",
            &["Mr. Smith came.", "He sat."],
        ),
        (
            "dr",
            "Dr. Sara Abdel Hamid spoke.",
            &["Dr. Sara Abdel Hamid spoke."],
        ),
        (
            "u.s. and u.n.",
            "The U.S. and U.N. officials met. Talks ended.",
            &["The U.S. and U.N. officials met.", "Talks ended."],
        ),
        (
            "month",
            "It began on Jan. 5, 2024. It ended.",
            &["It began on Jan. 5, 2024.", "It ended."],
        ),
        (
            "oct",
            "Since Oct. 7, 2023, many died.",
            &["Since Oct. 7, 2023, many died."],
        ),
        (
            "no. before a number",
            "Resolution No. 2728 passed. Good.",
            &["Resolution No. 2728 passed.", "Good."],
        ),
        (
            "no. at the end",
            "The answer was no. They left.",
            &["The answer was no.", "They left."],
        ),
        (
            "st",
            "They met on St. Mark's Square. Then left.",
            &["They met on St. Mark's Square.", "Then left."],
        ),
        (
            "initials",
            "J. R. R. Tolkien wrote it. Many read it.",
            &["J. R. R. Tolkien wrote it.", "Many read it."],
        ),
        (
            "decimal",
            "Inflation was 3.5 percent. It fell.",
            &["Inflation was 3.5 percent.", "It fell."],
        ),
        (
            "percent decimal",
            "Rates hit 27.25%. Banks held.",
            &["Rates hit 27.25%.", "Banks held."],
        ),
        (
            "url",
            "See www.imf.org for data. Done.",
            &["See www.imf.org for data.", "Done."],
        ),
        (
            "email",
            "Write to help@unhcr.org now. Done.",
            &["Write to help@unhcr.org now.", "Done."],
        ),
        (
            "quote with inner sentences",
            "He said \"There is no safe place. No one is safe,\" and left.",
            &["He said \"There is no safe place. No one is safe,\" and left."],
        ),
        (
            "terminator before closing quote ends it",
            "He said \"the road is hard.\" \"We will go on,\" he added.",
            &[
                "He said \"the road is hard.\"",
                "\"We will go on,\" he added.",
            ],
        ),
        (
            "curly quotes",
            "She said “It is over. We go home.” Then silence.",
            &["She said “It is over. We go home.”", "Then silence."],
        ),
        (
            "question in quote mid-sentence",
            "\"Why?\" he asked.",
            &["\"Why?\" he asked."],
        ),
        (
            "closing bracket",
            "It was late (very late.) We left.",
            &["It was late (very late.)", "We left."],
        ),
        (
            "headline without full stop",
            "Doha talks make progress\nQatar said Sunday talks resume.",
            &[
                "Doha talks make progress",
                "Qatar said Sunday talks resume.",
            ],
        ),
        (
            "line ends a sentence",
            "no stop here\nnext line",
            &["no stop here", "next line"],
        ),
        ("blank lines", "A.\n\n\nB.", &["A.", "B."]),
        (
            "stray quote",
            "He said \"yes. Then left.",
            &["He said \"yes.", "Then left."],
        ),
        (
            "rear adm",
            "Rear Adm. Daniel Hagari said so.",
            &["Rear Adm. Daniel Hagari said so."],
        ),
        (
            "a.m.",
            "At 9 a.m. local time it began.",
            &["At 9 a.m. local time it began."],
        ),
        (
            "trailing spaces",
            "  Hi there.   Bye.  ",
            &["Hi there.", "Bye."],
        ),
    ];

    #[test]
    fn table() {
        for (name, input, expected) in TABLE {
            assert_eq!(texts(input), *expected, "row `{name}`: input {input:?}");
        }
    }

    #[test]
    fn headlines() {
        let text = "Talks resume in Doha\nQatar said talks resume. They did.\nA line.";
        let got: Vec<bool> = segment_english(text)
            .iter()
            .map(|s| is_headline(text, s.span))
            .collect();
        assert_eq!(got, [true, false, false, false]);
    }

    #[test]
    fn empty_and_blank() {
        assert!(segment_english("").is_empty());
        assert!(segment_english(" \n\t\n").is_empty());
    }
}
