//! Ranges of a unit written once: the first number of `N و/أو/إلى/حتى/- M unit` (بين ثلاث
//! إلى أربع ساعات، لأربع أو خمس سنوات، ما بين 7 آلاف إلى 10 آلاف طالب، عند 98 إلى 106
//! دولارات، بمواصفات 4 و5 نجوم) measures or counts what the second does.
//!
//! **In:** a sentence's cardinals and the index of one without a unit after it. **Out:** the
//! second number's unit, ending at the first number, or `None`.

use super::super::numbers::Num;
use super::super::Sent;
use super::{after, After};

/// The unit `nums[k]` shares with the next cardinal, when only a connective lies between.
pub(super) fn shared(sent: &Sent, nums: &[Num], k: usize) -> Option<After> {
    let (a, b) = (nums.get(k)?, nums.get(k + 1)?);
    // و is a token of its own before digits (و7) or a prefix of a number word (وخمسة).
    let joined = (b.from == a.to + 1
        && matches!(sent.w(a.to), "و" | "او" | "الي" | "حتي" | "-" | "–"))
        || (b.from == a.to && sent.w(b.from).starts_with('و') && sent.is_word(b.from));
    // A scale written once (12 و15 ألفًا: 12,000 to 15,000) is the number rules' range.
    if !joined || a.value.is_none() || b.value.is_none() || b.to - b.from > a.to - a.from {
        return None;
    }
    let to = a.to;
    Some(match after(sent, b)? {
        After::Percent(_) => After::Percent(to),
        After::Money { english, unit, .. } => After::Money { to, english, unit },
        After::Duration {
            iso, english, time, ..
        } => After::Duration {
            to,
            iso,
            english,
            time,
        },
        After::Measure { english, .. } => After::Measure { to, english },
        After::Counted { english, .. } => After::Counted { to, english },
    })
}
