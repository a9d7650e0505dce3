//! Casualties: killed, injured, arrested, kidnapped, missing, dead — with the count (exact or
//! approximate, with its qualifier) and who, when the text says. In a sentence about a disease
//! (الكوليرا، وباء، فيروس …), أصيب / إصابة means infected, and the fact says so.
//!
//! **In:** a tokenized sentence and its cardinals. **Out:** `casualties` facts spanning the
//! trigger, the count and who.
//!
//! Shapes: trigger noun + count + who ("مقتل خمسة مهندسين صينيين وسائق باكستاني" → `killed=6`,
//! "6 killed: 5 Chinese engineers and 1 Pakistani driver"; one group reads as a reporter writes
//! it: "مقتل مئات الأشخاص" → `killed=hundreds`, "hundreds of people killed"); count + casualty noun ("2946 قتيلاً", "86 ألف جريح", "861 حالة وفاة");
//! passive or active verb + count ("قُتل أكثر من 15 ألف شخص", "اعتقلت القوات العشرات"), with
//! up to three words between the verb and the count. A conjunct "و + singular noun +
//! nationality" after the counted group adds one (وسائق باكستاني). A toll: عدد / حصيلة + a
//! definite casualty noun before the count (عدد الوفيات الرسمي بلغ ثمانية → `dead=8`,
//! ارتفع عدد القتلى إلى 20; حصيلة الضحايا … 335 → `dead=335`). One count for two nouns
//! (عشرات القتلى والجرحى → `killed=tens;injured=tens`; 20 قتيلا وجريحا →
//! `killed_or_injured=20`). A qualifier after the statement when there is none before
//! (مقتل ستة على الأقل → `killed>=6`). Every rule, counted or not, reads أصيب / إصابة in a
//! report on a disease as infected (ثبوت إصابة لاعب بالفيروس → `infected=1`).
//!
//! Statements without a count (لم يصب أحد، سقوط قتلى، حملة اعتقالات، العثور على جثة، لقي
//! حتفه) are read by `unstated`. No fact in a hypothetical (إذا أصيب، عند الاشتباه في
//! إصابة، في حال وفاة) nor for jobs lost (فقد … وظائفهم، فقدان 47 مليون وظيفة).
//!
//! Not done: counts given as ranges (ما بين 12 و15 ألف), casualties split across sentences.

#[cfg(test)]
mod fresh_news_tests;
mod not_toll;
mod one;
mod rose_to;
#[cfg(test)]
mod s19_tests;
mod scope;
#[cfg(test)]
mod toll_phrasing_tests;
mod uncounted;
mod unstated;
mod who;

use super::numbers::{Amount, Decimal, Num};
use super::quantities::{qualifier_after, Qualifier};
use super::{clitic_splits, get, lookup, Casualties, Detail, FactKind, Out, Sent};
use who::{verb_after, who};

/// Trigger nouns and verbs before the count: `(word, what)`.
const TRIGGERS: &[(&str, &str)] = &[
    ("مقتل", "killed"),
    ("قتل", "killed"),
    ("مصرع", "killed"),
    ("استشهاد", "killed"),
    ("استشهد", "killed"),
    ("استشهدوا", "killed"),
    ("اصابه", "injured"),
    ("جرح", "injured"),
    ("اصيب", "injured"),
    ("اعتقال", "arrested"),
    ("اعتقل", "arrested"),
    ("اعتقلت", "arrested"),
    ("توقيف", "arrested"),
    ("احتجاز", "arrested"),
    ("اختطاف", "kidnapped"),
    ("خطف", "kidnapped"),
    ("اختطف", "kidnapped"),
    ("فقدان", "missing"),
    ("فقد", "missing"),
    ("وفاه", "dead"),
    ("توفي", "dead"),
    ("توفيت", "dead"),
    ("اغتيال", "killed"),
    // اغتيل محمد، اغتيل 3 ضباط: assassinated (passive).
    ("اغتيل", "killed"),
    ("اغتيلت", "killed"),
    // أودى / أودت بحياة 12 شخصاً: "claimed the lives of".
    ("بحياه", "killed"),
    ("قتلوا", "killed"),
    ("خطفوا", "kidnapped"),
    ("اختطفوا", "kidnapped"),
    // وخطفت جبهة النصرة ثمانية عناصر، خطفت الجبهة 8 عناصر: the feminine active verb.
    ("خطفت", "kidnapped"),
    ("اختطفت", "kidnapped"),
    ("اعتقلوا", "arrested"),
    ("اصيبوا", "injured"),
    // Active verbs: أصابت اثنين من الحراس، قتلت ستة، أسرت أربعة حوثيين.
    ("اصابت", "injured"),
    ("قتلت", "killed"),
    ("اسر", "captured"),
    ("اسرت", "captured"),
    ("اسروا", "captured"),
];

/// Casualty nouns after the count: `(word, what)`.
const NOUNS: &[(&str, &str)] = &[
    ("قتيل", "killed"),
    ("قتيلا", "killed"),
    ("قتلي", "killed"),
    ("جريح", "injured"),
    ("جريحا", "injured"),
    ("جرحي", "injured"),
    ("مصاب", "injured"),
    ("مصابا", "injured"),
    ("مصابين", "injured"),
    ("معتقل", "arrested"),
    ("معتقلا", "arrested"),
    ("معتقلين", "arrested"),
    ("مختطف", "kidnapped"),
    ("مختطفا", "kidnapped"),
    ("مختطفين", "kidnapped"),
    ("مفقود", "missing"),
    ("مفقودا", "missing"),
    ("مفقودين", "missing"),
    ("جثه", "dead"),
    ("جثث", "dead"),
    // ثلاثة شهداء، 6 إصابات (not أسرى: prisoners released in a deal were not captured then).
    ("شهيد", "killed"),
    ("شهيدا", "killed"),
    ("شهداء", "killed"),
    ("اصابات", "injured"),
    // 1200 إصابة: the singular counted noun after eleven and more.
    ("اصابه", "injured"),
    // خمس وفيات جديدة: deaths.
    ("وفيات", "dead"),
];

/// Plural verbs after the count and who (سبعة عشر مدنيا قتلوا، 7 عناصر من تنظيم داعش قتلوا):
/// `(verb, what)`.
const VERBS_AFTER: &[(&str, &str)] = &[
    ("قتلوا", "killed"),
    ("لقوا", "killed"),
    ("اصيبوا", "injured"),
    ("جرحوا", "injured"),
    ("اعتقلوا", "arrested"),
    ("خطفوا", "kidnapped"),
    ("اختطفوا", "kidnapped"),
    // لقي أكثر من 97 ألف شخص حتفهم: the verb before the count, its object after who.
    ("حتفهم", "dead"),
];

/// Singular nouns for a conjunct of one: `(word, english singular)`.
pub(super) const SINGULAR: &[(&str, &str)] = &[
    ("سائق", "driver"),
    ("مهندس", "engineer"),
    ("جندي", "soldier"),
    ("طفل", "child"),
    ("شرطي", "police officer"),
    ("مدني", "civilian"),
    ("صحفي", "journalist"),
    ("مواطن", "citizen"),
    ("عامل", "worker"),
    ("ضابط", "officer"),
    ("شخص", "person"),
    ("رجل", "man"),
    ("امراه", "woman"),
    ("طفله", "girl"),
    ("عسكري", "soldier"),
    ("مقاتل", "fighter"),
    ("مسلح", "gunman"),
    ("حارس", "guard"),
    ("طالب", "student"),
    ("مهاجر", "migrant"),
    ("شاب", "young man"),
    ("فتاه", "girl"),
    ("طالبه", "student"),
    ("معلم", "teacher"),
    ("معلمه", "teacher"),
    ("طبيب", "doctor"),
    ("ممرضه", "nurse"),
    ("مسن", "elderly man"),
    ("مسنه", "elderly woman"),
    ("مقيم", "resident"),
    ("وافد", "expatriate"),
    ("حاج", "pilgrim"),
    ("لاعب", "player"),
    ("مريض", "patient"),
    ("مريضه", "patient"),
    ("رضيع", "infant"),
    ("مواطنه", "citizen"),
    ("موظف", "employee"),
    // ة/ه fold: the English is read from the written word (see `uncounted`).
    ("والده", "mother"),
    ("ابنه", "daughter"),
    ("زوجه", "wife"),
];

/// Words that make a sentence about a disease (normalized, without proclitics).
const DISEASES: &[&str] = &[
    "كوليرا",
    "الكوليرا",
    "وباء",
    "الوباء",
    "فيروس",
    "الفيروس",
    "كورونا",
    "كوفيد",
    "الحصبه",
    "حصبه",
    "الملاريا",
    "ملاريا",
    "الانفلونزا",
    "انفلونزا",
    "مرض",
    "المرض",
    "الامراض",
    "عدوي",
    "العدوي",
    "تفشي",
    "الجدري",
    "الدفتيريا",
    "حمي",
    "الحمي",
    "فيروسات",
    "الفيروسات",
    "جائحه",
    "الجائحه",
];

/// Does the sentence speak of a disease?
fn disease_context(sent: &Sent) -> bool {
    (0..sent.len())
        .any(|k| sent.is_word(k) && clitic_splits(sent.w(k)).any(|(_, r)| DISEASES.contains(&r)))
}

pub(super) fn trigger_at(sent: &Sent, i: usize) -> Option<&'static str> {
    if !sent.lex(i) {
        return None;
    }
    lookup(TRIGGERS, sent.w(i)).map(|(_, v)| v)
}

/// Definite casualty nouns a toll counts (عدد الوفيات، حصيلة القتلى): lexicon words, so that
/// [`toll_at`] starts with a bit test.
const TOLL_NOUNS: &[&str] = &[
    "الوفيات",
    "القتلي",
    "الجرحي",
    "المصابين",
    "الاصابات",
    "الشهداء",
    // بلغت حالات الوفاة 15,887: a toll of death cases.
    "الوفاه",
    // بلغت حصيلة الضحايا فيها 335 شخصا: a toll of victims is of the dead (as بين الضحايا
    // in `uncounted`).
    "الضحايا",
];

/// A toll's head at token `k`: a definite casualty noun of [`TOLL_NOUNS`] after عدد or
/// حصيلة (عدد الوفيات، حصيلة القتلى), with what it counts.
fn toll_at(sent: &Sent, k: usize) -> Option<&'static str> {
    // A bit test first: this runs at up to four words before every count.
    if k == 0 || !sent.lex(k) || !TOLL_NOUNS.contains(&sent.w(k)) {
        return None;
    }
    let head = sent.w(k - 1);
    // حالات الوفاة / حالات الوفيات: cases, a toll's head too.
    if !clitic_splits(head).any(|(_, r)| matches!(r, "عدد" | "حصيله" | "حالات")) {
        return None;
    }
    match sent.w(k) {
        "الوفاه" | "الضحايا" => return Some("dead"),
        _ => {}
    }
    get(NOUNS, sent.w(k).strip_prefix("ال")?)
}

/// `quals[k]`: the qualifier before `nums[k]`.
pub(crate) fn extract(sent: &Sent, nums: &[Num], quals: &[Qualifier], out: &mut Out) {
    let first_fact = out.facts.len();
    extract_all(sent, nums, quals, out);
    if out.facts.len() > first_fact {
        scope::drop_conditional(sent, first_fact, out);
        scope::drop_in_scripture(sent, first_fact, out);
        scope::drop_parts(sent, first_fact, out);
    }
}

fn extract_all(sent: &Sent, nums: &[Num], quals: &[Qualifier], out: &mut Out) {
    let mut done_to = 0;
    // The counted statements' tokens (the `uncounted` scan skips them, and only them: لشهيدين
    // between two counted statements is a statement of its own).
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (n, &q) in nums.iter().zip(quals) {
        if n.from < done_to {
            continue;
        }
        let (qfrom, op, qual) = match q {
            Some(q) => q,
            None => (n.from, "", ""),
        };
        // Count + casualty noun: 2946 قتيلاً، 861 حالة وفاة.
        let w = sent.w(n.to);
        // عشرات القتلى، مئات الجرحى: an approximate plural before the definite noun.
        let definite = || {
            n.approx
                .and(w.strip_prefix("ال"))
                .and_then(|r| get(NOUNS, r))
        };
        let noun = get(NOUNS, w)
            .or_else(definite)
            .map(|what| (what, n.to + 1))
            .or_else(|| match (w, sent.w(n.to + 1)) {
                ("حاله" | "حالات", "وفاه") => Some(("dead", n.to + 2)),
                ("حاله" | "حالات", "اصابه") => Some(("injured", n.to + 2)),
                _ => None,
            });
        // مقتل ستة على الأقل: a qualifier after the statement, when none is before it.
        let trailing = |to: usize| match qualifier_after(sent, to).filter(|_| op.is_empty()) {
            Some((end, op, qual)) => (end, op, qual),
            None => (to, op, qual),
        };
        if let Some((what, to)) = noun {
            // الإفراج عن عشرة معتقلين، تبادل عشرات الجثث: a release or an exchange, no event.
            if handed_over(sent, qfrom, what) {
                spans.push((qfrom, to));
                done_to = to;
                continue;
            }
            // 1200 إصابة جديدة بفيروس كورونا: infections in a report on a disease.
            let what = if what == "injured" && disease_context(sent) {
                "infected"
            } else {
                what
            };
            // عشرات القتلى والجرحى، 20 قتيلا وجريحا: one count for both nouns.
            if let Some((to, both)) = second_noun(sent, n, w, to, what) {
                if both {
                    let count = n.amount();
                    let english = format!("{} killed and injured", n.approx.unwrap_or("?"));
                    unstated::push(
                        out,
                        qfrom,
                        to,
                        &[("killed", count), ("injured", count)],
                        english,
                    );
                } else {
                    emit(out, n, qfrom, to, "killed or injured", op, qual, Vec::new());
                }
                spans.push((qfrom, to));
                done_to = to;
                continue;
            }
            let (to, op, qual) = trailing(to);
            emit(out, n, qfrom, to, what, op, qual, Vec::new());
            spans.push((qfrom, to));
            done_to = to;
            continue;
        }
        // اختطاف بنسبة 41 في المائة: a share of the cases, not a count of people.
        if matches!(w, "%" | "٪") || (w == "في" && matches!(sent.w(n.to + 1), "المئه" | "المائه"))
        {
            continue;
        }
        // خلال الـ24 ساعة: a number before a time noun counts time, never people, even with a
        // casualty word a few words before it (حالة وفاة خلال الـ24 ساعة); so does واحد after
        // one (100 حالة وفاة في يوم واحد).
        if super::quantities::is_time_noun(w)
            || (n.from >= 1 && super::quantities::is_time_noun(sent.w(n.from - 1)))
        {
            continue;
        }
        // Trigger within four tokens before the count (qualifier included).
        let mut trig = None;
        for back in 1..=4 {
            if qfrom < back {
                break;
            }
            let k = qfrom - back;
            // "ما بين 12 و15 ألف": a range, which this rule cannot count; no fact rather
            // than a wrong one.
            // اعتقل تسعة بينهم خمسة: "among them", a part of the count before, no statement.
            if matches!(sent.w(k), "بين" | "بينهم" | "بينها" | "بينهن" | "وبينهم")
            {
                break;
            }
            // ألقت القبض على تسعة: arrested.
            if sent.w(k) == "علي" && k >= 1 && sent.w(k - 1).ends_with("القبض") {
                trig = Some((k - 1, "arrested"));
                break;
            }
            // عدد الوفيات الرسمي بلغ ثمانية، ارتفع عدد القتلى إلى 20: a toll.
            if let Some(what) = toll_at(sent, k) {
                trig = Some((k - 1, what));
                break;
            }
            if let Some(what) = trigger_at(sent, k) {
                // فقد is "lost" only right before its count (فقد 12 شخصاً); further away it
                // is mostly ف + قد (فقد انخفضت بنسبة 12%).
                if back > 1 && clitic_splits(sent.w(k)).any(|(_, r)| r == "فقد") {
                    break;
                }
                // أفراد أسر: family members (أسر the noun, not "captured").
                if what == "captured" && k >= 1 && sent.w(k - 1) == "افراد" {
                    break;
                }
                trig = Some((k, what));
                break;
            }
            if !sent.is_word(k) && sent.w(k) != "\"" {
                break;
            }
        }
        let Some((mut tfrom, mut what)) = trig.or_else(|| rose_to::rose_to(sent, n, qfrom)) else {
            // سبعة عشر مدنيا قتلوا: the count and who first, the verb after.
            if let Some((to, what, who)) = verb_after(sent, n) {
                // اثنين من العاملين … قد أصيبوا بالفيروس: infected.
                let what = if what == "injured" && disease_context(sent) {
                    "infected"
                } else {
                    what
                };
                emit(out, n, qfrom, to, what, op, qual, who);
                spans.push((qfrom, to));
                done_to = to;
            }
            continue;
        };
        // مقتل وإصابة ستة عسكريين: one count for both, "killed or injured".
        if tfrom >= 1 && sent.w(tfrom).starts_with('و') {
            // The first is a noun (مقتل، مصرع، قتل): "قتلوا وجرح 400 آخرون" counts only
            // the injured.
            let noun =
                clitic_splits(sent.w(tfrom - 1)).any(|(_, r)| matches!(r, "مقتل" | "مصرع" | "قتل"));
            if let Some(first) = trigger_at(sent, tfrom - 1).filter(|f| *f != what && noun) {
                if (first, what) == ("killed", "injured") {
                    what = "killed or injured";
                    tfrom -= 1;
                }
            }
        }
        // أصيب / إصابة in a report on a disease means infected, not injured.
        let what = if what == "injured" && disease_context(sent) {
            "infected"
        } else {
            what
        };
        // خطف الفريق 3 نقاط، خطفت 3 أهداف: points or goals snatched, no one taken.
        if won(sent.w(n.to)) {
            continue;
        }
        let (to, mut who) = who(sent, n);
        // 844 مدنيا و488 عسكريا: more counted groups of the same statement.
        let to = who::counted_conjuncts(sent, n, nums, to, &mut who);
        // فقد 5 ملايين شخص وظائفهم، فقدان 47 مليون وظيفة: jobs lost, nobody missing.
        if what == "missing" && (n.to..to + 3).any(|k| lost_work(sent.w(k))) {
            spans.push((tfrom, to));
            done_to = to;
            continue;
        }
        let (to, op, qual) = trailing(to);
        emit(out, n, tfrom, to, what, op, qual, who);
        spans.push((tfrom, to));
        done_to = to;
    }
    if sent.bits & crate::tokens::class::LEX != 0 {
        uncounted::extract(sent, &spans, out);
    }
}

/// A second casualty noun joined by و to the counted one at `w` (ending at `to`), of the
/// other of killed and injured: `(end, both)`. After an approximate plural (عشرات القتلى
/// والجرحى: tens of each, `both`) each noun takes the count; after a number (20 قتيلا وجريحا)
/// the one count is of both together ("killed or injured").
fn second_noun(sent: &Sent, n: &Num, w: &str, to: usize, what: &str) -> Option<(usize, bool)> {
    if !matches!(what, "killed" | "injured") || !sent.is_word(to) {
        return None;
    }
    let next = sent.w(to).strip_prefix('و')?;
    let definite = w.starts_with("ال");
    let bare = if definite {
        next.strip_prefix("ال")?
    } else {
        next
    };
    let other = get(NOUNS, bare);
    if !other.is_some_and(|o| o != what && matches!(o, "killed" | "injured")) {
        return None;
    }
    match (definite, n.approx) {
        (true, Some(_)) => Some((to + 1, true)),
        (false, None) => Some((to + 1, false)),
        _ => None,
    }
}

/// Detainees released (الإفراج عن، إطلاق سراح) or bodies exchanged (تبادل، تسليم) within three
/// words before a count at `from`: people handed over, not arrested or killed then.
fn handed_over(sent: &Sent, from: usize, what: &str) -> bool {
    // سلمت الحركة 14 جثة، تسلم الجيش جثث: handed over or received.
    const OVER: &[&str] = &[
        "افراج",
        "افرج",
        "سراح",
        "تبادل",
        "تسليم",
        "مبادله",
        "سلم",
        "سلمت",
        "تسلم",
        "تسلمت",
        "استلم",
        "استلمت",
    ];
    // بالإفراج: the article after the proclitic.
    let over = |r: &str| OVER.contains(&r.strip_prefix("ال").unwrap_or(r));
    matches!(what, "arrested" | "dead")
        && (from.saturating_sub(3)..from).any(|k| clitic_splits(sent.w(k)).any(|(_, r)| over(r)))
}

/// Is `w` (the word after a count) a thing a team or a party wins (نقاط، أهداف، مقاعد،
/// ميداليات، أصوات)? After خطف it is snatched, after فقد lost: no toll either way.
fn won(w: &str) -> bool {
    clitic_splits(w).any(|(_, r)| {
        matches!(
            r,
            "نقاط"
                | "نقطه"
                | "نقطتين"
                | "اهداف"
                | "هدف"
                | "هدفين"
                | "مقاعد"
                | "مقعدا"
                | "ميداليات"
                | "ميداليه"
                | "اصوات"
                | "صوتا"
                | "القاب"
        )
    })
}

/// Is `w` a word for work that فقد / فقدان loses (وظائفهم، وظيفة، أعمالهم): jobs lost, not
/// people missing?
fn lost_work(w: &str) -> bool {
    clitic_splits(w).any(|(_, r)| {
        r.starts_with("وظيف")
            || r.starts_with("وظائف")
            || matches!(r, "عملهم" | "اعمالهم" | "مصدر" | "مناصبهم")
    })
}

#[allow(clippy::too_many_arguments)]
fn emit(
    out: &mut Out,
    n: &Num,
    from: usize,
    to: usize,
    what: &'static str,
    op: &str,
    qual: &'static str,
    who: Vec<(Amount, String)>,
) {
    let mut english = String::with_capacity(48);
    if !qual.is_empty() {
        english.push_str(qual);
        english.push(' ');
    }
    // One group counted by the toll's own number reads as a reporter writes it: "11 soldiers
    // killed", "hundreds of people killed" (not "11 killed: 11 soldiers").
    let one_group = match who.as_slice() {
        [(c, e)] if *c == n.amount() && !e.is_empty() => Some(e.as_str()),
        _ => None,
    };
    // Several groups add up (approximate ones count nothing); one gives the number's own.
    let count = if let Some(group) = one_group {
        n.write_english_of(&mut english);
        english.push(' ');
        // قتل 1 شخص: "1 person killed".
        crate::extract::quantities::singular::push_noun(&mut english, group, n.is(1));
        n.amount()
    } else if who.len() > 1 {
        let total: i128 = who.iter().filter_map(|(c, _)| c.as_int()).sum();
        english.push_str(&total.to_string());
        Amount::Exact(Decimal::int(total))
    } else {
        n.write_english(&mut english);
        n.amount()
    };
    english.push(' ');
    english.push_str(what);
    // One group is already said before the verb.
    let parts = if one_group.is_some() {
        &[][..]
    } else {
        &who[..]
    };
    for (k, (c, e)) in parts.iter().enumerate() {
        english.push_str(if k == 0 { ": " } else { " and " });
        if let Some(v) = c.as_int() {
            Decimal::int(v).write_english(&mut english);
            english.push(' ');
        }
        english.push_str(e);
    }
    let mut value = String::with_capacity(24);
    for part in what.split(' ') {
        if !value.is_empty() {
            value.push('_');
        }
        value.push_str(part);
    }
    value.push_str(if op.is_empty() { "=" } else { op });
    count.write_value(&mut value);
    out.push(
        FactKind::Casualties,
        from,
        to,
        value,
        english,
        "casualties",
        Detail::Casualties(Box::new(Casualties {
            what,
            count,
            qualifier: qual,
            approximate: n.approx,
            who,
        })),
    );
}

/// Words a fact may start with after a proclitic (see `Out::push`).
pub(super) fn heads(out: &mut Vec<&'static str>) {
    out.extend(TRIGGERS.iter().map(|r| r.0));
    out.extend(VERBS_AFTER.iter().map(|r| r.0));
    out.extend(TOLL_NOUNS.iter().chain(rose_to::RISE));
    uncounted::words(out);
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{check, check_english};
    use super::super::FactKind::Casualties;

    /// Session 13: an approximate plural before the definite casualty noun.
    #[test]
    fn approximate_counts_before_definite_nouns() {
        check(
            Casualties,
            &[
                (
                    "أسفرت المواجهات عن عشرات القتلى.",
                    &[("عشرات القتلى", "killed=tens")],
                ),
                (
                    "نقل مئات الجرحى إلى المستشفيات.",
                    &[("مئات الجرحى", "injured=hundreds")],
                ),
            ],
            None,
        );
    }

    /// Session 15 (issue #18): tolls, deaths counted as وفيات, a qualifier after the
    /// statement, infections in every rule (sentences written for the test).
    #[test]
    fn tolls_qualifiers_after_and_infections() {
        check(
            Casualties,
            &[
                (
                    "ارتفع عدد القتلى إلى 20 شخصا.",
                    &[("عدد القتلى إلى 20 شخصا", "killed=20")],
                ),
                ("بلغت حصيلة الوفيات 35.", &[("حصيلة الوفيات 35", "dead=35")]),
                ("سجلت البلاد خمس وفيات جديدة.", &[("خمس وفيات", "dead=5")]),
                (
                    "أسفر الهجوم عن مقتل عشرة على الأقل.",
                    &[("مقتل عشرة على الأقل", "killed>=10")],
                ),
                (
                    "أعلنت الوزارة ثبوت إصابة طبيب بفيروس كورونا.",
                    &[("إصابة طبيب", "infected=1")],
                ),
                (
                    "قال إن ثلاثة من الممرضين أصيبوا بالفيروس.",
                    &[("ثلاثة من الممرضين أصيبوا", "infected=3")],
                ),
                // Without a disease, injured.
                (
                    "قال إن ثلاثة من العمال أصيبوا في الحادث.",
                    &[("ثلاثة من العمال أصيبوا", "injured=3")],
                ),
            ],
            None,
        );
    }

    #[test]
    fn casualties() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            (
                "أدى إلى مقتل خمسة مهندسين صينيين وسائق باكستاني في مارس",
                &[("مقتل خمسة مهندسين صينيين وسائق باكستاني", "killed=6")],
            ),
            (
                "أودى الانفجار بحياة 12 شخصاً",
                &[("بحياة 12 شخصاً", "killed=12")],
            ),
            ("أودى بحياة ما بين 12 و15 ألف شخص", &[]),
            // A count of hours after a casualty word is time; infections in an epidemic.
            (
                "وسجلت الوزارة 35 حالة وفاة خلال الـ24 ساعة الماضية",
                &[("35 حالة وفاة", "dead=35")],
            ),
            (
                "وأعلنت الوزارة تسجيل 1200 إصابة جديدة بفيروس كورونا",
                &[("1200 إصابة", "infected=1200")],
            ),
            (
                "وأسفر الحادث عن 14 إصابة بين المارة",
                &[("14 إصابة", "injured=14")],
            ),
            (
                "أودت الحرب بحياة أكثر من ألفي شخص",
                &[("بحياة أكثر من ألفي شخص", "killed>2000")],
            ),
            (
                "مما أدى إلى مقتل مئات الأشخاص، بما",
                &[("مقتل مئات الأشخاص", "killed=hundreds")],
            ),
            (
                "مقتل 42 فلسطينياً وإصابة 97 آخرين",
                &[
                    ("مقتل 42 فلسطينياً", "killed=42"),
                    ("إصابة 97 آخرين", "injured=97"),
                ],
            ),
            (
                "إلى 2946 قتيلاً و5674 جريحاً",
                &[("2946 قتيلاً", "killed=2946"), ("5674 جريحاً", "injured=5674")],
            ),
            (
                "أكثر من 86 ألف جريح",
                &[("أكثر من 86 ألف جريح", "injured>86000")],
            ),
            (
                // A disease: أصيب means infected.
                "وأصيب خلالها نحو 2.5 مليون شخص بالكوليرا",
                &[("أصيب خلالها نحو 2.5 مليون شخص", "infected~2500000")],
            ),
            ("و861 حالة وفاة", &[("861 حالة وفاة", "dead=861")]),
            (
                "وقُتل أكثر من 15 ألف شخص منذ",
                &[("قُتل أكثر من 15 ألف شخص", "killed>15000")],
            ),
            (
                "اعتقلت القوات الإسرائيلية العشرات خلال",
                &[("اعتقلت القوات الإسرائيلية العشرات", "arrested=tens")],
            ),
            (
                "أعلن الجيش مقتل اثنين من جنوده",
                &[("مقتل اثنين من جنوده", "killed=2")],
            ),
            (
                "اختطاف ثلاثة صحفيين",
                &[("اختطاف ثلاثة صحفيين", "kidnapped=3")],
            ),
            // A number without a casualty word is not a casualty.
            ("وصل 500 لاجئ", &[]),
            // فقد far from its number is ف + قد.
            ("وعلى صعيد الأرباح فقد انخفضت بنسبة 12% لتصل", &[]),
            // Session 11 (held-out news, sentences written for the test): a dual subject of
            // لقي مصرعهم before a counted statement; القبض على; active verbs; casualty
            // nouns after the count; who by the noun's shape.
            (
                "لقي شخصان مصرعهم وأصيب أربعة آخرون في الحادث",
                &[
                    ("لقي شخصان مصرعهم", "killed=2"),
                    ("أصيب أربعة آخرون", "injured=4"),
                ],
            ),
            (
                "وألقت الشرطة القبض على تسعة مشتبه بهم",
                &[("القبض على تسعة مشتبه", "arrested=9")],
            ),
            (
                "مخلفاً ثلاثة شهداء وعشرة جرحى",
                &[("ثلاثة شهداء", "killed=3"), ("عشرة جرحى", "injured=10")],
            ),
            ("وتبين أن الموقع به 6 إصابات", &[("6 إصابات", "injured=6")]),
            (
                "وأسرت المقاومة أربعة حوثيين",
                &[("أسرت المقاومة أربعة حوثيين", "captured=4")],
            ),
            (
                "وأصابت اثنين من الحراس",
                &[("أصابت اثنين من الحراس", "injured=2")],
            ),
            (
                "أكدت مصادر مقتل تسعة حوثيين",
                &[("مقتل تسعة حوثيين", "killed=9")],
            ),
        ];
        check(Casualties, rows, None);
        check_english(
            Casualties,
            &[
                (
                    "مقتل خمسة مهندسين صينيين وسائق باكستاني",
                    "6 killed: 5 Chinese engineers and 1 Pakistani driver",
                ),
                ("مقتل مئات الأشخاص", "hundreds of people killed"),
                ("مقتل 11 جنديا", "11 soldiers killed"),
                ("قتل 1 شخص", "1 person killed"),
                ("وفاة ما يقرب من 50 ألف شخص", "about 50,000 people dead"),
            ],
            None,
        );
    }

    /// Session 12: the count and who before a plural verb; a share of cases is no count.
    #[test]
    fn counts_before_their_verb_and_shares() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            (
                "وقالت المصادر إن تسعة مدنيين قتلوا في القصف.",
                &[("تسعة مدنيين قتلوا", "killed=9")],
            ),
            (
                "وأكد الجيش أن 12 عنصرا من الميليشيا / الحوثية / قتلوا أمس.",
                &[("12 عنصرا من الميليشيا / الحوثية / قتلوا", "killed=12")],
            ),
            ("ثم حالات اختطاف بنسبة 30 في المائة من الانتهاكات.", &[]),
            // A trigger and a sound plural of people, no count (or a dual written the same).
            (
                "وأعلن الجيش مقتل مدنيين في القصف.",
                &[("مقتل مدنيين", "killed=?")],
            ),
            ("وبدأت عملية إصابة الأهداف بدقة.", &[]),
            // No counted noun before the verb: nothing to count.
            (
                "وفي 2014 قتلوا اثنين من الحراس.",
                &[("قتلوا اثنين من الحراس", "killed=2")],
            ),
            (
                "وتسبب المرض في وفاة ما يقرب من 20 ألف شخص سنويا.",
                &[("وفاة ما يقرب من 20 ألف شخص", "dead~20000")],
            ),
        ];
        check(Casualties, rows, None);
    }
}
