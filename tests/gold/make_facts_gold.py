#!/usr/bin/env python3
"""Builds tests/gold/facts.tsv from hand annotations (below) of samples/ar texts.

Annotated from the text, as a linguist would, with the span conventions of src/extract/mod.rs:
numbers are atomic (not inside dates); quantity/percent/money/duration cover qualifier + number
+ unit; casualties cover trigger + count + who; entities are the name without proclitics;
quotes are «…» with the marks, or the reported clause after إن/أن to the end of the sentence.
Value "*" means the value is not judged (entities, quotes).

Each row: doc | type | surface | where | value
  surface: the text as written; "A...B" means from the first A (after `where`) to the next B.
  where:   "" (first occurrence), "#k" (k-th occurrence, 1-based), or an anchor string that
           contains the surface and occurs once (the surface is taken inside the anchor).
Offsets are code points; the script checks each surface against the text.
Run: python3 tests/gold/make_facts_gold.py > tests/gold/facts.tsv
"""
import sys, os

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
DOCS = {
 'ct': 'counterterrorism-talks', 'eco': 'economy-egypt-inflation', 'gaza': 'gaza-ceasefire-talks',
 'mor': 'morocco-earthquake', 'sud': 'sudan-displacement', 'yem': 'health-cholera-yemen',
}

ROWS = r"""
ct|place|الولايات المتحدة|#1|*
ct|place|باكستان|وباكستان عن|*
ct|group|طالبان باكستان|#1|*
ct|group|داعش خراسان|#1|*
ct|date|الاثنين||weekday:Monday
ct|quote|الحوار الثنائي...والعالمي|أشار إلى أن الحوار|*
ct|place|الولايات المتحدة|#2|*
ct|date|10 مايو (أيار) الحالي||--05-10
ct|quote|السفيرة إليزابيث...الباكستاني لمكافحة الإرهاب||*
ct|person|إليزابيث ريتشارد||*
ct|org|وزارة الخارجية الأميركية||*
ct|person|سيد حيدر شاه||*
ct|quote|المناقشات تمحورت...ذات الاهتمام المشترك||*
ct|place|الولايات المتحدة|#3|*
ct|quantity|أكثر من 300 من رجال الشرطة||>300
ct|number|300||300
ct|place|الولايات المتحدة|#4|*
ct|place|باكستان|المتحدة وباكستان لمكافحة|*
ct|date|مارس (آذار) 2023||2023-03
ct|org|الأمم المتحدة||*
ct|org|المنتدى العالمي لمكافحة الإرهاب||*
ct|quote|«تدرك...الوطنية»||*
ct|place|باكستان|«تدرك باكستان|*
ct|place|الولايات المتحدة|#5|*
ct|group|داعش خراسان|(داعش خراسان)|*
ct|group|طالبان|وحركة (طالبان)|*
ct|place|باكستان|أخيراً في باكستان|*
ct|casualties|مقتل مئات الأشخاص||killed=hundreds
ct|number|مئات||hundreds
ct|quantity|مئات الأشخاص||hundreds
ct|group|طالبان باكستان|وتعلن حركة «طالبان باكستان»|*
ct|place|أفغانستان|ملاذات في أفغانستان|*
ct|group|داعش|لفرع تنظيم «داعش»|*
ct|place|أفغانستان|المتمركز في أفغانستان|*
ct|group|داعش خراسان|#3|*
ct|date|الجمعة||weekday:Friday
ct|place|واشنطن||*
ct|quote|«لكشف...بأكملها»||*
ct|group|طالبان|سيطرة «طالبان» على أفغانستان\nوتؤكد|*
ct|place|أفغانستان|على أفغانستان\nوتؤكد|*
ct|place|إسلام آباد||*
ct|quote|الهجمات الإرهابية التي...استمرت 20 عاماً||*
ct|group|طالبان|تقودها حركة «طالبان»|*
ct|group|طالبان|تكثفت منذ سيطرة «طالبان»|*
ct|place|أفغانستان|«طالبان» على أفغانستان في|*
ct|date|أغسطس (آب) 2021||2021-08
ct|org|الناتو||*
ct|place|الولايات المتحدة|بقيادة الولايات المتحدة|*
ct|duration|20 عاماً||P20Y
ct|number|20|20 عاماً|20
ct|quote|أعضاء حركة...عبر الحدود|وتزعم السلطات الباكستانية أن أعضاء|*
ct|group|طالبان|أعضاء حركة «طالبان»|*
ct|group|طالبان|لمقاتلي حركة «طالبان»|*
ct|group|طالبان|حكومة «طالبان»|*
ct|place|كابل|في كابل|*
ct|quote|لا تسمح لأي...الأراضي الأفغانية||*
ct|place|باكستان|ذلك باكستان، من|*
ct|date|الثلاثاء||weekday:Tuesday
ct|org|المعهد الأميركي للسلام||*
ct|place|أفغانستان|من أن أفغانستان|*
ct|quote|«توفر مساحة...الأميركي»||*
ct|quote|تنظيم «داعش خراسان»، يشكل...«تهديداً أمنياً إقليمياً»||*
ct|group|داعش خراسان|تنظيم «داعش خراسان»، يشكل|*
ct|group|طالبان|كما عادت حركة «طالبان»|*
ct|quote|تنظيم «القاعدة»...ويتلقون الدعم منهم»||*
ct|group|القاعدة||*
ct|place|جنوب آسيا||*
ct|group|طالبان|حكام (طالبان)|*
ct|place|أفغانستان|(طالبان) في أفغانستان|*
ct|group|طالبان|التي تشنها «طالبان»|*
ct|group|داعش|لـ«داعش».|*
ct|group|طالبان|جدير بالذكر أن «طالبان»|*
ct|group|طالبان|حليفة لحركة «طالبان»|*
ct|place|أفغانستان|السلطة في أفغانستان|*
ct|date|عام 2021||2021
ct|org|الجيش الباكستاني||*
ct|quote|تفجيراً انتحارياً...مواطن أفغاني||*
ct|casualties|مقتل خمسة مهندسين صينيين وسائق باكستاني||killed=6
ct|number|خمسة||5
ct|quantity|خمسة مهندسين صينيين||5
ct|date|مارس|باكستاني في مارس|--03
ct|place|أفغانستان|مخططاً له في أفغانستان|*
ct|place|كابل|نفت كابل|*
eco|org|المركزي المصري|#1|*
eco|ordinal|الثالث|#1|3
eco|org|البنك المركزي المصري||*
eco|date|الخميس|المصري، الخميس|weekday:Thursday
eco|ordinal|الثالث|#2|3
eco|org|لجنة السياسة النقدية|#1|*
eco|date|23 مايو (أيار) الحالي||--05-23
eco|quote|قررت الإبقاء...على الترتيب||*
eco|duration|ليلة واحدة||P1D
eco|number|واحدة|ليلة واحدة|1
eco|percent|27.25 في المئة||27.25%
eco|number|27.25||27.25
eco|percent|28.25 في المئة||28.25%
eco|number|28.25||28.25
eco|quote|«القرار...المتوسط»||*
eco|org|الجهاز المركزي للتعبئة العامة والإحصاء||*
eco|date|الأسبوع الماضي||relative:week-1
eco|quote|المعدل السنوي...فبراير (شباط)||*
eco|percent|٣٢٫٥ في المئة||32.5%
eco|number|٣٢٫٥||32.5
eco|date|أبريل (نيسان)||--04
eco|percent|33.3 في المئة||33.3%
eco|number|33.3||33.3
eco|date|مارس (آذار)||--03
eco|percent|35.7 في المئة||35.7%
eco|number|35.7||35.7
eco|date|فبراير (شباط)||--02
eco|percent|38 في المئة||38%
eco|number|38||38
eco|date|سبتمبر (أيلول) 2023||2023-09
eco|quote|أسعار المواد...عيد الأضحى|إلى أن أسعار|*
eco|percent|نحو 1.2 في المئة||~1.2%
eco|number|1.2||1.2
eco|person|سارة عبد الحميد||*
eco|place|القاهرة||*
eco|org|الشرق الأوسط||*
eco|quote|«كان التثبيت...خفض»||*
eco|quantity|600 نقطة أساس|#1|600
eco|number|600|#1|600
eco|date|مارس|أساس في مارس قبل|--03
eco|quote|«الطريق...2026»||*
eco|percent|7 في المئة|البالغ 7 في المئة|7%
eco|number|7|البالغ 7|7
eco|quantity|نقطتين مئويتين||2
eco|date|2026|من 2026|2026
eco|org|البنك المركزي|وكان البنك المركزي|*
eco|quantity|600 نقطة أساس|#2|600
eco|number|600|#2|600
eco|number|واحدة|دفعة واحدة|1
eco|date|6 مارس الماضي||--03-06
eco|money|نحو 30.85 جنيه||~30.85 pound
eco|number|30.85||30.85
eco|money|أكثر من 49 جنيهاً||>49 pound
eco|number|49||49
eco|money|46.9 جنيه||46.9 pound
eco|number|46.9||46.9
eco|money|70 جنيهاً||70 pound
eco|number|70|70 جنيهاً|70
eco|date|مطلع العام||relative:year+0
eco|place|مصر|توقيع مصر|*
eco|org|صندوق النقد الدولي||*
eco|money|3 مليارات دولار||3000000000 USD
eco|number|3 مليارات||3000000000
eco|money|8 مليارات دولار||8000000000 USD
eco|number|8 مليارات||8000000000
eco|place|رأس الحكمة||*
eco|place|البحر المتوسط||*
eco|place|الإمارات||*
eco|date|فبراير|الإمارات في فبراير|--02
eco|money|35 مليار دولار||35000000000 USD
eco|number|35 مليار||35000000000
eco|money|24 مليار دولار||24000000000 USD
eco|number|24 مليار||24000000000
eco|org|صندوق النقد|وأعلن صندوق النقد|*
eco|quote|مجلسه التنفيذي...820 مليون دولار||*
eco|date|يوليو (تموز) المقبل||--07
eco|ordinal|الثالثة||3
eco|money|820 مليون دولار||820000000 USD
eco|number|820 مليون||820000000
eco|person|محمد معيط||*
eco|date|الأربعاء||weekday:Wednesday
eco|quote|«ملتزمة...2027»||*
eco|percent|أقل من 80 في المئة||<80%
eco|number|80||80
eco|date|يونيو (حزيران) 2027||2027-06
eco|quote|مخصصات الدعم...مليار جنيه||*
eco|money|٦٣٦٫٩ مليار جنيه||636900000000 pound
eco|number|٦٣٦٫٩ مليار||636900000000
eco|quote|الضغوط التضخمية قد...أمام صندوق النقد||*
eco|org|صندوق النقد|أمام صندوق النقد|*
eco|org|غولدمان ساكس||*
eco|quantity|200 نقطة أساس||200
eco|number|200||200
eco|percent|٤٫٧ في المئة||4.7%
eco|number|٤٫٧||4.7
eco|date|مارس|المئة خلال مارس|--03
eco|money|نحو 2.5 مليار دولار||~2500000000 USD
eco|number|2.5 مليار||2500000000
eco|money|٤١٬٠٥٧ مليون دولار||41057000000 USD
eco|number|٤١٬٠٥٧ مليون||41057000000
eco|date|نهاية أبريل||--04
eco|org|لجنة السياسة النقدية|#2|*
eco|date|يوم الخميس 18 يوليو||--07-18
eco|date|12 محرم 1446 هـ||hijri:1446-01-12
gaza|place|الدوحة|#1|*
gaza|place|غزة|#1|*
gaza|place|قطر|أعلنت قطر|*
gaza|place|مصر|ومصر، الأحد|*
gaza|date|الأحد||weekday:Sunday
gaza|quote|جولة جديدة...الأسرى والمحتجزين||*
gaza|place|إسرائيل|بين إسرائيل|*
gaza|group|حماس|وحركة «حماس»|*
gaza|place|الدوحة|في الدوحة الأسبوع|*
gaza|date|الأسبوع المقبل||relative:week+1
gaza|place|قطاع غزة||*
gaza|org|وزارة الخارجية القطرية||*
gaza|person|ماجد الأنصاري||*
gaza|quote|«أحرزوا...بالعقبات»||*
gaza|quote|«لن نسمح...المدنيين»||*
gaza|org|وزارة الصحة||*
gaza|place|غزة|الصحة في غزة|*
gaza|casualties|مقتل 42 فلسطينياً||killed=42
gaza|number|42||42
gaza|quantity|42 فلسطينياً||42
gaza|casualties|إصابة 97 آخرين||injured=97
gaza|number|97||97
gaza|quantity|97 آخرين||97
gaza|duration|الساعات الأربع والعشرين||PT24H
gaza|number|الأربع والعشرين||24
gaza|place|مدينة غزة||*
gaza|place|خان يونس||*
gaza|date|السابع من تشرين الأول (أكتوبر) 2023||2023-10-07
gaza|casualties|٣٧٬٨٧٧ قتيلاً||killed=37877
gaza|number|٣٧٬٨٧٧||37877
gaza|quantity|٣٧٬٨٧٧ قتيلاً||37877
gaza|casualties|أكثر من 86 ألف جريح||injured>86000
gaza|number|86 ألف||86000
gaza|quantity|أكثر من 86 ألف جريح||>86000
gaza|org|الدفاع المدني||*
gaza|place|غزة|المدني في غزة|*
gaza|quote|طواقمه انتشلت...شرق المدينة||*
gaza|casualties|جثث 14 شخصاً||killed=14
gaza|quantity|14 شخصاً||14
gaza|number|14||14
gaza|quantity|ستة أطفال||6
gaza|number|ستة|ستة أطفال|6
gaza|quantity|ثلاث نساء||3
gaza|number|ثلاث||3
gaza|place|الشجاعية||*
gaza|org|الجيش الإسرائيلي|#1|*
gaza|casualties|مقتل اثنين من جنوده||killed=2
gaza|number|اثنين||2
gaza|quantity|اثنين من جنوده||2
gaza|casualties|إصابة خمسة آخرين||injured=5
gaza|number|خمسة||5
gaza|quantity|خمسة آخرين||5
gaza|place|رفح||*
gaza|person|دانيال هاغاري||*
gaza|quote|«قضت...صاروخية»||*
gaza|casualties|قضت على عشرات المسلحين||killed=tens
gaza|number|عشرات|على عشرات|tens
gaza|quantity|عشرات المسلحين||tens
gaza|date|الأسبوع الماضي||relative:week-1
gaza|org|الشرق الأوسط||*
gaza|quote|«الخلاف...فيلادلفيا»||*
gaza|ordinal|الأولى|#1|1
gaza|ordinal|الثانية||2
gaza|place|محور فيلادلفيا||*
gaza|quote|المرحلة الأولى المقترحة...الأسرى الفلسطينيين||*
gaza|ordinal|الأولى|#2|1
gaza|duration|ستة أسابيع||P6W
gaza|number|ستة|ستة أسابيع|6
gaza|quantity|33 محتجزاً إسرائيلياً||33
gaza|number|33||33
gaza|number|مئات||hundreds
gaza|quantity|مئات الأسرى الفلسطينيين||hundreds
gaza|group|حماس|القيادي في «حماس»|*
gaza|person|أسامة حمدان||*
gaza|place|بيروت||*
gaza|quote|«تعاملت...الأخير»||*
gaza|quote|«لكننا...القطاع»||*
gaza|person|بنيامين نتنياهو||*
gaza|quote|تكون إسرائيل...إنهاء الحرب||*
gaza|place|إسرائيل|تكون إسرائيل|*
gaza|quote|«لن توقف...لـ(حماس)»||*
gaza|group|حماس|لـ(حماس)|*
gaza|place|واشنطن||*
gaza|org|مجلس الأمن القومي الأميركي||*
gaza|person|جون كيربي||*
gaza|quote|«تعتقد...اتفاق»||*
gaza|quote|مدير وكالة...في المحادثات||*
gaza|org|وكالة الاستخبارات المركزية||*
gaza|person|وليام بيرنز||*
gaza|place|الدوحة|إلى الدوحة للمشاركة|*
gaza|duration|أسبوعاً واحداً||P1W
gaza|number|واحداً||1
gaza|date|أواخر تشرين الثاني (نوفمبر)||--11
gaza|date|العام الماضي||relative:year-1
gaza|quantity|105 محتجزين||105
gaza|number|105||105
gaza|quantity|240 أسيراً فلسطينياً||240
gaza|number|240||240
gaza|place|القاهرة||*
gaza|place|الدوحة|والدوحة وباريس|*
gaza|place|باريس||*
gaza|date|شباط||--02
gaza|date|آذار||--03
gaza|date|نيسان الماضية||--04
gaza|org|وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين||*
gaza|org|أونروا||*
gaza|quote|نحو 1.9 مليون...عشر مرات||*
gaza|quantity|نحو 1.9 مليون شخص||~1900000
gaza|number|1.9 مليون||1900000
gaza|percent|ما يقارب 90 في المئة||~90%
gaza|number|90||90
gaza|quantity|ما يصل إلى عشر مرات||<=10
gaza|number|عشر|إلى عشر مرات|10
gaza|person|فيليب لازاريني||*
gaza|org|إكس||*
gaza|quote|«لا يوجد...لا أحد آمن»||*
gaza|place|غزة|آمن في غزة|*
gaza|place|الضفة الغربية||*
gaza|casualties|اعتقلت القوات الإسرائيلية العشرات||arrested=tens
gaza|org|القوات الإسرائيلية||*
gaza|number|العشرات||tens
gaza|place|جنين||*
gaza|place|نابلس||*
gaza|place|طولكرم||*
gaza|org|نادي الأسير الفلسطيني||*
mor|place|الحوز|#1|*
mor|casualties|2946 قتيلاً|#1|killed=2946
mor|number|2946|#1|2946
mor|quantity|2946 قتيلاً|#1|2946
mor|place|مراكش|#1|*
mor|org|أ.ف.ب||*
mor|place|المغرب|ضرب المغرب|*
mor|date|الجمعة الماضي||weekday:Friday
mor|casualties|2946 قتيلاً|#2|killed=2946
mor|number|2946|#2|2946
mor|quantity|2946 قتيلاً|#2|2946
mor|casualties|5674 جريحاً||injured=5674
mor|number|5674||5674
mor|quantity|5674 جريحاً||5674
mor|org|وزارة الداخلية المغربية||*
mor|date|الأربعاء||weekday:Wednesday
mor|date|23:11||T23:11
mor|date|الجمعة 8 سبتمبر (أيلول)||--09-08
mor|date|23 صفر 1445 هـ||hijri:1445-02-23
mor|quantity|6.8 درجة||6.8
mor|number|6.8||6.8
mor|org|المعهد الوطني للجيوفيزياء||*
mor|place|إيغيل||*
mor|place|الحوز|بإقليم الحوز|*
mor|quantity|نحو 72 كيلومتراً||~72
mor|number|72||72
mor|place|مراكش|غربي مراكش|*
mor|duration|أكثر من قرن||>P100Y
mor|place|أغادير||*
mor|date|عام 1960||1960
mor|casualties|أودى بحياة ما بين 12 و15 ألف شخص||killed=12000-15000
mor|number|12|بين 12 و|12000
mor|number|15 ألف||15000
mor|quantity|ما بين 12 و15 ألف شخص||12000-15000
mor|person|مصطفى بايتاس||*
mor|org|مجلس الحكومة||*
mor|place|الرباط|بالرباط|*
mor|quote|«الدولة...مساعدة»||*
mor|person|بايتاس|وأعلن بايتاس|*
mor|quote|الحكومة ستصرف...جزئياً||*
mor|money|30 ألف درهم||30000 dirham
mor|number|30 ألف||30000
mor|money|140 ألف درهم||140000 dirham
mor|number|140 ألف||140000
mor|money|80 ألف درهم||80000 dirham
mor|number|80 ألف||80000
mor|quote|نحو 50 ألف مسكن...وورزازات||*
mor|quantity|نحو 50 ألف مسكن||~50000
mor|number|50 ألف||50000
mor|number|الخمسة||5
mor|place|الحوز|وهي الحوز|*
mor|place|شيشاوة||*
mor|place|تارودانت||*
mor|place|مراكش|ومراكش وورزازات|*
mor|place|ورزازات||*
mor|place|تافغاغت||*
mor|org|وكالة فرانس برس||*
mor|quote|«فقدت...شيء»||*
mor|number|واحدة|لحظة واحدة|1
mor|quote|«هنا كان بيتنا»||*
mor|place|جبال الأطلس الكبير||*
mor|number|عشرات||tens
mor|quantity|عشرات المخيمات||tens
mor|place|الرباط|وقبلت الرباط|*
mor|quantity|أربع دول||4
mor|number|أربع|من أربع دول|4
mor|place|إسبانيا||*
mor|place|المملكة المتحدة||*
mor|place|قطر||*
mor|place|الإمارات||*
mor|quote|«عدم التنسيق...عكسية»||*
mor|org|المفوضية الأوروبية||*
mor|money|مليون يورو|تخصيص مليون يورو|1000000 EUR
mor|number|مليون|تخصيص مليون|1000000
mor|place|فرنسا||*
mor|money|5 ملايين يورو||5000000 EUR
mor|number|5 ملايين||5000000
mor|org|الديوان الملكي||*
mor|org|بنك المغرب||*
mor|money|أكثر من ٣٫٥ مليار درهم||>3500000000 dirham
mor|number|٣٫٥ مليار||3500000000
mor|org|منظمة الصحة العالمية||*
mor|quote|نحو ٣٠٠٬٠٠٠ شخص...والناجين||*
mor|quantity|نحو ٣٠٠٬٠٠٠ شخص||~300000
mor|number|٣٠٠٬٠٠٠||300000
mor|org|يونسكو||*
mor|quote|أضراراً لحقت...في مراكش||*
mor|date|القرن الثاني عشر الميلادي||11XX
mor|place|مراكش|العتيقة في مراكش|*
mor|person|محمد السادس|الملك محمد السادس|*
mor|duration|ثلاثة أيام||P3D
mor|number|ثلاثة||3
mor|place|مراكش|بمراكش، حيث|*
sud|org|مفوضية اللاجئين||*
sud|place|السودان|#1|*
sud|quantity|10 ملايين شخص||10000000
sud|number|10 ملايين||10000000
sud|place|جنيف||*
sud|org|المفوضية السامية للأمم المتحدة لشؤون اللاجئين||*
sud|date|الجمعة||weekday:Friday
sud|quote|عدد الفارين...في العالم||*
sud|place|السودان|منازلهم في السودان|*
sud|group|الدعم السريع|#1|*
sud|date|15 أبريل (نيسان) 2023||2023-04-15
sud|quantity|عشرة ملايين شخص||10000000
sud|number|عشرة ملايين||10000000
sud|quote|نحو 7.7 مليون...وليبيا||*
sud|quantity|نحو 7.7 مليون شخص||~7700000
sud|number|7.7 مليون||7700000
sud|quantity|أكثر من مليونين و100 ألف شخص||>2100000
sud|number|مليونين و100 ألف||2100000
sud|place|تشاد|#1|*
sud|place|مصر|#1|*
sud|place|جنوب السودان||*
sud|place|إثيوبيا||*
sud|place|ليبيا||*
sud|quote|أكثر من نصف النازحين من النساء والأطفال||*
sud|person|فيليبو غراندي||*
sud|duration|ثلاثة أيام||P3D
sud|number|ثلاثة||3
sud|place|تشاد|شرق تشاد|*
sud|quote|«رأيت...الوصف»||*
sud|quote|«العالم نسي...القبول به»||*
sud|place|السودان|العالم نسي السودان|*
sud|place|تشاد|وتستضيف تشاد|*
sud|quantity|أكثر من ٦٠٠٬٠٠٠ لاجئ سوداني||>600000
sud|number|٦٠٠٬٠٠٠||600000
sud|place|دارفور|ولايات دارفور|*
sud|group|الدعم السريع|#2|*
sud|group|الدعم السريع|#3|*
sud|quote|«لا تستهدف المدنيين»||*
sud|place|مصر|وفي مصر|*
sud|quote|عدد السودانيين...الطلبات الجديدة||*
sud|quantity|نحو 500 ألف شخص||~500000
sud|number|500 ألف||500000
sud|place|القاهرة||*
sud|place|الإسكندرية||*
sud|place|أسوان||*
sud|number|مئات||hundreds
sud|quantity|مئات الطلبات||hundreds
sud|place|باريس||*
sud|date|15 أبريل الماضي||--04-15
sud|money|أكثر من ملياري يورو||>2000000000 EUR
sud|number|ملياري||2000000000
sud|money|نحو 2.1 مليار دولار||~2100000000 USD
sud|number|2.1 مليار||2100000000
sud|place|السودان|لدعم السودان|*
sud|person|أولغا سارادو||*
sud|quote|«التعهدات...الأرض»||*
sud|person|سارادو|وأوضحت سارادو|*
sud|quote|خطة الاستجابة...في عدد من المخيمات||*
sud|date|عام 2024||2024
sud|money|1.4 مليار دولار||1400000000 USD
sud|number|1.4 مليار||1400000000
sud|percent|١٩ في المئة||19%
sud|number|١٩||19
sud|org|برنامج الأغذية العالمي||*
sud|quote|نحو 18 مليون...شفا المجاعة||*
sud|quantity|نحو 18 مليون شخص||~18000000
sud|number|18 مليون||18000000
sud|place|السودان|شخص في السودان|*
sud|number|خمسة ملايين||5000000
sud|place|السودان|البرنامج في السودان|*
sud|person|إيدي رو||*
sud|quote|«الوصول...البيروقراطية»||*
sud|place|الخرطوم||*
sud|place|دارفور|الخرطوم ودارفور|*
sud|place|كردفان||*
sud|place|المملكة العربية السعودية||*
sud|money|50 مليون ريال||50000000 riyal
sud|number|50 مليون||50000000
sud|org|مركز الملك سلمان للإغاثة والأعمال الإنسانية||*
sud|place|الإمارات||*
sud|money|70 مليون دولار||70000000 USD
sud|number|70 مليون||70000000
sud|place|الولايات المتحدة||*
sud|place|السعودية|المتحدة والسعودية|*
sud|place|جدة||*
sud|casualties|قُتل أكثر من 15 ألف شخص||killed>15000
sud|number|15 ألف||15000
sud|quantity|أكثر من 15 ألف شخص||>15000
yem|org|الصحة العالمية|#1|*
yem|quantity|أكثر من 250 ألف حالة||>250000
yem|number|250 ألف||250000
yem|place|اليمن|#1|*
yem|date|مطلع العام|#1|relative:year+0
yem|org|منظمة الصحة العالمية||*
yem|place|اليمن|#2|*
yem|quantity|أكثر من ٢٥٠ ألف حالة||>250000
yem|number|٢٥٠ ألف||250000
yem|casualties|861 حالة وفاة||dead=861
yem|number|861||861
yem|quantity|861 حالة وفاة||861
yem|date|مطلع العام الحالي||relative:year+0
yem|date|15 أغسطس (آب)||--08-15
yem|date|الأحد||weekday:Sunday
yem|quote|اليمن بات...من الإصابات||*
yem|place|اليمن|إن اليمن|*
yem|ordinal|ثاني||2
yem|place|أفغانستان||*
yem|group|الحوثي||*
yem|percent|نحو 80 في المئة||~80%
yem|number|80||80
yem|quote|الأطفال دون...ربع الحالات||*
yem|ordinal|الخامسة||5
yem|place|اليمن|المنظمة في اليمن|*
yem|person|أرتورو بيسيغان||*
yem|place|عدن|#1|*
yem|quote|«نحن أمام...البكتيريا»||*
yem|quote|«شبكات المياه...للعدوى»||*
yem|duration|نحو عشر سنوات||~P10Y
yem|number|عشر|نحو عشر سنوات|10
yem|number|ملايين||millions
yem|quantity|ملايين الأشخاص||millions
yem|place|الحديدة|#1|*
yem|place|حجة||*
yem|place|تعز||*
yem|place|إب|وتعز وإب|*
yem|place|الحديدة|#2|*
yem|quantity|١٢٬٥٠٠ حالة||12500
yem|number|١٢٬٥٠٠||12500
yem|date|يوليو (تموز) الماضي||--07
yem|org|وزارة الصحة||*
yem|place|عدن|ومقرها عدن|*
yem|casualties|37 حالة وفاة||dead=37
yem|number|37||37
yem|quantity|37 حالة وفاة||37
yem|place|لحج||*
yem|place|أبين||*
yem|place|شبوة||*
yem|group|للحوثيين||*
yem|place|صنعاء||*
yem|org|يونيسف||*
yem|quote|أرسلت 1.5 مليون...في مرحلتها الأولى||*
yem|quantity|1.5 مليون قرص||1500000
yem|number|1.5 مليون||1500000
yem|number|آلاف|وآلاف المستلزمات|thousands
yem|quantity|آلاف المستلزمات||thousands
yem|quantity|3.2 مليون شخص||3200000
yem|number|3.2 مليون||3200000
yem|ordinal|الأولى||1
yem|org|أطباء بلا حدود||*
yem|quote|مراكز علاج...الاستيعابية»||*
yem|place|إب|محافظتي إب|*
yem|place|الضالع||*
yem|person|ماريا غارسيا||*
yem|quote|«نستقبل...الوقود»||*
yem|number|عشرات||tens
yem|quantity|عشرات المرضى||tens
yem|money|40 مليون دولار||40000000 USD
yem|number|40 مليون||40000000
yem|percent|٢٣٫٥ في المئة||23.5%
yem|number|٢٣٫٥||23.5
yem|org|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية||*
yem|org|أوتشا||*
yem|place|اليمن|ويعاني اليمن|*
yem|quantity|أكثر من 18.2 مليون شخص||>18200000
yem|number|18.2 مليون||18200000
yem|quantity|مليونا طفل||2000000
yem|number|مليونا||2000000
yem|org|للأمم المتحدة||*
yem|date|عامي 2016||2016
yem|date|2021|و2021|2021
yem|casualties|أصيب خلالها نحو 2.5 مليون شخص||injured~2500000
yem|number|2.5 مليون||2500000
yem|quantity|نحو 2.5 مليون شخص||~2500000
yem|casualties|توفي نحو أربعة آلاف||dead~4000
yem|number|أربعة آلاف||4000
"""

def main():
    out = ['doc\ttype\tstart\tend\tarabic\tvalue']
    texts = {k: open(os.path.join(ROOT, 'samples', 'ar', v + '.txt'), encoding='utf-8').read() for k, v in DOCS.items()}
    bad = 0
    for n, line in enumerate(ROWS.strip('\n').split('\n')):
        if not line.strip():
            continue
        doc, typ, surface, where, value = line.split('|')
        text = texts[doc]
        where = where.replace('\\n', '\n')
        base = 0
        if where.startswith('#'):
            k = int(where[1:])
            first = surface.split('...')[0]
            pos = -1
            for _ in range(k):
                pos = text.find(first, pos + 1)
                if pos < 0:
                    break
            base = pos
        elif where:
            if text.count(where) != 1:
                print(f'row {n}: anchor {where!r} occurs {text.count(where)} times', file=sys.stderr); bad += 1; continue
            base = text.find(where)
        if base < 0:
            print(f'row {n}: {line!r}: occurrence not found', file=sys.stderr); bad += 1; continue
        if '...' in surface:
            a, b = surface.split('...')
            s = text.find(a, base)
            e = text.find(b, s + len(a))
            if s < 0 or e < 0:
                print(f'row {n}: {line!r}: not found', file=sys.stderr); bad += 1; continue
            e += len(b)
        else:
            s = text.find(surface, base)
            if s < 0 or (where and not where.startswith('#') and s > base + len(where)):
                print(f'row {n}: {line!r}: not found', file=sys.stderr); bad += 1; continue
            if not where and text.count(surface) > 1 and typ not in ():
                print(f'row {n}: {surface!r} occurs {text.count(surface)} times; give #k or an anchor', file=sys.stderr); bad += 1; continue
            e = s + len(surface)
        arabic = text[s:e]
        assert '\t' not in arabic and '\n' not in arabic, line
        out.append(f'{DOCS[doc]}\t{typ}\t{s}\t{e}\t{arabic}\t{value}')
    if bad:
        sys.exit(f'{bad} bad rows')
    print('\n'.join(out))

main()
