//! Sentence centrality over light-stemmed tokens (continuous LexRank).
//!
//! **In:** the texts of the candidate sentences of one document. **Out:** TF-IDF vectors, a
//! cosine similarity for every pair at most [`WINDOW`] sentences apart, and a centrality per sentence (the stationary
//! distribution of a random walk over the similarity graph, damped, scaled so the most central
//! sentence has 1.0).
//!
//! Tokens ([`Tokenizer`]): the text is `match`-normalized (alef forms, ى→ي, ة→ه, harakat,
//! digits, «» folded), split into words and numbers by the token stage ([`crate::tokens`]:
//! `6.8` and `2,946` stay one token, `F16` is two), and stripped of proclitics with the
//! tables of [`forms`]:
//! * the article with what may precede it — `(و|ف)?(ب|ك|ل)?ال` and `(و|ف)?لل` — when at least two
//!   letters remain;
//! * otherwise a single leading `و ف ب ك ل` (or `و`/`ف` + `ب ك ل`) only when what remains is
//!   itself a word of the document (after the article is stripped). The document's own
//!   vocabulary decides: `بغزة` → `غزه` because `غزة` occurs, but `وزير` stays `وزير`
//!   (no `زير`), so it still meets `الوزير`.
//!
//! For similarity (not for ROUGE) [`stem`] then removes common suffixes — pronouns
//! (ها هم هما كم نا ه), plurals and duals (ات ون ين ان), nisba (يه ي) — in up to two
//! passes, each only when three letters remain, and a `ت` left by a ta marbuta before a
//! pronoun (`حكومته` → `حكوم`, like `حكومة`). Function words ([`is_stopword`]) are dropped.
//!
//! What it does *not* do: morphological analysis, broken plurals, or any use of a
//! dictionary beyond the document's own words.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::normalize;
use crate::tokens::forms::{self, strip_article};

/// Splits texts into match-normalized, clitic-stripped tokens, using a vocabulary to decide
/// whether a bare leading letter is a clitic.
#[derive(Debug, Default)]
pub struct Tokenizer {
    /// Article-stripped forms of every word seen by [`Tokenizer::learn`].
    vocabulary: HashSet<String>,
}

impl Tokenizer {
    /// A tokenizer that knows the words of `texts`.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Tokenizer {
        let mut t = Tokenizer::default();
        for text in texts {
            t.learn(text);
        }
        t
    }

    /// A tokenizer that knows `words` (normalized, as the token stage gives them).
    pub fn of_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Tokenizer {
        let mut t = Tokenizer::default();
        words.into_iter().for_each(|w| t.learn_word(w));
        t
    }

    /// Add the words of `text` to the vocabulary.
    pub fn learn(&mut self, text: &str) {
        for word in words(&normalize::matcher().normalize_str(text)) {
            self.learn_word(word);
        }
    }

    fn learn_word(&mut self, word: &str) {
        let bare = strip_article(word);
        if !self.vocabulary.contains(bare) {
            self.vocabulary.insert(bare.to_string());
        }
    }

    /// The clitic-stripped tokens of `text`, in order (stopwords included).
    pub fn tokens(&self, text: &str) -> Vec<String> {
        words(&normalize::matcher().normalize_str(text))
            .map(|w| self.strip(w).to_string())
            .collect()
    }

    /// The stems of the content words of `text`: tokens without stopwords, suffix-stripped.
    pub fn stems(&self, text: &str) -> Vec<String> {
        self.stems_of(words(&normalize::matcher().normalize_str(text)))
    }

    /// [`Tokenizer::stems`] of words already normalized and split.
    pub fn stems_of<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        words
            .into_iter()
            .filter(|w| !is_stopword(w))
            .map(|w| self.strip(w))
            .filter(|t| !is_stopword(t))
            .map(stem)
            .collect()
    }

    /// `word` (normalized) without its proclitics.
    fn strip<'w>(&self, word: &'w str) -> &'w str {
        let bare = strip_article(word);
        if bare.len() != word.len() {
            return bare;
        }
        // A bare clitic letter: take it off only if the rest is a word of its own here.
        for prefix in forms::BARE_PROCLITICS {
            if let Some(rest) = word.strip_prefix(prefix) {
                if rest.chars().count() >= 2 && self.vocabulary.contains(rest) {
                    return rest;
                }
            }
        }
        word
    }
}

/// The words and numbers of normalized text, as the token stage splits them
/// ([`crate::tokens::words`]): runs of letters; digits with `.` or `,` between two digits.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    crate::tokens::words(text)
}

/// Light suffix stemming of a clitic-stripped token ([`forms::stem`]).
pub fn stem(token: &str) -> String {
    forms::stem(token).to_string()
}

/// Function words and reporting verbs, match-normalized: frequent everywhere, so they say
/// nothing about which sentence carries the article.
pub fn is_stopword(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| WORDS.iter().copied().collect())
        .contains(word)
}

#[rustfmt::skip]
const WORDS: &[&str] = &[
    "في", "من", "على", "الي", "عن", "ان", "او", "ثم", "قد", "لا", "لم", "لن", "ما", "هذا",
    "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "هو", "هي", "هم", "هما", "انه", "انها", "كان",
    "كانت", "يكون", "تكون", "مع", "عند", "بين", "بعد", "قبل", "حتي", "اذ", "اذا", "كما", "لكن",
    "بل", "غير", "كل", "بعض", "اي", "ايضا", "حيث", "منذ", "خلال", "وفق", "نحو", "قال", "وقال",
    "اضاف", "واضاف", "اكد", "واكد", "اشار", "واشار", "ذكر", "اعلن", "اعلنت", "الا", "به", "بها",
    "له", "لها", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "اليه", "وهو", "وهي",
    "لدي", "امام", "عدد", "وذلك", "عام", "فقد", "وقد", "فيما", "كذلك", "اما", "حول",
    "ضد", "دون", "تم", "يتم", "وكان", "وكانت", "الان", "مثل", "بان", "لان", "كي", "هناك",
    "هنا", "جدا", "سوف", "اكثر", "اقل", "احد", "احدي", "و",
];

/// TF-IDF vectors of the sentences (IDF within the document), as sorted (term id, weight).
pub fn vectors(stems: &[Vec<String>]) -> Vec<Vec<(u32, f64)>> {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let counted: Vec<HashMap<u32, u32>> = stems
        .iter()
        .map(|sentence| {
            let mut tf: HashMap<u32, u32> = HashMap::new();
            for s in sentence {
                let next = ids.len() as u32;
                let id = *ids.entry(s.as_str()).or_insert(next);
                if id as usize == df.len() {
                    df.push(0);
                }
                let n = tf.entry(id).or_insert(0);
                if *n == 0 {
                    df[id as usize] += 1;
                }
                *n += 1;
            }
            tf
        })
        .collect();
    let n = stems.len().max(1) as f64;
    counted
        .into_iter()
        .map(|tf| {
            let mut v: Vec<(u32, f64)> = tf
                .into_iter()
                .map(|(id, c)| (id, c as f64 * ((n + 1.0) / df[id as usize] as f64).ln()))
                .collect();
            v.sort_unstable_by_key(|&(id, _)| id);
            let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect()
}

/// Cosine of two unit vectors sorted by term id.
pub fn cosine(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// Sentences further apart than this are not compared for centrality: the similarity graph
/// is a band, so scoring is linear in the number of sentences. An article of up to
/// `WINDOW + 1` sentences (almost every news article) is scored over all its pairs.
pub const WINDOW: usize = 64;

/// Cosine similarities of the sentences at most [`WINDOW`] apart (1.0 on the diagonal, 0
/// beyond the band): `n · WINDOW` values.
#[derive(Clone, Debug, Default)]
pub struct Similarity {
    n: usize,
    /// Row `i` holds the similarities of `i` with `i + 1 ..= i + WINDOW` (those that exist),
    /// at `i * WINDOW`.
    upper: Vec<f64>,
}

impl Similarity {
    /// The similarities of `vectors` (unit vectors from [`vectors`]) within the band.
    pub fn new(vectors: &[Vec<(u32, f64)>]) -> Similarity {
        let n = vectors.len();
        let mut upper = vec![0.0; n * WINDOW];
        for i in 0..n {
            for j in i + 1..n.min(i + WINDOW + 1) {
                upper[i * WINDOW + (j - i - 1)] = cosine(&vectors[i], &vectors[j]);
            }
        }
        Similarity { n, upper }
    }

    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.n
    }

    /// The similarity of sentences `i` and `j`: 1 when `i == j`, 0 when they are further
    /// apart than [`WINDOW`].
    pub fn get(&self, i: usize, j: usize) -> f64 {
        let (a, b) = if i <= j { (i, j) } else { (j, i) };
        if a == b {
            1.0
        } else if b - a > WINDOW {
            0.0
        } else {
            self.upper[a * WINDOW + (b - a - 1)]
        }
    }

    /// The sentences within the band of `i` (`i` excluded), in order.
    fn around(&self, i: usize) -> impl Iterator<Item = usize> {
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW).min(self.n.saturating_sub(1));
        (lo..=hi).filter(move |&j| j != i)
    }

    /// A similarity matrix given in full (for tests): entries beyond the band are ignored.
    #[cfg(test)]
    pub fn from_rows(rows: &[Vec<f64>]) -> Similarity {
        let n = rows.len();
        let mut upper = vec![0.0; n * WINDOW];
        for (i, row) in rows.iter().enumerate() {
            for j in i + 1..n.min(i + WINDOW + 1) {
                upper[i * WINDOW + (j - i - 1)] = row[j];
            }
        }
        Similarity { n, upper }
    }
}

/// Continuous LexRank: PageRank (damping 0.85) over the similarity graph without self-loops;
/// scaled so the maximum is 1. A sentence similar to nothing gets only the teleport share.
/// Linear in the sentences: each iteration reads the band of [`Similarity`] once.
pub fn centrality(sim: &Similarity) -> Vec<f64> {
    const DAMPING: f64 = 0.85;
    let n = sim.len();
    if n == 0 {
        return Vec::new();
    }
    let out_weight: Vec<f64> = (0..n)
        .map(|i| sim.around(i).map(|j| sim.get(i, j)).sum())
        .collect();
    let mut rank = vec![1.0 / n as f64; n];
    let mut flow = vec![0.0; n];
    for _ in 0..100 {
        // Mass of sentences without edges is spread evenly (a dangling node).
        let dangling: f64 = (0..n)
            .filter(|&i| out_weight[i] <= 0.0)
            .map(|i| rank[i])
            .sum();
        // Each sentence sends its rank along its edges. Sentence `j` receives from the `i`
        // of its band in increasing order of `i`: the sum a row-by-row walk would make.
        flow.fill(0.0);
        for i in (0..n).filter(|&i| out_weight[i] > 0.0) {
            let (r, w) = (rank[i], out_weight[i]);
            for j in sim.around(i) {
                flow[j] += r * sim.get(i, j) / w;
            }
        }
        let mut delta = 0.0;
        for (r, &f) in rank.iter_mut().zip(&flow) {
            let next = (1.0 - DAMPING) / n as f64 + DAMPING * (f + dangling / n as f64);
            delta += (next - *r).abs();
            *r = next;
        }
        if delta < 1e-9 {
            break;
        }
    }
    let max = rank.iter().cloned().fold(0.0, f64::max);
    rank.iter().map(|r| r / max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_strip_clitics_by_rule_and_by_vocabulary() {
        // (document words, word to tokenize, expected token)
        let rows = [
            ("", "والوزير", "وزير"),
            ("", "للمفوضية", "مفوضيه"),
            ("", "بالبحر", "بحر"),
            ("غزة", "بغزة", "غزه"),
            ("", "بغزة", "بغزه"),
            ("", "وزير", "وزير"),
            ("حماس", "لحماس", "حماس"),
            ("", "أُطلقت", "اطلقت"),
            ("", "٣٢٫٥", "32.5"),
            ("", "2,946", "2,946"),
            ("", "ال", "ال"),
        ];
        for (doc, word, want) in rows {
            let t = Tokenizer::new([doc]);
            assert_eq!(
                t.tokens(word),
                vec![want],
                "word {word:?} with vocabulary {doc:?}"
            );
        }
    }

    #[test]
    fn words_keep_numbers_whole_and_split_on_punctuation() {
        let text = normalize::matcher().normalize_str("قال: «٦٫٨ درجة»، ثم 1. انتهى");
        let got: Vec<&str> = words(&text).collect();
        assert_eq!(got, ["قال", "6.8", "درجه", "ثم", "1", "انتهي"]);
    }

    #[test]
    fn stems_conflate_inflections() {
        // Pairs that must share a stem.
        let rows = [
            ("حكومته", "حكومه"),
            ("ملوحته", "ملوحه"),
            ("مياهه", "مياه"),
            ("اللاجئين", "لاجئون"),
            ("المفوضية", "مفوضيتها"),
        ];
        for (a, b) in rows {
            let t = Tokenizer::new([a, b]);
            let sa = t.stems(a);
            let sb = t.stems(b);
            assert_eq!(sa, sb, "{a:?} and {b:?} should stem alike");
        }
    }

    #[test]
    fn centrality_favours_the_sentence_linked_to_the_others() {
        let sim = vec![
            vec![1.0, 0.5, 0.5, 0.0],
            vec![0.5, 1.0, 0.1, 0.0],
            vec![0.5, 0.1, 1.0, 0.0],
            vec![0.0, 0.0, 0.0, 1.0],
        ];
        let c = centrality(&Similarity::from_rows(&sim));
        assert_eq!(c[0], 1.0, "{c:?}");
        assert!(c[1] > c[3] && c[2] > c[3], "{c:?}");
    }
}

#[cfg(test)]
mod band {
    use super::*;

    /// Unit vectors of `n` sentences where sentence `i` shares a term with `i ± 1` and with
    /// every tenth sentence: links near and far.
    fn chain(n: usize) -> Vec<Vec<(u32, f64)>> {
        let stems: Vec<Vec<String>> = (0..n)
            .map(|i| {
                vec![
                    format!("a{i}"),
                    format!("a{}", i + 1),
                    format!("t{}", i % 10),
                ]
            })
            .collect();
        vectors(&stems)
    }

    #[test]
    fn within_the_window_the_band_is_the_full_matrix() {
        let v = chain(WINDOW + 1);
        let sim = Similarity::new(&v);
        let full: Vec<Vec<f64>> = (0..v.len())
            .map(|i| {
                (0..v.len())
                    .map(|j| if i == j { 1.0 } else { cosine(&v[i], &v[j]) })
                    .collect()
            })
            .collect();
        for (i, row) in full.iter().enumerate() {
            for (j, &want) in row.iter().enumerate() {
                assert_eq!(sim.get(i, j), want, "({i}, {j})");
            }
        }
    }

    #[test]
    fn beyond_the_window_far_pairs_are_zero_and_centrality_is_defined() {
        let n = 3 * WINDOW;
        let v = chain(n);
        let sim = Similarity::new(&v);
        assert_eq!(sim.get(0, WINDOW + 1), 0.0);
        assert!(sim.get(0, 10) > 0.0);
        let c = centrality(&sim);
        assert_eq!(c.len(), n);
        assert!(
            c.iter().all(|x| x.is_finite() && *x > 0.0 && *x <= 1.0),
            "{c:?}"
        );
    }
}
