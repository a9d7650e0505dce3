//! Companies, banks, clubs, newspapers, channels and agencies named after their head noun.
//!
//! **In:** a tokenized sentence whose glossary terms the entities module has already made
//! facts of (and claimed), and the tokens claimed so far. **Out:** one `org` fact, rule
//! `entity.body`, for a head noun in the construct state (after at most و/ف and ب/ل, never
//! the article: شركة، لبنك، وصحيفة) followed by the body's name, spanning the head and the
//! name (a closing quotation mark included); its tokens are claimed, so the person rules do
//! not read the name as a person (نادي ماريك، شركة «ريسرتش تو غايدانس»).
//!
//! The name, any of:
//! * quoted: one to five words between quotation marks or in parentheses right after the
//!   head (شركة «توشيبا»، صحيفة (صنداي بيبول)); any word goes inside quotes;
//! * unquoted: one to three words that are no common Arabic word (the wordfreq list the
//!   person rules use), without tanween, no stop word, none claimed or in a glossary term
//!   (شركة كونامي، نادي هاسكوفو، نادي ريفير بليت), or بن/آل and the word after it (مجموعة بن
//!   لادن). A definite first word only after a head whose names are definite: a club's (نادي
//!   الجبلين, even a common word: club names are), a bank's, newspaper's, magazine's or
//!   channel's when the word is no common word (مصرف الراجحي، صحيفة الوئام);
//! * a glossary place after a bank, channel, television or radio head (بنك الرياض، تلفزيون
//!   عدن), with the adjectives of [`super::facilities`] (الوطني، الإسلامي): the body, not the
//!   place ([`place_named`], called from the glossary loop).
//!
//! A club's unquoted name goes on with a glossary place right after it, written without a
//! proclitic (نادي هيرتا برلين → Herta Berlin, نادي أتلتيكو مدريد); the place fact inside is
//! dropped with the other facts one fact covers (`one_fact_per_thing`).
//!
//! Nothing is said when the name may go on in a way the rule cannot see: an unquoted name
//! followed by a definite word that is no common word (شركة موسى الموسى: a family name),
//! by بن (a person's chain), or a place followed by a definite word the table lacks (بنك
//! الخليج الأول). A complement with ل after the name is left out of the span (مجموعة صافولا
//! للصناعات الغذائية → Savola Group).
//!
//! **English**, per head, in the form a news reader sees: a company, club or team by its name
//! alone (Konami, Nokia, Haskovo: as the glossary's teams and companies), a bank "X Bank"
//! (Riyadh Bank, Al Rajhi Bank), a group "X Group" (Bin Laden Group), a newspaper "X
//! newspaper" (Okaz newspaper, as the glossary's), a magazine "X magazine", a channel "X
//! channel", television "X TV", radio "X radio", an agency "X agency". The name's English is
//! the glossary's when it is a term, Latin letters as written, else the transliterator's
//! ([`persons::english`]), capitalized; an English word news spells in Arabic letters inside
//! the name is that word ([`foreign`]: صحيفة «هندوستان تايمز» → Hindustan Times newspaper,
//! not "Hendoustan Tymes"), the name's other words transliterated one by one.
//!
//! Not done: bodies without a head noun (بوبا العربية, ازدان القابضة: the glossary's
//! business), heads with the article (الشركة الوطنية للتبريد), plural heads with a list
//! (قنوات "سهيل" و"بلقيس"), later mentions of a body by its name alone.

use super::{facilities, persons, Detail, FactKind, Out, PersonDetail, Sent};
use crate::glossary::Category;
use crate::tokens::class::PLACE_HEAD;

/// How a head's English is written around the name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum English {
    /// The name alone (a company, club, team).
    Bare,
    /// The name, a space and this word (Bank, Group, newspaper).
    After(&'static str),
}

/// What a head lets its name be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Definite {
    /// No definite word unless quoted (شركة المياه، وكالة الأنباء, مجموعة العشرين are no names).
    Never,
    /// A definite word that is no common word (مصرف الراجحي، صحيفة الوئام).
    Rare,
    /// Any definite word (نادي الجبلين، نادي الفتوة: clubs are named by common words).
    Any,
}

/// A head: `(folded head, english, definite names, a glossary place names it, the kind of
/// body in English for the fact's detail)`.
type Head = (&'static str, English, Definite, bool, &'static str);

/// Heads of bodies (`match` folding: ة → ه, ى → ي), from the head nouns before names in the
/// 600 dev news articles (شركة 157 times, صحيفة 98, مجموعة 81, قناة 50, نادي 47, وكالة 45).
/// Not فريق (فريق العمل، فريق طبي: a team of people) nor مؤسسة، جامعة، مركز (the
/// facilities' heads), nor لعبة (a game is no body).
const HEADS: &[Head] = &[
    ("شركه", English::Bare, Definite::Never, false, "company"),
    ("بنك", English::After("Bank"), Definite::Rare, true, "bank"),
    ("مصرف", English::After("Bank"), Definite::Rare, true, "bank"),
    (
        "مجموعه",
        English::After("Group"),
        Definite::Never,
        false,
        "group",
    ),
    ("نادي", English::Bare, Definite::Any, false, "club"),
    // The dual (ناديي ماريك دوبنيتسا وهاسكوفو): the first name.
    ("ناديي", English::Bare, Definite::Any, false, "club"),
    (
        "صحيفه",
        English::After("newspaper"),
        Definite::Rare,
        false,
        "newspaper",
    ),
    (
        "جريده",
        English::After("newspaper"),
        Definite::Rare,
        false,
        "newspaper",
    ),
    (
        "مجله",
        English::After("magazine"),
        Definite::Rare,
        false,
        "magazine",
    ),
    (
        "قناه",
        English::After("channel"),
        Definite::Rare,
        true,
        "channel",
    ),
    (
        "تلفزيون",
        English::After("TV"),
        Definite::Rare,
        true,
        "television",
    ),
    (
        "اذاعه",
        English::After("radio"),
        Definite::Rare,
        true,
        "radio",
    ),
    (
        "وكاله",
        English::After("agency"),
        Definite::Never,
        false,
        "agency",
    ),
];

/// The heads, for the token stage's [`PLACE_HEAD`] class (a name may follow the word), which
/// they share with the heads of places.
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(HEADS.iter().map(|h| h.0));
}

/// The head at token `i`, with the bytes of its proclitics (لشركة: ل), if the word is one:
/// behind و/ف and one of ب/ل at most.
fn head_at(sent: &Sent, i: usize) -> Option<(&'static Head, usize)> {
    // Most words are no head: turned away by their class bit.
    if !sent.any(i, PLACE_HEAD) || !sent.is_word(i) {
        return None;
    }
    let w = sent.w(i);
    // Every head is 6 to 14 bytes, with و and ب at most 18.
    if w.len() < 6 || w.len() > 18 {
        return None;
    }
    super::head_behind_proclitics(w, &['و', 'ف'], &['ب', 'ل'], |rest| {
        HEADS.iter().find(|h| h.0 == rest)
    })
}

/// Is token `k` an opening quotation mark or parenthesis, and where is its closing one (at
/// most five words on)?
fn quoted(sent: &Sent, k: usize) -> Option<usize> {
    let open = sent.w(k);
    if !(sent.is_quote(k) || open == "(") {
        return None;
    }
    let close = |w: &str| match open {
        "(" => w == ")",
        _ => matches!(w, "\"" | "”" | "“"),
    };
    let end = (k + 1..sent.len().min(k + 7)).find(|&j| close(sent.w(j)))?;
    // One word or more, all words (a name, not a clause or a figure).
    (end > k + 1 && (k + 1..end).all(|j| sent.is_word(j))).then_some(end)
}

/// Is token `k` inside a glossary term of a person, organization, group or place? (A term
/// of the general vocabulary, بنك "bank", is no name.)
fn entity_term(sent: &Sent, k: usize) -> bool {
    sent.terms.iter().any(|t| {
        t.from <= k
            && k < t.to
            && matches!(
                t.category,
                Category::Person | Category::Org | Category::Group | Category::Place
            )
    })
}

/// Could token `k` be a word of a name at all: a word no rule claimed, in no glossary term,
/// no stop word, without tanween?
fn plain_word(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    let w = sent.w(k);
    sent.is_word(k)
        && !covered[k]
        && !sent.in_term(k)
        && w.chars().count() >= 2
        && !persons::is_stop(w)
        && !sent
            .surface(k, k + 1)
            .contains(['\u{064B}', '\u{064C}', '\u{064D}'])
}

/// Could token `k` be a word of an unquoted name: a [`plain_word`] that is no common word
/// with or without its proclitics, and not shaped like an adjective agreeing with a feminine
/// head or a verb (شركة وسيطة، مجلة رصينة، مجموعة نجمية، مجموعة تصنفها، مجلة تنحو: the dev
/// news's false names): no ة, ها, هم, ون, ات last, no ي/ت/ن and a consonant first.
fn name_word(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    // Past the sentence's end (a head's name runs to its last token): no word.
    if !sent.is_word(k) {
        return false;
    }
    let w = sent.w(k);
    // The shape first, the cheapest test; the common-word list last, the dearest.
    if !latin(w) {
        // ة as written (folded it is ه, and أودييه is a name).
        if persons::cues::present_prefix(w)
            || ["ها", "هم", "ون", "ات"].iter().any(|x| w.ends_with(x))
            || sent.surface(k, k + 1).ends_with('ة')
        {
            return false;
        }
    }
    plain_word(sent, k, covered) && persons::rare_with_clitics(w)
}

/// Is `w` written in Latin letters (OCBC, mbc)?
fn latin(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
}

/// The Latin words right after token `end`, in parentheses or not (شركة إفكتف ميجور (Effective
/// Measure)، شركة “ون بلس” OnePlus): the body's own spelling, `(from, to)`.
fn latin_after(sent: &Sent, end: usize) -> Option<(usize, usize)> {
    let from = if sent.w(end) == "(" { end + 1 } else { end };
    let to = (from..sent.len().min(from + 8))
        .take_while(|&k| sent.is_word(k) && latin(sent.w(k)))
        .last()?
        + 1;
    Some((from, to))
}

/// A family name in the nisba shape, ال + four letters or more + ي (الراجحي): frequent Saudi
/// family names are in the common-word list, and a bank or a paper is named after them.
fn nisba(w: &str) -> bool {
    w.starts_with("ال")
        && w.ends_with('ي')
        && w.chars().count() >= 7
        && facilities::adjective(w).is_none()
}

/// The name after the head at `h` (`from..to` tokens, `to` past a closing quote), if the
/// head's rules let one be read there.
fn name_after(
    sent: &Sent,
    h: usize,
    head: &Head,
    covered: &[bool],
) -> Option<(usize, usize, usize)> {
    let j = h + 1;
    if j >= sent.len() || covered[j] {
        return None;
    }
    if let Some(close) = quoted(sent, j) {
        // A glossary name inside (شركة «سابك») has its own fact; a word of the general
        // vocabulary does not stop the name (صحيفة "ديلي ميل").
        if (j + 1..close).any(|k| covered[k] || entity_term(sent, k)) {
            return None;
        }
        return Some((j + 1, close, close + 1));
    }
    let w = sent.w(j);
    let mut to = j;
    if matches!(w, "بن" | "ال") {
        // مجموعة بن لادن: the particle and the family name (common or not: لادن is frequent).
        if !plain_word(sent, j + 1, covered) || sent.w(j + 1).starts_with("ال") {
            return None;
        }
        to = j + 2;
    } else if w.starts_with("ال") {
        let ok = match head.2 {
            Definite::Never => false,
            Definite::Rare => {
                name_word(sent, j, covered) || (plain_word(sent, j, covered) && nisba(w))
            }
            Definite::Any => {
                sent.is_word(j) && !covered[j] && !sent.in_term(j) && !persons::is_stop(w)
            }
        };
        if !ok {
            return None;
        }
        to = j + 1;
    } else {
        // Up to three words of the first word's script (Latin: up to six, مجلة Proceedings of
        // the National Academy).
        let script = latin(w);
        let most = if script { 8 } else { 3 };
        while to < j + most
            && name_word(sent, to, covered)
            && latin(sent.w(to)) == script
            && !sent.w(to).starts_with("ال")
        {
            // A second name after و is another body (ناديي ماريك وهاسكوفو).
            if to > j && sent.w(to).starts_with('و') {
                break;
            }
            to += 1;
        }
        if to == j {
            return None;
        }
    }
    // The name goes on: a family name (شركة موسى الموسى), a chain of names (بن), a name word
    // past the three taken.
    let next = sent.w(to);
    if sent.is_word(to)
        && ((next.starts_with("ال") && persons::rare_with_clitics(next) && !entity_term(sent, to))
            || matches!(next, "بن" | "بنت" | "ابن" | "ال"))
    {
        return None;
    }
    Some((j, to, to))
}

/// A glossary place right after a club's unquoted name `..to` (`end == to`), written without
/// a proclitic (مدريد, not بمدريد): its English and the token after it.
fn city_after<'s>(sent: &'s Sent, head: &Head, to: usize, end: usize) -> Option<(&'s str, usize)> {
    if head.4 != "club" || end != to {
        return None;
    }
    let t = sent
        .term_at(to)
        .filter(|t| t.category == Category::Place && t.core.start == sent.toks[to].orig().start)?;
    Some((sent.entry(t).english.as_str(), t.to))
}

/// The English of a body named `name` after `head`. A name in Latin letters is kept as
/// written (mbc), and one of three words or more takes no head word (Proceedings of the
/// National Academy of Sciences).
fn body_english(head: &Head, name: &str, own: bool) -> String {
    let mut english = String::with_capacity(name.len() + 12);
    let mut chars = name.chars();
    if let Some(c) = chars.next().filter(|_| !own) {
        english.extend(c.to_uppercase());
    }
    english.push_str(if own { name } else { chars.as_str() });
    if own && name.split(' ').count() >= 3 {
        return english;
    }
    if let English::After(word) = head.1 {
        english.push(' ');
        english.push_str(word);
    }
    english
}

/// Push the body whose head is token `head` and whose name is in English `name_en` (`own`:
/// its own Latin spelling), spanning the head (without its proclitics) to token `end`.
fn push(
    sent: &Sent,
    out: &mut Out,
    (head, clitic): (&Head, usize),
    (h, end): (usize, usize),
    name_en: &str,
    own: bool,
) {
    let english = body_english(head, name_en, own);
    let start = sent.toks[h].norm().start + clitic;
    let stop = sent.toks[end - 1].norm().end;
    let detail = PersonDetail {
        title: Some(head.4.to_string()),
        ..PersonDetail::default()
    };
    out.push_span(
        FactKind::Org,
        sent.norm_span(start, stop),
        english.clone(),
        english,
        "entity.body",
        Detail::Person(Box::new(detail)),
    );
}

/// Bodies named after their head noun in the sentence; their tokens are claimed.
pub(super) fn extract(sent: &Sent, covered: &mut [bool], out: &mut Out) {
    // Most sentences have no head at all: their bits say so without a scan.
    if sent.bits & PLACE_HEAD == 0 {
        return;
    }
    let mut i = 0;
    while i + 1 < sent.len() {
        // On to the next token with the class bit: most tokens are not looked at.
        match sent.toks[i..sent.len() - 1]
            .iter()
            .position(|t| t.class & PLACE_HEAD != 0)
        {
            Some(k) => i += k,
            None => return,
        }
        if covered[i] {
            i += 1;
            continue;
        }
        let Some(found) = head_at(sent, i) else {
            i += 1;
            continue;
        };
        let Some((from, to, end)) = name_after(sent, i, found.0, covered) else {
            i += 1;
            continue;
        };
        let arabic = sent.span(from, to).slice(sent.text);
        let after = latin_after(sent, end);
        let own = latin(sent.w(from)) || after.is_some();
        let english = if latin(sent.w(from)) {
            Some(arabic.to_string())
        } else if let Some((f, t)) = after {
            Some(sent.span(f, t).slice(sent.text).to_string())
        } else if to == from + 2 && matches!(sent.w(from), "بن" | "ال") {
            // بن لادن → Bin Laden, آل سعود → Al Saud: the particle as news writes it.
            let particle = if sent.w(from) == "بن" { "Bin" } else { "Al" };
            let rest = sent.span(from + 1, to).slice(sent.text);
            persons::english(sent, from + 1, to, rest)
                .english
                .map(|e| format!("{particle} {e}"))
        } else {
            name_english(sent, from, to, arabic)
        };
        // نادي أتلتيكو مدريد، نادي هيرتا برلين: a club's name goes on with its city, a
        // glossary place right after it without a proclitic.
        let (english, end) = match (english, city_after(sent, found.0, to, end)) {
            (Some(name), Some((place, stop))) if !own => (Some(format!("{name} {place}")), stop),
            (english, _) => (english, end),
        };
        if let Some(english) = english {
            push(sent, out, found, (i, end), &english, own);
            covered[i..end].fill(true);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The English of an Arabic-script name at tokens `from..to`: word by word when one of its
/// words is an English word news spells in Arabic letters ([`foreign`]: صحيفة «هندوستان
/// تايمز» → Hindustan Times, the other words by the transliterator one at a time), else the
/// transliterator's for the whole name.
fn name_english(sent: &Sent, from: usize, to: usize, arabic: &str) -> Option<String> {
    let words = || (from..to).filter(|&k| sent.is_word(k));
    if !words().any(|k| foreign::english(sent.w(k)).is_some()) {
        return persons::english(sent, from, to, arabic).english;
    }
    let mut name = String::new();
    for k in words() {
        let word = match foreign::english(sent.w(k)) {
            Some(en) => en.to_string(),
            None => {
                persons::english(sent, k, k + 1, sent.span(k, k + 1).slice(sent.text)).english?
            }
        };
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(&word);
    }
    Some(name)
}

/// A glossary place at tokens `from..to` right after a bank, channel, television or radio
/// head (بنك الرياض، تلفزيون عدن، لقناة عدن), in English `place_en`: the body is pushed and
/// the token after it returned, for the caller to claim from the head on; `None` when no such
/// head comes before, or when the name goes on in a way the rule cannot render (a definite
/// word the adjectives table lacks, another place: بنك الخليج الأول، بنك الإمارات دبي الوطني).
pub(super) fn place_named(
    sent: &Sent,
    out: &mut Out,
    from: usize,
    to: usize,
    place_en: &str,
) -> Option<usize> {
    let h = from.checked_sub(1)?;
    let found = head_at(sent, h).filter(|(head, _)| head.3)?;
    let mut end = to;
    let mut name = String::from(place_en);
    while let Some(en) = sent
        .is_word(end)
        .then(|| facilities::adjective(sent.w(end)))
        .flatten()
    {
        name.push(' ');
        name.push_str(en);
        end += 1;
    }
    let next = sent.w(end);
    if sent.is_word(end) && (next.starts_with("ال") || entity_term(sent, end)) {
        return None;
    }
    push(sent, out, found, (h, end), &name, false);
    Some(end)
}

mod foreign;

#[cfg(test)]
mod tests;
