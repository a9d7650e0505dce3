//! Admitted renderings of the built-in vocabulary: synonym groups a reviewer accepts for a
//! concept (`attack`: *assault*, *raid*, *strike*; `killed`: *dead*, *died*, *death toll*),
//! beyond an entry's own rendering and its `also:` alternatives.
//!
//! **In:** the glossary's entries and which of them are the user's own; the curated file
//! `glossaries/synonyms.tsv` (built in: `english` TAB `admitted` renderings separated by `|`,
//! `#` comments). **Out:** per entry, its admitted renderings as folded words
//! ([`super::english::words`]), empty for an entry a user's glossary gave (a team's own
//! terminology is checked as the team wrote it) and for an English no group names.
//!
//! An admitted rendering is found only as written (words in a row, with the check's
//! tolerance for case, plurals and stemming, [`super::english::contains_close`]), never by
//! half of its words as an entry's own vocabulary rendering may be (`carried out` is no
//! `out`), nor by a short word it begins with (`someone` is no `some`).
//!
//! WordNet: `glossaries/wordnet-synonyms.tsv` (same columns, derived by
//! `dev/check_wordnet.py` from WordNet 3.1, licence in its header) adds, after the curated
//! group, the other members of the dominant sense of an entry's English and its derivational
//! forms there (`arrest`: *taking into custody*; `closed`: *shut*; `deaths`: *die*): only a
//! word whose own first two senses include that one, so a common word of another usual sense
//! (`set` for *team*) is not admitted.
//!
//! Other senses: `glossaries/check-senses.tsv` (built in: `arabic` TAB `english` TAB
//! renderings of another common sense of that entry's Arabic, `|`-separated) admits, for the
//! one built-in vocabulary entry a row names by its Arabic and English, the English of a false
//! friend: مصابين = *injured* is mostly *infected* in health news, الطرق = *roads* also *ways,
//! methods*, أدان = *condemned* is met in بيدين *with hands*. A translator who rendered the
//! sense the text meant is not told the entry's rendering is missing. Only the check reads
//! that file: the matcher and the other commands are not changed by it.
//!
//! What it does *not* do: mine synonyms from a corpus, or widen names (people, places,
//! organizations): only the vocabulary rows of the two files, curated by hand.

use std::collections::HashMap;

use super::renderings::rendering_words;
use super::Renderings;
use crate::glossary::Entry;

/// The built-in synonym groups (see the module docs).
pub(super) const SYNONYMS: &str = include_str!("../../glossaries/synonyms.tsv");

/// The groups of `text`: lower-cased English → admitted renderings (folded words), in file
/// order. Lines that are blank, comments, the header or without a tab are skipped.
pub(super) fn groups(text: &str) -> HashMap<String, Renderings> {
    let mut out: HashMap<String, Renderings> = HashMap::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.starts_with('#') || line.starts_with("english\t") {
            continue;
        }
        let Some((english, admitted)) = line.split_once('\t') else {
            continue;
        };
        let group = out.entry(english.trim().to_lowercase()).or_default();
        group.extend(
            admitted
                .split('|')
                .map(rendering_words)
                .filter(|w| !w.is_empty()),
        );
    }
    out
}

/// The admitted renderings derived from WordNet (`glossaries/wordnet-synonyms.tsv`, same
/// columns as [`SYNONYMS`], written by `dev/check_wordnet.py`; see the module docs).
pub(super) const WORDNET: &str = include_str!("../../glossaries/wordnet-synonyms.tsv");

/// The built-in other senses of vocabulary entries (see the module docs).
pub(super) const SENSES: &str = include_str!("../../glossaries/check-senses.tsv");

/// The other senses of `text`: (the entry's Arabic, its lower-cased English) → renderings of
/// another sense (folded words). Blank, comment and header lines, and lines without two tabs,
/// are skipped.
pub(super) fn senses(text: &str) -> HashMap<(String, String), Renderings> {
    let mut out: HashMap<(String, String), Renderings> = HashMap::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.starts_with('#') || line.starts_with("arabic\t") {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(arabic), Some(english), Some(other)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let key = (arabic.trim().to_string(), english.trim().to_lowercase());
        out.entry(key).or_default().extend(
            other
                .split('|')
                .map(rendering_words)
                .filter(|w| !w.is_empty()),
        );
    }
    out
}

/// Per entry: the admitted renderings of its English (the curated groups, then WordNet's),
/// then the renderings of its Arabic's other senses, for built-in vocabulary entries (`own[i]` false).
pub(super) fn admitted(entries: &[Entry], own: &[bool]) -> Vec<Renderings> {
    let curated = groups(SYNONYMS);
    let derived = groups(WORDNET);
    let senses = senses(SENSES);
    entries
        .iter()
        .zip(own)
        .map(|(e, &own)| {
            if own || e.category != crate::glossary::Category::Term {
                return Renderings::new();
            }
            let english = e.english.to_lowercase();
            let mut out = curated.get(&english).cloned().unwrap_or_default();
            for r in derived.get(&english).into_iter().flatten() {
                if !out.contains(r) {
                    out.push(r.clone());
                }
            }
            if let Some(other) = senses.get(&(e.arabic.clone(), english)) {
                out.extend(other.iter().cloned());
            }
            out
        })
        .collect()
}

/// The admitted renderings for a message: ` (admitted: assault, raid, strike, …)`, at most
/// four, or nothing.
pub(super) fn shown(admitted: &Renderings) -> String {
    if admitted.is_empty() {
        return String::new();
    }
    let mut words: Vec<String> = admitted.iter().take(4).map(|w| w.join(" ")).collect();
    if admitted.len() > 4 {
        words.push("…".into());
    }
    format!(" (admitted: {})", words.join(", "))
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::check::tests::{checker, findings_of};
    use crate::check::{Check, Checker, Severity};
    use crate::extract::Context;
    use crate::glossary::{Category, Glossary, Matcher};

    /// The lower-cased English of every built-in vocabulary (term) entry.
    fn builtin_vocabulary() -> std::collections::HashSet<String> {
        Glossary::builtin()
            .entries()
            .iter()
            .filter(|e| e.category == Category::Term)
            .map(|e| e.english.to_lowercase())
            .collect()
    }

    #[test]
    fn every_group_names_a_builtin_vocabulary_entry() {
        let vocabulary = builtin_vocabulary();
        let mut heads = std::collections::HashSet::new();
        for (n, line) in SYNONYMS.lines().enumerate().skip(1) {
            if line.starts_with('#') || line.starts_with("english\t") {
                continue;
            }
            let (head, admitted) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("synonyms.tsv:{}: no tab", n + 1));
            assert!(
                vocabulary.contains(&head.to_lowercase()),
                "synonyms.tsv:{}: '{head}' is no built-in vocabulary entry's English",
                n + 1
            );
            assert!(heads.insert(head), "synonyms.tsv:{}: '{head}' twice", n + 1);
            for a in admitted.split('|') {
                assert!(
                    !a.trim().is_empty() && !a.eq_ignore_ascii_case(head) && !a.contains('\t'),
                    "synonyms.tsv:{}: admitted rendering '{a}'",
                    n + 1
                );
            }
        }
        assert!(heads.len() >= 200, "{} groups", heads.len());
    }

    #[test]
    fn the_wordnet_table_names_builtin_vocabulary_and_keeps_its_licence() {
        let vocabulary = builtin_vocabulary();
        assert!(WORDNET.contains("WordNet 3.1 Copyright 2011 by Princeton University"));
        let derived = groups(WORDNET);
        assert!(derived.len() >= 500, "{} rows", derived.len());
        for head in derived.keys() {
            assert!(vocabulary.contains(head), "wordnet-synonyms.tsv: '{head}'");
        }
        // The dominant sense only: a team is no `set`; an arrest is a taking into custody.
        let has = |head: &str, w: &str| {
            derived
                .get(head)
                .is_some_and(|g| g.iter().any(|r| r.join(" ") == w))
        };
        assert!(has("arrest", "taking into custody"));
        assert!(!has("team", "set"));
    }

    #[test]
    fn every_other_sense_names_a_builtin_vocabulary_entry() {
        let g = Glossary::builtin();
        let vocabulary: std::collections::HashSet<(String, String)> = g
            .entries()
            .iter()
            .filter(|e| e.category == Category::Term)
            .map(|e| (e.arabic.clone(), e.english.to_lowercase()))
            .collect();
        let mut rows = 0;
        for (n, line) in SENSES.lines().enumerate() {
            if line.starts_with('#') || line.starts_with("arabic\t") {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "check-senses.tsv:{}: three columns", n + 1);
            assert!(
                vocabulary.contains(&(cols[0].to_string(), cols[1].to_lowercase())),
                "check-senses.tsv:{}: '{} = {}' is no built-in vocabulary entry",
                n + 1,
                cols[0],
                cols[1]
            );
            assert!(
                cols[2].split('|').all(|a| !a.trim().is_empty()),
                "check-senses.tsv:{}: an empty rendering",
                n + 1
            );
            rows += 1;
        }
        assert_eq!(senses(SENSES).len(), rows, "a row twice");
    }

    #[test]
    fn another_sense_of_the_arabic_satisfies_its_entry_only() {
        let c = checker();
        // (Arabic, English, the term, is it reported missing?): the sense the text meant is
        // rendered, so the entry is not reported.
        let cases: &[(&str, &str, &str, bool)] = &[
            // المصابين بالفيروس are the infected, not the injured (TICO-19 health news).
            (
                "وتعافى معظم المصابين بالفيروس.",
                "Most of those infected with the virus recovered.",
                "مصابين",
                false,
            ),
            // An English that says neither sense is still reported (the phrase is one entry,
            // المصابين بالفيروس = the infected, since session 26).
            (
                "وتعافى معظم المصابين بالفيروس.",
                "Most recovered from the virus.",
                "المصابين بالفيروس",
                true,
            ),
            // طرق = ways, methods: الطرق = roads admits them.
            (
                "وناقش الوزراء طرق مكافحة الفيروس.",
                "The ministers discussed methods of fighting the virus.",
                "طرق",
                false,
            ),
            // بيدين (with hands) read as يدين (condemns).
            (
                "ولا تلمس عينيك بيدين غير مغسولتين.",
                "Do not touch your eyes with unwashed hands.",
                "يدين",
                false,
            ),
            // The other sense of one entry is not another entry's: `hands` does not render
            // الطرق = roads.
            (
                "وأغلقت الشرطة الطرق.",
                "The police closed it with their hands.",
                "الطرق",
                true,
            ),
        ];
        for &(ar, en, term, want) in cases {
            let got = missing(&c, ar, en).iter().any(|(a, _)| a == term);
            assert_eq!(
                got,
                want,
                "{ar} / {en}: is {term} missing? {:?}",
                missing(&c, ar, en)
            );
        }
    }

    #[test]
    fn groups_are_read_as_folded_words() {
        let g = groups("# comment\nenglish\tadmitted\nKilled\tdead|death toll\nno tab here\n");
        assert_eq!(
            g.get("killed"),
            Some(&vec![
                vec!["dead".to_string()],
                vec!["death".to_string(), "toll".to_string()]
            ])
        );
        assert_eq!(g.len(), 1);
        assert_eq!(shown(&g["killed"]), " (admitted: dead, death toll)");
        assert_eq!(shown(&Renderings::new()), "");
    }

    /// The term-missing findings of a pair, by Arabic.
    fn missing(c: &Checker, ar: &str, en: &str) -> Vec<(String, Severity)> {
        findings_of(c, ar, en, Check::TermMissing)
    }

    #[test]
    fn an_admitted_rendering_satisfies_the_builtin_vocabulary() {
        let c = checker();
        let cases: &[(&str, &str, &[&str])] = &[
            // هجوم = attack: an assault is the same concept; قتل = killed: died.
            (
                "وقتل خمسة أشخاص في الهجوم.",
                "Five people died in the assault.",
                &[],
            ),
            // The rendering itself, inflected, still does.
            (
                "وقتل خمسة أشخاص في الهجوم.",
                "The attackers killed five people.",
                &[],
            ),
            // A paraphrase outside the group is still reported (at info).
            (
                "وقتل خمسة أشخاص في الهجوم.",
                "Five people died in the incident.",
                &["هجوم"],
            ),
            // الشركات = companies: firms and businesses; انخفاض = fall: a reduction.
            (
                "وطالبت الشركات بخفض الضرائب بعد انخفاض المبيعات.",
                "Businesses called for tax cuts after a reduction in sales.",
                &[],
            ),
            // A multiword admitted rendering is found as written, not by half of its words:
            // أجرى = conducted is *carried out*, not any `out`.
            (
                "وأجرت الوزارة اختبارات على العينات.",
                "The ministry carried out tests on the samples.",
                &[],
            ),
            (
                "وأجرت الوزارة اختبارات على العينات.",
                "The ministry sent out tests on the samples.",
                &["أجرت"],
            ),
            // An admitted word is not found by a short word it begins with: `someone`
            // renders شخص, `some` does not.
            (
                "وأصيب شخص في الحادث.",
                "Someone was hurt in the accident.",
                &[],
            ),
            (
                "وأصيب شخص في الحادث.",
                "Some were hurt in the accident.",
                &["شخص"],
            ),
        ];
        for (ar, en, want) in cases {
            let got: Vec<String> = missing(&c, ar, en)
                .into_iter()
                .filter(|(_, s)| *s == Severity::Info)
                .map(|(a, _)| a)
                .collect();
            assert_eq!(got, *want, "{en}");
        }
    }

    #[test]
    fn term_count_adds_admitted_renderings_found_as_written() {
        let c = checker();
        let ar = "أصيب شخص في الحادث. وقال شخص آخر إنه رأى الحادث.";
        // (English, is شخص counted short?)
        let cases = [
            (
                "Someone was hurt in the crash. Another person said he saw it.",
                false,
            ),
            (
                "Someone was hurt in the crash. Some said they saw it.",
                true,
            ),
        ];
        for (en, short) in cases {
            let counted = c
                .check(ar, en, &Context::default())
                .findings
                .iter()
                .any(|f| f.check == Check::TermCount && f.arabic.slice(ar) == "شخص");
            assert_eq!(counted, short, "{en}");
        }
    }

    #[test]
    fn a_users_own_entry_is_not_widened() {
        let mut g = Glossary::builtin();
        g.add_csv(
            Path::new("team/health.csv"),
            "arabic,english,category,variants,note,source,guard\n\
             لقاح,vaccine,term,,,team,\n",
        )
        .unwrap();
        let ar = "أعلنت الوزارة عن لقاح جديد ضد الإنفلونزا.";
        let en = "The ministry announced a new flu jab.";
        let own = Checker::new(Arc::new(Matcher::new(&g)));
        assert_eq!(
            missing(&own, ar, en),
            vec![("لقاح".to_string(), Severity::Warning)]
        );
        let builtin = checker();
        assert_eq!(missing(&builtin, ar, en), vec![]);
    }
}
