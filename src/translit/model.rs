//! The spelling model: a joint-sequence n-gram model over (Arabic letter, English chunk) units.
//!
//! **In:** `data/model.bin` (written by `dev/translit/train.py`, layout in
//! `dev/translit/tables.py`): the units (letter, chunk), each letter's candidate units, the
//! unigram scores, and the stored n-grams as sorted arrays, read in place (loading checks every
//! offset and id once and copies nothing). **Out:** [`Model::spell`]: the most likely English
//! spelling of a folded Arabic token, by a beam search over its letters, with the share of the
//! beam's probability that spelling holds.
//!
//! Probabilities follow the ARPA convention: an n-gram that is not stored is scored by the
//! backoff weight of its history plus the score of the n-gram one shorter. The stored n-grams
//! are successor lists per (history, next letter), the histories bucketed by their last unit,
//! so scoring every candidate chunk of a letter after one history costs a short binary search
//! per history length.

use super::bytes::{milli, Cursor, I16s, U16s, U32s, U64s};
use crate::error::Result;

/// Units per history at most: the model's order less one (a history and a letter are packed in
/// 64 bits: 4 units of 12 bits and 16 bits of letter).
const MAX_HISTORY: usize = 4;
/// Hypotheses kept per letter: 8 gains 0.002–0.004 top-1 on the held-out names at twice the
/// cost, 16 no more than 8 (`dev/translit/eval.py --beam N`; summing the final beam's
/// hypotheses per spelling changed nothing at 4).
const BEAM: usize = 4;
/// Candidate chunks a letter may have at most (the file lists them, the most frequent first;
/// `dev/translit/tables.py` keeps 16).
const CANDIDATES: usize = 32;
/// Bits per unit in a packed history.
const ID_BITS: u32 = 12;
/// The start of a word in a packed history.
const START: u64 = 0xFFF;

/// The trained model, read in place from its bytes.
#[derive(Debug, Default)]
pub struct Model {
    /// Units per history (the order less one).
    history: usize,
    /// Hypotheses kept per letter ([`BEAM`] unless set otherwise for an experiment).
    beam: usize,
    /// The letters, by index (sorted; 0 is the end of the word).
    letters: U32s,
    /// Letter `i`'s candidate units are `cand[cand_start[i]..cand_start[i + 1]]`.
    cand_start: U32s,
    cand: U16s,
    /// Each unit's place in its letter's candidates (`u8::MAX`: not a candidate).
    rank: &'static [u8],
    /// ln p of each unit alone, by id, in thousandths.
    unigram: I16s,
    /// Unit `u` spells `chunks[chunk_start[u]..chunk_start[u + 1]]`.
    chunk_start: U32s,
    chunks: &'static str,
    /// The histories whose last unit is `u` (bucket `u + 1`; bucket 0: the start of the word)
    /// are `hist_key[bucket_start[b]..bucket_start[b + 1]]`, sorted.
    bucket_start: U32s,
    /// Packed histories with stored n-grams and their ln backoff weight.
    hist_key: U64s,
    hist_backoff: I16s,
    /// History `i`'s letters with stored n-grams: `next_letter[letter_start[i]..letter_start[i + 1]]`.
    letter_start: U32s,
    next_letter: &'static [u8],
    /// (history, letter) `j`'s stored n-grams: `succ[next_start[j]..next_start[j + 1]]`.
    next_start: U32s,
    /// (unit id, ln p in thousandths) of stored n-grams, grouped by history and letter.
    succ_unit: U16s,
    succ_lnp: I16s,
}

#[derive(Clone, Copy)]
struct Hyp {
    /// The last units, oldest in the high bits, 12 bits each (id + 1, or [`START`]).
    history: u64,
    score: f32,
    /// Index of the last unit in the trellis (`u32::MAX`: none yet).
    node: u32,
}

impl Model {
    /// Read the model from its bytes; an error names the file and the byte where the layout
    /// breaks. With `check`, checks every offset and id once, so that decoding finds every
    /// index in bounds; the built-in model skips that (about 2 M instructions on a process's
    /// first name: a test checks it, `damaged_tables_are_errors`), where a broken table could
    /// only make decoding panic (every read is bounds-checked).
    pub fn from_bytes(data: &'static [u8], file: &'static str, check: bool) -> Result<Model> {
        let mut c = Cursor::new(data, b"DRGMOD01", file)?;
        let mut header = [0usize; 8];
        for h in &mut header {
            *h = c.u32()? as usize;
        }
        let [order, n_units, n_letters, n_cand, n_hist, n_next, n_succ, blob_len] = header;
        if !(2..=MAX_HISTORY + 1).contains(&order) {
            return Err(c.bad("the model's order is not 2 to 5"));
        }
        if n_units == 0 || n_units as u64 >= START - 1 || n_letters == 0 {
            return Err(c.bad("the model has no units, or more than 12-bit ids hold"));
        }
        let letters = U32s::read(&mut c, n_letters)?;
        let cand_start = U32s::read(&mut c, n_letters + 1)?;
        let cand = U16s::read(&mut c, n_cand)?;
        let rank = c.section(n_units, 1)?;
        let unigram = I16s::read(&mut c, n_units)?;
        let chunk_start = U32s::read(&mut c, n_units + 1)?;
        let chunks = c.section(blob_len, 1)?;
        let chunks = std::str::from_utf8(chunks).map_err(|_| c.bad("a chunk is not UTF-8"))?;
        let bucket_start = U32s::read(&mut c, n_units + 2)?;
        let hist_key = U64s::read(&mut c, n_hist)?;
        let hist_backoff = I16s::read(&mut c, n_hist)?;
        let letter_start = U32s::read(&mut c, n_hist + 1)?;
        let next_letter = c.section(n_next, 1)?;
        let next_start = U32s::read(&mut c, n_next + 1)?;
        let succ_unit = U16s::read(&mut c, n_succ)?;
        let succ_lnp = I16s::read(&mut c, n_succ)?;
        if check {
            let letters_ok = letters.get(0) == 0
                && (1..n_letters).all(|i| {
                    letters.get(i - 1) < letters.get(i) && char::from_u32(letters.get(i)).is_some()
                });
            // Letter 0, the end of the word, has one candidate: unit 0.
            let cands_ok = cand_start.are_offsets(n_cand)
                && cand_start.get(1) == cand_start.get(0) + 1
                && cand.get(cand_start.get(0) as usize) == 0
                && (0..n_letters)
                    .all(|i| (cand_start.get(i + 1) - cand_start.get(i)) as usize <= CANDIDATES)
                && (0..n_cand).all(|i| (cand.get(i) as usize) < n_units);
            let chunks_ok = chunk_start.are_offsets(chunks.len())
                && (0..=n_units).all(|u| chunks.is_char_boundary(chunk_start.get(u) as usize));
            let grams_ok = bucket_start.are_offsets(n_hist)
                && (0..=n_units).all(|b| {
                    let (a, z) = (
                        bucket_start.get(b) as usize,
                        bucket_start.get(b + 1) as usize,
                    );
                    (a + 1..z).all(|i| hist_key.get(i - 1) < hist_key.get(i))
                })
                && letter_start.are_offsets(n_next)
                && next_start.are_offsets(n_succ)
                && (0..n_succ).all(|i| (succ_unit.get(i) as usize) < n_units);
            if !(letters_ok && cands_ok && chunks_ok && grams_ok) {
                return Err(c.bad("the model's tables are inconsistent"));
            }
        }
        Ok(Model {
            history: order - 1,
            beam: BEAM,
            letters,
            cand_start,
            cand,
            rank,
            unigram,
            chunk_start,
            chunks,
            bucket_start,
            hist_key,
            hist_backoff,
            letter_start,
            next_letter,
            next_start,
            succ_unit,
            succ_lnp,
        })
    }

    /// The same model with `beam` hypotheses kept per letter (at least 1).
    pub fn with_beam(mut self, beam: usize) -> Model {
        self.beam = beam.max(1);
        self
    }

    /// The index of a letter, `None` for a character the model has no unit for.
    fn letter(&self, c: char) -> Option<usize> {
        let (mut lo, mut hi) = (1, self.letters.len());
        let c = c as u32;
        while lo < hi {
            let mid = (lo + hi) / 2;
            let l = self.letters.get(mid);
            if l < c {
                lo = mid + 1;
            } else if l > c {
                hi = mid;
            } else {
                return Some(mid);
            }
        }
        None
    }

    /// The candidate units of letter `li`, as a range of `cand`.
    fn candidates(&self, li: usize) -> std::ops::Range<usize> {
        self.cand_start.get(li) as usize..self.cand_start.get(li + 1) as usize
    }

    /// ln p(unit | history) of every candidate of letter `li` into `scores`: the unigram
    /// (`unigram`, the candidates' scores alone), then
    /// for each longer history with stored n-grams its backoff weight added, or its stored
    /// value where there is one.
    fn score(&self, history: u64, li: usize, unigram: &[f32], scores: &mut [f32]) {
        let cands = self.candidates(li);
        scores.copy_from_slice(unigram);
        for len in 1..=self.history {
            let hkey = history & ((1u64 << (ID_BITS * len as u32)) - 1);
            // A history without stored n-grams backs off for free, and so does every longer
            // one ending with it (the training keeps an n-gram only if its suffix is kept).
            let Some(h) = self.find_history(hkey) else {
                break;
            };
            let backoff = milli(self.hist_backoff.get(h));
            for s in scores.iter_mut() {
                *s += backoff;
            }
            let letters = self.letter_start.get(h) as usize..self.letter_start.get(h + 1) as usize;
            let Some(j) = self.next_letter[letters.clone()]
                .iter()
                .position(|&l| l as usize == li)
                .map(|j| letters.start + j)
            else {
                continue;
            };
            for k in self.next_start.get(j) as usize..self.next_start.get(j + 1) as usize {
                let u = self.succ_unit.get(k);
                let r = self.rank[u as usize] as usize;
                if r < scores.len() && self.cand.get(cands.start + r) == u {
                    scores[r] = milli(self.succ_lnp.get(k));
                }
            }
        }
    }

    /// The index of a history with stored n-grams: a binary search in its last unit's bucket.
    /// A bucket's keys all end with its unit, so the one-unit history is the least key there:
    /// it is the first entry or missing, no search needed.
    fn find_history(&self, key: u64) -> Option<usize> {
        let last = key & START;
        let b = if last == START { 0 } else { last as usize };
        let (mut lo, mut hi) = (
            self.bucket_start.get(b) as usize,
            self.bucket_start.get(b + 1) as usize,
        );
        if key == last {
            return (lo < hi && self.hist_key.get(lo) == key).then_some(lo);
        }
        while lo < hi {
            let mid = (lo + hi) / 2;
            let k = self.hist_key.get(mid);
            if k < key {
                lo = mid + 1;
            } else if k > key {
                hi = mid;
            } else {
                return Some(mid);
            }
        }
        None
    }

    /// The best English spelling of a folded token and its share of the beam's probability;
    /// `None` when the token has a character the model has no unit for.
    pub fn spell(&self, folded: &str) -> Option<(String, f32)> {
        if folded.is_empty() {
            return None;
        }
        let mask = (1u64 << (ID_BITS * self.history as u32)) - 1;
        let mut trellis: Vec<(u32, u32)> = Vec::with_capacity(folded.len() * self.beam);
        let width = self.beam;
        let mut beam: Vec<Hyp> = Vec::with_capacity(width + 1);
        beam.push(Hyp {
            history: (0..self.history).fold(0, |k, _| k << ID_BITS | START),
            score: 0.0,
            node: u32::MAX,
        });
        let mut next: Vec<Hyp> = Vec::with_capacity(width + 1);
        let mut scores = [0f32; CANDIDATES];
        let mut unigram = [0f32; CANDIDATES];
        for c in folded.chars() {
            let li = self.letter(c)?;
            let cands = self.candidates(li);
            let scores = &mut scores[..cands.len()];
            let unigram = &mut unigram[..cands.len()];
            for (s, i) in unigram.iter_mut().zip(cands.clone()) {
                *s = milli(self.unigram.get(self.cand.get(i) as usize));
            }
            next.clear();
            for hyp in &beam {
                self.score(hyp.history, li, unigram, scores);
                for (i, &s) in cands.clone().zip(scores.iter()) {
                    let u = u64::from(self.cand.get(i));
                    keep_best(
                        &mut next,
                        width,
                        Hyp {
                            history: (hyp.history << ID_BITS | (u + 1)) & mask,
                            score: hyp.score + s,
                            node: hyp.node,
                        },
                    );
                }
            }
            beam.clear();
            for h in &next {
                trellis.push((h.node, ((h.history & START) - 1) as u32));
                beam.push(Hyp {
                    node: (trellis.len() - 1) as u32,
                    ..*h
                });
            }
        }
        let mut end = [0f32; 1];
        let end_alone = [milli(self.unigram.get(0))];
        for hyp in &mut beam {
            self.score(hyp.history, 0, &end_alone, &mut end);
            hyp.score += end[0];
        }
        let best = *beam
            .iter()
            .reduce(|a, b| if better(b, a) { b } else { a })?;
        let total: f32 = beam.iter().map(|h| (h.score - best.score).exp()).sum();
        let mut units = Vec::with_capacity(folded.len());
        let mut node = best.node;
        while node != u32::MAX {
            let (parent, unit) = trellis[node as usize];
            units.push(unit as usize);
            node = parent;
        }
        let mut english = String::with_capacity(units.len() * 2);
        for &u in units.iter().rev() {
            english.push_str(
                &self.chunks
                    [self.chunk_start.get(u) as usize..self.chunk_start.get(u + 1) as usize],
            );
        }
        Some((english, 1.0 / total))
    }
}

/// Whether `a` goes before `b` in a beam: the higher score, ties by history (deterministic).
fn better(a: &Hyp, b: &Hyp) -> bool {
    a.score > b.score || (a.score == b.score && a.history < b.history)
}

/// Put `h` into `beam` (best first, at most `width`, one hypothesis per history: equal
/// histories have the same future, so only the better one matters).
fn keep_best(beam: &mut Vec<Hyp>, width: usize, h: Hyp) {
    // Most candidates are worse than a full beam's last: out at once (an equal history in the
    // beam is at least as good as that last one, so the answer is the same).
    if beam.len() == width && !better(&h, &beam[width - 1]) {
        return;
    }
    if let Some(i) = beam.iter().position(|b| b.history == h.history) {
        if !better(&h, &beam[i]) {
            return;
        }
        beam.remove(i);
    } else if beam.len() == width {
        if !better(&h, &beam[width - 1]) {
            return;
        }
        beam.pop();
    }
    let at = beam
        .iter()
        .position(|b| better(&h, b))
        .unwrap_or(beam.len());
    beam.insert(at, h);
}
