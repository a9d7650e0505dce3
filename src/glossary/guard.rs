//! Sense guards: per-entry conditions on when a glossary entry may match, and its status.
//!
//! **In:** the optional seventh column of a glossary file, `guard`, in a small mini-syntax.
//! **Out:** a [`Guard`]: what the matcher checks before it accepts a match of the entry
//! ([`crate::glossary::Matcher`]), what `glossary lint` checks, what TBX/OmegaT carry.
//!
//! The mini-syntax (documented in `glossaries/README.md`): clauses separated by `;`, each
//! either a flag or `name: word|word|…` (Arabic words written as headwords are, without
//! clitics; the matcher compares them through proclitics and the article):
//!
//! | clause | meaning |
//! | --- | --- |
//! | `exact` | no proclitics (و ف ب ك ل) stripped and no accusative alef dropped: only the spelling as listed (the article of a headword that has it still counts) |
//! | `as-written` | the text writes the letters the fold erases as the spelling has them: another hamza seat is another word (إحداث is no أحداث), and so is a bare alef for a word-final seat (بدا "seemed" is no بدأ "began") or ه for a word-final ة without the article (وقاده "and he led it" is no قادة). Read on the original letters after the scan ([`crate::glossary::Matcher::drop_folded_letters`]) |
//! | `no-article` | the text may not add the article to a headword without it (الحماس "the enthusiasm" is not حماس Hamas); other proclitics still count |
//! | `not-quoted` | not the whole of a quotation: no quotation mark right before the term (its proclitics aside) together with one right after it (لـ«الشرق الأوسط» is the newspaper Asharq Al-Awsat, not the region) |
//! | `quoted` | the whole of a quotation, the exact inverse of `not-quoted`: a quotation mark right before the term (its proclitics aside) and one right after it (لـ«الشرق الأوسط» is the newspaper Asharq Al-Awsat); the pair `quoted` / `not-quoted` lets a title and a name share one spelling |
//! | `not-adjective` | no term where it is an adjective: written with the article and no other proclitic, right after a word with the article (not إلى، التي …) that it would agree with (الجهات المشاركة "the participating agencies" is no *participation*) |
//! | `cue: W\|W` | one of the words within [`CUE_WINDOW`] words before or after the match, in the same sentence; `#` is any number in digits |
//! | `not-cue: W\|W` | none of the words within [`CUE_WINDOW`] words before or after the match, in the same sentence |
//! | `prev: W\|W` / `next: W\|W` | the word right before / after the match is one of these |
//! | `not-prev: W\|W` / `not-next: W\|W` | the word right before / after is none of these |
//! | `forms: dual\|plural\|feminine` | the matcher also accepts the declared sound dual (ان ين), masculine plural (ون ين) and feminine (ة, ات) of a one-word headword |
//! | `head` | a generic head noun that English drops before a name (مدينة جدة is *Jeddah*, شركة أسوس *ASUS*): in its construct form right before a name it is no term ([`crate::glossary::Matcher`], `heads`) |
//! | `status: preferred\|admitted\|forbidden` | TBX's administrative status; a `forbidden` entry never matches (it is kept for checks that flag the rendering) |
//! | `reviewed` | the collision lint's finding was read and the entry is right as it is (the spelling is this entry in news copy) |
//!
//! A match that fails its guard is no term: not in `terms`, no fact, no gloss.
//!
//! What it does *not* do: look at sentence structure or meaning; a guard is a list of words.

use std::fmt;
use std::str::FromStr;

/// How many words either side of a match a `cue` may be.
pub const CUE_WINDOW: usize = 4;

/// In a word list, `#` stands for any number written in digits (`cue: #|شهر` for a month
/// name: ١٥ آب, آب 2015).
pub const NUMBER: &str = "#";

/// TBX's administrative status of a term (`preferredTerm-admn-sts`, …).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// The rendering to use (the default).
    #[default]
    Preferred,
    /// A rendering that is right but not the first choice, or a match that needs care.
    Admitted,
    /// A rendering known to be wrong for this Arabic: never matched; a translation check may
    /// flag it.
    Forbidden,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Preferred, Status::Admitted, Status::Forbidden];

    pub fn name(self) -> &'static str {
        match self {
            Status::Preferred => "preferred",
            Status::Admitted => "admitted",
            Status::Forbidden => "forbidden",
        }
    }

    /// The TBX value of `<termNote type="administrativeStatus">`.
    pub fn tbx(self) -> &'static str {
        match self {
            Status::Preferred => "preferredTerm-admn-sts",
            Status::Admitted => "admittedTerm-admn-sts",
            Status::Forbidden => "deprecatedTerm-admn-sts",
        }
    }

    /// The status of a TBX `administrativeStatus` value (`supersededTerm` reads as forbidden).
    pub fn from_tbx(value: &str) -> Option<Status> {
        match value.trim() {
            "preferredTerm-admn-sts" => Some(Status::Preferred),
            "admittedTerm-admn-sts" => Some(Status::Admitted),
            "deprecatedTerm-admn-sts" | "supersededTerm-admn-sts" => Some(Status::Forbidden),
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Status, String> {
        Status::ALL
            .into_iter()
            .find(|x| x.name() == s)
            .ok_or_else(|| format!("unknown status '{s}'; use preferred, admitted or forbidden"))
    }
}

/// Inflections an entry declares (`forms:`), beyond what the matcher does for every entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Inflections {
    /// Sound dual: ان (nominative), ين (oblique).
    pub dual: bool,
    /// Sound masculine plural: ون, ين.
    pub plural: bool,
    /// Feminine ة and its sound plural ات.
    pub feminine: bool,
}

impl Inflections {
    pub fn any(self) -> bool {
        self.dual || self.plural || self.feminine
    }
}

/// The conditions of one entry. `Guard::default()` is no condition at all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Guard {
    pub exact: bool,
    /// The folded letters as written (`as-written`): a bare alef where the spelling has أ إ آ,
    /// or ه for its final ة, is another word.
    pub as_written: bool,
    pub no_article: bool,
    /// Not the whole of a quotation (`not-quoted`): a name in quotation marks is a title (a
    /// newspaper, a film), not the place or the word.
    pub not_quoted: bool,
    /// The whole of a quotation (`quoted`), the inverse of `not_quoted`: the title a name in
    /// quotation marks is (the daily Asharq Al-Awsat in its own copy).
    pub quoted: bool,
    /// No term as an adjective (`not-adjective`): with the article and no other proclitic,
    /// right after a definite word (الجهات المشاركة "the participating agencies").
    pub not_adjective: bool,
    pub cue: Vec<String>,
    /// Words that must not stand within `CUE_WINDOW` (four) words (`not-cue`): the context of
    /// another sense (علماء near الدين، المشايخ are clerics, not scientists).
    pub not_cue: Vec<String>,
    pub prev: Vec<String>,
    pub next: Vec<String>,
    pub not_prev: Vec<String>,
    pub not_next: Vec<String>,
    pub forms: Inflections,
    /// A generic head noun English drops before a name (`head`).
    pub head: bool,
    pub status: Status,
    pub reviewed: bool,
}

impl Guard {
    /// No clause at all (an empty `guard` cell).
    pub fn is_empty(&self) -> bool {
        *self == Guard::default()
    }

    /// Does the guard restrict where the entry matches in the matcher's scan (beyond its status,
    /// and beyond `as-written`, which is read on the original letters after the scan)?
    pub fn restricts(&self) -> bool {
        self.not_quoted || self.quoted || self.not_adjective || self.context_tells_words_apart()
    }

    /// Does the guard tell the entry from another word of the same spelling (the clauses the
    /// collision lint accepts: `exact`, `as-written`, `no-article` and the word lists)?
    /// `not-quoted` and `quoted` do not: they tell a title from the name, not a word from
    /// another word.
    pub fn tells_words_apart(&self) -> bool {
        self.as_written || self.context_tells_words_apart()
    }

    /// [`Guard::tells_words_apart`] by the clauses the matcher's scan checks.
    fn context_tells_words_apart(&self) -> bool {
        self.exact
            || self.no_article
            || !self.cue.is_empty()
            || !self.not_cue.is_empty()
            || !self.prev.is_empty()
            || !self.next.is_empty()
            || !self.not_prev.is_empty()
            || !self.not_next.is_empty()
    }

    /// The context conditions' word lists: `(clause name, words)`.
    pub fn word_lists(&self) -> [(&'static str, &[String]); 6] {
        [
            ("cue", &self.cue),
            ("not-cue", &self.not_cue),
            ("prev", &self.prev),
            ("next", &self.next),
            ("not-prev", &self.not_prev),
            ("not-next", &self.not_next),
        ]
    }

    /// Parse a `guard` cell. Errors name the clause and say how to write it.
    pub fn parse(cell: &str) -> Result<Guard, String> {
        let mut g = Guard::default();
        for clause in cell.split(';').map(str::trim).filter(|c| !c.is_empty()) {
            let (name, value) = match clause.split_once(':') {
                Some((n, v)) => (n.trim(), Some(v.trim())),
                None => (clause, None),
            };
            let words = || -> Result<Vec<String>, String> {
                let v = value.unwrap_or("");
                let words: Vec<String> = v
                    .split('|')
                    .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|w| !w.is_empty())
                    .collect();
                if words.is_empty() {
                    return Err(format!(
                        "guard clause '{name}' needs words: `{name}: كلمة|كلمة`"
                    ));
                }
                if let Some(w) = words.iter().find(|w| w.contains(' ')) {
                    return Err(format!(
                        "guard clause '{name}' lists '{w}', which is more than one word; \
                         list single words"
                    ));
                }
                Ok(words)
            };
            let flag = |set: &mut bool| -> Result<(), String> {
                if value.is_some() {
                    return Err(format!(
                        "guard flag '{name}' takes no value; write `{name}`"
                    ));
                }
                *set = true;
                Ok(())
            };
            match name {
                "exact" => flag(&mut g.exact)?,
                "as-written" => flag(&mut g.as_written)?,
                "no-article" => flag(&mut g.no_article)?,
                "not-quoted" => flag(&mut g.not_quoted)?,
                "quoted" => flag(&mut g.quoted)?,
                "not-adjective" => flag(&mut g.not_adjective)?,
                "reviewed" => flag(&mut g.reviewed)?,
                "head" => flag(&mut g.head)?,
                "cue" => g.cue.extend(words()?),
                "not-cue" => g.not_cue.extend(words()?),
                "prev" => g.prev.extend(words()?),
                "next" => g.next.extend(words()?),
                "not-prev" => g.not_prev.extend(words()?),
                "not-next" => g.not_next.extend(words()?),
                "status" => g.status = value.unwrap_or("").parse()?,
                "forms" => {
                    for f in words()? {
                        match f.as_str() {
                            "dual" => g.forms.dual = true,
                            "plural" => g.forms.plural = true,
                            "feminine" => g.forms.feminine = true,
                            other => {
                                return Err(format!(
                                    "unknown form '{other}' in `forms:`; use dual, plural or \
                                     feminine"
                                ))
                            }
                        }
                    }
                }
                other => {
                    return Err(format!(
                        "unknown guard clause '{other}'; use exact, as-written, no-article, not-quoted, quoted, not-adjective, cue:, \
                         not-cue:, prev:, next:, not-prev:, not-next:, forms:, head, status: or reviewed, \
                         separated by ';'"
                    ))
                }
            }
        }
        if g.quoted && g.not_quoted {
            return Err(
                "guard flags 'quoted' and 'not-quoted' together never match; keep one".into(),
            );
        }
        Ok(g)
    }
}

impl FromStr for Guard {
    type Err = String;
    fn from_str(s: &str) -> Result<Guard, String> {
        Guard::parse(s)
    }
}

/// The canonical cell: clauses in a fixed order, `; ` between them (parses back to the same
/// guard).
impl fmt::Display for Guard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if self.exact {
            parts.push("exact".into());
        }
        if self.as_written {
            parts.push("as-written".into());
        }
        if self.no_article {
            parts.push("no-article".into());
        }
        if self.not_quoted {
            parts.push("not-quoted".into());
        }
        if self.quoted {
            parts.push("quoted".into());
        }
        if self.not_adjective {
            parts.push("not-adjective".into());
        }
        for (name, words) in self.word_lists() {
            if !words.is_empty() {
                parts.push(format!("{name}: {}", words.join("|")));
            }
        }
        let forms: Vec<&str> = [
            (self.forms.dual, "dual"),
            (self.forms.plural, "plural"),
            (self.forms.feminine, "feminine"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
        if !forms.is_empty() {
            parts.push(format!("forms: {}", forms.join("|")));
        }
        if self.head {
            parts.push("head".into());
        }
        if self.status != Status::Preferred {
            parts.push(format!("status: {}", self.status));
        }
        if self.reviewed {
            parts.push("reviewed".into());
        }
        f.write_str(&parts.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print_round_trip() {
        const ROWS: &[(&str, &str)] = &[
            ("", ""),
            ("exact", "exact"),
            ("no-article; exact", "exact; no-article"),
            ("no-article; as-written", "as-written; no-article"),
            ("cue: حركة|حماس", "cue: حركة|حماس"),
            (
                " status:admitted ;exact; not-next: الباب | الطريق",
                "exact; not-next: الباب|الطريق; status: admitted",
            ),
            ("forms: plural|dual", "forms: dual|plural"),
            ("reviewed; status: forbidden", "status: forbidden; reviewed"),
            ("status: admitted; head", "head; status: admitted"),
            ("reviewed; not-quoted", "not-quoted; reviewed"),
            ("not-adjective; quoted", "quoted; not-adjective"),
            ("not-adjective; no-article", "no-article; not-adjective"),
            (
                "not-cue: الدين|المشايخ; cue: #",
                "cue: #; not-cue: الدين|المشايخ",
            ),
        ];
        for &(cell, canonical) in ROWS {
            let g = Guard::parse(cell).unwrap_or_else(|e| panic!("{cell:?}: {e}"));
            assert_eq!(g.to_string(), canonical, "{cell:?}");
            assert_eq!(Guard::parse(canonical).unwrap(), g, "{canonical:?}");
        }
    }

    #[test]
    fn bad_cells_say_what_to_write() {
        const ROWS: &[(&str, &str)] = &[
            ("cue", "needs words"),
            ("cue: ", "needs words"),
            ("exact: yes", "takes no value"),
            ("as-written: أ", "takes no value"),
            ("head: مدينة", "takes no value"),
            ("not-quoted: نعم", "takes no value"),
            ("quoted: نعم", "takes no value"),
            ("quoted; not-quoted", "never match"),
            ("status: deprecated", "unknown status"),
            ("near: حركة", "unknown guard clause"),
            ("cue: حركة فتح", "more than one word"),
            ("forms: broken", "unknown form"),
        ];
        for &(cell, want) in ROWS {
            let e = Guard::parse(cell).expect_err(cell);
            assert!(e.contains(want), "{cell:?}: {e}");
        }
    }

    #[test]
    fn status_tbx_values() {
        for s in Status::ALL {
            assert_eq!(Status::from_tbx(s.tbx()), Some(s));
        }
        assert_eq!(
            Status::from_tbx("supersededTerm-admn-sts"),
            Some(Status::Forbidden)
        );
        assert!(!Guard::parse("status: admitted").unwrap().restricts());
        assert!(Guard::parse("not-prev: باب").unwrap().restricts());
        assert!(Guard::parse("not-quoted").unwrap().restricts());
        assert!(!Guard::parse("not-quoted").unwrap().tells_words_apart());
        assert!(Guard::parse("quoted").unwrap().restricts());
        assert!(!Guard::parse("quoted").unwrap().tells_words_apart());
        assert!(Guard::parse("not-cue: الدين").unwrap().tells_words_apart());
        assert!(Guard::parse("as-written").unwrap().tells_words_apart());
        // Read on the original letters after the scan, not by the scan's keys.
        assert!(!Guard::parse("as-written").unwrap().restricts());
        // A head noun is dropped after matching, not turned away by the matcher's keys.
        assert!(!Guard::parse("head").unwrap().restricts());
    }
}
