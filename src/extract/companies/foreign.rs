//! English words that news spells in Arabic letters inside the names of foreign newspapers,
//! magazines, channels and companies (صحيفة «هندوستان تايمز», صحيفة (صنداي بيبول), شركة
//! «بيوسنس تكنولوجيز»): the transliterator, trained on people's names, spells them as names
//! ("Hendoustan Tymes", "Sundai Bibol"), while a reader expects the English word.
//!
//! **Contract:** [`english`] takes one word in the `match` folding (alef forms → ا, ة → ه,
//! ى → ي) and gives the English word it spells, if the table has it; a word with the article
//! (التلغراف، الإندبندنت) is looked up without it. Only the body rule asks, and only for a
//! name it has already found after a head noun, so that words that are also Arabic names or
//! words (ستار Sattar, صن, ون) are read as English only inside such a name.
//!
//! The table holds the words of outlet and company names that news writes most (from the
//! Arabic spellings of British, American and Indian titles and of company suffixes), with
//! the spellings agencies use (ت/ط, ج/غ for g, with and without ي/ا as vowels). It is no
//! transliterator: a word it lacks is left to the caller.

/// `(folded Arabic spelling, English)`, sorted by the Arabic for a binary search.
const WORDS: &[(&str, &str)] = &[
    ("اكسبرس", "Express"),
    ("اكسبريس", "Express"),
    ("امريكان", "American"),
    ("اميركان", "American"),
    ("انترناشونال", "International"),
    ("انترناشيونال", "International"),
    ("اندبندنت", "Independent"),
    ("انرجي", "Energy"),
    ("انسايدر", "Insider"),
    ("انفستمنت", "Investment"),
    ("انفستمنتس", "Investments"),
    ("اوبزرفر", "Observer"),
    ("اويل", "Oil"),
    ("ايثيكس", "Ethics"),
    ("ايرلاينز", "Airlines"),
    ("ايرويز", "Airways"),
    ("ايفنينج", "Evening"),
    ("ايفنينغ", "Evening"),
    ("ايكونوميست", "Economist"),
    ("باور", "Power"),
    ("بلس", "Plus"),
    ("بوست", "Post"),
    ("بيبول", "People"),
    ("بيزنس", "Business"),
    ("تايم", "Time"),
    ("تايمز", "Times"),
    ("تريبيون", "Tribune"),
    ("تكنولوجي", "Technology"),
    ("تكنولوجيز", "Technologies"),
    ("تلجراف", "Telegraph"),
    ("تلغراف", "Telegraph"),
    ("تليجراف", "Telegraph"),
    ("تليغراف", "Telegraph"),
    ("تو", "to"),
    ("توداي", "Today"),
    ("تودي", "Today"),
    ("تيلجراف", "Telegraph"),
    ("تيلغراف", "Telegraph"),
    ("جارديان", "Guardian"),
    ("جازيت", "Gazette"),
    ("جروب", "Group"),
    ("جلوبال", "Global"),
    ("جنرال", "General"),
    ("جورنال", "Journal"),
    ("جولدن", "Golden"),
    ("جويش", "Jewish"),
    ("جوييش", "Jewish"),
    ("ديجيتال", "Digital"),
    ("ديلي", "Daily"),
    ("ذا", "The"),
    ("ريسرتش", "Research"),
    ("ريسيرتش", "Research"),
    ("ريسيرش", "Research"),
    ("ريفيو", "Review"),
    ("ساينس", "Science"),
    ("سبورت", "Sport"),
    ("سبورتس", "Sports"),
    ("ستاندارد", "Standard"),
    ("ستاندرد", "Standard"),
    ("ستريت", "Street"),
    ("سكاي", "Sky"),
    ("سوليوشنز", "Solutions"),
    ("سيستمز", "Systems"),
    ("صن", "Sun"),
    ("صنداي", "Sunday"),
    ("غارديان", "Guardian"),
    ("غايدانس", "Guidance"),
    ("غروب", "Group"),
    ("غلوبال", "Global"),
    ("غولدن", "Golden"),
    ("فارما", "Pharma"),
    ("فوروارد", "Forward"),
    ("فوكس", "Fox"),
    ("كابيتال", "Capital"),
    ("كرونيكل", "Chronicle"),
    ("كوربوريشن", "Corporation"),
    ("كومباني", "Company"),
    ("لابز", "Labs"),
    ("ماجازين", "Magazine"),
    ("موتورز", "Motors"),
    ("مورنينج", "Morning"),
    ("مورنينغ", "Morning"),
    ("ميديا", "Media"),
    ("ميديكال", "Medical"),
    ("ميرور", "Mirror"),
    ("ناشونال", "National"),
    ("ناشيونال", "National"),
    ("نتورك", "Network"),
    ("نتوركس", "Networks"),
    ("نيوز", "News"),
    ("هولدينج", "Holding"),
    ("هولدينغ", "Holding"),
    ("هيرالد", "Herald"),
    ("وورلد", "World"),
    ("ويكلي", "Weekly"),
    ("يونايتد", "United"),
];

/// The English word that folded `word` spells, if the table has it (with or without the
/// article ال before it).
pub(super) fn english(word: &str) -> Option<&'static str> {
    let find = |w: &str| {
        WORDS
            .binary_search_by(|(ar, _)| (*ar).cmp(w))
            .ok()
            .map(|i| WORDS[i].1)
    };
    find(word).or_else(|| {
        word.strip_prefix("ال")
            .filter(|rest| rest.chars().count() >= 4)
            .and_then(find)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_folded() {
        for pair in WORDS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (ar, _) in WORDS {
            assert!(
                !ar.contains(['أ', 'إ', 'آ', 'ة', 'ى']),
                "{ar} is not in the match folding"
            );
        }
    }

    #[test]
    fn words() {
        for (word, want) in [
            ("تايمز", Some("Times")),
            ("التلغراف", Some("Telegraph")),
            ("الاندبندنت", Some("Independent")),
            ("صنداي", Some("Sunday")),
            // The article is stripped only before a word of four letters or more.
            ("الصن", None),
            ("محمد", None),
            ("", None),
        ] {
            assert_eq!(english(word), want, "{word}");
        }
    }
}
