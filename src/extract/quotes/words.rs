//! The word lists of the speaker rules (agencies, sources, words that show no subject,
//! subject and office nouns, barriers) and one hash lookup for the lists a word is in
//! ([`word_bits`]), instead of a scan of each list per proclitic split.

use crate::extract::FxMap;

/// News agencies, channels and papers: the source of words, not their speaker.
#[rustfmt::skip]
pub(super) const AGENCIES: &[&str] = &[
    "رويترز", "واس", "برس", "الفرنسيه", "الانباء", "الاناضول", "اسوشيتد", "كونا", "سانا", "ارنا",
    "نوفوستي", "انترفاكس", "تاس", "بلومبرغ", "بلومبيرغ", "الصحيفه", "صحيفه", "وكاله", "قناه",
    "التلفزيون", "تلفزيون", "الاذاعه", "شبكه",
];

/// Common sources: `(word, english)`.
pub(super) const SOURCES: &[(&str, &str)] = &[
    ("البيان", "the statement"),
    ("بيان", "a statement"),
    ("المصدر", "the source"),
    ("مصدر", "a source"),
    ("التقرير", "the report"),
    ("المنظمه", "the organization"),
    ("الوزاره", "the ministry"),
    ("المفوضيه", "the commission"),
    ("الوزير", "the minister"),
    ("الحكومه", "the government"),
    ("الجيش", "the army"),
    ("اللجنه", "the committee"),
    ("البنك", "the bank"),
    ("المصادر", "the sources"),
    ("الحركه", "the movement"),
    ("مصادر", "sources"),
];

/// Words right after a speech verb that show it has no subject of its own: وقال خلال مؤتمر
/// صحفي …، وأضاف في تصريح …
#[rustfmt::skip]
pub(super) const NO_SUBJECT: &[&str] = &[
    "خلال", "في", "بعد", "عقب", "امس", "اليوم", "للصحفيين", "لوسائل", "للصحيفه", "لصحيفه", "لقناه",
    "لوكاله", "ل", "امام", "عن", "انذاك", "حينها", "ايضا", "كذلك", "مساء", "صباح", "مخاطبا",
    "فيه", "فيها", "خلاله", "خلالها", "سموه", "له", "لها", "لهم", "لك", "لنا", "منه", "عنه", "عنها", "عنهم", "انه",
    "انها", "بدوره", "بدورها", "من", "ان", "معاليه", "فضيلته",
    // "His name" ends a source's veil (مسؤول، طلب عدم ذكر اسمه، إن …; وكيل ملاحي تحفظ على ذكر
    // اسمه، أن …): never the speaker, though the name data spells اسمه as Esme.
    "اسمه", "اسمها", "اسمهم", "اسمهما",
];

/// Indefinite nouns that are subjects of speech verbs (وقال مسؤول إن): the first word of a
/// subject without a fact must be definite or one of these.
#[rustfmt::skip]
pub(super) const SUBJECT_NOUNS: &[&str] = &[
    "مسؤول", "مسؤوله", "مصدر", "مصادر", "بيان", "شهود", "شاهد", "تقرير", "متحدث", "ناطق",
    "مسؤولون", "خبراء", "خبير", "محللون", "محلل", "مراقبون", "سكان", "ناشطون", "ناشط", "مسعفون",
    "طبيب", "ضابط", "موظف", "مواطن", "مواطنون", "دبلوماسي", "دبلوماسيون", "وزير",
    "رئيس", "مدير", "نائب", "عضو", "اعضاء", "قائد", "مستشار", "محافظ", "امين", "وكيل", "مختصون",
    "مختص", "باحث", "باحثون", "دراسه", "وزاره", "وكاله", "صحيفه", "قناه", "منظمه", "هيئه",
    "مكتب", "اداره", "مدرب", "مهاجم", "لاعب", "مساعد", "سفير", "مندوب",
    // Papers, sites, documents and figures that "say" (وأفاد موقع "السورية نت" أن، ذكرت سجلات
    // إدارة الإصلاحيات أن، تقول نتيجة استطلاع إن، أشارت بعض وسائل الإعلام إلى أن): heads of
    // the subject the speaker's English table reads (`english::WORDS`).
    "مجله", "جريده", "صحف", "موقع", "مواقع", "دراسات", "تقارير", "استطلاع", "نتيجه", "نتائج",
    "ارقام", "احصاءات", "احصائيات", "سجلات", "وثائق", "اراء", "وسائل", "اوساط", "جهات", "جهاز",
    // Pages of social media that "say" (أشارت صفحات موالية للنظام … إلى أن).
    "صفحات",
    // Groups and people in the plural (البعض يرى أن، أكد علماء أن).
    "بعض", "معظم", "غالبيه", "علماء", "اطباء", "طلاب", "عمال", "متظاهرون", "مسلحون", "اهالي",
    "زوار", "مستثمرون", "مستهلكون", "مشاركون", "اكاديميون", "اقتصاديون", "منظمون",
];

/// Nouns for a person's office: after one, the person named in the subject is the speaker
/// rather than the organization of the title (المتحدث باسم الوزارة فلان). Without the article.
#[rustfmt::skip]
pub(super) const PERSON_NOUNS: &[&str] = &[
    "مسؤول", "متحدث", "ناطق", "وزير", "رئيس", "مدير", "نائب", "عضو", "قائد", "مستشار", "محافظ",
    "امين", "وكيل", "مساعد", "سفير", "مندوب", "مدرب", "مهاجم", "لاعب", "منسق", "ممثل", "مفوض",
    "كاتب", "استاذ", "خبير", "باحث", "محلل", "مختص",
    // Writers and critics as the subject of a review (ويرى المؤلف أن).
    "مؤلف", "مؤرخ", "ناقد", "شاعر", "روائي", "مخرج",
    // Offices of a programme, a clinic, a faculty or a mosque (المشرف العام على فرع الجمعية،
    // استشاري علم الاجتماع، عميد كلية، خطيب المسجد).
    "مشرف", "استشاري", "اخصائي", "عميد", "خطيب", "مفتي",
];

/// Words a subject does not come after: وقال بعد لقائه الرئيس …
pub(super) const BARRIERS: &[&str] = &[
    "بعد", "خلال", "مع", "عن", "في", "امام", "الي", "لدي", "عقب", "قبل",
    // عن and من joined to ما/من (وسئل مسؤول فرنسي عما إذا …): a subject ends before them.
    "عما", "عمن", "مما", "ممن",
];

/// Bits of [`word_bits`]: the lists a word is in.
pub(super) const SUBJECT_NOUN: u8 = 1;
pub(super) const PERSON_NOUN: u8 = 2;
pub(super) const SOURCE_WORD: u8 = 4;
pub(super) const NO_SUBJECT_WORD: u8 = 8;
pub(super) const AGENCY: u8 = 16;

/// The lists of [`SUBJECT_NOUNS`], [`PERSON_NOUNS`], [`SOURCES`], [`NO_SUBJECT`] and
/// [`AGENCIES`] that the word `w` is in, as bits: one hash lookup instead of a scan of each.
pub(super) fn word_bits(w: &str) -> u8 {
    static M: std::sync::OnceLock<FxMap<&'static str, u8>> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let mut m = FxMap::default();
        let lists: [(&[&'static str], u8); 4] = [
            (SUBJECT_NOUNS, SUBJECT_NOUN),
            (PERSON_NOUNS, PERSON_NOUN),
            (NO_SUBJECT, NO_SUBJECT_WORD),
            (AGENCIES, AGENCY),
        ];
        for (list, bit) in lists {
            for &w in list {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        for &(w, _) in SOURCES {
            *m.entry(w).or_insert(0) |= SOURCE_WORD;
        }
        m
    })
    .get(w)
    .copied()
    .unwrap_or(0)
}

/// Is `w` one of [`NO_SUBJECT`]?
pub(super) fn no_subject(w: &str) -> bool {
    word_bits(w) & NO_SUBJECT_WORD != 0
}

/// Is `w` one of [`AGENCIES`]?
pub(super) fn agency(w: &str) -> bool {
    word_bits(w) & AGENCY != 0
}

/// Is `w` a noun that is the subject of speech verbs without being a name (مسؤول، مصادر)?
pub(crate) fn is_subject_noun(w: &str) -> bool {
    word_bits(w) & (SUBJECT_NOUN | SOURCE_WORD) != 0
}
