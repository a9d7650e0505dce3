//! The matcher's cheap tests of a key's second word against the word after a first word,
//! before [`super::rules::rest_matches`] compares them: first letter ([`stem_heads`]), last
//! letter and length ([`ends_like`]). Each is a necessary condition of some mode of
//! `rest_matches`, so a key it turns away could not have matched.

use super::Key;

/// The first two bytes of `word` as a number (Arabic: its first letter), if it has two.
#[inline]
pub(super) fn first_two(word: &[u8]) -> Option<u16> {
    word.first_chunk::<2>().map(|b| u16::from_le_bytes(*b))
}

/// The first letter of `word` ([`first_two`]) as written and after the article, ل or لل
/// (0 where there is none): every way [`rest_matches`](super::rules::rest_matches) may read a key word's letters at
/// the start of a text word (الحوار for حوار, لإطلاق for إطلاق, للخارجية for الخارجية, خارجية
/// for الخارجية once [`Key::head`] drops the article).
#[inline]
pub(super) fn stem_heads(word: &[u8]) -> [u16; 4] {
    let head = |w: Option<&[u8]>| w.and_then(first_two).unwrap_or(0);
    let lam = word.strip_prefix("ل".as_bytes());
    [
        head(Some(word)),
        head(word.strip_prefix("ال".as_bytes())),
        head(lam),
        head(lam.and_then(|w| w.strip_prefix("ل".as_bytes()))),
    ]
}

/// The last two bytes of `word` (Arabic: its last letter), if it has two.
#[inline]
pub(super) fn last_two(word: &[u8]) -> Option<u16> {
    word.last_chunk::<2>().map(|b| u16::from_le_bytes(*b))
}

/// How `word` ends, for [`ends_like`]: its last letter ([`last_two`], 0 if none) and length,
/// and the same without a final accusative alef (`(0, 0)` when it has none).
#[inline]
pub(super) fn word_ends(word: &[u8]) -> [(u16, usize); 2] {
    let end = |w: &[u8]| (last_two(w).unwrap_or(0), w.len());
    [
        end(word),
        word.strip_suffix("ا".as_bytes()).map_or((0, 0), end),
    ]
}

/// Can a word that ends as `ends` ([`word_ends`]) spell key's second word in some mode of
/// [`rest_matches`](super::rules::rest_matches)? It must end in the key word's last letter (before an accusative alef or
/// not), and what comes before the key word without its article must be nothing, ل, ال, لل
/// or ال twice (0, 2, 4 or 8 bytes). A necessary condition only: cheap, before the real test.
#[inline]
pub(super) fn ends_like(ends: [(u16, usize); 2], key: &Key) -> bool {
    // Bits 0, 2, 4 and 8: the byte lengths a proclitic or article may take before the word.
    const PREFIX_LENS: u32 = 1 | 1 << 2 | 1 << 4 | 1 << 8;
    ends.iter().any(|&(tail, len)| {
        tail == key.tail
            && len
                .checked_sub(key.core_len as usize)
                .is_some_and(|extra| extra <= 8 && PREFIX_LENS >> extra & 1 != 0)
    })
}
