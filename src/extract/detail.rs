//! A fact's structured extras (`Fact::detail`), typed.
//!
//! Each rule family fills its own variant; nothing is allocated for the fixed words (units,
//! grains, qualifiers), and the JSON is made only when a fact is serialized. The JSON is an
//! object whose keys are written in sorted order (as a `serde_json::Value` map prints them),
//! or `null` for [`Detail::None`]:
//!
//! * number: `{"approximate"}`
//! * percent, money, duration, quantity: `{"count", "qualifier"?, "unit"}`
//! * casualties: `{"approximate"?, "count", "qualifier"?, "what", "who"?: [{"count", "who"}]}`
//! * date: `{"calendar"?, "grain", "gregorian_estimate"?, "hijri"?, "method"?, "part"?,
//!   "relative"?, "weekday"?, "year"?}`; `hijri` is the Hijri date written beside a Gregorian
//!   one (`hijri:1436-10-25`, the value's syntax), the fact's value being the Gregorian date
//! * entity from the glossary: `{"english_source": "glossary", "glossary"}`
//! * person found by a rule: `{"english_source"?, "refers_to"?, "score"?, "title"?}`:
//!   where the English came from (`glossary`, `lexicon`, `model`, `rules`; absent: no English,
//!   the value is the Arabic), how sure (0..1), the full name a later mention links to, the
//!   title that introduced the person
//! * place found after a head word (`place.named`): the same keys, `title` being the kind of
//!   place (`town`, `state`)
//! * quote: `{"source"?, "speaker"?, "speaker_arabic"?, "speaker_resolved"?, "verb"?}` (`{}`
//!   when none is known); `source` is the agency or paper the words come through (رويترز),
//!   `speaker_resolved` says the speaker was a pronoun resolved to an earlier subject

use std::borrow::Cow;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use super::numbers::Amount;
use super::Date;

/// Structured extras of a fact (formats in the module docs).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Detail {
    /// `null`.
    #[default]
    None,
    /// An approximate number: `tens`, `hundreds of thousands`, …
    Approximate(&'static str),
    /// A quantity, percentage, amount of money or duration.
    Quantity {
        count: Amount,
        /// `%`, the currency (ISO code or English unit), the unit or the counted noun.
        unit: Cow<'static, str>,
        /// `more than`, `about`, … or "".
        qualifier: &'static str,
    },
    Casualties(Box<Casualties>),
    Date(DateDetail),
    /// The Arabic of the glossary entry an entity came from.
    Glossary(String),
    /// A person found by a rule, or a place after a head word (boxed: most facts are neither).
    Person(Box<PersonDetail>),
    Quote {
        /// `(english, arabic)` of the speaker, if known.
        speaker: Option<(String, String)>,
        /// The speech verb in English, or "".
        verb: &'static str,
        /// The agency or newspaper the words come through, as written.
        source: Option<String>,
        /// The speaker is an earlier subject (the verb had no subject of its own).
        resolved: bool,
    },
}

/// Extras of a person found by a rule.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonDetail {
    /// The English title that introduced the person.
    pub title: Option<String>,
    /// Where the English came from; `None`: no English (the value is the Arabic).
    pub english_source: Option<super::persons::Source>,
    pub score: Option<f32>,
    /// The full name (as in `value`) this later mention links to.
    pub refers_to: Option<String>,
}

/// Extras of a `casualties` fact.
#[derive(Clone, Debug, PartialEq)]
pub struct Casualties {
    pub what: &'static str,
    pub count: Amount,
    pub qualifier: &'static str,
    pub approximate: Option<&'static str>,
    /// `(count, english)` of each group hit.
    pub who: Vec<(Amount, String)>,
}

/// Extras of a `date` fact.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DateDetail {
    /// `time`, `day`, `week`, `month` or `year`.
    pub grain: &'static str,
    pub hijri: bool,
    /// The tabular-calendar Gregorian date of a Hijri day.
    pub gregorian_estimate: Option<Date>,
    /// `start`, `mid`, `end`, …
    pub part: Option<&'static str>,
    pub relative: Option<i32>,
    pub weekday: Option<&'static str>,
    /// The year came from the reference date.
    pub year_inferred: bool,
    /// The Hijri date written beside this Gregorian one (`25 شوال 1436 هـ الموافق 10 أغسطس
    /// 2015`: one fact, the Gregorian value).
    pub hijri_date: Option<HijriDate>,
}

/// A Hijri date as a `date` value writes it (`hijri:1436-10-25`, `hijri:1436-10`,
/// `hijri:1428`, a range `hijri:1436-10-19/hijri:1436-10-21`): `(year, month, day)`, 0 for a
/// month or day not written; `to` is the last one of a range.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct HijriDate {
    pub from: (i32, u32, u32),
    pub to: Option<(i32, u32, u32)>,
}

impl std::fmt::Display for HijriDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let one = |f: &mut std::fmt::Formatter<'_>, (y, m, d): (i32, u32, u32)| {
            write!(f, "hijri:{y:04}")?;
            if m > 0 {
                write!(f, "-{m:02}")?;
            }
            if d > 0 {
                write!(f, "-{d:02}")?;
            }
            Ok(())
        };
        one(f, self.from)?;
        if let Some(to) = self.to {
            f.write_str("/")?;
            one(f, to)?;
        }
        Ok(())
    }
}

impl DateDetail {
    pub fn grain(grain: &'static str) -> DateDetail {
        DateDetail {
            grain,
            ..DateDetail::default()
        }
    }
}

/// How the Gregorian estimate of a Hijri date is made.
const HIJRI_METHOD: &str =
    "tabular Islamic calendar (civil epoch); Umm al-Qura or sighting may differ by 1-2 days";

impl Serialize for Detail {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Keys in sorted order within each variant.
        match self {
            Detail::None => s.serialize_unit(),
            Detail::Approximate(a) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("approximate", a)?;
                m.end()
            }
            Detail::Quantity {
                count,
                unit,
                qualifier,
            } => {
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("count", count)?;
                if !qualifier.is_empty() {
                    m.serialize_entry("qualifier", qualifier)?;
                }
                m.serialize_entry("unit", unit)?;
                m.end()
            }
            Detail::Casualties(c) => {
                let mut m = s.serialize_map(None)?;
                if let Some(a) = c.approximate {
                    m.serialize_entry("approximate", a)?;
                }
                m.serialize_entry("count", &c.count)?;
                if !c.qualifier.is_empty() {
                    m.serialize_entry("qualifier", c.qualifier)?;
                }
                m.serialize_entry("what", c.what)?;
                if !c.who.is_empty() {
                    m.serialize_entry("who", &Who(&c.who))?;
                }
                m.end()
            }
            Detail::Date(d) => {
                let mut m = s.serialize_map(None)?;
                if d.hijri {
                    m.serialize_entry("calendar", "hijri")?;
                }
                m.serialize_entry("grain", d.grain)?;
                if let Some(g) = d.gregorian_estimate {
                    m.serialize_entry("gregorian_estimate", &g)?;
                }
                if let Some(h) = d.hijri_date {
                    m.serialize_entry("hijri", &h.to_string())?;
                }
                if d.gregorian_estimate.is_some() {
                    m.serialize_entry("method", HIJRI_METHOD)?;
                }
                if let Some(p) = d.part {
                    m.serialize_entry("part", p)?;
                }
                if let Some(r) = d.relative {
                    m.serialize_entry("relative", &r)?;
                }
                if let Some(w) = d.weekday {
                    m.serialize_entry("weekday", w)?;
                }
                if d.year_inferred {
                    m.serialize_entry("year", "inferred from the reference date")?;
                }
                m.end()
            }
            Detail::Glossary(arabic) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("english_source", "glossary")?;
                m.serialize_entry("glossary", arabic)?;
                m.end()
            }
            Detail::Person(p) => {
                let mut m = s.serialize_map(None)?;
                if let Some(src) = p.english_source {
                    m.serialize_entry("english_source", src.name())?;
                }
                if let Some(r) = &p.refers_to {
                    m.serialize_entry("refers_to", r)?;
                }
                if let Some(score) = p.score {
                    m.serialize_entry("score", &score)?;
                }
                if let Some(t) = &p.title {
                    m.serialize_entry("title", t)?;
                }
                m.end()
            }
            Detail::Quote {
                speaker,
                verb,
                source,
                resolved,
            } => {
                let mut m = s.serialize_map(None)?;
                if let Some(src) = source {
                    m.serialize_entry("source", src)?;
                }
                if let Some((english, arabic)) = speaker {
                    m.serialize_entry("speaker", english)?;
                    m.serialize_entry("speaker_arabic", arabic)?;
                    if *resolved {
                        m.serialize_entry("speaker_resolved", &true)?;
                    }
                }
                if !verb.is_empty() {
                    m.serialize_entry("verb", verb)?;
                }
                m.end()
            }
        }
    }
}

/// The `who` list of a casualties fact: `[{"count", "who"}]`.
struct Who<'a>(&'a [(Amount, String)]);

impl Serialize for Who<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|(count, who)| Group { count, who }))
    }
}

#[derive(Serialize)]
struct Group<'a> {
    count: &'a Amount,
    who: &'a str,
}
