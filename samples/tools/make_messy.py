#!/usr/bin/env python3
"""Write samples/ar/messy-encoding.txt deterministically (stdlib only).

The file is an ordinary Arabic news report "typed dirty".  Every special
code point is written below as an explicit \\u escape (never as a literal
character), so the script documents exactly what the file contains:

  U+FEFF  BOM at the very start of the file
  U+0640  tatweel (kashida) inside words (Pakistan spelled with a tatweel
          after each joining letter; li- + tatweel before «Daesh»)
  U+FE8D..U+FEFC  Arabic presentation forms, incl. the lam-alef ligatures
          U+FEFB (لا), U+FEF7 (لأ), U+FEF9 (لإ), U+FEF5 (لآ)
  U+0660..U+0669  Arabic-Indic digits, with U+066B (Arabic decimal separator)
          and U+066C (Arabic thousands separator)
  U+06F0..U+06F9  Extended Arabic-Indic (Persian) digits
  U+06CC  Persian (Farsi) yeh and U+06A9 keheh in a few words
  U+200F  RLM, U+200E LRM, U+061C ALM
  U+2067  RLI ... U+2069 PDI around a Latin name
  U+200C  ZWNJ, U+200D ZWJ inside words
  U+00A0  no-break space, U+2009 thin space

Run from anywhere:  python3 samples/tools/make_messy.py
Pass --clean to print (to stdout) the intended clean reading of the text,
i.e. the same report with every dirty sequence replaced by its plain form.
"""
import os
import sys

BOM = "\ufeff"
TATWEEL = "\u0640"
RLM = "\u200f"
LRM = "\u200e"
ALM = "\u061c"
RLI = "\u2067"
PDI = "\u2069"
ZWNJ = "\u200c"
ZWJ = "\u200d"
NBSP = "\u00a0"
THIN = "\u2009"
FA_YEH = "\u06cc"      # Farsi yeh, instead of U+064A / U+0649
FA_KEHEH = "\u06a9"    # keheh, instead of U+0643

# Words spelled with presentation-form code points (NFKC gives the plain word).
PF_ALHUKUMA = "\ufe8d\ufedf\ufea4\ufedc\ufeee\ufee3\ufe94"    # الحكومة
PF_LA = "\ufefb"                                              # لا  (lam-alef isolated)
PF_ALAMN = "\ufe8d\ufef7\ufee3\ufee6"                          # الأمن (lam-alef-hamza-above)
PF_ALIRHABIYYIN = ("\ufe8d\ufef9\ufead\ufeeb\ufe8e\ufe91"
                   "\ufef4\ufef4\ufee6")                       # الإرهابيين (lam-alef-hamza-below)
PF_ALAAN = "\ufe8d\ufef5\ufee5"                                # الآن (lam-alef-madda)
PF_ALJAYSH = "\ufe8d\ufedf\ufea0\ufef4\ufeb6"                  # الجيش

# Digits
AR = {d: chr(0x0660 + d) for d in range(10)}   # Arabic-Indic digits
FA = {d: chr(0x06F0 + d) for d in range(10)}   # Persian digits
AR_DECIMAL = "\u066b"
AR_THOUSANDS = "\u066c"


def ar(s):
    """ASCII digits -> Arabic-Indic digits; '.' -> U+066B, ',' -> U+066C."""
    return "".join(AR[int(c)] if c.isdigit() else
                   AR_DECIMAL if c == "." else
                   AR_THOUSANDS if c == "," else c for c in s)


def fa(s):
    """ASCII digits -> Persian digits."""
    return "".join(FA[int(c)] if c.isdigit() else c for c in s)


def tat(word):
    """Insert a tatweel after every joining letter except the last."""
    right_only = set("اأإآدذرزوؤةى")
    out = []
    for i, c in enumerate(word):
        out.append(c)
        if i < len(word) - 1 and c not in right_only:
            out.append(TATWEEL)
    return "".join(out)


PAKISTAN_TATWEEL = tat("باكستان")   # ba-TATWEEL-ka-TATWEEL-... (tatweel after joining letters)

# (dirty, clean) pairs, in document order; the clean side is what a good
# normaliser should be able to recover (modulo digit-script policy).
LINES = [
    # headline (no final full stop)
    [("مقتل " + ar("7") + NBSP + "جنود باكستانيين في هجوم تبنته «طالبان " + PAKISTAN_TATWEEL + "» شمال غربي البلاد" + RLM,
      "مقتل " + ar("7") + " جنود باكستانيين في هجوم تبنته «طالبان باكستان» شمال غربي البلاد")],
    [("بيشاور (أ.ف.ب) - قُتل سبعة جنود باكستانيين وأصيب " + fa("12") + " آخرون، الثلاثاء، في هجوم شنه مسلحون على نقطة تفتيش عسكرية في إقليم خيبر بختونخوا شمال غربي " + PAKISTAN_TATWEEL + "، بحسب ما أعلن " + PF_ALJAYSH + ".",
      "بيشاور (أ.ف.ب) - قُتل سبعة جنود باكستانيين وأصيب " + fa("12") + " آخرون، الثلاثاء، في هجوم شنه مسلحون على نقطة تفتيش عسكرية في إقليم خيبر بختونخوا شمال غربي باكستان، بحسب ما أعلن الجيش.")],
    [("وقال الجناح الإعلامي للجيش في بيان إن «" + PF_ALIRHABIYYIN + " استخدموا أسلحة ثقيلة وقذائف صاروخية»، مشيراً إلى مقتل خمسة من المسلح" + ZWNJ + "ين في الاشتباك الذي استمر نحو ثلاث ساعات. وأعلنت حركة «طالبان " + "با" + FA_KEHEH + "ستان» مسؤوليتها عن الهجوم في رسالة إلى الصحافيين.",
      "وقال الجناح الإعلامي للجيش في بيان إن «الإرهابيين استخدموا أسلحة ثقيلة وقذائف صاروخية»، مشيراً إلى مقتل خمسة من المسلحين في الاشتباك الذي استمر نحو ثلاث ساعات. وأعلنت حركة «طالبان باكستان» مسؤوليتها عن الهجوم في رسالة إلى الصحافيين.")],
    [("وأكد وزير الداخلية " + "البا" + FA_KEHEH + "ستان" + FA_YEH + " محسن نقوي أن " + PF_ALHUKUMA + " «لن تسمح لأي جماعة بتهديد " + PF_ALAMN + " في البلاد»، وأضاف أن «العملية الأمنية ستستمر حتى القضاء على آخر إرهابي».",
      "وأكد وزير الداخلية الباكستاني محسن نقوي أن الحكومة «لن تسمح لأي جماعة بتهديد الأمن في البلاد»، وأضاف أن «العملية الأمنية ستستمر حتى القضاء على آخر إرهابي».")],
    [("وتقول إسلام" + NBSP + "آباد إن الهجمات تصاعدت منذ عودة «طالبان» إلى السلطة " + "ف" + FA_YEH + " أفغانستان في أغسطس/آب " + ar("2021") + "، وإن مقاتلي الحركة الباكستانية يتخذون من الأراضي الأفغانية ملاذاً. في المقابل، تنفي كابل هذه الاتهامات، وتقول إنها " + PF_LA + " تسمح باستخدام أراضيها ضد أي دولة.",
      "وتقول إسلام آباد إن الهجمات تصاعدت منذ عودة «طالبان» إلى السلطة في أفغانستان في أغسطس/آب " + ar("2021") + "، وإن مقاتلي الحركة الباكستانية يتخذون من الأراضي الأفغانية ملاذاً. في المقابل، تنفي كابل هذه الاتهامات، وتقول إنها لا تسمح باستخدام أراضيها ضد أي دولة.")],
    [("وبحسب معهد باكستان لدراسات النزاع والأمن، قُتل " + ar("1,524") + " شخصاً في أعمال عنف خلال عام " + ALM + "2023، بزيادة نسبتها " + ar("56.2") + NBSP + "في المئة مقارنة بالعام السابق. كما نُسبت هجمات دامية في الإقليم ذاته " + "ل" + TATWEEL + "«داعش خراسان»" + "، وهو الفرع الإقليمي لتنظيم «داعش».",
      "وبحسب معهد باكستان لدراسات النزاع والأمن، قُتل " + ar("1,524") + " شخصاً في أعمال عنف خلال عام 2023، بزيادة نسبتها " + ar("56.2") + " في المئة مقارنة بالعام السابق. كما نُسبت هجمات دامية في الإقليم ذاته ل" + TATWEEL + "«داعش خراسان»، وهو الفرع الإقليمي لتنظيم «داعش».")],
    [("وأدانت السفارة الأميركية في إسلام آباد الهجوم، وقال السفير " + RLI + "Donald Blome" + PDI + " في منشور على منصة «X»" + LRM + " إن الولايات المتحدة «تقف إلى جانب الشعب الباكستاني " + "ف" + FA_YEH + " حربه ضد الإرهاب».",
      "وأدانت السفارة الأميركية في إسلام آباد الهجوم، وقال السفير Donald Blome في منشور على منصة «X» إن الولايات المتحدة «تقف إلى جانب الشعب الباكستاني في حربه ضد الإرهاب».")],
    [("وقدّرت السلطات المحلية الأضرار التي لحقت بالمنشآت العسكرية والمدنية بنحو " + "250" + THIN + "000" + THIN + "000 روبية، ولم تتمكن حتى " + PF_ALAAN + " من حصر الخسائر كافة. وخصص " + PF_ALJAYSH + " رقماً ساخناً للإبلاغ عن المفقودين، كما يمكن متابعة بياناته عبر الموقع " + LRM + "www.ispr.gov.pk" + LRM + ".",
      "وقدّرت السلطات المحلية الأضرار التي لحقت بالمنشآت العسكرية والمدنية بنحو 250,000,000 روبية، ولم تتمكن حتى الآن من حصر الخسائر كافة. وخصص الجيش رقماً ساخناً للإبلاغ عن المفقودين، كما يمكن متابعة بياناته عبر الموقع www.ispr.gov.pk.")],
    [("وشيّع الآلاف جثامين الجنود ف" + FA_YEH + " " + ar("3") + " مدن، وسط إجراءات أمنية مشددة، بينما أغلقت السلطات الطريق السريع بين بيشاور و" + ZWJ + "كوهات لمدة " + fa("48") + " ساعة" + RLM + ".",
      "وشيّع الآلاف جثامين الجنود في " + ar("3") + " مدن، وسط إجراءات أمنية مشددة، بينما أغلقت السلطات الطريق السريع بين بيشاور وكوهات لمدة " + fa("48") + " ساعة.")],
]


def main():
    clean = "--clean" in sys.argv[1:]
    lines = [pair[0][1] if clean else pair[0][0] for pair in LINES]
    text = "\n".join(lines) + "\n"
    if clean:
        sys.stdout.write(text)
        return
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "ar", "messy-encoding.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(BOM + text)


if __name__ == "__main__":
    main()
