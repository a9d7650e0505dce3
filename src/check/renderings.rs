//! The English an entry may be written with, as `term-missing` looks for it: the entry's
//! rendering, the `also:` alternatives of its note, an acronym in parentheses, and the word
//! orders English uses for the same name.
//!
//! **In:** a glossary entry's English and note. **Out:** renderings as folded words
//! ([`super::english::words`]); [`super::english::ANY`] stands for one optional word.
//!
//! What it does *not* do: invent synonyms: alternatives come from the glossary.

use super::english;
use super::Renderings;

/// Other word orders of a rendering with a head noun, as English writes them: `Health
/// Ministry` is also `Ministry of Health`, `Ministry of Public Health`, `Department of Health`
/// (US), `Health Department`; `Chinese Foreign Ministry` is also `Chinese Ministry of Foreign
/// Affairs`; `Oxford University` is also `University of Oxford` and `Oxford`; `Ministry of
/// Health` is also `Health Ministry`; `Danube River` and `Pacific Ocean` are also `Danube` and
/// `Pacific`.
pub(super) fn reordered(words: &[String]) -> Renderings {
    let heads = |w: &str| -> &'static [&'static str] {
        match w {
            "ministry" | "department" => &["ministry", "department"],
            "university" => &["university"],
            _ => &[],
        }
    };
    let mut out = Renderings::new();
    let of_words = |head: &str, mods: &[String]| -> Vec<String> {
        [head, "of", english::ANY]
            .into_iter()
            .map(String::from)
            .chain(mods.iter().cloned())
            .collect()
    };
    if let [mods @ .., last] = words {
        if !mods.is_empty() && !mods.iter().any(|m| m == "of") {
            for head in heads(last) {
                out.push(of_words(head, mods));
                if let [first, rest @ ..] = mods {
                    if !rest.is_empty() {
                        let mut w = vec![first.clone()];
                        w.extend(of_words(head, rest));
                        out.push(w);
                    }
                }
                let mut w = mods.to_vec();
                w.push(head.to_string());
                out.push(w);
            }
            if last == "university" {
                out.push(mods.to_vec());
            }
        }
        // `the Danube`, `the Pacific`: a river or an ocean by its name alone.
        if matches!(last.as_str(), "river" | "ocean") && !mods.is_empty() {
            out.push(mods.to_vec());
        }
    }
    // `Central Bank of Egypt` is also `Egypt's central bank`, `Ministry of Health` also
    // `Health Ministry` and `Health Department`.
    if let Some(k) = words.iter().position(|w| w == "of") {
        let (front, rest) = (&words[..k], &words[k + 1..]);
        if (1..=3).contains(&front.len())
            && !rest.is_empty()
            && !rest
                .iter()
                .any(|w| english::FUNCTION_WORDS.contains(&w.as_str()))
        {
            let last = &front[front.len() - 1];
            let mut alternatives: Vec<&str> = heads(last).to_vec();
            if alternatives.is_empty() {
                alternatives.push(last);
            }
            for h in alternatives {
                let mut w = rest.to_vec();
                w.extend(front[..front.len() - 1].iter().cloned());
                w.push(h.to_string());
                out.push(w);
            }
        }
    }
    out.retain(|w| w.as_slice() != words);
    out
}

/// The `also:` alternatives of a note: `also: U.N.; CLDR: …` → `U.N.`.
pub(super) fn also(note: &str) -> impl Iterator<Item = &str> {
    note.split(';')
        .filter_map(|part| part.trim().split_once("also:").map(|(_, rest)| rest))
        .flat_map(|rest| rest.split(','))
        .map(|alt| alt.split('(').next().unwrap_or(alt).trim())
        .filter(|alt| !alt.is_empty())
}

/// An acronym or alternative in parentheses: `Rapid Support Forces (RSF)` → `RSF`.
pub(super) fn parenthesized(english: &str) -> Option<&str> {
    let (_, rest) = english.split_once('(')?;
    Some(rest.split_once(')')?.0.trim())
}

/// The folded words of a rendering without edge function words.
pub(super) fn rendering_words(text: &str) -> Vec<String> {
    let mut w = english::words(text.split('(').next().unwrap_or(text));
    while w
        .first()
        .is_some_and(|x| english::FUNCTION_WORDS.contains(&x.as_str()))
    {
        w.remove(0);
    }
    while w
        .last()
        .is_some_and(|x| english::FUNCTION_WORDS.contains(&x.as_str()))
    {
        w.pop();
    }
    w
}

pub(super) fn alternatives(note: &str) -> String {
    let alts: Vec<&str> = also(note).collect();
    if alts.is_empty() {
        String::new()
    } else {
        format!(" (or {})", alts.join(", "))
    }
}
