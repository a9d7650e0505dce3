//! Ordinal words: الأول … العاشر, الحادي عشر …, compounds with the tens (الحادي والعشرين,
//! السادسة والستين) and their English (`first`, `21st`).
//!
//! **In:** a tokenized sentence at an `ORDINAL` word. **Out:** the value and the tokens it
//! takes (the `ordinal` facts are pushed by `numbers::extract`).

use super::tables::{ORDINALS, ORDINAL_EN};
use super::{clitic_splits, get, Sent, ORDINAL};

pub(super) fn is_ten_word(w: &str) -> bool {
    w == "عشر" || w == "عشره"
}

/// An ordinal at token `i`: `(value, tokens used)`; الحادي only with عشر or the tens,
/// الواحد only with the tens.
#[inline]
pub(crate) fn ordinal_at(sent: &Sent, i: usize) -> Option<(u32, usize)> {
    if !sent.has(i, ORDINAL) {
        return None;
    }
    ordinal_table_at(sent, i)
}

fn ordinal_table_at(sent: &Sent, i: usize) -> Option<(u32, usize)> {
    let w = sent.w(i);
    for (clitic, rest) in clitic_splits(w) {
        if clitic.len() > 2 && !rest.starts_with("ال") {
            continue;
        }
        // للاول → ل + الاول
        let rest_def;
        let rest = if clitic.ends_with('ل') && !rest.starts_with("ال") && rest.starts_with('ل')
        {
            rest_def = format!("ا{rest}");
            rest_def.as_str()
        } else {
            rest
        };
        if let Some(v) = get(ORDINALS, rest) {
            // الواحد is a unit of an ordinal only before the tens (الواحد والعشرين).
            let one = rest.starts_with("الواحد");
            if is_ten_word(sent.w(i + 1)) && sent.is_word(i + 1) && v < 10 && !one {
                return Some((v + 10, 2));
            }
            // الثامنة والعشرين, الحادي والثلاثين: the unit, و and the definite tens.
            let tens = match sent.w(i + 1) {
                "والعشرين" | "والعشرون" => 20,
                "والثلاثين" | "والثلاثون" => 30,
                "والاربعين" | "والاربعون" => 40,
                "والخمسين" | "والخمسون" => 50,
                "والستين" | "والستون" => 60,
                "والسبعين" | "والسبعون" => 70,
                "والثمانين" | "والثمانون" => 80,
                "والتسعين" | "والتسعون" => 90,
                _ => 0,
            };
            if tens > 0 && v < 10 && rest.starts_with("ال") {
                return Some((v + tens, 2));
            }
            if rest.starts_with("الحادي") || one {
                return None;
            }
            // أولي (initial: بخفض أولي) is not أولى (first): the written ى tells.
            if rest == "اولي" && !sent.surface(i, i + 1).ends_with('ى') {
                return None;
            }
            // كان أولى بالاهتمام، وأولى بعقد الصفقات: أولى before بـ is the comparative "more
            // deserving of", not "first" (whose noun follows it bare: أولى خطوات، أولى بطولاته).
            if rest == "اولي" && comparative_bi(sent, i + 1) {
                return None;
            }
            // الطرح الأولي، الإعلان الأولي: written with ي after a masculine noun it is أوّلي,
            // initial or preliminary; the first after a masculine noun is الأول. After a
            // feminine one (الروضة الأولي) it is الأولى misspelled. (A non-human broken plural,
            // which takes the feminine, is read as masculine here: المراكز الأولي.)
            if rest == "الاولي" && !sent.surface(i, i + 1).ends_with('ى') && after_masculine(sent, i)
            {
                return None;
            }
            return Some((v, 1));
        }
    }
    None
}

/// Plural nouns that begin with ب and follow the ordinal أولى (أولى بشائر الخير): not the
/// preposition بـ of the comparative.
const BI_PLURALS: &[&str] = &[
    "بشائر",
    "بوادر",
    "برامج",
    "بنود",
    "بيوت",
    "بلدان",
    "بواكير",
    "بنات",
];

/// Does the word at `k` open with the preposition بـ as after the comparative أولى (أولى
/// بالاهتمام، أولى بعقد، أولى بأولوية)? Only before a definite word or a singular one: the
/// ordinal's noun is a plural or carries a pronoun (أولى بطولاته، أولى بعثات، أولى بشائر).
fn comparative_bi(sent: &Sent, k: usize) -> bool {
    let Some(rest) = sent.w(k).strip_prefix('ب') else {
        return false;
    };
    if !sent.is_word(k) || rest.chars().count() < 3 {
        return false;
    }
    if rest.starts_with("ال") {
        return true;
    }
    let surface = sent
        .surface(k, k + 1)
        .trim_end_matches(|c| ('\u{064B}'..='\u{0652}').contains(&c));
    let plural = ["ات", "ون", "ين"].iter().any(|e| surface.ends_with(e))
        || (!surface.ends_with('ة') && crate::tokens::forms::stem(rest) != rest);
    !plural && !BI_PLURALS.contains(&sent.w(k))
}

/// Is the word before `i` a noun written masculine: a word whose written form ends neither in
/// ة nor in the feminine plural ات (harakat aside)?
fn after_masculine(sent: &Sent, i: usize) -> bool {
    if i == 0 || !sent.is_word(i - 1) {
        return false;
    }
    let prev = sent
        .surface(i - 1, i)
        .trim_end_matches(|c| ('\u{064B}'..='\u{0652}').contains(&c));
    !prev.ends_with('ة') && !prev.ends_with("ات")
}

/// English of a rank written in digits: `23rd`, `11th`, `101st`.
pub(crate) fn write_rank(v: i128, out: &mut String) {
    use std::fmt::Write;
    let suffix = match (v % 100, v % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    let _ = write!(out, "{v}{suffix}");
}

pub(crate) fn ordinal_english(v: u32) -> &'static str {
    ORDINAL_EN.get(v as usize).copied().unwrap_or("nth")
}

/// The head of a rank in digits after a separate article (الدقيقة الـ74, المركز الـ 11).
pub(super) fn rank_head(sent: &Sent, i: usize) -> Option<(usize, &'static str)> {
    let h = i
        .checked_sub(2)
        .filter(|&h| sent.w(h + 1) == "ال" && sent.is_word(h))?;
    definite_head(sent.w(h)).map(|e| (h, e))
}

/// The head shared by coordinated ordinals (المجموعة الثالثة والخامسة والسابعة: the fifth
/// and seventh are groups too): the head of the nearest earlier ordinal this one is joined
/// to by و, over the ordinals between. No token of its own: the fact keeps its span.
pub(super) fn shared_head(sent: &Sent, i: usize) -> Option<&'static str> {
    if !sent.w(i).starts_with("وال") {
        return None;
    }
    let mut k = i;
    // A few coordinated ordinals at most; each step goes back one token.
    for _ in 0..6 {
        k = k.checked_sub(1)?;
        if !sent.has(k, super::ORDINAL) {
            return None;
        }
        if let Some((_, e)) = head_at(sent, k, 1) {
            return Some(e);
        }
        if !sent.w(k).starts_with("وال") {
            return None;
        }
    }
    None
}

/// The thing an ordinal ranks, for its English (`third round`, `first time`, `second
/// largest`): a bare "first" tells a reader nothing. Two positions, as Arabic places them:
///
/// * a definite ordinal after its definite or possessed head noun: المرحلة الثانية, للمرة
///   الأولى, بالمركز الأول, مرحلته الثانية (ة written ت before the pronoun);
/// * an indefinite ordinal before an indefinite noun or an elative in construct: أول مرة,
///   ثالث مباراة, ثاني أكبر.
///
/// Only the nouns of [`HEADS`] and [`CONSTRUCT_HEADS`] (the heads of ordinals most frequent
/// in news, with one English sense there); any other head leaves the ordinal bare. Returns
/// the head's token and its English.
pub(super) fn head_at(sent: &Sent, i: usize, width: usize) -> Option<(usize, &'static str)> {
    let w = sent.w(i);
    let definite = clitic_splits(w).any(|(_, rest)| rest.starts_with("ال"));
    if definite {
        let h = i.checked_sub(1)?;
        if !sent.is_word(h) {
            return None;
        }
        return definite_head(sent.w(h)).map(|e| (h, e));
    }
    // خطوة أولى, مرة ثانية: an indefinite noun before an indefinite ordinal.
    if let Some(h) = i.checked_sub(1).filter(|&h| sent.is_word(h)) {
        let nouns = &CONSTRUCT_HEADS[..ELATIVES];
        if let Some(e) = clitic_splits(sent.w(h)).find_map(|(_, rest)| lookup(nouns, rest)) {
            return Some((h, e));
        }
    }
    let h = i + width;
    if !sent.is_word(h) {
        return None;
    }
    lookup(CONSTRUCT_HEADS, sent.w(h)).map(|e| (h, e))
}

/// A definite head noun (بالمركز، للمرة) or one with a pronoun suffix (مرحلته، نسختها).
fn definite_head(w: &str) -> Option<&'static str> {
    let mut buf = String::new();
    for (clitic, rest) in clitic_splits(w) {
        // للمرة → ل + لمره → المره
        let rest = if clitic.ends_with('ل') && rest.starts_with('ل') && !rest.starts_with("ال")
        {
            buf.clear();
            buf.push('ا');
            buf.push_str(rest);
            buf.as_str()
        } else {
            rest
        };
        if rest.starts_with("ال") {
            if let Some(e) = lookup(HEADS, rest) {
                return Some(e);
            }
            continue;
        }
        for suffix in ["هما", "هم", "هن", "ها", "ه"] {
            let Some(stem) = rest.strip_suffix(suffix) else {
                continue;
            };
            // نسخته → نسخه: ة is written ت before a pronoun.
            let mut key = String::with_capacity(stem.len() + 4);
            key.push_str("ال");
            match stem.strip_suffix('ت') {
                Some(s) => {
                    key.push_str(s);
                    key.push('ه');
                }
                None => key.push_str(stem),
            }
            if let Some(e) = lookup(HEADS, &key).filter(|_| stem.chars().count() >= 2) {
                return Some(e);
            }
        }
    }
    None
}

fn lookup(table: &[(&str, &'static str)], w: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, e)| e)
}

/// Definite heads of ordinals (folded: ة → ه) with their English in a ranking. Left out on
/// purpose, being ambiguous in news: الفريق (the team, and the rank of general), العقد (decade
/// and contract), الدرجة (class, degree, division), الفصل (semester, chapter, season), القسم.
const HEADS: &[(&str, &str)] = &[
    ("المركز", "place"),
    ("المرتبه", "place"),
    ("المرحله", "stage"),
    ("المجموعه", "group"),
    ("المره", "time"),
    ("النائب", "deputy"),
    ("الدور", "round"),
    ("الجوله", "round"),
    ("الشوط", "half"),
    ("النصف", "half"),
    ("الربع", "quarter"),
    ("الدوره", "session"),
    ("الجلسه", "session"),
    ("الفتره", "period"),
    ("الولايه", "term"),
    ("الدائره", "district"),
    ("الجيل", "generation"),
    ("الدقيقه", "minute"),
    ("الصف", "grade"),
    ("الماده", "article"),
    ("البند", "clause"),
    ("الفقره", "paragraph"),
    ("اليوم", "day"),
    ("الاسبوع", "week"),
    ("الشهر", "month"),
    ("السنه", "year"),
    ("العام", "year"),
    ("القرن", "century"),
    ("الموسم", "season"),
    ("النسخه", "edition"),
    ("الحلقه", "episode"),
    ("الهدف", "goal"),
    ("المباراه", "match"),
    ("الدفعه", "batch"),
    ("الشريحه", "tier"),
    ("الخطوه", "step"),
    ("الطابق", "floor"),
    ("الاجتماع", "meeting"),
    ("الزياره", "visit"),
    ("المؤتمر", "conference"),
    ("الحاله", "case"),
    ("الزوجه", "wife"),
    ("الابن", "son"),
    ("الطفل", "child"),
];

/// Indefinite nouns and elatives after an indefinite ordinal in construct (أول مرة, ثاني
/// أكبر); the nouns (the first [`ELATIVES`] rows) also before one (خطوة أولى).
const ELATIVES: usize = 11;
const CONSTRUCT_HEADS: &[(&str, &str)] = &[
    ("مره", "time"),
    ("مباراه", "match"),
    ("زياره", "visit"),
    ("مشروع", "project"),
    ("يوم", "day"),
    ("اجتماع", "meeting"),
    ("خطوه", "step"),
    ("جلسه", "session"),
    ("هدف", "goal"),
    ("فيلم", "film"),
    ("امراه", "woman"),
    ("اكبر", "largest"),
    ("اعلي", "highest"),
    ("افضل", "best"),
    ("اطول", "longest"),
    ("اقدم", "oldest"),
    ("اسرع", "fastest"),
];

#[cfg(test)]
mod tests {
    use crate::extract::testutil::facts;
    use crate::extract::FactKind;

    /// Each row: a sentence → the English of its ordinal facts, in order.
    #[test]
    fn ordinals_name_what_they_rank() {
        let rows: &[(&str, &[&str])] = &[
            ("تأهل الفريق إلى الدور الثاني", &["second round"]),
            ("فاز بالمركز الأول في المسابقة", &["first place"]),
            ("يبلغ النهائي للمرة الأولى في تاريخه", &["first time"]),
            ("تبدأ فعاليات نسختها التاسعة غدا", &["ninth edition"]),
            ("دخلت الأزمة عامها الخامس", &["fifth year"]),
            ("سجل في الدقيقة الثامنة والعشرين", &["28th minute"]),
            ("هي ثاني أكبر منتج للنفط", &["second largest"]),
            ("يزور البلاد لأول مرة منذ سنوات", &["first time"]),
            ("كخطوة أولى نحو الحل", &["first step"]),
            ("وصل طفلهم الأول", &["first child"]),
            // Coordinated ordinals share the head; a rank in digits takes it too.
            (
                "مباريات المجموعة الثالثة والخامسة والسابعة",
                &["third group", "fifth group", "seventh group"],
            ),
            ("سجل روني في الدقيقة الـ74 من اللقاء", &["74th minute"]),
            ("من المركز الـ11 وحتى الـ14", &["11th place", "14th"]),
            // Heads left out on purpose (team or a general's rank; decade or contract), and
            // heads not in the table, keep the bare rank.
            ("قال الفريق الأول ركن", &["first"]),
            ("تعرض في الخيمة الأولى منتجات", &["first"]),
            ("في العقد الثاني من القرن", &["second"]),
        ];
        let mut failed = Vec::new();
        for &(text, want) in rows {
            let got: Vec<String> = facts(text, None)
                .iter()
                .filter(|f| f.kind == FactKind::Ordinal)
                .map(|f| f.english.to_string())
                .collect();
            if got != want {
                failed.push(format!("{text}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }
}
