//! Fact extraction: dates, numbers, ordinals, quantities, percentages, money, durations,
//! casualties, people, organizations, groups, places and quotes, each with a machine value and
//! an English rendering.
//!
//! **In:** the original text of a document, its [`Sentence`]s, its glossary [`TermMatch`]es and
//! a [`Context`] (an optional reference date). **Out:** [`Fact`]s sorted by span start, with
//! spans in BYTES of the original text, on char boundaries, each inside its sentence.
//!
//! How: every sentence is normalized with the shared `match` profile (ASCII digits, `٫` → `.`,
//! `٬` → `,`, folded alef/ya/ta-marbuta, no harakat or tatweel, `«»` → `"`), tokenized once
//! into words, numbers and punctuation ([`Tok`]), and the rule families run over the tokens in a
//! fixed order: dates claim their tokens first (a day or a year is not also a number), then
//! numbers and ordinals, then quantities (quantity, percent, money, duration) and casualties
//! over the numbers, then entities from the glossary matches and titled people, then quotes.
//! Tokenizing gives each token class bits (lexicon word classes, digits, quotation mark,
//! glossary term); dates, numbers and quotes skip a sentence without a token of a class they
//! can start at, and tokens without one. Spans are mapped back through the normalizer's offset
//! map.
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

use std::cell::{Cell, OnceCell};
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use serde::Serialize;

use crate::glossary::{Category, FxHasher, Matcher, TermMatch};
use crate::normalize;
use crate::segment::Sentence;
use crate::span::Span;

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
        classes();
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
    /// glossary terms (matched on that normalization) and facts. What `export`, `facts` and
    /// `summarize` each need, without normalizing or matching twice.
    pub fn analyze(&self, text: &str, ctx: &Context) -> Analysis {
        let sentences = crate::segment::segment(text);
        let norm = normalize::matcher().normalize(text);
        let terms = self.matcher.find_normalized(&norm);
        let norm_spans = norm_spans(&norm, &sentences);
        let facts = self.extract_spans(text, &norm, &sentences, &norm_spans, &terms, ctx);
        Analysis {
            sentences,
            norm,
            norm_spans,
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
        self.extract_spans(text, doc_norm, sentences, &norm_spans, terms, ctx)
    }

    /// [`Extractor::extract_normalized`] given the sentences' spans in the normalized text too.
    fn extract_spans(
        &self,
        text: &str,
        doc_norm: &normalize::Normalized,
        sentences: &[Sentence],
        norm_spans: &[Span],
        terms: &[TermMatch],
        ctx: &Context,
    ) -> Vec<Fact> {
        // Glossary entities alone make about one fact per term: room for those up front.
        let mut facts = Vec::with_capacity(terms.len());
        let mut doc = DocState::default();
        // Token buffers, reused from sentence to sentence, made big enough for the longest
        // sentence up front (a token and its space take two bytes at least, mostly more), up
        // to a cap: a document without sentence ends would reserve 20 times its size.
        let mut scratch = Scratch::default();
        let longest = norm_spans.iter().map(Span::len).max().unwrap_or(0);
        scratch.reserve((longest / 2 + 1).min(MAX_RESERVED_TOKENS));
        // Sentences come in order: one cursor maps all their offsets.
        let mut cursor = doc_norm.map.cursor();
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
            let sent = Sent::new(
                text,
                doc_norm,
                s.span,
                norm_spans[index],
                index,
                &terms[t..u],
                &self.matcher,
                &mut scratch,
                cursor,
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
            cursor = sent.cursor.get();
            scratch.recycle(sent);
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

/// The most tokens [`Extractor::extract_spans`] makes room for up front; longer sentences
/// grow the buffers as they go.
const MAX_RESERVED_TOKENS: usize = 1 << 12;

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
/// costs no allocation beyond its normalized text.
#[derive(Default)]
struct Scratch {
    toks: Vec<Tok>,
    ospan: Vec<Span>,
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

impl Scratch {
    /// Room for `tokens` tokens in the per-token buffers.
    fn reserve(&mut self, tokens: usize) {
        self.toks.reserve(tokens);
        self.ospan.reserve(tokens);
        self.used.reserve(tokens);
        self.covered.reserve(tokens);
    }

    fn recycle(&mut self, sent: Sent) {
        let Sent {
            mut toks,
            ospan,
            ospan_buf,
            mut terms,
            ..
        } = sent;
        toks.clear();
        let mut ospan = ospan.into_inner().unwrap_or_else(|| ospan_buf.into_inner());
        ospan.clear();
        terms.clear();
        self.toks = toks;
        self.ospan = ospan;
        self.terms = terms;
    }
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

type FxMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
type FxSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// Token classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters (Arabic or Latin).
    Word,
    /// ASCII digits, with `.` or `,` between digits.
    Num,
    /// One punctuation or symbol character.
    Punct,
}

/// A token of the normalized sentence: `s..e` are byte offsets into `Sent::norm`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    /// Its class bits (`LEX`, `NUM`, `QUOTE`, `TERM`, the word classes): whether and which
    /// rules may start here.
    pub cls: u16,
}

/// One sentence, normalized and tokenized.
pub(crate) struct Sent<'a> {
    pub text: &'a str,
    pub index: usize,
    /// The sentence's slice of the document's `match` normalization.
    pub norm: SentNorm<'a>,
    pub toks: Vec<Tok>,
    /// The sentence's span in the original text.
    span: Span,
    /// Original-text span of every token, mapped on first use ([`Sent::ospan`]): most
    /// sentences outside news have no term and no fact, and need none.
    ospan: OnceCell<Vec<Span>>,
    /// The buffer `ospan` is made in.
    ospan_buf: Cell<Vec<Span>>,
    /// The document's offset-map cursor, moved forward by this sentence's mappings.
    cursor: Cell<normalize::Cursor<'a>>,
    /// The OR of the tokens' class bits: which rules may start somewhere in the sentence.
    pub bits: u16,
    /// Glossary matches in this sentence, with token ranges.
    pub terms: Vec<Term>,
    pub matcher: &'a Matcher,
    /// May any rule start here: a lexicon word, digits, a quotation mark or a glossary term?
    /// When not, only mentions of people already known can be found.
    pub active: bool,
}

/// A sentence's part of the normalized document: its text, and the document's offset map
/// with the sentence's start in normalized text.
pub(crate) struct SentNorm<'a> {
    pub text: &'a str,
    map: &'a normalize::OffsetMap,
    nbase: usize,
}

impl SentNorm<'_> {
    /// The original-document span of sentence-normalized offsets `s..e`.
    fn to_original(&self, s: usize, e: usize) -> Span {
        self.map
            .to_original(Span::new(s + self.nbase, e + self.nbase))
    }
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
        doc_norm: &'a normalize::Normalized,
        span: Span,
        ns: Span,
        index: usize,
        terms: &[TermMatch],
        matcher: &'a Matcher,
        scratch: &mut Scratch,
        cursor: normalize::Cursor<'a>,
    ) -> Sent<'a> {
        let norm = SentNorm {
            text: &doc_norm.text[ns.start..ns.end],
            map: &doc_norm.map,
            nbase: ns.start,
        };
        let mut toks = std::mem::take(&mut scratch.toks);
        let bits = tokenize(norm.text, classes(), &mut toks);
        let active = bits != 0 || !terms.is_empty();
        let mut sent = Sent {
            text,
            index,
            norm,
            toks,
            span,
            ospan: OnceCell::new(),
            ospan_buf: Cell::new(std::mem::take(&mut scratch.ospan)),
            cursor: Cell::new(cursor),
            bits,
            terms: std::mem::take(&mut scratch.terms),
            matcher,
            active,
        };
        let entries = matcher.glossary().entries();
        for m in terms {
            let Some((from, to)) = sent.tok_range(m.span) else {
                continue;
            };
            sent.terms.push(Term {
                from,
                to,
                core: m.core,
                entry: m.entry,
                category: entries[m.entry].category,
            });
            sent.toks[from].cls |= TERM;
            sent.bits |= TERM;
        }
        sent
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The normalized text of token `i` ("" out of range).
    pub fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.norm.text[t.s..t.e],
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
            (Some(a), Some(b)) => a.e == b.s,
            _ => false,
        }
    }

    /// The original-text span of every token.
    fn ospan(&self) -> &[Span] {
        self.ospan.get_or_init(|| {
            let (text, span) = (self.text, self.span);
            let mut ospan = self.ospan_buf.take();
            let mut cursor = self.cursor.get();
            let nbase = self.norm.nbase;
            let toks = self.toks.iter();
            cursor.to_original_each(
                toks.map(|t| Span::new(t.s + nbase, t.e + nbase)),
                &mut ospan,
            );
            self.cursor.set(cursor);
            for sp in &mut ospan {
                // Inside the sentence (a stray mark at its edge maps into its neighbour).
                let start = sp.start.clamp(span.start, span.end);
                let mut end = sp.end.clamp(start, span.end);
                // A tatweel (U+0640, D9 80) right after a word belongs to it (هـ).
                let b = text.as_bytes();
                while end + 2 <= span.end && b[end] == 0xD9 && b[end + 1] == 0x80 {
                    end += 2;
                }
                *sp = Span::new(start, end);
            }
            ospan
        })
    }

    /// The original-text span of tokens `from..to` (exclusive).
    pub fn span(&self, from: usize, to: usize) -> Span {
        let ospan = self.ospan();
        Span::new(ospan[from].start, ospan[to - 1].end)
    }

    /// The original-text span of normalized offsets `s..e`.
    pub fn norm_span(&self, s: usize, e: usize) -> Span {
        self.norm.to_original(s, e)
    }

    /// The original surface of tokens `from..to`.
    pub fn surface(&self, from: usize, to: usize) -> &'a str {
        self.span(from, to).slice(self.text)
    }

    /// The token range covering an original-text span, if it has tokens.
    fn tok_range(&self, span: Span) -> Option<(usize, usize)> {
        let ospan = self.ospan();
        let from = ospan.partition_point(|sp| sp.start < span.start);
        let to = ospan.partition_point(|sp| sp.end <= span.end);
        (from < to).then_some((from, to))
    }

    /// The glossary term starting at token `i`, if any.
    pub fn term_at(&self, i: usize) -> Option<&Term> {
        let k = self.terms.partition_point(|t| t.from < i);
        self.terms.get(k).filter(|t| t.from == i)
    }

    /// May a rule start at token `i` (a word in the rules' lexicon, through proclitics)?
    pub fn lex(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cls & LEX != 0)
    }

    /// Does token `i` have any of the class bits `bits`? Rules skip tokens without the bits
    /// they may start at, without looking at them.
    #[inline]
    pub fn any(&self, i: usize, bits: u16) -> bool {
        self.toks.get(i).is_some_and(|t| t.cls & bits != 0)
    }

    /// Does token `i` have all the class bits `bits`?
    #[inline]
    pub fn has(&self, i: usize, bits: u16) -> bool {
        self.toks.get(i).is_some_and(|t| t.cls & bits == bits)
    }

    /// Is token `i` a quotation mark (`"` `“` `”`)?
    #[inline]
    pub fn is_quote(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cls & QUOTE != 0)
    }

    pub fn entry(&self, term: &Term) -> &crate::glossary::Entry {
        &self.matcher.glossary().entries()[term.entry]
    }
}

/// Split normalized text into words, numbers and punctuation (spaces dropped), appending the
/// tokens with their class bits (a word's [`Classes::of`], `NUM` for digits, `QUOTE` for a
/// quotation mark) to `toks`: the OR of those bits.
#[inline(never)]
fn tokenize(text: &str, classes: &Classes, toks: &mut Vec<Tok>) -> u16 {
    let b = text.as_bytes();
    let n = b.len();
    let mut bits = 0;
    let mut i = 0;
    while i < n {
        let x = b[i];
        // Arabic letters and ASCII are settled from the bytes; other chars are decoded.
        let (kind, e, c) = if x >= 0x80 {
            // Most often a word: its letters are scanned at once (none when it is not one).
            let e = word_end(text, i);
            if e > i {
                (Kind::Word, e, classes.of(&b[i..e]))
            } else {
                let (ch, len) = decode(text, i);
                if ch.is_whitespace() {
                    i += len;
                    continue;
                }
                let quote = matches!(ch, '\u{201C}' | '\u{201D}');
                (Kind::Punct, i + len, if quote { QUOTE } else { 0 })
            }
        } else {
            if x.is_ascii_alphabetic() {
                let e = word_end(text, i + 1);
                (Kind::Word, e, classes.of(&b[i..e]))
            } else if x.is_ascii_digit() {
                let mut j = i + 1;
                while j < n {
                    if b[j].is_ascii_digit() {
                        j += 1;
                    } else if (b[j] == b'.' || b[j] == b',')
                        && j + 1 < n
                        && b[j + 1].is_ascii_digit()
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                (Kind::Num, j, NUM)
            } else if matches!(x, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            } else {
                (Kind::Punct, i + 1, if x == b'"' { QUOTE } else { 0 })
            }
        };
        toks.push(Tok {
            s: i,
            e,
            kind,
            cls: c,
        });
        bits |= c;
        // Most tokens are followed by one space: step over it here.
        i = if b.get(e) == Some(&b' ') { e + 1 } else { e };
    }
    bits
}

/// Where the letters from byte `j` (a char boundary) end, `j` itself when there is none: past
/// runs of Arabic letters (four at a time) and of ASCII letters, decoding only other chars.
#[inline(always)]
fn word_end(text: &str, mut j: usize) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    loop {
        loop {
            if j + 8 > n {
                while j + 1 < n && arabic_letter(b[j], b[j + 1]) {
                    j += 2;
                }
                break;
            }
            let chunk: [u8; 8] = b[j..j + 8].try_into().expect("8 bytes");
            let k = arabic_letters(u64::from_be_bytes(chunk));
            j += 2 * k;
            if k < 4 {
                break;
            }
        }
        let Some(&y) = b.get(j) else {
            return j;
        };
        if y < 0x80 {
            if !y.is_ascii_alphabetic() {
                return j;
            }
            j += 1;
            while j < n && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            continue;
        }
        let (d, dlen) = decode(text, j);
        if !is_letter(d) {
            return j;
        }
        j += dlen;
    }
}

/// How many of the four two-byte chars in `v` (eight bytes from a char boundary, read
/// big-endian) are Arabic letters before the first that is not: [`arabic_letter`] on the four
/// 16-bit lanes at once.
#[inline(always)]
fn arabic_letters(v: u64) -> usize {
    const HIGH: u64 = 0x8000_8000_8000_8000;
    const FIRST: u64 = 0xD8A1_D8A1_D8A1_D8A1;
    // Each lane minus D8A1 (mod 2^16), no borrow crossing lanes…
    let d = ((v | HIGH) - (FIRST & !HIGH)) ^ ((v ^ !FIRST) & HIGH);
    // …is at most D98A - D8A1 = E9 in a letter's lane: flag the others' high bit.
    let bad = (((d & !HIGH) + 0x7F16_7F16_7F16_7F16) | d) & HIGH;
    (bad.leading_zeros() / 16) as usize
}

/// Do the bytes `x y` at a char boundary start an Arabic letter U+0621..=U+064A (D8 A1..=D8 BF,
/// D9 80..=D9 8A)? Read big-endian, those are the pairs D8A1..=D98A: in valid UTF-8 no other
/// pair lies between (a continuation byte is 80..=BF).
#[inline(always)]
fn arabic_letter(x: u8, y: u8) -> bool {
    u16::from_be_bytes([x, y]).wrapping_sub(0xD8A1) <= 0xD98A - 0xD8A1
}

/// The char at byte `i` (a char boundary) and its length: ASCII and two-byte chars (all of
/// Arabic) decoded from the bytes, longer ones through `str`.
#[inline]
fn decode(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes();
    let x = b[i];
    if x < 0x80 {
        return (x as char, 1);
    }
    if x < 0xE0 {
        // Valid UTF-8: a lead byte 0xC2..=0xDF and one continuation byte.
        let c = ((x as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F);
        if let Some(c) = char::from_u32(c) {
            return (c, 2);
        }
    }
    let c = text[i..].chars().next().expect("i is on a char boundary");
    (c, c.len_utf8())
}

/// Letters: Arabic letters and ASCII first (the common case), then any alphabetic char.
fn is_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | 'a'..='z' | 'A'..='Z')
        || (!c.is_ascii()
            && !matches!(c, '\u{060C}' | '\u{061B}' | '\u{061F}')
            && c.is_alphabetic())
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
            let clitic = match self.sent.toks[from].cls & (HEAD_AFTER_1 | HEAD_AFTER_2) {
                HEAD_AFTER_1 => 2,
                HEAD_AFTER_2 => 4,
                _ => 0,
            };
            if clitic > 0 {
                let tok = self.sent.toks[from];
                span.start = self.sent.norm_span(tok.s + clitic, tok.e).start;
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

/// Token class bit: a word in the lexicon through its proclitics ([`in_lexicon`]).
pub(crate) const LEX: u16 = 1;
/// Token class bit: digits.
pub(crate) const NUM: u16 = 2;
/// Token class bit: a quotation mark, `"` `“` `”` (`«»` are `"` once normalized).
pub(crate) const QUOTE: u16 = 4;
/// Token class bit: the first token of a glossary term.
pub(crate) const TERM: u16 = 8;
/// Word class bit: a month name's first word through proclitics (`dates::month_words`).
pub(crate) const MONTH: u16 = 16;
/// Word class bit: a speech verb through proclitics (`quotes::words`).
pub(crate) const VERB: u16 = 32;
/// Word class bit: a number word through proclitics (`numbers::number_words`).
pub(crate) const NUMBER_WORD: u16 = 64;
/// Word class bit: an ordinal through proclitics (`numbers::ordinal_words`; للاول too).
pub(crate) const ORDINAL: u16 = 128;
/// Word class bit: a word a year, weekday or relative date starts with, through proclitics
/// (`dates::date_words`).
pub(crate) const DATE_WORD: u16 = 256;
/// Word class bit: a dual time noun through proclitics (`quantities::dual_words`).
pub(crate) const DUAL: u16 = 512;
/// Word class bit: a role word that introduces a person (`entities::words`).
pub(crate) const ROLE: u16 = 1024;
/// Word class bits: a fact starting at this word leaves out its first one (two) proclitic
/// letters ([`head_after_clitic`]).
const HEAD_AFTER_1: u16 = 2048;
const HEAD_AFTER_2: u16 = 4096;

/// The classes of every written word (proclitics included) that has any, built once: one
/// table lookup per token replaces the per-split set lookups.
struct Classes {
    /// Open addressing over the words that have classes: a word is in slot [`first_slot`] or in
    /// a later one (wrapping round) before an empty slot.
    slots: Box<[Slot]>,
    /// The bytes of the words in `slots`, one after another.
    bytes: Box<[u8]>,
    /// Byte lengths outside `min_len..=max_len` have no class.
    min_len: usize,
    max_len: usize,
    /// Bit [`sketch`] of every word in `slots`: most words without a class are turned away
    /// here, before the table.
    sketches: Box<[u64; SKETCH_BITS / 64]>,
}

/// A word of [`Classes`]: `bytes[start..start + len]`, and its class bits (0: an empty slot).
#[derive(Clone, Copy, Default)]
struct Slot {
    start: u32,
    len: u16,
    bits: u16,
}

/// A 64-bit key of word `w` for [`first_slot`] and [`sketch`]: its length and its first and
/// last eight bytes (a word of up to 16 bytes is keyed whole), without a copy.
#[inline(always)]
fn word_key(w: &[u8]) -> u64 {
    let len = w.len();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes(w[i..i + 4].try_into().expect("4 bytes")));
    let (a, b) = if len >= 8 {
        let first: [u8; 8] = w[..8].try_into().expect("8 bytes");
        let last: [u8; 8] = w[len - 8..].try_into().expect("8 bytes");
        (u64::from_le_bytes(first), u64::from_le_bytes(last))
    } else if len >= 4 {
        (u32_at(0) | u32_at(len - 4) << 32, 0)
    } else if len >= 1 {
        (
            u64::from(w[0]) | u64::from(w[len / 2]) << 8 | u64::from(w[len - 1]) << 16,
            0,
        )
    } else {
        (0, 0)
    };
    a ^ b.rotate_left(29) ^ len as u64
}

/// Where the search for the word keyed `key` starts among `n` slots (a power of two): the
/// top bits of a multiplicative hash.
#[inline(always)]
fn first_slot(key: u64, n: usize) -> usize {
    let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - n.trailing_zeros())) as usize
}

/// Bits in `Classes::sketches`.
const SKETCH_BITS: usize = 1 << 16;

/// A 16-bit fingerprint of the word keyed `key`: the top bits of a second multiplicative hash.
#[inline(always)]
fn sketch(key: u64) -> usize {
    (key.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> (64 - SKETCH_BITS.trailing_zeros())) as usize
}

impl Classes {
    fn build() -> Classes {
        // Every way a lexicon word can be written with proclitics: the same proclitics as
        // `clitic_splits`, and ل/ول/فل before a word whose article lost its alef (للاول).
        const CLITICS: [&str; 10] = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"];
        let mut words: FxMap<Box<str>, u16> = FxMap::default();
        let mut add = |w: String| {
            // Keep only what the definition accepts: a candidate is not always a split
            // (`clitic_splits` wants two letters after the proclitics).
            if in_lexicon(&w) {
                *words.entry(w.into_boxed_str()).or_default() |= LEX;
            }
        };
        for &r in lexicon() {
            for c in CLITICS {
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
        let min_len = words.keys().map(|k| k.len()).min().unwrap_or(0);
        let max_len = words.keys().map(|k| k.len()).max().unwrap_or(0);
        let mut sketches = Box::new([0u64; SKETCH_BITS / 64]);
        for w in words.keys() {
            let k = sketch(word_key(w.as_bytes()));
            sketches[k / 64] |= 1 << (k % 64);
        }
        // At most half full, so that searches stop soon.
        let mut slots = vec![Slot::default(); (2 * words.len()).next_power_of_two().max(16)];
        let mut bytes = Vec::new();
        let mask = slots.len() - 1;
        for (w, &bits) in &words {
            let mut k = first_slot(word_key(w.as_bytes()), slots.len());
            while slots[k].bits != 0 {
                k = (k + 1) & mask;
            }
            slots[k] = Slot {
                start: u32::try_from(bytes.len()).expect("the lexicon is small"),
                len: u16::try_from(w.len()).expect("words are short"),
                bits,
            };
            bytes.extend_from_slice(w.as_bytes());
        }
        Classes {
            slots: slots.into_boxed_slice(),
            bytes: bytes.into_boxed_slice(),
            min_len,
            max_len,
            sketches,
        }
    }

    /// The class bits of a normalized word (0 if none). Most words are turned away by their
    /// length or sketch, inline; the others are looked up in the table.
    #[inline(always)]
    fn of(&self, w: &[u8]) -> u16 {
        if w.len() < self.min_len || w.len() > self.max_len {
            return 0;
        }
        let key = word_key(w);
        let k = sketch(key);
        if self.sketches[k / 64] & (1 << (k % 64)) == 0 {
            return 0;
        }
        self.find(w, key)
    }

    /// The class bits of word `w` keyed `key`, from the table.
    #[inline(never)]
    fn find(&self, w: &[u8], key: u64) -> u16 {
        let mask = self.slots.len() - 1;
        let mut k = first_slot(key, self.slots.len());
        loop {
            let slot = self.slots[k];
            if slot.bits == 0 {
                return 0;
            }
            let start = slot.start as usize;
            if usize::from(slot.len) == w.len() && self.bytes[start..start + w.len()] == *w {
                return slot.bits;
            }
            k = (k + 1) & mask;
        }
    }
}

fn classes() -> &'static Classes {
    static C: std::sync::OnceLock<Classes> = std::sync::OnceLock::new();
    C.get_or_init(Classes::build)
}

/// Proclitic splits of a normalized word: `(clitic, rest)`, the bare word first. Only
/// conjunctions and prepositions (و ف ب ل ك and pairs); rules look the rest up in their
/// tables, so a word like وزير is never mistaken for و + زير unless a table has زير.
pub(crate) fn clitic_splits(w: &str) -> impl Iterator<Item = (&str, &str)> {
    // Byte-level: the clitics are two-byte letters (و ف ب ل ك), at most two of them
    // (و/ف then ب/ل). Same splits, in the same order, as the list
    // "", و، ف، ب، ل، ك، وب، ول، فب، فل.
    const WAW: [u8; 2] = [0xD9, 0x88];
    const FA: [u8; 2] = [0xD9, 0x81];
    const BA: [u8; 2] = [0xD8, 0xA8];
    const LAM: [u8; 2] = [0xD9, 0x84];
    const KAF: [u8; 2] = [0xD9, 0x83];
    let b = w.as_bytes();
    let at = |i: usize| -> Option<[u8; 2]> { b.get(i..i + 2).map(|x| [x[0], x[1]]) };
    // The rest must have at least two characters.
    let long_enough = |i: usize| w[i..].chars().nth(1).is_some();
    let mut out: [Option<(&str, &str)>; 3] = [Some(("", w)), None, None];
    if let Some(c) = at(0) {
        if matches!(c, WAW | FA | BA | LAM | KAF) && w.is_char_boundary(2) && long_enough(2) {
            out[1] = Some((&w[..2], &w[2..]));
        }
        if matches!(c, WAW | FA) {
            if let Some(d) = at(2) {
                if matches!(d, BA | LAM) && w.is_char_boundary(4) && long_enough(4) {
                    out[2] = Some((&w[..4], &w[4..]));
                }
            }
        }
    }
    out.into_iter().flatten()
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
        let c = classes();
        let table: FxMap<&[u8], u16> = c
            .slots
            .iter()
            .filter(|s| s.bits != 0)
            .map(|s| (&c.bytes[s.start as usize..][..usize::from(s.len)], s.bits))
            .collect();
        assert!(table.len() > 1000);
        for (&w, &bits) in &table {
            let w = std::str::from_utf8(w).unwrap();
            assert_eq!(c.of(w.as_bytes()), bits, "{w}");
            for other in [
                format!("و{w}"),
                format!("{w}ه"),
                w.chars().skip(1).collect(),
            ] {
                let want = table.get(other.as_bytes()).copied().unwrap_or(0);
                assert_eq!(c.of(other.as_bytes()), want, "{other}");
            }
        }
        assert_eq!(c.of("الكتاب".as_bytes()), 0);
        assert_ne!(c.of("قال".as_bytes()), 0);
    }
}

#[cfg(test)]
mod letters {
    use super::*;

    /// The four-lane test agrees with the one-pair test for every pair, in every lane, whatever
    /// the lanes after it hold.
    #[test]
    fn four_at_a_time_agrees_with_one_at_a_time() {
        let letter = |pair: u16| {
            let [x, y] = pair.to_be_bytes();
            arabic_letter(x, y)
        };
        let others = [
            0u16, 0xD8A1, 0xD98A, 0xD8A0, 0xD98B, 0xFFFF, 0x2020, 0xD9BF, 0xD8BF,
        ];
        for pair in 0..=u16::MAX {
            for lane in 0..4 {
                for &other in &others {
                    // Letters (ا) before `pair`, `other` after it.
                    let mut lanes = [0xD8A7u16; 4];
                    lanes[lane] = pair;
                    lanes[lane + 1..].fill(other);
                    let v = lanes.iter().fold(0u64, |v, &l| v << 16 | u64::from(l));
                    let want = (0..4).find(|&l| !letter(lanes[l])).unwrap_or(4);
                    assert_eq!(arabic_letters(v), want, "{lanes:04x?}");
                }
            }
        }
    }
}
