//! Fact extraction: dates, numbers, ordinals, quantities, percentages, money, durations,
//! casualties, people, organizations, groups, places and quotes, each with a machine value and
//! an English rendering.
//!
//! **In:** the original text of a document, its [`Sentence`]s, its glossary [`TermMatch`]es and
//! a [`Context`] (an optional reference date). **Out:** [`Fact`]s sorted by span start, with
//! spans in BYTES of the original text, on char boundaries, each inside its sentence.
//!
//! How: the rules read the document's tokens ([`crate::tokens`]: the `match` normalization —
//! ASCII digits, `٫` → `.`, `٬` → `,`, folded alef/ya/ta-marbuta, no harakat or tatweel,
//! `«»` → `"` — split once into words, numbers and punctuation, with spans in both texts and
//! the rules' word classes). The rule families run over each sentence's
//! tokens in a fixed order: dates claim their tokens first (a day or a year is not also a
//! number), then numbers and ordinals, then quantities (quantity, percent, money, duration)
//! and casualties over the numbers, then entities from the glossary matches and titled
//! people, then quotes. The class bits (lexicon word classes, digits, quotation mark,
//! glossary term) let dates, numbers and quotes skip a sentence without a token of a class
//! they can start at, and tokens without one.
//!
//! Layers: a `number` fact is atomic (every cardinal not inside a date, a time, a URL or a
//! phone number); `quantity`/`percent`/`money`/`duration` facts cover qualifier + number +
//! unit and overlap the number; `casualties` cover trigger + count + who and overlap both.
//!
//! Value formats (the `value` column):
//! * number: plain decimal (`300`, `32.5`, `2100000`); approximate plurals stay approximate:
//!   `tens`, `hundreds`, `thousands`, `millions`, `billions`, `tens of thousands`,
//!   `hundreds of thousands`.
//! * ordinal: the integer (`3`).
//! * date: ISO 8601 with the grain written: `2024-05-10`, `2023-03`, `2021`; without a year
//!   and without a reference date: `--05-10`, `--03`; a weekday without a reference date:
//!   `weekday:Monday`; a time of day: `T23:11`; a week: `2024-W19`; a relative expression
//!   without a reference date: `relative:day-1`, `relative:month+0`, `relative:year-1`,
//!   `relative:week+1`; Hijri dates stay Hijri: `hijri:1446-01-12` (see `dates` for why the
//!   Gregorian estimate goes to `detail`, not `value`).
//! * quantity: `[op]N` (`>300`); percent: `[op]N%` (`27.25%`); money: `[op]N CUR` with the ISO
//!   4217 code when the currency is certain (`3000000000 USD`), else the English unit name
//!   (`30.85 pound`); duration: `[op]` + ISO 8601 duration (`P20Y`, `P3D`, `PT24H`, `P6W`).
//!   `op` is empty (exact), `>` (more than), `<` (less than), `>=` (at least), `<=` (up to),
//!   `~` (about).
//! * casualties: `killed=6`, `injured>86000`, `killed=hundreds`, `arrested=tens`; the op as
//!   above with `=` for exact.
//! * person/org/group/place: the English name from the glossary, else the Arabic as written.
//! * quote: the speaker or source (English when known, else Arabic; empty when unknown).
//!
//! What it does *not* do: translate quotes or unknown names (no transliteration: unknown
//! names stay Arabic), resolve pronouns, link mentions across documents, or convert Hijri
//! dates exactly (no Umm al-Qura table is built in).

mod casualties;
mod dates;
mod detail;
mod entities;
mod numbers;
mod quantities;
mod quotes;
mod text;

use std::sync::Arc;

use serde::Serialize;

use crate::glossary::{Category, Matcher, TermMatch};
use crate::normalize;
use crate::segment::Sentence;
use crate::span::Span;
use crate::tokens::forms::RULE_PROCLITICS;
pub(crate) use crate::tokens::Kind;
use crate::tokens::{Lexicon, Token, Tokens};

pub use detail::{Casualties, DateDetail, Detail};
pub use numbers::{Amount, Decimal};
pub use text::Text;

/// The type of a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum FactKind {
    Date,
    Number,
    Ordinal,
    Quantity,
    Percent,
    Money,
    Duration,
    Casualties,
    Person,
    Org,
    Group,
    Place,
    Quote,
}

impl FactKind {
    pub const ALL: [FactKind; 13] = [
        FactKind::Date,
        FactKind::Number,
        FactKind::Ordinal,
        FactKind::Quantity,
        FactKind::Percent,
        FactKind::Money,
        FactKind::Duration,
        FactKind::Casualties,
        FactKind::Person,
        FactKind::Org,
        FactKind::Group,
        FactKind::Place,
        FactKind::Quote,
    ];

    /// The name in output: `date`, `number`, …
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Date => "date",
            FactKind::Number => "number",
            FactKind::Ordinal => "ordinal",
            FactKind::Quantity => "quantity",
            FactKind::Percent => "percent",
            FactKind::Money => "money",
            FactKind::Duration => "duration",
            FactKind::Casualties => "casualties",
            FactKind::Person => "person",
            FactKind::Org => "org",
            FactKind::Group => "group",
            FactKind::Place => "place",
            FactKind::Quote => "quote",
        }
    }

    /// The kind named `name`, if any.
    pub fn from_name(name: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// One fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    pub kind: FactKind,
    /// Bytes in the original document text.
    pub span: Span,
    /// 0-based index into the sentences passed to [`Extractor::extract`].
    pub sentence: usize,
    /// The machine value (formats in the module docs).
    pub value: Text,
    /// An English rendering.
    pub english: Text,
    /// The rule that produced it, e.g. `date.day-month-year`.
    pub rule: &'static str,
    /// Structured extras (qualifier, count, unit, speaker, verb, title …), serialized as a
    /// JSON object, or `null` if none.
    pub detail: Detail,
}

/// Parse `YYYY-MM-DD` into a valid calendar date.
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut it = s.trim().split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    ((1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1]).then_some((y, m, d))
}

/// The reference date of a document: its own `date` field (from JSONL/CSV), else `default`
/// (from `--date`). A `date` that is not `YYYY-MM-DD` is an error located at the document.
pub fn document_date(
    doc: &crate::input::Document,
    default: Option<(i32, u32, u32)>,
) -> crate::Result<Option<(i32, u32, u32)>> {
    match doc.date.as_deref() {
        None => Ok(default),
        Some(d) => parse_date(d).map(Some).ok_or_else(|| {
            crate::Error::parse(
                doc.origin.clone(),
                format!("the date '{d}' is not YYYY-MM-DD; fix it or remove the field"),
            )
        }),
    }
}

/// What the extractor knows about a document besides its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The publication date `(year, month, day)`, for relative dates and weekdays.
    pub reference_date: Option<(i32, u32, u32)>,
}

/// A document read through [`Extractor::analyze`].
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    /// The document's `match` normalization.
    pub norm: normalize::Normalized,
    /// Each sentence's span in `norm.text` (`norm.map.to_normalized` of its span).
    pub norm_spans: Vec<Span>,
    /// The document's tokens, with the rules' word classes.
    pub tokens: Tokens,
    pub terms: Vec<TermMatch>,
    pub facts: Vec<Fact>,
}

/// Extracts facts. Built once from a glossary matcher; `Send + Sync`, shared across threads.
pub struct Extractor {
    matcher: Arc<Matcher>,
}

impl Extractor {
    pub fn new(matcher: Arc<Matcher>) -> Extractor {
        // Build the word classes now, with the glossary, rather than in the first document.
        word_classes();
        Extractor { matcher }
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Facts of a document, sorted by span start. `terms` = `matcher.find(text)`, passed in so
    /// callers that already have them don't match twice.
    pub fn extract(
        &self,
        text: &str,
        sentences: &[Sentence],
        terms: &[TermMatch],
        ctx: &Context,
    ) -> Vec<Fact> {
        let doc_norm = normalize::matcher().normalize(text);
        self.extract_normalized(text, &doc_norm, sentences, terms, ctx)
    }

    /// Read a document through the shared stages once: sentences, its `match` normalization,
    /// its tokens, glossary terms (matched on those tokens) and facts. What `export`, `facts`
    /// and `summarize` each need, without normalizing, splitting or matching twice.
    pub fn analyze(&self, text: &str, ctx: &Context) -> Analysis {
        let sentences = crate::segment::segment(text);
        let norm = normalize::matcher().normalize(text);
        let norm_spans = norm_spans(&norm, &sentences);
        let tokens = self.tokenize(text, &norm, &sentences, &norm_spans);
        let terms = self.matcher.find_tokens(&norm, tokens.all());
        let facts = self.extract_tokens(text, &norm, &sentences, &norm_spans, &tokens, &terms, ctx);
        Analysis {
            sentences,
            norm,
            norm_spans,
            tokens,
            terms,
            facts,
        }
    }

    /// [`Extractor::extract`] given the document's `match` normalization, for callers that
    /// have it already (the matcher needs it too: normalize once).
    pub fn extract_normalized(
        &self,
        text: &str,
        doc_norm: &normalize::Normalized,
        sentences: &[Sentence],
        terms: &[TermMatch],
        ctx: &Context,
    ) -> Vec<Fact> {
        let norm_spans = norm_spans(doc_norm, sentences);
        let tokens = self.tokenize(text, doc_norm, sentences, &norm_spans);
        self.extract_tokens(text, doc_norm, sentences, &norm_spans, &tokens, terms, ctx)
    }

    /// The tokens of a document with the rules' word classes ([`crate::tokens`]).
    pub fn tokenize(
        &self,
        text: &str,
        doc_norm: &normalize::Normalized,
        sentences: &[Sentence],
        norm_spans: &[Span],
    ) -> Tokens {
        let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
        Tokens::new(text, doc_norm, &spans, norm_spans, word_classes())
    }

    /// [`Extractor::extract_normalized`] given the sentences' normalized spans and the
    /// document's tokens too ([`Extractor::tokenize`]).
    #[allow(clippy::too_many_arguments)]
    pub fn extract_tokens(
        &self,
        text: &str,
        doc_norm: &normalize::Normalized,
        sentences: &[Sentence],
        norm_spans: &[Span],
        tokens: &Tokens,
        terms: &[TermMatch],
        ctx: &Context,
    ) -> Vec<Fact> {
        // Glossary entities alone make about one fact per term: room for those up front.
        let mut facts = Vec::with_capacity(terms.len());
        let mut doc = DocState::default();
        let mut scratch = Scratch::default();
        let mut t = 0;
        for (index, s) in sentences.iter().enumerate() {
            // The term matches inside this sentence.
            while t < terms.len() && terms[t].span.end <= s.span.start {
                t += 1;
            }
            let mut u = t;
            while u < terms.len() && terms[u].span.start < s.span.end {
                u += 1;
            }
            // The sentence's tokens, with `TERM` marked where a term starts.
            let toks = &mut scratch.toks;
            toks.clear();
            toks.extend_from_slice(tokens.sentence(index));
            let mut bits = tokens.bits(index);
            for m in &terms[t..u] {
                if let Some((from, _)) = tok_range(toks, m.span) {
                    toks[from].class |= TERM;
                    bits |= TERM;
                }
            }
            let sent = Sent::new(
                text,
                doc_norm,
                norm_spans[index],
                &scratch.toks,
                bits,
                index,
                &terms[t..u],
                &self.matcher,
                std::mem::take(&mut scratch.terms),
            );
            let first = facts.len();
            let mut out = Out {
                sent: &sent,
                facts: &mut facts,
                buf: &mut scratch.text,
            };
            if sent.active {
                let used = &mut scratch.used;
                used.clear();
                used.resize(sent.toks.len(), false);
                // Each rule family runs only when a token it may start at is here.
                if sent.bits & (NUM | MONTH | DATE_WORD) != 0 {
                    dates::extract(&sent, ctx, used, &mut out);
                }
                let nums = &mut scratch.nums;
                nums.clear();
                if sent.bits & (NUM | NUMBER_WORD | ORDINAL) != 0 {
                    numbers::extract(&sent, used, nums, &mut out);
                }
                // Both rules read the qualifier before a number (أكثر من 20).
                let quals = &mut scratch.quals;
                quals.clear();
                quals.extend(
                    nums.iter()
                        .map(|n| quantities::qualifier_before(&sent, n.from)),
                );
                quantities::extract(&sent, nums, quals, &mut out);
                casualties::extract(&sent, nums, quals, &mut out);
                entities::extract(&sent, &mut doc, &mut scratch.covered, &mut out);
                if sent.bits & (VERB | QUOTE) != 0 {
                    quotes::extract(&sent, &mut out);
                }
            } else if !doc.people.is_empty() {
                // No rule can start in this sentence (no lexicon word, digit, quotation mark
                // or glossary term): only later mentions of known people remain.
                entities::extract(&sent, &mut doc, &mut scratch.covered, &mut out);
            }
            facts[first..].sort_by(order);
            let mut terms = sent.terms;
            terms.clear();
            scratch.terms = terms;
        }
        // Each sentence's facts were sorted as they came (they lie inside their sentence, and
        // sentences are in order). If that did not sort the whole list, a stable sort of it
        // gives what a stable sort of the facts as pushed gives: the order of equal keys is
        // the same in both.
        if !facts.windows(2).all(|w| order(&w[0], &w[1]).is_le()) {
            facts.sort_by(order);
        }
        facts.dedup_by(|a, b| a.kind == b.kind && a.span == b.span);
        facts
    }
}

/// Each sentence's span in the normalized text (not inlined: a stage of its own in profiles).
#[inline(never)]
fn norm_spans(doc_norm: &normalize::Normalized, sentences: &[Sentence]) -> Vec<Span> {
    doc_norm
        .map
        .to_normalized_each(sentences.iter().map(|s| s.span))
        .collect()
}

/// The order of facts: by start, kind, end.
fn order(a: &Fact, b: &Fact) -> std::cmp::Ordering {
    (a.span.start, a.kind, a.span.end).cmp(&(b.span.start, b.kind, b.span.end))
}

/// Per-sentence buffers kept across the sentences of one `extract` call, so that a sentence
/// costs no allocation beyond its facts.
#[derive(Default)]
struct Scratch {
    /// The sentence's tokens, with `TERM` marked.
    toks: Vec<Token>,
    terms: Vec<Term>,
    /// Tokens dates and numbers have claimed.
    used: Vec<bool>,
    nums: Vec<numbers::Num>,
    quals: Vec<quantities::Qualifier>,
    /// Tokens entities have claimed.
    covered: Vec<bool>,
    /// Where a fact's texts are written ([`Out::text`]).
    text: String,
}

/// What a document remembers across sentences: names of people already introduced.
#[derive(Default)]
pub(crate) struct DocState {
    /// Normalized last names of people found so far → their full name.
    pub people: FxMap<String, String>,
    /// A filter over `people`'s keys: bit `n` (63 for longer) when a key is `n` bytes long…
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
        self.people_lens |= 1 << last.len().min(63);
        if let Some(&b) = last.as_bytes().last() {
            self.people_ends[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        self.people.insert(last.to_string(), full.to_string());
    }

    /// Could a known last name be `w` without 0, 1 or 2 two-byte proclitics? (No false
    /// negatives: every proclitic split of `w` ends where `w` ends.)
    pub fn may_know(&self, w: &str) -> bool {
        let Some(&b) = w.as_bytes().last() else {
            return false;
        };
        let len = |n: usize| self.people_lens & (1 << n.min(63)) != 0;
        let n = w.len();
        let lens = len(n) || (n >= 2 && len(n - 2)) || (n >= 4 && len(n - 4));
        lens && self.people_ends[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}

type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;
type FxSet<K> = rustc_hash::FxHashSet<K>;

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
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: &'a str,
        norm: &'a normalize::Normalized,
        nspan: Span,
        toks: &'a [Token],
        bits: u16,
        index: usize,
        terms: &[TermMatch],
        matcher: &'a Matcher,
        mut buf: Vec<Term>,
    ) -> Sent<'a> {
        let entries = matcher.glossary().entries();
        for m in terms {
            let Some((from, to)) = tok_range(toks, m.span) else {
                continue;
            };
            buf.push(Term {
                from,
                to,
                core: m.core,
                entry: m.entry,
                category: entries[m.entry].category,
            });
        }
        let active = bits != 0 || !buf.is_empty();
        Sent {
            text,
            index,
            norm,
            nspan,
            toks,
            bits,
            terms: buf,
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

/// The token range covering an original-text span, if it has tokens.
fn tok_range(toks: &[Token], span: Span) -> Option<(usize, usize)> {
    let from = toks.partition_point(|t| t.orig().start < span.start);
    let to = toks.partition_point(|t| t.orig().end <= span.end);
    (from < to).then_some((from, to))
}

/// Where facts go: knows the sentence, so rules give token ranges.
pub(crate) struct Out<'s, 'a> {
    pub sent: &'s Sent<'a>,
    pub facts: &'s mut Vec<Fact>,
    buf: &'s mut String,
}

impl Out<'_, '_> {
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
        });
    }
}

/// The proclitic a fact starting at word `w` leaves out: the first proclitic split of `w`
/// whose rest is a head, unless `w` itself is one.
fn head_after_clitic(w: &str) -> Option<&str> {
    let split = clitic_splits(w).skip(1).find(|(_, r)| heads().contains(r));
    split.filter(|_| !heads().contains(w)).map(|(c, _)| c)
}

/// The words rules start facts with, for stripping proclitics from fact spans.
fn heads() -> &'static FxSet<&'static str> {
    static H: std::sync::OnceLock<FxSet<&'static str>> = std::sync::OnceLock::new();
    H.get_or_init(|| {
        let mut v = Vec::new();
        casualties::heads(&mut v);
        dates::heads(&mut v);
        numbers::heads(&mut v);
        quantities::heads(&mut v);
        v.into_iter().collect()
    })
}

/// Every word any rule looks up (heads plus speech verbs, roles, casualty nouns): a token
/// none of whose proclitic splits is here cannot start a rule, so rules skip it cheaply.
fn lexicon() -> &'static FxSet<&'static str> {
    static L: std::sync::OnceLock<FxSet<&'static str>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut v: Vec<&'static str> = heads().iter().copied().collect();
        quotes::words(&mut v);
        entities::words(&mut v);
        v.into_iter().collect()
    })
}

/// Is `w` (a normalized word, proclitics included) a lexicon word through its proclitics?
/// The definition; [`Classes`] precomputes it for every word it can be true of.
fn in_lexicon(w: &str) -> bool {
    let lex = lexicon();
    clitic_splits(w).any(|(c, r)| {
        lex.contains(r)
            || (c.ends_with('ل') && r.starts_with('ل') && lex.contains(format!("ا{r}").as_str()))
    })
}

pub(crate) use crate::tokens::class::{
    DATE_WORD, DUAL, HEAD_AFTER_1, HEAD_AFTER_2, LEX, MONTH, NUM, NUMBER_WORD, ORDINAL, QUOTE,
    ROLE, TERM, VERB,
};
pub(crate) use crate::tokens::forms::clitic_splits;

/// The rules' word classes as a token [`Lexicon`], built once: one table lookup per token
/// replaces the per-split set lookups.
pub(crate) fn word_classes() -> &'static Lexicon {
    static C: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    C.get_or_init(|| Lexicon::new(class_words()))
}

/// Every written word (proclitics included) that has a class, with its class bits.
fn class_words() -> FxMap<Box<str>, u16> {
    // Every way a lexicon word can be written with proclitics: the same proclitics as
    // `clitic_splits`, and ل/ول/فل before a word whose article lost its alef (للاول).
    let mut words: FxMap<Box<str>, u16> = FxMap::default();
    let mut add = |w: String| {
        // Keep only what the definition accepts: a candidate is not always a split
        // (`clitic_splits` wants two letters after the proclitics).
        if in_lexicon(&w) {
            *words.entry(w.into_boxed_str()).or_default() |= LEX;
        }
    };
    for &r in lexicon() {
        for c in [""].into_iter().chain(RULE_PROCLITICS) {
            add(format!("{c}{r}"));
        }
        if let Some(rest) = r.strip_prefix('ا').filter(|x| x.starts_with('ل')) {
            for c in ["ل", "ول", "فل"] {
                add(format!("{c}{rest}"));
            }
        }
    }
    // Narrower classes: a word gets the bit when one of its proclitic splits leaves a word
    // of the table (each such word is a lexicon word, so the written form is in the map).
    // `article`: also ل + a word of the table whose article lost its alef (للاول).
    let mut mark = |bit: u16, table: &[&'static str], article: bool| {
        let table: FxSet<&str> = table.iter().copied().collect();
        for (w, bits) in words.iter_mut() {
            let hit = clitic_splits(w).any(|(c, r)| {
                table.contains(r)
                    || (article
                        && c.ends_with('ل')
                        && r.starts_with('ل')
                        && table.contains(format!("ا{r}").as_str()))
            });
            if hit {
                *bits |= bit;
            }
        }
    };
    // (class bit, the words of the class, whether للاول-style forms count).
    type Family = (u16, fn(&mut Vec<&'static str>), bool);
    let families: [Family; 7] = [
        (MONTH, dates::month_words, false),
        (VERB, quotes::words, false),
        (NUMBER_WORD, numbers::number_words, false),
        (ORDINAL, numbers::ordinal_words, true),
        (DATE_WORD, dates::date_words, false),
        (DUAL, quantities::dual_words, false),
        (ROLE, entities::words, false),
    ];
    for (bit, words_of, article) in families {
        let mut v = Vec::new();
        words_of(&mut v);
        mark(bit, &v, article);
    }
    // A split whose rest is a head leaves a lexicon word, so every word with a
    // `head_after_clitic` is in the map.
    for (w, bits) in words.iter_mut() {
        match head_after_clitic(w).map(str::len) {
            Some(2) => *bits |= HEAD_AFTER_1,
            Some(4) => *bits |= HEAD_AFTER_2,
            _ => {}
        }
    }
    words
}

/// The value of `w` in a table of `(word, value)` rows, looking through proclitics; with the
/// table's key.
pub(crate) fn lookup<'t, T: Copy>(table: &'t [(&str, T)], w: &str) -> Option<(&'t str, T)> {
    for (_, rest) in clitic_splits(w) {
        if let Some(&(k, v)) = table.iter().find(|(k, _)| *k == rest) {
            return Some((k, v));
        }
    }
    None
}

/// Exact lookup, no clitics.
pub(crate) fn get<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

#[cfg(test)]
pub(crate) mod testutil {
    use super::*;
    use std::sync::OnceLock;

    pub fn extractor() -> &'static Extractor {
        static E: OnceLock<Extractor> = OnceLock::new();
        E.get_or_init(|| {
            Extractor::new(Arc::new(
                Matcher::new(&crate::glossary::Glossary::builtin()),
            ))
        })
    }

    /// Facts of one text (segmented, matched), with an optional reference date.
    pub fn facts(text: &str, date: Option<(i32, u32, u32)>) -> Vec<Fact> {
        let e = extractor();
        let sentences = crate::segment::segment(text);
        let terms = e.matcher().find(text);
        e.extract(
            text,
            &sentences,
            &terms,
            &Context {
                reference_date: date,
            },
        )
    }

    /// `(surface, value)` of the facts of one kind.
    pub fn of(text: &str, kind: FactKind, date: Option<(i32, u32, u32)>) -> Vec<(String, String)> {
        facts(text, date)
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| (f.span.slice(text).to_string(), f.value.to_string()))
            .collect()
    }

    /// Check table rows `(input, [(surface, value)])` for one kind; print the input on failure.
    pub fn check(kind: FactKind, rows: &[(&str, &[(&str, &str)])], date: Option<(i32, u32, u32)>) {
        let mut bad = Vec::new();
        for (input, want) in rows {
            let got = of(input, kind, date);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            if got != want {
                bad.push(format!(
                    "{} {:?}\n   want {:?}\n    got {:?}",
                    kind.name(),
                    input.escape_debug().to_string(),
                    want,
                    got
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} rows failed:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    /// Same for the english column.
    pub fn check_english(kind: FactKind, rows: &[(&str, &str)], date: Option<(i32, u32, u32)>) {
        let mut bad = Vec::new();
        for (input, want) in rows {
            let got: Vec<String> = facts(input, date)
                .into_iter()
                .filter(|f| f.kind == kind)
                .map(|f| f.english.to_string())
                .collect();
            if got.first().map(String::as_str) != Some(*want) {
                bad.push(format!("{:?}\n   want {want:?}\n    got {got:?}", input));
            }
        }
        assert!(
            bad.is_empty(),
            "{} rows failed:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}

#[cfg(test)]
mod properties {
    use super::testutil::facts;
    use proptest::prelude::*;

    /// News-shaped fragments: numbers in all scripts, number words, months, triggers, quotes,
    /// clitics and tatweel, glued together with anything else.
    fn newsish() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            3 => "(و|ب|ل|ال|لـ)?(مقتل|إصابة|اعتقال|قال|أعلن|مايو|آذار|أغسطس/آب|عام|رمضان|هـ|الاثنين|أمس|نحو|أكثر من|دولار|مليون|مليار|في المئة|عشرات|خمسة|وعشرون|مئتي|الأول|السفيرة|باكستان|«|»|\\(|\\)|:|،|\\.)",
            3 => "[0-9٠-٩۰-۹]{1,4}([.,٫٬][0-9٠-٩]{1,3})?",
            2 => " ",
            1 => "[\u{0621}-\u{064A}\u{0640}\u{064B}-\u{0652}]{1,6}",
            1 => any::<String>(),
        ];
        proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Arbitrary news-like text never panics; every fact lies on char boundaries inside
        /// the text and inside its sentence, with an English rendering.
        #[test]
        fn facts_are_well_formed(s in newsish(), dated in any::<bool>()) {
            let date = dated.then_some((2024, 5, 14));
            let sentences = crate::segment::segment(&s);
            for f in facts(&s, date) {
                prop_assert!(f.span.start <= f.span.end && f.span.end <= s.len());
                prop_assert!(s.is_char_boundary(f.span.start) && s.is_char_boundary(f.span.end));
                let sent = sentences[f.sentence].span;
                prop_assert!(sent.contains(f.span), "{} {:?} outside its sentence", f.kind.name(), f.span);
            }
        }
    }
}

#[cfg(test)]
mod class_table {
    use super::*;

    /// Every word of the table is found with its bits; its variants with a letter more or
    /// less, and other words, have none unless they are in the table too.
    #[test]
    fn every_word_is_found_and_others_are_not() {
        let c = word_classes();
        let table = class_words();
        assert!(table.len() > 1000);
        for (w, &bits) in &table {
            assert_eq!(c.of(w.as_bytes()), bits, "{w}");
            for other in [
                format!("و{w}"),
                format!("{w}ه"),
                w.chars().skip(1).collect(),
            ] {
                let want = table.get(other.as_str()).copied().unwrap_or(0);
                assert_eq!(c.of(other.as_bytes()), want, "{other}");
            }
        }
        assert_eq!(c.of("الكتاب".as_bytes()), 0);
        assert_ne!(c.of("قال".as_bytes()), 0);
    }
}
