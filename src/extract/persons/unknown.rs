//! Words found after a title without the name lexicon: is the run a name ([`unknown_name_ok`])?
//! And the word tests it shares with the name rules: a surname that is also a common word
//! ([`known_surname`]), a preposition with the article ([`preposition_phrase`]), و on a common
//! word ([`conjoined_common`]), a common definite word ([`common_definite`]).

use super::common::{self, rare};
use super::shape;
use super::{compound_start, flags, is_name, is_stop, NAME, PARTICLE};
use crate::extract::{clitic_splits, Sent};

/// Is token `k`, a common word, a surname all the same: a person-name token of the name data
/// that is none of the commonest words, plain (no tanween, no pronoun suffix, no
/// preposition with the article)? After a title and a first name: الدكتور أسامة خياط (خياط
/// is also "tailor").
pub(super) fn known_surname(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    crate::translit::knows(w)
        && !common::very_common(w)
        && !["ه", "ها", "هم", "نا"].iter().any(|x| w.ends_with(x))
        && !preposition_phrase(w)
        && !sent
            .surface(k, k + 1)
            .as_bytes()
            .windows(2)
            .any(|b| b == [0xD9, 0x8B])
}

/// Could tokens `from..to`, found after a title without the lexicon, be a name? Not a word
/// with tanween (تقديراً، ملفاً), not ل + a word outside the lexicon (لمهرجان، لجهوده), not
/// a particle first (بن عبدالله …: the name began earlier), not a stop word.
pub(crate) fn unknown_name_ok(sent: &Sent, from: usize, to: usize) -> bool {
    let first = sent.w(from);
    if matches!(first, "بن" | "ابن" | "ال" | "بنت") {
        return false;
    }
    // The name began before: سعيد بن [[فرحة آل عثمان]] leaves out the given name, and the
    // father's name reads as another person; نبيل آل [[صالح …]] the family's particle. The
    // name rules find the whole from سعيد.
    if from > 0 && matches!(sent.w(from - 1), "بن" | "ابن" | "بنت" | "ال") {
        return false;
    }
    // Nor does a name end on a particle (a title's words cut at a fixed count: الدكتور
    // [[ناصر بن]] فالح الدوسري) or a preposition (عيسى الحازمي في كلمته).
    if to > from && matches!(sent.w(to - 1), "بن" | "ابن" | "بنت" | "ال" | "عبد" | "ابو")
    {
        return false;
    }
    // رئيس نادي ريفير بليت: after a body's head noun the words are the body's name.
    if shape::body_before(sent, from) {
        return false;
    }
    // مستشفى د. سليمان الحبيب: after a namesake's head and a title, the words name the body.
    if shape::namesake(sent, from) {
        return false;
    }
    // ريفير بليت الأجواء، ساتورو إواتا الستار: no name.
    if ends_on_common(sent, from, to) {
        return false;
    }
    // تقديم عرض المسرحية، قيام وزير التعليم، بإدارة دخول الجماهير after a title: a common
    // word first that is no name of the lexicon is a noun phrase, not a name, unless a
    // particle, a name of the lexicon or a nisba follows (مشاري بن سعود، مشاري الغامدي).
    let named = |k: usize| {
        let w = sent.w(k);
        flags(w) & (NAME | PARTICLE) != 0
            || w.strip_prefix("ال")
                .is_some_and(|r| r.ends_with('ي') || is_name(r))
    };
    if common_not_name(first) && !(from + 1..to).any(named) {
        return false;
    }
    (from..to).all(|k| {
        let w = sent.w(k);
        // A regnal ordinal may close a name (عبدالله الثاني), though alone it is no name.
        if k == from + 1 && k + 1 == to && crate::translit::is_regnal(w) {
            return true;
        }
        // دونيس على اللاعبين: the preposition على ends a name.
        if w == "علي" && sent.surface(k, k + 1).ends_with('ى') {
            return false;
        }
        // الملك المؤسس يبني ويجمع الشتات: و + a common word that is no name, inside the
        // words, joins two verbs or nouns; a name has no "and" (وليد، وائل are names whole).
        if k > from && conjoined_common(w) {
            return false;
        }
        // ورعايته الكريمة: a noun with a pronoun (…ته، …تها، …تهم) is no name; nor is one with
        // "our" (ووزير خارجيتنا الفيصل: "our foreign minister", after الوطن, snn_alwatan_010).
        if w.chars().count() >= 5 && ["ته", "تها", "تهم", "تنا"].iter().any(|x| w.ends_with(x))
        {
            return false;
        }
        // Tanween fath (U+064B) in the surface, as bytes: the words are short.
        let surface = sent.surface(k, k + 1).as_bytes();
        !surface.windows(2).any(|b| b == [0xD9, 0x8B])
            // A ḥāl without its tanween mark: وقال محمد مبتسما.
            && !shape::participle_alef(w)
            && !is_stop(w)
            && !preposition_phrase(w)
            && !(w.starts_with('ل')
                && !is_name(w)
                && (w.starts_with("لم") || w.starts_with("لت") || w.ends_with('ه')))
    })
}

/// Do tokens `from..to` end on a common definite word that is no name: ريفير بليت الأجواء
/// (words the lexicon lacks, then "the atmosphere", the name data knowing the word as no
/// family name nor an ordinal), ساتورو إواتا الستار (a foreign surname, then "the curtain":
/// [`foreign_then_common`])? After a name of the lexicon it may be one (عبدالله المسند، محمد
/// العمرة), and a particle takes it (عبد الرحمن).
fn ends_on_common(sent: &Sent, from: usize, to: usize) -> bool {
    let last = to.saturating_sub(1);
    if last <= from {
        return false;
    }
    if foreign_then_common(sent, last) {
        return true;
    }
    common_definite(sent, last, sent.w(last))
        && !(from..last).any(|k| {
            let w = sent.w(k);
            flags(w) & (NAME | PARTICLE) != 0 || compound_start(w.as_bytes())
        })
        && !crate::translit::knows(sent.w(last))
        // A regnal ordinal closes a name (البابا غريغوريوس الثامن).
        && !crate::translit::is_regnal(sent.w(last))
}

/// Is token `last` a common word with the article after a foreign surname (no name of the
/// lexicon, a word foreign by its letters: [`super::cues::foreign_word`]), even one the lexicon has after ال (ستار
/// "Sattar"): ساتورو إواتا الستار (أزاح الستار "unveiled")? A foreign surname takes no Arabic
/// family name with the article.
pub(crate) fn foreign_then_common(sent: &Sent, last: usize) -> bool {
    let Some(k) = last.checked_sub(1) else {
        return false;
    };
    let (w, before) = (sent.w(last), sent.w(k));
    w.starts_with("ال")
        && !rare(w)
        && !w.ends_with('ي')
        && sent.is_word(k)
        && flags(before) & (NAME | PARTICLE) == 0
        // A regnal ordinal closes a name (البابا غريغوريوس الثامن).
        && !crate::translit::is_regnal(w)
        // Foreign by its letters (no و first, no plural: مأموري ومأمورات الضبط is no name).
        && super::cues::foreign_word(before)
}

/// Is `w` (folded) a preposition with the article rather than a name: لل + anything
/// (للعلوم، للصحافيين), بال/كال + a common word (بالطائف، بالمختبر)? Names of the lexicon are
/// names, and a rare stem keeps the word (بالغنيم). ب/ل + a bare common word is left to the
/// other tests: too many family names read so (بارباع، باناجة).
pub(crate) fn preposition_phrase(w: &str) -> bool {
    if is_name(w) {
        return false;
    }
    if let Some(rest) = w.strip_prefix("لل") {
        return rest.chars().count() >= 2;
    }
    ["بال", "كال"].iter().any(|p| {
        w.strip_prefix(p).is_some_and(|rest| {
            rest.chars().count() >= 3 && (!rare(rest) || !rare(&format!("ال{rest}")))
        })
    })
}

/// Is `w` (folded) a common Arabic word ([`rare`] is false), alone or after و/ف/ب/ل, and no
/// name of the lexicon, nor a compound (عبدالله، أبوبكر)? Such a word does not start a name
/// found without the lexicon (قيام، تقديم، بإدارة، وولي).
fn common_not_name(w: &str) -> bool {
    if flags(w) & NAME != 0 || w.starts_with("عبد") || w.starts_with("ابو") {
        return false;
    }
    clitic_splits(w).any(|(c, r)| {
        matches!(c, "" | "و" | "ف" | "ب" | "ل")
            && (c.is_empty() || r.chars().count() >= 3)
            && (c.is_empty() || flags(r) & NAME == 0)
            && !rare(r)
    })
}

/// Is `w` (folded) the conjunction و on a common word of three letters or more, neither of
/// them a name of the lexicon (ويجمع، والتراث; not وليد، not ولد of محمد ولد عبد العزيز)?
pub(crate) fn conjoined_common(w: &str) -> bool {
    w.strip_prefix('و').is_some_and(|r| {
        r.chars().count() >= 3 && (flags(w) | flags(r)) & NAME == 0 && !rare(w) && !rare(r)
    })
}

/// Is token `k` (folded `w`) a common definite word ([`rare`] is false) that is neither a
/// nisba (ال…ي as written, not ى: الموتى) nor ال + a name of the lexicon?
pub(super) fn common_definite(sent: &Sent, k: usize, w: &str) -> bool {
    let Some(bare) = w.strip_prefix("ال").filter(|b| b.chars().count() >= 3) else {
        return false;
    };
    let nisba = w.ends_with('ي') && !sent.surface(k, k + 1).ends_with('ى');
    !nisba && !is_name(bare) && !rare(w)
}
