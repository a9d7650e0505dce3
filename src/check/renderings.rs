//! The English an entry may be written with, as `term-missing` looks for it: the entry's
//! rendering, the `also:` alternatives of its note, an acronym in parentheses, and the word
//! orders English uses for the same name.
//!
//! **In:** a glossary entry's English and note. **Out:** renderings as folded words
//! ([`super::english::words`]); [`super::english::ANY`] stands for one optional word.
//!
//! What it does *not* do: invent synonyms: alternatives come from the glossary.

use std::collections::HashMap;

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

/// Renderings of single-word terms that a termbase's own multiword rows show: in `مرض تنفسي`
/// = *respiratory disease* and `الوقاية من الفيروس` = *virus prevention*, the other words
/// have rows of their own (تنفسي = *respiratory*, فيروس = *virus*) whose English covers the
/// rest of the row's English, so the one English content word left renders the word:
/// مرض = *disease*, وقاية = *prevention* (the rows list them only as *sickness, illness*
/// and *protection*). `rows` are (Arabic key words, English words) of the user's rows;
/// `single` maps a one-word key to its renderings. Out: key → renderings learnt. Arabic
/// words of two letters or fewer (من، في) are skipped; an English word covers another when
/// one is the other's stem or they share five letters (*virus*, *viral*: four, no).
pub(super) fn from_multiword(
    rows: &[(Vec<String>, Vec<String>)],
    single: &HashMap<String, Renderings>,
) -> HashMap<String, Renderings> {
    let covers = |a: &str, b: &str| {
        a == b
            || (a.len() >= 4 && b.starts_with(a))
            || (b.len() >= 4 && a.starts_with(b))
            || a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() >= 5
    };
    let mut out: HashMap<String, Renderings> = HashMap::new();
    for (arabic, english) in rows {
        let words: Vec<&String> = arabic.iter().filter(|w| w.chars().count() > 2).collect();
        let content: Vec<&String> = english
            .iter()
            .filter(|w| !english::FUNCTION_WORDS.contains(&w.as_str()))
            .collect();
        if words.len() < 2 || content.len() != words.len() {
            continue;
        }
        for (j, w) in words.iter().enumerate() {
            let mut left = content.clone();
            let all_known = words
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != j)
                .all(|(_, o)| {
                    let Some(r) = single.get(o.as_str()) else {
                        return false;
                    };
                    let before = left.len();
                    left.retain(|e| !r.iter().any(|x| x.len() == 1 && covers(&x[0], e)));
                    left.len() < before
                });
            if all_known && left.len() == 1 {
                let learnt = vec![left[0].clone()];
                let r = out.entry((*w).clone()).or_default();
                if !r.contains(&learnt) {
                    r.push(learnt);
                }
            }
        }
    }
    out
}
