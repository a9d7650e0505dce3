//! The spelling model: a joint-sequence n-gram model over (Arabic letter, English chunk) units.
//!
//! **In:** `data/model.tsv` (written by `dev/translit/train.py`): `#` comments, then
//! `U id letter chunk` (a unit; id 0 is the end of the word and has no line), `G ln_p ids…` (an
//! n-gram, `s` for the start of the word) and `B ln_backoff ids…` (a history's backoff weight).
//! **Out:** [`Model::spell`]: the most likely English spelling of a folded Arabic token, by a
//! beam search over its letters, with the share of the beam's probability that spelling holds.
//!
//! Probabilities follow the ARPA convention: an n-gram that is not stored is scored by the
//! backoff weight of its history plus the score of the n-gram one shorter.

use rustc_hash::FxHashMap;

use crate::error::{Error, Location, Result};

/// Units per history: the model's order less one.
const HISTORY: usize = 3;
/// Hypotheses kept after each letter.
const BEAM: usize = 10;
/// Candidate chunks tried for a letter, the most frequent first.
const CANDIDATES: usize = 24;
/// The start of a word in a packed key.
const START: u64 = 0xFFFF;
/// The score of a unit the model never saw in any context.
const UNSEEN: f32 = -18.0;

/// The trained model.
#[derive(Debug, Default)]
pub struct Model {
    /// Chunk of each unit, by id (id 0: the end of the word, "").
    chunks: Vec<&'static str>,
    /// The units of each letter, most frequent first.
    by_letter: FxHashMap<char, Vec<u32>>,
    /// Packed n-gram → ln p.
    ngrams: FxHashMap<u64, f32>,
    /// Packed history → ln backoff.
    backoff: FxHashMap<u64, f32>,
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
        let mut letters: Vec<char> = vec!['\0'];
        let mut unigram: Vec<f32> = vec![0.0];
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
                    unigram.push(f32::NEG_INFINITY);
                }
                [kind @ ("G" | "B"), value, ids] => {
                    let value: f32 = value
                        .parse()
                        .map_err(|_| bad(n, "the score is not a number"))?;
                    let mut key = 0u64;
                    let mut len = 0;
                    for id in ids.split(' ') {
                        let packed = if id == "s" {
                            START
                        } else {
                            match id.parse::<u64>() {
                                Ok(i) if (i as usize) < m.chunks.len() => i + 1,
                                _ => return Err(bad(n, "an n-gram names a unit not defined above")),
                            }
                        };
                        key = (key << 16) | packed;
                        len += 1;
                    }
                    if len == 0 || len > HISTORY + 1 {
                        return Err(bad(n, "an n-gram of 1 to 4 units"));
                    }
                    if *kind == "G" {
                        if len == 1 {
                            unigram[(key - 1) as usize] = value;
                        }
                        m.ngrams.insert(key, value);
                    } else {
                        m.backoff.insert(key, value);
                    }
                }
                _ => return Err(bad(n, "expected a U, G or B line")),
            }
        }
        for id in 1..m.chunks.len() {
            m.by_letter.entry(letters[id]).or_default().push(id as u32);
        }
        for units in m.by_letter.values_mut() {
            units.sort_by(|&a, &b| {
                unigram[b as usize]
                    .total_cmp(&unigram[a as usize])
                    .then(a.cmp(&b))
            });
            units.truncate(CANDIDATES);
        }
        Ok(m)
    }

    /// ln p(unit | history), backing off to shorter histories.
    fn logp(&self, history: &[u64; HISTORY], unit: u64) -> f32 {
        let mut penalty = 0.0;
        for start in 0..=HISTORY {
            let h = &history[start..];
            if h.first().is_some_and(|&x| x == 0) {
                continue; // shorter than the history slots (never: START pads)
            }
            let hkey = h.iter().fold(0u64, |k, &x| (k << 16) | x);
            let key = (hkey << 16) | unit;
            if let Some(&p) = self.ngrams.get(&key) {
                return penalty + p;
            }
            if !h.is_empty() {
                penalty += self.backoff.get(&hkey).copied().unwrap_or(0.0);
            }
        }
        penalty + UNSEEN
    }

    /// The best English spelling of a folded token and its share of the beam's probability;
    /// `None` when the token has a character the model has no unit for.
    pub fn spell(&self, folded: &str) -> Option<(String, f32)> {
        if folded.is_empty() {
            return None;
        }
        let mut trellis: Vec<(u32, u32)> = Vec::with_capacity(folded.len() * BEAM);
        let mut beam: Vec<Hyp> = vec![Hyp {
            history: [START; HISTORY],
            score: 0.0,
            node: u32::MAX,
        }];
        let mut next: Vec<Hyp> = Vec::with_capacity(BEAM * CANDIDATES);
        for c in folded.chars() {
            let units = self.by_letter.get(&c)?;
            next.clear();
            for hyp in &beam {
                for &u in units {
                    let packed = u as u64 + 1;
                    let score = hyp.score + self.logp(&hyp.history, packed);
                    let mut history = hyp.history;
                    history.rotate_left(1);
                    history[HISTORY - 1] = packed;
                    // The trellis node is made only for the hypotheses kept (below).
                    next.push(Hyp {
                        history,
                        score,
                        node: hyp.node,
                    });
                }
            }
            // Best first; equal histories are the same future, so only the best is kept.
            next.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.history.cmp(&b.history)));
            beam.clear();
            for h in &next {
                if beam.len() == BEAM {
                    break;
                }
                if beam.iter().any(|b| b.history == h.history) {
                    continue;
                }
                trellis.push((h.node, (h.history[HISTORY - 1] - 1) as u32));
                beam.push(Hyp {
                    node: (trellis.len() - 1) as u32,
                    ..*h
                });
            }
        }
        for hyp in &mut beam {
            hyp.score += self.logp(&hyp.history, 1);
        }
        let best = beam.iter().max_by(|a, b| a.score.total_cmp(&b.score))?;
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

fn bad(line: usize, message: &str) -> Error {
    Error::parse(
        Location::new("translit/data/model.tsv", line + 1, 1),
        message,
    )
}
