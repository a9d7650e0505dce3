//! The shipped glossary's session-23 rows for companies, brands, banks, airlines, telecoms and
//! news outlets (issues 16, 17): sentences written on the model of Saudi business and
//! technology news, `(text, the English that must be among the matches or "", the English that
//! must not)`, as in `builtin_glossary_sense_guards`. The guarded bare names (زين، المراعي،
//! معادن) are read as the company only near their cues.

use crate::glossary::{Glossary, Matcher};

#[test]
fn builtin_glossary_brands_session_23() {
    let m = Matcher::new(&Glossary::builtin());
    const ROWS: &[(&str, &str, &str)] = &[
        // Brands the transliterator spelled badly.
        ("وأعلنت شركة فايزر نتائج لقاحها الجديد", "Pfizer", ""),
        ("ونشر اللاعب صورته على حسابه في انستقرام", "Instagram", ""),
        (
            "وأوقفت السلطات سائقين يعملون لدى أوبر في المدينة",
            "Uber",
            "",
        ),
        (
            "وتستعد شركة كونامي لإطلاق نسختها الجديدة من اللعبة",
            "Konami",
            "",
        ),
        ("وخفضت سوني أسعار أجهزتها في السوق السعودية", "Sony", ""),
        ("وتنافس إل جي وسامسونج على سوق الشاشات", "LG", ""),
        ("وباعت شاومي ملايين الهواتف في الربع الأول", "Xiaomi", ""),
        ("ووقع اللاعب عقد رعاية مع نايكي", "Nike", ""),
        ("وتتولى أديداس تصميم قمصان المنتخب", "Adidas", ""),
        ("وافتتحت ستاربكس فرعا جديدا في جدة", "Starbucks", ""),
        ("ورفع بنك سيتي جروب توقعاته لنمو الاقتصاد", "Citigroup", ""),
        ("وقال بنك إتش إس بي سي في مذكرة بحثية", "HSBC", ""),
        // The Daily Mail is no mile.
        (
            "وذكرت صحيفة ديلي ميل البريطانية أن اللاعب",
            "Daily Mail",
            "mile",
        ),
        ("وقطع العداء مسافة ميل في أربع دقائق", "mile", "Daily Mail"),
        // The Saudi airline, not only "Saudi".
        ("وأعلنت الخطوط السعودية تسيير رحلات إضافية", "Saudia", ""),
        (
            "وقالت المؤسسة العامة للخطوط الجوية العربية السعودية إن الرحلات",
            "Saudia",
            "",
        ),
        ("وتوسع العربية للطيران شبكة رحلاتها", "Air Arabia", "Arab"),
        // Telecoms: Zain only as the company; the given name and "good" stay out.
        ("وأعلنت شركة زين السعودية نتائجها المالية", "Zain", ""),
        (
            "ويمكن الاتصال عبر موبايلي أو زين أو الاتصالات السعودية",
            "Zain",
            "",
        ),
        ("والتقى الأمير زين العابدين بالوفد الزائر", "", "Zain"),
        ("وكان الشاب زين الخلق محبوبا بين زملائه", "", "Zain"),
        (
            "وأعلنت شركة اتحاد اتصالات موبايلي عن نتائجها",
            "Etihad Etisalat (Mobily)",
            "",
        ),
        ("وقالت مجموعة اتصالات إن أرباحها ارتفعت", "Etisalat", ""),
        ("وأجرى الوزير اتصالات مع نظرائه العرب", "", "Etisalat"),
        // Almarai and Ma'aden near shares; pastures and metals elsewhere.
        ("وارتفع سهم المراعي بعد إعلان أرباحها", "Almarai", ""),
        ("وتسببت قلة الأمطار في جفاف المراعي في الشمال", "", "Almarai"),
        ("وقادت أسهم سابك ومعادن السوق إلى الارتفاع", "Ma'aden", ""),
        ("ويحتوي الخام على معادن ثمينة مثل الذهب", "", "Ma'aden"),
        (
            "ووقعت شركة معادن اتفاقية لتطوير منجم الفوسفات",
            "Ma'aden",
            "",
        ),
        // Saudi banks: the whole name, not "bank" and a city or "country".
        (
            "وقال مصرف الراجحي إن صافي أرباحه ارتفع",
            "Al Rajhi Bank",
            "",
        ),
        ("وأعلن بنك الرياض توزيع أرباح نقدية", "Riyad Bank", "Riyadh"),
        ("ووقع بنك البلاد اتفاقية تمويل", "Bank Albilad", "country"),
        ("وارتفع سهم بنك الجزيرة في التداولات", "Bank AlJazira", ""),
        (
            "وقال البنك السعودي الفرنسي في تقريره",
            "Banque Saudi Fransi",
            "French",
        ),
        // Al Jazeera's site; the Arabian Peninsula keeps its own name.
        (
            "وقال مصدر لموقع الجزيرة نت إن المفاوضات",
            "Al Jazeera.net",
            "",
        ),
        (
            "وتقع المملكة في شبه الجزيرة العربية",
            "Arabian Peninsula",
            "Al Jazeera.net",
        ),
    ];
    super::check_senses(&m, ROWS);
}
