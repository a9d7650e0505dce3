//! Days: weekdays (الخميس، يوم الخميس المقبل) and relative days, weeks, months and years
//! (اليوم، أمس، غداً، الليلة الماضية، الأسبوع/الشهر/العام الماضي/الحالي/المقبل, with مطلع/منتصف … before; a
//! weekday after اليوم/أمس/غداً names the day: اليوم الأربعاء).
//!
//! **In:** a tokenized sentence at a date word, the reference date. **Out:** a `date` fact
//! (`date.weekday`, `date.relative`); its tokens marked used.

use super::format::{iso_date, month_day_year, push_int};
use super::tables::{Unit, PARTS, UNITS, WEEKDAYS_EN};
use super::{
    bare, clitic_splits, get, holiday, period, relative_at, rest_is, weekday_word, Context, Date,
    DateDetail, Detail, FactKind, Out, Sent, Text,
};

pub(super) fn weekday(
    sent: &Sent,
    ctx: &Context,
    i: usize,
    used: &mut [bool],
    out: &mut Out,
) -> Option<usize> {
    let wd = weekday_word(sent, i)?;
    if let Some(to) = holiday::generic_weekdays(sent, i) {
        used[i..to].fill(true);
        return Some(to);
    }
    let mut to = i + 1;
    let mut rel = relative_at(sent, to).filter(|r| *r != 0);
    // الأربعاء بعد القادم/المقبل "Wednesday after next": the next one a week on.
    let mut anchor = 0;
    if rel.is_none()
        && sent.is_word(to)
        && sent.w(to) == "بعد"
        && relative_at(sent, to + 1) == Some(1)
    {
        rel = Some(1);
        anchor = 7;
        to += 1;
    }
    if rel.is_some() {
        to += 1;
    }
    let from = if i >= 1 && !used[i - 1] && bare(sent.w(i - 1)) == "يوم" {
        i - 1
    } else {
        i
    };
    // يوم الأربعاء 27 / 10 / 1436 هـ، يوم الاثنين الموافق 2 / 11 / 1436هـ: the date after the
    // weekday names its week; the weekday is the day of that week nearest to it (a Hijri
    // date's Gregorian day is only estimated, a day or two off).
    if let (Some(on), Some(r)) = (date_after(sent, to, used, out), ctx.reference_date) {
        let near = [0, -1, 1, -2, 2, -3, 3]
            .into_iter()
            .map(|d| on + d)
            .find(|j| (j % 7 + 1) as u32 == wd)
            .unwrap_or(on);
        weekday_fact(ctx, (from, to), wd, None, near - r.jdn(), used, out);
        return Some(to);
    }
    if rel.is_none() && future_before(sent, from) {
        rel = Some(FUTURE);
    }
    weekday_fact(ctx, (from, to), wd, rel, anchor, used, out);
    Some(to)
}

/// The day number of a date the first pass read right after a weekday ending at `to`
/// (after الموافق or a comma or bracket between): its day, or a Hijri day's tabular
/// estimate. None when no dated day follows.
fn date_after(sent: &Sent, to: usize, used: &[bool], out: &Out) -> Option<i64> {
    let mut j = to;
    while j < to + 2 && matches!(sent.w(j), "الموافق" | "،" | "," | "(") {
        j += 1;
    }
    if j >= sent.len() || !used[j] {
        return None;
    }
    let tok = sent.span(j, j + 1);
    let fact = out.sentence_facts(sent.index).find(|f| {
        f.kind == FactKind::Date && f.span.start >= tok.start && f.span.start < tok.end
    })?;
    // The first day of a range (2015-08-04/2015-08-06) names the week.
    let value = fact.value.split('/').next()?;
    if let Some(h) = value.strip_prefix("hijri:") {
        let mut parts = h.split('-').map(|p| p.parse::<u32>().ok());
        let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
        return (parts.next().is_none() && (1..=12).contains(&m) && (1..=30).contains(&d))
            .then(|| super::hijri_jdn(y as i32, m, d));
    }
    // A day: 2015-08-12 (not a month 2015-08 nor a week).
    (value.len() == 10)
        .then(|| super::parse_date(value))
        .flatten()
        .map(Date::jdn)
}

/// `rel` of a weekday in a sentence about the future: the first such day on or after the
/// reference date.
const FUTURE: i32 = 2;

/// Words that are not future verbs although they start like one (س + ي/ت).
const NOT_FUTURE: &[&str] = &[
    "ستين",
    "ستون",
    "ستار",
    "ستاد",
    "ستوديو",
    "سيطر",
    "سيطرت",
    "سيناء",
    "سينما",
    "سيرك",
    "سيول",
    "سيدني",
    "ستوكهولم",
    "ستراتيجيه",
];

/// A future tense before token `at` in its clause: سوف, من المقرر / المزمع, or a verb with
/// the future prefix س (سيلتقي، ستنطلق، سيعقد) — س + ي/ت + at least three more letters, not
/// a noun (no ة/ات ending, not in [`NOT_FUTURE`]); "سيلتقي الوزيران يوم الخميس" is the
/// coming Thursday. A clause break (a full stop, a colon) or a past verb of saying between
/// them is not looked across: only the six words before.
fn future_before(sent: &Sent, at: usize) -> bool {
    let lo = at.saturating_sub(6);
    for k in (lo..at).rev() {
        let w = sent.w(k);
        if matches!(w, "." | ":" | "؛" | "«" | "\"") {
            return false;
        }
        if !sent.is_word(k) {
            continue;
        }
        let w = w
            .strip_prefix('و')
            .filter(|r| r.starts_with('س'))
            .unwrap_or(w);
        if matches!(w, "سوف" | "المقرر" | "المزمع") {
            return true;
        }
        let mut cs = w.chars();
        if cs.next() == Some('س')
            && matches!(cs.next(), Some('ي' | 'ت'))
            && w.chars().count() >= 5
            && !w.ends_with('ه')
            && !w.ends_with("ات")
            && !NOT_FUTURE.contains(&w)
            && !w.starts_with("سيار")
            && !w.starts_with("سياس")
            && !w.starts_with("سياح")
            && !w.starts_with("سياد")
        {
            return true;
        }
    }
    false
}

/// The weekday `wd` over tokens `from..to`: the latest one on or before the reference date
/// plus `anchor` days (اليوم الأربعاء: anchor 0; أمس الأربعاء: -1), or after it with `rel`
/// 1 (المقبل), before it with -1.
#[allow(clippy::too_many_arguments)]
fn weekday_fact(
    ctx: &Context,
    (from, to): (usize, usize),
    wd: u32,
    rel: Option<i32>,
    anchor: i64,
    used: &mut [bool],
    out: &mut Out,
) {
    used[from..to].fill(true);
    let name = WEEKDAYS_EN[wd as usize - 1];
    let (value, english) = match ctx.reference_date {
        Some(date) => {
            let r = date.jdn() + anchor;
            let today = (r % 7 + 1) as u32; // ISO weekday of the reference date
            let back = (today + 7 - wd) % 7;
            let j = match rel {
                Some(FUTURE) => r + ((wd + 7 - today) % 7) as i64,
                Some(1) => {
                    let f = (wd + 7 - today) % 7;
                    r + if f == 0 { 7 } else { f as i64 }
                }
                Some(_) => r - if back == 0 { 7 } else { back as i64 },
                None => r - back as i64,
            };
            let on = Date::from_jdn(j);
            let (y, m, d) = (on.year(), on.month(), on.day());
            (
                out.text(|v| iso_date(v, Some(y), m, Some(d))),
                out.text(|e| {
                    e.push_str(name);
                    e.push_str(", ");
                    month_day_year(e, m, Some(d), Some(y));
                }),
            )
        }
        None => (
            Text::from(format!("weekday:{name}")),
            Text::from(match rel {
                Some(FUTURE) => name.to_string(),
                Some(1) => format!("next {name}"),
                Some(_) => format!("last {name}"),
                None => name.to_string(),
            }),
        ),
    };
    out.push(
        FactKind::Date,
        from,
        to,
        value,
        english,
        "date.weekday",
        Detail::Date(DateDetail {
            weekday: Some(name),
            ..DateDetail::grain("day")
        }),
    );
}

/// Words of a state or a possibility (after proclitics): اليوم beside them is "nowadays",
/// not the day of writing (من الممكن اليوم صنع حواسيب، أضحت للإنترنت اليوم آثار، معظم
/// الفيزيائيين اليوم يكونون متخصصين: AQMAR Wikipedia; أصبحت المملكة اليوم).
const NOW_STATES: &[&str] = &[
    "الممكن",
    "ممكن",
    "يمكن",
    "اصبح",
    "اصبحت",
    "اضحي",
    "اضحت",
    "بات",
    "باتت",
    "صار",
    "صارت",
    "يكون",
    "تكون",
    "يكونون",
    "يعد",
    "تعد",
    "يعتبر",
    "تعتبر",
    "يوجد",
    "توجد",
    "يزال",
    "تزال",
    "زال",
    "زالت",
    // Session 22: knowing, naming, existing and using in the present (كما نعرفها اليوم، التي
    // تسمى اليوم المسكية، الشركات الموجودة اليوم، التي تستخدم اليوم، أكثرها شيوعا اليوم:
    // AQMAR Wikipedia and news held-out lines): a state of these days, not the day's news.
    "نعرف",
    "نعرفه",
    "نعرفها",
    "نعرفهم",
    "يعرف",
    "تعرف",
    "المعروف",
    "المعروفه",
    "يسمي",
    "تسمي",
    "يطلق",
    "تطلق",
    "موجود",
    "موجوده",
    "الموجود",
    "الموجوده",
    "الموجودين",
    "يستخدم",
    "تستخدم",
    "يستعمل",
    "تستعمل",
    "استخداما",
    "شيوعا",
    "انتشارا",
    "نعيش",
    "نعيشه",
    "نعيشها",
];

/// Third-person pronouns right before اليوم: a nominal sentence of what a thing is now (وهو
/// اليوم متحف، وهي اليوم عاصمة), not the day of writing.
const NOW_PRONOUNS: &[&str] = &["هو", "هي", "هم", "وهو", "وهي", "وهم"];

/// The adjectives of Ramadan: هذا الشهر الفضيل / الكريم / المبارك is Ramadan.
const HOLY: &[&str] = &["الفضيل", "الكريم", "المبارك"];

/// Nouns whose "of today" is a time of life, not a day (after proclitics): عالم اليوم
/// (today's world), جيل اليوم (today's generation), ثوب اليوم (everyday dress).
const OF_TODAY: &[&str] = &[
    "عالم",
    "العالم",
    "جيل",
    "الجيل",
    "اجيال",
    "شباب",
    "انسان",
    "مجتمع",
    "واقع",
    "ثوب",
];

/// Contrast with the past, a pronoun after لكن: كان يدعم معالجات 386 فقط ولكنه اليوم يدعم
/// العديد (AQMAR Wikipedia): nowadays.
const BUT_NOW: &[&str] = &["لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"];

/// اليوم at `k` with a state word within two words before it (in its clause) or right after
/// it: nowadays.
fn nowadays(sent: &Sent, k: usize) -> bool {
    let state = |j: usize| {
        sent.is_word(j) && clitic_splits(sent.w(j)).any(|(_, r)| NOW_STATES.contains(&r))
    };
    if state(k + 1) {
        return true;
    }
    // وهو اليوم متحف; عالمنا اليوم (our world today); لا + a present verb (لا تنقصنا اليوم
    // موارد، التي لا تضم اليوم): a negated present describes a state, not an event.
    if k >= 1
        && (NOW_PRONOUNS.contains(&sent.w(k - 1))
            || BUT_NOW.contains(&sent.w(k - 1))
            || sent.w(k - 1).ends_with("عالمنا")
            || (sent.is_word(k - 1)
                && clitic_splits(sent.w(k - 1)).any(|(_, r)| OF_TODAY.contains(&r))))
    {
        return true;
    }
    if k >= 2 && sent.is_word(k - 1) && matches!(sent.w(k - 2), "لا" | "ولا") {
        return true;
    }
    let mut words = 0;
    let mut j = k;
    while j > 0 && words < 2 {
        j -= 1;
        if !sent.is_word(j) {
            return false;
        }
        if state(j) {
            return true;
        }
        words += 1;
    }
    false
}

/// اليوم، أمس، غداً، الأسبوع/الشهر/العام الماضي/الحالي/المقبل, with مطلع/منتصف … before.
pub(super) fn relative(
    sent: &Sent,
    ctx: &Context,
    i: usize,
    used: &mut [bool],
    out: &mut Out,
) -> Option<usize> {
    if !sent.lex(i) {
        return None;
    }
    let w = sent.w(i);
    let mut from = i;
    let mut part = None;
    // الليلة الماضية، الليلة قبل الماضية: last night, the night before last (a day's value).
    let mut night = false;
    let mut k = i;
    // نهاية هذا العام، مطلع هذا الأسبوع، بداية هذه السنة: a part of the period named with a
    // demonstrative (session 25: the part was lost, the fact read "this year").
    let mut this = false;
    if let Some(p) = clitic_splits(w).find_map(|(_, r)| get(PARTS, r)) {
        part = Some(p);
        k = i + 1;
        if matches!(sent.w(k), "هذا" | "هذه")
            && get(UNITS, sent.w(k + 1)).is_some()
            && !HOLY.contains(&sent.w(k + 2))
        {
            this = true;
            k += 1;
        }
    }
    let wk = sent.w(k);
    let (unit, offset, to) = if !sent.is_word(k) {
        return None;
    } else if part.is_none() && (wk == "امس" || wk == "وامس") {
        // في أمسّ الحاجة: "in the greatest need", a superlative.
        if matches!(sent.w(k + 1), "الحاجه" | "حاجه") {
            return None;
        }
        if k >= 1 && sent.w(k - 1) == "اول" {
            from = k - 1;
            (Unit::Day, -2, k + 1)
        } else if k >= 2 && sent.w(k - 1) == "من" && sent.w(k - 2) == "اول" {
            // أول من أمس: the day before yesterday.
            from = k - 2;
            (Unit::Day, -2, k + 1)
        } else if period::before_yesterday(sent, k) {
            (Unit::Day, -2, k + 2)
        } else {
            (Unit::Day, -1, k + 1)
        }
    } else if part.is_none() && (wk == "غدا" || wk == "وغدا") {
        (Unit::Day, 1, k + 1)
    } else if part.is_none()
        && matches!(wk, "الليله" | "والليله")
        && (sent.w(k + 1) == "الماضيه" || (sent.w(k + 1) == "قبل" && sent.w(k + 2) == "الماضيه"))
    {
        night = true;
        if sent.w(k + 1) == "قبل" {
            (Unit::Day, -2, k + 3)
        } else {
            (Unit::Day, -1, k + 2)
        }
    } else if part.is_none() && wk == "اليوم" && !holiday::paper_name(sent, k) && !nowadays(sent, k)
    {
        // "في اليوم ذاته" is "on the same day", not today.
        let prev = if k >= 1 { sent.w(k - 1) } else { "" };
        let next = sent.w(k + 1);
        // اليوم التدريبي، اليوم الدراسي، اليوم الختامي: "the training day", a noun with its
        // adjective (a nisba in ي), not today; a weekday after it names today.
        let adjective = next.starts_with("ال")
            && next.ends_with('ي')
            && next.chars().count() > 4
            && weekday_word(sent, k + 1).is_none();
        // اليوم الخامس: the fifth day (of a festival), an ordinal after it.
        let ordinal = super::ordinal_at(sent, k + 1).is_some();
        if adjective
            || ordinal
            || matches!(
                next,
                "ذاته"
                    | "نفسه"
                    | "التالي"
                    | "السابق"
                    | "الاول"
                    | "الثاني"
                    | "العالمي"
                    | "الوطني"
                    | "الواحد"
            )
            || matches!(
                prev,
                "في" | "وفي"
                    | "ذات"
                    | "نفس"
                    | "ذلك"
                    | "هذا"
                    | "طوال"
                    | "مدار"
                    | "حتي"
                    | "اما"
                    | "واما"
                    | "كل"
                    | "وكل"
                    | "بكل"
                    | "لكل"
            )
        {
            // (على مدار اليوم، كل اليوم: all day long; حتى اليوم، أما اليوم: to this day,
            // nowadays; في ذات اليوم: on the same day.)
            return None;
        }
        (Unit::Day, 0, k + 1)
    } else if let Some(unit) = clitic_splits(wk).find_map(|(c, r)| {
        UNITS
            .iter()
            .find(|(k, _)| rest_is(c, r, k))
            .map(|&(_, u)| u)
    }) {
        match relative_at(sent, k + 1) {
            None if this => (unit, 0, k + 1),
            Some(r) => (unit, r, k + 2),
            None if part.is_some() && unit != Unit::Week => (unit, 0, k + 1),
            // هذا الشهر الفضيل / الكريم / المبارك: Ramadan, not the calendar month.
            None if k >= 1
                && unit == Unit::Month
                && sent.w(k - 1) == "هذا"
                && HOLY.contains(&sent.w(k + 1))
                && !used[k - 1..k + 2].iter().any(|&u| u) =>
            {
                let d = super::DateParts {
                    from: k - 1,
                    to: k + 2,
                    day: None,
                    month: 9,
                    year: None,
                    hijri: true,
                    relative: Some(0),
                    weekday: None,
                    part: None,
                    first_day: None,
                    year_rel: None,
                };
                super::emit::emit_month(sent, ctx, &d, used, out);
                return Some(k + 2);
            }
            // With ل glued to the demonstrative too (مهرجان أبها لهذا العام: this year's;
            // session 26, no fact before). Not هذه السنة: in the AQMAR articles both are "that
            // year" of a story (ومن هذه السنة إلى غاية 1986).
            None if k >= 1 && matches!(sent.w(k - 1), "هذا" | "لهذا") => {
                from = k - 1;
                (unit, 0, k + 1)
            }
            None => return None,
        }
    } else {
        return None;
    };
    if used[from..to].iter().any(|&u| u) {
        return None;
    }
    // اليوم الأربعاء، أمس الأربعاء، غداً الخميس: the weekday names the day (a crawl date can
    // be a day or two after the writing).
    if unit == Unit::Day && part.is_none() && !night && (-1..=1).contains(&offset) {
        if let Some(wd) = weekday_word(sent, to).filter(|_| !used[to]) {
            weekday_fact(ctx, (from, to + 1), wd, None, offset as i64, used, out);
            return Some(to + 1);
        }
    }
    // الـ24 من الشهر الجاري، العاشر من الشهر الحالي، الحادي والعشرين من الشهر الماضي: a day
    // of the relative month.
    if unit == Unit::Month && part.is_none() && k >= 2 && sent.w(k - 1) == "من" {
        let day_at = |k: usize| {
            if let Some(day) = super::number(sent, k - 2).filter(|d| (1..=31).contains(d)) {
                let first = if k >= 3 && sent.w(k - 3) == "ال" && sent.touch(k - 3) {
                    k - 3
                } else {
                    k - 2
                };
                return Some((day, first));
            }
            // An ordinal of one or two words (العاشر، الحادي والعشرين) ending before من.
            (k.saturating_sub(3)..k - 1).find_map(|start| {
                let (v, w) = super::ordinal_at(sent, start)?;
                (start + w == k - 1 && (1..=31).contains(&v) && sent.w(start).contains("ال"))
                    .then_some((v, start))
            })
        };
        if let Some((day, first)) = day_at(k) {
            if !used[first..to].iter().any(|&u| u) {
                if let Some(date) = ctx.reference_date {
                    let t = date.year() * 12 + date.month() as i32 - 1 + offset;
                    let (y, m) = (t.div_euclid(12), (t.rem_euclid(12) + 1) as u32);
                    if Date::new(y, m, day).is_some() {
                        used[first..to].fill(true);
                        let value = out.text(|v| iso_date(v, Some(y), m, Some(day)));
                        let english = out.text(|e| month_day_year(e, m, Some(day), Some(y)));
                        out.push(
                            FactKind::Date,
                            first,
                            to,
                            value,
                            english,
                            "date.relative",
                            Detail::Date(DateDetail {
                                relative: Some(offset),
                                ..DateDetail::grain("day")
                            }),
                        );
                        return Some(to);
                    }
                }
            }
        }
    }
    used[from..to].fill(true);
    // "yesterday", "last week", "start of this month", "end of last year", "mid-this year",
    // "late next year": a start or an end is "of" the period, as English writes it.
    let words = |e: &mut String| {
        let period = unit != Unit::Day;
        match part {
            Some(p @ ("start" | "end")) if period => {
                e.push_str(p);
                e.push_str(" of ");
            }
            Some("mid") if period => e.push_str("mid-"),
            Some(p) => {
                e.push_str(p);
                e.push(' ');
            }
            None => {}
        }
        match (unit, offset) {
            (Unit::Day, -2) if night => e.push_str("the night before last"),
            (Unit::Day, -1) if night => e.push_str("last night"),
            (Unit::Day, -2) => e.push_str("the day before yesterday"),
            (Unit::Day, -1) => e.push_str("yesterday"),
            (Unit::Day, 0) => e.push_str("today"),
            (Unit::Day, _) => e.push_str("tomorrow"),
            (u, _) => {
                e.push_str(match offset {
                    -1 => "last ",
                    0 => "this ",
                    _ => "next ",
                });
                e.push_str(u.name());
            }
        }
    };
    let (value, english) = match ctx.reference_date {
        Some(date) => {
            let (y, m) = (date.year(), date.month());
            let value = out.text(|v| match unit {
                Unit::Day => {
                    let on = Date::from_jdn(date.jdn() + offset as i64);
                    iso_date(v, Some(on.year()), on.month(), Some(on.day()));
                }
                Unit::Week => {
                    let (wy, ww) = Date::from_jdn(date.jdn() + 7 * offset as i64).iso_week();
                    push_int(v, wy, 4);
                    v.push_str("-W");
                    push_int(v, ww as i32, 2);
                }
                Unit::Month => {
                    let t = y * 12 + m as i32 - 1 + offset;
                    push_int(v, t.div_euclid(12), 4);
                    v.push('-');
                    push_int(v, t.rem_euclid(12) + 1, 2);
                }
                Unit::Year => push_int(v, y + offset, 4),
            });
            let english = out.text(|e| {
                words(e);
                e.push_str(" (");
                e.push_str(&value);
                e.push(')');
            });
            (value, english)
        }
        None => (
            out.text(|v| {
                v.push_str("relative:");
                v.push_str(unit.name());
                if offset >= 0 {
                    v.push('+');
                }
                push_int(v, offset, 0);
            }),
            out.text(words),
        ),
    };
    let detail = DateDetail {
        relative: Some(offset),
        part,
        ..DateDetail::grain(unit.name())
    };
    out.push(
        FactKind::Date,
        from,
        to,
        value,
        english,
        "date.relative",
        Detail::Date(detail),
    );
    Some(to)
}
