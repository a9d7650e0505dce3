//! The common Arabic words, for the person rules' test of a rare word ([`rare`]): a sorted
//! list compiled in and searched in place.

/// The common Arabic words (`glossaries/common-words.txt`, from wordfreq: Zipf ≥ 3.3), their
/// first column folded like tokens (`match` normalization), sorted by bytes and deduplicated,
/// one a line after `#` comments. Folded once when the list changes, not at every start: the
/// test `common_words_are_the_folded_list` checks it (and writes it with `DRAGOMAN_BLESS=1`).
pub(super) const COMMON: &str = include_str!("common.txt");

/// Is `w` (folded) missing from the common Arabic words ([`COMMON`])? A bisection of the
/// sorted list in place, through the offsets of its lines ([`SortedLines`], found on the first
/// call: one `memchr` pass, cheaper than finding line ends at every step of every lookup).
///
/// Each thread keeps the answer per distinct word ([`MEMO_MAX`] of them): news repeats its
/// names and words, and a hash probe costs less than the bisection's cache misses.
pub(crate) fn rare(w: &str) -> bool {
    thread_local! {
        static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, bool>> =
            Default::default();
    }
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(&rare) = memo.get(w) {
            return rare;
        }
        let rare = !common_lines().contains(w);
        if memo.len() >= MEMO_MAX {
            memo.clear();
        }
        memo.insert(w.into(), rare);
        rare
    })
}

/// At most this many words in a thread's memo of [`rare`] (then it starts again): bounds its
/// memory on a long run of text that does not repeat.
const MEMO_MAX: usize = 1 << 16;

/// The common words as [`SortedLines`], built on the first call.
fn common_lines() -> &'static SortedLines {
    static LINES: std::sync::OnceLock<SortedLines> = std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        let mut words = COMMON;
        while words.starts_with('#') {
            words = words.split_once('\n').map_or("", |(_, rest)| rest);
        }
        SortedLines::new(words)
    })
}

/// Is `w` rare ([`rare`]) and so is every word its proclitics leave (بالتحرك is common
/// through التحرك)?
pub(crate) fn rare_with_clitics(w: &str) -> bool {
    rare(w) && super::clitic_splits(w).skip(1).all(|(_, r)| rare(r))
}

/// A text of lines sorted by bytes, one a line, with where each line starts.
pub(super) struct SortedLines {
    text: &'static str,
    /// Line `i` is `text[starts[i]..starts[i + 1] - 1]` (the last entry is one past the end
    /// of the text plus its missing `\n`, if any).
    starts: Vec<u32>,
}

impl SortedLines {
    pub(super) fn new(text: &'static str) -> SortedLines {
        let mut starts = Vec::with_capacity(text.len() / 8);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|p| (p + 1) as u32));
        if !text.is_empty() && !text.ends_with('\n') {
            starts.push((text.len() + 1) as u32);
        }
        SortedLines { text, starts }
    }

    /// Is `w` one of the lines? Each step compares the first eight bytes of the line and of
    /// `w` as one number ([`head8`]) and the rest only when those are equal: most steps
    /// without a `memcmp` call, in the same order (no line holds a zero byte).
    pub(super) fn contains(&self, w: &str) -> bool {
        let (b, w) = (self.text.as_bytes(), w.as_bytes());
        let head = head8(w, w);
        let (mut lo, mut hi) = (0, self.starts.len().saturating_sub(1));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (a, z) = (self.starts[mid] as usize, self.starts[mid + 1] as usize - 1);
            let line = &b[a..z];
            match head8(line, &b[a..]).cmp(&head).then_with(|| line.cmp(w)) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }
}

/// The first eight bytes of `s` as a big-endian number, zeros past its end (bytewise order
/// for texts without zero bytes); `room` starts with `s` and is read eight bytes at once when
/// it has them.
#[inline]
fn head8(s: &[u8], room: &[u8]) -> u64 {
    let n = s.len().min(8);
    match room.first_chunk::<8>() {
        Some(c) => u64::from_be_bytes(*c) & !u64::MAX.checked_shr(8 * n as u32).unwrap_or(0),
        None => {
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(&s[..n]);
            u64::from_be_bytes(buf)
        }
    }
}

/// Is `w` (folded) among the commonest words of the language (the first [`VERY_COMMON`] of
/// `glossaries/common-words.txt`, which is in frequency order)? Built on first use: only a rule
/// that needs it (a name after a nationality) pays for it.
pub(crate) fn very_common(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let words = crate::glossary::lint::collide::BUILTIN
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split(['\t', ' ']).next())
            .take(VERY_COMMON);
        words
            .map(|w| crate::normalize::matcher().normalize_str(w))
            .collect()
    })
    .contains(w)
}

/// How many of the commonest words [`very_common`] holds: every function word, and names as
/// frequent as خالد, لويس or بات ("became"); not ميغيل or رونالدو.
const VERY_COMMON: usize = 4_000;
