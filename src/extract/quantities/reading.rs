//! How a unit reads in its sentence, and the qualifiers around a number.
//!
//! **In:** a sentence and where a number starts or a unit ends. **Out:** the unit as the
//! sentence reads it (a distance per hour is a speed, degrees in a report on an earthquake a
//! magnitude; a bare figure after نسبة a share); the qualifier before the number (table `QUALIFIERS`: أكثر من، نحو …), or the
//! one after the unit (على الأقل, تقريبا), which the quantity and casualty rules read when
//! there is none before the number.

use super::super::numbers::Num;
use super::tables::{CURRENCIES, CURRENCY_ADJ, LATIN_UNITS, ONE_WORD, QUALIFIERS};
use super::{clitic_splits, After, Detail, FactKind, Out, Sent};

/// A qualifier before a number: `(first token, op, english)`.
pub(crate) type Qualifier = Option<(usize, &'static str, &'static str)>;

/// The qualifier ending right before token `at`.
pub(crate) fn qualifier_before(sent: &Sent, at: usize) -> Qualifier {
    // دون سن الـ 18، لما دون الـ 70 دولاراً، فوق الـ 120: the detached article between the
    // qualifier and the number.
    if at >= 2 && sent.w(at - 1) == "ال" && sent.is_word(at - 2) {
        return qualifier_before(sent, at - 1);
    }
    // ما يزيد على (100) كلم: the bracket the figure is written in, between.
    if at >= 2 && sent.w(at - 1) == "(" && sent.w(at + 1) == ")" && sent.is_word(at - 2) {
        return qualifier_before(sent, at - 1);
    }
    // The qualifier's last word is the word before `at` (or, for a one-word qualifier, that
    // word without its proclitics).
    let prev = at.checked_sub(1).filter(|&p| sent.is_word(p))?;
    let last = sent.w(prev);
    // Every qualifier of two words or more ends with one of these (exactly); the one-word
    // ones (نحو، حوالي …) never are one: half the table is skipped at once.
    let multi = matches!(last, "عن" | "علي" | "الي" | "من" | "يقارب" | "الاقل" | "سن");
    let table = if multi {
        &QUALIFIERS[..ONE_WORD]
    } else {
        &QUALIFIERS[ONE_WORD..]
    };
    for &(words, op, en) in table {
        let n = words.len();
        if at < n || !last.ends_with(words[n - 1]) {
            continue;
        }
        let from = at - n;
        // Last word first: most numbers have no qualifier, and that word tells at once. A
        // proclitic split of the first word ends where the word does.
        let ok = words.iter().enumerate().rev().all(|(k, w)| {
            let tok = sent.w(from + k);
            sent.is_word(from + k)
                && if k == 0 {
                    tok.ends_with(w) && clitic_splits(tok).any(|(_, r)| r == *w)
                } else {
                    tok == *w
                }
        });
        // لمدة تصل إلى 3 أيام is "up to"; لتصل إلى 53 مليار، يصل إلى 900 ريال "reaching"
        // (an exact figure): without ما, only after a word of extent.
        if ok && matches!(words[0], "تصل" | "يصل") && !extent_before(sent, from) {
            continue;
        }
        // دون 55 دولارا: "under"; but بدون / من دون 3 لاعبين is "without".
        if ok
            && words == ["دون"]
            && (sent.w(from) != "دون" || from >= 1 && sent.w(from - 1) == "من")
        {
            continue;
        }
        if ok {
            // لا يقل عن، ولا تزيد على، وألا تزيد عن: the negation turns the comparison (ألا
            // is أن لا; read only before a verb, where it cannot be إلا "except").
            let verb = words[0].starts_with(['ي', 'ت']);
            let negated =
                |k: usize| clitic_splits(sent.w(k)).any(|(_, r)| r == "لا" || (verb && r == "الا"));
            if n == 2 && from >= 1 && negated(from - 1) {
                let (op, en) = if op == "<" {
                    (">=", "at least")
                } else {
                    ("<=", "at most")
                };
                return Some((from - 1, op, en));
            }
            return Some((from, op, en));
        }
    }
    exceed(sent, at)
        .or_else(|| compared_subject(sent, at))
        .or_else(|| reaches_own(sent, at))
}

/// تصل تغطيته إلى 250 ألف ريال: the present of وصل, its subject a noun with a possessive
/// pronoun, then إلى: a cap ("up to"). Past وصلت قيمتها إلى is a figure reached, and لتصل
/// (reaching) one too: both are left exact, as is a count (يصل عددهم إلى 750 طالبا: their
/// number is 750). فقط after the figure (يصل بعضها إلى يومين فقط) makes it "as little as": no
/// cap either. After و (ويصل قيمته إلى) and with حتى it is a cap as well.
fn reaches_own(sent: &Sent, at: usize) -> Qualifier {
    let owned = |k: usize| {
        let sp = sent.span(k, k + 1);
        let own = sent.text.get(sp.start..sp.end).is_some_and(|o| {
            ["ه", "ها", "هم"].iter().any(|p| o.ends_with(p)) && o.chars().count() >= 5
        });
        own && !sent.w(k).starts_with("عدد")
    };
    let verb = up_to_verb(sent, at, true, |between| between.is_some_and(owned))?;
    let only = (at + 1..at + 4).any(|k| sent.w(k) == "فقط");
    (!only).then_some((verb, "<=", "up to"))
}

/// The verb of "up to" ending right before token `at`: the present of وصل (تصل، يصل) and
/// إلى, or with `joined` also after و (ويصل، وتصل) and with حتى. Read for the quantities
/// ([`reaches_own`]) and the durations (`duration::bound_before`); each caller says, by
/// `between`, what may stand between the verb and its preposition: `None` for nothing,
/// `Some(k)` for the one word at `k` (a subject: تصل تغطيته إلى، تصل العقوبة إلى). Returns
/// the verb's token.
pub(super) fn up_to_verb(
    sent: &Sent,
    at: usize,
    joined: bool,
    between: impl Fn(Option<usize>) -> bool,
) -> Option<usize> {
    let to = at.checked_sub(1)?;
    match sent.w(to) {
        "الي" => {}
        "حتي" if joined => {}
        _ => return None,
    }
    let reach = |k: usize| match sent.w(k) {
        "تصل" | "يصل" => true,
        "وتصل" | "ويصل" => joined,
        _ => false,
    };
    if to >= 1 && reach(to - 1) && between(None) {
        return Some(to - 1);
    }
    // Not `then_some(to - 2)`: its argument is computed even when `to` < 2.
    if to >= 2 && sent.is_word(to - 1) && reach(to - 2) && between(Some(to - 1)) {
        return Some(to - 2);
    }
    None
}

/// Verbs of exceeding that take the number as their object directly (تجاوز، تعدى، فاق،
/// تخطى), present and past, after proclitics.
const EXCEED_VERBS: &[&str] = &[
    "يتجاوز",
    "تتجاوز",
    "يتعدي",
    "تتعدي",
    "يفوق",
    "تفوق",
    "تجاوز",
    "تجاوزت",
    "تخطي",
    "تخطت",
    "يتخطي",
    "تتخطي",
    // Session 28: the past of تعدى and فاق (لفترة تعدت الخمسة أشهر).
    "تعدي",
    "تعدت",
    "فاق",
    "فاقت",
];

/// Verbs of approaching that take the number as their object (قارب، ناهز), present and past,
/// after proclitics: "about". ما يقارب is a qualifier of the table.
const APPROACH_VERBS: &[&str] = &[
    "قارب",
    "قاربت",
    "يقارب",
    "تقارب",
    "ناهز",
    "ناهزت",
    "يناهز",
    "تناهز",
];

/// The nouns of a threshold between a verb of exceeding and its figure (تجاوز عتبة، تخطى
/// حاجز، لا يتجاوز سقف / مبلغ / مستوى).
const THRESHOLDS: &[&str] = &["عتبه", "حاجز", "سقف", "مبلغ", "مستوي"];

/// A verb of exceeding right before the number: لا تتجاوز ثلاثة أسابيع، ألا يتعدى 50 is "at
/// most"; بزيادة تجاوزت 4.5 مليارات ريال، برواتب تتجاوز 2500 "more than" (the number is the
/// verb's object: the figure passed). A subject between (تجاوز عدد القتلى 500) is
/// [`compared_subject`]'s or the tolls'.
fn exceed(sent: &Sent, at: usize) -> Qualifier {
    let mut v = at.checked_sub(1).filter(|&v| sent.is_word(v))?;
    // قاربت 20 مليون ريال، يناهز 300: a verb of approaching is "about"; but عن عمر يناهز 75
    // عاما is the set phrase of an age, read exact (the age rules).
    if clitic_splits(sent.w(v)).any(|(_, r)| APPROACH_VERBS.contains(&r)) {
        let age = v >= 1 && super::age::is_age_word(sent.w(v - 1));
        return (!age).then_some((v, "~", "about"));
    }
    // تجاوز عتبة العشرة مليارات، تخطى حاجز 100 دولار، لا يتجاوز مبلغ (10000): the threshold's
    // noun between the verb and its figure.
    if THRESHOLDS.contains(&sent.w(v)) && v >= 1 && sent.is_word(v - 1) {
        v -= 1;
    }
    if !clitic_splits(sent.w(v)).any(|(_, r)| EXCEED_VERBS.contains(&r)) {
        return None;
    }
    // لم تتجاوز 300 ريال، لم يتجاوز الـ36 عاماً: لم and لن negate as لا does.
    if v >= 1 && clitic_splits(sent.w(v - 1)).any(|(_, r)| matches!(r, "لا" | "الا" | "لم" | "لن"))
    {
        return Some((v - 1, "<=", "at most"));
    }
    Some((v, ">", "more than"))
}

/// Is the word before `at` a word of extent (لمدة، لفترة، مسافة، على بعد) that "up to"
/// without ما may follow: لمدة تصل إلى 3 أيام?
fn extent_before(sent: &Sent, at: usize) -> bool {
    // غرامة (مالية) تصل إلى ربع مليون دولار، عقوبة تصل إلى: a penalty's cap is "up to" too.
    let extent = |k: usize| {
        clitic_splits(sent.w(k)).any(|(_, r)| {
            matches!(
                r,
                "مده"
                    | "فتره"
                    | "مسافه"
                    | "بعد"
                    | "عمق"
                    | "ارتفاع"
                    | "غرامه"
                    | "عقوبه"
                    // Session 22: مبالغ تصل إلى 45 ألف ريال، تعويضات تصل إلى: a sum's cap.
                    | "مبلغ"
                    | "مبالغ"
                    | "تعويض"
                    | "تعويضات"
                    | "جائزه"
                    | "جوائز"
                    | "قرض"
                    | "قروض"
            )
        })
    };
    at >= 1 && (extent(at - 1) || (at >= 2 && sent.w(at - 1) == "ماليه" && extent(at - 2)))
}

/// Comparison verbs a subject may stand between and the number (تقل أعمارهم عن 3 أعوام،
/// تتجاوز أعمارهم 70 عامًا، يزيد عددهم على 500): `(verb, op)`, after proclitics.
const COMPARE_VERBS: &[(&str, &str)] = &[
    ("يزيد", ">"),
    ("تزيد", ">"),
    ("يقل", "<"),
    ("تقل", "<"),
    ("يتجاوز", ">"),
    ("تتجاوز", ">"),
    ("يفوق", ">"),
    ("تفوق", ">"),
    ("يتعدي", ">"),
    ("تتعدي", ">"),
    // Session 28: the past and تخطى (في حال تجاوزت مديونياتها 50 مليون ريال).
    ("تجاوز", ">"),
    ("تجاوزت", ">"),
    ("تعدي", ">"),
    ("تعدت", ">"),
    ("فاق", ">"),
    ("فاقت", ">"),
    ("تخطي", ">"),
    ("تخطت", ">"),
    ("يتخطي", ">"),
    ("تتخطي", ">"),
];

/// Nouns of an amount, a count or a measure (normalized): as the subject of a verb of
/// exceeding with no preposition (تجاوزت مديونياتها 50 مليون، لا يتجاوز طوله 400 كيلومتر،
/// تتجاوز سماكتها العشرين سنتمترًا) the figure after them is the bound; and one of them may
/// open a subject of two or three words before عن/على (يزيد مجموع قيمتها التعاقدية عن).
/// Compared by light stem, so the article and a possessive pronoun may stand on them.
const AMOUNT_NOUNS: &[&str] = &[
    "عدد",
    "مديونيات",
    "ديون",
    "قيمه",
    "مجموع",
    "اجمالي",
    "حجم",
    "طول",
    "عرض",
    "عمق",
    "ارتفاع",
    "سماكه",
    "مساحه",
    "وزن",
    "سرعه",
    "تكلفه",
    "تكاليف",
    "سعر",
    "اسعار",
    "سكان",
    "خسائر",
    "ارباح",
    "ايرادات",
    "مبيعات",
    "رصيد",
];

/// Is the word at `k` a noun of [`AMOUNT_NOUNS`], after proclitics, the article and a
/// possessive pronoun (its ta marbuta then written ت: قيمتها)?
fn amount_noun(sent: &Sent, k: usize) -> bool {
    use crate::tokens::forms::PRONOUN_SUFFIXES;
    let known = |w: &str| AMOUNT_NOUNS.contains(&w);
    sent.is_word(k)
        && clitic_splits(sent.w(k)).any(|(_, r)| {
            let r = r.strip_prefix("ال").unwrap_or(r);
            known(r)
                || PRONOUN_SUFFIXES.iter().any(|p| {
                    r.strip_suffix(p).is_some_and(|b| {
                        known(b) || b.strip_suffix('ت').is_some_and(|t| known(&format!("{t}ه")))
                    })
                })
        })
}

/// A comparison verb, one subject word and عن/على before the number at `at` (تقل أعمارهم عن
/// 40، لا يقل عددهم عن 500), or the verb and an age word with no preposition (تتجاوز
/// أعمارهم 70 عامًا: تجاوز takes its object directly, but only an age word is sure to be its
/// subject there, or a noun of an amount: تجاوزت مديونياتها 50 مليون، [`AMOUNT_NOUNS`]). A
/// subject of two or three words before عن/على opens with a noun of an amount (تزيد إجمالي
/// أجرتها السنوية عن). With an age word the English says "over"/"under".
fn compared_subject(sent: &Sent, at: usize) -> Qualifier {
    let mut k = at.checked_sub(1)?;
    // يزيد مجموع قيمتها التعاقدية عن (50) ألف ريال: the bracket the figure is written in.
    if sent.w(k) == "(" && sent.w(at + 1) == ")" {
        k = k.checked_sub(1)?;
    }
    let prep = matches!(sent.w(k), "عن" | "علي");
    if prep {
        k = k.checked_sub(1)?;
    }
    let compare_op = |v: usize| {
        clitic_splits(sent.w(v)).find_map(|(_, r)| {
            COMPARE_VERBS
                .iter()
                .find(|(w, _)| *w == r)
                .map(|&(_, op)| op)
        })
    };
    let mut v = k
        .checked_sub(1)
        .filter(|&v| sent.is_word(v) && sent.is_word(k))?;
    // A subject of two or three words that opens with a noun of an amount, before عن/على.
    if prep && compare_op(v).is_none() {
        v = (2..=3).filter_map(|n| k.checked_sub(n)).find(|&v| {
            (v + 1..=k).all(|j| sent.is_word(j))
                && amount_noun(sent, v + 1)
                && compare_op(v).is_some()
        })?;
    }
    let age = super::age::is_age_word(sent.w(k));
    // With no preposition the verb is one of exceeding (its object is the figure) and its
    // subject an age word or a noun of an amount: تتجاوز أعمارهم 70 عامًا، تجاوز عددهم 500.
    let exceeding = !prep
        && v + 1 == k
        && clitic_splits(sent.w(v)).any(|(_, r)| EXCEED_VERBS.contains(&r))
        && amount_noun(sent, k);
    if !(prep || age || exceeding) || sent.w(k).len() > 24 {
        return None;
    }
    let op = compare_op(v)?;
    // لم تتجاوز، لن يزيد: لم and لن negate as لا does.
    let negated =
        v >= 1 && clitic_splits(sent.w(v - 1)).any(|(_, r)| matches!(r, "لا" | "الا" | "لم" | "لن"));
    let (from, op) = match (negated, op) {
        (true, ">") => (v - 1, "<="),
        (true, _) => (v - 1, ">="),
        (false, op) => (v, op),
    };
    let en = match (op, age) {
        (">", true) => "over",
        ("<", true) => "under",
        (">", false) => "more than",
        ("<", false) => "less than",
        ("<=", _) => "at most",
        _ => "at least",
    };
    Some((from, op, en))
}

/// Words that make a sentence about an earthquake: درجة there is the magnitude.
const QUAKE: &[&str] = &[
    "زلزال",
    "الزلزال",
    "هزه",
    "الهزه",
    "ريختر",
    "رختر",
    "الزلازل",
];

/// A measure ending at token `to`, read in its sentence: a distance per hour is a speed
/// (70 كم في الساعة، 17500 ميل/الساعة → "kilometers per hour"), degrees in a sentence about
/// an earthquake a magnitude (بقوة 6.5 درجة).
pub(super) fn measure(sent: &Sent, to: usize, english: &'static str) -> After {
    if matches!(english, "kilometers" | "miles") {
        let hour = |k: usize| matches!(sent.w(k), "الساعه" | "ساعه");
        let end = match sent.w(to) {
            "في" | "/" if hour(to + 1) => Some(to + 2),
            "بالساعه" => Some(to + 1),
            _ => None,
        };
        if let Some(to) = end {
            let english = if english == "miles" {
                "miles per hour"
            } else {
                "kilometers per hour"
            };
            return After::Measure { to, english };
        }
    }
    if english == "degrees"
        && (0..sent.len()).any(|k| clitic_splits(sent.w(k)).any(|(_, r)| QUAKE.contains(&r)))
    {
        return After::Measure {
            to,
            english: "magnitude",
        };
    }
    After::Measure { to, english }
}

/// A qualifier after what a number counts, ending at token `to`: على الأقل ("at least",
/// 118381 حالة على الأقل), تقريبا ("about", قبل أسبوعين تقريبًا), أو أكثر / فأكثر / وما فوق
/// (18 شهرًا أو أكثر, 18 عامًا فما فوق: "at least"), أو أقل / وما دون / كحد أقصى / على
/// الأكثر ("at most"), كحد أدنى ("at least"). Returns `(end, op, english)`.
pub(crate) fn qualifier_after(
    sent: &Sent,
    to: usize,
) -> Option<(usize, &'static str, &'static str)> {
    let next = sent.w(to + 1);
    let word2 = sent.is_word(to + 1);
    match sent.w(to) {
        "علي" if next == "الاقل" && word2 => Some((to + 2, ">=", "at least")),
        "علي" if next == "الاكثر" && word2 => Some((to + 2, "<=", "at most")),
        "تقريبا" => Some((to + 1, "~", "about")),
        "او" if next == "اكثر" && word2 => Some((to + 2, ">=", "at least")),
        "او" if next == "اقل" && word2 => Some((to + 2, "<=", "at most")),
        "فاكثر" | "واكثر" => Some((to + 1, ">=", "at least")),
        "فاقل" => Some((to + 1, "<=", "at most")),
        "وما" | "فما" if word2 && next.starts_with("فوق") => {
            Some((to + 2, ">=", "at least"))
        }
        "وما" | "فما" if word2 && next.starts_with("دون") => {
            Some((to + 2, "<=", "at most"))
        }
        "كحد" if next == "اقصي" && word2 => Some((to + 2, "<=", "at most")),
        "كحد" if next == "ادني" && word2 => Some((to + 2, ">=", "at least")),
        _ => None,
    }
}

/// Where a unit ends: the qualifier after it starts there, and ends the fact.
impl After {
    /// Where the unit ends.
    pub(super) fn end(&self) -> usize {
        match *self {
            After::Percent(to)
            | After::Money { to, .. }
            | After::Duration { to, .. }
            | After::Measure { to, .. }
            | After::Counted { to, .. } => to,
        }
    }

    pub(super) fn set_end(&mut self, end: usize) {
        match self {
            After::Percent(to)
            | After::Money { to, .. }
            | After::Duration { to, .. }
            | After::Measure { to, .. }
            | After::Counted { to, .. } => *to = end,
        }
    }
}

/// The number fact of `n` (a figure with no unit after it) qualified by the qualifier at
/// `from..n.from` (حوالي 18,000 → `~18000` "about 18,000"; أقل من 1 → `<1`): the fact now
/// starts at the qualifier. False when `n` gave no number fact (a label, a rank).
pub(super) fn qualify_number(
    sent: &Sent,
    n: &Num,
    from: usize,
    op: &'static str,
    qual: &'static str,
    out: &mut Out,
) -> bool {
    // نحو 2030: "towards" a year (a plan's horizon), no figure to qualify.
    let year_like = n.to == n.from + 1
        && sent.w(n.from).len() == 4
        && n.value
            .and_then(|v| v.as_int())
            .is_some_and(|y| (1900..=2100).contains(&y));
    if year_like {
        return false;
    }
    let span = sent.span(n.from, n.to);
    let Some(k) = out
        .facts
        .iter()
        .rposition(|f| f.kind == FactKind::Number && f.span == span)
    else {
        return false;
    };
    let old = out.facts.remove(k);
    let value = out.text(|v| {
        v.push_str(op);
        v.push_str(&old.value);
    });
    let english = out.text(|e| {
        e.push_str(qual);
        e.push(' ');
        e.push_str(&old.english);
    });
    out.push(
        FactKind::Number,
        from,
        n.to,
        value,
        english,
        "number.qualified",
        match old.detail {
            Detail::Approximate(a) => Detail::Approximate(a),
            _ => Detail::None,
        },
    );
    true
}

/// Is the number `n` (0–100, no unit after it) a share: after نسبة/نسبته/نسبتها, an optional
/// adjective (الموزونة، المئوية) and an optional bracket?
pub(super) fn ratio_before(sent: &Sent, n: &Num) -> bool {
    const RATIO: &[&str] = &["نسبه", "نسبته", "نسبتها", "نسبتهم", "النسبه"];
    let Some(v) = n.value.filter(|v| v.as_f64() <= 100.0) else {
        return false;
    };
    let _ = v;
    let mut k = n.from;
    if k > 0 && sent.w(k - 1) == "(" {
        k -= 1;
    }
    let is_ratio = |k: usize| clitic_splits(sent.w(k)).any(|(_, r)| RATIO.contains(&r));
    (k >= 1 && is_ratio(k - 1))
        || (k >= 2 && sent.w(k - 1).starts_with("ال") && sent.is_word(k - 1) && is_ratio(k - 2))
}

/// Rates after a sum or a count, by time (يوميا: `/day`, "a day") and, after a sum, by the
/// thing priced (للبرميل: `/barrel`, "a barrel"): `(word, value suffix, English)`.
const PER_TIME: &[(&str, &str, &str)] = &[
    ("يوميا", "/day", "a day"),
    ("اسبوعيا", "/week", "a week"),
    ("شهريا", "/month", "a month"),
    ("سنويا", "/year", "a year"),
];
const PER_THING: &[(&str, &str, &str)] = &[
    ("للبرميل", "/barrel", "a barrel"),
    ("للاونصه", "/ounce", "an ounce"),
    ("للاوقيه", "/ounce", "an ounce"),
    ("للطن", "/tonne", "a tonne"),
    ("للسهم", "/share", "a share"),
    ("للكيلو", "/kg", "a kilogram"),
    ("للكيلوغرام", "/kg", "a kilogram"),
    ("للكيلوجرام", "/kg", "a kilogram"),
    ("للغالون", "/gallon", "a gallon"),
    ("للجالون", "/gallon", "a gallon"),
    ("لليله", "/night", "a night"),
    ("للفرد", "/person", "a person"),
    ("للشخص", "/person", "a person"),
];

/// A rate right after the unit of `f` (3 ملايين برميل يوميا: 3 million barrels a day;
/// 60 دولارا للبرميل: $60 a barrel; في اليوم at the end of a clause as يوميا): the unit
/// now ends after it; `(value suffix, English)`. Sums, measures and counts only (a duration
/// or a share has no rate of its own here).
pub(super) fn rate(sent: &Sent, f: &mut After) -> Option<(&'static str, &'static str)> {
    let money = match f {
        After::Money { .. } => true,
        After::Measure { .. } | After::Counted { .. } => false,
        _ => return None,
    };
    let j = f.end();
    // 300000 كيلومتر / ثانية، في الثانية: a speed per second.
    if matches!(f, After::Measure { .. })
        && matches!(sent.w(j), "/" | "في")
        && matches!(sent.w(j + 1), "ثانيه" | "الثانيه")
    {
        f.set_end(j + 2);
        return Some(("/second", "a second"));
    }
    if !sent.is_word(j) {
        return None;
    }
    let w = sent.w(j);
    let row = |t: &[(&str, &'static str, &'static str)]| {
        t.iter().find(|r| r.0 == w).map(|&(_, v, e)| (v, e))
    };
    let (to, found) = if w == "في" && sent.w(j + 1) == "اليوم" && !sent.is_word(j + 2) {
        (j + 2, Some(PER_TIME[0]).map(|(_, v, e)| (v, e)))
    } else if w == "في" && sent.w(j + 1) == "الساعه" {
        // 107 آلاف طائف في الساعة: an hourly rate (a distance per hour is a speed, read
        // before as its unit).
        (j + 2, Some(("/hour", "an hour")))
    } else if money && w == "مقابل" {
        // 1.2 فرنك مقابل اليورو: an exchange rate, francs per euro.
        let per = match sent.w(j + 1) {
            "اليورو" => Some(("/EUR", "per euro")),
            "الدولار" => Some(("/USD", "per dollar")),
            _ => None,
        };
        (j + 2, per)
    } else if money && w == "في" && sent.is_word(j + 1) {
        // تسعة دولارات في البرميل: في with the article, as للبرميل.
        let per = sent.w(j + 1).strip_prefix("ال").and_then(|r| {
            PER_THING
                .iter()
                .find(|t| t.0.strip_prefix("لل") == Some(r))
                .map(|&(_, v, e)| (v, e))
        });
        (j + 2, per)
    } else if money {
        (j + 1, row(PER_TIME).or_else(|| row(PER_THING)))
    } else {
        (j + 1, row(PER_TIME))
    };
    let found = found?;
    f.set_end(to);
    Some(found)
}

/// Is the number between brackets or quotes: (171)، “676,962”; or the second end of a range
/// in brackets: ( 20 – 200 ) ريال?
pub(super) fn wrapped(sent: &Sent, n: &Num) -> bool {
    let range = |o: usize| sent.w(o) == "(" && matches!(sent.w(o + 2), "-" | "–" | "الي");
    // Most numbers are followed by a word: that test first.
    n.from >= 1
        && sent.kind(n.to) == Some(super::super::Kind::Punct)
        && ((sent.w(n.to) == ")" && (sent.w(n.from - 1) == "(" || n.from >= 3 && range(n.from - 3)))
            || (sent.is_quote(n.to) && sent.is_quote(n.from - 1))
            // “5″ فنانين: a double prime closing an opening quote.
            || (sent.w(n.to) == "\u{2033}" && sent.is_quote(n.from - 1)))
}

/// Is `w` a unit written in Latin letters (dpi, GB)?
pub(crate) fn is_latin_unit(w: &str) -> bool {
    latin_unit(w).is_some()
}

/// The English of a unit written in Latin letters ([`LATIN_UNITS`]), if `w` is one.
pub(super) fn latin_unit(w: &str) -> Option<&'static str> {
    if !w.is_ascii() || w.len() > 3 {
        return None;
    }
    LATIN_UNITS
        .iter()
        .find(|(u, _)| w.eq_ignore_ascii_case(u))
        .map(|&(_, en)| en)
}

/// A currency word at token `j` (`stem`, its English plural and ISO code from the table) as
/// its sentence reads it: with the adjective that fixes it (جنيه مصري → EGP; مليار دولار
/// أسترالي: "Australian dollars", not the "dollars" a reader takes for US ones); فرنك in a
/// sentence that names Switzerland (العملة السويسرية) Swiss francs, the only francs news
/// names without their country; else the table's reading (no ISO guess for جنيه alone).
pub(super) fn currency(
    sent: &Sent,
    j: usize,
    stem: &'static str,
    english: &'static str,
    iso: &'static str,
) -> After {
    let base = CURRENCIES
        .iter()
        .find(|(_, v)| v.0 == english)
        .map(|(k, _)| *k)
        .unwrap_or(stem);
    let adj = sent.w(j + 1);
    if let Some(&(_, _, code)) = CURRENCY_ADJ.iter().find(|(c, a, _)| {
        *c == base
            && (adj == *a || adj.strip_suffix('ا') == Some(a) || adj.strip_suffix('ه') == Some(a))
    }) {
        let english = match code {
            "AUD" => "Australian dollars",
            "CAD" => "Canadian dollars",
            "CHF" => "Swiss francs",
            _ => english,
        };
        return After::Money {
            to: j + 2,
            english,
            unit: code,
        };
    }
    // 44 سنت أميركي: US cents (next to euro cents, the country matters).
    if base == "سنت" && matches!(adj.trim_end_matches('ا'), "امريكي" | "اميركي") {
        return After::Money {
            to: j + 2,
            english: "US cents",
            unit: "US cent",
        };
    }
    if base == "فرنك" && (0..sent.len()).any(|k| sent.w(k).contains("سويسر")) {
        return After::Money {
            to: j + 1,
            english: "Swiss francs",
            unit: "CHF",
        };
    }
    let unit = if iso.is_empty() {
        english.trim_end_matches('s')
    } else {
        iso
    };
    After::Money {
        to: j + 1,
        english,
        unit,
    }
}

/// The metric units written in pieces after the number at `n` (its unit at token `j`): م2/م3
/// (and (15000 م 2) spaced in brackets), a glued م as °C in a sentence about the temperature
/// or as meters in one that measures a height or length, نانو متر and كيلو متر/غرام apart.
/// Moved out of `after` (session 21) to keep mod.rs under 800 lines; the same rules.
pub(super) fn metric(sent: &Sent, n: &Num, j: usize) -> Option<After> {
    let w = sent.w(j);
    // 3460 م2، 50 م3: square and cubic meters (the digit glued to م).
    // (15000 م 2): spaced inside brackets, as the AQMAR tokens write it.
    if w == "م" && matches!(sent.w(j + 1), "2" | "3") && (sent.touch(j) || sent.w(j + 2) == ")") {
        let english = if sent.w(j + 1) == "2" {
            "square meters"
        } else {
            "cubic meters"
        };
        return Some(After::Measure { to: j + 2, english });
    }
    // 46م في الظل: degrees Celsius (م for مئوية glued to the figure) in a sentence about
    // the temperature; elsewhere a glued م is a year's era letter or meters.
    if w == "م"
        && sent.touch(j - 1)
        && n.value
            .is_some_and(|v| v.as_int().is_some_and(|x| (-60..=80).contains(&x)))
        && (0..sent.len()).any(|k| clitic_splits(sent.w(k)).any(|(_, r)| r == "الحراره"))
    {
        return Some(After::Measure {
            to: j + 1,
            english: "°C",
        });
    }
    // ترتفع القبة 45م، ارتفاعها 15م: meters (م glued to a figure under 1000) in a sentence
    // that measures a height, length, width or diameter; a year's era letter otherwise.
    if w == "م"
        && sent.touch(j - 1)
        && sent.kind(j + 1) != Some(super::super::Kind::Num)
        && n.value
            .is_some_and(|v| v.as_int().is_some_and(|x| (1..1000).contains(&x)))
        && (0..sent.len()).any(|k| {
            clitic_splits(sent.w(k)).any(|(_, r)| {
                matches!(
                    r,
                    "ارتفاع"
                        | "ارتفاعه"
                        | "ارتفاعها"
                        | "ترتفع"
                        | "يرتفع"
                        | "طول"
                        | "طوله"
                        | "طولها"
                        | "عرض"
                        | "عرضه"
                        | "عرضها"
                        | "قطر"
                        | "عمق"
                        | "عمقه"
                        | "عمقها"
                )
            })
        })
    {
        return Some(After::Measure {
            to: j + 1,
            english: "meters",
        });
    }
    // 400 نانو متر: the prefix written apart.
    if w == "نانو" && sent.w(j + 1).starts_with("متر") {
        return Some(After::Measure {
            to: j + 2,
            english: "nanometers",
        });
    }
    // كيلو غرامات، كيلو متر، 5 كيلو (a kilogram when alone).
    if w == "كيلو" {
        let next = sent.w(j + 1);
        let (to, english) = if next.starts_with("متر") {
            (j + 2, "kilometers")
        } else if next.starts_with("غرام") || next.starts_with("جرام") {
            (j + 2, "kilograms")
        } else {
            (j + 1, "kilograms")
        };
        return Some(After::Measure { to, english });
    }
    None
}
