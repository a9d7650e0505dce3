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
//!   `الجئين` for `لاجئين`): a word that is not a common word but reads as one with an `ال`
//!   turned into `لا` is repaired; a word that is a word as it stands is left alone (so the
//!   article stays, and so does `السالم` for `السلام`: nothing in the letters tells them
//!   apart);
//! * presentation forms (`ﻻ`, `ﺍﻟ`) are folded by `normalize` already.
//!
//! Detection: the repairs are proposed for the whole document and kept only when they are
//! many: at least [`MIN_REPAIRS`] and at least one per [`WORDS_PER_REPAIR`] Arabic words. On
//! ordinary news a few joins are proposed by chance (a rare name after a word); a document
//! that was extracted from a PDF has a cut word every few lines. `pdf_like` is that decision.
//!
//! What it does *not* do: detect lines stored in visual (reversed) order: a reversed line
//! of Arabic is still a line of Arabic letters, and the lexicon test that would tell
//! (reversed words are rarely words) was not measured reliably; rejoin a word cut into two
//! halves that are both common words (`لل عمل`?); or touch Latin text.
//!
//! Applied: `--layout pdf` ([`crate::segment::Layout::Pdf`]) reads the line breaks as `auto`
//! does and keeps every repair; [`repair_normalized`] applies them to the `match`
//! normalization that tokens, terms and facts read, the map keeping every offset in the
//! original (a word joined over a stray space spans it). `auto` does not look for this damage:
//! the test reads every word against the common-word list, which costs more than the rest of
//! the pipeline, so it runs only when asked for.

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
    repairs.sort_by_key(|r| r.span.start);
    let pdf_like =
        repairs.len() >= MIN_REPAIRS && repairs.len() * WORDS_PER_REPAIR >= ws.len().max(1);
    if !pdf_like && !force {
        repairs.clear();
    }
    PdfRepairs { pdf_like, repairs }
}

/// `word` (the letters of `text[start..end]` with stray spaces taken out) read with one `ال`
/// turned into `لا`: repaired when that makes a common word.
fn lam_alef(text: &str, start: usize, end: usize, word: &str, out: &mut Vec<Repair>) {
    for (i, _) in word.match_indices("ال") {
        let fixed = format!("{}لا{}", &word[..i], &word[i + "ال".len()..]);
        if !known(&fixed) {
            continue;
        }
        // The same two letters in the original (the stray spaces come before or after).
        let original = &text[start..end];
        let skipped = original[..]
            .char_indices()
            .filter(|&(_, c)| is_arabic_letter(c))
            .map(|(b, _)| b)
            .nth(word[..i].chars().count());
        if let Some(b) = skipped {
            if original[b..].starts_with("ال") {
                out.push(Repair {
                    span: Span::new(start + b, start + b + "ال".len()),
                    replacement: "لا",
                });
            }
        }
        return;
    }
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
            if at.slice(&norm.text) == " " {
                spaces.push(at.start);
            }
        } else if at.slice(&norm.text) == "ال" && r.replacement.len() == at.len() {
            norm.text.replace_range(at.start..at.end, r.replacement);
        }
    }
    norm.remove_bytes(&spaces);
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
}
