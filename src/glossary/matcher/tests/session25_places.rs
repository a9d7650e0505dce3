//! The shipped glossary's session-25 place rows (issue 17, round 2: first-level divisions and
//! regions that news names, `glossaries/geo.csv`): `(text, the English that must be among the
//! matches or "", the English that must not)`, as in `builtin_glossary_sense_guards`. Sentences
//! of the dev news articles (../shared/data/dev/news, SaudiNewsNet, file named) or written for
//! the test.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_places_session_25() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // Divisions of other countries, in the spellings news writes (ج/غ/ك for g, one word or
        // two, with or without ي).
        ("المقيم في كلينتون في ولاية كونيكتيكت", "Connecticut", ""), // news, "Kunictect" before
        ("من جامعة كوينزلاند بمدينة برزبن الأسترالية", "Queensland", ""), // news
        ("الذي عثر عليه في جزيرة لاريونيون", "Réunion", ""),         // news
        ("في مقاطعة كورام شمال غرب باكستان", "Kurram", ""),
        ("في ولاية كارولينا الشمالية", "North Carolina", ""),
        ("في ولاية نورث كارولينا", "North Carolina", ""),
        ("حاكم ولاية ويست فيرجينيا", "West Virginia", ""),
        ("في ولاية ميشيجان الأمريكية", "Michigan", ""),
        ("في مقاطعة أونتاريو الكندية", "Ontario", ""),
        ("في ولاية نيو ساوث ويلز", "New South Wales", ""),
        ("في ولاية تاميل نادو جنوب الهند", "Tamil Nadu", ""),
        ("في محافظة ذي قار جنوب العراق", "Dhi Qar", ""),
        ("في محافظة الدقهلية شمال القاهرة", "Dakahlia", ""),
        ("في جزيرة سومطرة الإندونيسية", "Sumatra", ""),
        // Saudi governorates.
        ("سباق الهجن بمحافظة أملج", "Umluj", ""),
        ("في محافظة حفر الباطن", "Hafr Al-Batin", ""),
        ("التقاطع مع طريق الخرج", "Al-Kharj", ""), // news
        ("زار محافظة العلا", "AlUla", ""),
        // The same letters in another sense: a verb without the article, consolidated profits, a
        // boy, Zanzibar.
        ("خرج الرجل من البيت", "", "Al-Kharj"),
        ("علا صوته في القاعة", "", "AlUla"),
        ("تراجع الأرباح المجمعة إلى 30 مليار ريال", "", "Al Majmaah"), // news
        ("مع مدير جامعة المجمعة", "Al Majmaah", ""),                  // news
        ("وكان صبيا في العاشرة من عمره", "", "Sabya"),
        ("في محافظة صبيا بمنطقة جازان", "Sabya", ""),
        ("دخلت القوات إلى زنجبار عاصمة محافظة أبين", "Zinjibar", ""), // news
        ("قضى السائحون أسبوعا في زنجبار التنزانية", "", "Zinjibar"),
        ("وصول أرتال عسكرية إلى مدينتي زنجبار وجعار", "Jaar", ""), // news
        // Java is not written جاوا: the fold reads لجأوا "they took refuge" as it.
        ("وهناك آخرون لجأوا إلى مناطق أخرى", "", "Java"), // news
        ("في جزيرة جاوة الإندونيسية", "Java", ""),
    ];
    super::check_senses(&m, ROWS);
}
