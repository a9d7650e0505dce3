//! Numbers that name rather than count: the number of an item in a series (اللواء 15، الدورة
//! 31), of a quoted name or model (“بوينغ 777″), of a code (5 + 1، أ / 267), of a place in a
//! text (المادة 236، الآية 24), and a number with the article after a definite singular, a rank
//! (الجامبوري العالمي الـ23: the 23rd). Also bracketed digits that the same number in words
//! restates ((7) سبعة من رجال …: one count), and ordinal words that rank nothing (a military
//! rank, ثاني أكسيد, an adverbial ordinal numbering a list: ثانياً: …).
//!
//! **In:** a tokenized sentence and a cardinal's first token. **Out:** whether it is such a
//! number (no `number` fact), or the rank (an `ordinal` fact).

use super::super::definite_after_lam;
use super::{clitic_splits, Kind, Num, Sent};

/// Is the number at `i` part of a name or a code rather than a figure:
/// * the last word of a quoted name (“بوينغ 777″، «ون بلس 2»): a closing quote right after it
///   and a word right before it, inside the quotes;
/// * a group's or a code's number: 5 + 1، أ / 267;
/// * the number of an item of a series after its definite noun (اللواء 15، الدورة 31،
///   النسخة 11; [`SERIES`]), with no unit after it.
pub(super) fn label(sent: &Sent, i: usize) -> bool {
    let next = sent.w(i + 1);
    // Quotes as tokens (", «», normalized to ") and the typographic ones (“ ” ″).
    let quote = |k: usize| sent.is_quote(k) || matches!(sent.w(k), "“" | "”" | "″" | "„");
    // "كيبلر 452 ب": a name's number with one letter after it inside the quotes.
    let letter = sent.is_word(i + 1) && sent.w(i + 1).chars().count() == 1 && quote(i + 2);
    if i >= 1 && (quote(i + 1) || letter) && sent.is_word(i - 1) {
        // The quotes opened on the name: within three tokens before.
        if (i.saturating_sub(4)..i - 1).any(quote) {
            return true;
        }
    }
    if (next == "+" && sent.kind(i + 2) == Some(Kind::Num))
        || (i >= 2 && sent.w(i - 1) == "+" && sent.kind(i - 2) == Some(Kind::Num))
    {
        return true;
    }
    if i >= 2 && sent.w(i - 1) == "/" && sent.is_word(i - 2) && sent.w(i - 2).chars().count() == 1 {
        return true;
    }
    // إم إتش 370، إيرباص إيه 300، C 130: a code after the names of Latin letters, or after
    // one capital letter.
    if i >= 1 {
        let before = sent.w(i - 1);
        if LETTER_NAMES.contains(&before)
            || (before.len() == 1 && before.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return true;
        }
    }
    // بولونيوم - 210، اليورانيوم 235: an isotope's mass number after its element's name;
    // جنيف 1، مينسك 2: a series of talks or accords named by a city; كاك 40: an index.
    let mut e = i;
    if e >= 2 && matches!(sent.w(e - 1), "-" | "–") {
        e -= 1;
    }
    if e >= 1
        && sent.w(i).len() <= 4
        && clitic_splits(sent.w(e - 1)).any(|(_, r)| {
            (ELEMENTS.contains(&r.strip_prefix("ال").unwrap_or(r)) && sent.w(i).len() <= 3)
                || (TALKS.contains(&r) && sent.w(i).len() == 1)
                || (INDEXES.contains(&r) && e == i)
        })
    {
        return true;
    }
    let mut k = i;
    if k > 0 && sent.w(k - 1) == "(" {
        k -= 1;
    }
    // للواء 15، للفرقة 30: ل + اللواء, the article's alif dropped (the split leaves لواء,
    // but لفرقه: its ل is the article's).
    let after_lam = |r: &str| {
        let bare = |x: &str| SERIES.iter().any(|s| s.strip_prefix("ال") == Some(x));
        bare(r) || r.strip_prefix('ل').is_some_and(bare)
    };
    k > 0
        && clitic_splits(sent.w(k - 1))
            .any(|(c, r)| SERIES.contains(&r) || (c.ends_with('ل') && after_lam(r)))
        && !crate::extract::quantities::unit_at(sent, i + 1)
}

/// Elements whose isotopes news names by their mass number (اليورانيوم 235، بولونيوم 210,
/// السيزيوم 137، الكربون 14، اليود 131), without the article.
const ELEMENTS: &[&str] = &[
    "يورانيوم",
    "بولونيوم",
    "بلوتونيوم",
    "سيزيوم",
    "كربون",
    "يود",
    "سترونتيوم",
    "راديوم",
    "تريتيوم",
];

/// The last words of stock indexes named by a number (ستاندرد آند بورز 500، فايننشال تايمز
/// 100، كاك 40، داكس 30، نيكاي 225، يورو ستوكس 600، راسل 2000).
const INDEXES: &[&str] = &[
    "بورز",
    "تايمز",
    "كاك",
    "داكس",
    "نيكاي",
    "ستوكس",
    "راسل",
    "فوتسي",
];

/// Cities that name a series of talks or accords by a one-digit number (جنيف 1، جنيف 2،
/// مينسك 2، أوسلو 2).
const TALKS: &[&str] = &["جنيف", "مينسك", "اوسلو"];

/// Is the number at `i` a verse or chapter citation after a quotation: `NAME: N` right
/// after the closing bracket of the quoted text (…لِلْمُسْلِمِينَ) النحل: 102، …} سورة آل
/// عمران : 8), or after سورة and up to three words of the name and a colon?
pub(super) fn citation(sent: &Sent, i: usize) -> bool {
    if i < 3 || sent.w(i - 1) != ":" {
        return false;
    }
    for k in (i.saturating_sub(6)..i - 1).rev() {
        let w = sent.w(k);
        if matches!(w, ")" | "}" | "﴾" | "﴿" | "]") {
            return k + 2 < i;
        }
        if !sent.is_word(k) {
            return false;
        }
        if clitic_splits(w).any(|(_, r)| matches!(r, "سوره" | "السوره")) {
            return true;
        }
    }
    false
}

/// Latin letters' names as Arabic writes them (normalized), that a code's digits follow; not
/// the ones that are also common words (في، أو، أن، أي، بي).
const LETTER_NAMES: &[&str] = &[
    "ايه",
    "اتش",
    "اكس",
    "جيه",
    "كيه",
    "دبليو",
    "زد",
    "اف",
    "ار",
    "سي",
    "دي",
    "جي",
    "كيو",
    "واي",
    "اس",
];

/// Definite nouns of items in a series, whose number names the item (اللواء 15: the 15th
/// Brigade; الدورة 31: the 31st session).
const SERIES: &[&str] = &[
    "اللواء",
    "الدوره",
    "النسخه",
    "الجوله",
    "الكتيبه",
    "الفرقه",
    "الحلقه",
    "الطبعه",
    "الاصدار",
    "المنحني",
    "المخرج",
    "البوابه",
    "الصاله",
    "الرحله",
    "الدقيقه",
    // Session 22: teams and groups named by their number in rules and tables (الفريق 1 أحرز
    // هدفا على الفريق 2، المجموعة 1 من الجدول الدوري).
    "الفريق",
    "المجموعه",
];

/// Words a reference number follows (المادة 236، الآية 24، صفحة 12، البند 3): a place in a
/// text, not a figure.
pub(super) const REF_CUES: &[&str] = &[
    "الماده",
    "ماده",
    "الايه",
    "ايه",
    "سوره",
    "السوره",
    "الصفحه",
    "صفحه",
    "ص",
    "البند",
    "بند",
    "الفقره",
    "فقره",
    "الفقرات",
    "فقرات",
    "المواد",
    "البنود",
    "الفصل",
    // Session 22: a law of a game's rules (القانون 12).
    "القانون",
];

/// Is the number at `i` a rank: written with the article (الـ23، ال23) right after a definite
/// word that is not a plural (الجامبوري الكشفي العالمي الـ23، المؤتمر الـ14), with no unit
/// after it and no من + month (الـ24 من الشهر is a day)? A definite plural there is what the
/// number counts (المتهمين الـ11: the quantity rules).
pub(super) fn rank(sent: &Sent, i: usize) -> bool {
    if i < 2 || sent.w(i - 1) != "ال" || sent.kind(i) != Some(Kind::Num) {
        return false;
    }
    // من المركز الـ11 وحتى الـ14: the end of a range whose start is a rank.
    if matches!(sent.w(i - 2), "حتي" | "وحتي" | "الي" | "والي")
        && (i.saturating_sub(7)..i - 3)
            .any(|k| sent.w(k) == "ال" && sent.kind(k + 1) == Some(Kind::Num) && rank(sent, k + 1))
    {
        return true;
    }
    // المرتبة الـ 46, مهرجان أبها للتسوق الـ 17: the article written apart before digits
    // (الـ 17) makes a rank, unless a unit or counted noun follows (الـ 17 لاعبا) or it is an
    // age (دون سن الـ 18).
    if !sent.touch(i - 1) {
        return matches!(sent.w(i - 2), "المرتبه" | "المركز" | "الترتيب")
            || (sent.is_word(i - 2)
                && !matches!(sent.w(i - 2), "سن" | "السن" | "عمر" | "بسن")
                // الأشهر الـ 18 الماضية: a count of a definite plural.
                && !crate::extract::quantities::shape::plural_shape(sent.w(i - 2))
                && !matches!(
                    sent.w(i + 1),
                    "الماضيه" | "الماضي" | "المقبله" | "المقبل" | "الاخيره" | "الاولي"
                )
                && sent.w(i).len() <= 3
                && !crate::extract::quantities::unit_at(sent, i + 1));
    }
    let before = sent.w(i - 2);
    // دورته ال23: a series noun with a possessive pronoun is definite too (دورة + ه).
    let owned = ["ه", "ها", "هم"]
        .iter()
        .filter_map(|p| before.strip_suffix(p))
        .any(|b| {
            let stem = match b.strip_suffix('ت') {
                Some(x) => format!("ال{x}ه"),
                None => format!("ال{b}"),
            };
            SERIES.contains(&stem.as_str())
        });
    if sent.is_word(i - 2) && owned {
        return true;
    }
    // مهرجان أبها للتسوق الـ17: ل + the definite word (لل) is definite too.
    let lam = definite_after_lam(before);
    let before = lam.as_deref().unwrap_or(before);
    sent.is_word(i - 2)
        && before.starts_with("ال")
        && before.chars().count() >= 5
        && !crate::extract::quantities::shape::plural_shape(before)
        // الدول الـ26: a short broken plural the shapes miss counts, as المتهمين الـ11 does.
        && !SHORT_PLURALS.contains(&before)
        && !crate::extract::quantities::unit_at(sent, i + 1)
        && !(sent.w(i + 1) == "من"
            && sent.any(i + 2, crate::extract::MONTH | crate::extract::DATE_WORD))
        && sent.w(i).len() <= 3
}

/// Definite plurals of three letters (فعل، فعل) that count the number after them.
pub(crate) const SHORT_PLURALS: &[&str] = &["الدول", "المدن", "القري", "الفرق", "السفن"];

/// A figure after ل + a definite noun and before على التوالي (للعام 17 على التوالي: for the
/// 17th year running): a rank.
pub(super) fn running(sent: &Sent, i: usize) -> bool {
    i >= 1
        && sent.kind(i) == Some(Kind::Num)
        && sent.w(i).len() <= 3
        && sent.w(i + 1) == "علي"
        && sent.w(i + 2) == "التوالي"
        && sent.is_word(i - 1)
        // ل + the definite noun (للعام، للمرة، لليوم): "for the Nth"; a subject before a count
        // (خسر الفريق 3 على التوالي: three in a row) is no rank.
        && sent.w(i - 1).starts_with("لل")
}

/// Words naming a class whose members a number after their name tells apart: an index
/// (مؤشر ستاندرد آند بورز 500), a model or type (طراز بوينغ 777، موديل 1955), a device, game
/// or edition (أجهزة بلاي ستيشن 4، لعبة بيس 15، نسخة 2014), an aircraft (طائرة بوينج 777).
const NAME_CLASSES: &[&str] = &[
    "مؤشر",
    "المؤشر",
    "المؤشران",
    "مؤشرات",
    "طراز",
    "موديل",
    "لعبه",
    "العاب",
    "جهاز",
    "اجهزه",
    "نسخه",
    "اصدار",
    "طائره",
    "الطائره",
    "طائرات",
    "هاتف",
];

/// Particles that end a name: a word before the number that is one of these is no part of
/// the name (مؤشر الدولار عند 98، طراز من 777).
const NOT_NAME: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "عند",
    "مع",
    "بين",
    "نحو",
    "حوالي",
    "او",
    "و",
    "الذي",
    "التي",
    "بنحو",
    "بواقع",
    "بمقدار",
    "قدره",
];

/// Is the digits token at `i` the number of a named model, index, device or edition: after
/// a class word ([`NAME_CLASSES`]) and up to three words of a name without the article
/// (طراز بوينج 777، مؤشر يورو ستوكس 600، لعبة برو إيفولشن سوكر 2015), or joined by و to
/// such a number (بلاي ستيشن 4 و3)? The caller checks that nothing is counted after it.
pub(crate) fn model(sent: &Sent, i: usize) -> bool {
    if sent.kind(i) != Some(Kind::Num) {
        return false;
    }
    if i >= 2 && sent.w(i - 1) == "و" && sent.kind(i - 2) == Some(Kind::Num) {
        return model(sent, i - 2);
    }
    // طراز فينوم – 300: a dash between the name and its number.
    let end = if i >= 2 && matches!(sent.w(i - 1), "-" | "–") {
        i - 1
    } else {
        i
    };
    // كوفيد- 19، كوفيد 19، سارس كوف-2، فيروس كورونا 2: a disease's or virus's name ends
    // with its number (one digit after كورونا/سارس, whose counts have a noun after them).
    if end >= 1 {
        let name = clitic_splits(sent.w(end - 1)).find_map(|(_, r)| match r {
            "كوفيد" | "كوف" => Some(true),
            "كورونا" | "سارس" => Some(false),
            _ => None,
        });
        if name.is_some_and(|any| any || sent.w(i).len() == 1) {
            return true;
        }
    }
    for k in (end.saturating_sub(4)..end).rev() {
        let w = sent.w(k);
        if !sent.is_word(k) {
            return false;
        }
        if clitic_splits(w).any(|(_, r)| NAME_CLASSES.contains(&r)) {
            return true;
        }
        if w.starts_with("ال") || NOT_NAME.contains(&w) {
            return false;
        }
    }
    false
}

/// Is the number `n` the number of a list item: one or two digits before `)`, opened by `(`
/// or after punctuation (الفائز من (1) × الكاميرون.. 2) موريتانيا), with nothing counted
/// after it?
pub(super) fn list_item(sent: &Sent, n: &Num) -> bool {
    let i = n.from;
    n.to == i + 1
        && sent.kind(i) == Some(Kind::Num)
        && sent.w(i).len() <= 2
        && sent.w(i + 1) == ")"
        && (i == 0 || matches!(sent.w(i - 1), "(" | "و") || !sent.is_word(i - 1))
        && !crate::extract::quantities::shape::counts(sent, n)
}

/// Is the number `n` the first day of a range of days whose last day a date rule took
/// (12 و13 تشرين الأول، بين 5 و13 أكتوبر، 10-12 مايو)? It belongs to that date, not a figure.
pub(super) fn first_day(sent: &Sent, n: &Num, used: &[bool]) -> bool {
    let day = |k: usize| {
        (sent.kind(k) == Some(Kind::Num))
            .then(|| sent.w(k).parse::<u32>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    let (Some(a), k) = (day(n.from), n.to + 1) else {
        return false;
    };
    n.to == n.from + 1
        && matches!(sent.w(n.to), "و" | "-" | "–" | "الي" | "حتي")
        && used.get(k).copied().unwrap_or(false)
        && day(k).is_some_and(|b| b > a)
}

/// Is the number `n` a word of a hashtag (#ثمانٍ_وأربعون_قانوناً، #ألف_مبروك): `#` or `_`
/// right before it or `_` right after it?
pub(super) fn hashtag(sent: &Sent, n: &Num) -> bool {
    let t = &sent.norm.text;
    let (s, e) = (
        sent.toks[n.from].norm().start,
        sent.toks[n.to - 1].norm().end,
    );
    matches!(t[..s].chars().next_back(), Some('#' | '_')) || t[e..].starts_with('_')
}

/// Is the number `n` the part after the colon of a figure the clock rule did not take (a
/// race time 4:41.30، 2:11.60 دقيقة; a ratio 3:1): digits, `:` and the number written
/// together? Read alone it would be a wrong figure (41.3) or duration (11.6 minutes).
pub(super) fn after_colon(sent: &Sent, n: &Num) -> bool {
    n.from >= 2
        && sent.w(n.from - 1) == ":"
        && sent.touch(n.from - 2)
        && sent.touch(n.from - 1)
        && sent.kind(n.from - 2) == Some(super::Kind::Num)
}

/// Is the number `n` digits in brackets that the same number in words restates right after
/// them (تعرض (7) سبعة من رجال حرس الحدود، (6) ستة جوالين: official style)? The words are the
/// count, with what it counts after them; the digits are no second figure.
pub(super) fn restated_in_words(sent: &Sent, n: &Num, used: &[bool]) -> bool {
    let i = n.from;
    n.to == i + 1
        && i >= 1
        && n.value.is_some()
        && sent.kind(i) == Some(Kind::Num)
        && sent.w(i - 1) == "("
        && sent.w(i + 1) == ")"
        && sent.is_word(i + 2)
        && super::cardinal_at(sent, i + 2, used)
            .is_some_and(|m| m.from == i + 2 && m.value == n.value)
}

/// The adverbial ordinals (ثانياً … عاشراً), which number a list when they open a clause.
const ADVERBIAL: &[&str] = &[
    "ثانيا",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
];

/// Is the ordinal at `i` an adverbial one (ثانياً، وثالثاً) opening a clause: at the sentence's
/// start, after punctuation or after a bare و? Then it numbers a list ("secondly: …", ثالثاً:
/// المتغيرات …), no rank a reader wants; after its verb or subject it ranks (وحل ثالثاً، الأردن
/// تاسعاً، هدفاً ثالثاً: third, ninth).
fn list_marker(sent: &Sent, i: usize) -> bool {
    let adverbial =
        clitic_splits(sent.w(i)).any(|(c, r)| matches!(c, "" | "و") && ADVERBIAL.contains(&r));
    adverbial && (i == 0 || !sent.is_word(i - 1) || sent.w(i - 1) == "و")
}

/// An ordinal word that is no rank: أول in a military rank (الجندي أول، رقيب أول، ملازم أول:
/// private first class, first sergeant, first lieutenant), ثاني/ثالث in a chemical's name
/// (ثاني أكسيد الكربون: carbon dioxide), and an adverbial ordinal that numbers a list
/// ([`list_marker`]).
pub(super) fn not_a_rank(sent: &Sent, i: usize, width: usize) -> bool {
    let w = sent.w(i);
    if width == 1 && list_marker(sent, i) {
        return true;
    }
    if w == "اول" && i >= 1 {
        let prev = sent.w(i - 1);
        let prev = prev.strip_prefix('و').unwrap_or(prev);
        let prev = prev.strip_prefix("ال").unwrap_or(prev);
        return matches!(prev, "جندي" | "رقيب" | "ملازم" | "عريف" | "مساعد" | "وكيل");
    }
    width == 1 && matches!(w, "ثاني" | "ثالث") && matches!(sent.w(i + 1), "اكسيد" | "أكسيد")
}

/// The end of an age written as an ordinal: في العاشرة من عمره / عمري / عمرها / العمر.
pub(super) fn ordinal_age(sent: &Sent, i: usize, width: usize) -> Option<usize> {
    let k = i + width;
    // After في: العقد الأول من العمر (the first decade of life) is a rank.
    (sent.w(i).starts_with("ال")
        && i >= 1
        && sent.w(i - 1) == "في"
        && sent.w(k) == "من"
        && matches!(
            sent.w(k + 1),
            "عمره" | "عمري" | "عمرها" | "العمر" | "عمرهم" | "عمرك"
        ))
    .then_some(k + 2)
    .or_else(|| ordinal_age_bare(sent, i).then_some(k))
}

/// Words of age before a bare feminine ordinal (ما بين سن العاشرة والثانية عشرة).
const AGE_WORDS: &[&str] = &["سن", "بسن", "لسن", "عمر", "بعمر"];
/// Children and young people before في and an ordinal (لطفلة في العاشرة: a girl of ten).
const YOUNG: &[&str] = &[
    "طفل",
    "طفله",
    "لطفل",
    "لطفله",
    "الطفل",
    "الطفله",
    "فتاه",
    "لفتاه",
    "الفتاه",
    "صبي",
    "لصبي",
    "الصبي",
    "طفلا",
    "طفلة",
];

/// An age as a bare feminine ordinal, with no من عمره after it: after سن or عمر (بين سن
/// الخامسة والثالثة عشرة, the second of the pair after و too), or after a child noun and في
/// (لطفلة في العاشرة). Elsewhere في السابعة may be a clock time or a rank: left alone.
fn ordinal_age_bare(sent: &Sent, i: usize) -> bool {
    let w = sent.w(i);
    let feminine_definite = |w: &str| {
        let w = w.strip_prefix('و').unwrap_or(w);
        w.starts_with("ال") && w.ends_with('ه')
    };
    if !feminine_definite(w) || i == 0 {
        return false;
    }
    let prev = sent.w(i - 1);
    if AGE_WORDS.contains(&prev) {
        return true;
    }
    if prev == "في" && i >= 2 && YOUNG.contains(&sent.w(i - 2)) {
        return true;
    }
    // The second of a pair: سن الخامسة والثالثة عشرة (و a token of its own, or glued on).
    let first = if prev == "و" {
        i.checked_sub(2)
    } else if w.starts_with('و') {
        Some(i - 1)
    } else {
        None
    };
    first.is_some_and(|j| {
        j >= 1 && feminine_definite(sent.w(j)) && AGE_WORDS.contains(&sent.w(j - 1))
    })
}

/// Is the number `n` a year before Christ (أفلاطون 428 - 423 ق.م، 500 قبل الميلاد), or the
/// first of two such years? The date rules read years of this era only: no figure.
pub(super) fn before_christ(sent: &Sent, n: &Num) -> bool {
    let bc = |k: usize| {
        (sent.w(k) == "ق"
            && (sent.w(k + 1) == "م" || (sent.w(k + 1) == "." && sent.w(k + 2) == "م")))
            || (sent.w(k) == "قبل" && sent.w(k + 1) == "الميلاد")
    };
    bc(n.to)
        || (matches!(sent.w(n.to), "-" | "–" | "و" | "الي" | "حتي")
            && sent.kind(n.to + 1) == Some(Kind::Num)
            && bc(n.to + 2))
}

/// Is the number `n` the word "two" repeating a dual right before it (مصابان اثنان، لاعبين
/// اثنين، سيارتين اثنتين)? The dual already says two; the number word only stresses it, and
/// the dual is what the quantity and casualty rules count.
pub(super) fn dual_echo(sent: &Sent, n: &Num) -> bool {
    let i = n.from;
    n.to == i + 1
        && i >= 1
        && sent.is_word(i)
        && matches!(sent.w(i), "اثنان" | "اثنين" | "اثنتان" | "اثنتين")
        && sent.is_word(i - 1)
        && {
            let d = sent.w(i - 1);
            d.chars().count() >= 5 && (d.ends_with("ان") || d.ends_with("ين"))
        }
}

/// Is the number `n` the day or the month of a day/month written without its year before a
/// range's end that a date rule took (من 6 / 11 حتى 1 / 12 / 1436 هـ)? It is part of that
/// date range, not a figure.
pub(super) fn day_month_before(sent: &Sent, n: &Num, used: &[bool]) -> bool {
    let small = |k: usize, most: u32| {
        sent.kind(k) == Some(Kind::Num)
            && sent
                .w(k)
                .parse::<u32>()
                .is_ok_and(|v| (1..=most).contains(&v))
    };
    let until = |k: usize| {
        matches!(sent.w(k), "حتي" | "وحتي" | "الي" | "-" | "–")
            && used.get(k + 1).copied().unwrap_or(false)
    };
    let i = n.from;
    n.to == i + 1
        && ((small(i, 31) && sent.w(i + 1) == "/" && small(i + 2, 12) && until(i + 3))
            || (i >= 2 && sent.w(i - 1) == "/" && small(i - 2, 31) && small(i, 12) && until(i + 1)))
}

/// Does the digit token at `i` count what follows it (كان الرقم 300 إعلامي)?
pub(super) fn counts_at(sent: &Sent, i: usize) -> bool {
    let value = sent.w(i).parse::<i128>().ok().map(super::Decimal::int);
    let n = Num {
        from: i,
        to: i + 1,
        value,
        approx: None,
    };
    crate::extract::quantities::shape::counts_named(sent, &n)
}

/// إيما ستون: a bare number word (a unit or a ten, no proclitic) right after a given name
/// of the persons lexicon is a surname (Emma Stone), unless what it counts follows (محمد
/// ثلاثة أيام) or the word before is على (يزيد على ستين: more than sixty).
pub(super) fn surname_after_given_name(sent: &Sent, i: usize) -> bool {
    let w = sent.w(i);
    i >= 1
        && sent.is_word(i)
        && sent.is_word(i - 1)
        && !matches!(sent.w(i - 1), "علي" | "الي")
        && (super::get(super::tables::UNITS, w).is_some()
            || super::get(super::tables::TENS, w).is_some())
        && crate::extract::persons::is_name(sent.w(i - 1))
        && !crate::extract::quantities::unit_at(sent, i + 1)
}

/// A Latin-letter word of two or more letters that is not a unit (dpi, GB, km: the quantity
/// rules read those) nor sms: the name a model or version number follows.
pub(super) fn latin_name(w: &str) -> bool {
    w.len() >= 2
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && !w.eq_ignore_ascii_case("sms")
        && !crate::extract::quantities::is_latin_unit(w)
}

/// أصحاب الملايين، أصحاب المليارات: millionaires and billionaires, no figure (`n` an
/// approximate plural scale right after أصحاب / أصحاب with a proclitic).
pub(super) fn owners(sent: &Sent, n: &Num) -> bool {
    n.approx.is_some()
        && n.to == n.from + 1
        && n.from >= 1
        && clitic_splits(sent.w(n.from - 1)).any(|(_, r)| r == "اصحاب")
}

/// Works whose quoted title a number may open (الفيلم الاجتماعي "ثلاثة في واحد"، برنامج
/// "100 يوم"): after a proclitic, with or without the article.
const WORKS: &[&str] = &[
    "فيلم",
    "مسلسل",
    "برنامج",
    "كتاب",
    "روايه",
    "اغنيه",
    "مسرحيه",
    "البوم",
    "قصيده",
    "عنوان",
    "معرض",
    "مبادره",
    "حمله",
    "شعار",
];

/// Is `n` the first word of a short quoted title (up to five tokens between the quotes) of a
/// work named within two words before the opening quote ([`WORKS`]): a name, not a figure?
pub(super) fn title(sent: &Sent, n: &Num) -> bool {
    let quote = |k: usize| sent.is_quote(k) || matches!(sent.w(k), "“" | "”" | "«" | "»");
    if n.from < 2 || !quote(n.from - 1) {
        return false;
    }
    let closed = (n.to..(n.to + 5).min(sent.len())).any(quote);
    closed
        && (n.from.saturating_sub(3)..n.from - 1).any(|k| {
            clitic_splits(sent.w(k)).any(|(_, r)| {
                let r = r.strip_prefix("ال").unwrap_or(r);
                WORKS.contains(&r)
            })
        })
}

/// A number word right after رقم (المنحنى رقم أربعة: curve number four; العدو رقم واحد): the
/// number names the item, it counts nothing. Digits there are `id_before`'s.
pub(super) fn after_number_cue(sent: &Sent, n: &Num) -> bool {
    n.from >= 1 && sent.is_word(n.from) && super::NUMBER_CUES.contains(&sent.w(n.from - 1))
}

/// Is the number `n` a year of an era the date rules did not take: before a word of the era
/// (سنة 263 هجرية، من 86 ه - 96 ه، 1314 هجري), or the Gregorian equal written after `=` or
/// as the second half of a pair of years with a glued م (263 هجرية = 876 / 77م، = 879م)?
/// Neither a figure nor a count (263 هجرية is no quantity of a noun هجرية).
pub(super) fn era_year(sent: &Sent, n: &Num) -> bool {
    let (i, k) = (n.from, n.to);
    if n.to != n.from + 1 || sent.kind(i) != Some(Kind::Num) {
        return false;
    }
    if matches!(sent.w(k), "ه" | "هجري" | "هجريه" | "ميلادي" | "ميلاديه") {
        return true;
    }
    // A glued م: the letter of the Christian era after `=` or in a pair of years.
    let glued_m = |j: usize| sent.w(j + 1) == "م" && sent.touch(j);
    let after_eq = i >= 1 && sent.w(i - 1) == "=";
    let pair_first = sent.w(k) == "/" && sent.kind(k + 1) == Some(Kind::Num) && glued_m(k + 1);
    let pair_second = i >= 2 && sent.w(i - 1) == "/" && sent.kind(i - 2) == Some(Kind::Num);
    (after_eq && (glued_m(i) || pair_first)) || (pair_second && glued_m(i))
}

/// Is the number `n` the number of an item of a list written `N - text` (1 - القبة … 2 -
/// ترميم المئذنة، ٢ - كتاب): one or two digits, a dash and a word, with the item before or
/// after it (N − 1 or N + 1 followed by a dash) within a few tokens? A score or a range has
/// a number after its dash.
pub(super) fn dashed_item(sent: &Sent, n: &Num) -> bool {
    let i = n.from;
    let value = |j: usize| {
        (sent.kind(j) == Some(Kind::Num) && sent.w(j).len() <= 2)
            .then(|| sent.w(j).parse::<u32>().ok())
            .flatten()
    };
    let item = |j: usize| value(j).filter(|_| sent.w(j + 1) == "-" && sent.is_word(j + 2));
    let Some(v) = (n.to == i + 1).then(|| item(i)).flatten() else {
        return false;
    };
    // Bounded: the neighbour item within 40 tokens either side.
    let lo = i.saturating_sub(40);
    let hi = (i + 40).min(sent.len());
    (lo..hi).any(|j| j != i && item(j).is_some_and(|u| u + 1 == v || v + 1 == u))
}

/// Is the number `n` a year alone in brackets after a name or an event (أثينا (2004)، Z3
/// (1941)): four digits from 1800 to 2099 between `(` and `)`, counting nothing after the
/// bracket? The date rules take a year after عام/سنة; in brackets alone it still names a year,
/// no figure.
pub(super) fn bracketed_year(sent: &Sent, n: &Num) -> bool {
    let i = n.from;
    n.to == i + 1
        && i >= 1
        && sent.w(i - 1) == "("
        && sent.w(i + 1) == ")"
        && sent.w(i).len() == 4
        && sent
            .w(i)
            .parse::<u32>()
            .is_ok_and(|y| (1800..2100).contains(&y))
        && !crate::extract::quantities::shape::counts(sent, n)
}
