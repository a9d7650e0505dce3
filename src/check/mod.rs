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
//!   vocabulary (not names) half of a multiword rendering's content words will do, and a one-word
//!   rendering may end a closed compound (`biosecurity`, `biotechnology`). When the
//!   aligner is unsure of a pair (calibrated score below 0.6), a rendering found in the pair
//!   just before or after is accepted too (a sentence the aligner put one pair off is not the
//!   translator's fault). Names (people, organizations, groups, places, events) are errors;
//!   titles and nationalities warnings; other vocabulary warnings when it comes from a
//!   glossary file the user gave (a team's own terminology, which it wants followed), info
//!   when it is dragoman's built-in vocabulary (news verbs and nouns, which translators
//!   rightly vary: on human translations such findings are mostly paraphrases, see
//!   `dev/gold/check-judged/`). A user's glossary that gives one Arabic term several rows
//!   (a termbase made English → Arabic: مرض = *sickness*, مرض = *illness*) is followed by any
//!   of their English, and a one-word term also by the English its multiword rows show
//!   (مرض تنفسي = *respiratory disease*: *disease*, [`renderings::from_multiword`]). Months,
//!   weekdays, units, currencies and entries that are number words (`ألف` = thousand,
//!   `في المائة` = percent) are left to the number check.
//! * `term-count` (advisory, info): an entry occurs more often in the Arabic document than its
//!   renderings in the English one.
//! * `forbidden-term`: an English rendering the glossary marks forbidden appears (error).
//! * `number-mismatch`: a number, percentage, amount, duration, casualty count or the digits of
//!   a date in the Arabic have no equal value in the aligned English (error); values are
//!   compared as numbers (`1,500` = `1500` = `1.5 thousand`; `خمسة` = `five`).
//! * `untranslated`: the English of a pair is mostly Arabic script, or has a line of three
//!   Arabic-script words or more that is (a segment left untranslated, its Arabic copied in,
//!   which the aligner joined to a translated neighbour) (error).
//! * `unaligned`: an Arabic sentence with no English (warning), a sentence of a merged pair
//!   with two glossary terms or more and not one of them rendered (warning: a sentence the
//!   translator skipped, which the aligner joined to a neighbour; see [`omission`]), a merged
//!   pair whose English is much shorter than the document's other pairs predict (warning),
//!   or English with no Arabic (info).
//!
//! What it does *not* do: judge the quality of a translation, check words outside the
//! glossary, or tell a paraphrase from an omission.

mod acronyms;
pub mod english;
mod irregular;
mod numbers;
mod omission;
mod renderings;
mod report;
mod sentences;
mod synonyms;
mod tmx;
mod untranslated;

use std::collections::HashMap;
use std::sync::Arc;

use crate::align::{segment_english, Aligner};
use crate::extract::{Context, Extractor, Fact, FactKind};
use crate::glossary::{Category, Matcher};
use crate::span::Span;

use numbers::{fold, names_word, same_figures, same_number, show_number, specificity, values};
use renderings::{also, alternatives, parenthesized, rendering_words, reordered};
pub use report::{html, Row, Tally};
use sentences::{join_initials, split_glued};
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
    /// The aligner's evidence says the pair is likely wrong (its raw evidence under 0.4417;
    /// never for pairs given aligned): a rendering or number found in the pair just before or
    /// after satisfies the check.
    pub unsure: bool,
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
    /// Per built-in vocabulary entry: its admitted renderings ([`synonyms`]), found as written.
    admitted: Vec<Renderings>,
    /// Per entry: the initials of the content words of its English ([`acronyms::initials`];
    /// not of its alternatives, which would let a long run spell any acronym).
    initials: Vec<Vec<u8>>,
    /// English renderings that must not appear: (entry, folded words).
    forbidden: Vec<(usize, Vec<String>)>,
    /// Per entry: from a glossary file the user gave, not one built into dragoman (see
    /// [`Check::TermMissing`]: the user's own vocabulary is enforced).
    own: Vec<bool>,
    enabled: [bool; 6],
}

/// Below this raw evidence score (`Pair::evidence`, see [`crate::align`]) a pair is likely
/// wrong: a length off by about 2σ or an anchor on one side only. 0.4417 is the raw score the
/// aligner's calibration mapped to 0.6 until session 12, when the calibrated scores of
/// translations moved above 0.8 and could no longer tell such pairs apart.
const UNSURE: f64 = 0.4417;

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
        share_renderings(&mut renderings, by_english.values());
        let forbidden = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| is_forbidden(e))
            .map(|(i, e)| (i, rendering_words(&e.english)))
            .filter(|(_, w)| !w.is_empty())
            .collect();
        // An entry is the user's own when a glossary file the user gave has its headword (a
        // team's row that repeats a built-in one may lose the match to the built-in row).
        let builtin = |e: &crate::glossary::Entry| {
            crate::glossary::BUILTIN
                .iter()
                .any(|(name, _)| e.origin.path == std::path::Path::new(name))
        };
        let own_headwords: std::collections::HashSet<&str> = entries
            .iter()
            .filter(|e| !builtin(e))
            .map(|e| e.arabic.as_str())
            .collect();
        let own: Vec<bool> = entries
            .iter()
            .map(|e| own_headwords.contains(e.arabic.as_str()))
            .collect();
        // A team's termbase lists several English terms for one Arabic term (TICO-19: مرض =
        // disease, illness, sickness; عدوى = infection, contagion), one row each: the matcher
        // keeps one row, and any of the rows' English follows the termbase. Only the user's
        // own rows: the built-in glossary keeps one rendering per Arabic (lint).
        let mut by_arabic: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate().filter(|&(i, _)| own[i]) {
            by_arabic.entry(arabic_key(&e.arabic)).or_default().push(i);
        }
        share_renderings(&mut renderings, by_arabic.values());
        // A one-word term's English as the team's own multiword rows show it (مرض تنفسي =
        // *respiratory disease*: مرض = *disease*), see [`renderings::from_multiword`].
        let rows: Vec<(Vec<String>, Vec<String>)> = entries
            .iter()
            .enumerate()
            .filter(|&(i, _)| own[i])
            .map(|(_, e)| {
                let key = arabic_key(&e.arabic);
                (
                    key.split(' ').map(String::from).collect(),
                    rendering_words(&e.english),
                )
            })
            .collect();
        let single: HashMap<String, Renderings> = by_arabic
            .iter()
            .filter(|(k, _)| !k.contains(' '))
            .map(|(k, g)| (k.clone(), renderings[g[0]].clone()))
            .collect();
        for (key, learnt) in renderings::from_multiword(&rows, &single) {
            for &i in by_arabic.get(&key).into_iter().flatten() {
                for r in &learnt {
                    if !renderings[i].contains(r) {
                        renderings[i].push(r.clone());
                    }
                }
            }
        }
        let initials = entries
            .iter()
            .map(|e| acronyms::initials(&[rendering_words(&e.english)]))
            .collect();
        let admitted = synonyms::admitted(entries, &own);
        Checker {
            extractor: Extractor::new(matcher.clone()),
            aligner: Aligner::new(Some(matcher)),
            admitted,
            renderings,
            initials,
            forbidden,
            own,
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
                unsure: b.evidence < UNSURE,
            })
            .collect();
        let parts: Vec<Vec<Span>> = beads
            .iter()
            .map(|b| sentences[b.ar.clone()].iter().map(|s| s.span).collect())
            .collect();
        let terms = &analysis.terms;
        self.check_pairs_of(arabic, english, pairs, &parts, terms, &analysis.facts)
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
        self.check_pairs_of(
            arabic,
            english,
            pairs,
            &[],
            &analysis.terms,
            &analysis.facts,
        )
    }

    fn check_pairs_of(
        &self,
        arabic: &str,
        english: &str,
        pairs: Vec<CheckedPair>,
        parts: &[Vec<Span>],
        terms: &[crate::glossary::TermMatch],
        facts: &[Fact],
    ) -> Checked {
        let entries = self.matcher().glossary().entries();
        let en_words: Vec<Vec<String>> = pairs
            .iter()
            .map(|p| english::words(p.english.slice(english)))
            .collect();
        let en_numbers: Vec<Vec<english::EnNumber>> = pairs
            .iter()
            .map(|p| english::numbers_with_form(p.english.slice(english)))
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
            let unsure = pairs[i].unsure;
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
                && self.on(Check::Untranslated)
                && (untranslated::whole(en_text) || en_text.lines().any(untranslated::line))
            {
                findings.push(Finding {
                    pair: i,
                    check: Check::Untranslated,
                    severity: Severity::Error,
                    arabic: p.arabic,
                    entry: None,
                    message: if untranslated::whole(en_text) {
                        "the English side is mostly Arabic script: not translated".into()
                    } else {
                        "a line of the English side is in Arabic script: not translated".into()
                    },
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

        // Terms. A miss says whether the translator wrote the entry's rendering for it in
        // another pair (the glossary is followed there: a reviewer's first clue to an omission).
        let mut per_entry: HashMap<usize, (usize, Span, usize)> = HashMap::new();
        let mut misses: Vec<(usize, &crate::glossary::TermMatch)> = Vec::new();
        let mut rendered: std::collections::HashSet<usize> = Default::default();
        // Every term looked up in the English: (its byte in the Arabic, found).
        let mut looked_up: Vec<(usize, bool)> = Vec::new();
        // Runs of adjacent terms, and the initials of each run of two terms or more: a name
        // the English writes as an acronym (see [`acronyms`]).
        let run_of = acronyms::runs(&terms.iter().map(|t| t.core).collect::<Vec<_>>());
        let mut run_letters: HashMap<usize, Vec<u8>> = HashMap::new();
        for (k, &r) in run_of.iter().enumerate() {
            if r != k || run_of.get(k + 1) == Some(&r) {
                let letters = run_letters.entry(r).or_default();
                letters.extend_from_slice(&self.initials[terms[k].entry]);
                letters.sort_unstable();
                letters.dedup();
            }
        }
        let en_acronyms: Vec<Vec<Vec<u8>>> = pairs
            .iter()
            .map(|p| acronyms::acronyms(p.english.slice(english)))
            .collect();
        for (k, t) in terms.iter().enumerate() {
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
            if !has_english(i) || !(self.on(Check::TermMissing) || self.on(Check::Unaligned)) {
                continue;
            }
            // Names must be written out; for vocabulary half of the content words will do.
            let strict = is_name(e.category);
            let run = run_of[k];
            let own = &self.initials[t.entry];
            let in_acronym = |j: usize| {
                run_letters.get(&run).is_some_and(|letters| {
                    en_acronyms[j].iter().any(|a| {
                        a.iter().any(|b| own.binary_search(b).is_ok())
                            && acronyms::spells(a, letters)
                            && !(run..run_of.len())
                                .take_while(|&m| run_of[m] == run)
                                .any(|m| {
                                    m != k
                                        && is_name(entries[terms[m].entry].category)
                                        && acronyms::owns(a, &self.initials[terms[m].entry])
                                })
                    })
                })
            };
            let found = near(i).any(|j| {
                self.renderings[t.entry].iter().any(|r| {
                    english::contains(&en_words[j], r)
                        || (!strict && english::mostly_contains(&en_words[j], r))
                        || (!strict && english::ends_compound(&en_words[j], r))
                }) || self.admitted[t.entry]
                    .iter()
                    .any(|r| english::contains_close(&en_words[j], r))
                    || in_acronym(j)
            });
            looked_up.push((t.span.start, found));
            if found {
                rendered.insert(t.entry);
            } else if self.on(Check::TermMissing) {
                misses.push((i, t));
            }
        }
        if self.on(Check::Unaligned) {
            looked_up.sort_unstable_by_key(|&(b, _)| b);
            let left_out = omission::left_out(parts, &looked_up);
            let lengths = omission::lengths(&pairs, arabic, english);
            for (i, percent) in omission::short_merged(parts, &lengths) {
                if left_out.iter().any(|&(j, _, _)| j == i) {
                    continue;
                }
                findings.push(Finding {
                    pair: i,
                    check: Check::Unaligned,
                    severity: Severity::Warning,
                    arabic: pairs[i].arabic,
                    entry: None,
                    message: format!(
                        "the English of these {} Arabic sentences is {percent}% as long as this \
                         document's other pairs predict: a sentence may be left out of the \
                         translation",
                        parts[i].len()
                    ),
                });
            }
            for (i, sentence, n) in left_out {
                findings.push(Finding {
                    pair: i,
                    check: Check::Unaligned,
                    severity: Severity::Warning,
                    arabic: sentence,
                    entry: None,
                    message: format!(
                        "none of the {n} glossary terms of this Arabic sentence is in the English \
                         of its pair: the sentence may be left out of the translation"
                    ),
                });
            }
        }
        for (i, t) in misses {
            let e = &entries[t.entry];
            findings.push(Finding {
                pair: i,
                check: Check::TermMissing,
                severity: if is_name(e.category) {
                    Severity::Error
                } else if e.category == Category::Term && !self.own[t.entry] {
                    Severity::Info
                } else {
                    Severity::Warning
                },
                arabic: t.core,
                entry: Some(t.entry),
                message: format!(
                    "the glossary renders {} as '{}'{}{}; not in the English{}",
                    e.arabic,
                    e.english,
                    alternatives(&e.note),
                    synonyms::shown(&self.admitted[t.entry]),
                    if rendered.contains(&t.entry) {
                        " (rendered so in another pair of this document)"
                    } else {
                        ""
                    }
                ),
            });
        }
        if self.on(Check::TermCount) {
            let all_words: Vec<String> = english::words(english);
            let mut counted: Vec<_> = per_entry.into_iter().collect();
            counted.sort_by_key(|(e, (_, span, _))| (span.start, *e));
            for (e, (n, span, pair)) in counted {
                let m = english::count(&all_words, &self.renderings[e], &self.admitted[e]);
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

        // Numbers: one finding per value and pair, on the most specific fact. A value is
        // looked for again when a later fact asks more of it (a date's day in figures after a
        // count of the same value the English spells: بأربع عبوات في 4 مارس).
        if self.on(Check::NumberMismatch) {
            let mut checked: std::collections::HashSet<(usize, u64, bool)> = Default::default();
            let mut reported: std::collections::HashSet<(usize, u64)> = Default::default();
            let mut ordered: Vec<&Fact> = facts.iter().collect();
            ordered.sort_by_key(|f| (specificity(f.kind), f.span.start));
            for f in ordered {
                let Some(i) = pair_of(f.span.start).filter(|&i| has_english(i)) else {
                    continue;
                };
                for v in values(f, arabic) {
                    // A date's day and year are written in figures (`March 4`): the `four` of
                    // `four-pack` is not the day.
                    let figures = f.kind == FactKind::Date;
                    if reported.contains(&(i, v.to_bits()))
                        || !checked.insert((i, v.to_bits(), figures))
                    {
                        continue;
                    }
                    let in_english = |v: f64| {
                        near(i).any(|j| {
                            en_numbers[j]
                                .iter()
                                .any(|e| (e.figures || !figures) && same_number(e.value, v))
                        })
                    };
                    if in_english(v) {
                        continue;
                    }
                    // A casualty count the Arabic sums (خمسة مهندسين وسائق = 6, the fact's English
                    // `6 killed: 5 Chinese engineers and 1 Pakistani driver`) is right when the
                    // English keeps the numbers it is made of (`five engineers and a driver`).
                    if f.kind == FactKind::Casualties {
                        let parts = f.english.as_str().split_once(':').map(|(_, p)| p);
                        let mut parts = parts
                            .map(english::numbers)
                            .unwrap_or_default()
                            .into_iter()
                            .filter(|p| *p != 1.0 && *p != v)
                            .peekable();
                        if parts.peek().is_some() && parts.all(in_english) {
                            continue;
                        }
                    }
                    let written = f.span.slice(arabic);
                    // The figures copied as written (`10.700` both sides) agree, whichever
                    // way each side's separator is read.
                    if near(i).any(|j| same_figures(written, pairs[j].english.slice(english))) {
                        continue;
                    }
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
                    // The numeral itself (اثنين، واثنتين) is no plural.
                    let folded = fold(written);
                    let numeral = ["اثنين", "اثنتين"]
                        .iter()
                        .any(|n| folded.ends_with(n) && !folded.ends_with(&format!("ال{n}")));
                    let maybe_plural = spelled
                        && v == 2.0
                        && !written.contains(char::is_whitespace)
                        && folded.ends_with("ين")
                        && !numeral;
                    reported.insert((i, v.to_bits()));
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

/// Whether a glossary entry's English is forbidden (`status: forbidden` in its guard).
/// An Arabic headword as the rows of one term share it: folded, each word without its article
/// (`التباعد الاجتماعي` and `تباعد اجتماعي`, `الفيروس` and `فيروس` are one term).
fn arabic_key(arabic: &str) -> String {
    fold(arabic)
        .split_whitespace()
        .map(crate::tokens::forms::strip_article)
        .collect::<Vec<_>>()
        .join(" ")
}

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

/// Every entry of a group (one English, or one Arabic term of a team's termbase) accepts the
/// renderings of all the group's entries.
fn share_renderings<'a>(
    renderings: &mut [Renderings],
    groups: impl Iterator<Item = &'a Vec<usize>>,
) {
    for group in groups.filter(|g| g.len() > 1) {
        let mut all: Renderings = group.iter().flat_map(|&i| renderings[i].clone()).collect();
        all.sort();
        all.dedup();
        for &i in group {
            renderings[i] = all.clone();
        }
    }
}

#[cfg(test)]
mod tests;
