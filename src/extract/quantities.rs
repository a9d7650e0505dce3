//! Quantities, percentages, money and durations: a number with its qualifier and what it
//! counts or measures.
//!
//! **In:** a tokenized sentence and its cardinals. **Out:** at most one of `percent`, `money`,
//! `duration`, `quantity` per cardinal, spanning qualifier + number + unit (the `number` fact
//! stays as well).
//!
//! Tables: qualifiers (أكثر من → `>` "more than", نحو/حوالي/قرابة/زهاء/ما يقارب → `~` "about",
//! ما لا يقل عن → `>=` "at least", ما يصل إلى → `<=` "up to", أقل من → `<` "less than"),
//! percent markers (%, في المئة/المائة, بالمئة/بالمائة), currencies with the adjectives that
//! make them certain (دولار → USD; جنيه مصري → EGP; جنيه alone → "pound", no ISO guess), units,
//! time nouns (عام/سنة/شهر/أسبوع/يوم/ساعة/دقيقة/عقد/قرن, with dual forms: عامين → P2Y), and
//! counted nouns with English renderings. A counted noun not in the table is kept in Arabic in
//! the English column; a definite word after a number (2023 الماضي) is not a counted noun.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::numbers::{Amount, Decimal, Num};
use super::{clitic_splits, get, lookup, Detail, FactKind, FxMap, FxSet, Out, Sent, DUAL};
use crate::glossary::Category;

/// Qualifiers before a number: `(words, op, english)`.
pub(crate) const QUALIFIERS: &[(&[&str], &str, &str)] = &[
    (&["ما", "لا", "يقل", "عن"], ">=", "at least"),
    (&["ما", "يزيد", "علي"], ">", "more than"),
    (&["ما", "يزيد", "عن"], ">", "more than"),
    (&["ما", "يصل", "الي"], "<=", "up to"),
    (&["ما", "يقارب"], "~", "about"),
    (&["اكثر", "من"], ">", "more than"),
    (&["ازيد", "من"], ">", "more than"),
    (&["اقل", "من"], "<", "less than"),
    (&["نحو"], "~", "about"),
    (&["حوالي"], "~", "about"),
    (&["قرابه"], "~", "about"),
    (&["زهاء"], "~", "about"),
    (&["قرابه"], "~", "about"),
];

/// A qualifier before a number: `(first token, op, english)`.
pub(crate) type Qualifier = Option<(usize, &'static str, &'static str)>;

/// The qualifier ending right before token `at`.
pub(crate) fn qualifier_before(sent: &Sent, at: usize) -> Qualifier {
    // The qualifier's last word is the word before `at` (or, for a one-word qualifier, that
    // word without its proclitics).
    let prev = at.checked_sub(1).filter(|&p| sent.is_word(p))?;
    let last = sent.w(prev);
    for &(words, op, en) in QUALIFIERS {
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
        if ok {
            return Some((from, op, en));
        }
    }
    None
}

/// Currencies: `(word, english plural, iso)`; iso "" when the word alone does not say which.
const CURRENCIES: &[(&str, (&str, &str))] = &[
    ("دولار", ("dollars", "USD")),
    ("دولارا", ("dollars", "USD")),
    ("دولارات", ("dollars", "USD")),
    ("يورو", ("euros", "EUR")),
    ("جنيه", ("pounds", "")),
    ("جنيها", ("pounds", "")),
    ("جنيهات", ("pounds", "")),
    ("ريال", ("riyals", "")),
    ("ريالا", ("riyals", "")),
    ("ريالات", ("riyals", "")),
    ("درهم", ("dirhams", "")),
    ("درهما", ("dirhams", "")),
    ("دراهم", ("dirhams", "")),
    ("دينار", ("dinars", "")),
    ("دينارا", ("dinars", "")),
    ("دنانير", ("dinars", "")),
    ("ليره", ("lira", "")),
    ("ليرات", ("lira", "")),
    ("روبيه", ("rupees", "")),
    ("ين", ("yen", "JPY")),
    ("فرنك", ("francs", "")),
    ("تومان", ("tomans", "IRR")),
];

/// Adjectives that fix the currency: `(currency word stem, adjective, iso)`.
const CURRENCY_ADJ: &[(&str, &str, &str)] = &[
    ("دولار", "امريكي", "USD"),
    ("دولار", "اميركي", "USD"),
    ("دولار", "كندي", "CAD"),
    ("دولار", "استرالي", "AUD"),
    ("جنيه", "مصري", "EGP"),
    ("جنيه", "سوداني", "SDG"),
    ("جنيه", "استرليني", "GBP"),
    ("ريال", "سعودي", "SAR"),
    ("ريال", "قطري", "QAR"),
    ("ريال", "يمني", "YER"),
    ("ريال", "عماني", "OMR"),
    ("ريال", "ايراني", "IRR"),
    ("درهم", "اماراتي", "AED"),
    ("درهم", "مغربي", "MAD"),
    ("دينار", "كويتي", "KWD"),
    ("دينار", "اردني", "JOD"),
    ("دينار", "عراقي", "IQD"),
    ("دينار", "بحريني", "BHD"),
    ("دينار", "ليبي", "LYD"),
    ("دينار", "تونسي", "TND"),
    ("دينار", "جزائري", "DZD"),
    ("ليره", "لبنانيه", "LBP"),
    ("ليره", "سوريه", "SYP"),
    ("ليره", "تركيه", "TRY"),
];

/// Measurement units: `(word, english)`; نقطة أساس is two words.
const MEASURES: &[(&str, &str)] = &[
    ("كيلومتر", "kilometers"),
    ("كيلومترا", "kilometers"),
    ("كيلومترات", "kilometers"),
    ("كلم", "kilometers"),
    ("كم", "kilometers"),
    ("متر", "meters"),
    ("مترا", "meters"),
    ("امتار", "meters"),
    ("درجه", "degrees"),
    ("درجات", "degrees"),
    ("طن", "tonnes"),
    ("طنا", "tonnes"),
    ("اطنان", "tonnes"),
    ("برميل", "barrels"),
    ("برميلا", "barrels"),
    ("براميل", "barrels"),
    ("هكتار", "hectares"),
    ("كيلوغرام", "kilograms"),
    ("كلغ", "kilograms"),
    ("لتر", "liters"),
    ("ميغاواط", "megawatts"),
    ("نقطه", "points"),
    ("نقاط", "points"),
];

/// Time nouns: `(word, (ISO letter, english plural, is time-of-day unit))`.
const TIME: &[(&str, (&str, &str, bool))] = &[
    ("ساعه", ("H", "hours", true)),
    ("ساعات", ("H", "hours", true)),
    ("دقيقه", ("M", "minutes", true)),
    ("دقائق", ("M", "minutes", true)),
    ("يوم", ("D", "days", false)),
    ("يوما", ("D", "days", false)),
    ("ايام", ("D", "days", false)),
    ("ليله", ("D", "nights", false)),
    ("ليال", ("D", "nights", false)),
    ("اسبوع", ("W", "weeks", false)),
    ("اسبوعا", ("W", "weeks", false)),
    ("اسابيع", ("W", "weeks", false)),
    ("شهر", ("M", "months", false)),
    ("شهرا", ("M", "months", false)),
    ("اشهر", ("M", "months", false)),
    ("شهور", ("M", "months", false)),
    ("عام", ("Y", "years", false)),
    ("عاما", ("Y", "years", false)),
    ("اعوام", ("Y", "years", false)),
    ("سنه", ("Y", "years", false)),
    ("سنوات", ("Y", "years", false)),
    ("سنين", ("Y", "years", false)),
    ("عقد", ("10Y", "decades", false)),
    ("عقود", ("10Y", "decades", false)),
    ("قرن", ("100Y", "centuries", false)),
    ("قرنا", ("100Y", "centuries", false)),
    ("قرون", ("100Y", "centuries", false)),
];

/// Dual time nouns, a duration of two without a number: `(word, time noun)`.
const TIME_DUAL: &[(&str, &str)] = &[
    ("ساعتين", "ساعه"),
    ("ساعتان", "ساعه"),
    ("يومين", "يوم"),
    ("يومان", "يوم"),
    ("اسبوعين", "اسبوع"),
    ("شهرين", "شهر"),
    ("عامين", "عام"),
    ("سنتين", "سنه"),
];

/// Definite plural time nouns before a number: الساعات الأربع والعشرين.
const TIME_DEFINITE: &[(&str, &str)] = &[
    ("الساعات", "ساعه"),
    ("الايام", "يوم"),
    ("الاسابيع", "اسبوع"),
    ("الاشهر", "شهر"),
    ("الاعوام", "عام"),
    ("السنوات", "سنه"),
];

/// Counted nouns: normalized forms (singular, accusative, plural) → English plural.
pub(crate) const NOUNS: &[(&str, &str)] = &[
    ("شخص", "people"),
    ("شخصا", "people"),
    ("اشخاص", "people"),
    ("الاشخاص", "people"),
    ("طفل", "children"),
    ("اطفال", "children"),
    ("الاطفال", "children"),
    ("امراه", "women"),
    ("نساء", "women"),
    ("رجل", "men"),
    ("رجال", "men"),
    ("قتيل", "dead"),
    ("قتيلا", "dead"),
    ("قتلي", "dead"),
    ("جريح", "injured"),
    ("جريحا", "injured"),
    ("جرحي", "injured"),
    ("مصاب", "injured"),
    ("مصابا", "injured"),
    ("مصابين", "injured"),
    ("المصابين", "injured"),
    ("اسير", "prisoners"),
    ("اسيرا", "prisoners"),
    ("اسري", "prisoners"),
    ("الاسري", "prisoners"),
    ("محتجز", "detainees"),
    ("محتجزا", "detainees"),
    ("محتجزين", "detainees"),
    ("لاجي", "refugees"),
    ("لاجيا", "refugees"),
    ("لاجئ", "refugees"),
    ("لاجئا", "refugees"),
    ("لاجئين", "refugees"),
    ("نازح", "displaced people"),
    ("نازحين", "displaced people"),
    ("حاله", "cases"),
    ("حالات", "cases"),
    ("مسكن", "homes"),
    ("منزل", "homes"),
    ("منازل", "homes"),
    ("دوله", "countries"),
    ("دول", "countries"),
    ("مره", "times"),
    ("مرات", "times"),
    ("جندي", "soldiers"),
    ("جنود", "soldiers"),
    ("جنوده", "of its soldiers"),
    ("مسلح", "militants"),
    ("مسلحا", "militants"),
    ("مسلحين", "militants"),
    ("المسلحين", "militants"),
    ("مقاتل", "fighters"),
    ("مقاتلا", "fighters"),
    ("مقاتلين", "fighters"),
    ("مهندس", "engineers"),
    ("مهندسا", "engineers"),
    ("مهندسين", "engineers"),
    ("سائق", "drivers"),
    ("سائقا", "drivers"),
    ("مدني", "civilians"),
    ("مدنيا", "civilians"),
    ("مدنيين", "civilians"),
    ("قرص", "tablets"),
    ("طلب", "applications"),
    ("طلبات", "applications"),
    ("الطلبات", "applications"),
    ("مخيم", "camps"),
    ("مخيمات", "camps"),
    ("المخيمات", "camps"),
    ("المرضي", "patients"),
    ("مريض", "patients"),
    ("مرضي", "patients"),
    ("اخرين", "others"),
    ("اخرون", "others"),
    ("عنصر", "members"),
    ("عناصر", "members"),
    ("رجال الشرطه", "police officers"),
    ("شرطي", "police officers"),
    ("طالب", "students"),
    ("طلاب", "students"),
    ("عامل", "workers"),
    ("عمال", "workers"),
    ("صاروخ", "missiles"),
    ("صواريخ", "missiles"),
    ("مستوطن", "settlers"),
    ("مستلزمات", "supplies"),
    ("المستلزمات", "supplies"),
    ("نقطه اساس", "basis points"),
    ("حاله وفاه", "deaths"),
    ("حالات وفاه", "deaths"),
    ("حالات اصابه", "cases"),
    ("قريه", "villages"),
    ("قري", "villages"),
    ("مدرسه", "schools"),
    ("مدارس", "schools"),
    ("مستشفي", "hospitals"),
    ("مستشفيات", "hospitals"),
    ("شاحنه", "trucks"),
    ("شاحنات", "trucks"),
];

/// Words that never start a counted noun.
pub(crate) const STOP: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "او",
    "و",
    "ثم",
    "قد",
    "لا",
    "ما",
    "ان",
    "انه",
    "انها",
    "التي",
    "الذي",
    "الذين",
    "هو",
    "هي",
    "منذ",
    "حتي",
    "بعد",
    "قبل",
    "خلال",
    "عند",
    "بين",
    "ضد",
    "حول",
    "نحو",
    "عبر",
    "مقابل",
    "وفق",
    "بحسب",
    "اي",
    "كل",
    "هذه",
    "هذا",
    "تلك",
    "ذلك",
    "لم",
    "لن",
    "بل",
    "كما",
    "فقط",
    "وهو",
    "وهي",
    "اذ",
    "حيث",
    "لكن",
    "الا",
    "سوي",
    "منها",
    "منهم",
    "بينهم",
    "ايضا",
    "يوميا",
    "تقريبا",
];

/// What follows a number.
enum After {
    Percent(usize),
    Money {
        to: usize,
        english: &'static str,
        unit: &'static str,
    },
    Duration {
        to: usize,
        iso: &'static str,
        english: &'static str,
        time: bool,
    },
    Measure {
        to: usize,
        english: &'static str,
    },
    Counted {
        to: usize,
        english: String,
    },
}

/// The counted noun phrase at token `j`: `(end, english)`; with an optional nationality
/// adjective after it (مهندسين صينيين → Chinese engineers).
pub(crate) fn counted_noun(sent: &Sent, j: usize, definite_ok: bool) -> Option<(usize, String)> {
    if !sent.is_word(j) {
        return None;
    }
    let w = sent.w(j);
    let tables = noun_tables();
    if tables.stop.contains(w) || (w.starts_with("ال") && !definite_ok) {
        return None;
    }
    // Two-word nouns first.
    let next = sent.w(j + 1);
    let two = tables.two_words.iter().find(|(k, _)| {
        k.len() == w.len() + 1 + next.len()
            && k.starts_with(w)
            && k[w.len()..].starts_with(' ')
            && k.ends_with(next)
    });
    if let Some((_, en)) = two.filter(|_| sent.is_word(j + 1)) {
        return Some((j + 2, en.to_string()));
    }
    // A nationality as the noun: 42 فلسطينياً → 42 Palestinians.
    if let Some(t) = sent
        .term_at(j)
        .filter(|t| t.category == Category::Nationality)
    {
        return Some((t.to, format!("{}s", sent.entry(t).english)));
    }
    let noun = |w: &str| tables.nouns.get(w).copied();
    let (en, end) = match noun(w).or_else(|| noun(w.strip_suffix('ا').unwrap_or(w))) {
        Some(en) => (en.to_string(), j + 1),
        None => {
            // Unknown nouns stay Arabic; look-alikes of other units are not nouns.
            if get(TIME, w).is_some()
                || get(MEASURES, w).is_some()
                || lookup(CURRENCIES, w).is_some()
            {
                return None;
            }
            (sent.surface(j, j + 1).to_string(), j + 1)
        }
    };
    if let Some(t) = sent
        .term_at(end)
        .filter(|t| t.category == Category::Nationality)
    {
        return Some((t.to, format!("{} {en}", sent.entry(t).english)));
    }
    Some((end, en))
}

/// [`NOUNS`] and [`STOP`] as hash tables, and the two-word nouns.
struct NounTables {
    nouns: FxMap<&'static str, &'static str>,
    stop: FxSet<&'static str>,
    two_words: Vec<(&'static str, &'static str)>,
}

fn noun_tables() -> &'static NounTables {
    static T: OnceLock<NounTables> = OnceLock::new();
    T.get_or_init(|| {
        // The first row of a word wins, as in a scan of the table.
        let mut nouns = FxMap::default();
        for &(k, v) in NOUNS.iter().rev() {
            nouns.insert(k, v);
        }
        NounTables {
            nouns,
            stop: STOP.iter().copied().collect(),
            two_words: NOUNS
                .iter()
                .copied()
                .filter(|(k, _)| k.contains(' '))
                .collect(),
        }
    })
}

fn after(sent: &Sent, n: &Num) -> Option<After> {
    let j = n.to;
    let w = sent.w(j);
    if w == "%" || w == "٪" {
        return Some(After::Percent(j + 1));
    }
    if w == "في" && matches!(sent.w(j + 1), "المئه" | "المائه") {
        return Some(After::Percent(j + 2));
    }
    if matches!(w, "بالمئه" | "بالمائه") {
        return Some(After::Percent(j + 1));
    }
    if !sent.is_word(j) {
        return None;
    }
    if let Some(&(stem, (english, iso))) = CURRENCIES.iter().find(|(k, _)| *k == w) {
        let base = CURRENCIES
            .iter()
            .find(|(_, v)| v.0 == english)
            .map(|(k, _)| *k)
            .unwrap_or(stem);
        let adj = sent.w(j + 1);
        if let Some(&(_, _, code)) = CURRENCY_ADJ.iter().find(|(c, a, _)| {
            *c == base
                && (adj == *a
                    || adj.strip_suffix('ا') == Some(a)
                    || adj.strip_suffix('ه') == Some(a))
        }) {
            return Some(After::Money {
                to: j + 2,
                english,
                unit: code,
            });
        }
        let unit = if iso.is_empty() {
            english.trim_end_matches('s')
        } else {
            iso
        };
        return Some(After::Money {
            to: j + 1,
            english,
            unit,
        });
    }
    if n.value.is_some() {
        if let Some((iso, english, time)) = get(TIME, w) {
            return Some(After::Duration {
                to: j + 1,
                iso,
                english,
                time,
            });
        }
    }
    if w == "نقطه" && sent.w(j + 1) == "اساس" {
        return Some(After::Measure {
            to: j + 2,
            english: "basis points",
        });
    }
    if let Some(english) = get(MEASURES, w) {
        return Some(After::Measure { to: j + 1, english });
    }
    // 300 من رجال الشرطة; اثنين من جنوده. But "one of" (واحدة من أسوأ الأزمات, أحد من)
    // picks one out of a group: it counts nothing.
    if w == "من"
        && n.to == n.from + 1
        && matches!(sent.w(n.from), "واحد" | "واحده" | "احد" | "احدي")
    {
        return None;
    }
    if w == "من" {
        let (to, english) = counted_noun(sent, j + 1, true)?;
        // An idafa: رجال الشرطة.
        return Some(After::Counted { to, english });
    }
    let (to, english) = counted_noun(sent, j, n.approx.is_some())?;
    Some(After::Counted { to, english })
}

/// `quals[k]`: the qualifier before `nums[k]` ([`qualifier_before`]).
pub(crate) fn extract(sent: &Sent, nums: &[Num], quals: &[Qualifier], out: &mut Out) {
    for (n, &q) in nums.iter().zip(quals) {
        let (from, op, qual) = match q {
            Some((f, op, en)) => (f, op, en),
            None => (n.from, "", ""),
        };
        let detail = |unit: Cow<'static, str>| Detail::Quantity {
            count: n.amount(),
            unit,
            qualifier: qual,
        };
        // The value starts with `op`, the English with the qualifier.
        let prefix = |e: &mut String| {
            if !qual.is_empty() {
                e.push_str(qual);
                e.push(' ');
            }
        };
        // A number and what it counts, a unit or a noun phrase: 72 كيلومتراً، 300 من رجال الشرطة.
        let quantity = |out: &mut Out, to: usize, unit: Cow<'static, str>, rule: &'static str| {
            let value = out.text(|v| {
                v.push_str(op);
                n.write_value(v);
            });
            let english = out.text(|e| {
                prefix(e);
                n.write_english(e);
                e.push(' ');
                e.push_str(&unit);
            });
            out.push(
                FactKind::Quantity,
                from,
                to,
                value,
                english,
                rule,
                detail(unit),
            );
        };
        match after(sent, n) {
            Some(After::Percent(to)) => {
                let value = out.text(|v| {
                    v.push_str(op);
                    n.write_value(v);
                    v.push('%');
                });
                let english = out.text(|e| {
                    prefix(e);
                    n.write_english(e);
                    e.push('%');
                });
                out.push(
                    FactKind::Percent,
                    from,
                    to,
                    value,
                    english,
                    "percent",
                    detail(Cow::Borrowed("%")),
                );
            }
            Some(After::Money {
                to,
                english: unit_en,
                unit,
            }) => {
                let value = out.text(|v| {
                    v.push_str(op);
                    n.write_value(v);
                    v.push(' ');
                    v.push_str(unit);
                });
                let english = out.text(|e| {
                    prefix(e);
                    match unit {
                        "USD" => e.push('$'),
                        "EUR" => e.push('€'),
                        _ => {}
                    }
                    n.write_english(e);
                    if !matches!(unit, "USD" | "EUR") {
                        e.push(' ');
                        e.push_str(unit_en);
                    }
                });
                out.push(
                    FactKind::Money,
                    from,
                    to,
                    value,
                    english,
                    "money",
                    detail(Cow::Borrowed(unit)),
                );
            }
            Some(After::Duration {
                to,
                iso,
                english: unit_en,
                time,
            }) => {
                let value = out.text(|v| {
                    v.push_str(op);
                    v.push_str(if time { "PT" } else { "P" });
                    write_duration_value(n, iso, v);
                });
                let english = out.text(|e| {
                    prefix(e);
                    write_duration_english(n, unit_en, e);
                });
                out.push(
                    FactKind::Duration,
                    from,
                    to,
                    value,
                    english,
                    "duration",
                    detail(Cow::Borrowed(unit_en)),
                );
            }
            Some(After::Measure { to, english }) => {
                quantity(out, to, Cow::Borrowed(english), "quantity.measure")
            }
            Some(After::Counted { to, english }) => {
                quantity(out, to, Cow::Owned(english), "quantity.counted")
            }
            None => {
                // أسبوعاً واحداً، الساعات الأربع والعشرين: the time noun before the number.
                if n.from >= 1 && n.value.is_some() {
                    let w = sent.w(n.from - 1);
                    let noun = get(TIME, w).map(|_| w).or_else(|| get(TIME_DEFINITE, w));
                    if let Some((iso, unit_en, time)) = noun.and_then(|k| get(TIME, k)) {
                        let value = out.text(|v| {
                            v.push_str(if time { "PT" } else { "P" });
                            n.write_value(v);
                            v.push_str(iso);
                        });
                        let english = out.text(|e| write_duration_english(n, unit_en, e));
                        out.push(
                            FactKind::Duration,
                            n.from - 1,
                            n.to,
                            value,
                            english,
                            "duration.noun-number",
                            detail(Cow::Borrowed(unit_en)),
                        );
                    }
                }
            }
        }
    }
    // Dual time nouns: خلال يومين → P2D.
    for i in 0..sent.len() {
        if !sent.has(i, DUAL) {
            continue;
        }
        if let Some((_, noun)) = lookup(TIME_DUAL, sent.w(i)) {
            if let Some((iso, english, time)) = get(TIME, noun) {
                out.push(
                    FactKind::Duration,
                    i,
                    i + 1,
                    [if time { "PT2" } else { "P2" }, iso].concat(),
                    ["2 ", english].concat(),
                    "duration.dual",
                    Detail::Quantity {
                        count: Amount::Exact(Decimal::int(2)),
                        unit: Cow::Borrowed(english),
                        qualifier: "",
                    },
                );
            }
        }
    }
}

/// The count and designator of an ISO 8601 duration, appended to `out`: `3` + `Y`. Decades
/// and centuries (`10Y`, `100Y` in the table) have no designator of their own and are
/// counted in years: 3 decades → `30Y`, 2.5 centuries → `250Y`. An approximate count
/// (`tens`) keeps the unit's size: `tens10Y`.
fn write_duration_value(n: &Num, iso: &str, out: &mut String) {
    let (factor, designator) = match iso {
        "10Y" => (10, "Y"),
        "100Y" => (100, "Y"),
        other => (1, other),
    };
    match n.value {
        Some(v) if factor > 1 => {
            Amount::Exact(v.times(factor)).write_value(out);
            out.push_str(designator);
        }
        _ => {
            n.write_value(out);
            out.push_str(iso);
        }
    }
}

/// `1 year`, `3 years`, `2.5 million hours`: appended to `out`.
fn write_duration_english(n: &Num, unit_en: &str, out: &mut String) {
    if n.is(1) {
        out.push_str("1 ");
        out.push_str(unit_en.trim_end_matches('s'));
    } else {
        n.write_english(out);
        out.push(' ');
        out.push_str(unit_en);
    }
}

/// Words a fact may start with after a proclitic (see `Out::push`).
pub(super) fn heads(out: &mut Vec<&'static str>) {
    out.extend(QUALIFIERS.iter().map(|r| r.0[0]));
    out.extend(TIME.iter().map(|r| r.0));
    dual_words(out);
}

/// Dual time nouns (the `DUAL` word class).
pub(super) fn dual_words(out: &mut Vec<&'static str>) {
    out.extend(TIME_DUAL.iter().map(|r| r.0));
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{check, check_english};
    use super::super::FactKind::{Duration, Money, Percent, Quantity};

    #[test]
    fn quantities() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            (
                "تدريب لأكثر من 300 من رجال الشرطة وعناصر",
                &[("أكثر من 300 من رجال الشرطة", ">300")],
            ),
            ("مقتل 42 فلسطينياً", &[("42 فلسطينياً", "42")]),
            ("نحو 50 ألف مسكن تضررت", &[("نحو 50 ألف مسكن", "~50000")]),
            ("حوالي 14 شخصاً", &[("حوالي 14 شخصاً", "~14")]),
            ("قرابة 200 لاجئ", &[("قرابة 200 لاجئ", "~200")]),
            ("ما لا يقل عن 30 طفلاً", &[("ما لا يقل عن 30 طفلاً", ">=30")]),
            ("قضت على عشرات المسلحين", &[("عشرات المسلحين", "tens")]),
            ("72 كيلومتراً جنوب", &[("72 كيلومتراً", "72")]),
            ("رفع الفائدة 600 نقطة أساس", &[("600 نقطة أساس", "600")]),
            // A year and a definite word are not counted things; "one of" counts nothing.
            ("في 2023 الماضي", &[]),
            ("وتعد واحدة من أسوأ الأزمات", &[]),
        ];
        check(Quantity, rows, None);
        check_english(
            Quantity,
            &[
                (
                    "تدريب لأكثر من 300 من رجال الشرطة",
                    "more than 300 police officers",
                ),
                ("مقتل خمسة مهندسين صينيين", "5 Chinese engineers"),
                ("قضت على عشرات المسلحين", "tens of militants"),
            ],
            None,
        );
    }

    #[test]
    fn percentages() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            ("عند 27.25 في المئة", &[("27.25 في المئة", "27.25%")]),
            ("إلى ٣٢٫٥ في المائة", &[("٣٢٫٥ في المائة", "32.5%")]),
            ("بلغ 5%", &[("5%", "5%")]),
            ("بلغ ٥٪", &[("٥٪", "5%")]),
            ("ارتفع 3 بالمئة", &[("3 بالمئة", "3%")]),
            ("نحو 80 في المئة من", &[("نحو 80 في المئة", "~80%")]),
            ("ما يقارب 90 في المئة", &[("ما يقارب 90 في المئة", "~90%")]),
            ("أقل من 80 في المئة", &[("أقل من 80 في المئة", "<80%")]),
        ];
        check(Percent, rows, None);
    }

    #[test]
    fn money() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            ("من 3 مليارات دولار", &[("3 مليارات دولار", "3000000000 USD")]),
            (
                "نحو 2.5 مليار دولار",
                &[("نحو 2.5 مليار دولار", "~2500000000 USD")],
            ),
            ("مليون يورو", &[("مليون يورو", "1000000 EUR")]),
            ("30 ألف درهم", &[("30 ألف درهم", "30000 dirham")]),
            (
                "50 مليون ريال سعودي",
                &[("50 مليون ريال سعودي", "50000000 SAR")],
            ),
            ("إلى أكثر من 49 جنيهاً", &[("أكثر من 49 جنيهاً", ">49 pound")]),
            ("100 جنيه مصري", &[("100 جنيه مصري", "100 EGP")]),
            (
                "٦٣٦٫٩ مليار جنيه",
                &[("٦٣٦٫٩ مليار جنيه", "636900000000 pound")],
            ),
            ("500 دينار كويتي", &[("500 دينار كويتي", "500 KWD")]),
            (
                "مليون ليرة لبنانية",
                &[("مليون ليرة لبنانية", "1000000 LBP")],
            ),
            ("ملياري يورو", &[("ملياري يورو", "2000000000 EUR")]),
        ];
        check(Money, rows, None);
        check_english(
            Money,
            &[
                ("من 3 مليارات دولار", "$3 billion"),
                ("30 ألف درهم", "30,000 dirhams"),
            ],
            None,
        );
    }

    #[test]
    fn durations() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            ("استمرت 20 عاماً", &[("20 عاماً", "P20Y")]),
            ("ثلاثة أيام", &[("ثلاثة أيام", "P3D")]),
            ("ستة أسابيع", &[("ستة أسابيع", "P6W")]),
            ("أسبوعاً واحداً", &[("أسبوعاً واحداً", "P1W")]),
            ("خلال 24 ساعة", &[("24 ساعة", "PT24H")]),
            ("بعد نحو عشر سنوات من الحرب", &[("نحو عشر سنوات", "~P10Y")]),
            ("خلال يومين", &[("يومين", "P2D")]),
            // Decades and centuries are counted in years; 1010 years stay 1010 years.
            ("استمرت الحرب ثلاثة عقود", &[("ثلاثة عقود", "P30Y")]),
            ("منذ 2.5 عقد", &[("2.5 عقد", "P25Y")]),
            ("عشرة عقود", &[("عشرة عقود", "P100Y")]),
            ("منذ ثلاثة قرون", &[("ثلاثة قرون", "P300Y")]),
            ("استمرت 1010 سنوات", &[("1010 سنوات", "P1010Y")]),
        ];
        check(Duration, rows, None);
    }
}
