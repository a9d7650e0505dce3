//! The matcher's table of written first words: an open-addressing hash table behind a Bloom
//! filter (see [`FormTable`]).

use super::{Form, Key};

/// Written first words and their readings: an open-addressing hash table keyed by a cheap
/// hash of the word's bytes, behind a Bloom filter. The table is the index [`FormList`] built
/// while adding the words (no second placement): a slot holds a word's number, and the word's
/// record where its bytes and forms are, so a lookup that finds its word costs a slot, a
/// record, the word's bytes and its forms.
#[derive(Clone, Debug)]
pub(super) struct FormTable {
    /// A power of two long, at most half full: 1 + an index into `words`, or 0 for an empty
    /// slot.
    slots: Vec<u32>,
    /// Each word's [`Word`].
    words: Vec<Word>,
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

/// A word of [`FormTable`]: `bytes[at..at + len]`, its forms `forms[forms..forms + forms_len]`,
/// and sixteen bits of its hash ([`slot_tag`]). Sixteen bytes; a word may be of any length (a
/// user glossary's, too).
#[derive(Clone, Copy, Debug, Default)]
struct Word {
    tag: u16,
    forms_len: u16,
    at: u32,
    len: u32,
    forms: u32,
}

const _: () = assert!(std::mem::size_of::<Word>() == 16);

const FILTER_BITS: u32 = 21;

/// In a number of [`FormTable::id_of`]: the rest is the word's number, not where its readings
/// are (for a table of over 2^24 readings, or a word of 128 or more).
const BY_ID: u32 = 1 << 31;

/// A hash of a word: its first and last eight bytes (or fewer, overlapping) and its length,
/// mixed by one wide multiplication. Words that share both ends only share a chain.
#[inline]
pub(super) fn word_hash(w: &[u8]) -> u64 {
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

/// The written first words and their readings as the matcher's build makes them, before
/// [`FormTable::new`]: each distinct word once, in one byte arena (no `String` per word), and
/// every (word, reading) in the order added.
#[derive(Debug)]
pub(super) struct FormList {
    /// The distinct words, one after another, in order of first appearance.
    bytes: Vec<u8>,
    /// Each distinct word: where it is in `bytes`, its length, and its [`word_hash`].
    words: Vec<(u32, u32, u64)>,
    /// Open addressing over `words` (index + 1; 0: an empty slot), a power of two long and at
    /// most half full: finds a word already added in about one probe.
    index: Vec<u32>,
    /// (word, reading) in the order added.
    pairs: Vec<(u32, Form)>,
}

impl FormList {
    /// An empty list with room for about `pairs` readings (of words of about 16 bytes), so
    /// that it seldom grows.
    pub(super) fn with_capacity(pairs: usize) -> FormList {
        FormList {
            bytes: Vec::with_capacity(pairs * 16),
            words: Vec::with_capacity(pairs),
            index: vec![0; (2 * pairs).next_power_of_two().max(1024)],
            pairs: Vec::with_capacity(pairs),
        }
    }

    /// Add one reading of `word`; a word added again gets its readings in the order added.
    #[inline(always)]
    pub(super) fn add(&mut self, word: &[u8], form: Form) {
        let small = "the glossary's forms are far fewer than 2^32 bytes";
        if 2 * (self.words.len() + 1) > self.index.len() {
            self.grow();
        }
        let h = word_hash(word);
        let mask = self.index.len() - 1;
        let mut pos = h as usize & mask;
        let id = loop {
            match self.index[pos] {
                0 => {
                    let id = u32::try_from(self.words.len()).expect(small);
                    self.index[pos] = id + 1;
                    let at = u32::try_from(self.bytes.len()).expect(small);
                    let len = u32::try_from(word.len()).expect(small);
                    self.words.push((at, len, h));
                    self.bytes.extend_from_slice(word);
                    break id;
                }
                k => {
                    let (at, len, wh) = self.words[k as usize - 1];
                    let at = at as usize;
                    if wh == h && self.bytes[at..at + len as usize] == *word {
                        break k - 1;
                    }
                }
            }
            pos = (pos + 1) & mask;
        };
        self.pairs.push((id, form));
    }

    /// Double the index (or make the first one), re-placing the words by their hashes.
    fn grow(&mut self) {
        let size = (self.index.len() * 2).max(1024);
        let mut index = vec![0u32; size];
        for (id, &(_, _, h)) in self.words.iter().enumerate() {
            let mut pos = h as usize & (size - 1);
            while index[pos] != 0 {
                pos = (pos + 1) & (size - 1);
            }
            index[pos] = id as u32 + 1;
        }
        self.index = index;
    }
}

impl FormTable {
    /// The table of `list`: each word with all its readings, in the order added.
    pub(super) fn new(list: FormList) -> FormTable {
        let FormList {
            mut bytes,
            words,
            index,
            pairs,
        } = list;
        // Kept for the process: no room left over from the list's estimate.
        bytes.shrink_to_fit();
        // The readings grouped by word, each group in the order added (a counting sort).
        let mut start = vec![0u32; words.len() + 1];
        for &(id, _) in &pairs {
            start[id as usize + 1] += 1;
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        let mut fill = start.clone();
        let mut forms: Vec<Form> = match pairs.first() {
            Some(&(_, f)) => vec![f; pairs.len()],
            None => Vec::new(),
        };
        for &(id, form) in &pairs {
            forms[fill[id as usize] as usize] = form;
            fill[id as usize] += 1;
        }
        let mut filter: Box<[u64; 1 << (FILTER_BITS - 6)]> = vec![0u64; 1 << (FILTER_BITS - 6)]
            .into_boxed_slice()
            .try_into()
            .expect("the filter's size");
        let words = (words.iter().zip(start.windows(2)))
            .map(|(&(at, len, h), range)| {
                let (block, bits) = filter_bits(h);
                filter[block] |= bits;
                Word {
                    tag: slot_tag(h),
                    forms_len: u16::try_from(range[1] - range[0]).expect("a word has few forms"),
                    at,
                    len,
                    forms: range[0],
                }
            })
            .collect();
        FormTable {
            // (A list always has an index; a table has at least one empty slot.)
            slots: if index.is_empty() { vec![0; 16] } else { index },
            words,
            bytes,
            forms,
            filter,
        }
    }

    #[inline(always)]
    pub(super) fn get(&self, word: &[u8]) -> Option<&[Form]> {
        if self.may_have(word) {
            self.probe(word, word_hash(word))
        } else {
            None
        }
    }

    /// The filter's verdict: false when `word` is surely not in the table. No branch: in a
    /// loop over many words, the filter's cache misses overlap.
    #[inline(always)]
    pub(super) fn may_have(&self, word: &[u8]) -> bool {
        let (block, bits) = filter_bits(word_hash(word));
        self.filter[block] & bits == bits
    }

    /// The slot search of [`FormTable::get`], for the words the filter lets through.
    #[inline(never)]
    pub(super) fn probe(&self, word: &[u8], h: u64) -> Option<&[Form]> {
        let w = self
            .words
            .get((self.probe_id(word, h) as usize).wrapping_sub(1))?;
        let start = w.forms as usize;
        Some(&self.forms[start..start + usize::from(w.forms_len)])
    }

    /// Where the word's readings are ([`FormTable::forms_of`]), or 0 when it is not in the
    /// table: `forms` index × 128 + count when both fit (almost always: no load of the
    /// word's record when the readings are read), else [`BY_ID`] + the word's number.
    pub(super) fn id_of(&self, word: &[u8]) -> u32 {
        if !self.may_have(word) {
            return 0;
        }
        match self.probe_id(word, word_hash(word)) {
            0 => 0,
            id => {
                let w = self.words[id as usize - 1];
                if w.forms < 1 << 24 && w.forms_len < 128 {
                    w.forms << 7 | u32::from(w.forms_len)
                } else {
                    BY_ID | id
                }
            }
        }
    }

    /// The readings at `at`, from [`FormTable::id_of`] (0: none).
    #[inline(always)]
    pub(super) fn forms_of(&self, at: u32) -> Option<&[Form]> {
        if at & BY_ID == 0 {
            let (start, len) = ((at >> 7) as usize, (at & 127) as usize);
            // (0 is no word: a word has at least one reading.)
            return (len > 0).then(|| &self.forms[start..start + len]);
        }
        let w = self.words[(at & !BY_ID) as usize - 1];
        let start = w.forms as usize;
        Some(&self.forms[start..start + usize::from(w.forms_len)])
    }

    /// Read the first reading and key of every word that starts a term (`ids`:
    /// [`FormTable::id_of`]s), in a loop whose loads do not wait for each other: their cache
    /// misses overlap here, instead of each stalling the matcher's scan (a reading and its
    /// keys are two dependent loads from tables of megabytes).
    #[inline(never)]
    pub(super) fn touch(&self, keys: &[Key], ids: &[u32]) {
        let mut seen = 0u8;
        for &id in ids {
            if let Some([form, ..]) = self.forms_of(id) {
                seen ^= form.kind ^ keys.get(form.keys as usize).map_or(0, |k| k.avoid);
            }
        }
        std::hint::black_box(seen);
    }

    /// The slot search: the word's number (1 + its index in `words`), or 0.
    #[inline(always)]
    fn probe_id(&self, word: &[u8], h: u64) -> u32 {
        let mask = self.slots.len() - 1;
        let mut pos = h as usize & mask;
        loop {
            let id = self.slots[pos];
            if id == 0 {
                return 0;
            }
            let w = self.words[id as usize - 1];
            let at = w.at as usize;
            if w.tag == slot_tag(h)
                && w.len as usize == word.len()
                && self.bytes[at..at + word.len()] == *word
            {
                return id;
            }
            pos = (pos + 1) & mask;
        }
    }
}

/// The [`Word::tag`] of a word's hash: bits apart from those that pick its slot and its
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
