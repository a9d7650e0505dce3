//! Suggestions: frequent word n-grams of a corpus that no glossary entry covers.
//!
//! ## How it counts and ranks
//! 1. Each sentence (from `segment`) is normalized with the `match` profile and split into
//!    words. Words inside a glossary match, words with digits or Latin letters and one-letter
//!    words are dropped; n-grams never cross a dropped word or punctuation (only spaces,
//!    quotes and brackets may separate their words), so a candidate never touches a known term.
//! 2. The first word loses its proclitics for counting: the article ال (and لل) always when
//!    two letters remain; و ف ب ك ل only when at least three letters remain *and* the corpus
//!    itself shows the rest as a word at least as often as the whole (`وباكستان` → باكستان,
//!    but `وزير` stays: زير is not attested). Later words lose a leading ال/لل. The result is
//!    the n-gram's *key*; the most frequent surface form (clitics cut off, article kept, as
//!    written) is what the curator sees.
//! 3. Stop words (a table below: prepositions, pronouns, demonstratives, relatives,
//!    particles, auxiliary and reporting verbs كان/قال/أكد …, time words; also after و/ف and
//!    ب/ل/ك) may not start or end an n-gram. Keys that are already a glossary spelling's key
//!    are dropped too (a form the matcher missed is a matcher matter, not a new term).
//! 4. Only n-grams seen at least `min_count` times (default 2) are kept. Score =
//!    count × association: for n = 1 the association is 1; for n ≥ 2 it is the pointwise
//!    mutual information averaged over the n − 1 joints,
//!    `log2(c(g) · N^(n−1) / Π c(wᵢ)) / (n − 1)` with `N` the word tokens counted and `c(wᵢ)`
//!    the count of word i (article aside), floored at 0 (an n-gram no likelier than chance
//!    scores 0 and is dropped). A name seen 5 times with PMI 10 bits thus scores 50, a
//!    common word needs 50 occurrences for the same score.
//! 5. An n-gram every occurrence of which lies inside one longer candidate (same count as a
//!    candidate it starts or ends) is dropped in favour of the longer one.
//! 6. Order: score, then count (both descending), then the surface text, then the key, so
//!    the output is the same for any thread count.
//!
//! The category is a guess: `person` when most occurrences follow a glossary title (الرئيس
//! …, وزير الخارجية …); otherwise by the first word (حركة/تنظيم/جماعة → group, وزارة/منظمة/
//! مجلس … → org, مدينة/محافظة … → place, رئيس/وزير … → title, مؤتمر/قمة … → event); else `term`.
//!

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::chars::{is_arabic_letter_or_form as is_arabic_letter, is_word_char};
use crate::glossary::lint::key;
use crate::glossary::{Category, Matcher};
use crate::normalize;
use crate::segment;
use crate::span::Span;

/// Options for [`Suggester::suggest`].
#[derive(Clone, Copy, Debug)]
pub struct SuggestOptions {
    /// Longest n-gram, 1–4.
    pub max_n: usize,
    /// Fewest occurrences to be suggested.
    pub min_count: u64,
    /// How many to return (0: all).
    pub top: usize,
}

impl Default for SuggestOptions {
    fn default() -> SuggestOptions {
        SuggestOptions {
            max_n: 4,
            min_count: 2,
            top: 200,
        }
    }
}

/// One suggested term.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// The most frequent surface form, proclitics cut off.
    pub arabic: String,
    /// The counting key (`match`-normalized, clitics and articles aside).
    pub key: String,
    pub words: usize,
    pub count: u64,
    pub score: f64,
    pub category: Category,
    /// The sentence of the first occurrence, trimmed.
    pub example: String,
}

/// One word of a phrase: normalized text and original byte span in its sentence.
#[derive(Clone, Debug)]
struct Word {
    norm: Box<str>,
    span: Span,
}

/// A run of candidate words with nothing but spaces or quotes between them.
#[derive(Clone, Debug)]
struct Phrase {
    words: Vec<Word>,
    /// The phrase starts right after a glossary title (`الرئيس`, `وزير الخارجية`).
    after_title: bool,
}

/// A sentence's phrases, with the sentence text for examples.
#[derive(Clone, Debug)]
pub struct Sentence {
    text: String,
    phrases: Vec<Phrase>,
}

/// Collects sentences from documents (in any number of threads: [`Suggester::read`] is a
/// pure function), then ranks n-grams once every document is in.
pub struct Suggester<'m> {
    matcher: &'m Matcher,
    sentences: Vec<Sentence>,
    /// Count of each normalized word as written (for clitic evidence).
    surface: HashMap<Box<str>, u64>,
    /// Count of each stem seen after the article (with any proclitics before it).
    articled: HashMap<Box<str>, u64>,
}

impl<'m> Suggester<'m> {
    pub fn new(matcher: &'m Matcher) -> Suggester<'m> {
        Suggester {
            matcher,
            sentences: Vec::new(),
            surface: HashMap::new(),
            articled: HashMap::new(),
        }
    }

    /// The phrases of one document's sentences (a pure function: call it from any thread).
    pub fn read(matcher: &Matcher, text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        for s in segment::segment(text) {
            let raw = s.span.slice(text);
            let matches = matcher.find(raw);
            let n = normalize::matcher().normalize(raw);
            let mut phrases: Vec<Phrase> = Vec::new();
            let mut current = Phrase {
                words: Vec::new(),
                after_title: false,
            };
            let mut prev_end = 0;
            let mut next_match = 0;
            // The previous word was inside a glossary title.
            let mut prev_title = false;
            for (start, word) in norm_words(&n.text) {
                let span = n.map.to_original(Span::new(start, start + word.len()));
                let gap = &n.text[prev_end..start];
                prev_end = start + word.len();
                while next_match < matches.len() && matches[next_match].span.end <= span.start {
                    next_match += 1;
                }
                let in_match = matches.get(next_match).filter(|m| m.span.overlaps(span));
                let joined = gap
                    .chars()
                    .all(|c| matches!(c, ' ' | '"' | '\'' | '(' | ')' | '[' | ']'));
                let usable = in_match.is_none()
                    && word.chars().count() >= 2
                    && word
                        .chars()
                        .all(|c| is_arabic_letter(c) || ('\u{064B}'..='\u{065F}').contains(&c));
                if (!usable || !joined) && !current.words.is_empty() {
                    phrases.push(std::mem::replace(
                        &mut current,
                        Phrase {
                            words: Vec::new(),
                            after_title: false,
                        },
                    ));
                }
                if usable {
                    if current.words.is_empty() {
                        current.after_title = prev_title && joined;
                    }
                    current.words.push(Word {
                        norm: word.into(),
                        span,
                    });
                }
                prev_title = in_match.is_some_and(|m| {
                    matcher.glossary().entries()[m.entry].category == Category::Title
                });
            }
            if !current.words.is_empty() {
                phrases.push(current);
            }
            if !phrases.is_empty() {
                out.push(Sentence {
                    text: raw.to_string(),
                    phrases,
                });
            }
        }
        out
    }

    /// Add the sentences of one document (in input order, for deterministic examples).
    pub fn add(&mut self, sentences: Vec<Sentence>) {
        for s in &sentences {
            for p in &s.phrases {
                for w in &p.words {
                    *self.surface.entry(w.norm.clone()).or_default() += 1;
                    if let Some(stem) = after_article(&w.norm) {
                        *self.articled.entry(stem.into()).or_default() += 1;
                    }
                }
            }
        }
        self.sentences.extend(sentences);
    }

    /// Rank the n-grams (see the module docs).
    pub fn suggest(&self, opts: SuggestOptions) -> Vec<Suggestion> {
        let max_n = opts.max_n.clamp(1, 4);
        let known: HashSet<String> = self
            .matcher
            .glossary()
            .entries()
            .iter()
            .flat_map(|e| e.spellings().map(key))
            .collect();
        let stop = stop_words();
        // Word counts with the article aside (for PMI), and the token total.
        let mut word_count: HashMap<&str, u64> = HashMap::new();
        let mut total = 0u64;
        // Pass 1: per word, the counting form of a phrase-initial word.
        let mut cands: HashMap<String, Cand> = HashMap::new();
        for (si, s) in self.sentences.iter().enumerate() {
            for p in &s.phrases {
                let firsts: Vec<(usize, &str)> =
                    p.words.iter().map(|w| self.strip(&w.norm)).collect();
                let rests: Vec<&str> = p.words.iter().map(|w| rest_form(&w.norm)).collect();
                for r in &rests {
                    *word_count.entry(r).or_default() += 1;
                    total += 1;
                }
                for i in 0..p.words.len() {
                    if is_stop(stop, &p.words[i].norm) {
                        continue;
                    }
                    for n in 1..=max_n.min(p.words.len() - i) {
                        let last = i + n - 1;
                        if is_stop(stop, &p.words[last].norm) {
                            continue;
                        }
                        let mut k = String::from(firsts[i].1);
                        for r in &rests[i + 1..=last] {
                            k.push(' ');
                            k.push_str(r);
                        }
                        let cand = cands.entry(k).or_insert_with(|| Cand {
                            words: n,
                            count: 0,
                            surfaces: HashMap::new(),
                            example: (si, Span::default()),
                            after_title: 0,
                            parts: rests[i..=last].iter().map(|r| r.to_string()).collect(),
                            prefix: None,
                            suffix: None,
                        });
                        cand.count += 1;
                        let start = p.words[i].span.start + firsts[i].0;
                        // The clitic bytes are plain letters: the same in original text
                        // unless a mark sits between them; fall back to the whole word.
                        let start = if s.text.is_char_boundary(start)
                            && s.text[p.words[i].span.start..start]
                                .chars()
                                .all(is_arabic_letter)
                            && normalize::matcher()
                                .normalize_str(&s.text[p.words[i].span.start..start])
                                == p.words[i].norm[..firsts[i].0]
                        {
                            start
                        } else {
                            p.words[i].span.start
                        };
                        // A haraka on the cut-off clitic (بِـ) stays with it.
                        let start = start
                            + s.text[start..]
                                .chars()
                                .take_while(|&c| !is_arabic_letter(c))
                                .map(char::len_utf8)
                                .sum::<usize>();
                        let span =
                            Span::new(start.min(p.words[last].span.end), p.words[last].span.end);
                        if cand.count == 1 {
                            cand.example = (si, span);
                            if n > 1 {
                                let mut pre = String::from(firsts[i].1);
                                for r in &rests[i + 1..last] {
                                    pre.push(' ');
                                    pre.push_str(r);
                                }
                                let mut suf = String::from(firsts[i + 1].1);
                                for r in &rests[i + 2..=last] {
                                    suf.push(' ');
                                    suf.push_str(r);
                                }
                                cand.prefix = Some(pre);
                                cand.suffix = Some(suf);
                            }
                        }
                        *cand
                            .surfaces
                            .entry(display(span.slice(&s.text)))
                            .or_default() += 1;
                        if i == 0 && p.after_title {
                            cand.after_title += 1;
                        }
                    }
                }
            }
        }
        // Score.
        let n_total = total.max(1) as f64;
        let mut scored: Vec<(&String, &Cand, f64)> = Vec::new();
        for (k, c) in &cands {
            if c.count < opts.min_count || known.contains(k) {
                continue;
            }
            let score = if c.words == 1 {
                c.count as f64
            } else {
                let mut pmi = (c.count as f64).log2() + (c.words - 1) as f64 * n_total.log2();
                for part in &c.parts {
                    pmi -= (*word_count.get(part.as_str()).unwrap_or(&1) as f64).log2();
                }
                c.count as f64 * (pmi / (c.words - 1) as f64).max(0.0)
            };
            if score > 0.0 {
                scored.push((k, c, score));
            }
        }
        // Subsumption: a sub-n-gram with the count of a candidate containing it.
        let alive: HashSet<&str> = scored.iter().map(|(k, _, _)| k.as_str()).collect();
        let mut subsumed: HashSet<&str> = HashSet::new();
        for (_, c, _) in &scored {
            for sub in [&c.prefix, &c.suffix].into_iter().flatten() {
                if alive.contains(sub.as_str()) && cands[sub].count == c.count {
                    subsumed.insert(sub.as_str());
                }
            }
        }
        let mut out: Vec<Suggestion> = scored
            .into_iter()
            .filter(|(k, _, _)| !subsumed.contains(k.as_str()))
            .map(|(k, c, score)| {
                let arabic = c
                    .surfaces
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                    .map(|(s, _)| s.clone())
                    .unwrap_or_default();
                let (si, span) = c.example;
                Suggestion {
                    arabic,
                    key: k.clone(),
                    words: c.words,
                    count: c.count,
                    score,
                    category: guess_category(k, c),
                    example: example(&self.sentences[si].text, span),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.count.cmp(&a.count))
                .then_with(|| a.arabic.cmp(&b.arabic))
                .then_with(|| a.key.cmp(&b.key))
        });
        if opts.top > 0 {
            out.truncate(opts.top);
        }
        out
    }

    /// The counting form of a phrase-initial word: `(bytes of proclitics cut, key)`.
    fn strip<'w>(&self, word: &'w str) -> (usize, &'w str) {
        let seen = |s: &str| {
            self.surface.get(s).copied().unwrap_or(0) + self.articled.get(s).copied().unwrap_or(0)
        };
        let letters = |s: &str| s.chars().count();
        let whole = self.surface.get(word).copied().unwrap_or(0);
        let mut best: Option<(usize, &str)> = None;
        for conj in ["", "و", "ف"] {
            let Some(a) = word.strip_prefix(conj) else {
                continue;
            };
            for prep in ["", "ب", "ك", "ل"] {
                let Some(b) = a.strip_prefix(prep) else {
                    continue;
                };
                let better = |best: &Option<(usize, &str)>, stem: &str| {
                    best.is_none_or(|(_, k): (usize, &str)| k.len() > stem.len())
                };
                // The article ال: always, when two letters remain. لل (ل + ال, the alef
                // elided): only when the corpus knows the stem (لليبيا is ل + ليبيا).
                if prep == "ل" {
                    if let Some(c) = b.strip_prefix('ل') {
                        if letters(c) >= 2 && seen(c) > 0 && better(&best, c) {
                            best = Some((word.len() - c.len(), c));
                        }
                    }
                } else if let Some(c) = b.strip_prefix("ال").filter(|c| letters(c) >= 2) {
                    // The surface keeps the article.
                    if better(&best, c) {
                        best = Some((word.len() - b.len(), c));
                    }
                    continue;
                }
                let cut = word.len() - b.len();
                if cut > 0 && letters(b) >= 3 && seen(b) > 0 && seen(b) >= whole && better(&best, b)
                {
                    best = Some((cut, b));
                }
            }
        }
        best.unwrap_or((0, word))
    }
}

/// A surface form as a curator should see it: `clean` normalization without harakat,
/// dagger alef, Quranic marks, and quotes or brackets between the words.
fn display(surface: &str) -> String {
    static N: OnceLock<normalize::Normalizer> = OnceLock::new();
    let n = N.get_or_init(|| {
        use normalize::{Profile, Rule};
        normalize::Normalizer::new(
            Profile::Clean
                .rules()
                .with(Rule::Harakat)
                .with(Rule::DaggerAlef)
                .with(Rule::QuranicMarks),
        )
    });
    n.normalize_str(surface)
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '«' | '»' | '"' | '\'' | '(' | ')' | '[' | ']' | '“' | '”'
                )
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The stem after `[و|ف][ب|ك|ل]ال` in a word, if at least two letters remain.
fn after_article(word: &str) -> Option<&str> {
    let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let w = w.strip_prefix(['ب', 'ك', 'ل']).unwrap_or(w);
    w.strip_prefix("ال").filter(|s| s.chars().count() >= 2)
}

/// A later word of an n-gram: without a leading ال / لل when two letters remain.
fn rest_form(word: &str) -> &str {
    for article in ["لل", "ال"] {
        if let Some(rest) = word.strip_prefix(article) {
            if rest.chars().count() >= 2 {
                return rest;
            }
        }
    }
    word
}

struct Cand {
    words: usize,
    count: u64,
    surfaces: HashMap<String, u64>,
    /// Sentence index and span of the first occurrence.
    example: (usize, Span),
    /// Occurrences right after a glossary title.
    after_title: u64,
    /// Each word's counting form (article aside) for PMI.
    parts: Vec<String>,
    prefix: Option<String>,
    suffix: Option<String>,
}

/// Words of normalized text with byte offsets: maximal runs of word characters.
fn norm_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// The sentence, trimmed; at most ~200 characters around the occurrence.
fn example(sentence: &str, span: Span) -> String {
    const SIDE: usize = 90;
    let s = sentence.trim();
    let offset = sentence.len() - sentence.trim_start().len();
    if s.chars().count() <= 2 * SIDE + 20 {
        return s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let start = span.start.saturating_sub(offset).min(s.len());
    let end = span.end.saturating_sub(offset).min(s.len());
    let before: String = {
        let chars: Vec<char> = s[..start].chars().collect();
        chars[chars.len().saturating_sub(SIDE)..].iter().collect()
    };
    let after: String = s[end..].chars().take(SIDE).collect();
    let mut out = String::new();
    if before.len() < start {
        out.push('…');
    }
    out.push_str(&before);
    out.push_str(&s[start..end]);
    out.push_str(&after);
    if end + after.len() < s.len() {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn guess_category(k: &str, c: &Cand) -> Category {
    if c.after_title * 2 > c.count {
        return Category::Person;
    }
    let first = k.split(' ').next().unwrap_or("");
    let table = category_words();
    table.get(first).copied().unwrap_or(Category::Term)
}

/// First words that suggest a category, `match`-normalized.
fn category_words() -> &'static HashMap<String, Category> {
    static T: OnceLock<HashMap<String, Category>> = OnceLock::new();
    T.get_or_init(|| {
        let groups: &[(Category, &str)] = &[
            (Category::Group, "حركة تنظيم جماعة حزب جبهة كتائب ميليشيا ميليشيات فصائل فصيل تحالف"),
            (Category::Org, "وزارة منظمة مجلس هيئة وكالة بنك مصرف جامعة شركة صندوق محكمة لجنة اتحاد مؤسسة برنامج مفوضية جهاز مركز معهد حكومة إدارة"),
            (Category::Place, "مدينة محافظة ولاية إقليم منطقة بحر نهر جزيرة مخيم قاعدة ميناء مطار قرية بلدة جبل وادي شارع حي"),
            (Category::Title, "رئيس رئيسة وزير وزيرة نائب سفير مدير أمين متحدث متحدثة قائد مبعوث ممثل مستشار منسق محافظ ملك أمير"),
            (Category::Event, "مؤتمر قمة حرب معركة انتخابات منتدى"),
        ];
        let mut t = HashMap::new();
        for (c, words) in groups {
            for w in words.split(' ') {
                t.insert(key(w), *c);
            }
        }
        t
    })
}

/// The stop-word table, `match`-normalized.
fn stop_words() -> &'static HashSet<String> {
    static T: OnceLock<HashSet<String>> = OnceLock::new();
    T.get_or_init(|| {
        const WORDS: &str = "\
            في من إلى الى على عن مع بين حتى منذ عند لدى نحو خلال بعد قبل ضد حول دون عبر وفق تجاه \
            أمام خلف فوق تحت إثر جراء بسبب رغم لدي \
            هو هي هم هن هما أنا نحن أنت أنتم أنتما أنتن \
            هذا هذه هذان هاتان هذين هاتين هؤلاء ذلك تلك أولئك هنا هناك هنالك \
            الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي اللائي \
            ما ماذا متى أين كيف لماذا كم أي \
            أن إن أنه إنه أنها إنها أنهم إنهم أنهما لأن كأن لكن لكنه لكنها بل أو أم ثم قد لقد لم \
            لن لا سوف إذا إذ لو لولا كي لكي حيث كما كل كلا بعض غير سوى أيضا فقط ذات نفس عدة جميع \
            كافة مثل هل إلا ليس ليست كذلك عندما بينما حين حينما وقت فيما مما عما ممن عمن بما لما \
            به بها بهم بهما له لها لهم لهما منه منها منهم منهما عنه عنها عنهم عليه عليها عليهم \
            فيه فيها فيهم إليه إليها إليهم معه معها معهم لديه لديها لديهم بينهم بينها ضمن \
            كان كانت كانوا يكون تكون يكونوا أصبح أصبحت صار ظل ظلت بات مازال لازال زال يزال \
            قال قالت يقول تقول قالوا أكد أكدت يؤكد أضاف أضافت أشار أشارت أوضح أوضحت أعلن أعلنت \
            تابع تابعت ذكر ذكرت لفت لفتت اعتبر اعتبرت تم يتم جرى يجري \
            اليوم أمس غدا حاليا الآن العام الماضي المقبل الجاري الحالي عام يوم شهر أسبوع \
            جدا نحو حوالي قرابة نحوا أكثر أقل أول آخر أخرى آخرون \
            عقب وسط إزاء حيال أثناء بحسب حسب وفقا وفق قرب لدى \
            واحد واحدة اثنان اثنين اثنتان ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني \
            ثمانية تسع تسعة عشر عشرة عشرين ثلاثين مئة مائة مئات ألف آلاف مليون ملايين مليار";
        WORDS
            .split_whitespace()
            .map(key)
            .chain(
                WORDS
                    .split_whitespace()
                    .map(|w| normalize::matcher().normalize_str(w)),
            )
            .collect()
    })
}

/// A stop word, possibly after و/ف and then ب/ل/ك.
fn is_stop(stop: &HashSet<String>, word: &str) -> bool {
    if stop.contains(word) || stop.contains(rest_form(word)) {
        return true;
    }
    for conj in ["", "و", "ف"] {
        let Some(a) = word.strip_prefix(conj) else {
            continue;
        };
        for prep in ["", "ب", "ل", "ك"] {
            let Some(b) = a.strip_prefix(prep) else {
                continue;
            };
            if b.len() < word.len()
                && !b.is_empty()
                && (stop.contains(b) || stop.contains(rest_form(b)))
            {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::glossary::{parse_csv, Glossary};

    fn matcher(rows: &str) -> Matcher {
        let text = format!("arabic,english,category,variants,note,source\n{rows}");
        Matcher::new(&Glossary::from_entries(
            parse_csv(Path::new("t.csv"), &text).unwrap(),
        ))
    }

    /// The strongest multi-word name ranks first; stop-word n-grams never appear; known
    /// terms are not suggested.
    #[test]
    fn suggest_ranks_the_name_first() {
        let m = matcher("الرئيس,president,title,,,t\nباكستان,Pakistan,place,,,t\n");
        let corpus = "\
            التقى الرئيس شهباز شريف في باكستان مع الوفد.\n\
            وقال الرئيس شهباز شريف إن الوفد وصل.\n\
            وأكد شهباز شريف على أن الحوار مستمر.\n\
            وقال الوفد في بيان إن الحوار مستمر.\n\
            ذهب الوفد إلى المدينة.\n";
        let mut s = Suggester::new(&m);
        s.add(Suggester::read(&m, corpus));
        let got = s.suggest(SuggestOptions::default());
        let names: Vec<&str> = got.iter().map(|g| g.arabic.as_str()).collect();
        assert_eq!(names.first(), Some(&"شهباز شريف"), "{got:#?}");
        assert_eq!(got[0].count, 3);
        assert_eq!(
            got[0].category,
            Category::Person,
            "after الرئيس twice of three: {got:#?}"
        );
        for g in &got {
            let first = g.key.split(' ').next().unwrap();
            let last = g.key.split(' ').next_back().unwrap();
            for w in [first, last] {
                assert!(
                    !stop_words().contains(w),
                    "stop word n-gram suggested: {g:?}"
                );
            }
            assert!(!g.key.contains("باكستان"), "known term suggested: {g:?}");
        }
        // شهباز and شريف alone always occur inside شهباز شريف: subsumed.
        assert!(
            !names.contains(&"شهباز") && !names.contains(&"شريف"),
            "{names:?}"
        );
        // الوفد (4 times) is a unigram candidate, with the article kept on the surface.
        assert!(names.contains(&"الوفد"), "{names:?}");
    }

    #[test]
    fn clitics_are_stripped_only_with_evidence() {
        let m = matcher("");
        let mut s = Suggester::new(&m);
        s.add(Suggester::read(
            &m,
            "وزير وزير وباكستان باكستان والحكومة للحكومة",
        ));
        for (word, want) in [
            ("وزير", "وزير"),
            ("وباكستان", "باكستان"),
            ("والحكومه", "حكومه"),
            ("للحكومه", "حكومه"),
            ("بيان", "بيان"),
        ] {
            assert_eq!(s.strip(word).1, want, "word {word:?}");
        }
    }

    #[test]
    fn examples_are_trimmed_around_the_occurrence() {
        let long = format!("{} شهباز شريف {}", "كلمة ".repeat(60), "أخرى ".repeat(60));
        let at = long.find("شهباز").unwrap();
        let e = example(&long, Span::new(at, at + "شهباز شريف".len()));
        assert!(
            e.starts_with('…') && e.ends_with('…') && e.contains("شهباز شريف"),
            "{e}"
        );
        assert!(e.chars().count() < 200, "{e}");
    }
}
