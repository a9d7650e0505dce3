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
//! How it runs: [`Matcher::find`] reads most text in one pass that normalizes and splits
//! words together, a table load per character, with spans taken straight from the original;
//! text with a character whose normalization depends on its neighbours (a mark that composes
//! or follows tatweel, a presentation form of a mark) is normalized in full first ([`Matcher::find_normalized`]). The two
//! paths give identical matches: a property test and the glossary benchmark check it.
//!
//! What it does *not* do: strip enclitics (possessive pronouns: حكومتها), or stem; the
//! glossary lists the forms it wants matched.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use serde::Serialize;

use super::{Category, Glossary};
use crate::normalize::{self, Lone, Normalized, Normalizer};
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
    /// The first two bytes of `rest[0]` ([`first_two`]), or 0 when there is no second word or it
    /// is shorter: a cheap first test before [`rest_matches`].
    head: u16,
    entry: u32,
    /// Generated inflection (nationality forms): loses to explicit spellings.
    generated: bool,
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// One way a written word can be the first word of a term: the stem it carries, and how
/// much of the word is proclitics.
#[derive(Clone, Copy, Debug)]
struct Form {
    /// The stem's keys: `Matcher::keys[keys..keys + key_count]` (held here, so that a
    /// match reaches them in one load).
    keys: u32,
    key_count: u32,
    /// Bytes of proclitics, the article included.
    stripped: u8,
    /// Bytes of the article among them: 4 for ال, 2 for the ل left of it in لل, else 0.
    article: u8,
    /// The indefinite accusative alef follows the stem (بياناً).
    accusative: bool,
}

/// A glossary compiled for matching. Build once; share across threads.
///
/// Every written form a term's first word can take (stem × proclitic combinations × the
/// accusative alef) is expanded at build time, so matching costs one hash lookup per word.
#[derive(Clone, Debug)]
pub struct Matcher {
    glossary: Glossary,
    /// Keys, those sharing a first-word stem together, longest first ([`Form::keys`]).
    keys: Vec<Key>,
    /// Written first word → the readings that lead to a stem.
    forms: FormTable,
    /// [`Quick`] classes of U+0000–07FF for the quick path, packed ([`pack`]).
    quick: Box<[u32; 2048]>,
    /// The quick path's inner loop: for the two bytes at a position (as a little-endian
    /// `u16`), the length of a word character of one or two bytes that comes out unchanged,
    /// [`PAIR_FOLD`] for a two-byte letter that folds to another (أ → ا, ة → ه), 0 for
    /// anything else.
    quick_pairs: Box<[u8; 65536]>,
}

/// Written first words and their readings: an open-addressing hash table keyed by a cheap
/// hash of the word's bytes, behind a Bloom filter. A slot holds where its word and forms
/// are, so a lookup that finds its word costs a slot, the word's bytes and its forms: three
/// loads, each a likely cache miss in a table this large.
#[derive(Clone, Debug)]
struct FormTable {
    /// A power of two long, at most half full; `forms_len == 0` marks an empty slot.
    slots: Vec<Slot>,
    /// The words, one after another.
    bytes: Vec<u8>,
    /// The forms of each word, one word's after another.
    forms: Vec<Form>,
    /// A blocked Bloom filter over the words (two bits per word, both in one 64-bit block, so
    /// one load; 2^21 bits = 256 KB, fits in cache): most words of a text are no term's first
    /// word, and it turns them away without touching the large table. A fixed size, so that
    /// indexing it needs no bounds check.
    filter: Box<[u64; 1 << (FILTER_BITS - 6)]>,
}

/// A word of [`FormTable`]: `bytes[word..word + word_len]`, its forms
/// `forms[forms..forms + forms_len]`, and sixteen bits of its hash ([`slot_tag`]). Sixteen
/// bytes; a word may be of any length (a user glossary's, too).
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    tag: u16,
    forms_len: u16,
    word: u32,
    word_len: u32,
    forms: u32,
}

const _: () = assert!(std::mem::size_of::<Slot>() == 16);

const FILTER_BITS: u32 = 21;

/// A hash of a word: its first and last eight bytes (or fewer, overlapping) and its length,
/// mixed by one wide multiplication. Words that share both ends only share a chain.
#[inline]
fn word_hash(w: &[u8]) -> u64 {
    let n = w.len();
    let (a, b) = if let (Some(f), Some(l)) = (w.first_chunk::<8>(), w.last_chunk::<8>()) {
        (u64::from_le_bytes(*f), u64::from_le_bytes(*l))
    } else if let (Some(f), Some(l)) = (w.first_chunk::<4>(), w.last_chunk::<4>()) {
        (
            u64::from(u32::from_le_bytes(*f)),
            u64::from(u32::from_le_bytes(*l)),
        )
    } else if n > 0 {
        (
            u64::from(w[0]) | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1]) << 16,
            0,
        )
    } else {
        (0, 0)
    };
    let x =
        u128::from(a ^ 0x243F_6A88_85A3_08D3) * u128::from(b ^ (n as u64) ^ 0x1319_8A2E_0370_7344);
    (x as u64) ^ ((x >> 64) as u64)
}

impl FormTable {
    fn new(entries: Vec<(Box<str>, Vec<Form>)>) -> FormTable {
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = FormTable {
            slots: vec![Slot::default(); size],
            bytes: Vec::with_capacity(entries.iter().map(|(w, _)| w.len()).sum()),
            forms: Vec::with_capacity(entries.iter().map(|(_, f)| f.len()).sum()),
            filter: vec![0u64; 1 << (FILTER_BITS - 6)]
                .into_boxed_slice()
                .try_into()
                .expect("the filter's size"),
        };
        let small = "the glossary's forms are far fewer than 2^32 bytes";
        for (word, forms) in entries {
            let h = word_hash(word.as_bytes());
            let (block, bits) = filter_bits(h);
            t.filter[block] |= bits;
            let mut pos = h as usize & (size - 1);
            while t.slots[pos].forms_len != 0 {
                pos = (pos + 1) & (size - 1);
            }
            t.slots[pos] = Slot {
                tag: slot_tag(h),
                forms_len: u16::try_from(forms.len()).expect("a word has few forms"),
                word: u32::try_from(t.bytes.len()).expect(small),
                word_len: u32::try_from(word.len()).expect(small),
                forms: u32::try_from(t.forms.len()).expect(small),
            };
            t.bytes.extend_from_slice(word.as_bytes());
            t.forms.extend(forms);
        }
        t
    }

    #[inline(always)]
    fn get(&self, word: &[u8]) -> Option<&[Form]> {
        if self.may_have(word) {
            self.probe(word, word_hash(word))
        } else {
            None
        }
    }

    /// The filter's verdict: false when `word` is surely not in the table. No branch: in a
    /// loop over many words, the filter's cache misses overlap.
    #[inline(always)]
    fn may_have(&self, word: &[u8]) -> bool {
        let (block, bits) = filter_bits(word_hash(word));
        self.filter[block] & bits == bits
    }

    /// The slot search of [`FormTable::get`], for the words the filter lets through.
    #[inline(never)]
    fn probe(&self, word: &[u8], h: u64) -> Option<&[Form]> {
        let mask = self.slots.len() - 1;
        let mut pos = h as usize & mask;
        loop {
            let slot = self.slots[pos];
            if slot.forms_len == 0 {
                return None;
            }
            let at = slot.word as usize;
            if slot.tag == slot_tag(h)
                && slot.word_len as usize == word.len()
                && self.bytes[at..at + word.len()] == *word
            {
                let at = slot.forms as usize;
                return Some(&self.forms[at..at + usize::from(slot.forms_len)]);
            }
            pos = (pos + 1) & mask;
        }
    }
}

/// The [`Slot::tag`] of a word's hash: bits apart from those that pick its slot and its
/// filter block.
#[inline]
fn slot_tag(h: u64) -> u16 {
    (h >> 32) as u16
}

/// The filter block of a word's hash and its two bits there (from hash bits apart from those
/// that pick its slot).
#[inline]
fn filter_bits(h: u64) -> (usize, u64) {
    let block = (h >> (64 - (FILTER_BITS - 6))) as usize;
    (block, 1 << ((h >> 22) & 63) | 1 << ((h >> 28) & 63))
}

/// Suffixes of feminine, dual and plural nationality adjectives, after the masculine form
/// in `match` normalization (ة is ه there).
const NATIONALITY_SUFFIXES: &[&str] = &["ه", "ان", "ون", "ين", "ات"];

impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        let norm = normalize::matcher();
        let mut first: FxMap<Box<str>, Vec<Key>> = HashMap::default();
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
                head: rest
                    .first()
                    .and_then(|w| first_two(w.as_bytes()))
                    .unwrap_or(0),
                entry: entry as u32,
                generated,
            };
            let keys = first.entry(stem.into()).or_default();
            // First loaded wins. A generated form that an explicit spelling also has is kept
            // beside it: the context decides (السعودية: Saudi Arabia, or the adjective).
            let same = |k: &Key| {
                k.article == key.article && k.rest == key.rest && k.generated == key.generated
            };
            if !keys.iter().any(same) {
                keys.push(key);
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
        let mut first: Vec<(Box<str>, Vec<Key>)> = first.into_iter().collect();
        first.sort_by(|a, b| a.0.cmp(&b.0)); // deterministic build
        let mut all_keys = Vec::new();
        let mut forms: FxMap<Box<str>, Vec<Form>> = HashMap::default();
        for (stem, mut keys) in first {
            keys.sort_by_key(|k| std::cmp::Reverse(k.rest.len()));
            let at = u32::try_from(all_keys.len()).expect("fewer than 2^32 keys");
            let count = u32::try_from(keys.len()).expect("fewer than 2^32 keys");
            for (written, stripped, article) in written_forms(&stem) {
                let accusative = article == 0 && !written.ends_with('ا');
                let form = |accusative| Form {
                    keys: at,
                    key_count: count,
                    stripped: stripped as u8,
                    article: article as u8,
                    accusative,
                };
                if accusative {
                    let mut acc = String::with_capacity(written.len() + "ا".len());
                    acc.push_str(&written);
                    acc.push('ا');
                    forms.entry(acc.into()).or_default().push(form(true));
                }
                forms.entry(written.into()).or_default().push(form(false));
            }
            all_keys.extend(keys);
        }
        let mut quick: Box<[u32; 2048]> = vec![0; 2048]
            .into_boxed_slice()
            .try_into()
            .expect("2048 entries");
        for (cp, slot) in quick.iter_mut().enumerate() {
            let c = char::from_u32(cp as u32).expect("U+0000–07FF are chars");
            *slot = pack(quick_class(norm, c), norm.lone_base(c));
        }
        let mut quick_pairs: Box<[u8; 65536]> = vec![0; 65536]
            .into_boxed_slice()
            .try_into()
            .expect("65536 entries");
        for (pair, slot) in quick_pairs.iter_mut().enumerate() {
            let bytes = (pair as u16).to_le_bytes();
            let [b0, b1] = bytes;
            let (cp, len) = match b0 {
                0..=0x7F => (usize::from(b0), 1),
                0xC2..=0xDF if b1 & 0xC0 == 0x80 => {
                    (usize::from(b0 & 0x1F) << 6 | usize::from(b1 & 0x3F), 2)
                }
                _ => continue,
            };
            let entry = quick[cp];
            let out_len = ((entry >> 4) & 3) as usize;
            if entry & KIND != Q_WORD || out_len != len {
                continue;
            }
            let out = (entry >> 8).to_le_bytes();
            *slot = if out[..len] == bytes[..len] {
                out_len as u8
            } else {
                PAIR_FOLD
            };
        }
        Matcher {
            glossary: glossary.clone(),
            keys: all_keys,
            forms: FormTable::new(forms.into_iter().collect()),
            quick,
            quick_pairs,
        }
    }

    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// All matches in `text`, in order, non-overlapping.
    ///
    /// Most text is read in one pass that normalizes and splits words together
    /// ([`Matcher::quick_tokens`]); text with a character whose normalization depends on its
    /// neighbours (other than the harakat) is normalized in full first. Both give the same
    /// matches (a property test checks it).
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        self.find_quick(text)
            .unwrap_or_else(|| self.find_normalized(&normalize::matcher().normalize(text)))
    }

    /// The matches by the quick path ([`Matcher::quick_tokens`]), if it can read `text`.
    fn find_quick(&self, text: &str) -> Option<Vec<TermMatch>> {
        let mut buf = Vec::with_capacity(text.len());
        let mut tokens = Vec::with_capacity(text.len() / 8);
        if !self.quick_tokens(text, &mut buf, &mut tokens) {
            return None;
        }
        let words = QuickWords {
            buf: &buf,
            tokens: &tokens,
        };
        Some(self.scan(&words, |surface, first, clitics, last| {
            let (first, last) = (&tokens[first], &tokens[last]);
            let start = if clitics == 0 || first.plain {
                first.start + clitics
            } else {
                self.quick_offset(text, first.start, clitics)
            };
            (
                Span::new(tokens[surface].start, last.end),
                Span::new(start, last.end),
            )
        }))
    }

    /// [`Matcher::find`] for a text already normalized with the `match` profile (for callers
    /// that need the normalization themselves: normalize once).
    pub fn find_normalized(&self, n: &Normalized) -> Vec<TermMatch> {
        let norm = n.text.as_str();
        let mut tokens = Vec::with_capacity(norm.len() / 8);
        split_words(norm, &mut tokens);
        let words = NormWords {
            norm: norm.as_bytes(),
            tokens: &tokens,
        };
        let mut cursor = n.map.cursor(); // matches come in order
        self.scan(&words, |surface, first, clitics, last| {
            let end = tokens[last].0 + tokens[last].1.len();
            (
                cursor.to_original(Span::new(tokens[surface].0, end)),
                cursor.to_original(Span::new(tokens[first].0 + clitics, end)),
            )
        })
    }

    /// The matches among `words`, leftmost-longest. `locate(surface, first, clitics, last)`
    /// gives a match's span and core span in the original text: it starts at word `surface`
    /// (a glued proclitic, or `first`), its term starts `clitics` normalized bytes into word
    /// `first`, and it ends with word `last`.
    fn scan(
        &self,
        words: &impl Words,
        mut locate: impl FnMut(usize, usize, usize, usize) -> (Span, Span),
    ) -> Vec<TermMatch> {
        let mut out = Vec::new();
        // The filter's verdict on every word first, in a loop that does not branch on it: its
        // cache misses overlap instead of each one stalling the scan.
        let maybe: Vec<bool> = (0..words.len())
            .map(|i| self.forms.may_have(words.word(i)))
            .collect();
        let mut i = 0;
        while i < words.len() {
            // Most words start no term and are no glued proclitic (`ل` in `ل"داعش"`): passed
            // over here, inline.
            let word = words.word(i);
            let forms = if maybe[i] {
                self.forms.probe(word, word_hash(word))
            } else {
                None
            };
            if forms.is_none() && (word.len() > "وبال".len() || !glued_to_next(words, i)) {
                i += 1;
                continue;
            }
            let Some(m) = self.longest_at(words, i, forms) else {
                i += 1;
                continue;
            };
            let (span, core) = locate(i, m.first, m.clitics, i + m.words - 1);
            let mut clitics = Vec::new();
            if m.first != i {
                clitics.extend_from_slice(words.word(i));
            }
            clitics.extend_from_slice(&words.word(m.first)[..m.clitics]);
            out.push(TermMatch {
                span,
                core,
                entry: m.entry,
                // Whole letters of valid UTF-8: the words hold whole characters, and
                // proclitics are whole letters.
                clitics: String::from_utf8_lossy(&clitics).into_owned(),
            });
            i += m.words;
        }
        out
    }

    /// The best match starting at token `i` (or at `i + 1` when token `i` is a bare
    /// proclitic glued to the next word by a quotation mark: `ل"داعش"`).
    /// `forms`: [`Matcher::form`] of token `i`.
    fn longest_at(&self, words: &impl Words, i: usize, forms: Option<&[Form]>) -> Option<Found> {
        let word = words.word(i);
        // Right after a definite noun (same sentence, only a space between), a form that is
        // both a name and an adjective is the adjective: الحكومة السعودية (Saudi), الممالك
        // المسيحية (Christian); but زار السعودية, وقطر والسعودية (Saudi Arabia).
        let after_definite =
            i > 0 && words.word(i - 1).starts_with("ال".as_bytes()) && words.gap(i) == GAP_SPACE;
        let mut best: Option<(Found, bool)> = None;
        let mut consider = |first: usize, glued: &[u8], form: &Form| {
            let has_article = form.article > 0 || glued_article(glued);
            // A second word can only match a word that starts like it, as written or after
            // the article (`word_matches`): keys whose second word starts otherwise are
            // passed over before anything else is computed.
            let next = if first + 1 < words.len() {
                words.word(first + 1)
            } else {
                &[]
            };
            let next_heads = [
                first_two(next),
                next.strip_prefix("ال".as_bytes()).and_then(first_two),
            ];
            let keys = form.keys as usize..(form.keys + form.key_count) as usize;
            for key in &self.keys[keys] {
                if key.article && !has_article {
                    continue;
                }
                if key.head != 0 && !next_heads.contains(&Some(key.head)) {
                    continue;
                }
                let covered = 1 + key.rest.len() + (first - i);
                let cost = form.stripped as usize + glued.len() + usize::from(form.accusative);
                // An adjective takes the article and nothing else (والسعودية is a name).
                let adjective = after_definite && form.stripped == form.article;
                let fits_context = key.generated == adjective;
                let rank = (covered, std::cmp::Reverse(cost), fits_context);
                if best
                    .as_ref()
                    .is_some_and(|(b, ctx)| (b.words, std::cmp::Reverse(b.cost), *ctx) >= rank)
                {
                    continue;
                }
                // `الحوار الثنائي` for حوار ثنائي: an adjective agrees in definiteness.
                let definite = form.article > 0 && !key.article;
                if rest_matches(words, first, &key.rest, definite) {
                    // The article belongs to a term whose headword has it.
                    let clitics = form.stripped as usize
                        - if key.article {
                            form.article as usize
                        } else {
                            0
                        };
                    best = Some((
                        Found {
                            first,
                            words: covered,
                            clitics,
                            cost,
                            entry: key.entry as usize,
                        },
                        fits_context,
                    ));
                }
            }
        };
        for form in forms.into_iter().flatten() {
            consider(i, &[], form);
        }
        if glued_to_next(words, i) {
            if let Some(forms) = self.form(words.word(i + 1)) {
                for form in forms.iter().filter(|f| f.stripped == 0) {
                    consider(i + 1, word, form);
                }
            }
        }
        best.map(|(found, _)| found)
    }

    /// The quick path of [`Matcher::find`]: normalizes and splits `text` in one pass, a
    /// character at a time, into `tokens` (spans in `text`, letters in `words`). False when
    /// the text holds a character whose normalization depends on its neighbours (see
    /// [`Lone`]): then `find` normalizes in full.
    ///
    /// What it gives up on, rather than reproduce [`normalize`]'s rules for clusters: a
    /// combining mark other than harakat after a plain Arabic letter (or after a removed
    /// character such as tatweel, or after a presentation form); presentation forms that
    /// expand to marks, spaces or tatweel.
    fn quick_tokens(&self, text: &str, words: &mut Vec<u8>, tokens: &mut Vec<Token>) -> bool {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let Some(last) = n.checked_sub(1) else {
            return true;
        };
        // Words whose characters all come out at their own length are normalized in place in
        // a copy of the text (folds written over the original letters); the others are
        // written after it.
        words.clear();
        words.extend_from_slice(bytes);
        let pairs = &*self.quick_pairs;

        let mut i = 0;
        let mut gap = 0;
        // The character before was a space (removed characters aside): spaces in a row come
        // out as one.
        let mut after_space = false;
        while i < n {
            // Between words.
            let (entry, len) = self.quick_entry(text, i);
            match entry & KIND {
                Q_WORD | Q_LONG_WORD => {}
                Q_SPACE => {
                    gap |= if gap & GAP_SPACE != 0 && !after_space {
                        GAP_MORE_SPACE
                    } else {
                        GAP_SPACE
                    };
                    after_space = true;
                    i += len;
                    continue;
                }
                kind @ (Q_GLUE | Q_OTHER) => {
                    gap |= if kind == Q_GLUE { GAP_GLUE } else { GAP_OTHER };
                    after_space = false;
                    i += len;
                    continue;
                }
                Q_DROP => {
                    i += len;
                    continue;
                }
                // Harakat on a punctuation mark (،ً) go with it.
                Q_DROP_MARK if self.takes_harakat(text, i) => {
                    i += len;
                    continue;
                }
                _ => return false,
            }
            // A word.
            let start = i;
            let mut end = i;
            // Every character so far came out at its own length.
            let mut same = true;
            loop {
                // Letters of one or two bytes that come out at their own length: one table
                // load each, and a write for a fold.
                let letters = i;
                // (`i < last` keeps `i + 1` in bounds, and lets the compiler see it.)
                while i < last {
                    let Some(&pair) = bytes[i..].first_chunk::<2>() else {
                        break;
                    };
                    match pairs[u16::from_le_bytes(pair) as usize] {
                        step @ (1 | 2) => i += step as usize,
                        PAIR_FOLD => {
                            let cp = usize::from(bytes[i] & 0x1F) << 6
                                | usize::from(bytes[i + 1] & 0x3F);
                            let fold = ((self.quick[cp] >> 8) as u16).to_le_bytes();
                            words[i..i + 2].copy_from_slice(&fold);
                            i += 2;
                        }
                        _ => break,
                    }
                }
                if i > letters {
                    end = i;
                }
                if i >= n {
                    break;
                }
                // Anything else in or after a word.
                let (entry, len) = self.quick_entry(text, i);
                match entry & KIND {
                    // A letter that changes length (٣ → 3), or the text's last byte.
                    Q_WORD => {
                        same &= ((entry >> 4) & 3) as usize == len;
                        i += len;
                        end = i;
                    }
                    Q_LONG_WORD => {
                        same = false;
                        i += len;
                        end = i;
                    }
                    // Harakat after a letter that takes them: the letter's span grows over
                    // them.
                    Q_DROP_MARK if self.takes_harakat(text, i) => {
                        same = false;
                        i += len;
                        end = i;
                    }
                    // A removed character inside or after a word (ZWNJ, tatweel) ends
                    // nothing.
                    Q_DROP => {
                        same = false;
                        i += len;
                    }
                    Q_SPACE | Q_GLUE | Q_OTHER => break,
                    _ => return false,
                }
            }
            let (word_start, word_end) = if same {
                (start, end)
            } else {
                let at = words.len();
                let mut j = start;
                while j < end {
                    let (entry, len) = self.quick_entry(text, j);
                    match entry & KIND {
                        Q_WORD => {
                            let out = (entry >> 8).to_le_bytes();
                            words.extend_from_slice(&out[..((entry >> 4) & 3) as usize]);
                        }
                        Q_LONG_WORD => {
                            let c = text[j..].chars().next().unwrap_or(' ');
                            letters(c, |m| {
                                words.extend_from_slice(m.encode_utf8(&mut [0; 4]).as_bytes())
                            });
                        }
                        _ => {} // removed characters and harakat
                    }
                    j += len;
                }
                (at, words.len())
            };
            tokens.push(Token {
                word_start,
                word_end,
                start,
                end,
                gap,
                plain: same,
            });
            gap = 0;
            after_space = false;
        }
        true
    }

    /// May harakat at byte `i` go: do they follow a letter that takes them
    /// ([`Normalizer::lone_base`]), with only other harakat between?
    ///
    /// Only the character before `i` is looked at: harakat before it were taken already (the
    /// quick path gives up at any it does not take), so walking back over them again would
    /// make a long run of harakat quadratic.
    fn takes_harakat(&self, text: &str, i: usize) -> bool {
        let Some(c) = text[..i].chars().next_back() else {
            return false;
        };
        let Some(&entry) = self.quick.get(c as usize) else {
            return false;
        };
        entry & KIND == Q_DROP_MARK || entry & BASE != 0
    }

    /// The packed [`Quick`] class of the character at byte `i` of `text`, and its length.
    #[inline(always)]
    fn quick_entry(&self, text: &str, i: usize) -> (u32, usize) {
        let bytes = text.as_bytes();
        let b0 = bytes[i];
        if b0 < 0x80 {
            return (self.quick[b0 as usize], 1);
        }
        if b0 < 0xE0 {
            if let Some(&b1) = bytes.get(i + 1) {
                let cp = usize::from(b0 & 0x1F) << 6 | usize::from(b1 & 0x3F);
                return (self.quick[cp], 2);
            }
        }
        quick_entry_slow(text, i)
    }

    #[cfg(test)]
    pub(crate) fn takes_quick_path(&self, text: &str) -> bool {
        self.quick_tokens(text, &mut Vec::new(), &mut Vec::new())
    }

    /// The offset in `text` of the character that makes the normalized byte `k` of the word
    /// starting at `start` (the quick path's tokens carry original spans; a term after
    /// proclitics starts inside one). Inside a ligature (ﻟﻼﺟﺌﻴﻦ: لل + اجئين), the ligature,
    /// as the offset map has it.
    fn quick_offset(&self, text: &str, start: usize, k: usize) -> usize {
        let mut made = 0;
        for (at, c) in text[start..].char_indices() {
            let mut len = 0;
            letters(c, |m| len += m.len_utf8());
            if len > 0 && made + len > k {
                return start + at;
            }
            made += len;
        }
        text.len()
    }

    /// The readings of `word` as a term's first word, if it is one.
    #[inline]
    fn form(&self, word: &[u8]) -> Option<&[Form]> {
        self.forms.get(word)
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

/// What a character of the original text is for the quick path (from [`Normalizer::lone`]
/// and the word test on what it becomes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Quick {
    /// Part of a word, as this character.
    Word(char),
    Space,
    /// A quotation mark or bracket ([`is_glue`]), as it comes out.
    Glue,
    /// Any other character between words.
    Other,
    Drop,
    DropMark,
    /// Its normalization depends on its neighbours.
    Context,
    /// Part of a word, as [`letters`]: a character of three or four bytes (a presentation
    /// form that comes out as letters, among them).
    LongWord,
}

/// The normalized letters a word character comes out as, each given to `out` (none for a
/// character that is not one).
fn letters(c: char, mut out: impl FnMut(char)) {
    if let Some(k) = cached_index(c) {
        return cached().letters[k].iter().copied().for_each(out);
    }
    let n = normalize::matcher();
    match quick_class(n, c) {
        Quick::Word(m) => out(m),
        Quick::LongWord => n.expand(c).into_iter().for_each(out),
        _ => {}
    }
}

/// The three-byte characters the quick path meets most, classified once: general
/// punctuation (U+2000–206F: quotation marks, dashes, marks of direction, ZWNJ) and the Arabic
/// presentation forms (U+FB50–FEFF, in which text copied from PDFs is written). Classifying
/// one from scratch takes Unicode tables, and for a presentation form NFKC.
struct Cached {
    /// Packed [`Quick`] classes ([`pack`]).
    classes: Vec<u32>,
    /// [`letters`] of each.
    letters: Vec<Vec<char>>,
}

/// The blocks of [`Cached`], first and last code points.
const CACHED_BLOCKS: [(u32, u32); 2] = [(0x2000, 0x206F), (0xFB50, 0xFEFF)];

/// Where `c` is in [`Cached`], if it is.
fn cached_index(c: char) -> Option<usize> {
    let cp = c as u32;
    let mut base = 0;
    for (first, last) in CACHED_BLOCKS {
        if (first..=last).contains(&cp) {
            return Some(base + (cp - first) as usize);
        }
        base += (last - first + 1) as usize;
    }
    None
}

fn cached() -> &'static Cached {
    static CACHED: OnceLock<Cached> = OnceLock::new();
    CACHED.get_or_init(|| {
        let n = normalize::matcher();
        let (classes, letters) = CACHED_BLOCKS
            .iter()
            .flat_map(|&(first, last)| first..=last)
            .filter_map(char::from_u32)
            .map(|c| match quick_class(n, c) {
                Quick::Word(m) => (pack(Quick::LongWord, false), vec![m]),
                Quick::LongWord => (pack(Quick::LongWord, false), n.expand(c)),
                q => (pack(q, false), Vec::new()),
            })
            .unzip();
        Cached { classes, letters }
    })
}

fn quick_class(n: &Normalizer, c: char) -> Quick {
    let out = match n.lone(c) {
        Lone::Keep => c,
        Lone::Fold(m) => m,
        Lone::Expand if n.expand(c).into_iter().all(is_word_char) => return Quick::LongWord,
        Lone::Expand => return Quick::Context,
        Lone::Space => return Quick::Space,
        Lone::Drop => return Quick::Drop,
        Lone::DropMark => return Quick::DropMark,
        Lone::Context => return Quick::Context,
    };
    if is_word_char(out) {
        Quick::Word(out)
    } else if is_glue(out) {
        Quick::Glue
    } else {
        Quick::Other
    }
}

/// [`Quick`] packed in a `u32` for the table of the one- and two-byte characters: the kind
/// (`KIND` bits), [`Normalizer::lone_base`] (`BASE`), and for a letter of at most two bytes
/// its length (bits 4–5) and bytes (bits 8–23).
const KIND: u32 = 7;
const Q_CONTEXT: u32 = 0;
const Q_WORD: u32 = 1;
const Q_SPACE: u32 = 2;
const Q_GLUE: u32 = 3;
const Q_OTHER: u32 = 4;
const Q_DROP: u32 = 5;
const Q_DROP_MARK: u32 = 6;
/// A character of three or four bytes in a word (the quick path classifies it again).
const Q_LONG_WORD: u32 = 7;
/// A [`Matcher::quick_pairs`] entry: a two-byte letter with a two-byte fold.
const PAIR_FOLD: u8 = 3;
const BASE: u32 = 8;

/// [`Matcher::quick_entry`] for the characters of three or four bytes.
#[inline(never)]
fn quick_entry_slow(text: &str, i: usize) -> (u32, usize) {
    let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
    if let Some(k) = cached_index(c) {
        return (cached().classes[k], c.len_utf8());
    }
    let q = match quick_class(normalize::matcher(), c) {
        Quick::Word(_) => Quick::LongWord,
        q => q,
    };
    (pack(q, false), c.len_utf8())
}

fn pack(q: Quick, base: bool) -> u32 {
    let kind = match q {
        Quick::Word(c) if c.len_utf8() <= 2 => {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let mut out = [0; 4];
            out[..bytes.len()].copy_from_slice(bytes);
            Q_WORD | (bytes.len() as u32) << 4 | (u32::from_le_bytes(out) << 8)
        }
        Quick::Word(_) | Quick::Context => Q_CONTEXT,
        Quick::LongWord => Q_LONG_WORD,
        Quick::Space => Q_SPACE,
        Quick::Glue => Q_GLUE,
        Quick::Other => Q_OTHER,
        Quick::Drop => Q_DROP,
        Quick::DropMark => Q_DROP_MARK,
    };
    kind | if base { BASE } else { 0 }
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

/// The first two bytes of `word` as a number (Arabic: its first letter), if it has two.
#[inline]
fn first_two(word: &[u8]) -> Option<u16> {
    word.first_chunk::<2>().map(|b| u16::from_le_bytes(*b))
}

/// Does a glued clitic token end in the article (`ال"طالبان"`)?
fn glued_article(token: &[u8]) -> bool {
    token.ends_with("ال".as_bytes()) || token.ends_with("لل".as_bytes())
}

/// Does a text word spell `want`: as is, with the accusative alef (مشتركاً), or, when the
/// term's first word took the article, with the article too (الثنائي)?
fn word_matches(word: &[u8], want: &str, definite: bool) -> bool {
    let word = if definite {
        word.strip_prefix("ال".as_bytes()).unwrap_or(word)
    } else {
        word
    };
    let want = want.as_bytes();
    word == want || word.strip_suffix("ا".as_bytes()) == Some(want)
}

/// Do the words after `first` spell `rest`, separated only by spaces, quotes or brackets?
fn rest_matches(words: &impl Words, first: usize, rest: &[Box<str>], definite: bool) -> bool {
    first + rest.len() < words.len()
        && rest.iter().enumerate().all(|(k, want)| {
            let i = first + 1 + k;
            word_matches(words.word(i), want, definite) && words.gap(i) & GAP_OTHER == 0
        })
}

/// `ل"داعش"`: is word `i` a clitic joined to the next word by quotation marks or brackets
/// only?
#[inline]
fn glued_to_next(words: &impl Words, i: usize) -> bool {
    i + 1 < words.len() && words.gap(i + 1) == GAP_GLUE && is_clitic_chain(words.word(i))
}

/// Characters that may sit between a proclitic or word and the next word of a term.
fn is_glue(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | ')' | '[' | ']' | '“' | '”')
}

/// A token made only of proclitics: و ف ب ك ل and ال in their order (`ل`, `وب`, `ال`, `وال`).
fn is_clitic_chain(word: &[u8]) -> bool {
    const CHAINS: &[&str] = &[
        "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل", "ال", "وال", "فال", "بال",
        "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال", "فكال",
    ];
    CHAINS.iter().any(|c| c.as_bytes() == word)
}

/// The written forms of a term's first word with stem `stem`: `(form, bytes of proclitics,
/// bytes of the article among them)`. Conjunction و ف, then preposition ب ك ل, then the
/// article ال (لل: ل + ال with the alef elided). Without the article a stripped stem keeps at
/// least three letters (وطن is never و + طن); with it, at least two.
fn written_forms(stem: &str) -> Vec<(String, usize, usize)> {
    let letters = stem.chars().count();
    // `parts` joined: cheaper than `format!` (the build makes ~100,000 of these).
    let join = |parts: &[&str]| {
        let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        parts.iter().for_each(|p| s.push_str(p));
        s
    };
    let mut out = vec![(stem.to_string(), 0, 0)];
    for conj in ["", "و", "ف"] {
        for prep in ["", "ب", "ك", "ل"] {
            let clitics = conj.len() + prep.len();
            if clitics > 0 && letters >= 3 {
                out.push((join(&[conj, prep, stem]), clitics, 0));
            }
            if letters >= 2 {
                if prep == "ل" {
                    out.push((
                        join(&[conj, "لل", stem]),
                        conj.len() + "لل".len(),
                        "ل".len(),
                    ));
                } else {
                    out.push((
                        join(&[conj, prep, "ال", stem]),
                        clitics + "ال".len(),
                        "ال".len(),
                    ));
                }
            }
        }
    }
    out
}

/// Words of normalized text: maximal runs of letters, marks and digits, with byte offsets.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip to the first word character, then take the run.
        let start = loop {
            if i >= bytes.len() {
                return None;
            }
            let (is_word, len) = word_char_at(text, i);
            if is_word {
                break i;
            }
            i += len;
        };
        while i < bytes.len() {
            let (is_word, len) = word_char_at(text, i);
            if !is_word {
                break;
            }
            i += len;
        }
        Some((start, &text[start..i]))
    })
}

/// The words a text is matched on, in `match` normalization (bytes, not `&str`: cutting a
/// `&str` checks both ends for char boundaries, and the splitters know them already), and
/// what lies between them: [`NormWords`] for normalized text, [`QuickWords`] for the quick
/// path.
trait Words {
    fn len(&self) -> usize;
    fn word(&self, i: usize) -> &[u8];
    /// The `GAP_*` bits of what lies between word `i - 1` and word `i` (`0 < i < len`).
    fn gap(&self, i: usize) -> u8;
}

/// Words of normalized text: byte offset and bytes, from [`split_words`]. What lies between
/// them is read from the text when asked (rarely: for the words that may start a term).
struct NormWords<'t> {
    norm: &'t [u8],
    tokens: &'t [(usize, &'t [u8])],
}

impl Words for NormWords<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    fn word(&self, i: usize) -> &[u8] {
        self.tokens[i].1
    }

    #[inline]
    fn gap(&self, i: usize) -> u8 {
        let (prev_start, prev) = self.tokens[i - 1];
        match &self.norm[prev_start + prev.len()..self.tokens[i].0] {
            b" " => GAP_SPACE,
            between => text_gap(between),
        }
    }
}

/// The quick path's words: their letters in `buf`, their spans in the original text.
struct QuickWords<'t> {
    buf: &'t [u8],
    tokens: &'t [Token],
}

impl Words for QuickWords<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    fn word(&self, i: usize) -> &[u8] {
        &self.buf[self.tokens[i].word_start..self.tokens[i].word_end]
    }

    #[inline]
    fn gap(&self, i: usize) -> u8 {
        self.tokens[i].gap
    }
}

/// A word of the quick path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Token {
    /// Its letters in `match` normalization: `buf[word_start..word_end]` of the quick path's
    /// word buffer.
    word_start: usize,
    word_end: usize,
    /// Its byte span in the original text.
    start: usize,
    end: usize,
    /// What separates it from the word before it (`GAP_*` bits; 0 for the first word).
    gap: u8,
    /// Every character of the word came out at its own length (so an offset into the
    /// normalized word is the same offset into the original).
    plain: bool,
}

/// What lies between two words, in normalized text: a space (U+0020; spaces in a row are one
/// after normalization), a second space apart from the first, a quotation mark or bracket
/// ([`is_glue`]), anything else.
const GAP_SPACE: u8 = 1;
const GAP_MORE_SPACE: u8 = 2;
const GAP_GLUE: u8 = 4;
const GAP_OTHER: u8 = 8;

/// [`words`], appended to `out`: one pass over the bytes (the matcher's hot loop; not
/// inlined, so that its loops keep their registers).
///
/// Sixteen bytes at a time: when a block holds only ASCII and the Arabic characters of
/// U+0620–0669 (letters, tatweel, harakat, digits: all word characters), its word bytes are
/// one bit mask ([`block_words`]) and the words' starts and ends are read off its edges.
/// Other blocks, and the tail, go a character at a time: ASCII and two-byte characters by
/// table, the rest decoded.
#[inline(never)]
fn split_words<'t>(text: &'t str, out: &mut Vec<(usize, &'t [u8])>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let pairs = word_pairs();
    // Inside a word since `start`?
    let mut in_word = false;
    let mut start = 0;
    let mut i = 0;
    while i < n {
        // A block reads one byte past its end (the second byte of a character at its last
        // byte).
        if let Some(window) = bytes.get(i..i + BLOCK + 1) {
            let window: &[u8; BLOCK + 1] = window.try_into().expect("17 bytes");
            if let Some(Block { words, width }) = block_words(window) {
                // Bit k of `edges`: byte i + k starts or ends a word.
                let before = words << 1 | u32::from(in_word);
                let mut edges = (words ^ before) & ((1 << width) - 1);
                while edges != 0 {
                    let k = edges.trailing_zeros() as usize;
                    if in_word {
                        out.push((start, &bytes[start..i + k]));
                    } else {
                        start = i + k;
                    }
                    in_word = !in_word;
                    edges &= edges - 1;
                }
                i += width;
                continue;
            }
        }
        // A character at a time to the end of the block or of the text (and through the
        // character that crosses the block's end).
        let stop = (i + BLOCK).min(n);
        while i < stop {
            let (is_word, len) = char_class(pairs, text, i);
            if is_word != in_word {
                if in_word {
                    out.push((start, &bytes[start..i]));
                } else {
                    start = i;
                }
                in_word = is_word;
            }
            i += len;
        }
    }
    if in_word {
        out.push((start, &bytes[start..]));
    }
}

/// Whether the character at byte `i` is a word character, and its length: ASCII and the
/// two-byte characters from [`word_pairs`], others decoded.
#[inline(always)]
fn char_class(pairs: &[u8; 65536], text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    if let Some(pair) = bytes[i..].first_chunk::<2>() {
        let entry = u32::from(pairs[u16::from_le_bytes(*pair) as usize]);
        if entry != 0 {
            let word = (entry >> WORD) & 0xF;
            let len = if word != 0 { word } else { entry >> NON_WORD };
            return (word != 0, len as usize);
        }
    }
    word_char_at(text, i)
}

/// Bytes per block of [`split_words`].
const BLOCK: usize = 16;

/// A block of [`block_words`]: bit k of `words` is set when byte k is part of a word
/// character; the block's characters end at byte `width` (15 when a two-byte character
/// starts at byte 15).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Block {
    words: u32,
    width: usize,
}

/// The word bytes of the first sixteen bytes of `window` (a character boundary, in valid
/// UTF-8), when every character starting there is ASCII or U+0620–0669 (lead byte D8
/// followed by A0–BF, or D9 followed by 80–A9); `None` for any other character. The
/// seventeenth byte is read for a character that starts at byte 15.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn block_words(window: &[u8; BLOCK + 1]) -> Option<Block> {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of the x86_64 baseline, so these intrinsics are always available;
    // the two loads read bytes 0–15 and 1–16 of the 17-byte window, and `loadu` needs no
    // alignment.
    unsafe {
        let x = _mm_loadu_si128(window.as_ptr().cast());
        let next = _mm_loadu_si128(window.as_ptr().add(1).cast());
        // `v` in lo..=hi, unsigned: v - lo, wrapping, is at most hi - lo.
        let within = |v: __m128i, lo: u8, hi: u8| {
            let d = _mm_sub_epi8(v, _mm_set1_epi8(lo as i8));
            _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8((hi - lo) as i8)), d)
        };
        let digit = within(x, b'0', b'9');
        let letter = within(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z');
        let lead = within(x, 0xC0, 0xFF);
        let d8 = _mm_and_si128(
            _mm_cmpeq_epi8(x, _mm_set1_epi8(0xD8_u8 as i8)),
            within(next, 0xA0, 0xBF),
        );
        let d9 = _mm_and_si128(
            _mm_cmpeq_epi8(x, _mm_set1_epi8(0xD9_u8 as i8)),
            within(next, 0x80, 0xA9),
        );
        let other_lead = _mm_andnot_si128(_mm_or_si128(d8, d9), lead);
        if _mm_movemask_epi8(other_lead) != 0 {
            return None;
        }
        // Every byte of 80–FF here belongs to a word character; of ASCII, the alphanumerics.
        let high = _mm_movemask_epi8(x) as u32;
        let alnum = _mm_movemask_epi8(_mm_or_si128(digit, letter)) as u32;
        let last_is_lead = _mm_movemask_epi8(lead) as u32 >> 15;
        Some(Block {
            words: high | alnum,
            width: BLOCK - last_is_lead as usize,
        })
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn block_words(window: &[u8; BLOCK + 1]) -> Option<Block> {
    block_words_portable(window)
}

/// [`block_words`] a byte at a time: the fallback off x86_64, and the reference in tests.
#[cfg_attr(all(target_arch = "x86_64", not(test)), allow(dead_code))]
fn block_words_portable(window: &[u8; BLOCK + 1]) -> Option<Block> {
    let mut words = 0;
    for k in 0..BLOCK {
        let (b, next) = (window[k], window[k + 1]);
        let known = match b {
            0xD8 => (0xA0..=0xBF).contains(&next),
            0xD9 => (0x80..=0xA9).contains(&next),
            _ => b < 0xC0,
        };
        if !known {
            return None;
        }
        if b >= 0x80 || b.is_ascii_alphanumeric() {
            words |= 1 << k;
        }
    }
    let width = if window[BLOCK - 1] >= 0xC0 {
        BLOCK - 1
    } else {
        BLOCK
    };
    Some(Block { words, width })
}

/// The `GAP_*` bits of the characters between two words of normalized text (where spaces in
/// a row are one already, so a second space stands apart from the first).
fn text_gap(between: &[u8]) -> u8 {
    String::from_utf8_lossy(between).chars().fold(0, |gap, c| {
        gap | match c {
            ' ' if gap & GAP_SPACE != 0 => GAP_MORE_SPACE,
            ' ' => GAP_SPACE,
            _ if is_glue(c) => GAP_GLUE,
            _ => GAP_OTHER,
        }
    })
}

/// [`word_pairs`] entries: the length of a word character (low nibble), of a non-word
/// character (high nibble); 0 and 0 for the three- and four-byte characters.
const WORD: u32 = 0;
const NON_WORD: u32 = 4;

/// [`is_word_char`] for the one- and two-byte characters, by the two bytes that start them
/// (read as a little-endian `u16`: `b1 << 8 | b0`): one table load per character for the word splitter.
fn word_pairs() -> &'static [u8; 65536] {
    static TABLE: OnceLock<Box<[u8; 65536]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Box<[u8; 65536]> = vec![0; 65536]
            .into_boxed_slice()
            .try_into()
            .expect("65536 entries");
        let class = |c: char| {
            let kind = if is_word_char(c) { WORD } else { NON_WORD };
            (c.len_utf8() as u8) << kind
        };
        for b0 in 0..0x80usize {
            let c = class(b0 as u8 as char);
            for b1 in 0..0x100 {
                t[b1 << 8 | b0] = c;
            }
        }
        for cp in 0x80..0x800u32 {
            let c = char::from_u32(cp).expect("U+0080–07FF are chars");
            t[(0x80 | cp as usize & 0x3F) << 8 | (0xC0 | cp as usize >> 6)] = class(c);
        }
        t
    })
}

/// [`block_words`] for the tests: the SSE2 (or portable) result and the portable one.
#[cfg(test)]
pub(crate) fn block_words_for_tests(window: &[u8; 17]) -> [Option<(u32, usize)>; 2] {
    let pick = |b: Option<Block>| b.map(|b| (b.words, b.width));
    [
        pick(block_words(window)),
        pick(block_words_portable(window)),
    ]
}

#[cfg(test)]
pub(crate) fn split_words_for_tests<'t>(text: &'t str, out: &mut Vec<(usize, &'t str)>) {
    let mut tokens = Vec::new();
    split_words(text, &mut tokens);
    out.extend(
        tokens
            .iter()
            .map(|&(start, w)| (start, &text[start..start + w.len()])),
    );
}

/// Is the character at byte `i` a word character, and how long is it? ASCII and the Arabic
/// letters (two bytes, D8–D9) are answered without decoding.
#[inline]
fn word_char_at(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), 1);
    }
    if (b == 0xD8 || b == 0xD9) && i + 1 < bytes.len() {
        let cp = 0x600 + (((b as u32) & 0x03) << 6 | (bytes[i + 1] as u32 & 0x3F));
        if (0x0621..=0x064A).contains(&cp) {
            return (true, 2);
        }
    }
    // General Punctuation U+2000–203F (E2 80 xx: dashes, quotes, …, spaces and marks of
    // direction) has no word character.
    if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
        return (false, 3);
    }
    let c = text[i..].chars().next().expect("i is on a char boundary");
    (is_word_char(c), c.len_utf8())
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
