//! Arabic sentences re-cut where a stray ASCII quotation mark hid their ends.
//!
//! **In:** an Arabic text and its sentences from [`crate::segment`]. **Out:** the same
//! sentences, except that one holding an unpaired `"` is cut at the sentence ends that the
//! segmenter took to be inside a quotation. Spans stay byte offsets into the text.
//!
//! Why: the segmenter pairs ASCII `"` marks in order, so one stray mark (a translator's
//! `"` that never closes, common when a quoted passage runs over several lines) pairs with
//! the next quotation's opening mark, every later pair is read inside out, and the rest of
//! the paragraph becomes one "sentence" (TICO-19 Wikinews 6: ten sentences in one). Here a
//! `"` has a direction from its neighbours: an *opening* mark follows a space or the start
//! (or `(` `:`) and precedes a letter; a *closing* mark follows a letter or punctuation and
//! precedes a space, punctuation or the end. An opening mark met while another is open
//! makes the earlier one stray; a mark without a partner is stray. A sentence end (`.` `!`
//! `?` `؟` `…`, closing marks after it, then a space and a letter or an opening mark) that
//! lies outside every paired quotation and outside «…» and “…” ends a sentence.
//!
//! Then, as in the English segmenter, a clause ending in a colon before a quotation that does
//! not close in the sentence is cut from it (`colon.rs`): `… إلى اتخاذ التدابير اللازمة: "لا يزال
//! بإمكان جميع البلدان تغيير مسار هذا الوباء.` is two sentences, as translation memories cut it.
//!
//! What it does *not* do: re-cut for stray marks a sentence without an ASCII `"` (the segmenter's decision
//! stands), cut after a word of fewer than two letters (initials, `د.`), or change anything
//! in the text.

use crate::segment::Sentence;
use crate::Span;

/// `sentences` with those holding an ASCII `"` re-cut, and clauses before a quotation that
/// runs on cut off (see the module docs).
pub fn recut_stray_quotes(text: &str, sentences: &[Sentence]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in recut_quotes(text, sentences) {
        let body = s.span.slice(text);
        match super::colon::colon_quote_cut(body, false) {
            Some(cut) => {
                let intro = body[..cut].trim_end();
                let a = s.span.start;
                out.push(Sentence {
                    span: Span::new(a, a + intro.len()),
                    headline: false,
                });
                out.push(Sentence {
                    span: Span::new(a + cut, s.span.end),
                    headline: false,
                });
            }
            None => out.push(s),
        }
    }
    out
}

/// The stray-quote re-cut alone.
fn recut_quotes(text: &str, sentences: &[Sentence]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let body = s.span.slice(text);
        if !body.contains('"') {
            out.push(*s);
            continue;
        }
        let cuts = cuts(body);
        if cuts.is_empty() {
            out.push(*s);
            continue;
        }
        let mut start = 0;
        for &c in cuts.iter().chain(std::iter::once(&body.len())) {
            let piece = &body[start..c];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let a = s.span.start + start + lead;
                out.push(Sentence {
                    span: Span::new(a, a + trimmed.len()),
                    headline: s.headline && cuts.is_empty(),
                });
            }
            start = c;
        }
    }
    out
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '»' | '”' | ')' | '’')
}

/// Byte offsets in `s` where a new sentence starts.
fn cuts(s: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    // Pass 1: pair the ASCII marks by direction.
    let mut paired: Vec<(usize, usize)> = Vec::new(); // char positions (open, close)
    let mut open: Option<usize> = None;
    for (k, &(_, c)) in chars.iter().enumerate() {
        if c != '"' {
            continue;
        }
        let before = k.checked_sub(1).and_then(at);
        let after = at(k + 1);
        let opening = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | ':' | '،'))
            && after.is_some_and(|a| !a.is_whitespace());
        let closing = before.is_some_and(|b| !b.is_whitespace())
            && after.is_none_or(|a| a.is_whitespace() || !a.is_alphanumeric());
        match (opening, closing, open) {
            (true, false, _) => open = Some(k),
            (_, _, Some(o)) => {
                paired.push((o, k));
                open = None;
            }
            (false, true, None) => {}
            _ => open = Some(k),
        }
    }
    // Pass 2: sentence ends outside every quotation.
    let mut out = Vec::new();
    let mut depth = 0usize; // «…» and “…”
    let mut p = 0; // next entry of `paired`
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            _ => {}
        }
        while p < paired.len() && paired[p].1 < k {
            p += 1;
        }
        let inside = p < paired.len() && paired[p].0 < k && k < paired[p].1;
        if !is_terminator(c) || inside || depth > 0 {
            k += 1;
            continue;
        }
        // The word before (through closing marks, `…". `): at least two letters.
        let word = chars[..k]
            .iter()
            .rev()
            .skip_while(|&&(_, c)| is_closer(c))
            .take_while(|&&(_, c)| c.is_alphanumeric())
            .count();
        let mut e = k + 1;
        while at(e).is_some_and(is_terminator) {
            e += 1;
        }
        while at(e).is_some_and(is_closer) {
            e += 1;
        }
        let mut n = e;
        while at(n).is_some_and(char::is_whitespace) {
            n += 1;
        }
        let starts = at(n).is_some_and(|c| c.is_alphabetic() || matches!(c, '"' | '«' | '“'));
        if word >= 2 && n > e && starts {
            out.push(chars[n].0);
        }
        k = e.max(k + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recut(text: &str) -> Vec<&str> {
        let whole = Sentence {
            span: Span::new(0, text.len()),
            headline: false,
        };
        recut_stray_quotes(text, &[whole])
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn stray_marks_no_longer_hide_sentence_ends() {
        // (text, expected sentences)
        let rows: &[(&str, &[&str])] = &[
            // A stray opening mark, then two well-formed quotations.
            (
                "\"لا يزال بإمكان البلدان تغيير المسار. قال المدير: \"إذا اكتشفت البلدان الحالات\". \"جميعنا قلقون للغاية\".",
                &[
                    "\"لا يزال بإمكان البلدان تغيير المسار.",
                    "قال المدير: \"إذا اكتشفت البلدان الحالات\".",
                    "\"جميعنا قلقون للغاية\".",
                ],
            ),
            // A real quotation of two sentences stays whole.
            (
                "قال الوزير: \"نحن مستعدون. سنبدأ غداً\" في المؤتمر.",
                &["قال الوزير: \"نحن مستعدون. سنبدأ غداً\" في المؤتمر."],
            ),
            // «…» keeps its sentences inside as well.
            (
                "قال «نحن مستعدون. سنبدأ غداً» ثم غادر \"القاعة.",
                &["قال «نحن مستعدون. سنبدأ غداً» ثم غادر \"القاعة."],
            ),
            // A sentence that ends with a quotation: the end follows the closing mark.
            (
                "\"قال المدير: \"إذا اكتشفت البلدان الحالات\". \"جميعنا قلقون\". وفقًا لما ذكره.",
                &[
                    "\"قال المدير: \"إذا اكتشفت البلدان الحالات\".",
                    "\"جميعنا قلقون\".",
                    "وفقًا لما ذكره.",
                ],
            ),
            // No cut after an initial.
            (
                "\"وقال د. توم فريدن إن الوضع خطير.",
                &["\"وقال د. توم فريدن إن الوضع خطير."],
            ),
        ];
        for (text, want) in rows {
            assert_eq!(recut(text), *want, "{text}");
        }
    }

    #[test]
    fn a_clause_before_a_quotation_that_runs_on_is_cut() {
        // After the stray-quote re-cut: the colon's quotation does not close in its sentence.
        let text = "على الرغم من أن كلمة \"جائحة\" لا تشير إلا إلى مدى انتشار المرض، فقد انتبهت المنظمة إلى ضرورة دفع الحكومات: \"لا يزال بإمكان جميع البلدان تغيير مسار هذا الوباء. قال المدير العام: \"إذا اكتشفت البلدان الحالات\".";
        assert_eq!(
            recut(text),
            [
                "على الرغم من أن كلمة \"جائحة\" لا تشير إلا إلى مدى انتشار المرض، فقد انتبهت المنظمة إلى ضرورة دفع الحكومات:",
                "\"لا يزال بإمكان جميع البلدان تغيير مسار هذا الوباء.",
                "قال المدير العام: \"إذا اكتشفت البلدان الحالات\".",
            ]
        );
    }

    #[test]
    fn sentences_without_ascii_marks_are_kept() {
        let text = "قال «نحن مستعدون. سنبدأ غداً». وغادر.";
        let s = vec![Sentence {
            span: Span::new(0, text.len()),
            headline: false,
        }];
        assert_eq!(recut_stray_quotes(text, &s), s);
    }
}
