//! Share bars scraped into the text: `شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك` before the
//! lede of every article of a site, on the same line and with no punctuation between.
//!
//! **Contract:** [`share_bar_end`] gives the end of a share bar that opens a line, when the
//! line goes on after it, so that the segmenter makes the bar a sentence of its own: the lede
//! after it keeps its first word (a speech verb, a subject) at its start, a summary can pick
//! it, and the networks' names are no facts of it. A bar is a run of words of [`BAR_WORDS`]
//! from the line's start that names at least two networks and ends on a word that only a
//! share bar ends on (a network, `رأيك`, `لصديق`, …); the joining words of the run (`من`،
//! `خلال`، `على`) never end it, so the bar stops before an article that opens with one. The
//! test reads the line's first words only and allocates nothing.

use crate::chars::is_arabic_letter;

/// Words of a share bar (as written, with and without hamza), and whether one may end it.
const BAR_WORDS: &[(&str, Word)] = &[
    ("شارك", Word::Verb),
    ("شاركوا", Word::Verb),
    ("انشر", Word::Verb),
    ("أرسل", Word::Verb),
    ("ارسل", Word::Verb),
    ("اكتب", Word::Verb),
    ("من", Word::Join),
    ("خلال", Word::Join),
    ("على", Word::Join),
    ("عبر", Word::Join),
    ("هذا", Word::Join),
    ("الخبر", Word::Join),
    ("المقال", Word::Join),
    ("تويتر", Word::Network),
    ("فيسبوك", Word::Network),
    ("فيس", Word::Join),
    ("بوك", Word::Network),
    ("جوجل", Word::Network),
    ("غوغل", Word::Network),
    ("بلس", Word::End),
    ("واتساب", Word::Network),
    ("لينكدإن", Word::Network),
    ("انستغرام", Word::Network),
    ("تيليجرام", Word::Network),
    ("تلغرام", Word::Network),
    ("رأيك", Word::End),
    ("رايك", Word::End),
    ("تعليقك", Word::End),
    ("لصديق", Word::End),
    ("طباعة", Word::End),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    /// A share verb (شارك، اكتب): opens or continues a bar, never ends it.
    Verb,
    /// A joining word (من، خلال): inside a bar only.
    Join,
    /// A network's name: counts toward the two a bar names, and may end it.
    Network,
    /// A last word of a button (رأيك، بلس، لصديق): may end a bar.
    End,
}

/// The longest run of bar words looked at (a bar is a dozen words at most).
const MAX_WORDS: usize = 16;

/// The byte where a share bar opening the line `start..end` of `text` ends, when at least
/// one more word follows it on the line (see the module docs).
pub(super) fn share_bar_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let line = &text[start..end];
    let mut networks = 0;
    let mut bar_end = None;
    let mut pos = 0;
    for _ in 0..MAX_WORDS {
        let rest = &line[pos..];
        let skip = rest.len() - rest.trim_start().len();
        let word_start = pos + skip;
        let word_len = line[word_start..]
            .char_indices()
            .find(|&(_, c)| !is_arabic_letter(c))
            .map_or(line.len() - word_start, |(i, _)| i);
        if word_len == 0 {
            break;
        }
        let word = &line[word_start..word_start + word_len];
        let Some(&(_, kind)) = BAR_WORDS.iter().find(|(w, _)| *w == word) else {
            break;
        };
        if pos == 0 && kind != Word::Verb {
            return None; // a bar opens with its verb: شارك …
        }
        pos = word_start + word_len;
        match kind {
            Word::Network => {
                networks += 1;
                bar_end = Some(pos);
            }
            Word::End => bar_end = Some(pos),
            Word::Verb | Word::Join => {}
        }
    }
    let bar_end = bar_end.filter(|_| networks >= 2)?;
    // The line must go on with a word: a bar alone on its line is a sentence already.
    line[bar_end..]
        .chars()
        .any(|c| c.is_alphanumeric())
        .then_some(start + bar_end)
}

#[cfg(test)]
mod tests {
    use super::share_bar_end;

    /// (line, the text of the bar, or "" for none)
    const TABLE: &[(&str, &str)] = &[
        // Okaz, 2015: the bar before every lede.
        (
            "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك قال رائد الفضاء الأمريكي سكوت كيلي",
            "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك",
        ),
        (
            "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أغلقت صحة عسير 4 مجمعات",
            "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك",
        ),
        // A joining word after the last button belongs to the article.
        (
            "شارك عبر تويتر فيسبوك من جانبه قال الوزير",
            "شارك عبر تويتر فيسبوك",
        ),
        // Alone on its line: nothing to cut.
        ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك", ""),
        // One network is a sentence about it, not a bar.
        ("شارك الوزير على تويتر صورة من الاجتماع", ""),
        ("شارك من خلال تويتر في الحملة آلاف المغردين", ""),
        // A bar opens with its verb.
        ("تويتر فيسبوك واتساب أكثر التطبيقات استخداما", ""),
        ("قال الوزير إن تويتر وفيسبوك", ""),
    ];

    #[test]
    fn share_bars_opening_a_line() {
        for &(line, bar) in TABLE {
            let got = share_bar_end(line, 0, line.len()).map(|e| &line[..e]);
            assert_eq!(got, (!bar.is_empty()).then_some(bar), "{line}");
        }
    }
}
