//! A sentence that opens with "according to" and gives the words after فإن: بحسب السلطات في
//! أوهايو فإن …، وبحسب ما ذكرته الشرطة، فإنه …، ووفقا لتقارير اقتصادية فإن …، ووفقاً لما ذكره
//! فلان، …، فإن …. The clause after فإن is the reported words of the party named after the
//! marker (a source, a body, a person, a document: as a reader of "according to X, …" takes
//! it), read as [`speaker`] reads a subject; after ما/لما and a verb (بحسب ما ذكرته الشرطة) the
//! verb's subject. An agency or paper named there (بحسب «رويترز») speaks only because nothing
//! else does: [`super::push`] gives it from the sentence's source.
//!
//! Without فإن (session 27), as a wire text translated from English writes "according to X,
//! …": the clause after the comma that ends the party (ووفقا للوكالة النووية اليابانية، تم
//! رصد …؛ وفقا لشبكة إن بي سي نيوز، تمنح …), or a quotation right after the party (وبحسب مصادر
//! سورية معارضة «…»), under the rule [`CITED`]. Not when the comma ends a list (بحسب الشرطة،
//! والدفاع المدني) or nothing follows it; a comma inside a quotation is no party's end.
//!
//! Only at the head of a sentence and with فإن or the comma within [`WINDOW`] tokens: the
//! clause before a later بحسب (…، بحسب ما ذكر المرصد) is [`super::before::according_to`]'s.
//! No speaker found (حسب ما نشر من أخبار، وحسب الحاجة), no quote.

use super::quotation::{is_quotation, quotations};
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

/// The rule of "according to X, …" without فإن: X is cited for a statement, as a wire text
/// cites its sources; a later verb with no subject is not carried to X unless X is a person
/// ([`super::carry`]).
pub(super) const CITED: &str = "quote.according-cited";

/// How far after the marker فإن may stand (a title or a relative clause after the name).
const WINDOW: usize = 24;

/// The marker at token `k` without و: `(marker, takes ل)` (وفقا لـ، طبقا لـ take ل).
pub(super) fn marker<'a>(sent: &Sent<'a>, k: usize) -> Option<(&'a str, bool)> {
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

/// The words after فإن (or the party's comma) in a sentence that opens with an "according to"
/// marker, who they are said by, and the rule: `(from, to, speaker, rule)`, tokens;
/// [`CITED`] for the comma form.
pub(super) fn opener(sent: &Sent, out: &Out) -> Option<(usize, usize, Speaker, &'static str)> {
    // A bullet or a dash may stand before the marker.
    let k = (0..sent.len().min(3)).find(|&k| sent.is_word(k))?;
    let w = sent.w(k);
    if !sent.any(k, SOURCE) && !matches!(w, "حسبما" | "وحسبما") {
        return None;
    }
    let (mark, lam) = marker(sent, k)?;
    let n = sent.len();
    // The tokens the party may span: up to a stop, a colon or a semicolon (not the dot of
    // an abbreviation: بحسب ما ذكرته د. ميرجادي).
    let window = (k + 2..n.min(k + 1 + WINDOW))
        .take_while(|&j| !matches!(sent.w(j), "؛" | ":") && (sent.w(j) != "." || initial(sent, j)));
    // The words open after فإن, else after the first comma (ووفقا للوكالة النووية اليابانية،
    // تم رصد …: "according to X, …" as English writes it), or with a quotation right after
    // the party (وبحسب مصادر سورية معارضة «فشل …، لكنه …»); no comma inside it counts.
    let quotes = quotations(sent);
    let opens = |j: usize| {
        sent.is_quote(j)
            && quotes
                .iter()
                .any(|&(o, cl)| o == j && is_quotation(sent, o, cl))
    };
    let mut cut = None;
    let fa = window
        .inspect(|&j| {
            // Not إن/أن alone, which also stands in names (شبكة إن بي سي نيوز).
            let complement = sent.w(j) != "ان" && super::COMPLEMENTS.contains(&sent.w(j));
            if cut.is_none() && (matches!(sent.w(j), "،" | ",") || complement || opens(j)) {
                cut = Some(j);
            }
        })
        .find(|&j| FA_INNA.contains(&sent.w(j)))
        .filter(|&f| cut.is_none_or(|c| !sent.is_quote(c) || c > f));
    let cited = fa.is_none();
    // (the party's end, where the words open)
    let (end, from) = match fa {
        Some(fa) if matches!(sent.w(fa - 1), "،" | ",") => (fa - 1, fa + 1),
        Some(fa) => (fa, fa + 1),
        None => {
            let c = cut?;
            if opens(c) {
                (c, c)
            } else if super::COMPLEMENTS.contains(&sent.w(c)) {
                // ووفقا لسكان "الخزان" أنهم …: the words after أن.
                (c, c + 1)
            } else if clause_after(sent, c) {
                (c, c + 1)
            } else {
                return None;
            }
        }
    };
    let s = k + 1;
    // بحسب ما ذكرته د. ميرجادي: the name after a title's abbreviation.
    let named = |at: usize| {
        let at = if initial(sent, at + 1) && sent.w(at + 1) == "." {
            at + 2
        } else {
            at
        };
        speaker(sent, out, at, end)
    };
    let who = if mark == "حسبما" {
        // حسبما أفادت الوكالة، فإن: the verb's subject.
        named(s + 1)
    } else if matches!(sent.w(s), "ما" | "لما") {
        // بحسب ما ذكرته الشرطة، وفقا لما ذكره فلان: the subject of the verb after ما.
        named(s + 2)
    } else if lam && sent.w(s) == "ل" {
        named(s + 1)
    } else if lam {
        glued(sent, out, s, end)
    } else {
        named(s)
    };
    if who.english.is_empty() {
        return None;
    }
    // بحسب العرض، يقع المشروع …: without فإن, a party named by a plain noun speaks only when
    // it is a fact or a party that speaks or a text that states (not a presentation).
    if cited && !lam && mark != "حسبما" && !matches!(sent.w(s), "ما" | "لما") {
        let w = sent.w(s);
        let head = w.strip_prefix("ال").unwrap_or(w);
        let named = !who
            .english
            .chars()
            .any(crate::chars::is_arabic_letter_or_form);
        if !(named || is_subject_noun(head) || is_org_head(head) || TEXTS.contains(&head)) {
            return None;
        }
    }
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
    let rule = if cited { CITED } else { "quote.according" };
    (to > from + 1).then_some((from, to, who, rule))
}

/// Is the `.` at `j` the dot of an initial or a title (د. ميرجادي، ج. ر. سميث): one or two
/// letters before it?
fn initial(sent: &Sent, j: usize) -> bool {
    j > 0 && sent.is_word(j - 1) && sent.w(j - 1).chars().count() <= 2
}

/// Does a clause of the words follow the comma at `c` (a word, not و + another party of a
/// list, nor the end of the sentence): بحسب …، كانت هناك حالتان؟
fn clause_after(sent: &Sent, c: usize) -> bool {
    let n = sent.len();
    let next = c + 1;
    next + 1 < n
        && sent.is_word(next)
        && !sent.w(next).starts_with('و')
        && (next..n).filter(|&j| sent.is_word(j)).nth(2).is_some()
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
