//! Attributions that are not "verb, then subject": a subject written before its speech verb
//! ([`subject_before`]: وأحد زعماء إسرائيل يرى أن …، والوزارة أكدت أن …) and a clause
//! closed by its attribution ([`as_said`]: …، وهو ما قد يؤدي إلى وفاة كثير من المرضى على حد
//! قول التقرير; [`according_to`]: …، بحسب ما ذكر المرصد السوري).
//!
//! Both read a bounded window (six tokens before a verb; the clause before على حد and up to
//! eight tokens after it), so a sentence stays linear.

use super::carry::{after_topic_opener, earlier_subject, opens_sentence};
use super::gender::{fits, of_speaker, Agree, Gender};
use super::refer::{issuer, refer_back, refers_back};
use super::speaker::{
    is_agency, is_barrier, is_title, lone_name, name_word, sacred_at, speaker, subject_like,
    tok_at, word_bits, Speaker, LOOKBACK, PERSON_NOUN, SOURCES, SUBJECT_NOUN,
};
use super::{clitic_splits, speech_verb_at, Sent, COMPLEMENTS};
use crate::extract::{get, Fact, FactKind, Kind, Out};
use crate::glossary::Category;

/// How many tokens a subject before its verb may have.
const BEFORE_MAX: usize = 6;

/// Words that may open a clause before its subject (لكن أحد المسؤولين يرى أن؛ أما مدير
/// الجامعة فلان أكد أن, without the ف of أما … ف).
const OPENERS: &[&str] = &["لكن", "ولكن", "بينما", "فيما", "اما", "واما"];

/// Can the normalized word `r` (without و/ف) head a subject written before its verb: a
/// subject noun or office (مسؤول، المتحدث، الوزارة، البيان) or أحد (one of)?
pub(super) fn subject_head(r: &str) -> bool {
    let bare = r.strip_prefix("ال").unwrap_or(r);
    r == "احد" || word_bits(bare) & (SUBJECT_NOUN | PERSON_NOUN) != 0 || get(SOURCES, r).is_some()
}

/// `<subject> <verb>`: the subject written before a speech verb at token `i` that carries no
/// و/ف of its own — the whole clause from the last punctuation (or the sentence start, after
/// لكن/بينما) up to the verb, one to [`BEFORE_MAX`] words without a preposition, complement
/// or other speech verb, headed by a subject noun, an office, أحد or a name (وأحد زعماء
/// إسرائيل يرى أن، والوزارة أكدت أن، المتحدث باسم الشرطة أوضح أن). A person, organization
/// or group fact in it is the speaker (after an office, the person); else the clause as
/// written, without its و.
pub(super) fn subject_before(sent: &Sent, out: &Out, i: usize) -> Speaker {
    if i == 0 || !super::bare_verb(sent.w(i)) {
        return Speaker::default();
    }
    // After punctuation or a complement (قال فلان إن الرئيس هادي أعرب …).
    // Quotation marks around a name in the subject (أحد سجناء «القاعدة» اعترف) are no
    // boundary.
    let mut s = (0..i)
        .rev()
        .find(|&k| {
            (sent.kind(k) == Some(Kind::Punct) && !sent.is_quote(k))
                || COMPLEMENTS.contains(&sent.w(k))
        })
        .map_or(0, |k| k + 1);
    if OPENERS.contains(&sent.w(s)) {
        s += 1;
    }
    if s >= i || i - s > BEFORE_MAX {
        return Speaker::default();
    }
    // والله تعالى يقول: a verse.
    if let Some((english, len)) = sacred_at(sent, s) {
        let arabic = without_clitic(sent, s, (s + len).min(i));
        return Speaker {
            english: english.to_string(),
            arabic,
            resolved: false,
        };
    }
    let stops = |k: usize| {
        is_barrier(sent, k) || COMPLEMENTS.contains(&sent.w(k)) || speech_verb_at(sent, k).is_some()
    };
    if (s..i).any(|k| (!sent.is_word(k) && !sent.is_quote(k)) || stops(k)) {
        return Speaker::default();
    }
    let head = clitic_splits(sent.w(s))
        .filter(|(c, _)| matches!(*c, "" | "و" | "ف"))
        .find(|&(_, r)| subject_head(r));
    let titled = head.is_some() || is_title(sent, s);
    // A fact in the clause: the first one, or after an office the first person.
    let window = sent.span(s, i);
    let start_tok = sent.toks[s].orig();
    let mut first: Option<&Fact> = None;
    let mut person: Option<&Fact> = None;
    // A name in quotation marks inside the subject qualifies its head (سجناء «القاعدة»).
    let quoted = |f: &Fact| {
        let k = tok_at(sent, f.span.start);
        k > s && sent.is_quote(k - 1)
    };
    for f in out.sentence_facts(sent.index) {
        if !window.contains(f.span)
            || quoted(f)
            || !matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group)
            || !subject_like(sent, f)
            || is_agency(sent, f)
        {
            continue;
        }
        if first.is_none_or(|g| f.span.start < g.span.start) {
            first = Some(f);
        }
        if f.kind == FactKind::Person && person.is_none_or(|g| f.span.start < g.span.start) {
            person = Some(f);
        }
    }
    // رئيس مجلس تشخيص مصلحة النظام قال: the office speaks, not its body.
    if titled && person.is_none() && super::office::of_body(sent, s, i, true, first) {
        let who = super::speaker::speaker(sent, out, s, i);
        if !who.english.is_empty() {
            return who;
        }
    }
    let starts_here = |f: &&Fact| f.span.start < start_tok.end;
    let pick = if titled {
        person.or(first)
    } else {
        first.filter(starts_here)
    };
    if let Some(f) = pick {
        return Speaker::of_fact(f, sent.text, false);
    }
    // لكن السلطات المصرية تقول، فالإحصاءات الرسمية تقول، الدارسون يقولون: a definite plural
    // or feminine body whose gender the verb agrees with.
    let agreed = || {
        let w = sent.w(s);
        let r = clitic_splits(w)
            .filter(|(c, _)| matches!(*c, "" | "و" | "ف"))
            .map(|(_, r)| r)
            .find(|r| r.starts_with("ال"))?;
        let g = of_speaker(&without_clitic(sent, s, i));
        let known = matches!(g, Gender::Fem | Gender::Plural | Gender::Things);
        (known && fits(super::agree_at(sent, i), g)).then_some((&w[..w.len() - r.len()], r))
    };
    let Some((clitic, r)) = head.or_else(agreed) else {
        // من جهته، لاريجاني شدد على …: after a topic opener, a name of one to three words.
        let named =
            after_topic_opener(sent) == Some(s) && i - s <= 3 && (s..i).all(|k| lone_name(sent, k));
        if named {
            let arabic = sent.surface(s, i).to_string();
            return Speaker {
                english: arabic.clone(),
                arabic,
                resolved: false,
            };
        }
        if let Some(s) = paper_voice(sent, s, i) {
            return s;
        }
        return Speaker::default();
    };
    // The clause as written, without the و/ف of its first word.
    let tok = sent.toks[s];
    let from = tok.norm().start + clitic.len();
    let arabic = sent
        .norm_span(from, sent.toks[i - 1].norm().end)
        .slice(sent.text)
        .to_string();
    if i == s + 1 {
        if refers_back(r) {
            if let Some(found) = refer_back(sent, out, r, s) {
                return found;
            }
        }
        if let Some(found) = get(SOURCES, r).and_then(|en| issuer(sent, out, en, s)) {
            return found;
        }
        let english = match sent.term_at(s).filter(|t| t.to == i).map(|t| sent.entry(t)) {
            Some(e) if matches!(e.category, Category::Title | Category::Term) => {
                format!("the {}", e.english)
            }
            Some(e) => e.english.clone(),
            None => get(SOURCES, r).map_or_else(|| arabic.clone(), str::to_string),
        };
        return Speaker {
            english,
            arabic,
            resolved: false,
        };
    }
    Speaker {
        english: arabic.clone(),
        arabic,
        resolved: false,
    }
}

/// A paper's own voice (`"سبق" تقول للمسؤول: …`, Sabq's column to officials): one name
/// (quotation marks allowed, up to three words inside them) opening the clause at `s` right
/// before a "says" verb at `i` in the present, which a colon follows, straight or after one
/// addressee (للمسؤول). The colon after the verb is what makes the name its subject; a name
/// before a bare verb without it is often no subject (كما يقول، هكذا تقول).
fn paper_voice(sent: &Sent, s: usize, i: usize) -> Option<Speaker> {
    let quoted = i >= s + 3 && sent.is_quote(s) && sent.is_quote(i - 1) && i - s <= 5;
    let (a, b) = if quoted { (s + 1, i - 1) } else { (s, i) };
    let name = b == a + 1 || (quoted && b > a && b - a <= 3);
    let colon = |k: usize| matches!(sent.w(k), ":");
    let voice = name
        && (a..b).all(|k| name_word(sent, k))
        && matches!(sent.w(i), "تقول" | "يقول")
        && (colon(i + 1) || (sent.w(i + 1).starts_with("لل") && colon(i + 2)));
    if !voice {
        return None;
    }
    let arabic = sent.surface(a, b).to_string();
    // A paper the glossary knows as صحيفة X (صحيفة سبق → Sabq) in its English; another name
    // is spelled as names are.
    let english = super::english::render_text(sent.matcher, &format!("صحيفة {arabic}"))
        .filter(|en| !en.contains("newspaper"))
        .unwrap_or_else(|| arabic.clone());
    Some(Speaker {
        english,
        arabic,
        resolved: false,
    })
}

/// Does quote fact `f` follow a paper's own voice ([`paper_voice`]: `"سبق" تقول للمسؤول:`)?
/// Such a column speaks to an official, so a later verb without a subject there is the
/// official's ("you said": عندما قلت، أكدت فيه وقلت), never the paper's: the carry passes
/// over it. Read in the normalized text before the quote.
pub(super) fn after_voice(sent: &Sent, f: &Fact) -> bool {
    let (head, _) = super::carry::text_before(sent, f);
    let Some(head) = head.trim_end().strip_suffix(':') else {
        return false;
    };
    let mut head = head.trim_end();
    // للمسؤول: one addressee.
    if let Some(p) = head.rfind(' ') {
        if head[p + 1..].starts_with("لل") {
            head = head[..p].trim_end();
        }
    }
    let Some(rest) = head
        .strip_suffix("تقول")
        .or_else(|| head.strip_suffix("يقول"))
    else {
        return false;
    };
    // One name, in quotation marks or not, opening its line or sentence.
    let rest = rest.trim_end().trim_end_matches('"');
    let name_from = rest
        .rfind(|c: char| !super::speaker::letter(c))
        .map_or(0, |p| p + 1);
    let before = rest[..name_from].trim_end_matches(['"', ' ', '\u{a0}']);
    name_from < rest.len()
        && (before.is_empty() || before.ends_with(['.', '!', '?', '؟', '\n', ':']))
}

/// Tokens `from..to` as written, without a و/ف on the first.
fn without_clitic(sent: &Sent, from: usize, to: usize) -> String {
    let w = sent.w(from);
    let clitic = if w.starts_with(['و', 'ف']) && w.chars().count() > 3 {
        'و'.len_utf8()
    } else {
        0
    };
    let start = sent.toks[from].norm().start + clitic;
    sent.norm_span(start, sent.toks[to - 1].norm().end)
        .slice(sent.text)
        .to_string()
}

/// The words after على حد that name who said the clause before: قول/تعبير + the speaker
/// (على حد قول التقرير), or with a pronoun (على حد قوله، على حد تعبيرها) the speaker carried.
/// `(word, pronoun)`.
const AS_SAID: &[(&str, bool)] = &[
    ("قول", false),
    ("تعبير", false),
    ("قوله", true),
    ("قولها", true),
    ("قولهم", true),
    ("تعبيره", true),
    ("تعبيرها", true),
    ("تعبيرهم", true),
];

/// What the pronoun of an [`AS_SAID`] word agrees with (قولها: a woman or a body).
fn pronoun_agree(w: &str) -> Agree {
    if w.ends_with("ها") {
        Agree::Fem
    } else if w.ends_with("هم") {
        Agree::Plural
    } else {
        Agree::Masc
    }
}

/// The words of [`AS_SAID`], for the token classes (a sentence with one is read by quotes).
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(AS_SAID.iter().map(|r| r.0));
    out.extend(super::cited::THUS);
}

/// `<clause> على حد قول <speaker>` with [`AS_SAID`] at token `k`: `(from, to, speaker)` of
/// the clause since the last punctuation (three words or more), ending before على.
pub(super) fn as_said(sent: &Sent, out: &Out, k: usize) -> Option<(usize, usize, Speaker)> {
    // حد before it first: one comparison turns away the other VERB-class words.
    if k < 5 || sent.w(k - 1) != "حد" || sent.w(k - 2) != "علي" {
        return None;
    }
    let &(_, pronoun) = AS_SAID.iter().find(|r| r.0 == sent.w(k))?;
    let to = k - 2;
    let from = clause_before(sent, to)?;
    let who = if pronoun {
        earlier_subject(sent, out, from, false, pronoun_agree(sent.w(k)))
    } else {
        speaker(sent, out, k + 1, (k + 9).min(sent.len()))
    };
    Some((from, to, who))
}

/// A clause closed by its attribution (`as_said`, `according_to`): a quote unless a quote
/// of the sentence already covers part of it.
pub(super) fn push_said(
    sent: &Sent,
    out: &mut Out,
    source: &mut Option<Option<String>>,
    (from, to, who): (usize, usize, Speaker),
) {
    let span = sent.span(from, to);
    let taken = out
        .sentence_facts(sent.index)
        .any(|f| f.kind == FactKind::Quote && f.span.overlaps(span));
    if !taken {
        let src = source.get_or_insert_with(|| super::source_in(sent)).clone();
        super::push(sent, out, from, to, "quote.as-said", who, "said", src);
    }
}

/// Words before ما that make `<clause>، بحسب ما ذكر <speaker>` (according to what … said).
const ACCORDING: &[&str] = &[
    "بحسب",
    "حسب",
    "وبحسب",
    "وحسب",
    "وفق",
    "ووفق",
    "وفقا",
    "طبقا",
];

/// `<clause>، بحسب ما ذكر المرصد` / `حسبما أفادت الوكالة` / `وفقا لما قاله فلان` with the
/// speech verb at token `i`: `(from, to, speaker)` of the clause since the last punctuation
/// before بحسب (three words or more), said by the verb's subject written after it. No
/// subject written (حسب ما نشر من أخبار، بحسب ما يقولان): none.
pub(super) fn according_to(sent: &Sent, out: &Out, i: usize) -> Option<(usize, usize, Speaker)> {
    let prev = sent.w(i.checked_sub(1)?);
    let k = match prev {
        "حسبما" | "وحسبما" => i - 1,
        "ما" | "لما" if i >= 2 && ACCORDING.contains(&sent.w(i - 2)) => i - 2,
        _ => return None,
    };
    let to = if k > 0 && matches!(sent.w(k - 1), "،" | ",") {
        k - 1
    } else {
        k
    };
    let from = clause_before(sent, to)?;
    let end = (i + 1..(i + 12).min(sent.len()))
        .find(|&j| sent.kind(j) == Some(Kind::Punct) && !sent.is_quote(j))
        .unwrap_or((i + 12).min(sent.len()));
    // حسبما أوضح د.هشام دي إيدي: the title's point is no subject.
    let at = if sent.w(i + 1) == "د" && sent.w(i + 2) == "." {
        i + 3
    } else {
        i + 1
    };
    let who = speaker(sent, out, at, end);
    (!who.english.is_empty()).then_some((from, to, who))
}

/// A pronoun or a relative right before the speech verb at token `i` names its subject: هو/هي
/// (وهو يعتقد أن) is the nearest person of this sentence before it that agrees with the verb
/// (يحاول الظواهري دكه، وهو يعتقد أن → الظواهري); الذي/التي (حاكم الزاملي الذي أعلن في بيان
/// أن) is the person, organization or group the relative follows, a comma between or not.
/// No speaker when the sentence has none there (the carry looks further back).
pub(super) fn pronoun_subject(sent: &Sent, out: &Out, i: usize, agree: Agree) -> Speaker {
    if i == 0 {
        return Speaker::default();
    }
    let w = sent.w(i - 1);
    let Some(r) = clitic_splits(w)
        .filter(|(c, _)| matches!(*c, "" | "و" | "ف"))
        .map(|(_, r)| r)
        .find(|r| matches!(*r, "هو" | "هي" | "الذي" | "التي"))
    else {
        return Speaker::default();
    };
    let at = sent.toks[i - 1].orig().start;
    let facts = out.sentence_facts(sent.index);
    if matches!(r, "الذي" | "التي") {
        // شهادة يلين أمام الكونغرس، التي أكدت فيها: the relative is a thing said in.
        if matches!(sent.w(i + 1), "فيه" | "فيها" | "خلاله" | "خلالها") {
            return Speaker::default();
        }
        // The token before the relative, past a comma.
        let mut k = i - 1;
        if k > 0 && matches!(sent.w(k - 1), "،" | ",") {
            k -= 1;
        }
        let Some(prev) = k.checked_sub(1) else {
            return Speaker::default();
        };
        let end = sent.toks[prev].orig().end;
        return facts
            .filter(|f| {
                f.span.end == end
                    && matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group)
                    && !is_agency(sent, f)
            })
            .last()
            .map(|f| Speaker::of_fact(f, sent.text, false))
            .or_else(|| body_before(sent, prev))
            .unwrap_or_default();
    }
    let gender =
        |f: &Fact| super::gender::of_person(sent.text, f.span.start, f.span.slice(sent.text));
    let near = facts
        .filter(|f| f.kind == FactKind::Person && f.span.end <= at && fits(agree, gender(f)))
        .max_by_key(|f| f.span.end);
    if let Some(f) = near {
        return Speaker::of_fact(f, sent.text, true);
    }
    // وكانت «توشيبا» كلفت هذه اللجنة …. وهي أعلنت أنها: a pronoun opening the sentence is
    // the subject of the sentence before (its first verb's), not an object of it.
    if i == 1 {
        let before = out
            .facts
            .iter()
            .rev()
            .take(LOOKBACK)
            .take_while(|f| f.sentence + 1 >= sent.index)
            .filter(|f| f.sentence + 1 == sent.index)
            .filter(|f| matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group))
            .find(|f| !is_agency(sent, f) && opens_sentence(sent, f));
        if let Some(f) = before.filter(|f| fits(agree, of_speaker(f.span.slice(sent.text)))) {
            return Speaker::of_fact(f, sent.text, true);
        }
    }
    Speaker::default()
}

/// `أما <subject>، ف<verb>`: the subject after أما, up to ten tokens before the speech verb at
/// `i` written with ف (أما الكاتبة ناهد باشطح، فرأت أن), read as [`speaker`] reads a subject;
/// a comma may stand before the verb, no other punctuation.
pub(super) fn amma_subject(sent: &Sent, out: &Out, i: usize) -> Speaker {
    let fa = sent.w(i).strip_prefix('ف').is_some_and(super::bare_verb);
    if !fa || i < 2 {
        return Speaker::default();
    }
    let end = if matches!(sent.w(i - 1), "،" | ",") {
        i - 1
    } else {
        i
    };
    let Some(k) = (i.saturating_sub(10)..end)
        .rev()
        .take_while(|&k| sent.is_word(k))
        .find(|&k| matches!(sent.w(k), "اما" | "واما"))
    else {
        return Speaker::default();
    };
    speaker(sent, out, k + 1, end)
}

/// Words before the relative من that make "someone" the subject of the verb after it
/// (وهناك من قال، ومنهم من يرى، وثمة من يقول).
const SOMEONE: &[&str] = &["هناك", "هنالك", "ثمه", "منهم", "منا"];

/// `هناك من <verb>`: an unnamed subject ("some") for the speech verb at `i`, as written; or
/// no speaker.
pub(super) fn someone(sent: &Sent, i: usize) -> Speaker {
    let there = i >= 2
        && sent.w(i - 1) == "من"
        && clitic_splits(sent.w(i - 2))
            .any(|(c, r)| matches!(c, "" | "و" | "ف") && SOMEONE.contains(&r));
    if !there {
        return Speaker::default();
    }
    Speaker {
        english: "some".to_string(),
        arabic: sent.surface(i - 2, i).to_string(),
        resolved: false,
    }
}

/// How many tokens back [`verb_far_before`] looks for a speech verb.
const FAR_BEFORE: usize = 40;

/// A speech verb with a subject, up to [`FAR_BEFORE`] tokens before a quotation at `o` that
/// follows أن, من أن or a colon, with no sentence end or other quotation between (a name in
/// quotation marks is passed over: وأكد فلان، المتحدث …، لـ«الشرق الأوسط»، أن «…»): `(verb
/// token, english, where its subject ends)`. `quotes`: the sentence's quotation pairs.
pub(super) fn verb_far_before(
    sent: &Sent,
    quotes: &[(usize, usize)],
    o: usize,
) -> Option<(usize, &'static str, usize)> {
    let opener = o.checked_sub(1)?;
    let w = sent.w(opener);
    if !(w == ":" || COMPLEMENTS.contains(&w)) {
        return None;
    }
    let to = if opener > 0 && sent.w(opener - 1) == "من" {
        opener - 1
    } else {
        opener
    };
    (o.saturating_sub(FAR_BEFORE)..to)
        .rev()
        .take_while(|&k| {
            let name = |&(a, b): &(usize, usize)| {
                (a == k || b == k) && b < o && !super::is_quotation(sent, a, b)
            };
            (!sent.is_quote(k) || quotes.iter().any(name)) && !matches!(sent.w(k), "." | "؟" | "!")
        })
        .find_map(|k| match speech_verb_at(sent, k) {
            Some((verb, true)) if !super::indicates(sent, k, verb) => Some((k, verb, to)),
            _ => None,
        })
}

/// `أما فلان فيقول <clause>`, `فلان يقول <clause>`: a "says" verb at `i` right after a person
/// fact, followed by a clause of three words or more: that person.
pub(super) fn topic_before(sent: &Sent, out: &Out, i: usize, verb: &str) -> Option<Speaker> {
    if i == 0 || !matches!(verb, "says" | "say") || !sent.is_word(i + 1) {
        return None;
    }
    let prev_end = sent.toks[i - 1].orig().end;
    let f = out
        .sentence_facts(sent.index)
        .find(|f| f.kind == FactKind::Person && f.span.end == prev_end)?;
    let words = (i + 1..sent.len())
        .take_while(|&k| sent.kind(k) != Some(Kind::Punct) || sent.w(k) == ",")
        .filter(|&k| sent.is_word(k))
        .count();
    (words >= 3).then(|| Speaker::of_fact(f, sent.text, false))
}

/// `(و)كان(ت) <subject> <verb>`: the subject between كان and the speech verb at `i`
/// (وكانت الحكومة التركية أكدت أن …), كان opening the sentence; or mid-sentence with قد
/// right before the verb, كان up to eight words back (فإن كان صندوق النقد الدولي قد أكد أن).
pub(super) fn kana_subject(sent: &Sent, out: &Out, i: usize) -> Speaker {
    let kana = |k: usize| {
        clitic_splits(sent.w(k))
            .any(|(c, r)| matches!(c, "" | "و" | "ف") && matches!(r, "كان" | "كانت"))
    };
    if i >= 2 && kana(0) {
        return speaker(sent, out, 1, i);
    }
    if i < 3 || sent.w(i - 1) != "قد" {
        return Speaker::default();
    }
    // Words only between كان and قد: no punctuation, no other clause.
    let at = (i.saturating_sub(9)..i - 2)
        .rev()
        .take_while(|&k| sent.is_word(k))
        .find(|&k| kana(k));
    match at {
        Some(k) => speaker(sent, out, k + 1, i - 1),
        None => Speaker::default(),
    }
}

/// Nouns of a body that holds views as a subject (without the article): دار النشر التي ترى
/// أن، الشركة التي أكدت أن.
#[rustfmt::skip]
const BODY_HEADS: &[&str] = &[
    "دار", "شركه", "مؤسسه", "وزاره", "هيئه", "جامعه", "لجنه", "جمعيه", "منظمه", "مجلس",
    "حكومه", "صحيفه", "مجله", "محكمه", "نيابه", "بلديه", "امانه", "اداره", "مديريه",
];

/// A body named by a noun phrase ending at token `last`, right before a relative: a definite
/// body noun (الشركة) or one in construct with a definite word (دار النشر). As written.
fn body_before(sent: &Sent, last: usize) -> Option<Speaker> {
    let head = |k: usize, definite: bool| {
        let w = sent.w(k);
        sent.is_word(k)
            && match w.strip_prefix("ال") {
                Some(r) => definite && BODY_HEADS.contains(&r),
                None => !definite && BODY_HEADS.contains(&w),
            }
    };
    let from = if head(last, true) {
        last
    } else if last > 0 && sent.w(last).starts_with("ال") && head(last - 1, false) {
        last - 1
    } else {
        return None;
    };
    let arabic = sent.surface(from, last + 1).to_string();
    Some(Speaker {
        english: arabic.clone(),
        arabic,
        resolved: false,
    })
}

/// How many tokens an aside may run between a sentence's opening subject and its verb.
const ASIDE_MAX: usize = 24;

/// `<subject>، <aside>، <verb>` / `<subject> التي … <verb>`: a person, organization or group
/// that opens a clause (the sentence's start, after punctuation, or after حتى/لكن), set off
/// by a comma, a parenthesis or a relative, is the subject of a speech verb at token `i`
/// written without و/ف up to [`ASIDE_MAX`] tokens on, with no sentence break or other speech
/// verb between, if it agrees with the verb (- هدوء "التعليم" وزارة التعليم التي بدت أكثر
/// هدوءاً … أكّدت في خطاب الإلغاء، أن).
pub(super) fn opening_subject(sent: &Sent, out: &Out, i: usize, agree: Agree) -> Speaker {
    if i == 0 || !super::bare_verb(sent.w(i)) {
        return Speaker::default();
    }
    let who = fact_opening(sent, out, i, agree);
    if who.english.is_empty() {
        named_opening(sent, i)
    } else {
        who
    }
}

/// [`opening_subject`] when a fact opens the clause.
fn fact_opening(sent: &Sent, out: &Out, i: usize, agree: Agree) -> Speaker {
    let opens = |k: usize| {
        k == 0
            || sent.kind(k - 1) == Some(Kind::Punct)
            || (k == 1 && matches!(sent.w(0), "حتي" | "لكن" | "ولكن"))
    };
    let limit = sent.toks[i].orig().start;
    let Some(f) = out
        .sentence_facts(sent.index)
        .filter(|f| {
            f.span.end <= limit
                && matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group)
                && !is_agency(sent, f)
        })
        .max_by_key(|f| f.span.start)
    else {
        return Speaker::default();
    };
    // The fact starts its token (or after the token's و/ف).
    let k = tok_at(sent, f.span.start);
    let t = sent.toks[k].orig();
    if !opens(k) || f.span.start > t.start + 'و'.len_utf8() {
        return Speaker::default();
    }
    let after = tok_at(sent, f.span.end);
    let set_off = matches!(sent.w(after), "،" | "," | "(" | "الذي" | "التي" | "الذين");
    let between = |k: usize| {
        matches!(sent.w(k), "." | "؛" | ";" | "؟" | "?" | "!" | ":")
            || speech_verb_at(sent, k).is_some()
    };
    if !set_off || after >= i || i - after > ASIDE_MAX || (after..i).any(between) {
        return Speaker::default();
    }
    let who = Speaker::of_fact(f, sent.text, false);
    if fits(agree, of_speaker(&who.arabic)) {
        who
    } else {
        Speaker::default()
    }
}

/// `<name>، <office>، <verb>` / `<name> أحد <noun phrase> <verb>`: a name the person rules
/// did not find opens the sentence (after حتى/لكن) and an aside headed by an office, a subject
/// noun or أحد (one of) sets it off before a speech verb at `i` written without و/ف (جريجور
/// ماكلنتوش، رئيس الدخل الثابت في …، يشير إلى أن؛ أحمد المقبل احد سكان الحي قال إنه): the
/// name, one to three words that can only be a name. The aside holds no stop, colon or
/// other speech verb, and runs up to [`ASIDE_MAX`] tokens.
fn named_opening(sent: &Sent, i: usize) -> Speaker {
    let s = usize::from(matches!(sent.w(0), "حتي" | "لكن" | "ولكن"));
    // After a known given name, a family name may take the article (أحمد المقبل).
    let given = crate::extract::persons::is_name(sent.w(s));
    let family = |k: usize| {
        k > s
            && given
            && sent.w(k).len() > "ال".len() + 2
            && sent.w(k).starts_with("ال")
            && lone_name(sent, k)
            && !is_title(sent, k)
    };
    let mut e = s;
    while e < s + 3 && e < i && (name_word(sent, e) || family(e)) && !sent.w(e).starts_with('و') {
        e += 1;
    }
    if e == s || e >= i || i - e > ASIDE_MAX {
        return Speaker::default();
    }
    let comma = |k: usize| matches!(sent.w(k), "،" | ",");
    let head = |k: usize| {
        let w = sent.w(k);
        matches!(w, "احد" | "احدي") || is_title(sent, k) || subject_head(w)
    };
    // The aside: أحد right after the name, or an office between two commas.
    let (from, to) = if matches!(sent.w(e), "احد" | "احدي") {
        (e, i)
    } else if comma(e) && comma(i - 1) && i > e + 2 && head(e + 1) {
        (e + 1, i - 1)
    } else {
        return Speaker::default();
    };
    let aside = |k: usize| {
        sent.is_word(k) && speech_verb_at(sent, k).is_none() && !COMPLEMENTS.contains(&sent.w(k))
    };
    if !(from..to).all(aside) {
        return Speaker::default();
    }
    let arabic = sent.surface(s, e).to_string();
    Speaker {
        english: arabic.clone(),
        arabic,
        resolved: false,
    }
}

/// The clause that ends at token `to`: from after the last punctuation before it (or the
/// sentence start), when it holds at least three words (a statement, not a fragment).
fn clause_before(sent: &Sent, to: usize) -> Option<usize> {
    let from = (0..to)
        .rev()
        .find(|&j| sent.kind(j) == Some(Kind::Punct))
        .map_or(0, |j| j + 1);
    ((from..to).filter(|&j| sent.is_word(j)).count() >= 3).then_some(from)
}
