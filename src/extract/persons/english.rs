//! The English of a person, organization or place name: the glossary first, then the
//! transliterator. **In:** a name's tokens and its Arabic. **Out:** a [`Rendering`] (English,
//! where it came from, a score). It does not decide what is a name.

use super::super::Sent;
use super::FxMap;
use crate::glossary::Category;

/// Where an English name came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Glossary,
    Lexicon,
    Model,
    Rules,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Glossary => "glossary",
            Source::Lexicon => "lexicon",
            Source::Model => "model",
            Source::Rules => "rules",
        }
    }
}

/// An English rendering of a name, if any: with where it came from and a score in 0..=1.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rendering {
    pub english: Option<String>,
    pub source: Option<Source>,
    pub score: Option<f32>,
}

/// THE English of a person/org/place name over tokens `from..to`, written `arabic` (its
/// text without a leading و): a glossary entry of a person/org/group/place category covering
/// exactly those tokens, else the transliterator.
pub(crate) fn english(sent: &Sent, from: usize, to: usize, arabic: &str) -> Rendering {
    let hit = sent.terms.iter().find(|t| {
        t.from == from
            && t.to == to
            && matches!(
                t.category,
                Category::Person | Category::Org | Category::Group | Category::Place
            )
    });
    if let Some(t) = hit {
        return Rendering {
            english: Some(sent.entry(t).english.clone()),
            source: Some(Source::Glossary),
            score: Some(1.0),
        };
    }
    match transliterate(arabic) {
        Some((english, source, score)) => Rendering {
            english: Some(english),
            source: Some(source),
            score: Some(score),
        },
        None => Rendering::default(),
    }
}

/// A name the glossary does not know, in English from the transliterator
/// ([`crate::translit`]): `(english, source, score)`; `None` for a name without letters.
///
/// The transliterator spells a name the lexicon lacks with its model (~0.2 M instructions):
/// names recur across a document and a news run, so each thread keeps the last few thousand
/// answers, keyed by the Arabic ([`memo_name`]).
pub(crate) fn transliterate(arabic: &str) -> Option<(String, Source, f32)> {
    type Answer = Option<(String, Source, f32)>;
    thread_local! {
        static CACHE: std::cell::RefCell<FxMap<Box<str>, Answer>> = Default::default();
    }
    CACHE.with(|c| memo_name(c, arabic, || transliterate_uncached(arabic)))
}

/// The answer for `key` from a thread's memo of names, computed and kept on a miss; the memo
/// is cleared when it holds 4,096 names, so it stays bounded on any run.
pub(crate) fn memo_name<V: Clone>(
    memo: &std::cell::RefCell<FxMap<Box<str>, V>>,
    key: &str,
    compute: impl FnOnce() -> V,
) -> V {
    let hit = memo.borrow().get(key).cloned();
    if let Some(hit) = hit {
        return hit;
    }
    let answer = compute();
    let mut memo = memo.borrow_mut();
    if memo.len() >= 4096 {
        memo.clear();
    }
    memo.insert(key.into(), answer.clone());
    answer
}

pub(super) fn transliterate_uncached(arabic: &str) -> Option<(String, Source, f32)> {
    from_romanization(crate::translit::Transliterator::builtin().name(arabic))
}

/// A transliterator's answer as `(english, source, score)`; `None` when it spelled nothing.
pub(crate) fn from_romanization(r: crate::translit::Romanization) -> Option<(String, Source, f32)> {
    use crate::translit::Source as T;
    let source = match r.source {
        T::Lexicon => Source::Lexicon,
        T::Model => Source::Model,
        T::Rules => Source::Rules,
    };
    (!r.english.is_empty()).then_some((r.english, source, r.score))
}
