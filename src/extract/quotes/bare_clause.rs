//! A subject followed straight by its words, without إن or a colon (ويقول أحمد الغامدي تشهد
//! المطابخ …، ويقول المواطن أحمد الزهراني …): where the subject ends, so the words after it
//! are the quote. Not when an adjective, an office in apposition, عن or an adjunct follows.

use super::speaker::{is_title, HONORIFICS};
use super::words::is_subject_noun;
use super::Sent;
use crate::extract::{FactKind, Out};

/// A speech verb at `i` followed by a person or organization (after up to two title words)
/// and then a clause of three words or more, without إن or a colon (ويقول أحمد الغامدي تشهد
/// المطابخ …، ويقول المواطن أحمد الزهراني …): the subject's last token.
pub(super) fn subject_then_clause(sent: &Sent, out: &Out, i: usize) -> Option<usize> {
    // Up to two title words first: ويقول المواطن أحمد الزهراني …
    // An honorific is passed over (أكد سماحة مفتي عام المملكة …، أن): it is no person.
    let mut j = i + 1;
    while j < i + 3
        && (is_title(sent, j)
            || HONORIFICS.contains(&sent.w(j))
            || is_subject_noun(sent.w(j).strip_prefix("ال").unwrap_or("")))
    {
        j += 1;
    }
    let start = sent.toks.get(j)?.orig().start;
    let f = out.sentence_facts(sent.index).find(|f| {
        f.span.start == start
            && matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group)
    })?;
    let end = (i + 1..sent.len()).find(|&k| sent.toks[k].orig().end >= f.span.end)?;
    let words = (end + 1..sent.len()).filter(|&k| sent.is_word(k)).count();
    // A definite word right after an organization is its adjective (أعلنت جماعة الحوثي
    // المسلحة حربها، أبدت الحكومة العراقية رغبتها): no clause starts there. (After a person
    // it may be an office: ويقول ناثان كورتيز الخبيرة في …)
    let adjective = f.kind != FactKind::Person && sent.w(end + 1).starts_with("ال");
    if words < 3 || !sent.is_word(end + 1) || adjective {
        return None;
    }
    // أكد محمد ناجم الغرسلي وزير …: the name runs on past the fact, or an office follows it in
    // apposition (… الغرسلي وزير الداخلية قرار …); no clause starts there.
    if f.kind == FactKind::Person
        && (super::tail::name_tail(sent.text, f.span.end) > f.span.end || is_title(sent, end + 1))
    {
        return None;
    }
    // عن after the subject is the verb's object, a thing announced or revealed (أعلنت
    // الوزارة عن تسجيل 5 حالات، كشف فلان عن خطة): no reported words.
    let object = sent.w(end + 1) == "عن";
    // A preposition or a time word after the subject opens an adjunct (أوضح فلان خلال مؤتمر
    // صحفي عقده اليوم …، في تصريح …): the words come later, after أن or a colon, if at all.
    let adjunct = matches!(
        sent.w(end + 1),
        "خلال"
            | "في"
            | "اثناء"
            | "عقب"
            | "لدي"
            | "عبر"
            | "امس"
            | "اليوم"
            | "بعد"
            | "قبل"
            | "مساء"
            | "صباح"
    );
    // Only when the words come later: إن/أن, a colon or a quotation mark further on.
    let later = || {
        (end + 2..sent.len()).any(|k| {
            let w = sent.w(k);
            super::COMPLEMENTS.contains(&w) || matches!(w, ":" | "\"" | "«")
        })
    };
    if adjunct && later() {
        return None;
    }
    (words >= 3 && sent.is_word(end + 1) && !adjective && !object).then_some(end)
}
