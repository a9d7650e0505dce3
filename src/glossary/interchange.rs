//! Glossary interchange: the standard CSV, TBX (ISO 30042) and OmegaT's glossary format.
//!
//! **In/out:** [`Entry`]s. `from_tbx(to_tbx(g)) == g` and `from_omegat(to_omegat(g)) == g`
//! for every glossary whose fields are trimmed (as the loader makes them), up to `origin`
//! (an imported entry's origin is the line of its concept or row in the imported file).
//!
//! ## CSV
//! The glossary format of `glossaries/README.md`: header `arabic,english,category,variants,
//! note,source`, RFC 4180 quoting (a field with `,` `"` CR or LF is quoted, quotes doubled),
//! LF line ends, variants joined by `|`.
//!
//! ## TBX
//! TBX v3 (ISO 30042:2019), dialect TBX-Basic, DCA style, UTF-8, namespace
//! `urn:iso:std:iso:30042:ed-2`. One `conceptEntry` per entry (`id="c1"`, `c2`, …), holding:
//! * `<descrip type="subjectField">` — the dragoman category (`place`, `group`, …);
//! * `<note>` — the note, if any; `<admin type="source">` — the source, if any;
//! * `<langSec xml:lang="ar">` with one `termSec` per spelling: the headword first, marked
//!   `<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>`, then each
//!   variant, marked `admittedTerm-admn-sts`;
//! * `<langSec xml:lang="en">` with one `termSec`: the English, `preferredTerm-admn-sts`.
//!
//! Text is escaped `&amp; &lt; &gt;` (and `&quot;` in attributes); CR as `&#13;`. Control
//! characters other than tab and line breaks cannot be written in XML 1.0 and make the export
//! fail. The reader is a small XML reader for this constrained shape: it understands
//! elements, attributes, character and the five predefined entity references, comments,
//! CDATA, the XML declaration and a DOCTYPE without an internal subset; it also accepts TBX v2
//! (`martif`, `termEntry`, `langSet`, `tig`/`ntig`, `lang=` as well as `xml:lang=`). A concept
//! without an Arabic or an English term is an error at its line; a concept without a
//! `subjectField` gets the category `term`.
//!
//! ## OmegaT
//! OmegaT's tab-separated glossary (`*.txt` in UTF-8 or `*.utf8`): one term per line,
//! `source<TAB>target<TAB>comment`, lines starting with `#` are comments. The export writes a
//! `#` header line, then per entry a row `headword<TAB>english<TAB>category: C[; note: N][;
//! source: S]` and one row per variant `variant<TAB>english<TAB>variant of: HEADWORD`. When
//! a note is written the source part is always written too (possibly empty), so the note may
//! hold anything; in the source, `\` and `;` are escaped as `\\` and `\;`. In every field a
//! backslash, tab, LF and CR are written `\\` `\t` `\n` `\r` (OmegaT itself has no escapes;
//! glossary fields practically never hold these). On import, a row whose comment is not in
//! this shape becomes an entry of category `term` with the comment as note; a `variant of:`
//! row joins the latest entry with that headword and English.
//!
//! What it does *not* do: TBX validation against the TBX-Basic schema (the test checks
//! well-formedness with `xmllint` when it is installed), or any TBX data category beyond the
//! ones above (others are ignored on import).

use std::collections::HashMap;
use std::path::Path;

use super::{Category, Entry, COLUMNS};
use crate::error::{Error, Location, Result};
use crate::table::{Cell, Table, TableFormat};

/// The entries as a glossary CSV file (header included).
pub fn to_csv(entries: &[Entry]) -> Vec<u8> {
    let table = Table::new(TableFormat::Csv, &COLUMNS);
    let mut out = table.header();
    for e in entries {
        let variants = e.variants.join("|");
        table.row(
            &mut out,
            &[
                Cell::from(e.arabic.as_str()),
                Cell::from(e.english.as_str()),
                Cell::from(e.category.name()),
                Cell::from(variants),
                Cell::from(e.note.as_str()),
                Cell::from(e.source.as_str()),
            ],
        );
    }
    out
}

// ---------------------------------------------------------------------------------------
// TBX

const TBX_NS: &str = "urn:iso:std:iso:30042:ed-2";
const PREFERRED: &str = "preferredTerm-admn-sts";
const ADMITTED: &str = "admittedTerm-admn-sts";

/// The entries as a TBX-Basic document.
pub fn to_tbx(entries: &[Entry]) -> Result<String> {
    let mut out = String::with_capacity(entries.len() * 400);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"{TBX_NS}\">\n"
    ));
    out.push_str(
        "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>dragoman Arabic-English \
         glossary</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n",
    );
    for (i, e) in entries.iter().enumerate() {
        let text = |s: &str| xml_text(s, &e.origin);
        out.push_str(&format!("      <conceptEntry id=\"c{}\">\n", i + 1));
        out.push_str(&format!(
            "        <descrip type=\"subjectField\">{}</descrip>\n",
            e.category.name()
        ));
        if !e.note.is_empty() {
            out.push_str(&format!("        <note>{}</note>\n", text(&e.note)?));
        }
        if !e.source.is_empty() {
            out.push_str(&format!(
                "        <admin type=\"source\">{}</admin>\n",
                text(&e.source)?
            ));
        }
        out.push_str("        <langSec xml:lang=\"ar\">\n");
        for (k, spelling) in e.spellings().enumerate() {
            let status = if k == 0 { PREFERRED } else { ADMITTED };
            term_sec(&mut out, &text(spelling)?, status);
        }
        out.push_str("        </langSec>\n        <langSec xml:lang=\"en\">\n");
        term_sec(&mut out, &text(&e.english)?, PREFERRED);
        out.push_str("        </langSec>\n      </conceptEntry>\n");
    }
    out.push_str("    </body>\n  </text>\n</tbx>\n");
    Ok(out)
}

fn term_sec(out: &mut String, term: &str, status: &str) {
    out.push_str(&format!(
        "          <termSec>\n            <term>{term}</term>\n            <termNote \
         type=\"administrativeStatus\">{status}</termNote>\n          </termSec>\n"
    ));
}

/// Escape text content; refuse characters XML 1.0 cannot hold.
fn xml_text(s: &str, origin: &Location) -> Result<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                return Err(Error::parse(
                    origin.clone(),
                    format!(
                        "the character U+{:04X} cannot be written in XML; remove it from the row",
                        c as u32
                    ),
                ))
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Read the entries of a TBX document (v3 or v2, see the module docs).
pub fn from_tbx(path: &Path, text: &str) -> Result<Vec<Entry>> {
    let root = xml::parse(path, text)?;
    let mut out = Vec::new();
    let mut concepts = Vec::new();
    root.find_all(&["conceptEntry", "termEntry"], &mut concepts);
    for concept in concepts {
        let at = Location::new(path, concept.line, 0);
        let mut category = None;
        let mut note = Vec::new();
        let mut source = Vec::new();
        let mut arabic: Vec<(String, bool)> = Vec::new();
        let mut english: Vec<(String, bool)> = Vec::new();
        for child in &concept.children {
            match child.name.as_str() {
                "descrip" if child.attr("type") == Some("subjectField") => {
                    let name = child.text();
                    category = Some(
                        name.trim()
                            .parse::<Category>()
                            .map_err(|e| Error::parse(Location::new(path, child.line, 0), e))?,
                    );
                }
                "note" => note.push(child.text().trim().to_string()),
                "admin" if child.attr("type") == Some("source") => {
                    source.push(child.text().trim().to_string())
                }
                "langSec" | "langSet" => {
                    let lang = child.attr("xml:lang").or(child.attr("lang")).unwrap_or("");
                    let lang = lang.split(['-', '_']).next().unwrap_or("");
                    let terms = match lang {
                        "ar" => &mut arabic,
                        "en" => &mut english,
                        _ => continue,
                    };
                    let mut secs = Vec::new();
                    child.find_all(&["termSec", "tig", "ntig"], &mut secs);
                    for sec in secs {
                        let mut found = Vec::new();
                        sec.find_all(&["term"], &mut found);
                        let Some(term) = found.first() else { continue };
                        let mut notes = Vec::new();
                        sec.find_all(&["termNote"], &mut notes);
                        let preferred = notes.iter().any(|n| {
                            n.attr("type") == Some("administrativeStatus")
                                && n.text().trim() == PREFERRED
                        });
                        let t = term.text().trim().to_string();
                        if !t.is_empty() {
                            terms.push((t, preferred));
                        }
                    }
                }
                _ => {}
            }
        }
        // The preferred term is the headword; otherwise the first.
        let pick = |mut terms: Vec<(String, bool)>, lang: &str| -> Result<(String, Vec<String>)> {
            if terms.is_empty() {
                return Err(Error::parse(
                    at.clone(),
                    format!(
                        "the concept has no {lang} term; add a langSec with xml:lang=\"{}\"",
                        &lang[..2]
                    ),
                ));
            }
            let head = terms.iter().position(|t| t.1).unwrap_or(0);
            let (h, _) = terms.remove(head);
            Ok((h, terms.into_iter().map(|t| t.0).collect()))
        };
        let (arabic, variants) = pick(arabic, "arabic")?;
        let (english, _) = pick(english, "english")?;
        out.push(Entry {
            arabic,
            english,
            category: category.unwrap_or(Category::Term),
            variants,
            note: note.join("; "),
            source: source.join("; "),
            origin: at,
        });
    }
    Ok(out)
}

/// A tiny XML reader: enough for TBX as written by dragoman and common TBX-Basic tools.
mod xml {
    use std::path::Path;

    use crate::error::{Error, Location, Result};

    #[derive(Debug, Default)]
    pub struct Element {
        pub name: String,
        pub attrs: Vec<(String, String)>,
        pub children: Vec<Element>,
        /// Text directly inside, concatenated.
        pub text: String,
        pub line: usize,
    }

    impl Element {
        pub fn attr(&self, name: &str) -> Option<&str> {
            self.attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        }

        /// All text inside, children included (for `<term>` with inline markup).
        pub fn text(&self) -> String {
            let mut s = self.text.clone();
            for c in &self.children {
                s.push_str(&c.text());
            }
            s
        }

        /// Descendants named one of `names` (not looking inside a match), in document order.
        pub fn find_all<'e>(&'e self, names: &[&str], out: &mut Vec<&'e Element>) {
            for c in &self.children {
                if names.contains(&c.name.as_str()) {
                    out.push(c);
                } else {
                    c.find_all(names, out);
                }
            }
        }
    }

    /// Parse a document into its root element (namespace prefixes kept in names).
    pub fn parse(path: &Path, text: &str) -> Result<Element> {
        let mut p = Parser {
            path,
            s: text.strip_prefix('\u{FEFF}').unwrap_or(text),
            pos: 0,
            line: std::cell::Cell::new((1, 0)),
        };
        let mut stack: Vec<Element> = vec![Element::default()];
        while p.pos < p.s.len() {
            let rest = &p.s[p.pos..];
            if rest.starts_with("<?") {
                p.skip_past("?>")?;
            } else if rest.starts_with("<!--") {
                p.skip_past("-->")?;
            } else if rest.starts_with("<![CDATA[") {
                let start = p.pos + 9;
                p.skip_past("]]>")?;
                let top = stack.last_mut().expect("root");
                top.text.push_str(&p.s[start..p.pos - 3]);
            } else if rest.starts_with("<!") {
                if rest[..rest.find('>').unwrap_or(rest.len())].contains('[') {
                    return Err(p.error("a DOCTYPE with an internal subset is not supported"));
                }
                p.skip_past(">")?;
            } else if rest.starts_with("</") {
                let line = p.line();
                p.pos += 2;
                let name = p.name()?;
                p.spaces();
                p.expect('>')?;
                let done = stack.pop().expect("root");
                if done.name != name || stack.is_empty() {
                    return Err(Error::parse(
                        Location::new(p.path, line, 0),
                        format!(
                            "closing tag </{name}> does not match <{}>; the XML is not well-formed",
                            done.name
                        ),
                    ));
                }
                stack.last_mut().expect("parent").children.push(done);
            } else if rest.starts_with('<') {
                let line = p.line();
                p.pos += 1;
                let mut el = Element {
                    name: p.name()?,
                    line,
                    ..Element::default()
                };
                loop {
                    p.spaces();
                    let rest = &p.s[p.pos..];
                    if rest.starts_with("/>") {
                        p.pos += 2;
                        stack.last_mut().expect("root").children.push(el);
                        break;
                    }
                    if rest.starts_with('>') {
                        p.pos += 1;
                        stack.push(el);
                        break;
                    }
                    let key = p.name()?;
                    p.spaces();
                    p.expect('=')?;
                    p.spaces();
                    let quote = p.s[p.pos..].chars().next().unwrap_or(' ');
                    if quote != '"' && quote != '\'' {
                        return Err(p.error("an attribute value must be quoted"));
                    }
                    p.pos += 1;
                    let end = p.s[p.pos..]
                        .find(quote)
                        .ok_or_else(|| p.error("unterminated attribute value"))?;
                    let raw = &p.s[p.pos..p.pos + end];
                    let value = p.unescape(raw)?;
                    p.pos += end + 1;
                    el.attrs.push((key, value));
                }
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                let raw = &rest[..end];
                let value = p.unescape(raw)?;
                stack.last_mut().expect("root").text.push_str(&value);
                p.pos += end;
            }
        }
        if stack.len() != 1 {
            let open = stack.last().map(|e| e.name.clone()).unwrap_or_default();
            return Err(p.error(&format!("<{open}> is never closed; the file is cut short")));
        }
        let mut doc = stack.pop().expect("document");
        if doc.children.len() != 1 {
            return Err(p.error("an XML document has exactly one root element"));
        }
        Ok(doc.children.pop().expect("one root"))
    }

    struct Parser<'s> {
        path: &'s Path,
        s: &'s str,
        pos: usize,
        /// Line number at byte `counted` (counting forward only, so parsing stays linear).
        line: std::cell::Cell<(usize, usize)>,
    }

    impl Parser<'_> {
        fn line(&self) -> usize {
            let (line, counted) = self.line.get();
            let line = line + self.s[counted..self.pos].matches('\n').count();
            self.line.set((line, self.pos));
            line
        }

        fn error(&self, message: &str) -> Error {
            Error::parse(
                Location::new(self.path, self.line(), 0),
                format!("{message}; the TBX file is not well-formed XML"),
            )
        }

        /// An error at a byte of the document (for entities inside a text run).
        fn error_at(&self, byte: usize, message: &str) -> Error {
            Error::parse(
                Location::new(self.path, 1 + self.s[..byte].matches('\n').count(), 0),
                format!("{message}; the TBX file is not well-formed XML"),
            )
        }

        fn skip_past(&mut self, end: &str) -> Result<()> {
            match self.s[self.pos..].find(end) {
                Some(i) => {
                    self.pos += i + end.len();
                    Ok(())
                }
                None => Err(self.error(&format!("'{end}' is missing"))),
            }
        }

        fn spaces(&mut self) {
            let rest = &self.s[self.pos..];
            self.pos += rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
        }

        fn expect(&mut self, c: char) -> Result<()> {
            if self.s[self.pos..].starts_with(c) {
                self.pos += c.len_utf8();
                Ok(())
            } else {
                Err(self.error(&format!("expected '{c}'")))
            }
        }

        fn name(&mut self) -> Result<String> {
            let rest = &self.s[self.pos..];
            let end = rest
                .find(|c: char| c.is_whitespace() || matches!(c, '>' | '/' | '=' | '<'))
                .unwrap_or(rest.len());
            if end == 0 {
                return Err(self.error("expected a name"));
            }
            self.pos += end;
            Ok(rest[..end].to_string())
        }

        fn unescape(&self, raw: &str) -> Result<String> {
            if !raw.contains('&') {
                return Ok(raw.replace("\r\n", "\n"));
            }
            let mut out = String::with_capacity(raw.len());
            let mut rest = raw;
            while let Some(i) = rest.find('&') {
                out.push_str(&rest[..i].replace("\r\n", "\n"));
                let at = rest.as_ptr() as usize - self.s.as_ptr() as usize + i;
                let semi = rest[i..]
                    .find(';')
                    .ok_or_else(|| self.error_at(at, "'&' without ';' (write &amp;)"))?;
                let entity = &rest[i + 1..i + semi];
                let c = match entity {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => {
                        let n = if let Some(hex) = entity.strip_prefix("#x") {
                            u32::from_str_radix(hex, 16).ok()
                        } else if let Some(dec) = entity.strip_prefix('#') {
                            dec.parse().ok()
                        } else {
                            None
                        };
                        n.and_then(char::from_u32).ok_or_else(|| {
                            self.error_at(at, &format!("unknown entity '&{entity};'"))
                        })?
                    }
                };
                out.push(c);
                rest = &rest[i + semi + 1..];
            }
            out.push_str(&rest.replace("\r\n", "\n"));
            Ok(out)
        }
    }
}

// ---------------------------------------------------------------------------------------
// OmegaT

/// The first line OmegaT itself writes into a new glossary file.
const OMEGAT_HEADER: &str = "# Glossary in tab-separated format -*- coding: utf-8 -*-";

/// The entries as an OmegaT tab-separated glossary.
pub fn to_omegat(entries: &[Entry]) -> String {
    let mut out = String::from(OMEGAT_HEADER);
    out.push('\n');
    for e in entries {
        let english = tab_escape(&e.english);
        let mut comment = format!("category: {}", e.category.name());
        if !e.note.is_empty() {
            comment.push_str("; note: ");
            comment.push_str(&tab_escape(&e.note));
        }
        if !e.note.is_empty() || !e.source.is_empty() {
            // No `;` is left in the source, so the last `; source: ` is the separator.
            comment.push_str("; source: ");
            comment.push_str(&tab_escape(&e.source).replace(';', "\\:"));
        }
        out.push_str(&format!(
            "{}\t{english}\t{comment}\n",
            tab_escape(&e.arabic)
        ));
        for v in &e.variants {
            out.push_str(&format!(
                "{}\t{english}\tvariant of: {}\n",
                tab_escape(v),
                tab_escape(&e.arabic)
            ));
        }
    }
    out
}

/// `\` `TAB` `LF` `CR` → `\\` `\t` `\n` `\r`.
fn tab_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// The inverse of [`tab_escape`]; `\:` is `;` (in the source part of a comment).
fn tab_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(':') => out.push(';'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Read an OmegaT tab-separated glossary (see the module docs).
pub fn from_omegat(path: &Path, text: &str) -> Result<Vec<Entry>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out: Vec<Entry> = Vec::new();
    // (headword, english) → index of the latest entry.
    let mut heads: HashMap<(String, String), usize> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let at = Location::new(path, i + 1, 0);
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let source = tab_unescape(fields.next().unwrap_or("").trim());
        let target = tab_unescape(fields.next().unwrap_or("").trim());
        // Not trimmed: an empty source leaves the comment ending in `; source: `.
        let comment = fields.next().unwrap_or("");
        if source.is_empty() || target.is_empty() {
            return Err(Error::parse(
                at,
                "an OmegaT row needs source<TAB>target; one of them is empty or the tab is missing",
            ));
        }
        if let Some(head) = comment.strip_prefix("variant of: ") {
            let head = tab_unescape(head);
            if let Some(&k) = heads.get(&(head.clone(), target.clone())) {
                out[k].variants.push(source);
                continue;
            }
        }
        let (category, note, src) = parse_comment(comment);
        heads.insert((source.clone(), target.clone()), out.len());
        out.push(Entry {
            arabic: source,
            english: target,
            category,
            variants: Vec::new(),
            note,
            source: src,
            origin: at,
        });
    }
    Ok(out)
}

/// `category: C[; note: N][; source: S]` → `(C, N, S)`; another comment → `(term, comment, "")`.
fn parse_comment(comment: &str) -> (Category, String, String) {
    let foreign = || (Category::Term, comment.to_string(), String::new());
    let Some(rest) = comment.strip_prefix("category: ") else {
        return foreign();
    };
    let (name, rest) = match rest.find(';') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let Ok(category) = name.parse::<Category>() else {
        return foreign();
    };
    if rest.is_empty() {
        (category, String::new(), String::new())
    } else if let Some(body) = rest.strip_prefix("; note: ") {
        match body.rsplit_once("; source: ") {
            Some((note, src)) => (category, tab_unescape(note), tab_unescape(src)),
            None => (category, tab_unescape(body), String::new()),
        }
    } else if let Some(src) = rest.strip_prefix("; source: ") {
        (category, String::new(), tab_unescape(src))
    } else {
        foreign()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;

    /// Entries without their origin, for comparing round trips.
    fn bare(entries: &[Entry]) -> Vec<(String, String, Category, Vec<String>, String, String)> {
        entries
            .iter()
            .map(|e| {
                (
                    e.arabic.clone(),
                    e.english.clone(),
                    e.category,
                    e.variants.clone(),
                    e.note.clone(),
                    e.source.clone(),
                )
            })
            .collect()
    }

    fn tricky() -> Vec<Entry> {
        let e = |arabic: &str, english: &str, variants: &[&str], note: &str, source: &str| Entry {
            arabic: arabic.into(),
            english: english.into(),
            category: Category::Org,
            variants: variants.iter().map(|v| v.to_string()).collect(),
            note: note.into(),
            source: source.into(),
            origin: Location::default(),
        };
        vec![
            e("أ", "A & B <C>", &["ب", "ج"], "x, \"y\"; z | w", "s; t"),
            e(
                "د",
                "it's \"quoted\"",
                &[],
                "note: source: ; source: trick",
                "",
            ),
            e("ه", "back\\slash", &[], "", "source; with \\ backslash"),
            e("و", "tab\there", &[], "line\r\nbreak & CR", "a]]>b"),
            e("ز", "plain", &[], "", ""),
        ]
    }

    #[test]
    fn tbx_round_trip() {
        for (name, entries) in [
            ("tricky", tricky()),
            ("builtin", Glossary::builtin().entries().to_vec()),
        ] {
            let tbx = to_tbx(&entries).unwrap();
            let back = from_tbx(Path::new("x.tbx"), &tbx).unwrap();
            assert_eq!(bare(&back), bare(&entries), "set '{name}'");
        }
    }

    #[test]
    fn omegat_round_trip() {
        for (name, entries) in [
            ("tricky", tricky()),
            ("builtin", Glossary::builtin().entries().to_vec()),
        ] {
            let text = to_omegat(&entries);
            let back = from_omegat(Path::new("x.txt"), &text).unwrap();
            assert_eq!(bare(&back), bare(&entries), "set '{name}'");
        }
    }

    #[test]
    fn omegat_rows_are_readable() {
        let text = to_omegat(&tricky()[..1]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], OMEGAT_HEADER);
        assert_eq!(
            lines[1],
            "أ\tA & B <C>\tcategory: org; note: x, \"y\"; z | w; source: s\\: t"
        );
        assert_eq!(lines[2], "ب\tA & B <C>\tvariant of: أ");
    }

    #[test]
    fn foreign_omegat_rows() {
        let back = from_omegat(
            Path::new("g.txt"),
            "طالبان\tTaliban\tarmed group\nكابل\tKabul\n",
        )
        .unwrap();
        assert_eq!(back[0].category, Category::Term);
        assert_eq!(back[0].note, "armed group");
        assert_eq!(back[1].note, "");
    }

    #[test]
    fn tbx_v2_is_read() {
        let tbx = r#"<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><descrip type="subjectField">place</descrip>
<langSet xml:lang="ar"><tig><term>كابل</term></tig></langSet>
<langSet lang="en-US"><ntig><termGrp><term>Kabul</term></termGrp></ntig></langSet>
</termEntry></body></text></martif>"#;
        let back = from_tbx(Path::new("v2.tbx"), tbx).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(
            (back[0].arabic.as_str(), back[0].english.as_str()),
            ("كابل", "Kabul")
        );
        assert_eq!(back[0].category, Category::Place);
        assert_eq!(back[0].origin.line, 4);
    }

    #[test]
    fn bad_tbx_names_the_line() {
        for (name, tbx, want) in [
            ("mismatched", "<tbx>\n<a></b></tbx>", "x.tbx:2: closing tag </b> does not match <a>"),
            ("unclosed", "<tbx>\n<a>", "x.tbx:2: <a> is never closed"),
            ("bad entity", "<tbx>\n&nbsp;</tbx>", "x.tbx:2: unknown entity '&nbsp;'"),
            ("no english", "<tbx>\n<conceptEntry><langSec xml:lang=\"ar\"><termSec><term>ا</term></termSec></langSec></conceptEntry></tbx>", "x.tbx:2: the concept has no english term"),
        ] {
            let err = from_tbx(Path::new("x.tbx"), tbx).unwrap_err().to_string();
            assert!(err.starts_with(want), "case '{name}': {err}");
        }
    }
}
