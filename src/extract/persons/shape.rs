//! Word shapes the person rules test: what a surname, a first name the lexicon lacks, a verb
//! of the present and a family name in the nisba look like.

use super::super::{Sent, LEX, ROLE, VERB};
use super::{is_stop, rare_with_clitics};

/// Could token `i`, a word the lexicon lacks, be a first name before بن: no common word, no
/// article, no verb, role or term, three letters or more (عاطي، مشعل)?
pub(super) fn unlisted_first(sent: &Sent, i: usize) -> bool {
    let w = sent.w(i);
    sent.is_word(i)
        && w.chars().count() >= 3
        && surname_shaped(w)
        && !is_stop(w)
        && !sent.any(i, VERB | ROLE)
        && !sent.in_term(i)
        && rare_with_clitics(w)
}

/// Could `w` be a surname by its shape alone? Not definite, not after و (a second item:
/// كريستيانو وجاريث، آمنة ومعبدة), not a preposition with the article (للصحاري، فاللغة),
/// not a plural (يصيبون، مشروعات), a feminine or nisba noun (اعتيادية) or a word with a
/// pronoun suffix (تخوضها، وعددهم); four letters or more.
pub(crate) fn surname_shaped(w: &str) -> bool {
    const PREFIXES: [&str; 6] = ["ال", "و", "فال", "بال", "كال", "لل"];
    const SUFFIXES: [&str; 5] = ["ون", "ات", "ه", "ها", "هم"];
    w.chars().count() >= 4
        && !PREFIXES.iter().any(|p| w.starts_with(p))
        && !SUFFIXES.iter().any(|x| w.ends_with(x))
}

/// Could `w` be a present-tense verb in the dual or plural by its shape (يرتديان، تقومان،
/// يعملون): ي/ت/ن first, ان/ون/ين/وا last, five letters or more?
pub(crate) fn verb_shaped(w: &str) -> bool {
    w.chars().count() >= 5
        && w.starts_with(['ي', 'ت', 'ن'])
        && ["ان", "ون", "ين", "وا"].iter().any(|x| w.ends_with(x))
}

/// Token `k` a name-shaped word (no article, plural, feminine, pronoun or verb shape; no
/// common function word, role, verb or term) and token `k + 1` a family name in the nisba
/// (ال…ي as written, four letters or more after the article): ناجم الغرسلي.
pub(super) fn middle_then_nisba(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    let (w, next) = (sent.w(k), sent.w(k + 1));
    let free = |j: usize| sent.is_word(j) && !covered.get(j).copied().unwrap_or(true);
    free(k)
        && free(k + 1)
        && w.chars().count() >= 3
        && surname_shaped(w)
        && !verb_shaped(w)
        && !is_stop(w)
        && !sent.any(k, VERB | ROLE | LEX)
        && !sent.in_term(k)
        && !sent.in_term(k + 1)
        && !is_stop(next)
        && next
            .strip_prefix("ال")
            .is_some_and(|r| r.chars().count() >= 4 && r.ends_with('ي'))
        && !sent.surface(k + 1, k + 2).ends_with('ى')
}
