//! The shape of an article: what is crawl noise, what is a title, what is a quote.
//!
//! **In:** the text of one sentence (or line). **Out:** yes/no answers the summarizer uses to
//! choose its candidates and evidence:
//! * [`is_noise`]: never worth a brief — a byline (`عمر إبراهيم – عين اليوم`), a dateline
//!   alone (`إسلام آباد 25 شوال 1436 هـ … واس`), a crawl tail (`// انتهى //`, `اقرأ أيضا`,
//!   `مقالات أخرى للكاتب`, `رابط الخبر`, share buttons, copyright), or a line with fewer than
//!   three words of two letters or more (`16:37 ت م`);
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
    // A byline: a name and the paper, `عمر إبراهيم – عين اليوم`, `الرياض - واس`.
    if !ends && n <= 6 && has_dash(s) {
        return true;
    }
    // A dateline alone: place, date, agency, no sentence.
    !ends && n <= 16 && is_dateline_line(s)
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
    fn datelines_open_sentences() {
        assert!(has_dateline("مراكش (أ.ف.ب) - ارتفعت حصيلة الزلزال."));
        assert!(has_dateline("القاهرة - رويترز: قال مسؤولون."));
        assert!(!has_dateline("ارتفعت حصيلة الزلزال إلى ألفين."));
    }
}
