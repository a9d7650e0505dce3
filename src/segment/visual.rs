//! Lines stored in visual order, as pdfminer extracts Arabic: detected, and turned back into
//! logical order with a map from every character back to its bytes in the original.
//!
//! **In:** the original text of a document. **Out:** [`visual_lines`]: the byte spans of the
//! lines stored in visual (left-to-right display) order; [`LogicalText`]: the document with
//! those lines in logical order, and [`LogicalText::to_original`], which maps a span of it
//! back to the original bytes of the characters it covers.
//!
//! What pdfminer writes for a right-to-left line (`dev/pdf_real.py make --extractor
//! pdfminer`): the characters in the order they are drawn, left to right, so the line's last
//! word comes first and every word is spelled backwards; the letters as the font's
//! presentation forms (`ﺔﻴﻧﺎﻄﻳﺮﺒﻟا روﺮﻴﻣ` for `ميرور البريطانية`) where its glyph map has
//! them, base letters elsewhere; a run of digits or Latin letters in its own order (`23`
//! stays `23`); the paragraph's full stop first (`.ﺔﻴﻧﺎﻄﻳﺮﺒﻟا`).
//!
//! Detection, from the presentation forms alone: a final form can only end a word and an
//! initial form only begin one. A word (a run of Arabic letters and forms) stored with a
//! final form first or an initial form last is spelled backwards; one with an initial form
//! first or a final form last is spelled forwards. A line is visual when its backward
//! evidence is at least 2 and more than twice its forward evidence. Text without
//! presentation forms (typed text, pdftotext and PyMuPDF output, the 600 dev articles) is
//! never visual: the test reads only forms, so it cannot fire there.
//!
//! Turning back: the line's characters are reversed, except runs of ASCII digits and Latin
//! letters (with the `.` `,` `:` `/` `%` `-` between their characters), which a bidi display
//! keeps left to right: they move as blocks. No mirroring of brackets (pdfminer writes the
//! character of the glyph drawn). A span of the logical text maps to the smallest original
//! range holding every character it covers: a span of whole words, or a whole line, maps
//! to exactly those characters' bytes.
//!
//! Why this is not in the pipeline: the pipeline's offset map (`normalize::OffsetMap`) is
//! monotonic: edits in order, each an original piece and its output. A reversed line is a
//! permutation, not an edit: the map can only treat the whole line as one piece, and every
//! term or fact in it would point at the whole line. Segmenting, normalizing and matching
//! the [`LogicalText`] and mapping every output span through
//! [`LogicalText::to_original`] keeps spans exact; that needs the commands to map their
//! spans once more before they write them (`src/cli/**`, the rows), which was left to them.

use crate::chars::is_arabic_letter_or_form;
use crate::span::Span;

/// The position of a presentation form among its letter's forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Isolated,
    Final,
    Initial,
    Medial,
}

/// The letters of Arabic Presentation Forms-B from U+FE80, in order, with their number of
/// forms (1: hamza; 2: isolated and final; 4: isolated, final, initial, medial). The
/// lam-alef ligatures U+FEF5–U+FEFC are four letters of two forms.
const FORMS_B: [u8; 40] = [
    1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 2, 2, 4, 2, 2, 2, 2,
];

/// The form of a presentation form of U+FE80–U+FEFC; `None` for anything else.
fn form(c: char) -> Option<Form> {
    let mut k = (c as u32).checked_sub(0xFE80)?;
    for &n in &FORMS_B {
        if k < u32::from(n) {
            return Some(match k {
                0 => Form::Isolated,
                1 => Form::Final,
                2 => Form::Initial,
                _ => Form::Medial,
            });
        }
        k -= u32::from(n);
    }
    None
}

/// Evidence that `line` is spelled backwards and forwards: words (runs of Arabic letters and
/// forms, at least two) with a final form first or an initial form last, and words with an
/// initial form first or a final form last.
fn evidence(line: &str) -> (usize, usize) {
    let (mut backward, mut forward) = (0, 0);
    let mut word: Vec<char> = Vec::new();
    let mut flush = |word: &mut Vec<char>| {
        if let [first, .., last] = word[..] {
            let (f, l) = (form(first), form(last));
            if f == Some(Form::Final) || l == Some(Form::Initial) {
                backward += 1;
            }
            if f == Some(Form::Initial) || l == Some(Form::Final) {
                forward += 1;
            }
        }
        word.clear();
    };
    for c in line.chars() {
        if is_arabic_letter_or_form(c) {
            word.push(c);
        } else if !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0640}' | '\u{FE70}'..='\u{FE7F}') {
            flush(&mut word);
        }
    }
    flush(&mut word);
    (backward, forward)
}

/// Is `line` stored in visual order by its own evidence (see the module docs)?
pub fn is_visual_line(line: &str) -> bool {
    if !line.chars().any(|c| form(c).is_some()) {
        return false;
    }
    let (backward, forward) = evidence(line);
    backward >= 2 && backward > 2 * forward
}

/// The byte spans (without the line break) of the lines of `text` stored in visual order:
/// the lines that are by their own evidence (`is_visual_line`), and, in a document where
/// at least 3 lines are and no line is spelled forwards by its own evidence, every other
/// line that holds an Arabic letter and no more forward than backward evidence (a
/// paragraph's one-word last line, a line of base letters only). Text without a
/// presentation form of U+FE80–U+FEFC (lead bytes EF BA–BB) costs one search.
pub fn visual_lines(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    if !memchr::memchr_iter(0xEF, b).any(|i| matches!(b.get(i + 1), Some(0xBA | 0xBB))) {
        return Vec::new();
    }
    // (span, own evidence, backward, forward)
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let (backward, forward) = evidence(body);
        let own = is_visual_line(body);
        let arabic = body.chars().any(is_arabic_letter_or_form);
        lines.push((
            Span::new(start, start + body.len()),
            own,
            backward,
            forward,
            arabic,
        ));
        start += line.len();
    }
    let own = lines.iter().filter(|l| l.1).count();
    let forwards = lines.iter().filter(|l| l.3 >= 2 && l.3 > 2 * l.2).count();
    let document = own >= 3 && forwards == 0;
    lines
        .into_iter()
        .filter(|&(_, own, backward, forward, arabic)| {
            own || (document && arabic && forward <= backward)
        })
        .map(|l| l.0)
        .collect()
}

/// Characters a bidi display keeps left to right inside a right-to-left line: ASCII digits
/// and letters.
fn is_ltr(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// The chars of `line` (with their byte offsets in it) in logical order: reversed, except
/// runs of [`is_ltr`] chars (with `.` `,` `:` `/` `%` `-` between two of them), which keep
/// their order.
fn logical_chars(line: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let ltr_at = |k: usize| {
        let c = chars[k].1;
        is_ltr(c)
            || (matches!(c, '.' | ',' | ':' | '/' | '%' | '-')
                && k > 0
                && k + 1 < chars.len()
                && is_ltr(chars[k - 1].1)
                && is_ltr(chars[k + 1].1))
    };
    // Runs, in stored order: (start, end, ltr).
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    for k in 0..chars.len() {
        let ltr = ltr_at(k);
        match runs.last_mut() {
            Some(r) if r.2 && ltr => r.1 = k + 1,
            _ => runs.push((k, k + 1, ltr)),
        }
    }
    let mut out = Vec::with_capacity(chars.len());
    for &(a, b, ltr) in runs.iter().rev() {
        if ltr {
            out.extend_from_slice(&chars[a..b]);
        } else {
            out.extend(chars[a..b].iter().rev());
        }
    }
    out
}

/// A document with its visual lines in logical order, and the way back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogicalText {
    /// The document, every visual line turned into logical order (the same bytes, in
    /// another order on those lines; everything else as it was).
    pub text: String,
    /// For each byte of `text`: the original byte offset of the char it belongs to, and that
    /// char's length (empty when no line was turned: the identity).
    origin: Vec<(u32, u8)>,
}

impl LogicalText {
    /// `text` with the lines at `visual` (sorted, from [`visual_lines`]) in logical order.
    pub fn new(text: &str, visual: &[Span]) -> LogicalText {
        if visual.is_empty() {
            return LogicalText {
                text: text.to_string(),
                origin: Vec::new(),
            };
        }
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut at = 0;
        let keep = |out: &mut String, origin: &mut Vec<(u32, u8)>, from: usize, to: usize| {
            for (i, c) in text[from..to].char_indices() {
                out.push(c);
                for _ in 0..c.len_utf8() {
                    origin.push(((from + i) as u32, c.len_utf8() as u8));
                }
            }
        };
        for line in visual {
            keep(&mut out, &mut origin, at, line.start);
            for (i, c) in logical_chars(line.slice(text)) {
                out.push(c);
                for _ in 0..c.len_utf8() {
                    origin.push(((line.start + i) as u32, c.len_utf8() as u8));
                }
            }
            at = line.end;
        }
        keep(&mut out, &mut origin, at, text.len());
        LogicalText { text: out, origin }
    }

    /// The original span of `span` of [`Self::text`]: the smallest range of the original
    /// holding the bytes of every char in it (empty spans map to their position).
    pub fn to_original(&self, span: Span) -> Span {
        if self.origin.is_empty() {
            return span;
        }
        if span.start >= span.end {
            let o = self
                .origin
                .get(span.start)
                .map_or(self.text.len(), |&(o, _)| o as usize);
            return Span::new(o, o);
        }
        let (lo, hi) = self.origin[span.start..span.end]
            .iter()
            .fold((usize::MAX, 0), |(lo, hi), &(o, n)| {
                (lo.min(o as usize), hi.max(o as usize + usize::from(n)))
            });
        Span::new(lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What pdfminer wrote for two lines of a news article printed by Chromium (the
    /// article's first words, `dev/pdf_real.py`), and those lines as written.
    const PDFMINER: &str =
        "ﻲﻫو ﺎﻬﻟ ةرﻮﺻ ﺮﺸﻧ ﺪﻌﺑ ﻲﻋﺎﻤﺘﺟﻻا ﻞﺻاﻮﺘﻟا ﻊﻗاﻮﻣ ﺔﻴﻠﻳزاﺮﺑ ﺔﻓﺎﻈﻧ ﺔﻠﻣﺎﻋ ﺖﻠﻌﺷأ\n\
                            ﺐﻘﻟ ﺎﻬﻴﻠﻋ ﻖﻠﻃأو ،ﺎﻫﺎﺤﺿو ﺔﻴﺸﻋ ﻦﻴﺑ تاﺮﻴﻬﺸﻟا ىﺪﺣإ ﺎﻣﺎﻋ 23 ﺮﻤﻌﻟا ﻦﻣ\n\
                            .ﺔﻴﻧﺎﻄﻳﺮﺒﻟا روﺮﻴﻣ\n";

    #[test]
    fn visual_lines_are_found_and_turned_back() {
        let lines = visual_lines(PDFMINER);
        assert_eq!(lines.len(), 3, "{lines:?}");
        let logical = LogicalText::new(PDFMINER, &lines);
        let folded = crate::normalize::matcher().normalize_str(&logical.text);
        assert_eq!(
            folded,
            "اشعلت عامله نظافه برازيليه مواقع التواصل الاجتماعي بعد نشر صوره لها وهي\n\
             من العمر 23 عاما احدي الشهيرات بين عشيه وضحاها، واطلق عليها لقب\n\
             ميرور البريطانيه.\n"
                .replace('،', ",")
        );
    }

    #[test]
    fn every_char_maps_back_to_its_bytes() {
        let lines = visual_lines(PDFMINER);
        let logical = LogicalText::new(PDFMINER, &lines);
        assert_eq!(logical.text.len(), PDFMINER.len());
        for (i, c) in logical.text.char_indices() {
            let o = logical.to_original(Span::new(i, i + c.len_utf8()));
            assert_eq!(o.slice(PDFMINER), c.to_string(), "char {i}");
        }
        // A word maps to the word as stored, a number to the number.
        for stored in ["روﺮﻴﻣ", "23"] {
            let word: String = if stored == "23" {
                stored.to_string()
            } else {
                stored.chars().rev().collect()
            };
            let at = logical.text.find(&word).expect(stored);
            let o = logical.to_original(Span::new(at, at + word.len()));
            assert_eq!(o.slice(PDFMINER), stored);
        }
    }

    #[test]
    fn logical_text_is_never_visual() {
        // Typed text, text in presentation forms in logical order (an old PDF extractor that
        // keeps the order), and what pdftotext and PyMuPDF write: no detection.
        let rows = [
            "أشعلت عاملة نظافة برازيلية مواقع التواصل الاجتماعي بعد نشر صورة لها",
            "ﺃﺷﻌﻠﺖ ﻋﺎﻣﻠﺔ ﻧﻈﺎﻓﺔ ﺑﺮﺍﺯﻳﻠﻴﺔ ﻣﻮﺍﻗﻊ ﺍﻟﺘﻮﺍﺻﻞ ﺍﻻﺟﺘﻤﺎﻋﻲ",
            "\u{202B}وقالت وسائل اإلعالم إن عدد الزوار\u{202A} 23\u{202C}ألفا\u{202C}",
            ".المجاعة من خلال نقرتين",
        ];
        for line in rows {
            assert!(!is_visual_line(line), "{line}");
        }
        assert!(visual_lines(rows.join("\n").as_str()).is_empty());
        let logical = LogicalText::new(rows[0], &[]);
        assert_eq!(logical.to_original(Span::new(3, 9)), Span::new(3, 9));
    }

    #[test]
    fn forms_of_the_table() {
        let rows = [
            ('\u{FE80}', Some(Form::Isolated)), // hamza
            ('\u{FE8E}', Some(Form::Final)),    // alef
            ('\u{FE91}', Some(Form::Initial)),  // beh
            ('\u{FEEA}', Some(Form::Final)),    // heh
            ('\u{FEF3}', Some(Form::Initial)),  // yeh
            ('\u{FEFC}', Some(Form::Final)),    // lam-alef
            ('\u{FEFD}', None),
            ('ب', None),
        ];
        for (c, want) in rows {
            assert_eq!(form(c), want, "{c:?}");
        }
    }
}
