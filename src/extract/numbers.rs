//! Numbers and ordinals.
//!
//! **In:** a tokenized sentence and the tokens dates already claimed. **Out:** `number` facts
//! (every cardinal: digits, number words, compounds, digits with scale words) and `ordinal`
//! facts, plus the parsed [`Num`]s that quantities and casualties build on.
//!
//! Cardinals are parsed left to right by a small accumulator over table rows:
//! units (واحد … عشرة and feminine forms), teens (unit + عشر/عشرة), tens (عشرون/عشرين …),
//! hundreds (مئة/مائة, مئتان/مئتين/مئتي, ثلاثمئة …), scales (ألف, مليون, مليار with their dual
//! and plural forms). Parts join with و where Arabic joins them (خمسة وعشرون, مليونين و100
//! ألف); a part only joins when it is smaller than what precedes, so `2016 و2021` stays two
//! numbers. Plural scales without a count (آلاف، ملايين) and عشرات/مئات are approximate:
//! the value says `thousands`, never a guess.
//!
//! Digits: `.` is the decimal point; `,` separates thousands when every group after it has
//! three digits (`41,057`), else it is a decimal comma (`1,5`). Digits touching a URL, an
//! e-mail address, a path or a phone number (`www.x.org/2021`, `+20-2-1234`) are not numbers.
//!
//! Not done: fractions (نصف، ربع، ثلث), ordinal tens (العشرون), ranges as one fact.

use super::{clitic_splits, get, Detail, FactKind, Kind, Out, Sent, NUM, NUMBER_WORD, ORDINAL};

/// An exact decimal: `m / 10^scale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub m: i128,
    pub scale: u32,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal { m: 0, scale: 0 };

    pub fn int(n: i128) -> Decimal {
        Decimal { m: n, scale: 0 }
    }

    /// Parse ASCII digits with `.` decimals and `,` thousands (or a decimal comma).
    pub fn parse(s: &str) -> Option<Decimal> {
        let thousands =
            s.contains('.') || (s.contains(',') && s.split(',').skip(1).all(|g| g.len() == 3));
        let mut m: i128 = 0;
        let mut scale = 0;
        let mut frac = false;
        for c in s.chars() {
            match c {
                '0'..='9' => {
                    m = m.checked_mul(10)?.checked_add(c as i128 - '0' as i128)?;
                    if frac {
                        scale += 1;
                    }
                }
                ',' if thousands => {}
                ',' | '.' => {
                    if frac {
                        return None;
                    }
                    frac = true;
                }
                _ => return None,
            }
        }
        (scale <= 18).then_some(Decimal { m, scale }.reduce())
    }

    fn reduce(mut self) -> Decimal {
        // i64 arithmetic when it fits (news numbers do): i128 division is a library call.
        if let Ok(mut m) = i64::try_from(self.m) {
            while self.scale > 0 && m % 10 == 0 {
                m /= 10;
                self.scale -= 1;
            }
            self.m = i128::from(m);
            return self;
        }
        while self.scale > 0 && self.m % 10 == 0 {
            self.m /= 10;
            self.scale -= 1;
        }
        self
    }

    pub fn times(self, k: i128) -> Decimal {
        Decimal {
            m: self.m.saturating_mul(k),
            scale: self.scale,
        }
        .reduce()
    }

    pub fn plus(self, o: Decimal) -> Decimal {
        let scale = self.scale.max(o.scale);
        let a = self.m.saturating_mul(10i128.pow(scale - self.scale));
        let b = o.m.saturating_mul(10i128.pow(scale - o.scale));
        Decimal {
            m: a.saturating_add(b),
            scale,
        }
        .reduce()
    }

    pub fn is_zero(self) -> bool {
        self.m == 0
    }

    /// The integer value, if it is one.
    pub fn as_int(self) -> Option<i128> {
        (self.scale == 0).then_some(self.m)
    }

    pub fn as_f64(self) -> f64 {
        self.m as f64 / 10f64.powi(self.scale as i32)
    }

    /// English: `300`, `2,946`, `32.5`, `1.9 million`, `3 billion`.
    pub fn english(self) -> String {
        let mut out = String::new();
        self.write_english(&mut out);
        out
    }

    /// [`Decimal::english`], appended to `out`.
    pub fn write_english(self, out: &mut String) {
        for (unit, name) in [(1_000_000_000i128, "billion"), (1_000_000, "million")] {
            let whole = 10i128.pow(self.scale) * unit;
            if self.m.abs() >= whole {
                // self / unit with at most two decimals?
                let q = Decimal {
                    m: self.m,
                    scale: self.scale + unit.ilog10(),
                }
                .reduce();
                if q.scale <= 2 {
                    q.write_plain(out, true);
                    out.push(' ');
                    out.push_str(name);
                    return;
                }
            }
        }
        self.write_plain(out, true)
    }

    /// The decimal appended to `out`, with `,` between groups of three integer digits when
    /// `group` and there are more than four.
    fn write_plain(self, out: &mut String, group: bool) {
        // The digits of |m|, most significant first, in a stack buffer (i128 has ≤ 39).
        // u64 arithmetic when it fits (news numbers do): u128 division is a library call.
        let mut buf = [0u8; 40];
        let mut at = buf.len();
        let abs = self.m.unsigned_abs();
        match u64::try_from(abs) {
            Ok(mut small) => loop {
                at -= 1;
                buf[at] = b'0' + (small % 10) as u8;
                small /= 10;
                if small == 0 {
                    break;
                }
            },
            Err(_) => {
                let mut big = abs;
                while big > 0 {
                    at -= 1;
                    buf[at] = b'0' + (big % 10) as u8;
                    big /= 10;
                }
            }
        }
        let digits = &buf[at..];
        let scale = self.scale as usize;
        let (int, frac, pad): (&[u8], &[u8], usize) = if scale >= digits.len() {
            (b"0", digits, scale - digits.len())
        } else {
            let cut = digits.len() - scale;
            (&digits[..cut], &digits[cut..], 0)
        };
        out.reserve(digits.len() + digits.len() / 3 + pad + 3);
        if self.m < 0 {
            out.push('-');
        }
        for (i, &d) in int.iter().enumerate() {
            if group && int.len() > 4 && i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(d as char);
        }
        if !frac.is_empty() {
            out.push('.');
            out.extend(std::iter::repeat('0').take(pad));
            out.extend(frac.iter().map(|&d| d as char));
        }
    }
}

impl std::fmt::Display for Decimal {
    /// Plain decimal, no grouping: `2100000`, `32.5`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write_plain(&mut s, false);
        f.write_str(&s)
    }
}

/// A count as facts give it: an exact decimal or an approximate plural (`tens`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    Exact(Decimal),
    Approx(&'static str),
}

impl Amount {
    /// The machine value, appended to `out`: plain decimal or the approximate word.
    pub fn write_value(self, out: &mut String) {
        match self {
            Amount::Exact(d) => d.write_plain(out, false),
            Amount::Approx(a) => out.push_str(a),
        }
    }

    /// The integer, if the amount is one.
    pub fn as_int(self) -> Option<i128> {
        match self {
            Amount::Exact(d) => d.as_int(),
            Amount::Approx(_) => None,
        }
    }
}

impl serde::Serialize for Amount {
    /// As a string: `"300"`, `"2.5"`, `"tens"`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Amount::Exact(d) => s.collect_str(d),
            Amount::Approx(a) => s.serialize_str(a),
        }
    }
}

/// A parsed cardinal over tokens `from..to`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Num {
    pub from: usize,
    pub to: usize,
    /// The exact value, or `None` for an approximate plural.
    pub value: Option<Decimal>,
    /// `tens`, `hundreds`, … for approximate plurals.
    pub approx: Option<&'static str>,
}

impl Num {
    /// The value as an [`Amount`]; approximate when there is no exact value.
    pub fn amount(&self) -> Amount {
        match (self.value, self.approx) {
            (Some(v), _) => Amount::Exact(v),
            (None, a) => Amount::Approx(a.unwrap_or("")),
        }
    }

    /// The machine value, appended to `out`: a decimal or the approximate word.
    pub fn write_value(&self, out: &mut String) {
        self.amount().write_value(out)
    }

    /// English, appended to `out`: `2,946`, `1.9 million`, `hundreds of`.
    pub fn write_english(&self, out: &mut String) {
        match (self.value, self.approx) {
            (Some(v), _) => v.write_english(out),
            (None, Some(a)) => {
                out.push_str(a);
                out.push_str(" of");
            }
            (None, None) => {}
        }
    }

    /// True when the value is exactly `n`.
    pub fn is(&self, n: i128) -> bool {
        self.value == Some(Decimal::int(n))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Unit,
    Ten,
    Hundred,
    Scale,
    Digits,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Count {
    /// ألف، مليون: one unless a count precedes.
    Single,
    /// ألفان، مليونين: two; takes no count.
    Dual,
    /// آلاف، ملايين: needs a count (3–10); alone it is approximate.
    Plural,
    /// ألفا، مليونا: accusative singular after a count, dual construct alone (مليونا طفل).
    SingleOrDual,
}

pub(crate) const UNITS: &[(&str, i128)] = &[
    ("واحد", 1),
    ("واحده", 1),
    ("واحدا", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("اثنتان", 2),
    ("اثنتين", 2),
    ("ثلاثه", 3),
    ("ثلاث", 3),
    ("اربعه", 4),
    ("اربع", 4),
    ("خمسه", 5),
    ("خمس", 5),
    ("سته", 6),
    ("ست", 6),
    ("سبعه", 7),
    ("سبع", 7),
    ("ثمانيه", 8),
    ("ثماني", 8),
    ("ثمان", 8),
    ("تسعه", 9),
    ("تسع", 9),
    ("عشره", 10),
    ("عشر", 10),
];

/// Words that are 1 or 2 only before عشر/عشرة (أحد عشر، اثنا عشر).
const TEEN_HEADS: &[(&str, i128)] = &[
    ("احد", 1),
    ("احدي", 1),
    ("اثنا", 2),
    ("اثني", 2),
    ("اثنتا", 2),
    ("اثنتي", 2),
];

const TENS: &[(&str, i128)] = &[
    ("عشرون", 20),
    ("عشرين", 20),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("اربعون", 40),
    ("اربعين", 40),
    ("خمسون", 50),
    ("خمسين", 50),
    ("ستون", 60),
    ("ستين", 60),
    ("سبعون", 70),
    ("سبعين", 70),
    ("ثمانون", 80),
    ("ثمانين", 80),
    ("تسعون", 90),
    ("تسعين", 90),
];

const HUNDREDS: &[(&str, i128)] = &[
    ("مئه", 100),
    ("مائه", 100),
    ("مئتان", 200),
    ("مئتين", 200),
    ("مئتا", 200),
    ("مئتي", 200),
    ("مائتان", 200),
    ("مائتين", 200),
    ("مائتا", 200),
    ("مائتي", 200),
    ("ثلاثمئه", 300),
    ("ثلاثمائه", 300),
    ("اربعمئه", 400),
    ("اربعمائه", 400),
    ("خمسمئه", 500),
    ("خمسمائه", 500),
    ("ستمئه", 600),
    ("ستمائه", 600),
    ("سبعمئه", 700),
    ("سبعمائه", 700),
    ("ثمانمئه", 800),
    ("ثمانمائه", 800),
    ("ثمانيمئه", 800),
    ("ثمانيمائه", 800),
    ("تسعمئه", 900),
    ("تسعمائه", 900),
];

const SCALES: &[(&str, (i128, Count))] = &[
    ("الف", (1_000, Count::Single)),
    ("الفا", (1_000, Count::SingleOrDual)),
    ("الفان", (1_000, Count::Dual)),
    ("الفين", (1_000, Count::Dual)),
    ("الفي", (1_000, Count::Dual)),
    ("الاف", (1_000, Count::Plural)),
    ("مليون", (1_000_000, Count::Single)),
    ("مليونا", (1_000_000, Count::SingleOrDual)),
    ("مليونان", (1_000_000, Count::Dual)),
    ("مليونين", (1_000_000, Count::Dual)),
    ("مليوني", (1_000_000, Count::Dual)),
    ("ملايين", (1_000_000, Count::Plural)),
    ("مليار", (1_000_000_000, Count::Single)),
    ("مليارا", (1_000_000_000, Count::SingleOrDual)),
    ("ملياران", (1_000_000_000, Count::Dual)),
    ("مليارين", (1_000_000_000, Count::Dual)),
    ("ملياري", (1_000_000_000, Count::Dual)),
    ("مليارات", (1_000_000_000, Count::Plural)),
    ("تريليون", (1_000_000_000_000, Count::Single)),
];

/// Approximate plurals, bare or definite (عشرات، العشرات).
const APPROX: &[(&str, &str)] = &[
    ("عشرات", "tens"),
    ("العشرات", "tens"),
    ("مئات", "hundreds"),
    ("المئات", "hundreds"),
    ("الاف", "thousands"),
    ("الالاف", "thousands"),
    ("ملايين", "millions"),
    ("الملايين", "millions"),
    ("مليارات", "billions"),
];

/// The second word of عشرات الآلاف، مئات الملايين.
const APPROX_OF: &[(&str, &str)] = &[("الالاف", "thousands"), ("الملايين", "millions")];

const ORDINALS: &[(&str, u32)] = &[
    ("الاول", 1),
    ("الاولي", 1),
    ("اول", 1),
    ("الثاني", 2),
    ("الثانيه", 2),
    ("ثاني", 2),
    ("الثالث", 3),
    ("الثالثه", 3),
    ("ثالث", 3),
    ("الرابع", 4),
    ("الرابعه", 4),
    ("رابع", 4),
    ("الخامس", 5),
    ("الخامسه", 5),
    ("خامس", 5),
    ("السادس", 6),
    ("السادسه", 6),
    ("السابع", 7),
    ("السابعه", 7),
    ("الثامن", 8),
    ("الثامنه", 8),
    ("التاسع", 9),
    ("التاسعه", 9),
    ("العاشر", 10),
    ("العاشره", 10),
    ("الحادي", 1),
    ("الحاديه", 1),
];

const ORDINAL_EN: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

fn is_ten_word(w: &str) -> bool {
    w == "عشر" || w == "عشره"
}

/// An ordinal at token `i`: `(value, tokens used)`; الحادي only with عشر.
#[inline]
pub(crate) fn ordinal_at(sent: &Sent, i: usize) -> Option<(u32, usize)> {
    if !sent.has(i, ORDINAL) {
        return None;
    }
    ordinal_table_at(sent, i)
}

fn ordinal_table_at(sent: &Sent, i: usize) -> Option<(u32, usize)> {
    let w = sent.w(i);
    for (clitic, rest) in clitic_splits(w) {
        if clitic.len() > 2 && !rest.starts_with("ال") {
            continue;
        }
        // للاول → ل + الاول
        let rest_def;
        let rest = if clitic.ends_with('ل') && !rest.starts_with("ال") && rest.starts_with('ل')
        {
            rest_def = format!("ا{rest}");
            rest_def.as_str()
        } else {
            rest
        };
        if let Some(v) = get(ORDINALS, rest) {
            if is_ten_word(sent.w(i + 1)) && sent.is_word(i + 1) && v < 10 {
                return Some((v + 10, 2));
            }
            if rest.starts_with("الحادي") {
                return None;
            }
            return Some((v, 1));
        }
    }
    None
}

pub(crate) fn ordinal_english(v: u32) -> &'static str {
    ORDINAL_EN.get(v as usize).copied().unwrap_or("nth")
}

/// Digits in a URL, e-mail address, path, phone number or clock time.
fn embedded(sent: &Sent, i: usize) -> bool {
    // The sentence's normalized text: what lies outside it is not its context.
    let t = &sent.norm.text[..sent.nspan.end];
    let tok = sent.toks[i];
    let (s, e) = (tok.norm().start, tok.norm().end);
    let before = t[sent.nspan.start..s].chars().next_back();
    let after = t[e..].chars().next();
    let after2 = t[e..].chars().nth(1);
    let glued = |c: Option<char>| matches!(c, Some('.' | '/' | '@' | '_' | '+' | '-' | '=' | '#'));
    if matches!(before, Some(c) if c.is_ascii_alphabetic()) || glued(before) {
        return true;
    }
    if matches!(after, Some(c) if c.is_ascii_alphabetic() || c == '@' || c == '_') {
        return true;
    }
    if matches!(after, Some('/' | '-' | '.' | ':'))
        && matches!(after2, Some(c) if c.is_ascii_alphanumeric())
    {
        return true;
    }
    // A long digit run is a phone or an id, not a quantity.
    e - s > 12 && !t[s..e].contains([',', '.'])
}

/// Parse a cardinal starting at token `i`.
pub(crate) fn cardinal_at(sent: &Sent, i: usize, used: &[bool]) -> Option<Num> {
    if used.get(i).copied().unwrap_or(true) {
        return None;
    }
    if sent.is_word(i) && !sent.has(i, NUMBER_WORD) {
        return None;
    }
    // Approximate plurals: عشرات، مئات الآلاف.
    if sent.is_word(i) {
        let w = sent.w(i);
        for (_, rest) in clitic_splits(w) {
            if let Some(a) = get(APPROX, rest) {
                if let Some(of) = get(APPROX_OF, sent.w(i + 1)).filter(|_| sent.is_word(i + 1)) {
                    let both: &'static str = match (a, of) {
                        ("tens", "thousands") => "tens of thousands",
                        ("hundreds", "thousands") => "hundreds of thousands",
                        ("tens", "millions") => "tens of millions",
                        ("hundreds", "millions") => "hundreds of millions",
                        _ => a,
                    };
                    if both != a {
                        return Some(Num {
                            from: i,
                            to: i + 2,
                            value: None,
                            approx: Some(both),
                        });
                    }
                }
                // آلاف after a count is not approximate: the accumulator handles it.
                return Some(Num {
                    from: i,
                    to: i + 1,
                    value: None,
                    approx: Some(a),
                });
            }
        }
    }
    let mut total = Decimal::ZERO;
    let mut current: Option<Decimal> = None;
    let mut last: Option<Part> = None;
    let mut last_v = Decimal::ZERO;
    let mut j = i;
    let mut end = i;
    loop {
        if j >= sent.len() || used[j] {
            break;
        }
        let first = j == i;
        // و joining the next part: a word of its own before digits ("و100"), or a prefix.
        let mut joined = false;
        let mut k = j;
        if !first && sent.is_word(j) && sent.w(j) == "و" && sent.touch(j) {
            joined = true;
            k = j + 1;
            if k >= sent.len() || used[k] {
                break;
            }
        }
        let Some((part, v, width, and)) = part_at(sent, k, first) else {
            break;
        };
        let joined = joined || and;
        if !first && !joins(last, last_v, part, joined) {
            break;
        }
        match part {
            Part::Unit | Part::Ten | Part::Digits => {
                current = Some(current.unwrap_or(Decimal::ZERO).plus(v));
            }
            Part::Hundred => {
                current = Some(match current {
                    Some(c) if last == Some(Part::Unit) && v == Decimal::int(100) => c.times(100),
                    Some(c) => c.plus(v),
                    None => v,
                });
            }
            Part::Scale => {
                let (scale, count) = scale_of(sent.w(k));
                let n = match (current, count) {
                    (Some(c), Count::Single | Count::Plural | Count::SingleOrDual) => c,
                    (None, Count::Single) => Decimal::int(1),
                    (None, Count::Dual | Count::SingleOrDual) => Decimal::int(2),
                    (Some(_), Count::Dual) => break,
                    (None, Count::Plural) => break,
                };
                total = total.plus(n.times(scale));
                current = None;
            }
        }
        last = Some(part);
        last_v = v;
        j = k + width;
        end = j;
    }
    if end == i {
        return None;
    }
    let value = total.plus(current.unwrap_or(Decimal::ZERO));
    Some(Num {
        from: i,
        to: end,
        value: Some(value),
        approx: None,
    })
}

fn scale_of(w: &str) -> (i128, Count) {
    for (_, rest) in clitic_splits(w) {
        if let Some(v) = get(SCALES, rest) {
            return v;
        }
    }
    (1, Count::Single)
}

/// May `part` follow `last`? Arabic order: units before tens (خمسة وعشرون), hundreds and
/// scales before what they are followed by (مئة وخمسة، مليونين و100 ألف).
fn joins(last: Option<Part>, last_v: Decimal, part: Part, joined: bool) -> bool {
    use Part::*;
    let Some(last) = last else { return true };
    if joined {
        matches!(
            (last, part),
            (Unit, Ten) | (Hundred, Unit | Ten | Digits) | (Scale, Unit | Ten | Hundred | Digits)
        ) && !(last == Unit && last_v.as_int().map_or(true, |n| n >= 10))
    } else {
        matches!(
            (last, part),
            (Unit | Ten | Hundred | Digits, Scale) | (Unit, Hundred)
        )
    }
}

/// The part at token `k`: `(part, value, tokens, joined-by-و-prefix)`.
fn part_at(sent: &Sent, k: usize, first: bool) -> Option<(Part, Decimal, usize, bool)> {
    match sent.kind(k)? {
        Kind::Num => {
            if embedded(sent, k) {
                return None;
            }
            let v = Decimal::parse(sent.w(k))?;
            Some((Part::Digits, v, 1, false))
        }
        Kind::Word => {
            if !sent.has(k, NUMBER_WORD) {
                return None;
            }
            let w = sent.w(k);
            for (clitic, rest) in clitic_splits(w) {
                let and = clitic == "و";
                // Inside a number only و may be attached; the first word may carry any
                // proclitic (بخمسة، لثلاثة).
                if !first && !clitic.is_empty() && !and {
                    continue;
                }
                if let Some(v) =
                    get(TEEN_HEADS, rest).or_else(|| get(UNITS, rest).filter(|&v| v < 10))
                {
                    if is_ten_word(sent.w(k + 1)) {
                        return Some((Part::Unit, Decimal::int(v + 10), 2, and));
                    }
                }
                if let Some(v) = get(UNITS, rest) {
                    return Some((Part::Unit, Decimal::int(v), 1, and));
                }
                if let Some(v) = get(TENS, rest) {
                    return Some((Part::Ten, Decimal::int(v), 1, and));
                }
                if let Some(v) = get(HUNDREDS, rest) {
                    return Some((Part::Hundred, Decimal::int(v), 1, and));
                }
                if get(SCALES, rest).is_some() {
                    return Some((Part::Scale, Decimal::ZERO, 1, and));
                }
            }
            None
        }
        Kind::Punct => None,
    }
}

/// Find ordinals and cardinals; mark their tokens used; append the cardinals to `nums`.
pub(crate) fn extract(sent: &Sent, used: &mut [bool], nums: &mut Vec<Num>, out: &mut Out) {
    let mut i = 0;
    while i < sent.len() {
        // Ordinals start with an ordinal word, cardinals with digits or a number word.
        if used[i] || !sent.any(i, NUM | NUMBER_WORD | ORDINAL) {
            i += 1;
            continue;
        }
        if let Some((v, width)) = ordinal_at(sent, i) {
            let value = out.text(|s| Decimal::int(i128::from(v)).write_plain(s, false));
            out.push(
                FactKind::Ordinal,
                i,
                i + width,
                value,
                ordinal_english(v),
                "ordinal.word",
                Detail::None,
            );
            used[i..i + width].fill(true);
            i += width;
            continue;
        }
        if let Some(n) = cardinal_at(sent, i, used) {
            let rule = match (n.approx, sent.kind(n.from)) {
                (Some(_), _) => "number.approximate",
                (None, Some(Kind::Num)) if n.to - n.from == 1 => "number.digits",
                (None, Some(Kind::Num)) => "number.digits-scale",
                _ => "number.words",
            };
            let value = out.text(|s| n.write_value(s));
            let english = out.text(|s| n.write_english(s));
            out.push(
                FactKind::Number,
                n.from,
                n.to,
                value,
                english,
                rule,
                match n.approx {
                    Some(a) => Detail::Approximate(a),
                    None => Detail::None,
                },
            );
            used[n.from..n.to].fill(true);
            nums.push(n);
            i = n.to;
            continue;
        }
        i += 1;
    }
}

/// Words a fact may start with after a proclitic (see `Out::push`).
pub(super) fn heads(out: &mut Vec<&'static str>) {
    number_words(out);
    ordinal_words(out);
}

/// The words cardinals are made of (the `NUMBER_WORD` word class).
pub(super) fn number_words(out: &mut Vec<&'static str>) {
    out.extend(
        UNITS
            .iter()
            .chain(TEEN_HEADS)
            .chain(TENS)
            .chain(HUNDREDS)
            .map(|r| r.0),
    );
    out.extend(SCALES.iter().map(|r| r.0));
    out.extend(APPROX.iter().map(|r| r.0));
}

/// Ordinals (the `ORDINAL` word class).
pub(super) fn ordinal_words(out: &mut Vec<&'static str>) {
    out.extend(ORDINALS.iter().map(|r| r.0));
}

#[cfg(test)]
mod tests {
    use super::super::testutil::check;
    use super::super::FactKind::{Number, Ordinal};
    use super::*;

    #[test]
    fn decimals_parse_and_print() {
        let rows = [
            ("300", "300", "300"),
            ("32.5", "32.5", "32.5"),
            ("37,877", "37877", "37,877"),
            ("41,057", "41057", "41,057"),
            ("1,5", "1.5", "1.5"),
            ("2946", "2946", "2946"),
            ("27.25", "27.25", "27.25"),
            ("300,000", "300000", "300,000"),
        ];
        for (input, plain, english) in rows {
            let d = Decimal::parse(input).unwrap_or_else(|| panic!("{input}"));
            assert_eq!(d.to_string(), plain, "{input}");
            assert_eq!(d.english(), english, "{input}");
        }
        assert_eq!(
            Decimal::parse("2.5")
                .unwrap()
                .times(1_000_000_000)
                .to_string(),
            "2500000000"
        );
        assert_eq!(Decimal::int(1_900_000).english(), "1.9 million");
        assert_eq!(Decimal::int(3_000_000_000).english(), "3 billion");
    }

    #[test]
    fn number_words() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            ("واحد", &[("واحد", "1")]),
            ("اثنان", &[("اثنان", "2")]),
            ("اثنتين", &[("اثنتين", "2")]),
            ("ثلاثة", &[("ثلاثة", "3")]),
            ("ثلاث", &[("ثلاث", "3")]),
            ("أربعة", &[("أربعة", "4")]),
            ("خمس", &[("خمس", "5")]),
            ("ستة", &[("ستة", "6")]),
            ("سبع", &[("سبع", "7")]),
            ("ثمانية", &[("ثمانية", "8")]),
            ("ثماني", &[("ثماني", "8")]),
            ("تسعة", &[("تسعة", "9")]),
            ("عشرة", &[("عشرة", "10")]),
            ("عشر", &[("عشر", "10")]),
            ("أحد عشر", &[("أحد عشر", "11")]),
            ("إحدى عشرة", &[("إحدى عشرة", "11")]),
            ("اثنا عشر", &[("اثنا عشر", "12")]),
            ("ثلاثة عشر", &[("ثلاثة عشر", "13")]),
            ("تسع عشرة", &[("تسع عشرة", "19")]),
            ("عشرون", &[("عشرون", "20")]),
            ("عشرين", &[("عشرين", "20")]),
            ("تسعون", &[("تسعون", "90")]),
            ("خمسة وعشرون", &[("خمسة وعشرون", "25")]),
            ("ثلاث وأربعين", &[("ثلاث وأربعين", "43")]),
            ("مئة", &[("مئة", "100")]),
            ("مائة", &[("مائة", "100")]),
            ("مئتان", &[("مئتان", "200")]),
            ("مئتي", &[("مئتي", "200")]),
            ("مائتين", &[("مائتين", "200")]),
            ("ثلاثمئة", &[("ثلاثمئة", "300")]),
            ("ثلاث مئة", &[("ثلاث مئة", "300")]),
            ("مئة وخمسة وعشرون", &[("مئة وخمسة وعشرون", "125")]),
            ("ألف", &[("ألف", "1000")]),
            ("ألفان", &[("ألفان", "2000")]),
            ("ألفين", &[("ألفين", "2000")]),
            ("ثلاثة آلاف", &[("ثلاثة آلاف", "3000")]),
            ("أربعة آلاف", &[("أربعة آلاف", "4000")]),
            ("مليون", &[("مليون", "1000000")]),
            ("خمسة ملايين", &[("خمسة ملايين", "5000000")]),
            ("مليار", &[("مليار", "1000000000")]),
            ("ثلاثة مليارات", &[("ثلاثة مليارات", "3000000000")]),
            ("ملياري", &[("ملياري", "2000000000")]),
            ("مليونا طفل", &[("مليونا", "2000000")]),
            ("3 ملايين", &[("3 ملايين", "3000000")]),
            ("2.5 مليار", &[("2.5 مليار", "2500000000")]),
            ("86 ألف", &[("86 ألف", "86000")]),
            ("مليونين و100 ألف", &[("مليونين و100 ألف", "2100000")]),
            ("بخمسة", &[("خمسة", "5")]),
            // Arabic-Indic digits, separators and decimal mark.
            ("٣٧٬٨٧٧", &[("٣٧٬٨٧٧", "37877")]),
            ("٣٢٫٥", &[("٣٢٫٥", "32.5")]),
            ("۱۲۳", &[("۱۲۳", "123")]),
            ("٣٫٥ مليار", &[("٣٫٥ مليار", "3500000000")]),
            // Two numbers, not one.
            ("بين 12 و15", &[("12", "12"), ("15", "15")]),
            // Approximate plurals stay approximate.
            ("عشرات", &[("عشرات", "tens")]),
            ("مئات الأشخاص", &[("مئات", "hundreds")]),
            ("آلاف", &[("آلاف", "thousands")]),
            ("العشرات", &[("العشرات", "tens")]),
            ("عشرات الآلاف", &[("عشرات الآلاف", "tens of thousands")]),
            ("ملايين الأشخاص", &[("ملايين", "millions")]),
            // Not numbers: a URL, an e-mail address, a phone number, أحد alone.
            ("www.site2024.org", &[]),
            ("موقع example.com/2021/report", &[]),
            ("اتصل على +20-2-2795-1234", &[]),
            ("قال أحد الناجين", &[]),
        ];
        check(Number, rows, None);
    }

    #[test]
    fn ordinals() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            ("المرحلة الأولى", &[("الأولى", "1")]),
            ("الجولة الثانية", &[("الثانية", "2")]),
            ("للشهر الثالث", &[("الثالث", "3")]),
            ("الدورة العاشرة", &[("العاشرة", "10")]),
            ("القرن الثاني عشر", &[("الثاني عشر", "12")]),
            ("الحادي عشر", &[("الحادي عشر", "11")]),
            ("ثاني أعلى عبء", &[("ثاني", "2")]),
            ("للمرة الأولى", &[("الأولى", "1")]),
            // Month names are dates, not ordinals.
            ("في كانون الأول 2023", &[]),
        ];
        check(Ordinal, rows, None);
    }

    #[test]
    fn decimals_print_plain_and_in_english() {
        let rows: &[(&str, &str, &str)] = &[
            ("0.05", "0.05", "0.05"),
            ("3.5", "3.5", "3.5"),
            ("12500", "12500", "12,500"),
            ("2500000", "2500000", "2.5 million"),
            ("1285000000000", "1285000000000", "1285 billion"),
            (
                "123456789012345678901234",
                "123456789012345678901234",
                "123,456,789,012,345,678,901,234",
            ),
        ];
        for &(input, plain, english) in rows {
            let d = Decimal::parse(input).unwrap_or_else(|| panic!("{input} parses"));
            assert_eq!(d.to_string(), plain, "plain of {input}");
            assert_eq!(d.english(), english, "english of {input}");
        }
    }
}
