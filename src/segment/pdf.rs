//! Repairs of Arabic text extracted from PDFs: stray spaces inside words and broken lam-alef.
//!
//! **In:** the original text of a document. **Out:** [`PdfRepairs`]: whether the document
//! looks PDF-extracted, and the [`Repair`]s, each an edit described against the original
//! text (a byte span and what it should read as), so every offset keeps pointing into the
//! original: a stray space is the span of that one space byte read as nothing; a lam-alef
//! broken into `ال` is the span of those two letters read as `لا`.
//!
//! What PDF extraction does to Arabic (and what is repaired):
//! * a word cut where a glyph run or a line ended, a space put inside it (`الحكو مة`,
//!   `من ظمة`). Two runs of Arabic letters separated by one space are joined when the join
//!   is a common word (`glossaries/common-words.txt`, from wordfreq, Zipf ≥ 3.3; a word after
//!   the proclitics و ف ب ل ك and the article counts as its stem) and neither half is one,
//!   or one half is and the join is frequent (Zipf ≥ 4, `من ظمة` → `منظمة`); a single letter
//!   other than و is no word. `و قال` stays two words (both are words), `عبد الله` too. A
//!   word cut twice is joined left to right (`وزا ر ة`);
//! * the ligature lam-alef written back as its components in visual order (`ال` for `لا`,
//!   `الجئين` for `لاجئين`; `أل` `إل` `آل` for `لأ` `لإ` `لآ`): a word that is not a common
//!   word but reads as one with the pair turned back is repaired; a word that is a word as it
//!   stands is left alone (so the article stays, and so does `السالم` for `السلام`: nothing in
//!   the letters tells them apart). Right after the article no lexicon is asked: no word
//!   begins `اال` or `األ`, so `االجتماعي` and names such as `األصبحي` are repaired;
//! * presentation forms (`ﻻ`, `ﺍﻟ`) are folded by `normalize` already.
//!
//! Detection: the repairs are proposed for the whole document and kept only when they are
//! many: at least [`MIN_REPAIRS`] and at least one per [`WORDS_PER_REPAIR`] Arabic words. On
//! ordinary news a few joins are proposed by chance (a rare name after a word); a document
//! that was extracted from a PDF has a cut word every few lines. `pdf_like` is that decision.
//!
//! What it does *not* do: read lines stored in visual (reversed) order (pdfminer's:
//! [`super::visual`] detects them and turns them around, outside the pipeline); rejoin a
//! word cut into two halves that are both common words (`لل عمل`?); touch Latin text; or
//! put back in its place what an extractor reorders inside a left-to-right embedding: the
//! punctuation it moves before a number (`عام .2013` for `عام 2013.`) is read as nothing
//! in the normalization (the offset map has no insertion; the segmenter ends the sentence
//! after the number, `segment_line`), and a decimal it splits into two runs (`.93 92` for
//! `92.93`) stays split; numbers PyMuPDF moves within their line stay where it put them.
//!
//! Applied: `--layout pdf` ([`crate::segment::Layout::Pdf`]) reads the line breaks as `auto`
//! does and keeps every repair; [`repair_normalized`] applies them to the `match`
//! normalization that tokens, terms and facts read, the map keeping every offset in the
//! original (a word joined over a stray space spans it). `auto` applies them too when the
//! text carries a PDF extractor's marks ([`extractor_marks`]: pdftotext wraps every line in
//! bidi embeddings), and otherwise does not look for the damage: the test reads every word
//! against the common-word list, which costs more than the rest of the pipeline.
//!
//! Measured on real extraction (`dev/pdf_real.py`: 100 news articles printed to PDF by
//! Chromium and read back), against the clean articles, `auto` before and after the marks
//! were read: with pdftotext, sentence-boundary F1 0.479 → 0.958, terms recall 0.873 → 0.987,
//! facts recall 0.778 → 0.941; with PyMuPDF (no bidi marks; numbers and the final stop moved
//! within their line, the ligature لإ written as ل), sentence F1 0.545 → 0.754 (a stop at a
//! line's start is read as the paragraph's end, `segment` and `layout`), terms recall
//! 0.872 → 0.936, facts 0.676 → 0.716 (the moved numbers are not put back). Then page breaks
//! inside paragraphs read as wraps, a PDF's first line held to the fill test, the stop
//! pdftotext moves before a number read after it, and PyMuPDF's moved stop with a space or
//! quote after it, ending its line's sentence: pdftotext 0.958 → 0.988 sentences, facts
//! 0.941 → 0.944; PyMuPDF 0.754 → 0.871 sentences, terms 0.936 → 0.957, facts
//! 0.716 → 0.738 (its mark at one line in twenty, not ten).

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::chars::is_arabic_letter;
use crate::glossary::lint::CommonWords;
use crate::normalize::Normalized;
use crate::span::Span;

/// One edit: the original bytes at `span` read as `replacement`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    pub span: Span,
    pub replacement: &'static str,
}

/// The repairs of a document and whether it looks extracted from a PDF.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PdfRepairs {
    /// Enough repairs to say the text was extracted from a PDF (see the module docs).
    pub pdf_like: bool,
    /// The repairs, in text order (empty unless `pdf_like`, or when `force`d).
    pub repairs: Vec<Repair>,
}

/// A document needs at least this many repairs to be read as PDF-extracted.
pub const MIN_REPAIRS: usize = 3;
/// ... and at least one repair per this many Arabic words.
pub const WORDS_PER_REPAIR: usize = 150;

/// The Zipf frequency a join must reach when one of its halves is a word itself.
const FREQUENT_JOIN: f32 = 4.0;

/// The built-in common-word list, parsed once.
fn common() -> &'static CommonWords {
    static LIST: OnceLock<CommonWords> = OnceLock::new();
    LIST.get_or_init(CommonWords::builtin)
}

/// Is `w` a common word, as it stands or after the proclitics and the article?
fn known(w: &str) -> bool {
    let list = common();
    let has = |x: &str| list.zipf(x) > 0.0;
    if has(w) {
        return true;
    }
    let mut s = w;
    for p in ["و", "ف"] {
        if let Some(r) = s.strip_prefix(p) {
            if r.chars().count() >= 2 {
                s = r;
            }
        }
    }
    if s != w && has(s) {
        return true;
    }
    for p in ["بال", "كال", "وال", "فال", "لل", "ال", "ب", "ل", "ك"] {
        if let Some(r) = s.strip_prefix(p) {
            if r.chars().count() >= 2 && (has(r) || has(&format!("ال{r}"))) {
                return true;
            }
        }
    }
    false
}

/// Is `w`, one side of a space, a word? A single letter is not (the list has them all, and
/// a cut leaves them often: `وزار ة`), except the conjunction و.
fn known_part(w: &str) -> bool {
    if w.chars().nth(1).is_none() {
        return w == "و";
    }
    known(w)
}

/// Harakat, the superscript alef and tatweel: written inside a word, no letters of their own.
fn in_word_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// A run of `text` without its marks ([`in_word_mark`]): what the common-word list spells.
fn bare(run: &str) -> String {
    run.chars().filter(|&c| !in_word_mark(c)).collect()
}

/// The runs of Arabic letters of `text` (marks and tatweel inside a run belong to it): byte
/// spans.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let letter = is_arabic_letter(c) || (start.is_some() && in_word_mark(c));
        match (letter, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The repairs of `text`; with `force`, kept whatever their number (`--layout pdf`).
pub fn pdf_repairs(text: &str, force: bool) -> PdfRepairs {
    let ws = words(text);
    let mut repairs = Vec::new();
    let mut k = 0;
    while k < ws.len() {
        // Grow a word over stray spaces.
        let (start, mut end) = ws[k];
        let mut cur = bare(&text[start..end]);
        let mut j = k + 1;
        while j < ws.len() && ws[j].0 == end + 1 && text.as_bytes()[end] == b' ' {
            let next = &bare(&text[ws[j].0..ws[j].1]);
            let joined = format!("{cur}{next}");
            let halves = usize::from(known(&cur)) + usize::from(known_part(next));
            // Both halves words: two words. One a word: only a frequent join (as written)
            // outweighs it. Neither: any common join.
            let join = match halves {
                0 => known(&joined),
                1 => common().zipf(&joined) >= FREQUENT_JOIN,
                _ => false,
            };
            if !join {
                break;
            }
            repairs.push(Repair {
                span: Span::new(end, end + 1),
                replacement: "",
            });
            cur = joined;
            end = ws[j].1;
            j += 1;
        }
        // A broken lam-alef inside the (joined) word.
        if !known(&cur) {
            lam_alef(text, start, end, &cur, &mut repairs);
        }
        k = j;
    }
    moved_punctuation(text, &mut repairs);
    repairs.sort_by_key(|r| r.span.start);
    let pdf_like =
        repairs.len() >= MIN_REPAIRS && repairs.len() * WORDS_PER_REPAIR >= ws.len().max(1);
    if !pdf_like && !force {
        repairs.clear();
    }
    PdfRepairs { pdf_like, repairs }
}

/// The lam-alef ligatures as an extractor writes them back in visual order, and what they
/// are: `ال` is `لا`, `أل` is `لأ` (`األمم` for `الأمم`), `إل` is `لإ`, `آل` is `لآ`.
const LAM_ALEFS: [(&str, &str); 4] = [("ال", "لا"), ("أل", "لأ"), ("إل", "لإ"), ("آل", "لآ")];

/// `word` (the letters of `text[start..end]` with stray spaces taken out) read with one
/// broken lam-alef ([`LAM_ALEFS`]) turned back: repaired when that makes a common word.
///
/// After the article no lexicon is needed: no Arabic word begins with an alef and a second
/// alef or hamza seat (`اال`, `األ`, `اإل`, `اآل`), so the article before a broken lam-alef is
/// repaired whatever the word (`األصبحي` → `الأصبحي`: names too), also after the proclitics
/// و ف ب ك.
fn lam_alef(text: &str, start: usize, end: usize, word: &str, out: &mut Vec<Repair>) {
    let proclitics = word
        .char_indices()
        .take_while(|&(i, c)| i < 4 && matches!(c, 'و' | 'ف' | 'ب' | 'ك'))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    // A word may hold two (`اإلعالم` for `الإعلام`): each repair is a pair of letters for a
    // pair, so byte offsets in `cur` stay those of `word`.
    let mut cur = word.to_string();
    let mut done = 0;
    'next: while done < 3 {
        for (broken, fixed_pair) in LAM_ALEFS {
            for (i, _) in cur.match_indices(broken) {
                let after_article =
                    i == proclitics + "ا".len() && &cur[proclitics..i] == "ا" && cur.len() > i + 4;
                let fixed = format!("{}{fixed_pair}{}", &cur[..i], &cur[i + broken.len()..]);
                if !after_article && !known(&fixed) {
                    continue;
                }
                // The same two letters in the original (stray spaces come before or after).
                let original = &text[start..end];
                let skipped = original
                    .char_indices()
                    .filter(|&(_, c)| is_arabic_letter(c))
                    .map(|(b, _)| b)
                    .nth(cur[..i].chars().count());
                match skipped {
                    Some(b) if original[b..].starts_with(broken) => out.push(Repair {
                        span: Span::new(start + b, start + b + broken.len()),
                        replacement: fixed_pair,
                    }),
                    _ => return,
                }
                cur = fixed;
                done += 1;
                continue 'next;
            }
        }
        return;
    }
}

/// Punctuation an extractor moved before a number. In right-to-left text a number is a
/// left-to-right run, and the punctuation after it is laid out on its left; pdftotext writes
/// the run in an embedding with that punctuation first: `عام` U+202A ` .2013` U+202C for
/// `عام 2013.`, `سبتمبر` U+202A ` ،2013` U+202C for `سبتمبر 2013،`. Read as nothing, the number
/// is whole again for the fact rules (a year after its month, not a decimal `.2013`); the
/// segmenter, on the original text, ends the sentence after the number's embedding.
fn moved_punctuation(text: &str, out: &mut Vec<Repair>) {
    const LRE: &[u8] = "\u{202A}".as_bytes();
    let b = text.as_bytes();
    for at in memchr::memmem::find_iter(b, LRE) {
        let mut i = at + LRE.len();
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        if !matches!(c, '.' | ',' | '،' | '؛' | ':') {
            continue;
        }
        let next = text[i + c.len_utf8()..].chars().next();
        if next.is_some_and(|d| d.is_ascii_digit() || ('٠'..='٩').contains(&d)) {
            out.push(Repair {
                span: Span::new(i, i + c.len_utf8()),
                replacement: "",
            });
        }
    }
}

/// Does `text` carry the marks a PDF extractor leaves: most of its lines wrapped in bidi
/// embeddings (pdftotext starts every right-to-left line with U+202B RIGHT-TO-LEFT EMBEDDING
/// or U+202A and ends it with U+202C POP DIRECTIONAL FORMATTING)? At least 3 lines and half
/// of the non-blank ones. Text typed or exported by an editor has these marks around a
/// phrase here and there, not at the edges of every line. One search for the marks first,
/// so ordinary text costs one `memmem` pass.
///
/// Or, the mark of extractors that write no bidi controls (PyMuPDF): a paragraph's full stop
/// laid out left of its last line and written first (`.المجاعة من خلال نقرتين`, also with a
/// space or a closing quote between: `. العالمي`, `.»تلميذ`). At least 3 lines that begin
/// with `.` and a letter so, and one in twenty non-blank lines: typed text never begins a
/// line so (none of the 600 dev articles, nor those wrapped at 60–80 columns; 91 of the 100
/// PyMuPDF extractions of `dev/pdf_real.py`, 87 at one in ten, 67 before a space was
/// allowed).
pub fn extractor_marks(text: &str) -> bool {
    use memchr::memmem::Finder;
    const RLE: &[u8] = "\u{202B}".as_bytes();
    const PDF: &[u8] = "\u{202C}".as_bytes();
    // Built once: asked of every document, where building a searcher for each call cost
    // more than the search.
    static FINDERS: std::sync::OnceLock<[Finder<'static>; 2]> = std::sync::OnceLock::new();
    let [pdf, stop] = FINDERS.get_or_init(|| [Finder::new(PDF), Finder::new(b"\n.")]);
    let b = text.as_bytes();
    if pdf.find(b).is_none() {
        return stop.find(b).is_some() && leading_stops(text);
    }
    let (marked, nonblank) = count_lines(text, |t| {
        let tb = t.as_bytes();
        tb.starts_with(RLE) || tb.starts_with("\u{202A}".as_bytes()) || tb.ends_with(PDF)
    });
    marked >= 3 && 2 * marked >= nonblank
}

/// The non-blank lines of `text` (trimmed) for which `hit` holds, and all non-blank lines.
fn count_lines(text: &str, hit: impl Fn(&str) -> bool) -> (usize, usize) {
    let (mut hits, mut nonblank) = (0, 0);
    for line in text.lines().map(str::trim).filter(|t| !t.is_empty()) {
        nonblank += 1;
        hits += usize::from(hit(line));
    }
    (hits, nonblank)
}

/// Do at least 3 lines, and one in twenty non-blank lines, begin with `.` (and closing quotes
/// or a space) right before a letter (see [`extractor_marks`])?
fn leading_stops(text: &str) -> bool {
    let (stops, nonblank) = count_lines(text, |t| {
        t.strip_prefix('.').is_some_and(|rest| {
            rest.trim_start_matches(['»', '”', '"', ')', ' '])
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        })
    });
    stops >= 3 && 20 * stops >= nonblank
}

/// Apply `repairs` (of the original text) to its `match` normalization: a broken lam-alef
/// reads `لا` (two letters for two: nothing moves), a stray space is taken out
/// ([`Normalized::remove_bytes`]). A repair whose text the normalization changed (the `ال`
/// carried marks, the space was folded into another) is passed over.
pub fn repair_normalized(norm: &mut Normalized, repairs: &[Repair]) {
    if repairs.is_empty() {
        return;
    }
    let mut spaces = Vec::new();
    for r in repairs {
        let at = norm.map.to_normalized(r.span);
        if r.replacement.is_empty() {
            if matches!(at.slice(&norm.text), " " | "." | "," | ";" | ":") {
                spaces.push(at.start);
            }
        } else if at.slice(&norm.text) == "ال" && r.replacement.len() == at.len() {
            // The `match` normalization folds the hamza seats: every lam-alef reads `لا`
            // (two letters for two: nothing moves).
            norm.text.replace_range(at.start..at.end, "لا");
        }
    }
    norm.remove_bytes(&spaces);
}

/// The text of the sentence at `span` of `text` as the pipeline reads it: the `repairs`
/// inside it applied and its line breaks (a sentence holds LF, CR or FF only at a wrap) read
/// as spaces. For stages that take a sentence's text rather than the document's
/// normalization (the aligner's anchors). Borrowed when there is nothing to change.
pub fn sentence_text<'t>(text: &'t str, span: Span, repairs: &[Repair]) -> Cow<'t, str> {
    let slice = span.slice(text);
    let first = repairs.partition_point(|r| r.span.start < span.start);
    let inside: Vec<Repair> = repairs[first..]
        .iter()
        .take_while(|r| r.span.end <= span.end)
        .map(|r| Repair {
            span: Span::new(r.span.start - span.start, r.span.end - span.start),
            replacement: r.replacement,
        })
        .collect();
    let breaks = memchr::memchr3(b'\n', b'\r', 0x0C, slice.as_bytes()).is_some();
    if inside.is_empty() && !breaks {
        return Cow::Borrowed(slice);
    }
    let mut out = apply_repairs(slice, &inside);
    if breaks {
        out = out.replace(['\n', '\r', '\u{0C}'], " ");
    }
    Cow::Owned(out)
}

/// `text` with `repairs` applied (for display and measuring).
pub fn apply_repairs(text: &str, repairs: &[Repair]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in repairs {
        out.push_str(&text[at..r.span.start]);
        out.push_str(r.replacement);
        at = r.span.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_spaces_and_lam_alef() {
        // (input, repaired with force)
        let rows: &[(&str, &str)] = &[
            ("أعلنت الحكو مة السعودية", "أعلنت الحكومة السعودية"),
            ("قالت من ظمة الصحة", "قالت منظمة الصحة"),
            (
                "وقال الوزير إن وزا ر ة المالية",
                "وقال الوزير إن وزارة المالية",
            ),
            // Both halves words: left alone.
            ("و قال عبد الله", "و قال عبد الله"),
            // Broken lam-alef.
            ("وصل عدد الجئين إلى مليون", "وصل عدد لاجئين إلى مليون"),
            // After the article, whatever the word (pdftotext writes these), with hamza too.
            ("مواقع التواصل االجتماعي", "مواقع التواصل الاجتماعي"),
            ("قال عزالدين األصبحي", "قال عزالدين الأصبحي"),
            ("وسائل اإلعالم واألمم", "وسائل الإعلام والأمم"),
            // الحظ is a word (the luck) as well as a broken لاحظ: left alone.
            ("قال إنه الحظ تحسنا", "قال إنه الحظ تحسنا"),
            // The broken form is a word too (سالم): nothing tells them apart.
            ("دعا إلى السالم في المنطقة", "دعا إلى السالم في المنطقة"),
            // The article is no broken lam-alef.
            ("الوزير في الرياض", "الوزير في الرياض"),
            // Marks are inside their word: اللَّه is الله, not a broken لا.
            ("وغضب اللَّه عليه", "وغضب اللَّه عليه"),
        ];
        for (input, want) in rows {
            let r = pdf_repairs(input, true);
            assert_eq!(apply_repairs(input, &r.repairs), *want, "{input}");
            for rep in &r.repairs {
                assert!(input.is_char_boundary(rep.span.start) && rep.span.end <= input.len());
            }
        }
    }

    #[test]
    fn repairs_reach_the_normalization_with_offsets_kept() {
        // (original, its repaired match normalization, a word of it and that word as written)
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "أعلنت الحكو مة السعودية",
                "اعلنت الحكومه السعوديه",
                "الحكومه",
                "الحكو مة",
            ),
            (
                "قالت من ظمة الصحة العالمية",
                "قالت منظمه الصحه العالميه",
                "منظمه",
                "من ظمة",
            ),
            // A mark and a tatweel before the cut: the map keeps their edits.
            (
                "قالـت وزارةُ الصحة إن الحكو مة",
                "قالت وزاره الصحه ان الحكومه",
                "الحكومه",
                "الحكو مة",
            ),
            (
                "وصل عدد الجئين إلى مليون",
                "وصل عدد لاجئين الي مليون",
                "لاجئين",
                "الجئين",
            ),
            // Punctuation pdftotext moved before a number, taken out (the Arabic comma is
            // folded to `,` first: the fold's edit becomes the deletion).
            (
                "في 5 سبتمبر\u{202A} ،2013\u{202C}جرت محاولة",
                "في 5 سبتمبر 2013جرت محاوله",
                "سبتمبر 2013",
                "سبتمبر\u{202A} ،2013",
            ),
            (
                "عملياتهم عام\u{202A} .2013\u{202C}وأشار",
                "عملياتهم عام 2013واشار",
                "عام 2013",
                "عام\u{202A} .2013",
            ),
        ];
        for &(text, want, word, written) in rows {
            let r = pdf_repairs(text, true);
            let mut n = crate::normalize::matcher().normalize(text);
            repair_normalized(&mut n, &r.repairs);
            assert_eq!(n.text, want, "{text}");
            let at = n.text.find(word).expect("the word");
            let span = n.map.to_original(Span::new(at, at + word.len()));
            assert_eq!(span.slice(text), written, "{text}");
        }
    }

    #[test]
    fn extractor_marks_turn_the_repairs_on_in_auto() {
        use crate::segment::{segment_as, Layout};
        let pdf = "\u{202B}أشعلت صورة مواقع التواصل االجتماعي بعد نشرها\u{202C}\n\
                   \u{202B}وقالت وسائل اإلعالم إن عدد الزوار\u{202A} 23\u{202C}ألفا\u{202C}\n\
                   \u{202B}وأضافت أن األمم المتحدة رحبت بذلك\u{202A}.\u{202C}\u{202C}\n";
        assert!(extractor_marks(pdf));
        let s = segment_as(pdf, Layout::Auto);
        assert_eq!(s.repairs.len(), 4, "{:?}", s.repairs);
        assert!(segment_as(pdf, Layout::Lines).repairs.is_empty());
        // An editor's marks around a phrase, not at every line's edges: ordinary text.
        let typed = "قال الوزير إن المحادثات انتهت.\nوأضاف أن الوفد\u{202A} (UN) \u{202C}غادر.\n\
                     وأعلنت البلدية استئناف الدراسة.\nولم تسجل حوادث.\n";
        assert!(!extractor_marks(typed));
        // PyMuPDF: no marks, each paragraph's full stop written before its last line.
        let mupdf = "أشعلت صورة مواقع التواصل االجتماعي بعد نشرها في\n.الصحف\n\
                     وقالت وسائل اإلعالم إن عدد الزوار بلغ نحو ألف\n.زائر\n\
                     وأضافت أن األمم المتحدة رحبت بذلك في بيان\n.رسمي\n";
        assert!(extractor_marks(mupdf));
        assert_eq!(segment_as(mupdf, Layout::Auto).repairs.len(), 4);
        assert!(segment_as(typed, Layout::Auto).repairs.is_empty());
    }

    #[test]
    fn ordinary_text_is_not_pdf_like() {
        let text = "أعلنت وزارة الصحة السعودية اليوم عن تسجيل حالات جديدة في الرياض وجدة. \
                    وقال المتحدث الرسمي إن الوضع تحت السيطرة، وإن الفرق الطبية تعمل على مدار الساعة.";
        let r = pdf_repairs(text, false);
        assert!(!r.pdf_like && r.repairs.is_empty(), "{r:?}");
        let broken = "أعلنت وزا رة الص حة السعودية اليوم عن تسجيل حا لات جديدة في الريا ض وجدة.";
        let r = pdf_repairs(broken, false);
        assert!(r.pdf_like, "{r:?}");
        assert_eq!(
            apply_repairs(broken, &r.repairs),
            "أعلنت وزارة الصحة السعودية اليوم عن تسجيل حالات جديدة في الرياض وجدة."
        );
    }

    /// The sentences of `text` read in `auto`, wraps shown as spaces.
    fn auto_sentences(text: &str) -> Vec<String> {
        crate::segment::segment_as(text, crate::segment::Layout::Auto)
            .sentences
            .iter()
            .map(|s| s.span.slice(text).replace('\n', " "))
            .collect()
    }

    /// Stops an extractor moved (texts written for this test, laid out as the extractors
    /// write them).
    #[test]
    fn stops_moved_by_extractors() {
        // pdftotext: the stop after a year written before it, inside the year's embedding.
        let pdftotext = "\u{202B}وبدأت الجماعة عملياتها المسلحة في المنطقة الشرقية عام\u{202A} .2013\u{202C}وأشار\u{202C}\n\
                         \u{202B}التقرير إلى أن عددا من عناصرها قتلوا خلال السنوات الماضية\u{202C}\n\
                         \u{202B}في مواجهات مع القوات الحكومية في أكثر من منطقة\u{202A}.\u{202C}\u{202C}\n\
                         \u{202B}وبلغ سعر البرميل\u{202A}.93\u{202C}\u{200F}\u{202A} 92\u{202C}دولارا في ختام التعاملات\u{202A}.\u{202C}\u{202C}\n";
        assert!(extractor_marks(pdftotext));
        let got = auto_sentences(pdftotext);
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(got[0].ends_with(".2013"), "{got:#?}");
        assert!(got[1].starts_with("وأشار"), "{got:#?}");
        // PyMuPDF: a paragraph's final stop written first on its last line, glued to the
        // word, or with a space or a closing quote between.
        let pymupdf = "أعلن مسؤولون في الشركة اليوم عن نتائج الربع الثاني من العام\n\
                       . الجاري\n\
                       وقال الرئيس التنفيذي إن الأرباح ارتفعت بنسبة كبيرة خلال\n\
                       .الفترة نفسها\n\
                       وأضاف أن «الشركة تخطط لتوسيع أعمالها في الأسواق الخارجية\n\
                       .»خلال العام المقبل\n";
        assert!(extractor_marks(pymupdf));
        let got = auto_sentences(pymupdf);
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(got[0].ends_with(". الجاري"), "{got:#?}");
        assert!(got[2].ends_with(".»خلال العام المقبل"), "{got:#?}");
        // The line that begins with a moved stop ends its sentence, however full it is.
        let full = "أعلن مسؤولون في الشركة اليوم عن نتائج الربع الثاني من العام\n\
                    . الجاري وقالوا إن الأرباح ارتفعت بنسبة كبيرة خلال الفترة نفسها\n\
                    وأضاف الرئيس التنفيذي أن الشركة تخطط لتوسيع أعمالها في\n\
                    .الأسواق الخارجية\n\
                    وقال محللون إن النتائج جاءت أفضل من توقعات السوق المحلية في\n\
                    . المنطقة\n";
        assert!(extractor_marks(full));
        let got = auto_sentences(full);
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(got[0].ends_with("الفترة نفسها"), "{got:#?}");
        // Typed text: a line that begins with `. ` after a wrapper broke `word .` keeps its
        // stop (one such line is no extractor's mark).
        let typed = "أعلن مسؤولون في الشركة اليوم عن نتائج الربع الثاني من العام\n\
                     . وقال الرئيس التنفيذي إن الأرباح ارتفعت بنسبة كبيرة خلال\n\
                     الفترة نفسها وأضاف أن الشركة تخطط لتوسيع أعمالها في الأسواق.\n";
        assert!(!extractor_marks(typed));
        assert_eq!(
            auto_sentences(typed).len(),
            2,
            "{:#?}",
            auto_sentences(typed)
        );
    }

    #[test]
    fn sentence_text_applies_repairs_and_wraps() {
        let text = "\u{202B}قالت وسائل اإلعالم إن\u{202C}\n\u{202B}األمم المتحدة رحبت\u{202A}.\u{202C}\u{202C}\n";
        let r = pdf_repairs(text, true);
        let start = text.find("وسائل").unwrap();
        let end = text.find("رحبت").unwrap() + "رحبت".len();
        let got = sentence_text(text, Span::new(start, end), &r.repairs);
        assert_eq!(got, "وسائل الإعلام إن\u{202C} \u{202B}الأمم المتحدة رحبت");
        // Nothing to change: borrowed.
        let plain = "قال الوزير إن المحادثات انتهت.";
        assert!(matches!(
            sentence_text(plain, Span::new(0, plain.len()), &[]),
            Cow::Borrowed(_)
        ));
    }
}
