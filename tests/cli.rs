//! The command line as a user meets it: inputs, outputs, errors, exit codes.

use crate::util::{dragoman, dragoman_in, dragoman_without_dac, scratch};

/// Code-point slicing, as Python's `text[start:end]`.
fn cp_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn segment_reads_stdin_and_prints_one_sentence_per_line() {
    let run = dragoman_in(
        &["segment"],
        "عنوان الخبر\nقال البيان. وأضاف المتحدث.".as_bytes(),
    )
    .ok();
    assert_eq!(run.stdout, "عنوان الخبر\nقال البيان.\nوأضاف المتحدث.\n");
}

#[test]
fn segment_tsv_offsets_are_code_points_into_the_original() {
    let text = "\u{FEFF}بـاكـسـتـان «قالت». ثم\u{200F} انتهى! وعاد\u{00A0}الوفد.";
    // --raw: the text cells as written (sanitized, the U+200F would be `<U+200F>`).
    let run = dragoman_in(&["segment", "--format", "tsv", "--raw"], text.as_bytes()).ok();
    let doc: String = text.chars().skip(1).collect(); // stdin loses its BOM like a file does
    let mut lines = run.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("doc_id\tsentence\tstart\tend\ttext\tlayout")
    );
    let mut n = 0;
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        let (start, end) = (f[2].parse().unwrap(), f[3].parse().unwrap());
        assert_eq!(cp_slice(&doc, start, end), f[4], "{line}");
        n += 1;
    }
    assert_eq!(n, 3);
}

#[test]
fn jsonl_output_parses_back() {
    let run = dragoman_in(
        &["segment", "--format", "jsonl"],
        "انتهى. هل عاد؟".as_bytes(),
    )
    .ok();
    let rows: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["text"], "هل عاد؟");
    assert_eq!(rows[1]["sentence"], 2);
    assert_eq!(rows[0]["doc_id"], "-");
}

#[test]
fn bad_file_is_reported_and_skipped() {
    let dir = scratch("bad-utf8");
    std::fs::write(dir.join("a.txt"), "جملة أولى.").unwrap();
    std::fs::write(dir.join("b.txt"), b"\xc7\xe1\xd3\xe1\xc7\xe3\n").unwrap(); // Windows-1256
    std::fs::write(dir.join("c.txt"), "جملة ثالثة.").unwrap();
    let d = dir.to_string_lossy();
    let run = dragoman(&["segment", &d])
        .code(1)
        .stderr_has("b.txt:1:1: not UTF-8 (byte 0xc7)")
        .stderr_has("iconv");
    assert_eq!(run.stdout, "جملة أولى.\nجملة ثالثة.\n");
    // --strict stops at the failure, and -o never leaves a half file.
    let out = dir.join("out.txt");
    dragoman(&["segment", "--strict", &d, "-o", &out.to_string_lossy()]).code(1);
    assert!(!out.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_file_and_empty_file() {
    dragoman(&["segment", "no-such-file.txt"])
        .code(1)
        .stderr_has("dragoman: no-such-file.txt: no such file or directory");
    let dir = scratch("empty");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let run = dragoman(&["segment", &dir.join("empty.txt").to_string_lossy()]).ok();
    assert_eq!(run.stdout, "");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn directories_are_walked_with_a_glob_and_ids_are_relative() {
    let dir = scratch("walk");
    std::fs::create_dir_all(dir.join("x/y")).unwrap();
    std::fs::write(dir.join("x/y/one.txt"), "أ.").unwrap();
    std::fs::write(dir.join("two.md"), "ب.").unwrap();
    std::fs::write(dir.join("three.txt"), "ج.").unwrap();
    let d = dir.to_string_lossy();
    let run = dragoman(&["segment", "--format", "tsv", &d]).ok();
    let ids: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(ids, ["three.txt", "x/y/one.txt"]);
    let run = dragoman(&["segment", "--glob", "*.md", &d]).ok();
    assert_eq!(run.stdout, "ب.\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Issue 13: an unreadable subdirectory or a broken link under a directory is one failed input
/// (`dragoman: PATH: reason`, exit 1); the rest of the tree is still read, in the same order.
#[test]
fn an_unreadable_entry_is_reported_and_the_rest_of_the_tree_is_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("unreadable");
    std::fs::create_dir_all(dir.join("locked")).unwrap();
    std::fs::create_dir_all(dir.join("z")).unwrap();
    std::fs::write(dir.join("a.txt"), "أ.").unwrap();
    std::fs::write(dir.join("locked/b.txt"), "ب.").unwrap();
    std::fs::write(dir.join("z/c.txt"), "ج.").unwrap();
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("broken.txt")).unwrap();
    let locked = dir.join("locked");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let d = dir.to_string_lossy();
    let args = ["segment", "--format", "tsv", &d];
    // Root reads any directory: then run without that capability, if this machine allows it.
    let run = if std::fs::read_dir(&locked).is_err() {
        Some(dragoman(&args))
    } else {
        dragoman_without_dac(&args)
    };
    let locked_denied = run.is_some();
    let run = run.unwrap_or_else(|| dragoman(&args));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = run.code(1).stderr_has(&format!(
        "dragoman: {}: no such file or directory",
        dir.join("broken.txt").display()
    ));
    let ids: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    if locked_denied {
        assert_eq!(ids, ["a.txt", "z/c.txt"], "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "dragoman: {}: permission denied",
                locked.display()
            )),
            "{}",
            run.stderr
        );
    } else {
        assert_eq!(ids, ["a.txt", "locked/b.txt", "z/c.txt"], "{}", run.stderr);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn jsonl_input_keeps_ids_and_reports_bad_lines() {
    let input = "{\"id\": \"a1\", \"text\": \"انتهى. وعاد.\"}\nnot json\n{\"id\": 7, \"text\": \"ج.\", \"extra\": 1}\n";
    let run = dragoman_in(
        &["segment", "--input-format", "jsonl", "--format", "tsv"],
        input.as_bytes(),
    )
    .code(1)
    .stderr_has("-:2:");
    let ids: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(ids, ["a1", "a1", "7"]);
}

#[test]
fn normalize_profiles_and_single_rules() {
    let text = "لـ«داعش» حركة ٣٫٥ مؤتمر";
    let run = dragoman_in(&["normalize"], text.as_bytes()).ok();
    assert_eq!(run.stdout, "ل\"داعش\" حركه 3.5 مؤتمر");
    let run = dragoman_in(&["normalize", "--profile", "clean"], text.as_bytes()).ok();
    assert_eq!(run.stdout, "ل«داعش» حركة ٣٫٥ مؤتمر");
    let run = dragoman_in(
        &["normalize", "--keep", "ta-marbuta", "--also", "hamza-seats"],
        text.as_bytes(),
    )
    .ok();
    assert_eq!(run.stdout, "ل\"داعش\" حركة 3.5 موتمر");
    dragoman(&["normalize", "--keep", "nope"])
        .code(2)
        .stderr_has("ta-marbuta");
}

#[test]
fn closed_pipe_exits_quietly() {
    let big = "وقال البيان إن الحوار ركز على الأمن الإقليمي. ".repeat(200_000);
    let dir = scratch("pipe");
    let path = dir.join("big.txt");
    std::fs::write(&path, big).unwrap();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' segment '{}' | head -n 1; echo \"exit=${{PIPESTATUS:-0}}\"",
            env!("CARGO_BIN_EXE_dragoman"),
            path.display()
        ))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "a closed pipe must not print errors"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    dragoman(&["segment", "--format", "xml"]).code(2);
    dragoman(&["no-such-command"]).code(2);
    dragoman(&["--help"]).ok().stdout_has("Exit codes");
}

#[test]
fn terms_through_clitics() {
    let run = dragoman_in(
        &["terms", "--format", "tsv"],
        "الفرع الأفغاني لـ«داعش» وبالولايات المتحدة".as_bytes(),
    )
    .ok();
    let rows: Vec<Vec<&str>> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r[4], r[6])).collect();
    assert_eq!(
        got,
        [
            ("الأفغاني", "Afghan"),
            ("لـ«داعش", "ISIS"),
            ("وبالولايات المتحدة", "United States")
        ]
    );
}

#[test]
fn broken_glossary_names_file_line_column() {
    let dir = scratch("badgloss");
    let g = dir.join("g.csv");
    std::fs::write(
        &g,
        "arabic,english,category,variants,note,source\nباكستان,Pakistan,place\nكابل,,place\n",
    )
    .unwrap();
    dragoman_in(
        &["terms", "--glossary", &g.to_string_lossy()],
        "كابل".as_bytes(),
    )
    .code(2)
    .stderr_has("g.csv:3:6: the english column is empty");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn output_mistakes_are_caught_early_and_lose_nothing() {
    let dir = scratch("out-mistakes");
    let keep = dir.join("keep.csv");
    std::fs::write(&keep, "precious\n").unwrap();
    let k = keep.to_string_lossy().into_owned();
    // Every input failed: the old output stays.
    dragoman(&["export", "--quiet", "no-such-input.txt", "-o", &k])
        .code(1)
        .stderr_has("every input failed, so no rows were written");
    assert_eq!(std::fs::read_to_string(&keep).unwrap(), "precious\n");
    // -o names a directory, or a file in a directory that does not exist: said at once.
    let d = dir.to_string_lossy().into_owned();
    dragoman_in(&["segment", "-o", &d], "نص.".as_bytes())
        .code(2)
        .stderr_has("is a directory");
    let missing = dir.join("nodir/x.csv").to_string_lossy().into_owned();
    dragoman_in(&["segment", "-o", &missing], "نص.".as_bytes())
        .code(2)
        .stderr_has("does not exist");
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "temporary files left: {left:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn jsonl_with_a_byte_order_mark() {
    let input = "\u{FEFF}{\"id\": \"a\", \"text\": \"انتهى.\"}\n";
    let run = dragoman_in(
        &["segment", "--input-format", "jsonl", "--format", "tsv"],
        input.as_bytes(),
    )
    .ok();
    assert!(run.stdout.contains("a\t1\t0\t6\tانتهى."), "{}", run.stdout);
}

/// Issue 15: in hard-wrapped text a multiword term across a line break is one term, the
/// sentence spans the break, and offsets still point into the original text.
#[test]
fn issue15_wrapped_text_joins_lines_and_keeps_offsets() {
    let text = std::fs::read_to_string(
        crate::util::root().join("samples/ar/wrapped-egyptair-khartoum.txt"),
    )
    .unwrap();
    let run = dragoman_in(&["terms", "--format", "tsv"], text.as_bytes()).ok();
    assert!(
        run.stdout.contains("مصر\\nللطيران\tمصر للطيران\tEgyptAir"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("\tEgypt\tplace"), "{}", run.stdout);
    // Read as lines, the same text gives مصر = Egypt on its own: the old behaviour.
    let run = dragoman_in(
        &["terms", "--format", "tsv", "--layout", "lines"],
        text.as_bytes(),
    )
    .ok();
    assert!(run.stdout.contains("\tEgypt\tplace"), "{}", run.stdout);
    let run = dragoman_in(&["segment", "--format", "jsonl"], text.as_bytes()).ok();
    let rows: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 6);
    for r in &rows {
        assert_eq!(r["layout"], "wrapped");
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(cp_slice(&text, s, e), r["text"].as_str().unwrap());
    }
    // The text format prints a wrap inside a sentence as a space: one sentence per line.
    let run = dragoman_in(&["segment"], text.as_bytes()).ok();
    assert_eq!(run.stdout.lines().count(), 6);
    assert!(run.stdout.contains("شركة مصر للطيران، سيستأنف"));
}

/// Issue 15: `--layout pdf` repairs words a PDF extraction cut with a stray space, so a
/// term is found across the cut, its span covering the cut word as written; `auto` leaves
/// the damage alone.
#[test]
fn issue15_pdf_layout_repairs_cut_words() {
    let text = "قالت من ظمة الصحة العالمية إن الحكو مة أعلنت خطة جديدة.\n";
    let run = dragoman_in(&["terms", "--format", "tsv"], text.as_bytes()).ok();
    assert!(
        !run.stdout.contains("World Health Organization"),
        "{}",
        run.stdout
    );
    let run = dragoman_in(
        &["terms", "--format", "tsv", "--layout", "pdf"],
        text.as_bytes(),
    )
    .ok();
    let row = run
        .stdout
        .lines()
        .find(|l| l.contains("World Health Organization"))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    let cells: Vec<&str> = row.split('\t').collect();
    let (s, e) = (cells[2].parse().unwrap(), cells[3].parse().unwrap());
    assert_eq!(cp_slice(text, s, e), "من ظمة الصحة العالمية");
    assert_eq!(cells[4], "من ظمة الصحة العالمية");
    assert!(
        run.stdout.contains("الحكو مة\tالحكومة\tgovernment"),
        "{}",
        run.stdout
    );
    // The export reads the repaired text too.
    let run = dragoman_in(
        &["export", "-q", "--format", "jsonl", "--layout", "pdf"],
        text.as_bytes(),
    )
    .ok();
    assert!(
        run.stdout.contains("World Health Organization"),
        "{}",
        run.stdout
    );
}

#[test]
fn export_of_wrapped_text_matches_terms_across_lines() {
    let text = "أعلنت الحكومة المصرية اليوم الأحد أن الناقل الوطني، شركة مصر\nللطيران، سيستأنف رحلاته المباشرة بين القاهرة والخرطوم\nاعتبارا من الأول من مارس المقبل بعد توقف دام أكثر من عام\nكامل بسبب الأوضاع الأمنية في السودان.\n";
    let run = dragoman_in(&["export", "-q", "--format", "jsonl"], text.as_bytes()).ok();
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains("EgyptAir"), "{}", run.stdout);
    let run = dragoman_in(
        &["export", "-q", "--format", "jsonl", "--layout", "lines"],
        text.as_bytes(),
    )
    .ok();
    assert_eq!(run.stdout.lines().count(), 4);
}
