//! The shape of an article: what is crawl noise, what is a title, what is a quote.
//!
//! **In:** the text of one sentence (or line). **Out:** yes/no answers the summarizer uses to
//! choose its candidates and evidence:
//! * [`is_noise`]: never worth a brief — a byline (`عمر إبراهيم – عين اليوم`), a dateline
//!   alone (`إسلام آباد 25 شوال 1436 هـ … واس`), a crawl tail (`// انتهى //`, `اقرأ أيضا`,
//!   `مقالات أخرى للكاتب`, `رابط الخبر`, share buttons, copyright), or a line with fewer than
//!   three words of two letters or more (`16:37 ت م`);
//! * [`is_tags`]: a tag list a site appends to the last paragraph (`سمات البرازيل عاملة
//!   نظافة`), cut off as a sentence of its own by the segmenter: crawl noise too;
//! * [`is_list`]: an enumeration (`وتضمنت 40 حيا هي: حي الصقور، وحي الحمراء، …`): names a
//!   brief never quotes, and whose names are no key facts;
//! * [`byline_len`]: a byline glued to the lede (`نادية الفواز- سبق- أبها: اعتبر …`), which a
//!   brief line leaves out;
//! * [`is_title`]: a line that reads as a headline — 1 to 20 words, not a byline, dateline or
//!   page furniture;
//! * [`is_quote`]: speech in quotation marks (`«…»`, `“…”`, `"…"`) next to a speech verb;
//! * [`has_dateline`]: a sentence that opens with a dateline (`مراكش (أ.ف.ب) -`).
//!
//! All checks read at most the first few hundred bytes of a sentence beyond a linear scan, so
//! they cost nothing next to scoring.

/// A line without final punctuation of at least this many words is a paragraph that lost its
/// full stop, not a headline.
pub const LONG_LINE: usize = 13;

/// News agencies and newspapers that sign datelines and bylines.
const AGENCIES: &[&str] = &[
    "أ.ف.ب",
    "أ ف ب",
    "رويترز",
    "الأناضول",
    "د.ب.أ",
    "أ.ب",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "سانا",
    "بنا",
    "AFP",
    "Reuters",
    "AP",
];

/// Crawl tails and page furniture: a sentence containing one of these is never picked.
const FURNITURE: &[&str] = &[
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "اقرأ ايضا",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ المزيد",
    "مقالات أخرى للكاتب",
    "مقالات اخرى للكاتب",
    "رابط الخبر",
    "رابط المقال",
    "// انتهى //",
    "//انتهى//",
    "شارك هذا",
    "شارك الخبر",
    "شارك على",
    "شارك من خلال",
    "فيسبوك تويتر",
    "تويتر فيسبوك",
    "جميع الحقوق محفوظة",
    "اضغط هنا",
    "تابعونا على",
    "للاشتراك في",
];

/// A letter or digit, with the Arabic block and ASCII answered without the Unicode tables
/// (the scan runs over every sentence of a document).
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F => false,
        0x621..=0x64A | 0x660..=0x669 | 0x66E..=0x66F | 0x671..=0x6D3 | 0x6F0..=0x6FF => true,
        0x600..=0x6FF => false,
        _ => c.is_alphanumeric(),
    }
}

/// A letter (a word character that is not a digit).
#[inline]
fn is_letter(c: char) -> bool {
    is_word_char(c) && !c.is_ascii_digit() && !('\u{660}'..='\u{669}').contains(&c)
}

/// Longest line searched for page furniture, in words.
const FURNITURE_WORDS: usize = 30;

/// Words of a line as a reader counts them.
fn words(text: &str) -> usize {
    super::word_count(text)
}

/// Whether `sentence` is crawl noise or page furniture (never a summary sentence).
pub fn is_noise(sentence: &str) -> bool {
    let long = sentence
        .split_whitespace()
        .filter(|w| w.chars().filter(|&c| is_word_char(c)).count() >= 2)
        .count();
    long < 3 || is_crawl(sentence.trim())
}

/// Page furniture, a byline or a dateline alone.
pub fn is_crawl(s: &str) -> bool {
    let n = words(s);
    // Furniture is a short line (`اقرأ أيضا: <a headline>`); a paragraph is not searched.
    if n <= FURNITURE_WORDS && FURNITURE.iter().any(|f| s.contains(f)) {
        return true;
    }
    let ends = ends_sentence(s);
    if !ends && n <= FURNITURE_WORDS && tag_heading(s) {
        return true;
    }
    // A byline: a name and the paper, `عمر إبراهيم – عين اليوم`, `الرياض - واس`.
    if !ends && n <= 6 && has_dash(s) {
        return true;
    }
    // A dateline alone: place, date, agency, no sentence.
    !ends && n <= 16 && is_dateline_line(s)
}

/// Headings of the tag lists sites append to an article (`سمات` on عين اليوم: 38 of the 600
/// dev articles end with one, glued to the last sentence).
const TAG_HEADS: &[&str] = &["سمات", "الوسوم", "وسوم", "الكلمات الدلالية", "كلمات دلالية"];

/// Whether a sentence is a tag list: it opens with a tag heading and has no final punctuation
/// (a tag list is keywords, `سمات السنة المالية الكويت عجز`; a sentence that starts with the
/// noun سمات, *traits*, ends like a sentence).
pub fn is_tags(s: &str) -> bool {
    let s = s.trim();
    tag_heading(s) && !ends_sentence(s) && words(s) <= FURNITURE_WORDS
}

/// Whether a (trimmed) sentence opens with a tag heading ([`TAG_HEADS`]) and a space or colon.
fn tag_heading(s: &str) -> bool {
    TAG_HEADS.iter().any(|h| {
        s.strip_prefix(h)
            .is_some_and(|rest| rest.starts_with([' ', ':', '\u{a0}']))
    })
}

/// Fewest items of an enumeration ([`is_list`]).
const LIST_ITEMS: usize = 8;

/// Most words of the introduction of an enumeration ([`is_list`]).
const LIST_INTRO: usize = 12;

/// Whether a sentence is an enumeration: a short introduction (at most [`LIST_INTRO`] words)
/// and a colon, then at least [`LIST_ITEMS`] items between commas, of fewer than 3¼ words on
/// average (`وتضمنت 40 حيا هي: حي الصقور، وحي الحمراء الثالث، …`, a squad's players, the
/// signatories of a cable). On the 600 dev articles this takes the lists of neighbourhoods,
/// names and the items of a programme; a sentence of clauses (a fable's `قال لها: معك حق، …`,
/// 3.25 words an item; a prayer, 3.5) is longer per item, and a lede that ends on a list of
/// specialities after a phone number has a long introduction.
pub fn is_list(s: &str) -> bool {
    list_colon(s).is_some()
}

/// The byte offset of the colon that opens an enumeration ([`is_list`]), if `s` is one.
pub fn list_colon(s: &str) -> Option<usize> {
    let colon = s.find(':')?;
    let (head, rest) = (&s[..colon], &s[colon + 1..]);
    // A long introduction rules the sentence out without counting all its words.
    let intro = head
        .split_whitespace()
        .filter(|w| w.chars().any(is_word_char))
        .nth(LIST_INTRO);
    if intro.is_some() {
        return None;
    }
    // Items between `,`, `،` (U+060C, bytes D8 8C) and `؛` (U+061B, D8 9B), counted on the
    // bytes: a lead byte D8 is followed by 8C or 9B only in those two.
    let b = rest.as_bytes();
    let commas = b
        .iter()
        .zip(b.iter().skip(1).chain([&0u8]))
        .filter(|&(&x, &y)| x == b',' || (x == 0xD8 && (y == 0x8C || y == 0x9B)))
        .count();
    let items = commas + 1;
    (items >= LIST_ITEMS && words(rest) * 4 < items * 13).then_some(colon)
}

/// Most words of a byline glued to a lede ([`byline_len`]), and most words of one of its parts.
const BYLINE_WORDS: usize = 8;
const BYLINE_PART: usize = 3;

/// The length in bytes of a byline that opens a sentence (`نادية الفواز- سبق- أبها: `,
/// `سبق – الرياض: `): the text up to the first colon, of at most [`BYLINE_WORDS`] words,
/// made of two parts or more between dashes of one to three words each (a name, the paper, a
/// place), followed by a sentence of five words or more. 0 when there is none. A quote's
/// `وقال الوزير: …` has no dash; `- مربط الفرس الذي أعنيه:` has one part.
pub fn byline_len(s: &str) -> usize {
    let Some(colon) = s.find(':') else {
        return 0;
    };
    let head = &s[..colon];
    if words(head) > BYLINE_WORDS || words(&s[colon + 1..]) < 5 {
        return 0;
    }
    let parts: Vec<usize> = head
        .split(['-', '–', '—'])
        .map(words)
        .filter(|&n| n > 0)
        .collect();
    let dashed = head.contains(['-', '–', '—']);
    if !dashed || parts.len() < 2 || parts.iter().any(|&n| n > BYLINE_PART) {
        return 0;
    }
    let after = &s[colon + 1..];
    colon + 1 + (after.len() - after.trim_start().len())
}

/// Whether a line without final punctuation is a dateline: it names an agency, or it holds a
/// date (a year of four digits, `هـ`).
pub fn is_dateline_line(s: &str) -> bool {
    let agency = s
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == '-' || c == '–')
        .any(|w| AGENCIES.contains(&w));
    let year = s
        .split(|c: char| !c.is_ascii_digit() && !('٠'..='٩').contains(&c))
        .any(|d| d.chars().count() == 4);
    agency || (year && (s.contains("هـ") || s.contains("الموافق")))
}

fn has_dash(s: &str) -> bool {
    s.contains('–') || s.contains('—') || s.contains(" - ") || s.contains("- ")
}

/// Whether the sentence ends with sentence punctuation (quotes and brackets after it allowed).
pub fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '»' | ')' | '’' | '*')
    })
    .ends_with(['.', '!', '?', '؟', '…', ':', '؛'])
}

/// Whether a first line reads as a headline: 1–20 words, not a byline, a dateline or page
/// furniture (`البحر الميت` is a title; `عمر إبراهيم – عين اليوم` is not).
pub fn is_title(line: &str) -> bool {
    let lettered = line
        .split_whitespace()
        .any(|w| w.chars().filter(|&c| is_letter(c)).count() >= 2);
    lettered && (1..=20).contains(&words(line)) && !is_crawl(line.trim())
}

/// Speech verbs that introduce a quote, match-normalized or as written.
const SPEECH: &[&str] = &[
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "أضاف",
    "وأضاف",
    "أضافت",
    "وأضافت",
    "أكد",
    "وأكد",
    "أكدت",
    "وأكدت",
    "أوضح",
    "وأوضح",
    "أوضحت",
    "وأوضحت",
    "صرح",
    "وصرح",
    "تابع",
    "وتابع",
    "مضيفا",
    "مضيفاً",
    "مؤكدا",
    "مؤكداً",
    "موضحا",
    "موضحاً",
    "بقوله",
    "قائلا",
    "قائلاً",
    "يقول",
    "ويقول",
    "أشار",
    "وأشار",
    "أشارت",
    "وأشارت",
    "اعتبر",
    "واعتبر",
    "شدد",
    "وشدد",
];

/// Whether the sentence quotes someone: quotation marks (or a colon after a speech verb)
/// and a speech verb.
pub fn is_quote(sentence: &str) -> bool {
    let marks = sentence.contains('«')
        || sentence.contains('“')
        || sentence.matches('"').count() >= 2
        || sentence.contains(':');
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let speech = SET.get_or_init(|| SPEECH.iter().copied().collect());
    marks
        && sentence
            .split(|c: char| !is_letter(c))
            .any(|w| speech.contains(w))
}

/// A dateline at the start of a sentence: `مراكش (أ.ف.ب) -`, `القاهرة - رويترز:`.
pub fn has_dateline(sentence: &str) -> bool {
    let head: String = sentence.chars().take(60).collect();
    let dash = head.contains(" - ") || head.contains(" – ") || head.contains(" — ");
    (head.contains('(') && dash) || AGENCIES.iter().any(|a| head.contains(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_titles_and_quotes() {
        // (line, noise, title, quote)
        let rows = [
            ("عمر إبراهيم – عين اليوم", true, false, false),
            ("البحر الميت", true, true, false),
            ("الرياض - واس", true, false, false),
            (
                "إسلام آباد 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",
                true,
                false,
                false,
            ),
            ("// انتهى //", true, false, false),
            ("16:37 ت م", true, false, false),
            ("مقالات أخرى للكاتب", true, false, false),
            (
                "اقرأ أيضا: ارتفاع أسعار النفط في الأسواق العالمية",
                true,
                false,
                false,
            ),
            (
                "ارتفاع حصيلة زلزال الحوز إلى أكثر من ألفي قتيل",
                false,
                true,
                false,
            ),
            (
                "وقال الوزير: «سنعيد بناء القرى المتضررة قبل الشتاء».",
                false,
                false,
                true,
            ),
            (
                "أحرق مسلحون مجهولون مبنى مدرسة حكومية في مقاطعة كورام.",
                false,
                true,
                false,
            ),
            ("تم ذلك.", true, false, false),
        ];
        for (line, noise, title, quote) in rows {
            assert_eq!(is_noise(line), noise, "noise: {line}");
            if !ends_sentence(line) {
                assert_eq!(is_title(line), title, "title: {line}");
            }
            assert_eq!(is_quote(line), quote, "quote: {line}");
        }
    }

    #[test]
    fn tags_lists_and_glued_bylines() {
        // Tag lists of عين اليوم (3alyoum_001, 3alyoum_029; SaudiNewsNet, 2015): noise; a
        // sentence that opens with the noun سمات ends like one and stays.
        let tags = [
            ("سمات البرازيل عاملة نظافة مواقع التواصل", true),
            ("سمات السنة المالية الكويت عجز", true),
            ("الكلمات الدلالية: النفط الأسعار", true),
            ("سمات القائد الناجح كثيرة ومنها الصبر والحكمة.", false),
            ("سماته الشخصية واضحة في كل ما يكتب", false),
        ];
        for (line, want) in tags {
            assert_eq!(is_tags(line), want, "is_tags: {line}");
            assert_eq!(is_noise(line), want, "is_noise (tags): {line}");
        }
        // Enumerations (alyaum_041, was_033) against sentences with a colon and commas.
        let lists = [
            (
                "وتضمنت 40 حيا هي: حي الصقور، وحي الحمراء الثالث، وحي الهدى، وحي الربوة، وحي الورود الثالث، وحي الإسكان الأول، وحي المربدية، وحي القدس.",
                true,
            ),
            (
                "وضمت القائمة 34 لاعباً هم : ريان الحربي ، سعيد اليامي، عطية الشمراني، مازن عثمان، حسن رغفاوي، عبدالرحمن الدوسري، عبدالله الخيبري، علي عواجي.",
                true,
            ),
            (
                "وقال الوزير: «سنعيد بناء القرى المتضررة قبل الشتاء، ونعوض الأسر، ونفتح المدارس».",
                false,
            ),
            (
                "فقال لها: معك حق، أنت متعددة المواهب والقدرات، ولكنك لستِ قوية في أي منها، فأنا أمشي على الأرض، وأستمتع بأكلي معك، وأستطيع السباحة، وصيد السمك، وأطير إلى أماكن بعيدة.",
                false,
            ),
            (
                "أوضح المتحدث باسم مركز الملك سلمان للإغاثة أن المركز دعا الأطباء اليمنيين الراغبين بتقديم الخدمات الطبية إلى التواصل معه عبر الرقم الموحد: 920008554، وفق التخصصات الجراحية، وجراحة الأوعية، وجراحة الوجه، وجراحة العيون، وجراحة العظام، والعناية المركزة، وطب الطوارئ.",
                false,
            ),
            ("حي الصقور، وحي الحمراء، وحي الهدى، وحي الربوة، وحي الورود، وحي المطار، وحي القدس، وحي الأمراء.", false),
        ];
        for (line, want) in lists {
            assert_eq!(is_list(line), want, "is_list: {line}");
        }
        // Bylines glued to a lede (sabq_003, sabq_007): what is left out of the line.
        let bylines = [
            (
                "نادية الفواز- سبق- أبها: اعتبر خبراء علم الاجتماع أن تجارة الوهم لا ترتبط بمستوى التعليم.",
                "اعتبر خبراء علم الاجتماع أن تجارة الوهم لا ترتبط بمستوى التعليم.",
            ),
            (
                "سبق – الرياض: تصدرت صحيفة سبق جميع المواقع العربية بحسب شركة متخصصة.",
                "تصدرت صحيفة سبق جميع المواقع العربية بحسب شركة متخصصة.",
            ),
            (
                "وقال الوزير: سنعيد بناء القرى المتضررة قبل الشتاء.",
                "وقال الوزير: سنعيد بناء القرى المتضررة قبل الشتاء.",
            ),
            (
                "- مربط الفرس الذي أعنيه: أن الوزارة لم تشرح قرارها للناس بعد.",
                "- مربط الفرس الذي أعنيه: أن الوزارة لم تشرح قرارها للناس بعد.",
            ),
            ("سبق- الرياض: عاجل.", "سبق- الرياض: عاجل."),
        ];
        for (line, rest) in bylines {
            assert_eq!(&line[byline_len(line)..], rest, "byline_len: {line}");
        }
    }

    #[test]
    fn datelines_open_sentences() {
        assert!(has_dateline("مراكش (أ.ف.ب) - ارتفعت حصيلة الزلزال."));
        assert!(has_dateline("القاهرة - رويترز: قال مسؤولون."));
        assert!(!has_dateline("ارتفعت حصيلة الزلزال إلى ألفين."));
    }
}
