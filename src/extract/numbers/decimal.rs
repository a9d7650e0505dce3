//! Exact decimal values: [`Decimal`] (`m / 10^scale`, parsed from digits with `.`/`,`,
//! printed plain or in English) and [`Amount`] (an exact decimal or an approximate plural),
//! the values of numbers, quantities and casualties.

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

    /// Parse ASCII digits with `.` decimals and `,` thousands (or a decimal comma). Points
    /// that group thousands (`362.796.000`) are the caller's to read (`numbers::part_at`).
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

    /// English: `300`, `1,000`, `2,946`, `32.5`, `1.9 million`, `3 billion` (AP style: a
    /// comma in every figure of 1,000 or more; a bare number that may be a year keeps none,
    /// see [`Decimal::write_bare`]).
    pub fn english(self) -> String {
        let mut out = String::new();
        self.write_english(&mut out);
        out
    }

    /// [`Decimal::english`], appended to `out`: the largest scale that takes the figure with
    /// at most three decimals for trillions and billions (2.8 trillion, 4.908 billion: news
    /// writes them so, not "2800 billion" or "4908 million") and two for millions.
    pub fn write_english(self, out: &mut String) {
        const SCALES: [(i128, &str, u32); 3] = [
            (1_000_000_000_000, "trillion", 3),
            (1_000_000_000, "billion", 3),
            (1_000_000, "million", 2),
        ];
        for (unit, name, places) in SCALES {
            let whole = 10i128.pow(self.scale) * unit;
            if self.m.abs() >= whole {
                // self / unit with at most `places` decimals?
                let q = Decimal {
                    m: self.m,
                    scale: self.scale + unit.ilog10(),
                }
                .reduce();
                if q.scale <= places {
                    q.write_plain(out, true);
                    out.push(' ');
                    out.push_str(name);
                    return;
                }
            }
        }
        self.write_plain(out, true)
    }

    /// [`Decimal::write_english`] for a number that counts nothing named: an integer from
    /// 1000 to 2100 may be a year or an identifier (AP writes years without a comma), so it
    /// keeps its digits as written: `1990`, but `2,946`, `10,000`.
    pub fn write_bare(self, out: &mut String) {
        match self.as_int() {
            Some(1000..=2100) => self.write_plain(out, false),
            _ => self.write_english(out),
        }
    }

    /// The decimal appended to `out`, with `,` between groups of three integer digits when
    /// `group` and there are four or more (AP: `1,000`, `7,000-10,000`).
    pub(super) fn write_plain(self, out: &mut String, group: bool) {
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
            if group && int.len() > 3 && i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(d as char);
        }
        if !frac.is_empty() {
            out.push('.');
            out.extend(std::iter::repeat_n('0', pad));
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
