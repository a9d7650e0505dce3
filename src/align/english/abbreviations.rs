//! English abbreviations that take a full stop, and when such a stop also ends a sentence.
//!
//! Written for dragoman from the AP Stylebook's conventions (its "abbreviations and acronyms",
//! "titles", "state names", "months" and "a.m., p.m." entries) and from common newswire use;
//! not copied from another project's list. Forms are matched case-sensitively with their final
//! full stop (`Ill.` the state, not `ill.` the adjective; `Mass.`, not `mass.`).
//!
//! Each row says what the stop does when the next word does *not* start with a lowercase
//! letter (before a lowercase word no full stop ends a sentence, see the module above):
//! [`Ends::Never`], [`Ends::BeforeStarter`], [`Ends::BeforeCapital`] or [`Ends::BeforeNonTime`].

/// When the full stop of an abbreviation also ends the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ends {
    /// Never: the abbreviation stands before what it qualifies (`Dr. Tony`, `e.g. Zhao`).
    Never,
    /// Only before a word that typically opens a sentence ([`STARTERS`]): `the U.S. The …`
    /// ends, `U.S. President …` and `Apple Inc. Chief …` do not.
    BeforeStarter,
    /// Before any capitalized word or opening quote: `… nuts, etc. The …` ends.
    BeforeCapital,
    /// Before a capitalized word that is not part of a time ([`TIME_WORDS`], or an upper-case
    /// zone such as `GMT`): `at 6 a.m. Thailand …` ends, `10 a.m. Central European Time` and
    /// `9 p.m. GMT Friday` do not.
    BeforeNonTime,
}

use Ends::*;

/// `(form with its full stop, rule)`.
pub(super) const ABBREVIATIONS: &[(&str, Ends)] = &[
    // Titles before a name (AP "titles"; military ranks as AP abbreviates them before a name).
    ("Mr.", Never),
    ("Mrs.", Never),
    ("Ms.", Never),
    ("Messrs.", Never),
    ("Dr.", Never),
    ("Prof.", Never),
    ("Sen.", Never),
    ("Sens.", Never),
    ("Rep.", Never),
    ("Reps.", Never),
    ("Gov.", Never),
    ("Govs.", Never),
    ("Lt.", Never),
    ("Gen.", Never),
    ("Col.", Never),
    ("Maj.", Never),
    ("Capt.", Never),
    ("Cmdr.", Never),
    ("Sgt.", Never),
    ("Cpl.", Never),
    ("Pvt.", Never),
    ("Adm.", Never),
    ("Brig.", Never),
    ("Rev.", Never),
    ("Msgr.", Never),
    ("Fr.", Never),
    ("Hon.", Never),
    ("Pres.", Never),
    ("Supt.", Never),
    ("Atty.", Never),
    ("Mt.", Never),
    ("Ft.", Never),
    // After a name or an address they often end the sentence (`King Jr. The …`, `Main St. He
    // …`); before a name they do not (`St. Louis`). AP "junior, senior", "addresses".
    ("Jr.", BeforeStarter),
    ("Sr.", BeforeStarter),
    ("St.", BeforeStarter),
    ("Ave.", BeforeStarter),
    ("Blvd.", BeforeStarter),
    ("Rd.", BeforeStarter),
    // Company and organization names (AP "company names"): `Apple Inc. Chief Executive` goes on,
    // `… shares of Apple Inc. The company …` ends.
    ("Inc.", BeforeStarter),
    ("Corp.", BeforeStarter),
    ("Co.", BeforeStarter),
    ("Cos.", BeforeStarter),
    ("Ltd.", BeforeStarter),
    ("Bros.", BeforeStarter),
    ("Assn.", BeforeStarter),
    ("Dept.", BeforeStarter),
    ("Univ.", BeforeStarter),
    // States in datelines and after a city (AP "state names"; Alaska, Hawaii, Idaho, Iowa,
    // Maine, Ohio, Texas and Utah are never abbreviated). Dotted ones (N.Y., D.C.) are below.
    ("Ala.", BeforeStarter),
    ("Ariz.", BeforeStarter),
    ("Ark.", BeforeStarter),
    ("Calif.", BeforeStarter),
    ("Colo.", BeforeStarter),
    ("Conn.", BeforeStarter),
    ("Del.", BeforeStarter),
    ("Fla.", BeforeStarter),
    ("Ga.", BeforeStarter),
    ("Ill.", BeforeStarter),
    ("Ind.", BeforeStarter),
    ("Kan.", BeforeStarter),
    ("Ky.", BeforeStarter),
    ("La.", BeforeStarter),
    ("Md.", BeforeStarter),
    ("Mass.", BeforeStarter),
    ("Mich.", BeforeStarter),
    ("Minn.", BeforeStarter),
    ("Miss.", BeforeStarter),
    ("Mo.", BeforeStarter),
    ("Mont.", BeforeStarter),
    ("Neb.", BeforeStarter),
    ("Nev.", BeforeStarter),
    ("Okla.", BeforeStarter),
    ("Ore.", BeforeStarter),
    ("Pa.", BeforeStarter),
    ("Tenn.", BeforeStarter),
    ("Vt.", BeforeStarter),
    ("Va.", BeforeStarter),
    ("Wash.", BeforeStarter),
    ("Wis.", BeforeStarter),
    ("Wyo.", BeforeStarter),
    // Older or non-AP state forms still met in wire copy.
    ("Tex.", BeforeStarter),
    ("Wisc.", BeforeStarter),
    // Months before a date (AP "months": Jan. Feb. Aug. Sept. Oct. Nov. Dec.; March to July
    // are never abbreviated in AP style, the short forms below come from other house styles).
    ("Jan.", BeforeStarter),
    ("Feb.", BeforeStarter),
    ("Aug.", BeforeStarter),
    ("Sept.", BeforeStarter),
    ("Oct.", BeforeStarter),
    ("Nov.", BeforeStarter),
    ("Dec.", BeforeStarter),
    ("Mar.", BeforeStarter),
    ("Apr.", BeforeStarter),
    ("Jun.", BeforeStarter),
    ("Jul.", BeforeStarter),
    ("Sep.", BeforeStarter),
    // Dotted country and organization names (AP "U.S.", "U.N.", "U.K.", "EU" is AP's own form
    // but E.U. is met), the District of Columbia and dotted states.
    ("U.S.", BeforeStarter),
    ("U.K.", BeforeStarter),
    ("U.N.", BeforeStarter),
    ("E.U.", BeforeStarter),
    ("D.C.", BeforeStarter),
    ("N.H.", BeforeStarter),
    ("N.J.", BeforeStarter),
    ("N.M.", BeforeStarter),
    ("N.Y.", BeforeStarter),
    ("N.C.", BeforeStarter),
    ("N.D.", BeforeStarter),
    ("R.I.", BeforeStarter),
    ("S.C.", BeforeStarter),
    ("S.D.", BeforeStarter),
    ("W.Va.", BeforeStarter),
    ("Ph.D.", BeforeStarter),
    // Times of day (AP "a.m., p.m.").
    ("a.m.", BeforeNonTime),
    ("p.m.", BeforeNonTime),
    ("A.M.", BeforeNonTime),
    ("P.M.", BeforeNonTime),
    // Latin and other in-sentence abbreviations (general English usage).
    ("e.g.", Never),
    ("i.e.", Never),
    ("a.k.a.", Never),
    ("cf.", Never),
    ("ca.", Never),
    ("vs.", Never),
    ("approx.", Never),
    ("Vol.", Never),
    ("Fig.", Never),
    // `etc.` closes a list and `et al.` a list of authors: inside a sentence a verb, a year or
    // a bracket follows, so before a capitalized word they end the sentence (general usage).
    ("etc.", BeforeCapital),
    ("al.", BeforeCapital),
];

/// Words that commonly open a sentence and seldom follow an abbreviation inside one
/// (articles, pronouns, conjunctions and sentence adverbs, prepositions that open a clause).
/// Written for dragoman from English grammar; compared case-sensitively.
pub(super) const STARTERS: &[&str] = &[
    // Articles, determiners, demonstratives.
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Such",
    "Some",
    "Many",
    "Most",
    "Several",
    "All",
    "Both",
    "Each",
    "Every",
    "Another",
    "Other",
    "Others",
    "No", // —
    // Pronouns and possessives.
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "There",
    "Here", // —
    // Conjunctions and sentence adverbs.
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "Also",
    "Still",
    "Then",
    "Now",
    "Instead",
    "Thus",
    "Therefore",
    "Moreover",
    "Earlier",
    "Later", // —
    // Clause-opening prepositions and subordinators.
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "By",
    "After",
    "Before",
    "During",
    "When",
    "While",
    "If",
    "As",
    "Since",
    "Although",
    "Though",
    "Because",
    "According",
];

/// Capitalized words that go on a time after `a.m.`/`p.m.` (days, months, zone names); an
/// all-capital word of two to five letters (`GMT`, `UTC`, `EDT`) counts as a zone too.
pub(super) const TIME_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Eastern",
    "Central",
    "Pacific",
    "Mountain",
    "Atlantic",
    "Greenwich",
    "Coordinated",
    "Universal",
    "British",
    "Arabia",
    "Moscow",
    "Israel",
    "Indian",
];

/// The rule for `token` (a word with its final full stop), if it is a listed abbreviation.
/// A title written in lowercase (`mrs.`, `dr.`: a clause joined after `;`, a careless
/// transcript) is its title still: the capitalized form's row when that row is `Never`.
pub(super) fn lookup(token: &str) -> Option<Ends> {
    let find = |t: &str| {
        ABBREVIATIONS
            .iter()
            .find(|&&(form, _)| form == t)
            .map(|&(_, ends)| ends)
    };
    find(token).or_else(|| {
        let mut cs = token.chars();
        let first = cs.next().filter(|c| c.is_ascii_lowercase())?;
        let capitalized = format!("{}{}", first.to_ascii_uppercase(), cs.as_str());
        find(&capitalized).filter(|e| matches!(e, Ends::Never))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_titles_are_titles() {
        // (token, rule): a lowercase title reads as its capitalized row only when that row
        // never ends a sentence.
        let rows: &[(&str, Option<Ends>)] = &[
            ("Mrs.", Some(Ends::Never)),
            ("mrs.", Some(Ends::Never)),
            ("dr.", Some(Ends::Never)),
            ("sen.", Some(Ends::Never)),
            ("zzz.", None),
        ];
        for &(token, want) in rows {
            assert_eq!(lookup(token), want, "{token}");
        }
        // The segmenter then keeps `mrs. Kirchner` together.
        let text = "It was the venue; mrs. Kirchner spoke there. She left.";
        let got: Vec<&str> = super::super::segment_english(text)
            .iter()
            .map(|s| s.span.slice(text))
            .collect();
        assert_eq!(
            got,
            ["It was the venue; mrs. Kirchner spoke there.", "She left."]
        );
    }
}
