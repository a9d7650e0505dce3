//! TEMPORARY STUB of the glossary contract (COMMON.md) so the `facts` branch compiles before
//! the lead's `glossary: loader` lands on main. On merge, take main's version and delete this.
//!
//! Minimal: built-in CSVs, word-level leftmost-longest matching on `match`-normalized text with
//! a few proclitics and, for nationalities, feminine/plural suffixes.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::error::{Location, Result};
use crate::normalize;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Person,
    Org,
    Group,
    Place,
    Nationality,
    Title,
    Event,
    Term,
    Month,
    Weekday,
    Unit,
    Currency,
}

impl Category {
    pub fn name(self) -> &'static str {
        match self {
            Category::Person => "person",
            Category::Org => "org",
            Category::Group => "group",
            Category::Place => "place",
            Category::Nationality => "nationality",
            Category::Title => "title",
            Category::Event => "event",
            Category::Term => "term",
            Category::Month => "month",
            Category::Weekday => "weekday",
            Category::Unit => "unit",
            Category::Currency => "currency",
        }
    }
    fn parse(s: &str) -> Option<Category> {
        Some(match s {
            "person" => Category::Person,
            "org" => Category::Org,
            "group" => Category::Group,
            "place" => Category::Place,
            "nationality" => Category::Nationality,
            "title" => Category::Title,
            "event" => Category::Event,
            "term" => Category::Term,
            "month" => Category::Month,
            "weekday" => Category::Weekday,
            "unit" => Category::Unit,
            "currency" => Category::Currency,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub arabic: String,
    pub english: String,
    pub category: Category,
    pub variants: Vec<String>,
    pub note: String,
    pub source: String,
    pub origin: Location,
}

#[derive(Clone, Debug, Default)]
pub struct Glossary {
    entries: Vec<Entry>,
}

const BUILTIN: &[(&str, &str)] = &[
    (
        "calendar.csv",
        include_str!("../../glossaries/calendar.csv"),
    ),
    ("economy.csv", include_str!("../../glossaries/economy.csv")),
    ("general.csv", include_str!("../../glossaries/general.csv")),
    ("geo.csv", include_str!("../../glossaries/geo.csv")),
    (
        "nationality.csv",
        include_str!("../../glossaries/nationality.csv"),
    ),
    ("orgs.csv", include_str!("../../glossaries/orgs.csv")),
    (
        "politics.csv",
        include_str!("../../glossaries/politics.csv"),
    ),
    (
        "security.csv",
        include_str!("../../glossaries/security.csv"),
    ),
];

impl Glossary {
    pub fn builtin() -> Glossary {
        let mut entries = Vec::new();
        for (name, text) in BUILTIN {
            let mut r = csv::Reader::from_reader(text.as_bytes());
            for (i, rec) in r.records().flatten().enumerate() {
                let Some(category) = Category::parse(rec.get(2).unwrap_or("")) else {
                    continue;
                };
                entries.push(Entry {
                    arabic: rec.get(0).unwrap_or("").to_string(),
                    english: rec.get(1).unwrap_or("").to_string(),
                    category,
                    variants: rec
                        .get(3)
                        .unwrap_or("")
                        .split('|')
                        .filter(|v| !v.is_empty())
                        .map(str::to_string)
                        .collect(),
                    note: rec.get(4).unwrap_or("").to_string(),
                    source: rec.get(5).unwrap_or("").to_string(),
                    origin: Location::new(format!("glossaries/{name}"), i + 2, 0),
                });
            }
        }
        Glossary { entries }
    }
    pub fn load(_paths: &[PathBuf]) -> Result<Glossary> {
        Ok(Glossary::builtin())
    }
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermMatch {
    pub span: Span,
    pub core: Span,
    pub entry: usize,
    pub clitics: String,
}

pub struct Matcher {
    glossary: Glossary,
    /// first normalized word → (all words, entry)
    index: HashMap<String, Vec<(Vec<String>, usize)>>,
}

const CLITICS: &[&str] = &[
    "وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب",
    "ك", "ل",
];

impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        let n = normalize::matcher();
        let mut index: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        for (i, e) in glossary.entries.iter().enumerate() {
            for form in std::iter::once(&e.arabic).chain(&e.variants) {
                let words: Vec<String> = words(&n.normalize_str(form))
                    .into_iter()
                    .map(|(a, b, t)| {
                        let _ = (a, b);
                        t.to_string()
                    })
                    .collect();
                if let Some(first) = words.first() {
                    index.entry(first.clone()).or_default().push((words, i));
                }
            }
        }
        for v in index.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Matcher {
            glossary: glossary.clone(),
            index,
        }
    }

    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let norm = normalize::matcher().normalize(text);
        let t = &norm.text;
        let ws = words(t);
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let mut best: Option<(usize, usize, usize)> = None; // (nwords, entry, clitic len)
            let (s, _, w) = ws[i];
            for cl in std::iter::once("").chain(CLITICS.iter().copied()) {
                let Some(rest) = w.strip_prefix(cl) else {
                    continue;
                };
                if rest.chars().count() < 2 {
                    continue;
                }
                let mut cands = vec![rest.to_string()];
                if cl.ends_with("ال") || cl == "لل" {
                    cands.push(format!("ال{rest}"));
                }
                for cand in &cands {
                    for form in nationality_forms(cand) {
                        let Some(list) = self.index.get(&form) else {
                            continue;
                        };
                        for (words, entry) in list {
                            if i + words.len() > ws.len() {
                                continue;
                            }
                            let nat =
                                self.glossary.entries[*entry].category == Category::Nationality;
                            if form != *cand && !nat {
                                continue;
                            }
                            let ok = words.iter().enumerate().skip(1).all(|(k, ew)| {
                                let tw = ws[i + k].2;
                                tw == ew || (nat && nationality_forms(tw).iter().any(|f| f == ew))
                            }) && (1..words.len())
                                .all(|k| joinable(t, ws[i + k - 1].1, ws[i + k].0));
                            if ok && best.map_or(true, |b| words.len() > b.0) {
                                best = Some((words.len(), *entry, cl.len()));
                            }
                        }
                    }
                }
            }
            if let Some((n, entry, cl)) = best {
                let span = norm.map.to_original(Span::new(s, ws[i + n - 1].1));
                let core = norm.map.to_original(Span::new(s + cl, ws[i + n - 1].1));
                out.push(TermMatch {
                    span,
                    core,
                    entry,
                    clitics: text[span.start..core.start].to_string(),
                });
                i += n;
            } else {
                i += 1;
            }
        }
        out
    }
}

fn joinable(t: &str, a: usize, b: usize) -> bool {
    t[a..b].chars().all(|c| c == ' ' || c == '"')
}

fn nationality_forms(w: &str) -> Vec<String> {
    let mut v = vec![w.to_string()];
    let base = w.strip_prefix("ال").unwrap_or(w);
    for suf in ["يه", "يين", "يون", "يات"] {
        if let Some(stem) = base.strip_suffix(suf) {
            v.push(format!("{stem}ي"));
        }
    }
    if base != w {
        v.push(base.to_string());
    }
    v
}

fn words(t: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in t.char_indices() {
        let w = c.is_alphanumeric();
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, &t[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, t.len(), &t[s..]));
    }
    out
}
