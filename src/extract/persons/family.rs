//! A glossary person's name with the family or father its entry leaves out: the glossary has
//! تميم بن حمد, news writes تميم بن حمد آل ثاني. **In:** a sentence, the end of a glossary
//! person term, the tokens claimed so far. **Out:** where the name really ends, and the person
//! fact over the whole of it (the entry's English, then the rest spelled). It does not look
//! before the term, nor after a name the glossary does not know (the run rules do that).

use super::super::sent::Term;
use super::super::{Detail, DocState, FactKind, Out, PersonDetail, Sent, Text, ROLE, VERB};
use super::{flags, is_stop, remember, transliterate, Source, NAME};

/// A glossary person's name run on by the family or father the entry leaves out (the
/// glossary has تميم بن حمد; news writes تميم بن حمد آل ثاني): the end of tokens `to..` when
/// they are آل (written with madda) + a word, or بن/ابن + a name of the lexicon or a compound
/// (عبد…), repeated; `to` when there is none. آل takes any word that is no stop word and has
/// no article (آل ثاني، آل نهيان; ثاني is not the ordinal there).
pub(crate) fn glossary_family_end(sent: &Sent, to: usize, covered: &[bool]) -> usize {
    let mut end = to;
    while end + 1 < sent.len()
        && !covered[end]
        && !covered[end + 1]
        && sent.is_word(end)
        && sent.is_word(end + 1)
        && !sent.in_term(end)
        && !sent.in_term(end + 1)
    {
        let (particle, next) = (sent.w(end), sent.w(end + 1));
        let ok = match particle {
            "ال" => {
                sent.surface(end, end + 1).starts_with('آ')
                    && !next.starts_with("ال")
                    && !is_stop(next)
                    && !sent.any(end + 1, VERB | ROLE)
            }
            "بن" | "ابن" => {
                (flags(next) & NAME != 0 || next.starts_with("عبد")) && !is_stop(next)
            }
            _ => false,
        };
        if !ok {
            break;
        }
        end += 2;
        // بن عبد العزيز: عبد and its word are one name.
        if sent.w(end - 1) == "عبد"
            && end < sent.len()
            && !covered[end]
            && sent.is_word(end)
            && sent.w(end).starts_with("ال")
        {
            end += 1;
        }
    }
    end
}

/// Push the person of glossary term `t` run on to token `end` ([`glossary_family_end`]): the
/// entry's English, then the tail spelled by the transliterator (`Tamim bin Hamad Al Thani`);
/// the detail says the tail's source and score (the weakest part of the name). An entry
/// whose English has more or fewer words than its Arabic chose its own form (السلطان قابوس
/// is `Sultan Qaboos bin Said`, الملك عبدالله بن عبدالعزيز `King Abdullah`): it keeps it,
/// over the whole span.
pub(crate) fn push_glossary_family(
    sent: &Sent,
    doc: &mut DocState,
    out: &mut Out,
    t: &Term,
    end: usize,
) {
    let tail = sent.span(t.to, end);
    let span = crate::Span::new(t.core.start, tail.end);
    let entry = sent.entry(t);
    let glossary = &entry.english;
    if glossary.split(' ').count() != t.to - t.from {
        out.push_span(
            FactKind::Person,
            span,
            glossary.as_str(),
            glossary.as_str(),
            "entity.glossary",
            Detail::Glossary(entry.arabic.clone()),
        );
        remember(sent, doc, t.from, t.to, glossary);
        return;
    }
    let (english, source, score) = match transliterate(tail.slice(sent.text)) {
        Some((tail, source, score)) => {
            // Spelled alone, the tail's بن/ابن is at the start of a name (Ben, Ibn); inside
            // this one it is `bin`.
            let tail = ["Ben ", "Ibn "]
                .iter()
                .find_map(|p| tail.strip_prefix(p))
                .map_or(tail.clone(), |rest| format!("bin {rest}"));
            (format!("{glossary} {tail}"), Some(source), Some(score))
        }
        None => (glossary.to_string(), Some(Source::Glossary), Some(1.0)),
    };
    let detail = PersonDetail {
        title: None,
        english_source: source,
        score,
        refers_to: None,
    };
    // Later mentions by the entry's last word (سلمان), as for any glossary person.
    remember(sent, doc, t.from, t.to, &english);
    let value = Text::new(&english);
    out.push_span(
        FactKind::Person,
        span,
        value,
        english,
        "entity.glossary",
        Detail::Person(Box::new(detail)),
    );
}
