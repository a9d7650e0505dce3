//! People found on evidence, and the one place their English comes from.
//!
//! **In:** a tokenized sentence, the tokens entities have claimed, what the document knows.
//! **Out:** `person` facts for names that carry their own evidence, and [`english`], the
//! English rendering of any person/org/place name.
//!
//! Evidence, any of:
//! * a run of name tokens: a first token from the name lexicon (`names.txt`, built by
//!   `dev/make_names.py` from CC0/Apache-2.0 name pairs) or a compound (عبدالله، أبوحسن), then
//!   one to four more name tokens, family names (ال + a lexicon token, or a nisba ال…ي), or
//!   particles with the word after them (بن، ابن، عبد، أبو، آل): `سعيد الغامدي`,
//!   `راشد بن عبدالله آل خليفة`. First names that are also common words (حسن، سعيد، عمر،
//!   على/علي …) start a run only when the next token is a lexicon name or a nisba, and other
//!   common words (مطلق، سفر) only before بن, one word and a nisba (`مطلق بن دغيم الخمعلي`).
//!   An office after a family name ends the run (`عبدالله الربيعة المستشار`: not al-Mastashar);
//! * a kunya: أبو + a lexicon name (`أبو حسن`), or أبو/أبي (the genitive, Abu in English) before
//!   a lexicon name or عبد (`للإمام أبي عبد الله الحسين`, `زمن أبي بكر`);
//! * a given name with the article right before بن/ابن, the old way of naming (`الوليد بن عبد
//!   الملك`, `المختار بن أبي عبيد الثقفي`), not a role (`الرئيس بن علي`);
//! * a foreign first name the lexicon lacks but the name data has (no common word, no letter
//!   of Arab names), right before a lexicon name: `في إدارة ليندون جونسون`; not after a
//!   facility's head (`ملعب لوفتس رود`);
//! * a speech verb right before one lexicon name (`وقال محمد`);
//! * an old title (إمام، خليفة، سلطان، قديس) before one definite laqab or nisba
//!   ([`laqab`]: `الإمام الحسين`, `الخليفة العباسي المأمون`, `الإمام البخاري`).
//!
//! A European particle at a run's edge takes the whole name ([`cues::particle_edges`]):
//! `ألفريدو دي ستيفانو` (not De Stefano alone), `وقال لويس فان غال`.
//!
//! A first name with ل glued to it (لجون) starts the run that follows it (`مستشاراً لجون إف
//! كينيدي`: John F. Kennedy, not F. Kennedy) when the whole word is no common word or
//! glossary term (لبنان). A run right after a facility's head (مطار، مستشفى …) with one of the
//! facility's adjectives after it is the facility (`مطار جون إف كينيدي الدولي`: John F.
//! Kennedy International Airport, no person al-Dooley).
//!
//! A title or role before the name is the entities module's rule; it calls [`name_run`]
//! first. A stop list keeps the words that follow titles but are not names (weekdays,
//! demonstratives, prepositions, common nouns) out of every rule.
//!
//! Not a name: letters of an acronym (`يو إس إس إلكسندريا` USS, `يو إس جي إس` USGS), a definite
//! noun with a nationality adjective after a name (`ديفيد بيكهام النجم الإنجليزي`: the English
//! star, no family name al-Najm), a common definite word after a foreign surname (`ساتورو
//! إواتا الستار`: أزاح الستار "unveiled"), epithets (ربه، نبي: names of the lexicon, no name alone), two attributes of
//! God (حكيم حميد), words after an indefinite noun with tanween (نظرٍ سليم قويم), a ḥāl after
//! a first name (مبتسما), the words after a body's head noun (رئيس نادي ريفير بليت), and
//! unknown words running into a common definite word (ريفير بليت الأجواء).
//!
//! English: [`english`] tries the glossary, then the transliterator ([`transliterate`]); the
//! fact's detail says which (`english_source`: glossary, lexicon, model, rules) and how sure
//! (`score`).

mod common;
pub(crate) mod cues;
mod english;
mod family;
pub(crate) mod laqab;
mod lists;
mod memory;
mod shape;
mod unknown;

pub(crate) use common::{rare, rare_with_clitics};
#[cfg(test)]
use common::{SortedLines, COMMON};
pub(crate) use english::{english, from_romanization, memo_name, transliterate};
pub use english::{Rendering, Source};
pub(crate) use family::{glossary_family_end, push_glossary_family};
use lists::{
    governs_ala, AMBIGUOUS_WORDS, DIVINE_ATTRIBUTES, EPITHETS, HONORIFICS, LETTER_NAMES, STOP_WORDS,
};
pub(crate) use memory::{push_person, remember};
use shape::{surname_shaped, unlisted_first};
use unknown::{common_definite, known_surname};
pub(crate) use unknown::{
    conjoined_common, foreign_then_common, preposition_phrase, unknown_name_ok,
};

use super::clitic_splits;
use super::quotes::{verb_at, COMPLEMENTS};
use super::{DocState, FxMap, Kind, Out, Sent, NAME_START, ROLE, TERM, VERB};
use crate::glossary::Category;

/// Name tokens in the `match` folding, one a line after `#` comments.
const NAMES: &str = include_str!("names.txt");

/// Particles inside names that take the next word.
pub(super) const PARTICLE_WORDS: &[&str] = &["بن", "ابن", "عبد", "ابو", "ال", "ابي", "بنت", "ام"];

const NAME: u8 = 1;
const STOP: u8 = 2;
const AMBIGUOUS: u8 = 4;
const PARTICLE: u8 = 8;
/// A name token of the lexicon that is an epithet in the text (ربه، نبي): no name alone.
const EPITHET: u8 = 16;

/// Every word the rules look up, with its `NAME`/`STOP`/`AMBIGUOUS`/`PARTICLE`/`EPITHET` bits: one hash
/// lookup per token.
fn words() -> &'static FxMap<&'static str, u8> {
    static W: std::sync::OnceLock<FxMap<&'static str, u8>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut m: FxMap<&'static str, u8> = FxMap::default();
        let names = NAMES
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let lists = STOP_WORDS.iter().map(|w| (*w, STOP));
        let lists = lists.chain(AMBIGUOUS_WORDS.iter().map(|w| (*w, AMBIGUOUS)));
        let lists = lists.chain(PARTICLE_WORDS.iter().map(|w| (*w, PARTICLE)));
        let lists = lists.chain(EPITHETS.iter().map(|w| (*w, EPITHET)));
        // First names of the ambiguous list that names.txt leaves out as common words: names
        // all the same, with more evidence (علي الغامدي، كمال الجنزوري). Not باسم ("in the
        // name of") nor أمير (the title).
        let names = names.chain(["علي", "هادي", "كمال", "لطيف"]);
        for (w, bit) in names.map(|w| (w, NAME)).chain(lists) {
            *m.entry(w).or_default() |= bit;
        }
        m
    })
}

/// A sketch of the words of [`words`] by first two letters, last letter and length: most
/// other words are turned away here without hashing them whole. 64 Ki bits for ~8,300 words:
/// about one bit in eight is set. (Keyed by the first letters alone, every word with the
/// article or و of a listed length got through.)
fn sketch() -> &'static [u64; SKETCH_WORDS] {
    static S: std::sync::OnceLock<[u64; SKETCH_WORDS]> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let mut s = [0u64; SKETCH_WORDS];
        for w in words().keys() {
            let k = sketch_key(w.as_bytes());
            s[k >> 6] |= 1 << (k & 63);
        }
        s
    })
}

const SKETCH_WORDS: usize = 1024;

#[inline]
fn sketch_key(b: &[u8]) -> usize {
    let head = match b {
        [a, b, c, d, ..] => u32::from_le_bytes([*a, *b, *c, *d]),
        _ => 0,
    };
    let tail = match b {
        [.., y, z] => u16::from_le_bytes([*y, *z]),
        _ => 0,
    };
    let key = u64::from(head) | u64::from(tail) << 32 | (b.len().min(255) as u64) << 48;
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize & (SKETCH_WORDS * 64 - 1)
}

/// The bits of `w` (0 when the rules do not know it).
#[inline]
fn flags(w: &str) -> u8 {
    let k = sketch_key(w.as_bytes());
    if sketch()[k >> 6] & (1 << (k & 63)) == 0 {
        return 0;
    }
    words().get(w).copied().unwrap_or(0)
}

/// The written words the token stage marks [`NAME_START`]: every lexicon name and particle,
/// alone and after و. A superset of the words [`name_run`] starts at, but for compounds
/// (عبدالله، أبوبكر), which it tests by their letters.
pub(crate) fn start_words() -> impl Iterator<Item = String> {
    words()
        .iter()
        .filter(|(_, bits)| *bits & (NAME | PARTICLE) != 0)
        .flat_map(|(w, _)| {
            // Written at their exact length (the lexicon keeps them as boxed strings).
            let mut waw = String::with_capacity(w.len() + 'و'.len_utf8());
            waw.push('و');
            waw.push_str(w);
            [w.to_string(), waw]
        })
}

/// Does `w` (the bytes of a folded word), or `w` without a leading و, start like a compound
/// name (عبدالله، أبوبكر)? Byte patterns: this runs on most words of a text.
#[inline]
fn compound_start(w: &[u8]) -> bool {
    // و, then عبد or ابو (UTF-8).
    let w = match w {
        [0xD9, 0x88, rest @ ..] => rest,
        _ => w,
    };
    matches!(
        w,
        [0xD8, 0xB9, 0xD8, 0xA8, 0xD8, 0xAF, ..] | [0xD8, 0xA7, 0xD8, 0xA8, 0xD9, 0x88, ..]
    )
}

/// Is `w` (folded) a word that follows titles but is not a name (يوم، هذه، فوري …)?
pub(crate) fn is_stop(w: &str) -> bool {
    flags(w) & STOP != 0
}

/// Is `w` (folded, no proclitics) a name token of the lexicon?
pub(crate) fn is_name(w: &str) -> bool {
    flags(w) & (NAME | STOP | EPITHET) == NAME
}

/// What a token can be inside a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// A lexicon name or a compound (عبدالله، أبوبكر); `ambiguous` when also a common word.
    Name { ambiguous: bool },
    /// ال + a lexicon name, or a nisba (ال…ي, 4+ letters after the article).
    Family { nisba: bool },
    /// A particle that takes the next word.
    Particle,
}

/// The part token `i` can play, reading its normalized form `w` (no proclitics).
fn part_of(sent: &Sent, i: usize, w: &str) -> Option<Part> {
    part_with(sent, i, w, flags(w))
}

/// [`part_of`], given the [`flags`] of `w`.
fn part_with(sent: &Sent, i: usize, w: &str, bits: u8) -> Option<Part> {
    if !sent.is_word(i) || w.len() < 4 {
        return None;
    }
    // An epithet (ربه، نبي) is no part of its own; after عبد the particle takes it.
    // الخليفة is the caliph's title and a Gulf family (أحمد الخليفة, al-Khalifa): after a
    // name it is the family.
    if bits & (STOP | EPITHET) != 0 || sent.any(i, VERB | ROLE) && w != "الخليفه" {
        return None;
    }
    if bits & PARTICLE != 0 {
        return Some(Part::Particle);
    }
    // بآل، لآل: a preposition and the family particle آل (لعلاقتها التاريخية بآل الأسد "with
    // the Assad family"), not the name بال (Paul) of the lexicon that folding makes of it.
    if matches!(w, "بال" | "لال" | "كال" | "فال") && sent.surface(i, i + 1).contains('آ')
    {
        return None;
    }
    // The article is ال with a plain alef; إليزابيث starts with إل.
    let article = w.starts_with("ال") && !sent.surface(i, i + 1).starts_with("إل");
    if let Some(rest) = w.strip_prefix("ال").filter(|_| article) {
        if body_noun(w) {
            return None;
        }
        let letters = rest.chars().count();
        // A nisba ends with ي as written, not ى (الموتى).
        let nisba = rest.ends_with('ي') && letters >= 4 && !sent.surface(i, i + 1).ends_with('ى');
        if nisba || (letters >= 3 && is_name(rest)) {
            return Some(Part::Family { nisba });
        }
        return None;
    }
    // Compounds written as one word: عبدالله، عبدالرحمن، أبوحسن.
    for p in ["عبد", "ابو"] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.starts_with("ال") && rest.len() > 6 || is_name(rest) {
                return Some(Part::Name { ambiguous: false });
            }
        }
    }
    if bits & NAME != 0 {
        // The preposition على folds to علي: read the surface, and the word before (الحاصل
        // علي نوبل, على written with ي).
        if w == "علي" && (sent.surface(i, i + 1).ends_with('ى') || governs_ala(sent, i)) {
            return None;
        }
        return Some(Part::Name {
            ambiguous: bits & AMBIGUOUS != 0,
        });
    }
    None
}

/// Could `w` be a family name with the article that is not in the lexicon (الخازم،
/// الشمسان)? Not a feminine noun (الجامعة), not a stop word (القادم).
fn loose_family(w: &str) -> bool {
    loose_family_with(w, flags(w))
}

/// Is `w` a body's head noun with the article (قال نجم المنتخب "the national team's star",
/// المؤشر)? Then it is the body, not a family name the name data happens to list or a loose
/// family name; الدوري is also a family (al-Douri).
fn body_noun(w: &str) -> bool {
    w.strip_prefix("ال")
        .is_some_and(|rest| rest != "دوري" && lists::ORG_HEADS.contains(&rest))
}

/// [`loose_family`], given the [`flags`] of `w`.
fn loose_family_with(w: &str, bits: u8) -> bool {
    // Not a plural (جودة المخرجات، لولا المقاتلون). Not ـين either, though: الجبرين and حسام
    // الدين are names, and a plural after a name (الحقباني الفائزين) is rarer.
    w.starts_with("ال")
        && w.chars().count() >= 5
        && !w.ends_with('ه')
        && !w.ends_with("ون")
        && !w.ends_with("ات")
        && bits & STOP == 0
        && !body_noun(w)
}

/// Token `i` without a leading و (`ومحمد`): `(word, bytes of و)`.
fn bare<'a>(sent: &Sent<'a>, i: usize) -> (&'a str, usize) {
    let w = sent.w(i);
    // A word that starts a glossary term or is a role (وكيل "deputy") is that word, not
    // و + a name (كيل).
    let whole = sent.any(i, TERM | ROLE);
    match w.strip_prefix('و') {
        Some(r) if r.chars().count() >= 3 && flags(w) & NAME == 0 && !whole => {
            (r, w.len() - r.len())
        }
        _ => (w, 0),
    }
}

/// A name run starting at token `i`: `(from, to, bytes of و before it)`. `evidence`: a title
/// or a speech verb is right before, so one lexicon name or an ambiguous first name is enough.
pub(crate) fn name_run(
    sent: &Sent,
    i: usize,
    covered: &[bool],
    evidence: bool,
) -> Option<(usize, usize, usize)> {
    if covered.get(i).copied().unwrap_or(true) {
        return None;
    }
    let w = sent.w(i);
    // A word the lexicon lacks before بن/بنت is a first name if it is no common word: عاطي بن
    // عطية القرشي.
    let before_bin = matches!(sent.w(i + 1), "بن" | "بنت")
        && (unlisted_first(sent, i) || common_before_bin(sent, i));
    // A given name with the article before بن/ابن: the old and historical names (الوليد بن
    // عبد الملك، الحسين بن علي، المختار بن أبي عبيد الثقفي).
    let definite_bin = definite_before_bin(sent, i);
    let before_bin = before_bin || definite_bin;
    // Most words are no name, particle or compound: turned away by their class bit.
    let given = !sent.any(i, NAME_START)
        && !compound_start(w.as_bytes())
        && !before_bin
        && evidence
        && common_given(sent, i, covered);
    if !sent.any(i, NAME_START) && !compound_start(w.as_bytes()) && !before_bin && !given {
        return None;
    }
    // An acronym spelled in letters (يو إس إس إلكسندريا "USS Alexandria", يو إس جي إس) is
    // no name, though يو and إس are names of the lexicon (Yu, Aas): a letter next to a letter.
    // A letter's name is five letters at most (دبليو, 10 bytes): the length first, before the
    // list.
    if w.len() <= 10
        && LETTER_NAMES.contains(&w)
        && (LETTER_NAMES.contains(&sent.w(i + 1)) || i > 0 && LETTER_NAMES.contains(&sent.w(i - 1)))
    {
        return None;
    }
    // An office of two words or more (وولي العهد، ولي ولي العهد) starts no name, though its
    // first word is one of the lexicon (وولي: Woolley).
    if office_at(sent, i) {
        return None;
    }
    // A run never starts with the article (a family name comes second), but إليزابيث is a
    // name of the lexicon: one sketch test turns the rest away.
    if w.starts_with("ال") && w != "ال" && flags(w) & NAME == 0 && !definite_bin {
        return None;
    }
    let (w, clitic) = bare(sent, i);
    // A verb of becoming the name data also spells (بات Pat) starts no name, even after a
    // title: news writes it as the verb (للرئيس السوري الذي بات أردوغان خصمًا، بات الدوري
    // هاجساً).
    if lists::LINKING_VERBS.contains(&w) {
        return None;
    }
    // Only a name, a particle or a compound (عبدالله، أبوبكر) starts a run: one sketch test
    // turns most words away before `part_of`.
    let bits = flags(w);
    if bits & (NAME | PARTICLE) == 0
        && !w.starts_with("عبد")
        && !w.starts_with("ابو")
        && !before_bin
        && !given
    {
        return None;
    }
    // An honorific that is also a name (سماحة، فضيلة) before a title or a word that starts
    // no name addresses the person the title names: وقال فضيلة الشيخ …، أوضح سماحته.
    if HONORIFICS.contains(&w) && (sent.any(i + 1, ROLE) || !sent.any(i + 1, NAME_START)) {
        return None;
    }
    // An indefinite noun with tanween of the nominative or genitive (نظرٍ، دليلٌ) takes
    // adjectives after it (نظرٍ سليم قويم "sound, upright reasoning"), not a name.
    if i > 0 && sent.is_word(i - 1) && shape::indefinite(sent.surface(i - 1, i)) {
        return None;
    }
    let first = if definite_bin || before_bin && bits & (NAME | PARTICLE) == 0 {
        Part::Name { ambiguous: false }
    } else if given {
        // A common word: the name rests on the title and the name after it.
        Part::Name { ambiguous: true }
    } else {
        part_with(sent, i, w, bits)?
    };
    let strong_first = match first {
        Part::Name { ambiguous } => !ambiguous,
        // عبد الله; a kunya: أبو حسن، ابن تيمية (a lexicon name after it).
        Part::Particle if w == "عبد" => true,
        // In the genitive too, and before عبد: للإمام أبي عبد الله الحسين، خلافة أبي بكر.
        Part::Particle if w == "ابو" || w == "ابن" || w == "ابي" => {
            // The genitive kunya right after a namesake's head noun names the school, mosque
            // or street (ثانوية أبي بكر الصديق, SaudiNewsNet al-Riyadh; مسجد أبي بكر).
            if w == "ابي" && i > 0 && shape::namesake_head(sent, i - 1) {
                return None;
            }
            let next = sent.w(i + 1);
            let name = matches!(part_of(sent, i + 1, next), Some(Part::Name { .. }))
                || w != "ابن" && next == "عبد" && sent.is_word(i + 2);
            if !name {
                return None;
            }
            true
        }
        // A family by آل after a title or speech verb: وأشار آل فهيد إلى أن.
        Part::Particle if w == "ال" && evidence && sent.surface(i, i + 1).starts_with('آ') => {
            let next = sent.w(i + 1);
            if !sent.is_word(i + 1) || next.starts_with("ال") || is_stop(next) {
                return None;
            }
            true
        }
        Part::Particle | Part::Family { .. } => return None,
    };
    // A word before a body's head noun with the article is in construct with it (قال نجم
    // المنتخب "the national team's star said"), not a first name.
    if body_noun(sent.w(i + 1)) {
        return None;
    }
    let mut to = i + 1;
    let mut strong_second = false;
    let mut need_word = first == Part::Particle;
    // Was the last token taken a family name with the article (الخالد)?
    let mut family = false;
    // Has the run taken بن/بنت/ابن (a chain of fathers may pass six tokens), and was the
    // last token taken only as the word after a particle (بن غرم)?
    let (mut chain, mut particle_word) = (false, false);
    while to < sent.len() && !covered[to] && sent.is_word(to) && !dash_before(sent, to) {
        let w = sent.w(to);
        // A name word and الله are one compound name (غرم الله، عوض الله، ضيف الله): the
        // name goes on after it (العقيد غازي بن غرم الله الغامدي).
        let prev = sent.w(to - 1);
        // Never second: رحمة الله، رحمه الله، فضل الله are "God's mercy/grace"; and after
        // a name word only when the name goes on (عوض الله الحربي; not علي بن أبي طالب كرم
        // الله وجهه, a prayer).
        if w == "الله"
            && to >= i + 2
            && !need_word
            && flags(prev) & PARTICLE == 0
            && !prev.starts_with("ال")
            && (particle_word
                || (to + 1 < sent.len()
                    && !covered[to + 1]
                    && matches!(
                        part_of(sent, to + 1, sent.w(to + 1)),
                        Some(Part::Name { .. } | Part::Family { .. } | Part::Particle)
                    )))
        {
            to += 1;
            particle_word = false;
            continue;
        }
        // A verb of becoming after a name (لوكاس سيلفا بات على وشك الرحيل) ends it, and so
        // does an office of two words whose first is a name or family name of the lexicon:
        // عبدالله التركي الأمين العام (the secretary-general, not al-Amin), الملك عبدالعزيز
        // وولي العهد (and the crown prince, not Woolley).
        if !need_word && (lists::LINKING_VERBS.contains(&w) || office_at(sent, to)) {
            break;
        }
        // An office after a family name with the article is in apposition (عبدالله الربيعة
        // المستشار، منصور البلوي المشرف العام), though المشرف is ال + a name (Musharraf).
        if family && !need_word && lists::OFFICES_AFTER_NAME.contains(&w) {
            break;
        }
        // Six tokens at most, but a chain of fathers goes on to ten (الأمير فيصل بن مشعل بن
        // سعود بن عبد العزيز، أبو بكر محمد بن يحيى بن زكريا الرازي): cut at six it ended on
        // بن, and its last names read as another person.
        // Past six, only the chain's particles, the word after one and family names of the
        // lexicon or nisba (not الفيصل رحمه الله، الربيعة الشكر).
        let chained = || {
            need_word
                || matches!(w, "بن" | "بنت" | "ابن")
                || matches!(part_of(sent, to, w), Some(Part::Family { .. }))
        };
        if to - i >= 6 && !(to - i < 10 && chain && chained()) {
            break;
        }
        chain |= matches!(w, "بن" | "بنت" | "ابن");
        particle_word = need_word;
        // One lookup of the word's bits for every test below.
        let bits = flags(w);
        let part = part_with(sent, to, w, bits);
        // A definite noun with a nationality adjective after it is in apposition (ديفيد
        // بيكهام النجم الإنجليزي "the English star"), though the lexicon has نجم (Najm): no
        // family name. A nisba is one (علي الغامدي).
        if to > i + 1
            && !need_word
            && matches!(part, Some(Part::Family { nisba: false }))
            && nationality_at(sent, to + 1)
        {
            break;
        }
        match part {
            Some(Part::Particle) => {
                // An ambiguous first name with بن/بنت/ابن after it is a name: ماجد بن فهد.
                if to == i + 1 && matches!(w, "بن" | "بنت" | "ابن") {
                    strong_second = true;
                }
                need_word = true;
                family = false;
            }
            Some(p) => {
                if to == i + 1 {
                    strong_second =
                        matches!(p, Part::Name { .. } | Part::Family { nisba: true }) || need_word;
                }
                family = matches!(p, Part::Family { .. });
                need_word = false;
            }
            // A particle takes any word after it: بن نايف، آل نهيان، عبد الله.
            None if need_word && bits & STOP == 0 => {
                if to == i + 1 {
                    strong_second = true;
                }
                family = false;
                need_word = false;
            }
            // A family name with the article closes a run that is a name already:
            // محمد الحمزة، عبد الله الشمسان.
            // A common word (الموتى، الفضاء، الشريك: مركز إكرام الموتى، رائد الفضاء) only
            // right after a first name that is no common word, after a title or speech verb
            // or a family name (المهندس محمد العمرة، الشيخ محمد الخالد الصباح; not سيباستيان
            // ستريكر الشريك المؤسس); a nisba (الغامدي) is a family name by `part_with` before
            // this.
            None if (strong_first || evidence || to > i + 1)
                && loose_family_with(w, bits)
                && (rare(w) || (evidence && strong_first && (to == i + 1 || family))) =>
            {
                to += 1;
                break;
            }
            None => break,
        }
        to += 1;
    }
    if need_word {
        to -= 1;
    }
    // Nothing below takes a word across a list's dash (متعب شراحيلي ـ عبدالله الشمري ـ عمر
    // هوساوي: three footballers of a squad).
    let apart = dash_before(sent, to);
    // A run of two names or more that ended on a name without the article, then a family name
    // written without it: مفرح بن حسن عسيري، إيمان سليمان ميمش.
    if to >= i + 2
        && (strong_first || strong_second || evidence)
        && shape::bare_family(sent, to, covered, evidence)
    {
        to += 1;
    }
    // After a title, one unknown word may follow a first name: فيليب لازاريني، مصطفى بايتاس.
    if to == i + 1 && !apart && evidence && strong_first && first != Part::Particle {
        let w = sent.w(to);
        if sent.is_word(to)
            && !covered[to]
            && !w.starts_with("ال")
            && w.chars().count() >= 3
            && !is_stop(w)
            && !sent.any(to, VERB | ROLE)
            && !COMPLEMENTS.contains(&w)
            && (unknown_name_ok(sent, to, to + 1) || known_surname(sent, to))
            && !super::quotes::is_subject_noun(w)
        {
            to += 1;
        }
    }
    // After a speech verb or title, a first name of the lexicon and one word right before
    // إن/أن or a comma, colon or quotation mark: news puts the whole subject there, so the
    // word is a surname even when it is also a common word (وقال آدم هول إن: هول is
    // "horror"). Not a stop word or a preposition phrase, and a word with a pronoun suffix or
    // the accusative alef only when the name data has it (له، عنها، مبتسما are no names).
    if to == i + 1 && !apart && evidence && matches!(first, Part::Name { .. }) {
        let w = sent.w(to);
        // A word of the name data (هول Hall), or one no common word; an ambiguous first name
        // (آدم، جون) only with a word of the name data.
        let known = crate::translit::knows(w);
        let next = sent.w(to + 1);
        let closes = to + 1 < sent.len()
            && (matches!(next, "," | "،" | ":" | "\"") || COMPLEMENTS.contains(&next));
        let suffixed = ["ه", "ها", "هم", "نا", "ا"].iter().any(|x| w.ends_with(x));
        if closes
            && shape::open_word(sent, to, covered)
            && !w.starts_with("ال")
            && w.chars().count() >= 3
            && !is_stop(w)
            && !COMPLEMENTS.contains(&w)
            && !preposition_phrase(w)
            // A ḥāl (مبتسما "smiling"), though the name data may spell it.
            && !shape::participle_alef(w)
            && (known || (strong_first && !suffixed && rare_with_clitics(w)))
            && !super::quotes::is_subject_noun(w)
            // Tanween fath (U+064B): an adverb or object (تقديراً), as bytes.
            && !sent.surface(to, to + 1).as_bytes().windows(2).any(|b| b == [0xD9, 0x8B])
        {
            to += 1;
        }
    }
    // A first name of the lexicon, then one word that is no common Arabic word: a foreign
    // or rare surname (كريستيانو رونالدو، ايمي كنافو، ميك فانينج، مارتن وايتزمان).
    if to == i + 1 && !apart && strong_first && matches!(first, Part::Name { .. }) {
        let w = sent.w(to);
        if shape::open_word(sent, to, covered)
            && (surname_shaped(w) || shape::w_surname(sent, to))
            && rare_with_clitics(w)
            // A common word with the accusative alef (منزعجا) is an adjective.
            && w.strip_suffix('ا').is_none_or(rare)
            && unknown_name_ok(sent, to, to + 1)
        {
            to += 1;
        }
    }
    // A first name, any name-shaped word, then a family name in the nisba: محمد ناجم
    // الغرسلي (ناجم is also "resulting", a common word).
    if to == i + 1
        && !apart
        && strong_first
        && matches!(first, Part::Name { .. })
        && shape::middle_then_nisba(sent, to, covered)
    {
        to += 2;
    }
    // A regnal ordinal right after a first name that has a title or speech verb before it
    // closes the name: الملك عبدالله الثاني، الملكة إليزابيث الثانية، محمد السادس (the
    // transliterator writes II, VI). Not after a family name: فابيان الهدف الثاني is a goal.
    if evidence
        && to == i + 1
        && !apart
        && to < sent.len()
        && !covered[to]
        && sent.is_word(to)
        && crate::translit::is_regnal(sent.w(to))
    {
        to += 1;
    }
    let len = to - i;
    // Two attributes of God (من حكيم حميد، غفور رحيم) are a Qur'anic phrase, not a person.
    if len == 2 && DIVINE_ATTRIBUTES.contains(&w) && DIVINE_ATTRIBUTES.contains(&sent.w(i + 1)) {
        return None;
    }
    let ok = match len {
        0 => false,
        1 => evidence && strong_first,
        _ => strong_first || strong_second || evidence,
    };
    (ok && !(len == 1 && first == Part::Particle)).then_some((i, to, clitic))
}

/// Is there a dash between tokens `k - 1` and `k` that the `match` normalization dropped: a
/// tatweel standing alone (حسين شيعان ـ متعب شراحيلي), which lists of names use as a separator?
/// A tatweel inside a word (كـبير) is part of its token, not between two.
fn dash_before(sent: &Sent, k: usize) -> bool {
    match (
        k.checked_sub(1).and_then(|j| sent.toks.get(j)),
        sent.toks.get(k),
    ) {
        (Some(a), Some(b)) => sent
            .text
            .get(a.orig().end..b.orig().start)
            .is_some_and(|gap| gap.contains('\u{0640}')),
        _ => false,
    }
}

/// Names on their own evidence (lexicon runs, kunyas, after a speech verb). Runs after the
/// glossary and titled people, over tokens they left.
pub(crate) fn extract(sent: &Sent, doc: &mut DocState, covered: &mut [bool], out: &mut Out) {
    let mut i = 0;
    // Where the last name read as a body's name ended (none: `usize::MAX`).
    let mut body_end = usize::MAX;
    while let Some(k) = next_candidate(sent, covered, i) {
        i = k;
        // بن after a word the lexicon lacks: the name may start there (عاطي بن عطية).
        if matches!(sent.w(i), "بن" | "بنت") && i > 0 && !covered[i - 1] {
            if let Some(run) = name_run(sent, i - 1, covered, false) {
                push_person(sent, doc, out, run, None, "person.name");
                covered[run.0..run.1].fill(true);
                i = run.1;
                continue;
            }
        }
        let after_verb = i > 0 && verb_at(sent, i - 1).is_some_and(|v| v.1);
        // A foreign first name the lexicon lacks, then a name of it: في إدارة ليندون جونسون
        // (FLORES Wikinews), سيرجو راموس. The first name is evidence enough for the run.
        let foreign = !after_verb && foreign_first(sent, i, covered);
        let run = if foreign {
            name_run(sent, i, covered, true).map(|(_, to, _)| (i - 1, to, 0))
        } else {
            None
        };
        let run = run
            .or_else(|| name_run(sent, i, covered, after_verb))
            .or_else(|| {
                // A known surname is a later mention (the entities rule), not a new person.
                let unknown = after_verb && !doc.people.contains_key(sent.w(i));
                unknown.then(|| lone_subject(sent, i)).flatten()
            });
        // A run inside a glossary term of two words or more (بتقنية واي فاي "Wi-Fi") is the
        // term's, not a person's.
        let run = run.filter(|&(from, to, _)| {
            !sent.terms.iter().any(|t| {
                t.to - t.from >= 2 && t.from <= from && to <= t.to && t.category == Category::Term
            })
        });
        let Some((from, to, clitic)) = run else {
            // A family (آل الأسد، بآل الأسد) that starts no name is the clan, not a person: its
            // name is claimed, so no later mention of a member's surname is read there.
            if clan(sent, i) {
                covered[i..i + 2].fill(true);
                i += 2;
            } else {
                i += 1;
            }
            continue;
        };
        // مستشاراً لجون إف كينيدي: a first name of the lexicon with ل glued to it, right
        // before the run, starts it (not "F. Kennedy" without John).
        let (from, clitic) = if clitic == 0 && lam_name(sent, from, covered) {
            (from - 1, 'ل'.len_utf8())
        } else {
            (from, clitic)
        };
        // ألفريدو دي ستيفانو، لويس فان غال: a European particle at the run's edge.
        let (from, to) = if clitic == 0 {
            cues::particle_edges(sent, covered, from, to)
        } else {
            (from, to)
        };
        // مطار جون إف كينيدي الدولي: a name right after a facility's head, with no title
        // between, and an adjective of the facility after the name (read as a family name,
        // al-Dooley) names the facility, not a person (FLORES Wikinews, dev news).
        if !after_verb && clitic == 0 {
            if let Some(end) = named_facility(sent, out, from, to) {
                covered[from..end].fill(true);
                i = end;
                continue;
            }
        }
        // شركة موسى الموسى العقارية، فرقة أبو عماد، مدافع فريق فالنسيا: words right after a
        // body's head noun name the body, not a person (a speech verb before says otherwise);
        // so do a title and a name after a namesake's head (كرسي المهندس عبدالله بقشان), and a
        // second name joined by و to the body's (مؤسسة محمد وعبدالله إبراهيم السبيعي الخيرية).
        let body = clitic == 0 && (shape::body_before(sent, from) || shape::namesake(sent, from))
            || clitic > 0
                && (from == body_end
                    || from >= 2
                        && shape::org_head(sent, from - 2)
                        && flags(sent.w(from - 1)) & NAME != 0);
        if !after_verb && body {
            // Claimed all the same: a later-mention rule would read its surname as a person.
            covered[from..to].fill(true);
            body_end = to;
            i = to;
            continue;
        }
        let rule = if after_verb {
            "person.subject"
        } else {
            "person.name"
        };
        push_person(sent, doc, out, (from, to, clitic), None, rule);
        covered[from..to].fill(true);
        i = to;
    }
}

/// Is token `from - 1` ل + a first name of the lexicon (لجون), right before a run at `from`
/// (the name that follows)? Not a word the common list has whole (لكل، لعلي) nor a glossary
/// term, role or verb (لبنان "Lebanon").
fn lam_name(sent: &Sent, from: usize, covered: &[bool]) -> bool {
    if from == 0 || covered[from - 1] || !sent.is_word(from - 1) {
        return false;
    }
    let w = sent.w(from - 1);
    let Some(rest) = w.strip_prefix('ل') else {
        return false;
    };
    rest.chars().count() >= 3
        && flags(w) & (NAME | STOP | PARTICLE) == 0
        && flags(rest) & (NAME | STOP | EPITHET) == NAME
        && !sent.any(from - 1, TERM | ROLE | VERB)
        && rare(w)
}

/// The facility named by the run `from..to` right after a facility head at `from - 1`
/// (مطار جون إف كينيدي الدولي), when one of the facility's adjectives ends the run or follows
/// it: pushed when the facility rule can render it, and the token after it returned. The
/// adjective is the evidence: without it a name after مستشفى or جامعة may be a person in
/// apposition.
fn named_facility(sent: &Sent, out: &mut Out, from: usize, to: usize) -> Option<usize> {
    if from == 0 || super::facilities::head_at(sent, from - 1).is_none() {
        return None;
    }
    let name_to = super::facilities::name_end(sent, from, to);
    if super::facilities::adjective(sent.w(name_to)).is_none() || !sent.is_word(name_to) {
        return None;
    }
    let arabic = sent.span(from, name_to).slice(sent.text);
    // Claimed even when the rule cannot render the facility (a definite word it lacks after
    // the adjective): the adjective is no family name either way.
    let pushed = english(sent, from, name_to, arabic)
        .english
        .and_then(|name| super::facilities::push(sent, out, from - 1, name_to, &name, false));
    Some(pushed.unwrap_or(to).max(to))
}

/// Is token `i`, right after a title or speech verb, a given name of the name data that is
/// also a common word, so neither the lexicon nor its ambiguous list has it (حاكم "ruler",
/// دولة "state", عالية "high"), with a name the lexicon vouches for right after it: a first
/// name that is no common word, a nisba, or بن/بنت (النائب [[حاكم الزاملي]]، الدكتورة [[دولة
/// مانع عسيري]])? Not a definite word, a word after و, a stop word, verb or role.
fn common_given(sent: &Sent, i: usize, covered: &[bool]) -> bool {
    let j = i + 1;
    // Tests of class bits and letters first: this runs on every word after a title or speech
    // verb that starts no name.
    if j >= sent.len()
        || covered[j]
        || !sent.is_word(i)
        || !sent.is_word(j)
        || sent.any(i, VERB | ROLE)
        || sent.any(j, TERM)
    {
        return false;
    }
    let (w, next) = (sent.w(i), sent.w(j));
    if w.starts_with("ال")
        || w.starts_with('و')
        || !(sent.any(j, NAME_START)
            || compound_start(next.as_bytes())
            || next.starts_with("ال") && next.ends_with('ي'))
    {
        return false;
    }
    // A first name that is also a common word (مانع، نجم "star") only with a family name
    // after it: هالك نجم فريق زينيت is Hulk, the team's star.
    let family_after = |k: usize| {
        k < sent.len()
            && !covered[k]
            && (matches!(
                part_of(sent, k, sent.w(k)),
                Some(Part::Family { nisba: true })
            ) || sent.w(k).ends_with('ي') && known_surname(sent, k))
    };
    let named = matches!(next, "بن" | "بنت")
        || match part_of(sent, j, next) {
            Some(Part::Family { nisba }) => nisba,
            Some(Part::Name { ambiguous: false }) => rare(next) || family_after(j + 1),
            _ => false,
        };
    named
        && w.chars().count() >= 3
        && !is_stop(w)
        && !office_at(sent, i)
        // نادي فيد، مؤسسة محمد: a body's head; وقال بيان الزاملي: "a statement" of him.
        && !shape::org_head(sent, i)
        && !super::quotes::is_subject_noun(w)
        && crate::translit::knows(w)
}

/// Does token `k` start a glossary title of two words or more (الأمين العام، ولي العهد،
/// وولي العهد)? Its first word may be a name of the lexicon (الأمين: ال + Amin), but there it
/// is an office. A one-word title may be a name (سلطان، أمير): not tested.
fn office_at(sent: &Sent, k: usize) -> bool {
    sent.any(k, TERM)
        && sent
            .term_at(k)
            .is_some_and(|t| t.category == Category::Title && t.to - t.from >= 2)
}

/// Is token `i - 1` a foreign first name before a name of the lexicon at `i`: a word by its
/// letters foreign ([`cues::foreign_word`]: no common word, no letter of Arab names), no
/// verb, role or glossary term, and token `i` a name of the lexicon that is no common word,
/// without و?
fn foreign_first(sent: &Sent, i: usize, covered: &[bool]) -> bool {
    let w = sent.w(i);
    i > 0
        && !covered[i - 1]
        && sent.is_word(i - 1)
        && flags(w) & (NAME | AMBIGUOUS | STOP | EPITHET) == NAME
        // Not a noun in apposition (تامودو نجم إسبانيول "Espanyol's star") nor a feminine
        // adjective the lexicon spells (جماهير كاتلونيا سعيدة "happy").
        && !cues::APPOSITIVES.contains(&w)
        && !w.ends_with('ه')
        && !sent.any(i - 1, VERB | ROLE | TERM)
        && cues::foreign_word(sent.w(i - 1))
        // A first name of the name data (ليندون Lyndon, مارلون Marlon): the letters alone let
        // through products, ships and verse (جالاكسي نوت، بوكين شينا).
        && crate::translit::knows(sent.w(i - 1))
        && !shape::body_before(sent, i - 1)
        // ملعب لوفتس رود، على ملعب " لوفتس رود ": a stadium's or facility's name.
        && !(i.saturating_sub(3)..i - 1).any(|k| super::facilities::head_at(sent, k).is_some())
}

/// Does a definite nationality adjective (a glossary term of category nationality with the
/// article: الإنجليزي، البرازيلية) start at token `k`?
fn nationality_at(sent: &Sent, k: usize) -> bool {
    sent.any(k, TERM)
        && sent.w(k).starts_with("ال")
        && sent
            .term_at(k)
            .is_some_and(|t| t.category == Category::Nationality)
}

/// Is token `i` (after و at most) ال + a given name of the lexicon right before بن/ابن, no
/// title, role or glossary term: الوليد بن عبد الملك، والقاسم بن الحسن, the old way of naming
/// (AQMAR's historical articles). Not الرئيس بن علي (a role), not a preposition with the
/// article (بالحسن).
fn definite_before_bin(sent: &Sent, i: usize) -> bool {
    if !matches!(sent.w(i + 1), "بن" | "ابن") || !sent.is_word(i) {
        return false;
    }
    let w = sent.w(i);
    let w = w
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(w);
    w.strip_prefix("ال").is_some_and(|rest| {
        rest.chars().count() >= 3
            && is_name(rest)
            && flags(w) & STOP == 0
            && !sent.any(i, VERB | ROLE)
            && !sent.in_term(i)
    })
}

/// Is token `i`, a common word before بن/بنت (مطلق "absolute", سفر "travel"), a first name
/// by the chain after it: one word after بن, then a nisba (مطلق بن دغيم الخمعلي، سفر بن سويد
/// الغامدي). Not a word with the article or و, a stop word, verb, role or term word.
fn common_before_bin(sent: &Sent, i: usize) -> bool {
    let w = sent.w(i);
    let father = sent.w(i + 2);
    sent.is_word(i)
        && w.chars().count() >= 3
        && !w.starts_with("ال")
        && !w.starts_with('و')
        && !is_stop(w)
        && !sent.any(i, VERB | ROLE)
        && !sent.in_term(i)
        && i + 3 < sent.len()
        && sent.is_word(i + 2)
        && !father.starts_with("ال")
        && !is_stop(father)
        && sent.is_word(i + 3)
        && matches!(
            part_of(sent, i + 3, sent.w(i + 3)),
            Some(Part::Family { nisba: true })
        )
}

/// Is token `i` the family particle آل, alone or after a preposition (آل، بآل، لآل), with a
/// word after it: `آل الأسد`, `لعلاقتها التاريخية بآل الأسد`?
fn clan(sent: &Sent, i: usize) -> bool {
    let surface = sent.surface(i, i + 1);
    matches!(sent.w(i), "ال" | "بال" | "لال" | "كال" | "فال")
        && ["آل", "بآل", "لآل", "كآل", "فآل"].contains(&surface)
        && i + 1 < sent.len()
        && sent.is_word(i + 1)
}

/// The first token from `from` on where [`extract`] may find a name: an unclaimed word that
/// follows a speech verb, is a name word or particle (`NAME_START`) or starts like a compound
/// ([`compound_start`]: a few byte compares on the words the bits leave, cheaper than the two
/// substring searches over every sentence that used to decide whether to test at all).
/// Most words are none of these: passed over on their class bits and first letters alone (the
/// same tests open `name_run` and `verb_at`), read from the token without slicing its text.
fn next_candidate(sent: &Sent, covered: &[bool], from: usize) -> Option<usize> {
    let (toks, text) = (sent.toks, sent.norm.text.as_bytes());
    let mut after_verb = from > 0 && toks.get(from - 1)?.class & VERB != 0;
    let rest = toks.get(from..)?.iter().zip(covered.get(from..)?);
    for (k, (t, &cov)) in rest.enumerate() {
        if t.kind == Kind::Word
            && !cov
            && (after_verb
                || t.class & NAME_START != 0
                || compound_start(&text[t.norm().start..t.norm().end]))
        {
            return Some(from + k);
        }
        after_verb = t.class & VERB != 0;
    }
    None
}

/// One unknown word right after a speech verb and before a comma, colon, إن/أن or a quotation
/// (وقال فانينج، …؛ وقالت كنافو إن …): a surname. Not a definite word, a stop word, a known
/// subject noun (مسؤول، مصادر) or a word shaped like a common noun (…ة، …ون، …ين).
fn lone_subject(sent: &Sent, i: usize) -> Option<(usize, usize, usize)> {
    let w = sent.w(i);
    let next = sent.w(i + 1);
    let closes = matches!(next, "," | "،" | ":" | "\"") || COMPLEMENTS.contains(&next);
    let plain = sent.is_word(i)
        && w.chars().count() >= 3
        && !w.starts_with("ال")
        && !w.ends_with('ه')
        && !w.ends_with("ون")
        && !w.ends_with("ات")
        // أعتقد، نرى: a verb of the present tense, not a name.
        && !((4..=5).contains(&w.chars().count()) && w.starts_with(['ا', 'ي', 'ت', 'ن']))
        && !is_stop(w)
        && flags(w) & AMBIGUOUS == 0
        // A common word is no lone name (بها، عنهم، شيئا، موقع، آخر after جاء، قال، أكد),
        // unless the lexicon has it as a name (حسين، غادة).
        && (flags(w) & NAME != 0 || rare_with_clitics(w))
        && !sent.any(i, VERB | ROLE)
        && !sent.in_term(i)
        && !super::quotes::is_subject_noun(w)
        // An initialism in capitals (أعلنت METI أن) names a body, not a person.
        && !sent.surface(i, i + 1).bytes().all(|b| b.is_ascii_uppercase());
    (closes && plain).then_some((i, i + 1, 0))
}

#[cfg(test)]
mod bodies_tests;
#[cfg(test)]
mod tests;
