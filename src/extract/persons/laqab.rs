//! A person named by an old title and one definite word: `الإمام الحسين`, `الخليفة المأمون`,
//! `الإمام الشافعي`, `الخليفة العباسي المأمون`.
//!
//! **In:** a sentence, the token of a title and the first token after it. **Out:** the span of
//! the name (one token), for the titled-people rule of [`crate::extract::entities`], which
//! calls this only when no name run and no "last words before a boundary" follow the title.
//!
//! History and religion name imams, caliphs and sultans by a laqab or a nisba with the article
//! (الحسين، الرضا، المأمون، الشافعي، البخاري), which no name run takes: a run never starts with
//! the article. After one of the old titles (إمام، خليفة، سلطان، قديس) the word is the person
//! when it is:
//! * ال + a name of the lexicon (الحسين، الرضا، السجاد، المهدي);
//! * a nisba (ال…ي, four letters or more after the article: الشافعي، البخاري، الخميني);
//! * after خليفة only, a caliph's regnal name: ال + م and three letters or more (المأمون،
//!   المعتضد، المتوكل، المسترشد).
//!
//! A dynasty's adjective right after the title is passed over when a definite word follows it
//! (الخليفة العباسي المأمون), and is never the name itself (السلطان العثماني "the Ottoman
//! sultan"). Not a glossary term (a nationality: الإمام الإيراني), a stop word, a body's head
//! noun or an adjective of the office (الإمام الأكبر، الإمام الراتب "the mosque's regular
//! imam", الخليفة الراشد); a title right after a facility's head (مسجد الإمام الصادق) names
//! the facility and never reaches here.

use super::super::{clitic_splits, definite_after_lam, Sent, ROLE, VERB};
use super::{body_noun, is_name, is_stop, rare_with_clitics};

/// The old titles, folded, without proclitics.
const TITLES: &[&str] = &["الامام", "الخليفه", "السلطان", "القديس"];

/// Dynasties' adjectives, folded: an adjective of the title, never its holder's name.
const DYNASTIES: &[&str] = &[
    "العباسي",
    "الاموي",
    "الفاطمي",
    "العثماني",
    "المملوكي",
    "الايوبي",
    "السلجوقي",
    "الصفوي",
    "البويهي",
    "الراشد",
];

/// Adjectives of an imam's or sultan's office that the name data also spells as names.
const OFFICE_ADJECTIVES: &[&str] = &[
    "الاكبر",
    "الاعظم",
    "الراتب",
    "الجليل",
    "الخطيب",
    "الراحل",
    "الجديد",
    "الحالي",
    "السابق",
    "العادل",
    "الصالح",
    "المؤسس",
    "المفدي",
    "الاول",
    "الثاني",
    "الغائب",
    "المنتظر",
    "المعصوم",
];

/// The name after the old title at token `title`, from token `after`: `(from, to, 0)`.
pub(crate) fn after_title(
    sent: &Sent,
    title: usize,
    after: usize,
    covered: &[bool],
) -> Option<(usize, usize, usize)> {
    let caliph = old_title(sent.w(title))? == "الخليفه";
    // الخليفة العباسي المأمون: past the dynasty's adjective.
    let k = if DYNASTIES.contains(&sent.w(after)) && sent.w(after + 1).starts_with("ال") {
        after + 1
    } else {
        after
    };
    if !laqab(sent, k, covered, caliph) {
        return None;
    }
    // السلطان الظاهر بيبرس: a name no common word right after the laqab goes with it.
    let next = sent.w(k + 1);
    let name = k + 1 < sent.len()
        && !covered[k + 1]
        && sent.is_word(k + 1)
        && !sent.any(k + 1, VERB | ROLE)
        && !sent.in_term(k + 1)
        && !next.starts_with("ال")
        && !next.starts_with('و')
        && !next.ends_with('ه')
        && next.chars().count() >= 4
        && !is_stop(next)
        && rare_with_clitics(next);
    Some((k, k + 1 + usize::from(name), 0))
}

/// The old title `w` (folded, through proclitics: والإمام، للإمام) is, without them.
fn old_title(w: &str) -> Option<&'static str> {
    // ل + ال is written لل (للإمام).
    let lam = definite_after_lam(w);
    let lam = lam
        .as_deref()
        .and_then(|r| TITLES.iter().find(|t| **t == r));
    lam.or_else(|| clitic_splits(w).find_map(|(_, r)| TITLES.iter().find(|t| **t == r)))
        .copied()
}

/// Is token `k` a laqab or nisba with the article that names the holder of an old title?
fn laqab(sent: &Sent, k: usize, covered: &[bool], caliph: bool) -> bool {
    if k >= sent.len() || covered[k] || !sent.is_word(k) || sent.any(k, VERB | ROLE) {
        return false;
    }
    let w = sent.w(k);
    // The article is ال with a plain alef (إليزابيث starts with إل).
    let Some(rest) = w
        .strip_prefix("ال")
        .filter(|_| sent.surface(k, k + 1).starts_with("ال"))
    else {
        return false;
    };
    let letters = rest.chars().count();
    // الخليفة الوليد بن عبد الملك، الإمام الحسين بن علي: the name runs on through بن (the
    // name rules take the chain).
    if letters < 3
        || matches!(sent.w(k + 1), "بن" | "ابن" | "بنت")
        || sent.in_term(k)
        || is_stop(w)
        || body_noun(w)
        || DYNASTIES.contains(&w)
        || OFFICE_ADJECTIVES.contains(&w)
    {
        return false;
    }
    // A nisba ends with ي as written, not ى.
    let nisba = letters >= 4 && rest.ends_with('ي') && !sent.surface(k, k + 1).ends_with('ى');
    let regnal = caliph && letters >= 4 && rest.starts_with('م');
    nisba || regnal || is_name(rest)
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check_surfaces;
    use super::super::super::FactKind::Person;

    #[test]
    fn laqab_after_an_old_title() {
        let rows: &[(&str, &[&str])] = &[
            // AQMAR dev (Imam_Hussein_Shrine, Damascus; Wikipedia, CC BY-SA): a laqab, a
            // regnal name, after a dynasty's adjective.
            ("وعقد ولاية العهد للإمام الرضا ( عليه السلام )", &["الرضا"]),
            (
                "ثم توالت العمارات زمن الخليفة المأمون ، والمنتصر",
                &["المأمون"],
            ),
            ("على عهد الخليفة المعتضد العباسي .", &["المعتضد"]),
            ("دفن الجسد الطاهر للإمام الحسين ( عليه السلام )", &["الحسين"]),
            // A chain with بن is the name rules' (Damascus).
            (
                "بني في عهد الخليفة الوليد بن عبد الملك مكان معبد",
                &["الوليد بن عبد الملك"],
            ),
            (
                "في عهد الخليفة العباسي الناصر مؤيد الدين محمد بن عبد الكريم الكندي",
                &["الناصر", "محمد بن عبد الكريم الكندي"],
            ),
            // SaudiNewsNet (al-Riyadh, al-Aqtisadiya): a nisba; a dynasty's adjective first.
            ("الحديث أخرجه الإمام البخاري في صحيحه", &["البخاري"]),
            (
                "بل وحتى الخليفة العباسي المأمون الذي أمر بضربه",
                &["المأمون"],
            ),
            ("مع شيخه الإمام الشافعي في حلقة درس", &["الشافعي"]),
            // A name no common word after the laqab (Damascus).
            (
                "في عهد السلطان الظاهر بيبرس والسلطان قلاوون ، شهدت",
                &["الظاهر بيبرس"],
            ),
            ("مع الإمام السجاد عليه السلام", &["السجاد"]),
            // The caliph's title is also a Gulf family (SaudiNewsNet al-Watan).
            (
                "وهم: حسن الراضي، أحمد الخليفة، يوسف علي الطريفي",
                &["حسن الراضي", "أحمد الخليفة", "يوسف علي الطريفي"],
            ),
            // No person: the office's adjective, a dynasty, a mosque named after the imam.
            ("وقال الإمام الأكبر في كلمته", &[]),
            ("وأم المصلين الإمام الراتب للمسجد", &[]),
            ("وكان السلطان العثماني قد أمر بهدم السور", &[]),
            ("استهدف مسجد الإمام الصادق بمنطقة الصوابر", &[]),
            ("وكان الخليفة الراشد قد أمر بذلك", &[]),
        ];
        check_surfaces(Person, rows);
    }
}
