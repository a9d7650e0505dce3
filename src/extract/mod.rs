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
//!   `weekday:Monday`; a time of day: `T23:11`; a week: `2024-W19`; a decade or a century
//!   with its unspecified digits as X (ISO 8601-2): `196X`, `18XX`; a relative expression
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
//! * person/org/group/place: the English name from the glossary, else for people the
//!   transliterator's romanization ([`crate::translit`]; the detail's `english_source` says
//!   `lexicon`, `model` or `rules`, with a `score`), else the Arabic as written.
//! * quote: the speaker or source (English when known, else Arabic; empty when unknown).
//!
//! What it does *not* do: translate quotes, resolve pronouns other than a quote's unnamed
//! speaker (given to the last speaker or person of the document), link mentions across
//! documents, or convert Hijri dates exactly (no Umm al-Qura table is built in).

mod casualties;
mod companies;
mod dates;
mod detail;
mod entities;
mod facilities;
mod fact;
mod hedge;
mod lexicon;
mod numbers;
mod persons;
mod places;
mod quantities;
mod quotes;
mod sent;
mod text;

#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) mod testutil;

use std::sync::Arc;

use crate::glossary::{Category, Matcher, TermMatch};
use crate::normalize;
use crate::segment::Sentence;
use crate::span::Span;
pub(crate) use crate::tokens::Kind;
use crate::tokens::Tokens;

/// Arabic weekday names with the article, ISO numbered: one table for facts and alignment.
pub(crate) use dates::WEEKDAYS as ARABIC_WEEKDAYS;
pub use dates::{parse_date, Date, ParseDateError};
pub use detail::{Casualties, DateDetail, Detail, HijriDate, PersonDetail};
pub use fact::{Fact, FactKind};
pub(crate) use lexicon::{get, lookup, word_classes};
pub(crate) use numbers::ORDINAL_EN;
pub use numbers::{Amount, Decimal};
use sent::Term;
pub(crate) use sent::{DocState, Out, Sent};
pub use text::Text;

pub(crate) use crate::tokens::class::{
    DATE_WORD, DUAL, HEAD_AFTER_1, HEAD_AFTER_2, LEX, MONTH, NAME_START, NUM, NUMBER_WORD, ORDINAL,
    PLACE_HEAD, QUOTE, ROLE, SOURCE, TERM, VERB,
};
pub(crate) use crate::tokens::forms::{clitic_splits, definite_after_lam, rest_is};

type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;
type FxSet<K> = rustc_hash::FxHashSet<K>;

/// The reference date of a document: its own `date` field (from JSONL/CSV), else `default`
/// (from `--date`). A `date` that is not `YYYY-MM-DD` is an error located at the document.
pub fn document_date(
    doc: &crate::input::Document,
    default: Option<Date>,
) -> crate::Result<Option<Date>> {
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
    /// The publication date, for relative dates and weekdays.
    pub reference_date: Option<Date>,
    /// How the document uses its line breaks ([`crate::segment::Layout`]; `Auto` by
    /// default: decided from the text).
    pub layout: crate::segment::Layout,
}

/// A document read through [`Extractor::analyze`].
pub struct Analysis {
    /// The layout the document was read as (never `Auto`).
    pub layout: crate::segment::Layout,
    pub sentences: Vec<Sentence>,
    /// The document's `match` normalization; in a wrapped document the line breaks inside
    /// sentences are spaces ([`crate::segment::join_wraps`]).
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
        let crate::segment::Segmented {
            layout,
            sentences,
            wraps,
            repairs,
        } = crate::segment::segment_as(text, ctx.layout);
        let mut norm = normalize::matcher().normalize(text);
        crate::segment::pdf::repair_normalized(&mut norm, &repairs);
        let norm_spans = norm_spans(&norm, &sentences);
        if !wraps.is_empty() {
            crate::segment::join_wraps(&mut norm, &norm_spans);
        }
        // The tokens with each word's first-word number in the glossary, so that the
        // matcher does not look the word up again; both lookups memoized per distinct word.
        let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
        let matcher = &*self.matcher;
        let classes = word_classes();
        let key = (classes.id(), matcher.memo_id());
        let mut tokens = Tokens::new_memo(
            text,
            &norm,
            &spans,
            &norm_spans,
            classes,
            key,
            |w| matcher.first_word(w),
            |w| matcher.may_be_first_word(w),
        );
        let mut terms = match tokens.aux() {
            Some(ids) => matcher.find_tokens_ids(&norm, tokens.all(), ids),
            None => matcher.find_tokens(&norm, tokens.all()),
        };
        // The fold erased letters that tell some words apart (إحداث, وقاده): read them back.
        matcher.drop_folded_letters(text, &mut terms);
        let facts = self.extract_tokens(
            text,
            &norm,
            &sentences,
            &norm_spans,
            &mut tokens,
            &terms,
            ctx,
        );
        Analysis {
            layout,
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
        let mut tokens = self.tokenize(text, doc_norm, sentences, &norm_spans);
        self.extract_tokens(
            text,
            doc_norm,
            sentences,
            &norm_spans,
            &mut tokens,
            terms,
            ctx,
        )
    }

    /// The tokens of a document with the rules' word classes (`tokens`).
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
    /// document's tokens too ([`Extractor::tokenize`]). The rules mark `TERM` in `tokens`
    /// while they read a sentence; the tokens are returned as they came.
    #[allow(clippy::too_many_arguments)]
    pub fn extract_tokens(
        &self,
        text: &str,
        doc_norm: &normalize::Normalized,
        sentences: &[Sentence],
        norm_spans: &[Span],
        tokens: &mut Tokens,
        terms: &[TermMatch],
        ctx: &Context,
    ) -> Vec<Fact> {
        // Glossary entities alone make about one fact per term: room for those up front.
        let mut facts = Vec::with_capacity(terms.len());
        let mut doc = DocState::default();
        // This thread's buffers, grown by earlier documents (put back below).
        let mut scratch = SCRATCH.with(|c| c.take());
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
            // The sentence's terms' token ranges, and `TERM` marked where a term starts: in
            // the document's tokens themselves for the length of the sentence (cleared
            // below), not in a copy of the sentence's tokens.
            let mut sent_terms = std::mem::take(&mut scratch.terms);
            sent::term_ranges(
                tokens.sentence(index),
                &terms[t..u],
                &self.matcher,
                &mut sent_terms,
            );
            let mut bits = tokens.bits(index);
            if !sent_terms.is_empty() {
                let marked = tokens.sentence_mut(index);
                for term in &sent_terms {
                    marked[term.from].class |= TERM;
                }
                bits |= TERM;
            }
            let toks = tokens.sentence(index);
            let sent = Sent::new(
                text,
                doc_norm,
                norm_spans[index],
                toks,
                bits,
                index,
                &self.matcher,
                sent_terms,
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
                // Each rule family runs only when a token it may start at is here (an
                // ordinal: a clock hour, عند العاشرة صباحا).
                if sent.bits & (NUM | MONTH | DATE_WORD | ORDINAL) != 0 {
                    dates::extract(&sent, ctx, used, &mut out);
                }
                let nums = &mut scratch.nums;
                nums.clear();
                // DUAL: a score may start with a dual goal noun (بهدفين نظيفين).
                if sent.bits & (NUM | NUMBER_WORD | ORDINAL | DUAL) != 0 {
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
                // SOURCE: a sentence that opens with بحسب … فإن has no speech verb.
                if sent.bits & (VERB | QUOTE | SOURCE) != 0 {
                    quotes::extract(&sent, &mut out);
                }
            } else {
                // No rule of the lexicon can start in this sentence (no lexicon word, digit,
                // quotation mark or glossary term): names and later mentions of people remain.
                entities::extract(&sent, &mut doc, &mut scratch.covered, &mut out);
            }
            facts[first..].sort_by(order);
            one_fact_per_thing(&mut facts, first);
            drop_ordinals_in_names(&sent, &mut facts, first);
            hedge::mark(&sent, &mut facts[first..]);
            let mut terms = sent.terms;
            // The tokens leave as they came: no stage before the fact rules sets `TERM`.
            if !terms.is_empty() {
                let marked = tokens.sentence_mut(index);
                for term in &terms {
                    marked[term.from].class &= !TERM;
                }
            }
            terms.clear();
            scratch.terms = terms;
        }
        SCRATCH.with(|c| c.set(scratch.bounded()));
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
/// A head noun in the construct state behind its proclitics (وبمستشفى، لشركة): `find` on the
/// whole word first (a head may itself begin with a clitic letter: برج، بنك), then after a
/// conjunction of `conj`, after it and a preposition of `preps`, after the preposition alone;
/// never the article. `(what find gave, bytes of the proclitics)`. Stripped by hand rather
/// than through every [`clitic_splits`]: the facility and body rules ask it of many tokens.
pub(crate) fn head_behind_proclitics<T>(
    w: &str,
    conj: &[char],
    preps: &[char],
    find: impl Fn(&str) -> Option<T>,
) -> Option<(T, usize)> {
    let at = |rest: &str| find(rest).map(|t| (t, w.len() - rest.len()));
    let after_conj = w.strip_prefix(conj).filter(|r| r.len() >= 6);
    let after_prep = |r: &str| r.strip_prefix(preps).filter(|r| r.len() >= 4).and_then(at);
    at(w)
        .or_else(|| after_conj.and_then(at))
        .or_else(|| after_conj.and_then(after_prep))
        .or_else(|| after_prep(w))
}

fn norm_spans(doc_norm: &normalize::Normalized, sentences: &[Sentence]) -> Vec<Span> {
    doc_norm
        .map
        .to_normalized_each(sentences.iter().map(|s| s.span))
        .collect()
}

/// One fact per thing: drop the `number` facts of `facts[first..]` (one sentence, sorted by
/// [`order`]) that lie inside a richer fact (a date, time, quantity, percent, money, duration,
/// age or casualty statement), which already gives the number; and the quantities inside a
/// casualty statement (مقتل ثمانية جنود: the soldiers are the casualty's count); the ordinals
/// inside a name or a quantity (الملك عبدالله الثاني، بنك الخليج الأول، كيلومتر في الثانية; an
/// office's or an event's name: [`drop_ordinals_in_names`]); and a person inside a quantity
/// (ستين فيلما).
fn one_fact_per_thing(facts: &mut Vec<Fact>, first: usize) {
    drop_covered(facts, first, FactKind::Number, |f| {
        matches!(
            f.kind,
            FactKind::Date
                | FactKind::Time
                | FactKind::Quantity
                | FactKind::Percent
                | FactKind::Money
                | FactKind::Duration
                | FactKind::Age
                | FactKind::Casualties
        )
    });
    drop_covered(facts, first, FactKind::Quantity, |f| {
        f.kind == FactKind::Casualties || f.rule == "number.score"
    });
    // A city inside a club's name (نادي أتلتيكو مدريد) is no place of the text.
    drop_covered(facts, first, FactKind::Place, |f| f.rule == "entity.body");
    // An ordinal inside a name counts nothing: a regnal ordinal (الملك عبدالله الثاني), a
    // bank's or a district's (بنك الخليج الأول، حي المزروع الثاني); nor does the "second" of a
    // rate's unit (300 ألف كيلومتر في الثانية).
    drop_covered(facts, first, FactKind::Ordinal, |f| {
        matches!(
            f.kind,
            FactKind::Person
                | FactKind::Org
                | FactKind::Group
                | FactKind::Place
                | FactKind::Quantity
        )
    });
    // A counted noun after a spelled number is no name (أكثر من ستين فيلما: not a person
    // "Steen Vilma").
    drop_covered(facts, first, FactKind::Person, |f| {
        f.kind == FactKind::Quantity
    });
}

/// An ordinal inside the glossary name of an office or an event, after its first word,
/// counts nothing: it is part of the name (الفريق أول "General", a rank; الحرب العالمية
/// الثانية "World War II"). One that opens the name ranks the office and stays (النائب
/// الثاني لرئيس مجلس الوزراء: the second deputy prime minister), and so do the ordinals of
/// plain terms (المركز الأول "first place").
fn drop_ordinals_in_names(sent: &Sent, facts: &mut Vec<Fact>, first: usize) {
    if !sent
        .terms
        .iter()
        .any(|t| matches!(t.category, Category::Title | Category::Event))
    {
        return;
    }
    let inside = |f: &Fact| {
        sent.terms.iter().any(|t| {
            matches!(t.category, Category::Title | Category::Event) && {
                let name = Span::new(
                    sent.toks[t.from].orig().start,
                    sent.toks[t.to - 1].orig().end,
                );
                name.start < f.span.start && f.span.end <= name.end
            }
        })
    };
    let mut kept = first;
    for i in first..facts.len() {
        if !(facts[i].kind == FactKind::Ordinal && inside(&facts[i])) {
            facts.swap(kept, i);
            kept += 1;
        }
    }
    facts.truncate(kept);
}

/// Drop the facts of kind `inner` in `facts[first..]` that lie inside a fact of a kind
/// `outer` accepts. One sweep, no allocation: a second cursor runs ahead over the outer facts
/// that start at or before the current fact (the tail is sorted by start) and tracks how far
/// they reach; the kept facts are moved down in order.
fn drop_covered(
    facts: &mut Vec<Fact>,
    first: usize,
    inner: FactKind,
    outer: impl Fn(&Fact) -> bool,
) {
    let tail = &facts[first..];
    if !tail.iter().any(|f| f.kind == inner) || !tail.iter().any(&outer) {
        return;
    }
    let (mut ahead, mut reach, mut kept) = (first, 0, first);
    for i in first..facts.len() {
        let span = facts[i].span;
        // `ahead` > `i` once it has passed the fact itself: it reads facts not moved yet.
        while ahead < facts.len() && facts[ahead].span.start <= span.start {
            if outer(&facts[ahead]) {
                reach = reach.max(facts[ahead].span.end);
            }
            ahead += 1;
        }
        if facts[i].kind != inner || reach < span.end {
            facts.swap(kept, i);
            kept += 1;
        }
    }
    facts.truncate(kept);
}

/// The order of facts: by start, kind, end.
fn order(a: &Fact, b: &Fact) -> std::cmp::Ordering {
    (a.span.start, a.kind, a.span.end).cmp(&(b.span.start, b.kind, b.span.end))
}

thread_local! {
    /// The thread's [`Scratch`], kept from one document to the next: a document's sentences
    /// then cost no allocation beyond their facts, not even while the buffers grow.
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
}

/// Per-sentence buffers kept across the sentences of one `extract` call (and across the
/// documents of a thread), so that a sentence costs no allocation beyond its facts. Their
/// contents are cleared before each use; only their capacity carries over.
#[derive(Default)]
struct Scratch {
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

/// A sentence's buffers a thread keeps after its document: room for about 64k tokens; a
/// longer sentence's are freed with its document, as before there was a pool.
const SCRATCH_KEPT: usize = 1 << 16;

impl Scratch {
    /// Itself, or empty buffers when a sentence made them larger than [`SCRATCH_KEPT`]
    /// tokens.
    fn bounded(self) -> Scratch {
        let largest = (self.used.capacity())
            .max(self.covered.capacity())
            .max(self.text.capacity());
        if largest > SCRATCH_KEPT {
            Scratch::default()
        } else {
            self
        }
    }
}
