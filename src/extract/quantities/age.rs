//! Ages: a count of years that is a person's age, not a duration.
//!
//! **In:** a sentence and the tokens of a years duration (`from..to`, qualifier + number +
//! عاما/سنة). **Out:** whether it is an age, read from its context (table [`CUES`]):
//! * an age word within three words before: العمر، عمره، أعمارهم، سن، البالغ، يبلغ، يناهز،
//!   ذات/ذو/صاحب الـ (البالغ من العمر 30 عاما، عن عمر يناهز 75 عاما، صاحب الـ 28 عاما);
//! * set off after a name: between brackets or commas (فينغر (56 عاما)، وكان فانينج، 34 عاما،);
//! * a number "of his/her life" without a years noun (بلغ خمسين من عمره; the definite
//!   الخمسين is not read as a number yet).

use super::Sent;

/// Words (in the `match` normalization, after proclitics) that make the years an age.
const CUES: &[&str] = &[
    "العمر",
    "عمر",
    "عمره",
    "عمرها",
    "عمرهم",
    "عمرهما",
    "اعمار",
    "اعمارهم",
    "اعمارهن",
    "سن",
    "البالغ",
    "البالغه",
    "البالغين",
    "يبلغ",
    "تبلغ",
    "يناهز",
    "ناهز",
    "تناهز",
    "ذات",
    "ذو",
    "ذي",
    "صاحب",
    "صاحبه",
];

fn is_cue(w: &str) -> bool {
    super::clitic_splits(w).any(|(_, r)| CUES.contains(&r))
}

/// Whether the years duration at tokens `from..to` is an age.
pub(super) fn is_age(sent: &Sent, from: usize, to: usize) -> bool {
    cue_before(sent, from, false) || set_off(sent, from, to)
}

/// The age words that say "age" outright (for months: "ذات 3 أيام" is a 3-day event).
const LIFE: &[&str] = &[
    "العمر",
    "عمر",
    "عمره",
    "عمرها",
    "عمرهم",
    "عمرهما",
    "البالغ",
    "البالغه",
    "يبلغ",
    "تبلغ",
];

/// An age word within three words before token `from` (ال of الـ 28 is a word of its own or
/// glued), in the same clause; `life`: only the words of [`LIFE`].
pub(super) fn cue_before(sent: &Sent, from: usize, life: bool) -> bool {
    let mut words = 0;
    let mut i = from;
    while i > 0 && words < 3 {
        i -= 1;
        if !sent.is_word(i) {
            if matches!(sent.w(i), "." | "؛" | ":" | "؟" | "!") {
                break;
            }
            continue;
        }
        if is_cue(sent.w(i))
            && (!life || super::clitic_splits(sent.w(i)).any(|(_, r)| LIFE.contains(&r)))
        {
            return true;
        }
        words += 1;
    }
    false
}

/// Set off between brackets or commas right after a word: فينغر (56 عاما).
fn set_off(sent: &Sent, from: usize, to: usize) -> bool {
    if from == 0 || to >= sent.len() || !sent.is_word(from.saturating_sub(2)) {
        return false;
    }
    matches!(
        (sent.w(from - 1), sent.w(to)),
        ("(", ")") | ("،", "،") | ("،", ")") | (",", ",")
    )
}

/// عمره، عمرها …: "of his/her/their life" after من.
pub(super) fn of_his_life(w: &str) -> bool {
    matches!(w, "عمره" | "عمرها" | "عمرهم" | "عمرهما")
}

#[cfg(test)]
mod tests {
    use super::super::super::testutil::check;
    use super::super::super::FactKind;

    #[test]
    fn ages_not_durations() {
        check(
            FactKind::Age,
            &[
                ("أعلن المدرب فينغر (56 عاما) رحيله.", &[("56 عاما", "56")]),
                (
                    "وكان الشاب البالغ من العمر 30 عاما يقود سيارته.",
                    &[("30 عاما", "30")],
                ),
                ("توفي عن عمر يناهز 75 عاما.", &[("75 عاما", "75")]),
                ("بلغ الرجل خمسين من عمره.", &[("خمسين من عمره", "50")]),
                ("استمرت الحرب 30 عاما.", &[]),
            ],
            None,
        );
    }
}
