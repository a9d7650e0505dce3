#!/usr/bin/env python3
"""Build src/extract/persons/names.txt: the name tokens person detection looks up.

Source: /work/shared/data/names (see its SOURCE.md): Wikidata person-name tokens (CC0 1.0,
Merhav & Ash 2018) and Google's Wikipedia transliteration pairs (Apache-2.0, Rosca & Breuel
2016). A token is kept when its pairs are seen at least MIN_COUNT times in both files together
(Wikidata `count` + one per Google row), after dragoman's `match` folding (alef variants → ا,
ى → ي, ة → ه, no harakat), it is 2+ Arabic letters, and it is not in STOP below: function
words, months, places and common nouns that occur as name tokens in those lists (typed by
hand). The Western given names of the house table (`dev/translit/names.py` WESTERN_GIVEN,
curated from general knowledge) are names too, whatever their count: the data lacks many of
them (فرناندو، هاورد، راسل). Tokens that are names but
also common words (علي/على، عمر، حسن، سعيد …) stay in the
list; the Rust side (`persons::AMBIGUOUS`) asks for more evidence before one starts a name.

Usage: python3 dev/make_names.py [NAMES_DIR]   (writes src/extract/persons/names.txt)
"""
import collections
import os
import re
import sys

MIN_COUNT = 3
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "names")
OUT = os.path.join(HERE, "..", "src", "extract", "persons", "names.txt")

STOP = set("""
في من علي الي او هو كان الله بين هي اي لي الان لو انا بان فان دون مره اول كبير بك عشر ام بي يكن
مكان امام وان ليست ولد الف منك مارس يوما باسم احدي سبيل حياه صباح دور السيد اسرائيل دول رسول
الثالث مايو المصري بيت تري عيد مني روسيا اليك حرب سوي كاس كي اغسطس ابريل سي صاحب بني ذا ملك اني
باب قضيه اولا اين ريال دار سيدي ايه راس ادي جيد الخامس الامام الرابع طالب عاد دوري العسكري لندن
اسيا باي لاي طويل باريس مات الام ثاني الواحد السادس العظيم مسلم جي دين شي مدريد شاهد شديد سان صديق
كوريا بيان سيد كانون امير الينا القاضي التاسع معين ها العلمي معروف كون مالي اري تي شيخ وسيله الم
زي سهل والي الغربي الملكه فانا تحسين فاز الثامن المغربي بوك كاتب اولي ميل بارك بريطانيا لون اعظم
مال اسبانيا جبل جيل راي لوس بابا كوني سيده شرف فرد يومي الاخضر اليونان كيلو خطاب روما اليس انتي
جاي شمس شو باني الاول الثاني العربي الدين الشيخ سوريا ال ان لا هذا هذه ذلك تلك التي الذي عن مع كل
قد ما لم لن ثم حتي قبل بعد عند يوم اليوم امس غدا السبت الاحد الاثنين الثلاثاء الاربعاء الخميس
الجمعه سبت احد اثنين ثلاثاء اربعاء خميس جمعه يناير فبراير يونيو يوليو سبتمبر اكتوبر نوفمبر
ديسمبر مصر العراق لبنان الاردن تركيا ايران امريكا اميركا فرنسا المانيا الصين اليابان الهند مكه
المدينه الرياض جده دبي قطر الكويت البحرين عمان اليمن ليبيا تونس الجزائر المغرب السودان فلسطين
غزه القدس دمشق بغداد القاهره بيروت الملك الامير الرئيس وزير الوزير رئيس مدير عام العام جديد
الجديد كبري الكبير صغير الصغير اخر الاخر جميع بعض غير عبر خلال ضد نحو حول لدي ليس كما اذا اذ
""".split())

HARAKAT = re.compile("[\u064b-\u0652\u0640\u0670]")


def fold(s):
    s = HARAKAT.sub("", s)
    return re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")


def main():
    count = collections.Counter()
    wd = os.path.join(SRC, "wikidata-person-name-tokens.tsv")
    for line in open(wd, encoding="utf-8").read().splitlines()[1:]:
        a, _, n = line.split("\t")
        count[fold(a)] += int(n)
    gg = os.path.join(SRC, "google-ar2en-words.tsv")
    for line in open(gg, encoding="utf-8").read().splitlines()[1:]:
        a, _ = line.split("\t")
        count[fold(a)] += 1
    sys.path.insert(0, os.path.join(HERE, "translit"))
    from names import WESTERN_GIVEN
    for a in WESTERN_GIVEN:
        count[fold(a)] += MIN_COUNT
    keep = sorted(w for w, n in count.items()
                  if n >= MIN_COUNT and len(w) >= 2 and re.fullmatch("[\u0621-\u064a]+", w) and w not in STOP)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Name tokens for person detection, one per line, in dragoman's `match` folding.\n")
        f.write("# Built by dev/make_names.py (MIN_COUNT=%d) from: Wikidata person-name tokens\n" % MIN_COUNT)
        f.write("# (Merhav & Ash, COLING 2018; CC0 1.0) and Google ar2en transliteration pairs\n")
        f.write("# (Rosca & Breuel 2016; Apache-2.0), plus the Western given names of dev/translit/names.py,\n")
        f.write("# minus a hand-typed stop list of common words.\n")
        for w in keep:
            f.write(w + "\n")
    print(f"{len(keep)} tokens -> {OUT}")


if __name__ == "__main__":
    main()
