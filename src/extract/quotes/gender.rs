//! Agreement between a speech verb and the speaker carried to it: a verb with no subject
//! written (وأضافت:، مشيراً إلى أن، وقالوا إن) refers back to a party of its person, gender
//! and number. [`of_verb`] reads the verb's form (ـت feminine past, تـ feminine imperfect,
//! ـة feminine participle, ـوا/ـون/ـين plural, ـا/ـتا dual); [`of_person`] and [`of_speaker`]
//! read a candidate's: a title before the name (الوزيرة، السيدة، الدكتورة; الوزير، الشيخ), its
//! first name (a short list of given names: فاطمة، نورة; محمد، عبدالله, and بن/أبو/عبد in
//! the name), an organization's head (الوزارة، الشركة: feminine in Arabic grammar), a plural
//! (المسؤولون، الخبراء; المصادر، السلطات). Most names say nothing: [`Gender::Unknown`] fits
//! any verb, so the carry only turns away a party that cannot be the one (قالت after the king,
//! قال after his wife, قالوا after one man).
//!
//! Cost: nothing on the way a speaker is written after its verb; a few word comparisons per
//! candidate when one is carried (one hash lookup per word, no allocation).

use super::FxMap;

/// What a speech verb agrees with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Agree {
    /// Not a verb of a person (جاء في البيان، إضافة إلى).
    Any,
    Masc,
    Fem,
    Dual,
    Plural,
}

/// What a carried speaker is, as far as its words tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Unknown,
    Masc,
    Fem,
    /// People (المسؤولون، الخبراء، منظمو المهرجان) or a group.
    Plural,
    /// Things or bodies in the plural (المصادر، السلطات): a feminine or a plural verb.
    Things,
}

/// Can a party of gender `g` be the subject of a verb that agrees as `a`?
pub(super) fn fits(a: Agree, g: Gender) -> bool {
    match a {
        Agree::Any => true,
        Agree::Masc => matches!(g, Gender::Unknown | Gender::Masc),
        Agree::Fem => matches!(g, Gender::Unknown | Gender::Fem | Gender::Things),
        Agree::Dual | Agree::Plural => matches!(g, Gender::Plural | Gender::Things),
    }
}

/// The agreement of a speech verb `w` (normalized, no proclitics); `known` says whether a
/// word is in the verb tables (قالت is feminine because قال is a verb, لفت is not).
pub(super) fn of_verb(w: &str, known: impl Fn(&str) -> bool) -> Agree {
    match w {
        // بالقول names no person: any subject carried.
        "جاء" | "اضافه" | "بالقول" => return Agree::Any,
        "نفت" | "عزت" | "ابدت" | "بقولها" => return Agree::Fem,
        "بقوله" => return Agree::Masc,
        // The plural participle of قال has no م (قائلين).
        "قائلين" => return Agree::Plural,
        _ => {}
    }
    let cut = |suffix: &str| w.strip_suffix(suffix).filter(|r| r.chars().count() >= 2);
    if cut("تا").is_some_and(&known) {
        return Agree::Dual;
    }
    if w.ends_with("وا") || w.ends_with("ون") || (w.starts_with('م') && w.ends_with("ين")) {
        return Agree::Plural;
    }
    if cut("ا").is_some_and(&known) {
        return Agree::Dual;
    }
    if w.strip_prefix('ت').is_some_and(|r| known(&format!("ي{r}"))) {
        return Agree::Fem;
    }
    if cut("ت").is_some_and(&known) {
        return Agree::Fem;
    }
    // The feminine participle: مشيرة، قائلة for مشيرا، قائلا.
    if cut("ه").is_some_and(|r| known(&format!("{r}ا"))) {
        return Agree::Fem;
    }
    Agree::Masc
}

/// Feminine given names (folded: ة as ه, ى as ي, bare alef).
#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    "فاطمه", "عائشه", "خديجه", "مريم", "زينب", "نوره", "نوال", "ساره", "هند", "ليلي",
    "سلمي", "هدي", "منال", "منيره", "مني", "امل", "ايمان", "اسماء", "هيا", "هيفاء", "لطيفه",
    "حصه", "الجوهره", "نجلاء", "نجود", "ريم", "رشا", "رنا", "رانيا", "دانه", "غاده", "سعاد",
    "سميره", "سهام", "سوسن", "شيماء", "عبير", "عزيزه", "عفاف", "فوزيه", "فاتن", "لمياء", "لينا",
    "مها", "ميساء", "ناديه", "نبيله", "نجاه", "نسرين", "نهي", "نهاد", "هاله", "هناء",
    "هيام", "وجدان", "وداد", "وفاء", "ياسمين", "جميله", "حنان", "خلود", "دعاء", "رحاب", "رقيه",
    "سحر", "سلوي", "سميه", "شهد", "صفاء", "عاليه", "علياء", "فدوي", "فريده", "لبني", "ماجده",
    "مرام", "مشاعل", "ملاك", "نادين", "نعيمه", "هاجر", "وئام", "بثينه", "بشري", "تهاني", "جواهر",
    "حليمه", "دلال", "ريهام", "زهره", "سناء", "شروق", "عائده", "عبله", "غدير",
    "فايزه", "كوثر", "لولوه", "مضاوي", "موضي", "نوف", "هتون", "اميره", "اميمه", "ابتسام", "ولاء",
    "توكل", "بيان", "مي", "انجيلا", "ماريا", "ماري", "جانيت", "هيلاري", "تيريزا", "كريستين",
    "كاثرين", "اليزابيث", "فيديريكا", "سامانثا", "نيكي", "ايما", "انا", "جوليا", "ليندا",
    "سوزان", "كارولين", "كلوديا", "باربرا", "جنيفر", "ميشيل", "نانسي", "كوندوليزا", "مارين",
    "كريستينا", "ايلين", "اليسون", "هيلين", "ماغي", "كيت", "لورا", "مادلين", "ديلما",
];

/// Masculine given names that end like feminine words (حمزة، أسامة) and common ones.
#[rustfmt::skip]
const MALE_NAMES: &[&str] = &[
    "حمزه", "اسامه", "طلحه", "عبيده", "معاويه", "عطيه", "خليفه", "عروه", "قتاده", "جمعه",
    "عقيله", "محمد", "احمد", "علي", "عمر", "خالد", "عبدالله", "عبدالعزيز", "عبدالرحمن", "سعود",
    "فهد", "سلطان", "سلمان", "فيصل", "ناصر", "سعد", "ابراهيم", "يوسف", "حسن", "حسين", "عثمان",
    "صالح", "ماجد", "طلال", "بندر", "تركي", "نايف", "منصور", "مصطفي", "محمود", "موسي", "عيسي",
    "يحيي", "زكريا", "جون", "جورج", "باراك", "فلاديمير", "ديفيد", "مايكل", "جيمس", "بيل",
];

/// Feminine nouns of people and offices, folded and without the article (ة as ه); read only
/// when the word is written with ة (الوزيرة، السيدة، زوجته is not one).
#[rustfmt::skip]
const FEMALE_NOUNS: &[&str] = &[
    "سيده", "الانسه", "وزيره", "اميره", "ملكه", "شيخه", "دكتوره", "مهندسه", "استاذه", "رئيسه",
    "مديره", "نائبه", "متحدثه", "ناطقه", "مسؤوله", "مستشاره", "سفيره", "مندوبه", "ممثله",
    "مغنيه", "فنانه", "كاتبه", "شاعره", "باحثه", "ناشطه", "اعلاميه", "صحفيه", "مذيعه", "طالبه",
    "معلمه", "مواطنه", "ممرضه", "طبيبه", "موظفه", "لاعبه", "مدربه", "زوجه", "ابنه", "والده",
    "فتاه", "طفله", "امراه", "ارمله", "عضوه", "منسقه", "مشرفه", "مؤسسه", "خبيره", "محاميه",
];

/// Masculine titles and offices, folded, without the article.
#[rustfmt::skip]
const MALE_TITLES: &[&str] = &[
    "ملك", "امير", "شيخ", "سيد", "دكتور", "مهندس", "استاذ", "لواء", "عميد", "عقيد", "فريق",
    "نقيب", "رائد", "مقدم", "وزير", "رئيس", "مدير", "نائب", "متحدث", "ناطق", "مسؤول",
    "مستشار", "سفير", "مندوب", "محافظ", "وكيل", "امين", "قائد", "مدرب", "لاعب", "مهاجم",
    "الرجل", "رجل", "الاب", "اب", "ابن", "والد", "زوج", "شقيق", "اخ",
];

/// Heads of organizations that are feminine (a feminine verb: وأوضحت الوزارة), folded,
/// without the article.
#[rustfmt::skip]
const FEM_BODIES: &[&str] = &[
    "وزاره", "حكومه", "شركه", "صحيفه", "وكاله", "قناه", "دراسه", "هيئه", "جامعه", "لجنه",
    "منظمه", "اداره", "رئاسه", "امانه", "نيابه", "محكمه", "بلديه", "جمعيه", "مؤسسه", "دائره",
    "شرطه", "سفاره", "قياده", "رابطه", "حركه", "جبهه", "جماعه", "سلطه", "مفوضيه", "مملكه",
    "دوله", "مجموعه", "عائله", "اسره", "وحده", "كليه", "مدرسه", "غرفه", "نقابه",
    "بعثه", "مديريه", "ولايه", "مجله", "اذاعه", "شبكه", "منصه",
];

/// Plurals of people (folded, without the article): a plural verb.
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "خبراء", "شهود", "سكان", "اهالي", "مسؤولو", "مسؤولي", "مختصو", "مختصي", "منظمو", "منظمي",
    "علماء", "اطباء", "قاده", "زعماء", "وزراء", "نواب", "اعضاء", "طلاب", "ذوو", "ذوي", "اقارب",
    "محللون", "ناشطون", "مراقبون", "متظاهرون", "معارضون", "مشاركون", "مواطنون", "دارسون",
    "باحثون", "محللين", "الناس", "عدد", "بعض", "معظم", "غالبيه", "كثير", "مسؤولون", "دبلوماسيون",
    "مسعفون", "مختصون", "نشطاء", "مسلحون", "زوار", "متحدثون", "محتجون", "عمال", "لاجئون",
    "صحفيون", "مراقبين", "مسؤولين", "ممثلو", "ممثلي",
    // Guards and notables (نظم حراس المسجد الأقصى اعتصاما، علماء وأعيان الأحساء).
    "حراس", "اعيان",
    // Groups of people (تنشط الفرق والمجموعات التطوعية …، مؤكدين أن).
    "فرق", "مجموعات", "لجان", "وفود", "فصائل", "جمعيات", "منظمات",
    // Crowds by their number (العشرات في محافظة النجف تظاهروا … وأكدوا أن، عشرات المتظاهرين).
    "عشرات", "مئات", "الاف",
];

/// Can the word `w` (normalized, as a token) head a plural subject of people: a plural of
/// [`PEOPLE`] (through و/ف and the article), a definite plural in ـون/ـين (المشاركون), an
/// indefinite one in ـون (معارضون), not a verb (يتوقعون)? `Some(construct)`: whether it
/// governs the next word (منظمو المهرجان، مختصي الاقتصاد، سكان القرية).
pub(super) fn people_head(w: &str) -> Option<bool> {
    let w = w
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 4)
        .unwrap_or(w);
    let r = w.strip_prefix("ال").unwrap_or(w);
    let definite = r.len() < w.len();
    if bits_of(r) & PEOPLE_BIT != 0 && !matches!(r, "عدد" | "بعض" | "معظم" | "غالبيه" | "كثير")
    {
        return Some(!definite && !r.ends_with("ون"));
    }
    let n = r.chars().count();
    let verb_like = r.starts_with(['ي', 'ت', 'ن']) && !definite;
    if !verb_like && n >= 5 && r.ends_with("ون") && (definite || n >= 6) {
        return Some(false);
    }
    (definite && n >= 6 && r.ends_with("ين")).then_some(false)
}

/// Plurals of things and bodies (folded, without the article): a feminine or a plural verb.
#[rustfmt::skip]
const THINGS: &[&str] = &["مصادر", "اوساط", "جهات", "دوائر", "تقارير", "وسائل", "انباء", "اخبار"];

const FEM_NAME: u8 = 1;
const MALE_NAME: u8 = 2;
const FEM_NOUN: u8 = 4;
const MALE_TITLE: u8 = 8;
const FEM_BODY: u8 = 16;
const PEOPLE_BIT: u8 = 32;
const THINGS_BIT: u8 = 64;

/// Every word of the lists with its bits: one hash lookup per word.
fn bits() -> &'static FxMap<&'static str, u8> {
    static M: std::sync::OnceLock<FxMap<&'static str, u8>> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let mut m = FxMap::default();
        let lists: [(&[&'static str], u8); 7] = [
            (FEMALE_NAMES, FEM_NAME),
            (MALE_NAMES, MALE_NAME),
            (FEMALE_NOUNS, FEM_NOUN),
            (MALE_TITLES, MALE_TITLE),
            (FEM_BODIES, FEM_BODY),
            (PEOPLE, PEOPLE_BIT),
            (THINGS, THINGS_BIT),
        ];
        for (list, bit) in lists {
            for &w in list {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        m
    })
}

/// The bits of the folded word `f`.
fn bits_of(f: &str) -> u8 {
    bits().get(f).copied().unwrap_or(0)
}

/// A word folded as the `match` normalization folds it (harakat and tatweel dropped, alef
/// forms, ى, ة; quotation marks and punctuation around it trimmed) into a buffer, by bytes
/// and without allocating; `None` if it is too long for one. Also: whether it is written
/// with ة (زوجته "his wife" is not زوجة).
fn folded<'b>(w: &str, buf: &'b mut [u8; 64]) -> Option<(&'b str, bool)> {
    let w = w.trim_matches(|c: char| {
        c.is_ascii_punctuation() || matches!(c, '«' | '»' | '“' | '”' | '،' | '؛' | '؟')
    });
    let b = w.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        // Arabic letters are two bytes: D8 or D9, then a second byte.
        let (c0, c1) = (b[i], b.get(i + 1).copied().unwrap_or(0));
        let step = match c0 {
            0..0x80 => 1,
            0xF0.. => 4,
            0xE0.. => 3,
            _ => 2,
        };
        let out: &[u8] = match (c0, c1) {
            // Harakat (U+064B–U+0652), tatweel (U+0640), superscript alef (U+0670).
            (0xD9, 0x8B..=0x92 | 0x80 | 0xB0) => &[],
            // أ إ آ ٱ → ا.
            (0xD8, 0xA2 | 0xA3 | 0xA5) | (0xD9, 0xB1) => &[0xD8, 0xA7],
            // ى → ي; ة → ه.
            (0xD9, 0x89) => &[0xD9, 0x8A],
            (0xD8, 0xA9) => &[0xD9, 0x87],
            _ => b.get(i..i + step)?,
        };
        buf.get_mut(n..n + out.len())?.copy_from_slice(out);
        n += out.len();
        i += step;
    }
    let f = std::str::from_utf8(&buf[..n]).ok()?;
    Some((f, w.ends_with('ة')))
}

/// The bits of folded `f` without the article, and without و/ف and the article.
fn bits_bare(f: &str) -> u8 {
    let bare = |w: &str| bits_of(w.strip_prefix("ال").unwrap_or(w));
    let with_clitic = f
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .map_or(0, bare);
    bare(f) | with_clitic
}

/// The gender a title or office word says: الوزيرة, السيدة → feminine; الوزير، الشيخ →
/// masculine.
fn of_title(w: &str) -> Gender {
    let mut buf = [0; 64];
    match folded(w, &mut buf) {
        Some((f, ta)) => of_title_folded(f, ta),
        None => Gender::Unknown,
    }
}

/// [`of_title`] of a word already folded (`ta`: written with ة).
fn of_title_folded(f: &str, ta: bool) -> Gender {
    let b = bits_bare(f);
    if ta && b & FEM_NOUN != 0 {
        Gender::Fem
    } else if b & MALE_TITLE != 0 {
        Gender::Masc
    } else {
        Gender::Unknown
    }
}

/// The gender a name's words say: a given name of the lists, بن/ابن/أبو/عبد in it (a man's
/// name), بنت/أم (a woman's).
fn of_name_words(name: &str) -> Gender {
    let mut words = name.split_whitespace();
    let Some(first) = words.next() else {
        return Gender::Unknown;
    };
    let mut buf = [0; 64];
    of_name_folded(folded(first, &mut buf).map(|(f, _)| f), words)
}

/// [`of_name_words`] of a name whose first word is folded (`None`: too long to fold) and
/// whose other words are `words`.
fn of_name_folded<'a>(first: Option<&str>, words: impl Iterator<Item = &'a str>) -> Gender {
    if let Some(f) = first {
        let b = bits_of(f);
        if b & FEM_NAME != 0 || matches!(f, "ام" | "بنت") {
            return Gender::Fem;
        }
        if b & MALE_NAME != 0 || f.starts_with("عبد") || f == "ابو" {
            return Gender::Masc;
        }
    }
    for w in words {
        match w {
            "بن" | "ابن" | "ابو" | "أبو" | "عبد" => return Gender::Masc,
            "بنت" => return Gender::Fem,
            _ => {}
        }
    }
    Gender::Unknown
}

/// The gender of a person named at byte `start` of `text` as `name`: a title in the two words
/// before it, else the name's own words.
pub(super) fn of_person(text: &str, start: usize, name: &str) -> Gender {
    let mut lo = start.saturating_sub(80);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    for w in text[lo..start].split_whitespace().rev().take(2) {
        let g = of_title(w);
        if g != Gender::Unknown {
            return g;
        }
    }
    of_name_words(name)
}

/// [`of_speaker`] through a per-thread memo: the carry reads the same earlier speakers again
/// for every verb without a subject of a document (bounded: cleared at 1,024 speakers).
pub(super) fn of_speaker_memo(arabic: &str) -> Gender {
    use std::cell::RefCell;
    thread_local! {
        static MEMO: RefCell<FxMap<Box<str>, Gender>> = RefCell::new(FxMap::default());
    }
    MEMO.with(|m| {
        if let Some(&g) = m.borrow().get(arabic) {
            return g;
        }
        let g = of_speaker(arabic);
        let mut m = m.borrow_mut();
        if m.len() >= 1024 {
            m.clear();
        }
        m.insert(arabic.into(), g);
        g
    })
}

/// The gender of a carried speaker as written (`speaker_arabic`): a title or office first
/// (المتحدثة باسم …، وزير الخارجية), a name, an organization's head (وزارة الصحة), a plural
/// (منظمو المهرجان، المصادر).
pub(super) fn of_speaker(arabic: &str) -> Gender {
    let mut words = arabic.split_whitespace();
    let Some(first) = words.next() else {
        return Gender::Unknown;
    };
    // The first word is folded once for the title, the name and the head.
    let mut buf = [0; 64];
    let Some((f, ta)) = folded(first, &mut buf) else {
        return of_name_folded(None, words);
    };
    let g = of_title_folded(f, ta);
    if g != Gender::Unknown {
        return g;
    }
    let g = of_name_folded(Some(f), words);
    if g != Gender::Unknown {
        return g;
    }
    let r = f.strip_prefix("ال").unwrap_or(f);
    let b = bits_of(r);
    if b & PEOPLE_BIT != 0 {
        return Gender::Plural;
    }
    if b & THINGS_BIT != 0 || (r.ends_with("ات") && r.chars().count() >= 5) {
        return Gender::Things;
    }
    if (ta && b & FEM_BODY != 0) || r == "امم" {
        return Gender::Fem;
    }
    // المسؤولون، المشاركين, متظاهرون: a plural (not تومسون or حسين, names).
    let definite = f.len() > r.len();
    let plural = r.ends_with("ون") || (definite && r.ends_with("ين"));
    if plural && r.chars().count() >= 6 && (definite || !crate::extract::persons::is_name(r)) {
        return Gender::Plural;
    }
    Gender::Unknown
}
