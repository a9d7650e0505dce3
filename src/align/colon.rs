//! Where a sentence that opens a quotation after a colon splits in two.
//!
//! **In:** the text of one sentence (Arabic or English). **Out:** the byte offset, inside it,
//! of the opening quotation mark where a second sentence starts, or `None`.
//!
//! Why: a clause ending in a colon that opens a quotation of several sentences
//! (`… the WHO noted the need to drive governments to action: "All countries can still change
//! the course of this pandemic. If countries detect …," said Tedros.`) is a segment of its own
//! in translation memories (TICO-19 cuts it so on both sides), and the quotation's first
//! sentence pairs with the other side's. The segmenters end a sentence inside such a quotation
//! (at `pandemic.`), so the sentence holds the clause and a quotation that does not close in it.
//!
//! The cut: a `:` followed (spaces allowed) by an opening `"` `“` or `«` and a letter (a
//! capital in English), when the mark does not close later in the sentence, at least
//! [`MIN_INTRO_WORDS`] words come before the colon (`He said: "We are ready.` stays whole: a
//! short speech tag is no segment of its own) and at least [`MIN_QUOTE_WORDS`] after the mark.
//!
//! What it does *not* do: cut before a quotation that closes in the sentence (`قال: «…».`), at
//! a colon without a quotation (lists, times `10:08`), or more than once.

/// Words before the colon for a cut: a clause, not a speech tag (`وقال الوزير:`, `He said:`).
const MIN_INTRO_WORDS: usize = 6;
/// Words of the quotation for a cut.
const MIN_QUOTE_WORDS: usize = 3;

/// The offset of the opening mark where `sentence` splits (see the module docs); `english`
/// asks for a capital after the mark.
pub(crate) fn colon_quote_cut(sentence: &str, english: bool) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = sentence[from..].find(':').map(|p| p + from) {
        from = p + 1;
        let rest = &sentence[p + 1..];
        let after_space = rest.trim_start();
        let mark_at = p + 1 + (rest.len() - after_space.len());
        let mut chars = after_space.chars();
        let closer = match chars.next() {
            Some('"') => '"',
            Some('“') => '”',
            Some('«') => '»',
            _ => continue,
        };
        let quoted = chars.as_str();
        let first = quoted.trim_start().chars().next();
        let letter = first.is_some_and(|c| {
            if english {
                c.is_uppercase()
            } else {
                c.is_alphabetic()
            }
        });
        if !letter || quoted.contains(closer) {
            continue;
        }
        let intro = sentence[..p].split_whitespace().count();
        let quote = quoted.split_whitespace().count();
        if intro >= MIN_INTRO_WORDS && quote >= MIN_QUOTE_WORDS {
            return Some(mark_at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_before_a_quotation_that_runs_on() {
        // (sentence, english, the second piece)
        let rows: &[(&str, bool, Option<&str>)] = &[
            (
                "Although the word only refers to how widely it spread, the WHO noted the need to act: \"All countries can still change the course of this pandemic.",
                true,
                Some("\"All countries can still change the course of this pandemic."),
            ),
            (
                "على الرغم من أن الكلمة لا تشير إلا إلى مدى الانتشار، فقد انتبهت المنظمة إلى ضرورة التحرك: \"لا يزال بإمكان جميع البلدان تغيير المسار.",
                false,
                Some("\"لا يزال بإمكان جميع البلدان تغيير المسار."),
            ),
            (
                "وأكد وزير الخارجية في مؤتمر صحفي عقده أمس:«لن نقبل بأي تسوية على حساب الشعب.",
                false,
                Some("«لن نقبل بأي تسوية على حساب الشعب."),
            ),
            // The quotation closes in the sentence.
            (
                "قال المدير العام لمنظمة الصحة العالمية تيدروس: \"إذا اكتشفت البلدان الحالات\".",
                false,
                None,
            ),
            // A speech tag is too short to stand alone.
            ("He said: \"We are ready to start.", true, None),
            // English wants a capital after the mark.
            (
                "The report on the outbreak listed what officials called: \"unprecedented levels of spread.",
                true,
                None,
            ),
            // No quotation: a list, a time.
            (
                "The ministry listed the measures it will take this week: schools, shops and parks close.",
                true,
                None,
            ),
            ("ضرب زلزال متوسط القوة مونتانا الغربية الساعة 10:08 مساء يوم الاثنين.", false, None),
        ];
        for &(s, english, want) in rows {
            assert_eq!(colon_quote_cut(s, english).map(|p| &s[p..]), want, "{s}");
        }
    }
}
