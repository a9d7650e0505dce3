//! The source of reported words: the agency, paper or channel a sentence names (بحسب
//! «رويترز»، لوكالة رويترز، نقلا عن صحيفة …), as written. It goes to `detail.source`.

use super::speaker::agency;
use super::{clitic_splits, speech_verb_at, Sent, COMPLEMENTS};
use crate::extract::SOURCE;
use crate::tokens::forms::RULE_PROCLITICS;

/// Words that introduce the source of reported words: بحسب، حسب، وفقا لـ، نقلا عن، نقلت عن.
const SOURCE_MARKS: &[&str] = &[
    "حسب",
    "بحسب",
    "وفقا",
    "طبقا",
    "نقلا",
    "نقلت",
    "لوكاله",
    "لصحيفه",
];

/// Generic heads of a source name: وكالة …، صحيفة …، قناة ….
pub(super) const SOURCE_HEADS: &[&str] = &[
    "وكاله",
    "صحيفه",
    "قناه",
    "تلفزيون",
    "التلفزيون",
    "شبكه",
    "موقع",
];

/// Words that end a source's name: the عن of whom it quotes (ونقلت وكالة الأنباء العمانية عن
/// مصدر، نقلت صحيفة بوليتيكو عن تيم), a day (وكالة فارس للأنباء اليوم السبت) and an occasion
/// (لوكالة الأنباء السعودية بمناسبة …); normalized.
const NAME_ENDS: &[&str] = &[
    "عن",
    "عمن",
    "اليوم",
    "امس",
    "بمناسبه",
    "خلال",
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
];

/// Written works a source marker may name before their maker (بحسب دراسة أعدها …).
const STUDIES: &[&str] = &["دراسه", "تقرير", "احصائيه", "مسح", "بيان", "بحث"];

/// Verbs of making after [`STUDIES`] (أعدها، أصدره، نشرها، أجراها), and after a statement
/// or a speech (جاء ذلك في البيان الذي أصدره …، في كلمة ألقاها …).
pub(super) const MADE: &[&str] = &[
    "اعدها",
    "اعده",
    "اصدرها",
    "اصدره",
    "اصدرته",
    "نشرها",
    "نشره",
    "اجراها",
    "اجراه",
    "القاها",
    "القاه",
];

/// The maker named after a study word, from token `k`: a verb of [`MADE`] then up to five
/// words before punctuation (أعدها المركز الإحصائي لدول الخليج), as written.
fn made_by(sent: &Sent, k: usize) -> Option<String> {
    if !MADE.contains(&sent.w(k)) {
        return None;
    }
    let from = k + 1;
    let mut end = from;
    while end < sent.len() && end < from + 5 && sent.is_word(end) {
        end += 1;
    }
    (end > from).then(|| sent.surface(from, end).to_string())
}

/// لوكالة، لقناة: ل + a generic head of a source name.
fn medium_with_lam(w: &str) -> bool {
    w.starts_with('ل') && SOURCE_HEADS.iter().any(|h| w[2..] == **h)
}

/// Does word `w` (normalized) open a source: ل + a medium, or a marker through proclitics?
fn opens_source(w: &str) -> bool {
    medium_with_lam(w) || clitic_splits(w).any(|(_, r)| SOURCE_MARKS.contains(&r))
}

/// Every written word [`opens_source`] holds for (the token stage's [`SOURCE`] class): the
/// markers with each proclitic, and ل + each medium.
pub(crate) fn source_words() -> Vec<String> {
    let markers = SOURCE_MARKS.iter().flat_map(|m| {
        [""].into_iter()
            .chain(RULE_PROCLITICS)
            .map(move |c| format!("{c}{m}"))
    });
    let media = SOURCE_HEADS.iter().map(|h| format!("ل{h}"));
    markers.chain(media).filter(|w| opens_source(w)).collect()
}

/// The agency or paper a sentence names as the source of its words (حسب «رويترز»، بحسب وكالة
/// فرانس برس، لقناة «فوكس سبورتس»، لوكالة رويترز), as written.
pub(super) fn source_in(sent: &Sent) -> Option<String> {
    let n = sent.len();
    for i in 0..n {
        // The token stage marked every word `opens_source` holds for: the others are turned
        // away on their class bit.
        if !sent.any(i, SOURCE) || !sent.is_word(i) {
            continue;
        }
        let w = sent.w(i);
        // لوكالة، لقناة: the head is the marker; else a marker word before the source.
        let head_here = medium_with_lam(w);
        let mut k = i + 1;
        if sent.w(k) == "ل" || sent.w(k) == "عن" {
            k += 1;
        }
        // «رويترز»: the quoted name.
        if sent.is_quote(k) {
            let close = (k + 1..n.min(k + 6)).find(|&e| sent.is_quote(e))?;
            return (close > k + 1).then(|| sent.surface(k + 1, close).to_string());
        }
        let a = sent.w(k);
        // بحسب دراسة أعدها المركز الإحصائي: who made the study or the report.
        if !head_here && STUDIES.contains(&a) {
            if let Some(by) = made_by(sent, k + 1) {
                return Some(by);
            }
        }
        let head = head_here || SOURCE_HEADS.contains(&a);
        if !head && !agency(a) {
            continue;
        }
        let start = if head_here { k } else { k + usize::from(head) };
        let mut end = start;
        if sent.is_quote(start) {
            let close = (start + 1..n.min(start + 6)).find(|&e| sent.is_quote(e))?;
            return (close > start + 1).then(|| sent.surface(start + 1, close).to_string());
        }
        while end < n
            && end < start + 3
            && sent.is_word(end)
            && !COMPLEMENTS.contains(&sent.w(end))
            && !NAME_ENDS.contains(&sent.w(end))
            && speech_verb_at(sent, end).is_none()
            && (end == start || agency(sent.w(end)) || head)
        {
            end += 1;
        }
        if end > start {
            let from = if head && !head_here { k } else { start };
            let from = if head_here { i } else { from };
            let mut span = sent.span(from, end);
            if head_here {
                // لوكالة: without the ل.
                let tok = sent.toks[i];
                span.start = sent.norm_span(tok.norm().start + 2, tok.norm().end).start;
            }
            return Some(span.slice(sent.text).to_string());
        }
    }
    None
}
