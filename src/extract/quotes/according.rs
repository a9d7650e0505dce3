//! A sentence that opens with "according to" and gives the words after فإن: بحسب السلطات في
//! أوهايو فإن …، وبحسب ما ذكرته الشرطة، فإنه …، ووفقا لتقارير اقتصادية فإن …، ووفقاً لما ذكره
//! فلان، …، فإن …. The clause after فإن is the reported words of the party named after the
//! marker (a source, a body, a person, a document: as a reader of "according to X, …" takes
//! it), read as [`speaker`] reads a subject; after ما/لما and a verb (بحسب ما ذكرته الشرطة) the
//! verb's subject. An agency or paper named there (بحسب «رويترز») speaks only because nothing
//! else does: [`super::push`] gives it from the sentence's source.
//!
//! Only at the head of a sentence and with فإن within [`WINDOW`] tokens: the clause before a
//! later بحسب (…، بحسب ما ذكر المرصد) is [`super::before::according_to`]'s. No speaker found
//! (حسب ما نشر من أخبار), no quote.

use super::refer::{is_org_head, named_person};
use super::speaker::{phrase_end, speaker, Speaker};
use super::words::is_subject_noun;
use super::{speech_verb_at, FactKind, Out, Sent};
use crate::extract::SOURCE;

/// The markers, through و (وبحسب، ووفقا): "according to".
const MARKS: &[&str] = &["بحسب", "حسب", "وفقا", "وفق", "طبقا"];

/// فإن and its pronoun forms (`match` folding), which open the words after the marker's phrase.
const FA_INNA: &[&str] = &["فان", "فانه", "فانها", "فانهم", "فاننا"];

/// Texts that state what a reader takes as their words (without the article, `match`
/// folding): a lawsuit, a document, a letter, a memorandum.
const TEXTS: &[&str] = &["دعوي", "وثيقه", "رساله", "مذكره"];

/// How far after the marker فإن may stand (a title or a relative clause after the name).
const WINDOW: usize = 24;

/// The marker at token `k` without و: `(marker, takes ل)` (وفقا لـ، طبقا لـ take ل).
fn marker<'a>(sent: &Sent<'a>, k: usize) -> Option<(&'a str, bool)> {
    let w = sent.w(k);
    let r = w
        .strip_prefix('و')
        .filter(|r| MARKS.contains(r))
        .unwrap_or(w);
    if matches!(r, "حسبما") {
        return Some((r, false));
    }
    MARKS
        .contains(&r)
        .then_some((r, matches!(r, "وفقا" | "وفق" | "طبقا")))
}

/// The words after فإن in a sentence that opens with an "according to" marker, and who they
/// are said by: `(from, to, speaker)` in tokens.
pub(super) fn opener(sent: &Sent, out: &Out) -> Option<(usize, usize, Speaker)> {
    // A bullet or a dash may stand before the marker.
    let k = (0..sent.len().min(3)).find(|&k| sent.is_word(k))?;
    let w = sent.w(k);
    if !sent.any(k, SOURCE) && !matches!(w, "حسبما" | "وحسبما") {
        return None;
    }
    let (mark, lam) = marker(sent, k)?;
    let n = sent.len();
    let fa = (k + 2..n.min(k + 1 + WINDOW))
        .take_while(|&j| !matches!(sent.w(j), "." | "؛" | ":"))
        .find(|&j| FA_INNA.contains(&sent.w(j)))?;
    let mut end = fa;
    if matches!(sent.w(end - 1), "،" | ",") {
        end -= 1;
    }
    let s = k + 1;
    let who = if mark == "حسبما" {
        // حسبما أفادت الوكالة، فإن: the verb's subject.
        speaker(sent, out, s + 1, end)
    } else if matches!(sent.w(s), "ما" | "لما") {
        // بحسب ما ذكرته الشرطة، وفقا لما ذكره فلان: the subject of the verb after ما.
        speaker(sent, out, s + 2, end)
    } else if lam && sent.w(s) == "ل" {
        speaker(sent, out, s + 1, end)
    } else if lam {
        glued(sent, out, s, end)
    } else {
        speaker(sent, out, s, end)
    };
    if who.english.is_empty() {
        return None;
    }
    let from = fa + 1;
    // Up to the end of the sentence or the next speech verb with a subject of its own after
    // punctuation (…، وقال فلان …).
    let mut to = (from + 1..n)
        .find(|&j| {
            speech_verb_at(sent, j).is_some_and(|v| v.1)
                && matches!(sent.w(j - 1), "," | "،" | "." | "؛")
        })
        .unwrap_or(n);
    while to > from && sent.kind(to - 1) == Some(super::Kind::Punct) && !sent.is_quote(to - 1) {
        if matches!(sent.w(to - 1), ")" | "]") {
            break;
        }
        to -= 1;
    }
    (to > from + 1).then_some((from, to, who))
}

/// The party after وفقا/طبقا written with its ل (ووفقا لتقارير اقتصادية، وفقًا للدعوى
/// القضائية، ووفقا للغامدي): a person, organization or group fact that starts inside the
/// first word, else the noun phrase without the ل (لل + noun is ال + noun).
fn glued(sent: &Sent, out: &Out, s: usize, end: usize) -> Speaker {
    if s >= end || !sent.is_word(s) || !sent.w(s).starts_with('ل') {
        return Speaker::default();
    }
    let tok = sent.toks[s].orig();
    let fact = out.sentence_facts(sent.index).find(|f| {
        matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group)
            && f.span.start > tok.start
            && f.span.start < tok.end
    });
    if let Some(f) = fact {
        return Speaker::of_fact(f, sent.text, false);
    }
    let w = sent.w(s);
    let head = w
        .strip_prefix("لل")
        .or_else(|| w.strip_prefix('ل'))
        .unwrap_or(w);
    // ووفقا للغامدي: a person named before by that family name (الدكتورة نوف الغامدي).
    if w.starts_with("لل") {
        if let Some(p) = named_person(sent, out, &format!("ال{head}")) {
            return p;
        }
    }
    // ووفقا للبيان الصادر من الاتحاد السعودي لكرة القدم: who issued the statement.
    if matches!(sent.w(s), "للبيان" | "لبيان")
        && matches!(sent.w(s + 1), "الصادر" | "صادر")
        && matches!(sent.w(s + 2), "عن" | "من")
    {
        let who = speaker(sent, out, s + 3, end);
        if !who.english.is_empty() {
            return who;
        }
    }
    // A party that speaks or a text that states (ووفقا لتقارير، وفقا للدعوى القضائية), not a
    // measure (وطبقا لمؤشر حساب درجة الحرارة …، فإن أعلى مؤشر: a figure, no one's words).
    if !(is_subject_noun(head) || is_org_head(head) || TEXTS.contains(&head)) {
        return Speaker::default();
    }
    let written = sent.surface(s, phrase_end(sent, s, end));
    // Past the ل and any tatweel or short vowel written on it (لـ، لِ).
    let rest = written['ل'.len_utf8()..]
        .trim_start_matches(|c: char| c == '\u{0640}' || ('\u{064B}'..='\u{065F}').contains(&c));
    // للدعوى: ل + الدعوى, whose alef the ل took.
    let arabic = if rest.starts_with('ل') {
        format!("ا{rest}")
    } else {
        rest.to_string()
    };
    Speaker {
        english: arabic.clone(),
        arabic,
        resolved: false,
    }
}
