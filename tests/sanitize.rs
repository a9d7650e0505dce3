//! Every CSV/TSV cell of every command is safe to open in a spreadsheet or a terminal (issue
//! 14): formula starts get a leading `'`, bidi controls and control characters are written as
//! `<U+202E>`, `<U+0000>`; `--raw` passes the bytes through. Every output parses back with
//! the `csv` crate.

use std::path::Path;

use crate::util::{dragoman, scratch, Run};

/// The hostile pieces, as they are in the input.
const FORMULA: &str = "=HYPERLINK(\"x\")";
const PLUS: &str = "+1";
const AT: &str = "@SUM";
const RLO: &str = "\u{202E}";
const NUL: &str = "\u{0}";
const ESC: &str = "\u{1B}";

/// What a piece looks like in a sanitized cell, and whether it is a formula start (then it
/// must start a cell).
fn sanitized(piece: &str) -> (String, bool) {
    match piece {
        RLO => ("<U+202E>".into(), false),
        NUL => ("<U+0000>".into(), false),
        ESC => ("<U+001B>".into(), false),
        formula => (format!("'{formula}"), true),
    }
}

/// The inputs, written once into `dir`.
fn inputs(dir: &Path) {
    let text = [
        format!("{FORMULA} قال الرئيس في كابل."),
        format!("{PLUS} مصاب في الهجوم."),
        format!("{AT}(A1) قتل خمسة جنود أمس."),
        format!("نص {RLO} معكوس {NUL} و {ESC}[31m أحمر في كابل."),
        "-5 قتلى في كابل.".to_string(),
    ]
    .join("\n");
    let id = format!("{FORMULA}{RLO}{NUL}{ESC}");
    let line = serde_json::json!({ "id": id, "text": text });
    std::fs::write(dir.join("in.jsonl"), format!("{line}\n")).unwrap();
    let glossary = format!(
        "arabic,english,category,variants,note,source\n\
         كابل,\"=HYPERLINK(\"\"x\"\")\",place,,{AT},{PLUS}\n\
         الهجوم,{RLO}attack{NUL}{ESC},term,,,\n"
    );
    std::fs::write(dir.join("g.csv"), glossary).unwrap();
    std::fs::write(dir.join("ar.txt"), &text).unwrap();
    let english = [
        format!("{FORMULA} said the president in Kabul."),
        format!("{PLUS} injured in the attack."),
        format!("{AT}(A1) five soldiers were killed yesterday."),
        format!("Text {RLO} reversed {NUL} and {ESC}[31m red in Kabul."),
        "-5 dead in Kabul.".to_string(),
    ]
    .join("\n");
    std::fs::write(dir.join("en.txt"), english).unwrap();
    std::fs::write(
        dir.join("pairs.csv"),
        format!(
            "arabic,english\n\"قال في كابل\",\"{FORMULA} said in Kabul\"\n\
             \"قال في كابل\",\"{FORMULA} said in Kabul\"\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("omegat.txt"),
        format!("كابل\t{FORMULA}{RLO}{NUL}{ESC}\t{AT}\n"),
    )
    .unwrap();
}

/// The cells of a CSV or TSV output, read with the `csv` crate (TSV: no quoting, the
/// `\t` `\n` `\r` `\\` escapes undone); every row as long as the header.
fn cells(run: &Run, tsv: bool) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(if tsv { b'\t' } else { b',' })
        .quoting(!tsv)
        .from_reader(run.stdout.as_bytes());
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.unwrap_or_else(|e| {
            panic!(
                "{}: the output does not parse back: {e}\n{}",
                run.cmdline, run.stdout
            )
        });
        for cell in &record {
            out.push(if tsv {
                tsv_unescape(cell)
            } else {
                cell.to_string()
            });
        }
    }
    assert!(!out.is_empty(), "{}: no output", run.cmdline);
    out
}

/// The TSV escapes `\\` `\t` `\n` `\r` undone.
fn tsv_unescape(cell: &str) -> String {
    let mut out = String::new();
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        out.push(match (c, c == '\\') {
            (_, false) => c,
            (_, true) => match chars.next() {
                Some('t') => '\t',
                Some('n') => '\n',
                Some('r') => '\r',
                Some(other) => other,
                None => '\\',
            },
        });
    }
    out
}

/// Would a spreadsheet run this cell, or could it hide or reorder text?
fn unsafe_cell(cell: &str) -> bool {
    let formula = cell.chars().count() > 1 && cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    formula
        || cell
            .chars()
            .any(|c| dragoman::is_bidi_control(c) || dragoman::is_escaped_control(c))
}

#[test]
fn every_csv_and_tsv_writer_sanitizes_unless_raw() {
    let dir = scratch("sanitize");
    inputs(&dir);
    let at = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let (input, glossary) = (at("in.jsonl"), at("g.csv"));
    let all: &[&str] = &[FORMULA, PLUS, AT, RLO, NUL, ESC];
    let no_plus_at: &[&str] = &[FORMULA, RLO, NUL, ESC];
    let controls: &[&str] = &[RLO, NUL, ESC];
    // The command (after `--format FORMAT`, when it has one), the formats it writes, and the
    // hostile pieces that reach its cells (formula pieces at a cell's start).
    #[rustfmt::skip]
    let table: Vec<(Vec<String>, &[&str], &[&str])> = vec![
        (vec!["export".into(), "-q".into(), input.clone(), "--glossary".into(), glossary.clone()], &["csv", "tsv"], all),
        (vec!["segment".into(), input.clone()], &["csv", "tsv"], all),
        (vec!["normalize".into(), input.clone()], &["csv", "tsv"], no_plus_at),
        (vec!["terms".into(), input.clone(), "--glossary".into(), glossary.clone()], &["csv", "tsv"], no_plus_at),
        (vec!["facts".into(), input.clone()], &["csv", "tsv"], no_plus_at),
        (vec!["summarize".into(), input.clone(), "--sentences".into(), "5".into()], &["csv"], all),
        (vec!["align".into(), "--arabic".into(), at("ar.txt"), "--english".into(), at("en.txt")], &["csv", "tsv"], all),
        (vec!["glossary".into(), "lookup".into(), "--glossary".into(), glossary.clone(), FORMULA.into(), "attack".into()], &["csv", "tsv"], no_plus_at),
        (vec!["glossary".into(), "stats".into(), "--glossary".into(), glossary.clone()], &["csv", "tsv"], &[]),
        (vec!["glossary".into(), "coverage".into(), "--all".into(), "--unseen".into(), "--glossary".into(), glossary.clone(), input.clone()], &["csv", "tsv"], no_plus_at),
        (vec!["glossary".into(), "suggest".into(), "--min-count".into(), "1".into(), "--glossary".into(), glossary.clone(), input.clone()], &[], controls),
        (vec!["glossary".into(), "learn".into(), "--min-count".into(), "1".into(), at("pairs.csv")], &[], &[]),
        (vec!["glossary".into(), "export".into(), "--format".into(), "csv".into(), "--glossary".into(), glossary.clone()], &[], all),
        (vec!["glossary".into(), "merge".into(), glossary.clone()], &[], all),
        (vec!["glossary".into(), "import".into(), "--format".into(), "omegat".into(), at("omegat.txt")], &[], no_plus_at),
    ];
    for (command, formats, reach) in &table {
        // A command without --format writes CSV.
        let formats: Vec<Option<&str>> = if formats.is_empty() {
            vec![None]
        } else {
            formats.iter().map(|&f| Some(f)).collect()
        };
        for format in formats {
            let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
            if let Some(f) = format {
                args.extend(["--format", f]);
            }
            let tsv = format == Some("tsv");
            let run = dragoman(&args).ok();
            let got = cells(&run, tsv);
            for cell in &got {
                assert!(
                    !unsafe_cell(cell),
                    "{}: an unsafe cell {cell:?}\n{}",
                    run.cmdline,
                    run.stdout
                );
            }
            for piece in reach.iter() {
                let (want, starts) = sanitized(piece);
                assert!(
                    got.iter().any(|c| if starts {
                        c.starts_with(&want)
                    } else {
                        c.contains(&want)
                    }),
                    "{}: no cell with {want:?}\n{}",
                    run.cmdline,
                    run.stdout
                );
            }
            args.push("--raw");
            let raw = dragoman(&args).ok();
            let got = cells(&raw, tsv);
            assert!(!raw.stdout.contains("<U+"), "{}: escapes", raw.cmdline);
            for piece in reach.iter() {
                let (_, starts) = sanitized(piece);
                assert!(
                    got.iter().any(|c| if starts {
                        c.starts_with(piece)
                    } else {
                        c.contains(piece)
                    }),
                    "{}: {piece:?} did not pass through\n{}",
                    raw.cmdline,
                    raw.stdout
                );
            }
        }
    }
}

#[test]
fn text_output_escapes_nul_and_esc_unless_raw() {
    let dir = scratch("sanitize-text");
    inputs(&dir);
    let input = dir.join("in.jsonl").to_string_lossy().into_owned();
    for command in ["segment", "normalize"] {
        let run = dragoman(&[command, &input]).ok();
        assert!(
            !run.stdout
                .contains([NUL, ESC].map(|s| s.chars().next().unwrap())),
            "{}: a raw NUL or ESC\n{}",
            run.cmdline,
            run.stdout
        );
        assert!(run.stdout.contains("<U+0000>") && run.stdout.contains("<U+001B>[31m"));
        let raw = dragoman(&[command, &input, "--raw"]).ok();
        assert!(raw.stdout.contains(NUL) && raw.stdout.contains(ESC));
        assert!(!raw.stdout.contains("<U+"));
    }
}
