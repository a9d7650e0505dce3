//! Who the current discourse is about, inside a sentence: the subject of the nearest clause
//! verb before a speech verb or participle that names no subject ([`clause_subject`]).
//!
//! **The rule.** Arabic news strings clauses on one sentence (و، في حين، فيما، بينما …), each
//! opening with its verb and then its subject (verb–subject order), and a participle
//! (مؤكدا، مبينا، مشيرا) or a subjectless verb (وأضاف) goes on about the subject of the
//! clause just before it, not the first subject of the sentence:
//!
//! > من جهته أكد مدير عام جمعية خيركم الأستاذ إبراهيم الخميس، أن … في حين أشاد الفائز
//! > بالجائزة الأولى … الأستاذ حميد الشمراني، كاتب ضبط … بالمسابقة، مؤكداً أنه …
//! > (al-Jazirah, SaudiNewsNet): the winner al-Shamrani, not al-Khamis.
//!
//! A person fact is the subject of a clause when, reading back from it over at most
//! [`RUN`] words with no punctuation, no person, no complement (أن) and no speech verb, the
//! first word met that can be a verb opens a clause (the sentence's start, after punctuation,
//! with و/ف on it, or after a particle: في حين، فيما، بينما، كما، ثم، قد), and the word right
//! after that verb is no preposition or time word that shows the verb's subject is elsewhere
//! (وقال خلال مؤتمر صحفي بعد لقائه الرئيس حسني مبارك إن: not Mubarak), a pronoun object
//! first being allowed (وتحدث فيها الدكتور فلان، قال له فلان). The person's own titles right
//! before it must not follow ل، ب or a preposition (أعرب عن شكره لسمو الأمير فلان: an
//! addressee). The nearest such person that agrees with the verb in gender and number is the
//! subject; a later speech clause of the sentence with a speaker of its own stops the look
//! back (its speaker is carried as before, [`super::carry`]).
//!
//! Not done here: subjects of earlier sentences (the carry reads those), subjects that are no
//! person fact (offices and bodies: [`super::carry`]'s sentence subject).
//!
//! Cost: only when a speaker is carried; one backward walk of at most [`RUN`] tokens per
//! person fact of the sentence before the verb.

use super::gender::{fits, of_person, Agree};
use super::speaker::{
    addressed, honorific_fact, in_person, is_barrier, is_title, tok_at, Speaker, BARRIERS,
    NAME_JOINERS,
};
use super::{clitic_splits, speech_verb_at, Sent, COMPLEMENTS};
use crate::extract::{Detail, Fact, FactKind, Out, DATE_WORD, MONTH, ROLE};

/// How many words a clause's verb may stand before its person subject: a title or a
/// description (الفائز بالجائزة الأولى في السبع المثاني الأستاذ).
const RUN: usize = 12;

/// Particles after which a clause's verb comes (في حين أشاد، فيما أكد، بينما قال، ثم أوضح).
/// Normalized, as tokens.
const CLAUSE_LEADS: &[&str] = &[
    "حين",
    "فيما",
    "بينما",
    "كما",
    "وكما",
    "ثم",
    "قد",
    "وقد",
    "فقد",
    "لقد",
    "حيث",
    "لكن",
    "ولكن",
];

/// A pronoun object or time word right after a clause's verb, before its subject (وتحدث
/// فيها الدكتور فلان، قال له فلان، وأكد أمس الوزير فلان).
const BEFORE_SUBJECT: &[&str] = &[
    "فيه",
    "فيها",
    "له",
    "لها",
    "لهم",
    "عنه",
    "عنها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "اليه",
    "اليها",
    "امس",
    "اليوم",
];

/// Words that begin a clause without being its verb: pronouns, relatives, prepositions and
/// nouns that open a sentence (وهو، والتي، وفي، وبحضور).
const NO_VERB: &[&str] = &[
    "هو",
    "هي",
    "هم",
    "الذي",
    "التي",
    "الذين",
    "ان",
    "انه",
    "انها",
    "لان",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "بحضور",
    "برعايه",
    "بمشاركه",
    "وفق",
    "وفقا",
    "حسب",
    "بحسب",
    "عند",
    "لدي",
    "اثر",
    "اثناء",
    "حول",
    "منذ",
    "بين",
    "اما",
    "كان",
    "كانت",
    "ليس",
    "لا",
    "لم",
    "لن",
    "ما",
    "قبل",
];

/// Honorifics that open a subject before its title (معالي الوزير، سمو الأمير).
const HONORIFIC_HEADS: &[&str] = &[
    "معالي",
    "سمو",
    "فضيله",
    "سعاده",
    "سماحه",
    "فخامه",
    "جلاله",
    "صاحب",
];

/// The word at `k` without a و/ف written on it (the whole word if what is left would be
/// shorter than three letters).
fn bare<'a>(sent: &Sent<'a>, k: usize) -> &'a str {
    let w = sent.w(k);
    clitic_splits(w)
        .filter(|(c, r)| matches!(*c, "و" | "ف") && r.chars().count() >= 3)
        .map(|(_, r)| r)
        .next()
        .unwrap_or(w)
}

/// Can the word at `k` be a verb: a word, not definite, no title, role, date, name,
/// preposition, pronoun or noun opener, not inside a person, not a number?
fn verb_like(sent: &Sent, out: &Out, k: usize) -> bool {
    let r = bare(sent, k);
    // وعن، وفي، وعلى: a preposition with و is no verb.
    let particle = clitic_splits(sent.w(k)).any(|(c, r)| {
        matches!(c, "و" | "ف") && (BARRIERS.contains(&r) || NO_VERB.contains(&r) || r == "علي")
    });
    sent.is_word(k)
        && !particle
        // A verb never ends in ة (ورعاية، وزارة are nouns).
        && !sent.surface(k, k + 1).ends_with('ة')
        && !r.starts_with("ال")
        && !r.chars().any(|c| c.is_ascii_digit())
        && !NO_VERB.contains(&r)
        && !CLAUSE_LEADS.contains(&sent.w(k))
        && !is_barrier(sent, k)
        && !super::words::no_subject(r)
        && !is_title(sent, k)
        && !sent.any(k, DATE_WORD | MONTH | ROLE)
        && !crate::extract::persons::is_name(r)
        && !in_person(sent, out, k)
}

/// Does a clause open at token `k` (its verb): the sentence's start, after punctuation, with
/// و/ف written on it, or after a clause particle?
fn opens_clause(sent: &Sent, k: usize) -> bool {
    // بدعم واهتمام ورعاية: و after another word with و joins nouns, it opens no clause.
    let joined = |k: usize| bare(sent, k) != sent.w(k);
    // «ريسرتش تو غايدانس»: a word after an opening quotation mark is a name's.
    k == 0
        || (!sent.is_word(k - 1) && !sent.is_quote(k - 1))
        || (joined(k) && !joined(k - 1))
        || CLAUSE_LEADS.contains(&sent.w(k - 1))
}

/// Is person fact `f` the subject of a clause's verb (the rule of the module doc)?
fn subject_of_clause(sent: &Sent, out: &Out, f: &Fact) -> bool {
    let at = tok_at(sent, f.span.start);
    if at == 0 || sent.toks[at].orig().start < f.span.start {
        return false;
    }
    // A name, not a phrase the person rules misread (بدأ الملك المؤسس يبني ويجمع الشتات):
    // its first word a given name or a name particle, or an office right before it.
    let first = sent.w(at);
    let named = crate::extract::persons::is_name(first) || NAME_JOINERS.contains(&first);
    // The person's own titles right before it (الأستاذ، الدكتور، معالي الوزير).
    let mut t = at;
    while t > 0 && at - t < 4 && sent.is_word(t - 1) && is_title(sent, t - 1) {
        t -= 1;
    }
    if !named && t == at {
        return false;
    }
    for k in (at.saturating_sub(RUN)..at).rev() {
        let w = sent.w(k);
        // د. فلان: the point of the title is no punctuation.
        let point = w == "." && k > 0 && sent.w(k - 1) == "د";
        if (!sent.is_word(k) && !point) || COMPLEMENTS.contains(&w) || in_person(sent, out, k) {
            return false;
        }
        if speech_verb_at(sent, k).is_none() && !(verb_like(sent, out, k) && opens_clause(sent, k))
        {
            continue;
        }
        if !opens_clause(sent, k) {
            return false;
        }
        // The word after the verb, past one pronoun object or time word.
        let mut s = k + 1;
        if BEFORE_SUBJECT.contains(&sent.w(s)) {
            s += 1;
        }
        // The subject starts there: the person, its titles, or a definite head (الفائز
        // بالجائزة …); not a preposition or an object (ثم بثت على الإنترنت … الفاعل فلان).
        let head = sent.w(s);
        let starts = s >= t
            || is_title(sent, s)
            || HONORIFIC_HEADS.contains(&head)
            || (head.starts_with("ال") && !is_barrier(sent, s));
        // للرئيس، لأمير منطقة عسير: an addressee, not the subject.
        let to_whom = addressed(head) || head.starts_with("لل");
        if !starts || to_whom || super::words::no_subject(head) {
            return false;
        }
        // The person's titles follow no ل، ب or preposition (لسمو الأمير فلان).
        if t > s {
            let p = sent.w(t - 1);
            if is_barrier(sent, t - 1) || p.starts_with("لل") || p.starts_with("بال") {
                return false;
            }
        }
        return true;
    }
    false
}

/// The speaker of a speech verb or participle at token `before` with no subject written:
/// the nearest person of this sentence before it that is the subject of a clause and agrees
/// with the verb (`agree`), unless a speech clause with its own speaker comes between (then
/// `None`, and the carry takes that speaker).
pub(super) fn clause_subject(
    sent: &Sent,
    out: &Out,
    before: usize,
    agree: Agree,
) -> Option<Speaker> {
    let limit = sent.toks[before.min(sent.len() - 1)].orig().start;
    // The last quote of this sentence before the verb that has a speaker: a person before
    // it is only taken if it is that speaker.
    let last_quote = out
        .sentence_facts(sent.index)
        .filter(|q| q.kind == FactKind::Quote && q.span.end <= limit)
        .filter_map(|q| match &q.detail {
            Detail::Quote {
                speaker: Some((_, ar)),
                ..
            } => Some((q.span.start, ar.as_str())),
            _ => None,
        })
        .max_by_key(|q| q.0);
    let mut persons: Vec<&Fact> = out
        .sentence_facts(sent.index)
        .filter(|f| f.kind == FactKind::Person && f.span.end <= limit)
        .collect();
    persons.sort_by_key(|f| std::cmp::Reverse(f.span.start));
    for f in persons {
        if honorific_fact(sent, f) || !subject_of_clause(sent, out, f) {
            continue;
        }
        let name = f.span.slice(sent.text);
        if let Some((q, who)) = last_quote {
            if f.span.start < q && who != name {
                return None;
            }
        }
        if agree == Agree::Any || fits(agree, of_person(sent.text, f.span.start, name)) {
            return Some(Speaker::of_fact(f, sent.text, true));
        }
    }
    None
}
