//! Counted nouns by their shape: what a number counts when the noun is not in the unit table.
//!
//! **In:** a tokenized sentence, a cardinal and the token after it (or after its من). **Out:**
//! the counted noun's end and its English (the noun as written: the table has no English for
//! it), or `None`.
//!
//! Arabic tells a counted noun by the number's own grammar, so the rule reads the noun's shape
//! against the count, not a list of the nouns seen:
//! * a word written with ة (tāʼ marbūṭa) is a noun: any count (14 إدارة، ألف كلمة، 48 وكالة);
//! * sound plurals, ـات (ثلاث قدرات، خمسة منحنيات) and ـين/ـون (مقاولين; not a verb's
//!   يفعلون), after 3–10 (and round hundreds), where Arabic counts with a plural;
//! * after 11–99 (and 111, 520 …: the last two digits govern) the noun is a singular in the
//!   accusative, written with a final ا (520 كادرا، 17 منظما), not an adverb (سنويا، تقريبا)
//!   nor a verb (قالوا);
//! * after 3–10, the plural: the broken-plural patterns أفعال (أبيات), فعول (بحوث، خطوط), فعال
//!   (رجال), فواعل/مفاعل/فعائل (محاور، قواعد، جوائز), مفاعيل (مشاريع), فعلاء (وزراء);
//! * after من (اثنين من المستوطنين، 25 من أسماء الشركات): a plural of those shapes, with or
//!   without the article.
//!
//! Words a proclitic may start (بـ، لـ، وـ) are read whole: a counted noun follows its number
//! directly. A number word glued to a proclitic-less function word (2500 في) never counts it:
//! the stop list is the unit table's.

use std::borrow::Cow;

use super::super::numbers::Num;
use super::super::{clitic_splits, Detail, FactKind, Out, Sent};

/// Words that end like a counted noun but are particles, adverbs or pronouns.
const NOT_NOUNS: &[&str] = &[
    "عندما",
    "بينما",
    "كلما",
    "حينما",
    "طالما",
    "ربما",
    "انما",
    "مما",
    "لما",
    "ايضا",
    "تقريبا",
    "جدا",
    "معا",
    "دائما",
    "ابدا",
    "اولا",
    "ثانيا",
    "ثالثا",
    "مؤخرا",
    "حاليا",
    "اساسا",
    "فورا",
    "غدا",
    "مجددا",
    "سابقا",
    "لاحقا",
    "مسبقا",
    "عموما",
    "خصوصا",
    "تماما",
    "اطلاقا",
    "بينهما",
    "كذلك",
    // هناك عشر طرق: "there are", the shape of فعال.
    "هناك",
    "هنالك",
    "فيها",
    "منها",
    "عليها",
    "اليها",
    "لديها",
    "بين",
    "حين",
    "الذين",
    "اللذين",
    "اللتين",
    "الاخرين",
    "اخرين",
    "اخرون",
    "اخريات",
    "وكانت",
    "كانت",
    "كانوا",
    "ذات",
];

/// The count of `n` when it is a whole number.
fn count(n: &Num) -> Option<i128> {
    n.value.and_then(|v| v.as_int())
}

/// Does `w` (normalized, with or without the article) have a plural's shape, sound or broken?
pub(crate) fn plural_shape(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    sound_plural(w) || broken_plural(w)
}

/// A `quantity` fact for the definite plural before a number written with the article
/// (المتهمين الـ11 → "11 المتهمين"), if there is one; true when pushed.
pub(super) fn push_plural_before(sent: &Sent, n: &Num, out: &mut Out) -> bool {
    let Some((k, english)) = plural_before(sent, n) else {
        return false;
    };
    let value = out.text(|v| n.write_value(v));
    let en = out.text(|e| {
        n.write_english_of(e);
        if !english.is_empty() {
            e.push(' ');
            e.push_str(&english);
        }
    });
    out.push(
        FactKind::Quantity,
        k,
        n.to,
        value,
        en,
        "quantity.counted",
        Detail::Quantity {
            count: n.amount(),
            unit: Cow::Owned(english),
            qualifier: "",
        },
    );
    true
}

/// The definite plural before a number written with the article (المتهمين الـ11: the 11
/// defendants): `(first token, english)`; a table noun or a plural by shape.
fn plural_before(sent: &Sent, n: &Num) -> Option<(usize, String)> {
    // لوحاته الـ“22″: the number in quotes after the article.
    let quoted = n.from >= 2 && sent.is_quote(n.from - 1) && sent.w(n.from - 2) == "ال";
    let at = n.from - usize::from(quoted);
    if at >= 1 && sent.w(at - 1) != "ال" {
        return indefinite_before(sent, n);
    }
    let k = at.checked_sub(2)?;
    if sent.w(at - 1) != "ال" || !(quoted || sent.touch(at - 1)) || n.value.is_none() {
        return None;
    }
    let w = sent.w(k);
    // لوحاته الـ22: a plural of the table with a possessive pronoun (his 22 paintings).
    let possessed = ["ه", "ها", "هم", "هن"]
        .iter()
        .filter_map(|p| w.strip_suffix(p))
        .find(|stem| plural_shape(stem) && super::noun_tables().nouns.contains_key(stem));
    if let Some(stem) = possessed.filter(|_| sent.is_word(k)) {
        return Some((k, super::noun_tables().nouns[stem].to_string()));
    }
    // الدول الـ26، للدول الـ13 (ل before the article, its alif dropped): a short plural.
    let short = w.strip_prefix("ال").or_else(|| w.strip_prefix("لل"));
    if let Some(bare) = short.filter(|b| {
        sent.is_word(k)
            && crate::extract::numbers::SHORT_PLURALS.contains(&["ال", b].concat().as_str())
    }) {
        return super::noun_tables()
            .nouns
            .get(bare)
            .map(|en| (k, en.to_string()));
    }
    let bare = w.strip_prefix("ال").filter(|_| sent.is_word(k))?;
    // الساعات الـ24، الأشهر الـ18: a duration (the time rules).
    if super::super::get(super::TIME_DEFINITE, w).is_some() {
        return None;
    }
    if let Some((_, en)) = super::counted_noun(sent, k, true).filter(|&(to, _)| to == k + 1) {
        return Some((k, en));
    }
    (bare.chars().count() >= 3 && !NOT_NOUNS.contains(&w) && plural_shape(bare))
        .then(|| (k, english(sent, k)))
}

/// An indefinite plural before a spelled cardinal of 3–10 that describes it (وسائل أربع،
/// لنماذج أربعة: the noun first, the number after it as its adjective): `(first token,
/// english)`. Not a time noun (the duration rules), not an imperfect verb (يقول خمسة).
fn indefinite_before(sent: &Sent, n: &Num) -> Option<(usize, String)> {
    let k = n.from.checked_sub(1)?;
    let v = n.value?.as_int()?;
    if n.to != n.from + 1 || !sent.is_word(n.from) || !(3..=10).contains(&v) || !sent.is_word(k) {
        return None;
    }
    let w = sent.w(k);
    if w.starts_with("ال") || NOT_NOUNS.contains(&w) || super::is_time_noun(w) {
        return None;
    }
    let noun = clitic_splits(w).take(2).any(|(_, r)| {
        r.chars().count() >= 4
            && !r.starts_with(['ي', 'ت', 'ن', 'ا'])
            && !super::noun_tables().stop.contains(r)
            && !NOT_NOUNS.contains(&r)
            && !super::is_time_noun(r)
            && plural_shape(r)
    });
    // محاور ثلاثة، لنماذج أربعة: the unit table's English first (behind a proclitic), then
    // the glossary's.
    let table = || {
        clitic_splits(w)
            .take(2)
            .find_map(|(_, r)| super::noun_tables().nouns.get(r))
            .map(|en| en.to_string())
    };
    noun.then(|| (k, table().unwrap_or_else(|| english(sent, k))))
}

/// Does `w` (normalized, without the article) have a broken-plural shape?
fn broken_plural(w: &str) -> bool {
    // No broken plural of these patterns ends in ة (وقاية، رعاية are singulars).
    if w.ends_with('ه') {
        return false;
    }
    let c: Vec<char> = w.chars().collect();
    match c.len() {
        // فعول (بحوث), فعال (رجال); not a تفعّل verbal noun (تسوق، تطور، تحول: مهرجان
        // التسوق الـ17 is the 17th).
        4 => (c[2] == 'و' && c[0] != 'ت') || c[2] == 'ا',
        // أفعال (أبيات), فواعل / مفاعل / فعائل (محاور، قواعد، جوائز; not the verbs تفاعل،
        // يفاعل), فعلاء (وزراء).
        5 => {
            (c[0] == 'ا' && c[3] == 'ا')
                || (c[2] == 'ا' && !matches!(c[0], 'ي' | 'ت' | 'ا'))
                || (c[3] == 'ا' && c[4] == 'ء')
        }
        // مفاعيل (مشاريع، مواضيع), أفاعيل (أساليب).
        6 => c[2] == 'ا' && c[4] == 'ي' && !matches!(c[0], 'ي' | 'ت'),
        _ => false,
    }
}

/// A sound plural: ـات (not ذات), ـين/ـون (not a verb: يعملون، تقولون).
fn sound_plural(w: &str) -> bool {
    let letters = w.chars().count();
    if letters < 5 {
        return false;
    }
    w.ends_with("ات")
        || ((w.ends_with("ين") || w.ends_with("ون")) && !w.starts_with('ي') && !w.starts_with('ت'))
}

/// Is the word at `j` a plausible noun at all: a word, no article (unless `definite_ok`), not
/// a particle, at least three letters?
fn candidate<'a>(sent: &Sent<'a>, j: usize, definite_ok: bool) -> Option<&'a str> {
    if !sent.is_word(j) {
        return None;
    }
    let w = sent.w(j);
    if NOT_NOUNS.contains(&w) || super::noun_tables().stop.contains(w) {
        return None;
    }
    // والمستخدمين، بالكامل: the article behind a proclitic starts another phrase.
    if ["وال", "بال", "فال", "كال", "لل"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        return None;
    }
    let bare = match w.strip_prefix("ال") {
        Some(rest) if definite_ok => rest,
        Some(_) => return None,
        None => w,
    };
    (bare.chars().count() >= 3 && !NOT_NOUNS.contains(&bare)).then_some(bare)
}

/// The counted noun right after the number `n` at token `j`, by shape: `(end, english)`.
pub(crate) fn counted(sent: &Sent, n: &Num, j: usize) -> Option<(usize, String)> {
    // عشرات الآلاف، مئات المسائل: an approximate count counts a definite plural.
    let approx = n.approx.is_some();
    let w = candidate(sent, j, approx)?;
    // ركضةً: the tanween after ة (harakat U+064B–U+0652) is no letter of the word.
    let surface = sent
        .surface(j, j + 1)
        .trim_end_matches(|c| ('\u{064B}'..='\u{0652}').contains(&c));
    let ok = if approx {
        // ألوف العلاج: فعال is a singular too often here (علاج، سلام).
        sound_plural(w) || (broken_plural(w) && w.chars().count() != 4)
    } else {
        let c = count(n)?;
        let tens = c % 100;
        // A word starting with و may be و + a word (7 وطول): only a singular in ة after 11
        // or more is taken whole (48 وكالة).
        let and = w.starts_with('و');
        // ب، ل may be a preposition glued on (38 بتسديدة: with a shot): only the plural
        // shapes after 3–10 are read whole (ثلاثة بحوث).
        let clitic = w.starts_with(['ب', 'ل']);
        // After a round hundred or more a ب/ل word in ة is the noun (10,000 بدلة، 300
        // لجنة): a shot or a prize is counted in small numbers (38 بتسديدة is a minute).
        let year_like = sent.w(n.from).len() == 4 && (1900..=2100).contains(&c);
        let clitic_ok = !clitic || (c >= 100 && c % 100 == 0 && !year_like);
        (surface.ends_with('ة') && c >= 3 && (!and || c >= 11) && clitic_ok)
            // A plural follows 3–10 (and, loosely, round hundreds); after 11–99 Arabic
            // counts with a singular, so وستون ترشيحات is a name (Stone), not 60.
            || (!and && sound_plural(w) && ((3..=10).contains(&tens) || (tens == 0 && c >= 100)))
            || (!and
                && !clitic
                && (11..=99).contains(&tens)
                // 15 إجراءً: a noun in ـاء takes its accusative without a second alif.
                && (w.ends_with('ا') || w.ends_with("اء"))
                && !w.ends_with("وا")
                && !w.ends_with("يا")
                && !w.ends_with("ها")
                && w.chars().count() >= 4)
            || (!and && (3..=10).contains(&tens) && c < 100 && broken_plural(w))
            // After a round hundred or thousand (100، 300، 107 آلاف) the noun is a singular
            // in the genitive (300 إعلامي، 107 آلاف طائف): a word of four letters or more
            // that is not an imperfect verb (يشارك، تصل) nor a plural verb (شاركوا).
            || (!and
                && !clitic
                && tens == 0
                && c >= 100
                && w.chars().count() >= 4
                && (!w.starts_with(['ي', 'ت', 'ن', 'ا']) || masdar(w))
                && !w.ends_with("وا"))
    };
    ok.then(|| (j + 1, english(sent, j)))
}

/// Second nouns [`and_noun`] never reads: an institution named right after it (بسعة 200 سرير
/// ومستشفى قباء: a hospital of its own, not 200 hospitals), and جوال after scouts (كشافا وجوالا:
/// rover scouts, where the table's جوال is a mobile phone).
const NAMED_HEADS: &[&str] = &[
    "مستشفي",
    "مركز",
    "مسجد",
    "جامع",
    "مطار",
    "ميناء",
    "جامعه",
    "مدرسه",
    "فندق",
    "برج",
    "مجمع",
    "جوال",
    "جوالا",
];

/// A second table noun joined by و that shares the count of the noun ending at `to` (25
/// امرأة وطفلا: women and children; مليون مواطن ومقيم: citizens and residents; 750 من الأطباء
/// والتمريض): `(end, "women and children")`. After 3–10 the noun is a plural and a shared
/// second noun is one too: a singular there is one more thing (ثلاثة جنود وضابط: three
/// soldiers and an officer), left alone. After من the second noun has the article as the
/// first does; otherwise it has none. The feminine of the same noun (طالبا وطالبة) adds
/// nothing to the English. One word is read after `to`, no more.
pub(super) fn and_noun(
    sent: &Sent,
    n: &Num,
    to: usize,
    english: &str,
    definite: bool,
) -> Option<(usize, String)> {
    let rest = sent.w(to).strip_prefix('و').filter(|_| sent.is_word(to))?;
    let bare = match rest.strip_prefix("ال") {
        Some(b) if definite => b,
        None if !definite => rest,
        _ => return None,
    };
    if bare.chars().count() < 3 || NAMED_HEADS.contains(&bare) {
        return None;
    }
    // 200 سرير ومستشفى الصحة النفسية: an indefinite second noun in construct with a definite
    // word heads a phrase of its own.
    if !definite && sent.is_word(to + 1) && sent.w(to + 1).starts_with("ال") {
        return None;
    }
    let nouns = &super::noun_tables().nouns;
    let second = nouns
        .get(bare)
        .or_else(|| nouns.get(bare.strip_suffix('ا')?))?;
    if english.is_empty() || english.ends_with(second) {
        return None;
    }
    if let Some(c) = count(n) {
        if (3..=10).contains(&(c % 100)) && c < 100 && !plural_shape(bare) {
            return None;
        }
    }
    Some((to + 1, format!("{english} and {second}")))
}

/// Does `w` have the shape of a verbal noun of the derived forms that start with ا
/// (افتعال اختبار، انفعال انتشار، استفعال استثمار)? A noun, where an imperfect verb in ا
/// (أشارك) has none of these shapes.
fn masdar(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    match c.len() {
        6 => c[0] == 'ا' && c[4] == 'ا' && (c[2] == 'ت' || c[1] == 'ن'),
        7 => w.starts_with("است") && c[5] == 'ا',
        _ => false,
    }
}

/// The plural after `N من` at token `j`, by shape (اثنين من المستوطنين، 25 من أسماء
/// الشركات): `(end, english)`.
pub(crate) fn counted_after_of(sent: &Sent, j: usize) -> Option<(usize, String)> {
    let w = candidate(sent, j, true)?;
    // Without the article, the plural is the head of an idafa (من أسماء الشركات): a definite
    // word follows; and فعال (نظام، مجال) is too often a singular to be read as a plural.
    let definite = sent.w(j).starts_with("ال");
    if !definite
        && (!sent.is_word(j + 1) || !sent.w(j + 1).starts_with("ال") || w.chars().count() == 4)
    {
        return None;
    }
    // منسوبي الوزارة، مسؤولي الإحصاء: a sound masculine plural in construct (its ن dropped).
    let construct = !definite && w.ends_with('ي') && sound_plural(&[w, "ن"].concat());
    (sound_plural(w) || broken_plural(w) || construct).then(|| (j + 1, english(sent, j)))
}

/// The English of a counted noun the unit table does not have, at token `j`: the glossary's
/// English in the plural when the noun is a glossary term of one word (a common noun, a
/// title or a unit), else nothing: the English column then gives the plain number, never the
/// Arabic noun.
fn english(sent: &Sent, j: usize) -> String {
    use crate::glossary::Category;
    let Some(t) = sent.term_at(j).filter(|t| {
        t.to == j + 1
            && matches!(
                t.category,
                Category::Term | Category::Title | Category::Unit
            )
    }) else {
        return String::new();
    };
    let en = sent.entry(t).english.as_str();
    if en.is_empty() || !en.is_ascii() || en.starts_with(|c: char| c.is_ascii_uppercase()) {
        return String::new();
    }
    plural(en)
}

/// A regular English plural of a noun phrase's last word: studies, boxes, declarations.
pub(crate) fn plural(en: &str) -> String {
    let mut s = en.to_string();
    let last = en.rsplit(' ').next().unwrap_or(en);
    let consonant_y = last.len() >= 2
        && last.ends_with('y')
        && !matches!(
            last.as_bytes()[last.len() - 2],
            b'a' | b'e' | b'i' | b'o' | b'u'
        );
    if consonant_y {
        s.pop();
        s.push_str("ies");
    } else if last.ends_with('s') && !last.ends_with("ss") {
        // Already a plural (or a word like "news").
    } else if ["ss", "x", "ch", "sh", "z"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        s.push_str("es");
    } else {
        s.push('s');
    }
    s
}

/// Does the number `n` count or measure something after it (a unit, a counted noun of the
/// table or by its shape, a currency, a time noun, %)? Other rules ask this before reading a
/// bare figure as a year or a range's first number.
/// Is something counted or measured after the number `n` (a unit, a currency, a time noun,
/// a counted noun)?
pub(crate) fn counts(sent: &Sent, n: &Num) -> bool {
    super::after(sent, n).is_some()
}

/// [`counts`], but a noun told only by its shape, with no English (1990 مباشرة، فينوم – 300
/// هبطت), does not count: it does not make a phone line or a model's number a figure (since
/// session 25 such a noun gives the plain number, no quantity, so it cannot hide one either).
/// A list item's bracket ((6) جوالين) still asks [`counts`].
pub(crate) fn counts_named(sent: &Sent, n: &Num) -> bool {
    match super::after(sent, n) {
        Some(super::After::Counted { english, .. }) => !english.is_empty(),
        found => found.is_some(),
    }
}

/// The plural of a nationality adjective for its people: Pakistanis, Afghans; Polish,
/// Chinese, Swiss and the like take "people" (Polishs is no word).
pub(super) fn nationality_plural(adj: &str) -> String {
    if adj.ends_with("sh") || adj.ends_with("ch") || adj.ends_with("ese") || adj.ends_with('s') {
        format!("{adj} people")
    } else {
        format!("{adj}s")
    }
}

#[cfg(test)]
mod tests {
    use super::{broken_plural, sound_plural};

    #[test]
    fn plural_shapes() {
        for (w, plural) in [
            ("ابيات", true),
            ("بحوث", true),
            ("خطوط", true),
            ("محاور", true),
            ("قواعد", true),
            ("جوائز", true),
            ("مشاريع", true),
            ("وزراء", true),
            ("تعاون", false),
            ("يتابع", false),
            ("كتب", false),
        ] {
            assert_eq!(broken_plural(w), plural, "{w}");
        }
        for (w, plural) in [
            ("قدرات", true),
            ("منحنيات", true),
            ("مقاولين", true),
            ("يعملون", false),
            ("ذات", false),
            ("بين", false),
        ] {
            assert_eq!(sound_plural(w), plural, "{w}");
        }
    }
}
