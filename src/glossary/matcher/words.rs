//! The words a text is matched on ([`Words`]: the token stage's words by their spans in the
//! normalized text) and what lies between two of them ([`text_gap`], `GAP_*` bits).

use crate::chars;
use crate::span::Span;
use crate::tokens::forms::is_clitic_chain;

/// The words a text is matched on, in `match` normalization (bytes, not `&str`: cutting a
/// `&str` checks both ends for char boundaries, and the token stage knows them already), and
/// what lies between them.
pub(super) trait Words {
    fn len(&self) -> usize;
    fn word(&self, i: usize) -> &[u8];
    /// The `GAP_*` bits of what lies between word `i - 1` and word `i` (`0 < i < len`).
    fn gap(&self, i: usize) -> u8;
}

/// The words and numbers of the token stage, by their spans in the normalized text. What lies
/// between them is read from the text when asked (rarely: for the words that may start a
/// term).
pub(super) struct TokenWords<'t> {
    pub norm: &'t [u8],
    pub words: &'t [Span],
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
pub(super) const GAP_SPACE: u8 = 1;
pub(super) const GAP_MORE_SPACE: u8 = 2;
pub(super) const GAP_GLUE: u8 = 4;
pub(super) const GAP_OTHER: u8 = 8;
/// With [`GAP_OTHER`]: the end of a sentence (. ! ? ؟ …), where a guard's cue is not looked
/// for beyond.
pub(super) const GAP_END: u8 = 16;
/// With [`GAP_GLUE`]: the glue is (or has) a quotation mark (`"` `“` `”`; « » are `"` once
/// normalized), not only brackets: what a `not-quoted` or `quoted` guard looks for.
pub(super) const GAP_QUOTE: u8 = 32;

/// The `GAP_*` bits of the characters between two words of normalized text (where spaces in
/// a row are one already, so a second space stands apart from the first). `between` lies
/// between char boundaries of a `str`: decoded in place, not checked as UTF-8 again.
pub(super) fn text_gap(between: &[u8]) -> u8 {
    let (mut gap, mut i) = (0, 0);
    while i < between.len() {
        let (c, len) = chars::decode_bytes(between, i);
        gap |= match c {
            ' ' if gap & GAP_SPACE != 0 => GAP_MORE_SPACE,
            ' ' => GAP_SPACE,
            _ if chars::is_quotation_mark(c) => GAP_GLUE | GAP_QUOTE,
            _ if chars::is_glue(c) => GAP_GLUE,
            '.' | '!' | '?' | '؟' | '…' | '\n' => GAP_OTHER | GAP_END,
            _ => GAP_OTHER,
        };
        i += len.max(1);
    }
    gap
}

/// Does a glued clitic token end in the article (`ال"طالبان"`)?
pub(super) fn glued_article(token: &[u8]) -> bool {
    token.ends_with("ال".as_bytes()) || token.ends_with("لل".as_bytes())
}

/// `ل"داعش"`: is word `i` a clitic joined to the next word by quotation marks or brackets
/// only? (Inline always: asked of most short words of a text, where a call cost more than
/// the test, which usually ends at the space after the word.)
#[inline(always)]
pub(super) fn glued_to_next(words: &impl Words, i: usize) -> bool {
    i + 1 < words.len()
        && words.gap(i + 1) & !GAP_QUOTE == GAP_GLUE
        && is_clitic_chain(words.word(i))
}
