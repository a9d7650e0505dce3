//! Quotes: a hadith's collector after رواه / أخرجه is no speaker and is not carried to a
//! later speech verb (`carry::collector`, session 27). Each row is a short text after dev
//! news, named in its comment.

use super::tests::check_speakers;

#[test]
fn collector_is_not_carried() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // The preacher goes on after a hadith's collector (after الاقتصادية,
        // snn_aleqtisadiya_043: الحديث أخرجه الإمام البخاري في صحيحه من حديث أبي هريرة).
        (
            "وقال الشيخ أسامة خياط: «الصلاة عماد الدين». الحديث أخرجه الإمام البخاري في صحيحه من حديث أبي هريرة، وأضاف: «شتان بين من يقدم على ربه مصليا ومن يقدم عليه قاتلا».",
            &[
                ("«الصلاة عماد الدين»", "أسامة خياط"),
                ("«شتان بين من يقدم على ربه مصليا ومن يقدم عليه قاتلا»", "أسامة خياط"),
            ],
        ),
        // The same with و and a participle.
        (
            "وقال الشيخ أسامة خياط: «الصلاة عماد الدين». والحديث أخرجه الإمام البخاري في صحيحه، مضيفا: «شتان بين من يقدم على ربه مصليا ومن يقدم عليه قاتلا».",
            &[
                ("«الصلاة عماد الدين»", "أسامة خياط"),
                ("«شتان بين من يقدم على ربه مصليا ومن يقدم عليه قاتلا»", "أسامة خياط"),
            ],
        ),
    ];
    check_speakers(rows);
}

#[test]
fn teller_after_rawahu_still_speaks() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        // Not a collector: a witness who told the story is carried (a name of no hadith
        // collector after رواه).
        (
            "وبحسب ما رواه المواطن سعد الغامدي للصحيفة، فإن الحريق بدأ فجرا. وأضاف: «لم نسمع أي إنذار».",
            &[
                ("الحريق بدأ فجرا", "سعد الغامدي"),
                ("«لم نسمع أي إنذار»", "سعد الغامدي"),
            ],
        ),
    ];
    check_speakers(rows);
}
