//! English sentence segmentation for news translations.
//!
//! **In:** English text. **Out:** [`EnSentence`]s with byte spans into it, in order,
//! non-overlapping, trimmed of whitespace; the gaps between them hold only whitespace.
//!
//! Boundaries (the same conventions as the Arabic segmenter and `samples/parallel/README.md`):
//! * every line break (a headline line without a full stop is one sentence), except in a
//!   hard-wrapped text, where a line break inside a paragraph is a space: the text's layout
//!   is decided as the Arabic segmenter's `--layout auto` decides it (`segment::layout`: line
//!   lengths, lines that end without punctuation), and its wraps are read as spaces; and a
//!   line break between a line that ends in a word or a comma and a line that starts with a
//!   lowercase word is a space in any text (no sentence starts lowercase);
//! * after `.` `!` `?` `…` (and runs of them, `...`), possibly followed by closing quotes or
//!   brackets, when whitespace or the line end follows — but never before a word that starts
//!   lowercase (`"Why?" he asked.`, `70km/h... then the rain`, `nuts, etc. which`);
//! * inside a quotation in `"…"` or `“…”` (paired within the line; a straight `"` opens
//!   after whitespace, a bracket or the line start and closes otherwise, and an unclosed one is
//!   dropped when the next opens) only before a capitalized word: a quoted passage of several
//!   sentences is cut into them (`"We are ready. We start tomorrow," he said.` is two), as
//!   translators and aligned corpora cut it (TICO-19, most of FLORES-200): the aligner can
//!   pair two English sentences with one Arabic one, but not one with two; a terminator right
//!   before the closing mark ends the quotation and the sentence (`… obstacles." "We will …`);
//! * after an abbreviation's full stop only as its row in the `abbreviations.rs` table says
//!   (AP Stylebook forms, case-sensitive): titles (`Mr.` `Sen.` `Gov.` `Gen.` …) and `e.g.`
//!   `vs.` never end a sentence; company names, `Jr.` `St.`, states (`Calif.` `N.Y.`), months
//!   (`Jan.` `Sept.`), `U.S.` `U.K.` `U.N.` `E.U.` `D.C.`, other dotted letter groups and
//!   single-letter initials (`John F. Kennedy`) end one only before a word that typically opens
//!   a sentence (`The` `He` `But` `In` …: `moved to the U.S. The …` ends, `U.S. President`
//!   goes on); `etc.` and `et al.` end one before any capitalized word; `a.m.`/`p.m.` before a capitalized
//!   word that is not part of the time (`6 a.m. Thailand …` ends, `10 a.m. Central European
//!   Time`, `9 p.m. GMT` go on); `No.` goes on only before a number;
//! * not inside numbers (`3.5`), URLs or e-mail addresses (no whitespace follows the dot).
//!
//! * after a colon that opens a quotation running beyond the sentence, when a clause of six
//!   words or more comes before it (`… drive governments to action: "All countries can …`;
//!   see `colon.rs`).
//!
//! What it does *not* do: split at other colons or at semicolons, split a headline from the sentence
//! after it on the same line, or split where the space after a full stop is missing
//! (`implications.According`); single quotes are not tracked (they double as apostrophes).

mod abbreviations;

use crate::span::Span;
use abbreviations::Ends;

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
    // A hard-wrapped translation (e-mail, print archive): its wraps are spaces. Decided per
    // text by the layout detection the Arabic segmenter uses (line lengths and endings).
    let wraps = crate::segment::layout::wraps(text, crate::segment::Layout::Auto);
    let mut next_wrap = wraps.iter().peekable();
    // A wrapped line is nearly as long as the text's longest line; a list item is not.
    let longest = text.lines().map(|l| l.trim_end().len()).max().unwrap_or(0);
    for (i, c) in text.char_indices() {
        while next_wrap.next_if(|&&w| w < i).is_some() {}
        if next_wrap.peek() == Some(&&i) {
            continue;
        }
        if matches!(c, '\n' | '\r') && runs_on(text, line_start, i, longest) {
            continue;
        }
        if crate::segment::is_line_break(c) {
            segment_line(text, line_start, i, &mut out);
            line_start = i + c.len_utf8();
        }
    }
    segment_line(text, line_start, text.len(), &mut out);
    out
}

/// Does the line `line_start..brk` run on past its line break at `brk`: it is not blank, it
/// ends without sentence punctuation, and the next line starts with a lowercase word? No
/// English sentence starts lowercase, so the break is a wrap the layout detection could not
/// see (a paragraph wrapped into three or four lines is too short to tell by line lengths).
/// The line must also fill seven tenths of the text's `longest` line: items of a list start
/// lowercase too (`requirement to wear a face mask in public`), and are shorter than the
/// paragraphs around them.
fn runs_on(text: &str, line_start: usize, brk: usize, longest: usize) -> bool {
    let line = text[line_start..brk].trim_end();
    if line.len() * 10 < longest * 7 {
        return false;
    }
    let open = line
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '-' | '–' | '—'));
    let next = text[brk..]
        .trim_start_matches(['\r', '\n'])
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    // A blank line (`\n\n`) is a paragraph break whatever follows.
    let blank = text[brk..]
        .strip_prefix("\r\n")
        .or_else(|| text[brk..].strip_prefix('\n'))
        .or_else(|| text[brk..].strip_prefix('\r'))
        .is_some_and(|rest| rest.starts_with(['\r', '\n']));
    open && next && !blank
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
/// pair. A straight `"` opens after whitespace, an opening bracket or dash or the line start, and
/// closes otherwise; a new opening mark abandons an unclosed one of the same kind (quotations
/// of one kind do not nest). Unpaired marks are left out, so a stray `"` neither swallows the
/// rest of the text nor turns every later quotation inside out.
fn paired_quotes(line: &str) -> Vec<(usize, i32)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut pairs = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        let opens_after = |p: Option<char>| {
            p.is_none_or(|p| {
                p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '“' | '‘')
            })
        };
        let role = match c {
            '“' => Some((true, '”')),
            '”' => Some((false, '”')),
            '"' => Some((opens_after(prev), '"')),
            _ => None,
        };
        prev = Some(c);
        let Some((opens, q)) = role else { continue };
        let same = stack.iter().rposition(|&(_, s)| s == q);
        if opens {
            if let Some(k) = same {
                stack.truncate(k);
            }
            stack.push((i, q));
        } else if let Some(k) = same {
            pairs.push((stack[k].0, 1));
            pairs.push((i, -1));
            stack.truncate(k);
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
        while after < chars.len() {
            let (j, e) = chars[after];
            if quote_at(j) == Some(-1) {
                d -= 1;
            } else if !is_terminator(e) && !is_closing_bracket(e) {
                break;
            }
            after += 1;
        }
        let boundary = chars.get(after).map_or(line.len(), |&(j, _)| j);
        let next_word = line[boundary..].trim_start();
        // Inside a quotation, a sentence ends only before a capitalized word.
        if d > 0 && !opening_trimmed(next_word).starts_with(char::is_uppercase) {
            continue;
        }
        if boundary < line.len() && !line[boundary..].starts_with(char::is_whitespace) {
            continue;
        }
        // Before a lowercase word no terminator ends a sentence: `"Why?" he asked.`,
        // `70km/h... then`, `nuts, etc. which`, an unknown abbreviation.
        if opening_trimmed(next_word).starts_with(char::is_lowercase) {
            continue;
        }
        let single_dot = c == '.' && after == k;
        if single_dot && abbreviation_goes_on(&line[sentence_start..=i], next_word) {
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
    let (a, b) = (start + lead, start + lead + trimmed.len());
    // A clause ending in a colon before a quotation that runs on is a sentence of its own.
    if let Some(cut) = super::colon::colon_quote_cut(trimmed, true) {
        let intro = trimmed[..cut].trim_end();
        out.push(EnSentence {
            span: Span::new(a, a + intro.len()),
        });
        out.push(EnSentence {
            span: Span::new(a + cut, b),
        });
        return;
    }
    out.push(EnSentence {
        span: Span::new(a, b),
    });
}

/// `word` without the opening quotes and brackets before it.
fn opening_trimmed(word: &str) -> &str {
    word.trim_start_matches(['"', '“', '‘', '\'', '(', '['])
}

/// Does the sentence go on after the `.` that ends `before` (the sentence so far, with the
/// dot), given the text after it (`next_word`, which does not start lowercase)?
fn abbreviation_goes_on(before: &str, next_word: &str) -> bool {
    let token_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '(' | '[' | '\''))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let token = &before[token_start..];
    let stem = &token[..token.len() - 1];
    if stem.is_empty() {
        return false;
    }
    if matches!(stem, "No" | "no" | "Nos" | "nos") {
        // "No. 5" but "the answer was No. The …"
        return next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    let ends = abbreviations::lookup(token).or_else(|| {
        let dotted = stem.contains('.')
            && stem.split('.').all(|p| {
                (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic)
            });
        let mut cs = stem.chars();
        let initial = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
        // Other dotted letter groups (`N.Y.`, `a.k.a.`) and single-letter initials
        // (`John F. Kennedy`) go on unless a sentence plainly starts.
        (dotted || initial).then_some(Ends::BeforeStarter)
    });
    let Some(ends) = ends else {
        return false;
    };
    let next = opening_trimmed(next_word);
    let quoted = next.len() < next_word.len();
    let word = next
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | ')' | ']'))
        .next()
        .unwrap_or("");
    let capital = word.starts_with(char::is_uppercase);
    match ends {
        Ends::Never => true,
        Ends::BeforeStarter => {
            // `J. A. Smith`: the next word is an initial, not the article.
            let initial = word.len() == 2 && word.ends_with('.') && capital;
            let bare = word.trim_end_matches(['.', '!', '?']);
            initial || !abbreviations::STARTERS.contains(&bare)
        }
        Ends::BeforeCapital => !(capital || quoted),
        Ends::BeforeNonTime => {
            let bare = word.trim_end_matches([',', '.']);
            let zone =
                (2..=5).contains(&bare.len()) && bare.chars().all(|c| c.is_ascii_uppercase());
            !capital
                || zone
                || abbreviations::TIME_WORDS.contains(&word)
                || abbreviations::TIME_WORDS.contains(&bare)
        }
    }
}

#[cfg(test)]
mod tests;
