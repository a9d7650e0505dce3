use super::escape::LOOK_BYTES;
use super::writer::{classes, CSV_SPECIALS, TSV_SPECIALS};
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

/// The plain definition of sanitizing, a character at a time.
fn reference_sanitize(s: &str) -> String {
    let formula = s.chars().count() > 1 && s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let mut out = String::from(if formula { "'" } else { "" });
    for c in s.chars() {
        if is_bidi_control(c) || is_escaped_control(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The plain definition of a field: sanitize, then quote (CSV) or escape (TSV).
fn reference_field(format: TableFormat, sanitizing: bool, s: &str) -> String {
    let s = if sanitizing {
        reference_sanitize(s)
    } else {
        s.to_string()
    };
    match format {
        TableFormat::Csv if s.contains([',', '"', '\r', '\n']) => {
            format!("\"{}\"", s.replace('"', "\"\""))
        }
        TableFormat::Tsv => s
            .replace('\\', "\\\\")
            .replace('\t', "\\t")
            .replace('\n', "\\n")
            .replace('\r', "\\r"),
        _ => s,
    }
}

/// Text made of the pieces that matter to a field (specials, formula starts, bidi
/// controls and look-alikes sharing their bytes), Arabic and anything, so that they land
/// at every position of a 16-byte window.
fn texty() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let pieces = prop_oneof![
        3 => "(قال|=|-|\\+|@|,|\"|\t|\r|\n|\\\\|\u{200F}|\u{202E}|\u{061C}|\u{2066}|\u{2014}|\u{065C}|“|x| |\u{0}|\u{1B}|\u{7F}|\u{85}|\u{9C}|\u{9F}|\u{A0}|«|\u{1F}|\u{B}|')",
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

    /// Exports parse back: the `csv` crate reads every CSV row as its cells, sanitized (or
    /// raw), and every sanitized cell is safe to open.
    #[test]
    fn csv_rows_parse_back(a in texty(), b in texty()) {
        for sanitizing in [false, true] {
            let mut t = Table::new(TableFormat::Csv, &["a", "b", "c"]);
            t.sanitize = sanitizing;
            let mut out = t.header();
            t.row(&mut out, &[Cell::from(a.as_str()), Cell::from(7usize), Cell::from(b.as_str())]);
            let mut reader = csv::Reader::from_reader(&out[..]);
            let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
            proptest::prop_assert_eq!(rows.len(), 1);
            let want = |s: &str| if sanitizing { reference_sanitize(s) } else { s.to_string() };
            proptest::prop_assert_eq!(rows[0][0].to_string(), want(&a));
            proptest::prop_assert_eq!(&rows[0][1], "7");
            proptest::prop_assert_eq!(rows[0][2].to_string(), want(&b));
            if sanitizing {
                for cell in rows[0].iter() {
                    proptest::prop_assert!(!cell.chars().any(|c| is_bidi_control(c) || is_escaped_control(c)));
                    proptest::prop_assert!(!(cell.len() > 1 && cell.starts_with(['=', '+', '-', '@', '\t', '\r'])));
                }
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
            proptest::sample::select(vec![b'a', b',', b'"', b'\\', b'\t', b'\n', 0x9C, 0xE2, 0xD8, 0, 0x1B, 0x7F, 0xC2, 0x0B]),
            0..80,
        ),
        start in proptest::prelude::any::<usize>(),
    ) {
        let start = if buf.is_empty() { 0 } else { start % (buf.len() + 1) };
        let cell = &buf[start..];
        for (format, specials) in [(TableFormat::Csv, CSV_SPECIALS), (TableFormat::Tsv, TSV_SPECIALS)] {
            for isa in Isa::all() {
                let [special, look] = classes(format).any_from(isa, &buf, start);
                proptest::prop_assert_eq!(special, cell.iter().any(|b| specials.contains(b)));
                proptest::prop_assert_eq!(look, cell.iter().any(|b| LOOK_BYTES.contains(b)));
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
        ("a\u{0}b", "a<U+0000>b"),
        ("\u{1B}[31mred", "<U+001B>[31mred"),
        ("next\u{85}line", "next<U+0085>line"),
        ("del\u{7F}", "del<U+007F>"),
        ("\u{0}=1", "<U+0000>=1"),
        ("=\u{0}", "'=<U+0000>"),
        ("tab\tlf\ncr\r kept", "tab\tlf\ncr\r kept"),
        ("«نص» \u{A0}“x”", "«نص» \u{A0}“x”"),
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
    let unit = "قال, \"x\"\t\\ =\u{200F}\u{061C}\u{2066}\u{2014}\r\n\u{1F600}ab-\u{0}«\u{1B}\u{85}";
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

#[test]
fn control_characters_in_text_output() {
    for (input, want) in [
        ("نص عادي\n", "نص عادي\n"),
        ("a\u{0}b\u{1B}[2J\tc\r\n", "a<U+0000>b<U+001B>[2J\tc\r\n"),
        ("=1 \u{202E}kept\u{85}", "=1 \u{202E}kept<U+0085>"),
        ("«x» \u{A0}\u{061C}", "«x» \u{A0}\u{061C}"),
    ] {
        assert_eq!(escape_controls(input), want, "input {input:?}");
    }
}

#[test]
fn unsanitizing() {
    for (cell, want) in [
        ("'=SUM(A1)", "=SUM(A1)"),
        ("'-5 قتلى", "-5 قتلى"),
        ("'x", "'x"),
        ("'-", "'-"),
        ("a<U+0000>b<U+202E>", "a\u{0}b\u{202E}"),
        (
            "<U+0041> is not escaped by sanitize",
            "<U+0041> is not escaped by sanitize",
        ),
        ("<U+202e> <U+202E <U+", "<U+202e> <U+202E <U+"),
        ("<U+٢٠٢E>", "<U+٢٠٢E>"),
    ] {
        assert_eq!(unsanitize(cell), want, "cell {cell:?}");
    }
}

proptest::proptest! {
    /// Sanitizing is undone by `unsanitize`, for text that does not already look sanitized.
    #[test]
    fn unsanitize_undoes_sanitize(s in texty()) {
        proptest::prop_assume!(unsanitize(&s) == s);
        let sanitized = sanitize(&s);
        proptest::prop_assert_eq!(unsanitize(&sanitized), s.as_str());
    }
}
