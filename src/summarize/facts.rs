//! Key facts of a whole article, as an editor would sign them.
//!
//! **In:** every sentence's [`FactLine`]s (from the extractor, via [`super::evidence`]).
//! **Out:** [`KeyFact`]s grouped by question (who, where, when, how many), each group in
//! document order:
//! * only facts that answer one of the four questions; **bare numbers** and ordinals are left
//!   out (a number says something only with what it counts: quantities, money, casualties,
//!   percentages stay);
//! * an English that still holds Arabic letters (a name with no English form known) is left
//!   out: the block is read by someone who does not read the Arabic;
//! * a compass direction alone (`north`, `northwest`) is not a place, and a news agency
//!   (`Reuters`, `Saudi Press Agency`) is the source, not who the story is about;
//! * facts of crawl noise ([`super::structure::is_noise`]: the byline `عمر إبراهيم – عين
//!   اليوم` would say "today", the tail `16:37 ت م` a time) are left out; a dateline's place
//!   and date stay, and of a Hijri date given with its Gregorian one (`25 شوال 1436 هـ الموافق
//!   10 اغسطس 2015`) only the Gregorian date as written stays;
//! * a relative date (`today`, `yesterday`, `Saturday`) is kept only when the article has no
//!   date with a number in it, and then only the first;
//! * **deduplicated**: the same question and English (case-insensitive) is one entry, with
//!   how many times the article says it (`mentions`); an entry whose words are all inside a
//!   more specific entry of the same question (`Salman` inside `King Salman bin Abdulaziz`,
//!   `2015` inside `10 August 2015`) is folded into it;
//! * **most specific first**: per question at most [`LIMIT`] entries, the most mentioned
//!   (then the earliest) kept;
//! * **hedged** facts (`about 300`, `more than 20 killed`, a date whose year was inferred)
//!   are marked.
//!
//! Linear in the facts, except the folding, which compares the entries of one question with
//! each other (at most a few dozen per article after deduplication; capped at [`FOLD_MAX`]).

use std::collections::HashMap;

use super::{FactLine, KeyFact, Question, SentenceInfo};

/// Most entries per question.
pub const LIMIT: [(Question, usize); 4] = [
    (Question::Who, 5),
    (Question::Where, 3),
    (Question::When, 3),
    (Question::HowMany, 4),
];

/// Entries of one question compared for folding (the most mentioned); beyond, kept as is.
pub const FOLD_MAX: usize = 200;

const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "centre",
    "center",
    "middle east",
];

const AGENCIES: &[&str] = &[
    "saudi press agency",
    "reuters",
    "agence france-presse",
    "afp",
    "associated press",
    "emirates news agency",
    "anadolu agency",
    "kuwait news agency",
    "qatar news agency",
    "syrian arab news agency",
    "bahrain news agency",
];

/// Whether a fact may be a key fact at all.
fn signable(f: &FactLine) -> Option<Question> {
    let q = Question::of_kind(&f.kind)?;
    let english = f.english.trim();
    if english.is_empty() || matches!(f.kind.as_str(), "number" | "ordinal") {
        return None;
    }
    if english
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    {
        return None;
    }
    let lower = english.to_lowercase();
    if q == Question::Where && DIRECTIONS.contains(&lower.as_str()) {
        return None;
    }
    if q == Question::Who && AGENCIES.contains(&lower.as_str()) {
        return None;
    }
    Some(q)
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether every word of `a` is in `b` (and `b` has more).
fn inside(a: &[String], b: &[String]) -> bool {
    a.len() < b.len() && a.iter().all(|w| b.contains(w))
}

/// Whether an English date names a day of the month (one or two digits in a row).
fn has_day(english: &str) -> bool {
    english
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| (1..=2).contains(&d.len()))
}

/// Whether a date says when without a number (`today`, `Saturday`, `next week`).
fn relative(f: &KeyFact) -> bool {
    f.kind == "date" && !f.english.bytes().any(|b| b.is_ascii_digit())
}

/// The key facts of an article (see the module docs).
pub fn key_facts(text: &str, sentences: &[SentenceInfo]) -> Vec<KeyFact> {
    let mut index: HashMap<(Question, String), usize> = HashMap::new();
    let mut all: Vec<KeyFact> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let slice = s.span.slice(text).trim();
        if !slice.is_empty()
            && super::structure::is_noise(slice)
            && !super::structure::is_dateline_line(slice)
        {
            continue;
        }
        // A Hijri date beside its Gregorian one (`25 شوال 1436 هـ الموافق 10 اغسطس 2015`):
        // the Gregorian date as written beats the tabular estimate.
        let gregorian = s
            .facts
            .iter()
            .any(|f| f.kind == "date" && !f.english.contains(" AH") && has_day(&f.english));
        for f in &s.facts {
            if gregorian && f.kind == "date" && f.english.contains(" AH") {
                continue;
            }
            let Some(question) = signable(f) else {
                continue;
            };
            let key = (question, f.english.trim().to_lowercase());
            if let Some(&k) = index.get(&key) {
                all[k].mentions += 1;
                all[k].hedged &= f.hedged; // once said plainly, it is not hedged
                continue;
            }
            index.insert(key, all.len());
            all.push(KeyFact {
                question,
                kind: f.kind.clone(),
                english: f.english.trim().to_string(),
                hedged: f.hedged,
                mentions: 1,
                sentence: i,
                span: f.span,
            });
        }
    }
    let mut out = Vec::new();
    for (question, limit) in LIMIT {
        let mut group: Vec<KeyFact> = all
            .iter()
            .filter(|f| f.question == question)
            .cloned()
            .collect();
        group.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then(a.sentence.cmp(&b.sentence))
        });
        // Fold an entry into a more specific one of the same question.
        let w: Vec<Vec<String>> = group.iter().map(|f| words(&f.english)).collect();
        let m = group.len().min(FOLD_MAX);
        let mut folded = vec![false; group.len()];
        for a in 0..m {
            if let Some(b) = (0..m).find(|&b| b != a && !folded[b] && inside(&w[a], &w[b])) {
                folded[a] = true;
                group[b].mentions += group[a].mentions;
            }
        }
        let mut kept: Vec<KeyFact> = group
            .into_iter()
            .zip(folded)
            .filter(|(_, f)| !f)
            .map(|(g, _)| g)
            .collect();
        if question == Question::When && kept.iter().any(|f| !relative(f)) {
            kept.retain(|f| !relative(f));
        } else if question == Question::When {
            kept.sort_by_key(|f| f.sentence);
            kept.truncate(1);
        }
        kept.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then(a.sentence.cmp(&b.sentence))
        });
        kept.truncate(limit);
        kept.sort_by_key(|f| (f.sentence, f.span.start));
        out.extend(kept);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn fact(kind: &str, english: &str, hedged: bool) -> FactLine {
        FactLine {
            kind: kind.into(),
            english: english.into(),
            hedged,
            speaker: None,
            span: Span::default(),
        }
    }

    #[test]
    fn key_facts_are_deduplicated_specific_and_signable() {
        let s = |facts: Vec<FactLine>| SentenceInfo {
            facts,
            ..SentenceInfo::default()
        };
        let sentences = vec![
            s(vec![
                fact("person", "Salman", false),
                fact("place", "Pakistan", false),
                fact("number", "10", false),
                fact("quantity", "about 300 people", true),
            ]),
            s(vec![
                fact("person", "King Salman bin Abdulaziz", false),
                fact("place", "northwest", false),
                fact("person", "بمقاطعة كورام", false),
                fact("date", "2015", false),
            ]),
            s(vec![
                fact("place", "pakistan", false),
                fact("date", "10 August 2015", false),
                fact("ordinal", "second", false),
            ]),
        ];
        let facts = key_facts("", &sentences);
        let got: Vec<(Question, &str, bool, usize)> = facts
            .iter()
            .map(|f| (f.question, f.english.as_str(), f.hedged, f.mentions))
            .collect();
        let want = vec![
            (Question::Who, "King Salman bin Abdulaziz", false, 2),
            (Question::Where, "Pakistan", false, 2),
            (Question::When, "10 August 2015", false, 2),
            (Question::HowMany, "about 300 people", true, 1),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn bylines_agencies_and_relative_dates_give_way() {
        let text = "عمر إبراهيم – عين اليوم\nقال مسؤول لرويترز أمس إن الحادث وقع يوم 10 أغسطس 2015.\n16:37 ت م";
        let s = crate::summarize::plain(text);
        let mut s = s;
        s[0].facts = vec![fact("date", "today", false)];
        s[1].facts = vec![
            fact("org", "Reuters", false),
            fact("date", "yesterday", false),
            fact("date", "10 August 2015", false),
            fact("date", "25 Shawwal 1436 AH (about August 11, 2015)", false),
        ];
        s[2].facts = vec![fact("time", "16:37", false)];
        let got: Vec<String> = key_facts(text, &s).into_iter().map(|f| f.english).collect();
        assert_eq!(got, ["10 August 2015"]);
        // Without a dated fact, the first relative one stays.
        s[1].facts.truncate(2);
        let got: Vec<String> = key_facts(text, &s).into_iter().map(|f| f.english).collect();
        assert_eq!(got, ["yesterday"]);
    }
}
