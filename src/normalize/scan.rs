//! The normalization loop and its fast path: characters the rules leave unchanged are
//! passed a table load at a time (or only where `simd`'s stop scan marks), copied in
//! stretches, and only the rest goes through the per-character rules of `char_rules`.

use unicode_normalization::UnicodeNormalization;

use super::char_rules::{two_index, Act, Attach, ATTACH, BASE, DROP_MARK, KEEP};
use super::{map, Normalized, Normalizer, Rule, Rules};
use crate::chars::decode_bytes as decode;
use crate::simd::LetterStops;

impl Normalizer {
    /// Normalize `text`, keeping a map back to it.
    pub fn normalize(&self, text: &str) -> Normalized {
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut map = map::Builder::with_capacity(text.len() / 32);
        let mut last_space = false;
        let mut stage1: Vec<char> = Vec::new();
        // Characters the rules leave alone are not copied one by one: `run` is the start of
        // the pending stretch of such characters, copied in one go when a change comes.
        let mut run = 0;
        let mut i = 0;
        // Where the scan may stop, found 32 or 16 bytes at a time (not worth it for a short
        // text).
        let stops = match &self.blocks {
            Some(blocks) if bytes.len() >= 64 => Some(Stops(blocks.stops(bytes))),
            _ => None,
        };
        while i < bytes.len() {
            i = self.scan(
                text,
                i,
                &mut last_space,
                stops.as_ref(),
                &mut out,
                &mut run,
                &mut map,
            );
            if i >= bytes.len() {
                break;
            }
            // A letter with marks the rules drop (the tanwin of بياناً): the letter alone.
            if let Some(end) = self.bare_cluster(bytes, i) {
                out.push_str(&text[run..i]);
                let o = out.len();
                let (c, _) = decode(bytes, i);
                self.emit(self.act(c), c, &mut out, &mut last_space);
                map.edit(o, out.len() - o, i, end - i);
                i = end;
                run = end;
                continue;
            }
            // One character (and what attaches to it) the fast scan could not pass.
            let (c, len) = decode(bytes, i);
            let next = i + len;
            let succ = decode(bytes, next);
            let attaches =
                !c.is_whitespace() && !succ.0.is_ascii() && self.attachment(succ.0) != Attach::No;
            if !attaches && self.unchanged(c, last_space) {
                last_space = c == ' ';
                i = next;
                continue;
            }
            out.push_str(&text[run..i]);
            let out_start = out.len();
            let start = i;
            let end = if c.is_whitespace() {
                next
            } else {
                let (tail, dropped) = self.cluster_tail(&text[next..]);
                // A removed character before a run of them that no mark follows: the whole
                // run goes as one deletion (looking ahead again from each of them would take
                // time quadratic in the run).
                if tail == 0 && self.attachment(c) == Attach::Dropped {
                    next + dropped
                } else {
                    next + tail
                }
            };
            if end == next && !self.stage1_changes(c) {
                self.emit(self.act(c), c, &mut out, &mut last_space);
            } else {
                stage1.clear();
                for ch in text[start..end].chars() {
                    self.stage1(ch, &mut stage1);
                }
                if self.rules.contains(Rule::Nfc) && stage1.len() > 1 {
                    for ch in stage1.iter().copied().nfc() {
                        self.emit(self.act(ch), ch, &mut out, &mut last_space);
                    }
                } else {
                    for &ch in &stage1 {
                        self.emit(self.act(ch), ch, &mut out, &mut last_space);
                    }
                }
            }
            if out.as_bytes()[out_start..] != bytes[start..end] {
                map.edit(out_start, out.len() - out_start, start, end - start);
            }
            run = end;
            i = end;
        }
        out.push_str(&text[run..]);
        Normalized {
            text: out,
            map: map.finish(text.len()),
        }
    }

    /// The fast path: from byte `i`, pass over one- and two-byte characters that the rules
    /// leave unchanged and that nothing attaches to, and fold those with a one-to-one fold
    /// (ة → ه, أ → ا, ى → ي, ، → ,: written to `out` at once, after the pending stretch
    /// from `run`); return where it stopped (a character to process in full). One table load
    /// per character, for the pair of bytes it starts with, or per character `stops` marks.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn scan(
        &self,
        text: &str,
        mut i: usize,
        last_space: &mut bool,
        stops: Option<&Stops>,
        out: &mut String,
        run: &mut usize,
        map: &mut map::Builder,
    ) -> usize {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let start = i;
        // Passed characters come out as they are, so "the last character written was a
        // space" is a look at the byte before `j` (spaces are one byte).
        let initial = *last_space;
        let space_before = |j: usize| {
            if j > start {
                bytes[j - 1] == b' '
            } else {
                initial
            }
        };
        // A space after a space is dropped: not for the scan (the pair table stops at the
        // first space of two).
        // (Most scans resume after a letter: the byte test first.)
        let continues_run =
            bytes.get(i) == Some(&b' ') && initial && self.rules.contains(Rule::CollapseSpaces);
        if !continues_run {
            loop {
                i = pass_unchanged(&self.step, stops, bytes, i);
                // A two-byte character with a one-to-one fold, unless a mark attaches to it.
                if let Some(m) = self.simple_fold(bytes, i) {
                    out.push_str(&text[*run..i]);
                    let o = out.len();
                    out.push(m);
                    // A two-byte letter for a two-byte letter (ة → ه) shifts nothing: no edit
                    // of the map.
                    if m.len_utf8() != 2 {
                        map.edit(o, out.len() - o, i, 2);
                    }
                    *run = i + 2;
                    i += 2;
                    continue;
                }
                // Marks after a two-byte letter passed by this scan that comes out as it is
                // and keeps none of them (the tanwin of بياناً): the letter stays in the
                // pending stretch, the marks are cut out.
                if i < n && i > start && bytes[i - 1] >= 0x80 && self.may_attach(bytes, i) {
                    if let Some(end) = self.kept_bare_cluster(bytes, i - 2) {
                        out.push_str(&text[*run..i]);
                        map.edit(out.len() - 2, 2, i - 2, end - (i - 2));
                        *run = end;
                        i = end;
                        continue;
                    }
                }
                break;
            }
        }
        // What follows may attach to the character before: give that one back. (Nothing
        // attaches to whitespace: a mark after it stands alone.)
        if i < n && i > start && !bytes[i - 1].is_ascii_whitespace() && self.may_attach(bytes, i) {
            // The character before `i` was passed by this scan: ASCII or two bytes.
            let p = if bytes[i - 1] < 0x80 { i - 1 } else { i - 2 };
            *last_space = space_before(p);
            return p;
        }
        *last_space = space_before(i);
        i
    }

    /// Can the character at byte `i` attach to the one before it?
    #[inline(always)]
    fn may_attach(&self, bytes: &[u8], i: usize) -> bool {
        match bytes[i] {
            b if b < 0x80 => false,
            b @ 0xC2..=0xDF if i + 1 < bytes.len() => {
                self.two_flags[two_index(b, bytes[i + 1])] & ATTACH != 0
            }
            _ => self.long_may_attach(bytes, i),
        }
    }

    /// [`Normalizer::may_attach`] for a character of three or four bytes.
    #[inline(never)]
    fn long_may_attach(&self, bytes: &[u8], i: usize) -> bool {
        self.attachment(decode(bytes, i).0) != Attach::No
    }

    /// The fast-path flags of the character at byte `i` if it is a two-byte one.
    #[inline]
    fn two_flags_at(&self, bytes: &[u8], i: usize) -> Option<u8> {
        match bytes.get(i..i + 2)? {
            &[b0 @ 0xC2..=0xDF, b1] => Some(self.two_flags[two_index(b0, b1)]),
            _ => None,
        }
    }

    /// The fold of the two-byte character at `i`, if it is a plain one-to-one mapping and
    /// nothing attaches to it.
    #[inline]
    fn simple_fold(&self, bytes: &[u8], i: usize) -> Option<char> {
        let &[b0 @ 0xC2..=0xDF, b1] = bytes.get(i..i + 2)? else {
            return None;
        };
        let m = self.two_simple[two_index(b0, b1)];
        if m == 0 || self.may_attach_at(bytes, i + 2) {
            return None;
        }
        char::from_u32(m)
    }

    /// [`Normalizer::may_attach`], false at the end of the text.
    #[inline]
    fn may_attach_at(&self, bytes: &[u8], i: usize) -> bool {
        i < bytes.len() && self.may_attach(bytes, i)
    }

    /// Where the cluster at `i` ends if it is a `BASE` letter followed by `DROP_MARK`s only
    /// (and nothing else attaching): NFC cannot change it and the marks all go, so it comes
    /// out as the letter alone.
    #[inline]
    fn bare_cluster(&self, bytes: &[u8], i: usize) -> Option<usize> {
        if self.two_flags_at(bytes, i)? & BASE == 0 {
            return None;
        }
        let mut j = i + 2;
        while self
            .two_flags_at(bytes, j)
            .is_some_and(|f| f & DROP_MARK != 0)
        {
            j += 2;
        }
        (j > i + 2 && !self.may_attach_at(bytes, j)).then_some(j)
    }

    /// [`Normalizer::bare_cluster`] of a letter that comes out as it is.
    #[inline]
    fn kept_bare_cluster(&self, bytes: &[u8], i: usize) -> Option<usize> {
        let flags = self.two_flags_at(bytes, i)?;
        if flags & KEEP == 0 {
            return None;
        }
        self.bare_cluster(bytes, i)
    }

    /// Does `c`, on its own, come out of the rules unchanged?
    #[inline]
    fn unchanged(&self, c: char, last_space: bool) -> bool {
        match c {
            ' ' => !(last_space && self.rules.contains(Rule::CollapseSpaces)),
            '\t' => !self.rules.contains(Rule::Spaces),
            _ if c.is_ascii() => true,
            _ if (c as u32) < 0x800 => self.two_flags[c as usize] & KEEP != 0,
            _ => !self.stage1_changes(c) && self.act_slow(c) == Act::Keep,
        }
    }

    /// How many bytes at the start of `rest` belong to the cluster before it: combining marks
    /// (and characters NFC may compose with what precedes), together with any tatweel or
    /// invisible characters between them, so that a mark after a tatweel still composes with
    /// the letter before it. Dropped characters not followed by a mark stay outside.
    ///
    /// Also returns the bytes of the run of dropped characters at the start of `rest`.
    fn cluster_tail(&self, rest: &str) -> (usize, usize) {
        let mut seen = 0;
        let mut tail = 0;
        let mut dropped = None;
        for c in rest.chars() {
            if c.is_ascii() {
                break;
            }
            let attach = self.attachment(c);
            if attach != Attach::Dropped && dropped.is_none() {
                dropped = Some(seen);
            }
            seen += c.len_utf8();
            match attach {
                Attach::Combining => tail = seen,
                Attach::Dropped => {}
                Attach::No => break,
            }
        }
        (tail, dropped.unwrap_or(seen))
    }
}

/// The scan's inner loop: from `i`, step over the characters `step` passes; return where it
/// stopped. With `stops`, only the characters it marks are looked at.
#[inline(always)]
fn pass_unchanged(step: &[u8; 65536], stops: Option<&Stops>, bytes: &[u8], mut i: usize) -> usize {
    let Some(stops) = stops else {
        return pass_each(step, bytes, i);
    };
    loop {
        let k = stops.next(i);
        let s = match bytes.get(k..) {
            Some(&[b0, b1, ..]) => step[usize::from(b1) << 8 | usize::from(b0)],
            Some(&[b]) => step[usize::from(b)],
            _ => return bytes.len(),
        };
        if s == 0 {
            return k;
        }
        i = k + usize::from(s);
    }
}

/// [`pass_unchanged`] without stops: a table load per character.
#[inline(never)]
fn pass_each(step: &[u8; 65536], bytes: &[u8], mut i: usize) -> usize {
    if bytes.len() >= 2 {
        // `i < last` keeps `i` and `i + 1` in bounds, and (with `last` not saturated) lets
        // the compiler see it: one two-byte load and one table load per character.
        let last = bytes.len() - 1;
        while i < last {
            let Some(pair) = bytes[i..].first_chunk::<2>() else {
                break;
            };
            let s = step[u16::from_le_bytes(*pair) as usize];
            if s == 0 {
                return i;
            }
            i += s as usize;
        }
    }
    // The last byte (ASCII: a two-byte character cannot start there).
    if let Some(&b) = bytes.get(i) {
        i += usize::from(step[b as usize]);
    }
    i
}

/// The characters of a text where the fast scan may stop, a bit per byte: every character
/// that `step` does not pass is marked, and some it does (they are looked up again). No
/// continuation byte is marked.
struct Stops(Vec<u64>);

impl Stops {
    /// The first marked byte at or after `from`; past the end if none.
    #[inline]
    fn next(&self, from: usize) -> usize {
        let mut w = from / 64;
        let Some(&first) = self.0.get(w) else {
            return usize::MAX;
        };
        let mut bits = first & (!0u64 << (from % 64));
        while bits == 0 {
            w += 1;
            match self.0.get(w) {
                Some(&b) => bits = b,
                None => return usize::MAX,
            }
        }
        w * 64 + bits.trailing_zeros() as usize
    }
}

/// The stop scan for `step`, where the processor runs vector code and `step` treats ASCII as
/// the scan does (stops at most at one byte and at one pair of equal bytes): the `step`
/// table's answers for the letters with lead byte D8 or D9 (U+0600–067F, the Arabic letters
/// proper), by the nibbles of their second byte; characters of other lead bytes stop.
pub(super) fn letter_stops(step: &[u8; 65536], rules: Rules) -> Option<LetterStops> {
    let stop_ascii = if rules.contains(Rule::Spaces) {
        b'\t'
    } else {
        0xFF
    };
    let stop_pair = if rules.contains(Rule::CollapseSpaces) {
        b' '
    } else {
        0xFF
    };
    for b0 in 0..0x80u8 {
        for b1 in 0..=0xFFu8 {
            let stops = b0 == stop_ascii || (b0 == stop_pair && b1 == stop_pair);
            if step[usize::from(b1) << 8 | usize::from(b0)] != u8::from(!stops) {
                return None;
            }
        }
    }
    // For the low nibble of a letter's second byte: bit `h` set when the letter D8 `10hh
    // nnnn` passes, bit `4 + h` when D9 `10hh nnnn` does.
    let mut low = [0u8; 16];
    for (lead, shift) in [(0xD8usize, 0), (0xD9, 4)] {
        for second in 0x80..0xC0usize {
            if step[second << 8 | lead] == 2 {
                low[second & 0x0F] |= 1 << ((second >> 4 & 3) + shift);
            }
        }
    }
    LetterStops::new(low, stop_ascii, stop_pair)
}
