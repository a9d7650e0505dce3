//! Finding glossary terms in Arabic text.
//!
//! **In:** any original text (a document or a sentence). **Out:** [`TermMatch`]es: spans of
//! the surface form as written (clitics included) and of the term itself, the entry, and the
//! proclitics that were stripped; in order, non-overlapping.
//!
//! How it matches:
//! * Text and entries are compared in their `match` normalization (alef forms, ى/ي, ة/ه,
//!   harakat, tatweel, presentation forms and digits folded), as whole words.
//! * The first word of a term may carry Arabic proclitics: a conjunction و ف, a preposition
//!   ب ك ل, and the article ال, in that order and in any combination (وال، بال، فال، كال،
//!   وبال، لل = ل + ال with the alef elided, ولل …). A term whose headword has the article
//!   (الأمم المتحدة) needs it in the text; a term without (باكستان, عقوبات) matches with or
//!   without it. Stripping a clitic without the article must leave at least three letters, so
//!   وطن (homeland) is never و + طن (ton).
//! * A proclitic cut off from its word by tatweel and a quotation mark or bracket still
//!   counts: `لـ«داعش»` is ل + داعش. Words of a multi-word term may be separated by spaces,
//!   quotation marks or brackets («طالبان» باكستان), never by other punctuation.
//! * Nationality entries (masculine singular, باكستاني) also match their feminine, dual and
//!   plural forms (باكستانية، باكستانيان، باكستانيون، باكستانيين، باكستانيات) with any
//!   clitics. Explicit headwords and variants win over these generated forms.
//! * Leftmost-longest: at each word the longest term wins (داعش خراسان over داعش); among
//!   equally long ones, the reading that strips fewer letters (بكين as Beijing, not ب + كين).
//!
//! What it does *not* do: strip enclitics (possessive pronouns: حكومتها), or stem; the
//! glossary lists the forms it wants matched.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Serialize;

use super::{Category, Glossary};
use crate::normalize;
use crate::span::Span;

/// One occurrence of a glossary entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TermMatch {
    /// The surface form as written, proclitics included, in the original text.
    pub span: Span,
    /// The term itself, without proclitics.
    pub core: Span,
    /// Index into [`Glossary::entries`].
    pub entry: usize,
    /// The stripped proclitics in normalized letters (`و`, `وب`, `ال`, `لل`, …), or empty.
    pub clitics: String,
}

/// One way an entry spelling can be met: its first word's stem, whether the article is
/// required, and the words after the first.
#[derive(Clone, Debug)]
struct Key {
    article: bool,
    rest: Box<[Box<str>]>,
    entry: u32,
    /// Generated inflection (nationality forms): loses to explicit spellings.
    generated: bool,
}

/// A glossary compiled for matching. Build once; share across threads.
#[derive(Clone, Debug)]
pub struct Matcher {
    glossary: Glossary,
    /// First-word stem → keys starting with it, longest first.
    first: HashMap<Box<str>, Vec<Key>, BuildHasherDefault<FxHasher>>,
}

/// Suffixes of feminine, dual and plural nationality adjectives, after the masculine form
/// in `match` normalization (ة is ه there).
const NATIONALITY_SUFFIXES: &[&str] = &["ه", "ان", "ون", "ين", "ات"];

impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        let norm = normalize::matcher();
        let mut first: HashMap<Box<str>, Vec<Key>, BuildHasherDefault<FxHasher>> =
            HashMap::default();
        let mut add = |spelling: &str, entry: usize, generated: bool| {
            let n = norm.normalize_str(spelling);
            let words: Vec<&str> = words(&n).map(|(_, w)| w).collect();
            let Some((&head, rest)) = words.split_first() else {
                return;
            };
            let (stem, article) = match head.strip_prefix("ال") {
                Some(s) if s.chars().count() >= 2 => (s, true),
                _ => (head, false),
            };
            let key = Key {
                article,
                rest: rest.iter().map(|w| Box::<str>::from(*w)).collect(),
                entry: entry as u32,
                generated,
            };
            let keys = first.entry(stem.into()).or_default();
            let same = |k: &Key| k.article == key.article && k.rest == key.rest;
            match keys.iter_mut().find(|k| same(k)) {
                // First loaded wins; an explicit spelling replaces a generated one.
                Some(k) if k.generated && !generated => *k = key,
                Some(_) => {}
                None => keys.push(key),
            }
        };
        for (i, e) in glossary.entries().iter().enumerate() {
            for s in e.spellings() {
                add(s, i, false);
            }
        }
        for (i, e) in glossary.entries().iter().enumerate() {
            if e.category == Category::Nationality {
                for s in e.spellings() {
                    if !s.contains(' ') && s.ends_with('ي') {
                        for suffix in NATIONALITY_SUFFIXES {
                            add(&format!("{s}{suffix}"), i, true);
                        }
                    }
                }
            }
        }
        for keys in first.values_mut() {
            keys.sort_by_key(|k| std::cmp::Reverse(k.rest.len()));
        }
        Matcher {
            glossary: glossary.clone(),
            first,
        }
    }

    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// All matches in `text`, in order, non-overlapping.
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let n = normalize::matcher().normalize(text);
        let norm = n.text.as_str();
        let tokens: Vec<(usize, &str)> = words(norm).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let Some(m) = self.longest_at(norm, &tokens, i) else {
                i += 1;
                continue;
            };
            let (start, word) = tokens[m.first];
            let last = tokens[i + m.words - 1];
            let end = last.0 + last.1.len();
            let core_start = start + m.clitics;
            let surface_start = tokens[i].0;
            let span = n.map.to_original(Span::new(surface_start, end));
            let core = n.map.to_original(Span::new(core_start, end));
            let mut clitics = String::new();
            if m.first != i {
                clitics.push_str(tokens[i].1);
            }
            clitics.push_str(&word[..m.clitics]);
            out.push(TermMatch {
                span,
                core,
                entry: m.entry,
                clitics,
            });
            i += m.words;
        }
        out
    }

    /// The best match starting at token `i` (or at `i + 1` when token `i` is a bare
    /// proclitic glued to the next word by a quotation mark: `ل"داعش"`).
    fn longest_at(&self, norm: &str, tokens: &[(usize, &str)], i: usize) -> Option<Found> {
        let (start, word) = tokens[i];
        let mut best: Option<Found> = None;
        // Try each reading of the word (and of the next, for a glued clitic token).
        let mut consider = |first: usize, glued: usize, r: Reading| {
            let Some(keys) = self.first.get(r.stem) else {
                return;
            };
            let has_article = r.article > 0 || glued_article(&tokens[i].1[..glued]);
            for key in keys {
                if key.article && !has_article {
                    continue;
                }
                let words = 1 + key.rest.len() + (first - i);
                let cost = r.stripped + glued;
                if best.as_ref().is_some_and(|b| {
                    (b.words, std::cmp::Reverse(b.cost)) >= (words, std::cmp::Reverse(cost))
                }) {
                    continue;
                }
                // `الحوار الثنائي` for حوار ثنائي: an adjective agrees in definiteness.
                let definite = r.article > 0 && !key.article;
                if rest_matches(norm, tokens, first, &key.rest, definite) {
                    // The article belongs to a term whose headword has it.
                    let clitics = if key.article {
                        r.stripped - r.article
                    } else {
                        r.stripped
                    };
                    best = Some(Found {
                        first,
                        words,
                        clitics,
                        cost,
                        entry: key.entry as usize,
                    });
                }
            }
        };
        for r in readings(word) {
            consider(i, 0, r);
            if let Some(acc) = accusative(r) {
                consider(i, 0, acc);
            }
        }
        // `ل"داعش"`: a clitic token joined to the next word by a quotation mark or bracket.
        if let Some(&(next_start, next)) = tokens.get(i + 1) {
            let between = &norm[start + word.len()..next_start];
            if is_clitic_chain(word) && !between.is_empty() && between.chars().all(is_glue) {
                for r in readings(next).filter(|r| r.stripped == 0) {
                    consider(i + 1, word.len(), r);
                }
            }
        }
        best
    }

    /// All entries whose spelling (normalized, article and clitics aside) equals `word`:
    /// for `dragoman glossary lookup`.
    pub fn lookup(&self, word: &str) -> Vec<TermMatch> {
        self.find(word)
            .into_iter()
            .filter(|m| m.span.start == 0 && m.span.end == word.len())
            .collect()
    }
}

#[derive(Clone, Copy, Debug)]
struct Found {
    /// Token index of the word that holds the term's first word.
    first: usize,
    /// Tokens covered, a glued clitic token included.
    words: usize,
    /// Bytes of proclitics before the term in its first word.
    clitics: usize,
    /// Letters stripped in all (to prefer the reading that strips fewest).
    cost: usize,
    entry: usize,
}

/// Does a glued clitic token end in the article (`ال"طالبان"`)?
fn glued_article(token: &str) -> bool {
    token.ends_with("ال") || token == "لل" || token.ends_with("لل")
}

/// The indefinite accusative of a reading: `بيانا` (from بياناً) read as بيان.
fn accusative(r: Reading) -> Option<Reading> {
    let stem = r.stem.strip_suffix('ا')?;
    (stem.chars().count() >= 3).then_some(Reading { stem, ..r })
}

/// Does a text word spell `want`: as is, with the accusative alef (مشتركاً), or, when the
/// term's first word took the article, with the article too (الثنائي)?
fn word_matches(word: &str, want: &str, definite: bool) -> bool {
    let word = if definite {
        word.strip_prefix("ال").unwrap_or(word)
    } else {
        word
    };
    word == want || word.strip_suffix('ا') == Some(want)
}

/// Do the tokens after `first` spell `rest`, separated only by spaces, quotes or brackets?
fn rest_matches(
    norm: &str,
    tokens: &[(usize, &str)],
    first: usize,
    rest: &[Box<str>],
    definite: bool,
) -> bool {
    if first + rest.len() >= tokens.len() {
        return false;
    }
    for (k, want) in rest.iter().enumerate() {
        let (prev_start, prev) = tokens[first + k];
        let (start, word) = tokens[first + k + 1];
        let between = &norm[prev_start + prev.len()..start];
        if !word_matches(word, want, definite) || !between.chars().all(|c| c == ' ' || is_glue(c)) {
            return false;
        }
    }
    true
}

/// Characters that may sit between a proclitic or word and the next word of a term.
fn is_glue(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | ')' | '[' | ']' | '“' | '”')
}

/// A token made only of proclitics: و ف ب ك ل and ال in their order (`ل`, `وب`, `ال`, `وال`).
fn is_clitic_chain(word: &str) -> bool {
    readings(word).any(|r| r.stripped == word.len() && r.stem.is_empty())
        || matches!(
            word,
            "ال" | "وال" | "فال" | "بال" | "كال" | "لل" | "ولل" | "فلل" | "وبال" | "فبال"
        )
}

/// One way to read a word as proclitics + stem.
#[derive(Clone, Copy, Debug)]
struct Reading<'w> {
    /// Bytes of proclitics stripped, the article included.
    stripped: usize,
    stem: &'w str,
    /// Bytes of the article among them: 4 for ال, 2 for the ل left of it in لل, else 0.
    article: usize,
}

/// The ways to read a word as proclitics + stem. The unstripped word comes first.
fn readings(word: &str) -> impl Iterator<Item = Reading<'_>> {
    let mut out: Vec<Reading> = Vec::with_capacity(4);
    let mut push = |stripped, stem, article| {
        out.push(Reading {
            stripped,
            stem,
            article,
        })
    };
    push(0, word, 0);
    let letters = |s: &str| s.chars().count();
    for conj in ["", "و", "ف"] {
        let Some(a) = word.strip_prefix(conj) else {
            continue;
        };
        for prep in ["", "ب", "ك", "ل"] {
            let Some(b) = a.strip_prefix(prep) else {
                continue;
            };
            let stripped = word.len() - b.len();
            if stripped > 0 && (b.is_empty() || letters(b) >= 3) {
                push(stripped, b, 0);
            }
            if let Some(c) = b.strip_prefix("ال") {
                if letters(c) >= 2 && prep != "ل" {
                    push(word.len() - c.len(), c, "ال".len());
                }
            }
            // لل: ل + ال with the alef elided (للأمم = ل + الأمم).
            if prep == "ل" {
                if let Some(c) = b.strip_prefix('ل') {
                    if letters(c) >= 2 {
                        push(word.len() - c.len(), c, "ل".len());
                    }
                }
            }
        }
    }
    out.into_iter()
}

/// Words of normalized text: maximal runs of letters, marks and digits, with byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = loop {
            let &(i, c) = rest.peek()?;
            if is_word_char(c) {
                break (i, c);
            }
            rest.next();
        };
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}'
}

/// A small, fast, non-cryptographic hasher (the Fx hash of rustc) for short keys.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.hash = (self.hash.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}
