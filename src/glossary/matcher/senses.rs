//! Senses the context settles after matching, where no guard word list can: a country name in
//! -يا right after an indefinite accusative noun is the nisba adjective agreeing with it.
//!
//! **In:** the matches of one text, in order, found among its words ([`TokenWords`]) in
//! `match` normalization. **Out:** the same matches, each such country name read again as the
//! nationality whose accusative it is, or taken out when the glossary has no such
//! nationality. It runs on every guarded scan ([`Matcher::find_tokens`] and the token
//! stage's path): facts, terms and glosses all see the corrected reading.
//!
//! Arabic writes the accusative of a nisba adjective with the indefinite alef: متجرًا
//! بريطانيًا "a British store", شخصًا إيطاليًا "an Italian", فيلمًا ألمانيًا "a German film".
//! Without its tanween (which `match` normalization drops) بريطانيًا is spelled as بريطانيا
//! *Britain*, and the matcher, which prefers the reading that strips fewer letters, takes the
//! country. The adjective agrees with the noun before it, which then ends in the same alef.
//! A country match is read as the adjective when all of:
//! * it is one word without proclitics ending in يا (no clitic: وبريطانيا is a list of
//!   countries), and the glossary has a nationality whose headword is that word less its alef
//!   (بريطاني);
//! * the word right before it, with only a space between, ends in the accusative alef: three
//!   letters or more before the alef, no article (the noun is indefinite), not ending in وا (a
//!   verb's plural: دعوا), ها/نا (a pronoun: جارتها إثيوبيا), ما or ذا (بينما، هكذا), and
//!   no glossary match other than a term or title ends on it (فرنسا بريطانيا: two countries).
//!
//! Cost: one load per match (the entry's category); the rest only for the matches of a place
//! spelled in -يا (on the 600 dev news articles about 0.4 M instructions of 510 M for `export
//! -j 1`).
//!
//! What it does *not* do: see the tanween itself (normalized away), or read an adverbial
//! accusative with no noun before it (الأول بريطانيًا "the first in Britain" stays Britain).

use super::words::{TokenWords, Words, GAP_SPACE};
use super::{Matcher, TermMatch};
use crate::glossary::Category;
use crate::normalize::Normalized;

impl Matcher {
    /// `out` (the matches of `n`'s text among `words`, in order), with every country name that
    /// stands as a nisba adjective after an indefinite accusative noun read again: the
    /// nationality's match, or none (see the module doc). Only when `guards` are checked (not
    /// for `glossary lookup`).
    pub(super) fn nisba_accusatives(
        &self,
        mut out: Vec<TermMatch>,
        guards: bool,
        n: &Normalized,
        words: &TokenWords<'_>,
    ) -> Vec<TermMatch> {
        if !guards {
            return out;
        }
        let entries = self.glossary.entries();
        let mut dropped = false;
        for k in 0..out.len() {
            let e = &entries[out[k].entry];
            if e.category != Category::Place
                || !out[k].clitics.is_empty()
                || !e.spellings().any(|s| s.ends_with("يا"))
            {
                continue;
            }
            let start = n.map.norm_start(out[k].span.start);
            let end = n.map.norm_end(out[k].span.end);
            let w = words.words.partition_point(|s| s.start < start);
            if w == 0 || w >= words.len() || words.words[w].end != end {
                continue;
            }
            let word = words.word(w);
            if !word.ends_with("يا".as_bytes()) || words.gap(w) != GAP_SPACE {
                continue;
            }
            let prev_span = words.words[w - 1];
            let prev_is_name = k > 0
                && n.map.norm_end(out[k - 1].span.end) == prev_span.end
                && !matches!(
                    entries[out[k - 1].entry].category,
                    Category::Term | Category::Title
                );
            if prev_is_name || !accusative_noun(words.word(w - 1)) {
                continue;
            }
            // The adjective without its alef (the matcher has no accusative form of a nisba
            // the glossary also spells as a name).
            let stem = std::str::from_utf8(&word[..word.len() - 'ا'.len_utf8()]).unwrap_or("");
            let nationality = self.readings(stem).into_iter().find(|r| {
                !r.accusative
                    && !r.generated
                    && r.clitics == 0
                    && !r.added_article
                    && !r.possessive
                    && entries[r.entry].category == Category::Nationality
            });
            match nationality {
                Some(r) => out[k].entry = r.entry,
                None => {
                    out[k].entry = usize::MAX;
                    dropped = true;
                }
            }
        }
        if dropped {
            out.retain(|m| m.entry != usize::MAX);
        }
        out
    }
}

/// Word ends in ا that are no accusative alef: a verb's plural (دعوا), a pronoun suffix
/// (جارتها إثيوبيا "its neighbour Ethiopia", بلادنا), ما and ذا (بينما، هكذا).
const NOT_ACCUSATIVE: [&str; 5] = ["وا", "ها", "نا", "ما", "ذا"];

/// Does `word` (normalized) end in the indefinite accusative alef after three letters or more,
/// without the article, and not in one of [`NOT_ACCUSATIVE`]?
fn accusative_noun(word: &[u8]) -> bool {
    let Ok(word) = std::str::from_utf8(word) else {
        return false;
    };
    word.ends_with('ا')
        && !NOT_ACCUSATIVE.iter().any(|e| word.ends_with(e))
        && !word.starts_with("ال")
        && word.chars().count() >= 4
        && word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::glossary::{parse_csv, Glossary, Matcher};

    const GLOSSARY: &str = "\
arabic,english,category,variants,note,source,guard
بريطانيا,Britain,place,,,test,
بريطاني,British,nationality,,,test,
إيطاليا,Italy,place,,,test,
فرنسا,France,place,,,test,
ليبيريا,Liberia,place,,,test,
إفريقيا,Africa,place,,,test,
متجر,store,term,,,test,
";

    fn render(text: &str) -> Vec<String> {
        let g = Glossary::from_entries(parse_csv(Path::new("g.csv"), GLOSSARY).unwrap());
        super::super::tests::render(&Matcher::new(&g), text)
    }

    /// `(rule, text, expected matches)`.
    const TABLE: &[(&str, &str, &[&str])] = &[
        (
            "after an indefinite accusative noun: the adjective",
            "لوحظ أن متجرًا بريطانيًا يحدد المشتريات",
            &["متجرًا=store", "بريطانيًا=British"],
        ),
        (
            "without tanween, the same",
            "التقى سائحا بريطانيا في المدينة",
            &["بريطانيا=British"],
        ),
        (
            "no nationality in the glossary: no term",
            "استضاف طباخا إيطاليا شهيرا",
            &[],
        ),
        (
            "the country as object",
            "زار الرئيس بريطانيا أمس",
            &["بريطانيا=Britain"],
        ),
        (
            "a verb's plural before it",
            "دعوا بريطانيا إلى التدخل",
            &["بريطانيا=Britain"],
        ),
        (
            "a short word before it",
            "أما بريطانيا فرفضت",
            &["بريطانيا=Britain"],
        ),
        (
            "after another country",
            "غرب إفريقيا ليبيريا أو غينيا وفرنسا بريطانيا",
            &[
                "إفريقيا=Africa",
                "ليبيريا=Liberia",
                "وفرنسا=France",
                "بريطانيا=Britain",
            ],
        ),
        (
            "a pronoun suffix before it",
            "استقبلت جارتها بريطانيا الوفد",
            &["بريطانيا=Britain"],
        ),
        (
            "a definite noun before it",
            "وصل الوفد بريطانيا",
            &["بريطانيا=Britain"],
        ),
        (
            "with a proclitic: a list of countries",
            "زار مسؤولا وبريطانيا",
            &["وبريطانيا=Britain"],
        ),
        (
            "punctuation between",
            "قابل مسؤولا، بريطانيا",
            &["بريطانيا=Britain"],
        ),
    ];

    #[test]
    fn country_after_an_accusative_noun_is_the_adjective() {
        for &(rule, text, want) in TABLE {
            assert_eq!(render(text), want, "{rule}: {text}");
        }
    }
}
