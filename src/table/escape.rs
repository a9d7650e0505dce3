//! The bytes of one CSV/TSV cell: CSV quoting, TSV escaping, and sanitizing (formula starts
//! and bidi controls); see the protocol in the module docs of `table`.

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

/// A byte scan for bidi controls: U+061C is D8 9C; the others are E2 80 8E/8F/AA–AE and
/// E2 81 A6–A9. Searches for the rare bytes 9C and E2 only, so Arabic letters cost nothing.
pub(super) fn has_bidi_control(b: &[u8]) -> bool {
    bidi_controls(b).next().is_some()
}

/// Where the bidi controls of `b` are (start, length in bytes), in order; see
/// [`has_bidi_control`].
pub(super) fn bidi_controls(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    memchr::memchr2_iter(0x9C, 0xE2, b).filter_map(|i| {
        if b[i] == 0x9C {
            return (i > 0 && b[i - 1] == 0xD8).then(|| (i - 1, 2));
        }
        let control = match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(&y)) => matches!(y, 0x8E | 0x8F | 0xAA..=0xAE),
            (Some(0x81), Some(&y)) => matches!(y, 0xA6..=0xA9),
            _ => false,
        };
        control.then_some((i, 3))
    })
}

/// Would a spreadsheet run this cell as a formula? A lone `-` (stdin's document id) cannot
/// run anything.
pub(super) fn is_formula(cell: &[u8]) -> bool {
    cell.len() > 1 && matches!(cell[0], b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
}

/// Neutralize formulas and make bidi controls visible.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    match sanitize_bytes(s.as_bytes()) {
        Cow::Borrowed(_) => Cow::Borrowed(s),
        Cow::Owned(b) => Cow::Owned(String::from_utf8(b).expect("sanitizing keeps UTF-8")),
    }
}

/// [`sanitize`] on the bytes of UTF-8 text.
pub(super) fn sanitize_bytes(s: &[u8]) -> Cow<'_, [u8]> {
    use std::io::Write;
    let formula = is_formula(s);
    if !formula && !has_bidi_control(s) {
        return Cow::Borrowed(s);
    }
    let mut out = Vec::with_capacity(s.len() + 8);
    if formula {
        out.push(b'\'');
    }
    // The text between controls is copied as it is.
    let mut from = 0;
    for (at, len) in bidi_controls(s) {
        out.extend_from_slice(&s[from..at]);
        // U+061C is D8 9C; the others are E2 x y.
        let c = match len {
            2 => 0x061C,
            _ => 0x2000 | u32::from(s[at + 1] & 0x3F) << 6 | u32::from(s[at + 2] & 0x3F),
        };
        write!(out, "<U+{c:04X}>").expect("writing to a Vec");
        from = at + len;
    }
    out.extend_from_slice(&s[from..]);
    Cow::Owned(out)
}
