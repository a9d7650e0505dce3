//! Where a person's name really ends when the person rules stopped short of it: the name
//! words written right after a person fact (محمد ناجم الغرسلي where they took محمد, عاطي بن
//! عطية القرشي where they stopped at بن). Read in the original text, a word at a time, at most
//! [`TAIL`] words: linear.

use super::speaker::{
    word_bits, BARRIERS, NAME_JOINERS, NO_SUBJECT_WORD, PERSON_NOUN, SUBJECT_NOUN,
};

/// How many name words [`name_tail`] adds at most.
const TAIL: usize = 3;

/// The English of the person fact `f` run on to byte `end` of `text` (a [`name_tail`]): the
/// whole name spelled, but a glossary person keeps its English before the spelled tail (الملك
/// سلمان بن عبدالعزيز → King Salman bin Abdul-Aziz, not "Al-Malak Salman bin Abdul-Aziz"),
/// without the tail when the entry holds it already (… Al Khalifa).
pub(super) fn spelled(f: &crate::extract::Fact, text: &str, end: usize) -> Option<String> {
    let spell = |a: &str| crate::extract::persons::transliterate(a).map(|t| t.0);
    let whole = spell(&text[f.span.start..end])?;
    if f.rule != "entity.glossary" {
        return Some(whole);
    }
    let own = spell(f.span.slice(text));
    match own.as_deref().and_then(|own| whole.strip_prefix(own)) {
        Some(tail) if f.value.ends_with(tail.trim_start()) => Some(f.value.to_string()),
        Some(tail) => Some(format!("{}{tail}", f.value)),
        None => Some(whole),
    }
}

/// Where a person's name that the person rules ended at byte `end` of `text` really ends: up
/// to [`TAIL`] words more, each a given name of the name lexicon, ال with one or with a word
/// that is no common word and no feminine noun (العرفج, not الخبيرة) or whose stem the name
/// data knows and no definite word follows (الزامل: زامل → Zamil; not الشريك المؤسس), a nisba (ال…ي, four letters or more after the article,
/// not an office adjective such as الرسمي), الله after a name word (الجار الله), a
/// joiner (بن، أبو، آل، عبد) with a word after it, or any other word right before such a
/// nisba (محمد ناجم الغرسلي); separated by one space (no punctuation or line break between).
/// No title or subject noun (المتحدث، وزير) is taken.
pub(super) fn name_tail(text: &str, end: usize) -> usize {
    use crate::extract::persons::{is_name, is_stop, rare};
    // Most speakers are followed by punctuation, a line break or إن: no word to read.
    let Some(mut cur) = word_after(text, end) else {
        return end;
    };
    if super::COMPLEMENTS.contains(&cur.0.as_str()) {
        return end;
    }
    let plain = |w: &str| {
        let bare = w.strip_prefix("ال").unwrap_or(w);
        !is_stop(w)
            && !super::COMPLEMENTS.contains(&w)
            && !BARRIERS.contains(&w)
            && word_bits(bare) & (PERSON_NOUN | SUBJECT_NOUN | NO_SUBJECT_WORD) == 0
    };
    let nisba = |w: &str| {
        w.strip_prefix("ال").is_some_and(|b| {
            b.chars().count() >= 4 && b.ends_with('ي') && !OFFICE_ADJECTIVES.contains(&b)
        }) && plain(w)
    };
    let last = text[..end].rsplit(' ').next().unwrap_or("");
    let mut joiner = NAME_JOINERS.contains(&fold(last).as_str());
    let mut taken = end;
    for _ in 0..TAIL {
        let (w, next) = (cur.0.as_str(), cur.1);
        // Each word is read once: the one after is kept for the next round.
        let ahead = word_after(text, next);
        if NAME_JOINERS.contains(&w) {
            joiner = true;
        } else {
            // جار الله، ضيف الله: الله ends a compound name.
            if w == "الله" && taken > end {
                return next;
            }
            // على written with ى is the preposition, not علي.
            if w == "علي" && text[..next].ends_with('ى') {
                break;
            }
            let bare = w.strip_prefix("ال").filter(|b| b.chars().count() >= 3);
            let part = plain(w)
                && (is_name(w)
                    || bare.is_some_and(|b| {
                        is_name(b)
                            || (rare(w) && !b.ends_with('ه'))
                            // نجيب الزامل: a family the name data knows (الزامل → al-Zamil).
                            || (w.starts_with("ال")
                                && !b.ends_with('ه')
                                && b.chars().count() >= 4
                                && crate::translit::knows(b)
                                && !ahead.as_ref().is_some_and(|(n, _)| n.starts_with("ال")))
                    })
                    || nisba(w)
                    || (joiner && w.chars().count() >= 3)
                    || (!w.starts_with("ال") && ahead.as_ref().is_some_and(|(n, _)| nisba(n))));
            if !part {
                break;
            }
            joiner = false;
            taken = next;
        }
        match ahead {
            Some(a) => cur = a,
            None => break,
        }
    }
    taken
}

/// The Arabic word after byte `at` of `text` past one space (no punctuation or line break
/// before it), folded as [`fold`] does, and where it ends.
fn word_after(text: &str, at: usize) -> Option<(String, usize)> {
    let rest = text.get(at..)?.strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !matches!(c, '\u{0621}'..='\u{0652}' | '\u{0671}'))
        .unwrap_or(rest.len());
    (len > 0).then(|| (fold(&rest[..len]), at + 1 + len))
}

/// A word folded as the `match` normalization folds a name (أ/إ/آ → ا, ى → ي, ة → ه, no
/// harakat or tatweel), without the whole normalizer.
fn fold(w: &str) -> String {
    w.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

/// Adjectives ending in ي that describe an office, not a family (المتحدث الرسمي).
const OFFICE_ADJECTIVES: &[&str] = &[
    "رسمي",
    "اعلامي",
    "حالي",
    "ماضي",
    "تنفيذي",
    "اقليمي",
    "دولي",
    "وطني",
    "عسكري",
    "امني",
];
