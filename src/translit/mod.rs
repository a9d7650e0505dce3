//! Romanization of Arabic person names in news house style, learned from data.
//!
//! **In:** a name as written in Arabic (`"محمد بن عبدالعزيز القحطاني"`), with or without
//! diacritics, tatweel, hamza seats on alef, ى for ي. **Out:** a [`Romanization`]: the English
//! (`"Mohammed bin Abdul-Aziz al-Qahtani"`), where it came from ([`Source`]) and a score in 0..=1.
//!
//! How a name is read (see the README, "Transliteration", for the house style):
//!
//! 1. The name is split on spaces and every token is folded like `match` normalization
//!    ([`fold`]: diacritics and tatweel dropped, أ/إ/آ/ٱ → ا, ى → ي, Persian letters → Arabic;
//!    ة and ؤ/ئ are kept, they carry sound).
//! 2. Compounds and particles are rules ([`Source::Rules`]): عبد ال… → `Abdul-…` (عبد الله →
//!    `Abdullah`), أبو → `Abu`, بن/ابن → `bin` inside a name and `Ibn`/`Ben` at its start,
//!    بنت → `bint`, آل → `Al`, a following الله joins its word (نصر الله → `Nasrallah`), the article
//!    ال → `al-` (`Al-` at the start of the name), a regnal ordinal after a name → a Roman
//!    numeral (محمد السادس → `Mohammed VI`), de/van/von … inside a name in lowercase; a
//!    compound with الدين → `X al-Din` (صلاح الدين → `Salah al-Din`, also glued: عزالدين →
//!    `Izz al-Din`), a caliph's laqab of a house table → its history-book English (المأمون →
//!    `al-Ma'mun`, المتوكل → `al-Mutawakkil`), بالله closing a regnal name → `Billah`; God's
//!    names after عبد ال whose lexicon row is another name's from a house table (عبد الملك →
//!    `Abdul-Malik`, not Malak).
//! 3. Every other token (or the stem after ال) is looked up in the lexicon
//!    ([`Source::Lexicon`]: the most frequent English spelling of that Arabic token in the
//!    name data, after the house style), and spelled by the model when it is not there
//!    ([`Source::Model`]: a joint-sequence 4-gram model over (Arabic letter, English chunk)
//!    units, decoded with a small beam; a final ة is spelled `-a`, and a final ي `-i` (the
//!    nisba) where the token is an Arab name: after the article, in an عبد ال compound, or
//!    with a letter foreign names written in Arabic lack ([`arab_letters`]); a foreign name
//!    keeps the model's `-y`, Timothy, Kennedy). A
//!    token ending in ه that the lexicon lacks is looked up with ة (news writes فاطمه for
//!    فاطمة); a lexicon spelling of a family name with the article ends its nisba in `-i`.
//!    A family name with the article in the diminutive pattern (الدويسي) takes the pattern's
//!    vowels, and the model's `g` in an Arab name its letter's j/gh/q (`pattern.rs`).
//!    A token is read as an Arab name also when the rest of its name is one (بن, بنت, the
//!    article, آل, an عبد compound, a token with an Arab letter: مفرج بن سعد → Mafraj, not
//!    Mphrg); there the model's spelling also gets the vowels of the patterns فُعَيْلان
//!    (Buraikan), فاعِل (Khazem) and C وا (Sawat), -awi for ـوي (al-Balawi) and -i for its -ei
//!    (al-Sahli); the token after آل is a family name (Al Fuhaid).
//!
//! A lexicon row that translates a common word (رجل "umbrella": its first letter cannot render
//! an Arabic first letter English always writes with its own, `rules::translated`) is no
//! spelling: the model spells the token. A family name with the article written with a final ي
//! is a nisba, not the ى name folding makes it (السلمي al-Selmi, not al-Salma).
//!
//! **Places** ([`Transliterator::place`]): the same rules, with the openers of compound place
//! names (بيت Beit, عين Ain, كفر Kafr, glued too), the article before a two-letter stem (الجش
//! Al-Jash), and in a local place (named after a village, district, governorate head) every
//! word read as an Arab family name: the diminutive's vowels unless the lexicon spells the core
//! as the adjective فَعِيل (العزيزية Al-Aziziya), ـية as `-iya`, no lexicon spelling with p or v.
//!
//! A multiword name takes the **weakest** source of its tokens (model < lexicon < rules) and the
//! **minimum** of their scores: a name is as sure as its least sure part. Scores: rules 1; a
//! lexicon entry the share of that spelling among the data's spellings of the token; a model
//! guess the share of the beam's probability held by the best spelling.
//!
//! The tables are compiled into the binary (`data/lexicon.bin`, `data/model.bin`, trained by
//! `dev/translit/train.py` from CC0 and Apache-2.0 data, see `data/README.md`) and read in
//! place: sorted arrays searched by bisection, so [`Transliterator::builtin`] costs reading
//! their section headers and the text's UTF-8 check, no parsing (the full check of their
//! layout, about 4 M instructions, is a test's; [`Transliterator::from_bytes`] does it for
//! other tables). Decoding is deterministic and allocates a few small buffers per name.
//!
//! ```
//! use dragoman::{RomanizationSource as Source, Transliterator};
//! let t = Transliterator::builtin();
//! let r = t.name("عبد الرحمن بن محمد");
//! assert_eq!(r.english, "Abdul-Rahman bin Mohammed");
//! assert_eq!(r.source, Source::Lexicon);
//! ```

mod bytes;
mod lexicon;
mod model;
mod pattern;
mod rules;

use std::cell::RefCell;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::error::Result;
use crate::normalize::tables;

pub use lexicon::Lexicon;
pub use model::Model;

/// Where a romanization came from, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// Spelled letter by letter by the learned model: a guess.
    Model,
    /// The usual spelling of a known token.
    Lexicon,
    /// A particle or compound rule (أبو → Abu, بن → bin, عبد الله → Abdullah).
    Rules,
}

impl Source {
    /// `"model"`, `"lexicon"` or `"rules"`.
    pub fn name(self) -> &'static str {
        match self {
            Source::Model => "model",
            Source::Lexicon => "lexicon",
            Source::Rules => "rules",
        }
    }
}

/// The English of a name.
#[derive(Clone, Debug, PartialEq)]
pub struct Romanization {
    /// The name in English, house style (`"Ahmed al-Zahrani"`); empty for a name without
    /// letters.
    pub english: String,
    /// The weakest source among the name's tokens.
    pub source: Source,
    /// The least score among the name's tokens, 0..=1.
    pub score: f32,
}

/// The transliterator: a lexicon of known tokens and a model for the others.
#[derive(Debug)]
pub struct Transliterator {
    lexicon: Lexicon,
    model: Model,
}

static LEXICON_BIN: &[u8] = include_bytes!("data/lexicon.bin");
static MODEL_BIN: &[u8] = include_bytes!("data/model.bin");
const LEXICON_FILE: &str = "translit/data/lexicon.bin";
const MODEL_FILE: &str = "translit/data/model.bin";

impl Transliterator {
    /// The built-in tables, checked on first use and shared by every thread.
    pub fn builtin() -> &'static Transliterator {
        static T: OnceLock<Transliterator> = OnceLock::new();
        T.get_or_init(|| Transliterator {
            // The built-in tables' order, offsets and ids are checked by a test, not on every
            // start.
            lexicon: Lexicon::from_bytes(LEXICON_BIN, LEXICON_FILE, false)
                .expect("the built-in lexicon loads"),
            model: Model::from_bytes(MODEL_BIN, MODEL_FILE, false)
                .expect("the built-in model loads"),
        })
    }

    /// A transliterator over other tables: the bytes of a `lexicon.bin` and a `model.bin` as
    /// `dev/translit/train.py` writes them (the evaluation script loads models trained on other
    /// splits this way); an error names the file and byte where the layout breaks.
    pub fn from_bytes(lexicon: &'static [u8], model: &'static [u8]) -> Result<Transliterator> {
        Ok(Transliterator {
            lexicon: Lexicon::from_bytes(lexicon, LEXICON_FILE, true)?,
            model: Model::from_bytes(model, MODEL_FILE, true)?,
        })
    }

    /// The same tables, decoded with `beam` hypotheses per letter (for experiments; the
    /// default is the one measured best for its cost).
    pub fn with_beam(self, beam: usize) -> Transliterator {
        Transliterator {
            model: self.model.with_beam(beam),
            ..self
        }
    }

    /// A transliterator over other tables.
    pub fn new(lexicon: Lexicon, model: Model) -> Transliterator {
        Transliterator { lexicon, model }
    }

    /// The romanization of one name (any number of space-separated tokens).
    pub fn name(&self, arabic: &str) -> Romanization {
        rules::name(self, arabic)
    }

    /// The romanization of a place's name: `local` when a word for a local place (village,
    /// district, governorate) names it, where every word is read as an Arab name
    /// (`rules::place`).
    pub fn place(&self, arabic: &str, local: bool) -> Romanization {
        let kind = if local {
            rules::Place::Local
        } else {
            rules::Place::Anywhere
        };
        rules::place(self, arabic, kind)
    }

    /// The model's English of one token the lexicon lacks (no article, no compound); `None`
    /// when it has no letter the model knows.
    fn spelled(&self, folded: &str) -> Option<(String, f32)> {
        // The model's beam search is the costly part (about 35 k instructions a word) and news
        // repeats its unknown names: a per-thread cache of spelled tokens, cleared when full
        // or when another transliterator (whose tables may differ) asks.
        type Cache = (usize, FxHashMap<Box<str>, Option<(String, f32)>>);
        thread_local! {
            static SPELLED: RefCell<Cache> = RefCell::new(Default::default());
        }
        const CACHE_WORDS: usize = 16_384;
        let me = self as *const Transliterator as usize;
        let hit = SPELLED.with(|c| {
            let c = c.borrow();
            (c.0 == me).then(|| c.1.get(folded).cloned()).flatten()
        });
        match hit {
            Some(hit) => hit,
            None => {
                let fresh = self.spell(folded);
                SPELLED.with(|c| {
                    let (owner, map) = &mut *c.borrow_mut();
                    if *owner != me || map.len() >= CACHE_WORDS {
                        map.clear();
                        *owner = me;
                    }
                    map.insert(folded.into(), fresh.clone());
                });
                fresh
            }
        }
    }

    /// The model's spelling of an unknown token, in house style (the nisba is the caller's:
    /// it depends on the token's context, [`rules`]).
    fn spell(&self, folded: &str) -> Option<(String, f32)> {
        let (mut english, score) = self.model.spell(folded)?;
        if folded.ends_with('ة') && english.ends_with("ah") {
            english.pop(); // ة: Hamza, Fatima (house style), not Hamzah
        }
        Some((english, score))
    }
}

/// Is `token` a name token of the built-in lexicon (a person-name token of the name data)?
/// `token` folded as [`fold`] does; the `match` folding of a word without ة or ؤ/ئ is the same.
pub(crate) fn knows(token: &str) -> bool {
    Transliterator::builtin().lexicon.get(token).is_some()
}

/// Is `word` (in the `match` folding: ة as ه, ى as ي) a regnal ordinal the transliterator
/// writes as a Roman numeral after a name (الثاني، الثانيه, first to tenth)?
pub(crate) fn is_regnal(word: &str) -> bool {
    rules::is_regnal_match_folded(word)
}

/// Letters that Arabic names have and foreign names written in Arabic almost never (ع ح ص ض
/// ط ظ ق ذ), or a final ة (the Arabic feminine; a foreign name ends in ا): the token is an
/// Arab name, whose final ي is a nisba. Foreign names keep the model's `-y` (Timothy, Welby,
/// Moseley), which the data writes for them.
pub(crate) fn arab_letters(folded: &str) -> bool {
    folded.ends_with('ة')
        || folded
            .chars()
            .any(|c| matches!(c, 'ع' | 'ح' | 'ص' | 'ض' | 'ط' | 'ظ' | 'ق' | 'ذ'))
}

/// A nisba (ـي) is spelled with a final `i`: `qahtany` → `qahtani`; and the model's `-ey` or
/// `-ei` after a consonant too (al-Sahlei, al-Jahnei, al-Qarshei from shley … → al-Sahli);
/// `-aei`, `-oei` stay.
fn nisba(english: &mut String) {
    for end in ["iy", "ee", "ie", "y"] {
        if english.len() > end.len() + 1 && english.ends_with(end) {
            english.truncate(english.len() - end.len());
            english.push('i');
            break;
        }
    }
    let b = english.as_bytes();
    if b.len() > 3
        && english.ends_with("ei")
        && b[b.len() - 3].is_ascii_alphabetic()
        && !b"aeiouy".contains(&b[b.len() - 3].to_ascii_lowercase())
    {
        english.truncate(english.len() - 2);
        english.push('i');
    }
}

/// Fold one token as the tables are keyed: diacritics, dagger alef, Quranic marks, tatweel,
/// invisible marks and spaces (a presentation-form haraka decomposes to one) dropped; hamza-carrying alefs → ا, ى → ي, Persian look-alikes → Arabic. ة, ؤ, ئ and ء stay.
pub fn fold(token: &str, out: &mut String) {
    out.clear();
    for c in token.chars() {
        // Most characters of a name are plain Arabic letters that fold to themselves: kept at
        // once. (Not أ آ إ ى, which fold; tatweel U+0640 and the marks from U+064B are outside.)
        if matches!(c, '\u{0621}' | '\u{0624}' | '\u{0626}'..='\u{063A}' | '\u{0641}'..='\u{0648}' | '\u{064A}')
        {
            out.push(c);
            continue;
        }
        if tables::is_haraka(c)
            || c == tables::DAGGER_ALEF
            || c == tables::TATWEEL
            || tables::is_quranic_mark(c)
            || tables::is_invisible(c)
            || c.is_whitespace()
        {
            continue;
        }
        if tables::is_presentation_form(c) {
            // لا, ﻣ…: the plain letters, folded in turn.
            let mut plain = String::new();
            unicode_normalization::char::decompose_compatible(c, |d| plain.push(d));
            let mut folded = String::new();
            if plain.chars().any(|d| d != c) {
                fold(&plain, &mut folded);
                out.push_str(&folded);
                continue;
            }
        }
        let c = tables::fold_alef(c)
            .or_else(|| tables::fold_persian(c))
            .unwrap_or(if c == 'ى' { 'ي' } else { c });
        out.push(c);
    }
}

#[cfg(test)]
mod tests;
