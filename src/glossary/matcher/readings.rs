//! What the matcher reads a single written word as ([`Matcher::readings`]): for the
//! collision lint ([`crate::glossary::lint`]).

use super::{
    Matcher, FORM_LAM_ARTICLE, FORM_MULTI_ONLY, FORM_POSSESSIVE, FORM_SHORT, KEY_BARE_NAME,
    KEY_COMMON, KEY_NAME,
};
use crate::normalize;

/// One way the matcher reads a single written word as a one-word term (guards aside): for
/// the collision lint ([`crate::glossary::lint`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// Index into [`Glossary::entries`].
    pub entry: usize,
    /// Bytes of proclitics stripped other than the article (و ف ب ك ل).
    pub clitics: usize,
    /// Among them, an article the headword does not have (العقوبات for عقوبات).
    pub added_article: bool,
    /// The word ends in the accusative alef the matcher drops.
    pub accusative: bool,
    /// The word carries a possessive suffix.
    pub possessive: bool,
    /// A form the matcher generates (a nationality's feminine or plural), not a spelling.
    pub generated: bool,
}

impl Matcher {
    /// Every reading of `word` (one word, any spelling) as a one-word term, as the matcher
    /// would take it at the start of a text, guards aside.
    pub fn readings(&self, word: &str) -> Vec<Reading> {
        let n = normalize::matcher().normalize_str(word);
        let mut out = Vec::new();
        for form in self.form(n.as_bytes()).into_iter().flatten() {
            let keys = form.keys as usize..(form.keys + form.key_count) as usize;
            let possessive = form.kind & FORM_POSSESSIVE != 0;
            for key in &self.keys[keys] {
                let lam_article = form.kind & FORM_LAM_ARTICLE != 0;
                let added_article = (form.article > 0 || lam_article) && !key.article;
                if !key.rest.is_empty()
                    || form.kind & (FORM_SHORT | FORM_MULTI_ONLY) != 0
                    || (possessive && key.flags & KEY_COMMON == 0)
                    || (added_article && key.flags & KEY_BARE_NAME != 0)
                    || (form.accusative && key.flags & KEY_NAME != 0)
                    || (key.article && form.article == 0 && !possessive && !lam_article)
                {
                    continue;
                }
                let r = Reading {
                    entry: key.entry as usize,
                    clitics: usize::from(form.stripped - form.article),
                    added_article,
                    accusative: form.accusative,
                    possessive,
                    generated: key.generated,
                };
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        out
    }
}
