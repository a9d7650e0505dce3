//! Issue 14, limits and small defects: `--max-doc-bytes`, `-j` bounds, UTF-16 input, CSV
//! quoting, JSONL ids, glossary headers and quotes, the all-failed message, the sharded run of
//! the README. The huge-input figures (peak memory on a 100 MB line and on `/dev/zero`) are in
//! the ignored test `peak_memory_of_huge_inputs`.

use std::process::{Command, Stdio};

use std::path::Path;

use crate::util::{dragoman, dragoman_from, dragoman_in, scratch};

const DOC: &str = "قال المتحدث إن خمسة أشخاص قتلوا في الهجوم.\n";

/// A file over the limit is one failed input; the files after it are exported.
#[test]
fn max_doc_bytes_skips_a_large_file_and_exports_the_rest() {
    let dir = scratch("max-doc-bytes");
    std::fs::write(dir.join("a.txt"), DOC).unwrap();
    std::fs::write(dir.join("b.txt"), DOC.repeat(100)).unwrap();
    std::fs::write(dir.join("c.txt"), DOC).unwrap();
    let d = dir.to_string_lossy().into_owned();
    let run = dragoman(&["export", "-q", "--max-doc-bytes", "1K", &d])
        .code(1)
        .stderr_has(
            "b.txt: document is larger than --max-doc-bytes (1 KiB); split it or raise the limit",
        );
    assert!(
        run.stdout.contains("\na.txt,1,") && run.stdout.contains("\nc.txt,1,"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("b.txt"), "{}", run.stdout);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The same on stdin (no size known in advance), for a JSON line and a CSV record.
#[test]
fn max_doc_bytes_on_streams_lines_and_records() {
    let long = "ن".repeat(1000);
    let jsonl = format!(
        "{{\"id\": \"a\", \"text\": \"نص\"}}\n{{\"id\": \"b\", \"text\": \"{long}\"}}\n{{\"id\": \"c\", \"text\": \"نص\"}}\n"
    );
    let run = dragoman_in(
        &[
            "segment",
            "--input-format",
            "jsonl",
            "--format",
            "tsv",
            "--max-doc-bytes",
            "1K",
        ],
        jsonl.as_bytes(),
    )
    .code(1)
    .stderr_has("-:2: document is larger than --max-doc-bytes (1 KiB)");
    assert!(
        run.stdout.contains("\na\t") && run.stdout.contains("\nc\t"),
        "{}",
        run.stdout
    );
    let csv = format!("id,text\na,نص\nb,\"{long}\"\nc,نص\n");
    let run = dragoman_in(
        &[
            "segment",
            "--input-format",
            "csv",
            "--format",
            "tsv",
            "--max-doc-bytes",
            "1K",
        ],
        csv.as_bytes(),
    )
    .code(1)
    .stderr_has("-:3: document is larger than --max-doc-bytes (1 KiB)");
    assert!(
        run.stdout.contains("\na\t") && run.stdout.contains("\nc\t"),
        "{}",
        run.stdout
    );
    let text = DOC.repeat(40);
    dragoman_in(&["segment", "--max-doc-bytes", "1K"], text.as_bytes())
        .code(1)
        .stderr_has("dragoman: -: document is larger than --max-doc-bytes (1 KiB)");
}

/// A stream that never ends, given as stdin, fails at the limit, promptly, instead of
/// filling memory; named as a path, the device is not opened at all.
#[test]
fn dev_zero_fails_at_the_limit() {
    dragoman_from(
        &["export", "-q", "--max-doc-bytes", "1M", "-"],
        Path::new("/dev/zero"),
    )
    .code(1)
    .stderr_has("-: document is larger than --max-doc-bytes (1 MiB)");
    dragoman(&["export", "-q", "--max-doc-bytes", "1M", "/dev/zero"])
        .code(0)
        .stderr_has("/dev/zero: skipped: not a regular file");
}

/// `-j` over the hard cap is a usage error (exit 2, no panic); over 4 per core it is cut,
/// with a note, and the output is the same.
#[test]
fn threads_are_bounded() {
    for j in ["100000", "10000", "257"] {
        let run = dragoman_in(&["segment", "-j", j], DOC.as_bytes()).code(2);
        assert!(
            run.stderr.contains("more than 256 threads"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
    let one = dragoman_in(&["export", "-q", "-j", "1"], DOC.as_bytes()).ok();
    let many = dragoman_in(&["export", "-q", "-j", "256"], DOC.as_bytes())
        .ok()
        .stderr_has("dragoman: note: -j 256 is more than 4 threads per core");
    assert_eq!(one.stdout, many.stdout);
}

/// UTF-16 (with or without a byte-order mark, in any input format) gets the UTF-16 hint.
#[test]
fn utf16_input_gets_a_utf16_hint() {
    let le: Vec<u8> = DOC.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let with_bom = [&b"\xFF\xFE"[..], &le].concat();
    for (name, bytes, format, hint) in [
        (
            "text with BOM",
            &with_bom,
            "text",
            "iconv -f UTF-16 -t UTF-8",
        ),
        (
            "text without BOM",
            &le,
            "text",
            "iconv -f UTF-16LE -t UTF-8",
        ),
        (
            "jsonl with BOM",
            &with_bom,
            "jsonl",
            "iconv -f UTF-16 -t UTF-8",
        ),
        ("csv without BOM", &le, "csv", "iconv -f UTF-16LE -t UTF-8"),
    ] {
        let run = dragoman_in(&["segment", "--input-format", format], bytes).code(1);
        assert!(
            run.stderr.contains("-: looks like UTF-16") && run.stderr.contains(hint),
            "{name}: {}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("WINDOWS-1256"),
            "{name}: {}",
            run.stderr
        );
        assert_eq!(
            run.stderr.matches("dragoman: -").count(),
            1,
            "{name}: one error: {}",
            run.stderr
        );
    }
}

/// An unbalanced quote in CSV input is an error at its line (exit 1), not records swallowed.
#[test]
fn csv_unbalanced_quote_is_an_error_at_its_line() {
    let csv = "id,text\na,نص أول\nb,\"نص ثان\nc,نص ثالث\nd,نص رابع\n";
    let run = dragoman_in(
        &["segment", "--input-format", "csv", "--format", "tsv"],
        csv.as_bytes(),
    )
    .code(1)
    .stderr_has("dragoman: -:3: a quote opens a field here and is never closed");
    assert!(
        run.stdout.contains("\na\t") && !run.stdout.contains("\nc\t"),
        "{}",
        run.stdout
    );
}

/// Numeric JSONL ids come out as written (`--raw`: a spreadsheet-safe cell would get a `'`
/// before `-0`).
#[test]
fn jsonl_numeric_ids_are_kept_as_written() {
    let input = "{\"id\": 18446744073709551616123, \"text\": \"نص\"}\n{\"id\": 1.50, \"text\": \"نص\"}\n{\"id\": -0, \"text\": \"نص\"}\n";
    let run = dragoman_in(
        &[
            "segment",
            "--input-format",
            "jsonl",
            "--format",
            "tsv",
            "--raw",
        ],
        input.as_bytes(),
    )
    .ok();
    let ids: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert_eq!(
        ids,
        ["18446744073709551616123", "1.50", "-0"],
        "{}",
        run.stdout
    );
}

/// The loader names an unbalanced quote and its line, and accepts only the header lint does.
#[test]
fn glossary_quote_and_header_errors() {
    let dir = scratch("glossary-quote");
    let g = dir.join("g.csv");
    let gs = g.to_string_lossy().into_owned();
    std::fs::write(
        &g,
        "arabic,english,category,variants,note,source\nكابل,Kabul,place,,,curated\n\"باكستان,Pakistan,place,,,curated\nدلهي,Delhi,place,,,curated\n",
    )
    .unwrap();
    let run = dragoman_in(&["terms", "--glossary", &gs], "كابل".as_bytes())
        .code(2)
        .stderr_has("g.csv:3: a quote opens a field here and is never closed");
    assert!(!run.stderr.contains("columns"), "{}", run.stderr);
    dragoman(&["glossary", "lint", "--glossary", &gs])
        .code(1)
        .stdout_has("g.csv:3: error: a quote opens a field here and is never closed");
    std::fs::write(&g, "arabic,english,category\nكابل,Kabul,place\n").unwrap();
    dragoman_in(&["terms", "--glossary", &gs], "كابل".as_bytes())
        .code(2)
        .stderr_has("g.csv:1:1: the header is 'arabic,english,category'; it must be exactly");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// When every input failed, stdout may hold the header: the message does not say that
/// nothing was written.
#[test]
fn all_failed_message_matches_the_header_on_stdout() {
    let run = dragoman(&["export", "-q", "no-such-input.txt"]).code(1);
    assert!(run.stdout.starts_with("doc_id,"), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("every input failed, so no rows were written"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("no output was written"),
        "{}",
        run.stderr
    );
}

/// The README's sharded run (`xargs`/`split` for GNU parallel, which may not be installed):
/// a header-only run on empty input, then shards with --no-header, equals one run.
#[test]
fn sharded_run_of_the_readme_writes_the_header_once() {
    let dir = scratch("sharded");
    let lines: String = (0..9)
        .map(|i| format!("{{\"id\": \"d{i}\", \"text\": \"قال المتحدث إن {i} أشخاص قتلوا.\"}}\n"))
        .collect();
    let corpus = dir.join("corpus.jsonl");
    std::fs::write(&corpus, &lines).unwrap();
    let bin = env!("CARGO_BIN_EXE_dragoman");
    let script = format!(
        "cd '{dir}' && split -l 4 corpus.jsonl part- && \
         ( '{bin}' export -q --input-format jsonl < /dev/null; \
           for f in part-*; do '{bin}' export -q --input-format jsonl --no-header < \"$f\"; done )",
        dir = dir.display()
    );
    let sharded = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    assert!(sharded.status.success());
    let single = dragoman_in(
        &["export", "-q", "--input-format", "jsonl"],
        lines.as_bytes(),
    )
    .ok();
    assert_eq!(String::from_utf8_lossy(&sharded.stdout), single.stdout);
    assert_eq!(single.stdout.matches("doc_id,").count(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Peak memory (VmHWM) of the release binary on huge inputs, printed; run with
/// `cargo test --release -- --ignored peak_memory --nocapture`. Not a timed test: it prints
/// figures and checks only that memory stays near the limit.
#[test]
#[ignore]
fn peak_memory_of_huge_inputs() {
    let bin = env!("CARGO_BIN_EXE_dragoman");
    let cases = [
        ("a 100 MB JSON line", "{ printf '{\"text\": \"'; head -c 100000000 /dev/zero | tr '\\0' 'x'; printf '\"}\\n'; } | BIN export -q --input-format jsonl"),
        ("head -c 300M /dev/zero as JSONL", "head -c 300M /dev/zero | BIN export -q --input-format jsonl"),
        ("head -c 300M /dev/zero as text", "head -c 300M /dev/zero | BIN export -q"),
        ("/dev/zero as a file", "BIN export -q /dev/zero"),
    ];
    for (name, cmd) in cases {
        let cmd = cmd.replace("BIN", &format!("/usr/bin/time -f %M {bin}"));
        let out = Command::new("sh").arg("-c").arg(&cmd).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let kb: u64 = stderr
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or(0);
        println!(
            "{name}: peak RSS {} MB, exit {:?}",
            kb / 1024,
            out.status.code()
        );
        assert!(
            stderr.contains("document is larger than --max-doc-bytes"),
            "{name}: {stderr}"
        );
        assert!(kb < 400 * 1024, "{name}: {kb} KB");
    }
}
