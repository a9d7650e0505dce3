use super::*;

/// Names as news writes them, and their English in house style.
#[test]
fn house_style_names() {
    let t = Transliterator::builtin();
    let cases = [
        // Lexicon tokens, the article, bin inside a name.
        ("محمد بن سلمان", "Mohammed bin Salman"),
        ("أحمد الزهراني", "Ahmed al-Zahrani"),
        ("عمر إبراهيم", "Omar Ibrahim"),
        ("حسين", "Hussein"),
        ("يوسف", "Youssef"),
        // عبد ال… is Abdul-…, عبد الله is Abdullah, written in one word or two.
        ("عبد الرحمن", "Abdul-Rahman"),
        ("عبدالرحمن", "Abdul-Rahman"),
        ("عبد الله", "Abdullah"),
        ("عبدالله الزهراني", "Abdullah al-Zahrani"),
        // Abu, Ibn at the start, the family Al, a following الله.
        ("أبو حسن", "Abu Hassan"),
        // أبو glued to an Arab name is Abu and the name, as when apart.
        ("أبوحسن", "Abu Hassan"),
        ("خالد أبوعمر", "Khaled Abu Omar"),
        ("أبوعريش", "Abu Arish"),
        ("ابن عمر", "Ibn Omar"),
        ("سلمان بن حمد آل خليفة", "Salman bin Hamad Al Khalifa"),
        ("نصر الله", "Nasrallah"),
        // The lexicon spells جار "jarallah" (a Wikidata token of Jarallah): الله once.
        ("عبد الله الجار الله", "Abdullah al-Jarallah"),
        // The article at the start of the name is capitalized.
        ("الغامدي", "Al-Ghamdi"),
        // A family name of عبد ال… with the article: the compound rule after al-, one word
        // (the model spelled العبدالجبار "Al-Abdulgabar" and العبدالله "Alabdallah").
        ("محمد العبدالله", "Mohammed al-Abdullah"),
        ("العبدالرحمن", "Al-Abdulrahman"),
        // No p in an Arab name (a ة, or the article): the model's Paslama is Baslama.
        ("بدر باسلمة", "Badr Baslama"),
        // Nor a v, nor a cluster Arabic cannot say (session 21, dev news snn_okaz_033,
        // snn_alwatan_006: al-Arfg, al-Vlasi).
        // (Session 22: the g of ج is a j, pattern.rs: al-Arfaj.)
        ("منصور العرفج", "Mansour al-Arfaj"),
        ("سيف يوسف أحمد الفلاسي", "Saif Youssef Ahmed al-Falasi"),
        // Diacritics, tatweel, hamza seats, ى, Persian yeh: folded away.
        ("مُحَمَّد", "Mohammed"),
        ("مـحـمـد", "Mohammed"),
        ("إسماعيل", "Ismail"),
        ("عيسى", "Issa"),
        ("عیسی", "Issa"),
        // ة is -a, not -ah.
        ("حمزة", "Hamza"),
        // de, van, von inside a name are lowercase.
        (
            "كريستينا فرنانديز دي كيرشنر",
            "Christina Fernandez de Kirchner",
        ),
        ("لودفيغ فان بيتهوفن", "Ludwig van Beethoven"),
        // ة written as ه (common in news): a known name's ة form is read.
        ("فاطمه", "Fatima"),
        ("اسامه", "Osama"),
        ("محمد سلامه", "Mohammed Salama"),
        // Regnal ordinals are Roman numerals (the data pairs ثاني with Wikidata's "II");
        // آل ثاني is the family Al Thani.
        ("محمد السادس", "Mohammed VI"),
        ("عبدالله الثاني", "Abdullah II"),
        ("إليزابيث الثانية", "Elizabeth II"),
        ("تميم بن حمد آل ثاني", "Tamim bin Hamad Al Thani"),
        // A family name with the article and ي is a nisba in -i, whatever the data's
        // most frequent spelling ends with.
        ("نوري المالكي", "Nouri al-Maliki"),
        // AP spellings of names frequent in Arab news (names.py HOUSE_ARABIC).
        ("حيدر العبادي", "Haidar al-Abadi"),
        ("بنيامين نتنياهو", "Benjamin Netanyahu"),
        ("عبد ربه منصور هادي", "Abd Rabo Mansour Hadi"),
        ("عبد الرحيم", "Abdul-Rahim"),
        // Session 27: Western given names of the news whose spelling the data lacks or
        // outvotes (the model gave "Haurd", "Rasel", "Bertran", "Biar", "Miguelito").
        ("هاورد ويب", "Howard Webb"),
        ("راسل", "Russell"),
        ("برتران", "Bertrand"),
        ("بيار", "Pierre"),
        ("ميغيل", "Miguel"),
        ("جوزيه", "Jose"),
        ("كلوديو", "Claudio"),
        ("يورجن", "Jurgen"),
        // A Latin initial spelled out, and الابن closing a name (Wikinews, FLORES-200:
        // "John F. Kennedy", "N. Wayne Hale Jr.").
        ("جون إف كينيدي", "John F. Kennedy"),
        ("جورج دبليو بوش", "George W. Bush"),
        ("وين هالي الابن", "Wynne Haley Jr."),
    ];
    for (arabic, english) in cases {
        assert_eq!(t.name(arabic).english, english, "{arabic}");
    }
}

/// Classical names (session 28): a compound with الدين is `X al-Din`, written apart or as one
/// word (the lexicon's "Dean", "Izzettin", the model's "Azzaldin" were other names'), and the
/// caliphs' laqabs and the sultans' names of history books (the lexicon gave "Al-Maumoon",
/// "Al-Mutal", "Al-Moatasem"; the model "al-Iobi", "Zanke", "Qalawon"). Rows from AQMAR dev
/// (Damascus, Imam_Hussein_Shrine; Wikipedia, CC BY-SA) and SaudiNewsNet (al-Riyadh: الخليفة
/// العباسي المأمون; al-Riyadh and al-Yaum: عزالدين الأصبحي, the Yemeni minister).
#[test]
fn classical_names() {
    let t = Transliterator::builtin();
    let cases: &[(&str, &str)] = &[
        ("صلاح الدين الأيوبي", "Salah al-Din al-Ayyubi"),
        ("نور الدين محمود زنكي", "Nour al-Din Mahmoud Zengi"),
        ("عز الدين", "Izz al-Din"),
        ("عزالدين", "Izz al-Din"),
        ("نورالدين", "Nour al-Din"),
        ("حسام الدين", "Hussam al-Din"),
        ("المأمون", "Al-Ma'mun"),
        ("المعتصم", "Al-Mu'tasim"),
        ("المتوكل", "Al-Mutawakkil"),
        ("المعتضد", "Al-Mu'tadid"),
        ("المستنصر بالله", "Al-Mustansir Billah"),
        ("هارون الرشيد", "Haroun al-Rashid"),
        ("الظاهر بيبرس", "Al-Zahir Baybars"),
        ("قلاوون", "Qalawun"),
        // God's names after عبد whose lexicon row was another name's (AQMAR dev Damascus:
        // الوليد بن عبد الملك; SaudiNewsNet al-Aawsat: عبد الملك بن مروان, al-Watan: يونس بن
        // عبد الأعلى).
        ("عبد الملك بن مروان", "Abdul-Malik bin Marwan"),
        ("عبداللطيف بن عبدالملك", "Abdul-Latif bin Abdul-Malik"),
        ("يونس بن عبد الأعلى", "Younis bin Abdul-Ala"),
        ("عبد الولي", "Abdul-Wali"),
        ("عبد الحي", "Abdul-Hai"),
        ("عبد الستار", "Abdul-Sattar"),
        ("عبدالعزيز", "Abdul-Aziz"),
        // Not the compound: an opener without الدين keeps its own spelling.
        ("محمد صلاح", "Mohammed Salah"),
    ];
    for (arabic, english) in cases {
        assert_eq!(t.name(arabic).english, *english, "{arabic}");
    }
}

/// أل/إل at the start of a name as written is the name's own (ألكسندر، إلهام), not the
/// article that folding makes of it; آل is the family (Al Saud).
#[test]
fn hamza_lam_is_no_article() {
    let t = Transliterator::builtin();
    for name in ["إلهام شاهين", "ألكسندر ألتمان", "ألبير كامو"] {
        let english = t.name(name).english;
        assert!(
            !english.to_lowercase().starts_with("al-"),
            "{name}: {english}"
        );
        assert!(!english.contains(" al-"), "{name}: {english}");
    }
    assert_eq!(t.name("آل سعود").english, "Al Saud");
}

#[test]
fn sources_and_scores_take_the_weakest_token() {
    let t = Transliterator::builtin();
    let r = t.name("عبد الله");
    assert_eq!((r.source, r.score), (Source::Rules, 1.0));
    let known = t.name("محمد");
    assert_eq!(known.source, Source::Lexicon);
    assert!(known.score > 0.5 && known.score <= 1.0, "{known:?}");
    // An invented surname is spelled by the model; the whole name is as sure as that guess.
    let guess = t.name("محمد زقنطوري");
    assert_eq!(guess.source, Source::Model);
    assert!(guess.score <= known.score, "{guess:?}");
    assert!(guess.english.starts_with("Mohammed Z"), "{guess:?}");
    assert!(guess.english.ends_with('i'), "nisba: {guess:?}");
    assert_eq!(Source::Model.name(), "model");
    assert_eq!(Source::Lexicon.name(), "lexicon");
    assert_eq!(Source::Rules.name(), "rules");
}

#[test]
fn odd_input_never_panics_and_keeps_what_it_cannot_read() {
    let t = Transliterator::builtin();
    assert_eq!(t.name("").english, "");
    assert_eq!(t.name("").score, 0.0);
    assert_eq!(t.name("  «»  ").english, "");
    assert_eq!(t.name("Smith").english, "Smith");
    assert_eq!(t.name("«محمد»،").english, "Mohammed");
    // A letter the model has no unit for is kept as written.
    assert_eq!(t.name("محمد 2").english, "Mohammed 2");
    for s in ["ال", "عبد", "بن", "الله", "ـــ", "ﻣﺤﻤﺪ", "ء", "ابو ابو ابو"]
    {
        let _ = t.name(s);
    }
    // Presentation forms read as the letters.
    assert_eq!(t.name("ﻣﺤﻤﺪ").english, "Mohammed");
}

#[test]
fn deterministic() {
    let t = Transliterator::builtin();
    let a = t.name("كارلوفيتش هاندانوفيتش");
    for _ in 0..3 {
        assert_eq!(t.name("كارلوفيتش هاندانوفيتش"), a);
    }
}

/// `fold` of one character as written before its fast path for plain letters.
fn fold_char_slowly(c: char) -> String {
    use crate::normalize::tables;
    if tables::is_haraka(c)
        || c == tables::DAGGER_ALEF
        || c == tables::TATWEEL
        || tables::is_quranic_mark(c)
        || tables::is_invisible(c)
        || c.is_whitespace()
    {
        return String::new();
    }
    if tables::is_presentation_form(c) {
        let mut plain = String::new();
        unicode_normalization::char::decompose_compatible(c, |d| plain.push(d));
        if plain.chars().any(|d| d != c) {
            let mut folded = String::new();
            fold(&plain, &mut folded);
            return folded;
        }
    }
    let c = tables::fold_alef(c)
        .or_else(|| tables::fold_persian(c))
        .unwrap_or(if c == 'ى' { 'ي' } else { c });
    c.to_string()
}

#[test]
fn fold_keeps_plain_letters_and_folds_the_rest_as_before() {
    let mut s = String::new();
    let ranges = [
        '\u{0}'..='\u{7F}',
        '\u{0600}'..='\u{06FF}',
        '\u{FB50}'..='\u{FEFF}',
    ];
    for c in ranges.into_iter().flatten() {
        fold(c.encode_utf8(&mut [0; 4]), &mut s);
        assert_eq!(s, fold_char_slowly(c), "U+{:04X}", c as u32);
    }
}

#[test]
fn fold_matches_the_training_script() {
    let mut s = String::new();
    for (raw, folded) in [
        ("أَحْمَد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنة"),
        ("مصطفى", "مصطفي"),
        ("ﻋﻠﻲ", "علي"),
        ("رؤوف", "رؤوف"),
    ] {
        fold(raw, &mut s);
        assert_eq!(s, folded, "{raw}");
    }
}

#[test]
fn nisba_spelling() {
    for (model, house) in [
        ("qahtany", "qahtani"),
        ("shamsee", "shamsi"),
        ("zahrani", "zahrani"),
        // Session 24: the model's -ey (nisba made it -ei) after a consonant (dev news:
        // al-Sahlei, al-Jahnei, al-Qarshei); after a vowel it stays.
        ("shley", "shli"),
        ("jahnei", "jahni"),
        ("rabaei", "rabaei"),
    ] {
        let mut s = model.to_string();
        nisba(&mut s);
        assert_eq!(s, house);
    }
}

/// A lexicon spelling of a family name with the article and ي ends in -i; a diphthong stays.
#[test]
fn nisba_of_lexicon_spellings() {
    for (data, house) in [
        ("Malky", "Malki"),
        ("Kuwaity", "Kuwaiti"),
        ("Tamimiy", "Tamimi"),
        ("Shamsee", "Shamsi"),
        ("Zahrani", "Zahrani"),
        ("Mahdey", "Mahdey"),
        ("Shay", "Shay"),
    ] {
        let mut s = data.to_string();
        rules::nisba_y(&mut s);
        assert_eq!(s, house, "{data}");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any text: no panic, a score in 0..=1, nothing but single spaces between words.
        #[test]
        fn any_text(s in "\\PC{0,40}") {
            let r = Transliterator::builtin().name(&s);
            prop_assert!((0.0..=1.0).contains(&r.score));
            prop_assert!(!r.english.contains("  ") && r.english.trim() == r.english);
        }

        /// A name in Arabic letters comes out in Latin letters, hyphens and apostrophes (and
        /// the full stop of an initial or Jr.), every word capitalized but the particles.
        #[test]
        fn arabic_names_come_out_latin(s in "[ابتثجحخدذرزسشصضطظعغفقكلمنهويةأإآىء ]{1,40}") {
            let t = Transliterator::builtin();
            let r = t.name(&s);
            // de, van … inside a name are lowercase.
            let particles: Vec<&str> =
                rules::NOBILIARY.iter().filter_map(|w| t.lexicon.get(w)).map(|e| e.0).collect();
            for word in r.english.split(' ').filter(|w| !w.is_empty()) {
                prop_assert!(
                    word.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c == '\'')
                        || ["F.", "W.", "H.", "X.", "K.", "J.", "Jr."].contains(&word),
                    "{s:?} → {:?}", r.english
                );
                let first = word.chars().next();
                prop_assert!(
                    first.is_some_and(|c| c.is_ascii_uppercase())
                        || ["bin", "bint"].contains(&word)
                        || particles.contains(&word)
                        || word.starts_with("al-")
                        || word.starts_with('\''),
                    "{s:?} → {:?}", r.english
                );
            }
        }
    }
}

/// The built-in tables, read in place: known tokens found by binary search, others not.
#[test]
fn lexicon_lookup() {
    let t = Transliterator::builtin();
    assert!(t.lexicon.len() > 30_000, "{}", t.lexicon.len());
    // Loading the built-in table skips this check: binary search needs it.
    assert!(t.lexicon.is_sorted());
    for (folded, english) in [
        ("محمد", "mohammed"),
        ("يوسف", "youssef"),
        ("زهراني", "zahrani"),
    ] {
        assert_eq!(
            t.lexicon.get(folded).map(|e| e.0),
            Some(english),
            "{folded}"
        );
    }
    for missing in ["", "زقنطوري", "محمدd", "ا ا"] {
        assert_eq!(t.lexicon.get(missing), None, "{missing}");
    }
}

/// A damaged table is an error naming the file and the byte, never a panic.
#[test]
fn damaged_tables_are_errors() {
    let lex: &'static [u8] = include_bytes!("data/lexicon.bin");
    let model: &'static [u8] = include_bytes!("data/model.bin");
    assert!(Transliterator::from_bytes(lex, model).is_ok());
    let leak = |v: Vec<u8>| -> &'static [u8] { Box::leak(v.into_boxed_slice()) };
    let mut wrong_magic = model.to_vec();
    wrong_magic[0] = b'X';
    let mut bad_offsets = lex.to_vec();
    // The first entry offset (after magic, text length, text, padding, n and blob length).
    let text = u32::from_le_bytes(lex[8..12].try_into().unwrap()) as usize;
    let first = (12 + text).next_multiple_of(4) + 8;
    bad_offsets[first..first + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    let cases: [(&'static [u8], &'static [u8], &str); 5] = [
        (lex, leak(model[..model.len() / 2].to_vec()), "model.bin"),
        (leak(lex[..100].to_vec()), model, "lexicon.bin"),
        (lex, leak(wrong_magic), "wrong magic"),
        (model, lex, "wrong magic"),
        (leak(bad_offsets), model, "out of order"),
    ];
    for (l, m, says) in cases {
        let err = Transliterator::from_bytes(l, m)
            .expect_err(says)
            .to_string();
        assert!(
            err.contains(says) && err.contains("at byte"),
            "{says}: {err}"
        );
    }
}

/// Another beam width decodes the same tables: a beam of one holds all the probability, a wide
/// one shares it.
#[test]
fn beam_width_is_a_parameter() {
    let lex: &'static [u8] = include_bytes!("data/lexicon.bin");
    let model: &'static [u8] = include_bytes!("data/model.bin");
    let one = Transliterator::from_bytes(lex, model).unwrap().with_beam(1);
    let wide = Transliterator::from_bytes(lex, model)
        .unwrap()
        .with_beam(16);
    for name in ["زقنطوري", "بلغزنوفي", "قرطنوسي"] {
        let (a, b) = (one.name(name), wide.name(name));
        assert_eq!(a.source, Source::Model, "{name}");
        assert_eq!(
            a.score, 1.0,
            "a beam of one holds all its probability: {name}"
        );
        assert!(b.score > 0.0 && b.score <= 1.0, "{name}: {b:?}");
        assert!(
            !b.english.is_empty() && b.english.is_ascii(),
            "{name}: {b:?}"
        );
    }
}

/// Any byte of a table changed: loading fails with an error, or the tables load and spell
/// without a panic (every offset and id is checked once when loading).
#[test]
fn a_changed_byte_never_panics() {
    let lex: &'static [u8] = include_bytes!("data/lexicon.bin");
    let model: &'static [u8] = include_bytes!("data/model.bin");
    for which in 0..2 {
        let table = if which == 0 { lex } else { model };
        for k in 0..8 {
            let at = 8 + k * (table.len() - 8) / 8 + k % 7;
            let mut bytes = table.to_vec();
            bytes[at] ^= 0x5A;
            let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            let (l, m) = if which == 0 {
                (bytes, model)
            } else {
                (lex, bytes)
            };
            if let Ok(t) = Transliterator::from_bytes(l, m) {
                for name in ["محمد القحطاني", "زقنطوري", "ء", "عبد الرحمن"]
                {
                    let _ = t.name(name);
                }
            }
        }
    }
}

/// Every key of the built-in lexicon is found, and a key cut short, lengthened or with its
/// last byte changed is found exactly when a plain bisection over the keys finds it.
#[test]
fn lexicon_get_agrees_with_a_plain_bisection() {
    let lex = &Transliterator::builtin().lexicon;
    let keys: Vec<&[u8]> = (0..lex.len()).map(|i| lex.key(i)).collect();
    let plain = |w: &[u8]| keys.binary_search(&w).is_ok();
    for (i, &key) in keys.iter().enumerate().step_by(3) {
        let text = std::str::from_utf8(key).unwrap();
        assert!(lex.get(text).is_some(), "{text}");
        let mut probes: Vec<Vec<u8>> = vec![
            key[..key.len() / 2].to_vec(),
            [key, "ي".as_bytes()].concat(),
        ];
        if i % 2 == 0 {
            probes.push([key, b"\0"].concat());
        }
        for p in probes {
            if let Ok(s) = std::str::from_utf8(&p) {
                assert_eq!(lex.get(s).is_some(), plain(&p), "{s:?}");
            }
        }
    }
}

/// A lexicon spelling held by few of the data's pairs whose first letter cannot render the
/// Arabic's (توم → "Heeney", a stray pair) gives way to the model; a sure entry, or a doubtful
/// one that fits (فيبر → Weber), stays.
#[test]
fn stray_lexicon_spellings_give_way_to_the_model() {
    let t = Transliterator::builtin();
    let r = t.name("توم");
    assert!(r.english.starts_with('T'), "توم → {}", r.english);
    assert_eq!(r.source, Source::Model);
    assert_eq!(t.name("جون").english, "John");
    for (arabic, english, fits) in [
        ("توم", "heeney", false),
        ("توم", "tom", true),
        ("فيبر", "weber", true),
        ("جون", "john", true),
        ("عمر", "omar", true),
        ("قاسم", "kassem", true),
        ("زيد", "heeney", false),
    ] {
        let mut f = String::new();
        fold(arabic, &mut f);
        assert_eq!(
            rules::initial_fits(&f, english),
            fits,
            "{arabic} → {english}"
        );
    }
}

#[test]
fn regnal_ordinals_in_the_match_folding() {
    for (word, regnal) in [
        ("الثاني", true),
        ("الثانيه", true),
        ("الثانية", true),
        ("الاولي", true),
        ("العاشره", true),
        ("الحادي", false),
        ("الثانيهه", false),
        ("ثاني", false),
    ] {
        assert_eq!(super::is_regnal(word), regnal, "{word}");
    }
}

/// The model's final ي is a nisba (-i) only in an Arab name: after the article, or with a
/// letter foreign names written in Arabic lack (ق ط ع …); a foreign name keeps its -y. The
/// tokens are invented, so the model spells them (held-out figures: `dev/translit/eval.py`,
/// Arabic split +0.004/+0.002 top-1 on Wikidata/Google).
#[test]
fn nisba_only_in_arab_names() {
    let t = Transliterator::builtin();
    for (arabic, end) in [
        ("سنوبرلي", 'y'),   // no Arab letter: a foreign name, -y
        ("فلانغيرتي", 'y'),  // غ is in foreign names too (Godfrey)
        ("السنوبرلي", 'i'), // the article: an Arab family name
        ("زقنطوري", 'i'),   // ق, ط
    ] {
        let r = t.name(arabic);
        assert_eq!(r.source, Source::Model, "{arabic}: {r:?}");
        assert!(r.english.ends_with(end), "{arabic}: {r:?}, want -{end}");
    }
    for (folded, arab) in [
        ("مرزوقي", true),
        ("فاطمة", true),
        ("عيسي", true),
        ("ويلبي", false),
        ("غودفري", false),
        ("خوسيه", false),
    ] {
        assert_eq!(super::arab_letters(folded), arab, "{folded}");
    }
}

/// A title the lexicon's data gives for a name (أميرة → princess) is not its spelling: the model
/// spells the name (the given name أميرة after الدكتورة was printed "Princess Kashgari").
#[test]
fn titles_are_no_spelling_of_a_name() {
    let t = Transliterator::builtin();
    for arabic in ["أميرة", "أميرة كشغري", "ملكة الحربي"] {
        let r = t.name(arabic);
        let lower = r.english.to_lowercase();
        assert!(
            !["princess", "queen"].iter().any(|w| lower.contains(w)),
            "{arabic} → {}",
            r.english
        );
    }
    assert_eq!(t.name("سلطان").english, "Sultan");
}

/// The lexicon's spelling of a token is a spelling, in English news style (session 19,
/// `dev/translit/train.py`): not the English of a place or word the Arabic cannot spell (a
/// Wikidata label translated: سويد "Sweden", سنوسي "Libya"), and not another house's spelling
/// of an Arab name (Turkish Murat, Maghreb Tahar, French Zouhair, Soufiane) where the data has
/// one that fits.
#[test]
fn lexicon_spellings_are_english_spellings() {
    let t = Transliterator::builtin();
    let cases = [
        ("سويد الغامدي", "Souid al-Ghamdi"),
        ("أحمد سنوسي", "Ahmed Senussi"),
        ("طاهر", "Tahir"),
        // (Session 22: Zuhair, a house spelling in names.py HOUSE_ARABIC.)
        ("زهير", "Zuhair"),
        ("سفيان", "Sufyan"),
        ("شكري", "Shukri"),
        ("سعاد", "Suad"),
        // A foreign name keeps its English c and its ou where the Arabic has و.
        ("باتريسيا", "Patricia"),
        ("غارسيا", "Garcia"),
        ("يوسف", "Youssef"),
    ];
    for (arabic, english) in cases {
        assert_eq!(t.name(arabic).english, english, "{arabic}");
    }
}

/// Session 21: the model's spelling of an Arab name opens on no consonant pair and has no
/// run of three (held-out news: al-Sbei, al-Hqbani, al-Arfg, Matlq); a digraph, a doubled
/// letter and the glides y, w count as written.
#[test]
fn arab_names_are_pronounceable() {
    for (model, want) in [
        ("sbei", "sabei"),
        ("hqbani", "haqbani"),
        ("arfg", "arfag"),
        ("matlq", "matlaq"),
        ("makhrg", "makhrag"),
        ("dgari", "dagari"),
        // Unchanged: a digraph or doubled letter is one consonant, y/w are glides.
        ("khaled", "khaled"),
        ("shammari", "shammari"),
        ("swailem", "swailem"),
        ("abbas", "abbas"),
        ("fahd", "fahd"),
        ("mustafa", "mustafa"),
    ] {
        let mut english = model.to_string();
        super::rules::syllabic(&mut english);
        assert_eq!(english, want, "{model}");
    }
}

/// The diminutive's vowels and the model's g (pattern.rs), on names of held-out news (seeds
/// 26-34 of dev/gold/persons-judged) and the dev news (snn_alweeam_004: السديس; snn_sabq_003:
/// الرميح); the pattern left alone where it is no diminutive.
#[test]
fn gulf_names_take_their_pattern() {
    let t = Transliterator::builtin();
    for (arabic, english) in [
        // فُعَيْل with a nisba, after the article: the model had al-Doisi, al-Roethi,
        // al-Genedi, al-Sadis, al-Ramih.
        ("ناصر الدويسي", "Nasser al-Duwaisi"),
        ("عادل الرويثي", "Adel al-Ruwaithi"),
        ("حسين صالح الجنيدي", "Hussein Saleh al-Junaidi"),
        ("عبدالرحمن السديس", "Abdul-Rahman al-Sudais"),
        ("صالح الرميح", "Saleh al-Rumaih"),
        // An opening ع is o (al-Osaimi); a last ع is e, the nisba then adds nothing.
        ("مبارك العصيمي", "Mubarak al-Osaimi"),
        ("إبراهيم السبيعي", "Ibrahim al-Subaie"),
        // فُعَيْعِل: five letters (the model: al-Maigel, al-Tawirqi).
        ("عبدالله المعيقل", "Abdullah al-Muaiqel"),
        ("عبدالله الطويرقي", "Abdullah al-Tuwaireqi"),
        // Not a given name: as often the adjective فعيلة (Saida, Hamida) as a diminutive.
        ("سعيدة", "Saida"),
        ("حميدة", "Hamida"),
        // The model's g: j for ج, gh for غ, q for ق.
        ("محمد المخرج", "Mohammed al-Makhraj"),
        ("صالح الدغاري", "Saleh al-Daghari"),
        ("أسامة البرقاوي", "Osama al-Barqawi"),
        // No diminutive: God's name after عبد ال (الرقيب, pattern فعيل), a lexicon name, a
        // foreign name, a word of another shape.
        ("عبد الرقيب", "Abdul-Raqib"),
        ("سعيد", "Saeed"),
        ("فريدمان", "Friedman"),
        ("أحمد الزهراني", "Ahmed al-Zahrani"),
        // أبي after بن is Abi.
        ("زهير بن أبي سلمى", "Zuhair bin Abi Salma"),
    ] {
        assert_eq!(
            t.name(arabic).english,
            english,
            "{arabic}: see translit/pattern.rs"
        );
    }
}

#[test]
fn diminutive_pattern() {
    use super::pattern::{diminutive, g_letter, vowelless};
    for (folded, want) in [
        ("دويسي", Some("duwaisi")),
        ("جنيد", Some("junaid")),
        ("عتيبي", Some("otaibi")),
        ("معيقل", Some("muaiqel")),
        ("سبيعي", Some("subaie")),
        ("حنينة", Some("hunaina")),
        // A long vowel or hamza among the radicals, or another length: no pattern.
        ("سعيد", Some("suaid")), // the caller keeps lexicon names (Saeed) from here
        ("زايد", None),
        ("بريطاني", None),
        ("علي", None),
        ("ابراهيم", None),
        ("سويلع", None),
    ] {
        assert_eq!(diminutive(folded).as_deref(), want, "{folded}");
    }
    for (folded, model, want) in [
        ("عرفج", "arfag", "arfaj"),
        ("غبان", "Gban", "Ghban"),
        ("سلهوق", "salhoug", "salhouq"),
        // Two letters that may be g, a g already gh or j, a k: left.
        ("جغرافي", "gografi", "gografi"),
        ("غانم", "ghanem", "ghanem"),
        ("قاسم", "kasim", "kasim"),
        ("كريم", "garim", "garim"),
    ] {
        let mut english = model.to_string();
        g_letter(folded, &mut english);
        assert_eq!(english, want, "{folded} {model}");
    }
    for (english, want) in [
        ("sbei", true),
        ("nsaief", true),
        ("khaled", false),
        ("shaian", false),
        ("abbas", false),
        ("llama", false),
    ] {
        assert_eq!(vowelless(english), want, "{english}");
    }
}

/// A lexicon row whose English lacks most of the Arabic's consonants is a translation or a
/// misaligned pair (العمودي "Stylites", from Simeon Stylites), not a spelling: the model spells
/// the token. Spellings that render the consonants, however unusual, stay.
#[test]
fn translations_in_the_lexicon_give_way_to_the_model() {
    let t = Transliterator::builtin();
    let r = t.name("هبة العمودي");
    assert!(!r.english.contains("Stylites"), "{}", r.english);
    assert!(r.english.starts_with("Heba al-A"), "{}", r.english);
    for (arabic, english, fits) in [
        ("العمودي", "stylites", false),
        ("مدين", "owe", false),
        ("الكبير", "nest", false),
        ("العمودي", "amoudi", true),
        ("شياوشو", "xiaoxu", true),
        ("خورخي", "jorge", true),
        ("محمد", "mohammed", true),
        ("عبدالله", "abdullah", true),
        ("قاسم", "kassem", true),
        ("نور", "noor", true),
    ] {
        let mut f = String::new();
        fold(arabic, &mut f);
        assert_eq!(
            rules::skeleton_fits(&f, english),
            fits,
            "{arabic} → {english}"
        );
    }
}

/// Session 24: a token of an Arab name is read as one though it has no Arab letter of its own,
/// when another part of the name says so (بن, the article, آل, an Arab letter), and the
/// patterns the model's spelling leaves out come back. Names of held-out news
/// (dev/gold/persons-judged seeds 34-36, SaudiNewsNet, CC BY-NC-SA 4.0: "وزير العمل د. مفرج
/// بن سعد الحقباني", snn_alriyadh_018; "الدكتور محروس بن أحمد غبان", snn_aljazirah_045).
#[test]
fn arab_names_by_their_other_tokens() {
    let t = Transliterator::builtin();
    for (arabic, english) in [
        // The model's ph, and its g, in a name with بن (were Mphrg, Gban).
        ("مفرج بن سعد الحقباني", "Mafraj bin Saad al-Haqbani"),
        ("محروس بن أحمد غبان", "Mahrous bin Ahmed Ghaban"),
        // فُعَيْلان in any Arab name, فُعَيْل after آل (were Brikan, al-Saferran, Al Fahead).
        ("بريكان الشلوي", "Buraikan al-Shalawi"),
        ("فهد السفيران", "Fahd al-Sufairan"),
        ("بندر آل فهيد", "Bandar Al Fuhaid"),
        // فاعِل's second vowel (were al-Khazm, Marq).
        ("أحمد الخازم", "Ahmed al-Khazem"),
        ("سعد محمد مارق", "Saad Mohammed Mareq"),
        // C و ا opens on the a (was al-Swat); the nisba ـوي is -awi (was al-Baloi).
        ("عبدالمجيد السواط", "Abdul-Majid al-Sawat"),
        ("محمد البلوي", "Mohammed al-Balawi"),
        // A vowel-less lexicon row of a diminutive in an Arab name (was Jridi).
        ("جريدي المنصوري", "Juraidi al-Mansouri"),
        // The data's Gulf g for ق is q (dev news snn_okaz_031); its Egyptian g for ج stays
        // (Mohamed Naguib, snn_aawsat_033), and غ's G in a Western name (Gareth).
        ("عبدالله البرقان", "Abdullah al-Barqan"),
        ("محمد نجيب", "Mohammed Naguib"),
        ("غاريث بيل حسن", "Gareth Bill Hassan"),
        // A regnal ordinal is no article: a foreign name stays foreign.
        ("غريغوريوس الثامن", "Grigorius VIII"),
        // Unchanged: foreign names, whose -y and p stay, and a known name.
        ("جون كيري", "John Kerry"),
        ("باميلا", "Pamela"),
        ("فريدمان", "Friedman"),
        ("سعيدة", "Saida"),
    ] {
        assert_eq!(
            t.name(arabic).english,
            english,
            "{arabic}: see translit/rules.rs arab_name and pattern.rs"
        );
    }
}

#[test]
fn patterns_the_model_leaves_out() {
    use super::pattern::{agent, awi, diminutive, wa_opening};
    for (folded, model, want) in [
        ("خازم", "khazm", "khazem"),
        ("مارق", "Marq", "Mareq"),
        ("خازمي", "khazmi", "khazemi"),
        // Spelled with its vowel already, or another shape, or a weak letter: left.
        ("خازم", "khazim", "khazim"),
        ("ناصر", "nasser", "nasser"),
        ("فايع", "fayea", "fayea"),
        ("فهد", "fahd", "fahd"),
        ("ساعد", "saad", "saad"),
    ] {
        let mut english = model.to_string();
        agent(folded, &mut english);
        assert_eq!(english, want, "agent {folded} {model}");
    }
    for (folded, model, want) in [
        ("سواط", "swat", "sawat"),
        ("صواف", "sawaf", "sawaf"),
        ("سويلم", "swailem", "swailem"),
        ("شواهين", "shwahin", "shawahin"),
    ] {
        let mut english = model.to_string();
        wa_opening(folded, &mut english);
        assert_eq!(english, want, "wa_opening {folded} {model}");
    }
    for (model, want) in [
        ("baloi", "balawi"),
        ("nazaoui", "nazawi"),
        ("shetui", "shetawi"),
        ("barqawi", "barqawi"),
        ("sarwi", "sarwi"),
    ] {
        let mut english = model.to_string();
        awi(&mut english);
        assert_eq!(english, want, "awi {model}");
    }
    for (folded, want) in [
        ("بريكان", Some("buraikan")),
        ("سفيران", Some("sufairan")),
        ("سليمان", Some("sulaiman")), // the lexicon's Suleiman wins (a caller's matter)
        ("عليان", None),
        ("ريحان", None),
    ] {
        assert_eq!(diminutive(folded).as_deref(), want, "{folded}");
    }
}

/// Session 25: place names (issue 17). Names of places in SaudiNewsNet articles (CC BY-NC-SA
/// 4.0; dev/gold/places-judged seed 2501) that the person rules spelled Al-Sevde, Algs, Cuers,
/// Al-Shimia, Pete Jin, Kvrenbl; and what must stay.
#[test]
fn place_names_in_house_style() {
    let t = Transliterator::builtin();
    for (arabic, local, english) in [
        // A local place's word is an Arab name: the diminutive's vowels, -iya.
        ("السحيمية", true, "Al-Suhaimiya"),
        ("الثليثية", true, "Al-Thulaithiya"),
        ("كويرس", true, "Kuwaires"),
        ("الرميلة", true, "Al-Rumaila"),
        // … but not where the word is the adjective فعيل (the lexicon's aziz, majid).
        ("العزيزية", true, "Al-Aziziya"),
        ("المجيدية", true, "Al-Majidiya"),
        ("أبوعريش", true, "Abu Arish"),
        // A two-letter stem after the article; compound openers; glued كفر.
        ("الجش", true, "Al-Jash"),
        ("بيت جن", true, "Beit Jin"),
        ("عين موسى", true, "Ain Moussa"),
        ("تل جورة", false, "Tal Jora"),
        // A place abroad keeps the name rules.
        ("زنجبار", false, "Zangbar"),
    ] {
        assert_eq!(t.place(arabic, local).english, english, "{arabic}");
    }
    // The Turkish Sevde of the lexicon is no spelling of السودة (Arabic has no v).
    let soda = t.place("السودة", true);
    assert!(!soda.english.contains(['v', 'V']), "{}", soda.english);
    assert!(t.place("كفرنبل", true).english.starts_with("Kafr "));
    // As a person's name, the same words keep the person rules.
    assert_eq!(t.name("الجش").english, "Algs");
    assert_eq!(t.name("بيت جن").english, "Pete Jin");
}

#[test]
fn iya_endings() {
    for (model, want) in [
        ("Al-Azizia", "Al-Aziziya"),
        ("Al-Majideya", "Al-Majidiya"),
        ("Al-Mabarkiya", "Al-Mabarkiya"),
        ("Qatamiyah", "Qatamiya"),
        // After a vowel (the ع of السويعية) the model's spelling stays.
        ("Al-Swieia", "Al-Swieia"),
    ] {
        let mut e = model.to_string();
        rules::iya(&mut e);
        assert_eq!(e, want, "{model}");
    }
    assert_eq!(pattern::diminutive("سحيمية").as_deref(), Some("suhaimiya"));
    assert_eq!(pattern::diminutive("سويعية"), None);
}

/// A lexicon row that translates a common word (رجل "umbrella") is no spelling; a foreign
/// name that opens on another letter (Wright, Jorge, Zermelo) is.
#[test]
fn translated_rows_are_not_spellings() {
    for (arabic, english, translated) in [
        ("رجل", "umbrella", true),
        ("رقبه", "neck", true),
        ("قارب", "boat", true),
        ("داو", "tao", true),
        ("رايت", "wright", false),
        ("خورخي", "jorge", false),
        ("تسيرميلو", "zermelo", false),
        ("محمد", "mohammed", false),
        ("قاسم", "kassem", false),
    ] {
        let mut f = String::new();
        fold(arabic, &mut f);
        assert_eq!(
            rules::translated(&f, english),
            translated,
            "{arabic} → {english}"
        );
    }
    let t = Transliterator::builtin();
    assert_ne!(t.name("رجل").english, "Umbrella");
    assert_eq!(t.name("جيسون داو").english, "Jayson Dow");
}

/// A family name with the article written with a final ي is a nisba, not the ى given name the
/// folding makes it share a lexicon row with (SaudiNewsNet, snn_was_012: "الدكتور عبدالرحمن بن
/// رجاء الله السلمي"); one written with ى keeps that name.
#[test]
fn a_final_ya_is_no_alif_maqsura_name() {
    let t = Transliterator::builtin();
    for (arabic, not) in [
        ("عبدالرحمن بن رجاء الله السلمي", "al-Salma"),
        ("السلمي", "Al-Salma"),
    ] {
        let e = t.name(arabic).english;
        assert!(!e.ends_with(not) && e.ends_with('i'), "{arabic}: {e}");
    }
    assert_eq!(t.name("العيسى").english, "Al-Issa");
    assert_eq!(t.name("سلمى القحطاني").english, "Salma al-Qahtani");
}
