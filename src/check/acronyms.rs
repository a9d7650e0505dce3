//! A run of glossary terms that the English writes as one acronym.
//!
//! **In:** the glossary terms of a pair in Arabic order (their byte spans and the initials of
//! their renderings) and the English of the pair. **Out:** whether a term is part of a run of
//! adjacent terms whose renderings' initials spell an acronym the English uses: مستشار الأمن
//! القومي (*adviser*, *national security*) is `NSA`, هيئة الخدمات الصحية الوطنية (*authority*,
//! *service*, *health*, *national*) is `NHS`, مركز السيطرة على الأمراض is `CDC`. Such a term is
//! rendered, inside the name (not هيئة, whose *authority* is not in `NHS`).
//!
//! Why: on the human translations of `dev/check_eval.py`, a name the English gives as its
//! acronym was the commonest `part-of-name` false alarm (`dev/gold/check-judged/`: NSA, NHS,
//! NHC, NPWS, CDC, NIOSH, CEP …), and one of them (`As NSA` for منصب مستشار في الأمن القومي)
//! was a default-severity finding.
//!
//! The test: the run has two terms or more, each within [`GAP`] bytes of the next (one short
//! word between them: في، على); the acronym has two to six capital letters, every one of them
//! an initial of the run's entries' English (not of their alternatives), the term's own among
//! them; and no name of the run (a person, organization, group,
//! place or event) [`owns`] the acronym by itself, for then a term beside the name is not in
//! it (`USOC's statement`). What it does *not* do: expand an acronym it cannot spell from the
//! run (a French one, `CEP`; دوري الهوكي الوطني = `NHL`, whose *hockey* is no glossary term),
//! or accept an acronym for a lone term. Each condition stopped injected omissions of
//! `dev/check_eval.py` from being taken for acronyms: one letter unexplained let *country*
//! and *elections* spell `CEP`; alternatives and a term whose initial is not in the acronym
//! let a long run spell `NSA` for العلاقات and `NSW` for الجمعية.

use crate::span::Span;

/// The most bytes between two terms of one run: a space, a two- or three-letter word and a
/// space (` على `).
pub(super) const GAP: usize = 12;

/// The acronyms of an English text: words of two to six capital letters (ASCII), as lower
/// case letters.
pub(super) fn acronyms(text: &str) -> Vec<Vec<u8>> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()))
        .map(|w| w.to_ascii_lowercase().into_bytes())
        .collect()
}

/// The initials of the content words of `renderings` (folded words), sorted, each once.
pub(super) fn initials(renderings: &[Vec<String>]) -> Vec<u8> {
    let mut out: Vec<u8> = renderings
        .iter()
        .flatten()
        .filter(|w| !super::english::FUNCTION_WORDS.contains(&w.as_str()))
        .filter_map(|w| w.bytes().next().filter(u8::is_ascii_lowercase))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The runs of `spans` (terms in Arabic order): `run[k]` is the first term of the run of
/// term `k`.
pub(super) fn runs(spans: &[Span]) -> Vec<usize> {
    let mut out = Vec::with_capacity(spans.len());
    for (k, s) in spans.iter().enumerate() {
        // Terms that overlap (a longer entry over a shorter one) are one run too.
        let joined = k > 0 && s.start <= spans[k - 1].end + GAP;
        out.push(if joined { out[k - 1] } else { k });
    }
    out
}

/// Whether `acronym` is spelled by `letters` (the initials of a run of terms, sorted) as the
/// module docs say.
pub(super) fn spells(acronym: &[u8], letters: &[u8]) -> bool {
    let explained = acronym
        .iter()
        .filter(|b| letters.binary_search(b).is_ok())
        .count();
    explained >= 2 && explained == acronym.len()
}

/// Whether `letters` (one term's initials, sorted) alone spell `acronym` but for one letter at
/// most: a name that owns the acronym (`USOC` for *U.S. Olympic Committee*), which a term
/// next to it (بيان اللجنة الأولمبية = the committee's *statement*) does not share.
pub(super) fn owns(acronym: &[u8], letters: &[u8]) -> bool {
    let explained = acronym
        .iter()
        .filter(|b| letters.binary_search(b).is_ok())
        .count();
    explained >= 2 && explained + 1 >= acronym.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_capital_words_of_two_to_six_letters() {
        let cases: &[(&str, &[&str])] = &[
            ("As NSA, he assisted Carter.", &["nsa"]),
            ("The British NHS has announced", &["nhs"]),
            ("NIOSH-approved N95 respirators", &["niosh"]),
            // Not: one letter, mixed case, digits, seven letters.
            ("A Rome-based WeWork N95 ABCDEFG office", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = acronyms(text)
                .into_iter()
                .map(|a| String::from_utf8(a).unwrap())
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn runs_join_terms_one_short_word_apart() {
        // مستشار في الأمن القومي: two terms, ` في ` between them (6 bytes); a far term starts a
        // run of its own.
        let spans = [Span::new(0, 12), Span::new(18, 41), Span::new(80, 90)];
        assert_eq!(runs(&spans), vec![0, 0, 2]);
    }

    #[test]
    fn an_acronym_is_spelled_with_at_most_one_letter_unexplained() {
        // (acronym, the run's initials, spelled)
        let cases: &[(&str, &str, bool)] = &[
            ("nsa", "ans", true),  // adviser, national security
            ("nhs", "ahns", true), // authority, service, health, national
            ("cdc", "cd", true),   // control, diseases
            ("nhl", "n", false),   // one letter explained only
            ("nhl", "ln", false),  // national, league: hockey is not a term
            ("cep", "ce", false),  // country, elections: a French acronym
            ("un", "n", false),    // two letters: both must be explained
            ("covid", "cdv", false),
        ];
        for (acronym, letters, want) in cases {
            assert_eq!(
                spells(acronym.as_bytes(), letters.as_bytes()),
                *want,
                "{acronym} {letters}"
            );
        }
    }

    #[test]
    fn a_name_owns_the_acronym_it_spells_but_for_one_letter() {
        // U.S. Olympic Committee (u, o, c) owns USOC; national security (n, s) owns no CDC.
        assert!(owns(b"usoc", b"cou"));
        assert!(!owns(b"cdc", b"ns"));
        assert!(!owns(b"usoc", b"u"));
    }
}
