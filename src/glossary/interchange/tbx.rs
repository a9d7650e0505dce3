//! TBX (ISO 30042) export and import.
//!
//! TBX v3 (ISO 30042:2019), dialect TBX-Basic, DCA style, UTF-8, namespace
//! `urn:iso:std:iso:30042:ed-2`. One `conceptEntry` per entry (`id="c1"`, `c2`, …), holding:
//! * `<descrip type="subjectField">` — the dragoman category (`place`, `group`, …);
//! * `<note>` — the note, if any; `<admin type="source">` — the source, if any;
//! * `<admin type="guard">` — the entry's guard in the glossary's mini-syntax, if it has one
//!   (a data category of dragoman's own: other tools ignore it);
//! * `<langSec xml:lang="ar">` with one `termSec` per spelling: the headword first, marked
//!   `<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>`, then each
//!   variant, marked `admittedTerm-admn-sts`;
//! * `<langSec xml:lang="en">` with one `termSec`: the English, marked with the entry's status
//!   (`preferredTerm-admn-sts`, `admittedTerm-admn-sts`, or `deprecatedTerm-admn-sts` for a
//!   forbidden entry). On import the English term's status is the entry's status when the
//!   concept has no guard.
//!
//! Text is escaped by quick-xml (`&amp; &lt; &gt; &quot; &apos;`), and CR as `&#13;` so that it
//! survives XML's line-end normalization. Control characters other than tab and line breaks
//! cannot be written in XML 1.0 and make the export fail.
//!
//! The reader is quick-xml's: any well-formed XML 1.0 document (comments, CDATA, processing
//! instructions, a DOCTYPE, character references and the five predefined entities; other
//! entities are an error). It also accepts TBX v2 (`martif`, `termEntry`, `langSet`,
//! `tig`/`ntig`, `lang=` as well as `xml:lang=`). Errors name the file, line and column. A
//! concept without an Arabic or an English term is an error at its line; a concept without a
//! `subjectField` gets the category `term`.
//!
//! What it does *not* do: validation against the TBX-Basic schema (the test checks
//! well-formedness with `xmllint` when it is installed), or any TBX data category beyond the
//! ones above (others are ignored on import).

use std::path::Path;

use crate::error::{Error, Location, Result};
use crate::glossary::{Category, Entry, Guard, Status};

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
        if !e.guard.is_empty() {
            out.push_str(&format!(
                "        <admin type=\"guard\">{}</admin>\n",
                text(&e.guard.to_string())?
            ));
        }
        out.push_str("        <langSec xml:lang=\"ar\">\n");
        for (k, spelling) in e.spellings().enumerate() {
            let status = if k == 0 { PREFERRED } else { ADMITTED };
            term_sec(&mut out, &text(spelling)?, status);
        }
        out.push_str("        </langSec>\n        <langSec xml:lang=\"en\">\n");
        term_sec(&mut out, &text(&e.english)?, e.status().tbx());
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
    if let Some(c) = s.chars().find(|&c| {
        (c < '\u{20}' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
    }) {
        return Err(Error::parse(
            origin.clone(),
            format!(
                "the character U+{:04X} cannot be written in XML; remove it from the row",
                c as u32
            ),
        ));
    }
    Ok(quick_xml::escape::escape(s).replace('\r', "&#13;"))
}

/// Read the entries of a TBX document (v3 or v2, see the module docs).
pub fn from_tbx(path: &Path, text: &str) -> Result<Vec<Entry>> {
    let root = xml::parse(path, text)?;
    let mut out = Vec::new();
    let mut concepts = Vec::new();
    root.find_all(&["conceptEntry", "termEntry"], &mut concepts);
    for concept in concepts {
        let at = Location::new(path, concept.line, concept.column);
        let mut category = None;
        let mut note = Vec::new();
        let mut source = Vec::new();
        let mut guard: Option<Guard> = None;
        let mut english_status: Option<Status> = None;
        let mut arabic: Vec<(String, bool)> = Vec::new();
        let mut english: Vec<(String, bool)> = Vec::new();
        for child in &concept.children {
            match child.name.as_str() {
                "descrip" if child.attr("type") == Some("subjectField") => {
                    let name = child.text();
                    category = Some(name.trim().parse::<Category>().map_err(|e| {
                        Error::parse(Location::new(path, child.line, child.column), e)
                    })?);
                }
                "note" => note.push(child.text().trim().to_string()),
                "admin" if child.attr("type") == Some("source") => {
                    source.push(child.text().trim().to_string())
                }
                "admin" if child.attr("type") == Some("guard") => {
                    guard = Some(Guard::parse(child.text().trim()).map_err(|e| {
                        Error::parse(Location::new(path, child.line, child.column), e)
                    })?);
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
                        let status = notes
                            .iter()
                            .filter(|n| n.attr("type") == Some("administrativeStatus"))
                            .find_map(|n| Status::from_tbx(&n.text()));
                        let preferred = status == Some(Status::Preferred);
                        let t = term.text().trim().to_string();
                        if lang == "en" && english_status.is_none() {
                            english_status = status;
                        }
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
            guard: guard.unwrap_or_else(|| Guard {
                status: english_status.unwrap_or_default(),
                ..Guard::default()
            }),
            origin: at,
        });
    }
    Ok(out)
}

/// A small element tree read by quick-xml: enough for TBX as written by dragoman and common
/// TBX-Basic tools, and for TMX (read by `check`).
pub(crate) mod xml {
    use std::path::Path;

    use quick_xml::events::{BytesStart, Event};
    use quick_xml::Reader;

    use crate::error::{Error, Location, Result};

    #[derive(Debug, Default)]
    pub struct Element {
        pub name: String,
        pub attrs: Vec<(String, String)>,
        pub children: Vec<Element>,
        /// Text directly inside, concatenated.
        pub text: String,
        pub line: usize,
        pub column: usize,
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

    /// Locations in the document: line and column (1-based, the column in characters) of a
    /// byte offset, counted forward from the last offset asked for, so reading stays linear.
    struct Places<'s> {
        path: &'s Path,
        text: &'s str,
        line: usize,
        line_start: usize,
        counted: usize,
    }

    impl Places<'_> {
        fn at(&mut self, byte: u64) -> Location {
            let byte = (byte as usize).min(self.text.len());
            if byte < self.counted {
                (self.line, self.line_start, self.counted) = (1, 0, 0);
            }
            for i in memchr::memchr_iter(b'\n', &self.text.as_bytes()[self.counted..byte]) {
                self.line += 1;
                self.line_start = self.counted + i + 1;
            }
            self.counted = byte;
            let column = 1 + self
                .text
                .get(self.line_start..byte)
                .map_or(0, |s| s.chars().count());
            Location::new(self.path, self.line, column)
        }

        fn error(&mut self, byte: u64, message: impl std::fmt::Display) -> Error {
            Error::parse(
                self.at(byte),
                format!("{message}; the TBX file is not well-formed XML"),
            )
        }
    }

    /// Parse a document into its root element (namespace prefixes kept in names).
    pub fn parse(path: &Path, text: &str) -> Result<Element> {
        // Offsets are into the text after a byte-order mark.
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let mut places = Places {
            path,
            text,
            line: 1,
            line_start: 0,
            counted: 0,
        };
        let mut reader = Reader::from_str(text);
        let mut stack: Vec<Element> = vec![Element::default()];
        loop {
            let at = reader.buffer_position();
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(e) => return Err(places.error(reader.error_position(), e)),
            };
            let top = stack.last_mut().expect("the document");
            match event {
                Event::Start(tag) => {
                    let el = element(&tag, at, &mut places)?;
                    stack.push(el);
                }
                Event::Empty(tag) => top.children.push(element(&tag, at, &mut places)?),
                Event::End(_) => {
                    // quick-xml has checked that the names match.
                    let done = stack.pop().expect("an open element");
                    stack.last_mut().expect("its parent").children.push(done);
                }
                Event::Text(t) => {
                    let s = t.xml10_content().map_err(|e| places.error(at, e))?;
                    top.text.push_str(&s);
                }
                Event::CData(t) => {
                    let s = t.xml10_content().map_err(|e| places.error(at, e))?;
                    top.text.push_str(&s);
                }
                Event::GeneralRef(r) => {
                    let name = r.xml10_content().map_err(|e| places.error(at, e))?;
                    let c = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c),
                        Ok(None) => quick_xml::escape::resolve_predefined_entity(&name)
                            .and_then(|s| s.chars().next()),
                        Err(e) => return Err(places.error(at, e)),
                    };
                    match c {
                        Some(c) => top.text.push(c),
                        None => return Err(places.error(at, format!("unknown entity '&{name};'"))),
                    }
                }
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
        if stack.len() != 1 {
            let open = stack.pop().expect("an open element");
            return Err(Error::parse(
                Location::new(path, open.line, open.column),
                format!(
                    "<{}> is never closed; the file is cut short; the TBX file is not well-formed XML",
                    open.name
                ),
            ));
        }
        let mut doc = stack.pop().expect("the document");
        if doc.children.len() != 1 {
            return Err(places.error(
                text.len() as u64,
                "an XML document has exactly one root element",
            ));
        }
        Ok(doc.children.pop().expect("one root"))
    }

    /// The element a start tag at byte `at` opens, with its attributes unescaped.
    fn element(tag: &BytesStart, at: u64, places: &mut Places) -> Result<Element> {
        let name = String::from_utf8_lossy(tag.name().as_ref()).into_owned();
        let mut attrs = Vec::new();
        for attr in tag.attributes() {
            let attr = attr.map_err(|e| places.error(at, e))?;
            let key = String::from_utf8_lossy(attr.key.as_ref()).into_owned();
            // XML attribute-value normalization: references resolved, line breaks and tabs
            // as spaces.
            let value = attr
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| places.error(at, e))?;
            attrs.push((key, value.into_owned()));
        }
        let here = places.at(at);
        Ok(Element {
            name,
            attrs,
            line: here.line,
            column: here.column,
            ..Element::default()
        })
    }
}
