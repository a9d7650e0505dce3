//! Nouns that stand for a party named before: a bare definite noun for the organization
//! (الوزارة → وزارة الطوارئ, [`refer_back`]), "the statement" / "the report" for who issued
//! it ([`issuer`]), a title and a family name for the full name ([`named_person`]), an office
//! for the person named with it before ([`office_holder`]: الوزير الكندي → روب نيكولسون),
//! the last words of an organization's name for it ([`short_form`]: المياه الوطنية → شركة
//! المياه الوطنية).
//!
//! Every look back is bounded: [`LOOKBACK`] facts, or a few kilobytes of text.

use super::source::SOURCE_HEADS;
use super::speaker::{
    agency, is_agency, letter, no_subject, word_bits, Speaker, BARRIERS, LOOKBACK, SOURCES,
    SUBJECT_NOUN,
};
use super::{clitic_splits, Sent, COMPLEMENTS};
use crate::extract::{get, Detail, Fact, FactKind, Out};
use crate::normalize::tables::folds_to;

/// Is the definite noun `w` one that stands for an organization named before (الوزارة،
/// الجامعة، الهيئة، الاتحاد)?
pub(super) fn refers_back(w: &str) -> bool {
    w.starts_with("ال")
        && (w.ends_with('ه')
            || matches!(
                w,
                "الاتحاد" | "المركز" | "البنك" | "الحزب" | "المجلس" | "الصندوق"
            ))
}

/// The organization a bare definite noun (الوزارة، الجامعة) at token `at` stands for: the
/// last quote speaker or organization of the document (within [`LOOKBACK`] facts) whose
/// first word is that noun without the article (وزارة الطوارئ), else the last such name
/// written before ([`named_before`]: لجامعة تبوك).
pub(super) fn refer_back(sent: &Sent, out: &Out, noun: &str, at: usize) -> Option<Speaker> {
    let head = noun.strip_prefix("ال")?;
    for f in out.facts.iter().rev().take(LOOKBACK) {
        let (english, arabic) = match (&f.kind, &f.detail) {
            (
                FactKind::Quote,
                Detail::Quote {
                    speaker: Some((en, ar)),
                    ..
                },
            ) => (en.as_str(), ar.as_str()),
            (FactKind::Org, _) => (f.value.as_str(), f.span.slice(sent.text)),
            _ => continue,
        };
        let mut words = arabic.split_whitespace();
        // وزارة الطوارئ for الوزارة; المركز الإحصائي for المركز.
        let first = words.next();
        if first.is_some_and(|w| folds_to(w, head) || folds_to(w, noun)) && words.next().is_some() {
            return Some(Speaker {
                english: english.to_string(),
                arabic: arabic.to_string(),
                resolved: true,
            });
        }
    }
    named_before(sent, head, at)
}

/// A short form of an organization named before: two to four definite words at token `from`
/// (before `to`) that end the name of the document's last organization fact with them
/// (وبينت المياه الوطنية أن → شركة المياه الوطنية, not "the water"). Resolved.
pub(super) fn short_form(sent: &Sent, out: &Out, from: usize, to: usize) -> Option<Speaker> {
    let relative = |w: &str| matches!(w, "الذي" | "التي" | "الذين");
    let definite = |k: usize| {
        let w = sent.w(k);
        k < to && sent.is_word(k) && w.starts_with("ال") && !relative(w)
    };
    let end = (from..from + 4).take_while(|&k| definite(k)).last()? + 1;
    if end < from + 2 {
        return None;
    }
    let tail = &sent.norm.text[sent.toks[from].norm().start..sent.toks[end - 1].norm().end];
    let here = sent.toks[from].orig().start;
    out.facts
        .iter()
        .rev()
        .take(LOOKBACK)
        .filter(|f| f.kind == FactKind::Org && f.span.end <= here)
        .find(|f| {
            let n = sent.norm.map.to_normalized(f.span);
            let name = &sent.norm.text[n.start..n.end];
            name.len() > tail.len()
                && name.ends_with(tail)
                && name[..name.len() - tail.len()].ends_with(' ')
        })
        .map(|f| Speaker::of_fact(f, sent.text, true))
}

/// How far (bytes of the normalized text) from a speaker [`issuer`] looks for بيان/تقرير.
const STATEMENT_NEAR: usize = 120;

/// The party that issued "the statement" or "the report" (`english` of a [`SOURCES`] noun
/// at token `at`): the last quote speaker of the document (within [`LOOKBACK`] facts) with
/// بيان / تقرير written near it (وقال الاتحاد الدولي في بيان: «…» … وتابع البيان), or, for
/// the nearest quote speaker, a paper, agency or channel (وأكدت صحيفة ميرور أن … التقرير
/// أشار إلى أن); else the last organization with the word near it (أصدرت وزارة الداخلية
/// بيانا). Resolved.
pub(super) fn issuer(sent: &Sent, out: &Out, english: &str, at: usize) -> Option<Speaker> {
    let word = match english {
        "the statement" => "بيان",
        "the report" => "تقرير",
        _ => return None,
    };
    let text = &sent.norm.text;
    let here = sent.toks[at].norm().start;
    let before = sent.toks[at].orig().start;
    let near = |f: &Fact| {
        let p = sent.norm.map.norm_start(f.span.start).min(here);
        let mut lo = p.saturating_sub(STATEMENT_NEAR);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let mut hi = (p + STATEMENT_NEAR).min(here);
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        text[lo..hi].contains(word)
    };
    let own = |ar: &str| get(SOURCES, ar.trim()).is_some();
    let medium = |ar: &str| {
        ar.split_whitespace().next().is_some_and(|w| {
            let w = w.replace('ة', "ه");
            SOURCE_HEADS.contains(&w.as_str()) || agency(&w)
        })
    };
    let facts = || out.facts.iter().rev().take(LOOKBACK);
    let mut nearest = true;
    for f in facts() {
        if let Detail::Quote {
            speaker: Some((en, ar)),
            ..
        } = &f.detail
        {
            if f.kind == FactKind::Quote && !own(ar) {
                if near(f) || (nearest && medium(ar)) {
                    return Some(Speaker {
                        english: en.clone(),
                        arabic: ar.clone(),
                        resolved: true,
                    });
                }
                nearest = false;
            }
        }
    }
    // An organization with the word near it (أصدرت وزارة الداخلية بيانا، وفقا للبيان الصادر
    // من الاتحاد), outside any quote (not one named inside reported words).
    let quoted = |f: &Fact| facts().any(|q| q.kind == FactKind::Quote && q.span.overlaps(f.span));
    facts()
        .find(|f| {
            f.kind == FactKind::Org
                && f.span.end <= before
                && !is_agency(sent, f)
                && near(f)
                && !quoted(f)
        })
        .map(|f| Speaker::of_fact(f, sent.text, true))
}

/// The last person of the document (within [`LOOKBACK`] facts) with `name` (folded) after
/// their first name: the full name for a title and a family name (الدكتور التركي).
pub(super) fn named_person(sent: &Sent, out: &Out, name: &str) -> Option<Speaker> {
    out.facts
        .iter()
        .rev()
        .take(LOOKBACK)
        .filter(|f| f.kind == FactKind::Person)
        .find(|f| {
            f.span
                .slice(sent.text)
                .split_whitespace()
                .skip(1)
                .any(|w| folds_to(w, name))
        })
        .map(|f| Speaker::of_fact(f, sent.text, true))
}

/// How far back (bytes of the normalized text) [`named_before`] reads.
const NAMED_BEFORE_BYTES: usize = 3000;

/// The last `head + name` written before token `at` (لجامعة تبوك for الجامعة), within
/// [`NAMED_BEFORE_BYTES`], found in the normalized text: the head as a word (after no more
/// than two proclitics) and the next word, if that is not a function word. As written.
pub(super) fn named_before(sent: &Sent, head: &str, at: usize) -> Option<Speaker> {
    let text = &sent.norm.text;
    let end = sent.toks[at].norm().start;
    let mut start = end.saturating_sub(NAMED_BEFORE_BYTES);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let window = &text[start..end];
    for (p, _) in window.rmatch_indices(head) {
        let after = &window[p + head.len()..];
        // The head ends its word, and one space leads to the next word.
        let Some(rest) = after.strip_prefix(' ') else {
            continue;
        };
        let word_len = rest.find(|c: char| !letter(c)).unwrap_or(rest.len());
        let next = &rest[..word_len];
        // Before the head: the start of a word, or proclitics (لجامعة، وبوزارة).
        let word_start = window[..p]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| letter(c))
            .last()
            .map_or(p, |(i, _)| i);
        let clitics = &window[word_start..p];
        let clitics_ok = clitics.chars().count() <= 2
            && clitics
                .chars()
                .all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'));
        let name = next.chars().count() >= 3
            && !BARRIERS.contains(&next)
            && !no_subject(next)
            && !COMPLEMENTS.contains(&next);
        if clitics_ok && name {
            let from = start + p;
            let to = from + head.len() + 1 + word_len;
            let arabic = sent.norm_span(from, to).slice(sent.text).to_string();
            return Some(Speaker {
                english: arabic.clone(),
                arabic,
                resolved: true,
            });
        }
    }
    None
}

/// Heads of an organization's name after ل (بيان لوزارة …، بيان للائتلاف), besides the
/// subject nouns. Normalized, without the article.
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "وزاره", "هيئه", "منظمه", "حركه", "جيش", "حزب", "ائتلاف", "مجلس", "جبهه", "اتحاد", "تحالف",
    "شركه", "جمعيه", "نادي", "لجنه", "مركز", "جامعه", "امانه", "رئاسه", "اداره", "مكتب", "سفاره",
    "قياده", "حكومه", "رابطه", "بعثه", "وكاله", "دائره", "معهد",
];

/// Is `w` (normalized, without the article) the head of an organization's name (وزارة،
/// هيئة، دائرة)?
pub(super) fn is_org_head(w: &str) -> bool {
    ORG_HEADS.contains(&w)
}

/// The party a statement or report is of, written with ل after it (at token `k`, before
/// `to`): an organization or person fact inside the token (بيان لوزارة الخارجية التركية),
/// else ل + an organization's head and the definite words after it, as written without the
/// ل; with the article's alef dropped (للائتلاف) the name written before with that head
/// ([`named_before`]: ائتلاف الوطنية).
pub(super) fn party_after_lam(sent: &Sent, out: &Out, k: usize, to: usize) -> Option<Speaker> {
    if k >= to || !sent.is_word(k) {
        return None;
    }
    let rest = sent.w(k).strip_prefix('ل')?;
    let tok = sent.toks[k];
    let (start, end) = (tok.orig().start, tok.orig().end);
    let inside = out.sentence_facts(sent.index).find(|f| {
        matches!(f.kind, FactKind::Org | FactKind::Person | FactKind::Group)
            && f.span.start > start
            && f.span.start < end
            && !is_agency(sent, f)
    });
    if let Some(f) = inside {
        return Some(Speaker::of_fact(f, sent.text, false));
    }
    let head = |w: &str| ORG_HEADS.contains(&w) || word_bits(w) & SUBJECT_NOUN != 0;
    if let Some(bare) = rest.strip_prefix('ل') {
        return head(bare).then(|| named_before(sent, bare, k)).flatten();
    }
    if !head(rest) {
        return None;
    }
    let mut last = k + 1;
    while last < to && last < k + 4 && sent.is_word(last) && sent.w(last).starts_with("ال") {
        last += 1;
    }
    let from = tok.norm().start + 'ل'.len_utf8();
    let arabic = sent
        .norm_span(from, sent.toks[last - 1].norm().end)
        .slice(sent.text)
        .to_string();
    Some(Speaker {
        english: arabic.clone(),
        arabic,
        resolved: false,
    })
}

/// How far before a person (bytes of the normalized text) [`office_holder`] reads the office.
const OFFICE_NEAR: usize = 80;

/// The last person named before token `from` (within [`LOOKBACK`] facts) with the office of
/// tokens `from..to` written just before the name: its words in order, the first without its
/// article (وزير الدفاع الكندي فلان for الوزير الكندي), and no other person named with it.
/// Resolved.
pub(super) fn office_holder(sent: &Sent, out: &Out, from: usize, to: usize) -> Option<Speaker> {
    if from >= to || to - from > 4 {
        return None;
    }
    let text = &sent.norm.text;
    let words: Vec<&str> = (from..to)
        .map(|k| {
            let w = sent.w(k);
            let w = clitic_splits(w)
                .filter(|(c, _)| matches!(*c, "" | "و" | "ف"))
                .map(|(_, r)| r)
                .last()
                .unwrap_or(w);
            if k == from {
                w.strip_prefix("ال").unwrap_or(w)
            } else {
                w
            }
        })
        .collect();
    if words.iter().any(|w| w.chars().count() < 3) {
        return None;
    }
    let before = sent.toks[from].orig().start;
    let persons = || {
        out.facts
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter(|f| f.kind == FactKind::Person && f.span.end <= before)
    };
    let holds = |f: &&Fact| {
        let p = sent.norm.map.norm_start(f.span.start);
        let mut lo = p.saturating_sub(OFFICE_NEAR);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        // The office's words in order among the last four words before the name (a word
        // may carry و or ال), its last word right before it (not وزير الخارجية for وزير
        // الخارجية الألماني فلان); one word with only definite words after it (الوزير).
        let near = || {
            text[lo..p]
                .split_whitespace()
                .rev()
                .filter(|w| !matches!(*w, "د." | "د" | "الدكتور" | "المهندس"))
                .take(4)
        };
        let name = text[p..].split_whitespace().next().unwrap_or("");
        if BARRIERS.contains(&name) || no_subject(name) {
            return false;
        }
        if let [one] = words[..] {
            // Only definite words between (وزير الدفاع الكندي فلان), not a new clause
            // (الملك وشعر …).
            return near()
                .find(|n| n.ends_with(one) || !n.starts_with("ال"))
                .is_some_and(|n| n.ends_with(one));
        }
        let mut it = near();
        let last = words
            .last()
            .is_some_and(|l| it.next().is_some_and(|w| w.ends_with(l)));
        last && words[..words.len() - 1]
            .iter()
            .rev()
            .all(|w| it.by_ref().any(|n| n.ends_with(w)))
    };
    // Two people with that office (two ministers): none of them.
    let holder = persons().find(holds)?;
    if persons().filter(holds).any(|f| f.value != holder.value) {
        return None;
    }
    Some(Speaker::of_fact(holder, sent.text, true))
}
