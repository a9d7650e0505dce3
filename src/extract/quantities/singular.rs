//! The singular of a unit's English after a count of one: "1 meter", "1 person", "1 plot of
//! land" (the tables hold plurals: "meters", "people", "plots of land").
//!
//! **In:** the English of a unit or counted noun, as the tables and the glossary give it.
//! **Out:** the same phrase with its head noun singular, or `None` when no word of it is a
//! plural this module knows how to undo (a mass noun, a name, "of its soldiers").
//!
//! The head is the last word before " of " / " per " (plots of land, kilometers per hour,
//! police officers); when that word is no plural, the first word is (worshippers circling
//! the Kaaba). Irregular plurals come from a table; regular ones lose -ies → -y, -es after a
//! sibilant, or -s (not -ss, -us, -is: Celsius, basis).

use std::borrow::Cow;

/// Irregular English plurals of counted nouns, and their singulars.
const IRREGULAR: &[(&str, &str)] = &[
    ("people", "person"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("media", "medium"),
    ("criteria", "criterion"),
    ("phenomena", "phenomenon"),
    ("buses", "bus"),
    ("viruses", "virus"),
    ("gases", "gas"),
];

/// Nouns whose plural is the singular too, or that end like a plural but are none.
const SAME: &[&str] = &[
    "series",
    "species",
    "sheep",
    "fish",
    "aircraft",
    "news",
    "Celsius",
    "Fahrenheit",
    "bus",
    "gas",
    "status",
    "basis",
    "crisis",
    "analysis",
    "thesis",
];

/// The singular of one English word, when it is a plural: `countries` → `country`.
fn word(w: &str) -> Option<Cow<'static, str>> {
    if SAME.contains(&w) {
        return None;
    }
    for &(plural, single) in IRREGULAR {
        if w == plural {
            return Some(Cow::Borrowed(single));
        }
        // young men, policemen, sportswomen.
        if let Some(stem) = w.strip_suffix(plural).filter(|s| !s.is_empty()) {
            if matches!(plural, "men" | "women") {
                return Some(Cow::Owned([stem, single].concat()));
            }
        }
    }
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return Some(Cow::Owned(format!("{stem}y")));
    }
    for sibilant in ["ches", "shes", "sses", "xes", "zes"] {
        if w.ends_with(sibilant) {
            return Some(Cow::Owned(w[..w.len() - 2].to_string()));
        }
    }
    let stem = w.strip_suffix('s')?;
    if stem.len() < 2 || stem.ends_with('s') || stem.ends_with('u') || stem.ends_with('i') {
        return None;
    }
    Some(Cow::Owned(stem.to_string()))
}

/// The phrase with its head noun singular (see the module doc), or `None`.
fn singular(phrase: &str) -> Option<String> {
    if phrase.starts_with("of ") {
        return None;
    }
    let head_end = [" of ", " per ", " a ", " an "]
        .iter()
        .filter_map(|sep| phrase.find(sep))
        .min()
        .unwrap_or(phrase.len());
    let head = &phrase[..head_end];
    let last_from = head.rfind(' ').map_or(0, |i| i + 1);
    let (from, single) = match word(&head[last_from..]) {
        Some(s) => (last_from, s),
        None if last_from > 0 => {
            let first_end = head.find(' ').unwrap_or(head.len());
            (0, word(&head[..first_end])?)
        }
        None => return None,
    };
    let to = from + phrase[from..].find(' ').unwrap_or(phrase.len() - from);
    Some([&phrase[..from], &single, &phrase[to..]].concat())
}

/// `noun` appended to `out`, its head singular after a count of one (`one`): "1 meter",
/// "2 meters".
pub(crate) fn push_noun(out: &mut String, noun: &str, one: bool) {
    match one.then(|| singular(noun)).flatten() {
        Some(single) => out.push_str(&single),
        None => out.push_str(noun),
    }
}

#[cfg(test)]
mod tests {
    use super::singular;

    #[test]
    fn head_nouns_become_singular() {
        let rows: &[(&str, Option<&str>)] = &[
            ("meters", Some("meter")),
            ("kilometers per hour", Some("kilometer per hour")),
            ("square meters", Some("square meter")),
            ("people", Some("person")),
            ("displaced people", Some("displaced person")),
            ("young men", Some("young man")),
            ("policemen", Some("policeman")),
            ("feet", Some("foot")),
            ("countries", Some("country")),
            ("plots of land", Some("plot of land")),
            ("police officers", Some("police officer")),
            (
                "worshippers circling the Kaaba",
                Some("worshipper circling the Kaaba"),
            ),
            ("buses", Some("bus")),
            ("boxes", Some("box")),
            ("barrels a day", Some("barrel a day")),
            ("degrees Celsius", Some("degree Celsius")),
            ("basis points", Some("basis point")),
            // Nothing to undo: a mass noun, a partitive, a word that is no plural.
            ("of its soldiers", None),
            ("news", None),
            ("aircraft", None),
            ("Celsius", None),
            ("glass", None),
        ];
        for &(phrase, want) in rows {
            assert_eq!(singular(phrase).as_deref(), want, "{phrase}");
        }
    }
}
