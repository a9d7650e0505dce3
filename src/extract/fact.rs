//! The fact types: [`FactKind`] (what a fact is) and [`Fact`] (one fact: span, sentence,
//! value, English, rule, detail), the output of [`super::Extractor`].

use serde::Serialize;

use super::{Detail, Text};
use crate::span::Span;

/// The type of a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum FactKind {
    Date,
    Number,
    Ordinal,
    Quantity,
    Percent,
    Money,
    Duration,
    Casualties,
    /// A clock time (`T13:30`).
    Time,
    /// A person's age in years (`56`).
    Age,
    Person,
    Org,
    Group,
    Place,
    Quote,
}

impl FactKind {
    pub const ALL: [FactKind; 15] = [
        FactKind::Date,
        FactKind::Number,
        FactKind::Ordinal,
        FactKind::Quantity,
        FactKind::Percent,
        FactKind::Money,
        FactKind::Duration,
        FactKind::Casualties,
        FactKind::Time,
        FactKind::Age,
        FactKind::Person,
        FactKind::Org,
        FactKind::Group,
        FactKind::Place,
        FactKind::Quote,
    ];

    /// The name in output: `date`, `number`, …
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Date => "date",
            FactKind::Number => "number",
            FactKind::Ordinal => "ordinal",
            FactKind::Quantity => "quantity",
            FactKind::Percent => "percent",
            FactKind::Money => "money",
            FactKind::Duration => "duration",
            FactKind::Casualties => "casualties",
            FactKind::Time => "time",
            FactKind::Age => "age",
            FactKind::Person => "person",
            FactKind::Org => "org",
            FactKind::Group => "group",
            FactKind::Place => "place",
            FactKind::Quote => "quote",
        }
    }

    /// The kind named `name`, if any.
    pub fn from_name(name: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// One fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    pub kind: FactKind,
    /// Bytes in the original document text.
    pub span: Span,
    /// 0-based index into the sentences passed to
    /// [`Extractor::extract`](super::Extractor::extract).
    pub sentence: usize,
    /// The machine value (formats in the module docs).
    pub value: Text,
    /// An English rendering.
    pub english: Text,
    /// The rule that produced it, e.g. `date.day-month-year`.
    pub rule: &'static str,
    /// Structured extras (qualifier, count, unit, speaker, verb, title …), serialized as a
    /// JSON object, or `null` if none.
    pub detail: Detail,
    /// The cue when the fact is denied, unconfirmed, a party's claim or hedged (نفى، زعم،
    /// بحسب مصادر …; see `hedge`), else `None`. Serialized only when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedged: Option<&'static str>,
}
