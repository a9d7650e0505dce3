//! The person an office names after a speech verb when the office runs long: past a place
//! or body inside it (في سوريا، لدى جمهورية مصر العربية) or past sixteen tokens
//! ([`office_to_person`], used by `speaker::subject_end`). Not an occasion after the office
//! (في مؤتمر صحفي، في كلمته، في بيان صادر عن …): that opens an adjunct, and a person named
//! in it is no speaker. An office before the body it heads, no person named ([`of_body`]):
//! the office speaks, not the body.

use super::refer::is_org_head;
use super::speaker::{
    addressed, is_barrier, is_title, lone_name, name_word, new_clause, person_at, tok_at, Speaker,
};
use super::words::no_subject;
use super::{speech_verb_at, Sent, COMPLEMENTS};
use crate::extract::{Fact, FactKind, Out, DATE_WORD, MONTH};
use crate::glossary::Category;

/// How far an office may run before its person's name (مدير عام الهيئة العامة للسياحة
/// والتراث الوطني بمنطقة عسير أمين عام مجلس التنمية السياحية بالمنطقة المهندس محمد العمرة:
/// seventeen tokens).
const OFFICE_SPAN: usize = 24;

/// Nouns of an occasion or a statement: after في they open an adjunct (وقال الوزير في
/// مؤتمر صحفي، في كلمة، في بيان), not a place of the office. Normalized, without the article.
#[rustfmt::skip]
const OCCASIONS: &[&str] = &[
    "بيان", "تصريح", "تصريحات", "كلمه", "لقاء", "مؤتمر", "حديث", "اتصال", "مقابله", "حوار",
    "رساله", "تغريده", "اجتماع", "ندوه", "محاضره", "خطبه", "حفل", "زياره", "جلسه", "تقرير",
    "ختام", "افتتاح", "اثناء", "معرض", "مناسبه", "اطار", "سياق", "رد",
];

/// The token of the person an office starting at `from` names, when every word between is
/// more of the office (ويؤكد مدير فرع الجمعية العربية السعودية للثقافة والفنون في أبها أحمد
/// السروي؛ وصرح المدير الإقليمي للحملة … في سوريا الدكتور بدر …؛ سفير خادم الحرمين
/// الشريفين لدى جمهورية مصر العربية … أحمد قطان): words, في or لدى only before a place or
/// body (not في مؤتمر صحفي، في كلمته), no punctuation, relative, complement, date, verb or
/// addressee (للأمير) between. Within [`OFFICE_SPAN`] tokens and before `to`.
pub(super) fn office_to_person(sent: &Sent, out: &Out, from: usize, to: usize) -> Option<usize> {
    for k in from + 1..to.min(from + OFFICE_SPAN) {
        if person_at(sent, out, k) {
            return Some(k);
        }
        // الدكتور/ فلان: a slash after a title.
        if sent.w(k) == "/" && is_title(sent, k - 1) {
            continue;
        }
        if !office_word(sent, out, k) {
            return None;
        }
    }
    None
}

/// Can the word at `k` go on an office before its person's name ([`office_to_person`])?
fn office_word(sent: &Sent, out: &Out, k: usize) -> bool {
    let w = sent.w(k);
    if matches!(w, "في" | "لدي") {
        return office_place(sent, out, k + 1);
    }
    if !sent.is_word(k)
        || COMPLEMENTS.contains(&w)
        || no_subject(w)
        || speech_verb_at(sent, k).is_some()
        || matches!(w, "الذي" | "التي" | "الذين" | "اللذين" | "اللتين")
        // مدير عام، الأمين العام: "general", not the year.
        || (sent.any(k, DATE_WORD | MONTH) && !matches!(w, "عام" | "العام"))
        || addressed(w)
        || new_clause(sent, out, k)
    {
        return false;
    }
    let bare = w
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(w);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    // لقائه، كلمته: a noun of his; an occasion (مؤتمر، بيان).
    let surface = sent.surface(k, k + 1);
    if OCCASIONS.contains(&bare) || (!w.starts_with("ال") && surface.ends_with('ه')) {
        return false;
    }
    !is_barrier(sent, k)
}

/// Does a place or body start at token `k` (after في or لدى in an office): a definite word,
/// a place or organization term or fact, an organization's head (جمهورية، مجلس بلدية), or a
/// word that can only be a name (ناسا)?
fn office_place(sent: &Sent, out: &Out, k: usize) -> bool {
    let w = sent.w(k);
    let start = sent.toks.get(k).map(|t| t.orig().start);
    sent.is_word(k)
        && !OCCASIONS.contains(&w.strip_prefix("ال").unwrap_or(w))
        && (w.starts_with("ال")
            || is_org_head(w)
            || w == "جمهوريه"
            || sent
                .term_at(k)
                .is_some_and(|t| matches!(t.category, Category::Place | Category::Org))
            || out.sentence_facts(sent.index).any(|f| {
                Some(f.span.start) == start && matches!(f.kind, FactKind::Place | FactKind::Org)
            })
            || name_word(sent, k))
}

/// وقال رئيس الاتحاد السعودي لكرة القدم، وأوضح أحد عناصر المقاومة الشعبية: a subject at
/// `from` that opens with an office (`titled`) or أحد (one of) before the organization or
/// group fact `f`, with no person in it: the office or member speaks, not the body. Not when
/// a name the person rules missed follows the body (المتحدثة باسم البنتاغون اليسا سميث): the
/// office is hers, and her name the speaker's.
pub(super) fn of_body(sent: &Sent, from: usize, to: usize, titled: bool, f: Option<&Fact>) -> bool {
    let one_of = matches!(sent.w(from), "احد" | "احدي");
    (titled || one_of)
        && f.is_some_and(|f| {
            let after = tok_at(sent, f.span.end);
            tok_at(sent, f.span.start) > from && (after >= to || !lone_name(sent, after))
        })
}

/// المتحدثة باسم البنتاغون اليسا سميث أن: one to three words the person rules missed right
/// after the body `f` of an office (`titled`, no person fact in the subject), running to `to`
/// (where the words open), a comma or a barrier: her name is the speaker, not the body. Each
/// word can be a name alone (no preposition on it: not بالرياض), the last only a name.
pub(super) fn name_after_body(
    sent: &Sent,
    from: usize,
    to: usize,
    titled: bool,
    f: Option<&Fact>,
) -> Option<Speaker> {
    let f = f.filter(|f| titled && f.kind != FactKind::Person)?;
    let after = tok_at(sent, f.span.end);
    if tok_at(sent, f.span.start) <= from {
        return None;
    }
    let mut e = after;
    while e < to
        && e < after + 3
        && lone_name(sent, e)
        && !sent.w(e).starts_with(['ب', 'ل'])
        && !sent.in_term(e)
    {
        e += 1;
    }
    let ends = e == to || is_barrier(sent, e) || matches!(sent.w(e), "،" | ",");
    if e == after || !ends || !name_word(sent, e - 1) {
        return None;
    }
    let arabic = sent.surface(after, e).to_string();
    Some(Speaker {
        english: crate::extract::persons::transliterate(&arabic)
            .map_or_else(|| arabic.clone(), |t| t.0),
        arabic,
        resolved: false,
    })
}
