//! The collision check of `glossary lint`: glossary spellings, as the matcher reads them, that
//! are also common Arabic words of another sense.
//!
//! **In:** the glossary files (loaded as the matcher loads them) and a list of common words
//! with their Zipf frequencies ([`CommonWords`]; the built-in one is
//! `glossaries/common-words.txt`, derived from wordfreq, CC BY-SA 4.0). **Out:** findings.
//!
//! Every common word is read by the matcher built from the glossary ([`Matcher::readings`]),
//! and every one-word spelling is looked up itself. A reading is a *collision* when:
//!
//! | kind | when | example |
//! | --- | --- | --- |
//! | proclitic | a proclitic (و ف ب ك ل) is stripped, and the word is about as frequent as the entry's own spelling or more (Zipf at most 0.2 lower): a clitic form is normally far rarer than its word | وابل read as و + أبل (Apple), للحج as ل + لحج |
//! | accusative | the final alef is read as the accusative, and the word is about as frequent (at most 0.3 lower) | كانوا read as كانو (Kano) + ا |
//! | possessive | a possessive suffix is read, and the word is at least a third as frequent (at most 0.5 lower) | شحنة as الشحن + ة |
//! | fold | the word differs from every spelling of the entry by a letter the matcher folds (ة/ه, ى for ي, آ for أ: see `same_but_bare_alef` for the lax spellings that are no collision), and is at least a tenth as frequent (at most 1.0 lower) | جده ("his grandfather") for جدة, مجرى for مجري |
//! | common word | a one-word spelling of a name (not a term, title, nationality, unit or currency) whose form with the article toggled (الفتح for فتح, قاعدة for القاعدة) is frequent too: an ordinary noun or verb | فتح, القاعدة, البندقية |
//!
//! "As frequent": Zipf of the word against the highest Zipf of the entry's own one-word
//! spellings (with or without the article). A finding is an error unless the entry has a
//! guard that tells it from another word (`exact`, `no-article`, `cue:`, `not-cue:`, `prev:`,
//! `next:`, `not-prev:`, `not-next:`; not `not-quoted` or `quoted`) or is marked `reviewed`.
//!
//! What it does *not* do: judge multi-word spellings (their words together are rarely a
//! common word), or decide which sense a text means; it lists what a curator must look at.

use std::collections::HashMap;
use std::path::Path;

use super::{Finding, Severity, Source};
use crate::glossary::{parse_csv, Category, Entry, Glossary, Matcher};

/// Common words with their Zipf frequency (log10 of occurrences per billion words).
#[derive(Clone, Debug, Default)]
pub struct CommonWords {
    words: Vec<(String, f32)>,
    zipf: HashMap<String, f32>,
}

/// The built-in list (see `glossaries/common-words.txt` for its provenance).
pub(crate) const BUILTIN: &str = include_str!("../../../glossaries/common-words.txt");

impl CommonWords {
    /// Parse `word<TAB>zipf` lines; `#` lines are comments. A bad line fails with its number.
    pub fn parse(text: &str) -> Result<CommonWords, String> {
        let mut out = CommonWords::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (word, zipf) = line
                .split_once('\t')
                .and_then(|(w, z)| Some((w.trim(), z.trim().parse::<f32>().ok()?)))
                .ok_or_else(|| format!("line {}: want word<TAB>zipf", i + 1))?;
            out.zipf.insert(word.to_string(), zipf);
            out.words.push((word.to_string(), zipf));
        }
        Ok(out)
    }

    /// `glossaries/common-words.txt`, built in.
    pub fn builtin() -> CommonWords {
        CommonWords::parse(BUILTIN).expect("the built-in common-word list parses")
    }

    /// The Zipf frequency of a word as written, 0 when it is not in the list.
    pub fn zipf(&self, word: &str) -> f32 {
        self.zipf.get(word).copied().unwrap_or(0.0)
    }
}

/// Categories whose one-word spellings are names (checked as "common word").
fn is_name(c: Category) -> bool {
    !matches!(
        c,
        Category::Term
            | Category::Title
            | Category::Nationality
            | Category::Unit
            | Category::Currency
    )
}

/// A spelling with the article toggled: فتح → الفتح, القاعدة → قاعدة.
fn toggled(spelling: &str) -> String {
    match spelling.strip_prefix("ال") {
        Some(rest) => rest.to_string(),
        None => format!("ال{spelling}"),
    }
}

/// Same letters up to a writer's laxness with hamza on alef, not another word: a plain ا for
/// أ إ آ, أ for إ and back (إفريقيا / أفريقيا), or a hamza written on the alef of a word after
/// the article (الإجتماع for الاجتماع). A madda for a hamza (آب / أب), ه for ة (جده / جدة),
/// ة for ه (جنية / جنيه) and ى for ي (مجرى / مجري) are other words.
fn same_but_bare_alef(word: &str, spelling: &str) -> bool {
    let after_article = word.starts_with("ال");
    word.chars().count() == spelling.chars().count()
        && word
            .chars()
            .zip(spelling.chars())
            .enumerate()
            .all(|(i, (w, s))| {
                w == s
                    || (w == 'ا' && matches!(s, 'أ' | 'إ' | 'آ'))
                    || (matches!(w, 'أ' | 'إ') && matches!(s, 'أ' | 'إ'))
                    || (matches!(w, 'أ' | 'إ') && s == 'ا' && after_article && i == 2)
                    || (w == 'ي' && s == 'ى')
            })
}

/// The collision findings for `sources` (files that do not load are skipped: their errors
/// are reported by the other rules).
pub(super) fn check(sources: &[Source], words: &CommonWords) -> Vec<Finding> {
    let mut entries: Vec<Entry> = Vec::new();
    for s in sources {
        let Ok(text) = std::str::from_utf8(&s.bytes) else {
            continue;
        };
        if let Ok(rows) = parse_csv(Path::new(&s.path), text) {
            entries.extend(rows);
        }
    }
    let glossary = Glossary::from_entries(entries);
    let matcher = Matcher::new(&glossary);
    let entries = glossary.entries();
    let one_word = |e: &Entry| -> Vec<String> {
        e.spellings()
            .filter(|s| !s.contains(' '))
            .map(str::to_string)
            .collect()
    };
    // The entry's own frequency: its one-word spellings, with or without the article.
    let own_zipf = |e: &Entry| -> f32 {
        one_word(e)
            .iter()
            .flat_map(|s| [words.zipf(s), words.zipf(&toggled(s))])
            .fold(0.0, f32::max)
    };
    let guarded = |e: &Entry| e.guard.tells_words_apart() || e.guard.reviewed;
    // (entry, kind) → the most frequent colliding word.
    let mut found: HashMap<(usize, &'static str), (String, f32)> = HashMap::new();
    let mut note = |entry: usize, kind: &'static str, word: &str, zipf: f32| {
        let slot = found
            .entry((entry, kind))
            .or_insert_with(|| (word.to_string(), zipf));
        if zipf > slot.1 {
            *slot = (word.to_string(), zipf);
        }
    };
    // The matcher's cost of a reading (letters stripped or added): a cheaper reading of the
    // same word wins in matching, so a dearer one is no collision.
    let cost = |r: &crate::glossary::Reading| {
        r.clitics + 4 * usize::from(r.added_article) + usize::from(r.accusative || r.possessive)
    };
    for (word, zipf) in &words.words {
        let readings = matcher.readings(word);
        let cheapest = readings.iter().map(cost).min().unwrap_or(0);
        for r in readings.into_iter().filter(|r| cost(r) == cheapest) {
            let e = &entries[r.entry];
            if guarded(e) {
                continue;
            }
            let own = own_zipf(e);
            let conj_prep = r.clitics > 0;
            if conj_prep && *zipf >= own - 0.2 {
                note(r.entry, "proclitic", word, *zipf);
            } else if r.accusative && *zipf >= own - 0.3 {
                note(r.entry, "accusative", word, *zipf);
            } else if r.possessive && *zipf >= own - 0.5 {
                note(r.entry, "possessive", word, *zipf);
            } else if !conj_prep
                && !r.accusative
                && !r.possessive
                && !r.generated
                && *zipf >= own - 1.0
            {
                // The word is the entry (with or without the article): a fold collision when
                // it is none of the entry's spellings as written.
                let written = one_word(e)
                    .iter()
                    .any(|s| same_but_bare_alef(word, s) || same_but_bare_alef(word, &toggled(s)));
                if !written && !one_word(e).is_empty() {
                    note(r.entry, "fold", word, *zipf);
                }
            }
        }
    }
    for (i, e) in entries.iter().enumerate() {
        if guarded(e) || !is_name(e.category) {
            continue;
        }
        for s in one_word(e) {
            let (z, zt) = (words.zipf(&s), words.zipf(&toggled(&s)));
            if z >= 3.5 && zt >= z - 1.5 && toggled(&s).chars().count() >= 3 {
                note(i, "common word", &toggled(&s), zt);
            }
        }
    }
    let mut out: Vec<Finding> = found
        .into_iter()
        .map(|((entry, kind), (word, zipf))| {
            let e = &entries[entry];
            let message = match kind {
                "common word" => format!(
                    "collision (common word): '{}' ({}) is also an ordinary word: '{word}' is \
                     frequent too (Zipf {zipf:.1}); add a guard (cue:, not-next:, exact …) \
                     or mark it `reviewed` if news copy means the name",
                    e.arabic, e.english
                ),
                _ => format!(
                    "collision ({kind}): the common word '{word}' (Zipf {zipf:.1}) is read as \
                     '{}' ({}); add a guard (exact, cue:, not-prev:/not-next: …), drop the \
                     spelling, or mark it `reviewed`",
                    e.arabic, e.english
                ),
            };
            Finding {
                location: e.origin.clone(),
                severity: Severity::Error,
                message,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (a.location.path.as_path(), a.location.line, &a.message).cmp(&(
            b.location.path.as_path(),
            b.location.line,
            &b.message,
        ))
    });
    out
}
