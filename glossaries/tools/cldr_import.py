#!/usr/bin/env python3
"""Print CLDR-derived candidate glossary rows for dragoman.

Maintainer's tool only: never run at build or test time. The committed CSV
files under glossaries/ are the source of truth; rows printed here were
reviewed and partly edited by hand before being committed.

Usage:
    mkdir -p /tmp/cldr && cd /tmp/cldr && npm install \
        cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0 \
        cldr-numbers-full@48.2.0 cldr-units-full@48.2.0 \
        cldr-cal-islamic-full@48.2.0
    python3 glossaries/tools/cldr_import.py /tmp/cldr/node_modules SECTION

SECTION is one of: territories, currencies, units, calendar, all.
Output: CSV on stdout with the glossary header
(arabic,english,category,variants,note,source).

CLDR data: Unicode License v3, https://www.unicode.org/license.txt
"""
import csv
import json
import os
import re
import sys

VERSION = "48.2.0"
DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u0640]")


def src(pkg):
    return f"CLDR {VERSION} {pkg} (Unicode License v3)"


def clean(ar):
    """Drop harakat/tatweel, turn CLDR punctuation into spaces."""
    ar = DIACRITICS.sub("", ar)
    ar = re.sub(r"[()\-–،,]", " ", ar)
    return " ".join(ar.split())


def load(root, pkg, loc, name):
    with open(os.path.join(root, pkg, "main", loc, name), encoding="utf-8") as f:
        return json.load(f)["main"][loc]


# ---------------------------------------------------------------- territories
# code -> None (skip) or dict of overrides: ar, en, variants, note, key (CLDR
# key to read, e.g. an -alt- form). Codes not listed are taken as they are.
TERRITORY_SKIP = set("""001 021 053 054 057 061 AC AX BL BQ BV CC CP CQ CX DG EA
EU EZ GG GS HM IM IO JE MF NF NU PM PN QO SJ SX TA TF TK UM UN WF XA XB ZZ
CD CG""".split())   # CD/CG: taken from their -alt-variant forms below

TERRITORY = {
    "002": dict(en="Africa"),
    "003": dict(en="North America", variants=["أميركا الشمالية"]),
    "005": dict(en="South America", variants=["أميركا الجنوبية"]),
    "009": dict(en="Oceania"),
    "011": dict(en="West Africa"),
    "013": dict(en="Central America", variants=["أميركا الوسطى"]),
    "014": dict(en="East Africa"),
    "015": dict(en="North Africa"),
    "017": dict(en="Central Africa"),
    "018": dict(en="southern Africa"),
    "019": dict(en="the Americas", variants=["الأميركتان", "الأمريكتين", "الأميركتين"]),
    "029": dict(en="Caribbean", variants=["منطقة الكاريبي", "البحر الكاريبي"]),
    "030": dict(en="East Asia"),
    "034": dict(en="South Asia"),
    "035": dict(en="Southeast Asia"),
    "039": dict(en="southern Europe"),
    "142": dict(en="Asia"),
    "143": dict(en="Central Asia", variants=["آسيا الوسطى"]),
    "145": dict(en="West Asia", variants=["غربي آسيا"]),
    "150": dict(en="Europe"),
    "151": dict(en="Eastern Europe", variants=["أوروبا الشرقية"]),
    "154": dict(en="northern Europe"),
    "155": dict(en="Western Europe", variants=["أوروبا الغربية"]),
    "202": dict(en="sub-Saharan Africa", variants=["أفريقيا جنوب الصحراء"]),
    "419": dict(en="Latin America", variants=["أميركا اللاتينية"]),
    "AE": dict(variants=["الإمارات", "دولة الإمارات"], note="bare الإمارات is almost always the UAE in news"),
    "AG": dict(en="Antigua and Barbuda"),
    "BJ": dict(ar="جمهورية بنين", note="CLDR: بنين; bare بنين left out (also 'boys', e.g. مدارس البنين)"),
    "ML": dict(ar="جمهورية مالي", note="CLDR: مالي; bare مالي left out (also the adjective 'financial')"),
    "OM": dict(ar="سلطنة عمان", note="CLDR: عُمان; bare عمان left out (same letters as Amman, the Jordanian capital)"),
    "QA": dict(note="قطر is also 'diameter'; in news almost always the country"),
    "DZ": dict(note="the country; الجزائر is also the capital Algiers and 'the islands'"),
    "MA": dict(note="المغرب is also 'the west' and the sunset prayer"),
    "KW": dict(note="the country; the capital is مدينة الكويت"),
    "TN": dict(note="the country; تونس is also the capital Tunis"),
    "DJ": dict(note="the country and its capital"),
    "PA": dict(note="the country and Panama City"),
    "AQ": dict(en="Antarctica", variants=["القارة القطبية الجنوبية"]),
    "BA": dict(en="Bosnia and Herzegovina", variants=["البوسنة"]),
    "BD": dict(variants=["بنجلاديش"]),
    "BS": dict(en="Bahamas", variants=["البهاما"]),
    "BY": dict(variants=["بيلاروسيا", "روسيا البيضاء"]),
    "CD-alt-variant": dict(en="Democratic Republic of Congo", variants=["الكونغو الديمقراطية", "الكونغو كينشاسا"],
                           note="CLDR: Congo - Kinshasa; bare الكونغو left out (ambiguous)"),
    "CG-alt-variant": dict(en="Republic of Congo", variants=["الكونغو برازافيل"],
                           note="CLDR: Congo - Brazzaville; bare الكونغو left out (ambiguous)"),
    "CI": dict(en="Ivory Coast", variants=["كوت ديفوار"], note="CLDR: Côte d’Ivoire"),
    "CV": dict(en="Cape Verde", variants=["كابو فيردي"]),
    "CZ": dict(en="Czech Republic", variants=["جمهورية التشيك", "تشيكيا"], note="CLDR: Czechia"),
    "DK": dict(ar="الدنمارك", variants=["الدانمرك"]),
    "FK": dict(variants=["جزر مالفيناس"], note="also: Malvinas"),
    "GB": dict(note="also: Britain, UK; see بريطانيا"),
    "GE": dict(note="the country; also the U.S. state"),
    "HK-alt-short": dict(en="Hong Kong", variants=["هونج كونج"]),
    "HU": dict(variants=["المجر"]),
    "KM": dict(en="Comoros"),
    "KG": dict(variants=["قرغيزستان"]),
    "KN": dict(en="St. Kitts and Nevis"),
    "MM": dict(en="Myanmar", variants=["بورما"], note="also: Burma"),
    "MO-alt-short": dict(en="Macao", variants=["ماكاو"]),
    "MV": dict(variants=["المالديف"]),
    "NZ": dict(variants=["نيوزلندا"]),
    "PS": dict(en="Palestinian territories", note="CLDR: Palestinian Territories"),
    "PS-alt-short": dict(en="Palestine", note="the State of Palestine in Palestinian and Arab usage"),
    "SA": dict(variants=["السعودية"], note="السعودية is also the feminine adjective Saudi"),
    "ST": dict(en="Sao Tome and Principe"),
    "SZ": dict(variants=["سوازيلاند"], note="formerly Swaziland"),
    "TC": dict(en="Turks and Caicos Islands"),
    "TL-alt-variant": dict(en="East Timor", variants=["تيمور ليشتي"], note="also: Timor-Leste"),
    "TR": dict(en="Turkey", note="CLDR: Türkiye; also: Turkiye"),
    "TT": dict(en="Trinidad and Tobago"),
    "US": dict(variants=["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"], note="also: U.S."),
    "VA": dict(en="Vatican", note="CLDR: Vatican City"),
    "VC": dict(en="St. Vincent and the Grenadines"),
    "VG": dict(variants=["جزر العذراء البريطانية"]),
    "VI": dict(en="U.S. Virgin Islands", variants=["جزر فيرجن الأميركية"]),
    "AS": dict(variants=["ساموا الأميركية"]),
}
TERRITORY_SKIP |= {"HK", "MO", "TL", "CI-alt-variant", "CZ-alt-variant", "SZ-alt-variant",
                   "FK-alt-variant", "IO-alt-chagos", "MK-alt-variant"}


def territories(root):
    pkg = "cldr-localenames-full"
    ar = load(root, pkg, "ar", "territories.json")["localeDisplayNames"]["territories"]
    en = load(root, pkg, "en", "territories.json")["localeDisplayNames"]["territories"]
    for code in sorted(ar):
        if code in TERRITORY_SKIP:
            continue
        o = TERRITORY.get(code, {})
        if "-alt-" in code and code not in TERRITORY:
            continue
        a = clean(o.get("ar", ar[code]))
        e = o.get("en", en.get(code, "").replace(" & ", " and "))
        note = o.get("note", "")
        if "en" in o and en.get(code) != e and "CLDR" not in note:
            note = (note + "; " if note else "") + f"CLDR: {en.get(code)}"
        yield [a, e, "place", "|".join(o.get("variants", [])), note, src(pkg)]


# ----------------------------------------------------------------- currencies
CURRENCIES = {
    # code: overrides (ar, en, variants, note); only listed codes are output
    "USD": dict(en="U.S. dollar", variants=["دولار أميركي"]),
    "EUR": dict(en="euro"),
    "GBP": dict(en="British pound", note="also: pound sterling"),
    "JPY": dict(en="Japanese yen"), "CNY": dict(en="Chinese yuan", note="also: renminbi"),
    "CHF": dict(en="Swiss franc"), "RUB": dict(en="Russian ruble"),
    "INR": dict(ar="روبية هندية", en="Indian rupee", note="CLDR: روبية هندي"),
    "PKR": dict(ar="روبية باكستانية", en="Pakistani rupee", note="CLDR: روبية باكستاني"),
    "NPR": dict(ar="روبية نيبالية", en="Nepalese rupee", note="CLDR: روبية نيبالي"),
    "LKR": dict(en="Sri Lankan rupee"), "IDR": dict(en="Indonesian rupiah"),
    "EGP": dict(en="Egyptian pound"), "SDG": dict(en="Sudanese pound"),
    "SSP": dict(en="South Sudanese pound"),
    "LBP": dict(ar="ليرة لبنانية", en="Lebanese pound", note="CLDR: جنيه لبناني; news uses ليرة"),
    "SYP": dict(en="Syrian pound"), "TRY": dict(en="Turkish lira"),
    "SAR": dict(en="Saudi riyal"), "QAR": dict(en="Qatari riyal"),
    "OMR": dict(en="Omani rial"), "YER": dict(en="Yemeni rial"),
    "IRR": dict(en="Iranian rial"), "AED": dict(en="UAE dirham", note="CLDR: United Arab Emirates Dirham"),
    "MAD": dict(en="Moroccan dirham"), "KWD": dict(en="Kuwaiti dinar"),
    "BHD": dict(en="Bahraini dinar"), "IQD": dict(en="Iraqi dinar"),
    "JOD": dict(en="Jordanian dinar"), "LYD": dict(en="Libyan dinar"),
    "TND": dict(en="Tunisian dinar"), "DZD": dict(en="Algerian dinar"),
    "MRU": dict(en="Mauritanian ouguiya"), "DJF": dict(en="Djiboutian franc"),
    "SOS": dict(en="Somali shilling"),
    "KES": dict(ar="شلن كيني", en="Kenyan shilling", note="CLDR: شلن كينيي"),
    "ETB": dict(ar="بير إثيوبي", en="Ethiopian birr", note="CLDR: بير أثيوبي"),
    "ILS": dict(en="new Israeli shekel", note="see also شيكل"),
    "AUD": dict(en="Australian dollar"), "CAD": dict(en="Canadian dollar"),
    "HKD": dict(en="Hong Kong dollar"),
    "KRW": dict(en="South Korean won"), "BRL": dict(en="Brazilian real"),
    "MXN": dict(en="Mexican peso"), "ZAR": dict(en="South African rand"),
    "NGN": dict(ar="نايرا نيجيرية", en="Nigerian naira", note="CLDR: نايرا نيجيري"),
    "SEK": dict(en="Swedish krona"), "NOK": dict(en="Norwegian krone"),
    "DKK": dict(ar="كرونة دنماركية", en="Danish krone"), "PLN": dict(en="Polish zloty"),
    "UAH": dict(ar="هريفنيا أوكرانية", en="Ukrainian hryvnia", note="CLDR: هريفنيا أوكراني"),
    "MYR": dict(en="Malaysian ringgit"),
    "AZN": dict(ar="مانات أذربيجاني", en="Azerbaijani manat", note="CLDR: مانات أذربيجان"),
    "XOF": dict(en="West African CFA franc"), "XAF": dict(en="Central African CFA franc"),
}


def currencies(root):
    pkg = "cldr-numbers-full"
    ar = load(root, pkg, "ar", "currencies.json")["numbers"]["currencies"]
    en = load(root, pkg, "en", "currencies.json")["numbers"]["currencies"]
    for code, o in CURRENCIES.items():
        a = clean(o.get("ar", ar[code]["displayName"]))
        e = o.get("en", en[code]["displayName"])
        note = o.get("note", "")
        note = f"ISO 4217 {code}" + (f"; {note}" if note else "")
        yield [a, e, "currency", "|".join(o.get("variants", [])), note, src(pkg)]


# ---------------------------------------------------------------------- units
UNITS = {
    # CLDR unit id: overrides
    "length-kilometer": dict(en="kilometer"), "length-meter": dict(en="meter"),
    "length-centimeter": dict(en="centimeter"), "length-millimeter": dict(en="millimeter"),
    "length-mile": dict(en="mile", note="ميل is also 'tendency, inclination'"), "length-nautical-mile": dict(en="nautical mile"),
    "length-inch": dict(en="inch"), "length-yard": dict(en="yard"),
    "length-light-year": dict(en="light-year"),
    "area-square-kilometer": dict(en="square kilometer"), "area-square-meter": dict(en="square meter"),
    "area-hectare": dict(en="hectare"),
    "area-acre": dict(en="feddan", note="Egyptian land unit of about one acre; CLDR maps فدان to acre"),
    "area-dunam": dict(en="dunam"),
    "mass-kilogram": dict(en="kilogram", variants=["كيلوجرام", "كيلو غرام"]),
    "mass-gram": dict(en="gram", variants=["جرام"]),
    "mass-ton": dict(en="ton"), "mass-tonne": dict(en="metric ton"),
    "mass-pound": dict(en="pound", note="weight (ratl); the currency pound is جنيه"),
    "mass-ounce": dict(en="ounce"),
    "mass-carat": dict(en="carat"),
    "volume-liter": dict(en="liter"), "volume-gallon": dict(en="gallon"),
    "volume-barrel": dict(en="barrel"), "volume-cubic-meter": dict(en="cubic meter"),
    "power-megawatt": dict(ar="ميغاواط", en="megawatt", variants=["ميغا واط", "ميجاوات", "ميغاوات"]),
    "power-gigawatt": dict(ar="غيغاواط", en="gigawatt", variants=["غيغا واط", "جيجاوات"]),
    "power-kilowatt": dict(en="kilowatt", variants=["كيلو واط"]),
    "power-horsepower": dict(en="horsepower"),
    "energy-kilowatt-hour": dict(ar="كيلوواط ساعة", en="kilowatt-hour", variants=["كيلو واط ساعة"], note="CLDR: كيلو واط/ساعة"),
    "energy-british-thermal-unit": dict(en="British thermal unit"),
    "electric-volt": dict(en="volt"),
    "temperature-celsius": dict(en="degree Celsius", variants=["درجة مئوية"]),
    "temperature-fahrenheit": dict(en="degree Fahrenheit"),
    "speed-kilometer-per-hour": dict(en="kilometers per hour"),
    "speed-mile-per-hour": dict(en="miles per hour"),
    "concentr-part-per-1e6": dict(en="parts per million"),
}


def units(root):
    pkg = "cldr-units-full"
    ar = load(root, pkg, "ar", "units.json")["units"]["long"]
    en = load(root, pkg, "en", "units.json")["units"]["long"]
    for uid, o in UNITS.items():
        a = clean(o.get("ar", ar[uid]["displayName"]))
        variants = [v for v in o.get("variants", []) if clean(v) != a]
        note = o.get("note", "")
        yield [a, o.get("en", en[uid]["displayName"]), "unit", "|".join(variants), note, src(pkg)]


# ------------------------------------------------------------------- calendar
GREG_EN = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
HIJRI_EN = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal",
            "Jumada al-Thani", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhul-Qadah", "Dhul-Hijjah"]
WEEK_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
ISO_DAY = [7, 1, 2, 3, 4, 5, 6]
MONTH_VARIANTS = {"يونيو": ["يونيه"], "يوليو": ["يوليه"],
                  "ربيع الآخر": ["ربيع الثاني"], "جمادى الآخرة": ["جمادى الثانية"],
                  "جمادى الأولى": ["جمادى الأول"],
                  "ذو القعدة": ["ذي القعدة"], "ذو الحجة": ["ذي الحجة"]}
MONTH_SYSTEMS = [("ar", "Egyptian/Gulf name"), ("ar-SY", "Levantine/Iraqi name"),
                 ("ar-DZ", "Maghreb (Algeria/Tunisia) name"), ("ar-MA", "Moroccan name")]


def calendar(root):
    pkg = "cldr-dates-full"
    seen = set()
    for loc, label in MONTH_SYSTEMS:
        g = load(root, pkg, loc, "ca-gregorian.json")["dates"]["calendars"]["gregorian"]
        for i, name in enumerate(g["months"]["format"]["wide"].values()):
            a = clean(name)
            if a in seen:
                continue
            seen.add(a)
            yield [a, GREG_EN[i], "month", "|".join(MONTH_VARIANTS.get(a, [])),
                   f"gregorian:{i + 1}; {label}", src(pkg)]
    isl = load(root, "cldr-cal-islamic-full", "ar", "ca-islamic.json")["dates"]["calendars"]["islamic"]
    for i, name in enumerate(isl["months"]["format"]["wide"].values()):
        a = clean(name)
        yield [a, HIJRI_EN[i], "month", "|".join(MONTH_VARIANTS.get(a, [])),
               f"hijri:{i + 1}", src("cldr-cal-islamic-full")]
    g = load(root, pkg, "ar", "ca-gregorian.json")["dates"]["calendars"]["gregorian"]
    for i, name in enumerate(g["days"]["format"]["wide"].values()):
        yield [clean(name), WEEK_EN[i], "weekday", "", f"weekday:{ISO_DAY[i]}", src(pkg)]


SECTIONS = {"territories": territories, "currencies": currencies,
            "units": units, "calendar": calendar}


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in list(SECTIONS) + ["all"]:
        sys.exit(__doc__)
    root, section = sys.argv[1], sys.argv[2]
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["arabic", "english", "category", "variants", "note", "source"])
    for name, fn in SECTIONS.items():
        if section in (name, "all"):
            for row in fn(root):
                w.writerow(row)


if __name__ == "__main__":
    main()
