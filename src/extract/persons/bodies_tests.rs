//! Session 20: offices inside a run, names that are a body's or place's namesake, given names
//! that are also common words after a title (sentences written for these tests, or short
//! quotes of the dev news with their source).

use super::super::testutil::check;
use super::super::FactKind::Person;

/// A glossary office of two words or more ends a name and starts none, though its first
/// word is a name of the lexicon (الأمين: Amin; وولي: Woolley).
#[test]
fn an_office_ends_a_name() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // After اليوم, snn_alyaum_036: "secretary-general", not al-Amin; the surname is found
        // again after the title.
        (
            "وقال الدكتور عبدالله بن عبدالمحسن التركي الأمين العام للرابطة إن الحادث مؤلم. وعبر الدكتور التركي عن أسفه",
            &[
                ("عبدالله بن عبدالمحسن التركي", "Abdullah bin Abdul-Mohsen al-Turki"),
                ("التركي", "Abdullah bin Abdul-Mohsen al-Turki"),
            ],
        ),
        // After عكاظ, snn_okaz_006: "and the deputy crown prince".
        (
            "وشكروا الملك سلمان بن عبدالعزيز وولي العهد وولي ولي العهد على حرصهم",
            &[("الملك سلمان بن عبدالعزيز", "King Salman bin Abdul-Aziz")],
        ),
        ("وحضر الحفل محمد الغامدي وولي العهد", &[("محمد الغامدي", "Mohammed al-Ghamdi")]),
        (
            "وقال د. يوسف الثويني المدير العام للتعليم إن المشاريع بدأت",
            &[("يوسف الثويني", "Youssef al-Thuwaini")],
        ),
    ];
    check(Person, rows, None);
}

/// A title and a name after the head noun of a hospital, chair, prize or road name the
/// place, not a person in the text; so does a name right after جائزة or كرسي, and a second
/// name joined by و to a foundation's.
#[test]
fn namesakes_are_no_people() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // After الجزيرة, snn_aljazirah_031.
        ("وعقد البرنامج في مستشفى د. سليمان الحبيب بالرياض", &[]),
        ("وأكدت مجموعة د. سليمان الحبيب الطبية عزمها", &[]),
        // After الاقتصادية, snn_aleqtisadiya_025.
        (
            "الذي ينظمه كرسي المهندس عبدالله بن أحمد بقشان لأبحاث النحل",
            &[],
        ),
        (
            "وتقع الدار عند تقاطع طريق الإمام عبدالله بن سعود مع الشارع",
            &[],
        ),
        ("ونالت جائزة عبد الحميد شومان للباحثين العرب", &[]),
        // After اليوم, snn_3alyoum_046.
        (
            "وشاركت مؤسسة محمد وعبدالله إبراهيم السبيعي الخيرية في الحملة",
            &[],
        ),
        // After a centre the name may be its director's, in apposition: left to the name
        // rules.
        (
            "وقال المدير العام لمركز الشيخ عماد بن إبراهيم النامي: إن المركز مستمر",
            &[("عماد بن إبراهيم النامي", "Imad bin Ibrahim al-Nami")],
        ),
        // A programme is its host's: the person is meant (after سبق, snn_sabq_006).
        (
            "وحزين على غياب برنامج الشيخ سلمان العودة هذا العام",
            &[("سلمان العودة", "Salman al-Auda")],
        ),
    ];
    check(Person, rows, None);
}

/// After a title, a given name that is also a common word (حاكم "ruler", دولة "state",
/// مشاري) starts a name when a nisba, بن or a name with a family name follows; not a body's
/// head, a subject noun (بيان "a statement") or a common first name with no family name
/// after it (نجم "star").
#[test]
fn common_given_names_after_a_title() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        (
            "وقال النائب حاكم الزاملي إن اللجنة أنهت عملها",
            &[("حاكم الزاملي", "Hakem al-Zameli")],
        ),
        // After اليوم, snn_3alyoum_044: the family name without the article closes it, and
        // the other doctor's is his own, not a later mention of hers.
        (
            "وضم الوفد الدكتورة دولة مانع عسيري، واستقبله الدكتور مفرح بن حسن عسيري",
            &[
                ("دولة مانع عسيري", "Dawla Manea Aseri"),
                ("مفرح بن حسن عسيري", "Mufarrih bin Hassan Aseri"),
            ],
        ),
        // After الاقتصادية, snn_aleqtisadiya_025: the whole chain, not the father's name.
        (
            "برعاية الأمير مشاري بن سعود بن عبدالعزيز أمير منطقة الباحة",
            &[(
                "مشاري بن سعود بن عبدالعزيز",
                "Mishari bin Saud bin Abdul-Aziz",
            )],
        ),
        ("وقال بيان الزاملي إن التحقيق اكتمل", &[]),
        ("وقال رئيس نادي فيد مثيب المثيب إن الدورة نجحت", &[]),
        ("وقال هالك نجم فريق زينيت إن الإهانات مستمرة", &[]),
        // A noun with "our" is no given name (after الوطن, snn_alwatan_010).
        (
            "ولدنا ونحن نعلم أن عاصمتنا الرياض، ووزير خارجيتنا الفيصل.",
            &[],
        ),
    ];
    check(Person, rows, None);
}

/// Session 22: a league or cup named after its sponsor, and a company's quoted name after
/// شركة or مؤسسة, are bodies (held-out seed 33 and 27; dev news snn_alriyadh_051,
/// snn_aawsat_004).
#[test]
fn sponsors_leagues_and_quoted_companies_are_no_people() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // After الرياض, snn_alriyadh_051: "the Abdul Latif Jameel League".
        (
            "وسجل ثلاثة أهداف في الجولة الأولى من دوري عبداللطيف جميل أمام هجر",
            &[],
        ),
        ("وتوج الفريق ببطولة محمد الغامدي الرمضانية", &[]),
        (
            "ويقول الدكتور دامون ناسي، رئيس شركة «ديجي دوك»: إن الجهاز آمن",
            &[("دامون ناسي", "Damon Nasi")],
        ),
        // A name after the quote mark with no body's head before it is still a person.
        (
            "وقال «محمد الغامدي» إن الدوري قوي",
            &[("محمد الغامدي", "Mohammed al-Ghamdi")],
        ),
        // A speech verb after the league: the sponsor's name is not read from there.
        (
            "وقال محمد الغامدي إن دوري عبداللطيف جميل قوي",
            &[("محمد الغامدي", "Mohammed al-Ghamdi")],
        ),
    ];
    check(Person, rows, None);
}
