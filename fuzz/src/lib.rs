//! The fuzz targets of dragoman, written once for two runners.
//!
//! Each `pub fn TARGET(data: &[u8])` feeds `data` to one stage and checks the stage's documented
//! invariants; a broken invariant panics with the input escaped. Two runners call them:
//!
//! * libFuzzer (`fuzz_targets/TARGET.rs`, `cargo fuzz run TARGET`, nightly, coverage-guided);
//! * the stable smoke runner (`src/bin/smoke.rs`): each target over its corpus, then over
//!   random mutations for a few seconds.
//!
//! Inputs that hold several parts (a text and a glossary, a document and its translation) are
//! cut at the first `0xFF` byte ([`SEP`]), which never occurs in UTF-8: text before it, the
//! second part after it. Bytes that are not UTF-8 become U+FFFD (the stages take `&str`),
//! except in the file readers, which get the bytes as they are.
//!
//! Targets: [`normalize`], [`segment`], [`tokens`], [`matcher`], [`extract`], [`export`],
//! [`jsonl`], [`csv_input`], [`tbx`], [`tmx`], [`glossary_csv`]; [`TARGETS`] lists them.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use dragoman::Sentence;
use dragoman::Span;
use dragoman::{Analysis, Context, Date, Extractor};
use dragoman::{Category, Entry, Glossary, Matcher, TermMatch};
use dragoman::{InputFormat, InputOptions};
use dragoman::{Kind, Tokens};
use dragoman::{Normalizer, Profile, Rule};

/// A target: its name (of its `fuzz_targets/` file and corpus directory) and its body.
pub type Target = (&'static str, fn(&[u8]));

/// Every target.
pub const TARGETS: &[Target] = &[
    ("normalize", normalize),
    ("segment", segment),
    ("tokens", tokens),
    ("matcher", matcher),
    ("extract", extract),
    ("export", export),
    ("jsonl", jsonl),
    ("csv_input", csv_input),
    ("tbx", tbx),
    ("tmx", tmx),
    ("glossary_csv", glossary_csv),
];

/// Separates the parts of an input (see the crate docs).
pub const SEP: u8 = 0xFF;

/// The first part of `data` and the second, if there is a [`SEP`].
fn parts(data: &[u8]) -> (&[u8], Option<&[u8]>) {
    match data.iter().position(|&b| b == SEP) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    }
}

fn text(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// `s` with escapes, cut to a length a panic message can show.
fn esc(s: &str) -> String {
    let e = s.escape_debug().to_string();
    if e.len() > 2000 {
        let mut cut = 2000;
        while !e.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}… ({} bytes)", &e[..cut], s.len())
    } else {
        e
    }
}

/// `span` lies in `text` on char boundaries.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds of {} bytes in {}",
        text.len(),
        esc(text)
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries in {}",
        esc(text)
    );
}

/// The char boundaries of `s`, its end included.
fn boundaries(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.char_indices().map(|(i, _)| i).chain([s.len()])
}

/// The normalizers the normalize target runs: both profiles and a few other rule sets.
fn normalizers() -> &'static [(&'static str, Normalizer)] {
    static N: OnceLock<Vec<(&'static str, Normalizer)>> = OnceLock::new();
    N.get_or_init(|| {
        vec![
            ("clean", Normalizer::new(Profile::Clean.rules())),
            ("match", Normalizer::new(Profile::Match.rules())),
            (
                "match+hamza-seats",
                Normalizer::new(Profile::Match.rules().with(Rule::HamzaSeats)),
            ),
            (
                "match-nfc",
                Normalizer::new(Profile::Match.rules().without(Rule::Nfc)),
            ),
        ]
    })
}

/// The built-in glossary's matcher and an extractor over it, built once.
fn builtin() -> &'static (Arc<Matcher>, Extractor) {
    static B: OnceLock<(Arc<Matcher>, Extractor)> = OnceLock::new();
    B.get_or_init(|| {
        let m = Arc::new(Matcher::new(&Glossary::builtin()));
        (m.clone(), Extractor::new(m))
    })
}

/// Normalization with every profile: idempotent, `normalize_str` agrees, `\n` kept, and the
/// offset map sends every normalized position and span into the original on char boundaries,
/// in order; original spans go to normalized spans on char boundaries.
pub fn normalize(data: &[u8]) {
    let s = text(data);
    for (name, n) in normalizers() {
        let out = n.normalize(&s);
        let again = n.normalize(&out.text);
        assert!(
            again.text == out.text,
            "{name}: not idempotent: {} → {} → {}",
            esc(&s),
            esc(&out.text),
            esc(&again.text)
        );
        assert_eq!(
            n.normalize_str(&s),
            out.text,
            "{name}: normalize_str differs"
        );
        assert_eq!(
            s.matches('\n').count(),
            out.text.matches('\n').count(),
            "{name}: line breaks added or removed in {}",
            esc(&s)
        );
        let map = &out.map;
        let (mut last_start, mut last_end) = (0, 0);
        let mut prev = None;
        let mut cursor = map.cursor();
        for i in boundaries(&out.text) {
            let (a, b) = (map.start(i), map.end(i));
            for o in [a, b] {
                assert!(
                    o <= s.len() && s.is_char_boundary(o),
                    "{name}: normalized offset {i} maps to {o}, not a char boundary of {}",
                    esc(&s)
                );
            }
            assert!(
                a >= last_start && b >= last_end,
                "{name}: offset map not monotone at {i} in {}",
                esc(&s)
            );
            (last_start, last_end) = (a, b);
            if let Some(p) = prev {
                // Each character of the normalized text, alone, in order through a cursor.
                let span = Span::new(p, i);
                let orig = map.to_original(span);
                check_span(
                    &s,
                    orig,
                    &format!("{name}: original of normalized {span:?}"),
                );
                assert_eq!(cursor.to_original(span), orig, "{name}: cursor differs");
            }
            prev = Some(i);
        }
        let whole = map.to_original(Span::new(0, out.text.len()));
        check_span(&s, whole, &format!("{name}: original of the whole text"));
        // Original spans (the sentences) to normalized spans.
        let sentences: Vec<Span> = dragoman::segment(&s).iter().map(|x| x.span).collect();
        let each: Vec<Span> = map.to_normalized_each(sentences.iter().copied()).collect();
        for (sp, ns) in sentences.iter().zip(&each) {
            assert_eq!(
                map.to_normalized(*sp),
                *ns,
                "{name}: to_normalized_each differs"
            );
            check_span(
                &out.text,
                *ns,
                &format!("{name}: normalized span of {sp:?}"),
            );
        }
    }
}

/// Segmentation: sentences in order, non-empty, without a line break or whitespace at their
/// ends; the gaps between them whitespace and invisible marks only, so that sentences and gaps
/// join back to the input.
pub fn segment(data: &[u8]) {
    let s = text(data);
    check_sentences(&s, &dragoman::segment(&s), &[]);
    // Read in its own layout, the sentences hold line breaks only where the layout reads a
    // wrap (a space).
    let seg = dragoman::segment_as(&s, dragoman::Layout::Auto);
    check_sentences(&s, &seg.sentences, &seg.wraps);
}

/// `wraps`: the byte offsets of the line breaks the layout reads as spaces.
fn check_sentences(s: &str, sentences: &[Sentence], wraps: &[usize]) {
    let is_trim = |c: char| c.is_whitespace() || dragoman::is_invisible(c);
    let mut joined = String::with_capacity(s.len());
    let mut pos = 0;
    for x in sentences {
        check_span(s, x.span, "sentence");
        assert!(
            x.span.start >= pos && !x.span.is_empty(),
            "sentence {:?} empty, overlapping or out of order in {}",
            x.span,
            esc(s)
        );
        let gap = &s[pos..x.span.start];
        assert!(
            gap.chars().all(is_trim),
            "the gap before {:?} holds text: {}",
            x.span,
            esc(gap)
        );
        let body = x.span.slice(s);
        assert!(
            !body.starts_with(char::is_whitespace) && !body.ends_with(char::is_whitespace),
            "sentence {:?} starts or ends with whitespace: {}",
            x.span,
            esc(body)
        );
        assert!(
            body.char_indices()
                .all(|(i, c)| !dragoman::is_line_break(c) || wraps.contains(&(x.span.start + i))),
            "sentence {:?} crosses a line break: {}",
            x.span,
            esc(body)
        );
        joined.push_str(gap);
        joined.push_str(body);
        pos = x.span.end;
    }
    let tail = &s[pos..];
    assert!(
        tail.chars().all(is_trim),
        "text after the last sentence: {}",
        esc(tail)
    );
    joined.push_str(tail);
    assert!(
        joined == s,
        "sentences and gaps do not join back to {}",
        esc(s)
    );
}

/// The token stage: tokens in order inside their sentences (normalized and original spans), on
/// char boundaries, non-empty, no whitespace; numbers are ASCII digits with `.`/`,` between
/// digits; the words are what `tokens::words` gives when no word crosses a sentence.
pub fn tokens(data: &[u8]) {
    let s = text(data);
    let (_, ex) = builtin();
    let sentences = dragoman::segment(&s);
    let norm = dragoman::match_normalizer().normalize(&s);
    let norm_spans: Vec<Span> = norm
        .map
        .to_normalized_each(sentences.iter().map(|x| x.span))
        .collect();
    let toks = ex.tokenize(&s, &norm, &sentences, &norm_spans);
    check_tokens(&s, &norm.text, &sentences, &norm_spans, &toks);
    let whole: Vec<&str> = dragoman::words(&norm.text).collect();
    let by_sentence: Vec<&str> = toks
        .all()
        .iter()
        .filter(|t| t.kind != Kind::Punct)
        .map(|t| t.norm().slice(&norm.text))
        .collect();
    // A word cut by a sentence boundary is two words of the stage but one of `words`: the
    // segmenter never cuts inside a word, so the two agree.
    assert!(
        by_sentence == whole,
        "the words of the sentences differ from the words of the text in {}",
        esc(&s)
    );
}

fn check_tokens(s: &str, norm: &str, sentences: &[Sentence], norm_spans: &[Span], t: &Tokens) {
    assert_eq!(
        t.sentences(),
        sentences.len(),
        "one token range per sentence"
    );
    let mut last = 0;
    for (k, x) in sentences.iter().enumerate() {
        check_span(norm, norm_spans[k], "normalized sentence");
        for tok in t.sentence(k) {
            let (n, o) = (tok.norm(), tok.orig());
            check_span(norm, n, "token (normalized)");
            check_span(s, o, "token (original)");
            assert!(
                norm_spans[k].contains(n) && x.span.contains(o),
                "token {n:?}/{o:?} outside sentence {:?}/{:?} in {}",
                norm_spans[k],
                x.span,
                esc(s)
            );
            assert!(
                n.start >= last && !n.is_empty(),
                "token {n:?} empty or out of order in {}",
                esc(s)
            );
            last = n.end;
            let w = n.slice(norm);
            assert!(
                !w.contains(char::is_whitespace),
                "token {} holds whitespace",
                esc(w)
            );
            if tok.kind == Kind::Num {
                let b = w.as_bytes();
                let ok = b.first().is_some_and(u8::is_ascii_digit)
                    && b.last().is_some_and(u8::is_ascii_digit)
                    && b.iter()
                        .all(|c| c.is_ascii_digit() || *c == b'.' || *c == b',');
                assert!(ok, "number token {} in {}", esc(w), esc(s));
            }
        }
    }
}

/// Term matches in order, not overlapping, on char boundaries, the core inside the surface,
/// the entry in the glossary.
fn check_terms(s: &str, terms: &[TermMatch], entries: usize) {
    let mut last = 0;
    for m in terms {
        check_span(s, m.span, "term");
        check_span(s, m.core, "term core");
        assert!(
            m.span.start >= last && !m.span.is_empty(),
            "term {:?} empty, overlapping or out of order in {}",
            m.span,
            esc(s)
        );
        assert!(
            m.span.contains(m.core),
            "core {:?} outside term {:?} in {}",
            m.core,
            m.span,
            esc(s)
        );
        assert!(m.entry < entries, "entry {} of {entries}", m.entry);
        last = m.span.end;
    }
}

/// The glossary of a matcher input: after [`SEP`], one entry a line, `arabic|variant|…=english`
/// (category by line number, through all categories); without it, the built-in glossary.
fn glossary_of(part: &[u8]) -> Glossary {
    let mut entries = Vec::new();
    for (i, line) in text(part).lines().enumerate() {
        let (ar, en) = line.split_once('=').unwrap_or((line, "x"));
        let mut spellings = ar.split('|');
        let arabic = spellings.next().unwrap_or_default().to_string();
        entries.push(Entry {
            arabic,
            english: en.to_string(),
            category: Category::ALL[i % Category::ALL.len()],
            variants: spellings.map(String::from).collect(),
            note: String::new(),
            source: String::new(),
            origin: dragoman::Location::new("fuzz.csv", i + 1, 0),
            guard: Default::default(),
        });
    }
    Glossary::from_entries(entries)
}

/// The glossary matcher, over the built-in glossary or one given after [`SEP`] (see
/// [`glossary_of`]): [`check_terms`] for `find`, for `find_tokens` on the token stage, and for
/// `lookup` of each word.
pub fn matcher(data: &[u8]) {
    let (doc, gloss) = parts(data);
    let s = text(doc);
    let own;
    let m: &Matcher = match gloss {
        Some(g) => {
            own = Matcher::new(&glossary_of(g));
            &own
        }
        None => &builtin().0,
    };
    let entries = m.glossary().len();
    let found = m.find(&s);
    check_terms(&s, &found, entries);
    let norm = dragoman::match_normalizer().normalize(&s);
    // `find` is `find_normalized` with the letters the fold erased read back in `s`.
    let mut via_norm = m.find_normalized(&norm);
    m.drop_folded_letters(&s, &mut via_norm);
    assert_eq!(
        via_norm, found,
        "find_normalized and drop_folded_letters differ from find"
    );
    let sentences = dragoman::segment(&s);
    let norm_spans: Vec<Span> = norm
        .map
        .to_normalized_each(sentences.iter().map(|x| x.span))
        .collect();
    let toks = builtin().1.tokenize(&s, &norm, &sentences, &norm_spans);
    check_terms(&s, &m.find_tokens(&norm, toks.all()), entries);
    for w in s.split_whitespace().take(50) {
        check_terms(w, &m.lookup(w), entries);
    }
}

/// `Extractor::analyze`, with a reference date for inputs of odd length: sentences, tokens and
/// terms as in their own targets; facts sorted by start, on char boundaries, each inside its
/// sentence.
pub fn extract(data: &[u8]) {
    let s = text(data);
    let (_, ex) = builtin();
    let reference_date = (data.len() % 2 == 1)
        .then(|| Date::new(2024, 2, 29))
        .flatten();
    let a: Analysis = ex.analyze(
        &s,
        &Context {
            reference_date,
            ..Context::default()
        },
    );
    let seg = dragoman::segment_as(&s, dragoman::Layout::Auto);
    assert_eq!(
        a.sentences, seg.sentences,
        "analyze reads the layout segment_as reads"
    );
    check_sentences(&s, &a.sentences, &seg.wraps);
    check_tokens(&s, &a.norm.text, &a.sentences, &a.norm_spans, &a.tokens);
    check_terms(&s, &a.terms, ex.matcher().glossary().len());
    let mut last = 0;
    for f in &a.facts {
        check_span(&s, f.span, f.kind.name());
        assert!(
            f.span.start >= last,
            "facts not sorted by start at {} {:?} in {}",
            f.kind.name(),
            f.span,
            esc(&s)
        );
        last = f.span.start;
        let sentence = a.sentences.get(f.sentence).unwrap_or_else(|| {
            panic!(
                "{} fact in sentence {} of {}",
                f.kind.name(),
                f.sentence,
                a.sentences.len()
            )
        });
        assert!(
            sentence.span.contains(f.span),
            "{} fact {:?} outside its sentence {:?} in {}",
            f.kind.name(),
            f.span,
            sentence.span,
            esc(&s)
        );
    }
}

/// The bilingual CSV export of a document (a translation after [`SEP`], aligned into the
/// `english` column) parses back with the `csv` crate: the header and one row of ten cells per
/// sentence, numbered 1…n; no cell starts a formula or holds a bidi control.
pub fn export(data: &[u8]) {
    use dragoman::TableFormat;
    use dragoman::{Exporter, EXPORT_COLUMNS as COLUMNS};
    static E: OnceLock<Exporter> = OnceLock::new();
    let exporter = E.get_or_init(|| {
        Exporter::new(
            builtin().0.clone(),
            Normalizer::new(Profile::Match.rules()),
            TableFormat::Csv,
        )
    });
    let (doc, en) = parts(data);
    let doc = dragoman::Document {
        id: "=fuzz\u{202E}".into(),
        text: text(doc).into_owned(),
        ..Default::default()
    };
    let en = en.map(text);
    let mut out = exporter.table().header();
    let counts = exporter
        .render(&doc, en.as_deref(), &mut out)
        .expect("render fails only on a bad document date");
    let sentences = dragoman::segment_as(&doc.text, dragoman::Layout::Auto)
        .sentences
        .len();
    assert_eq!(counts.sentences, sentences, "counted sentences");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(&out[..]);
    let header = reader.headers().expect("the header parses").clone();
    assert_eq!(header.iter().collect::<Vec<_>>(), COLUMNS, "the header");
    let mut rows = 0;
    for (i, record) in reader.records().enumerate() {
        let record = record.unwrap_or_else(|e| {
            panic!(
                "row {} does not parse back: {e}\n{}",
                i + 1,
                esc(&String::from_utf8_lossy(&out))
            )
        });
        assert_eq!(
            record.len(),
            COLUMNS.len(),
            "row {} has {} cells",
            i + 1,
            record.len()
        );
        assert_eq!(
            &record[1],
            (i + 1).to_string(),
            "sentence number of row {}",
            i + 1
        );
        for cell in record.iter() {
            let b = cell.as_bytes();
            let formula = b.len() > 1 && matches!(b[0], b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r');
            assert!(!formula, "a cell starts a formula: {}", esc(cell));
            assert!(
                !cell.chars().any(dragoman::is_bidi_control),
                "a cell holds a bidi control: {}",
                esc(cell)
            );
        }
        rows += 1;
    }
    assert_eq!(
        rows,
        sentences,
        "rows of the export CSV vs sentences of {}",
        esc(&doc.text)
    );
}

/// A file of the fuzz input for the readers that take paths: one per process and target,
/// removed when read.
struct TempFile(PathBuf);

impl TempFile {
    fn new(ext: &str, data: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("dragoman-fuzz-{}.{ext}", std::process::id()));
        std::fs::write(&path, data).expect("writing the temporary input");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The JSON Lines reader: one item (document or located error) per line that is not blank, in
/// order, each at its line; a document's text is the line's `text` field.
pub fn jsonl(data: &[u8]) {
    let file = TempFile::new("jsonl", data);
    let opts = InputOptions {
        format: InputFormat::Jsonl,
        ..InputOptions::default()
    };
    let items: Vec<_> = dragoman::read_inputs(std::slice::from_ref(&file.0), &opts).collect();
    let lines: Vec<(usize, &[u8])> = data
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
        .collect();
    // A file that reads as UTF-16 (a byte-order mark, or NULs between letters) is refused
    // whole, with one error.
    if let [Err(e)] = items.as_slice() {
        if e.to_string().contains("UTF-16") {
            return;
        }
    }
    assert_eq!(
        items.len(),
        lines.len(),
        "items vs non-blank lines of {}",
        esc(&String::from_utf8_lossy(data))
    );
    for (item, (line, bytes)) in items.iter().zip(&lines) {
        let Ok(doc) = item else { continue };
        assert_eq!(doc.origin.line, *line, "line of a document");
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        // A field the reader ignores may hold a lone surrogate escape (`"\ud800"`): JSON's
        // grammar allows it, serde_json's `Value` cannot hold it. Nothing to compare then.
        let Ok(v) = serde_json::from_slice::<serde_json::Value>(bytes) else {
            continue;
        };
        assert_eq!(
            v["text"].as_str(),
            Some(doc.text.as_str()),
            "text of line {line}"
        );
    }
}

/// The CSV reader (header with a `text` column): reading ends, with at most one item per
/// line, each document at a line of the file; reading twice gives the same.
pub fn csv_input(data: &[u8]) {
    let file = TempFile::new("csv", data);
    let read = || -> Vec<String> {
        dragoman::read_inputs(std::slice::from_ref(&file.0), &InputOptions::default())
            .map(|item| match item {
                Ok(d) => format!("ok {} {} {:?}", d.origin.line, d.id, d.text),
                Err(e) => format!("err {e}"),
            })
            .collect()
    };
    let items = read();
    let lines = 1 + data.iter().filter(|&&b| b == b'\n' || b == b'\r').count();
    assert!(
        items.len() <= lines,
        "{} items from {lines} lines of {}",
        items.len(),
        esc(&String::from_utf8_lossy(data))
    );
    for item in &items {
        if let Some(rest) = item.strip_prefix("ok ") {
            let line: usize = rest
                .split(' ')
                .next()
                .and_then(|l| l.parse().ok())
                .expect("a line");
            // Not `line >= 2` (after the header): the csv crate places a record after a CRLF
            // or a blank line at the line before (BurntSushi/rust-csv#395, #208), so the
            // first record after a CRLF header is at line 1. Reported with issue 14.
            assert!(
                line >= 1 && line <= lines,
                "a record at line {line} of {lines}"
            );
        }
    }
    assert_eq!(read(), items, "reading twice differs");
}

/// The entries without their origin, for comparing round trips.
#[allow(clippy::type_complexity)]
fn bare(entries: &[Entry]) -> Vec<(&str, &str, Category, &[String], &str, &str)> {
    entries
        .iter()
        .map(|e| {
            (
                e.arabic.as_str(),
                e.english.as_str(),
                e.category,
                &e.variants[..],
                e.note.as_str(),
                e.source.as_str(),
            )
        })
        .collect()
}

fn trimmed(e: &Entry) -> bool {
    let t = |s: &str| s.trim() == s;
    t(&e.arabic) && t(&e.english) && t(&e.note) && t(&e.source) && e.variants.iter().all(|v| t(v))
}

/// Each entry has its Arabic and English, trimmed, and an origin in the file.
fn check_entries(entries: &[Entry], lines: usize) {
    for e in entries {
        assert!(
            !e.arabic.is_empty() && !e.english.is_empty(),
            "an entry without arabic or english: {e:?}"
        );
        assert!(
            e.arabic.trim() == e.arabic && e.english.trim() == e.english,
            "untrimmed entry {e:?}"
        );
        assert!(
            e.origin.line <= lines,
            "origin line {} of {lines}",
            e.origin.line
        );
    }
}

/// The TBX reader (`glossary import`): entries complete and trimmed; when they can be written
/// back (`to_tbx`), reading that gives the same entries (the module's round-trip promise).
pub fn tbx(data: &[u8]) {
    use dragoman::interchange::{from_tbx, to_tbx};
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.tbx");
    let Ok(entries) = from_tbx(path, s) else {
        return;
    };
    check_entries(&entries, 1 + s.matches('\n').count());
    if !entries.iter().all(trimmed) {
        return;
    }
    let Ok(written) = to_tbx(&entries) else {
        return;
    };
    let back = from_tbx(path, &written)
        .unwrap_or_else(|e| panic!("to_tbx output does not read back: {e}\n{}", esc(&written)));
    assert_eq!(bare(&back), bare(&entries), "TBX round trip of {}", esc(s));
}

/// The TMX writer, read back with quick-xml as a conforming XML 1.0 reader sees it (the
/// library has no TMX reader): the document is well-formed; each `<seg>` holds its text with
/// the characters XML forbids removed and line breaks as spaces; a `<prop>` and the `tuid`
/// attribute hold their values with those characters removed. Parts, cut at [`SEP`]s: Arabic,
/// English, a property value, a tuid.
pub fn tmx(data: &[u8]) {
    use dragoman::tmx;
    use quick_xml::events::Event;
    let mut split = data.split(|&b| b == SEP).map(text);
    let mut next = |default: &'static str| split.next().unwrap_or(Cow::Borrowed(default));
    let (ar, en, prop, tuid) = (next(""), next(""), next("0.5"), next("doc.txt:1"));
    let props = [("x-score", &*prop)];
    let mut out = tmx::header().into_bytes();
    tmx::unit(
        &mut out,
        &tmx::Unit {
            tuid: &tuid,
            arabic: &ar,
            english: &en,
            props: &props,
        },
    );
    out.extend_from_slice(tmx::footer().as_bytes());
    let xml = String::from_utf8(out).expect("TMX is UTF-8");
    let allowed = |s: &str| -> String {
        s.chars()
            .filter(|&c| {
                matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
            })
            .collect()
    };
    let one_line = |s: &str| allowed(&s.replace("\r\n", " ").replace(['\n', '\r'], " "));
    let mut reader = quick_xml::Reader::from_str(&xml);
    // Open elements (name, text directly inside); closed ones in `texts`, in closing order.
    let mut open: Vec<(String, String)> = Vec::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut tuids = Vec::new();
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("TMX not well-formed: {e}\n{}", esc(&xml)));
        match event {
            Event::Start(t) => {
                let name = String::from_utf8_lossy(t.name().as_ref()).into_owned();
                if name == "tu" {
                    for a in t.attributes() {
                        let a = a.unwrap_or_else(|e| panic!("an attribute: {e}\n{}", esc(&xml)));
                        if a.key.as_ref() == b"tuid" {
                            let v = a
                                .normalized_value(quick_xml::XmlVersion::Explicit1_0)
                                .unwrap_or_else(|e| panic!("tuid: {e}\n{}", esc(&xml)));
                            tuids.push(v.into_owned());
                        }
                    }
                }
                open.push((name, String::new()));
            }
            Event::End(_) => texts.push(open.pop().expect("quick-xml checks end tags")),
            Event::Text(t) => {
                let s = t.xml10_content().expect("text decodes");
                if let Some(last) = open.last_mut() {
                    last.1.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                let n = r.xml10_content().expect("a reference decodes");
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&n)
                        .unwrap_or_else(|| panic!("unknown entity &{n}; in {}", esc(&xml)))
                        .to_string(),
                };
                if let Some(last) = open.last_mut() {
                    last.1.push_str(&c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "unclosed elements in {}", esc(&xml));
    let segs: Vec<&str> = texts
        .iter()
        .filter(|(n, _)| n == "seg")
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        segs,
        [one_line(&ar), one_line(&en)],
        "seg texts of {}",
        esc(&xml)
    );
    let prop_text = texts
        .iter()
        .find(|(n, _)| n == "prop")
        .map(|(_, t)| t.as_str());
    assert_eq!(
        prop_text,
        Some(&*allowed(&prop)),
        "prop text of {}",
        esc(&xml)
    );
    assert_eq!(tuids, [allowed(&tuid)], "tuid of {}", esc(&xml));
}

/// The glossary CSV loader: entries complete and trimmed, at lines of the file; written back
/// with `to_csv` they load as the same entries; a matcher builds from them.
pub fn glossary_csv(data: &[u8]) {
    use dragoman::interchange::to_csv;
    use dragoman::parse_csv;
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.csv");
    let Ok(entries) = parse_csv(path, s) else {
        return;
    };
    check_entries(&entries, 1 + s.matches(['\n', '\r']).count());
    let written = String::from_utf8(to_csv(&entries, true)).expect("to_csv writes UTF-8");
    let back = parse_csv(path, &written)
        .unwrap_or_else(|e| panic!("to_csv output does not load: {e}\n{}", esc(&written)));
    assert_eq!(bare(&back), bare(&entries), "CSV round trip of {}", esc(s));
    let m = Matcher::new(&Glossary::from_entries(entries));
    for e in m.glossary().entries().iter().take(20) {
        check_terms(&e.arabic, &m.find(&e.arabic), m.glossary().len());
    }
}
