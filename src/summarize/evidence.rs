//! Gathering the per-sentence evidence the summarizer works from.
//!
//! **In:** a document's text, its sentences, and optionally a glossary [`Matcher`]. **Out:**
//! one [`SentenceInfo`] per sentence: span and headline flag from the segmenter, the number of
//! glossary terms in it, and their English joined with ` · ` (each English once — سبتمبر and أيلول are both September — in order of
//! first occurrence) as the sentence's gloss.
//!
//! This is the one place where other stages plug into the summarizer; the summarizer itself
//! only sees the plain data.
//!
//! What it does *not* do (yet): facts and aligned English. See the TODOs below.

use crate::glossary::Matcher;
use crate::segment::Sentence;

use super::SentenceInfo;

/// Evidence for every sentence of `text`.
pub fn gather(text: &str, sentences: &[Sentence], matcher: Option<&Matcher>) -> Vec<SentenceInfo> {
    let mut infos: Vec<SentenceInfo> = sentences
        .iter()
        .map(|s| SentenceInfo {
            span: s.span,
            headline: s.headline,
            ..SentenceInfo::default()
        })
        .collect();
    if let Some(matcher) = matcher {
        let entries = matcher.glossary().entries();
        let mut seen: Vec<Vec<&str>> = vec![Vec::new(); infos.len()];
        let mut s = 0;
        for m in matcher.find(text) {
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
    // TODO(facts): when `dragoman::extract` lands on main, fill `info.facts` here from
    // `Extractor::new(matcher).extract(text, sentences, &terms, &Context { reference_date })`:
    // one `FactLine { kind: fact.kind.name().into(), english: fact.english, span: fact.span }`
    // per fact, pushed onto `infos[fact.sentence]`.
    // TODO(align): when `dragoman::align` lands, `--english` fills `info.english` from the
    // aligned English sentences (`Aligner::align` pairs: ar range → en range, joined).
    infos
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
}
