//! Key facts of a whole article, as an editor would sign them.
//!
//! **In:** every sentence's [`FactLine`]s (from the extractor, via [`super::evidence`]) and
//! the sentences the ranking put first (`top`). **Out:** at most **one [`KeyFact`] per
//! question** — who, what, where, when, how many — in that order, each the most specific
//! credible fact the article gives for it:
//!
//! * **what** is a casualty statement (`8 killed`, `10 kidnapped: 10 workers`): what
//!   happened; **how many** the other counts (quantities, money, percentages, durations);
//! * only facts that answer one of the questions; **bare numbers** and ordinals are left out
//!   (a number says something only with what it counts), and so is a quantity whose counted
//!   noun is not a countable thing or is often misread ([`UNCOUNTABLE`]: `أهداف` is *aims*
//!   more often than *goals*, `مرات` *times* counts nothing), or whose count does not agree
//!   with its noun (`ست مسؤولًا`: 3–10 take a plural, so `ست` is `لست`, *I am not*);
//! * **people only when the name is credible**: a glossary person, or a romanized name of
//!   at least two tokens (or introduced by a title) whose English is sure enough
//!   ([`MIN_SCORE`] by source) and whose span takes in no glossary term that is not a name
//!   (`خالد نجم وزير` took in *minister*); an English that still holds Arabic letters is
//!   left out: the block is read by someone who does not read the Arabic;
//! * a compass direction alone (`north`) is not a place; a news agency, a paper, a channel or
//!   a platform (`Reuters`, `Interfax`, `state TV`, `Twitter`) is where the story came from,
//!   not who it is about;
//! * a **denied** fact is not signed; a fact said with a qualifier (`about 300`, or an
//!   approximator right before it: `تقترب من 3 ملايين يورو`), an approximate count, an
//!   inferred year or a certainty cue (claimed, unconfirmed, reportedly, believed) is marked
//!   **hedged**;
//! * a date that frames the story (`منذ 2009`, *since*; `للأسبوع المنتهي في 25 تموز`, *the week
//!   ending*) is not its "when" ([`FRAMES`]); a duration said without a number (`عدة أشهر`,
//!   `مئات السنين`) is not a "how many";
//! * a tag list (`سمات …`, [`super::structure::is_tags`]) only adds a mention to a fact the
//!   body gives (the tags name the topic: `سمات إيران درجة الحرارة`), it signs none itself;
//! * the items of an enumeration ([`super::structure::is_list`]: forty neighbourhoods, a
//!   squad's players) are left out, its introduction (`وضمت القائمة 34 لاعباً هم:`) stays;
//! * facts of crawl noise ([`super::structure::is_noise`]: the byline `عمر إبراهيم – عين
//!   اليوم` would say "today", the tail `16:37 ت م` a time) are left out; a dateline's place
//!   and date stay, and of a Hijri date given with its Gregorian one only the Gregorian date
//!   as written stays; a relative date (`today`, `Saturday`) only when the article has no
//!   date with a number in it — but a year alone (`2016`, `2013 - 2014`: a tournament's, an
//!   election's, a past season's) gives way to a relative day (`today`, `yesterday`, a weekday),
//!   which is when the story happened; so does any date only later sentences give when the lede
//!   names the day (`وجهت اليوم الأربعاء اتهامات` over the attack's `18 يونيو`; a dateline's date
//!   stays), and a date the lede gives after a day that is not ahead (`أعلن أمس الأربعاء … التي
//!   فقد أثرها في الثامن من مارس 2014`, `أمس … التي ستنطلق في العشرين من رجب`; after
//!   `الثلاثاء المقبل` the date is often the same day, and stays); a bare `today` first said
//!   past the opening is "nowadays" (a feature's `البارزة اليوم في واقع الناس`, a column's
//!   `اليوم نتحدث`), no "when", and what gave way to it (a year alone, a month) still does;
//! * a sentence its writer marks as background (`pick::is_background`: `يذكر أن`,
//!   `يشار إلى أن`, `تجدر الإشارة إلى`, `الجدير بالذكر`) signs nothing (a past decision, last
//!   year's figure, a founding year); a party named after a presence word ([`PRESENCE`]:
//!   `بحضور`, `حضرته`, `حضر`: a guest; `حضور`, `بوجود` in the name's own clause) or in a
//!   past-perfect aside (a sentence opening `وكان`, `وكانت`) is no "who"; the party thanked,
//!   condoled or congratulated (`عن شكره وتقديره لأمير المنطقة`, `ونشكر المشرف العام`,
//!   [`thanked`]) is no "who" of its own, only one more mention of an actor named elsewhere; a country right after `أمام` / `ضد`, or after `على` / `مع` with a
//!   result word before it (`الفوز على استونيا`, `التعادل مع مولدوفا`: [`AGAINST`],
//!   [`RESULT_WORDS`]) is a match's opponent, no "where";
//! * **deduplicated** by value: the same question and English (case-insensitive) is one
//!   candidate, with how many times the article says it (`mentions`); a candidate whose words
//!   are all inside a more specific one of the same question (`Salman` inside `King Salman bin
//!   Abdulaziz`, `2015` inside `10 August 2015`) is folded into it; across questions, a value
//!   already signed (the same English, or the count of the casualty statement) is not signed
//!   again; a later mention of a person the extractor linked to a full name (`كيري` after
//!   `جون كيري`, no English source of its own) is one more mention of that name, and signs
//!   nothing itself;
//! * **one per question**, chosen by: stated in one of the top-ranked sentences (the lede and
//!   the sentences the summary leads with), then most mentioned, then most specific (a day
//!   over a month over a year; a named person over an organization; for a toll, deaths over
//!   injuries over the rest, then the largest; more words), then earliest.
//!
//! Linear in the facts, except the folding, which compares the candidates of one question
//! with each other (at most a few dozen per article; capped at [`FOLD_MAX`]).

use std::collections::HashMap;

use super::{FactLine, KeyFact, Question, SentenceInfo};

/// Candidates of one question compared for folding (the most mentioned); beyond, kept as is.
pub const FOLD_MAX: usize = 200;

/// How many sentences open an article (a byline, a dateline, the lede and the one after):
/// a party named there once may be its "who".
const OPENING: usize = 4;

/// How many of the best-ranked sentences count as the article's top.
pub const TOP: usize = 3;

/// The least score a romanized name needs, by where its English came from (`rules`: always
/// sure). Model spellings are guesses of foreign or rare names; their score is the share of
/// the beam the best spelling holds.
pub const MIN_SCORE: [(&str, f32); 3] = [("rules", 0.0), ("lexicon", 0.45), ("model", 0.6)];

/// Counted nouns (the English unit of a quantity) that are not countable things, or are
/// misread more often than not in news: `goals` (أهداف, usually *aims* or *targets*),
/// `entries` (مشاركة, *participation*), `times` (مرات), `reasons` (أحد أسباب), `laws` (the
/// article number in `المادة 120 من قانون`), `camps` (`ثلاثة من مخيم`).
pub const UNCOUNTABLE: &[&str] = &["goals", "entries", "times", "reasons", "laws", "camps"];

const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "centre",
    "center",
    "middle east",
];

/// Places that name a wide region (lower case): a city or a country the article names as
/// often says more (`بالطائف` before `الوطن العربي`), whatever the words' count.
const REGIONS: &[&str] = &[
    "arab world",
    "arab region",
    "gulf",
    "arabian gulf",
    "gulf region",
    "arabian peninsula",
    "levant",
    "north africa",
    "latin america",
    "europe",
    "asia",
    "africa",
    "world",
];

const AGENCIES: &[&str] = &[
    "saudi press agency",
    "reuters",
    "agence france-presse",
    "afp",
    "associated press",
    "emirates news agency",
    "anadolu agency",
    "kuwait news agency",
    "qatar news agency",
    "syrian arab news agency",
    "bahrain news agency",
    "interfax",
    "ria novosti",
    "tass",
    "xinhua",
];

/// Platforms a story travels on: not who it is about.
const PLATFORMS: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "instagram",
    "youtube",
    "snapchat",
    "telegram",
    "tiktok",
    "google",
    "linkedin",
];

/// English words of a medium's name (`Syrian state TV`, `Kuwait News Agency`).
const MEDIUM_WORDS: &[&str] = &[
    "agency",
    "tv",
    "television",
    "newspaper",
    "radio",
    "channel",
];

/// Arabic words (match-folded: ة → ه) that introduce a medium: `لوكالة ريا نوفوستي`,
/// `صحيفة ميرور`.
const MEDIUM_ARABIC: &[&str] = &[
    "وكاله",
    "صحيفه",
    "جريده",
    "قناه",
    "تلفزيون",
    "التلفزيون",
    "موقع",
    "مجله",
    "اذاعه",
];

/// Whether a fact may be a key fact at all, and for which question.
fn signable(text: &str, f: &FactLine) -> Option<Question> {
    let q = Question::of_kind(&f.kind)?;
    let english = f.english.trim();
    if english.is_empty()
        || matches!(f.kind.as_str(), "number" | "ordinal")
        || f.cue == Some("denied")
    {
        return None;
    }
    if english
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    {
        return None;
    }
    let lower = english.to_lowercase();
    let ok = match q {
        Question::Who => {
            !AGENCIES.contains(&lower.as_str())
                && !PLATFORMS.contains(&lower.as_str())
                && !words(&lower)
                    .iter()
                    .any(|w| MEDIUM_WORDS.contains(&w.as_str()))
                && !after_medium(text, f)
                && (f.kind != "person" || credible(text, f))
        }
        Question::Where => !DIRECTIONS.contains(&lower.as_str()) && !opponent(text, f),
        Question::When => !framed(text, f),
        // `several months`, `hundreds of years`, `half an hour`: how long, said vaguely, is
        // an aside (`منذ مئات السنين`, `هبوط الإنتاج لعدة أشهر`), not a count to sign.
        Question::HowMany if f.kind == "duration" => english.bytes().any(|b| b.is_ascii_digit()),
        Question::HowMany if f.kind == "quantity" => countable(text, f) && !percent_after(text, f),
        Question::What | Question::HowMany if f.kind != "percent" => !percent_after(text, f),
        _ => true,
    };
    if f.kind == "person" && byline(text, f) {
        return None;
    }
    ok.then_some(q)
}

/// Whether a person's name is credible enough to sign: a glossary person; or a romanized
/// name whose English is sure enough for its source ([`MIN_SCORE`]), of two tokens or more
/// (or introduced by a title), that takes in no glossary term but a name, does not end on a
/// particle (`Gazi bin`) or a title or relative word ([`TAIL_WORDS`]: `… الأستاذ`, `… اللذين`),
/// and does not carry a clitic the romanizer spelled as part of the name: an English `W…` where
/// the Arabic has no و (`Waasam` for عصام), or — for a model spelling, a guess — a token that
/// starts with و (`وانشغلت مؤسسات`), or a first token that starts with ب or ل (`بمقاطعة
/// كورام`, `لاستكمال الإجراءات`); not ف, which opens names far more often than it is a clitic
/// on one (Fahd, Faisal, Farida; 38 of 40 such model spellings of 600 articles). A name with no source (a later mention linked by the extractor) is
/// signed through its full mention.
pub fn credible(text: &str, f: &FactLine) -> bool {
    let source = match f.source {
        Some("glossary") => return true,
        None => return false,
        Some(source) => source,
    };
    if f.overlaps_term {
        return false;
    }
    let sure = MIN_SCORE
        .iter()
        .find(|(s, _)| *s == source)
        .is_some_and(|&(_, min)| f.score.unwrap_or(0.0) >= min);
    let english: Vec<&str> = f.english.split_whitespace().collect();
    if !sure || (english.len() < 2 && !f.titled) {
        return false;
    }
    if english
        .last()
        .is_some_and(|w| PARTICLES.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    let arabic: Vec<String> = f
        .span
        .slice(text)
        .split_whitespace()
        .map(|w| w.replace(['أ', 'إ', 'آ'], "ا"))
        .collect();
    if arabic
        .last()
        .is_some_and(|w| TAIL_WORDS.contains(&w.as_str()))
    {
        return false;
    }
    let first_w = english.first().is_some_and(|w| w.starts_with('W'));
    if first_w && !arabic.first().is_some_and(|w| w.starts_with('و')) {
        return false;
    }
    let clitic = arabic
        .iter()
        .enumerate()
        .any(|(k, w)| w.starts_with('و') || (k == 0 && w.starts_with(['ب', 'ل'])));
    !(source == "model" && clitic)
}

/// Particles that cannot end a name (in its English).
const PARTICLES: &[&str] = &["bin", "ibn", "bint", "abu", "al", "al-", "ben"];

/// Titles and relative words a name run may take in at its end (alef forms folded).
const TAIL_WORDS: &[&str] = &[
    "الاستاذ",
    "الدكتور",
    "المهندس",
    "المستشار",
    "المحامي",
    "الامين",
    "اللذين",
    "اللتين",
    "الذي",
    "التي",
    "الذين",
];

/// Words right before a number that make it approximate (alef forms as written and folded).
const APPROXIMATORS: &[&str] = &[
    "ما يقرب من",
    "يقترب من",
    "تقترب من",
    "قرابة",
    "حوالي",
    "حوالى",
    "نحو",
    "زهاء",
    "ما يناهز",
    "يناهز",
    "قرابه",
];

/// Words right before a date that make it a frame of the story, not when it happened: since
/// (`أدنى مستوى منذ 2009`, `قتل عشرة أشخاص منذ الأول من يونيو`) and ending on (`للأسبوع
/// المنتهي في 25 تموز`, `للفترة المنتهية في 30 يونيو`). On the 600 dev articles these gave 13
/// of the 465 "when"s (the week a statistic ends, the start of a count), none the day the
/// story happened. `حتى` (*until*) and `اعتبارا من` (*as of*) are left: a deadline or the day a
/// rule takes effect is often the news.
const FRAMES: &[&str] = &[
    "منذ",
    "ومنذ",
    "المنتهي في",
    "المنتهية في",
    "المنتهي بتاريخ",
    "المنتهية بتاريخ",
];

/// Words a frame may have between it and its date (`منذ شهر مايو`, `منذ مطلع العام`).
const FRAME_FILLERS: &[&str] = &[
    "شهر",
    "عام",
    "العام",
    "يوم",
    "مطلع",
    "بداية",
    "أوائل",
    "منتصف",
    "أواخر",
    "نهاية",
];

/// The character boundary at most `bytes` before `start` (or the text's start): where a look
/// at the few words before a fact begins, so a line of megabytes costs no more.
fn back(text: &str, start: usize, bytes: usize) -> usize {
    (0..=start.saturating_sub(bytes))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// Whether a date is a frame of the story ([`FRAMES`]) rather than when it happened.
fn framed(text: &str, f: &FactLine) -> bool {
    let start = f.span.start.min(text.len());
    // Only the few bytes before the date are looked at.
    let from = back(text, start, 48);
    let mut before = text.get(from..start).unwrap_or("").trim_end();
    if let Some(w) = before.split_whitespace().next_back() {
        if FRAME_FILLERS.contains(&w) {
            before = before[..before.len() - w.len()].trim_end();
        }
    }
    let inside = f.span.slice(text);
    FRAMES.iter().any(|fr| {
        let opens = inside
            .strip_prefix(fr)
            .is_some_and(|r| r.starts_with(char::is_whitespace));
        let ends = before
            .strip_suffix(fr)
            .is_some_and(|r| r.is_empty() || r.ends_with(|c: char| c.is_whitespace() || c == '('));
        opens || ends
    })
}

/// Words that say who attended (alef forms folded): `بحضور` (*in the presence of*), `حضره` /
/// `حضرها` / `حضرته` (*attended by*), `حضر` (*attended*). A name after one of them in its
/// sentence is a guest, not the story's actor: `أقيم حفل ختامي حضرته رئيسة الوحدة …
/// والأخصائية الاجتماعية نوارة المحيسن`.
const PRESENCE: &[&str] = &[
    "بحضور",
    "وبحضور",
    "حضره",
    "حضرها",
    "حضرته",
    "حضرهم",
    "وحضره",
    "وحضرها",
    "وحضرته",
    "حضر",
    "وحضر",
];

/// Words of attendance that also say how many came (`شهدت الندوة حضور ما يزيد عن 200 إمام`):
/// only a name in their own clause is a guest (`وما زاد من روعة البطولة حضور ماجد عبدالله`,
/// `كان مسك الختام بوجود ماجد عبدالله`).
const PRESENCE_CLAUSE: &[&str] = &["حضور", "وحضور", "بوجود", "وبوجود"];

/// Whether a name comes after a presence word ([`PRESENCE`]) in its sentence (`sentence` is
/// its span, `k` its index): then it names a guest. The article's first word is left out: a
/// lede that opens `حضر أمير المنطقة …` has the emir as its actor. Every presence word holds
/// `حضر`, `حضور` or `وجود`, so a sentence without any is not split into words at all.
fn attending(text: &str, sentence: crate::span::Span, name: crate::span::Span, k: usize) -> bool {
    let (start, end) = (sentence.start.min(text.len()), name.start.min(text.len()));
    let Some(before) = text.get(start..end.max(start)) else {
        return false;
    };
    if !before.contains("حضر") && !before.contains("حضور") && !before.contains("وجود") {
        return false;
    }
    let clause = before.rsplit(CLAUSE_BREAKS).next().unwrap_or(before);
    before
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .enumerate()
        .any(|(n, w)| !(k == 0 && n == 0) && PRESENCE.contains(&w))
        || clause
            .split(|c: char| !c.is_alphabetic())
            .any(|w| PRESENCE_CLAUSE.contains(&w))
}

/// What ends a clause for [`attending`] and [`thanked`].
const CLAUSE_BREAKS: [char; 6] = ['،', '.', ':', '؛', ',', '\n'];

/// First-person thanks (`ونشكر المشرف العام المهندس سعود بن طواله`): the name after it, in
/// its clause, is the one thanked.
const THANKS_VERBS: &[&str] = &["نشكر", "ونشكر", "أشكر", "وأشكر", "اشكر", "واشكر"];

/// Nouns of thanks, condolence and congratulation (`أعرب عن شكره وتقديره لأمير منطقة عسير`,
/// `قدم تعازيه لوالد الشهيد`, `بعث برقية تهنئة إلى`): the party after `ل…` / `إلى` in the
/// clause receives them. Verbs (`شكر`, `هنأ`, `عزى`) are left out: after a verb the first
/// name is its subject, the actor.
const THANKS_NOUNS: &[&str] = &[
    "شكره",
    "شكرها",
    "شكرهم",
    "شكري",
    "شكرنا",
    "شكرا",
    "وشكرا",
    "تعازيه",
    "تعازيها",
    "تعازينا",
    "تعزيته",
    "تعزية",
    "مواساته",
    "تهانيه",
    "تهانيها",
    "تهنئته",
    "تهنئة",
    "برقية",
    "ببرقية",
];

/// How many words before a name are looked at for a word of thanks ([`thanked`]): a title
/// and a name fit (`لسمو الأمير`, `لأمير منطقة عسير الأمير`).
const THANKS_REACH: usize = 10;

/// Whether a name is the party thanked, condoled or congratulated in its clause: after a
/// first-person thanks verb ([`THANKS_VERBS`]), or after a noun of thanks ([`THANKS_NOUNS`])
/// and then a word with the preposition `ل` or `إلى`, with no `من` (the sender) between and
/// no clause break (`،` `.` `:` `؛`). Such a party is no "who": the story is the thanker's.
/// Only the few hundred bytes before the name are looked at.
fn thanked(text: &str, sentence: crate::span::Span, name: crate::span::Span) -> bool {
    let end = name.start.min(text.len());
    let start = sentence.start.min(end).max(back(text, end, 320));
    let Some(before) = text.get(start..end) else {
        return false;
    };
    let clause = before.rsplit(CLAUSE_BREAKS).next().unwrap_or(before);
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let near = &words[words.len().saturating_sub(THANKS_REACH)..];
    let Some(k) = near
        .iter()
        .rposition(|w| THANKS_VERBS.contains(w) || THANKS_NOUNS.contains(w))
    else {
        return false;
    };
    if THANKS_VERBS.contains(&near[k]) {
        return true;
    }
    let after = &near[k + 1..];
    !after.iter().any(|w| matches!(*w, "من" | "ومن"))
        && after.iter().any(|w| {
            matches!(*w, "إلى" | "ل" | "لـ") || (w.starts_with('ل') && w.chars().count() > 3)
        })
}

/// Whether a count comes right after an approximator the extractor did not take in
/// (`أسعار تقترب من 3 ملايين يورو`), or right before a bound (`أو أقل`): then it is hedged.
fn approximated(text: &str, f: &FactLine) -> bool {
    let before = text
        .get(..f.span.start.min(text.len()))
        .unwrap_or("")
        .trim_end();
    let after = text
        .get(f.span.end.min(text.len())..)
        .unwrap_or("")
        .trim_start();
    APPROXIMATORS.iter().any(|a| before.ends_with(a))
        || BOUNDS_AFTER.iter().any(|b| after.starts_with(b))
}

/// Bounds written after a count (`خمسة أشخاص أو أقل`): the count is a limit, not a fact.
const BOUNDS_AFTER: &[&str] = &[
    "أو أقل",
    "او اقل",
    "أو أكثر",
    "او اكثر",
    "على الأقل",
    "على الاقل",
    "على الأكثر",
    "تقريباً",
    "تقريبا",
];

/// Whether a count is followed by a percent sign or word (`انخفضت بنسبة 12%` is not
/// *12 missing*): then it is a percentage the extractor read as something else.
fn percent_after(text: &str, f: &FactLine) -> bool {
    let rest = text
        .get(f.span.end.min(text.len())..)
        .unwrap_or("")
        .trim_start();
    rest.starts_with(['%', '٪'])
        || ["في المئة", "في المائة", "بالمئة", "بالمائة"]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// Whether a person is the byline's writer: the name opens its sentence's line and a dash
/// follows (`عبدالله البرقاوي- سبق- الرياض: …`).
fn byline(text: &str, f: &FactLine) -> bool {
    let (start, end) = (f.span.start.min(text.len()), f.span.end.min(text.len()));
    // Only the few bytes before the name are looked at: a line of megabytes costs no more.
    let from = back(text, start, 64);
    let line_start = text.get(from..start).is_none_or(|b| match b.rfind('\n') {
        Some(nl) => b[nl..].trim().is_empty(),
        None => from == 0 && b.trim().is_empty(),
    });
    let rest = text.get(end..).unwrap_or("").trim_start();
    line_start && rest.starts_with(['-', '–', '—'])
}

/// Whether a name comes right after a word that introduces a medium (`لوكالة انترفاكس`) or
/// starts with one (`وكالة انترفاكس`).
fn after_medium(text: &str, f: &FactLine) -> bool {
    let (start, end) = (f.span.start.min(text.len()), f.span.end.min(text.len()));
    let (Some(before), Some(inside)) = (text.get(..start), text.get(start..end)) else {
        return false;
    };
    let prev = before.split_whitespace().next_back();
    let first = inside.split_whitespace().next();
    [prev, first].into_iter().flatten().any(|w| {
        let w = w.replace('ة', "ه");
        MEDIUM_ARABIC.iter().any(|m| {
            w == *m
                || ["ل", "و", "ب", "ول", "وب"]
                    .iter()
                    .any(|c| w.strip_prefix(c) == Some(*m))
        })
    })
}

/// Whether a quantity counts countable things: a counted noun, not in [`UNCOUNTABLE`], and a
/// count that agrees with its noun (3–10 take a plural: `ست مسؤولًا`, a singular accusative,
/// is not six officials).
fn countable(text: &str, f: &FactLine) -> bool {
    let english = f.english.trim();
    let unit: Vec<String> = words(english)
        .into_iter()
        .filter(|w| {
            !w.bytes().all(|b| b.is_ascii_digit())
                && !matches!(
                    w.as_str(),
                    "about"
                        | "more"
                        | "than"
                        | "less"
                        | "nearly"
                        | "over"
                        | "up"
                        | "to"
                        | "at"
                        | "least"
                        | "some"
                        | "around"
                        | "almost"
                        | "of"
                        | "million"
                        | "billion"
                        | "thousand"
                        | "tens"
                        | "hundreds"
                        | "thousands"
                        | "millions"
                )
        })
        .collect();
    let Some(noun) = unit.last() else {
        return false; // a bare number
    };
    if UNCOUNTABLE.contains(&noun.as_str()) {
        return false;
    }
    let count: Option<u64> = english
        .split_whitespace()
        .find(|w| w.bytes().all(|b| b.is_ascii_digit() || b == b','))
        .and_then(|w| w.replace(',', "").parse().ok());
    let arabic = f.span.slice(text).trim_end();
    // مسؤولًا / مسؤولا, not a broken plural in ـايا (ضحايا, قضايا).
    let singular_accusative = arabic.ends_with("ًا")
        || arabic.ends_with("اً")
        || (arabic.ends_with('ا') && !arabic.ends_with("ايا"));
    !(count.is_some_and(|c| (3..=10).contains(&c)) && singular_accusative)
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether every word of `a` is in `b` (and `b` has more).
fn inside(a: &[String], b: &[String]) -> bool {
    a.len() < b.len() && a.iter().all(|w| b.contains(w))
}

/// Whether an English date names a day of the month (one or two digits in a row).
fn has_day(english: &str) -> bool {
    english
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| (1..=2).contains(&d.len()))
}

/// Whether a date is a year alone or a range of years (`2016`, `2013–2014`, `1436 AH`).
fn bare_year(english: &str) -> bool {
    let english = english.trim_end_matches(" AH");
    !english.is_empty()
        && english
            .split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .all(|d| d.len() == 4)
        && english
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | '/'))
}

/// Whether a date names a day without a number (`today`, `yesterday`, `Sunday`, `the day
/// before yesterday`), as a lede does.
fn relative_day(f: &KeyFact) -> bool {
    const DAYS: &[&str] = &[
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "day",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    f.kind == "date" && relative(f) && words(&f.english).iter().any(|w| DAYS.contains(&w.as_str()))
}

/// Whether a relative day is ahead of the story's telling (`tomorrow`, `next Tuesday`, `the day
/// after tomorrow`): the lede may then give its date too (`الثلاثاء المقبل … 4 – 6 أغسطس`).
fn ahead(f: &KeyFact) -> bool {
    words(&f.english)
        .iter()
        .any(|w| matches!(w.as_str(), "tomorrow" | "next"))
}

/// Whether a date is a bare `today` first said past the article's opening: there it is
/// "nowadays" (`التطوع بات من الأعمال البارزة اليوم في واقع الناس`, a column's `اليوم نتحدث
/// عن`), not the day of a story. A lede's `اليوم`, `اليوم (السبت)` and `this evening` stay.
fn nowadays(f: &KeyFact) -> bool {
    f.kind == "date" && f.english == "today" && f.sentence >= OPENING
}

/// Words before a country that make it a team, not a place: the opponent of a match report
/// (`خسارته أمام سلوفاكيا`, `ضد موريتانيا`, `الفوز على استونيا`, `التعادل مع مولدوفا`).
const AGAINST: &[&str] = &["أمام", "امام", "ضد"];
/// Words of winning or drawing before `على` / `مع` (as written, tanween dropped).
const RESULT_WORDS: &[&str] = &[
    "فوز",
    "فوزا",
    "الفوز",
    "بالفوز",
    "فوزه",
    "فوزها",
    "فاز",
    "فازت",
    "تغلب",
    "تغلبت",
    "انتصر",
    "انتصرت",
    "انتصاره",
    "تعادل",
    "التعادل",
    "بالتعادل",
    "تعادله",
];

/// Whether a place is a match's opponent ([`AGAINST`], [`RESULT_WORDS`]): not where the story
/// happened.
fn opponent(text: &str, f: &FactLine) -> bool {
    let start = f.span.start.min(text.len());
    // Only the few bytes before the place are looked at, and only their last five words.
    let from = back(text, start, 64);
    let mut before = text
        .get(from..start)
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('\u{064B}'));
    match before.next() {
        Some(w) if AGAINST.contains(&w) => true,
        Some("على" | "مع") => before
            .take(4)
            .any(|r| RESULT_WORDS.contains(&r) || r.ends_with("تعادل")),
        _ => false,
    }
}

/// Whether a date says when without a number (`today`, `Saturday`, `next week`), or is a
/// clock time: neither says which day, so a dated fact beats both.
fn relative(f: &KeyFact) -> bool {
    f.kind == "time" || (f.kind == "date" && !f.english.bytes().any(|b| b.is_ascii_digit()))
}

/// How specific a candidate is, within its question (higher: more).
fn specificity(f: &KeyFact) -> usize {
    let n = words(&f.english).len();
    match f.question {
        // A day, a month and a year: a date's words; a time or a relative date says less.
        Question::When if f.kind == "time" || relative(f) => 0,
        Question::When => 1 + usize::from(has_day(&f.english)) + n.min(3),
        Question::Who if f.kind == "person" => 10 + n,
        // Deaths lead a toll, then injuries, then the rest (`2 killed` before `6 injured`,
        // as a news lede puts them); within a tier the largest toll is the headline one (8
        // dead before 1 missing).
        Question::What => {
            let count = count_of(&f.english)
                .and_then(|n| n.replace(',', "").parse::<f64>().ok())
                .map_or(0, |n| n.min(1e9) as usize);
            toll_tier(&f.english) * 2_000_000_000 + count
        }
        Question::HowMany => match f.kind.as_str() {
            "money" | "quantity" => 3,
            "percent" => 2,
            _ => 1,
        },
        // A wide region (`Arab world`) says less than any city or country.
        Question::Where if REGIONS.contains(&f.english.to_lowercase().as_str()) => 0,
        _ => n,
    }
}

/// How much a casualty statement leads a story: deaths 2, injuries 1, anything else
/// (arrests, kidnappings, the missing) 0. A mixed statement (`killed or injured`) counts as
/// an injury: it does not say anyone died.
fn toll_tier(english: &str) -> usize {
    let what = english.split(':').next().unwrap_or(english);
    let has = |w: &str| {
        what.split(|c: char| !c.is_ascii_alphabetic())
            .any(|x| x == w)
    };
    if has("no") || (has("not") && !has("given")) {
        0
    } else if (has("killed") || has("dead")) && !has("injured") {
        2
    } else if has("injured") || has("wounded") {
        1
    } else {
        0
    }
}

/// The first number in an English value (`8` of `8 killed`), for cross-question duplicates.
fn count_of(english: &str) -> Option<&str> {
    english
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .find(|w| w.bytes().any(|b| b.is_ascii_digit()))
}

/// A candidate with what it is chosen by.
struct Candidate {
    fact: KeyFact,
    /// Stated in one of the top sentences.
    top: bool,
}

/// The key facts of an article (see the module docs); `top` holds the indices of the
/// best-ranked sentences (at most [`TOP`] are looked at).
pub fn key_facts(text: &str, sentences: &[SentenceInfo], top: &[usize]) -> Vec<KeyFact> {
    let top = &top[..top.len().min(TOP)];
    let mut index: HashMap<(Question, String), usize> = HashMap::new();
    let mut all: Vec<Candidate> = Vec::new();
    let mut linked: Vec<(String, bool)> = Vec::new();
    let mut lede: Option<usize> = None;
    for (i, s) in sentences.iter().enumerate() {
        let slice = s.span.slice(text).trim();
        // A site's tag list (`سمات إيران درجة الحرارة`) names the article's topics: it votes
        // for a place or a party the body gives, and signs nothing of its own.
        if super::structure::is_tags(slice) {
            for f in &s.facts {
                if let Some(question) = signable(text, f) {
                    let key = (question, f.english.trim().to_lowercase());
                    if let Some(&k) = index.get(&key) {
                        all[k].fact.mentions += 1;
                    }
                }
            }
            continue;
        }
        if !slice.is_empty()
            && super::structure::is_noise(slice)
            && !super::structure::is_dateline_line(slice)
        {
            continue;
        }
        // The lede: the first sentence of the body (a dateline's line is not one).
        if lede.is_none() && !slice.is_empty() && !super::structure::is_dateline_line(slice) {
            lede = Some(i);
        }
        // The names of an enumeration (`حي العزيزية` among forty neighbourhoods) are not
        // what the article is about; its introduction (`تواقيع تسعة من المشايخ، وهم:`) is.
        let list_from = if s.facts.is_empty() {
            None
        } else {
            super::structure::list_colon(s.span.slice(text)).map(|colon| s.span.start + colon)
        };
        // A Hijri date beside its Gregorian one (`25 شوال 1436 هـ الموافق 10 اغسطس 2015`):
        // the Gregorian date as written beats the tabular estimate.
        let gregorian = s
            .facts
            .iter()
            .any(|f| f.kind == "date" && !f.english.contains(" AH") && has_day(&f.english));
        let in_top = top.contains(&i);
        let normalized;
        let sentence_words: &[String] = if s.words.is_empty() && !s.facts.is_empty() {
            let norm = crate::normalize::matcher().normalize_str(slice);
            normalized = super::score::words(&norm)
                .map(str::to_string)
                .collect::<Vec<_>>();
            &normalized
        } else {
            &s.words
        };
        // Background the writer marks (`يذكر أن …`): a past decision, last season's result;
        // nothing in it is the story's.
        if super::pick::is_background(sentence_words) {
            continue;
        }
        // A past-perfect aside (`وكان وزير … الأسبق محمد الجاسر انتقد …`) names parties
        // beside the story, not its actor.
        let aside = matches!(
            sentence_words.first().map(String::as_str),
            Some("وكان" | "وكانت")
        );
        for f in &s.facts {
            if f.kind == "person" && f.source.is_none() {
                // A later mention (`كيري` after `جون كيري`): it counts for the full one.
                linked.push((f.english.trim().to_lowercase(), in_top));
                continue;
            }
            if gregorian && f.kind == "date" && f.english.contains(" AH") {
                continue;
            }
            if list_from.is_some_and(|c| f.span.start > c) {
                continue;
            }
            let Some(question) = signable(text, f) else {
                continue;
            };
            if question == Question::Who && (aside || attending(text, s.span, f.span, i)) {
                continue;
            }
            // The party thanked (`عن شكره وتقديره لسمو الأمير متعب`) signs nothing itself, but
            // it is one more mention of an actor the article names elsewhere.
            if question == Question::Who && thanked(text, s.span, f.span) {
                linked.push((f.english.trim().to_lowercase(), false));
                continue;
            }
            let hedged = f.hedged
                || f.cue.is_some()
                || (matches!(question, Question::What | Question::HowMany)
                    && approximated(text, f));
            let key = (question, f.english.trim().to_lowercase());
            if let Some(&k) = index.get(&key) {
                let c = &mut all[k];
                c.fact.mentions += 1;
                c.fact.hedged &= hedged; // once said plainly, it is not hedged
                c.top |= in_top;
                continue;
            }
            index.insert(key, all.len());
            all.push(Candidate {
                fact: KeyFact {
                    question,
                    kind: f.kind.clone(),
                    english: f.english.trim().to_string(),
                    hedged,
                    mentions: 1,
                    sentence: i,
                    span: f.span,
                },
                top: in_top,
            });
        }
    }
    // The main actor is named in full once and by the family name after (`جون كيري` … `كيري`
    // … `كيري`): each later mention the extractor linked to a signed name is a mention of it.
    for (english, in_top) in linked {
        if let Some(&k) = index.get(&(Question::Who, english)) {
            all[k].fact.mentions += 1;
            all[k].top |= in_top;
        }
    }
    let mut out: Vec<KeyFact> = Vec::new();
    for question in Question::ALL {
        let mut group: Vec<Candidate> = Vec::new();
        let mut rest = Vec::with_capacity(all.len());
        for c in all {
            if c.fact.question == question {
                group.push(c);
            } else {
                rest.push(c);
            }
        }
        all = rest;
        group.sort_by(|a, b| {
            b.fact
                .mentions
                .cmp(&a.fact.mentions)
                .then(a.fact.sentence.cmp(&b.fact.sentence))
        });
        // Fold a candidate into a more specific one of the same question.
        let w: Vec<Vec<String>> = group.iter().map(|c| words(&c.fact.english)).collect();
        let m = group.len().min(FOLD_MAX);
        let mut folded = vec![false; group.len()];
        for a in 0..m {
            if let Some(b) = (0..m).find(|&b| b != a && !folded[b] && inside(&w[a], &w[b])) {
                folded[a] = true;
                group[b].fact.mentions += group[a].fact.mentions;
                let top = group[a].top;
                group[b].top |= top;
            }
        }
        let mut kept: Vec<Candidate> = group
            .into_iter()
            .zip(folded)
            .filter(|(_, f)| !f)
            .map(|(g, _)| g)
            .collect();
        if question == Question::When {
            // A dated "when" beats a relative one; but a year alone (`2016`, `2013 - 2014`:
            // the tournament's, an election's, a past season's) says less than the day the
            // lede gives (`انطلقت اليوم`, `أمس`), which is when the story happened.
            // And a day the lede gives (`وجهت اليوم الأربعاء اتهامات`) is when the story
            // happened: a date only later sentences give is the attack charged, a meeting
            // recalled, a programme's launch, the end of a festival's run.
            let in_lede = |c: &Candidate| lede == Some(c.fact.sentence);
            let with_date = |c: &Candidate| !relative(&c.fact) && !bare_year(&c.fact.english);
            // A bare "today" first said past the opening is "nowadays" (`بات التطوع من
            // الأعمال البارزة اليوم`, a column's `اليوم نتحدث عن`), not the story's day; what
            // gave way to it (a year alone: a 1982 prize, the 2008 crisis; a month) still does.
            if kept.iter().any(|c| nowadays(&c.fact)) {
                let dated = kept.iter().any(with_date);
                kept.retain(|c| !nowadays(&c.fact) && (dated || relative_day(&c.fact)));
            }
            // The day the lede names, if it is not one ahead (`أمس الأربعاء`, `اليوم`; not
            // `غدا`, `الثلاثاء المقبل`, which may be the date the lede then gives): a date
            // after it in the lede is another event, one before (`التي فقد أثرها في الثامن من
            // مارس 2014`) or one to come (`التي ستنطلق في العشرين من رجب`).
            let lede_day = kept
                .iter()
                .filter(|c| relative_day(&c.fact) && in_lede(c))
                .map(|c| (c.fact.span.start, ahead(&c.fact)))
                .min();
            // The dateline's date (`الطائف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`) comes
            // before the lede and stays.
            let dated = match (lede_day, lede) {
                (Some((day, false)), Some(l)) => kept.iter().any(|c| {
                    with_date(c)
                        && (c.fact.sentence < l
                            || (c.fact.sentence == l && c.fact.span.start < day))
                }),
                (Some(_), Some(l)) => kept.iter().any(|c| with_date(c) && c.fact.sentence <= l),
                _ => kept.iter().any(with_date),
            };
            if !dated && kept.iter().any(|c| relative_day(&c.fact)) {
                kept.retain(|c| relative_day(&c.fact));
            } else if kept.iter().any(|c| !relative(&c.fact)) {
                kept.retain(|c| !relative(&c.fact));
            }
        }
        kept.sort_by(|a, b| {
            b.top
                .cmp(&a.top)
                .then(b.fact.mentions.cmp(&a.fact.mentions))
                .then(specificity(&b.fact).cmp(&specificity(&a.fact)))
                .then(a.fact.sentence.cmp(&b.fact.sentence))
                .then(a.fact.span.start.cmp(&b.fact.span.start))
        });
        // When the best party is named once, past the opening and outside the sentences the
        // summary leads with, it is a side character (a guest the show will host, a king
        // thanked at the end of a profile, a caliph in an op-ed's aside) and the article's
        // subject is no fact: no "who" rather than the wrong one (nor a weaker one, such as
        // a byline's photographer).
        if question == Question::Who
            && kept
                .first()
                .is_some_and(|c| !c.top && c.fact.mentions == 1 && c.fact.sentence >= OPENING)
        {
            continue;
        }
        // The first that is not a value already signed under another question.
        let signed = |c: &Candidate| {
            out.iter().any(|o| {
                o.english.eq_ignore_ascii_case(&c.fact.english)
                    // `10 workers` beside `10 kidnapped: 10 workers`.
                    || (o.question == Question::What
                        && c.fact.question == Question::HowMany
                        && inside(&words(&c.fact.english), &words(&o.english)))
                    || (o.question == Question::What
                        && c.fact.question == Question::HowMany
                        && o.sentence == c.fact.sentence
                        && count_of(&o.english).is_some()
                        && count_of(&o.english) == count_of(&c.fact.english))
            })
        };
        if let Some(c) = kept.into_iter().find(|c| !signed(c)) {
            out.push(c.fact);
        }
    }
    out
}
#[cfg(test)]
#[path = "facts_tests.rs"]
mod tests;
