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
//! * Word forms (tables in [`crate::tokens::forms`]): terms and titles take possessive
//!   suffixes (حكومتها; ة is ت before one; after another letter only in multi-word terms:
//!   أمننا القومي); multi-word terms and titles take the construct and indefinite forms (وزير
//!   خارجية فرنسا, حرب أهلية, وقف إطلاق نار) and a ل-genitive, after at most one nisba
//!   adjective (وقف فوري لإطلاق النار); a two-letter first word of a multi-word name takes
//!   proclitics (وتل أبيب); spellings are folded where safe (ديموقراطي/ديمقراطي, جونغ/جونج).
//!   Person, place and month names written without the article never match with it (الكابل
//!   is not Kabul), and no name takes the accusative alef (كانوا is not Kano), nor a word
//!   in ة (no alef follows ة: قادها "led it" is no قادة + ا).
//! * Sense guards ([`crate::glossary::guard`]): an entry's guard is checked at every match;
//!   a match that fails it is no match (another reading of the words may still be one). A
//!   `forbidden` entry never matches.
//!
//! How it runs: the text is normalized and split into words once, by the token stage
//! ([`crate::tokens`]); [`Matcher::find_tokens`] reads those words (what lies between two of
//! them is read from the normalized text). A Bloom filter turns away most words before the
//! table of written forms; every written form of a term's first word (proclitics from
//! [`crate::tokens::forms::proclitics_of`] × stem × the accusative alef) is expanded at build
//! time, so a word costs one hash lookup. Through [`Extractor::analyze`](crate::Extractor::analyze)
//! the token stage looks each distinct word up once a thread ([`Matcher::find_tokens_ids`]).
//!
//! What it does *not* do: stem, strip enclitics from verbs, or look at syntax beyond the
//! next and previous words; the glossary lists the forms it wants matched.

use serde::Serialize;

mod heads;
mod letters;
mod next;
mod readings;
mod rules;
mod senses;
mod table;
mod words;
mod written;

use self::next::{ends_like, first_two, last_two, stem_heads, word_ends};
pub use self::readings::Reading;
use self::rules::{folded_spellings, rest_matches, CompiledGuard, Rest};
use self::table::{word_hash, FormTable};
use self::words::{glued_article, glued_to_next, TokenWords, Words, GAP_SPACE};
use super::{Category, Glossary, Status};
use crate::normalize::{self, Normalized};
use crate::span::Span;
use crate::tokens::forms::{
    DUAL_SUFFIXES, FEMININE_SUFFIXES, NATIONALITY_SUFFIXES, PLURAL_SUFFIXES,
};
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
    /// The first letter of `rest[0]` without its article ([`first_two`]), or 0 when there is no
    /// second word or no letter after the article: a cheap first test before
    /// [`rest_matches`], which only accepts a next word that starts with it once the article,
    /// ل or لل is taken off ([`stem_heads`]).
    head: u16,
    /// With `head`: the last letter of `rest[0]` and its length in bytes, the article aside. A
    /// next word that spells it ends in that letter, before an accusative alef or not, and is
    /// as long but for a proclitic or article ([`ends_like`]): the second cheap test.
    tail: u16,
    core_len: u32,
    entry: u32,
    /// Generated inflection (nationality forms): loses to explicit spellings.
    generated: bool,
    /// `KEY_*` bits.
    flags: u8,
    /// `AVOID_*` bits: what in a written form or its context turns this key away (derived from
    /// `flags`, `article` and the guard, so that the matcher tests them with one mask).
    avoid: u8,
    /// 1 + index into [`Matcher::guards`], or 0: no guard.
    guard: u32,
}

/// [`Key::avoid`] bits, each a property of the written form or its context that the key does
/// not take: a possessive suffix (the key is no common noun), a form for multi-word keys only
/// (it has one word), a two-letter stem with proclitics (it is no multi-word name), an
/// article the text adds (a bare name, [`KEY_BARE_NAME`]), the accusative alef (a name), no
/// article at all (its headword has the article and it has no indefinite form), an article
/// the text adds while guards are checked (its guard says `no-article`).
const AVOID_POSSESSIVE: u8 = 1;
const AVOID_MULTI_ONLY: u8 = 2;
const AVOID_SHORT: u8 = 4;
const AVOID_ADDED_ARTICLE: u8 = 8;
const AVOID_ACCUSATIVE: u8 = 16;
const AVOID_NO_ARTICLE: u8 = 32;
const AVOID_ADDED_ARTICLE_GUARDED: u8 = 64;

/// Does the first word of `spelling` (as written) end in ة?
fn first_word_in_marbuta(spelling: &str) -> bool {
    spelling.split(' ').next().is_some_and(|w| w.ends_with('ة'))
}

impl Key {
    /// The [`Key::avoid`] bits of a key with these fields; `no_article`: its guard says
    /// `no-article`.
    fn avoid_bits(article: bool, one_word: bool, flags: u8, no_article: bool) -> u8 {
        let flex = flags & KEY_FLEX != 0;
        let bit = |on: bool, b: u8| if on { b } else { 0 };
        bit(flags & KEY_COMMON == 0, AVOID_POSSESSIVE)
            | bit(one_word, AVOID_MULTI_ONLY)
            | bit(flags & KEY_MULTI_NAME == 0, AVOID_SHORT)
            | bit(flags & KEY_BARE_NAME != 0, AVOID_ADDED_ARTICLE)
            | bit(flags & KEY_NAME != 0, AVOID_ACCUSATIVE)
            | bit(
                article && !(flex && flags & KEY_ALL_DEFINITE != 0),
                AVOID_NO_ARTICLE,
            )
            | bit(no_article, AVOID_ADDED_ARTICLE_GUARDED)
    }
}

/// A common noun or title (category term or title): takes possessive suffixes.
const KEY_COMMON: u8 = 1;
/// A common noun phrase of several words: may take the construct, indefinite and ل-genitive
/// forms ([`Rest::Bare`], [`Rest::Lam`]).
const KEY_FLEX: u8 = 2;
/// A word after the first has the article.
const KEY_REST_ARTICLE: u8 = 4;
/// Every word after the first has the article (an adjective phrase: الحرب الأهلية).
const KEY_ALL_DEFINITE: u8 = 8;
/// A person, place or month name written without the article: the text may not add one
/// (الكابل "the cable" is not كابل Kabul, الأب "the father" is not آب August).
const KEY_BARE_NAME: u8 = 16;
/// A name of several words (person, place, org, group, event): its first word may take
/// proclitics even when it has two letters (وتل أبيب).
const KEY_MULTI_NAME: u8 = 32;
/// A name (person, place, org, group, event, month, weekday): takes no accusative alef
/// (عدنا "we returned" is not عدن + ا, كانوا "they were" not كانو + ا).
const KEY_NAME: u8 = 64;

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
    /// `FORM_*` bits, or 0 for proclitics of [`crate::tokens::forms::proclitics_of`] and the stem.
    kind: u8,
}

/// The stem with a possessive suffix (أسلحتها): definite, for common nouns only.
const FORM_POSSESSIVE: u8 = 1;
/// With [`FORM_POSSESSIVE`], a stem without ta marbuta (أمن + نا): the suffixed word is often
/// another word (ذهبنا "we went", not ذهب + نا), so for multi-word keys only (أمننا القومي).
const FORM_MULTI_ONLY: u8 = 4;
/// A two-letter stem with proclitics (وتل): for multi-word keys only.
const FORM_SHORT: u8 = 2;
/// ل + the article before a stem in ل, written with two lams (للجنة = ل + اللجنة): the
/// article is there though no letter of it is (`stripped` counts the proclitics before the
/// stem's own ل, `article` is 0).
const FORM_LAM_ARTICLE: u8 = 8;

/// A glossary compiled for matching. Build once; share across threads.
///
/// Every written form a term's first word can take (stem × proclitic combinations × the
/// accusative alef × possessive suffixes) is expanded at build time, so matching costs one
/// hash lookup per word.
#[derive(Clone, Debug)]
pub struct Matcher {
    glossary: Glossary,
    /// Keys, those sharing a first-word stem together, longest first ([`Form::keys`]).
    keys: Vec<Key>,
    /// Written first word → the readings that lead to a stem.
    forms: FormTable,
    /// The entries' guards that restrict matching ([`Key::guard`]).
    guards: Vec<CompiledGuard>,
    /// Each entry's category, one byte an entry: read for every match by the fact rules
    /// ([`Matcher::category`]), where the entry itself is a cache miss.
    categories: Box<[Category]>,
    /// Each entry's `head` flag (a generic head noun), one byte an entry: read for every
    /// match by [`Matcher::drop_head_nouns`], for the same reason.
    head_nouns: Box<[bool]>,
    /// The entries' spellings as letters, for [`Matcher::drop_folded_letters`].
    letters: letters::Letters,
    /// Names what [`Matcher::first_word`] gives, for memos of it ([`crate::tokens::next_id`]).
    id: u64,
}

impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        Matcher::from_glossary(glossary.clone())
    }

    /// [`Matcher::new`] for a glossary the caller has no more use for: kept, not copied.
    pub fn from_glossary(glossary: Glossary) -> Matcher {
        let (keys, forms, guards) = Matcher::compile(&glossary);
        let categories = glossary.entries().iter().map(|e| e.category).collect();
        let head_nouns = glossary.entries().iter().map(|e| e.guard.head).collect();
        let letters = letters::Letters::new(&glossary);
        Matcher {
            glossary,
            keys,
            forms,
            guards,
            categories,
            head_nouns,
            letters,
            id: crate::tokens::next_id(),
        }
    }

    /// The keys, written forms and guards of `glossary`.
    fn compile(glossary: &Glossary) -> (Vec<Key>, FormTable, Vec<CompiledGuard>) {
        let norm = normalize::matcher();
        let mut first: FxMap<Box<str>, Vec<Key>> = FxMap::default();
        let mut guards = Vec::new();
        let mut guard_of = vec![0u32; glossary.len()];
        for (i, e) in glossary.entries().iter().enumerate() {
            if let Some(g) = CompiledGuard::new(&e.guard) {
                guards.push(g);
                guard_of[i] = u32::try_from(guards.len()).expect("fewer than 2^32 guards");
            }
        }
        // `n`: a spelling in `match` normalization.
        // `hamza_lam`: the spelling begins with أل/إل/آل (ألمانيا، ألف، إلكتروني), whose alef
        // and lam are the word's own, not the article's, although folding makes them ال.
        // `marbuta`: its first word ends in ة, which the fold makes ه: no accusative alef
        // follows ة (the accusative is ةً), so such a word in ها is another word with the
        // pronoun suffix ها (قادها "led it" is no قادة + ا, محافظها "its governor" no محافظة).
        let mut add = |n: &str, entry: usize, generated: bool, hamza_lam: bool, marbuta: bool| {
            let e = &glossary.entries()[entry];
            let words: Vec<&str> = crate::tokens::words(n).collect();
            let Some((&head, rest)) = words.split_first() else {
                return;
            };
            let (stem, article) = match head.strip_prefix("ال") {
                Some(s) if s.chars().count() >= 2 && !hamza_lam => (s, true),
                _ => (head, false),
            };
            let common = matches!(e.category, Category::Term | Category::Title);
            let has_article = |w: &&str| w.starts_with("ال") && w.chars().count() >= 4;
            let mut flags = 0;
            if common {
                flags |= KEY_COMMON;
                if !rest.is_empty() {
                    flags |= KEY_FLEX;
                }
            }
            if rest.iter().any(has_article) {
                flags |= KEY_REST_ARTICLE;
            }
            if !rest.is_empty() && rest.iter().all(has_article) {
                flags |= KEY_ALL_DEFINITE;
            }
            if !article
                && matches!(
                    e.category,
                    Category::Person | Category::Place | Category::Month
                )
            {
                flags |= KEY_BARE_NAME;
            }
            let name = matches!(
                e.category,
                Category::Person
                    | Category::Place
                    | Category::Org
                    | Category::Group
                    | Category::Event
            );
            if name && !rest.is_empty() {
                flags |= KEY_MULTI_NAME;
            }
            if name || matches!(e.category, Category::Month | Category::Weekday) {
                flags |= KEY_NAME;
            }
            let no_article = guard_of[entry] != 0 && e.guard.no_article;
            // The second word without its article.
            let core = rest
                .first()
                .map(|w| w.strip_prefix("ال").unwrap_or(w).as_bytes());
            let key = Key {
                avoid: Key::avoid_bits(article, rest.is_empty(), flags, no_article)
                    | if marbuta { AVOID_ACCUSATIVE } else { 0 },
                article,
                rest: rest.iter().map(|w| Box::<str>::from(*w)).collect(),
                head: core.and_then(first_two).unwrap_or(0),
                tail: core.and_then(last_two).unwrap_or(0),
                core_len: core.map_or(0, |c| {
                    u32::try_from(c.len()).expect("a glossary word is under 4 GiB")
                }),
                entry: entry as u32,
                generated,
                flags,
                guard: guard_of[entry],
            };
            // (No new `Box<str>` for a stem seen before.)
            let keys = match first.get_mut(stem) {
                Some(keys) => keys,
                None => first.entry(stem.into()).or_default(),
            };
            // First loaded wins. A generated form that an explicit spelling also has is kept
            // beside it: the context decides (السعودية: Saudi Arabia, or the adjective).
            // So is a title beside the name it quotes (`quoted` / `not-quoted`: «الشرق الأوسط»
            // the daily, الشرق الأوسط the region): the quotation marks decide.
            let quote_apart = |k: &Key| {
                let g = &glossary.entries()[k.entry as usize].guard;
                (g.quoted && e.guard.not_quoted) || (g.not_quoted && e.guard.quoted)
            };
            let same = |k: &Key| {
                k.article == key.article
                    && k.rest == key.rest
                    && k.generated == key.generated
                    && !quote_apart(k)
            };
            if !keys.iter().any(same) {
                keys.push(key);
            }
        };
        let live = |e: &&super::Entry| e.status() != Status::Forbidden;
        for (i, e) in glossary
            .entries()
            .iter()
            .enumerate()
            .filter(|(_, e)| live(e))
        {
            for s in e.spellings() {
                let n = norm.normalize_str(s);
                let hamza_lam = starts_with_hamza_lam(s);
                let marbuta = first_word_in_marbuta(s);
                add(&n, i, false, hamza_lam, marbuta);
                for v in folded_spellings(&n) {
                    add(&norm.normalize_str(&v), i, false, hamza_lam, marbuta);
                }
            }
            // Declared inflections of a one-word headword (`forms:` in the guard).
            let f = e.guard.forms;
            if f.any() {
                let n = norm.normalize_str(&e.arabic);
                if !n.contains(' ') {
                    let suffixes = [
                        (f.dual, &DUAL_SUFFIXES),
                        (f.plural, &PLURAL_SUFFIXES),
                        (f.feminine && !n.ends_with('ه'), &FEMININE_SUFFIXES),
                    ];
                    for (_, list) in suffixes.iter().filter(|(on, _)| *on) {
                        for suffix in list.iter() {
                            let base = n.strip_suffix('ه').map_or(n.clone(), |s| format!("{s}ت"));
                            let base = if *suffix == "ه" { &n } else { &base };
                            let form = norm.normalize_str(&format!("{base}{suffix}"));
                            // The feminine suffix ه is the fold of ة.
                            let marbuta = *suffix == "ه";
                            add(&form, i, false, starts_with_hamza_lam(&e.arabic), marbuta);
                        }
                    }
                }
            }
        }
        for (i, e) in glossary
            .entries()
            .iter()
            .enumerate()
            .filter(|(_, e)| live(e))
        {
            if e.category == Category::Nationality {
                for s in e.spellings() {
                    if !s.contains(' ') && s.ends_with('ي') {
                        for suffix in NATIONALITY_SUFFIXES {
                            let form = norm.normalize_str(&format!("{s}{suffix}"));
                            let marbuta = suffix == "ه"; // سورية: the fold of ة
                            add(&form, i, true, starts_with_hamza_lam(s), marbuta);
                        }
                    }
                }
            }
        }
        let mut first: Vec<(Box<str>, Vec<Key>)> = first.into_iter().collect();
        first.sort_unstable_by(|a, b| a.0.cmp(&b.0)); // deterministic build (stems are distinct)
        let (stems, key_lists): (Vec<Box<str>>, Vec<Vec<Key>>) = first.into_iter().unzip();
        let (all_keys, forms) = written::forms(&stems, key_lists);
        (all_keys, FormTable::new(forms), guards)
    }

    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// The category of entry `entry` (an index into [`Glossary::entries`]), without reading
    /// the entry.
    #[inline]
    pub(crate) fn category(&self, entry: usize) -> Category {
        self.categories[entry]
    }

    /// All matches in `text`, in order, non-overlapping; with the original letters read back
    /// ([`Matcher::drop_folded_letters`]).
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let mut out = self.find_normalized(&normalize::matcher().normalize(text));
        self.drop_folded_letters(text, &mut out);
        out
    }

    /// [`Matcher::find`] for a text already normalized with the `match` profile (for callers
    /// that need the normalization themselves: normalize once). It sees no original letters:
    /// a caller that has the text passes the matches to [`Matcher::drop_folded_letters`].
    pub fn find_normalized(&self, n: &Normalized) -> Vec<TermMatch> {
        self.find_tokens(n, &plain_tokens(n))
    }

    /// The matches among the tokens of a `match`-normalized text ([`crate::tokens::Tokens::all`],
    /// or any tokens of the token stage with spans in `n.text`, in order).
    pub fn find_tokens(&self, n: &Normalized, tokens: &[Token]) -> Vec<TermMatch> {
        self.find_tokens_with(n, tokens, None, true)
    }

    /// A number for `word` (normalized bytes) as a term's first word, 0 when it starts no
    /// term: what [`Matcher::find_tokens_ids`] wants for each token. The same word always
    /// gets the same number from a matcher with the same [`Matcher::memo_id`].
    pub(crate) fn first_word(&self, word: &[u8]) -> u32 {
        self.forms.id_of(word)
    }

    /// False when [`Matcher::first_word`] of `word` is surely 0 (a filter that stays in
    /// cache).
    #[inline(always)]
    pub(crate) fn may_be_first_word(&self, word: &[u8]) -> bool {
        self.forms.may_have(word)
    }

    /// An id of this matcher's [`Matcher::first_word`] numbers (for a memo of them), unique
    /// to this matcher and never reused: per-thread caches of what a matcher's glossary
    /// gives key on it too.
    pub(crate) fn memo_id(&self) -> u64 {
        self.id
    }

    /// [`Matcher::find_tokens`] given [`Matcher::first_word`] of every token (`ids[k]` for
    /// `tokens[k]`; any number for punctuation): each word's first-word readings are not
    /// looked up again.
    pub(crate) fn find_tokens_ids(
        &self,
        n: &Normalized,
        tokens: &[Token],
        ids: &[u32],
    ) -> Vec<TermMatch> {
        assert_eq!(tokens.len(), ids.len(), "one first-word number a token");
        self.find_tokens_with(n, tokens, Some(ids), true)
    }

    fn find_tokens_with(
        &self,
        n: &Normalized,
        tokens: &[Token],
        ids: Option<&[u32]>,
        guards: bool,
    ) -> Vec<TermMatch> {
        let norm = n.text.as_bytes();
        let mut spans: Vec<Span> = Vec::with_capacity(tokens.len());
        let mut word_ids: Vec<u32> = Vec::new();
        match ids {
            None => spans.extend(
                (tokens.iter())
                    .filter(|t| t.kind != Kind::Punct)
                    .map(Token::norm),
            ),
            Some(ids) => {
                word_ids.reserve(tokens.len());
                for (t, &id) in tokens.iter().zip(ids) {
                    if t.kind != Kind::Punct {
                        spans.push(t.norm());
                        word_ids.push(id);
                    }
                }
            }
        }
        let words = TokenWords {
            norm,
            words: &spans,
        };
        let ids = ids.map(|_| &word_ids[..]);
        let mut cursor = n.map.cursor(); // matches come in order
        let found = self.scan(&words, ids, guards, |surface, first, clitics, last| {
            let end = words.words[last].end;
            let span = cursor.to_original(Span::new(words.words[surface].start, end));
            // Most terms carry no proclitic: their core is the span, mapped once.
            let core = if surface == first && clitics == 0 {
                span
            } else {
                cursor.to_original(Span::new(words.words[first].start + clitics, end))
            };
            (span, core)
        });
        self.nisba_accusatives(found, guards, n, &words)
    }

    /// The matches among `words`, leftmost-longest. `locate(surface, first, clitics, last)`
    /// gives a match's span and core span in the original text: it starts at word `surface`
    /// (a glued proclitic, or `first`), its term starts `clitics` normalized bytes into word
    /// `first`, and it ends with word `last`. Guards are checked when `guards`. `ids`: each
    /// word's [`Matcher::first_word`], if known.
    fn scan(
        &self,
        words: &impl Words,
        ids: Option<&[u32]>,
        guards: bool,
        mut locate: impl FnMut(usize, usize, usize, usize) -> (Span, Span),
    ) -> Vec<TermMatch> {
        // About one match in six words of news: room for one in four, so that the vector
        // seldom grows.
        let mut out = Vec::with_capacity(words.len() / 4);
        // The filter's verdict on every word first, in a loop that does not branch on it: its
        // cache misses overlap instead of each one stalling the scan.
        if let Some(ids) = ids {
            self.forms.touch(&self.keys, ids);
        }
        let maybe: Vec<bool> = match ids {
            Some(_) => Vec::new(),
            None => (0..words.len())
                .map(|i| self.forms.may_have(words.word(i)))
                .collect(),
        };
        let mut i = 0;
        while i < words.len() {
            // Most words start no term and are no glued proclitic (`ل` in `ل"داعش"`): passed
            // over here, inline.
            let word = words.word(i);
            let forms = match ids {
                Some(ids) => self.forms.forms_of(ids[i]),
                None if maybe[i] => self.forms.probe(word, word_hash(word)),
                None => None,
            };
            if forms.is_none() && (word.len() > "وبال".len() || !glued_to_next(words, i)) {
                i += 1;
                continue;
            }
            let Some(m) = self.longest_at(words, i, forms, guards) else {
                i += 1;
                continue;
            };
            let (span, core) = locate(i, m.first, m.clitics, i + m.words - 1);
            let glued = if m.first != i { words.word(i) } else { &[] };
            let own = &words.word(m.first)[..m.clitics];
            // Most terms have none: no allocation and no UTF-8 check; else one of the right
            // size.
            let clitics = if glued.is_empty() && own.is_empty() {
                String::new()
            } else {
                let mut clitics = Vec::with_capacity(glued.len() + own.len());
                clitics.extend_from_slice(glued);
                clitics.extend_from_slice(own);
                // Whole letters of valid UTF-8: the words hold whole characters, and
                // proclitics are whole letters.
                String::from_utf8(clitics)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
            };
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
    /// `forms`: [`Matcher::form`] of token `i`.
    fn longest_at(
        &self,
        words: &impl Words,
        i: usize,
        forms: Option<&[Form]>,
        guards: bool,
    ) -> Option<Found> {
        if rules::after_ibn(words, i) {
            return None;
        }
        let word = words.word(i);
        // After a noun it can agree with, a form both a name and an adjective is the adjective
        // (الحكومة السعودية; not إلى سورية: [`rules::agreeing_noun`], asked for nisba shapes).
        let noun_before = (i > 0 && rules::may_be_nisba(word) && words.gap(i) == GAP_SPACE)
            .then(|| rules::agreeing_noun(words.word(i - 1), word))
            .flatten();
        let mut best: Option<(Found, bool)> = None;
        let mut consider = |first: usize, glued: &[u8], form: &Form| {
            let possessive = form.kind & FORM_POSSESSIVE != 0;
            let added_article =
                form.article > 0 || form.kind & FORM_LAM_ARTICLE != 0 || glued_article(glued);
            let has_article = added_article || possessive;
            // A second word can only match a word that starts like it once an article, ل or
            // لل is taken off both (`rest_matches`): keys whose second word starts otherwise
            // are passed over before anything else is computed.
            let next = if first + 1 < words.len() {
                words.word(first + 1)
            } else {
                &[]
            };
            let next_heads = stem_heads(next);
            let next_ends = word_ends(next);
            // A flexible key may also have a nisba adjective before its ل-genitive.
            let next_nisba = rules::nisba(next);
            // What in this form turns a key away ([`Key::avoid`]).
            let bit = |on: bool, b: u8| if on { b } else { 0 };
            let avoid = bit(possessive, AVOID_POSSESSIVE)
                | bit(form.kind & FORM_MULTI_ONLY != 0, AVOID_MULTI_ONLY)
                | bit(form.kind & FORM_SHORT != 0, AVOID_SHORT)
                | bit(added_article, AVOID_ADDED_ARTICLE)
                | bit(added_article && guards, AVOID_ADDED_ARTICLE_GUARDED)
                | bit(form.accusative, AVOID_ACCUSATIVE)
                | bit(!has_article, AVOID_NO_ARTICLE);
            let keys = form.keys as usize..(form.keys + form.key_count) as usize;
            for key in &self.keys[keys] {
                if key.avoid & avoid != 0 {
                    continue;
                }
                let flex = key.flags & KEY_FLEX != 0;
                if key.head != 0
                    && !(next_heads.contains(&key.head) && ends_like(next_ends, key))
                    && !(flex && next_nisba)
                {
                    continue;
                }
                // Without the article a definite phrase is its indefinite form (حرب أهلية).
                let indefinite = key.article && !has_article;
                let guard = match key.guard {
                    0 => None,
                    g if guards => Some(&self.guards[g as usize - 1]),
                    _ => None,
                };
                let exact = guard.is_some_and(|g| g.exact);
                if exact {
                    let own_article = if key.article { form.article } else { 0 };
                    if !glued.is_empty()
                        || form.accusative
                        || form.kind != 0
                        || form.stripped != own_article
                    {
                        continue;
                    }
                }
                let base_cost = form.stripped as usize
                    + glued.len()
                    + usize::from(form.accusative)
                    + usize::from(form.kind != 0);
                // An adjective takes the article (after a definite noun) and nothing else.
                let adjective = match noun_before {
                    Some(true) => form.stripped == form.article,
                    Some(false) => form.stripped == 0,
                    None => false,
                };
                let fits_context = key.generated == adjective;
                let beats = |covered: usize, cost: usize| {
                    let rank = (covered, std::cmp::Reverse(cost), fits_context);
                    best.as_ref()
                        .is_none_or(|(b, ctx)| (b.words, std::cmp::Reverse(b.cost), *ctx) < rank)
                };
                let least = 1 + key.rest.len() + (first - i);
                if !beats(least + usize::from(flex), base_cost) {
                    continue;
                }
                // `الحوار الثنائي` for حوار ثنائي: an adjective agrees in definiteness.
                let definite = has_article && !key.article;
                let modes: &[Rest] = if exact {
                    &[Rest::Exact]
                } else if indefinite {
                    &[Rest::Bare]
                } else if flex && !key.article && key.flags & KEY_REST_ARTICLE != 0 {
                    &[Rest::Plain { definite }, Rest::Bare, Rest::Lam]
                } else if flex && !key.article {
                    &[Rest::Plain { definite }, Rest::Lam]
                } else {
                    &[Rest::Plain { definite }]
                };
                for (m, &mode) in modes.iter().enumerate() {
                    let Some(taken) = rest_matches(words, first, &key.rest, mode) else {
                        continue;
                    };
                    let covered = 1 + taken + (first - i);
                    let cost = base_cost + usize::from(m > 0 || indefinite);
                    if !beats(covered, cost) {
                        break;
                    }
                    if guard.is_some_and(|g| !g.context_ok(words, i, first, first + taken)) {
                        break;
                    }
                    // The article belongs to a term whose headword has it, where it is written
                    // whole: in لل (ل + ال, the alef elided) its ل is left with the ل before it,
                    // so that the core is the stem (للصين: صين, not لصين, which reads as a word).
                    let clitics = form.stripped as usize
                        - if key.article && form.article as usize == "ال".len() {
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
                    break;
                }
            }
        };
        for form in forms.into_iter().flatten() {
            consider(i, &[], form);
        }
        // (A clitic chain is at most وبال long: most first words are longer, and their gap to
        // the next word is not read.)
        if word.len() <= "وبال".len() && glued_to_next(words, i) {
            if let Some(forms) = self.form(words.word(i + 1)) {
                for form in forms.iter().filter(|f| f.stripped == 0) {
                    consider(i + 1, word, form);
                }
            }
        }
        // A nisba or place right after a first name is a family name (عبدالله السويد).
        let family = |f: &Found| rules::family_name(words, f.first, self.categories[f.entry]);
        best.map(|(found, _)| found).filter(|f| !family(f))
    }

    /// The readings of `word` as a term's first word, if it is one.
    #[inline]
    fn form(&self, word: &[u8]) -> Option<&[Form]> {
        self.forms.get(word)
    }

    /// All entries whose spelling (normalized, article and clitics aside) equals `word`:
    /// for `dragoman glossary lookup`. Guards are not checked (a word alone has no context).
    pub fn lookup(&self, word: &str) -> Vec<TermMatch> {
        let n = normalize::matcher().normalize(word);
        self.find_tokens_with(&n, &plain_tokens(&n), None, false)
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

/// The tokens of a whole `match`-normalized text, without lexicon classes: what
/// [`Matcher::find_normalized`] and [`Matcher::find_for_reading`] match over.
fn plain_tokens(n: &Normalized) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(n.text.len() / 6);
    crate::tokens::split(
        &n.text,
        Span::new(0, n.text.len()),
        Lexicon::none(),
        &mut tokens,
    );
    tokens
}

/// Does a spelling begin with أل/إل/آل (a hamza or madda alef, then lam)? There the alef and
/// lam are the word's own (ألمانيا، ألف، إلكتروني، آلية), not the article, though `match`
/// folding writes them ال like the article.
fn starts_with_hamza_lam(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some('أ' | 'إ' | 'آ')) && c.next() == Some('ل')
}

#[cfg(test)]
mod tests;
