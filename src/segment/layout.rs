//! Layout: how a document uses its line breaks, decided from the text itself.
//!
//! **In:** the original text of a document and a requested [`Layout`] (`auto` by default).
//! **Out:** the layout it was read as ([`detect`] for `auto`) and the *wraps*: the byte
//! offsets of the line-break bytes that are read as spaces. [`super::segment_as`]
//! uses them to segment, and [`join_wraps`] makes the `match` normalization see a space there.
//!
//! The layouts:
//! * `lines`: one sentence (or several) per line: every line break ends a sentence. Today's
//!   rule, and what plain [`super::segment`] does.
//! * `paragraphs`: one paragraph per line, usually with blank lines between: segmented as
//!   `lines` (a line break ends a sentence); the label says what the document looks like.
//! * `wrapped`: hard-wrapped text (print archives, e-mail, text extracted from PDFs): a line
//!   break inside a paragraph is a space, and the segmenter's own rules find the sentences
//!   across it. A line break is a *wrap* when both lines around it are non-blank and the line
//!   before it is *filled*: with the first word of the next line it would reach 85 % of the
//!   wrap width (a greedy wrapper breaks only where the next word did not fit). Any other line
//!   break ends a sentence: a blank line, the short last line of a paragraph, a headline, a
//!   dateline such as `نيويورك - واس`, a signature. The first line, the headline candidate, is
//!   held to the strict test: it is a wrap only if, with the next line's first word, it would
//!   be longer than every other line. A filled line that ends with `.` `!` `?` `؟` is a wrap
//!   too, so a sentence ends there by the segmenter's rules (not inside a quotation, not after
//!   `د.`), exactly as when the paragraph is on one line.
//!
//! Detection (`auto`, per document, from the text alone): the *inner* lines are the non-blank
//! lines followed by a non-blank line (where a wrap could be); the wrap width is the 90th
//! percentile of the lengths of the non-blank lines after the first. A document is `wrapped`
//! when it has at least 2 inner lines (4 when its width is under 40), its wrap width is 20 to
//! 120 characters (a newspaper column holds 25–40; e-mail wraps at 72–80; an A4 PDF page line
//! holds about 100–110 Arabic characters), at least half of its inner lines end without
//! sentence punctuation (looking through closing quotes and brackets; a dot after an
//! abbreviation is no end), and at least 60 % of those open lines are filled: a paragraph cut
//! at a column, not a list or verse; and it has sentences: at least one `.` `!` `?` `؟` before
//! a space or a line end per twenty non-blank lines, or per 20 × 60 / width lines when the
//! width is under 60 (Arabic news sentences are long and comma-joined: ten wrapped lines to a
//! sentence occur) (a list of headlines has lines of a like length without punctuation, but no
//! sentences). Otherwise it is `paragraphs` when blank lines separate at least half of its
//! lines or its median line is over 200 characters (several sentences), and `lines` else. A
//! document of fewer than 3 non-blank lines is `lines`: there is nothing to tell from.
//!
//! A page break inside a paragraph (a form feed, with at most two blank lines around it, as
//! pdftotext and PyMuPDF write one) is a wrap when the page's last line is filled: all its
//! bytes (the LF and CR of the blank lines, the FF) are wraps. Whitespace at a line's edge (a
//! paragraph's indentation, a space after its last word) marks a break a person made, not a
//! wrapper, and ends the sentence, unless the document has it at more than a third of its
//! breaks or carries a PDF extractor's marks.
//!
//! Invariants: the input is never rewritten: sentences keep spans into the original text, and
//! a sentence of a wrapped document simply spans its line breaks. Only LF, CR, CR LF and the
//! FF of a page break can be wraps; VT, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR and a FF
//! that is not a page break inside a paragraph are explicit and end a sentence. So in every
//! layout, a sentence holds a LF, CR or FF only where it is a wrap, and [`join_wraps`] can
//! turn each of them into a space byte for byte (1:1: the offset map is unchanged, the
//! normalized text stays valid UTF-8 and every line number survives in the original).
//!
//! Why a pass after normalization and not a normalization [`crate::normalize::Rule`]: rules
//! are per character and context-free (they run on a sentence or a glossary entry alike, and
//! keep line breaks so line numbers survive); a wrap is known only after the layout of the
//! whole document is decided. The pass runs on the document's `match` normalization, after
//! segmentation, so the token stage, the glossary matcher (a line break between two words
//! blocks a multi-word term, a space does not), the fact rules and the summarizer all read a
//! space. Where the wrapped line had trailing or leading spaces, the space run is longer than
//! one space; the matcher reads any run of spaces as a space.
//!
//! What it does *not* do:
//! * rejoin a word cut at a line end or by a stray space, or repair lam-alef broken by PDF
//!   extraction (`ال` for `لا`): [`super::pdf`] proposes those repairs with a lexicon of
//!   common words, as edits against the original text (not applied here);
//! * read lines stored in visual (right-to-left reversed) order: [`super::visual`] detects
//!   them (by their presentation forms, as pdfminer writes them) and turns them around with
//!   a map back, but the pipeline does not apply it, so such text is read as it is stored;
//! * tell `wrapped` from `lines` in a document of one or two lines, or in text wrapped at
//!   fewer than 20 columns (verse and lists look the same);
//! * tell a headline from a wrapped line when it is as long as a full line and runs straight
//!   into the body without a blank line: it is joined to the first sentence.

use crate::normalize::Normalized;
use crate::span::Span;

/// How a document uses its line breaks (see the module docs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// Decide per document (`detect`).
    #[default]
    Auto,
    /// Every line break ends a sentence.
    Lines,
    /// One paragraph per line: segmented as `Lines`.
    Paragraphs,
    /// Hard-wrapped: a line break inside a paragraph is a space.
    Wrapped,
    /// Extracted from a PDF: line breaks read as in `Auto`, and the stray spaces inside words
    /// and broken lam-alef of `segment::pdf` repaired ([`crate::pdf_repairs`]).
    Pdf,
}

impl Layout {
    pub const ALL: [Layout; 5] = [
        Layout::Auto,
        Layout::Lines,
        Layout::Paragraphs,
        Layout::Wrapped,
        Layout::Pdf,
    ];

    /// Its name on the command line and in output.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Auto => "auto",
            Layout::Lines => "lines",
            Layout::Paragraphs => "paragraphs",
            Layout::Wrapped => "wrapped",
            Layout::Pdf => "pdf",
        }
    }

    /// The layout `text`'s line breaks are read as: `self`, or `detect` for `Auto` and `Pdf`.
    pub fn resolve(self, text: &str) -> Layout {
        match self {
            Layout::Auto | Layout::Pdf => detect(text),
            l => l,
        }
    }
}

impl std::fmt::Display for Layout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A line is *filled* when it and the first word of the next line, with a space between,
/// reach this share of the wrap width: a greedy wrapper breaks a line only there (the next
/// word did not fit), and the slack allows for proportional fonts and justified text. 0.9
/// before text from real PDFs was measured (`dev/pdf_real.py`): there Arabic letters of
/// unequal widths leave 1.6 % of the wrapped lines under 0.9 of the width and 0.7 % under
/// 0.85; at 0.85 sentence F1 went 0.942 → 0.950 there and 0.9886 → 0.9890 on news wrapped
/// at 60–80 columns (`dev/layout_eval.py`), with text not wrapped unchanged.
const FILL: f64 = 0.85;

/// Is line `a` (the `k`-th) filled, so that the break before `b` may be a wrap? The first
/// non-blank line, a headline candidate, must be filled strictly: with the first word of `b`
/// it would be longer than every other line. Any other line gets the slack of [`FILL`]
/// against the wrap width, and so does the first line of text that carries a PDF
/// extractor's marks (`pdf`): a typeset line of proportional Arabic letters holds up to a
/// sixth more letters than another of the same width, so a full first line is rarely the
/// longest (`dev/pdf_real.py`).
fn filled(text: &str, k: usize, a: &Line, b: &Line, s: &Stats, pdf: bool) -> bool {
    let with_next = a.chars + 1 + b.first_word(text);
    if Some(k) == s.first && !pdf {
        with_next > s.widest
    } else {
        with_next as f64 >= FILL * s.width as f64
    }
}
/// The shortest wrap width (chars) a wrapped text has: a newspaper column holds 25–40
/// Arabic characters, a phone-width copy about 30. Below it, a line holds three or four
/// words, and verse and lists look the same.
const MIN_WIDTH: usize = 20;
/// Under this width (the old minimum) a text needs four inner lines, not two, to be read as
/// wrapped: a snippet of three short lines is as often a list or a headline and its lines.
const NARROW: usize = 40;
/// A wrapped text has a sentence stop per this many non-blank lines at [`FULL_WIDTH`] (news
/// sentences are long and comma-joined: ten wrapped lines to a sentence occur) ...
const SENTENCE_LINES: usize = 20;
/// ... and per proportionally more lines when its width is narrower: at 30 columns a
/// sentence takes twice the lines (at 25–40 columns, 11 of the 600 dev articles failed the
/// test per line).
const FULL_WIDTH: usize = 60;
/// The longest wrap width (90th percentile of line lengths, in chars) a wrapped text has.
const MAX_WIDTH: usize = 120;

/// One line of a document: byte span without its break, the break's bytes, and what the
/// layout needs to know. Its first word and closing punctuation matter only for a line
/// between two non-blank lines (in news, most lines have a blank line after them): they are
/// read from the text when asked for.
#[derive(Clone, Copy, Debug)]
struct Line {
    /// The line break after it: its byte offset and length (0 at the end of the text).
    brk: usize,
    brk_len: usize,
    /// May the break be a wrap (LF, CR, CR LF)?
    soft: bool,
    /// Its byte span without leading and trailing whitespace (and invisible chars).
    start: usize,
    end: usize,
    /// Chars of that span; 0 for a blank line.
    chars: usize,
}

impl Line {
    fn trimmed<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Chars of its first word.
    fn first_word(&self, text: &str) -> usize {
        self.trimmed(text)
            .split(char::is_whitespace)
            .next()
            .map_or(0, crate::chars::count)
    }

    /// Does it end with sentence punctuation?
    fn closed(&self, text: &str) -> bool {
        ends_closed(self.trimmed(text))
    }
}

/// The lines of `text`, split at every line break (CR LF is one break).
fn lines(text: &str) -> Vec<Line> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 64 + 1);
    let mut start = 0;
    let mut i = 0;
    let mut push = |start: usize, end: usize, brk_len: usize, soft: bool| {
        let body = &text[start..end];
        let head = body.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c));
        let trimmed = head.trim_end_matches(|c: char| c.is_whitespace() || is_invisible(c));
        let from = end - head.len();
        out.push(Line {
            brk: end,
            brk_len,
            soft,
            start: from,
            end: from + trimmed.len(),
            chars: visible_chars(trimmed),
        });
    };
    if !has_rare_breaks(b) {
        // Only LF: found by `memchr`, a block at a time.
        for i in memchr::memchr_iter(b'\n', b) {
            push(start, i, 1, true);
            start = i + 1;
        }
        push(start, b.len(), 0, false);
        return out;
    }
    while i < b.len() {
        let c = b[i];
        // Line breaks: LF, VT, FF, CR (ASCII); NEL (C2 85); LS, PS (E2 80 A8/A9).
        let (len, soft) = match c {
            b'\n' => (1, true),
            b'\r' if b.get(i + 1) == Some(&b'\n') => (2, true),
            b'\r' => (1, true),
            0x0B | 0x0C => (1, false),
            0xC2 if b.get(i + 1) == Some(&0x85) => (2, false),
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => {
                (3, false)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        push(start, i, len, soft);
        i += len;
        start = i;
    }
    push(start, b.len(), 0, false);
    out
}

/// Does `b` hold a line break other than LF: CR, VT, FF, NEL (C2 85), LS or PS (E2 80 A8/A9)?
/// Two passes of `memchr` (the lead bytes C2 and E2 are few: « » “ ” – …), not one search
/// per multi-byte break.
fn has_rare_breaks(b: &[u8]) -> bool {
    memchr::memchr3(b'\r', 0x0B, 0x0C, b).is_some()
        || memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| match b[i] {
            0xC2 => b.get(i + 1) == Some(&0x85),
            _ => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)),
        })
}

/// The chars of a line that take space on a page: all but the zero-width and bidi marks of
/// the U+2000 block (ZWSP … RLM, LRE … RLO, WORD JOINER, LRI … PDI). A PDF extractor wraps
/// every line, and every run of digits or punctuation in it, in bidi embeddings: counted,
/// they would make a line with many commas look longer than a full line without any, and
/// the wrap width with them.
fn visible_chars(line: &str) -> usize {
    let b = line.as_bytes();
    let marks = memchr::memchr_iter(0xE2, b)
        .filter(|&i| {
            line.get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_invisible)
        })
        .count();
    crate::chars::count(line) - marks
}

fn is_invisible(c: char) -> bool {
    crate::normalize::tables::is_invisible(c)
}

/// Does a (trimmed) line end with sentence punctuation, looking through closing quotes and
/// brackets, and not at an abbreviation (`د.`)?
fn ends_closed(line: &str) -> bool {
    let body = line.trim_end_matches(|c: char| {
        is_invisible(c) || matches!(c, '»' | '”' | '"' | '›' | ')' | ']' | '’' | '\'')
    });
    let Some(last) = body.chars().next_back() else {
        return false;
    };
    if !super::is_terminator(last) {
        return false;
    }
    if last == '.' {
        let before = body.trim_end_matches('.');
        // A single dot after an abbreviation (`د.`, `أ.ف.ب.`) does not close the line.
        if body.len() - before.len() == 1 && super::abbreviation_before(before) {
            return false;
        }
    }
    true
}

/// The sentence punctuation in `text` followed by whitespace or the end (not `3.5`).
/// Invisible characters between them do not count: text extracted from a PDF wraps runs of
/// punctuation and digits in bidi embeddings (U+202A `.` U+202C, then a line break).
///
/// A `.` that begins a line glued to a word counts too: an extractor that reorders
/// right-to-left lines (PyMuPDF) writes a paragraph's final stop there (`.ميرور البريطانية`);
/// so does a stop glued to the Arabic word after it (`ريح.كل`), where the segmenter ends a
/// sentence: some writers never type the space (one of the 600 dev articles, wrapped at
/// 60–80 columns, read as lines for want of stops).
fn stops(text: &str) -> usize {
    let mut n = 0;
    let mut prev_stop = false;
    let mut line_start = true;
    let mut stop_at_start = false;
    for c in text.chars() {
        if prev_stop && c.is_whitespace() {
            n += 1;
        }
        if stop_at_start && c.is_alphabetic()
            || prev_stop && !stop_at_start && crate::chars::is_arabic_letter(c)
        {
            n += 1;
        }
        if !is_invisible(c) {
            prev_stop = super::is_terminator(c);
            stop_at_start = line_start && c == '.';
            line_start = c == '\n' || (line_start && c.is_whitespace());
        }
    }
    n + usize::from(prev_stop)
}

/// The statistics detection reads.
struct Stats {
    /// The first non-blank line.
    first: Option<usize>,
    /// The wrap width: the 90th percentile of the lengths of the non-blank lines but the
    /// first (a headline may be longer).
    width: usize,
    /// The longest non-blank line but the first.
    widest: usize,
    nonblank: usize,
    inner: usize,
    median: usize,
    blank_separated: usize,
}

fn stats(lines: &[Line]) -> Stats {
    let first = lines.iter().position(|l| l.chars > 0);
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|l| l.chars > 0)
        .map(|l| l.chars)
        .collect();
    lengths.sort_unstable();
    let nonblank = lengths.len();
    let pct = |v: &[usize], p: usize| {
        v.get((v.len() * p / 100).min(v.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    };
    let median = pct(&lengths, 50);
    // The same without the first line.
    if let Some(f) = first {
        let at = lengths
            .binary_search(&lines[f].chars)
            .expect("the first line's length is among them");
        lengths.remove(at);
    }
    let mut s = Stats {
        first,
        width: pct(&lengths, 90),
        widest: lengths.last().copied().unwrap_or(0),
        nonblank,
        inner: 0,
        median,
        blank_separated: 0,
    };
    let (mut inner, mut blank_separated) = (0, 0);
    for w in lines.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if a.chars == 0 {
            continue;
        }
        if b.chars == 0 {
            blank_separated += 1;
        } else {
            inner += 1;
        }
    }
    s.inner = inner;
    s.blank_separated = blank_separated;
    s
}

/// The inner lines that end without sentence punctuation (*open*), and those of them that
/// are filled. Asked for only when the counts and the width allow `wrapped`: it reads the
/// end of every inner line (and the abbreviation before a final dot).
fn open_lines(text: &str, lines: &[Line], s: &Stats) -> (usize, usize) {
    let (mut open, mut open_filled) = (0, 0);
    for (k, w) in lines.windows(2).enumerate() {
        let (a, b) = (&w[0], &w[1]);
        if a.chars > 0 && b.chars > 0 && !a.closed(text) {
            open += 1;
            if filled(text, k, a, b, s, false) {
                open_filled += 1;
            }
        }
    }
    (open, open_filled)
}

/// The layout of `text`, decided from the text (never `Auto`; see the module docs).
pub fn detect(text: &str) -> Layout {
    // A text without two line breaks has nothing to decide: settled without splitting it.
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    if breaks.nth(1).is_none() && !has_rare_breaks(text.as_bytes()) {
        return Layout::Lines;
    }
    let lines = lines(text);
    decide(text, &lines, &stats(&lines))
}

fn decide(text: &str, lines: &[Line], s: &Stats) -> Layout {
    if s.nonblank < 3 {
        return Layout::Lines;
    }
    // A narrow column needs more lines to tell: three short lines are as often a list.
    let min_inner = if s.width < NARROW { 4 } else { 2 };
    if s.inner >= min_inner
        && (MIN_WIDTH..=MAX_WIDTH).contains(&s.width)
        && {
            let (open, open_filled) = open_lines(text, lines, s);
            2 * open >= s.inner && 10 * open_filled >= 6 * open
        }
        // Last: the one test that reads every char.
        && SENTENCE_LINES * stops(text) * FULL_WIDTH >= s.nonblank * s.width.min(FULL_WIDTH)
    {
        return Layout::Wrapped;
    }
    if 2 * s.blank_separated >= s.nonblank - 1 || s.median > 200 {
        Layout::Paragraphs
    } else {
        Layout::Lines
    }
}

/// The wraps of `text` in `layout` (see [`resolve_and_wraps`]).
pub(crate) fn wraps(text: &str, layout: Layout) -> Vec<usize> {
    resolve_and_wraps(text, layout).1
}

/// The layout `text` is read as ([`Layout::resolve`]) and its wraps: the byte offsets of the
/// line-break bytes read as spaces in that layout, in order (empty unless it is `wrapped`; a
/// CR LF wrap gives both of its bytes). The lines of a detected `wrapped` text are split and
/// counted once, not once for each.
pub(super) fn resolve_and_wraps(text: &str, layout: Layout) -> (Layout, Vec<usize>) {
    let (layout, found) = match layout {
        Layout::Auto | Layout::Pdf => {
            // A text without two line breaks has nothing to decide: settled without
            // splitting it.
            let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
            if breaks.nth(1).is_none() && !has_rare_breaks(text.as_bytes()) {
                return (Layout::Lines, Vec::new());
            }
            let lines = lines(text);
            let stats = stats(&lines);
            (decide(text, &lines, &stats), Some((lines, stats)))
        }
        l => (l, None),
    };
    if layout != Layout::Wrapped {
        return (layout, Vec::new());
    }
    let (lines, stats) = found.unwrap_or_else(|| {
        let lines = lines(text);
        let stats = stats(&lines);
        (lines, stats)
    });
    let pdf = super::pdf::extractor_marks(text);
    (layout, wrap_bytes(text, &lines, &stats, pdf))
}

/// The wraps of a `wrapped` text split into `lines` (`pdf`: it carries a PDF extractor's
/// marks, [`super::pdf::extractor_marks`]).
fn wrap_bytes(text: &str, lines: &[Line], stats: &Stats, pdf: bool) -> Vec<usize> {
    // Whitespace at a line's edge: a person's (see `written_break`), unless the document
    // leaves it at many breaks (an extractor that moves numbers, `format=flowed` mail).
    let edges = !pdf && edge_space_is_rare(text, lines);
    let headline_from = (!pdf)
        .then(|| wrap_width_bound(text, lines, stats))
        .flatten();
    let mut out = Vec::new();
    for k in 0..lines.len().saturating_sub(1) {
        let a = &lines[k];
        if a.chars == 0 {
            continue;
        }
        let Some(j) = continuation(text, lines, k) else {
            continue;
        };
        // A filled line ending with punctuation is a wrap too: the segmenter ends the
        // sentence at the punctuation by its own rules (not inside a quotation, not after an
        // abbreviation), as it would in the paragraph on one line.
        if !filled(text, k, a, &lines[j], stats, pdf)
            || (edges && written_break(text, lines, k, j))
            || (pdf && begins_with_moved_stop(a.trimmed(text)))
            || (Some(k) == stats.first && headline_from.is_some_and(|w| a.chars >= w))
        {
            continue;
        }
        for l in &lines[k..j] {
            out.extend(l.brk..l.brk + l.brk_len);
        }
    }
    out
}

/// A bound the wrap width is under: a line that was wrapped, with the next line's first
/// word, would not have fitted, so the width is less than such a sum; the bound is the
/// median sum over the filled lines after the first (a median: some lines that pass the
/// [`FILL`] test are a paragraph's last line and did fit). A first line that reaches it was
/// not made by the wrapper: a headline kept on one line above a wrapped body. `None` when
/// no line after the first is filled.
fn wrap_width_bound(text: &str, lines: &[Line], stats: &Stats) -> Option<usize> {
    let mut sums: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| Some(k) != stats.first && lines[k].soft)
        .filter(|&k| lines[k].chars > 0 && lines[k + 1].chars > 0)
        .filter(|&k| filled(text, k, &lines[k], &lines[k + 1], stats, false))
        .map(|k| lines[k].chars + 1 + lines[k + 1].first_word(text))
        .collect();
    if sums.is_empty() {
        return None;
    }
    let mid = (sums.len() - 1) / 2;
    Some(*sums.select_nth_unstable(mid).1)
}

/// The next non-blank line after line `k` (non-blank), when the break or breaks between
/// may be a wrap: one soft break (LF, CR, CR LF), or a page break: one form feed, with at
/// most two blank lines around it (pdftotext ends a page with a blank line and starts the
/// next with FF; PyMuPDF's pages are joined with FF). A page break inside a paragraph is a
/// wrap like any other; the page's last line must be filled as any line.
fn continuation(text: &str, lines: &[Line], k: usize) -> Option<usize> {
    let next = lines.get(k + 1)?;
    if lines[k].soft && next.chars > 0 {
        return Some(k + 1);
    }
    let mut form_feeds = 0;
    for j in k + 1..lines.len().min(k + 4) {
        let brk = &lines[j - 1];
        if brk.brk_len == 1 && text.as_bytes()[brk.brk] == 0x0C {
            form_feeds += 1;
        } else if !brk.soft {
            return None;
        }
        if lines[j].chars > 0 {
            return (form_feeds == 1).then_some(j);
        }
    }
    None
}

/// Does a line of PDF text begin with the stop PyMuPDF moved there from its end (`.` and a
/// word, through closing quotes and a space: `. العالمي للأبحاث الطبية`)? The sentence it
/// ends ends at the line's end, so the break after it is no wrap, however full the line.
fn begins_with_moved_stop(line: &str) -> bool {
    line.strip_prefix('.').is_some_and(|rest| {
        rest.trim_start_matches(['»', '”', '"', ')', ' '])
            .chars()
            .next()
            .is_some_and(crate::chars::is_arabic_letter)
    })
}

/// Spaces, tabs and no-break spaces: what a person leaves at a line's edge.
fn is_edge_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}')
}

/// Does whitespace stand at the edges of the break(s) from line `k` to line `j`: a space
/// after `k`'s last word, or `j` indented? A wrapper breaks at a space and drops it, so a
/// line it made neither ends nor starts with one; a person's line does: a paragraph's
/// indentation, a space typed after a paragraph's last word (in news wrapped at 60–80
/// columns, `dev/layout_eval.py` (e), most of the paragraph ends that were filled lines).
fn written_break(text: &str, lines: &[Line], k: usize, j: usize) -> bool {
    let before = &text[..lines[k].brk];
    let after = &text[lines[j - 1].brk + lines[j - 1].brk_len..];
    before.ends_with(is_edge_space) || after.starts_with(is_edge_space)
}

/// Is whitespace at the edges of a break between two non-blank lines rare enough (at most a
/// third of those breaks) to mean a person's break ([`written_break`])? Where most breaks
/// have it, it means nothing (mail sent `format=flowed` ends every soft line with a space).
fn edge_space_is_rare(text: &str, lines: &[Line]) -> bool {
    let (mut inner, mut edged) = (0, 0);
    for k in 0..lines.len().saturating_sub(1) {
        if lines[k].chars > 0 && lines[k + 1].chars > 0 {
            inner += 1;
            edged += usize::from(written_break(text, lines, k, k + 1));
        }
    }
    3 * edged <= inner
}

/// Turn every LF, CR and FF inside a sentence of the normalized text into a space, in place and
/// byte for byte (the map stays right). `norm_spans`: the sentences' spans in `norm.text`, of a
/// document segmented with [`super::segment_as`] (where a sentence holds a line break only at
/// a wrap).
pub fn join_wraps(norm: &mut Normalized, norm_spans: &[Span]) {
    let mut bytes = std::mem::take(&mut norm.text).into_bytes();
    for s in norm_spans {
        for b in &mut bytes[s.start..s.end] {
            if matches!(*b, b'\n' | b'\r' | 0x0C) {
                *b = b' ';
            }
        }
    }
    norm.text = String::from_utf8(bytes).expect("ASCII replaced by ASCII keeps UTF-8 valid");
}

#[cfg(test)]
mod tests;
