//! Quotes: "it is expected / believed that" (يُتوقع أن، يُعتقد أن after a word that opens a
//! subordinate clause) is no one speaking; the same verbs with a subject still quote. Short
//! sentences written on the model of dev news (aawsat, aleqtisadiya, sabq).

use super::tests::check_speakers;

#[test]
fn impersonal_expecting_is_no_quote() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        (
            "وتعمل الشركة على إطلاق نسخة جديدة، حيث يتوقع أن تطرح في الأسواق الشهر المقبل.",
            &[],
        ),
        (
            "وسجلت خسائر في أصول غير متداولة والتي لا يتوقع أن تستعاد قريبا.",
            &[],
        ),
        ("ففي حين يعتقد أن الطلب سيتراجع، تنتعش الصادرات.", &[]),
        // A subject before or after the verb: a quote of that speaker.
        (
            "وقال الخبير إن الأسواق مستقرة. وهو يتوقع أن ترتفع الأسعار.",
            &[("الأسواق مستقرة", "الخبير"), ("ترتفع الأسعار", "الخبير")],
        ),
        (
            "ويتوقع المحللون أن يرتفع النمو العام المقبل.",
            &[("يرتفع النمو العام المقبل", "المحللون")],
        ),
    ];
    check_speakers(rows);
}
