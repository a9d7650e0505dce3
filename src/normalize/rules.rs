//! The normalization rules, sets of them, and the two profiles: their names on the command
//! line and what each does.

use std::fmt;
use std::str::FromStr;

/// One normalization rule. `Rule::ALL` lists them in the order they are documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Unicode NFC: composes ا + ٔ into أ, orders combining marks canonically.
    Nfc,
    /// Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) to plain letters; lam-alef
    /// ligatures keep their hamza (ﻷ → لأ).
    PresentationForms,
    /// Remove tatweel U+0640.
    Tatweel,
    /// Remove invisible format characters (ZWSP, ZWNJ, ZWJ, BOM, LRM/RLM/ALM, bidi embeddings
    /// and isolates, word joiner, soft hyphen) without splitting words.
    Invisible,
    /// Turn space variants (tab, NBSP, thin and other fixed-width spaces) into U+0020.
    Spaces,
    /// Collapse runs of spaces into one. Line breaks are kept.
    CollapseSpaces,
    /// Remove harakat and other Arabic combining marks U+064B–065F.
    Harakat,
    /// Remove the dagger alef U+0670.
    DaggerAlef,
    /// Remove Quranic annotation marks U+0610–061A and U+06D6–06ED.
    QuranicMarks,
    /// أ إ آ ٱ → ا.
    Alef,
    /// ى → ي.
    AlefMaqsura,
    /// ة → ه.
    TaMarbuta,
    /// Persian/Urdu ی → ي, ک → ك, ە ہ → ه.
    PersianLetters,
    /// Arabic-Indic and Persian digits → 0–9; ٫ → `.` (decimal), ٬ → `,` (thousands).
    Digits,
    /// ، ؛ ؟ ٪ ۔ → , ; ? % . and « » → `"`.
    Punctuation,
    /// ؤ → و, ئ → ي (in no profile; add with `--also hamza-seats`).
    HamzaSeats,
}

impl Rule {
    pub const ALL: [Rule; 16] = [
        Rule::Nfc,
        Rule::PresentationForms,
        Rule::Tatweel,
        Rule::Invisible,
        Rule::Spaces,
        Rule::CollapseSpaces,
        Rule::Harakat,
        Rule::DaggerAlef,
        Rule::QuranicMarks,
        Rule::Alef,
        Rule::AlefMaqsura,
        Rule::TaMarbuta,
        Rule::PersianLetters,
        Rule::Digits,
        Rule::Punctuation,
        Rule::HamzaSeats,
    ];

    /// The rule's name on the command line (`--keep ta-marbuta`).
    pub fn name(self) -> &'static str {
        match self {
            Rule::Nfc => "nfc",
            Rule::PresentationForms => "presentation-forms",
            Rule::Tatweel => "tatweel",
            Rule::Invisible => "invisible",
            Rule::Spaces => "spaces",
            Rule::CollapseSpaces => "collapse-spaces",
            Rule::Harakat => "harakat",
            Rule::DaggerAlef => "dagger-alef",
            Rule::QuranicMarks => "quranic-marks",
            Rule::Alef => "alef",
            Rule::AlefMaqsura => "alef-maqsura",
            Rule::TaMarbuta => "ta-marbuta",
            Rule::PersianLetters => "persian-letters",
            Rule::Digits => "digits",
            Rule::Punctuation => "punctuation",
            Rule::HamzaSeats => "hamza-seats",
        }
    }

    /// One line saying what the rule does.
    pub fn describe(self) -> &'static str {
        match self {
            Rule::Nfc => "Unicode NFC (ا + U+0654 → أ; canonical order of marks)",
            Rule::PresentationForms => {
                "presentation forms U+FB50–FDFF, U+FE70–FEFF → letters (ﻷ → لأ)"
            }
            Rule::Tatweel => "remove tatweel U+0640",
            Rule::Invisible => {
                "remove ZWSP/ZWNJ/ZWJ, BOM, LRM/RLM/ALM, U+202A–202E, U+2066–2069, WJ, SHY"
            }
            Rule::Spaces => "tab, NBSP, thin and other spaces → U+0020",
            Rule::CollapseSpaces => "runs of spaces → one space (line breaks kept)",
            Rule::Harakat => "remove harakat U+064B–065F",
            Rule::DaggerAlef => "remove dagger alef U+0670",
            Rule::QuranicMarks => "remove Quranic marks U+0610–061A, U+06D6–06ED",
            Rule::Alef => "أ إ آ ٱ → ا",
            Rule::AlefMaqsura => "ى → ي",
            Rule::TaMarbuta => "ة → ه",
            Rule::PersianLetters => "ی → ي, ک → ك, ە ہ → ه",
            Rule::Digits => "٠–٩ ۰–۹ → 0–9, ٫ → . (decimal), ٬ → , (thousands)",
            Rule::Punctuation => "، ؛ ؟ ٪ ۔ → , ; ? % . and « » → \"",
            Rule::HamzaSeats => "ؤ → و, ئ → ي (in no profile)",
        }
    }

    fn bit(self) -> u32 {
        1 << self as u32
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Rule {
    type Err = String;
    fn from_str(s: &str) -> Result<Rule, String> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Rule::ALL.iter().map(|r| r.name()).collect();
                format!("unknown rule '{s}'; the rules are: {}", names.join(", "))
            })
    }
}

/// A set of rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rules(u32);

impl Rules {
    pub const fn empty() -> Rules {
        Rules(0)
    }

    pub fn contains(self, rule: Rule) -> bool {
        self.0 & rule.bit() != 0
    }

    pub fn with(self, rule: Rule) -> Rules {
        Rules(self.0 | rule.bit())
    }

    pub fn without(self, rule: Rule) -> Rules {
        Rules(self.0 & !rule.bit())
    }

    pub fn iter(self) -> impl Iterator<Item = Rule> {
        Rule::ALL.into_iter().filter(move |r| self.contains(*r))
    }
}

impl FromIterator<Rule> for Rules {
    fn from_iter<I: IntoIterator<Item = Rule>>(iter: I) -> Rules {
        iter.into_iter().fold(Rules::empty(), Rules::with)
    }
}

/// A named group of rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Lossless for meaning: safe for display and export.
    Clean,
    /// For matching and search: `clean` plus lossy folding.
    #[default]
    Match,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Clean => "clean",
            Profile::Match => "match",
        }
    }

    pub fn rules(self) -> Rules {
        use Rule::*;
        let clean = [
            Nfc,
            PresentationForms,
            Tatweel,
            Invisible,
            Spaces,
            CollapseSpaces,
        ];
        let fold = [
            Harakat,
            DaggerAlef,
            QuranicMarks,
            Alef,
            AlefMaqsura,
            TaMarbuta,
            PersianLetters,
            Digits,
            Punctuation,
        ];
        match self {
            Profile::Clean => clean.into_iter().collect(),
            Profile::Match => clean.into_iter().chain(fold).collect(),
        }
    }
}

impl FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Profile, String> {
        match s {
            "clean" => Ok(Profile::Clean),
            "match" => Ok(Profile::Match),
            _ => Err(format!("unknown profile '{s}'; use clean or match")),
        }
    }
}
