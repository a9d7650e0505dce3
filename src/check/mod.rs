//! Translation check: does an English translation follow the glossary, and does it keep the
//! numbers of the Arabic?
//!
//! **In:** an Arabic document and its English translation (aligned here with
//! [`crate::align::Aligner`]), or pairs already aligned (TMX units), plus a [`Context`] for
//! dates. **Out:** [`Finding`]s in pair order, each with the [`Check`] that raised it, a
//! [`Severity`], the Arabic span it is about (bytes of the original Arabic text), the aligned
//! English, the glossary entry when there is one, and a message a translator can act on.
//!
//! The checks ([`Check`]):
//! * `term-missing`: an Arabic glossary term (matched through clitics and suffixes, as
//!   everywhere in dragoman) whose English is not in the aligned English: the entry's
//!   rendering, an `also:` alternative from its note, or the rendering of another entry with
//!   the same English (a synonym group), an acronym of a multiword rendering (`PM`, `MP`) or,
//!   for a nationality, its country's rendering (`Pakistan's army`) satisfies it, with case,
//!   plural, possessive, hyphenation, accents and light stemming tolerated ([`english`]); for
//!   vocabulary (not names) half of a multiword rendering's content words will do. When the
//!   aligner is unsure of a pair (calibrated score below 0.6), a rendering found in the pair
//!   just before or after is accepted too (a sentence the aligner put one pair off is not the
//!   translator's fault). Names (people, organizations, groups, places, events) are errors;
//!   titles and nationalities warnings; other vocabulary (news verbs and nouns, which
//!   translators rightly vary) info. Months, weekdays, units, currencies and entries that are
//!   number words (`ألف` = thousand, `في المائة` = percent) are left to the number check.
//! * `term-count` (advisory, info): an entry occurs more often in the Arabic document than its
//!   renderings in the English one.
//! * `forbidden-term`: an English rendering the glossary marks forbidden appears (error).
//! * `number-mismatch`: a number, percentage, amount, duration, casualty count or the digits of
//!   a date in the Arabic have no equal value in the aligned English (error); values are
//!   compared as numbers (`1,500` = `1500` = `1.5 thousand`; `خمسة` = `five`).
//! * `untranslated`: the English of a pair is mostly Arabic script (error).
//! * `unaligned`: an Arabic sentence with no English (warning), or English with no Arabic
//!   (info).
//!
//! What it does *not* do: judge the quality of a translation, check words outside the
//! glossary, or tell a paraphrase from an omission.

pub mod english;
mod report;
mod tmx;

use std::collections::HashMap;
use std::sync::Arc;

use crate::align::{segment_english, Aligner, EnSentence};
use crate::extract::{Context, Extractor, Fact, FactKind};
use crate::glossary::{Category, Matcher};
use crate::segment::Sentence;
use crate::span::Span;

pub use report::{html, Row, Tally};
pub use tmx::tmx_units;

/// One kind of check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Check {
    TermMissing,
    TermCount,
    ForbiddenTerm,
    NumberMismatch,
    Untranslated,
    Unaligned,
}

impl Check {
    pub const ALL: [Check; 6] = [
        Check::TermMissing,
        Check::TermCount,
        Check::ForbiddenTerm,
        Check::NumberMismatch,
        Check::Untranslated,
        Check::Unaligned,
    ];

    /// The name in output and in `--checks`: `term-missing`, …
    pub fn name(self) -> &'static str {
        match self {
            Check::TermMissing => "term-missing",
            Check::TermCount => "term-count",
            Check::ForbiddenTerm => "forbidden-term",
            Check::NumberMismatch => "number-mismatch",
            Check::Untranslated => "untranslated",
            Check::Unaligned => "unaligned",
        }
    }

    /// The check named `name`, if any.
    pub fn from_name(name: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// How bad a finding is; `--strict` fails on errors only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// 0-based index into [`Checked::pairs`].
    pub pair: usize,
    pub check: Check,
    pub severity: Severity,
    /// What the finding is about, in bytes of the Arabic text: the term, the number, or the
    /// pair's Arabic.
    pub arabic: Span,
    /// Index into the glossary's entries, for term findings.
    pub entry: Option<usize>,
    /// What a translator reads.
    pub message: String,
}

/// One aligned pair of a checked document: spans into the Arabic and the English text (empty
/// when a side has nothing).
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedPair {
    pub arabic: Span,
    pub english: Span,
    /// The aligner's calibrated score (1 for pairs given aligned).
    pub score: f64,
}

/// The result for one document.
#[derive(Clone, Debug, Default)]
pub struct Checked {
    pub pairs: Vec<CheckedPair>,
    pub findings: Vec<Finding>,
}

/// The words an entry's English may be written with (see [`Check::TermMissing`]).
type Renderings = Vec<Vec<String>>;

/// Checks translations against a glossary. Built once, shared across threads.
pub struct Checker {
    extractor: Extractor,
    aligner: Aligner,
    /// Per entry: its renderings, as folded words.
    renderings: Vec<Renderings>,
    /// English renderings that must not appear: (entry, folded words).
    forbidden: Vec<(usize, Vec<String>)>,
    enabled: [bool; 6],
}

/// Below this calibrated score a pair is likely wrong (see [`crate::align`]): a rendering or
/// number found in the pair just before or after satisfies the check.
const UNSURE: f64 = 0.6;

/// Entries that are numbers (`ألف` = thousand): the number check compares their values.
const NUMBER_WORDS: &[&str] = &[
    "hundred", "thousand", "million", "billion", "trillion", "percent",
];

impl Checker {
    /// A checker with every check on.
    pub fn new(matcher: Arc<Matcher>) -> Checker {
        let glossary = matcher.glossary();
        let entries = glossary.entries();
        // Synonym groups: entries with the same English are one concept.
        let mut by_english: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_english
                .entry(e.english.to_lowercase())
                .or_default()
                .push(i);
        }
        let mut renderings: Vec<Renderings> = entries
            .iter()
            .map(|e| {
                let mut r: Renderings = std::iter::once(e.english.as_str())
                    .chain(also(&e.note))
                    .chain(parenthesized(&e.english))
                    .map(rendering_words)
                    .filter(|w| !w.is_empty())
                    .collect();
                // A person is named by the surname alone after the first mention.
                if e.category == Category::Person {
                    let surnames: Renderings = r
                        .iter()
                        .filter(|w| w.len() > 1)
                        .map(|w| w[w.len() - 1..].to_vec())
                        .collect();
                    r.extend(surnames);
                }
                let reordered: Renderings = r.iter().flat_map(|w| reordered(w)).collect();
                r.extend(reordered);
                r.dedup();
                r
            })
            .collect();
        // An acronym of a multiword rendering (`PA`, `MP`, `PM`) renders it too.
        for r in renderings.iter_mut() {
            let acronyms: Renderings = r
                .iter()
                .filter_map(|w| {
                    let content: Vec<&String> = w
                        .iter()
                        .filter(|x| !english::FUNCTION_WORDS.contains(&x.as_str()))
                        .collect();
                    (content.len() >= 2)
                        .then(|| vec![content.iter().filter_map(|x| x.chars().next()).collect()])
                })
                .collect();
            r.extend(acronyms);
        }
        // A nationality is also rendered by its country (`Pakistan's army` for الجيش
        // الباكستاني): the place whose Arabic is the nationality without its ي (باكستاني →
        // باكستان), or with ا for it (أمريكي → أمريكا, بريطاني → بريطانيا).
        let mut places: HashMap<String, usize> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if e.category == Category::Place {
                for sp in e.spellings() {
                    let f = fold(sp);
                    places
                        .entry(crate::tokens::forms::strip_article(&f).to_string())
                        .or_insert(i);
                }
            }
        }
        for (i, e) in entries.iter().enumerate() {
            if e.category != Category::Nationality {
                continue;
            }
            let f = fold(&e.arabic);
            let Some(stem) = f.strip_suffix('ي') else {
                continue;
            };
            let country = [stem.to_string(), format!("{stem}ا"), format!("{stem}يا")]
                .into_iter()
                .find_map(|k| places.get(&k).copied());
            if let Some(p) = country {
                // Both ways: `Pakistan's army` renders الجيش الباكستاني, `British supermarket`
                // renders a supermarket in بريطانيا.
                let (to_nationality, to_country) = (renderings[p].clone(), renderings[i].clone());
                renderings[i].extend(to_nationality);
                renderings[p].extend(to_country);
            }
        }
        for group in by_english.values().filter(|g| g.len() > 1) {
            let mut all: Renderings = group.iter().flat_map(|&i| renderings[i].clone()).collect();
            all.sort();
            all.dedup();
            for &i in group {
                renderings[i] = all.clone();
            }
        }
        let forbidden = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| is_forbidden(e))
            .map(|(i, e)| (i, rendering_words(&e.english)))
            .filter(|(_, w)| !w.is_empty())
            .collect();
        Checker {
            extractor: Extractor::new(matcher.clone()),
            aligner: Aligner::new(Some(matcher)),
            renderings,
            forbidden,
            enabled: [true; 6],
        }
    }

    /// Only these checks.
    pub fn with_checks(mut self, checks: &[Check]) -> Checker {
        self.enabled = [false; 6];
        for c in checks {
            self.enabled[*c as usize] = true;
        }
        self
    }

    /// The matcher the checker was built with.
    pub fn matcher(&self) -> &Matcher {
        self.extractor.matcher()
    }

    fn on(&self, c: Check) -> bool {
        self.enabled[c as usize]
    }

    /// Align `english` with `arabic` and check every pair.
    pub fn check(&self, arabic: &str, english: &str, ctx: &Context) -> Checked {
        let analysis = self.extractor.analyze(arabic, ctx);
        let sentences = join_initials(arabic, &analysis.sentences);
        let en = split_glued(english, segment_english(english));
        let beads = self.aligner.align(arabic, &sentences, english, &en);
        let cover = |spans: &mut dyn Iterator<Item = Span>| {
            spans.reduce(Span::cover).unwrap_or_else(|| Span::new(0, 0))
        };
        let pairs = beads
            .iter()
            .map(|b| CheckedPair {
                arabic: cover(&mut sentences[b.ar.clone()].iter().map(|s| s.span)),
                english: cover(&mut en[b.en.clone()].iter().map(|s| s.span)),
                score: b.score,
            })
            .collect();
        self.check_pairs_of(arabic, english, pairs, &analysis.terms, &analysis.facts)
    }

    /// Check pairs given aligned (a TMX file): `pairs` are spans into `arabic` and `english`.
    pub fn check_aligned(
        &self,
        arabic: &str,
        english: &str,
        pairs: Vec<CheckedPair>,
        ctx: &Context,
    ) -> Checked {
        let analysis = self.extractor.analyze(arabic, ctx);
        self.check_pairs_of(arabic, english, pairs, &analysis.terms, &analysis.facts)
    }

    fn check_pairs_of(
        &self,
        arabic: &str,
        english: &str,
        pairs: Vec<CheckedPair>,
        terms: &[crate::glossary::TermMatch],
        facts: &[Fact],
    ) -> Checked {
        let entries = self.matcher().glossary().entries();
        let en_words: Vec<Vec<String>> = pairs
            .iter()
            .map(|p| english::words(p.english.slice(english)))
            .collect();
        let en_numbers: Vec<Vec<f64>> = pairs
            .iter()
            .map(|p| english::numbers(p.english.slice(english)))
            .collect();
        // The pair of a byte of the Arabic: pairs are in document order.
        let starts: Vec<(usize, usize)> = pairs
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.arabic.is_empty())
            .map(|(i, p)| (p.arabic.start, i))
            .collect();
        let pair_of = |byte: usize| -> Option<usize> {
            let k = starts.partition_point(|&(s, _)| s <= byte);
            (k > 0).then(|| starts[k - 1].1)
        };
        let has_english = |i: usize| !pairs[i].english.is_empty();
        // A pair the aligner was unsure of also looks at its neighbours.
        let near = |i: usize| {
            let unsure = pairs[i].score < UNSURE;
            [
                i.checked_sub(1).filter(|_| unsure),
                Some(i),
                Some(i + 1).filter(|_| unsure),
            ]
            .into_iter()
            .flatten()
            .filter(|&j| j < pairs.len() && has_english(j))
        };
        let mut findings = Vec::new();

        for (i, p) in pairs.iter().enumerate() {
            let en_text = p.english.slice(english);
            if p.english.is_empty() && !p.arabic.is_empty() && self.on(Check::Unaligned) {
                findings.push(Finding {
                    pair: i,
                    check: Check::Unaligned,
                    severity: Severity::Warning,
                    arabic: p.arabic,
                    entry: None,
                    message: "no English for this Arabic: dropped in translation, or the \
                              aligner could not place it"
                        .into(),
                });
            } else if p.arabic.is_empty() && !p.english.is_empty() && self.on(Check::Unaligned) {
                findings.push(Finding {
                    pair: i,
                    check: Check::Unaligned,
                    severity: Severity::Info,
                    arabic: p.arabic,
                    entry: None,
                    message: "English with no Arabic counterpart".into(),
                });
            } else if !p.english.is_empty()
                && is_untranslated(en_text)
                && self.on(Check::Untranslated)
            {
                findings.push(Finding {
                    pair: i,
                    check: Check::Untranslated,
                    severity: Severity::Error,
                    arabic: p.arabic,
                    entry: None,
                    message: "the English side is mostly Arabic script: not translated".into(),
                });
            }
            if self.on(Check::ForbiddenTerm) {
                for (e, words) in &self.forbidden {
                    if english::contains(&en_words[i], words) {
                        findings.push(Finding {
                            pair: i,
                            check: Check::ForbiddenTerm,
                            severity: Severity::Error,
                            arabic: p.arabic,
                            entry: Some(*e),
                            message: format!(
                                "'{}' is marked forbidden in the glossary",
                                entries[*e].english
                            ),
                        });
                    }
                }
            }
        }

        // Terms.
        let mut per_entry: HashMap<usize, (usize, Span, usize)> = HashMap::new();
        for t in terms {
            let e = &entries[t.entry];
            if !checked_category(e.category)
                || self.renderings[t.entry].is_empty()
                || NUMBER_WORDS.contains(&e.english.as_str())
            {
                continue;
            }
            let Some(i) = pair_of(t.span.start) else {
                continue;
            };
            let seen = per_entry.entry(t.entry).or_insert((0, t.core, i));
            seen.0 += 1;
            if !has_english(i) || !self.on(Check::TermMissing) {
                continue;
            }
            // Names must be written out; for vocabulary half of the content words will do.
            let strict = is_name(e.category);
            let found = near(i).any(|j| {
                self.renderings[t.entry].iter().any(|r| {
                    english::contains(&en_words[j], r)
                        || (!strict && english::mostly_contains(&en_words[j], r))
                })
            });
            if !found {
                findings.push(Finding {
                    pair: i,
                    check: Check::TermMissing,
                    severity: if is_name(e.category) {
                        Severity::Error
                    } else if e.category == Category::Term {
                        Severity::Info
                    } else {
                        Severity::Warning
                    },
                    arabic: t.core,
                    entry: Some(t.entry),
                    message: format!(
                        "the glossary renders {} as '{}'{}; not in the English",
                        e.arabic,
                        e.english,
                        alternatives(&e.note)
                    ),
                });
            }
        }
        if self.on(Check::TermCount) {
            let all_words: Vec<String> = english::words(english);
            let mut counted: Vec<_> = per_entry.into_iter().collect();
            counted.sort_by_key(|(e, (_, span, _))| (span.start, *e));
            for (e, (n, span, pair)) in counted {
                let m: usize = self.renderings[e]
                    .iter()
                    .map(|r| english::count(&all_words, r))
                    .max()
                    .unwrap_or(0);
                if m > 0 && n > m {
                    findings.push(Finding {
                        pair,
                        check: Check::TermCount,
                        severity: Severity::Info,
                        arabic: span,
                        entry: Some(e),
                        message: format!(
                            "{} occurs {n} times in the Arabic, '{}' {m} times in the English",
                            entries[e].arabic, entries[e].english
                        ),
                    });
                }
            }
        }

        // Numbers: one finding per value and pair, on the most specific fact.
        if self.on(Check::NumberMismatch) {
            let mut reported: std::collections::HashSet<(usize, u64)> = Default::default();
            let mut ordered: Vec<&Fact> = facts.iter().collect();
            ordered.sort_by_key(|f| (specificity(f.kind), f.span.start));
            for f in ordered {
                let Some(i) = pair_of(f.span.start).filter(|&i| has_english(i)) else {
                    continue;
                };
                for v in values(f, arabic) {
                    let key = (i, v.to_bits());
                    if !reported.insert(key) {
                        continue;
                    }
                    let found = near(i).any(|j| en_numbers[j].iter().any(|e| same_number(*e, v)));
                    if found {
                        continue;
                    }
                    let written = f.span.slice(arabic);
                    let spelled = !written.chars().any(|c| c.is_numeric());
                    // A one-word number that the English writes as a name (ستون = Emma Stone,
                    // شابان = Chhappan) is no number here.
                    if spelled
                        && !written.contains(char::is_whitespace)
                        && near(i).any(|j| names_word(pairs[j].english.slice(english), written))
                    {
                        continue;
                    }
                    // A lone word in ين read as a dual (سائحين) is as often the plural's
                    // genitive ("tourists"): advisory.
                    let maybe_plural = spelled
                        && v == 2.0
                        && !written.contains(char::is_whitespace)
                        && fold(written).ends_with("ين");
                    findings.push(Finding {
                        pair: i,
                        check: Check::NumberMismatch,
                        severity: if maybe_plural {
                            Severity::Info
                        } else {
                            Severity::Error
                        },
                        arabic: f.span,
                        entry: None,
                        message: if maybe_plural {
                            format!(
                                "{written} may be a dual (two) or a plural; 'two' is not in the English"
                            )
                        } else {
                            format!(
                                "{} {} is not in the English",
                                f.kind.name(),
                                show_number(v)
                            )
                        },
                    });
                }
            }
        }
        findings.sort_by_key(|f| (f.pair, f.arabic.start, f.check));
        Checked { pairs, findings }
    }
}

/// Latin letters as Arabic spells them in initials and acronyms (دي. كي. أريا = D. K. Arya).
const LETTER_NAMES: &[&str] = &[
    "إيه",
    "بي",
    "سي",
    "دي",
    "إي",
    "إف",
    "جي",
    "إتش",
    "آي",
    "جيه",
    "كي",
    "إل",
    "إم",
    "كيو",
    "آر",
    "إس",
    "تي",
    "يو",
    "دبليو",
    "إكس",
    "واي",
    "زد",
];

/// Arabic sentences with those that end in an initial (`… العام دي.`) joined to the next: a
/// name's initials are no sentence end, and a sentence cut there has no English of its own.
fn join_initials(arabic: &str, sentences: &[Sentence]) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::with_capacity(sentences.len());
    let mut glue = false;
    for s in sentences {
        match out.last_mut() {
            Some(last) if glue => {
                last.span = last.span.cover(s.span);
                last.headline = false;
            }
            _ => out.push(*s),
        }
        let text = s.span.slice(arabic).trim_end();
        glue = text
            .strip_suffix('.')
            .and_then(|t| t.rsplit(char::is_whitespace).next())
            .is_some_and(|w| LETTER_NAMES.contains(&w));
    }
    out
}

/// English sentences glued without a space after the full stop (`Antarctica.Several`,
/// `2020.As`, `use."The`: common in translation memories) split in two. Only after a word of
/// two letters or digits ending in a lower-case letter or a digit, and before a capital and a
/// lower-case letter, so `U.S.China`, `e.g.`, `3.5` and `example.com` stay whole.
fn split_glued(english: &str, sentences: Vec<EnSentence>) -> Vec<EnSentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let text = s.span.slice(english).as_bytes();
        let mut start = 0;
        for i in 2..text.len() {
            if text[i] != b'.' {
                continue;
            }
            let before = (text[i - 1].is_ascii_lowercase() || text[i - 1].is_ascii_digit())
                && text[i - 2].is_ascii_alphanumeric();
            let mut j = i + 1;
            if j < text.len() && text[j] == b'"' {
                j += 1;
            }
            let after = j + 1 < text.len()
                && text[j].is_ascii_uppercase()
                && text[j + 1].is_ascii_lowercase();
            if before && after {
                out.push(EnSentence {
                    span: Span::new(s.span.start + start, s.span.start + j),
                });
                start = j;
            }
        }
        out.push(EnSentence {
            span: Span::new(s.span.start + start, s.span.end),
        });
    }
    out
}

/// Other word orders of a rendering with a head noun, as English writes them: `Health
/// Ministry` is also `Ministry of Health`, `Ministry of Public Health`, `Department of Health`
/// (US), `Health Department`; `Chinese Foreign Ministry` is also `Chinese Ministry of Foreign
/// Affairs`; `Oxford University` is also `University of Oxford` and `Oxford`; and `Ministry of
/// Health` is also `Health Ministry`.
fn reordered(words: &[String]) -> Renderings {
    let heads = |w: &str| -> &'static [&'static str] {
        match w {
            "ministry" | "department" => &["ministry", "department"],
            "university" => &["university"],
            _ => &[],
        }
    };
    let mut out = Renderings::new();
    let of_words = |head: &str, mods: &[String]| -> Vec<String> {
        [head, "of", english::ANY]
            .into_iter()
            .map(String::from)
            .chain(mods.iter().cloned())
            .collect()
    };
    if let [mods @ .., last] = words {
        if !mods.is_empty() && !mods.iter().any(|m| m == "of") {
            for head in heads(last) {
                out.push(of_words(head, mods));
                if let [first, rest @ ..] = mods {
                    if !rest.is_empty() {
                        let mut w = vec![first.clone()];
                        w.extend(of_words(head, rest));
                        out.push(w);
                    }
                }
                let mut w = mods.to_vec();
                w.push(head.to_string());
                out.push(w);
            }
            if last == "university" {
                out.push(mods.to_vec());
            }
        }
    }
    if let [head, of, rest @ ..] = words {
        if of == "of" && !rest.is_empty() && !heads(head).is_empty() {
            for h in heads(head) {
                let mut w = rest.to_vec();
                w.push(h.to_string());
                out.push(w);
            }
        }
    }
    out.retain(|w| w.as_slice() != words);
    out
}

/// The `also:` alternatives of a note: `also: U.N.; CLDR: …` → `U.N.`.
fn also(note: &str) -> impl Iterator<Item = &str> {
    note.split(';')
        .filter_map(|part| part.trim().split_once("also:").map(|(_, rest)| rest))
        .flat_map(|rest| rest.split(','))
        .map(|alt| alt.split('(').next().unwrap_or(alt).trim())
        .filter(|alt| !alt.is_empty())
}

/// An acronym or alternative in parentheses: `Rapid Support Forces (RSF)` → `RSF`.
fn parenthesized(english: &str) -> Option<&str> {
    let (_, rest) = english.split_once('(')?;
    Some(rest.split_once(')')?.0.trim())
}

/// The folded words of a rendering without edge function words.
fn rendering_words(text: &str) -> Vec<String> {
    let mut w = english::words(text.split('(').next().unwrap_or(text));
    while w
        .first()
        .is_some_and(|x| english::FUNCTION_WORDS.contains(&x.as_str()))
    {
        w.remove(0);
    }
    while w
        .last()
        .is_some_and(|x| english::FUNCTION_WORDS.contains(&x.as_str()))
    {
        w.pop();
    }
    w
}

fn alternatives(note: &str) -> String {
    let alts: Vec<&str> = also(note).collect();
    if alts.is_empty() {
        String::new()
    } else {
        format!(" (or {})", alts.join(", "))
    }
}

/// Whether a glossary entry's English is forbidden (`status: forbidden` in its guard).
fn is_forbidden(e: &crate::glossary::Entry) -> bool {
    e.status() == crate::glossary::Status::Forbidden
}

fn checked_category(c: Category) -> bool {
    !matches!(
        c,
        Category::Month | Category::Weekday | Category::Unit | Category::Currency
    )
}

fn is_name(c: Category) -> bool {
    matches!(
        c,
        Category::Person | Category::Org | Category::Group | Category::Place | Category::Event
    )
}

fn is_untranslated(en: &str) -> bool {
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in en.chars() {
        if crate::chars::is_arabic_letter_or_form(c) {
            arabic += 1;
        } else if c.is_alphabetic() {
            latin += 1;
        }
    }
    arabic > 0 && arabic >= latin
}

/// Richer facts first, so a value is reported on the fact that says the most.
fn specificity(k: FactKind) -> u8 {
    match k {
        FactKind::Casualties => 0,
        FactKind::Money | FactKind::Percent => 1,
        FactKind::Quantity | FactKind::Duration => 2,
        FactKind::Date => 3,
        _ => 4,
    }
}

/// The numeric values of a fact that a translation must keep.
fn values(f: &Fact, arabic: &str) -> Vec<f64> {
    let text = match f.kind {
        FactKind::Number
        | FactKind::Quantity
        | FactKind::Percent
        | FactKind::Money
        | FactKind::Duration
        | FactKind::Casualties => f.value.as_str().to_string(),
        // A date keeps the digits it was written with (a month name or a year the reference
        // date filled in is not a number the translator saw); clock times (`12:00` = `1200
        // GMT` = `noon`) and Hijri dates (often converted) are not compared.
        FactKind::Date
            if !f.value.as_str().starts_with("hijri:") && !f.span.slice(arabic).contains(':') =>
        {
            f.span
                .slice(arabic)
                .chars()
                .map(|c| c.to_digit(10).map_or(' ', |d| char::from(b'0' + d as u8)))
                .collect()
        }
        _ => return Vec::new(),
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else {
            if let Ok(v) = cur.trim_end_matches('.').parse::<f64>() {
                out.push(v);
            }
            cur.clear();
        }
    }
    // One (واحد، ساعة واحدة) is as often `a`/`an` in English as a figure, and zero is the
    // `00` of a time: neither is compared.
    out.retain(|v| *v != 1.0 && *v != 0.0);
    out.dedup();
    out
}

/// Equal values; a fraction as the Arabic rounds it (ثلث = 0.333) equals the English one
/// (`a third`).
fn same_number(a: f64, b: f64) -> bool {
    let d = (a - b).abs();
    d <= 1e-9 * a.abs().max(b.abs()).max(1.0) || (a.min(b) < 1.0 && d < 1e-3)
}

/// The matcher's folding of an Arabic word (ة → ه, ى → ي, hamza seats → ا, …).
fn fold(arabic: &str) -> String {
    crate::normalize::matcher().normalize_str(arabic)
}

/// Does the English have a capitalized word (not the first of the sentence) that sounds like
/// the romanization of the Arabic word (ستون ~ `Stone`)? Compared by consonant skeletons.
fn names_word(english: &str, arabic: &str) -> bool {
    let romanized = crate::translit::Transliterator::builtin()
        .name(arabic)
        .english;
    let want = skeleton(&romanized);
    if want.len() < 2 {
        return false;
    }
    english
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .skip(1)
        .any(|w| w.starts_with(|c: char| c.is_uppercase()) && skeleton(w) == want)
}

/// A word's consonants, lower case, with the letters Arabic has no contrast for folded
/// (p = b, v = f, c = q = k, ch = sh) and doubles collapsed: `Chhappan` and `Shaban` are both
/// `sbn`, `Stone` and `Sitoun` both `stn`.
fn skeleton(word: &str) -> String {
    let w = word.to_lowercase().replace("ch", "sh");
    let mut out = String::new();
    for c in w.chars() {
        let c = match c {
            'p' => 'b',
            'v' => 'f',
            'c' | 'q' => 'k',
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h' | '\'' | '-' => continue,
            c if c.is_ascii_alphabetic() => c,
            _ => continue,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn show_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests;
