use super::writer::{classes, BIDI_BYTES, CSV_SPECIALS, TSV_SPECIALS};
use super::*;
use crate::simd::Isa;
use crate::span::Span;

fn render(format: TableFormat, sanitize: bool, cells: &[Cell]) -> String {
    let mut t = Table::new(format, &["a", "b", "c"]);
    t.sanitize = sanitize;
    let mut out = t.header();
    t.row(&mut out, cells);
    String::from_utf8(out).unwrap()
}

#[test]
fn formats() {
    let cells = [
        Cell::from("قال، \"نعم\""),
        Cell::from(3usize),
        Cell::from("x\ty\nz"),
    ];
    assert_eq!(
        render(TableFormat::Csv, false, &cells),
        "a,b,c\n\"قال، \"\"نعم\"\"\",3,\"x\ty\nz\"\n"
    );
    assert_eq!(
        render(TableFormat::Tsv, false, &cells),
        "a\tb\tc\nقال، \"نعم\"\t3\tx\\ty\\nz\n"
    );
    assert_eq!(
        render(TableFormat::Jsonl, false, &cells),
        "{\"a\":\"قال، \\\"نعم\\\"\",\"b\":3,\"c\":\"x\\ty\\nz\"}\n"
    );
}

/// The plain definition of a field: sanitize, then quote (CSV) or escape (TSV).
fn reference_field(format: TableFormat, sanitizing: bool, s: &str) -> String {
    let s = if sanitizing { sanitize(s) } else { s.into() };
    match format {
        TableFormat::Csv if s.contains([',', '"', '\r', '\n']) => {
            format!("\"{}\"", s.replace('"', "\"\""))
        }
        TableFormat::Tsv => s
            .replace('\\', "\\\\")
            .replace('\t', "\\t")
            .replace('\n', "\\n")
            .replace('\r', "\\r"),
        _ => s.into_owned(),
    }
}

/// Text made of the pieces that matter to a field (specials, formula starts, bidi
/// controls and look-alikes sharing their bytes), Arabic and anything, so that they land
/// at every position of a 16-byte window.
fn texty() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let pieces = prop_oneof![
        3 => "(قال|=|-|\\+|@|,|\"|\t|\r|\n|\\\\|\u{200F}|\u{202E}|\u{061C}|\u{2066}|\u{2014}|\u{065C}|“|x| )",
        2 => "[\u{0621}-\u{064A} ]{1,20}",
        1 => any::<String>(),
    ];
    proptest::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest::proptest! {
    /// Cells written whole (made by `Table::field`) or in pieces through `RowWriter` are
    /// exactly the reference fields of their texts, in every format and sanitizing mode,
    /// whatever precedes them.
    #[test]
    fn row_writer_matches_the_reference(a in texty(), b in texty(), c in texty()) {
        for format in [TableFormat::Csv, TableFormat::Tsv] {
            for sanitizing in [false, true] {
                let mut t = Table::new(format, &["a", "b", "c"]);
                t.sanitize = sanitizing;
                let mut out = Vec::new();
                let mut w = t.row_writer(&mut out);
                w.field(&t.field(&a));
                w.cell(|o| {
                    o.extend_from_slice(b.as_bytes());
                    o.extend_from_slice(c.as_bytes());
                });
                w.num(1234567890);
                w.finish();
                let sep = if format == TableFormat::Csv { ',' } else { '\t' };
                let first = reference_field(format, sanitizing, &a);
                let second = reference_field(format, sanitizing, &format!("{b}{c}"));
                let want = format!("{first}{sep}{second}{sep}1234567890\n");
                proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), want);
            }
        }
    }

    /// A cell written as a piece of a scanned text is the cell written as a string.
    #[test]
    fn pieces_are_written_as_strings(text in texty(), cut in proptest::prelude::any::<(usize, usize)>()) {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let (a, b) = (bounds[cut.0 % bounds.len()], bounds[cut.1 % bounds.len()]);
        let span = Span::new(a.min(b), a.max(b));
        for format in [TableFormat::Csv, TableFormat::Tsv] {
            for sanitizing in [false, true] {
                let mut t = Table::new(format, &["a", "b"]);
                t.sanitize = sanitizing;
                let scan = t.scan_text(&text);
                let (mut want, mut got) = (Vec::new(), Vec::new());
                let mut w = t.row_writer(&mut want);
                w.str("x");
                w.str(span.slice(&text));
                w.finish();
                let mut w = t.row_writer(&mut got);
                w.str("x");
                w.piece(&text, &scan, span);
                w.finish();
                proptest::prop_assert_eq!(got, want);
            }
        }
    }

    /// The cell scan of each format, on every path, finds the needles anywhere in the
    /// cell and never before it.
    #[test]
    fn cell_scan_sees_exactly_the_cell(
        buf in proptest::collection::vec(
            proptest::sample::select(vec![b'a', b',', b'"', b'\\', b'\t', b'\n', 0x9C, 0xE2, 0xD8]),
            0..80,
        ),
        start in proptest::prelude::any::<usize>(),
    ) {
        let start = if buf.is_empty() { 0 } else { start % (buf.len() + 1) };
        let cell = &buf[start..];
        for (format, specials) in [(TableFormat::Csv, CSV_SPECIALS), (TableFormat::Tsv, TSV_SPECIALS)] {
            for isa in Isa::all() {
                let [special, bidi] = classes(format).any_from(isa, &buf, start);
                proptest::prop_assert_eq!(special, cell.iter().any(|b| specials.contains(b)));
                proptest::prop_assert_eq!(bidi, cell.iter().any(|b| BIDI_BYTES.contains(b)));
            }
        }
    }
}

#[test]
fn decimals() {
    for n in [
        0,
        7,
        10,
        99,
        100,
        101,
        999,
        1000,
        12345,
        1234567890,
        9999,
        10000,
        u64::MAX,
    ] {
        let mut out = b"x".to_vec();
        push_decimal(&mut out, n);
        assert_eq!(out, format!("x{n}").as_bytes());
    }
}

#[test]
fn sanitizing() {
    let rows: &[(&str, &str)] = &[
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-5 قتلى", "'-5 قتلى"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("قال\u{202E}abc", "قال<U+202E>abc"),
        ("\u{200F}نص", "<U+200F>نص"),
        ("عادي", "عادي"),
        ("-", "-"),
        ("قال\u{061C}", "قال<U+061C>"),
        ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),
        ("\u{2014} dash is fine", "\u{2014} dash is fine"),
    ];
    for &(input, want) in rows {
        assert_eq!(sanitize(input), want, "input {input:?}");
    }
}

/// Every piece of a text several blocks long, written from its scan, is the piece written
/// as a string: spans inside one block, across two, across many, ending at the text's
/// end; specials and bidi controls at block edges.
#[test]
fn every_piece_is_written_as_a_string() {
    let unit = "قال, \"x\"\t\\ =\u{200F}\u{061C}\u{2066}\u{2014}\r\n\u{1F600}ab-";
    let mut text = String::new();
    while text.len() < 300 {
        text.push_str(unit);
        text.push('ـ');
    }
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    for format in [TableFormat::Csv, TableFormat::Tsv] {
        for sanitizing in [false, true] {
            let mut t = Table::new(format, &["a"]);
            t.sanitize = sanitizing;
            let scan = t.scan_text(&text);
            for (k, &a) in bounds.iter().enumerate() {
                for &b in &bounds[k..] {
                    let span = Span::new(a, b);
                    let (mut want, mut got) = (Vec::new(), Vec::new());
                    let mut w = t.row_writer(&mut want);
                    w.str(span.slice(&text));
                    w.finish();
                    let mut w = t.row_writer(&mut got);
                    w.piece(&text, &scan, span);
                    w.finish();
                    assert_eq!(got, want, "{format:?} {sanitizing} {a}..{b}");
                }
            }
        }
    }
}

#[test]
fn all_small_numbers() {
    let mut out = Vec::new();
    for n in 0..=100_000u64 {
        out.clear();
        push_decimal(&mut out, n);
        assert_eq!(out, n.to_string().as_bytes());
    }
}
