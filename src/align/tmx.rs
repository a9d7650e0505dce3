//! TMX 1.4b output: a translation memory that CAT tools (OmegaT, memoQ, Trados) import.
//!
//! **In:** aligned pairs as texts. **Out:** UTF-8 XML valid against the TMX 1.4b DTD
//! (`tests/data/tmx14.dtd`):
//!
//! ```text
//! <?xml version="1.0" encoding="UTF-8"?>
//! <!DOCTYPE tmx SYSTEM "tmx14.dtd">
//! <tmx version="1.4">
//!   <header creationtool="dragoman" creationtoolversion="0.1.0" segtype="sentence"
//!           o-tmf="dragoman" adminlang="en" srclang="ar" datatype="plaintext"/>
//!   <body>
//!     <tu tuid="doc.txt:3">
//!       <prop type="x-doc">doc.txt</prop>
//!       <prop type="x-score">0.912</prop>
//!       <tuv xml:lang="ar"><seg>…</seg></tuv>
//!       <tuv xml:lang="en"><seg>…</seg></tuv>
//!     </tu>
//!   </body>
//! </tmx>
//! ```
//!
//! One `<tu>` per pair with text on both sides (1-0 and 0-1 beads are left out: a TM unit
//! needs both languages). A pair under `--min-score` carries `<prop type="x-doubtful">yes</prop>`.
//! Text is escaped by quick-xml: `&` `<` `>` `"` `'` as entities; the characters XML 1.0
//! forbids (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF; lone surrogates cannot occur in
//! Rust strings) are removed. Line breaks inside a segment become spaces. A CR elsewhere is
//! written `&#13;`, and a tab or LF in an attribute value (`tuid`) `&#9;` `&#10;`: an XML
//! reader turns the raw characters into LF and spaces, so a document id that holds them would
//! not read back as written.
//!
//! What it does *not* do: inline markup (`<bpt>`, `<ph>`), or more than two languages.

use std::borrow::Cow;

/// The XML prolog, DOCTYPE, `<tmx>` and `<header>`, and `<body>`'s opening tag.
pub fn header() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n\
         <tmx version=\"1.4\">\n  \
         <header creationtool=\"dragoman\" creationtoolversion=\"{}\" segtype=\"sentence\" \
         o-tmf=\"dragoman\" adminlang=\"en\" srclang=\"ar\" datatype=\"plaintext\"/>\n  \
         <body>\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Closes `<body>` and `<tmx>`.
pub fn footer() -> &'static str {
    "  </body>\n</tmx>\n"
}

/// One translation unit.
pub struct Unit<'a> {
    pub tuid: &'a str,
    pub arabic: &'a str,
    pub english: &'a str,
    /// `(type, value)` properties, written as `<prop type="…">…</prop>`.
    pub props: &'a [(&'a str, &'a str)],
}

/// Append one `<tu>` to `out`.
pub fn unit(out: &mut Vec<u8>, u: &Unit) {
    let mut s = String::with_capacity(u.arabic.len() + u.english.len() + 200);
    s.push_str("    <tu tuid=\"");
    s.push_str(&escape_attr(u.tuid));
    s.push_str("\">\n");
    for (k, v) in u.props {
        s.push_str("      <prop type=\"");
        s.push_str(&escape_attr(k));
        s.push_str("\">");
        s.push_str(&escape(v));
        s.push_str("</prop>\n");
    }
    for (lang, text) in [("ar", u.arabic), ("en", u.english)] {
        s.push_str("      <tuv xml:lang=\"");
        s.push_str(lang);
        s.push_str("\"><seg>");
        s.push_str(&escape(&one_line(text)));
        s.push_str("</seg></tuv>\n");
    }
    s.push_str("    </tu>\n");
    out.extend_from_slice(s.as_bytes());
}

fn one_line(text: &str) -> Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        Cow::Owned(text.replace("\r\n", " ").replace(['\n', '\r'], " "))
    } else {
        Cow::Borrowed(text)
    }
}

/// Characters allowed in XML 1.0 documents (the `Char` production).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escape text for element content: quick-xml's escapes (`& < > " '` as entities), after
/// removing the characters that XML 1.0 forbids; a CR as `&#13;` (a reader would read LF).
pub fn escape(s: &str) -> Cow<'_, str> {
    escape_with(s, &['\r'])
}

/// [`escape`] for an attribute value: a tab and an LF as references too (a reader would read
/// spaces).
fn escape_attr(s: &str) -> Cow<'_, str> {
    escape_with(s, &['\t', '\n', '\r'])
}

fn escape_with<'s>(s: &'s str, refs: &[char]) -> Cow<'s, str> {
    let escaped = if s.chars().all(is_xml_char) {
        quick_xml::escape::escape(s)
    } else {
        let allowed: String = s.chars().filter(|&c| is_xml_char(c)).collect();
        Cow::Owned(quick_xml::escape::escape(allowed).into_owned())
    };
    if !escaped.contains(refs) {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 8);
    for c in escaped.chars() {
        if refs.contains(&c) {
            out.push_str(&format!("&#{};", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        for (input, expected) in [
            ("plain", "plain"),
            ("a & b", "a &amp; b"),
            ("<seg>", "&lt;seg&gt;"),
            ("say \"hi\"", "say &quot;hi&quot;"),
            ("it's", "it&apos;s"),
            ("bell\u{7}gone", "bellgone"),
            ("nul\u{0}\u{1F}x", "nulx"),
            ("keep\ttab", "keep\ttab"),
            ("cr\r\nlf", "cr&#13;\nlf"),
            ("no\u{FFFE}\u{FFFF}nonchars", "nononchars"),
            ("«داعش» & co", "«داعش» &amp; co"),
        ] {
            assert_eq!(escape(input), expected, "input {:?}", input);
        }
    }

    #[test]
    fn unit_shape() {
        let mut out = Vec::new();
        unit(
            &mut out,
            &Unit {
                tuid: "d:1",
                arabic: "أ <ب>",
                english: "a\nb",
                props: &[("x-score", "0.9")],
            },
        );
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains("<prop type=\"x-score\">0.9</prop>"), "{s}");
        assert!(
            s.contains("<tuv xml:lang=\"ar\"><seg>أ &lt;ب&gt;</seg></tuv>"),
            "{s}"
        );
        assert!(s.contains("<seg>a b</seg>"), "{s}");
    }

    /// Found by the `tmx` fuzz target: a raw CR in a `<prop>` read back as LF, and a tab or
    /// LF in the `tuid` attribute as a space (XML end-of-line and attribute-value
    /// normalization), so a document id holding them did not survive the round trip.
    #[test]
    fn ids_with_tabs_and_line_breaks_read_back_as_written() {
        let mut out = Vec::new();
        unit(
            &mut out,
            &Unit {
                tuid: "a\tb\nc\rd:1",
                arabic: "x",
                english: "y",
                props: &[("x-doc", "a\tb\nc\rd")],
            },
        );
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains("<tu tuid=\"a&#9;b&#10;c&#13;d:1\">"), "{s}");
        assert!(
            s.contains("<prop type=\"x-doc\">a\tb\nc&#13;d</prop>"),
            "{s}"
        );
    }
}
