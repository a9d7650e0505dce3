//! Facilities named after a person or a place: hospitals, universities, airports, ports,
//! stadiums, mosques and the like.
//!
//! **In:** a tokenized sentence, a facility head at token `head` (مستشفى، جامعة، مطار …,
//! [`head_at`]: in the construct state, after at most a conjunction and a preposition) and
//! the name after it: a royal or honorific title with a name run (الملك فهد، الأمير محمد بن
//! عبدالعزيز) or a glossary person or place (مطار عدن). **Out:** one `org` (a hospital,
//! university, center …) or `place` (an airport, port, stadium, road …) fact, rule
//! `entity.facility`, spanning the head, the name and the adjectives of the name that the
//! table knows (الدولي، التخصصي، العسكري …), with its English in the order English writes it:
//! مستشفى الملك فيصل التخصصي → King Faisal Specialist Hospital; مطار الأمير محمد بن عبدالعزيز
//! الدولي → Prince Mohammed bin Abdul-Aziz International Airport; ميناء جدة الإسلامي → Jeddah
//! Islamic Port. `detail.title` is the head's English.
//!
//! Nothing is said when the name goes on in a way the rule cannot render: a complement with
//! ل (مركز الملك عبدالعزيز للحوار الوطني: the glossary's business) or a definite word the
//! table does not know (جامعة الملك سعود الصحية). The head's name is claimed all the same, so
//! the person rules do not read the king or the prince as a person of the sentence.

use super::{persons, Detail, FactKind, FxSet, Out, PersonDetail, Sent};

/// Heads of facilities named after a person (`match` folding: ة → ه, ى → ي): the English
/// head and the kind of fact, or `None` for heads that name no facility a reader looks for
/// (a prize, a chair, a grant), which are claimed but not reported.
const HEADS: &[(&str, Option<(&str, FactKind)>)] = &[
    ("مستشفي", Some(("Hospital", FactKind::Org))),
    ("مستشفيات", None),
    ("جامعه", Some(("University", FactKind::Org))),
    ("مدينه", Some(("City", FactKind::Org))),
    ("طريق", Some(("Road", FactKind::Place))),
    ("شارع", Some(("Street", FactKind::Place))),
    ("مطار", Some(("Airport", FactKind::Place))),
    ("ميناء", Some(("Port", FactKind::Place))),
    ("ملعب", Some(("Stadium", FactKind::Place))),
    ("استاد", Some(("Stadium", FactKind::Place))),
    ("مؤسسه", Some(("Foundation", FactKind::Org))),
    ("مكتبه", Some(("Library", FactKind::Org))),
    ("مركز", Some(("Center", FactKind::Org))),
    ("مجمع", Some(("Complex", FactKind::Place))),
    ("كليه", Some(("College", FactKind::Org))),
    ("معهد", Some(("Institute", FactKind::Org))),
    ("قاعده", Some(("Base", FactKind::Place))),
    ("جائزه", None),
    ("برج", Some(("Tower", FactKind::Place))),
    ("جسر", Some(("Bridge", FactKind::Place))),
    ("مسجد", Some(("Mosque", FactKind::Place))),
    ("جامع", Some(("Mosque", FactKind::Place))),
    ("داره", None),
    ("قاعه", Some(("Hall", FactKind::Place))),
    ("مدرسه", Some(("School", FactKind::Org))),
    ("صندوق", Some(("Fund", FactKind::Org))),
    ("حي", None),
    ("ميدان", None),
    ("كرسي", None),
    ("منحه", None),
];

/// Heads that also take a place's name (مطار عدن، ميناء جدة، جامعة القاهرة): a glossary place
/// after them names the facility. Not a city, road or district: مدينة جدة is Jeddah itself.
const PLACE_NAMED: &[&str] = &["مطار", "ميناء", "ملعب", "استاد", "جامعه", "مستشفي"];

/// Adjectives of a facility's name, with their English (`match` folding).
const ADJECTIVES: &[(&str, &str)] = &[
    ("الدولي", "International"),
    ("الدوليه", "International"),
    ("الاسلامي", "Islamic"),
    ("التخصصي", "Specialist"),
    ("العسكري", "Military"),
    ("العسكريه", "Military"),
    ("الجامعي", "University"),
    ("العام", "General"),
    ("الثقافي", "Cultural"),
    ("الحضاري", "Cultural"),
    ("الطبي", "Medical"),
    ("الطبيه", "Medical"),
    ("الرياضي", "Sports"),
    ("الرياضيه", "Sports"),
    ("المركزي", "Central"),
    ("الوطني", "National"),
    ("الاولمبي", "Olympic"),
    ("الدائري", "Ring"),
    ("الجوي", "Air"),
    ("الجويه", "Air"),
    ("البحري", "Naval"),
    ("البحريه", "Naval"),
];

/// The facility head at token `i`, with the bytes of its proclitics (وبمستشفى: و + ب), if the
/// word is one: `(folded head, bytes before it)`, behind و and one of ب/ل/ف at most.
pub(super) fn head_at(sent: &Sent, i: usize) -> Option<(&'static str, usize)> {
    if !sent.is_word(i) {
        return None;
    }
    head_of(sent.w(i))
}

/// [`head_at`] of one word. The entities ask it of the word before every glossary person and
/// place and every title, and most are no head: one lookup in [`written_heads`] turns those
/// away before the proclitics are stripped and the table scanned up to four times.
fn head_of(w: &str) -> Option<(&'static str, usize)> {
    if !written_heads().contains(w) {
        return None;
    }
    super::head_behind_proclitics(w, &['و'], &['ب', 'ل', 'ف'], |rest| {
        HEADS.iter().find(|h| h.0 == rest).map(|h| h.0)
    })
}

/// The proclitics [`head_of`] strips: none, و, one of ب/ل/ف, or و and one of them.
const HEAD_PROCLITICS: &[&str] = &["", "و", "ب", "ل", "ف", "وب", "ول", "وف"];

/// Every way a head can be written behind [`HEAD_PROCLITICS`]: a superset of the words
/// [`head_of`] finds a head in (it also drops forms too short to strip), so a word outside it
/// has none.
fn written_heads() -> &'static FxSet<String> {
    static W: std::sync::OnceLock<FxSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        (HEADS.iter())
            .flat_map(|h| HEAD_PROCLITICS.iter().map(move |p| format!("{p}{}", h.0)))
            .collect()
    })
}

/// Does a glossary place right after the head at `head` name the facility (مطار عدن)?
pub(super) fn takes_place(sent: &Sent, head: usize) -> bool {
    head_at(sent, head).is_some_and(|(h, _)| PLACE_NAMED.contains(&h))
}

/// Push the facility whose head is token `head` and whose name ends before token `name_end`,
/// written `name_en` in English (with its title: "King Fahd"; `place`: the name is a place's,
/// and a university named after a place is the University of it), if the words after the
/// name let the rule render it: the token after the facility's last word, for the caller to
/// claim, or `None` when nothing was said.
pub(super) fn push(
    sent: &Sent,
    out: &mut Out,
    head: usize,
    name_end: usize,
    name_en: &str,
    place: bool,
) -> Option<usize> {
    let (folded, clitic) = head_at(sent, head)?;
    let (head_en, kind) = HEADS.iter().find(|h| h.0 == folded).and_then(|h| h.1)?;
    let mut end = name_end;
    let mut adjectives: Vec<&str> = Vec::new();
    while let Some(&(_, en)) = sent
        .is_word(end)
        .then(|| ADJECTIVES.iter().find(|a| a.0 == sent.w(end)))
        .flatten()
    {
        adjectives.push(en);
        end += 1;
    }
    // A definite word the table lacks, a complement with ل (للعلوم، لأمراض) or the rest of a
    // chain of names (مؤسسة محمد بن سلمان بن عبدالعزيز) goes on with the name in a way the
    // rule cannot render.
    let next = sent.w(end);
    if sent.is_word(end) && (next.starts_with("ال") || next.starts_with('ل') || next == "بن") {
        return None;
    }
    // ملعب سانتياغو بيرنابيو: a place's name followed by a rare word was a person's first name.
    if place && sent.is_word(end) && persons::rare_with_clitics(next) {
        return None;
    }
    let mut english = String::new();
    if place && adjectives.is_empty() && head_en == "University" {
        english.push_str("University of ");
        english.push_str(name_en);
    } else {
        english.push_str(name_en);
        for a in adjectives {
            english.push(' ');
            english.push_str(a);
        }
        english.push(' ');
        english.push_str(head_en);
    }
    let start = sent.toks[head].norm().start + clitic;
    let stop = sent.toks[end - 1].norm().end;
    let detail = PersonDetail {
        title: Some(head_en.to_lowercase()),
        ..PersonDetail::default()
    };
    out.push_span(
        kind,
        sent.norm_span(start, stop),
        english.clone(),
        english,
        "entity.facility",
        Detail::Person(Box::new(detail)),
    );
    Some(end)
}

/// The English of a facility or bank name's adjective (الدولي → International), if the table
/// knows it.
pub(super) fn adjective(w: &str) -> Option<&'static str> {
    ADJECTIVES.iter().find(|a| a.0 == w).map(|a| a.1)
}

/// The end of a namesake's name run `from..to` without what the run took past the name: the
/// facility's adjectives read as a family name (مطار الملك عبدالعزيز الدولي: الدولي is no
/// Al-Dooley), a place after ب or ل (جامع الملك خالد بأم الحمام).
pub(super) fn name_end(sent: &Sent, from: usize, to: usize) -> usize {
    let mut to = (from + 1..to)
        .find(|&k| {
            let w = sent.w(k);
            w.starts_with(['ب', 'ل']) && !matches!(w, "بن" | "بنت") && sent.w(k - 1) != "بن"
        })
        .unwrap_or(to);
    while to > from + 1 && ADJECTIVES.iter().any(|a| a.0 == sent.w(to - 1)) {
        to -= 1;
    }
    to
}

/// The English of a royal or honorific title before a facility's namesake.
pub(super) fn title_english(w: &str) -> Option<&'static str> {
    Some(match w {
        "الملك" => "King",
        "الامير" => "Prince",
        "الاميره" => "Princess",
        "الشيخ" => "Sheikh",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::testutil::facts;

    /// The set that turns words away holds every word the head rule finds a head in: each
    /// head behind every pair of proclitics (those it strips and others), and a few words
    /// that are no head, read with and without the set.
    #[test]
    fn written_heads_keep_every_head() {
        let ungated = |w: &str| {
            crate::extract::head_behind_proclitics(w, &['و'], &['ب', 'ل', 'ف'], |rest| {
                super::HEADS.iter().find(|h| h.0 == rest).map(|h| h.0)
            })
        };
        let proclitics = [
            "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وف", "فب", "ال", "وال", "لل",
        ];
        let mut words: Vec<String> = (super::HEADS.iter())
            .flat_map(|h| proclitics.iter().map(move |p| format!("{p}{}", h.0)))
            .collect();
        words.extend(["مستشفيه", "طرق", "الجامعه", "برجين", "مركزي", "حيث"].map(String::from));
        for w in &words {
            assert_eq!(super::head_of(w), ungated(w), "{w}");
        }
        assert!(words.iter().filter(|w| ungated(w).is_some()).count() > 200);
    }

    /// (sentence, the facilities found: surface and English). Sentences written for this test
    /// on the model of Saudi news (SaudiNewsNet, 2015).
    const ROWS: &[(&str, &[(&str, &str)])] = &[
        (
            "ونقل المصاب إلى مستشفى الملك فهد بتبوك",
            &[("مستشفى الملك فهد", "King Fahd Hospital")],
        ),
        (
            "وصلت الطائرة إلى مطار الملك عبدالعزيز الدولي بجدة",
            &[(
                "مطار الملك عبدالعزيز الدولي",
                "King Abdul-Aziz International Airport",
            )],
        ),
        (
            "وأجريت له عملية في مستشفى الملك فيصل التخصصي",
            &[(
                "مستشفى الملك فيصل التخصصي",
                "King Faisal Specialist Hospital",
            )],
        ),
        (
            "استقبلوا الجثمان في مطار الأمير محمد بن عبدالعزيز الدولي",
            &[(
                "مطار الأمير محمد بن عبدالعزيز الدولي",
                "Prince Mohammed bin Abdul-Aziz International Airport",
            )],
        ),
        // A glossary place after an airport, port or university head names the facility.
        (
            "وهبطت الطائرة في مطار عدن الدولي أمس",
            &[("مطار عدن الدولي", "Aden International Airport")],
        ),
        (
            "ووصلت السفينة إلى ميناء جدة الإسلامي",
            &[("ميناء جدة الإسلامي", "Jeddah Islamic Port")],
        ),
        (
            "وقال أستاذ في جامعة شيكاغو إن",
            &[("جامعة شيكاغو", "University of Chicago")],
        ),
        // A head that begins with a clitic letter is read whole, and after و + ب.
        (
            "وأضاءت الألوان برج الملك فهد",
            &[("برج الملك فهد", "King Fahd Tower")],
        ),
        (
            "وأقيم الحفل وبمستشفى الملك فهد أيضا",
            &[("مستشفى الملك فهد", "King Fahd Hospital")],
        ),
        // The name stops before a place after ب.
        (
            "وأديت الصلاة عليه بجامع الملك خالد بأم الحمام",
            &[("جامع الملك خالد", "King Khaled Mosque")],
        ),
        // Nothing when the name goes on in a way the rule cannot render: a complement with ل,
        // an unknown definite word or a chain of names. A glossary place after a stadium's head
        // names it (Santiago Bernabéu).
        ("وشارك مركز الملك عبدالعزيز للحوار الوطني في اللقاء", &[]),
        ("وافتتح مستشفى الملك سعود الصحية الجديد", &[]),
        (
            "ويلعب الفريق في ملعب سانتياغو بيرنابيو",
            &[("ملعب سانتياغو بيرنابيو", "Santiago Bernabéu Stadium")],
        ),
        // A name with no title right after the head, then an adjective of the facility: the
        // facility, not a person "al-Dooley" (after الاقتصادية, snn_aleqtisadiya_030).
        (
            "وهبطت الطائرة في مطار جون إف كينيدي الدولي في نيويورك",
            &[(
                "مطار جون إف كينيدي الدولي",
                "John F. Kennedy International Airport",
            )],
        ),
        (
            "ونقل المصاب إلى مستشفى محمد الحمزة التخصصي",
            &[(
                "مستشفى محمد الحمزة التخصصي",
                "Mohammed al-Hamza Specialist Hospital",
            )],
        ),
        // Without the adjective the name may be a person in apposition: left to the name rules.
        ("وقال مدير مستشفى محمد الحمزة إن", &[]),
        // No head, no facility: the person himself.
        ("واستقبل الملك فهد الوفد", &[]),
    ];

    #[test]
    fn facilities() {
        let mut bad = Vec::new();
        for (input, want) in ROWS {
            let got: Vec<(String, String)> = facts(input, None)
                .into_iter()
                .filter(|f| f.rule == "entity.facility")
                .map(|f| (f.span.slice(input).to_string(), f.english.to_string()))
                .collect();
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            if got != want {
                bad.push(format!("{input}\n   want {want:?}\n    got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
