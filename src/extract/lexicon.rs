//! The rules' lexicon: the words rules start at or look up, gathered from each rule family's
//! tables into the token stage's word classes ([`word_classes`]), and the table lookups
//! (through proclitics or exact) the rules share.

use super::{
    casualties, companies, dates, entities, hedge, numbers, persons, places, quantities, quotes,
    FxMap, FxSet, DATE_WORD, DUAL, HEAD_AFTER_1, HEAD_AFTER_2, LEX, MONTH, NAME_START, NUMBER_WORD,
    ORDINAL, PLACE_HEAD, ROLE, SOURCE, VERB,
};
use crate::tokens::forms::{clitic_splits, RULE_PROCLITICS};
use crate::tokens::Lexicon;

/// The proclitic a fact starting at word `w` leaves out: the first proclitic split of `w`
/// whose rest is a head, unless `w` itself is one. ل + a head with the article, its alef
/// elided (للقرن، وللربع), is read as the head once (as [`crate::tokens::forms::rest_is`] reads it): the ل stays
/// with its article, so only a conjunction before it is left out (وللقرن → للقرن).
fn head_after_clitic(w: &str) -> Option<&str> {
    if heads().contains(w) {
        return None;
    }
    clitic_splits(w).skip(1).find_map(|(c, r)| {
        if c.ends_with('ل') && r.starts_with('ل') && heads().contains(format!("ا{r}").as_str()) {
            Some(&c[..c.len() - 'ل'.len_utf8()])
        } else {
            heads().contains(r).then_some(c)
        }
    })
}

/// The words rules start facts with, for stripping proclitics from fact spans.
fn heads() -> &'static FxSet<&'static str> {
    static H: std::sync::OnceLock<FxSet<&'static str>> = std::sync::OnceLock::new();
    H.get_or_init(|| {
        let mut v = Vec::new();
        casualties::heads(&mut v);
        dates::heads(&mut v);
        numbers::heads(&mut v);
        quantities::heads(&mut v);
        v.into_iter().collect()
    })
}

/// Every word any rule looks up (heads plus speech verbs, roles, casualty nouns): a token
/// none of whose proclitic splits is here cannot start a rule, so rules skip it cheaply.
fn lexicon() -> &'static FxSet<&'static str> {
    static L: std::sync::OnceLock<FxSet<&'static str>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut v: Vec<&'static str> = heads().iter().copied().collect();
        quotes::words(&mut v);
        entities::words(&mut v);
        hedge::words(&mut v);
        places::words(&mut v);
        companies::words(&mut v);
        v.into_iter().collect()
    })
}

/// Is `w` (a normalized word, proclitics included) a lexicon word through its proclitics?
/// The definition; [`Classes`] precomputes it for every word it can be true of.
fn in_lexicon(w: &str) -> bool {
    let lex = lexicon();
    clitic_splits(w).any(|(c, r)| {
        lex.contains(r)
            || (c.ends_with('ل') && r.starts_with('ل') && lex.contains(format!("ا{r}").as_str()))
    })
}

/// The rules' word classes as a token [`Lexicon`], built once: one table lookup per token
/// replaces the per-split set lookups.
pub(crate) fn word_classes() -> &'static Lexicon {
    static C: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    C.get_or_init(|| Lexicon::new(class_words()))
}

/// Heads a name may follow, of places (مدينة، بلدة) and of bodies (شركة، نادي): the
/// `PLACE_HEAD` class.
fn name_heads(out: &mut Vec<&'static str>) {
    places::words(out);
    companies::words(out);
}

/// Every written word (proclitics included) that has a class, with its class bits.
pub(super) fn class_words() -> FxMap<Box<str>, u16> {
    // Every way a lexicon word can be written with proclitics: the same proclitics as
    // `clitic_splits`, and ل/ول/فل before a word whose article lost its alef (للاول).
    let mut words: FxMap<Box<str>, u16> = FxMap::default();
    // About ten written forms a lexicon word, and the name starts.
    words.reserve(lexicon().len() * 12 + 20_000);
    let mut buf = String::new();
    let mut add = |parts: [&str; 2]| {
        buf.clear();
        parts.iter().for_each(|p| buf.push_str(p));
        // Keep only what the definition accepts: a candidate is not always a split
        // (`clitic_splits` wants two letters after the proclitics).
        if in_lexicon(&buf) {
            match words.get_mut(buf.as_str()) {
                Some(bits) => *bits |= LEX,
                None => {
                    words.insert(buf.as_str().into(), LEX);
                }
            }
        }
    };
    for &r in lexicon() {
        for c in [""].into_iter().chain(RULE_PROCLITICS) {
            add([c, r]);
        }
        if let Some(rest) = r.strip_prefix('ا').filter(|x| x.starts_with('ل')) {
            for c in ["ل", "ول", "فل"] {
                add([c, rest]);
            }
        }
    }
    // Narrower classes: a word gets the bit when one of its proclitic splits leaves a word
    // of the table (each such word is a lexicon word, so the written form is in the map).
    // `article`: also ل + a word of the table whose article lost its alef (للاول).
    // (class bit, the words of the class, whether للاول-style forms count).
    type Family = (u16, fn(&mut Vec<&'static str>), bool);
    let families: [Family; 8] = [
        (MONTH, dates::month_words, false),
        (VERB, quotes::words, false),
        (NUMBER_WORD, numbers::number_words, false),
        (ORDINAL, numbers::ordinal_words, true),
        (DATE_WORD, dates::date_words, true),
        (DUAL, quantities::dual_words, false),
        (ROLE, entities::words, false),
        (PLACE_HEAD, name_heads, false),
    ];
    // Every word of a family with the family's bits: one lookup per split below.
    let mut table: FxMap<&'static str, u16> = FxMap::default();
    let mut article_table: FxMap<String, u16> = FxMap::default();
    for (bit, words_of, article) in families {
        let mut v = Vec::new();
        words_of(&mut v);
        for w in v {
            *table.entry(w).or_default() |= bit;
            if article {
                if let Some(rest) = w.strip_prefix('ا').filter(|r| r.starts_with('ل')) {
                    *article_table.entry(rest.to_string()).or_default() |= bit;
                }
            }
        }
    }
    for (w, bits) in words.iter_mut() {
        for (c, r) in clitic_splits(w) {
            *bits |= table.get(r).copied().unwrap_or(0);
            if c.ends_with('ل') && r.starts_with('ل') {
                *bits |= article_table.get(r).copied().unwrap_or(0);
            }
        }
    }
    // A split whose rest is a head leaves a lexicon word, so every word with a
    // `head_after_clitic` is in the map.
    for (w, bits) in words.iter_mut() {
        match head_after_clitic(w).map(str::len) {
            Some(2) => *bits |= HEAD_AFTER_1,
            Some(4) => *bits |= HEAD_AFTER_2,
            _ => {}
        }
    }
    // Where a name run may start (the person rules' first test, done once per token here),
    // and where a quote's source may be named (the source rule's first test).
    let starts = persons::start_words().map(|w| (w, NAME_START));
    for (w, bit) in starts.chain(quotes::source_words().into_iter().map(|w| (w, SOURCE))) {
        match words.get_mut(w.as_str()) {
            Some(bits) => *bits |= bit,
            None => {
                words.insert(w.into_boxed_str(), bit);
            }
        }
    }
    words
}

/// Tables up to this many rows are scanned by [`lookup`]: a scan mostly compares lengths,
/// cheaper than the per-thread hash lookups below for a few rows. (An index for [`get`]
/// too, beyond 8 or 32 rows, cost more than it saved: the number words' tables, 16 to 26
/// rows, got slower; a plain scan inlined at the call site is hard to beat for one word.)
const SCAN_MAX: usize = 8;

/// One table's words, each with the index of its first row (the row a scan would find).
type Index = FxMap<&'static str, u32>;

thread_local! {
    /// Per thread, the index of every longer table looked up so far, keyed by the table's
    /// address and length. Tables are `'static`, so an address never names two contents
    /// (a constant promoted twice only gets two indexes).
    static INDEXES: std::cell::RefCell<FxMap<(usize, usize), Index>> = Default::default();
}

/// The value of `w` in a table of `(word, value)` rows, looking through proclitics; with the
/// table's key. Short tables are scanned; a longer one is looked up through its index (built
/// on its first lookup in this thread): one probe per proclitic split instead of a scan of
/// the table per split.
pub(crate) fn lookup<T: Copy + 'static>(
    table: &'static [(&'static str, T)],
    w: &str,
) -> Option<(&'static str, T)> {
    if table.len() <= SCAN_MAX {
        return clitic_splits(w)
            .find_map(|(_, rest)| table.iter().find(|(k, _)| *k == rest).copied());
    }
    INDEXES.with(|cell| {
        let mut indexes = cell.borrow_mut();
        let index = indexes
            .entry((table.as_ptr() as usize, table.len()))
            .or_insert_with(|| {
                let mut index = Index::default();
                // From the last row up, so that the first row of a repeated key wins.
                for (i, (k, _)) in table.iter().enumerate().rev() {
                    index.insert(k, i as u32);
                }
                index
            });
        clitic_splits(w).find_map(|(_, rest)| index.get(rest).map(|&i| table[i as usize]))
    })
}

/// Exact lookup, no clitics.
pub(crate) fn get<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::{clitic_splits, head_after_clitic, lookup, SCAN_MAX};

    /// The proclitic a fact leaves out: a conjunction or preposition before a head; before ل +
    /// the article with its alef elided, only the conjunction (the ل stays with its article).
    #[test]
    fn head_after_clitic_reads_lam_and_the_elided_article_once() {
        for (w, want) in [
            ("القرن", None),
            ("والقرن", Some("و")),
            ("بالقرن", Some("ب")),
            ("للقرن", Some("")),
            ("وللقرن", Some("و")),
            ("فللنصف", Some("ف")),
            ("وللعام", Some("و")),
            // ل + a bare head (قرن, a duration's unit): the ل is left out.
            ("لقرن", Some("ل")),
            ("وقال", None),
        ] {
            assert_eq!(head_after_clitic(w), want, "{w}");
        }
    }

    /// A table longer than [`SCAN_MAX`] (so looked up through its index), with a repeated
    /// key: casualty nouns as the casualty rules look them up.
    static NOUNS: &[(&str, u8)] = &[
        ("قتيل", 1),
        ("جريح", 2),
        ("مصاب", 3),
        ("شهيد", 4),
        ("قتلي", 5),
        ("جرحي", 6),
        ("مصابين", 7),
        ("شهداء", 8),
        ("قتيل", 9),
        ("ضحيه", 10),
    ];

    /// The index gives what a scan of each proclitic split gives (the first row of a
    /// repeated key, the first split that is a key).
    #[test]
    fn lookup_through_the_index_is_the_scan() {
        assert!(NOUNS.len() > SCAN_MAX);
        let scan = |w: &str| {
            clitic_splits(w).find_map(|(_, r)| NOUNS.iter().find(|(k, _)| *k == r).copied())
        };
        // Words as news writes them: bare, with و, with the article, and words of no row.
        let rows: &[(&str, Option<u8>)] = &[
            ("قتيل", Some(1)),
            ("وقتيل", Some(1)),
            ("وجرحي", Some(6)),
            ("ومصابين", Some(7)),
            // The article is no proclitic here: the rules' tables hold definite forms.
            ("والقتيل", None),
            ("الشهداء", None),
            ("ضحيه", Some(10)),
            ("قتيلا", None),
            ("مدينه", None),
            ("", None),
        ];
        for &(w, want) in rows {
            assert_eq!(lookup(NOUNS, w).map(|(_, v)| v), want, "{w:?}");
            assert_eq!(lookup(NOUNS, w), scan(w), "{w:?}");
        }
    }
}
