//! The spelling model: a joint-sequence n-gram model over (Arabic letter, English chunk) units.
//!
//! **In:** `data/model.tsv` (written by `dev/translit/train.py`): `#` comments, then
//! `U id letter chunk` (a unit; id 0 is the end of the word and has no line), `G ln_p ids…` (an
//! n-gram, `s` for the start of the word) and `B ln_backoff ids…` (a history's backoff weight).
//! **Out:** [`Model::spell`]: the most likely English spelling of a folded Arabic token, by a
//! beam search over its letters, with the share of the beam's probability that spelling holds.
//!
//! Probabilities follow the ARPA convention: an n-gram that is not stored is scored by the
//! backoff weight of its history plus the score of the n-gram one shorter. For speed the stored
//! n-grams are kept as successor lists per (history, next letter), so scoring every candidate
//! chunk of a letter after one history costs one table look-up per history length.

use rustc_hash::FxHashMap;

use crate::error::{Error, Location, Result};

/// Units per history: the model's order less one (at most 4: a history is packed in 64 bits).
const HISTORY: usize = 3;
/// Hypotheses kept per letter: 4 is as accurate as 10 on the held-out names (top-1 0.156 vs
/// 0.157, news CER 0.120 vs 0.123) at half the cost.
const BEAM: usize = 4;
/// Candidate chunks tried for a letter, the most frequent first.
const CANDIDATES: usize = 24;
/// The start of a word in a packed history.
const START: u64 = 0xFFFF;
/// The score of a unit the model never saw in any context.
const UNSEEN: f32 = -18.0;
/// The letter of the end-of-word unit (id 0).
const END: char = '\0';

/// The trained model.
#[derive(Debug, Default)]
pub struct Model {
    /// Chunk of each unit, by id (id 0: the end of the word, "").
    chunks: Vec<&'static str>,
    /// The candidate units of each letter, most frequent first (at most [`CANDIDATES`]).
    by_letter: FxHashMap<char, Vec<u32>>,
    /// Each unit's place in its letter's candidates (`u8::MAX`: not a candidate).
    rank: Vec<u8>,
    /// ln p of each unit alone, by id.
    unigram: Vec<f32>,
    /// Packed history (ids + 1, 16 bits each, [`START`] for the start) → ln backoff.
    backoff: FxHashMap<u64, f32>,
    /// (packed history, letter) → the range of `succ` holding its stored n-grams.
    next: FxHashMap<(u64, char), (u32, u32)>,
    /// (unit id, ln p) of stored n-grams, grouped by history and letter.
    succ: Vec<(u32, f32)>,
}

#[derive(Clone, Copy)]
struct Hyp {
    /// The last units, oldest first, as packed ids (id + 1, or [`START`]).
    history: [u64; HISTORY],
    score: f32,
    /// Index of the last unit in the trellis (`u32::MAX`: none yet).
    node: u32,
}

impl Model {
    /// Parse the model text; an error names the offending line.
    pub fn parse(text: &'static str) -> Result<Model> {
        let mut m = Model {
            chunks: vec![""],
            ..Model::default()
        };
        let mut letters: Vec<char> = vec![END];
        m.unigram.push(UNSEEN);
        let mut grams: Vec<(u64, char, u32, f32)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&'static str> = line.split('\t').collect();
            match cells.as_slice() {
                ["U", id, letter, chunk] => {
                    let mut chars = letter.chars();
                    let (Some(c), None) = (chars.next(), chars.next()) else {
                        return Err(bad(n, "a unit's letter is one Arabic letter"));
                    };
                    if id.parse::<usize>().ok() != Some(m.chunks.len()) {
                        return Err(bad(n, "unit ids run 1, 2, 3… in order"));
                    }
                    m.chunks.push(chunk);
                    letters.push(c);
                    m.unigram.push(UNSEEN);
                }
                [kind @ ("G" | "B"), value, ids] => {
                    let value: f32 = value
                        .parse()
                        .map_err(|_| bad(n, "the score is not a number"))?;
                    let mut key = 0u64; // the history, once the last id is split off below
                    let mut len = 0;
                    let mut last = 0u32;
                    let mut last_packed = 0u64;
                    for id in ids.split(' ') {
                        let packed = if id == "s" {
                            START
                        } else {
                            match id.parse::<u32>() {
                                Ok(i) if (i as usize) < m.chunks.len() => {
                                    last = i;
                                    u64::from(i) + 1
                                }
                                _ => {
                                    return Err(bad(n, "an n-gram names a unit not defined above"))
                                }
                            }
                        };
                        if len > HISTORY {
                            return Err(bad(n, "an n-gram longer than the model's order"));
                        }
                        if len > 0 {
                            key = (key << 16) | last_packed;
                        }
                        last_packed = packed;
                        len += 1;
                    }
                    if len == 0 {
                        return Err(bad(n, "an n-gram of no unit"));
                    }
                    match (*kind, len) {
                        ("B", _) if len <= HISTORY => {
                            m.backoff.insert((key << 16) | last_packed, value);
                        }
                        ("B", _) => return Err(bad(n, "a history longer than the model's")),
                        _ if last_packed == START => {
                            return Err(bad(n, "the start of a word ends an n-gram"))
                        }
                        (_, 1) => m.unigram[last as usize] = value,
                        _ => grams.push((key, letters[last as usize], last, value)),
                    }
                }
                _ => return Err(bad(n, "expected a U, G or B line")),
            }
        }
        for (id, &letter) in letters.iter().enumerate().skip(1) {
            m.by_letter.entry(letter).or_default().push(id as u32);
        }
        m.rank = vec![u8::MAX; m.chunks.len()];
        m.rank[0] = 0;
        for units in m.by_letter.values_mut() {
            units.sort_by(|&a, &b| {
                m.unigram[b as usize]
                    .total_cmp(&m.unigram[a as usize])
                    .then(a.cmp(&b))
            });
            units.truncate(CANDIDATES);
            for (r, &u) in units.iter().enumerate() {
                m.rank[u as usize] = r as u8;
            }
        }
        grams.sort_by_key(|g| (g.0, g.1, g.2));
        for group in grams.chunk_by(|a, b| a.0 == b.0 && a.1 == b.1) {
            let (history, letter) = (group[0].0, group[0].1);
            let start = m.succ.len() as u32;
            m.succ.extend(group.iter().map(|g| (g.2, g.3)));
            m.next
                .insert((history, letter), (start, m.succ.len() as u32));
            // Every history with stored n-grams has a backoff weight (ln 1 if none was given).
            m.backoff.entry(history).or_insert(0.0);
        }
        Ok(m)
    }

    /// ln p(unit | history) of every unit in `units` (the candidates of `letter`) into
    /// `scores`: the unigram, then for each longer history with stored n-grams its backoff
    /// weight added, or its stored value where there is one.
    fn score(&self, history: &[u64; HISTORY], letter: char, units: &[u32], scores: &mut [f32]) {
        for (s, &u) in scores.iter_mut().zip(units) {
            *s = self.unigram[u as usize];
        }
        for start in (0..HISTORY).rev() {
            let hkey = history[start..].iter().fold(0u64, |k, &x| (k << 16) | x);
            let Some(&backoff) = self.backoff.get(&hkey) else {
                continue; // no n-gram after this history: it backs off for free
            };
            for s in scores.iter_mut() {
                *s += backoff;
            }
            if let Some(&(a, b)) = self.next.get(&(hkey, letter)) {
                for &(u, p) in &self.succ[a as usize..b as usize] {
                    let r = self.rank[u as usize] as usize;
                    if r < scores.len() && units[r] == u {
                        scores[r] = p;
                    }
                }
            }
        }
    }

    /// The best English spelling of a folded token and its share of the beam's probability;
    /// `None` when the token has a character the model has no unit for.
    pub fn spell(&self, folded: &str) -> Option<(String, f32)> {
        if folded.is_empty() {
            return None;
        }
        let mut trellis: Vec<(u32, u32)> = Vec::with_capacity(folded.len() * BEAM);
        let mut beam: Vec<Hyp> = Vec::with_capacity(BEAM + 1);
        beam.push(Hyp {
            history: [START; HISTORY],
            score: 0.0,
            node: u32::MAX,
        });
        let mut next: Vec<Hyp> = Vec::with_capacity(BEAM + 1);
        let mut scores = [0f32; CANDIDATES];
        for c in folded.chars() {
            let units = self.by_letter.get(&c)?;
            let scores = &mut scores[..units.len()];
            next.clear();
            for hyp in &beam {
                self.score(&hyp.history, c, units, scores);
                for (&u, &s) in units.iter().zip(scores.iter()) {
                    let mut history = hyp.history;
                    history.rotate_left(1);
                    history[HISTORY - 1] = u64::from(u) + 1;
                    keep_best(
                        &mut next,
                        Hyp {
                            history,
                            score: hyp.score + s,
                            node: hyp.node,
                        },
                    );
                }
            }
            beam.clear();
            for h in &next {
                trellis.push((h.node, (h.history[HISTORY - 1] - 1) as u32));
                beam.push(Hyp {
                    node: (trellis.len() - 1) as u32,
                    ..*h
                });
            }
        }
        let mut end = [0f32; 1];
        for hyp in &mut beam {
            self.score(&hyp.history, END, &[0], &mut end);
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
            units.push(unit);
            node = parent;
        }
        let mut english = String::with_capacity(units.len() * 2);
        for &u in units.iter().rev() {
            english.push_str(self.chunks[u as usize]);
        }
        Some((english, 1.0 / total))
    }
}

/// Whether `a` goes before `b` in a beam: the higher score, ties by history (deterministic).
fn better(a: &Hyp, b: &Hyp) -> bool {
    a.score > b.score || (a.score == b.score && a.history < b.history)
}

/// Put `h` into `beam` (best first, at most [`BEAM`], one hypothesis per history: equal
/// histories have the same future, so only the better one matters).
fn keep_best(beam: &mut Vec<Hyp>, h: Hyp) {
    if let Some(i) = beam.iter().position(|b| b.history == h.history) {
        if !better(&h, &beam[i]) {
            return;
        }
        beam.remove(i);
    } else if beam.len() == BEAM {
        if !better(&h, &beam[BEAM - 1]) {
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

fn bad(line: usize, message: &str) -> Error {
    Error::parse(
        Location::new("translit/data/model.tsv", line + 1, 1),
        message,
    )
}
