//! Names after a nationality adjective: `المدرب الهولندي لويس فان خال`, `إلى البرازيلي تياجو
//! نيفيز`, `العالم الألماني هيزنبرج`.
//!
//! **In:** a sentence whose glossary matches include a definite nationality adjective
//! (category `nationality`, with the article: الألماني، البرتغالية، والأمريكي). **Out:**
//! `person` facts (rule `person.nationality`) for the name right after it.
//!
//! News writes a foreign person as "the German X" without a title; the adjective is the
//! evidence a title would be. What may follow it:
//! * a name run of the person lexicon, read as after a title ([`super::name_run`] with
//!   evidence): `الأمريكي جون كيري`;
//! * or, when longer, up to four words no common-word list has, or that the name data knows as a
//!   person-name token (`translit` lexicon) and are not among the commonest words, shaped like
//!   a name (no article, no plural, feminine or pronoun ending, no verb shape, no tanween):
//!   `تياجو نيفيز`, `يوهاندري أوزكورو`. A single such word needs a clause end after it
//!   (punctuation, a verb, و) and the name data (`والمدافع الإيطالي دارميان (`), or, right
//!   after the adjective, letters no Arabic word has ([`foreign_word`]: `العالم الألماني
//!   هيزنبرج و…`, `الصربي مياتوفيتش .`); after a role word alone it may be a club (`مهاجم
//!   إسبانيول الماهر`).
//!
//! Not after an indefinite adjective (`لاعب برازيلي موهوب`), nor when the next word is
//! definite, a glossary term (`العاصمة الألمانية برلين` is a place), a role or a verb.

use super::super::{DocState, Out, Sent, ROLE, VERB};
use super::shape::{nisba_family, open_word};
use super::{
    flags, is_stop, name_run, push_person, rare_with_clitics, surname_shaped, unknown_name_ok,
    NAME, PARTICLE,
};
use crate::glossary::Category;
use crate::tokens::forms::definite_prefix_len;

/// Persons after a definite nationality adjective.
pub(crate) fn extract(sent: &Sent, doc: &mut DocState, covered: &mut [bool], out: &mut Out) {
    for t in &sent.terms {
        // The adjective with the article, after و/ف and a preposition at most (الألماني،
        // والأمريكية، للبريطاني).
        if t.category != Category::Nationality
            || definite_prefix_len(sent.w(t.from).as_bytes()) == 0
        {
            continue;
        }
        if let Some(run) = named_after(sent, doc, t.to, covered, true) {
            push_person(sent, doc, out, run, None, "person.nationality");
            // The adjective too: it describes this person, it is no family name of the word
            // before it (حارس مرمى بولتون المجري آدم بوغدان: not a person بولتون المجري).
            covered[t.from.min(run.0)..run.1].fill(true);
        }
    }
}

/// The name after a role word of sport, the arts or the press (`مدرب المكسيك ميغيل هيريرا`),
/// from token `j`: past up to three glossary terms (a place, an organization, a nationality)
/// or definite words, the name by its own evidence ([`named_after`]).
pub(crate) fn titled(
    sent: &Sent,
    doc: &DocState,
    j: usize,
    covered: &[bool],
) -> Option<(usize, usize, usize)> {
    let mut k = j;
    for _ in 0..=3 {
        if let Some(run) = named_after(sent, doc, k, covered, false) {
            return Some(run);
        }
        if k >= sent.len() || !sent.is_word(k) || sent.any(k, VERB) {
            return None;
        }
        k = match sent.term_at(k) {
            Some(t) if t.category != Category::Person => t.to,
            Some(_) => return None,
            None if sent.w(k).starts_with("ال") && !covered[k] => k + 1,
            // مدرب المنتخب سابقا فلان: "formerly" after the office.
            None if super::super::entities::FORMERLY.contains(&sent.w(k)) => k + 1,
            None => return None,
        };
    }
    None
}

/// The name that starts at token `i` right after a word that announces one: a lexicon run or
/// a run of name-shaped words, whichever is longer; `None` when token `i` starts none.
/// `nationality`: a nationality adjective is right before, so one word foreign by its letters
/// is a name ([`foreign_word`]); after a role word alone it may be a club in the construct
/// state (مهاجم إسبانيول "Espanyol's striker").
pub(crate) fn named_after(
    sent: &Sent,
    doc: &DocState,
    i: usize,
    covered: &[bool],
    nationality: bool,
) -> Option<(usize, usize, usize)> {
    if i >= sent.len() || covered[i] || !sent.is_word(i) || sent.any(i, VERB | ROLE) {
        return None;
    }
    // Most words after a nationality are definite (الفرنسي الجديد) or a second item after و:
    // neither starts a name unless the lexicon has the whole word (إليزابيث، وليد).
    let w = sent.w(i);
    // An old name with the article before بن is one (الخليفة الوليد بن عبد الملك).
    if (w.starts_with("ال") || w.starts_with('و'))
        && flags(w) & NAME == 0
        && !super::definite_before_bin(sent, i)
    {
        return None;
    }
    // Never a word after و (وكاك الفرنسي: a second item, not the adjective's noun).
    let lexicon = name_run(sent, i, covered, true).filter(|r| r.2 == 0);
    let shaped = foreign_run(sent, i, covered, nationality);
    let mut run = lexicon.into_iter().chain(shaped).max_by_key(|r| r.1)?;
    // A common word in the construct state ends no name: إيزابيل بريم المفقودة is a name,
    // نجم الفريق "the team's star" is not.
    while run.1 - run.0 > 1
        && construct(sent, run.1 - 1)
        && !FOREIGN_PARTICLES.contains(&sent.w(run.1 - 2))
        && flags(sent.w(run.1 - 2)) & PARTICLE == 0
    {
        run.1 -= 1;
    }
    // One word: a clause or phrase ends after it (الغيني سيلا اللذين، الأفغاني رضا البالغ،
    // الإيطالي دارميان (); اليمني بات غير قادر is a verb. A person the document named
    // already (البلجيكي بنتيكي after كريستيان بنتيكي) is a later mention, not a new person.
    if run.1 - run.0 == 1 && (!ends(sent, run.1) || doc.people.contains_key(sent.w(run.0))) {
        return None;
    }
    unknown_name_ok(sent, run.0, run.1).then_some(run)
}

/// Up to four name-shaped words from token `i` (two at least, or one the name data knows
/// before a clause end).
fn foreign_run(
    sent: &Sent,
    i: usize,
    covered: &[bool],
    nationality: bool,
) -> Option<(usize, usize, usize)> {
    let mut to = i;
    while to < sent.len() && to - i < 4 {
        if name_shaped(sent, to, covered) && (to == i || continues(sent.w(to))) {
            to += 1;
        } else if to > i && nisba_family(sent, to, covered) {
            // A family name in the nisba closes the name: المدربة هنادي العتيبي.
            to += 1;
            break;
        } else if to > i
            && FOREIGN_PARTICLES.contains(&sent.w(to))
            && to + 1 < sent.len()
            && after_particle(sent, to + 1, covered)
        {
            to += 2;
        } else {
            break;
        }
    }
    if to == i || !unknown_name_ok(sent, i, to) {
        return None;
    }
    // One word: the name data must know it, or it is a foreign word by its letters: no common
    // word, no verb shape, none of the letters Arabic words have and foreign names almost never
    // (ع ح ص ض ط ظ ق ذ), five letters or more (العالم الألماني هيزنبرج و…، المهاجم التشيلي
    // زامورنوا ،، الصربي مياتوفيتش .: AQMAR dev).
    let w = sent.w(i);
    (to - i > 1 || known_name(w) || nationality && foreign_word(w)).then_some((i, to, 0))
}

/// Does a name end before token `k`: the sentence's end, punctuation, a verb, و, or a definite
/// word (a relative pronoun or an adjective: الذي، البالغ، المفقودة)?
fn ends(sent: &Sent, k: usize) -> bool {
    k >= sent.len()
        || !sent.is_word(k)
        || sent.any(k, VERB)
        || sent.w(k).starts_with('و')
        || sent.w(k).starts_with("ال")
}

/// May `w` (folded) continue a name begun by another word: rare, or a name token that is not
/// one of the commonest words (فريمبونغ نجم فريق: "star", not a surname)?
fn continues(w: &str) -> bool {
    (super::rare(w) || known_name(w))
        && !APPOSITIVES.contains(&w)
        && !super::lists::LINKING_VERBS.contains(&w)
}

/// Nouns that stand after a name in apposition (بوديسكو هداف الدوري "Budescu, the league's top
/// scorer"), rare enough to pass for a surname.
pub(super) const APPOSITIVES: &[&str] = &[
    "هداف",
    "نجم",
    "قائد",
    "لاعب",
    "مدرب",
    "مهاجم",
    "مدافع",
    "حارس",
    "رئيس",
    "عضو",
    "مدير",
    "نائب",
    "صاحب",
    "بطل",
    "مؤسس",
    "زعيم",
    "مالك",
    "وزير",
    "سفير",
    "ممثل",
    "مستشار",
    "شقيق",
    "نجل",
    "زوج",
    "زوجه",
    "والد",
    "والده",
    "مخرج",
    "مؤلف",
    "كاتب",
    "صانع",
];

/// After a particle (فان، دي) any word but a definite, stop, verb or role word: لويس فان غال.
fn after_particle(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    let w = sent.w(k);
    sent.is_word(k)
        && !covered[k]
        && w.chars().count() >= 2
        && !w.starts_with("ال")
        && !is_stop(w)
        && !sent.any(k, VERB | ROLE)
}

/// Is token `k` a common word with a definite noun after it (نجم الفريق), not a relative
/// pronoun (الذي، التي)?
fn construct(sent: &Sent, k: usize) -> bool {
    let next = sent.w(k + 1);
    !super::rare(sent.w(k))
        && sent.is_word(k + 1)
        && next.starts_with("ال")
        && !matches!(
            next,
            "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللذان" | "اللتان"
        )
}

/// A name run `from..to` of [`super::extract`] with a European particle at its edge, widened
/// to the whole name: the foreign first name before a run that starts with the particle
/// (`ألفريدو دي ستيفانو`: not De Stefano alone), and the particle and the word after it
/// after a run of one first name (`وقال لويس فان غال`: not Luis alone; not after a whole
/// name, `غاريث بيل فان غال` in a list of two people). The first name is one the name data knows
/// (not among the commonest words) or foreign by its letters ([`foreign_word`]), never a word
/// with the article, a verb, role or glossary term; the word after the particle is no common
/// word unless the name data knows it (`فان` is also "for indeed": `التقرير فان الملعب`).
/// Not لا and لي, which are far more often "no" and "to me".
pub(super) fn particle_edges(
    sent: &Sent,
    covered: &[bool],
    from: usize,
    to: usize,
) -> (usize, usize) {
    let particle = |k: usize| k < sent.len() && !covered[k] && EDGE_PARTICLES.contains(&sent.w(k));
    let from = if from > 0 && particle(from) && first_name(sent, from - 1, covered) {
        from - 1
    } else {
        from
    };
    // After a first name alone: غاريث بيل فان غال is two people of a list.
    let to = if to - from == 1
        && particle(to)
        && to + 1 < sent.len()
        && after_particle(sent, to + 1, covered)
        && !sent.w(to + 1).starts_with('و')
        && !sent.in_term(to + 1)
        && (super::rare(sent.w(to + 1)) || known_name(sent.w(to + 1)))
    {
        to + 2
    } else {
        to
    };
    (from, to)
}

/// The particles [`particle_edges`] widens a run across.
const EDGE_PARTICLES: &[&str] = &["فان", "فون", "دي", "دا", "ديل", "دو"];

/// Is token `k` a foreign first name before a particle: known to the name data or foreign by
/// its letters, not written with the article (ألفريدو is)?
fn first_name(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    let w = sent.w(k);
    !covered[k]
        && sent.is_word(k)
        && !sent.any(k, VERB | ROLE)
        && !sent.in_term(k)
        && !sent.surface(k, k + 1).starts_with("ال")
        && !w.starts_with('و')
        && w.chars().count() >= 3
        && !is_stop(w)
        && (known_name(w) || foreign_word(w))
}

/// Particles inside European names (لويس فان خال، ستافان دي ميستورا), taken with the word
/// after them.
const FOREIGN_PARTICLES: &[&str] = &["فان", "فون", "دي", "دا", "ديل", "دو", "لا", "لي"];

/// Could token `k` be (part of) a foreign name by its shape and the word lists?
fn name_shaped(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    let w = sent.w(k);
    open_word(sent, k, covered)
        && if surname_shaped(w) {
            flags(w) & NAME != 0
                || known_name(w)
                // A word of neither list: not shaped like a verb of the present or future
                // (تحاصر، سينتصر); تياجو، يوهاندري are.
                || (rare_with_clitics(w) && !verb_prefix(w))
        } else {
            // Three letters (فان، خال، دي لا …): a name token of the lexicon or the name data.
            w.chars().count() >= 2
                && !w.starts_with('و')
                && !w.starts_with("ال")
                && (flags(w) & NAME != 0 || known_name(w))
        }
}

/// Is `w` (folded) a foreign name by its letters alone: Arabic letters, five or more, no
/// article, و or preposition first, no feminine, plural or pronoun ending, no past verb shape
/// (ا …ت), no common word
/// (nor through its clitics), not shaped like a verb of the present or a participle (م and a
/// consonant), and none of the letters of Arab names ([`crate::translit::arab_letters`])?
pub(super) fn foreign_word(w: &str) -> bool {
    const PREFIXES: [&str; 6] = ["ال", "و", "فال", "بال", "كال", "لل"];
    const SUFFIXES: [&str; 5] = ["ات", "ه", "ها", "هم", "هما"];
    let mut c = w.chars();
    // م and a consonant: a participle (مكتشف راؤول "Raúl's discoverer"), not a name.
    let participle = c.next() == Some('م') && !matches!(c.next(), Some('ا' | 'و' | 'ي'));
    // ا …ت: a verb of the past, feminine (السعودية اجتازت "Saudi women have overcome").
    let past = w.starts_with('ا') && w.ends_with('ت');
    // In Arabic letters: a Latin word after a language's name is the word in that language
    // (بالعربية والفرنسية EGYPTE). ـون may end a foreign name (ليندون، نيلسون), and a plural
    // in ـون is a common word.
    w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && w.chars().count() >= 5
        && !PREFIXES.iter().any(|p| w.starts_with(p))
        && !SUFFIXES.iter().any(|x| w.ends_with(x))
        && !participle
        && !past
        && rare_with_clitics(w)
        && !verb_prefix(w)
        && !crate::translit::arab_letters(w)
}

/// Does `w` start like a verb of the present or future: ي/ت/ن (after an optional س) and a
/// consonant, or س and ي/ت/ن?
fn verb_prefix(w: &str) -> bool {
    present_prefix(w.strip_prefix('س').unwrap_or(w))
}

/// Does `w` start like a verb of the present: ي/ت/ن and a consonant (يعمل، تنحو; not يوسف،
/// تامر, whose second letter is a long vowel)?
pub(crate) fn present_prefix(w: &str) -> bool {
    let mut c = w.chars();
    matches!(c.next(), Some('ي' | 'ت' | 'ن')) && !matches!(c.next(), Some('ا' | 'و' | 'ي'))
}

/// Is `w` (folded) a person-name token of the name data that is not a common word? The
/// common-word test is the person lexicon's stop list and the commonest words of the frequency
/// list (a name like ميغيل or رونالدو is frequent in news yet no word of the language).
fn known_name(w: &str) -> bool {
    !is_stop(w) && !super::common::very_common(w) && crate::translit::knows(w)
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check_surfaces;
    use super::super::super::FactKind::Person;

    #[test]
    fn names_after_a_nationality() {
        let rows: &[(&str, &[&str])] = &[
            (
                "انتقل المهاجم إلى البرازيلي تياجو نيفيز في الصيف",
                &["تياجو نيفيز"],
            ),
            (
                "وأكد المدرب الهولندي لويس فان غال المدير الفني للفريق أن فريقه جاهز",
                &["لويس فان غال"],
            ),
            (
                "ومصير المواطنة الفرنسية إيزابيل بريم المفقودة في اليمن",
                &["إيزابيل بريم"],
            ),
            ("وقال الأفغاني رضا البالغ العشرين من عمره إنه", &["رضا"]),
            // One word by its letters foreign, before a clause end (AQMAR dev: Atom,
            // Raul_Gonzales); not a Latin word, nor an Arab-lettered or common one.
            (
                "ثم نجح العالم الألماني هيزنبرج والعالم النمساوي في ذلك",
                &["هيزنبرج"],
            ),
            (
                "وسجل الهدف الصربي مياتوفيتش . ثم انتهت المباراة",
                &["مياتوفيتش"],
            ),
            ("وكتبت بالعربية والفرنسية EGYPTE .", &[]),
            ("وقال المسؤول الأمريكي صباحا إن", &[]),
            ("فالشعب اليمني بات غير قادر على الصمود", &[]),
            // Role words of sport and the arts, past a place.
            (
                "وقال مدرب المكسيك ميغيل هيريرا إن الخطأ وارد",
                &["ميغيل هيريرا"],
            ),
            (
                "في ورشة قدمتها المدربة هنادي العتيبي واستهدفت النساء",
                &["هنادي العتيبي"],
            ),
            (
                "وقال المحامي سمير بن عمر المتخصص في القضايا",
                &["سمير بن عمر"],
            ),
            ("وهذا اللاعب الذي سجل الهدف", &[]),
            ("وقال الفنان سوري يقيم في باريس", &[]),
            (
                "ويبدو أن الدولي البرتغالي برونو فيرنانديز سيبقى",
                &["برونو فيرنانديز"],
            ),
            (
                "وتعاقد النادي مع الفنزويلي يوهاندري أوزكورو لموسمين",
                &["يوهاندري أوزكورو"],
            ),
            // A place, a common word, an indefinite adjective: no person.
            ("وصل إلى العاصمة الألمانية برلين أمس", &[]),
            ("وأعلن الجانب الأمريكي عن موافقته", &[]),
            ("وهو لاعب برازيلي موهوب جدا", &[]),
            (
                "كما عانى الغاني إيمانويل فريمبونغ نجم فريق أوفا من الإصابة",
                &["إيمانويل فريمبونغ"],
            ),
            ("وقالت الصحف إن القوات الإيرانية تحاصر زنجبار منذ أيام", &[]),
            ("وأكد الشأن الإيراني تأكيداً على موقفه", &[]),
            ("وقرر الاتحاد السعودي لكرة القدم تأجيل المباراة", &[]),
            // A particle at a name run's edge (AQMAR dev Real_Madrid; SaudiNewsNet).
            (
                "ولعل أبرزها التوقيع مع ألفريدو دي ستيفانو وجلب الموهبة",
                &["ألفريدو دي ستيفانو"],
            ),
            ("وقال لويس فان غال إن الفريق جاهز", &["لويس فان غال"]),
            ("وكشف التقرير فان الملعب جاهز", &[]),
        ];
        check_surfaces(Person, rows);
    }
}
