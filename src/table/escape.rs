//! The bytes of one CSV/TSV cell: CSV quoting, TSV escaping, and sanitizing (formula starts,
//! bidi controls and control characters); see the protocol in the module docs of `table`.

use std::borrow::Cow;

/// `bytes` in double quotes, quotes inside doubled.
pub(super) fn csv_quoted(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    let mut from = 0;
    for i in memchr::memchr_iter(b'"', bytes) {
        out.extend_from_slice(&bytes[from..=i]);
        out.push(b'"');
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

pub(super) fn tsv_field(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'\\' => b"\\\\",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        out.extend_from_slice(escape);
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
}

/// Bidi controls that can reorder displayed text.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Control characters a sanitized cell shows as `<U+001B>`: Unicode's category Cc (C0, DEL,
/// C1) but tab, LF and CR, which CSV quoting and TSV escaping already carry safely.
pub fn is_escaped_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The ASCII control characters a sanitized cell escapes: C0 but tab, LF and CR, and DEL.
pub(super) const ASCII_CONTROLS: [u8; 30] = [
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12,
    0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F,
];

/// The bytes a close look for escaped characters starts from: [`ASCII_CONTROLS`], C2 (the
/// lead byte of C1 controls, U+0080–U+009F), 9C (the last byte of U+061C, D8 9C) and E2 (the
/// lead byte of the other bidi controls, E2 80 8E/8F/AA–AE and E2 81 A6–A9). Arabic letters
/// (D8/D9 xx) are none of them.
pub(super) const LOOK_BYTES: [u8; 33] = {
    let mut all = [0x9C; 33];
    let mut i = 0;
    while i < ASCII_CONTROLS.len() {
        all[i] = ASCII_CONTROLS[i];
        i += 1;
    }
    all[31] = 0xC2;
    all[32] = 0xE2;
    all
};

/// [`LOOK_BYTES`] as a table.
static LOOK: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < LOOK_BYTES.len() {
        t[LOOK_BYTES[i] as usize] = true;
        i += 1;
    }
    t
};

/// Where the characters a sanitized cell escapes ([`is_bidi_control`],
/// [`is_escaped_control`]) are in UTF-8 text `b`: (start, length in bytes, code point), in
/// order. A byte loop over [`LOOK_BYTES`], for the cells that need rewriting.
pub(super) fn escapes(b: &[u8]) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
    b.iter()
        .enumerate()
        .filter(|&(_, &x)| LOOK[usize::from(x)])
        .filter_map(|(i, _)| escape_at(b, i))
}

/// The escaped character whose byte [`LOOK_BYTES`] byte `b[i]` is, if it is one.
#[inline]
pub(super) fn escape_at(b: &[u8], i: usize) -> Option<(usize, usize, u32)> {
    match b[i] {
        0x9C => (i > 0 && b[i - 1] == 0xD8).then_some((i - 1, 2, 0x061C)),
        0xC2 => match b.get(i + 1) {
            Some(&y @ 0x80..=0x9F) => Some((i, 2, u32::from(y))),
            _ => None,
        },
        0xE2 => {
            let (y, z) = (*b.get(i + 1)?, *b.get(i + 2)?);
            let bidi = match y {
                0x80 => matches!(z, 0x8E | 0x8F | 0xAA..=0xAE),
                0x81 => matches!(z, 0xA6..=0xA9),
                _ => false,
            };
            bidi.then(|| {
                (
                    i,
                    3,
                    0x2000 | u32::from(y & 0x3F) << 6 | u32::from(z & 0x3F),
                )
            })
        }
        x => LOOK[usize::from(x)].then_some((i, 1, u32::from(x))),
    }
}

/// Would a spreadsheet run this cell as a formula? A lone `-` (stdin's document id) cannot
/// run anything.
pub(super) fn is_formula(cell: &[u8]) -> bool {
    cell.len() > 1 && matches!(cell[0], b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
}

/// Neutralize formulas (a leading `'`) and make bidi controls and control characters visible
/// (`<U+202E>`, `<U+0000>`).
#[cfg(test)]
pub fn sanitize(s: &str) -> Cow<'_, str> {
    match sanitize_bytes(s.as_bytes()) {
        Cow::Borrowed(_) => Cow::Borrowed(s),
        Cow::Owned(b) => Cow::Owned(String::from_utf8(b).expect("sanitizing keeps UTF-8")),
    }
}

/// Control characters (but tab, LF and CR) as `<U+001B>`, for text output: no formula
/// neutralizing, bidi controls kept (they are text's own, and a text line is no cell).
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let mut controls = escapes(b).filter(|&(_, len, c)| len == 1 || (len == 2 && c < 0x100));
    let Some(first) = controls.next() else {
        return Cow::Borrowed(s);
    };
    let mut out = Vec::with_capacity(b.len() + 16);
    let mut from = 0;
    for (at, len, c) in std::iter::once(first).chain(controls) {
        out.extend_from_slice(&b[from..at]);
        push_escape(&mut out, c);
        from = at + len;
    }
    out.extend_from_slice(&b[from..]);
    Cow::Owned(String::from_utf8(out).expect("escaping keeps UTF-8"))
}

/// `<U+XXXX>`.
fn push_escape(out: &mut Vec<u8>, c: u32) {
    use std::io::Write;
    write!(out, "<U+{c:04X}>").expect("writing to a Vec");
}

/// The inverse of [`sanitize`], for dragoman's readers of its own CSV/TSV (glossary files,
/// aligned pairs): a `'` before a formula start is dropped, and an escape `<U+XXXX>` (four
/// upper-case hex digits) of a character [`sanitize`] escapes is that character again.
/// Text that never held such a `'` or escape reads back exactly.
pub fn unsanitize(s: &str) -> Cow<'_, str> {
    if !s.starts_with('\'') && memchr::memchr(b'<', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    let body = match s.strip_prefix('\'') {
        Some(rest) if is_formula(rest.as_bytes()) => rest,
        _ => s,
    };
    if !body.contains("<U+") {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("<U+") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let escaped = after
            .get(..5)
            .filter(|e| e.ends_with('>'))
            .filter(|e| {
                e[..4]
                    .bytes()
                    .all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F'))
            })
            .and_then(|e| char::from_u32(u32::from_str_radix(&e[..4], 16).ok()?))
            .filter(|&c| is_bidi_control(c) || is_escaped_control(c));
        match escaped {
            Some(c) => {
                out.push(c);
                rest = &after[5..];
            }
            None => {
                out.push_str("<U+");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// [`sanitize`] on the bytes of UTF-8 text.
pub(super) fn sanitize_bytes(s: &[u8]) -> Cow<'_, [u8]> {
    let formula = is_formula(s);
    let mut escapes = escapes(s).peekable();
    if !formula && escapes.peek().is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = Vec::with_capacity(s.len() + 8);
    if formula {
        out.push(b'\'');
    }
    // The text between escapes is copied as it is.
    let mut from = 0;
    for (at, len, c) in escapes {
        out.extend_from_slice(&s[from..at]);
        push_escape(&mut out, c);
        from = at + len;
    }
    out.extend_from_slice(&s[from..]);
    Cow::Owned(out)
}
