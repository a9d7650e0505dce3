//! Tests of the extractor as a whole: properties over news-shaped text, and the word-class
//! table.

mod properties {
    use super::super::testutil::facts;
    use super::super::Date;
    use proptest::prelude::*;

    /// News-shaped fragments: numbers in all scripts, number words, months, triggers, quotes,
    /// clitics and tatweel, glued together with anything else.
    fn newsish() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            3 => "(و|ب|ل|ال|لـ)?(مقتل|إصابة|اعتقال|قال|أعلن|مايو|آذار|أغسطس/آب|عام|رمضان|هـ|الاثنين|أمس|نحو|أكثر من|دولار|مليون|مليار|في المئة|عشرات|خمسة|وعشرون|مئتي|الأول|السفيرة|باكستان|«|»|\\(|\\)|:|،|\\.)",
            3 => "[0-9٠-٩۰-۹]{1,4}([.,٫٬][0-9٠-٩]{1,3})?",
            2 => " ",
            1 => "[\u{0621}-\u{064A}\u{0640}\u{064B}-\u{0652}]{1,6}",
            1 => any::<String>(),
        ];
        proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Arbitrary news-like text never panics; every fact lies on char boundaries inside
        /// the text and inside its sentence, with an English rendering.
        #[test]
        fn facts_are_well_formed(s in newsish(), dated in any::<bool>()) {
            let date = Date::new(2024, 5, 14).filter(|_| dated);
            let sentences = crate::segment::segment(&s);
            for f in facts(&s, date) {
                prop_assert!(f.span.start <= f.span.end && f.span.end <= s.len());
                prop_assert!(s.is_char_boundary(f.span.start) && s.is_char_boundary(f.span.end));
                let sent = sentences[f.sentence].span;
                prop_assert!(sent.contains(f.span), "{} {:?} outside its sentence", f.kind.name(), f.span);
            }
        }
    }
}

mod class_table {
    use super::super::lexicon::{class_words, word_classes};

    /// Every word of the table is found with its bits; its variants with a letter more or
    /// less, and other words, have none unless they are in the table too.
    #[test]
    fn every_word_is_found_and_others_are_not() {
        let c = word_classes();
        let table = class_words();
        assert!(table.len() > 1000);
        for (w, &bits) in &table {
            assert_eq!(c.of(w.as_bytes()), bits, "{w}");
            for other in [
                format!("و{w}"),
                format!("{w}ه"),
                w.chars().skip(1).collect(),
            ] {
                let want = table.get(other.as_str()).copied().unwrap_or(0);
                assert_eq!(c.of(other.as_bytes()), want, "{other}");
            }
        }
        assert_eq!(c.of("الكتاب".as_bytes()), 0);
        assert_ne!(c.of("قال".as_bytes()), 0);
    }
}

/// One fact per thing: what a richer fact covers is not given again on its own.
mod one_fact_per_thing {
    use super::super::testutil::check_surfaces;
    use super::super::FactKind;

    /// Sentences from SaudiNewsNet (2015): an ordinal inside a bank's, an office's or a war's
    /// name or a rate's unit, a counted noun after a spelled number; and what stays.
    #[test]
    fn covered_facts_are_dropped() {
        let rows: &[(&str, FactKind, &[&str])] = &[
            (
                "ومن بينها سهم بنك الخليج الأول الذي انخفض 1%.",
                FactKind::Ordinal,
                &[],
            ),
            (
                "يقطعها الضوء بسرعة 300 ألف كيلومتر في الثانية الواحدة.",
                FactKind::Ordinal,
                &[],
            ),
            (
                "لقد أنجز اكثر من ستين فيلما في مصر والخارج.",
                FactKind::Person,
                &[],
            ),
            // An ordinal inside an office's or an event's name, after its first word.
            (
                "وحضر وزير الدفاع والإنتاج الفريق أول صدقي صبحي الحفل.",
                FactKind::Ordinal,
                &[],
            ),
            (
                "ظهرت هذه النظرية بعد الحرب العالمية الثانية في أوروبا.",
                FactKind::Ordinal,
                &[],
            ),
            // An ordinal of its own, one that opens an office's name, and a person of his
            // own, stay.
            (
                "وأمر ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء بتأمين الطائرات.",
                FactKind::Ordinal,
                &["النائب الثاني"],
            ),
            (
                "وسجل اللاعب الهدف الثاني في الدقيقة الأخيرة.",
                FactKind::Ordinal,
                &["الهدف الثاني"],
            ),
            (
                "وأكد الأمير خالد الفيصل أن 60 فيلما عرضت.",
                FactKind::Person,
                &["خالد الفيصل"],
            ),
        ];
        for (text, kind, want) in rows {
            check_surfaces(*kind, &[(text, want)]);
        }
    }
}
