//! A per-thread memo of what is looked up for every written word: its class bits in a
//! [`super::Lexicon`] and a number another stage asks for it (the glossary matcher's record of the
//! word as a term's first word, [`crate::glossary::Matcher`]).
//!
//! **In:** a word (normalized bytes) and the functions that compute its class and its number.
//! **Out:** the same class and number, computed once per distinct word instead of once per
//! token: news is Zipfian (on 600 real articles, 208k words are 42k distinct ones; a thousand
//! words make 46 % of the text), and each of those lookups is a hash probe into a table of
//! several megabytes, most of them cache misses.
//!
//! The token stage asks only about words that the lexicon's sketch or the caller's filter
//! lets through (the others have no class and no number, and the filters are small tables
//! read in a loop of their own): 11k distinct words of the 600 articles.
//!
//! How: an open-addressing table of words of up to 16 bytes (97 % of news tokens). Such a
//! word is known exactly by its length and its first and last eight bytes (overlapping; fewer
//! for shorter words), so an entry holds the word itself in two `u64`s and a lookup compares
//! two numbers, not bytes. Longer words are not kept: their lookups are made every time.
//!
//! Bounds: the table has [`SLOTS`] entries of 24 bytes (768 KiB a thread) and is emptied when
//! half of them are taken, so a lookup stops within a few slots and memory does not grow.
//! An entry is only valid for the lexicon and the function it was computed with: the memo is
//! emptied when asked with another [`MemoKey`].

use std::cell::RefCell;

/// Slots of a thread's memo: a power of two. 768 KiB, which stays in a core's L2 cache: the
/// token stage asks the memo only about words its lexicon or the matcher's filter may hold
/// (11k distinct words on 600 news articles), so it is seldom emptied.
const SLOTS: usize = 1 << 15;

/// What a memo's entries were computed with: ids of the lexicon and of the source of the
/// number ([`next_id`]).
pub(crate) type MemoKey = (u64, u64);

/// A fresh id for a table whose lookups may be memoized (a lexicon, a matcher): never given
/// twice in a process, so that a memo computed with a dropped table is never read for a new
/// one built at the same address.
pub(crate) fn next_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[derive(Clone, Copy, Default)]
struct Entry {
    /// The word: see [`word_key`].
    a: u64,
    b: u64,
    /// Its length in bytes (1 to 16), or 0 for an empty slot.
    len: u16,
    class: u16,
    aux: u32,
}

const _: () = assert!(std::mem::size_of::<Entry>() == 24);

/// Words and what was computed for them.
pub(crate) struct Memo {
    key: MemoKey,
    slots: Box<[Entry]>,
    used: usize,
}

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// Run `f` with this thread's memo for `key` (emptied first if it holds another key's
/// entries).
pub(crate) fn with_memo<R>(key: MemoKey, f: impl FnOnce(&mut Memo) -> R) -> R {
    MEMO.with(|cell| {
        // Taken out for the call: `f` may not reach the memo again (a nested call gets a
        // fresh one and its entries are dropped), and no borrow is held across `f`.
        let taken = cell.borrow_mut().take();
        let mut memo = match taken {
            Some(m) if m.key == key => m,
            Some(mut m) => {
                m.clear();
                m.key = key;
                m
            }
            None => Memo::new(key),
        };
        let r = f(&mut memo);
        *cell.borrow_mut() = Some(memo);
        r
    })
}

impl Memo {
    fn new(key: MemoKey) -> Memo {
        Memo {
            key,
            slots: vec![Entry::default(); SLOTS].into_boxed_slice(),
            used: 0,
        }
    }

    fn clear(&mut self) {
        self.slots.fill(Entry::default());
        self.used = 0;
    }

    /// The class and number of word `w` (not empty): from the memo, or from `compute` (and
    /// kept, if the word is short enough).
    #[inline(always)]
    pub(crate) fn get(
        &mut self,
        w: &[u8],
        compute: impl FnOnce(&[u8]) -> (u16, u32),
    ) -> (u16, u32) {
        let Some((a, b)) = word_key(w) else {
            return compute(w);
        };
        let len = w.len() as u16;
        let mask = SLOTS - 1;
        let mut k = slot(a, b, len);
        loop {
            let e = self.slots[k];
            if e.len == 0 {
                break;
            }
            if e.a == a && e.b == b && e.len == len {
                return (e.class, e.aux);
            }
            k = (k + 1) & mask;
        }
        self.insert(w, a, b, k, compute)
    }

    /// A word not in the memo, whose empty slot is `k`.
    #[inline(never)]
    fn insert(
        &mut self,
        w: &[u8],
        a: u64,
        b: u64,
        mut k: usize,
        compute: impl FnOnce(&[u8]) -> (u16, u32),
    ) -> (u16, u32) {
        let (class, aux) = compute(w);
        let len = w.len() as u16;
        if 2 * (self.used + 1) > SLOTS {
            self.clear();
            k = slot(a, b, len);
        }
        self.slots[k] = Entry {
            a,
            b,
            len,
            class,
            aux,
        };
        self.used += 1;
        (class, aux)
    }
}

/// The word `w` as two numbers that, with its length, tell it from every other word of at
/// most 16 bytes: its first and last eight bytes (from 8 to 16 bytes), its first and last
/// four (from 4 to 7), or its first, middle and last byte (1 to 3). `None` for longer words
/// and the empty word.
#[inline(always)]
fn word_key(w: &[u8]) -> Option<(u64, u64)> {
    let n = w.len();
    if let (Some(f), Some(l)) = (w.first_chunk::<8>(), w.last_chunk::<8>()) {
        (n <= 16).then(|| (u64::from_le_bytes(*f), u64::from_le_bytes(*l)))
    } else if let (Some(f), Some(l)) = (w.first_chunk::<4>(), w.last_chunk::<4>()) {
        let (f, l) = (u32::from_le_bytes(*f), u32::from_le_bytes(*l));
        Some((u64::from(f) | u64::from(l) << 32, 0))
    } else if n > 0 {
        Some((
            u64::from(w[0]) | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1]) << 16,
            0,
        ))
    } else {
        None
    }
}

/// The first slot to look at for a word's key.
#[inline(always)]
fn slot(a: u64, b: u64, len: u16) -> usize {
    let h = (a ^ b.rotate_left(29) ^ u64::from(len)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The memo gives what `compute` gives, for short and long words alike, and tells apart
    /// words that share their ends or length.
    #[test]
    fn memo_gives_what_compute_gives() {
        let words = [
            "و",
            "في",
            "من",
            "علي",
            "وزير",
            "وزيره",
            "الخارجيه",
            "والخارجيه",
            "بالخارجيه",
            "للخارجيه",
            "المملكه",
            "السعوديه",
            "الاستراتيجيه",
            "والاستراتيجيات",
            "2015",
            "1436",
            "abc",
            "abd",
            "ab",
            "a",
        ];
        let compute = |w: &[u8]| -> (u16, u32) {
            let h = w
                .iter()
                .fold(7u32, |h, &b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
            (w.len() as u16, h)
        };
        let mut calls = 0;
        with_memo((next_id(), next_id()), |memo| {
            for round in 0..3 {
                for w in words {
                    let got = memo.get(w.as_bytes(), |w| {
                        calls += 1;
                        compute(w)
                    });
                    assert_eq!(got, compute(w.as_bytes()), "{w} in round {round}");
                }
            }
        });
        // Each word computed once but those over 16 bytes (الاستراتيجيه: 24), every time.
        let long = words.iter().filter(|w| w.len() > 16).count();
        assert!(long >= 3);
        assert_eq!(calls, words.len() + 2 * long);
    }

    /// Another key empties the memo: nothing computed for one lexicon is read for another.
    #[test]
    fn another_key_starts_afresh() {
        let (k1, k2) = ((next_id(), 1), (next_id(), 1));
        with_memo(k1, |m| {
            assert_eq!(m.get("قال".as_bytes(), |_| (1, 1)), (1, 1))
        });
        with_memo(k2, |m| {
            assert_eq!(m.get("قال".as_bytes(), |_| (2, 2)), (2, 2))
        });
        with_memo(k2, |m| {
            assert_eq!(m.get("قال".as_bytes(), |_| (3, 3)), (2, 2))
        });
    }

    /// Filling the memo past half its slots empties it and it goes on giving right answers.
    #[test]
    fn a_full_memo_is_emptied() {
        with_memo((next_id(), 0), |memo| {
            for i in 0..(SLOTS / 2 + 100) as u32 {
                let w = format!("w{i}");
                assert_eq!(memo.get(w.as_bytes(), |_| (0, i)), (0, i));
            }
            assert!(memo.used <= SLOTS / 2);
            assert_eq!(memo.get(b"w1", |_| (0, 77)), (0, 77));
            let last = format!("w{}", SLOTS / 2 + 99);
            assert_eq!(
                memo.get(last.as_bytes(), |_| (0, 0)).1,
                (SLOTS / 2 + 99) as u32
            );
        });
    }
}
