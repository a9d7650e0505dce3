//! The speaker carried from earlier text when none is written after a speech verb
//! ([`earlier_subject`]: وأضاف:، مؤكدا أن، وقال خلال …): the speaker of an earlier quote of
//! the sentence, the sentence's own subject (a person, or an office after its first verb:
//! من جانبه، دافع رئيس البرلمان … مؤكدا أن), else the document's last quote speaker or
//! person named as a subject. A hadith's collector after رواه / أخرجه ([`collector`]: أخرجه
//! الإمام البخاري) is never carried.
//!
//! Every backward look is bounded by [`LOOKBACK`] facts or a few words.

use super::gender::{fits, of_person, of_speaker, of_speaker_memo, people_head, Agree};
use super::refer::named_person;
use super::sacred::names_prophet;
use super::speaker::{
    honorific_fact, in_person, is_barrier, is_title, letter, name_word, new_clause, no_subject,
    norm_of, speaker, subject_like, tok_at, word_bits, Speaker, BARRIERS, HONORIFICS, LOOKBACK,
    PERSON_NOUN, SACRED, SUBJECT_NOUN,
};
use super::{clitic_splits, speech_verb_at, Sent, COMPLEMENTS};
use crate::extract::{Detail, Fact, FactKind, Out, DATE_WORD, MONTH, ROLE, VERB};

/// Words after من that make a topic opener with a pronoun (من جهته، من جانبها، من ناحيتهم).
const TOPIC_SIDES: &[&str] = &[
    "جهته",
    "جهتها",
    "جهتهم",
    "جانبه",
    "جانبها",
    "جانبهم",
    "ناحيته",
    "ناحيتها",
    "ناحيتهم",
];

/// The token after a topic opener and its comma at the start of the sentence (من جهته،
/// ومن جانبها، بدوره،), if there is one: the subject follows it. من جهته needs no comma
/// (من جهته أثنى سفير سلطنة عمان …، من جانبه قدم رئيس الاتحاد …): its verb follows.
pub(super) fn after_topic_opener(sent: &Sent) -> Option<usize> {
    let comma = |k: usize| matches!(sent.w(k), "،" | ",");
    // The side word first: most sentences have none there, and the first word is not split.
    let side = TOPIC_SIDES.contains(&sent.w(1));
    let turn = comma(1);
    if !(side || turn) {
        return None;
    }
    for (c, r) in clitic_splits(sent.w(0)) {
        if !matches!(c, "" | "و" | "ف") {
            continue;
        }
        if side && r == "من" {
            return Some(if comma(2) { 3 } else { 2 });
        }
        if turn && matches!(r, "بدوره" | "بدورها" | "بدورهم") {
            return Some(2);
        }
    }
    None
}

/// Particles that may come before a sentence's first verb (كما رفضت أبل التعليق قائلة، وقد
/// أكد …، ثم أوضح …). Normalized, as tokens.
const LEADS: &[&str] = &[
    "كما",
    "وكما",
    "ثم",
    "لكن",
    "ولكن",
    "بينما",
    "فيما",
    "قد",
    "وقد",
    "فقد",
    "لقد",
    "كذلك",
];

/// Where a sentence's first verb is looked for: after a topic opener and its comma, and
/// after one particle of [`LEADS`].
fn verb_start(sent: &Sent) -> usize {
    let s = after_topic_opener(sent).unwrap_or(0);
    s + usize::from(LEADS.contains(&sent.w(s)))
}

/// The complement of "it is noted that" opening the sentence (يذكر أن، ويذكر بأن، يشار إلى
/// أن): the sentence's subject follows it as it follows a verb (يذكر أن جامعة تبوك قد أوضحت
/// …، حيث أكدت أن).
fn noted(sent: &Sent) -> Option<usize> {
    let first = |r: &str| clitic_splits(sent.w(0)).any(|(c, w)| matches!(c, "" | "و") && w == r);
    if first("يذكر") && COMPLEMENTS.contains(&sent.w(1)) {
        Some(1)
    } else if first("يشار") && sent.w(1) == "الي" && COMPLEMENTS.contains(&sent.w(2)) {
        Some(2)
    } else {
        None
    }
}

/// How many sentences back a carried speaker is looked for once a party of another gender or
/// number was passed over.
const NEAR: usize = 3;

/// Words that end the run of a sentence's subject: على، إذا، هو/هي، relatives, ثم.
const RUN_STOPS: &[&str] = &[
    "علي", "اذا", "فاذا", "واذا", "وهو", "وهي", "الذي", "التي", "ثم",
];

/// The subject of the sentence as an office (before token `before`): a title right after the
/// sentence's first verb or its topic opener (مرض الملك وشعر … وقال:، من جانبه، دافع رئيس
/// البرلمان الإيراني … مؤكدا أن), or at its very start; read as [`speaker`] reads a subject.
fn title_subject(sent: &Sent, out: &Out, before: usize) -> Option<Office> {
    let s = verb_start(sent);
    let verb_like = |k: usize| {
        let w = sent.w(k);
        sent.is_word(k)
            && !w.starts_with("ال")
            && !(BARRIERS.contains(&w)
                || no_subject(w)
                || COMPLEMENTS.contains(&w)
                || sent.any(k, DATE_WORD | MONTH | ROLE))
    };
    // ووصف معالي وزير الخارجية …، مبيناً: the office after its honorifics.
    let office_at = |k: usize| {
        let h = (k..k + 3)
            .find(|&h| !HONORIFICS.contains(&sent.w(h)))
            .unwrap_or(k + 3);
        is_title(sent, h).then_some(h)
    };
    let noted = noted(sent);
    let s = noted.unwrap_or(s);
    let j = if is_title(sent, s) {
        s
    } else {
        (verb_like(s) || noted.is_some())
            .then(|| office_at(s + 1))
            .flatten()?
    };
    if j + 1 >= before {
        return None;
    }
    // The subject runs (sixteen tokens at most) to the first speech verb, punctuation (not
    // the point of د.), preposition, word with tanween or definite word past the office's
    // first two that is no nisba adjective: حتى مدرب المكسيك ميغيل هيريرا اعترف … وقال →
    // the title with the name after it; حزن الملك حزنًا شديدًا → الملك; وجدد الوزير الكندي
    // التأكيد → الوزير الكندي.
    let cap = before.min(j + 16);
    let to = (j + 1..cap)
        .find(|&k| {
            let w = sent.w(k);
            let point = w == "." && sent.w(k - 1) == "د";
            (!sent.is_word(k) && !point)
                || new_clause(sent, out, k)
                || speech_verb_at(sent, k).is_some()
                || is_barrier(sent, k)
                || RUN_STOPS.contains(&w)
                || (k > j + 1 && w.starts_with("ال") && !w.ends_with('ي') && !w.ends_with("يه"))
                // ويُرجع المؤلف تيار …: a definite office takes no genitive; an indefinite
                // word after it that is no name is the verb's object.
                || (k == j + 1
                    && sent.w(j).starts_with("ال")
                    && !w.starts_with("ال")
                    && !in_person(sent, out, k)
                    && !crate::extract::persons::is_name(w))
                || sent.any(k, DATE_WORD | MONTH)
                || sent
                    .surface(k, k + 1)
                    .contains(['\u{064B}', '\u{064C}', '\u{064D}'])
        })
        .unwrap_or(cap);
    let who = speaker(sent, out, j, to);
    (!who.english.is_empty()).then_some((
        Speaker {
            resolved: true,
            ..who
        },
        j,
        to,
    ))
}

/// An office as the sentence's subject: the speaker, the token it starts at and the token its
/// run ends at.
type Office = (Speaker, usize, usize);

/// The office [`title_subject`] found, unless the person `here` is named in or after it
/// within sixteen tokens (the office holder's own name).
fn own_office(sent: &Sent, here: Option<&Fact>, office: &Office, agree: Agree) -> Option<Speaker> {
    if !fits(agree, of_speaker(&office.0.arabic)) {
        return None;
    }
    let Some(h) = here else {
        return Some(office.0.clone());
    };
    // Up to the name: the office's words, or definite ones (رئيس لجنة … الوطنية الدكتور
    // فلان), no new clause (الملك وشعر …).
    let at = tok_at(sent, h.span.start);
    let (start, end) = (office.1, office.2);
    let clause = |k: usize| {
        let w = sent.w(k);
        w.starts_with(['و', 'ف']) && !w[2..].starts_with("ال")
    };
    if at >= start && at <= start + 16 && !(end..at).any(clause) {
        None
    } else {
        Some(office.0.clone())
    }
}

/// The speaker of a speech verb at token `before` with no subject written: the speaker of
/// an earlier quote of this sentence; else this sentence's first person named as a subject
/// before the verb (no preposition before it: not خلال لقائه الرئيس …), or with `sender`
/// (أعرب فيه عن, of a call or a cable) its nearest person (تلقى فلان اتصالا من فلان … أعرب
/// فيه); else the speaker of the document's last quote; else its last person named as a
/// subject. Every candidate must agree with the verb (`agree`: قالت not after the king,
/// قالوا not after one man; [`super::gender`]); one that does not is passed over.
pub(super) fn earlier_subject(
    sent: &Sent,
    out: &Out,
    before: usize,
    sender: bool,
    agree: Agree,
) -> Speaker {
    let limit = sent.toks[before.min(sent.len() - 1)].orig().start;
    let mut here: Option<&Fact> = None;
    let mut last_person: Option<&Fact> = None;
    // A verse or hadith quoted on the way back (قال تعالى: …).
    let mut cited = false;
    // The sentence's office as its subject, looked for once this sentence's facts are read.
    let mut office: Option<Option<Office>> = None;
    // Does person fact `f` agree with the verb?
    let agrees = |f: &Fact| {
        agree == Agree::Any
            || fits(
                agree,
                of_person(sent.text, f.span.start, f.span.slice(sent.text)),
            )
    };
    // قالوا، مشيرين: a plural subject of people in the sentence (لقد كان مختصو الاقتصاد في
    // بنك إنجلترا مرتاحين، مشيرين إلى أن).
    if matches!(agree, Agree::Plural | Agree::Dual) {
        if let Some(s) = plural_subject(sent, out, before) {
            return s;
        }
    }
    // في حين أشاد الفائز … الأستاذ حميد الشمراني …، مؤكداً أنه: the subject of the nearest
    // clause before the verb ([`super::discourse`]).
    if !sender {
        if let Some(s) = super::discourse::clause_subject(sent, out, before, agree) {
            return s;
        }
    }
    // The sentence's own subject without a person fact (an organization or a lone name after
    // its first verb), looked for once the sentence has no person subject.
    let mut own: Option<Option<Speaker>> = None;
    // Once a party was passed over for its gender or number, the one meant is near: no
    // further back than [`NEAR`] sentences (not an old fragment of the document).
    let mut passed = false;
    for f in out.facts.iter().rev().take(LOOKBACK) {
        if passed && f.sentence + NEAR < sent.index {
            break;
        }
        let this = f.sentence == sent.index;
        if this && f.span.start >= limit {
            continue;
        }
        if !this && !sender {
            if let Some(s) = office
                .get_or_insert_with(|| title_subject(sent, out, before))
                .as_ref()
                .and_then(|o| own_office(sent, here, o, agree))
            {
                return s;
            }
            // وقدمت الشركة اعتذارها قائلة، وكان مورا قد تحدث … مؤكدا: the sentence's own
            // subject comes before any party of earlier sentences.
            if here.is_none() {
                if let Some(s) = own
                    .get_or_insert_with(|| sentence_subject(sent, out, before, agree))
                    .clone()
                {
                    return s;
                }
            }
        }
        match (&f.kind, &f.detail) {
            (
                FactKind::Quote,
                Detail::Quote {
                    speaker: Some((en, ar)),
                    ..
                },
            ) => {
                // A verse or a hadith cited: the one who cited it is carried, not God.
                if SACRED.contains(&en.as_str()) {
                    cited = true;
                    continue;
                }
                // A paper's own voice speaks to an official: the verbs after it are his.
                if super::before::after_voice(sent, f) {
                    continue;
                }
                // "According to NBC News, …": a body or medium cited for a statement does not
                // go on speaking in a later sentence; a person cited does.
                if !this && f.rule == super::according::CITED && !cites_person(out, f) {
                    continue;
                }
                // A party of another gender or number (the king's words before قالت).
                if agree != Agree::Any && !fits(agree, of_speaker_memo(ar)) {
                    passed = true;
                    continue;
                }
                if this || here.is_none() {
                    return Speaker {
                        english: en.clone(),
                        arabic: ar.clone(),
                        resolved: true,
                    };
                }
                break;
            }
            // نبي الرحمة as a person: the Prophet, never the one who cites him.
            (FactKind::Person, _) if names_prophet(f.span.slice(sent.text)) => {}
            // أخرجه الإمام البخاري، رواه مسلم: a hadith's collector speaks no quote.
            (FactKind::Person, _) if collector(sent, f) => {}
            (FactKind::Person, _) if this => {
                // The sentence's first subject; for a sender, the nearest person.
                let better = here.is_none_or(|h| (f.span.start < h.span.start) != sender);
                if better
                    && !honorific_fact(sent, f)
                    && subject_like(sent, f)
                    && (sender || no_barrier_before(sent, f))
                    && agrees(f)
                {
                    here = Some(f);
                }
            }
            (FactKind::Person, _) => {
                if here.is_some() {
                    break;
                }
                if honorific_fact(sent, f) {
                    continue;
                }
                // Who cited the verse or hadith: the person named before it; the subject of
                // a speech verb whose words were not found (وقالت د. سارة عبد الحميد، كبيرة
                // الاقتصاديين …، لـ«الشرق الأوسط»: «…»): a speaker too; else the last person
                // named as a subject. Each only if of the verb's gender and number.
                // A name inside quoted words (a verse's حكيم حميد) cited nothing.
                let quoted = |f: &Fact| {
                    out.facts
                        .iter()
                        .rev()
                        .take(LOOKBACK)
                        .any(|q| q.kind == FactKind::Quote && q.span.overlaps(f.span))
                };
                // The subject of an earlier sentence's first verb (من جانبه جدد السيسي …):
                // a party named after the last quote, so the one the verb goes on about.
                let taken = (cited && subject_like(sent, f) && !quoted(f))
                    || spoken(sent, f)
                    || (opens_sentence(sent, f) && !quoted(f));
                let last = !taken && last_person.is_none() && subject_like(sent, f);
                if !(taken || last) {
                    continue;
                }
                if !agrees(f) {
                    passed = true;
                    continue;
                }
                if taken {
                    return super::governed::carried(sent, f);
                }
                last_person = Some(f);
            }
            _ => {}
        }
    }
    if !sender {
        let office = office.unwrap_or_else(|| title_subject(sent, out, before));
        if let Some(s) = office
            .as_ref()
            .and_then(|o| own_office(sent, here, o, agree))
        {
            return s;
        }
    }
    if let Some(f) = here {
        return super::governed::carried(sent, f);
    }
    // أوضحت جامعة تبوك …، حيث أكدت أن: the organization or group right after the sentence's
    // first verb (or its topic opener) is its subject, before an older person.
    if !sender {
        if let Some(s) = own.unwrap_or_else(|| sentence_subject(sent, out, before, agree)) {
            return s;
        }
    }
    last_person
        .map(|f| Speaker::of_fact(f, sent.text, true))
        .unwrap_or_default()
}

/// Verbs whose subject collected a hadith (رواه مسلم، أخرجه الإمام البخاري), in the
/// normalized text. روى is left out (a witness روى, recounted, what he saw), and so is a
/// bare أخرج (أخرج محمد نجيب: a film's director).
const COLLECTED: &[&str] = &["رواه", "رواها", "اخرجه", "اخرجها"];

/// Titles of a collector between the verb and his name (أخرجه الإمام أحمد).
const COLLECTOR_TITLES: &[&str] = &["الامام", "الحافظ"];

/// The hadith collectors, as their names are written after رواه / أخرجه (normalized, the
/// whole person fact): these verbs also tell a story or direct a film (ما رواه أحمد الغامدي
/// لـ«عكاظ»، أخرجه المخرج), whose subject may speak.
const COLLECTORS: &[&str] = &[
    "البخاري",
    "مسلم",
    "الترمذي",
    "ابو داود",
    "النسائي",
    "ابن ماجه",
    "احمد",
    "ابن حبان",
    "الدارمي",
    "مالك",
    "الحاكم",
    "الطبراني",
    "البيهقي",
];

/// Is person fact `f` a hadith's collector: one of [`COLLECTORS`] right after رواه / أخرجه
/// (through و/ف), with at most a title between (الحديث أخرجه الإمام البخاري في صحيحه)? He
/// is no speaker candidate and is not carried to a later speech verb (session 27:
/// snn_aleqtisadiya_043's preacher).
pub(super) fn collector(sent: &Sent, f: &Fact) -> bool {
    if !COLLECTORS.contains(&norm_of(sent, f.span)) {
        return false;
    }
    let (head, _) = text_before(sent, f);
    let mut words = head
        .split(char::is_whitespace)
        .rev()
        .filter(|w| !w.is_empty());
    let mut w = words.next();
    if w.is_some_and(|w| COLLECTOR_TITLES.contains(&w)) {
        w = words.next();
    }
    w.is_some_and(|w| {
        clitic_splits(w).any(|(c, r)| matches!(c, "" | "و" | "ف") && COLLECTED.contains(&r))
    })
}

/// The sentence's own subject when no person fact is: an organization or group
/// ([`org_subject`]), else a lone name ([`name_subject`]).
fn sentence_subject(sent: &Sent, out: &Out, before: usize, agree: Agree) -> Option<Speaker> {
    org_subject(sent, out, before, agree).or_else(|| name_subject(sent, out, before, agree))
}

/// Words after which the subject comes straight away (كان، أما), through و/ف.
const SUBJECT_FIRST: &[&str] = &["كان", "كانت", "اما"];

/// One to three words that can only be a name (the first a name of the name lexicon) right
/// after the sentence's first word, if that is a verb, كان or أما (after a topic opener or a
/// و written apart), before token `before`, and ending the subject (punctuation or a number,
/// a preposition or ل, قد, a verb): the sentence's subject (و أعترف عماد لـ«سبق» …، وقال؛
/// وكان مورا قد تحدث …، مؤكدا؛ أما كريم 32 عاما قال). The full name when a person named
/// before has it as a later word; it must agree with the verb.
fn name_subject(sent: &Sent, out: &Out, before: usize, agree: Agree) -> Option<Speaker> {
    let mut s = verb_start(sent);
    if sent.w(s) == "و" {
        s += 1;
    }
    let w = sent.w(s);
    let first =
        clitic_splits(w).any(|(c, r)| matches!(c, "" | "و" | "ف") && SUBJECT_FIRST.contains(&r));
    let verb = first
        || sent.has(s, VERB)
        || (sent.is_word(s)
            && !w.starts_with("ال")
            && !(BARRIERS.contains(&w) || no_subject(w) || COMPLEMENTS.contains(&w)));
    let from = s + 1;
    if !verb || from >= before || !crate::extract::persons::is_name(sent.w(from)) {
        return None;
    }
    let mut e = from;
    // A pronoun after the name (أما أرسطو فهو يرى) ends it.
    let pronoun = |k: usize| {
        clitic_splits(sent.w(k))
            .any(|(c, r)| matches!(c, "" | "و" | "ف") && matches!(r, "هو" | "هي" | "هم"))
    };
    while e < before && e < from + 3 && name_word(sent, e) && !pronoun(e) {
        e += 1;
    }
    let next = sent.w(e);
    let ends = e == before
        || !sent.is_word(e)
        || is_barrier(sent, e)
        || next.starts_with('ل')
        || matches!(next, "قد" | "لقد")
        || pronoun(e)
        || sent.has(e, VERB);
    if e == from || !ends {
        return None;
    }
    let who = match named_person(sent, out, sent.w(from)).filter(|_| e == from + 1) {
        Some(p) => p,
        None => {
            let arabic = sent.surface(from, e).to_string();
            Speaker {
                english: arabic.clone(),
                arabic,
                resolved: true,
            }
        }
    };
    fits(agree, of_speaker(&who.arabic)).then_some(who)
}

/// The organization or group fact that starts right after the sentence's first word, a verb
/// (or after its topic opener), before token `before`, if it agrees with the verb: the
/// sentence's subject (أوضحت جامعة تبوك …، حيث أكدت أن); without a fact, an organization's
/// head or a noun that heads subjects of speech (معهد بحثي أمريكي، التقرير، الصحف المغربية).
fn org_subject(sent: &Sent, out: &Out, before: usize, agree: Agree) -> Option<Speaker> {
    let noted = noted(sent);
    let s = noted.unwrap_or_else(|| verb_start(sent));
    let verb = noted.is_some() || sent.has(s, VERB) || {
        let w = sent.w(s);
        sent.is_word(s)
            && !w.starts_with("ال")
            && !(BARRIERS.contains(&w) || no_subject(w) || COMPLEMENTS.contains(&w))
    };
    if !verb || s + 1 >= before {
        return None;
    }
    let at = sent.toks[s + 1].orig().start;
    let fact = out
        .sentence_facts(sent.index)
        .find(|f| f.span.start == at && matches!(f.kind, FactKind::Org | FactKind::Group));
    let who = match fact {
        Some(f) if f.span.end <= sent.toks[before].orig().start => {
            Speaker::of_fact(f, sent.text, true)
        }
        Some(_) => return None,
        // Without a fact: an organization's head noun and what it governs (جامعة تبوك), or
        // a noun that heads subjects of speech — a report, papers, sources (ونبه التقرير …
        // لافتا إلى أن؛ أولت الصحف المغربية … مشيرة إلى أن).
        None => {
            let r = sent.w(s + 1);
            let bare = r.strip_prefix("ال").unwrap_or(r);
            if !(super::refer::is_org_head(bare) || word_bits(bare) & SUBJECT_NOUN != 0) {
                return None;
            }
            // A time after the subject ends it (وشكك معهد بحثي أميركي بارز أول من أمس).
            let end = (s + 2..before.min(s + 6))
                .find(|&k| {
                    !sent.is_word(k)
                        || is_barrier(sent, k)
                        || matches!(sent.w(k), "قد" | "لقد")
                        || sent.any(k, DATE_WORD | MONTH)
                        || (sent.w(k) == "اول" && sent.w(k + 1) == "من")
                })
                .unwrap_or(before.min(s + 6));
            let who = speaker(sent, out, s + 1, end);
            Speaker {
                resolved: true,
                ..who
            }
        }
    };
    (!who.english.is_empty() && fits(agree, of_speaker(&who.arabic))).then_some(who)
}

/// Is person fact `f` the subject of a speech verb: a speech verb at most four words before
/// it, with titles or other words but no punctuation, complement or preposition between
/// (وقالت د. سارة عبد الحميد، وقال وزير المالية فلان)? Read in the normalized text.
fn spoken(sent: &Sent, f: &Fact) -> bool {
    let text = &sent.norm.text;
    let p = sent.norm.map.norm_start(f.span.start);
    let mut lo = p.saturating_sub(96);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let classes = crate::extract::word_classes();
    for w in text[lo..p]
        .split(char::is_whitespace)
        .rev()
        .filter(|w| !w.is_empty())
        .take(5)
    {
        if w == "د." {
            continue;
        }
        if !w.chars().all(letter) || BARRIERS.contains(&w) || COMPLEMENTS.contains(&w) {
            return false;
        }
        if classes.of(w.as_bytes()) & VERB != 0 && speech_verb_word(w) {
            return true;
        }
    }
    false
}

/// How many words a sentence's subject may stand after its first verb: the title words
/// before the name (جدد الرئيس المصري عبد الفتاح السيسي).
const OPENING_TITLE: usize = 3;

/// Words that open a sentence as a verb would, but are nouns or prepositions whose person is
/// no subject (وبحضور الأمير …، وبرعاية …، وفق …).
const NOUN_OPENERS: &[&str] = &[
    "بحضور",
    "برعايه",
    "بمشاركه",
    "بتوجيه",
    "بتوجيهات",
    "بدعوه",
    "بحسب",
    "حسب",
    "وفق",
    "وفقا",
    "لدي",
    "عند",
    "اثر",
    "اثناء",
    "ازاء",
    "بين",
    "منذ",
    "حيث",
    "كما",
    "لكن",
    "اما",
];

/// The normalized text of up to 160 bytes before fact `f` (from a character boundary), where
/// a subject or honorific before it is looked for, and whether it reaches back to the
/// document's start.
pub(super) fn text_before<'s>(sent: &'s Sent, f: &Fact) -> (&'s str, bool) {
    let text = &sent.norm.text;
    let p = sent.norm.map.norm_start(f.span.start);
    let mut lo = p.saturating_sub(160);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    (&text[lo..p], lo == 0)
}

/// Is person fact `f` the subject of its sentence's first verb: the sentence (after a topic
/// opener, من جانبه، / بدوره،) opens with a word that can be a verb, then up to
/// [`OPENING_TITLE`] definite or role words, then the name (من جانبه جدد السيسي موقف مصر،
/// واستقبل وزير الخارجية عادل الجبير …)? Read in the normalized text, back to the sentence's
/// start (a full stop or a line break; not a quotation's end: أخرجه الإمام أحمد after a
/// hadith is no subject).
pub(super) fn opens_sentence(sent: &Sent, f: &Fact) -> bool {
    let (head, _) = text_before(sent, f);
    let Some(b) = head.rfind(['.', '!', '?', '؟', '\n']) else {
        return false;
    };
    let trim = |w: &'_ str| -> String { w.trim_end_matches([',', '،']).to_string() };
    // وكانت «توشيبا» كلفت: quotation marks around the subject are no words.
    let mark = |w: &&str| w.chars().all(|c| matches!(c, '«' | '»' | '"' | '“' | '”'));
    let mut words: Vec<&str> = head[b + 1..]
        .split_whitespace()
        .filter(|w| !mark(w))
        .collect();
    // The topic opener and its comma (or none: من جانبه جدد السيسي).
    let opener = match words.as_slice() {
        [a, b, ..]
            if matches!(a.trim_start_matches('و'), "من")
                && TOPIC_SIDES.contains(&trim(b).as_str()) =>
        {
            2
        }
        [a, ..]
            if a.ends_with([',', '،'])
                && matches!(trim(a).trim_start_matches('و'), "بدوره" | "بدورها") =>
        {
            1
        }
        _ => 0,
    };
    words.drain(..opener);
    // وفي خطاب متلفز، أول من أمس، أقر الرئيس الكيني فلان: a circumstance set off by commas
    // before the verb; the verb opens the words after its last comma.
    if words
        .first()
        .is_some_and(|w| CIRCUMSTANCES.contains(&w.trim_start_matches('و')))
    {
        if let Some(c) = words.iter().rposition(|w| w.ends_with([',', '،'])) {
            words.drain(..=c);
        }
    }
    // فيما اعتبر …، وقد أكد …: a particle before the verb.
    if words.first().is_some_and(|w| LEADS.contains(w)) {
        words.remove(0);
    }
    let Some((verb, titles)) = words.split_first() else {
        return false;
    };
    let classes = crate::extract::word_classes();
    let plain = |w: &str| w.chars().all(letter);
    // A noun, a preposition, a definite word, a date: no verb.
    let not_verb = NOUN_OPENERS.contains(&verb.trim_start_matches('و'))
        || verb.starts_with("ال")
        || verb.starts_with("وال")
        || BARRIERS.contains(verb)
        || no_subject(verb)
        || COMPLEMENTS.contains(verb)
        || classes.of(verb.as_bytes()) & (DATE_WORD | MONTH) != 0;
    let verb_like = plain(verb) && !not_verb;
    let role = |w: &str| classes.of(w.as_bytes()) & ROLE != 0;
    let short = titles.len() <= OPENING_TITLE
        && titles
            .iter()
            .all(|w| plain(w) && (w.starts_with("ال") || role(w)) && !BARRIERS.contains(w));
    // فيما اعتبر وكيل جامعة طيبة للتطوير والجودة الدكتور فلان: an office that opens with a
    // person's noun (وكيل، رئيس، مدير) and ends with a title word, up to [`OPENING_OFFICE`]
    // words of it.
    let office = || {
        titles.len() <= OPENING_OFFICE
            && titles
                .first()
                .is_some_and(|w| word_bits(w.trim_start_matches("ال")) & PERSON_NOUN != 0)
            && titles
                .last()
                .is_some_and(|w| role(w) || w.starts_with("ال"))
            && titles.iter().all(|w| {
                plain(w)
                    && !(BARRIERS.contains(w) || COMPLEMENTS.contains(w) || no_subject(w))
                    && !speech_verb_word(w)
            })
    };
    verb_like && (short || office())
}

/// Prepositions and times that open a circumstance before a sentence's first verb (وفي خطاب
/// متلفز، …، أقر; وخلال اللقاء، أكد). Normalized, without و.
const CIRCUMSTANCES: &[&str] = &[
    "في", "خلال", "بعد", "عقب", "قبل", "امام", "علي", "امس", "منذ",
];

/// How many words an office may run between a sentence's first verb and its person when
/// it opens with a person's noun (وكيل، رئيس، مدير).
const OPENING_OFFICE: usize = 8;

/// Is the normalized word `w` a speech verb (through و/ف)?
fn speech_verb_word(w: &str) -> bool {
    clitic_splits(w).any(|(c, r)| matches!(c, "" | "و" | "ف") && super::is_verb(r))
}

/// Is there no barrier word (a preposition, بعد، خلال …) in the sentence before fact `f`?
fn no_barrier_before(sent: &Sent, f: &Fact) -> bool {
    !(0..tok_at(sent, f.span.start)).any(|k| BARRIERS.contains(&sent.w(k)))
}

/// How many tokens before a plural verb [`plural_subject`] reads.
const PLURAL_BACK: usize = 30;

/// The first plural subject of people in the sentence before token `before` (up to
/// [`PLURAL_BACK`] tokens back, after the last speech verb with a subject): a plural noun
/// ([`people_head`]) with the definite word it governs (منظمو المدينة الشبابية، مختصو
/// الاقتصاد) and a place or body after في (في بنك إنجلترا), or with the plural adjectives
/// after it (معارضون سوريون). As written, without و/ف.
fn plural_subject(sent: &Sent, out: &Out, before: usize) -> Option<Speaker> {
    let from = before.saturating_sub(PLURAL_BACK);
    // أبدى عدد من أصحاب الشركات: "a number of" heads a subject of people before من, as
    // the first or second word of its clause (not the object of a noun: استشهاد عدد من …).
    let clause_start = |k: usize| k == 0 || !sent.is_word(k - 1);
    let number_of = |k: usize| {
        clitic_splits(sent.w(k)).any(|(c, r)| matches!(c, "" | "و" | "ف") && r == "عدد")
            && sent.w(k + 1) == "من"
            && k + 2 < before
            && (clause_start(k) || clause_start(k - 1))
    };
    let k = (from..before).find(|&k| {
        sent.is_word(k)
            && !(k > 0 && (is_barrier(sent, k - 1) || matches!(sent.w(k - 1), "علي" | "من")))
            && (people_head(sent.w(k)).is_some() || number_of(k))
    })?;
    let (construct, mut end) = match people_head(sent.w(k)) {
        Some(c) => (c, k + 1),
        None => (true, k + 2),
    };
    // A construct runs on over indefinite words to the first definite one (سكان قرى غرب
    // القصيم، عشرات المتظاهرين، عدد من أصحاب شركات حجاج الداخل).
    if construct {
        while end < before
            && end < k + 6
            && sent.is_word(end)
            && !is_barrier(sent, end)
            && speech_verb_at(sent, end).is_none()
            && !COMPLEMENTS.contains(&sent.w(end))
        {
            end += 1;
            if sent.w(end - 1).starts_with("ال") {
                break;
            }
        }
    }
    while end < before
        && end < k + 4
        && sent.is_word(end)
        && (sent.w(end).ends_with("ون") || sent.w(end).ends_with("ين"))
        && speech_verb_at(sent, end).is_none()
    {
        end += 1;
    }
    // في بنك إنجلترا: a body or place fact right after في.
    if end + 1 < before && matches!(sent.w(end), "في" | "ب") {
        let at = sent.toks[end + 1].orig().start;
        if let Some(f) = out
            .sentence_facts(sent.index)
            .find(|f| f.span.start == at && matches!(f.kind, FactKind::Org | FactKind::Place))
        {
            end = tok_at(sent, f.span.end.saturating_sub(1)) + 1;
        }
    }
    let w = sent.w(k);
    let clitic = usize::from(w.starts_with(['و', 'ف']) && people_head(&w[2..]).is_some()) * 2;
    let start = sent.toks[k].norm().start + clitic;
    let arabic = sent
        .norm_span(start, sent.toks[end - 1].norm().end)
        .slice(sent.text)
        .to_string();
    Some(Speaker {
        english: arabic.clone(),
        arabic,
        resolved: true,
    })
}

/// Is the speaker of quote `f` a person fact of its sentence (its Arabic inside one)?
fn cites_person(out: &Out, f: &Fact) -> bool {
    let Detail::Quote {
        speaker: Some((_, ar)),
        ..
    } = &f.detail
    else {
        return false;
    };
    let text = out.sent.text;
    out.facts
        .iter()
        .rev()
        .skip_while(|p| p.sentence > f.sentence)
        .take_while(|p| p.sentence == f.sentence)
        .any(|p| {
            let name = p.span.slice(text);
            p.kind == FactKind::Person && (name.contains(ar.as_str()) || ar.contains(name))
        })
}
