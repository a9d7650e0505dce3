//! Generic head nouns before names: مدينة جدة is *Jeddah*, شركة أسوس *ASUS*, نادي يوتا جاز the
//! *Utah Jazz*, صحيفة بوليتيكو *Politico*, دولة الفلبين *the Philippines*.
//!
//! **In:** the matches of one text, in order ([`Matcher::find_tokens`]), the tokens they were
//! found among and the text's `match` normalization. **Out:** the same matches less every match
//! of a *head noun* that stands in its construct form right before a name: the terms a reader
//! is shown ([`Matcher::drop_head_nouns`], [`Matcher::find_for_reading`]: the `terms` command,
//! the `terms` and `english_gloss` cells of `export`). The fact rules, the summarizer and the
//! aligner read every match: a head noun still tells them that مدينة الطائف is no person and
//! whom صحيفة names as a speaker.
//!
//! Arabic puts a generic noun before a name (مدينة، شركة، نادي، صحيفة، دولة، منتخب) that
//! English news drops: the English of the phrase is the name's alone. A translator reading
//! `city` beside مدينة جدة would be told to write what English does not write, so the head
//! noun is no term there; the name keeps its own match, its span and its facts (it is not
//! widened to take the head in: the name is what English renders, and a name the glossary
//! does not have, بيشكك، أسوس, is treated the same way).
//!
//! Which nouns are heads is data: the `head` clause of the glossary's `guard` column
//! ([`crate::glossary::guard`]), set on the rows whose English habitually drops them (see
//! `glossaries/README.md` for the list and the measure). A head match is dropped when all of:
//! * it is one word, in its construct form: the headword without the article (مدينة، لمدينة،
//!   ونادي), not definite (المدينة الجديدة), not plural (مدن), no pronoun suffix (مدينتنا);
//! * the next word follows with only spaces between, on the same line, and at most one
//!   quotation mark right before it (مدينة "بيشكك");
//! * that word is a name: a person, place, org, group or event match of the glossary starting
//!   right there, without proclitics (مدينة الرياض, نادي يوتا جاز), or a Gregorian month (شهر
//!   فبراير is *February*; English keeps *the month of* Ramadan); or, where no match starts
//!   there, a word in Latin letters (شركة ADT) or an Arabic word of three letters or more,
//!   without the article or a leading و, that is not a common Arabic word ([`is_common`]: a
//!   transliterated foreign name, أسوس، بوليتيكو), nor one behind ب ل ف ك, before the
//!   accusative alef or as its ي adjective (unless quoted). A common word (شركة النفط) or a
//!   glossary term of another category (شركة سعودية) keeps the head a term.
//!
//! Cost: one load per match (the entry's `head` flag); the rest only for head matches (on the
//! 600 dev news articles, about 2.1 M instructions of 471 M for `export -j 1`).
//!
//! What it does *not* do: look beyond the next word (شركة الرياض للخدمات التعليمية is a company
//! whose English name keeps *Company*), or tell a person's name from a place's (فريق كابيلو is
//! "Capello's team": which is why فريق is no head).

use super::{Matcher, TermMatch};
use crate::chars;
use crate::glossary::{Category, Glossary};
use crate::normalize::{tables, Normalized};
use crate::tokens::{class, Kind, Token};

impl Matcher {
    /// The matches of a `match`-normalized text as a reader is shown them:
    /// [`Matcher::find_normalized`] less the generic head nouns right before a name
    /// ([`Matcher::drop_head_nouns`]). For the `terms` command.
    pub fn find_for_reading(&self, n: &Normalized) -> Vec<TermMatch> {
        let tokens = super::plain_tokens(n);
        let mut out = self.find_tokens(n, &tokens);
        self.drop_head_nouns(&mut out, n, &tokens);
        out
    }

    /// Take out of `matches` (of the text `n` is the `match` normalization of, found among
    /// `tokens`, in order) every generic head noun (a `head` row) that stands in its construct
    /// form right before a name: مدينة in مدينة جدة, شركة in شركة أسوس. For what a reader is
    /// shown (the `terms` command, the `terms` and `english_gloss` cells of `export`); the fact
    /// rules read every match (a head noun still tells them that مدينة الطائف is no person).
    pub fn drop_head_nouns(&self, matches: &mut Vec<TermMatch>, n: &Normalized, tokens: &[Token]) {
        let mut dropped: Vec<usize> = Vec::new();
        for k in 0..matches.len() {
            if self.head_nouns[matches[k].entry]
                && before_name(matches, k, &self.glossary, n, tokens)
            {
                dropped.push(k);
            }
        }
        if dropped.is_empty() {
            return;
        }
        let mut k = 0;
        let mut d = dropped.iter().peekable();
        matches.retain(|_| {
            let drop = d.next_if_eq(&&k).is_some();
            k += 1;
            !drop
        });
    }
}

/// Is `out[k]`, a head noun's match, in its construct form right before a name?
fn before_name(
    out: &[TermMatch],
    k: usize,
    glossary: &Glossary,
    n: &Normalized,
    tokens: &[Token],
) -> bool {
    let m = &out[k];
    let text = n.text.as_str();
    let span = n.map.to_normalized(m.span);
    // The one word the match covers.
    let t = tokens.partition_point(|w| w.norm().end < span.end);
    let Some(word) = tokens.get(t).map(Token::norm) else {
        return false;
    };
    if word.start != span.start || word.end != span.end {
        return false;
    }
    // The head's own form first (cheap): the headword without its article, as written (the
    // article the text adds to a headword without it is among the stripped proclitics:
    // المنتخب).
    let core = n.map.to_normalized(m.core);
    if m.clitics.ends_with("ال")
        || m.clitics.ends_with("لل")
        || !construct_form(
            &text[core.start..core.end],
            &glossary.entries()[m.entry].arabic,
        )
    {
        return false;
    }
    // The next word, after at most one quotation mark right before it.
    let mut w = t + 1;
    let quoted = tokens
        .get(w)
        .is_some_and(|q| q.kind == Kind::Punct && q.class & class::QUOTE != 0);
    if quoted {
        w += 1;
    }
    let Some(next) = tokens
        .get(w)
        .filter(|x| x.kind == Kind::Word)
        .map(Token::norm)
    else {
        return false;
    };
    if !gap_ok(&text[word.end..next.start]) {
        return false;
    }
    match out.get(k + 1) {
        Some(o) if n.map.norm_start(o.span.start) == next.start => {
            let name = &glossary.entries()[o.entry];
            o.clitics.is_empty()
                && (matches!(
                    name.category,
                    Category::Person
                        | Category::Place
                        | Category::Org
                        | Category::Group
                        | Category::Event
                ) || gregorian_month(name))
        }
        // (A match that starts inside the word, after a proclitic, is no name of the head.)
        Some(o) if n.map.norm_start(o.span.start) < next.end => false,
        _ => unknown_name(&text[next.start..next.end], quoted),
    }
}

/// Is `entry` a Gregorian month (`gregorian:N` in its note)? English drops شهر before one
/// (شهر فبراير is *February*) but keeps *the month of* before a Hijri month (شهر رمضان).
fn gregorian_month(entry: &crate::glossary::Entry) -> bool {
    entry.category == Category::Month && entry.note.starts_with("gregorian:")
}

/// What may stand between a head noun and its name: spaces (no line break), then at most one
/// quotation mark (مدينة "بيشكك").
fn gap_ok(gap: &str) -> bool {
    let spaces = gap.trim_end_matches(chars::is_quotation_mark);
    // The quotation mark opens the name: it is right before it (`«دولة» استعباد` is no head).
    gap.chars().count() - spaces.chars().count() <= 1
        && !spaces.is_empty()
        && spaces.bytes().all(|b| b == b' ')
}

/// Is `core` (normalized) the headword without its article, as in a construct phrase?
/// (The headword is compared letter by letter through the `match` folds,
/// [`tables::folds_to`].)
fn construct_form(core: &str, headword: &str) -> bool {
    if core.starts_with("ال") {
        return false;
    }
    let stem = match headword.strip_prefix("ال") {
        Some(s) if s.chars().count() >= 2 => s,
        _ => headword,
    };
    tables::folds_to(stem, core)
}

/// A word the glossary does not have that reads as a name: Latin letters, or an Arabic word of
/// three letters or more, without the article or a leading و, that is no common Arabic word,
/// nor (unless `quoted`) one behind a proclitic ب ل ف ك, before the accusative alef, or the
/// relative adjective (ي) of one.
fn unknown_name(word: &str, quoted: bool) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_alphabetic() {
        return true;
    }
    if word.chars().count() < 3
        || !word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        || word.starts_with("ال")
        || word.starts_with('و')
        || is_common(word)
    {
        return false;
    }
    // Nor a common word behind a proclitic or before the accusative alef (بالإضافة، إغلاقا),
    // unless quoted: a quotation mark after a head noun opens a name (مدينة "بيشكك", not ب +
    // يشكك).
    if quoted {
        return true;
    }
    let no_clitic = ['ب', 'ل', 'ف', 'ك']
        .iter()
        .find_map(|&c| word.strip_prefix(c))
        .filter(|w| w.chars().count() >= 2);
    let no_alef = word.strip_suffix('ا');
    // Nor a relative adjective of a common noun (فريق إغاثي: إغاثة).
    let nisba = word.strip_suffix('ي').filter(|w| w.chars().count() >= 3);
    !no_clitic.is_some_and(|w| is_common(w) || w.starts_with("ال"))
        && !no_alef.is_some_and(is_common)
        && !nisba.is_some_and(|w| is_common(w) || is_common(&format!("{w}ه")))
}

/// The common Arabic words (`glossaries/common-words.txt`, from wordfreq, CC BY-SA 4.0), in
/// `match` folding, sorted by bytes, one a line after `#` comments: the list the person rules
/// keep (`src/extract/persons/common.txt`, checked against `glossaries/common-words.txt` by
/// their test).
const COMMON: &str = include_str!("../../extract/persons/common.txt");

/// Is `w` (normalized) one of the common Arabic words? A bisection of the sorted list in place,
/// by bytes (no table built: it is asked only of the word after a head noun).
fn is_common(w: &str) -> bool {
    static BODY: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let text = COMMON.as_bytes();
    // The comment lines are first (skipped once).
    let mut lo = *BODY.get_or_init(|| {
        let mut at = 0;
        while text.get(at) == Some(&b'#') {
            at += memchr::memchr(b'\n', &text[at..]).map_or(text.len() - at, |p| p + 1);
        }
        at
    });
    let mut hi = text.len();
    let w = w.as_bytes();
    // (Lines are a few bytes long: plain loops find their ends cheaper than `memchr` calls.)
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = text[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = text[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |p| start + p);
        match text[start..end].cmp(w) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::is_common;
    use crate::glossary::{parse_csv, Glossary, Matcher};

    const HEADS: &str = "\
arabic,english,category,variants,note,source,guard
المدينة,city,term,مدينة|مدن,,test,head
شركة,company,term,,,test,head
النادي,club,term,نادي|أندية,,test,head
الصحيفة,newspaper,term,صحيفة|صحف,,test,head
الفريق,team,term,فريق,,test,head
المنطقة,region,term,,,test,
النفط,oil,term,,,test,
جدة,Jeddah,place,,,test,
الرياض,Riyadh,place,,,test,
يوتا,Utah,place,,,test,
أرامكو,Aramco,org,,,test,
سعودي,Saudi,nationality,,,test,
شهر,month,term,شهور,,test,head
فبراير,February,month,,gregorian:2; Egyptian/Gulf name,test,
رمضان,Ramadan,month,,hijri:9,test,
";

    fn render(text: &str) -> Vec<String> {
        let g = Glossary::from_entries(parse_csv(Path::new("g.csv"), HEADS).unwrap());
        let m = Matcher::new(&g);
        m.find_for_reading(&crate::normalize::matcher().normalize(text))
            .iter()
            .map(|t| {
                let e = &m.glossary().entries()[t.entry];
                format!("{}={}", &text[t.span.start..t.span.end], e.english)
            })
            .collect()
    }

    /// `(rule, text, expected matches)`.
    const TABLE: &[(&str, &str, &[&str])] = &[
        (
            "head before a place",
            "وصل إلى مدينة جدة أمس",
            &["جدة=Jeddah"],
        ),
        (
            "with a proclitic",
            "في لقاء بمدينة الرياض",
            &["الرياض=Riyadh"],
        ),
        (
            "before an org",
            "أعلنت شركة أرامكو أرباحها",
            &["أرامكو=Aramco"],
        ),
        (
            "before a name of two words",
            "لاعب نادي يوتا جاز",
            &["يوتا=Utah"],
        ),
        (
            "و + head",
            "بين نادي يوتا جاز ونادي يوتا",
            &["يوتا=Utah", "يوتا=Utah"],
        ),
        ("a name the glossary lacks", "ذكرت صحيفة بوليتيكو أن", &[]),
        ("quoted unknown name", "شوارع مدينة \"بيشكك\" أمس", &[]),
        (
            "unquoted: ب + a common word",
            "شوارع مدينة بيشكك أمس",
            &["مدينة=city"],
        ),
        ("Latin name", "قالت شركة ADT إن", &[]),
        (
            "a common word: still a term",
            "تعمل شركة النفط في جدة",
            &["شركة=company", "النفط=oil", "جدة=Jeddah"],
        ),
        (
            "common indefinite word",
            "أنشأ شركة جديدة في جدة",
            &["شركة=company", "جدة=Jeddah"],
        ),
        (
            "a nationality is no name",
            "شركة سعودية كبرى",
            &["شركة=company", "سعودية=Saudi"],
        ),
        (
            "definite head: apposition, kept",
            "وصلوا إلى المدينة جدة",
            &["المدينة=city", "جدة=Jeddah"],
        ),
        (
            "article added to a bare headword",
            "لاعبو الشركة بوليتيكو",
            &["الشركة=company"],
        ),
        (
            "a relative adjective",
            "وصل فريق إغاثي إلى جدة",
            &["فريق=team", "جدة=Jeddah"],
        ),
        (
            "a closing quotation mark",
            "قالوا «شركة» بوليتيكو",
            &["شركة=company"],
        ),
        (
            "plural head: kept",
            "زار مدن الرياض وجدة",
            &["مدن=city", "الرياض=Riyadh", "وجدة=Jeddah"],
        ),
        (
            "name with a proclitic: kept",
            "بين مدينة وجدة",
            &["مدينة=city", "وجدة=Jeddah"],
        ),
        (
            "punctuation between: kept",
            "هذه مدينة، جدة",
            &["مدينة=city", "جدة=Jeddah"],
        ),
        (
            "line break between: kept",
            "هذه مدينة\nجدة",
            &["مدينة=city", "جدة=Jeddah"],
        ),
        (
            "a noun without the flag: kept",
            "أمير المنطقة الرياض",
            &["المنطقة=region", "الرياض=Riyadh"],
        ),
        (
            "before a Gregorian month",
            "في نهاية شهر فبراير الماضي",
            &["فبراير=February"],
        ),
        (
            "before a Hijri month: kept (the month of Ramadan)",
            "خلال شهر رمضان",
            &["شهر=month", "رمضان=Ramadan"],
        ),
        (
            "at the end of the text: kept",
            "أسس شركة",
            &["شركة=company"],
        ),
    ];

    #[test]
    fn head_nouns_before_names() {
        for &(rule, text, want) in TABLE {
            assert_eq!(render(text), want, "{rule}: {text}");
        }
    }

    #[test]
    fn common_words_by_bisection() {
        for (w, want) in [
            ("في", true),
            ("النفط", true),
            ("جديده", true),
            ("مدينه", true),
            ("بوليتيكو", false),
            ("بيشكك", false),
            ("", false),
        ] {
            assert_eq!(is_common(w), want, "{w}");
        }
    }
}
