//! Gathering the per-sentence evidence the summarizer works from.
//!
//! **In:** a document's text, its sentences, and optionally a glossary [`Matcher`]. **Out:**
//! one [`SentenceInfo`] per sentence: span and headline flag from the segmenter, the number of
//! glossary terms in it, and their English joined with ` · ` (each English once — سبتمبر and أيلول are both September — in order of
//! first occurrence) as the sentence's gloss.
//!
//! [`add_facts`] and [`add_english`] add the facts of each sentence (from `extract`) and its
//! aligned English (from `align`).
//!
//! This is the one place where other stages plug into the summarizer; the summarizer itself
//! only sees the plain data.

use crate::extract::{Detail, Fact, FactKind};
use crate::glossary::{Category, Matcher, TermMatch};
use crate::segment::Sentence;
use crate::tokens::{Kind, Tokens};

use super::{FactLine, SentenceInfo};

/// Evidence for every sentence of `text`.
pub fn gather(text: &str, sentences: &[Sentence], matcher: Option<&Matcher>) -> Vec<SentenceInfo> {
    let mut infos = plain(sentences);
    if let Some(matcher) = matcher {
        add_terms(&mut infos, &matcher.find(text), matcher);
    }
    infos
}

/// One [`SentenceInfo`] per sentence, with no evidence yet.
pub fn plain(sentences: &[Sentence]) -> Vec<SentenceInfo> {
    sentences
        .iter()
        .map(|s| SentenceInfo {
            span: s.span,
            headline: s.headline,
            ..SentenceInfo::default()
        })
        .collect()
}

/// Mark the sentences that open a paragraph: the first one, and each one whose gap from the
/// previous sentence holds a line break that is not a wrap (`wraps`: byte offsets of the line
/// breaks read as spaces in a hard-wrapped document, sorted).
pub fn add_paragraphs(infos: &mut [SentenceInfo], text: &str, wraps: &[usize]) {
    let mut prev_end = 0;
    for (k, info) in infos.iter_mut().enumerate() {
        let gap = prev_end..info.span.start.max(prev_end);
        info.paragraph = k == 0
            || text.as_bytes()[gap.clone()]
                .iter()
                .enumerate()
                .any(|(o, &b)| b == b'\n' && wraps.binary_search(&(gap.start + o)).is_err());
        prev_end = info.span.end;
    }
}

/// Give each sentence its words from the document's tokens (`tokens` of the text whose
/// `match` normalization is `norm`, one token sentence per [`SentenceInfo`]).
pub fn add_words(infos: &mut [SentenceInfo], tokens: &Tokens, norm: &str) {
    for (k, info) in infos.iter_mut().enumerate().take(tokens.sentences()) {
        info.words = tokens
            .sentence(k)
            .iter()
            .filter(|t| t.kind != Kind::Punct)
            .map(|t| t.norm().slice(norm).to_string())
            .collect();
    }
}

/// Count each sentence's glossary terms (`terms` from `matcher`, in order) and gloss them.
pub fn add_terms(infos: &mut [SentenceInfo], terms: &[TermMatch], matcher: &Matcher) {
    let entries = matcher.glossary().entries();
    let mut seen: Vec<Vec<&str>> = vec![Vec::new(); infos.len()];
    let mut s = 0;
    for m in terms {
        while s + 1 < infos.len() && infos[s].span.end <= m.span.start {
            s += 1;
        }
        let Some(info) = infos.get_mut(s) else { break };
        if !info.span.contains(m.span) {
            continue; // between sentences: cannot happen with segmenter spans
        }
        info.terms += 1;
        let english = entries[m.entry].english.as_str();
        if !seen[s].contains(&english) {
            seen[s].push(english);
            if !info.gloss.is_empty() {
                info.gloss.push_str(" · ");
            }
            info.gloss.push_str(english);
        }
    }
}

/// Give each sentence its facts (`facts` from the extractor, over the same sentences). A
/// number or quantity inside a richer fact (casualties, money, a percentage …) is left out: a
/// brief says "2946 killed" once, not also "2946" and "2946 dead".
///
/// One pass over the facts in their order (by span start): for each rank, the furthest end of
/// a fact starting at or before the current start tells whether one of that rank covers it.
pub fn add_facts(infos: &mut [SentenceInfo], facts: &[Fact]) {
    debug_assert!(facts.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    // furthest[r]: the furthest end of a fact of rank r starting at or before `start`.
    let mut furthest = [None::<usize>; 4];
    let mut group = 0; // first fact of the group starting at `start`
    for (k, f) in facts.iter().enumerate() {
        if k == group {
            // Take in every fact that starts where this one does (they may cover it too).
            let start = f.span.start;
            while group < facts.len() && facts[group].span.start == start {
                let g = &facts[group];
                let r = usize::from(rank(g.kind));
                furthest[r] = furthest[r].max(Some(g.span.end));
                group += 1;
            }
        }
        let mine = usize::from(rank(f.kind));
        let covered = furthest[mine + 1..]
            .iter()
            .any(|end| end.is_some_and(|end| end >= f.span.end));
        if covered {
            continue;
        }
        if let Some(info) = infos.get_mut(f.sentence) {
            let (source, score, titled) = match &f.detail {
                Detail::Person(p) => (
                    p.english_source.map(|s| s.name()),
                    p.score,
                    p.title.is_some(),
                ),
                Detail::Glossary(_) => (Some("glossary"), Some(1.0), false),
                _ => (None, None, false),
            };
            info.facts.push(FactLine {
                kind: f.kind.name().to_string(),
                english: f.english.to_string(),
                hedged: hedged(f),
                speaker: match &f.detail {
                    Detail::Quote {
                        speaker: Some((english, _)),
                        ..
                    } if !english.is_empty() => Some(english.clone()),
                    _ => None,
                },
                span: f.span,
                source,
                score,
                titled,
                cue: f.hedged,
                overlaps_term: false,
            });
        }
    }
}

/// Mark the people whose span overlaps a glossary term that is not a name or a nationality
/// (تركي is also the name Turki; `terms` from
/// `matcher`, in order): `خالد نجم وزير` took in the title وزير, `بختيار دوغان قصف` the
/// verb قصف. Call after [`add_facts`]. Each fact looks at the few terms ending after its
/// start, found by binary search: linear in the facts.
pub fn add_name_checks(infos: &mut [SentenceInfo], terms: &[TermMatch], matcher: &Matcher) {
    let entries = matcher.glossary().entries();
    for info in infos.iter_mut() {
        for f in info.facts.iter_mut().filter(|f| f.kind == "person") {
            if f.source == Some("glossary") {
                continue;
            }
            let before = terms.partition_point(|t| t.span.start < f.span.end);
            f.overlaps_term = terms[..before].iter().rev().take(8).any(|t| {
                t.span.end > f.span.start
                    && !matches!(
                        entries[t.entry].category,
                        Category::Person
                            | Category::Org
                            | Category::Group
                            | Category::Place
                            | Category::Nationality
                    )
            });
        }
    }
}

/// Whether a fact is said with a hedge: a qualifier (`about`, `more than`), an approximate
/// count (`tens`), or a date whose year had to be inferred.
fn hedged(f: &Fact) -> bool {
    match &f.detail {
        Detail::Approximate(_) => true,
        Detail::Quantity { qualifier, .. } => !qualifier.is_empty(),
        Detail::Casualties(c) => !c.qualifier.is_empty() || c.approximate.is_some(),
        Detail::Date(d) => d.year_inferred,
        _ => false,
    }
}

/// How much a numeric fact says: a number, a quantity of something, or what the quantity is
/// (casualties, money, a percentage, a duration). Other facts stand on their own.
fn rank(kind: FactKind) -> u8 {
    match kind {
        FactKind::Number => 1,
        FactKind::Quantity => 2,
        FactKind::Casualties | FactKind::Money | FactKind::Percent | FactKind::Duration => 3,
        _ => 0,
    }
}

/// Give each sentence its aligned English (one entry per sentence; empty: none).
pub fn add_english(infos: &mut [SentenceInfo], english: Vec<String>) {
    for (info, en) in infos.iter_mut().zip(english) {
        info.english = (!en.is_empty()).then_some(en);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;
    use crate::segment::segment;

    #[test]
    fn terms_are_counted_and_glossed_per_sentence() {
        let g = Glossary::builtin();
        let m = Matcher::new(&g);
        let text = "التقى وزير الخارجية الباكستاني نظيره الأميركي. وقالت باكستان إن باكستان مستعدة.";
        let s = segment(text);
        let infos = gather(text, &s, Some(&m));
        assert_eq!(infos.len(), 2);
        // Whatever the glossary holds, counts and glosses agree with the matcher per sentence.
        for (i, info) in infos.iter().enumerate() {
            let found: Vec<_> = m.find(info.span.slice(text));
            assert_eq!(info.terms, found.len(), "sentence {i}: {:?}", info);
            assert_eq!(info.gloss.is_empty(), found.is_empty(), "sentence {i}");
        }
        assert!(infos[1].gloss.contains("Pakistan"), "{:?}", infos[1]);
        assert_eq!(
            infos[1].gloss.matches("Pakistan").count(),
            1,
            "each entry once: {:?}",
            infos[1]
        );
        let plain = gather(text, &s, None);
        assert!(plain.iter().all(|i| i.terms == 0 && i.gloss.is_empty()));
    }

    #[test]
    fn numbers_inside_richer_facts_are_left_out() {
        use crate::extract::{Context, Extractor};
        use std::sync::Arc;
        let text = "ارتفعت حصيلة الزلزال إلى 2946 قتيلاً. وبلغ عدد الجرحى 12 شخصاً في 3 مدن.";
        let e = Extractor::new(Arc::new(Matcher::new(&Glossary::builtin())));
        let s = segment(text);
        let terms = e.matcher().find(text);
        let facts = e.extract(text, &s, &terms, &Context::default());
        let mut infos = gather(text, &s, None);
        add_facts(&mut infos, &facts);
        let kinds: Vec<&str> = infos[0].facts.iter().map(|f| f.kind.as_str()).collect();
        assert!(kinds.contains(&"casualties"), "{kinds:?}");
        assert!(
            !kinds.contains(&"number"),
            "a number inside casualties stayed: {kinds:?}"
        );
        // Every fact the extractor found is either kept or inside a kept, richer one.
        let kept: Vec<_> = infos.iter().flat_map(|i| i.facts.iter()).collect();
        for f in &facts {
            assert!(
                kept.iter().any(|k| k.span.contains(f.span)),
                "{} {:?} lost",
                f.kind.name(),
                f.span.slice(text)
            );
        }
    }
}
