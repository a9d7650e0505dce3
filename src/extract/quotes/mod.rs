//! Quotes and attribution.
//!
//! **In:** a tokenized sentence, after entities (so a speaker can be a person or organization
//! fact), and the facts of the document's earlier sentences (an unnamed speaker is carried
//! from them). **Out:** `quote` facts: direct quotes in «…» or "…" and reported speech, with
//! the speaker (value), the verb in English and the source the words came through (detail).
//!
//! * A speech verb (table [`VERBS`]: قال، أضاف، أكد، أعلن، ذكر، حذر، أشار، لفت، نفى، أوضح،
//!   بيّن، كشف، زعم، اعتبر، اعترف، يرى، تابع، أفاد، شدد، أعرب/عبّر عن …, in past and present,
//!   singular and plural, and participles مشيراً، مؤكداً، قائلاً، مبيناً، لافتاً …, and بقوله)
//!   followed within sixteen tokens by `:`, إن/أن/بأن or a «…» quotation (names in guillemets
//!   are passed over) opens an attribution; أشار/لفت إلى + a noun is reported speech too (واشارت
//!   الوزارة الى وجود طفلين). Words that are speech verbs only at the head of a clause (وبيّن،
//!   وعبّر عن، وكتب، وتابع) count only with و/ف after a sentence start or punctuation.
//! * The speaker ([`speaker`]) is the subject after the verb: the person, organization or
//!   group fact that starts it; after a title the person wins over the organization in the
//!   title (وأكد المسؤول الإعلامي لحزب العمال الكردستاني بختيار دوغان → the person), also past
//!   a place or body in the office (في سوريا، لدى مصر; not في كلمته) or sixteen tokens. Not after
//!   بعد/خلال/مع/في …: "وقال خلال مؤتمر صحفي بعد لقائه الرئيس حسني مبارك إن" is not
//!   Mubarak's. Agencies and addressees are never the subject (وقال … لوكالة انترفاكس، قال
//!   لرويترز). Without a fact: a title or noun phrase (نائب محافظ منطقة موسكو، المتحدث باسم
//!   الوزارة، البيان → "the statement"); a bare definite noun (الوزارة، الجامعة) is the
//!   organization named before it in the document (وزارة الطوارئ); an office alone (الوزير
//!   الكندي) the person named with it before, unless two were ([`refer::office_holder`]); a
//!   name set off by a comma before an office (أشار بن برنانكي، رئيس …) that name.
//!   A paper, site, document, figures or a group heads a subject too (وذكرت سجلات إدارة
//!   الإصلاحيات، وأفاد موقع "السورية نت"، أشارت بعض وسائل الإعلام: `words::SUBJECT_NOUNS`);
//!   a name before an office without the article (أكد بدرو كالوخا رئيس …) that name; بان
//!   that starts a person (بان كي مون) is no complement; a name the person rules miss right
//!   after an office's body (المتحدثة باسم البنتاغون اليسا سميث) that name, not the body;
//!   two holders of an office or two bodies in the construct dual with the word it governs
//!   (وقال حاكما الولايتين، وقالت هيئتا تحرير: [`group`]). A paper in quotation marks after
//!   ل right after the verb is passed over to the subject (وقال لـ"الاقتصادية" فلان).
//! * Writing (كتب، يكتب) opens words anywhere when a colon and a quotation follow its subject
//!   (كتب ويليان ويرانتو، خبير …: "…"); elsewhere only at a clause's head with و/ف.
//! * Subject before the verb: `أما فلان فيقول <clause>`, `فلان يقول <clause>`; a body that
//!   opens a clause, set off by a comma or a relative, for a verb without و up to 24 tokens on
//!   (وزارة التعليم التي بدت …، أكّدت أن); a name with no fact set off by an office or أحد
//!   (جريجور ماكلنتوش، رئيس …، يشير إلى أن؛ أحمد المقبل احد سكان الحي قال); a paper's own
//!   voice, one name opening its line before تقول/يقول and a colon, straight or after one
//!   addressee (`"سبق" تقول للمسؤول:`), whose column the carry then passes over (a later
//!   "you said" is the official's).
//! * An office or أحد before a body, no person in the subject (وقال رئيس الاتحاد …، رئيس
//!   مجلس تشخيص مصلحة النظام قال): the office speaks, not the body ([`office`]).
//! * An honorific pronoun as subject (وقال سموه، وأضاف معاليه): the last quote's speaker,
//!   else the last person named with that honorific as a sentence's subject (حث صاحب السمو
//!   الأمير فلان), not the last person named ([`honored`]).
//! * `ويقول فلان <clause>` without إن: the clause after the name.
//! * With no subject written (وأضاف:، وتابع، مؤكداً أن، وقال خلال …، وقال إن) the speaker is
//!   carried ([`carry::earlier_subject`]): the person who is the subject of the nearest clause
//!   before the verb ([`discourse`]: في حين أشاد الفائز … فلان …، مؤكداً), else the speaker of
//!   an earlier quote of the same sentence, else the sentence's own subject: a person, an
//!   office right after its first verb (after a particle: كما رفضت أبل التعليق قائلة; after
//!   honorifics: ووصف معالي وزير الخارجية … مبيناً) or topic opener, with or without its
//!   comma (حتى مدرب المكسيك فلان اعترف بالخطأ، وقال «…»؛ من جانبه، دافع رئيس البرلمان …
//!   مؤكداً أن؛ من جهته أثنى سفير سلطنة عمان …، وقال), or a body after يذكر أن (يذكر أن جامعة
//!   تبوك قد أوضحت …، حيث أكدت), else the last quote speaker of the document
//!   unless a person was named after it as the subject of a sentence's first verb (من جانبه
//!   جدد السيسي … وشدد; also after a circumstance set off by commas: وفي خطاب متلفز، …، أقر
//!   الرئيس فلان), else its last person named as a subject (`detail.speaker_resolved`). A
//!   body, paper or report right after the first verb is the sentence's subject too (وشكك
//!   معهد بحثي أمريكي … قائلا؛ أولت الصحف المغربية … مشيرة). A plural verb opening a
//!   sentence that the carry finds no one for (وأشاروا في البرقية إلى، كما أعربوا عن): the
//!   plural of people the sentence before has as its subject (أبرق عدد من علماء وأعيان
//!   الأحساء …; past a sentence that opens with a plural verb of its own: [`prior`]).
//! * The words open within sixteen tokens of the verb, twelve more after a person named as
//!   its subject (a long title or an aside); a «…» quotation right after أن or a colon takes
//!   the speech verb up to forty tokens before it (وحذر الخبير …، فلان، لوكالة …، من أن «…»).
//! * The quoted span is the «…» quotation that starts right after (within three tokens), or,
//!   without one, the reported clause up to the end of the sentence or the next speech verb
//!   after a comma.
//! * A «…» quotation followed by a speech verb («…»، قال فلان / وأضاف) takes its speaker from
//!   after it, also from the next sentence's هكذا/بتلك النصائح + verb + subject («…».. هكذا
//!   تعرف الأخصائية فلانة); else it is a quote without speaker unless a label (under five words, no stop or
//!   comma inside: «طالبان»، «حذر»، «بي بي سي», `quotation`), nor is one right after a noun
//!   that names it (فريق، شعار، بعنوان، مسرحية، مؤسسة، تشكيل «…»: `quotation`). One right
//!   after وأن that follows a quote of the sentence (أن «…»، وأن «…») keeps that quote's
//!   speaker; one after مشيدا ب… (مشيدا بالموقف «…») is the carried subject's praise.
//! * Words quoted inside words belong to who first said them, as a news reader attributes
//!   them ([`cited`]): a hadith a preacher quotes is the Prophet's (عن ابن عمر أن النبي …
//!   قال: «…»), "X said: Y said: «…»" is Y's; the preacher's words around it stay his, and a
//!   title of the Prophet written as a person (نبي الرحمة) is never carried to them. A
//!   quotation without a verb of the tables takes a speaker named around it: عن فلان قوله
//!   «…» (also with commas setting off the party's office after نقل … عن: عن تيم مانينج، نائب
//!   مدير …، قوله: "…"), «…»، بهذه الكلمات/هكذا + verb + subject، ما وصفه/تسميه فلان بـ«…»;
//!   the reported clause after نقلت/نقل … عن فلان قوله إن / قوله: is فلان's, the paper or
//!   channel is the source (rule `quote.relayed`); بالقول takes
//!   the subject of its clause's verb (ومضت المصادر بالقول إن).
//! * A sentence that opens with "according to" and gives the words after فإن (بحسب السلطات
//!   في أوهايو فإن …، وبحسب ما ذكرته الشرطة، فإنه …، ووفقا لتقارير اقتصادية فإن …): the clause
//!   after فإن is the words of the party after the marker, or of the verb's subject after ما
//!   ([`according`]); a measure (وطبقا لمؤشر …) and a marker without a party give none.
//!   Without فإن, the words after the comma that ends the party (ووفقا للوكالة النووية
//!   اليابانية، تم رصد …؛ بحسب ما ذكرته د. ميرجادي، كانت …), or a quotation right after it
//!   (وبحسب مصادر سورية معارضة «…»): rule `quote.according-cited`; a body or medium cited so is
//!   not carried to a later sentence's verb without a subject, a person is. "According to"
//!   right after a verb opens no subject (وقال وفقا لنص المؤتمر الصحفي: no speaker written).
//! * A quotation that is its whole sentence and starts a line takes its speaker from the line
//!   before ([`line_before`], rule `quote.line-before`): a speech verb, its subject and a colon
//!   end that line (يقول الدكتور فلان: ⏎ «…»), or a quote of a known speaker does (a second
//!   quoted paragraph goes on with the same words).
//! * `كان <subject> قد <verb>` mid-sentence names the subject before the verb (فإن كان صندوق النقد قد أكد أن).
//! * Agencies, papers and channels the words come through (بحسب «رويترز»، لوكالة رويترز،
//!   نقلا عن صحيفة …) are `detail.source`, not the speaker — unless nothing else is, or the
//!   paper is the verb's own subject with its name (وذكرت صحيفة "إكسبريس" أن، وأشارت صحيفة
//!   «نوفوستي» إلى أن: the paper, not "the newspaper"; not before عن/نقلا عن, where the
//!   person it quotes speaks). A source's name ends before عن, a day or بمناسبة (ونقلت وكالة
//!   فارس للأنباء اليوم السبت عن → وكالة فارس للأنباء); an agency named by its adjective alone
//!   (بحسب "الألمانية"، الفرنسية، الأناضول) speaks in English as the agency (dpa, not German).
//!
//! Cost: one pass over a sentence's tokens per speech verb found (bounded windows); the carry
//! looks back over at most [`speaker::LOOKBACK`] facts, so any document stays linear.
//!
//! Not done: quotes across sentences (but a line's speaker before its quotation, above),
//! quotes in parentheses, translation.

mod according;
#[cfg(test)]
mod according_tests;
mod bare_clause;
mod before;
#[cfg(test)]
mod body_tests;
mod carry;
mod cited;
#[cfg(test)]
mod cited_tests;
#[cfg(test)]
mod collector_tests;
mod discourse;
#[cfg(test)]
mod discourse_tests;
mod display;
mod english;
mod gender;
mod governed;
mod group;
#[cfg(test)]
mod heads_tests;
mod honored;
#[cfg(test)]
mod impersonal_tests;
mod line_before;
#[cfg(test)]
mod line_before_tests;
mod office;
#[cfg(test)]
mod office_tests;
#[cfg(test)]
mod opening_tests;
#[cfg(test)]
mod own_subject_tests;
#[cfg(test)]
mod papers_tests;
mod prior;
mod quotation;
mod refer;
mod sacred;
#[cfg(test)]
mod second_tests;
mod source;
mod speaker;
#[cfg(test)]
mod subject_tests;
mod tail;
#[cfg(test)]
mod tests;
mod verbs;
#[cfg(test)]
mod voice_tests;
mod words;

use super::{clitic_splits, Detail, FactKind, FxMap, Kind, Out, Sent, VERB};
use bare_clause::subject_then_clause;
use before::{
    according_to, amma_subject, as_said, kana_subject, opening_subject, pronoun_subject, push_said,
    someone, subject_before, topic_before,
};
use carry::earlier_subject;
#[cfg(test)]
use display::display;
use display::{in_english, push_display};
use gender::Agree;
use quotation::{is_quotation, quotations};
use source::source_in;
pub(crate) use source::source_words;
use speaker::{speaker, Speaker};
use verbs::{verb_row, verb_rows, MORE_VERBS};
pub(crate) use words::is_subject_noun;

/// Speech verbs: `(normalized form without proclitics, (english, has its own subject))`.
const VERBS: &[(&str, (&str, bool))] = &[
    ("قال", ("said", true)),
    ("قالت", ("said", true)),
    ("يقول", ("says", true)),
    ("تقول", ("says", true)),
    ("اضاف", ("added", true)),
    ("اضافت", ("added", true)),
    ("اكد", ("stressed", true)),
    ("اكدت", ("stressed", true)),
    ("اعلن", ("announced", true)),
    ("اعلنت", ("announced", true)),
    ("ذكر", ("stated", true)),
    ("ذكرت", ("stated", true)),
    ("حذر", ("warned", true)),
    ("حذرت", ("warned", true)),
    ("اشار", ("pointed out", true)),
    ("اشارت", ("pointed out", true)),
    ("نفي", ("denied", true)),
    ("نفت", ("denied", true)),
    ("اوضح", ("explained", true)),
    ("اوضحت", ("explained", true)),
    ("افاد", ("reported", true)),
    ("افادت", ("reported", true)),
    ("شدد", ("stressed", true)),
    ("شددت", ("stressed", true)),
    ("جاء", ("stated", true)),
    ("اعرب", ("expressed", true)),
    ("اعربت", ("expressed", true)),
    ("يقولون", ("say", true)),
    ("قالوا", ("said", true)),
    ("اكدوا", ("stressed", true)),
    ("اشاروا", ("pointed out", true)),
    ("يضيف", ("adds", true)),
    ("تضيف", ("adds", true)),
    ("يؤكد", ("stresses", true)),
    ("تؤكد", ("stresses", true)),
    ("يوضح", ("explains", true)),
    ("توضح", ("explains", true)),
    ("اضافه", ("adding", false)),
    ("مشيرا", ("pointing out", false)),
    ("مشيره", ("pointing out", false)),
    ("مؤكدا", ("stressing", false)),
    ("مؤكده", ("stressing", false)),
    ("قائلا", ("saying", false)),
    ("قائله", ("saying", false)),
    ("مضيفا", ("adding", false)),
    ("مضيفه", ("adding", false)),
    ("موضحا", ("explaining", false)),
    ("موضحه", ("explaining", false)),
    ("محذرا", ("warning", false)),
    ("محذره", ("warning", false)),
];

/// Words that open the reported clause.
pub(crate) const COMPLEMENTS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "بان",
    "بانه",
    "بانها",
    "انهم",
    "بانهم",
    "اننا",
    "انني",
    "باننا",
];

/// Words that make أن a connective, not the opening of reported words: كما أن (as well),
/// إلا أن (but), رغم أن، بعد أن، قبل أن، منذ أن، غير أن.
#[rustfmt::skip]
const CONNECTIVES: &[&str] = &["كما", "الا", "رغم", "بالرغم", "بعد", "قبل", "منذ", "غير", "لو"];

/// Is `w` one of [`CONNECTIVES`], with or without و/ف (وقبل أن، فبعد أن)?
fn connective(w: &str) -> bool {
    CONNECTIVES.contains(&w)
        || w.strip_prefix(['و', 'ف'])
            .is_some_and(|r| CONNECTIVES.contains(&r))
}

/// Is the verb at `i` يشير/تشير "indicates" rather than "points out": after ما، مما، التي،
/// الذي (مما يشير إلى ازدهار …، والصور التي تشير إلى وجود عنف)?
pub(super) fn indicates(sent: &Sent, i: usize, verb: &str) -> bool {
    if verb != "points out" || i == 0 {
        return false;
    }
    if matches!(
        sent.w(i - 1),
        "ما" | "مما" | "بما" | "التي" | "الذي" | "وهو" | "وهي"
    ) {
        return true;
    }
    // فإن مكونات النمو تشير إلى متانة …: a present تشير/يشير without و, after a word that
    // heads no subject of speech (no source, office or subject noun, no name), pointing to a
    // noun rather than to أن: things indicate, they do not speak.
    matches!(sent.w(i), "يشير" | "تشير")
        && sent.w(i + 1) == "الي"
        && !COMPLEMENTS.contains(&sent.w(i + 2))
        && sent.is_word(i - 1)
        && !before::subject_head(sent.w(i - 1))
        && !speaker::name_word(sent, i - 1)
}

/// Relative pronouns: a clause about the subject may follow it before the words.
const RELATIVES: &[&str] = &["الذي", "التي", "الذين"];

/// Does token `k` follow a name: a closing quotation mark, a comma, or the end of a fact of
/// this sentence (a person, organization, group or place)?
fn after_name(sent: &Sent, out: &Out, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    if sent.is_quote(k - 1) || matches!(sent.w(k - 1), "," | "،") {
        return true;
    }
    let end = sent.toks[k - 1].orig().end;
    out.sentence_facts(sent.index).any(|f| {
        f.span.end == end
            && matches!(
                f.kind,
                FactKind::Person | FactKind::Org | FactKind::Group | FactKind::Place
            )
    })
}

/// Offices that take على (the supervisor of, the one in charge of): after أكد, their على is
/// no "stressed on" (`match` folding).
const OFFICE_ALA: &[&str] = &[
    "المشرف",
    "المشرفه",
    "القائم",
    "القائمه",
    "المشرفون",
    "القائمون",
];

/// What an attribution verb (أرجع، عزا) attributes, before إلى: ذلك، السبب، الأمر.
const THAT: &[&str] = &["ذلك", "السبب", "الامر", "هذا", "سبب"];

/// "In it" (the call, the cable) right after a verb: أعرب فيه عن، أدان خلاله. The speaker is
/// the sender named just before.
const IN_IT: &[&str] = &["فيه", "فيها", "خلاله", "خلالها"];

/// A speech verb of [`VERBS`] at token `i`: `(english, has subject)`. For people and
/// entities; quotes read [`speech_verb_at`].
#[inline]
pub(crate) fn verb_at(sent: &Sent, i: usize) -> Option<(&'static str, bool)> {
    if !sent.has(i, VERB) {
        return None;
    }
    verb_row(sent, i)
        .filter(|r| !r.more)
        .map(|r| (r.english, r.subject))
}

/// A speech verb of [`VERBS`] or [`MORE_VERBS`] at token `i`: `(english, has subject)`.
#[inline]
pub(super) fn speech_verb_at(sent: &Sent, i: usize) -> Option<(&'static str, bool)> {
    if !sent.has(i, VERB) {
        return None;
    }
    verb_row(sent, i).map(|r| (r.english, r.subject))
}

/// What a subject carried to the speech verb at token `i` must agree with ([`Agree::Any`]
/// for no verb).
/// Does a plural speech verb at `i` open the sentence, alone or after كما/ثم/قد (وأشاروا،
/// كما أعربوا عن)?
fn opens_plural(sent: &Sent, i: usize) -> bool {
    agree_at(sent, i) == Agree::Plural
        && (0..i).all(|k| matches!(sent.w(k), "كما" | "ثم" | "قد" | "وقد" | "فقد"))
}

fn agree_at(sent: &Sent, i: usize) -> Agree {
    verb_row(sent, i).map_or(Agree::Any, |r| r.agree)
}

/// Is `w` (normalized, without proclitics) a speech verb of the tables (not a clause-head-only
/// word)?
fn is_verb(w: &str) -> bool {
    verb_rows().get(w).is_some_and(|r| !r.clause_only)
}

/// Is the normalized word `w` itself a speech verb, without و/ف (يرى، أكدت)?
fn bare_verb(w: &str) -> bool {
    verb_rows().contains_key(w)
}

/// Is the verb at `i` عبّر (expressed), whose words are only what follows عن?
fn is_abbar(sent: &Sent, i: usize) -> bool {
    clitic_splits(sent.w(i)).any(|(_, r)| matches!(r, "عبر" | "عبرت"))
}

/// Where the words after a speech verb at `i` begin, if within sixteen tokens: `(the token
/// before them, where the subject ends)` — `:`, the complement, عن or إلى (the subject ends
/// there), or the token before a «…» quotation (the subject ends with it).
fn opening(
    sent: &Sent,
    out: &Out,
    quotes: &[(usize, usize)],
    i: usize,
    verb: &str,
) -> Option<(usize, usize)> {
    let n = sent.len();
    let only_an = verb == "expressed" && is_abbar(sent, i);
    let mut skip_to = 0;
    let mut that = None;
    let mut limit = (i + 17).min(n);
    let mut relative = false;
    let mut widened = false;
    for k in i + 1..n {
        if k >= limit {
            // A named subject with a long title or aside (وحذر الخبير …، ريتشارد توتاه،
            // لوكالة الصحافة الفرنسية، من أن «…»): twelve tokens more after the last person
            // named in the window, once.
            if widened {
                break;
            }
            widened = true;
            match last_person_end(sent, out, i + 1, k) {
                Some(e) if e + 13 > k => limit = (e + 13).min(n),
                // وأوضح مصدر مطلع مختص في مجال …، في تصريح إلى "الوطن"، أن: a source noun
                // right after the verb, with its description, gets as long.
                _ if before::subject_head(sent.w(i + 1)) && sent.w(i + 1) != "احد" => {
                    limit = (k + 12).min(n)
                }
                _ => break,
            }
            if k >= limit {
                break;
            }
        }
        if k <= skip_to {
            continue;
        }
        let w = sent.w(k);
        // ويؤكد "المركز" الذي يعتبر المرجع الإحصائي …، أن: a relative clause right after
        // a named subject (a fact, a quoted name or a comma before it) gets sixteen tokens
        // more, once; not after a plain noun (كما جاء في الحديث الذي أخرجه …).
        if !relative && RELATIVES.contains(&w) && after_name(sent, out, k) {
            relative = true;
            limit = (k + 17).min(n);
        }
        // أعرب عن استنكاره: the words are what follows عن.
        if w == "عن" && k <= i + 3 && verb == "expressed" {
            return Some((k, k));
        }
        // أدان فيه التفجير (in the call): what follows فيه.
        if k == i + 1 && matches!(verb, "condemned" | "denounced") && IN_IT.contains(&w) {
            return Some((k, k));
        }
        // أكد على أهمية …، شدد سموه على …: what follows على (not علي the name).
        // (على as written with ى; علي is also the name.)
        // Not after an office that takes على itself (أكد المشرف على برنامج … الدكتور فلان أن).
        let ala = w == "علي" && sent.surface(k, k + 1).ends_with('ى');
        let office_ala = k == i + 2 && OFFICE_ALA.contains(&sent.w(i + 1));
        if ala
            && k <= i + 2
            && verb == "stressed"
            && !office_ala
            && !speaker::in_person(sent, out, k)
        {
            return Some((k, k));
        }
        if only_an {
            if k >= i + 3 {
                return None;
            }
            continue;
        }
        // أرجع فلان ذلك إلى …: what follows إلى, once ذلك (or السبب، الأمر) is passed.
        if matches!(verb, "attributed" | "attributes") {
            // ويرجع ذلك إلى: "this is due to", no one's words.
            if k == i + 1 && verb == "attributes" && THAT.contains(&w) {
                return None;
            }
            if THAT.contains(&w) && that.is_none() {
                that = Some(k);
            } else if let (true, Some(t)) = (w == "الي", that) {
                return Some((k, t));
            } else if w == "الي" || k >= i + 10 {
                return None;
            }
            continue;
        }
        // أشار إلى أن …: what follows أن; أشار إلى وجود …: what follows إلى.
        if w == "الي" && matches!(verb, "pointed out" | "points out" | "noted") {
            let c = if COMPLEMENTS.contains(&sent.w(k + 1)) {
                k + 1
            } else {
                k
            };
            // ولا تشير الوكالة إلى الغارات: what is not mentioned is no words.
            if c == k && i > 0 && matches!(sent.w(i - 1), "لا" | "ولا" | "لم" | "ولم") {
                return None;
            }
            return Some((c, k));
        }
        // بأن folds as بان: not when it starts a person's name (وقال بان كي مون إن).
        let complement = COMPLEMENTS.contains(&w)
            && !connective(sent.w(k - 1))
            && !speaker::person_at(sent, out, k);
        if w == ":" || complement {
            return Some((k, k));
        }
        if sent.is_quote(k) {
            // «…» right after the subject: the quotation itself opens the words; a name in
            // guillemets («فوكس سبورتس») is passed over.
            match quotes.iter().find(|&&(o, _)| o == k) {
                Some(&(o, cl)) if !is_quotation(sent, o, cl) => {
                    skip_to = cl;
                    continue;
                }
                // قال «لواء شهداء الإسلام» (التابع للمعارضة) إنه …: a name right after the
                // verb, the words after it.
                Some(&(o, cl)) if o == i + 1 && name_then_words(sent, cl) => {
                    skip_to = cl;
                    continue;
                }
                Some(_) => return Some((k - 1, k)),
                None => {}
            }
            return None;
        }
        if w == "." || speech_verb_at(sent, k).is_some() {
            return None;
        }
    }
    None
}

/// Do the words open (`:` or إن/أن) within six tokens after the quotation closing at `cl`,
/// with no other quotation or sentence end between?
fn name_then_words(sent: &Sent, cl: usize) -> bool {
    (cl + 1..(cl + 7).min(sent.len()))
        .take_while(|&k| !sent.is_quote(k) && sent.w(k) != ".")
        .any(|k| sent.w(k) == ":" || COMPLEMENTS.contains(&sent.w(k)))
}

/// The last token of the last person fact of this sentence that starts before token `to`
/// and ends after token `from` (a long name may run past `to`: … والإفتاء الشيخ عبدالعزيز بن
/// عبدالله آل الشيخ، أن), and can be a subject (no preposition or ل before it: not عن عبد
/// الله بن عمر).
fn last_person_end(sent: &Sent, out: &Out, from: usize, to: usize) -> Option<usize> {
    let lo = sent.toks[from].orig().start;
    let hi = sent.toks[to - 1].orig().end;
    let end = out
        .sentence_facts(sent.index)
        .filter(|f| {
            f.kind == FactKind::Person
                && f.span.end > lo
                && f.span.start < hi
                && speaker::subject_like(sent, f)
        })
        .map(|f| f.span.end)
        .max()?;
    (from..sent.len())
        .rev()
        .find(|&k| sent.toks[k].orig().end <= end)
}

pub(crate) fn extract(sent: &Sent, out: &mut Out) {
    // «…».. هكذا تعرف فلانة: this sentence names the speaker of the last one's quotation.
    cited::name_quote_before(sent, out);
    let quotes = quotations(sent);
    let mut used_quotes = vec![false; quotes.len()];
    let n = sent.len();
    // The sentence's source, looked for once a quote is found.
    let mut source: Option<Option<String>> = None;
    let mut i = 0;
    while i < n {
        let found = speech_verb_at(sent, i).filter(|&(verb, _)| !indicates(sent, i, verb));
        let Some((verb, subject)) = found else {
            // …، وهو ما قد يؤدي إلى وفاة كثير من المرضى على حد قول التقرير.
            if sent.has(i, VERB) {
                if let Some(said) = as_said(sent, out, i) {
                    push_said(sent, out, &mut source, said);
                } else if let Some((from, to, who)) = cited::relayed_clause(sent, out, i) {
                    // ونقلت وكالة الأناضول عن مصدر طبي قوله: إن …: the party after عن.
                    let src = source.get_or_insert_with(|| source_in(sent)).clone();
                    push(sent, out, from, to, "quote.relayed", who, "said", src);
                    for (qi, &(o, _)) in quotes.iter().enumerate() {
                        if o >= from && o < to {
                            used_quotes[qi] = true;
                        }
                    }
                    i = to;
                    continue;
                }
            }
            i += 1;
            continue;
        };
        // Where the subject ends (exclusive) and the token the words follow.
        let mut subject_end = None;
        let mut topic = None;
        let comp = match opening(sent, out, &quotes, i, verb) {
            Some((c, e)) => {
                subject_end = Some(e);
                Some(c)
            }
            None => subject_then_clause(sent, out, i)
                .inspect(|&end| subject_end = Some(end + 1))
                .or_else(|| {
                    topic = topic_before(sent, out, i, verb);
                    topic.as_ref().map(|_| i)
                }),
        };
        let Some(c) = comp else {
            // …، بحسب ما ذكر المرصد: the clause before is the subject's.
            if let Some(said) = according_to(sent, out, i) {
                push_said(sent, out, &mut source, said);
            }
            i += 1;
            continue;
        };
        // A name in guillemets inside the subject (قال «لواء شهداء الإسلام» إن) is no quote.
        for (qi, &(o, cl)) in quotes.iter().enumerate() {
            if o > i && cl < c {
                used_quotes[qi] = true;
            }
        }
        let mut who = match topic {
            Some(t) => t,
            None if subject => speaker(sent, out, i + 1, subject_end.unwrap_or(c)),
            None => Speaker::default(),
        };
        if who.english.is_empty() && subject {
            // وكانت الحكومة التركية أكدت أن: the subject before the verb, after كان.
            who = kana_subject(sent, out, i);
        }
        if who.english.is_empty() && subject {
            // وأحد زعماء إسرائيل يرى أن: the subject before a verb without و.
            who = subject_before(sent, out, i);
        }
        if who.english.is_empty() && subject {
            // أما الكاتبة فلانة، فرأت أن: the subject after أما.
            who = amma_subject(sent, out, i);
        }
        if who.english.is_empty() && subject {
            // وهو يعتقد أن، فلان الذي أعلن أن: the person the pronoun or relative refers to.
            who = pronoun_subject(sent, out, i, agree_at(sent, i));
        }
        if who.english.is_empty() && subject {
            // وهناك من قال، ومنهم من يرى: someone unnamed, not an earlier speaker.
            who = someone(sent, i);
        }
        if who.english.is_empty() && subject {
            // وزارة التعليم التي بدت …، أكّدت أن: the party that opens the sentence.
            who = opening_subject(sent, out, i, agree_at(sent, i));
        }
        if who.english.is_empty() {
            // عن ابن عمر أن النبي صلى الله عليه وسلم قال: a hadith is the Prophet's; ومضت
            // المصادر بالقول: the subject of the clause's verb.
            who = cited::sacred_subject(sent, i, verb)
                .or_else(|| cited::saying_subject(sent, out, i))
                .unwrap_or_default();
        }
        if who.english.is_empty() && subject {
            // وقال سموه: the person named with that honorific, not the last one named.
            if let Some(s) = honored::honored_subject(sent, out, i) {
                who = s;
            }
        }
        if who.english.is_empty() {
            // No subject written (وأضاف: …، مؤكدا أن …): the nearest earlier speaker or person;
            // أعرب فيه عن (in a call, a cable): the sender named just before.
            let sender = IN_IT.contains(&sent.w(i + 1));
            who = earlier_subject(sent, out, i, sender, agree_at(sent, i));
        }
        if who.english.is_empty() && opens_plural(sent, i) {
            // وأشاروا في البرقية إلى: the people the sentence before named as its subject.
            who = prior::previous_plural(sent).unwrap_or_default();
        }
        // The quotation right after, or the reported clause.
        // A name in guillemets («القاعدة») right after أن is not the quotation.
        let q = quotes
            .iter()
            .position(|&(o, cl)| o > c && o <= c + 3 && is_quotation(sent, o, cl));
        // أنه قال: قال رسول الله: «…»: the words are the inner verb's.
        if q.is_none() && cited::inner_verb(sent, c) {
            i = c + 1;
            continue;
        }
        let (from, to, rule) = match q {
            Some(qi) => {
                used_quotes[qi] = true;
                (quotes[qi].0, quotes[qi].1 + 1, "quote.direct")
            }
            None => {
                // Up to the end of the sentence or the next speech verb with a subject of its
                // own after a comma (…، ويقول فلان …) or naming a person (… ويقول المواطن
                // أحمد الزهراني …).
                let mut end = (c + 2..n)
                    .find(|&k| {
                        speech_verb_at(sent, k).is_some_and(|v| v.1)
                            && (matches!(sent.w(k - 1), "," | "،" | "." | "؛")
                                || speaker::names_subject(sent, out, k))
                    })
                    .unwrap_or(n);
                // في 25 تموز (يوليو).: a bracket the clause opened stays in (opener sought once).
                let mut first_open: [Option<Option<usize>>; 2] = [None, None];
                while end > c + 1
                    && sent.kind(end - 1) == Some(Kind::Punct)
                    && !sent.is_quote(end - 1)
                {
                    let (slot, open) = match sent.w(end - 1) {
                        ")" => (0, "("),
                        "]" => (1, "["),
                        _ => {
                            end -= 1;
                            continue;
                        }
                    };
                    let at = *first_open[slot]
                        .get_or_insert_with(|| (c + 1..end - 1).find(|&k| sent.w(k) == open));
                    if at.is_some_and(|k| k < end - 1) {
                        break;
                    }
                    end -= 1;
                }
                if end <= c + 1 {
                    i = c + 1;
                    continue;
                }
                (c + 1, end, "quote.reported")
            }
        };
        // A later quote in the same reported clause stays part of it.
        for (qi, &(o, _)) in quotes.iter().enumerate() {
            if o >= from && o < to {
                used_quotes[qi] = true;
            }
        }
        let src = source.get_or_insert_with(|| source_in(sent)).clone();
        push(sent, out, from, to, rule, who, verb, src);
        i = to.max(i + 1);
    }
    // بحسب السلطات فإن …، ووفقا لما ذكره فلان، فإن …: the words after فإن, unless a quote of
    // the sentence holds them already.
    if let Some((from, to, who, rule)) = according::opener(sent, out) {
        let span = sent.span(from, to);
        let taken = out
            .sentence_facts(sent.index)
            .any(|f| f.kind == FactKind::Quote && f.span.overlaps(span));
        if !taken {
            let src = source.get_or_insert_with(|| source_in(sent)).clone();
            push(sent, out, from, to, rule, who, "said", src);
            for (qi, &(o, _)) in quotes.iter().enumerate() {
                if o >= from && o < to {
                    used_quotes[qi] = true;
                }
            }
        }
    }
    for (qi, &(o, cl)) in quotes.iter().enumerate() {
        if used_quotes[qi] || !is_quotation(sent, o, cl) {
            continue;
        }
        // The speaker after the quotation: «…»، قال فلان / وأضاف / بحسب فلان.
        let mut k = cl + 1;
        while k < n && matches!(sent.w(k), "," | "،" | "-") {
            k += 1;
        }
        let (who, verb, rule) = match speech_verb_at(sent, k) {
            Some((verb, true)) => {
                let mut end = k + 1;
                while end < n && end < k + 8 && sent.is_word(end) {
                    end += 1;
                }
                let mut who = speaker(sent, out, k + 1, end);
                if who.english.is_empty() {
                    who = earlier_subject(sent, out, o, false, agree_at(sent, k));
                }
                (who, verb, "quote.speaker-after")
            }
            Some((verb, false)) => (
                earlier_subject(sent, out, o, false, agree_at(sent, k)),
                verb,
                "quote.speaker-after",
            ),
            // «…»، بهذه الكلمات افتتح فلان; عن فلان قوله «…».
            None => match cited::named_after(sent, out, k) {
                Some((who, verb)) => (who, verb, "quote.speaker-after"),
                None => match cited::quoted_from(sent, out, o) {
                    Some(who) => (who, "said", "quote.direct"),
                    None => cited::unattributed(sent, out, &quotes, o),
                },
            },
        };
        // A few words no one is said to have said («بي بي سي»): a label, not a quote.
        if rule == "quote.unattributed" && quotation::bare_label(sent, o, cl) {
            continue;
        }
        let src = source.get_or_insert_with(|| source_in(sent)).clone();
        push(sent, out, o, cl + 1, rule, who, verb, src);
    }
}

#[allow(clippy::too_many_arguments)]
fn push(
    sent: &Sent,
    out: &mut Out,
    from: usize,
    to: usize,
    rule: &'static str,
    mut who: Speaker,
    verb: &'static str,
    source: Option<String>,
) {
    // A news agency is the speaker only when nothing else is (a verb, but no subject found).
    if who.english.is_empty() && !verb.is_empty() {
        if let Some(s) = &source {
            who = Speaker {
                english: s.clone(),
                arabic: s.clone(),
                resolved: false,
            };
        }
    }
    let speaker = in_english(sent, &mut who);
    let verb = english::agree(&speaker.0, verb);
    let span = sent.span(from, to);
    let text = span.slice(sent.text);
    let mut english = String::with_capacity(speaker.0.len() + verb.len() + text.len() + 12);
    match (speaker.0.is_empty(), verb.is_empty()) {
        (false, false) => english.extend([speaker.0.as_str(), " ", verb, ": "]),
        (true, false) => english.extend(["(", verb, "): "]),
        _ => english.push_str("(quote): "),
    }
    push_display(&mut english, text);
    let value = speaker.0.clone();
    let detail = Detail::Quote {
        speaker: (!speaker.0.is_empty()).then_some(speaker),
        verb,
        source,
        resolved: who.resolved,
    };
    out.push_span(FactKind::Quote, span, value, english, rule, detail);
}

/// The words this module looks up, for the extractor's lexicon.
/// Speech verbs (the `VERB` word class; also lexicon words).
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(VERBS.iter().chain(MORE_VERBS).map(|r| r.0));
    before::words(out);
}
