//! `dragoman export`: the bulk bilingual CSV, as a user runs it.

use crate::util::{dragoman, dragoman_in, scratch};

const COLUMNS: &str =
    "doc_id,sentence,start,end,arabic,normalized,english,english_gloss,terms,facts";

fn csv_rows(text: &str) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    r.records().map(|r| r.expect("valid CSV record")).collect()
}

#[test]
fn exports_samples_with_header_terms_and_facts() {
    let run = dragoman(&["export", "--quiet", "samples/ar/counterterrorism-talks.txt"]).ok();
    assert!(run.stdout.starts_with(&format!("{COLUMNS}\n")));
    let rows = csv_rows(&run.stdout);
    assert_eq!(rows.len(), 22);
    let first = &rows[0];
    assert_eq!(&first[0], "samples/ar/counterterrorism-talks.txt");
    assert_eq!((&first[1], &first[2]), ("1", "0"));
    assert!(
        first[7].contains("ISIS-K") && first[7].contains(" · "),
        "{:?}",
        &first[7]
    );
    assert!(first[8].contains("داعش خراسان=ISIS-K"), "{:?}", &first[8]);
    assert!(first[9].contains("group: ISIS-K"), "{:?}", &first[9]);
    // The row with لـ«داعش» keeps the surface as written.
    assert!(rows.iter().any(|r| r[8].contains("لـ«داعش=ISIS")));
    // Dates and casualties come out in English.
    assert!(
        rows.iter()
            .any(|r| r[9].contains("date:") && r[9].contains("March 2023")),
        "no March 2023 date"
    );
    assert!(rows.iter().any(|r| r[9].contains("casualties:")));
}

#[test]
fn offsets_are_code_points_and_text_round_trips() {
    let path = "samples/ar/messy-encoding.txt";
    let run = dragoman(&["export", "--quiet", path]).ok();
    let original = std::fs::read_to_string(crate::util::root().join(path)).unwrap();
    let original = original.strip_prefix('\u{FEFF}').unwrap_or(&original);
    let chars: Vec<char> = original.chars().collect();
    let run_raw = dragoman(&["export", "--quiet", "--raw", path]).ok();
    for (row, raw) in csv_rows(&run.stdout).iter().zip(csv_rows(&run_raw.stdout)) {
        let (start, end): (usize, usize) = (row[2].parse().unwrap(), row[3].parse().unwrap());
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, &raw[4], "raw arabic cell is the original text");
        assert!(
            !row[4].chars().any(dragoman::is_bidi_control),
            "bidi control in a cell"
        );
    }
}

#[test]
fn threads_give_identical_bytes() {
    let one = dragoman(&["export", "--quiet", "-j", "1", "samples/ar"]).ok();
    let eight = dragoman(&["export", "--quiet", "-j", "8", "samples/ar"]).ok();
    assert!(one.stdout.len() > 10_000);
    assert!(
        one.stdout == eight.stdout,
        "--threads 1 and --threads 8 differ"
    );
}

#[test]
fn formulas_are_neutralized_unless_raw() {
    let text = "=HYPERLINK(\"x\") قال\n-5 قتلى في الهجوم.\n@الرئيس قال.\n+1 مصاب.";
    let run = dragoman_in(&["export", "--quiet"], text.as_bytes()).ok();
    let rows = csv_rows(&run.stdout);
    let cells: Vec<&str> = rows.iter().map(|r| r.get(4).unwrap()).collect();
    assert_eq!(
        cells,
        [
            "'=HYPERLINK(\"x\") قال",
            "'-5 قتلى في الهجوم.",
            "'@الرئيس قال.",
            "'+1 مصاب."
        ]
    );
    let run = dragoman_in(&["export", "--quiet", "--raw"], text.as_bytes()).ok();
    assert_eq!(&csv_rows(&run.stdout)[0][4], "=HYPERLINK(\"x\") قال");
}

#[test]
fn bom_and_no_header() {
    let run = dragoman_in(&["export", "--quiet", "--bom"], "نص.".as_bytes()).ok();
    assert!(run.stdout.starts_with("\u{FEFF}doc_id,"));
    let run = dragoman_in(&["export", "--quiet", "--no-header"], "نص.".as_bytes()).ok();
    assert!(run.stdout.starts_with("-,1,0,3,نص."), "{}", run.stdout);
}

#[test]
fn jsonl_in_and_out_with_dates_and_structured_cells() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"قتل خمسة جنود أمس في كابل.\", \"date\": \"2024-05-14\"}\n",
        "{\"id\": \"b\", \"text\": \"وصل الوفد إلى بغداد.\", \"source\": \"ignored\"}\n",
        "{\"id\": \"c\", \"text\": \"نص\", \"date\": \"14/05/2024\"}\n",
    );
    let run = dragoman_in(
        &[
            "export",
            "--quiet",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
        ],
        input.as_bytes(),
    )
    .code(1)
    .stderr_has("the date '14/05/2024' is not YYYY-MM-DD");
    let rows: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["doc_id"], "a");
    let facts = rows[0]["facts"].as_array().unwrap();
    let date = facts
        .iter()
        .find(|f| f["type"] == "date")
        .expect("a date fact");
    assert_eq!(
        date["value"], "2024-05-13",
        "أمس resolved against the document date"
    );
    let terms = rows[0]["terms"].as_array().unwrap();
    assert!(terms
        .iter()
        .any(|t| t["english"] == "Kabul" && t["start"].is_u64()));
    assert_eq!(rows[1]["doc_id"], "b");
}

#[test]
fn csv_input_with_named_columns() {
    let input = "key,body\nk1,\"قال الرئيس، إن الوضع مستقر.\"\n";
    let run = dragoman_in(
        &[
            "export",
            "--quiet",
            "--input-format",
            "csv",
            "--text-column",
            "body",
            "--id-column",
            "key",
        ],
        input.as_bytes(),
    )
    .ok();
    let rows = csv_rows(&run.stdout);
    assert_eq!(
        (&rows[0][0], &rows[0][4]),
        ("k1", "قال الرئيس، إن الوضع مستقر.")
    );
    dragoman_in(
        &["export", "--quiet", "--input-format", "csv"],
        input.as_bytes(),
    )
    .code(1)
    .stderr_has("no column named 'text'");
}

#[test]
fn english_translations_are_aligned_into_rows() {
    let run = dragoman(&[
        "export",
        "--quiet",
        "--english",
        "samples/parallel",
        "--glob",
        "gaza-ceasefire-talks.ar.txt",
        "samples/parallel",
    ])
    .ok();
    let rows = csv_rows(&run.stdout);
    assert_eq!(rows.len(), 20);
    let filled = rows.iter().filter(|r| !r[6].is_empty()).count();
    assert!(filled >= 19, "only {filled} rows have English");
    assert!(
        rows.iter()
            .all(|r| !r[6].chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))),
        "Arabic in the english column"
    );
    dragoman(&[
        "export",
        "--quiet",
        "--english",
        "samples/parallel",
        "samples/ar/sport-football-final.txt",
    ])
    .code(1)
    .stderr_has("no English translation under samples/parallel");
}

#[test]
fn bad_documents_are_skipped_and_output_is_atomic() {
    let dir = scratch("export-bad");
    std::fs::write(dir.join("a.txt"), "جملة أولى.").unwrap();
    // Windows-1256 (FF FE would be a UTF-16 byte-order mark, with a hint of its own).
    std::fs::write(dir.join("b.txt"), b"\xc8\xe3 bad").unwrap();
    std::fs::write(dir.join("c.txt"), "جملة ثالثة.").unwrap();
    let out = dir.join("out.csv");
    let (d, o) = (
        dir.to_string_lossy().into_owned(),
        out.to_string_lossy().into_owned(),
    );
    dragoman(&["export", &d, "-o", &o])
        .code(1)
        .stderr_has("b.txt:1:1: not UTF-8")
        .stderr_has("1 failed");
    let rows = csv_rows(&std::fs::read_to_string(&out).unwrap());
    let ids: Vec<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    assert_eq!(ids, ["a.txt", "c.txt"]);
    std::fs::remove_file(&out).unwrap();
    dragoman(&["export", "--strict", &d, "-o", &o]).code(1);
    assert!(!out.exists(), "a --strict stop left a partial file");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 3, "temporary files left: {leftovers:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sharded_run_equals_single_run() {
    // What Spark's RDD.pipe or GNU parallel do: split JSONL into shards, run each with
    // --no-header (but the first), concatenate in shard order.
    let docs: Vec<String> = crate::util::samples()
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let id = p.file_name().unwrap().to_string_lossy().into_owned();
            serde_json::json!({"id": id, "text": text}).to_string()
        })
        .collect();
    let all = docs.join("\n") + "\n";
    let args = ["export", "--quiet", "--input-format", "jsonl"];
    let single = dragoman_in(&args, all.as_bytes()).ok().stdout;
    let mut sharded = String::new();
    for (k, shard) in docs.chunks(4).enumerate() {
        let mut a = args.to_vec();
        if k > 0 {
            a.push("--no-header");
        }
        sharded += &dragoman_in(&a, (shard.join("\n") + "\n").as_bytes())
            .ok()
            .stdout;
    }
    assert!(
        single == sharded,
        "sharded output differs from a single run"
    );
}
