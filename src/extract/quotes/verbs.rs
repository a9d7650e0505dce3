//! The speech verbs that open attributions for quotes only ([`MORE_VERBS`]); the verbs
//! people and entities also read are [`super::VERBS`]. Both tables by word, built once
//! ([`verb_rows`]), and the row of a token ([`verb_row`]): a word of [`CLAUSE_ONLY`] is a
//! speech verb only at the head of a clause with و/ف, or, for writing (كتب، يكتب), right
//! before a colon and a quotation (كتب ويليان ويرانتو، خبير الاقتصاد في بنك OCBC: "…").

use super::gender::{self, Agree};
use super::quotation::is_quotation;
use super::{clitic_splits, Sent, VERBS};
use crate::extract::{FxMap, Kind};

/// More speech verbs, read by quotes only. [`super::verb_at`], which people and entities
/// also read (a lone name after a speech verb is a person there), keeps to [`super::VERBS`]:
/// these words open
/// attributions but were not measured as evidence for names.
pub(super) const MORE_VERBS: &[(&str, (&str, bool))] = &[
    ("يشير", ("points out", true)),
    ("تشير", ("points out", true)),
    ("يبين", ("explains", true)),
    ("كشف", ("revealed", true)),
    ("كشفت", ("revealed", true)),
    ("زعم", ("claimed", true)),
    ("زعمت", ("claimed", true)),
    // Claimed, checked against the frequency list (zipf 3.5-4.2); not يدعي/تدعي, which
    // fold as يدعى "is called".
    ("يزعم", ("claims", true)),
    ("تزعم", ("claims", true)),
    ("ادعي", ("claimed", true)),
    ("ادعت", ("claimed", true)),
    ("لفت", ("noted", true)),
    ("لفتت", ("noted", true)),
    ("نوه", ("noted", true)),
    ("نوهت", ("noted", true)),
    ("صرح", ("stated", true)),
    ("صرحت", ("stated", true)),
    ("اعترف", ("admitted", true)),
    ("اعترفت", ("admitted", true)),
    ("اعتبر", ("considered", true)),
    ("اعتبرت", ("considered", true)),
    ("انتقد", ("criticized", true)),
    ("انتقدت", ("criticized", true)),
    ("اختتم", ("concluded", true)),
    ("توقع", ("expected", true)),
    ("توقعت", ("expected", true)),
    ("يتوقع", ("expects", true)),
    ("يتوقعون", ("expect", true)),
    ("يري", ("believes", true)),
    ("تري", ("believes", true)),
    ("يعتقد", ("believes", true)),
    ("يعتقدون", ("believe", true)),
    // Attributed (أرجع فلان ذلك إلى …): the words follow إلى, after ذلك/السبب/الأمر.
    ("ارجع", ("attributed", true)),
    ("ارجعت", ("attributed", true)),
    ("يرجع", ("attributes", true)),
    ("ترجع", ("attributes", true)),
    ("عزا", ("attributed", true)),
    ("عزت", ("attributed", true)),
    ("ابدي", ("expressed", true)),
    ("ابدت", ("expressed", true)),
    // Condemned: the words follow فيه/خلاله (in the call, the cable), `:`, أن or «…».
    ("ادان", ("condemned", true)),
    ("ادانت", ("condemned", true)),
    ("استنكر", ("denounced", true)),
    ("استنكرت", ("denounced", true)),
    ("ندد", ("denounced", true)),
    ("نددت", ("denounced", true)),
    // Speech verbs only at the head of a clause, with و/ف ([`super::CLAUSE_ONLY`]).
    ("بين", ("explained", true)),
    ("بينت", ("explained", true)),
    ("عبر", ("expressed", true)),
    ("عبرت", ("expressed", true)),
    ("كتب", ("wrote", true)),
    ("كتبت", ("wrote", true)),
    ("يكتب", ("writes", true)),
    ("تكتب", ("writes", true)),
    ("تابع", ("continued", true)),
    ("تابعت", ("continued", true)),
    ("مشيرين", ("pointing out", false)),
    ("مؤكدين", ("stressing", false)),
    ("مبينا", ("explaining", false)),
    ("مبينه", ("explaining", false)),
    ("لافتا", ("noting", false)),
    ("لافته", ("noting", false)),
    ("مشددا", ("stressing", false)),
    ("مشدده", ("stressing", false)),
    ("معتبرا", ("considering", false)),
    ("مفيدا", ("stating", false)),
    ("مفيده", ("stating", false)),
    ("بقوله", ("saying", false)),
    ("بقولها", ("saying", false)),
    // Two speakers (وكانت شبكتا … أكدتا أن) and يجادل (argues).
    ("قالا", ("said", true)),
    ("قالتا", ("said", true)),
    ("اكدا", ("stressed", true)),
    ("اكدتا", ("stressed", true)),
    ("اضافا", ("added", true)),
    ("اوضحا", ("explained", true)),
    ("اشارا", ("pointed out", true)),
    ("يجادل", ("argues", true)),
    ("تجادل", ("argues", true)),
    // The present of two speakers (حيث يقولان: «…»).
    ("يقولان", ("say", true)),
    ("تقولان", ("say", true)),
    // The plural (a carried speaker must be people in the plural: [`super::gender`]).
    ("اضافوا", ("added", true)),
    ("اوضحوا", ("explained", true)),
    ("ذكروا", ("stated", true)),
    ("اعلنوا", ("announced", true)),
    ("شددوا", ("stressed", true)),
    ("حذروا", ("warned", true)),
    ("اعربوا", ("expressed", true)),
    ("يؤكدون", ("stress", true)),
    ("يشيرون", ("point out", true)),
    ("يرون", ("believe", true)),
    // Forms of saying checked against the frequency list (`dev/speech_verbs.py`): went on,
    // stipulates (نصت المادة على أن), states, expresses, wondered, answered.
    ("اردف", ("added", true)),
    ("اردفت", ("added", true)),
    ("استطرد", ("went on", true)),
    ("استطردت", ("went on", true)),
    ("نصت", ("stipulated", true)),
    ("تنص", ("stipulates", true)),
    ("ينص", ("stipulates", true)),
    ("يصرح", ("states", true)),
    ("تصرح", ("states", true)),
    ("ابدوا", ("expressed", true)),
    ("يبدي", ("expresses", true)),
    ("تبدي", ("expresses", true)),
    ("تساءل", ("wondered", true)),
    ("تساءلت", ("wondered", true)),
    ("يتساءل", ("wonders", true)),
    ("تتساءل", ("wonders", true)),
    ("يتساءلون", ("wonder", true)),
    ("متسائلا", ("wondering", false)),
    ("متسائله", ("wondering", false)),
    ("اجاب", ("answered", true)),
    ("اجابت", ("answered", true)),
    // Told (وأبلغ مصدر أمني أنه …; zipf 3.4 with و): the past only, as يبلغ/تبلغ is
    // "amounts to". It opens words only with أن, a colon or «…» like every verb here.
    ("ابلغ", ("told", true)),
    ("ابلغت", ("told", true)),
    // Held (ورأى آخرون أن; zipf 3.6 with و), the past of يرى. Folded, رأى is written as
    // the noun رأي "opinion": both open words only with أن, a colon or «…» (في رأي الخبراء
    // أن … is the experts' view, said as much).
    ("راي", ("held", true)),
    ("رات", ("held", true)),
    ("راوا", ("held", true)),
    // Participles of two or more speakers (الصحيفتان …، مضيفتين أن; العشرات … موضحين أن):
    // the carried subject must be people in the plural ([`super::gender`]). Not لافتين, which
    // is also the adjective "striking" (بمظهرين لافتين).
    ("مضيفين", ("adding", false)),
    ("مضيفتين", ("adding", false)),
    ("موضحين", ("explaining", false)),
    ("مبينين", ("explaining", false)),
    ("محذرين", ("warning", false)),
    ("مشددين", ("stressing", false)),
    ("قائلين", ("saying", false)),
    ("معتبرين", ("considering", false)),
    // Saying (وعلق المحاميان على القرار بالقول: «…»): the words after a colon or «…».
    ("بالقول", ("saying", false)),
];

/// Words of [`MORE_VERBS`] that are also common other words (بين "between", عبر "via", كتب
/// "books", تابع "follower"): a speech verb only written with و/ف at the head of a clause
/// (the sentence's first token, or after punctuation), or for [`WRITING`] before a colon and
/// a quotation.
const CLAUSE_ONLY: &[&str] = &[
    "بين",
    "بينت",
    "عبر",
    "عبرت",
    "كتب",
    "كتبت",
    "يكتب",
    "تكتب",
    "تابع",
    "تابعت",
];

/// Verbs of writing: with a colon and a quotation after their subject they open written
/// words wherever they stand (يكتب ترمب: "…"؛ كتب ويليان ويرانتو، خبير …: "…").
const WRITING: &[&str] = &["كتب", "كتبت", "يكتب", "تكتب"];

/// How many tokens after a writing verb its colon may come (the writer's name and office).
const WRITER_SPAN: usize = 14;

/// A row of the speech verb tables.
#[derive(Clone, Copy)]
pub(super) struct VerbRow {
    pub(super) english: &'static str,
    pub(super) subject: bool,
    /// From [`MORE_VERBS`].
    pub(super) more: bool,
    /// In [`CLAUSE_ONLY`].
    pub(super) clause_only: bool,
    /// What a subject carried to it must agree with ([`gender::of_verb`]).
    pub(super) agree: Agree,
}

/// [`VERBS`] and [`MORE_VERBS`] by word, built once: one hash lookup per proclitic split.
pub(super) fn verb_rows() -> &'static FxMap<&'static str, VerbRow> {
    static M: std::sync::OnceLock<FxMap<&'static str, VerbRow>> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let known = |w: &str| VERBS.iter().chain(MORE_VERBS).any(|r| r.0 == w);
        let rows = |t: &'static [(&'static str, (&'static str, bool))], more: bool| {
            t.iter().map(move |&(w, (english, subject))| {
                let clause_only = CLAUSE_ONLY.contains(&w);
                let agree = gender::of_verb(w, known);
                (
                    w,
                    VerbRow {
                        english,
                        subject,
                        more,
                        clause_only,
                        agree,
                    },
                )
            })
        };
        rows(VERBS, false).chain(rows(MORE_VERBS, true)).collect()
    })
}

/// The row of the speech verb at token `i` (through و/ف), if it is one there.
pub(super) fn verb_row(sent: &Sent, i: usize) -> Option<VerbRow> {
    let w = sent.w(i);
    for (clitic, rest) in clitic_splits(w) {
        if !matches!(clitic, "" | "و" | "ف") {
            continue;
        }
        if let Some(&r) = verb_rows().get(rest) {
            if impersonal(sent, i, rest) {
                return None;
            }
            let head = !clitic.is_empty() && clause_head(sent, i);
            if r.clause_only && !head && !(WRITING.contains(&rest) && writes_quote(sent, i)) {
                return None;
            }
            return Some(r);
        }
    }
    None
}

/// Is the verb `rest` at token `i` the impersonal passive "it is expected / believed that"
/// (حيث يُتوقع أن، والتي لا يُتوقع أن، في حين يُعتقد أن): a verb of expecting or believing right
/// before أن, after a word that opens a subordinate clause (a relative pronoun, حيث، حين،
/// بينما، فيما، كما; لا between). No one speaks there; with its subject before it (وهو يعتقد
/// أن) or after it (ويتوقع الخبراء أن) the verb still opens a quote.
fn impersonal(sent: &Sent, i: usize, rest: &str) -> bool {
    if !matches!(rest, "يتوقع" | "يعتقد") || !matches!(sent.w(i + 1), "ان" | "أن") || i == 0
    {
        return false;
    }
    let mut k = i - 1;
    if sent.w(k) == "لا" && k > 0 {
        k -= 1;
    }
    let opener = sent.w(k);
    let opener = opener
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(opener);
    matches!(
        opener,
        "حيث" | "التي" | "الذي" | "حين" | "بينما" | "فيما" | "اذ" | "كما"
    )
}

/// Does token `i` start a clause: the sentence's first token, or after punctuation?
fn clause_head(sent: &Sent, i: usize) -> bool {
    i == 0 || sent.kind(i - 1) == Some(Kind::Punct)
}

/// Is the first colon within [`WRITER_SPAN`] tokens after the writing verb at `i`, with no
/// full stop or other quotation before it, right before a quotation of words (not a title:
/// كتب التراث: «الأغاني» is books)?
fn writes_quote(sent: &Sent, i: usize) -> bool {
    let n = sent.len();
    let Some(colon) = (i + 1..(i + 1 + WRITER_SPAN).min(n))
        .find(|&k| sent.is_quote(k) || matches!(sent.w(k), ":" | "."))
        .filter(|&k| sent.w(k) == ":" && sent.is_quote(k + 1))
    else {
        return false;
    };
    (colon + 2..n)
        .find(|&k| sent.is_quote(k))
        .is_some_and(|cl| is_quotation(sent, colon + 1, cl))
}
