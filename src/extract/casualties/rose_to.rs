//! A toll whose head comes after the count: ارتفع إلى 9 بينهم رئيس المجلس وخمسة أطفال …
//! عدد القتلى — the wire-report phrasing where "the number of the dead" closes the list of who
//! is among them.
//!
//! **In:** a count with no trigger before it. **Out:** the trigger's start (the verb) and
//! what the toll counts, when the verb of rising (ارتفع، وصل) and إلى stand right before the
//! count, بينهم right after it, and a toll head ([`super::toll_at`]) later in the sentence.

use super::{clitic_splits, Num, Sent};

/// Verbs a toll rises or comes to a count with (after proclitics).
pub(super) const RISE: &[&str] = &["ارتفع", "ارتفعت", "يرتفع", "وصل", "وصلت", "يصل"];

pub(super) fn rose_to(sent: &Sent, n: &Num, qfrom: usize) -> Option<(usize, &'static str)> {
    if qfrom < 2 || sent.w(qfrom - 1) != "الي" || !matches!(sent.w(n.to), "بينهم" | "بينهن")
    {
        return None;
    }
    let verb = qfrom - 2;
    if !clitic_splits(sent.w(verb)).any(|(_, r)| RISE.contains(&r)) {
        return None;
    }
    let what = (n.to + 1..sent.len()).find_map(|k| super::toll_at(sent, k))?;
    Some((verb, what))
}
