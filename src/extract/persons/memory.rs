//! Person facts out, and the document's memory of them: a person pushed with their English
//! ([`push_person`]) is remembered by their last name ([`remember`]), so that a later `وقال
//! الحازمي` finds the full name (the entities rule reads `DocState::people`).
//!
//! **In:** the tokens of a name found by the person rules. **Out:** a `person` fact, and the
//! document's memory of its last name. The first full name with a last name stays.

use super::{common_definite, english, flags, is_name, is_stop, loose_family, part_of, rare};
use super::{Rendering, PARTICLE};
use crate::extract::{Detail, DocState, FactKind, Out, PersonDetail, Sent};

/// Push a person fact over tokens `from..to` (skipping `clitic` bytes of the first token),
/// with its English and detail, and remember it for later mentions.
pub(crate) fn push_person(
    sent: &Sent,
    doc: &mut DocState,
    out: &mut Out,
    (from, to, clitic): (usize, usize, usize),
    title: Option<String>,
    rule: &'static str,
) {
    let to = before_preposition(sent, from, to);
    let mut span = sent.span(from, to);
    if clitic > 0 {
        let tok = sent.toks[from];
        span.start = sent
            .norm_span(tok.norm().start + clitic, tok.norm().end)
            .start;
    }
    let arabic = span.slice(sent.text);
    let Rendering {
        english,
        source,
        score,
    } = english(sent, from, to, arabic);
    let english = english.unwrap_or_else(|| arabic.to_string());
    let detail = PersonDetail {
        title,
        english_source: source,
        score,
        refers_to: None,
    };
    remember(sent, doc, from, to, &english);
    let value = crate::extract::Text::new(&english);
    out.push_span(
        FactKind::Person,
        span,
        value,
        english,
        rule,
        Detail::Person(Box::new(detail)),
    );
}

/// Where a name found by any rule ends: before its first word, past the first, that is ب or ل
/// and a common word (بقوله "by saying", بتشكيل "with forming", بهذه "on this", بفارق "by a
/// margin", لوحدنا): the rules that take the last words before a boundary or a name-shaped
/// word ran into the phrase after the name (dev news: حابس بقوله، مصطفى بلجون بتشكيل، مراد
/// بهذه المناسبة). Not a word of the name data, a particle (بن) or a Hadrami family name in با
/// (بارباع، باوزير).
fn before_preposition(sent: &Sent, from: usize, to: usize) -> usize {
    (from + 1..to)
        .find(|&k| {
            let w = sent.w(k);
            let rest = w.strip_prefix(['ب', 'ل']);
            sent.is_word(k)
                && !w.starts_with("با")
                && flags(w) & (PARTICLE | super::NAME) == 0
                && rest.is_some_and(|r| r.chars().count() >= 3 && !rare(r) && !is_name(r))
        })
        .unwrap_or(to)
}

/// Remember a person of two words or more by their last name (and a family name with the
/// article when the name is lexicon-backed): `وقال الحازمي`.
pub(crate) fn remember(sent: &Sent, doc: &mut DocState, from: usize, to: usize, full: &str) {
    if to - from < 2 {
        return;
    }
    let last = sent.w(to - 1);
    // Known already (the first full name stays): nothing below would change that.
    if doc.people.contains_key(last) {
        return;
    }
    let letters = last.chars().count();
    // عبد الملك، آل خليفة: the last word is half of a compound, not a surname.
    if to - from >= 2 && flags(sent.w(to - 2)) & PARTICLE != 0 {
        return;
    }
    // The preposition على (folded علي, and often written so) is no surname: هشام علي is not
    // found again in every على.
    if letters < 3 || is_stop(last) || last == "علي" || sent.surface(to - 1, to).ends_with('ى')
    {
        return;
    }
    // الفضاء، الرجل، اليورو: a common definite word is no surname to look for later, unless
    // a name of the lexicon or a nisba (الغامدي، العمر); nor ب + a common word (بسعة "with a
    // capacity of"). Foreign surnames are often common words (أوباما، كيري): kept.
    if common_definite(sent, to - 1, last) {
        return;
    }
    if let Some(r) = last.strip_prefix('ب') {
        if r.chars().count() >= 3 && !rare(r) && !is_name(last) {
            return;
        }
    }
    if !last.starts_with("ال") || part_of(sent, to - 1, last).is_some() || loose_family(last) {
        doc.remember(last, full);
    }
}
