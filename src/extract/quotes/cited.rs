//! Words quoted inside other words, and speakers named around a quotation without a speech
//! verb of the tables.
//!
//! **Who a quote inside a quote belongs to.** A news reader attributes words to the one who
//! first said them, not to the one who cites them: a hadith a preacher quotes is the
//! Prophet's (أن النبي صلى الله عليه وسلم قال: «…»), a verse God's, the words of a story the
//! character's, and "X said: Y said: «…»" is Y's. The one who cites them is not lost: the
//! quote before and after is theirs. The judging rule of `dev/gold/speakers-judged/README.md`
//! says the same.
//!
//! * [`sacred_subject`]: a قال/يقول/بقوله with no subject written, after أن/عن and the
//!   Prophet or God within a few words before it (عن ابن عمر أن النبي -صلى الله عليه وسلم-
//!   قال: «…»; أن رسول الله يقول: «…»): the Prophet or God, not the preacher carried.
//! * [`inner_verb`]: "X said: Y said: …": the words after the first colon open with a speech
//!   verb with its own subject, so the first verb has no words of its own and the second
//!   takes them (أنه قال: قال رسول الله: «…» → the Prophet).
//! * [`named_after`]: «…»، هكذا قال فلان / بهذه الكلمات افتتح فلان …: the subject of the
//!   verb after هكذا or بهذه/بتلك + a noun (any verb: "thus X described", "with these words X
//!   opened", "with that advice X closes"); [`name_quote_before`]: the same in the next
//!   sentence («…».. هكذا تعرف الأخصائية فلانة), for the quotation that closed the one before.
//! * [`quoted_from`]: نقلت وكالة … عن فلان قوله «…»: the party after عن, before قوله.
//! * [`saying_subject`]: ومضت المصادر بالقول إن، ورد محاميا فلانة بالقول: «…»: the subject
//!   right after the clause's verb, before بالقول.
//! * [`described`]: ما وصفه فلان بـ«…»، ما تسميه فلانة بـ"…": words a party puts on a thing
//!   are theirs: the subject of the describing verb, else the one carried to it.
//!
//! Cost: a few token comparisons per speech verb without a subject and per quotation without
//! a verb; bounded windows.

use super::before::verb_far_before;
use super::carry::earlier_subject;
use super::sacred::{sacred_at, SACRED};
use super::speaker::is_barrier;
use super::speaker::{speaker, Speaker};
use super::{agree_at, clitic_splits, speech_verb_at, Sent};
use crate::extract::{Detail, FactKind, Kind, Out};

/// How many tokens before a carried قال [`sacred_subject`] looks for the Prophet or God.
const SACRED_BACK: usize = 12;

/// Words before the Prophet or God that make them the subject of a hadith chain: أن النبي،
/// عن النبي (as tokens, normalized).
const CHAIN: &[&str] = &["ان", "وان", "عن", "وعن", "انه"];

/// The Prophet or God as the speaker of the verb at token `i` (said, says, saying) with no
/// subject written: named within [`SACRED_BACK`] tokens before it, after أن or عن, with no
/// other speech verb, full stop or quotation mark between.
pub(super) fn sacred_subject(sent: &Sent, i: usize, verb: &str) -> Option<Speaker> {
    if !matches!(verb, "said" | "says" | "saying") {
        return None;
    }
    for k in (i.saturating_sub(SACRED_BACK)..i).rev() {
        let w = sent.w(k);
        if w == "." || sent.is_quote(k) || speech_verb_at(sent, k).is_some() {
            return None;
        }
        if k == 0 || !CHAIN.contains(&sent.w(k - 1)) {
            continue;
        }
        if let Some((english, len)) = sacred_at(sent, k) {
            return Some(Speaker {
                english: english.to_string(),
                arabic: sent.surface(k, (k + len).min(i).max(k + 1)).to_string(),
                resolved: false,
            });
        }
    }
    None
}

/// Do the words after the colon at token `c` open with a speech verb that has its own
/// subject written (قال: قال رسول الله: …)? Then they are that verb's.
pub(super) fn inner_verb(sent: &Sent, c: usize) -> bool {
    sent.w(c) == ":"
        && speech_verb_at(sent, c + 1).is_some_and(|(_, subject)| subject)
        && sent.is_word(c + 2)
}

/// Words that name the speaker of the quotation before them with any verb: هكذا (thus), or
/// بهذه/بتلك + a definite noun (بهذه الكلمات، بتلك النصائح: "with these words, that advice").
/// Also the token classes' words: a sentence opening with one is read by quotes.
pub(super) const THUS: &[&str] = &["هكذا", "بهذه", "بتلك"];

/// Where the verb stands after [`THUS`] words at token `k`.
fn thus_at(sent: &Sent, k: usize) -> Option<usize> {
    let w = sent.w(k);
    let bare = clitic_splits(w)
        .filter(|(c, _)| matches!(*c, "" | "و"))
        .any(|(_, r)| r == THUS[0]);
    if bare {
        return Some(k + 1);
    }
    let noun = sent.w(k + 1);
    (THUS[1..].contains(&w)
        && sent.is_word(k + 1)
        && noun.starts_with("ال")
        && !is_barrier(sent, k + 1))
    .then_some(k + 2)
}

/// «…».. هكذا تعرف الأخصائية فلانة …، «…».. بتلك النصائح تختتم السيدة وفاء حديثها: a sentence
/// that opens with [`THUS`] words, a verb and its subject names the speaker of the quotation
/// that closed the sentence before (a «..» after it ends that sentence). That quote, given no
/// speaker there, takes this one; nothing but stops and spaces may stand between them.
pub(super) fn name_quote_before(sent: &Sent, out: &mut Out) {
    let Some(start) = sent.toks.first().map(|t| t.orig().start) else {
        return;
    };
    if sent.index == 0 || thus_at(sent, 0).is_none() {
        return;
    }
    let Some(at) = (out.facts.iter().enumerate().rev())
        .skip_while(|(_, f)| f.sentence == sent.index)
        .take_while(|(_, f)| f.sentence + 1 == sent.index)
        .find(|(_, f)| f.kind == FactKind::Quote)
        .map(|(at, _)| at)
    else {
        return;
    };
    let f = &out.facts[at];
    let between = sent.text.get(f.span.end..start).unwrap_or("\n");
    if f.rule != "quote.unattributed"
        || !between.chars().all(|c| matches!(c, ' ' | '.' | '،' | ','))
    {
        return;
    }
    let Some((mut who, verb)) = named_after(sent, out, 0) else {
        return;
    };
    let speaker = super::in_english(sent, &mut who);
    if speaker.0.is_empty() {
        return;
    }
    let verb = super::english::agree(&speaker.0, verb);
    let f = &mut out.facts[at];
    let words = f.english.strip_prefix("(quote): ").unwrap_or(&f.english);
    f.english = format!("{} {verb}: {words}", speaker.0).into();
    f.value = speaker.0.as_str().into();
    f.rule = "quote.speaker-after";
    if let Detail::Quote {
        speaker: s,
        verb: v,
        ..
    } = &mut f.detail
    {
        *s = Some(speaker);
        *v = verb;
    }
}

/// The speaker named after a quotation by هكذا/بهذه الكلمات and a verb, at token `k` (after
/// the quotation and its comma): `(speaker, english verb)`. The verb is any word that is no
/// definite noun; the subject is read as after a speech verb, in the eight words after it.
pub(super) fn named_after(sent: &Sent, out: &Out, k: usize) -> Option<(Speaker, &'static str)> {
    let v = thus_at(sent, k)?;
    if !sent.is_word(v) || sent.w(v).starts_with("ال") {
        return None;
    }
    let n = sent.len();
    let mut end = v + 1;
    while end < n && end < v + 9 && sent.is_word(end) {
        end += 1;
    }
    let who = speaker(sent, out, v + 1, end);
    if who.english.is_empty() || SACRED.contains(&who.english.as_str()) {
        return None;
    }
    let verb = speech_verb_at(sent, v).map_or("said", |(en, _)| en);
    Some((who, verb))
}

/// "His saying" right before a quotation (with أمس/اليوم between): قوله، قولها، قولهم.
const SAYING: &[&str] = &["قوله", "قولها", "قولهم"];

/// How many tokens before قوله the عن of [`quoted_from`] may stand.
const FROM_BACK: usize = 10;

/// …and with a verb of relaying before عن, when commas set off the party's office (عن تيم
/// مانينج، نائب مدير في الوكالة الفيدرالية …، قوله).
const RELAYED_BACK: usize = 16;

/// How many tokens before عن the verb of relaying may stand (ونقلت وكالة أنباء الجمهورية
/// الإسلامية اليوم السبت عن).
const RELAY_BACK: usize = 12;

/// Is `w` a form of نقل "relay, quote" (ونقلت، نقل، نقلا), through و/ف?
fn relays(w: &str) -> bool {
    clitic_splits(w).any(|(_, r)| matches!(r, "نقل" | "نقلت" | "ينقل" | "تنقل" | "نقلا" | "نقلوا"))
}

/// The party of عن فلان قوله for قوله at `q`: `(first, end)` tokens between عن and قوله with no
/// punctuation between; or, with a verb of relaying before عن (نقلت صحيفة … عن فلان، نائب
/// مدير …، قوله; also عمّن), the words up to the comma that ends the name. `relayed` asks for
/// the second form only.
fn saying_party(sent: &Sent, q: usize, relayed: bool) -> Option<(usize, usize)> {
    if !SAYING.contains(&sent.w(q)) {
        return None;
    }
    if !relayed {
        let from = (q.saturating_sub(FROM_BACK)..q)
            .rev()
            .take_while(|&k| sent.is_word(k))
            .find(|&k| sent.w(k) == "عن");
        if let Some(from) = from {
            return Some((from + 1, q));
        }
    }
    let from = (q.saturating_sub(RELAYED_BACK)..q)
        .rev()
        .take_while(|&k| sent.is_word(k) || matches!(sent.w(k), "," | "،"))
        .find(|&k| matches!(sent.w(k), "عن" | "عمن"))?;
    if !(from.saturating_sub(RELAY_BACK)..from).any(|k| relays(sent.w(k))) {
        return None;
    }
    let end = (from + 1..q)
        .find(|&k| matches!(sent.w(k), "," | "،"))
        .unwrap_or(q);
    (end > from + 1).then_some((from + 1, end))
}

/// The party the words were taken from, for a quotation opening at token `o` right after
/// عن فلان قوله (نقلت وكالة فارس للأنباء عن لاريجاني قوله «…»; عن مصدر مسؤول … قوله أمس
/// «…»; نقلت صحيفة بوليتيكو عن تيم مانينج، نائب مدير …، قوله: "…"): the subject between عن
/// and قوله ([`saying_party`]).
pub(super) fn quoted_from(sent: &Sent, out: &Out, o: usize) -> Option<Speaker> {
    let mut q = o.checked_sub(1)?;
    if sent.w(q) == ":" {
        q = q.checked_sub(1)?;
    }
    if matches!(sent.w(q), "امس" | "اليوم") {
        q = q.checked_sub(1)?;
    }
    let (from, to) = saying_party(sent, q, false)?;
    let who = speaker(sent, out, from, to);
    (!who.english.is_empty()).then_some(who)
}

/// The reported words after قوله at `q` when a verb of relaying names who said them:
/// ونقلت وكالة الأناضول عن مصدر طبي قوله: إن القصف …؛ ونقل مراسل القناة عن مصادر يمنية
/// قولها إن الجيش …: `(from, to, speaker)`, the clause after إن/أن (or after the colon) to
/// the end of the sentence. A quotation there is [`quoted_from`]'s.
pub(super) fn relayed_clause(sent: &Sent, out: &Out, q: usize) -> Option<(usize, usize, Speaker)> {
    let (first, end) = saying_party(sent, q, true)?;
    let n = sent.len();
    let mut c = q + 1;
    if matches!(sent.w(c), "امس" | "اليوم") {
        c += 1;
    }
    let colon = sent.w(c) == ":";
    if colon {
        c += 1;
    }
    let from = if super::COMPLEMENTS.contains(&sent.w(c)) {
        c + 1
    } else if colon && sent.is_word(c) {
        c
    } else {
        return None;
    };
    let mut to = n;
    while to > from && sent.kind(to - 1) == Some(Kind::Punct) && !sent.is_quote(to - 1) {
        to -= 1;
    }
    if to <= from + 1 {
        return None;
    }
    let who = speaker(sent, out, first, end);
    (!who.english.is_empty()).then_some((from, to, who))
}

/// A quotation with no speech verb right after it: a verb too far before it, the speaker of
/// the quote before وأن, the praising subject, or no speaker.
pub(super) fn unattributed(
    sent: &Sent,
    out: &Out,
    quotes: &[(usize, usize)],
    o: usize,
) -> (Speaker, &'static str, &'static str) {
    if let Some(who) = described(sent, out, o) {
        return (who, "described as", "quote.direct");
    }
    match verb_far_before(sent, quotes, o) {
        // وحذر الخبير …، فلان، لوكالة …، من أن «…»: a verb too far back for its opening,
        // with the quotation right after أن or a colon.
        Some((k, verb, to)) => {
            let mut who = speaker(sent, out, k + 1, to);
            if who.english.is_empty() {
                who = earlier_subject(sent, out, k, false, agree_at(sent, k));
            }
            (who, verb, "quote.direct")
        }
        None => match same_speaker_again(sent, out, o) {
            Some((who, verb)) => (who, verb, "quote.direct"),
            None => match praising(sent, out, o) {
                Some((who, verb)) => (who, verb, "quote.direct"),
                // يقول فلان: ⏎ «…»: the speaker on the line before.
                None => match quotes
                    .iter()
                    .find(|q| q.0 == o)
                    .and_then(|&(o, cl)| super::line_before::line_before(sent, out, o, cl))
                {
                    Some((who, verb)) => (who, verb, "quote.line-before"),
                    None => (Speaker::default(), "", "quote.unattributed"),
                },
            },
        },
    }
}

/// Verbs that put words on a thing (described it as, called it), with an object pronoun or
/// none (normalized, without و/ف).
const DESCRIBE: &[&str] = &[
    "وصف",
    "وصفه",
    "وصفها",
    "وصفت",
    "وصفته",
    "وصفتها",
    "يصف",
    "يصفه",
    "يصفها",
    "تصف",
    "تصفه",
    "تصفها",
    "سمي",
    "سماه",
    "سماها",
    "اسماه",
    "اسماها",
    "يسميه",
    "يسميها",
    "تسميه",
    "تسميها",
];

/// How many tokens before بـ«…» the describing verb of [`described`] may stand.
const DESCRIBE_BACK: usize = 9;

/// The party whose words a quotation right after بـ is, when a describing verb stands a
/// few words before (ما وصفه بـ«…»، ما تسميه الأكاديمية فلانة، بـ"…"): the subject after the
/// verb, else the subject carried to it. Only after ما or a noun the verb follows
/// directly: no other verb, full stop or quotation between.
pub(super) fn described(sent: &Sent, out: &Out, o: usize) -> Option<Speaker> {
    let b = o.checked_sub(1)?;
    if sent.w(b) != "ب" {
        return None;
    }
    let v = (b.saturating_sub(DESCRIBE_BACK)..b)
        .rev()
        .take_while(|&k| sent.is_word(k) || matches!(sent.w(k), "،" | ","))
        .find(|&k| {
            clitic_splits(sent.w(k))
                .any(|(c, r)| matches!(c, "" | "و" | "ف") && DESCRIBE.contains(&r))
        })?;
    let mut end = b;
    while end > v + 1 && matches!(sent.w(end - 1), "،" | ",") {
        end -= 1;
    }
    let who = speaker(sent, out, v + 1, end);
    if !who.english.is_empty() {
        return Some(who);
    }
    let who = earlier_subject(sent, out, v, false, agree_at(sent, v));
    (!who.english.is_empty()).then_some(who)
}

/// The subject of بالقول at token `i`: the words between the clause's first word (a verb:
/// ومضى، ورد، بررت) and بالقول, read as a subject (ومضت المصادر بالقول إن → المصادر). The
/// clause starts after the last full stop, semicolon or colon before it, or the sentence's
/// start.
pub(super) fn saying_subject(sent: &Sent, out: &Out, i: usize) -> Option<Speaker> {
    if sent.w(i) != "بالقول" {
        return None;
    }
    let s = (0..i)
        .rev()
        .find(|&k| matches!(sent.w(k), "." | "؛" | ":"))
        .map_or(0, |k| k + 1);
    if s + 1 >= i || sent.w(s).starts_with("ال") {
        return None;
    }
    let who = speaker(sent, out, s + 1, i);
    (!who.english.is_empty()).then_some(who)
}

/// A quotation right after وأن / وبأن that follows a quote of the same sentence (وأضاف
/// كيناتا أن «…»، وأن «…»): the same speaker goes on, with that quote's verb.
pub(super) fn same_speaker_again(
    sent: &Sent,
    out: &Out,
    o: usize,
) -> Option<(Speaker, &'static str)> {
    let k = o.checked_sub(1).filter(|&k| sent.is_word(k))?;
    let and_that =
        clitic_splits(sent.w(k)).any(|(c, r)| c == "و" && super::COMPLEMENTS.contains(&r));
    if !and_that {
        return None;
    }
    let limit = sent.toks[k].orig().start;
    out.sentence_facts(sent.index)
        .find(|f| f.kind == FactKind::Quote && f.span.end <= limit)
        .and_then(|f| match &f.detail {
            Detail::Quote {
                speaker: Some((en, ar)),
                verb,
                resolved,
                ..
            } => Some((
                Speaker {
                    english: en.clone(),
                    arabic: ar.clone(),
                    resolved: *resolved,
                },
                *verb,
            )),
            _ => None,
        })
}

/// A quotation right after a praising participle and its object (مشيدا بالموقف «…»، مشيدة
/// بجهود «…»): the praise in the subject's own words, carried as after مؤكدا.
pub(super) fn praising(sent: &Sent, out: &Out, o: usize) -> Option<(Speaker, &'static str)> {
    let obj = o.checked_sub(1).filter(|&k| sent.is_word(k))?;
    let p = obj.checked_sub(1)?;
    let praise = matches!(sent.w(p), "مشيدا" | "مشيده" | "مشيدين" | "مشيدتين");
    if !praise || !sent.w(obj).starts_with('ب') {
        return None;
    }
    let who = earlier_subject(sent, out, p, false, super::agree_at(sent, p));
    Some((who, "praising"))
}
