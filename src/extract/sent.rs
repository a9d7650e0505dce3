//! The rules' view of one sentence: [`Sent`] (its tokens, glossary [`Term`]s and class bits),
//! [`Out`] (where rules push facts, by token range) and [`DocState`] (what a document
//! remembers across sentences).

use super::{Detail, Fact, FactKind, FxMap, Kind, Text, HEAD_AFTER_1, HEAD_AFTER_2, LEX, QUOTE};
use crate::glossary::{Category, Matcher, TermMatch};
use crate::normalize;
use crate::span::Span;
use crate::tokens::Token;

/// What a document remembers across sentences: names of people already introduced.
#[derive(Default)]
pub(crate) struct DocState {
    /// Normalized last names of people found so far → their full name.
    pub people: FxMap<String, String>,
    /// A filter over `people`'s keys: bit `n` (63 for longer) when a key is `n`, `n - 2` or
    /// `n - 4` bytes long (a key with 0, 1 or 2 two-byte proclitics before it)…
    pub people_lens: u64,
    /// …and bit `b` when a key ends with byte `b`.
    pub people_ends: [u64; 4],
}

impl DocState {
    /// Remember a person by their normalized last name (the first full name stays).
    pub fn remember(&mut self, last: &str, full: &str) {
        if self.people.contains_key(last) {
            return;
        }
        for n in [last.len(), last.len() + 2, last.len() + 4] {
            self.people_lens |= 1 << n.min(63);
        }
        if let Some(&b) = last.as_bytes().last() {
            self.people_ends[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        self.people.insert(last.to_string(), full.to_string());
    }

    /// Could a known last name be `w` (its bytes) without 0, 1 or 2 two-byte proclitics? (No
    /// false negatives: every proclitic split of `w` ends where `w` ends.) Two bit tests, run
    /// on every word of a document once it knows a person.
    #[inline]
    pub fn may_know(&self, w: &[u8]) -> bool {
        let Some(&b) = w.last() else {
            return false;
        };
        self.people_lens & (1 << w.len().min(63)) != 0
            && self.people_ends[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}

/// One sentence, read through the document's tokens.
pub(crate) struct Sent<'a> {
    pub text: &'a str,
    pub index: usize,
    /// The document's `match` normalization; token offsets point into it.
    pub norm: &'a normalize::Normalized,
    /// The sentence's span in the normalized text.
    pub nspan: Span,
    /// The sentence's tokens (spans in the normalized and the original text).
    pub toks: &'a [Token],
    /// The OR of the tokens' class bits: which rules may start somewhere in the sentence.
    pub bits: u16,
    /// Glossary matches in this sentence, with token ranges.
    pub terms: Vec<Term>,
    pub matcher: &'a Matcher,
    /// May any rule start here: a lexicon word, digits, a quotation mark or a glossary term?
    /// When not, only mentions of people already known can be found.
    pub active: bool,
}

/// A glossary match inside a sentence: its token range and entry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Term {
    pub from: usize,
    pub to: usize,
    pub core: Span,
    pub entry: usize,
    pub category: Category,
}

impl<'a> Sent<'a> {
    /// `terms`: the sentence's glossary matches with their token ranges ([`term_ranges`]).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        text: &'a str,
        norm: &'a normalize::Normalized,
        nspan: Span,
        toks: &'a [Token],
        bits: u16,
        index: usize,
        matcher: &'a Matcher,
        terms: Vec<Term>,
    ) -> Sent<'a> {
        let active = bits != 0 || !terms.is_empty();
        Sent {
            text,
            index,
            norm,
            nspan,
            toks,
            bits,
            terms,
            matcher,
            active,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The normalized text of token `i` ("" out of range).
    pub fn w(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => t.norm().slice(&self.norm.text),
            None => "",
        }
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// True when tokens `i` and `i+1` touch (no space between them).
    pub fn touch(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.norm().end == b.norm().start,
            _ => false,
        }
    }

    /// The original-text span of tokens `from..to` (exclusive).
    pub fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].orig().start, self.toks[to - 1].orig().end)
    }

    /// The original-text span of normalized offsets `s..e` (offsets into the document's
    /// normalized text, as the tokens' spans are).
    pub fn norm_span(&self, s: usize, e: usize) -> Span {
        self.norm.map.to_original(Span::new(s, e))
    }

    /// The original surface of tokens `from..to`.
    pub fn surface(&self, from: usize, to: usize) -> &'a str {
        self.span(from, to).slice(self.text)
    }

    /// The glossary term starting at token `i`, if any.
    pub fn term_at(&self, i: usize) -> Option<&Term> {
        let k = self.terms.partition_point(|t| t.from < i);
        self.terms.get(k).filter(|t| t.from == i)
    }

    /// Is token `i` inside a glossary term (any of its tokens)?
    pub fn in_term(&self, i: usize) -> bool {
        self.terms.iter().any(|t| t.from <= i && i < t.to)
    }

    /// May a rule start at token `i` (a word in the rules' lexicon, through proclitics)?
    pub fn lex(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & LEX != 0)
    }

    /// Does token `i` have any of the class bits `bits`? Rules skip tokens without the bits
    /// they may start at, without looking at them.
    #[inline]
    pub fn any(&self, i: usize, bits: u16) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & bits != 0)
    }

    /// Does token `i` have all the class bits `bits`?
    #[inline]
    pub fn has(&self, i: usize, bits: u16) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & bits == bits)
    }

    /// Is token `i` a quotation mark (`"` `“` `”`)?
    #[inline]
    pub fn is_quote(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & QUOTE != 0)
    }

    pub fn entry(&self, term: &Term) -> &crate::glossary::Entry {
        &self.matcher.glossary().entries()[term.entry]
    }
}

/// The glossary matches `terms` of a sentence with their token ranges in `toks` (those that
/// cover a token), pushed to `out`. The matches come in text order: each range is found by
/// walking on from the previous one's start, one pass over the sentence's tokens.
pub(super) fn term_ranges(
    toks: &[Token],
    terms: &[TermMatch],
    matcher: &Matcher,
    out: &mut Vec<Term>,
) {
    let (mut from, mut last_start) = (0, 0);
    for m in terms {
        // (Out of order, which the matcher does not do: start over.)
        if m.span.start < last_start {
            from = 0;
        }
        last_start = m.span.start;
        // The first token starting at or after the span…
        while from < toks.len() && toks[from].orig().start < m.span.start {
            from += 1;
        }
        // …and the tokens from there that end inside it. (As the partition point of
        // `end <= span.end` over all tokens: when a token before `from` ends after the span,
        // so does `toks[from]`, and the range is empty either way.)
        let mut to = from;
        while to < toks.len() && toks[to].orig().end <= m.span.end {
            to += 1;
        }
        if from < to {
            out.push(Term {
                from,
                to,
                core: m.core,
                entry: m.entry,
                category: matcher.category(m.entry),
            });
        }
    }
}

/// Where facts go: knows the sentence, so rules give token ranges.
pub(crate) struct Out<'s, 'a> {
    pub sent: &'s Sent<'a>,
    pub facts: &'s mut Vec<Fact>,
    pub(super) buf: &'s mut String,
}

impl Out<'_, '_> {
    /// The facts of sentence `index` pushed so far, the latest first (they end the list).
    pub fn sentence_facts(&self, index: usize) -> impl Iterator<Item = &Fact> {
        self.facts
            .iter()
            .rev()
            .take_while(move |f| f.sentence == index)
    }

    /// A text written by `write` into a reused buffer: no allocation unless it is long.
    pub fn text(&mut self, write: impl FnOnce(&mut String)) -> Text {
        self.buf.clear();
        write(self.buf);
        Text::new(self.buf)
    }

    /// Push a fact covering tokens `from..to`.
    #[allow(clippy::too_many_arguments)]
    pub fn push(
        &mut self,
        kind: FactKind,
        from: usize,
        to: usize,
        value: impl Into<Text>,
        english: impl Into<Text>,
        rule: &'static str,
        detail: Detail,
    ) {
        let mut span = self.sent.span(from, to);
        // A fact starts after a proclitic (وآذار، لأكثر، وإصابة) when the rest of the word is
        // a word a rule starts with (`head_after_clitic`, precomputed in the word classes).
        if self.sent.is_word(from) {
            let clitic = match self.sent.toks[from].class & (HEAD_AFTER_1 | HEAD_AFTER_2) {
                HEAD_AFTER_1 => 2,
                HEAD_AFTER_2 => 4,
                _ => 0,
            };
            if clitic > 0 {
                let tok = self.sent.toks[from];
                span.start = self
                    .sent
                    .norm_span(tok.norm().start + clitic, tok.norm().end)
                    .start;
            }
        }
        self.push_span(kind, span, value, english, rule, detail);
    }

    pub fn push_span(
        &mut self,
        kind: FactKind,
        span: Span,
        value: impl Into<Text>,
        english: impl Into<Text>,
        rule: &'static str,
        detail: Detail,
    ) {
        self.facts.push(Fact {
            kind,
            span,
            sentence: self.sent.index,
            value: value.into(),
            english: english.into(),
            rule,
            detail,
            hedged: None,
        });
    }
}
