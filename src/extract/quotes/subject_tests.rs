//! Quotes: subjects far from their words or before them, names in quotation marks, and the
//! speaker carried to the subject of an earlier sentence (session 15's rules, on sentences
//! written for the tests after dev news; each row names the form it checks).

use super::tests::check_speakers;

#[test]
fn names_in_quotation_marks() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // The paper the words were given to, in quotation marks, is passed over on the way
        // back from «…» to its verb (after الشرق الأوسط, snn_aawsat_052).
        (
            "وأكد اللواء منصور التركي، المتحدث الأمني في وزارة الداخلية، لـ«الشرق الأوسط»، أن «الانتحاري سبق أن جرى إيقافه منذ عامين»",
            &[(
                "«الانتحاري سبق أن جرى إيقافه منذ عامين»",
                "منصور التركي",
            )],
        ),
        // A team's, a slogan's, a book's name after its noun is no quote (after اليوم,
        // snn_alyaum_008; الرياض, snn_alriyadh_008).
        (
            "أكدت رئيسة فريق «لأمتنا نحيا التطوعي» سليمى الشهراني، أن الفريق نظم المعرض.",
            &[("الفريق نظم المعرض", "سليمى الشهراني")],
        ),
        ("ويفتتح المحافظ المهرجان تحت شعار «النماص طابع خاص جدا».", &[]),
        ("وأصدر المركز كتابا جديدا بعنوان «صورة العربي في سرديات أمريكا».", &[]),
        // …but words after a definite noun stay words.
        (
            "وقال الفريق: «لن نتراجع عن مطالبنا أبدا».",
            &[("«لن نتراجع عن مطالبنا أبدا»", "الفريق")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn subjects_far_from_the_words() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // كان <subject> قد <verb> mid-sentence (after سبق, snn_sabq_015).
        (
            "فإن كان صندوق النقد الدولي قد أكد قبل أيام أن السعودية ستتأثر كثيرا.",
            &[("السعودية ستتأثر كثيرا", "صندوق النقد الدولي")],
        ),
        // المشرف على is an office, its على is not أكد's (after الرياض, snn_alriyadh_027).
        (
            "أكد المشرف على برنامج إعداد القادة الدكتور مساعد الأحمد أن البرنامج يعكس رؤية المؤسسة.",
            &[("البرنامج يعكس رؤية المؤسسة", "مساعد الأحمد")],
        ),
        // "formerly" between the office and the name; the family name runs on (الزامل is a
        // family of the name data), and على written with ى ends it (after عكاظ, snn_okaz_026).
        (
            "أكد عضو مجلس الشورى سابقا نجيب الزامل على أهمية أن يكون العمل التطوعي رديفا لعمل الحكومة.",
            &[(
                "يكون العمل التطوعي رديفا لعمل الحكومة",
                "نجيب الزامل",
            )],
        ),
        // …and after an office of sport (مدرب): the name after سابقا is its holder.
        (
            "وقال مدرب المنتخب سابقا ميغيل هيريرا إن الفريق جاهز.",
            &[("الفريق جاهز", "ميغيل هيريرا")],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn carried_to_the_subject_of_an_earlier_sentence() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // من جانبه جدد السيسي …: the party named after the last quote is the one وشدد goes
        // on about (after الوئام, snn_alweeam_035).
        (
            "وقال الرئيس عبدربه منصور هادي إن الوضع صعب. من جانبه جدد السيسي موقف مصر الثابت. وشدد على أهمية «التزام جميع الأطراف بمواصلة الحوار السياسي».",
            &[
                ("الوضع صعب", "عبدربه منصور هادي"),
                (
                    "«التزام جميع الأطراف بمواصلة الحوار السياسي»",
                    "السيسي",
                ),
            ],
        ),
        // Not a person after a noun that opens the sentence (بحضور), nor one after a
        // quotation's end (a hadith's source): the last speaker stays.
        (
            "وقال سعيد الغامدي إن السوق هادئة. وبحضور الأمير خالد الفيصل افتتح المعرض. وأضاف أن الأسعار مستقرة.",
            &[
                ("السوق هادئة", "سعيد الغامدي"),
                ("الأسعار مستقرة", "سعيد الغامدي"),
            ],
        ),
    ];
    check_speakers(rows);
}
