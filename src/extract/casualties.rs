//! Casualties: killed, injured, arrested, kidnapped, missing, dead — with the count (exact or
//! approximate, with its qualifier) and who, when the text says. In a sentence about a disease
//! (الكوليرا، وباء، فيروس …), أصيب / إصابة means infected, and the fact says so.
//!
//! **In:** a tokenized sentence and its cardinals. **Out:** `casualties` facts spanning the
//! trigger, the count and who.
//!
//! Shapes: trigger noun + count + who ("مقتل خمسة مهندسين صينيين وسائق باكستاني" → `killed=6`,
//! "6 killed: 5 Chinese engineers and 1 Pakistani driver"; "مقتل مئات الأشخاص" →
//! `killed=hundreds`); count + casualty noun ("2946 قتيلاً", "86 ألف جريح", "861 حالة وفاة");
//! passive or active verb + count ("قُتل أكثر من 15 ألف شخص", "اعتقلت القوات العشرات"), with
//! up to three words between the verb and the count. A conjunct "و + singular noun +
//! nationality" after the counted group adds one (وسائق باكستاني).
//!
//! Not done: counts given as ranges (ما بين 12 و15 ألف), casualties split across sentences.

use serde_json::json;

use super::numbers::{cardinal_at, Num};
use super::quantities::{counted_noun, qualifier_before};
use super::{clitic_splits, get, FactKind, Out, Sent};
use crate::glossary::Category;

/// Trigger nouns and verbs before the count: `(word, what)`.
const TRIGGERS: &[(&str, &str)] = &[
    ("مقتل", "killed"),
    ("قتل", "killed"),
    ("مصرع", "killed"),
    ("استشهاد", "killed"),
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
];

/// Singular nouns for a conjunct of one: `(word, english singular)`.
const SINGULAR: &[(&str, &str)] = &[
    ("سائق", "driver"),
    ("مهندس", "engineer"),
    ("جندي", "soldier"),
    ("طفل", "child"),
    ("شرطي", "police officer"),
    ("مدني", "civilian"),
    ("صحفي", "journalist"),
    ("مواطن", "citizen"),
    ("عامل", "worker"),
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
];

/// Does the sentence speak of a disease?
fn disease_context(sent: &Sent) -> bool {
    (0..sent.len())
        .any(|k| sent.is_word(k) && clitic_splits(sent.w(k)).any(|(_, r)| DISEASES.contains(&r)))
}

fn trigger_at(sent: &Sent, i: usize) -> Option<&'static str> {
    if !sent.lex(i) {
        return None;
    }
    clitic_splits(sent.w(i)).find_map(|(_, r)| get(TRIGGERS, r))
}

pub(crate) fn extract(sent: &Sent, nums: &[Num], out: &mut Out) {
    let mut done_to = 0;
    for n in nums {
        if n.from < done_to {
            continue;
        }
        let (qfrom, op, qual) = match qualifier_before(sent, n.from) {
            Some(q) => q,
            None => (n.from, "", ""),
        };
        // Count + casualty noun: 2946 قتيلاً، 861 حالة وفاة.
        let w = sent.w(n.to);
        let noun = get(NOUNS, w).map(|what| (what, n.to + 1)).or_else(|| {
            (matches!(w, "حاله" | "حالات") && sent.w(n.to + 1) == "وفاه")
                .then_some(("dead", n.to + 2))
        });
        if let Some((what, to)) = noun {
            emit(sent, out, n, qfrom, to, what, op, qual, Vec::new());
            done_to = to;
            continue;
        }
        // Trigger within four tokens before the count (qualifier included).
        let mut trig = None;
        for back in 1..=4 {
            if qfrom < back {
                break;
            }
            let k = qfrom - back;
            if let Some(what) = trigger_at(sent, k) {
                trig = Some((k, what));
                break;
            }
            if !sent.is_word(k) && sent.w(k) != "\"" {
                break;
            }
        }
        let Some((tfrom, what)) = trig else { continue };
        // أصيب / إصابة in a report on a disease means infected, not injured.
        let what = if what == "injured" && disease_context(sent) {
            "infected"
        } else {
            what
        };
        let (to, who) = who(sent, n);
        emit(sent, out, n, tfrom, to, what, op, qual, who);
        done_to = to;
    }
}

/// Who was hit: `(end, [(count, english)])`.
fn who(sent: &Sent, n: &Num) -> (usize, Vec<(String, String)>) {
    let mut groups = Vec::new();
    let j = n.to;
    let first = if sent.w(j) == "من" {
        counted_noun(sent, j + 1, true)
    } else {
        counted_noun(sent, j, true)
    };
    let Some((mut to, english)) = first else {
        return (n.to, groups);
    };
    groups.push((n.value_str(), english));
    // وسائق باكستاني: one more.
    let w = sent.w(to);
    if let Some(rest) = w.strip_prefix('و') {
        if let Some(en) = get(SINGULAR, rest) {
            if let Some(t) = sent
                .term_at(to + 1)
                .filter(|t| t.category == Category::Nationality)
            {
                groups.push(("1".to_string(), format!("{} {en}", sent.entry(t).english)));
                to = t.to;
            }
        }
    }
    // وإصابة 97 آخرين is the next fact, not part of this one.
    let _ = cardinal_at;
    (to, groups)
}

#[allow(clippy::too_many_arguments)]
fn emit(
    sent: &Sent,
    out: &mut Out,
    n: &Num,
    from: usize,
    to: usize,
    what: &'static str,
    op: &str,
    qual: &str,
    who: Vec<(String, String)>,
) {
    let _ = sent;
    let (count, count_en) = if who.len() > 1 {
        let total: i128 = who.iter().filter_map(|(c, _)| c.parse::<i128>().ok()).sum();
        (total.to_string(), total.to_string())
    } else {
        (
            n.value_str(),
            n.approx.map(str::to_string).unwrap_or_else(|| n.english()),
        )
    };
    let sign = if op.is_empty() { "=" } else { op };
    let value = format!("{what}{sign}{count}");
    let prefix = if qual.is_empty() {
        String::new()
    } else {
        format!("{qual} ")
    };
    let mut english = format!("{prefix}{count_en} {what}");
    if !who.is_empty() {
        let parts: Vec<String> = who
            .iter()
            .map(|(c, e)| match c.parse::<i128>() {
                Ok(v) => format!("{} {e}", super::Decimal::int(v).english()),
                Err(_) => e.clone(),
            })
            .collect();
        english.push_str(": ");
        english.push_str(&parts.join(" and "));
    }
    let mut detail = json!({"what": what, "count": count});
    if !qual.is_empty() {
        detail["qualifier"] = json!(qual);
    }
    if let Some(a) = n.approx {
        detail["approximate"] = json!(a);
    }
    if !who.is_empty() {
        detail["who"] = json!(who
            .iter()
            .map(|(c, e)| json!({"count": c, "who": e}))
            .collect::<Vec<_>>());
    }
    out.push(
        FactKind::Casualties,
        from,
        to,
        value,
        english,
        "casualties",
        detail,
    );
}

/// Words a fact may start with after a proclitic (see `Out::push`).
pub(super) fn heads(out: &mut Vec<&'static str>) {
    out.extend(TRIGGERS.iter().map(|r| r.0));
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{check, check_english};
    use super::super::FactKind::Casualties;

    #[test]
    fn casualties() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            (
                "أدى إلى مقتل خمسة مهندسين صينيين وسائق باكستاني في مارس",
                &[("مقتل خمسة مهندسين صينيين وسائق باكستاني", "killed=6")],
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
        ];
        check(Casualties, rows, None);
        check_english(
            Casualties,
            &[
                (
                    "مقتل خمسة مهندسين صينيين وسائق باكستاني",
                    "6 killed: 5 Chinese engineers and 1 Pakistani driver",
                ),
                ("مقتل مئات الأشخاص", "hundreds killed: people"),
            ],
            None,
        );
    }
}
