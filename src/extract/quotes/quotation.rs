//! Quotation marks: the «…» or "…" pairs of a sentence ([`quotations`]) and whether a pair
//! holds quoted words or a name ([`is_quotation`]: a title, a body, a slogan in quotation
//! marks is no quote).

use super::{clitic_splits, Sent};

/// The «…» or "…" quotations of a sentence: `(open, close)` token pairs.
pub(super) fn quotations(sent: &Sent) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for i in 0..sent.len() {
        if sent.is_quote(i) {
            match open {
                None => open = Some(i),
                Some(o) => {
                    out.push((o, i));
                    open = None;
                }
            }
        }
    }
    out
}

/// The most words a quotation that no one is said to have said may have and still be a
/// label (a name, a title, scare quotes) rather than words: of the 100 such quotations of up
/// to four words without punctuation in 600 dev articles, about 90 are labels and 10 pieces of
/// an utterance (`"وضع غير مقبول"`) that no speaker is given for either.
const LABEL_WORDS: usize = 4;

/// Is the «…» between tokens `o` and `cl` (a quotation with no speaker) a label: at most
/// [`LABEL_WORDS`] words and no stop, comma, colon or question mark inside (an utterance of
/// four words has them: «ساعدوني، لقد أحرقونا جميعا», «أنت لا تعرف جاك؟»)?
pub(super) fn bare_label(sent: &Sent, o: usize, cl: usize) -> bool {
    let words = (o + 1..cl).filter(|&k| sent.is_word(k)).count();
    words <= LABEL_WORDS
        && !(o + 1..cl).any(|k| {
            !sent.is_word(k)
                && sent
                    .w(k)
                    .contains(['.', ',', '،', ':', '؛', ';', '!', '?', '؟', '…'])
        })
}

/// Is the «…» between tokens `o` and `cl` a quotation, rather than a name or scare quotes:
/// three words or more, not one glossary term, not headed by a work's or body's noun inside
/// («مسرحية سراة الشعر») nor named by one right before it (رئيسة فريق «لأمتنا نحيا التطوعي»،
/// تحت شعار «…»، بعنوان «…»)?
pub(super) fn is_quotation(sent: &Sent, o: usize, cl: usize) -> bool {
    let words = (o + 1..cl).filter(|&k| sent.is_word(k)).count();
    if words < 3 {
        return false;
    }
    let is_term = sent.terms.iter().any(|t| t.from == o + 1 && t.to >= cl);
    let head = sent.w(o + 1);
    !is_term && !work_head(head.strip_prefix("ال").unwrap_or(head)) && !named_by(sent, o)
}

/// Is the word before the quotation mark at `o` an indefinite noun that a name follows in
/// construct (فريق، شعار، بعنوان، ومسرحية): the quotation is that name?
fn named_by(sent: &Sent, o: usize) -> bool {
    let Some(k) = o.checked_sub(1).filter(|&k| sent.is_word(k)) else {
        return false;
    };
    clitic_splits(sent.w(k)).any(|(c, r)| {
        matches!(c, "" | "و" | "ب" | "ل" | "وب" | "ول") && (work_head(r) || NAME_HEADS.contains(&r))
    })
}

/// Nouns that name what follows them in quotation marks, besides [`work_head`]'s (`match`
/// folding, without the article: a definite noun is no construct).
const NAME_HEADS: &[&str] = &[
    "فريق",
    "شعار",
    "عنوان",
    "وسم",
    "هاشتاق",
    "تطبيق",
    "قناه",
    "جمعيه",
    "فرقه",
    "لعبه",
    "اغنيه",
    "عمليه",
    "مناوره",
    "مناورات",
    "دوره",
    "مسابقه",
    "حساب",
    "صفحه",
    "معرض",
    // Bodies named in quotation marks after their noun (في مؤسسة «كلايتون كريستينسين
    // إنستيتيوت»، أعلن … تشكيل «لجنة أمن الانتخاب»): a body's name, not quoted words.
    "مؤسسه",
    "شركه",
    "منظمه",
    "مركز",
    "معهد",
    "مجموعه",
    "حركه",
    "تنظيم",
    "جماعه",
    "حزب",
    "جبهه",
    "ائتلاف",
    "تحالف",
    "لجنه",
    "هيئه",
    "نادي",
    "تشكيل",
    "تاسيس",
    "انشاء",
    "اطلاق",
];

/// Does `w` head the title of a work or a body in quotation marks (“مجلة الأمن والحياة”،
/// «مسرحية سراة الشعر»): a name, not quoted words? Normalized, without the article.
fn work_head(w: &str) -> bool {
    matches!(
        w,
        "مجله"
            | "صحيفه"
            | "كتاب"
            | "روايه"
            | "مسرحيه"
            | "فيلم"
            | "برنامج"
            | "مسلسل"
            | "ديوان"
            | "قصيده"
            | "مبادره"
            | "حمله"
            | "مشروع"
            | "مهرجان"
            | "جائزه"
            | "مؤتمر"
            | "ملتقي"
            | "منتدي"
            | "معرض"
    )
}
