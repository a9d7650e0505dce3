//! English for a speaker that the rules name only in Arabic words: a name the person rules
//! did not take (الغامدي، بن برنانكي), a title before a name (المهندس المريشد) or a noun
//! phrase (رئيس اللجنة، مسؤول عراقي، أحد المشاركين، مدرب جامايكا الألماني).
//!
//! **In:** a sentence and the token range of the speaker. **Out:** the English, or `None` when
//! a word of the phrase has no English here; the caller keeps the Arabic then.
//!
//! A phrase is read the way Arabic builds it: a head noun, the adjectives that follow and agree
//! with it, then a genitive (idafa) chain. English puts the adjectives before their noun and the
//! genitive after "of" (a genitive with ل… after "for"): مسؤول محلي يمني → "a Yemeni local
//! official"; رئيس لجنة الآثار reads "the head of the committee of antiquities" (a field such as
//! antiquities, health or planning takes no "the"): literal, not idiomatic. An adjective
//! after a genitive name agrees with the head (مدرب جامايكا الألماني → "the German coach of
//! Jamaica"). أحد/إحدى X → "one of the X", عدد من X → "a number of X", بعض X → "some X",
//! معظم/غالبية X → "most of the X".
//! Two words that are one English noun are read as one (هيئتا تحرير "the two editorial boards",
//! رياض الأطفال "kindergartens", جهاز المخابرات "the intelligence service": `COMPOUNDS`);
//! علماء are "scholars" beside a word of religion or notables (علماء وأعيان), else
//! "scientists"; a kin noun governs a name (عائلة بوبي "the family of Bobby"); على is never the
//! name Ali; a title before a name the rules cannot read is the title and the name spelled
//! (الدكتور الخياط → "Dr. Al-Khayat", not "the Dr.": [`title_and_name`]).
//! A present speech verb agrees with a plural speaker ([`agree`]: يرى محللون → "analysts
//! believe").
//!
//! Words come from the glossary when one of its terms covers them (names, nationalities,
//! titles, terms), else from [`WORDS`] (the nouns and adjectives news uses for sources),
//! else, for a word that is no common Arabic word or is a name of the name lexicon, from the
//! transliterator (a run of such words is one name).

use super::{FxMap, Sent};
use crate::extract::persons;
use crate::glossary::{Category, Matcher};
use crate::normalize;

/// What a word is in a phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A common noun, singular (takes "a"/"the").
    Noun,
    /// A common noun, plural (takes no article when indefinite).
    Plural,
    /// An adjective: goes before its noun.
    Adj,
    /// A name: no article.
    Name,
}

use Role::{Adj, Name, Noun, Plural};

/// Speaker nouns and adjectives without the article, `match`-folded (ة → ه, ى → ي, أ/إ/آ → ا).
#[rustfmt::skip]
const WORDS: &[(&str, &str, Role)] = &[
    // Pronoun-like subjects: وأضاف آخر، وقال معظمهم (a name role: no article).
    ("اخر", "another", Name), ("اخري", "another", Name), ("معظمهم", "most of them", Name),
    ("بعضهم", "some of them", Name), ("احدهم", "one of them", Name),
    ("اغلبهم", "most of them", Name), ("كلاهما", "both", Name),
    // People and offices.
    ("مسؤول", "official", Noun), ("مسؤوله", "official", Noun), ("مسؤولون", "officials", Plural),
    ("مسؤولين", "officials", Plural), ("مصدر", "source", Noun), ("مصادر", "sources", Plural),
    ("شاهد", "witness", Noun), ("شهود", "witnesses", Plural), ("متحدث", "spokesman", Noun),
    ("متحدثه", "spokeswoman", Noun), ("متحدثون", "speakers", Plural), ("ناطق", "spokesman", Noun),
    ("خبير", "expert", Noun), ("خبيره", "expert", Noun), ("خبراء", "experts", Plural),
    ("محلل", "analyst", Noun), ("محللون", "analysts", Plural), ("محللين", "analysts", Plural),
    ("مراقب", "observer", Noun), ("مراقبون", "observers", Plural), ("سكان", "residents", Plural),
    ("ناشط", "activist", Noun), ("ناشطه", "activist", Noun), ("ناشطون", "activists", Plural),
    ("ناشطين", "activists", Plural), ("مسعفون", "paramedics", Plural), ("طبيب", "doctor", Noun),
    // السيدة alone (هكذا تجسد السيدة «س.ن»): "the lady", not a spelled "Al-Sayedeh".
    ("سيده", "lady", Noun),
    ("طبيبه", "doctor", Noun), ("اطباء", "doctors", Plural), ("ضابط", "officer", Noun),
    ("ضباط", "officers", Plural), ("موظف", "employee", Noun), ("موظفون", "employees", Plural),
    ("مواطن", "citizen", Noun), ("مواطنه", "citizen", Noun), ("مواطنون", "citizens", Plural),
    ("دبلوماسي", "diplomat", Noun), ("دبلوماسيون", "diplomats", Plural), ("وزير", "minister", Noun),
    ("وزيره", "minister", Noun), ("رئيس", "head", Noun), ("رئيسه", "head", Noun),
    ("مدير", "director", Noun), ("مديره", "director", Noun), ("نائب", "deputy", Noun),
    ("عضو", "member", Noun), ("اعضاء", "members", Plural), ("قائد", "commander", Noun),
    ("مستشار", "adviser", Noun), ("محافظ", "governor", Noun),
    ("حاكم", "governor", Noun), ("ولايه", "state", Noun), ("امين", "secretary", Noun),
    ("وكيل", "deputy", Noun), ("مختص", "specialist", Noun), ("مختصون", "specialists", Plural),
    ("باحث", "researcher", Noun), ("باحثه", "researcher", Noun), ("باحثون", "researchers", Plural),
    ("باحثين", "researchers", Plural), ("مدرب", "coach", Noun), ("مهاجم", "striker", Noun),
    ("لاعب", "player", Noun), ("لاعبون", "players", Plural), ("مساعد", "assistant", Noun),
    ("سفير", "ambassador", Noun), ("مندوب", "envoy", Noun), ("مهندس", "engineer", Noun),
    ("محامي", "lawyer", Noun), ("محام", "lawyer", Noun), ("محامون", "lawyers", Plural),
    ("محاميان", "lawyers", Plural), ("مشرف", "supervisor", Noun), ("مصمم", "designer", Noun),
    ("مصممه", "designer", Noun), ("صحافي", "journalist", Noun), ("صحفي", "journalist", Noun),
    ("صحافيين", "journalists", Plural), ("صحفيين", "journalists", Plural),
    ("صحافيون", "journalists", Plural), ("زميل", "colleague", Noun), ("شاب", "young man", Noun),
    ("رجل", "man", Noun), ("امراه", "woman", Noun), ("مستثمرون", "investors", Plural),
    ("مستهلكون", "consumers", Plural), ("معارضون", "opposition figures", Plural),
    ("مسافرون", "travellers", Plural), ("مشاركين", "participants", Plural),
    ("مشاركون", "participants", Plural), ("مختطفين", "abductees", Plural),
    ("باعه", "vendors", Plural), ("اهالي", "residents", Plural), ("افراد", "members", Plural),
    ("متضررين", "people affected", Plural), ("معارف", "acquaintances", Plural),
    ("مسؤولي", "officials", Plural), ("ملحق", "attaché", Noun), ("محررون", "editors", Plural),
    ("علماء", "scientists", Plural), ("معلمون", "teachers", Plural),
    ("طلاب", "students", Plural), ("عمال", "workers", Plural), ("مزارعون", "farmers", Plural),
    ("تجار", "traders", Plural), ("سياح", "tourists", Plural), ("حجاج", "pilgrims", Plural),
    ("متظاهرون", "protesters", Plural), ("مسلحون", "gunmen", Plural), ("جنود", "soldiers", Plural),
    ("اقارب", "relatives", Plural), ("عائله", "family", Noun), ("اسره", "family", Noun),
    ("والد", "father", Noun), ("والده", "mother", Noun), ("شقيق", "brother", Noun),
    ("شقيقه", "sister", Noun), ("زوج", "husband", Noun), ("زوجه", "wife", Noun),
    ("مؤرخ", "historian", Noun), ("مؤرخون", "historians", Plural),
    ("سجين", "prisoner", Noun), ("سجناء", "prisoners", Plural), ("فرق", "teams", Plural),
    ("مجموعات", "groups", Plural), ("لجان", "committees", Plural), ("وفود", "delegations", Plural),
    ("فصائل", "factions", Plural), ("جمعيات", "associations", Plural),
    ("منظمات", "organizations", Plural),
    // Bodies and documents.
    ("وزاره", "ministry", Noun), ("وكاله", "agency", Noun), ("صحيفه", "newspaper", Noun),
    ("قناه", "channel", Noun), ("منظمه", "organization", Noun), ("هيئه", "authority", Noun),
    ("مكتب", "office", Noun), ("اداره", "department", Noun), ("مركز", "center", Noun),
    ("شركه", "company", Noun), ("جامعه", "university", Noun), ("لجنه", "committee", Noun),
    ("اتحاد", "federation", Noun), ("مجمع", "complex", Noun), ("مرصد", "observatory", Noun),
    ("حلف", "alliance", Noun), ("ائتلاف", "coalition", Noun), ("نقابه", "union", Noun),
    ("جمعيه", "association", Noun), ("فرع", "branch", Noun), ("قسم", "department", Noun),
    ("جماعه", "group", Noun), ("مجموعه", "group", Noun), ("رابطه", "league", Noun),
    ("سلطه", "authority", Noun), ("صندوق", "fund", Noun), ("كتائب", "brigades", Plural),
    ("برنامج", "program", Noun), ("حمله", "campaign", Noun), ("مكتبه", "library", Noun),
    ("كليه", "college", Noun), ("بنك", "bank", Noun), ("مجلس", "council", Noun),
    ("محكمه", "court", Noun), ("حكومه", "government", Noun), ("جيش", "army", Noun),
    ("شرطه", "police", Noun), ("بلديه", "municipality", Noun), ("امانه", "municipality", Noun),
    ("مستشفي", "hospital", Noun), ("موقع", "website", Noun), ("تقرير", "report", Noun),
    ("تقارير", "reports", Plural), ("بيان", "statement", Noun), ("استطلاع", "survey", Noun),
    ("نشره", "bulletin", Noun), ("دراسه", "study", Noun), ("دراسات", "studies", Plural),
    ("احصاءات", "statistics", Plural), ("تقديرات", "estimates", Plural), ("تعميم", "circular", Noun),
    ("نص", "text", Noun), ("مذكره", "memo", Noun), ("رساله", "letter", Noun),
    ("دار", "house", Noun), ("نشر", "publishing", Noun), ("مؤسسه", "foundation", Noun),
    ("معهد", "institute", Noun), ("بحثي", "research", Adj), ("بحثيه", "research", Adj),
    // What bodies are about.
    ("شؤون", "affairs", Plural), ("مياه", "water", Noun), ("طاقه", "energy", Noun),
    ("معلومات", "information", Noun), ("طيران", "aviation", Noun), ("سياحه", "tourism", Noun),
    ("اثار", "antiquities", Plural), ("مهن", "professions", Plural), ("تخطيط", "planning", Noun),
    ("حجوزات", "reservations", Plural), ("حجز", "booking", Noun), ("تقييس", "standards", Noun),
    ("استثمار", "investment", Noun), ("قانون", "law", Noun), ("مشروعات", "projects", Plural),
    ("مشاريع", "projects", Plural), ("اعلام", "media", Noun), ("تعليم", "education", Noun),
    ("صحه", "health", Noun), ("دفاع", "defense", Noun), ("داخليه", "interior", Noun),
    ("خارجيه", "foreign affairs", Noun), ("طوارئ", "emergencies", Plural),
    ("طواريء", "emergencies", Plural),
    ("طوارئ", "emergencies", Plural), ("لياقه", "fitness", Noun), ("منطقه", "region", Noun),
    ("محافظه", "governorate", Noun), ("قري", "villages", Plural), ("قريه", "village", Noun),
    ("مدينه", "city", Noun), ("دوله", "state", Noun), ("دول", "countries", Plural),
    // Adjectives.
    ("علمي", "scientific", Adj), ("علميه", "scientific", Adj), ("جديد", "new", Adj),
    ("جديده", "new", Adj), ("صحي", "health", Adj), ("صحيه", "health", Adj),
    ("احصائي", "statistical", Adj), ("دولي", "international", Adj), ("دوليه", "international", Adj),
    ("وطني", "national", Adj), ("وطنيه", "national", Adj), ("محلي", "local", Adj),
    ("محليه", "local", Adj), ("عام", "general", Adj), ("عامه", "general", Adj),
    ("رسمي", "official", Adj), ("رسميه", "official", Adj), ("عالمي", "global", Adj),
    ("عالميه", "global", Adj), ("ثقافي", "cultural", Adj), ("اقليمي", "regional", Adj),
    ("وزاري", "ministerial", Adj), ("اعلامي", "media", Adj), ("امني", "security", Adj),
    ("امنيه", "security", Adj), ("عسكري", "military", Adj), ("عسكريه", "military", Adj),
    ("سياسي", "political", Adj), ("كبير", "senior", Adj), ("كبار", "senior", Adj),
    ("رفيع", "senior", Adj), ("سابق", "former", Adj), ("سابقه", "former", Adj),
    ("مطلعون", "informed", Adj), ("مطلع", "informed", Adj), ("بارز", "prominent", Adj),
    ("بالغ", "adult", Adj), ("فيدرالي", "federal", Adj), ("فيدراليه", "federal", Adj),
    ("فيدراليين", "federal", Adj), ("فيدراليون", "federal", Adj), ("فدرالي", "federal", Adj),
    ("ملاحي", "shipping", Adj), ("ملاحيه", "shipping", Adj), ("ملاحيون", "shipping", Adj),
    // Heads of phrases the fallback reads (articles of a law, apps, statistics, writers).
    ("ماده", "article", Noun), ("تطبيقات", "apps", Plural), ("احصائيات", "statistics", Plural),
    ("فلسطينيين", "Palestinians", Plural), ("فلسطينيون", "Palestinians", Plural),
    ("تكهنات", "speculation", Noun), ("دائره", "department", Noun), ("علاقات", "relations", Plural),
    ("تنظيم", "organization", Noun), ("استاذ", "professor", Noun), ("قياده", "command", Noun),
    ("عمليات", "operations", Plural), ("تعريف", "definition", Noun), ("سلف", "predecessors", Plural),
    ("اخيره", "latter", Noun), ("اخير", "latter", Noun), ("جميع", "everyone", Name),
    ("كاتب", "writer", Noun), ("مخرج", "director", Noun), ("مخرجه", "director", Noun),
    ("مطوفه", "pilgrims' guide", Noun), ("مخترق", "hacker", Noun), ("غذاء", "food", Noun),
    ("دواء", "medicine", Noun), ("اخبار", "news", Noun), ("مختصو", "specialists", Plural),
    ("مختصي", "specialists", Plural), ("اقتصاد", "economy", Noun), ("مؤلف", "author", Noun),
    ("ناقد", "critic", Noun), ("شاعر", "poet", Noun), ("روائي", "novelist", Noun),
    ("جهاز", "agency", Noun), ("مركزي", "central", Adj), ("مركزيه", "central", Adj),
    // Papers, documents and groups of `words::SUBJECT_NOUNS` (ذكرت سجلات …، بعض وسائل الإعلام).
    ("مجله", "magazine", Noun), ("جريده", "newspaper", Noun), ("صحف", "newspapers", Plural),
    ("مواقع", "websites", Plural), ("نتيجه", "result", Noun), ("نتائج", "results", Plural),
    ("ارقام", "figures", Plural), ("سجلات", "records", Plural), ("وثائق", "documents", Plural),
    ("اراء", "views", Plural), ("وسائل", "outlets", Plural), ("اوساط", "circles", Plural),
    ("جهات", "bodies", Plural), ("زوار", "visitors", Plural), ("حراس", "guards", Plural),
    ("اعيان", "notables", Plural), ("اعلاميون", "media figures", Plural), ("اكاديميون", "academics", Plural),
    ("اقتصاديون", "economists", Plural), ("منظمون", "organizers", Plural),
    ("صفحات", "pages", Plural),
    // Session 25: leaders (one of the leaders of Israel), the construct plural of organizers
    // (منظمو المدينة), experts assigned to a task (الخبراء المكلفون), the fatwa office (فرع
    // الإفتاء), scholars' own word (see `SCHOLARS`).
    ("زعماء", "leaders", Plural), ("منظمو", "organizers", Plural), ("منظمي", "organizers", Plural),
    ("مكلفون", "assigned", Adj), ("مكلفين", "assigned", Adj), ("مكلف", "assigned", Adj),
    ("افتاء", "fatwa", Noun),
];

/// Two words that are one noun in English, the first `match`-folded without the article, the
/// second without و and the article: هيئتا تحرير "the two editorial boards" (not "two
/// authorities"), إدارة رياض الأطفال "the department of kindergartens", جهاز المخابرات "the
/// intelligence service", الغذاء والدواء (the food and drug authority, shortened).
#[rustfmt::skip]
const COMPOUNDS: &[(&str, &str, &str, Role)] = &[
    ("هيئه", "تحرير", "editorial board", Noun), ("هيئتا", "تحرير", "two editorial boards", Plural),
    ("هيئتي", "تحرير", "two editorial boards", Plural), ("رياض", "اطفال", "kindergartens", Plural),
    ("جهاز", "مخابرات", "intelligence service", Noun),
    ("غذاء", "دواء", "food and drug authority", Noun),
];

/// علماء is "scientists" (علماء وكالة الفضاء) but "scholars" beside a word of religion or of
/// notables (علماء وأعيان شيعة من محافظة الأحساء, a telegram of religious figures): any of
/// these words in the phrase, folded, without و and the article.
const SCHOLARS: &[&str] = &[
    "اعيان",
    "دين",
    "شريعه",
    "مسلمين",
    "شيعه",
    "سنه",
    "امه",
    "مشايخ",
    "دعاه",
    "فقه",
];

/// Fields and mass nouns: a genitive without "the" (the ministry of health).
const FIELDS: &[&str] = &[
    "planning",
    "publishing",
    "media",
    "tourism",
    "aviation",
    "energy",
    "information",
    "health",
    "fitness",
    "emergencies",
    "water",
    "education",
    "defense",
    "investment",
    "antiquities",
    "standards",
    "fatwa",
];

/// The English of the speaker at tokens `from..to` of a sentence, or `None`.
pub(super) fn render(sent: &Sent, from: usize, to: usize) -> Option<String> {
    render_words(&sentence_words(sent, from, to)?)
}

/// The English of a speaker written `arabic` that is not in the current sentence (carried
/// from earlier text), its glossary terms found by `matcher`; or `None`.
pub(super) fn render_text(matcher: &Matcher, arabic: &str) -> Option<String> {
    if arabic.contains(['\n', '\t']) || arabic.split(' ').count() > 8 {
        return None;
    }
    render_words(&text_words(matcher, arabic))
}

/// The English of a speaker phrase neither [`render`] nor [`render_text`] could put in
/// English, so that no Arabic is left in the English column: a demonstrative and its noun
/// (هذه الدول الثلاث → "these countries"); else the longest start of the phrase that renders
/// (أستاذ علم الاجتماع → "a professor", دائرة العلاقات → "the department"); else, for a
/// phrase of up to four words, the words spelled as a name (الخلف → "al-Khalaf", a family
/// name the person rules missed). `None` only when the transliterator gives nothing.
pub(super) fn fallback(matcher: &Matcher, arabic: &str) -> Option<String> {
    let words = text_words(matcher, arabic);
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    // هذه الدول الثلاث، تلك الإحصائيات، هذا المصدر.
    let demonstrative = match &*words[0].w {
        "هذا" | "هذه" | "ذلك" | "تلك" | "هؤلاء" => Some(&*words[0].w),
        _ => None,
    };
    if let Some(d) = demonstrative {
        for n in (2..=words.len()).rev() {
            if let Some(units) = units(&words[1..n]) {
                let plural =
                    units.first().is_some_and(|u| u.role == Plural) || words[1].w.ends_with("ات");
                let near = matches!(d, "هذا" | "هذه" | "هؤلاء");
                let det = match (near, plural || d == "هؤلاء") {
                    (true, true) => "these",
                    (true, false) => "this",
                    (false, true) => "those",
                    (false, false) => "that",
                };
                if let Some(p) = phrase(&units, false) {
                    let p = p.strip_prefix("the ").unwrap_or(&p);
                    return Some(format!("{det} {p}"));
                }
            }
        }
    }
    if let Some(en) = titled_name(&words) {
        return Some(en);
    }
    // The longest start that renders: the head noun and what of its genitive is known. A
    // head cut from its genitive was definite (رئيس ميدان الحوراء → "the head").
    for n in (1..words.len()).rev() {
        if let Some(en) = render_words(&words[..n]) {
            let cut = en
                .strip_prefix("a ")
                .or_else(|| en.strip_prefix("an "))
                .filter(|_| !words[n].w.starts_with('و'));
            return Some(cut.map_or(en.clone(), |rest| format!("the {rest}")));
        }
    }
    // A name the person rules missed (a family name alone, a foreign name): spelled.
    if words.len() <= 4 {
        return crate::extract::persons::transliterate(arabic).map(|t| t.0);
    }
    None
}

/// The English of a speaker written `arabic`, a title and a name the rules cannot read
/// (الدكتور الخياط: the word is "tailor"; المهندس حابس): "Dr. Al-Khayyat", not the title alone
/// ("the Dr."); or `None`.
pub(super) fn title_and_name(matcher: &Matcher, arabic: &str) -> Option<String> {
    titled_name(&text_words(matcher, arabic))
}

/// [`title_and_name`] of words: a title of [`title`], then one to three words that are no
/// glossary term, no word of [`WORDS`] and no particle, spelled as one name.
fn titled_name(words: &[Word]) -> Option<String> {
    let title = title(&words.first()?.w)?;
    let name = &words[1..];
    let plain = |x: &Word| {
        x.term.is_none()
            && !matches!(
                &*x.w,
                "علي" | "في" | "من" | "عن" | "الي" | "ال" | "بن" | "امس"
            )
            && word(x.w.strip_prefix("ال").unwrap_or(&x.w)).is_none()
    };
    if !(1..=3).contains(&name.len()) || !name.iter().all(plain) {
        return None;
    }
    let surface: Vec<&str> = name.iter().map(|x| x.surface).collect();
    let (en, _, _) = crate::extract::persons::transliterate(&surface.join(" "))?;
    Some(format!("{title} {en}"))
}

/// The English of a title that goes before a name (folded, with or without the article).
fn title(w: &str) -> Option<&'static str> {
    Some(match w.strip_prefix("ال").unwrap_or(w) {
        "دكتور" | "دكتوره" => "Dr.",
        "مهندس" | "مهندسه" => "engineer",
        "شيخ" => "Sheikh",
        _ => return None,
    })
}

fn render_words(words: &[Word]) -> Option<String> {
    render_words_in(words, words)
}

/// [`render_words`] of a part of the phrase `whole` (one side of و): the whole phrase says
/// whether علماء are scholars ([`SCHOLARS`]).
fn render_words_in(words: &[Word], whole: &[Word]) -> Option<String> {
    // الأطباء والمسؤولون الفيدراليون: two subjects joined by و are two phrases, "the doctors
    // and the federal officials", not a genitive ("the doctors of the officials").
    if let Some((left, right)) = conjoined(words, whole) {
        return Some(format!("{left} and {right}"));
    }
    // البعض، كثيرون: a pronoun of a group.
    if words.len() == 1 {
        if let Some(en) = match &*words[0].w {
            "البعض" => Some("some"),
            "كثيرون" | "الكثير" | "الكثيرون" => Some("many"),
            _ => None,
        } {
            return Some(en.to_string());
        }
    }
    if let Some(en) = ordinal(words) {
        return Some(en);
    }
    let units = units_in(words, whole)?;
    let (first, rest) = units.split_first()?;
    // أحد المشاركين، عدد من المتضررين، بعض المصادر.
    // One of a definite group keeps its article (أحد المشاركين → "one of the participants");
    // "a number of" and "some" take none.
    let lead = match (first.en.as_str(), rest.first()) {
        ("one of", Some(_)) => Some(("one of ", true)),
        ("a number of", Some(_)) => Some(("a number of ", false)),
        ("some", Some(_)) => Some(("some ", false)),
        ("most of", Some(_)) => Some(("most of ", true)),
        _ => None,
    };
    if let Some((lead, keep)) = lead {
        let mut rest = rest.to_vec();
        rest[0].def = keep;
        return Some(format!("{lead}{}", phrase(&rest, false)?));
    }
    phrase(&units, true)
}

/// Two phrases joined by و at a word after the first: both in English, or `None`. The word
/// after و must be a plural noun of the speaker table, a group of people (والمسؤولين،
/// والخبراء), so neither a word that begins with و (وسائل الإعلام "the media", وليد) nor a
/// pair that names one body («الغذاء والدواء», the food and drug authority) is cut.
fn conjoined(words: &[Word], whole: &[Word]) -> Option<(String, String)> {
    let k = (1..words.len()).find(|&k| {
        let Some(rest) = words[k].w.strip_prefix('و') else {
            return false;
        };
        plural_word(rest.strip_prefix("ال").unwrap_or(rest))
    })?;
    let mut right = words[k..].to_vec();
    let rest = right[0]
        .w
        .strip_prefix('و')
        .unwrap_or(&right[0].w)
        .to_string();
    right[0].w = std::borrow::Cow::Owned(rest);
    right[0].surface = right[0]
        .surface
        .strip_prefix('و')
        .unwrap_or(right[0].surface);
    Some((
        render_words_in(&words[..k], whole)?,
        render_words_in(&right, whole)?,
    ))
}

/// Ordinals that speak in a list of people (وقالت الثالثة، وقالت السابعة عشرة), folded, without
/// the article: `(masculine, feminine, english, english with عشر)`.
#[rustfmt::skip]
const ORDINALS: &[(&str, &str, &str, &str)] = &[
    ("اول", "اولي", "first", ""), ("حادي", "حاديه", "", "eleventh"),
    ("ثاني", "ثانيه", "second", "twelfth"), ("ثالث", "ثالثه", "third", "thirteenth"),
    ("رابع", "رابعه", "fourth", "fourteenth"), ("خامس", "خامسه", "fifth", "fifteenth"),
    ("سادس", "سادسه", "sixth", "sixteenth"), ("سابع", "سابعه", "seventh", "seventeenth"),
    ("ثامن", "ثامنه", "eighth", "eighteenth"), ("تاسع", "تاسعه", "ninth", "nineteenth"),
    ("عاشر", "عاشره", "tenth", ""),
];

/// A definite ordinal alone, or from eleven to nineteen with عشر: "the third", "the
/// seventeenth".
fn ordinal(words: &[Word]) -> Option<String> {
    let (first, rest) = words.split_first()?;
    let bare = first.w.strip_prefix("ال")?;
    let row = ORDINALS.iter().find(|r| r.0 == bare || r.1 == bare)?;
    let en = match rest {
        [] => row.2,
        [teen] if matches!(&*teen.w, "عشر" | "عشره") => row.3,
        _ => return None,
    };
    (!en.is_empty()).then(|| format!("the {en}"))
}

/// One word (or glossary term) of a phrase.
#[derive(Clone, Debug)]
struct Unit {
    en: String,
    role: Role,
    /// Written with the article.
    def: bool,
    /// Written with ل (a genitive "for").
    lam: bool,
    /// A person's name (spelled, or a glossary person): a title before it reads "engineer X".
    person: bool,
}

impl Unit {
    /// A unit that is no person's name.
    fn word(en: impl Into<String>, role: Role, def: bool, lam: bool) -> Unit {
        Unit {
            en: en.into(),
            role,
            def,
            lam,
            person: false,
        }
    }
}

/// A word of a speaker phrase: `match`-folded, as written, and the glossary term that starts
/// at it (how many words it covers, its English and category).
#[derive(Clone)]
struct Word<'a> {
    w: std::borrow::Cow<'a, str>,
    surface: &'a str,
    term: Option<(usize, &'a str, Category)>,
}

/// The words of tokens `from..to` of a sentence, or `None` when one is no word.
fn sentence_words<'a>(sent: &Sent<'a>, from: usize, to: usize) -> Option<Vec<Word<'a>>> {
    let mut out = Vec::with_capacity(to - from);
    for k in from..to {
        if !sent.is_word(k) {
            return None;
        }
        let term = sent.term_at(k).filter(|t| t.to <= to).map(|t| {
            let e = &sent.matcher.glossary().entries()[t.entry];
            (t.to - k, e.english.as_str(), t.category)
        });
        let w = std::borrow::Cow::Borrowed(sent.w(k));
        out.push(Word {
            w,
            surface: sent.surface(k, k + 1),
            term,
        });
    }
    Some(out)
}

/// The words of a speaker written `arabic` outside the current sentence (carried from
/// earlier text): split on spaces, folded, glossary terms found by `matcher`.
fn text_words<'a>(matcher: &'a Matcher, arabic: &'a str) -> Vec<Word<'a>> {
    let mut words: Vec<Word> = Vec::new();
    let mut starts = Vec::new();
    let mut at = 0;
    for piece in arabic.split(' ') {
        if !piece.is_empty() {
            let w = normalize::matcher().normalize(piece).text;
            starts.push(at);
            words.push(Word {
                w: w.into(),
                surface: piece,
                term: None,
            });
        }
        at += piece.len() + 1;
    }
    for m in matcher.find(arabic) {
        let first = starts.partition_point(|&s| s < m.span.start);
        let last = starts.partition_point(|&s| s < m.span.end);
        if first < words.len() && starts[first] == m.span.start && last > first {
            let e = &matcher.glossary().entries()[m.entry];
            words[first].term = Some((last - first, e.english.as_str(), e.category));
        }
    }
    words
}

/// The words as units, or `None` when one has no English.
fn units(words: &[Word]) -> Option<Vec<Unit>> {
    units_in(words, words)
}

/// [`units`] of a part of the phrase `all`.
fn units_in(words: &[Word], all: &[Word]) -> Option<Vec<Unit>> {
    let mut out: Vec<Unit> = Vec::with_capacity(words.len());
    let to = words.len();
    let mut k = 0;
    // باسم before a genitive (متحدث باسم الشركة): "for", as ل.
    let mut for_next = false;
    while k < to {
        let w: &str = &words[k].w;
        if w == "باسم" && k > 0 && k + 1 < to {
            for_next = true;
            k += 1;
            continue;
        }
        // ل is a genitive's preposition only when the word is not known whole (لجنة).
        let whole = word(w.strip_prefix("ال").unwrap_or(w)).is_some() || words[k].term.is_some();
        let (lam, rest) = match w.strip_prefix("لل") {
            _ if std::mem::take(&mut for_next) => (true, w.to_string()),
            _ if whole => (false, w.to_string()),
            Some(r) if k > 0 => (true, format!("ال{r}")),
            _ => match w.strip_prefix('ل') {
                Some(r) if k > 0 && !w.starts_with("ال") && r.chars().count() >= 3 => {
                    (true, r.to_string())
                }
                _ => (false, w.to_string()),
            },
        };
        let (def, bare) = match rest.strip_prefix("ال") {
            Some(b) if b.chars().count() >= 2 => (true, b),
            _ => (false, rest.as_str()),
        };
        if k == 0 {
            let next = words.get(1).map_or("", |x| &*x.w);
            let lead = match (w, next) {
                ("احد" | "احدي", _) => Some(("one of", 1)),
                ("عدد", "من") => Some(("a number of", 2)),
                // وأكد عدد آخر منهم: others of a group named before, a whole subject.
                ("عدد", "اخر") if words.get(2).is_some_and(|x| &*x.w == "منهم") => {
                    Some(("others of them", 3))
                }
                ("عدد", "اخر") => Some(("others", 2)),
                ("بعض", _) => Some(("some", 1)),
                ("معظم" | "غالبيه", _) => Some(("most of", 1)),
                _ => None,
            };
            if let Some((en, n)) = lead {
                let others = en.starts_with("others");
                if k + n < to || others {
                    out.push(Unit::word(
                        en,
                        if others { Plural } else { Noun },
                        false,
                        false,
                    ));
                    k += n;
                    continue;
                }
            }
        }
        if let Some(next) = words.get(k + 1) {
            let second = next.w.strip_prefix('و').unwrap_or(&next.w);
            let genitive_def = second.starts_with("ال");
            let second = second.strip_prefix("ال").unwrap_or(second);
            if let Some(&(_, _, en, role)) = COMPOUNDS.iter().find(|c| c.0 == bare && c.1 == second)
            {
                // A construct is definite by its genitive: جهاز المخابرات "the intelligence
                // service", هيئتا تحرير صحيفتي … "the two editorial boards".
                out.push(Unit::word(
                    en,
                    role,
                    def || en.starts_with("two ") || (genitive_def && role == Noun),
                    lam,
                ));
                k += 2;
                continue;
            }
        }
        if bare == "علماء"
            && all.iter().any(|x| {
                let v = x.w.strip_prefix('و').unwrap_or(&x.w);
                SCHOLARS.contains(&v.strip_prefix("ال").unwrap_or(v))
            })
        {
            out.push(Unit::word("scholars", Plural, def, lam));
            k += 1;
            continue;
        }
        // A glossary term of several words first (قناة السويس is the Suez Canal, not a
        // channel), then the speaker words, then a one-word term.
        let term = words[k].term;
        let long_term = term.is_some_and(|(n, _, _)| n > 1);
        if let Some((en, role)) = word(bare).filter(|_| !long_term) {
            out.push(Unit::word(en, role, def, lam));
            k += 1;
            continue;
        }
        if let Some(en) = dual(bare).filter(|_| !long_term && term.is_none()) {
            out.push(Unit::word(en, Plural, def, lam));
            k += 1;
            continue;
        }
        if let Some((n, en, category)) = term {
            let role = match category {
                Category::Person | Category::Org | Category::Group | Category::Place => Name,
                Category::Nationality => Adj,
                _ if k > 0 && n == 1 && nisba_adjective(bare, en) => Adj,
                _ if en.ends_with('s') && (bare.ends_with("ون") || bare.ends_with("ات")) => {
                    Plural
                }
                _ => Noun,
            };
            let person = category == Category::Person;
            out.push(Unit {
                en: en.to_string(),
                role,
                def,
                lam,
                person,
            });
            k += n;
            continue;
        }
        // A run of name-like words is one name. A definite word is a family name as a nisba
        // (الغامدي), a lexicon name, or a rare word that is no feminine noun (المعيبد, but
        // not المطوفة "the pilgrims' guide").
        let name_like = |k: usize| {
            let w: &str = &words[k].w;
            let (def, b) = match w.strip_prefix("ال") {
                Some(b) if b.chars().count() >= 3 => (true, b),
                _ => (false, w),
            };
            // على as written is the preposition, not the name Ali (علي): دبلوماسيون مطلعون على
            // الخطط.
            if b.chars().count() < 3
                || words[k].term.is_some()
                || word(b).is_some()
                || words[k].surface == "على"
            {
                return false;
            }
            // The cheap test first: the lexicons are read only when it fails.
            (def && b.ends_with('ي'))
                || persons::is_name(b)
                || (persons::rare(b) && !(def && b.ends_with('ه')))
        };
        if !name_like(k) {
            return None;
        }
        let mut e = k + 1;
        while e < to && name_like(e) {
            e += 1;
        }
        let surface: Vec<&str> = words[k..e].iter().map(|x| x.surface).collect();
        let (en, _, _) = persons::transliterate(&surface.join(" "))?;
        out.push(Unit {
            en,
            role: Name,
            def: false,
            lam,
            person: true,
        });
        k = e;
    }
    Some(out)
}

/// Is a one-word glossary term after the head an adjective that agrees with it, not a
/// genitive (دراسة اجتماعية "a social study", not "the study of the social")? Both forms must
/// say so: the Arabic a nisba (…ي، …ية) and the English an adjective's ending. A nisba noun
/// (كرسي "chair", مستشفى) has no such English; an -al noun (عاصمة "capital") no nisba.
fn nisba_adjective(bare: &str, en: &str) -> bool {
    const ENDINGS: &[&str] = &["al", "ic", "ian", "ive", "ary", "ese", "ish", "ern", "ous"];
    let nisba = (bare.ends_with('ي') || bare.ends_with("يه")) && bare.chars().count() >= 4;
    nisba && !en.contains(' ') && ENDINGS.iter().any(|e| en.ends_with(e))
}

/// Is `w` (no article) a plural noun of [`WORDS`] (صحف، مصادر)? A glossary term may give its
/// singular (الصحف → "newspaper"); the speaker's own words say "newspapers".
pub(super) fn plural_word(w: &str) -> bool {
    word(w).is_some_and(|(_, role)| role == Plural)
}

/// A dual subject of a singular noun of [`WORDS`] (رجلان، المسؤولان، الطبيبتان): "two men",
/// "two officials". The nominative ـان: a subject's case; ـين is the sound plural's too
/// (مواطنين "citizens"). In a construct the nominative loses its ن (حاكما الولايتين "two
/// governors of the two states"); a feminine noun's dual keeps its ت in every case, so its
/// ـتين/ـتي (الولايتين، صحيفتي) is a dual too.
fn dual(w: &str) -> Option<String> {
    let feminine_oblique = w.strip_suffix("تين").or_else(|| w.strip_suffix("تي"));
    let stem = match feminine_oblique {
        Some(s) => format!("{s}ت"),
        // A noun in ة has its dual in ـتا: ـها is a pronoun (نشرها "published it").
        None => w
            .strip_suffix("ان")
            .or_else(|| w.strip_suffix('ا').filter(|s| !s.ends_with('ه')))?
            .to_string(),
    };
    let stem = stem.as_str();
    let feminine = stem.strip_suffix('ت').map(|s| format!("{s}ه"));
    if feminine_oblique.is_some() && feminine.as_deref().and_then(word).is_none() {
        return None;
    }
    let (en, role) = word(stem).or_else(|| word(feminine.as_deref()?))?;
    if role != Noun {
        return None;
    }
    // The irregular plurals of the table's nouns: man, woman, spokesman; wife.
    let plural = match (en.strip_suffix("man"), en.strip_suffix("wife")) {
        (Some(m), _) => format!("{m}men"),
        (_, Some(w)) => format!("{w}wives"),
        _ => crate::extract::quantities::shape::plural(en),
    };
    Some(format!("two {plural}"))
}

/// The row of [`WORDS`] for `w` (no article): one hash lookup (the first row of a word wins).
fn word(w: &str) -> Option<(&'static str, Role)> {
    static M: std::sync::OnceLock<FxMap<&'static str, (&'static str, Role)>> =
        std::sync::OnceLock::new();
    M.get_or_init(|| {
        let mut m = FxMap::default();
        for &(w, en, role) in WORDS {
            m.entry(w).or_insert((en, role));
        }
        m
    })
    .get(w)
    .copied()
}

/// English of a noun phrase: a head, its adjectives, a genitive chain; `top` when the phrase
/// stands alone (it takes "a"/"the"), else it is a genitive (it takes "the" when definite).
fn phrase(units: &[Unit], top: bool) -> Option<String> {
    let (head, rest) = units.split_first()?;
    if head.role == Adj {
        return None;
    }
    // A title before a person's name: المهندس المريشد → "engineer Al-Muraished".
    // A kin noun governs the name (عائلة بوبي "the family of Bobby", not "family Bobby").
    let kin = matches!(
        head.en.as_str(),
        "family" | "father" | "mother" | "brother" | "sister" | "husband" | "wife"
    );
    if top
        && head.role == Noun
        && !kin
        && !rest.is_empty()
        && rest.iter().all(|u| u.person)
        && !rest[0].lam
    {
        let names: Vec<&str> = rest.iter().map(|u| u.en.as_str()).collect();
        return Some(format!("{} {}", head.en, names.join(" ")));
    }
    let mut adjs: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < rest.len() && rest[i].role == Adj && !rest[i].lam {
        adjs.push(&rest[i].en);
        i += 1;
    }
    let mut genitive = &rest[i..];
    // مدرب جامايكا الألماني: an adjective after a genitive name agrees with the head.
    if genitive.len() >= 2 && genitive[0].role == Name {
        let tail = genitive[1..]
            .iter()
            .take_while(|u| u.role == Adj && !u.lam)
            .count();
        if tail == genitive.len() - 1 {
            adjs.extend(genitive[1..].iter().map(|u| u.en.as_str()));
            genitive = &genitive[..1];
        }
    }
    let mut s = String::new();
    let plural = head.role == Plural;
    let field = !top && genitive.is_empty() && FIELDS.contains(&head.en.as_str());
    if head.role != Name && !field {
        if head.def || !genitive.is_empty() {
            s.push_str("the ");
        } else if top && !plural {
            let first = adjs.last().map_or(head.en.as_str(), |a| a);
            s.push_str(if vowel_sound(first) { "an " } else { "a " });
        }
    }
    for a in adjs.iter().rev() {
        s.push_str(a);
        s.push(' ');
    }
    s.push_str(&head.en);
    if let Some(g) = genitive.first() {
        s.push_str(if g.lam { " for " } else { " of " });
        let inner = phrase(genitive, false)?;
        // A genitive common noun is definite in English unless plural and indefinite, or a
        // field (the minister of planning).
        let field = genitive.len() == 1 && FIELDS.contains(&g.en.as_str());
        let common = g.role != Name && !field && (g.def || g.role != Plural);
        if !inner.starts_with("the ") && (common || g.role == Name && takes_the(&inner)) {
            s.push_str("the ");
        }
        s.push_str(&inner);
    }
    Some(s)
}

/// Does a name take "the" in English: one that ends in a common noun (the Suez Canal, the
/// Gulf, the Security Council)?
fn takes_the(name: &str) -> bool {
    const HEADS: &[&str] = &[
        "Canal",
        "Gulf",
        "Council",
        "Authority",
        "Ministry",
        "Organization",
        "Union",
        "Agency",
        "Committee",
        "Federation",
        "Center",
        "Centre",
        "Bank",
        "Fund",
        "Party",
        "Front",
        "Army",
        "Court",
        "Assembly",
        "Kingdom",
        "Republic",
        "Emirates",
        "States",
        "Nations",
        "Sea",
        "Ocean",
        "River",
        "Strait",
        "Desert",
        "Islands",
        "Movement",
        "Coalition",
        "League",
    ];
    // The Gulf Cooperation Council; the Council of Senior Scholars (the head before "of").
    let head_of = |s: &str| s.rsplit(' ').next().is_some_and(|w| HEADS.contains(&w));
    head_of(name)
        || name
            .split_once(" of ")
            .is_some_and(|(before, _)| head_of(before))
}

/// Does `w` begin with a vowel sound ("an Iraqi official", "a university")?
fn vowel_sound(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    l.starts_with(['a', 'e', 'i', 'o']) || (l.starts_with('u') && !l.starts_with("uni"))
}

#[cfg(test)]
mod tests;

/// The speech verb's English in agreement with a plural speaker: Arabic puts a verb before
/// its subject in the singular (يرى محللون، يعتقد البعض، تقول السلطات), English does not
/// ("analysts believe", "some believe", "the authorities say"). A speaker is plural when it is
/// "some", "many" or "others", opens with "a number of", "most of" …, or the last word of its
/// head (before "of", "for" …) is a lowercase plural noun: not a name (Nawal Shammas, United
/// States), not "one of the journalists" nor "the head of the committee of antiquities".
pub(super) fn agree(speaker: &str, verb: &'static str) -> &'static str {
    // Most verbs are past ("said"): no form to change, and no need to read the speaker.
    let plural_verb = match verb {
        "adds" => "add",
        "argues" => "argue",
        "attributes" => "attribute",
        "believes" => "believe",
        "claims" => "claim",
        "expects" => "expect",
        "explains" => "explain",
        "expresses" => "express",
        "points out" => "point out",
        "says" => "say",
        "states" => "state",
        "stipulates" => "stipulate",
        "stresses" => "stress",
        "wonders" => "wonder",
        _ => return verb,
    };
    let head = [" of ", " for ", " in ", " at ", " with ", " on "]
        .iter()
        .filter_map(|p| speaker.find(p))
        .min()
        .map_or(speaker, |i| &speaker[..i]);
    let last = head.rsplit(' ').next().unwrap_or("");
    let many = [
        "a number of ",
        "most of ",
        "many of ",
        "some of ",
        "some ",
        "several ",
    ]
    .iter()
    .any(|p| speaker.starts_with(p));
    let plural = matches!(speaker, "some" | "many" | "others" | "several")
        || many
        || (!speaker.starts_with("one ")
            && last.len() > 3
            && last.starts_with(|c: char| c.is_ascii_lowercase())
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("us")
            && !last.ends_with("is"));
    if plural {
        plural_verb
    } else {
        verb
    }
}
