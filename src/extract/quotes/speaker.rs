//! Who said it: the subject after a speech verb ([`speaker`]) and the subject before it
//! ([`super::before::topic_before`], [`super::bare_clause::subject_then_clause`]); the speaker carried from earlier text when
//! none is written is `carry`'s.
//!
//! Facts of the current sentence are the ones entities pushed before quotes run (people,
//! organizations, groups) and the quotes pushed so far; facts of earlier sentences are the
//! document's, sorted. Every backward look is bounded by [`LOOKBACK`] facts.

use super::refer::{
    is_org_head, issuer, named_person, office_holder, party_after_lam, refer_back, refers_back,
};
pub(super) use super::sacred::{sacred_at, SACRED};
use super::source::{MADE, SOURCE_HEADS};
pub(super) use super::words::{
    agency, is_subject_noun, no_subject, word_bits, BARRIERS, NO_SUBJECT_WORD, PERSON_NOUN,
    SOURCES, SUBJECT_NOUN,
};
use super::{clitic_splits, speech_verb_at, Sent, COMPLEMENTS};
use crate::extract::{get, Fact, FactKind, Kind, Out, DATE_WORD, MONTH, ROLE};
use crate::glossary::Category;
use crate::span::Span;

/// How many facts back a carried speaker or a referent is looked for: a bound, so that a long
/// document of unattributed quotes stays linear.
pub(super) const LOOKBACK: usize = 200;

/// A speaker: English, Arabic as written, and whether it was resolved from earlier text.
#[derive(Clone, Debug, Default)]
pub(super) struct Speaker {
    pub english: String,
    pub arabic: String,
    pub resolved: bool,
}

impl Speaker {
    /// The speaker a fact names; a person's name runs on over the name words written right
    /// after the fact ([`super::tail::name_tail`]: محمد ناجم الغرسلي where the person rules took محمد,
    /// عاطي بن عطية القرشي where they stopped at بن), spelled whole.
    pub(super) fn of_fact(f: &Fact, text: &str, resolved: bool) -> Speaker {
        let end = if f.kind == FactKind::Person {
            super::tail::name_tail(text, f.span.end)
        } else {
            f.span.end
        };
        if end > f.span.end {
            let arabic = &text[f.span.start..end];
            if let Some(english) = super::tail::spelled(f, text, end) {
                return Speaker {
                    english,
                    arabic: arabic.to_string(),
                    resolved,
                };
            }
        }
        Speaker {
            english: f.value.to_string(),
            arabic: f.span.slice(text).to_string(),
            resolved,
        }
    }
}

/// Name parts that take the next word (بن برنانكي، أبو مازن، عبد الله).
pub(super) const NAME_JOINERS: &[&str] = &["بن", "ابن", "ابو", "عبد", "ال"];

/// The token of the sentence that holds byte `pos` of the text.
pub(super) fn tok_at(sent: &Sent, pos: usize) -> usize {
    sent.toks.partition_point(|t| t.orig().end <= pos)
}

/// Does a person fact of this sentence start at token `k`?
pub(super) fn person_at(sent: &Sent, out: &Out, k: usize) -> bool {
    person_by_token(sent, out, k, |f, s, e| {
        f.span.start >= s && f.span.start < e
    })
}

/// Is token `k` inside a person fact of this sentence?
pub(super) fn in_person(sent: &Sent, out: &Out, k: usize) -> bool {
    person_by_token(sent, out, k, |f, s, e| f.span.start < e && s < f.span.end)
}

/// Is there a person fact of this sentence that `hit(fact, start, end)` accepts, given the
/// original span of token `k`?
fn person_by_token(
    sent: &Sent,
    out: &Out,
    k: usize,
    hit: impl Fn(&Fact, usize, usize) -> bool,
) -> bool {
    let Some(t) = sent.toks.get(k) else {
        return false;
    };
    let (s, e) = (t.orig().start, t.orig().end);
    out.sentence_facts(sent.index)
        .any(|f| f.kind == FactKind::Person && hit(f, s, e))
}

/// Does a speech verb at `k` name its subject right after it: a person, after up to two
/// title words (ويقول المواطن أحمد الزهراني)?
pub(super) fn names_subject(sent: &Sent, out: &Out, k: usize) -> bool {
    person_at(sent, out, title_words(sent, k + 1))
}

/// The first token from `j` on after up to two title words (المواطن، المتحدث، وزير).
fn title_words(sent: &Sent, j: usize) -> usize {
    let mut k = j;
    while k < j + 2
        && sent.is_word(k)
        && (is_title(sent, k) || is_subject_noun(sent.w(k).strip_prefix("ال").unwrap_or("")))
    {
        k += 1;
    }
    k
}

/// Is token `k` where a subject ends: a preposition (بعد، خلال، في …), ل, or an agency or
/// paper the words are given to (لوكالة، لصحيفة، لرويترز)?
pub(super) fn is_barrier(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    if BARRIERS.contains(&w) || w == "ل" {
        return true;
    }
    w.strip_prefix('ل')
        .is_some_and(|r| SOURCE_HEADS.contains(&r) || agency(r))
}

/// Does the subject starting at token `k` begin with a person's office (a role, a glossary
/// title, المسؤول، المتحدث …)?
pub(super) fn is_title(sent: &Sent, k: usize) -> bool {
    sent.any(k, ROLE)
        || sent
            .term_at(k)
            .is_some_and(|t| t.category == Category::Title)
        || clitic_splits(sent.w(k))
            .any(|(_, r)| word_bits(r.strip_prefix("ال").unwrap_or(r)) & PERSON_NOUN != 0)
        || feminine_office(sent, k)
}

/// Is the word at `k` إمام (an imam: إمام وخطيب المسجد النبوي)? Folded it is أمام
/// ("before"), so the original spelling decides.
fn imam(sent: &Sent, k: usize) -> bool {
    if k >= sent.len() || !sent.w(k).ends_with("امام") {
        return false;
    }
    let s = sent.surface(k, k + 1);
    let s = s.strip_prefix('و').unwrap_or(s);
    matches!(s.strip_prefix("ال").unwrap_or(s), "إمام")
}

/// Is the word at `k` the feminine of an office, written with ة (رئيسة تحرير، مديرة،
/// المتحدثة)? Folded, ة is the ه of "his" (رئيسه "his boss"), so the original spelling
/// decides.
fn feminine_office(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    sent.is_word(k)
        && sent.surface(k, k + 1).ends_with('ة')
        && w.strip_suffix('ه')
            .is_some_and(|m| word_bits(m.strip_prefix("ال").unwrap_or(m)) & PERSON_NOUN != 0)
}

/// Can fact `f` be a subject, not an addressee or the object of a preposition: no ل/ب
/// attached before it (لرويترز، بالأمير), no preposition, ل or agency word right before it
/// (قال لوكالة انترفاكس)? Read in the normalized text.
pub(super) fn subject_like(sent: &Sent, f: &Fact) -> bool {
    // The 64 bytes before the fact are enough for a clitic and the word before.
    let text = &sent.norm.text;
    let p = sent.norm.map.norm_start(f.span.start);
    let mut lo = p.saturating_sub(64);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let head = &text[lo..p];
    let attached = head.trim_end_matches(letter);
    if head[attached.len()..].contains(['ل', 'ب']) {
        return false;
    }
    let rest = attached.trim_end_matches(|c: char| !letter(c));
    let prev = &rest[rest.trim_end_matches(letter).len()..];
    let source = |w: &str| SOURCE_HEADS.contains(&w) || agency(w);
    !(BARRIERS.contains(&prev)
        || prev == "ل"
        || source(prev)
        || prev.strip_prefix('ل').is_some_and(source)
        || addressed(prev))
}

/// Words after a day that belong to the date (الأربعاء الماضي).
const DATE_AFTER: &[&str] = &["الماضي", "المقبل", "الماضيه", "المقبله"];

/// Does token `k` end a subject: a barrier, a complement, a speech verb or a word that shows
/// no subject?
pub(super) fn phrase_stop(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    is_barrier(sent, k)
        || COMPLEMENTS.contains(&w)
        || no_subject(w)
        || speech_verb_at(sent, k).is_some()
}

/// Honorifics before a title or a name (معالي وزير الخارجية، فضيلة الشيخ القاسم، صاحب السمو
/// الملكي الأمير …): passed over at the start of a subject. Normalized.
#[rustfmt::skip]
pub(super) const HONORIFICS: &[&str] = &[
    "معالي", "سمو", "صاحب", "السمو", "الملكي", "فضيله", "سعاده", "سماحه", "فخامه", "جلاله",
];

/// Is fact `f` an honorific alone (سماحة، معالي), which the person rules may read as a
/// name? It is no speaker.
pub(super) fn honorific_fact(sent: &Sent, f: &Fact) -> bool {
    HONORIFICS.contains(&norm_of(sent, f.span))
}

/// Is `w` ل + a title or honorific (للرئيس، لسمو، لمعالي، للأمير، لولي): the person after it
/// is addressed, not speaking (أعرب للرئيس السيسي عن تهانيه).
pub(super) fn addressed(w: &str) -> bool {
    let bare = w.strip_prefix("لل").or_else(|| w.strip_prefix('ل'));
    bare.is_some_and(|b| {
        word_bits(b) & PERSON_NOUN != 0
            || HONORIFICS.contains(&b)
            || matches!(b, "شيخ" | "امير" | "ملك" | "ولي" | "سفير")
    })
}

/// Is `c` a letter of a word in the normalized text (Arabic or Latin)?
pub(super) fn letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | 'a'..='z' | 'A'..='Z')
}

/// Is fact `f` an agency, paper or channel (رويترز، وكالة الأنباء السعودية)?
pub(super) fn is_agency(sent: &Sent, f: &Fact) -> bool {
    f.kind != FactKind::Person && norm_of(sent, f.span).split(' ').any(agency)
}

/// Is agency fact `f` the subject itself: the first word after the verb (or the name in
/// quotation marks after a paper's head), with no عن or نقلا after it before the words
/// (وذكرت صحيفة "إكسبريس" أن, وأشارت صحيفة «نوفوستي» إلى أن: the paper speaks; ونقلت وكالة
/// فارس عن لاريجاني قوله: the person does)?
fn paper_subject(sent: &Sent, f: &Fact, from: usize, to: usize) -> bool {
    let at = tok_at(sent, f.span.start);
    let after = tok_at(sent, f.span.end).min(to);
    // وأشارت صحيفة «نوفوستي»: the name in quotation marks after the paper's head.
    let named = at == from + 2 && sent.is_quote(from + 1) && agency(sent.w(from));
    (at == from || named) && !(after..to).any(|k| matches!(sent.w(k), "عن" | "نقلا"))
}

/// The speaker between tokens `from..to` (the subject of a speech verb).
pub(super) fn speaker(sent: &Sent, out: &Out, from: usize, to: usize) -> Speaker {
    if from >= to {
        return Speaker::default();
    }
    // وقال وفقا لنص المؤتمر الصحفي: "according to" opens no subject (the transcript is
    // where the words are read, not who said them).
    if super::according::marker(sent, from).is_some() {
        return Speaker::default();
    }
    let mut from = from;
    // وجاء في البيان: the source after في; أشار إلى أن: no subject written.
    let jaa = from > 0 && clitic_splits(sent.w(from - 1)).any(|(_, r)| r == "جاء");
    // وجاء ذلك في البيان الذي أصدره الدكتور فلان، في كلمة ألقاها: who issued or gave it.
    if jaa {
        if let Some(k) = (from..to.min(from + 6)).find(|&k| MADE.contains(&sent.w(k))) {
            let s = speaker(sent, out, k + 1, to);
            if !s.english.is_empty() {
                return s;
            }
        }
    }
    // قالت عنها الشركة إن، فقال له الحكيم: the subject after the pronoun.
    if matches!(sent.w(from), "عنه" | "عنها" | "عنهم" | "له" | "لها" | "لهم") && from + 1 < to
    {
        let s = speaker(sent, out, from + 1, to);
        if !s.english.is_empty() {
            return s;
        }
    }
    // وقال لـ"الاقتصادية" عبدالعزيز المهوس المدير التنفيذي …: the paper in quotation marks
    // the words were given to, then the subject.
    if sent.w(from) == "ل" && sent.is_quote(from + 1) {
        if let Some(close) = (from + 2..to.min(from + 7)).find(|&k| sent.is_quote(k)) {
            if close > from + 2 && close + 1 < to && sent.is_word(close + 1) {
                let s = speaker(sent, out, close + 1, to);
                if !s.english.is_empty() {
                    return s;
                }
            }
        }
    }
    if matches!(sent.w(from), "الي" | "من") || (jaa && sent.w(from) == "في") {
        from += 1;
    } else if no_subject(sent.w(from)) && !imam(sent, from) {
        return Speaker::default();
    }
    // أكدت الأربعاء الماضي نقلا عن …: a day or date before the subject (or none).
    while from < to
        && (sent.any(from, DATE_WORD | MONTH)
            || (from > 0 && sent.any(from - 1, DATE_WORD) && DATE_AFTER.contains(&sent.w(from))))
    {
        from += 1;
    }
    if from >= to {
        return Speaker::default();
    }
    // أعرب للرئيس السيسي عن …، وقال للمنتج: an addressee, no subject written here.
    if addressed(sent.w(from)) || sent.w(from).starts_with("لل") {
        return Speaker::default();
    }

    // معالي وزير الخارجية: the title after the honorific; an honorific says a person's
    // office follows (سماحة مفتي عام المملكة … الشيخ فلان: the person, not a body of the title).
    let honored = from;
    while from + 1 < to && HONORIFICS.contains(&sent.w(from)) {
        from += 1;
    }
    let honored = from > honored;
    // قال تعالى، قال رسول الله: a verse or a hadith.
    if let Some((english, len)) = sacred_at(sent, from) {
        return Speaker {
            english: english.to_string(),
            arabic: sent
                .surface(from, (from + len).min(to).max(from + 1))
                .to_string(),
            resolved: false,
        };
    }
    if from >= to {
        return Speaker::default();
    }
    // ويؤكد "المركز" الذي …، قال «لواء شهداء الإسلام» إن: a name in quotation marks.
    if sent.is_quote(from) {
        if let Some(close) = (from + 1..to.min(from + 7)).find(|&k| sent.is_quote(k)) {
            if close > from + 1 && (from + 1..close).all(|k| sent.is_word(k)) {
                // Resolved (المركز → المركز الإحصائي …) or the whole name; else as written.
                let s = speaker(sent, out, from + 1, close);
                let whole = s.arabic.split_whitespace().count() + 1 >= close - from;
                if !s.english.is_empty() && (s.resolved || whole) {
                    return s;
                }
                if close > from + 2 || !s.english.is_empty() {
                    let arabic = sent.surface(from + 1, close).to_string();
                    return Speaker {
                        english: arabic.clone(),
                        arabic,
                        resolved: false,
                    };
                }
            }
        }
    }
    // البيان الصادر عن مكتب رئيس الوزراء: the office.
    if matches!(sent.w(from), "البيان" | "بيان")
        && matches!(sent.w(from + 1), "الصادر" | "صادر")
        && sent.w(from + 2) == "عن"
    {
        let s = speaker(sent, out, from + 3, to);
        if !s.english.is_empty() {
            return s;
        }
    }
    let titled = honored || is_title(sent, from) || imam(sent, from);
    // أشار بن برنانكي، رئيس مجلس إدارة الاحتياطي الفيدرالي …: a name the person rules did
    // not find, set off by a comma before an office.
    // Without the comma too: أوضح رأفت الصباغ المتحدث الرسمي باسم المركز (the name, then
    // an office written with the article).
    // An office without the article after words that can only be names (أكد بدرو كالوخا
    // رئيس الاتحاد البنمي). Not when a person is named right after the office: then the
    // words before are more of it (أكد خطيب المسجد النبوي الشيخ عبدالمحسن القاسم).
    if !titled && !person_at(sent, out, from) {
        let comma = |k: usize| matches!(sent.w(k), "،" | ",");
        let office = |k: usize| {
            is_title(sent, k)
                && (sent.w(k).starts_with("ال") || (from..k).all(|j| name_word(sent, j)))
        };
        if let Some(c) = (from + 1..(from + 4).min(to)).find(|&k| comma(k) || office(k)) {
            let name = (from..c)
                .all(|k| lone_name(sent, k) || (k + 1 < c && NAME_JOINERS.contains(&sent.w(k))));
            let title = if comma(c) { c + 1 } else { c };
            let named_after = (title + 1..(title + 4).min(to)).any(|k| person_at(sent, out, k));
            if name && is_title(sent, title) && !named_after {
                let arabic = sent.surface(from, c).to_string();
                return Speaker {
                    english: crate::extract::persons::transliterate(&arabic)
                        .map_or_else(|| arabic.clone(), |t| t.0),
                    arabic,
                    resolved: false,
                };
            }
        }
    }
    let end = subject_end(sent, out, from, to, titled);
    let window = sent.span(from, to);
    let near = sent.span(from, end);
    // The subject comes first: a person/org/group starting in it, not an addressee or an
    // agency; after a title, the person named in the title wins.
    let mut first: Option<&Fact> = None;
    let mut person: Option<&Fact> = None;
    for f in out.sentence_facts(sent.index) {
        let inside = window.contains(f.span) && f.span.start < near.end;
        if !inside || !matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group) {
            continue;
        }
        // A fact that starts after a proclitic (كيل in وكيل) is not a subject.
        let tok = sent.toks[tok_at(sent, f.span.start).min(sent.len() - 1)];
        if tok.orig().start < f.span.start
            || !subject_like(sent, f)
            || (is_agency(sent, f) && !paper_subject(sent, f, from, to))
        {
            continue;
        }
        if honorific_fact(sent, f) {
            continue;
        }
        // المتحدث باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي: the person after
        // ل + an office is whose office it is, not the speaker.
        let at = tok_at(sent, f.span.start);
        if (at.saturating_sub(3).max(from)..at).any(|k| addressed(sent.w(k))) {
            continue;
        }
        if first.is_none_or(|g| f.span.start < g.span.start) {
            first = Some(f);
        }
        if f.kind == FactKind::Person && person.is_none_or(|g| f.span.start < g.span.start) {
            person = Some(f);
        }
    }
    if person.is_none() {
        // المتحدثة باسم البنتاغون اليسا سميث: her name, not the body.
        if let Some(s) = super::office::name_after_body(sent, from, to, titled, first) {
            return s;
        }
    }
    let office_of_body = person.is_none() && super::office::of_body(sent, from, to, titled, first);
    let pick = if titled { person.or(first) } else { first };
    if let Some(f) = pick.filter(|_| !office_of_body) {
        // مكتب الرئيس الفرنسي فرانسوا هولاند، عائلة بوبي: the body the person names.
        if let Some(s) = super::governed::body_of_person(sent, from, f) {
            return s;
        }
        return Speaker::of_fact(f, sent.text, false);
    }
    // ويعتقد عدد من الفلسطينيين أن، ويقول معارضون سوريون إن: a group.
    if let Some(s) = super::group::group_subject(sent, from, to) {
        return s;
    }
    // وأوضحت بليك أن، أشار تسيبراس إلى أن، قالت باشطح لـ«سبق»: a name the person rules do
    // not know, alone before the words.
    if let Some(e) = lone_names(sent, from, to) {
        // وأضاف مصطفى: the full name written before (فلاح مصطفى).
        if e == from + 1 {
            if let Some(s) = named_person(sent, out, sent.w(from)) {
                return s;
            }
        }
        let arabic = sent.surface(from, e).to_string();
        return Speaker {
            english: arabic.clone(),
            arabic,
            resolved: false,
        };
    }
    // وتؤكد هذه الدول الثلاث أن: a demonstrative and its noun.
    if matches!(sent.w(from), "هذه" | "هذا" | "هؤلاء" | "تلك")
        && from + 1 < to
        && sent.w(from + 1).starts_with("ال")
    {
        let (_, arabic) = phrase(sent, from + 1, to, true);
        if !arabic.is_empty() {
            let arabic = sent
                .surface(from, from + 1 + arabic.split_whitespace().count())
                .to_string();
            return Speaker {
                english: arabic.clone(),
                arabic,
                resolved: false,
            };
        }
    }
    // جاء في بيان لوزارة الخارجية: the party the statement is of.
    if matches!(sent.w(from), "بيان" | "تقرير") {
        if let Some(s) = party_after_lam(sent, out, from + 1, to) {
            return s;
        }
    }
    // وبينت المياه الوطنية: the company named before (شركة المياه الوطنية).
    if let Some(s) = super::refer::short_form(sent, out, from, end) {
        return s;
    }
    let (english, mut arabic) = noun_speaker(sent, from, end);
    // وتابع البيان: the party that issued the statement named before.
    if let Some(s) = issuer(sent, out, &english, from) {
        return s;
    }
    // A title running straight into the words, without a person fact: the whole subject, the
    // name after the title included (واعتبر مدرب جامايكا الألماني وينفريد شايفر أن).
    let mut last = end;
    // وكان المؤرخ القزويني قد ادعى: قد belongs to the verb.
    while last > from && (sent.kind(last - 1) == Some(Kind::Punct) || sent.w(last - 1) == "قد") {
        last -= 1;
    }
    let plain = (from..last).all(|k| sent.is_word(k));
    let noun_words = arabic.split_whitespace().count();
    if titled && noun_words > 0 && end == to && last - from <= 8 && plain {
        arabic = sent.surface(from, last).to_string();
    }
    // The office and its body, put in English whole (the head of the Saudi Football
    // Federation) when no person holds it in the text.
    let mut english = english;
    if office_of_body && plain && last - from <= 8 {
        arabic = sent.surface(from, last).to_string();
        english = arabic.clone();
    }
    // وتابع وزير الخارجية، وتحدث الوزير الألماني: the person named before after that office
    // (وزير الخارجية عادل الجبير، وزير الخارجية الألماني فرانك فالتر شتاينماير); past
    // four words, the noun phrase's office (وأكد الرئيس المصري أهمية زيارة …).
    if titled {
        let words = arabic.split_whitespace().count();
        let words = if words <= 4 { words } else { noun_words };
        if let Some(s) = office_holder(sent, out, from, (from + words).min(end)) {
            return s;
        }
    }
    // الدكتور التركي: the person named before with that name.
    if titled && end == from + 2 && sent.w(from + 1).starts_with("ال") {
        if let Some(s) = named_person(sent, out, sent.w(from + 1)) {
            return s;
        }
    }
    if !arabic.contains(' ') && refers_back(sent.w(from)) {
        if let Some(s) = refer_back(sent, out, sent.w(from), from) {
            return s;
        }
    }
    Speaker {
        english,
        arabic,
        resolved: false,
    }
}

/// Where the subject starting at token `from` ends (exclusive, before `to`): seven tokens
/// on, sixteen after a title (مدير عام الهيئة العامة للسياحة والآثار أمين عام مجلس التنمية
/// السياحية بمنطقة عسير المهندس محمد العمرة), and not past a barrier — except في inside a long title before
/// the name (وكيل وزارة الحج … في الجمهورية اليمنية الشقيقة منير محمد دبوان).
fn subject_end(sent: &Sent, out: &Out, from: usize, to: usize, titled: bool) -> usize {
    let end = (from + if titled { 16 } else { 7 }).min(to);
    // A long office whose person is named past a place or body in it, or past sixteen
    // tokens: the subject runs to the person.
    // Only where the subject is cut before the words open: at في/لدى, at the limit, or
    // right after an office that folds to a barrier (إمام).
    let past = |stop: usize| {
        let cut = stop < to
            && (stop == from + 16
                || matches!(sent.w(stop), "في" | "لدي")
                || (stop == from + 1 && is_barrier(sent, from)));
        match (titled && cut).then(|| super::office::office_to_person(sent, out, from, to)) {
            Some(Some(p)) if p >= stop => p + 1,
            _ => stop,
        }
    };
    for k in from..end {
        // مرض الملك وشعر باقتراب أجله: a new clause after the office.
        if titled && k > from && new_clause(sent, out, k) {
            return k;
        }
        if !is_barrier(sent, k) {
            continue;
        }
        if titled && k > from && sent.w(k) == "في" && definite_to_person(sent, out, k + 1, end) {
            continue;
        }
        return past(k.max(from + 1));
    }
    past(end)
}

/// Does token `k` open a new clause inside a subject: و on a past verb of three letters
/// (وشعر، وعاد) that is no office, name or person (not وكيل، وليد، وزارة; ف starts too many
/// words: فريق، فهد)?
pub(super) fn new_clause(sent: &Sent, out: &Out, k: usize) -> bool {
    let w = sent.w(k);
    let Some(rest) = w.strip_prefix('و') else {
        return false;
    };
    sent.is_word(k)
        && rest.chars().count() == 3
        && !rest.ends_with(['ه', 'ي', 'ا'])
        && !is_title(sent, k)
        && !in_person(sent, out, k)
        && !crate::extract::persons::is_name(w)
        && !crate::extract::persons::is_name(rest)
}

/// Do one to four definite words from token `k` lead to a person fact (الجمهورية اليمنية
/// الشقيقة منير …), before `end`?
fn definite_to_person(sent: &Sent, out: &Out, k: usize, end: usize) -> bool {
    let mut j = k;
    while j < end && j < k + 4 && sent.w(j).starts_with("ال") {
        j += 1;
    }
    j > k && j < end && person_at(sent, out, j)
}

/// `(english, arabic)` of a noun subject between tokens `from..to`: a source word, a glossary
/// title or term, or a noun phrase (الجهاز المركزي، نائب محافظ منطقة موسكو).
fn noun_speaker(sent: &Sent, from: usize, to: usize) -> (String, String) {
    if from >= to {
        return (String::new(), String::new());
    }
    let first = sent.w(from);
    if let Some(en) = get(SOURCES, first) {
        return (en.to_string(), sent.surface(from, from + 1).to_string());
    }
    // A glossary title or term as the subject: الرئيس → the president, الوزارة → the ministry.
    let definite = first.starts_with("ال");
    // A lone word set off by a dash or a comma right after the verb is a name (وقال شيلينج -
    // الذي …- إنه).
    let set_off = matches!(sent.w(from + 1), "-" | "،" | "," | "(");
    if set_off && !definite && from + 1 < to && lone_name(sent, from) {
        let a = sent.surface(from, from + 1).to_string();
        return (a.clone(), a);
    }
    if let Some(t) = sent.terms.iter().find(|t| t.from == from && t.to <= to) {
        // A one-word subject noun that heads a longer phrase (وزارة الطوارئ، نائب محافظ منطقة
        // موسكو), or an organization's head before a name (جامعة تبوك): the phrase.
        let longer = !definite
            && t.to == from + 1
            && clitic_splits(first).any(|(_, r)| {
                word_bits(r) & SUBJECT_NOUN != 0
                    // جامعة تبوك: an organization's head before a named place or body.
                    || (is_org_head(r)
                        && sent.term_at(t.to).is_some_and(|n| {
                            matches!(n.category, Category::Place | Category::Org | Category::Person)
                        }))
            })
            && t.to < to
            // وذكرت صحيفة «فلوريدا توداي»: a paper's head and its name in quotation marks.
            && (phrase_word(sent, t.to) || (agency(first) && sent.is_quote(t.to)));
        if longer {
            return phrase(sent, from, to, false);
        }
        // الصحف المغربية: a glossary term read in the singular is a plural subject here.
        if definite
            && t.to == from + 1
            && super::english::plural_word(first.strip_prefix("ال").unwrap_or(first))
        {
            return phrase(sent, from, to, true);
        }
        let e = sent.entry(t);
        // A title and one name word the rules cannot read (وقال الدكتور الخياط:، المهندس حابس):
        // the title and the name spelled, not "the Dr." (the Arabic stays the title's).
        if e.category == Category::Title
            && t.to + 1 == to
            && sent.is_word(t.to)
            && !is_barrier(sent, t.to)
            && sent.term_at(t.to).is_none()
        {
            if let Some(en) =
                super::english::title_and_name(sent.matcher, sent.surface(t.from, t.to + 1))
            {
                return (en, sent.surface(t.from, t.to).to_string());
            }
        }
        let english = match e.category {
            Category::Title | Category::Term => format!("the {}", e.english),
            _ => e.english.clone(),
        };
        return (english, sent.surface(t.from, t.to).to_string());
    }
    // أحد سكان مركز سلام، إحدى المشاركات: one of a group.
    let one_of = matches!(first, "احد" | "احدي") && phrase_word(sent, from + 1);
    // Through و/ف only: a noun after ل or ب (قال لموقع «المونيتور») is no subject.
    let noun = definite
        || one_of
        || is_title(sent, from)
        || clitic_splits(first).any(|(c, r)| {
            matches!(c, "" | "و" | "ف") && (word_bits(r) & SUBJECT_NOUN != 0 || is_org_head(r))
        });
    if !sent.is_word(from) || !noun || no_subject(first) || is_barrier(sent, from) {
        return (String::new(), String::new());
    }
    phrase(sent, from, to, definite)
}

/// The noun phrase at `from` (before `to`): a definite noun and the definite word after it
/// (الجهاز المركزي); an indefinite head and what it governs, up to the first definite word
/// (نائب محافظ منطقة موسكو، مكتب رئيس الوزراء، متحدث باسم الوزارة).
fn phrase(sent: &Sent, from: usize, to: usize, definite: bool) -> (String, String) {
    let a = sent
        .surface(from, phrase_end_of(sent, from, to, definite))
        .to_string();
    (a.clone(), a)
}

/// Where the noun phrase at `from` ends (exclusive), as [`phrase`] reads it; a first word
/// written ل + ال (للدعوى، للبيان) counts as definite.
pub(super) fn phrase_end(sent: &Sent, from: usize, to: usize) -> usize {
    let w = sent.w(from);
    let definite = w.starts_with("ال") || w.starts_with("لل");
    phrase_end_of(sent, from, to, definite)
}

fn phrase_end_of(sent: &Sent, from: usize, to: usize, definite: bool) -> usize {
    let mut end = from + 1;
    if definite {
        // الجهاز المركزي, but not الحديث الذي.
        let relative = matches!(sent.w(end), "الذي" | "التي" | "الذين");
        if end < to && sent.is_word(end) && sent.w(end).starts_with("ال") && !relative {
            end += 1;
        }
        // السابعة عشرة، الحادي عشر: an ordinal from eleven to nineteen is two words.
        if end == from + 1 && end < to && matches!(sent.w(end), "عشر" | "عشره") {
            end += 1;
        }
    } else {
        while end < to && end < from + 5 && phrase_word(sent, end) {
            end += 1;
            if sent.w(end - 1).starts_with("ال") {
                break;
            }
        }
        // وذكرت مجلة «نيكاي»، وأفاد موقع "السورية نت": the head and the name in quotation
        // marks right after it.
        if end == from + 1 && end < to && sent.is_quote(end) {
            if let Some(close) = (end + 2..to.min(end + 6)).find(|&k| sent.is_quote(k)) {
                if (end + 1..close).all(|k| sent.is_word(k)) {
                    end = close + 1;
                }
            }
        }
    }
    // آل فهيد، بن لادن: a name joiner never ends the phrase; it takes the next word.
    while end < to && end < from + 5 && sent.is_word(end) && NAME_JOINERS.contains(&sent.w(end - 1))
    {
        end += 1;
    }
    end
}

/// Can the word at `k` be a name on its own: a word of three letters or more that is not a
/// function word, a speech verb or a subject noun?
pub(super) fn lone_name(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    sent.is_word(k)
        && w.chars().count() >= 3
        && !(BARRIERS.contains(&w)
            || no_subject(w)
            || COMPLEMENTS.contains(&w)
            || is_subject_noun(w)
            || speech_verb_at(sent, k).is_some()
            || sent.any(k, ROLE))
}

/// One to three words at `from` that can only be a name (not the article, a stop word,
/// a subject noun, a word shaped like a common noun or a present verb, tanween), ending the
/// subject: at `to` (the words' opening) or before a preposition or ل (لـ«سبق»). Where they
/// end.
fn lone_names(sent: &Sent, from: usize, to: usize) -> Option<usize> {
    let name_like = |k: usize| name_word(sent, k);
    let mut e = from;
    while e < to && e < from + 3 && name_like(e) {
        e += 1;
    }
    let ends = e == to || is_barrier(sent, e) || sent.w(e) == "ل" || matches!(sent.w(e), "،" | ",");
    (e > from && ends).then_some(e)
}

/// Can the word at `k` only be a name ([`lone_names`]): not the article, a stop word, a
/// subject noun, a word shaped like a common noun or a present verb, a preposition on a word
/// (لجلالتكم، بالأمس), tanween, or a glossary term's word.
pub(super) fn name_word(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    let n = w.chars().count();
    let known = crate::extract::persons::is_name(w);
    let surface = sent.surface(k, k + 1);
    lone_name(sent, k)
        // لجلالتكم، بالأمس: a preposition on a word; على is no name.
        && (known || !(w.starts_with('ل') || w.starts_with("بال")))
        && !surface.ends_with('ى')
        && !w.starts_with("ال")
        && !(w.ends_with('ه') || w.ends_with("ون") || w.ends_with("ين") || w.ends_with("ات"))
        && !(!known && (4..=5).contains(&n) && w.starts_with(['ا', 'ي', 'ت', 'ن']))
        && !crate::extract::persons::is_stop(w)
        && !sent.in_term(k)
        && !surface.contains('\u{064B}')
}

/// Can token `k` go on a subject noun phrase?
fn phrase_word(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    sent.is_word(k)
        && (w == "باسم"
            || !(is_barrier(sent, k)
                || COMPLEMENTS.contains(&w)
                || no_subject(w)
                || speech_verb_at(sent, k).is_some()))
}

/// The `match` normalization of an original-text span of the document.
pub(super) fn norm_of<'a>(sent: &Sent<'a>, span: Span) -> &'a str {
    let n = sent.norm.map.to_normalized(span);
    &sent.norm.text[n.start..n.end]
}
