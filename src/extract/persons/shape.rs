//! Word shapes the person rules test: what a surname, a first name the lexicon lacks, a verb
//! of the present, a family name in the nisba, a ḥāl, an indefinite noun and the head noun of a
//! body look like.

use super::super::{Sent, LEX, ROLE, TERM, VERB};
use super::{is_stop, rare, rare_with_clitics, unknown_name_ok, PARTICLE_WORDS};

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
/// pronoun suffix (تخوضها، وعددهم); four letters or more, the first an Arabic letter: a
/// Latin word after an Arabic name is the text's gloss of a term, no surname (لينوكس Linux,
/// AQMAR: taken as a person and then every later Linux remembered as him).
pub(crate) fn surname_shaped(w: &str) -> bool {
    const PREFIXES: [&str; 6] = ["ال", "و", "فال", "بال", "كال", "لل"];
    const SUFFIXES: [&str; 5] = ["ون", "ات", "ه", "ها", "هم"];
    w.chars().next().is_some_and(crate::chars::is_arabic_letter)
        && w.chars().count() >= 4
        && !PREFIXES.iter().any(|p| w.starts_with(p))
        && !SUFFIXES.iter().any(|x| w.ends_with(x))
        && !participle_alef(w)
}

/// Could token `k`, which starts with و, be a foreign surname that starts with W rather than و
/// and a second item (مارتن وايتزمان، جيرنوت واجنر, session 23; not كريستيانو وجاريث): و, then
/// a plain ا as written (the vowel Arabic writes after a foreign W; not جولي وأونج, nor وي:
/// سامي ويعمم is "and generalizes", a verb of the present), then
/// a word that is no name of the lexicon, is [`surname_shaped`] and has not the shape of a
/// verbal noun that lists join with و (عرفان وامتنان، واحترام، واستقبال); five letters or more.
pub(crate) fn w_surname(sent: &Sent, k: usize) -> bool {
    let w = sent.w(k);
    let written = sent.surface(k, k + 1);
    w.strip_prefix('و').is_some_and(|r| {
        written.starts_with("وا")
            && w.chars().count() >= 5
            && super::flags(r) & super::NAME == 0
            && surname_shaped(r)
            && !masdar(r)
    })
}

/// Has `r` the shape of a verbal noun of the derived stems with a prefixed alef: افتعال
/// (امتنان، احترام), انفعال (انطلاق), استفعال (استقبال), إفعال (إعلان)?
fn masdar(r: &str) -> bool {
    let c: Vec<char> = r.chars().collect();
    match c.len() {
        5 => c[0] == 'ا' && c[3] == 'ا',
        6 => c[0] == 'ا' && (c[2] == 'ت' || c[1] == 'ن') && c[4] == 'ا',
        7 => r.starts_with("است") && c[5] == 'ا',
        _ => false,
    }
}

/// Is `w` an active participle in the accusative, a ḥāl (وقال محمد مبتسما "smiling",
/// مسرعا، متوجها، مؤكدا): م and a consonant first, the tanween alef last, five letters or
/// more? Names of that shape are in the lexicon (مهاتما); foreign ones have a vowel letter
/// second (مارادونا، موريرا، ميندوزا).
pub(super) fn participle_alef(w: &str) -> bool {
    let mut c = w.chars();
    c.next() == Some('م')
        && !matches!(c.next(), Some('ا' | 'و' | 'ي') | None)
        && w.ends_with('ا')
        && w.chars().count() >= 5
        && super::flags(w) & super::NAME == 0
}

/// Could `w` be a present-tense verb in the dual or plural by its shape (يرتديان، تقومان،
/// يعملون): ي/ت/ن first, ان/ون/ين/وا last, five letters or more?
fn verb_shaped(w: &str) -> bool {
    w.chars().count() >= 5
        && w.starts_with(['ي', 'ت', 'ن'])
        && ["ان", "ون", "ين", "وا"].iter().any(|x| w.ends_with(x))
}

/// Is token `k` an unclaimed word that may stand in a name the lexicon lacks: no verb, role,
/// fact-lexicon word or glossary term, no stop word, not shaped like a verb of the present?
pub(crate) fn open_word(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    let w = sent.w(k);
    sent.is_word(k)
        && !covered.get(k).copied().unwrap_or(true)
        && !verb_shaped(w)
        && !is_stop(w)
        && !sent.any(k, VERB | ROLE | LEX)
        && !sent.in_term(k)
}

/// Is token `k` an unclaimed family name in the nisba (ال…ي as written, four letters or more
/// after the article: العتيبي), not a glossary term (الفرنسي) nor a stop word?
pub(crate) fn nisba_family(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    let w = sent.w(k);
    sent.is_word(k)
        && !covered.get(k).copied().unwrap_or(true)
        && !sent.in_term(k)
        && !is_stop(w)
        && w.strip_prefix("ال")
            .is_some_and(|r| r.chars().count() >= 4 && r.ends_with('ي'))
        && !sent.surface(k, k + 1).ends_with('ى')
}

/// Token `k` a surname-shaped [`open_word`] and token `k + 1` a [`nisba_family`]: ناجم
/// الغرسلي.
pub(super) fn middle_then_nisba(sent: &Sent, k: usize, covered: &[bool]) -> bool {
    open_word(sent, k, covered) && surname_shaped(sent.w(k)) && nisba_family(sent, k + 1, covered)
}

/// Does `surface` carry tanween of the nominative or genitive (U+064C, U+064D): an
/// indefinite noun (نظرٍ، دليلٌ)?
pub(super) fn indefinite(surface: &str) -> bool {
    surface
        .as_bytes()
        .windows(2)
        .any(|b| b == [0xD9, 0x8C] || b == [0xD9, 0x8D])
}

/// Does token `k` head a body without the article, alone or after و/ف/ب/ل (نادي، لحزب،
/// وشركة)? The words after it name the body.
pub(super) fn org_head(sent: &Sent, k: usize) -> bool {
    sent.is_word(k)
        && super::clitic_splits(sent.w(k)).any(|(c, r)| {
            matches!(c, "" | "و" | "ف" | "ب" | "ل") && super::lists::ORG_HEADS.contains(&r)
        })
}

/// Is the name at token `from` a body's, right after its head noun (نادي [[ريفير بليت]]) or
/// after the head and an opening quotation mark (شركة «[[ديجي دوك تكنولوجيز]]»: companies
/// are quoted; dev news gave three such companies as people)?
pub(super) fn body_before(sent: &Sent, from: usize) -> bool {
    from > 0
        && (org_head(sent, from - 1)
            || from > 1 && matches!(sent.w(from - 1), "«" | "\"" | "“") && org_head(sent, from - 2))
}

/// Is the name starting at token `from` a body's or place's namesake after its title: a title
/// right before it (a role word, a glossary title, د.), and before the title one of
/// [`NAMESAKE_HEADS`](super::lists::NAMESAKE_HEADS) without the article, alone or after
/// و/ف/ب/ل (مستشفى د. [[سليمان الحبيب]]، كرسي المهندس [[عبدالله بن أحمد بقشان]])?
pub(super) fn namesake(sent: &Sent, from: usize) -> bool {
    if from < 2 {
        return false;
    }
    // Where the title starts: a role word, د., or a glossary title of up to three words that
    // ends at `from` (its first token has the `TERM` bit: most tokens are turned away there).
    let title = |k: usize| {
        sent.any(k, TERM)
            && sent
                .term_at(k)
                .is_some_and(|t| t.to == from && t.category == crate::glossary::Category::Title)
    };
    let k = if sent.any(from - 1, ROLE) {
        from - 1
    } else if sent.w(from - 1) == "." && sent.w(from - 2) == "د" {
        from - 2
    } else if let Some(k) = (from.saturating_sub(3)..from).find(|&k| title(k)) {
        k
    } else {
        return false;
    };
    k > 0 && namesake_head(sent, k - 1)
}

/// Is token `k` one of [`NAMESAKE_HEADS`](super::lists::NAMESAKE_HEADS) without the article,
/// alone or after و/ف/ب/ل (مستشفى، وجامعة، بمدرسة، ثانوية)?
pub(super) fn namesake_head(sent: &Sent, k: usize) -> bool {
    sent.is_word(k)
        && super::clitic_splits(sent.w(k)).any(|(c, r)| {
            matches!(c, "" | "و" | "ف" | "ب" | "ل") && super::lists::NAMESAKE_HEADS.contains(&r)
        })
}

/// Could token `k`, right after a run of two names or more, be their family name written
/// without the article (مفرح بن حسن عسيري، إيمان سليمان ميمش): the run's last word no
/// particle nor definite, `k` in Arabic letters one space after it, an [`open_word`], surname-shaped, no common word with or
/// without its proclitics or the accusative alef, without tanween, no known subject noun
/// (مسؤول) and no word of a body's name? With a title or speech verb before the run
/// (`evidence`), a common word too when it is a nisba the name data has as a surname
/// (الدكتورة دولة مانع عسيري: عسيري is also "of Asir").
pub(super) fn bare_family(sent: &Sent, k: usize, covered: &[bool], evidence: bool) -> bool {
    if k >= sent.len() {
        return false;
    }
    let last = sent.w(k - 1);
    let w = sent.w(k);
    // Arabic letters only, one space after the run: not across a dash or tatweel of a list
    // (محمد حسين ــ جمعان), not into Latin (an e-mail: هويديnafezah).
    let gap = sent.surface(k - 1, k + 1);
    let surface = sent.surface(k, k + 1);
    surface.chars().all(letter_or_haraka)
        && gap.chars().all(|c| c == ' ' || letter_or_haraka(c))
        && !last.starts_with("ال")
        && !PARTICLE_WORDS.contains(&last)
        && open_word(sent, k, covered)
        && surname_shaped(w)
        && (rare_with_clitics(w)
            && w.strip_suffix('ا').is_none_or(rare)
            && unknown_name_ok(sent, k, k + 1)
            || evidence && w.ends_with('ي') && !is_stop(w) && super::known_surname(sent, k))
        && !indefinite(sent.surface(k, k + 1))
        && !sent
            .surface(k, k + 1)
            .as_bytes()
            .windows(2)
            .any(|b| b == [0xD9, 0x8B])
        && !super::super::quotes::is_subject_noun(w)
}

/// An Arabic letter (ء to ي, not tatweel) or a haraka.
fn letter_or_haraka(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{0652}')
}
