//! The token stage: a document's normalized text split into words, numbers and punctuation
//! once, for every later stage.
//!
//! **In:** the original text of a document, its `match` normalization ([`Normalized`]), its
//! sentences (spans in the original text and in the normalized text) and a [`Lexicon`] of word
//! classes. **Out:** [`Tokens`]: the tokens of every sentence in order, each with
//! * its span in the normalized text ([`Token::norm`]) and in the original text
//!   ([`Token::orig`]), both on char boundaries and inside its sentence;
//! * its [`Kind`]: a word (a run of letters, Arabic and ASCII letters glued together being
//!   two words), a number (ASCII digits, with `.` or `,` between
//!   two digits: `3.5`, `10,000`), or one punctuation or symbol character; spaces are no
//!   token;
//! * its class bits ([`class`]): digits, a quotation mark, and the word classes of the
//!   lexicon (through proclitics, as the lexicon lists its words); the fact rules add
//!   [`class::TERM`] at the first token of each glossary match of their sentence.
//!
//! The clitic and suffix analysis of a word is read from the tables of [`forms`] (proclitic
//! splits, the article, written forms of a stem, nationality and pronoun suffixes), which the
//! matcher, the fact rules and the summarizer all use: a word-form rule is written once.
//!
//! Invariants: tokens never cross a sentence boundary; a token's normalized span holds no
//! whitespace; in the original text a token's span covers what its characters were written
//! as (a ligature, a presentation form), and a tatweel right after a word belongs to the word
//! (`هـ`). Consumers: [`crate::glossary::Matcher`] reads the words and numbers (what lies
//! between two of them is read from the normalized text), [`crate::extract`] every token,
//! [`crate::summarize`] the words.
//!
//! What it does *not* do: normalize (that is [`crate::normalize`]), find sentences
//! ([`crate::segment`]), stem, or split words at proclitics: a token is a written word, and
//! its analysis is a lookup, not a cut.

pub mod forms;
mod lexicon;
mod memo;

pub use lexicon::Lexicon;
pub(crate) use memo::{next_id, MemoKey};

use crate::chars;
use crate::normalize::Normalized;
use crate::span::Span;

/// Token class bits. The tokenizer sets [`NUM`](class::NUM) and [`QUOTE`](class::QUOTE); the
/// word classes come from the [`Lexicon`] the tokens are made with (the fact rules' lexicon,
/// built by [`crate::extract`]); the fact rules mark [`TERM`](class::TERM) where a glossary
/// match starts.
pub mod class {
    /// A word of the rules' lexicon, through its proclitics.
    pub const LEX: u16 = 1;
    /// Digits.
    pub const NUM: u16 = 2;
    /// A quotation mark, `"` `“` `”` (`«»` are `"` once normalized).
    pub const QUOTE: u16 = 4;
    /// The first token of a glossary term.
    pub const TERM: u16 = 8;
    /// A month name's first word, through proclitics.
    pub const MONTH: u16 = 16;
    /// A speech verb, through proclitics.
    pub const VERB: u16 = 32;
    /// A number word, through proclitics.
    pub const NUMBER_WORD: u16 = 64;
    /// An ordinal, through proclitics (للاول too).
    pub const ORDINAL: u16 = 128;
    /// A word a year, weekday or relative date starts with, through proclitics.
    pub const DATE_WORD: u16 = 256;
    /// A dual time noun, through proclitics.
    pub const DUAL: u16 = 512;
    /// A role word that introduces a person.
    pub const ROLE: u16 = 1024;
    /// A fact starting at this word leaves out its first proclitic letter (وآذار).
    pub const HEAD_AFTER_1: u16 = 2048;
    /// A fact starting at this word leaves out its first two proclitic letters (ولأكثر).
    pub const HEAD_AFTER_2: u16 = 4096;
    /// A word of the person-name lexicon or a particle inside names (بن، أبو), alone or
    /// after و: a name run may start here. Words that start with عبد or أبو are not marked
    /// (compounds are an open set); the person rules test those letters themselves.
    pub const NAME_START: u16 = 8192;
    /// A word that may open the source of reported words: a marker (بحسب، نقلا), or ل + a
    /// medium (لوكالة، لقناة), through proclitics.
    pub const SOURCE: u16 = 16384;
    /// A word for a kind of place in the construct state (مدينة، بلدة، حي) or of body (شركة،
    /// نادي), through proclitics but not the article: a place's or body's name may follow.
    pub const PLACE_HEAD: u16 = 32768;
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// A run of letters: Arabic, Latin or any other alphabetic script (not digits).
    Word,
    /// ASCII digits, with `.` or `,` between digits.
    Num,
    /// One punctuation or symbol character.
    Punct,
}

/// A token of a document. Twenty bytes: offsets are kept as `u32` (a document is under
/// 4 GiB; [`Tokens::new`] checks), so that a document's tokens take about four times its
/// size, not ten.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    norm_start: u32,
    norm_end: u32,
    orig_start: u32,
    orig_end: u32,
    pub kind: Kind,
    /// Its `class` bits.
    pub class: u16,
}

const _: () = assert!(std::mem::size_of::<Token>() == 20);

impl Token {
    /// Byte span in the document's normalized text.
    #[inline]
    pub fn norm(&self) -> Span {
        Span::new(self.norm_start as usize, self.norm_end as usize)
    }

    /// Byte span in the original text.
    #[inline]
    pub fn orig(&self) -> Span {
        Span::new(self.orig_start as usize, self.orig_end as usize)
    }
}

/// The largest document the token stage takes: offsets are `u32`.
const MAX_LEN: usize = u32::MAX as usize;

/// The tokens of a document, sentence by sentence.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    toks: Vec<Token>,
    /// Sentence `k`'s tokens are `toks[starts[k]..starts[k + 1]]`.
    starts: Vec<usize>,
    /// The OR of each sentence's class bits.
    bits: Vec<u16>,
    /// With [`Tokens::new_memo`]: each token's number from its `aux` function (0 for
    /// punctuation), in the order of `toks`; else empty.
    aux: Vec<u32>,
}

impl Tokens {
    /// Tokenize a document: `text` its original text, `norm` its `match` normalization,
    /// `sentences` the sentences' spans in `text` and `norm_spans` the same in `norm.text`
    /// (both in order).
    pub fn new(
        text: &str,
        norm: &Normalized,
        sentences: &[Span],
        norm_spans: &[Span],
        lexicon: &Lexicon,
    ) -> Tokens {
        assert_eq!(
            sentences.len(),
            norm_spans.len(),
            "one normalized span per sentence"
        );
        let mut toks = Vec::with_capacity(norm.text.len() / 6);
        let mut starts = Vec::with_capacity(sentences.len() + 1);
        let mut bits = Vec::with_capacity(sentences.len());
        let mut cursor = norm.map.cursor();
        let mut orig = Vec::new();
        // Where the previous sentence's normalized text ended: a sentence that starts inside
        // a normalization edit reaching back into the one before (a dropped mark after the
        // space after `!`) maps to a span starting there, and its tokens must not.
        let mut done = 0;
        for (&sentence, &ns) in sentences.iter().zip(norm_spans) {
            let ns = Span::new(ns.start.max(done), ns.end.max(done));
            done = ns.end;
            let first = toks.len();
            starts.push(first);
            bits.push(split(&norm.text, ns, lexicon, &mut toks));
            orig.clear();
            cursor.to_original_each(toks[first..].iter().map(Token::norm), &mut orig);
            let upto_end = &text.as_bytes()[..sentence.end];
            for (t, &sp) in toks[first..].iter_mut().zip(&orig) {
                let sp = inside(upto_end, sentence.start, sp);
                // In bounds of `text`, checked above.
                (t.orig_start, t.orig_end) = (sp.start as u32, sp.end as u32);
            }
        }
        starts.push(toks.len());
        Tokens {
            toks,
            starts,
            bits,
            aux: Vec::new(),
        }
    }

    /// [`Tokens::new`], and for every word and number a number from `aux` (the glossary
    /// matcher's record of the word), read back with [`Tokens::aux`]. `aux_maybe` is a cheap
    /// filter: false when `aux` surely gives 0. A word's class and number are computed once
    /// per distinct word and thread ([`memo`]): `key` names the lexicon and `aux`
    /// ([`next_id`]), and `aux` must give the same number for the same word as long as it
    /// has that key.
    ///
    /// In three passes over the document's tokens: split them (no lookup); ask the lexicon's
    /// sketch and `aux_maybe` about every word, in a loop that does not branch on the
    /// answers (the filters' cache misses overlap instead of each stalling the split); then
    /// the memo about the words either filter lets through (most words of a text are turned
    /// away, and the memo stays small).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new_memo(
        text: &str,
        norm: &Normalized,
        sentences: &[Span],
        norm_spans: &[Span],
        lexicon: &Lexicon,
        key: MemoKey,
        aux: impl Fn(&[u8]) -> u32,
        aux_maybe: impl Fn(&[u8]) -> bool,
    ) -> Tokens {
        let mut tokens = Tokens::new(text, norm, sentences, norm_spans, Lexicon::none());
        let b = norm.text.as_bytes();
        let word = |t: &Token| &b[t.norm_start as usize..t.norm_end as usize];
        let maybe: Vec<bool> = (tokens.toks.iter())
            .map(|t| match t.kind {
                Kind::Word => lexicon.may_have(word(t)) | aux_maybe(word(t)),
                Kind::Num => aux_maybe(word(t)),
                Kind::Punct => false,
            })
            .collect();
        let mut out = Vec::with_capacity(tokens.toks.len());
        memo::with_memo(key, |memo| {
            for (t, &m) in tokens.toks.iter_mut().zip(&maybe) {
                if !m {
                    out.push(0);
                    continue;
                }
                let w = word(t);
                // (A number is no word of the lexicon: its bytes are digits.)
                let (class, n) = memo.get(w, |w| (lexicon.of(w), aux(w)));
                if t.kind == Kind::Word {
                    t.class = class;
                }
                out.push(n);
            }
        });
        // Each sentence's bits again, now with the words' classes.
        for (k, bits) in tokens.bits.iter_mut().enumerate() {
            let sentence = &tokens.toks[tokens.starts[k]..tokens.starts[k + 1]];
            *bits = sentence.iter().fold(0, |b, t| b | t.class);
        }
        tokens.aux = out;
        tokens
    }

    /// Each token's number from [`Tokens::new_memo`], in the order of [`Tokens::all`]; `None`
    /// for tokens made by [`Tokens::new`].
    pub(crate) fn aux(&self) -> Option<&[u32]> {
        (self.aux.len() == self.toks.len() && !self.toks.is_empty()).then_some(&self.aux[..])
    }

    /// Every token of the document, in order.
    pub fn all(&self) -> &[Token] {
        &self.toks
    }

    /// The number of sentences.
    pub fn sentences(&self) -> usize {
        self.bits.len()
    }

    /// The index range of sentence `k`'s tokens in [`Tokens::all`].
    pub fn range(&self, k: usize) -> std::ops::Range<usize> {
        self.starts[k]..self.starts[k + 1]
    }

    /// Sentence `k`'s tokens.
    pub fn sentence(&self, k: usize) -> &[Token] {
        &self.toks[self.range(k)]
    }

    /// Sentence `k`'s tokens, to mark: the fact rules set [`class::TERM`] for the length of
    /// a sentence and clear it again.
    pub(crate) fn sentence_mut(&mut self, k: usize) -> &mut [Token] {
        let range = self.range(k);
        &mut self.toks[range]
    }

    /// The OR of sentence `k`'s class bits: which rules may start somewhere in it.
    pub fn bits(&self, k: usize) -> u16 {
        self.bits[k]
    }
}

/// The words of normalized text `norm`: what [`Tokens`] holds as [`Kind::Word`] and
/// [`Kind::Num`], without classes or original spans (for callers that only compare words).
pub fn words(norm: &str) -> impl Iterator<Item = &str> {
    let mut toks = Vec::new();
    split(norm, Span::new(0, norm.len()), Lexicon::none(), &mut toks);
    toks.into_iter()
        .filter(|t| t.kind != Kind::Punct)
        .map(move |t| t.norm().slice(norm))
}

/// A span mapped back from normalized text, kept inside its sentence (a stray mark at the
/// sentence's edge maps into its neighbour), with a tatweel right after it (U+0640, D9 80)
/// taken in: `هـ` is one word as written. `upto_end`: the text's bytes up to the sentence's
/// end; `sentence_start`: where the sentence starts.
#[inline(always)]
fn inside(upto_end: &[u8], sentence_start: usize, sp: Span) -> Span {
    let start = sp.start.clamp(sentence_start, upto_end.len());
    let mut end = sp.end.clamp(start, upto_end.len());
    while let [0xD9, 0x80, ..] = upto_end[end..] {
        end += 2;
    }
    Span::new(start, end)
}

/// Split `norm[span]` into words, numbers and punctuation (spaces dropped), appending the
/// tokens (normalized spans in `norm`; original spans empty) with their class bits to `toks`:
/// the OR of those bits. The one tokenizer of the crate. `norm` is under 4 GiB.
#[inline(never)]
pub(crate) fn split(norm: &str, span: Span, lexicon: &Lexicon, toks: &mut Vec<Token>) -> u16 {
    assert!(
        norm.len() <= MAX_LEN,
        "the token stage takes texts under 4 GiB"
    );
    let b = &norm.as_bytes()[..span.end];
    let n = b.len();
    let mut bits = 0;
    let mut i = span.start;
    while i < n {
        let x = b[i];
        // Arabic letters and ASCII are settled from the bytes; other chars are decoded.
        let (kind, e, c) = if x >= 0x80 {
            // Most often a word: its letters are scanned at once (none when it is not one).
            let e = word_end(norm, i, n);
            if e > i {
                (Kind::Word, e, lexicon.of(&b[i..e]))
            } else {
                let (ch, len) = chars::decode(norm, i);
                if ch.is_whitespace() {
                    i += len;
                    continue;
                }
                let quote = chars::is_quotation_mark(ch);
                (Kind::Punct, i + len, if quote { class::QUOTE } else { 0 })
            }
        } else if x.is_ascii_alphabetic() {
            // One ASCII letter glued to an Arabic word (Xعربي) is a word of its own.
            let glued = i + 2 < n && chars::arabic_letter_bytes(b[i + 1], b[i + 2]);
            let e = if glued {
                i + 1
            } else {
                word_end(norm, i + 1, n)
            };
            (Kind::Word, e, lexicon.of(&b[i..e]))
        } else if x.is_ascii_digit() {
            let mut j = i + 1;
            while j < n {
                if b[j].is_ascii_digit() {
                    j += 1;
                } else if (b[j] == b'.' || b[j] == b',') && j + 1 < n && b[j + 1].is_ascii_digit() {
                    j += 2;
                } else {
                    break;
                }
            }
            (Kind::Num, j, class::NUM)
        } else if matches!(x, b'\t'..=b'\r' | b' ') {
            i += 1;
            continue;
        } else {
            let quote = if x == b'"' { class::QUOTE } else { 0 };
            (Kind::Punct, i + 1, quote)
        };
        toks.push(Token {
            // Under 4 GiB, checked above.
            norm_start: i as u32,
            norm_end: e as u32,
            orig_start: 0,
            orig_end: 0,
            kind,
            class: c,
        });
        bits |= c;
        // Most tokens are followed by one space: step over it here.
        i = if e < n && b[e] == b' ' { e + 1 } else { e };
    }
    bits
}

/// Where the letters from byte `j` (a char boundary) end, before `n`; `j` itself when there
/// is none: past runs of Arabic letters (four at a time) and of ASCII letters, decoding only
/// other chars. Arabic and ASCII letters glued without a space are two words (وMBC،
/// برينيفييهOscar: a conjunction before a Latin name, a missing space): a word ends where
/// one script meets the other.
#[inline(always)]
fn word_end(text: &str, mut j: usize, n: usize) -> usize {
    let b = text.as_bytes();
    loop {
        loop {
            if j + 8 > n {
                while j + 1 < n && chars::arabic_letter_bytes(b[j], b[j + 1]) {
                    j += 2;
                }
                break;
            }
            let chunk: [u8; 8] = b[j..j + 8].try_into().expect("8 bytes");
            let k = chars::arabic_letters_in(u64::from_be_bytes(chunk));
            j += 2 * k;
            if k < 4 {
                break;
            }
        }
        if j >= n {
            return j;
        }
        let y = b[j];
        if y < 0x80 {
            // Not a letter, or ASCII right after an Arabic letter: the word ends.
            if !y.is_ascii_alphabetic()
                || (j >= 2 && chars::arabic_letter_bytes(b[j - 2], b[j - 1]))
            {
                return j;
            }
            j += 1;
            while j < n && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            if j + 1 < n && chars::arabic_letter_bytes(b[j], b[j + 1]) {
                return j;
            }
            continue;
        }
        let (d, dlen) = chars::decode(text, j);
        if !chars::is_letter(d) {
            return j;
        }
        j += dlen;
    }
}

#[cfg(test)]
mod tests;
