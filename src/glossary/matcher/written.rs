//! The matcher's build, its largest part: every written form of every first-word stem, with
//! its reading, into a [`FormList`] for [`super::table::FormTable`].
//!
//! **In:** the stems of the glossary's first words (sorted) and each stem's keys. **Out:** the
//! keys in one list, each stem's together and longest first, and every (written form,
//! reading) in the order made: the proclitics of
//! [`crate::tokens::forms::written_proclitics`] before the stem, with the accusative alef
//! after it where the stem takes one, then the possessive forms and the proclitic forms of a
//! two-letter stem where its keys want them (see [`super::Matcher`]).

use super::table::FormList;
use super::{
    Form, Key, FORM_LAM_ARTICLE, FORM_MULTI_ONLY, FORM_POSSESSIVE, FORM_SHORT, KEY_COMMON,
    KEY_MULTI_NAME,
};
use crate::tokens::forms::{
    possessive_base, possessive_proclitics, short_stem_proclitics, takes_accusative_alef,
    written_proclitics, LAM_ARTICLE,
};

/// The keys of all stems (`key_lists[i]` for `stems[i]`, longest first) and the written forms
/// that lead to them.
pub(super) fn forms(stems: &[Box<str>], key_lists: Vec<Vec<Key>>) -> (Vec<Key>, FormList) {
    // A nisba in ي takes the accusative alef (فلسطينياً) unless the glossary spells a word
    // that way itself (كوريا is Korea, not "Korean"). Every written form ends in its stem,
    // so the stem's last letter decides, or else the form with the alef.
    let in_ya: rustc_hash::FxHashSet<&[u8]> = (stems.iter())
        .filter(|s| s.ends_with("يا"))
        .map(|s| s.as_bytes())
        .collect();
    let accusative_ok = |stem: &str, with_alef: &[u8]| {
        takes_accusative_alef(stem) || (stem.ends_with('ي') && !in_ya.contains(with_alef))
    };
    let mut all_keys = Vec::new();
    // Every (written word, reading) in the order made; a word's readings keep that order.
    // About 40 readings a stem: 23 written forms, 12 with the accusative alef, and some
    // possessive forms.
    let mut forms = FormList::with_capacity(stems.len() * 48);
    // Each form is written in `word`: its proclitics right-aligned in the first `ROOM`
    // bytes (one 8-byte copy), then the stem and what follows it (no `String` per form).
    const ROOM: usize = 8;
    let padded = |p: &str| -> ([u8; ROOM], usize) {
        let mut b = [0; ROOM];
        b[ROOM - p.len()..].copy_from_slice(p.as_bytes());
        (b, ROOM - p.len())
    };
    let written: Vec<_> = written_proclitics()
        .iter()
        .map(|p| (p, padded(&p.text)))
        .collect();
    // ل + the article before a stem in ل is written with two lams, not three (ل + اللجنة =
    // للجنة): the chains in لل written without their last ل, for those stems.
    let lam_lam: Vec<_> = written_proclitics()
        .iter()
        .filter_map(|p| {
            p.text
                .strip_suffix('ل')
                .filter(|_| p.text.ends_with(LAM_ARTICLE))
        })
        .map(|short| (short.len(), padded(short)))
        .collect();
    let possessive: Vec<_> = possessive_proclitics().iter().map(|p| padded(p)).collect();
    let short: Vec<_> = short_stem_proclitics().iter().map(|p| padded(p)).collect();
    let mut word: Vec<u8> = Vec::new();
    let put = |word: &mut Vec<u8>, (proclitics, at): &([u8; ROOM], usize)| -> usize {
        word[..ROOM].copy_from_slice(proclitics);
        *at
    };
    for (stem, mut keys) in stems.iter().zip(key_lists) {
        keys.sort_by_key(|k| std::cmp::Reverse(k.rest.len()));
        let at = u32::try_from(all_keys.len()).expect("fewer than 2^32 keys");
        let count = u32::try_from(keys.len()).expect("fewer than 2^32 keys");
        let form = |stripped: usize, article: usize, accusative, kind| Form {
            keys: at,
            key_count: count,
            stripped: stripped as u8,
            article: article as u8,
            accusative,
            kind,
        };
        let letters = stem.chars().count();
        word.clear();
        word.resize(ROOM, 0);
        word.extend_from_slice(stem.as_bytes());
        let end = word.len();
        word.extend_from_slice("ا".as_bytes());
        // The chains of `proclitics_of`, padded.
        for (p, pad) in written.iter().filter(|(p, _)| letters >= p.letters) {
            let start = put(&mut word, pad);
            let stripped = p.text.len();
            if p.article == 0 && accusative_ok(stem, &word[start..]) {
                forms.add(&word[start..], form(stripped, p.article, true, 0));
            }
            forms.add(&word[start..end], form(stripped, p.article, false, 0));
        }
        if stem.starts_with('ل') && letters >= 3 {
            for (stripped, pad) in &lam_lam {
                let start = put(&mut word, pad);
                forms.add(
                    &word[start..end],
                    form(*stripped, 0, false, FORM_LAM_ARTICLE),
                );
            }
        }
        // Possessive forms of a stem without ة serve multi-word keys only: made only then
        // (a smaller table is a faster one).
        let marbuta = stem.ends_with('ه');
        if keys
            .iter()
            .any(|k| k.flags & KEY_COMMON != 0 && (marbuta || !k.rest.is_empty()))
        {
            let kind = if marbuta {
                FORM_POSSESSIVE
            } else {
                FORM_POSSESSIVE | FORM_MULTI_ONLY
            };
            if let Some((base, suffixes)) = possessive_base(stem) {
                word.truncate(ROOM);
                word.extend_from_slice(base.as_bytes());
                let base_end = word.len();
                for suffix in suffixes {
                    word.truncate(base_end);
                    word.extend_from_slice(suffix.as_bytes());
                    for p in &possessive {
                        let start = put(&mut word, p);
                        forms.add(&word[start..], form(ROOM - start, 0, false, kind));
                    }
                }
            }
        }
        if keys.iter().any(|k| k.flags & KEY_MULTI_NAME != 0) && letters == 2 {
            word.truncate(ROOM);
            word.extend_from_slice(stem.as_bytes());
            for p in &short {
                let start = put(&mut word, p);
                forms.add(&word[start..], form(ROOM - start, 0, false, FORM_SHORT));
            }
        }
        all_keys.extend(keys);
    }
    (all_keys, forms)
}
