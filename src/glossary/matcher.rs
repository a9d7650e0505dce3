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
//! How it runs: the text is normalized and split into words once, by the token stage
//! ([`crate::tokens`]); [`Matcher::find_tokens`] reads those words (what lies between two of
//! them is read from the normalized text). A Bloom filter turns away most words before the
//! table of written forms; every written form of a term's first word (stem × proclitics ×
//! the accusative alef, from [`written_forms`]) is expanded at build time, so a word
//! costs one hash lookup.
//!
//! What it does *not* do: strip enclitics (possessive pronouns: حكومتها), or stem; the
//! glossary lists the forms it wants matched.

use serde::Serialize;

use super::{Category, Glossary};
use crate::chars;
use crate::normalize::{self, Normalized};
use crate::span::Span;
use crate::tokens::forms::{is_clitic_chain, written_forms, NATIONALITY_SUFFIXES};
use crate::tokens::{Kind, Lexicon, Token};

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

type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

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
impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        let norm = normalize::matcher();
        let mut first: FxMap<Box<str>, Vec<Key>> = FxMap::default();
        let mut add = |spelling: &str, entry: usize, generated: bool| {
            let n = norm.normalize_str(spelling);
            let words: Vec<&str> = crate::tokens::words(&n).collect();
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
        let mut forms: FxMap<Box<str>, Vec<Form>> = FxMap::default();
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
        Matcher {
            glossary: glossary.clone(),
            keys: all_keys,
            forms: FormTable::new(forms.into_iter().collect()),
        }
    }

    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// All matches in `text`, in order, non-overlapping.
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        self.find_normalized(&normalize::matcher().normalize(text))
    }

    /// [`Matcher::find`] for a text already normalized with the `match` profile (for callers
    /// that need the normalization themselves: normalize once).
    pub fn find_normalized(&self, n: &Normalized) -> Vec<TermMatch> {
        let mut tokens = Vec::with_capacity(n.text.len() / 6);
        crate::tokens::split(
            &n.text,
            Span::new(0, n.text.len()),
            Lexicon::none(),
            &mut tokens,
        );
        self.find_tokens(n, &tokens)
    }

    /// The matches among the tokens of a `match`-normalized text ([`crate::tokens::Tokens::all`],
    /// or any tokens of the token stage with spans in `n.text`, in order).
    pub fn find_tokens(&self, n: &Normalized, tokens: &[Token]) -> Vec<TermMatch> {
        let norm = n.text.as_bytes();
        let words: Vec<Span> = tokens
            .iter()
            .filter(|t| t.kind != Kind::Punct)
            .map(Token::norm)
            .collect();
        let words = TokenWords {
            norm,
            words: &words,
        };
        let mut cursor = n.map.cursor(); // matches come in order
        self.scan(&words, |surface, first, clitics, last| {
            let end = words.words[last].end;
            (
                cursor.to_original(Span::new(words.words[surface].start, end)),
                cursor.to_original(Span::new(words.words[first].start + clitics, end)),
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

/// The words a text is matched on, in `match` normalization (bytes, not `&str`: cutting a
/// `&str` checks both ends for char boundaries, and the token stage knows them already), and
/// what lies between them.
trait Words {
    fn len(&self) -> usize;
    fn word(&self, i: usize) -> &[u8];
    /// The `GAP_*` bits of what lies between word `i - 1` and word `i` (`0 < i < len`).
    fn gap(&self, i: usize) -> u8;
}

/// The words and numbers of the token stage, by their spans in the normalized text. What lies
/// between them is read from the text when asked (rarely: for the words that may start a
/// term).
struct TokenWords<'t> {
    norm: &'t [u8],
    words: &'t [Span],
}

impl Words for TokenWords<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.words.len()
    }

    #[inline]
    fn word(&self, i: usize) -> &[u8] {
        let w = self.words[i];
        &self.norm[w.start..w.end]
    }

    #[inline]
    fn gap(&self, i: usize) -> u8 {
        match &self.norm[self.words[i - 1].end..self.words[i].start] {
            b" " => GAP_SPACE,
            between => text_gap(between),
        }
    }
}

/// What lies between two words, in normalized text: a space (U+0020; spaces in a row are one
/// after normalization), a second space apart from the first, a quotation mark or bracket
/// ([`chars::is_glue`]), anything else.
const GAP_SPACE: u8 = 1;
const GAP_MORE_SPACE: u8 = 2;
const GAP_GLUE: u8 = 4;
const GAP_OTHER: u8 = 8;

/// The `GAP_*` bits of the characters between two words of normalized text (where spaces in
/// a row are one already, so a second space stands apart from the first).
fn text_gap(between: &[u8]) -> u8 {
    String::from_utf8_lossy(between).chars().fold(0, |gap, c| {
        gap | match c {
            ' ' if gap & GAP_SPACE != 0 => GAP_MORE_SPACE,
            ' ' => GAP_SPACE,
            _ if chars::is_glue(c) => GAP_GLUE,
            _ => GAP_OTHER,
        }
    })
}
