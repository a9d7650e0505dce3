//! Casualty statements that give no count, or give it in words other than a number: the
//! ways Arabic news says "nobody was hurt", "there were deaths", "a wave of arrests", "a body
//! was found" and "he met his death".
//!
//! **In:** a sentence and a lexicon word at token `k` (called from `uncounted`'s scan).
//! **Out:** one `casualties` fact and where it ends, or `None`.
//!
//! Shapes (rules, all `casualties.unstated`), each driven by a table below:
//! * **none hurt** — a negator ([`NEG`]: لم، لا، دون، بدون، عدم) up to five words before a
//!   casualty plural (the `Plural` rows of [`KEYS`]), through the words that carry such statements ([`CARRY`]:
//!   وقوع، سقوط، أي، عن …): لم يسفر الحادث عن وقوع إصابات → `injured=0`, دون وقوع وفيات →
//!   `dead=0`; and لم يصب أحد / أحداً لم يصب / لم يصب بأذى → `injured=0`;
//! * **some, count not given** — قتلى / جرحى / إصابات / وفيات / ضحايا (no count before them)
//!   after a verb of causing or falling ([`CAUSE`]: سقوط، وقوع، سقط، أسفر، خلف، أوقع): سقوط
//!   قتلى وجرحى → `killed=?;injured=?`, سقط فيها قتلى → `killed=?`, أوقع الهجوم ضحايا →
//!   `killed_or_injured=?`; not after a noun (جثث قتلى، من قتلى النظام: the dead of a
//!   statement made elsewhere); إزهاق أرواح أبرياء → `killed=?`;
//! * **arrests** — اعتقالات / توقيفات (indefinite), or حملة/حملات/موجة + اعتقال/توقيف/مداهمات:
//!   حملة اعتقالات واسعة → `arrested=?`;
//! * **one hit** — قتيل / شهيد / جريح (no count before) after a verb of causing or falling, or
//!   negated: سقط قتيل من المقاومة → `killed=1`, وقوع قتيل إسرائيلي, لم يسقط قتيل → `killed=0`;
//! * **one body** — جثة (indefinite, no count before it) → `dead=1`, جثتين/جثتي → `dead=2`:
//!   العثور على جثة متعفنة لطفلة;
//! * **one dead** — a singular person noun + متوفى/متوفاة/ميتاً/مقتولاً (طفلة متوفاة →
//!   `dead=1`); the idioms لقي حتفه/مصرعه (`killed=1`; لقوا حتفهم → `killed=?`), قضى نحبه,
//!   فارق الحياة, and قضى في + an event noun ([`EVENTS`]: قضى في الحادث) → `dead=1`; a
//!   longer subject of لقي … مصرعهم (up to ten tokens, see `who::laqiya_before`), with its
//!   vague count (لقي عدد من عناصر التنظيم مصرعهم → `killed=several`);
//! * **vague counts** — a trigger + العديد من / عدد من / كثير من / الكثير من / بعض:
//!   وفاة كثير من المرضى → `dead=many`, اعتقال عدد من المشتبه بهم → `arrested=several`.
//!
//! In a sentence about a disease, إصابات are infections (`infected=0`). No fact where the
//! words state no toll (see `not_toll`): injuries not confirmed (دون تأكيد وقوع إصابات),
//! marks on a body (لا توجد أي إصابات ظاهرة), a body handled (نقل جثة الطفلة).
//!
//! Not done: duals of nisba nouns (شرطيين is a dual or a plural), generic statements about
//! killing (إزهاق الأرواح), and a count given in another sentence.

use std::sync::OnceLock;

use super::{
    clitic_splits, disease_context, trigger_at, Casualties, Detail, FactKind, Out, Sent, SINGULAR,
};
use crate::extract::numbers::{Amount, Decimal};
use crate::extract::{FxMap, Kind, NUMBER_WORD};
use crate::tokens::forms::RULE_PROCLITICS;

/// Negators before a casualty plural.
const NEG: &[&str] = &["لم", "لا", "دون", "بدون", "عدم", "ليس", "ليست"];

/// Words that may stand between a negator or a cause and the casualty plural.
const CARRY: &[&str] = &[
    "وقوع",
    "سقوط",
    "تسجيل",
    "اي",
    "ايه",
    "عن",
    "الي",
    "توجد",
    "يوجد",
    "هناك",
    "تقع",
    "يقع",
    "يسقط",
    "تسقط",
    "تسجل",
    "تسفر",
    "يسفر",
    "يخلف",
    "تخلف",
    "ينتج",
    "ينجم",
    "يؤد",
    "تؤد",
    "ادي",
    "ادت",
    "الحادث",
    "الحادثه",
    "الحريق",
    "الانفجار",
    "الهجوم",
    "القصف",
    "فيها",
    "فيه",
    "عنه",
    "عنها",
];

/// Verbs and nouns of causing or falling that make إصابات/وفيات/ضحايا an event.
const CAUSE: &[&str] = &[
    "نتج",
    "وقوع",
    "سقوط",
    "سقط",
    "سقطت",
    "اسفر",
    "اسفرت",
    "خلف",
    "خلفت",
    "اوقع",
    "اوقعت",
    "وقعت",
    "وقع",
    "اسقط",
];

/// Event nouns after قضى في (قضى في الحادث: died in the accident).
const EVENTS: &[&str] = &[
    "الحادث",
    "الحادثه",
    "الانفجار",
    "الهجوم",
    "التفجير",
    "الحريق",
    "القصف",
    "الغاره",
    "الاشتباكات",
    "المعارك",
    "الزلزال",
    "الفيضانات",
    "التحطم",
    "الاعتداء",
];

/// What a key word starts: the rule to try.
#[derive(Clone, Copy)]
enum Key {
    /// يصب / تصب (لم يصب أحد).
    Hurt,
    /// A casualty plural: `(what, needs a cause when not negated)`.
    Plural(&'static str, bool),
    /// اعتقالات / توقيفات (`true`), or اعتقال / توقيف / مداهمات after حملة (`false`).
    Arrest(bool),
    /// جثة (1), جثتين (2).
    Body(i128),
    /// متوفاة, مقتولاً: `what`.
    DeadAdj(&'static str),
    /// حتفه, مصرعه (1) / حتفهم (unknown).
    Death(bool),
    /// نحبه, الحياة: the second word of قضى نحبه, فارق الحياة.
    Idiom,
    /// قضى (قضى في الحادث).
    Qada,
    /// إزهاق (إزهاق أرواح أبرياء: taking lives).
    Ithaq,
    /// A trigger of the counted rule (مقتل، وفاة …): a vague count or one person after it.
    Trigger,
    /// A dual casualty noun (مصابان، قتيلين): `what` (see `one`).
    Dual(&'static str),
    /// A singular casualty noun after a verb of falling (سقط قتيل، وقوع قتيل إسرائيلي): one.
    One(&'static str),
}

/// The key words, bare (without proclitics).
const KEYS: &[(&str, Key)] = &[
    ("يصب", Key::Hurt),
    ("تصب", Key::Hurt),
    ("قتلي", Key::Plural("killed", true)),
    ("جرحي", Key::Plural("injured", true)),
    ("اصابات", Key::Plural("injured", true)),
    ("وفيات", Key::Plural("dead", true)),
    // Definite: only after عدد من / العديد من (see `at`).
    ("القتلي", Key::Plural("killed", true)),
    ("الجرحي", Key::Plural("injured", true)),
    ("ضحايا", Key::Plural("killed or injured", true)),
    ("اعتقالات", Key::Arrest(true)),
    ("توقيفات", Key::Arrest(true)),
    ("اعتقال", Key::Arrest(false)),
    ("توقيف", Key::Arrest(false)),
    ("مداهمات", Key::Arrest(false)),
    // ألقت القبض على: a name after على here (`one::arrest_on`), a noun in `uncounted`.
    ("القبض", Key::Arrest(false)),
    ("جثه", Key::Body(1)),
    ("جثتين", Key::Body(2)),
    ("جثتي", Key::Body(2)),
    ("جثتان", Key::Body(2)),
    ("متوفي", Key::DeadAdj("dead")),
    ("متوفاه", Key::DeadAdj("dead")),
    ("متوفيا", Key::DeadAdj("dead")),
    ("ميتا", Key::DeadAdj("dead")),
    ("مقتولا", Key::DeadAdj("killed")),
    ("مقتوله", Key::DeadAdj("killed")),
    ("حتفه", Key::Death(true)),
    ("حتفها", Key::Death(true)),
    ("مصرعه", Key::Death(true)),
    ("مصرعها", Key::Death(true)),
    ("حتفهم", Key::Death(false)),
    ("مصرعهم", Key::Death(false)),
    ("نحبه", Key::Idiom),
    ("نحبها", Key::Idiom),
    ("الحياه", Key::Idiom),
    ("قضي", Key::Qada),
    ("ازهاق", Key::Ithaq),
    ("قتيلان", Key::Dual("killed")),
    ("قتيلين", Key::Dual("killed")),
    ("شهيدان", Key::Dual("killed")),
    ("شهيدين", Key::Dual("killed")),
    ("جريحان", Key::Dual("injured")),
    ("جريحين", Key::Dual("injured")),
    ("مصابان", Key::Dual("injured")),
    ("مصابين", Key::Dual("injured")),
    // ليُقتل هو أيضًا على يد القوات: the passive imperfect, read by `one::single` only
    // before على يد.
    ("يقتل", Key::Trigger),
    ("قتيل", Key::One("killed")),
    ("شهيد", Key::One("killed")),
    ("جريح", Key::One("injured")),
];

/// The words these rules key on (lexicon words, so `uncounted`'s scan stops at them).
pub(super) fn words(out: &mut Vec<&'static str>) {
    out.extend(KEYS.iter().map(|r| r.0));
}

/// [`KEYS`] as a hash map of bare words (for the second word of a pair).
fn keys() -> &'static FxMap<&'static str, Key> {
    static K: OnceLock<FxMap<&'static str, Key>> = OnceLock::new();
    K.get_or_init(|| KEYS.iter().copied().collect())
}

/// Every written form of the [`KEYS`] (bare and after each rule proclitic) → `(key, bare
/// word)`, and a 256-bit filter on the forms' last two letters: `at` runs at every lexicon
/// word `uncounted` meets; two bit tests turn most away, one hash lookup the rest.
struct Written {
    forms: FxMap<String, (Key, &'static str)>,
    bloom: [u64; 4],
}

/// The two filter bits of a word's last four bytes (its last two letters).
fn bloom_bits(w: &[u8]) -> Option<(u8, u8)> {
    let tail: [u8; 4] = w.get(w.len().checked_sub(4)?..)?.try_into().ok()?;
    let h = u32::from_le_bytes(tail);
    Some((
        (h.wrapping_mul(0x9E37_79B1) >> 24) as u8,
        (h.wrapping_mul(0x85EB_CA77) >> 24) as u8,
    ))
}

fn written() -> &'static Written {
    static W: OnceLock<Written> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Written {
            forms: FxMap::default(),
            bloom: [0; 4],
        };
        for &(bare, key) in KEYS {
            if let Some((a, b)) = bloom_bits(bare.as_bytes()) {
                for bit in [a, b] {
                    w.bloom[usize::from(bit >> 6)] |= 1 << (bit & 63);
                }
            }
            for c in [""].into_iter().chain(RULE_PROCLITICS) {
                w.forms.entry(format!("{c}{bare}")).or_insert((key, bare));
            }
        }
        // The triggers, for the vague counts (a word already a key keeps its key).
        for &(bare, _) in super::TRIGGERS {
            if let Some((a, b)) = bloom_bits(bare.as_bytes()) {
                for bit in [a, b] {
                    w.bloom[usize::from(bit >> 6)] |= 1 << (bit & 63);
                }
            }
            for c in [""].into_iter().chain(RULE_PROCLITICS) {
                w.forms
                    .entry(format!("{c}{bare}"))
                    .or_insert((Key::Trigger, bare));
            }
        }
        w
    })
}

/// The key written at `w` (through proclitics), if any.
fn key_of(w: &str) -> Option<(Key, &'static str)> {
    let f = written();
    let (a, b) = bloom_bits(w.as_bytes())?;
    let has = |bit: u8| f.bloom[usize::from(bit >> 6)] & (1 << (bit & 63)) != 0;
    if !has(a) || !has(b) {
        return None;
    }
    f.forms.get(w).copied()
}

/// The bare word of `w` in `table` (through proclitics).
fn bare<'t>(w: &str, table: &[&'t str]) -> Option<&'t str> {
    clitic_splits(w).find_map(|(_, r)| table.iter().find(|t| **t == r).copied())
}

/// Is token `i` a number (digits or a number word)?
fn number(sent: &Sent, i: usize) -> bool {
    sent.kind(i) == Some(Kind::Num) || sent.has(i, NUMBER_WORD)
}

/// What the words before token `k` say of the casualty plural at `k`: `(from, negated,
/// caused)`, reading back through [`CARRY`] words, at most five words.
fn before(sent: &Sent, k: usize) -> (usize, bool, bool) {
    let mut from = k;
    let mut caused = false;
    for back in 1..=5 {
        let Some(i) = k.checked_sub(back) else { break };
        if !sent.is_word(i) {
            break;
        }
        let w = sent.w(i);
        if bare(w, NEG).is_some() {
            return (i, true, caused);
        }
        if bare(w, CAUSE).is_some() {
            // The cause nearest the plural starts the span: أسفر عن سقوط قتلى → سقوط قتلى.
            if !caused {
                from = i;
            }
            caused = true;
            continue;
        }
        if bare(w, CARRY).is_none() {
            break;
        }
    }
    (from, false, caused)
}

/// One fact of one or two `(what, count)` groups over tokens `from..to`; `english` as given.
pub(super) fn push(
    out: &mut Out,
    from: usize,
    to: usize,
    groups: &[(&'static str, Amount)],
    english: String,
) -> usize {
    // ثبوت إصابة لاعب … بالفيروس: in a report on a disease, an injury is an infection.
    let infected;
    let (groups, english) = if groups.iter().any(|g| g.0 == "injured") && disease_context(out.sent)
    {
        infected = groups
            .iter()
            .map(|&(w, c)| (if w == "injured" { "infected" } else { w }, c))
            .collect::<Vec<_>>();
        (&infected[..], english.replace("injured", "infected"))
    } else {
        (groups, english)
    };
    let mut value = String::new();
    for (g, (what, count)) in groups.iter().enumerate() {
        if g > 0 {
            value.push(';');
        }
        for (p, part) in what.split(' ').enumerate() {
            if p > 0 {
                value.push('_');
            }
            value.push_str(part);
        }
        value.push('=');
        count.write_value(&mut value);
    }
    let (what, count) = groups[0];
    // Without a leading و/ف/ب/ل (ولم، وحملات، فلقي): not every first word here is a head
    // that `Out::push` strips them from.
    let mut span = out.sent.span(from, to);
    let sent = out.sent;
    if sent.is_word(from) {
        if let Some((c, _)) = clitic_splits(sent.w(from)).nth(1) {
            let first = sent.w(from);
            let rest = &first[c.len()..];
            if !keys().contains_key(first) && stem_word(rest) {
                let tok = sent.toks[from];
                span.start = sent
                    .norm_span(tok.norm().start + c.len(), tok.norm().end)
                    .start;
            }
        }
    }
    out.push_span(
        FactKind::Casualties,
        span,
        value,
        english,
        "casualties.unstated",
        Detail::Casualties(Box::new(Casualties {
            what,
            count,
            qualifier: "",
            approximate: match count {
                Amount::Approx(a) => Some(a),
                Amount::Exact(_) => None,
            },
            who: Vec::new(),
        })),
    );
    to
}

/// Is `w` (without its proclitic) a word these statements start with?
fn stem_word(w: &str) -> bool {
    NEG.contains(&w)
        || CAUSE.contains(&w)
        || keys().contains_key(w)
        || matches!(
            w,
            "حمله"
                | "حملات"
                | "موجه"
                | "لقي"
                | "لقيت"
                | "لقوا"
                | "قضي"
                | "فارق"
                | "فارقت"
        )
        || matches!(w, "احدا" | "احد")
        || super::TRIGGERS.iter().any(|t| t.0 == w)
}

/// A count the text does not give.
pub(super) const UNKNOWN: Amount = Amount::Approx("?");

pub(super) fn exact(n: i128) -> Amount {
    Amount::Exact(Decimal::int(n))
}

/// A vague count after a trigger at `k`: وفاة كثير من المرضى → `dead=many`.
fn vague_count(sent: &Sent, k: usize, out: &mut Out) -> Option<usize> {
    // The next word first: a vague count is rare.
    let vague = match (sent.w(k + 1), sent.w(k + 2)) {
        ("العديد" | "الكثير" | "كثير", "من") => Some(("many", k + 3)),
        ("عدد", "من") => Some(("several", k + 3)),
        ("بعض", _) => Some(("several", k + 2)),
        _ => None,
    };
    let (many, of) = vague?;
    let what = trigger_at(sent, k)?;
    // استشهاد وإصابة عدد من، إصابة واستشهاد العديد من: one count for both.
    let first = k
        .checked_sub(1)
        .filter(|_| sent.w(k).starts_with('و'))
        .and_then(|j| trigger_at(sent, j));
    let (from, what) = match first {
        Some(first) if matches!((first, what), ("killed", "injured") | ("injured", "killed")) => {
            (k - 1, "killed or injured")
        }
        _ => (k, what),
    };
    let to = if sent.is_word(of) { of + 1 } else { of };
    let english = format!("{many} {what}");
    Some(push(
        out,
        from,
        to,
        &[(what, Amount::Approx(many))],
        english,
    ))
}

/// Try the rules at the lexicon word `k`; push a fact and return its end.
pub(super) fn at(sent: &Sent, k: usize, out: &mut Out) -> Option<usize> {
    let w = sent.w(k);
    let (key, bare_w) = key_of(w)?;
    if let Some(end) = vague_count(sent, k, out) {
        return Some(end);
    }
    let prev = if k >= 1 { sent.w(k - 1) } else { "" };
    match key {
        // لم يصب أحد، أحداً لم يصب، لم يصب بأذى.
        Key::Hurt => {
            bare(prev, &["لم"])?;
            let one_before = k >= 2 && matches!(sent.w(k - 2), "احدا" | "احد");
            let after = matches!(
                sent.w(k + 1),
                "احد" | "احدا" | "اي" | "باذي" | "باي" | "بسوء"
            );
            if !one_before && !after {
                return None;
            }
            let from = if one_before { k - 2 } else { k - 1 };
            let to = if after { k + 2 } else { k + 1 };
            Some(push(
                out,
                from,
                to,
                &[("injured", exact(0))],
                "no one injured".into(),
            ))
        }
        Key::Plural(what, needs_cause) => {
            if k >= 1 && number(sent, k - 1) {
                return None;
            }
            // سقط عدد من القتلى والجرحى: a vague count of the plural.
            let vague = match (k >= 2).then(|| (sent.w(k - 2), prev)) {
                Some(("عدد", "من")) => Some("several"),
                Some(("العديد" | "الكثير" | "كثير", "من")) => Some("many"),
                _ => None,
            };
            // قتيلان وعدة جرحى، بضعة جرحى: a vague count right before, a count of its own.
            let few = vague.is_none() && matches!(prev, "عده" | "وعده" | "بضعه" | "وبضعه");
            let vague = vague.or(few.then_some("several"));
            let k0 = match (vague.is_some(), few) {
                (true, false) => k - 2,
                (true, true) => k - 1,
                _ => k,
            };
            if vague.is_none() && bare_w.starts_with("ال") {
                return None;
            }
            let what = if bare_w == "اصابات" && disease_context(sent) {
                "infected"
            } else {
                what
            };
            let (from, negated, caused) = before(sent, k0);
            if !negated && needs_cause && !caused && !few {
                return None;
            }
            // لا توجد أي إصابات ظاهرة: visible marks on a body (a medical finding), no toll;
            // دون تأكيد وقوع إصابات: not confirmed, no toll either.
            if matches!(sent.w(k + 1), "ظاهره" | "ظاهر")
                || (!negated && super::not_toll::unconfirmed(sent, from))
            {
                return None;
            }
            let count = match (negated, vague) {
                (true, _) => exact(0),
                (false, Some(v)) => Amount::Approx(v),
                (false, None) => UNKNOWN,
            };
            let mut groups = vec![(what, count)];
            // قتلى وجرحى: a second plural.
            let second = sent
                .w(k + 1)
                .strip_prefix('و')
                .and_then(|r| match keys().get(r) {
                    Some(&Key::Plural(what2, _)) if what2 != what => Some(what2),
                    _ => None,
                });
            if let Some(what2) = second {
                groups.push((what2, count));
            }
            let to = if second.is_some() { k + 2 } else { k + 1 };
            let names: Vec<&str> = groups.iter().map(|g| g.0).collect();
            let english = if negated {
                format!("no one {}", names.join(" or "))
            } else if let Some(v) = vague {
                format!("{v} {}", names.join(" and "))
            } else {
                format!("{}, number not given", names.join(" and "))
            };
            Some(push(out, from, to, &groups, english))
        }
        // اعتقالات; حملة اعتقال، حملات توقيف، حملة مداهمات.
        Key::Arrest(plural) => {
            let campaign = bare(prev, &["حمله", "حملات", "موجه"]).is_some();
            // اعتقال جيفري ويب، توقيف رئيس البلدية، القبض على محمد: one named or titled person.
            if bare_w == "القبض" {
                return super::one::arrest_on(sent, k, out);
            }
            if !campaign && !plural && !w.starts_with("ال") {
                return super::one::single(sent, k, bare_w, out);
            }
            if !campaign && (!plural || w.starts_with("ال")) {
                return None;
            }
            let from = if campaign { k - 1 } else { k };
            Some(push(
                out,
                from,
                k + 1,
                &[("arrested", UNKNOWN)],
                "arrests, number not given".into(),
            ))
        }
        // العثور على جثة، جثة متعفنة لطفلة.
        Key::Body(n) => {
            if k >= 1 && number(sent, k - 1) {
                return None;
            }
            if super::not_toll::handled_body(sent, k) {
                return None;
            }
            // The body's state or owner, kept in the span: جثة رجل، جثة متعفنة لطفلة.
            let mut to = k + 1;
            if sent.is_word(to) && !sent.w(to).starts_with("ال") && !sent.has(to, NUMBER_WORD) {
                let owner = |i: usize| {
                    sent.is_word(i) && crate::extract::lookup(SINGULAR, sent.w(i)).is_some()
                };
                if owner(to) {
                    to += 1;
                } else if owner(to + 1) && sent.w(to + 1).starts_with('ل') {
                    to += 2;
                }
            }
            let english = if n == 1 {
                "1 body found"
            } else {
                "2 bodies found"
            };
            Some(push(out, k, to, &[("dead", exact(n))], english.into()))
        }
        // طفلة متوفاة، رجلاً مقتولاً.
        Key::DeadAdj(what) => {
            let j = k.checked_sub(1)?;
            let en = crate::extract::lookup(SINGULAR, prev)?.1;
            let english = format!("1 {en} {what}");
            Some(push(out, j, k + 1, &[(what, exact(1))], english))
        }
        // لقي حتفه، لقي السائق حتفه، لقوا مصرعهم.
        Key::Death(one) => {
            let lqy =
                |i: usize| bare(sent.w(i), &["لقي", "لقيت", "لقوا", "يلقي", "تلقي"]).is_some();
            let from = if k >= 1 && lqy(k - 1) {
                k - 1
            } else if k >= 2 && sent.is_word(k - 1) && lqy(k - 2) {
                k - 2
            } else if one {
                return None;
            } else {
                super::who::laqiya_before(sent, k, lqy)?
            };
            // لقي عدد من / العديد من … مصرعهم: a vague count of the subject.
            let vague = match (sent.w(from + 1), sent.w(from + 2)) {
                ("عدد", "من") => Some("several"),
                ("العديد" | "الكثير" | "كثير", "من") => Some("many"),
                _ => None,
            };
            if let Some(v) = vague.filter(|_| !one) {
                let english = format!("{v} killed");
                return Some(push(
                    out,
                    from,
                    k + 1,
                    &[("killed", Amount::Approx(v))],
                    english,
                ));
            }
            // لقي شخصان مصرعهم: a dual subject between is a count of two.
            let dual = (from + 2 == k).then(|| sent.w(k - 1)).and_then(|w| {
                crate::extract::quantities::dual_noun(w).or_else(|| {
                    let stem = w.strip_suffix("ان")?;
                    crate::extract::quantities::dual_noun(&format!("{stem}ين"))
                })
            });
            let (count, english) = match dual {
                Some(en) => (exact(2), format!("2 {en} killed")),
                None if one => (exact(1), "1 killed".to_string()),
                None => (UNKNOWN, "killed, number not given".to_string()),
            };
            Some(push(out, from, k + 1, &[("killed", count)], english))
        }
        // قضى نحبه، فارق الحياة.
        Key::Idiom => {
            let ok = if bare_w == "الحياه" {
                bare(prev, &["فارق", "فارقت"]).is_some()
            } else {
                bare(prev, &["قضي"]).is_some()
            };
            ok.then(|| push(out, k - 1, k + 1, &[("dead", exact(1))], "1 dead".into()))
        }
        // إزهاق أرواح الأبرياء، إزهاق الأنفس.
        Key::Ithaq => {
            let next = sent.w(k + 1);
            let lives =
                ["ارواح", "الارواح", "روح", "الروح", "انفس", "الانفس", "النفس"].contains(&next);
            let to = if sent.is_word(k + 2) && !sent.w(k + 2).starts_with('و') {
                k + 3
            } else {
                k + 2
            };
            lives.then(|| {
                push(
                    out,
                    k,
                    to,
                    &[("killed", UNKNOWN)],
                    "killed, number not given".into(),
                )
            })
        }
        Key::Trigger => super::one::single(sent, k, bare_w, out),
        Key::Dual(what) => super::one::dual(sent, k, bare_w, what, out),
        // سقط قتيل من المقاومة، وقوع قتيل إسرائيلي، لم يسقط قتيل.
        Key::One(what) => {
            if k >= 1 && number(sent, k - 1) {
                return None;
            }
            let (from, negated, caused) = before(sent, k);
            if !negated && !caused {
                return None;
            }
            let to = sent
                .term_at(k + 1)
                .filter(|t| t.category == crate::glossary::Category::Nationality)
                .map_or(k + 1, |t| t.to);
            let (count, english) = if negated {
                (exact(0), format!("no one {what}"))
            } else {
                (exact(1), format!("1 {what}"))
            };
            Some(push(out, from, to, &[(what, count)], english))
        }
        // قضى في الحادث.
        Key::Qada => (sent.w(k + 1) == "في" && EVENTS.contains(&sent.w(k + 2)))
            .then(|| push(out, k, k + 3, &[("dead", exact(1))], "1 dead".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check;
    use super::super::super::FactKind::Casualties;

    #[test]
    fn casualties_without_a_count() {
        check(
            Casualties,
            &[
                // None hurt.
                (
                    "ولم يسفر الحادث عن وقوع إصابات، بحسب الدفاع المدني.",
                    &[("لم يسفر الحادث عن وقوع إصابات", "injured=0")],
                ),
                (
                    "وقال المتحدث إن أحداً لم يصب بسوء.",
                    &[("أحداً لم يصب بسوء", "injured=0")],
                ),
                (
                    "اشتعلت النيران في المستودع ولم يصب أحد.",
                    &[("لم يصب أحد", "injured=0")],
                ),
                (
                    "انتهى الحريق دون وقوع وفيات.",
                    &[("دون وقوع وفيات", "dead=0")],
                ),
                // يصب without a negator is "pours".
                ("وهذا يصب في مصلحة المواطن.", &[]),
                // Some, no count.
                (
                    "بعد أسبوع من أعمال عنف سقط فيها قتلى.",
                    &[("سقط فيها قتلى", "killed=?")],
                ),
                (
                    "أسفر الانفجار عن سقوط قتلى وجرحى في السوق.",
                    &[("سقوط قتلى وجرحى", "killed=?;injured=?")],
                ),
                // After a noun: not a statement of its own.
                ("تم تسليم جثث قتلى للنظام.", &[]),
                (
                    "أدى إلى استشهاد وإصابة عدد من أبناء قواتنا.",
                    &[("استشهاد وإصابة عدد من أبناء", "killed_or_injured=several")],
                ),
                (
                    "استسهلت إزهاق أرواح أبرياء وقتل أنفس معصومة.",
                    &[("إزهاق أرواح أبرياء", "killed=?")],
                ),
                // إصابات alone is not an event (sports injuries, statistics).
                ("يعاني الفريق من إصابات عديدة قبل المباراة.", &[]),
                (
                    "وأوقع القصف ضحايا بين المدنيين.",
                    &[("أوقع القصف ضحايا", "killed_or_injured=?")],
                ),
                // A count before the plural is the counted rule's.
                ("سقط 12 قتيلا.", &[("12 قتيلا", "killed=12")]),
                // Arrests.
                (
                    "نفذت الشرطة حملة توقيفات في أنحاء البلاد.",
                    &[("حملة توقيفات", "arrested=?")],
                ),
                (
                    "تزامنا مع الغارات وحملات اعتقال واسعة.",
                    &[("حملات اعتقال", "arrested=?")],
                ),
                // A body; one dead.
                (
                    "تم العثور على جثة متعفنة لطفلة في المستشفى.",
                    &[("جثة متعفنة لطفلة", "dead=1")],
                ),
                (
                    "وصلت طفلة متوفاة إلى الطوارئ.",
                    &[("طفلة متوفاة", "dead=1")],
                ),
                (
                    "ولقي السائق حتفه في الحادث.",
                    &[("لقي السائق حتفه", "killed=1")],
                ),
                ("وقد لقي حتفه في الحادث.", &[("لقي حتفه", "killed=1")]),
                (
                    "ولا يزال شخص آخر مفقودا يعتقد أنه قضى في الحادث.",
                    &[("شخص آخر مفقودا", "missing=1"), ("قضى في الحادث", "dead=1")],
                ),
                ("قضى في السجن عشرين عاما.", &[]),
                // Vague counts.
                (
                    "أدى نقص الأدوية إلى وفاة كثير من المرضى.",
                    &[("وفاة كثير من المرضى", "dead=many")],
                ),
            ],
            None,
        );
    }
}
