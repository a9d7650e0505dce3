use super::*;
use crate::span::Span;

/// Escape everything outside printable ASCII so a failing row shows what it holds.
fn esc(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c.to_string()
            } else {
                format!("\\u{{{:04X}}}", c as u32)
            }
        })
        .collect()
}

/// `(name, profile, input, expected)` rows.
const TABLE: &[(&str, Profile, &str, &str)] = &[
    // clean profile
    (
        "nfc composes hamza above",
        Profile::Clean,
        "\u{0627}\u{0654}",
        "أ",
    ),
    (
        "nfc composes madda",
        Profile::Clean,
        "\u{0627}\u{0653}",
        "آ",
    ),
    (
        "nfc composes hamza on ya",
        Profile::Clean,
        "\u{064A}\u{0654}",
        "ئ",
    ),
    (
        "nfc orders shadda+fatha",
        Profile::Clean,
        "\u{0628}\u{0651}\u{064E}",
        "\u{0628}\u{064E}\u{0651}",
    ),
    (
        "presentation forms to letters",
        Profile::Clean,
        "\u{FE91}\u{FE8E}\u{FEDB}\u{FEB3}",
        "باكس",
    ),
    (
        "lam-alef keeps hamza above",
        Profile::Clean,
        "\u{FEF7}",
        "لأ",
    ),
    (
        "lam-alef keeps hamza below",
        Profile::Clean,
        "\u{FEF9}",
        "لإ",
    ),
    ("lam-alef keeps madda", Profile::Clean, "\u{FEF5}", "لآ"),
    ("plain lam-alef", Profile::Clean, "\u{FEFB}", "لا"),
    (
        "spacing fatha form is the mark",
        Profile::Clean,
        "ب\u{FE76}",
        "ب\u{064E}",
    ),
    (
        "shadda-fatha medial form",
        Profile::Clean,
        "ب\u{FCF2}",
        "ب\u{064E}\u{0651}",
    ),
    ("tatweel removed", Profile::Clean, "بـاكـسـتـان", "باكستان"),
    (
        "tatweel before guillemet",
        Profile::Clean,
        "لـ«داعش»",
        "ل«داعش»",
    ),
    (
        "zwsp removed without splitting",
        Profile::Clean,
        "باك\u{200B}ستان",
        "باكستان",
    ),
    (
        "zwj and zwnj removed",
        Profile::Clean,
        "ب\u{200D}ا\u{200C}ب",
        "باب",
    ),
    ("bom removed", Profile::Clean, "\u{FEFF}نص", "نص"),
    (
        "rlm lrm alm removed",
        Profile::Clean,
        "\u{200F}أ\u{200E}ب\u{061C}",
        "أب",
    ),
    (
        "bidi embeddings removed",
        Profile::Clean,
        "\u{202B}x\u{202C} \u{202E}y",
        "x y",
    ),
    (
        "bidi isolates removed",
        Profile::Clean,
        "\u{2067}Reuters\u{2069}",
        "Reuters",
    ),
    (
        "nbsp and thin space",
        Profile::Clean,
        "في\u{00A0}مايو\u{2009}2023",
        "في مايو 2023",
    ),
    ("space runs collapse", Profile::Clean, "a  \t  b", "a b"),
    ("line breaks kept", Profile::Clean, "a \n\n b", "a \n\n b"),
    (
        "invisible between spaces collapses",
        Profile::Clean,
        "a \u{200F} b",
        "a b",
    ),
    ("clean keeps harakat", Profile::Clean, "كَتَبَ", "كَتَبَ"),
    (
        "clean keeps alef forms and ta marbuta",
        Profile::Clean,
        "أإآى ة",
        "أإآى ة",
    ),
    ("clean keeps arabic digits", Profile::Clean, "٣٫٥", "٣٫٥"),
    // match profile
    (
        "harakat removed",
        Profile::Match,
        "كَتَبَ الطّالِبُ",
        "كتب الطالب",
    ),
    ("tanween removed", Profile::Match, "كتاباً", "كتابا"),
    ("ta marbuta with tanween", Profile::Match, "مدرسةً", "مدرسه"),
    (
        "hamza above composes before the harakat go",
        Profile::Match,
        "\u{064A}\u{0654}\u{064E}",
        "ئ",
    ),
    ("dagger alef removed", Profile::Match, "هٰذا", "هذا"),
    (
        "quranic marks removed",
        Profile::Match,
        "الرحيم\u{06D6}",
        "الرحيم",
    ),
    (
        "alef forms folded",
        Profile::Match,
        "أحمد إلى آخر ٱلله",
        "احمد الي اخر الله",
    ),
    ("alef maqsura", Profile::Match, "مستشفى", "مستشفي"),
    ("ta marbuta", Profile::Match, "حركة", "حركه"),
    ("persian ya and kaf", Profile::Match, "کابلی", "كابلي"),
    (
        "arabic-indic digits with decimal point",
        Profile::Match,
        "٣٫٥",
        "3.5",
    ),
    ("thousands separator", Profile::Match, "١٢٬٥٠٠", "12,500"),
    ("persian digits", Profile::Match, "۱۴۰۲", "1402"),
    (
        "arabic comma stays a comma",
        Profile::Match,
        "أولاً، ثانياً",
        "اولا, ثانيا",
    ),
    (
        "question and semicolon",
        Profile::Match,
        "لماذا؟ لأن؛",
        "لماذا? لان;",
    ),
    (
        "guillemets to quotes",
        Profile::Match,
        "«طالبان باكستان»",
        "\"طالبان باكستان\"",
    ),
    ("arabic percent", Profile::Match, "٥٪", "5%"),
    (
        "hamza seats kept by default",
        Profile::Match,
        "مؤتمر رئيس",
        "مؤتمر رئيس",
    ),
    (
        "lam-alef hamza then folded",
        Profile::Match,
        "\u{FEF7}",
        "لا",
    ),
    (
        "tatweel with guillemet in match",
        Profile::Match,
        "لـ«داعش»",
        "ل\"داعش\"",
    ),
    (
        "latin untouched",
        Profile::Match,
        "U.S. ISIS-K",
        "U.S. ISIS-K",
    ),
];

#[test]
fn rules_table() {
    for &(name, profile, input, expected) in TABLE {
        let got = Normalizer::new(profile.rules()).normalize(input).text;
        assert_eq!(
            got,
            expected,
            "row '{name}' ({}): input {} gave {}, expected {}",
            profile.name(),
            esc(input),
            esc(&got),
            esc(expected)
        );
    }
}

#[test]
fn keep_and_also_switch_single_rules() {
    let keep_ta = Profile::Match.rules().without(Rule::TaMarbuta);
    assert_eq!(
        Normalizer::new(keep_ta).normalize_str("حركة أمل"),
        "حركة امل"
    );
    let seats = Profile::Match.rules().with(Rule::HamzaSeats);
    assert_eq!(
        Normalizer::new(seats).normalize_str("مؤتمر رئيس"),
        "موتمر رييس"
    );
}

#[test]
fn rule_names_round_trip() {
    for r in Rule::ALL {
        assert_eq!(r.name().parse::<Rule>().unwrap(), r);
    }
    assert!("nope".parse::<Rule>().unwrap_err().contains("ta-marbuta"));
}

/// `(input, normalized substring, original text it must map back to)`.
const SPANS: &[(&str, &str, &str)] = &[
    ("لـ«داعش» في", "داعش", "داعش"),
    ("قال «طالبان باكستان»", "طالبان باكستان", "طالبان باكستان"),
    ("بـاكـسـتـان", "باكستان", "بـاكـسـتـان"),
    ("\u{FEF7}مم", "لا", "\u{FEF7}"),
    ("مُحَمَّدٌ رسول", "محمد", "مُحَمَّدٌ"),
    ("عام ٢٠٢١م", "2021", "٢٠٢١"),
    ("x\u{200F} y", "x", "x"),
    ("a\u{00A0}\u{00A0}b", "a b", "a\u{00A0}\u{00A0}b"),
];

#[test]
fn spans_map_back_to_the_original() {
    for &(input, norm_sub, orig_sub) in SPANS {
        let n = matcher().normalize(input);
        let start = n
            .text
            .find(norm_sub)
            .unwrap_or_else(|| panic!("{} not in normalized {}", esc(norm_sub), esc(&n.text)));
        let span = n.map.to_original(Span::new(start, start + norm_sub.len()));
        assert_eq!(
            &input[span.start..span.end],
            orig_sub,
            "input {}: normalized {} mapped to {}",
            esc(input),
            esc(norm_sub),
            esc(&input[span.start..span.end])
        );
    }
}

#[test]
fn unchanged_text_has_identity_map() {
    let n = matcher().normalize("وقال البيان ان السفير");
    assert!(n.map.is_identity());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn arabicish() -> impl Strategy<Value = String> {
        // Mostly Arabic, with marks, presentation forms, spaces, invisibles and anything else.
        let pieces = prop_oneof![
            4 => "[\u{0600}-\u{06FF}]{1,6}",
            2 => "[ \u{00A0}\u{2009}\t\n]{1,3}",
            1 => "[\u{FB50}-\u{FDFF}\u{FE70}-\u{FEFF}]{1,3}",
            1 => "[\u{200B}-\u{200F}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{0640}]{1,2}",
            1 => "[a-z0-9.«»]{1,4}",
            1 => any::<String>(),
        ];
        proptest::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
    }

    pub(super) fn all_rule_sets() -> Vec<Rules> {
        vec![
            Profile::Clean.rules(),
            Profile::Match.rules(),
            Profile::Match.rules().with(Rule::HamzaSeats),
            Profile::Match.rules().without(Rule::Nfc),
            Rules::empty().with(Rule::Harakat),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// The block scan (SIMD, for texts of 64 bytes and more) marks every character the
        /// byte table stops at: normalizing with it or without it gives the same text and map.
        #[test]
        fn block_scan_agrees_with_the_byte_table(s in arabicish(), pad in "[ a\u{0628}]{0,40}") {
            let s = format!("{pad}{s}{s}{s}{pad}");
            for rules in all_rule_sets() {
                let n = Normalizer::new(rules);
                let mut bytewise = n.clone();
                bytewise.blocks = None;
                let want = bytewise.normalize(&s);
                prop_assert_eq!(&n.normalize(&s), &want, "rules {:?} input {}", rules, esc(&s));
                // The 16-byte blocks too, where the processor would take 32.
                let mut narrow = n.clone();
                narrow.blocks = narrow.blocks.map(|b| b.narrow());
                prop_assert_eq!(&narrow.normalize(&s), &want, "rules {:?} input {}", rules, esc(&s));
            }
        }

        #[test]
        fn idempotent(s in arabicish()) {
            for rules in all_rule_sets() {
                let n = Normalizer::new(rules);
                let once = n.normalize_str(&s);
                let twice = n.normalize_str(&once);
                prop_assert_eq!(&twice, &once, "rules {:?} input {}", rules, esc(&s));
            }
        }

        #[test]
        fn spans_in_bounds_on_boundaries_and_monotone(s in arabicish(), a in 0usize..64, b in 0usize..64) {
            let n = matcher().normalize(&s);
            let bounds: Vec<usize> = n.text.char_indices().map(|(i, _)| i).chain([n.text.len()]).collect();
            let x = bounds[a % bounds.len()];
            let y = bounds[b % bounds.len()];
            let (x, y) = (x.min(y), x.max(y));
            let span = n.map.to_original(Span::new(x, y));
            prop_assert!(span.start <= span.end && span.end <= s.len());
            prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
            // The whole normalized text maps to a span inside the original, and later
            // positions never map before earlier ones.
            let whole = n.map.to_original(Span::new(0, n.text.len()));
            prop_assert!(whole.end <= s.len());
            prop_assert!(n.map.start(x) <= n.map.start(y));
            prop_assert!(n.map.end(x) <= n.map.end(y));
        }

        /// A sentence's slice of the normalized document is the sentence normalized on its
        /// own (what export relies on to normalize each document once), up to spaces at its
        /// ends: a stray mark at a sentence start belongs to the space before it.
        #[test]
        fn sentence_slices_match_sentence_normalization(s in arabicish()) {
            let n = matcher().normalize(&s);
            for sent in crate::segment::segment(&s) {
                let slice = n.map.to_normalized(sent.span);
                let alone = matcher().normalize_str(sent.span.slice(&s));
                prop_assert_eq!(n.text[slice.start..slice.end].trim_matches(' '), alone.trim_matches(' '), "sentence {:?}", esc(sent.span.slice(&s)));
            }
        }

        /// A cursor maps like the map, in any order of queries.
        #[test]
        fn cursor_agrees_with_the_map(s in arabicish(), picks in proptest::collection::vec((0usize..64, 0usize..64), 1..20)) {
            let n = matcher().normalize(&s);
            let bounds: Vec<usize> = n.text.char_indices().map(|(i, _)| i).chain([n.text.len()]).collect();
            let mut spans: Vec<Span> = picks
                .iter()
                .map(|&(a, b)| {
                    let (x, y) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
                    Span::new(x.min(y), x.max(y))
                })
                .collect();
            let mut cursor = n.map.cursor();
            for sp in &spans {
                prop_assert_eq!(cursor.to_original(*sp), n.map.to_original(*sp));
            }
            spans.sort();
            let mut cursor = n.map.cursor();
            for sp in &spans {
                prop_assert_eq!(cursor.to_original(*sp), n.map.to_original(*sp));
            }
        }

        #[test]
        fn line_breaks_survive(s in arabicish()) {
            let n = matcher().normalize(&s);
            prop_assert_eq!(s.matches('\n').count(), n.text.matches('\n').count());
        }
    }
}

/// The block scan at every position of its blocks: a character of one to four bytes, a
/// letter with its marks (cut in the scan), a fold, CRLF and a run of tatweel or harakat
/// starting at each byte offset of a text long enough for the blocks (the last block partly
/// full), with both block widths; the text and the map are the byte table's.
#[test]
fn block_scan_agrees_at_every_offset() {
    let inserts = [
        "\u{0627}",
        "ة",
        "\u{064A}\u{064B}",
        "\u{0628}\u{064E}\u{0651}\u{064F}",
        "\u{0640}\u{0640}\u{0640}",
        "\r\n",
        "  ",
        "\t",
        "\u{FEF7}",
        "\u{FDF2}",
        "€",
        "\u{1F600}",
        "\u{200F}",
        "\u{064B}",
        "\u{0670}",
        "ى\u{0654}",
    ];
    for rules in properties::all_rule_sets() {
        let n = Normalizer::new(rules);
        // Every rule set here takes the block scan where the processor can run it.
        assert_eq!(
            n.blocks.is_some(),
            crate::simd::Isa::detect().is_vector(),
            "{rules:?}"
        );
        let mut bytewise = n.clone();
        bytewise.blocks = None;
        let mut narrow = n.clone();
        narrow.blocks = narrow.blocks.map(|b| b.narrow());
        for filler in ["\u{0628}", "a", "\u{0628}a "] {
            for len in [64usize, 65, 95, 96, 97, 127, 128, 129, 150] {
                for insert in inserts {
                    for before in 0..len {
                        // `before` bytes of filler (whole characters), the insert, then
                        // filler to about `len` bytes.
                        let mut s = String::new();
                        while s.len() + filler.len() <= before {
                            s.push_str(filler);
                        }
                        while s.len() < before {
                            s.push(' ');
                        }
                        s.push_str(insert);
                        while s.len() < len {
                            s.push_str(filler);
                        }
                        let want = bytewise.normalize(&s);
                        assert_eq!(n.normalize(&s), want, "{rules:?} {}", esc(&s));
                        assert_eq!(narrow.normalize(&s), want, "{rules:?} {}", esc(&s));
                    }
                }
            }
        }
    }
}
