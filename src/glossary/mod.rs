//! TEMPORARY STUB of the glossary contract (COMMON.md) so the `align` branch compiles before
//! the lead's `glossary: loader` lands on main. Deleted before `git merge main`.

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

impl Glossary {
    pub fn builtin() -> Glossary {
        Glossary::default()
    }
    pub fn load(_paths: &[PathBuf]) -> Result<Glossary> {
        Ok(Glossary::default())
    }
    pub fn from_entries(entries: Vec<Entry>) -> Glossary {
        Glossary { entries }
    }
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

pub struct Matcher {
    glossary: Glossary,
}

#[derive(Clone, Debug)]
pub struct TermMatch {
    pub span: Span,
    pub core: Span,
    pub entry: usize,
    pub clitics: String,
}

impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        Matcher {
            glossary: glossary.clone(),
        }
    }
    /// Naive: each entry's match-normalized Arabic found in the match-normalized text.
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let n = normalize::matcher().normalize(text);
        let mut out = Vec::new();
        for (k, e) in self.glossary.entries.iter().enumerate() {
            let needle = normalize::matcher().normalize_str(&e.arabic);
            if let Some(p) = n.text.find(&needle) {
                let span = n.map.to_original(Span::new(p, p + needle.len()));
                out.push(TermMatch {
                    span,
                    core: span,
                    entry: k,
                    clitics: String::new(),
                });
            }
        }
        out.sort_by_key(|m| m.span);
        out
    }
    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }
}
