//! The common JSON Lines record read without serde: a line that serde_json would read the same
//! way, in one pass that copies the `text` string's runs between escapes whole.
//!
//! **In:** one line (UTF-8, byte-order mark removed). **Out:** its fields, or `None` for "let
//! serde_json read it": every line the fast path does not take, and every error, goes to
//! serde, so results and messages stay serde's. Taken: an object whose members are `id`,
//! `text`, `date`, `english` (each at most once, `text` present) and other members, with
//! string values (`null` too where the document takes it; `null`, `true`, `false` for other
//! members). Left to serde: a number or structured id, a nested value, a duplicate field, an
//! escaped member name, a bad escape or lone surrogate, a raw control character, anything
//! after the object.
//!
//! Why: serde_json reads a string with escapes into a scratch buffer and copies it into the
//! `String` after, and the id a second time through a raw value; news articles are one long
//! string with a `\n` per paragraph. Export reads about 2 instructions a byte less this way
//! (see `docs/perf-notes.md`). No SIMD of its own: `memchr` finds the quotes and backslashes.

/// The fields of a record: `id` (`None`: absent or `null`), `text`, `date`, `english`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Fields {
    pub id: Option<String>,
    pub text: String,
    pub date: Option<String>,
    pub english: Option<String>,
}

/// `line` read as a record, or `None` (see the module docs).
pub(super) fn record(line: &str) -> Option<Fields> {
    let mut p = Reader {
        text: line,
        bytes: line.as_bytes(),
        i: 0,
    };
    let (mut id, mut text, mut date, mut english) = (None, None, None, None);
    p.whitespace();
    p.eat(b'{')?;
    p.whitespace();
    if p.eat(b'}').is_none() {
        loop {
            let key = p.key()?;
            p.whitespace();
            p.eat(b':')?;
            p.whitespace();
            // A field seen twice is serde's "duplicate field" error.
            match key {
                "id" => once(&mut id, p.nullable_string()?)?,
                "text" => once(&mut text, p.string()?)?,
                "date" => once(&mut date, p.nullable_string()?)?,
                "english" => once(&mut english, p.nullable_string()?)?,
                _ => p.skip_value()?,
            }
            p.whitespace();
            if p.eat(b',').is_some() {
                p.whitespace();
                continue;
            }
            p.eat(b'}')?;
            break;
        }
    }
    p.whitespace();
    if p.i != p.bytes.len() {
        return None;
    }
    Some(Fields {
        id: id.flatten(),
        text: text?,
        date: date.flatten(),
        english: english.flatten(),
    })
}

/// Sets `slot` to `value` if it is empty; `None` (the field is a duplicate) otherwise.
fn once<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    slot.is_none().then(|| *slot = Some(value))
}

/// Does `run` (a piece of a string between escapes) hold a raw control character, which JSON
/// does not allow in a string? The least byte of each 64, with no early exit inside a block:
/// the compiler makes it a vector minimum (one instruction per 16 bytes).
fn has_control(run: &[u8]) -> bool {
    run.chunks(64)
        .any(|c| c.iter().fold(0xFF, |least: u8, &b| least.min(b)) < 0x20)
}

/// The reader: `None` from any method means "let serde do it".
struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn whitespace(&mut self) {
        while matches!(self.bytes.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.bytes.get(self.i) == Some(&byte)).then(|| self.i += 1)
    }

    /// Where the plain run of a string from `from` ends: the next quote or backslash.
    fn stop(&self, from: usize) -> Option<usize> {
        memchr::memchr2(b'"', b'\\', &self.bytes[from..]).map(|k| from + k)
    }

    /// A member name without escapes or control characters.
    fn key(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        let end = self.stop(start)?;
        if self.bytes[end] != b'"' || has_control(&self.bytes[start..end]) {
            return None;
        }
        self.i = end + 1;
        Some(&self.text[start..end])
    }

    /// A string with its escapes decoded.
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut run = self.i;
        let mut out = String::new();
        loop {
            let stop = self.stop(self.i)?;
            if has_control(&self.bytes[self.i..stop]) {
                return None;
            }
            if self.bytes[stop] == b'"' {
                out.push_str(&self.text[run..stop]);
                self.i = stop + 1;
                return Some(out);
            }
            if out.capacity() == 0 {
                // Escapes only shrink the text: the rest of the line is room enough.
                out.reserve(self.bytes.len() - run);
            }
            out.push_str(&self.text[run..stop]);
            let (c, len) = escape(&self.bytes[stop + 1..])?;
            out.push(c);
            self.i = stop + 1 + len;
            run = self.i;
        }
    }

    /// A string or `null` (`None`).
    fn nullable_string(&mut self) -> Option<Option<String>> {
        if self.bytes[self.i..].starts_with(b"null") {
            self.i += 4;
            return Some(None);
        }
        self.string().map(Some)
    }

    /// The value of a member serde ignores, if it is a string or a literal.
    fn skip_value(&mut self) -> Option<()> {
        for literal in [&b"null"[..], b"true", b"false"] {
            if self.bytes[self.i..].starts_with(literal) {
                self.i += literal.len();
                return Some(());
            }
        }
        self.string().map(drop)
    }
}

/// The character of the JSON escape after a backslash at the start of `bytes`, and the bytes
/// it takes after the backslash; `None` for anything serde would reject (a lone surrogate).
fn escape(bytes: &[u8]) -> Option<(char, usize)> {
    let hex4 = |at: usize| -> Option<u32> {
        let digits = bytes.get(at..at + 4)?;
        digits
            .iter()
            .try_fold(0, |n, &d| Some(n << 4 | (d as char).to_digit(16)?))
    };
    let c = match bytes.first()? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let unit = hex4(1)?;
            if !(0xD800..0xDC00).contains(&unit) {
                // A low surrogate alone is no char: serde's error.
                return Some((char::from_u32(unit)?, 5));
            }
            // A surrogate pair: `\uD83D\uDE00`.
            if bytes.get(5..7)? != b"\\u" {
                return None;
            }
            let low = hex4(7)?.checked_sub(0xDC00).filter(|&l| l < 0x400)?;
            return Some((char::from_u32(0x10000 + ((unit - 0xD800) << 10) + low)?, 11));
        }
        _ => return None,
    };
    Some((c, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What serde_json makes of a line, in the same terms (as `parse_json_line` reads it: a
    /// string id decoded, a `null` id none; other ids are left to serde by the fast path).
    fn by_serde(line: &str) -> Option<Fields> {
        #[derive(serde::Deserialize)]
        struct Doc<'a> {
            #[serde(default, borrow)]
            id: Option<&'a serde_json::value::RawValue>,
            text: String,
            #[serde(default)]
            date: Option<String>,
            #[serde(default)]
            english: Option<String>,
        }
        let doc: Doc = serde_json::from_str(line).ok()?;
        let id = match doc.id.map(|raw| raw.get()) {
            None | Some("null") => None,
            Some(raw) => match serde_json::from_str(raw).ok()? {
                serde_json::Value::String(s) => Some(s),
                v => Some(v.to_string()),
            },
        };
        Some(Fields {
            id,
            text: doc.text,
            date: doc.date,
            english: doc.english,
        })
    }

    #[test]
    fn the_common_lines_are_taken_and_the_rest_left_to_serde() {
        let taken = [
            r#"{"id": "a1", "text": "نص\nمع \"اقتباس\" و\\ و\/ \t\r\b\f \u0041\u00e9\u062A \ud83d\ude00"}"#,
            "{\"text\":\"x\",\"id\":null,\"date\":\"2024-05-14\",\"english\":null}\r\n",
            r#" { "text" : "" , "url" : "http://x" , "ok" : true , "no" : false , "n" : null } "#,
            r#"{"text": "x", "english": "an \"English\" text", "id": "\u0627\u0644"}"#,
            "{\"id\": \"snn_1\", \"text\": \"عمر إبراهيم – عين اليوم\\n أشعلت عاملة نظافة\", \"date\": \"2015-07-25\"}\n",
            r#"{"text": "\u0000 NUL escaped is a char"}"#,
        ];
        for line in taken {
            assert!(record(line).is_some(), "{line}");
            assert_eq!(record(line), by_serde(line), "{line}");
        }
        let left = [
            r#"{"id": 7, "text": "x"}"#,
            r#"{"id": ["a"], "text": "x"}"#,
            r#"{"text": "x", "extra": [1]}"#,
            r#"{"text": "x", "extra": 1}"#,
            r#"{"text": "x", "text": "y"}"#,
            r#"{"id": "a", "id": "b", "text": "x"}"#,
            r#"{"id": "a"}"#,
            r#"{"text": null}"#,
            r#"{"te\u0078t": "x"}"#,
            r#"{"text": "\ud83d"}"#,
            r#"{"text": "\ude00"}"#,
            r#"{"text": "\ud83d\u0041"}"#,
            r#"{"text": "\x"}"#,
            r#"{"text": "\u00G0"}"#,
            r#"{"text": "x",}"#,
            r#"{"text": "x"} x"#,
            r#"{"text": "x"}{"text": "y"}"#,
            "{\"text\": \"tab\there\"}",
            "{\"te\u{1}xt\": \"x\"}",
            r#"{"text": "x""#,
            r#"{"text": "x\"#,
            r#"["text"]"#,
            "",
        ];
        for line in left {
            assert!(record(line).is_none(), "{line}");
        }
    }

    /// A control byte is found wherever it stands in a long run (each position of a block
    /// and of the tail), and bytes from 0x20 up are not control bytes.
    #[test]
    fn control_bytes_are_found_at_every_position() {
        let plain: Vec<u8> = "نص عربي طويل بما يكفي لعدة كتل من أربعة وستين بايتا، مع \x7f و ~."
            .bytes()
            .cycle()
            .take(150)
            .collect();
        assert!(!has_control(&plain));
        for at in 0..plain.len() {
            for control in [0x00, 0x0A, 0x1F] {
                let mut run = plain.clone();
                run[at] = control;
                assert!(has_control(&run), "{control:#x} at {at}");
            }
        }
        assert!(!has_control(&[0x20, 0x7F, 0x80, 0xFF]));
    }

    proptest::proptest! {
        /// Whatever the fast path takes, it reads as serde_json does.
        #[test]
        fn the_fast_path_agrees_with_serde(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "{", "}", "\"", ":", ",", " ", "\\", "\\\"", "\\n", "\\u0041", "\\ud83d",
                    "\\ude00", "\\u00", "id", "text", "date", "english", "null", "true", "1",
                    "نص", "\t", "\u{1}", "x", "\u{7f}",
                ]),
                0..24,
            ),
        ) {
            let line = pieces.concat();
            if let Some(fast) = record(&line) {
                proptest::prop_assert_eq!(Some(fast), by_serde(&line), "{}", line);
            }
            let wrapped = format!("{{\"id\": \"i\", \"text\": \"{}\"}}", pieces.concat());
            if let Some(fast) = record(&wrapped) {
                proptest::prop_assert_eq!(Some(fast), by_serde(&wrapped), "{}", wrapped);
            }
        }
    }
}
