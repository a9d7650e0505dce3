//! The lexicon: folded Arabic token → its usual English spelling and a score.
//!
//! **In:** `data/lexicon.tsv` (or any text of the same form): `#` comment lines, then
//! `arabic TAB english TAB score` lines, the Arabic folded like [`super::fold`], the English
//! lowercase, the score in 0..=1. **Out:** [`Lexicon::get`], borrowing from that text.

use rustc_hash::FxHashMap;

use crate::error::{Error, Result};

/// Known tokens and their spelling.
#[derive(Debug, Default)]
pub struct Lexicon {
    words: FxHashMap<&'static str, (&'static str, f32)>,
}

impl Lexicon {
    /// Parse the lexicon text; an error names the line that is not `arabic TAB english TAB
    /// score`.
    pub fn parse(text: &'static str) -> Result<Lexicon> {
        let mut words = FxHashMap::default();
        words.reserve(text.len() / 24);
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cells = line.split('\t');
            let (Some(ar), Some(en), Some(score), None) =
                (cells.next(), cells.next(), cells.next(), cells.next())
            else {
                return Err(bad(
                    n,
                    "expected arabic, english and score separated by tabs",
                ));
            };
            let score: f32 = score
                .parse()
                .ok()
                .filter(|s: &f32| (0.0..=1.0).contains(s))
                .ok_or_else(|| bad(n, "the score is not a number in 0..=1"))?;
            if ar.is_empty() || en.is_empty() {
                return Err(bad(n, "an empty Arabic or English cell"));
            }
            words.insert(ar, (en, score));
        }
        Ok(Lexicon { words })
    }

    /// The spelling and score of a folded token.
    pub fn get(&self, folded: &str) -> Option<(&'static str, f32)> {
        self.words.get(folded).copied()
    }

    /// How many tokens it holds.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether it holds no token.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn bad(line: usize, message: &str) -> Error {
    Error::parse(
        crate::error::Location::new("translit/data/lexicon.tsv", line + 1, 1),
        message,
    )
}
