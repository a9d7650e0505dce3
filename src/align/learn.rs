//! Glossary learning: propose Arabic–English term pairs from aligned sentence pairs.
//!
//! **In:** aligned pairs `(arabic, english)` (from `dragoman align`, or any CSV/TSV with
//! `arabic` and `english` columns) and the glossary already curated. **Out:** [`Proposal`]s
//! ranked by score, for a curator to review, written as a glossary CSV.
//!
//! Method:
//! * Candidates: word n-grams of 1–3 words on both sides that neither start nor end with a
//!   stop word. Arabic words are match-normalized (`normalize::matcher()`: أ→ا, ة→ه, digits)
//!   with the proclitics و ف ب ك ل and the article ال stripped for counting; English words
//!   are lowercased.
//! * Association: the **Dice coefficient** across pairs, `2·c(a,e) / (c(a) + c(e))`, where
//!   `c` counts the aligned pairs an n-gram (or both n-grams) occur in (once per pair).
//!   Only n-grams seen in at least `min_count` pairs are considered.
//! * Weighting: `score = dice · w` with `w = 1` when the English is a proper name
//!   (capitalized in most of its occurrences) or both sides carry the same number, `w = 0`
//!   when they carry different numbers, and `w = 0.8` otherwise; pairs of bare numbers (`42` ↔ `42`)
//!   are left out (not glossary material).
//! * Selection: competitive linking (Melamed 2000): best score first, each Arabic and each
//!   English n-gram is used once, so `foreign ministry` does not also come back as `ministry`.
//!   Arabic n-grams the glossary already has (its Arabic or variants) are left out.
//!
//! What it does *not* do: guess categories beyond `term` (a proper name is noted as such in
//! `note`), or check that the pair is a translation rather than a collocation.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::error::{Error, Location, Result};
use crate::glossary::Glossary;
use crate::normalize;
use crate::table::{unsanitize, Cell, Table, TableFormat};

/// Learning options.
#[derive(Clone, Debug)]
pub struct Options {
    /// Minimum number of aligned pairs an n-gram (and a proposed pair) occurs in.
    pub min_count: usize,
    /// At most this many proposals.
    pub limit: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            min_count: 2,
            limit: 500,
        }
    }
}

/// A proposed glossary row.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    /// The Arabic as most often written (clitics و ف ب ك ل stripped, article kept).
    pub arabic: String,
    /// The English as most often written.
    pub english: String,
    /// Aligned pairs where both occur.
    pub count: usize,
    /// Dice coefficient.
    pub dice: f64,
    /// Weighted score in 0..1.
    pub score: f64,
    /// Capitalized in most English occurrences.
    pub proper_name: bool,
}

const MAX_N: usize = 3;

const EN_STOP: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
    "that", "this", "these", "those", "he", "she", "they", "his", "her", "their", "we", "our",
    "said", "says", "will", "would", "not", "no", "which", "who", "what", "after", "before",
    "into", "over", "than", "also", "more", "most", "about", "since", "while", "during", "s",
    "all", "any", "other", "some", "such", "there", "out", "up", "can", "could", "added", "told",
    "if", "so", "do", "did", "does", "one", "new", "last", "year", "two",
];

/// Arabic stop words, match-normalized, clitics stripped.
const AR_STOP: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "ان",
    "انه",
    "انها",
    "التي",
    "الذي",
    "الذين",
    "مع",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "كان",
    "كانت",
    "قد",
    "لا",
    "ما",
    "بين",
    "بعد",
    "قبل",
    "حتي",
    "او",
    "ثم",
    "كما",
    "قال",
    "قالت",
    "اضاف",
    "اضافت",
    "لم",
    "لن",
    "هو",
    "هي",
    "هم",
    "وقال",
    "عام",
    "خلال",
    "الي",
    "منذ",
    "عند",
    "كل",
    "غير",
    "اي",
    "لكن",
    "اذا",
    "حيث",
    "فيه",
    "فيها",
    "عليه",
    "عليها",
    "له",
    "لها",
    "لهم",
    "به",
    "بها",
    "اكثر",
    "الا",
    "يكون",
    "تكون",
    "امس",
    "اليوم",
    "نحو",
];

struct Token {
    /// For counting: match-normalized, clitics and article stripped / lowercased.
    key: String,
    /// For display.
    surface: String,
    stop: bool,
    capitalized: bool,
    number: bool,
}

fn arabic_tokens(text: &str) -> Vec<Token> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\u{0640}' || is_mark(c)))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let surface = strip_proclitics(w);
            let norm = normalize::matcher().normalize_str(surface);
            let key = norm
                .strip_prefix("ال")
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(&norm);
            Token {
                stop: AR_STOP.contains(&key) || AR_STOP.contains(&norm.as_str()),
                number: key.chars().all(|c| c.is_ascii_digit()),
                key: key.to_string(),
                surface: surface.to_string(),
                capitalized: false,
            }
        })
        .collect()
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// Strip و ف, then ب ك ل (لل → ال), keeping at least two letters.
fn strip_proclitics(w: &str) -> &str {
    let mut s = w;
    let long_enough = |r: &str| r.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    for p in ["و", "ف"] {
        if let Some(r) = s.strip_prefix(p) {
            // وزير is a word, والوزير and وأكدت are و + word.
            if r.starts_with("ال") || r.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                s = r;
            }
        }
    }
    if let Some(r) = s.strip_prefix("لل") {
        if long_enough(r) {
            // للأسلحة → (ال)أسلحة: show without the article rather than invent one.
            return r;
        }
    }
    for p in ["ب", "ك", "ل"] {
        if let Some(r) = s.strip_prefix(p) {
            if r.starts_with("ال") && long_enough(r) {
                return r;
            }
        }
    }
    s
}

fn english_tokens(text: &str) -> Vec<Token> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | ',')))
        .flat_map(|w| w.split(',').filter(|p| !p.is_empty()))
        .map(|w| w.trim_matches(|c: char| matches!(c, '-' | '\'' | '’' | '.')))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            let key = w.to_lowercase();
            Token {
                stop: EN_STOP.contains(&key.as_str()),
                capitalized: w.starts_with(char::is_uppercase),
                number: key.chars().all(|c| c.is_ascii_digit() || c == '.'),
                key,
                surface: w.to_string(),
            }
        })
        .collect()
}

/// An n-gram occurrence: key, surface, and flags.
struct Gram {
    key: String,
    surface: String,
    capitalized: bool,
    digits: String,
    only_number: bool,
}

fn grams(tokens: &[Token], sep: &str) -> Vec<Gram> {
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        for n in 1..=MAX_N.min(tokens.len() - i) {
            let t = &tokens[i..i + n];
            if t[0].stop || t[n - 1].stop {
                continue;
            }
            out.push(Gram {
                key: t
                    .iter()
                    .map(|x| x.key.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                surface: t
                    .iter()
                    .map(|x| x.surface.as_str())
                    .collect::<Vec<_>>()
                    .join(sep),
                capitalized: t.iter().filter(|x| !x.stop).all(|x| x.capitalized),
                digits: t
                    .iter()
                    .filter(|x| x.number)
                    .map(|x| x.key.replace(['.', ','], ""))
                    .collect::<Vec<_>>()
                    .join(" "),
                only_number: t.iter().all(|x| x.number || x.stop),
            });
        }
    }
    out
}

#[derive(Default)]
struct Stats {
    pairs: usize,
    surfaces: HashMap<String, usize>,
    capitalized: usize,
    digits: String,
    only_number: bool,
}

fn most_frequent(m: &HashMap<String, usize>) -> String {
    m.iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(s, _)| s.clone())
        .unwrap_or_default()
}

/// Per pair, the distinct n-grams of one side, counted into `stats`.
fn count_side(grams: Vec<Gram>, stats: &mut HashMap<String, Stats>) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut keys = Vec::new();
    for g in grams {
        let s = stats.entry(g.key.clone()).or_default();
        *s.surfaces.entry(g.surface).or_default() += 1;
        if seen.insert(g.key.clone()) {
            s.pairs += 1;
            s.capitalized += g.capitalized as usize;
            s.digits = g.digits;
            s.only_number = g.only_number;
            keys.push(g.key);
        }
    }
    keys
}

/// Propose term pairs from aligned `(arabic, english)` pairs (identical pairs count once).
pub fn learn(pairs: &[(String, String)], glossary: &Glossary, options: &Options) -> Vec<Proposal> {
    let mut ar_stats: HashMap<String, Stats> = HashMap::new();
    let mut en_stats: HashMap<String, Stats> = HashMap::new();
    let mut per_pair = Vec::with_capacity(pairs.len());
    // The same pair seen twice (an article and its variants, a re-run) is one observation:
    // counting it again would make chance co-occurrences look certain.
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    for (ar, en) in pairs {
        if ar.trim().is_empty() || en.trim().is_empty() || !seen.insert((ar.trim(), en.trim())) {
            continue;
        }
        let a = count_side(grams(&arabic_tokens(ar), " "), &mut ar_stats);
        let e = count_side(grams(&english_tokens(en), " "), &mut en_stats);
        per_pair.push((a, e));
    }
    let min = options.min_count.max(1);
    let known: HashSet<String> = glossary
        .entries()
        .iter()
        .flat_map(|e| std::iter::once(&e.arabic).chain(e.variants.iter()))
        .map(|a| {
            arabic_tokens(a)
                .iter()
                .map(|t| t.key.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut joint: HashMap<(&str, &str), usize> = HashMap::new();
    for (a, e) in &per_pair {
        for x in a
            .iter()
            .filter(|x| ar_stats[*x].pairs >= min && !known.contains(*x))
        {
            for y in e.iter().filter(|y| en_stats[*y].pairs >= min) {
                *joint.entry((x.as_str(), y.as_str())).or_default() += 1;
            }
        }
    }
    let mut candidates: Vec<Proposal> = Vec::new();
    let mut keys: Vec<(&str, &str)> = Vec::new();
    for (&(x, y), &c) in &joint {
        if c < min {
            continue;
        }
        let (sa, se) = (&ar_stats[x], &en_stats[y]);
        if sa.only_number && se.only_number {
            continue;
        }
        let dice = 2.0 * c as f64 / (sa.pairs + se.pairs) as f64;
        let proper_name = se.capitalized * 2 > se.pairs;
        let mut w = if proper_name { 1.0 } else { 0.8 };
        if !sa.digits.is_empty() || !se.digits.is_empty() {
            w = if sa.digits == se.digits { 1.0 } else { 0.0 };
        }
        let score = dice * w;
        if score <= 0.0 {
            continue;
        }
        candidates.push(Proposal {
            arabic: most_frequent(&sa.surfaces),
            english: most_frequent(&se.surfaces),
            count: c,
            dice,
            score,
            proper_name,
        });
        keys.push((x, y));
    }
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    // Best score first; ties: more evidence, then longer n-grams, then text for stability.
    order.sort_by(|&i, &j| {
        let (a, b) = (&candidates[i], &candidates[j]);
        b.score
            .total_cmp(&a.score)
            .then(b.count.cmp(&a.count))
            .then(keys[j].0.len().cmp(&keys[i].0.len()))
            .then(keys[i].cmp(&keys[j]))
    });
    let (mut used_a, mut used_e) = (HashSet::new(), HashSet::new());
    let mut out = Vec::new();
    for i in order {
        let (x, y) = keys[i];
        if used_a.contains(x) || used_e.contains(y) {
            continue;
        }
        used_a.insert(x);
        used_e.insert(y);
        out.push(candidates[i].clone());
        if out.len() >= options.limit {
            break;
        }
    }
    out
}

/// Read aligned pairs from a CSV (`,`) or TSV (`.tsv`, or a header with a tab) file with
/// `arabic` and `english` columns. TSV cells are taken literally (no quoting), as in the gold
/// files and `dragoman align --format tsv` (whose `\t` `\n` escapes are undone). Cells
/// sanitized for spreadsheets are read back as they were ([`unsanitize`]).
pub fn read_pairs(path: &Path) -> Result<Vec<(String, String)>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(Some(path), e))?;
    let text = crate::input::decode(path, bytes)?;
    let first = text.lines().next().unwrap_or("");
    let tsv = path.extension().is_some_and(|e| e == "tsv") || first.contains('\t');
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .quoting(!tsv)
        .flexible(true)
        .from_reader(text.as_bytes());
    let loc = |line: u64| Location::new(path, line as usize, 0);
    let headers = rdr
        .headers()
        .map_err(|e| Error::parse(loc(1), format!("cannot read the header: {e}")))?
        .clone();
    let col = |name: &str| {
        headers.iter().position(|h| h.trim() == name).ok_or_else(|| {
            Error::parse(
                loc(1),
                format!("no `{name}` column; the aligned pairs need `arabic` and `english` columns (as `dragoman align` writes)"),
            )
        })
    };
    let (ca, ce) = (col("arabic")?, col("english")?);
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            Error::parse(loc(line), format!("bad record: {e}"))
        })?;
        let get = |i: usize| {
            let s = rec.get(i).unwrap_or("");
            // Undone in the opposite order of writing: TSV escapes, then sanitizing.
            if tsv {
                unsanitize(&crate::tsv::unescape(s)).into_owned()
            } else {
                unsanitize(s).into_owned()
            }
        };
        out.push((get(ca), get(ce)));
    }
    Ok(out)
}

/// The glossary CSV: `arabic,english,category,variants,note,source,score`, best first, its
/// cells sanitized for spreadsheets unless `raw`.
pub fn write_csv(out: &mut Vec<u8>, proposals: &[Proposal], raw: bool) {
    const COLUMNS: &[&str] = &[
        "arabic", "english", "category", "variants", "note", "source", "score",
    ];
    let table = Table::new(TableFormat::Csv, COLUMNS).raw(raw);
    out.extend_from_slice(&table.header());
    for p in proposals {
        let note = format!(
            "learned from {} aligned pairs, dice {:.3}{}",
            p.count,
            p.dice,
            if p.proper_name { "; proper name" } else { "" }
        );
        table.row(
            out,
            &[
                Cell::from(p.arabic.as_str()),
                Cell::from(p.english.as_str()),
                Cell::from("term"),
                Cell::from(""),
                Cell::from(note),
                Cell::from("dragoman glossary learn"),
                Cell::from(format!("{:.3}", p.score)),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(rows: &[(&str, &str)]) -> Vec<(String, String)> {
        rows.iter()
            .map(|(a, e)| (a.to_string(), e.to_string()))
            .collect()
    }

    #[test]
    fn learns_a_name_and_a_term_across_pairs() {
        let p = pairs(&[
            (
                "وقال الأنصاري إن المفاوضات مستمرة.",
                "Ansari said the negotiations continue.",
            ),
            (
                "وأكد الأنصاري أن الوسطاء متفائلون.",
                "Ansari stressed that the mediators are optimistic.",
            ),
            (
                "وبحسب الأنصاري فإن المفاوضات صعبة.",
                "According to Ansari, the negotiations are hard.",
            ),
            ("الوسطاء يجتمعون غداً.", "The mediators meet tomorrow."),
        ]);
        let got = learn(&p, &Glossary::default(), &Options::default());
        let find = |ar: &str| {
            got.iter()
                .find(|x| x.arabic == ar)
                .map(|x| x.english.as_str())
        };
        assert_eq!(find("الأنصاري"), Some("Ansari"), "{got:#?}");
        assert_eq!(find("المفاوضات"), Some("negotiations"), "{got:#?}");
        assert_eq!(find("الوسطاء"), Some("mediators"), "{got:#?}");
        let ansari = got.iter().find(|x| x.english == "Ansari").unwrap();
        assert!(ansari.proper_name && ansari.score > 0.8, "{ansari:?}");
        // Ranked by score.
        assert!(got.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn clitics_are_stripped_for_counting() {
        for (word, expected) in [
            ("والمفاوضات", "المفاوضات"),
            ("بالمفاوضات", "المفاوضات"),
            ("للأسلحة", "أسلحة"),
            ("وزير", "وزير"),
            ("ولد", "ولد"),
        ] {
            assert_eq!(strip_proclitics(word), expected, "{word}");
        }
    }

    #[test]
    fn different_numbers_are_no_pair() {
        let p = pairs(&[
            ("قتل ٤٢ شخصاً", "17 people were killed"),
            ("قتل ٤٢ شخصاً", "17 people were killed"),
        ]);
        let got = learn(&p, &Glossary::default(), &Options::default());
        assert!(
            got.iter()
                .all(|x| !(x.arabic.contains('٤') && x.english.contains("17"))),
            "{got:#?}"
        );
    }
}
