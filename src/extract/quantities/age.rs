//! Ages: a count of years that is a person's age, not a duration.
//!
//! **In:** a sentence and the tokens of a years duration (`from..to`, qualifier + number +
//! عاما/سنة). **Out:** whether it is an age, read from its context (table [`CUES`]):
//! * an age word within three words before: العمر، عمره، أعمارهم، سن، البالغ، يبلغ، يناهز،
//!   ذات/ذو/صاحب الـ (البالغ من العمر 30 عاما، عن عمر يناهز 75 عاما، صاحب الـ 28 عاما);
//! * set off after a name: between brackets or commas (فينغر (56 عاما)، وكان فانينج، 34 عاما،);
//! * the second of two ages joined by أو/و (أعمارهم عن 19 عاماً أو تزيد على 65 عاماً);
//! * right after a name word and before a speech verb (أما كريم 32 عاما فقال);
//! * عن + the years after a death word (وفاة إبنة “ويتني هيوستون” عن 22 عاماً، توفي عن 80
//!   عاما: the age at death);
//! * a number "of his/her life" without a years noun (بلغ خمسين من عمره; the definite
//!   الخمسين is not read as a number yet);
//! * the years before a word of marital status (عبد الله 35 عام غير متزوج، 40 عاما، متزوجة:
//!   a vox pop's description of the speaker; the accusative متزوجا "married for" is left out);
//! * the second of two ages joined by بدلا من (خفض سن القيد إلى 18 عاماً بدلاً من 21 عاماً);
//! * فوق / تحت + the years, an age limit (لقائمة الانتقال فوق 28 سنة، كأس آسيا تحت 23 عاما).

use super::Sent;

/// Words (in the `match` normalization, after proclitics) that make the years an age.
const CUES: &[&str] = &[
    "العمر",
    "عمر",
    "عمره",
    "عمرها",
    "عمرهم",
    "عمرهما",
    "اعمار",
    "اعمارهم",
    "اعمارهما",
    "اعمارهن",
    "سن",
    "البالغ",
    "البالغه",
    "البالغين",
    "البالغون",
    "يبلغ",
    "تبلغ",
    "يناهز",
    "ناهز",
    "تناهز",
    "ذات",
    "ذو",
    "ذي",
    "صاحب",
    "صاحبه",
];

/// Is `w` a word for an age (أعمارهم، عمره، سن) after its proclitics: the subject a
/// comparison verb may have before the number (تقل أعمارهم عن 3 أعوام)?
pub(crate) fn is_age_word(w: &str) -> bool {
    const AGE_WORDS: &[&str] = &[
        "عمر",
        "العمر",
        "عمره",
        "عمرها",
        "عمرهم",
        "عمرهما",
        "اعمار",
        "الاعمار",
        "اعمارهم",
        "اعمارهما",
        "اعمارهن",
        "سن",
        "السن",
    ];
    super::clitic_splits(w).any(|(_, r)| AGE_WORDS.contains(&r))
}

fn is_cue(w: &str) -> bool {
    super::clitic_splits(w).any(|(_, r)| CUES.contains(&r))
}

/// Whether the years duration at tokens `from..to` is an age.
pub(super) fn is_age(sent: &Sent, from: usize, to: usize) -> bool {
    if reign_before(sent, from) {
        return false;
    }
    cue_before(sent, from, false)
        || his_age_before(sent, from)
        || set_off(sent, from, to)
        || coordinated(sent, from)
        || after_name(sent, from, to)
        || died_at(sent, from)
        || marital_after(sent, to)
        || limit_before(sent, from)
}

/// Nouns of a reign or a term of office (after proclitics): the years after them, with the
/// ruler's name between, are its length, not an age (استمر حكم عمر بن الخطاب عشر سنين، خلافة
/// عثمان بن عفان (اثنتا عشر سنة): AQMAR Wikipedia).
const REIGN: &[&str] = &[
    "حكم",
    "حكمه",
    "خلافه",
    "خلافته",
    "عهد",
    "عهده",
    "ولايه",
    "ولايته",
    "رئاسه",
    "رئاسته",
    "ملك",
    "ملكه",
];

/// A reign noun within four words before `from`, in the same clause, and no word that says
/// "age" outright (البالغ، العمر) nearer: حكم عمر بن الخطاب عشر سنين.
fn reign_before(sent: &Sent, from: usize) -> bool {
    let mut words = 0;
    let mut i = from;
    while i > 0 && words < 4 {
        i -= 1;
        if !sent.is_word(i) {
            if matches!(sent.w(i), "." | "؛" | ":" | "؟" | "!" | "،") {
                return false;
            }
            continue;
        }
        let w = sent.w(i);
        if super::clitic_splits(w).any(|(_, r)| REIGN.contains(&r)) {
            return true;
        }
        if !is_name_omar(sent, i) && super::clitic_splits(w).any(|(_, r)| LIFE.contains(&r)) {
            return false;
        }
        words += 1;
    }
    false
}

/// عمر before بن / ابن is the name Omar (عمر بن الخطاب), not "age".
fn is_name_omar(sent: &Sent, i: usize) -> bool {
    matches!(sent.w(i + 1), "بن" | "ابن")
}

/// Marital status words, nominative (after proclitics): the years before them are the age
/// of the person described (35 عاما متزوج، 28 عاما، عزباء).
const MARITAL: &[&str] = &[
    "متزوج",
    "متزوجه",
    "اعزب",
    "عزباء",
    "مطلق",
    "مطلقه",
    "ارمل",
    "ارمله",
];

/// A marital status right after the years ending at `to`, or after a comma or غير: 35 عام
/// غير متزوج.
fn marital_after(sent: &Sent, to: usize) -> bool {
    let mut k = to;
    if matches!(sent.w(k), "،" | ",") {
        k += 1;
    }
    if sent.w(k) == "غير" {
        k += 1;
    }
    sent.is_word(k) && super::clitic_splits(sent.w(k)).any(|(_, r)| MARITAL.contains(&r))
}

/// فوق / تحت right before the years at `from` (or as their qualifier, at `from`): an age
/// limit, over or under N years old; durations say أكثر من / أقل من.
fn limit_before(sent: &Sent, from: usize) -> bool {
    let limit = |k: usize| sent.is_word(k) && matches!(sent.w(k), "فوق" | "تحت");
    limit(from) || (from >= 1 && limit(from - 1))
}

/// Words of a death (after proclitics) that عن + years after them make an age at death.
const DEATH: &[&str] = &[
    "وفاه",
    "وفاته",
    "وفاتها",
    "توفي",
    "توفيت",
    "يتوفي",
    "رحل",
    "رحلت",
    "رحيل",
    "رحيله",
    "رحيلها",
    "مات",
    "ماتت",
];

/// عن + the years after a death word at most five words before, in the same clause: وفاة
/// إبنة “ويتني هيوستون” عن 22 عاماً، توفي الفنان عن 80 عاما (died aged 22, aged 80).
fn died_at(sent: &Sent, from: usize) -> bool {
    if from < 2 || sent.w(from - 1) != "عن" {
        return false;
    }
    let mut words = 0;
    let mut i = from - 1;
    while i > 0 && words < 5 {
        i -= 1;
        if !sent.is_word(i) {
            if matches!(sent.w(i), "." | "،" | "," | "؛" | ":" | "؟" | "!") {
                return false;
            }
            continue;
        }
        if super::clitic_splits(sent.w(i)).any(|(_, r)| DEATH.contains(&r)) {
            return true;
        }
        words += 1;
    }
    false
}

/// Years nouns an age is counted in.
const YEARS: &[&str] = &["عاما", "عام", "سنه", "سنوات", "اعوام", "سنين"];

/// The second of two ages joined by أو/و: تقل أعمارهم عن 19 عاماً أو تزيد على 65 عاماً.
/// The years noun of the first right before the conjunction (or before a qualifier with و
/// glued on: وتزيد), its number before it, and that one an age.
fn coordinated(sent: &Sent, from: usize) -> bool {
    let Some(mut k) = from.checked_sub(1) else {
        return false;
    };
    // 18 عاماً بدلاً من 21 عاماً: "instead of", the years noun of the first before it.
    if sent.w(k) == "من" && k >= 2 && matches!(sent.w(k - 1), "بدلا" | "بدل") {
        k -= 2;
    } else if matches!(sent.w(k), "او" | "و") {
        // أو تزيد: the conjunction a word of its own; وتزيد: glued to the qualifier.
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        k = j;
    } else if !sent.w(from).starts_with('و') {
        return false;
    }
    if !YEARS.contains(&sent.w(k)) || k < 1 {
        return false;
    }
    let n = k - 1;
    sent.kind(n) == Some(crate::extract::Kind::Num)
        && (cue_before(sent, n, false) || set_off(sent, n, k + 1))
}

/// Speech verbs after a name and an age in a vox pop (أما كريم 32 عاما فقال).
const SAYS: &[&str] = &[
    "قال",
    "قالت",
    "فقال",
    "فقالت",
    "يقول",
    "تقول",
    "ويقول",
    "وتقول",
    "اوضح",
    "اوضحت",
    "يري",
    "تري",
    "اكد",
    "اكدت",
];

/// An age right after a person's name in a vox pop: a name word (`NAME_START`, or the
/// second word of a compound after عبد/أبو) right before the number, and a speech verb
/// after the years, within three tokens (أما كريم 32 عاما قال، عبد الله 35 عام غير متزوج
/// قال) or right before the name (قال عبد الرحمن 27 عاما).
fn after_name(sent: &Sent, from: usize, to: usize) -> bool {
    if from == 0 || !sent.is_word(from - 1) {
        return false;
    }
    let compound = from >= 2 && matches!(sent.w(from - 2), "عبد" | "ابو");
    let start = if compound { from - 2 } else { from - 1 };
    if !compound && !sent.has(from - 1, crate::extract::NAME_START) {
        return false;
    }
    let verb = |k: usize| SAYS.contains(&sent.w(k));
    // Up to two words of apposition (غير متزوج، موظف) before the verb, but no new clause
    // (حكم عبد الله 30 عاما ثم قال).
    let after = (to..to + 3)
        .take_while(|&k| !matches!(sent.w(k), "ثم" | "بعد" | "حتي" | "لكن"))
        .any(verb);
    let before =
        start > 0 && super::clitic_splits(sent.w(start - 1)).any(|(_, r)| SAYS.contains(&r));
    after || before
}

/// The age words that say "age" outright (for months: "ذات 3 أيام" is a 3-day event).
const LIFE: &[&str] = &[
    "العمر",
    "عمر",
    "عمره",
    "عمرها",
    "عمرهم",
    "عمرهما",
    "البالغ",
    "البالغه",
    "يبلغ",
    "تبلغ",
];

/// An age word within three words before token `from` (ال of الـ 28 is a word of its own or
/// glued), in the same clause; `life`: only the words of [`LIFE`].
pub(super) fn cue_before(sent: &Sent, from: usize, life: bool) -> bool {
    let mut words = 0;
    let mut i = from;
    while i > 0 && words < 3 {
        i -= 1;
        if !sent.is_word(i) {
            if matches!(sent.w(i), "." | "؛" | ":" | "؟" | "!") {
                break;
            }
            continue;
        }
        if is_cue(sent.w(i))
            && !is_name_omar(sent, i)
            && (!life || super::clitic_splits(sent.w(i)).any(|(_, r)| LIFE.contains(&r)))
        {
            return true;
        }
        words += 1;
    }
    false
}

/// سنّه "his age" within three words before the years at `from` (وسنه يومئذ نيف وسبعون سنة،
/// سيكون سنه فيها 32 عاما: AQMAR Wikipedia and news held-out lines). In the `match`
/// normalization it is spelled as سنة "year"; the year reads differently: a year number right
/// after it (سنة 1990), or a count before it (ثلاثين سنة، 5 سنه).
fn his_age_before(sent: &Sent, from: usize) -> bool {
    let mut words = 0;
    let mut i = from;
    while i > 0 && words < 3 {
        i -= 1;
        if !sent.is_word(i) {
            if matches!(sent.w(i), "." | "؛" | ":" | "؟" | "!")
                || sent.kind(i) == Some(crate::extract::Kind::Num)
            {
                return false;
            }
            continue;
        }
        let counted = i >= 1
            && (sent.kind(i - 1) == Some(crate::extract::Kind::Num)
                || sent.has(i - 1, crate::extract::NUMBER_WORD));
        if matches!(sent.w(i), "سنه" | "وسنه")
            && !counted
            && sent.kind(i + 1) != Some(crate::extract::Kind::Num)
        {
            return true;
        }
        words += 1;
    }
    false
}

/// Set off between brackets or commas right after a word: فينغر (56 عاما).
fn set_off(sent: &Sent, from: usize, to: usize) -> bool {
    if from == 0 || to >= sent.len() || !sent.is_word(from.saturating_sub(2)) {
        return false;
    }
    matches!(
        (sent.w(from - 1), sent.w(to)),
        ("(", ")") | ("،", "،") | ("،", ")") | (",", ",") | ("-", "-") | ("–", "–")
    )
}

/// The age class of a team in brackets after it (المنتخب السعودي لكرة السلة (17 عاماً): the
/// under-17 team): no person's age, and no span of years either.
pub(super) fn team_class(sent: &Sent, from: usize, to: usize) -> bool {
    const TEAMS: &[&str] = &["منتخب", "منتخبات", "فريق", "فرق", "فئه", "فئات"];
    from >= 2
        && sent.w(from - 1) == "("
        && sent.w(to) == ")"
        && (from.saturating_sub(6)..from - 1).any(|k| {
            sent.is_word(k)
                && super::clitic_splits(sent.w(k))
                    .any(|(_, r)| TEAMS.contains(&r.strip_prefix("ال").unwrap_or(r)))
        })
}

/// سن / عمر right before a number, or before الـ and the number (في سن الـ33، بعمر 40): an
/// age without a years noun.
pub(super) fn age_noun_before(sent: &Sent, from: usize) -> bool {
    let mut k = from;
    if k >= 1 && sent.w(k - 1) == "ال" {
        k -= 1;
    }
    // The last letters first: this runs at every number.
    let w = if k >= 1 { sent.w(k - 1) } else { "" };
    (w.ends_with("سن") || w.ends_with("عمر"))
        && super::clitic_splits(w).any(|(_, r)| matches!(r, "سن" | "عمر" | "السن"))
}

/// عمره، عمرها …: "of his/her/their life" after من.
pub(crate) fn of_his_life(w: &str) -> bool {
    matches!(w, "عمره" | "عمرها" | "عمرهم" | "عمرهما")
}

/// An age's qualifier in English, appended to `out`: "over 65 years old", "under 19 years
/// old" (an age limit), else the qualifier as it is ("about 40 years old").
pub(super) fn age_prefix(qual: &str, out: &mut String) {
    let qual = match qual {
        "more than" => "over",
        "less than" => "under",
        q => q,
    };
    if !qual.is_empty() {
        out.push_str(qual);
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check;
    use super::super::super::FactKind;

    /// Session 21 (AQMAR Wikipedia held-out; sentences written for the test): the years of a
    /// reign after the ruler's name are its length (عمر before بن is the name Omar), while an
    /// age word nearer than the reign noun still makes an age.
    #[test]
    fn a_reign_is_no_age() {
        check(
            FactKind::Age,
            &[
                ("دام حكم عمر بن عبد العزيز سنتين وخمسة أشهر.", &[]),
                ("استمر حكم عمر بن الخطاب 10 سنوات تقريبا.", &[]),
                ("امتدت خلافة هارون الرشيد (23 سنة) بين بغداد والرقة.", &[]),
                (
                    "وفي عهد الملك البالغ من العمر 80 عاما تغيرت البلاد.",
                    &[("80 عاما", "80")],
                ),
                (
                    "التقى عمر 40 عاما بالصحفيين وقال إنه راض.",
                    &[("40 عاما", "40")],
                ),
            ],
            None,
        );
        check(
            FactKind::Duration,
            &[(
                "امتدت خلافة هارون الرشيد (23 سنة) بين بغداد والرقة.",
                &[("23 سنة", "P23Y")],
            )],
            None,
        );
    }

    #[test]
    fn ages_not_durations() {
        check(
            FactKind::Age,
            &[
                ("أعلن المدرب فينغر (56 عاما) رحيله.", &[("56 عاما", "56")]),
                (
                    "وكان الشاب البالغ من العمر 30 عاما يقود سيارته.",
                    &[("30 عاما", "30")],
                ),
                ("توفي عن عمر يناهز 75 عاما.", &[("75 عاما", "75")]),
                ("بلغ الرجل خمسين من عمره.", &[("خمسين من عمره", "50")]),
                ("استمرت الحرب 30 عاما.", &[]),
                ("انتحر المصور في سن الـ33، ويقال.", &[("33", "33")]),
                (
                    "الذين تقل أعمارهم عن 19 عاماً أو تزيد على 65 عاماً.",
                    // Session 16: the comparison verb before the age word is read too.
                    &[
                        ("تقل أعمارهم عن 19 عاماً", "<19"),
                        ("تزيد على 65 عاماً", ">65"),
                    ],
                ),
                (
                    "أما كريم 32 عاما فقال إن الزواج مكلف.",
                    &[("32 عاما", "32")],
                ),
                ("عمل في الشركة منذ 32 عاما قال إنها تغيرت.", &[]),
                // Session 20 (snn_sabq_004): a compound name, the verb two words on or
                // before the name.
                (
                    "عبد الله 35 عام غير متزوج قال إنه سعيد.",
                    &[("35 عام", "35")],
                ),
                (
                    "وقال عبد الرحمن 27 عاما إن العالم انفتح.",
                    &[("27 عاما", "27")],
                ),
                ("حكم عبد الله 30 عاما ثم قال إنه تعب.", &[]),
                // Session 19: عن + years after a death word is the age at death.
                (
                    "أعلنت الأسرة وفاة ابنة المغني الشهير عن 22 عاماً.",
                    &[("22 عاماً", "22")],
                ),
                ("توفي الفنان عن 80 عاما بعد مرض.", &[("80 عاما", "80")]),
                ("تخلى عن 20 عاما من الخبرة بعد وفاة والده.", &[]),
                // Session 20 (held-out seed 1823, sentences written for the test).
                (
                    "سالم 35 عام غير متزوج قال إن الزواج مكلف.",
                    &[("35 عام", "35")],
                ),
                (
                    "وتقول منى، 28 عاما، متزوجة وأم لطفلين.",
                    &[("28 عاما", "28")],
                ),
                ("عاش معها 20 عاما متزوجا.", &[]),
                (
                    "خفض سن الناخب إلى 18 عاماً بدلاً من 21 عاماً.",
                    &[("18 عاماً", "18"), ("21 عاماً", "21")],
                ),
                ("مدد العقد 5 أعوام بدلا من 3 أعوام.", &[]),
                (
                    "فتح باب التسجيل للاعبين فوق 28 سنة.",
                    &[("فوق 28 سنة", ">28")],
                ),
                (
                    "يشارك منتخب تحت 23 عاما في البطولة.",
                    &[("تحت 23 عاما", "<23")],
                ),
            ],
            None,
        );
    }

    /// Session 22 (AQMAR Wikipedia and news held-out lines; sentences written for the test):
    /// سنّه "his age", spelled as سنة "year" in the `match` normalization, makes the years
    /// after it an age; نيف و before them, more than them. سنة with a count before it or a
    /// year after it is the year.
    #[test]
    fn his_age_spelled_as_year() {
        check(
            FactKind::Age,
            &[
                ("توفي الشاعر وسنه يومئذ ستون سنة.", &[("ستون سنة", "60")]),
                ("قابلته وسنه نيف وخمسون سنة.", &[("نيف وخمسون سنة", ">50")]),
                (
                    "في البطولة القادمة سيكون سنه فيها 35 عاما.",
                    &[("35 عاما", "35")],
                ),
                ("بعد سنة 1990 عاش 20 عاما في باريس.", &[]),
                ("مرت ثلاثون سنة و5 سنوات على الحرب.", &[]),
            ],
            None,
        );
    }
}
