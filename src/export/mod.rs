//! The bilingual export: one row per sentence with its terms and facts in English.
//!
//! **In:** a [`Document`] and an [`Exporter`] (glossary matcher, normalization profile, fact
//! extractor, optional aligner). **Out:** rows appended to a byte buffer in the chosen
//! [`TableFormat`]; rendering is a pure function of the document, so documents can be
//! rendered in parallel and written in input order.
//!
//! # Protocol
//! Columns, in this order:
//!
//! | column | content |
//! |---|---|
//! | `doc_id` | file path relative to the input root, or the JSONL/CSV id |
//! | `sentence` | sentence number in the document, 1-based |
//! | `start`, `end` | Unicode code-point offsets of the sentence in the original document |
//! | `arabic` | the sentence as written |
//! | `normalized` | its normalization (`match` profile by default) |
//! | `english` | the aligned English sentence(s) when a translation was given, else empty (Arabic sentences a translator merged into one English sentence share it) |
//! | `english_gloss` | the English of its glossary terms in reading order, joined with ` · `; repeats dropped, and a gloss that a longer one of the row holds as whole words (Saudi beside Saudi Arabia); a term whose sense depends on its context (a `cue:` guard) or whose status is `admitted` ends in `?` |
//! | `terms` | `surface=english` pairs joined with `; ` |
//! | `facts` | `type: english` joined with `; `; a hedged fact ends with its cue: `(denied)` |
//!
//! CSV is RFC 4180 (see [`crate::table`]); with sanitizing on (the default), a cell that a
//! spreadsheet would run as a formula gets a leading `'` and bidi controls are written as
//! `<U+200F>`. JSONL carries the same fields with `terms` and `facts` as arrays of objects
//! with spans (code-point offsets into the document) and values.
//!
//! What it does *not* do: read files or decide the order of documents (see `input`, `batch`).

use std::borrow::Cow;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

use serde_json::json;

use crate::align::Aligner;
use crate::extract::{Analysis, Context, Extractor, Fact};
use crate::glossary::{Matcher, TermMatch};
use crate::input::Document;
use crate::normalize::Normalizer;
use crate::segment::Sentence;
use crate::span::{CharOffsets, Span};
use crate::table::{Cell, Found, Table, TableFormat, TextScan};

/// The export columns.
pub const COLUMNS: &[&str] = &[
    "doc_id",
    "sentence",
    "start",
    "end",
    "arabic",
    "normalized",
    "english",
    "english_gloss",
    "terms",
    "facts",
];

/// Counts for one document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub sentences: usize,
    pub terms: usize,
    pub facts: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.sentences += o.sentences;
        self.terms += o.terms;
        self.facts += o.facts;
    }
}

/// Renders documents as export rows. Build once; share across threads.
pub struct Exporter {
    matcher: Arc<Matcher>,
    extractor: Extractor,
    /// Built on the first document that has a translation (its term index costs start-up
    /// time that a run without translations does not need).
    aligner: std::sync::OnceLock<Aligner>,
    normalizer: Normalizer,
    table: Table,
    /// Reference date for relative dates when a document has none.
    date: Option<crate::extract::Date>,
    /// How documents use their line breaks (`Auto`: decided per document).
    layout: crate::segment::Layout,
    /// What the English of each glossary entry holds for a CSV/TSV cell ([`Found`]), looked
    /// at the first time a row has the entry: 0 not yet, else `1 | special << 1 | escape << 2`.
    english_found: Vec<AtomicU8>,
}

impl Exporter {
    pub fn new(matcher: Arc<Matcher>, normalizer: Normalizer, format: TableFormat) -> Exporter {
        let table = Table::new(format, COLUMNS);
        let entries = match format {
            TableFormat::Jsonl => 0,
            _ => matcher.glossary().entries().len(),
        };
        Exporter {
            english_found: (0..entries).map(|_| AtomicU8::new(0)).collect(),
            extractor: Extractor::new(matcher.clone()),
            aligner: std::sync::OnceLock::new(),
            matcher,
            normalizer,
            table,
            date: None,
            layout: crate::segment::Layout::Auto,
        }
    }

    /// The reference date for relative dates in documents that carry none (`--date`).
    pub fn with_date(mut self, date: Option<crate::extract::Date>) -> Exporter {
        self.date = date;
        self
    }

    /// How documents use their line breaks (`--layout`; `Auto`, the default, decides per
    /// document).
    pub fn with_layout(mut self, layout: crate::segment::Layout) -> Exporter {
        self.layout = layout;
        self
    }

    /// Cells written as they are, not sanitized for spreadsheets (`--raw`).
    pub fn raw(mut self, raw: bool) -> Exporter {
        self.table = self.table.raw(raw);
        self
    }

    /// The table the rows are written with (its header, format and columns).
    pub fn table(&self) -> &Table {
        &self.table
    }

    /// Rows of one document, appended to `out`. `english`: a translation of the whole
    /// document, aligned sentence by sentence into the `english` column.
    ///
    /// Fails only on a document date that is not `YYYY-MM-DD`.
    pub fn render(
        &self,
        doc: &Document,
        english: Option<&str>,
        out: &mut Vec<u8>,
    ) -> crate::Result<Counts> {
        let text = &doc.text;
        let reference_date = crate::extract::document_date(doc, self.date)?;
        let ctx = Context {
            reference_date,
            layout: self.layout,
        };
        // One pass through the shared stages; each sentence's `normalized` cell is its slice
        // of the document's normalization when the profile is `match`.
        let Analysis {
            sentences,
            norm: doc_norm,
            tokens,
            norm_spans,
            mut terms,
            facts,
            layout: _,
        } = self.extractor.analyze(text, &ctx);
        // The terms a reader is shown: no generic head noun before a name (the facts read all).
        self.extractor
            .matcher()
            .drop_head_nouns(&mut terms, &doc_norm, tokens.all());
        let english = match english {
            Some(en) => self.align(text, &sentences, en),
            None => Vec::new(),
        };
        // Rows take about twice the text (the `arabic` and `normalized` cells) plus the
        // rest, most of it terms and facts: room for that up front saves growing the buffer
        // step by step (and copying it each time).
        out.reserve(3 * text.len() + 256 + 64 * (terms.len() + facts.len()) + 32 * sentences.len());
        let norm_is_match = self.normalizer.rules() == crate::normalize::matcher().rules();
        // The `doc_id` cell is the same on every row: made once.
        // So are the `arabic` and `normalized` cells pieces of the text and of its
        // normalization: both are scanned once.
        let (id_field, scans) = match self.table.format() {
            TableFormat::Jsonl => (Vec::new(), None),
            _ => (
                self.table.field(&doc.id),
                Some((
                    self.table.scan_text(text),
                    norm_is_match.then(|| self.table.scan_text(&doc_norm.text)),
                )),
            ),
        };
        let mut offsets = CharOffsets::new(text);
        let mut t = 0;
        let mut f = 0;
        // The English of a row's terms, repeats dropped, and the words of those glosses:
        // buffers for all rows.
        let mut gloss = Gloss::default();
        for (i, s) in sentences.iter().enumerate() {
            let start_t = t;
            while t < terms.len() && terms[t].span.start < s.span.end {
                t += 1;
            }
            let start_f = f;
            while f < facts.len() && facts[f].sentence <= i {
                f += 1;
            }
            let normalized = if norm_is_match {
                let span = trim_spaces(doc_norm.text.as_bytes(), norm_spans[i]);
                Normalized::Piece(&doc_norm.text, span)
            } else {
                let mut own = self.normalizer.normalize_str(s.span.slice(text));
                // A sentence holds a line break only where hard-wrapped text was joined.
                if own.contains(['\n', '\r']) {
                    own = own.replace(['\n', '\r'], " ");
                }
                Normalized::Own(own)
            };
            let row = SentenceRow {
                doc,
                id_field: &id_field,
                scans: scans.as_ref(),
                normalized,
                index: i,
                sentence: s,
                terms: &terms[start_t..t],
                facts: &facts[start_f..f],
                english: english.get(i).map_or("", String::as_str),
            };
            self.row(&row, &mut offsets, &mut gloss, out);
        }
        Ok(Counts {
            sentences: sentences.len(),
            terms: terms.len(),
            facts: facts.len(),
        })
    }

    /// What the English of glossary entry `entry` holds for a CSV/TSV cell of this table.
    fn english_found(&self, entry: usize) -> Found {
        let slot = &self.english_found[entry];
        let mut bits = slot.load(Ordering::Relaxed);
        if bits == 0 {
            let english = self.matcher.glossary().entries()[entry].english.as_str();
            let found = self
                .table
                .scan_text(english)
                .found_in(Span::new(0, english.len()));
            bits = 1 | u8::from(found.special) << 1 | u8::from(found.escape) << 2;
            slot.store(bits, Ordering::Relaxed);
        }
        Found {
            special: bits & 2 != 0,
            escape: bits & 4 != 0,
        }
    }

    /// The English of each Arabic sentence (see `align::english_per_sentence`).
    pub fn align(&self, ar: &str, sentences: &[Sentence], en: &str) -> Vec<String> {
        let aligner = self
            .aligner
            .get_or_init(|| Aligner::new(Some(self.matcher.clone())));
        crate::align::english_per_sentence(aligner, ar, sentences, en)
    }

    fn row<'e>(
        &'e self,
        r: &SentenceRow,
        offsets: &mut CharOffsets,
        gloss: &mut Gloss<'e>,
        out: &mut Vec<u8>,
    ) {
        let text = &r.doc.text;
        let arabic = r.sentence.span.slice(text);
        let (start, end) = offsets.span(r.sentence.span);
        let entries = self.matcher.glossary().entries();
        gloss_of(entries, r.terms, &mut gloss.glosses, &mut gloss.words);
        let gloss = &gloss.glosses;
        // The text of the `english_gloss`, `terms` and `facts` cells, piece by piece: the
        // separators as constants (copied inline, not by a `memcpy` call each), the facts'
        // English as bytes (no UTF-8 check of an inline `Text`).
        let gloss_text = |out: &mut Vec<u8>| {
            for (k, g) in gloss.iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(" · ".as_bytes());
                }
                out.extend_from_slice(g.0.as_bytes());
                if !g.1.is_empty() {
                    out.extend_from_slice(g.1.as_bytes());
                }
            }
        };
        let terms_text = |out: &mut Vec<u8>| {
            for (k, m) in r.terms.iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(b"; ");
                }
                out.extend_from_slice(m.span.slice(text).as_bytes());
                out.push(b'=');
                out.extend_from_slice(entries[m.entry].english.as_bytes());
            }
        };
        let facts_text = |out: &mut Vec<u8>| {
            for (k, f) in r.facts.iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(b"; ");
                }
                out.extend_from_slice(f.kind.name().as_bytes());
                out.extend_from_slice(b": ");
                out.extend_from_slice(f.english.as_bytes());
                // A hedged fact says so: "casualties: 20 killed (denied)".
                if let Some(cue) = f.hedged {
                    out.extend_from_slice(b" (");
                    out.extend_from_slice(cue.as_bytes());
                    out.push(b')');
                }
            }
        };
        if self.table.format() != TableFormat::Jsonl {
            let mut w = self.table.row_writer(out);
            w.field(r.id_field);
            w.num((r.index + 1) as u64);
            w.num(start as u64);
            w.num(end as u64);
            let (text_scan, norm_scan) = r.scans.expect("CSV and TSV texts are scanned");
            w.piece(text, text_scan, r.sentence.span);
            match (&r.normalized, norm_scan) {
                (Normalized::Piece(norm, span), Some(scan)) => w.piece(norm, scan, *span),
                (n, _) => w.str(n.as_str()),
            }
            w.str(r.english);
            // What the row's English holds, and its surfaces (scanned with the text): the
            // `english_gloss` cell holds that English (what it drops is a repeat or a plain
            // word) and the `terms` cell both, with separators that never matter. Neither
            // is scanned again.
            let mut english = Found::default();
            let mut surfaces = Found::default();
            for m in r.terms {
                english |= self.english_found(m.entry);
                surfaces |= text_scan.found_in(m.span);
            }
            w.cell_found(gloss_text, english);
            english |= surfaces;
            w.cell_found(terms_text, english);
            w.cell(facts_text);
            w.finish();
            return;
        }
        // JSONL writes `terms` and `facts` as arrays; their text form is not used.
        self.table.row(
            out,
            &[
                Cell::from(r.doc.id.as_str()),
                Cell::from(r.index + 1),
                Cell::from(start),
                Cell::from(end),
                Cell::from(arabic),
                Cell::Str(Cow::Borrowed(r.normalized.as_str())),
                Cell::from(r.english),
                Cell::from({
                    let mut cell = Vec::new();
                    gloss_text(&mut cell);
                    String::from_utf8(cell).expect("glosses are UTF-8")
                }),
                Cell::Json {
                    json: self.terms_json(text, r.terms, offsets),
                    text: String::new(),
                },
                Cell::Json {
                    json: facts_json(text, r.facts, offsets),
                    text: String::new(),
                },
            ],
        );
    }

    fn terms_json(
        &self,
        text: &str,
        terms: &[TermMatch],
        offsets: &mut CharOffsets,
    ) -> serde_json::Value {
        let entries = self.matcher.glossary().entries();
        terms
            .iter()
            .map(|m| {
                let e = &entries[m.entry];
                let (start, end) = offsets.span(m.span);
                json!({
                    "start": start,
                    "end": end,
                    "surface": m.span.slice(text),
                    "arabic": e.arabic,
                    "english": e.english,
                    "category": e.category.name(),
                    "clitics": m.clitics,
                })
            })
            .collect()
    }
}

fn facts_json(text: &str, facts: &[Fact], offsets: &mut CharOffsets) -> serde_json::Value {
    facts
        .iter()
        .map(|f| {
            let (start, end) = offsets.span(f.span);
            let mut o = json!({
                "type": f.kind.name(),
                "start": start,
                "end": end,
                "arabic": f.span.slice(text),
                "value": f.value,
                "english": f.english,
                "rule": f.rule,
                "detail": f.detail,
            });
            if let Some(cue) = f.hedged {
                o["hedged"] = json!(cue);
            }
            o
        })
        .collect()
}

/// `span` of `text` without the spaces (U+0020) at its ends.
fn trim_spaces(text: &[u8], span: Span) -> Span {
    let (mut start, mut end) = (span.start, span.end);
    while start < end && text[start] == b' ' {
        start += 1;
    }
    while end > start && text[end - 1] == b' ' {
        end -= 1;
    }
    Span::new(start, end)
}

/// The buffers of [`gloss_of`], reused from row to row.
#[derive(Default)]
struct Gloss<'e> {
    glosses: Vec<(&'e str, &'static str)>,
    words: Vec<(usize, &'e [u8])>,
}

/// The `english_gloss` of a row's terms: each term's English in reading order with its mark
/// (`?` for a sense that depends on context: a `cue:` guard, or status `admitted`), repeats
/// dropped, and a one-word gloss dropped when a longer gloss of the row holds it as a word
/// (Saudi beside Saudi Arabia, Yemeni beside Republic of Yemen).
fn gloss_of<'e>(
    entries: &'e [crate::glossary::Entry],
    terms: &[TermMatch],
    gloss: &mut Vec<(&'e str, &'static str)>,
    words: &mut Vec<(usize, &'e [u8])>,
) {
    gloss.clear();
    for m in terms {
        let e = &entries[m.entry];
        let english = e.english.as_str();
        if gloss.iter().any(|g| g.0 == english) {
            continue;
        }
        let uncertain = !e.guard.cue.is_empty() || e.status() == crate::glossary::Status::Admitted;
        gloss.push((english, if uncertain { "?" } else { "" }));
    }
    drop_held_words(gloss, words);
}

/// Drop each gloss without a space that a longer gloss holds as a whole word (ASCII case
/// ignored; words are split at characters that are not alphanumeric). `words` is a buffer.
fn drop_held_words<'e>(
    gloss: &mut Vec<(&'e str, &'static str)>,
    words: &mut Vec<(usize, &'e [u8])>,
) {
    // Only a gloss without a space can be dropped, and only beside one with a space.
    let spaced = gloss.iter().filter(|g| g.0.contains(' ')).count();
    if spaced == 0 || spaced == gloss.len() {
        return;
    }
    // The words of every gloss of more than one, each with its gloss's length: split once
    // per row, not once per pair of glosses. (A gloss of one word is that word, and drops
    // no gloss: a word as long as it is no shorter gloss.) Most glosses are ASCII: split on
    // bytes.
    words.clear();
    for g in gloss.iter() {
        let long = g.0.len();
        let start = words.len();
        if g.0.is_ascii() {
            let split = g.0.as_bytes().split(|b| !b.is_ascii_alphanumeric());
            words.extend(split.map(|w| (long, w)));
        } else {
            let split = g.0.split(|c: char| !c.is_alphanumeric());
            words.extend(split.map(|w| (long, w.as_bytes())));
        }
        if words.len() == start + 1 {
            words.pop();
        }
    }
    // The lengths of the words (63 for longer ones), a bit each: most glosses are of a
    // length no word has, and are kept without comparing.
    let bit = |len: usize| 1u64 << len.min(63);
    let lengths = words.iter().fold(0, |m, (_, w)| m | bit(w.len()));
    gloss.retain(|g| {
        let g = g.0.as_bytes();
        lengths & bit(g.len()) == 0
            || g.contains(&b' ')
            || !words
                .iter()
                .any(|(long, w)| *long > g.len() && w.eq_ignore_ascii_case(g))
    });
}

/// The `normalized` cell: a piece of the document's normalization, or made for the sentence.
enum Normalized<'a> {
    Piece(&'a str, Span),
    Own(String),
}

impl Normalized<'_> {
    fn as_str(&self) -> &str {
        match self {
            Normalized::Piece(text, span) => span.slice(text),
            Normalized::Own(s) => s,
        }
    }
}

struct SentenceRow<'a> {
    doc: &'a Document,
    /// The `doc_id` cell made by [`Table::field`] (CSV/TSV).
    id_field: &'a [u8],
    /// The scans of the text and (`match` profile) of its normalization (CSV/TSV).
    scans: Option<&'a (TextScan, Option<TextScan>)>,
    normalized: Normalized<'a>,
    index: usize,
    sentence: &'a Sentence,
    terms: &'a [TermMatch],
    facts: &'a [Fact],
    english: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;
    use crate::normalize::Profile;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn exporter(raw: bool) -> &'static Exporter {
        static E: [OnceLock<Exporter>; 2] = [OnceLock::new(), OnceLock::new()];
        E[usize::from(raw)].get_or_init(|| {
            let matcher = Arc::new(Matcher::new(&Glossary::builtin()));
            Exporter::new(
                matcher,
                Normalizer::new(Profile::Match.rules()),
                TableFormat::Csv,
            )
            .raw(raw)
        })
    }

    #[test]
    fn english_gloss_reads() {
        // `(sentence, english_gloss)`: reading order, a word of a longer gloss dropped, a
        // cue-guarded sense marked.
        const ROWS: &[(&str, &str)] = &[
            (
                "زار وزير الخارجية السعودي باكستان",
                "visited · foreign minister · Saudi · Pakistan",
            ),
            ("قال قيادي في فتح إن حماس", "commander · Fatah? · Hamas"),
        ];
        let m = Matcher::new(&Glossary::builtin());
        for &(text, want) in ROWS {
            let terms = m.find(text);
            let (mut gloss, mut words) = (Vec::new(), Vec::new());
            gloss_of(m.glossary().entries(), &terms, &mut gloss, &mut words);
            let got: Vec<String> = gloss.iter().map(|g| format!("{}{}", g.0, g.1)).collect();
            assert_eq!(got.join(" · "), want, "{text}");
        }
        // Saudi beside Saudi Arabia is said once.
        let entries = Glossary::builtin();
        let find = |english: &str| {
            entries
                .entries()
                .iter()
                .position(|e| e.english == english)
                .unwrap()
        };
        let terms: Vec<TermMatch> = [find("Saudi Arabia"), find("Saudi")]
            .into_iter()
            .map(|entry| TermMatch {
                span: crate::span::Span::new(0, 1),
                core: crate::span::Span::new(0, 1),
                entry,
                clitics: String::new(),
            })
            .collect();
        let (mut gloss, mut words) = (Vec::new(), Vec::new());
        gloss_of(entries.entries(), &terms, &mut gloss, &mut words);
        assert_eq!(gloss, [("Saudi Arabia", "")]);
    }

    #[test]
    fn glosses_held_as_words_are_dropped() {
        // (glosses of a row, those kept)
        const ROWS: &[(&[&str], &[&str])] = &[
            (&["Saudi", "Saudi Arabia"], &["Saudi Arabia"]),
            (
                &["saudi", "Saudi Arabia", "Riyadh"],
                &["Saudi Arabia", "Riyadh"],
            ),
            // A part of a word is no word; a longer one-word gloss drops nothing.
            (
                &["Saud", "Saudi Arabia", "Saudis"],
                &["Saud", "Saudi Arabia", "Saudis"],
            ),
            // Hyphens and apostrophes separate words, in glosses with and without spaces.
            (&["Qaeda", "al-Qaeda network"], &["al-Qaeda network"]),
            (
                &["Qaeda", "al-Qaeda", "Islamic State"],
                &["al-Qaeda", "Islamic State"],
            ),
            // Glosses with spaces are never dropped; nothing is dropped without one.
            (
                &["Red Sea", "the Red Sea coast"],
                &["Red Sea", "the Red Sea coast"],
            ),
            (&["Gaza", "Gaza-Israel"], &["Gaza", "Gaza-Israel"]),
            // Non-ASCII glosses split on Unicode letters.
            (&["Sanaa", "Ṣanʿāʾ Sanaa"], &["Ṣanʿāʾ Sanaa"]),
            (&["Ṣan", "Ṣan ʿāʾ"], &["Ṣan ʿāʾ"]),
        ];
        for &(glosses, kept) in ROWS {
            let mut gloss: Vec<(&str, &str)> = glosses.iter().map(|&g| (g, "")).collect();
            drop_held_words(&mut gloss, &mut Vec::new());
            let got: Vec<&str> = gloss.iter().map(|g| g.0).collect();
            assert_eq!(got, kept, "{glosses:?}");
        }
    }

    /// Glossary English with a comma (quoted) beside plain English, in rows written before
    /// and after the exporter has looked at those entries: the same bytes, and the cells
    /// parse back (debug builds also check each cell's claimed contents against a scan).
    #[test]
    fn glosses_with_commas_are_quoted_whoever_asks_first() {
        const TEXTS: &[(&str, &str)] = &[
            (
                "قالت وزارة البيئة والمياه والزراعة إن باكستان وافقت.",
                "Environment, Water and Agriculture Ministry",
            ),
            (
                "أعلنت هيئة الزكاة والضريبة والجمارك عن نظام جديد في الرياض.",
                "Zakat, Tax and Customs Authority",
            ),
        ];
        let e = Exporter::new(
            Arc::new(Matcher::new(&Glossary::builtin())),
            Normalizer::new(Profile::Match.rules()),
            TableFormat::Csv,
        );
        for &(text, english) in TEXTS {
            let mut first = Vec::new();
            e.render(&doc(text), None, &mut first).unwrap();
            let mut again = Vec::new();
            e.render(&doc(text), None, &mut again).unwrap();
            assert_eq!(first, again, "{text}");
            let row = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(&first[..])
                .records()
                .next()
                .unwrap()
                .unwrap();
            assert!(row[7].contains(english), "{:?}", &row[7]);
            assert!(row[8].contains(&format!("={english}")), "{:?}", &row[8]);
        }
    }

    fn doc(text: &str) -> Document {
        Document {
            id: "d".into(),
            text: text.into(),
            ..Document::default()
        }
    }

    fn texty() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            3 => "(و|ب|لـ)?(مقتل|قال|«|»|داعش|باكستان|مايو|2021|٣٫٥|=|\\+|-|@|\"|,|\\.|،|\n|\u{200F}|\u{202E}|\t)",
            2 => " ",
            1 => "[\u{0621}-\u{064A}]{1,6}",
            1 => any::<String>(),
        ];
        proptest::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever the text, the CSV parses back into one 10-column row per sentence, and
        /// (raw) `text[start:end]` in code points is the `arabic` cell.
        #[test]
        fn rows_parse_back_and_point_at_their_sentences(s in texty()) {
            let d = doc(&s);
            let chars: Vec<char> = s.chars().collect();
            for raw in [false, true] {
                let e = exporter(raw);
                let mut out = e.table.header();
                let counts = e.render(&d, None, &mut out).unwrap();
                let mut reader = csv::Reader::from_reader(&out[..]);
                let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
                prop_assert_eq!(rows.len(), counts.sentences);
                for row in &rows {
                    prop_assert_eq!(row.len(), COLUMNS.len());
                    if raw {
                        let (a, b): (usize, usize) = (row[2].parse().unwrap(), row[3].parse().unwrap());
                        let slice: String = chars[a..b].iter().collect();
                        prop_assert_eq!(&slice, &row[4]);
                    } else {
                        prop_assert!(!row.iter().any(|c| c.chars().any(crate::table::is_bidi_control)));
                    }
                }
            }
        }
    }
}
