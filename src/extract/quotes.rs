//! Quotes and attribution.
//!
//! **In:** a tokenized sentence, after entities (so a speaker can be a person or organization
//! fact). **Out:** `quote` facts: direct quotes in «…» or "…" and reported speech, with the
//! speaker or source (value) and the verb in English (detail).
//!
//! * A speech verb (قال، أضاف، أكد، أعلن، ذكر، حذر، أشار، نفى، أوضح، أفاد، شدد، أعرب عن, in
//!   past and present, singular and plural, and participles مشيراً، مؤكداً، قائلاً …) followed
//!   within sixteen tokens by `:`, إن/أن/بأن or a «…» quotation (names in guillemets are passed
//!   over) opens an attribution. The speaker is the person/org/group fact that starts the
//!   subject (titles may come first; not after بعد/خلال/مع …: "وقال خلال مؤتمر صحفي بعد لقائه
//!   الرئيس حسني مبارك إن" is not Mubarak's), else a definite noun or a subject noun (البيان →
//!   "the statement", مسؤول). With no subject written (وأضاف:، مؤكداً أن، وقال خلال …) the
//!   speaker is the nearest earlier one: the last quote's speaker in the document, else its
//!   last person (`detail.speaker_resolved`).
//! * `ويقول فلان <clause>` without إن: the clause after the name.
//! * The quoted span is the «…» quotation that starts right after (within three tokens), or,
//!   without one, the reported clause up to the end of the sentence or the next speech verb
//!   after a comma.
//! * A «…» quotation followed by a speech verb («…»، قال فلان / وأضاف) takes its speaker from
//!   after it; else, of three words or more, it is a quote without speaker; shorter ones are
//!   names or scare quotes («طالبان»، «حذر») and are not quotes.
//! * Agencies, papers and channels the words come through (بحسب «رويترز»، لوكالة رويترز،
//!   نقلا عن صحيفة …) are `detail.source`, not the speaker.
//!
//! Not done: quotes across sentences, translation.

use super::{clitic_splits, get, Detail, FactKind, Kind, Out, Sent, VERB};
use crate::glossary::Category;

/// Speech verbs: `(normalized form without proclitics, english, has its own subject)`.
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

/// Common sources: `(word, english)`.
const SOURCES: &[(&str, &str)] = &[
    ("البيان", "the statement"),
    ("بيان", "a statement"),
    ("المصدر", "the source"),
    ("مصدر", "a source"),
    ("التقرير", "the report"),
    ("المنظمه", "the organization"),
    ("الوزاره", "the ministry"),
    ("المفوضيه", "the commission"),
    ("الوزير", "the minister"),
    ("الحكومه", "the government"),
    ("الجيش", "the army"),
    ("اللجنه", "the committee"),
    ("البنك", "the bank"),
    ("المصادر", "the sources"),
    ("الحركه", "the movement"),
    ("مصادر", "sources"),
];

/// Words that open the reported clause.
pub(crate) const COMPLEMENTS: &[&str] = &["ان", "انه", "انها", "بان", "بانه", "بانها", "انهم"];

/// Is `w` a noun that is the subject of speech verbs without being a name (مسؤول، مصادر)?
pub(crate) fn is_subject_noun(w: &str) -> bool {
    SUBJECT_NOUNS.contains(&w) || get(SOURCES, w).is_some()
}

/// A speech verb at token `i`: `(english, has subject)`.
#[inline]
pub(crate) fn verb_at(sent: &Sent, i: usize) -> Option<(&'static str, bool)> {
    if !sent.has(i, VERB) {
        return None;
    }
    verb_table_at(sent, i)
}

fn verb_table_at(sent: &Sent, i: usize) -> Option<(&'static str, bool)> {
    let w = sent.w(i);
    for (clitic, rest) in clitic_splits(w) {
        if !matches!(clitic, "" | "و" | "ف") {
            continue;
        }
        if let Some(v) = get(VERBS, rest) {
            return Some(v);
        }
    }
    None
}

/// The «…» or "…" quotations of a sentence: `(open, close)` token pairs.
fn quotations(sent: &Sent) -> Vec<(usize, usize)> {
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

pub(crate) fn extract(sent: &Sent, out: &mut Out) {
    let quotes = quotations(sent);
    let mut used_quotes = vec![false; quotes.len()];
    let n = sent.len();
    // The sentence's source, looked for once a quote is found.
    let mut source: Option<Option<String>> = None;
    let mut i = 0;
    while i < n {
        let Some((verb, subject)) = verb_at(sent, i) else {
            i += 1;
            continue;
        };
        // Find ":", a complement or a quotation within twelve tokens.
        let mut comp = None;
        let mut skip_to = 0;
        for k in i + 1..(i + 17).min(n) {
            if k <= skip_to {
                continue;
            }
            let w = sent.w(k);
            // أعرب عن استنكاره: the words are what follows عن.
            if w == "عن" && k <= i + 3 && matches!(verb, "expressed") {
                comp = Some(k);
                break;
            }
            if w == ":" || COMPLEMENTS.contains(&w) {
                comp = Some(k);
                break;
            }
            if w == "\"" {
                // «…» right after the subject: the quotation itself opens the words; a name in
                // guillemets («فوكس سبورتس») is passed over.
                match quotes.iter().find(|&&(o, _)| o == k) {
                    Some(&(o, cl)) if !is_quotation(sent, o, cl) => {
                        skip_to = cl;
                        continue;
                    }
                    Some(_) => comp = Some(k - 1),
                    None => {}
                }
                break;
            }
            if w == "." || verb_at(sent, k).is_some() {
                break;
            }
        }
        let comp = comp.or_else(|| subject_then_clause(sent, out, i));
        let Some(c) = comp else {
            i += 1;
            continue;
        };
        let mut who = if subject {
            speaker(sent, out, i + 1, c)
        } else {
            Speaker::default()
        };
        if who.english.is_empty() {
            // No subject written (وأضاف: …، مؤكدا أن …): the nearest earlier speaker or person.
            who = earlier_subject(sent, out, i);
        }
        // The quotation right after, or the reported clause.
        // A name in guillemets («القاعدة») right after أن is not the quotation.
        let q = quotes
            .iter()
            .position(|&(o, cl)| o > c && o <= c + 3 && is_quotation(sent, o, cl));
        let (from, to, rule) = match q {
            Some(qi) => {
                used_quotes[qi] = true;
                (quotes[qi].0, quotes[qi].1 + 1, "quote.direct")
            }
            None => {
                // Up to the end of the sentence or the next speech verb with a subject of its
                // own after a comma (…، ويقول فلان …).
                let mut end = (c + 2..n)
                    .find(|&k| {
                        verb_at(sent, k).is_some_and(|v| v.1)
                            && matches!(sent.w(k - 1), "," | "،" | "." | "؛")
                    })
                    .unwrap_or(n);
                while end > c + 1
                    && sent.kind(end - 1) == Some(Kind::Punct)
                    && sent.w(end - 1) != "\""
                {
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
        push(
            sent,
            out,
            from,
            to,
            rule,
            who,
            verb,
            source.get_or_insert_with(|| source_in(sent)).clone(),
        );
        i = to.max(i + 1);
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
        let (who, verb, rule) = match verb_at(sent, k) {
            Some((verb, true)) => {
                let mut end = k + 1;
                while end < n && end < k + 8 && sent.is_word(end) {
                    end += 1;
                }
                let mut who = speaker(sent, out, k + 1, end);
                if who.english.is_empty() {
                    who = earlier_subject(sent, out, o);
                }
                (who, verb, "quote.speaker-after")
            }
            Some((verb, false)) => (earlier_subject(sent, out, o), verb, "quote.speaker-after"),
            None => (Speaker::default(), "", "quote.unattributed"),
        };
        push(
            sent,
            out,
            o,
            cl + 1,
            rule,
            who,
            verb,
            source.get_or_insert_with(|| source_in(sent)).clone(),
        );
    }
}

/// A speaker: English, Arabic as written, and whether it was resolved from earlier text.
#[derive(Clone, Debug, Default)]
struct Speaker {
    english: String,
    arabic: String,
    resolved: bool,
}

/// News agencies, channels and papers: the source of words, not their speaker.
const AGENCIES: &[&str] = &[
    "رويترز",
    "واس",
    "برس",
    "الفرنسيه",
    "الانباء",
    "الاناضول",
    "اسوشيتد",
    "كونا",
    "سانا",
    "ارنا",
    "نوفوستي",
    "انترفاكس",
    "تاس",
    "بلومبرغ",
    "بلومبيرغ",
    "الصحيفه",
    "صحيفه",
    "وكاله",
    "قناه",
    "التلفزيون",
    "تلفزيون",
    "الاذاعه",
    "شبكه",
];

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
const SOURCE_HEADS: &[&str] = &[
    "وكاله",
    "صحيفه",
    "قناه",
    "تلفزيون",
    "التلفزيون",
    "شبكه",
    "موقع",
];

/// The agency or paper a sentence names as the source of its words (حسب «رويترز»، بحسب وكالة
/// فرانس برس، لقناة «فوكس سبورتس»، لوكالة رويترز), as written.
fn source_in(sent: &Sent) -> Option<String> {
    let n = sent.len();
    for i in 0..n {
        let w = sent.w(i);
        // Every marker and head ends with ب ا ت ه ن or ع: most words are turned away here.
        let last = w
            .as_bytes()
            .get(w.len().saturating_sub(2)..)
            .unwrap_or_default();
        // ب ا ت ه ن ع in UTF-8.
        let marks = matches!(
            last,
            [0xD8, 0xA8] | [0xD8, 0xA7] | [0xD8, 0xAA] | [0xD9, 0x87] | [0xD9, 0x86] | [0xD8, 0xB9]
        );
        if !marks || !sent.is_word(i) {
            continue;
        }
        // لوكالة، لقناة: the head is the marker; else a marker word before the source (one
        // pass over the clitic splits, not one per marker).
        let head_here = w.starts_with('ل') && SOURCE_HEADS.iter().any(|h| w[2..] == **h);
        if !head_here && !clitic_splits(w).any(|(_, r)| SOURCE_MARKS.contains(&r)) {
            continue;
        }
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
        let head = head_here || SOURCE_HEADS.contains(&a);
        if !head && !AGENCIES.contains(&a) {
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
            && verb_at(sent, end).is_none()
            && (end == start || AGENCIES.contains(&sent.w(end)) || head)
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

/// The nearest subject before token `before` of this sentence: the speaker of the last quote
/// of the document, or else its last person.
fn earlier_subject(sent: &Sent, out: &Out, before: usize) -> Speaker {
    let limit = sent.toks[before.min(sent.len() - 1)].orig().start;
    for f in out.facts.iter().rev() {
        if f.sentence == sent.index && f.span.start >= limit {
            continue;
        }
        match (&f.kind, &f.detail) {
            (
                FactKind::Quote,
                Detail::Quote {
                    speaker: Some((en, ar)),
                    ..
                },
            ) => {
                return Speaker {
                    english: en.clone(),
                    arabic: ar.clone(),
                    resolved: true,
                }
            }
            (FactKind::Person, _) => {
                return Speaker {
                    english: f.value.to_string(),
                    arabic: f.span.slice(sent.text).to_string(),
                    resolved: true,
                }
            }
            _ => {}
        }
    }
    Speaker::default()
}

/// Words right after a speech verb that show it has no subject of its own: وقال خلال مؤتمر
/// صحفي …، وأضاف في تصريح …
#[rustfmt::skip]
const NO_SUBJECT: &[&str] = &[
    "خلال", "في", "بعد", "عقب", "امس", "اليوم", "للصحفيين", "لوسائل", "للصحيفه", "لصحيفه", "لقناه",
    "لوكاله", "ل", "امام", "عن", "انذاك", "حينها", "ايضا", "كذلك", "مساء", "صباح", "مخاطبا",
    "فيه", "فيها", "خلاله", "خلالها", "سموه", "له", "لها", "لهم", "لك", "لنا", "منه", "عنه", "انه",
    "انها", "بدوره", "بدورها", "من", "ان",
];

/// Indefinite nouns that are subjects of speech verbs (وقال مسؤول إن): the first word of a
/// subject without a fact must be definite or one of these.
#[rustfmt::skip]
const SUBJECT_NOUNS: &[&str] = &[
    "مسؤول", "مسؤوله", "مصدر", "مصادر", "بيان", "شهود", "شاهد", "تقرير", "متحدث", "ناطق",
    "مسؤولون", "خبراء", "خبير", "محللون", "محلل", "مراقبون", "سكان", "ناشطون", "ناشط", "مسعفون",
    "طبيب", "ضابط", "موظف", "مواطن", "مواطنون", "دبلوماسي", "دبلوماسيون", "وزير",
    "رئيس", "مدير", "نائب", "عضو", "اعضاء", "قائد", "مستشار", "محافظ", "امين", "وكيل", "مختصون",
    "مختص", "باحث", "باحثون", "دراسه", "وزاره", "وكاله", "صحيفه", "قناه", "منظمه", "هيئه",
];

/// Words a subject does not come after: وقال بعد لقائه الرئيس …
const BARRIERS: &[&str] = &[
    "بعد", "خلال", "مع", "عن", "في", "امام", "الي", "لدي", "عقب", "قبل",
];

/// A speech verb at `i` followed by a person or organization and then a clause of three words
/// or more, without إن or a colon (ويقول أحمد الغامدي تشهد المطابخ …): the token before the
/// clause.
fn subject_then_clause(sent: &Sent, out: &Out, i: usize) -> Option<usize> {
    let start = sent.toks.get(i + 1)?.orig().start;
    let f = out
        .facts
        .iter()
        .rev()
        .take_while(|f| f.sentence == sent.index)
        .find(|f| {
            f.span.start == start
                && matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group)
        })?;
    let end = (i + 1..sent.len()).find(|&k| sent.toks[k].orig().end >= f.span.end)?;
    let words = (end + 1..sent.len()).filter(|&k| sent.is_word(k)).count();
    (words >= 3 && sent.is_word(end + 1)).then_some(end)
}

/// The speaker between tokens `from..to` (the subject of a speech verb).
fn speaker(sent: &Sent, out: &Out, from: usize, to: usize) -> Speaker {
    if from >= to {
        return Speaker::default();
    }
    let mut from = from;
    // وجاء في البيان: the source after في; أشار إلى أن: no subject written.
    let jaa = from > 0 && clitic_splits(sent.w(from - 1)).any(|(_, r)| r == "جاء");
    if matches!(sent.w(from), "الي" | "من") || (jaa && sent.w(from) == "في") {
        from += 1;
    } else if NO_SUBJECT.contains(&sent.w(from)) {
        return Speaker::default();
    }
    if from >= to {
        return Speaker::default();
    }
    let window = sent.span(from, to);
    // The subject comes first: a person/org/group starting within seven tokens of the verb,
    // with titles only before it (not بعد لقائه الرئيس …).
    let mut near_end = (from + 7).min(to);
    if let Some(b) = (from..near_end).find(|&k| BARRIERS.contains(&sent.w(k))) {
        near_end = b.max(from + 1);
    }
    let near = sent.span(from, near_end);
    let first = out
        .facts
        .iter()
        .rev()
        .take_while(|f| f.sentence == sent.index)
        .filter(|f| {
            window.contains(f.span)
                && f.span.start < near.end
                && matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Group)
        })
        .min_by_key(|f| f.span.start);
    if let Some(f) = first {
        return Speaker {
            english: f.value.to_string(),
            arabic: f.span.slice(sent.text).to_string(),
            resolved: false,
        };
    }
    let (english, arabic) = noun_speaker(sent, from, to);
    Speaker {
        english,
        arabic,
        resolved: false,
    }
}

/// `(english, arabic)` of a noun subject between tokens `from..to`: a source word, a glossary
/// title or term, or the first noun.
fn noun_speaker(sent: &Sent, from: usize, to: usize) -> (String, String) {
    let w = sent.w(from);
    if let Some(en) = get(SOURCES, w) {
        return (en.to_string(), sent.surface(from, from + 1).to_string());
    }
    // A glossary title or term as the subject: الرئيس → the president, الوزارة → the ministry.
    if let Some(t) = sent.terms.iter().find(|t| t.from == from && t.to <= to) {
        let e = sent.entry(t);
        let english = match e.category {
            Category::Title | Category::Term => format!("the {}", e.english),
            _ => e.english.clone(),
        };
        return (english, sent.surface(t.from, t.to).to_string());
    }
    let first = sent.w(from);
    let noun =
        first.starts_with("ال") || clitic_splits(first).any(|(_, r)| SUBJECT_NOUNS.contains(&r));
    if sent.is_word(from) && from < to && to - from <= 5 && noun && !NO_SUBJECT.contains(&first) {
        // A noun and the word after it if definite: الجهاز المركزي.
        let mut end = from + 1;
        if end < to
            && sent.is_word(end)
            && sent.w(end).starts_with("ال")
            && sent.w(from).starts_with("ال")
        {
            end += 1;
        }
        let a = sent.surface(from, end).to_string();
        return (a.clone(), a);
    }
    (String::new(), String::new())
}

#[allow(clippy::too_many_arguments)]
fn push(
    sent: &Sent,
    out: &mut Out,
    from: usize,
    to: usize,
    rule: &'static str,
    who: Speaker,
    verb: &'static str,
    source: Option<String>,
) {
    let speaker = (who.english, who.arabic);
    let span = sent.span(from, to);
    let text = span.slice(sent.text);
    let mut english = String::with_capacity(speaker.0.len() + verb.len() + text.len() + 12);
    match (speaker.0.is_empty(), verb.is_empty()) {
        (false, false) => english.extend([speaker.0.as_str(), " ", verb, ": ", text]),
        (true, false) => english.extend(["(", verb, "): ", text]),
        _ => english.extend(["(quote): ", text]),
    }
    let value = speaker.0.clone();
    let detail = Detail::Quote {
        speaker: (!speaker.0.is_empty()).then_some(speaker),
        verb,
        source,
        resolved: who.resolved,
    };
    out.push_span(FactKind::Quote, span, value, english, rule, detail);
}

/// Is the «…» between tokens `o` and `cl` a quotation, rather than a name or scare quotes:
/// three words or more, and not one glossary term?
fn is_quotation(sent: &Sent, o: usize, cl: usize) -> bool {
    let words = (o + 1..cl).filter(|&k| sent.is_word(k)).count();
    let is_term = sent.terms.iter().any(|t| t.from == o + 1 && t.to >= cl);
    words >= 3 && !is_term
}

/// The words this module looks up, for the extractor's lexicon.
/// Speech verbs (the `VERB` word class; also lexicon words).
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(VERBS.iter().map(|r| r.0));
}

#[cfg(test)]
mod tests {
    use super::super::testutil::check;
    use super::super::FactKind::Quote;

    #[test]
    fn quotes() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            (
                "وجاء في البيان: «تدرك باكستان والولايات المتحدة أن الشراكة ستعزز الأمن».",
                &[(
                    "«تدرك باكستان والولايات المتحدة أن الشراكة ستعزز الأمن»",
                    "the statement",
                )],
            ),
            (
                "وقال البيان إن المناقشات تمحورت حول الإرهاب.",
                &[("المناقشات تمحورت حول الإرهاب", "the statement")],
            ),
            (
                "وأضاف: «لن نسمح بأن تنهار هذه الجهود».",
                &[("«لن نسمح بأن تنهار هذه الجهود»", "")],
            ),
            (
                "وأشار المصدر إلى أن المرحلة الأولى تمتد ستة أسابيع.",
                &[("المرحلة الأولى تمتد ستة أسابيع", "the source")],
            ),
            ("ونفت كابل هذا الاتهام.", &[]),
            // Names and scare quotes in «» are not quotes.
            ("أعلنت حركة «طالبان باكستان» مسؤوليتها عن تقدم «حذر».", &[]),
            // …nor the quotation of an attribution: the reported clause is.
            (
                "وذكر التقرير أن تنظيم «القاعدة» يواصل نشاطه.",
                &[("تنظيم «القاعدة» يواصل نشاطه", "the report")],
            ),
            // A glossary title as the speaker is rendered in English.
            (
                "وقال الرئيس إن الحكومة ستعمل على حل الأزمة.",
                &[("الحكومة ستعمل على حل الأزمة", "the president")],
            ),
            (
                "وأكدت محادثات تكثيف التعاون «لكشف وردع التطرف العنيف من خلال أساليب».",
                &[("«لكشف وردع التطرف العنيف من خلال أساليب»", "the talks")],
            ),
        ];
        check(Quote, rows, None);
    }
}
